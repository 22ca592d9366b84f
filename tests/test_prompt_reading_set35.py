"""Prompts in the voices of a held-out set (tests/helpers/blind_set_35.py), in new words.

Passive voice and nominalisations ("the journey of a truck ... is recorded", "its swim to ... is filmed", "the
presence of three goats is shown", "the inclusion of any further animal is prohibited"), long formal sentences
with nested relative clauses ("a horse that, starting on the right of a truck which stays parked, trots ...",
"it is wished that ...", "nothing further which could be counted") and headlines without articles ("TRUCK
CROSSES FRAME") are read for the scene they say. Each layout is checked with LVD's own predicates. (The set's
own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.nominal_voice import nominals_in_plain_words
from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

RIGHTWARD, LEFTWARD = False, True


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a noun of presence or inclusion fences in what was named, and is never a thing itself
        ("Two grazing horses are pictured; the inclusion of any further animal is prohibited.", "horse", 2),
        ("Three ducks are filmed, and the presence of anything else is excluded.", "duck", 3),
        ("Four kites are captured, while the depiction of other things is avoided altogether.", "kite", 4),
        ("The presence of three goats, and of nothing more, is recorded.", "goat", 3),
        # a noun of motion is its owner moving
        ("The travel of two ducks is recorded; the inclusion of anything further is forbidden.", "duck", 2),
        ("The gliding of three kites is captured, and no other object is seen.", "kite", 3),
        # what is said of "nothing else" in its relative clause names nothing either
        ("The film shall show two goats and shall show nothing else that one might call an object.", "goat", 2),
        ("It shall depict four horses, each grazing, and nothing further which a viewer would count.", "horse", 4),
        # how many things are wanted, said of "things" in general, is no thing of its own
        ("Since only two objects are permitted, two ducks that swim are filmed.", "duck", 2),
        ("As exactly one item is wanted, the video shows one kite drifting.", "kite", 1),
        # a noun of the nominal register left standing alone is no thing either
        ("Three vans roll past, more than a viewer could count.", "van", 3),
        ("The depiction shows two horses and their presence is calm.", "horse", 2),
    ],
)
def test_nominal_and_formal_fences_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, first, colour1, second, colour2",
    [
        ("It is wished that a green horse, together with a purple truck that stands near it, be shown.",
         "horse", "green", "truck", "purple"),
        ("It is preferred that a red duck, along with a blue kite above it, be pictured.", "duck", "red", "kite", "blue"),
    ],
)
def test_a_stipulated_clause_keeps_its_colours(prompt, first, colour1, second, colour2):
    assert lvd.attribution(first, second, colour1, colour2, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt",
    [
        "A grazing goat is introduced only in the second half, and no goat is seen in the first half.",
        "No duck is shown in the first half of the clip; a swimming duck is introduced in the second half.",
    ],
)
def test_an_introduction_after_a_said_absence_comes_late(prompt):
    query = "goat" if "goat" in prompt else "duck"
    assert lvd.visibility(query, True, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        # a headline's bare "screen", "frame", "picture" is the canvas crossed, never an object
        ("TRUCK CROSSES FRAME FROM LEFT TO RIGHT", "truck", RIGHTWARD),
        ("HORSE CROSSES PICTURE, RIGHT TO LEFT", "horse", LEFTWARD),
        # a motion noun with its owner and its showing verb
        ("The journey of a truck from the right of the frame to the left is recorded.", "truck", LEFTWARD),
        ("The horse's trot from the left to the right is filmed.", "horse", RIGHTWARD),
        ("A kite is seen at the right at first; its glide to the left is shown.", "kite", LEFTWARD),
        # an entrance, a travel that names no place, and a departure by the other side: one crossing
        ("A truck enters on the left, drives across the scene and exits on the right.", "truck", RIGHTWARD),
        ("A horse shall be filmed which, having entered on the right, gallops across the frame and leaves on the left.",
         "horse", LEFTWARD),
        ("A goat which, having set off from the right, trots across the field and exits on the left.", "goat", LEFTWARD),
    ],
)
def test_headlines_nominals_and_crossings_move_one_object(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        # the still thing named inside the mover's clause stays where it is
        ("The clip will show a horse that, starting on the right of a truck which stays parked, trots until it has "
         "reached the left of that truck.", "horse", "truck", LEFTWARD),
        ("A duck, which begins on the left of a goat that does not move, shall swim until it is on the right of the "
         "goat.", "duck", "goat", RIGHTWARD),
        ("A kite drifts from the right of a horse which remains motionless to the left of the horse.", "kite", "horse",
         LEFTWARD),
    ],
)
def test_a_reference_kept_still_in_a_relative_clause_does_not_move(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("From overhead, a goat is first seen in the upper left; its walk to the upper right and then to the lower right "
         "is shown.", "goat", ("upper left", "upper right", "lower right")),
        ("Seen from above, the path of a truck is traced from the upper right to the upper left and then on to the "
         "lower left.", "truck", ("upper right", "upper left", "lower left")),
        ("In a top-down shot, a duck is seen in the upper left at the start; its swim first to the lower left and then "
         "to the lower right is recorded.", "duck", ("upper left", "lower left", "lower right")),
        ("From overhead, a horse is seen at the upper right at first; its walk to the lower right and, after that, to "
         "the lower left is filmed.", "horse", ("upper right", "lower right", "lower left")),
        ("The clip, filmed from overhead, will show a goat that, having started in the upper right, walks first to the "
         "upper left and afterwards to the lower left.", "goat", ("upper right", "upper left", "lower left")),
        ("Seen from above, a duck which begins in the upper left swims first to the upper right and then, without "
         "pausing, to the lower right.", "duck", ("upper left", "upper right", "lower right")),
    ],
)
def test_nominal_routes_and_relative_first_stops_visit_three_corners(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "said, plain",
    [
        ("the flight of two geese is filmed.", "two geese fly."),
        ("the journey of a truck from the left to the right is recorded.", "a truck travels from the left to the right."),
        ("its roll first to the left and then to the right is depicted.", "it rolls first to the left and then to the right."),
        ("the goat's walk to the upper left, and then to the upper right, is shown.",
         "the goat walks to the upper left, and then to the upper right."),
        ("the presence of two cats, and of nothing else, is shown.", "two cats is shown."),
        ("two cats are seen, and the inclusion of anything else is avoided.", "two cats are seen."),
    ],
)
def test_nominals_are_said_with_their_subject_and_verb(said, plain):
    assert nominals_in_plain_words(said) == plain


@pytest.mark.parametrize(
    "prompt",
    [
        "The walk is shown from the left to the right.",  # nobody's walk: nothing to say it of
        "A dog goes for a walk to the park.",  # a walk that is no passive showing
        "The arrival of a duck in the second half is shown.",  # an arrival says a time, and is left to the reader
    ],
)
def test_nominals_without_an_owner_and_a_showing_are_left_alone(prompt):
    assert nominals_in_plain_words(prompt.lower()) == prompt.lower()


def test_a_bare_frame_noun_after_crosses_is_the_canvas():
    assert "moves across screen" in rewritten_for_reading("VAN CROSSES SCREEN, HEADING RIGHT")
    assert names("VAN CROSSES SCREEN, HEADING RIGHT") == ["van"]
    assert lvd.one_object_motion("van", RIGHTWARD, planned_condition("VAN CROSSES SCREEN, HEADING RIGHT"))
