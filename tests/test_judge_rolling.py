"""The motion judge on a ball that rolls across a wooden floor and slows to a stop: right as it is, wrong when it leaves
the floor and climbs faster and faster (gravity turned upward), which no law on horizontal speed sees."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.closer_look import track_objects_or_look_closer
from pipelines.eval.law_basics import TrackGeometry
from pipelines.eval.laws_rolling import check_lift_off
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import TrackingSettings
from tests.helpers.wood_floor_drop import FLOOR, FPS, FRAMES, backdrop

BALL_R = 9
PROMPT = "a red ball rolls across the wooden floor from left to right and slows to a stop"
REST_ROW = FLOOR + 6 - BALL_R


def ball_path(motion: str) -> tuple[np.ndarray, np.ndarray]:
    """Columns and rows of the ball's centre per frame: rolling from the left and slowing to a stop at 1.6 s; from
    0.6 s on, "lifted" climbs off the floor speeding up, "hop" jumps off a bump and comes back down under gravity."""
    t = np.arange(FRAMES) / FPS
    stop, distance = 1.6, 220.0
    run = np.minimum(t, stop)
    decel = 2 * distance / stop**2
    x = 30 + decel * stop * run - decel * run**2 / 2
    y = np.full_like(t, float(REST_ROW))
    after = np.clip(t - 0.6, 0, None)
    if motion == "lifted":
        y -= 0.5 * 900.0 * after**2
    elif motion == "hop":
        y -= np.clip(180.0 * after - 0.5 * 900.0 * after**2, 0, None)  # up 18 px and back within 0.4 s
    return x, y


def clip(motion: str = "rolls") -> np.ndarray:
    base = backdrop()
    xs, ys = ball_path(motion)
    frames = []
    for x, y in zip(xs, ys):
        frame = base.copy()
        cv2.circle(frame, (int(round(x)), int(round(y))), BALL_R, (200, 38, 32), -1, cv2.LINE_AA)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)


def ball_geometry(motion: str) -> TrackGeometry:
    tracking = track_objects_or_look_closer(clip(motion), FPS, TrackingSettings())
    longest = max(tracking.tracks, key=lambda tr: tr.length)
    return TrackGeometry(longest, tracking)


def test_a_ball_lifted_off_the_floor_speeding_up_breaks_gravity():
    assert check_lift_off(ball_geometry("rolls")) == []
    lifted = check_lift_off(ball_geometry("lifted"))
    assert [v.law for v in lifted] == ["gravity"]
    assert int(0.6 * FPS) <= lifted[0].frames[0] <= int(0.6 * FPS) + 3  # from its last sample on the floor


def test_a_hop_over_a_bump_slows_as_it_climbs_and_is_no_lift_off():
    assert check_lift_off(ball_geometry("hop")) == []


def test_the_judge_prefers_the_ball_that_stays_on_the_floor():
    judge = MotionJudge()
    right = judge.score(Video(clip("rolls"), FPS), PROMPT)
    wrong = judge.score(Video(clip("lifted"), FPS), PROMPT)
    assert "gravity" not in right.details["laws_violated"]
    assert "gravity" in wrong.details["laws_violated"]
    assert right.pc > wrong.pc
