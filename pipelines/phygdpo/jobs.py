"""Training jobs started from the studio: each job is a trainer subprocess and a folder.

The studio never trains in its own process. A job is ``python -m pipelines train --config train.toml``
(``accelerate launch`` when it uses several processes) in a session of its own, so the UI stays
responsive, a job outlives a page reload or a studio restart, and Stop reaches every process of it.
Everything a job knows lives in its folder — the trainer's ``status.json``, ``metrics.csv`` and
``train.log``, our ``stdout.log`` and ``job.json`` — so a past job is listed and read the same way
as a running one.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.paths import PathEscape, is_within, within
from .groups import GROUPS_FILE, GroupFormatError, groups_path, read_groups

REPO_ROOT = Path(__file__).resolve().parents[2]
TRAINER_ARGS = ("-m", "pipelines", "train")  # what follows `python` (or `accelerate launch`) to run the trainer
CONFIG_FILE = "train.toml"
RESOLVED_CONFIG_FILE = "config.resolved.toml"  # what the trainer saves of the config it ran with
JOB_FILE = "job.json"
STDOUT_FILE = "stdout.log"
STATUS_FILE = "status.json"
METRICS_FILE = "metrics.csv"
FINAL_STATES = ("done", "failed", "stopped")
DEFAULT_GRACE_S = 120.0  # a checkpoint of a 14B model's LoRA + optimiser state can take a minute to write
LOG_LINES_ON_FAILURE = 15


class JobError(ValueError):
    """A job cannot be started or found; the message says what to change."""


# ----------------------------------------------------------------------------- train.toml
_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_text(settings: Mapping[str, Mapping[str, Any]]) -> str:
    """``{"section": {"key": value}}`` as TOML. ``None`` values are left out (the trainer's default applies).

    Only what a trainer config holds is supported: strings, paths, booleans, numbers and flat lists of them.
    """
    lines: list[str] = []
    for section, values in settings.items():
        if not isinstance(values, Mapping):
            raise JobError(f"setting [{section}] must be a table of key = value, got {values!r}")
        lines.append(f"[{_toml_key(section)}]")
        lines.extend(f"{_toml_key(key)} = {_toml_value(value, f'{section}.{key}')}"
                     for key, value in values.items() if value is not None)
        lines.append("")
    return "\n".join(lines)


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    # JSON string escapes are TOML basic-string escapes; TOML also forbids a raw DEL character.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_value(value: Any, where: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise JobError(f"setting {where} must be a finite number, got {value!r}")
        return repr(value)
    if isinstance(value, (str, Path)):
        return _toml_string(str(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(item, where) for item in value) + "]"
    raise JobError(f"setting {where} has a value TOML cannot hold here: {value!r}")


# ----------------------------------------------------------------------------- metrics.csv
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


# ----------------------------------------------------------------------------- jobs
@dataclass(frozen=True)
class JobStatus:
    """What the studio shows about a job; ``state`` adds "starting" and "stopping" to the trainer's states."""

    job_id: str
    folder: Path
    state: str  # starting | running | stopping | done | failed | stopped
    step: int
    max_steps: int
    error: str
    lora_dir: Path | None  # the exported LoRA, once there is one
    seconds_per_step: float | None
    eta_s: float | None
    exit_code: int | None
    alive: bool  # a process of the job still runs (it may have written its final state and be exiting)

    @property
    def finished(self) -> bool:
        return self.state in FINAL_STATES and not self.alive


def _read_json(path: Path) -> dict[str, Any] | None:
    """A JSON object, or None while it is missing or half-written."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write_json(path: Path, data: dict[str, Any]) -> None:
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    os.replace(temporary, path)


def tail_lines(path: Path, lines: int, max_bytes: int = 256 * 1024) -> list[str]:
    """The last ``lines`` lines of a text file (reading at most its last ``max_bytes``)."""
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - max_bytes))
            text = handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    return text.splitlines()[-lines:] if lines > 0 else []


def _pid_runs_config(pid: int, config: Path) -> bool:
    """Is ``pid`` alive and still our trainer (not a recycled pid)? Linux reads /proc; elsewhere a signal 0 probe."""
    proc = Path(f"/proc/{pid}")
    if Path("/proc/self").exists():
        try:
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            command = (proc / "cmdline").read_bytes().split(b"\0")
        except (OSError, IndexError):
            return False
        return state != "Z" and str(config).encode() in command
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (Linux /proc): torchrun starts its workers in sessions of their own."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    found, queue = [], [pid]
    while queue:
        for child in children.get(queue.pop(), []):
            found.append(child)
            queue.append(child)
    return found


class TrainingJob:
    """One job folder, plus its process when this studio started it.

    A folder without ``job.json`` is a run started outside the studio (``python -m pipelines train``
    in a terminal): it is read the same way, but the studio cannot tell whether it still runs,
    stop it or resume it.
    """

    def __init__(self, folder: Path | str):
        # Absolute, as in the trainer's command line: a restarted studio recognises its running jobs by it.
        self.folder = Path(folder).expanduser().resolve()
        self._process: subprocess.Popen | None = None
        self._metrics = MetricsReader(self.folder / METRICS_FILE)
        self._lock = threading.Lock()

    def _attach(self, process: subprocess.Popen) -> None:
        """The process of a new launch (start or resume) of this job."""
        self._process = process

    @property
    def job_id(self) -> str:
        return self.folder.name

    @property
    def config_path(self) -> Path:
        return self.folder / CONFIG_FILE

    @property
    def external(self) -> bool:
        """Started outside the studio (no job.json)."""
        return not (self.folder / JOB_FILE).is_file()

    def info(self) -> dict[str, Any]:
        """``job.json``: command, pid, settings, and what became of the process."""
        return _read_json(self.folder / JOB_FILE) or {}

    def _update_info(self, **changes: Any) -> None:
        with self._lock:
            info = self.info()
            info.update(changes)
            _write_json(self.folder / JOB_FILE, info)

    @property
    def settings(self) -> dict[str, Any]:
        """The trainer settings: from job.json, or for an external run the config the trainer saved, if any."""
        info = self.info()
        if "settings" in info:
            return dict(info["settings"])
        for name in (RESOLVED_CONFIG_FILE, CONFIG_FILE):
            try:
                return tomllib.loads((self.folder / name).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError):
                continue
        return {}

    # ------------------------------------------------------------- process
    def exit_code(self) -> int | None:
        """The exit code once the process is gone (None while it runs, or when another studio started it)."""
        if self._process is not None:
            return self._process.poll()
        return self.info().get("exit_code")

    def is_alive(self) -> bool:
        if self._process is not None:
            return self._process.poll() is None
        pid = self.info().get("pid")
        return isinstance(pid, int) and _pid_runs_config(pid, self.config_path)

    def stop(self, grace_s: float | None = None) -> bool:
        """SIGTERM to the job's process group (the trainer checkpoints and exits "stopped"); SIGKILL after ``grace_s``.

        Returns False when the job is not running. Does not wait: the grace period runs in a thread.
        """
        if not self.is_alive():
            return False
        info = self.info()
        process = self._process
        pid = process.pid if process is not None else info["pid"]
        grace = float(grace_s if grace_s is not None else info.get("grace_s", DEFAULT_GRACE_S))
        self._update_info(stop_requested=time.time())
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            return False
        threading.Thread(target=self._kill_after, args=(pid, process, grace), daemon=True,
                         name=f"stop-{self.job_id}").start()
        return True

    def _kill_after(self, pid: int, process: subprocess.Popen | None, grace_s: float) -> None:
        """SIGKILL this launch's processes if they outlive the grace period (a later launch is left alone)."""
        def alive() -> bool:
            return process.poll() is None if process is not None else _pid_runs_config(pid, self.config_path)

        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline:
            if not alive():
                return
            time.sleep(0.2)
        stragglers = _descendants(pid) if Path("/proc/self").exists() else []
        self._update_info(killed=True)
        for target in (pid, *stragglers):
            try:
                os.killpg(target, signal.SIGKILL) if target == pid else os.kill(target, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                continue
        if process is not None:
            process.wait()

    # ------------------------------------------------------------- what it wrote
    def metrics(self) -> list[dict[str, float | None]]:
        """Rows of metrics.csv so far, as numbers (empty cells: None)."""
        return self._metrics.rows()

    def log_tail(self, lines: int = 40) -> str:
        """The end of stdout.log: the trainer's log lines, warnings and any traceback."""
        return "\n".join(tail_lines(self.folder / STDOUT_FILE, lines))

    def status(self) -> JobStatus:
        alive = self.is_alive()  # before reading status.json: a trainer that finishes in between reads as finished
        exit_code = self.exit_code()
        trainer = _read_json(self.folder / STATUS_FILE) or {}
        info = self.info()
        state = str(trainer.get("state") or "starting")
        error = str(trainer.get("error") or "")
        step = int(trainer.get("step") or 0)
        max_steps = int(trainer.get("max_steps") or (self.settings.get("optim", {}).get("max_steps") or 0))
        if alive or self.external:  # an external run's files are all there is to know
            if info.get("stop_requested") and state not in FINAL_STATES:
                state = "stopping"
        elif info.get("final"):
            state, error = info["final"]["state"], info["final"]["error"]
        elif state not in FINAL_STATES or (state == "failed" and not error):
            state, error = self._outcome_of_exit(state, step, max_steps, exit_code, info)
            self._update_info(final={"state": state, "error": error}, exit_code=exit_code)
        elif self._process is not None and info.get("exit_code") is None:
            self._update_info(exit_code=exit_code)
        rows = self.metrics()
        if rows:
            step = max(step, int(rows[-1]["step"] or 0))
        per_step = self._seconds_per_step(rows)
        eta = per_step * max(0, max_steps - step) if per_step is not None and state == "running" else None
        return JobStatus(job_id=self.job_id, folder=self.folder, state=state, step=step, max_steps=max_steps,
                         error=error, lora_dir=self._lora_dir(trainer), seconds_per_step=per_step, eta_s=eta,
                         exit_code=exit_code, alive=alive)

    def _outcome_of_exit(self, state: str, step: int, max_steps: int, exit_code: int | None,
                         info: dict[str, Any]) -> tuple[str, str]:
        """The process is gone without a final status: killed after Stop, or crashed."""
        if info.get("killed"):
            return "stopped", (f"killed after the {info.get('grace_s', DEFAULT_GRACE_S):g} s grace period without "
                               "saving; resume from the last checkpoint in checkpoints/")
        how = f"with code {exit_code}" if exit_code is not None else "(exit code unknown: another studio started it)"
        lines = "\n".join(tail_lines(self.folder / STDOUT_FILE, LOG_LINES_ON_FAILURE)) or "(stdout.log is empty)"
        return "failed", (f"the trainer exited {how} at step {step} of {max_steps} while {state!r}. "
                          f"Last lines of {self.folder / STDOUT_FILE}:\n{lines}")

    @staticmethod
    def _seconds_per_step(rows: list[dict[str, float | None]], window: int = 20) -> float | None:
        recent = [r.get("seconds_per_step") for r in rows[-window:]]
        recent = [v for v in recent if v is not None and v > 0]
        return sum(recent) / len(recent) if recent else None

    def _lora_dir(self, trainer: dict[str, Any]) -> Path | None:
        named = trainer.get("lora_dir")
        candidates = [Path(named) if Path(named).is_absolute() else self.folder / named] if named else []
        candidates += [self.folder / "lora", self.folder / "prophy"]
        return next((path for path in candidates if path.is_dir() and any(path.iterdir())), None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def trainer_command(config: Path, processes: int = 1, *, mixed_precision: str = "no", python: str = sys.executable,
                    trainer: Sequence[str] = TRAINER_ARGS, main_process_port: int | None = None) -> list[str]:
    """The command line of a job: the trainer under ``python``, or under ``accelerate launch`` for several processes.

    Several processes go through accelerate's torchrun launcher (``--multi_gpu``: one process per
    GPU; on a CPU-only machine the same launcher forms a gloo group).
    """
    tail = [*trainer, "--config", str(config)]
    if processes <= 1:
        return [python, *tail]
    return [python, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", str(processes),
            "--num_machines", "1", "--mixed_precision", mixed_precision, "--dynamo_backend", "no",
            "--main_process_port", str(main_process_port or _free_port()), *tail]


def launch_environment(processes: int) -> dict[str, str]:
    """Extra environment for a job: several processes on a machine without CUDA GPUs run as CPU (gloo) processes.

    accelerate's ``--multi_gpu`` launcher starts the processes either way; without
    ``ACCELERATE_USE_CPU`` each would train alone on CPU, all writing the same folder.
    """
    if processes <= 1:
        return {}
    import torch

    gpus = torch.cuda.device_count()
    if gpus == 0:
        return {"ACCELERATE_USE_CPU": "1"}
    if processes > gpus:
        raise JobError(f"{processes} processes asked for, but this machine has {gpus} GPU(s): "
                       f"use at most {gpus} (one process per GPU)")
    return {}


def check_train_settings(settings: Mapping[str, Mapping[str, Any]]) -> None:
    """The trainer's own config checks (types, choices, unknown keys), run before a process starts."""
    from .train_config import TrainConfigError, config_from_dict

    try:
        config_from_dict({section: dict(values) for section, values in settings.items()})
    except TrainConfigError as exc:
        raise JobError(f"training settings: {exc}") from None


class JobManager:
    """Starts trainer subprocesses in folders under ``root`` and finds the jobs already there.

    ``trainer`` is what runs after ``python`` (default ``-m pipelines train``) and ``check`` vets
    settings before a start (default: the trainer's config checks); another trainer script with
    the same contract can be given with its own check, or none.

    ``max_running`` jobs may run at once, each with at most ``max_processes`` processes (0: no limit), so a
    form submitted many times cannot start more trainers than the machine holds.
    """

    def __init__(self, root: Path | str, *, trainer: Sequence[str] = TRAINER_ARGS, python: str = sys.executable,
                 grace_s: float = DEFAULT_GRACE_S,
                 check: Callable[[Mapping[str, Mapping[str, Any]]], None] | None = check_train_settings,
                 max_running: int = 0, max_processes: int = 0):
        self.root = Path(root).expanduser().resolve()
        self.max_running = max_running
        self.max_processes = max_processes
        self.trainer = tuple(trainer)
        self.python = python
        self.grace_s = grace_s
        self.check = check
        self._jobs: dict[str, TrainingJob] = {}
        self._lock = threading.Lock()
        self._start_lock = threading.Lock()

    def start(self, settings: Mapping[str, Mapping[str, Any]], *, processes: int = 1) -> TrainingJob:
        """Check the settings, write ``train.toml`` into a new job folder and start the trainer on it.

        Nothing is created when a check fails, so a bad form leaves no half-made job behind.
        """
        if not isinstance(processes, int) or processes < 1:
            raise JobError(f"processes must be a whole number ≥ 1 (one per GPU), got {processes!r}")
        if self.max_processes and processes > self.max_processes:
            raise JobError(f"processes is {processes}; this studio allows at most {self.max_processes} per job "
                           "(training.max_processes)")
        settings = {section: dict(values) for section, values in settings.items()}
        self._check_groups(settings)
        _absolute_paths(settings)
        now = datetime.now(UTC)
        job_id = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
        folder = self.root / job_id
        settings.setdefault("train", {})["output_dir"] = str(folder.expanduser().resolve())
        text = toml_text(settings)
        if self.check is not None:
            self.check(settings)
        env = launch_environment(processes)
        with self._start_lock:  # the count and the launch are one step, or two clicks could both pass the cap
            self._check_running()
            folder.mkdir(parents=True)
            (folder / CONFIG_FILE).write_text(text, encoding="utf-8")
            _write_json(folder / JOB_FILE, {"job_id": job_id, "created": now.isoformat(),
                                            "processes": processes, "grace_s": self.grace_s, "settings": settings,
                                            "trainer": list(self.trainer), "python": self.python, "env": env})
            job = self._job(folder)
            self._launch(job, resume=False)
        return job

    def running(self) -> list[TrainingJob]:
        return [job for job in self.jobs() if job.is_alive()]

    def _check_running(self) -> None:
        if self.max_running and len(self.running()) >= self.max_running:
            raise JobError(f"{self.max_running} training job(s) already running, the most this studio allows "
                           "(training.max_running_jobs): stop one or wait for it to finish")

    def resume(self, job_id: str) -> TrainingJob:
        """Start a stopped or failed job again in its folder; the trainer continues from its newest checkpoint."""
        job = self.get(job_id)
        if job.external:
            raise JobError(f"{job.folder} was started outside the studio: resume it the same way, with "
                           "`python -m pipelines train --config <its train.toml> --resume`")
        if job.is_alive():
            raise JobError(f"job {job_id} is still running")
        if job.status().state == "done":
            raise JobError(f"job {job_id} is done: start a new job to train further")
        with self._start_lock:
            self._check_running()
            (job.folder / STATUS_FILE).unlink(missing_ok=True)  # the last run's final state; the new run writes its own
            self._launch(job, resume=True)
        return job

    def _launch(self, job: TrainingJob, *, resume: bool) -> None:
        info = job.info()
        settings = info["settings"]
        command = trainer_command(job.config_path.resolve(), info["processes"],
                                  mixed_precision=str(settings.get("train", {}).get("mixed_precision") or "no"),
                                  python=info.get("python", self.python), trainer=info.get("trainer", self.trainer))
        command += ["--resume"] if resume else []
        env = {**os.environ, **info.get("env", {}), "PYTHONUNBUFFERED": "1",
               "TORCH_ELASTIC_SHUTDOWN_TIMEOUT": str(int(info["grace_s"])),
               "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
        fresh = {"command": command, "pid": None, "exit_code": None, "final": None, "killed": False,
                 "stop_requested": None, "launches": int(info.get("launches", 0)) + 1}
        try:
            with (job.folder / STDOUT_FILE).open("ab") as log:
                process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                           stderr=subprocess.STDOUT, start_new_session=True)
        except OSError as exc:
            message = f"could not start the trainer ({' '.join(command[:3])} …): {exc}"
            job._update_info(**{**fresh, "final": {"state": "failed", "error": message}})
            raise JobError(message) from None
        job._attach(process)
        job._update_info(**{**fresh, "pid": process.pid})

    @staticmethod
    def _check_groups(settings: dict[str, dict[str, Any]]) -> None:
        path = settings.get("data", {}).get("groups")
        if not path:
            raise JobError("no preference groups: give the groups.jsonl file (or its folder) under data.groups")
        try:
            groups = read_groups(Path(path).expanduser(), check_videos=True)
        except GroupFormatError as exc:
            raise JobError(f"preference groups: {exc}") from None
        if not groups:
            raise JobError(f"{groups_path(Path(path).expanduser())} holds no groups: add some before training")

    def jobs(self) -> list[TrainingJob]:
        """Every job folder under ``root`` (the studio's, and trainer runs started elsewhere), newest first."""
        if not self.root.is_dir():
            return []
        folders = [p for p in self.root.iterdir() if _is_job_folder(p)]
        folders.sort(key=lambda p: (_started_at(p), p.name), reverse=True)
        return [self._job(folder) for folder in folders]

    def get(self, job_id: str) -> TrainingJob:
        if not job_id or "/" in job_id or "\\" in job_id or job_id in (".", "..") or not is_within(self.root, job_id):
            raise JobError(f"no training job {job_id!r} under {self.root}")
        folder = self.root / job_id
        if not _is_job_folder(folder):
            raise JobError(f"no training job {job_id!r} under {self.root}")
        return self._job(folder)

    def _job(self, folder: Path) -> TrainingJob:
        """One TrainingJob object per folder, so the process handle and the metrics reader are shared."""
        with self._lock:
            job = self._jobs.get(folder.name)
            if job is None:
                job = self._jobs[folder.name] = TrainingJob(folder)
            return job


def _is_job_folder(folder: Path) -> bool:
    return (folder / JOB_FILE).is_file() or (folder / STATUS_FILE).is_file()


def _started_at(folder: Path) -> float:
    """When the studio created the job; for an external run, its last status update (the best date it has)."""
    created = (_read_json(folder / JOB_FILE) or {}).get("created")
    if created:
        return datetime.fromisoformat(created).timestamp()
    try:
        return (folder / STATUS_FILE).stat().st_mtime
    except OSError:
        return 0.0


def _absolute_paths(settings: dict[str, dict[str, Any]]) -> None:
    """Paths the user typed are relative to the studio's folder; the trainer runs elsewhere."""
    data = settings.get("data", {})
    for key in ("groups", "cache_dir"):
        if data.get(key):
            data[key] = str(Path(data[key]).expanduser().resolve())
    model = settings.get("model", {})
    base = model.get("base")
    if base and Path(base).expanduser().exists():
        model["base"] = str(Path(base).expanduser().resolve())


MAX_UPLOAD_MEMBERS = 20_000  # a data folder of a few thousand groups: groups.jsonl plus a few videos per group
MAX_UNPACK_BYTES = 8 * 2**30  # a realistic data folder; bigger ones are put on the server and typed as a path
UPLOAD_QUOTA_BYTES = 20 * 2**30  # all uploads together
MAX_UNPACK_RATIO = 100  # videos barely compress and JSON about 10×; a zip bomb is thousands of times
_COPY_CHUNK = 1 << 20


@dataclass(frozen=True)
class UploadLimits:
    """What one upload may unpack to, and what all uploads together may hold on disk."""

    max_members: int = MAX_UPLOAD_MEMBERS
    max_unpack_bytes: int = MAX_UNPACK_BYTES
    quota_bytes: int = UPLOAD_QUOTA_BYTES
    max_ratio: float = MAX_UNPACK_RATIO


def readable_size(n: float) -> str:
    for unit in ("bytes", "KiB", "MiB"):
        if abs(n) < 1024:
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.2f} GiB"


def folder_bytes(folder: Path) -> int:
    """Bytes of the regular files under ``folder`` (symlinks are not followed)."""
    total = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            try:
                total += os.lstat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return total


def import_groups_upload(upload: Path | str, into: Path | str, limits: UploadLimits = UploadLimits()) -> Path:
    """Put an uploaded groups file (``.jsonl``) or data folder (``.zip`` with groups.jsonl and its videos)
    under ``into`` and return the groups file's path, checked with ``read_groups``.

    ``into`` is a new folder inside the uploads folder (its parent), whose total size is the quota. An upload
    that is refused for any reason leaves nothing behind.
    """
    upload, into = Path(upload), Path(into)
    if into.exists():
        raise JobError(f"upload folder {into} already exists")
    used = folder_bytes(into.parent) if into.parent.is_dir() else 0
    room = min(limits.max_unpack_bytes, limits.quota_bytes - used)
    into.mkdir(parents=True)
    try:
        target = _unpack_upload(upload, into, limits, room, used)
        try:
            groups = read_groups(target, check_videos=True)
        except GroupFormatError as exc:
            hint = (" — a lone .jsonl only works when its video paths are absolute; upload a .zip of the whole data "
                    "folder (groups.jsonl with its videos) or type the folder's path" if "not found" in str(exc) else "")
            raise JobError(f"uploaded groups: {exc}{hint}") from None
        if upload.suffix.lower() == ".zip":
            for group in groups:
                for member in group.members:
                    try:
                        within(into, member.video)
                    except PathEscape:
                        raise JobError(f"uploaded groups: group {group.group_id!r} names the video {member.video}, "
                                       "outside the uploaded folder; an uploaded data folder may only use its own "
                                       "videos (paths relative to groups.jsonl)") from None
    except BaseException:
        shutil.rmtree(into, ignore_errors=True)
        raise
    return target


def _unpack_upload(upload: Path, into: Path, limits: UploadLimits, room: int, used: int) -> Path:
    gib = readable_size
    size = upload.stat().st_size
    if size > room:
        raise JobError(f"{upload.name} is {gib(size)} but uploads may hold only {gib(max(room, 0))} more (the quota is "
                       f"{gib(limits.quota_bytes)} in all, {gib(used)} used; one upload unpacks to at most "
                       f"{gib(limits.max_unpack_bytes)}): put a bigger data folder on the server and type its path")
    if upload.suffix.lower() == ".jsonl":
        shutil.copyfile(upload, into / GROUPS_FILE)
        return into / GROUPS_FILE
    if upload.suffix.lower() != ".zip":
        raise JobError(f"{upload.name}: upload a groups .jsonl file or a .zip of the data folder")
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            if len(members) > limits.max_members:
                raise JobError(f"{upload.name} holds {len(members)} files; the limit is {limits.max_members} "
                               "(put a bigger data folder on the server and type its path)")
            if unpacked > room:
                raise JobError(f"{upload.name} unpacks to {gib(unpacked)}; uploads may hold only {gib(max(room, 0))} "
                               f"more (one upload: at most {gib(limits.max_unpack_bytes)}, all uploads: "
                               f"{gib(limits.quota_bytes)}, {gib(used)} used): put a bigger data folder on the server "
                               "and type its path")
            if unpacked > limits.max_ratio * max(size, 1) and unpacked > 2**20:
                raise JobError(f"{upload.name} unpacks to {unpacked / max(size, 1):.0f} times its size (the limit is "
                               f"{limits.max_ratio:g}×): refused as a zip bomb")
            for member in members:
                if member.filename.startswith(("/", "\\")) or ".." in Path(member.filename.replace("\\", "/")).parts:
                    raise JobError(f"{upload.name}: entry {member.filename!r} points outside the archive's folder "
                                   "(absolute or '..' paths are refused)")
                within(into, member.filename)
            written = 0
            for member in members:
                destination = within(into, member.filename)
                if member.is_dir():
                    destination.mkdir(parents=True, exist_ok=True)
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(member) as source, open(destination, "wb") as sink:
                    while chunk := source.read(_COPY_CHUNK):
                        written += len(chunk)
                        if written > unpacked or written > room:  # sizes the archive declared were false
                            raise JobError(f"{upload.name} unpacks to more than it declares: refused")
                        sink.write(chunk)
    except zipfile.BadZipFile as exc:
        raise JobError(f"{upload.name} is not a readable zip file: {exc}") from None
    except PathEscape as exc:
        raise JobError(f"{upload.name}: {exc}") from None
    found = sorted(into.rglob(GROUPS_FILE), key=lambda p: len(p.parts))
    if not found:
        raise JobError(f"{upload.name} holds no {GROUPS_FILE}: zip the data folder that PhyAugPipe or the arena wrote")
    return found[0]
