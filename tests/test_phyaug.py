"""PhyAugPipe: CoT filter (parsing, re-ask, failures, resume, a fake OpenAI server), heuristic filter, visual
check, action clustering (TF-IDF fallback and a tiny random BERT), Eq. 1 sampling against hand-computed
counts, losers with the preview generator and motion judge, and the ``phyaug`` CLI end to end."""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np
import pytest

from pipelines.backends.llm import ChatBackendError, OpenAIChatBackend
from pipelines.core.generation import CancelToken, GenerationRequest
from pipelines.core.judging import JudgeScores
from pipelines.core.models import ModelManager
from pipelines.core.video import write_mp4
from pipelines.eval.motion_judge import MotionJudge
from pipelines.lvd.preview_generator import PreviewGenerator
from pipelines.phygdpo.actions import (
    UNMATCHED,
    ActionCategory,
    KeywordEmbedder,
    TransformersEmbedder,
    category_histogram,
    category_histogram_figure,
    load_action_categories,
    match_actions,
    normalise_word,
    run_cluster,
)
from pipelines.phygdpo.groups import read_groups
from pipelines.phygdpo.losers import run_losers
from pipelines.phygdpo.phyaug import (
    FAILURES_FILE,
    FILTER_FILE,
    CotPhysicsFilter,
    HeuristicPhysicsFilter,
    PhyAugError,
    PoolItem,
    parse_cot_answer,
    read_jsonl,
    read_pool,
    run_filter,
    run_vlm_check,
    vlm_verdicts,
)
from pipelines.phygdpo.phyaug_cli import add_phyaug_arguments, run_phyaug_command
from pipelines.phygdpo.sampling import category_scores, read_score_rows, representatives, sampling_plan, select_pairs, video_score
from pipelines.phyt2v.llm_reasoner import AnswerParseError
from tests.helpers.fake_openai_server import FakeOpenAIServer
from tests.helpers.tiny_chat_model import tiny_chat_model_dir  # noqa: F401  (pytest fixture)

BALL = "a red ball falls from the top of the frame and bounces on the floor"
CAT = "a portrait of a cat, oil painting"


def cot_answer(richness: float = 0.8, **overrides) -> str:
    data = {"original": BALL,
            "parse": {"entities": ["red ball", "floor"], "actions": ["the ball falls", "the ball bounces"],
                      "forces": ["gravity", "normal force of the floor"], "outcomes": ["rebounds lower each time"]},
            "reason": "Gravity accelerates the ball; the floor pushes back and it rebounds with less energy.",
            "extended": "A red ball falls, speeding up under gravity, and bounces lower each time it hits the floor.",
            "physics_richness": richness, "physics_label": True}
    data.update(overrides)
    return json.dumps(data)


class ScriptedChat:
    """A ChatBackend answering from a script and recording every conversation it was sent."""

    backend_id = "scripted"
    model = "fake"

    def __init__(self, *answers):
        self.answers = list(answers)
        self.calls: list[list[dict]] = []

    def complete(self, messages, *, temperature=0.25, max_tokens=900, seed=None):
        self.calls.append(messages)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def pool(tmp_path: Path, prompts: list[str]) -> list[PoolItem]:
    return [PoolItem(f"p{i}", prompt, tmp_path / f"video{i}.mp4") for i, prompt in enumerate(prompts)]


# ---------------------------------------------------------------------------- CoT answers
def test_cot_answer_plain_fenced_and_with_prose():
    plain = parse_cot_answer(cot_answer(0.8), BALL, "f")
    assert plain.physics_richness == 0.8 and plain.parse.entities == ("red ball", "floor")
    assert plain.parse.forces == ("gravity", "normal force of the floor") and plain.original == BALL
    fenced = parse_cot_answer("Step 1: entities...\nStep 4: rich.\n```json\n" + cot_answer(0.65) + "\n```", BALL)
    assert fenced.physics_richness == 0.65 and fenced.parse.outcomes == ("rebounds lower each time",)
    assert fenced.reason.startswith("Gravity accelerates")
    long = parse_cot_answer(cot_answer(extended=" ".join(["word"] * 130)), BALL)
    assert len(long.extended.split()) <= 100 and "130 words" in long.notes[0]


@pytest.mark.parametrize("answer, message", [
    ("no json at all", "no JSON object"),
    (cot_answer(1.7), "between 0 and 1"),
    (cot_answer("high"), "between 0 and 1"),
    (cot_answer(parse={"entities": ["ball"]}), "lacks 'actions', 'forces', 'outcomes'"),
    (cot_answer(extended=""), "'extended' must be a non-empty string"),
])
def test_cot_answer_errors_name_the_field(answer, message):
    with pytest.raises(AnswerParseError, match=message):
        parse_cot_answer(answer, BALL)


def test_filter_reasks_once_quoting_the_error_then_succeeds(tmp_path):
    chat = ScriptedChat(cot_answer(1.7), cot_answer(0.7))
    summary = run_filter(pool(tmp_path, [BALL]), CotPhysicsFilter(chat), tmp_path / "out")
    assert summary.completed == 1 and summary.failed == 0 and summary.kept == 1
    assert len(chat.calls) == 2
    second = chat.calls[1]
    assert second[-2] == {"role": "assistant", "content": cot_answer(1.7)}
    assert "between 0 and 1, got 1.7" in second[-1]["content"] and second[0]["role"] == "system"
    [row] = read_jsonl(tmp_path / "out" / FILTER_FILE)
    assert row["attempts"] == 2 and row["physics_richness"] == 0.7 and row["physics_label"] is True
    assert row["filter"] == "llm:scripted:fake" and row["notes"] == [("re-asked after: 'physics_richness' must be "
                                                                      "between 0 and 1, got 1.7")]
    assert set(row["parse"]) == {"entities", "actions", "forces", "outcomes"} and row["extended"]


def test_malformed_twice_is_a_failure_record_and_is_retried_on_resume(tmp_path):
    out = tmp_path / "out"
    chat = ScriptedChat("nonsense", "{still: nonsense", cot_answer(0.9))
    items = pool(tmp_path, [BALL, CAT])
    chat.answers.insert(2, cot_answer(0.1))  # the second pair answers well at once
    summary = run_filter(items, CotPhysicsFilter(chat), out)
    assert (summary.completed, summary.failed) == (1, 1)
    [failure] = read_jsonl(out / FAILURES_FILE)
    assert failure["id"] == "p0" and failure["raw"] == ["nonsense", "{still: nonsense"]
    assert "even after being shown the error once" in failure["error"] and failure["stage"] == "parse"
    assert [row["id"] for row in read_jsonl(out / FILTER_FILE)] == ["p1"]
    resumed = run_filter(items, CotPhysicsFilter(chat), out)  # only the failed pair is asked again
    assert (resumed.completed, resumed.skipped, resumed.failed) == (1, 1, 0) and chat.answers == []
    rows = {row["id"]: row for row in read_jsonl(out / FILTER_FILE)}
    assert rows["p0"]["physics_label"] is True and rows["p1"]["physics_label"] is False


def test_backend_errors_are_recorded_and_a_dead_backend_stops_the_step(tmp_path):
    out = tmp_path / "out"
    chat = ScriptedChat(ChatBackendError("server down"), cot_answer(0.9), *[ChatBackendError("server down")] * 3)
    with pytest.raises(PhyAugError, match="3 pairs in a row could not be assessed: .*server down"):
        run_filter(pool(tmp_path, [BALL, CAT, "a", "b", "c", "d"]), CotPhysicsFilter(chat), out)
    failures = read_jsonl(out / FAILURES_FILE)
    assert [f["stage"] for f in failures] == ["backend"] * 4 and len(read_jsonl(out / FILTER_FILE)) == 1


def test_threshold_decides_the_label_and_is_pinned_for_resume(tmp_path):
    items = pool(tmp_path, [BALL, CAT, "a man walks"])
    chat = ScriptedChat(cot_answer(0.5), cot_answer(0.49), cot_answer(0.6))
    run_filter(items, CotPhysicsFilter(chat, threshold=0.5), tmp_path / "a", threshold=0.5)
    labels = [row["physics_label"] for row in read_jsonl(tmp_path / "a" / FILTER_FILE)]
    assert labels == [True, False, True]
    chat = ScriptedChat(cot_answer(0.59), cot_answer(0.6))
    run_filter(items[:2], CotPhysicsFilter(chat), tmp_path / "b")  # default 0.6, whatever the model says
    assert [row["physics_label"] for row in read_jsonl(tmp_path / "b" / FILTER_FILE)] == [False, True]
    assert "at least 0.5" in CotPhysicsFilter(chat, threshold=0.5).system_prompt
    with pytest.raises(PhyAugError, match="threshold: 0.5 → 0.6"):
        run_filter(items, CotPhysicsFilter(ScriptedChat()), tmp_path / "a")
    with pytest.raises(PhyAugError, match="in \\[0, 1\\]"):
        run_filter(items, CotPhysicsFilter(ScriptedChat()), tmp_path / "c", threshold=1.5)


def test_filter_through_a_fake_openai_server(tmp_path):
    with FakeOpenAIServer() as server:
        server.answer("Thinking...\n" + cot_answer(0.75))
        backend = OpenAIChatBackend(server.base_url, "fake-model", timeout_s=5, max_retries=0)
        summary = run_filter(pool(tmp_path, [BALL]), CotPhysicsFilter(backend), tmp_path / "out", workers=2)
        [request] = server.chat_requests()
    assert summary.completed == 1
    body = request.json()
    assert body["messages"][0]["content"].startswith("You screen text-to-video training data")
    assert body["messages"][1] == {"role": "user", "content": f"Caption: {BALL}"}
    [row] = read_jsonl(tmp_path / "out" / FILTER_FILE)
    assert row["filter"] == "llm:openai:fake-model" and row["physics_richness"] == 0.75


def test_a_local_model_writing_word_salad_gives_failure_records_not_a_crash(tmp_path, tiny_chat_model_dir):
    from pipelines.backends.llm import ChatBackend, TransformersChatBackend

    backend = TransformersChatBackend(str(tiny_chat_model_dir), device="cpu")
    assert isinstance(backend, ChatBackend) and isinstance(ScriptedChat(), ChatBackend)
    summary = run_filter(pool(tmp_path, [BALL]), CotPhysicsFilter(backend, max_tokens=24), tmp_path / "out")
    assert (summary.completed, summary.failed) == (0, 1)
    [failure] = read_jsonl(tmp_path / "out" / FAILURES_FILE)
    assert failure["filter"] == f"llm:transformers:{tiny_chat_model_dir}" and len(failure["raw"]) == 2


def test_workers_keep_every_pair_and_cancel_stops_between_pairs(tmp_path):
    prompts = [f"a ball number {i} falls" for i in range(6)]
    summary = run_filter(pool(tmp_path, prompts), CotPhysicsFilter(ScriptedChat(*[cot_answer(0.7)] * 6)),
                         tmp_path / "out", workers=3)
    assert summary.completed == 6 and sorted(r["id"] for r in read_jsonl(tmp_path / "out" / FILTER_FILE)) == [
        f"p{i}" for i in range(6)]
    cancel = CancelToken()
    cancel.cancel()
    stopped = run_filter(pool(tmp_path, prompts), HeuristicPhysicsFilter(), tmp_path / "h", cancel=cancel)
    assert stopped.cancelled and stopped.completed == 0


# ---------------------------------------------------------------------------- heuristic filter
def test_heuristic_filter_ranks_physics_above_still_and_stylised_prompts(tmp_path):
    heuristic = HeuristicPhysicsFilter()
    ball, cat = heuristic.assess(BALL), heuristic.assess(CAT)
    assert ball.physics_richness >= 0.6 > cat.physics_richness
    assert {"gravity on the ball", "elasticity on the ball"} <= set(ball.parse.forces)
    assert "ball falls" in ball.parse.actions and "ball bounces" in ball.parse.actions
    assert cat.physics_richness == 0.0 and "penalised: stylised footage" in cat.notes
    kick = heuristic.assess("a boy kicks a soccer ball across the field")
    assert "boy kicks the soccer ball" in kick.parse.actions
    assert "contact force of the boy on the soccer ball" in kick.parse.forces and kick.physics_richness >= 0.6
    walk = heuristic.assess("a man walks in the park")
    assert walk.physics_richness < 0.6
    panned = heuristic.assess("the camera pans as " + BALL)
    assert panned.physics_richness == pytest.approx(ball.physics_richness - 0.15)
    assert len(ball.extended.split()) <= 100 and ball.extended.startswith(BALL)
    run_filter(pool(tmp_path, [BALL, CAT]), heuristic, tmp_path / "out")
    rows = read_jsonl(tmp_path / "out" / FILTER_FILE)
    assert [r["filter"] for r in rows] == ["heuristic", "heuristic"]
    assert [r["physics_label"] for r in rows] == [True, False]


# ---------------------------------------------------------------------------- pool files
def test_pool_csv_and_jsonl_resolve_videos_and_give_stable_ids(tmp_path):
    (tmp_path / "pool.csv").write_text("prompt,video,category\n\"a ball, red\",clips/a.mp4,sports\n"
                                       f"\"{CAT}\",/abs/b.mp4,\n\"{CAT}\",/abs/b.mp4\n")
    items = read_pool(tmp_path / "pool.csv")
    assert len(items) == 2 and items[0].video == (tmp_path / "clips" / "a.mp4").resolve()
    assert items[0].category == "sports" and items[1].category is None and items[1].video == Path("/abs/b.mp4")
    (tmp_path / "pool.jsonl").write_text(json.dumps({"prompt": "a ball, red", "video": "clips/a.mp4"}) + "\n\n")
    assert read_pool(tmp_path / "pool.jsonl")[0].id == items[0].id  # id = hash of prompt and video
    (tmp_path / "bad.csv").write_text("caption,video\nx,y\n")
    with pytest.raises(PhyAugError, match="'prompt' and 'video'"):
        read_pool(tmp_path / "bad.csv")
    (tmp_path / "unquoted.csv").write_text(f"prompt,video\n{CAT},b.mp4\n")
    with pytest.raises(PhyAugError, match="unquoted.csv:2: more fields than the header"):
        read_pool(tmp_path / "unquoted.csv")
    (tmp_path / "ids.jsonl").write_text('{"id": "a", "prompt": "x", "video": "y"}\n{"id": "a", "prompt": "z", "video": "w"}\n')
    with pytest.raises(PhyAugError, match="id 'a' was already used"):
        read_pool(tmp_path / "ids.jsonl")


# ---------------------------------------------------------------------------- visual check
class TextJudge:
    """SA = 0.9 when the text mentions a bounce, else 0.2 (stands in for a VLM judge)."""

    judge_id = "text-judge"
    kind = "vlm"

    def __init__(self):
        self.texts = []

    def score(self, video, prompt):
        self.texts.append(prompt)
        return JudgeScores(0.9 if "bounce" in prompt else 0.2, 0.5, self.judge_id, self.kind)


def test_vlm_check_scores_the_parse_and_needs_a_judge_with_sa(tmp_path):
    frames = np.zeros((4, 32, 32, 3), np.uint8)
    items = [PoolItem("p0", BALL, write_mp4(frames, tmp_path / "a.mp4", 8)),
             PoolItem("p1", "a ball rolls on the floor", write_mp4(frames, tmp_path / "b.mp4", 8)),
             PoolItem("p2", CAT, write_mp4(frames, tmp_path / "c.mp4", 8))]
    chat = ScriptedChat(cot_answer(0.8), cot_answer(0.8, parse={"entities": ["ball"], "actions": ["the ball rolls"],
                                                                "forces": [], "outcomes": ["it stops"]}),
                        cot_answer(0.1))
    out = tmp_path / "out"
    run_filter(items, CotPhysicsFilter(chat), out)
    rows = read_jsonl(out / FILTER_FILE)
    judge = TextJudge()
    summary = run_vlm_check(rows, judge, out, threshold=0.5)
    assert (summary.completed, summary.kept) == (2, 1)  # the cat was not kept, so not checked
    assert judge.texts == ["the ball falls; the ball bounces; rebounds lower each time", "the ball rolls; it stops"]
    assert vlm_verdicts(out) == {"p0": True, "p1": False}
    assert run_vlm_check(rows, judge, out).skipped == 2 and len(judge.texts) == 2
    with pytest.raises(PhyAugError, match="does not measure semantic adherence"):
        run_vlm_check(rows, MotionJudge(), tmp_path / "other")


# ---------------------------------------------------------------------------- clustering
CATEGORIES = load_action_categories()


def test_category_file_and_word_normaliser():
    assert 20 <= len(CATEGORIES) <= 40 and len({c.name for c in CATEGORIES}) == len(CATEGORIES)
    assert all(c.description and c.keywords for c in CATEGORIES)
    assert {normalise_word(w) for w in ("bounce", "bounces", "bouncing", "bounced")} == {"bounc"}
    assert [normalise_word(w) for w in ("dropping", "glasses", "rolling", "flies", "pass")] == [
        "drop", "glass", "roll", "fly", "pass"]


def test_keyword_matcher_puts_prompts_in_the_expected_category():
    expected = {
        "a ball bounces on the floor": "bouncing",
        "a glass vase falls off a table and shatters": "shattering and breaking",
        "a boy kicks a soccer ball toward the goal": "soccer and kicking",
        "a man pours water into a cup": "pouring and liquid flow",
        "an ice cube melts in the sun": "melting and freezing",
        "a gymnast does a backflip on the beam": "gymnastics and acrobatics",
        "a portrait of a cat": UNMATCHED,
    }
    matches = match_actions(list(expected), CATEGORIES, KeywordEmbedder(CATEGORIES))
    assert [m.category for m in matches] == list(expected.values())
    assert all(m.score > m.runner_up_score for m in matches[:-1]) and matches[-1].score == 0.0


def test_keyword_vectors_are_tfidf_cosines():
    cats = [ActionCategory("bouncing", "bounce", ("ball",)), ActionCategory("rolling", "roll", ("ball",))]
    embedder = KeywordEmbedder(cats, keyword_weight=2.0)
    # vocabulary (sorted): ball, bounc, roll; idf = ln(3/(1+df)) + 1 → ball 1, bounc = roll = ln 1.5 + 1
    rare = math.log(1.5) + 1
    bouncing = np.array([2 * 1.0, 2 * rare, 0.0])  # "bouncing" and "bounce" both normalise to bounc
    np.testing.assert_allclose(embedder.embed_categories(cats)[0], bouncing / np.linalg.norm(bouncing), rtol=1e-6)
    prompt = np.array([1.0, rare, 0.0])
    expected = prompt @ bouncing / np.linalg.norm(prompt) / np.linalg.norm(bouncing)
    [match] = match_actions(["the ball bounced"], cats, embedder)
    assert match.category == "bouncing" and match.score == pytest.approx(expected, abs=1e-6)


def test_histogram_cluster_files_and_figure(tmp_path):
    rows = [{"id": "a", "original": "a ball bounces on the floor", "video": "a.mp4"},
            {"id": "b", "original": "the ball bounced twice", "video": "b.mp4"},
            {"id": "c", "original": "a portrait of a cat", "video": "c.mp4"}]
    summary = run_cluster(rows, CATEGORIES, KeywordEmbedder(CATEGORIES), tmp_path)
    assert summary.histogram["bouncing"] == 2 and summary.histogram[UNMATCHED] == 1
    assert sum(summary.histogram.values()) == 3 and list(summary.histogram)[:2] == ["bouncing", "falling and dropping"]
    lines = read_jsonl(tmp_path / "clusters.jsonl")
    assert [(r["id"], r["category"]) for r in lines] == [("a", "bouncing"), ("b", "bouncing"), ("c", UNMATCHED)]
    assert json.loads((tmp_path / "histogram.json").read_text())["counts"] == summary.histogram
    assert category_histogram(["x", "y", "x"]) == {"x": 2, "y": 1}
    figure = category_histogram_figure({"bouncing": 2, "other": 1, "dancing": 0})
    assert list(figure.data[0].x) == ["bouncing", "other", "dancing"] and list(figure.data[0].y) == [2, 1, 0]


def build_tiny_bert(folder: Path) -> Path:
    """A random 2-layer BERT (hidden 32) with a lower-casing word-level tokenizer, saved like a real model."""
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    words = sorted({w for c in CATEGORIES for w in f"{c.name} {c.description} {' '.join(c.keywords)}".lower().split()}
                   | set("a the ball bounces on floor glass breaks man pours water".split()))
    vocab = {token: i for i, token in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]"] + words)}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="[UNK]"))
    core.normalizer = normalizers.Lowercase()
    core.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, unk_token="[UNK]", pad_token="[PAD]",
                                        cls_token="[CLS]", sep_token="[SEP]")
    torch.manual_seed(0)
    model = BertModel(BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                                 intermediate_size=64, max_position_embeddings=128)).eval()
    tokenizer.save_pretrained(folder)
    model.save_pretrained(folder)
    return folder


def test_tiny_bert_embedder_mean_pools_deterministically(tmp_path):
    import torch
    from transformers import AutoModel, AutoTokenizer

    folder = build_tiny_bert(tmp_path / "bert")
    manager = ModelManager(device="cpu")
    embedder = TransformersEmbedder(folder, manager=manager, batch_size=2)
    assert manager.status()[0].where == "not loaded"  # nothing loads before first use
    prompts = ["a ball bounces on the floor", "glass breaks", "a man pours water"]
    vectors = embedder.embed(prompts)
    assert vectors.shape == (3, 32) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(vectors, embedder.embed(prompts))
    tokenizer, model = AutoTokenizer.from_pretrained(folder), AutoModel.from_pretrained(folder).eval()
    tokens = tokenizer(prompts[1:2], return_tensors="pt")  # alone: no padding, so the mean is over every token
    with torch.no_grad():
        expected = model(input_ids=tokens["input_ids"]).last_hidden_state[0].mean(dim=0).numpy()
    np.testing.assert_allclose(vectors[1], expected / np.linalg.norm(expected), rtol=1e-4, atol=1e-5)
    matches = match_actions(prompts, CATEGORIES, embedder)
    assert len(matches) == 3 and {m.category for m in matches} <= {c.name for c in CATEGORIES}
    assert embedder.embed_categories(CATEGORIES).shape == (len(CATEGORIES), 32)
    assert manager.status()[0].loads == 1
    with pytest.raises(PhyAugError, match="neither an existing folder"):
        TransformersEmbedder(str(tmp_path / "missing" / "model"))


# ---------------------------------------------------------------------------- Eq. 1 sampling
def test_eq1_counts_without_caps_hand_computed():
    # d = 0.2, 0.5, 0.8 → r = e^0.6, e^1.5, e^2.4; N·r/Σr = 1.0516, 2.5865, 6.3619 → floors 1, 2, 6 (= 9);
    # the 1 left goes to the largest fraction (b, .5865): 1, 3, 6
    plan = sampling_plan({"a": 100, "b": 100, "c": 100}, {"a": 0.8, "b": 0.5, "c": 0.2}, budget=10)
    r = [math.exp(3 * d) for d in (0.2, 0.5, 0.8)]
    assert plan.targets == pytest.approx({k: 10 * w / sum(r) for k, w in zip("abc", r)})
    assert plan.targets["a"] == pytest.approx(1.05161, abs=1e-5) and plan.targets["c"] == pytest.approx(6.36186, abs=1e-5)
    assert plan.counts == {"a": 1, "b": 3, "c": 6} and plan.total == 10
    assert plan.difficulty == pytest.approx({"a": 0.2, "b": 0.5, "c": 0.8})


def test_eq1_cap_binds_and_its_excess_is_not_passed_on():
    # c would get 6.3619 but has only 2 pairs: H_r = 1.0516, 2.5865, 2 → floors 1, 2, 2; floor(5.638) = 5 in all
    plan = sampling_plan({"a": 10, "b": 10, "c": 2, "empty": 0}, {"a": 0.8, "b": 0.5, "c": 0.2}, budget=10)
    assert plan.capped["c"] == 2.0 and plan.counts == {"a": 1, "b": 2, "c": 2} and plan.total == 5
    assert "empty" not in plan.counts  # no pairs: neither sampled nor part of Σ r_j
    # tau 0: uniform weights, N/3 = 3.33 each; floor(10) − 9 = 1 extra to the first category (ties keep order)
    assert sampling_plan({"a": 5, "b": 5, "c": 5}, {"a": 0.8, "b": 0.5, "c": 0.2}, 10, tau=0).counts == {
        "a": 4, "b": 3, "c": 3}
    # a's cap (1) binds at 2.86; what it could not take is not handed to b (0.14 → 0 pairs)
    tight = sampling_plan({"a": 1, "b": 100}, {"a": 0.0, "b": 1.0}, budget=3)
    assert tight.counts["a"] == 1 and tight.counts["b"] == 0 and tight.capped["b"] == pytest.approx(
        3 / (math.exp(3) + 1))
    with pytest.raises(PhyAugError, match="no score S_f for category b"):
        sampling_plan({"a": 1, "b": 2}, {"a": 0.5}, budget=3)
    with pytest.raises(PhyAugError, match="non-negative integer"):
        sampling_plan({"a": 1}, {"a": 0.5}, budget=-1)


def test_category_scores_and_deterministic_selection(tmp_path):
    (tmp_path / "scores.csv").write_text("category,sa,pc\na,1.0,0.5\na,0,0.5\nb,,0.4\nb,,\n")
    assert category_scores(read_score_rows(tmp_path / "scores.csv")) == pytest.approx({"a": 0.5, "b": 0.4})
    (tmp_path / "bad.csv").write_text("category,sa,pc\na,high,0.5\n")
    with pytest.raises(PhyAugError, match="bad.csv:2: sa and pc must be numbers"):
        read_score_rows(tmp_path / "bad.csv")
    rows = [{"category": "a", "sa": 1.0, "pc": 0.5}, {"category": "a", "sa": 0.0, "pc": 0.5},
            {"category": "b", "sa": None, "pc": 0.4}, {"category": "b", "sa": None, "pc": None}]
    assert category_scores(rows) == pytest.approx({"a": 0.5, "b": 0.4})
    assert video_score(0.2, 0.6) == pytest.approx(0.4) and video_score(None, None) is None
    assignments = [{"id": f"{k}{i}", "category": k, "score": i / 10} for k in "ab" for i in range(6)]
    first = select_pairs(assignments, {"a": 2, "b": 3}, seed=7)
    assert first == select_pairs(list(reversed(assignments)), {"a": 2, "b": 3}, seed=7)
    assert [r["category"] for r in first] == ["a", "a", "b", "b", "b"] and len({r["id"] for r in first}) == 5
    assert select_pairs(assignments, {"a": 2, "b": 1}, seed=7)[:2] == first[:2]  # b's count leaves a alone
    draws = {tuple(r["id"] for r in select_pairs(assignments, {"a": 2}, seed=s)) for s in range(10)}
    assert len(draws) > 1
    with pytest.raises(PhyAugError, match="fewer than the 7"):
        select_pairs(assignments, {"a": 7}, seed=0)
    top = representatives(assignments, 2)
    assert [r["id"] for r in top] == ["a5", "a4", "b5", "b4"]


# ---------------------------------------------------------------------------- losers
class CountingGenerator(PreviewGenerator):
    def __init__(self):
        super().__init__()
        self.calls = 0

    def generate(self, request, **kwargs):
        self.calls += 1
        return super().generate(request, **kwargs)


TINY = GenerationRequest(prompt="", width=96, height=96, num_frames=9, fps=8, steps=1)


def real_videos(tmp_path: Path) -> list[dict]:
    frames = np.zeros((9, 96, 96, 3), np.uint8)
    frames[:, 40:56, 40:56] = 200
    return [{"id": "p0", "prompt": BALL, "video": str(write_mp4(frames, tmp_path / "real" / "p0.mp4", 8)),
             "category": "bouncing"},
            {"id": "p/1", "prompt": "a ball rolls across the floor", "category": "rolling and sliding",
             "video": str(write_mp4(frames, tmp_path / "real" / "p1.mp4", 8))}]


def test_losers_make_groups_that_read_back_and_resume(tmp_path):
    items = real_videos(tmp_path)
    out = tmp_path / "data"
    generator = CountingGenerator()
    messages = []
    summary = run_losers(items, generator, MotionJudge(), out, request_template=TINY, seeds=(0, 1),
                         progress=lambda step, total, message: messages.append((step, total)))
    assert (summary.completed, summary.failed, generator.calls) == (2, 0, 4)
    assert messages[-1] == (4, 4)
    groups = read_groups(out)  # checks that every video exists
    assert [g.group_id for g in groups] == ["p0", "p/1"] and groups[1].category == "rolling and sliding"
    for group, item in zip(groups, items):
        assert group.prompt == item["prompt"] and group.winner.source == "real"
        assert group.winner.video == Path(item["video"]).resolve()
        assert [m.seed for m in group.losers] == [0, 1] and all(m.source == "generated" for m in group.losers)
        assert all(m.sa is None and 0.0 <= m.pc <= 1.0 for m in group.losers)  # the motion judge measures PC only
        assert group.meta["generator"] == "preview" and group.meta["judge_id"] == "motion-metrics"
    assert len({m.video for g in groups for m in g.losers}) == 4
    again = run_losers(items, generator, MotionJudge(), out, request_template=TINY, seeds=(0, 1))
    assert (again.skipped, again.completed, generator.calls) == (2, 0, 4)
    # a lost groups file is rebuilt from the per-video lines without generating again
    (out / "groups.jsonl").unlink()
    rebuilt = run_losers(items, generator, MotionJudge(), out, request_template=TINY, seeds=(0, 1))
    assert rebuilt.completed == 2 and generator.calls == 4
    assert [g.losers for g in read_groups(out)] == [g.losers for g in groups]
    with pytest.raises(PhyAugError, match="seeds"):
        run_losers(items, generator, MotionJudge(), out, request_template=TINY, seeds=(0, 1, 2))


def test_losers_cancel_and_missing_real_video(tmp_path):
    items = real_videos(tmp_path)
    cancel = CancelToken()
    generator = CountingGenerator()

    def stop_after_first(step, total, message):
        if step == 2:  # the first video of the second prompt is about to start
            cancel.cancel()

    summary = run_losers(items, generator, MotionJudge(), tmp_path / "a", request_template=TINY, seeds=(0, 1),
                         progress=stop_after_first, cancel=cancel)
    assert summary.cancelled and summary.completed == 1 and generator.calls == 2
    resumed = run_losers(items, generator, MotionJudge(), tmp_path / "a", request_template=TINY, seeds=(0, 1))
    assert resumed.completed == 1 and resumed.skipped == 1 and generator.calls == 4
    gone = [dict(items[0], video=str(tmp_path / "nowhere.mp4"))]
    failed = run_losers(gone, generator, MotionJudge(), tmp_path / "b", request_template=TINY, seeds=(0,))
    assert failed.failed == 1 and "does not exist" in failed.errors[0] and generator.calls == 4


# ---------------------------------------------------------------------------- the CLI
def cli(argv: list[str]) -> int:
    from pipelines.core.options import config_from_args
    from pipelines.services import Services

    parser = argparse.ArgumentParser(prog="python -m pipelines phyaug")
    add_phyaug_arguments(parser)
    args = parser.parse_args(argv)
    return run_phyaug_command(args, Services(config_from_args(args)))


def test_cli_runs_the_whole_pipeline_offline(tmp_path, capsys):
    frames = np.zeros((9, 96, 96, 3), np.uint8)
    lines = ["prompt,video"]
    for i, prompt in enumerate([BALL, "a glass vase falls off a table and shatters", "a ball bounces on the floor",
                                CAT, "a man walks in the park"]):
        write_mp4(frames, tmp_path / "clips" / f"{i}.mp4", 8)
        lines.append(f"\"{prompt}\",clips/{i}.mp4")
    (tmp_path / "pool.csv").write_text("\n".join(lines) + "\n")
    out, runs = tmp_path / "phyaug", tmp_path / "runs"
    common = ["--out", str(out), "--runs-dir", str(runs)]
    assert cli(["filter", "--pool", str(tmp_path / "pool.csv"), *common]) == 2
    assert "needs a chat model: add --planner openai" in capsys.readouterr().err
    assert cli(["filter", "--pool", str(tmp_path / "pool.csv"), "--filter-backend", "heuristic", *common]) == 0
    assert "3 pairs labelled physics-rich" in capsys.readouterr().err
    assert cli(["vlm-check", *common]) == 2  # the default judge (motion metrics) measures no SA
    assert "does not measure semantic adherence" in capsys.readouterr().err
    assert cli(["cluster", *common]) == 0
    assert [r["category"] for r in read_jsonl(out / "clusters.jsonl")] == [
        "bouncing", "shattering and breaking", "bouncing"]
    size = ["--width", "96", "--height", "96", "--num-frames", "9"]
    assert cli(["sample", "--budget", "2", "--representatives", "1", *size, *common]) == 0
    sampling = json.loads((out / "sampling.json").read_text())
    assert sampling["histogram"] == {"bouncing": 2, "shattering and breaking": 1} and sampling["selected"] == 2
    assert cli(["losers", "--seeds", "0,1", *size, *common]) == 0
    groups = read_groups(out)
    assert len(groups) == 2 and all(len(g.losers) == 2 for g in groups)
    assert {g.group_id for g in groups} == {r["id"] for r in read_jsonl(out / "selected.jsonl")}
    assert cli(["losers", "--seeds", "0,1", *size, *common]) == 0
    assert "0 new, 2 already done" in capsys.readouterr().err
    records = [json.loads(path.read_text()) for path in (runs / "phyaug").glob("*/record.json")]
    # one record per step run (timestamps to the second do not order them): the two refused steps failed, the
    # five that ran (filter, cluster, sample, losers twice) are done
    assert sorted(r["status"] for r in records) == ["done"] * 5 + ["failed"] * 2
