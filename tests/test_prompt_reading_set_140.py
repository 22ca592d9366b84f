"""A Gherkin feature file, a waiter's specials and the like, read in other words.

A feature file tells its clip in steps, one a line ("Given ...", "When ...", "Then ...", "And ..."), under titles
("Feature:", "Scenario:") that name the test: each step is a sentence, and a title the steps restate is no thing.
One who has readied what the clip shows, "the chef has prepared a ...", presents it and is not in it, and a dish
"served" to the diners is shown, never thrown: "served with" a thing is along with it (a ball served in sport flies,
and one who readied a thing and whom a later "he" or "she" names acting is in the clip). What is saved "for later" is
the speaker's order, no time in the clip.
"""

import pytest

from tests.helpers.planned import PLANNER, centres, moves_drawn, route_corners, seen_in


# ------------------------------------------------------------ 1. a feature file's steps are sentences, its titles no things
@pytest.mark.parametrize("prompt, drawn", [
    ("Feature: a quiet pond\n  Scenario: counting ducks\n    Given the footage runs from beginning to end\n"
     "    Then I count three swimming ducks\n    And I count nothing else", {"duck": ["right", "right", "right"]}),
    ("Scenario: two grazing horses, all clip long\nGiven the clip opens\nThen two horses are in view\n"
     "And they stay in view until the clip closes", {"horse": ["", ""]}),
    ("Feature: goat\n  Scenario: one goat for the whole clip\n    Given the clip from start to finish\n"
     "    Then one goat is visible\n    But nothing else is visible", {"goat": [""]}),
    ("Scenario: horse gallops leftward\n  Given a horse on the right side of the frame\n  When the clip runs\n"
     "  Then it ends on the left side of the frame", {"horse": ["left"]}),
    ("Scenario: duck swims past boat\nGiven a boat that does not move\n"
     "When a duck swims from the left of the boat to the right of the boat\nThen the boat is still where it was",
     {"boat": [""], "duck": ["right"]}),
])
def test_feature_file_steps_are_sentences_and_titles_no_things(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, seen", [
    ("Scenario: kite shows up late\nGiven the first half of the clip has no kite\nWhen the second half begins\n"
     "Then a kite appears\nAnd the kite stays until the end", (False, True)),
    ("Feature: truck drives off\n  Scenario: truck in the first half only\n    Given a truck in the first half of the "
     "clip\n    When the second half starts\n    Then there is no truck", (True, False)),
])
def test_a_feature_files_halves_are_its_steps(prompt, seen):
    assert seen_in(prompt) == seen


def test_a_scenario_titled_from_overhead_is_seen_from_above():
    prompt = ("Feature: goat route\n  Scenario: filmed from overhead\n    Given a goat in the upper left corner\n"
              "    When it trots to the upper right corner\n    Then it trots to the lower right corner")
    assert route_corners(prompt) == (["goat"], ("upper left", "upper right", "lower right"))
    assert PLANNER.plan(prompt).layout.view == "top-down"


# ------------------------------------------------------------ 2. what only a title names, and titles in prose, are kept
@pytest.mark.parametrize("prompt, drawn", [
    # a title's thing that no step names is in the clip
    ("Scenario: a cat and a horse\n  Given a horse on the left side of the frame\n"
     "  Then it gallops to the right side of the frame", {"cat": [""], "horse": ["right"]}),
    ("Scenario: a red kite\n  Given the clip starts\n  Then it flies to the left", {"red kite": ["left"]}),
    # no steps: a label over prose, read as it is
    ("Scenario: two dogs run to the left.", {"dog": ["left", "left"]}),
    ("A cat sits on the left.\nThen a dog runs to the right.\nAnd the cat stays.", {"cat": [""], "dog": ["right"]}),
])
def test_what_only_a_title_names_and_titles_over_prose_stay(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 3. one who has readied what the clip shows presents it
@pytest.mark.parametrize("prompt, drawn", [
    ("Tonight the chef has prepared three ducks, swimming to the left.", {"duck": ["left", "left", "left"]}),
    ("The farmer has selected a horse that stays still, and a goat trotting from the right of the horse to the left "
     "of the horse.", {"goat": ["left"], "horse": [""]}),
    ("This morning the woman has chosen a red truck, driving from the left side of the frame to the right side.",
     {"red truck": ["right"]}),
])
def test_one_who_has_readied_the_things_presents_them(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_the_route_of_a_thing_readied_is_its_own():
    assert route_corners("Tonight the farmer has arranged a goat, seen from above, trotting from the lower left corner "
                         "to the upper left corner, then to the upper right corner.") == (
        ["goat"], ("lower left", "upper left", "upper right"))


def test_what_the_readied_thing_does_after_a_comma_is_its_own():
    prompt = ("Tonight the farmer has arranged a horse, though it is not there in the first half: it comes in the "
              "second half and stays to the end.")
    assert seen_in(prompt) == (False, True)  # one horse, the farmer not drawn


@pytest.mark.parametrize("prompt, drawn", [
    # readying as it happens, or readying and then acting, is a scene
    ("The chef prepares a cake while a cat sits.", {"cat": [""], "chef": [""]}),
    ("The chef has prepared a ball and now kicks it to the left.", {"ball": [""], "chef": [""]}),
    ("The girl has chosen a kite. She flies it to the right.", {"girl": [""], "kite": ["right"]}),
])
def test_one_who_readies_as_the_clip_runs_or_then_acts_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    # a he or she acting in a later comma-piece is the readier, who is in the clip
    ("The chef has prepared a sandwich, and she carries it to the right.", {"chef": ["right"], "sandwich": ["right"]}),
    ("The host has selected a box, and he pushes it to the left.", {"box": ["left"], "host": ["left"]}),
])
def test_a_readier_acting_in_a_later_clause_is_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "The chef has prepared a ball, and he walks to the right.",
    "The chef has prepared a ball, then he kicks it to the right.",
    "The chef has arranged a cake, and then she walks to the left.",
])
def test_a_readier_named_by_a_later_he_or_she_stays(prompt):
    assert "chef" in moves_drawn(prompt)


# ------------------------------------------------------------ 4. a dish served is shown, never thrown
def test_a_thing_served_as_a_dish_is_not_thrown():
    horse = centres("Tonight's horse gallops from the left side of the frame to the right side; served warm, as you "
                    "see.")["horse"]
    assert len({y for _, y in horse}) == 1 and horse[-1][0] > 0.6  # along the ground, no throw's arc
    truck = centres("A truck, though it is not served in the first half, arrives in the second half and stays.")["truck"]
    assert truck[:4] == [None] * 4 and all(0 < x < 1 for x, _ in truck[4:])


@pytest.mark.parametrize("prompt, drawn", [
    ("For the next course, a goat that stays still, served with a duck swimming from the right of the goat to the "
     "left of the goat.", {"duck": ["left"], "goat": [""]}),
    ("A goat is served in the first half of the clip only; in the second half there is no goat.", {"goat": [""]}),
])
def test_what_a_dish_is_served_with_is_along_with_it(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_route_served_chilled_keeps_its_stops():
    assert route_corners("Seen from above, a cow walks from the upper left corner to the upper right corner, then to "
                         "the lower right corner. Served chilled.") == (["cow"], ("upper left", "upper right",
                                                                                 "lower right"))


@pytest.mark.parametrize("prompt, drawn", [
    # a serve with a way or an object is a throw
    ("A player serves a ball to the left.", {"ball": ["left"], "player": [""]}),
    ("The ball is served to the right.", {"ball": ["right"]}),
    ("A ball is served hard and flies to the left.", {"ball": ["left"]}),
    ("The ball is served from the left side of the frame.", {"ball": ["right"]}),
])
def test_a_serve_with_a_way_still_throws(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, ball", [
    # what a sport serves is thrown, however briefly the serve is told
    ("The tennis ball is served quickly.", "tennis ball"),
    ("The ball is served quickly.", "ball"),
    ("A shuttlecock is served quickly.", "shuttlecock"),
    ("The volleyball was served briskly.", "volleyball"),
    ("A tennis ball, served quickly, flies to the right.", "tennis ball"),
    ("A tennis ball lies on the court. It is served quickly.", "tennis ball"),  # the serve's "it" is the ball
])
def test_a_ball_served_in_sport_flies(prompt, ball):
    drawn = [centre for centre in centres(prompt)[ball] if centre is not None]
    assert len({y for _, y in drawn}) > 1  # the serve's arc, no roll along the ground
    assert drawn[-1][0] - drawn[0][0] > 0.2


@pytest.mark.parametrize("prompt, drawn", [
    # a ball in another sentence makes no dish a throw: the sport word must share the serve's sentence
    ("A goat is served in the first half of the clip only. In the second half a ball rolls to the left.",
     {"ball": ["left"], "goat": [""]}),
    ("A player walks to the right. A goat is served in the first half of the clip only.",
     {"goat": [""], "player": ["right"]}),
    ("A cake is served quickly. A dog chases a ball to the right.", {"ball": ["right"], "cake": [""], "dog": ["right"]}),
])
def test_a_sport_word_in_another_sentence_serves_no_dish(prompt, drawn):
    assert moves_drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    # "served" told nothing more is the dish set down, in view: "a cake is." alone once named no thing
    ("A tennis ball is served to the right. A cake is served.", {"cake": [""], "tennis ball": ["right"]}),
    ("A dog runs to the right. The cake is served.", {"cake": [""], "dog": ["right"]}),
])
def test_a_dish_served_with_nothing_more_told_is_still_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


# ------------------------------------------------------------ 5. "for later" is the speaker's order, no time in the clip
@pytest.mark.parametrize("prompt", [
    "So for later, the grazing cow: no cow in the first half of the clip, then in the second half it appears.",
    "For afterwards, a duck: there is no duck in the first half, and in the second half it shows up and stays.",
])
def test_a_thing_saved_for_later_is_one_thing_with_its_own_halves(prompt):
    assert seen_in(prompt) == (False, True)


def test_a_later_arrival_is_still_late():
    assert centres("A dog runs. Later, a horse arrives.", 6)["horse"][:3] == [None] * 3
