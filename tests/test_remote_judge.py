"""Remote judge protocol: a real server and client on 127.0.0.1 around a small deterministic judge."""

from __future__ import annotations

import base64
import io
import json
import re
import socket
import threading

import httpx
import numpy as np
import pytest

from pipelines.backends.remote_judge import RemoteCaptioner, RemoteJudge, build_judge_server
from pipelines.core.judging import Caption, Captioner, JudgeError, JudgeScores, PhysicsJudge, Video
from pipelines.core.video import write_mp4
from tests.helpers.fake_openai_server import unused_loopback_port

PROMPT = "a ball rolls to the right"


class BrightnessJudge:
    """SA = mean brightness of the first frame, PC = of the last; records what it was given."""

    judge_id = "test-brightness"
    kind = "motion"

    def __init__(self, fail: bool = False, out_of_range: bool = False, opaque_details: bool = False):
        self.seen: list[tuple[Video, str]] = []
        self.fail = fail
        self.out_of_range = out_of_range
        self.opaque_details = opaque_details

    def score(self, video: Video, prompt: str) -> JudgeScores:
        self.seen.append((video, prompt))
        if self.fail:
            raise JudgeError("flow field exploded: lower the resolution")
        sa = float(video.frames[0].mean() / 255.0) + (1.0 if self.out_of_range else 0.0)
        pc = float(video.frames[-1].mean() / 255.0)
        details = {"frames": np.int64(video.num_frames), "fps": np.float32(video.fps),
                   "means": video.frames.mean(axis=(1, 2, 3))}
        if self.opaque_details:
            details["tracker"] = object()
        return JudgeScores(sa, pc, self.judge_id, self.kind, details)


class FrameCountCaptioner:
    captioner_id = "test-counter"

    def caption(self, video: Video, prompt: str | None = None) -> Caption:
        text = f"{video.num_frames} frames; prompt shown: {prompt is not None}"
        return Caption(text, self.captioner_id, {"n": video.num_frames})


def clip(frames: int = 5, height: int = 24, width: int = 32, seed: int = 0) -> Video:
    rng = np.random.default_rng(seed)
    return Video(rng.integers(0, 256, (frames, height, width, 3), dtype=np.uint8), 12.5)


def png_b64(frame: np.ndarray) -> str:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(frame).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


class Served:
    def __init__(self, judge, captioner=None, **limits):
        self.judge = judge
        self.server = build_judge_server(judge, captioner, "127.0.0.1", 0, **limits)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> "Served":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def served():
    with Served(BrightnessJudge(), FrameCountCaptioner()) as s:
        yield s


def post(url: str, path: str, body) -> httpx.Response:
    content = body if isinstance(body, (bytes, str)) else json.dumps(body)
    return httpx.post(url + path, content=content, headers={"Content-Type": "application/json"}, timeout=10)


# ------------------------------------------------------------------------ round trips
def test_health_describes_the_served_judge(served):
    info = RemoteJudge(served.url, timeout_s=10).health()
    assert info["judge_id"] == "test-brightness" and info["kind"] == "motion"
    assert info["captioner"] == "test-counter" and info["protocol"] == 1


def test_scores_round_trip_exactly_and_frames_arrive_losslessly(served):
    video = clip()
    remote = RemoteJudge(served.url, timeout_s=10)
    assert isinstance(remote, PhysicsJudge) and remote.kind == "remote"
    scores = remote.score(video, PROMPT)

    local = BrightnessJudge().score(video, PROMPT)
    assert (scores.sa, scores.pc) == (local.sa, local.pc)  # exact: JSON floats round-trip
    assert scores.kind == "remote" and scores.judge_id == "test-brightness"
    assert scores.details["served_kind"] == "motion" and scores.details["url"] == served.url
    assert scores.details["frames"] == 5 and scores.details["fps"] == 12.5
    assert scores.details["means"] == pytest.approx(video.frames.mean(axis=(1, 2, 3)).tolist())
    (received, prompt), = served.judge.seen
    assert prompt == PROMPT and received.fps == 12.5
    np.testing.assert_array_equal(received.frames, video.frames)


def test_jpeg_frames_are_accepted(served):
    scores = RemoteJudge(served.url, timeout_s=10, image_format="jpeg").score(clip(), PROMPT)
    received = served.judge.seen[0][0]
    assert received.frames.shape == (5, 24, 32, 3)
    assert abs(scores.sa - BrightnessJudge().score(clip(), PROMPT).sa) < 0.02  # lossy, but close


def test_video_file_body_is_decoded(served, tmp_path):
    frames = np.zeros((6, 32, 48, 3), dtype=np.uint8)
    frames[:, :, :, 0] = np.arange(6, dtype=np.uint8)[:, None, None] * 40
    path = write_mp4(frames, tmp_path / "clip.mp4", fps=8)
    response = post(served.url, "/score", {"prompt": PROMPT, "video_b64": base64.b64encode(path.read_bytes()).decode()})
    assert response.status_code == 200, response.text
    received = served.judge.seen[0][0]
    assert received.num_frames == 6 and received.fps == pytest.approx(8.0)
    assert response.json()["details"]["frames"] == 6


def test_caption_round_trip_and_missing_captioner():
    with Served(BrightnessJudge(), FrameCountCaptioner()) as s:
        caption = RemoteCaptioner(s.url, timeout_s=10).caption(clip(frames=7))
        assert isinstance(RemoteCaptioner(s.url), Captioner)
        assert caption.text == "7 frames; prompt shown: False" and caption.captioner_id == "test-counter"
        assert caption.details == {"n": 7, "url": s.url}
    with Served(BrightnessJudge()) as s:
        assert RemoteJudge(s.url).health()["captioner"] is None
        with pytest.raises(JudgeError, match="HTTP 404.*runs no captioner"):
            RemoteCaptioner(s.url, timeout_s=10).caption(clip())


# ------------------------------------------------------------------- refused requests
@pytest.mark.parametrize("body, message", [
    (b"{not json", "not valid JSON"),
    ([1, 2], "must be a JSON object"),
    ({"prompt": PROMPT}, 'exactly one of "frames"'),
    ({"prompt": PROMPT, "fps": 8, "frames": ["AAAA"], "video_b64": "AAAA"}, 'exactly one of "frames"'),
    ({"prompt": PROMPT, "fps": 8, "frames": []}, "non-empty list"),
    ({"prompt": PROMPT, "frames": ["AAAA"]}, '"fps" must be a number'),
    ({"prompt": PROMPT, "fps": True, "frames": ["AAAA"]}, '"fps" must be a number'),
    ({"prompt": PROMPT, "fps": 8, "frames": ["%%%not base64"]}, r"frames\[0\] is not valid base64"),
    ({"prompt": PROMPT, "fps": 8, "frames": [base64.b64encode(b"hello world!").decode()]},
     r"frames\[0\] is not a readable PNG or JPEG"),
    ({"prompt": 3, "fps": 8, "frames": ["AAAA"]}, '"prompt" must be a string'),
    ({"prompt": PROMPT, "video_b64": base64.b64encode(b"\x00" * 64).decode()}, '"video_b64" is not a readable video'),
])
def test_garbage_requests_get_400_with_a_message(served, body, message):
    if isinstance(body, list):
        body = json.dumps(body)
    response = post(served.url, "/score", body)
    assert response.status_code == 400
    assert re.search(message, response.json()["error"]), response.json()["error"]
    assert served.judge.seen == []


def test_frames_of_different_sizes_are_refused(served):
    frames = [png_b64(np.zeros((8, 8, 3), np.uint8)), png_b64(np.zeros((8, 10, 3), np.uint8))]
    response = post(served.url, "/score", {"prompt": PROMPT, "fps": 8, "frames": frames})
    assert response.status_code == 400 and "same size" in response.json()["error"]


def test_oversize_and_too_many_frames_are_refused():
    with Served(BrightnessJudge(), max_request_bytes=2000, max_frames=3) as s:
        with pytest.raises(JudgeError) as caught:
            RemoteJudge(s.url, timeout_s=10).score(clip(frames=3, height=40, width=40), PROMPT)
        assert "HTTP 413" in str(caught.value) and "limit of 2000" in str(caught.value)
        with httpx.Client(timeout=10) as client:  # a large body is drained, so the 413 arrives, not a broken pipe
            big = client.post(s.url + "/score", content=b"x" * 3_000_000)
            assert big.status_code == 413 and "3000000 bytes" in big.json()["error"]
            assert client.get(s.url + "/health").status_code == 200  # the same connection still works
        few = {"prompt": PROMPT, "fps": 8, "frames": [png_b64(np.zeros((2, 2, 3), np.uint8))] * 4}
        response = post(s.url, "/score", few)
        assert response.status_code == 400 and "limit of 3" in response.json()["error"]
        assert RemoteJudge(s.url).health()["max_frames"] == 3  # still serving after refusing


def raw_request(url: str, head: str) -> str:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(head.encode("ascii"))
        chunks = []
        while chunk := sock.recv(65536):  # the server closes the connection after these refusals
            chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


def test_missing_or_negative_content_length_is_refused(served):
    answer = raw_request(served.url, "POST /score HTTP/1.1\r\nHost: judge\r\n\r\n")
    assert answer.startswith("HTTP/1.1 411") and "Content-Length header" in answer and "Connection: close" in answer
    answer = raw_request(served.url, "POST /score HTTP/1.1\r\nHost: judge\r\nContent-Length: -5\r\n\r\n")
    assert answer.startswith("HTTP/1.1 400") and "not a byte count" in answer


def test_unknown_route_is_404(served):
    assert post(served.url, "/judge", {}).status_code == 404
    response = httpx.get(served.url + "/", timeout=5)
    assert response.status_code == 404 and "/health" in response.json()["error"]


# --------------------------------------------------------------------- failures
def test_judge_failure_is_forwarded_as_500():
    with Served(BrightnessJudge(fail=True)) as s:
        with pytest.raises(JudgeError, match="HTTP 500.*flow field exploded"):
            RemoteJudge(s.url, timeout_s=10).score(clip(), PROMPT)


def test_unserialisable_details_give_500_and_the_server_keeps_serving():
    with Served(BrightnessJudge(opaque_details=True)) as s:
        with pytest.raises(JudgeError, match="HTTP 500.*not JSON serialisable"):
            RemoteJudge(s.url, timeout_s=10).score(clip(), PROMPT)
        assert RemoteJudge(s.url).health()["judge_id"] == "test-brightness"


def test_out_of_range_scores_from_the_server_are_rejected():
    with Served(BrightnessJudge(out_of_range=True)) as s:
        with pytest.raises(JudgeError, match=r"sa=1\.\d+; expected a number in \[0, 1\]"):
            RemoteJudge(s.url, timeout_s=10).score(clip(), PROMPT)


def test_unreachable_server_names_the_url_and_the_setting():
    url = f"http://127.0.0.1:{unused_loopback_port()}"
    with pytest.raises(JudgeError) as caught:
        RemoteJudge(url, timeout_s=5).score(clip(), PROMPT)
    assert url in str(caught.value) and "unreachable" in str(caught.value) and "--judge-url" in str(caught.value)
    with pytest.raises(JudgeError, match="--captioner-url"):
        RemoteCaptioner(url, timeout_s=5).caption(clip())


def test_url_must_be_http():
    with pytest.raises(JudgeError, match="--judge-url"):
        RemoteJudge("localhost:8765")
