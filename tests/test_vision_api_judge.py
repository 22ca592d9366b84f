"""OpenAI-compatible vision judge and captioner against the scripted local server."""

from __future__ import annotations

import base64
import io
import json

import numpy as np
import pytest

from pipelines.backends.vision_api import (
    CAPTION_INSTRUCTION,
    JUDGE_SYSTEM_PROMPT,
    OpenAIVisionCaptioner,
    OpenAIVisionJudge,
    RatingParseError,
    extract_json_object,
    parse_ratings,
    unit_score,
)
from pipelines.core.judging import Captioner, JudgeError, PhysicsJudge, Video
from tests.helpers.fake_openai_server import FakeOpenAIServer, unused_loopback_port


def mplug_get_index(num_frames, num_segments):
    """mPLUG-Owl-Video's ``get_index`` (VideoCon-Physics' frame sampling), written out with numpy."""
    seg_size = float(num_frames - 1) / num_segments
    start = int(seg_size / 2)
    return [int(start + np.round(seg_size * idx)) for idx in range(num_segments)]


PROMPT = "a red ball falls and bounces"
GOOD = {"sa": 4, "pc": 2, "rules": {"gravity": "violated", "collision": "followed", "fluid": "not applicable"},
        "reason": "the ball floats up"}


@pytest.fixture
def server():
    with FakeOpenAIServer() as fake:
        yield fake


def video(frames: int = 20, height: int = 48, width: int = 64) -> Video:
    rng = np.random.default_rng(frames)
    return Video(rng.integers(0, 256, (frames, height, width, 3), dtype=np.uint8), 16.0)


def judge_for(server: FakeOpenAIServer, **kwargs) -> OpenAIVisionJudge:
    options = {"api_key_env": "PHYSTUDIO_TEST_VISION_KEY", "timeout_s": 5, "max_retries": 0, "backoff_s": 0.01} | kwargs
    return OpenAIVisionJudge(server.base_url, "fake-model", **options)


def image_parts(request) -> list[dict]:
    (user,) = [m for m in request.json()["messages"] if m["role"] == "user"][:1]
    return [part for part in user["content"] if part["type"] == "image_url"]


def decode_part(part: dict):
    from PIL import Image

    header, data = part["image_url"]["url"].split(",", 1)
    return header, Image.open(io.BytesIO(base64.b64decode(data)))


# ------------------------------------------------------------------------ good answers
def test_good_json_maps_ratings_to_unit_scores(server):
    server.answer(json.dumps(GOOD))
    judge = judge_for(server)
    assert isinstance(judge, PhysicsJudge) and judge.kind == "vlm"
    clip = video()
    scores = judge.score(clip, PROMPT)

    assert (scores.sa, scores.pc) == (0.75, 0.25)
    assert scores.judge_id == "openai-vision:fake-model"
    d = scores.details
    assert (d["sa_raw"], d["pc_raw"], d["attempts"], d["notes"]) == (4.0, 2.0, 1, [])
    assert d["rules"] == {"gravity": "violated", "collision": "followed", "fluid": "not_applicable"}
    assert d["reason"] == "the ball floats up"
    assert d["frame_indices"] == mplug_get_index(20, 8)


def test_request_has_one_image_part_per_sampled_frame(server):
    server.answer(json.dumps(GOOD))
    server.answer(json.dumps(GOOD))
    judge_for(server, num_frames=5, max_side=32).score(video(frames=20), PROMPT)
    judge_for(server, num_frames=8).score(video(frames=3), PROMPT)
    first, second = server.chat_requests()

    body = first.json()
    assert body["model"] == "fake-model" and body["temperature"] == 0.0
    assert body["messages"][0] == {"role": "system", "content": JUDGE_SYSTEM_PROMPT}
    parts = image_parts(first)
    assert len(parts) == 5
    header, image = decode_part(parts[0])
    assert header == "data:image/jpeg;base64" and image.format == "JPEG"
    assert image.size == (32, 24)  # 64x48 shrunk to a 32-pixel longer side, aspect kept
    texts = [p["text"] for p in body["messages"][1]["content"] if p["type"] == "text"]
    assert any(PROMPT in t for t in texts) and any("5 frames" in t for t in texts)
    assert len(image_parts(second)) == 3  # a 3-frame video sends every frame once


@pytest.mark.parametrize("judge_frames, captioner_frames", [(5, 3), (12, 2)])
def test_the_configured_frame_counts_reach_the_server(server, tmp_path, judge_frames, captioner_frames):
    """judge.num_frames / captioner.num_frames from the config decide how many images each request carries."""
    from pipelines.core.config import load_config
    from pipelines.services import Services

    vision = {"backend": "openai", "base_url": server.base_url, "model": "fake-model", "timeout_s": 5}
    services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path)},
                                           "judge": vision | {"num_frames": judge_frames},
                                           "captioner": vision | {"num_frames": captioner_frames}}))
    server.answer(json.dumps(GOOD))
    server.answer("The ball drops.")
    scores = services.judge().score(video(frames=20), PROMPT)
    caption = services.captioner().caption(video(frames=20), PROMPT)
    judged, captioned = server.chat_requests()
    assert len(image_parts(judged)) == judge_frames and scores.details["frame_indices"] == mplug_get_index(20, judge_frames)
    assert len(image_parts(captioned)) == captioner_frames
    assert caption.details["frame_indices"] == mplug_get_index(20, captioner_frames)


def test_png_frames_arrive_losslessly(server):
    server.answer(json.dumps(GOOD))
    clip = video(frames=4)
    judge_for(server, num_frames=4, image_format="png", max_side=None).score(clip, PROMPT)
    parts = image_parts(server.chat_requests()[0])
    for index, part in zip(range(4), parts):  # a clip no longer than num_frames: every frame once
        header, image = decode_part(part)
        assert header == "data:image/png;base64"
        np.testing.assert_array_equal(np.asarray(image), clip.frames[index])


@pytest.mark.parametrize("answer", [
    "Sure! Here is my rating:\n```json\n" + json.dumps(GOOD) + "\n```\nHope this helps.",
    "My verdict: " + json.dumps(GOOD) + " — the {gravity} rule is broken.",
    '{"sa": "4", "pc": "2/5", "rules": {"gravity": "Violated", "collision": "FOLLOWED", "fluid": "n/a"}}',
])
def test_json_in_fences_prose_and_numbers_as_strings(server, answer):
    server.answer(answer)
    scores = judge_for(server).score(video(), PROMPT)
    assert (scores.sa, scores.pc) == (0.75, 0.25)
    assert scores.details["rules"] == {"gravity": "violated", "collision": "followed", "fluid": "not_applicable"}


def test_out_of_range_ratings_are_clipped_with_a_note(server):
    server.answer('{"sa": 7, "pc": 0, "rules": {}}')
    scores = judge_for(server).score(video(), PROMPT)
    assert (scores.sa, scores.pc) == (1.0, 0.0)
    assert (scores.details["sa_raw"], scores.details["pc_raw"]) == (5.0, 1.0)
    assert scores.details["notes"] == ["sa 7 outside 1-5, clipped to 5", "pc 0 outside 1-5, clipped to 1"]


def test_empty_prompt_gives_pc_only(server):
    server.answer(json.dumps(GOOD))
    scores = judge_for(server).score(video(), "  ")
    assert scores.sa is None and scores.pc == 0.25 and scores.details["sa_skipped"]


# ------------------------------------------------------------------------- re-asking
def test_malformed_then_good_reasks_once_quoting_the_error(server):
    server.answer("The video looks physically plausible to me.")
    server.answer(json.dumps(GOOD))
    scores = judge_for(server).score(video(), PROMPT)

    assert (scores.sa, scores.pc, scores.details["attempts"]) == (0.75, 0.25, 2)
    first, second = server.chat_requests()
    messages = second.json()["messages"]
    assert messages[:2] == first.json()["messages"]  # the frames are not sent twice in new messages
    assert messages[2] == {"role": "assistant", "content": "The video looks physically plausible to me."}
    assert messages[3]["role"] == "user" and "the answer contains no JSON object" in messages[3]["content"]


def test_missing_field_is_quoted_in_the_reask(server):
    server.answer('{"sa": 3}')
    server.answer('{"sa": 3, "pc": 5}')
    scores = judge_for(server).score(video(), PROMPT)
    assert (scores.sa, scores.pc) == (0.5, 1.0)
    assert 'no "pc" rating' in server.chat_requests()[1].json()["messages"][-1]["content"]
    assert scores.details["notes"] == ["no rule labels given"]


def test_malformed_twice_raises_judge_error(server):
    server.answer("no idea")
    server.answer('{"sa": "high", "pc": 3}')
    with pytest.raises(JudgeError) as caught:
        judge_for(server).score(video(), PROMPT)
    message = str(caught.value)
    assert "no JSON object" in message and '"sa" must be a number' in message and "judge.model" in message
    assert len(server.chat_requests()) == 2


# ---------------------------------------------------------------------- server errors
def test_server_down_names_the_url_and_the_judge_setting():
    url = f"http://127.0.0.1:{unused_loopback_port()}/v1"
    judge = OpenAIVisionJudge(url, "fake-model", timeout_s=2, max_retries=0)
    with pytest.raises(JudgeError) as caught:
        judge.score(video(), PROMPT)
    message = str(caught.value)
    assert url in message and "unreachable" in message and "judge.base_url" in message and "--llm" not in message


def test_server_error_is_retried_by_the_chat_client(server):
    server.reply(503, "busy")
    server.answer(json.dumps(GOOD))
    assert judge_for(server, max_retries=1).score(video(), PROMPT).pc == 0.25
    assert len(server.chat_requests()) == 2


def test_missing_settings_are_clear_errors():
    with pytest.raises(JudgeError, match="judge.base_url"):
        OpenAIVisionJudge(" ", "m")
    with pytest.raises(JudgeError, match="judge.model"):
        OpenAIVisionJudge("http://127.0.0.1:1/v1", "")
    with pytest.raises(JudgeError, match="image format"):
        OpenAIVisionJudge("http://127.0.0.1:1/v1", "m", image_format="gif")
    with pytest.raises(JudgeError, match=r"captioner.base_url \(--captioner-base-url\)"):
        OpenAIVisionCaptioner("", "m")


def test_captioner_errors_name_the_captioner_settings():
    url = f"http://127.0.0.1:{unused_loopback_port()}/v1"
    with pytest.raises(JudgeError, match="captioner.base_url") as caught:
        OpenAIVisionCaptioner(url, "fake-model", timeout_s=2, max_retries=0).caption(video())
    assert "judge." not in str(caught.value)


# ------------------------------------------------------------------------- captioner
def test_captioner_sends_frames_and_instruction_but_not_the_prompt(server):
    server.answer("  The ball drops, hits the floor and bounces twice.  ")
    captioner = OpenAIVisionCaptioner(server.base_url, "fake-model", num_frames=6, max_retries=0)
    assert isinstance(captioner, Captioner)
    caption = captioner.caption(video(), PROMPT)
    assert caption.text == "The ball drops, hits the floor and bounces twice."
    assert caption.captioner_id == "openai-vision:fake-model"
    assert caption.details["frame_indices"] == mplug_get_index(20, 6)
    (request,) = server.chat_requests()
    assert len(image_parts(request)) == 6
    texts = [part["text"] for part in request.json()["messages"][1]["content"] if part["type"] == "text"]
    assert texts[-1] == CAPTION_INSTRUCTION and PROMPT not in request.body


def test_captioner_names_the_main_objects_in_its_instruction(server):
    server.answer("The ball drops.")
    captioner = OpenAIVisionCaptioner(server.base_url, "fake-model", num_frames=6, max_retries=0)
    caption = captioner.caption(video(), None, objects=("red ball", "floor"))
    texts = [part["text"] for part in server.chat_requests()[0].json()["messages"][1]["content"] if part["type"] == "text"]
    assert texts[-1] == f"The video shows red ball, floor. {CAPTION_INSTRUCTION}" == caption.details["instruction"]


# ------------------------------------------------------------------------ parsing units
def test_extract_json_object_finds_the_first_object():
    assert extract_json_object('{"a": 1}') == {"a": 1}
    assert extract_json_object('list [1, 2] then {"b": {"c": 2}} and {"d": 3}') == {"b": {"c": 2}}
    assert extract_json_object("```\n{\"e\": 5}\n```") == {"e": 5}
    with pytest.raises(RatingParseError, match="no JSON object"):
        extract_json_object("{not json} [1, 2]")


@pytest.mark.parametrize("answer, problem", [
    ('{"sa": true, "pc": 3}', '"sa" must be a number'),
    ('{"sa": 3, "pc": NaN}', '"pc" must be a number'),
    ('{"sa": 3, "pc": null}', 'no "pc" rating'),
    ('{"sa": [3], "pc": 3}', '"sa" must be a number'),
])
def test_parse_ratings_rejects_what_is_not_a_rating(answer, problem):
    with pytest.raises(RatingParseError, match=problem):
        parse_ratings(answer)


def test_parse_ratings_notes_bad_rule_labels_and_maps_scale():
    ratings = parse_ratings('{"sa": 2.5, "pc": "5 (perfect)", "rules": {"Gravity": "broken", "inertia": "followed"}}')
    assert (ratings["sa"], ratings["pc"], ratings["rules"]) == (2.5, 5.0, {"inertia": "followed"})
    assert ratings["notes"] == ["rule 'Gravity': unknown label 'broken' ignored"]
    assert [unit_score(s) for s in (1, 2, 3, 4, 5)] == [0.0, 0.25, 0.5, 0.75, 1.0]
