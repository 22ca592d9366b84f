"""Paths that come from user data (a row's ``video``, a zip entry, a job id) must stay inside their folder.

Joining is not enough: ``folder / "/etc/passwd"`` is ``/etc/passwd``, ``folder / "../x"`` climbs out, and a
symlink inside the folder can point anywhere. ``within`` resolves both sides (symlinks included) and refuses
what lands outside.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import PhyStudioError


class PathEscape(PhyStudioError, ValueError):
    """A path read from user data points outside the folder it belongs to."""


def within(root: str | Path, path: str | Path) -> Path:
    """``path`` (relative paths are taken from ``root``) resolved, if it is ``root`` or inside it.

    Raises PathEscape naming both otherwise: absolute paths elsewhere, ``..`` climbing out and symlinks whose
    target is outside all count. The path need not exist yet (a zip member about to be written).
    """
    base = Path(root).expanduser().resolve()
    text = os.fspath(path)
    if "\x00" in text:
        raise PathEscape(f"{text!r} holds a NUL character and cannot be a path inside {base}")
    resolved = (base / text).resolve()
    if resolved != base and base not in resolved.parents:
        raise PathEscape(f"{text!r} is outside {base}: only files inside that folder are read")
    return resolved


def is_within(root: str | Path, path: str | Path) -> bool:
    try:
        within(root, path)
    except PathEscape:
        return False
    return True
