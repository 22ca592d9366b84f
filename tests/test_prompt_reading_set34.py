"""Prompts in the voices of a held-out set (tests/helpers/blind_set_34.py), in new words.

Markdown notes (headings that name the subject, bullets, numbered lines, **bold** and `code` marks), emoji-laden
messages (pictures that are never things, arrow emoji as the path's steps) and code-switched English (another
language's openers, courtesy, "and", articles and "then" around English nouns) are read for the scene they say.
Each layout is checked with LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.code_switching import code_switching_in_english, looks_code_switched
from pipelines.lvd.markdown_notes import looks_like_markdown, notes_in_sentences
from pipelines.lvd.prompt_rewrites import rewritten_for_reading
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition

RIGHTWARD, LEFTWARD = False, True


@pytest.mark.parametrize(
    "prompt, query, count",
    [
        ("### horses\n- two of them\n- grazing quietly\n- no other animals around", "horse", 2),
        ("## ducks\n1. three of them\n2. paddling slowly\n3. nothing else on the water", "duck", 3),
        ("## kites\n- **four** of them\n- drifting in a clear sky, *nothing else* in view", "kite", 4),
        ("two horses trotting 🐎🐎 nothing else 💯 keep it real ✨", "horse", 2),
        ("Bueno, two horses galloping, realistic y calm, nada más.", "horse", 2),
        ("Vamos, three ducks swimming, bien realistic, gracias.", "duck", 3),
        ("Haan ji, one goat grazing, bas, aur kuch nahi.", "goat", 1),
        ("Alors, four kites floating, calm et realistic, merci.", "kite", 4),
    ],
)
def test_notes_messages_and_mixed_language_draw_only_the_counted_things(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, first, colour1, second, colour2",
    [
        ("## horse\n- red\n- trots beside a `blue` duck", "horse", "red", "duck", "blue"),
        ("Bitte, ein brown horse und eine white duck, danke schön.", "horse", "brown", "duck", "white"),
        ("Bon, un orange kite et un green truck, s'il vous plaît.", "kite", "orange", "truck", "green"),
        ("a red truck con a blue duck nearby", "truck", "red", "duck", "blue"),
    ],
)
def test_colours_stay_with_their_things(prompt, first, colour1, second, colour2):
    assert lvd.attribution(first, second, colour1, colour2, planned_condition(prompt)), names(prompt)


@pytest.mark.parametrize(
    "prompt, query, appears",
    [
        ("## goat\n- nowhere in the first half\n- a grazing goat wanders in for the second half", "goat", True),
        ("### horse\n1. a horse grazing in the first half\n2. none in the second half", "horse", False),
        ("a duck paddling in the first half, none in the second half", "duck", False),
        ("## horse\n- grazing for the first half\n- none after the midpoint", "horse", False),
        ("Mira, a goat grazing in the first half, y luego it disappears, vale?", "goat", False),
        ("Chalo, a goat only in the first half, phir none in the second half, bas.", "goat", False),
    ],
)
def test_a_thing_is_there_in_the_half_the_prompt_says(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt)), PLANNER.plan(prompt).layout.objects


@pytest.mark.parametrize(
    "prompt, query, leftward",
    [
        ("## truck\n- enters on the right\n- drives across to the left", "truck", LEFTWARD),
        ("# kite\n* drifts in from the left\n* exits on the right", "kite", RIGHTWARD),
        ("a truck enters on the left and drives across to the right", "truck", RIGHTWARD),
        ("a goat trotting ➡️ 🐐", "goat", RIGHTWARD),
        ("**a goat** trots in from the right and exits on the left", "goat", LEFTWARD),
        ("Vamos, a truck enters on the left y luego drives across to the right.", "truck", RIGHTWARD),
    ],
)
def test_a_crossing_goes_the_way_it_is_said(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt)), PLANNER.plan(prompt).layout.objects


@pytest.mark.parametrize(
    "prompt, mover, reference, leftward",
    [
        ("## yard\n- the horse stays still\n- a duck waddles from the horse's left to the horse's right",
         "duck", "horse", RIGHTWARD),
        ("the horse waits 😌 a duck waddles from the horse's right ⬅️ to its left", "duck", "horse", LEFTWARD),
    ],
)
def test_a_move_past_a_still_thing(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt)), PLANNER.plan(prompt).layout.objects


@pytest.mark.parametrize(
    "prompt, query, route",
    [
        ("## from above\n1. the duck starts in the upper left\n2. swims to the lower left\n3. then to the lower right",
         "duck", ("upper left", "lower left", "lower right")),
        ("top-down 🌊 a duck starts in the upper right ➡️ then the upper left ➡️ then the lower left 🦆",
         "duck", ("upper right", "upper left", "lower left")),
        ("seen from above 👀 a horse walks upper left ➡️ upper right ➡️ lower right 🐴",
         "horse", ("upper left", "upper right", "lower right")),
        ("from above 🛰️ a truck starts lower right ➡️ then lower left ➡️ then upper left 🚚",
         "truck", ("lower right", "lower left", "upper left")),
        ("Ayos, top-down view, a duck starts upper left, tapos swims to lower left, tapos to lower right.",
         "duck", ("upper left", "lower left", "lower right")),
        ("Chicos, top-down view, a goat starts at the upper right, trots to the lower right, then to the lower left.",
         "goat", ("upper right", "lower right", "lower left")),
    ],
)
def test_a_route_seen_from_above_visits_its_corners_in_order(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt)), PLANNER.plan(prompt).layout.objects


def test_a_heading_names_the_subject_of_the_lines_below_it():
    notes = "## truck\n- enters on the right\n- a red truck stops in the middle\n- leaves on the left"
    assert notes_in_sentences(notes) == "the truck enters on the right. the red truck stops in the middle. it leaves on the left."
    assert notes_in_sentences("## kites\n- three of them\n- drifting") == "three kites. they are drifting."


def test_plain_prompts_are_neither_notes_nor_mixed_language():
    plain = "a dog walks from the left to the right, then a ball rolls past the cat and the car"
    assert not looks_like_markdown(plain) and not looks_code_switched(plain)
    assert rewritten_for_reading("a dog - brown - walks left") == "a dog - brown - walks left"


def test_a_prompt_wholly_in_another_language_is_not_taken_for_mixed_english():
    assert not looks_code_switched("el perro corre en la playa y salta")
    assert looks_code_switched("oye, a dog runs on the beach y jumps")


def test_another_languages_small_words_become_english_or_go():
    assert code_switching_in_english("oye, two cats y a dog, por favor.") == "two cats and a dog."
    assert code_switching_in_english("un red car et une blue ball, merci") == "a red car and a blue ball"
