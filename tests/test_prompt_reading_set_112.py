"""Prompts in the voices of held-out set 112 (tests/helpers/blind_set_112.py), in new words.

- A call opening the prompt in a sentence of its own, said over and over to the crowd, "Come in, come in!", "Hurry
  along, hurry along!", or around the name of the thing the scene then tells, "Fly, bird, fly!", cheers the scene
  on: it adds no move, and the thing called is the one told after it.
- A path fronted before its verb and its subject, "From the left of the box to its right rolls a ball", is that
  subject's path: the thing the path is measured by stays where it is.
- A thing of the scene spoken to, "Hello, bird!", "Little dog,", and told again is the "you" of the sentence after
  it, "You fly from ..."; a cry ("Oh boy!", "Holy cow!", "Rats!") or a name the scene never tells again is no thing.
- A sentence of its own bidding the listener handle a reading or playing prop of theirs, "Flip the card!", "Turn the
  sheet:", is an aside: no thing, and no move for the thing told before it; a thing the rest points back at ("Throw
  the stick! A dog runs after it.") or no such prop ("Draw the mailbox.") is the scene's.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import pytest

from pipelines.lvd.addresses_and_closings import listeners_asides_dropped
from pipelines.lvd.scene_asides import scene_asides_dropped
from pipelines.lvd.things_spoken_to import you_as_the_thing_spoken_to
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition, seen_in


@pytest.mark.parametrize("prompt, name, route", [
    ("Come in, come in! Watched from overhead, a truck drives from the lower left corner to the lower right corner, "
     "then on to the upper right corner.", "truck", ("lower left", "lower right", "upper right")),
    ("Hurry along, hurry along! In a top-down view, a dog trots from the lower right corner to the upper right "
     "corner and then to the upper left corner.", "dog", ("lower right", "upper right", "upper left")),
    ("Run, run, run! Viewed from above, a horse gallops from the lower left corner to the upper left corner, and "
     "after that to the upper right corner.", "horse", ("lower left", "upper left", "upper right")),
    ("Fly, little bird, fly! From overhead, the bird flies from the lower right corner to the lower left corner, "
     "then to the upper left corner.", "bird", ("lower right", "lower left", "upper left")),
    ("Go, little car, go! Top-down view: a car drives from the lower left corner to the upper left corner, then to "
     "the upper right corner.", "car", ("lower left", "upper left", "upper right")),
])
def test_an_opening_call_adds_no_move_to_the_route_told_after_it(prompt, name, route):
    assert names(prompt) == [name]
    assert lvd.sequential(name, route, planned_condition(prompt))


@pytest.mark.parametrize("text", [
    "left, left, left! a dog runs to the left.",  # a side said over and over is where it goes
    "roll, ball, roll!",  # the call is the whole scene
    "go, dog, go! a cat walks to the left.",  # the dog called is told nowhere else: it stays
    "two cats, two cats! they sit.",  # a count said twice names the things
])
def test_a_call_naming_a_place_a_count_or_the_only_mention_of_its_thing_stays(text):
    assert scene_asides_dropped(text) == text


@pytest.mark.parametrize("prompt, mover", [
    ("Roll, ball, roll! A cat watches the ball from the right.", "ball"),  # the call is the only move told
    ("Run, run, run! A dog on the right.", "dog"),
    ("Run, dog, run! A cat sits on the left and the dog is on the right.", "dog"),
    ("Drive, drive! A truck on the left side.", "truck"),
])
def test_a_call_whose_verb_is_the_only_move_told_keeps_that_move(prompt, mover):
    xs = [centre[0] for centre in centres(prompt)[mover]]
    assert abs(xs[-1] - xs[0]) > 0.2, xs


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("From the left of the box to the right of the box rolls a ball, and the box stays put.", "ball", "box", False),
    ("From the right of the tree to the left of the tree trots a horse; the tree does not move.",
     "horse", "tree", True),
    ("Look! From the left of the chair to the right of the chair scurries the cat, while the chair stays still.",
     "cat", "chair", False),
    ("From the right of the car to the left of the car flies a bird. The car stays where it is.", "bird", "car", True),
])
def test_a_path_fronted_before_its_verb_and_subject_is_that_subjects(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ("Hi there, little dog! You run from the left of the ball to the right of the ball. The ball stays still, and the "
     "dog barks.", "dog", "ball", False),
    ("Horse, you gallop from the right of the tree to the left of the tree while the tree stays put. Good horse!",
     "horse", "tree", True),
    ("Oh, birds! You fly from the right of the car to the left of the car, and the car stays where it is. The birds "
     "are happy.", "bird", "car", True),
])
def test_a_thing_spoken_to_and_told_again_is_the_you_said_after_it(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("Oh boy! You run to the left while a car drives to the right.", ["car"]),
    ("Holy cow! You run to the left while a dog chases a ball to the right.", ["ball", "dog"]),
    ("Rats! You run to the left while a car drives to the right.", ["car"]),
    ("Silly goose, you run to the left while a cat sits on the right.", ["cat"]),
    ("First person, you walk to the left past a sitting dog.", ["dog"]),
    ("Hello, duck! You swim to the left while a boat floats on the right.", ["boat"]),  # called once, not told again
])
def test_a_cry_or_a_call_the_scene_never_tells_again_is_no_thing(prompt, drawn):
    assert names(prompt) == drawn


def test_a_thing_spoken_to_is_the_you_of_the_next_sentence_only():
    text = "hello, dog! you run to the right. the dog is fast. then you sit down."
    assert you_as_the_thing_spoken_to(text) == "dog! it run to the right. the dog is fast. then you sit down."


def test_a_listener_spoken_to_who_only_watches_is_no_mover():
    assert names("Hey kids! You will see a ball roll from the left to the right.") == ["ball"]


@pytest.mark.parametrize("prompt, name, route", [
    ("Viewed from overhead, a dog trots from the lower right corner to the upper right corner. Flip the card! Now he "
     "trots to the upper left corner.", "dog", ("lower right", "upper right", "upper left")),
    ("From above, a car drives from the lower left corner to the lower right corner. Close the folder: then she drives "
     "to the upper right corner.", "car", ("lower left", "lower right", "upper right")),
])
def test_a_bidding_on_the_listeners_own_thing_adds_no_thing_and_no_move(prompt, name, route):
    assert names(prompt) == [name]
    assert lvd.sequential(name, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "No cat yet. Turn the sheet! In the second half a cat appears, and it stays until the end.",
    "No dog so far. That is the first half. Flip the page. Then, in the second half, a dog shows up and stays.",
])
def test_a_bidding_between_an_absence_and_an_appearing_leaves_the_thing_absent_first(prompt):
    assert seen_in(prompt) == (False, True)


@pytest.mark.parametrize("text", [
    "kick the ball. it rolls to the left.",  # a thing of the scene's kind
    "open the gate. a dog runs through the gate.",  # the scene names it again
    "a rabbit sits. flip the card: it hops.",  # a pronoun right after may be it
    "a dog sits. wags the tail.",  # an -s verb: the subject left out
])
def test_a_bidding_on_a_thing_the_scene_may_hold_stays(text):
    assert listeners_asides_dropped(text) == text


@pytest.mark.parametrize("prompt, thing", [
    ("Throw the stick! A dog runs after it to the right.", "stick"),
    ("Toss the frisbee: a dog chases it to the left.", "frisbee"),
    ("Draw the mailbox. A dog sits to the right of it.", "mailbox"),
    ("Kick the pinecone! A squirrel hops next to it on the left.", "pinecone"),
])
def test_a_bidding_on_a_thing_pointed_back_at_or_no_reading_prop_keeps_its_thing(prompt, thing):
    assert thing in names(prompt)


@pytest.mark.parametrize("prompt, name", [
    ("No ball yet. Please turn the page. In the second half a ball appears.", "ball"),
    ("No car anymore. Please turn the page. In the second half a car appears.", "car"),
    ("No kite today. Hop along! In the second half a kite appears.", "kite"),
    ("No fox yet. Turn the page, kids! Then, in the second half, a fox appears.", "fox"),
])
def test_a_time_word_after_an_absent_thing_is_no_part_of_its_name(prompt, name):
    assert names(prompt) == [name]
