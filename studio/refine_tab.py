"""Refine tab: PhyT2V rounds streamed live — video, caption, laws, mismatch, the rewritten prompt
with its changes highlighted, and SA/PC per round. UI only: the loop is ``pipelines.phyt2v``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

import gradio as gr
import plotly.graph_objects as go

from pipelines.services import Services

from .forms import bound, by_name, resolved
from .layout_state import LayoutSession
from .stops import SessionStops
from .zerogpu import REFINE_S, gpu_task

ROUND_HEADERS = ["round", "PC", "SA", "prompt"]


def prompt_diff(before: str, after: str) -> list[tuple[str, str | None]]:
    """Word-level diff for gr.HighlightedText: '+' marks added words, '−' removed ones."""
    old, new = before.split(), after.split()
    spans: list[tuple[str, str | None]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            spans.append((" ".join(new[j1:j2]) + " ", None))
            continue
        if op in ("delete", "replace"):
            spans.append((" ".join(old[i1:i2]) + " ", "−"))
        if op in ("insert", "replace"):
            spans.append((" ".join(new[j1:j2]) + " ", "+"))
    return spans


def scores_figure(rounds: list[dict[str, Any]]) -> go.Figure:
    fig = go.Figure()
    xs = [r["index"] + 1 for r in rounds]
    for key, name, colour in (("pc", "PC", "#0ea5e9"), ("sa", "SA", "#6366f1")):
        ys = [(r.get("scores") or {}).get(key) for r in rounds]
        if any(y is not None for y in ys):
            fig.add_trace(go.Scatter(x=xs, y=ys, mode="lines+markers", name=name, line={"color": colour}))
    if not rounds:
        fig.add_annotation(text="Rounds appear here as they finish", showarrow=False, x=0.5, y=0.5,
                           xref="paper", yref="paper")
    fig.update_yaxes(range=[0, 1], title_text="score")
    fig.update_xaxes(title_text="round", dtick=1)
    fig.update_layout(height=260, margin={"l": 40, "r": 10, "t": 20, "b": 40}, template="plotly_white",
                      showlegend=True, legend={"orientation": "h", "y": 1.12, "x": 0})
    return fig


def build_refine_tab(services: Services, layout_session: gr.State, send_targets: dict[str, gr.Textbox]) -> None:
    stops = SessionStops()
    rounds_state = gr.State([])
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            prompt = gr.Textbox(label="Prompt", lines=2, elem_id="refine-prompt",
                                placeholder="a rubber ball is dropped onto a wooden floor")
            with gr.Row():
                copy_btn = gr.Button("Use the Layout tab's prompt", size="sm")
                use_layout = gr.Checkbox(value=False, label="Round 1 uses the Layout tab's layout (e.g. one you made wrong)")
        with gr.Column(scale=2, min_width=300):
            with gr.Row():
                rounds = gr.Slider(1, 8, value=3, step=1, label="Max rounds", info="PhyT2V's code runs 2; the paper reports 4")
                patience = gr.Slider(1, 5, value=2, step=1, label="Patience", info="stop after N rounds without PC gain")
            with gr.Row():
                target_pc = gr.Slider(0, 1, value=0, step=0.05, label="Target PC", info="0: no target")
                seed = gr.Number(value=0, precision=0, label="Seed", info="the same in every round")
            with gr.Row():
                start_btn = gr.Button("Refine", variant="primary", elem_id="refine-button")
                stop_btn = gr.Button("Stop", variant="stop", elem_id="refine-stop")
    status = gr.Markdown(f"Reasoner: **{_reasoner_label(services)}** · generator **{services.generator_names()[0]}** · "
                         f"judge **{services.config.judge.backend}** · captioner **{services.config.captioner.backend}**",
                         elem_id="refine-status")
    laws = gr.JSON(label="Objects and physical laws (round 1)", open=True)
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            plot = gr.Plot(scores_figure([]), label="SA / PC per round", elem_id="refine-plot")
            table = gr.Dataframe(headers=ROUND_HEADERS, interactive=False, label="Rounds (click one to show it)",
                                 elem_id="refine-rounds", wrap=True, column_widths=["10%", "12%", "12%", "66%"])
        with gr.Column(scale=3):
            round_pick = gr.Slider(1, 2, value=1, step=1, label="Round shown", elem_id="refine-round-pick")
            video = gr.Video(label="Video", autoplay=True, loop=True, height=300, elem_id="refine-video")
    with gr.Row(equal_height=False):
        caption = gr.Textbox(label="Caption (what the captioner saw)", lines=4, interactive=False, elem_id="refine-caption")
        mismatch = gr.Textbox(label="Mismatch with the prompt (reasoning)", lines=4, interactive=False)
    refined = gr.HighlightedText(label="Refined prompt (+ added, − removed vs this round's prompt)",
                                 color_map={"+": "green", "−": "red"}, combine_adjacent=True, elem_id="refine-diff")
    with gr.Row():
        to_layout = gr.Button("Send this round's refined prompt to Layout", size="sm")
        to_generate = gr.Button("… to Generate", size="sm")
        to_compare = gr.Button("… to Compare", size="sm", elem_id="refine-to-compare")
        to_restart = gr.Button("… as a new start here", size="sm")

    round_view = {"video": video, "caption": caption, "mismatch": mismatch, "refined": refined}
    outputs = {"rounds": rounds_state, "laws": laws, "plot": plot, "table": table, "round_pick": round_pick,
               "status": status, **round_view}
    start_btn.click(gpu_task(REFINE_S)(by_name(bound(on_start, services, stops), outputs)),
                    [layout_session, prompt, rounds, patience, target_pc, seed, use_layout], list(outputs.values()),
                    api_visibility="private", concurrency_id="gpu", concurrency_limit=1)
    stop_btn.click(bound(on_stop, stops), None, [status], queue=False, api_visibility="private")
    round_pick.change(by_name(show_round, round_view), [rounds_state, round_pick], list(round_view.values()),
                      api_visibility="private")
    table.select(on_round_click, None, [round_pick], api_visibility="private")
    copy_btn.click(copy_layout_prompt, [send_targets["layout"]], [prompt, status], api_visibility="private")
    sends = ((to_layout, "layout", "the Layout tab"), (to_generate, "generate", "the Generate tab"),
             (to_compare, "compare", "the Compare tab"))
    for button, target, destination in sends:
        button.click(bound(send_round, destination), [rounds_state, round_pick], [send_targets[target], status],
                     api_visibility="private")
    to_restart.click(bound(send_round, "this tab's prompt"), [rounds_state, round_pick], [prompt, status],
                     api_visibility="private")

    _register_api(services)


def round_numbered(rounds_data: list[dict[str, Any]], number: int) -> dict[str, Any]:
    """Round ``number`` as users count (1 = the first; the folder is ``round-00``), clamped to those finished."""
    return rounds_data[min(max(int(number), 1), len(rounds_data)) - 1]


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def show_round(rounds_data: list[dict[str, Any]], number: int) -> dict[str, Any]:
    """Round ``number``'s ``video``, ``caption``, ``mismatch`` and ``refined`` prompt diff; nothing before a round."""
    if not rounds_data:
        return {}
    r = round_numbered(rounds_data, number)
    caption_text = (r.get("caption") or {}).get("text", "")
    mm = r.get("mismatch") or {}
    mismatch_text = "\n".join(filter(None, [mm.get("summary", ""), *("• " + i for i in mm.get("issues", [])),
                                            mm.get("reasoning", "")]))
    diff = prompt_diff(r["prompt"], r["refined_prompt"]) if r.get("refined_prompt") else [("(no refinement)", None)]
    return {"video": r.get("video_path") or None, "caption": caption_text, "mismatch": mismatch_text, "refined": diff}


def on_start(services: Services, stops: SessionStops, state: LayoutSession, text, max_rounds, patience_v, target,
             seed_v, from_layout, request: gr.Request) -> Iterator[dict[str, Any]]:
    """Refine click: one update by output name per finished round (the rounds so far, laws, plot, table, the
    round shown and its view, ``status``); a failure keeps the rounds and says why in ``status``."""
    initial = state.layout if from_layout else None
    if from_layout and initial is None:
        yield {"rounds": [], "status": "⚠️ **No layout in the Layout tab: plan one or untick the box.**"}
        return
    token = stops.start(request.session_hash)
    collected: list[dict[str, Any]] = []
    try:
        for update in _updates(services, text, max_rounds, patience_v, target, seed_v, initial, token):
            if update.round is not None:
                collected.append(_round_dict(update.round))
            rows = [[r["index"] + 1, _fmt((r.get("scores") or {}).get("pc")), _fmt((r.get("scores") or {}).get("sa")),
                     r["prompt"]] for r in collected]
            last = max(1, len(collected))  # rounds count from 1 here as in the CLI and the loop's messages
            laws = {"laws": update.state.laws} if update.state.laws else {}
            yield {"rounds": collected, **laws, "plot": scores_figure(collected), "table": rows,
                   "round_pick": gr.Slider(maximum=max(2, last), value=last),
                   "status": _message(update.state, len(collected)), **show_round(collected, last)}
    except Exception as exc:  # a backend failing mid-loop: keep the rounds shown, say what happened
        gr.Warning(str(exc))
        yield {"rounds": collected, "status": f"⚠️ **{exc}**"}
    finally:
        stops.finish(request.session_hash, token)


def on_stop(stops: SessionStops, request: gr.Request):
    return "Stopping after the current stage…" if stops.stop(request.session_hash) else "Nothing is running."


def send_round(destination: str, rounds_data, number):
    """A "send to" button: the shown round's refined prompt (or its prompt) and a line saying where it went."""
    if not rounds_data:
        return gr.skip(), f"Nothing to send to {destination} yet: press **Refine** and wait for a round to finish."
    r = round_numbered(rounds_data, number)
    which = "refined prompt" if r.get("refined_prompt") else "prompt (it has no refinement)"
    return r.get("refined_prompt") or r["prompt"], f"Sent round {r['index'] + 1}'s {which} to {destination}."


def on_round_click(evt: gr.SelectData):
    return evt.index[0] + 1 if evt.index else gr.skip()


def copy_layout_prompt(typed):
    """The prompt as typed in the Layout tab now (planned or not)."""
    if not (typed or "").strip():
        return gr.skip(), "The Layout tab's prompt is empty: type one there first."
    return typed, gr.skip()



def _updates(services: Services, text, max_rounds, patience, target, seed, initial_layout, cancel):
    settings = services.refine_settings(max_rounds=int(max_rounds), patience=int(patience) or None,
                                        target_pc=float(target) or None, seed=int(seed or 0))
    return services.refine((text or "").strip(), settings, initial_layout=initial_layout, cancel=cancel)


def _round_dict(record) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(record)


def _message(state, rounds: int) -> str:
    if state.status == "running":
        return f"Round {rounds} done · refining…"
    if state.status == "failed":
        return (f"⚠️ **Stopped with an error after {rounds} round(s): {state.error}** "
                f"(earlier rounds kept; folder `{state.folder}`)")
    best = state.best_round("pc")
    best_text = f" · best PC {best.scores['pc']:.3f} in round {best.index + 1}" if best is not None else ""
    return f"Loop {state.status}: {state.stop_detail or state.stop_reason}{best_text} · folder `{state.folder}`"


def _fmt(value) -> str:
    return "" if value is None else f"{value:.3f}"


def _reasoner_label(services: Services) -> str:
    return ("embedded physics reasoner" if services.config.planner.backend == "physics"
            else f"LLM {services.config.planner.llm_model}")


def refine_for_client(services: Services, prompt: str, rounds: int, target_pc: float, patience: int,
                      seed: int) -> Iterator[dict[str, Any]]:
    """The ``/refine`` endpoint's work: one JSON update per finished round."""
    try:
        for update in _updates(services, prompt, rounds, patience, target_pc, seed, None, None):
            yield {"round": _round_dict(update.round) if update.round is not None else None,
                   "laws": update.state.laws, "status": update.state.status,
                   "stop_reason": update.state.stop_reason, "message": _message(update.state, len(update.state.rounds))}
    except Exception as exc:
        raise gr.Error(str(exc)) from None


def _register_api(services: Services) -> None:
    def refine(prompt: str, rounds: int = 3, target_pc: float = 0.0, patience: int = 2,
               seed: int = 0) -> Iterator[dict[str, Any]]:
        """Stream PhyT2V rounds: one update per finished round (round record, laws, stop reason)."""
        yield from refine_for_client(services, prompt, rounds, target_pc, patience, seed)

    gr.api(gpu_task(REFINE_S)(resolved(refine)), api_name="refine", concurrency_id="gpu", concurrency_limit=1)
