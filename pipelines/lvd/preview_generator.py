"""The embedded generator: prompt (+ layout) → the preview drawing, through the VideoGenerator protocol.

With no layout it plans one with the physics planner from the prompt and seed, so every tab,
the CLI and batch evaluation work on a machine without weights. Its output is a drawing of
the plan, and it says so (``backend_id = "preview"``).
"""

from __future__ import annotations

import time

from ..core.generation import CancelToken, GenerationError, GenerationRequest, GenerationResult, ProgressCallback
from ..core.layout import Layout, LayoutError
from ..core.planning import Planner, PlannerError
from .preview import PreviewError, PreviewRenderer, PreviewSettings

MAX_PREVIEW_FRAMES = 1000


class PreviewGenerator:
    backend_id = "preview"
    model_id = "embedded-preview"

    def __init__(self, planner: Planner | None = None, renderer: PreviewRenderer | None = None):
        if planner is None:
            from .physics_planner import PhysicsPlanner

            planner = PhysicsPlanner()
        self.planner = planner
        self.renderer = renderer or PreviewRenderer()

    def variants(self) -> list[str]:
        return []

    def generate(self, request: GenerationRequest, *, progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> GenerationResult:
        if request.variant:
            raise GenerationError(f"the preview generator has no variants; {request.variant!r} needs the Wan generator "
                                  "(--generator wan) with that LoRA loaded")
        if not 1 <= request.num_frames <= MAX_PREVIEW_FRAMES:
            raise GenerationError(f"num_frames must be between 1 and {MAX_PREVIEW_FRAMES}, got {request.num_frames}")
        started = time.perf_counter()
        timings: dict[str, float] = {}
        layout: Layout | None = request.layout
        if layout is None:
            try:
                layout = self.planner.plan(request.prompt, seed=request.seed).layout
            except PlannerError as exc:
                raise GenerationError(f"could not plan a layout for the preview: {exc}") from None
            timings["plan_s"] = time.perf_counter() - started
        if cancel is not None:
            cancel.raise_if_cancelled()
        try:
            settings = PreviewSettings(width=request.width, height=request.height, num_frames=request.num_frames,
                                       fps=request.fps)
            draw_started = time.perf_counter()
            frames = self.renderer.render_frames(layout, settings, cancel)
        except (PreviewError, LayoutError) as exc:
            raise GenerationError(f"preview: {exc}") from None
        timings["render_s"] = time.perf_counter() - draw_started
        timings["total_s"] = time.perf_counter() - started
        if progress is not None:
            progress(1, 1, "drawn")
        return GenerationResult(frames=frames, fps=float(request.fps), backend_id=self.backend_id,
                                model_id=self.model_id, timings=timings,
                                info={"layout": layout.to_dict(), "planned": request.layout is None})
