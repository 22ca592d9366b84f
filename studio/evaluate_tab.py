"""Evaluate tab: open a batch-evaluation folder, read its tables and charts, play any video.

The folder is what ``python -m pipelines eval`` writes; a run still in progress shows what is done.
UI only: reading and aggregation are ``pipelines.eval.report.load_eval``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from pipelines.eval.report import EvalData, category_figure, joint_figure, load_eval
from pipelines.services import Services

from .access import access_for
from .scores import score_figure

VIDEO_COLUMNS = ["id", "prompt", "category", "law", "hard", "variant", "seed", "status", "sa", "pc"]


def known_eval_folders(services: Services) -> list[str]:
    """Eval folders recorded in this studio's runs, newest first, that still exist."""
    folders = []
    for record in services.runs.records("eval"):
        out_dir = record.inputs.get("out_dir")
        if out_dir and Path(out_dir).is_dir() and out_dir not in folders:
            folders.append(out_dir)
    return folders


def build_evaluate_tab(services: Services) -> None:
    access = access_for(services)
    if not access.operator_possible:  # an evaluation folder is a path on the server: not for anonymous visitors
        gr.Markdown("Evaluation folders are off on this public studio: run `python -m pipelines eval` and open its "
                    "`report.html` on a workstation.", elem_classes=["notice-banner"], elem_id="eval-off-notice")
        return
    loaded = gr.State(None)
    gr.Markdown("Open a folder written by `python -m pipelines eval --prompts ... --variants base,... --out DIR`."
                + (" Operator only: sign in first (System tab → Operator sign-in)." if access.public else ""))
    with gr.Row():
        folder = gr.Dropdown([] if access.public else known_eval_folders(services), label="Evaluation folder", allow_custom_value=True,
                             scale=4, elem_id="eval-folder", info="pick a recorded run or type a path")
        open_btn = gr.Button("Open", variant="primary", scale=1, elem_id="eval-open")
        refresh_btn = gr.Button("↻ Refresh list", size="sm", scale=1)
    status = gr.Markdown("", elem_id="eval-status")
    summary = gr.Dataframe(label="Summary per variant", interactive=False, elem_id="eval-summary")
    with gr.Row():
        joint_plot = gr.Plot(label="VideoPhy-2 joint metric")
        category_plot = gr.Plot(label="Per category")
    with gr.Tabs():
        with gr.Tab("Per category"):
            by_category = gr.Dataframe(interactive=False)
        with gr.Tab("Per law"):
            by_law = gr.Dataframe(interactive=False)
        with gr.Tab("Hard subset"):
            hard = gr.Dataframe(interactive=False)
    gr.Markdown("### Videos — click a row to play it (click a header to sort)")
    videos = gr.Dataframe(headers=VIDEO_COLUMNS, interactive=False, elem_id="eval-videos")
    with gr.Row(equal_height=False):
        player = gr.Video(label="Video", autoplay=True, loop=True, scale=3, elem_id="eval-player")
        with gr.Column(scale=2):
            video_caption = gr.Markdown("")
            video_scores = gr.Plot(score_figure(None), label="Scores")
    report = gr.File(label="Self-contained HTML report", interactive=False)

    def on_open(path: str | None, request: gr.Request):
        access.require(request, "evaluate")
        if not path:
            return None, *[gr.skip()] * 9, "Choose or type an evaluation folder."
        try:
            data = load_eval(Path(path).expanduser())
        except (OSError, ValueError) as exc:
            message = f"Cannot open {path}: {exc}"
            gr.Warning(message)
            return None, *[gr.skip()] * 9, f"⚠️ **{message}**"
        t = data.tables
        table = data.videos()
        rows = [row[:-1] for row in table.rows]
        done = sum(1 for r in data.rows if r.get("status") == "done")
        message = (f"{done} of {len(data.rows)} videos scored · {t.joint_note}"
                   + ("" if data.report_path else " · still running or not merged yet"))
        return (data, _frame(t.summary), joint_figure(t), category_figure(t), _frame(t.by_category),
                _frame(t.by_law), _frame(t.hard), rows, str(data.report_path) if data.report_path else None,
                None, message)

    def on_select(data: EvalData | None, evt: gr.SelectData, request: gr.Request):
        if data is None or evt.index is None or not access.allows(request, "evaluate"):
            return gr.skip(), gr.skip(), gr.skip()
        table = data.videos()
        record = dict(zip(table.columns, table.rows[evt.index[0]]))
        scores = {"sa": record["sa"], "pc": record["pc"], "kind": data.rows[evt.index[0]].get("judge_kind", ""),
                  "judge_id": data.rows[evt.index[0]].get("judge_id", "")}
        caption = f"**{record['prompt']}** — {record['variant']}, seed {record['seed']}, {record['category']} / {record['law']}"
        return (record["video"] or None), caption, score_figure(scores)

    outputs = [loaded, summary, joint_plot, category_plot, by_category, by_law, hard, videos, report, player, status]
    open_btn.click(on_open, [folder], outputs, api_visibility="private")
    folder.input(on_open, [folder], outputs, api_visibility="private")
    def on_refresh(request: gr.Request):
        access.require(request, "evaluate")
        return gr.Dropdown(choices=known_eval_folders(services))

    refresh_btn.click(on_refresh, None, [folder], api_visibility="private")
    videos.select(on_select, [loaded], [player, video_caption, video_scores], api_visibility="private")


def _frame(table) -> Any:
    return gr.Dataframe(value=table.rows, headers=table.columns)
