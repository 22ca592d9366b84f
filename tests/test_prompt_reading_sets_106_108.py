"""Prompts in the voices of held-out sets 106 and 108 (tests/helpers/blind_set_106.py, blind_set_108.py), in new words.

- A report's dateline, where the reporter stands before the colon that opens what is seen ("Filing from the harbour:",
  "Live from the pier at noon, drone up high:"), is no thing and never swallows the scene after its colon.
- An order to the listeners to wait where they sit or on their line ("Kindly stay on the line.", "Do not hang up!",
  "Keep your seats" is theirs too), in a sentence of its own, is no staying of the scene's thing.
- The teller vouching for what is said, "..., the undersigned can confirm.", "this observer reports a dog ...", is no
  thing of the scene.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Reporting live from the county fair: one grazing horse in the frame throughout.", "horse", 1),
    ("Reporting from the pier at noon: three lively birds, all through the clip.", "bird", 3),
    ("Reporting from the stadium, all eyes up: four rolling balls.", "ball", 4),
])
def test_a_reports_dateline_before_its_colon_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query, route", [
    ("Kindly remain in your seats. A red car drives from the upper left corner to the upper right corner, then to the "
     "lower right corner.", "car", ("upper left", "upper right", "lower right")),
    ("Stay on the line, please. A horse trots from the lower left corner to the upper left corner, and then to the "
     "upper right corner.", "horse", ("lower left", "upper left", "upper right")),
    ("Do not hang up! A ball rolls from the upper right corner to the lower right corner, then to the lower left "
     "corner.", "ball", ("upper right", "lower right", "lower left")),
    ("Please stay tuned. A cat runs from the lower right corner to the upper right corner, then to the upper left "
     "corner.", "cat", ("lower right", "upper right", "upper left")),
])
def test_an_order_to_the_listeners_to_wait_is_no_staying_of_the_scene(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_bearing_with_the_speaker_brings_no_bear():
    assert names("Bear with us, folks. A cat runs from the left side to the right side.") == ["cat"]


@pytest.mark.parametrize("prompt, query, route", [
    ("From overhead, the undersigned reports a dog trotting from the upper left corner to the lower left corner, "
     "then to the lower right corner.", "dog", ("upper left", "lower left", "lower right")),
    ("Seen from above, the scribe reports a ball rolling from the lower left corner to the upper left corner, then "
     "to the upper right corner.", "ball", ("lower left", "upper left", "upper right")),
])
def test_the_teller_of_a_route_is_no_thing(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, query", [
    ("Any horse yet? None in the first half, the undersigned can confirm. In the second half a horse trots in and "
     "stays.", "horse"),
])
def test_the_tellers_word_for_what_is_said_is_no_thing(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))
    assert set(names(prompt)) == {query}
