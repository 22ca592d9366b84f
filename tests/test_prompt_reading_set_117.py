"""Prompts in the voices of held-out set 117 (tests/helpers/blind_set_117.py), in new words.

- A stretch of the clip said as a noun of time, "the whole time", "all the time", "the entire time", between a
  subject and its verb is no noun phrase of its own: a verb the tables do not know after it is still a verb, never a
  thing drawn with the article of the time.
- A half or a side said right after "and" and right before a subject of its own belongs to that next clause: "...,
  and in the second half no kite is there" times the absence, and "..., and from the left of the post a goat trots"
  is the goat's start, never a place of the thing still before it.
- A going past a thing said with no verb of its own, "Clean past it.", after a move that already crosses from one
  side of that thing to the other is that move said again, never a stop beyond it.
- A log's stamp of a weekday and a part of the day, "Sun AM:", "Sat. evening,", opening a sentence is the entry's
  day: "sat" and "sun" there are neither a verb of resting nor a thing.

Each layout is checked by LVD's own predicates or by its objects and where they are. (The set's own prompts are not
copied here.)
"""

import pytest

from pipelines.lvd.broadcast_and_log_voices import looks_like_log
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Hark, two parked cars, which the whole time tarry in view, and nothing more.", "car", 2),
    ("Picture one rolling ball that all the time sojourns in view, and nothing else beside it.", "ball", 1),
    ("Three birds that the entire time wheel in view; no other thing is there.", "bird", 3),
    ("Two parked cars the entire time idle in view, and nothing else.", "car", 2),
])
def test_a_stretch_of_time_before_an_unknown_verb_names_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("Listen: a kite drifts in the first half, and in the second half no kite is there.", "kite", False),
    ("Dear diary, a cat naps in the first half, and in the second half no cat is there at all.", "cat", False),
    ("A horse trots in the second half, and in the first half no horse is there.", "horse", True),
])
def test_a_half_after_and_times_the_next_clauses_absence(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


def test_a_half_after_and_times_the_next_clauses_own_thing():
    """"A cat sits, and in the second half a dog runs": the half is the dog's run, the cat just sits."""
    tracks = centres("A cat sits, and in the second half a dog runs to the right.", keyframes=6)
    dog = [centre[0] for centre in tracks["dog"]]
    assert max(dog[:3]) - min(dog[:3]) < 0.05 < dog[-1] - dog[2]
    assert max(c[0] for c in tracks["cat"]) - min(c[0] for c in tracks["cat"]) < 0.02


@pytest.mark.parametrize("prompt, thing", [
    ("A ball rolls to the right, and in the second half the ball stops.", "ball"),
    ("A car drives to the right, and in the second half it stops.", "car"),
    ("A horse gallops left, and in the second half the horse slows down.", "horse"),
    ("A tram glides to the left, and in the second half the old tram rests.", "tram"),
])
def test_a_half_after_and_before_the_same_thing_again_keeps_it_in_view(prompt, thing):
    """The half is the same thing's later state: it is seen (and moves) before it, never missing from the first half."""
    assert all(centre is not None for centre in centres(prompt, keyframes=6)[thing])


@pytest.mark.parametrize("prompt, thing", [
    ("A man walks to the right, and in the first half the ball is on the left, in the second half it is on the right.",
     "ball"),
    ("A dog sleeps, and in the first half a cat is on the left, then in the second half the cat is on the right.",
     "cat"),
    ("A car drives right, and in the first half a bird sits on the left, and in the second half it sits on the right.",
     "bird"),
    ("A duck swims, and for the first half a frog is on the right, then for the second half it is on the left.",
     "frog"),
])
def test_a_thing_told_at_each_half_in_turn_stays_in_view(prompt, thing):
    assert all(centre is not None for centre in centres(prompt, keyframes=6)[thing])


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("The post stays still, and from the left of the post a goat trots to the right of the post.",
     "goat", "post", False),
    ("Behold: the tree never moves, and from the right of the tree, a horse gallops to the left of the tree.",
     "horse", "tree", True),
    ("Our box keeps still and from the right of the box a cat scampers to the left of the box.", "cat", "box", True),
    ("The ball is motionless, and from the left of the ball a duck waddles to the right of the ball. Bravo.",
     "duck", "ball", False),
    ("A pole stays still, and from the right of the tall old painted pole a dog runs to the left of the pole.",
     "dog", "pole", True),
])
def test_a_side_said_after_and_before_a_new_subject_is_where_that_subject_starts(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_side_with_its_own_verb_after_and_stays_the_subjects():
    """"... and ends on the right of the box, the box staying still": the side's verb is the cat's, said before."""
    prompt = "A cat starts on the left of a box and ends on the right of the box, the box staying still."
    assert lvd.two_object_motion("cat", "box", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("The tree stays still. A horse gallops from the left of the tree to the right of the tree. Clean past it.",
     "horse", "tree", False),
    ("A box does not move. A cat runs from the right of the box to the left of the box. Past the box, quick as that.",
     "cat", "box", True),
    ("The ball stays still. A dog trots from the left of the ball to the right of the ball. Straight past the ball.",
     "dog", "ball", False),
    ("The car stays put. A duck waddles from the right of the car to the left of the car. Just past it!",
     "duck", "car", True),
    ("The lamp stays put. A goat trots from the right of the lamp to the left of the lamp. Right past it, quickly.",
     "goat", "lamp", True),
    ("A crate never moves. A pony trots from the left of the crate to the right of the crate. Well past it by the end.",
     "pony", "crate", False),
])
def test_a_verbless_going_past_after_a_crossing_says_the_crossing_again(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def test_a_going_past_after_a_move_that_passes_nothing_is_still_read():
    """Said after a move with no sides of that thing, "Past the box." is no move said again: it still changes the
    dog's path, where a rule too wide would swallow it and leave the plain run to the left."""
    told = centres("A box sits in the middle. A dog runs to the left. Past the box.", keyframes=6)["dog"]
    assert told != centres("A box sits in the middle. A dog runs to the left.", keyframes=6)["dog"]


@pytest.mark.parametrize("prompt, route", [
    ("Sat p.m. - a dog walks from the lower left corner to the lower right corner, then to the upper right corner.",
     lvd.SEQUENTIAL_ROUTES[0]),
    ("Sat AM (from above): a dog walks from the lower right corner to the lower left corner, then to the upper left "
     "corner.", lvd.SEQUENTIAL_ROUTES[2]),
    ("Sat. evening: walking dog goes from the lower left corner to the lower right corner, then to the upper right "
     "corner.", lvd.SEQUENTIAL_ROUTES[0]),
])
def test_a_weekday_stamp_sets_no_resting_step(prompt, route):
    assert lvd.sequential("dog", route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing, start", [
    ("Sat AM: a lively cat runs from the left to the right.", "cat", 0.21),
    ("Sat night. A ball rolls from the right to the left.", "ball", 0.81),
    ("Sat a.m.: a dog trots from the right to the left.", "dog", 0.81),
    ("Sat p.m. (seen from above): a cat runs from the left to the right.", "cat", 0.21),
])
def test_a_weekday_stamp_keeps_the_mover_from_waiting(prompt, thing, start):
    """A "sat" read as a verb of resting would hold the mover still in the middle before its move."""
    assert abs(centres(prompt)[thing][0][0] - start) < 0.05


@pytest.mark.parametrize("text", [
    "a cat sat on the mat. sun am is the cat's name.",
    "the sun sat low.",
    "sun evening light falls on a cat that walks to the right.",
    "a dog naps. sat morning sun warms the dog.",
])
def test_a_sat_or_sun_of_the_scene_is_no_stamp(text):
    assert not looks_like_log(text)


def test_prose_opening_on_the_evening_sun_keeps_the_sun_and_the_walk():
    """No stamp without its punctuation: "Sun evening light" is the scene's sun, and the cat walks along the ground."""
    tracks = centres("Sun evening light falls on a cat that walks to the right.", keyframes=6)
    cat_heights = [centre[1] for centre in tracks["cat"]]
    assert "sun" in tracks and max(cat_heights) - min(cat_heights) < 0.05
    assert tracks["cat"][-1][0] - tracks["cat"][0][0] > 0.4


def test_a_weekday_stamp_leaves_the_things_of_the_scene():
    assert names("Sun PM: the sun sets as a dog sat by a ball.") == names("The sun sets as a dog sat by a ball.")
