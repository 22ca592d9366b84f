"""The hand-held renderer's pairs: every family renders, the two clips part only at the violation, and the right
clip's object obeys its law, measured on the planned path against the scene's own metres-per-pixel gravity."""

from __future__ import annotations

import numpy as np
import pytest

from tests.helpers.physics_clips import CONTROLS, FAMILIES
from tests.helpers.physics_clips_hand import CONTROL_VIOLATIONS, NAMES, SUBFRAMES, hand_held, make_pair, plan

ALL = FAMILIES + CONTROLS


def cheapest_seed(family: str, seeds=range(6)) -> int:
    """The seed among a few whose clips have the fewest pixels, to keep the drawing tests fast."""
    return min(seeds, key=lambda s: (lambda sc: sc.width * sc.height * sc.frames)(plan(family, s).scene))


def fit(times, values, degree):
    """Polynomial coefficients (highest first) and the largest residual."""
    coefficients = np.polyfit(times, values, degree)
    return coefficients, float(np.abs(np.polyval(coefficients, times) - values).max())


def bounces(y) -> np.ndarray:
    """Indices of samples where a downward move (rows growing) turns upward: each is just before or just after a
    bounce."""
    step = np.diff(y)
    return np.nonzero((step[:-1] > 1e-9) & (step[1:] < -1e-9))[0] + 1


def first_flight(path):
    """Sample indices from the release to the last one surely before the first touch of the ground."""
    y = path.y
    start = int(np.nonzero(y != y[0])[0][0])
    turns = bounces(y)
    rests = np.nonzero(y >= y.max() - 1e-9)[0]
    end = min(int(turns[0]) if len(turns) else len(y), int(rests[0]) if len(rests) else len(y))
    return np.arange(start, end)


@pytest.mark.parametrize("family", ALL)
def test_every_family_renders_two_clips_that_part_at_the_violation(family):
    seed = cheapest_seed(family)
    p = plan(family, seed)
    pair = make_pair(family, seed)
    assert pair.right.shape == pair.wrong.shape and pair.right.dtype == pair.wrong.dtype == np.uint8
    frames, height, width, channels = pair.right.shape
    assert channels == 3 and 24 <= frames <= 81 and 12 <= pair.fps <= 30
    assert (width, height) == (p.scene.width, p.scene.height) and pair.prompt == p.prompt and pair.tags
    assert np.array_equal(pair.right[:p.onset], pair.wrong[:p.onset])  # same camera, light and grain until then
    assert not np.array_equal(pair.right[p.onset:p.onset + 4], pair.wrong[p.onset:p.onset + 4])


@pytest.mark.parametrize("family", ALL)
def test_prompts_name_the_drawn_object(family):
    for seed in range(4):
        p = plan(family, seed)
        expected = {"rolling": "ball"}.get(family) or NAMES.get(p.scene.kind, p.scene.kind)
        if p.scene.kind == "ball" and "tennis ball" in p.prompt:
            expected = "tennis ball"
        assert expected in p.prompt, (seed, p.prompt)


def test_scenes_vary_with_the_seed():
    scenes = [plan("vanish", seed).scene for seed in range(12)]
    assert len({(s.width, s.height) for s in scenes}) >= 3 and len({s.background for s in scenes}) >= 3
    assert len({s.fps for s in scenes}) >= 3 and len({s.kind for s in scenes}) >= 3


@pytest.mark.parametrize("seed", range(4))
def test_a_dropped_object_falls_with_constant_gravity_and_the_wrong_one_at_constant_speed(seed):
    p = plan("constant_fall", seed)
    flight = first_flight(p.right)
    (a, _, _), residual = fit(p.scene.times[flight], p.right.y[flight], 2)
    assert 2 * a == pytest.approx(9.81 * p.scene.ppm, rel=0.01) and residual < 0.05
    falling = first_flight(p.wrong)
    (_, _), residual = fit(p.scene.times[falling], p.wrong.y[falling], 1)
    assert residual < 0.05


def apexes(path) -> list[float]:
    """Heights (pixels above the resting row) of the tops of each flight after the first bounce."""
    y = path.y
    rest = y.max()
    turns = bounces(y)
    tops = [i for i in range(int(turns[0]) + 1, len(y) - 1) if y[i] <= y[i - 1] and y[i] < y[i + 1]]
    return [rest - y[i] for i in tops]


@pytest.mark.parametrize("seed", range(4))
def test_rebounds_shrink_on_the_right_and_the_first_climbs_above_the_drop_on_the_wrong(seed):
    p = plan("higher_rebound", seed)
    drop = p.right.y.max() - p.right.y[0]
    right, wrong = apexes(p.right), apexes(p.wrong)
    assert right and all(b < a for a, b in zip([drop] + right, right))
    assert wrong and wrong[0] > 1.3 * drop


@pytest.mark.parametrize("seed", range(4))
def test_an_upward_fall_accelerates_upward_at_gravity(seed):
    p = plan("upward_fall", seed)
    moving = np.nonzero(p.wrong.y < p.wrong.y[0] - 1e-9)[0]
    (a, _, _), residual = fit(p.scene.times[moving], p.wrong.y[moving], 2)
    assert 2 * a == pytest.approx(-9.81 * p.scene.ppm, rel=0.01) and residual < 0.05


@pytest.mark.parametrize("seed", range(4))
def test_a_throw_is_a_parabola_and_without_gravity_a_straight_line(seed):
    p = plan("no_gravity", seed)
    t = p.scene.times
    flight = first_flight(p.right)
    (a, _, _), residual = fit(t[flight], p.right.y[flight], 2)
    assert 2 * a == pytest.approx(9.81 * p.scene.ppm, rel=0.01) and residual < 0.05
    assert fit(t[flight], p.right.x[flight], 1)[1] < 0.05  # steady sideways speed in the air
    assert fit(t, p.wrong.x, 1)[1] < 1e-6 and fit(t, p.wrong.y, 1)[1] < 1e-6


@pytest.mark.parametrize("seed", range(4))
def test_a_rolling_ball_slows_at_a_constant_rate_to_a_stop(seed):
    p = plan("rolling", seed)
    x, t = p.right.x, p.scene.times
    moving = np.nonzero(np.abs(np.diff(x)) > 1e-9)[0]
    (a, b, _), residual = fit(t[moving], x[moving], 2)
    assert a * b < 0 and residual < 1e-6  # decelerating, uniformly
    assert np.abs(np.diff(x[moving[-1] + 2:])).max(initial=0) < 1e-9  # and then at rest
    assert np.ptp(p.right.y) == 0 and p.wrong.y.min() < p.right.y.min() - p.scene.size_px  # the wrong one lifts off


@pytest.mark.parametrize("seed", range(3))
def test_sinking_starts_once_the_object_rests(seed):
    p = plan("sinks", seed)
    after = p.scene.frame_of >= p.onset
    rest = p.right.y.max()
    assert np.all(p.right.y[after] == rest)  # the right one lies still on the ground
    assert np.all(np.diff(p.wrong.y[after]) >= 0) and p.wrong.y[-1] > rest + 0.3 * p.scene.size_px


@pytest.mark.parametrize("seed", range(3))
def test_controls_move_as_their_prompt_says_on_the_right(seed):
    for family in ("car", "person", "bird"):
        p = plan(family, seed)
        assert fit(p.scene.times, p.right.x, 1)[1] < 1e-6  # steady speed
    balloon = plan("balloon", seed)
    assert np.all(np.diff(balloon.right.y) <= 0) and balloon.right.y[-1] < balloon.right.y[0]  # rising
    feather = plan("feather", seed)
    assert 0 < np.diff(feather.right.y).sum() / (feather.scene.frames / feather.scene.fps) < feather.scene.g_px * 0.5


@pytest.mark.parametrize("family", ["teleport", "jitter", "vanish", "size_pop", "colour_change"])
def test_glitches_show_the_object_in_the_frame_when_they_happen(family):
    for seed in range(4):
        p = plan(family, seed)
        mid = p.onset * SUBFRAMES + SUBFRAMES // 2
        x, y = p.right.x[mid] - p.scene.margin, p.right.y[mid] - p.scene.margin
        assert 0 < x < p.scene.width and 0 < y < p.scene.height, seed


def test_every_control_names_its_violation():
    assert set(CONTROL_VIOLATIONS) == set(CONTROLS)


@pytest.mark.parametrize("seed", sorted(range(6), key=lambda s: (lambda sc: sc.width * sc.height * sc.frames)(
    plan("vanish", s).scene))[:2])
def test_the_object_is_drawn_where_its_path_and_the_camera_put_it(seed):
    """Where the wrong clip lacks the object (vanish), the two clips differ around the path's point seen through the
    hand-held camera, and nowhere far from it."""
    p = plan("vanish", seed)
    pair = make_pair("vanish", seed)
    camera = hand_held(p.scene, np.random.default_rng([p.scene.rng_seed, 1]))
    gone = np.nonzero(~p.wrong.visible[SUBFRAMES // 2::SUBFRAMES])[0]
    for frame in gone:
        diff = np.abs(pair.right[frame].astype(int) - pair.wrong[frame].astype(int)).sum(-1) > 24
        rows, cols = np.nonzero(diff)
        mid = frame * SUBFRAMES + SUBFRAMES // 2
        x, y = camera.point(frame, p.right.x[mid], p.right.y[mid])
        reach = p.scene.size_px * 1.5 + 6
        assert len(rows) > 0.1 * p.scene.size_px ** 2 * 0.3
        assert np.abs(cols - x).max() < reach + np.ptp(p.right.x[frame * SUBFRAMES:(frame + 1) * SUBFRAMES])
        assert np.hypot(cols.mean() - x, rows.mean() - y) < 0.5 * p.scene.size_px + 3
