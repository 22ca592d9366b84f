"""The motion judge on hand-held footage, judged on the track the prompt speaks of: a swaying plant's leaves, a second
ball or a cloud are other things in the scene, and their pieces coming and going are no violation of the subject's."""

from __future__ import annotations

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.physics_clips_hand import make_pair


def _laws_of(scores) -> list[str]:
    return [v["law"] for v in scores.details["violations"]]


def test_a_plant_swaying_beside_a_yellow_bottle_is_not_the_bottle():
    """Hand-held renderer, constant_fall seed 202: a yellow bottle dropped on asphalt beside a swaying green plant. The
    plant's leaves, green where the prompt's bottle is yellow, came and went as pieces and took continuity and
    smoothness violations (right 0.005 against wrong 0.146); they are another thing in the scene."""
    pair = make_pair("constant_fall", 202)
    judge = MotionJudge()
    right = judge.score(Video(pair.right, pair.fps), pair.prompt)
    wrong = judge.score(Video(pair.wrong, pair.fps), pair.prompt)
    assert right.pc > 0.5, _laws_of(right)
    assert right.pc > wrong.pc + 0.2
    assert "gravity" in _laws_of(wrong)
