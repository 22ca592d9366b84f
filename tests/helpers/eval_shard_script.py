"""A deterministic fake generator and judge for evaluation tests, and a one-shard eval script.

Run under ``accelerate launch --multi_gpu --num_processes 2 tests/helpers/eval_shard_script.py OUT N``
each process evaluates its shard (from ``shard_from_accelerate``) of N fake prompts and writes
``OUT/shard-info-<index>.json`` with the prompt ids it was given.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.core.generation import GenerationError, GenerationRequest, GenerationResult  # noqa: E402
from pipelines.core.judging import JudgeScores, Video  # noqa: E402
from pipelines.eval.prompts import EvalPrompt, prompt_id  # noqa: E402


class SimulatedCrash(Exception):
    """Not a generation error: the runner must stop (like a killed process), not record a failure."""


def _seed_of(*parts: object) -> int:
    return int.from_bytes(hashlib.sha1("|".join(map(str, parts)).encode()).digest()[:8], "little")


class FakeGenerator:
    """Frames drawn from (prompt, seed, variant): the same request always gives the same video."""

    backend_id = "fake-generator"

    def __init__(self, variants=("tuned",), fail_on_calls=(), crash_on_call: int | None = None):
        self._variants = list(variants)
        self.fail_on_calls = set(fail_on_calls)  # 1-based call numbers that raise GenerationError
        self.crash_on_call = crash_on_call  # a call that raises a non-generation error (a "power cut")
        self.calls: list[GenerationRequest] = []

    def variants(self) -> list[str]:
        return list(self._variants)

    def generate(self, request, *, progress=None, cancel=None) -> GenerationResult:
        self.calls.append(request)
        number = len(self.calls)
        if number == self.crash_on_call:
            raise SimulatedCrash(f"simulated crash on call {number}")
        if number in self.fail_on_calls:
            raise GenerationError(f"simulated failure on call {number}")
        rng = np.random.default_rng(_seed_of(request.prompt, request.seed, request.variant))
        frames = rng.integers(0, 256, size=(request.num_frames, request.height, request.width, 3), dtype=np.uint8)
        if progress is not None:
            progress(1, 1, "drawn")
        return GenerationResult(frames=frames, fps=float(request.fps), backend_id=self.backend_id,
                                model_id="fake-model", variant=request.variant, timings={"draw_s": 0.0})


class FakeJudge:
    """Scores computed from the frames, so they depend on the video and nothing else."""

    judge_id = "fake-judge"
    kind = "vlm"

    def __init__(self, measures_sa: bool = True):
        self.measures_sa = measures_sa
        self.calls = 0

    def score(self, video: Video, prompt: str) -> JudgeScores:
        self.calls += 1
        frames = video.frames.astype(np.float64)
        pc = round(float(frames[0].mean()) / 255.0, 6)
        sa = round(float(frames[-1, ..., 0].mean()) / 255.0, 6) if self.measures_sa else None
        return JudgeScores(sa=sa, pc=pc, judge_id=self.judge_id, kind=self.kind, details={"frames": video.num_frames})


def fake_prompts(count: int) -> list[EvalPrompt]:
    categories = ("mechanics", "optics", "thermal", "material")
    prompts = []
    for i in range(count):
        text = f"test prompt number {i}: a ball rolls"
        prompts.append(EvalPrompt(id=prompt_id("test", text), prompt=text, category=categories[i % 4],
                                  law=("gravity", "friction")[i % 2], interaction=("object", "activity")[i % 2],
                                  hard=i % 3 == 0, source="test"))
    return prompts


TINY_REQUEST = GenerationRequest(prompt="", width=16, height=16, num_frames=3, fps=4, steps=1)


def main(argv: list[str]) -> int:
    from pipelines.eval.batch import run_eval, shard_from_accelerate

    out, count = Path(argv[0]), int(argv[1])
    shard_index, num_shards = shard_from_accelerate()
    prompts = fake_prompts(count)
    generator = FakeGenerator()
    summary = run_eval(prompts, ["base", "tuned"], generator, FakeJudge(), out, request_template=TINY_REQUEST,
                       shard_index=shard_index, num_shards=num_shards)
    (out / f"shard-info-{shard_index}.json").write_text(json.dumps({
        "shard_index": shard_index, "num_shards": num_shards, "completed": summary.completed,
        "prompts": sorted({r.prompt for r in generator.calls}),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
