"""The judge on what a camera films, round five: a shadow keeps the chromaticity of the ground it falls on (it only
takes light away), so a grey ball against a lavender sky, darker than the sky by a shadow's share, is the ball and
not its shadow: it is neither cut from its own track nor left out of its colour, and a colour change it goes
through is seen; a real shadow on coloured grass is still a shadow."""

from __future__ import annotations

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import is_shadow, without_shadow_ends
from pipelines.eval.tracking import track_objects

SKY, GRASS = (197, 188, 227), (80, 135, 55)  # a lavender evening sky over green grass
GREY, ORANGE, SHADOW = (86, 86, 84), (230, 120, 30), (48, 80, 34)
HORIZON, GROUND, RADIUS, FPS = 300, 440, 22, 20.0


def _noisy(frames: list[np.ndarray], sigma: float = 2.0) -> np.ndarray:
    rng = np.random.default_rng(0)
    clip = np.stack(frames).astype(np.int16) + rng.normal(0, sigma, (len(frames), *frames[0].shape)).round().astype(np.int16)
    return np.clip(clip, 0, 255).astype(np.uint8)


def _dropped_ball(turns_orange_at: int | None = None, n: int = 36, shadow: bool = False) -> np.ndarray:
    """512x512: a grey ball dropped from high in the sky onto the grass, where it lies still; with
    ``turns_orange_at`` it becomes orange from that frame on, while it is still falling through the sky; with
    ``shadow`` it is thrown sideways and the sun casts its shadow on the grass right under it all along."""
    frames = []
    for i in range(n):
        x = 120 + 8 * i if shadow else 256
        y = round(min(70 + 0.5 * 1500 * (i / FPS) ** 2, GROUND - RADIUS))
        frame = np.full((512, 512, 3), SKY, np.uint8)
        frame[HORIZON:] = GRASS
        if shadow:
            cv2.ellipse(frame, (x, GROUND), (30, 7), 0, 0, 360, SHADOW, -1, cv2.LINE_AA)
        colour = ORANGE if turns_orange_at is not None and i >= turns_orange_at else GREY
        cv2.circle(frame, (x, y), RADIUS, colour, -1, cv2.LINE_AA)
        frames.append(frame)
    return _noisy(frames)


def _ball_track(tracking):
    return max(tracking.tracks, key=lambda tr: tr.length)


def test_a_grey_ball_against_a_lavender_sky_is_not_cut_from_its_track_as_a_shadow():
    clip = _dropped_ball(turns_orange_at=6)  # grey in the sky first: not the colour of the rest of its track
    tracking = track_objects(clip, FPS)
    ball = _ball_track(tracking)
    assert (ball.first_frame, ball.last_frame) == (0, len(clip) - 1)
    # darker than the sky by a shadow's share and close to its tint on the mean, but grey where the sky is lavender:
    # its frames in the sky are the ball's, not a shadow's the tracker followed before it found the ball
    kept = without_shadow_ends(ball, tracking)
    assert (kept.first_frame, kept.last_frame) == (0, len(clip) - 1)


def test_a_grey_ball_turning_orange_in_the_sky_changes_colour_and_does_not_appear_from_nowhere():
    prompt = "a grey ball is dropped and falls onto the grass"
    judge = MotionJudge()
    right = judge.score(Video(_dropped_ball(), FPS), prompt)
    wrong = judge.score(Video(_dropped_ball(turns_orange_at=6), FPS), prompt)
    assert "colour" in wrong.details["laws_violated"]
    assert "continuity" not in wrong.details["laws_violated"]  # its grey frames are its own, not a shadow's it left
    assert right.details["laws_violated"] == []
    assert right.pc - wrong.pc > 0.2


def test_a_shadow_on_green_grass_is_still_a_shade_of_the_grass():
    clip = _dropped_ball(shadow=True)
    tracking = track_objects(clip, FPS)
    shadows = [tr for tr in tracking.tracks if np.abs(np.asarray(tr.color) - SHADOW).max() < 30]
    assert shadows
    for shadow in shadows:
        assert is_shadow(shadow, tracking.tracks, tracking)
