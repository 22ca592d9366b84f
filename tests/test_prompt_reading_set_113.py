"""Prompts in the voices of held-out set 113 (tests/helpers/blind_set_113.py), in new words.

- A sentence or heading of its own made of a verb of coming with no subject, at most with a time no part of the clip
  names, "Entering soon!", "Now appearing:", "Emerging shortly.", is the speaker's status, never the arrival of the
  first thing named after it; one saying when, "Arriving in the second half: a dog.", is the arrival told.
- "Leave" with what is left, or not left, behind, "leaves no footprints", "leaving nothing behind", "leaves not a
  ripple", says what stays, never that the mover goes out of the picture.
- A path fronted before its mover that sides a thing named before, "From the left of the box to its right, a cat
  runs.", is the mover's, never that thing's.
- A side fronted before a verb of resting, "To the left of the tree, a dog sits.", is where the thing rests; before a
  move leading off it, it is the start. A status of coming closing the prompt is dropped only with a time still to
  come ("Arriving soon!"), and "leaves nothing on screen" is a leaving.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import pytest

from pipelines.lvd.coming_statuses import coming_status_dropped
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("Entering soon! Two sleeping cats lie there the whole time, and nothing else.", "cat", 2),
    ("Now appearing: four parked cars, seen from the first frame to the last.", "car", 4),
    ("Emerging shortly. Three balls rest in the frame from start to end.", "ball", 3),
    ("Arriving any minute now! One walking dog, in view the whole clip.", "dog", 1),
])
def test_a_subjectless_status_of_coming_brings_nothing_on_late(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "Entering now: the box stays still while a cat runs from the left of the box to the right of the box.",
    "Arriving shortly. The ball stays still, and a horse trots from the right of the ball to the left of the ball.",
])
def test_a_status_of_coming_leaves_the_still_thing_there_all_along(prompt):
    still = "box" if "box" in prompt else "ball"
    assert all(centre is not None for centre in centres(prompt)[still])


def test_an_arrival_heading_that_says_when_is_the_arrival():
    assert lvd.visibility("dog", True, planned_condition("Arriving in the second half: a walking dog."))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A cat pads from the left of the frame to the right, and leaves no footprints.", "cat", False),
    ("Leaving nothing behind, a car drives from the right side of the frame to the left side.", "car", True),
    ("A duck swims from the right to the left and leaves not a ripple.", "duck", True),
    ("A dog trots from left to right, leaving no trace behind it.", "dog", False),
])
def test_leaving_nothing_behind_keeps_the_mover_in_the_picture(prompt, query, leftward):
    condition = planned_condition(prompt)
    assert lvd.one_object_motion(query, leftward, condition)
    assert all(centre is not None for centre in centres(prompt)[query])


def test_leaving_the_frame_still_goes_out():
    assert centres("A dog runs to the right and leaves the frame.")["dog"][-1] is None


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("The box stays still. From the right of the box to the left of the box, a cat runs.", "cat", "box", True),
    ("A tree stands still. From the right of the tree to the left of the tree, a horse gallops.",
     "horse", "tree", True),
    ("The car does not move; from the right of the car to the left of the car, a ball rolls.", "ball", "car", True),
])
def test_a_fronted_path_beside_a_thing_named_before_is_the_movers(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


def _still(track: list) -> bool:
    xs = [centre[0] for centre in track if centre is not None]
    return len(xs) == len(track) and max(xs) - min(xs) < 0.02


@pytest.mark.parametrize("prompt, thing, reference, side", [
    ("A tree stands in the middle. To the left of the tree, a dog sits.", "dog", "tree", "left"),
    ("A dog runs to the right. To the left of the dog, a cat sits.", "cat", "dog", "left"),
    ("The ball is still. Right of the ball, a cat naps.", "cat", "ball", "right"),
    ("A bench. On the left of the bench, a man stands still.", "man", "bench", "left"),
    ("To the left of the box, a cat sits still.", "cat", "box", "left"),
    ("A lamp waits in the centre. Just to the right of the lamp, an owl is perched.", "owl", "lamp", "right"),
])
def test_a_fronted_side_before_a_resting_thing_is_where_it_rests(prompt, thing, reference, side):
    """Said before a verb of resting, the side is the thing's place: it rests there; the thing it is said of stays."""
    tracks = centres(prompt)
    assert _still(tracks[thing])
    if "runs" not in prompt:
        assert _still(tracks[reference])
    placed, beside = tracks[thing][0][0], tracks[reference][0][0]
    assert (placed < beside) == (side == "left")


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("A cat sits still. To the left of the cat, a dog runs to the right.", "dog", "cat", False),
    ("A post stands in the middle. On the right of the post, a goat trots leftward.", "goat", "post", True),
])
def test_a_fronted_side_before_a_move_that_leads_off_it_is_the_start(prompt, mover, reference, leftward):
    assert lvd.one_object_motion(mover, leftward, planned_condition(prompt))
    assert _still(centres(prompt)[reference])


@pytest.mark.parametrize("prompt, reference", [
    ("A box stays still. From the left of the box, which never moves, a cat walks to its right.", "box"),
    ("A rock sits there. From the right of the rock, which is grey, a crab scuttles to its left.", "gray rock"),
])
def test_a_clause_on_the_fronted_sides_thing_leaves_the_side_to_the_mover(prompt, reference):
    tracks = centres(prompt)
    assert _still(tracks[reference])
    mover = next(name for name in tracks if name != reference)
    xs = [centre[0] for centre in tracks[mover]]
    assert abs(xs[-1] - xs[0]) > 0.3 and (xs[0] < tracks[reference][0][0]) == ("From the left" in prompt)


@pytest.mark.parametrize("prompt", [
    "A cat rests on the left. A dog. Emerging!",
    "A ball rolls to the left. Then comes a dog. Arriving!",
    "A cat sleeps on the left the whole time. A brown dog, too. Appearing now!",
    "Arriving next: a walking dog.",
    "A lamp stands on the right all along. Then a dog. Entering now!",
])
def test_a_status_of_coming_with_no_time_still_to_come_is_the_arrival(prompt):
    """Closing the prompt bare or with "now", or opening it with "next", the status says when the thing comes in."""
    assert lvd.visibility("dog", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing", [
    ("A cat sits on the left the whole time. Arriving soon!", "cat"),
    ("A red ball rests in the middle for the whole clip. Appearing any minute now.", "red ball"),
])
def test_a_closing_status_with_a_time_still_to_come_is_the_speakers_news(prompt, thing):
    assert all(centre is not None for centre in centres(prompt)[thing])


@pytest.mark.parametrize("text, kept", [
    ("a dog runs to the right. coming soon.", "a dog runs to the right."),
    ("coming shortly: two cats sit still.", "two cats sit still."),
    ("a dog runs to the right. coming next.", "a dog runs to the right. coming next."),
])
def test_the_trailers_coming_soon_is_a_status_like_the_others(text, kept):
    """One owner for the statuses of coming: the trailer's sign-off goes by the same rule as "Arriving soon!"."""
    assert coming_status_dropped(text) == kept


@pytest.mark.parametrize("prompt, query", [
    ("A ball rolls to the right and leaves nothing on screen.", "ball"),
    ("A ball rolls to the right and leaves nothing in view.", "ball"),
    ("A dog runs to the right, then leaves not a second later.", "dog"),
    ("A hare darts to the left and leaves nothing within the frame.", "hare"),
])
def test_leaving_with_nothing_left_in_the_picture_is_a_leaving(prompt, query):
    """What is left empty is the picture, or "not a second later" is when: the mover goes out."""
    assert centres(prompt)[query][-1] is None


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A cat walks from the left to the right and leaves no trace of its path.", "cat", False),
    ("A cat walks from the left to the right and leaves behind no trace.", "cat", False),
    ("A fox trots from right to left and leaves zero pawprints.", "fox", True),
    ("A cat walks from the left to the right without leaving a trace.", "cat", False),
])
def test_the_longer_ways_of_leaving_nothing_keep_the_mover_and_draw_no_trace(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))
    tracks = centres(prompt)
    assert list(tracks) == [query] and all(centre is not None for centre in tracks[query])


def test_leaving_without_leaving_the_frame_stays():
    assert centres("A dog runs to the right without leaving the frame.")["dog"][-1] is not None
