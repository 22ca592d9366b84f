"""Compare: one prompt, one seed, several variants side by side (base vs LoRA vs layout-guided vs PhyT2V).

A comparison is only fair when nothing but the variant differs, so every variant's request is
derived from ONE shared request and the result states what was shared and what differed; a
difference outside the variant-defining fields is refused, not shown. Variants on the same Wan
backbone switch LoRA per call (``GenerationRequest.variant``); nothing is reloaded. One variant
failing (a LoRA that does not load, a layout that is missing) keeps the others.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .core.errors import PhyStudioError
from .core.generation import (
    GUIDANCE_PRESETS,
    CancelToken,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GuidanceConfig,
    ProgressCallback,
    require_layout,
)
from .core.layout import Layout

MAX_VARIANTS = 4  # the tab shows at most four players side by side
ARENA_POOL = "compare"
BASE_LABEL = "base"
LAYOUT_LABEL = "layout-guided"
REFINED_LABEL = "PhyT2V-refined"
# The settings a variant may change; everything else must be identical across a comparison.
VARIANT_FIELDS = ("generator", "prompt", "variant", "has_layout", "guidance")
_PROGRESS_SCALE = 100  # per-variant progress units, so the bar moves smoothly over all variants


class CompareError(PhyStudioError, ValueError):
    """A comparison cannot run as asked; the message says what to change."""


@dataclass(frozen=True)
class CompareVariant:
    """What makes one column of the comparison different from the others."""

    label: str
    generator: str | None = None  # a services generator name; None: the configured one
    lora_variant: str | None = None  # a LoRA adapter on the same backbone; None: the base model
    layout_guided: bool = False  # steer by the comparison's layout (Wan: layout guidance; preview: draw it)
    prompt_override: str | None = None  # e.g. a PhyT2V-refined prompt; SA is still judged against the user's prompt

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompareVariant:
        unknown = set(data) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise CompareError(f"unknown variant fields {sorted(unknown)}; use label, generator, lora_variant, "
                               "layout_guided, prompt_override")
        if not str(data.get("label", "")).strip():
            raise CompareError("every variant needs a label")
        return cls(**data)


@dataclass
class VariantOutcome:
    variant: CompareVariant
    settings: dict[str, Any]  # the request as sent (flattened, see ``flat_settings``), also for failed variants
    video: Path | None = None
    run_folder: Path | None = None
    record: dict[str, Any] | None = None  # the generation's run record
    scores: dict[str, Any] | None = None  # JudgeScores.to_dict(), judged against the user's prompt
    error: str = ""  # generation failed: no video
    score_error: str = ""  # the video exists but the judge failed

    @property
    def ok(self) -> bool:
        return self.video is not None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.variant.label, "variant": self.variant.to_dict(),
                "video": str(self.video) if self.video else None,
                "run_id": (self.record or {}).get("run_id"), "run_folder": str(self.run_folder) if self.run_folder else None,
                "scores": self.scores, "error": self.error, "score_error": self.score_error}


@dataclass
class CompareResult:
    prompt: str
    seed: int
    outcomes: list[VariantOutcome]
    shared_settings: dict[str, Any]  # flattened settings identical for every variant
    differences: list[dict[str, Any]]  # one row per differing setting: {"setting", <label>: value, ...}
    run_folder: Path | None = None  # the comparison's own run record
    cancelled: bool = False
    arena_added: int = 0  # videos newly added to the arena pool (add_to_arena)
    arena_error: str = ""

    def outcome(self, label: str) -> VariantOutcome:
        for outcome in self.outcomes:
            if outcome.variant.label == label:
                return outcome
        raise KeyError(label)

    def to_dict(self) -> dict[str, Any]:
        """JSON-able summary (the /compare API returns this)."""
        return {"prompt": self.prompt, "seed": self.seed, "variants": [o.to_dict() for o in self.outcomes],
                "shared_settings": self.shared_settings, "differences": self.differences,
                "run_folder": str(self.run_folder) if self.run_folder else None, "cancelled": self.cancelled,
                "arena_added": self.arena_added, "arena_error": self.arena_error}


def flat_settings(request: GenerationRequest, generator: str) -> dict[str, Any]:
    """The request's recorded settings with the guidance block flattened (``guidance.mode`` ...), plus the generator."""
    flat: dict[str, Any] = {"generator": generator}
    for key, value in request.settings().items():
        if isinstance(value, dict):
            flat.update({f"{key}.{k}": v for k, v in value.items()})
        else:
            flat[key] = value
    return flat


def _variant_field(key: str) -> bool:
    return key.split(".", 1)[0] in VARIANT_FIELDS


def split_settings(labelled: Sequence[tuple[str, dict[str, Any]]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(settings equal for all, rows of the ones that differ); raises if a non-variant setting differs."""
    keys = list(dict.fromkeys(k for _, settings in labelled for k in settings))
    shared: dict[str, Any] = {}
    differences: list[dict[str, Any]] = []
    for key in keys:
        values = [settings.get(key) for _, settings in labelled]
        if all(v == values[0] for v in values):
            shared[key] = values[0]
        else:
            differences.append({"setting": key, **{label: settings.get(key) for label, settings in labelled}})
    unfair = [row["setting"] for row in differences if not _variant_field(row["setting"])]
    if unfair:
        raise CompareError(f"variants differ in {', '.join(unfair)}; a comparison may only differ in "
                           f"{', '.join(VARIANT_FIELDS)}")
    return shared, differences


def variant_request(base: GenerationRequest, variant: CompareVariant, layout: Layout | None,
                    guidance: GuidanceConfig) -> GenerationRequest:
    """``base`` with only the variant-defining fields replaced."""
    if variant.layout_guided:
        try:
            require_layout(layout, variant.label, otherwise="leave this variant out")
        except GenerationError as exc:
            raise CompareError(str(exc)) from None
    prompt = variant.prompt_override.strip() if variant.prompt_override and variant.prompt_override.strip() else base.prompt
    return dataclasses.replace(base, prompt=prompt, variant=variant.lora_variant,
                               layout=layout if variant.layout_guided else None,
                               guidance=guidance if variant.layout_guided else GUIDANCE_PRESETS["off"])


def default_variants(services, generator: str | None = None, *, has_layout: bool = False,
                     refined_prompt: str | None = None) -> list[CompareVariant]:
    """Every variant this studio can offer for ``generator``: base, each LoRA, layout-guided, PhyT2V-refined."""
    name = generator or services.generator_names()[0]
    variants = [CompareVariant(BASE_LABEL, name)]
    variants += [CompareVariant(lora, name, lora_variant=lora) for lora in services.generator(name).variants()]
    if has_layout:
        variants.append(CompareVariant(LAYOUT_LABEL, name, layout_guided=True))
    if refined_prompt and refined_prompt.strip():
        variants.append(CompareVariant(REFINED_LABEL, name, prompt_override=refined_prompt))
    return variants


def pick_variants(services, labels: Sequence[str], generator: str | None, has_layout: bool,
                  refined_prompt: str | None) -> list[CompareVariant]:
    """The chosen labels as variants, in the order the Compare tab lists them; unknown labels are named in the
    error with the available ones (the tab, its API and ``python -m pipelines compare`` all pick through here)."""
    offered = {v.label: v for v in default_variants(services, generator, has_layout=has_layout, refined_prompt=refined_prompt)}
    unknown = [label for label in labels if label not in offered]
    if unknown:
        raise CompareError(f"unknown variant(s) {', '.join(map(repr, unknown))}; available: {', '.join(offered)}"
                           + ("" if has_layout else " (layout-guided needs a layout)")
                           + ("" if refined_prompt else " (PhyT2V-refined needs a refined prompt)"))
    return [variant for label, variant in offered.items() if label in labels]


def run_compare(services, prompt: str, seed: int, variants: Sequence[CompareVariant], *,
                request_overrides: dict[str, Any] | None = None, layout: Layout | None = None,
                guidance: GuidanceConfig | None = None, progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None, add_to_arena: bool = False) -> CompareResult:
    """Generate and score every variant with the same seed and settings; one comparison run record.

    ``request_overrides`` (steps, width, num_frames, ...) apply to all variants alike; ``guidance``
    is what layout-guided variants use (default: LVD's benchmark setting). Stop (``cancel``) keeps
    the finished variants and marks the rest as stopped.
    """
    prompt = (prompt or "").strip()
    if not prompt:
        raise CompareError("the prompt is empty: describe the video to compare")
    if not variants:
        raise CompareError("choose at least one variant to compare")
    if len(variants) > MAX_VARIANTS:
        raise CompareError(f"at most {MAX_VARIANTS} variants fit side by side, got {len(variants)}")
    labels = [v.label for v in variants]
    if len(set(labels)) != len(labels):
        raise CompareError(f"variant labels must be unique, got {labels}")
    overrides = {k: v for k, v in (request_overrides or {}).items() if v is not None}
    forbidden = sorted(set(overrides) & {"prompt", "seed", "variant", "layout", "guidance"})
    if forbidden:
        raise CompareError(f"{', '.join(forbidden)} cannot be overridden for all variants; they are set per comparison or per "
                           f"variant")
    guidance = guidance or GUIDANCE_PRESETS["lvd-benchmark"]
    cancel = cancel or CancelToken()
    report = progress or (lambda step, total, message: None)

    # One shared request (the first variant's generator sets the defaults); variants change only their fields.
    default = services.generator_names()[0]
    base = services.default_request(prompt, variants[0].generator or default, seed=int(seed), **overrides)
    outcomes: list[VariantOutcome] = []
    requests: list[GenerationRequest | None] = []
    for v in variants:
        try:
            request = variant_request(base, v, layout, guidance)
        except CompareError as exc:  # this variant cannot run; the others still do
            requests.append(None)
            outcomes.append(VariantOutcome(variant=v, settings={}, error=str(exc)))
            continue
        requests.append(request)
        outcomes.append(VariantOutcome(variant=v, settings=flat_settings(request, v.generator or default)))
    shared, differences = split_settings([(o.variant.label, o.settings) for o in outcomes if o.settings])

    compare_run = services.runs.start("compare", inputs={"prompt": prompt, "seed": int(seed),
                                                         "variants": [v.to_dict() for v in variants]},
                                      settings={"shared": shared, "differences": differences})
    started = time.perf_counter()
    total = len(variants) * _PROGRESS_SCALE
    cancelled = False
    for index, (outcome, request) in enumerate(zip(outcomes, requests)):
        if request is None:
            continue
        if cancel.cancelled:
            cancelled = True
            outcome.error = "stopped by the user before this variant ran"
            continue

        def variant_report(step: int, steps: int, message: str, offset=index * _PROGRESS_SCALE) -> None:
            report(offset + int(_PROGRESS_SCALE * step / max(steps, 1)), total, message)

        cancelled |= not _run_variant(services, outcome, request, prompt, variant_report, cancel)
    report(total, total, "stopped" if cancelled else "done")

    result = CompareResult(prompt=prompt, seed=int(seed), outcomes=outcomes, shared_settings=shared,
                           differences=differences, run_folder=compare_run.folder, cancelled=cancelled)
    if add_to_arena:
        try:
            result.arena_added = send_to_arena(services.arena_store(), result)
        except Exception as exc:  # the videos stay valid when the arena database is unreachable
            result.arena_error = f"could not add the videos to the arena: {exc}"
    _finish_record(compare_run, result, time.perf_counter() - started)
    return result


def _run_variant(services, outcome: VariantOutcome, request: GenerationRequest, prompt: str,
                 report: ProgressCallback, cancel: CancelToken) -> bool:
    """Generate and score one variant into ``outcome``; False when the user stopped it."""
    label = outcome.variant.label
    scoring_share = 10  # of 100 progress units per variant: generation 0–90, scoring 90–100

    def generation_report(step: int, steps: int, message: str) -> None:
        fraction = min(step, steps) / max(steps, 1)
        report(int((100 - scoring_share) * fraction), 100, f"{label}: {message or f'step {step}/{steps}'}")

    report(0, 100, f"{label}: starting")
    try:
        _result, run = services.generate(request, outcome.variant.generator, progress=generation_report, cancel=cancel)
    except GenerationCancelled:
        outcome.error = "stopped by the user"
        return False
    except Exception as exc:  # one variant failing (bad LoRA, out of memory...) must not lose the others
        outcome.error = str(exc) or type(exc).__name__
        return True
    outcome.run_folder = run.folder
    outcome.video = run.folder / run.record.outputs["video"]
    report(100 - scoring_share, 100, f"{label}: scoring")
    try:  # SA against the user's prompt, also for a variant that ran a rewritten one (as PhyT2V judges)
        outcome.scores = services.score(outcome.video, prompt, run_folder=run.folder).to_dict()
    except Exception as exc:  # the judge failing leaves the video usable
        outcome.score_error = str(exc) or type(exc).__name__
    outcome.record = _read_record(run.folder)
    return True


def send_to_arena(store, result: CompareResult, pool: str = ARENA_POOL) -> int:
    """Add the comparison's finished videos to an arena pool; returns how many were new.

    Each video is stored under its Compare label with the user's prompt (pairs form between videos of
    one prompt), the seed, the judge's scores and its run record, which every vote on it keeps.
    """
    from .arena import PoolVideo

    videos = []
    for outcome in result.outcomes:
        if not outcome.ok:
            continue
        scores = outcome.scores or {}
        videos.append(PoolVideo(video=str(outcome.video), prompt=result.prompt, variant=outcome.variant.label,
                                seed=result.seed, sa=scores.get("sa"), pc=scores.get("pc"),
                                judge_id=scores.get("judge_id"), record=outcome.record or {}))
    if not videos:
        return 0
    source = str(result.run_folder) if result.run_folder else ""
    return store.add_videos(pool, videos, kind="compare", source=source)


def _read_record(folder: Path) -> dict[str, Any]:
    from .core.runs import load_run

    return load_run(folder).record.to_dict()


def _finish_record(run, result: CompareResult, seconds: float) -> None:
    run.record.settings["variants"] = [o.to_dict() for o in result.outcomes]
    run.record.settings["cancelled"] = result.cancelled
    if result.arena_added:
        run.record.settings["arena_added"] = result.arena_added
    for outcome in result.outcomes:
        if outcome.video is not None:
            run.add_output(f"video:{outcome.variant.label}", outcome.video)
    failed = [o for o in result.outcomes if not o.ok]
    if failed and len(failed) == len(result.outcomes):
        run.fail("; ".join(f"{o.variant.label}: {o.error}" for o in failed))
    else:
        run.finish(total_s=seconds)
