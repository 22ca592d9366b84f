"""Prompts in the voices of a held-out set (tests/helpers/blind_set_41.py), in new words.

A rental listing ("Cosy seaside cottage: from the balcony guests can see ...", "with nothing else in the view"),
a radio play's cue sheet ("SFX: ...", "CUE: ...", "VISUAL, SECOND HALF: ...") and a sober incident statement
("At the start of the recording, two goats are visible.", "The recording ends with ...", "not having moved")
are read for the scene they describe: the listing's heading and vantage and the sound cues are never things,
the recording is the clip, a thing visible at its start stays unless it is said to go, and "it does not come
back" after an absence adds no second thing. Each layout is checked with LVD's own predicates.
(The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.listing_cue_and_statement_voices import cue_sheet_in_plain_words, listing_cue_and_statement_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a sound cue names what is heard, never a drawn thing
        ("SFX: a car horn honking twice. VISUAL: three parked trucks and nothing else.", "truck", 3),
        ("CUE: two quacks. VISUAL: two swimming ducks, nothing more in frame.", "duck", 2),
        ("SOUND: a dog barking next door. VISUALS: one kite, nothing else in shot.", "kite", 1),
        ("AUDIO: a horse neighing. VISUAL: four grazing horses, only them.", "horse", 4),
        ("You hear three goats bleating. Two goats stand in a field, nothing else in frame.", "goat", 2),
        ("We can hear two cats meowing. VISUAL: one sleeping cat, nothing else.", "cat", 1),
        # the listing's heading, terrace and balcony are where one watches from
        ("Charming seaside cottage: from the balcony guests can see three sailing boats, with nothing else in the "
         "view.", "boat", 3),
        ("Spacious mountain chalet: from the patio you can enjoy two grazing horses and nothing else.", "horse", 2),
        ("Bright city apartment for rent: from the window you may watch one parked truck, nothing else in the view.",
         "truck", 1),
        # what is visible at the start of the recording stays
        ("At the start of the recording, four grazing sheep are visible. Nothing else enters the recording.",
         "sheep", 4),
        ("At the beginning of the recording, two parked trucks are visible, and nothing else ever shows up.", "truck", 2),
        ("At the beginning of the recording two swimming ducks are visible; they are the only things recorded.",
         "duck", 2),
        ("At the start of the recording, one parked truck is visible, and nothing else appears in it.", "truck", 1),
    ],
)
def test_cues_listings_and_statements_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("CUE: a kite flapping. VISUAL, FIRST HALF: no kite. VISUAL, SECOND HALF: a kite drifting.", "kite", True),
        ("VISUAL, FIRST HALF: no goat. CUE: a goat bleating. VISUAL, SECOND HALF: a grazing goat.", "goat", True),
        ("VISUAL, FIRST HALF: a swimming duck. SFX: a duck quacking, then silence. VISUAL, SECOND HALF: no duck.", "duck", False),
        ("From the terrace you can watch the second half of the clip bring a grazing horse into view; the first "
         "half has no horse.", "horse", True),
        ("Cosy lakeside let: from the veranda you can see the second half bring a duck into view; no duck before "
         "that.", "duck", True),
        ("At the start of the recording, a parked truck is visible. In the second half there is no truck, and it "
         "does not come back.", "truck", False),
        ("A kite is in view at first. In the second half there is no kite; it never returns.", "kite", False),
    ],
)
def test_cue_halves_and_statements_say_when_a_thing_is_seen(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query",
    [
        ("At the start of the recording, a truck is visible. In the second half there is no truck, and it does not "
         "come back.", "truck"),
        ("A duck swims and then disappears, and it never comes back.", "duck"),
    ],
)
def test_an_absence_said_again_adds_no_second_thing(prompt, query):
    assert names(prompt) == [query]


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("At the start of the recording, a truck is stationary and a goat is to the right of the truck. The "
         "recording ends with the goat to the left of the truck, the truck not having moved.", "goat", "truck", LEFTWARD),
        ("At the start, a horse is motionless and a duck is to the left of the horse. The clip finishes with the "
         "duck to the right of the horse.", "duck", "horse", RIGHTWARD),
    ],
)
def test_a_relation_said_as_two_snapshots_moves_only_the_mover(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("SFX: a bark. VISUAL: a dog.", "a dog."),
        ("VISUAL, SECOND HALF: a cat.", "in the second half, a cat."),
    ],
)
def test_a_cue_sheet_keeps_only_its_pictures(said, plain):
    assert cue_sheet_in_plain_words(said) == plain


@pytest.mark.parametrize(
    "said, plain",
    [
        ("at the start of the recording, two dogs are visible.", "two dogs are visible."),
        ("at the start, a dog is visible. later it leaves.", "at the start, a dog is visible. later it leaves."),
        ("a dog sits on the terrace.", "a dog sits on the terrace."),  # a terrace in the scene stays
        ("a car is stationary.", "a car stays still."),
    ],
)
def test_listing_and_statement_words_are_read_as_the_scene(said, plain):
    assert listing_cue_and_statement_in_plain_words(said) == plain
