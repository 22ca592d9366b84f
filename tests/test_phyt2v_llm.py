"""LLM reasoner: answer parsing, prompts, re-ask once, backend errors; the full loop with the tiny Wan,
the embedded captioner and judge, and an LLM answering from a local fake OpenAI server."""

from __future__ import annotations

import json

import pytest

from pipelines.backends.llm import OpenAIChatBackend
from pipelines.core.generation import GenerationRequest
from pipelines.core.judging import Caption, JudgeScores
from pipelines.core.runs import RunStore
from pipelines.eval.motion_captioner import MotionCaptioner
from pipelines.eval.motion_judge import MotionJudge
from pipelines.phyt2v.llm_reasoner import (
    PROMPTS_DIR,
    AnswerParseError,
    LLMReasoner,
    limit_words,
    parse_laws,
    parse_mismatch,
    parse_refinement,
)
from pipelines.phyt2v.loop import RefineLoop, RefineSettings, load_loop
from pipelines.phyt2v.reasoning import MAX_REFINED_WORDS, Mismatch, Reasoner, ReasonerError, SceneLaws
from tests.helpers.fake_openai_server import FakeOpenAIServer
from tests.test_phyt2v_loop import RecordingGenerator

PROMPT = "a rubber ball is dropped onto a wooden floor and bounces"
LAWS_JSON = {"objects": ["rubber ball", "wooden floor"], "laws": ["gravity", "elasticity"],
             "explanation": "The ball speeds up as it falls and each bounce is lower than the last."}
LAWS_ANSWER = "Here is the analysis:\n```json\n" + json.dumps(LAWS_JSON) + "\n```"


def mismatch_answer(summary: str, issues: list[str]) -> str:
    return ("1. The description asks for a falling ball.\n2. The caption reports something else.\n\n"
            "Mismatch:\n" + json.dumps({"summary": summary, "issues": issues}))


def refine_answer(prompt: str) -> str:
    return f"Step back: gravity makes falling things speed up.\n\nRefined prompt: {prompt}"


@pytest.fixture
def server():
    with FakeOpenAIServer() as fake:
        yield fake


def reasoner_for(server: FakeOpenAIServer, **kwargs) -> LLMReasoner:
    backend = OpenAIChatBackend(server.base_url, "fake-model", timeout_s=5, max_retries=0, backoff_s=0.01)
    return LLMReasoner(backend, **kwargs)


# ---------------------------------------------------------------------------- parsing
def test_laws_from_fenced_json_python_quotes_and_loose_fields():
    assert parse_laws(LAWS_ANSWER).to_dict() == LAWS_JSON
    loose = "Sure! {'objects': 'ball; floor', 'laws': [{'name': 'Gravity'}, 'Elasticity', 'gravity'],}"
    laws = parse_laws(loose)
    assert laws.objects == ("ball", "floor") and laws.laws == ("gravity", "elasticity") and laws.explanation == ""
    by_law = parse_laws('{"laws": ["gravity"], "explanation": {"gravity": "it speeds up"}}')
    assert by_law.objects == () and by_law.explanation == "gravity: it speeds up"
    with pytest.raises(AnswerParseError, match="'laws'"):
        parse_laws('{"objects": ["ball"]}')
    with pytest.raises(AnswerParseError, match="empty"):
        parse_laws('{"laws": []}')


def test_mismatch_json_section_prose_section_and_bare_json():
    answer = "Step 1: {thinking} about the main mismatch: none yet.\n**Mismatch:**\n" + json.dumps(
        {"summary": "The ball rises.", "issues": ["rises instead of falling"]})
    parsed = parse_mismatch(answer)
    assert parsed.summary == "The ball rises." and parsed.issues == ("rises instead of falling",)
    assert parsed.reasoning == "Step 1: {thinking} about the main mismatch: none yet."
    prose = parse_mismatch("thinking\n## Mismatch:\nThe ball never bounces.\n- no bounce\n2) too slow")
    assert prose.summary == "The ball never bounces." and prose.issues == ("no bounce", "too slow")
    bare = parse_mismatch('reasoning first\n{"issues": ["floats"]}')
    assert bare.summary == "floats" and bare.reasoning == "reasoning first"
    with pytest.raises(AnswerParseError, match="no 'Mismatch:' section"):
        parse_mismatch("The video looks fine to me.")
    with pytest.raises(AnswerParseError, match="empty"):
        parse_mismatch("thinking\nMismatch:\n")


def test_refinement_marker_forms_and_json():
    same_line = parse_refinement('Principles: gravity.\nRefined prompt: "A ball falls faster and faster."\n\nNote: x')
    assert same_line.prompt == "A ball falls faster and faster." and same_line.reasoning == "Principles: gravity."
    next_line = parse_refinement("why\n**Refined prompt:**\n> A ball falls\n> and bounces lower.\n")
    assert next_line.prompt == "A ball falls and bounces lower."
    as_json = parse_refinement('why\n{"refined_prompt": "A ball falls."}')
    assert as_json.prompt == "A ball falls." and as_json.reasoning == "why"
    with pytest.raises(AnswerParseError, match="Refined prompt:"):
        parse_refinement("I would just say: a ball falls.")
    with pytest.raises(AnswerParseError, match="empty"):
        parse_refinement("why\nRefined prompt:\n\n")


def test_long_refined_prompts_are_cut_at_a_sentence_with_a_note():
    sentence = "The red ball falls faster and faster toward the floor."  # 10 words
    text = " ".join([sentence] * 13)  # 130 words
    prompt, note = limit_words(text, MAX_REFINED_WORDS)
    assert prompt == " ".join([sentence] * 12) and len(prompt.split()) == 120
    assert "130 words" in note and "first 120" in note
    run_on = " ".join(f"w{i}," for i in range(130))  # no sentence end: hard cut, closed with a full stop
    prompt, note = limit_words(run_on, 120)
    assert prompt.split() == [f"w{i}," for i in range(119)] + ["w119."]
    assert limit_words("short prompt", 120) == ("short prompt", "")
    refinement = parse_refinement("why\nRefined prompt: " + text)
    assert refinement.prompt == " ".join([sentence] * 12) and refinement.reasoning.endswith("120-word limit.")


# ---------------------------------------------------------------------------- talking to the server
def test_prompts_come_from_the_assets_and_settings_reach_the_server(server):
    server.answer(LAWS_ANSWER)
    reasoner = reasoner_for(server)
    assert isinstance(reasoner, Reasoner) and reasoner.reasoner_id == "llm:openai:fake-model"
    assert reasoner.extract_laws(PROMPT).to_dict() == LAWS_JSON
    body = server.chat_requests()[0].json()
    assert body["temperature"] == 0.25 and body["max_tokens"] == 900 and body["seed"] == 0
    system = (PROMPTS_DIR / "laws_system.txt").read_text(encoding="utf-8").strip()
    assert body["messages"] == [{"role": "system", "content": system},
                                {"role": "user", "content": f"Video description: {PROMPT}"}]


def test_mismatch_and_refine_messages_carry_their_inputs(server):
    server.answer(mismatch_answer("It floats.", ["floats"]))
    server.answer(refine_answer("A rubber ball drops and bounces lower each time."))
    reasoner = reasoner_for(server)
    laws = SceneLaws(objects=("rubber ball",), laws=("gravity",), explanation="it speeds up")
    caption = Caption("A red object rises.", "motion-captioner", {"label": "measured motion (not a VLM caption)"})
    mismatch = reasoner.find_mismatch(PROMPT, caption, laws)
    scores = JudgeScores(sa=None, pc=0.42, judge_id="motion-metrics", kind="motion")
    refined = reasoner.refine(PROMPT, "the current prompt", laws, mismatch, scores)
    assert refined.prompt == "A rubber ball drops and bounces lower each time."
    assert refined.reasoning == "Step back: gravity makes falling things speed up."
    first, second = (r.json()["messages"][1]["content"] for r in server.chat_requests())
    assert f"Description: {PROMPT}" in first and "rubber ball" in first and "gravity" in first
    assert "A red object rises. (measured motion (not a VLM caption))" in first
    assert "the current prompt" in second and "It floats." in second and "floats" in second
    assert "physical commonsense 0.42" in second and "semantic adherence not measured" in second


def test_a_malformed_answer_is_re_asked_once_with_the_error_quoted(server):
    server.answer("I think gravity matters here.")
    server.answer(LAWS_ANSWER)
    laws = reasoner_for(server).extract_laws(PROMPT)
    assert laws.laws == ("gravity", "elasticity")
    first, second = (r.json()["messages"] for r in server.chat_requests())
    assert second[:2] == first
    assert second[2] == {"role": "assistant", "content": "I think gravity matters here."}
    assert "found no JSON object with 'laws' or 'physical_laws'" in second[3]["content"]


def test_two_malformed_answers_raise_a_reasoner_error(server):
    server.answer("no idea")
    server.answer("still no idea")
    with pytest.raises(ReasonerError, match="even after being shown the error once") as info:
        reasoner_for(server).find_mismatch(PROMPT, Caption("x", "c"), SceneLaws((), ("gravity",)))
    assert "still no idea" in str(info.value) and len(server.chat_requests()) == 2


def test_backend_errors_become_reasoner_errors_with_the_servers_message(server):
    server.reply(500, json.dumps({"error": {"message": "model is overloaded"}}))
    with pytest.raises(ReasonerError, match="model is overloaded") as info:
        reasoner_for(server).refine(PROMPT, PROMPT, SceneLaws((), ("gravity",)), Mismatch("x"), None)
    assert "(refine)" in str(info.value) and "HTTP 500" in str(info.value)


# ---------------------------------------------------------------------------- the full loop, real code paths
@pytest.fixture(scope="module")
def tiny_wan():
    from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
    from pipelines.backends.wan import WanGenerator, WanSettings

    return WanGenerator(WanSettings(model="tiny-wan", dtype="float32", device="cpu", resolution="64x64"),
                        pipeline_factory=build_tiny_wan_pipeline)


TINY = GenerationRequest(prompt="", width=64, height=64, num_frames=9, steps=2, fps=8)


class RecordingCaptioner(MotionCaptioner):
    def __init__(self):
        super().__init__()
        self.captions: list[Caption] = []

    def caption(self, video, prompt=None):
        self.captions.append(super().caption(video, prompt))
        return self.captions[-1]


class RecordingJudge(MotionJudge):
    def __init__(self):
        super().__init__()
        self.calls: list[tuple[str, JudgeScores]] = []

    def score(self, video, prompt):
        self.calls.append((prompt, super().score(video, prompt)))
        return self.calls[-1][1]


def test_full_loop_with_the_tiny_wan_and_an_llm(server, tiny_wan, tmp_path):
    refined = "A rubber ball drops onto a wooden floor, falling faster and faster, and each bounce is lower."
    server.answer(LAWS_ANSWER)
    server.answer(mismatch_answer("The ball never falls.", ["no fall", "no bounce"]))
    server.answer(refine_answer(refined))
    server.answer(mismatch_answer("Still no visible bounce.", ["no bounce"]))
    generator, captioner, judge = RecordingGenerator(tiny_wan), RecordingCaptioner(), RecordingJudge()
    loop = RefineLoop(generator, captioner, judge, reasoner_for(server), runs=RunStore(tmp_path / "runs"),
                      settings=RefineSettings(max_rounds=2, patience=None, seed=5, request_template=TINY))
    updates = list(loop.run(PROMPT))
    assert [u.round.index for u in updates] == [0, 1]
    state = updates[-1].state
    assert state.status == "done" and state.stop_reason == "max_rounds" and state.laws == LAWS_JSON
    assert len(server.chat_requests()) == 4  # laws, then mismatch + refine, then mismatch (the last round needs no refine)
    first, second = state.rounds
    # every stage's output lands in the round record
    assert [r.caption["text"] for r in state.rounds] == [c.text for c in captioner.captions]
    assert [r.caption["captioner_id"] for r in state.rounds] == ["motion-captioner"] * 2
    assert first.mismatch == {"summary": "The ball never falls.", "issues": ["no fall", "no bounce"],
                              "reasoning": "1. The description asks for a falling ball.\n2. The caption reports something else."}
    assert second.mismatch["summary"] == "Still no visible bounce."
    assert [r.scores["pc"] for r in state.rounds] == [s.pc for _, s in judge.calls]
    assert first.refined_prompt == refined and first.refinement_reasoning.startswith("Step back")
    # round r's refined prompt is round r+1's generation prompt; the seed stays
    assert [r.prompt for r in generator.requests] == [PROMPT, refined]
    assert [(r.seed, r.width, r.num_frames, r.steps) for r in generator.requests] == [(5, 64, 9, 2)] * 2
    # SA/PC are judged, and the mismatch found, against the user's original prompt
    assert [prompt for prompt, _ in judge.calls] == [PROMPT, PROMPT]
    mismatch_requests = [server.chat_requests()[i].json()["messages"][1]["content"] for i in (1, 3)]
    assert all(f"Description: {PROMPT}\n" in text for text in mismatch_requests)
    assert captioner.captions[1].text in mismatch_requests[1]
    refine_request = server.chat_requests()[2].json()["messages"][1]["content"]
    assert f"Prompt used for the last video: {PROMPT}" in refine_request
    assert load_loop(state.folder).rounds == state.rounds
    assert state.backends["reasoner"] == "llm:openai:fake-model" and state.backends["generator"] == "wan"


def test_a_malformed_llm_answer_in_round_two_fails_the_loop_after_one_re_ask(server, tiny_wan, tmp_path):
    server.answer(LAWS_ANSWER)
    server.answer(mismatch_answer("The ball never falls.", ["no fall"]))
    server.answer(refine_answer("A rubber ball falls faster and faster."))
    server.answer("The video is nice.")
    server.answer("Really, it is nice.")
    loop = RefineLoop(tiny_wan, MotionCaptioner(), MotionJudge(), reasoner_for(server), runs=RunStore(tmp_path / "runs"),
                      settings=RefineSettings(max_rounds=3, patience=None, request_template=TINY))
    updates = list(loop.run(PROMPT))
    state = updates[-1].state
    assert state.status == "failed" and state.stop_reason == "error"
    assert "round 2, finding the mismatch" in state.error and "even after being shown the error once" in state.error
    assert [r.status for r in state.rounds] == ["done", "failed"]
    assert state.rounds[0].refined_prompt == "A rubber ball falls faster and faster."
    assert len(server.chat_requests()) == 5
    assert load_loop(state.folder).done_rounds == state.rounds[:1]
