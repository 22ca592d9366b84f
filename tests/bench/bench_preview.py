"""Preview render speed: ms per 512x512 frame (3 objects, trails, labels) and MP4 encode per frame.

Run: python tests/bench/bench_preview.py   (target: <= 5 ms per frame for drawing)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.core.layout import Layout, LayoutObject  # noqa: E402
from pipelines.core.video import write_mp4  # noqa: E402
from pipelines.lvd.preview import PreviewRenderer, PreviewSettings  # noqa: E402

TARGET_MS = 5.0
REPEATS = 7


def bench_layout() -> Layout:
    ball = LayoutObject(
        0,
        "ball",
        ((0.05, 0.2, 0.17, 0.32), (0.25, 0.5, 0.37, 0.62), (0.45, 0.76, 0.57, 0.88),
         (0.6, 0.55, 0.72, 0.67), (0.72, 0.74, 0.84, 0.86), (0.82, 0.7, 0.94, 0.82)),
        (("color", "red"),),
    )
    dog = LayoutObject(1, "brown dog", tuple((0.55 - 0.08 * k, 0.55, 0.85 - 0.08 * k, 0.85) for k in range(6)))
    box = LayoutObject(2, "cardboard box", ((0.1, 0.6, 0.3, 0.9),) * 4 + (None, None))
    return Layout(objects=(ball, dog, box), background="garden")


def median_seconds(fn, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    layout = bench_layout()
    renderer = PreviewRenderer()
    print(f"preview render, 512x512, {len(layout.objects)} objects, trails + labels, target {TARGET_MS} ms/frame")
    for num_frames in (None, 81):
        settings = PreviewSettings(width=512, height=512, num_frames=num_frames, trails=True, labels=True)
        count = settings.frame_count(layout)
        renderer.render_frames(layout, settings)  # warm-up: draws and caches the background once
        render_s = median_seconds(lambda: renderer.render_frames(layout, settings))
        frames = renderer.render_frames(layout, settings)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "bench.mp4"
            encode_s = median_seconds(lambda: write_mp4(frames, path, settings.fps), repeats=3)
            size_kb = path.stat().st_size / 1024
        render_ms = 1000 * render_s / count
        encode_ms = 1000 * encode_s / count
        print(
            f"  {count:3d} frames: draw {render_ms:6.2f} ms/frame (x{render_ms / TARGET_MS:.2f} of target) | "
            f"MP4 encode {encode_ms:6.2f} ms/frame (x{encode_ms / TARGET_MS:.2f} of target) | "
            f"draw+encode {render_ms + encode_ms:6.2f} ms/frame | clip {1000 * (render_s + encode_s):.0f} ms, {size_kb:.0f} KiB"
        )


if __name__ == "__main__":
    main()
