"""Ordinary prompts the session-36 voice readers (slide deck, restated moves, moves summed up, Pidgin) misread, each
beside the voice's own case that must keep reading as before.

- A list of things each at its place under a title is where each thing is, never one route of the first thing; a
  title telling a count, a colour or a scene stays a sentence though the bullets name its thing again.
- Ends said again, or a passing, are the crossing told again only when they are of the crossing's mover (and, for a
  passing, a move past the thing crossed); another thing's ends, a new thing passed or a stay by something stay.
- A closing "This is a park." or "This is her daily nap." is a scene or a rest, no move summed up.
- An "O" after an article is the letter, and "stay for the first half" English: no Pidgin.

Each layout is checked by LVD's own predicates.
"""

import pytest

from pipelines.lvd.move_phrasings import acts_named_again_dropped
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.pidgin_voice import looks_like_pidgin
from pipelines.lvd.restated_moves import restated_moves_dropped
from pipelines.lvd.slide_deck_voice import deck_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES
PLANNER = PhysicsPlanner()


def _still(query: str, condition) -> bool:
    return not lvd.one_object_motion(query, True, condition) and not lvd.one_object_motion(query, False, condition)


# ---- slide deck
@pytest.mark.parametrize("prompt, first, second", [
    ("Frame\n• A bird in the upper left corner\n• A ball in the lower right corner", "bird", "ball"),
    ("Cast\n• A car: lower left corner\n• A boy: upper right corner", "car", "boy"),
    ("Street at dusk\n• a bus on the left\n• a car on the right\n• both stay still", "bus", "car"),
])
def test_bullets_placing_different_things_are_placements(prompt, first, second):
    """Each bullet puts its own thing at its place: both are drawn, and neither goes the other's way."""
    assert names(prompt) == sorted((first, second))
    condition = planned_condition(prompt)
    assert _still(first, condition) and _still(second, condition)


def test_one_things_bullets_of_places_stay_its_route():
    """The voice's route: a thing at its first corner, then bare places, is still one route of that thing."""
    prompt = ("Patrol Plan, Seen From Above\n• Start: the cat in the lower left corner\n• Next: lower right corner\n"
              "• End: upper right corner")
    assert lvd.sequential("cat", BL_BR_TR, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("Four cats in a garden\n• the cats walk to the right\n• a dog sits", "cat", 4),
    ("Slide 2: Three balls\n• balls roll to the left\n• a cat watches", "ball", 3),
])
def test_a_title_telling_a_count_stays(prompt, query, count):
    """A title's count is said only there: it stays a sentence though the bullets name the thing again."""
    assert names(prompt).count(query) == count


def test_a_title_telling_a_scene_stays():
    """"Four cats in a garden" sets the scene."""
    prompt = "Four cats in a garden\n• the cats walk to the right\n• a dog sits"
    assert PLANNER.plan(prompt).layout.background == "garden"


def test_a_bare_label_title_still_goes():
    """"Slide: Dog Walk" is the slide's name: no second dog."""
    prompt = "Slide: Dog Walk\n• a dog walks to the right\n• nothing else in frame"
    assert "Dog Walk" not in deck_in_plain_words(prompt)
    assert lvd.numeracy("dog", 1, planned_condition(prompt))


# ---- restated moves
def test_another_things_ends_are_its_own_move():
    """The dog's ends after the ball's move are the dog's own: it is drawn, going left to right."""
    prompt = ("A ball rolls from the left to the right. The dog is on the left at the start and on the right at the "
              "end.")
    assert names(prompt) == ["ball", "dog"]
    assert lvd.one_object_motion("dog", False, planned_condition(prompt))


def test_the_movers_own_ends_are_the_move_told_again():
    """The car's own ends said again are its move: one car, going right to left once."""
    prompt = ("The car drives from the right to the left. The car is on the right at the start and on the left at the "
              "end.")
    condition = planned_condition(prompt)
    assert lvd.numeracy("car", 1, condition) and lvd.one_object_motion("car", True, condition)


@pytest.mark.parametrize("text", [
    "a cat walks from the left of the bench to the right of the bench. the cat passes the bike.",
    "a dog runs from the left of the cat to the right of the cat, then the dog drives past the house.",
    "a dog runs from the left of the cat to the right of the cat, then the dog stops by the fence.",
    "a boy runs from the left of the car to the right of the car, then the boy waits by the gate.",
])
def test_a_new_thing_passed_or_a_stay_by_it_stays(text):
    """Passing a thing other than the one crossed, or stopping by something, is no crossing told again."""
    assert restated_moves_dropped(text) == text


def test_a_new_thing_passed_is_drawn():
    prompt = "A cat walks from the left of the bench to the right of the bench. The cat passes the bike."
    assert "bike" in names(prompt)


def test_passing_the_thing_crossed_is_the_crossing_told_again():
    """"The bird flies past it." after its crossing of the tree is that crossing: the tree stays, the bird crosses."""
    prompt = "A bird flies from the right of the tree to the left of the tree. The bird flies past it."
    assert lvd.two_object_motion("bird", "tree", True, planned_condition(prompt))


# ---- moves summed up
def test_a_closing_scene_or_rest_is_no_move_summed_up():
    """"This is the park." sets the scene and "This is his usual rest." is a rest after the walk."""
    assert PLANNER.plan("A horse trots to the left. This is the park.").layout.background == "park"
    assert acts_named_again_dropped("a cat walks to the left. this is his usual rest.") == (
        "a cat walks to the left. this is his usual rest.")
    assert acts_named_again_dropped("a cat walks to the left. that is its little loop.") == "a cat walks to the left."


# ---- Pidgin
def test_an_o_after_an_article_is_no_pidgin():
    """"an X and an O" names the letter; "stay for the second half" is English."""
    prompt = "Noughts and crosses: an X and an O. The cats stay for the second half."
    assert not looks_like_pidgin(prompt.lower())
    assert names(prompt) == ["cat", "cat", "o", "x"]


def test_pidgins_closing_o_still_counts():
    """The voice's own closing "o" and "stay for" a corner still read as Pidgin."""
    assert looks_like_pidgin("oga, the cat stay for the lower left corner o. the dog no move.")
