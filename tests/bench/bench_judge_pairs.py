"""Pairwise accuracy of the embedded motion judge on rendered right/wrong clip pairs, per family, and its speed.

Run: python tests/bench/bench_judge_pairs.py [--seeds 100-105] [--size 832x480] [--varied] [--renderer alt] [--mp4]
Prints, per family, how many pairs PC(right) > PC(wrong), the mean PC of each side, then frames/s of
the judge at the chosen size, by wall clock and by CPU time (all measured in this run). ``--varied`` draws
every scene from the generalisation set (sizes, contrasts, backgrounds, frame counts, fps, camera noise,
a second object, motion starting mid-clip; the size comes from the seed) and also counts losses per variation.
``--renderer alt`` scores the pairs of tests/helpers/physics_clips_alt.py, a second renderer written
independently (its scenes always vary with the seed); ``--renderer cam`` scores tests/helpers/physics_clips_cam.py, a
third hand's renderer that films a 3-D scene through a pinhole camera (gravity in metres, depth, shadows); ``--renderer
hand`` scores tests/helpers/physics_clips_hand.py, a fourth, written without sight of the judge or the other renderers,
that draws hand-held footage (camera pan, zoom and shake, procedural grass/wood/tile/asphalt, drifting clouds, motion
blur, posts in front, swaying plants); ``--mp4`` sends every clip through an H.264 MP4 file
and back first (write_mp4/read_video), as a clip sent to ``serve-judge`` arrives.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.core.judging import Video  # noqa: E402
from pipelines.core.video import read_video, write_mp4  # noqa: E402
from pipelines.eval.motion_judge import MotionJudge  # noqa: E402
from tests.helpers import physics_clips, physics_clips_alt, physics_clips_cam, physics_clips_hand  # noqa: E402
from tests.helpers.physics_clips import CONTROLS, FAMILIES, OPEN_FAMILIES, make_pair  # noqa: E402

RENDERERS = {"own": physics_clips.make_pair, "alt": physics_clips_alt.make_pair, "cam": physics_clips_cam.make_pair,
             "hand": physics_clips_hand.make_pair}


def through_mp4(frames, fps: float, folder: str):
    """The frames as they come back from an H.264 MP4 (the encoder's losses included)."""
    path = write_mp4(frames, Path(folder) / "clip.mp4", fps)
    decoded, _ = read_video(path)
    return decoded[:, : frames.shape[1], : frames.shape[2]]  # odd sizes are padded to even on writing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", default="100-105", help="inclusive range of scene seeds")
    parser.add_argument("--size", default="320x192", help="WxH of the rendered clips for the accuracy part")
    parser.add_argument("--speed-size", default="832x480", help="WxH for the frames/s measurement")
    parser.add_argument("--families", default=",".join(FAMILIES + CONTROLS),
                        help=f"comma-separated; also {', '.join(OPEN_FAMILIES)} (not yet judged right)")
    parser.add_argument("--varied", action="store_true", help="scenes from the generalisation set")
    parser.add_argument("--renderer", choices=sorted(RENDERERS), default="own",
                        help="own: tests/helpers/physics_clips.py; alt: the independently written physics_clips_alt.py; "
                             "cam: physics_clips_cam.py, a 3-D scene through a pinhole camera; "
                             "hand: physics_clips_hand.py, hand-held footage of textured places")
    parser.add_argument("--mp4", action="store_true", help="round-trip every clip through an H.264 MP4 first")
    parser.add_argument("--no-speed", action="store_true", help="skip the frames/s measurement")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every pair's violations")
    args = parser.parse_args()
    first, last = (int(v) for v in args.seeds.split("-"))
    width, height = (int(v) for v in args.size.split("x"))
    judge = MotionJudge()
    render_pair = RENDERERS[args.renderer]
    scratch = tempfile.TemporaryDirectory(prefix="bench-judge-")  # removed when the run ends
    folder = scratch.name
    total_right = total = 0
    losses: dict[str, int] = {}
    seen: dict[str, int] = {}
    print(f"{'family':<15} right preferred   mean PC right   mean PC wrong   min margin")
    for family in args.families.split(","):
        wins, margins, pcs = 0, [], []
        for seed in range(first, last + 1):
            pair = render_pair(family, seed, width, height, varied=args.varied)
            tags = pair.tags
            clips = [through_mp4(c, pair.fps, folder) if args.mp4 else c for c in (pair.right, pair.wrong)]
            right = judge.score(Video(clips[0], pair.fps), pair.prompt)
            wrong = judge.score(Video(clips[1], pair.fps), pair.prompt)
            wins += right.pc > wrong.pc
            for tag in tags:
                seen[tag] = seen.get(tag, 0) + 1
                losses[tag] = losses.get(tag, 0) + int(right.pc <= wrong.pc)
            margins.append(right.pc - wrong.pc)
            pcs.append((right.pc, wrong.pc))
            if args.verbose:
                laws = lambda s: [v["law"] for v in s.details.get("violations", [])]  # noqa: E731
                print(f"   seed {seed} {' '.join(tags)} [{pair.prompt}]: right {right.pc:.3f} {laws(right)}  wrong "
                      f"{wrong.pc:.3f} {laws(wrong)}")
        n = last - first + 1
        total_right += wins
        total += n
        print(f"{family:<15} {wins:>3}/{n:<3}           {sum(p[0] for p in pcs) / n:.3f}           "
              f"{sum(p[1] for p in pcs) / n:.3f}           {min(margins):+.3f}")
    print(f"overall         {total_right}/{total} = {total_right / total:.3f}")
    if seen:
        print("pairs lost per variation: " + ", ".join(f"{tag} {losses[tag]}/{seen[tag]}" for tag in sorted(seen)))
    if args.no_speed:
        return

    width, height = (int(v) for v in args.speed_size.split("x"))
    pair = make_pair("higher_rebound", first, width, height)
    video = Video(pair.right, pair.fps)
    judge.score(video, pair.prompt)  # warm-up (imports, OpenCV threads)
    started, cpu_started = time.perf_counter(), time.process_time()
    repeats = 3
    for _ in range(repeats):
        judge.score(video, pair.prompt)
    elapsed = (time.perf_counter() - started) / repeats
    cpu = (time.process_time() - cpu_started) / repeats  # all this process's threads: what an idle machine would take
    frames = len(pair.right)
    print(f"speed at {width}x{height}: {frames} frames in {elapsed:.3f} s wall = {frames / elapsed:.0f} frames/s; "
          f"{cpu:.3f} s CPU = {frames / cpu:.0f} frames/s of CPU time (wall is slower on a loaded machine)")


if __name__ == "__main__":
    main()
