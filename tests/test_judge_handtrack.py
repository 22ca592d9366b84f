"""The motion judge on hand-held footage, judged on the track the prompt speaks of: a swaying plant's leaves, a second
ball or a cloud are other things in the scene, and their pieces coming and going are no violation of the subject's."""

from __future__ import annotations

import math

import cv2
import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.closer_look import track_objects_or_look_closer
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.physics_checks import check_tracking, expectation_from_prompt
from pipelines.eval.scene_movers import prompt_subjects
from pipelines.eval.tracking import Track, TrackingSettings
from tests.helpers.judged import laws_named, through_mp4
from tests.helpers.physics_clips_hand import make_pair
from tests.test_judge_hand_distract import FLOOR, FPS, FRAMES, backdrop, draw_plant

WALKER = "a person in a green shirt walks from left to right across the room"


def test_a_plant_swaying_beside_a_yellow_bottle_is_not_the_bottle():
    """Hand-held renderer, constant_fall seed 202: a yellow bottle dropped on asphalt beside a swaying green plant. The
    plant's leaves, green where the prompt's bottle is yellow, came and went as pieces and took continuity and
    smoothness violations (right 0.005 against wrong 0.146); they are another thing in the scene."""
    pair = make_pair("constant_fall", 202)
    judge = MotionJudge()
    right = judge.score(Video(pair.right, pair.fps), pair.prompt)
    wrong = judge.score(Video(pair.wrong, pair.fps), pair.prompt)
    assert right.pc > 0.5, laws_named(right)
    assert right.pc > wrong.pc + 0.2
    assert "gravity" in laws_named(wrong)


def walker_beside_the_plant() -> np.ndarray:
    """The swaying green plant of tests/test_judge_hand_distract.py, and a walker in a shirt of the leaves' green (a
    green block on dark legs) crossing the room from left to right in front of the wall."""
    base = backdrop()
    frames = []
    for i in range(FRAMES):
        frame = base.copy()
        draw_plant(frame, 0.15 * math.sin(2 * math.pi * 0.6 * i / FPS + 0.4))
        x = int(120 + 4.0 * i)
        cv2.rectangle(frame, (x - 8, FLOOR - 60), (x + 8, FLOOR - 30), (85, 185, 45), -1)
        cv2.rectangle(frame, (x - 6, FLOOR - 30), (x + 6, FLOOR + 4), (40, 40, 60), -1)
        frames.append(np.clip(frame, 0, 255).astype(np.uint8))
    return np.stack(frames)


def test_leaves_as_green_as_the_walkers_shirt_are_not_pieces_of_the_walker():
    """A plant's leaves are the scene moving, but a track in a body's colour that travels farther than its own size was
    taken for that body (a dark ball back in front of a dark crate): the leaves, as green as the walker's shirt and
    hopping from leaf to leaf, were held to the laws of bodies. They are seen at the same time as the walker, clear of
    it: a body is in one place at a time, so they are not the walker's, and no violation is charged to them."""
    tracking = track_objects_or_look_closer(walker_beside_the_plant(), FPS, TrackingSettings())
    plant = {tr.track_id for tr in tracking.tracks if tr.centroids[:, 0].max() < 110 and tr.length >= 3}
    assert plant
    charged = {v.track for v in check_tracking(tracking, expectation_from_prompt(WALKER))}
    assert not charged & plant


def _flat_track(track_id: int, frames: range, rgb: tuple[float, float, float]) -> Track:
    n = len(frames)
    centroids = np.stack([np.linspace(100, 300, n), np.full(n, 200.0)], axis=1)
    boxes = np.concatenate([centroids - 8, centroids + 8], axis=1)
    return Track(track_id, np.asarray(frames), centroids, boxes, np.full(n, 256.0), np.tile(np.asarray(rgb, float), (n, 1)))


def test_a_track_seen_only_while_the_named_colour_is_not_may_still_be_the_subject():
    """A small red ball blurred over the yard measures mauve (its rim takes the backdrop's colour) until it vanishes, and
    red once it is back: the mauve track is seen only while no red one is, so it may be the ball, and its vanishing is
    still charged. A green thing seen at the same time as the red ball is another thing."""
    mauve, red = _flat_track(0, range(0, 24), (126, 85, 105)), _flat_track(1, range(34, 58), (200, 40, 45))
    green = _flat_track(2, range(30, 58), (60, 150, 50))
    assert prompt_subjects([mauve, red, green], ("red",)) == [True, True, False]


def test_a_pale_track_beside_one_plainly_of_the_named_hue_is_another_thing():
    """A hand-held sky drifts: a pale cloud (too faint in chroma to tell a hue, so it could be a washed-out orange) is
    followed at the same time as the orange balloon, far from it: the balloon shows where the orange thing is, so the
    cloud is another thing. Seen alone, or over the balloon's own box (its blurred rim), a pale track may be it."""
    balloon, cloud = _flat_track(0, range(0, 30), (200, 110, 40)), _flat_track(1, range(0, 30), (170, 189, 214))
    cloud.centroids[:, 1] -= 120
    cloud.boxes[:, [1, 3]] -= 120
    assert prompt_subjects([balloon, cloud], ("orange",)) == [True, False]
    rim = _flat_track(2, range(0, 30), (170, 189, 214))
    assert prompt_subjects([balloon, rim], ("orange",)) == [True, True]
    later = _flat_track(3, range(40, 60), (170, 189, 214))
    assert prompt_subjects([balloon, later], ("orange",)) == [True, True]
    assert prompt_subjects([cloud], ("orange",)) == [True]


def test_a_drifting_cloud_beside_a_rising_balloon_is_charged_nothing():
    """Hand-held TUNE pair balloon 1154 (16 fps, blurred), through an MP4 as clips arrive: a pale cloud piece drifting
    up the sky was taken for the orange balloon and charged a jump, a vanish and a colour change (right 0.091 against
    the wrong clip's 0.363)."""

    pair = make_pair("balloon", 1154, 832, 480)
    judge = MotionJudge()
    right, wrong = (judge.score(Video(through_mp4(np.asarray(frames), pair.fps), pair.fps), pair.prompt)
                    for frames in (pair.right, pair.wrong))
    assert right.details["laws_violated"] == []
    assert right.pc > wrong.pc + 0.2
