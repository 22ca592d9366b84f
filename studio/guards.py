"""Request guards on the studio's web server: what one client may cost, and clean failures.

* a body-size cap on every request except file uploads (those have their own quota), checked on the declared
  length and again on the bytes actually received;
* fairness in the GPU queue: a session (a browser tab, or one API client) may have at most
  ``limits.session_queue`` GPU jobs waiting, so one visitor cannot fill the queue in front of others (gradio
  shows each waiting job its position); since a script can open any number of sessions, one client address
  may have at most ``limits.address_queue`` waiting, across all its sessions. The address is the TCP peer, or
  behind a proxy listed in ``arena.trusted_proxies`` the client it forwarded for (the arena's rule); behind
  an unlisted proxy every visitor has the proxy's address and they share that one allowance;
* validation errors that repeat at most ``limits.max_echo_chars`` characters of the offending value;
* a database outage answered with 503 and a JSON error instead of a bare 500.

All are installed through ``app_kwargs`` of ``Blocks.launch``, before the app starts.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.middleware import Middleware

from pipelines.core.limits import Limits, echo

log = logging.getLogger(__name__)
GPU_QUEUE = "gpu"  # the concurrency_id of every event handler that runs a model
_QUEUE_JOIN = "/queue/join"


class _TooLarge(Exception):
    pass


AddressOf = Callable[[str | None, Mapping[str, str]], str]  # (TCP peer, headers) → the client's address


def peer_address(peer: str | None, headers: Mapping[str, str]) -> str:
    """No proxy trusted: the TCP peer is the client."""
    return peer or ""


class RequestGuard:
    """Pure ASGI middleware: body-size cap and per-session and per-address GPU-queue fairness."""

    def __init__(self, app, limits: Limits, blocks: Callable[[], Any] | None = None,
                 address_of: AddressOf = peer_address) -> None:
        self.app = app
        self.limits = limits
        self.max_bytes = limits.max_request_kb * 1024
        self.blocks = blocks or (lambda: None)
        self.address_of = address_of
        # GPU joins admitted whose push into gradio's queue has not answered yet, per session and per address
        self._joining: dict[str, int] = {}
        self._joining_from: dict[str, int] = {}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        path: str = scope.get("path", "")
        if path.rstrip("/").endswith("/upload"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(send)
        try:
            body = await self._read(receive)
        except _TooLarge:
            return await self._too_large(send)
        session = address = None
        if path.endswith(_QUEUE_JOIN):
            session = self._gpu_session(body)
            if session is not None:
                client = scope.get("client")
                address = self.address_of(client[0] if client else None, Headers(scope=scope))
                # checked and counted with no await in between: concurrent joins cannot all slip through
                queue = self.blocks()._queue
                refusal = gpu_jobs_refusal(queue, session, self.limits.session_queue,
                                           joining=self._joining.get(session, 0)) or \
                    address_jobs_refusal(queue, address, self.limits.address_queue, self.address_of,
                                         joining=self._joining_from.get(address, 0))
                if refusal:
                    response = JSONResponse({"detail": refusal, "error": refusal}, status_code=429)
                    return await response(scope, receive, send)
                self._joining[session] = self._joining.get(session, 0) + 1
                self._joining_from[address] = self._joining_from.get(address, 0) + 1
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        try:
            return await self.app(scope, replay, send)
        finally:
            if session is not None:  # the join has answered: its job is in gradio's queue (or done) now
                for counts, key in ((self._joining, session), (self._joining_from, address)):
                    counts[key] -= 1
                    if not counts[key]:
                        del counts[key]

    async def _read(self, receive) -> bytes:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _TooLarge()  # nothing left to answer; treat like a refused body
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise _TooLarge()
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)

    async def _too_large(self, send) -> None:
        message = (f"the request body is over the limit of {self.limits.max_request_kb} KB (limits.max_request_kb); "
                   "send files as uploads")
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": json.dumps({"detail": message, "error": message}).encode()})

    def _gpu_session(self, body: bytes) -> str | None:
        """The session of a queue/join for a GPU handler (None: not one, or a malformed join gradio answers)."""
        blocks = self.blocks()
        if getattr(blocks, "_queue", None) is None:
            return None
        try:
            data = json.loads(body)
            fn = blocks.fns[int(data["fn_index"])]
            session = str(data["session_hash"])
        except (ValueError, KeyError, TypeError):
            return None
        return session if fn.concurrency_id == GPU_QUEUE else None


def gpu_jobs_refusal(queue: Any, session: str, allowed: int, joining: int = 0) -> str | None:
    """A message when ``session`` already has ``allowed`` GPU jobs waiting in gradio's ``queue``.

    Only waiting jobs count: one job runs at a time anyway (the GPU handlers share one concurrency slot), and a
    chained step (generate, then score) may join while its predecessor is still being wrapped up.
    """
    waiting = getattr(queue.event_queue_per_concurrency_id.get(GPU_QUEUE), "queue", [])
    mine = joining + sum(1 for event in waiting if event.session_hash == session and not event.closed)
    if mine < allowed:
        return None
    return (f"this session already has {mine} GPU job(s) waiting in the queue; the limit is {allowed} "
            "(limits.session_queue): wait for it to start or press Stop")


def address_jobs_refusal(queue: Any, address: str, allowed: int, address_of: AddressOf,
                         joining: int = 0) -> str | None:
    """A message when the client ``address`` already has ``allowed`` GPU jobs waiting, over all its sessions.
    Each waiting job's address comes from the request that queued it, by the same rule as the new one's."""
    waiting = getattr(queue.event_queue_per_concurrency_id.get(GPU_QUEUE), "queue", [])
    mine = joining
    for event in waiting:
        request = getattr(event, "request", None)
        if event.closed or request is None:
            continue
        client = getattr(request, "client", None)
        if address_of(client.host if client else None, request.headers) == address:
            mine += 1
    if mine < allowed:
        return None
    return (f"your network address already has {mine} GPU job(s) waiting in the queue; the limit is {allowed} "
            "(limits.address_queue): wait for one of them to start")


def app_kwargs(limits: Limits, blocks: Callable[[], Any] | None = None,
               address_of: AddressOf = peer_address) -> dict[str, Any]:
    """Keyword arguments for ``Blocks.launch(app_kwargs=...)``: the guard middleware and error handlers."""
    from sqlalchemy.exc import DBAPIError

    async def short_validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = []
        for error in exc.errors():
            error = dict(error)
            if "input" in error:
                error["input"] = echo(error["input"], limits.max_echo_chars)
            error.pop("ctx", None)
            details.append(error)
        first = details[0] if details else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        summary = f"{where}: {first.get('msg', 'invalid value')}" if where else first.get("msg", "invalid request")
        return JSONResponse({"detail": details, "error": summary}, status_code=422)

    async def database_unavailable(request: Request, exc: DBAPIError) -> JSONResponse:
        log.warning("database unavailable for %s %s: %s", request.method, request.url.path,
                    str(exc.orig or exc).splitlines()[0][:300])
        return JSONResponse({"error": "the arena database is unavailable right now; try again in a few seconds"},
                            status_code=503, headers={"Retry-After": "5"})

    return {"middleware": [Middleware(RequestGuard, limits=limits, blocks=blocks, address_of=address_of)],
            "exception_handlers": {RequestValidationError: short_validation_error, DBAPIError: database_unavailable}}
