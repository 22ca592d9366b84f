"""Prompts the reader failed in a held-out set of long, rich sentences (tests/helpers/blind_set_23.py), in new words.

Weather, light, times of day and the pace of a move describe the scene or the motion: they never add
objects. (The set's own prompts are not copied here; each case says the same kind of thing differently.)
"""

import pytest

from pipelines.lvd.prompt_reading import read_prompt
from tests.helpers.planned import PLANNER, names, seen_in


# ------------------------------------------------------------------ settings and manners are no objects
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("While the breeze rises over a grey harbour evening, 2 gulls circle overhead.", ["gull", "gull"]),
        ("4 horses trot along a track, each one holding its own steady pace.", ["horse", "horse", "horse", "horse"]),
        ("Under the pale glow of a hazy midday, exactly 2 balls are rolling to and fro.", ["ball", "ball"]),
        ("A gust sweeps the field as 3 sheep walk without hurry at noon.", ["sheep", "sheep", "sheep"]),
        ("2 trucks are rumbling along at a similar speed, lit by the glow of the midnight streetlamps.", ["truck", "truck"]),
    ],
)
def test_weather_light_and_pace_words_add_no_objects(prompt, expected):
    assert names(prompt) == expected


def shown_at_every_keyframe(prompt):
    layout = PLANNER.plan(prompt).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return all(box is not None for box in layout.objects[0].boxes)


@pytest.mark.parametrize(
    "prompt",
    [
        "A horse trots from the right toward the left in the fading brilliance of a late autumn day.",
        "A cat pads to the left in the vanishing brightness of the afternoon.",
        "In the fading glimmer of the evening a duck swims from the left to the right.",
    ],
)
def test_a_participle_inside_a_setting_phrase_describes_it_and_moves_nothing(prompt):
    assert shown_at_every_keyframe(prompt)


# ------------------------------------------------------------------ a presence that lasts
@pytest.mark.parametrize(
    "prompt",
    [
        "A van drives from the left over to the right, splashing through puddles, and it is still in view at the end.",
        "A goat trots to the left across the pasture and stays in shot for the final part.",
        "A rabbit hops toward the right; at the end it remains visible, right beside the fence.",
    ],
)
def test_still_or_remaining_in_view_late_is_no_late_arrival(prompt):
    assert shown_at_every_keyframe(prompt)


def test_staying_in_view_until_the_midpoint_is_still_a_leave():
    layout = PLANNER.plan("A hen stays in view until the midpoint and then it is gone.", num_keyframes=8).layout
    shown = [box is not None for box in layout.objects[0].boxes]
    assert shown[:3] == [True] * 3 and not any(shown[5:])


# ------------------------------------------------------------------ "no X" later is the X already named, gone
@pytest.mark.parametrize(
    "prompt",
    [
        "For the first half a lone heron wades slowly along the bank; in the second half there is no heron anywhere.",
        "A kite drifts above the beach during the early part, but the latter half shows no kite at all.",
        "Through the opening half a swan paddles calmly; the closing half has no swan in it.",
    ],
)
def test_a_timed_no_of_a_named_thing_is_that_thing_gone(prompt):
    assert seen_in(prompt) == (True, False)


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("A tram hums along the rails early on; past the midpoint, nothing of it can be seen.", (True, False)),
        ("Over the opening half a goose waddles ahead; in the closing half no trace of it is visible.", (True, False)),
        ("Through the first half of the running time a yak plods on; later it is gone.", (True, False)),
        ("During the first half of the running time no pony is there; afterwards a pony canters about.", (False, True)),
    ],
)
def test_nothing_of_it_and_the_running_time(prompt, expected):
    assert seen_in(prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    [
        "A deer stands still, and for the latter half of the running time it is nowhere to be seen.",
        "In the first half of the running time a parrot perches quietly on a branch; in the second half it has flown off.",
    ],
)
def test_the_running_time_is_the_clip_and_nothing_runs(prompt):
    assert not any(m.kind == "run" for e in read_prompt(prompt.lower()).entities for m in e.motions)


# ------------------------------------------------------------------ a share of the clip is no count
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("A hare stays hidden for the first 50 percent of the video and only then is it shown.", (False, True)),
        ("A lamb is out of sight during the opening 45 percent of the clip and comes into view afterwards.", (False, True)),
        ("A stork is on screen for the first 50% of the footage and then it is gone.", (True, False)),
    ],
)
def test_a_share_of_the_clip_said_in_percent_is_a_time_not_a_count(prompt, expected):
    assert seen_in(prompt) == expected


# ------------------------------------------------------------------ "the whole second half"
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Rolled in at the midpoint, a barrel is shown for the whole second half and never before it.", (False, True)),
        ("A moth is seen for the entire first half and never after it.", (True, False)),
        ("Slipping in at halfway, a fox is visible for the full second half and never earlier.", (False, True)),
    ],
)
def test_the_whole_of_a_half_is_that_half(prompt, expected):
    assert seen_in(prompt) == expected


# ------------------------------------------------------------------ the opening / final moment, the final stretch
def centre_x(prompt):
    layout = PLANNER.plan(prompt).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    return [None if b is None else (b[0] + b[2]) / 2 for b in layout.objects[0].boxes]


@pytest.mark.parametrize(
    "prompt, rightward",
    [
        ("Beginning on the right at the opening moment, a van is gliding leftward and by the final moment is parked on the left.",
         False),
        ("On the left at the first instant, a hare bounds to the right, and by the last instant it is resting on the right.",
         True),
        ("A tractor chugs leftward and by the closing moment is standing on the left.", False),
    ],
)
def test_where_it_is_by_the_final_moment_is_where_the_move_ends(prompt, rightward):
    xs = centre_x(prompt)
    assert all(x is not None for x in xs)
    assert (xs[-1] > 0.6 and xs[0] < xs[-1]) if rightward else (xs[-1] < 0.4 and xs[0] > xs[-1])
    steps = [abs(b - a) for a, b in zip(xs, xs[1:])]
    assert max(steps) <= 0.6 * abs(xs[-1] - xs[0])  # a move over several keyframes, not a jump


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Once the midpoint is past, a scooter is seen zipping into the frame and it stays in shot for the final stretch.",
         (False, True)),
        ("A heron stands in view for the opening stretch and after that is gone.", (True, False)),
    ],
)
def test_a_stretch_of_the_clip_is_a_part_of_it(prompt, expected):
    assert seen_in(prompt) == expected


# ------------------------------------------------------------------ "and only then"
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("During the second half of the video, and only then, a pony is trotting happily about.", (False, True)),
        ("In the opening half, and only then, a lamb is grazing calmly on the hillside.", (True, False)),
        ("Only during the latter half of the clip does a tortoise crawl slowly forward.", (False, True)),
    ],
)
def test_a_part_of_the_clip_said_as_the_only_time_is_when_it_is_seen(prompt, expected):
    assert seen_in(prompt) == expected


def test_a_move_said_only_in_one_half_keeps_the_mover_in_view():
    assert seen_in("A barrel rolls to the left, but it moves only in the first half.") == (True, True)


def test_a_wind_turbine_is_still_one_thing_named_by_both_words():
    assert names("A wind turbine spins slowly on the hill.") == ["wind turbine"]


# ------------------------------------------------------------------ question order: "is a dog seen"
@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Only after the midpoint is a dog seen walking into the frame.", ["dog"]),
        ("Not until the second half is a hare spotted hopping about in the clover.", ["hare"]),
        ("Only once half the clip is over is a bus shown rolling in from the left.", ["bus"]),
    ],
)
def test_a_sighting_after_its_noun_in_question_order_is_no_part_of_the_name(prompt, expected):
    assert names(prompt) == expected
