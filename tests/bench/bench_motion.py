"""Motion judge and captioner throughput on a Wan-sized clip: 480x832, 81 frames at 16 fps.

The clip is synthetic (a bouncing red ball and a blue disc crossing right to left over a
gradient backdrop), so the numbers measure the analysis, not decoding. Both read the same
frames; the judge adds dense optical flow and the metrics, so it is the slower of the two.

Run: python tests/bench/bench_motion.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.core.judging import Video
from pipelines.eval.motion_captioner import MotionCaptioner
from pipelines.eval.motion_judge import MotionJudge
from tests.test_motion_judge import bouncing_positions, sprite_video

HEIGHT, WIDTH, FRAMES, FPS = 480, 832, 81, 16.0
REPEATS = 3


def bench_clip() -> np.ndarray:
    import cv2

    positions, _ = bouncing_positions(n=FRAMES, x0=60.0, vx=8.0, y0=80.0, floor=400.0, g=2.0)
    frames = sprite_video(positions, radius=28.0, height=HEIGHT, width=WIDTH)
    for i, frame in enumerate(frames):
        cv2.circle(frame, (int(760 - 7 * i), 150), 36, (40, 90, 220), -1, cv2.LINE_AA)
    return frames


def median_seconds(fn) -> float:
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    video = Video(bench_clip(), FPS)
    judge, captioner = MotionJudge(), MotionCaptioner()
    scores = judge.score(video, "a red ball bounces")  # warm-up (imports, OpenCV start-up)
    caption = captioner.caption(video)
    judge_s = median_seconds(lambda: judge.score(video, "a red ball bounces"))
    caption_s = median_seconds(lambda: captioner.caption(video))
    analysed = "x".join(str(v) for v in scores.details["analysis_size"])
    print(f"motion judge / captioner on {WIDTH}x{HEIGHT}, {FRAMES} frames (analysed at {analysed}), median of {REPEATS}")
    print(f"  judge     {judge_s:6.3f} s  = {FRAMES / judge_s:7.1f} frames/s   PC {scores.pc:.3f}")
    print(f"  captioner {caption_s:6.3f} s  = {FRAMES / caption_s:7.1f} frames/s")
    print(f"  judge / captioner time ratio: {judge_s / caption_s:.2f}")
    print(f"  caption: {caption.text}")


if __name__ == "__main__":
    main()
