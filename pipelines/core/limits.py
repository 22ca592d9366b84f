"""What one request may ask for: the bounds that keep a public studio's cost per request finite.

Defaults come from real use with room to spare: LVD layouts hold at most about ten objects over a few dozen
keyframes, Wan2.1 renders 81 frames at 832x480 (1280x720 at most) in 50 steps, and the planner reads 2,000
prompt characters. An operator changes them in the config's ``[limits]`` table; every entry point (UI, named
API, JSON routes, CLI) checks a request against them *before* any work starts, and each refusal names the
limit and its setting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Any

from .errors import PhyStudioError

SEED_MAX = 2**32 - 1  # numpy, torch and the browser's JSON numbers all carry it exactly


class LimitError(PhyStudioError, ValueError):
    """A request beyond an operator's limit; the message names the limit and its setting."""


@dataclass(frozen=True)
class LayoutLimits:
    """Bounds on a layout's size; ``Layout.validate`` enforces them."""

    max_keyframes: int = 64
    max_objects: int = 32
    max_name_chars: int = 200
    max_attributes: int = 16
    max_attribute_chars: int = 200
    max_text_chars: int = 8000  # background, negative prompt, reasoning and each note
    max_notes: int = 64
    max_coordinate: float = 10.0  # |x|, |y| in canvas widths/heights: boxes may overhang the canvas, not run off to infinity
    max_keyframe_fps: float = 60.0


@dataclass(frozen=True)
class Limits:
    """The config's ``[limits]`` table."""

    max_prompt_chars: int = 2000
    max_keyframes: int = LayoutLimits.max_keyframes
    max_objects: int = LayoutLimits.max_objects
    max_name_chars: int = LayoutLimits.max_name_chars
    max_text_chars: int = LayoutLimits.max_text_chars
    max_side: int = 1280  # pixels per side (Wan's 720p is 1280x720)
    max_frames: int = 161  # Wan renders 81; twice that covers longer experiments
    max_steps: int = 100  # Wan's default is 50
    max_refine_rounds: int = 10  # PhyT2V converges in about four rounds
    max_request_kb: int = 1024  # body of one HTTP request (not file uploads, which have their own quota)
    max_echo_chars: int = 200  # how much of a user's own value an error message repeats
    render_timeout_s: float = 60.0  # a preview render; the preview draws a valid layout in well under a second
    generate_timeout_s: float = 1800.0  # one generation on the GPU (Wan 1.3B 480p takes a few minutes)
    session_queue: int = 1  # GPU jobs one browser session (or API client) may have waiting behind the running one

    def layout(self) -> LayoutLimits:
        return LayoutLimits(max_keyframes=self.max_keyframes, max_objects=self.max_objects,
                            max_name_chars=self.max_name_chars, max_text_chars=self.max_text_chars)

    def problems(self) -> list[str]:
        """Settings that cannot work (zero or negative bounds); empty when valid."""
        return [f"limits.{f.name} must be positive, got {getattr(self, f.name)!r}" for f in fields(self)
                if not (isinstance(getattr(self, f.name), (int, float)) and getattr(self, f.name) > 0)]

    # ----------------------------------------------------------------- checks
    def check_prompt(self, prompt: str, what: str = "prompt") -> str:
        if len(prompt) > self.max_prompt_chars:
            raise LimitError(f"the {what} is {len(prompt):,} characters; the limit is {self.max_prompt_chars:,} "
                             "(limits.max_prompt_chars)")
        return prompt

    def check_request(self, request: Any) -> Any:
        """A ``GenerationRequest`` within the limits, checked before any model runs."""
        self.check_prompt(request.prompt)
        self.check_prompt(request.negative_prompt, "negative prompt")
        check_seed(request.seed)
        for name in ("width", "height"):
            value = getattr(request, name)
            if not 16 <= value <= self.max_side:
                raise LimitError(f"{name} {value} is outside 16-{self.max_side} pixels (limits.max_side)")
        if not 1 <= request.num_frames <= self.max_frames:
            raise LimitError(f"{request.num_frames} frames is outside 1-{self.max_frames} (limits.max_frames)")
        if not 1 <= request.steps <= self.max_steps:
            raise LimitError(f"{request.steps} steps is outside 1-{self.max_steps} (limits.max_steps)")
        if not (math.isfinite(request.cfg_scale) and 0 <= request.cfg_scale <= 100):
            raise LimitError(f"CFG scale must be a number between 0 and 100, got {request.cfg_scale!r}")
        if request.guidance.guided_steps > self.max_steps or request.guidance.iterations > 100:
            raise LimitError(f"guidance asks for {request.guidance.guided_steps} guided steps x "
                             f"{request.guidance.iterations} iterations; the limits are {self.max_steps} "
                             "(limits.max_steps) x 100")
        if request.layout is not None:
            request.layout.validate(self.layout())
        return request

    def echo(self, value: Any) -> str:
        """``value`` as an error message may repeat it: at most ``max_echo_chars`` characters."""
        return echo(value, self.max_echo_chars)


def check_seed(seed: Any) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= SEED_MAX:
        raise LimitError(f"the seed must be a whole number from 0 to {SEED_MAX} (2**32 - 1), got {echo(seed, 40)}")
    return seed


def echo(value: Any, limit: int = 200) -> str:
    """``repr(value)`` cut to ``limit`` characters, saying how long the whole was."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) <= limit:
        return repr(value) if isinstance(value, str) else text
    return f"{text[:limit]!r}… ({len(text):,} characters)"
