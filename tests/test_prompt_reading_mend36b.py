"""Regressions a reviewer found in the BASIC program reader and the verbless crossing and step readers, each read
again as the start commit read it, with the voice each reader was written for kept working.

- A numbered list of prose whose lines open on BASIC's words ("1 Let a plane fly ...", "2 Print a second plane ...",
  "2 If possible, ...", "2 Read the poster, ...", "1 Let's see ...") is no program: only a statement of code's shape
  (a quoted print, a kept "$" string, "LET N = ...", DATA, a remark) makes one; inside a program such a line is said
  whole, never dropped nor cut to its code.
- A verbless crossing ("Right to left.") after a sentence with a mover is that mover's way, never the next sentence's
  thing's; a tree or a house never takes it.
- A verbless step ("Then to the right.") after a sentence of rest only is no step of the resting thing.
(The cost of a program growing a string line by line is in tests/security/test_prompt_reading_cost.py.)
"""

import pytest

from pipelines.lvd.basic_programs import basic_in_plain_words, looks_like_basic
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import centres, names, planned_condition

BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = lvd.SEQUENTIAL_ROUTES


def _still(prompt: str, name: str) -> bool:
    """Whether ``name`` stays where it is throughout the planned clip."""
    xs = [c[0] for c in centres(prompt)[name] if c is not None]
    return max(xs) - min(xs) < 0.02


# ---- a numbered list of prose opening on BASIC's words
@pytest.mark.parametrize("prompt", [
    "1 Let a plane fly from left to right\n2 Print a second plane below it",
    "1 Let three dogs sit on the right\n2 Print shop sign on the left",
    "1 Let a car drive from right to left\n2 If possible, show a dog sitting on the left",
    "1 Let a green ball sit in the middle\n2 If a yellow ball rolls in from the right then the green ball rolls left",
    "1 Let a cat walk to the left\n2 Read the poster, a dog sits on the right",
    "1 Let's see a cat run to the left\n2 Let's see a dog sit on the right",
])
def test_a_numbered_list_of_prose_is_no_program(prompt):
    """'Let', 'Print', 'If', 'Read' opening prose lines are no BASIC: the text is read as it is written."""
    assert not looks_like_basic(prompt)
    assert basic_in_plain_words(prompt) == prompt


def test_print_followed_by_words_keeps_its_thing():
    """'2 Print a second plane below it': a second plane, as the start commit drew."""
    assert names("1 Let a plane fly from left to right\n2 Print a second plane below it").count("plane") == 2


def test_if_without_then_keeps_its_thing():
    """'2 If possible, show a dog sitting on the left': the dog is drawn."""
    assert "dog" in names("1 Let a car drive from right to left\n2 If possible, show a dog sitting on the left")


def test_if_then_in_prose_keeps_its_condition():
    """'If a yellow ball rolls in ... then the green ball ...': the yellow ball of the condition is drawn."""
    prompt = "1 Let a green ball sit in the middle\n2 If a yellow ball rolls in from the right then the green ball rolls left"
    assert "yellow ball" in names(prompt)


def test_read_followed_by_words_keeps_its_line():
    """'2 Read the poster, a dog sits on the right': the dog is drawn."""
    assert "dog" in names("1 Let a cat walk to the left\n2 Read the poster, a dog sits on the right")


def test_lets_see_lines_keep_their_moves():
    """"1 Let's see a cat run to the left": the cat runs left, no sentence put between the lines to turn it back."""
    assert lvd.one_object_motion("cat", True, planned_condition("1 Let's see a cat run to the left\n2 Let's see a dog "
                                                               "sit on the right"))


@pytest.mark.parametrize("program, said", [
    ('10 PRINT "A BIRD FLIES FROM RIGHT TO LEFT"\n20 Print a second bird above it', "print a second bird above it"),
    ('10 REM A DOG RUNS FROM LEFT TO RIGHT\n20 If possible, show a cat on the right', "show a cat on the right"),
    ('10 REM A RED BALL SITS IN THE MIDDLE\n20 If a blue ball rolls in then the red ball rolls right', "a blue ball"),
    ('10 REM A DOG WALKS TO THE RIGHT\n20 Read the sign, a cat sits on the left\n30 READ A$, B$', "a cat sits"),
])
def test_a_line_of_prose_inside_a_program_is_said_whole(program, said):
    """Inside a real program, a PRINT, IF or READ line not of code's shape is prose and said whole."""
    assert said in basic_in_plain_words(program).lower()


@pytest.mark.parametrize("prompt, query, leftward", [
    ('10 LET A$ = "RED BIRD"\n20 PRINT A$; " FLIES FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE"\n30 END', "bird",
     False),
    ('5 REM THE CLIP\n10 N = 1\n20 IF N = 1 THEN PRINT "A CAT WALKS FROM THE RIGHT SIDE TO THE LEFT SIDE"\n30 END', "cat", True),
    ('10 READ A$\n20 PRINT "A RUNNING DOG FROM THE LEFT TO THE RIGHT"\n30 DATA 5\n40 END', "dog", False),
])
def test_a_program_of_codes_shape_still_reads(prompt, query, leftward):
    """The voice the reader was written for: kept strings printed, an IF of code's shape, READ of a variable."""
    assert looks_like_basic(prompt)
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


# ---- a verbless crossing after a sentence with a mover
@pytest.mark.parametrize("prompt, mover, leftward, still", [
    ("A plane flies across. From the right to the left. A house.", "plane", True, "house"),
    ("Seen from above, a bus drives. Right to left. A tree.", "bus", True, "tree"),
    ("A green ball rolls. Left to right. A yellow ball.", "green ball", False, "yellow ball"),
    ("A white car drives past. Right to left. A red truck.", "", True, "red truck"),
])
def test_a_verbless_crossing_after_a_mover_is_the_movers(prompt, mover, leftward, still):
    """The crossing tells the way of the thing moving before it; the thing named after it stays put."""
    assert _still(prompt, still)
    if mover:
        xs = [c[0] for c in centres(prompt)[mover] if c is not None]
        assert (xs[-1] < xs[0]) == leftward


@pytest.mark.parametrize("prompt, query, leftward", [
    ("Left side of the frame to the right side. A lively dog.", "dog", False),
    ("Which way? From the right side to the left side. It's a flying plane.", "plane", True),
    ("A tree stands in the middle. Right side of the frame to the left side. A running cat.", "cat", True),
])
def test_a_verbless_crossing_before_its_thing_still_reads(prompt, query, leftward):
    """The voice: a crossing opening the text, answering which way, or after a sentence with no mover."""
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


# ---- a verbless step after a sentence of rest
def test_a_verbless_step_after_a_resting_thing_cuts_no_move_short():
    """"A dog sleeps on the right. Then to the right.": the walking thing before still walks the whole clip."""
    prompt = "A cat walks to the left. A dog sleeps on the right. Then to the right."
    xs = [c[0] for c in centres(prompt, keyframes=6)["cat"]]
    assert xs[3] > xs[5] + 0.05  # still going at two thirds of the clip


def test_a_verbless_step_after_a_move_still_goes_on():
    """The voice: "A dog walks from A to B. Then to C." is one route."""
    prompt = "A dog walks from the lower left corner to the upper left corner. Then to the upper right corner."
    assert lvd.sequential("dog", BL_TL_TR, planned_condition(prompt))
