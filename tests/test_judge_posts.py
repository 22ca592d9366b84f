"""The motion judge on a body that passes behind a post: a long body seen in two pieces at once, one on each side of
the post, is one body (no vanishing, appearing or size change)."""

from __future__ import annotations

from pipelines.core.judging import Video
from pipelines.eval.closer_look import track_objects_or_look_closer
from pipelines.eval.motion_judge import MotionJudge
from pipelines.eval.tracking import TrackingSettings
from tests.helpers.car_past_post import CONVOY_CAR_LENGTH, CONVOY_PROMPT, FPS, PROMPT, car_lefts, clip, convoy_lefts
from tests.helpers.judged import laws_named, through_mp4


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


def test_two_cars_in_a_row_are_not_joined_into_one_across_a_post():
    """Two orange cars one close behind the other pass the post; in the wrong clip both jump a car's length ahead.
    The join once merged the wrong clip's convoy before the post with what came out 21 frames later (a track that
    jumps is no steady path across a cover), cleared its post artefacts and ranked it above the right clip (wrong
    0.431, right 0.065)."""
    judge = MotionJudge()
    right = judge.score(Video(through_mp4(clip(convoy_lefts(), CONVOY_CAR_LENGTH), FPS), FPS), CONVOY_PROMPT)
    wrong = judge.score(Video(through_mp4(clip(convoy_lefts(teleport_at=8), CONVOY_CAR_LENGTH), FPS), FPS),
                        CONVOY_PROMPT)
    assert "continuity" in laws_named(wrong)
    assert right.pc > wrong.pc, (right.pc, wrong.pc)
