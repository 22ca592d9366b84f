"""Embedded PhyT2V loop: seconds per round on CPU at the preview's default size (target ≤ 1 s).

Backends: physics planner, preview generator (512x512, 21 frames at 10 fps), motion captioner, motion
judge and the embedded reasoner. The prompts start from a physically wrong layout (a steady fall, a
ball sliding up a wall) so the reasoner has something to fix. Prints the median round time, the share
of each stage, and the MP4 writing cost (the part a UI cannot skip).

Run: python tests/bench/bench_phyt2v.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.core.generation import GenerationRequest
from pipelines.core.layout import Layout, LayoutObject
from pipelines.core.runs import RunStore
from pipelines.eval.motion_captioner import MotionCaptioner
from pipelines.eval.motion_judge import MotionJudge
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.preview_generator import PreviewGenerator
from pipelines.phyt2v.loop import RefineLoop, RefineSettings

ROUNDS = 4
REQUEST = GenerationRequest(prompt="", width=512, height=512, num_frames=21, fps=10, steps=1)
STAGES = ("plan_s", "generate_s", "write_s", "caption_s", "mismatch_s", "judge_s", "refine_s")


def wrong_layouts() -> list[tuple[str, Layout]]:
    steady_fall = tuple((0.45, 0.1 + 0.12 * k, 0.53, 0.18 + 0.12 * k) for k in range(6))
    rising = tuple((0.2 + 0.1 * k, 0.8 - 0.1 * k, 0.28 + 0.1 * k, 0.88 - 0.1 * k) for k in range(6))
    return [
        ("a red ball is dropped and bounces on the floor",
         Layout(objects=(LayoutObject(id=0, name="red ball", boxes=steady_fall),), num_keyframes=6)),
        ("a ball is thrown from the left to the right in a garden",
         Layout(objects=(LayoutObject(id=0, name="ball", boxes=rising),), num_keyframes=6)),
    ]


def main() -> None:
    try:
        from pipelines.phyt2v.embedded import EmbeddedReasoner
    except ImportError as exc:
        print(f"skipped: the embedded reasoner is not available ({exc})")
        return
    settings = RefineSettings(max_rounds=ROUNDS, patience=None, request_template=REQUEST)
    with tempfile.TemporaryDirectory() as tmp:
        loop = RefineLoop(PreviewGenerator(), MotionCaptioner(), MotionJudge(), EmbeddedReasoner(),
                          planner=PhysicsPlanner(), runs=RunStore(tmp), settings=settings)
        list(loop.run("a cup falls off a table", out_dir=Path(tmp) / "warm-up"))  # imports, OpenCV, ffmpeg start-up
        rounds = []
        for i, (prompt, layout) in enumerate(wrong_layouts()):
            state = list(loop.run(prompt, out_dir=Path(tmp) / f"loop-{i}", initial_layout=layout))[-1].state
            rounds += state.rounds
            pcs = " → ".join(f"{r.scores['pc']:.3f}" for r in state.rounds)
            print(f"{prompt!r}: {len(state.rounds)} rounds, PC {pcs} ({state.stop_reason})")
    totals = [r.timings["total_s"] for r in rounds]
    median = statistics.median(totals)
    print(f"\nembedded loop, {REQUEST.width}x{REQUEST.height}, {REQUEST.num_frames} frames, {len(rounds)} rounds")
    print(f"  seconds per round: median {median:.3f}, min {min(totals):.3f}, max {max(totals):.3f}"
          f"  (target ≤ 1 s: {'met' if median <= 1.0 else 'missed'}, headroom {1.0 / median:.2f}×)")
    total = sum(totals)
    for stage in STAGES:
        spent = sum(r.timings.get(stage, 0.0) for r in rounds)
        print(f"  {stage[:-2]:9s} {spent / len(rounds):6.3f} s/round  {100 * spent / total:5.1f} %")


if __name__ == "__main__":
    main()
