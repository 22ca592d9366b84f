"""Prompts in the voices of held-out sets 71 and 72 (tests/helpers/blind_set_71.py, blind_set_72.py), in new words.

- Set 71: a pirate captain, an old-time radio serial announcer and a machine's log lines.
- Set 72: a horse-race caller, a Socratic dialogue and a start-up founder's elevator pitch.
- In the reading: a thing "in view from the very start" is there since then, and nothing is said of its leaving.

Each layout is checked with LVD's own predicates or by its box centres. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers.planned import PLANNER, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("A sleeping fox is in view from the very beginning.", ["fox"]),
        ("Two goats stand in the frame from the start.", ["goat", "goat"]),
        ("A parked truck, on screen from the outset, with nothing else around.", ["truck"]),
    ],
)
def test_in_view_from_the_start_is_there_all_along(prompt, expected):
    layout = PLANNER.plan(prompt).layout
    assert sorted(o.name for o in layout.objects) == expected
    assert all(box is not None for obj in layout.objects for box in obj.boxes), [o.boxes for o in layout.objects]


def test_in_view_from_the_start_until_the_midpoint_still_leaves():
    assert seen_in("A sleeping fox is in view from the start until the midpoint.") == (True, False)


@pytest.mark.parametrize(
    "prompt",
    [
        "Q: Do the two kites vanish early? A: No. They never leave before the end.",
        "A grazing goat. It does not exit the frame before the close of the clip.",
    ],
)
def test_not_leaving_before_the_end_is_staying_all_along(prompt):
    layout = PLANNER.plan(prompt).layout
    assert layout.objects and all(box is not None for obj in layout.objects for box in obj.boxes), \
        [(o.name, o.boxes) for o in layout.objects]


def test_leaving_before_the_end_still_leaves():
    assert seen_in("A grazing goat leaves before the end.") == (True, False)
