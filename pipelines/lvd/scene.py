"""What the physics planner's stages share: the frame's geometry, one object's pose, the world's
scale, the placed objects, and the scene object the motion and camera stages read from."""

from __future__ import annotations

from dataclasses import dataclass, field

from .motions import Motion, SceneReading

GRAVITY_M_S2 = 9.81
GROUND_Y = 0.90
HORIZON_Y = 0.45
EDGE_MARGIN = 0.04
TOP_DOWN_HEADED = frozenset(("walker", "vehicle", "swimmer", "flyer"))


@dataclass(frozen=True)
class Pose:
    """Where one object is at one instant: ``x`` = box centre, ``y`` = box bottom (at depth 1)."""

    x: float
    y: float
    depth: float = 1.0
    visible: bool = True
    heading: float = 0.0  # radians, top-down views only
    squash: float = 1.0  # < 1 once a breakable object has shattered into a flat heap

    def changed(self, **fields) -> "Pose":
        """A copy with ``fields`` changed: the simulation makes thousands, and ``dataclasses.replace``, or even the
        frozen class's ``__init__`` (one ``object.__setattr__`` per field), costs far more than filling the copy's
        ``__dict__``."""
        if not _POSE_FIELDS.issuperset(fields):
            raise TypeError(f"Pose has no field {sorted(set(fields) - _POSE_FIELDS)[0]!r}")
        copy = object.__new__(Pose)
        copy.__dict__.update(self.__dict__, **fields)
        return copy


_POSE_FIELDS = frozenset(Pose.__dataclass_fields__)


@dataclass(frozen=True)
class World:
    scale_m: float  # one frame height, metres
    duration_s: float
    top_down: bool

    @property
    def gravity(self) -> float:
        return 0.0 if self.top_down else GRAVITY_M_S2 / self.scale_m

    def m(self, metres: float) -> float:
        return metres / self.scale_m


@dataclass
class Instance:
    id: int
    entity: int
    name: str
    attributes: tuple[tuple[str, str], ...]
    mobility: str
    material: str
    width: float  # frame units at depth 1
    height: float
    speed: float  # own speed, frame units per second
    start: Pose
    screen_space: bool  # explicit screen regions with a vertical component: no ground contact
    row_offset: float = 0.0  # offset from its group's centre, kept when the group goes somewhere together


@dataclass
class Scene:
    """The prompt's reading, the placed objects and the world's scale, handed to every motion and
    camera function as one value; ``events`` collects the plain-words story of the object being
    simulated (``narrating`` gives each object its own list)."""

    reading: SceneReading
    instances: list[Instance]
    world: World
    events: list[str] = field(default_factory=list)
    pan_deg_s: float | None = None  # the camera's pan rate once fitted to the objects it must keep in view
    zoom_factor: float | None = None  # the zoom's focal-length change once fitted the same way

    def narrating(self) -> Scene:
        """A copy with its own empty ``events`` (built directly: ``dataclasses.replace`` costs far more)."""
        return Scene(**{**self.__dict__, "events": []})

    def target_of(self, motion: Motion) -> Instance | None:
        """The first object of the group a motion's relation names (``toward the dog``), if any."""
        if motion.target is None:
            return None
        for inst in self.instances:
            if inst.entity == motion.target:
                return inst
        return None


def clip(value: float, lo: float, hi: float) -> float:
    """``value`` held inside [lo, hi]; the middle when the range is empty (an object wider than its room)."""
    if lo > hi:
        return (lo + hi) / 2
    return min(hi, max(lo, value))
