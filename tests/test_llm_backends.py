"""Chat backends: the HTTP client against a scripted local server, the transformers path on a tiny model."""

from __future__ import annotations

import email.utils
import json
import time

import httpx
import pytest

from pipelines.backends.llm import (
    ChatBackend,
    ChatBackendError,
    OpenAIChatBackend,
    TransformersChatBackend,
    _retry_after_s,
)
from tests.helpers.fake_openai_server import FakeOpenAIServer, chat_completion_body, unused_loopback_port
from tests.helpers.tiny_chat_model import tiny_chat_model_dir  # noqa: F401  (pytest fixture)

SECRET = "sk-test-very-secret-1234"
KEY_ENV = "PHYSTUDIO_TEST_LLM_KEY"
MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Say hi."}]


@pytest.fixture
def server():
    with FakeOpenAIServer() as fake:
        yield fake


def backend_for(server: FakeOpenAIServer, **kwargs) -> OpenAIChatBackend:
    options = {"api_key_env": KEY_ENV, "timeout_s": 5, "max_retries": 3, "backoff_s": 0.01} | kwargs
    return OpenAIChatBackend(server.base_url, "fake-model", **options)


# ------------------------------------------------------------------ HTTP success path
def test_success_sends_openai_request_with_bearer_key(server, monkeypatch):
    monkeypatch.setenv(KEY_ENV, SECRET)
    server.answer("hello there")
    backend = backend_for(server)
    assert isinstance(backend, ChatBackend)

    answer = backend.complete(MESSAGES, temperature=0.5, max_tokens=42, seed=7)

    assert answer == "hello there"
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.headers["Authorization"] == f"Bearer {SECRET}"
    assert request.json() == {
        "model": "fake-model",
        "messages": MESSAGES,
        "temperature": 0.5,
        "max_tokens": 42,
        "seed": 7,
    }


def test_no_key_set_sends_no_authorization_and_repr_hides_key(server, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    server.answer("ok")
    backend = backend_for(server)
    assert backend.complete(MESSAGES) == "ok"
    assert "Authorization" not in server.requests[0].headers
    assert "seed" not in server.requests[0].json()

    monkeypatch.setenv(KEY_ENV, SECRET)
    assert repr(backend) == f"OpenAIChatBackend(base_url={server.base_url!r}, model='fake-model')"
    assert SECRET not in repr(backend) and SECRET not in str(vars(backend))


# ----------------------------------------------------------------------- retries
def test_server_error_then_success_is_retried(server):
    server.reply(500, '{"error": "overloaded"}')
    server.reply(503, "busy")
    server.answer("second time lucky")
    assert backend_for(server).complete(MESSAGES) == "second time lucky"
    assert len(server.chat_requests()) == 3


def test_server_errors_exhaust_retries(server):
    for _ in range(3):
        server.reply(502, "bad gateway")
    with pytest.raises(ChatBackendError, match=r"HTTP 502.*bad gateway.*after 3 attempts"):
        backend_for(server, max_retries=2).complete(MESSAGES)
    assert len(server.chat_requests()) == 3


def test_429_waits_for_retry_after(server):
    server.reply(429, "slow down", headers={"Retry-After": "1"})
    server.answer("done")
    start = time.monotonic()
    assert backend_for(server, backoff_s=0.0).complete(MESSAGES) == "done"
    assert time.monotonic() - start >= 0.95
    assert len(server.chat_requests()) == 2


def test_retry_after_is_capped(server):
    server.reply(429, "slow down", headers={"Retry-After": "3600"})
    server.answer("done")
    start = time.monotonic()
    assert backend_for(server, max_wait_s=0.05).complete(MESSAGES) == "done"
    assert time.monotonic() - start < 2


def test_retry_after_reads_seconds_and_http_dates():
    assert _retry_after_s("2") == 2.0
    assert _retry_after_s("0.5") == 0.5
    in_ten_s = email.utils.formatdate(time.time() + 10, usegmt=True)
    assert 8.0 <= _retry_after_s(in_ten_s) <= 10.0
    assert _retry_after_s(email.utils.formatdate(time.time() - 60, usegmt=True)) == 0.0
    assert _retry_after_s("soon") is None and _retry_after_s(None) is None


def test_injected_client_is_used_and_left_open(server):
    server.answer("via injected client")
    with httpx.Client() as client:
        backend = OpenAIChatBackend(server.base_url, "fake-model", client=client)
        assert backend.complete(MESSAGES) == "via injected client"
        backend.close()
        assert not client.is_closed


@pytest.mark.parametrize("status", [400, 422])
def test_other_client_errors_are_not_retried(server, status):
    server.reply(status, '{"error": "max_tokens too large"}')
    with pytest.raises(ChatBackendError, match=rf"rejected the request \(HTTP {status}\).*max_tokens too large"):
        backend_for(server).complete(MESSAGES)
    assert len(server.chat_requests()) == 1


# ------------------------------------------------------------------------ errors
@pytest.mark.parametrize("status", [401, 403])
def test_auth_error_names_env_var_not_key(server, monkeypatch, status):
    monkeypatch.setenv(KEY_ENV, SECRET)
    server.reply(status, json.dumps({"error": "invalid api key"}))
    with pytest.raises(ChatBackendError) as info:
        backend_for(server).complete(MESSAGES)
    message = str(info.value)
    assert KEY_ENV in message and f"HTTP {status}" in message and "rejected" in message
    assert SECRET not in message
    assert len(server.chat_requests()) == 1


def test_auth_error_says_when_key_is_missing(server, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    server.reply(401, "{}")
    with pytest.raises(ChatBackendError, match=rf"{KEY_ENV} is not set"):
        backend_for(server).complete(MESSAGES)


def test_404_names_model_and_setting(server):
    server.reply(404, '{"error": "model not found"}')
    with pytest.raises(ChatBackendError, match=r"model 'fake-model'.*HTTP 404.*--llm-model"):
        backend_for(server).complete(MESSAGES)
    assert len(server.chat_requests()) == 1


def test_timeout_names_the_timeout(server):
    server.reply(200, chat_completion_body("late"), delay_s=1.0)
    backend = backend_for(server, timeout_s=0.2, max_retries=0)
    start = time.monotonic()
    with pytest.raises(ChatBackendError, match=r"did not answer within 0\.2 s \(timeout\)"):
        backend.complete(MESSAGES)
    assert time.monotonic() - start < 0.9


def test_timeout_is_retried(server):
    server.reply(200, chat_completion_body("late"), delay_s=1.0)
    server.answer("in time")
    assert backend_for(server, timeout_s=0.3).complete(MESSAGES) == "in time"


def test_server_down_is_unreachable_and_names_the_setting():
    base_url = f"http://127.0.0.1:{unused_loopback_port()}/v1"
    backend = OpenAIChatBackend(base_url, "m", timeout_s=2, max_retries=1, backoff_s=0.01)
    with pytest.raises(ChatBackendError) as info:
        backend.complete(MESSAGES)
    message = str(info.value)
    assert "unreachable" in message and base_url in message and "--llm-base-url" in message
    assert "after 2 attempts" in message


@pytest.mark.parametrize(
    "body, expected",
    [
        ("<html>oops</html>", r"malformed response \(not JSON\).*<html>oops"),
        ('{"choices": []}', r"malformed response \(no choices\[0\]\.message\.content\)"),
        ('{"result": "hi"}', r"malformed response"),
        (chat_completion_body("   ", finish_reason="length"), r"empty answer \(finish_reason='length'\)"),
        (chat_completion_body(None), r"empty answer"),
    ],
)
def test_malformed_or_empty_answers(server, body, expected):
    server.reply(200, body)
    with pytest.raises(ChatBackendError, match=expected):
        backend_for(server).complete(MESSAGES)
    assert len(server.chat_requests()) == 1


def test_check_lists_models(server):
    assert backend_for(server).check() == ["fake-model"]
    assert [(r.method, r.path) for r in server.requests] == [("GET", "/v1/models")]


def test_check_unreachable_is_clear_and_fast():
    base_url = f"http://127.0.0.1:{unused_loopback_port()}/v1"
    with pytest.raises(ChatBackendError, match=r"unreachable.*--llm-base-url"):
        OpenAIChatBackend(base_url, "m", backoff_s=5).check()


def test_empty_settings_are_rejected():
    with pytest.raises(ChatBackendError, match="--llm-base-url"):
        OpenAIChatBackend("  ", "m")
    with pytest.raises(ChatBackendError, match="--llm-model"):
        OpenAIChatBackend("http://127.0.0.1:1/v1", "")


# ------------------------------------------------------------------ transformers
def test_transformers_rejects_a_path_that_does_not_exist(tmp_path):
    with pytest.raises(ChatBackendError, match="--llm-model"):
        TransformersChatBackend(str(tmp_path / "no" / "such" / "model"))
    with pytest.raises(ChatBackendError, match="--llm-model"):
        TransformersChatBackend("./models/missing")


def test_transformers_load_failure_is_a_backend_error(tmp_path):
    folder = tmp_path / "empty-model"
    folder.mkdir()
    backend = TransformersChatBackend(str(folder))
    with pytest.raises(ChatBackendError, match=r"could not load chat model .*empty-model.*--llm-model"):
        backend.complete(MESSAGES)


def test_transformers_generates_deterministic_text_per_seed(tiny_chat_model_dir):
    backend = TransformersChatBackend(str(tiny_chat_model_dir), device="cpu")
    assert isinstance(backend, ChatBackend)
    first = backend.complete(MESSAGES, temperature=1.0, max_tokens=12, seed=3)
    again = backend.complete(MESSAGES, temperature=1.0, max_tokens=12, seed=3)
    other = backend.complete(MESSAGES, temperature=1.0, max_tokens=12, seed=4)
    assert isinstance(first, str) and first.strip()
    assert first == again
    assert first != other
    greedy = [backend.complete(MESSAGES, temperature=0.0, max_tokens=12, seed=s) for s in (1, 2)]
    assert greedy[0] == greedy[1]


def test_transformers_returns_only_new_text(tiny_chat_model_dir):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    backend = TransformersChatBackend(str(tiny_chat_model_dir), device="cpu")
    answer = backend.complete(MESSAGES, temperature=0.0, max_tokens=8)

    # Independent greedy decode: the prompt rendered by the chat template, then 8 argmax steps.
    import torch

    tokenizer = AutoTokenizer.from_pretrained(tiny_chat_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_chat_model_dir).eval()
    ids = tokenizer.apply_chat_template(MESSAGES, add_generation_prompt=True, return_tensors="pt", return_dict=True)["input_ids"]
    new = []
    with torch.no_grad():
        for _ in range(8):
            next_id = int(model(ids).logits[0, -1].argmax())
            new.append(next_id)
            if next_id == tokenizer.eos_token_id:
                break
            ids = torch.cat([ids, torch.tensor([[next_id]])], dim=1)
    assert answer == tokenizer.decode(new, skip_special_tokens=True)
    assert "Say hi" not in answer
