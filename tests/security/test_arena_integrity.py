"""Arena integrity, attacked through the public doors: the JSON routes, gradio's named APIs (over HTTP) and the
Vote tab's own handlers, on one in-process studio whose clock the test steps (no sleeping, no timing luck).

Each test performs an attack from issue 14 (ballot stuffing with chosen session ids, instant votes, predicting
variants from the videos' bytes, pair requests that grow the disk) and checks it is refused or bounded.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from types import SimpleNamespace

import gradio as gr
import numpy as np
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text

from pipelines.arena import PoolVideo
from pipelines.arena.identity import VOTER_COOKIE, InvalidVoter, VoterTokens, client_address
from pipelines.core.config import load_config
from pipelines.core.networks import parse_networks
from pipelines.core.video import write_mp4
from pipelines.services import Services
from studio.arena_rest import arena_router
from studio.ui import build_ui

PROMPTS, VARIANTS, FPS, FRAMES = 4, ("base", "tuned", "other"), 8, 8  # 1-second clips
CLIP_S = FRAMES / FPS


def clip(path: Path, seed: int) -> Path:
    """A one-second clip whose pixels (and so bytes) differ per seed."""
    rng = np.random.default_rng(seed)
    return write_mp4(rng.integers(0, 255, (FRAMES, 32, 32, 3), dtype=np.uint8), path, FPS)


def studio(tmp_path: Path, **arena) -> dict:
    """An in-process studio (gradio UI + JSON routes on one FastAPI app) over a pool of real clips."""
    runs = tmp_path / "runs"
    now = [1_000_000.0]
    settings = {"min_seconds_between_votes": 0, **arena}
    services = Services(load_config(overrides={"server": {"runs_dir": str(runs)}, "arena": settings}),
                        clock=lambda: now[0])
    videos, variant_of = [], {}
    for p in range(PROMPTS):
        for i, variant in enumerate(VARIANTS):
            path = clip(tmp_path / "pool" / f"p{p}-{variant}.mp4", seed=10 * p + i)
            variant_of[hashlib.sha256(path.read_bytes()).hexdigest()] = variant
            videos.append(PoolVideo(path, f"prompt {p}", variant, seed=0))
    services.arena_store().add_videos("pool", videos)
    demo = build_ui(services)
    app = FastAPI()
    app.include_router(arena_router(services))
    app = gr.mount_gradio_app(app, demo, path="")
    return {"services": services, "now": now, "app": app, "demo": demo, "runs": runs, "variant_of": variant_of}


@pytest.fixture()
def arena(tmp_path):
    built = studio(tmp_path)
    with TestClient(built["app"]) as http:
        yield {**built, "http": http}


def fresh(app) -> TestClient:
    """A client with no cookies: what an attacker gets by dropping its voter."""
    return TestClient(app)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def named(http: TestClient, name: str, *args):
    """gradio's named API over plain HTTP; returns (ok, data or error text)."""
    answer = http.post(f"/gradio_api/run/{name}", json={"data": list(args)})
    body = answer.json()
    if answer.status_code == 200 and "data" in body:
        return True, body["data"][0]
    return False, str(body.get("error", body))


# ----------------------------------------------------------------------------- ballot stuffing
def test_ballot_stuffing_with_chosen_session_ids_is_refused(tmp_path):
    built = studio(tmp_path, new_voters_per_hour_per_address=5, votes_per_minute_per_address=3, max_open_pairs=4)
    app, now = built["app"], built["now"]
    with TestClient(app) as http:
        # The old protocol let a client name its own voter: it is refused outright, not silently accepted.
        chosen = http.post("/api/arena/pair", json={"session_id": "stuffer-1"})
        assert chosen.status_code == 422 and "session_id" in chosen.text
        # Made-up or edited voter tokens are refused on every route.
        forged = http.post("/api/arena/pair", json={"voter": "stuffer-1.0123456789abcdef0123456789abcdef"})
        assert forged.status_code == 403 and "not issued by this server" in forged.json()["error"]
        real = http.post("/api/arena/pair", json={}).json()["voter"]
        voter_id, signature = real.split(".")
        edited = f"{voter_id[:-1]}{'A' if voter_id[-1] != 'A' else 'B'}.{signature}"
        assert http.post("/api/arena/pair", json={"voter": edited}).status_code == 403
        ok, error = named(http, "arena_pair", edited, "")
        assert not ok and "not issued by this server" in error
        # Dropping the voter (a fresh cookie-less client each time) makes new voters, but only 5 an hour per address,
        # and an X-Forwarded-For header from an untrusted peer does not make a new address.
        statuses = [fresh(app).post("/api/arena/pair", json={}, headers={"X-Forwarded-For": f"198.51.100.{n}"}).status_code
                    for n in range(10)]
        assert statuses.count(200) == 4 and statuses[4:] == [429] * 6  # the 5th new voter was `real` above
        limited = fresh(app).post("/api/arena/pair", json={}).json()
        assert "at most 5 new voters an hour" in limited["error"] and limited["wait_s"] > 0
        now[0] += 3600
        # Votes: at most 3 a minute from one address, whichever voters cast them.
        tokens = []
        for _ in range(4):
            answer = fresh(app).post("/api/arena/pair", json={}).json()
            tokens.append((answer["voter"], answer["token"]))
        now[0] += CLIP_S
        results = [http.post("/api/arena/vote", json={"voter": v, "token": t, "choice": "A"}).status_code for v, t in tokens]
        assert results == [200, 200, 200, 429]
        now[0] += 60
        assert http.post("/api/arena/vote", json={"voter": tokens[3][0], "token": tokens[3][1], "choice": "A"}).status_code == 200
    assert built["services"].arena_store().vote_count() == 4


def test_one_voter_through_the_cookie_is_one_voter(arena):
    http, now = arena["http"], arena["now"]
    first = http.post("/api/arena/pair", json={}).json()
    assert http.cookies.get(VOTER_COOKIE) == first["voter"]
    second = http.post("/api/arena/pair", json={}).json()  # the cookie names the same voter
    assert second["voter"] == first["voter"]
    now[0] += CLIP_S
    assert http.post("/api/arena/vote", json={"token": first["token"], "choice": "A"}).status_code == 200
    # A token handed to one voter cannot be voted on by another.
    foreign = fresh(arena["app"]).post("/api/arena/pair", json={}).json()["voter"]
    stolen = fresh(arena["app"]).post("/api/arena/vote", json={"voter": foreign, "token": second["token"], "choice": "B"})
    assert stolen.status_code == 403
    assert fresh(arena["app"]).post("/api/arena/vote", json={"token": second["token"], "choice": "B"}).status_code == 403


def test_trusted_proxies_alone_may_name_the_client():
    proxies = parse_networks(["10.0.0.0/8", "127.0.0.1"])
    assert client_address("203.0.113.5", {"X-Forwarded-For": "1.2.3.4"}, proxies) == "203.0.113.5"  # not a proxy
    assert client_address("10.1.2.3", {"X-Forwarded-For": "1.2.3.4, 198.51.100.7"}, proxies) == "198.51.100.7"
    # The left-most entries are the client's own words; the right-most untrusted hop is what the proxy saw.
    assert client_address("127.0.0.1", {"x-forwarded-for": "9.9.9.9, 198.51.100.7, 10.0.0.2"}, proxies) == "198.51.100.7"
    assert client_address("10.1.2.3", {}, proxies) == "10.1.2.3"
    assert client_address("10.1.2.3", {"X-Forwarded-For": "1.2.3.4"}, ()) == "10.1.2.3"  # no proxies configured
    with pytest.raises(ValueError, match="'10.0.0.0/33' is not an IP address"):
        parse_networks(["10.0.0.0/33"])
    tokens = VoterTokens(b"k" * 32)
    voter, token = tokens.issue()
    assert tokens.voter(token) == voter
    with pytest.raises(InvalidVoter, match="not issued by this server"):
        VoterTokens(b"j" * 32).voter(token)  # another server's key


# ----------------------------------------------------------------------------- instant votes
def test_instant_votes_are_refused_on_every_route(arena):
    http, now, demo = arena["http"], arena["now"], arena["demo"]
    # JSON route
    pair = http.post("/api/arena/pair", json={}).json()
    assert pair["vote_after_s"] == pytest.approx(CLIP_S)
    early = http.post("/api/arena/vote", json={"voter": pair["voter"], "token": pair["token"], "choice": "A"})
    assert early.status_code == 429 and "too soon" in early.json()["error"]
    assert early.json()["wait_s"] == pytest.approx(CLIP_S)
    now[0] += CLIP_S - 0.01
    assert http.post("/api/arena/vote", json={"voter": pair["voter"], "token": pair["token"], "choice": "A"}).status_code == 429
    now[0] += 0.01
    assert http.post("/api/arena/vote", json={"voter": pair["voter"], "token": pair["token"], "choice": "A"}).status_code == 200

    # Named API (gradio_client's door), over HTTP
    ok, named_pair = named(http, "arena_pair", "", "")
    assert ok and named_pair["vote_after_s"] == pytest.approx(CLIP_S)
    ok, error = named(http, "arena_vote", named_pair["voter"], named_pair["token"], "B", [])
    assert not ok and "too soon" in error
    now[0] += CLIP_S
    ok, vote = named(http, "arena_vote", named_pair["voter"], named_pair["token"], "B", [])
    assert ok and vote["winner"] == vote["B"]["variant"]

    # The Vote tab: a client that fakes "both videos ended" (its state says played) still waits for the clock.
    handlers = {fn.fn.__name__: fn.fn for fn in demo.fns.values() if fn.fn is not None}
    request = gr.Request(headers={}, client=SimpleNamespace(host="203.0.113.1"), session_hash="browser")
    shown = handlers["on_next"]("all", "", request)  # {component: value}; the pair and the voter token are States
    kept = [value for component, value in shown.items() if isinstance(component, gr.State)]
    state = next(value for value in kept if isinstance(value, dict))
    voter = next(value for value in kept if isinstance(value, str))
    assert state and voter
    answer = handlers["handler"]({**state, "played": True}, voter, [], request)
    assert any("too soon" in str(part) for part in answer.values())
    now[0] += CLIP_S
    answer = handlers["handler"]({**state, "played": True}, voter, [], request)
    assert any("your vote is stored" in str(x) for x in answer.values())
    assert arena["services"].arena_store().vote_count() == 3


# ----------------------------------------------------------------------------- predicting variants from bytes
def test_videos_whose_variant_was_revealed_are_never_shown_to_that_voter_again(arena):
    """The attack: vote, learn which bytes are which variant, then recognise them in later pairs."""
    http, now, variant_of = arena["http"], arena["now"], arena["variant_of"]
    known: dict[str, str] = {}  # bytes → variant, as the attacker learns them
    predicted = served = 0
    while True:
        pair = http.post("/api/arena/pair", json={})
        if pair.status_code == 404:
            assert "revealed" in pair.json()["error"] or "voted on all" in pair.json()["error"]
            break
        pair = pair.json()
        files = {side: http.get(pair[side]) for side in "AB"}
        assert all(f.status_code == 200 and f.content[4:8] == b"ftyp" for f in files.values())
        assert all("etag" not in f.headers and "last-modified" not in f.headers for f in files.values())
        hashes = {side: sha(f.content) for side, f in files.items()}
        served += 1
        predicted += any(h in known for h in hashes.values())
        now[0] += CLIP_S
        vote = http.post("/api/arena/vote", json={"token": pair["token"], "choice": "A"}).json()
        for side in "AB":
            assert variant_of[hashes[side]] == vote[side]["variant"]  # the bytes served are the revealed videos
            known[hashes[side]] = vote[side]["variant"]
    assert predicted == 0, f"{predicted} of {served} pairs showed a video whose variant this voter already knew"
    assert served == PROMPTS  # one pair per prompt: any second pair would share a revealed video


def test_videos_are_served_only_through_their_pair_token(arena):
    http = arena["http"]
    pair = http.post("/api/arena/pair", json={}).json()
    assert pair["A"] == f"/api/arena/video/{pair['token']}/A"
    assert http.get(f"/api/arena/video/{pair['token']}/C").status_code == 400
    assert http.get(f"/api/arena/video/{uuid.uuid4().hex}/A").status_code == 403
    token = pair["token"]
    forged = token[:-1] + ("y" if token.endswith("x") else "x")  # one character off, never the token itself
    assert http.get(f"/api/arena/video/{forged}/A").status_code == 403
    assert not (arena["runs"] / "arena-serve").exists(), "no per-pair copies or links"


# ----------------------------------------------------------------------------- pair requests growing the disk
def test_pair_requests_add_no_files_and_a_bounded_number_of_rows(tmp_path):
    built = studio(tmp_path, max_open_pairs=3, new_voters_per_hour_per_address=2, pairs_per_minute_per_address=1000)
    runs = built["runs"]

    def files() -> dict[str, int]:
        return {str(p.relative_to(runs)): p.stat().st_size for p in runs.rglob("*") if p.is_file()
                and not p.name.startswith("arena.db")}

    with TestClient(built["app"]) as http:
        before = files()
        for _ in range(50):
            assert http.post("/api/arena/pair", json={}).status_code == 200
        assert files() == before, "pair requests wrote files"
        anonymous = [fresh(built["app"]).post("/api/arena/pair", json={}).status_code for _ in range(20)]
        assert anonymous.count(200) == 1 and anonymous.count(429) == 19  # 2 new voters an hour: http's and one more
    with built["services"].arena_store().engine.connect() as conn:
        per_voter = conn.execute(text("SELECT session_id, count(*) FROM issued_pairs GROUP BY session_id")).all()
        skips = conn.execute(text("SELECT count(*) FROM skipped_pairs")).scalar_one()
        pairs = len(built["services"].arena_store()._candidate_pairs()[0])
    assert sorted(count for _, count in per_voter) == [1, 3]  # 50 requests hold 3 open pairs; the other voter 1
    assert 0 < skips <= pairs, "skips are remembered once per voter and pair, not once per request"


def test_pair_requests_per_address_are_limited(tmp_path):
    built = studio(tmp_path, pairs_per_minute_per_address=5)
    with TestClient(built["app"]) as http:
        statuses = [http.post("/api/arena/pair", json={}).status_code for _ in range(7)]
        assert statuses == [200] * 5 + [429] * 2
        built["now"][0] += 60
        assert http.post("/api/arena/pair", json={}).status_code == 200
