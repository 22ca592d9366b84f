"""The embedded ``physics`` planner: prompt → dynamic scene layout by simulation, no model.

It reads the prompt with rules (``prompt_reading``), places the objects, simulates their motion in
continuous time and samples the trajectories at the keyframes (0.5 s apart at 2 keyframes/s).

Units and assumptions (stated so the layouts can be checked, and repeated in each layout's reasoning):

* The canvas is square (aspect 1). Positions are in frame heights, y pointing down.
* Scale: one frame height is ``S`` metres at the reference depth, chosen per scene so the objects
  and their motion fit (at least 3 m). Gravity is 9.81 m/s² = 9.81 / S frame heights per s².
* Side view: a pinhole camera with a 50° vertical field of view, horizon at y = 0.45, ground
  contact line at y = 0.90 for objects at the reference depth; an object at depth ``d`` (in units
  of the reference distance) is drawn 1/d as large and its ground line moves toward the horizon.
* Bounces use a coefficient of restitution per material (``RESTITUTION``): the rebound speed is e
  times the impact speed; below 0.4 m/s the object stays down. Glass, ceramic and eggs break on
  impact and stop. After landing, balls roll with rolling resistance 0.03·g, other things slide
  with kinetic friction 0.5·g.
* Leaves, feathers and paper fall with quadratic drag (terminal speeds in ``FLUTTER_TERMINAL_M_S``)
  and a prescribed sideways flutter; paper airplanes glide with lift and drag (glide ratio 5,
  trim speed 4 m/s); balloons rise with net buoyancy 2 m/s² and quadratic drag.
* Walking, driving, flying and swimming are driven motions: speeds from the object's class (or
  the distance the prompt asks for over the time it allows), with a trapezoidal speed profile.
* Top-down views have no gravity and no ground line: motion happens in the plane.
* Tiny objects are drawn at least ``MIN_VISIBLE_SIDE`` wide so a video model can see them; that
  enlarges the box, never the motion.
"""

from __future__ import annotations

import math
import random
import time
from dataclasses import dataclass, replace

from ..core.layout import Box, Layout, LayoutError, LayoutObject, fit_overhang, in_view
from ..core.planning import PlannerError, PlanResult
from .prompt_reading import INSTANT_KINDS, SIZE_FACTORS, Entity, Motion, SceneReading, read_prompt

GRAVITY_M_S2 = 9.81
GROUND_Y = 0.90
HORIZON_Y = 0.45
CAMERA_VFOV_DEG = 50.0
SIM_DT_S = 1.0 / 240.0
MIN_FRAME_HEIGHT_M = 3.0
MAX_FRAME_HEIGHT_M = 400.0
MIN_VISIBLE_SIDE = 0.04
MAX_BOX_SIDE = 0.85
EDGE_MARGIN = 0.04
AIR_ALTITUDE_Y = 0.32  # box centre of flying things in a side view
SWIM_DEPTH_Y = 0.55
THROW_APEX_ABOVE_GROUND = 0.5  # default apex of a throw, in frame heights above the ground

RESTITUTION: dict[str, float] = {
    "rubber": 0.8, "felt": 0.75, "plastic": 0.5, "leather": 0.7, "wood": 0.35, "metal": 0.25,
    "cardboard": 0.15, "fabric": 0.1, "fruit": 0.15, "paper": 0.05, "flesh": 0.0, "stone": 0.0,
    "brick": 0.0, "ice": 0.2, "snow": 0.0, "glass": 0.0, "ceramic": 0.0, "eggshell": 0.0, "soap": 0.0,
}
BREAKS_ON_IMPACT = frozenset(("glass", "ceramic", "eggshell"))
REST_SPEED_M_S = 0.4
ROLLING_RESISTANCE = 0.03
SLIDING_FRICTION = 0.5
FLUTTER_TERMINAL_M_S = {"leaf": 1.0, "feather": 0.5, "paper": 0.8, "snow": 0.9}
FLUTTER_SWAY_M = 0.3
FLUTTER_PERIOD_S = 1.2
GLIDE_TRIM_SPEED_M_S = 4.0
GLIDE_RATIO = 5.0
BUOYANT_LIFT_M_S2 = 2.0
BUOYANT_TERMINAL_M_S = 1.2
CAMERA_DOLLY_IN_FRACTION = 0.55  # a dolly-in covers this share of the distance to its target
CAMERA_DOLLY_OUT_FRACTION = 1.0  # a pull-back doubles the distance
ZOOM_FACTOR = 2.0
PAN_DEG_S = 10.0
SEED_JITTER = 0.015
RELATION_WORDS = {"front": "in front of", "next": "next to", "to": "to", "by": "by"}
TOP_DOWN_HEADED = frozenset(("walker", "vehicle", "swimmer", "flyer"))


# ------------------------------------------------------------------------------ small data


@dataclass(frozen=True)
class Pose:
    """Where one object is at one instant: ``x`` = box centre, ``y`` = box bottom (at depth 1)."""

    x: float
    y: float
    depth: float = 1.0
    visible: bool = True
    heading: float = 0.0  # radians, top-down views only
    squash: float = 1.0  # < 1 once a breakable object has shattered into a flat heap


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


# ------------------------------------------------------------------------------ pure motion math


def trapezoid_progress(u: float, ramp: float = 0.2) -> float:
    """Share of the distance covered at time share ``u`` with equal speed-up and slow-down ramps."""
    u = min(1.0, max(0.0, u))
    peak = 1.0 / (1.0 - ramp)
    if u < ramp:
        return 0.5 * peak * u * u / ramp
    if u > 1.0 - ramp:
        return 1.0 - 0.5 * peak * (1.0 - u) ** 2 / ramp
    return peak * (u - ramp / 2)


def kinematic_move(start: Pose, end: Pose, t0: float, t1: float, times: list[float]) -> list[Pose]:
    span = max(t1 - t0, 1e-9)
    out = []
    for t in times:
        p = trapezoid_progress((t - t0) / span)
        out.append(
            replace(
                start,
                x=start.x + (end.x - start.x) * p,
                y=start.y + (end.y - start.y) * p,
                depth=start.depth + (end.depth - start.depth) * p,
                heading=math.atan2(end.y - start.y, end.x - start.x) if (end.x, end.y) != (start.x, start.y) else start.heading,
            )
        )
    return out


def circle_path(center: tuple[float, float], radius_x: float, radius_depth: float, start_angle: float,
                t0: float, t1: float, times: list[float], base: Pose, top_down: bool) -> list[Pose]:
    """One full turn at constant angular speed; in a side view the far half recedes in depth."""
    out = []
    for t in times:
        angle = start_angle + 2 * math.pi * (min(t, t1) - t0) / max(t1 - t0, 1e-9)
        if top_down:
            x = center[0] + radius_x * math.cos(angle)
            y = center[1] + radius_x * math.sin(angle)
            out.append(replace(base, x=x, y=y, heading=angle + math.pi / 2))
        else:
            x = center[0] + radius_x * math.cos(angle)
            depth = 1.0 + radius_depth * (1.0 - math.sin(angle))
            out.append(replace(base, x=x, depth=depth))
    return out


def _substeps(t0: float, times: list[float], t1: float):
    """Integration steps no longer than SIM_DT_S that land exactly on every sample time."""
    marks = sorted({t for t in times if t0 <= t <= t1} | {t1})
    now = t0
    for mark in marks:
        n = max(1, math.ceil((mark - now) / SIM_DT_S - 1e-9))
        h = (mark - now) / n
        for _ in range(n):
            yield h
        now = mark
        yield 0.0  # sample marker


@dataclass
class FlightResult:
    poses: list[Pose]
    end: Pose
    vx: float
    vy: float
    events: list[str]


def ballistic(start: Pose, vx: float, vy: float, t0: float, t1: float, times: list[float], *, gravity: float,
              ground: float, restitution: float, friction: float, breaks: bool, rest_speed: float,
              scale_m: float) -> FlightResult:
    """Projectile under gravity with exact impacts on the ground line (constant acceleration
    between impacts, so the step size does not bias the parabola)."""
    x, y, squash = start.x, start.y, start.squash
    resting = y >= ground - 1e-9 and vy >= 0 and abs(vy) < 1e-9
    events: list[str] = []
    poses: list[Pose] = []
    t = t0
    sample_times = sorted(s for s in times if t0 <= s <= t1)
    index = 0
    for h in _substeps(t0, times, t1):
        if h == 0.0:
            while index < len(sample_times) and sample_times[index] <= t + 1e-9:
                poses.append(replace(start, x=x, y=y, squash=squash))
                index += 1
            continue
        if resting:
            decel = friction * gravity
            if abs(vx) <= decel * h:
                x += vx * h / 2
                vx = 0.0
            else:
                sign = 1.0 if vx > 0 else -1.0
                x += vx * h - 0.5 * sign * decel * h * h
                vx -= sign * decel * h
        else:
            y_next = y + vy * h + 0.5 * gravity * h * h
            if y_next >= ground and gravity > 0:
                disc = vy * vy - 2 * gravity * (y - ground)
                tau = min(h, max(0.0, (-vy + math.sqrt(max(disc, 0.0))) / gravity))
                x += vx * tau
                impact = vy + gravity * tau
                y = ground
                when = t + tau
                if breaks:
                    events.append(f"hits the ground at t={when:.2f} s at {impact * scale_m:.1f} m/s and breaks")
                    vx, vy, resting, squash = 0.0, 0.0, True, 0.35
                else:
                    rebound = restitution * impact
                    if rebound < rest_speed:
                        events.append(f"lands at t={when:.2f} s ({impact * scale_m:.1f} m/s) and stays down")
                        vy, resting = 0.0, True
                    else:
                        events.append(f"bounces at t={when:.2f} s: {impact * scale_m:.1f} → {rebound * scale_m:.1f} m/s up")
                        vy = -rebound
                        remaining = h - tau
                        y = ground + vy * remaining + 0.5 * gravity * remaining * remaining
                        vy += gravity * remaining
                        x += vx * remaining
                        y = min(y, ground)
            else:
                x += vx * h
                y = y_next
                vy += gravity * h
        t += h
    end = replace(start, x=x, y=y, squash=squash)
    return FlightResult(poses, end, vx, 0.0 if resting else vy, events)


def drag_flight(start: Pose, vx: float, vy: float, t0: float, t1: float, times: list[float], *, gravity: float,
                drag: float, lift: float, ground: float, sway: float = 0.0, sway_period: float = 1.0) -> FlightResult:
    """Point mass with gravity, quadratic drag ``drag·|v|·v`` and lift ``lift·|v|²`` normal to the
    velocity (semi-implicit Euler at SIM_DT_S); ``sway`` adds a prescribed sideways flutter."""
    x, y = start.x, start.y
    poses: list[Pose] = []
    events: list[str] = []
    landed = False
    t = t0
    sample_times = sorted(s for s in times if t0 <= s <= t1)
    index = 0
    for h in _substeps(t0, times, t1):
        if h == 0.0:
            while index < len(sample_times) and sample_times[index] <= t + 1e-9:
                flutter = sway * math.sin(2 * math.pi * (t - t0) / sway_period) if not landed else 0.0
                poses.append(replace(start, x=x + flutter, y=y))
                index += 1
            continue
        if not landed:
            speed = math.hypot(vx, vy)
            ax = -drag * speed * vx
            ay = gravity - drag * speed * vy
            if lift and speed > 1e-9:
                nx, ny = (vy, -vx) if vx >= 0 else (-vy, vx)
                ax += lift * speed * nx
                ay += lift * speed * ny
            vx += ax * h
            vy += ay * h
            x += vx * h
            y += vy * h
            if y >= ground and vy > 0:
                y, vx, vy, landed = ground, 0.0, 0.0, True
                events.append(f"settles on the ground at t={t + h:.2f} s")
        t += h
    flutter = sway * math.sin(2 * math.pi * (t1 - t0) / sway_period) if not landed else 0.0
    return FlightResult(poses, replace(start, x=x + flutter, y=y), vx, vy, events)


def restitution_for(material: str, override: float | None) -> float:
    if override is not None:
        return override
    return RESTITUTION.get(material, 0.3)


# ------------------------------------------------------------------------------ the planner


class PhysicsPlanner:
    """Plans layouts by reading the prompt with rules and simulating the motion it describes."""

    backend_id = "physics"

    def __init__(self, fps_keyframes: float = 2.0):
        if not (isinstance(fps_keyframes, (int, float)) and 0.1 <= fps_keyframes <= 30):
            raise PlannerError(f"fps_keyframes must be between 0.1 and 30, got {fps_keyframes!r}")
        self.fps_keyframes = float(fps_keyframes)

    def plan(self, prompt: str, *, seed: int = 0, num_keyframes: int = 6) -> PlanResult:
        started = time.perf_counter()
        if not isinstance(prompt, str) or not prompt.strip():
            raise PlannerError("the prompt is empty: describe the objects and how they move")
        if not isinstance(num_keyframes, int) or not 1 <= num_keyframes <= 64:
            raise PlannerError(f"num_keyframes must be an integer from 1 to 64, got {num_keyframes!r}")
        reading = read_prompt(prompt)
        parsed = time.perf_counter()
        if not reading.entities:
            raise PlannerError(
                f"found no object in {prompt[:80]!r}: name at least one thing, e.g. 'a red ball bounces'"
            )
        layout = simulate_scene(reading, seed=seed, num_keyframes=num_keyframes, fps=self.fps_keyframes)
        done = time.perf_counter()
        return PlanResult(
            layout=layout,
            backend_id=self.backend_id,
            reasoning=layout.reasoning,
            timings={"read_s": parsed - started, "simulate_s": done - parsed, "total_s": done - started},
            notes=layout.notes,
        )


def simulate_scene(reading: SceneReading, *, seed: int, num_keyframes: int, fps: float) -> Layout:
    """Place and simulate every object, then draw the keyframes through the camera."""
    duration = (num_keyframes - 1) / fps
    times = [k / fps for k in range(num_keyframes)]
    rng = random.Random(seed)
    notes = list(reading.notes)
    scale = scene_scale_m(reading, duration)
    world = World(scale, duration, reading.top_down)
    instances = make_instances(reading, world, notes)
    place_instances(reading, instances, world, rng)
    schedules = schedule(reading, duration)
    story: list[str] = []
    tracks: dict[int, list[Pose]] = {}
    for inst in instances:
        poses, events = simulate_instance(inst, reading, instances, schedules[inst.entity], world, times)
        tracks[inst.id] = poses
        if events and inst.id == min(i.id for i in instances if i.entity == inst.entity):
            count = reading.entities[inst.entity].count
            who = f"the {inst.name}" if count == 1 else f"each of the {count} {inst.name}s"
            story.append(f"{who[0].upper()}{who[1:]} " + "; ".join(events) + ".")
    camera_story = camera_moves(reading, instances, world)
    objects = []
    for inst in instances:
        boxes = tuple(
            draw_box(inst, pose, t, world, reading, instances) for pose, t in zip(tracks[inst.id], times)
        )
        objects.append(LayoutObject(id=inst.id, name=inst.name, boxes=boxes, attributes=inst.attributes))
    reasoning = " ".join([scale_sentence(world, num_keyframes, fps)] + story + camera_story)
    layout = Layout(
        objects=tuple(objects),
        num_keyframes=num_keyframes,
        background=reading.background,
        reasoning=reasoning,
        aspect=1.0,
        keyframe_fps=fps,
        notes=tuple(dict.fromkeys(notes)),
    )
    try:
        return layout.validate()
    except LayoutError as exc:  # a bug here, not the user's fault: say so plainly
        raise PlannerError(f"the physics planner built an invalid layout ({exc}); please report this prompt") from exc


def scale_sentence(world: World, num_keyframes: int, fps: float) -> str:
    if world.top_down:
        return (f"Top-down view: no gravity in the image plane; 1 frame height = {world.scale_m:.2f} m; "
                f"{num_keyframes} keyframes {1 / fps:.2g} s apart.")
    return (f"Side view: 1 frame height = {world.scale_m:.2f} m, ground line at y={GROUND_Y:.2f}, horizon at "
            f"y={HORIZON_Y:.2f}; gravity 9.81 m/s² = {world.gravity:.3f} frame heights/s²; "
            f"{num_keyframes} keyframes {1 / fps:.2g} s apart.")


# ------------------------------------------------------------------------------ scale and sizes


def scene_scale_m(reading: SceneReading, duration: float) -> float:
    """Frame height in metres: big enough for the largest object, the groups and the motion."""
    needs = [MIN_FRAME_HEIGHT_M]
    row_width = 0.0
    for entity in reading.entities:
        w, h = _size_m(entity)
        if entity.cls.mobility == "scenery":
            continue
        needs.append(2.5 * h if not reading.top_down else 3.0 * max(w, h))
        needs.append(2.2 * w if not reading.top_down else 3.0 * max(w, h))
        group = entity.count * w + (entity.count - 1) * (0.25 * w + 0.1)
        moving = any(m.kind not in ("rest", "appear", "disappear") for m in entity.motions)
        needs.append(group / (0.45 if moving else 0.85))
        row_width += group + 0.1
        kinds = {m.kind for m in entity.motions}
        if entity.cls.mobility == "glider" and kinds & {"glide", "throw", "fly", "move", "fall", "float"}:
            needs.append(GLIDE_TRIM_SPEED_M_S * duration / 0.8)
        if entity.cls.mobility == "flutter" and kinds & {"fall", "float", "glide", "fly", "move"}:
            needs.append(FLUTTER_TERMINAL_M_S.get(entity.cls.material, 1.0) * duration / 0.7)
        if entity.cls.mobility == "buoyant" and kinds & {"float", "fly", "move"}:
            needs.append(BUOYANT_TERMINAL_M_S * duration / 0.6)
    for entity in reading.entities:
        for motion in entity.motions:
            if motion.relation == "past" and motion.target is not None:
                # the mover must fit wholly on either side of what it passes
                needs.append((2 * _size_m(entity)[0] + _size_m(reading.entities[motion.target])[0]) / 0.85)
    needs.append(row_width / 0.9)
    return min(MAX_FRAME_HEIGHT_M, max(needs))


def _size_m(entity: Entity) -> tuple[float, float]:
    factor = 1.0
    for key, value in entity.attributes:
        if key == "size":
            factor *= SIZE_FACTORS.get(value, 1.0)
    return entity.cls.width_m * factor, entity.cls.height_m * factor


def make_instances(reading: SceneReading, world: World, notes: list[str]) -> list[Instance]:
    instances = []
    next_id = 0
    for index, entity in enumerate(reading.entities):
        w_m, h_m = _size_m(entity)
        w, h = world.m(w_m), world.m(h_m)
        if world.top_down:
            w, h = world.m(max(w_m, h_m)), world.m(min(w_m, h_m) if entity.cls.mobility in TOP_DOWN_HEADED else h_m)
        if min(w, h) < MIN_VISIBLE_SIDE:
            grow = MIN_VISIBLE_SIDE / min(w, h)
            w, h = w * grow, h * grow
            notes.append(f"the {entity.noun} ({max(w_m, h_m):.2g} m) would be under {MIN_VISIBLE_SIDE:.0%} of the frame; "
                         f"drawn {grow:.1f}x larger so it stays visible (its motion is unchanged)")
        if max(w, h) > MAX_BOX_SIDE:
            shrink = MAX_BOX_SIDE / max(w, h)
            w, h = w * shrink, h * shrink
            if entity.cls.mobility == "scenery":
                notes.append(f"the {entity.noun} is taller than the frame allows at this scale; drawn to fit")
        speed = world.m(entity.cls.speed_m_s or 1.0)
        material = reading.material_of(index)
        attributes = tuple(entity.attributes)
        for _ in range(entity.count):
            instances.append(
                Instance(next_id, index, object_name(entity), attributes, entity.cls.mobility, material, w, h, speed,
                         Pose(0.5, GROUND_Y), screen_space=_wants_screen_space(entity, world))
            )
            next_id += 1
    return instances


def object_name(entity: Entity) -> str:
    """The noun with its colour and size words ("small blue cat"): the phrase LVD exports and guidance
    looks up, so the attribute is bound to this object's box and tokens."""
    words = [value for key, value in entity.attributes if key == "size"]
    words += [value for key, value in entity.attributes if key == "color"]
    return " ".join(dict.fromkeys(words + [entity.noun]))


def _wants_screen_space(entity: Entity, world: World) -> bool:
    if world.top_down:
        return True
    for motion in entity.motions:
        for point in (motion.start, motion.end):
            if point is not None and point[1] is not None and point[0] != 0.5 and point != (0.5, 0.5):
                return True
            if point is not None and point[1] is not None and point[1] != 0.5:
                return True
    return False


# ------------------------------------------------------------------------------ placement


def _resting_y(inst: Instance, world: World) -> float:
    """Bottom edge of an object in its natural place (side view: ground, air, water, wall)."""
    if world.top_down:
        return 0.5 + inst.height / 2
    if inst.mobility == "flyer":
        return AIR_ALTITUDE_Y + inst.height / 2
    if inst.mobility == "swimmer":
        return SWIM_DEPTH_Y + inst.height / 2
    if inst.mobility == "wall":
        return HORIZON_Y + inst.height / 2
    if inst.mobility in ("glider", "flutter"):
        return 0.12 + inst.height
    return GROUND_Y


def _first_moving(entity: Entity) -> Motion | None:
    for motion in entity.motions:
        if motion.kind not in INSTANT_KINDS:
            return motion
    return entity.motions[0] if entity.motions else None


def _heading_sign(motion: Motion | None) -> int:
    """+1 when the first move goes right, -1 left, 0 when it has no horizontal sense."""
    if motion is None:
        return 0
    if motion.end is not None and motion.end[0] is not None:
        start_x = motion.start[0] if motion.start and motion.start[0] is not None else 0.5
        if motion.end[0] != start_x:
            return 1 if motion.end[0] > start_x else -1
    if motion.direction in ("left", "right"):
        return 1 if motion.direction == "right" else -1
    if motion.enters_from in ("left", "right"):
        return 1 if motion.enters_from == "left" else -1
    if motion.start is not None and motion.start[0] is not None and motion.start[0] != 0.5:
        return 1 if motion.start[0] < 0.5 else -1
    return 0


def place_instances(reading: SceneReading, instances: list[Instance], world: World, rng: random.Random) -> None:
    """Give each object its starting pose: from the prompt's regions and directions, next to the
    object a relation names, or in a free slot; groups stand in a row without touching."""
    by_entity: dict[int, list[Instance]] = {}
    for inst in instances:
        by_entity.setdefault(inst.entity, []).append(inst)
    anchors: dict[int, tuple[float, float | None]] = {}
    targets = {m.target: m.relation for e in reading.entities for m in e.motions if m.target is not None}
    targets.update({m.target: "camera" for m in reading.camera if m.target is not None})
    for cam in reading.camera:
        if cam.target is None and reading.entities:
            targets.setdefault(0, "camera")
    agents = {e.agent: i for i, e in enumerate(reading.entities) if e.agent is not None}
    order = sorted(range(len(reading.entities)), key=lambda i: _placement_rank(reading.entities[i], i, targets, agents))
    occupied: list[tuple[float, float]] = []
    for index in order:
        entity = reading.entities[index]
        group = by_entity.get(index, [])
        if not group:
            continue
        width = _row_width(group)
        anchor = _anchor(entity, index, group, width, reading, anchors, by_entity, targets, agents, occupied)
        anchors[index] = anchor
        _lay_out_group(group, anchor, width, world, rng, reading)
        occupied.append((anchor[0] - width / 2, anchor[0] + width / 2))


def _placement_rank(entity: Entity, index: int, targets: dict, agents: dict) -> tuple[int, int]:
    if index in targets or index in agents:
        return (0, index)
    first = _first_moving(entity)
    if entity.agent is not None or (first is not None and first.target is not None):
        return (2, index)
    return (1, index)


def _gap(width: float) -> float:
    return 0.25 * width + 0.02


def _row_width(group: list[Instance]) -> float:
    return sum(i.width for i in group) + sum(_gap(i.width) for i in group[1:])


def _anchor(entity, index, group, width, reading, anchors, by_entity, targets, agents, occupied):
    """Centre of the group's row at the start, and the start bottom y when the prompt fixes it."""
    first = _first_moving(entity)
    half = width / 2
    lo, hi = EDGE_MARGIN + half, 1 - EDGE_MARGIN - half
    heading = _heading_sign(first)
    if first is not None and first.enters_from is not None:
        side = first.enters_from
        if side == "left":
            return (-half - 0.01, None)
        if side == "right":
            return (1 + half + 0.01, None)
    if first is not None and first.start is not None and first.start[0] is not None:
        return (_clip(first.start[0], lo, hi), first.start[1])
    if entity.agent is not None and entity.agent in anchors:
        agent_x = anchors[entity.agent][0]
        agent = by_entity[entity.agent][0]
        side = heading or (1 if agent_x < 0.5 else -1)
        return (agent_x + side * (agent.width / 2 + half), None)
    if first is not None and first.target is not None and first.target in anchors:
        return (_relative_start(first, half, anchors, by_entity, lo, hi), None)
    if index in agents:
        thrown = reading.entities[agents[index]]
        sign = _heading_sign(_first_moving(thrown)) or 1
        return (_clip(0.2 if sign > 0 else 0.8, lo, hi), None)
    if first is not None and first.kind not in ("rest",) and heading != 0:
        return ((lo if heading > 0 else hi), None)
    if index in targets:
        preferred = {"toward": 0.72, "to": 0.72, "away": 0.3, "past": 0.5, "around": 0.5, "camera": 0.5}
        x = preferred.get(targets[index], 0.5)
        return (_clip(x, lo, hi), None)
    return (_free_slot(half, lo, hi, occupied), None)


def _relative_start(motion: Motion, half: float, anchors, by_entity, lo: float, hi: float) -> float:
    """Start x for a move defined by another object: far from what it approaches, beside what it leaves."""
    target_x = anchors[motion.target][0]
    target_half = _row_width(by_entity[motion.target]) / 2
    room_left, room_right = target_x - target_half, 1 - (target_x + target_half)
    roomier_side = 1 if room_right >= room_left else -1
    if motion.relation in ("toward", "to", "on", "over"):
        return hi if roomier_side > 0 else lo
    if motion.relation == "past":
        return lo if _heading_sign(motion) >= 0 else hi
    if motion.relation in ("away", "next", "by"):
        return _clip(target_x + roomier_side * (target_half + half + 0.03), lo, hi)
    return target_x  # behind, in front of, under, around, off: starts where the target is


def _free_slot(half: float, lo: float, hi: float, occupied: list[tuple[float, float]]) -> float:
    best, best_overlap = 0.5, float("inf")
    for x in (0.5, 0.3, 0.7, 0.18, 0.82, 0.4, 0.6):
        x = _clip(x, lo, hi)
        overlap = sum(max(0.0, min(x + half, b) - max(x - half, a)) for a, b in occupied)
        if overlap < best_overlap - 1e-9:
            best, best_overlap = x, overlap
        if overlap == 0.0:
            return x
    return best


def _lay_out_group(group: list[Instance], anchor, width: float, world: World, rng: random.Random, reading) -> None:
    x = anchor[0] - width / 2
    for inst in group:
        jitter = rng.uniform(-SEED_JITTER, SEED_JITTER) * (0.5 if len(group) > 1 else 1.0)
        cx = x + inst.width / 2 + jitter
        y = _resting_y(inst, world)
        if anchor[1] is not None:
            y = _clip(anchor[1], inst.height / 2 + EDGE_MARGIN, 1 - inst.height / 2 - EDGE_MARGIN) + inst.height / 2
        elif inst.mobility in ("flyer", "swimmer", "glider", "flutter") and not world.top_down:
            vertical = _first_moving(reading.entities[inst.entity])
            if vertical is not None and vertical.direction in ("up", "down"):
                # a climb starts low, a dive starts high, so the move has room
                y = 0.85 if vertical.direction == "up" else 0.15 + inst.height
            y += rng.uniform(-SEED_JITTER, SEED_JITTER)
        depth = 1.0
        if reading.depth_hint == "far" and not world.top_down:
            depth = 1.8
        inst.start = Pose(cx, y, depth)
        inst.row_offset = cx - anchor[0]
        x += inst.width + _gap(inst.width)


def _clip(value: float, lo: float, hi: float) -> float:
    if lo > hi:
        return (lo + hi) / 2
    return min(hi, max(lo, value))


# ------------------------------------------------------------------------------ timing


def schedule(reading: SceneReading, duration: float) -> dict[int, list[tuple[float, float, Motion]]]:
    """Split the clip into the prompt's "then"-steps and give each motion its time window."""
    steps = max((m.step for e in reading.entities for m in e.motions), default=0) + 1
    weights = []
    for step in range(steps):
        kinds = [m.kind for e in reading.entities for m in e.motions if m.step == step]
        weights.append(0.5 if kinds and all(k in INSTANT_KINDS for k in kinds) else 1.0)
    total = sum(weights)
    bounds = [0.0]
    for w in weights:
        bounds.append(bounds[-1] + duration * w / total)
    plans: dict[int, list[tuple[float, float, Motion]]] = {}
    for index, entity in enumerate(reading.entities):
        windows = []
        for step in range(steps):
            motions = [m for m in entity.motions if m.step == step]
            if not motions:
                continue
            share = [0.5 if m.kind in INSTANT_KINDS else 1.0 for m in motions]
            start, span = bounds[step], bounds[step + 1] - bounds[step]
            acc = 0.0
            for motion, s in zip(motions, share):
                t0 = start + span * acc / sum(share)
                acc += s
                t1 = start + span * acc / sum(share)
                if motion.at_fraction is not None:
                    t0 = motion.at_fraction * duration
                    t1 = max(t1, t0)
                windows.append((t0, t1, motion))
        plans[index] = windows
    return plans


# ------------------------------------------------------------------------------ simulation


def simulate_instance(inst: Instance, reading: SceneReading, instances: list[Instance],
                      windows: list[tuple[float, float, Motion]], world: World, times: list[float]):
    """Pose at each keyframe time, and plain-words events for the reasoning."""
    poses: dict[float, Pose] = {}
    events: list[str] = []
    pose = inst.start
    vx = vy = 0.0
    visible_from = 0.0
    hidden_from = math.inf
    for i, (t0, t1, motion) in enumerate(windows):
        if motion.kind == "appear":
            at = t0 if motion.at_fraction is not None else (t0 + t1) / 2
            if i == 0 or all(w[2].kind in INSTANT_KINDS or _mere_presence(w[2]) for w in windows[:i]):
                visible_from = at
            events.append(f"appears at t={at:.2f} s")
            if motion.enters_from is None and motion.end is None and motion.direction is None:
                continue
        if motion.kind == "disappear" and not motion.exits:
            at = t0 if motion.at_fraction is not None else (t0 + t1) / 2
            hidden_from = min(hidden_from, at)
            events.append(f"disappears at t={at:.2f} s")
            continue
        # a motion owns the keyframes until the next motion of this object starts: free flights keep
        # flying, driven moves hold their end pose
        next_start = windows[i + 1][0] if i + 1 < len(windows) else world.duration_s
        until = max(t1, next_start)
        owned = [t for t in times if t0 - 1e-9 <= t <= until + 1e-9]
        result = run_motion(inst, motion, pose, vx, vy, t0, t1, until, owned, reading, instances, world, events)
        if result is None:
            continue
        sampled, pose, vx, vy = result
        poses.update(sampled)
    out = []
    for t in times:
        if t in poses:
            current = poses[t]
        else:
            earlier = [s for s in poses if s <= t]
            current = poses[max(earlier)] if earlier else inst.start
        visible = visible_from - 1e-9 <= t < hidden_from - 1e-9
        out.append(replace(current, visible=current.visible and visible))
    return out, events


def _mere_presence(motion: Motion) -> bool:
    """A rest that places nothing ("nothing is there; later a car appears"): it does not show the object."""
    return motion.kind == "rest" and motion.start is None and motion.end is None and motion.target is None


def run_motion(inst, motion, pose, vx, vy, t0, t1, until, times, reading, instances, world, events):
    """Dispatch one motion to its physics; returns (pose per keyframe time, end pose, vx, vy) or None."""
    kind = motion.kind
    mob = inst.mobility
    if world.top_down and kind in ("throw", "fall", "bounce", "jump", "glide", "float"):
        kind = "move"
    if motion.circle or kind == "circle":
        return _circle(inst, motion, pose, t0, t1, times, instances, world, events)
    if kind in ("throw", "fall", "bounce", "jump", "glide", "float") or (kind == "fly" and mob in ("glider", "flutter", "buoyant")):
        if mob == "glider" and kind in ("throw", "glide", "fly", "fall", "float", "move"):
            return _glide(inst, motion, pose, t0, until, times, world, events)
        if mob == "flutter" and kind in ("fall", "float", "glide", "fly", "throw", "bounce"):
            return _flutter(inst, motion, pose, t0, until, times, world, events)
        if mob == "buoyant" and kind in ("float", "fly", "glide"):
            return _rise(inst, motion, pose, t0, until, times, world, events)
        if kind == "jump":
            return _jump(inst, motion, pose, t0, t1, until, times, reading, instances, world, events)
        if kind in ("throw", "fall", "bounce"):
            return _projectile(inst, motion, pose, t0, t1, until, times, reading, instances, world, events)
        if kind in ("glide", "float"):
            kind = "move"
    if kind in ("rest", "appear", "land", "break") and motion.relation is None and motion.start is None:
        return {t: pose for t in times}, pose, 0.0, 0.0
    if kind in ("pan", "dolly", "zoom"):
        return None
    return _drive(inst, motion, pose, t0, t1, times, reading, instances, world, events)


def _speed_for(inst: Instance, motion: Motion) -> float:
    factor = {"run": 2.5 if inst.mobility == "walker" else 1.3}.get(motion.kind, 1.0)
    return inst.speed * factor * motion.speed


def _target_instance(motion: Motion, instances: list[Instance]) -> Instance | None:
    if motion.target is None:
        return None
    for inst in instances:
        if inst.entity == motion.target:
            return inst
    return None


def _drive(inst, motion, pose, t0, t1, times, reading, instances, world, events):
    """Self-propelled move (walk, drive, fly, swim, roll) from the pose to the prompt's goal."""
    span = max(t1 - t0, 1e-6)
    half_w = inst.width / 2
    lo, hi = EDGE_MARGIN + half_w, 1 - EDGE_MARGIN - half_w
    speed = _speed_for(inst, motion)
    reach = speed * span * 0.8  # distance covered at cruise speed with the speed ramps
    x, y, depth = pose.x, pose.y, pose.depth
    target = _target_instance(motion, instances)
    goal_x, goal_y, goal_depth = x, y, depth
    if target is not None and motion.relation in ("toward", "to", "past", "away", "next", "behind", "front", "on", "over", "under", "by"):
        tx = target.start.x
        gap = (target.width + inst.width) / 2 + 0.02
        side = 1 if x <= tx else -1
        if motion.relation in ("toward", "to"):
            goal_x = tx - side * gap
        elif motion.relation == "past":
            goal_x = hi if side > 0 else lo
        elif motion.relation == "away":
            goal_x = lo if x < tx else hi
        elif motion.relation in ("behind", "front"):
            goal_x = tx
            goal_depth = 1.35 if motion.relation == "behind" else 0.85
        elif motion.relation in ("on", "over"):
            goal_x, goal_y = tx, target.start.y - target.height
        elif motion.relation == "under":
            goal_x = tx
        else:
            goal_x = tx - side * (gap + 0.02)
        if motion.relation not in ("past", "away"):
            goal_x += inst.row_offset
        if motion.kind == "rest":
            start = replace(pose, x=goal_x, y=goal_y, depth=goal_depth)
            inst.start = start
            return {t: start for t in times}, start, 0.0, 0.0
        events.append(f"goes {RELATION_WORDS.get(motion.relation, motion.relation)} the {target.name}")
    if motion.end is not None:
        if motion.end[0] is not None:
            # a group goes there together: its row keeps its spacing, so no two end in one box
            offsets = [i.row_offset for i in instances if i.entity == inst.entity]
            centre = _clip(motion.end[0], lo - min(offsets), hi - max(offsets))
            goal_x = _clip(centre + inst.row_offset, lo, hi)
        if motion.end[1] is not None and inst.screen_space:
            goal_y = _clip(motion.end[1], inst.height / 2 + EDGE_MARGIN, 1 - inst.height / 2 - EDGE_MARGIN) + inst.height / 2
    elif motion.direction in ("left", "right") and target is None:
        sign = 1 if motion.direction == "right" else -1
        goal_x = x + sign * reach
        if not motion.exits:
            capped = _clip(goal_x, lo, hi)
            if abs(capped - goal_x) > 1e-6 and abs(capped - x) > 1e-6:
                needed = abs(capped - x) / (span * 0.8) * world.scale_m
                events.append(f"moves {motion.direction} at about {needed:.1f} m/s (slower than its usual "
                              f"{speed * world.scale_m:.1f} m/s so it stays in view)")
            goal_x = capped
    elif motion.direction in ("up", "down"):
        sign = -1 if motion.direction == "up" else 1
        top = inst.height + EDGE_MARGIN
        goal_y = _clip(y + sign * max(reach, 0.4), top, GROUND_Y if not world.top_down else 1 - EDGE_MARGIN)
    if motion.enters_from is not None and motion.end is None and motion.direction is None:
        goal_x = {"left": 0.7, "right": 0.3}.get(motion.enters_from, x)
        if motion.enters_from in ("top", "bottom"):
            goal_y = 0.5 + inst.height / 2
        events.append(f"enters from the {motion.enters_from}")
    if motion.depth in ("closer", "farther"):
        goal_depth = 0.75 if motion.depth == "closer" else 2.5
        if motion.depth == "closer" and depth <= 1.0:
            depth = 2.2
            pose = replace(pose, depth=depth)
        events.append("comes toward the camera (grows as it nears)" if motion.depth == "closer" else
                      "moves away from the camera (shrinks with distance)")
    if motion.exits:
        sign = 1 if (goal_x - x) > 0 or (goal_x == x and x >= 0.5) else -1
        if motion.direction in ("left", "right"):
            sign = 1 if motion.direction == "right" else -1
        if motion.direction == "up":
            goal_y = -EDGE_MARGIN
        elif motion.direction == "down" and world.top_down:
            goal_y = 1 + inst.height + EDGE_MARGIN
        else:
            goal_x = 1 + half_w + 0.05 if sign > 0 else -half_w - 0.05
        events.append(f"leaves the frame by t={t1:.2f} s")
    end = replace(pose, x=goal_x, y=goal_y, depth=goal_depth)
    if motion.exits:
        # leave at the object's own speed (ramps included), but within 85% of the window; then stay outside
        needed = abs(goal_x - x) / (0.8 * max(speed, 1e-6))
        cut = t0 + min(0.85 * span, max(0.3 * span, needed))
        sampled = kinematic_move(pose, end, t0, cut, [min(t, cut) for t in times])
    else:
        sampled = kinematic_move(pose, end, t0, t1, times)
    distance = math.hypot(goal_x - x, goal_y - y) * world.scale_m
    if distance > 0.05 and not any(e.startswith("moves ") for e in events):
        events.append(f"{motion.verb or 'moves'} {distance:.1f} m in {span:.1f} s (about {distance / span:.1f} m/s)")
    if world.top_down and inst.mobility in TOP_DOWN_HEADED and (goal_x, goal_y) != (x, y):
        heading = math.atan2(goal_y - y, goal_x - x)
        sampled = [replace(p, heading=heading) for p in sampled]
        end = replace(end, heading=heading)
    return dict(zip(times, sampled)), end, 0.0, 0.0


def _circle(inst, motion, pose, t0, t1, times, instances, world, events):
    target = _target_instance(motion, instances)
    if world.top_down:
        center = (target.start.x, target.start.y - target.height / 2) if target else (0.5, 0.5)
        radius = 0.28 if target is None else (target.width + inst.width) / 2 + 0.1
        start_angle = math.atan2((pose.y - inst.height / 2) - center[1], pose.x - center[0]) if target else math.pi / 2
        if target is None:
            pose = replace(pose, x=center[0], y=center[1] + radius + inst.height / 2)
            inst.start = pose
        sampled = circle_path((center[0], center[1] + inst.height / 2), radius, 0.0, start_angle, t0, t1, times, pose, True)
    else:
        cx = target.start.x if target else 0.5
        radius = 0.3 if target is None else (target.width + inst.width) / 2 + 0.05
        sampled = circle_path((cx, pose.y), radius, 0.8, 0.0, t0, t1, times, pose, False)
    circumference = 2 * math.pi * radius * world.scale_m
    events.append(f"drives one full circle of radius {radius * world.scale_m:.1f} m in {t1 - t0:.1f} s "
                  f"({circumference / max(t1 - t0, 1e-6):.1f} m/s)")
    end = sampled[-1] if sampled else pose
    return dict(zip(times, sampled)), end, 0.0, 0.0


def _projectile(inst, motion, pose, t0, t1, t_end, times, reading, instances, world, events):
    """Throws, drops and bounces: a launch (or release) followed by free flight with impacts."""
    g = world.gravity
    entity = reading.entities[inst.entity]
    restitution = restitution_for(inst.material, entity.cls.restitution if inst.material == entity.cls.material else None)
    breaks = motion.breaks or inst.material in BREAKS_ON_IMPACT
    friction = ROLLING_RESISTANCE if inst.mobility == "ball" else SLIDING_FRICTION
    ground = GROUND_Y
    sign = _heading_sign(motion) or 0
    x, y = pose.x, pose.y
    support = _target_instance(motion, instances) if motion.relation in ("off", "from", "on") else None
    if motion.kind == "throw":
        launch_height = min(world.m(1.2), 0.3)
        if entity.agent is not None:
            agent = next(i for i in instances if i.entity == entity.agent)
            launch_height = min(agent.height * 0.75, 0.6)
            sign = sign or (1 if agent.start.x < 0.5 else -1)
        sign = sign or 1
        if pose is inst.start:
            y = ground - launch_height
            pose = replace(pose, y=y)
        apex = (motion.apex or THROW_APEX_ABOVE_GROUND) if motion.direction != "up" else 0.8
        if motion.verb.startswith("kick") and motion.apex is None:
            apex = 0.35
        rise = max(0.02, apex - (ground - y))
        vy = -math.sqrt(2 * g * rise)
        goal = motion.end[0] if motion.end and motion.end[0] is not None else (0.85 if sign > 0 else 0.15)
        travel = goal - x
        flight = max(t1 - t0, 0.5)
        vx = 0.0 if motion.direction == "up" else travel / flight * motion.speed
        speed = math.hypot(vx, vy) * world.scale_m
        angle = math.degrees(math.atan2(-vy, abs(vx) if vx else 1e-9))
        events.append(f"is launched at t={t0:.2f} s at {speed:.1f} m/s, {angle:.0f}° above horizontal")
    else:
        if support is not None and motion.relation == "off":
            # off the support's edge (toward the nearer frame edge unless the prompt says which way): it
            # leaves the top with a small outward speed, so it lands beside the support, not on it
            sign = sign or (1 if support.start.x <= 0.5 else -1)
            x = support.start.x + (support.width / 2 + inst.width / 2) * sign
            y = support.start.y - support.height
            events.append(f"tips off the {'right' if sign > 0 else 'left'} edge of the {support.name} "
                          f"({(ground - y) * world.scale_m:.1f} m up)")
        elif support is not None:
            x = support.start.x
            y = support.start.y - support.height
            events.append(f"drops from the {support.name} ({(ground - y) * world.scale_m:.1f} m up)")
        elif pose is inst.start:
            # "falls from the top of the frame" names where it starts (a box centre; pose.y is the
            # box bottom); with no such phrase a side-view object is released near the top
            start_x, start_y = motion.start if motion.start is not None else (None, None)
            if start_y is not None:
                y = min(ground, start_y + inst.height / 2)
            elif not inst.screen_space:
                y = 0.2 + inst.height
            x = x if start_x is None else start_x
            events.append(f"is released from rest {(ground - y) * world.scale_m:.1f} m above the ground")
        pose = replace(pose, x=x, y=y)
        vx = sign * world.m(1.0) * motion.speed if sign else 0.0
        vy = 0.0
    if breaks:
        events.append(f"{inst.material or 'it'} breaks on impact")
    elif restitution > 0:
        events.append(f"restitution {restitution:.2f} ({inst.material})")
    flight_result = ballistic(pose, vx, vy, t0, t_end, times, gravity=g, ground=ground, restitution=0.0 if breaks else restitution,
                              friction=friction, breaks=breaks, rest_speed=world.m(REST_SPEED_M_S), scale_m=world.scale_m)
    events.extend(flight_result.events)
    sampled = dict(zip(sorted(t for t in times if t0 <= t <= t_end), flight_result.poses))
    return sampled, flight_result.end, flight_result.vx, flight_result.vy


def _jump(inst, motion, pose, t0, t1, t_end, times, reading, instances, world, events):
    entity = reading.entities[inst.entity]
    height = world.m(entity.cls.jump_m or 0.4)
    target = _target_instance(motion, instances)
    g = world.gravity
    vy = -math.sqrt(2 * g * height)
    flight = 2 * height / math.sqrt(2 * g * height) if height > 0 else 0.5
    sign = _heading_sign(motion)
    vx = sign * min(_speed_for(inst, motion), 0.3 / max(flight, 0.1)) if sign else 0.0
    ground = pose.y
    if target is not None and motion.relation in ("on", "over", "to", "toward"):
        landing_y = target.start.y - target.height
        vx = (target.start.x - pose.x) / max(flight * 1.2, 0.1)
        height = max(height, pose.y - landing_y + world.m(0.2))
        vy = -math.sqrt(2 * g * height)
        ground = landing_y
    takeoff = t0 + min(0.15, 0.2 * (t1 - t0))
    events.append(f"jumps {height * world.scale_m:.2f} m high at t={takeoff:.2f} s (take-off {abs(vy) * world.scale_m:.1f} m/s)")
    before = {t: pose for t in times if t < takeoff}
    rest = [t for t in times if t >= takeoff]
    if ground < pose.y:
        # land on a higher surface: fly the parabola, then stop on its top once descending through it
        result = ballistic(pose, vx, vy, takeoff, t_end, rest, gravity=g, ground=pose.y, restitution=0.0, friction=50.0,
                           breaks=False, rest_speed=1e9, scale_m=world.scale_m)
        poses = []
        landed = None
        for p, t in zip(result.poses, sorted(rest)):
            apex_t = takeoff + (-vy) / g
            if landed is None and t > apex_t and p.y >= ground:
                landed = replace(p, y=ground, x=target.start.x)
            poses.append(landed or p)
        sampled = dict(zip(sorted(rest), poses))
        end = landed or result.end
    else:
        result = ballistic(pose, vx, vy, takeoff, t_end, rest, gravity=g, ground=ground, restitution=0.0, friction=50.0,
                           breaks=False, rest_speed=1e9, scale_m=world.scale_m)
        sampled = dict(zip(sorted(rest), result.poses))
        end = result.end
    sampled.update(before)
    return sampled, end, 0.0, 0.0


def _glide(inst, motion, pose, t0, t_end, times, world, events):
    trim = world.m(GLIDE_TRIM_SPEED_M_S) * motion.speed
    g = world.gravity
    lift = g / (trim * trim)
    drag = lift / GLIDE_RATIO
    sign = _heading_sign(motion) or 1
    if pose is inst.start and not inst.screen_space:
        x = EDGE_MARGIN + inst.width / 2 if sign > 0 else 1 - EDGE_MARGIN - inst.width / 2
        pose = replace(pose, x=x, y=0.25 + inst.height)
    vx, vy = sign * trim * 1.1, trim * 0.1
    events.append(f"glides with lift and drag (glide ratio {GLIDE_RATIO:.0f}, trim speed {GLIDE_TRIM_SPEED_M_S * motion.speed:.1f} m/s)")
    result = drag_flight(pose, vx, vy, t0, t_end, times, gravity=g, drag=drag, lift=lift, ground=GROUND_Y)
    events.extend(result.events)
    return dict(zip(sorted(t for t in times if t0 <= t <= t_end), result.poses)), result.end, result.vx, result.vy


def _flutter(inst, motion, pose, t0, t_end, times, world, events):
    terminal_m = FLUTTER_TERMINAL_M_S.get(inst.material, 1.0) * motion.speed
    terminal = world.m(terminal_m)
    g = world.gravity
    drag = g / (terminal * terminal)
    sign = _heading_sign(motion)
    events.append(f"falls with air drag (terminal speed {terminal_m:.1f} m/s), fluttering sideways ±{FLUTTER_SWAY_M:.1f} m")
    result = drag_flight(pose, sign * terminal * 0.5, 0.0, t0, t_end, times, gravity=g, drag=drag, lift=0.0, ground=GROUND_Y,
                         sway=world.m(FLUTTER_SWAY_M), sway_period=FLUTTER_PERIOD_S)
    events.extend(result.events)
    return dict(zip(sorted(t for t in times if t0 <= t <= t_end), result.poses)), result.end, result.vx, result.vy


def _rise(inst, motion, pose, t0, t_end, times, world, events):
    lift = world.m(BUOYANT_LIFT_M_S2)
    terminal = world.m(BUOYANT_TERMINAL_M_S)
    drag = lift / (terminal * terminal)
    if pose is inst.start and not inst.screen_space:
        pose = replace(pose, y=0.85)
    sign = _heading_sign(motion)
    events.append(f"rises on buoyancy ({BUOYANT_LIFT_M_S2:.0f} m/s² net, terminal {BUOYANT_TERMINAL_M_S:.1f} m/s)")
    result = drag_flight(pose, sign * terminal * 0.4, 0.0, t0, t_end, times, gravity=-lift, drag=drag, lift=0.0,
                         ground=math.inf)
    return dict(zip(sorted(t for t in times if t0 <= t <= t_end), result.poses)), result.end, result.vx, result.vy


# ------------------------------------------------------------------------------ drawing


def camera_moves(reading: SceneReading, instances: list[Instance], world: World) -> list[str]:
    sentences = []
    for motion in reading.camera:
        kind, particle = _camera_kind(motion)
        target = _target_instance(motion, instances) or (instances[0] if instances else None)
        name = f"the {target.name}" if target else "the scene"
        if kind == "dolly":
            distance = _camera_distance_m(world, target)
            travel = distance * (CAMERA_DOLLY_IN_FRACTION if particle == "in" else CAMERA_DOLLY_OUT_FRACTION)
            sentences.append(
                f"The camera {'moves toward' if particle == 'in' else 'moves away from'} {name} at "
                f"{travel / max(world.duration_s, 1e-6):.1f} m/s from {distance:.1f} m away; each object's box scales "
                f"by D/(D - travelled) about the point the camera heads for (nearer objects change faster)."
            )
        elif kind == "zoom":
            sentences.append(f"The camera zooms {particle} ({ZOOM_FACTOR:g}x focal length change): every box scales "
                             f"by the same factor about the frame centre (no parallax, unlike a dolly).")
        elif kind == "pan":
            sentences.append(f"The camera pans {particle} at {PAN_DEG_S:.0f}°/s: the scene slides the other way.")
    return sentences


def _camera_kind(motion: Motion) -> tuple[str, str]:
    if motion.kind == "zoom":
        return "zoom", "out" if motion.particle == "out" else "in"
    if motion.kind == "pan" or motion.particle in ("left", "right"):
        return "pan", motion.particle if motion.particle in ("left", "right") else (motion.direction or "right")
    if motion.relation == "away" or motion.particle == "out":
        return "dolly", "out"
    return "dolly", "in"


def _camera_distance_m(world: World, target: Instance | None) -> float:
    """Distance at which the reference depth's frame height is ``scale_m`` for the 50° lens."""
    reference = world.scale_m / (2 * math.tan(math.radians(CAMERA_VFOV_DEG) / 2))
    return reference * (target.start.depth if target else 1.0)


def _camera_transform(reading, instances, world, t: float, depth: float):
    """Scale and focus point the camera's moves apply at time t to an object at ``depth``."""
    scale, fx, fy, shift = 1.0, 0.5, 0.5, 0.0
    u = t / max(world.duration_s, 1e-9)
    for motion in reading.camera:
        kind, particle = _camera_kind(motion)
        target = _target_instance(motion, instances) or (instances[0] if instances else None)
        if kind == "dolly" and target is not None:
            distance = _camera_distance_m(world, target)
            travel = distance * (CAMERA_DOLLY_IN_FRACTION if particle == "in" else -CAMERA_DOLLY_OUT_FRACTION) * u
            own = distance * depth / target.start.depth
            scale *= own / max(own - travel, 0.05 * own)
            fx, fy = _screen_center(target, target.start, world)
        elif kind == "zoom":
            scale *= ZOOM_FACTOR ** (u if particle == "in" else -u)
            if target is not None and motion.target is not None:
                fx, fy = _screen_center(target, target.start, world)
        elif kind == "pan":
            shift += (-1 if particle == "right" else 1) * PAN_DEG_S / CAMERA_VFOV_DEG * t
    return scale, fx, fy, shift


def _screen_center(inst: Instance, pose: Pose, world: World) -> tuple[float, float]:
    x0, y0, x1, y1 = _project(inst, pose, world)
    return (x0 + x1) / 2, (y0 + y1) / 2


def _project(inst: Instance, pose: Pose, world: World) -> Box:
    """Box on the canvas before the camera's own moves: perspective by depth, heading top-down."""
    w, h = inst.width, inst.height
    if pose.squash != 1.0:
        w, h = w / math.sqrt(pose.squash), h * pose.squash
    if world.top_down:
        if inst.mobility in TOP_DOWN_HEADED:
            c, s = abs(math.cos(pose.heading)), abs(math.sin(pose.heading))
            w, h = inst.width * c + inst.height * s, inst.width * s + inst.height * c
        cy = pose.y - inst.height / 2
        return (pose.x - w / 2, cy - h / 2, pose.x + w / 2, cy + h / 2)
    d = max(pose.depth, 0.1)
    cx = 0.5 + (pose.x - 0.5) / d
    bottom = HORIZON_Y + (pose.y - HORIZON_Y) / d
    return (cx - w / d / 2, bottom - h / d, cx + w / d / 2, bottom)


def draw_box(inst, pose, t, world, reading, instances) -> Box | None:
    if not pose.visible:
        return None
    x0, y0, x1, y1 = _project(inst, pose, world)
    if reading.camera:
        scale, fx, fy, shift = _camera_transform(reading, instances, world, t, pose.depth)
        x0, x1 = fx + (x0 - fx) * scale + shift, fx + (x1 - fx) * scale + shift
        y0, y1 = fy + (y0 - fy) * scale, fy + (y1 - fy) * scale
    box = (x0, y0, x1, y1)
    return fit_overhang(box) if in_view(box) else None  # keeps its size while crossing an edge
