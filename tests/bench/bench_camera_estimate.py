"""How well the judge's camera estimate follows the true camera of hand-held clips, and which pairs it costs.

Run: python tests/bench/bench_camera_estimate.py [--seeds 280-291] [--families a,b] [--mp4] [--pairs]
The hand renderer (tests/helpers/physics_clips_hand.py) knows its camera path; per clip (the right one of each pair)
this prints whether the estimate gave up ("unknown") or called the camera still, and its registration error: where
the estimate and the truth take each frame's corners in the reference frame, in analysis pixels (the largest over
the corners), as the share of frames within 0.5 and 1 px, the median and the worst. Per seed, a summary line.
``--pairs`` also judges every pair twice, with the estimate and with the true camera, and lists the pairs whose
outcome the camera decides (lost with the estimate and won with the truth, or the other way round).
"""

from __future__ import annotations

import argparse
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


def judged_with(camera: CameraMotion | None, judge: MotionJudge, clip: np.ndarray, fps: float, prompt: str) -> float:
    """PC of ``clip``, its camera taken as ``camera`` (None: estimated, as the judge does)."""
    original = tracking_module.estimate_camera_motion
    if camera is not None:
        tracking_module.estimate_camera_motion = lambda gray: camera
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
    args = parser.parse_args()
    first, last = (int(v) for v in args.seeds.split("-"))
    settings = TrackingSettings()
    judge = MotionJudge()
    scratch = tempfile.TemporaryDirectory(prefix="bench-camera-")
    totals = {"clips": 0, "unknown": 0, "called_still": 0, "frames": 0, "half": 0, "one": 0}
    decided: list[str] = []
    for seed in range(first, last + 1):
        per_seed = {"clips": 0, "unknown": 0, "called_still": 0, "frames": 0, "half": 0, "one": 0}
        for family in args.families.split(","):
            pair = hand.make_pair(family, seed)
            clips = [through_mp4(c, pair.fps, scratch.name) if args.mp4 else c for c in (pair.right, pair.wrong)]
            gray = luminance(analysis_frames(clips[0], settings.max_side))
            h, w = gray.shape[1:]
            truth = true_camera(family, seed, (w, h))
            estimate = estimate_camera_motion(gray)
            error = registration_error(estimate, truth, w, h)
            called_still = truth.moved and not estimate.moved and not estimate.unknown
            line = (f"  seed {seed} {family:<15} {' '.join(pair.tags):<48} true shift {truth.largest_shift(w, h):5.1f}"
                    f" px: {'UNKNOWN' if estimate.unknown else 'still' if not estimate.moved else 'moved'}"
                    f"  within 0.5/1 px {np.mean(error < 0.5):4.0%}/{np.mean(error < 1):4.0%}"
                    f"  median {np.median(error):5.2f}  worst {error.max():5.2f}")
            if args.pairs:
                right, wrong = (judged_with(None, judge, c, pair.fps, pair.prompt) for c in clips)
                right_t, wrong_t = (judged_with(true_camera(family, seed, (w, h)), judge, c, pair.fps, pair.prompt)
                                    for c in clips)
                line += f"  | estimate {right:.3f}/{wrong:.3f} truth {right_t:.3f}/{wrong_t:.3f}"
                if (right > wrong) != (right_t > wrong_t):
                    verdict = "LOST to the camera" if right_t > wrong_t else "won by the estimate's error"
                    decided.append(f"{family} {seed}: {verdict}")
                    line += f"  {verdict}"
            print(line, flush=True)
            for counts in (per_seed, totals):
                counts["clips"] += 1
                counts["unknown"] += bool(estimate.unknown)
                counts["called_still"] += called_still
                counts["frames"] += len(error)
                counts["half"] += int((error < 0.5).sum())
                counts["one"] += int((error < 1).sum())
        print(summary(f"seed {seed}", per_seed), flush=True)
    print(summary("all", totals))
    if decided:
        print("pairs the camera decides: " + "; ".join(decided))


def summary(name: str, counts: dict[str, int]) -> str:
    return (f"{name}: unknown {counts['unknown']}/{counts['clips']}, moving camera called still "
            f"{counts['called_still']}/{counts['clips']}, frames registered within 0.5 px "
            f"{counts['half'] / counts['frames']:.0%}, within 1 px {counts['one'] / counts['frames']:.0%}")


if __name__ == "__main__":
    main()
