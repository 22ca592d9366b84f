"""Per-browser-session state of the Layout tab: the current layout, its undo/redo history, and what the
editor canvas was last sent.

Lives in a ``gr.State`` so every session gets its own copy; layouts are immutable, so the history is a list
of snapshots and nothing is shared between sessions. Handlers that change the layout hold ``lock``:
gradio runs different event listeners of one session at the same time.

The canvas talks back through change events that gradio fires for user edits *and* for values the server
sent, and that may arrive late or out of order when the machine is busy. So every canvas value the server
sends carries an :class:`EditorStamp` (the keyframe it shows and the revision of the layout) in its
image's file name, and :func:`judge_editor` decides from the stamp and the boxes alone whether an incoming
value is a user edit of the canvas now on screen. Nothing else is ever read back as an edit.
"""

from __future__ import annotations

import copy
import enum
import re
import threading
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pipelines.core.layout import Layout, LayoutObject

HISTORY_LIMIT = 100
EDITOR_WIDTH = 512

CanvasBox = tuple[str, int, int, int, int]  # label, xmin, ymin, xmax, ymax in canvas pixels


@dataclass(frozen=True)
class EditorStamp:
    """Which canvas a value belongs to: ``keyframe`` (0-based) as drawn at canvas ``revision``."""

    keyframe: int
    revision: int

    _NAME = re.compile(r"^keyframe(?P<k>\d{1,3})-rev(?P<r>\d{1,9})\.png$")

    @property
    def filename(self) -> str:
        return f"keyframe{self.keyframe + 1}-rev{self.revision}.png"

    @classmethod
    def from_filename(cls, name: str | None) -> EditorStamp | None:
        match = cls._NAME.match(Path(name or "").name)
        if match is None or int(match.group("k")) < 1:
            return None
        return cls(int(match.group("k")) - 1, int(match.group("r")))


class Verdict(enum.Enum):
    APPLY = "apply"  # the user changed the canvas now on screen: apply it to the stamp's keyframe
    STALE = "stale"  # drawn from an older canvas (or not ours): a newer one is on its way, drop it
    UNCHANGED = "unchanged"  # the canvas as the server sent it (echo of an update, a cancelled dialog)
    NAMING = "naming"  # a new box without a label: its label dialog is open, wait for the name
    RESET = "reset"  # the canvas no longer shows what the server drew (rotated): redraw it


def canvas_boxes(raw_boxes: list[dict[str, Any]] | None) -> list[CanvasBox]:
    """The boxes of a raw annotator value in image pixels (the browser scales them by ``scaleFactor``)."""
    boxes = []
    for raw in raw_boxes or []:
        scale = float(raw.get("scaleFactor") or 1.0)
        boxes.append((str(raw.get("label") or "").strip(),
                      *(round(float(raw[key]) / scale) for key in ("xmin", "ymin", "xmax", "ymax"))))
    return boxes


def same_boxes(a: list[CanvasBox], b: list[CanvasBox]) -> bool:
    """Equal as sets of labelled boxes, whatever their order (the canvas puts the selected box first)."""
    def normal(box: CanvasBox) -> CanvasBox:
        label, x0, y0, x1, y1 = box
        return label, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    return sorted(map(normal, a)) == sorted(map(normal, b))


def editor_size(layout: Layout | None) -> tuple[int, int]:
    """Canvas size in pixels: a fixed width, the layout's aspect ratio."""
    aspect = layout.aspect if layout is not None else 1.0
    return EDITOR_WIDTH, max(64, round(EDITOR_WIDTH / aspect))


def layout_canvas_boxes(layout: Layout | None, keyframe: int) -> list[tuple[LayoutObject, CanvasBox]]:
    """Each object present on ``keyframe`` with its box in canvas pixels, as the editor draws it."""
    if layout is None:
        return []
    width, height = editor_size(layout)
    drawn = []
    for obj in layout.objects:
        box = obj.boxes[keyframe]
        if box is not None:
            drawn.append((obj, (obj.label, round(box[0] * width), round(box[1] * height),
                                round(box[2] * width), round(box[3] * height))))
    return drawn


def judge_editor(value: dict[str, Any] | None, layout: Layout | None, revision: int) -> tuple[Verdict, EditorStamp | None]:
    """What to do with a raw annotator value, given the session's layout and its revision.

    Pure: the decision depends only on its arguments. A plan, import, undo/redo or any edit changes the
    revision, so values drawn before it are stale; a keyframe change keeps it, so an edit made just before
    one still lands on the keyframe it was made on; the server's own canvas coming back is unchanged.
    """
    if layout is None or not value or not isinstance(value.get("image"), dict):
        return Verdict.STALE, None
    image = value["image"]
    stamp = EditorStamp.from_filename(image.get("orig_name")) or EditorStamp.from_filename(image.get("path"))
    if stamp is None or stamp.revision != revision or stamp.keyframe >= layout.num_keyframes:
        return Verdict.STALE, stamp
    if int(value.get("orientation") or 0) % 4:
        return Verdict.RESET, stamp
    boxes = canvas_boxes(value.get("boxes"))
    if same_boxes(boxes, [box for _, box in layout_canvas_boxes(layout, stamp.keyframe)]):
        return Verdict.UNCHANGED, stamp
    if any(not label for label, *_ in boxes):
        return Verdict.NAMING, stamp
    return Verdict.APPLY, stamp


@dataclass
class LayoutSession:
    layout: Layout | None = None
    prompt: str = ""
    undo_stack: list[Layout] = field(default_factory=list)
    redo_stack: list[Layout] = field(default_factory=list)
    previewed: Layout | None = None  # the layout the preview video currently shows
    revision: int = 0  # counts changes of ``layout``; canvases drawn from an older one are stale
    shown_keyframe: int = 0  # 0-based keyframe of the last canvas and boxes table sent
    canvas_dir: str = ""  # this session's folder of canvas images (made on first use)

    def __post_init__(self) -> None:
        # Not a field: gradio serialises and copies the fields, and a lock can be neither.
        self.lock = threading.RLock()

    def __deepcopy__(self, memo: dict) -> LayoutSession:
        """gradio copies the initial state for each new session: the copy gets its own lock and canvas folder."""
        return LayoutSession(**{f.name: copy.deepcopy(getattr(self, f.name), memo) for f in fields(self)
                                if f.name != "canvas_dir"})

    def show(self, keyframe: int) -> EditorStamp:
        """Record that the canvas and table of ``keyframe`` are being sent; returns the canvas's stamp."""
        self.shown_keyframe = keyframe
        return EditorStamp(keyframe, self.revision)

    def _replace(self, layout: Layout | None) -> None:
        if layout != self.layout:
            self.revision += 1
        self.layout = layout

    def push(self, layout: Layout) -> None:
        """Make ``layout`` current, remembering the previous one for undo."""
        if self.layout is not None and layout != self.layout:
            self.undo_stack.append(self.layout)
            del self.undo_stack[:-HISTORY_LIMIT]
        self.redo_stack.clear()
        self._replace(layout)

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        if self.layout is not None:
            self.redo_stack.append(self.layout)
        self._replace(self.undo_stack.pop())
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        if self.layout is not None:
            self.undo_stack.append(self.layout)
        self._replace(self.redo_stack.pop())
        return True
