"""The studio's Blocks: a header that says which backend serves each stage, then one tab per stage."""

from __future__ import annotations

import gradio as gr

from pipelines.services import Services

from .assets import asset_text

TITLE = "PhyStudio"


def theme() -> gr.themes.Base:
    return gr.themes.Soft(primary_hue="indigo", secondary_hue="sky", neutral_hue="slate")


def css() -> str:
    return asset_text("studio.css")


def build_ui(services: Services, notice: str | None = None) -> gr.Blocks:
    from .arena_tab import build_arena_tab
    from .compare_tab import build_compare_tab
    from .evaluate_tab import build_evaluate_tab
    from .generate_tab import build_generate_tab
    from .layout_tab import build_layout_tab
    from .refine_tab import build_refine_tab
    from .system_tab import build_system_tab
    from .train_tab import build_train_tab

    backends = " · ".join(f"**{b.stage}**: {b.label}" for b in services.describe())
    with gr.Blocks(title=TITLE) as demo:
        gr.Markdown(f"# {TITLE}\nPhysics-grounded text-to-video research studio.", elem_id="studio-title")
        gr.Markdown(backends, elem_id="backend-banner", elem_classes=["backend-banner"])
        if notice:
            gr.Markdown(notice, elem_id="deployment-notice", elem_classes=["notice-banner"])
        with gr.Tabs():
            with gr.Tab("Layout", id="layout", elem_id="tab-layout"):
                layout = build_layout_tab(services)
            with gr.Tab("Generate", id="generate", elem_id="tab-generate") as generate_tab:
                generate = build_generate_tab(services, layout["session"], layout["prompt"])
            with gr.Tab("Refine", id="refine", elem_id="tab-refine"):
                refine_slot = gr.Column()
            with gr.Tab("Compare", id="compare", elem_id="tab-compare") as compare_tab:
                compare = build_compare_tab(services, layout["session"])
            with gr.Tab("Arena", id="arena", elem_id="tab-arena"):
                build_arena_tab(services)
            with gr.Tab("Evaluate", id="evaluate", elem_id="tab-evaluate"):
                build_evaluate_tab(services)
            with gr.Tab("Train", id="train", elem_id="tab-train"):
                build_train_tab(services)
            with gr.Tab("System", id="system", elem_id="tab-system"):
                build_system_tab(services)
        with refine_slot:  # built after Compare so "send to Compare" has its target
            build_refine_tab(services, layout["session"], {"layout": layout["prompt"], "generate": generate["prompt"],
                                                           "compare": compare["refined_prompt"]})
        # Variants appear while the studio runs (a LoRA loaded from the Train tab): every tab that lists them
        # asks the services again when shown, and each new page asks on load.
        for tab, tab_parts in ((generate_tab, generate), (compare_tab, compare)):
            for handlers in tab_parts["on_show"]:
                tab.select(**handlers)
                demo.load(**handlers)
    demo.queue(default_concurrency_limit=4)
    return demo
