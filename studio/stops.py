"""Stop buttons: one cancel token per browser session, so Stop reaches that session's worker only."""

from __future__ import annotations

import threading

from pipelines.core.generation import CancelToken


class SessionStops:
    def __init__(self, max_sessions: int = 10_000) -> None:
        self._tokens: dict[str, CancelToken] = {}
        self._lock = threading.Lock()
        self._max = max_sessions  # a long-running public studio sees many sessions: keep the newest runs only

    def start(self, session: str | None) -> CancelToken:
        """A fresh token for a new run of ``session`` (a previous run's token is dropped)."""
        key = session or "anonymous"
        with self._lock:
            self._tokens.pop(key, None)  # re-inserted last: the dict's order is the order of the runs
            self._tokens[key] = token = CancelToken()
            while len(self._tokens) > self._max:
                del self._tokens[next(iter(self._tokens))]
            return token

    def finish(self, session: str | None, token: CancelToken) -> None:
        """``token``'s run ended: a later Stop must say nothing is running rather than promise a stop."""
        key = session or "anonymous"
        with self._lock:
            if self._tokens.get(key) is token:
                del self._tokens[key]

    def stop(self, session: str | None) -> bool:
        with self._lock:
            token = self._tokens.get(session or "anonymous")
        if token is None:
            return False
        token.cancel()
        return True
