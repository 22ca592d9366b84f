"""Prompts in the voices held-out set 158 (tests/helpers/blind_set_158.py) missed, in new words.

- A press conference ("Q (Evening Post): ...? A: ..."): the reporters, their papers and the room's talk ("Next
  question.", "I'll leave it there.", "Just to clarify,") are never in the video; the spokesperson's statements are
  the clip, "it" and a statement with no thing are what the question asks after, and a question's view is the camera's.
- A TOML configuration file: a table named by a thing is that thing, a table named by a half says when its things are
  there, a move's ends may carry its verb ("flies_from"), a stillness may be a flag ("still = true"), a route may be a
  table of stops, and empty extras are nothing else.
- A puppeteer calling a pet over ("Here, kitty kitty!") before the scene tells it calls no second one.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.press_conference_voice import looks_like_press_conference, press_conference_in_plain_words
from pipelines.lvd.story_voices import story_voices_in_plain_words
from pipelines.lvd.toml_config import looks_like_toml, toml_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


# ---- press conference
def test_a_briefings_closing_words_are_no_going():
    """"I'll leave it there." is the spokesperson ending the turn, not the cats leaving."""
    prompt = ("Q: Is it correct that three walking dogs are in the clip? A: It is. Three walking dogs, start to finish, "
              "and nothing else. I'll leave it there.")
    assert lvd.numeracy("dog", 3, planned_condition(prompt))


def test_a_reporters_lead_in_is_no_count():
    prompt = "Q: Just to clarify, how many flying birds? A: Three flying birds, visible start to finish. Nothing else."
    assert lvd.numeracy("bird", 3, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("Q (Evening Post): Was there a dog early on? A: No dog in the first half. In the second half a walking dog "
     "appears and stays until the end.", "dog", True),
    ("Q (Daily Ledger): When does the ball turn up? A: Not in the first half of the clip. A moving ball appears in the "
     "second half and stays to the end.", "ball", True),
    ("Q (Star): What happens to the bird? A: A flying bird is in view in the first half of the clip. In the second half "
     "there is no bird. I won't speculate on where it went.", "bird", False),
])
def test_a_spokespersons_statements_say_the_halves(prompt, query, appears):
    """The paper's name and the room's talk are nothing; "Not in the first half." is the thing asked after."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Q (Evening Post): Which way does the dog go? A: A walking dog goes from the left side of the frame to the right "
     "side. Next question.", "dog", False),
    ("Q (Daily Ledger): What does the car do? A: A moving car drives from the right side of the frame to the left "
     "side. That's all we know.", "car", True),
])
def test_a_spokespersons_move_crosses_the_frame(prompt, query, leftward):
    """The question's "which way" and the closing are no part of the move."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_it_in_an_answer_is_the_thing_asked_after():
    prompt = ("Q (Star): Does the ball move at all? A: It stays still. A cat runs from the left of the ball to the right "
              "of the ball. Thank you, everyone.")
    assert lvd.two_object_motion("cat", "ball", False, planned_condition(prompt))


def test_it_opening_an_answer_is_the_thing_asked_after_and_it_is_a_yes():
    prompt = ("Q (Star): Is it true the bird crosses? A: It is. It flies from the right side of the frame to the left "
              "side. Next question.")
    assert lvd.one_object_motion("bird", True, planned_condition(prompt))
    assert lvd.numeracy("bird", 1, planned_condition(prompt))


def test_a_questions_view_is_the_cameras():
    prompt = ("Q (Evening Post): Viewed from above, where does the cat go? A: A cat runs from the lower left corner to "
              "the upper left corner, then to the upper right corner.")
    assert lvd.sequential("cat", BL_TL_TR, planned_condition(prompt))


def test_a_plain_quiz_and_a_court_record_are_no_briefing():
    assert not looks_like_press_conference("Q: What rolls? A: A ball. Q: Where from? A: The left.")
    assert not looks_like_press_conference("Q. What did you see?\nA. A dog.\nQ. Where?\nA. On the left.")
    assert lvd.numeracy("ball", 1, planned_condition("Q: What rolls? A: A ball. Q: Where from? A: The left."))


# ---- TOML
@pytest.mark.parametrize("prompt, query, appears", [
    ('[first_half]\ndog = "none"\n\n[second_half]\ndog = "walking dog appears"', "dog", True),
    ('[clip.first_half]\ncat = "a lively cat"\n\n[clip.second_half]\ncat = false  # gone', "cat", False),
    ('first_half = "a moving car is visible"\nsecond_half = "no car"', "car", False),
])
def test_a_half_tables_things_are_there_then(prompt, query, appears):
    """The same thing named under both halves is one thing, there in one half only."""
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, mover, reference, leftward", [
    ('[cat]\nstill = true\n\n[dog]\nwalks_from = "left of the cat"\nwalks_to = "right of the cat"', "dog", "cat", False),
    ('[car]\nstays_still = true\n\n[ball]\nrolls_from = "right of the car"\nrolls_to = "left of the car"', "ball", "car",
     True),
])
def test_a_moves_ends_may_carry_its_verb_and_stillness_a_flag(prompt, mover, reference, leftward):
    assert lvd.two_object_motion(mover, reference, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    '[bird]\ncolour = "pink"\nplacement = "beside the dog"\n\n[dog]\ncolour = "gray"',
    '[scene]\ncat = { colour = "pink" }\ndog = { colour = "gray" }\nlayout = "side by side"',
])
def test_a_table_named_by_a_thing_is_that_thing(prompt):
    first = "bird" if "[bird]" in prompt else "cat"
    assert lvd.attribution(first, "dog", "pink", "gray", planned_condition(prompt))


def test_a_table_of_stops_is_a_route():
    prompt = '[view]\nangle = "from above"\n\n[dog.path]\nstart = "lower right corner"\nmiddle = "lower left corner"\n' \
             'end = "upper left corner"'
    assert lvd.sequential("dog", BR_BL_TL, planned_condition(prompt))


def test_empty_extras_are_nothing_else():
    prompt = '[clip]\ncontents = "lively cats"\ncount = "two"\n\n[clip.extras]\n# nothing else'
    assert lvd.numeracy("cat", 2, planned_condition(prompt))


def test_prose_with_an_equals_sign_is_no_toml():
    assert not looks_like_toml("a dog = a good friend\nit runs to the left")


# ---- puppeteer
def test_a_pet_called_over_is_the_thing_told_next():
    """"Here, kitty!" calls the cat the scene then tells: one cat, not two."""
    prompt = "Here, kitty kitty! A lively cat runs from the left side of the frame to the right side! Ooh!"
    assert lvd.one_object_motion("cat", False, planned_condition(prompt))
    assert lvd.numeracy("cat", 1, planned_condition("Here, doggy! One walking dog, there the whole time!"))


def test_a_called_thing_the_scene_never_names_again_stays():
    assert lvd.numeracy("dog", 1, planned_condition("Here, doggy! It walks to the left."))


@pytest.mark.parametrize("hostile, reader", [
    ('x = "lower left corner"\n' * 90, toml_in_plain_words),
    ('[a.b]\nc = { d = "e" }\n' * 80, toml_in_plain_words),
    ("here, cat cat! " * 140, story_voices_in_plain_words),
])
def test_hostile_repeats_read_quickly(hostile, reader):
    """The new readers' own share of a 2,000-character repeat of their trigger."""
    start = time.perf_counter()
    reader(hostile[:2000])
    assert time.perf_counter() - start < 0.1


@pytest.mark.parametrize("hostile", [
    "Q (Post): A (Post): " * 110,
    "Q (Post): a dog? A: b. " * 100,
    "Q (Post): is the dog there? A: No. " * 60,
])
def test_a_hostile_briefing_reads_quickly(hostile):
    """The briefing reader's own share (the planner's other readers take their time on any labelled repeat)."""
    start = time.perf_counter()
    if looks_like_press_conference(hostile[:2000]):
        press_conference_in_plain_words(hostile[:2000])
    assert time.perf_counter() - start < 0.1
