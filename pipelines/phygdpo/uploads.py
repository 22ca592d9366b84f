"""Preference data uploaded through the Train tab: a groups.jsonl or a zipped data folder, unpacked within limits.

Every upload costs a bounded amount (members, unpacked bytes, ratio, a quota for all uploads together), no
archive entry or group video escapes the upload's folder, and a refused upload leaves nothing behind.
"""

from __future__ import annotations

import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..core.paths import PathEscape, within
from .groups import GROUPS_FILE, GroupFormatError, read_groups
from .jobs import JobError

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
