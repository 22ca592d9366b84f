"""A small physics knowledge base: which laws govern which objects and moves, and what they predict.

The embedded reasoner and the layout critique share it. It does not parse English itself: the
prompt is read by the planner's reader (``prompt_reading.read_prompt``), whose motion kinds,
object classes (mobility, material) and camera moves map here to laws. Each law carries the
motion it predicts in image terms (what a tracker or a layout's boxes would show) and one
sentence that states it in a prompt. The sentences are worded so the same reader does not take
them for new objects or new moves (no direction words, no "the" before a word it does not
know): appended to a prompt, they leave the embedded planner's plan as it was, or change it only
the way the law asks (``ALLOWED_READING_CHANGES``). Tests hold every sentence to that.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lvd.kinematics import BREAKS_ON_IMPACT, RESTITUTION
from ..lvd.motions import SceneReading
from ..lvd.object_classes import COMPOUND_CLASSES, OBJECT_CLASSES, ObjectClass, singular


@dataclass(frozen=True)
class Law:
    name: str
    prediction: str  # the motion it predicts, in image terms
    statement: str  # states the law in a prompt; "{obj}" is the object's noun
    variants: tuple[tuple[str, str], ...] = ()  # (situation, statement): "at_rest", a mobility, "closer"/"farther"

    def sentence(self, noun: str, situations: tuple[str, ...] = ()) -> str:
        chosen = dict(self.variants)
        for situation in situations:
            if situation in chosen:
                return chosen[situation].format(obj=noun)
        return self.statement.format(obj=noun)


LAWS: dict[str, Law] = {law.name: law for law in (
    Law("gravity",
        "an unsupported object falls: its downward speed grows at a constant rate (y is a parabola in time) "
        "until it reaches the ground line, and it never sinks below that line or rises on its own",
        "The {obj} falls faster and faster under gravity, with constant acceleration, until it lands.",
        variants=(("at_rest", "Gravity holds the {obj} still; nothing lifts it."),)),
    Law("elasticity",
        "on impact the object rebounds; each rebound peaks lower than the last (restitution below 1) "
        "until it lies on the ground",
        "The {obj} bounces lower each time, losing energy at every impact."),
    Law("friction",
        "a sliding or rolling object with nothing pushing it slows steadily and comes to rest; it never speeds up",
        "Friction slows the {obj} until it stops."),
    Law("buoyancy",
        "a floating object stays at the water line; a lighter-than-air object rises, its climb settling to a "
        "steady terminal speed",
        "Buoyancy lifts the {obj} against gravity.",
        variants=(("swimmer", "Buoyancy holds the {obj} afloat, level at the surface."),)),
    Law("drag",
        "air drag limits a light object's fall to a slow, nearly constant speed, swaying as it descends",
        "Drag resists the {obj}, keeping descent slow and nearly constant, with gentle sway.",
        variants=(("glider", "The {obj} trades height for distance as lift and drag balance."),)),
    Law("perspective",
        "an object's image grows as the camera and the object approach each other and shrinks as they separate, "
        "steadily with the distance",
        "By perspective, the {obj} looks larger and larger as distance shrinks.",
        variants=(("farther", "By perspective, the {obj} looks smaller and smaller as distance grows."),)),
    Law("inertia",
        "a moving object keeps its velocity unless a force acts: a thrown object keeps its horizontal speed in "
        "flight, vehicles gain and lose speed gradually",
        "By inertia, the {obj} holds constant horizontal velocity while airborne, with no sudden jolts.",
        variants=(("vehicle", "By inertia, the {obj} gains and loses velocity gradually, with no sudden jolts."),
                  ("swimmer", "By inertia, the {obj} gains and loses velocity gradually, with no sudden jolts."))),
    Law("momentum",
        "in a collision the struck object starts moving in the direction of the blow while the striker slows; "
        "nothing passes through another object",
        "Momentum transfers at impact: the {obj} responds at once, never overlapping anything."),
    Law("fracture",
        "a brittle object (glass, ceramic, eggshell) shatters on impact and stops; it does not bounce",
        "The {obj} is brittle, so it shatters at impact into motionless shards."),
)}

# What the reader's motion kinds imply (top-down views have no gravity in the image plane, see below).
MOTION_LAWS: dict[str, tuple[str, ...]] = {
    "fall": ("gravity",),
    "throw": ("gravity", "inertia"),
    "bounce": ("gravity", "elasticity"),
    "land": ("gravity",),
    "jump": ("gravity",),
    "break": ("gravity", "fracture"),
    "roll": ("friction",),
    "drive": ("inertia",),
}
FLIGHT_KINDS = frozenset(("fall", "throw", "bounce", "land", "break"))
GRAVITY_LAWS = frozenset(("gravity", "elasticity", "drag", "buoyancy", "fracture"))  # need a side view
ELASTIC_RESTITUTION = 0.5  # materials at least this bouncy obey "elasticity" whenever they fly
SELF_PROPELLED = frozenset(("walker", "vehicle", "flyer", "swimmer"))
COLLISION_RELATIONS = frozenset(("to",))  # "rolls into", "slides to": contact, not a chase

# Sentences may change the planner's reading only as their law asks: friction ends a slide with a stop.
ALLOWED_READING_CHANGES: dict[str, frozenset[str]] = {"friction": frozenset(("rest",))}


@dataclass(frozen=True)
class ObjectLaws:
    """The laws one object of the scene obeys, with what the prompt says it does."""

    name: str  # the noun as the prompt reader keeps it ("ball", "tennis ball")
    entity: int | None  # index in the reading, None for an object named only in a layout
    laws: tuple[str, ...]
    kinds: tuple[str, ...]  # the reader's motion kinds for it, in order
    mobility: str
    material: str
    camera_relative: str | None = None  # "closer" or "farther" when the camera or the object changes distance
    bounces: bool = False

    @property
    def at_rest(self) -> bool:
        """Nothing in the prompt moves it (a boat that "floats" rests on the water)."""
        still = ("rest", "appear", "disappear", "float") if self.mobility == "swimmer" else ("rest", "appear", "disappear")
        return all(kind in still for kind in self.kinds)

    @property
    def in_flight(self) -> bool:
        """Something launches or drops it, so gravity shapes its path."""
        return bool(set(self.kinds) & (FLIGHT_KINDS | {"jump"}))

    def expects_motion(self) -> bool:
        return not self.at_rest or self.camera_relative is not None


def object_class(name: str) -> ObjectClass | None:
    """The reader's class for a layout object's name (layouts keep the noun, maybe plural or compound)."""
    name = name.strip().lower()
    if name in COMPOUND_CLASSES:
        return COMPOUND_CLASSES[name]
    for word in (name, name.split()[-1] if name else ""):
        base = singular(word)
        if base in OBJECT_CLASSES:
            return OBJECT_CLASSES[base]
    return None


def _camera_distance(reading: SceneReading) -> str | None:
    for motion in reading.camera:
        if motion.kind == "pan" or motion.particle in ("left", "right"):
            continue
        if motion.particle == "out" or motion.relation == "away":
            return "farther"
        return "closer"
    return None


def _laws_for(kinds: list[str], mobility: str, material: str, bounces: bool, breaks: bool, top_down: bool,
              distance: str | None, struck: bool) -> tuple[str, ...]:
    laws: list[str] = []
    for kind in kinds:
        laws.extend(MOTION_LAWS.get(kind, ()))
    flies = any(kind in FLIGHT_KINDS for kind in kinds)
    if mobility == "flutter" and (flies or "float" in kinds or "fly" in kinds):
        laws = [law for law in laws if law not in ("gravity", "elasticity")] + ["drag"]  # falls, but drag-limited
    if mobility == "glider" and kinds:
        laws.append("drag")
    if mobility == "buoyant" and ({"float", "fly", "rest"} & set(kinds) or not kinds):
        laws.append("buoyancy")
    if mobility == "swimmer" and material != "flesh":
        laws.append("buoyancy")  # boats: held at the water line
    if flies and mobility in ("ball", "passive"):
        if bounces or RESTITUTION.get(material, 0.0) >= ELASTIC_RESTITUTION:
            laws.append("elasticity")
        if breaks or material in BREAKS_ON_IMPACT:
            laws.append("fracture")
    if bounces:
        laws.append("elasticity")
    if mobility in ("ball", "passive") and not laws and all(k in ("rest", "appear", "disappear") for k in kinds):
        laws.append("gravity")  # resting: supported, must not float off
    if struck:
        laws.append("momentum")
    if distance is not None:
        laws.append("perspective")
    if "fracture" in laws:
        laws = [law for law in laws if law != "elasticity"]
    if top_down:
        laws = [law for law in laws if law not in GRAVITY_LAWS]
    return tuple(dict.fromkeys(laws))


def scene_object_laws(reading: SceneReading) -> list[ObjectLaws]:
    """Laws per object of a prompt reading (objects in the reader's order)."""
    camera = _camera_distance(reading)
    struck: set[int] = set()
    strikers: set[int] = set()
    for index, entity in enumerate(reading.entities):
        for motion in entity.motions:
            if (motion.target is not None and motion.relation in COLLISION_RELATIONS
                    and motion.kind in ("roll", "throw", "run", "move", "drive", "bounce")
                    and reading.entities[motion.target].cls.mobility in ("ball", "passive")):
                struck.add(motion.target)
                strikers.add(index)
    result = []
    for index, entity in enumerate(reading.entities):
        kinds = [m.kind for m in entity.motions]
        distance = camera
        for motion in entity.motions:
            if motion.depth in ("closer", "farther"):
                distance = motion.depth
        material = reading.material_of(index)
        bounces = any(m.bounces for m in entity.motions)
        breaks = any(m.breaks for m in entity.motions)
        laws = _laws_for(kinds, entity.cls.mobility, material, bounces, breaks, reading.top_down, distance,
                         index in struck or index in strikers)
        result.append(ObjectLaws(entity.noun, index, laws, tuple(kinds), entity.cls.mobility, material, distance,
                                 bounces or "bounce" in kinds))
    return result


def layout_object_laws(name: str, reading: SceneReading, scene: list[ObjectLaws]) -> ObjectLaws:
    """Laws for a layout object: the prompt's entry when the names agree, else from its class alone."""
    lowered = name.strip().lower()
    for laws in scene:
        if laws.name == lowered or laws.name == singular(lowered.split()[-1] if lowered else ""):
            return laws
    cls = object_class(lowered)
    camera = _camera_distance(reading)
    if cls is None:
        return ObjectLaws(lowered, None, ("perspective",) if camera else (), (), "passive", "", camera)
    laws = _laws_for([], cls.mobility, cls.material, False, False, reading.top_down, camera, False)
    return ObjectLaws(lowered, None, laws, (), cls.mobility, cls.material, camera)


def statement(law: str, obj: ObjectLaws) -> str:
    """The sentence that states ``law`` for ``obj`` (worded for its situation: at rest, a boat, receding...)."""
    situations = tuple(s for s in ("at_rest" if obj.at_rest else "", obj.mobility, obj.camera_relative or "") if s)
    return LAWS[law].sentence(obj.name, situations)


def reading_signature(reading: SceneReading) -> tuple:
    """What the planner acts on, minus the flags a law sentence may set (bounces, breaks)."""
    objects = tuple(
        (e.noun, e.count, tuple((m.kind, m.direction, m.relation, m.target, m.start, m.end, m.exits, m.depth, m.circle,
                                 m.speed, m.apex) for m in e.motions))
        for e in reading.entities
    )
    camera = tuple((m.kind, m.particle, m.relation, m.target) for m in reading.camera)
    return objects, camera, reading.top_down, reading.background


def changes_reading_as_allowed(before: SceneReading, after: SceneReading, laws: tuple[str, ...]) -> bool:
    """True when ``after`` (the prompt with law sentences) reads as ``before`` up to what ``laws`` allow.

    Allowed: extra motions of the kinds ``ALLOWED_READING_CHANGES`` lists for those laws, appended
    after an object's own moves (friction's "until it stops").
    """
    allowed = set().union(*(ALLOWED_READING_CHANGES.get(law, frozenset()) for law in laws)) if laws else set()
    old, new = reading_signature(before), reading_signature(after)
    if old[1:] != new[1:] or len(old[0]) != len(new[0]):
        return False
    for (noun, count, moves), (noun2, count2, moves2) in zip(old[0], new[0]):
        if (noun, count) != (noun2, count2) or moves2[:len(moves)] != moves:
            return False
        if any(extra[0] not in allowed for extra in moves2[len(moves):]):
            return False
    return True
