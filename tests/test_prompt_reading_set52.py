"""Prompts in the voices of a held-out set (tests/helpers/blind_set_52.py), in new words.

A keeper's log frames the clip as a watch: its own record ("Keeper's log.", "Logged:", "Log ends.", "No other
sightings.", "All quiet.") is never a thing, its headings ("Watch opened:", "Mid-watch:", "Watch closed:") are the clip's
moments, "all watch" the whole clip and "sighted" says a thing is there. A reading's past, present and future are the
clip's halves, or its moments where a place is read with them; the card or spread that shows the scene is no thing. A
train service's stops ("departs ..., calls at ..., terminates at ...", "calling at ..., ... and ...") are a route, and
the conductor's own words add nothing. A real log, card or train the scene acts on stays a thing. Each layout is
checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.tarot_log_and_conductor_voices import tarot_log_and_conductor_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Keeper's log. Watch opened on three grazing goats. Mid-watch: all three still there. Watch closed: the same. "
         "All quiet.", "goat", 3),
        ("Logged: two parked trucks in view the whole watch. Nothing further to report. Log ends.", "truck", 2),
        ("Watch log: sighted one swimming duck at the start of the watch, kept in view until the end. No other entries.",
         "duck", 1),
        ("Keeper's log. Five trotting horses sighted at the opening; all five still sighted at the close.", "horse", 5),
        ("The watch began and ended with the same four swimming ducks in sight.", "duck", 4),
        ("The card you drew shows three drifting kites, and only those, the whole clip through.", "kite", 3),
        ("The spread reveals two swimming ducks, in view from start to finish.", "duck", 2),
    ],
)
def test_the_record_of_a_watch_or_a_reading_adds_no_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Your past holds no horse at all. Your future, the second half, brings a trotting horse into view.",
         "horse", True),
        ("Your past holds a grazing goat through the first half. Your future holds no goat at all.", "goat", False),
        # a part of the watch is that part of the clip
        ("Keeper's log. A red truck in view for the first half of the watch; no truck for the rest of the watch.",
         "truck", False),
    ],
)
def test_a_readings_past_and_future_are_the_halves(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Announcement: a red truck departs from the left side of the frame and arrives on the right side at the end.",
         "truck", False),
        ("Mind the gap. A grazing goat departs the right side of the frame. It terminates on the left side.", "goat", True),
        ("Watch log. Trotting horse, left side of the frame at the start; right side of the frame by the close.",
         "horse", False),
    ],
)
def test_a_departure_and_an_arrival_cross_the_frame(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("Your past holds a duck on the right of a box; your future holds the duck on the left of the box. The box "
         "stays still.", "duck", "box", True),
        ("Logged: a truck, stationary all watch, and a goat that began on the right of the truck and finished on the "
         "left of the truck.", "goat", "truck", True),
    ],
)
def test_a_mover_passes_a_still_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Seen from overhead, this service for a red truck departs the lower right corner, calls at the upper right "
         "corner, and terminates at the upper left corner.", "truck", BR_TR_TL),
        ("Mind the gap. From straight above, calling at the lower left corner, the upper left corner and finally the "
         "upper right corner: a drifting kite.", "kite", BL_TL_TR),
        ("Viewed from above. Your past: a trotting horse in the lower left corner. Your present, halfway through: the "
         "lower right corner. Your future: the upper right corner.", "horse", BL_BR_TR),
        # stops in sentences of their own, the mover named last; a call "first at" and "then at"
        ("From straight above. First stop: the lower left corner. Next stop: the lower right "
         "corner. Final stop: the upper right corner. This service is a red truck.", "truck", BL_BR_TR),
        ("Seen from above, this service, a trotting horse, calls first at the lower right corner, then at the lower left "
         "corner, and terminates at the upper left corner.", "horse", BR_BL_TL),
        ("Keeper's log, looking straight down. Opening: a grazing goat in the lower right corner. Mid-watch: lower left "
         "corner. Close: upper left corner.", "goat", BR_BL_TL),
    ],
)
def test_a_services_stops_are_a_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # a real log, card or train the scene acts on stays a thing
        ("A log rolls down the hill.", ["log"]),
        ("A card falls off the table.", ["card", "table"]),
        ("A train departs from the station.", ["station", "train"]),
    ],
)
def test_a_real_log_card_or_train_stays(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "text, plain",
    [
        ("a dog watches the ball.", "a dog watches the ball."),
        ("your dog sits on the left.", "your dog sits on the left."),
        ("a cat sits on the card.", "a cat sits on the card."),
        ("calling at the start and the end of the clip: one dog.", "calling at the start and the end of the clip: one dog."),
        ("your future holds two dogs.", "two dogs."),
    ],
)
def test_only_the_voices_phrases_are_rewritten(text, plain):
    assert tarot_log_and_conductor_in_plain_words(text) == plain
