"""Layout tab: plan a dynamic scene layout, edit it keyframe by keyframe, preview it.

UI only: planning, rendering and layout edits are calls into ``pipelines``.
"""

from __future__ import annotations

import functools
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import gradio as gr
import numpy as np
from gradio.data_classes import FileData
from gradio_image_annotation import image_annotator
from PIL import Image

from pipelines.core.errors import PhyStudioError
from pipelines.core.layout import (
    DEFAULT_NUM_KEYFRAMES,
    Layout,
    LayoutError,
    add_object,
    delete_keyframe,
    insert_keyframe,
    remove_object,
    rename_object,
    set_box,
)
from pipelines.core.layout_io import read_layout_file
from pipelines.core.lvd_text import format_lvd_text
from pipelines.lvd.canvas import editor_canvas
from pipelines.lvd.preview_colors import object_color
from pipelines.services import Services

from .assets import asset_text
from .forms import bound, file_data, resolved
from .layout_state import (
    EditorStamp,
    LayoutSession,
    Verdict,
    canvas_boxes,
    editor_size,
    judge_editor,
    layout_canvas_boxes,
)
from .plots import trajectory_figure

TABLE_HEADERS = ["id", "name", "present", "x_min", "y_min", "x_max", "y_max"]
PROPAGATE_CHOICES = [("this keyframe only", "none"), ("shift the following keyframes too", "shift"),
                     ("copy to the following keyframes", "copy")]
EXAMPLE_PROMPTS = [
    "a red ball is thrown from the left to the right in a garden",
    "three dogs run from the left to the right on a beach",
    "a rock falls from the sky onto the street",
    "the camera moves away from a painting in a museum",
    "a bird flies in from the right and lands on a tree, then a cat walks to the left",
]
_LABEL = re.compile(r"^(?P<name>.*?)\s*#(?P<id>\d+)\s*$")
CANVAS_REVISIONS_KEPT = 4  # a canvas file must outlive the response that sends it


# ------------------------------------------------------------------ conversions
def annotator_value(layout: Layout | None, keyframe: int) -> dict[str, Any]:
    """The editor canvas (background + ghosts of the other keyframes) and this keyframe's boxes in pixels."""
    width, height = editor_size(layout)
    image = editor_canvas(layout, keyframe, width, height)
    boxes = [{"xmin": x0, "ymin": y0, "xmax": x1, "ymax": y1, "label": label, "color": object_color(obj)}
             for obj, (label, x0, y0, x1, y1) in layout_canvas_boxes(layout, keyframe)]
    return {"image": image, "boxes": boxes}


def stamped_canvas(state: LayoutSession, keyframe: int) -> dict[str, Any]:
    """The canvas value for ``keyframe`` of the session's layout, its image saved under the name of its
    editor stamp so that every change event it causes says which canvas it came from."""
    value = annotator_value(state.layout, keyframe)
    stamp = state.show(keyframe)
    if not state.canvas_dir:
        state.canvas_dir = tempfile.mkdtemp(prefix="phystudio-canvas-")
    folder = Path(state.canvas_dir)
    path = folder / stamp.filename
    Image.fromarray(np.asarray(value["image"], dtype=np.uint8)).save(path, compress_level=1)
    for old in folder.glob("keyframe*-rev*.png"):
        old_stamp = EditorStamp.from_filename(old.name)
        if old_stamp is None or old_stamp.revision < stamp.revision - CANVAS_REVISIONS_KEPT:
            old.unlink(missing_ok=True)
    return {**value, "image": str(path)}


def layout_from_annotator(layout: Layout, keyframe: int, value: dict[str, Any] | None, propagate: str) -> Layout:
    """Apply the boxes the user drew on ``keyframe``: moved/resized boxes update their object,
    a deleted box hides its object on this keyframe, a box with a new label adds an object."""
    if not value or value.get("boxes") is None:
        return layout
    width, height = editor_size(layout)
    seen: set[int] = set()
    updated = layout
    for raw in value["boxes"]:
        label = str(raw.get("label") or "").strip()
        x0, x1 = sorted((float(raw["xmin"]), float(raw["xmax"])))
        y0, y1 = sorted((float(raw["ymin"]), float(raw["ymax"])))
        box = tuple(min(1.0, max(0.0, v)) for v in (x0 / width, y0 / height, x1 / width, y1 / height))
        match = _LABEL.match(label)
        object_id = int(match.group("id")) if match else None
        if object_id is None or object_id not in updated.object_ids:
            name = (match.group("name") if match else label) or "object"
            updated = add_object(updated, name)
            object_id = updated.objects[-1].id
            updated = set_box(updated, object_id, keyframe, box, propagate="copy")
            for k in range(keyframe):
                updated = set_box(updated, object_id, k, None)
        else:
            old = updated.object(object_id).boxes[keyframe]
            if old is None or any(abs(a - b) * scale > 0.5 for a, b, scale in zip(old, box, (width, height, width, height))):
                updated = set_box(updated, object_id, keyframe, box, propagate=propagate)
            if match and match.group("name") and match.group("name") != updated.object(object_id).name:
                updated = rename_object(updated, object_id, match.group("name"))
        seen.add(object_id)
    for obj in layout.objects:
        if obj.id not in seen and obj.boxes[keyframe] is not None:
            updated = set_box(updated, obj.id, keyframe, None, propagate="none")
    return updated


def table_rows(layout: Layout | None, keyframe: int) -> list[list[Any]]:
    if layout is None:
        return []
    rows = []
    for obj in layout.objects:
        box = obj.boxes[keyframe]
        coords = [round(v, 3) for v in box] if box is not None else [None, None, None, None]
        rows.append([obj.id, obj.name, box is not None, *coords])
    return rows


def layout_from_table(layout: Layout, keyframe: int, rows: Any, propagate: str) -> Layout:
    """Apply the numeric table: names, presence and coordinates of each object on ``keyframe``."""
    records = rows.values.tolist() if hasattr(rows, "values") else list(rows or [])
    updated = layout
    for n, row in enumerate(records, start=1):
        if len(row) < len(TABLE_HEADERS) or row[0] in (None, ""):
            continue
        try:
            object_id = int(float(row[0]))
        except (TypeError, ValueError):
            raise LayoutError(f"table row {n}: id {row[0]!r} is not a number") from None
        obj = updated.object(object_id)
        name = str(row[1] or "").strip()
        if name and name != obj.name:
            updated = rename_object(updated, object_id, name)
        present = str(row[2]).strip().lower() in ("true", "1", "yes")
        if not present:
            if obj.boxes[keyframe] is not None:
                updated = set_box(updated, object_id, keyframe, None, propagate="none")
            continue
        try:
            box = tuple(float(v) for v in row[3:7])
        except (TypeError, ValueError):
            raise LayoutError(f"table row {n} ({name or obj.name}): coordinates must be numbers in [0, 1]") from None
        old = obj.boxes[keyframe]
        if old is None or any(abs(a - b) > 5e-4 for a, b in zip(old, box)):
            updated = set_box(updated, object_id, keyframe, box, propagate=propagate)
    return updated


def _forget_canvases(state: LayoutSession) -> None:
    """When gradio ends a session, remove its canvas images."""
    if state.canvas_dir:
        shutil.rmtree(state.canvas_dir, ignore_errors=True)


# ------------------------------------------------------------------------- tab
def build_layout_tab(services: Services) -> dict[str, Any]:
    """Lay out the tab's components and wire their events; returns the components other tabs need."""
    session = gr.State(LayoutSession(), delete_callback=_forget_canvases)

    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            prompt = gr.Textbox(label="Prompt", lines=2, elem_id="layout-prompt",
                                placeholder="a red ball is thrown from the left to the right in a garden")
            gr.Examples(EXAMPLE_PROMPTS, inputs=[prompt], label="Example prompts")
        with gr.Column(scale=2, min_width=280):
            with gr.Row():
                planner = gr.Dropdown(services.planner_names(), value=services.default_planner, label="Planner",
                                      info="'physics' simulates the prompt on the CPU; 'llm' asks the configured model",
                                      elem_id="layout-planner")
                seed = gr.Number(value=0, precision=0, label="Seed", minimum=0, info="same seed → same layout")
            num_keyframes = gr.Slider(2, 12, value=DEFAULT_NUM_KEYFRAMES, step=1, label="Keyframes",
                                      info="LVD plans 6 keyframes at 2 fps")
            plan_btn = gr.Button("Plan layout", variant="primary", elem_id="plan-button")
    status = gr.Markdown("Type a prompt and press **Plan layout**, or import a layout below.", elem_id="layout-status")

    with gr.Row(equal_height=False):
        with gr.Column(scale=5):
            keyframe = gr.Slider(1, DEFAULT_NUM_KEYFRAMES, value=1, step=1, label="Keyframe", elem_id="keyframe-slider",
                                 info="drag boxes to move them, drag a corner to resize; faint outlines show the other "
                                      "keyframes · keys: [ ] keyframe, Ctrl+Z undo, Ctrl+Shift+Z redo, D drag, C new box")
            editor = image_annotator(
                value=annotator_value(None, 0), label="Layout editor", elem_id="layout-editor",
                sources=None, show_download_button=False, show_clear_button=False, show_remove_button=True,
                box_min_size=4, handle_size=7, boxes_alpha=0.25, image_type="numpy", height=520,
            )
            propagate = gr.Radio(PROPAGATE_CHOICES, value="none", label="Edits apply to", elem_id="propagate")
            with gr.Row():
                undo_btn = gr.Button("↶ Undo", size="sm", elem_id="undo-button")
                redo_btn = gr.Button("↷ Redo", size="sm", elem_id="redo-button")
                insert_btn = gr.Button("+ Keyframe after this", size="sm")
                delete_kf_btn = gr.Button("− Delete this keyframe", size="sm")
        with gr.Column(scale=5):
            table = gr.Dataframe(headers=TABLE_HEADERS, datatype=["number", "str", "bool",
                                                                  "number", "number", "number", "number"],
                                 label="Boxes on this keyframe (normalised 0–1, y down)", interactive=True,
                                 elem_id="layout-table", column_count=(len(TABLE_HEADERS), "fixed"))
            with gr.Row():
                new_name = gr.Textbox(label="New object", placeholder="e.g. blue box", scale=3)
                add_btn = gr.Button("Add object", size="sm", scale=1)
            with gr.Row():
                remove_choice = gr.Dropdown([], label="Object", scale=3)
                remove_btn = gr.Button("Remove object", size="sm", scale=1)
            preview = gr.Video(label="Preview (embedded renderer: draws the layout, not a model)", autoplay=True,
                               loop=True, elem_id="layout-preview", height=300)

    gr.HTML("", js_on_load=asset_text("layout_keys.js"), elem_id="layout-keys",
            visible="hidden")
    plot = gr.Plot(trajectory_figure(None), label="Trajectories", elem_id="layout-plot")
    with gr.Row():
        check_btn = gr.Button("Check physics", size="sm", elem_id="check-physics")
        fix_btn = gr.Button("Re-plan to fix the physics", size="sm", elem_id="fix-physics")
    reasoning = gr.Textbox(label="Planner reasoning and notes", lines=3, interactive=False, elem_id="layout-reasoning")

    with gr.Accordion("Import / export", open=False):
        with gr.Row():
            io_format = gr.Radio(["JSON", "LVD text"], value="JSON", label="Format", scale=1)
            import_file = gr.File(label="Import a file", file_types=[".json", ".txt", ".jsonl"], type="filepath", scale=2)
            export_file = gr.File(label="Download", interactive=False, scale=2, elem_id="layout-export-file")
        io_text = gr.Code(label="Layout text", language="json", lines=10, interactive=True, elem_id="layout-io-text")
        with gr.Row():
            import_btn = gr.Button("Import text", elem_id="import-button")
            export_btn = gr.Button("Export current layout", elem_id="export-button")

    view_outputs = [session, editor, table, plot, keyframe, remove_choice, status]
    preview_outputs = [session, preview, status]
    common = dict(show_progress="minimal")
    plan, preview_render = bound(do_plan, services), bound(render_preview, services)
    plan_btn.click(plan, [session, prompt, planner, seed, num_keyframes], [*view_outputs, reasoning],
                   api_visibility="private", **common).then(preview_render, [session], preview_outputs, api_visibility="private")
    prompt.submit(plan, [session, prompt, planner, seed, num_keyframes], [*view_outputs, reasoning],
                  api_visibility="private", **common).then(preview_render, [session], preview_outputs, api_visibility="private")
    keyframe.input(on_keyframe, [session, keyframe], view_outputs, api_visibility="private", trigger_mode="always_last")
    # The canvas value goes in raw: its image's file name is the stamp that ties it to a keyframe and
    # revision (``judge_editor``), and decoding the image on every change would only cost time.
    editor.change(on_editor, [session, editor, propagate], view_outputs, api_visibility="private",
                  trigger_mode="always_last", preprocess=False, **common).then(
        preview_render, [session], preview_outputs, api_visibility="private")
    for trigger, fn, inputs in (
        (table.input, on_table, [session, table, propagate]),
        (add_btn.click, on_add, [session, keyframe, new_name]),
        (remove_btn.click, on_remove, [session, keyframe, remove_choice]),
        (insert_btn.click, on_insert, [session, keyframe]),
        (delete_kf_btn.click, on_delete_keyframe, [session, keyframe]),
        (undo_btn.click, on_undo, [session, keyframe]),
        (redo_btn.click, on_redo, [session, keyframe]),
        (import_btn.click, bound(on_import_text, services), [session, io_text]),
        (import_file.upload, bound(on_import_file, services), [session, import_file]),
    ):
        trigger(fn, inputs, view_outputs, api_visibility="private", trigger_mode="always_last", **common).then(
            preview_render, [session], preview_outputs, api_visibility="private")
    check_btn.click(on_check, [session, prompt], [status, reasoning], api_visibility="private")
    fix_btn.click(bound(on_fix, services), [session, prompt, planner, seed, keyframe], [*view_outputs, reasoning],
                  api_visibility="private").then(
        preview_render, [session], preview_outputs, api_visibility="private")
    export_btn.click(on_export, [session, io_format], [io_text, export_file, status], api_visibility="private")

    _register_api(services)
    return {"session": session, "prompt": prompt}


# ----------------------------------------------------------------- handlers (plain values in, updates out)
VIEW_OUTPUTS = 7  # session, editor, table, plot, keyframe slider, remove choice, status


def _no_view() -> tuple:
    return tuple(gr.skip() for _ in range(VIEW_OUTPUTS))


def view(state: LayoutSession, k: int, message: str, *, move_slider: bool = False) -> tuple:
    """Everything that shows keyframe ``k`` (1-based). The slider is only moved when asked (plan, import)
    or when ``k`` no longer exists: moving it otherwise would undo keyframe keys pressed meanwhile."""
    layout = state.layout
    count = layout.num_keyframes if layout else 1
    shown = min(max(int(k), 1), count)
    names = [(o.label, o.id) for o in layout.objects] if layout else []
    slider = {"value": shown} if move_slider or shown != int(k) else {}
    return (
        state,
        stamped_canvas(state, shown - 1),
        table_rows(layout, shown - 1),
        trajectory_figure(layout, shown - 1),
        gr.Slider(maximum=layout.num_keyframes if layout else DEFAULT_NUM_KEYFRAMES, **slider),
        gr.Dropdown(choices=names, value=names[0][1] if names else None),
        message,
    )


def error(message: str) -> str:
    gr.Warning(message)
    return f"⚠️ **{message}**"


def locked(handler):
    """Run ``handler`` holding its session's lock: one layout change at a time per session."""
    @functools.wraps(handler)
    def run(*args):
        state = next(arg for arg in args if isinstance(arg, LayoutSession))
        with state.lock:
            return handler(*args)
    return run


@locked
def do_plan(services: Services, state: LayoutSession, text: str, planner_name: str, seed_value: float, keyframes: float):
    try:
        result, run = services.plan_layout(text, planner_name, int(seed_value or 0), int(keyframes))
    except PhyStudioError as exc:
        return (*_no_view()[:-1], error(str(exc)), gr.skip())
    state.prompt = text
    state.push(result.layout)
    notes = "\n".join(f"• {n}" for n in result.notes)
    took = sum(v for k, v in result.timings.items() if k == "total_s") or result.timings.get("plan_s", 0.0)
    message = (f"Planned {len(result.layout.objects)} object(s) with **{result.backend_id}**"
               f"{' (cached)' if result.cached else ''} in {took * 1000:.0f} ms · run `{run.record.run_id}`")
    return (*view(state, 1, message, move_slider=True), "\n\n".join(p for p in (result.reasoning, notes) if p))


def edit(state: LayoutSession, k: int, fn, success: str):
    if state.layout is None:
        return view(state, k, error("No layout yet: plan one or import one first"))
    try:
        new_layout = fn(state.layout, int(k) - 1)
    except LayoutError as exc:
        return view(state, k, error(str(exc)))
    if new_layout == state.layout:
        return _no_view()
    state.push(new_layout)
    return view(state, k, success)


@locked
def on_editor(state: LayoutSession, value: dict | None, mode: str):
    """Raw (unprocessed) canvas value: its image's name is the stamp of the canvas the user edited."""
    verdict, stamp = judge_editor(value, state.layout, state.revision)
    if verdict is Verdict.RESET:
        return view(state, stamp.keyframe + 1, "Redrew the canvas: rotating it is not supported")
    if verdict is Verdict.NAMING:
        return (*_no_view()[:-1], "Name the new box to add it as an object (Cancel removes it)")
    if verdict is not Verdict.APPLY:
        return _no_view()
    boxes = [{"label": label, "xmin": x0, "ymin": y0, "xmax": x1, "ymax": y1}
             for label, x0, y0, x1, y1 in canvas_boxes(value.get("boxes"))]
    keyframe_number = stamp.keyframe + 1
    return edit(state, keyframe_number, lambda layout, i: layout_from_annotator(layout, i, {"boxes": boxes}, mode),
                f"Edited keyframe {keyframe_number}")


@locked
def on_table(state: LayoutSession, rows, mode):
    """The table shows the keyframe last sent, whatever the slider says by the time the edit arrives."""
    keyframe_number = state.shown_keyframe + 1
    return edit(state, keyframe_number, lambda layout, i: layout_from_table(layout, i, rows, mode),
                f"Edited keyframe {keyframe_number}")


@locked
def on_add(state, k, name):
    return edit(state, k, lambda layout, i: add_object(layout, name or ""), f"Added {name!r} on every keyframe")


@locked
def on_remove(state, k, object_id):
    if object_id is None:
        return view(state, k, error("Choose an object to remove"))
    return edit(state, k, lambda layout, i: remove_object(layout, int(object_id)), "Removed the object")


@locked
def on_insert(state, k):
    return edit(state, k, lambda layout, i: insert_keyframe(layout, i), f"Inserted a keyframe after keyframe {int(k)}")


@locked
def on_delete_keyframe(state, k):
    return edit(state, k, lambda layout, i: delete_keyframe(layout, i), f"Deleted keyframe {int(k)}")


@locked
def on_undo(state, k):
    return view(state, k, "Undone" if state.undo() else error("Nothing to undo"))


@locked
def on_redo(state, k):
    return view(state, k, "Redone" if state.redo() else error("Nothing to redo"))


@locked
def on_keyframe(state, k):
    return view(state, k, f"Keyframe {int(k)} of {state.layout.num_keyframes}" if state.layout else "")


@locked
def on_import_text(services: Services, state, text):
    try:
        layout = services.read_layout(text)
    except LayoutError as exc:
        return (*_no_view()[:-1], error(f"Import failed: {exc}"))
    state.push(layout)
    return view(state, 1, f"Imported {len(layout.objects)} object(s), {layout.num_keyframes} keyframes",
                move_slider=True)


@locked
def on_import_file(services: Services, state, path):
    if not path:
        return _no_view()
    try:
        layout = read_layout_file(path, services.limits.layout())
    except LayoutError as exc:
        return (*_no_view()[:-1], error(f"Import failed: {exc}"))
    state.push(layout)
    return view(state, 1, f"Imported {Path(path).name}: {len(layout.objects)} object(s), {layout.num_keyframes} keyframes",
                move_slider=True)


def on_export(state, fmt):
    if state.layout is None:
        return gr.skip(), None, error("Nothing to export yet")
    text = state.layout.to_json() if fmt == "JSON" else format_lvd_text(state.layout)
    suffix = ".json" if fmt == "JSON" else ".txt"
    folder = Path(tempfile.mkdtemp(prefix="layout-"))
    path = folder / f"layout{suffix}"
    path.write_text(text, encoding="utf-8")
    return gr.Code(value=text, language="json" if fmt == "JSON" else None), str(path), "Exported the current layout"


def on_check(state: LayoutSession, text: str):
    if state.layout is None:
        return error("No layout yet: plan one or import one first"), gr.skip()
    from pipelines.phyt2v.critique import critique_layout

    critique = critique_layout(state.layout, text or state.prompt)
    if critique.ok:
        return f"✅ No physics problems found — {critique.summary()}", gr.skip()
    return f"⚠️ **{len(critique.issues)} physics problem(s)** — see below; **Re-plan to fix** re-plans the layout", \
        critique.summary()


@locked
def on_fix(services: Services, state: LayoutSession, text: str, planner_name: str, seed_value: float, k: int):
    if state.layout is None:
        return (*view(state, k, error("No layout yet: plan one or import one first")), gr.skip())
    from pipelines.phyt2v.critique import critique_layout, replan_layout

    prompt_text = text or state.prompt
    critique = critique_layout(state.layout, prompt_text)
    if critique.ok:
        return (*view(state, k, "✅ Nothing to fix: the layout already follows the laws that apply"),
                f"Check physics: {critique.summary()}")
    try:
        fixed, notes = replan_layout(state.layout, prompt_text, critique, services.planner(planner_name),
                                     seed=int(seed_value or 0))
    except PhyStudioError as exc:
        return (*view(state, k, error(f"Could not fix the layout: {exc}")), gr.skip())
    state.push(fixed)
    recheck = critique_layout(fixed, prompt_text)  # the notes show the new layout's check, not the old problems
    return (*view(state, k, "Re-planned to fix: " + "; ".join(notes) + " (Undo brings your layout back)"),
            f"Check physics after the re-plan: {recheck.summary()}")


def render_preview(services: Services, state: LayoutSession):
    """Re-render only when the layout differs from the one on screen, and show a render only while its
    layout is still the current one (renders of successive edits may finish out of order)."""
    with state.lock:
        layout = state.layout
    if layout is None or not layout.objects or layout == state.previewed:
        return gr.skip(), gr.skip(), gr.skip()
    try:
        result, _ = services.render_layout(layout)
    except (PhyStudioError, OSError, ValueError) as exc:
        return gr.skip(), gr.skip(), error(f"Preview failed: {exc}")
    with state.lock:
        if state.layout is not layout:
            return gr.skip(), gr.skip(), gr.skip()
        state.previewed = layout
    return state, str(result.video_path), gr.skip()


def _register_api(services: Services) -> None:
    """Named endpoints for ``gradio_client`` (documented in the README)."""

    def plan_layout(prompt: str, planner: str = "physics", seed: int = 0, num_keyframes: int = DEFAULT_NUM_KEYFRAMES) -> dict:
        """Plan a dynamic scene layout for a prompt; returns the layout JSON, reasoning, notes and run id."""
        try:
            result, run = services.plan_layout(prompt, planner or None, int(seed), int(num_keyframes))
        except PhyStudioError as exc:
            raise gr.Error(str(exc)) from None
        return {"layout": result.layout.to_dict(), "reasoning": result.reasoning, "notes": list(result.notes),
                "backend": result.backend_id, "run_id": run.record.run_id, "timings": result.timings}

    gr.api(plan_layout, api_name="plan_layout")

    def render_layout(layout_text: str, fps: int = services.config.generator.fps) -> tuple[FileData, dict]:
        """Draw a layout (JSON or LVD text) as a preview video; returns the MP4 and its run record."""
        return render_for_client(services, layout_text, fps)

    gr.api(resolved(render_layout), api_name="render_layout")


def render_for_client(services: Services, layout_text: str, fps: float | None) -> tuple[dict, dict]:
    """The ``/render_layout`` endpoint's work: the video in a ``gr.Video`` output's shape and the run record."""
    try:
        layout = services.read_layout(layout_text)
        result, run = services.render_layout(layout, fps=int(fps) if fps else None)
    except (PhyStudioError, OSError, ValueError) as exc:
        raise gr.Error(f"cannot render: {exc}") from None
    return file_data(result.video_path), run.record.to_dict()

