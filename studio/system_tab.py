"""System tab: which backend serves each stage and which models are loaded where."""

from __future__ import annotations

import gradio as gr

from pipelines.services import Services

from .access import build_operator_panel
from .forms import bound

MODEL_HEADERS = ["model", "where", "size (GB)", "in use", "loads"]


def model_rows(services: Services) -> list[list]:
    return [[s.label, s.where, round(s.size_gb, 3), "yes" if s.in_use else "", s.loads] for s in services.models.status()]


def build_system_tab(services: Services) -> None:
    build_operator_panel(services)
    gr.Dataframe(value=[[b.stage, b.backend_id, b.label] for b in services.describe()],
                 headers=["stage", "backend", "what it is"], interactive=False, label="Backends")
    budget = services.models.budget_bytes
    gr.Markdown(f"Models load on first use and share one accelerator budget "
                f"({'%.1f GB' % (budget / 2**30) if budget else '90% of the card'}; on a CPU-only machine: unlimited). "
                "The least recently used idle model moves off the device when another needs the room.")
    table = gr.Dataframe(value=model_rows(services), headers=MODEL_HEADERS, interactive=False,
                         label="Models", elem_id="system-models")
    refresh = gr.Button("↻ Refresh", size="sm")
    refresh.click(bound(model_rows, services), None, [table], api_visibility="private")
    gr.Timer(5.0).tick(bound(model_rows, services), None, [table], api_visibility="private", show_progress="hidden")
