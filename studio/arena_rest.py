"""The arena's voting API as plain JSON routes on the studio's own server, and the one route that serves
arena videos.

Gradio's named endpoints (/arena_pair, /arena_vote, /leaderboard) carry its event protocol and per-session
state, which costs far more CPU per call than the vote itself (a short database transaction). Live arena
sessions with many voters, and replicas behind a load balancer, use these lean routes instead; both paths
share the store and the voter tokens, so a voter is the same either way.

    POST /api/arena/pair         {"voter": "", "category": ""}     → voter, token, prompt, A/B URLs, vote_after_s
    POST /api/arena/vote         {"voter": "...", "token": "...", "choice": "A", "reasons": []}
    GET  /api/arena/video/<token>/<A|B>                              the pair's videos, for its token only
    GET  /api/arena/leaderboard  ?category=&reason=
The server issues voters: a pair asked for without a voter token (or cookie) comes with a new one, sent back
as "voter" and as an HttpOnly cookie; later calls pass either. Errors come back as HTTP 4xx with
{"error": "<what to do>"}; a rate-limited or too early vote also carries "wait_s".
"""

from __future__ import annotations

import os
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from pipelines.arena import ArenaError, DuplicateVote, InvalidToken, NoPairAvailable, RateLimited
from pipelines.arena.identity import MAX_VOTER_TOKEN, VOTER_COOKIE
from pipelines.services import Services

from .arena_board import leaderboard_rows
from .arena_tab import PREFIX, pair_answer, public_vote, voter_for

VoterToken = Annotated[str, Field(max_length=MAX_VOTER_TOKEN)]
VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}


Label = Annotated[str, Field(max_length=200)]  # categories, choices and reason tags are short names


class PairRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # an old client's own "session_id" is refused, not silently ignored

    voter: VoterToken = ""
    category: Label = ""


class VoteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    voter: VoterToken = ""
    token: str = Field(min_length=1, max_length=64)
    choice: str = Field(max_length=16)
    reasons: list[Annotated[str, Field(max_length=64)]] = Field(default=[], max_length=16)


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

    def address(request: Request) -> str:
        return services.arena_client_address(request.client.host if request.client else None, request.headers)

    # Plain ``def`` routes run in the server's thread pool: the store serialises what must be serialised.
    @router.post("/pair")
    def pair(body: PairRequest, request: Request):
        try:
            voter, issued_token = voter_for(services, body.voter or request.cookies.get(VOTER_COOKIE, ""))
            issued = services.arena_store().next_pair(voter, category=body.category or None,
                                                      client_address=address(request))
        except ArenaError as exc:
            return _error(exc)
        answer = JSONResponse(pair_answer(issued_token or body.voter or request.cookies.get(VOTER_COOKIE), issued))
        if issued_token:
            answer.set_cookie(VOTER_COOKIE, issued_token, max_age=365 * 24 * 3600, path=PREFIX, httponly=True,
                              samesite="lax")
        return answer

    @router.post("/vote")
    def vote(body: VoteRequest, request: Request):
        token = body.voter or request.cookies.get(VOTER_COOKIE, "")
        try:
            if not token:
                raise InvalidToken("this vote names no voter: send the 'voter' token /api/arena/pair gave you")
            voter, _ = voter_for(services, token)
            result = services.arena_store().vote(voter, body.token, body.choice, body.reasons,
                                                 client_address=address(request))
        except ArenaError as exc:
            return _error(exc)
        return public_vote(result.to_dict())

    @router.get("/video/{token}/{side}")
    def video(token: str, side: str):
        """The only door to arena videos: the pair's token opens its two files, under no telling name."""
        try:
            path = services.arena_store().pair_video(token, side)
        except ArenaError as exc:
            return _error(exc)
        answer = FileResponse(path, media_type=VIDEO_TYPES.get(path.suffix.lower(), "application/octet-stream"),
                              stat_result=os.stat(path),
                              headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"})
        for header in ("etag", "last-modified"):  # both name the file: the same video would show the same tag
            del answer.headers[header]
        return answer

    @router.get("/leaderboard")
    def leaderboard(category: Annotated[str, Query(max_length=200)] = "",
                    reason: Annotated[str, Query(max_length=200)] = ""):
        try:
            rows, _ = leaderboard_rows(services, category, reason)
        except ArenaError as exc:
            return _error(exc)
        return [asdict(row) for row in rows]

    return router


def arena_app_kwargs(services: Services) -> dict:
    """``Blocks.launch(app_kwargs=...)`` entries that put the arena's routes in the app when it is made, ahead of
    gradio's own: they answer from the server's first request (added after launch, a vote in the first moments
    got a 404), and a vote skips matching its path against every gradio route (a tenth of a vote's CPU). Only
    ``/api/arena/...`` paths are routed here."""
    return {"routes": list(arena_router(services).routes)}
