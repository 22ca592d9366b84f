"""The PhyT2V reasoner backed by a chat model (any of the planner's ``ChatBackend``s).

Three calls per round, each with our own wording from ``assets/phyt2v/``: the laws as JSON (round 0), the
mismatch with chain-of-thought ending in a marked section, the refinement with step-back reasoning ending in
"Refined prompt:". Chat models wrap JSON in fences or prose, use Python quotes, drop fields or run over the
word limit, so parsing is lenient about form and strict about content. An unreadable answer is sent back once
with the parse error quoted (as the layout planner does); a second failure is a ``ReasonerError``.
"""

from __future__ import annotations

import ast
import json
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from ..backends.llm import DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE, ChatBackend, ChatBackendError
from ..core.errors import PhyStudioError
from ..core.judging import Caption, JudgeScores
from ..core.text import closing_bracket
from .reasoning import MAX_REFINED_WORDS, Mismatch, ReasonerError, Refinement, SceneLaws

PROMPTS_DIR = Path(__file__).resolve().parents[2] / "assets" / "phyt2v"
STEPS = ("laws", "mismatch", "refine")
ANSWER_QUOTE_CHARS = 300
_MISMATCH_MARKER = re.compile(r"^[\s#>*_]*mismatch[\s*_]*:[\s*_]*", re.IGNORECASE | re.MULTILINE)
_REFINED_MARKER = re.compile(r"^[\s#>*_]*refined[ _-]prompt[\s*_]*:[\s*_]*", re.IGNORECASE | re.MULTILINE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_QUOTES = "\"'“”‘’`"
T = TypeVar("T")


class AnswerParseError(PhyStudioError, ValueError):
    """A chat answer without the required form; the message is quoted back to the model once."""


# ------------------------------------------------------------------------------ parsing
def find_json_object(text: str, keys: tuple[str, ...]) -> tuple[dict[str, Any], int]:
    """The last top-level ``{...}`` in ``text`` that parses (JSON, or Python literal syntax) and has one of
    ``keys``; returns it and where it starts. Fences and surrounding prose are ignored."""
    found: tuple[dict[str, Any], int] | None = None
    position = 0
    while (start := text.find("{", position)) != -1:
        end = closing_bracket(text, start)
        if end is None:
            position = start + 1
            continue
        value = _load_object(text[start:end + 1])
        if isinstance(value, dict) and any(key in value for key in keys):
            found = (value, start)
            position = end + 1
        else:
            position = start + 1  # maybe an object nested inside holds the answer
    if found is None:
        raise AnswerParseError(f"found no JSON object with {' or '.join(repr(k) for k in keys)}")
    return found


def _load_object(candidate: str) -> Any:
    for attempt in (candidate, _TRAILING_COMMA.sub(r"\1", candidate)):
        try:
            return json.loads(attempt)
        except ValueError:
            pass
    try:  # {'objects': [...], 'laws': [...]}: Python quoting, common in chat answers
        return ast.literal_eval(candidate)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None


def _clean(text: str) -> str:
    text = _BULLET.sub("", text.strip())
    return text.strip().strip("*_").strip().strip(_QUOTES).strip()


def _names(value: Any, lower: bool = False) -> tuple[str, ...]:
    """A list of names from a list (of strings or small objects) or a comma/line separated string."""
    if isinstance(value, str):
        items: list[Any] = re.split(r"[,;\n]", value)
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        return ()
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):  # {"name": "gravity", "description": ...}
            item = next((item[k] for k in ("name", "law", "object", "title") if isinstance(item.get(k), str)), "")
        name = _clean(str(item))
        name = name.lower() if lower else name
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _text(value: Any) -> str:
    if isinstance(value, dict):  # {"gravity": "the ball speeds up", ...}
        return " ".join(f"{key}: {_text(text)}" for key, text in value.items())
    if isinstance(value, (list, tuple)):
        return " ".join(_text(v) for v in value)
    return "" if value is None else str(value).strip()


def parse_laws(answer: str) -> SceneLaws:
    data, _ = find_json_object(answer, ("laws", "physical_laws"))
    laws = _names(data.get("laws", data.get("physical_laws")), lower=True)
    if not laws:
        raise AnswerParseError("the JSON object's 'laws' list is empty or not a list of names")
    objects = _names(data.get("objects", data.get("main_objects")))
    return SceneLaws(objects=objects, laws=laws, explanation=_text(data.get("explanation")), raw=answer)


def parse_mismatch(answer: str) -> Mismatch:
    """Chain-of-thought, then a "Mismatch:" section (JSON or prose/bullets), or else a final JSON object."""
    markers = list(_MISMATCH_MARKER.finditer(answer))
    if markers:
        reasoning, section = answer[:markers[-1].start()].strip(), answer[markers[-1].end():].strip()
        try:
            data, _ = find_json_object(section, ("summary", "issues"))
        except AnswerParseError:
            return _prose_mismatch(section, reasoning, answer)
    else:
        try:
            data, start = find_json_object(answer, ("summary", "issues"))
        except AnswerParseError:
            raise AnswerParseError("the answer has no 'Mismatch:' section and no JSON object with a 'summary'") from None
        reasoning = answer[:start].strip()
    issues = _names(data.get("issues"))
    summary = _text(data.get("summary")) or (issues[0] if issues else "")
    if not summary:
        raise AnswerParseError("the mismatch JSON has neither a 'summary' nor any 'issues'")
    return Mismatch(summary=summary, issues=issues, reasoning=reasoning, raw=answer)


def _prose_mismatch(section: str, reasoning: str, answer: str) -> Mismatch:
    lines = [line for line in section.splitlines() if line.strip()]
    issues = tuple(_clean(line) for line in lines if _BULLET.match(line) and _clean(line))
    summary = " ".join(_clean(line) for line in lines if not _BULLET.match(line)).strip() or (issues[0] if issues else "")
    if not summary:
        raise AnswerParseError("the 'Mismatch:' section is empty")
    return Mismatch(summary=summary, issues=issues, reasoning=reasoning, raw=answer)


def parse_refinement(answer: str, max_words: int = MAX_REFINED_WORDS) -> Refinement:
    """Step-back reasoning, then "Refined prompt:" and the prompt (or a JSON ``refined_prompt``)."""
    markers = list(_REFINED_MARKER.finditer(answer))
    if markers:
        reasoning, section = answer[:markers[-1].start()].strip(), answer[markers[-1].end():]
        prompt = _first_paragraph(section)
    else:
        try:
            data, start = find_json_object(answer, ("refined_prompt", "prompt"))
        except AnswerParseError:
            raise AnswerParseError("the answer has no line starting with 'Refined prompt:'") from None
        reasoning, prompt = answer[:start].strip(), _clean(_text(data.get("refined_prompt", data.get("prompt"))))
    if not prompt:
        raise AnswerParseError("the text after 'Refined prompt:' is empty")
    prompt, note = limit_words(prompt, max_words)
    return Refinement(prompt=prompt, reasoning=f"{reasoning}\n\n{note}".strip() if note else reasoning, raw=answer)


def _first_paragraph(section: str) -> str:
    lines: list[str] = []
    for line in section.strip().splitlines():
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.strip().lstrip(">").strip())
    return _clean(" ".join(lines))


def limit_words(prompt: str, max_words: int) -> tuple[str, str]:
    """At most ``max_words`` words, cut after the last whole sentence when that keeps at least half of
    them; returns the prompt and a note saying what was cut ("" when nothing was)."""
    words = prompt.split()
    if len(words) <= max_words:
        return " ".join(words), ""
    kept = words[:max_words]
    sentence_ends = [i for i, word in enumerate(kept) if word.rstrip(_QUOTES + ")").endswith((".", "!", "?"))]
    if sentence_ends and sentence_ends[-1] + 1 >= max_words // 2:
        kept = kept[:sentence_ends[-1] + 1]
    else:
        kept[-1] = kept[-1].rstrip(",;:-") + "."
    note = (f"Note: the model's refined prompt had {len(words)} words; it was shortened to its first "
            f"{len(kept)} to keep within the {max_words}-word limit.")
    return " ".join(kept), note


# ------------------------------------------------------------------------------ the reasoner
def load_prompts(folder: Path = PROMPTS_DIR) -> dict[str, tuple[str, str]]:
    """Step → (system template, user template), both ``string.Template`` text."""
    prompts = {}
    for step in STEPS:
        try:
            prompts[step] = tuple((folder / f"{step}_{part}.txt").read_text(encoding="utf-8").strip()
                                  for part in ("system", "user"))
        except OSError as exc:
            raise ReasonerError(f"the reasoner's prompt file is missing or unreadable: {exc}") from None
    return prompts


def reask_message(error: str, form: str) -> dict[str, str]:
    return {"role": "user", "content": f"I could not read your answer: {error}.\nPlease answer again and end with {form}."}


ANSWER_FORMS = {
    "laws": 'only the JSON object {"objects": [...], "laws": [...], "explanation": "..."}',
    "mismatch": 'the line "Mismatch:" followed by the JSON object {"summary": "...", "issues": ["..."]}',
    "refine": 'the line "Refined prompt:" followed by the new prompt',
}


class LLMReasoner:
    """``Reasoner`` over any ``ChatBackend`` (OpenAI-compatible server or a local transformers model)."""

    def __init__(self, backend: ChatBackend, *, temperature: float = DEFAULT_TEMPERATURE,
                 max_tokens: int = DEFAULT_MAX_TOKENS, seed: int | None = 0, prompts_dir: Path = PROMPTS_DIR,
                 max_words: int = MAX_REFINED_WORDS):
        self.backend = backend
        self.reasoner_id = f"llm:{backend.backend_id}:{backend.model}"
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.seed = seed
        self.max_words = max_words
        self.prompts = load_prompts(prompts_dir)

    # ------------------------------------------------------------ messages
    def messages(self, step: str, **fields: str) -> list[dict[str, str]]:
        system, user = self.prompts[step]
        fields = {"max_words": str(self.max_words), **fields}
        try:
            return [{"role": "system", "content": string.Template(system).substitute(fields)},
                    {"role": "user", "content": string.Template(user).substitute(fields)}]
        except (KeyError, ValueError) as exc:
            raise ReasonerError(f"the {step} prompt template has an unknown or malformed placeholder: {exc}") from None

    @staticmethod
    def _law_fields(laws: SceneLaws) -> dict[str, str]:
        return {"objects": ", ".join(laws.objects) or "(not identified)", "laws": ", ".join(laws.laws) or "(none)",
                "explanation": laws.explanation or "(none given)"}

    # ------------------------------------------------------------ the protocol
    def extract_laws(self, prompt: str) -> SceneLaws:
        return self._ask("laws", self.messages("laws", prompt=prompt), parse_laws)

    def find_mismatch(self, prompt: str, caption: Caption, laws: SceneLaws) -> Mismatch:
        label = caption.details.get("label") if isinstance(caption.details, dict) else None
        described = f"{caption.text} ({label})" if label else caption.text
        messages = self.messages("mismatch", prompt=prompt, caption=described, **self._law_fields(laws))
        return self._ask("mismatch", messages, parse_mismatch)

    def refine(self, prompt: str, current_prompt: str, laws: SceneLaws, mismatch: Mismatch,
               scores: JudgeScores | None) -> Refinement:
        messages = self.messages("refine", prompt=prompt, current_prompt=current_prompt, mismatch=mismatch.summary,
                                 issues="; ".join(mismatch.issues) or "(none listed)", scores=describe_scores(scores),
                                 **self._law_fields(laws))
        return self._ask("refine", messages, lambda answer: parse_refinement(answer, self.max_words))

    # ------------------------------------------------------------ internals
    def _ask(self, step: str, messages: list[dict[str, str]], parse: Callable[[str], T]) -> T:
        for attempt in (1, 2):
            try:
                answer = self.backend.complete(messages, temperature=self.temperature, max_tokens=self.max_tokens,
                                               seed=self.seed)
            except ChatBackendError as exc:
                raise ReasonerError(f"{self.reasoner_id} ({step}): {exc}") from exc
            try:
                return parse(answer)
            except AnswerParseError as exc:
                if attempt == 2:
                    raise ReasonerError(
                        f"{self.reasoner_id} gave no readable {step} answer, even after being shown the error once: "
                        f"{exc}. Its answer began: {answer[:ANSWER_QUOTE_CHARS]!r}"
                    ) from exc
                messages = messages + [{"role": "assistant", "content": answer}, reask_message(str(exc), ANSWER_FORMS[step])]
        raise AssertionError("unreachable")  # the second attempt returns or raises


def describe_scores(scores: JudgeScores | None) -> str:
    if scores is None:
        return "not scored"
    parts = [f"{name} {value:.2f}" if value is not None else f"{name} not measured"
             for name, value in (("physical commonsense", scores.pc), ("semantic adherence", scores.sa))]
    return f"{', '.join(parts)} (0 to 1, higher is better; judge {scores.judge_id}, {scores.kind})"
