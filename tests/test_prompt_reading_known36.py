"""Misreadings of the embedded planner found by hand on ordinary prompts (session 36), in new words.

- A chat header with a dotted or 24-hour clock ("Robin 10.14", "Sam 14.05", "Robin 10.14 pm") names the poster and
  the time: nothing drawn, no count; a decimal ("10.14") never counts things, so a header read as words ("Crow 10.14"
  with a crow in the message) draws no ten crows either.
- "throws the stick that the dog is holding to the left", "the ball that she has to the left": the relative clause on
  the object, whatever its subject (a noun or a pronoun) and its verb (of holding or having), says no way; the way
  after it is the throw's.
- "puts the ball in the box" (into, inside): the box is drawn, the ball in it; "a man set the cup on the table": the
  past "set" is the man's verb, no "man set" thing.
- "An apple falls onto a girl who runs to the right": the fall lands on her top where she is when it comes down, and
  it rides on her; "falls onto a table" lands on the table, never through it to the floor.

Each layout is checked by LVD's own predicates, by the names it draws or by where its boxes lie.
"""

import time

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition


def _boxes(prompt: str) -> dict[str, list]:
    """Each drawn name's boxes (x0, y0, x1, y1) per keyframe."""
    return {obj.name: obj.boxes for obj in PLANNER.plan(prompt).layout.objects}


def _centre_x(box) -> float:
    return (box[0] + box[2]) / 2


# ---- 1. chat headers with a dotted or 24-hour clock
@pytest.mark.parametrize("prompt, thing, leftward", [
    ("Robin 10.14\na robin flies to the left", "robin", True),
    ("Sam 14.05\na fox trots to the right", "fox", False),
    ("Robin 10.14 pm\na robin flies to the left", "robin", True),
    ("Lena K — 21.47\ntwo goats walk to the left", "goat", True),
    ("Jonas 7.30 am\na van drives to the right", "van", False),
])
def test_a_chat_header_with_a_dotted_or_24_hour_clock_draws_nothing(prompt, thing, leftward):
    """"Robin 10.14" over a message is who posted it and when: only the message's things are drawn, none counted."""
    drawn = names(prompt)
    assert {name.split()[-1] for name in drawn} == {thing}
    assert lvd.numeracy(thing, 2 if "two" in prompt else 1, planned_condition(prompt))
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing", [
    ("Crow 10.14\na crow flies to the left", "crow"),
    ("Update 3.25: a dog runs to the left.", "dog"),
])
def test_a_decimal_counts_nothing(prompt, thing):
    """"10.14", "3.25": a clock or a decimal, never a count of the things named after it."""
    assert lvd.numeracy(thing, 1, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing, count", [
    ("10 crows fly to the left.", "crow", 10),
    ("Three robins fly to the left.", "robin", 3),
])
def test_a_plain_count_still_counts(prompt, thing, count):
    """A whole number before a noun keeps counting."""
    assert lvd.numeracy(thing, count, planned_condition(prompt))


def test_a_robin_flying_alone_reads_as_before():
    """"A robin flies to the left." alone: one robin going left."""
    prompt = "A robin flies to the left."
    assert names(prompt) == ["robin"]
    assert lvd.one_object_motion("robin", True, planned_condition(prompt))


def test_a_hostile_run_of_dotted_clocks_plans_fast():
    """A long run of lines with dotted clocks plans in well under a second."""
    start = time.perf_counter()
    PLANNER.plan("Robin 10.14\n" * 160 + "a dog runs left")
    assert time.perf_counter() - start < 1.0


# ---- 2. the way after a relative clause on the object, whatever its subject
@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A man throws the stick that the dog is holding to the left.", "stick", True),
    ("A girl throws the ball that she has to the left.", "ball", True),
    ("A boy kicks the can which his sister owns to the right.", "can", False),
    ("A woman tosses the frisbee that the boy carries to the left.", "frisbee", True),
    ("A man hurls the rock that he has to the right.", "rock", False),
    ("A girl throws the ball which the old man holds to the left.", "ball", True),
])
def test_the_way_after_a_relative_clause_on_the_object_is_the_main_verbs(prompt, thing, leftward):
    """"throws the stick that the dog is holding to the left": the clause's verb says no way; the way is the throw's."""
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A dog chases a ball that rolls to the left.", "ball", True),
    ("A cat watches a bird that flies to the right.", "bird", False),
    ("A boy kicks the ball he is chasing to the left.", "ball", True),
])
def test_a_relative_clause_with_its_own_move_reads_as_before(prompt, thing, leftward):
    """A relative clause whose verb is a move of the thing keeps its own way, as before."""
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))


# ---- 3. the thing put goes in or on the container or support named; the agent stays drawn
@pytest.mark.parametrize("prompt, placer, thing, container", [
    ("A boy puts the ball in the box.", "boy", "ball", "box"),
    ("A girl places a doll inside the basket.", "girl", "doll", "basket"),
    ("A woman puts the apple into the bowl.", "woman", "apple", "bowl"),
    ("A man sets his phone in a drawer.", "man", "phone", "drawer"),
])
def test_the_thing_put_in_a_container_is_drawn_in_it(prompt, placer, thing, container):
    """"puts the ball in the box": the box is drawn and the ball lies in it; the one putting it is drawn too."""
    boxes = _boxes(prompt)
    drawn = {name.split()[-1]: name for name in boxes}
    assert placer in drawn and container in drawn
    held, around = boxes[drawn[thing]][-1], boxes[drawn[container]][-1]
    assert around[0] <= _centre_x(held) <= around[2]
    assert abs(held[3] - around[3]) < 0.03  # on its floor


@pytest.mark.parametrize("prompt, placer, thing, support", [
    ("A man set the cup on the table.", "man", "cup", "table"),
    ("A woman set a vase on the shelf.", "woman", "vase", "shelf"),
    ("A girl set the lamp on the desk.", "girl", "lamp", "desk"),
])
def test_a_past_set_keeps_its_setter_and_rests_the_thing_on_its_support(prompt, placer, thing, support):
    """"A man set the cup on the table": "set" is the man's verb; he is drawn and the cup rests on the table."""
    boxes = _boxes(prompt)
    assert sorted(boxes) == sorted((placer, thing, support))
    held, under = boxes[thing][-1], boxes[support][-1]
    assert under[0] <= _centre_x(held) <= under[2]
    assert abs(held[3] - under[1]) < 0.03


@pytest.mark.parametrize("prompt, drawn", [
    ("A chess set sits on the table.", ["chess set", "table"]),
    ("A cat sits in the basket.", ["cat"]),
])
def test_a_set_named_as_a_thing_and_a_place_to_sit_in_read_as_before(prompt, drawn):
    """"A chess set" still names the thing; "sits in the basket" is read as before."""
    assert names(prompt) == sorted(drawn)


# ---- 4. a fall onto a thing lands on it, a moving one where it is then
@pytest.mark.parametrize("prompt, faller, target", [
    ("An apple falls onto a girl who runs to the right.", "apple", "girl"),
    ("A ball falls onto a car that drives to the left.", "ball", "car"),
    ("A pear drops onto a boy who walks to the left.", "pear", "boy"),
])
def test_a_fall_onto_a_moving_thing_lands_on_it(prompt, faller, target):
    """The faller ends on the mover's top, where the mover is at the end, and has fallen to get there."""
    boxes = _boxes(prompt)
    fallen, under = boxes[faller][-1], boxes[target][-1]
    assert under[0] <= _centre_x(fallen) <= under[2]
    assert abs(fallen[3] - under[1]) < 0.03
    assert boxes[faller][0][1] < fallen[1]  # it came down


@pytest.mark.parametrize("prompt, faller, target", [
    ("An apple falls onto a table.", "apple", "table"),
    ("A book drops onto a bench.", "book", "bench"),
])
def test_a_fall_onto_a_still_thing_lands_on_its_top(prompt, faller, target):
    """"falls onto a table": on the table, never through it to the floor."""
    boxes = _boxes(prompt)
    fallen, under = boxes[faller][-1], boxes[target][-1]
    assert under[0] <= _centre_x(fallen) <= under[2]
    assert abs(fallen[3] - under[1]) < 0.03


def test_a_thing_on_a_table_that_falls_still_falls_to_the_floor():
    """"A cup on the table falls": it was on the table and falls off it, below the table's top, as before."""
    boxes = _boxes("A cup on the table falls.")
    assert boxes["cup"][-1][3] > boxes["table"][-1][1] + 0.05
