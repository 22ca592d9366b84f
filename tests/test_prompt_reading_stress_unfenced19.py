"""Counts told in a voice that talks around its clip with no "nothing else" to close it: a screen, a label or a verb of
showing introduces the clip, and the speaker's world around it (the people, the rooms, the props, the orders to the
listener) is not drawn; each test is a rule of English, not of one voice.

Each names the objects drawn, their count, and the keyframes each is in (six keyframes, "x" drawn, "." not).
"""

import pytest

from tests.helpers.planned import PLANNER


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each drawn object's name with the keyframes it is drawn in, sorted."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return sorted((o.name, "".join("." if box is None else "x" for box in o.boxes)) for o in layout.objects)


# ------------------------------------------------ 1. what a screen, a label or a clip "of" introduces is the clip
@pytest.mark.parametrize("prompt, drawn", [
    ("Grandad left his tablet by the kettle, and the film on it was of one walking dog, present throughout.",
     [("dog", "xxxxxx")]),
    ("Good afternoon from the newsroom. The ferry is late and a lorry is stuck on the hill. The camera by the harbour "
     "shows three flying birds, in view the whole time.", [("bird", "xxxxxx")] * 3),
    ("The caretaker set up a clip for the hall projector, four moving balls in view from start to finish.",
     [("ball", "xxxxxx")] * 4),
    ("The librarian put the projector on a trolley; the screen behind the desk displays two moving cars, seen throughout.",
     [("car", "xxxxxx")] * 2),
])
def test_what_comes_before_the_clips_introduction_is_the_speakers_world(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_room_acting_before_the_camera_is_still_filmed():
    assert _frames("A woman sits on a bench, and the camera shows two birds above her.") == \
        [("bench", "xxxxxx"), ("bird", "xxxxxx"), ("bird", "xxxxxx"), ("woman", "xxxxxx")]


def test_a_plain_scene_with_no_screen_is_all_clip():
    assert _frames("A man walks a dog past a bench.") == [("bench", "xxxxxx"), ("dog", "xxxxxx"), ("man", "xxxxxx")]


# ------------------------------------------------ 2. after the screen, the speaker's own doings and orders are not drawn
@pytest.mark.parametrize("prompt, drawn", [
    ("The monitor shows three flying birds. Then we fed the goats in the barn.", [("bird", "xxxxxx")] * 3),
    ("The clip shows one moving ball, from start to finish. Remember the umbrella and the flask.", [("ball", "xxxxxx")]),
    ("Up on the screen: two lively cats, there the whole time. I'll bring the biscuits and a teapot.",
     [("cat", "xxxxxx")] * 2),
])
def test_the_speakers_world_after_the_screen_is_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("The screen shows two cats. Later a dog runs in.", [("cat", "xxxxxx"), ("cat", "xxxxxx"), ("dog", "...xxx")]),
    ("The screen shows two cats. A dog chases them.", [("cat", "xxxxxx"), ("cat", "xxxxxx"), ("dog", "xxxxxx")]),
])
def test_what_happens_after_the_screen_still_goes_on_with_its_clip(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------ 3. a thing the speaker names before and after the screen stays theirs
@pytest.mark.parametrize("prompt, drawn", [
    ("The children need coats. The clip shows two moving cars, from start to finish. Please collect the children at "
     "four.", [("car", "xxxxxx")] * 2),
    ("Mum's laptop sits on the table. The clip shows three lively cats. Wipe the table afterwards.",
     [("cat", "xxxxxx")] * 3),
])
def test_a_thing_named_around_the_screen_on_both_sides_is_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------ 4. "on screen" says how a thing is seen; it names no screen there
@pytest.mark.parametrize("prompt, drawn", [
    ("The customer's screen runs a clip of one moving ball, on screen the whole time.", [("ball", "xxxxxx")]),
])
def test_on_screen_names_no_screen_inside_the_clip(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_thing_on_screen_left_is_still_drawn():
    assert _frames("A man stands on screen left.") == [("man", "xxxxxx")]


# ------------------------------------------------ 5. past the layout's limit, what the clip shows is kept first
def test_a_clip_told_after_more_things_than_a_layout_holds_is_still_drawn():
    prompt = ("Fete stalls: a tombola, a coconut shy, a cake stand, a book stall, a plant stall, a pony ride, a tea "
              "tent, a raffle desk and a face painter. Tonight the projector shows two moving balls, from start to "
              "finish.")
    assert _frames(prompt) == [("ball", "xxxxxx")] * 2


def test_a_plain_scene_past_the_limit_still_keeps_its_first_things():
    drawn = _frames("A cat, a dog, a ball, a car, a bird, a boy, a girl, a man, a woman and a kite play in a park.")
    assert [name for name, _ in drawn] == ["ball", "bird", "boy", "car", "cat", "dog", "girl", "man"]


# ------------------------------------------------ 6. a clip is no thing in a room: what is told before it is not filmed
def test_people_busy_before_the_clip_itself_are_not_filmed_with_it():
    assert _frames("The nurse is tidying the trays, and the video on the wall plays: three moving cars, in view "
                   "throughout.") == [("car", "xxxxxx")] * 3


def test_a_room_around_a_tv_is_still_filmed_with_it():
    assert _frames("A man sits on a sofa, and the TV shows two walking dogs.") == \
        [("dog", "xxxxxx"), ("dog", "xxxxxx"), ("man", "xxxxxx"), ("sofa", "xxxxxx"), ("tv", "xxxxxx")]


# ------------------------------------------------ 7. "it shows", "on it," after the carrier is named: the clip by pronoun
@pytest.mark.parametrize("prompt, drawn", [
    ("The caretaker wheeled a trolley to the stage and set up a film on the hall screen; it shows four flying birds, in "
     "view throughout.", [("bird", "xxxxxx")] * 4),
    ("Gran posted a memory card with a birthday card for the telly; on it, two lively cats stay in view from start to "
     "finish.", [("cat", "xxxxxx")] * 2),
])
def test_a_carrier_named_by_a_pronoun_still_introduces_the_clip(prompt, drawn):
    assert _frames(prompt) == drawn


def test_a_thing_acting_before_its_pronoun_is_still_the_scene():
    assert _frames("A dog sits on a mat; it shows two teeth.") == \
        [("dog", "xxxxxx"), ("mat", "xxxxxx"), ("tooth", "xxxxxx"), ("tooth", "xxxxxx")]
