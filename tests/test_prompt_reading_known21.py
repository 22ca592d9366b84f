"""Known misreadings of who and what is in the clip, each read as one member of a family of phrasings.

A person who shows things stands with them; a clip's restated thing is the thing told; a document, the speaker's
sources and the place the narrator watched from are the speaker's world; a pan may be cookware; irregular pasts
are verbs; "naught else" fences as "nothing else" does.
"""

import pytest

from pipelines.core.planning import PlannerError
from tests.helpers.planned import PLANNER


def _moves(thing) -> str:
    """"left", "right" or "" for a thing's box from its first to its last keyframe."""
    shown = [box for box in thing.boxes if box is not None]
    if shown[-1][0] < shown[0][0] - 0.2:
        return "left"
    return "right" if shown[-1][0] > shown[0][0] + 0.2 else ""


def _drawn(prompt: str) -> dict[str, list[str]]:
    """Each drawn name with the way each of its objects moves, sorted."""
    found: dict[str, list[str]] = {}
    for thing in PLANNER.plan(prompt, num_keyframes=8).layout.objects:
        found.setdefault(thing.name, []).append(_moves(thing))
    return {name: sorted(ways) for name, ways in sorted(found.items())}


def _names(prompt: str) -> list[str]:
    return sorted(thing.name for thing in PLANNER.plan(prompt).layout.objects)


# ------------------------------------------------------------ 1. a creature that shows things is there with them
@pytest.mark.parametrize("prompt, drawn", [
    ("A man shows two cats walking left.", {"cat": ["left", "left"], "man": [""]}),
    ("A woman presents three birds flying to the right.", {"bird": ["right", "right", "right"], "woman": [""]}),
    ("The girl shows two dogs running to the left.", {"dog": ["left", "left"], "girl": [""]}),
    ("A dog shows two cats walking left.", {"cat": ["left", "left"], "dog": [""]}),
    # a screen or a clip still presents them, and a person reporting them is still the speaker's source
    ("The clip shows two cats walking left.", {"cat": ["left", "left"]}),
    ("The policeman states four birds were in the frame.", {"bird": ["", "", "", ""]}),
])
def test_a_creature_showing_things_is_drawn_with_them(prompt, drawn):
    assert _drawn(prompt) == drawn


# ------------------------------------------------------------ 2. one who shows a film to others is there with them
@pytest.mark.parametrize("prompt, names", [
    ("The teacher shows the children a film.", ["child", "child", "teacher"]),
    ("A teacher shows the kids a video.", ["kid", "kid", "teacher"]),
    ("The coach shows the little girls a film.", ["coach", "little girl", "little girl"]),
    ("A man showed the boys a cartoon.", ["boy", "boy", "man"]),
    # the speaker showing it has an audience, never in the clip; a clip whose things are told is the scene
    ("After lunch I showed the children the recording: one moving ball, in view the whole time.", ["ball"]),
    ("The teacher shows the children a film: two cats walk left.", ["cat", "cat"]),
])
def test_one_who_shows_a_film_to_others_is_drawn_with_them(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ 3. the clip shows the thing told again, not a second one
@pytest.mark.parametrize("prompt, drawn", [
    ("A boy throws a ball. The clip shows one ball and nothing else.", {"ball": ["right"]}),
    ("A ball rolls left. The clip shows one ball and nothing else.", {"ball": ["left"]}),
    ("A dog chases a cat. The clip shows one cat and nothing else.", {"cat": ["right"], "dog": ["right"]}),
    ("A cat walks left. The video shows one cat.", {"cat": ["left"]}),
    ("Two dogs run right. The footage shows two dogs.", {"dog": ["right", "right"]}),
    # a count or a kind not told before is new
    ("A cat walks left. The video shows two cats.", {"cat": ["", "", "left"]}),
])
def test_a_thing_the_clip_shows_again_is_the_one_told(prompt, drawn):
    assert _drawn(prompt) == drawn


# ------------------------------------------------------------ 4. what a document comes with is its content
@pytest.mark.parametrize("prompt, names", [
    ("This listing comes with four cars.", ["car"] * 4),
    ("This offer comes with three dogs.", ["dog"] * 3),
    ("The brochure came with two cats walking left.", ["cat"] * 2),
    ("Our deal comes with a red ball.", ["red ball"]),
    # a creature that comes with others arrives with them
    ("A man comes with two dogs.", ["dog", "dog", "man"]),
])
def test_what_a_document_comes_with_is_drawn_without_it(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ 5. a pan named as a thing is cookware
@pytest.mark.parametrize("prompt, names", [
    ("The pan is hot.", ["frying pan"]),
    ("A pan on the stove.", ["frying pan", "stove"]),
    ("A cat sits next to a hot pan.", ["cat", "frying pan"]),
    ("Two pans sit on the stove.", ["frying pan", "frying pan", "stove"]),
    ("A chef carries the pan to the left.", ["chef", "frying pan"]),
])
def test_a_pan_named_as_a_thing_is_drawn(prompt, names):
    assert _names(prompt) == names


@pytest.mark.parametrize("prompt, names", [
    ("A cat walks to the right. The shot ended with a quick pan.", ["cat"]),
    ("The camera pans left across five sheep.", ["sheep"] * 5),
])
def test_the_cameras_pan_is_still_no_thing(prompt, names):
    assert _names(prompt) == names


# ------------------------------------------------------------ 6. irregular pasts are verbs
@pytest.mark.parametrize("prompt, drawn", [
    ("A ball is swept to the left.", {"ball": ["left"]}),
    ("A cat fled to the left.", {"cat": ["left"]}),
    ("A dog snuck to the right.", {"dog": ["right"]}),
    ("A cat slunk to the right.", {"cat": ["right"]}),
    ("A bird swept across the sky from left to right.", {"bird": ["right"]}),
])
def test_an_irregular_past_is_the_verb(prompt, drawn):
    assert _drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, verb", [("A ball is swept to the left.", "swept"),
                                          ("A ball was blown to the right.", "blown"),
                                          ("A ball was struck to the right.", "struck"),
                                          ("Two leaves were swept to the left.", "swept")])
def test_an_irregular_past_is_a_verb_the_tables_know(prompt, verb):
    assert not any(f"'{verb}'" in note for note in PLANNER.plan(prompt).notes)


# ------------------------------------------------------------ 7. "naught else" fences as "nothing else" does
@pytest.mark.parametrize("prompt", [
    "A man sits on a bench. The camera shows three dogs, and naught else.",
    "A man sits on a bench. The camera shows three dogs, and nought else.",
    "A man sits on a bench. The camera shows three dogs, and none else.",
    "A man sits on a bench. The camera shows three dogs, naught more.",
])
def test_naught_else_fences_the_shown_things(prompt):
    assert _names(prompt) == ["dog"] * 3


# ------------------------------------------------------------ 8. the speaker's sources, tale and vantage
@pytest.mark.parametrize("prompt, drawn", [
    ("Four cars drive left, and our sources swear by it.", {"car": ["left"] * 4}),
    ("Two cats walk left, and my neighbours attest to it.", {"cat": ["left", "left"]}),
    ("Spotted, darling: four moving cars, in view from the very start of the clip to the very end. Nothing else, "
     "and our sources swear by it.", {"car": ["", "", "", ""]}),
    ("Two cats walk left, and the tale I tell shows them.", {"cat": ["left", "left"]}),
    ("A ball rolls to the right, and the story we tell shows it.", {"ball": ["right"]}),
    ("Two dogs run left. The book I wrote shows them the whole time.", {"dog": ["left", "left"]}),
])
def test_the_speakers_sources_and_tale_are_not_drawn(prompt, drawn):
    assert _drawn(prompt) == drawn


@pytest.mark.parametrize("prompt, drawn", [
    ("Sisters, from the surface I watched a car drive from the right side of the picture to the left side.",
     {"car": ["left"]}),
    ("Sisters, from the surface I watched a car drive to the left.", {"car": ["left"]}),
    ("Friends, from the roof I watched a car drive to the left.", {"car": ["left"]}),
    ("From the bridge we saw two boats sail to the right.", {"boat": ["right", "right"]}),
    # a side the narrator names is still where the thing goes from
    ("From the left I watched a car drive to the right.", {"car": ["right"]}),
])
def test_where_the_narrator_watched_from_is_not_drawn(prompt, drawn):
    assert _drawn(prompt) == drawn


def test_a_prompt_naming_only_a_cameras_pan_still_names_nothing():
    with pytest.raises(PlannerError):
        PLANNER.plan("Missed it to a bad pan.")
