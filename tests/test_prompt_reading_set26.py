"""Prompts in the voices of a held-out set (tests/helpers/blind_set_26.py), in new words.

Texting shorthand ("pls", "u", "w/", "walkin", "r to l"), a lab protocol or experiment log (numbered
trials, "Specimen:" headings, "t = 0 s", a closing "Expected result:") and film-craft piled onto a
prompt ("anamorphic flares, 50mm, rack focus") each say how the request is made or how it is filmed:
none of their words is a thing to draw, a count or a move. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.chat_shorthand import plain_chat
from pipelines.lvd.filming_words import drop_film_craft
from pipelines.lvd.protocol_voice import protocol_in_plain_words
from tests.helpers.planned import PLANNER, names, seen_in


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("pls show me three horses trottin, thx!!", ["horse"] * 3),
        ("could u do a vid w/ two goats grazin? plz 😊", ["goat", "goat"]),
        ("yo 4 ducks swimmin, realistic pls n nothin else lol", ["duck"] * 4),
        ("hey can you make one pig walkin around ty", ["pig"]),
    ],
)
def test_chat_shorthand_draws_only_the_things_asked_for(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "text, plain",
    [
        ("can u make a vid w/ a fox runnin l to r pls", "a video with a fox running left to right"),
        ("horse goin 2 the left b4 the end thx", "horse going to the left before the end"),
        ("a robin on a cabin roof, begin in rain", "a robin on a cabin roof, begin in rain"),  # words that end in "in" stay
        ("a red truck makes a u-turn pls", "a red truck makes a u-turn"),  # a letter inside a word is no short form
    ],
)
def test_chat_short_forms_are_spelt_out(text, plain):
    assert plain_chat(text) == plain


def centre_xs(prompt: str) -> list[float]:
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return [(box[0] + box[2]) / 2 for box in layout.objects[0].boxes if box is not None]


@pytest.mark.parametrize(
    "prompt, rightward",
    [
        ("horse trottin r to l pls", False),
        ("a goat walkin l 2 r pls, from the left side 2 the right side", True),
    ],
)
def test_chat_sides_are_read(prompt, rightward):
    xs = centre_xs(prompt)
    assert (xs[-1] - xs[0] > 0.3) if rightward else (xs[0] - xs[-1] > 0.3), xs


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Session 14. Specimens: three hens. Method: film them pecking. Expected result: exactly three hens.", ["hen"] * 3),
        ("Take 9. Subject: one sheep, grazing. Expected outcome: a single sheep in view.", ["sheep"]),
        ("Barn log, run 3. Specimens: two pigs; nothing else. Procedure: observe both.", ["pig", "pig"]),
        ("Experiment 12, paddock protocol. Apparatus: four horses. Expected result: four horses, calm.", ["horse"] * 4),
        ("Study 8. Specimens: a red pig and a white hen. Setup: both stationary on straw.", ["red pig", "white hen"]),
        ("Sample 3. Specimens: two geese. Observe for 12 s. Result: two geese throughout.", ["goose", "goose"]),
    ],
)
def test_record_numbers_and_headings_are_no_things_or_counts(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize(
    "prompt, first, second",
    [
        ("Take 4. Specimen: one duck. From t = 0 s to the midpoint: duck present. Midpoint to end: duck absent.", True, False),
        ("Session 2. Specimen: walking horse. First half: no horse in view. Second half: the horse walks in.", False, True),
        ("Run 6. Specimen: goat. Interval C (first half): no goat in view. Interval D (second half): the goat walks in.", False,
         True),
    ],
)
def test_protocol_times_say_when_it_is_seen(prompt, first, second):
    assert seen_in(prompt) == (first, second)


@pytest.mark.parametrize(
    "prompt, rightward",
    [
        ("Trial 3. Specimen: pig. Start: left side of the frame. End: right side of the frame.", True),
        ("Run 2. Specimen: horse. Start position: right side. End position: left side. Camera fixed.", False),
    ],
)
def test_protocol_start_and_end_headings_are_where_it_is_then(prompt, rightward):
    xs = centre_xs(prompt)
    assert (xs[-1] - xs[0] > 0.3) if rightward else (xs[0] - xs[-1] > 0.3), xs


def test_a_route_heading_lists_the_legs_of_the_declared_thing():
    layout = PLANNER.plan("Trial 5, overhead camera. Specimen: duck. Route: upper left, lower left, lower right. "
                          "Expected result: the duck stops in the lower right corner.", num_keyframes=9).layout
    assert [o.name for o in layout.objects] == ["duck"]
    centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in layout.objects[0].boxes]
    start, middle, end = centres[0], centres[4], centres[-1]
    assert start[0] < 0.5 and start[1] < 0.5, centres  # upper left
    assert middle[0] < 0.5 and middle[1] > 0.5, centres  # lower left
    assert end[0] > 0.5 and end[1] > 0.5, centres  # lower right


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Three horses gallop across a field, 50mm lens, rack focus, teal grade, heavy film grain, no other animals.",
         ["horse"] * 3),
        ("Dramatic establishing shot at blue hour: two goats on a ridge, rim light, bokeh, 35mm lens, shallow depth of field.",
         ["goat", "goat"]),
        ("One duck paddles on a pond, backlit by a low sun, gentle dolly in, slow motion, shallow depth of field.", ["duck"]),
        ("Soft lamp light pours over the floor as two pigs trot, handheld, eye-level framing.", ["pig", "pig"]),
    ],
)
def test_film_craft_is_never_an_object(prompt, expected):
    assert names(prompt) == expected


def test_film_craft_keeps_a_fragment_that_counts_things_it_does_not_know():
    text = "please film three well-fed zorbs in the golden light of late afternoon, 35mm"
    assert drop_film_craft(text) == "please film three well-fed zorbs in the golden light of late afternoon,"


def test_a_move_for_the_first_half_then_a_leave_ends_at_the_half():
    assert seen_in("A horse trots through morning mist for the first half of the shot, then leaves.") == (True, False)


def test_a_restatement_that_says_more_is_read_as_the_same_thing():
    assert protocol_in_plain_words("specimen: pig. expected result: one pig moves to the left.") == \
        "the pig moves to the left."  # the heading's pig is the one the result speaks of


def test_clock_times_in_a_log_are_the_start_the_middle_and_the_end():
    layout = PLANNER.plan("Take 2. Specimen: goat. t = 0 s: goat at lower right. t = 3 s: goat at upper right. "
                          "t = 6 s: goat at upper left.", num_keyframes=9).layout
    assert [o.name for o in layout.objects] == ["goat"]
    centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in layout.objects[0].boxes]
    start, middle, end = centres[0], centres[4], centres[-1]
    assert start[0] > 0.5 and start[1] > 0.5, centres  # lower right
    assert middle[0] > 0.5 and middle[1] < 0.5, centres  # upper right
    assert end[0] < 0.5 and end[1] < 0.5, centres  # upper left


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Two pigs trot along a lane, golden backlight, soft key light from the left, f/2.8, 24fps.", ["pig", "pig"]),
        ("Session 5. Subjects: two hens. Observation window: the full clip.", ["hen", "hen"]),
    ],
)
def test_light_set_ups_and_still_headings_add_nothing(prompt, expected):
    assert names(prompt) == expected


def test_an_entry_point_said_again_as_the_start_is_where_the_path_begins():
    layout = PLANNER.plan("Static camera; the pig enters at the right edge of the frame. The pig moves from the right side "
                          "to the left side.", num_keyframes=8).layout
    boxes = layout.objects[0].boxes
    assert all(box is not None for box in boxes), boxes  # seen from the start, at the edge it comes in by
    assert (boxes[0][0] + boxes[0][2]) / 2 - (boxes[-1][0] + boxes[-1][2]) / 2 > 0.3, boxes
