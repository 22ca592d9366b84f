"""Serve a physics judge (and captioner) over HTTP, and use one served elsewhere.

Some judges need their own environment: VideoCon-Physics, for one, needs transformers 4.28,
which cannot share a process with the studio. Run that judge in its own environment (or on a
GPU machine) behind ``serve_judge`` and point the studio at it with ``--judge-url``.

Protocol (JSON over HTTP, version 1)
------------------------------------
``GET /health`` → 200 ``{"judge_id": str, "kind": str, "captioner": str | null, "protocol": 1,
"max_request_bytes": int, "max_frames": int}``

``POST /score`` with a JSON body, the video given one of two ways:

* ``{"prompt": str, "fps": number, "frames": [base64 PNG or JPEG, ...]}`` (frames in order, all the
  same size), or
* ``{"prompt": str, "video_b64": base64 of a video file (MP4)}`` (the rate comes from the file).

→ 200 ``{"sa": number | null, "pc": number | null, "judge_id": str, "kind": str, "details": {...}}``
with SA and PC in [0, 1] (null when the judge does not measure one).

``POST /caption`` with the same body (``prompt`` optional) → 200 ``{"text": str, "captioner_id": str,
"details": {...}}``; 404 when the server runs no captioner.

Errors are ``{"error": message}``: 400 for a malformed request (bad JSON, missing or invalid
field, undecodable frame or video), 404 for an unknown path, 411 without Content-Length, 413 for a
body over the size limit, 500 when the judge itself fails. The server scores one request at a time
(a model is not safe to share between threads) while /health stays responsive. It has no
authentication: keep it on 127.0.0.1 (the default) or a trusted network, or tunnel it over SSH.
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import logging
import math
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import numpy as np

from ..core.errors import PhyStudioError
from ..core.judging import Caption, Captioner, JudgeError, JudgeScores, PhysicsJudge, Video
from ..core.video import MAX_FPS, MAX_SIDE, VideoReadError
from .llm import _snippet
from .vision_api import encode_frame

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
DEFAULT_PORT = 8765
DEFAULT_MAX_REQUEST_BYTES = 256 * 2**20  # 81 lossless 832x480 frames in base64 take about 60 MiB
DEFAULT_MAX_FRAMES = 1024
_IMAGE_FORMATS = ("PNG", "JPEG")


class RequestError(PhyStudioError, ValueError):
    """A request the server refuses; ``status`` is the HTTP code sent with the message."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# ---------------------------------------------------------------------------- server
class JudgeServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that holds the judge, the captioner and the request limits."""

    daemon_threads = True
    block_on_close = False  # shutting down does not wait for a long scoring request

    def __init__(self, address: tuple[str, int], judge: PhysicsJudge, captioner: Captioner | None,
                 max_request_bytes: int, max_frames: int):
        self.judge = judge
        self.captioner = captioner
        self.max_request_bytes = int(max_request_bytes)
        self.max_frames = int(max_frames)
        self.model_lock = threading.Lock()
        super().__init__(address, _JudgeRequestHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def health(self) -> dict[str, Any]:
        return {"judge_id": self.judge.judge_id, "kind": self.judge.kind,
                "captioner": self.captioner.captioner_id if self.captioner is not None else None,
                "protocol": PROTOCOL_VERSION, "max_request_bytes": self.max_request_bytes,
                "max_frames": self.max_frames}


def build_judge_server(judge: PhysicsJudge, captioner: Captioner | None = None, host: str = "127.0.0.1",
                       port: int = DEFAULT_PORT, *, max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
                       max_frames: int = DEFAULT_MAX_FRAMES) -> JudgeServer:
    """A bound, not yet serving server (port 0 picks a free one); call ``serve_forever`` on it."""
    if max_request_bytes < 1 or max_frames < 1:
        raise ValueError("max_request_bytes and max_frames must be positive")
    return JudgeServer((host, int(port)), judge, captioner, max_request_bytes, max_frames)


def serve_judge(judge: PhysicsJudge, captioner: Captioner | None = None, host: str = "127.0.0.1",
                port: int = DEFAULT_PORT, *, max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
                max_frames: int = DEFAULT_MAX_FRAMES) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = build_judge_server(judge, captioner, host, port, max_request_bytes=max_request_bytes,
                                max_frames=max_frames)
    log.info("serving judge %s at %s (captioner: %s)", judge.judge_id, server.url,
             captioner.captioner_id if captioner is not None else "none")
    print(f"judge {judge.judge_id} listening on {server.url}; point the studio at it with "
          f"--judge remote --judge-url {server.url}" + (f" --captioner remote --captioner-url {server.url}" if captioner else ""),
          flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


class _JudgeRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 300  # seconds a client may stall mid-request before its thread is freed
    server: JudgeServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        if self.path.rstrip("/") == "/health":
            self._send(200, self.server.health())
        else:
            self._send(404, {"error": f"no route GET {self.path}; use GET /health, POST /score or POST /caption"})

    def do_POST(self) -> None:
        route = self.path.rstrip("/")
        self._body_read = False
        try:
            if route not in ("/score", "/caption"):
                raise RequestError(f"no route POST {self.path}; use POST /score or POST /caption", 404)
            if route == "/caption" and self.server.captioner is None:
                raise RequestError("this judge server runs no captioner; start serve-judge with --captioner", 404)
            body = self._read_json()
            prompt = body.get("prompt", "")
            if not isinstance(prompt, str):
                raise RequestError(f'"prompt" must be a string, got {type(prompt).__name__}')
            video = decode_video_request(body, self.server.max_frames)
        except RequestError as exc:
            if not self._body_read:  # an unread body would be taken for the next request on this connection
                self.close_connection = True
            self._send(exc.status, {"error": str(exc)})
            return
        try:
            with self.server.model_lock:
                if route == "/score":
                    result = self.server.judge.score(video, prompt).to_dict()
                else:
                    caption = self.server.captioner.caption(video, prompt or None)
                    result = {"text": caption.text, "captioner_id": caption.captioner_id, "details": caption.details}
        except JudgeError as exc:
            self._send(500, {"error": f"the judge failed: {exc}"})
            return
        except Exception as exc:  # keep serving; the client gets the reason
            log.exception("judge server: %s failed", route)
            self._send(500, {"error": f"the judge failed unexpectedly: {type(exc).__name__}: {exc}"})
            return
        self._send(200, result)

    def _read_json(self) -> dict[str, Any]:
        length_header = self.headers.get("Content-Length")
        if length_header is None:
            raise RequestError("the request needs a Content-Length header (chunked bodies are not accepted)", 411)
        try:
            length = int(length_header)
        except ValueError:
            length = -1
        if length < 0:
            raise RequestError(f"Content-Length {length_header!r} is not a byte count")
        if length > self.server.max_request_bytes:
            self._discard(length)  # read, not refused mid-upload: the client then sees this 413, not a broken pipe
            self._body_read = True
            raise RequestError(
                f"the request has {length} bytes, over this server's limit of {self.server.max_request_bytes}: "
                "send fewer or smaller frames (JPEG), or an MP4 as video_b64", 413)
        raw = self.rfile.read(length)
        self._body_read = True
        try:
            body = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise RequestError(f"the body is not valid JSON ({exc})") from None
        if not isinstance(body, dict):
            raise RequestError(f"the body must be a JSON object, got {type(body).__name__}")
        return body

    def _discard(self, length: int) -> None:
        remaining = length
        while remaining > 0:
            chunk = self.rfile.read(min(remaining, 2**20))
            if not chunk:
                self.close_connection = True
                return
            remaining -= len(chunk)

    def _send(self, status: int, payload: dict[str, Any]) -> None:
        try:
            data = json.dumps(payload, default=_jsonable).encode("utf-8")
        except (TypeError, ValueError) as exc:  # a judge put something unserialisable in its details
            status, data = 500, json.dumps({"error": f"the judge's answer is not JSON serialisable: {exc}"}).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up
            pass


def _jsonable(value: Any) -> Any:
    """numpy values in judges' details, as plain JSON."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (set, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


# ------------------------------------------------------------------- request decoding
def decode_video_request(body: dict[str, Any], max_frames: int) -> Video:
    """The ``Video`` a /score or /caption body describes, or a RequestError saying what is wrong."""
    has_frames, has_file = "frames" in body, "video_b64" in body
    if has_frames == has_file:
        raise RequestError('give the video as exactly one of "frames" (with "fps") or "video_b64"')
    if has_file:
        return _decode_video_file(body["video_b64"], max_frames)
    frames = body["frames"]
    if not isinstance(frames, list) or not frames:
        raise RequestError('"frames" must be a non-empty list of base64 PNG or JPEG images')
    if len(frames) > max_frames:
        raise RequestError(f'"frames" has {len(frames)} images, over this server\'s limit of {max_frames}')
    fps = body.get("fps")
    if isinstance(fps, bool) or not isinstance(fps, (int, float)) or not math.isfinite(fps) or not 0 < fps <= MAX_FPS:
        raise RequestError(f'"fps" must be a number in (0, {MAX_FPS:g}] when frames are sent, got {fps!r}')
    decoded = [_decode_frame(item, i) for i, item in enumerate(frames)]
    shapes = {frame.shape for frame in decoded}
    if len(shapes) > 1:
        sizes = sorted(f"{s[1]}x{s[0]}" for s in shapes)
        raise RequestError(f"all frames must have the same size, got {', '.join(sizes)}")
    return Video(np.stack(decoded), float(fps))


def _b64(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise RequestError(f"{what} must be a non-empty base64 string")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise RequestError(f"{what} is not valid base64") from None


def _decode_frame(value: Any, index: int) -> np.ndarray:
    from PIL import Image, UnidentifiedImageError

    data = _b64(value, f"frames[{index}]")
    try:
        image = Image.open(io.BytesIO(data))
        if image.format not in _IMAGE_FORMATS:
            raise RequestError(f"frames[{index}] is a {image.format} image; send PNG or JPEG")
        if max(image.size) > MAX_SIDE:
            raise RequestError(f"frames[{index}] is {image.size[0]}x{image.size[1]}, over {MAX_SIDE} pixels per side")
        return np.asarray(image.convert("RGB"), dtype=np.uint8)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise RequestError(f"frames[{index}] is not a readable PNG or JPEG image") from None


def _decode_video_file(value: Any, max_frames: int) -> Video:
    data = _b64(value, '"video_b64"')
    with tempfile.TemporaryDirectory(prefix="judge-request-") as folder:
        path = Path(folder) / "video.mp4"
        path.write_bytes(data)
        try:
            video = Video.load(path, max_frames=max_frames + 1)
        except VideoReadError as exc:
            raise RequestError(f'"video_b64" is not a readable video: {str(exc).replace(str(path), "the file")}') from None
    if video.num_frames > max_frames:
        raise RequestError(f'"video_b64" has more than {max_frames} frames, over this server\'s limit')
    return video


# ---------------------------------------------------------------------------- client
class _RemoteClient:
    def __init__(self, url: str, timeout_s: float, image_format: str, client: httpx.Client | None, section: str):
        """``section`` ("judge" or "captioner") names the settings that errors point at."""
        self.url_setting = f"{section}.url (--{section}-url)"
        self.timeout_setting = f"{section}.timeout_s"
        url = str(url).strip().rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise JudgeError(f"{self.url_setting} must be an http(s) URL like http://127.0.0.1:{DEFAULT_PORT}, got {url!r}")
        self.url = url
        self.timeout_s = float(timeout_s)
        self.image_format = image_format
        self._owns_client = client is None
        self._client = client if client is not None else httpx.Client(timeout=self.timeout_s)

    def request(self, method: str, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        try:
            response = self._client.request(method, self.url + path, json=payload, timeout=self.timeout_s)
        except httpx.TimeoutException:
            raise JudgeError(f"the remote judge at {self.url} did not answer within {self.timeout_s:g} s; "
                             f"raise {self.timeout_setting} or check the judge server's log") from None
        except httpx.TransportError as exc:
            raise JudgeError(f"the remote judge at {self.url} is unreachable ({type(exc).__name__}: {exc}); "
                             f"start it with `python -m pipelines serve-judge` or fix {self.url_setting}") from None
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.status_code != 200:
            message = data.get("error") if isinstance(data, dict) else None
            raise JudgeError(f"the remote judge at {self.url} answered HTTP {response.status_code} to {method} {path}: "
                             f"{message or _snippet(response.text)}")
        if not isinstance(data, dict):
            raise JudgeError(f"the remote judge at {self.url} sent a malformed answer (not a JSON object): "
                             f"{_snippet(response.text)}")
        return data

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def video_payload(self, video: Video, prompt: str | None) -> dict[str, Any]:
        frames = [base64.b64encode(encode_frame(f, self.image_format)).decode("ascii") for f in video.frames]
        payload: dict[str, Any] = {"fps": float(video.fps), "frames": frames}
        if prompt is not None:
            payload["prompt"] = prompt
        return payload


class RemoteJudge:
    """A judge served by ``serve_judge`` in another process or on another machine."""

    kind = "remote"

    def __init__(self, url: str, timeout_s: float = 600, *, image_format: str = "png", client: httpx.Client | None = None):
        self._remote = _RemoteClient(url, timeout_s, image_format, client, section="judge")
        self.judge_id = f"remote:{self._remote.url}"

    def __repr__(self) -> str:
        return f"RemoteJudge(url={self._remote.url!r})"

    def close(self) -> None:
        """Release pooled connections (a client passed in stays the caller's to close)."""
        self._remote.close()

    def health(self) -> dict[str, Any]:
        """What the server runs (judge id, kind, captioner); raises JudgeError when it cannot be reached."""
        return self._remote.request("GET", "/health")

    def score(self, video: Video, prompt: str) -> JudgeScores:
        data = self._remote.request("POST", "/score", self._remote.video_payload(video, prompt))
        sa, pc = _unit_or_none(data, "sa", self._remote.url), _unit_or_none(data, "pc", self._remote.url)
        details = data.get("details") if isinstance(data.get("details"), dict) else {}
        served_id = str(data.get("judge_id") or self.judge_id)
        details = {**details, "url": self._remote.url, "served_kind": data.get("kind")}
        return JudgeScores(sa, pc, served_id, self.kind, details)


class RemoteCaptioner:
    """A captioner served next to a remote judge."""

    def __init__(self, url: str, timeout_s: float = 600, *, image_format: str = "png", client: httpx.Client | None = None):
        self._remote = _RemoteClient(url, timeout_s, image_format, client, section="captioner")
        self.captioner_id = f"remote:{self._remote.url}"

    def __repr__(self) -> str:
        return f"RemoteCaptioner(url={self._remote.url!r})"

    def close(self) -> None:
        self._remote.close()

    def caption(self, video: Video, prompt: str | None = None) -> Caption:
        data = self._remote.request("POST", "/caption", self._remote.video_payload(video, prompt))
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise JudgeError(f"the remote captioner at {self._remote.url} sent no caption text: {_snippet(json.dumps(data))}")
        details = data.get("details") if isinstance(data.get("details"), dict) else {}
        return Caption(text, str(data.get("captioner_id") or self.captioner_id), {**details, "url": self._remote.url})


def _unit_or_none(data: dict[str, Any], key: str, url: str) -> float | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
        raise JudgeError(f"the remote judge at {url} sent {key}={value!r}; expected a number in [0, 1] or null")
    return float(value)
