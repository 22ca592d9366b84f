"""Prompts in the voices of held-out set 135 (tests/helpers/blind_set_135.py), in new words.

- A record's heading naming its topic, "Item: the truck and the tree.", "Agenda item: the horse's gait.", "Item: the
  rabbit's path, seen from above.", "Item: cows.", whose things the record names again introduces them once; an aside
  after its comma ("seen from above") is still said, and an impersonal "it was decided that ..." after it is no
  pronoun for the thing. A title whose things are not named again, or a thing owned in it, is still drawn.
- A creature's body named bare in a fragment of its own after it, "Big round eyes, all through the clip.", "tiny
  fins...", is the creature's, no thing of its own; a thing named in such a fragment is still drawn.
- The speaker's fellows addressed, "My fellow students,", are the audience, never things ("a fellow walks a dog" keeps
  him); the listener told "you will see a horse run from A to B, then to C" sees it run once ("runs", never "runses").

Each layout is checked by LVD's own predicates or by its objects' centres. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition


def centres_by_kind(prompt):
    """Each name's centre path (the last object of each name), so a still creature and its moving parts show apart."""
    return {o.name: [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in o.boxes if b is not None]
            for o in PLANNER.plan(prompt, num_keyframes=8).layout.objects}


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Item: the horse's gait. Noted: a horse trots from the right side of the frame to the left side.", "horse", True),
    ("Agenda item: the truck's heading. Logged: a red truck drives from the left side of the frame to the right side.",
     "truck", False),
])
def test_a_topic_heading_of_a_thing_named_again_adds_no_second_thing(prompt, query, leftward):
    assert len(names(prompt)) == 1
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_heading_listing_two_things_named_again_adds_neither():
    prompt = ("Item: the truck and the tree. Logged: the tree stays still while a truck drives from the left of the "
              "tree to the right of the tree.")
    assert sorted(names(prompt)) == ["tree", "truck"]
    assert lvd.two_object_motion("truck", "tree", False, planned_condition(prompt))


def test_a_topic_headings_aside_is_still_said():
    prompt = ("Item: the rabbit's path, seen from above. A rabbit hops from the lower right corner to the upper right "
              "corner, then to the upper left corner.")
    assert names(prompt) == ["rabbit"]
    assert lvd.sequential("rabbit", ("lower right", "upper right", "upper left"), planned_condition(prompt))


@pytest.mark.parametrize("prompt, expected", [
    ("Agenda item: the duck. It was decided on one swimming duck, there the whole clip.", ["duck"]),
    ("Item: kites. Agreed: three kites hang in the sky from start to finish.", ["kite", "kite", "kite"]),
])
def test_a_heading_counted_again_after_an_impersonal_it_is_counted_once(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("The dog and the car. Both wait by the road.", ["car", "dog"]),  # never named again: still drawn
    ("The cat's toy. A dog chews the toy.", ["cat", "dog", "toy"]),  # the cat is owned, not named again
    ("Item: the ball. It was kicked hard.", ["ball"]),  # "it" is the ball: the heading stays its only naming
])
def test_a_title_not_named_again_is_still_drawn(prompt, expected):
    assert sorted(names(prompt)) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("Three owls. Big round eyes, all through the clip.", ["owl", "owl", "owl"]),
    ("mm... a swimming fish... tiny fins... there the whole video...", ["fish"]),
    ("hush... two swimming ducks... soft feet, beginning to end...", ["duck", "duck"]),  # a time, no way gone
])
def test_a_creatures_body_named_bare_after_it_is_no_thing_of_its_own(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    ("A cat sits. Paws on a ball.", ["ball", "cat"]),  # the ball beside the paws is a thing
    ("One cat... two red balls... soft...", ["cat", "red ball", "red ball"]),
])
def test_things_in_fragments_beside_a_creature_are_still_drawn(prompt, expected):
    assert sorted(names(prompt)) == expected


@pytest.mark.parametrize("prompt, still", [
    ("A dog sits in the middle. Two wings, flying from the left to the right.", "dog"),
    ("A horse stands still. Three tails, swinging across the frame.", "horse"),
])
def test_parts_going_somewhere_on_their_own_leave_the_creature_still(prompt, still):
    """The parts' move ("..., flying from A to B") is theirs: dropping them would hand it to the creature."""
    moved = {name: abs(path[-1][0] - path[0][0]) for name, path in centres_by_kind(prompt).items()}
    assert moved[still] < 0.05 and max(moved.values()) > 0.3


@pytest.mark.parametrize("prompt, expected", [
    ("My fellow students, a red ball rolls from the left side to the right side.", ["red ball"]),
    ("Fellow hikers, look: a brown dog trots from the left side to the right side.", ["brown dog"]),
])
def test_the_speakers_fellows_addressed_are_no_things(prompt, expected):
    assert names(prompt) == expected


def test_a_fellow_in_the_scene_is_still_drawn():
    assert sorted(names("A fellow walks a dog.")) == ["dog", "fellow"]


@pytest.mark.parametrize("prompt, expected", [
    ("Fellow cats, two of them, sit still.", ["cat", "cat"]),  # animals said to be fellows are the scene's things
    ("Fellow trucks, three of them, wait in a row.", ["truck", "truck", "truck"]),
])
def test_fellows_that_are_no_people_are_still_drawn(prompt, expected):
    assert names(prompt) == expected



def test_a_route_seen_by_the_listener_keeps_its_verb_said_once():
    said = rewritten_for_reading("From above you will see a brown horse run from the upper left corner to the lower "
                                 "left corner, then to the lower right corner.")
    assert "horse runs from" in said and "runses" not in said
    passed = rewritten_for_reading("You will see a truck pass from the left side to the right side.")
    assert "truck passes from" in passed




def test_a_clause_after_a_headings_comma_keeps_its_thing():
    prompt = "Anchor: the box, which stays still. Mover: a duck, flying from the left of the box to the right of the box."
    assert "the box, which stays still" in rewritten_for_reading(prompt)  # the clause keeps what it is told of
    assert lvd.two_object_motion("duck", "box", False, planned_condition(prompt))
