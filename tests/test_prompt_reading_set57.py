"""Prompts in the voices of held-out sets 57 and 58 (tests/helpers/blind_set_57.py, blind_set_58.py), in new words.

A group said to be in view at the start and said again to last at the end ("still there at its end", "all of them
remained at the end") is there the whole time. Each layout is checked with LVD's own predicates. (The sets' own
prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Two parked trucks in view at the start, and they are still there at the end.", "truck", 2),
        ("A grazing goat is visible at the start of the video and still visible at its end.", "goat", 1),
        ("Three swimming ducks were in the frame at the start; every one of them stayed until the end.", "duck", 3),
        ("Four drifting kites are present at the start and all four remain at the end.", "kite", 4),
    ],
)
def test_a_group_that_lasts_to_the_end_is_there_all_along(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        # a presence at the start with no lasting said is still the start's alone
        ("A trotting horse is in view at the start, but by the end it is gone.", "horse", False),
        ("Nothing is in view at the start; a horse arrives in the second half and remains at the end.", "horse", True),
    ],
)
def test_a_start_said_alone_still_ends(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)
