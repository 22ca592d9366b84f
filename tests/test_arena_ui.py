"""The Arena tab: blind pairs and votes through gradio_client, and in a real browser the vote buttons that
wait for both videos, names revealed only by the vote, the leaderboard following, and the Admin view."""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import numpy as np
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from pipelines.arena import ArenaStore, PoolVideo
from pipelines.core.video import write_mp4
from pipelines.phygdpo.groups import read_groups
from tests.conftest import launched_studio

ROOT = Path(__file__).resolve().parent.parent
PROMPT = "a ball rolls down a ramp and stops"
REFINED = "a blue rubber ball rolls down a wooden ramp and stops on the floor"
LABELS = ("base", "layout-guided", "PhyT2V-refined")
CLIP_PROMPT = "a red square falls to the floor"
PASSWORD = "arena-" + uuid.uuid4().hex[:8]


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ----------------------------------------------------------------------------- gradio_client on the studio
@pytest.fixture(scope="module")
def client(studio):
    return Client(studio["url"], verbose=False)


@pytest.fixture(scope="module")
def compared(client):
    """Three variants of one prompt sent to the arena by /compare: three pairs of different videos to vote on."""
    planned = client.predict("a ball bounces to the left", "physics", 0, 6, api_name="/plan_layout")
    result = client.predict(PROMPT, 3, list(LABELS), "", REFINED, json.dumps(planned["layout"]), None, True,
                            api_name="/compare")
    assert result["arena_added"] == 3
    assert len({sha(v["video"]) for v in result["variants"]}) == 3
    return result


def served(base_url: str, url: str) -> bytes:
    """A pair's video, fetched the way any client does (the URL is relative to the app's root)."""
    with urllib.request.urlopen(urllib.parse.urljoin(base_url, url)) as response:
        return response.read()


def watched(pair: dict) -> None:
    """A real voter's wait: the store refuses a vote sooner than the shorter video's duration after the pair
    (a lower bound, so this cannot flake; the refusal itself is tested with a stepped clock in tests/security)."""
    time.sleep(pair["vote_after_s"])


def test_pair_hides_names_and_the_vote_reveals_them(studio, client, compared):
    pair = client.predict("", "", api_name="/arena_pair")
    assert set(pair) == {"voter", "token", "prompt", "category", "A", "B", "vote_after_s"}
    shown = json.dumps({k: v for k, v in pair.items() if k != "voter"})
    assert not any(label in shown for label in LABELS), "no variant name before the vote"
    assert "video.mp4" not in shown and "/generate/" not in shown, "no run folder either"

    watched(pair)
    vote = client.predict(pair["voter"], pair["token"], "B", ["gravity", "momentum"], api_name="/arena_vote")
    assert {vote["A"]["variant"], vote["B"]["variant"]} <= set(LABELS)
    assert vote["A"]["variant"] != vote["B"]["variant"] and vote["winner"] == vote["B"]["variant"]
    assert vote["reasons"] == ["gravity", "momentum"] and vote["prompt"] == pair["prompt"]
    # The files handed out are exactly the revealed videos, side by side as shown.
    assert "video" not in vote["A"] and "video" not in vote["B"], "a public answer carries no server paths"
    if pair["prompt"] == PROMPT:  # one of this module's compared pairs: the files are the revealed variants' videos
        by_label = {v["label"]: v for v in compared["variants"]}
        for side in ("A", "B"):
            assert hashlib.sha256(served(studio["url"], pair[side])).hexdigest() == sha(by_label[vote[side]["variant"]]["video"])
            assert vote[side]["pc"] == pytest.approx(by_label[vote[side]["variant"]]["scores"]["pc"])


def test_duplicate_and_foreign_votes_are_refused(studio, client, compared):
    """Only refusals that do not depend on timing; the rate limits and the play gate are tested with a stepped
    clock (tests/test_arena_store.py::test_rate_limits_per_session, tests/security/test_arena_integrity.py)."""
    first = client.predict("", "", api_name="/arena_pair")
    voter = first["voter"]
    other = client.predict("", "", api_name="/arena_pair")["voter"]
    with pytest.raises(AppError, match="not handed to your session"):
        client.predict(other, first["token"], "A", [], api_name="/arena_vote")
    watched(first)
    client.predict(voter, first["token"], "A", [], api_name="/arena_vote")
    with pytest.raises(AppError, match="already voted on this pair"):
        client.predict(voter, first["token"], "B", [], api_name="/arena_vote")
    try:
        second = client.predict(voter, "", api_name="/arena_pair")
    except AppError as exc:  # this voter has seen every video of the compared prompt
        assert "revealed" in str(exc) or "voted on all" in str(exc)
    else:
        seen = {sha_bytes(served(studio["url"], first[s])) for s in "AB"}
        assert not seen & {sha_bytes(served(studio["url"], second[s])) for s in "AB"}, "a revealed video came back"
        with pytest.raises(AppError, match="unknown reason tag"):
            client.predict(voter, second["token"], "tie", ["vibes"], api_name="/arena_vote")
    with pytest.raises(AppError, match="voter is empty"):
        client.predict("", first["token"], "A", [], api_name="/arena_vote")
    with pytest.raises(AppError, match="not issued by this server"):
        client.predict("made-up.0123", "", api_name="/arena_pair")


def sha_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_leaderboard_api_counts_the_votes(client, compared):
    before = {row["variant"]: row for row in client.predict("", "", api_name="/leaderboard")}
    pair = client.predict("", "", api_name="/arena_pair")
    watched(pair)
    vote = client.predict(pair["voter"], pair["token"], "A", ["collision"], api_name="/arena_vote")
    after = {row["variant"]: row for row in client.predict("", "", api_name="/leaderboard")}
    winner, loser = vote["A"]["variant"], vote["B"]["variant"]
    assert after[winner]["wins"] == before.get(winner, {"wins": 0})["wins"] + 1
    assert after[loser]["losses"] == before.get(loser, {"losses": 0})["losses"] + 1
    by_reason = {row["variant"]: row for row in client.predict("", "collision", api_name="/leaderboard")}
    assert by_reason[winner]["wins"] >= 1 and not by_reason[winner]["no_votes"]
    assert set(LABELS) <= set(after), "every variant in the pools is listed"


# ----------------------------------------------------------------------------- a studio of our own, in a browser
def _clip(path: Path, falling: bool) -> Path:
    """A one-second 64×64 clip: a square that falls (or hovers); short so 'played to the end' is quick."""
    frames = np.full((8, 64, 64, 3), 235, np.uint8)
    for t in range(8):
        y = 4 + (6 * t if falling else 2 * (t % 2))
        frames[t, y:y + 10, 27:37] = (200, 30, 30)
    return write_mp4(frames, path, 8)


@pytest.fixture(scope="module")
def arena_app(tmp_path_factory):
    """A studio with the Admin password set and a pool of two clips whose file names are their variants."""
    runs = tmp_path_factory.mktemp("arena-runs")
    clips = tmp_path_factory.mktemp("clips")
    videos = {"phygdpo": _clip(clips / "phygdpo.mp4", True), "base": _clip(clips / "base.mp4", False)}
    with ArenaStore(f"sqlite:///{runs / 'arena.db'}") as store:
        store.add_videos("clips", [PoolVideo(video=path, prompt=CLIP_PROMPT, variant=name, sa=0.9,
                                             pc=0.8 if name == "phygdpo" else 0.3)
                                   for name, path in videos.items()])
    with launched_studio(runs, env={"PHYSTUDIO_ADMIN_PASSWORD": PASSWORD}) as url:
        yield {"url": url, "runs": runs, "videos": videos}


@pytest.fixture()
def page(browser, arena_app):
    context = browser.new_context(viewport={"width": 1400, "height": 1500})
    page = context.new_page()
    page.goto(arena_app["url"])
    page.get_by_role("tab", name="Arena").click()
    yield page
    context.close()


def vote_buttons_disabled(page) -> list[bool]:
    return page.evaluate("() => ['A', 'B', 'tie', 'both_bad'].map(c => document.querySelector('#arena-vote-' + c).disabled)")


def play_to_end(page, side: str) -> None:
    page.wait_for_function("side => document.querySelector(`#arena-video-${side} video`).readyState >= 1", arg=side,
                           timeout=10_000)
    page.evaluate("""side => { const v = document.querySelector(`#arena-video-${side} video`);
                     v.muted = true; v.currentTime = 0; v.play(); }""", side)
    page.wait_for_function("side => document.querySelector(`#arena-video-${side} video`).ended", arg=side, timeout=30_000)


def leaderboard_votes(page) -> dict[str, int]:
    rows = page.evaluate("() => Array.from(document.querySelectorAll('#arena-leaderboard .virtual-row, "
                         "#arena-leaderboard tbody tr'))\n"
                         "        .map(row => Array.from(row.querySelectorAll('[role=gridcell], td'))"
                         ".map(cell => cell.textContent.trim()))")
    return {row[1]: int(row[4]) for row in rows if len(row) >= 5 and row[4].isdigit()}


def wait_for_votes(page, expected: dict[str, int] | None, timeout_s: float = 15.0) -> dict[str, int]:
    """The leaderboard's vote counts once it shows ``expected`` (or any two rows when None)."""
    deadline = time.time() + timeout_s
    while True:
        shown = leaderboard_votes(page)
        if (expected is None and len(shown) >= 2) or shown == expected or time.time() > deadline:
            return shown
        page.wait_for_timeout(200)


def test_vote_waits_for_both_videos_and_reveals_names_after(page, arena_app):
    page.get_by_role("tab", name="Leaderboard").click()
    before = wait_for_votes(page, None)
    assert set(before) == {"base", "phygdpo"}
    page.get_by_role("tab", name="Vote").click()

    page.locator("#arena-next").click()
    page.wait_for_function("() => document.querySelector('#arena-video-a video')?.src && document.querySelector('#arena-video-b "
                           "video')?.src",
                           timeout=15_000)
    sources = page.evaluate("() => ['a', 'b'].map(s => document.querySelector(`#arena-video-${s} video`).src)")
    assert not any(name in src for src in sources for name in ("phygdpo", "base")), "file names do not give the variant away"
    assert CLIP_PROMPT in page.locator("#arena-prompt").inner_text()
    vote_area = page.locator("#arena-vote-tab").inner_text()
    assert "phygdpo" not in vote_area and "base" not in vote_area
    assert vote_buttons_disabled(page) == [True] * 4

    play_to_end(page, "a")
    page.wait_for_timeout(700)  # room for a wrong unlock to arrive
    assert vote_buttons_disabled(page) == [True] * 4, "one video played is not enough"
    play_to_end(page, "b")
    page.wait_for_function("() => !document.querySelector('#arena-vote-A').disabled", timeout=10_000)
    assert vote_buttons_disabled(page) == [False] * 4
    assert "phygdpo" not in page.locator("#arena-vote-tab").inner_text()

    page.locator("#arena-reasons").get_by_text("gravity").click()
    page.locator("#arena-vote-B").click()
    page.wait_for_function("() => (document.querySelector('#arena-reveal')?.innerText || '').includes('phygdpo')", timeout=10_000)
    reveal = page.locator("#arena-reveal").inner_text()
    assert "B is better" in reveal and "gravity" in reveal and "base" in reveal
    titles = page.locator("#arena-title-a").inner_text(), page.locator("#arena-title-b").inner_text()
    assert sorted(t.split("—")[-1].strip() for t in titles) == ["base", "phygdpo"]
    assert vote_buttons_disabled(page) == [True] * 4, "one vote per pair"
    # Video B is the clip whose name the title shows.
    shown_b = titles[1].split("—")[-1].strip()
    played_b = page.evaluate("() => document.querySelector('#arena-video-b video').src")
    with urllib.request.urlopen(played_b) as response:
        assert hashlib.sha256(response.read()).hexdigest() == sha(arena_app["videos"][shown_b])

    page.get_by_role("tab", name="Leaderboard").click()
    expected = {name: count + 1 for name, count in before.items()}
    assert wait_for_votes(page, expected) == expected
    csv_link = page.locator("#arena-leaderboard-csv a[href]").first.get_attribute("href")
    with urllib.request.urlopen(urllib.parse.urljoin(arena_app["url"], csv_link)) as response:
        lines = response.read().decode().splitlines()
    assert lines[0].startswith("rank,variant,rating,ci_low,ci_high,elo,votes")
    assert {line.split(",")[1]: int(line.split(",")[6]) for line in lines[1:]} == expected

    page.get_by_role("tab", name="Vote").click()
    page.locator("#arena-next").click()
    page.wait_for_function("() => (document.querySelector('#arena-status')?.innerText || '').includes('voted on all')",
                           timeout=10_000)


def test_admin_needs_the_password_then_imports_and_exports(page, arena_app, tmp_path):
    app = Client(arena_app["url"], verbose=False)
    videos = {name: sha(path) for name, path in arena_app["videos"].items()}
    sessions = []
    for preferred in ("phygdpo", "phygdpo", "base"):  # a 2:1 majority for the falling square
        pair = app.predict("", "", api_name="/arena_pair")
        choice = "A" if sha_bytes(served(arena_app["url"], pair["A"])) == videos[preferred] else "B"
        watched(pair)
        app.predict(pair["voter"], pair["token"], choice, [], api_name="/arena_vote")
        sessions.append(pair["voter"].split(".")[0])  # the voter id is the token's first part

    page.get_by_role("tab", name="Admin").click()
    page.locator("#arena-admin-password input").fill("wrong")
    page.locator("#arena-admin-unlock").click()
    page.wait_for_function("() => (document.querySelector('#arena-admin-status')?.innerText || '').includes('Wrong password')",
                           timeout=10_000)
    assert not page.locator("#arena-admin-export").is_visible()
    page.locator("#arena-admin-password input").fill(PASSWORD)
    page.locator("#arena-admin-unlock").click()
    page.wait_for_selector("#arena-admin-export", state="visible", timeout=10_000)
    page.wait_for_function("() => (document.querySelector('#arena-admin-pools')?.innerText || '').includes('clips')",
                           timeout=10_000)

    page.locator("#arena-admin-stats").click()
    page.wait_for_function("() => (document.querySelector('#arena-admin-totals')?.innerText || '').includes('counted')",
                           timeout=10_000)
    stored, counted = [int(n) for n in re.findall(r"(\d+) (?:votes stored|counted)",
                                                  page.locator("#arena-admin-totals").inner_text())]
    assert stored == counted >= 3
    page.locator("#arena-admin-session textarea").fill(sessions[2])  # the base voter
    page.locator("#arena-admin-excluded input").check()
    page.locator("#arena-admin-flag").click()
    page.wait_for_function("() => (document.querySelector('#arena-admin-status')?.innerText || '').includes('excluded=True')",
                           timeout=10_000)
    page.locator("#arena-admin-stats").click()
    page.wait_for_function("expected => (document.querySelector('#arena-admin-totals')?.innerText || '').includes(expected)",
                           arg=f"{counted - 1} counted", timeout=10_000)
    sessions_table = page.locator("#arena-admin-sessions").inner_text()
    assert sessions[2] in sessions_table

    page.locator("#arena-admin-export").click()
    page.wait_for_function("() => (document.querySelector('#arena-admin-status')?.innerText || '').includes('Exported')",
                           timeout=10_000)
    message = page.locator("#arena-admin-status").inner_text()
    groups_path = Path(message.split("to ")[-1].strip(" .`"))
    (group,) = read_groups(groups_path)
    assert group.prompt == CLIP_PROMPT and group.winner.variant == "phygdpo" and group.winner.source == "arena"
    assert [m.variant for m in group.losers] == ["base"] and group.losers[0].pc == pytest.approx(0.3)

    folder = tmp_path / "more"
    folder.mkdir()
    for name, falling in (("fast", True), ("slow", False)):
        _clip(folder / f"{name}.mp4", falling)
        (folder / f"{name}.json").write_text(json.dumps({"prompt": "a square drops", "variant": name}))
    page.locator("#arena-admin-folder textarea").fill(str(folder))
    page.locator("#arena-admin-import").click()
    page.wait_for_function("() => (document.querySelector('#arena-admin-status')?.innerText || '').includes('Imported 2')",
                           timeout=10_000)
    assert "more" in page.locator("#arena-admin-pools").inner_text()


# ----------------------------------------------------------------------------- lean JSON routes (studio/arena_rest.py)
def test_json_routes_share_the_store_and_rules_with_the_named_apis(studio, client, compared):
    import httpx

    http = httpx.Client(base_url=studio["url"], timeout=60)
    pair = http.post("api/arena/pair", json={}).json()
    assert set(pair) == {"voter", "token", "prompt", "category", "A", "B", "vote_after_s"}
    assert http.cookies.get("phystudio_voter") == pair["voter"], "the voter comes back as a cookie too"
    assert not any(label in json.dumps(pair) for label in LABELS), "no variant name before the vote"
    file = http.get(pair["A"].lstrip("/"))
    assert file.status_code == 200 and file.content[4:8] == b"ftyp", "the A file is served as an MP4"
    before = sum(row["votes"] for row in http.get("api/arena/leaderboard").json())

    watched(pair)
    vote = http.post("api/arena/vote", json={"token": pair["token"], "choice": "A", "reasons": ["gravity"]})
    assert vote.status_code == 200 and vote.json()["winner"] == vote.json()["A"]["variant"] in LABELS
    again = http.post("api/arena/vote", json={"token": pair["token"], "choice": "B"})
    assert again.status_code == 409 and "already voted" in again.json()["error"]
    stranger = httpx.Client(base_url=studio["url"], timeout=60)
    foreign = stranger.post("api/arena/vote", json={"token": pair["token"], "choice": "B"})
    assert foreign.status_code == 403 and "names no voter" in foreign.json()["error"]
    assert http.post("api/arena/vote", json={"token": "", "choice": "A"}).status_code == 422
    # One voter, two doors: the named API sees the JSON route's vote on the same pair as a duplicate.
    with pytest.raises(AppError, match="already voted on this pair"):
        client.predict(pair["voter"], pair["token"], "B", [], api_name="/arena_vote")
    after = sum(row["votes"] for row in http.get("api/arena/leaderboard").json())
    assert after == before + 2  # the vote counts once for each of its two variants


def test_a_live_pair_is_generated_blind_for_the_voters_prompt(browser, tiny_studio):
    """On a studio with two variants (base and a ProPhy module on the tiny Wan), the Vote tab generates a pair
    for a typed prompt; it opens with names hidden and voting locked, like any pair."""
    page = browser.new_context(viewport={"width": 1400, "height": 1500}).new_page()
    page.goto(tiny_studio["url"])
    page.get_by_role("tab", name="Arena").click()
    page.locator("#arena-live").get_by_text("generate a fresh pair live").click()
    prompt = "a wooden ball rolls off a table and bounces twice"
    page.locator("#arena-live-prompt textarea").fill(prompt)
    page.locator("#arena-live-button").click()
    page.wait_for_function("t => (document.querySelector('#arena-prompt')?.innerText || '').includes(t)", arg=prompt,
                           timeout=90_000)
    assert page.locator("#arena-video-a video").get_attribute("src") and page.locator("#arena-video-b video").get_attribute("src")
    assert vote_buttons_disabled(page) == [True, True, True, True]
    titles = page.locator("#arena-title-a").inner_text() + page.locator("#arena-title-b").inner_text()
    assert "base" not in titles and "physics-experts" not in titles
    page.context.close()


def test_a_live_pair_on_one_variant_is_one_status_message(browser, studio):
    """The default set-up has only the base model: the refusal is the status line, not an Error badge per output."""
    page = browser.new_context(viewport={"width": 1440, "height": 1000}).new_page()
    page.goto(studio["url"])
    page.get_by_role("tab", name="Arena").click()
    page.locator("#arena-live").get_by_text("generate a fresh pair live").click()
    page.locator("#arena-live-prompt textarea").fill("a wooden ball rolls off a table")
    page.locator("#arena-live-button").click()
    page.wait_for_function("() => /needs two variants/.test(document.querySelector('#arena-status')?.innerText || '')",
                           timeout=30_000)
    page.wait_for_timeout(500)
    assert page.locator("#tab-arena").get_by_text("Error", exact=True).count() == 0
    assert page.get_by_role("tab", name="Admin").count() == 0, "no admin password set: no Admin tab (as the README says)"
    page.context.close()


def test_leaderboard_names_an_unknown_filter(client, compared):
    with pytest.raises(AppError, match="unknown category 'nowhere'"):
        client.predict("nowhere", "", api_name="/leaderboard")
    with pytest.raises(AppError, match="unknown reason tag 'vibes'"):
        client.predict("", "vibes", api_name="/leaderboard")


def test_the_arena_database_and_training_folders_are_not_served(studio, client, compared):
    import httpx

    runs = Path(studio["runs"]).resolve()
    assert (runs / "arena.db").exists()
    http = httpx.Client(base_url=studio["url"], timeout=30)
    for private in (runs / "arena.db", runs / "arena.db-wal"):
        answer = http.get(f"gradio_api/file={private}")
        assert answer.status_code in (403, 404), f"{private.name} was served ({answer.status_code})"
    video = next(v["video"] for v in compared["variants"] if v["video"])
    assert http.get(f"gradio_api/file={Path(video).resolve()}").status_code == 200  # videos still are


def test_a_missing_pool_video_is_a_clear_arena_error(tmp_path):
    from pipelines.arena import ArenaError

    with ArenaStore(f"sqlite:///{tmp_path / 'arena.db'}") as store:
        clips = {name: _clip(tmp_path / f"{name}.mp4", falling) for name, falling in (("kept", True), ("gone", False))}
        store.add_videos("pool", [PoolVideo(path, CLIP_PROMPT, name) for name, path in clips.items()])
        pair = store.next_pair("voter")
        clips["gone"].unlink()
        sides = {side: store.pair_video(pair.token, side) if Path(getattr(pair, attr)) == clips["kept"] else None
                 for side, attr in (("A", "left_video"), ("B", "right_video"))}
        missing = next(side for side, path in sides.items() if path is None)
        with pytest.raises(ArenaError, match="missing on the server"):
            store.pair_video(pair.token, missing)


def test_json_routes_refuse_chosen_blank_and_overlong_voter_ids(studio):
    import httpx

    http = httpx.Client(base_url=studio["url"], timeout=30)
    assert http.post("api/arena/pair", json={"session_id": "mine"}).status_code == 422  # voters are issued, not chosen
    assert http.post("api/arena/pair", json={"voter": "x" * 125}).status_code == 422
    assert http.post("api/arena/pair", json={"voter": "   "}).status_code == 403
