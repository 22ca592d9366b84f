"""The motion judge on a walker the tracker follows as a shirt and, now and then, a separate pair of trousers: the
legs swing about the trunk, so the box around both widens and narrows with each stride and they are never joined
into one steady body; the legs' piece is taken up and let go, under new numbers, while the trunk goes on. The
walker is judged by its trunk: the legs' coming and going is no vanishing, jumping or shaking of the walker."""

from __future__ import annotations

import numpy as np

from pipelines.core.judging import Video
from pipelines.eval.motion_judge import MotionJudge
from tests.helpers.judged import laws_named, through_mp4
from tests.helpers.physics_clips_hand import make_pair


def test_a_walkers_swinging_legs_followed_apart_are_no_breaks_of_the_walker():
    """Seed 1463 (24 fps, sharp, a second ball): the purple shirt is one track over the whole walk and the dark
    trousers four short ones beside it; before, the steady walker was charged with a jump to another place, a jump
    and a shaking on the legs' pieces (right 0.035 below the walker who vanishes mid-walk, 0.098)."""
    pair = make_pair("person", 1463, 832, 480)
    judge = MotionJudge()
    right = judge.score(Video(through_mp4(np.asarray(pair.right), pair.fps), pair.fps), pair.prompt)
    wrong = judge.score(Video(through_mp4(np.asarray(pair.wrong), pair.fps), pair.fps), pair.prompt)
    assert "continuity" not in laws_named(right), laws_named(right)
    assert "continuity" in laws_named(wrong), laws_named(wrong)
    assert right.pc > wrong.pc + 0.2, (right.pc, wrong.pc)
