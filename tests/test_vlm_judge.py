"""Transformers VLM judge and captioner: the Yes/No math exactly, the model path end to end on a tiny LLaVA."""

from __future__ import annotations

import math

import numpy as np
import pytest

from pipelines.backends.vlm import (
    ANSWER_INSTRUCTION,
    PC_QUESTION,
    SA_QUESTION,
    TransformersVLMCaptioner,
    TransformersVLMJudge,
    answer_token_ids,
    yes_no_probabilities,
    yes_probability,
)
from pipelines.core.judging import (
    Caption,
    Captioner,
    JudgeError,
    JudgeScores,
    PhysicsJudge,
    Video,
    sample_frame_indices,
    segment_middle_indices,
)
from pipelines.core.models import ModelManager
from tests.helpers.tiny_vlm import tiny_vlm_dir  # noqa: F401  (pytest fixture)


def mplug_get_index(num_frames, num_segments):
    """mPLUG-Owl-Video's ``get_index`` (VideoCon-Physics' frame sampling), written out with numpy."""
    seg_size = float(num_frames - 1) / num_segments
    start = int(seg_size / 2)
    return [int(start + np.round(seg_size * idx)) for idx in range(num_segments)]


NUM_FRAMES = 6
PROMPT = "a ball falls on the ground"


def random_video(seed: int, frames: int = 20, fps: float = 8.0) -> Video:
    rng = np.random.default_rng(seed)
    return Video(rng.integers(0, 256, (frames, 36, 44, 3), dtype=np.uint8), fps)


# ------------------------------------------------------------------------ pure math
def test_yes_probability_equal_logits_is_one_half():
    assert yes_probability(np.zeros(7), [1], [2]) == pytest.approx(0.5, abs=1e-15)


def test_yes_probability_matches_hand_computed_ratio():
    logits = np.log([1.0, 3.0, 1.0, 5.0])  # P(Yes) ∝ 3, P(No) ∝ 1
    assert yes_probability(logits, [1], [2]) == pytest.approx(0.75, abs=1e-12)
    p_yes, p_no = yes_no_probabilities(logits, [1], [2])
    assert (p_yes, p_no) == (pytest.approx(3 / 10, abs=1e-12), pytest.approx(1 / 10, abs=1e-12))


def test_yes_variants_are_summed_and_duplicates_count_once():
    logits = np.log([1.0, 2.0, 3.0, 4.0, 10.0])  # Yes variants 1 and 3 (2 + 4), No variant 2 (3)
    assert yes_probability(logits, [1, 3], [2]) == pytest.approx(6 / 9, abs=1e-12)
    assert yes_probability(logits, [1, 3, 3, 1], [2, 2]) == pytest.approx(6 / 9, abs=1e-12)
    assert yes_no_probabilities(logits, [1, 3], [2, 4]) == (pytest.approx(6 / 20), pytest.approx(13 / 20))


def test_yes_probability_is_stable_for_huge_logits_and_accepts_lists():
    assert yes_probability([1000.0, 1000.0 + math.log(3.0), -1000.0], [1], [0]) == pytest.approx(0.75, abs=1e-12)
    assert yes_probability([-5000.0, 0.0, -5000.0 + math.log(4.0)], [2], [0]) == pytest.approx(0.8, abs=1e-12)


def test_yes_probability_rejects_missing_or_shared_ids():
    with pytest.raises(ValueError, match="at least one"):
        yes_probability(np.zeros(3), [], [1])
    with pytest.raises(ValueError, match="both Yes and No"):
        yes_probability(np.zeros(3), [1, 2], [2])


def test_answer_token_ids_collect_both_spacings():
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    vocab = {"<unk>": 0, "Yes": 1, " Yes": 2, "No": 3, "Maybe yes": 4}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))  # no pre-tokenizer: the whole string is a token
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=core, unk_token="<unk>")
    assert answer_token_ids(tokenizer, "Yes") == [1, 2]
    assert answer_token_ids(tokenizer, "No") == [3]  # " No" is unknown, so not counted
    assert answer_token_ids(tokenizer, "Perhaps") == []


# --------------------------------------------------------------- tiny model end to end
@pytest.fixture(scope="module")
def manager() -> ModelManager:
    return ModelManager(device="cpu")


@pytest.fixture(scope="module")
def judge(tiny_vlm_dir, manager) -> TransformersVLMJudge:
    return TransformersVLMJudge(tiny_vlm_dir, manager=manager, num_frames=NUM_FRAMES, dtype="float32", batch_size=2)


@pytest.mark.parametrize("frames, count", [(81, 32), (49, 32), (33, 32), (32, 32), (9, 32), (1, 32), (20, 8), (4, 4)])
def test_frames_are_sampled_as_mplug_get_index(frames, count):
    assert sample_frame_indices(frames, count) == mplug_get_index(frames, count)


def test_get_index_repeats_frames_of_short_clips_and_segment_middle_stays_selectable():
    assert sample_frame_indices(9, 32) == mplug_get_index(9, 32) and len(sample_frame_indices(9, 32)) == 32
    shift = np.abs(np.array(sample_frame_indices(81, 32)) - np.array(segment_middle_indices(81, 32)))
    assert 0 < shift.max() <= 2  # the two rules differ by up to two frames on Wan's 81
    assert sample_frame_indices(9, 32, "segment-middle") == list(range(9))
    with pytest.raises(JudgeError, match="frame sampling must be one of get-index, segment-middle"):
        sample_frame_indices(9, 32, "random")


def test_segment_middle_sampling_reaches_the_model(tiny_vlm_dir):
    judge = TransformersVLMJudge(tiny_vlm_dir, num_frames=NUM_FRAMES, frame_sampling="segment-middle")
    assert judge.score(random_video(0), PROMPT).details["frame_indices"] == segment_middle_indices(20, NUM_FRAMES)
    with pytest.raises(JudgeError, match="frame sampling for the judge must be one of"):
        TransformersVLMJudge(tiny_vlm_dir, frame_sampling="every")


def test_construction_loads_nothing(tiny_vlm_dir):
    manager = ModelManager(device="cpu")
    judge = TransformersVLMJudge(tiny_vlm_dir, manager=manager)
    assert isinstance(judge, PhysicsJudge) and judge.kind == "vlm"
    assert [s.where for s in manager.status()] == ["not loaded"]


def test_scores_are_probabilities_with_details(judge):
    video = random_video(1)
    scores = judge.score(video, PROMPT)
    assert isinstance(scores, JudgeScores) and scores.kind == "vlm" and scores.judge_id == judge.judge_id
    assert 0.0 <= scores.sa <= 1.0 and 0.0 <= scores.pc <= 1.0
    assert scores.details["frame_indices"] == mplug_get_index(video.num_frames, NUM_FRAMES)
    for which in ("sa", "pc"):
        p_yes, p_no = scores.details[which]["p_yes"], scores.details[which]["p_no"]
        assert 0.0 < p_yes < 1.0 and 0.0 < p_no < 1.0 and p_yes + p_no <= 1.0
        assert getattr(scores, which) == pytest.approx(p_yes / (p_yes + p_no), rel=1e-9)


def test_scores_are_deterministic_and_depend_on_the_video(judge):
    first, again = judge.score(random_video(1), PROMPT), judge.score(random_video(1), PROMPT)
    other = judge.score(random_video(2), PROMPT)
    assert (first.sa, first.pc) == (again.sa, again.pc)
    assert abs(first.pc - other.pc) > 1e-4 and abs(first.sa - other.sa) > 1e-4


def test_pc_equals_an_independent_forward_pass(tiny_vlm_dir, judge):
    """The judge's PC equals softmax(Yes)/(softmax(Yes)+softmax(No)) of a forward pass built here by hand."""
    import torch
    from PIL import Image
    from transformers import AutoModelForImageTextToText, AutoProcessor

    video = random_video(3)
    processor = AutoProcessor.from_pretrained(tiny_vlm_dir)
    model = AutoModelForImageTextToText.from_pretrained(tiny_vlm_dir).eval()
    indices = mplug_get_index(video.num_frames, NUM_FRAMES)
    content = [{"type": "image"}] * len(indices) + [{"type": "text", "text": f"{PC_QUESTION} {ANSWER_INSTRUCTION}"}]
    text = processor.apply_chat_template([{"role": "user", "content": content}], add_generation_prompt=True,
                                         tokenize=False)
    inputs = processor(text=[text], images=[[Image.fromarray(video.frames[i]) for i in indices]], return_tensors="pt")
    with torch.no_grad():
        probs = torch.softmax(model(**inputs).logits[0, -1].double(), dim=-1)
    vocab = processor.tokenizer.get_vocab()
    yes, no = probs[vocab["Yes"]].item(), probs[vocab["No"]].item()

    scores = judge.score(video, PROMPT)
    assert scores.pc == pytest.approx(yes / (yes + no), abs=1e-5)
    assert scores.details["pc"]["p_yes"] == pytest.approx(yes, rel=1e-4)


def test_only_the_sampled_frames_matter(judge):
    video = random_video(4)
    sampled = mplug_get_index(video.num_frames, NUM_FRAMES)
    unsampled = next(i for i in range(video.num_frames) if i not in sampled)
    base = judge.score(video, PROMPT)

    frames = video.frames.copy()
    frames[unsampled] = 255 - frames[unsampled]
    assert judge.score(Video(frames, video.fps), PROMPT).pc == base.pc

    frames = video.frames.copy()
    frames[sampled[2]] = 255 - frames[sampled[2]]
    assert judge.score(Video(frames, video.fps), PROMPT).pc != pytest.approx(base.pc, abs=1e-6)


def test_prompt_changes_sa_but_not_pc(judge):
    video = random_video(5)
    a, b = judge.score(video, PROMPT), judge.score(video, "it moves left and then up")
    assert a.pc == pytest.approx(b.pc, abs=1e-6)
    assert abs(a.sa - b.sa) > 1e-5


def test_score_batch_matches_single_scores_and_skips_sa_without_prompt(judge):
    videos = [random_video(6), random_video(7, frames=9), random_video(8)]
    prompts = [PROMPT, "", "a ball bounces"]
    batch = judge.score_batch(list(zip(videos, prompts)))
    for video, prompt, scores in zip(videos, prompts, batch):
        single = judge.score(video, prompt)
        assert scores.pc == pytest.approx(single.pc, abs=1e-5)
        assert (scores.sa is None) == (single.sa is None)
        if single.sa is not None:
            assert scores.sa == pytest.approx(single.sa, abs=1e-5)
    assert batch[1].sa is None and "sa" not in batch[1].details and batch[1].details["sa_skipped"]
    assert batch[1].details["frame_indices"] == mplug_get_index(9, NUM_FRAMES)


def test_judge_and_captioner_share_one_load(tiny_vlm_dir):
    manager = ModelManager(device="cpu")
    judge = TransformersVLMJudge(tiny_vlm_dir, manager=manager, num_frames=4)
    captioner = TransformersVLMCaptioner(tiny_vlm_dir, manager=manager, num_frames=4, max_new_tokens=7)
    assert isinstance(captioner, Captioner)
    judge.score(random_video(9), PROMPT)
    caption = captioner.caption(random_video(9), PROMPT)
    judge.score(random_video(10), PROMPT)
    assert [s.loads for s in manager.status()] == [1]
    assert isinstance(caption, Caption) and caption.text.strip() and caption.captioner_id == captioner.captioner_id
    assert caption.details["new_tokens"] == 7 and len(caption.text.split()) == 7  # the budget, all words
    assert caption.details["frame_indices"] == mplug_get_index(20, 4)
    assert captioner.caption(random_video(9)).text == caption.text  # greedy, and the prompt is not shown


def test_bad_model_settings_are_clear_errors(tmp_path):
    with pytest.raises(JudgeError, match=r"judge.model \(--judge-model\)"):
        TransformersVLMJudge("  ")
    with pytest.raises(JudgeError, match=r"captioner.model \(--captioner-model\)"):
        TransformersVLMCaptioner("")
    with pytest.raises(JudgeError, match="neither an existing folder nor a hub id"):
        TransformersVLMJudge("./no/such/../model folder")
    with pytest.raises(JudgeError, match="num_frames"):
        TransformersVLMJudge(tmp_path, num_frames=0)
    with pytest.raises(JudgeError, match="dtype"):
        TransformersVLMJudge(tmp_path, dtype="float8")
    empty = TransformersVLMJudge(tmp_path, manager=ModelManager(device="cpu"))
    with pytest.raises(JudgeError, match="could not load VLM"):
        empty.score(random_video(0), PROMPT)


def test_sa_question_is_the_videocon_wording():
    assert SA_QUESTION.format(caption=PROMPT) == f'Does this video entail the description: "{PROMPT}"?'
    assert PC_QUESTION == "Does this video follow the physical laws?"


def test_empty_caption_is_a_clear_error(tmp_path):
    from tests.helpers.tiny_vlm import build_tiny_vlm

    silent = build_tiny_vlm(tmp_path / "silent-vlm", silent=True)
    captioner = TransformersVLMCaptioner(silent, manager=ModelManager(device="cpu"), num_frames=2, max_new_tokens=3)
    with pytest.raises(JudgeError, match="empty caption"):
        captioner.caption(random_video(0))
