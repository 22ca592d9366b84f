"""The one place that turns a ``StudioConfig`` into concrete backends.

The CLI and every studio tab go through ``Services``: backends are built lazily (so start-up
stays fast and an unused backend never loads) and once per process (so every tab shares them).
Each operation writes a run record.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.config import StudioConfig
from .core.errors import PhyStudioError
from .core.generation import CancelToken, GenerationError, GenerationRequest, GenerationResult, ProgressCallback
from .core.judging import Captioner, JudgeScores, PhysicsJudge, Video
from .core.layout import DEFAULT_NUM_KEYFRAMES, Layout
from .core.limits import LimitError, Limits, check_seed
from .core.methods import MethodSet
from .core.models import ModelManager
from .core.planning import Planner, PlannerError, PlanResult
from .core.runs import Run, RunStore

MAX_KEYFRAMES = 24


class BackendUnavailable(PhyStudioError, RuntimeError):
    """A configured backend cannot be reached or loaded; the message names the setting to fix."""


@dataclass(frozen=True)
class BackendInfo:
    stage: str
    backend_id: str
    label: str


class _GenerationServices:
    """Generators, judges and captioners; mixed into ``Services`` (kept apart so each reads on its own)."""

    config: StudioConfig
    limits: Limits
    runs: RunStore
    models: ModelManager
    _lock: threading.Lock
    _generators: dict[str, Any]
    _judge: PhysicsJudge | None
    _captioner: Captioner | None
    _reasoner: Any

    # ------------------------------------------------------------- generators
    def generator_names(self) -> list[str]:
        """The configured generator first, the embedded preview always available."""
        names = [self.config.generator.backend]
        if "preview" not in names:
            names.append("preview")
        return names

    def generator(self, name: str | None = None):
        name = name or self.generator_names()[0]
        if name not in self.generator_names():
            raise GenerationError(f"unknown generator {name!r}; available: {', '.join(self.generator_names())} "
                                  "(configure Wan with --generator wan --wan-model PATH)")
        with self._lock:
            if name not in self._generators:
                self._generators[name] = self._build_generator(name)
            return self._generators[name]

    def _build_generator(self, name: str):
        if name == "preview":
            from .lvd.preview_generator import PreviewGenerator

            return PreviewGenerator()
        from .backends.wan import WanSettings

        g = self.config.generator
        common = dict(cache_threshold=g.cache_threshold, scheduler=g.scheduler, flow_shift=g.flow_shift or None,
                      loras=dict(g.loras), prophy=dict(g.prophy))
        if name == "tiny-wan":
            from .backends.tiny_wan import build_tiny_wan_pipeline

            settings = WanSettings(model="tiny-wan", dtype="float32", device="cpu", resolution="64x64", **common)
            return wan_generator(settings, manager=self.models, pipeline_factory=build_tiny_wan_pipeline)
        settings = WanSettings(model=g.model, dtype=g.dtype, device=g.device, offload=g.offload,
                               resolution=g.resolution, **common)
        return wan_generator(settings, manager=self.models)

    def add_lora_variant(self, name: str, path: str | Path) -> str:
        """Register a LoRA (e.g. one the Train tab just exported) with the Wan generator, so Generate,
        Compare and the arena list it. Loaded into the running backbone when the model is already up."""
        wan_names = [n for n in self.generator_names() if n in ("wan", "tiny-wan")]
        if not wan_names:
            raise GenerationError("the configured generator is the embedded preview, which has no LoRA variants: "
                                  "start the studio with --generator wan (or tiny-wan) to load LoRAs")
        generator = self.generator(wan_names[0])
        generator.add_variant(name, path)
        return wan_names[0]

    def prophy_variants(self, generator: str | None = None) -> list[str]:
        name = generator or self.generator_names()[0]
        backend = self.generator(name)
        return backend.prophy_variants() if hasattr(backend, "prophy_variants") else []

    def inspect_prophy(self, request: GenerationRequest, generator: str | None = None):
        """ProPhy's routing for one generation, with the overlay video written to a run folder.

        Returns ``(inspection, run)``; the run holds ``overlay.mp4`` (each token's refinement expert painted over
        the frames) and ``categories.json`` (the semantic router's physics-category distribution)."""
        import json as _json

        backend = self.generator(generator)
        if not hasattr(backend, "inspect_prophy"):
            raise GenerationError("ProPhy needs the Wan generator (--generator wan or tiny-wan with --prophy NAME=FILE)")
        run = self.runs.start("prophy-inspect", inputs={"prompt": request.prompt, "seed": request.seed,
                                                        "variant": request.variant}, settings=request.settings(),
                              backends={"generator": backend.backend_id})
        try:
            inspection = backend.inspect_prophy(request)
        except Exception as exc:
            run.fail(str(exc))
            raise
        from .core.video import write_mp4
        from .prophy.inspect import inspection_overlay

        if inspection.frames is not None:
            run.add_output("overlay", write_mp4(inspection_overlay(inspection), run.path("overlay.mp4"), request.fps))
        categories = run.path("categories.json")
        categories.write_text(_json.dumps(inspection.categories, indent=2), encoding="utf-8")
        run.add_output("categories", categories)
        run.finish()
        return inspection, run

    def default_request(self, prompt: str, generator: str | None = None, **overrides: Any) -> GenerationRequest:
        """A request with the configured defaults for ``generator`` (preview: its size and fps)."""
        g = self.config.generator
        name = generator or self.generator_names()[0]
        if name == "preview":
            base = dict(width=g.width, height=g.height, num_frames=21, fps=g.fps, steps=1)
        elif name == "tiny-wan":
            base = dict(width=64, height=64, num_frames=9, fps=g.video_fps, steps=4)
        else:
            from .backends.wan import parse_resolution

            width, height = parse_resolution(g.resolution)
            base = dict(width=width, height=height, num_frames=g.num_frames, fps=g.video_fps, steps=g.steps,
                        cfg_scale=g.cfg_scale)
        base.update({k: v for k, v in overrides.items() if v is not None})
        return self.limits.check_request(GenerationRequest(prompt=prompt, **base))

    def generate(self, request: GenerationRequest, generator: str | None = None, *,
                 progress: ProgressCallback | None = None, cancel: CancelToken | None = None
                 ) -> tuple[GenerationResult, Run]:
        """Generate, write the MP4 and a run record (with the LoRA hash and the layout used).

        The request is checked against the operator's limits before anything runs, and the work stops (as on
        Stop) once it passes ``limits.generate_timeout_s``.
        """
        if not request.prompt.strip():
            raise GenerationError("the prompt is empty: describe the video")
        self.limits.check_request(request)
        cancel = CancelToken(self.limits.generate_timeout_s, parent=cancel, limit_name="limits.generate_timeout_s")
        backend = self.generator(generator)
        run = self.runs.start("generate", inputs={"prompt": request.prompt, "seed": request.seed},
                              settings=request.settings(), backends={"generator": backend.backend_id})
        if request.layout is not None:
            path = run.path("layout.json")
            path.write_text(request.layout.to_json(), encoding="utf-8")
            run.add_output("layout", path)
        try:
            result = backend.generate(request, progress=progress, cancel=cancel)
        except Exception as exc:
            run.fail(str(exc))
            raise
        from .core.video import write_mp4

        video = write_mp4(result.frames, run.path("video.mp4"), result.fps)
        run.add_output("video", video)
        if result.attention is not None:
            import numpy as np

            maps = run.path("attention.npz")
            np.savez_compressed(maps,
                                **{f"object_{oid}": m for oid, m in zip(result.attention.object_ids, result.attention.maps)})
            run.add_output("attention", maps)
            run.record.settings["in_box_share"] = dict(zip(map(str, result.attention.object_ids), result.attention.in_box_share))
        planned = result.info.get("layout") if isinstance(result.info, dict) else None
        if planned is not None and request.layout is None:
            path = run.path("layout.json")
            path.write_text(Layout.from_dict(planned).to_json(), encoding="utf-8")
            run.add_output("layout", path)
        run.record.backends.update({"model": result.model_id, "variant": result.variant or "base"})
        if result.lora_hash:
            run.record.backends["lora_hash"] = result.lora_hash
        run.record.settings["info"] = {k: v for k, v in result.info.items() if k != "layout"}
        run.finish(**result.timings)
        return result, run

    # ----------------------------------------------------------- judges
    def judge(self) -> PhysicsJudge:
        with self._lock:
            if self._judge is None:
                self._judge = self._build_judge()
            return self._judge

    def _build_judge(self) -> PhysicsJudge:
        j = self.config.judge
        if j.backend == "motion":
            from .eval.motion_judge import MotionJudge

            return MotionJudge()
        if j.backend == "vlm":
            from .backends.vlm import TransformersVLMJudge

            return TransformersVLMJudge(j.model, manager=self.models, num_frames=j.num_frames, frame_sampling=j.frame_sampling)
        if j.backend == "openai":
            from .backends.vision_api import OpenAIVisionJudge

            return OpenAIVisionJudge(j.base_url, j.model, api_key_env=j.api_key_env, num_frames=j.num_frames,
                                     timeout_s=j.timeout_s, frame_sampling=j.frame_sampling)
        from .backends.remote_judge import RemoteJudge

        return RemoteJudge(j.url, timeout_s=j.timeout_s)

    def map_vlm(self) -> str:
        """The local VLM whose attention makes ProPhy's physics maps: the judge's when the judge is a
        transformers VLM, else the captioner's; "" when neither is (the embedded tracker makes them)."""
        for section in (self.config.judge, self.config.captioner):
            if section.backend == "vlm" and section.model.strip():
                return section.model.strip()
        return ""

    def captioner(self) -> Captioner:
        with self._lock:
            if self._captioner is None:
                self._captioner = self._build_captioner()
            return self._captioner

    def _build_captioner(self) -> Captioner:
        c = self.config.captioner
        if c.backend == "motion":
            from .eval.motion_captioner import MotionCaptioner

            return MotionCaptioner()
        if c.backend == "vlm":
            from .backends.vlm import TransformersVLMCaptioner

            return TransformersVLMCaptioner(c.model, manager=self.models, num_frames=c.num_frames,
                                            frame_sampling=c.frame_sampling)
        if c.backend == "openai":
            from .backends.vision_api import OpenAIVisionCaptioner

            return OpenAIVisionCaptioner(c.base_url, c.model, api_key_env=c.api_key_env, num_frames=c.num_frames,
                                         timeout_s=c.timeout_s, frame_sampling=c.frame_sampling)
        from .backends.remote_judge import RemoteCaptioner

        return RemoteCaptioner(c.url, timeout_s=c.timeout_s)

    def reasoner(self):
        """PhyT2V's reasoner: the configured LLM when there is one, else the embedded physics reasoner."""
        with self._lock:
            if self._reasoner is None:
                if self.config.planner.backend == "physics":
                    from .phyt2v.embedded import EmbeddedReasoner

                    self._reasoner = EmbeddedReasoner()
                else:
                    from .phyt2v.llm_reasoner import LLMReasoner

                    p = self.config.planner
                    self._reasoner = LLMReasoner(self.chat_backend(), temperature=p.temperature, max_tokens=p.max_tokens)
            return self._reasoner

    def refine_loop(self, settings, generator: str | None = None):
        """A PhyT2V loop over this studio's backends, each loaded once and shared with the other tabs."""
        from .phyt2v.loop import RefineLoop

        return RefineLoop(self.generator(generator), self.captioner(), self.judge(), self.reasoner(),
                          planner=self.planner() if settings.use_layout else None, runs=self.runs, settings=settings)

    def refine(self, prompt: str, settings, initial_layout: Layout | None = None, cancel: CancelToken | None = None,
               generator: str | None = None):
        """Run a PhyT2V loop within the limits: the prompt is checked first and the whole loop stops after
        ``limits.generate_timeout_s`` per round. Yields the loop's updates."""
        self.limits.check_prompt(prompt)
        if initial_layout is not None:
            initial_layout.validate(self.limits.layout())
        seconds = self.limits.generate_timeout_s * settings.max_rounds
        cancel = CancelToken(seconds, parent=cancel, limit_name="limits.generate_timeout_s per round")
        return self.refine_loop(settings, generator).run(prompt, initial_layout=initial_layout, cancel=cancel)

    def refine_settings(self, generator: str | None = None, **values: Any):
        """Loop settings with this studio's request defaults; layouts are planned when the generator uses them."""
        from .phyt2v.loop import RefineSettings

        rounds = values.get("max_rounds")
        if rounds is not None and rounds > self.limits.max_refine_rounds:
            raise LimitError(f"{rounds} refinement rounds is over the limit of {self.limits.max_refine_rounds} "
                             "(limits.max_refine_rounds)")
        if "seed" in values:
            check_seed(values["seed"])
        name = generator or self.generator_names()[0]
        template = self.default_request("", name)
        values.setdefault("use_layout", name == "preview" or template.guidance.mode != "off")
        return RefineSettings(request_template=template, **{k: v for k, v in values.items() if v is not None})

    def score(self, video: Video | str | Path, prompt: str, run_folder: str | Path | None = None) -> JudgeScores:
        """Score a video with the configured judge; with ``run_folder``, the scores join that run's record."""
        if not isinstance(video, Video):
            video = Video.load(video)
        scores = self.judge().score(video, prompt)
        if run_folder is not None:
            from .core.runs import load_run

            run = load_run(run_folder)
            run.record.scores[scores.judge_id] = scores.to_dict()
            run.save()
        return scores


class Services(_GenerationServices):
    def __init__(self, config: StudioConfig, *, clock: Callable[[], float] = time.time):
        self.config = config
        self.limits = config.limits
        self.clock = clock  # the arena's time (play gate, rate limits); tests step it instead of sleeping
        self.runs = RunStore(config.runs_path)
        self._lock = threading.Lock()
        self._planners: dict[str, Planner] = {}
        self._renderer = None
        self._generators: dict[str, Any] = {}
        self._judge: PhysicsJudge | None = None
        self._captioner: Captioner | None = None
        self._reasoner = None
        self._arena = None
        self._voters = None
        self._trusted_proxies = None
        budget = int(config.models.budget_gb * 2**30) or None
        self.models = ModelManager(device="auto", budget_bytes=budget, evict_to=config.models.evict_to)

    # ------------------------------------------------------------------ arena
    def arena_store(self):
        """The preference store (SQLite file under the runs folder, or the shared PostgreSQL of ``--arena-db``)."""
        with self._lock:
            if self._arena is None:
                from .arena import ArenaLimits, ArenaStore

                arena = self.config.arena
                limits = ArenaLimits(min_view_s=arena.min_view_s, max_open_pairs=arena.max_open_pairs or None,
                                     pairs_per_minute_per_address=arena.pairs_per_minute_per_address or None,
                                     votes_per_minute_per_address=arena.votes_per_minute_per_address or None,
                                     new_voters_per_hour_per_address=arena.new_voters_per_hour_per_address or None)
                self._arena = ArenaStore(self.config.arena_url, min_seconds_between_votes=arena.min_seconds_between_votes,
                                         limits=limits, clock=self.clock)
            return self._arena

    def arena_voters(self):
        """Signs and checks voter tokens with the key every replica reads from the arena database."""
        from .arena.identity import VoterTokens

        store = self.arena_store()
        with self._lock:
            if self._voters is None or self._voters[0] is not store:
                self._voters = (store, VoterTokens(store.voter_key))
            return self._voters[1]

    def arena_client_address(self, peer: str | None, headers) -> str:
        """The address a request is charged to (X-Forwarded-For only from arena.trusted_proxies)."""
        from .arena.identity import client_address
        from .core.networks import parse_networks

        if self._trusted_proxies is None:
            self._trusted_proxies = parse_networks(filter(None, self.config.arena.trusted_proxies.split(",")))
        return client_address(peer, headers, self._trusted_proxies)

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
        return LLMPlanner(self.chat_backend(), cache_dir=self.config.planner_cache_path,
                          temperature=p.temperature, max_tokens=p.max_tokens)

    def chat_backend(self):
        """The configured LLM (planner, PhyAugPipe's physics filter); the embedded planner has none."""
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
                backend = self.chat_backend()
                if hasattr(backend, "check"):
                    backend.check()
            except ChatBackendError as exc:
                raise BackendUnavailable(f"planner: {exc}") from None
        if self.config.arena.database_url:  # a shared database must be reachable before users start voting
            from .arena import ArenaError

            try:
                self.arena_store()
            except (ArenaError, OSError) as exc:
                raise BackendUnavailable(f"arena database: {exc}") from None
            except Exception as exc:  # the driver's own error (e.g. connection refused) names host and port
                raise BackendUnavailable(f"arena database {_redacted(self.config.arena.database_url)} is not "
                                         f"reachable: {type(exc).__name__}: {str(exc).splitlines()[0][:300]}") from None
        return self.describe()

    def describe(self) -> list[BackendInfo]:
        p = self.config.planner
        if p.backend == "openai":
            planner = BackendInfo("planner", f"llm:openai:{p.llm_model}",
                                  f"LLM {p.llm_model} at {p.llm_base_url} (+ embedded physics)")
        elif p.backend == "transformers":
            planner = BackendInfo("planner", f"llm:transformers:{p.llm_model}",
                                  f"local transformers model {p.llm_model} (+ embedded physics)")
        else:
            planner = BackendInfo("planner", "physics", "embedded physics planner (no model)")
        g = self.config.generator
        if g.backend == "preview":
            generator = BackendInfo("generator", "preview", f"embedded preview renderer {g.width}x{g.height} @ {g.fps} fps "
                                                            "(draws the layout; not a video model)")
        elif g.backend == "tiny-wan":
            generator = BackendInfo("generator", "tiny-wan", "tiny random Wan (real diffusers code path, development only)")
        else:
            loras = f" + LoRA {', '.join(g.loras)}" if g.loras else ""
            loras += f" + ProPhy {', '.join(g.prophy)}" if g.prophy else ""
            generator = BackendInfo("generator", "wan", f"Wan2.1 {g.model} ({g.dtype}, offload {g.offload}){loras}")
        labels = {"motion": "embedded motion metrics (not a VLM score)", "vlm": "transformers VLM {model}",
                  "openai": "vision model {model} at {base_url}", "remote": "remote server {url}"}
        j, c = self.config.judge, self.config.captioner
        judge = BackendInfo("judge", j.backend, labels[j.backend].format(**vars(j)))
        captioner = BackendInfo("captioner", c.backend, labels[c.backend].replace(" (not a VLM score)", ", described in words")
                                .format(**vars(c)))
        url = self.config.arena_url
        if url.startswith("sqlite"):
            arena = BackendInfo("arena", "sqlite", f"SQLite file {url.partition(':///')[2]} (votes stay on this machine)")
        else:
            arena = BackendInfo("arena", url.partition(":")[0], f"shared database {_redacted(url)}")
        return [planner, generator, judge, captioner, arena]

    # ------------------------------------------------------------- operations
    def plan_layout(self, prompt: str, planner: str | None = None, seed: int = 0,
                    num_keyframes: int = DEFAULT_NUM_KEYFRAMES) -> tuple[PlanResult, Run]:
        prompt = (prompt or "").strip()
        if not prompt:
            raise PlannerError("the prompt is empty: describe the scene and its motion")
        if len(prompt) > self.limits.max_prompt_chars:
            raise PlannerError(f"the prompt is {len(prompt):,} characters; the limit is {self.limits.max_prompt_chars:,} "
                               "(limits.max_prompt_chars)")
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

    def read_layout(self, text: str) -> Layout:
        """A layout pasted or uploaded by a user (JSON or LVD text), within the operator's limits."""
        from .core.layout_io import read_layout_text

        return read_layout_text(text, self.limits.layout())

    def render_layout(self, layout: Layout, gif: bool = False, cancel: CancelToken | None = None, **settings: Any):
        """Render the layout as the preview video; returns (RenderResult, Run).

        Stops (``GenerationTimedOut``) once the drawing passes ``limits.render_timeout_s``."""
        layout.validate(self.limits.layout())
        preview = self.preview_settings(**settings)
        frames = preview.frame_count(layout)
        if frames > self.limits.max_frames:
            raise LimitError(f"the preview would have {frames} frames; the limit is {self.limits.max_frames} "
                             "(limits.max_frames): lower the fps or the number of keyframes")
        cancel = CancelToken(self.limits.render_timeout_s, parent=cancel, limit_name="limits.render_timeout_s")
        run = self.runs.start("render", inputs={"layout": layout.to_dict()}, settings=_plain(preview),
                              backends={"generator": "preview"})
        started = time.perf_counter()
        try:
            result = self.renderer().render_video(layout, run.path("preview.mp4"), preview,
                                                  gif_path=run.path("preview.gif") if gif else None, cancel=cancel)
        except Exception as exc:
            run.fail(str(exc))
            raise
        run.add_output("video", result.video_path)
        if result.gif_path:
            run.add_output("gif", result.gif_path)
        run.finish(render_s=time.perf_counter() - started)
        return result, run


def _redacted(url: str) -> str:
    """A database URL without its password, for logs and the header."""
    head, at, tail = url.rpartition("@")
    if not at or "://" not in head:
        return url
    scheme, _, credentials = head.partition("://")
    return f"{scheme}://{credentials.split(':')[0]}:***@{tail}" if ":" in credentials else url


def _plain(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    return asdict(obj) if is_dataclass(obj) else dict(vars(obj))


def wan_methods() -> MethodSet:
    """The variant kinds and denoising methods every Wan generator gets: ProPhy files as variants, LVD layout
    guidance for guided requests, ProPhy's routing inspection. The one place that names them."""
    from .lvd.guidance import LayoutGuidance
    from .prophy.inspect import RoutingInspection
    from .prophy.variants import ProPhyFiles

    return MethodSet(variant_kinds={"prophy": ProPhyFiles()}, guidance=lambda request: LayoutGuidance(request),
                     inspection=lambda request: RoutingInspection())


def wan_generator(settings: Any = None, *, manager: Any = None, pipeline_factory: Any = None) -> Any:
    """A ``WanGenerator`` for ``settings`` (a ``WanSettings``) with ``wan_methods()`` wired in."""
    from .backends.wan import WanGenerator

    return WanGenerator(settings, manager=manager, pipeline_factory=pipeline_factory, methods=wan_methods())
