"""How well the judge's camera estimate follows the true camera of hand-held clips, and which pairs it costs.

Run: python tests/bench/bench_camera_estimate.py [--seeds 280-291] [--families a,b] [--mp4] [--pairs] [--against DIR]
The hand renderer (tests/helpers/physics_clips_hand.py) knows its camera path; per clip (the right one of each pair)
this prints whether the estimate gave up ("unknown") or called the camera still, and its registration error: where
the estimate and the truth take each frame's corners in the reference frame, in analysis pixels (the largest over
the corners), as the share of frames within 0.5 and 1 px, the median and the worst. Per seed, a summary line.
``--pairs`` also judges every pair twice, with the estimate and with the true camera, and lists the pairs whose
outcome the camera decides (lost with the estimate and won with the truth, or the other way round).
``--against DIR`` also runs the estimate of another checkout (DIR/pipelines/eval/camera_motion.py, e.g. the start of
a session) on the same clips, and judges with both estimates the pairs where they differ (elsewhere the judge sees
the same camera, so the pair's outcome cannot change): before/after without judging every pair twice.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.core.judging import Video  # noqa: E402
from pipelines.eval import tracking as tracking_module  # noqa: E402
from pipelines.eval.camera_motion import STILL_PX, CameraMotion, estimate_camera_motion  # noqa: E402
from pipelines.eval.motion_judge import MotionJudge  # noqa: E402
from pipelines.eval.tracking import TrackingSettings, analysis_frames, luminance  # noqa: E402
from tests.bench.bench_judge_pairs import through_mp4  # noqa: E402
from tests.helpers import physics_clips_hand as hand  # noqa: E402
from tests.helpers.physics_clips import CONTROLS, FAMILIES  # noqa: E402


def true_camera(family: str, seed: int, analysis_size: tuple[int, int]) -> CameraMotion:
    """The renderer's camera as the estimate would give it: per frame, the map from its analysis pixels to the
    reference frame's (pixel centres at i + 0.5 in both sizes)."""
    scene = hand.plan(family, seed).scene
    camera = hand.hand_held(scene, np.random.default_rng([scene.rng_seed, 1]))
    w, h = analysis_size
    sx, sy = w / scene.width, h / scene.height
    to_small = np.array([[sx, 0, 0.5 * sx - 0.5], [0, sy, 0.5 * sy - 0.5], [0, 0, 1]])
    to_video = np.linalg.inv(to_small)
    reference = scene.frames // 2
    canvas_to = [np.vstack([camera.matrix(i).astype(float), [0, 0, 1]]) for i in range(scene.frames)]
    maps = np.stack([(to_small @ canvas_to[reference] @ np.linalg.inv(m) @ to_video)[:2] for m in canvas_to])
    motion = CameraMotion(maps.astype(np.float32), reference, False)
    return CameraMotion(motion.to_reference, reference, motion.largest_shift(w, h) > STILL_PX)


def registration_error(estimate: CameraMotion, truth: CameraMotion, w: int, h: int) -> np.ndarray:
    """Per frame, the largest distance (analysis pixels) between where the two take the frame's corners."""
    corners = np.array([[0, 0, 1], [w, 0, 1], [0, h, 1], [w, h, 1]], float)
    a = np.einsum("tij,kj->tki", estimate.to_reference.astype(float), corners)
    b = np.einsum("tij,kj->tki", truth.to_reference.astype(float), corners)
    return np.linalg.norm(a - b, axis=-1).max(axis=1)


def estimator_of(checkout: str):
    """``estimate_camera_motion`` as another checkout of the project has it."""
    spec = importlib.util.spec_from_file_location("other_camera_motion",
                                                  Path(checkout) / "pipelines" / "eval" / "camera_motion.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.estimate_camera_motion


def judged_with(camera, judge: MotionJudge, clip: np.ndarray, fps: float, prompt: str) -> float:
    """PC of ``clip``, its camera taken as ``camera``: a CameraMotion, or a function of the frames' luminance that
    estimates it (None: this checkout's estimate, as the judge has it)."""
    original = tracking_module.estimate_camera_motion
    if camera is not None:
        tracking_module.estimate_camera_motion = camera if callable(camera) else lambda gray: camera
    try:
        return judge.score(Video(clip, fps), prompt).pc
    finally:
        tracking_module.estimate_camera_motion = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", default="280-291")
    parser.add_argument("--families", default=",".join(FAMILIES + CONTROLS))
    parser.add_argument("--mp4", action="store_true", help="round-trip every clip through an H.264 MP4 first")
    parser.add_argument("--pairs", action="store_true", help="also judge each pair with the estimate and the truth")
    parser.add_argument("--against", help="another checkout whose estimate to compare (its pairs judged where they differ)")
    args = parser.parse_args()
    first, last = (int(v) for v in args.seeds.split("-"))
    settings = TrackingSettings()
    judge = MotionJudge()
    scratch = tempfile.TemporaryDirectory(prefix="bench-camera-")
    estimators = {"": estimate_camera_motion}
    if args.against:
        estimators = {"before": estimator_of(args.against), "after": estimate_camera_motion}
    totals = {name: Counts() for name in estimators}
    notes: list[str] = []
    for seed in range(first, last + 1):
        per_seed = {name: Counts() for name in estimators}
        for family in args.families.split(","):
            pair = hand.make_pair(family, seed)
            clips = [through_mp4(c, pair.fps, scratch.name) if args.mp4 else c for c in (pair.right, pair.wrong)]
            grays = [luminance(analysis_frames(c, settings.max_side)) for c in clips]
            h, w = grays[0].shape[1:]
            truth = true_camera(family, seed, (w, h))
            line = f"  seed {seed} {family:<15} {' '.join(pair.tags):<48} true shift {truth.largest_shift(w, h):4.1f} px:"
            estimates = {}
            for name, estimator in estimators.items():
                estimates[name] = [estimator(gray) for gray in grays]
                error = registration_error(estimates[name][0], truth, w, h)
                for counts in (per_seed[name], totals[name]):
                    counts.add(estimates[name][0], truth, error)
                line += f" {name} {Counts.verdict(estimates[name][0])} {np.mean(error < 0.5):4.0%}/{np.mean(error < 1):4.0%}" \
                        f" med {np.median(error):4.2f}"
            if args.against and any(not same_motion(a, b) for a, b in zip(*estimates.values())):
                pcs = {name: [judged_with(e, judge, c, pair.fps, pair.prompt) for e, c in zip(found, clips)]
                       for name, found in estimates.items()}
                line += "  | " + "  ".join(f"{name} {r:.3f}/{q:.3f}" for name, (r, q) in pcs.items())
                (r0, q0), (r1, q1) = pcs.values()
                if (r0 > q0) != (r1 > q1):
                    notes.append(f"{family} {seed}: {'WON' if r1 > q1 else 'LOST'} now")
                    line += f"  {notes[-1]}"
            if args.pairs:
                right, wrong = (judged_with(None, judge, c, pair.fps, pair.prompt) for c in clips)
                right_t, wrong_t = (judged_with(truth, judge, c, pair.fps, pair.prompt) for c in clips)
                line += f"  | estimate {right:.3f}/{wrong:.3f} truth {right_t:.3f}/{wrong_t:.3f}"
                if (right > wrong) != (right_t > wrong_t):
                    notes.append(f"{family} {seed}: {'lost to' if right_t > wrong_t else 'won by'} the estimate")
                    line += f"  {notes[-1]}"
            print(line, flush=True)
        for name, counts in per_seed.items():
            print(f"seed {seed} {name}: {counts}", flush=True)
    for name, counts in totals.items():
        print(f"all {name}: {counts}")
    if notes:
        print("pairs whose outcome the camera changes: " + "; ".join(notes))


def same_motion(a: CameraMotion, b: CameraMotion) -> bool:
    return a.moved == b.moved and bool(a.unknown) == bool(b.unknown) and np.allclose(a.to_reference, b.to_reference)


class Counts:
    """Clips whose camera was unknown or called still while it moved, and frames registered within 0.5 and 1 px."""

    def __init__(self) -> None:
        self.clips = self.unknown = self.called_still = self.frames = self.half = self.one = 0

    @staticmethod
    def verdict(estimate: CameraMotion) -> str:
        return "UNKNOWN" if estimate.unknown else "moved" if estimate.moved else "still"

    def add(self, estimate: CameraMotion, truth: CameraMotion, error: np.ndarray) -> None:
        self.clips += 1
        self.unknown += bool(estimate.unknown)
        self.called_still += truth.moved and not estimate.moved and not estimate.unknown
        self.frames += len(error)
        self.half += int((error < 0.5).sum())
        self.one += int((error < 1).sum())

    def __str__(self) -> str:
        return (f"unknown {self.unknown}/{self.clips}, moving camera called still {self.called_still}/{self.clips}, "
                f"frames registered within 0.5 px {self.half / max(self.frames, 1):.0%}, "
                f"within 1 px {self.one / max(self.frames, 1):.0%}")


if __name__ == "__main__":
    main()
