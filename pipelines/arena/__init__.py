"""Arena: blind A/B votes between variants, a leaderboard, and PhyGDPO groups from the votes (fair-vote rules as in FastChat's arena; docs/architecture.md)."""

from .store import (
    CHOICE_LABELS,
    CHOICES,
    REASON_TAGS,
    SCHEMA_VERSION,
    Anomaly,
    ArenaError,
    ArenaLimits,
    ArenaPair,
    ArenaStore,
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

__all__ = ["CHOICES", "CHOICE_LABELS", "REASON_TAGS", "SCHEMA_VERSION", "Anomaly", "ArenaError", "ArenaLimits",
           "ArenaPair", "ArenaStore", "DuplicateVote", "InvalidToken", "InvalidVote", "NoPairAvailable",
           "PoolImportError", "PoolInfo", "PoolVideo", "PreferenceStore", "RateLimited", "RevealedVideo", "SchemaError",
           "SessionStats", "TooSoon", "VoteRecord", "VoteResult", "VoteStats"]
