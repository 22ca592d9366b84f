"""Regressions of session 36's new readers (falls onto a thing, things put in a container), in new prompts.

- A fall onto a thing lands on its top, and what the faller does after ("and rolls to the left", "and bounces",
  "then runs to the right") still happens, from that top; a fall in a half is looked at from when it starts.
- "puts the ball in the box on the left", "falls onto a table on the right": the side said right after the container
  or the thing fallen onto places that thing, the one put or fallen comes to it.
- "puts a dog in the front of the car", "puts a cup in the sun": a part of a thing or the light is no container.
- "onto" after a fall is where it comes down only for its first move, seen from the side: "rolls off the table and
  falls onto a cushion" drops from where the roll left it.

Each layout is checked by LVD's own predicates or by where its boxes lie.
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition


def _boxes(prompt: str) -> dict[str, list]:
    """Each drawn name's boxes (x0, y0, x1, y1) per keyframe (None where it is not drawn)."""
    return {obj.name: obj.boxes for obj in PLANNER.plan(prompt).layout.objects}


def _centre_x(box) -> float:
    return (box[0] + box[2]) / 2


# ---- 1. the move told after a fall onto a thing still happens
@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A marble drops onto the desk and rolls to the left.", "marble", True),
    ("A kitten falls onto a bench and then runs to the right.", "kitten", False),
    ("A ball falls onto the counter and rolls to the right.", "ball", False),
])
def test_a_move_after_a_fall_onto_a_thing_still_happens(prompt, thing, leftward):
    """"falls onto the desk and rolls to the left": it lands, then rolls that way (before, it stayed on the top)."""
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))
    seen = [box for box in _boxes(prompt)[thing] if box is not None]
    landed, last = _centre_x(seen[1]), _centre_x(seen[-1])
    assert (last < landed - 0.05) if leftward else (last > landed + 0.05)  # it goes on from where it landed


def test_a_fall_onto_a_thing_that_bounces_bounces_on_it():
    """"drops onto a trampoline and bounces": it goes up again after landing, never lies flat from the first frame."""
    boxes = _boxes("A rubber ball drops onto a trampoline and bounces.")["ball"]
    bottoms = [box[3] for box in boxes[1:]]
    assert max(bottoms) - min(bottoms) > 0.05


# ---- 2. a fall in a half lands on the thing, never through it
@pytest.mark.parametrize("prompt, faller, target", [
    ("A melon drops onto a table in the second half.", "melon", "table"),
    ("A book falls onto the bench in the second half.", "book", "bench"),
])
def test_a_fall_in_a_half_lands_on_the_thing(prompt, faller, target):
    """The fall starts halfway: it ends on the thing's top, not in mid-air or below the top."""
    boxes = _boxes(prompt)
    fallen, under = boxes[faller][-1], boxes[target][-1]
    assert under[0] <= _centre_x(fallen) <= under[2]
    assert abs(fallen[3] - under[1]) < 0.03


# ---- 3. a side after the container places the container
@pytest.mark.parametrize("prompt, container, leftward", [
    ("A girl puts the toy in the crate on the left.", "crate", True),
    ("A man puts a puppy in the basket on the right.", "basket", False),
    ("A girl puts the spoon in a jar on the left and a dog runs to the right.", "jar", True),
])
def test_a_side_after_the_container_places_it(prompt, container, leftward):
    """"in the crate on the left": the crate is on the left, with the thing put in it."""
    boxes = _boxes(prompt)
    x = _centre_x(boxes[container][0])
    assert (x < 0.4) if leftward else (x > 0.6)
    put = next(name for name in boxes if name not in (container, "girl", "man", "dog"))
    assert boxes[container][0][0] <= _centre_x(boxes[put][0]) <= boxes[container][0][2]


def test_a_thing_put_in_a_container_with_no_side_reads_as_before():
    """"puts the ball in the box": the box drawn, the ball in it."""
    boxes = _boxes("A boy puts the ball in the box.")
    assert boxes["box"][0][0] <= _centre_x(boxes["ball"][0]) <= boxes["box"][0][2]


# ---- 4. a part of a thing or the light is no container
@pytest.mark.parametrize("prompt, absent", [
    ("A woman puts a bag in the front of the van.", "front"),
    ("A girl puts a plate in the sun.", "sun"),
    ("A man puts the chair in the sunlight.", "sunlight"),
])
def test_a_part_or_the_light_is_no_container(prompt, absent):
    """"in the front of the van", "in the sun": no thing named "front" or "sun" drawn."""
    assert absent not in {name.split()[-1] for name in names(prompt)}


# ---- 5. a side after the thing fallen onto places that thing
@pytest.mark.parametrize("prompt, target, leftward", [
    ("A leaf falls onto the bench on the left.", "bench", True),
    ("A cup falls onto a table on the left while a cat walks to the right.", "table", True),
])
def test_a_side_after_the_thing_fallen_onto_places_it(prompt, target, leftward):
    """"falls onto the bench on the left": the bench is on the left."""
    x = _centre_x(_boxes(prompt)[target][0])
    assert (x < 0.4) if leftward else (x > 0.6)


def test_a_fall_onto_a_still_thing_still_lands_on_its_top():
    """"falls onto a table" with no side: on its top, as before."""
    boxes = _boxes("A pear falls onto a table.")
    fallen, under = boxes["pear"][-1], boxes["table"][-1]
    assert under[0] <= _centre_x(fallen) <= under[2]
    assert abs(fallen[3] - under[1]) < 0.03


# ---- 6. "onto" is where a fall comes down only as its first move, seen from the side
def test_a_fall_after_another_move_starts_where_that_move_left_it():
    """"rolls off the shelf and falls onto a rug": it comes down where the rug lies, never away from it."""
    boxes = _boxes("A ball rolls off the shelf and falls onto a rug.")
    assert boxes["rug"][-1][0] <= _centre_x(boxes["ball"][-1]) <= boxes["rug"][-1][2]
