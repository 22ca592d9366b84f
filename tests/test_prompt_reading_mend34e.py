"""Ordinary prompts the session's new log, spec and caption readers had come to misread, and their voices kept.

- A checklist entry whose head is already plural ("brown horses" with "Total: four" under it, "foxes | count: two |")
  is counted as it is said, never pluralised again ("horsese").
- A spec field naming a thing whose value says what it does ("dog": "walks to the left") keeps the count and colour
  fields beside it; a log's deed ("fox: ran from the right of the bench to ...") still says what the thing did.
- Only a question that is the asking to hear it again ("sorry?", "could you say that again?") makes a count said
  after it the same things; one that merely ends on such words ("who is sorry?", "... spin once more?") does not.
- A bar-separated entry with a field that is its colour ("dog | walks left | brown") gives the colour to its thing.

Each layout is checked by LVD's own predicates.
"""

import time

import pytest

from pipelines.lvd.checklist_entries import checklist_entries_in_plain_words
from pipelines.lvd.restated_counts import restated_counts_once
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Brown horses\nTotal: four", "brown horse", 4),
    ("Entry: parked trucks\nTally: two", "truck", 2),
    ("foxes | count: two |", "fox", 2),
    ("horses -- three, trotting to the left\nfield: green", "horse", 3),
    ("Entry: barking dog\nTally: two", "dog", 2),  # the voice's own singular head, counted as before
])
def test_a_logged_head_said_in_the_plural_is_counted_as_it_is(prompt, query, count):
    """The tally's things keep their own name ("horse", never "horsese")."""
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert set(names(prompt)) == {query}


def test_a_plural_head_with_its_deed_still_moves():
    assert lvd.one_object_motion("horse", True, planned_condition("horses -- three, trotting to the left\nfield: green"))


@pytest.mark.parametrize("prompt, name, count", [
    ('{"horse": "trots to the right", "count": 3}', "horse", 3),
    ('{"cat": "runs to the right", "colour": "black"}', "black cat", 1),
    ('{"fox": "runs to the right", "color": "red", "count": 2}', "red fox", 2),
    ("truck: drives to the right\ncolour: blue", "blue truck", 1),
])
def test_a_spec_things_deed_keeps_its_count_and_colour_fields(prompt, name, count):
    """The deed is the sentence's predicate; the fields beside it still describe its subject."""
    condition = planned_condition(prompt)
    assert lvd.numeracy(name, count, condition)
    assert lvd.one_object_motion(name.split()[-1], False, condition)
    assert set(names(prompt)) == {name}


@pytest.mark.parametrize("prompt, colour", [
    ("bench: stayed still the whole clip.\nfox: ran from the right of the bench to the left of the bench.", ""),
    ("bench: stayed still the whole clip.\nfox: ran from the right of the bench to the left of the bench.\n"
     "colour: red", "red"),
])
def test_a_logs_deed_still_says_what_its_thing_did(prompt, colour):
    """The log voice the deed branch was written for: the fox runs past the still bench, its colour kept."""
    assert lvd.two_object_motion("fox", "bench", True, planned_condition(prompt))
    assert f"{colour} fox".strip() in names(prompt)


@pytest.mark.parametrize("prompt, query, count", [
    ("two boats float on the left. what happens when they spin once more? two boats float on the right too", "boat", 4),
    ("three dogs nap on the left. Who is sorry? Three dogs nap on the right as well", "dog", 6),
])
def test_a_question_only_ending_on_a_repeat_word_asks_nothing_again(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    (">> THREE RED CUPS. NOTHING ELSE.\n>> SAY THAT AGAIN?\n>> THREE RED CUPS.", "cup", 3),
    ("Two cats sit on a mat. Um, could you say that again? Two cats sit on the mat.", "cat", 2),
    ("Four ducks swim in a pond. Sorry? Four ducks swim in the pond, nothing else.", "duck", 4),
])
def test_asking_to_hear_it_again_still_hears_the_same_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_bar_entrys_colour_field_is_its_things():
    prompt = "horse | trots to the right | white\nbox | stays still | red"
    assert lvd.attribution("horse", "box", "white", "red", planned_condition(prompt))


def test_a_bar_entry_with_no_colour_field_reads_as_before():
    assert checklist_entries_in_plain_words("dog | walks left\ncat | sits") == "the dog walks left.\nthe cat sits."


@pytest.mark.parametrize("reading, piece", [
    (checklist_entries_in_plain_words, "dog | walks left | brown | red\n"),
    (checklist_entries_in_plain_words, "horses | count: two |\n"),
    (restated_counts_once, "three dogs. >> >> sorry, could you say that again? "),
    (restated_counts_once, ">> "),
])
def test_hostile_repeats_read_in_linear_time(reading, piece):
    """A trigger repeated to 2,000 and 4,000 characters reads in a few milliseconds, twice as long at twice the
    length at most."""
    for length in (2_000, 4_000):
        text = (piece * (length // len(piece) + 1))[:length]
        took = []
        for _ in range(3):
            started = time.perf_counter()
            reading(text)
            took.append(time.perf_counter() - started)
        assert min(took) < 0.005 * length / 2_000, (piece, min(took))


@pytest.mark.parametrize("prompt, leftward", [
    ("horse: trots slowly\nfrom: right\nto: left", True),
    ('{"cat": "runs fast", "start": "left", "end": "right"}', False),
])
def test_a_deed_beside_route_fields_keeps_the_route(prompt, leftward):
    """The route said by its own fields is the move; the deed's words do not replace it."""
    assert lvd.one_object_motion(prompt.split(":")[0].strip('{"'), leftward, planned_condition(prompt))


def test_a_deed_beside_a_hidden_field_keeps_it_out_of_that_half():
    assert lvd.visibility("dog", True, planned_condition("dog: walks slowly\nhidden_in: first half"))
