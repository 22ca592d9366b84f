"""Generate tab: prompt (+ the Layout tab's layout) → video, with guidance settings, progress,
stop, an attention viewer, and this session's history. UI only: generation is ``services.generate``.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.data_classes import FileData

from pipelines.core.errors import PhyStudioError
from pipelines.core.generation import (
    THRESHOLD_REFERENCES,
    GenerationCancelled,
    GenerationError,
    GenerationRequest,
    GenerationTimedOut,
    GuidanceConfig,
    check_guidance_layout,
)
from pipelines.core.layout import interpolate_latent_frames, last_video_frame_of
from pipelines.core.limits import echo
from pipelines.core.options import GUIDANCE_CHOICES, guidance_config
from pipelines.core.runs import load_run
from pipelines.core.video import read_video
from pipelines.lvd.canvas import attention_overlay
from pipelines.services import Services

from .forms import DEFAULT_HINT, bound, by_name, file_data, resolved, size_or_default
from .layout_state import LayoutSession
from .prophy_panel import build_prophy_panel
from .scores import score_details, score_figure, score_panel
from .stops import SessionStops
from .zerogpu import GENERATE_S, SCORE_S, gpu_task

HISTORY_HEADERS = ["run", "prompt", "generator", "variant", "guidance", "seed", "seconds"]
_ADVANCED = [  # (field, label, info, minimum, maximum, step)
    ("guided_steps", "Guided steps (K)", "first K denoising steps get guidance; LVD: 10 of 40", 0, 100, 1),
    ("iterations", "Iterations per step (M)", "energy gradient steps per guided step; LVD benchmark 5, weak 1", 0, 10, 1),
    ("topk_fraction", "Top-k fraction p", "k = max(1, ⌊p·|region|⌋); LVD benchmark 0.75, weak 0.25", 0.05, 1.0, 0.05),
    ("fg_weight", "Foreground weight", "weight of 1 − mean(top-k inside the box); LVD 1", 0.0, 10.0, 0.1),
    ("bg_weight", "Background weight", "weight of mean(top-k outside the box); LVD benchmark 4, weak 2", 0.0, 10.0, 0.1),
    ("com_weight", "Centre-of-mass weight", "position/velocity of the attention's centre vs the box; LVD 0.03", 0.0, 1.0, 0.01),
    ("loss_scale", "Loss scale", "energy multiplier; LVD benchmark 5, weak 2.5", 0.0, 50.0, 0.5),
    ("loss_threshold", "Loss threshold", "iterate while the previous unscaled energy is above this, in the "
     "threshold reference's units; LVD benchmark 200, weak 250 (ModelScope)", 0.0, 1000.0, 1.0),
    ("step_size", "Step size η", "latents ← latents − η·σ_t·∇E", 0.0, 10.0, 0.1),
    ("bias_strength", "Attention bias strength",
     "attention-bias mode: logit bonus inside / penalty outside the box", 0.0, 10.0, 0.1),
]


def build_generate_tab(services: Services, layout_session: gr.State, layout_prompt: gr.Textbox) -> dict[str, Any]:
    """``on_show`` (event kwargs for the tab's ``select`` and the page's load) refreshes variants and the prompt."""
    stops = SessionStops()
    history = gr.State([])
    last = gr.State(None)  # (run folder, layout dict | None, attention file | None) of the shown result

    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            prompt = gr.Textbox(label="Prompt", lines=2, elem_id="generate-prompt",
                                placeholder="a red ball is thrown from the left to the right in a garden")
            use_layout = gr.Checkbox(value=True, label="Ground the video in the Layout tab's layout (when there is one)",
                                     elem_id="generate-use-layout")
            with gr.Row():
                copy_btn = gr.Button("Use the Layout tab's prompt", size="sm")
        with gr.Column(scale=2, min_width=300):
            with gr.Row():
                generator = gr.Dropdown(services.generator_names(), value=services.generator_names()[0], label="Generator",
                                        info="'preview' draws the layout; 'wan' is Wan2.1", elem_id="generate-generator")
                variant = gr.Dropdown(["base"], value="base", label="Variant", elem_id="generate-variant",
                                      info="base model, a loaded LoRA or a ProPhy module")
            guidance = gr.Dropdown(list(GUIDANCE_CHOICES), value="off", label="Layout guidance", elem_id="generate-guidance",
                                   info="energy = LVD benchmark; lvd-weak; attention-bias is gradient-free")
            with gr.Row():
                generate_btn = gr.Button("Generate", variant="primary", elem_id="generate-button")
                stop_btn = gr.Button("Stop", variant="stop", elem_id="stop-button")

    with gr.Accordion("Advanced", open=False):
        with gr.Row():
            seed = gr.Number(value=0, precision=0, label="Seed", minimum=0)
            steps = gr.Number(value=None, precision=0, label="Steps", info=DEFAULT_HINT + " (Wan 50)")
            num_frames = gr.Number(value=None, precision=0, label="Frames", info="Wan: 4k+1, e.g. 81; 0 = default")
            width = gr.Number(value=None, precision=0, label="Width", info="multiple of 16 for Wan; 0 = default")
            height = gr.Number(value=None, precision=0, label="Height", info="0 = default")
            cfg = gr.Number(value=None, label="CFG", info="Wan default 5.0")
        advanced = {}
        with gr.Row():
            for name, label, info, low, high, step in _ADVANCED:
                default = getattr(guidance_config("lvd-benchmark"), name)
                if name == "bias_strength":
                    default = guidance_config("attention-bias").bias_strength
                advanced[name] = gr.Slider(low, high, value=default, step=step, label=label, info=info, min_width=180)
        with gr.Row():
            blocks = gr.Textbox(label="Guided blocks", placeholder="e.g. 4,5,6 (blank: the default selection)",
                                info="indices of the DiT blocks whose text cross-attention is guided")
            fast_path = gr.Checkbox(value=True, label="Fast path (energy): forward and backprop only up to the last guided block")
            apply_preset = gr.Button("Reset to the chosen preset", size="sm")
        # ---- LVD recipe options (issue 17): the threshold's units and LVD's background suffix ----
        with gr.Row():
            threshold_reference = gr.Dropdown(
                list(THRESHOLD_REFERENCES), value=GuidanceConfig.threshold_reference, label="Threshold reference",
                info="the backbone whose energy scale the threshold is written for; mapped to this model's heads and "
                     "frames (raw: no mapping)", elem_id="generate-threshold-reference")
            background_prompt = gr.Checkbox(value=GuidanceConfig.background_prompt, elem_id="generate-background-prompt",
                                            label="Guided runs append ', {background} background' to the prompt (LVD)")
        # ---- end of the LVD recipe options ----

    status = gr.Markdown("", elem_id="generate-status")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            video = gr.Video(label="Video", autoplay=True, loop=True, elem_id="generate-video", height=420)
            with gr.Row():
                auto_score = gr.Checkbox(value=True, label="Score each new video with the configured judge")
                score_btn = gr.Button("Score this video", size="sm", elem_id="score-button")
            scores_plot, scores_json = score_panel(elem_id="generate-scores")
        with gr.Column(scale=2):
            with gr.Group():
                attention_object = gr.Dropdown([], label="Attention viewer: object", elem_id="attention-object")
                attention_frame = gr.Slider(0, 20, value=0, step=1, label="Latent frame")
                attention_image = gr.Image(label="Cross-attention of the object's tokens, box in white", height=300,
                                           interactive=False, elem_id="attention-image")
            with gr.Accordion("Run record", open=False):
                record = gr.JSON(label="Run record", show_label=False, elem_id="generate-record")

    prophy_refresh = build_prophy_panel(services, prompt, generator, seed, steps, num_frames, width, height)

    gr.Markdown("### This session's generations")
    history_table = gr.Dataframe(headers=HISTORY_HEADERS, interactive=False, elem_id="generate-history")
    rerun_btn = gr.Button("Re-run the selected generation", size="sm")
    selected = gr.State(None)

    fields = {"prompt": prompt, "generator": generator, "variant": variant, "guidance": guidance,
              "use_layout": use_layout, "seed": seed, "steps": steps, "num_frames": num_frames, "width": width,
              "height": height, "cfg": cfg, "blocks": blocks, "fast_path": fast_path,
              "threshold_reference": threshold_reference, "background_prompt": background_prompt, **advanced}
    form = [fields[name] for name in FORM_FIELDS]
    preset_outputs = [*advanced.values(), fast_path, threshold_reference, background_prompt]
    gpu = {"concurrency_id": "gpu", "concurrency_limit": 1}
    score = gpu_task(SCORE_S)(bound(on_score, services))
    generator.change(bound(on_generator, services), [generator, variant], [variant], api_visibility="private")
    # .input (a user's choice), not .change: Re-run sets the dropdown together with the run's own values.
    guidance.input(fill_preset, [guidance], preset_outputs, api_visibility="private")
    apply_preset.click(fill_preset, [guidance], preset_outputs, api_visibility="private")
    copy_btn.click(typed_prompt, [layout_prompt], [prompt], api_visibility="private")
    generate_outputs = {"video": video, "record": record, "history": history, "last": last,
                        "attention_object": attention_object, "attention_frame": attention_frame, "status": status}
    generate_btn.click(gpu_task(GENERATE_S)(by_name(bound(on_generate, services, stops), generate_outputs)),
                       [layout_session, history, *form], list(generate_outputs.values()), api_visibility="private",
                       **gpu).then(
        _same, [history], [history_table], api_visibility="private").then(
        score, [last, prompt, auto_score], [scores_plot, scores_json, record, status], api_visibility="private", **gpu)
    score_btn.click(score, [last, prompt], [scores_plot, scores_json, record, status], api_visibility="private", **gpu)
    stop_btn.click(bound(on_stop, stops), None, [status], queue=False, api_visibility="private")
    attention_object.change(_attention_image, [last, attention_object, attention_frame], [attention_image],
                            api_visibility="private")
    attention_frame.change(_attention_image, [last, attention_object, attention_frame], [attention_image],
                           api_visibility="private")
    history_table.select(on_select, [history], [selected], api_visibility="private")
    rerun_outputs = {**{name: fields[name] for name in RERUN_FIELDS}, "status": status}
    rerun_btn.click(by_name(bound(on_rerun, services), rerun_outputs), [selected], list(rerun_outputs.values()),
                    api_visibility="private")

    _register_api(services)
    return {"prompt": prompt, "on_show": [{"fn": bound(on_show, services),
                                           "inputs": [prompt, layout_prompt, generator, variant],
                                           "outputs": [prompt, variant], "api_visibility": "private"}, prophy_refresh]}


@dataclasses.dataclass(frozen=True)
class GenerateForm:
    """The Generate tab's form, by name: the click sends the components in ``FORM_FIELDS`` order."""

    prompt: str | None
    generator: str | None
    variant: str | None
    guidance: str
    use_layout: bool
    seed: float | None
    steps: float | None
    num_frames: float | None
    width: float | None
    height: float | None
    cfg: float | None
    blocks: str | None
    fast_path: bool
    threshold_reference: str | None
    background_prompt: bool | None
    advanced: dict[str, float]

    @classmethod
    def of(cls, values) -> GenerateForm:
        named = dict(zip(FORM_FIELDS, values, strict=True))
        advanced = {name: named.pop(name) for name, *_ in _ADVANCED}
        return cls(**named, advanced=advanced)


FORM_FIELDS = (*(f.name for f in dataclasses.fields(GenerateForm) if f.name != "advanced"),
               *(name for name, *_ in _ADVANCED))
# The form fields a run record gives back to Re-run (generator, variant and the layout choice stay as they are).
RERUN_FIELDS = ("prompt", "seed", "steps", "num_frames", "width", "height", "cfg", "guidance",
                *(name for name, *_ in _ADVANCED), "blocks", "fast_path", "threshold_reference", "background_prompt")


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def on_generator(services: Services, name, chosen=None):
    """The generator's variants now (a LoRA loaded from the Train tab appears); keeps a choice still offered."""
    try:
        names = variant_names(services, name)
    except GenerationError as exc:
        gr.Warning(str(exc))
        names = ["base"]
    return gr.Dropdown(choices=names, value=chosen if chosen in names else "base")


def fill_preset(name):
    preset = guidance_config(name)
    return ([getattr(preset, field) for field, *_ in _ADVANCED]
            + [preset.fast_path, preset.threshold_reference, preset.background_prompt])


def typed_prompt(typed):
    return typed if (typed or "").strip() else gr.skip()


def _same(value):
    return value


def build_request(services: Services, state: LayoutSession, form: GenerateForm) -> GenerationRequest:
    config = guidance_from_form(form.guidance, form.blocks, form.fast_path, list(form.advanced.values()),
                                form.threshold_reference, form.background_prompt)
    layout = state.layout if (form.use_layout and state.layout is not None) else None
    check_guidance_layout(config, layout)
    return services.default_request(
        form.prompt or "", form.generator, seed=int(form.seed or 0), steps=size_or_default(form.steps),
        num_frames=size_or_default(form.num_frames), width=size_or_default(form.width),
        height=size_or_default(form.height), cfg_scale=float(form.cfg) if form.cfg else None,
        variant=None if form.variant in (None, "base") else form.variant, layout=layout, guidance=config)


def on_generate(services: Services, stops: SessionStops, state, rows, request: gr.Request, progress=gr.Progress(),
                *values) -> dict[str, Any]:
    """Generate click: ``values`` are the form's components in ``FORM_FIELDS`` order. Answers by output name:
    the video, its record, the history with the new row, the ``last`` result and the attention viewer's
    choices, and a ``status`` line; a refused, stopped or timed-out run answers only ``history`` and ``status``."""
    form = GenerateForm.of(values)
    token = stops.start(request.session_hash)
    try:
        req = build_request(services, state, form)
        progress(0, desc="starting")

        def report(step, total, message):
            progress((step, total), desc=message or f"step {step}/{total}")

        result, run = services.generate(req, form.generator, progress=report, cancel=token)
    except GenerationTimedOut as exc:
        gr.Warning(str(exc))
        return {"history": rows, "status": f"⚠️ **{exc}**"}
    except GenerationCancelled:
        return {"history": rows, "status": "Stopped. Memory was freed; nothing was saved."}
    except (PhyStudioError, ValueError) as exc:
        gr.Warning(str(exc))
        return {"history": rows, "status": f"⚠️ **{exc}**"}
    finally:
        stops.finish(request.session_hash, token)  # a Stop pressed from now on has nothing to stop
    video_path = str(run.folder / run.record.outputs["video"])
    layout_path = run.record.outputs.get("layout")
    layout_dict = json.loads((run.folder / layout_path).read_text()) if layout_path else None
    attention = run.record.outputs.get("attention")
    shown = (str(run.folder), layout_dict, str(run.folder / attention) if attention else None)
    took = run.record.timings.get("total_s", 0.0)
    generator_name = form.generator or services.generator_names()[0]  # "tiny-wan" runs the "wan" backend
    row = [run.record.run_id, req.prompt[:60], generator_name, result.variant or "base", req.guidance.label,
           req.seed, round(took, 2)]
    rows = [row, *(rows or [])]
    label = "a drawing of the layout (preview)" if result.backend_id == "preview" else result.model_id
    named = f"**{generator_name}**" + ("" if label == generator_name else f" ({label})")
    message = f"Generated {len(result.frames)} frames with {named} in {took:.2f} s · run `{run.record.run_id}`"
    return {"video": video_path, "record": run.record.to_dict(), "history": rows, "last": shown,
            "attention_object": _attention_choices(shown),
            "attention_frame": gr.Slider(maximum=max(1, _latent_frames(shown) - 1), value=0), "status": message}


def on_score(services: Services, shown, text, enabled=True):
    if not enabled:
        return gr.skip(), gr.skip(), gr.skip(), gr.skip()
    if not shown:
        return gr.skip(), gr.skip(), gr.skip(), "Nothing to score yet: generate a video first."
    folder = Path(shown[0])
    try:
        scores = services.score(folder / "video.mp4", text or "", run_folder=folder)
    except Exception as exc:  # a judge backend failing must not take the tab down
        message = f"Scoring failed: {exc}"
        gr.Warning(message)
        return gr.skip(), gr.skip(), gr.skip(), f"⚠️ **{message}**"
    data = scores.to_dict()
    return score_figure(data), score_details(data), load_run(folder).record.to_dict(), gr.skip()


def on_stop(stops: SessionStops, request: gr.Request):
    stopped = stops.stop(request.session_hash)
    return "Stopping at the next step…" if stopped else "Nothing is running."


def on_select(rows, evt: gr.SelectData):
    if not rows or evt.index is None:
        return gr.skip()
    return rows[evt.index[0]][0]


def on_rerun(services: Services, run_id) -> dict[str, Any]:
    """The selected run's settings by form field name (``RERUN_FIELDS``), and a ``status`` line."""
    if not run_id:
        return {"status": "Select a generation in the table first."}
    folder = next(services.runs.root.glob(f"generate/{run_id}"), None)
    if folder is None:
        return {"status": f"Run {run_id} is no longer on disk."}
    run = load_run(folder).record
    s = run.settings
    recorded = s.get("guidance") or {}
    name = recorded.get("preset") or recorded.get("mode", "off")
    return {
        "prompt": run.inputs["prompt"], "seed": s.get("seed", 0), "steps": s.get("steps"),
        "num_frames": s.get("num_frames"), "width": s.get("width"), "height": s.get("height"), "cfg": s.get("cfg_scale"),
        "guidance": name if name in GUIDANCE_CHOICES else "off",
        **{field: recorded.get(field, getattr(GuidanceConfig(), field)) for field, *_ in _ADVANCED},
        "blocks": ",".join(map(str, recorded["blocks"])) if recorded.get("blocks") else "",
        "fast_path": recorded.get("fast_path", True),
        "threshold_reference": recorded.get("threshold_reference", GuidanceConfig.threshold_reference),
        "background_prompt": recorded.get("background_prompt", GuidanceConfig.background_prompt),
        "status": f"Loaded the settings of run `{run_id}`; press Generate to run it again.",
    }


def on_show(services: Services, text, typed_layout_prompt, gen_name, chosen):
    """Tab shown or page loaded: the variants loaded since (e.g. from the Train tab); an empty prompt takes
    the one typed in the Layout tab."""
    filled = typed_layout_prompt if not (text or "").strip() and (typed_layout_prompt or "").strip() else gr.skip()
    return filled, on_generator(services, gen_name, chosen)


def variant_names(services: Services, generator: str | None) -> list[str]:
    """"base" then the generator's loaded variants (LoRAs and ProPhy modules), as the service has them now."""
    return ["base", *services.generator(generator).variants()]


def guidance_from_form(guidance_name: str, blocks_text: str | None, fast: bool, advanced_values,
                       threshold_reference: str | None = None, background_prompt: bool | None = None) -> GuidanceConfig:
    """The chosen preset with the Advanced values; named after the preset unless the user changed a value."""
    preset = guidance_config(guidance_name)
    recipe = {} if threshold_reference is None else {"threshold_reference": threshold_reference}
    if background_prompt is not None:
        recipe["background_prompt"] = bool(background_prompt)
    if preset.mode == "off":  # the Advanced values are not read; the recipe options are recorded as set
        return dataclasses.replace(preset, **recipe)
    values = dict(zip((f for f, *_ in _ADVANCED), advanced_values))
    try:
        block_ids = tuple(int(b) for b in blocks_text.replace(" ", "").split(",") if b) if blocks_text else None
    except ValueError:
        raise GenerationError(f"guided blocks must be comma-separated integers, got {echo(blocks_text)}") from None
    config = dataclasses.replace(preset, blocks=block_ids, fast_path=bool(fast), **recipe,
                                 guided_steps=int(values["guided_steps"]), iterations=int(values["iterations"]),
                                 **{k: float(v) for k, v in values.items() if k not in ("guided_steps", "iterations")})
    return config if config == preset else dataclasses.replace(config, preset="")



def _attention_choices(shown) -> Any:
    folder, layout_dict, attention_file = shown
    if not attention_file or not layout_dict:
        return gr.Dropdown(choices=[], value=None, info="no attention maps: guidance was off or the generator is the preview")
    names = {o["id"]: f"{o['name']} #{o['id']}" for o in layout_dict["objects"]}
    import numpy as np

    with np.load(attention_file) as data:
        ids = [int(key.split("_")[1]) for key in data.files]
    choices = [(names.get(i, f"#{i}"), i) for i in ids]
    return gr.Dropdown(choices=choices, value=choices[0][1] if choices else None, info="")


def _latent_frames(shown) -> int:
    if not shown or not shown[2]:
        return 1
    import numpy as np

    with np.load(shown[2]) as data:
        return int(data[data.files[0]].shape[0]) if data.files else 1


@functools.lru_cache(maxsize=4)
def _video_frames(path: str):
    """Decoded once per video: the viewer's slider asks for many frames of the same clip."""
    return read_video(path)[0]


def _attention_image(shown, object_id, frame_index):
    if not shown or object_id is None:
        return None
    folder, layout_dict, attention_file = shown
    if not attention_file:
        return None
    import numpy as np

    from pipelines.core.layout import Layout

    with np.load(attention_file) as data:
        maps = data[f"object_{int(object_id)}"]
    j = min(int(frame_index), maps.shape[0] - 1)
    frames = _video_frames(str(Path(folder) / "video.mp4"))
    video_frame = frames[last_video_frame_of(j, len(frames), maps.shape[0])]
    box = None
    if layout_dict:
        layout = Layout.from_dict(layout_dict)
        boxes = interpolate_latent_frames(layout, len(frames) if (len(frames) - 1) % 4 == 0 else 4 * (maps.shape[0] - 1) + 1)
        index = layout.object_ids.index(int(object_id))
        box = boxes.boxes[index, j] if boxes.present[index, j] else None
    return attention_overlay(video_frame, maps[j], box)


def generate_for_client(services: Services, prompt_text: str, layout_text: str, guidance_name: str, seed_value: int,
                        variant_name: str, steps_value: int | None, size: str, generator_name: str) -> tuple[dict, dict]:
    """The ``/generate`` endpoint's work: the video (in the shape a ``gr.Video`` output has, so clients see no
    change) and the run record."""
    try:
        layout = services.read_layout(layout_text) if (layout_text or "").strip() else None
        if guidance_name not in GUIDANCE_CHOICES:
            raise GenerationError(f"guidance must be one of {', '.join(GUIDANCE_CHOICES)}, got "
                                  f"{services.limits.echo(guidance_name)}")
        width = height = None
        if size:
            try:
                width, height = (int(v) for v in size.lower().split("x"))
            except ValueError:
                raise GenerationError(f"size must be WIDTHxHEIGHT, got {services.limits.echo(size)}") from None
        request = services.default_request(
            prompt_text or "", generator_name or None, seed=int(seed_value or 0), steps=size_or_default(steps_value),
            width=width, height=height, variant=None if variant_name in (None, "", "base") else variant_name,
            layout=layout, guidance=guidance_config(guidance_name))
        result, run = services.generate(request, generator_name or None)
    except (PhyStudioError, ValueError) as exc:
        raise gr.Error(str(exc)) from None
    return file_data(run.folder / run.record.outputs["video"]), run.record.to_dict()


def _register_api(services: Services) -> None:
    def generate(prompt_text: str, layout_text: str = "", guidance_name: str = "off", seed_value: int = 0,
                 variant_name: str = "base", steps_value: int | None = None, size: str = "",
                 generator_name: str = "") -> tuple[FileData, dict]:
        """Generate a video; returns the MP4 and its run record."""
        return generate_for_client(services, prompt_text, layout_text, guidance_name, seed_value, variant_name,
                                   steps_value, size, generator_name)

    gr.api(gpu_task(GENERATE_S)(resolved(generate)), api_name="generate", concurrency_id="gpu", concurrency_limit=1)
