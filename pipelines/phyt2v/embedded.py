"""The embedded PhyT2V reasoner: laws from a knowledge base, mismatch from measured motion, no model.

It lets the refinement loop run on a CPU with the embedded planner, preview, captioner and judge.
Laws come from ``knowledge`` applied to the planner's reading of the prompt. The mismatch
compares what each law predicts with what the captioner *measured*: the motion captioner's
``details["tracks"]`` (per-object facts: travel, vertical acceleration, bounces, size change,
rest, exits), or, for a caption from a VLM, its words. The refined prompt is the user's prompt
with the laws stated explicitly, the violated ones first; each sentence is checked against the
planner's reader so it cannot add objects or moves the user did not ask for.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..core.judging import Caption, JudgeScores
from ..lvd.prompt_reading import no_object_message, read_prompt
from .knowledge import LAWS, ObjectLaws, changes_reading_as_allowed, scene_object_laws, statement
from .reasoning import MAX_REFINED_WORDS, Mismatch, ReasonerError, Refinement, SceneLaws

EMBEDDED_REASONER_ID = "embedded-physics"

# Thresholds on the motion captioner's facts (positions in frame sides, accelerations in frame heights/s²),
# the same scale the captioner words its sentences with.
MOVE = 0.1  # net travel that counts as moving in a direction
SPEEDING_UP = 0.3  # vertical acceleration the captioner calls "speeding up"
UPWARD = 0.3  # upward acceleration beyond this is against gravity
HIGHER = 0.05  # rising this much above the release point gains energy
DRAG_MAX_ACCEL = 1.5  # a drag-limited fall accelerating harder than this "drops like a stone"
GROWS, SHRINKS = 1.1, 0.9  # size ratios (end / start) an approach / a retreat must pass
MIN_FALL_S = 1.0  # a fall that ends sooner spans too few frames of a keyframed video to show its acceleration
MISSING_LAW = "visibility"


@dataclass(frozen=True)
class Violation:
    object: str
    law: str  # a knowledge-base law, or "visibility" for an object the caption does not show
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"object": self.object, "law": self.law, "message": self.message}


# ------------------------------------------------------------------------------ measured facts


def _checks_on_facts(obj: ObjectLaws, f: dict[str, Any]) -> list[Violation]:
    """Compare one tracked object's measured facts with what its laws predict."""
    name, found = obj.name, []

    def flag(law: str, message: str) -> None:
        found.append(Violation(name, law, message))

    accel = f.get("accel_y")
    bounces = len(f.get("bounce_frames") or [])
    dropped = obj.in_flight and not {"throw", "jump"} & set(obj.kinds)
    rest_s = f.get("rest_s")
    too_short = rest_s is not None and rest_s < MIN_FALL_S  # landed too soon to measure an acceleration
    if "gravity" in obj.laws and obj.in_flight:
        if not f["moved"]:
            flag("gravity", f"the {name} should fall under gravity, but it hangs still in the {f['start_region']}")
        elif f.get("erratic"):
            flag("gravity", f"the {name} jumps about; under gravity it should follow one smooth arc")
        elif accel is not None and accel < -UPWARD:
            flag("gravity", f"the {name} accelerates upward, against gravity")
        elif dropped and not bounces and f["dy"] <= -MOVE:
            flag("gravity", f"the {name} rises instead of falling")
        elif not bounces and not too_short and f["dy"] >= MOVE and (accel is None or accel <= SPEEDING_UP):
            flag("gravity", f"the {name} moves down at a steady speed; under gravity it should speed up as it falls")
        elif "throw" in obj.kinds and abs(f["dx"]) >= MOVE and f["rise"] < HIGHER and f["fall"] < HIGHER:
            flag("gravity", f"the {name} flies in a straight line; a thrown object should curve downward")
        if f.get("exit_edge") == "bottom" and ({"elasticity", "fracture"} & set(obj.laws) or "land" in obj.kinds):
            flag("gravity", f"the {name} drops out through the bottom of the frame instead of landing on the ground")
    if "gravity" in obj.laws and obj.at_rest and f["moved"] and f["dy"] <= -MOVE:
        flag("gravity", f"the {name} floats upward although nothing lifts it")
    if "elasticity" in obj.laws and f["moved"]:
        floor = (f.get("bounce_y") or [None])[-1]
        if obj.bounces and not bounces and not f.get("erratic"):
            flag("elasticity", f"the {name} never bounces; it should rebound from the ground, lower each time")
        elif bounces and dropped and f["rise"] > HIGHER:
            flag("elasticity", f"the {name} rebounds higher than it was dropped from; each bounce should be lower")
        elif bounces and floor is not None:
            start_height = floor - f["start_xy"][1]
            end_height = floor - f["end_xy"][1]
            if end_height > start_height + f["rise"] + HIGHER:
                flag("elasticity", f"the {name} bounces higher over time; each bounce should be lower")
    if "fracture" in obj.laws and bounces:
        flag("fracture", f"the {name} bounces, but a brittle {name} shatters on impact and stops")
    if "friction" in obj.laws and f["moved"] and not f.get("comes_to_rest"):
        flag("friction", f"the {name} keeps sliding; friction should slow it until it stops")
    if "buoyancy" in obj.laws and f["moved"]:
        if obj.mobility == "buoyant" and f["dy"] >= MOVE:
            flag("buoyancy", f"the {name} sinks; buoyancy should lift it")
        elif obj.mobility == "swimmer" and abs(f["dy"]) >= MOVE:
            verb = "sinks" if f["dy"] > 0 else "lifts out of the water"
            flag("buoyancy", f"the {name} {verb}; buoyancy should hold it at the water line")
    if obj.mobility == "buoyant" and "buoyancy" in obj.laws and not f["moved"] and not obj.at_rest:
        flag("buoyancy", f"the {name} does not rise; buoyancy should lift it")
    if "drag" in obj.laws and obj.mobility == "flutter" and accel is not None and accel > DRAG_MAX_ACCEL:
        flag("drag", f"the {name} drops like a stone; air drag should keep its fall slow and steady")
    if "perspective" in obj.laws:
        ratio = f.get("size_ratio", 1.0)
        if obj.camera_relative == "closer" and ratio < GROWS:
            flag("perspective", f"the {name} does not grow although the distance to the camera shrinks")
        elif obj.camera_relative == "farther" and ratio > SHRINKS:
            flag("perspective", f"the {name} does not shrink although the distance to the camera grows")
    return found


def _unseen(obj: ObjectLaws) -> Violation:
    """Nothing in the video moves the way ``obj`` should: blame the law that makes it move."""
    name = obj.name
    if "gravity" in obj.laws and obj.in_flight:
        return Violation(name, "gravity", f"the {name} hangs still: nothing in the video moves, but under gravity it should fall")
    if obj.at_rest and "momentum" in obj.laws:
        return Violation(name, "momentum", f"the {name} does not react when it is struck")
    if "perspective" in obj.laws:
        return Violation(name, "perspective", f"the {name} keeps its size although its distance to the camera changes")
    if "buoyancy" in obj.laws and obj.mobility == "buoyant":
        return Violation(name, "buoyancy", f"the {name} does not rise; buoyancy should lift it")
    return Violation(name, MISSING_LAW, f"the caption shows nothing that moves like the {name} should")


def assign_tracks(objects: list[ObjectLaws], tracks: list[dict[str, Any]], colors: dict[str, str]) -> dict[int, list[dict]]:
    """One track for each object expected to move (the same colour first, then in order of appearance),
    and a moving track of its colour for an object that should stay put.

    ``colors`` maps an object's noun to the colour the prompt gives it; the captioner names each
    track's colour, which is the only link between a tracked blob and a noun.
    """
    movers = [i for i, obj in enumerate(objects) if obj.expects_motion() or "momentum" in obj.laws]
    free = list(range(len(tracks)))
    assigned: dict[int, list[dict]] = {i: [] for i in movers}
    for i in movers:
        wanted = colors.get(objects[i].name)
        match = next((t for t in free if wanted and tracks[t].get("color") == wanted), None)
        if match is not None:
            free.remove(match)
            assigned[i].append(tracks[match])
    for i in movers:
        if assigned[i] or not free:
            continue
        match = next((t for t in free if tracks[t].get("moved")), free[0])
        free.remove(match)
        assigned[i].append(tracks[match])
    for i, obj in enumerate(objects):  # something that should stay put but moves: only a colour can tell
        wanted = colors.get(obj.name)
        match = next((t for t in free if wanted and tracks[t].get("color") == wanted and tracks[t].get("moved")), None)
        if i not in assigned and match is not None:
            free.remove(match)
            assigned[i] = [tracks[match]]
    return assigned


# ------------------------------------------------------------------------------ caption words

# For captions without measured tracks (a VLM's words): phrases that contradict a law.
TEXT_CONTRADICTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "gravity": (("hover", "hovers in the air instead of falling"), ("floats in the air", "floats in the air instead of falling"),
                ("constant speed", "moves at a constant speed instead of speeding up as it falls"),
                ("does not fall", "does not fall"), ("through the floor", "passes through the floor"),
                ("through the ground", "passes through the ground")),
    "elasticity": (("higher each", "bounces higher each time instead of lower"),
                   ("bounces higher", "bounces higher instead of lower")),
    "friction": (("speeds up", "speeds up while sliding with nothing pushing it"), ("accelerat", "speeds up while sliding")),
    "buoyancy": (("sinks", "sinks instead of floating"),),
    "fracture": (("bounces", "bounces instead of shattering"),),
}
TEXT_EXPECTED: dict[str, tuple[tuple[str, ...], str]] = {
    "elasticity": (("bounc", "rebound"), "the caption never mentions a bounce"),
}


def _checks_on_text(obj: ObjectLaws, text: str) -> list[Violation]:
    found = []
    for law in obj.laws:
        for phrase, message in TEXT_CONTRADICTIONS.get(law, ()):
            if phrase in text:
                found.append(Violation(obj.name, law, f"the {obj.name} {message}"))
                break
        expected = TEXT_EXPECTED.get(law)
        if expected and obj.bounces and not any(word in text for word in expected[0]):
            found.append(Violation(obj.name, law, f"{expected[1]} of the {obj.name}"))
    return found


def _mentions(text: str, noun: str) -> bool:
    words = noun.split()
    return any(re.search(rf"\b{re.escape(w)}(s|es)?\b", text) for w in (noun, words[-1]))


# ------------------------------------------------------------------------------ refined prompt


def _sentence_case(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?" else text + "."


def physics_prompt(prompt: str, focus: list[tuple[str, str]], objects: list[ObjectLaws],
                   max_words: int = MAX_REFINED_WORDS) -> tuple[str, list[str], list[str]]:
    """The user's prompt followed by law sentences: ``focus`` (object, law) pairs first, then the rest.

    Returns (text, sentences added, notes). A sentence is skipped when it would not fit the word
    budget or when the planner's reader would take it for a new object or move.
    """
    base = _sentence_case(prompt)
    notes: list[str] = []
    words = base.split()
    if len(words) > max_words:
        base = " ".join(words[:max_words])
        notes.append(f"the prompt is longer than {max_words} words; kept its first {max_words}")
        return base, [], notes
    by_name = {obj.name: obj for obj in objects}
    order = list(dict.fromkeys(
        [(name, law) for name, law in focus if name in by_name and law in LAWS and law in by_name[name].laws]
        + [(obj.name, law) for obj in objects for law in obj.laws]
    ))
    before = read_prompt(base)
    all_laws = tuple(dict.fromkeys(law for obj in objects for law in obj.laws))
    text, added = base, []
    for name, law in order:
        sentence = statement(law, by_name[name])
        if sentence in added:
            continue
        candidate = f"{text} {sentence}"
        if len(candidate.split()) > max_words:
            notes.append(f"left out ({max_words}-word limit): {sentence}")
            continue
        if not changes_reading_as_allowed(before, read_prompt(candidate), all_laws):
            notes.append(f"left out (the planner would misread it): {sentence}")
            continue
        text = candidate
        added.append(sentence)
    return text, added, notes


# ------------------------------------------------------------------------------ the reasoner


def _parse_violations(mismatch: Mismatch, objects: list[ObjectLaws]) -> list[tuple[str, str]]:
    """(object, law) pairs from the embedded mismatch's JSON, or found by name in another reasoner's issues."""
    try:
        data = json.loads(mismatch.raw)
        return [(v["object"], v["law"]) for v in data.get("violations", [])]
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    pairs = []
    for issue in mismatch.issues:
        lowered = issue.lower()
        for obj in objects:
            if _mentions(lowered, obj.name):
                pairs.extend((obj.name, law) for law in obj.laws if law in lowered)
    return pairs


class EmbeddedReasoner:
    """Reasoner backed by the physics knowledge base; deterministic and instant."""

    reasoner_id = EMBEDDED_REASONER_ID

    def object_laws(self, prompt: str) -> list[ObjectLaws]:
        if not isinstance(prompt, str) or not prompt.strip():
            raise ReasonerError("the prompt is empty: describe the objects and how they move")
        reading = read_prompt(prompt)
        if not reading.entities:
            raise ReasonerError(no_object_message(prompt))
        return scene_object_laws(reading)

    def extract_laws(self, prompt: str) -> SceneLaws:
        objects = self.object_laws(prompt)
        laws = tuple(dict.fromkeys(law for obj in objects for law in obj.laws))
        lines = []
        for law in laws:
            names = ", ".join(f"the {obj.name}" for obj in objects if law in obj.laws)
            lines.append(f"{law} ({names}): {LAWS[law].prediction}")
        raw = json.dumps({"objects": [{"name": o.name, "laws": list(o.laws), "moves": list(o.kinds)} for o in objects]})
        return SceneLaws(objects=tuple(o.name for o in objects), laws=laws,
                         explanation="; ".join(lines) or "no physical law to check: nothing in the prompt moves", raw=raw)

    def find_mismatch(self, prompt: str, caption: Caption, laws: SceneLaws) -> Mismatch:
        objects = self.object_laws(prompt)
        reading = read_prompt(prompt)
        colors = {e.noun: v for e in reading.entities for k, v in e.attributes if k == "color"}
        tracks = caption.details.get("tracks") if isinstance(caption.details, dict) else None
        text = caption.text.lower()
        violations: list[Violation] = []
        thoughts = [f"Laws: {laws.explanation or 'none'}."]
        if isinstance(tracks, list):
            assigned = assign_tracks(objects, tracks, colors)
            for index, facts in assigned.items():
                obj = objects[index]
                if not facts:
                    violations.append(_unseen(obj))
                    continue
                for f in facts:
                    thoughts.append(f"Measured for the {obj.name} ({f.get('color')} track {f.get('track')}): "
                                    f"{_measured_motion(f)}.")
                    violations.extend(_checks_on_facts(obj, f))
        else:
            for obj in objects:
                if not _mentions(text, obj.name):
                    violations.append(Violation(obj.name, MISSING_LAW, f"the caption does not mention the {obj.name}"))
                violations.extend(_checks_on_text(obj, text))
        violations = list(dict.fromkeys(violations))
        issues = tuple(f"{v.message} ({v.law})" for v in violations)
        if violations:
            summary = f"{len(violations)} problem{'s' if len(violations) > 1 else ''}: {violations[0].message}" + (
                f"; and {len(violations) - 1} more" if len(violations) > 1 else "")
        else:
            summary = "the measured motion agrees with the laws of the prompt; no mismatch found"
        thoughts.append("Compare: " + ("; ".join(issues) if issues else "every prediction holds") + ".")
        raw = json.dumps({"violations": [v.to_dict() for v in violations]})
        return Mismatch(summary=summary, issues=issues, reasoning=" ".join(thoughts), raw=raw)

    def refine(self, prompt: str, current_prompt: str, laws: SceneLaws, mismatch: Mismatch,
               scores: JudgeScores | None) -> Refinement:
        objects = self.object_laws(prompt)
        violated = _parse_violations(mismatch, objects)
        focus = [(name, law) for name, law in violated if law != MISSING_LAW]
        text, added, notes = physics_prompt(prompt, focus, objects)
        unseen = [name for name, law in violated if law == MISSING_LAW]
        for name in dict.fromkeys(unseen):
            candidate = f"{text} The {name} is clearly visible throughout."
            if len(candidate.split()) <= MAX_REFINED_WORDS and changes_reading_as_allowed(
                    read_prompt(_sentence_case(prompt)), read_prompt(candidate), laws.laws):
                text = candidate
                added.append(f"The {name} is clearly visible throughout.")
        law_names = ", ".join(laws.laws) or "none"
        wrong = "; ".join(mismatch.issues) or "nothing measurable"
        score = "" if scores is None or scores.pc is None else f" PC was {scores.pc:.2f}."
        reasoning = (f"Step back: which laws govern this scene? {law_names}. What went wrong: {wrong}.{score} "
                     f"The rewrite keeps the user's prompt and states "
                     + (f"{len(added)} law sentence(s), the violated laws first: " + " ".join(added) if added
                        else "no extra physics (no law applies that the prompt does not already state)")
                     + ("" if not notes else " Notes: " + "; ".join(notes) + "."))
        if text == current_prompt:
            reasoning += " The refined prompt equals the current one: the laws are already stated."
        return Refinement(prompt=text, reasoning=reasoning, raw=json.dumps({"added": added, "notes": notes}))


def _measured_motion(f: dict[str, Any]) -> str:
    """The tracked facts in words (fractions of the frame height; acceleration in frame heights per s²)."""
    if not f.get("moved"):
        return "it did not move"
    dy = float(f.get("dy") or 0.0)
    parts = [f"moved {'down' if dy > 0 else 'up'} {abs(dy):.0%} of the frame height" if abs(dy) >= 0.01
             else "moved sideways"]
    accel = f.get("accel_y")
    parts.append("no vertical acceleration could be measured" if accel is None
                 else f"vertical acceleration {accel:+.2f} frame heights/s²")
    bounces = len(f.get("bounce_frames") or [])
    if bounces:
        parts.append(f"{bounces} bounce{'s' if bounces > 1 else ''}")
    if float(f.get("rise") or 0.0) >= 0.01:
        parts.append(f"rose {float(f['rise']):.0%} at most")
    ratio = f.get("size_ratio")
    if ratio is not None and abs(float(ratio) - 1.0) >= 0.1:
        parts.append(f"{'grew' if ratio > 1 else 'shrank'} to {float(ratio):.1f}× its size")
    if f.get("comes_to_rest"):
        parts.append("came to rest")
    return ", ".join(parts)
