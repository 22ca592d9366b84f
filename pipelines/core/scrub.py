"""Keep API keys out of everything a user or a log reader sees.

Upstream servers sometimes echo the request (an ``Authorization`` header in an error body, or a model's answer
repeating it). ``scrub`` replaces the value of every registered secret variable with ``***`` and is applied at
each boundary where text leaves the process: backend errors and answers, run records written to disk, and log
records. Backends register the *name* of the variable that holds their key when they are built; values are
read at scrub time, so a key set or rotated after start-up is covered too.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from typing import Any

from .errors import PhyStudioError

MASK = "***"
MIN_SECRET_CHARS = 6  # shorter values would mask ordinary words; real keys are far longer
_names: set[str] = {"OPENAI_API_KEY", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "PHYSTUDIO_ADMIN_PASSWORD"}
_lock = threading.Lock()
_BEARER = re.compile(r"(?i)\b(bearer|api[-_]?key[\"']?\s*[:=]\s*[\"']?)\s*([A-Za-z0-9._~+/=-]{12,})")


def register_secret_env(name: str) -> None:
    """Treat the value of environment variable ``name`` as a secret from now on."""
    if name:
        with _lock:
            _names.add(name)


def _values() -> list[str]:
    with _lock:
        names = list(_names)
    values = {os.environ.get(name, "").strip() for name in names}
    return sorted((v for v in values if len(v) >= MIN_SECRET_CHARS), key=len, reverse=True)


def scrub(text: Any) -> Any:
    """``text`` with every known secret value, and any bearer token, replaced by ``***`` (non-strings unchanged)."""
    if not isinstance(text, str) or not text:
        return text
    for value in _values():
        if value in text:
            text = text.replace(value, MASK)
    return _BEARER.sub(lambda m: f"{m.group(1)} {MASK}" if m.group(1).lower() == "bearer" else m.group(1) + MASK, text)


def scrub_data(data: Any) -> Any:
    """A copy of a JSON-like structure (dicts, lists, strings) with every string scrubbed."""
    if isinstance(data, str):
        return scrub(data)
    if isinstance(data, dict):
        return {scrub(k) if isinstance(k, str) else k: scrub_data(v) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [scrub_data(v) for v in data]
    return data


class ScrubbedError(PhyStudioError, RuntimeError):
    """An error whose message may carry upstream text (an echoed header, a model's answer): scrubbed once,
    where it is raised, so every UI, API, record and log that shows it later shows the scrubbed text."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*(scrub(a) for a in args))


def install_log_scrubbing() -> None:
    """Scrub every log record as it is created, whichever logger or handler it goes through: the message is
    formatted with its arguments and any traceback rendered, both scrubbed. Installing twice is harmless."""
    factory = logging.getLogRecordFactory()
    if getattr(factory, "scrubs_secrets", False):
        return

    def scrubbed_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: leave it for the handler to report
            return record
        record.msg, record.args = scrub(message), None
        if record.exc_info:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return record

    scrubbed_record.scrubs_secrets = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(scrubbed_record)
