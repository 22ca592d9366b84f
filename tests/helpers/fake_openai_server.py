"""A scripted OpenAI-compatible server on 127.0.0.1 for testing HTTP chat clients.

Each POST to ``/v1/chat/completions`` takes the next scripted reply (status, body, headers,
delay); an empty script answers 500 so a test that asks more often than it planned fails loudly.
Every request is recorded so tests can inspect headers and bodies afterwards.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class ScriptedReply:
    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: str

    def json(self) -> Any:
        return json.loads(self.body)


def chat_completion_body(content: str | None, model: str = "fake-model", finish_reason: str = "stop") -> str:
    """The JSON body an OpenAI-compatible server sends for one answer."""
    return json.dumps(
        {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish_reason}],
        }
    )


class FakeOpenAIServer:
    """Use as ``with FakeOpenAIServer() as server: ... server.base_url ...``."""

    def __init__(self, models: tuple[str, ...] = ("fake-model",)):
        self.models = models
        self.requests: list[RecordedRequest] = []
        self._replies: deque[ScriptedReply] = deque()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((LOOPBACK, 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-openai", daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def reply(self, status: int = 200, body: str = "", headers: dict[str, str] | None = None, delay_s: float = 0.0) -> None:
        with self._lock:
            self._replies.append(ScriptedReply(status, body, dict(headers or {}), delay_s))

    def answer(self, content: str, **kwargs: Any) -> None:
        """Queue a 200 chat completion whose message is ``content``."""
        self.reply(200, chat_completion_body(content), **kwargs)

    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_reply(self) -> ScriptedReply:
        with self._lock:
            if self._replies:
                return self._replies.popleft()
        return ScriptedReply(500, json.dumps({"error": {"message": "fake server: no scripted reply left"}}))

    def __enter__(self) -> "FakeOpenAIServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def _handler_for(server: FakeOpenAIServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

        def do_GET(self) -> None:
            self._take_body_and_record()
            if self.path.rstrip("/") == "/v1/models":
                self._send(ScriptedReply(200, json.dumps({"object": "list", "data": [{"id": m} for m in server.models]})))
            else:
                self._send(ScriptedReply(404, json.dumps({"error": {"message": f"no route {self.path}"}})))

        def do_POST(self) -> None:
            self._take_body_and_record()
            if self.path.rstrip("/") == "/v1/chat/completions":
                self._send(server._next_reply())
            else:
                self._send(ScriptedReply(404, json.dumps({"error": {"message": f"no route {self.path}"}})))

        def _take_body_and_record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8") if length else ""
            server._record(RecordedRequest(self.command, self.path, dict(self.headers.items()), body))

        def _send(self, reply: ScriptedReply) -> None:
            if reply.delay_s:
                time.sleep(reply.delay_s)
            payload = reply.body.encode("utf-8")
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

    return Handler


def unused_loopback_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]
