"""ProPhy inspector (inside the Generate tab): what the physics experts decided for a prompt.

The semantic router's physics-category distribution as a bar chart, and the refinement router's choice
of expert for every video token, painted over the generated frames (one colour per expert, shades per
physics category, grey for the 'ambient' experts)."""

from __future__ import annotations

from typing import Any

import gradio as gr

from pipelines.core.generation import GenerationError
from pipelines.services import Services

from .forms import bound, size_or_default
from .zerogpu import GENERATE_S, gpu_task

EMPTY = ("No ProPhy variant is loaded. Train one in the **Train** tab (objective *prophy*) and load it as a variant, "
         "or start the studio with `--generator wan --prophy NAME=FILE`.")


def build_prophy_panel(services: Services, prompt: gr.Textbox, generator: gr.Dropdown, seed: gr.Number,
                       steps: gr.Number, num_frames: gr.Number, width: gr.Number, height: gr.Number) -> dict[str, Any]:
    """Returns the event kwargs that refresh the ProPhy variant list (for the tab's select and the page's load)."""
    with gr.Accordion("ProPhy inspector: physics experts", open=False, elem_id="prophy-inspector"):
        with gr.Row():
            variant = gr.Dropdown([], label="ProPhy variant", info="a ProPhy checkpoint loaded as a variant",
                                  elem_id="prophy-variant")
            inspect_btn = gr.Button("Inspect routing for this prompt", size="sm", elem_id="prophy-inspect-button")
            refresh_btn = gr.Button("Refresh variants", size="sm")
        status = gr.Markdown(EMPTY, elem_id="prophy-status")
        with gr.Row(equal_height=False):
            categories = gr.Plot(label="Semantic router: physics categories", show_label=False, elem_id="prophy-categories")
            usage = gr.Plot(label="Refinement experts: share of tokens", show_label=False, elem_id="prophy-usage")
        overlay = gr.Video(label="Each token's refinement expert over the frames", autoplay=True, loop=True,
                           elem_id="prophy-overlay", height=320)

    private: dict[str, Any] = {"api_visibility": "private"}
    variants = bound(prophy_variants, services)
    generator.change(variants, [generator], [variant, status], **private)
    refresh_btn.click(variants, [generator], [variant, status], **private)
    refresh = {"fn": variants, "inputs": [generator], "outputs": [variant, status], **private}
    inspect_btn.click(gpu_task(GENERATE_S)(bound(on_inspect, services)),
                      [generator, variant, prompt, seed, steps, num_frames, width, height],
                      [categories, usage, overlay, status], concurrency_id="gpu", concurrency_limit=1, **private)
    return refresh


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def prophy_variants(services: Services, gen_name):
    """The generator's ProPhy variants now (one loaded from the Train tab appears), the first one chosen."""
    try:
        names = services.prophy_variants(gen_name)
    except GenerationError as exc:
        return gr.Dropdown(choices=[], value=None), f"⚠️ {exc}"
    message = f"{len(names)} ProPhy variant(s) on {gen_name}." if names else EMPTY
    return gr.Dropdown(choices=names, value=names[0] if names else None), message


def on_inspect(services: Services, gen_name, name, text, seed_v, steps_v, frames_v, width_v, height_v):
    from pipelines.prophy.inspect import category_figure, expert_usage_figure

    if not name:
        raise gr.Error("choose a ProPhy variant first (none loaded? see the note above)")
    if not (text or "").strip():
        raise gr.Error("the prompt is empty: type one in the Prompt box above")
    try:
        request = services.default_request(text, gen_name, variant=name, seed=int(seed_v or 0),
                                           steps=size_or_default(steps_v), num_frames=size_or_default(frames_v),
                                           width=size_or_default(width_v), height=size_or_default(height_v))
        inspection, run = services.inspect_prophy(request, gen_name)
    except GenerationError as exc:
        raise gr.Error(str(exc)) from None
    top = max(inspection.categories, key=inspection.categories.get)
    video = run.path("overlay.mp4")
    return (category_figure(inspection.categories), expert_usage_figure(inspection),
            str(video) if video.exists() else None,
            f"Most likely physics: **{top}** ({inspection.categories[top]:.0%}) · run folder `{run.folder}`")
