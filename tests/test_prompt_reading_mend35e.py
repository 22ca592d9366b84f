"""Ordinary prompts the briefing and TOML readers of set 158 (fix158) misread, in new words, beside their own voices.

- A quiz with a "Next question." or "Moving on." is a briefing, but its answer's "it" is the question's whole thing
  ("the blue bus", colour and all), a one-word answer to a what-question is the quiz's ("What colour? Green."), a
  yes keeps what the question said ("Does a cat chase a dog? Yes, the cat is orange."), and "moving on" inside a
  statement is no room talk.
- A TOML file whose half says a deed or a place ('first_half = "sits on a branch"'), whose thing has a key the spec
  reader does not read ('hair', 'stays = "on the right"', 'parked_side'), whose state names a second thing, or whose
  bare objects list sits beside a table's thing, is left to the readers after it; tomllib's own errors too.

Each layout is checked by LVD's own predicates or the planned names.
"""

import time

import pytest

from pipelines.lvd.press_conference_voice import looks_like_press_conference
from pipelines.lvd.toml_config import toml_as_spec, toml_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, names, planned_condition


# ---- press conference
@pytest.mark.parametrize("prompt, thing, leftward", [
    ("Q: What does the blue bus do? A: It drives from the right to the left. Next question.", "blue bus", True),
    ("Q: Where does the white dog run? A: It runs from the left to the right, past a green box. Moving on.",
     "white dog", False),
])
def test_an_answers_it_keeps_the_questions_colour(prompt, thing, leftward):
    """"It" is the question's whole noun phrase, never its bare noun."""
    assert thing in names(prompt)
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))


def test_a_one_word_colour_answer_is_the_things_colour():
    prompt = "Q: What colour is the car? A: Green. It drives from the right to the left. Next question."
    assert names(prompt) == ["green car"]
    assert lvd.one_object_motion("green car", True, planned_condition(prompt))


def test_a_yes_keeps_what_the_question_said():
    """"Yes, the cat is orange." confirms the chase the question told and adds a colour."""
    prompt = "Q: Does a cat chase a dog from right to left? A: Yes, the cat is orange. Next question."
    assert names(prompt) == ["dog", "orange cat"]
    assert lvd.one_object_motion("orange cat", True, planned_condition(prompt))


def test_a_yes_with_they_keeps_the_questions_count():
    prompt = "Q: Can you confirm three black birds sit on the left? A: Yes, they sit next to a red ball."
    assert names(prompt) == ["black bird"] * 3 + ["red ball"]


def test_a_yes_it_does_and_then_keeps_the_move():
    prompt = "Q: Does the green car drive from the left to the right? A: Yes, it does, and then it stops next to a tree. " \
             "Next question."
    assert lvd.one_object_motion("green car", False, planned_condition(prompt))


def test_moving_on_inside_a_statement_is_no_room_talk():
    prompt = "Q: What does the woman carry? A: A blue bag; she walks from right to left. Moving on to the next shot, " \
             "a cat sits still."
    assert not looks_like_press_conference(prompt)
    assert "blue bag" in names(prompt)


@pytest.mark.parametrize("prompt, thing, count", [
    ("Q (Post): Is there a dog in the clip? A: Yes. A walking dog walks from the right side of the frame to the left "
     "side.", "dog", 1),
    ("Q: What's in the clip? A: Two moving cars, start to finish. Q: Anything else? A: Nothing else. Moving on.",
     "car", 2),
])
def test_a_briefings_fresh_statement_after_a_yes_is_counted_once(prompt, thing, count):
    """The briefing voice still reads: a yes followed by a whole new statement of the thing draws it once."""
    assert looks_like_press_conference(prompt)
    assert lvd.numeracy(thing, count, planned_condition(prompt))


# ---- TOML
def test_a_halfs_deed_is_left_to_the_readers_after():
    """'first_half = "sits on a branch"' says where the bird is then, not only that it is there."""
    prompt = 'subject = "a bird"\nfirst_half = "sits on a branch"\nsecond_half = "flies away to the left"'
    assert toml_as_spec(prompt) is None
    assert centres(prompt)["bird"][0] is not None


def test_a_half_tables_move_is_kept():
    prompt = '[first_half]\ncat = "walks from right to left"\n[second_half]\ndog = "sits on the left"'
    assert toml_in_plain_words(prompt) is None
    assert lvd.one_object_motion("cat", True, planned_condition(prompt))


@pytest.mark.parametrize("prompt", [
    '[dog]\ncolour = "brown"\nstays = "on the right"',
    '[boy]\nhair = "blond"\naction = "jumps on the right"',
    '[bird]\nflies_from = "the house"\nflies_to = "the fence"',
])
def test_a_key_the_spec_reader_does_not_read_leaves_the_file(prompt):
    assert toml_as_spec(prompt) is None


def test_a_parked_side_is_no_move():
    prompt = '[bus]\ncolour = "yellow"\nparked_side = "right"'
    route = next(iter(centres(prompt).values()))
    assert route[0] == route[-1]


def test_a_bare_objects_list_beside_a_tables_thing_is_kept():
    prompt = '[scene]\nsubject = "a white dog"\n[background]\nobjects = ["house", "tree"]'
    assert {"house", "tree"} <= set(names(prompt))


def test_a_commented_state_naming_a_thing_draws_it_apart():
    prompt = 'subject = "a dog"  # the hero\naction = "sleeps on a blue bed"'
    assert "blue bed" in names(prompt) and "dog" in names(prompt)


def test_a_too_deep_array_is_planned_not_raised():
    prompt = "a = " + "[" * 500 + "]" * 500 + "\nb = true"
    assert toml_as_spec(prompt) is None
    start = time.perf_counter()
    PLANNER.plan(prompt)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("prompt, check", [
    ('[bird]\nfirst_half = false\nsecond_half = true  # a flying bird', lambda c: lvd.visibility("bird", True, c)),
    ('[first_half]\nball = "none"\n[second_half]\nball = "a rolling ball appears"',
     lambda c: lvd.visibility("ball", True, c)),
    ('[car]\nkind = "moving car"\nstart_side = "right"\nend_side = "left"',
     lambda c: lvd.one_object_motion("car", True, c)),
    ('[cat]\ncolour = "white"\nposition = "beside the dog"\n\n[dog]\ncolour = "black"',
     lambda c: lvd.attribution("cat", "dog", "white", "black", c)),
])
def test_the_toml_voice_still_reads(prompt, check):
    assert toml_in_plain_words(prompt) is not None
    assert check(planned_condition(prompt))
