"""Prompts in the families that held-out sets 125 and 126 (tests/helpers/blind_set_125.py, blind_set_126.py) missed,
told in other words and other voices.

- The listeners named fondly, "my ducks", "good people", "my darlings": never drawn.
- A call and its response: a yes-or-no question and the retort answering it, "Anything more? Oh no, there isn't!",
  "Is the tree going anywhere? No it isn't!", "Is there a dog? Not in the first half there isn't!", are one statement;
  a retort agreeing with the statement before it says it again.
- A verbless denial after a time, "In the first half, not a car on the road.": no car then.
- An opening question about "that" or "the" thing the next sentence brings in, its crowd ("..., kids?"), its "off
  to", a cry pointing at it ("There it is!") and a fronted path or view before the thing, "From the right to the
  left, a moving car": the question teases the thing, which is told once; a manner after that path, ", trotting
  along", is the path's move.
- A move named as a noun, "making a mad dash from ... over to ...": that move.
- The listeners bid greet a thing, "Wave to the cat!", "Shall we wave to the bird?": no goal of a move.
- "appear throughout", "show up the whole time": there the whole clip.
- A space the things share, "sharing the spotlight", "sharing the roadway": no thing.
- A radio sign-off closing the prompt, "Come back.", "Come back now, over.": no return.

Each layout is checked by LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition, ways_of

LOWER_LEFT_RIGHT_UPPER_RIGHT = ("lower left", "lower right", "upper right")


@pytest.mark.parametrize("prompt, query, count", [
    ("Four walking dogs, my ducks, in the clip from start to finish and nothing else.", "dog", 4),
    ("One flying bird, my beauties, there from start to finish. Nothing else.", "bird", 1),
    ("Three lively cats, good people, from the first frame to the last, and nothing else.", "cat", 3),
    ("A walking dog! Only one, my darlings, and it is there from start to finish. Nothing else.", "dog", 1),
])
def test_the_listeners_named_fondly_are_never_drawn(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Out in the yard, my chickens, three of them, peck at grain.", "chicken", 3),
    ("In the pond, my ducks, two of them, swim from left to right.", "duck", 2),
    ("Behind the barn, my lambs, four of them, graze quietly.", "lamb", 4),
])
def test_the_speakers_own_animals_with_a_count_of_their_own_are_drawn(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Two moving cars, the whole clip through. Anything more in the clip? Oh no, there isn't!", "car", 2),
    ("Are there any other things? No there aren't! Just four walking dogs from start to finish.", "dog", 4),
    ("One moving ball from start to finish. Is there anything else? No, there is not.", "ball", 1),
    ("Three flying birds from start to finish, and not a thing besides. Oh no there's not!", "bird", 3),
])
def test_a_retort_denying_more_things_fences_the_count(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Are the two birds flying? Yes they are! Two birds fly from left to right.", "bird", 2),
    ("Are the two dogs running? No they aren't! Two dogs sit on the right.", "dog", 2),
    ("Does the dog move? No it doesn't! A dog sits on the left the whole time.", "dog", 1),
    ("Is the ball rolling? Yes it is! A ball rolls from left to right.", "ball", 1),
])
def test_a_question_on_a_thing_told_in_its_own_statement_adds_none(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_denied_move_draws_no_moving_thing():
    assert ways_of("Are the two dogs running? No they aren't! A dog sits on the right.") == {"dog": ""}


def test_a_retort_that_a_thing_goes_nowhere_keeps_it_still():
    prompt = ("Is the tree going anywhere? No it isn't! The tree stays still while a dog walks from the right of the "
              "tree to the left of the tree.")
    assert lvd.two_object_motion("dog", "tree", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("Is there a dog? Not in the first half there isn't! In the second half a walking dog appears.", "dog", True),
    ("Is there a ball in the second half? Oh no there isn't! A moving ball is there in the first half only.", "ball",
     False),
])
def test_a_retort_for_a_time_denies_the_thing_then(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("In the first half, not a car on the road. In the second half, a moving car arrives.", "car"),
    ("In the first half, not a dog in the park. In the second half, a walking dog comes along.", "dog"),
    ("In the first half, not a ball. In the second half, a moving ball rolls in.", "ball"),
    ("First half, old pal, not a cat on the fence. Second half, a lively cat turns up and stays.", "cat"),
])
def test_a_verbless_denial_after_a_time_is_no_thing_then(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("Early on, not a bird in the sky. In the second half, a bird flies from left to right.", "bird"),
    ("Initially, not a dog on the lawn. Then a dog walks in from the left.", "dog"),
    ("Until the midpoint, not a ball on the floor. Then a ball rolls in from the left.", "ball"),
    ("Not a bird in the sky at first. Later a bird flies in from the left.", "bird"),
])
def test_a_verbless_denial_with_any_word_of_time_is_no_thing_then(prompt, query):
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Where's that cat going? From the right side of the frame to the left side, a lively cat.", "cat", True),
    ("Which way is the car heading? From the right to the left, a moving car, driving along.", "car", True),
    ("Where is the ball off to? A moving ball rolls from the left side to the right side.", "ball", False),
])
def test_an_opening_question_on_the_thing_told_next_is_no_second_thing(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_an_opening_question_before_a_view_and_a_route_is_no_second_thing():
    prompt = ("What's that dog up to? Seen from above, a walking dog walks from the lower left corner to the lower "
              "right corner, then to the upper right corner.")
    assert lvd.sequential("dog", LOWER_LEFT_RIGHT_UPPER_RIGHT, planned_condition(prompt))


def test_a_question_to_the_crowd_and_a_cry_pointing_at_the_thing_name_it_once():
    prompt = "Where's the cat, kids? There it is! One lively cat, start to finish, nothing else."
    assert lvd.numeracy("cat", 1, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query", [
    ("From the right to the left, a walking dog, trotting along.", "dog"),
    ("From the right to the left, a flying bird, flapping along happily.", "bird"),
])
def test_a_manner_after_a_fronted_path_is_that_paths_move(prompt, query):
    assert lvd.one_object_motion(query, True, planned_condition(prompt))


def test_a_manner_after_a_second_thing_is_that_things_own_move():
    assert ways_of("A ball rolls from left to right, a dog, chasing along.") == {"ball": "right", "dog": "right"}


@pytest.mark.parametrize("prompt, query", [
    ("A flying bird making a swift flight from the right side over to the left side.", "bird"),
    ("A lively cat making a mad dash from the right side over to the left side.", "cat"),
    ("A moving car making a journey from the right to the left.", "car"),
])
def test_a_move_named_as_a_noun_is_that_move(prompt, query):
    assert lvd.one_object_motion(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, place", [
    ("A boy takes a roll from the basket on the table.", "basket"),
    ("A baker makes a roll from the dough on the counter.", "dough"),
])
def test_a_bread_roll_taken_from_a_place_is_no_move(prompt, place):
    assert place in names(prompt)


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("The box stays still, and a cat runs from the left of the box to the right of the box. Wave to the cat!",
     "cat", "box", False),
    ("The car stays still while a dog walks from the right of the car to the left of the car. Wave to the dog, "
     "everybody!", "dog", "car", True),
    ("The tree stays still and a bird flies from the right of the tree to the left of the tree. Shall we wave to the "
     "bird?", "bird", "tree", True),
])
def test_the_listeners_bid_greet_a_thing_give_it_no_goal(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Three flying birds appear throughout the clip. No other objects.", "bird", 3),
    ("One moving car shows up throughout, from the first frame to the last. Nothing else.", "car", 1),
    ("Two moving balls appear throughout. Nothing else is in the clip.", "ball", 2),
    ("Four walking dogs turn up the whole time, and nothing else.", "dog", 4),
])
def test_appearing_throughout_is_there_the_whole_clip(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Two flying birds sharing the spotlight, in view from start to finish. Nothing else in the clip.", "bird", 2),
    ("Two moving cars sharing the roadway, in view from start to finish. Nothing else.", "car", 2),
])
def test_a_shared_space_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, shared", [
    ("Three dogs share a bowl, eating on the right.", "bowl"),
    ("Two kids share an umbrella, walking from left to right.", "umbrella"),
    ("Two girls share a blanket, sitting on the left.", "blanket"),
])
def test_a_shared_thing_that_is_no_space_is_drawn(prompt, shared):
    assert shared in names(prompt)


@pytest.mark.parametrize("prompt, query", [
    ("A moving car in the first half; in the second half the car is gone. Come back.", "car"),
    ("A flying bird in the first half, then it leaves. Come back now, over.", "bird"),
    ("A lively cat is there in the first half and gone in the second. Come back, good buddy.", "cat"),
])
def test_a_radio_sign_off_brings_nothing_back(prompt, query):
    assert lvd.visibility(query, False, planned_condition(prompt))
