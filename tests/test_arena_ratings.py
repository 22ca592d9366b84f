"""Leaderboard maths against independent computations: closed forms, a separate MM fit, a hand-worked Elo."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pytest

from pipelines.arena.ratings import (
    CSV_COLUMNS,
    ELO_SCALE,
    bootstrap_intervals,
    bradley_terry,
    comparisons,
    elo_ratings,
    leaderboard,
    leaderboard_csv,
    leaderboard_figure,
    leaderboard_table,
    leaderboards_by,
)


@dataclass(frozen=True)
class Vote:
    left_variant: str
    right_variant: str
    choice: str
    created_at: float = 0.0
    category: str | None = None
    reasons: tuple[str, ...] = ()
    vote_id: int = 0


def simulate(strengths: dict[str, float], count: int, seed: int, tie_share: float = 0.0) -> list[Vote]:
    """Votes from a known BT model: P(a preferred over b) = e^θa / (e^θa + e^θb); some votes tied."""
    rng = np.random.default_rng(seed)
    names = list(strengths)
    votes = []
    for n in range(count):
        a, b = rng.choice(len(names), size=2, replace=False)
        left, right = names[a], names[b]
        if rng.random() < tie_share:
            choice = "tie"
        else:
            p_left = 1.0 / (1.0 + math.exp(strengths[right] - strengths[left]))
            choice = "A" if rng.random() < p_left else "B"
        votes.append(Vote(left, right, choice, created_at=float(n), vote_id=n))
    return votes


def true_ratings(strengths: dict[str, float]) -> dict[str, float]:
    mean = np.mean(list(strengths.values()))
    return {k: 1000.0 + ELO_SCALE * (v - mean) for k, v in strengths.items()}


def mm_reference(votes: list[Vote], prior: float, both_bad_as_tie: bool = True) -> dict[str, float]:
    """Hunter's MM iteration for BT with the same virtual-opponent prior, written independently of the module."""
    names = sorted({v.left_variant for v in votes} | {v.right_variant for v in votes})
    wins = {n: 0.0 for n in names}
    games: dict[tuple[str, str], float] = {}
    for v in votes:
        score = {"A": 1.0, "B": 0.0, "tie": 0.5, "both_bad": 0.5 if both_bad_as_tie else None}[v.choice]
        if score is None:
            continue
        wins[v.left_variant] += score
        wins[v.right_variant] += 1.0 - score
        key = tuple(sorted((v.left_variant, v.right_variant)))
        games[key] = games.get(key, 0.0) + 1.0
    p = {n: 1.0 for n in names}
    for _ in range(200000):
        new = {}
        for i in names:
            denominator = 2.0 * prior / (p[i] + 1.0)  # prior wins + losses against an opponent of strength 1
            for (x, y), n in games.items():
                if i in (x, y):
                    j = y if i == x else x
                    denominator += n / (p[i] + p[j])
            new[i] = (wins[i] + prior) / denominator
        change = max(abs(math.log(new[i] / p[i])) for i in names)
        p = new
        if change < 1e-13:
            break
    mean_log = np.mean([math.log(p[n]) for n in names])
    return {n: 1000.0 + ELO_SCALE * (math.log(p[n]) - mean_log) for n in names}


STRENGTHS = {"base": 0.0, "lora-a": 0.6, "lora-b": 1.1, "bad": -0.8}


def test_bradley_terry_recovers_the_order_and_matches_an_independent_mm_fit():
    votes = simulate(STRENGTHS, 3000, seed=1)
    ratings = bradley_terry(votes, prior=0.1)
    assert sorted(ratings, key=ratings.get) == sorted(STRENGTHS, key=STRENGTHS.get)
    truth = true_ratings(STRENGTHS)
    assert all(abs(ratings[k] - truth[k]) < 25 for k in STRENGTHS)
    fewer = votes[:300]  # MM converges slowly with many votes per variant; its answer must equal Newton's
    assert bradley_terry(fewer, prior=0.5) == pytest.approx(mm_reference(fewer, prior=0.5), abs=1e-6)
    assert np.mean(list(ratings.values())) == pytest.approx(1000.0)  # 1000 = geometric mean strength


def test_a_named_reference_variant_sits_at_1000():
    votes = simulate(STRENGTHS, 600, seed=2)
    plain, anchored = bradley_terry(votes), bradley_terry(votes, reference="base")
    assert anchored["base"] == pytest.approx(1000.0)
    assert {k: anchored[k] - plain[k] for k in plain} == pytest.approx({k: 1000.0 - plain["base"] for k in plain})


def test_ties_count_half_a_win_each():
    # two variants: the BT maximum likelihood gives p_a / p_b = W_a / W_b exactly (the prior is made negligible)
    votes = [Vote("a", "b", c) for c in ("A", "A", "B", "tie", "tie")] + [Vote("b", "a", "B")]
    ratings = bradley_terry(votes, prior=1e-9)
    wins_a, wins_b = 3 + 1, 1 + 1  # a: 3 wins + 2 half wins; b: 1 win + 2 half wins
    assert ratings["a"] - ratings["b"] == pytest.approx(400 * math.log10(wins_a / wins_b), abs=1e-4)
    only_ties = bradley_terry([Vote("a", "b", "tie")] * 4)
    assert only_ties["a"] == pytest.approx(only_ties["b"]) == pytest.approx(1000.0)


def test_both_bad_is_a_tie_by_default_or_excluded_on_request():
    votes = simulate(STRENGTHS, 300, seed=3)
    with_bad = votes + [Vote("lora-b", "bad", "both_bad", created_at=400.0 + i) for i in range(40)]
    as_tie = [Vote(v.left_variant, v.right_variant, "tie" if v.choice == "both_bad" else v.choice, v.created_at)
              for v in with_bad]
    assert bradley_terry(with_bad) == pytest.approx(bradley_terry(as_tie))
    assert bradley_terry(with_bad, both_bad="exclude") == pytest.approx(bradley_terry(votes))
    assert bradley_terry(with_bad) == pytest.approx(mm_reference(with_bad, prior=0.1), abs=1e-6)
    assert elo_ratings(with_bad, both_bad="exclude") == pytest.approx(elo_ratings(votes))
    rows = {r.variant: r for r in leaderboard(with_bad, bootstrap=0, both_bad="exclude")}
    assert rows["bad"].both_bad == 40 and rows["lora-b"].both_bad == 40  # still counted in the table
    with pytest.raises(ValueError, match="both_bad must be one of"):
        comparisons(votes, both_bad="loss")


def test_bootstrap_intervals_cover_the_true_ratings_in_most_runs():
    truth = true_ratings(STRENGTHS)
    covered = runs = 0
    for seed in range(20):
        votes = simulate(STRENGTHS, 400, seed=100 + seed)
        intervals = bootstrap_intervals(votes, rounds=100, seed=seed)
        point = bradley_terry(votes)
        for name, (low, high) in intervals.items():
            assert low <= point[name] <= high
            covered += low <= truth[name] <= high
            runs += 1
    assert covered / runs >= 0.8, f"95% intervals covered the truth in only {covered}/{runs} cases"
    votes = simulate(STRENGTHS, 200, seed=7)
    assert bootstrap_intervals(votes, rounds=50, seed=1) == bootstrap_intervals(votes, rounds=50, seed=1)
    assert bootstrap_intervals(votes, rounds=50, seed=1) != bootstrap_intervals(votes, rounds=50, seed=2)


def test_a_variant_without_votes_is_listed_without_a_rating():
    votes = simulate(STRENGTHS, 200, seed=4)
    rows = leaderboard(votes, models=["ghost", *STRENGTHS], bootstrap=30)
    assert [r.rank for r in rows] == [1, 2, 3, 4, None]
    ghost = rows[-1]
    assert ghost.variant == "ghost" and ghost.no_votes and ghost.rating is None and ghost.elo is None
    assert ghost.ci_low is None and ghost.votes == 0
    assert all(not r.no_votes and r.ci_low <= r.rating <= r.ci_high for r in rows[:-1])
    assert math.isnan(bradley_terry(votes, models=["ghost"])["ghost"])
    empty = leaderboard([], models=["a", "b"])
    assert [(r.variant, r.no_votes, r.rating) for r in empty] == [("a", True, None), ("b", True, None)]
    figure = leaderboard_figure(rows)
    assert list(figure.data[0].x) == [r.variant for r in rows[:-1]] and "ghost" in figure.layout.title.text
    leaderboard_figure(empty)  # nothing rated yet: an empty chart, not an error


def test_elo_matches_a_hand_computation_in_time_order():
    votes = [  # deliberately listed out of time order
        Vote("a", "c", "B", created_at=3.0),  # c beats a
        Vote("a", "b", "A", created_at=1.0),  # a beats b
        Vote("b", "c", "tie", created_at=2.0),
    ]
    # K = 32, start 1000, E_x = 1 / (1 + 10^((R_y − R_x)/400)):
    # 1) E_a = 0.5 → a = 1016, b = 984
    # 2) E_b = 1/(1 + 10^(16/400)) = 0.476990 → b = 984 + 32·(0.5 − 0.476990) = 984.73631, c = 999.26369
    # 3) E_a = 1/(1 + 10^(−16.73631/400)) = 0.524067 → a = 1016 − 32·0.524067 = 999.22986, c = 1016.03383
    ratings = elo_ratings(votes, k=32.0)
    assert ratings == pytest.approx({"a": 999.22986, "b": 984.73631, "c": 1016.03383}, abs=1e-4)
    assert sum(ratings.values()) == pytest.approx(3000.0)  # Elo moves points, never creates them


def test_leaderboards_per_category_and_reason_tag():
    falls = [Vote("a", "b", "A", i, "fall", ("gravity",)) for i in range(6)]
    rolls = [Vote("a", "b", "B", 10 + i, "roll", ("collision",)) for i in range(4)]
    untagged = [Vote("a", "b", "tie", 20.0)]
    votes = falls + rolls + untagged
    boards = leaderboards_by(votes, "category", bootstrap=20, models=["a", "b", "c"])
    assert set(boards) == {"fall", "roll", "uncategorised"}
    assert [r.variant for r in boards["fall"]][:2] == ["a", "b"] and [r.variant for r in boards["roll"]][:2] == ["b", "a"]
    assert boards["fall"][-1].variant == "c" and boards["fall"][-1].no_votes
    by_reason = leaderboards_by(votes, "reason", bootstrap=20)
    assert set(by_reason) == {"gravity", "collision"}
    assert by_reason["gravity"] == leaderboard(falls, bootstrap=20)
    assert leaderboard(votes, category="roll", bootstrap=20) == leaderboard(rolls, bootstrap=20)
    with pytest.raises(ValueError):
        leaderboards_by(votes, "day")


def test_csv_and_table_exports():
    votes = [Vote("a", "b", "A", 1.0), Vote("a", "b", "A", 2.0), Vote("b", "a", "both_bad", 3.0)]
    rows = leaderboard(votes, models=["z"], bootstrap=10)
    lines = leaderboard_csv(rows).splitlines()
    assert lines[0] == ",".join(CSV_COLUMNS)
    first = dict(zip(CSV_COLUMNS, lines[1].split(",")))
    assert (first["rank"], first["variant"], first["votes"], first["wins"], first["both_bad"]) == ("1", "a", "3", "2", "1")
    assert float(first["rating"]) == pytest.approx(rows[0].rating, abs=0.01)
    assert lines[3] == ",z,,,,,0,0,0,0,0"
    headers, body = leaderboard_table(rows)
    assert len(headers) == len(body[0]) and body[2][2] == "no votes" and body[0][5] == "2/0/0/1"


def test_table_shows_an_interval_only_once_a_variant_has_enough_votes():
    from pipelines.arena.ratings import MIN_VOTES_FOR_INTERVAL

    few = [Vote("a", "b", "A", float(i)) for i in range(3)]
    headers, body = leaderboard_table(leaderboard(few, bootstrap=10))
    assert body[0][2].endswith(f"(CI after {MIN_VOTES_FOR_INTERVAL} votes)") and "–" not in body[0][2]
    many = [Vote("a", "b", "AB"[i % 3 == 0], float(i)) for i in range(MIN_VOTES_FOR_INTERVAL + 2)]
    rows = leaderboard(many, bootstrap=30)
    _, body = leaderboard_table(rows)
    assert body[0][2] == f"{rows[0].rating:.0f} ({rows[0].ci_low:.0f}–{rows[0].ci_high:.0f})"


def test_chart_and_table_follow_one_interval_rule():
    """The table said "CI after 10 votes" while the chart drew bootstrap error bars after 2 votes."""
    from pipelines.arena.ratings import MIN_VOTES_FOR_INTERVAL

    few = [Vote("a", "b", "AB"[i % 2], float(i)) for i in range(3)]
    many = [Vote("c", "d", "AB"[i % 3 == 0], float(i)) for i in range(MIN_VOTES_FOR_INTERVAL + 2)]
    rows = leaderboard(few + many, bootstrap=30)
    _, body = leaderboard_table(rows)
    bars = leaderboard_figure(rows).data[0].error_y
    for row, shown, up, down in zip(rows, body, bars.array, bars.arrayminus):
        if row.votes < MIN_VOTES_FOR_INTERVAL:
            assert shown[2].endswith(f"(CI after {MIN_VOTES_FOR_INTERVAL} votes)") and up == down == 0.0, row.variant
        else:
            assert shown[2] == f"{row.rating:.0f} ({row.ci_low:.0f}–{row.ci_high:.0f})"
            assert (up, down) == pytest.approx((row.ci_high - row.rating, row.rating - row.ci_low))
    assert any(r.votes < MIN_VOTES_FOR_INTERVAL and r.ci_high > r.ci_low for r in rows), "a few votes do get a bootstrap"
