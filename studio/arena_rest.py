"""The arena's voting API as plain JSON routes on the studio's own server.

Gradio's named endpoints (/arena_pair, /arena_vote, /leaderboard) carry its event protocol and per-session
state, which costs far more CPU per call than the vote itself (a short database transaction). Live arena
sessions with many voters, and replicas behind a load balancer, use these lean routes instead; both paths
share the store, the blind file serving and the session namespace, so a voter is the same either way.

    POST /api/arena/pair         {"session_id": "...", "category": ""}             → token, prompt, files A/B
    POST /api/arena/vote         {"session_id": "...", "token": "...", "choice": "A", "reasons": []}
    GET  /api/arena/leaderboard  ?category=&reason=
Errors come back as HTTP 4xx with {"error": "<what to do>"}; a rate-limited vote also carries "wait_s".
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from pipelines.arena import ArenaError, DuplicateVote, InvalidToken, NoPairAvailable, RateLimited
from pipelines.arena.store import MAX_SESSION_ID
from pipelines.services import Services

from .arena_tab import API_SESSION, leaderboard_rows, public_vote, served_copy
from .compare_tab import file_url

PREFIX = "/api/arena"


# The store's limit, less the "api:" namespace; at least one visible character (blank ids would all be one voter).
SessionId = Annotated[str, Field(min_length=1, max_length=MAX_SESSION_ID - len(API_SESSION), pattern=r"\S")]


Label = Annotated[str, Field(max_length=200)]  # categories, choices and reason tags are short names


class PairRequest(BaseModel):
    session_id: SessionId
    category: Label = ""


class VoteRequest(BaseModel):
    session_id: SessionId
    token: str = Field(min_length=1, max_length=200)
    choice: Label
    reasons: Annotated[list[Label], Field(max_length=20)] = []


def _status(exc: ArenaError) -> int:
    if isinstance(exc, RateLimited):
        return 429
    if isinstance(exc, DuplicateVote):
        return 409
    if isinstance(exc, NoPairAvailable):
        return 404
    if isinstance(exc, InvalidToken):
        return 403
    return 400


def _error(exc: ArenaError) -> JSONResponse:
    body: dict = {"error": str(exc)}
    if isinstance(exc, RateLimited):
        body["wait_s"] = exc.wait_s
    return JSONResponse(body, status_code=_status(exc))


def arena_router(services: Services) -> APIRouter:
    router = APIRouter(prefix=PREFIX, tags=["arena"])

    # Plain ``def`` routes run in the server's thread pool: the store serialises what must be serialised.
    @router.post("/pair")
    def pair(request: PairRequest):
        try:
            issued = services.arena_store().next_pair(API_SESSION + request.session_id.strip(),
                                                      category=request.category or None)
            a = served_copy(services, issued.left_video, issued.token, "A")
            b = served_copy(services, issued.right_video, issued.token, "B")
        except ArenaError as exc:
            return _error(exc)
        return {"token": issued.token, "prompt": issued.prompt, "category": issued.category,
                "A": file_url(a), "B": file_url(b)}

    @router.post("/vote")
    def vote(request: VoteRequest):
        try:
            result = services.arena_store().vote(API_SESSION + request.session_id.strip(), request.token,
                                                 request.choice, request.reasons)
        except ArenaError as exc:
            return _error(exc)
        return public_vote(result.to_dict())

    @router.get("/leaderboard")
    def leaderboard(category: Annotated[str, Query(max_length=200)] = "",
                    reason: Annotated[str, Query(max_length=200)] = ""):
        try:
            rows, _ = leaderboard_rows(services, category, reason)
        except ArenaError as exc:
            return _error(exc)
        return [asdict(row) for row in rows]

    return router
