"""What a training run leaves for people and the Train tab to follow: metrics.csv, train.log and status.json
(written by the main process only), and the signal handling that turns SIGINT/SIGTERM into a clean stop."""

from __future__ import annotations

import csv
import math
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .export import write_json_atomic

METRIC_COLUMNS = ("step", "loss", "margin", "reward_accuracy", "lr", "grad_norm", "seconds_per_step", "peak_memory_gb")


# ---------------------------------------------------------------------------------------- output folder
class RunFiles:
    """metrics.csv, train.log and status.json; only the main process writes them."""

    def __init__(self, folder: Path, *, enabled: bool, max_steps: int):
        self.folder, self.enabled, self.max_steps = folder, enabled, max_steps
        self.metrics_file, self.log_file, self.status_file = folder / "metrics.csv", folder / "train.log", folder / "status.json"
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
        new = sorted(k for k in row if k not in self._columns)
        if new:  # a metric that starts later (held-out evaluation): widen the header, keep the rows
            with self.metrics_file.open(newline="", encoding="utf-8") as handle:
                rows = list(csv.reader(handle))[1:]
            self._columns = [*self._columns, *new]
            with self.metrics_file.open("w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerows([self._columns, *(r + [""] * len(new) for r in rows)])
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
