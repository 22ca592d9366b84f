"""The whole embedded PhyT2V loop (preview generator, motion captioner and judge, embedded reasoner,
physics planner) started from physically wrong layouts: PC rises from round 0 to round 1."""

import pytest

from pipelines.core.generation import GenerationRequest
from pipelines.core.runs import RunStore
from pipelines.eval.motion_captioner import MotionCaptioner
from pipelines.eval.motion_judge import MotionJudge
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.preview_generator import PreviewGenerator
from pipelines.phyt2v.embedded import EmbeddedReasoner
from pipelines.phyt2v.loop import RefineLoop, RefineSettings
from tests.test_phyt2v_embedded import WRONG_STARTS, layout_of


@pytest.mark.parametrize("case", list(WRONG_STARTS), ids=list(WRONG_STARTS))
def test_pc_rises_over_rounds_from_a_physically_wrong_layout(case, tmp_path):
    prompt, centres, name, size = WRONG_STARTS[case]
    settings = RefineSettings(max_rounds=2, patience=None, seed=0,
                              request_template=GenerationRequest(prompt="", width=192, height=192, num_frames=21, fps=8))
    loop = RefineLoop(PreviewGenerator(), MotionCaptioner(), MotionJudge(), EmbeddedReasoner(), planner=PhysicsPlanner(),
                      runs=RunStore(tmp_path / "runs"), settings=settings)
    rounds = [u.round for u in loop.run(prompt, initial_layout=layout_of(name, centres, size)) if u.round is not None]
    assert [r.index for r in rounds] == [0, 1] and all(r.status == "done" for r in rounds)
    assert rounds[0].mismatch["issues"], "the reasoner names what the wrong layout gets wrong"
    assert rounds[1].scores["pc"] > rounds[0].scores["pc"] + 0.03, [r.scores["pc"] for r in rounds]
