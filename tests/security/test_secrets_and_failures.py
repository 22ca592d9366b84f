"""Secrets and failures, performed from outside: an upstream that echoes the API key must not get it shown,
stored or logged; a database outage answers 503 with JSON and recovers; test logs stay out of served folders."""

from __future__ import annotations

import json
import os
import time

import httpx
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from tests.conftest import free_port, launched_studio, server_log_path
from tests.helpers.fake_openai_server import FakeOpenAIServer
from tests.helpers.postgres import postgres_url  # noqa: F401  (fixture)

KEY = "sk-live-" + os.urandom(12).hex()
BOXES = [(200, 100, 48, 48), (200, 160, 48, 48), (200, 260, 48, 48), (200, 400, 48, 48)]
ECHOING_ANSWER = (  # a model that repeats the request's header in its answer
    f"Reasoning: the request said Authorization: Bearer {KEY}, so the ball falls.\n"
    + "\n".join(f"Frame {k + 1}: [{{'id': 0, 'name': 'red ball', 'box': {list(b)}}}]" for k, b in enumerate(BOXES))
    + f"\nBackground keyword: garden {KEY}"
)


def _everything_written(runs) -> str:
    texts = [server_log_path(runs).read_text(errors="replace")]
    for path in runs.rglob("*"):
        if path.is_file() and path.suffix in (".json", ".jsonl", ".txt", ".log"):
            texts.append(path.read_text(errors="replace"))
    return "\n".join(texts)


def test_an_echoed_api_key_is_never_shown_stored_or_logged(tmp_path):
    runs = tmp_path / "runs"
    runs.mkdir()
    with FakeOpenAIServer() as llm:
        with launched_studio(runs, "--planner", "openai", "--llm-base-url", llm.base_url, "--llm-model", "fake-model",
                             env={"OPENAI_API_KEY": KEY}) as url:
            client = Client(url, verbose=False)
            # an error body echoing the header: once retried (logged), then refused (shown in the API error)
            llm.reply(500, json.dumps({"error": f"upstream broke; your headers: Authorization: Bearer {KEY}"}))
            llm.reply(400, json.dumps({"error": f"bad request with key {KEY}"}))
            with pytest.raises(AppError) as refused:
                client.predict("a red ball falls in a garden", "llm", 0, 4, api_name="/plan_layout")
            assert "HTTP 400" in str(refused.value)
            assert KEY not in str(refused.value) and "***" in str(refused.value)
            # an answer echoing the header: the plan succeeds, its stored reasoning and raw answer are scrubbed
            llm.answer(ECHOING_ANSWER)
            planned = client.predict("a red ball falls in a garden", "llm", 0, 4, api_name="/plan_layout")
            assert KEY not in json.dumps(planned)
            assert "Bearer ***" in planned["reasoning"]
        assert all(request.headers.get("Authorization") == f"Bearer {KEY}" for request in llm.chat_requests())
    written = _everything_written(runs)
    assert "retrying" in written  # the retry was logged, with the body...
    assert KEY not in written  # ...but not the key: not in the log, record.json, layout.json or response.txt
    assert list(runs.rglob("response.txt")), "the raw answer is kept (scrubbed)"


def test_the_server_log_is_not_in_the_served_runs_folder(studio):
    runs = studio["runs"]
    assert not (runs / "server.log").exists()
    assert server_log_path(runs).is_file() and not server_log_path(runs).resolve().is_relative_to(runs.resolve())
    response = httpx.get(studio["url"] + f"gradio_api/file={runs / 'server.log'}", timeout=30)
    assert response.status_code != 200


def _set_connections(url: str, allowed: bool) -> None:
    """Simulate an outage without stopping the server: refuse (or allow again) connections to the arena
    database and drop the open ones."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    with psycopg.connect(host=parsed.host, port=parsed.port, user=parsed.username, dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{parsed.database}" ALLOW_CONNECTIONS {"true" if allowed else "false"}')
        if not allowed:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                         (parsed.database,))


def test_a_database_outage_answers_503_json_and_recovers(tmp_path, postgres_url):  # noqa: F811
    runs = tmp_path / "runs"
    runs.mkdir()
    with launched_studio(runs, "--arena-db", postgres_url) as url:
        from pipelines.arena import ArenaStore
        from pipelines.arena.identity import VoterTokens

        with ArenaStore(postgres_url) as store:  # a voter signed with the studio's own key, as /pair would issue
            voter = VoterTokens(store.voter_key).issue()[1]

        def vote():  # an unknown pair token: the store must ask the database
            return httpx.post(url + "api/arena/vote", json={"voter": voter, "token": "t" * 20, "choice": "A"},
                              timeout=60)

        assert vote().status_code == 403  # reachable: the token is unknown
        _set_connections(postgres_url, allowed=False)
        try:
            down = vote()
            assert down.status_code == 503, down.text
            assert "unavailable" in down.json()["error"] and down.headers["retry-after"]
            board = httpx.get(url + "api/arena/leaderboard", timeout=60)
            assert board.status_code == 503 and board.json()["error"]
        finally:
            _set_connections(postgres_url, allowed=True)
        deadline = time.time() + 30
        while (status := vote().status_code) != 403 and time.time() < deadline:
            time.sleep(0.5)
        assert status == 403  # back without a restart


def test_the_arena_routes_answer_from_the_servers_first_request(tmp_path, monkeypatch):
    """The JSON voting routes are part of the app when the server starts: added after ``launch`` they were
    missing for the first moments, and a vote then got a 404 (seen under load)."""
    import gradio as gr

    import app

    served_routes: list[list[str]] = []
    real_launch = gr.Blocks.launch

    def launch_and_look(self, *args, **kwargs):
        result = real_launch(self, *args, **kwargs)  # the server is answering requests from here on
        served_routes.append([getattr(route, "path", "") for route in self.app.router.routes])
        return result

    monkeypatch.setattr(gr.Blocks, "launch", launch_and_look)
    monkeypatch.setattr(gr.Blocks, "block_thread", lambda self: self.close())
    assert app.main(["--port", str(free_port()), "--runs-dir", str(tmp_path / "runs")]) == 0
    (paths,) = served_routes
    arena = [index for index, path in enumerate(paths) if path.startswith("/api/arena/")]
    assert {paths[i] for i in arena} >= {"/api/arena/pair", "/api/arena/vote", "/api/arena/leaderboard"}
    assert max(arena) < min(i for i, path in enumerate(paths) if not path.startswith("/api/arena/"))
