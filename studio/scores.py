"""The score panel every tab reuses: SA/PC bars and the judge's details, labelled by what they are."""

from __future__ import annotations

from typing import Any

import gradio as gr
import plotly.graph_objects as go

KIND_LABELS = {
    "vlm": "VLM judge",
    "motion": "motion metrics measured from pixels (not a VLM score)",
    "remote": "remote judge",
}
PROTOCOL_LABELS = {
    "videocon-physics": "VLM judge: P(Yes) / (P(Yes) + P(No)), VideoCon-Physics questions",
    "videophy2-scale": "VLM judge: VideoPhy-2 ratings 1–5 mapped to [0, 1]",
}


def judge_label(scores: dict[str, Any]) -> str:
    protocol = (scores.get("details") or {}).get("protocol")
    return PROTOCOL_LABELS.get(protocol) or KIND_LABELS.get(scores.get("kind", ""), scores.get("judge_id", ""))


def score_figure(scores: dict[str, Any] | None) -> go.Figure:
    """Horizontal SA/PC bars on [0, 1]; a missing score is drawn as an empty, labelled bar."""
    fig = go.Figure()
    if scores:
        names, values, texts, places = [], [], [], []
        for key, title in (("sa", "semantic adherence (SA)"), ("pc", "physical commonsense (PC)")):
            value = scores.get(key)
            names.append(title)
            values.append(0.0 if value is None else float(value))
            texts.append("not measured by this judge" if value is None else f"{float(value):.2f}")
            places.append("outside" if value is None else "auto")  # a zero-width bar has no inside
        fig.add_trace(go.Bar(x=values, y=names, orientation="h", text=texts, textposition=places, cliponaxis=False,
                             marker={"color": ["#6366f1", "#0ea5e9"]}))
        fig.update_layout(title={"text": judge_label(scores),
                                 "font": {"size": 12}})
    fig.update_xaxes(range=[0, 1])
    fig.update_layout(height=180, margin={"l": 10, "r": 10, "t": 40, "b": 20}, template="plotly_white", showlegend=False)
    return fig


def score_details(scores: dict[str, Any] | None) -> dict[str, Any]:
    if not scores:
        return {}
    return {"judge": scores.get("judge_id"), "kind": scores.get("kind"), **(scores.get("details") or {})}


def score_panel(label: str = "Physics scores", elem_id: str = "scores") -> tuple[gr.Plot, gr.JSON]:
    """Create the panel's components inside the current Blocks context (ids ``<elem_id>-plot``/``-details``)."""
    plot = gr.Plot(score_figure(None), label=label, elem_id=f"{elem_id}-plot")
    with gr.Accordion("Judge details", open=False):
        details = gr.JSON(label="Judge details", show_label=False, elem_id=f"{elem_id}-details")
    return plot, details
