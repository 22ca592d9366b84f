"""The arena's vocabulary: vote choices and reason tags, the errors a caller can catch, the values a
store hands out (pairs, vote results, vote records, statistics), and the ``PreferenceStore`` protocol."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from ..core.errors import PhyStudioError

CHOICES = ("A", "B", "tie", "both_bad")  # "A" is the left video of the pair, "B" the right one
CHOICE_LABELS = {"A": "A is better", "B": "B is better", "tie": "Tie", "both_bad": "Both are bad"}
REASON_TAGS = ("gravity", "collision", "deformation", "fluid", "object permanence", "momentum", "friction",
               "motion smoothness", "prompt adherence", "visual quality")
MAX_SESSION_ID = 128
MAX_CLIENT_ADDRESS = 64
UNKNOWN_ADDRESS = "unknown"  # a client without an address (a test harness, a unix socket) shares one budget


# ----------------------------------------------------------------------------- errors
class ArenaError(PhyStudioError, RuntimeError):
    """Base class; the message is a sentence a voter or admin can act on."""


class DuplicateVote(ArenaError):
    """This session already voted on this pair of videos (in either order)."""


class RateLimited(ArenaError):
    def __init__(self, message: str, wait_s: float):
        super().__init__(message)
        self.wait_s = wait_s


class TooSoon(RateLimited):
    """The vote came before both videos could have been watched."""


class NoPairAvailable(ArenaError):
    """Nothing to vote on: the pools are empty, or this session has voted on every pair."""


class InvalidToken(ArenaError):
    """The token is unknown or was handed to another session."""


class InvalidVote(ArenaError, ValueError):
    """A bad choice, reason tag or session id."""


class SchemaError(ArenaError):
    """The database schema is newer than this build, or a migration failed."""


class PoolImportError(ArenaError, ValueError):
    """Videos that cannot join a pool; the message names the file or field."""


# ----------------------------------------------------------------------------- values
@dataclass(frozen=True)
class PoolVideo:
    """A video offered to the arena. Pairs are formed inside a pool between videos with the same
    prompt and different variants; ``record`` (the run record or eval row) is copied into every vote."""

    video: str | Path
    prompt: str
    variant: str
    seed: int | None = None
    category: str | None = None
    sa: float | None = None  # judge scores normalised to [0, 1]
    pc: float | None = None
    judge_id: str | None = None
    record: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ArenaPair:
    """What a voter sees: two videos and the prompt, no variant names. The files are served only through
    the pair's token (``pair_video``); ``vote_after_s`` is how long after now a vote is accepted."""

    token: str
    prompt: str
    left_video: str  # "A"
    right_video: str  # "B"
    category: str | None
    pool: str
    vote_after_s: float = 0.0


@dataclass(frozen=True)
class ArenaLimits:
    """Per-voter and per-client-address bounds (None or 0: off). Address counters use fixed windows, so a
    client can reach twice a limit across a window boundary, never more."""

    min_view_s: float = 0.0  # floor on the wait before a vote (used alone when a video's duration is unknown)
    max_open_pairs: int | None = None  # unvoted pairs a voter holds; asking for more drops the oldest
    pairs_per_minute_per_address: int | None = None
    votes_per_minute_per_address: int | None = None
    new_voters_per_hour_per_address: int | None = None

    def __post_init__(self):
        if not (isinstance(self.min_view_s, (int, float)) and math.isfinite(self.min_view_s) and self.min_view_s >= 0):
            raise ArenaError(f"min_view_s must be 0 or more seconds, got {self.min_view_s!r}")
        for name in ("max_open_pairs", "pairs_per_minute_per_address", "votes_per_minute_per_address",
                     "new_voters_per_hour_per_address"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ArenaError(f"{name} must be a whole number >= 0 (0 or None: no limit), got {value!r}")


@dataclass(frozen=True)
class Anomaly:
    """Something for an admin to look at: ``kind`` is "address rate" (votes a minute from one client address)
    or "same side" (a voter who nearly always picks the same side); ``sessions`` are the voters involved."""

    kind: str
    subject: str
    votes: int
    detail: str
    sessions: tuple[str, ...]


@dataclass(frozen=True)
class RevealedVideo:
    variant: str
    video: str
    seed: int | None
    sa: float | None
    pc: float | None
    judge_id: str | None


@dataclass(frozen=True)
class VoteResult:
    vote_id: int
    choice: str
    reasons: tuple[str, ...]
    prompt: str
    left: RevealedVideo
    right: RevealedVideo

    @property
    def winner(self) -> RevealedVideo | None:
        return {"A": self.left, "B": self.right}.get(self.choice)

    def to_dict(self) -> dict[str, Any]:
        def reveal(v: RevealedVideo) -> dict[str, Any]:
            return {"variant": v.variant, "video": v.video, "seed": v.seed, "sa": v.sa, "pc": v.pc, "judge_id": v.judge_id}

        return {"vote_id": self.vote_id, "choice": self.choice, "reasons": list(self.reasons), "prompt": self.prompt,
                "A": reveal(self.left), "B": reveal(self.right),
                "winner": self.winner.variant if self.winner else None}


@dataclass(frozen=True)
class VoteRecord:
    """One stored vote as ratings and export read it."""

    vote_id: int
    created_at: float  # unix seconds (UTC)
    session_id: str
    pool: str
    prompt: str
    category: str | None
    left_variant: str
    right_variant: str
    left_video_id: int
    right_video_id: int
    left_video: str
    right_video: str
    left_sa: float | None
    left_pc: float | None
    right_sa: float | None
    right_pc: float | None
    left_seed: int | None
    right_seed: int | None
    choice: str
    reasons: tuple[str, ...] = ()

    @property
    def winner_variant(self) -> str | None:
        return {"A": self.left_variant, "B": self.right_variant}.get(self.choice)

    @property
    def loser_variant(self) -> str | None:
        return {"A": self.right_variant, "B": self.left_variant}.get(self.choice)


@dataclass(frozen=True)
class PoolInfo:
    name: str
    kind: str
    source: str
    active: bool
    videos: int
    variants: tuple[str, ...]
    prompts: int


@dataclass(frozen=True)
class SessionStats:
    session_id: str
    votes: int
    first_vote: float | None
    last_vote: float | None
    flagged: bool
    excluded: bool
    note: str


@dataclass(frozen=True)
class VoteStats:
    total: int  # every stored vote
    counted: int  # votes of sessions that are not excluded
    sessions: list[SessionStats]
    by_variant: dict[str, dict[str, int]]  # counted votes: variant → votes, wins, losses, ties, both_bad
    by_day: dict[str, int]  # "YYYY-MM-DD" (UTC) → counted votes
    by_choice: dict[str, int]
    by_reason: dict[str, int]


@runtime_checkable
class PreferenceStore(Protocol):
    """What the arena UI and the exporters need from a store (ArenaStore is the SQLAlchemy one)."""

    def next_pair(self, session_id: str, *, pool: str | None = None, category: str | None = None,
                  prompt: str | None = None, client_address: str | None = None) -> ArenaPair: ...
    def vote(self, session_id: str, token: str, choice: str, reasons: Sequence[str] = (),
             client_address: str | None = None) -> VoteResult: ...
    def pair_video(self, token: str, side: str) -> Path: ...
    def add_videos(self, pool: str, videos: Sequence[PoolVideo], *, kind: str = "folder", source: str = "") -> int: ...
    def pools(self) -> list[PoolInfo]: ...
    def set_pool_active(self, pool: str, active: bool) -> None: ...
    def variants(self, *, include_inactive: bool = True) -> list[str]: ...
    def categories(self) -> list[str]: ...
    def votes(self, *, include_excluded: bool = False, pool: str | None = None) -> list[VoteRecord]: ...
    def vote_count(self, *, include_excluded: bool = True) -> int: ...
    def vote_stats(self) -> VoteStats: ...
    def set_session_flags(self, session_id: str, *, flagged: bool | None = None, excluded: bool | None = None,
                          note: str | None = None) -> None: ...
    def anomalies(self) -> list[Anomaly]: ...
    def exclude_sessions(self, session_ids: Sequence[str]) -> int: ...
    def close(self) -> None: ...
