"""The one place that turns a ``StudioConfig`` into concrete backends.

The CLI and every studio tab go through ``Services``: backends are built lazily (so start-up
stays fast and an unused backend never loads) and once per process (so every tab shares them).
Each operation writes a run record.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.config import StudioConfig
from .core.layout import DEFAULT_NUM_KEYFRAMES, Layout, LayoutError
from .core.planning import Planner, PlannerError, PlanResult
from .core.runs import Run, RunStore

MAX_PROMPT_CHARS = 2000
MAX_KEYFRAMES = 24


class BackendUnavailable(RuntimeError):
    """A configured backend cannot be reached or loaded; the message names the setting to fix."""


@dataclass(frozen=True)
class BackendInfo:
    stage: str
    backend_id: str
    label: str


class Services:
    def __init__(self, config: StudioConfig):
        self.config = config
        self.runs = RunStore(config.runs_path)
        self._lock = threading.Lock()
        self._planners: dict[str, Planner] = {}
        self._renderer = None

    # --------------------------------------------------------------- planners
    def planner_names(self) -> list[str]:
        """The embedded planner always; the LLM planner when one is configured."""
        names = ["physics"]
        if self.config.planner.backend != "physics":
            names.insert(0, "llm")
        return names

    @property
    def default_planner(self) -> str:
        return self.planner_names()[0]

    def planner(self, name: str | None = None) -> Planner:
        name = name or self.default_planner
        if name not in self.planner_names():
            hint = " (configure one with --planner openai|transformers)" if name == "llm" else ""
            raise PlannerError(f"unknown planner {name!r}; available: {', '.join(self.planner_names())}{hint}")
        with self._lock:
            if name not in self._planners:
                self._planners[name] = self._build_planner(name)
            return self._planners[name]

    def _build_planner(self, name: str) -> Planner:
        if name == "physics":
            from .lvd.physics_planner import PhysicsPlanner

            return PhysicsPlanner()
        from .lvd.llm_planner import LLMPlanner

        p = self.config.planner
        return LLMPlanner(self._chat_backend(), cache_dir=self.config.planner_cache_path,
                          temperature=p.temperature, max_tokens=p.max_tokens)

    def _chat_backend(self):
        p = self.config.planner
        if p.backend == "openai":
            from .backends.llm import OpenAIChatBackend

            return OpenAIChatBackend(p.llm_base_url, p.llm_model, api_key_env=p.llm_api_key_env,
                                     timeout_s=p.llm_timeout_s, max_retries=p.llm_max_retries)
        from .backends.llm import TransformersChatBackend

        return TransformersChatBackend(p.llm_model)

    def check(self) -> list[BackendInfo]:
        """Probe configured backends once at start-up; raise ``BackendUnavailable`` naming the fix.

        A remote server is asked for its model list; a local model's path is checked but its
        weights are not loaded (that happens on first use).
        """
        if self.config.planner.backend != "physics":
            from .backends.llm import ChatBackendError

            try:
                backend = self._chat_backend()
                if hasattr(backend, "check"):
                    backend.check()
            except ChatBackendError as exc:
                raise BackendUnavailable(f"planner: {exc}") from None
        return self.describe()

    def describe(self) -> list[BackendInfo]:
        p = self.config.planner
        if p.backend == "openai":
            planner = BackendInfo("planner", f"llm:openai:{p.llm_model}", f"LLM {p.llm_model} at {p.llm_base_url} (+ embedded physics)")
        elif p.backend == "transformers":
            planner = BackendInfo("planner", f"llm:transformers:{p.llm_model}", f"local transformers model {p.llm_model} (+ embedded physics)")
        else:
            planner = BackendInfo("planner", "physics", "embedded physics planner (no model)")
        g = self.config.generator
        generator = BackendInfo("generator", "preview", f"embedded preview renderer {g.width}x{g.height} @ {g.fps} fps (draws the layout; not a video model)")
        return [planner, generator]

    # ------------------------------------------------------------- operations
    def plan_layout(self, prompt: str, planner: str | None = None, seed: int = 0,
                    num_keyframes: int = DEFAULT_NUM_KEYFRAMES) -> tuple[PlanResult, Run]:
        prompt = (prompt or "").strip()
        if not prompt:
            raise PlannerError("the prompt is empty: describe the scene and its motion")
        if len(prompt) > MAX_PROMPT_CHARS:
            raise PlannerError(f"the prompt is {len(prompt)} characters; keep it under {MAX_PROMPT_CHARS}")
        if not 2 <= int(num_keyframes) <= MAX_KEYFRAMES:
            raise PlannerError(f"keyframes must be between 2 and {MAX_KEYFRAMES}, got {num_keyframes}")
        backend = self.planner(planner)
        run = self.runs.start("plan", inputs={"prompt": prompt, "seed": int(seed), "num_keyframes": int(num_keyframes)},
                              backends={"planner": backend.backend_id})
        try:
            result = backend.plan(prompt, seed=int(seed), num_keyframes=int(num_keyframes))
        except Exception as exc:
            run.fail(str(exc))
            raise
        layout_path = run.path("layout.json")
        layout_path.write_text(result.layout.to_json(), encoding="utf-8")
        run.add_output("layout", layout_path)
        if result.raw_response:
            raw_path = run.path("response.txt")
            raw_path.write_text(result.raw_response, encoding="utf-8")
            run.add_output("raw_response", raw_path)
        run.record.settings["cached"] = result.cached
        run.record.settings["notes"] = list(result.notes)
        run.finish(**result.timings)
        return result, run

    def renderer(self):
        with self._lock:
            if self._renderer is None:
                from .lvd.preview import PreviewRenderer

                self._renderer = PreviewRenderer()
            return self._renderer

    def preview_settings(self, **overrides: Any):
        from .lvd.preview import PreviewSettings

        g = self.config.generator
        values = {"width": g.width, "height": g.height, "fps": g.fps}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return PreviewSettings(**values)

    def render_layout(self, layout: Layout, gif: bool = False, **settings: Any):
        """Render the layout as the preview video; returns (RenderResult, Run)."""
        try:
            layout.validate()
        except LayoutError:
            raise
        preview = self.preview_settings(**settings)
        run = self.runs.start("render", inputs={"layout": layout.to_dict()}, settings=_plain(preview),
                              backends={"generator": "preview"})
        started = time.perf_counter()
        try:
            result = self.renderer().render_video(layout, run.path("preview.mp4"), preview,
                                                  gif_path=run.path("preview.gif") if gif else None)
        except Exception as exc:
            run.fail(str(exc))
            raise
        run.add_output("video", result.video_path)
        if result.gif_path:
            run.add_output("gif", result.gif_path)
        run.finish(render_s=time.perf_counter() - started)
        return result, run


def _plain(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    return asdict(obj) if is_dataclass(obj) else dict(vars(obj))
