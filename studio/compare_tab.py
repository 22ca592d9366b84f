"""Compare tab: one prompt and seed through several variants (base, LoRAs, layout-guided, PhyT2V-refined),
played side by side in step, with physics scores, run records and the settings that differ.
UI only: the comparison is ``pipelines.compare.run_compare``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import gradio as gr

from pipelines.compare import (
    ARENA_POOL,
    BASE_LABEL,
    MAX_VARIANTS,
    REFINED_LABEL,
    CompareResult,
    default_variants,
    pick_variants,
    run_compare,
    send_to_arena,
)
from pipelines.core.errors import PhyStudioError
from pipelines.core.options import guidance_config
from pipelines.services import Services

from .access import access_for
from .assets import asset_text
from .forms import DEFAULT_HINT, bound, by_name, file_data, size_or_default
from .layout_state import LayoutSession
from .scores import score_details, score_figure
from .stops import SessionStops
from .zerogpu import COMPARE_S, gpu_task

LAYOUT_GUIDANCE_CHOICES = ("lvd-benchmark", "lvd-weak", "attention-bias")
# What each result column shows; the column's outputs are named "<part>_<column index>".
COLUMN_PARTS = ("column", "title", "video", "scores", "details", "record")


def variant_choices(services: Services, generator: str | None, has_layout: bool, refined_prompt: str | None) -> list[str]:
    return [v.label for v in default_variants(services, generator, has_layout=has_layout, refined_prompt=refined_prompt)]


def build_compare_tab(services: Services, session: gr.State) -> dict[str, Any]:
    """Components ``studio.ui`` wires to other tabs: ``refined_prompt`` (filled by the Refine tab's "send to
    Compare") and ``on_show`` (event kwargs for the tab's ``select``: refreshes the prompt and variant choices)."""
    stops = SessionStops()
    shown = gr.State(None)  # this session's last CompareResult
    generators = services.generator_names()
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            prompt = gr.Textbox(label="Prompt", lines=2, elem_id="compare-prompt",
                                placeholder="a rubber ball is dropped onto a wooden floor and bounces")
            refined_prompt = gr.Textbox(label="PhyT2V-refined prompt (sent from the Refine tab, or paste one)", lines=2,
                                        elem_id="compare-refined-prompt")
            copy_btn = gr.Button("Use the Layout tab's prompt and layout", size="sm")
        with gr.Column(scale=2, min_width=320):
            with gr.Row():
                generator = gr.Dropdown(generators, value=generators[0], label="Generator", elem_id="compare-generator",
                                        info="all variants use this backbone; LoRAs switch per call")
                seed = gr.Number(value=0, precision=0, label="Seed", minimum=0, info="the same for every variant")
            variants = gr.CheckboxGroup(variant_choices(services, generators[0], False, None), value=["base"],
                                        label=f"Variants (up to {MAX_VARIANTS})", elem_id="compare-variants")
            with gr.Row():
                run_btn = gr.Button("Compare", variant="primary", elem_id="compare-button")
                stop_btn = gr.Button("Stop", variant="stop", elem_id="compare-stop")
    with gr.Accordion("Settings shared by every variant", open=False):
        with gr.Row():
            steps = gr.Number(value=None, precision=0, label="Steps", info=DEFAULT_HINT)
            num_frames = gr.Number(value=None, precision=0, label="Frames", info="Wan: 4k+1; 0 = default")
            width = gr.Number(value=None, precision=0, label="Width", info="0 = default")
            height = gr.Number(value=None, precision=0, label="Height", info="0 = default")
            guidance = gr.Dropdown(list(LAYOUT_GUIDANCE_CHOICES), value="lvd-benchmark", label="Layout guidance",
                                   info="used by the layout-guided variant only")
    status = gr.Markdown("Choose variants and press **Compare**: every variant gets the same seed and settings.",
                         elem_id="compare-status")

    columns, titles, players, plots, details, records = [], [], [], [], [], []
    with gr.Row(equal_height=False, elem_id="compare-results"):
        for i in range(MAX_VARIANTS):
            with gr.Column(visible=False, min_width=220, elem_classes=["compare-column"]) as column:
                titles.append(gr.Markdown("", elem_id=f"compare-title-{i}"))
                players.append(gr.Video(label="", autoplay=False, loop=True, height=280, interactive=False,
                                        elem_id=f"compare-video-{i}", elem_classes=["compare-player"]))
                plots.append(gr.Plot(score_figure(None), label="Physics scores"))
                with gr.Accordion("Judge details and run record", open=False):
                    details.append(gr.JSON(label="Judge details"))
                    records.append(gr.JSON(label="Run record"))
            columns.append(column)
    differences = gr.Dataframe(headers=["setting", *variant_choices(services, generators[0], False, None)],
                               label="Settings that differ between variants (everything else is shared)",
                               interactive=False, elem_id="compare-differences", wrap=True)
    with gr.Accordion("Shared settings (identical for every variant)", open=False):
        shared = gr.JSON(label="Shared settings")
    with gr.Row():
        arena_btn = gr.Button(f"Send to arena (pool '{ARENA_POOL}')", size="sm", elem_id="compare-to-arena")
        arena_status = gr.Markdown("", elem_id="compare-arena-status")
    gr.HTML("", js_on_load=asset_text("compare_sync.js"), elem_id="compare-sync",
            visible="hidden")

    fields = {"prompt": prompt, "refined_prompt": refined_prompt, "generator": generator, "variants": variants,
              "seed": seed, "steps": steps, "num_frames": num_frames, "width": width, "height": height,
              "guidance": guidance}
    form = [fields[name] for name in COMPARE_FIELDS]
    refresh_io = {"fn": bound(refresh, services), "inputs": [session, prompt, refined_prompt, generator, variants],
                  "outputs": [prompt, variants], "api_visibility": "private"}
    generator.change(**refresh_io)
    refined_prompt.change(**{**refresh_io, "fn": bound(on_refined, services)})
    copy_btn.click(layout_prompt_of, [session], [prompt], api_visibility="private").then(**refresh_io)
    compare_outputs = {"shown": shown,
                       **{f"{part}_{i}": component
                          for i, group in enumerate(zip(columns, titles, players, plots, details, records))
                          for part, component in zip(COLUMN_PARTS, group, strict=True)},
                       "differences": differences, "shared": shared, "status": status}
    run_btn.click(gpu_task(COMPARE_S)(by_name(bound(on_compare, services, stops), compare_outputs)), [session, *form],
                  list(compare_outputs.values()), api_visibility="private", concurrency_id="gpu", concurrency_limit=1)
    stop_btn.click(bound(on_stop, stops), None, [status], queue=False, api_visibility="private")
    arena_btn.click(bound(on_send, services), [shown], [arena_status], api_visibility="private")

    _register_api(services)
    return {"prompt": prompt, "refined_prompt": refined_prompt, "variants": variants, "on_show": [refresh_io]}


@dataclasses.dataclass(frozen=True)
class CompareForm:
    """The Compare tab's form, by name: the click sends the components in ``COMPARE_FIELDS`` order."""

    prompt: str | None
    refined_prompt: str | None
    generator: str | None
    variants: list[str] | None
    seed: float | None
    steps: float | None
    num_frames: float | None
    width: float | None
    height: float | None
    guidance: str

    @classmethod
    def of(cls, values) -> CompareForm:
        return cls(**dict(zip(COMPARE_FIELDS, values, strict=True)))

    def request_overrides(self) -> dict[str, int | None]:
        """The sizes every variant shares; blank or 0 keeps the generator's default."""
        return {"steps": size_or_default(self.steps), "num_frames": size_or_default(self.num_frames),
                "width": size_or_default(self.width), "height": size_or_default(self.height)}


COMPARE_FIELDS = tuple(f.name for f in dataclasses.fields(CompareForm))


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def refresh(services: Services, state: LayoutSession | None, text, refined, gen_name, chosen, pick_refined=False):
    """Offer what exists now (a layout, a refined prompt); keep the user's choice where still offered."""
    has_layout = state is not None and state.layout is not None
    choices = variant_choices(services, gen_name, has_layout, refined)
    kept = [c for c in (chosen or []) if c in choices] or [BASE_LABEL]
    if pick_refined and REFINED_LABEL in choices and REFINED_LABEL not in kept and len(kept) < MAX_VARIANTS:
        kept.append(REFINED_LABEL)  # a prompt just sent from the Refine tab is meant to be compared
    # Only fill an empty prompt (and only with something): an update that arrives after the user started
    # typing must not overwrite what they typed.
    layout_prompt = state.prompt if state is not None else ""
    filled = layout_prompt if not (text or "").strip() and layout_prompt else gr.skip()
    return filled, gr.CheckboxGroup(choices=choices, value=kept)


def on_refined(services: Services, state: LayoutSession | None, text, refined, gen_name, chosen):
    return refresh(services, state, text, refined, gen_name, chosen, pick_refined=True)


def layout_prompt_of(state: LayoutSession | None):
    """The Layout tab's prompt, or no change when it has none."""
    return (state.prompt or gr.skip()) if state is not None else gr.skip()


def on_compare(services: Services, stops: SessionStops, state: LayoutSession | None, request: gr.Request,
               progress=gr.Progress(), *values) -> dict[str, Any]:
    """Compare click: ``values`` are the form's components in ``COMPARE_FIELDS`` order. Answers by output
    name: the result (``shown``), each column's parts (``COLUMN_PARTS``), ``differences``, ``shared`` and
    ``status``; a refused comparison answers only ``status``."""
    form = CompareForm.of(values)
    token = stops.start(request.session_hash)
    layout = state.layout if state is not None else None
    try:
        picked = pick_variants(services, form.variants or [], form.generator, layout is not None, form.refined_prompt)
        progress(0, desc="starting")

        def report(step, total, message):
            progress((step, total), desc=message)

        result = run_compare(services, form.prompt, int(form.seed or 0), picked, layout=layout,
                             request_overrides=form.request_overrides(), guidance=guidance_config(form.guidance),
                             progress=report, cancel=token)
    except (PhyStudioError, ValueError) as exc:
        gr.Warning(str(exc))
        return {"status": f"⚠️ **{exc}**"}
    finally:
        stops.finish(request.session_hash, token)
    return {"shown": result, **_result_views(result), "shared": result.shared_settings, "status": _summary(result)}


def on_stop(stops: SessionStops, request: gr.Request):
    return "Stopping after the current step…" if stops.stop(request.session_hash) else "Nothing is running."


def on_send(services: Services, result: CompareResult | None, request: gr.Request):
    access_for(services).require(request, "add-pairs")
    if result is None or not any(o.ok for o in result.outcomes):
        return "Run a comparison first: there are no videos to send."
    try:
        added = send_to_arena(services.arena_store(), result)
    except Exception as exc:  # the arena database being unreachable must not take the tab down
        gr.Warning(f"Could not add to the arena: {exc}")
        return f"⚠️ **Could not add to the arena: {exc}**"
    if added == 0:
        return f"These videos are already in the arena's '{ARENA_POOL}' pool."
    return f"Added {added} video(s) to the arena's '{ARENA_POOL}' pool: they are now paired for blind votes."



def _result_views(result: CompareResult) -> dict[str, Any]:
    """Every column's parts by name (``title_0``…; an unused column hidden and emptied), then ``differences``."""
    views: dict[str, Any] = {}
    for i in range(MAX_VARIANTS):
        if i >= len(result.outcomes):
            parts = [gr.Column(visible=False), "", None, score_figure(None), {}, None]
        else:
            outcome = result.outcomes[i]
            title = f"### {outcome.variant.label}"
            if outcome.error:
                title += f"\n⚠️ {outcome.error}"
            elif outcome.score_error:
                title += f"\n⚠️ scoring failed: {outcome.score_error}"
            parts = [gr.Column(visible=True), title, str(outcome.video) if outcome.video else None,
                     score_figure(outcome.scores), score_details(outcome.scores), outcome.record]
        views.update({f"{part}_{i}": value for part, value in zip(COLUMN_PARTS, parts, strict=True)})
    labels = [o.variant.label for o in result.outcomes if o.settings]
    rows = [[row["setting"], *(_cell(row.get(label)) for label in labels)] for row in result.differences]
    views["differences"] = gr.Dataframe(value=rows, headers=["setting", *labels])
    return views


def _summary(result: CompareResult) -> str:
    done = sum(o.ok for o in result.outcomes)
    s = result.shared_settings
    size = f"{s.get('width')}×{s.get('height')}, {s.get('num_frames')} frames, {s.get('steps')} steps"
    head = "Stopped" if result.cancelled else "Compared"
    if done == 0 and result.outcomes and not result.cancelled:
        first = next((o.error for o in result.outcomes if o.error), "")
        return f"⚠️ **Every variant failed** · first error: {first}"
    return (f"{head}: {done} of {len(result.outcomes)} variants · seed {result.seed} · {size} · "
            f"run `{result.run_folder.name if result.run_folder else ''}`")


def _cell(value: Any) -> str:
    return "—" if value is None else str(value)


def compare_for_client(services: Services, prompt: str, seed: int, variants: list[str], generator: str,
                       refined_prompt: str, layout: str, steps: int | None, add_to_arena: bool,
                       request: gr.Request | None) -> dict:
    """The ``/compare`` endpoint's work: the comparison's record, each variant's video also as a downloadable file."""
    if add_to_arena:  # refused before any work: a visitor must not place pairs whose variants they know
        access_for(services).require(request, "add-pairs")
    try:
        parsed = services.read_layout(layout) if (layout or "").strip() else None
        picked = pick_variants(services, list(variants or []), generator or None, parsed is not None,
                               refined_prompt or None)
        result = run_compare(services, prompt, int(seed or 0), picked, layout=parsed,
                             request_overrides={"steps": steps}, add_to_arena=add_to_arena)
    except (PhyStudioError, ValueError) as exc:
        raise gr.Error(str(exc)) from None
    data = result.to_dict()
    for entry in data["variants"]:
        entry["file"] = file_data(entry["video"], f"{entry['label']}.mp4") if entry["video"] else None
    return data


def _register_api(services: Services) -> None:
    def compare(prompt: str, seed: int, variants: list[str], generator: str = "", refined_prompt: str = "",
                layout: str = "", steps: int | None = None, add_to_arena: bool = False,
                request: gr.Request = None) -> dict:
        """Generate and score the chosen variants with one seed and shared settings.

        variants: labels among "base", the generator's LoRA names, "layout-guided" (needs `layout`: JSON or
        LVD text) and "PhyT2V-refined" (needs `refined_prompt`). Returns per variant the video's server path
        (`video`) and `file` (downloaded by gradio_client; `url` relative to the app for others), scores and
        errors, then the shared settings and the differences table. `add_to_arena` is an operator action.
        """
        return compare_for_client(services, prompt, seed, variants, generator, refined_prompt, layout, steps,
                                  add_to_arena, request)

    gr.api(gpu_task(COMPARE_S)(compare), api_name="compare", concurrency_id="gpu", concurrency_limit=1)
