"""A refine loop's folder: ``loop.json``, one ``round-XX/`` per round, written atomically so a resume after a
crash never reads half a file; and why a folder without a loop file cannot be resumed."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.runs import RECORD_FILE
from .reasoning import RoundRecord

LOOP_FILE = "loop.json"
ROUND_FILE = "round.json"
VIDEO_FILE = "video.mp4"
INITIAL_LAYOUT_FILE = "initial_layout.json"
LOOP_FORMAT = 1


class LoopError(PhyStudioError, RuntimeError):
    """Bad loop settings, or a folder that cannot be started or resumed; the message says what to change."""


@dataclass
class LoopState:
    """A loop as the UI shows it: its rounds so far and how it ended (``status`` "running" until then)."""

    folder: Path
    prompt: str  # the user's original prompt
    settings: dict[str, Any]
    laws: dict[str, Any] | None = None
    rounds: list[RoundRecord] = field(default_factory=list)  # finished rounds, then possibly one failed/stopped
    status: str = "running"  # running | done | stopped | failed
    stop_reason: str = ""  # target_reached | no_improvement | max_rounds | cancelled | error
    stop_detail: str = ""
    error: str = ""
    backends: dict[str, str] = field(default_factory=dict)
    run_folder: str = ""
    created: str = ""
    has_initial_layout: bool = False
    notes: list[str] = field(default_factory=list)
    patience_from: int = 0  # the patience window starts at this round index (set when a finished loop is resumed)

    @property
    def finished(self) -> bool:
        return self.status != "running"

    @property
    def done_rounds(self) -> list[RoundRecord]:
        """The leading rounds that finished every stage (a resume keeps these and redoes the rest)."""
        done = []
        for position, record in enumerate(self.rounds):
            if record.status != "done" or record.index != position:
                break
            done.append(record)
        return done

    def best_round(self, key: str = "pc") -> RoundRecord | None:
        scored = [r for r in self.done_rounds if r.scores.get(key) is not None]
        return max(scored, key=lambda r: r.scores[key]) if scored else None

    def snapshot(self) -> LoopState:
        return dataclasses.replace(self, rounds=list(self.rounds), notes=list(self.notes))

    def to_dict(self) -> dict[str, Any]:
        """``loop.json``: everything but the rounds, which live in their own folders."""
        return {
            "format": LOOP_FORMAT, "prompt": self.prompt, "settings": self.settings, "laws": self.laws,
            "status": self.status, "stop_reason": self.stop_reason, "stop_detail": self.stop_detail,
            "error": self.error, "backends": self.backends, "run_folder": self.run_folder, "created": self.created,
            "has_initial_layout": self.has_initial_layout, "notes": self.notes,
            "patience_from": self.patience_from, "rounds_done": len(self.done_rounds),
        }


def round_folder(loop_folder: Path, index: int) -> Path:
    return Path(loop_folder) / f"round-{index:02d}"


def load_loop(folder: str | Path) -> LoopState:
    """Read a loop folder (finished, stopped, failed or still running) for the UI or a resume."""
    folder = Path(folder).resolve()
    try:
        data = json.loads((folder / LOOP_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        raise LoopError(_not_a_loop(folder)) from None
    except (OSError, ValueError) as exc:
        raise LoopError(f"cannot read {folder / LOOP_FILE}: {exc}") from None
    if data.get("format") != LOOP_FORMAT:
        raise LoopError(f"{folder / LOOP_FILE} has format {data.get('format')!r}; this build reads {LOOP_FORMAT}")
    rounds = []
    for path in sorted(folder.glob(f"round-*/{ROUND_FILE}")):
        try:
            rounds.append(round_from_json(json.loads(path.read_text(encoding="utf-8")), folder))
        except (OSError, ValueError, TypeError) as exc:
            raise LoopError(f"cannot read {path}: {exc}; delete that round folder to redo the round") from None
    rounds.sort(key=lambda r: r.index)
    return LoopState(folder=folder, prompt=data["prompt"], settings=data.get("settings") or {}, laws=data.get("laws"),
                     rounds=rounds, status=data.get("status", "running"), stop_reason=data.get("stop_reason", ""),
                     stop_detail=data.get("stop_detail", ""), error=data.get("error", ""),
                     backends=data.get("backends") or {}, run_folder=data.get("run_folder", ""),
                     created=data.get("created", ""), has_initial_layout=bool(data.get("has_initial_layout")),
                     notes=list(data.get("notes") or []), patience_from=int(data.get("patience_from") or 0))


def _not_a_loop(folder: Path) -> str:
    """Why ``folder`` (which has no loop file) cannot be resumed, and what to give instead."""
    if not folder.exists():
        return f"{folder} does not exist: give the folder of the refine loop to resume"
    if not folder.is_dir():
        return f"{folder} is not a folder: give the folder of the refine loop to resume"
    try:
        record = json.loads((folder / RECORD_FILE).read_text(encoding="utf-8"))
        kind, loop = record.get("kind"), (record.get("outputs") or {}).get("loop")
    except (OSError, ValueError, AttributeError):
        kind = loop = None
    if isinstance(kind, str) and kind != "refine":
        return f"{folder} is {'an' if kind[:1] in 'aeiou' else 'a'} {kind} run, not a refine loop"
    if kind == "refine" and isinstance(loop, str):
        return f"{folder} is the record of a refine run; its loop is in {folder / loop}: resume that folder"
    return f"{folder} has no {LOOP_FILE}: it is not a refine loop folder"


def plain(value: Any) -> Any:
    """JSON-safe copy (numpy scalars and arrays become numbers and lists), equal to what a reload gives."""
    return json.loads(json.dumps(value, default=_builtin))


def _builtin(value: Any) -> Any:
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return value.tolist()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def write_json(path: Path, data: Any) -> None:
    """Atomic: a reader (or a resume after a crash) never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2, default=_builtin), encoding="utf-8")
    os.replace(tmp, path)


def save_loop(state: LoopState) -> None:
    write_json(state.folder / LOOP_FILE, state.to_dict())


def save_round(loop_folder: Path, record: RoundRecord) -> None:
    data = dataclasses.asdict(record)
    if data["video_path"]:  # relative, so a moved loop folder still finds its videos
        data["video_path"] = os.path.relpath(data["video_path"], loop_folder)
    write_json(round_folder(loop_folder, record.index) / ROUND_FILE, data)


def round_from_json(data: dict[str, Any], loop_folder: Path) -> RoundRecord:
    if data.get("video_path"):
        data["video_path"] = str(Path(loop_folder) / data["video_path"])
    return RoundRecord(**data)
