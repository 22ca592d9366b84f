"""A local vision-language model as physics judge and captioner (transformers).

The judge follows the VideoCon-Physics protocol: frames picked by mPLUG-Owl-Video's ``get_index``
(short clips repeat frames to reach the count; ``frame_sampling="segment-middle"`` uses each once), two
yes/no questions (semantic adherence, physical commonsense), and a score of
P(Yes) / (P(Yes) + P(No)) read from the next-token logits, so no text is generated and the score
is a calibrated-looking probability rather than a parsed string. Any chat VLM that
``AutoProcessor`` + ``AutoModelForImageTextToText`` can load works (Qwen2.5-VL, LLaVA, SmolVLM...):
frames go in as one video when the processor has a video processor, else as a list of images.

Judge and captioner built on the same model and ``ModelManager`` share one loaded copy.
"""

from __future__ import annotations

import inspect
import math
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..core.judging import (
    FRAME_SAMPLINGS,
    Caption,
    JudgeError,
    JudgeScores,
    Video,
    instruction_with_objects,
    sample_frame_indices,
)
from ..core.models import ModelManager, model_bytes

SA_QUESTION = 'Does this video entail the description: "{caption}"?'
PC_QUESTION = "Does this video follow the physical laws?"
# Instruction-tuned VLMs otherwise tend to open with "The video ...", which leaves little
# probability on either answer token; the ratio is then noisy. The questions stay verbatim.
ANSWER_INSTRUCTION = "Answer with Yes or No."
# PhyT2V asks its captioner for the motion and deformation of the main objects (our wording).
CAPTION_INSTRUCTION = (
    "Describe the motion and deformation of the main objects in this video: how each object moves, falls, "
    "collides, bounces, bends, breaks, flows or changes shape, and in what order. Be concrete and brief; "
    "do not describe style, colours or camera work."
)
FRAMES_AS = ("auto", "video", "images")
_DTYPES = ("auto", "float32", "float16", "bfloat16")


# ------------------------------------------------------------------------ pure math
def yes_no_probabilities(logits_row: Any, yes_ids: Sequence[int], no_ids: Sequence[int]) -> tuple[float, float]:
    """P(Yes) and P(No) under the softmax of one next-token logit row, each summed over its token variants."""
    log_norm, log_yes, log_no = _log_masses(logits_row, yes_ids, no_ids)
    return math.exp(log_yes - log_norm), math.exp(log_no - log_norm)


def yes_probability(logits_row: Any, yes_ids: Sequence[int], no_ids: Sequence[int]) -> float:
    """P(Yes) / (P(Yes) + P(No)) from next-token logits, computed in log space (no under/overflow)."""
    _, log_yes, log_no = _log_masses(logits_row, yes_ids, no_ids)
    return 1.0 / (1.0 + math.exp(log_no - log_yes))


def _log_masses(logits_row: Any, yes_ids: Sequence[int], no_ids: Sequence[int]) -> tuple[float, float, float]:
    """log of the softmax normaliser and of the unnormalised Yes and No masses."""
    logits = np.asarray(logits_row, dtype=np.float64).reshape(-1)
    if not len(yes_ids) or not len(no_ids):
        raise ValueError("need at least one token id for Yes and one for No")
    if set(yes_ids) & set(no_ids):
        raise ValueError(f"a token cannot count as both Yes and No: {sorted(set(yes_ids) & set(no_ids))}")
    yes = logits[list(dict.fromkeys(yes_ids))]
    no = logits[list(dict.fromkeys(no_ids))]
    return _logsumexp(logits), _logsumexp(yes), _logsumexp(no)


def _logsumexp(values: np.ndarray) -> float:
    peak = float(np.max(values))
    return peak + math.log(float(np.sum(np.exp(values - peak))))


def answer_token_ids(tokenizer: Any, word: str) -> list[int]:
    """Ids of ``word`` as one token, with and without a leading space (how tokenizers start an answer)."""
    ids: list[int] = []
    for variant in (word, " " + word):
        encoded = tokenizer.encode(variant, add_special_tokens=False)
        if len(encoded) == 1 and encoded[0] != tokenizer.unk_token_id and encoded[0] not in ids:
            ids.append(int(encoded[0]))
    return ids


TORCHVISION_HINT = ("its video processor needs torchvision, which is not installed: on a CUDA workstation run "
                    "`pip install -r requirements-gpu.txt` (a torch and torchvision built for each other; see the README)")


def torchvision_hint(exc: BaseException) -> str | None:
    """The install to name when a processor failed because torchvision is missing (Qwen2-VL, Qwen2.5-VL video input)."""
    from transformers.utils import is_torchvision_available

    text = f"{type(exc).__name__} {exc}".lower()
    if not is_torchvision_available() and ("torchvision" in text or "video" in text):
        return TORCHVISION_HINT
    return None


# --------------------------------------------------------------------- loaded model
@dataclass
class _LoadedVLM:
    """What one load produces; shared by the judge and the captioner of the same model."""

    processor: Any
    model: Any
    frames_as: str  # "video" or "images", resolved from the processor
    lock: threading.Lock

    def to(self, device: str) -> "_LoadedVLM":
        self.model.to(device)
        return self


class _VLMBackend:
    """Model resolution, lazy loading through the manager, and turning frames into model inputs."""

    def __init__(self, model_name_or_path: str | os.PathLike, *, manager: ModelManager | None, num_frames: int,
                 device: str, dtype: str, frames_as: str, section: str, frame_sampling: str = "get-index"):
        """``section`` ("judge" or "captioner") names the settings that errors point at."""
        name = str(model_name_or_path).strip()
        model_setting = f"{section}.model (--{section}-model)"
        if not name:
            raise JudgeError(f"no VLM given for the {section}: set {model_setting} to a local folder or a hub id")
        from .llm import _HUB_ID

        if not Path(name).expanduser().exists() and not _HUB_ID.match(name):
            raise JudgeError(f"VLM {name!r} is neither an existing folder nor a hub id (owner/name): fix {model_setting}")
        if int(num_frames) < 1:
            raise JudgeError(f"num_frames must be at least 1 for the {section}, got {num_frames}")
        if dtype not in _DTYPES:
            raise JudgeError(f"unknown dtype {dtype!r} for the {section}: use one of {', '.join(_DTYPES)}")
        if frames_as not in FRAMES_AS:
            raise JudgeError(f"frames_as must be one of {FRAMES_AS}, got {frames_as!r}")
        if frame_sampling not in FRAME_SAMPLINGS:
            raise JudgeError(f"frame sampling for the {section} must be one of {', '.join(FRAME_SAMPLINGS)}, "
                             f"got {frame_sampling!r}")
        self.frame_sampling = frame_sampling
        self.model_name = name
        self.model_setting = model_setting
        self.num_frames = int(num_frames)
        self.dtype = dtype
        self.frames_as = frames_as
        self.manager = manager if manager is not None else ModelManager(device=device)
        self.model_key = f"vlm:{name}:{dtype}:{frames_as}"
        if not self.manager.is_registered(self.model_key):  # a judge and a captioner share one load
            self.manager.register(self.model_key, self._load, label=f"VLM {name}",
                                  mover=lambda loaded, dev: loaded.to(dev), sizer=lambda loaded: model_bytes(loaded.model))

    def _load(self) -> _LoadedVLM:
        import torch
        from transformers import AutoModelForImageTextToText, AutoProcessor

        from .llm import _resolve_dtype

        torch_dtype = _resolve_dtype(self.dtype, self.manager.resolved_device(), torch)
        try:
            processor = AutoProcessor.from_pretrained(self.model_name)
            model = AutoModelForImageTextToText.from_pretrained(self.model_name, dtype=torch_dtype)
        except Exception as exc:  # missing files, no network for a hub id, not a vision-language model
            hint = torchvision_hint(exc)
            raise JudgeError(
                f"could not load VLM {self.model_name!r} ({type(exc).__name__}: {' '.join(str(exc).split())}); "
                + (hint or f"{self.model_setting} must name a chat VLM loadable with AutoModelForImageTextToText "
                   "(a local folder, or a hub id already in the cache when offline)")
            ) from exc
        if not getattr(processor, "chat_template", None):
            raise JudgeError(f"the processor of {self.model_name!r} has no chat template; use a chat/instruct VLM")
        processor.tokenizer.padding_side = "left"  # the last position is then every row's next token
        has_video = getattr(processor, "video_processor", None) is not None
        if self.frames_as == "video" and not has_video:
            raise JudgeError(f"{self.model_name!r} has no video processor: use frames_as='images' (or 'auto')")
        frames_as = "video" if self.frames_as == "video" or (self.frames_as == "auto" and has_video) else "images"
        return _LoadedVLM(processor, model.eval(), frames_as, threading.Lock())

    def sample(self, video: Video) -> tuple[list[int], np.ndarray]:
        indices = sample_frame_indices(video.num_frames, self.num_frames, self.frame_sampling)
        return indices, video.frames[indices]

    @staticmethod
    def conversation(loaded: _LoadedVLM, num_frames: int, text: str) -> str:
        visual = [{"type": "video"}] if loaded.frames_as == "video" else [{"type": "image"}] * num_frames
        messages = [{"role": "user", "content": [*visual, {"type": "text", "text": text}]}]
        try:
            return loaded.processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
        except Exception as exc:
            raise JudgeError(f"the chat template of {loaded.processor.__class__.__name__} failed: {exc}") from exc

    @staticmethod
    def inputs(loaded: _LoadedVLM, texts: list[str], clips: list[np.ndarray], fps: list[float], model: Any) -> Any:
        """Tokenised texts with their frames, on the model's device and dtype."""
        if loaded.frames_as == "video":
            metadata = [{"total_num_frames": len(c), "fps": f, "frames_indices": list(range(len(c)))}
                        for c, f in zip(clips, fps)]
            visual = {"videos": list(clips), "do_sample_frames": False, "video_metadata": metadata}
        else:
            from PIL import Image

            visual = {"images": [[Image.fromarray(frame) for frame in clip] for clip in clips]}
        try:
            batch = loaded.processor(text=texts, return_tensors="pt", padding=True, **visual)
        except Exception as exc:
            raise JudgeError(f"the processor could not prepare the frames: {type(exc).__name__}: {exc}") from exc
        return batch.to(model.device, dtype=model.dtype)


def _sampled_fps(video: Video, count: int) -> float:
    """The rate of the sampled frames, so a video-aware model sees the real time span."""
    return count / video.duration_s if video.duration_s > 0 else float(video.fps or 1.0)


# ------------------------------------------------------------------------------ judge
class TransformersVLMJudge:
    """SA and PC as P(Yes)/(P(Yes)+P(No)) of a local VLM (VideoCon-Physics protocol)."""

    kind = "vlm"

    def __init__(self, model_name_or_path: str | os.PathLike, *, manager: ModelManager | None = None,
                 num_frames: int = 32, device: str = "auto", dtype: str = "auto", batch_size: int = 2,
                 frames_as: str = "auto", frame_sampling: str = "get-index"):
        self._backend = _VLMBackend(model_name_or_path, manager=manager, num_frames=num_frames, device=device,
                                    dtype=dtype, frames_as=frames_as, section="judge", frame_sampling=frame_sampling)
        if int(batch_size) < 1:
            raise JudgeError(f"batch_size must be at least 1, got {batch_size}")
        self.batch_size = int(batch_size)
        self.judge_id = f"vlm:{self._backend.model_name}"

    def __repr__(self) -> str:
        b = self._backend
        return f"TransformersVLMJudge(model={b.model_name!r}, num_frames={b.num_frames}, dtype={b.dtype!r})"

    def score(self, video: Video, prompt: str) -> JudgeScores:
        return self.score_batch([(video, prompt)])[0]

    def score_batch(self, items: Sequence[tuple[Video, str]]) -> list[JudgeScores]:
        """Score several (video, prompt) pairs; the questions run ``batch_size`` at a time."""
        if not items:
            return []
        questions: list[tuple[int, str, str]] = []  # (item index, "sa"/"pc", question text)
        samples = [self._backend.sample(video) for video, _ in items]
        for i, (_, prompt) in enumerate(items):
            if prompt and prompt.strip():
                questions.append((i, "sa", SA_QUESTION.format(caption=prompt.strip())))
            questions.append((i, "pc", PC_QUESTION))
        answers: dict[tuple[int, str], tuple[float, float, float]] = {}
        with self._backend.manager.use(self._backend.model_key) as loaded, loaded.lock:
            yes_ids, no_ids = self._answer_ids(loaded)
            for start in range(0, len(questions), self.batch_size):
                chunk = questions[start:start + self.batch_size]
                rows = self._next_token_logits(loaded, chunk, items, samples)
                for (i, which, _), row in zip(chunk, rows):
                    p_yes, p_no = yes_no_probabilities(row, yes_ids, no_ids)
                    answers[(i, which)] = (yes_probability(row, yes_ids, no_ids), p_yes, p_no)
        return [self._scores(i, prompt, samples[i][0], answers) for i, (_, prompt) in enumerate(items)]

    def _answer_ids(self, loaded: _LoadedVLM) -> tuple[list[int], list[int]]:
        tokenizer = loaded.processor.tokenizer
        yes_ids, no_ids = answer_token_ids(tokenizer, "Yes"), answer_token_ids(tokenizer, "No")
        if not yes_ids or not no_ids:
            raise JudgeError(f"the tokenizer of {self._backend.model_name!r} has no single token for 'Yes' or 'No'; "
                             "this judge needs a model that answers with those words")
        return yes_ids, no_ids

    def _next_token_logits(self, loaded: _LoadedVLM, chunk: list[tuple[int, str, str]],
                           items: Sequence[tuple[Video, str]], samples: list[tuple[list[int], np.ndarray]]) -> np.ndarray:
        import torch

        texts = [self._backend.conversation(loaded, len(samples[i][0]), f"{q} {ANSWER_INSTRUCTION}")
                 for i, _, q in chunk]
        clips = [samples[i][1] for i, _, _ in chunk]
        fps = [_sampled_fps(items[i][0], len(samples[i][0])) for i, _, _ in chunk]
        model = loaded.model
        batch = self._backend.inputs(loaded, texts, clips, fps, model)
        # Only the last position's logits: the full [batch, tokens, vocab] tensor of a 32-frame prompt is gigabytes.
        keep_last = {"logits_to_keep": 1} if "logits_to_keep" in inspect.signature(model.forward).parameters else {}
        try:
            with torch.inference_mode():
                logits = model(**batch, **keep_last).logits[:, -1, :]
        except Exception as exc:  # out of memory, inputs the model rejects
            raise JudgeError(f"VLM {self._backend.model_name!r} failed on the frames: "
                             f"{type(exc).__name__}: {exc}") from exc
        return logits.float().cpu().numpy()

    def _scores(self, i: int, prompt: str, indices: list[int], answers: dict) -> JudgeScores:
        details: dict[str, Any] = {"frame_indices": indices, "model": self._backend.model_name,
                                   "protocol": "videocon-physics"}
        values: dict[str, float | None] = {"sa": None, "pc": None}
        for which in ("sa", "pc"):
            if (i, which) in answers:
                score, p_yes, p_no = answers[(i, which)]
                values[which] = score
                details[which] = {"p_yes": p_yes, "p_no": p_no}
        if values["sa"] is None:
            details["sa_skipped"] = "no prompt to check the video against"
        return JudgeScores(values["sa"], values["pc"], self.judge_id, self.kind, details)


# -------------------------------------------------------------------------- captioner
class TransformersVLMCaptioner:
    """Describes the motion and deformation of the main objects (PhyT2V's captioning step)."""

    def __init__(self, model_name_or_path: str | os.PathLike, *, manager: ModelManager | None = None,
                 num_frames: int = 8, device: str = "auto", dtype: str = "auto", max_new_tokens: int = 160,
                 frames_as: str = "auto", instruction: str = CAPTION_INSTRUCTION, frame_sampling: str = "get-index"):
        self._backend = _VLMBackend(model_name_or_path, manager=manager, num_frames=num_frames, device=device,
                                    dtype=dtype, frames_as=frames_as, section="captioner", frame_sampling=frame_sampling)
        if int(max_new_tokens) < 1:
            raise JudgeError(f"max_new_tokens must be at least 1, got {max_new_tokens}")
        self.max_new_tokens = int(max_new_tokens)
        self.instruction = instruction
        self.captioner_id = f"vlm:{self._backend.model_name}"

    def __repr__(self) -> str:
        b = self._backend
        return f"TransformersVLMCaptioner(model={b.model_name!r}, num_frames={b.num_frames})"

    def caption(self, video: Video, prompt: str | None = None, *, objects: Sequence[str] = ()) -> Caption:
        """The prompt is deliberately not shown: a caption that echoes it would hide the mismatch PhyT2V looks
        for. ``objects`` (the scene's main objects) are named in the instruction, as PhyT2V's captioner is."""
        import torch

        indices, frames = self._backend.sample(video)
        instruction = instruction_with_objects(self.instruction, objects)
        with self._backend.manager.use(self._backend.model_key) as loaded, loaded.lock:
            text = self._backend.conversation(loaded, len(indices), instruction)
            model = loaded.model
            batch = self._backend.inputs(loaded, [text], [frames], [_sampled_fps(video, len(indices))], model)
            tokenizer = loaded.processor.tokenizer
            pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
            try:
                with torch.inference_mode():
                    output = model.generate(**batch, max_new_tokens=self.max_new_tokens, do_sample=False,
                                            pad_token_id=pad_id)
            except Exception as exc:
                raise JudgeError(f"captioning with {self._backend.model_name!r} failed: "
                                 f"{type(exc).__name__}: {exc}") from exc
            new_tokens = output[0, batch["input_ids"].shape[1]:]
            caption = tokenizer.decode(new_tokens, skip_special_tokens=True).strip()
        if not caption:
            raise JudgeError(f"VLM {self._backend.model_name!r} returned an empty caption; "
                             "use a chat/instruct VLM or raise max_new_tokens")
        return Caption(caption, self.captioner_id,
                       {"frame_indices": indices, "model": self._backend.model_name, "new_tokens": int(len(new_tokens)),
                        "instruction": instruction})
