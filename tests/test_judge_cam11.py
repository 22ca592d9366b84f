"""The judge on what a camera films, round eleven. A ball that lands on its own shadow may leave the tracker following
the ball under the shadow's number and the shadow under the ball's; a shadow is a darker shade of the ground, in its
chromaticity, lying below the body: told apart that way, the two tracks are handed back, so a fall that speeds up
reads as one and a fall at constant speed is still caught. A shadow casts none: of two tracks in a shade of the ground, the
one with the other beneath it is the body (a grey ball over grey gravel). A ball over ground of nearly its own colour
all round loses as much of its blob in every frame: its sizes compare among those frames."""

from __future__ import annotations

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers import physics_clips_cam


def _scores(family: str, seed: int) -> tuple[float, float, list[str], list[str]]:
    pair = physics_clips_cam.make_pair(family, seed)
    judge = MotionJudge()
    right, wrong = (judge.score(Video(clip, pair.fps), pair.prompt) for clip in (pair.right, pair.wrong))
    laws = [[v["law"] for v in s.details["violations"]] for s in (right, wrong)]
    return right.pc, wrong.pc, *laws


def test_a_ball_swapped_with_its_shadow_at_landing_falls_like_a_ball():
    """Cam seed 328 (17 frames at 13 fps): the tracker swaps the dark ball and its brown shadow on the wooden floor
    at the landing; the swapped track climbed 'from where it was let go'."""
    right, wrong, right_laws, wrong_laws = _scores("constant_fall", 328)
    assert right_laws == [] and wrong_laws == ["gravity"]
    assert right > wrong + 0.2


def test_a_constant_speed_fall_swapped_with_its_shadow_still_breaks_gravity():
    """Cam seed 332 (81 frames at 16 fps): in the wrong clip the ball that falls at constant speed and its grey
    shadow on the gravel swap for two frames at the landing; joined back, the fall shows its constant speed."""
    right, wrong, right_laws, wrong_laws = _scores("constant_fall", 332)
    assert right_laws == [] and "gravity" in wrong_laws
    assert right > wrong + 0.2


def test_a_grey_ball_over_its_shadow_on_grey_gravel_is_the_body():
    """Cam seed 335 of vanish: a grey ball over grey gravel reads as a darker shade of the ground, as its shadow does;
    the ball's track had its first fifteen frames cut off as shade ('appears from nowhere'), which left the shadow
    with nothing above it to cast it, judged as a body that 'climbs'. A shadow casts none: the one with the other
    beneath it is the ball."""
    right, wrong, right_laws, wrong_laws = _scores("vanish", 335)
    assert right_laws == [] and wrong_laws == ["continuity"]
    assert right > wrong + 0.1


def test_a_ball_that_pops_larger_over_ground_of_nearly_its_colour_changes_size():
    """Cam seed 332 of size_pop: a pink ball over grey gravel lies, box after box, on backdrop within twice the
    foreground threshold of its colour, so every sample was left out as 'lost against its backdrop' and the pop to
    1.7 times its size went unseen (0.662 both). The blob loses alike in every such sample: they compare."""
    right, wrong, right_laws, wrong_laws = _scores("size_pop", 332)
    assert right_laws == [] and wrong_laws == ["size"]
    assert right > wrong + 0.2
