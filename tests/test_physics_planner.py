"""The embedded physics planner: each prompt family, checked with physics computed from the boxes."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.core.layout import Layout
from pipelines.core.planning import Planner, PlannerError
from pipelines.lvd.physics_planner import GROUND_Y, PhysicsPlanner, trapezoid_progress
from pipelines.lvd.prompt_reading import read_prompt

PLANNER = PhysicsPlanner()
DT = 0.5  # seconds between keyframes at 2 keyframes/s


def plan(prompt: str, seed: int = 0, num_keyframes: int = 6) -> Layout:
    result = PLANNER.plan(prompt, seed=seed, num_keyframes=num_keyframes)
    assert result.backend_id == "physics"
    return result.layout.validate()


def centres(boxes):
    return [None if b is None else ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b in boxes]


def area(box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def overlaps(a, b) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def frame_height_m(layout: Layout) -> float:
    match = re.search(r"1 frame height = ([\d.]+) m", layout.reasoning)
    assert match, "the reasoning must state the scale"
    return float(match.group(1))


def only(layout: Layout, name: str):
    found = [o for o in layout.objects if o.name == name]
    assert len(found) == 1, [o.name for o in layout.objects]
    return found[0]


# ------------------------------------------------------------------------------ protocol, counts, attributes
def test_is_a_planner_and_reports_timings():
    result = PLANNER.plan("a red ball bounces in a garden")
    assert isinstance(PLANNER, Planner)
    assert set(result.timings) == {"read_s", "simulate_s", "total_s"}
    assert result.reasoning == result.layout.reasoning and "gravity" in result.reasoning
    assert result.layout.background == "garden"
    assert result.layout.keyframe_fps == 2.0 and result.layout.aspect == 1.0


@pytest.mark.parametrize(
    "prompt, name, count",
    [("three dogs sit in the park", "dog", 3), ("2 cats sleep on the sofa", "cat", 2), ("a pair of birds", "bird", 2),
     ("five puppies play", "puppy", 5)],
)
def test_counts_give_distinct_non_overlapping_objects(prompt, name, count):
    layout = plan(prompt)
    group = [o for o in layout.objects if o.name == name]
    assert len(group) == count
    assert len({o.id for o in group}) == count
    first = [o.boxes[0] for o in group]
    for i in range(count):
        for j in range(i + 1, count):
            assert not overlaps(first[i], first[j]), (first[i], first[j])


def test_attributes_bind_to_the_noun_they_precede():
    layout = plan("a red ball and a blue box")
    assert only(layout, "red ball").attribute_dict == {"color": "red"}  # the name carries the colour (LVD's "blue cat")
    assert only(layout, "blue box").attribute_dict == {"color": "blue"}
    layout = plan("a small green rubber ball rolls past a big wooden box")
    assert only(layout, "small green ball").attribute_dict == {"size": "small", "color": "green", "material": "rubber"}
    assert only(layout, "big box").attribute_dict == {"size": "big", "material": "wood"}


def test_sizes_follow_the_object_class():
    layout = plan("a person stands next to a car and a ball")
    person, car, ball = (only(layout, n).boxes[0] for n in ("person", "car", "ball"))
    assert area(car) > area(ball)
    assert (person[3] - person[1]) > 2 * (person[2] - person[0])  # tall and narrow
    for box in (person, car, ball):
        assert box[3] == pytest.approx(GROUND_Y)  # standing on the ground line


# ------------------------------------------------------------------------------ motion
@pytest.mark.parametrize("prompt", ["a dog moves from the left to the right", "a car drives left to right",
                                    "a cat walks to the right"])
def test_left_to_right_increases_x(prompt):
    xs = [c[0] for c in centres(plan(prompt).objects[0].boxes)]
    assert all(b > a for a, b in zip(xs, xs[1:])), xs
    assert xs[-1] - xs[0] > 0.3


def test_walking_left_and_flying_up():
    xs = [c[0] for c in centres(plan("a man walks to the left").objects[0].boxes)]
    assert all(b < a for a, b in zip(xs, xs[1:]))
    ys = [c[1] for c in centres(plan("a bird flies upward").objects[0].boxes)]
    assert all(b < a for a, b in zip(ys, ys[1:]))


def test_toward_past_and_away_from_another_object():
    layout = plan("a cat walks toward the dog")
    cat, dog = only(layout, "cat").boxes, only(layout, "dog").boxes
    gaps = [abs((c[0] + c[2]) / 2 - (d[0] + d[2]) / 2) for c, d in zip(cat, dog)]
    assert all(b < a for a, b in zip(gaps, gaps[1:])) and not overlaps(cat[-1], dog[-1])

    layout = plan("the car drives past the tree")
    car, tree = only(layout, "car").boxes, only(layout, "tree").boxes
    assert car[0][2] <= tree[0][0] and car[-1][0] >= tree[-1][2]  # wholly before, then wholly beyond

    layout = plan("a dog runs away from the cat")
    dog, cat = only(layout, "dog").boxes, only(layout, "cat").boxes
    gaps = [abs((a[0] + a[2]) / 2 - (b[0] + b[2]) / 2) for a, b in zip(dog, cat)]
    assert gaps[-1] > gaps[0] + 0.2


# ------------------------------------------------------------------------------ gravity and bounces
def test_thrown_ball_follows_gravity_then_bounces():
    prompt = "a ball is thrown from the left to the right and bounces in a garden"
    layout = plan(prompt)
    ys = [c[1] for c in centres(layout.objects[0].boxes)]
    velocities = [(b - a) / DT for a, b in zip(ys, ys[1:])]
    assert velocities[0] < 0 < velocities[1]  # up, then down: vertical velocity grows downward
    assert velocities[2] < 0  # ... and reverses after the bounce
    assert all(b[3] <= GROUND_Y + 1e-9 for b in layout.objects[0].boxes)  # never sinks into the ground
    assert "bounces at t=" in layout.reasoning and "restitution 0.80" in layout.reasoning

    # sampled finely (8 keyframes/s), the flight before the bounce has exactly the stated gravity
    fine = PhysicsPlanner(fps_keyframes=8.0).plan(prompt, num_keyframes=21).layout
    g = 9.81 / frame_height_m(fine)  # frame heights per s², from the stated scale
    ys = [c[1] for c in centres(fine.objects[0].boxes)]
    h = 1 / 8
    for k in range(1, 5):
        assert (ys[k + 1] - 2 * ys[k] + ys[k - 1]) / h**2 == pytest.approx(g, rel=1e-6)
    xs = [c[0] for c in centres(fine.objects[0].boxes)]
    assert max(abs((xs[k + 1] - 2 * xs[k] + xs[k - 1])) for k in range(1, 5)) < 1e-9  # no horizontal force in flight


def test_rubber_bounces_but_rock_lands_and_stays():
    rock = plan("a rock is dropped").objects[0].boxes
    assert rock[-1] == rock[-2] == rock[-3]
    assert rock[-1][3] == pytest.approx(GROUND_Y)
    assert rock[0][3] < GROUND_Y - 0.3  # it started high
    ball = [c[1] for c in centres(plan("a rubber ball is dropped").objects[0].boxes)]
    assert any(b < a - 1e-3 for a, b in zip(ball, ball[1:]))  # it goes back up at least once


def test_bounce_heights_follow_the_restitution_table():
    def rebound_peak(prompt):
        layout = plan(prompt, num_keyframes=26)  # 0.5 s apart over 12.5 s with fps=2
        tops = [b[1] for b in layout.objects[0].boxes]
        return min(tops[3:])  # highest point after the first impact (smaller y = higher)

    # basketball (0.78) rebounds higher than a baseball (0.55)
    assert rebound_peak("a basketball falls") < rebound_peak("a baseball falls")


def test_glass_breaks_and_paper_airplane_glides():
    glass = plan("a glass falls off the table").objects[0].boxes
    assert glass[-1] == glass[-2] and glass[-1][3] == pytest.approx(GROUND_Y)
    before, after = glass[0], glass[-1]
    assert (after[3] - after[1]) < 0.5 * (before[3] - before[1])  # flattened into a heap of shards

    layout = plan("a paper airplane glides across the room")
    path = centres(layout.objects[0].boxes)
    drops = [b[1] - a[1] for a, b in zip(path, path[1:])]
    advances = [b[0] - a[0] for a, b in zip(path, path[1:])]
    assert all(a > 0 for a in advances)
    # a glide, not a fall: it loses height far slower than it advances (glide ratio 5)
    assert sum(drops) > 0 and sum(drops) < 0.5 * sum(advances)


def test_leaf_falls_at_its_terminal_speed_and_flutters():
    layout = plan("a leaf falls")
    scale = frame_height_m(layout)
    leaf = centres(layout.objects[0].boxes)
    # drag settles a leaf at 1.0 m/s within ~0.1 s (v_t / g); from keyframe 1 on it falls at that speed
    speed = (leaf[4][1] - leaf[1][1]) * scale / (3 * DT)
    assert speed == pytest.approx(1.0, rel=0.02)
    assert len({round(c[0], 4) for c in leaf}) > 2  # sways sideways
    stone = plan("a stone falls").objects[0].boxes
    assert stone[1][3] - stone[0][3] > (leaf[1][1] - leaf[0][1]) * 3  # a stone drops far faster


# ------------------------------------------------------------------------------ camera and perspective
def test_receding_camera_shrinks_boxes_monotonically():
    areas = [area(b) for b in plan("the camera moves away from the painting").objects[0].boxes]
    assert all(b < a for a, b in zip(areas, areas[1:]))
    assert areas[-1] < 0.5 * areas[0]


def test_approaching_camera_and_zoom_grow_boxes():
    for prompt in ("the camera moves toward the painting", "zoom in on the cat", "a car drives toward the camera"):
        areas = [area(b) for b in plan(prompt).objects[0].boxes if b is not None]
        assert all(b > a for a, b in zip(areas, areas[1:])), prompt
    areas = [area(b) for b in plan("the camera zooms out from the house").objects[0].boxes]
    assert all(b < a for a, b in zip(areas, areas[1:]))


# ------------------------------------------------------------------------------ visibility
def test_appear_and_disappear_give_absent_keyframes():
    bird = plan("a bird flies in from the right").objects[0].boxes
    assert bird[0] is None and all(b is not None for b in bird[2:])
    ball = plan("the ball rolls out of the frame").objects[0].boxes
    assert ball[0] is not None and ball[-1] is None
    cat = plan("a cat appears halfway").objects[0].boxes
    assert cat[:3] == (None, None, None) and all(b is not None for b in cat[3:])
    gone = plan("a ball rolls to the right, then disappears").objects[0].boxes
    assert gone[0] is not None and gone[-1] is None


# ------------------------------------------------------------------------------ sequences
def region(centre) -> str:
    x, y = centre
    col = "left" if x < 1 / 3 else "right" if x > 2 / 3 else "center"
    row = "top" if y < 1 / 3 else "bottom" if y > 2 / 3 else "middle"
    return f"{row} {col}"


def test_sequential_moves_visit_regions_in_order():
    path = [region(c)
            for c in centres(plan("a dog runs from the top left to the center, then to the bottom right").objects[0].boxes)]
    assert path[0] == "top left" and path[-1] == "bottom right"
    assert "middle center" in path
    assert path.index("middle center") < len(path) - 1


def test_first_then_finally_orders_steps_in_time():
    layout = plan("first a man walks to the right, then he jumps, finally he sits")
    man = layout.objects[0].boxes
    xs = [c[0] for c in centres(man)]
    bottoms = [b[3] for b in man]
    assert xs[2] > xs[0] + 0.2  # walked during the first third
    assert min(bottoms[2:5]) < GROUND_Y - 0.02  # airborne in the middle third
    assert bottoms[-1] == pytest.approx(GROUND_Y) and man[-1] == man[-2]  # sitting at the end


# ------------------------------------------------------------------------------ top-down
def test_top_down_circle_has_no_ground_and_returns_to_start():
    layout = plan("top-down view of a car driving in a circle")
    assert "Top-down view" in layout.reasoning and "gravity 9.81" not in layout.reasoning
    car = layout.objects[0].boxes
    assert len({round(b[3], 6) for b in car}) > 2  # not resting on one ground line
    path = centres(car)
    assert abs(path[0][0] - path[-1][0]) < 0.02 and abs(path[0][1] - path[-1][1]) < 0.02
    spread = max(p[0] for p in path) - min(p[0] for p in path)
    assert spread > 0.3


def test_bird_eye_view_throw_has_no_gravity():
    ys = [c[1] for c in centres(plan("bird's-eye view of a ball thrown to the right").objects[0].boxes)]
    assert max(ys) - min(ys) < 1e-9


# ------------------------------------------------------------------------------ robustness
def test_same_seed_is_identical_and_seeds_differ():
    prompt = "two dogs run to the right in a park"
    assert plan(prompt, seed=3).to_dict() == plan(prompt, seed=3).to_dict()
    assert plan(prompt, seed=3).to_dict() != plan(prompt, seed=4).to_dict()


def test_unknown_prompt_gives_a_layout_and_a_note():
    result = PLANNER.plan("a zorblax glimmers")
    assert [o.name for o in result.layout.objects] == ["zorblax"]
    assert any("glimmers" in n for n in result.notes)
    assert any("zorblax" in n for n in result.notes)


def test_errors_say_what_to_fix():
    with pytest.raises(PlannerError, match="empty"):
        PLANNER.plan("   ")
    with pytest.raises(PlannerError, match="num_keyframes"):
        PLANNER.plan("a ball", num_keyframes=0)
    with pytest.raises(PlannerError, match="no object"):
        PLANNER.plan("the and of")


def test_reader_binds_thrower_and_thrown():
    reading = read_prompt("a boy kicks a soccer ball, it flies to the right and bounces")
    boy, ball = reading.entities
    assert boy.motions == [] and ball.agent == 0
    assert ball.motions[0].kind == "throw" and ball.motions[0].bounces and ball.motions[0].end == (0.8, None)


def test_trapezoid_progress_is_monotone_from_0_to_1():
    values = [trapezoid_progress(i / 100) for i in range(101)]
    assert values[0] == 0 and values[-1] == pytest.approx(1.0)
    assert all(b >= a for a, b in zip(values, values[1:]))


WORDS = st.sampled_from(
    "a the two red ball dog car thrown falls bounces then to left right from top camera zoom in out away "
    "toward past tree halfway appears disappears circle top-down view , . rock glass leaf balloon 3 of "
    "and it jumps flies".split()
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=120), st.lists(WORDS, max_size=25).map(" ".join)), st.integers(0, 2**31),
       st.integers(1, 12))
def test_any_prompt_gives_a_valid_layout_or_a_planner_error(prompt, seed, num_keyframes):
    try:
        result = PLANNER.plan(prompt, seed=seed, num_keyframes=num_keyframes)
    except PlannerError:
        return
    assert result.layout.validate().num_keyframes == num_keyframes


def test_scene_word_that_is_also_a_verb():
    """'in a park' names the scene; 'the car parks' is a verb."""
    assert PhysicsPlanner().plan("a dog runs in a park").layout.background == "park"
    parked = PhysicsPlanner().plan("the car parks next to the house")
    assert parked.layout.background != "park"


def test_it_as_an_object_refers_to_another_entity():
    result = PhysicsPlanner().plan("a red ball is thrown to the right and a dog runs after it")
    assert "goes toward the red ball" in result.reasoning and "toward the dog" not in result.reasoning


def test_path_words_are_not_objects():
    layout = PhysicsPlanner().plan("a child throws a tennis ball and it flies in an arc before landing").layout
    assert sorted(o.name for o in layout.objects) == ["child", "tennis ball"]


def test_a_fall_from_a_named_region_starts_there_and_accelerates():
    layout = PhysicsPlanner().plan("a red ball falls from the top of the frame onto the ground and bounces").layout
    cy = [(b[1] + b[3]) / 2 for b in layout.objects[0].boxes]
    assert cy[0] < 0.35, "released near the top"
    assert cy[1] - cy[0] > 0.2 and max(cy) > 0.8, "it falls to the ground"


def _in_view(box) -> bool:
    return box is not None and box[2] > 0 and box[0] < 1 and box[3] > 0 and box[1] < 1


@pytest.mark.parametrize("num_keyframes", [6, 16])
@pytest.mark.parametrize("prompt", ["Halfway through, a moose moves off screen",
                                    "A moose is present at first, then walks out of the frame",
                                    "Halfway through, a car moves off screen",
                                    "At the midpoint a snail crawls out of the frame"])
def test_a_leave_at_a_said_moment_is_over_soon_after_it(prompt, num_keyframes):
    """Seen before the middle, gone a fifth of the clip later, whatever the object's usual speed."""
    layout = plan(prompt, num_keyframes=num_keyframes)
    mover = layout.objects[0]
    for i, box in enumerate(mover.boxes):
        fraction = i / (num_keyframes - 1)
        if fraction < 0.5:
            assert _in_view(box), (i, box)
        elif fraction >= 0.7:
            assert not _in_view(box), (i, box)


# The barn, castle and house have a colour so they are objects: with none they are the scene's place, not drawn.
@pytest.mark.parametrize("prompt", ["Four cats near a red barn", "Three horses by a grey castle",
                                    "Two dogs next to a white house"])
def test_objects_resting_beside_a_reference_wider_than_the_frame_stay_in_view(prompt):
    """The side of a frame-wide barn is off canvas: the group waits in front of its edge instead, apart."""
    layout = plan(prompt)
    group = layout.objects[:-1]
    assert len(group) == int({"Four": 4, "Three": 3, "Two": 2}[prompt.split()[0]])
    for k in range(layout.num_keyframes):
        boxes = [o.boxes[k] for o in group]
        assert all(b is not None and 0 <= b[0] and b[2] <= 1 for b in boxes), boxes
        assert not any(overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), boxes


@pytest.mark.parametrize("prompt", ["The camera pans over seven birds", "The camera pans left across five sheep",
                                    "As the camera pans right, four ducks sit on the lawn"])
def test_a_pan_keeps_every_counted_object_in_view(prompt):
    """Counting reads the boxes on screen, so the pan slows to what the row's margin allows, and says so."""
    layout = plan(prompt)
    assert len(layout.objects) >= 4
    for obj in layout.objects:
        assert all(b is not None and -1e-9 <= b[0] and b[2] <= 1 + 1e-9 for b in obj.boxes), (obj.name, obj.boxes)
    first = [o.boxes[0][0] for o in layout.objects]
    last = [o.boxes[-1][0] for o in layout.objects]
    assert first != last, "the camera still pans"
    assert "so every object in view stays in view" in layout.reasoning


def test_a_pan_over_one_object_in_the_middle_keeps_its_full_rate():
    layout = plan("A dog runs to the right as the camera pans right")
    assert "pans right at 10.0°/s" in layout.reasoning
