"""The Layout tab's editor integrity: canvas values are tied to the keyframe and layout revision they were
drawn for, so nothing but a user's edit of the canvas on screen ever changes the layout.

The scenario tests call the tab's real event handlers (taken from the built Blocks) in the orders a busy
server may deliver them; the browser version of the same story is tests/test_browser_busy.py.
"""

import copy
import dataclasses
import random
import threading
from pathlib import Path

import pytest

from pipelines.core.config import load_config
from pipelines.core.layout import Layout, LayoutObject, add_object
from pipelines.services import Services
from studio.layout_state import EditorStamp, LayoutSession, Verdict, canvas_boxes, judge_editor, layout_canvas_boxes

PROMPT = "a glass falls off a table and shatters"


def two_objects() -> Layout:
    ball = tuple((0.1 * k, 0.1, 0.1 * k + 0.2, 0.3) for k in range(6))
    box = tuple((0.5, 0.6, 0.9, 0.9) for _ in range(6))
    return Layout(objects=(LayoutObject(0, "ball", ball), LayoutObject(1, "box", box)), background="room").validate()


def browser_value(canvas: dict, *, boxes: list[dict] | None = None, orientation: int = 0, scale: float = 1.0) -> dict:
    """A canvas value as the browser sends it back: the image as gradio's file data (cached copy under a
    hashed folder, original name kept), boxes in display pixels with their ``scaleFactor``."""
    name = Path(canvas["image"]).name
    sent = canvas["boxes"] if boxes is None else boxes
    raw_boxes = [{"label": b["label"], "color": "rgb(1, 2, 3)", "scaleFactor": scale,
                  **{key: b[key] * scale for key in ("xmin", "ymin", "xmax", "ymax")}} for b in sent]
    return {"image": {"path": f"/tmp/gradio/0a1b2c/{name}", "url": f"http://x/file={name}", "orig_name": name,
                      "size": 1234, "mime_type": "image/png", "is_stream": False, "meta": {"_type": "gradio.FileData"}},
            "boxes": raw_boxes, "orientation": orientation}


def stamped(layout: Layout, keyframe: int, revision: int, boxes=None, **kwargs) -> dict:
    canvas = {"image": f"/tmp/somewhere/{EditorStamp(keyframe, revision).filename}",
              "boxes": [{"label": label, "xmin": x0, "ymin": y0, "xmax": x1, "ymax": y1}
                        for _, (label, x0, y0, x1, y1) in layout_canvas_boxes(layout, keyframe)]}
    return browser_value(canvas, boxes=boxes(canvas["boxes"]) if boxes else None, **kwargs)


# ---------------------------------------------------------------------------------------------- the judge
def test_stamp_round_trips_through_the_file_name_and_rejects_other_names():
    stamp = EditorStamp(3, 17)
    assert stamp.filename == "keyframe4-rev17.png"
    assert EditorStamp.from_filename(stamp.filename) == stamp
    assert EditorStamp.from_filename(f"/tmp/gradio/abc/{stamp.filename}") == stamp
    for other in ("image.png", "keyframe0-rev1.png", "keyframe4-rev17.webp", "keyframe-rev1.png", "", None,
                  "keyframe4-rev17.png/../../etc/passwd"):
        assert EditorStamp.from_filename(other) is None, other


def test_judge_reads_the_servers_own_canvas_back_as_unchanged_in_any_box_order():
    layout = two_objects()
    value = stamped(layout, 2, 5)
    assert judge_editor(value, layout, 5) == (Verdict.UNCHANGED, EditorStamp(2, 5))
    value["boxes"].reverse()  # the canvas draws the selected box first
    assert judge_editor(value, layout, 5)[0] is Verdict.UNCHANGED
    scaled = stamped(layout, 2, 5, scale=1.37)  # boxes in display pixels come back in image pixels
    assert judge_editor(scaled, layout, 5)[0] is Verdict.UNCHANGED


def test_judge_drops_values_from_another_revision_or_without_a_stamp():
    layout = two_objects()

    def moved(boxes):
        return [{**boxes[0], "xmin": boxes[0]["xmin"] + 40, "xmax": boxes[0]["xmax"] + 40}, *boxes[1:]]

    assert judge_editor(stamped(layout, 1, 4, boxes=moved), layout, 4) == (Verdict.APPLY, EditorStamp(1, 4))
    assert judge_editor(stamped(layout, 1, 3, boxes=moved), layout, 4) == (Verdict.STALE, EditorStamp(1, 3))
    gone = stamped(layout, 1, 4, boxes=moved)
    gone["image"].update(orig_name="keyframe10-rev4.png", path="/tmp/gradio/x/keyframe10-rev4.png")
    assert judge_editor(gone, layout, 4) == (Verdict.STALE, EditorStamp(9, 4)), "that keyframe was deleted"
    unstamped = stamped(layout, 1, 4, boxes=moved)
    unstamped["image"].update(orig_name="image.png", path="/tmp/gradio/x/image.png")
    assert judge_editor(unstamped, layout, 4) == (Verdict.STALE, None)
    assert judge_editor(None, layout, 4) == (Verdict.STALE, None)
    assert judge_editor(stamped(layout, 1, 4, boxes=moved), None, 4) == (Verdict.STALE, None)


def test_judge_waits_for_a_new_box_to_be_named_and_redraws_a_rotated_canvas():
    layout = two_objects()

    def drawn(boxes):
        return [{"label": "", "xmin": 10, "ymin": 10, "xmax": 60, "ymax": 50}, *boxes]

    assert judge_editor(stamped(layout, 0, 1, boxes=drawn), layout, 1)[0] is Verdict.NAMING
    assert judge_editor(stamped(layout, 0, 1, orientation=1), layout, 1)[0] is Verdict.RESET


def test_canvas_boxes_undo_the_display_scale():
    raw = [{"label": " ball #0 ", "xmin": 20.6, "ymin": 41.2, "xmax": 103.0, "ymax": 82.4, "scaleFactor": 2.06}]
    assert canvas_boxes(raw) == [("ball #0", 10, 20, 50, 40)]


def test_revision_counts_layout_changes_only():
    state = LayoutSession()
    first, second = two_objects(), Layout(objects=(), num_keyframes=6)
    state.push(first)
    assert state.revision == 1
    state.push(first)
    assert state.revision == 1, "the same layout again is no change"
    state.show(4)
    assert state.revision == 1 and state.shown_keyframe == 4, "showing a keyframe changes no layout"
    state.push(second)
    state.undo()
    state.redo()
    assert state.revision == 4


def test_each_session_copy_gets_its_own_lock_and_canvas_folder():
    state = LayoutSession()
    state.canvas_dir = "/tmp/one-session"
    state.push(two_objects())
    clone = copy.deepcopy(state)
    assert clone.layout == state.layout and clone.revision == state.revision
    assert clone.lock is not state.lock and clone.canvas_dir == ""
    assert "lock" not in dataclasses.asdict(state), "gradio serialises the state's fields"


# ------------------------------------------------------------------- the tab's handlers, out of order
@pytest.fixture(scope="module")
def handlers(tmp_path_factory):
    from studio.ui import build_ui

    runs = tmp_path_factory.mktemp("layout-state-runs")
    demo = build_ui(Services(load_config(None, {"server": {"runs_dir": str(runs)}})))
    return {f.name: f.fn for f in demo.fns.values() if f.name}


def shown_canvas(outputs) -> dict:
    return outputs[1]


def boxes_of(layout: Layout, keyframe: int) -> list:
    return [obj.boxes[keyframe] for obj in layout.objects]


def test_replanning_on_keyframe_4_is_never_read_back_as_an_edit(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, "a red ball rolls to the right", "physics", 0, 6)
    old_canvas = shown_canvas(handlers["on_keyframe"](state, 4))
    out = handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    assert "glass" in [o.name for o in planned.objects]
    # The new canvas comes back (the slider still says 4), and so does a late echo of the old one.
    for value in (browser_value(shown_canvas(out)), browser_value(old_canvas)):
        result = handlers["on_editor"](state, value, "none")
        assert all(isinstance(x, dict) and x.get("__type__") == "update" for x in result), "nothing redrawn"
    assert state.layout == planned
    assert len(state.undo_stack) == 1, "only the previous plan is in the history"


def test_rapid_keyframe_changes_with_late_echoes_in_any_order_edit_nothing(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    canvases = [shown_canvas(handlers["on_keyframe"](state, k)) for k in (2, 3, 4, 5, 6)]
    echoes = [browser_value(c) for c in canvases]
    random.Random(13).shuffle(echoes)
    for value in echoes:
        handlers["on_editor"](state, value, "copy")
    assert state.layout == planned and state.undo_stack == []


def test_an_edit_lands_on_the_keyframe_it_was_made_on_even_after_the_slider_moved(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    canvas = shown_canvas(handlers["on_keyframe"](state, 3))
    handlers["on_keyframe"](state, 5)  # "]" "]" processed before the drag made on keyframe 3 arrives
    glass = next(b for b in canvas["boxes"] if b["label"].startswith("glass"))
    moved = [{**b, "xmin": b["xmin"] - 30, "xmax": b["xmax"] - 30} if b is glass else b for b in canvas["boxes"]]
    out = handlers["on_editor"](state, browser_value(canvas, boxes=moved), "none")
    assert out[-1] == "Edited keyframe 3"
    edited = state.layout.object(0).boxes[2]
    assert edited == ((glass["xmin"] - 30) / 512, glass["ymin"] / 512, (glass["xmax"] - 30) / 512, glass["ymax"] / 512)
    for k in (0, 1, 3, 4, 5):
        assert boxes_of(state.layout, k) == boxes_of(planned, k), f"keyframe {k + 1} untouched"
    assert state.layout.object(1) == planned.object(1)
    # The same drag arriving again (after its own redraw) is stale: it was drawn on an older layout.
    handlers["on_editor"](state, browser_value(canvas, boxes=moved), "none")
    assert len(state.undo_stack) == 1


def test_a_cancelled_new_box_changes_nothing_and_a_named_one_adds_an_object(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    canvas = shown_canvas(handlers["on_keyframe"](state, 2))
    new = {"label": "", "xmin": 20, "ymin": 20, "xmax": 80, "ymax": 70}
    out = handlers["on_editor"](state, browser_value(canvas, boxes=[new, *canvas["boxes"]]), "none")
    assert "Name the new box" in out[-1] and state.layout == planned
    assert out[1].get("__type__") == "update" and "value" not in out[1], "the canvas is not redrawn under the dialog"
    handlers["on_editor"](state, browser_value(canvas), "none")  # Cancel: the box goes, nothing else
    assert state.layout == planned and state.undo_stack == []
    handlers["on_editor"](state, browser_value(canvas, boxes=[{**new, "label": "cat"}, *canvas["boxes"]]), "none")
    cat = state.layout.objects[-1]
    assert cat.name == "cat" and cat.boxes[0] is None and cat.boxes[1] == (20 / 512, 20 / 512, 80 / 512, 70 / 512)


def test_a_rotated_canvas_is_redrawn_without_touching_the_layout(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    canvas = shown_canvas(handlers["on_keyframe"](state, 2))
    out = handlers["on_editor"](state, browser_value(canvas, orientation=1), "none")
    assert state.layout == planned
    assert Path(out[1]["image"]).name == EditorStamp(1, state.revision).filename, "redrawn on its keyframe"


def test_layout_handlers_wait_for_the_sessions_lock(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, "a red ball rolls to the right", "physics", 0, 6)
    first = state.layout
    handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    done = threading.Event()

    def undo():
        handlers["on_undo"](state, 1)
        done.set()

    with state.lock:
        worker = threading.Thread(target=undo)
        worker.start()
        assert not done.wait(0.3), "undo ran while another handler held the session"
        assert state.layout == planned
    worker.join(timeout=30)
    assert done.is_set() and state.layout == first


def test_canvas_files_are_named_by_stamp_pruned_and_removed_with_the_session():
    from studio.layout_tab import CANVAS_REVISIONS_KEPT, _forget_canvases, stamped_canvas

    state = LayoutSession()
    layout = two_objects()
    for step in range(CANVAS_REVISIONS_KEPT + 3):
        state.push(add_object(layout, f"thing {step}"))
        value = stamped_canvas(state, step % 6)
        assert Path(value["image"]).name == EditorStamp(step % 6, state.revision).filename
        assert Path(value["image"]).is_file()
    folder = Path(state.canvas_dir)
    kept = sorted(EditorStamp.from_filename(p.name).revision for p in folder.iterdir())
    assert kept == list(range(state.revision - CANVAS_REVISIONS_KEPT, state.revision + 1))
    _forget_canvases(state)
    assert not folder.exists()


def test_a_table_edit_lands_on_the_keyframe_the_table_shows(handlers):
    state = LayoutSession()
    handlers["do_plan"](state, PROMPT, "physics", 0, 6)
    planned = state.layout
    rows = handlers["on_keyframe"](state, 3)[2]
    rows[0][3:7] = [0.1, 0.2, 0.3, 0.4]
    out = handlers["on_table"](state, rows, "none")
    assert out[-1] == "Edited keyframe 3"
    assert state.layout.object(rows[0][0]).boxes[2] == (0.1, 0.2, 0.3, 0.4)
    for k in (0, 1, 3, 4, 5):
        assert boxes_of(state.layout, k) == boxes_of(planned, k)
