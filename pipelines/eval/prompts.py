"""Evaluation prompt sets: our own physics set and the files users bring from VideoPhy-2 and PhyGenBench.

Every prompt gets a stable id (a hash of its source format and text, not of its line number),
so a resumed evaluation still recognises finished prompts after lines were added or removed
elsewhere in the file. Errors name the file, the line and what was expected there.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from ..core.errors import PhyStudioError

BUILTIN_PROMPTS = Path(__file__).resolve().parents[2] / "assets" / "prompts" / "physics_prompts.csv"
INTERACTIONS = ("activity", "object")
MAX_PROMPT_CHARS = 2000

# PhyGenBench's main categories → the four domains its paper reports (mechanics, optics, thermal, material).
CATEGORY_ALIASES = {
    "force": "mechanics", "mechanics": "mechanics", "mechanical": "mechanics",
    "light": "optics", "optics": "optics", "optical": "optics",
    "heat": "thermal", "thermal": "thermal", "thermodynamics": "thermal",
    "physical properties": "material", "chemical properties": "material", "material": "material",
    "material properties": "material", "materials": "material",
}
TRUE_WORDS = {"1", "true", "yes", "y", "hard"}
FALSE_WORDS = {"0", "false", "no", "n", ""}


class PromptFileError(PhyStudioError, ValueError):
    """A prompt file that cannot be read; the message names the file, the line and what was expected."""


@dataclass(frozen=True)
class EvalPrompt:
    id: str
    prompt: str
    category: str = ""  # mechanics | optics | thermal | material for our set; the file's own label otherwise
    law: str = ""  # e.g. gravity, refraction, melting; "" when the file does not say
    interaction: str = ""  # "activity" (an agent acts) | "object" (objects interact) | "" unknown
    hard: bool = False
    source: str = ""  # the format it came from: phystudio | videophy2 | phygenbench | text
    action: str = ""  # VideoPhy-2's action label
    expectation: str = ""  # PhyGenBench's "physical_laws" sentence: what should visibly happen

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def prompt_id(source: str, prompt: str) -> str:
    digest = hashlib.sha1(f"{source}\n{' '.join(prompt.split())}".encode("utf-8")).hexdigest()
    return f"{source[:3]}-{digest[:12]}"


def load_prompts(path: str | Path) -> list[EvalPrompt]:
    """Read a prompt file, detecting its format from the extension and the header.

    ``.json``: PhyGenBench ``prompts.json`` (a list of objects). ``.csv``/``.tsv``: a header with
    ``caption`` is VideoPhy-2, one with ``prompt`` is our own format. Anything else: plain text,
    one prompt per line (blank lines and ``#`` comments skipped).
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise PromptFileError(f"prompt file {path} does not exist" if not path.exists() else f"{path} is not a file")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PromptFileError(f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    if not text.strip():
        raise PromptFileError(f"{path} is empty: expected prompts")
    suffix = path.suffix.lower()
    if suffix == ".json":
        prompts = _read_phygenbench(text, path)
    elif suffix in (".csv", ".tsv"):
        prompts = _read_table(text, path, delimiter="\t" if suffix == ".tsv" else ",")
    else:
        prompts = _read_text(text, path)
    if not prompts:
        raise PromptFileError(f"{path} holds no prompts")
    return _unique_ids(prompts)


def builtin_prompts() -> list[EvalPrompt]:
    """Our own 66-prompt set (assets/prompts/physics_prompts.csv)."""
    return load_prompts(BUILTIN_PROMPTS)


def select_prompts(prompts: Iterable[EvalPrompt], *, category: str | None = None, law: str | None = None,
                   hard_only: bool = False, limit: int | None = None) -> list[EvalPrompt]:
    """Filter (case-insensitive category/law match), then keep the first ``limit`` in file order."""
    chosen = [
        p for p in prompts
        if (not category or p.category.lower() == category.lower())
        and (not law or p.law.lower() == law.lower())
        and (p.hard or not hard_only)
    ]
    if limit is not None:
        if limit < 1:
            raise ValueError(f"limit must be a positive number of prompts, got {limit}")
        chosen = chosen[:limit]
    return chosen


# ----------------------------------------------------------------------------- formats
def _make(source: str, prompt: str, where: str, **fields: Any) -> EvalPrompt:
    prompt = " ".join(str(prompt).split())
    if not prompt:
        raise PromptFileError(f"{where}: the prompt is empty")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise PromptFileError(f"{where}: the prompt is {len(prompt)} characters; keep it under {MAX_PROMPT_CHARS}")
    given_id = str(fields.pop("id", "") or "").strip()
    return EvalPrompt(id=given_id or prompt_id(source, prompt), prompt=prompt, source=source, **fields)


def _read_text(text: str, path: Path) -> list[EvalPrompt]:
    prompts = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            prompts.append(_make("text", line, f"{path}, line {number}"))
    return prompts


def _read_table(text: str, path: Path, delimiter: str) -> list[EvalPrompt]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except csv.Error as exc:
        raise PromptFileError(f"{path}, line 1: not a readable CSV header ({exc})") from None
    if "caption" in header:
        source = "videophy2"
    elif "prompt" in header:
        source = "phystudio"
    else:
        raise PromptFileError(
            f"{path}, line 1: expected a header with a 'caption' column (VideoPhy-2: caption, action, category, "
            f"is_hard) or a 'prompt' column (prompt, category, law, interaction, hard); found {', '.join(header)}"
        )
    prompts = []
    try:
        for values in reader:
            number = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) > len(header):
                raise PromptFileError(f"{path}, line {number}: {len(values)} fields but the header has {len(header)}; "
                                      "quote fields that contain the delimiter")
            row = dict(zip(header, (v.strip() for v in values)))
            where = f"{path}, line {number}"
            if source == "videophy2":
                prompts.append(_videophy2_row(row, where))
            else:
                prompts.append(_phystudio_row(row, where))
    except csv.Error as exc:
        raise PromptFileError(f"{path}, line {reader.line_num}: malformed CSV ({exc})") from None
    return prompts


def _videophy2_row(row: dict[str, str], where: str) -> EvalPrompt:
    category = row.get("category", "")
    return _make("videophy2", row.get("caption", ""), where, category=category, action=row.get("action", ""),
                 interaction=_videophy2_interaction(category), hard=_flag(row.get("is_hard", ""), "is_hard", where))


def _videophy2_interaction(category: str) -> str:
    """VideoPhy-2 splits actions into sports/physical activities and object interactions."""
    lowered = category.lower()
    if "object" in lowered:
        return "object"
    if "sport" in lowered or "activit" in lowered:
        return "activity"
    return ""


def _phystudio_row(row: dict[str, str], where: str) -> EvalPrompt:
    interaction = row.get("interaction", "").lower()
    if interaction not in INTERACTIONS + ("",):
        raise PromptFileError(f"{where}: interaction must be 'activity' or 'object' (or empty), got {interaction!r}")
    return _make("phystudio", row.get("prompt", ""), where, id=row.get("id", ""),
                 category=_category(row.get("category", "")), law=row.get("law", "").lower(),
                 interaction=interaction, hard=_flag(row.get("hard", ""), "hard", where))


def _flag(value: str, column: str, where: str) -> bool:
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise PromptFileError(f"{where}: column {column!r} must be 1/0, true/false or yes/no, got {value!r}")


def _category(value: str) -> str:
    lowered = " ".join(str(value).lower().split())
    return CATEGORY_ALIASES.get(lowered, lowered)


# PhyGenBench prompts.json: a JSON list of objects, read entry by entry so errors can name a line.
PHYGENBENCH_TEXT_KEYS = ("caption", "prompt", "text")
PHYGENBENCH_CATEGORY_KEYS = ("main_category", "category")
PHYGENBENCH_LAW_KEYS = ("sub_category", "law", "physical_law")


def _read_phygenbench(text: str, path: Path) -> list[EvalPrompt]:
    decoder = json.JSONDecoder()
    position = _skip_space(text, 0)
    if position >= len(text) or text[position] != "[":
        raise PromptFileError(f"{path}, line {_line_of(text, position)}: expected a JSON list of prompt objects "
                              "(PhyGenBench prompts.json: [{\"caption\": ..., \"main_category\": ...}, ...])")
    position = _skip_space(text, position + 1)
    prompts: list[EvalPrompt] = []
    if position < len(text) and text[position] == "]":
        return prompts
    while True:
        line = _line_of(text, position)
        try:
            entry, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise PromptFileError(f"{path}, line {exc.lineno}: invalid JSON ({exc.msg})") from None
        prompts.append(_phygenbench_entry(entry, f"{path}, line {line} (entry {len(prompts) + 1})"))
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
            continue
        if position < len(text) and text[position] == "]":
            break
        raise PromptFileError(f"{path}, line {_line_of(text, position)}: expected ',' or ']' after entry {len(prompts)}")
    if _skip_space(text, position + 1) != len(text):
        raise PromptFileError(f"{path}, line {_line_of(text, position + 1)}: unexpected text after the closing ']'")
    return prompts


def _phygenbench_entry(entry: Any, where: str) -> EvalPrompt:
    if isinstance(entry, str):
        return _make("phygenbench", entry, where)
    if not isinstance(entry, dict):
        raise PromptFileError(f"{where}: expected an object with a 'caption' (or 'prompt'), got {type(entry).__name__}")
    keyed = {str(k).strip().lower(): v for k, v in entry.items()}
    caption = _first(keyed, PHYGENBENCH_TEXT_KEYS)
    if not isinstance(caption, str) or not caption.strip():
        raise PromptFileError(f"{where}: expected a non-empty 'caption' (or 'prompt') string; keys: {', '.join(keyed)}")
    law = _first(keyed, PHYGENBENCH_LAW_KEYS)
    expectation = keyed.get("physical_laws", "")
    if not law:  # files without a sub-category: the law sentence is all there is
        law, expectation = expectation, ""
    return _make("phygenbench", caption, where, id=str(keyed.get("id", "") or ""),
                 category=_category(str(_first(keyed, PHYGENBENCH_CATEGORY_KEYS) or "")),
                 law=" ".join(str(law or "").lower().split()), expectation=str(expectation or "").strip(),
                 hard=_flag(str(keyed.get("hard", keyed.get("is_hard", ""))), "hard", where))


def _first(entry: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if entry.get(key) not in (None, ""):
            return entry[key]
    return None


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def _unique_ids(prompts: list[EvalPrompt]) -> list[EvalPrompt]:
    """A prompt repeated in one file keeps its first id; later copies get ``-2``, ``-3``..."""
    seen: dict[str, int] = {}
    unique = []
    for p in prompts:
        count = seen.get(p.id, 0) + 1
        seen[p.id] = count
        if count > 1:
            p = EvalPrompt(**{**p.to_dict(), "id": f"{p.id}-{count}"})
        unique.append(p)
    return unique
