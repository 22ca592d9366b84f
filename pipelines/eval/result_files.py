"""The files of an evaluation folder: the manifest and the per-shard result lines.

Shared by the batch runner (which writes them) and the report (which reads them), so neither
imports the other.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.jsonl import DamagedLine, read_rows

MANIFEST_FILE = "eval.json"
SHARD_FILE = "results-shard{index}.jsonl"
SHARD_GLOB = "results-shard*.jsonl"


class EvalError(PhyStudioError, RuntimeError):
    """The evaluation cannot start or continue; the message says what to change."""


def shard_path(out_dir: Path, shard_index: int) -> Path:
    return Path(out_dir) / SHARD_FILE.format(index=shard_index)


def read_shard_file(path: Path, *, repair: bool = False) -> list[dict[str, Any]]:
    """The result lines of one shard file (see ``core.jsonl.read_rows`` for what a crash leaves)."""
    try:
        return read_rows(path, repair=repair, valid=lambda row: isinstance(row, dict) and "key" in row)
    except DamagedLine as damaged:
        raise EvalError(f"{damaged}: not a result line (JSON object with a 'key'); fix or delete that line, "
                        "then resume") from None


def collect_rows(out_dir: str | Path) -> list[dict[str, Any]]:
    """One row per item over all shard files: a finished line wins, else the latest failure."""
    best: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(out_dir).glob(SHARD_GLOB)):
        for row in read_shard_file(path):
            current = best.get(row["key"])
            if current is None or current.get("status") != "done":
                best[row["key"]] = row
    return list(best.values())


def read_manifest(out_dir: str | Path) -> dict[str, Any]:
    path = Path(out_dir) / MANIFEST_FILE
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise EvalError(f"{path} is not valid JSON ({exc}); delete it only if the folder holds no results") from None
