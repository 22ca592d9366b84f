"""Prompts in the voices of held-out sets 111 and 114 (tests/helpers/blind_set_111.py, blind_set_114.py), in new words.

- A sighting lost, the watcher's word that a tracked thing dropped out of view ("we lost track of it in the second
  half", "signal lost ..."), is that thing going then; a thing of the scene losing sight of another keeps both.
- A half asked or set off on its own, led by "and", "but" or "so" ("And in the second half? No dog.", "in the second
  half; no car."), times the answer after it, and a bare "Not a dog." answering it is no dog.
- A notice closing the prompt of what comes after the clip ("...; drinks to follow.", ", more to come!") adds no step
  to a route told before it; a thing said to follow ("; the dog to follow.", "a police officer follows") still moves.
- The reviewer's over-reaches: a state denied after a half ("; not moving") keeps the thing; "stays/remains until the
  midpoint" is being there until then; a phone's lost signal keeps the phone; praise ("A good boy!") is no new thing;
  "A car, then another" after a quiz answer stays two.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The sets' own prompts are not
copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition


@pytest.mark.parametrize("prompt, query", [
    ("Tower to patrol: a drifting boat for the first half. Contact lost in the second half.", "boat"),
    ("Drone feed. A dog trots along in the first half. Signal lost in the second half.", "dog"),
    ("Radar here: a bird circles during the first half; we lose contact with it in the second half.", "bird"),
    ("A fish swims in the first half. Sonar lost contact with it in the second half.", "fish"),
    ("Camera two: a rolling ball in the first half. Lost visual in the second half.", "ball"),
])
def test_a_sighting_lost_in_a_half_is_the_thing_going_then(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


def test_a_thing_of_the_scene_losing_sight_of_another_keeps_both():
    assert names("A dog runs to the right. A cat lost sight of the dog.") == ["cat", "dog"]


@pytest.mark.parametrize("prompt, query", [
    ("Look, a sleeping dog in the first half. And in the second half? No dog at all.", "dog"),
    ("A parked car stood there during the first half. But in the second half? Not a car.", "car"),
    ("So: a rolling ball in the first half. In the second half; no ball.", "ball"),
    ("We had a horse in the first half. So, in the second half? None. No horse.", "horse"),
])
def test_a_half_set_off_on_its_own_times_the_denial_after_it(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("A car drives from the lower left corner to the upper left corner and on to the upper right corner; "
     "drinks to follow.", "car", ("lower left", "upper left", "upper right")),
    ("Viewed from overhead, a dog runs from the upper right corner to the lower right corner and then to the lower "
     "left corner, with more news to follow!", "dog", ("upper right", "lower right", "lower left")),
    ("A ball rolls from the lower left corner to the lower right corner and on to the upper right corner; "
     "speeches follow.", "ball", ("lower left", "lower right", "upper right")),
])
def test_a_notice_of_what_comes_after_the_clip_adds_no_step_to_the_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "Viewed from overhead, a dog runs from the upper right corner to the lower right corner and on to the lower left "
    "corner, with more news to follow!",
    "A dog trots from the left side to the right side; a short speech follows.",
])
def test_a_notice_of_what_comes_after_the_clip_is_no_thing(prompt):
    assert names(prompt) == ["dog"]


def test_a_thing_said_to_follow_still_moves():
    assert names("A cat runs to the right; the dog to follow.") == ["cat", "dog"]


@pytest.mark.parametrize("prompt, query", [
    ("A boat cannot be seen until the second half begins.", "boat"),
    ("A horse cannot be seen in the first half; in the second half it trots in.", "horse"),
    ("A car cannot be seen at first. In the second half it drives in from the left.", "car"),
])
def test_cannot_after_a_thing_is_no_part_of_its_name(prompt, query):
    assert names(prompt) == [query]
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("A horse grazes in the field. A cow.", ["cow", "horse"]),
    ("Two birds perch on the fence; and a cat!", ["bird", "bird", "cat"]),
    ("A car drives to the left. Also an old bicycle.", ["bicycle", "car"]),
])
def test_one_more_thing_named_with_a_after_the_scene_is_drawn(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, query", [
    ("The toy car stays still until the midpoint.", "car"),
    ("A horse rests in the field until the middle of the clip.", "horse"),
    ("Our dog waits patiently until the midpoint.", "dog"),
])
def test_a_stillness_said_to_last_until_a_time_keeps_the_thing_in_view(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt)) is False
    assert all(centre is not None for centre in centres(prompt)[query])


@pytest.mark.parametrize("prompt, query, leftward", [
    ("A dog lies still until the midpoint, when it dashes to the left.", "dog", True),
    ("A goat stands until the middle, when it trots over to the right.", "goat", False),
])
def test_a_stillness_until_a_time_then_a_move_stays_in_view_and_moves(prompt, query, leftward):
    assert all(centre is not None for centre in centres(prompt)[query])
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("What is on the road? A car. A car drives to the left.", ["car"]),
    ("Who is by the pond? A duck! Then a duck and a frog swim.", ["duck", "frog"]),
    ("What's rolling along? A ball. A ball and a dog race to the right.", ["ball", "dog"]),
    ("What is on the road? A car. Another car drives to the left.", ["car", "car"]),
])
def test_a_thing_answered_then_brought_in_again_is_one_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "Who is on the left? A dog. A dog runs in from the right.",
    "Who is on the left? A dog. A dog sits on the right.",
    "Who is at the top? A bird. A bird enters from the left.",
])
def test_an_answer_named_again_coming_in_or_elsewhere_is_a_second_thing(prompt):
    drawn = names(prompt)
    assert len(drawn) == 2 and drawn[0] == drawn[1]


@pytest.mark.parametrize("prompt, drawn", [
    ("A car drives to the right; a police officer follows.", ["car", "police officer"]),
    ("A boy runs to the left; his friends follow.", ["boy", "friend", "friend"]),
    ("A horse trots to the right, then a rider to follow.", ["horse", "rider"]),
    ("A truck drives to the left; a stray goat follows.", ["goat", "truck"]),
])
def test_a_follower_the_tables_may_not_know_is_no_notice(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt, follower", [
    ("A dog walks right; the cat watches, then follows.", "cat"),
    ("A boy runs to the left, and his dog sniffs, then follows.", "dog"),
    ("A fox trots to the right; the hen waits and follows.", "hen"),
])
def test_a_clause_s_own_follows_is_its_subject_moving(prompt, follower):
    """A bare finite "follows" goes on its clause's subject; only "to follow"/"to come" stand alone as a notice."""
    route = [centre for centre in centres(prompt)[follower] if centre]
    assert abs(route[-1][0] - route[0][0]) > 0.15


@pytest.mark.parametrize("prompt", [
    "A dog runs from the left side to the right side; to follow.",
    "A dog runs from the left side to the right side. Details to be announced.",
])
def test_a_notice_with_no_subject_or_an_event_for_one_is_dropped(prompt):
    assert names(prompt) == ["dog"]
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("A bird sits in the first half. In the second half; not yet flying.", "bird"),
    ("A cat sits in the first half. In the second half; not moving.", "cat"),
    ("A dog dozes in the first half. In the second half; not asleep, it runs to the right.", "dog"),
])
def test_a_state_denied_after_a_half_keeps_the_thing(prompt, query):
    assert all(centre is not None for centre in centres(prompt)[query])


def test_a_thing_denied_after_a_half_that_was_never_told_is_not_drawn():
    assert names("A ball is still in the first half. And in the second half? Not a cat.") == ["ball"]


@pytest.mark.parametrize("prompt, query", [
    ("A red car waits in the first half. But in the second half? Not a red car.", "red car"),
    ("A rabbit nibbles in the first half. Then in the second half? Not a rabbit.", "rabbit"),
])
def test_a_thing_denied_with_its_words_after_a_half_is_the_one_told(prompt, query):
    assert names(prompt) == [query]
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("A dog stays until the midpoint.", "dog"),
    ("A dog remains on the left until the midpoint.", "dog"),
    ("The goat stays put until the midpoint.", "goat"),
    ("A cat is around until halfway.", "cat"),
])
def test_a_verb_of_staying_there_until_a_time_is_being_there_until_then(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


def test_a_verb_of_staying_there_until_a_time_then_a_move_stays_and_moves():
    prompt = "A dog remains on the left until the midpoint, then runs to the right."
    assert all(centre is not None for centre in centres(prompt)["dog"])
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, kept", [
    ("A phone lies on the table; the signal is lost in the second half.", "phone"),
    ("A radio sits on a shelf. Signal lost in the second half.", "radio"),
    ("A laptop rests on the desk. The feed is lost near the end.", "laptop"),
])
def test_a_signal_lost_with_no_tracked_thing_keeps_what_is_there(prompt, kept):
    assert all(centre is not None for centre in centres(prompt)[kept])


@pytest.mark.parametrize("prompt, gone, kept", [
    ("A tower operator speaks. Contact lost with the plane in the second half.", "plane", "tower operator"),
    ("A ranger stands by the river. We lost track of the boat in the second half.", "boat", "ranger"),
])
def test_the_thing_lost_is_the_one_named_after_the_loss(prompt, gone, kept):
    found = centres(prompt)
    assert all(centre is not None for centre in found[kept])
    assert found[gone][0] is not None and found[gone][-1] is None


@pytest.mark.parametrize("prompt, query", [
    ("A boat drifts in the first half. We lost it in the second half.", "boat"),
    ("Two cars drive to the left in the first half; we lost track of the cars in the second half.", "car"),
])
def test_a_thing_lost_to_the_watcher_goes_then(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("A dog fetches the ball. A good boy!", ["ball", "dog"]),
    ("A woman walks to the right. A real lady.", ["woman"]),
    ("A horse clears the fence. A star!", ["fence", "horse"]),
])
def test_praise_of_a_thing_told_is_no_new_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "What is on the road? A car. A car, then another, drives left.",
    "What swims in the lake? A swan. A swan and another glide to the right.",
    "What is on the road? A car. A car drives to the left, and then a second one follows.",
])
def test_a_thing_answered_then_counted_with_another_is_two(prompt):
    assert len(names(prompt)) == 2
