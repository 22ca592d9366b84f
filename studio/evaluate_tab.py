"""Evaluate tab: open a batch-evaluation folder, read its tables and charts, play any video.

The folder is what ``python -m pipelines eval`` writes; a run still in progress shows what is done.
UI only: reading and aggregation are ``pipelines.eval.report.load_eval``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from pipelines.core.errors import PhyStudioError
from pipelines.eval.report import STAT_COLUMNS, EvalData, category_figure, joint_figure, load_eval
from pipelines.services import Services

from .access import Access, access_for
from .forms import bound, by_name
from .scores import score_figure

VIDEO_COLUMNS = ["id", "prompt", "category", "law", "hard", "variant", "seed", "status", "sa", "pc"]
# Shares of the page width: the prompt wraps so every column, PC included, fits a 1440 px window.
VIDEO_WIDTHS = ["7%", "31%", "10%", "10%", "6%", "10%", "6%", "8%", "6%", "6%"]
DECIMALS = 3


def display_rows(rows: list[list[Any]]) -> list[list[Any]]:
    """Scores as 3-decimal numbers (still sortable as numbers); the files keep full precision."""
    return [[round(v, DECIMALS) if isinstance(v, float) else v for v in row] for row in rows]


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
        folder = gr.Dropdown([] if access.public else known_eval_folders(services), label="Evaluation folder",
                             allow_custom_value=True,
                             scale=4, elem_id="eval-folder", info="pick a recorded run or type a path")
        open_btn = gr.Button("Open", variant="primary", scale=1, elem_id="eval-open")
        refresh_btn = gr.Button("↻ Refresh list", size="sm", scale=1)
    status = gr.Markdown("", elem_id="eval-status")
    summary = gr.Dataframe(headers=["variant", *STAT_COLUMNS], label="Summary per variant", interactive=False,
                           elem_id="eval-summary")
    with gr.Row():
        joint_plot = gr.Plot(label="VideoPhy-2 joint metric")
        category_plot = gr.Plot(label="Per category")
    with gr.Tabs():
        with gr.Tab("Per category"):
            by_category = gr.Dataframe(headers=["variant", "category", *STAT_COLUMNS], interactive=False)
        with gr.Tab("Per law"):
            by_law = gr.Dataframe(headers=["variant", "law", *STAT_COLUMNS], interactive=False)
        with gr.Tab("Hard subset"):
            hard = gr.Dataframe(headers=["variant", *STAT_COLUMNS], interactive=False)
    gr.Markdown("### Videos — click a row to play it (click a header to sort)")
    videos = gr.Dataframe(headers=VIDEO_COLUMNS, interactive=False, elem_id="eval-videos", wrap=True,
                          column_widths=VIDEO_WIDTHS)
    with gr.Row(equal_height=False):
        player = gr.Video(label="Video", autoplay=True, loop=True, scale=3, elem_id="eval-player")
        with gr.Column(scale=2):
            video_caption = gr.Markdown("")
            video_scores = gr.Plot(score_figure(None), label="Scores")
    report = gr.File(label="Self-contained HTML report", interactive=False)

    outputs = {"loaded": loaded, "summary": summary, "joint_plot": joint_plot, "category_plot": category_plot,
               "by_category": by_category, "by_law": by_law, "hard": hard, "videos": videos, "report": report,
               "player": player, "status": status}
    private: dict[str, Any] = {"api_visibility": "private"}
    open_folder = by_name(bound(on_open, access), outputs)
    open_btn.click(open_folder, [folder], list(outputs.values()), **private)
    folder.input(open_folder, [folder], list(outputs.values()), **private)
    refresh_btn.click(bound(on_refresh, services, access), None, [folder], **private)
    videos.select(bound(on_select, access), [loaded], [player, video_caption, video_scores], **private)


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def on_open(access: Access, path: str | None, request: gr.Request) -> dict[str, Any]:
    """The folder's tables, charts and videos by output name; only ``loaded`` and ``status`` when it cannot open."""
    access.require(request, "evaluate")
    if not path:
        return {"loaded": None, "status": "Choose or type an evaluation folder."}
    try:
        data = load_eval(Path(path).expanduser())
    except (PhyStudioError, OSError, ValueError) as exc:  # EvalError: missing folder, no result files
        message = f"Cannot open {path}: {exc}"
        gr.Warning(message)
        return {"loaded": None, "status": f"⚠️ **{message}**"}
    t = data.tables
    done = sum(1 for r in data.rows if r.get("status") == "done")
    return {"loaded": data, "summary": _frame(t.summary), "joint_plot": joint_figure(t),
            "category_plot": category_figure(t), "by_category": _frame(t.by_category), "by_law": _frame(t.by_law),
            "hard": _frame(t.hard), "videos": display_rows([row[:-1] for row in data.videos().rows]),
            "report": str(data.report_path) if data.report_path else None, "player": None,
            "status": (f"{done} of {len(data.rows)} videos scored · {t.joint_note}"
                       + ("" if data.report_path else " · still running or not merged yet"))}


def on_select(access: Access, data: EvalData | None, evt: gr.SelectData, request: gr.Request):
    if data is None or evt.index is None or not access.allows(request, "evaluate"):
        return gr.skip(), gr.skip(), gr.skip()
    table = data.videos()
    record = dict(zip(table.columns, table.rows[evt.index[0]]))
    scores = {"sa": record["sa"], "pc": record["pc"], "kind": data.rows[evt.index[0]].get("judge_kind", ""),
              "judge_id": data.rows[evt.index[0]].get("judge_id", "")}
    caption = f"**{record['prompt']}** — {record['variant']}, seed {record['seed']}, {record['category']} / {record['law']}"
    return (record["video"] or None), caption, score_figure(scores)


def on_refresh(services: Services, access: Access, request: gr.Request):
    access.require(request, "evaluate")
    return gr.Dropdown(choices=known_eval_folders(services))


def _frame(table) -> Any:
    return gr.Dataframe(value=display_rows(table.rows), headers=table.columns)
