"""Resource exhaustion, performed from outside: each attack goes through the public interfaces of a launched
studio (gradio_client on the named API, plain HTTP on the JSON routes) and must come back refused or bounded,
fast, with a message naming the limit and its setting."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from pipelines.core.limits import Limits

LIMITS = Limits()


@pytest.fixture(scope="module")
def client(studio):
    return Client(studio["url"], verbose=False)


def _layout(num_keyframes: int, num_objects: int = 0, name: str = "ball") -> str:
    box = [0.1, 0.1, 0.3, 0.3]
    objects = [{"id": i, "name": f"{name} {i}", "boxes": [box] * num_keyframes} for i in range(num_objects)]
    return json.dumps({"num_keyframes": num_keyframes, "objects": objects})


def _runs(studio, kind: str) -> set[str]:
    folder = studio["runs"] / kind
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_a_huge_keyframe_count_is_refused_before_anything_is_allocated(client, studio):
    # 80 bytes of JSON once made the server allocate gigabytes (one float per keyframe, per frame)
    attack = '{"num_keyframes": 400000000, "objects": []}'
    before = _runs(studio, "generate")
    started = time.perf_counter()
    with pytest.raises(AppError, match=r"400,000,000 keyframes; the limit is 64 \(limits.max_keyframes\)"):
        client.predict("a ball rolls", attack, "off", 0, "base", None, "", "preview", api_name="/generate")
    with pytest.raises(AppError, match=r"limits.max_keyframes"):
        client.predict(attack, 8, api_name="/render_layout")
    # a count that old code accepted and drew without complaint
    with pytest.raises(AppError, match=r"100,000 keyframes; the limit is 64"):
        client.predict("a ball rolls", _layout(100_000), "off", 0, "base", None, "", "preview", api_name="/generate")
    assert time.perf_counter() - started < 30
    assert _runs(studio, "generate") == before  # refused before a run folder was even made


def test_hundreds_of_objects_are_refused_not_drawn_for_minutes(client):
    started = time.perf_counter()
    with pytest.raises(AppError, match=r"400 objects; the limit is 32 \(limits.max_objects\)"):
        client.predict(_layout(6, 400), 8, api_name="/render_layout")
    assert time.perf_counter() - started < 30


def test_the_largest_layout_the_limits_allow_renders_in_bounded_time(client):
    video, record = client.predict(_layout(6, LIMITS.max_objects), 8, api_name="/render_layout")
    assert record["status"] == "done"
    assert record["timings"]["render_s"] < LIMITS.render_timeout_s


def test_oversized_names_are_refused(client):
    with pytest.raises(AppError, match=r"5,000 characters; the limit is 200 \(limits.max_name_chars\)"):
        client.predict(json.dumps({"num_keyframes": 2, "objects": [
            {"id": 0, "name": "x" * 5000, "boxes": [[0.1, 0.1, 0.2, 0.2]] * 2}]}), 8, api_name="/render_layout")


@pytest.mark.parametrize("api", ["/generate", "/compare", "/refine"])
def test_long_prompts_are_refused_on_every_generating_route(client, studio, api):
    prompt = "a ball rolls " * 8000  # 104,000 characters, far below the body limit
    before = _runs(studio, "generate")
    args = {"/generate": (prompt, "", "off", 0, "base", None, "", "preview"),
            "/compare": (prompt, 0, ["base"]),
            "/refine": (prompt, 1, 0.0, 1, 0)}[api]
    with pytest.raises(AppError, match=r"10[34],[09]{3} characters; the limit is 2,000 \(limits.max_prompt_chars\)"):
        client.predict(*args, api_name=api)
    assert _runs(studio, "generate") == before


def test_an_out_of_range_seed_is_refused_before_the_work(client, studio):
    before = _runs(studio, "generate")
    with pytest.raises(AppError, match=r"seed must be a whole number from 0 to 4294967295"):
        client.predict("a ball rolls to the right", "", "off", 2**64, "base", None, "", "preview", api_name="/generate")
    assert _runs(studio, "generate") == before  # no video was made and thrown away


@pytest.mark.parametrize("size, limit", [("8192x8192", "limits.max_side"), ("16x16", None)])
def test_frame_size_is_bounded(client, size, limit):
    if limit is None:  # the smallest size is fine
        video, record = client.predict("a ball rolls to the right", "", "off", 0, "base", None, size, "preview",
                                       api_name="/generate")
        assert record["settings"]["width"] == 16
        return
    with pytest.raises(AppError, match=rf"width 8192 is outside 16-1280 pixels \({limit}\)"):
        client.predict("a ball rolls to the right", "", "off", 0, "base", None, size, "preview", api_name="/generate")


def test_a_huge_category_is_not_echoed_back(studio):
    category = "c" * 300_000
    response = httpx.post(studio["url"] + "api/arena/pair", json={"session_id": "s1", "category": category}, timeout=30)
    assert response.status_code == 422
    assert len(response.content) < 3000
    assert "at most 200 characters" in response.json()["error"]
    board = httpx.get(studio["url"] + "api/arena/leaderboard", params={"category": "c" * 5000}, timeout=30)
    assert board.status_code == 422 and len(board.content) < 3000


def test_the_named_api_does_not_echo_a_long_category_either(client):
    with pytest.raises(AppError) as refused:
        client.predict("k" * 100_000, "", api_name="/leaderboard")
    assert "unknown category" in str(refused.value) and len(str(refused.value)) < 3000
    assert "(100,000 characters)" in str(refused.value)


@pytest.mark.parametrize("route", ["api/arena/pair", "gradio_api/queue/join", "gradio_api/call/generate"])
def test_request_bodies_over_the_limit_are_refused_unread(studio, route):
    body = b'{"session_id": "' + b"x" * (LIMITS.max_request_kb * 1024 + 10) + b'"}'
    response = httpx.post(studio["url"] + route, content=body, headers={"content-type": "application/json"}, timeout=60)
    assert response.status_code == 413
    assert "limits.max_request_kb" in response.json()["error"]


def test_a_chunked_body_over_the_limit_is_cut_off(studio):
    def chunks():
        for _ in range(LIMITS.max_request_kb + 8):
            yield b"x" * 1024

    response = httpx.post(studio["url"] + "api/arena/pair", content=chunks(),
                          headers={"content-type": "application/json"}, timeout=60)
    assert response.status_code == 413


def _generate_fn_index(url: str) -> int:
    config = httpx.get(url + "config", timeout=30).json()
    return next(d["id"] for d in config["dependencies"] if d.get("api_name") == "generate")


def test_one_session_cannot_fill_the_gpu_queue(studio):
    """Ten jobs joined at once from one session: at most one runs and one waits, the rest are refused."""
    url = studio["url"]
    fn_index = _generate_fn_index(url)
    session = "attacker-" + str(time.time_ns())
    payload = {"data": ["a ball rolls to the right", "", "off", 0, "base", None, "", "preview"],
               "fn_index": fn_index, "session_hash": session, "event_data": None, "trigger_id": None}
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    def join():
        response = httpx.post(url + "gradio_api/queue/join", json=payload, timeout=60)
        with lock:
            answers.append(response)

    threads = [threading.Thread(target=join) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    accepted = [r for r in answers if r.status_code == 200]
    refused = [r for r in answers if r.status_code == 429]
    assert len(accepted) + len(refused) == 10
    assert 1 <= len(accepted) <= 2 + 1  # one running, one waiting (+1 that finished while the others joined)
    assert "limits.session_queue" in refused[0].json()["detail"]
    # another session is not held up by the first one's refusals
    other = {**payload, "session_hash": session + "-other"}
    assert httpx.post(url + "gradio_api/queue/join", json=other, timeout=60).status_code == 200
