"""Regressions of session 35's new readers on ordinary prompts, each mended at its cause, in new words.

- "puts a mug on the desk, then a cat runs left": a verb of placing is said, so the thing named after its object
  starts the next clause; the placer never joins the cat's run.
- "puts the ball down and kicks it to the left": a thing put down with no drawn place starts where its next move
  begins, never pinned at a slot its move then barely leaves.
- "with the greatest shield", "with the finest crown": only a noun of manner ("ease", "care", "swiftness") is a
  quality after a degree at its highest; any other word is still a thing to draw.
- "puts a vase on a shelf in the second half": the half says when the thing is put there; it is then seen where it
  is put.
- "a leaf falls on a man who walks to the right": a fall onto a moving thing meets it where it goes.
- "3 june bugs crawl left": a count before a month's name is a count, unless a stop or a year makes it a date.

Each layout is checked by LVD's own predicates or by where its boxes lie.
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import PLANNER, names, planned_condition


def _boxes(prompt: str) -> dict[str, list]:
    """Each drawn name's boxes (x0, y0, x1, y1) per keyframe."""
    return {obj.name: obj.boxes for obj in PLANNER.plan(prompt).layout.objects}


def _centre(box) -> float:
    return (box[0] + box[2]) / 2


# ---- 1. the placer stays; the next clause has its own subject
@pytest.mark.parametrize("prompt, placer, mover, leftward", [
    ("A woman puts a mug on the desk, then a cat runs to the left.", "woman", "cat", True),
    ("A waiter places a plate on the counter, then two dogs walk to the right.", "waiter", "dog", False),
    ("A girl sets down a bag, then a dog walks to the right.", "girl", "dog", False),
])
def test_the_placer_stays_when_the_next_clause_moves_another(prompt, placer, mover, leftward):
    """"puts a mug on the desk, then a cat runs left": the placing verb is said; the cat is the next subject."""
    boxes = _boxes(prompt)
    assert abs(_centre(boxes[placer][0]) - _centre(boxes[placer][-1])) < 0.02
    assert lvd.one_object_motion(mover, leftward, planned_condition(prompt))


def test_the_placer_still_moves_by_its_own_next_verb():
    """"puts a cup on a table and walks to the left": the walk is still the placer's, the cup stays."""
    prompt = "A man puts a cup on a table and walks to the left."
    assert lvd.one_object_motion("man", True, planned_condition(prompt))
    cup = _boxes(prompt)["cup"]
    assert abs(_centre(cup[0]) - _centre(cup[-1])) < 0.02


# ---- 2. a thing put down with no drawn place starts where its next move begins
@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A girl puts the ball down and kicks it to the left.", "ball", True),
    ("A boy sets a toy truck on the floor and it rolls to the left.", "truck", True),
    ("A man places the puck and hits it to the left.", "puck", True),
])
def test_a_thing_put_down_nowhere_drawn_then_moves_all_the_way(prompt, thing, leftward):
    """"puts the ball down and kicks it to the left": the kick carries it well across, not a nudge from a slot."""
    row = _boxes(prompt)[thing]
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))
    assert abs(_centre(row[-1]) - _centre(row[0])) > 0.3


def test_a_thing_put_on_a_drawn_thing_still_rests_there():
    """"puts a book on the table": a drawn place keeps the thing resting on it, as before."""
    boxes = _boxes("A boy puts a book on the table.")
    book, table = boxes["book"][-1], boxes["table"][-1]
    assert table[0] <= _centre(book) <= table[2]
    assert abs(_centre(boxes["book"][0]) - _centre(book)) < 0.02


# ---- 3. after "greatest"/"finest" only a noun of manner is a quality
@pytest.mark.parametrize("prompt, drawn", [
    ("A soldier marches to the right with the greatest shield.", "shield"),
    ("A queen waves with the finest crown.", "crown"),
    ("A rider trots left with the finest saddle.", "saddle"),
    ("A cook stands with the greatest onion.", "onion"),
])
def test_a_thing_after_a_degree_at_its_highest_is_drawn(prompt, drawn):
    """"with the greatest shield": a shield is no manner; it is drawn."""
    assert any(name.endswith(drawn) for name in names(prompt))


@pytest.mark.parametrize("prompt, thing, leftward", [
    ("A hare darts to the left with the greatest swiftness.", "hare", True),
    ("A dog runs to the right with the utmost care.", "dog", False),
    ("A skater glides to the left with the finest grace.", "skater", True),
])
def test_a_noun_of_manner_after_a_degree_is_still_no_thing(prompt, thing, leftward):
    """"with the utmost care": a manner of the move, no second thing."""
    assert names(prompt) == [thing]
    assert lvd.one_object_motion(thing, leftward, planned_condition(prompt))


# ---- 4. a placing verb's half says when the thing is put there
@pytest.mark.parametrize("prompt, thing, support", [
    ("A man puts a vase on a shelf in the second half.", "vase", "shelf"),
    ("A kid places a cushion on the sofa in the second half.", "cushion", "sofa"),
])
def test_a_thing_put_in_the_second_half_appears_where_it_is_put(prompt, thing, support):
    """"puts a vase on a shelf in the second half": first seen then, on the shelf."""
    assert lvd.visibility(thing, True, planned_condition(prompt))
    boxes = _boxes(prompt)
    assert boxes[support][-1][0] <= _centre(boxes[thing][-1]) <= boxes[support][-1][2]


def test_a_thing_put_beside_another_in_the_second_half_stays_on_that_side():
    """"sets a box to the left of the sofa in the second half": it appears on that side and stays there."""
    prompt = "A boy sets a box to the left of the sofa in the second half."
    assert lvd.visibility("box", True, planned_condition(prompt))
    boxes = _boxes(prompt)
    seen = [box for box in boxes["box"] if box is not None]
    assert abs(_centre(seen[0]) - _centre(seen[-1])) < 0.02
    assert _centre(seen[-1]) < _centre(boxes["sofa"][-1])


def test_a_thing_put_in_the_first_half_stays_where_it_is_put():
    """"lays a blanket on the bed in the first half": put there then, still there at the end."""
    boxes = _boxes("A woman lays a blanket on the bed in the first half.")
    blanket, bed = boxes["blanket"][-1], boxes["bed"][-1]
    assert blanket[2] > blanket[0] and bed[0] <= _centre(blanket) <= bed[2]


def test_a_sitter_seen_only_in_the_first_half_still_goes():
    """"a dog sits by the door only in the first half": no placing verb, so it is gone in the second half."""
    assert lvd.visibility("dog", False, planned_condition("A dog sits by the door only in the first half."))


# ---- 5. a fall onto a moving thing meets it where it goes
def test_a_fall_onto_a_walker_lands_near_where_the_walker_ends():
    """"a leaf falls on a man who walks to the right": it lands by the man's end, not where he set off."""
    boxes = _boxes("A leaf falls on a man who walks to the right.")
    leaf, man = boxes["leaf"], boxes["man"]
    assert abs(_centre(leaf[-1]) - _centre(man[-1])) < abs(_centre(leaf[-1]) - _centre(man[0]))


def test_a_fall_into_a_still_thing_is_still_over_it():
    """"a coin falls into a cup": over the cup, as before."""
    boxes = _boxes("A coin falls into a cup.")
    assert boxes["cup"][-1][0] <= _centre(boxes["coin"][-1]) <= boxes["cup"][-1][2]


# ---- 6. a count before a month's name
@pytest.mark.parametrize("prompt, thing, count", [
    ("3 june bugs crawl to the left.", "bug", 3),
    ("2 may flies buzz to the right.", "fly", 2),
])
def test_a_count_before_a_months_name_counts(prompt, thing, count):
    """"3 june bugs": a count of things, no date (nothing ends the phrase after the month)."""
    assert lvd.numeracy(thing, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, thing, count", [
    ("5 May, two cats walk to the right.", "cat", 2),
    ("A dog runs left on 14 March.", "dog", 1),
])
def test_a_day_and_month_before_a_stop_is_still_a_date(prompt, thing, count):
    """"5 May," and "on 14 March.": a date, counting nothing."""
    assert lvd.numeracy(thing, count, planned_condition(prompt))
