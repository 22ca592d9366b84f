"""Stop buttons: one cancel token per browser session, so Stop reaches that session's worker only."""

from __future__ import annotations

import threading

from pipelines.core.generation import CancelToken


class SessionStops:
    def __init__(self) -> None:
        self._tokens: dict[str, CancelToken] = {}
        self._lock = threading.Lock()

    def start(self, session: str | None) -> CancelToken:
        """A fresh token for a new run of ``session`` (a previous run's token is dropped)."""
        with self._lock:
            self._tokens[session or "anonymous"] = token = CancelToken()
            return token

    def stop(self, session: str | None) -> bool:
        with self._lock:
            token = self._tokens.get(session or "anonymous")
        if token is None:
            return False
        token.cancel()
        return True
