"""Arena votes per second sustained by concurrent clients, on SQLite and PostgreSQL, with a lost-vote check.

Each client loops "ask for a pair, vote on it" as a new anonymous voter every time (the heaviest write
pattern: a server-issued voter, a session row, an issued pair, the per-address counters and a vote per vote).
After the run the database must hold exactly the votes the clients saw accepted: same count, same tokens.
The integrity checks all run (play gate, per-address counters, open-pair bound), with limits raised out of
the way and a zero wait: the placeholder files have no duration, so only ``min_view_s`` (0 here) applies.

Run:
  python tests/bench/bench_arena_votes.py --store-only          # the store directly, 32 threads (no UI needed)
  python tests/bench/bench_arena_votes.py                       # through the running app: app.py --arena-db URL,
                                                                # 32 gradio_client clients on /arena_pair + /arena_vote
  python tests/bench/bench_arena_votes.py --client http         # the same APIs over plain HTTP (a lighter client)
  python tests/bench/bench_arena_votes.py --client json         # the lean JSON routes /api/arena/pair + /vote
Options: --clients 32 --seconds 10 --backends sqlite,sqlite-power-safe,postgresql
(target: >= 100 votes/s on SQLite, 2 cores). "sqlite-power-safe" = ArenaStore(power_safe=True): an fsync per
vote, so its rate is bounded by the disk's fsync time; store-only, since the app has no flag for it.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from pipelines.arena import ArenaError, ArenaLimits, ArenaStore, PoolVideo  # noqa: E402
from pipelines.arena.schema import videos_table  # noqa: E402
from tests.conftest import launched_studio  # noqa: E402
from tests.helpers.postgres import PostgresUnavailable, running_postgres  # noqa: E402

TARGET_VOTES_PER_S = 100.0
PROMPTS, VARIANTS = 40, ("base", "phygdpo", "layout-guided", "refined")
HIGH = 10**9  # limits every request is counted against, never reached
BENCH_LIMITS = ArenaLimits(min_view_s=0.0, max_open_pairs=4, pairs_per_minute_per_address=HIGH,
                           votes_per_minute_per_address=HIGH, new_voters_per_hour_per_address=HIGH)
BENCH_ENV = {"PHYSTUDIO__ARENA__MIN_VIEW_S": "0", "PHYSTUDIO__ARENA__PAIRS_PER_MINUTE_PER_ADDRESS": str(HIGH),
             "PHYSTUDIO__ARENA__VOTES_PER_MINUTE_PER_ADDRESS": str(HIGH),
             "PHYSTUDIO__ARENA__NEW_VOTERS_PER_HOUR_PER_ADDRESS": str(HIGH)}


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    if backend.startswith("sqlite"):
        yield f"sqlite:///{folder / 'arena.db'}"
    else:
        with running_postgres() as url:
            yield url


PLACEHOLDER_HEADER = b"PhyStudio arena bench placeholder: not a video\n"


def fill_pool(url: str, folder: Path) -> int:
    """A pool of placeholder files: the store and the API never decode them. Each starts with a text line:
    about one file of pure random bytes in 2,500 passes FFmpeg's probe as a 1 s video, and the play gate
    (rightly) refuses the quick votes on its pairs; least-voted-first pairing then keeps serving them."""
    videos = []
    for p in range(PROMPTS):
        for variant in VARIANTS:
            path = folder / "videos" / f"{p}-{variant}.mp4"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(PLACEHOLDER_HEADER + os.urandom(256))
            videos.append(PoolVideo(path, f"bench prompt {p}", variant, seed=0, sa=0.5, pc=0.5))
    with ArenaStore(url) as store:
        added = store.add_videos("bench", videos, kind="folder")
        with store.engine.connect() as conn:
            timed = conn.execute(select(func.count(videos_table.c.duration_s))).scalar_one()
    if timed:
        raise SystemExit(f"{timed} placeholder file(s) read as videos: the play gate would hold their votes back")
    return added


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.tokens: list[str] = []
        self.errors: dict[str, int] = {}
        self.samples: dict[str, str] = {}  # one message per error kind, to tell what went wrong
        self.latencies: list[float] = []

    def ok(self, token: str, seconds: float) -> None:
        with self.lock:
            self.tokens.append(token)
            self.latencies.append(seconds)

    def failed(self, exc: BaseException) -> None:
        with self.lock:
            key = type(exc).__name__
            self.errors[key] = self.errors.get(key, 0) + 1
            self.samples.setdefault(key, str(exc)[:300])


def drive(clients: int, seconds: float, vote_once: Callable[[int, int], str]) -> tuple[Tally, float]:
    """``clients`` threads each calling ``vote_once(client, n)`` (returns the accepted token) until time is up."""
    tally, barrier = Tally(), threading.Barrier(clients + 1)
    deadline = [0.0]

    def client(index: int) -> None:
        barrier.wait()
        n = 0
        while time.perf_counter() < deadline[0]:
            started = time.perf_counter()
            try:
                tally.ok(vote_once(index, n), time.perf_counter() - started)
            except Exception as exc:  # counted and reported; the run goes on
                tally.failed(exc)
            n += 1

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for t in threads:
        t.start()
    deadline[0] = time.perf_counter() + seconds
    started = time.perf_counter()
    barrier.wait()
    for t in threads:
        t.join()
    return tally, time.perf_counter() - started


def store_only(url: str, clients: int, seconds: float, power_safe: bool) -> tuple[Tally, float]:
    # the app's settings otherwise (2 s between votes per voter)
    store = ArenaStore(url, pool_size=clients, power_safe=power_safe, limits=BENCH_LIMITS)

    def vote_once(client: int, n: int) -> str:
        session = f"bench-{client}-{n}"
        pair = store.next_pair(session, client_address="127.0.0.1")
        store.vote(session, pair.token, "AB"[n % 2], client_address="127.0.0.1")
        return pair.token

    try:
        return drive(clients, seconds, vote_once)
    finally:
        store.close()


@contextmanager
def running_app(url: str, folder: Path) -> Iterator[str]:
    runs = folder / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    with launched_studio(runs, "--arena-db", url, env=BENCH_ENV) as address:
        yield address


class RestClient:
    """Gradio's plain HTTP API (POST /gradio_api/call/<name>, then read the event stream): a much lighter
    client than gradio_client, whose own CPU use (~0.1 s per vote here) otherwise caps what the bench sees.
    Like gradio_client it keeps one gradio session per client: without one the server builds a fresh
    session state over every component of the studio on each call."""

    def __init__(self, address: str):
        import httpx

        self.http = httpx.Client(base_url=address, timeout=120)
        self.session_hash = secrets.token_hex(8)

    def predict(self, *args, api_name: str):
        name = api_name.strip("/")
        started = self.http.post(f"gradio_api/call/{name}", json={"data": list(args), "session_hash": self.session_hash})
        started.raise_for_status()
        stream = self.http.get(f"gradio_api/call/{name}/{started.json()['event_id']}").text
        event = data = ""
        for line in stream.splitlines():
            if line.startswith("event:"):
                event = line.partition(":")[2].strip()
            elif line.startswith("data:"):
                data = line.partition(":")[2].strip()
        if event != "complete":
            raise RuntimeError(f"/{name} answered {event or 'nothing'}: {data[:200]}")
        return json.loads(data)[0]


class JsonClient:
    """The studio's lean JSON routes (studio/arena_rest.py: POST /api/arena/pair and /api/arena/vote)."""

    def __init__(self, address: str):
        import httpx

        self.http = httpx.Client(base_url=address, timeout=120)

    def predict(self, *args, api_name: str):
        if api_name == "/arena_pair":
            body = {"voter": args[0], "category": args[1]}
        else:
            body = {"voter": args[0], "token": args[1], "choice": args[2], "reasons": args[3]}
        answer = self.http.post(f"api/arena/{api_name.strip('/').removeprefix('arena_')}", json=body)
        self.http.cookies.clear()  # the voter travels in the body: each pair without one is a new voter
        if answer.status_code != 200:
            raise RuntimeError(f"{api_name} answered {answer.status_code}: {answer.text[:200]}")
        return answer.json()


def through_app(url: str, folder: Path, clients: int, seconds: float, client_kind: str) -> tuple[Tally, float]:
    from gradio_client import Client

    with running_app(url, folder) as address:
        endpoints = Client(address, verbose=False, download_files=False).view_api(
            print_info=False, return_format="dict")["named_endpoints"]
        missing = {"/arena_pair", "/arena_vote"} - set(endpoints)
        if missing:
            raise SystemExit(f"the app has no {', '.join(sorted(missing))} API yet (the Arena tab is not wired); "
                             "use --store-only")
        kinds = {"gradio": lambda: Client(address, verbose=False, download_files=False),
                 "http": lambda: RestClient(address), "json": lambda: JsonClient(address)}
        pool = [kinds[client_kind]() for _ in range(clients)]

        def vote_once(client: int, n: int) -> str:
            pair = pool[client].predict("", "", api_name="/arena_pair")  # no voter: the server issues a new one
            pool[client].predict(pair["voter"], pair["token"], "AB"[n % 2], [], api_name="/arena_vote")
            return pair["token"]

        return drive(clients, seconds, vote_once)


def check_nothing_lost(url: str, tally: Tally, api_prefix: str) -> str:
    with ArenaStore(url) as store:
        stored = store.vote_tokens()
        sessions = {s.session_id for s in store.vote_stats().sessions if s.votes}
    accepted = set(tally.tokens)
    if len(accepted) != len(tally.tokens):
        return f"FAILED: the same token was accepted twice ({len(tally.tokens) - len(accepted)} repeats)"
    if stored != accepted:
        return (f"FAILED: {len(accepted - stored)} accepted votes missing, {len(stored - accepted)} stored votes "
                "nobody saw accepted")
    if not all(s.startswith(api_prefix) for s in sessions):
        return "FAILED: votes from unexpected sessions"
    return f"ok ({len(stored)} stored = {len(accepted)} accepted)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store-only", action="store_true", help="measure the store directly (no app, no UI)")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--backends", default="sqlite,sqlite-power-safe,postgresql")
    parser.add_argument("--client", choices=("gradio", "http", "json"), default="gradio",
                        help="app mode: gradio_client or plain HTTP on the named gradio APIs, or the studio's lean "
                             "JSON voting routes /api/arena/* (what a live arena front end uses)")
    args = parser.parse_args()
    mode = "store only" if args.store_only else f"through app.py's /arena_pair + /arena_vote ({args.client} client)"
    print(f"arena votes/s, {args.clients} concurrent clients, {args.seconds:g} s each, {mode}; "
          f"{os.cpu_count()} CPUs; target >= {TARGET_VOTES_PER_S:g} votes/s on SQLite")
    rates: dict[str, float] = {}
    failed = False
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        if backend == "sqlite-power-safe" and not args.store_only:
            print(f"{backend:>18}: skipped (the app has no power-safe flag; use --store-only)")
            continue
        with ExitStack() as stack:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="arena-bench-")))
            try:
                url = stack.enter_context(database(backend, folder))
            except PostgresUnavailable as exc:
                print(f"{backend:>18}: skipped ({exc})")
                continue
            fill_pool(url, folder)
            if args.store_only:
                tally, elapsed = store_only(url, args.clients, args.seconds, backend == "sqlite-power-safe")
                prefix = "bench-"
            else:
                tally, elapsed = through_app(url, folder, args.clients, args.seconds, args.client)
                prefix = ""  # server-issued voter ids
            check = check_nothing_lost(url, tally, prefix)
            failed |= check.startswith("FAILED")
            rate = len(tally.tokens) / elapsed
            rates[backend] = rate
            latency = sorted(tally.latencies) or [float("nan")]
            print(f"{backend:>18}: {rate:7.1f} votes/s ({len(tally.tokens)} in {elapsed:.1f} s), "
                  f"pair+vote latency p50 {1000 * statistics.median(latency):.0f} ms "
                  f"p95 {1000 * latency[int(0.95 * (len(latency) - 1))]:.0f} ms, "
                  f"errors {tally.errors or 'none'}; lost votes: {check}")
            for kind, message in tally.samples.items():
                print(f"{'':>20}{kind}, e.g.: {message}")
    if "sqlite" in rates and "postgresql" in rates:
        print(f"postgresql / sqlite throughput: {rates['postgresql'] / rates['sqlite']:.2f}")
    if "sqlite" in rates:
        verdict = "meets" if rates["sqlite"] >= TARGET_VOTES_PER_S else "BELOW"
        print(f"SQLite {verdict} the {TARGET_VOTES_PER_S:g} votes/s target")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except ArenaError as exc:
        sys.exit(f"arena error: {exc}")
