"""Append-only JSON Lines files that survive a crash mid-write (eval shards, PhyAugPipe steps)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import PhyStudioError


def append_row(path: Path, row: dict[str, Any], default: Callable[[Any], Any] = str) -> None:
    """One line, flushed and fsynced: a crash loses at most the line being written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(row, ensure_ascii=False, default=default) + "\n")
        handle.flush()
        os.fsync(handle.fileno())


class JsonlError(PhyStudioError, ValueError):
    """A hand-written JSONL file (a pool, a manifest) with a line that is not a JSON object; names file:line."""


def read_objects(text: str, path: Path | str, what: str = "a JSON object") -> list[tuple[str, dict[str, Any]]]:
    """``(where, object)`` for every non-blank line, ``where`` being "file:line" for later messages."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise JsonlError(f"{where}: not JSON ({exc})") from None
        if not isinstance(row, dict):
            raise JsonlError(f"{where}: expected {what}")
        rows.append((where, row))
    return rows


class DamagedLine(ValueError):
    """A line before the last one is not a valid row: the file was edited by hand, not cut by a crash."""

    def __init__(self, path: Path, number: int):
        super().__init__(f"{path}, line {number}")
        self.path, self.number = path, number


def read_rows(path: Path, *, repair: bool = False,
              valid: Callable[[Any], bool] = lambda row: isinstance(row, dict)) -> list[dict[str, Any]]:
    """The rows of a JSONL file. A damaged *last* line (a crash mid-write) is dropped, and cut off the file
    with ``repair`` (which also restores a missing final newline); a damaged earlier line raises
    ``DamagedLine`` rather than dropping data silently."""
    path = Path(path)
    if not path.is_file():
        return []
    data = path.read_bytes()
    lines = data.split(b"\n")
    rows: list[dict[str, Any]] = []
    offset = 0
    for number, raw in enumerate(lines, start=1):
        last = number == len(lines) or (number == len(lines) - 1 and lines[-1] == b"")
        if raw.strip():
            try:
                row = json.loads(raw)
                if not valid(row):
                    raise ValueError("not a valid row")
                rows.append(row)
            except ValueError:
                if not last:
                    raise DamagedLine(path, number) from None
                if repair:
                    with open(path, "r+b") as handle:
                        handle.truncate(offset)
                return rows
        offset += len(raw) + 1
    if repair and data and not data.endswith(b"\n"):
        with open(path, "ab") as handle:  # a complete last line that lost only its newline
            handle.write(b"\n")
    return rows
