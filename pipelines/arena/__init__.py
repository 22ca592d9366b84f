"""Arena: blind A/B votes between variants, a leaderboard, and PhyGDPO groups from the votes (fair-vote rules as in FastChat's
arena; docs/architecture.md)."""

from .records import (
    CHOICE_LABELS,
    CHOICES,
    REASON_TAGS,
    Anomaly,
    ArenaError,
    ArenaLimits,
    ArenaPair,
    DuplicateVote,
    InvalidToken,
    InvalidVote,
    NoPairAvailable,
    PoolImportError,
    PoolInfo,
    PoolVideo,
    PreferenceStore,
    RateLimited,
    RevealedVideo,
    SchemaError,
    SessionStats,
    TooSoon,
    VoteRecord,
    VoteResult,
    VoteStats,
)
from .schema import SCHEMA_VERSION
from .store import ArenaStore

__all__ = ["CHOICES", "CHOICE_LABELS", "REASON_TAGS", "SCHEMA_VERSION", "Anomaly", "ArenaError", "ArenaLimits",
           "ArenaPair", "ArenaStore", "DuplicateVote", "InvalidToken", "InvalidVote", "NoPairAvailable",
           "PoolImportError", "PoolInfo", "PoolVideo", "PreferenceStore", "RateLimited", "RevealedVideo", "SchemaError",
           "SessionStats", "TooSoon", "VoteRecord", "VoteResult", "VoteStats"]
