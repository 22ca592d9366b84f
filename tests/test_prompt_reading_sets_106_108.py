"""Prompts in the voices of held-out sets 106 and 108 (tests/helpers/blind_set_106.py, blind_set_108.py), in new words.

- A report's dateline, "reporting/filing/live from <place>" before a colon, comma, dash or full stop ("Filing from the
  quay -", "This is Dana reporting from the pier:"), is no thing: its place stays where the scene is, a clause after
  the place ("with three cows", "where two birds perch") keeps its things, "reporting on the dog" names the topic and
  is left alone, and a long sentence with no end to the dateline is read in linear time.
- An order to wait with no subject opening the prompt before any thing is named ("Please wait.", "Bear with me
  here.") is the listeners', no staying of the first thing named after it; a scene thing told to wait is kept.
- The teller vouching for what is said, "..., the undersigned can confirm.", "this observer reports a dog ...", is no
  thing of the scene.
- The whole of the talk said after the scene's colon, "...: the whole of tonight's dispatch from the coast.", names the
  report, no thing, and neither does a forecast closing the prompt, "It is going to be a humdinger.", nor the writer's
  note on what the prompt tests, "; this checks counting."; a drawable thing tested ("tests the soup") or become
  ("It is going to be a chick." after an egg), or a known thing or place, is kept.
- A thing's absence said as a noun for a part of the clip, "the absence of a dog in the first half", is no such thing
  then, and brings none when no such thing is told; with no span it is left as said. A question on what a part of
  the clip brings, "What's showing up in the second half, friends? A horse, ...", is that thing then, and a "then"
  closing its coming, "which trots in then", is that time, no next step.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import time

import pytest

from pipelines.lvd.denied_sightings import denied_sightings_as_absence
from pipelines.lvd.report_voice import DATELINE_RE
from pipelines.lvd.scene_asides import scene_asides_dropped
from tests.helpers import lvd_benchmark as lvd
from tests.helpers import regex_attacks
from tests.helpers.planned import PLANNER, centres, names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Reporting live from the county fair: one grazing horse in the frame throughout.", "horse", 1),
    ("Reporting from the pier at noon: three lively birds, all through the clip.", "bird", 3),
    ("Reporting from the stadium, all eyes up: four rolling balls.", "ball", 4),
    ("Reporting from the front at dawn, one walking dog is in view from start to finish, and nothing else.", "dog", 1),
    ("Filing from the quay - two parked cars, in view the whole time.", "car", 2),
    ("Reporting from the square \u2014 three sleeping cats, start to finish.", "cat", 3),
    ("This is Dana reporting from the pier: one sleeping cat lies on the left.", "cat", 1),
    ("Marco, reporting live from the track: two trotting horses, all clip long.", "horse", 2),
])
def test_a_reports_dateline_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, background", [
    ("Live from the park at dusk: a dog chases a ball from the left to the right.", "park"),
    ("Reporting from the zoo, a lion walks to the right.", "zoo"),
    ("Filing from the harbour. A gull flies to the right.", "harbour"),
])
def test_a_datelines_place_is_where_the_scene_is(prompt, background):
    assert PLANNER.plan(prompt).layout.background == background


@pytest.mark.parametrize("prompt, expected", [
    ("Reporting on the dog: it runs from the left to the right.", ["dog"]),
    ("Reporting on two cats: they sit still on the left.", ["cat", "cat"]),
    ("Filing from the barn with three cows: a horse trots to the right.", ["cow", "cow", "cow", "horse"]),
    ("Filing from the harbour where a boat is docked on the left: a gull flies to the right.", ["boat", "gull"]),
    ("Live from the tree where two birds perch: a cat walks to the right.", ["bird", "bird", "cat", "tree"]),
    ("Broadcasting from the stable, where two ponies doze: a dog runs to the left.", ["dog", "pony", "pony"]),
])
def test_a_report_on_a_thing_or_a_datelines_clause_keeps_its_things(prompt, expected):
    """"Reporting on" names the report's topic, not where it is filed from; a clause after the place ("with three
    cows", "where two birds perch") tells things of the scene."""
    assert names(prompt) == expected


def test_a_sign_off_with_a_place_is_still_no_thing():
    assert names("Reporting live from the harbour, this is Anna. A dog runs to the right.") == ["dog"]


@pytest.mark.parametrize("length", [2_000, 4_000, 8_000])
def test_a_dateline_with_no_end_is_read_in_linear_time(length):
    """A dateline's place is a bounded run of words: a long sentence with no colon is not rescanned at each word."""
    for piece in ("reporting from the pier ", "the pier. live from the pier "):
        text = regex_attacks.filled(piece, length)
        took = []
        for _ in range(3):
            started = time.perf_counter()
            DATELINE_RE.sub("", text)
            took.append(time.perf_counter() - started)
        assert min(took) < 0.002 * length / 2_000, (piece, min(took))


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


_ROUTE = "A car drives from the lower left corner to the lower right corner, then to the upper right corner."


@pytest.mark.parametrize("opening", [
    "Please remain seated throughout.", "Please wait.", "Stay tuned for the next part.",
    "Everyone, please stay in your seats.", "You must remain seated.", "Please remain seated until the ride stops.",
    "Hang tight, gang.", "Keep calm, everybody!",
])
def test_any_order_to_wait_opening_the_prompt_is_the_listeners(opening):
    """A wait with no subject, before any thing is named, is no staying of the first thing named after it."""
    prompt = f"{opening} {_ROUTE}"
    assert lvd.sequential("car", ("lower left", "lower right", "upper right"), planned_condition(prompt))
    assert names(prompt) == ["car"]


@pytest.mark.parametrize("prompt", [
    "Bear with us, folks. A cat runs from the left side to the right side.",
    "Bear with me here. A cat runs from the left side to the right side.",
])
def test_bearing_with_the_speaker_brings_no_bear(prompt):
    assert names(prompt) == ["cat"]


@pytest.mark.parametrize("prompt, still", [
    ("A cat walks from the left to the right. The dog must sit tight until the cat leaves.", "dog"),
    ("A dog sits. Stay! A cat runs to the right.", "dog"),
    ("Please remain seated. A dog remains seated on the left while a cat runs to the right.", "dog"),
])
def test_a_scene_things_wait_is_kept(prompt, still):
    """An order to wait after a thing is named, or a thing told to stay, is the scene's: that thing stays put."""
    found = centres(prompt)
    assert sorted(found) == ["cat", still] and len(set(found[still])) == 1
    assert found["cat"][0] != found["cat"][-1]


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
    assert names(prompt) == [query]


@pytest.mark.parametrize("prompt, query, count", [
    ("One sleeping cat, nothing else: the whole of tonight's dispatch from the coast.", "cat", 1),
    ("Two parked cars, from start to end, nothing more: the whole of today's story from the docks.", "car", 2),
])
def test_the_whole_of_the_talk_after_the_colon_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query, count", [
    ("Two cats nap on the right. It is going to be a humdinger.", "cat", 2),
    ("A car drives to the right, and nothing else. Believe me, this is going to be a scorcher.", "car", 1),
    ("A cat walks from the left to the right. Trust me, it is going to be one spectacle.", "cat", 1),
])
def test_a_closing_forecast_of_the_show_is_no_thing(prompt, query, count):
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, query, count", [
    ("Two cats sit still; this checks counting.", "cat", 2),
    ("Four birds perch in a row; this tests counting.", "bird", 4),
])
def test_the_writers_note_on_what_the_prompt_tests_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("prompt, expected", [
    ("A chef stands at the stove on the left, tests the soup.", ["chef", "soup", "stove"]),
    ("A hen sits on an egg. It is going to be a chick.", ["chick", "egg", "hen"]),
    ("A frog sits by a pond. It is going to be a tadpole.", ["frog", "tadpole"]),
])
def test_a_drawable_thing_tested_or_foretold_is_kept(prompt, expected):
    """What the scene's doer tests, or what a thing told just before becomes, is a thing the planner draws."""
    assert names(prompt) == expected


@pytest.mark.parametrize("prompt, query, count", [
    ("Three cats sit in a row. This one is going to be a real treat.", "cat", 3),
    ("A dog walks on the left, which tests the model's spatial sense.", "dog", 1),
    ("Two birds perch on the right; this probes the order of arrivals.", "bird", 2),
])
def test_a_forecast_or_note_that_names_no_drawable_thing_goes(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt) == [query] * count


@pytest.mark.parametrize("text", [
    "two dogs sit on the right, tests the water.",
    "two cats nap on the left. it is going to be a dog.",
])
def test_a_note_or_forecast_naming_a_known_thing_or_place_is_left_as_said(text):
    assert scene_asides_dropped(text) == text


@pytest.mark.parametrize("prompt, query, count", [
    ("In the absence of a dog in the first half, the cat sleeps on the left.", "cat", 1),
    ("With a total lack of birds in the second half, two cats sit on the right.", "cat", 2),
])
def test_an_absence_noun_brings_no_thing_of_its_own(prompt, query, count):
    """An absence only says the thing is absent then: with no such thing told, it is no thing at any time, and the
    span goes with it (the cat sleeps the whole clip)."""
    assert names(prompt) == [query] * count
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert all(box is not None for obj in PLANNER.plan(prompt).layout.objects for box in obj.boxes)


def test_an_absence_noun_with_no_span_is_left_as_said():
    text = "in the absence of a dog, the cat sleeps on the left."
    assert denied_sightings_as_absence(text) == text


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
