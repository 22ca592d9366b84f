"""Chat and Q&A prompts asking which way a thing goes: the answer tells the way of the move already told, and a move
told with no way (or only where it starts) still goes somewhere."""

import pytest

from pipelines.lvd.physics_planner import PhysicsPlanner

PLANNER = PhysicsPlanner()


def plan(prompt):
    return PLANNER.plan(prompt).layout


def centre_x(box):
    return (box[0] + box[2]) / 2


def xs(obj):
    """Centre x at the start, the middle and the end of the clip."""
    boxes = [box for box in obj.boxes if box]
    return centre_x(boxes[0]), centre_x(boxes[len(boxes) // 2]), centre_x(boxes[-1])


def the_one(layout, name):
    found = [obj for obj in layout.objects if obj.name.split()[-1] == name]
    assert len(found) == 1, [obj.name for obj in layout.objects]
    return found[0]


def goes_right(obj):
    start, middle, end = xs(obj)
    return start < middle <= end and end - start > 0.3  # a fast runner may reach its end early


def goes_left(obj):
    start, middle, end = xs(obj)
    return start > middle >= end and start - end > 0.3


def stays(obj):
    start, middle, end = xs(obj)
    return max(start, middle, end) - min(start, middle, end) < 0.05


# ------------------------------------------------------------------ a traveller told only where it starts
@pytest.mark.parametrize(
    "prompt, name, way",
    [
        ("A dog runs from the right side.", "dog", "left"),
        ("A ball rolls from the left side.", "ball", "right"),
        ("There is a car on the right. It drives.", "car", "left"),
        ("A green ball sits on the left. Then it rolls.", "ball", "right"),
    ],
)
def test_traveller_told_only_its_start_side_goes_away_from_it(prompt, name, way):
    layout = plan(prompt)
    assert [obj.name.split()[-1] for obj in layout.objects] == [name]
    mover = the_one(layout, name)
    start, _, end = xs(mover)
    if way == "left":
        assert goes_left(mover) and start > 0.6, xs(mover)
    else:
        assert goes_right(mover) and start < 0.4, xs(mover)


def test_traveller_told_to_stay_still_keeps_its_place():
    layout = plan("A dog walked from the left of the ball to the right of the ball, and the ball stayed still. Rolled fine.")
    assert goes_right(the_one(layout, "dog"))
    assert stays(the_one(layout, "ball"))


# ------------------------------------------------------------------ "which way?" answered without a way
@pytest.mark.parametrize(
    "prompt, name",
    [
        ("Q: what moves? A: a ball. Q: which way does it go? A: it simply rolls.", "ball"),
        ("Q: what is in the shot? A: one dog running. Q: what direction? A: it just runs.", "dog"),
        ("Q: what is there? A: two cars. Q: which way? A: they just drive.", "car"),
    ],
)
def test_quiz_answer_naming_no_way_keeps_one_default_move(prompt, name):
    layout = plan(prompt)
    assert {obj.name for obj in layout.objects} == {name}
    assert all(goes_right(mover) for mover in layout.objects), [xs(mover) for mover in layout.objects]


def test_quiz_answer_naming_no_way_keeps_the_told_start():
    layout = plan("Q: what's there? A: a cat on the right. Q: which way does it go? A: it just walks.")
    cat = the_one(layout, "cat")
    assert goes_left(cat) and xs(cat)[0] > 0.6, xs(cat)


def test_quiz_colour_goes_on_things_counted():
    layout = plan("Q: what's in the video? A: three balls. Q: what colour? A: blue. Q: which way? A: they just roll.")
    assert [obj.name for obj in layout.objects] == ["blue ball"] * 3
    assert all(goes_right(obj) for obj in layout.objects)


# ------------------------------------------------------------------ a group chat asking "which way?"
def test_chat_opening_word_run_into_a_thing_keeps_the_thing():
    layout = plan("kai: ok peep this running dog so quick\nrue: which way?\nkai: it just goes, the whole time")
    dog = the_one(layout, "dog")
    assert len(layout.objects) == 1
    assert goes_right(dog), xs(dog)


@pytest.mark.parametrize(
    "prompt, name, way",
    [
        ("lou: so a cat trots across the yard\nbea: what direction??\nlou: right to left", "cat", "left"),
        ("lou: a car zooms across\nbea: which way?\nlou: from the right to the left", "car", "left"),
        ("lou: there's a bird that flies past\nbea: which way??\nlou: right to left", "bird", "left"),
    ],
)
def test_chat_bare_way_answers_the_move_already_told(prompt, name, way):
    layout = plan(prompt)
    mover = the_one(layout, name)
    assert len(layout.objects) == 1
    assert (goes_left if way == "left" else goes_right)(mover), xs(mover)


def test_chat_answer_not_knowing_the_way_adds_no_thing():
    layout = plan("lou: a dog runs\nbea: which way?\nlou: no idea, it just runs")
    assert [obj.name for obj in layout.objects] == ["dog"]
    assert goes_right(layout.objects[0])


# ------------------------------------------------------------------ a placement, then a move with no way
def sets_off_at_once(obj):
    boxes = [box for box in obj.boxes if box]
    return abs(centre_x(boxes[1]) - centre_x(boxes[0])) > 0.03


def test_thing_placed_then_told_to_move_sets_off_from_its_place_at_once():
    ball = the_one(plan("There is a blue ball on the right. It rolls."), "ball")
    assert goes_left(ball) and xs(ball)[0] > 0.6, xs(ball)
    assert sets_off_at_once(ball), ball.boxes


@pytest.mark.parametrize(
    "prompt, name, way",
    [
        ("PRODUCER: there's a dog on the right. EDITOR: which way does it go? PRODUCER: it simply walks.", "dog", "left"),
        ("X: a grey cat is on the left\nY: what direction does it move?\nX: it just runs", "cat", "right"),
    ],
)
def test_transcript_which_way_answered_by_a_clause_is_that_move(prompt, name, way):
    layout = plan(prompt)
    mover = the_one(layout, name)
    assert len(layout.objects) == 1
    assert (goes_left if way == "left" else goes_right)(mover), xs(mover)
    start = xs(mover)[0]
    assert (start > 0.6 if way == "left" else start < 0.4) and sets_off_at_once(mover), mover.boxes
