"""Prompts in the voices of held-out sets 139 and 137, in new words.

- Slang for leaving, "she's done a runner", "the goats did a bunk", "doing a vanishing act", is the going it says:
  the thing is gone from then on, and the "runner" is no thing (a runner who jogs is one).

Each layout is checked by LVD's own predicates or by its objects' names and the keyframes they are drawn in. (The
sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, planned_condition


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each drawn object's name with the keyframes it is drawn in, sorted (six keyframes, "x" drawn, "." not)."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return sorted((o.name, "".join("." if box is None else "x" for box in o.boxes)) for o in layout.objects)


# ------------------------------------------------------------ 1. "done a runner": gone, no runner
@pytest.mark.parametrize("prompt, drawn", [
    ("A white horse in the first half, then in the second half she's done a runner. Cor blimey.",
     [("white horse", "xxx...")]),
    ("Three goats graze in the first half, and in the second half the goats did a runner.", [("goat", "xxx...")] * 3),
    ("A grey rabbit sits there in the first half; by the second half it has done a bunk.", [("gray rabbit", "xxx...")]),
    ("A brown duck swims in the first half, then it does a runner in the second half.", [("brown duck", "xxx...")]),
])
def test_slang_for_leaving_is_the_going_it_says(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_runner_who_jogs_is_still_drawn_and_moves():
    assert lvd.one_object_motion("runner", False, planned_condition("A runner jogs from the left to the right."))
