"""The planner protocol: prompt → dynamic scene layout (LVD stage 1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from .layout import DEFAULT_NUM_KEYFRAMES, Layout
from .scrub import ScrubbedError


class PlannerError(ScrubbedError):
    """A planner could not produce a layout; the message says what to change."""


@dataclass(frozen=True)
class PlanResult:
    layout: Layout
    backend_id: str
    raw_response: str = ""
    reasoning: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    cached: bool = False


@runtime_checkable
class Planner(Protocol):
    backend_id: str

    def plan(self, prompt: str, *, seed: int = 0, num_keyframes: int = DEFAULT_NUM_KEYFRAMES) -> PlanResult:
        ...
