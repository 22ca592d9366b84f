"""A framing sentence with a verb of its own is the writer's, not a scene thing: "The fog thins on three dogs".

A voice opens its scene with something of its own that does something: a haze that thins, a projector that whirs
to life, the speaker's attention that drifts, a dish fresh from somewhere. Read as a thing it is drawn and counted,
or it takes the moves of the thing it hands over to. The rewrite drops such a clause when its shape says so (a
definite or owned subject, one verb with its particles, handing over by "on" to a thing told of further, by "to
reveal", a colon or ", and there are") and a fronted phrase ("Hot from the forge,") holding no count, colour, side or
time; a verb right after a watched thing ("I see a dog go") is that thing's. The guards keep real things: one a verb
puts on another, one that falls, rises or spills in the scene, one with an act of its own, a place a fall starts
from, the speaker's own pet.

The prompts are phrased for this rule in voices no held-out set uses; each is checked by LVD's own predicates.
"""

import pytest

from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition

LEFTWARD, RIGHTWARD = True, False


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        # a clause handing over by "on", "over" or "to" and a counted thing
        ("The velvet drape parts on three walking dogs, in the frame the whole clip.", "dog", 3),
        ("The hologram flickers over two moving balls, in the frame from start to end.", "ball", 2),
        ("My attention drifts over to four lively cats, in the frame from start to finish.", "cat", 4),
        ("The hubbub dies down on one flying bird, alone in the frame the whole time.", "bird", 1),
        ("The orchestra hushes on four moving balls, in the frame the whole time.", "ball", 4),
        # by "to reveal", "revealing" or a colon
        ("The murk peels away to reveal two walking dogs, in the frame the whole time.", "dog", 2),
        ("The projector whirs to life: three moving cars, in the frame the whole clip.", "car", 3),
        ("Your screen glows: two walking dogs in the frame the whole time.", "dog", 2),  # the picture's, not a change
        ("The ripples settle slowly, revealing two lively cats in the frame from start to end.", "cat", 2),
        # a fronted phrase of where the scene comes from
        ("Warm from the kiln, three lively cats in the frame the whole clip.", "cat", 3),
        ("Coming to you fresh from the harbour: three moving balls, in the frame the whole clip.", "ball", 3),
        ("Straight off the griddle, friends, one lively cat in the frame from start to end.", "cat", 1),
    ],
)
def test_a_framing_clause_is_not_counted(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("The shutter lifts to reveal a walking dog going from the right side of the frame to the left side.", "dog", LEFTWARD),
        ("The fog thins on a flying bird, which flies from the right side of the frame to the left side.", "bird", LEFTWARD),
        # the speaker's
        ("We cut to a moving ball, which rolls from the left side of the frame to the right side.", "ball", RIGHTWARD),
        # a known thing hands over by its particle: "creaks open on", where "the lamp glows on a table" is a place
        ("The gate creaks open on a moving car that drives from the left side of the frame to the right side.", "car", RIGHTWARD),
        # a verb right after a watched thing is its move, not half of its name
        ("Let a moving car carry your eyes from the right side of the frame to the left side.", "car", LEFTWARD),
    ],
)
def test_the_thing_handed_over_to_keeps_its_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize("prompt", ["From the balcony I see a moving ball go from the left side of the frame to the right side.",
                                    "We watch a moving ball go from the lower left corner to the upper right corner."])
def test_a_verb_after_a_watched_thing_is_not_half_its_name(prompt):
    assert names(prompt) == ["ball"]


def test_colours_and_relations_survive_the_frame():
    assert lvd.attribution("car", "dog", "red", "blue", planned_condition(
        "The fog thins on a red car and a blue dog, side by side the whole clip."))
    assert lvd.two_object_motion("dog", "ball", RIGHTWARD, planned_condition(
        "The murmur dies down on a walking dog going from the left of a moving ball to its right; the ball stays still."))


@pytest.mark.parametrize(
    "prompt, kept",
    [
        ("A dog sits on a book.", "book"),  # a verb that puts one thing on another
        ("The vase falls on a cat.", "vase"),
        ("The box tips over on a cat.", "box"),
        ("The sun rises over two cars.", "sun"),  # a known thing's move
        ("A curtain falls.", "curtain"),
        ("The bottle breaks, and two cats run to the right side.", "bottle"),  # a change in the scene
        ("Straight off the shelf, a book falls to the floor.", "shelf"),  # where a fall starts
        ("My dog sits on the rug, and a ball rolls past.", "dog"),  # the speaker's own pet
        ("The lamp glows on a table, and a cat sleeps.", "lamp"),  # a known thing by a place
        ("The gramophone plays, and two cats dance.", "gramophone"),  # an act of its own, then the next one
        ("The wave crashes on a boat.", "wave"),  # where the subject goes, a thing the prompt tells no more of
        ("The liquid spills over a table.", "liquid"),
    ],
)
def test_real_things_stay(prompt, kept):
    assert any(kept in name for name in names(prompt)), names(prompt)


def test_a_fronted_view_or_place_stays_the_scenes():
    route = ("lower left", "lower right", "upper right")
    condition = planned_condition("Seen from overhead, a walking dog goes from the lower left corner to the lower right corner, "
                                  "then to the upper right corner.")
    assert lvd.sequential("dog", route, condition)
    assert lvd.two_object_motion("cat", "box", RIGHTWARD, planned_condition(
        "Away from the window, a cat walks from the left of a box to its right; the box stays still."))


def test_a_watchers_place_is_not_an_aside():
    """"Viewed from the ceiling," says where the scene is watched from and "Hidden from view," when a thing is seen (both
    read later); "Warm from the kiln," says neither."""
    assert "from the ceiling" in rewritten_for_reading("Viewed from the ceiling, a walking dog goes from the left side to the "
                                                       "right side.")
    assert "kiln" not in rewritten_for_reading("Warm from the kiln, three lively cats in the frame the whole clip.")
    assert "hidden from view" in rewritten_for_reading("Hidden from view, a cat waits; in the second half it steps out.")
