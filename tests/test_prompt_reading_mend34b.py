"""Words of manner that also name things (mend34b).

"spirit", "reserve", "credit", "delicacy" and "restraint" are a quality a Regency narrator credits a thing with ("with
no little spirit", "with a reserve that did it credit") and also things, or words naming what kind a thing is ("a
ghostly spirit floats", "a spirit level", "a credit card", "a reserve tank", "eats a delicacy"). They are read as
manner only in a manner's frame (``manner_frames.in_manner_frame``), a thing everywhere else; words only ever of
manner ("composure", "disposition", "alacrity") stay no thing anywhere.
"""

from __future__ import annotations

import time

import pytest

from pipelines.lvd import manner_frames
from pipelines.lvd.prompt_tokens import tokenize
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition


def _drawn(prompt: str) -> list[str]:
    return [o.name for o in PLANNER.plan(prompt).layout.objects]


# ------------------------------------------------------------ a manner word that names a thing is drawn


@pytest.mark.parametrize("prompt, query, leftward", [
    ("a pale spirit drifts from right to left through an old hall", "spirit", True),
    ("The reserve striker sprints from the left to the right.", "striker", False),
    ("a credit card glides along a counter to the right", "credit card", False),
])
def test_a_manner_word_naming_a_mover_moves(prompt, query, leftward):
    """A spirit is a thing when it is a verb's subject; "reserve" and "credit" before a noun say what kind it is."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_spirit_that_appears_is_drawn_from_then():
    assert lvd.visibility("spirit", True, planned_condition("A shining spirit appears halfway through."))


def test_a_spirit_listed_with_ghosts_is_counted():
    assert lvd.numeracy("ghost", 4, planned_condition("Three ghosts and a spirit rise up from the bottom."))


def test_a_credit_card_falls():
    row = lvd._box(planned_condition("A blue credit card drops from the top to the bottom."), ["credit card"])
    assert row is not None and lvd._cy(row[0]) < lvd._cy(row[-1])


@pytest.mark.parametrize("prompt, count", [
    ("Four reserve tanks stand still on the right.", 4),
    ("three credit cards rest on a shelf", 4),
])
def test_things_named_by_a_manner_word_are_all_counted(prompt, count):
    assert lvd.numeracy("tank", count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, name", [
    ("a spirit level rests on a workbench", "spirit level"),
    ("a reserve parachute opens as a skydiver drops", "reserve parachute"),
    ("a woman tastes a delicacy on a dish", "delicacy"),
    ("A child restraint sits on the back seat.", "child restraint"),
])
def test_a_manner_word_before_or_as_a_noun_is_a_thing(prompt, name):
    assert name in _drawn(prompt)


def test_a_reserve_gone_through_is_the_place():
    assert PLANNER.plan("a deer runs through the reserve to the right").layout.background == "reserve"


# ------------------------------------------------------------ the Regency voice keeps its qualities no thing


@pytest.mark.parametrize("prompt, query, count", [
    ("Three ponies, with no little spirit, trotted from the left to the right; nothing else.", "pony", 3),
    ("A hen, with a reserve that did her credit, sat in the middle from first to last.", "hen", 1),
    ("Two swans, with such delicacy, glided from right to left; nothing else.", "swan", 2),
    ("To its credit, a goat waits in the middle the whole time.", "goat", 1),
    ("The dog, a credit to its breed, runs to the left.", "dog", 1),
    ("A kitten, without restraint, ran from the left to the right.", "kitten", 1),
    ("A lamb, with an easy reserve, went from the left to the right, and nothing else.", "lamb", 1),
    ("Two geese, with a gentle restraint, waited in the middle; nothing else.", "goose", 2),
    ("A calf walked to the left, which did him no little credit.", "calf", 1),
    ("A foal, with a spirit worthy of its dam, ran to the right.", "foal", 1),
    ("The duck had the delicacy to wait in the middle throughout.", "duck", 1),
    ("To the credit of the heifer, it ran from the left to the right.", "heifer", 1),
    ("This morning's announcements begin with three lively dogs, on screen from start to finish.", "dog", 3),
    ("A gig, conducted with the utmost decorum and no small spirit, drove from the left to the right.", "gig", 1),
    ("A hound of great spirit and no little restraint went from the right to the left.", "hound", 1),
    ("The ball, showing a restraint that did it credit, rolled from the left to the right.", "ball", 1),
])
def test_a_quality_in_a_manner_frame_is_no_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


def test_a_mover_with_spirit_still_moves():
    prompt = "The cart stood quite still, while a pony, with great spirit, went from the left of the cart to the right."
    assert lvd.two_object_motion("pony", "cart", False, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, count", [
    ("A dog of the most amiable disposition walked from the left to the right.", "dog", 1),
    ("Two cats play on the rug: the spirit of the afternoon.", "cat", 2),
])
def test_words_only_of_manner_and_ordinary_prompts_read_as_before(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))
    assert names(prompt).count(query) == count


@pytest.mark.parametrize("trigger", ["with no little spirit ", "spirit and ", "with easy great good spirit, "])
def test_a_long_repeat_of_a_manner_frame_is_read_fast(trigger):
    """The frame looks back at most a few words from each word, and one quality before a joining word: linear."""
    matches = tokenize((trigger * 2000)[:2000])
    start = time.perf_counter()
    for position in range(len(matches)):
        manner_frames.in_manner_frame(matches, position)
    assert time.perf_counter() - start < 0.1


def test_a_spirit_in_which_a_thing_moves_is_no_place():
    prompt = "The pony, in a spirit of great good humour, trotted from the left to the right."
    assert lvd.one_object_motion("pony", False, planned_condition(prompt))
    assert PLANNER.plan(prompt).layout.background != "spirit"


def test_no_want_of_a_quality_in_an_aside_keeps_the_route():
    """"no want of spirit" / "no lack of spirit": the "X of <quality>" phrase is a manner, so an aside holding it
    neither draws "want" nor cuts the route around it; a thing before "of" ("a bottle of spirit") is still drawn."""
    route = ("lower left", "upper left", "upper right")
    for aside in ("with no want of spirit", "with no lack of spirit"):
        prompt = (f"Seen from above, a dog ran from the lower left corner to the upper left corner, and then, {aside}, "
                  "to the upper right corner.")
        assert lvd.sequential("dog", route, planned_condition(prompt)), aside
    assert "bottle" in _drawn("A man holds a bottle of spirit and walks to the left.")
