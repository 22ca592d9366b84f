"""The patois and game-show readers of set 153 kept to their voices: ordinary English that shares a word with them
reads as it did before they came.

Patois is told by its own words ("inna", "nutten", "deh") and by "di" before a thing, a colour or a side ("di cat",
"di left side"); "Di" as a name ("Princess Di"), "di" in a place's name ("Ponte di Rialto") and words English shares
("nah", a "wah" pedal, a "DAT" recorder, the "Neva") never tell it, and an abbreviation or an h after "an" ("an RV",
"an hour") is no "and". A studio audience or the contestants are the listeners only when spoken to ("Studio audience,
..."); named in the scene ("..., and the contestants.") they are drawn, and "audience" or "reveal" alone makes no
commentary. Each is checked with LVD's own predicates, beside the voice's own case that must keep working.
"""

import pytest

from pipelines.lvd.commentary_voice import looks_like_commentary
from pipelines.lvd.patois_voice import looks_like_patois
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import names, planned_condition

LEFTWARD, RIGHTWARD = True, False


# ------------------------------------------------------------ 1-4. "Di" as a name
@pytest.mark.parametrize("prompt, query, leftward", [
    ("Princess Di waves from a red car as it drives from the right to the left, a crowd behind; Di smiles", "car",
     LEFTWARD),
    ("Di jogs with her dog from the left side to the right side, and Di waves at a bus", "dog", RIGHTWARD),
    ("a horse and a dog run from the left of the frame to the right, Di watches them, Di stays still", "horse",
     RIGHTWARD),
])
def test_di_as_a_name_is_no_patois(prompt, query, leftward):
    """"Princess Di waves ...; Di smiles": a woman's name, so no "the waves" and no "smile" drawn; the move is read."""
    condition = planned_condition(prompt)
    assert bench.one_object_motion(query, leftward, condition)
    assert not {"wave", "smile", "watch", "put"} & set(names(prompt))


def test_di_as_a_name_draws_no_verb():
    prompt = "Di places a green cup on a table, then Di pushes it to the left"
    assert not {"place", "put", "push"} & set(names(prompt))
    assert "green cup" in names(prompt)


# ------------------------------------------------------------ 5-7. "di" in a place's name, "an" before h or capitals
@pytest.mark.parametrize("prompt, query, leftward", [
    ("a tourist walks from the Piazza di Spagna on the left to the Fontana di Trevi on the right", "tourist", RIGHTWARD),
    ("a boat goes under the Ponte di Rialto from the right to the left while an hour passes; the Ponte di Rialto "
     "stands still", "boat", LEFTWARD),
    ("an SUV drives from the left to the right past the Castello di Amorosa in the Valle di Napa", "suv", RIGHTWARD),
])
def test_italian_place_names_are_no_patois(prompt, query, leftward):
    """"Fontana di Trevi": a name after "di", so no patois; "an hour", "an SUV" keep their "an"."""
    assert not looks_like_patois(prompt.lower(), prompt)
    assert bench.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    "a bassist steps on a wah pedal, nah, a DAT recorder sits on a desk",
    "a ship sails along the Neva river from the left to the right",
])
def test_words_english_shares_never_open_patois(prompt):
    assert not looks_like_patois(prompt.lower(), prompt)


def test_an_abbreviation_keeps_its_name():
    assert "dat recorder" in names("a guitarist steps on a wah pedal, nah, a DAT recorder sits on a desk")


# ------------------------------------------------------------ the patois voice still read
@pytest.mark.parametrize("prompt, query, leftward", [
    ("Mi a tell yuh: di goat walk from di left side a di frame to di right side, an di cat stay still. Bless up.",
     "goat", RIGHTWARD),
    ("Di box stay still, an a dog run from di right of di box to di left of di box. Seen?", "dog", LEFTWARD),
    ("Wah gwaan! A big RV drive from di left side a di frame to di right side inna an hour. Seen?", "rv", RIGHTWARD),
])
def test_patois_still_read(prompt, query, leftward):
    """"di" before a thing twice, or once with "yuh", is patois; an "RV" typed in capitals stays one."""
    assert looks_like_patois(prompt.lower(), prompt)
    assert bench.one_object_motion(query, leftward, planned_condition(prompt))


def test_patois_abbreviation_is_no_and():
    prompt = "Di pink van stay still an a DJ walk from di left of di van to di right of di van. Irie."
    assert bench.two_object_motion("dj", "van", RIGHTWARD, planned_condition(prompt))


# ------------------------------------------------------------ 8-12. the game show's people named in the scene
@pytest.mark.parametrize("prompt, named", [
    ("a quiz show set with a host, three lecterns, and the contestants.", "contestant"),
    ("a singer sings on stage, the studio audience.", "studio audience"),
])
def test_studio_people_named_in_the_scene_are_drawn(prompt, named):
    """Closing a list or a sentence with a full stop, the contestants and the audience are in the scene."""
    assert named in names(prompt)


def test_contestants_opening_a_sentence_as_a_subject_are_drawn():
    prompt = "the contestants. they walk from the right to the left one by one"
    assert names(prompt).count("contestant") >= 1


@pytest.mark.parametrize("prompt", [
    "the audience watches a ball. there it goes, into the goal on the right",
    "in front of an audience, a hare tries to out run a fox.",
    "a magician's reveal of a dove from a hat",
])
def test_audience_or_reveal_alone_is_no_commentary(prompt):
    assert not looks_like_commentary(prompt.lower())


def test_audience_watching_keeps_the_ball_moving():
    prompt = "the audience watches a ball. there it goes, into the net on the right"
    assert bench.one_object_motion("ball", RIGHTWARD, planned_condition(prompt))
    assert "net" in names(prompt)


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Studio audience, a cat walks from the right to the left! Contestants: what do you see?", "cat", LEFTWARD),
    ("Give it up, studio audience! A dog runs from the left to the right.", "dog", RIGHTWARD),
    ("The big reveal, our contestants: a bird flies from the left side of the frame to the right side!", "bird",
     RIGHTWARD),
])
def test_studio_audience_spoken_to_is_still_no_thing(prompt, query, leftward):
    """Spoken to ("Studio audience, ...", "..., studio audience!"), the listeners are never drawn."""
    assert bench.one_object_motion(query, leftward, planned_condition(prompt))
    assert not any(name.startswith(("contestant", "studio", "audience")) for name in names(prompt))
