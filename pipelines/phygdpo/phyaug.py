"""PhyAugPipe step 1: keep the (prompt, real video) pairs whose content is rich in physics.

A chat model reads each caption and follows our chain-of-thought rule (``assets/phygdpo/cot_filter_prompt.md``):
parse entities, actions, forces and outcomes, reason about the causal chain, score ``physics_richness`` in
[0, 1] with penalties for camera motion, stylisation and static aftermaths, and extend the caption with the
reasoning (PhyGDPO paper, PhyAugPipe). The paper's model also sees the frames; ours is a text chat backend, so the visual
check is the separate ``vlm_check`` step (the judge's semantic adherence of the video to the parsed actions).

``physics_label`` is always recomputed here as richness ≥ threshold, so the threshold is ours, not the model's.
An unreadable answer is sent back once with the error quoted (as the layout planner does); a second failure
becomes a line of ``failures.jsonl`` with the raw answers, never a crash. Results are one JSON line per pair,
flushed before the next pair starts, so rerunning the same command resumes.

Without a chat model, ``HeuristicPhysicsFilter`` scores richness from the embedded prompt reader (motion
verbs, the laws they imply, interactions, outcomes) and says so in every record (``filter: "heuristic"``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import string
import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from ..backends.llm import ChatBackend, ChatBackendError
from ..core.errors import PhyStudioError
from ..core.generation import CancelToken, ProgressCallback
from ..core.jsonl import DamagedLine, JsonlError, append_row, read_objects, read_rows
from ..core.judging import JudgeError, PhysicsJudge, Video
from ..core.video import VideoReadError
from ..phyt2v.llm_reasoner import AnswerParseError, find_json_object, limit_words

ASSETS_DIR = Path(__file__).resolve().parents[2] / "assets" / "phygdpo"
COT_PROMPT_FILE = ASSETS_DIR / "cot_filter_prompt.md"
DEFAULT_THRESHOLD = 0.6
MAX_EXTENDED_WORDS = 100
PARSE_KEYS = ("entities", "actions", "forces", "outcomes")
FILTER_FILE = "filtered.jsonl"
FAILURES_FILE = "failures.jsonl"
FILTER_MANIFEST = "filter.json"
VLM_CHECK_FILE = "vlm_check.jsonl"
DEFAULT_VLM_THRESHOLD = 0.5
MAX_CONSECUTIVE_BACKEND_ERRORS = 3
ANSWER_QUOTE_CHARS = 300


class PhyAugError(PhyStudioError, RuntimeError):
    """A PhyAugPipe step cannot start or continue; the message says what to change."""


# ----------------------------------------------------------------------------- JSON Lines files
def read_jsonl(path: Path, *, repair: bool = False) -> list[dict[str, Any]]:
    """The objects of a step's JSONL file (see ``core.jsonl.read_rows`` for what a crash leaves)."""
    try:
        return read_rows(path, repair=repair)
    except DamagedLine as damaged:
        raise PhyAugError(f"{damaged}: not a JSON object; fix or delete that line") from None


def write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(partial, path)
    return path


# ----------------------------------------------------------------------------- the data pool
@dataclass(frozen=True)
class PoolItem:
    """One (prompt, real video) pair. ``id`` is the pool's own id column, else a hash of prompt and video,
    so a resumed step recognises finished pairs after lines were added or removed elsewhere."""

    id: str
    prompt: str
    video: Path
    category: str | None = None


def pair_id(prompt: str, video: str) -> str:
    return hashlib.sha1(f"{' '.join(prompt.split())}\n{video}".encode()).hexdigest()[:16]


def read_pool(path: str | Path) -> list[PoolItem]:
    """A CSV (header with ``prompt`` and ``video``, optional ``category`` and ``id``) or JSONL file with the
    same keys. Relative video paths are relative to the pool file's folder. Exact duplicate pairs are kept once."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise PhyAugError(f"pool file {path} does not exist: give a CSV or JSONL with columns prompt, video[, category]")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PhyAugError(f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    if path.suffix.lower() in (".jsonl", ".json"):
        rows = _jsonl_rows(text, path)
    else:
        rows = _csv_rows(text, path)
    items: list[PoolItem] = []
    seen: dict[str, str] = {}
    for where, row in rows:
        prompt = " ".join(str(row.get("prompt") or "").split())
        video = str(row.get("video") or "").strip()
        if not prompt or not video:
            raise PhyAugError(f"{where}: needs a non-empty 'prompt' and 'video'")
        given_id = str(row.get("id") or "").strip()
        item_id = given_id or pair_id(prompt, video)
        if item_id in seen:
            if given_id:
                raise PhyAugError(f"{where}: id {item_id!r} was already used at {seen[item_id]}; ids must be unique")
            continue  # the very same pair twice
        seen[item_id] = where
        video_path = Path(video).expanduser()
        video_path = video_path if video_path.is_absolute() else path.parent / video_path
        category = str(row.get("category") or "").strip() or None
        items.append(PoolItem(item_id, prompt, video_path.resolve(), category))
    if not items:
        raise PhyAugError(f"{path} holds no pairs")
    return items


def _csv_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines(), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "prompt" not in header or "video" not in header:
        raise PhyAugError(f"{path}: the header must name the columns 'prompt' and 'video' (found {header})")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row:  # DictReader files surplus fields under None
            raise PhyAugError(f"{path}:{number}: more fields than the header names; quote prompts that hold commas")
        rows.append((f"{path}:{number}", {k.strip().lower(): v for k, v in row.items() if k}))
    return rows


def _jsonl_rows(text: str, path: Path) -> list[tuple[str, dict[str, Any]]]:
    try:
        return read_objects(text, path, "an object with 'prompt' and 'video'")
    except JsonlError as exc:
        raise PhyAugError(str(exc)) from None


# ----------------------------------------------------------------------------- filter records
@dataclass(frozen=True)
class PhysicsParse:
    entities: tuple[str, ...] = ()
    actions: tuple[str, ...] = ()
    forces: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, list[str]]:
        return {key: list(getattr(self, key)) for key in PARSE_KEYS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PhysicsParse:
        return cls(**{key: tuple(str(v) for v in data.get(key) or ()) for key in PARSE_KEYS})

    def action_text(self) -> str:
        """The parse as one sentence a judge can check a video against."""
        return "; ".join(self.actions + self.outcomes)


@dataclass(frozen=True)
class CotAssessment:
    """PhyAugPipe's fields for one caption, plus how they were obtained."""

    original: str
    parse: PhysicsParse
    reason: str
    extended: str
    physics_richness: float
    filter_id: str
    attempts: int = 1
    notes: tuple[str, ...] = ()
    raw: str = ""

    def label(self, threshold: float) -> bool:
        return self.physics_richness >= threshold


class PhysicsFilter(Protocol):
    filter_id: str

    def assess(self, prompt: str) -> CotAssessment:
        """Raises ``FilterAnswerError`` (with the raw answers) when no usable assessment came back."""
        ...


class FilterAnswerError(PhyStudioError, RuntimeError):
    def __init__(self, message: str, answers: tuple[str, ...] = (), stage: str = "parse"):
        super().__init__(message)
        self.answers = answers
        self.stage = stage  # "parse": the model answered badly; "backend": it could not answer


def filter_row(item: PoolItem, assessment: CotAssessment, threshold: float) -> dict[str, Any]:
    return {
        "id": item.id, "original": assessment.original, "parse": assessment.parse.to_dict(),
        "reason": assessment.reason, "extended": assessment.extended,
        "physics_richness": assessment.physics_richness, "physics_label": assessment.label(threshold),
        "threshold": threshold, "filter": assessment.filter_id, "video": str(item.video), "category": item.category,
        "attempts": assessment.attempts, "notes": list(assessment.notes), "raw": assessment.raw,
    }


# ----------------------------------------------------------------------------- the chat-model filter
def _strings(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = re.split(r"[;\n]", value)
    if not isinstance(value, (list, tuple)):
        raise AnswerParseError(f"'parse.{key}' must be a list of short phrases, got {type(value).__name__}")
    items = []
    for entry in value:
        if isinstance(entry, dict):  # {"name": "ball", "material": "rubber"}
            entry = " ".join(str(v) for v in entry.values() if isinstance(v, (str, int, float)))
        text = " ".join(str(entry).split()).strip(" -*•")
        if text and text not in items:
            items.append(text)
    return tuple(items)


def _richness(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise AnswerParseError(f"'physics_richness' must be a number between 0 and 1, got {value!r}")
    try:
        number = float(value)
    except ValueError:
        raise AnswerParseError(f"'physics_richness' must be a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise AnswerParseError(f"'physics_richness' must be between 0 and 1, got {number:g}")
    return number


def parse_cot_answer(answer: str, original: str, filter_id: str = "") -> CotAssessment:
    """The assessment in a chat answer: the last JSON object with the fields (fences and prose around it
    are fine); raises ``AnswerParseError`` naming the first missing or malformed field."""
    data, _ = find_json_object(answer, ("physics_richness", "parse"))
    parse = data.get("parse")
    if not isinstance(parse, dict):
        raise AnswerParseError("'parse' must be an object with entities, actions, forces and outcomes")
    missing = [key for key in PARSE_KEYS if key not in parse]
    if missing:
        raise AnswerParseError(f"'parse' lacks {', '.join(repr(k) for k in missing)}")
    parsed = PhysicsParse(**{key: _strings(parse[key], key) for key in PARSE_KEYS})
    if "physics_richness" not in data:
        raise AnswerParseError("the JSON object lacks 'physics_richness'")
    richness = _richness(data["physics_richness"])
    for key in ("reason", "extended"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise AnswerParseError(f"'{key}' must be a non-empty string")
    extended, notes = _limited(data["extended"])
    return CotAssessment(original=original, parse=parsed, reason=" ".join(data["reason"].split()), extended=extended,
                         physics_richness=richness, filter_id=filter_id, notes=notes, raw=answer)


def _limited(extended: str) -> tuple[str, tuple[str, ...]]:
    """The extended caption within the word limit, and a note when it had to be cut."""
    words = len(extended.split())
    text, cut = limit_words(" ".join(extended.split()), MAX_EXTENDED_WORDS)
    return text, ((f"the extended caption had {words} words; cut to {len(text.split())}",) if cut else ())


def load_cot_prompt(threshold: float, path: Path = COT_PROMPT_FILE) -> str:
    try:
        template = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PhyAugError(f"the filter's prompt file is missing or unreadable: {exc}") from None
    return string.Template(template).substitute(threshold=f"{threshold:g}").strip()


def reask_message(error: str) -> dict[str, str]:
    return {"role": "user", "content": (
        f"I could not read your answer: {error}.\nAnswer again and end with the one JSON object with the fields "
        "original, parse (entities, actions, forces, outcomes), reason, extended, physics_richness, physics_label.")}


class CotPhysicsFilter:
    """``PhysicsFilter`` asking any ``ChatBackend`` to follow the chain-of-thought rule.

    ``threshold`` only words the prompt (the model is told what counts as rich); the stored label is always
    set by ``run_filter`` from the richness, so pass both the same value.
    """

    def __init__(self, backend: ChatBackend, *, threshold: float = DEFAULT_THRESHOLD, temperature: float = 0.2,
                 max_tokens: int = 1024, seed: int = 0, prompt_file: Path = COT_PROMPT_FILE):
        self.backend = backend
        self.filter_id = f"llm:{backend.backend_id}:{backend.model}"
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.seed = seed
        self.system_prompt = load_cot_prompt(threshold, prompt_file)
        self.prompt_version = hashlib.sha256(self.system_prompt.encode()).hexdigest()[:12]

    def messages(self, prompt: str) -> list[dict[str, str]]:
        return [{"role": "system", "content": self.system_prompt}, {"role": "user", "content": f"Caption: {prompt}"}]

    def assess(self, prompt: str) -> CotAssessment:
        messages = self.messages(prompt)
        answers: list[str] = []
        notes: list[str] = []
        for attempt in (1, 2):
            try:
                answer = self.backend.complete(messages, temperature=self.temperature, max_tokens=self.max_tokens,
                                               seed=self.seed)
            except ChatBackendError as exc:
                raise FilterAnswerError(f"{self.filter_id}: {exc}", tuple(answers), stage="backend") from None
            answers.append(answer)
            try:
                result = parse_cot_answer(answer, prompt, self.filter_id)
            except AnswerParseError as exc:
                if attempt == 2:
                    raise FilterAnswerError(
                        f"{self.filter_id} gave no readable assessment, even after being shown the error once: {exc}. "
                        f"Its answer began: {answer[:ANSWER_QUOTE_CHARS]!r}", tuple(answers)) from None
                notes.append(f"re-asked after: {exc}")
                messages = messages + [{"role": "assistant", "content": answer}, reask_message(str(exc))]
                continue
            return replace(result, attempts=attempt, notes=tuple(notes) + result.notes)
        raise AssertionError("unreachable")  # the second attempt returns or raises


# ----------------------------------------------------------------------------- the heuristic filter
# Points of the heuristic richness score (summed, then clamped to [0, 1]).
HEURISTIC_POINTS = {
    "motion": 0.3,  # some object moves by itself or is moved (not only rests, appears or vanishes)
    "force": 0.15,  # per law the moves imply (gravity, elasticity, friction, ...), perspective excluded
    "force_cap": 0.3,
    "interaction": 0.2,  # an agent acts on an object, or a moving object is aimed at another one
    "outcome": 0.15,  # per visible consequence (lands, rebounds, shatters, comes to rest, is set moving)
    "outcome_cap": 0.3,
    "camera": -0.15,  # the camera moves: much of the motion is not the objects'
    "stylised": -0.4,  # painting, cartoon, render...: motion need not obey physics
    "static_aftermath": -0.3,  # nothing moves: at best the result of an event is shown
}
STYLE_PATTERN = re.compile(
    r"\b(oil painting|painting|painted|watercolou?r|illustration|illustrated|cartoon|anime|manga|sketch|drawing|"
    r"pixel art|low[- ]poly|3d render|rendered|cgi|digital art|concept art|comic|claymation|stylized|stylised|"
    r"in the style of|vector art|pencil|ukiyo-e)\b")
CAMERA_PATTERN = re.compile(
    r"\b(drone shot|aerial shot|tracking shot|dolly shot|time[- ]?lapse|camera (?:pans|zooms|moves|tracks|orbits|"
    r"rotates|tilts|follows|flies)|panning|zooming)\b")
STATIC_PATTERN = re.compile(
    r"\b(portrait|still life|aftermath|remains|wreckage|debris|lies (?:broken|shattered)|already (?:broken|fallen))\b")
_STATIC_KINDS = frozenset(("rest", "appear", "disappear"))


class HeuristicPhysicsFilter:
    """``PhysicsFilter`` without a model: the embedded prompt reader and physics knowledge base.

    It reads words, not videos or meaning: a useful offline ranking, labelled ``heuristic`` in every record.
    """

    filter_id = "heuristic"
    prompt_version = "heuristic-1"

    def assess(self, prompt: str) -> CotAssessment:
        from ..lvd.prompt_reading import read_prompt
        from ..phyt2v.knowledge import scene_object_laws, statement

        text = " ".join(prompt.split())
        reading = read_prompt(text)
        scene = scene_object_laws(reading)
        lowered = text.lower()
        entities, actions, forces, outcomes, notes = [], [], [], [], []
        moving = interaction = False
        law_names: set[str] = set()  # laws acting on things that move: resting support is not interaction
        for index, (entity, laws) in enumerate(zip(reading.entities, scene, strict=True)):
            material = reading.material_of(index)
            passive = entity.cls.mobility in ("ball", "passive")
            name = f"{material} {entity.noun}" if material and passive else entity.noun
            entities.append(name if entity.count == 1 else f"{entity.count} {name}")
            agent = reading.entities[entity.agent].noun if entity.agent is not None else None
            for number, motion in enumerate(entity.motions):
                verb = motion.verb or motion.kind
                actions.append(f"{agent} {verb} the {entity.noun}" if agent and number == 0 else f"{entity.noun} {verb}")
                actions.extend(f"{entity.noun} {flag}" for flag, on in (("bounces", motion.bounces),
                                                                         ("breaks", motion.breaks)) if on)
                moving |= motion.kind not in _STATIC_KINDS
                if motion.target is not None and motion.target != index:
                    interaction = True
            if agent is not None:
                interaction = True
                forces.append(f"contact force of the {agent} on the {entity.noun}")
                outcomes.append(f"the {entity.noun} is set in motion")
            forces.extend(f"{law} on the {entity.noun}" for law in laws.laws if law != "perspective")
            if not laws.at_rest:
                law_names.update(law for law in laws.laws if law != "perspective")
            outcomes.extend(_outcomes(entity, laws))
        actions, forces, outcomes = (list(dict.fromkeys(values)) for values in (actions, forces, outcomes))
        points = HEURISTIC_POINTS
        score = points["motion"] if moving else 0.0
        score += min(points["force_cap"], points["force"] * len(law_names))
        score += points["interaction"] if interaction else 0.0
        score += min(points["outcome_cap"], points["outcome"] * len(outcomes))
        if reading.camera or CAMERA_PATTERN.search(lowered):
            score += points["camera"]
            notes.append("penalised: camera motion")
        if STYLE_PATTERN.search(lowered):
            score += points["stylised"]
            notes.append("penalised: stylised footage")
        if not moving or STATIC_PATTERN.search(lowered):
            score += points["static_aftermath"]
            notes.append("penalised: static scene or aftermath")
        richness = round(min(1.0, max(0.0, score)), 3)
        sentences = [statement(law, laws) for laws in scene for law in laws.laws if law != "perspective"]
        reason = " ".join(dict.fromkeys(sentences)) or "The caption names no motion that physics laws would govern."
        extended, cut_note = _limited(" ".join([text.rstrip(".") + "."] + list(dict.fromkeys(sentences))))
        notes.extend(cut_note)
        parse = PhysicsParse(tuple(entities), tuple(actions), tuple(forces), tuple(outcomes))
        return CotAssessment(original=text, parse=parse, reason=reason, extended=extended, physics_richness=richness,
                             filter_id=self.filter_id, notes=tuple(notes))


def _outcomes(entity: Any, laws: Any) -> list[str]:
    noun = entity.noun
    found = []
    kinds = {m.kind for m in entity.motions}
    if "fracture" in laws.laws or any(m.breaks for m in entity.motions):
        found.append(f"the {noun} shatters")
    elif "elasticity" in laws.laws and laws.in_flight:
        found.append(f"the {noun} rebounds, lower each time")
    if laws.in_flight and "fracture" not in laws.laws:
        found.append(f"the {noun} lands")
    if "friction" in laws.laws and kinds & {"roll"}:
        found.append(f"the {noun} slows to a stop")
    return found


# ----------------------------------------------------------------------------- running the filter
@dataclass
class StepSummary:
    """What one run of a step did; ``errors`` holds one line per failed item."""

    out_dir: Path
    planned: int = 0
    completed: int = 0
    skipped: int = 0
    failed: int = 0
    kept: int = 0  # filter: labelled physics-rich in this call; vlm-check: passed
    cancelled: bool = False
    elapsed_s: float = 0.0
    errors: list[str] = field(default_factory=list)


def pin_manifest(path: Path, manifest: dict[str, Any], what: str) -> None:
    """The first run writes its settings next to its results; a resume with other settings is refused, since
    its results would silently mix with the old ones."""
    manifest = json.loads(json.dumps(manifest, default=str))  # compare as stored: tuples are lists in JSON
    if path.is_file():
        try:
            existing = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise PhyAugError(f"{path} is not valid JSON ({exc}); delete it only together with the {what}") from None
        changed = [f"{key}: {existing.get(key)!r} → {manifest[key]!r}" for key in manifest if existing.get(key) != manifest[key]]
        if changed:
            raise PhyAugError(f"{path.parent} holds {what} made with other settings ({'; '.join(changed)}); "
                              "use a new --out folder, or the same settings to resume")
        return
    write_json(path, manifest)


def run_filter(items: list[PoolItem], physics_filter: PhysicsFilter, out_dir: str | Path, *,
               threshold: float = DEFAULT_THRESHOLD, workers: int = 1, progress: ProgressCallback | None = None,
               cancel: CancelToken | None = None) -> StepSummary:
    """Assess every pair not yet in ``filtered.jsonl``; failures go to ``failures.jsonl`` and are retried on
    the next run. ``workers`` > 1 keeps that many requests in flight (for a served model such as vLLM)."""
    started = time.perf_counter()
    if not 0.0 <= threshold <= 1.0:
        raise PhyAugError(f"the richness threshold must be in [0, 1], got {threshold}")
    if workers < 1:
        raise PhyAugError(f"workers must be at least 1, got {workers}")
    out_dir = Path(out_dir).expanduser()
    out_dir.mkdir(parents=True, exist_ok=True)
    pin_manifest(out_dir / FILTER_MANIFEST, {"filter": physics_filter.filter_id, "threshold": threshold,
                                             "prompt_version": getattr(physics_filter, "prompt_version", "")},
                 "filter results")
    results, failures = out_dir / FILTER_FILE, out_dir / FAILURES_FILE
    done = {row.get("id") for row in read_jsonl(results, repair=True)}
    read_jsonl(failures, repair=True)
    todo = [item for item in items if item.id not in done]
    summary = StepSummary(out_dir, planned=len(items), skipped=len(items) - len(todo))
    backend_errors = 0

    def record(item: PoolItem, outcome: CotAssessment | FilterAnswerError) -> None:
        nonlocal backend_errors
        if isinstance(outcome, CotAssessment):
            backend_errors = 0
            row = filter_row(item, outcome, threshold)
            append_row(results, row)
            summary.completed += 1
            summary.kept += int(row["physics_label"])
            return
        backend_errors = backend_errors + 1 if outcome.stage == "backend" else 0
        append_row(failures, {"id": item.id, "original": item.prompt, "video": str(item.video),
                                "filter": physics_filter.filter_id, "stage": outcome.stage, "error": str(outcome),
                                "raw": list(outcome.answers), "at": time.strftime("%Y-%m-%dT%H:%M:%S")})
        summary.failed += 1
        summary.errors.append(f"{item.id}: {outcome}")
        if backend_errors >= MAX_CONSECUTIVE_BACKEND_ERRORS:
            raise PhyAugError(f"stopped after {backend_errors} pairs in a row could not be assessed: {outcome}; "
                              "fix the backend and rerun the same command to resume")

    def assess(item: PoolItem) -> CotAssessment | FilterAnswerError:
        try:
            return physics_filter.assess(item.prompt)
        except FilterAnswerError as exc:
            return exc

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: dict[Future, PoolItem] = {}
        queue = iter(todo)
        position = 0
        while True:
            while len(pending) < workers and not (cancel is not None and cancel.cancelled):
                item = next(queue, None)
                if item is None:
                    break
                pending[pool.submit(assess, item)] = item
            if not pending:
                break
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                item = pending.pop(future)
                try:
                    record(item, future.result())
                except PhyAugError:
                    for other in pending:
                        other.cancel()
                    raise
                position += 1
                if progress is not None:
                    progress(position, len(todo), f"assessed {item.prompt[:60]}")
        summary.cancelled = cancel is not None and cancel.cancelled and position < len(todo)
    summary.elapsed_s = time.perf_counter() - started
    return summary


def read_filter_results(out_dir: str | Path) -> list[dict[str, Any]]:
    rows = read_jsonl(Path(out_dir) / FILTER_FILE)
    if not rows:
        raise PhyAugError(f"{Path(out_dir) / FILTER_FILE} holds no results: run the filter step first")
    return rows


# ----------------------------------------------------------------------------- step 2: the visual check
def run_vlm_check(rows: Iterable[dict[str, Any]], judge: PhysicsJudge, out_dir: str | Path, *,
                  threshold: float = DEFAULT_VLM_THRESHOLD, max_frames: int | None = None,
                  progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> StepSummary:
    """Ask the judge whether each kept pair's real video shows what the parse says (its semantic adherence to
    the parsed actions and outcomes); ``pass`` = SA ≥ threshold. A judge that measures no SA (the embedded
    motion judge) cannot do this, and the step says so instead of passing everything."""
    started = time.perf_counter()
    out_dir = Path(out_dir).expanduser()
    results = out_dir / VLM_CHECK_FILE
    done = {row.get("id") for row in read_jsonl(results, repair=True)}
    kept = [row for row in rows if row.get("physics_label")]
    todo = [row for row in kept if row.get("id") not in done]
    summary = StepSummary(out_dir, planned=len(kept), skipped=len(kept) - len(todo))
    for position, row in enumerate(todo):
        if cancel is not None and cancel.cancelled:
            summary.cancelled = True
            break
        parse = PhysicsParse.from_dict(row.get("parse") or {})
        text = parse.action_text() or str(row.get("original", ""))
        if progress is not None:
            progress(position, len(todo), f"checking {text[:60]}")
        line: dict[str, Any] = {"id": row["id"], "video": row.get("video"), "text": text, "threshold": threshold,
                                "judge_id": judge.judge_id, "judge_kind": judge.kind}
        try:
            scores = judge.score(Video.load(row["video"], max_frames=max_frames), text)
        except (JudgeError, VideoReadError, OSError) as exc:
            summary.failed += 1
            summary.errors.append(f"{row['id']}: {exc}")
            continue  # not recorded: retried on the next run
        if scores.sa is None:
            raise PhyAugError(f"judge {judge.judge_id!r} ({judge.kind}) does not measure semantic adherence, so it "
                              "cannot check videos against the parse; use --judge vlm, openai or remote")
        line.update(sa=float(scores.sa), pc=scores.pc, passed=bool(scores.sa >= threshold))
        append_row(results, line)
        summary.completed += 1
        summary.kept += int(line["passed"])
    if progress is not None and not summary.cancelled:
        progress(len(todo), len(todo), "checked")
    summary.elapsed_s = time.perf_counter() - started
    return summary


def vlm_verdicts(out_dir: str | Path) -> dict[str, bool]:
    """id → passed, for the pairs the visual check has seen (empty when the step was not run)."""
    return {str(row["id"]): bool(row.get("passed")) for row in read_jsonl(Path(out_dir) / VLM_CHECK_FILE)}
