"""The embedded judge prefers right physics: rendered right/wrong pairs per law, driven-motion controls,
and the law checks against exact computations.

The pairs come from tests/helpers/physics_clips.py (tests/bench/bench_judge_pairs.py runs more seeds).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import (
    UNKNOWN,
    VIOLATION_WEIGHT,
    Violation,
    check_tracking,
    expectation_from_prompt,
    penalty,
)
from pipelines.eval.tracking import Track, Tracking, analysis_frames, track_objects
from tests.helpers.physics_clips import BACKDROPS, CONTROLS, FAMILIES, Scene, colour_of, make_pair, render

JUDGE = MotionJudge()
SEEDS = (41, 42)
VARIED_SEEDS = (203,)  # a 256x256 scene of the generalisation set (bench: seeds 200-207 tuned, 300-307 held out)
EXPECTED_LAW = {"constant_fall": "gravity", "higher_rebound": "energy", "upward_fall": "gravity",
                "no_gravity": "gravity", "teleport": "continuity", "jitter": "smoothness", "vanish": "continuity",
                "size_pop": "size", "colour_change": "colour", "sinks": "support"}


def _score(frames: np.ndarray, fps: float, prompt: str):
    return JUDGE.score(Video(frames, fps), prompt)


@pytest.mark.parametrize("family", FAMILIES + CONTROLS)
def test_right_physics_wins_every_pair_by_a_clear_margin(family):
    for seed in SEEDS:
        pair = make_pair(family, seed)
        right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
        assert right.details["violations"] == [], (family, seed, right.details["violations"])
        assert right.pc > 0.9
        assert right.pc - wrong.pc > 0.2, (family, seed, wrong.details["violations"])
        if family in EXPECTED_LAW:  # the penalty names the law that was broken
            assert EXPECTED_LAW[family] in wrong.details["laws_violated"], (family, seed, wrong.details["violations"])
        assert right.sa is None and wrong.sa is None


def test_driven_motion_at_constant_speed_is_not_penalised_but_a_dropped_thing_doing_it_is():
    pair = make_pair("car", 43)
    car = _score(pair.right, pair.fps, "a car drives along the road")
    assert car.details["expectation"]["self_propelled"] and car.details["violations"] == []
    # the same pixels said to be a dropped ball: moving level without ever falling breaks gravity
    ball = _score(pair.right, pair.fps, "a ball is dropped")
    assert "gravity" in ball.details["laws_violated"] and ball.pc < car.pc - 0.3


def test_the_prompt_decides_which_laws_apply():
    dropped = expectation_from_prompt("a red ball is dropped and bounces on the floor")
    assert dropped.ballistic and not dropped.self_propelled and dropped.source == "prompt"
    for prompt in ("a car drives along the road", "a person walks across the street", "a bird flies across the sky"):
        expectation = expectation_from_prompt(prompt)
        assert expectation.self_propelled and not expectation.ballistic, prompt
    assert expectation_from_prompt("") == UNKNOWN
    assert not expectation_from_prompt("a balloon rises into the sky").ballistic  # buoyant, not ballistic


def test_pc_is_stability_times_the_penalty_of_each_violation():
    violations = [Violation("gravity", 0, (0, 5), 1.0, "a"), Violation("size", 0, (3, 4), 0.5, "b")]
    assert penalty(violations) == pytest.approx((1 - VIOLATION_WEIGHT) * (1 - 0.5 * VIOLATION_WEIGHT))
    assert penalty([]) == 1.0
    pair = make_pair("higher_rebound", 44)
    wrong = _score(pair.wrong, pair.fps, pair.prompt)
    expected = wrong.details["pc_parts"]["stability"] * penalty(
        [Violation(v["law"], v["track"], tuple(v["frames"]), v["severity"], v["message"]) for v in wrong.details["violations"]])
    assert wrong.pc == pytest.approx(expected, abs=2e-3)  # severities are rounded in the details


def _tracking(ys, xs=None, fps=16.0, height=100, width=160, size=8.0) -> Tracking:
    """A Tracking holding one track with exact centroids (pixels), for checks without rendering."""
    n = len(ys)
    xs = np.linspace(40, 120, n) if xs is None else np.asarray(xs, float)
    centroids = np.stack([xs, np.asarray(ys, float)], axis=1)
    boxes = np.concatenate([centroids - size / 2, centroids + size / 2], axis=1)
    track = Track(0, np.arange(n), centroids, boxes, np.full(n, size * size), np.tile([200.0, 30.0, 30.0], (n, 1)))
    gray = np.zeros((n, 10, 16), np.float32)
    return Tracking([track], width, height, fps, n, gray, gray.astype(bool), np.ones((10, 16), bool), 24.0)


def test_gravity_law_uses_the_sag_of_the_fitted_parabola():
    dropped = expectation_from_prompt("a ball is dropped")
    t = np.arange(14, dtype=float)
    free_fall = 10 + 0.35 * t * t  # from rest: sag equals the distance fallen
    assert [v.law for v in check_tracking(_tracking(free_fall), dropped)] == []
    steady = 10 + (free_fall[-1] - 10) * t / t[-1]  # the same fall at constant speed: no sag
    (violation,) = check_tracking(_tracking(steady), dropped)
    assert violation.law == "gravity" and violation.severity == 1.0 and "without speeding up" in violation.message
    rising = 90 - 0.35 * t * t  # accelerating upward
    (violation,) = check_tracking(_tracking(rising), dropped)
    assert violation.law == "gravity" and "upward" in violation.message
    # a self-propelled object may do all of that
    assert check_tracking(_tracking(steady), expectation_from_prompt("a bird flies across the sky")) == []
    assert check_tracking(_tracking(steady), UNKNOWN) == []


def test_energy_law_flags_a_rebound_above_the_drop():
    def bounce_path(restitution):
        ys, y, v, g, floor = [], 20.0, 0.0, 0.6, 85.0
        for _ in range(60):
            ys.append(y)
            for _ in range(20):
                y, v = y + v / 20 + 0.5 * g / 400, v + g / 20
                if y > floor and v > 0:
                    y, v = floor - (y - floor), -restitution * v
        return ys

    dropped = expectation_from_prompt("a ball is dropped and bounces")
    assert check_tracking(_tracking(bounce_path(0.7)), dropped) == []
    laws = [v.law for v in check_tracking(_tracking([max(y, 6.0) for y in bounce_path(1.25)]), dropped)]
    assert "energy" in laws


def test_a_teleport_is_a_jump_far_beyond_the_steps_around_it():
    xs = np.concatenate([np.linspace(20, 60, 10), np.linspace(120, 140, 10)])
    ys = np.full(20, 50.0)
    (violation,) = check_tracking(_tracking(ys, xs), expectation_from_prompt("a car drives along the road"))
    assert violation.law == "continuity" and violation.frames == (9, 10)
    # a fast but steady motion is no teleport
    assert check_tracking(_tracking(ys, np.linspace(0, 150, 20)), UNKNOWN) == []


def test_judge_details_name_each_violation_with_law_frames_and_severity():
    pair = make_pair("teleport", 45)
    wrong = _score(pair.wrong, pair.fps, pair.prompt)
    assert wrong.details["violations"]
    for v in wrong.details["violations"]:
        assert set(v) == {"law", "track", "frames", "severity", "message"}
        assert 0 < v["severity"] <= 1 and v["frames"][0] <= v["frames"][1] and v["message"]
    assert math.isclose(wrong.details["pc_parts"]["violation_factor"],
                        math.prod(1 - VIOLATION_WEIGHT * v["severity"] for v in wrong.details["violations"]), abs_tol=2e-3)


@pytest.mark.parametrize("family", FAMILIES + CONTROLS)
def test_right_physics_wins_in_varied_scenes(family):
    """Scenes of the generalisation set (sizes, contrasts, backdrops, frame counts, fps, noise, a second
    object, a delayed start): the right clip still wins by a margin."""
    for seed in VARIED_SEEDS:
        pair = make_pair(family, seed, varied=True)
        right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
        assert right.pc - wrong.pc > 0.15, (family, seed, pair.tags, right.details["violations"], wrong.details["violations"])


def test_with_an_empty_prompt_a_shown_fall_is_held_to_the_laws_of_a_falling_body():
    """No prompt: a rebound higher than the drop and sinking into the floor still lose (the track showed a
    free fall first); a constant-speed descent is not judged (it could be a bird or a lift); driven, buoyant
    and light motion is not penalised."""
    for family, law in (("higher_rebound", "energy"), ("sinks", "support")):
        pair = make_pair(family, 41)
        right, wrong = _score(pair.right, pair.fps, ""), _score(pair.wrong, pair.fps, "")
        assert right.details["violations"] == [] and law in wrong.details["laws_violated"], (family, wrong.details)
        assert "seen falling freely before" in wrong.details["violations"][0]["message"]
        assert right.pc - wrong.pc > 0.3
    pair = make_pair("constant_fall", 41)
    assert _score(pair.wrong, pair.fps, "").details["violations"] == []
    for control in ("car", "bird", "balloon", "feather", "rolling"):
        pair = make_pair(control, 42)
        assert _score(pair.right, pair.fps, "").details["violations"] == [], control


def test_a_held_object_starts_its_flight_when_released():
    """A ball held still for 8 frames, then dropped: the hold is no part of the fall (it would make a
    constant-speed fall look like it speeds up)."""
    dropped = expectation_from_prompt("a ball is dropped")
    t = np.arange(12, dtype=float)
    held = np.full(8, 10.0)
    steady = np.concatenate([held, 10 + 6.0 * t])
    laws = [v.law for v in check_tracking(_tracking(steady, xs=np.full(20, 80.0)), dropped)]
    assert laws == ["gravity"]
    falling = np.concatenate([held, 10 + 0.5 * t * t])
    assert check_tracking(_tracking(falling, xs=np.full(20, 80.0)), dropped) == []


def test_a_teleport_hidden_among_fast_steps_is_found_by_the_motion_on_both_sides():
    """A fall at 8 fps has steps as big as a jump; the jump still misses both constant-velocity predictions."""
    t = np.arange(16, dtype=float)
    ys = 5 + 0.35 * t * t
    xs = 20 + 3.0 * t
    assert check_tracking(_tracking(ys, xs, fps=8.0), UNKNOWN) == []
    jumped = xs.copy()
    jumped[9:] += 12.0  # 12 px of a 100 px frame: below the steps around it, far off the path
    (violation,) = check_tracking(_tracking(ys, jumped, fps=8.0), UNKNOWN)
    assert violation.law == "continuity" and violation.frames == (8, 9)


def test_a_landed_ball_that_sinks_into_the_floor_breaks_support():
    dropped = expectation_from_prompt("a ball falls to the ground")
    t = np.arange(10, dtype=float)
    fall = 10 + 0.8 * t * t  # lands at 82.8 px (bottom 86.8)
    rest = np.full(10, fall[-1])
    assert check_tracking(_tracking(np.concatenate([fall, rest])), dropped) == []
    sinking = fall[-1] + np.minimum(np.arange(1, 11) * 2.0, 12.0)  # 12 px down (1.5 sizes): into the floor
    (violation,) = check_tracking(_tracking(np.concatenate([fall, sinking])), dropped)
    assert violation.law == "support" and "sinks" in violation.message


def test_a_slow_sink_is_measured_from_the_floor_without_counting_the_landing_step_twice():
    """The floor is the lower of the landing sample and the next when the fall went on: that already covers a
    landing sampled a frame early, so a steady sink of 0.75 sizes (more than the half-size allowance) is found."""
    dropped = expectation_from_prompt("a ball falls to the ground")
    t = np.arange(10, dtype=float)
    fall = 10 + 0.8 * t * t  # last step 13.6 px: a third of it would have hidden the sink
    sinking = fall[-1] + np.minimum(np.arange(1, 13) * 0.75, 6.0)
    (violation,) = check_tracking(_tracking(np.concatenate([fall, sinking])), dropped)
    assert violation.law == "support" and "sinks" in violation.message


def test_analysis_frames_are_block_means_then_a_bilinear_step():
    """At a whole factor the analysis frame is exactly the mean of each k×k block (computed here in numpy)."""
    rng = np.random.default_rng(0)
    frames = rng.integers(0, 256, (3, 480, 800, 3), dtype=np.uint8)
    small = analysis_frames(frames, 160)
    assert small.shape == (3, 96, 160, 3)
    blocks = frames.reshape(3, 96, 5, 160, 5, 3).astype(float).mean(axis=(2, 4))
    assert np.abs(small.astype(float) - blocks).max() <= 1.0  # OpenCV rounds to uint8
    assert analysis_frames(frames[:, :100, :120], 160).shape == (3, 100, 120, 3)  # small frames stay as they are


def _disc_clip(backdrop: int, colour, radii, present=None, size=(120, 200)) -> np.ndarray:
    """A disc crossing a flat backdrop at 3 px/frame; ``radii`` per frame, ``present`` False hides it."""
    import cv2

    frames = []
    for i, r in enumerate(radii):
        frame = np.full((*size, 3), backdrop, np.uint8)
        if present is None or present[i]:
            cv2.circle(frame, (round((30 + 3 * i) * 16), round(60 * 16)), round(r * 16), colour, -1, cv2.LINE_AA, 4)
        frames.append(frame)
    return np.stack(frames)


def test_an_object_that_shrinks_below_the_smallest_new_blob_is_still_followed():
    """A size pop to a disc smaller than a new track may start with (0.15 % of the frame) continues the track,
    so the size law sees it, instead of the object dropping out of the tracker."""
    from pipelines.eval.tracking import track_objects

    radii = [4.6] * 12 + [2.3] * 12  # 97 px² of blob, then 25 px²: below the 28.8 px² a new blob needs at 160×120
    tracking = track_objects(_disc_clip(120, (215, 35, 35), radii, size=(120, 160)), 16.0)
    (track,) = [tr for tr in tracking.tracks if tr.length >= 3]
    assert (track.first_frame, track.last_frame, track.length) == (0, 23, 24)
    assert [v.law for v in check_tracking(tracking, UNKNOWN)] == ["size"]


def test_a_pale_object_vanishing_on_a_pale_backdrop_is_not_taken_for_one_the_tracker_lost():
    """White on light grey: the empty backdrop is within 40 levels of white, but nearer the backdrop it is."""
    from pipelines.eval.tracking import track_objects

    shown = np.ones(26, bool)
    shown[10:18] = False
    tracking = track_objects(_disc_clip(215, (250, 250, 250), [7.0] * 26, shown), 16.0)
    (violation,) = check_tracking(tracking, UNKNOWN)
    assert violation.law == "continuity" and violation.frames == (9, 18)
    assert check_tracking(track_objects(_disc_clip(215, (250, 250, 250), [7.0] * 26), 16.0), UNKNOWN) == []


def test_a_throw_gliding_in_a_straight_line_into_the_lowest_band_is_still_a_flight():
    """The band just above the lowest point is taken as the floor (rolling, resting); a thrown ball that glides
    on a straight, slightly sinking line spends most of its path there, and a floor is level, so it is flight."""
    thrown = expectation_from_prompt("a ball is thrown from the left to the right")
    ys = np.concatenate([np.full(8, 40.0), np.linspace(40.0, 46.0, 30)])  # held, then a straight glide
    xs = np.concatenate([np.full(8, 20.0), np.linspace(20.0, 140.0, 30)])
    (violation,) = check_tracking(_tracking(ys, xs, size=9.0), thrown)
    assert violation.law == "gravity" and violation.frames == (8, 37)  # the whole glide, not its first few frames
    t = np.arange(30, dtype=float)  # rolling on the floor after the same hold: level, nothing to judge
    assert check_tracking(_tracking(np.full(38, 46.0), xs, size=9.0),
                          expectation_from_prompt("a ball rolls across the floor")) == []
    arc = np.concatenate([np.full(8, 40.0), 40.0 - 4.0 * t + 0.2 * t * t])  # a real throw over the same span
    assert check_tracking(_tracking(arc, xs, size=9.0), thrown) == []


def test_a_slow_steady_descent_after_landing_is_sinking_but_settling_at_once_is_contact():
    """After the fall stops, going on down a little every frame is the body entering the floor (a quarter of its
    size is enough); the same depth reached in one frame is contact squash or settling (half its size allowed)."""
    fell = expectation_from_prompt("a ball falls to the ground")
    t = np.arange(11, dtype=float)
    fall = 20 + 0.5 * t * t  # lands at y = 70 px in a 100 px frame, falling 9.5 px per frame
    steady = np.concatenate([fall, 70 + np.arange(1, 9), np.full(6, 78.0)])  # 1 px a frame for 8 frames
    (violation,) = check_tracking(_tracking(steady, np.full(len(steady), 80.0), size=20.0), fell)
    assert violation.law == "support" and "sinks" in violation.message
    at_once = np.concatenate([fall, np.full(14, 78.0)])
    assert check_tracking(_tracking(at_once, np.full(len(at_once), 80.0), size=20.0), fell) == []


def test_a_pushed_box_stays_its_own_track_and_a_box_that_ends_inside_another_breaks_solidity():
    """Two boxes in contact make one blob: it is split by colour, so the pushed box is followed on its own
    (no size or colour change, and its speed-up is a push, not friction); a box that slides into a resting box
    (which the background model holds) ends where that box stood."""
    from pipelines.eval.tracking import track_objects

    assert expectation_from_prompt("a red box slides along the floor into a blue box").solid_contact
    assert not expectation_from_prompt("a red ball is dropped").solid_contact
    pair = make_pair("interpenetration", 600, varied=True)  # 640x360, dark noisy backdrop, the pushed box rests 40 %
    tracking = track_objects(pair.right, pair.fps)
    for name in pair.prompt.replace(" box", "").split()[1::7]:  # "a green box slides along the floor into a yellow box"
        of_colour = [tr for tr in tracking.tracks if tr.length >= 3 and np.abs(np.asarray(tr.color) - colour_of(name)).max() < 40]
        assert len(of_colour) == 1 and of_colour[0].last_frame == len(pair.right) - 1, (name, pair.prompt)
    right = _score(pair.right, pair.fps, pair.prompt)
    assert right.details["violations"] == []  # (its PC is below 1 from the camera noise: stability)


@pytest.mark.xfail(strict=True, reason="a black box on a dark backdrop ends inside a resting yellow one: the background "
                   "taken from the clip's two ends keeps the black box there (its colour is near the backdrop's), so "
                   "the yellow box is tracked until they overlap and both vanish without a violation")
def test_a_box_that_ends_inside_a_resting_box_breaks_solidity():
    pair = make_pair("interpenetration", 600, varied=True)
    right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
    assert wrong.details["laws_violated"] == ["solidity"] and right.pc - wrong.pc > 0.15


def test_a_car_covering_most_of_its_road_is_one_track_and_its_teleport_is_seen():
    """A car about half the frame wide covers much of its road for most of the clip, so the temporal median
    holds it there; the background is taken from the clip's two ends instead, the car stays one track and
    its jump is reported (before, the glitched clip tied the right one at 0.696)."""
    pair = make_pair("car", 911, varied=True)  # 480x832, a light flat backdrop, camera noise
    right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
    assert right.details["violations"] == []
    assert "continuity" in wrong.details["laws_violated"]
    assert right.pc - wrong.pc > 0.15


def test_growing_into_the_frame_border_is_a_size_change():
    """A walking person that pops to 1.6x its height touches the frame's border from then on; samples at the
    border are otherwise not measured (leaving the frame shrinks an object), but the border only clips, so
    the growth is reported (before, both clips scored 0.700)."""
    pair = make_pair("person", 921, varied=True)  # 640x360
    right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
    assert right.details["violations"] == []
    assert [v["law"] for v in wrong.details["violations"]] == ["size"]
    assert right.pc - wrong.pc > 0.15


def test_a_delayed_car_whose_start_and_end_overlap_stays_one_track():
    """A car waits, then drives less than its own length: the band where its start and end overlap is covered
    all clip long, so the background keeps the car there. The band sits between two same-coloured pieces of
    the car in every moving frame, so it is painted from the backdrop around it and the car stays one track
    of steady size (before, the car split into two tracks on either side of the band, with false size changes)."""
    scene = Scene(480, 832, 20.0, 60, ((200, 205, 215), (185, 190, 195), (150, 150, 150)), "white", 30.0,
                  0.0, background="flat", delay=15)
    start, y = 0.15 * scene.width, scene.floor * scene.height - 1.3 * scene.radius
    travel = 0.7 * 2 * 3.2 * scene.radius  # 70% of the car's length: its first and last places overlap
    path = [(start + travel * max(0, i - scene.delay) / (scene.frames - 1 - scene.delay), y) for i in range(scene.frames)]
    frames = render(scene, path, shape="car")
    tracking = track_objects(frames, scene.fps)
    assert len(tracking.tracks) == 1
    (car,) = tracking.tracks
    assert len(car.frames) == scene.frames
    assert car.areas.max() / car.areas.min() < 1.25  # the inpainted band is a little off at its rim
    moving = car.centroids[scene.delay + 5:, 0]  # its steady speed, measured away from the start
    speed = travel / (scene.frames - 1 - scene.delay)
    assert abs((moving[-1] - moving[0]) / (len(moving) - 1) - speed) < 0.1 * speed
    assert _score(frames, scene.fps, "a car drives along the road").details["violations"] == []


def test_a_slow_ball_that_vanishes_is_not_excused_for_standing_nearly_still():
    """A white ball rolls slowly on a pale floor and vanishes for ten frames. Just before it goes it moves less
    than a resting object would jitter, which once excused the gap as "at rest, absorbed by the background";
    resting needs its colour still to be there after the track ends. The same ball, shown throughout, is clean."""
    scene = Scene(256, 256, 16.0, 48, ((200, 205, 215), (200, 205, 215), (150, 150, 150)), "white", 12.0, 0.0,
                  background="flat")
    y = scene.floor * scene.height - scene.radius
    path = [(60.0 + 0.6 * i, y) for i in range(scene.frames)]  # 0.0023 frame heights a frame
    gone = [None if 20 <= i < 30 else p for i, p in enumerate(path)]
    prompt = "a white ball rolls across the floor and slowly comes to a stop"
    (violation,) = _score(render(scene, gone), scene.fps, prompt).details["violations"]
    assert violation["law"] == "continuity" and tuple(violation["frames"]) == (19, 30)
    assert _score(render(scene, path), scene.fps, prompt).details["violations"] == []


def test_a_car_on_a_textured_backdrop_with_camera_noise_is_one_clean_track():
    """Where the clip's two ends differ (the car at its start, the car at its end), the background takes the end
    nearer the backdrop around the place. Blotches and the horizon in that ring keep even the bare end 25-40
    levels off its median, so both ends once failed the plain threshold, the median kept half the car in the
    background, and the car split into two tracks with false size and colour changes. The end far nearer the
    ring than the other is the bare one."""
    scene = Scene(832, 480, 20.0, 50, ((60, 60, 75), (95, 95, 110), (45, 40, 35)), "blue", 39.19, 0.0,
                  floor=0.86, background="textured", camera_noise=6.0)
    y = scene.floor * scene.height - 1.3 * scene.radius
    path = [(0.15 * scene.width + 10.4 * i, y) for i in range(scene.frames)]
    frames = render(scene, path, shape="car")
    tracking = track_objects(frames, scene.fps)
    (car,) = tracking.tracks
    assert car.length == scene.frames
    assert _score(frames, scene.fps, "a car drives along the road").details["violations"] == []


def test_a_ball_held_at_its_lowest_place_that_then_speeds_upward_breaks_gravity():
    """Held still low in the frame, then rising faster and faster until it leaves through the top. Its lowest place
    is the hold, so the band around it looked like a floor and the first rising samples were left out of the
    flight: too few remained to judge, and nothing was found. Moving steadily away from the hold is flight."""
    scene = Scene(416, 240, 8.0, 14, BACKDROPS[1], "red", 20.0, 17.0 * 240 / 480, delay=6)
    y_low = 0.68 * scene.height
    path = [(0.6 * scene.width, y_low - 0.5 * scene.gravity * max(0, i - scene.delay) ** 2) for i in range(scene.frames)]
    path = [p if p[1] > -2 * scene.radius else None for p in path]
    (violation,) = _score(render(scene, path), scene.fps, "a red ball is dropped").details["violations"]
    assert violation["law"] == "gravity" and "upward" in violation["message"]


def test_a_held_ball_that_glides_off_in_a_slow_straight_line_breaks_gravity():
    """A thrown ball held still at its lowest place, then gliding right and a little up in a straight line: the
    band around the hold looked like a floor it rolled on, and the glide's steps are too noisy to be strictly
    monotonic, so no flight was judged. Nearly every step leaving the hold the same way is flight, and a straight
    one has no gravity."""
    scene = Scene(320, 192, 26.0, 70, ((200, 205, 215), (185, 190, 195), (150, 150, 150)), "white", 13.0, 0.0,
                  background="flat", delay=20)
    path = [(0.15 * scene.width + 3.0 * max(0, i - scene.delay), 0.51 * scene.height - 0.27 * max(0, i - scene.delay))
            for i in range(scene.frames)]
    (violation,) = _score(render(scene, path), scene.fps,
                          "a white ball is thrown from the left to the right").details["violations"]
    assert violation["law"] == "gravity" and "straight line" in violation["message"]


def test_a_dark_ball_changing_colour_on_a_dark_backdrop_is_seen():
    """Seed 1404 (black ball, dark gradient): every sample is a darker shade of the backdrop, which the colour
    law takes for a followed shadow when it is only some samples; when it is most of the track, it is the object."""
    pair = make_pair("colour_change", 1404, varied=True)
    right, wrong = _score(pair.right, pair.fps, pair.prompt), _score(pair.wrong, pair.fps, pair.prompt)
    assert "colour" in wrong.details["laws_violated"] and "colour" not in right.details["laws_violated"]
    assert right.pc > wrong.pc + 0.2
