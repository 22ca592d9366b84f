"""LLM planner: prompt assembly, re-ask on parse errors, caching, and survival of garbage models."""

from __future__ import annotations

import json

import pytest

from pipelines.backends.llm import OpenAIChatBackend, TransformersChatBackend
from pipelines.core.layout import Layout
from pipelines.core.lvd_text import LayoutParseError, parse_lvd_text
from pipelines.core.planning import Planner, PlannerError
from pipelines.lvd.llm_planner import (
    ANSWER_QUOTE_CHARS,
    LLMPlanner,
    example_answer,
    load_examples,
)
from tests.helpers.fake_openai_server import FakeOpenAIServer
from tests.helpers.tiny_chat_model import tiny_chat_model_dir  # noqa: F401  (pytest fixture)

PROMPT = "a red ball falls from a table onto the floor"
# A falling ball: pixel boxes [x, y, w, h] per keyframe on the 512 x 512 canvas.
BALL_PIXELS = [(200, 100, 48, 48), (200, 120, 48, 48), (200, 180, 48, 48), (200, 280, 48, 48),
               (200, 420, 48, 48), (200, 420, 48, 48)]
GOOD_ANSWER = (
    "Reasoning: The ball rolls off the table and falls faster and faster until it rests on the floor.\n"
    + "\n".join(f"Frame {k + 1}: [{{'id': 0, 'name': 'red ball', 'box': {list(b)}}}]" for k, b in enumerate(BALL_PIXELS))
    + "\nBackground keyword: living room"
)
BAD_ANSWER = "Reasoning: sure!\nFrame 1: [{'id': 0, 'name': 'red ball', 'box': [200, 100, 48]}]\nBackground keyword: room"


def expected_parse_error(answer: str, num_keyframes: int = 6) -> str:
    with pytest.raises(LayoutParseError) as info:
        parse_lvd_text(answer, num_keyframes=num_keyframes)
    return str(info.value)


@pytest.fixture
def server():
    with FakeOpenAIServer() as fake:
        yield fake


def planner_for(server: FakeOpenAIServer, cache_dir=None, **kwargs) -> LLMPlanner:
    backend = OpenAIChatBackend(server.base_url, "fake-model", timeout_s=5, max_retries=0, backoff_s=0.01)
    return LLMPlanner(backend, cache_dir, **kwargs)


# ------------------------------------------------------------------ prompt assets
EXAMPLES = load_examples()


def test_examples_cover_lvd_themes_and_ours():
    assert [e.topic for e in EXAMPLES] == [
        "gravity",
        "elasticity",
        "perspective",
        "counts",
        "appear and disappear",
        "sequential",
    ]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.topic)
@pytest.mark.parametrize("num_keyframes", [6, 4, 9])
def test_every_example_parses_and_validates(example, num_keyframes):
    answer = example_answer(example, num_keyframes)
    layout = parse_lvd_text(answer, num_keyframes=num_keyframes).validate()
    assert layout.num_keyframes == num_keyframes
    assert layout.objects and layout.background and layout.reasoning
    assert layout.notes == ()  # nothing clipped, renamed or missing: the examples are clean


def test_examples_show_what_their_topic_claims():
    by_topic = {e.topic: parse_lvd_text(e.answer, num_keyframes=6) for e in EXAMPLES}
    assert [o.name for o in by_topic["counts"].objects].count("apple") == 3
    car = by_topic["appear and disappear"].objects[0]
    assert car.boxes[0] is None and car.boxes[-1] is None and all(car.boxes[1:-1])
    # Gravity while falling: the ball's downward steps grow before the first bounce.
    ball_y = [b[1] for b in by_topic["elasticity"].objects[0].boxes]
    assert 0 < ball_y[1] - ball_y[0] < ball_y[2] - ball_y[1]
    assert ball_y[3] < ball_y[2]  # bounced up
    # Perspective: the painting shrinks on every keyframe as the camera pulls back.
    widths = [b[2] - b[0] for b in by_topic["perspective"].objects[0].boxes]
    assert all(a > b for a, b in zip(widths, widths[1:]))


def test_messages_are_system_examples_then_caption(server):
    planner = planner_for(server)
    messages = planner.messages(PROMPT, num_keyframes=6)
    assert len(messages) == 2 + 2 * len(EXAMPLES)
    assert messages[0]["role"] == "system"
    assert "6 keyframes" in messages[0]["content"] and "Frame 6: [...]" in messages[0]["content"]
    assert "$" not in messages[0]["content"]
    turns = messages[1:-1]
    assert [m["role"] for m in turns] == ["user", "assistant"] * len(EXAMPLES)
    assert [m["content"] for m in turns[::2]] == [f"Caption: {e.prompt}" for e in EXAMPLES]
    assert [m["content"] for m in turns[1::2]] == [e.answer for e in EXAMPLES]
    assert messages[-1] == {"role": "user", "content": f"Caption: {PROMPT}"}


def test_instructions_follow_num_keyframes(server):
    messages = planner_for(server).messages(PROMPT, num_keyframes=4)
    system = messages[0]["content"]
    assert "4 keyframes" in system and "Frame 4: [...]" in system and "Frame 6" not in system
    for answer in [m["content"] for m in messages[2:-1:2]]:
        assert "Frame 4:" in answer and "Frame 5:" not in answer


# --------------------------------------------------------------------- planning
def test_plan_reads_the_answer(server):
    server.answer(GOOD_ANSWER)
    planner = planner_for(server)
    assert isinstance(planner, Planner)

    result = planner.plan(PROMPT, seed=5)

    assert result.backend_id == "llm:openai:fake-model"
    assert not result.cached and result.raw_response == GOOD_ANSWER
    layout = result.layout
    assert layout.background == "living room"
    assert result.reasoning == layout.reasoning == (
        "The ball rolls off the table and falls faster and faster until it rests on the floor."
    )
    (ball,) = layout.objects
    assert ball.name == "red ball"
    expected = [(x / 512, y / 512, (x + w) / 512, (y + h) / 512) for x, y, w, h in BALL_PIXELS]
    assert ball.boxes == tuple(expected)  # x/512 is exact in binary floating point
    assert set(result.timings) == {"llm_s", "parse_s", "total_s"}
    assert result.timings["total_s"] >= result.timings["llm_s"] > 0

    (request,) = server.chat_requests()
    body = request.json()
    assert body["messages"] == planner.messages(PROMPT)
    assert (body["temperature"], body["max_tokens"], body["seed"]) == (0.25, 900, 5)


def test_temperature_and_max_tokens_are_settable(server):
    server.answer(GOOD_ANSWER)
    planner_for(server, temperature=0.0, max_tokens=300).plan(PROMPT)
    body = server.chat_requests()[0].json()
    assert (body["temperature"], body["max_tokens"]) == (0.0, 300)


def test_bad_answer_is_reasked_once_with_the_error_quoted(server):
    server.answer(BAD_ANSWER)
    server.answer(GOOD_ANSWER)
    planner = planner_for(server)

    result = planner.plan(PROMPT)

    assert result.layout.objects[0].name == "red ball"
    error = expected_parse_error(BAD_ANSWER)
    assert f"re-asked after parse error: {error}" in result.notes
    first, second = (r.json()["messages"] for r in server.chat_requests())
    assert second[: len(first)] == first
    bad_turn, reask = second[len(first) :]
    assert bad_turn == {"role": "assistant", "content": BAD_ANSWER}
    assert reask["role"] == "user" and error in reask["content"] and "Frame 6: [...]" in reask["content"]


def test_two_bad_answers_raise_planner_error(server):
    second_bad = "I am sorry, I cannot draw boxes. " * 20
    server.answer(BAD_ANSWER)
    server.answer(second_bad)
    with pytest.raises(PlannerError) as info:
        planner_for(server).plan(PROMPT)
    message = str(info.value)
    assert expected_parse_error(second_bad) in message
    assert repr(second_bad[:ANSWER_QUOTE_CHARS]) in message
    assert second_bad[: ANSWER_QUOTE_CHARS + 1] not in message
    assert len(server.chat_requests()) == 2


def test_wrong_frame_count_is_a_parse_error_for_reask(server):
    five_frames = GOOD_ANSWER.replace("\nFrame 6:", "\nIgnored 6:")
    server.answer(five_frames)
    server.answer(GOOD_ANSWER)
    result = planner_for(server).plan(PROMPT)
    assert result.notes[0] == f"re-asked after parse error: {expected_parse_error(five_frames)}"


def test_backend_error_becomes_planner_error(server, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    server.reply(401, "{}")
    with pytest.raises(PlannerError, match=r"llm:openai:fake-model: .*HTTP 401.*OPENAI_API_KEY"):
        planner_for(server).plan(PROMPT)


def test_empty_prompt_and_bad_keyframe_count_are_rejected(server):
    planner = planner_for(server)
    with pytest.raises(PlannerError, match="prompt is empty"):
        planner.plan("   ")
    with pytest.raises(PlannerError, match="num_keyframes"):
        planner.plan(PROMPT, num_keyframes=1)
    assert server.requests == []


# ------------------------------------------------------------------------ cache
def test_cache_hit_skips_the_backend_and_other_seed_misses(server, tmp_path):
    server.answer(GOOD_ANSWER)
    first = planner_for(server, tmp_path).plan(PROMPT, seed=0)
    hit = planner_for(server, tmp_path).plan(PROMPT, seed=0)  # a new planner: the cache is on disk
    assert len(server.chat_requests()) == 1
    assert hit.cached and not first.cached
    assert hit.layout == first.layout and hit.raw_response == GOOD_ANSWER
    assert hit.reasoning == first.reasoning and hit.backend_id == first.backend_id

    server.answer(GOOD_ANSWER)
    other_seed = planner_for(server, tmp_path).plan(PROMPT, seed=1)
    assert not other_seed.cached and len(server.chat_requests()) == 2

    server.answer(GOOD_ANSWER)
    planner_for(server, tmp_path, template_version="edited-prompt").plan(PROMPT, seed=0)
    assert len(server.chat_requests()) == 3
    assert len(list(tmp_path.glob("*.json"))) == 3


def test_failed_plans_are_not_cached(server, tmp_path):
    server.answer(BAD_ANSWER)
    server.answer(BAD_ANSWER)
    with pytest.raises(PlannerError):
        planner_for(server, tmp_path).plan(PROMPT)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("corruption", ["{not json", "[]", '{"format": 1, "key": {}, "layout": {}}'])
def test_corrupt_cache_file_is_ignored_and_rewritten(server, tmp_path, corruption):
    server.answer(GOOD_ANSWER)
    planner_for(server, tmp_path).plan(PROMPT)
    (cache_file,) = tmp_path.glob("*.json")
    cache_file.write_text(corruption)

    server.answer(GOOD_ANSWER)
    fresh = planner_for(server, tmp_path).plan(PROMPT)
    assert not fresh.cached and len(server.chat_requests()) == 2
    assert any("unreadable cache file" in note for note in fresh.notes)
    stored = json.loads(cache_file.read_text())
    assert Layout.from_dict(stored["layout"]) == fresh.layout

    assert planner_for(server, tmp_path).plan(PROMPT).cached
    assert len(server.chat_requests()) == 2


# ----------------------------------------------------------------- transformers
class CountingBackend:
    """Delegates to a real backend and counts the calls."""

    def __init__(self, inner):
        self.inner = inner
        self.backend_id = inner.backend_id
        self.model = inner.model
        self.calls = 0

    def complete(self, messages, **kwargs):
        self.calls += 1
        return self.inner.complete(messages, **kwargs)


def test_garbage_from_a_tiny_model_ends_in_a_clear_planner_error(tiny_chat_model_dir, tmp_path):
    backend = CountingBackend(TransformersChatBackend(str(tiny_chat_model_dir), device="cpu"))
    planner = LLMPlanner(backend, tmp_path, max_tokens=24)
    assert planner.backend_id == f"llm:transformers:{tiny_chat_model_dir}"
    with pytest.raises(PlannerError) as info:
        planner.plan(PROMPT, seed=0)
    assert backend.calls == 2
    assert "gave no readable layout, even after being shown the error once" in str(info.value)
    assert "Its answer began:" in str(info.value)
    assert list(tmp_path.iterdir()) == []
