"""Prompts in the voices of held-out sets 63 and 64 (tests/helpers/blind_set_63.py, blind_set_64.py), in new words.

- A thing followed by bare places, "then" or not, is its route, on one line or across verse lines ("a trotting horse,
  upper right corner, / lower right corner, // then the lower left corner"); "where it halts" after the route's last
  place is where it ends, no wait of its own.
- A one-word label opening the prompt that is spelt like a verb ("Tip:", "Drop:") is no move where its sentence has
  one of its own; a label with no sentence move of its own is still read.
- An opening sentence that is only its subject and a verb moving nothing ("The trance lifts.") is the speaker's aside:
  its noun is not drawn; a thing that moves of itself, or a later such sentence, is still drawn. What the scene is
  "written in" ("So it is written in the stars: ...") is the speaker's page, as what is read or said is.
- A stage manager's cues: "Go on a kite: ..." and "Go: a duck in ..." give the thing named the move that follows;
  "Top of show:" only starts the show; "Standby.", "Hold.", "Clear.", "Go." said alone add no thing and no move.

Each layout is checked with LVD's own predicates. (The sets' own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Straight down from the sky: / a trotting horse, lower right corner, / upper right corner, // then the upper "
         "left corner, / where it halts.", "horse", BR_TR_TL),
        ("Seen from above: / a swimming duck, lower left corner, / then lower right corner, // then the upper right "
         "corner, / where its swim ends.", "duck", BL_BR_TR),
        # on one line, with no "then" before the second place
        ("Seen from the ceiling: a rolling ball, lower right corner, lower left corner, and finally the upper left "
         "corner.", "ball", BR_BL_TL),
        ("Bird's-eye view: / a driving truck, lower left corner, / upper left corner, // at last the upper right "
         "corner, / where the truck stops.", "truck", BL_TL_TR),
    ],
)
def test_a_thing_followed_by_bare_places_takes_that_route(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("TIP: Viewed from the top, a trotting horse begins in the lower right corner, heads to the upper right corner, "
         "and ends up in the upper left corner. Ready?", "horse", BR_TR_TL),
        ("Drop: seen from overhead, a rolling ball starts in the lower left corner, rolls to the lower right corner, "
         "then to the upper right corner.", "ball", BL_BR_TR),
    ],
)
def test_an_opening_label_spelt_like_a_verb_is_no_move(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


def test_a_label_whose_sentence_has_no_move_is_still_read():
    # guard: the label is dropped only where its sentence moves of its own; here "roll" is the ball's only move
    prompt = "Roll: a ball from the left side of the frame to the right side."
    assert names(prompt) == ["ball"]
    assert lvd.one_object_motion("ball", False, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("Standby. Go on a drifting kite: from the left side of the frame to the right side. Clear.", "kite", False),
        ("Go on a trotting horse, from the right side of the frame to the left side. Hold. Clear.", "horse", True),
        ("Stand by, go on a swimming duck, from the left side of the frame to the right side.", "duck", False),
    ],
)
def test_go_on_a_thing_gives_it_the_move_that_follows(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


def test_go_on_a_mover_past_a_still_thing():
    prompt = "Top of show: the goat stays still. Go on a kite, drifting from the left of the goat to the right of the goat."
    assert lvd.two_object_motion("kite", "goat", False, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("Standby, seen from high above. Go: a trotting horse in the lower left corner, then the lower right corner, "
         "then the upper right corner.", "horse", BL_BR_TR),
        ("Viewed from overhead. Go: a swimming duck in the lower right corner, then in the lower left corner, last in "
         "the upper left corner. Hold.", "duck", BR_BL_TL),
    ],
)
def test_go_colon_hands_the_route_to_the_thing_named(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("Standby. Top of show: two grazing goats in the frame, and they stay there until the end. Nothing else. Go.",
         "goat", 2),
        ("Top of show, go: four sleepy cats in the frame. They stay put to the end of the clip. Nothing else enters.",
         "cat", 4),
    ],
)
def test_crew_calls_add_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # guards: "go on" inside a sentence, and "clear" that describes the scene, are left alone
        ("The two dogs go on running to the right.", ["dog", "dog"]),
        ("A bird flies across a clear sky.", ["bird"]),
    ],
)
def test_words_of_the_cues_in_plain_sentences_are_kept(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("The trance lifts. Three grazing goats are in the frame from start to finish, and nothing else is.", "goat", 3),
        ("The reverie deepens. Two swimming ducks, in view the whole clip, and nothing else.", "duck", 2),
    ],
)
def test_an_opening_aside_draws_nothing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, drawn",
    [
        # guards: a thing that moves of itself, and such a sentence later in the prompt, stay things of the scene
        ("The dog barks. A cat sits on the left.", ["cat", "dog"]),
        ("A cat runs to the left. The bell rings.", ["bell", "cat"]),
    ],
)
def test_a_self_moving_or_later_subject_is_no_aside(prompt, drawn):
    assert names(prompt) == drawn



@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("Thus it is written in the cup: a sleepy cat in view for the first half, and no cat in the second half.", "cat",
         False),
    ],
)
def test_what_the_scene_is_written_in_is_not_drawn(prompt, query, appears):
    assert names(prompt) == [query]
    assert lvd.visibility(query, appears, planned_condition(prompt)), names(prompt)
