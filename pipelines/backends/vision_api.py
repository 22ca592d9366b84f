"""A vision model behind an OpenAI-compatible chat endpoint as physics judge and captioner.

Hosted models give no token probabilities we can trust across servers, so this judge asks for
VideoPhy-2-style ratings instead: semantic adherence (SA) and physical commonsense (PC) on 1-5
plus a followed/violated label per physical rule, as JSON. Ratings map to [0, 1] as (s - 1) / 4;
the raw ratings stay in the details. Frames (segment middles) travel as base64 image parts of one
user message, which any vision server that speaks the OpenAI chat format accepts (vLLM, Ollama,
llama.cpp server, OpenAI). HTTP, retries and credentials are ``OpenAIChatBackend``'s.
"""

from __future__ import annotations

import base64
import io
import json
import math
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

from ..core.errors import PhyStudioError
from ..core.judging import (
    FRAME_SAMPLINGS,
    Caption,
    JudgeError,
    JudgeScores,
    Video,
    instruction_with_objects,
    sample_frame_indices,
)
from .llm import ChatBackendError, OpenAIChatBackend, _snippet

RULES = ("gravity", "collision", "inertia", "deformation", "fluid", "object_permanence")
RULE_LABELS = ("followed", "violated", "not_applicable")
SCORE_RANGE = (1.0, 5.0)
IMAGE_FORMATS = ("jpeg", "png")

JUDGE_SYSTEM_PROMPT = (
    "You are a strict evaluator of generated videos. You see frames sampled evenly, in order, from one video. "
    "Rate it on two 1-5 scales.\n"
    "sa (semantic adherence): how fully the video shows what the caption describes (objects, actions, "
    "order of events). 1 = unrelated, 3 = partly, 5 = completely.\n"
    "pc (physical commonsense): how well the motion and interactions obey real-world physics (gravity, "
    "collisions, momentum, solid and fluid behaviour, objects not vanishing or morphing). "
    "1 = clearly impossible, 3 = some violations, 5 = fully plausible.\n"
    f"For each rule in {list(RULES)} say whether the video followed it, violated it, or it is not_applicable.\n"
    "Reply with only this JSON object, no prose:\n"
    '{"sa": <1-5>, "pc": <1-5>, "rules": {"gravity": "followed|violated|not_applicable", ...}, '
    '"reason": "<one sentence>"}'
)
CAPTION_SYSTEM_PROMPT = "You describe videos from frames sampled evenly, in order."
# PhyT2V's captioning step: motion and deformation of the main objects (our wording).
CAPTION_INSTRUCTION = (
    "Describe the motion and deformation of the main objects in this video: how each object moves, falls, "
    "collides, bounces, bends, breaks, flows or changes shape, and in what order. Be concrete and brief "
    "(at most 120 words); do not describe style, colours or camera work."
)


class RatingParseError(PhyStudioError, ValueError):
    """An answer that does not hold the ratings; the message is quoted back to the model."""


# ---------------------------------------------------------------------------- frames
def encode_frame(frame: np.ndarray, image_format: str = "jpeg", *, quality: int = 90,
                 max_side: int | None = None) -> bytes:
    """One uint8 RGB frame as JPEG or PNG bytes, shrunk (aspect kept) so its longer side is at most ``max_side``."""
    from PIL import Image

    if image_format not in IMAGE_FORMATS:
        raise JudgeError(f"image format must be one of {IMAGE_FORMATS}, got {image_format!r}")
    image = Image.fromarray(np.ascontiguousarray(frame))
    if max_side is not None and max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if image_format == "jpeg":
        image.save(buffer, format="JPEG", quality=int(quality))
    else:
        image.save(buffer, format="PNG")
    return buffer.getvalue()


def image_parts(frames: np.ndarray, image_format: str, max_side: int | None) -> list[dict[str, Any]]:
    mime = f"image/{image_format}"
    return [
        {"type": "image_url", "image_url": {
            "url": f"data:{mime};base64," + base64.b64encode(encode_frame(f, image_format, max_side=max_side)).decode()}}
        for f in frames
    ]


# --------------------------------------------------------------------------- parsing
_FENCE = re.compile(r"```(?:json|JSON)?\s*(.*?)```", re.DOTALL)
_LEADING_NUMBER = re.compile(r"^\s*([-+]?\d+(?:\.\d+)?)")


def extract_json_object(text: str) -> dict[str, Any]:
    """The first JSON object in ``text``: the whole answer, a fenced block, or one embedded in prose."""
    candidates = [text.strip()] + [m.group(1).strip() for m in _FENCE.finditer(text)]
    for candidate in candidates:
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    decoder = json.JSONDecoder()
    for start in (m.start() for m in re.finditer(r"\{", text)):
        try:
            value, _ = decoder.raw_decode(text, start)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    raise RatingParseError("the answer contains no JSON object")


def _rating(data: dict[str, Any], key: str, notes: list[str]) -> float:
    if key not in data or data[key] is None:
        raise RatingParseError(f'the JSON object has no "{key}" rating')
    raw = data[key]
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        raise RatingParseError(f'"{key}" must be a number from 1 to 5, got {raw!r}')
    if isinstance(raw, str):  # "4", "4/5", "4 (mostly)"
        match = _LEADING_NUMBER.match(raw)
        if not match:
            raise RatingParseError(f'"{key}" must be a number from 1 to 5, got {raw!r}')
        raw = match.group(1)
    value = float(raw)
    if not math.isfinite(value):
        raise RatingParseError(f'"{key}" must be a number from 1 to 5, got {data[key]!r}')
    low, high = SCORE_RANGE
    if not low <= value <= high:
        clipped = min(high, max(low, value))
        notes.append(f"{key} {value:g} outside {low:g}-{high:g}, clipped to {clipped:g}")
        value = clipped
    return value


def _rule_labels(data: dict[str, Any], notes: list[str]) -> dict[str, str]:
    rules = data.get("rules")
    if rules is None:
        notes.append("no rule labels given")
        return {}
    if not isinstance(rules, dict):
        notes.append(f"rules ignored: expected an object, got {type(rules).__name__}")
        return {}
    labels: dict[str, str] = {}
    for name, label in rules.items():
        normalised = str(label).strip().lower().replace(" ", "_").replace("-", "_")
        if normalised in ("n/a", "na", "none", "not_relevant"):
            normalised = "not_applicable"
        if normalised not in RULE_LABELS:
            notes.append(f"rule {name!r}: unknown label {label!r} ignored")
            continue
        labels[str(name).strip().lower()] = normalised
    return labels


def parse_ratings(text: str) -> dict[str, Any]:
    """Ratings from an answer: ``{"sa", "pc"}`` on 1-5 (clipped, with notes), rule labels and reason."""
    data = extract_json_object(text)
    notes: list[str] = []
    sa, pc = _rating(data, "sa", notes), _rating(data, "pc", notes)
    reason = data.get("reason")
    return {"sa": sa, "pc": pc, "rules": _rule_labels(data, notes),
            "reason": reason if isinstance(reason, str) else "", "notes": notes}


def unit_score(rating: float) -> float:
    """A 1-5 rating on [0, 1]."""
    low, high = SCORE_RANGE
    return (rating - low) / (high - low)


# ---------------------------------------------------------------------------- client
class _VisionChat:
    """Frames → image parts, and the chat backend whose errors become JudgeErrors."""

    def __init__(self, base_url: str, model: str, api_key_env: str, num_frames: int, timeout_s: float,
                 max_retries: int, backoff_s: float, image_format: str, max_side: int | None, client: Any,
                 section: str, frame_sampling: str = "get-index"):
        """``section`` ("judge" or "captioner") names the settings that errors point at."""
        self.settings = {"base_url": f"{section}.base_url (--{section}-base-url)",
                         "model": f"{section}.model (--{section}-model)"}
        if not str(base_url).strip():
            raise JudgeError(f"no vision server given: set {self.settings['base_url']} (e.g. http://localhost:8000/v1)")
        if not str(model).strip():
            raise JudgeError(f"no vision model name given: set {self.settings['model']} (the name the server serves)")
        if int(num_frames) < 1:
            raise JudgeError(f"num_frames must be at least 1, got {num_frames}")
        if image_format not in IMAGE_FORMATS:
            raise JudgeError(f"image format must be one of {IMAGE_FORMATS}, got {image_format!r}")
        if frame_sampling not in FRAME_SAMPLINGS:
            raise JudgeError(f"frame sampling for the {section} must be one of {', '.join(FRAME_SAMPLINGS)}, "
                             f"got {frame_sampling!r}")
        self.frame_sampling = frame_sampling
        self.num_frames = int(num_frames)
        self.image_format = image_format
        self.max_side = max_side
        self.chat = OpenAIChatBackend(base_url, model, api_key_env=api_key_env, timeout_s=timeout_s,
                                      max_retries=max_retries, backoff_s=backoff_s, client=client)

    def frames_message(self, video: Video, text: str) -> tuple[list[int], dict[str, Any]]:
        if video.num_frames <= self.num_frames:  # a repeated image costs tokens and tells a chat model nothing
            indices = list(range(video.num_frames))
        else:
            indices = sample_frame_indices(video.num_frames, self.num_frames, self.frame_sampling)
        intro = (f"{len(indices)} frames sampled evenly from a {video.duration_s:.1f} s video "
                 f"({video.num_frames} frames at {video.fps:g} fps), in order:")
        content = [{"type": "text", "text": intro}, *image_parts(video.frames[indices], self.image_format,
                                                                   self.max_side), {"type": "text", "text": text}]
        return indices, {"role": "user", "content": content}

    def ask(self, messages: list[dict], max_tokens: int) -> str:
        try:
            return self.chat.complete(messages, temperature=0.0, max_tokens=max_tokens)
        except ChatBackendError as exc:
            raise JudgeError(self.reworded(str(exc))) from exc

    def reworded(self, message: str) -> str:
        """The chat client names the planner's settings; point at this backend's instead."""
        for old, new in (("--llm-base-url", self.settings["base_url"]), ("--llm-model", self.settings["model"]),
                         ("the LLM server", "the vision server"), ("The LLM server", "The vision server")):
            message = message.replace(old, new)
        return message


class OpenAIVisionJudge:
    """SA and PC as VideoPhy-2-style 1-5 ratings from a vision chat model, mapped to [0, 1]."""

    kind = "vlm"

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY", num_frames: int = 8,
                 timeout_s: float = 120, max_retries: int = 2, *, backoff_s: float = 1.0,
                 image_format: str = "jpeg", max_side: int | None = 512, max_tokens: int = 400,
                 client: Any = None, frame_sampling: str = "get-index"):
        self._vision = _VisionChat(base_url, model, api_key_env, num_frames, timeout_s, max_retries, backoff_s,
                                   image_format, max_side, client, section="judge", frame_sampling=frame_sampling)
        self.max_tokens = int(max_tokens)
        self.judge_id = f"openai-vision:{self._vision.chat.model}"

    def __repr__(self) -> str:
        chat = self._vision.chat
        return f"OpenAIVisionJudge(base_url={chat.base_url!r}, model={chat.model!r}, num_frames={self._vision.num_frames})"

    def close(self) -> None:
        """Release pooled connections (a client passed in stays the caller's to close)."""
        self._vision.chat.close()

    def score(self, video: Video, prompt: str) -> JudgeScores:
        caption = prompt.strip() if prompt else ""
        indices, frames_message = self._vision.frames_message(
            video, f'Caption: "{caption or "(none given)"}"\nRate this video against the caption. '
                   "Reply with only the JSON object.")
        messages = [{"role": "system", "content": JUDGE_SYSTEM_PROMPT}, frames_message]
        answer = self._vision.ask(messages, self.max_tokens)
        try:
            ratings, attempts = parse_ratings(answer), 1
        except RatingParseError as first:
            # One re-ask that quotes the problem: most models fix their format when told what was wrong.
            messages += [{"role": "assistant", "content": answer},
                         {"role": "user", "content": f"Your answer could not be used: {first}. Reply again with only "
                                                     'the JSON object {"sa": <1-5>, "pc": <1-5>, "rules": {...}, '
                                                     '"reason": "..."}.'}]
            answer = self._vision.ask(messages, self.max_tokens)
            try:
                ratings, attempts = parse_ratings(answer), 2
            except RatingParseError as second:
                raise JudgeError(
                    f"vision model {self._vision.chat.model!r} gave no usable ratings twice ({first}; then {second}); "
                    f"last answer: {_snippet(answer)}; use a stronger instruction-following model for "
                    f"{self._vision.settings['model']}"
                ) from None
        details = {"sa_raw": ratings["sa"], "pc_raw": ratings["pc"], "rules": ratings["rules"],
                   "reason": ratings["reason"], "notes": ratings["notes"], "frame_indices": indices,
                   "model": self._vision.chat.model, "attempts": attempts, "protocol": "videophy2-scale"}
        sa = unit_score(ratings["sa"]) if caption else None
        if not caption:
            details["sa_skipped"] = "no prompt to check the video against"
        return JudgeScores(sa, unit_score(ratings["pc"]), self.judge_id, self.kind, details)


class OpenAIVisionCaptioner:
    """PhyT2V's captioning step through a vision chat endpoint."""

    def __init__(self, base_url: str, model: str, api_key_env: str = "OPENAI_API_KEY", num_frames: int = 8,
                 timeout_s: float = 120, max_retries: int = 2, *, backoff_s: float = 1.0,
                 image_format: str = "jpeg", max_side: int | None = 512, max_tokens: int = 300,
                 instruction: str = CAPTION_INSTRUCTION, client: Any = None, frame_sampling: str = "get-index"):
        self._vision = _VisionChat(base_url, model, api_key_env, num_frames, timeout_s, max_retries, backoff_s,
                                   image_format, max_side, client, section="captioner", frame_sampling=frame_sampling)
        self.max_tokens = int(max_tokens)
        self.instruction = instruction
        self.captioner_id = f"openai-vision:{self._vision.chat.model}"

    def __repr__(self) -> str:
        chat = self._vision.chat
        return f"OpenAIVisionCaptioner(base_url={chat.base_url!r}, model={chat.model!r})"

    def close(self) -> None:
        self._vision.chat.close()

    def caption(self, video: Video, prompt: str | None = None, *, objects: Sequence[str] = ()) -> Caption:
        """The prompt is deliberately not shown: a caption that echoes it would hide the mismatch PhyT2V looks
        for. ``objects`` (the scene's main objects) are named in the instruction, as PhyT2V's captioner is."""
        instruction = instruction_with_objects(self.instruction, objects)
        indices, frames_message = self._vision.frames_message(video, instruction)
        text = self._vision.ask([{"role": "system", "content": CAPTION_SYSTEM_PROMPT}, frames_message],
                                self.max_tokens).strip()
        return Caption(text, self.captioner_id, {"frame_indices": indices, "model": self._vision.chat.model,
                                                 "instruction": instruction})

