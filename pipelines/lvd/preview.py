"""The "preview" generator: draws a layout as an animated video on the CPU in milliseconds.

It is a drawing of the layout (shaded sprites moving along the interpolated boxes over a
procedural background), not a video model: it lets a user check a plan's motion before
spending GPU minutes, and gives every stage a real video to work with when no model is
available. The UI labels its output "preview".
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..core.errors import PhyStudioError
from ..core.generation import CancelToken
from ..core.layout import Layout, interpolate_frames, keyframe_times
from ..core.video import write_gif, write_mp4
from .preview_backgrounds import render_background
from .preview_drawing import (
    Sprite,
    draw_ellipse,
    draw_keyframe_marker,
    draw_label,
    draw_order,
    draw_rounded_rect,
    draw_trail,
    drawing_box,
)

PREVIEW_BACKEND_ID = "preview"
MIN_SIDE, MAX_SIDE = 16, 4096
MAX_FRAMES = 1000


class PreviewError(PhyStudioError, ValueError):
    """Settings or a layout the preview cannot draw; the message says what to change."""


@dataclass(frozen=True)
class PreviewSettings:
    width: int = 512
    height: int = 512
    num_frames: int | None = None  # None: the layout's own duration at ``fps``
    fps: float = 8.0
    trails: bool = True
    labels: bool = True
    show_keyframe_marker: bool = False

    def __post_init__(self) -> None:
        for name in ("width", "height"):
            value = getattr(self, name)
            if not isinstance(value, int) or not MIN_SIDE <= value <= MAX_SIDE:
                raise PreviewError(f"preview {name} must be an integer in [{MIN_SIDE}, {MAX_SIDE}], got {value!r}")
        if not (isinstance(self.fps, (int, float)) and math.isfinite(self.fps) and 0 < self.fps <= 120):
            raise PreviewError(f"preview fps must be in (0, 120], got {self.fps!r}")
        if self.num_frames is not None and (not isinstance(self.num_frames, int) or not 1 <= self.num_frames <= MAX_FRAMES):
            raise PreviewError(f"num_frames must be an integer in [1, {MAX_FRAMES}] or None, got {self.num_frames!r}")

    def frame_count(self, layout: Layout) -> int:
        """``num_frames``, or the keyframes' span ((K-1) / keyframe_fps seconds) at ``fps``, plus the first frame."""
        if self.num_frames is not None:
            return self.num_frames
        if not layout.keyframe_fps > 0:
            raise PreviewError(f"layout keyframe_fps must be positive, got {layout.keyframe_fps!r}")
        seconds = (layout.num_keyframes - 1) / layout.keyframe_fps
        count = round(seconds * self.fps) + 1
        if count > MAX_FRAMES:
            raise PreviewError(f"the layout lasts {seconds:g} s = {count} frames at {self.fps:g} fps (limit {MAX_FRAMES}); lower "
                               f"fps")
        return count


@dataclass(frozen=True)
class RenderResult:
    video_path: Path
    gif_path: Path | None
    num_frames: int
    fps: float
    width: int  # of the encoded video (odd sizes are padded to even, see write_mp4)
    height: int
    timings: dict[str, float] = field(default_factory=dict)


def keyframe_frame_indices(num_keyframes: int, num_frames: int) -> dict[int, int]:
    """Video frame index → keyframe index, for the frame nearest each keyframe's time."""
    marks: dict[int, int] = {}
    for k, time_k in enumerate(keyframe_times(num_keyframes)):
        marks.setdefault(int(round(time_k * (num_frames - 1))), k)
    return marks


class PreviewRenderer:
    """Draws layouts as videos: the embedded, CPU-only "preview" generator backend."""

    backend_id = PREVIEW_BACKEND_ID

    def __init__(self, settings: PreviewSettings | None = None) -> None:
        self.settings = settings or PreviewSettings()

    def render_frames(self, layout: Layout, settings: PreviewSettings | None = None,
                      cancel: CancelToken | None = None) -> np.ndarray:
        """``uint8 [T, H, W, 3]`` RGB frames; the same layout and settings always give the same pixels.

        Boxes map by normalised coordinates, so a layout drawn for another aspect is stretched
        to ``settings``' size rather than cropped. ``cancel`` (Stop, or its deadline) is checked
        before each frame.
        """
        settings = settings or self.settings
        layout.validate()
        width, height = settings.width, settings.height
        num_frames = settings.frame_count(layout)
        tracks = interpolate_frames(layout, num_frames)
        boxes = tracks.boxes * np.array([width, height, width, height], dtype=np.float64)
        centers = np.stack([(boxes[..., 0] + boxes[..., 2]) / 2, (boxes[..., 1] + boxes[..., 3]) / 2], axis=-1)
        sprites = [Sprite.of(obj) for obj in layout.objects]
        background = render_background(layout.background, width, height, layout.view)
        scale = min(width, height) / 512
        line = max(1, round(1.5 * scale))
        edge = line / 2 + 0.5  # the outline's half width plus its anti-aliased fringe
        trail_thickness = max(1, round(3 * scale))
        trail_horizon = max(2.0, 1.5 * settings.fps)  # a trail fades over about 1.5 s
        marks = keyframe_frame_indices(layout.num_keyframes, num_frames) if settings.show_keyframe_marker else {}

        frames = np.empty((num_frames, height, width, 3), dtype=np.uint8)
        for t in range(num_frames):
            if cancel is not None:
                cancel.raise_if_cancelled()
            frame = frames[t]
            np.copyto(frame, background)
            visible = [o for o in range(len(sprites)) if tracks.present[o, t]]
            visible = draw_order(boxes[:, t], visible)
            if settings.trails:
                for o in visible:
                    draw_trail(frame, background, centers[o], tracks.present[o], t, sprites[o].color,
                                trail_thickness, trail_horizon)
            for o in visible:
                draw = draw_ellipse if sprites[o].shape == "ellipse" else draw_rounded_rect
                draw(frame, drawing_box(boxes[o, t], edge), sprites[o], line)
            if settings.labels:
                for o in visible:
                    draw_label(frame, boxes[o, t], sprites[o], scale)
            if t in marks:
                draw_keyframe_marker(frame, marks[t], layout.num_keyframes, scale)
        return frames

    def render_video(
        self,
        layout: Layout,
        out_path: str | Path,
        settings: PreviewSettings | None = None,
        gif_path: str | Path | None = None,
        gif_max_side: int | None = None,
        cancel: CancelToken | None = None,
    ) -> RenderResult:
        """Render and write the MP4 (and a looping GIF when ``gif_path`` is given)."""
        settings = settings or self.settings
        started = time.perf_counter()
        frames = self.render_frames(layout, settings, cancel)
        timings = {"render_s": time.perf_counter() - started}
        started = time.perf_counter()
        video_path = write_mp4(frames, out_path, settings.fps)
        timings["encode_mp4_s"] = time.perf_counter() - started
        written_gif = None
        if gif_path is not None:
            started = time.perf_counter()
            written_gif = write_gif(frames, gif_path, settings.fps, max_side=gif_max_side)
            timings["encode_gif_s"] = time.perf_counter() - started
        return RenderResult(
            video_path=video_path,
            gif_path=written_gif,
            num_frames=len(frames),
            fps=float(settings.fps),
            width=settings.width + settings.width % 2,
            height=settings.height + settings.height % 2,
            timings=timings,
        )
