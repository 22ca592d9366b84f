"""Training jobs started from the studio: each job is a trainer subprocess and a folder.

The studio never trains in its own process. A job is ``python -m pipelines train --config train.toml``
(``accelerate launch`` when it uses several processes) in a session of its own, so the UI stays
responsive, a job outlives a page reload or a studio restart, and Stop reaches every process of it.
Everything a job knows lives in its folder — the trainer's ``status.json``, ``metrics.csv`` and
``train.log``, our ``stdout.log`` and ``job.json`` — so a past job is listed and read the same way
as a running one.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.paths import is_within
from ..core.toml_file import TomlValueError, toml_text
from .groups import GroupFormatError, groups_path, read_groups
from .processes import descendants, free_port, pid_runs_file, tail_lines
from .run_files import METRICS_FILE, STATUS_FILE, MetricsReader, write_json_atomic

REPO_ROOT = Path(__file__).resolve().parents[2]
TRAINER_ARGS = ("-m", "pipelines", "train")  # what follows `python` (or `accelerate launch`) to run the trainer
CONFIG_FILE = "train.toml"
RESOLVED_CONFIG_FILE = "config.resolved.toml"  # what the trainer saves of the config it ran with
JOB_FILE = "job.json"
STDOUT_FILE = "stdout.log"
FINAL_STATES = ("done", "failed", "stopped")
DEFAULT_GRACE_S = 120.0  # a checkpoint of a 14B model's LoRA + optimiser state can take a minute to write
LOG_LINES_ON_FAILURE = 15


class JobError(PhyStudioError, ValueError):
    """A job cannot be started or found; the message says what to change."""


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
            write_json_atomic(self.folder / JOB_FILE, info)

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
        return isinstance(pid, int) and pid_runs_file(pid, self.config_path)

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
            return process.poll() is None if process is not None else pid_runs_file(pid, self.config_path)

        deadline = time.monotonic() + grace_s
        while time.monotonic() < deadline:
            if not alive():
                return
            time.sleep(0.2)
        stragglers = descendants(pid) if Path("/proc/self").exists() else []
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
        candidates.append(self.folder / "lora")
        return next((path for path in candidates if path.is_dir() and any(path.iterdir())), None)


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
            "--main_process_port", str(main_process_port or free_port()), *tail]


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
        try:
            text = toml_text(settings, finite_only=True)
        except TomlValueError as exc:
            raise JobError(str(exc)) from None
        if self.check is not None:
            self.check(settings)
        env = launch_environment(processes)
        with self._start_lock:  # the count and the launch are one step, or two clicks could both pass the cap
            self._check_running()
            folder.mkdir(parents=True)
            (folder / CONFIG_FILE).write_text(text, encoding="utf-8")
            write_json_atomic(folder / JOB_FILE, {"job_id": job_id, "created": now.isoformat(),
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
