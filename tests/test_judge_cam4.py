"""The judge on what a camera films, round four: a dark, shaded ball whose lit top stays part of it when it lands on
its shadow (the tracker does not split the top off as a second object); the closer look at a far ball, which
sweeps only the box around what changed and so costs about what the usual look costs; and rebounds that each gain
a little height, within the noise allowance, but add up to a gain over the drop."""

from __future__ import annotations

import time

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.closer_look import changed_box, track_objects_or_look_closer
from pipelines.eval.law_basics import Expectation, TrackGeometry
from pipelines.eval.laws_ballistic import check_ballistic
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import Track, Tracking, TrackingSettings, track_objects

SKY, FLOOR, SHADOW = (175, 170, 200), (150, 150, 140), (95, 95, 90)
BODY, LIT_TOP = (80, 42, 10), (190, 120, 40)  # a dark brown ball whose top the light picks out in orange


def _noisy(frames: list[np.ndarray], sigma: float = 2.0) -> np.ndarray:
    rng = np.random.default_rng(0)
    clip = np.stack(frames).astype(np.int16) + rng.normal(0, sigma, (len(frames), *frames[0].shape)).round().astype(np.int16)
    return np.clip(clip, 0, 255).astype(np.uint8)


def _shaded_ball_landing_on_its_shadow(n: int = 48, fps: float = 20.0) -> np.ndarray:
    """640x360: the ball is thrown level, falls onto the floor at 0.45 s and rolls on, its shadow under it all along:
    from the landing the blob holds the shadow too, and the lit top is far from the ball's median colour."""
    floor_y, radius = 300, 30
    frames = []
    for i in range(n):
        x = 140 + 7 * i
        y = round(min(floor_y - radius - 150 + 0.5 * 1500 * (i / fps) ** 2, floor_y - radius))
        frame = np.full((360, 640, 3), SKY, np.uint8)
        frame[200:] = FLOOR
        cv2.ellipse(frame, (x, floor_y), (36, 9), 0, 0, 360, SHADOW, -1, cv2.LINE_AA)
        cv2.circle(frame, (x, y), radius, BODY, -1, cv2.LINE_AA)
        cv2.ellipse(frame, (x, y), (radius, radius), 0, 200, 340, LIT_TOP, -1, cv2.LINE_AA)
        frames.append(frame)
    return _noisy(frames)


def test_the_lit_top_of_a_shaded_ball_landing_on_its_shadow_stays_part_of_it():
    clip = _shaded_ball_landing_on_its_shadow()
    tracks = track_objects(clip, 20.0).tracks
    ball = [tr for tr in tracks if np.abs(np.asarray(tr.color) - BODY).max() < 40]
    assert len(ball) == 1 and (ball[0].first_frame, ball[0].last_frame) == (0, len(clip) - 1)
    assert not any(np.abs(np.asarray(tr.color) - LIT_TOP).max() < 40 for tr in tracks)  # no track of the top alone
    score = MotionJudge().score(Video(clip, 20.0), "a ball is thrown and rolls along the floor")
    assert score.details["violations"] == []


def _far_ball(n: int = 60, fps: float = 20.0, radius: int = 4, size=(832, 480)) -> tuple[np.ndarray, np.ndarray]:
    """A ball a few pixels across (under one pixel at the usual analysis size) dropped in a wide frame, and its
    centre per frame (x, y) in pixels."""
    width, height = size
    backdrop = np.full((height, width, 3), SKY, np.uint8)
    backdrop[height // 2:] = FLOOR
    frames, centres = [], []
    for i in range(n):
        y = min(60.0 + 0.5 * 600.0 * (i / fps) ** 2, 400.0)
        frame = backdrop.copy()
        cv2.circle(frame, (300, round(y)), radius, (200, 40, 40), -1, cv2.LINE_AA)
        frames.append(frame)
        centres.append((300.5, round(y) + 0.5))
    return _noisy(frames, 2.5), np.asarray(centres)


def test_the_closer_look_at_a_far_ball_sweeps_only_the_box_around_what_changed():
    clip, centres = _far_ball()
    usual = track_objects(clip, 20.0, TrackingSettings())
    assert not usual.tracks  # nothing at 160 px: the ball is under a pixel there
    x0, y0, x1, y1 = changed_box(usual)
    assert x0 <= 296 and x1 >= 305 and y0 <= 56 and y1 >= 405  # its whole path ...
    assert (x1 - x0) * (y1 - y0) < 0.2 * 832 * 480  # ... a small part of the frame
    looked = track_objects_or_look_closer(clip, 20.0, TrackingSettings())
    assert [(tr.first_frame, tr.last_frame) for tr in looked.tracks] == [(0, len(clip) - 1)]
    assert np.abs(looked.tracks[0].centroids - centres).max() < 3.0
    assert looked.gray.shape == (len(clip), 277, 480) == looked.foreground.shape  # the whole frame, finer
    columns = looked.foreground.any(axis=(0, 1))
    assert not columns[: int(x0 * 480 / 832)].any() and not columns[int(np.ceil(x1 * 480 / 832)) + 1:].any()


def test_a_still_clip_gets_no_closer_look():
    clip, _ = _far_ball(n=20)
    still = np.repeat(clip[:1], 20, axis=0)
    looked = track_objects_or_look_closer(still, 20.0, TrackingSettings())
    assert not looked.tracks and looked.gray.shape[1:] == (92, 160)
    assert changed_box(track_objects(still, 20.0, TrackingSettings())) is None


def _cpu_seconds(clip: np.ndarray, prompt: str) -> float:
    judge = MotionJudge()
    judge.score(Video(clip, 20.0), prompt)  # warm-up
    started = time.process_time()
    for _ in range(2):
        judge.score(Video(clip, 20.0), prompt)
    return (time.process_time() - started) / 2


def test_a_far_ball_costs_about_what_a_near_one_costs():
    far, _ = _far_ball()
    near, _ = _far_ball(radius=24)
    assert track_objects(near, 20.0, TrackingSettings()).tracks  # the near ball is followed at the usual size
    # the closer look at three times the size swept the whole frame: nine times the pixels, about six times the time
    assert _cpu_seconds(far, "a ball is dropped") < 3.0 * _cpu_seconds(near, "a ball is dropped")


H, W, FPS = 480, 832, 30.0
BOUNCY = Expectation("ball", ballistic=True, self_propelled=False, depth_change=False, may_vanish=False, source="prompt",
                     bounces=True)


def _bouncing(spans: list[float], floor: float = 400.0, g: float = 2000.0) -> np.ndarray:
    """y in pixels at FPS: a drop of spans[0] pixels from rest onto the floor, then one rebound per further span
    (each rising that many pixels above the floor and falling back)."""
    ys = list(floor - spans[0] + 0.5 * g * (np.arange(0, np.sqrt(2 * spans[0] / g), 1 / FPS)) ** 2)
    for span in spans[1:]:
        half = np.sqrt(2 * span / g)
        t = np.arange(1 / FPS, 2 * half, 1 / FPS)
        ys += list(floor - np.sqrt(2 * g * span) * t + 0.5 * g * t**2)
    return np.minimum(np.asarray(ys), floor)


def _energy_messages(ys: np.ndarray) -> list[str]:
    n = len(ys)
    centroids = np.stack([np.linspace(300.0, 500.0, n), ys], axis=1)
    boxes = np.concatenate([centroids - 15.0, centroids + 15.0], axis=1)
    track = Track(0, np.arange(n), centroids, boxes, np.full(n, 900.0), np.tile([200.0, 40.0, 40.0], (n, 1)))
    tracking = Tracking([track], W, H, FPS, n, np.zeros((n, 96, 166), np.float32), np.zeros((n, 96, 166), bool),
                        np.ones((96, 166), bool), 24.0)
    return [v.message for v in check_ballistic(TrackGeometry(track, tracking), tracking, BOUNCY) if v.law == "energy"]


def test_rebounds_that_each_gain_a_little_add_up_to_an_energy_gain():
    # each rebound 12 px (0.025 frame heights) above the one before, under the noise allowance; two of them: 0.05
    assert len(_energy_messages(_bouncing([300.0, 312.0, 324.0]))) == 1


def test_rebounds_that_lose_height_keep_energy():
    assert _energy_messages(_bouncing([300.0, 200.0, 130.0, 85.0])) == []
    assert _energy_messages(_bouncing([300.0, 305.0, 290.0])) == []  # one rebound within the noise allowance
