"""A twentieth round of plain phrasings the planner was known to misread, each as a class of wording, in new prompts.

A voice's aside about how the tale is told ("so the story goes", "so the old saying runs", "as the words of the song
say", "so the signs of the season run") names no thing: its verb belongs to the head noun of telling, never to the
"of" phrase after it. A clause opening on "not a bird" for a stretch of the clip ("Not a bird in the first half,
then ...") is the plain denial "no bird" then, and a one-word call closing the prompt after its sentences ("House?",
"Bingo!") is the caller's, never a thing.
"""

import pytest

from tests.helpers.planned import PLANNER, centres, names


def _moves_left(thing) -> bool:
    return thing.boxes[-1][0] < thing.boxes[0][0] - 0.2


# ------------------------------------------------------------ 1. voice asides, emphatic denials and closing calls
@pytest.mark.parametrize("prompt, drawn", [
    ("A dog runs to the right, and nothing else in it: so the signs of the season run.", ["dog"]),
    ("A ball rolls to the left, so the rest of the story goes.", ["ball"]),
    ("A cat walks to the right, so the story goes.", ["cat"]),
    ("A bird flies to the left, so the old saying runs.", ["bird"]),
    ("A dog sits still, as the words of the song say.", ["dog"]),
    ("So the story goes, a cat walks to the left.", ["cat"]),
    # a move of a scene thing after "so" is no aside
    ("A dog runs to the left, so the ball rolls.", ["ball", "dog"]),
])
def test_a_voice_aside_names_no_thing(prompt, drawn):
    assert names(prompt) == drawn


@pytest.mark.parametrize("prompt", [
    "Look in, eyes down: not a bird in the first half, then a flying bird appears in the second half",
    "Not a dog in the first half, then a dog runs in from the left in the second half.",
    "Not a bird in the first half; a bird flies in the second half.",
    "Not a red car during the first half, then a red car drives in.",
])
def test_not_a_thing_for_a_stretch_is_no_thing_then(prompt):
    layout = PLANNER.plan(prompt, num_keyframes=8).layout
    assert len(layout.objects) == 1, [o.name for o in layout.objects]
    shown = [box is not None for box in layout.objects[0].boxes]
    assert not any(shown[:3]) and all(shown[5:]), shown


@pytest.mark.parametrize("prompt, drawn", [
    ("A dog runs to the left. House?", ["dog"]),
    ("Two cats sit still. Bingo!", ["cat", "cat"]),
    ("A cat sits still. Car!", ["cat"]),
    ("Look in, eyes down: no bird in the first half, then a flying bird appears in the second half and stays till the "
     "end. House?", ["bird"]),
])
def test_a_closing_one_word_call_names_nothing(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 6. "not so much as" and a clause-closing "at last"
@pytest.mark.parametrize("prompt, still", [
    ("the ball did not so much as roll", "ball"),
    ("The cat never so much as twitched while a dog ran to the right.", "cat"),
    ("A red car didn't so much as budge.", "red car"),
    ("A bird doesn't so much as flap its wings.", "bird"),
])
def test_not_so_much_as_an_act_is_no_move_at_all(prompt, still):
    found = centres(prompt)
    assert len(set(found[still])) == 1, found[still]


@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A ball on the right at first and on the left at last", "ball", True),
    ("A dog is on the left at first and on the right at last.", "dog", False),
    ("A car sits on the right at first, and on the left at last.", "car", True),
])
def test_a_clause_closing_at_last_is_by_the_end(prompt, thing, leftward):
    row = centres(prompt)[thing]
    assert (row[-1][0] < 0.35 < 0.65 < row[0][0]) if leftward else (row[0][0] < 0.35 < 0.65 < row[-1][0]), row


# ------------------------------------------------------------ 5. a colour given by a verb of light or by a simile
@pytest.mark.parametrize("prompt, drawn", [
    ("a car that shone gray and a dog as orange as a sunset", ["gray car", "orange dog"]),
    ("a ball as red as a rose and a cat that glowed white", ["red ball", "white cat"]),
    ("A ball as red as a ripe tomato rolls to the left.", ["red ball"]),
    ("The dog is as white as snow.", ["white dog"]),
    ("A bird glowing yellow flies to the right.", ["yellow bird"]),
    ("Two balls that gleamed white roll to the right.", ["white ball", "white ball"]),
    ("A bird that shone yellow flies to the left, and a cat as black as coal sits.", ["black cat", "yellow bird"]),
])
def test_a_colour_said_by_a_verb_or_a_simile_is_the_things(prompt, drawn):
    assert names(prompt) == drawn


# ------------------------------------------------------------ 3. a creature that sees keeps the verb after "and"
@pytest.mark.parametrize("prompt, mover, still, leftward", [
    ("A dog sees a cat and runs to the left", "dog", "cat", True),
    ("A dog sees a ball, and runs to the left", "dog", "ball", True),
    ("A boy sees a ball and walks to the right.", "boy", "ball", False),
    ("A bird sees a cat and flies to the right.", "bird", "cat", False),
    # the thing seen keeps its own bare verb
    ("A dog sees a cat run to the left", "cat", "dog", True),
])
def test_the_verb_after_and_is_the_seers(prompt, mover, still, leftward):
    found = centres(prompt)
    assert len(set(found[still])) == 1, found[still]
    row = found[mover]
    assert (row[-1][0] < row[0][0] - 0.3) if leftward else (row[-1][0] > row[0][0] + 0.3), row


@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A dog runs to the left, no, to the right", "dog", False),
    ("A car drives to the right, no, to the left.", "car", True),
    ("A ball rolls to the left, wait, to the right.", "ball", False),
    ("A cat walks to the right, sorry, to the left.", "cat", True),
])
def test_a_goal_taken_back_by_no_is_the_goal_said_after(prompt, thing, leftward):
    row = [c[0] for c in centres(prompt)[thing]]
    steps = [b - a for a, b in zip(row, row[1:])]
    assert all(step <= 0.001 for step in steps) if leftward else all(step >= -0.001 for step in steps), row
    assert abs(row[-1] - row[0]) > 0.4, row


# ------------------------------------------------------------ 8. a bare thing after a fronted moment arrives then
@pytest.mark.parametrize("prompt, thing", [
    ("Halfway through, a flying bird, which stays to the end", "bird"),
    ("Halfway through, a cat, which stays until the end.", "cat"),
    ("At the midpoint, a dog.", "dog"),
    ("A cat sits. Halfway through, a bird, which stays to the end.", "bird"),
])
def test_a_thing_named_bare_after_a_fronted_moment_arrives_then(prompt, thing):
    shown = [c is not None for c in centres(prompt)[thing]]
    assert not any(shown[:3]) and all(shown[5:]), shown


# ------------------------------------------------------------ 9. a pass timed to leave by the end takes the clip
@pytest.mark.parametrize("prompt, thing", [
    ("A fast car runs in at the start, and by the end it has left.", "car"),
    ("A dog walks in at the start, and by the end it has left.", "dog"),
    ("A fast car drives in early on, but by the end it had gone for good.", "car"),
])
def test_a_pass_gone_by_the_end_is_seen_on_its_way(prompt, thing):
    row = centres(prompt)[thing]
    inside = [c[0] for c in row if c is not None and 0.0 < c[0] < 1.0]
    assert len(inside) >= 3, row
    assert inside == sorted(inside), row
    assert row[-1] is None, row
