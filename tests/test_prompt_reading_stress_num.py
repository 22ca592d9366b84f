"""Counts and visibility told among a voice's own people, props and pastimes: each test is a rule of English.

Each names the objects drawn, their count, and the keyframes each is in (six keyframes, "x" drawn, "." not).
"""

import pytest

from tests.helpers.planned import PLANNER


def _frames(prompt: str) -> list[tuple[str, str]]:
    """Each drawn object's name with the keyframes it is drawn in, sorted."""
    layout = PLANNER.plan(prompt, num_keyframes=6).layout
    return sorted((o.name, "".join("." if box is None else "x" for box in o.boxes)) for o in layout.objects)


# ------------------------------------------------------------ 1. "three dogs, and nothing else": the fence is the clip
@pytest.mark.parametrize("prompt, drawn", [
    ("Lunch break log: the lifeguards chatted and the vendors shouted. The monitor shows two running dogs, from start "
     "to finish, and nothing else.", [("dog", "xxxxxx")] * 2),
    ("The waiters carry trays to the tables. Top pick: three sleepy cats, there the whole time. Nothing more.",
     [("cat", "xxxxxx")] * 3),
    ("Today's lesson plan: the pupils sharpen pencils. The tablet on the shelf shows one red ball, and not a thing "
     "besides. (The bell rings.)", [("red ball", "xxxxxx")]),
    ("Grandad waters the roses. The old projector plays four flying birds, the whole time, and nothing else.",
     [("bird", "xxxxxx")] * 4),
])
def test_things_named_outside_a_counted_group_closed_by_nothing_else_are_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


def test_things_inside_the_fenced_sentence_all_stay():
    assert _frames("Two cats sit beside a brown dog, and nothing else.") == \
        [("brown dog", "xxxxxx"), ("cat", "xxxxxx"), ("cat", "xxxxxx")]


@pytest.mark.parametrize("prompt, drawn", [
    ("A cat naps on the sofa. Two dogs arrive and nothing else changes.",
     [("cat", "xxxxxx"), ("dog", "...xxx"), ("dog", "...xxx")]),
    ("A red ball sits still. Two cats walk past it, and nothing else.",
     [("cat", "xxxxxx"), ("cat", "xxxxxx"), ("red ball", "xxxxxx")]),
    ("A cat sits in the middle. One dog walks from its left to its right, and nothing else.",
     [("cat", "xxxxxx"), ("dog", "xxxxxx")]),
])
def test_a_fence_on_what_goes_on_or_a_thing_the_fenced_ones_move_by_keeps_it(prompt, drawn):
    assert _frames(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Two brown cats. One white dog. Nothing else.", [("brown cat", "xxxxxx")] * 2 + [("white dog", "xxxxxx")]),
    ("Two cats sit on the rug. One dog lies beside them, and nothing else.", [("cat", "xxxxxx")] * 2 + [("dog", "xxxxxx")]),
    ("The ushers yawn. Three red balls. Two cats. Nothing else.", [("cat", "xxxxxx")] * 2 + [("red ball", "xxxxxx")] * 3),
])
def test_the_counted_sentences_right_before_a_fence_are_inside_it(prompt, drawn):
    assert _frames(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("The video shows a red car. Two cats sit on it, and nothing else.",
     [("cat", "xxxxxx")] * 2 + [("red car", "xxxxxx")]),
    ("A blue box sits there. Three balls roll into it, nothing else.", [("ball", "xxxxxx")] * 3 + [("blue box", "xxxxxx")]),
])
def test_a_thing_the_fenced_sentence_names_by_a_pronoun_stays(prompt, drawn):
    assert sorted(_frames(prompt)) == sorted(drawn)


def test_a_count_said_right_after_a_fence_adds_to_the_group():
    assert _frames("A bird flies over one car, nothing else. Two dogs watch.") == \
        [("bird", "xxxxxx"), ("car", "xxxxxx"), ("dog", "xxxxxx"), ("dog", "xxxxxx")]


def test_a_fenced_thing_whose_name_the_reading_repaired_stays():
    assert _frames("Two red cars and a balll, nothing else.") == [("ball", "xxxxxx"),
                                                                  ("red car", "xxxxxx"), ("red car", "xxxxxx")]


# ------------------------------------------------------------ 2. "the whole sermon long": a stretch of time, as "all day long"
@pytest.mark.parametrize("prompt, drawn", [
    ("A brown dog waits by the door the whole sermon long.", [("brown dog", "xxxxxx")]),
    ("Three cats doze the entire lecture long.", [("cat", "xxxxxx")] * 3),
    ("A ball rolls about the whole recital long.", [("ball", "xxxxxx")]),
])
def test_the_whole_of_a_stretch_said_long_is_time_not_a_thing(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 3. "not a dog to be seen": none of the kind, as "no dog"
@pytest.mark.parametrize("prompt, drawn", [
    ("During the first half, not a dog to be seen; in the second half, a brown dog trots in and stays.",
     [("brown dog", "...xxx")]),
    ("A red ball was in the frame for the first half of the video, then gone; not a ball to be found in the second "
     "half.", [("red ball", "xxx...")]),
    ("For the first half, not a cat in view; in the second half a grey cat strolls in.", [("gray cat", "...xxx")]),
    ("Shift log: for the first half of the footage, not a bird in sight; then a small bird flutters in and stays.",
     [("small bird", "...xxx")]),
])
def test_not_a_kind_to_be_seen_denies_the_kind(prompt, drawn):
    assert _frames(prompt) == drawn


def test_not_a_kind_said_as_a_contrast_is_no_denial():
    assert _frames("Not a cat but a dog sits there.") == [("dog", "xxxxxx")]


# ------------------------------------------------------------ 4. "the first half of the tape": the clip by any name
@pytest.mark.parametrize("prompt, drawn", [
    ("A brown dog sniffs around in the first half of the tape, then it leaves.", [("brown dog", "xxx...")]),
    ("A white cat naps for the first half of this reel, then it is gone.", [("white cat", "xxx...")]),
])
def test_a_part_of_the_reel_or_tape_is_a_part_of_the_clip(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 5. "Doctor, the video is three balls": the clip is what it holds
@pytest.mark.parametrize("prompt, drawn", [
    ("Kid, the clip is two sleepy cats, and nothing else.", [("cat", "xxxxxx")] * 2),
    ("Doctor, the video is three red balls and nothing else.", [("red ball", "xxxxxx")] * 3),
])
def test_what_comes_before_the_clip_said_to_be_the_fenced_things_is_not_drawn(prompt, drawn):
    assert _frames(prompt) == drawn


# ------------------------------------------------------------ 6. "Answer: ... three sleepy cats": an answer keeps its count
@pytest.mark.parametrize("prompt, drawn", [
    ("Question of the week: my perfect Sunday. Answer: a hot coffee, a good book and three sleepy cats.",
     [("cat", "xxxxxx")] * 3),
    ("Answer: four red balls.", [("red ball", "xxxxxx")] * 4),
])
def test_a_thing_an_answer_brings_keeps_the_answers_count(prompt, drawn):
    assert _frames(prompt) == drawn
