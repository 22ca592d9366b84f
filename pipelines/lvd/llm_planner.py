"""LLM layout planner (LVD stage 1): a chat model writes the dynamic scene layout.

The model sees our system prompt, in-context examples as earlier chat turns and the caption,
and answers in LVD's text form. An unreadable answer is sent back once with the parse error
quoted (models usually fix a stray bracket when told where it is); a second failure is reported,
not guessed at. Answers are cached on disk per (model, prompt templates, prompt, keyframes, seed),
so re-opening a prompt in the studio costs nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import string
import threading
import time
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..backends.llm import DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, ChatBackend, ChatBackendError
from ..core.layout import DEFAULT_KEYFRAME_FPS, DEFAULT_NUM_KEYFRAMES, Layout, LayoutError, interpolate_at, keyframe_times
from ..core.lvd_text import LVD_CANVAS, format_lvd_text, parse_lvd_text
from ..core.planning import PlannerError, PlanResult
from .prompt_reading import read_prompt

log = logging.getLogger(__name__)

ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets" / "lvd"
SYSTEM_PROMPT_FILE = ASSETS_DIR / "system_prompt.txt"
EXAMPLES_FILE = ASSETS_DIR / "examples.toml"
EXAMPLE_KEYFRAMES = 6  # the examples are written with LVD's 6 keyframes
MAX_KEYFRAMES = 24
ANSWER_QUOTE_CHARS = 300
CACHE_FORMAT = 1


@dataclass(frozen=True)
class PlannerExample:
    topic: str
    prompt: str
    answer: str


def load_examples(path: Path = EXAMPLES_FILE) -> list[PlannerExample]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [PlannerExample(e["topic"], e["prompt"], e["answer"].strip()) for e in data["example"]]


def render_system_prompt(
    template: str,
    num_keyframes: int,
    canvas_size: tuple[int, int] = LVD_CANVAS,
    keyframe_fps: float = DEFAULT_KEYFRAME_FPS,
) -> str:
    """Fill the template's ``$placeholders`` (``$`` keeps the literal ``{'id': …}`` braces intact)."""
    return string.Template(template).substitute(
        num_keyframes=num_keyframes,
        width=canvas_size[0],
        height=canvas_size[1],
        fps=f"{keyframe_fps:g}",
        interval=f"{1 / keyframe_fps:g}",
        later_frames=_later_frame_lines(num_keyframes),
    ).strip()


def _later_frame_lines(num_keyframes: int) -> str:
    """The answer form's lines after Frame 1: all of them for short plans, elided in the middle for long ones."""
    if num_keyframes <= 3:
        return "\n".join(f"Frame {k}: [...]" for k in range(2, num_keyframes + 1))
    return f"Frame 2: [...]\n...\nFrame {num_keyframes}: [...]"


def example_answer(example: PlannerExample, num_keyframes: int, canvas_size: tuple[int, int] = LVD_CANVAS) -> str:
    """The example's answer with ``num_keyframes`` frames, so examples never contradict the instructions."""
    if num_keyframes == EXAMPLE_KEYFRAMES:
        return example.answer
    layout = parse_lvd_text(example.answer, canvas_size, num_keyframes=EXAMPLE_KEYFRAMES)
    return format_lvd_text(resample_keyframes(layout, num_keyframes), canvas_size)


def resample_keyframes(layout: Layout, num_keyframes: int) -> Layout:
    """The same motion seen at ``num_keyframes`` evenly spread keyframes."""
    frames = interpolate_at(layout, keyframe_times(num_keyframes))
    objects = []
    for i, obj in enumerate(layout.objects):
        boxes = tuple(
            tuple(float(v) for v in frames.boxes[i, k]) if frames.present[i, k] else None for k in range(num_keyframes)
        )
        if any(box is not None for box in boxes):
            objects.append(replace(obj, boxes=boxes))
    return replace(layout, objects=tuple(objects), num_keyframes=num_keyframes)


def caption_message(prompt: str) -> dict[str, str]:
    return {"role": "user", "content": f"Caption: {prompt}"}


def reask_message(error: str, num_keyframes: int) -> dict[str, str]:
    return {
        "role": "user",
        "content": (
            f"I could not read your answer: {error}\n"
            "Write the whole layout again in exactly the required form: 'Reasoning: ...', then one line per "
            f"keyframe from 'Frame 1: [...]' to 'Frame {num_keyframes}: [...]', then 'Background keyword: ...'."
        ),
    }


def default_template_version(system_template: str, examples: list[PlannerExample]) -> str:
    """Changes whenever the prompt assets change, so edited prompts never hit stale cache entries."""
    digest = hashlib.sha256(system_template.encode())
    for example in examples:
        digest.update(json.dumps([example.topic, example.prompt, example.answer]).encode())
    return f"lvd-{digest.hexdigest()[:12]}"


class LLMPlanner:
    """``Planner`` backed by any ``ChatBackend``."""

    def __init__(
        self,
        backend: ChatBackend,
        cache_dir: Path | None = None,
        template_version: str | None = None,
        *,
        temperature: float = DEFAULT_TEMPERATURE,
        max_tokens: int = DEFAULT_MAX_TOKENS,
        canvas_size: tuple[int, int] = LVD_CANVAS,
        system_prompt_file: Path = SYSTEM_PROMPT_FILE,
        examples_file: Path = EXAMPLES_FILE,
    ):
        self.backend = backend
        self.backend_id = f"llm:{backend.backend_id}:{backend.model}"
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.canvas_size = canvas_size
        self.system_template = system_prompt_file.read_text(encoding="utf-8")
        self.examples = load_examples(examples_file)
        self.template_version = template_version or default_template_version(self.system_template, self.examples)

    def messages(self, prompt: str, num_keyframes: int = DEFAULT_NUM_KEYFRAMES) -> list[dict[str, str]]:
        """System prompt, examples as earlier user/assistant turns, then the caption."""
        messages = [{"role": "system", "content": render_system_prompt(self.system_template, num_keyframes, self.canvas_size)}]
        for example in self.examples:
            messages.append(caption_message(example.prompt))
            messages.append({"role": "assistant", "content": example_answer(example, num_keyframes, self.canvas_size)})
        messages.append(caption_message(prompt))
        return messages

    def plan(self, prompt: str, *, seed: int = 0, num_keyframes: int = DEFAULT_NUM_KEYFRAMES) -> PlanResult:
        start = time.perf_counter()
        prompt = " ".join(prompt.split())
        if not prompt:
            raise PlannerError("the prompt is empty: describe the scene and its motion")
        if not 2 <= num_keyframes <= MAX_KEYFRAMES:
            raise PlannerError(f"num_keyframes must be between 2 and {MAX_KEYFRAMES}, got {num_keyframes}")

        key_fields = self._key_fields(prompt, seed, num_keyframes)
        cache_file = self._cache_file(key_fields)
        notes: list[str] = []
        if cache_file is not None and cache_file.exists():
            cached = self._read_cache(cache_file, key_fields, start)
            if cached is not None:
                return cached
            notes.append(f"ignored an unreadable cache file ({cache_file.name}); planned afresh")

        result = self._ask(prompt, seed, num_keyframes, notes, start)
        if cache_file is not None:
            self._write_cache(cache_file, key_fields, result)
        return result

    # ------------------------------------------------------------ internals
    def _ask(self, prompt: str, seed: int, num_keyframes: int, notes: list[str], start: float) -> PlanResult:
        messages = self.messages(prompt, num_keyframes)
        llm_s = parse_s = 0.0
        for attempt in (1, 2):
            t0 = time.perf_counter()
            try:
                answer = self.backend.complete(
                    messages, temperature=self.temperature, max_tokens=self.max_tokens, seed=seed
                )
            except ChatBackendError as exc:
                raise PlannerError(f"{self.backend_id}: {exc}") from exc
            t1 = time.perf_counter()
            llm_s += t1 - t0
            try:
                layout = parse_lvd_text(answer, self.canvas_size, num_keyframes=num_keyframes)
                # LVD's text has no camera field: the view is the prompt's, read as the embedded planner reads it
                layout = replace(layout, view="top-down" if read_prompt(prompt, num_keyframes).top_down else "side")
            except LayoutError as exc:
                parse_s += time.perf_counter() - t1
                if attempt == 2:
                    raise PlannerError(
                        f"{self.backend_id} gave no readable layout, even after being shown the error once: {exc}. "
                        f"Its answer began: {answer[:ANSWER_QUOTE_CHARS]!r}"
                    ) from exc
                notes.append(f"re-asked after parse error: {exc}")
                messages = messages + [{"role": "assistant", "content": answer}, reask_message(str(exc), num_keyframes)]
                continue
            parse_s += time.perf_counter() - t1
            timings = {"llm_s": llm_s, "parse_s": parse_s, "total_s": time.perf_counter() - start}
            return PlanResult(
                layout=layout,
                backend_id=self.backend_id,
                raw_response=answer,
                reasoning=layout.reasoning,
                timings=timings,
                notes=tuple(notes) + layout.notes,
            )
        raise AssertionError("unreachable")  # the second attempt returns or raises

    def _key_fields(self, prompt: str, seed: int, num_keyframes: int) -> dict[str, Any]:
        return {
            "backend_id": self.backend_id,
            "model": self.backend.model,
            "template_version": self.template_version,
            "prompt": prompt,
            "num_keyframes": num_keyframes,
            "sample": seed,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "canvas": list(self.canvas_size),
        }

    def _cache_file(self, key_fields: dict[str, Any]) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(json.dumps(key_fields, sort_keys=True).encode()).hexdigest()
        return self.cache_dir / f"{digest}.json"

    def _read_cache(self, path: Path, key_fields: dict[str, Any], start: float) -> PlanResult | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != CACHE_FORMAT or data.get("key") != key_fields:
                raise ValueError("cache entry was written for other settings")
            layout = Layout.from_dict(data["layout"])
            result = PlanResult(
                layout=layout,
                backend_id=self.backend_id,
                raw_response=str(data["raw_response"]),
                reasoning=layout.reasoning,
                timings={"llm_s": 0.0, "parse_s": 0.0, "total_s": time.perf_counter() - start},
                notes=tuple(str(n) for n in data["notes"]),
                cached=True,
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("ignoring unreadable planner cache file %s: %s", path, exc)
            return None
        return result

    def _write_cache(self, path: Path, key_fields: dict[str, Any], result: PlanResult) -> None:
        entry = {
            "format": CACHE_FORMAT,
            "key": key_fields,
            "layout": result.layout.to_dict(),
            "raw_response": result.raw_response,
            "notes": list(result.notes),
            "timings": result.timings,
        }
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(entry, indent=1), encoding="utf-8")
            os.replace(tmp, path)  # atomic: a reader never sees half a file
        except OSError as exc:
            log.warning("could not write planner cache file %s: %s", path, exc)
            tmp.unlink(missing_ok=True)
