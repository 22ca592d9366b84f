"""Arena votes → PhyGDPO preference groups (the groups.jsonl that the trainer reads).

How votes become groups:

1. Only decisive votes count: "A better" and "B better". Ties and "both bad" say nothing about which
   video to prefer, so they are skipped (and counted in the summary).
2. Votes are aggregated per *pair of videos* (not per pair of variants): the video that won more of the
   votes on that pair beats the other. A pair with as many votes each way (voters disagree evenly)
   gives no preference and is left out.
3. Per prompt within a pool, the winner is the video with the most pairwise majority wins (then the
   fewest majority losses, then the most votes won); the losers are the videos it beat. The winner's
   ``source`` is "arena"; each member keeps its judge scores (stored normalised to [0, 1] when the video
   joined the pool), so PhyGDPO's physics-guided rewarding can weight the losers.

Votes of excluded sessions never reach this module: ``ArenaStore.votes()`` leaves them out.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..phygdpo.groups import GroupMember, PreferenceGroup, write_groups
from .records import VoteRecord

DECISIVE = ("A", "B")
# The rule above, named in every exported group and in the export's metadata file, so a trainer's input says how
# it was made (bump the version whenever the rule changes).
EXPORT_RULE = "arena-pairwise-majority-v1"
EXPORT_RULE_TEXT = ("decisive votes only (ties and both-bad skipped); per pair of videos the majority wins, evenly split "
                    "pairs left out; per prompt and pool the winner is the video with the most pairwise majority wins "
                    "(then fewest losses, then most votes won) and its losers are the videos it beat; excluded "
                    "voters' votes left out")
METADATA_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class PairOutcome:
    """Majority over the decisive votes on one pair of videos."""

    winner: int  # video id
    loser: int
    winner_votes: int
    loser_votes: int


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    groups: int
    pairs_used: int  # video pairs with a majority
    pairs_split: int  # video pairs whose votes were evenly split
    votes_used: int  # decisive votes
    votes_skipped: int  # ties and "both bad"


def pair_outcomes(votes: Iterable[VoteRecord]) -> tuple[list[PairOutcome], int]:
    """Majority per unordered pair of videos; returns the outcomes and the number of evenly split pairs."""
    wins: dict[tuple[int, int], Counter] = defaultdict(Counter)
    for vote in votes:
        if vote.choice not in DECISIVE:
            continue
        winner, loser = ((vote.left_video_id, vote.right_video_id) if vote.choice == "A"
                         else (vote.right_video_id, vote.left_video_id))
        wins[tuple(sorted((winner, loser)))][winner] += 1
    outcomes, split = [], 0
    for (first, second), counts in sorted(wins.items()):
        if counts[first] == counts[second]:
            split += 1
            continue
        winner, loser = (first, second) if counts[first] > counts[second] else (second, first)
        outcomes.append(PairOutcome(winner, loser, counts[winner], counts[loser]))
    return outcomes, split


def build_groups(votes: Sequence[VoteRecord]) -> tuple[list[PreferenceGroup], dict[str, int]]:
    """Preference groups from votes (see the module docstring), plus counts for the summary."""
    votes = list(votes)
    members = _video_members(votes)
    by_prompt: dict[tuple[str, str], list[VoteRecord]] = defaultdict(list)
    for vote in votes:
        by_prompt[(vote.pool, vote.prompt)].append(vote)
    groups, pairs_used, pairs_split = [], 0, 0
    for (pool, prompt), prompt_votes in sorted(by_prompt.items()):
        outcomes, split = pair_outcomes(prompt_votes)
        pairs_used += len(outcomes)
        pairs_split += split
        if not outcomes:
            continue
        won, lost, votes_won = Counter(), Counter(), Counter()
        for o in outcomes:
            won[o.winner] += 1
            lost[o.loser] += 1
            votes_won[o.winner] += o.winner_votes
        best = min(won, key=lambda v: (-won[v], lost[v], -votes_won[v], v))
        beaten = [o for o in outcomes if o.winner == best]
        categories = Counter(v.category for v in prompt_votes if v.category)
        group_id = "arena-" + hashlib.sha1(f"{pool}\n{prompt}\n{best}".encode()).hexdigest()[:12]
        groups.append(PreferenceGroup(
            group_id=group_id, prompt=prompt, category=categories.most_common(1)[0][0] if categories else None,
            winner=_member(members[best], "arena", {"pairwise_wins": won[best]}),
            losers=tuple(_member(members[o.loser], "generated", {"votes_won": o.loser_votes, "votes_lost": o.winner_votes})
                         for o in sorted(beaten, key=lambda o: o.loser)),
            meta={"source": "arena", "rule": EXPORT_RULE, "pool": pool, "votes": len(prompt_votes),
                  "sessions": len({v.session_id for v in prompt_votes})},
        ))
    decisive = sum(v.choice in DECISIVE for v in votes)
    return groups, {"pairs_used": pairs_used, "pairs_split": pairs_split, "votes_used": decisive,
                    "votes_skipped": len(votes) - decisive}


def export_groups(votes: Sequence[VoteRecord], path: str | Path, *, append: bool = False) -> ExportSummary:
    """Write the groups to ``path`` (a groups.jsonl file, or a folder that gets one) via ``write_groups``."""
    groups, counts = build_groups(votes)
    written = write_groups(path, groups, append=append)
    return ExportSummary(path=written, groups=len(groups), **counts)


def write_export_metadata(summary: ExportSummary, **extra: Any) -> Path:
    """``groups.meta.json`` beside the groups file: the rule, the counts and what the caller adds (the database,
    the pool); returns its path."""
    path = summary.path.with_name(summary.path.stem + METADATA_SUFFIX)
    data = {"rule": EXPORT_RULE, "rule_text": EXPORT_RULE_TEXT, "groups": summary.groups,
            "pairs_used": summary.pairs_used, "pairs_split": summary.pairs_split, "votes_used": summary.votes_used,
            "votes_skipped": summary.votes_skipped, "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            **extra}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def _video_members(votes: Iterable[VoteRecord]) -> dict[int, dict[str, Any]]:
    members: dict[int, dict[str, Any]] = {}
    for v in votes:
        members[v.left_video_id] = {"id": v.left_video_id, "video": v.left_video, "variant": v.left_variant,
                                    "seed": v.left_seed, "sa": v.left_sa, "pc": v.left_pc, "pool": v.pool}
        members[v.right_video_id] = {"id": v.right_video_id, "video": v.right_video, "variant": v.right_variant,
                                     "seed": v.right_seed, "sa": v.right_sa, "pc": v.right_pc, "pool": v.pool}
    return members


def _member(info: dict[str, Any], source: str, meta: dict[str, Any]) -> GroupMember:
    return GroupMember(video=Path(info["video"]), sa=info["sa"], pc=info["pc"], source=source, variant=info["variant"],
                       seed=info["seed"], meta={"arena_video_id": info["id"], **meta})
