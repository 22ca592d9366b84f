"""Prompts in the voices of held-out set 134 (tests/helpers/blind_set_134.py), in new words.

- A traveller's change on the way, "transfers at B", "changes at B", "connects in B", is a stop at B between the
  route's start and its end; a change said of a moment, "the light changes at the end", or a handing over, "transfers
  the ball", is no stop.

Each layout is checked by LVD's own predicates or by its objects' centres. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition


@pytest.mark.parametrize("prompt, query, route", [
    ("Looking straight down: a trotting dog sets out from the upper left corner, changes at the lower left corner and "
     "ends up in the lower right corner.", "dog", ("upper left", "lower left", "lower right")),
    ("From high overhead, a bird flies out of the upper right corner, connects in the upper left corner and arrives at "
     "the lower left corner.", "bird", ("upper right", "upper left", "lower left")),
    ("Top-down view. A red car left the upper right corner, transferred at the lower right corner and finished in the "
     "lower left corner.", "car", ("upper right", "lower right", "lower left")),
])
def test_a_change_on_the_way_is_a_stop_between_start_and_end(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_change_said_of_a_moment_or_a_handing_over_is_no_stop():
    walked = centres("A cat walks from the left side to the right side while the light changes at the end.")["cat"]
    assert walked[0][0] < 0.35 and walked[-1][0] > 0.65  # the walk is whole, no stop put in it
    assert names("A boy transfers the ball to the girl.") == ["ball", "boy", "girl"]
