"""Checks on what callers hand the arena store: session ids, client addresses, names and pool videos,
each refused with a message that names the bad value."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from .records import MAX_CLIENT_ADDRESS, MAX_SESSION_ID, UNKNOWN_ADDRESS, InvalidVote, PoolImportError, PoolVideo


def clean_name(value: Any, what: str) -> str:
    name = str(value or "").strip()
    if not name or len(name) > 200:
        raise PoolImportError(f"the {what} must be 1–200 characters, got {value!r}")
    return name


def check_session(session_id: Any) -> str:
    if not isinstance(session_id, str) or not session_id.strip() or len(session_id) > MAX_SESSION_ID \
            or not session_id.isprintable():
        raise InvalidVote(f"a session id must be a printable string of 1–{MAX_SESSION_ID} characters, got {session_id!r}")
    return session_id


def check_address(address: Any) -> str:
    """A client address as counted and stored (the caller resolves proxies); none: one shared bucket."""
    if address is None or address == "":
        return UNKNOWN_ADDRESS
    if not isinstance(address, str) or len(address) > MAX_CLIENT_ADDRESS or not address.isprintable():
        raise InvalidVote(f"a client address must be a printable string of at most {MAX_CLIENT_ADDRESS} characters")
    return address


def video_row(video: PoolVideo) -> dict[str, Any]:
    path = Path(video.video).expanduser()
    if not path.is_file():
        raise PoolImportError(f"video file not found: {path}")
    if not str(video.prompt or "").strip():
        raise PoolImportError(f"{path}: the prompt is empty (pairs are formed by prompt)")
    for name in ("sa", "pc"):
        value = getattr(video, name)
        if value is not None and not (isinstance(value, (int, float)) and math.isfinite(value) and 0.0 <= value <= 1.0):
            raise PoolImportError(f"{path}: {name} must be in [0, 1] (normalise judge scores first), got {value!r}")
    try:
        record = json.loads(json.dumps(video.record or {}, default=str))
    except (TypeError, ValueError) as exc:
        raise PoolImportError(f"{path}: the run record is not JSON-able ({exc})") from None
    return {"path": str(path.resolve()), "prompt": str(video.prompt).strip(),
            "variant": clean_name(video.variant, f"variant of {path}"),
            "seed": None if video.seed is None else int(video.seed), "category": video.category or None,
            "sa": None if video.sa is None else float(video.sa), "pc": None if video.pc is None else float(video.pc),
            "judge_id": video.judge_id or None, "record": record}
