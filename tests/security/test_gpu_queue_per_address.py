"""One client address cannot fill the GPU queue by opening many sessions (a script can make up any number of
session hashes). The studio here sits behind a proxy it trusts (127.0.0.1, as on a Space or behind nginx), so
the address is the client the proxy forwarded for, and a client cannot choose it by writing its own
X-Forwarded-For entries."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from tests.conftest import launched_studio

ALLOWED = 2  # limits.address_queue here
ATTACKER, FORGED, VISITOR = "203.0.113.7", "192.0.2.99", "198.51.100.9"


@pytest.fixture(scope="module")
def proxied_studio(tmp_path_factory):
    runs = tmp_path_factory.mktemp("proxied-runs")
    env = {"PHYSTUDIO__ARENA__TRUSTED_PROXIES": "127.0.0.1", "PHYSTUDIO__LIMITS__ADDRESS_QUEUE": str(ALLOWED)}
    with launched_studio(runs, env=env) as url:
        yield url


def _generate_index(url: str) -> int:
    config = httpx.get(url + "config", timeout=30).json()
    return next(d["id"] for d in config["dependencies"] if d.get("api_name") == "generate")


def _join(url: str, session: str, forwarded_for: str, fn_index: int | None = None) -> httpx.Response:
    fn_index = _generate_index(url) if fn_index is None else fn_index
    payload = {"data": ["a ball rolls to the right", "", "off", 0, "base", None, "", "preview"],
               "fn_index": fn_index, "session_hash": session, "event_data": None, "trigger_id": None}
    return httpx.post(url + "gradio_api/queue/join", json=payload, headers={"X-Forwarded-For": forwarded_for},
                      timeout=60)


def test_many_sessions_from_one_address_cannot_fill_the_gpu_queue(proxied_studio):
    stamp = time.time_ns()
    answers: list[httpx.Response] = []
    lock = threading.Lock()

    fn_index = _generate_index(proxied_studio)
    together = threading.Barrier(10)  # all joins at once: a job that ends before the last join frees its place

    def attack(n: int) -> None:
        # every session is new; half of them also prepend a made-up address to the forwarded-for chain
        chain = f"{FORGED}, {ATTACKER}" if n % 2 else ATTACKER
        together.wait()
        response = _join(proxied_studio, f"attacker-{stamp}-{n}", chain, fn_index)
        with lock:
            answers.append(response)

    threads = [threading.Thread(target=attack, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    accepted = [r for r in answers if r.status_code == 200]
    refused = [r for r in answers if r.status_code == 429]
    assert len(accepted) + len(refused) == 10, [r.status_code for r in answers]
    # one running, ALLOWED waiting (+1 that finished while the others joined); never one per session
    assert ALLOWED <= len(accepted) <= ALLOWED + 2, len(accepted)
    message = refused[0].json()["error"]
    assert f"the limit is {ALLOWED} (limits.address_queue)" in message, message
    # another visitor behind the same proxy is not held up by the attacker's jobs
    assert _join(proxied_studio, f"visitor-{stamp}", VISITOR).status_code == 200
