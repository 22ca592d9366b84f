"""``python -m pipelines arena …``: an operator's preference campaign from a shell, on the arena's database.

Works on the SQLite file or the PostgreSQL database the studio uses, with or without the app running. Only
``import`` may create a database and only ``migrate`` changes its schema; every other command refuses, in one
line and with a non-zero exit code, a database that is missing or needs a migration.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

FORMATS = ("table", "csv", "json")
EXIT_REFUSED = 2


def add_arena_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="arena_command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", required=True, metavar="URL",
                       help="the arena database: sqlite:////abs/path/arena.db, a file path, or postgresql://user@host/db")
        return p

    imp = command("import", "add videos to a pool: an eval folder, a Compare run, a folder with arena.jsonl or "
                            "sidecar JSONs, or run folders (creates the database if needed)")
    imp.add_argument("folders", nargs="+", type=Path, metavar="FOLDER")
    imp.add_argument("--pool", help="pool name (default: the folder's name; 'compare' for a Compare run)")
    imp.add_argument("--score-scale", type=float, default=1.0, help="divide manifest scores by this (5 for 1–5 scores)")

    stats = command("stats", "votes per voter (with anomaly flags), per variant and per UTC day")
    stats.add_argument("--format", choices=("table", "json"), default="table")

    board = command("leaderboard", "Bradley–Terry ratings with bootstrap intervals, recomputed from the stored votes "
                                   "(defaults: the Arena tab's numbers)")
    board.add_argument("--category", help="only votes of this category")
    board.add_argument("--reason", help="only votes carrying this reason tag")
    board.add_argument("--format", choices=FORMATS, default="table")
    board.add_argument("--bootstrap", type=int, help="bootstrap rounds for the intervals (default: the tab's)")
    board.add_argument("--seed", type=int, help="bootstrap seed (default: the tab's); the same seed gives the same table")
    board.add_argument("--both-bad", choices=("tie", "exclude"), default="tie", help="how 'both bad' votes count")
    board.add_argument("--out", type=Path, help="write here instead of standard output")

    flag = command("flag", "mark a voter for review (votes still count), or clear the mark with --clear")
    flag.add_argument("session")
    flag.add_argument("--clear", action="store_true")
    flag.add_argument("--note", help="a note kept with the voter")

    exclude = command("exclude", "leave voters' votes out of ratings and export (votes stay stored); --undo counts them again")
    exclude.add_argument("sessions", nargs="*", metavar="SESSION")
    exclude.add_argument("--anomalies", action="store_true", help="every voter the anomaly checks list")
    exclude.add_argument("--undo", action="store_true")
    exclude.add_argument("--note", help="a note kept with each voter")

    export = command("export", "PhyGDPO groups (groups.jsonl) from the counted votes, the rule in groups.meta.json")
    export.add_argument("--out", type=Path, required=True, help="a groups.jsonl file or a folder to hold one")
    export.add_argument("--pool", help="only this pool's votes")

    pairs = command("pairs", "what is left to vote, per prompt and seed")
    pairs.add_argument("--target", type=int, default=1, help="counted votes wanted per pair (default 1)")
    pairs.add_argument("--pool")
    pairs.add_argument("--format", choices=FORMATS, default="table")

    command("migrate", "bring an older database to this build's schema (back it up first)")


def run_arena_command(args: argparse.Namespace) -> int:
    from . import ArenaError

    try:
        return _COMMANDS[args.arena_command](args)
    except (ArenaError, ValueError, OSError) as exc:  # a missing database, a migration needed, a bad folder...
        _refuse(str(exc))
        return EXIT_REFUSED


def _refuse(message: str) -> None:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)  # one line, however the cause was worded


def _open(args: argparse.Namespace):
    from .stats import open_existing

    return open_existing(args.db, min_seconds_between_votes=0)


def _import(args: argparse.Namespace) -> int:
    from .pools import import_folder
    from .stats import open_or_create

    with open_or_create(args.db) as store:  # import is the one arena command that makes a new database
        for folder in args.folders:
            summary = import_folder(store, folder, pool=args.pool, score_scale=args.score_scale)
            print(f"{folder}: {summary.added} video(s) added to pool {summary.pool!r} ({summary.kind}), "
                  f"{summary.skipped} already there")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from .stats import session_report

    with _open(args) as store:
        stats = store.vote_stats()
        sessions = session_report(store)
        anomalies = [asdict(a) for a in store.anomalies()]
    if args.format == "json":
        print(json.dumps({"total": stats.total, "counted": stats.counted, "sessions": sessions,
                          "by_variant": stats.by_variant, "by_day": stats.by_day, "by_choice": stats.by_choice,
                          "by_reason": stats.by_reason, "anomalies": anomalies}, indent=2))
        return 0
    print(f"{stats.total} votes stored, {stats.counted} counted (excluded voters' votes are kept, not counted)\n")
    _print_table(["session", "votes", "first", "last", "flagged", "excluded", "anomalies", "note"],
                 [[s["session"], s["votes"], _when(s["first_vote"]), _when(s["last_vote"]), _yes(s["flagged"]),
                   _yes(s["excluded"]), "; ".join(s["anomalies"]), s["note"]] for s in sessions])
    print()
    _print_table(["variant", "votes", "wins", "losses", "ties", "both_bad"],
                 [[v, *(c[k] for k in ("votes", "wins", "losses", "ties", "both_bad"))] for v, c in stats.by_variant.items()])
    print()
    _print_table(["day (UTC)", "votes"], [[day, n] for day, n in stats.by_day.items()])
    return 0


def _leaderboard(args: argparse.Namespace) -> int:
    from .ratings import leaderboard_csv, leaderboard_table
    from .stats import BOARD_SEED, BOOTSTRAP_ROUNDS, board

    with _open(args) as store:
        rows, counted = board(store, args.category, args.reason,
                              bootstrap=BOOTSTRAP_ROUNDS if args.bootstrap is None else args.bootstrap,
                              seed=BOARD_SEED if args.seed is None else args.seed, both_bad=args.both_bad)
    if args.format == "csv":
        text = leaderboard_csv(rows)
    elif args.format == "json":
        text = json.dumps([asdict(r) for r in rows], indent=2) + "\n"
    else:
        headers, body = leaderboard_table(rows)
        text = _table_text(headers, body) + f"\n{len(rows)} variants · {counted} counted votes\n"
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _known(store, sessions: Sequence[str]) -> None:
    from . import ArenaError
    from .stats import known_sessions

    unknown = sorted(set(sessions) - known_sessions(store))
    if unknown:
        raise ArenaError(f"unknown session(s) {', '.join(map(repr, unknown))}: "
                         "`arena stats` lists the voters of this database")


def _flag(args: argparse.Namespace) -> int:
    with _open(args) as store:
        _known(store, [args.session])
        store.set_session_flags(args.session, flagged=not args.clear, note=args.note)
    print(f"session {args.session}: {'flag cleared' if args.clear else 'flagged'}")
    return 0


def _exclude(args: argparse.Namespace) -> int:
    from . import ArenaError

    with _open(args) as store:
        sessions = list(args.sessions)
        if args.anomalies:
            sessions += [s for anomaly in store.anomalies() for s in anomaly.sessions]
        sessions = sorted(set(sessions))
        if not sessions:
            raise ArenaError("name the sessions to exclude, or pass --anomalies" if not args.anomalies
                             else "the anomaly checks list no voter; nothing excluded")
        _known(store, sessions)
        for session in sessions:
            store.set_session_flags(session, excluded=not args.undo, flagged=None if args.undo else True, note=args.note)
    verb = "counted again" if args.undo else "excluded (votes kept, no longer counted)"
    print(f"{len(sessions)} session(s) {verb}: {', '.join(sessions)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from .export import export_groups, write_export_metadata
    from .stats import shown_url

    with _open(args) as store:
        if args.pool and args.pool not in {p.name for p in store.pools()}:
            from . import ArenaError

            raise ArenaError(f"there is no pool named {args.pool!r}; known pools: "
                             f"{', '.join(p.name for p in store.pools()) or 'none'}")
        summary = export_groups(store.votes(pool=args.pool), args.out)
        meta = write_export_metadata(summary, database=shown_url(store.url), pool=args.pool)
    print(f"wrote {summary.groups} group(s) to {summary.path} from {summary.votes_used} decisive vote(s) "
          f"({summary.votes_skipped} ties or both bad skipped, {summary.pairs_split} evenly split pair(s)); "
          f"rule in {meta}")
    return 0


def _pairs(args: argparse.Namespace) -> int:
    from .stats import pairs_left

    with _open(args) as store:
        found = pairs_left(store, target=args.target, pool=args.pool)
    if args.format == "json":
        print(json.dumps([p.to_dict() for p in found], indent=2))
        return 0
    headers = ["pool", "prompt", "seed", "variants", "pairs", "votes", "unvoted", f"below {args.target}", "votes needed"]
    body = [[p.pool, p.prompt, "" if p.seed is None else p.seed, ",".join(p.variants), p.pairs, p.votes, p.unvoted,
             p.short, p.votes_needed] for p in found]
    if args.format == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(body)
        return 0
    _print_table(headers, body)
    print(f"\n{sum(p.votes_needed for p in found)} vote(s) needed for {args.target} per pair "
          f"over {sum(p.pairs for p in found)} pair(s)")
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from .schema import latest_schema_version
    from .stats import MissingDatabase, stored_schema_version
    from .store import ArenaStore

    before = stored_schema_version(args.db)
    if before is None:
        raise MissingDatabase("the database holds no arena tables; nothing to migrate (check --db)")
    with ArenaStore(args.db) as store:
        after = store.schema_version
    print(f"schema version {before} → {after}" if before != after
          else f"already at schema version {after} (this build: {latest_schema_version()})")
    return 0


_COMMANDS = {"import": _import, "stats": _stats, "leaderboard": _leaderboard, "flag": _flag, "exclude": _exclude,
             "export": _export, "pairs": _pairs, "migrate": _migrate}


# ----------------------------------------------------------------------------- plain text tables
def _when(t: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.gmtime(t)) if t else ""


def _yes(value: bool) -> str:
    return "yes" if value else ""


def _table_text(headers: Sequence[str], body: Sequence[Sequence[Any]]) -> str:
    cells = [[str(h) for h in headers], *[["" if c is None else str(c) for c in row] for row in body]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def _print_table(headers: Sequence[str], body: Sequence[Sequence[Any]]) -> None:
    sys.stdout.write(_table_text(headers, body) if body else f"({headers[0]}: none)\n")
