"""What the reader produces: objects, their attributes and their moves, and how modifiers set them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .object_classes import ObjectClass
from .prompt_tokens import region_point
from .vocabulary import ENTRY_SIDE_UNSAID, NEGATED_WORDS, VERB_KINDS

STATE_WORDS = frozenset(("absent", "missing", "gone", "longer"))  # a disappearance said as a state
# verbs of staying there, whose "until the midpoint" is being there until then unless a stillness or a move is told
PRESENCE_VERBS = frozenset(("", "stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining",
                            "linger", "lingers", "lingered", "lingering"))
_STILLNESS_SAID_RE = re.compile(r"\b(?:still|motionless|unmoving|frozen|stock-still)\b")
# "..., when it runs to the right", "... then walks off": a move told after the time, in the same sentence
_MOVE_TOLD_AFTER_RE = re.compile(r"[^.;!?]*?\b(?:then|when|before|after which)\b")
DEFAULT_WAY = "right"  # the way of a move that must go somewhere but names no way: left to right, as a reader reads


@dataclass
class Motion:
    """One verb's worth of movement for one object, with the phrases that modify it."""

    kind: str
    verb: str = ""
    step: int = 0  # index of the "then"-separated step it belongs to
    start: tuple[float | None, float | None] | None = None  # region centre (x, y); None on unspecified axes
    end: tuple[float | None, float | None] | None = None
    direction: str | None = None  # left | right | up | down
    relation: str | None = None  # toward | away | past | around | behind | front | next | on | to | by
    target: int | None = None  # entity index the relation points at
    depth: str | None = None  # closer | farther (to the camera) | far | near
    enters_from: str | None = None
    exits: bool = False
    at_fraction: float | None = None  # "halfway" etc.
    speed: float = 1.0
    apex: float | None = None
    bounces: bool = False
    breaks: bool = False
    circle: bool = False
    particle: str | None = None  # camera: in / out
    side_start: str | None = None  # left | right of ``target`` where the move starts
    side_end: str | None = None  # left | right of ``target`` where it ends
    window: str | None = None  # first | second: "only in the first half"
    along: tuple[float | None, float | None] | None = None  # the frame edge the leg runs along ("up the left edge")
    window_at: int | None = None  # token index of the window phrase: said before the thing was named, it is when it came
    done_by: bool = False  # "by the end it has climbed": the said time is when the move is complete, not when it starts
    placed: bool = False  # set where it is by another's verb of placing ("puts a book on a table"), no move of its own


@dataclass
class Entity:
    noun: str  # singular, as the user wrote it ("puppy")
    cls: ObjectClass
    count: int
    known: bool
    attributes: list[tuple[str, str]] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    agent: int | None = None  # who threw/kicked/dropped it
    member_colours: list[str] = field(default_factory=list)  # "two cups, one red and one blue": the k-th member's colour
    companion: tuple[int, str] | None = None  # (the object it moves with, "behind" | "on" | "trail"): "a cart pulled by a donkey"
    named_at: int | None = None  # token index of the first mention
    changes: bool = False  # the subject of a verb that changes it where it is ("a lantern swings"): it takes part
    on_surface: bool = False  # a light thing said only to rest on a surface of its own ("a leaf floats on the water")


def remove_entity(entities: list[Entity], index: int, camera: list[Motion] = ()) -> Entity:
    """Take one object out of a reading; every index that pointed past it shifts, one that pointed at it is cleared.

    Motions and agents refer to objects by position, so a removal that did not renumber them would leave a
    relation aimed at the wrong object or beyond the list."""
    removed = entities.pop(index)

    def renumbered(old: int | None) -> int | None:
        if old is None or old < index:
            return old
        return None if old == index else old - 1

    for entity in (*entities, removed):  # the removed object's own moves may be handed to another
        entity.agent = renumbered(entity.agent)
        if entity.companion is not None:
            leader = renumbered(entity.companion[0])
            entity.companion = None if leader is None else (leader, entity.companion[1])
        for motion in entity.motions:
            motion.target = renumbered(motion.target)
    for motion in camera:
        motion.target = renumbered(motion.target)
    return removed


@dataclass
class SceneReading:
    entities: list[Entity]
    camera: list[Motion]
    top_down: bool
    background: str
    background_assumed: bool
    depth_hint: str | None
    notes: list[str]

    def material_of(self, index: int) -> str:
        entity = self.entities[index]
        for key, value in entity.attributes:
            if key == "material":
                return value
        return entity.cls.material


def awaited_one(entities: list[Entity], name: str, attributes: list[tuple[str, str]]) -> int | None:
    """The one ``name`` told so far only as not there in the first half ("the ball is absent in the first half"), which
    a bare "a ball" told after it is: the thing awaited, not a second one. One told apart by a describing word the
    absent one lacks ("a blue ball" after "the red ball", "a black cat" after "a cat") is another; what it is doing,
    "a moving ball", tells nothing apart. Only a half said with the absence counts:
    a time said as "until ..." or "at first" is read only when its sentence ends, and an absence "until the end" is
    read as a thing seen first and gone at the end, so its arrival stays a second thing."""
    for index in range(len(entities) - 1, -1, -1):
        entity = entities[index]
        if entity.noun != name:
            continue
        if entity.count != 1 or not entity.motions or any(
                kind != "detail" and (kind, value) not in entity.attributes for kind, value in attributes):
            return None
        awaited = all(m.kind == "appear" and NEGATED_WORDS & set(m.verb.split()) and m.window == "second"
                      for m in entity.motions)
        return index if awaited else None
    return None


def held_first(motion: Motion) -> bool:
    """"Two dogs sat in the first half": a state told for the first half, read alone as there then and gone after."""
    return motion.kind in ("rest", "disappear") and motion.window == "first" and VERB_KINDS.get(motion.verb) == "rest"


def held_on(motion: Motion) -> Motion:
    """A state told for the first half as kept on, where only another member of its group is told to go then."""
    return replace(motion, kind="rest", window=None, at_fraction=None) if held_first(motion) else motion


def _on_edge(point, edge):
    """A place on a leg said to run along an edge: the edge fixes the axis the place leaves open."""
    if point is None or edge is None:
        return point
    return tuple(p if p is not None else e for p, e in zip(point, edge))


def window_said(first: bool, window, current: list[Motion]) -> str:
    """The window a time word ``window`` (a match in its text) gives the clause's motions: "second", "first", or
    "until", a stillness that ends then ("sits until the midpoint", "stays still until halfway, then runs"); a verb of
    staying there said alone ("stays until the midpoint", "remains on the left until halfway", "is around until
    then", a time before any verb) is being there until then, "first", unless a move is told after it ("..., then
    runs to the right")."""
    if not first:
        return "second"
    if window.group("until") is None:
        return "first"
    text = window.string
    said_before = text[max(text.rfind(".", 0, window.start()), text.rfind(";", 0, window.start())) + 1:window.start()]
    if all(motion.kind == "rest" and motion.verb in PRESENCE_VERBS for motion in current) \
            and not _STILLNESS_SAID_RE.search(said_before) and not _MOVE_TOLD_AFTER_RE.match(text, window.end()):
        return "first"
    return "until"


def set_modifier(motion: Motion, key: str, value: object) -> None:
    if key in ("from_region", "to_region") and motion.along is not None:
        value = _on_edge(value, motion.along)  # "up the left edge from bottom to top": both ends on the left
    if key == "edge":
        motion.along = value  # type: ignore[assignment]
        motion.start, motion.end = _on_edge(motion.start, value), _on_edge(motion.end, value)  # type: ignore[arg-type]
    elif key == "from_region":
        motion.start = value  # type: ignore[assignment]
    elif key == "to_region" and motion.kind == "disappear" and motion.verb.startswith(("leav", "exit", "left")):
        motion.kind, motion.start = "move", value  # type: ignore[assignment]  # "leaves the lower right": it starts there
    elif key == "to_region":
        motion.end = value  # type: ignore[assignment]
    elif key == "at_region":
        if motion.start is None:
            motion.start = value  # type: ignore[assignment]
    elif key == "dir":
        motion.direction = value  # type: ignore[assignment]
    elif key == "relation" and str(value[0]).startswith("side_"):  # type: ignore[index]
        role, side = value[0][5:].split(":")  # type: ignore[index]
        if role == "start" and motion.side_start is not None and motion.side_end is None:
            role = "end"  # "is to the left of a dog at first and later to its right": the second place is the end
        setattr(motion, f"side_{role}", side)
        motion.target = value[1]  # type: ignore[index]
    elif key == "side":
        role, side, other = value  # type: ignore[misc]
        if role == "start" and motion.side_start is not None and motion.side_end is None:
            role = "end"  # "was on the left of a fox, is on its right": the second place is the end
        setattr(motion, f"side_{role}", side)
        if motion.target is None and other is not None:
            motion.target = other  # "passes a ball, moving from its right": "its" is the ball
    elif key == "window":
        if value == "until":  # ``window_said``'s stillness until a time, or "is seen until the midpoint"
            if motion.kind == "rest":
                return  # "sits until the midpoint, when it runs": the stillness ends then, and the thing stays in view
            value = "first"  # "is seen until the midpoint": there until then
        if motion.window is None and motion.kind == "appear" and NEGATED_WORDS & set(motion.verb.split()):
            value = "first" if value == "second" else "second"  # "not visible in the second half": absent there
        motion.window = value  # type: ignore[assignment]
    elif key == "relation":
        relation, target = value  # type: ignore[misc]
        if relation in ("from", "off") and motion.kind in ("fall", "jump", "throw", "bounce", "glide", "float"):
            relation = "off"
        motion.relation, motion.target = relation, target
    elif key == "depth":
        motion.depth = value  # type: ignore[assignment]
    elif key == "exit":
        motion.exits = True
    elif key == "enter" and value is None and motion.kind == "appear":
        pass  # "emerges into view": it appears where it is, nothing walks in
    elif key == "enter":
        motion.enters_from = value or ENTRY_SIDE_UNSAID  # type: ignore[assignment]
        if value is not None:
            motion.start = region_point(value)  # type: ignore[arg-type]
    elif key == "time" and motion.kind == "disappear" and value >= 0.75 and STATE_WORDS & set(motion.verb.split()):  # type: ignore[operator]
        motion.at_fraction = 0.5  # "absent at the end": gone by then, so it left in between
    elif key == "time":
        motion.at_fraction = value  # type: ignore[assignment]
    elif key == "done_by":
        motion.done_by = motion.kind not in ("rest", "visible", "appear", "disappear")  # a state has no finishing time
    elif key == "speed":
        motion.speed *= value  # type: ignore[operator]
    elif key == "apex":
        motion.apex = value  # type: ignore[assignment]
    elif key == "circle":
        motion.circle = True
    elif key == "particle":
        motion.particle = value  # type: ignore[assignment]
