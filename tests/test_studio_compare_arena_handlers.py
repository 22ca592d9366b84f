"""The Compare and Arena tabs' handlers are module-level functions of plain values (the builders only lay out
and wire); each is called here directly, without a page."""

from __future__ import annotations

from pathlib import Path

import gradio as gr
import pytest

from pipelines.compare import BASE_LABEL, MAX_VARIANTS, REFINED_LABEL
from pipelines.core.config import load_config
from pipelines.services import Services
from studio.compare_tab import (
    COLUMN_PARTS,
    COMPARE_FIELDS,
    CompareForm,
    compare_for_client,
    layout_prompt_of,
    on_compare,
    on_refined,
    on_send,
    on_stop,
    refresh,
)
from studio.layout_state import LayoutSession
from studio.stops import SessionStops

SMALL = {"steps": 0, "num_frames": 8, "width": 128, "height": 96}


@pytest.fixture()
def services(tmp_path):
    return Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))


def request(session: str = "s") -> gr.Request:
    return gr.Request(session_hash=session)


# ----------------------------------------------------------------------------- Compare
def test_the_compare_form_is_read_by_name():
    form = CompareForm.of(list(COMPARE_FIELDS))  # each component's value is its own field name
    assert (form.prompt, form.refined_prompt, form.variants, form.seed, form.guidance) == (
        "prompt", "refined_prompt", "variants", "seed", "guidance")
    with pytest.raises(ValueError):  # a component missing from the click is an error, not a shifted form
        CompareForm.of(list(COMPARE_FIELDS)[:-1])
    sizes = CompareForm.of([None] * len(COMPARE_FIELDS)).request_overrides()
    assert sizes == {"steps": None, "num_frames": None, "width": None, "height": None}  # blank: the defaults
    assert dict(CompareForm.of(["p", "", "preview", [], 0, 0, 9, 128, None, "lvd-weak"]).request_overrides()) == {
        "steps": None, "num_frames": 9, "width": 128, "height": None}


def test_refresh_offers_what_exists_and_keeps_the_users_choice(services):
    prompt, choices = refresh(services, LayoutSession(), "", None, "preview", ["base", "gone"])
    assert prompt is not None and isinstance(prompt, type(gr.skip()))  # no layout prompt: nothing to fill
    assert choices.choices == [(BASE_LABEL, BASE_LABEL)] and choices.value == [BASE_LABEL]
    state = LayoutSession()
    state.prompt = "a ball rolls"
    filled, choices = on_refined(services, state, "", "a rubber ball rolls", "preview", [BASE_LABEL])
    assert filled == "a ball rolls"  # an empty prompt takes the Layout tab's
    assert choices.value == [BASE_LABEL, REFINED_LABEL]  # a refined prompt just sent is picked
    kept, _ = refresh(services, state, "typed already", None, "preview", None)
    assert isinstance(kept, type(gr.skip()))  # what the user typed is never overwritten
    assert layout_prompt_of(state) == "a ball rolls" and isinstance(layout_prompt_of(None), type(gr.skip()))


def test_on_compare_takes_the_form_as_plain_values(services):
    values = dict(prompt="a ball falls", refined_prompt="", generator="preview", variants=[BASE_LABEL], seed=3,
                  guidance="lvd-benchmark", **SMALL)
    out = on_compare(services, SessionStops(), LayoutSession(), request(), lambda *a, **k: None,
                     *[values[name] for name in COMPARE_FIELDS])
    columns = {f"{part}_{i}" for part in COLUMN_PARTS for i in range(MAX_VARIANTS)}
    assert set(out) == {"shown", *columns, "differences", "shared", "status"}
    result = out["shown"]
    assert [o.variant.label for o in result.outcomes] == [BASE_LABEL] and result.outcomes[0].ok
    assert out["shared"] == result.shared_settings
    assert result.shared_settings["seed"] == 3 and result.shared_settings["width"] == 128
    assert result.shared_settings["num_frames"] == 8 and out["status"].startswith("Compared: 1 of 1 variants · seed 3")
    assert out["title_0"] == f"### {BASE_LABEL}" and out["video_0"] == str(result.outcomes[0].video)
    assert out["record_0"] == result.outcomes[0].record and out["column_0"].visible is True
    assert all(out[f"column_{i}"].visible is False and out[f"video_{i}"] is None for i in range(1, MAX_VARIANTS))
    bad = on_compare(services, SessionStops(), LayoutSession(), request(), lambda *a, **k: None,
                     *[{**values, "variants": ["no-such-variant"]}[name] for name in COMPARE_FIELDS])
    assert set(bad) == {"status"} and "no-such-variant" in bad["status"]  # refused with the name, not a crash


def test_the_compare_button_fills_each_column_by_name(services):
    """The wired click answers {component: value} for its own outputs: column i's video to column i's player."""
    from studio.ui import build_ui

    demo = build_ui(services)
    (dependency,) = [fn for fn in demo.fns.values() if getattr(fn.fn, "__name__", "") == "on_compare"]
    values = dict(prompt="a ball falls", refined_prompt="", generator="preview", variants=[BASE_LABEL], seed=4,
                  guidance="lvd-benchmark", **SMALL)
    answer = dependency.fn(LayoutSession(), request(), lambda *a, **k: None, *[values[name] for name in COMPARE_FIELDS])
    assert set(answer) == set(dependency.outputs)
    by_id = {getattr(component, "elem_id", None): value for component, value in answer.items()}
    assert Path(by_id["compare-video-0"]).is_file() and by_id["compare-title-0"] == f"### {BASE_LABEL}"
    assert all(by_id[f"compare-video-{i}"] is None for i in range(1, MAX_VARIANTS))
    assert by_id["compare-status"].startswith("Compared: 1 of 1 variants · seed 4")


def test_compare_stop_and_send_take_plain_values(services):
    stops = SessionStops()
    assert on_stop(stops, request("a")) == "Nothing is running."
    token = stops.start("a")
    assert on_stop(stops, request("a")) == "Stopping after the current step…" and token.cancelled
    assert on_send(services, None, request()) == "Run a comparison first: there are no videos to send."


def test_the_compare_endpoint_work_takes_plain_values(services):
    data = compare_for_client(services, "a ball falls", 5, [BASE_LABEL], "preview", "", "", 2, False, None)
    entry = data["variants"][0]
    assert entry["label"] == BASE_LABEL and entry["file"]["meta"] == {"_type": "gradio.FileData"}
    assert data["shared_settings"]["seed"] == 5 and data["shared_settings"]["steps"] == 2
    with pytest.raises(gr.Error, match="no-such-variant"):
        compare_for_client(services, "a ball", 0, ["no-such-variant"], "preview", "", "", None, False, None)


# ----------------------------------------------------------------------------- Arena
@pytest.fixture()
def arena(tmp_path, monkeypatch):
    """Services whose arena holds one prompt in two variants (placeholder files: no wait to watch them)."""
    from pipelines.arena import PoolVideo

    monkeypatch.setenv("PHYSTUDIO_ADMIN_PASSWORD", "pw-for-handlers")
    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")},
                                               "arena": {"min_view_s": 0, "min_seconds_between_votes": 0}}))
    videos = []
    for variant in ("base", "tuned"):
        path = tmp_path / "pool" / f"{variant}.mp4"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"\x00")
        videos.append(PoolVideo(path, "a ball rolls", variant, seed=0))
    services.arena_store().add_videos("pool", videos)
    return services


def played(state) -> gr.EventData:
    """What the page's player script reports once both of the pair's videos ended (absolute URLs)."""
    return gr.EventData(None, {"a": f"http://host/{state['served'][0]}", "b": f"http://host/{state['served'][1]}"})


def test_a_vote_through_the_handlers_waits_for_both_videos_then_reveals(arena):
    from pipelines.arena import CHOICES
    from studio.arena_tab import on_next, on_played, on_vote

    buttons = {f"vote_{choice}" for choice in CHOICES}
    shown = on_next(arena, "all", "", request("voter-1"))
    assert set(shown) == {"pair", "voter", "category", "prompt", "video_a", "video_b", "title_a", "title_b", *buttons,
                          "reasons", "status", "reveal"}
    state, voter = shown["pair"], shown["voter"]
    assert state["played"] is False and voter  # the server issued this session a voter token
    assert "a ball rolls" in shown["prompt"] and "base" not in shown["prompt"] and "tuned" not in shown["prompt"]  # blind
    assert not any(shown[name].interactive for name in buttons) and shown["status"].startswith("Play both videos")
    early = on_vote(arena, "A", state, voter, [], request("voter-1"))
    assert set(early) == {*buttons, "status"} and early["status"] == "Play both videos to the end before voting."
    stale = on_played(state, gr.EventData(None, {"a": "http://host/old/A", "b": "http://host/old/B"}))
    assert stale == {}  # another pair's "ended" opens nothing
    opened = on_played(state, played(state))
    assert opened["pair"]["played"] is True and all(opened[name].interactive for name in buttons)
    voted = on_vote(arena, "A", opened["pair"], voter, ["gravity"], request("voter-1"))
    assert voted["pair"]["voted"] is True and voted["status"] == "Thank you: your vote is stored."
    assert not any(voted[name].interactive for name in buttons)
    revealed = {voted["title_a"].split("— ")[1], voted["title_b"].split("— ")[1]}
    assert revealed == {"base", "tuned"}  # names only now
    again = on_vote(arena, "B", voted["pair"], voter, [], request("voter-1"))
    assert set(again) == {"status"} and again["status"].startswith("⚠️")  # one vote per pair per voter
    assert arena.arena_store().vote_count() == 1


def test_the_vote_view_fills_each_component_by_its_name(arena):
    """The wired events answer {component: value} for their own outputs; an event with nothing to change skips all."""
    from studio.ui import build_ui

    demo = build_ui(arena)
    wired = {}
    for fn in demo.fns.values():
        wired.setdefault(getattr(fn.fn, "__name__", ""), fn)
    shown = wired["on_next"].fn("all", "", request("voter-2"))
    assert set(shown) == set(wired["on_next"].outputs)
    by_id = {getattr(component, "elem_id", None): value for component, value in shown.items()}
    assert 'src="api/arena/video/' in by_id["arena-video-a"] and by_id["arena-status"].startswith("Play both videos")
    state = next(value for component, value in shown.items() if isinstance(component, gr.State) and isinstance(value, dict))
    assert wired["on_played"].fn(state, gr.EventData(None, {"a": "x", "b": "y"})) == gr.skip()
    opened = wired["on_played"].fn(state, played(state))
    assert {getattr(c, "elem_id", None): v for c, v in opened.items()}["arena-status"].startswith("Both videos played")
    assert all(button.interactive for component, button in opened.items()
               if (getattr(component, "elem_id", None) or "").startswith("arena-vote-"))


def test_the_arena_endpoint_work_takes_plain_values(arena):
    from studio.arena_tab import leaderboard_for_client, pair_for_client, vote_for_client

    pair = pair_for_client(arena, "", "", None)
    assert set(pair) == {"voter", "token", "prompt", "category", "A", "B", "vote_after_s"}
    assert pair["A"] == f"/api/arena/video/{pair['token']}/A"
    answer = vote_for_client(arena, pair["voter"], pair["token"], "tie", None, None)
    assert {answer["A"]["variant"], answer["B"]["variant"]} == {"base", "tuned"}
    assert "video" not in answer["A"]  # the server's paths stay on the server
    with pytest.raises(gr.Error, match="voter is empty"):
        vote_for_client(arena, " ", pair["token"], "A", None, None)
    assert {row["variant"] for row in leaderboard_for_client(arena, "", "")} == {"base", "tuned"}


def test_every_admin_action_checks_the_session_on_the_server(arena):
    from studio.arena_admin import do_stats, guarded, pool_rows, unlock

    stats = guarded(arena, do_stats)
    admin, other = request("admin-session"), request("other-session")
    with pytest.raises(gr.Error, match="unlock the Admin view"):
        stats(admin, False)  # the view is locked
    with pytest.raises(gr.Error, match="unlock the Admin view"):
        stats(other, True)  # a forged "unlocked" state from a session that never typed the password
    assert unlock(arena, "pw-for-handlers", admin)[0] is True
    assert stats(admin, True)[0].startswith("**0** votes stored")
    with pytest.raises(gr.Error, match="unlock the Admin view"):
        stats(other, True)  # one session's sign-in unlocks no other
    assert guarded(arena, pool_rows)(admin, True)[0][:3] == ["pool", "folder", 2]


def test_leaderboard_csvs_older_than_a_day_are_swept(arena):
    """Each refresh (the board follows every vote) writes a CSV; the hour folders must not pile up forever."""
    from studio.arena_board import SERVE_FOLDER, SERVE_KEEP_S, SWEEP_EVERY_S, HourlyFolders, refresh_board

    now = [1_800_000_000.0]
    folders = HourlyFolders(arena.runs.root / SERVE_FOLDER, clock=lambda: now[0])
    first = refresh_board(arena, folders, "all", "all")
    csv = Path(first[2])
    assert csv.read_text().splitlines()[0].startswith("rank") and first[-1] == "2 variants · 0 counted votes"
    now[0] += SWEEP_EVERY_S / 2
    refresh_board(arena, folders, "all", "all")
    assert csv.exists()  # a day has not passed
    now[0] += SERVE_KEEP_S + 3600
    latest = Path(refresh_board(arena, folders, "all", "all")[2])
    assert not csv.exists() and latest.exists()  # the old hour went, the new CSV stays
    assert [p.name for p in (arena.runs.root / SERVE_FOLDER).iterdir()] == [latest.parent.parent.name]
