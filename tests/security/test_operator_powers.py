"""Operator-only powers on a public studio, attacked from outside as an anonymous visitor would (plain HTTP on
gradio's queue, gradio_client), then done by the operator after signing in.

One public studio (``[server] public = true``, admin password set, 1 MB upload limit) serves every test here.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import httpx
import numpy as np
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from pipelines.arena import ArenaStore, PoolVideo
from pipelines.core.video import write_mp4
from tests.conftest import launched_studio
from tests.helpers.fake_trainer import make_groups
from tests.helpers.raw_gradio import RawSession

PASSWORD = "operator-" + os.urandom(4).hex()
REFUSED = "Only the operator may"
HOSTILE_PROMPT = ("a ball ![tracker](http://127.0.0.1:9/pixel.png) [claim your prize](https://phish.example/login) "
                  "<img src=x onerror=alert(1)> **bold** www.phish.example")


def _clip(path: Path, shift: int) -> Path:
    frames = np.full((8, 64, 64, 3), 235, np.uint8)
    for t in range(8):
        frames[t, 4 + shift * t:14 + shift * t, 27:37] = (200, 30, 30)
    return write_mp4(frames, path, 8)


@pytest.fixture(scope="module")
def public_studio(tmp_path_factory):
    runs = tmp_path_factory.mktemp("public-runs")
    clips = tmp_path_factory.mktemp("public-clips")
    with ArenaStore(f"sqlite:///{runs / 'arena.db'}") as store:  # a pool whose prompt a visitor wrote
        store.add_videos("visitors", [PoolVideo(video=_clip(clips / f"{name}.mp4", shift), prompt=HOSTILE_PROMPT,
                                                variant=name) for name, shift in (("base", 6), ("phygdpo", 2))])
    env = {"PHYSTUDIO_ADMIN_PASSWORD": PASSWORD, "PHYSTUDIO__SERVER__PUBLIC": "true",
           "PHYSTUDIO__SERVER__MAX_UPLOAD_MB": "1"}
    with launched_studio(runs, env=env) as url:
        yield {"url": url, "runs": runs}


@pytest.fixture()
def visitor(public_studio):
    session = RawSession(public_studio["url"])
    yield session
    session.close()


@pytest.fixture()
def operator(public_studio):
    session = RawSession(public_studio["url"])
    wrong = session.trigger("operator-sign-in", "click", ["not-the-password"])
    assert "Wrong password" in wrong["data"][1]
    signed = session.trigger("operator-sign-in", "click", [PASSWORD])
    assert signed["success"] and "Signed in as operator" in signed["data"][1], signed
    yield session
    session.close()


def _zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


# ----------------------------------------------------------------------------- training
def test_a_visitor_cannot_start_training_or_unpack_uploads(public_studio, visitor, tmp_path):
    groups = make_groups(tmp_path / "data")
    form = [str(groups), "tiny", "phygdpo", "sigmoid", 1.0, 4, 1e-4, 2, 1, 1, 1, "no", 64, 64, 9, "paper", 0.1, 100]
    started = visitor.trigger("train-start", "click", form)
    assert not started["success"] and REFUSED in started["error"], started
    archive = _zip(tmp_path / "data.zip", {f"data/{p.name}": p.read_bytes() for p in groups.parent.iterdir()})
    uploaded = visitor.upload(archive)
    answer = visitor.trigger("train-upload", "upload", [uploaded])
    assert not answer["success"] and REFUSED in answer["error"], answer
    train = public_studio["runs"] / "train"
    assert not [p for p in train.glob("*") if p.name != "uploads"]  # no job folder
    assert _files_under(train / "uploads") == []  # nothing unpacked
    assert not Path(uploaded["path"]).exists()  # and gradio's copy of the refused upload is gone


def test_uploads_over_the_size_limit_are_refused_by_the_server(visitor, tmp_path):
    big = tmp_path / "big.zip"
    big.write_bytes(os.urandom(2 * 2**20))  # the studio allows 1 MB per file
    with open(big, "rb") as handle:
        answer = visitor.http.post(f"{visitor.url}/gradio_api/upload", files={"files": (big.name, handle)})
    assert answer.status_code == 413, answer.text


def test_the_operator_uploads_but_zip_bombs_and_zip_slip_leave_nothing_behind(public_studio, operator, tmp_path):
    uploads = public_studio["runs"] / "train" / "uploads"
    groups = make_groups(tmp_path / "data")
    bomb = _zip(tmp_path / "bomb.zip", {"data/groups.jsonl": groups.read_bytes(), "data/pad.mp4": bytes(200 * 2**20)})
    assert bomb.stat().st_size < 2**20
    answer = operator.trigger("train-upload", "upload", [operator.upload(bomb)])
    assert answer["success"] and "refused as a zip bomb" in answer["data"][1], answer
    slip = _zip(tmp_path / "slip.zip", {"data/groups.jsonl": groups.read_bytes(), "../../../escaped.txt": b"x"})
    answer = operator.trigger("train-upload", "upload", [operator.upload(slip)])
    assert answer["success"] and "points outside the archive's folder" in answer["data"][1], answer
    # a data folder whose groups name videos outside it (a way to make the trainer read any file)
    outside = json.loads(groups.read_text().splitlines()[0])
    outside["winner"]["video"] = str(Path(__file__).resolve())
    sneaky = _zip(tmp_path / "sneaky.zip", {"data/groups.jsonl": json.dumps(outside).encode(),
                                             **{f"data/{p.name}": p.read_bytes() for p in groups.parent.glob("*.mp4")}})
    answer = operator.trigger("train-upload", "upload", [operator.upload(sneaky)])
    assert answer["success"] and "outside the uploaded folder" in answer["data"][1], answer
    assert _files_under(uploads) == []
    assert not list(public_studio["runs"].parent.rglob("escaped.txt"))

    good = _zip(tmp_path / "good.zip", {f"data/{p.name}": p.read_bytes() for p in groups.parent.iterdir()})
    answer = operator.trigger("train-upload", "upload", [operator.upload(good)])
    assert answer["success"] and answer["data"][1].startswith("Uploaded"), answer
    assert Path(answer["data"][0]).name == "groups.jsonl" and Path(answer["data"][0]).is_relative_to(uploads)


# ----------------------------------------------------------------------------- evaluation folders
def _eval_folder(folder: Path, secret: Path) -> Path:
    """An evaluation folder whose rows point at a file outside it in every way a row can."""
    folder.mkdir(parents=True)
    (folder / "inside.mp4").write_bytes(b"not really a video")
    (folder / "link.mp4").symlink_to(secret)
    rows = [{"key": f"p{i}|base|0", "id": f"p{i}", "prompt": "a ball", "variant": "base", "seed": 0, "status": "done",
             "sa": 0.9, "pc": 0.9,
             "video": video} for i, video in enumerate([str(secret), f"../{secret.parent.name}/{secret.name}",
                                                         "link.mp4", "inside.mp4"])]
    (folder / "results-shard0.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return folder


def test_a_visitor_cannot_open_evaluation_folders(visitor, tmp_path):
    answer = visitor.trigger("eval-open", "click", [str(tmp_path)])
    assert not answer["success"] and REFUSED in answer["error"], answer


def test_evaluation_rows_cannot_reach_files_outside_their_folder(operator, tmp_path):
    from pipelines.eval.report import load_eval

    secret = tmp_path / "secret.txt"
    secret.write_text("the app's secret")
    folder = _eval_folder(tmp_path / "eval", secret)
    videos = [row[-1] for row in load_eval(folder).videos().rows]
    assert videos == ["", "", "", str((folder / "inside.mp4").resolve())]

    opened = operator.trigger("eval-open", "click", [str(folder)])
    assert opened["success"], opened
    for index in range(3):  # selecting each escaping row plays nothing and copies nothing into gradio's cache
        picked = operator.trigger("eval-videos", "select", [None], event_data={"index": [index, 0], "value": "p"})
        assert picked["success"] and picked["data"][0] is None, picked


# ----------------------------------------------------------------------------- arena
def test_a_visitor_cannot_add_pairs_to_the_arena(public_studio, visitor):
    client = Client(public_studio["url"], verbose=False)
    with pytest.raises(AppError, match=REFUSED):
        client.predict("a ball falls", 3, ["base"], add_to_arena=True, api_name="/compare")
    live = visitor.trigger("arena-live-button", "click", ["a ball falls", "all", None])  # None: the voter state
    assert not live["success"] and REFUSED in live["error"], live
    with ArenaStore(f"sqlite:///{public_studio['runs'] / 'arena.db'}") as store:
        assert {p.name: p.videos for p in store.pools()} == {"visitors": 2}


def test_the_arena_export_is_never_served(public_studio, operator):
    unlocked = operator.trigger("arena-admin-unlock", "click", [PASSWORD])
    assert unlocked["success"] and unlocked["data"][2] == "Unlocked.", unlocked
    exported = operator.trigger("arena-admin-export", "click", [True])
    assert exported["success"] and "Exported" in exported["data"][1], exported
    runs = public_studio["runs"]
    (written,) = (runs / "private" / "arena-export").glob("*/groups.jsonl")
    assert not (runs / "arena-export").exists()
    for path in (written, runs / "private"):
        answer = httpx.get(f"{public_studio['url']}gradio_api/file={path}")
        assert answer.status_code in (403, 404), (path, answer.status_code)
    assert not Path(exported["data"][0]["path"]).is_relative_to(runs)  # the admin's download is a copy elsewhere


def test_an_imported_pool_cannot_serve_voters_files_outside_its_folder(public_studio, operator, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("the app's secret")
    folder = _eval_folder(tmp_path / "eval", secret)
    assert operator.trigger("arena-admin-unlock", "click", [PASSWORD])["data"][2] == "Unlocked."
    imported = operator.trigger("arena-admin-import", "click", [True, str(folder), "escape", 1.0])
    assert not imported["success"] and "is outside" in imported["error"], imported
    with ArenaStore(f"sqlite:///{public_studio['runs'] / 'arena.db'}") as store:
        assert "escape" not in {p.name for p in store.pools()}


def test_voters_see_a_visitor_written_prompt_as_plain_text(visitor):
    from studio.text import markdown_literal

    pair = visitor.trigger("arena-next", "click", ["all", None])  # None: the voter state, issued by the server
    assert pair["success"] and pair["data"][-2] == "Play both videos to the end, then vote.", pair["data"][-2:]
    shown = pair["data"][3]  # (pair state, voter, category, prompt, ...)
    assert shown == f"**Prompt:** {markdown_literal(HOSTILE_PROMPT)}"
    for markup in ("![", "](", "<img", "http://", "https://", "www.", "**bold**"):
        assert markup not in shown.removeprefix("**Prompt:** ")


def test_a_browser_shows_the_prompt_exactly_as_typed_with_no_image_or_link(public_studio, browser):
    context = browser.new_context()
    fetched: list[str] = []
    context.on("request", lambda r: fetched.append(r.url))
    page = context.new_page()
    try:
        page.goto(public_studio["url"])
        page.get_by_role("tab", name="Arena").click()
        page.locator("#arena-next").click()
        page.wait_for_function("() => (document.querySelector('#arena-prompt')?.innerText || '').includes('www')",
                               timeout=20_000)
        prompt = page.locator("#arena-prompt")
        assert " ".join(prompt.inner_text().split()) == f"Prompt: {HOSTILE_PROMPT}"
        assert prompt.locator("img, a, script").count() == 0
        assert not [url for url in fetched if "pixel.png" in url or "phish" in url]
    finally:
        context.close()


def test_signing_out_in_system_locks_an_unlocked_admin_view(public_studio, operator):
    assert operator.trigger("arena-admin-unlock", "click", [PASSWORD])["data"][2] == "Unlocked."
    before = operator.trigger("arena-admin-stats", "click", [True])
    assert before["success"] and "votes stored" in before["data"][0], before
    signed_out = operator.trigger("operator-sign-out", "click", [])
    assert signed_out["success"] and signed_out["data"][0].startswith("Signed out"), signed_out
    for elem_id, data in (("arena-admin-stats", [True]), ("arena-admin-export", [True]),
                          ("arena-admin-flag", [True, "anyone", True, True, "locked?"])):
        answer = operator.trigger(elem_id, "click", data)  # the panel is still open in this page
        assert not answer["success"] and "unlock the Admin view" in answer["error"], (elem_id, answer)
