"""Regressions of session 34's new readers on ordinary prompts, mended (each with the voice it was written for).

- A handling verb with its particle ("a crane picks up a car") is an act: the doer is still drawn, and it does not
  rise; one of setting down ("sets down a box on a table") puts its object where said next, never the doer.
- A participle opening the sentence pairs its object with the subject only when the object is named before its comma
  ("Holding hands, a man and a woman walk": no pairing), the subject is one thing (not "three men"), and it is no
  "Drawing a picture," (the art, not pulling).
- A way said "on a bus" is the mount's only with a verb of riding, driving or travelling ("we walk left on a train"
  leaves the train where it is).

Each layout is checked by LVD's own predicates or by the names and centres it draws.
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, centres, in_corner, names, planned_condition


def _still(row: list) -> bool:
    shown = [c for c in row if c is not None]
    return max(abs(c[0] - shown[0][0]) + abs(c[1] - shown[0][1]) for c in shown) < 0.02


# ---- 1. a machine that picks something up is drawn, and stays put
@pytest.mark.parametrize("prompt, doer, thing", [
    ("A crane picks up a truck.", "crane", "truck"),
    ("The excavator scoops up a boulder.", "excavator", "boulder"),
    ("A robot arm lifts up a bottle.", "robot arm", "bottle"),
])
def test_a_machine_picking_a_thing_up_is_drawn(prompt, doer, thing):
    """"picks up": an act of the doer on its object; a doer the tables do not know still takes part."""
    found = centres(prompt)
    assert doer in found and thing in found
    assert _still(found[doer])


def test_a_picker_still_does_not_rise():
    """The known34 voice: "picks up a stone" never lifts the boy, who then walks his way."""
    prompt = "A boy picks up a stone, then he walks to the left."
    assert lvd.one_object_motion("boy", True, planned_condition(prompt))
    shown = [c for c in centres(prompt)["boy"] if c is not None]
    assert shown[-1][1] >= shown[0][1] - 0.05


# ---- 2. what is set down rests where said next; the one who sets it down stays off it
def _on(thing: tuple[float, float], support: tuple[float, float]) -> bool:
    return abs(thing[0] - support[0]) < 0.1 and thing[1] < support[1]


@pytest.mark.parametrize("prompt, doer, thing, support", [
    ("A woman sets down a vase on a table.", "woman", "vase", "table"),
    ("A cook puts down a pot on the counter.", "cook", "pot", "counter"),
])
def test_a_thing_set_down_rests_on_the_support(prompt, doer, thing, support):
    """"sets down X on Y": X on Y, the doer beside it."""
    found = centres(prompt)
    assert _on(found[thing][0], found[support][0])
    assert not _on(found[doer][0], found[support][0])


def _first_centres(prompt: str) -> list[tuple[str, tuple[float, float]]]:
    """Each drawn object's name and centre in the first keyframe (several may share a name)."""
    return [(o.name, ((o.boxes[0][0] + o.boxes[0][2]) / 2, (o.boxes[0][1] + o.boxes[0][3]) / 2))
            for o in PLANNER.plan(prompt).layout.objects]


def test_things_set_down_in_a_corner_are_in_that_corner():
    """"puts down two crates in the lower right corner": the crates there, the worker not."""
    prompt = "A worker puts down two crates in the lower right corner."
    found = _first_centres(prompt)
    assert [name for name, _ in found].count("crate") == 2
    assert all(in_corner(centre, "lower right", margin=0.0) for name, centre in found if name == "crate")
    assert all(centre[0] < 0.6 for name, centre in found if name == "worker")  # where it was, not in the corner


def test_setting_down_then_going_keeps_the_goer():
    """After setting the thing down, the doer's own way is read as before; the thing stays."""
    condition = planned_condition("A man sets down a bag and walks to the right.")
    assert lvd.one_object_motion("man", False, condition)
    assert _still(centres("A man sets down a bag and walks to the right.")["bag"])


# ---- 3-5. a fronted participle pairs only a named object with one subject
@pytest.mark.parametrize("prompt, leftward", [
    ("Holding hands, a woman and a boy walk to the left.", True),
    ("Holding hands, two children run to the right.", False),
])
def test_holding_hands_pairs_no_one(prompt, leftward):
    """"Holding hands," names no thing: the walkers go side by side, each its own way, none stacked on another."""
    condition = planned_condition(prompt)
    found = _first_centres(prompt)
    for name, _ in found:
        assert lvd.one_object_motion(name, leftward, condition)
    assert all(abs(centre[1] - found[0][1][1]) < 0.1 for _, centre in found)  # side by side, none on another


@pytest.mark.parametrize("prompt, leftward", [
    ("Pushing a wagon, four men walk to the right.", False),
    ("Pulling a cart, a farmer and a boy walk to the left.", True),
])
def test_a_counted_or_joined_subject_all_go_the_whole_way(prompt, leftward):
    """A fronted load with several doers: every doer goes a long way (none stopped mid-frame or on another)."""
    condition = planned_condition(prompt)
    assert lvd.one_object_motion("man" if "men" in prompt else "farmer", leftward, condition)
    travels = [(o.boxes[-1][0] + o.boxes[-1][2] - o.boxes[0][0] - o.boxes[0][2]) / 2
               for o in PLANNER.plan(prompt).layout.objects if o.name in ("man", "farmer", "boy")]
    assert len(travels) > 1 and all((way < -0.3) if leftward else (way > 0.3) for way in travels)
    ends = sorted((o.boxes[-1][0] + o.boxes[-1][2]) / 2 for o in PLANNER.plan(prompt).layout.objects
                  if o.name in ("man", "farmer", "boy"))
    assert all(b - a > 0.005 for a, b in zip(ends, ends[1:]))  # side by side, none at another's point


def test_drawing_a_picture_is_no_pulling():
    """"Drawing a picture, a boy sits at a table": the picture is no load dragged along the floor beside him."""
    found = centres("Drawing a picture, a boy sits at a table.")
    assert "picture" in found and "boy" in found
    assert found["picture"][0][1] < found["boy"][0][1]


def test_a_fronted_pulling_participle_still_draws_the_load():
    """The known34 voice: "Pulling a wagon, a pony trots to the right" brings the wagon along."""
    condition = planned_condition("Pulling a wagon, a pony walks to the right.")
    assert lvd.one_object_motion("wagon", False, condition) and lvd.one_object_motion("pony", False, condition)


# ---- 6. only riding, driving or travelling hands the way to the mount
@pytest.mark.parametrize("prompt, mount", [
    ("You climb up on a truck.", "truck"),
    ("I walk from right to left on a train.", "train"),
    ("Tom runs to the left on a bus.", "bus"),
])
def test_moving_about_on_a_vehicle_leaves_it_still(prompt, mount):
    """Climbing, walking or running on a vehicle is no way of the vehicle's."""
    assert _still(centres(prompt)[mount])


@pytest.mark.parametrize("prompt, mount, leftward", [
    ("Sir Kay rides from left to right on a mule.", "mule", False),
    ("Tom travels to the left on a bus.", "bus", True),
])
def test_riding_or_travelling_on_a_mount_still_moves_it(prompt, mount, leftward):
    """The known34 voice: a rider never drawn "rides ... on a mule": the mule goes that way."""
    assert lvd.one_object_motion(mount, leftward, planned_condition(prompt))
    assert mount in names(prompt)
