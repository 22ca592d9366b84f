"""Leaderboard maths: Bradley–Terry with bootstrap intervals, and online Elo, as pure functions of votes.

Conventions (shared by BT and Elo so the two columns agree on what a vote means):

* A vote between variants a and b scores 1 for the preferred one, 0 for the other; a tie scores ½ each.
* "Both bad" counts as a tie by default (``both_bad="tie"``, what FastChat and GenAI-Arena do): the
  voter saw no difference in quality between the two, which is information about their relative
  strength. ``both_bad="exclude"`` drops those votes from the ratings instead. Either way they are
  still counted in the ``both_bad`` column.
* Ratings are on the Elo scale: 400 points = 10:1 odds, 1000 = the geometric mean strength of the rated
  variants (or the ``reference`` variant when one is named).
* A variant with no votes gets no rating (None) and ``no_votes=True``; it never breaks the fit.

The BT fit maximises the likelihood by Newton's method on log-strengths, with a small prior: every
variant plays ``prior`` virtual wins and ``prior`` virtual losses against an average opponent. That keeps
the estimate finite when a variant won (or lost) every vote and makes the Hessian invertible; with
tens of votes per variant its pull is negligible. Bootstrap rounds resample votes with replacement
and are fitted together as one batched Newton solve.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

ELO_SCALE = 400.0 / math.log(10.0)  # natural-log strength difference → Elo points
BASE_RATING = 1000.0
BOTH_BAD_POLICIES = ("tie", "exclude")
CSV_COLUMNS = ("rank", "variant", "rating", "ci_low", "ci_high", "elo", "votes", "wins", "losses", "ties", "both_bad")


class VoteLike(Protocol):
    """The fields ratings read (``VoteRecord`` has them)."""

    left_variant: str
    right_variant: str
    choice: str  # "A" (left preferred), "B", "tie", "both_bad"
    created_at: float
    category: str | None
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int | None
    variant: str
    rating: float | None
    ci_low: float | None
    ci_high: float | None
    elo: float | None
    votes: int
    wins: int
    losses: int
    ties: int
    both_bad: int
    no_votes: bool


# ----------------------------------------------------------------------------- votes → comparisons
def comparisons(votes: Iterable[VoteLike], both_bad: str = "tie") -> list[tuple[str, str, float]]:
    """``(a, b, score of a)`` per counted vote, in the given order."""
    if both_bad not in BOTH_BAD_POLICIES:
        raise ValueError(f"both_bad must be one of {', '.join(BOTH_BAD_POLICIES)}, got {both_bad!r}")
    scores = {"A": 1.0, "B": 0.0, "tie": 0.5, "both_bad": 0.5 if both_bad == "tie" else None}
    out = []
    for vote in votes:
        if vote.choice not in scores:
            raise ValueError(f"unknown vote choice {vote.choice!r}")
        score = scores[vote.choice]
        if score is not None and vote.left_variant != vote.right_variant:
            out.append((vote.left_variant, vote.right_variant, score))
    return out


def filter_votes(votes: Iterable[VoteLike], *, category: str | None = None, reason: str | None = None) -> list[VoteLike]:
    return [v for v in votes if (category is None or v.category == category) and (reason is None or reason in v.reasons)]


def _model_list(models: Sequence[str], found: Iterable[tuple[str, str, float]]) -> list[str]:
    names = list(dict.fromkeys(models))
    for a, b, _ in found:
        for name in (a, b):
            if name not in names:
                names.append(name)
    return names


# ----------------------------------------------------------------------------- Bradley–Terry
def _fit_log_strengths(wins: np.ndarray, games: np.ndarray, prior: float, iterations: int = 100,
                       tolerance: float = 1e-10) -> np.ndarray:
    """Batched BT maximum likelihood. ``wins`` [R, K] (ties count ½), ``games`` [R, K, K] symmetric counts.

    Maximises Σ_i W_i θ_i − Σ_{i<j} n_ij log(e^θi + e^θj) + prior·Σ_i (θ_i − 2 log(1 + e^θi)), a concave
    function, by Newton steps with step halving.
    """
    rounds, k = wins.shape
    theta = np.zeros((rounds, k))

    def objective(t: np.ndarray) -> np.ndarray:
        pair_terms = np.logaddexp(t[:, :, None], t[:, None, :])
        return ((wins * t).sum(1) - 0.5 * (games * pair_terms).sum((1, 2))
                + prior * (t - 2.0 * np.logaddexp(0.0, t)).sum(1))

    current = objective(theta)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(theta[:, None, :] - theta[:, :, None]))  # p[r, i, j] = P(i beats j)
        s = 1.0 / (1.0 + np.exp(-theta))
        gradient = wins - (games * p).sum(2) + prior * (1.0 - 2.0 * s)
        curvature = games * p * (1.0 - p)
        hessian = curvature.copy()
        idx = np.arange(k)
        hessian[:, idx, idx] = -(curvature.sum(2) + 2.0 * prior * s * (1.0 - s))
        step = np.linalg.solve(-hessian, gradient[..., None])[..., 0]
        scale = np.ones(rounds)
        for _ in range(40):  # halve the step where it would lower the likelihood
            trial = theta + scale[:, None] * step
            value = objective(trial)
            worse = value < current - 1e-12
            if not worse.any():
                break
            scale = np.where(worse, scale / 2.0, scale)
        theta, previous, current = trial, current, value
        if np.max(np.abs(scale[:, None] * step)) < tolerance or np.max(current - previous) < tolerance:
            break
    return theta


def _tallies(a: np.ndarray, b: np.ndarray, score: np.ndarray, k: int, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-round wins [R, K] and games [R, K, K] from comparisons weighted by how often each was drawn."""
    rounds = weights.shape[0]
    wins = np.zeros((rounds, k))
    games = np.zeros((rounds, k, k))
    for r in range(rounds):
        w = weights[r]
        wins[r] = np.bincount(a, w * score, k) + np.bincount(b, w * (1.0 - score), k)
        counts = np.bincount(a * k + b, w, k * k).reshape(k, k)
        games[r] = counts + counts.T
    return wins, games


def _to_ratings(theta: np.ndarray, played: np.ndarray, reference: int | None) -> np.ndarray:
    """Elo-scale ratings [R, K]; NaN for variants without a game in that round."""
    theta = np.where(played, theta, np.nan)
    if reference is not None:
        anchor = theta[:, reference]
    else:
        count = played.sum(1)
        anchor = np.where(count > 0, np.where(played, theta, 0.0).sum(1) / np.maximum(count, 1), 0.0)
    return BASE_RATING + ELO_SCALE * (theta - anchor[:, None])


def _prepare(votes, models, both_bad):
    found = comparisons(votes, both_bad)
    names = _model_list(models, found)
    index = {name: i for i, name in enumerate(names)}
    a = np.array([index[x] for x, _, _ in found], dtype=np.int64)
    b = np.array([index[y] for _, y, _ in found], dtype=np.int64)
    score = np.array([s for _, _, s in found], dtype=float)
    return names, a, b, score


def bradley_terry(votes: Iterable[VoteLike], *, models: Sequence[str] = (), both_bad: str = "tie",
                  prior: float = 0.1, reference: str | None = None) -> dict[str, float]:
    """BT ratings on the Elo scale; ``nan`` for variants with no counted vote."""
    names, a, b, score = _prepare(votes, models, both_bad)
    return dict(zip(names, _bt_rounds(names, a, b, score, np.ones((1, len(a))), prior, reference)[0].tolist()))


def _bt_rounds(names, a, b, score, weights, prior, reference) -> np.ndarray:
    if prior <= 0:
        raise ValueError("prior must be > 0 (a tiny prior keeps ratings finite when a variant won every vote)")
    k = len(names)
    if k == 0:
        return np.zeros((weights.shape[0], 0))
    wins, games = _tallies(a, b, score, k, weights)
    played = games.sum(2) > 0
    ref = None
    if reference is not None:
        if reference not in names:
            raise ValueError(f"reference variant {reference!r} has no votes and is not among {names}")
        ref = names.index(reference)
    return _to_ratings(_fit_log_strengths(wins, games, prior), played, ref)


def bootstrap_intervals(votes: Iterable[VoteLike], *, models: Sequence[str] = (), rounds: int = 200, seed: int = 0,
                        level: float = 0.95, both_bad: str = "tie", prior: float = 0.1,
                        reference: str | None = None) -> dict[str, tuple[float, float]]:
    """Percentile intervals of BT ratings over ``rounds`` resamplings of the votes (nan where never rated)."""
    names, a, b, score = _prepare(votes, models, both_bad)
    return _intervals(names, a, b, score, rounds, seed, level, prior, reference)


def _intervals(names, a, b, score, rounds, seed, level, prior, reference) -> dict[str, tuple[float, float]]:
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be in (0, 1), got {level}")
    if rounds < 1 or len(a) == 0:
        return {name: (math.nan, math.nan) for name in names}
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, len(a), size=(rounds, len(a)))
    weights = np.stack([np.bincount(row, minlength=len(a)) for row in draws]).astype(float)
    ratings = _bt_rounds(names, a, b, score, weights, prior, reference)
    tail = (1.0 - level) / 2.0 * 100.0
    out = {}
    for i, name in enumerate(names):
        column = ratings[:, i][np.isfinite(ratings[:, i])]
        out[name] = (float(np.percentile(column, tail)), float(np.percentile(column, 100.0 - tail))) if len(column) \
            else (math.nan, math.nan)
    return out


# ----------------------------------------------------------------------------- Elo
def elo_ratings(votes: Iterable[VoteLike], *, k: float = 4.0, initial: float = BASE_RATING,
                both_bad: str = "tie") -> dict[str, float]:
    """Online Elo in vote time order (K=4 as public arenas use: many votes per variant, little recency noise)."""
    ordered = sorted(votes, key=lambda v: (v.created_at, getattr(v, "vote_id", 0)))
    ratings: dict[str, float] = {}
    for a, b, score in comparisons(ordered, both_bad):
        ra, rb = ratings.setdefault(a, initial), ratings.setdefault(b, initial)
        expected = 1.0 / (1.0 + 10.0 ** ((rb - ra) / 400.0))
        ratings[a] = ra + k * (score - expected)
        ratings[b] = rb - k * (score - expected)
    return ratings


# ----------------------------------------------------------------------------- the leaderboard
def leaderboard(votes: Iterable[VoteLike], *, models: Sequence[str] = (), both_bad: str = "tie", bootstrap: int = 200,
                seed: int = 0, level: float = 0.95, elo_k: float = 4.0, prior: float = 0.1, reference: str | None = None,
                category: str | None = None, reason: str | None = None) -> list[LeaderboardRow]:
    """Rows sorted by BT rating; variants in ``models`` without votes come last with ``no_votes=True``."""
    chosen = filter_votes(votes, category=category, reason=reason)
    names, a, b, score = _prepare(chosen, models, both_bad)
    ratings = _bt_rounds(names, a, b, score, np.ones((1, len(a))), prior, reference)[0] if names else np.zeros(0)
    intervals = _intervals(names, a, b, score, bootstrap, seed, level, prior, reference)
    elo = elo_ratings(chosen, k=elo_k, both_bad=both_bad)
    tally: dict[str, Counter] = {name: Counter() for name in names}
    for vote in chosen:
        for variant, won, lost in ((vote.left_variant, "A", "B"), (vote.right_variant, "B", "A")):
            entry = tally.setdefault(variant, Counter())
            entry["votes"] += 1
            entry[{won: "wins", lost: "losses", "tie": "ties", "both_bad": "both_bad"}[vote.choice]] += 1
    rows = []
    for i, name in enumerate(dict.fromkeys([*names, *tally])):
        rating = float(ratings[i]) if i < len(ratings) and math.isfinite(ratings[i]) else None
        low, high = intervals.get(name, (math.nan, math.nan))
        t = tally.get(name, Counter())
        rows.append(LeaderboardRow(None, name, rating, _finite(low) if rating is not None else None,
                                   _finite(high) if rating is not None else None, elo.get(name), t["votes"], t["wins"],
                                   t["losses"], t["ties"], t["both_bad"], no_votes=rating is None))
    rated = sorted((r for r in rows if not r.no_votes), key=lambda r: (-r.rating, r.variant))
    unrated = sorted((r for r in rows if r.no_votes), key=lambda r: (-r.votes, r.variant))
    return [_with_rank(r, n) for n, r in enumerate(rated, start=1)] + unrated


def leaderboards_by(votes: Iterable[VoteLike], key: str = "category", **kwargs) -> dict[str, list[LeaderboardRow]]:
    """One leaderboard per category (votes without one under "uncategorised") or per reason tag."""
    votes = list(votes)
    if key == "category":
        groups = sorted({v.category or "uncategorised" for v in votes})
        return {g: leaderboard([v for v in votes if (v.category or "uncategorised") == g], **kwargs) for g in groups}
    if key == "reason":
        tags = sorted({r for v in votes for r in v.reasons})
        return {t: leaderboard(votes, reason=t, **kwargs) for t in tags}
    raise ValueError(f"key must be 'category' or 'reason', got {key!r}")


def _finite(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def _with_rank(row: LeaderboardRow, rank: int) -> LeaderboardRow:
    return replace(row, rank=rank)


# ----------------------------------------------------------------------------- presentation
def leaderboard_csv(rows: Sequence[LeaderboardRow]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(["" if getattr(row, c) is None else (f"{getattr(row, c):.2f}" if isinstance(getattr(row, c), float)
                                                             else getattr(row, c)) for c in CSV_COLUMNS])
    return buffer.getvalue()


MIN_VOTES_FOR_INTERVAL = 10  # below this a bootstrap interval is mostly the resampling of a handful of votes


def shown_interval(row: LeaderboardRow) -> tuple[float, float] | None:
    """The interval the table and the chart both show: none below ``MIN_VOTES_FOR_INTERVAL`` votes."""
    if row.no_votes or row.ci_low is None or row.ci_high is None or row.votes < MIN_VOTES_FOR_INTERVAL:
        return None
    return row.ci_low, row.ci_high


def leaderboard_table(rows: Sequence[LeaderboardRow]) -> tuple[list[str], list[list]]:
    """Headers and display rows for a table widget ("no votes" instead of empty ratings; no interval shown
    for a variant with fewer than ``MIN_VOTES_FOR_INTERVAL`` votes, where it would look falsely precise)."""
    headers = ["rank", "variant", "rating (95% CI)", "Elo", "votes", "W/L/T/bad"]
    body = []
    for r in rows:
        if r.no_votes:
            rating = "no votes"
        elif (interval := shown_interval(r)) is None:
            rating = f"{r.rating:.0f} (CI after {MIN_VOTES_FOR_INTERVAL} votes)"
        else:
            rating = f"{r.rating:.0f} ({interval[0]:.0f}–{interval[1]:.0f})"
        body.append([r.rank if r.rank is not None else "–", r.variant, rating,
                     "–" if r.elo is None else f"{r.elo:.0f}", r.votes, f"{r.wins}/{r.losses}/{r.ties}/{r.both_bad}"])
    return headers, body


def leaderboard_figure(rows: Sequence[LeaderboardRow], title: str = "Arena leaderboard"):
    """Ratings with their bootstrap intervals as error bars, under the table's rule (``shown_interval``)."""
    import plotly.graph_objects as go

    rated = [r for r in rows if not r.no_votes]
    intervals = [shown_interval(r) for r in rated]
    upper = [(i[1] - r.rating) if i else 0.0 for r, i in zip(rated, intervals)]
    lower = [(r.rating - i[0]) if i else 0.0 for r, i in zip(rated, intervals)]
    notes = ["" if i else f" (interval after {MIN_VOTES_FOR_INTERVAL} votes)" for i in intervals]
    figure = go.Figure(go.Scatter(
        x=[r.variant for r in rated], y=[r.rating for r in rated], mode="markers",
        marker={"size": 11}, error_y={"type": "data", "symmetric": False, "array": upper, "arrayminus": lower},
        customdata=[[r.votes, note] for r, note in zip(rated, notes)],
        hovertemplate="%{x}<br>rating %{y:.0f}%{customdata[1]}<br>votes %{customdata[0]}<extra></extra>"))
    missing = [r.variant for r in rows if r.no_votes]
    subtitle = f" (no votes yet: {', '.join(missing)})" if missing else ""
    figure.update_layout(title=title + subtitle, xaxis_title="variant", yaxis_title="Bradley–Terry rating (Elo scale)",
                         template="plotly_white", margin={"l": 60, "r": 20, "t": 60, "b": 60})
    return figure
