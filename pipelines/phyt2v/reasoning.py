"""The reasoner protocol of the PhyT2V loop (the PhyT2V paper): laws, mismatch, refined prompt.

A reasoner reads text only: the user's prompt, the captioner's description of the video, the
judge's scores. Two implementations: an LLM through the planner's chat backends, and an embedded
one with a small physics knowledge base (so the loop runs on a CPU without weights).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..core.errors import PhyStudioError
from ..core.judging import Caption, JudgeScores

MAX_REFINED_WORDS = 120


class ReasonerError(PhyStudioError, RuntimeError):
    """The reasoner could not produce a usable answer (after its one re-ask); earlier rounds are kept."""


@dataclass(frozen=True)
class SceneLaws:
    """Round 0: the main objects and the physical laws that govern the scene."""

    objects: tuple[str, ...]
    laws: tuple[str, ...]  # short names, e.g. "gravity", "elasticity", "friction"
    explanation: str = ""  # how each law shows in this scene
    raw: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"objects": list(self.objects), "laws": list(self.laws), "explanation": self.explanation}


@dataclass(frozen=True)
class Mismatch:
    """What the video (as captioned) gets wrong against the prompt and the laws."""

    summary: str
    issues: tuple[str, ...] = ()
    reasoning: str = ""  # the chain of thought, kept for the round record
    raw: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary, "issues": list(self.issues), "reasoning": self.reasoning}


@dataclass(frozen=True)
class Refinement:
    prompt: str  # ≤ MAX_REFINED_WORDS words; becomes the next round's generation prompt
    reasoning: str = ""  # the step-back reasoning
    raw: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"prompt": self.prompt, "reasoning": self.reasoning}


@runtime_checkable
class Reasoner(Protocol):
    reasoner_id: str

    def extract_laws(self, prompt: str) -> SceneLaws:
        ...

    def find_mismatch(self, prompt: str, caption: Caption, laws: SceneLaws) -> Mismatch:
        """``prompt`` is the user's original prompt: the video must match it, not the rewrite."""
        ...

    def refine(self, prompt: str, current_prompt: str, laws: SceneLaws, mismatch: Mismatch,
               scores: JudgeScores | None) -> Refinement:
        ...


@dataclass
class RoundRecord:
    """Everything one round produced; saved as the round's run record."""

    index: int
    prompt: str  # the prompt the generator got this round
    video_path: str = ""
    caption: dict[str, Any] = field(default_factory=dict)
    mismatch: dict[str, Any] = field(default_factory=dict)
    scores: dict[str, Any] = field(default_factory=dict)
    refined_prompt: str = ""
    refinement_reasoning: str = ""
    layout: dict[str, Any] | None = None
    timings: dict[str, float] = field(default_factory=dict)
    status: str = "done"
    error: str = ""
