"""Frames/s of the embedded motion judge at 832x480 on its ordinary path and on the two "closer look" paths, for
this tree and, with ``--against``, other checkouts of the repository measured in the same run.

Run: python tests/bench/bench_judge_speed.py [--against /path/to/a/main/worktree ...] [--repeats 3]

Three clips of 81 frames at 16 fps, drawn here so every revision judges the same pixels:
- ordinary: a ball 56 px across bouncing over a textured floor (tracked at the usual analysis size);
- tiny: a ball 10 px across (two pixels at the analysis size, too small for a blob: nothing moves there, so the
  judge looks again three times finer, ``track_objects_or_look_closer``, and follows it there);
- blinking: a ball 30 px across seen five frames out of every nine (only small, broken tracks: the judge looks again
  twice finer, and keeps the usual look since the finer one follows the pieces no better; the cost is the same);
- panning: the ordinary clip through a hand-held camera (a 2 px a frame pan and a 1.5 px shake), which the judge
  holds still against the camera before tracking (a revision without that path just judges it as it is);
- checkerboard: the same pan over a black-and-white checkerboard of 32 px squares, a hostile backdrop for the
  camera estimate (every corner looks like its neighbours a square away, so no fit of the camera's motion is sure).
Each revision runs in its own process (its ``pipelines`` imported from its own tree), warms up once, then times
``repeats`` scores per clip: wall clock and CPU time of the process (all its threads: what an idle machine would
take). The notes say which path each clip took. Ratios are this tree's frames/s over each other tree's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parents[2]
WIDTH, HEIGHT, FRAMES, FPS = 832, 480, 81, 16.0
PROMPT = "a ball falls to the floor and bounces"


def _floor(rng: np.random.Generator, width: int = WIDTH, height: int = HEIGHT) -> np.ndarray:
    """A grey-green floor with coarse texture and grain: a backdrop the tracker must model, not a flat colour."""
    import cv2

    texture = cv2.resize(rng.normal(0, 12, (height // 16, width // 16)).astype(np.float32), (width, height))
    base = np.array([110, 130, 105], np.float32) + texture[..., None]
    return base


def _clip(diameter: float, seen: callable, seed: int) -> np.ndarray:
    """A red ball ``diameter`` px across dropped at x = 40 % of the width, bouncing (restitution 0.6), moving right
    3 px a frame; drawn in the frames where ``seen(i)`` holds; fresh grain every frame."""
    import cv2

    rng = np.random.default_rng(seed)
    floor = _floor(rng)
    out = np.empty((FRAMES, HEIGHT, WIDTH, 3), np.uint8)
    y, speed, ground = 0.2 * HEIGHT, 0.0, 0.85 * HEIGHT
    for i in range(FRAMES):
        speed += 1.2
        y += speed
        if y > ground:
            y, speed = ground, -0.6 * speed
        frame = floor.copy()
        if seen(i):
            centre = (round((0.4 * WIDTH + 3 * i) * 16), round((y - diameter / 2) * 16))
            cv2.circle(frame, centre, round(diameter / 2 * 16), (200, 40, 40), -1, cv2.LINE_AA, shift=4)
        out[i] = np.clip(frame + rng.normal(0, 3, frame.shape), 0, 255)
    return out


def _checkerboard(rng: np.random.Generator, width: int, height: int, square: int = 32) -> np.ndarray:
    """Black and white squares (grey 40 and 215), ``square`` px on a side."""
    rows, cols = np.indices((height, width)) // square
    return np.where((rows + cols) % 2 == 0, 40.0, 215.0)[..., None].repeat(3, axis=2).astype(np.float32)


def _panned_clip(seed: int, backdrop: callable = _floor) -> np.ndarray:
    """The ordinary clip filmed by a hand-held camera: the view pans 2 px a frame and shakes by up to 1.5 px, so the
    judge takes its camera-motion path (every frame followed, then held still against the camera)."""
    margin = 2 * FRAMES + 24
    rng = np.random.default_rng(seed)
    canvas = backdrop(rng, WIDTH + margin, HEIGHT + margin)
    still = _clip(56, lambda i: True, seed)  # the ball's frames, drawn over the canvas where the view sees them
    out = np.empty_like(still)
    for i in range(FRAMES):
        x0, y0 = 12 + 2 * i + round(1.5 * np.sin(1.1 * i)), 12 + round(1.5 * np.cos(1.7 * i))
        view = canvas[y0:y0 + HEIGHT, x0:x0 + WIDTH]
        ball = np.abs(still[i].astype(np.int16) - still[i].mean(axis=(0, 1))).sum(axis=-1) > 120
        frame = np.clip(view + rng.normal(0, 3, view.shape), 0, 255).astype(np.uint8)
        frame[ball] = still[i][ball]
        out[i] = frame
    return out


CLIPS = {
    "ordinary": lambda: _clip(56, lambda i: True, 1),
    "tiny": lambda: _clip(10, lambda i: True, 2),
    "blinking": lambda: _clip(30, lambda i: i % 9 < 5, 3),
    "panning": lambda: _panned_clip(4),
    "checkerboard": lambda: _panned_clip(5, _checkerboard),
}


def measure(tree: Path, repeats: int) -> dict:
    """Frames/s of the judge imported from ``tree`` on each clip (run in a process of its own)."""
    sys.path.insert(0, str(tree))
    from pipelines.core.judging import Video
    from pipelines.eval.motion_judge import MotionJudge

    judge = MotionJudge()
    results = {}
    for name, make in CLIPS.items():
        video = Video(make(), FPS)
        scores = judge.score(video, PROMPT)  # warm-up (imports, OpenCV threads)
        started, cpu_started = time.perf_counter(), time.process_time()
        for _ in range(repeats):
            judge.score(video, PROMPT)
        wall = (time.perf_counter() - started) / repeats
        cpu = (time.process_time() - cpu_started) / repeats
        results[name] = {"wall_fps": FRAMES / wall, "cpu_fps": FRAMES / cpu, "pc": scores.pc,
                         "notes": [n for n in scores.details["notes"] if "px" in n]}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", nargs="*", default=[], help="other checkouts of the repository to measure too")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # measure one tree and print JSON (one process per tree)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(Path(args.worker), args.repeats)))
        return
    trees = [HERE, *(Path(t).resolve() for t in args.against)]
    runs = {}
    for tree in trees:
        done = subprocess.run([sys.executable, __file__, "--worker", str(tree), "--repeats", str(args.repeats)],
                              capture_output=True, text=True, check=True)
        runs[tree] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"judge speed at {WIDTH}x{HEIGHT}, {FRAMES} frames, mean of {args.repeats} (wall is slower on a loaded machine)")
    for name in CLIPS:
        for tree in trees:
            r = runs[tree][name]
            label = "this tree" if tree == HERE else str(tree)
            print(f"  {name:<12} {label:<28} {r['wall_fps']:7.0f} frames/s wall  {r['cpu_fps']:7.0f} frames/s CPU  "
                  f"PC {r['pc']:.3f}  {'; '.join(r['notes']) or 'usual analysis size'}")
        for tree in trees[1:]:
            ours, theirs = runs[HERE][name], runs[tree][name]
            print(f"  {name:<12} this tree / {tree}: wall x{ours['wall_fps'] / theirs['wall_fps']:.2f}, "
                  f"CPU x{ours['cpu_fps'] / theirs['cpu_fps']:.2f}")


if __name__ == "__main__":
    main()
