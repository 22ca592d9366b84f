"""Preference groups: the one file format that PhyAugPipe, the arena export and the trainer share.

A group is one prompt with one preferred video (the winner: a real video, or the arena's choice) and the dispreferred videos (the
losers) with the physics judge's scores that drive PhyGDPO's physics-guided rewarding. PhyGDPO needs at least one loser per group;
SFT and ProPhy train on the winner alone, so a group without losers is valid for them. The winner's ``meta["physics"]`` may hold
where its physics happens (``pipelines/prophy/supervision.py``), which ProPhy trains on. Groups live in a JSON Lines file; video
paths are stored relative to that file's folder so a data folder can be moved or copied to another machine whole.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..core.errors import PhyStudioError

GROUP_FORMAT_VERSION = 1
GROUPS_FILE = "groups.jsonl"


class GroupFormatError(PhyStudioError, ValueError):
    """A groups file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class GroupMember:
    """One video in a group. ``sa``/``pc`` are judge scores normalised to [0, 1] (None = not scored)."""

    video: Path
    sa: float | None = None
    pc: float | None = None
    source: str = "generated"  # "real", "generated" or "arena"
    variant: str | None = None
    seed: int | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("sa", "pc"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
                raise GroupFormatError(f"{name} must be a number in [0, 1] (normalise judge scores first), got {value!r}")

    @property
    def violation(self) -> float | None:
        """v = 1 − (SA + PC)/2, the physics-violation score of PhyGDPO's rewarding (Eq. 10)."""
        if self.sa is None or self.pc is None:
            return None
        return 1.0 - (self.sa + self.pc) / 2.0


@dataclass(frozen=True)
class PreferenceGroup:
    group_id: str
    prompt: str
    winner: GroupMember
    losers: tuple[GroupMember, ...]
    category: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.prompt.strip():
            raise GroupFormatError(f"group {self.group_id!r} has an empty prompt")

    @property
    def members(self) -> tuple[GroupMember, ...]:
        return (self.winner, *self.losers)


def _member_to_json(member: GroupMember, base: Path) -> dict[str, Any]:
    video = Path(member.video)
    try:
        stored = os.path.relpath(video.resolve(), base.resolve())
    except ValueError:  # another drive on Windows
        stored = str(video.resolve())
    out: dict[str, Any] = {"video": Path(stored).as_posix(), "sa": member.sa, "pc": member.pc, "source": member.source}
    if member.variant is not None:
        out["variant"] = member.variant
    if member.seed is not None:
        out["seed"] = member.seed
    if member.meta:
        out["meta"] = member.meta
    return out


def _member_from_json(data: Any, base: Path, where: str) -> GroupMember:
    if not isinstance(data, dict) or not isinstance(data.get("video"), str):
        raise GroupFormatError(f"{where}: a member needs a 'video' path, got {data!r}")
    video = Path(data["video"])
    return GroupMember(
        video=video if video.is_absolute() else Path(os.path.normpath(base / video)),
        sa=data.get("sa"),
        pc=data.get("pc"),
        source=str(data.get("source", "generated")),
        variant=data.get("variant"),
        seed=data.get("seed"),
        meta=dict(data.get("meta") or {}),
    )


def group_to_json(group: PreferenceGroup, base: Path) -> dict[str, Any]:
    return {
        "version": GROUP_FORMAT_VERSION,
        "group_id": group.group_id,
        "prompt": group.prompt,
        "category": group.category,
        "winner": _member_to_json(group.winner, base),
        "losers": [_member_to_json(loser, base) for loser in group.losers],
        "meta": group.meta,
    }


def group_from_json(data: Any, base: Path, where: str = "group") -> PreferenceGroup:
    if not isinstance(data, dict):
        raise GroupFormatError(f"{where}: expected a JSON object, got {type(data).__name__}")
    version = data.get("version", GROUP_FORMAT_VERSION)
    if version != GROUP_FORMAT_VERSION:
        raise GroupFormatError(f"{where}: group format version {version} is not supported (this build reads "
                               f"{GROUP_FORMAT_VERSION})")
    for key in ("group_id", "prompt", "winner", "losers"):
        if key not in data:
            raise GroupFormatError(f"{where}: missing '{key}'")
    if not isinstance(data["losers"], list):
        raise GroupFormatError(f"{where}: 'losers' must be a list")
    try:
        return PreferenceGroup(
            group_id=str(data["group_id"]),
            prompt=str(data["prompt"]),
            category=data.get("category"),
            winner=_member_from_json(data["winner"], base, f"{where} winner"),
            losers=tuple(_member_from_json(m, base, f"{where} loser {i}") for i, m in enumerate(data["losers"])),
            meta=dict(data.get("meta") or {}),
        )
    except GroupFormatError as error:
        raise GroupFormatError(f"{where}: {error}") from None


def groups_path(path: Path | str) -> Path:
    """Accept either a groups file (``*.jsonl``) or the folder holding ``groups.jsonl``."""
    path = Path(path)
    return path / GROUPS_FILE if path.is_dir() or not path.suffix else path


def read_groups(path: Path | str, *, check_videos: bool = True) -> list[PreferenceGroup]:
    file = groups_path(path)
    if not file.exists():
        raise GroupFormatError(f"no groups file at {file}")
    groups: list[PreferenceGroup] = []
    seen: set[str] = set()
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{file}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise GroupFormatError(f"{where}: not JSON ({error.msg})") from None
        group = group_from_json(data, file.parent, where)
        if group.group_id in seen:
            raise GroupFormatError(f"{where}: group id {group.group_id!r} appears twice")
        seen.add(group.group_id)
        if check_videos:
            missing = [str(m.video) for m in group.members if not Path(m.video).exists()]
            if missing:
                raise GroupFormatError(f"{where}: video file(s) not found: {', '.join(missing)}")
        groups.append(group)
    return groups


def write_groups(path: Path | str, groups: Iterable[PreferenceGroup], *, append: bool = False) -> Path:
    """Write (or append) groups; a fresh write goes through a temporary file so readers never see half a file."""
    file = groups_path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(group_to_json(g, file.parent), ensure_ascii=False) + "\n" for g in groups]
    if append:
        with file.open("a", encoding="utf-8") as handle:
            handle.writelines(lines)
        return file
    temporary = file.with_suffix(file.suffix + ".tmp")
    temporary.write_text("".join(lines), encoding="utf-8")
    os.replace(temporary, file)
    return file
