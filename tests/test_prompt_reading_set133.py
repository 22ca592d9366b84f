"""Prompts in the voices of held-out set 133 (tests/helpers/blind_set_133.py), in new words.

- A kind named bare as a label's value, "Species: sleepy dog.", "Type: red car.", then counted in a later sentence,
  "Headcount: two sleepy dogs", is the counted things' kind, never one more of them.
- A word the tables do not know opening a sentence right before its verb of coming or going, "Patrol arrived at the
  park.", "Crew pulled out.", is that verb's subject, never drawn: its arrival is no later thing's, which is there
  from the start. The speaker's own, "We showed up at the yard.", is no thing's either.
- A way fronted from one side of a thing to the other while that thing stays put, "Movement: from the right of the cat
  to the left of the cat, while the cat stays still.", is the move of the thing named before it, never the still one's.
- Corners listed bare with "then" after the thing is named, "Red fox. Seen from above: upper right corner, then ...",
  are its route's stops, never one place.
- A denial said over and over, "Not a goat, not a goat, not a goat at first", is one absence of the thing that comes
  later, never a thing of its own.

Each layout is checked by LVD's own predicates or by its objects and their counts. (The set's own prompts are not
copied here.)
"""

import pytest

from pipelines.lvd.trailer_rhyme_and_radio_voices import trailer_rhyme_and_radio_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition, seen_in, ways_of


@pytest.mark.parametrize("prompt, thing, count", [
    ("Species: sleepy dog. Headcount: two sleepy dogs, on screen the whole time. Nothing else.", "dog", 2),
    ("Type: red car. Mood: calm. Number: four red cars.", "car", 4),
    ("Card. Kind: swimming duck. Quantity: three swimming ducks, in view throughout. Notes: nothing else.", "duck", 3),
    ("Class: horse. Temperament: gentle. Count: one horse, start to finish.", "horse", 1),
    ("Breed: tabby cat. Five tabby cats nap the whole time.", "cat", 5),
])
def test_a_bare_kind_counted_later_is_the_kind_of_the_counted_things(prompt, thing, count):
    assert lvd.numeracy(thing, count, planned_condition(prompt))
    assert len(names(prompt)) == count


@pytest.mark.parametrize("prompt, expected", [
    ("Species: sleepy dog. It naps on the left. Two cats walk past.", ["dog", "cat", "cat"]),  # never counted again
    ("Type: car. It is parked on the left. Two cars drive past it.", ["car", "car", "car"]),  # pointed back to first
    ("Breed: tabby cat. Two cats walk left.", ["cat", "cat", "cat"]),  # counted without its describing word
    ("A duck. Three ducks swim left.", ["duck", "duck", "duck", "duck"]),  # one brought in by an article
    ("No cat. Two dogs sit.", ["dog", "dog"]),
])
def test_a_kind_said_with_its_own_article_or_never_counted_stays_a_thing(prompt, expected):
    assert sorted(names(prompt)) == sorted(expected)


@pytest.mark.parametrize("prompt, mover, leftward", [
    ("Patrol arrived at the park. A horse trots from the left side of the frame to the right side. Log closed.",
     "horse", False),
    ("Inspector appeared at dawn. Noted: a red ball rolling from the right side to the left side.", "ball", True),
    ("We showed up at the yard. A goat was seen trotting from the right side of the frame to the left side.",
     "goat", True),
    ("Rangers entered the valley. A deer runs to the right the whole clip.", "deer", False),
])
def test_an_undrawn_subjects_arrival_is_no_later_things(prompt, mover, leftward):
    assert lvd.one_object_motion(mover, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, still, leftward", [
    ("Squad arrived on site. The horse stands still. A cat runs from the left of the horse to the right of the horse.",
     "cat", "horse", False),
    ("Medic showed up. The car stays still; a dog walks from the right of the car to the left of the car.",
     "dog", "car", True),
])
def test_an_undrawn_subjects_arrival_leaves_the_still_thing_there(prompt, mover, still, leftward):
    assert lvd.two_object_motion(mover, still, leftward, planned_condition(prompt))


def test_an_undrawn_subjects_arrival_leaves_a_route_whole():
    prompt = ("Team entered the yard. Seen from above: a dog walking from the lower left corner to the upper left "
              "corner, then to the upper right corner.")
    assert lvd.sequential("dog", ("lower left", "upper left", "upper right"), planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "A dog arrived on scene. It walks to the left.",  # a thing's own arrival
    "Suddenly arrived a dog. It walks to the left.",  # an adverb opens the sentence
    "Soon arrives a horse, trotting to the left.",  # the verb's thing follows it
    "Later, a duck appeared on the pond.",
])
def test_a_things_own_arrival_still_brings_it_in(prompt):
    assert seen_in(prompt) == (False, True) or centres(prompt)[names(prompt)[0]][0] is None


@pytest.mark.parametrize("prompt, thing", [
    ("Not a goat, not a goat, not a goat at first; later a goat trots in and stays. Try it twice as fast.", "goat"),
    ("Not one duck, not one duck in the first half; in the second half a duck paddles in.", "duck"),
    ("Not a single horse, not a horse in the first half, then a horse gallops in for the second half.", "horse"),
])
def test_a_denial_said_over_and_over_is_one_absence(prompt, thing):
    assert names(prompt) == [thing]
    assert lvd.visibility(thing, True, planned_condition(prompt))


def test_a_denial_said_again_leaves_the_thing_drawn_after_it():
    assert names("Not a cat, not a cat; a dog sits on the left.") == ["dog"]


@pytest.mark.parametrize("text", [
    "not a cat, not a dog in the first half; then a dog and a cat come in.",  # two kinds denied
    "not a cat, not a catapult.",
])
def test_denials_of_other_kinds_are_not_one(text):
    assert trailer_rhyme_and_radio_in_plain_words(text) == text


@pytest.mark.parametrize("prompt, mover, still, leftward", [
    ("Hero: dog. Mood: calm. Movement: from the right of the cat to the left of the cat, while the cat stays still.",
     "dog", "cat", True),
    ("Horse. Temper: fiery. Movement: from the left of the car to the right of the car, while the car stays parked.",
     "horse", "car", False),
    ("A dog. Mood: calm. Path: from the right of the tree to the left of the tree, while the tree stays put.",
     "dog", "tree", True),
])
def test_a_way_by_a_still_things_sides_is_the_move_of_the_thing_before_it(prompt, mover, still, leftward):
    assert lvd.two_object_motion(mover, still, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover", [
    ("From the left of the ball to the right of the ball, a cat runs.", "cat"),  # the mover named after
    ("A dog sits. The cat stays still; a bird flies from the left of the cat to the right of the cat.", "bird"),
])
def test_a_way_by_a_things_sides_stays_with_its_own_mover(prompt, mover):
    still = "ball" if "ball" in prompt else "cat"
    assert lvd.two_object_motion(mover, still, False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing, route", [
    ("Red fox. Temper: sly. Patrol, seen from above: upper right corner, then lower right corner, then lower left "
     "corner.", "fox", ("upper right", "lower right", "lower left")),
    ("Goat. Mood: calm. Movement, seen from above: lower left corner, then upper left corner, then upper right "
     "corner.", "goat", ("lower left", "upper left", "upper right")),
])
def test_corners_listed_with_then_after_the_thing_are_its_route(prompt, thing, route):
    assert lvd.sequential(thing, route, planned_condition(prompt))


def test_a_side_listed_bare_with_a_moment_is_still_a_place():
    found = centres("Moving ball, right side of the frame at the start, then left side at the end.", keyframes=6)
    assert found["ball"][0][0] > 0.6 and found["ball"][-1][0] < 0.4


@pytest.mark.parametrize("prompt, count", [
    ("Leader: old horse. Followers: three old horses walk left behind him.", 4),  # the leader is one more
    ("Pet: black cat. Two black cats sleep.", 3),
    ("Model: red car. Also parked here: two red cars.", 3),
    ("Hero: sleepy dog. Villain: sleepy dog. Count: two sleepy dogs.", 4),
])
def test_a_kind_named_under_a_role_label_is_one_more_of_them(prompt, count):
    assert len(names(prompt)) == count


@pytest.mark.parametrize("prompt, mover", [
    ("A dog, not a cat, not a cat, walks left.", "dog"),
    ("A horse, not a cow, not a cow, trots to the left.", "horse"),
])
def test_a_repeated_contrast_leaves_the_thing_its_move(prompt, mover):
    assert lvd.one_object_motion(mover, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, resting", [
    ("A cat. From the left of the dog to the right of the dog, while the dog stays still, a bird flies.", "cat"),
    ("A horse grazes. From the right of the barn to the left of the barn, while the barn stays put, a dog runs.",
     "horse"),
])
def test_a_fronted_way_with_its_mover_named_after_leaves_the_thing_before_still(prompt, resting):
    assert ways_of(prompt, travel=0.15).get(resting, "") == ""  # never the fronted way's mover
