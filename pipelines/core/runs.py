"""Run records: every plan, render or generation leaves a JSON record next to its media.

A record is what a researcher needs to reproduce or cite a result: inputs, settings, which
backend (and model) produced it, timings and the files it wrote. Later stages add fields
(scores, LoRA hashes) without changing this shape.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .scrub import scrub_data

RECORD_FILE = "record.json"


def file_hash(path: Path | str) -> str:
    """First 16 hex digits of a file's sha256: enough to tell weight files (LoRA, ProPhy) apart in records."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


@dataclass
class RunRecord:
    kind: str
    run_id: str
    created: str
    inputs: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    backends: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)
    scores: dict[str, Any] = field(default_factory=dict)  # judge id → JudgeScores.to_dict()
    status: str = "running"
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-plain (string keys, lists, Python numbers): what gradio's JSON output and the file both accept."""
        return json_plain(asdict(self))


def json_plain(value: Any) -> Any:
    """``value`` as plain JSON data: mapping keys become strings (backends report per-step maps keyed by int),
    tuples become lists, numpy scalars and arrays become Python numbers and lists, anything else its ``str``."""
    if isinstance(value, dict):
        return {str(k): json_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "tolist"):  # numpy scalars and arrays, torch tensors
        return json_plain(value.tolist())
    return str(value)


class Run:
    """One run's folder and record; ``finish``/``fail`` write the record atomically."""

    def __init__(self, folder: Path, record: RunRecord):
        self.folder = folder
        self.record = record
        self._started = time.perf_counter()

    def path(self, name: str) -> Path:
        return self.folder / name

    def add_output(self, key: str, path: Path | str) -> None:
        path = Path(path)
        self.record.outputs[key] = str(path.relative_to(self.folder) if path.is_relative_to(self.folder) else path)

    def finish(self, **timings: float) -> RunRecord:
        self.record.timings.update(timings)
        self.record.timings.setdefault("total_s", time.perf_counter() - self._started)
        self.record.status = "done"
        self.save()
        return self.record

    def fail(self, error: str) -> RunRecord:
        self.record.status = "failed"
        self.record.error = error
        self.record.timings.setdefault("total_s", time.perf_counter() - self._started)
        self.save()
        return self.record

    def save(self) -> Path:
        target = self.folder / RECORD_FILE
        tmp = target.with_suffix(".json.tmp")
        # scrubbed: run folders are served, and an error or answer may carry an echoed API key
        tmp.write_text(json.dumps(scrub_data(self.record.to_dict()), indent=2, default=str), encoding="utf-8")
        os.replace(tmp, target)
        return target


def load_run(folder: Path | str) -> Run:
    """Reopen a finished run, e.g. to attach judge scores to it later."""
    folder = Path(folder)
    data = json.loads((folder / RECORD_FILE).read_text(encoding="utf-8"))
    return Run(folder, RunRecord(**data))


class RunStore:
    """Creates run folders under ``root``: ``<root>/<kind>/<timestamp>-<id>/``."""

    def __init__(self, root: Path | str):
        self.root = Path(root).expanduser()

    def start(self, kind: str, inputs: dict[str, Any] | None = None, settings: dict[str, Any] | None = None,
              backends: dict[str, str] | None = None) -> Run:
        now = datetime.now(timezone.utc)
        run_id = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
        folder = self.root / kind / run_id
        folder.mkdir(parents=True, exist_ok=False)
        record = RunRecord(kind=kind, run_id=run_id, created=now.isoformat(timespec="seconds"),
                           inputs=dict(inputs or {}), settings=dict(settings or {}), backends=dict(backends or {}))
        run = Run(folder, record)
        run.save()
        return run

    def records(self, kind: str | None = None) -> list[RunRecord]:
        """Saved records, newest first; unreadable files are skipped."""
        pattern = f"{kind}/*/{RECORD_FILE}" if kind else f"*/*/{RECORD_FILE}"
        found = []
        for path in self.root.glob(pattern):
            try:
                found.append(RunRecord(**json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, TypeError):
                continue
        return sorted(found, key=lambda r: r.run_id, reverse=True)
