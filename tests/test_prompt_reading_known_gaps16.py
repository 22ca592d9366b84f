"""A sixteenth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A verb's plain form closing its clause after a preposition, "a" and a word the tables hold as no thing names an act,
not a thing that moves: "lost it to a bad roll", "ended with a quick pan" draw neither "bad" nor a roll. A bare noun
set off by commas after a sentence's opening verb is the one spoken to ("A cat sits. Run, little cat, run."): the
thing of its kind named before, not a second one. A noun after "and" whose verb takes "it", "and the scribe saw it
all", is that clause's subject, not listed with the scene's things, so a watcher is not drawn; "the whole tale (story,
length) of the clip" is the whole time. A note's presence with no verb, "a bird present in the first half; not
present in the second half", says when it is seen. A known noun after "as a" closing its clause, "three dogs as a
screen", is the part they play, not a thing. Seen from above, "the far corner on the right" is the upper right
corner and "the near corner on the left" the lower left.
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names, seen_in


# ------------------------------------------------------------ 1. "to a bad roll": an act named after a preposition
@pytest.mark.parametrize("prompt, drawn", [
    ("Turn report: a moving car held the frame in the first half, then it was gone, no car in the second half. "
     "Lost it to a bad roll.", ["car"]),
    ("A dog runs to the right, then it was gone. Lost it to a bad roll.", ["dog"]),
    ("A cat walks to the right. The shot ended with a quick pan.", ["cat"]),
    ("A ball rolls to the left. We lost it to a poor zoom.", ["ball"]),
])
def test_an_act_after_a_preposition_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_the_car_said_gone_is_the_one_car():
    prompt = ("Turn report: a moving car held the frame in the first half, then it was gone, no car in the second "
              "half. Lost it to a bad roll.")
    assert seen_in(prompt) == (True, False)


@pytest.mark.parametrize("prompt, drawn", [
    ("A dog runs to a bus stop.", ["bus stop", "dog"]),
    ("A cat jumps onto a box with a big leap.", ["box", "cat"]),
    ("A dog runs to the right with a ball.", ["ball", "dog"]),
])
def test_things_after_a_preposition_are_still_drawn(prompt, drawn):
    assert names(prompt) == drawn


def test_the_dog_still_runs_when_an_act_closes_the_prompt():
    first = PLANNER.plan("A dog runs to the right with a hard fall.", num_keyframes=8).layout.objects[0]
    assert first.name == "dog" and first.boxes[-1][0] - first.boxes[0][0] > 0.3


# ------------------------------------------------------------ 2. "Run, little cat, run": the thing spoken to
@pytest.mark.parametrize("prompt, drawn, way", [
    ("A cat sits on the left. Run, little cat, run to the right!", "cat", 1),
    ("A bird sits on the right. Fly, little bird, fly to the left.", "bird", -1),
    ("A dog sleeps. Wake up, little dog, and run to the left.", "dog", -1),
    ("A dog sits on the right. Come on, old dog, run to the left.", "dog", -1),
])
def test_the_thing_spoken_to_is_the_one_named_before(prompt, drawn, way):
    assert names(prompt) == [drawn]
    track = centres(prompt)[drawn]
    assert (track[-1][0] - track[0][0]) * way > 0.25


@pytest.mark.parametrize("prompt, drawn", [
    ("Run, little cat, run.", ["little cat"]),
    ("Fly, little bird, fly from the left to the right.", ["little bird"]),
    ("Roll, red ball, roll to the right.", ["red ball"]),
])
def test_a_call_with_nothing_named_before_names_one_thing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. a watcher who saw it all; "the whole tale of the clip"
@pytest.mark.parametrize("prompt, drawn", [
    ("A cat walks to the right and the scribe saw it all.", ["cat"]),
    ("A dog runs to the left and the old monk saw it all.", ["dog"]),
    ("A cat walks to the right and the scribe saw everything.", ["cat"]),
    ("A ball rolls to the right and the keeper saw it.", ["ball"]),
])
def test_a_watcher_who_saw_it_is_no_thing_in_the_scene(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("For the whole tale of the clip, a bird sits on the left.", ["bird"]),
    ("For the whole length of the video, a ball sits on the right.", ["ball"]),
    ("A dog runs for the whole length of the table.", ["dog", "table"]),
    ("A cat walks to the right, and a zorblax follows it.", ["cat", "zorblax"]),
])
def test_the_whole_tale_of_the_clip_is_a_time(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 4. a note's presence with no verb
@pytest.mark.parametrize("prompt, seen", [
    ("Item: bird. Observed: a flying bird present in the first half; not present in the second half.", (True, False)),
    ("Item: cat. Observed: a sitting cat absent in the first half; present in the second half.", (False, True)),
    ("Item: car. Seen: a red car present in the first half; absent in the second half.", (True, False)),
    ("Subject: dog. Notes: a running dog not present in the first half; present in the second half.", (False, True)),
])
def test_present_or_absent_in_a_half_is_when_it_is_seen(prompt, seen):
    assert seen_in(prompt) == seen


@pytest.mark.parametrize("prompt, drawn", [
    ("Item: car. Seen: a red car present in the first half; absent in the second half.", ["red car"]),
    ("At present a dog sits on the left.", ["dog"]),
])
def test_present_is_no_part_of_a_name(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 5. "as a screen": the part things play
@pytest.mark.parametrize("prompt, drawn", [
    ("three walking dogs as a screen", ["dog", "dog", "dog"]),
    ("Three walking dogs as a screen, and a cat walks to the right.", ["cat", "dog", "dog", "dog"]),
    ("Two cats as a backdrop, a dog runs to the right.", ["cat", "cat", "dog"]),
    ("As a ball rolls to the right, a dog sits.", ["ball", "dog"]),
])
def test_a_known_noun_after_as_a_is_a_part_played(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 6. far and near corners seen from above
@pytest.mark.parametrize("prompt, start, end", [
    ("Seen from above, a car drives from the far corner on the right to the near corner on the left.", (1, 0), (0, 1)),
    ("Seen from above, a ball rolls from the near corner on the left to the far corner on the right.", (0, 1), (1, 0)),
    ("A top-down view: a dog runs from the far left corner to the near right corner.", (0, 0), (1, 1)),
])
def test_far_is_up_and_near_is_down_seen_from_above(prompt, start, end):
    track = next(iter(centres(prompt).values()))
    for (x, y), (right, low) in ((track[0], start), (track[-1], end)):
        assert (x > 0.5) == bool(right) and (y > 0.5) == bool(low)


def test_far_and_near_in_a_side_view_stay_on_the_ground():
    track = centres("A dog runs from the far corner on the left to the near corner on the right.")["dog"]
    assert track[0][1] == track[-1][1]
