"""Chat backends for the LLM planner (and later the PhyT2V reasoning steps).

Two ways to reach a chat model: any OpenAI-compatible HTTP server (vLLM, Ollama, llama.cpp
server, OpenAI itself) and a local transformers model. Both turn every failure into a
``ChatBackendError`` whose message says what to change, so the studio can show it as is.
"""

from __future__ import annotations

import email.utils
import logging
import os
import re
import threading
import time
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import httpx

from ..core.scrub import ScrubbedError, register_secret_env, scrub

log = logging.getLogger(__name__)

DEFAULT_TEMPERATURE = 0.25
DEFAULT_MAX_TOKENS = 900
_ERROR_BODY_CHARS = 300
# A hub id is "name" or "owner/name": letters, digits, '-', '_', '.'; not a relative path.
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?$")


class ChatBackendError(ScrubbedError):
    """A chat model could not answer; the message names the setting or server to fix."""


@runtime_checkable
class ChatBackend(Protocol):
    backend_id: str
    model: str

    def complete(
        self,
        messages: list[dict],
        *,
        temperature: float = DEFAULT_TEMPERATURE,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        seed: int | None = None,
    ) -> str:
        ...


# ---------------------------------------------------------------------------- HTTP
class _Retryable(Exception):
    """One failed attempt worth repeating; ``wait_s`` is the server's Retry-After, if any."""

    def __init__(self, error: ChatBackendError, wait_s: float | None = None):
        super().__init__(str(error))
        self.error = error
        self.wait_s = wait_s


class OpenAIChatBackend:
    """Client of an OpenAI-compatible ``/chat/completions`` endpoint.

    The API key is read from ``api_key_env`` at call time (so it can be set after start-up and
    never sits on the object); it is sent only as a Bearer header and appears in no message.
    """

    backend_id = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key_env: str = "OPENAI_API_KEY",
        timeout_s: float = 60,
        max_retries: int = 3,
        backoff_s: float = 1.0,
        client: httpx.Client | None = None,
        *,
        max_wait_s: float = 30.0,
    ):
        if not base_url.strip():
            raise ChatBackendError("no LLM server given: set --llm-base-url (e.g. http://localhost:8000/v1)")
        if not model.strip():
            raise ChatBackendError("no LLM model name given: set --llm-model (the name the server serves)")
        self.base_url = base_url.strip().rstrip("/")
        self.model = model.strip()
        self.api_key_env = api_key_env
        register_secret_env(api_key_env)
        self.timeout_s = float(timeout_s)
        self.max_retries = max(0, int(max_retries))
        self.backoff_s = float(backoff_s)
        self.max_wait_s = float(max_wait_s)
        self._owns_client = client is None
        self._client = client if client is not None else httpx.Client(timeout=self.timeout_s)

    def __repr__(self) -> str:
        return f"OpenAIChatBackend(base_url={self.base_url!r}, model={self.model!r})"

    # ------------------------------------------------------------ public API
    def complete(
        self,
        messages: list[dict],
        *,
        temperature: float = DEFAULT_TEMPERATURE,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        seed: int | None = None,
    ) -> str:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": float(temperature),
            "max_tokens": int(max_tokens),
        }
        if seed is not None:
            payload["seed"] = int(seed)
        response = self._with_retries(lambda: self._attempt("POST", "/chat/completions", json=payload))
        return self._answer_text(response)

    def check(self) -> list[str]:
        """Cheap start-up probe: the model ids the server lists (raises when it cannot be reached)."""
        response = self._with_retries(
            lambda: self._attempt("GET", "/models", timeout=min(self.timeout_s, 10.0)), retries=0
        )
        data = self._json(response)
        entries = data.get("data") if isinstance(data, dict) else None
        if not isinstance(entries, list):
            return []
        return [str(e["id"]) for e in entries if isinstance(e, dict) and "id" in e]

    def close(self) -> None:
        """Release pooled connections (a client passed in by the caller stays the caller's to close)."""
        if self._owns_client:
            self._client.close()

    # ------------------------------------------------------------ internals

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        key = os.environ.get(self.api_key_env, "").strip()
        if key:  # local servers (vLLM, Ollama) usually need none
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _attempt(self, method: str, path: str, *, timeout: float | None = None, **kwargs: Any) -> httpx.Response:
        url = self.base_url + path
        try:
            response = self._client.request(
                method, url, headers=self._headers(), timeout=timeout or self.timeout_s, **kwargs
            )
        except httpx.TimeoutException:
            raise _Retryable(
                ChatBackendError(
                    f"the LLM server at {self.base_url} did not answer within {timeout or self.timeout_s:g} s "
                    "(timeout); raise the timeout or use a smaller/faster model"
                )
            ) from None
        except httpx.ConnectError as exc:
            raise _Retryable(
                ChatBackendError(
                    f"the LLM server at {self.base_url} is unreachable ({exc}); "
                    "start the server or fix --llm-base-url"
                )
            ) from None
        except httpx.TransportError as exc:  # connection dropped mid-request
            raise _Retryable(
                ChatBackendError(
                    f"the connection to the LLM server at {self.base_url} failed "
                    f"({type(exc).__name__}: {exc}); check the server's log and --llm-base-url"
                )
            ) from None
        status = response.status_code
        if status == 429 or status >= 500:
            what = "rate-limited the request" if status == 429 else "failed"
            raise _Retryable(
                ChatBackendError(
                    f"the LLM server at {self.base_url} {what} (HTTP {status}): {_snippet(response.text)}"
                ),
                wait_s=_retry_after_s(response.headers.get("Retry-After")),
            )
        if status in (401, 403):
            key_state = "is set but was rejected" if os.environ.get(self.api_key_env) else "is not set"
            raise ChatBackendError(
                f"the LLM server at {self.base_url} refused the credentials (HTTP {status}); "
                f"the environment variable {self.api_key_env} {key_state}: set it to a valid API key"
            )
        if status == 404:
            raise ChatBackendError(
                f"model {self.model!r} or endpoint {path} not found at {self.base_url} (HTTP 404): "
                f"{_snippet(response.text)}; check --llm-model against the server's model list and that "
                "--llm-base-url ends with the API root (usually /v1)"
            )
        if status >= 400:
            raise ChatBackendError(
                f"the LLM server at {self.base_url} rejected the request (HTTP {status}): {_snippet(response.text)}"
            )
        return response

    def _with_retries(self, attempt, retries: int | None = None) -> httpx.Response:
        retries = self.max_retries if retries is None else retries
        for n in range(retries + 1):
            try:
                return attempt()
            except _Retryable as failure:
                if n == retries:
                    suffix = f" (after {n + 1} attempts)" if n else ""
                    raise ChatBackendError(str(failure.error) + suffix) from None
                wait = failure.wait_s if failure.wait_s is not None else self.backoff_s * 2**n
                wait = min(max(0.0, wait), self.max_wait_s)
                log.warning("%s; retrying in %.2f s (%d/%d)", failure.error, wait, n + 1, retries)
                time.sleep(wait)
        raise AssertionError("unreachable")  # the loop either returns or raises

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            raise ChatBackendError(
                f"the LLM server at {self.base_url} sent a malformed response (not JSON): {_snippet(response.text)}"
            ) from None

    def _answer_text(self, response: httpx.Response) -> str:
        data = self._json(response)
        try:
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise ChatBackendError(
                f"the LLM server at {self.base_url} sent a malformed response (no choices[0].message.content): "
                f"{_snippet(response.text)}"
            ) from None
        if not isinstance(content, str) or not content.strip():
            reason = choice.get("finish_reason") if isinstance(choice, dict) else None
            raise ChatBackendError(
                f"model {self.model!r} at {self.base_url} returned an empty answer (finish_reason={reason!r}); "
                "try another model or a larger max_tokens"
            )
        return scrub(content)  # a model may repeat the request's key in its answer, which runs store and show


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _ERROR_BODY_CHARS else text[:_ERROR_BODY_CHARS] + "…"


def _retry_after_s(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number of seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


# ---------------------------------------------------------------------- transformers
class TransformersChatBackend:
    """A local causal LM driven through its tokenizer's chat template.

    Weights load on the first call, so building the studio's services stays instant; one lock
    serialises loading and generation because a model instance is not safe to share between
    concurrent ``generate`` calls.
    """

    backend_id = "transformers"

    def __init__(self, model_name_or_path: str | os.PathLike, device: str = "auto", dtype: str = "auto"):
        name = str(model_name_or_path).strip()
        if not name:
            raise ChatBackendError("no chat model given: set --llm-model to a local folder or a Hugging Face hub id")
        if not Path(name).expanduser().exists() and not _HUB_ID.match(name):
            raise ChatBackendError(
                f"chat model {name!r} is neither an existing folder nor a Hugging Face hub id "
                "(owner/name): fix --llm-model"
            )
        self.model = name
        self.device = device
        self.dtype = dtype
        self._lock = threading.Lock()
        self._tokenizer: Any = None
        self._model: Any = None

    def __repr__(self) -> str:
        return f"TransformersChatBackend(model={self.model!r}, device={self.device!r}, dtype={self.dtype!r})"

    def complete(
        self,
        messages: list[dict],
        *,
        temperature: float = DEFAULT_TEMPERATURE,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        seed: int | None = None,
    ) -> str:
        import torch

        with self._lock:
            tokenizer, model = self._load()
            try:
                inputs = tokenizer.apply_chat_template(
                    messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
                ).to(model.device)
            except Exception as exc:  # a template that cannot render these messages
                raise ChatBackendError(f"the chat template of {self.model!r} failed on the messages: {exc}") from exc
            options: dict[str, Any] = {"max_new_tokens": int(max_tokens), "do_sample": temperature > 0}
            if temperature > 0:
                options["temperature"] = float(temperature)
            if tokenizer.pad_token_id is None and tokenizer.eos_token_id is not None:
                options["pad_token_id"] = tokenizer.eos_token_id
            devices = [model.device] if model.device.type == "cuda" else []
            try:
                with torch.random.fork_rng(devices=devices), torch.inference_mode():
                    if seed is not None:
                        torch.manual_seed(int(seed))
                    output = model.generate(**inputs, **options)
            except Exception as exc:  # OOM, bad generation config: report, do not crash the caller
                raise ChatBackendError(f"generation with {self.model!r} failed: {type(exc).__name__}: {exc}") from exc
        prompt_len = inputs["input_ids"].shape[1]
        text = tokenizer.decode(output[0, prompt_len:], skip_special_tokens=True)
        if not text.strip():
            raise ChatBackendError(
                f"model {self.model!r} returned an empty answer; try a chat/instruct model or a larger max_tokens"
            )
        return text

    def _load(self) -> tuple[Any, Any]:
        if self._model is not None:
            return self._tokenizer, self._model
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        device = _resolve_device(self.device, torch)
        dtype = _resolve_dtype(self.dtype, device, torch)
        try:
            tokenizer = AutoTokenizer.from_pretrained(self.model)
            model = AutoModelForCausalLM.from_pretrained(self.model, dtype=dtype)
        except Exception as exc:  # missing files, no network for a hub id, unknown architecture
            raise ChatBackendError(
                f"could not load chat model {self.model!r} ({type(exc).__name__}: {_one_line(exc)}); "
                "check --llm-model (a local folder, or a hub id already in the cache when offline)"
            ) from exc
        if not getattr(tokenizer, "chat_template", None):
            raise ChatBackendError(
                f"the tokenizer of {self.model!r} has no chat template; use a chat/instruct model for --llm-model"
            )
        model.to(device).eval()
        self._tokenizer, self._model = tokenizer, model
        return tokenizer, model


def _resolve_device(device: str, torch: Any) -> str:
    if device != "auto":
        return device
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


_DTYPES = ("float32", "float16", "bfloat16")


def _resolve_dtype(dtype: str, device: str, torch: Any) -> Any:
    if dtype == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    if dtype not in _DTYPES:
        raise ChatBackendError(f"unknown dtype {dtype!r} for the chat model: use auto, {', '.join(_DTYPES)}")
    return getattr(torch, dtype)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())
