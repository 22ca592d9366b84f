"""A meeting's attendance line lists people: "the chair" there is the chairperson, not furniture.

Minutes record who came, by name or by role, under "Present:", "In attendance:" or "Attendees:". The planner draws
what the prompt's scene holds, and the scene of such a line is the people at the meeting; a role that is also a thing,
"the chair", means the person who chairs it, and drawing a chair would put furniture in a room of people. "Present:"
also heads an inventory of a scene's things, so only a list naming a person (or under a label only attendance uses)
is read as attendance.
"""

import pytest

from pipelines.lvd.attendance_lists import attendance_as_people
from tests.helpers.planned import names


@pytest.mark.parametrize("prompt, drawn", [
    ("In attendance: the chair, the treasurer.", ["chairperson", "treasurer"]),
    ("Attendees: the chair and the secretary.", ["chairperson", "secretary"]),
    ("Present: the treasurer, the chair, two students.", ["chairperson", "student", "student", "treasurer"]),
])
def test_the_chair_in_an_attendance_list_is_a_person(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("text", [
    "present: a red chair, two cats.",  # an inventory: no person listed
    "a cat sits on the chair. present: a dog.",
    "the boy is present: he pulls the chair.",  # "present" said of a thing, not a label over a list
])
def test_a_chair_outside_an_attendance_list_stays_a_chair(text):
    assert attendance_as_people(text) == text
