"""Prompts in the voices of held-out set 148 (tests/helpers/blind_set_148.py), in new words.

- A checklist or tally sheet logs a thing a line: its tally after it ("sleeping cat -- tally: three", "parked car |
  tally: two |", an "Entry:" line with a "Tally:" line under it) counts that thing.
- An entry whose value says what its thing did ("horse: trotted from the left of the car to ...", "fish: one, swam
  ...") is a sentence about that thing, never a spec's words describing it.
- An entry whose value is the corners it went through ("horse: upper left corner to lower left corner, then ...",
  "dog -- route: ...") is its route; a field line under an entry giving its way across the frame ("Direction of
  travel: left side of the frame to the right side") is that thing's move.
- An entry whose value says whether it was there ("cat -- not present first half of the clip. Turned up ...") says
  it of that thing.
- A live captioner's listener asking to hear it again ("COME AGAIN?") hears the same count said again, never more
  things.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.checklist_entries import checklist_entries_in_plain_words
from pipelines.lvd.restated_counts import restated_counts_once
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("TRIP LIST\nsleeping cat -- tally: three\nSeen the whole clip. Nothing else logged.", "cat", 3),
    ("TRIP LIST\nEntry: walking dog\nTally: two\nNotes: in view from start of clip to end. Nothing else seen.",
     "dog", 2),
    ("Day list (clip, whole way)\nrunning dog | tally: four | in view throughout\nNo other entries.", "dog", 4),
])
def test_a_tally_after_a_logged_thing_counts_it(prompt, query, count):
    """The count is said after the thing, under its own label, or on the line under it."""
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("TRIP LIST\ncar: stayed still the whole clip.\nhorse: trotted from the left of the car to the right of the car.\n"
     "Notes: calm.", "horse", "car", False),
    ("Day list\nbox: stayed still.\ncat: ran from the right of the box to the left of the box.\nNo fuss.",
     "cat", "box", True),
])
def test_an_entry_telling_a_deed_is_a_sentence_about_its_thing(prompt, mover, reference, leftward):
    """A spec would read "trotted from ..." as words describing a horse; the log says what it did."""
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("Trip list (seen from above)\nhorse: upper left corner to lower left corner, then lower right corner.",
     "horse", ("upper left", "lower left", "lower right")),
    ("Day list, viewed from above\nmoving horse -- route: upper right corner, then upper left corner, then lower left "
     "corner.", "horse", ("upper right", "upper left", "lower left")),
])
def test_an_entry_of_corners_is_its_things_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


def test_a_direction_of_travel_field_moves_the_thing_logged_above_it():
    prompt = "Day list\ntrotting horse: one\nDirection of travel: right side of the frame to the left side."
    assert lvd.one_object_motion("horse", True, planned_condition(prompt))


def test_an_entry_saying_its_thing_was_not_there_yet_keeps_it_out_of_the_first_half():
    prompt = ("Trip list\nrunning dog -- not present first half of the clip. Came in second half, stayed to the end.\n"
              "Notes: patient.")
    assert lvd.visibility("dog", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    (">> [crosstalk] -- TWO FLYING KITES. WHOLE CLIP. NOTHING ELSE.\n>> COME AGAIN?\n"
     ">> TWO FLYING KITES, THE WHOLE WAY, NOTHING ELSE.", "kite", 2),
    ("Two dogs nap on a rug. Sorry? Two dogs nap on the rug, nothing else.", "dog", 2),
])
def test_a_count_said_again_when_asked_to_hear_it_again_is_the_same_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Object: cat\nCount: three\nNotes: nothing else.", "cat", 3),  # a spec's own count field
    ("Tally sheet\nEntry: rolling ball\nTally: four\nNotes: in view the whole clip.", "ball", 4),  # read before too
])
def test_ordinary_prompts_read_as_before(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_spec_describing_its_things_still_reads_as_a_spec():
    """"sitting", "lying down" describe the things: no deed said, so the spec reader keeps them."""
    assert lvd.attribution("cat", "dog", "red", "brown", planned_condition("cat: red, sitting\ndog: brown, lying down"))


@pytest.mark.parametrize("reading, piece", [
    (checklist_entries_in_plain_words, "bird -- tally: two\n"),
    (checklist_entries_in_plain_words, "dog: walked from the left of the cat\n"),
    (checklist_entries_in_plain_words, "cat | tally: "),
    (checklist_entries_in_plain_words, "horse: upper left corner to "),
    (checklist_entries_in_plain_words, "entry: moving car\ntally: "),
    (restated_counts_once, "three dogs. say again? "),
])
def test_hostile_repeats_read_in_linear_time(reading, piece):
    """A trigger repeated to 2,000 and 4,000 characters reads in a few milliseconds, twice as long at twice the
    length at most (no pattern backtracks over the repeats)."""
    for length in (2_000, 4_000):
        text = (piece * (length // len(piece) + 1))[:length]
        took = []
        for _ in range(3):
            started = time.perf_counter()
            reading(text)
            took.append(time.perf_counter() - started)
        assert min(took) < 0.005 * length / 2_000, (piece, min(took))
