"""LVD's text form of a layout, read leniently and written canonically.

LLMs answer with ``Reasoning: …``, then ``Frame k: [{'id': 0, 'name': 'ball', 'box': [x, y, w, h]}, …]``
for each keyframe, then ``Background keyword: …`` (pixel boxes on a 512×512 canvas, origin top-left).
Real answers wrap that in markdown, add prose and comments, mix JSON and Python literals and leave
trailing commas; the reader accepts all of that and otherwise raises one ``LayoutParseError`` that
says what is wrong and on which line, so a planner can quote it back to the model.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from .layout import (
    DEFAULT_NEGATIVE_PROMPT,
    MAX_OVERHANG,
    ZERO_SIDE,
    Layout,
    LayoutError,
    LayoutObject,
    fit_overhang,
    in_view,
    is_sliver,
)
from .limits import LayoutLimits
from .text import closing_bracket

LVD_CANVAS = (512, 512)

_FRAME_MARKER = re.compile(r"^[ \t>*_#-]*frame[ \t]*(\d+)[ \t*_]*[:=]", re.IGNORECASE | re.MULTILINE)
_BACKGROUND = re.compile(r"^[ \t>*_#-]*background(?:[ \t]+keyword)?[ \t*_]*[:=][ \t*_]*(.*)$", re.IGNORECASE | re.MULTILINE)
_REASONING = re.compile(r"^[ \t>*_#-]*reasoning[ \t*_]*[:=]", re.IGNORECASE | re.MULTILINE)
_JSON_WORDS = re.compile(r"\b(true|false|null)\b")
_MAX_TEXT = 200_000


class LayoutParseError(LayoutError):
    """The text is not a layout; the message names the problem and, where known, the line."""


def parse_lvd_text(text: str, canvas_size: tuple[int, int] = LVD_CANVAS, num_keyframes: int | None = None,
                   limits: LayoutLimits | None = None) -> Layout:
    """Read an LLM's LVD-format answer into a validated ``Layout``.

    Boxes are read the way LVD reads them, ``(x/W, y/H, (x+w)/W, (y+h)/H)`` without clipping, so an
    object crossing an edge keeps its size. A box wholly off the canvas, or one with zero width or
    height (LLMs write ``[512, 231, 0, 0]`` for an object that has left), stays in the layout as an
    object out of view, with a note; a zero side becomes a sliver that is written back as 0, so
    read → write → read gives the same values.
    """
    if not isinstance(text, str):
        raise LayoutParseError(f"expected text, got {type(text).__name__}")
    if len(text) > _MAX_TEXT:
        raise LayoutParseError(f"answer is {len(text)} characters long; a layout is at most {_MAX_TEXT}")
    width, height = canvas_size
    text = text.replace("\r\n", "\n")
    markers = list(_FRAME_MARKER.finditer(text))
    if not markers:
        raise LayoutParseError("no 'Frame 1: [...]' lines found; the answer must list each keyframe's boxes")

    frames: dict[int, list[dict[str, Any]]] = {}
    for i, marker in enumerate(markers):
        number = int(marker.group(1))
        line = _line_of(text, marker.start())
        end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
        if number in frames:
            raise LayoutParseError(f"line {line}: Frame {number} appears twice")
        literal = _bracketed(text, marker.end(), end, line, number)
        frames[number] = _frame_entries(literal, line, number)

    numbers = sorted(frames)
    expected = list(range(1, len(numbers) + 1))
    if numbers != expected:
        missing = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        what = f"Frame {missing[0]} is missing" if missing else f"frames must be numbered from 1, got {numbers[0]}"
        raise LayoutParseError(f"{what} (found frames {', '.join(map(str, numbers))})")
    if num_keyframes is not None and len(numbers) != num_keyframes:
        raise LayoutParseError(f"expected {num_keyframes} frames, found {len(numbers)}")

    names: dict[int, str] = {}
    boxes: dict[int, list[Any]] = {}
    notes: list[str] = []
    for number in numbers:
        for entry in frames[number]:
            oid, name, box = entry["id"], entry["name"], entry["box"]
            names.setdefault(oid, name)
            if names[oid] != name:
                notes.append(f"object id {oid} is called {names[oid]!r} and {name!r}; kept {names[oid]!r}")
            per_frame = boxes.setdefault(oid, [None] * len(numbers))
            if per_frame[number - 1] is not None:
                raise LayoutParseError(f"Frame {number} lists object id {oid} twice")
            x, y, w, h = box
            x1 = (x + w) / width if w else x / width + ZERO_SIDE
            y1 = (y + h) / height if h else y / height + ZERO_SIDE
            read = (x / width, y / height, x1, y1)
            if w == 0 or h == 0:
                notes.append(f"Frame {number}: {name!r} (id {oid}) has a zero-size box {_pixels(box)}; read as out of view")
            fitted = fit_overhang(read)
            if fitted != read and not (w == 0 or h == 0):
                notes.append(
                    f"Frame {number}: {name!r} (id {oid}) reaches more than {MAX_OVERHANG:g} canvas past an edge; "
                    "cut at that distance"
                )
            elif not in_view(fitted) and w and h:
                notes.append(f"Frame {number}: {name!r} (id {oid}) lies outside the canvas; kept as out of view")
            per_frame[number - 1] = fitted

    match = _BACKGROUND.search(text)
    background = _clean_keyword(match.group(1)) if match else ""
    if not match:
        notes.append("no 'Background keyword:' line; background left empty")
    reasoning_match = _REASONING.search(text, 0, markers[0].start())
    reasoning = text[reasoning_match.end() : markers[0].start()].strip().strip("*_ ") if reasoning_match else ""

    if not boxes:
        raise LayoutParseError("every frame is empty: the layout needs at least one object with a box")
    objects = tuple(LayoutObject(id=oid, name=names[oid], boxes=tuple(boxes[oid])) for oid in sorted(boxes))
    layout = Layout(
        objects=objects,
        num_keyframes=len(numbers),
        background=background,
        negative_prompt=DEFAULT_NEGATIVE_PROMPT,
        reasoning=reasoning,
        aspect=width / height,
        notes=tuple(dict.fromkeys(notes)),
    )
    try:
        return layout.validate(limits)
    except LayoutError as exc:
        raise LayoutParseError(str(exc)) from None


def format_lvd_text(layout: Layout, canvas_size: tuple[int, int] = LVD_CANVAS) -> str:
    """Write ``layout`` in LVD's text form (integer pixel ``[x, y, w, h]`` boxes)."""
    width, height = canvas_size
    lines = [f"Reasoning: {' '.join(layout.reasoning.split())}".rstrip()]
    for k in range(layout.num_keyframes):
        entries = []
        for obj in layout.objects:
            box = obj.boxes[k]
            if box is None:
                continue
            x0, y0 = round(box[0] * width), round(box[1] * height)
            x1, y1 = round(box[2] * width), round(box[3] * height)
            w = 0 if is_sliver(box, axis=0) else max(1, x1 - x0)
            h = 0 if is_sliver(box, axis=1) else max(1, y1 - y0)
            entries.append(f"{{'id': {obj.id}, 'name': {obj.name!r}, 'box': [{x0}, {y0}, {w}, {h}]}}")
        lines.append(f"Frame {k + 1}: [{', '.join(entries)}]")
    lines.append(f"Background keyword: {layout.background}")
    return "\n".join(lines)


# ----------------------------------------------------------------- internals
def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _bracketed(text: str, start: int, stop: int, line: int, number: int) -> str:
    """The first balanced ``[...]`` between ``start`` and ``stop``, ignoring brackets in strings."""
    open_at = text.find("[", start, stop)
    if open_at < 0:
        raise LayoutParseError(f"line {line}: Frame {number} has no '[...]' list of boxes")
    close_at = closing_bracket(text, open_at, stop)
    if close_at is not None:
        return text[open_at : close_at + 1]
    raise LayoutParseError(f"line {line}: Frame {number}'s list is not closed (missing ']')")


def _strip_comments(literal: str) -> str:
    """Drop ``#`` and ``//`` comments outside strings, line by line."""
    out, quote, escaped, i = [], "", False, 0
    while i < len(literal):
        ch = literal[i]
        if quote:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "#" or literal.startswith("//", i):
            newline = literal.find("\n", i)
            i = len(literal) if newline < 0 else newline
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _frame_entries(literal: str, line: int, number: int) -> list[dict[str, Any]]:
    source = _JSON_WORDS.sub(lambda m: {"true": "True", "false": "False", "null": "None"}[m.group(1)], _strip_comments(literal))
    try:
        value = ast.literal_eval(source)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError) as exc:
        detail = exc.msg if isinstance(exc, SyntaxError) and exc.msg else type(exc).__name__
        raise LayoutParseError(f"line {line}: Frame {number}'s list is not a valid literal ({detail})") from None
    if not isinstance(value, list):
        raise LayoutParseError(f"line {line}: Frame {number} must be a list of boxes")
    entries = []
    for j, item in enumerate(value):
        where = f"line {line}: Frame {number}, item {j + 1}"
        if not isinstance(item, dict):
            raise LayoutParseError(f"{where} must be a dict with 'id', 'name' and 'box', got {type(item).__name__}")
        oid = item.get("id")
        if not isinstance(oid, int) or isinstance(oid, bool) or not 0 <= oid < 10_000:
            raise LayoutParseError(f"{where}: 'id' must be a small non-negative integer, got {oid!r}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise LayoutParseError(f"{where}: 'name' must be a non-empty string, got {name!r}")
        box = item.get("box", item.get("bbox"))
        if (
            not isinstance(box, (list, tuple))
            or len(box) != 4
            or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in box)
        ):
            raise LayoutParseError(f"{where} ({name!r}): 'box' must be [x, y, width, height] in pixels, got {box!r}")
        x, y, w, h = (float(v) for v in box)
        if not all(abs(v) < 1e6 for v in (x, y, w, h)):
            raise LayoutParseError(f"{where} ({name!r}): box {list(box)} has an absurd coordinate")
        if w < 0 or h < 0:
            raise LayoutParseError(f"{where} ({name!r}): box {list(box)} has a negative width or height")
        entries.append({"id": oid, "name": name.strip(), "box": (x, y, w, h)})
    return entries


def _pixels(box) -> str:
    return "[" + ", ".join(f"{v:g}" for v in box) + "]"


def _clean_keyword(raw: str) -> str:
    return raw.strip().strip("*_`'\".").strip()
