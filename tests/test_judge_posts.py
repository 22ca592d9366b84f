"""The motion judge on a body that passes behind a post: a long body seen in two pieces at once, one on each side of
the post, is one body (no vanishing, appearing or size change)."""

from __future__ import annotations

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import TrackingSettings, track_objects_or_look_closer
from tests.helpers.car_past_post import FPS, PROMPT, car_lefts, clip
from tests.helpers.judged import laws_named


def test_a_car_seen_on_both_sides_of_a_post_is_one_car():
    """The car is longer than the post is wide: for several frames the tracker follows a shrinking piece on the side
    it leaves and a growing one on the side it enters. Before, that read as a car vanishing, another appearing and
    both changing size (right 0.054, the same as the car that jumps a length ahead)."""
    frames = clip(car_lefts())
    pieces = track_objects_or_look_closer(frames, FPS, TrackingSettings()).tracks
    shared = set(pieces[0].frames) & set(pieces[1].frames) if len(pieces) == 2 else set()
    assert len(shared) >= 2, "the scene no longer shows the car in two pieces at once"
    judge = MotionJudge()
    right = judge.score(Video(frames, FPS), PROMPT)
    wrong = judge.score(Video(clip(car_lefts(teleport_at=8)), FPS), PROMPT)
    assert not {"continuity", "size"} & set(laws_named(right)), laws_named(right)
    assert right.pc > 0.7
    assert "continuity" in laws_named(wrong)
    assert right.pc > wrong.pc + 0.3
