"""Prompts in the voices of held-out sets 106 and 108 (tests/helpers/blind_set_106.py, blind_set_108.py), in new words.

- A report's dateline, where the reporter stands before the colon that opens what is seen ("Filing from the harbour:",
  "Live from the pier at noon, drone up high:"), is no thing and never swallows the scene after its colon.
- An order to the listeners to wait where they sit or on their line ("Kindly stay on the line.", "Do not hang up!",
  "Keep your seats" is theirs too), in a sentence of its own, is no staying of the scene's thing.
- The teller vouching for what is said, "..., the undersigned can confirm.", "this observer reports a dog ...", is no
  thing of the scene.
- The whole of the talk said after the scene's colon, "...: the whole of tonight's dispatch from the coast.", names the
  report, no thing, and neither does a forecast closing the prompt, "It is going to be a humdinger.", nor the writer's
  note on what the prompt tests, "; this checks counting.".
- A thing's absence said as a noun for a part of the clip, "the absence of a dog in the first half", is no such thing
  then; a question on what a part of the clip brings, "What's showing up in the second half, friends? A horse, ...",
  is that thing then, and a "then" closing its coming, "which trots in then", is that time, no next step.

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
    ("Remain in your seats, please. A cat runs from the upper left corner to the upper right corner, then to the lower "
     "right corner.", "cat", ("upper left", "upper right", "lower right")),
])
def test_an_order_to_the_listeners_to_wait_is_no_staying_of_the_scene(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_bearing_with_the_speaker_brings_no_bear():
    assert names("Bear with us, folks. A cat runs from the left side to the right side.") == ["cat"]


@pytest.mark.parametrize("prompt, query, route", [
    ("From overhead, the undersigned reports a dog trotting from the upper left corner to the lower left corner, "
     "then to the lower right corner.", "dog", ("upper left", "lower left", "lower right")),
    ("Seen from a drone, yours truly reports a dog trotting from the upper left corner to the lower left corner, then "
     "to the lower right corner.", "dog", ("upper left", "lower left", "lower right")),
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


@pytest.mark.parametrize("prompt, query, count", [
    ("One sleeping cat, nothing else: the whole of tonight's dispatch from the coast.", "cat", 1),
    ("Two parked cars, from start to end, nothing more: the whole of today's story from the docks.", "car", 2),
])
def test_the_whole_of_the_talk_after_the_colon_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query", [
    ("Two cats nap on the right. It is going to be a humdinger.", "cat"),
    ("A car drives to the right, and nothing else. Believe me, this is going to be a scorcher.", "car"),
    ("A cat walks from the left to the right. Trust me, it is going to be one spectacle.", "cat"),
])
def test_a_closing_forecast_of_the_show_is_no_thing(prompt, query):
    assert set(names(prompt)) == {query}


@pytest.mark.parametrize("prompt, query, count", [
    ("Two cats sit still; this checks counting.", "cat", 2),
    ("Four birds perch in a row; this tests counting.", "bird", 4),
])
def test_the_writers_note_on_what_the_prompt_tests_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query", [
    ("The absence of a dog in the first half, then a dog walks in during the second half and stays.", "dog"),
    ("A total lack of birds in the first half; in the second half a bird flies in and stays to the end.", "bird"),
    ("A complete absence of any car for the first half, then in the second half a car drives in and stays.", "car"),
])
def test_an_absence_named_for_a_half_is_no_such_thing_then(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, query", [
    ("What's showing up in the second half, friends? A horse, which trots in then and stays to the end. In the first "
     "half, no horse at all.", "horse"),
    ("What do we get in the second half, kids? A bird, which flies in then and stays to the end. In the first half, "
     "no bird at all.", "bird"),
])
def test_what_a_half_brings_is_that_thing_then(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))
    assert names(prompt) == [query]
