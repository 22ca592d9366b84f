"""The third clip-pair renderer (tests/helpers/physics_clips_cam.py): every family renders a right and a wrong clip
of one scene at a stated size and frame rate, and the motion it films is the physics it claims (checked on the
objects' projected centres, not by any judge). How the judge scores these pairs is measured by
tests/bench/bench_judge_pairs.py --renderer cam, not here."""

from __future__ import annotations

import numpy as np
import pytest

from tests.helpers.physics_clips_cam import CONTROLS, FAMILIES, SIZES, bounce_flight, make_pair


@pytest.mark.parametrize("family", FAMILIES + CONTROLS)
def test_each_family_renders_one_scene_twice_differing_by_the_violation(family):
    pair = make_pair(family, 105)
    assert pair.right.dtype == pair.wrong.dtype == np.uint8
    assert pair.right.shape == pair.wrong.shape
    frames, height, width, channels = pair.right.shape
    assert (width, height) in SIZES and channels == 3
    assert 16 <= frames <= 81 and 8 <= pair.fps <= 30
    assert pair.tags[0] == f"{width}x{height}"
    assert pair.prompt and pair.prompt == pair.prompt.strip()
    assert not np.array_equal(pair.right, pair.wrong)
    if family != "jitter" and "glitch-jitter" not in pair.tags:  # jitter shakes from the first frame
        assert np.array_equal(pair.right[0], pair.wrong[0])


def test_sizes_frame_rates_and_lengths_cover_the_stated_ranges():
    pairs = [make_pair(family, seed, frames=False) for seed in range(100, 112) for family in ("car", "sinks")]
    assert {tuple(int(v) for v in p.tags[0].split("x")) for p in pairs} == set(SIZES)  # each drawn before any retry
    assert any(len(p.right_track) == 81 and p.fps == 16 for p in pairs)  # Wan2.1's clip shape
    assert all(8 <= p.fps <= 30 and 16 <= len(p.right_track) <= 81 for p in pairs)


def test_bounces_are_exact_parabolas_that_lose_height():
    times = np.arange(200) / 100.0
    heights, corners = bounce_flight(times, 0.1, 2.0, 0.0, 0.7)
    fall = np.sqrt(2 * 2.0 / 9.81)
    first = (times > 0.1) & (times < 0.1 + fall)
    assert np.allclose(heights[first], 2.0 - 9.81 * (times[first] - 0.1) ** 2 / 2)
    assert corners[1] == pytest.approx((0.1 + fall, 0.0))
    assert corners[2][1] == pytest.approx(2.0 * 0.7 ** 2)  # the rebound rises to e² of the drop


@pytest.mark.parametrize("seed", range(100, 104))
def test_a_right_fall_accelerates_on_screen_and_the_constant_fall_does_not(seed):
    pair = make_pair("constant_fall", seed, frames=False)
    right, wrong = pair.right_track[:, 1], pair.wrong_track[:, 1]
    steps = np.diff(right)
    start = int(np.argmax(steps > 0.05))
    landing = start + int(np.argmax(steps[start:] <= 0))  # the frame step that holds the first landing
    falling = steps[start:landing - 1]
    assert len(falling) >= 3 and np.all(np.diff(falling) > 0)  # image y speed grows every frame: gravity
    wrong_steps = np.diff(wrong)[start + 1:landing - 1]
    assert np.ptp(wrong_steps) < 0.25 * np.ptp(falling)  # constant speed in metres: nearly constant on screen


@pytest.mark.parametrize("seed", range(100, 104))
def test_rebounds_stay_below_the_drop_on_the_right_clip_and_climb_on_the_wrong(seed):
    pair = make_pair("higher_rebound", seed, frames=False)
    start = pair.right_track[0, 1]
    right_apexes = [v for a, v, b in zip(pair.right_track[:-2, 1], pair.right_track[1:-1, 1], pair.right_track[2:, 1])
                    if v < a and v <= b]
    assert right_apexes and min(right_apexes) > start  # image y grows downward: every apex lower than the release
    assert np.nanmin(pair.wrong_track[:, 1]) < start - 5


def test_the_other_violations_do_what_they_say():
    upward = make_pair("upward_fall", 101, frames=False)
    assert upward.wrong_track[-1, 1] < upward.wrong_track[0, 1] < upward.right_track[-1, 1]
    vanish = make_pair("vanish", 102, frames=False)
    hidden = np.isnan(vanish.wrong_track[:, 0])
    assert 4 <= hidden.sum() <= 10 and not np.isnan(vanish.right_track).any()
    assert np.all(np.diff(np.flatnonzero(hidden)) == 1)  # one gap
    teleport = make_pair("teleport", 103, frames=False)
    jump = np.abs(teleport.wrong_track[:, 0] - teleport.right_track[:, 0])
    assert jump[0] == 0 and jump[-1] > 0.1 * int(teleport.tags[0].split("x")[0])
    straight = make_pair("no_gravity", 104, frames=False).wrong_track
    line = straight[0] + (straight[-1] - straight[0]) * np.linspace(0, 1, len(straight))[:, None]
    assert np.abs(straight - line).max() < 0.05 * np.abs(straight[-1] - straight[0]).max() + 2  # straight on screen too
