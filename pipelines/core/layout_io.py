"""Read a layout from whatever a user is likely to hand over: our JSON, a ``plan`` output line, LVD text."""

from __future__ import annotations

import json
from pathlib import Path

from .layout import Layout, LayoutError
from .limits import LayoutLimits
from .lvd_text import parse_lvd_text


def read_layout_text(text: str, limits: LayoutLimits | None = None) -> Layout:
    """JSON layout, ``{"prompt", "layout"}`` (first line of ``plan`` JSONL output), or LVD text."""
    stripped = (text or "").strip()
    if not stripped:
        raise LayoutError("no layout given: paste a layout (JSON or LVD text) or choose a file")
    if not stripped.startswith("{"):
        return parse_lvd_text(stripped, limits=limits)
    try:
        data = json.loads(stripped)
    except json.JSONDecodeError as exc:
        first_line = stripped.splitlines()[0]
        try:
            data = json.loads(first_line)
        except json.JSONDecodeError:
            raise LayoutError(f"layout JSON is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    if isinstance(data, dict) and "layout" in data and "objects" not in data:
        data = data["layout"]
    return Layout.from_dict(data, limits)


def read_layout_file(path: str | Path, limits: LayoutLimits | None = None) -> Layout:
    path = Path(path)
    if not path.is_file():
        raise LayoutError(f"layout file {path} does not exist")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise LayoutError(f"{path} is not a text file; a layout is JSON or LVD text") from None
    return read_layout_text(text, limits)
