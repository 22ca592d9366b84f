"""Processes of a training job: is a pid still ours, which processes run below it, a free port, a log's end.

Linux-first (``/proc``), with a portable fallback where one exists. No job logic here.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path


def pid_runs_file(pid: int, config: Path) -> bool:
    """Is ``pid`` alive and still running with ``config`` on its command line (not a recycled pid)?

    Linux reads /proc; elsewhere a signal 0 probe.
    """
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


def descendants(pid: int) -> list[int]:
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


def free_port() -> int:
    """A TCP port free on this machine now (for a launcher's rendezvous)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
