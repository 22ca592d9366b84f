"""What a training run leaves for people and the Train tab to follow: metrics.csv, train.log and status.json
(written by the main process only), the reader that follows metrics.csv while it grows, and the signal
handling that turns SIGINT/SIGTERM into a clean stop."""

from __future__ import annotations

import csv
import json
import math
import os
import signal
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

METRICS_FILE, LOG_FILE, STATUS_FILE = "metrics.csv", "train.log", "status.json"
METRIC_COLUMNS = ("step", "loss", "margin", "reward_accuracy", "lr", "grad_norm", "seconds_per_step", "peak_memory_gb")


def write_json_atomic(path: Path, data: Any) -> None:
    """Write through a temporary file and rename, so a reader (the Train tab, a resume) never sees half a file."""
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    partial.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    os.replace(partial, path)


# ---------------------------------------------------------------------------------------- output folder
class RunFiles:
    """metrics.csv, train.log and status.json; only the main process writes them."""

    def __init__(self, folder: Path, *, enabled: bool, max_steps: int):
        self.folder, self.enabled, self.max_steps = folder, enabled, max_steps
        self.metrics_file, self.log_file, self.status_file = folder / METRICS_FILE, folder / LOG_FILE, folder / STATUS_FILE
        self._columns: list[str] | None = None
        if enabled:
            folder.mkdir(parents=True, exist_ok=True)

    def log(self, message: str) -> None:
        if not self.enabled:
            return
        line = f"{time.strftime('%Y-%m-%d %H:%M:%S')} {message}"
        print(line, flush=True)
        with self.log_file.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    def status(self, state: str, step: int, *, error: str = "", lora_dir: Path | None = None) -> None:
        if self.enabled:
            write_json_atomic(self.status_file, {"state": state, "step": int(step), "max_steps": int(self.max_steps),
                                                 "error": error, "lora_dir": str(lora_dir) if lora_dir else ""})

    def start_metrics(self, resume_step: int) -> None:
        """Keep rows up to the resumed step (a resumed run rewrites what came after its checkpoint)."""
        if not self.enabled or not self.metrics_file.is_file():
            return
        with self.metrics_file.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        if not rows:
            return
        self._columns = rows[0]
        kept = [row for row in rows[1:] if row and _int_or_none(row[0]) is not None and int(row[0]) <= resume_step]
        with self.metrics_file.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([rows[0], *kept])

    def metrics(self, row: dict[str, float]) -> None:
        if not self.enabled:
            return
        if self._columns is None:
            self._columns = [*METRIC_COLUMNS, *sorted(k for k in row if k not in METRIC_COLUMNS)]
            with self.metrics_file.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerow(self._columns)
        with self.metrics_file.open("a", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerow([_csv_value(row.get(c)) for c in self._columns])


def _csv_value(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.8g}"
    return str(value)


def _int_or_none(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


# ---------------------------------------------------------------------------------------- following metrics.csv
def _number(cell: str) -> float | None:
    try:
        value = float(cell)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class MetricsReader:
    """Reads ``metrics.csv`` while the trainer appends to it: whole lines only, each read where the last stopped.

    A line without its newline is still being written and waits for the next read. A file that
    was rewritten (a resumed trainer keeps the rows up to its checkpoint) is read again from the
    start; rows a resumed run logs again replace the ones the interrupted run wrote.
    """

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._reset()
        self._lock = threading.Lock()

    def _reset(self) -> None:
        self._offset = 0
        self._last_line = b""  # the last whole line read: still there, unchanged, unless the file was rewritten
        self._columns: list[str] | None = None
        self._rows: list[dict[str, float | None]] = []

    def rows(self) -> list[dict[str, float | None]]:
        with self._lock:
            self._read_new_lines()
            return list(self._rows)

    def _read_new_lines(self) -> None:
        try:
            with self.path.open("rb") as handle:
                handle.seek(self._offset - len(self._last_line))
                data = handle.read()
                if not data.startswith(self._last_line):
                    self._reset()
                    handle.seek(0)
                    data = handle.read()
        except FileNotFoundError:
            return
        chunk = data[len(self._last_line):]
        end = chunk.rfind(b"\n")
        if end < 0:
            return
        whole = chunk[:end + 1]
        self._offset += end + 1
        self._last_line = whole[whole.rfind(b"\n", 0, end) + 1:]
        for cells in csv.reader(whole.decode("utf-8", errors="replace").splitlines()):
            self._add_row([cell.strip() for cell in cells])

    def _add_row(self, cells: list[str]) -> None:
        if not any(cells):
            return
        if self._columns is None or cells[0] == "step":
            self._columns = cells
            return
        row = {name: _number(cell) for name, cell in zip(self._columns, cells)}
        row.update({name: None for name in self._columns[len(cells):]})
        step = row.get("step")
        if step is None:
            return
        while self._rows and self._rows[-1]["step"] >= step:
            self._rows.pop()
        self._rows.append(row)


# ---------------------------------------------------------------------------------------- stop signals
class StopSignal:
    """First SIGINT/SIGTERM: finish the step, checkpoint, export, stop. A second one aborts at once."""

    def __init__(self, log: Callable[[str], None]):
        self.requested = False
        self._log = log
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # signal handlers can only be set from the main thread; a caller thread stops by other means
        for sig in (signal.SIGINT, signal.SIGTERM):
            self._previous[sig] = signal.signal(sig, self._handle)

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt(f"{signal.Signals(signum).name} received twice")
        self.requested = True
        self._log(f"{signal.Signals(signum).name} received: stopping after this step (checkpoint + export); "
                  "send it again to abort without saving")
