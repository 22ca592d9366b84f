"""Where the physics planner's objects start: the scene's scale, each object's drawn size, and a
starting pose from the prompt's regions, directions and relations, with groups standing in rows."""

from __future__ import annotations

import math
import random

from .kinematics import BUOYANT_TERMINAL_M_S, FLUTTER_TERMINAL_M_S, GLIDE_TRIM_SPEED_M_S
from .motions import Entity, Motion, SceneReading
from .scene import EDGE_MARGIN, GROUND_Y, HORIZON_Y, TOP_DOWN_HEADED, Instance, Pose, Scene, World, clip
from .vocabulary import INSTANT_KINDS, SIZE_FACTORS, STILL_KINDS

MIN_FRAME_HEIGHT_M = 3.0
MAX_FRAME_HEIGHT_M = 400.0
MIN_VISIBLE_SIDE = 0.04
MAX_BOX_SIDE = 0.85
AIR_ALTITUDE_Y = 0.32  # box centre of flying things in a side view
SWIM_DEPTH_Y = 0.55
SEED_JITTER = 0.015
SIDE_GAP = 0.03  # frame widths between a reference and the things said to stay on one side of it


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
        elif key == "scale":  # "the red one is a bit bigger": relative to the others, not a size word
            factor *= float(value)
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
        for member in range(entity.count):
            attributes = tuple(entity.attributes)
            if member < len(entity.member_colours):  # "one red and one blue": this member's own colour
                attributes = tuple(a for a in attributes if a[0] != "color") + (("color", entity.member_colours[member]),)
            instances.append(
                Instance(next_id, index, object_name(entity, attributes), attributes, entity.cls.mobility, material, w, h, speed,
                         Pose(0.5, GROUND_Y), screen_space=_wants_screen_space(entity, world))
            )
            next_id += 1
    return instances


def object_name(entity: Entity, attributes: tuple[tuple[str, str], ...] | None = None) -> str:
    """The noun with its colour and size words ("small blue cat"): the phrase LVD exports and guidance
    looks up, so the attribute is bound to this object's box and tokens."""
    attributes = tuple(entity.attributes) if attributes is None else attributes
    words = [value for key, value in attributes if key == "size"]
    words += [value for key, value in attributes if key == "color"]
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


def heading_sign(motion: Motion | None) -> int:
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


def place_instances(scene: Scene, rng: random.Random) -> None:
    """Give each object its starting pose: from the prompt's regions and directions, next to the
    object a relation names, or in a free slot; groups stand in a row without touching."""
    reading, instances, world = scene.reading, scene.instances, scene.world
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
        room = _room_beside(entity, anchors, by_entity)
        rows = _rows(group, width) if room is None else _rows_within(group, room)
        front = width if room is None else max(min(_row_width(row), room) for row in rows)  # the widest row, squeezed
        anchor = _anchor(entity, index, group, front, reading, anchors, by_entity, targets, agents, occupied)
        anchors[index] = anchor
        _lay_out_group(rows, anchor, room, world, rng, reading)
        occupied.append((anchor[0] - front / 2, anchor[0] + front / 2))


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
    heading = heading_sign(first)
    if first is not None and first.enters_from is not None:
        side = first.enters_from
        if side == "left":
            return (-half - 0.01, None)
        if side == "right":
            return (1 + half + 0.01, None)
    if first is not None and first.kind == "rest" and first.side_start and first.target in anchors:
        return (_on_side_of(first.side_start, first.target, half, anchors, by_entity, lo, hi),
                first.start[1] if first.start else None)
    if first is not None and first.start is not None and first.start[0] is not None:
        return (clip(first.start[0], lo, hi), first.start[1] if first.start[1] is not None
                else _over_or_under(first, group, by_entity))
    if first is not None and first.kind == "fall" and first.relation in ("to", "on") and first.target in anchors \
            and first.direction is None \
            and all(motion.kind in STILL_KINDS for motion in reading.entities[first.target].motions):
        # "drops a coin into a jar": it falls from over the jar; onto "a boy who walks to the left" it meets him
        # where he goes, as any move toward a moving thing does
        return (clip(anchors[first.target][0], lo, hi), None)
    if entity.agent is not None and entity.agent in anchors:
        agent_x = anchors[entity.agent][0]
        agent = by_entity[entity.agent][0]
        side = heading or (1 if agent_x < 0.5 else -1)
        return (agent_x + side * (agent.width / 2 + half), None)
    if first is not None and first.target is not None and first.target in anchors:
        return (_relative_start(first, half, anchors, by_entity, lo, hi), None)
    if index in agents:
        thrown = reading.entities[agents[index]]
        sign = heading_sign(_first_moving(thrown)) or 1
        return (clip(0.2 if sign > 0 else 0.8, lo, hi), None)
    if first is not None and first.kind not in ("rest",) and heading != 0:
        return ((lo if heading > 0 else hi), None)
    if index in targets:
        preferred = {"toward": 0.72, "to": 0.72, "away": 0.3, "past": 0.5, "around": 0.5, "camera": 0.5}
        x = preferred.get(targets[index], 0.5)
        return (clip(x, lo, hi), None)
    return (_free_slot(half, lo, hi, occupied), None)


def _relative_start(motion: Motion, half: float, anchors, by_entity, lo: float, hi: float) -> float:
    """Start x for a move defined by another object: far from what it approaches, beside what it leaves."""
    target_x = anchors[motion.target][0]
    target_half = _row_width(by_entity[motion.target]) / 2
    room_left, room_right = target_x - target_half, 1 - (target_x + target_half)
    roomier_side = 1 if room_right >= room_left else -1
    if motion.relation in ("toward", "to", "on", "over"):
        return hi if roomier_side > 0 else lo
    if motion.relation == "past" or (motion.relation in ("behind", "front") and motion.direction in ("left", "right")):
        return lo if heading_sign(motion) >= 0 else hi  # "crosses in front of a car": a pass, nearer the camera
    if motion.relation in ("away", "next", "by"):
        return clip(target_x + roomier_side * (target_half + half + 0.03), lo, hi)
    return target_x  # behind, in front of, under, around, off: starts where the target is


def _over_or_under(motion: Motion, group: list[Instance], by_entity) -> float | None:
    """Start centre y of a flying thing said to start above or below another ("flies from beneath a plane to its
    left") when its usual height would put it level with it; None where its usual height already says so."""
    placed = by_entity.get(motion.target) or [None]
    reference, inst = placed[0], group[0]
    if motion.side_start not in ("above", "below") or reference is None or reference.start is None \
            or inst.mobility not in ("flyer", "glider", "flutter", "buoyant"):
        return None
    top, bottom = reference.start.y - reference.height, reference.start.y
    usual = AIR_ALTITUDE_Y
    if motion.side_start == "above" and usual + inst.height / 2 > top:
        return max(top - inst.height / 2 - 0.02, inst.height / 2 + EDGE_MARGIN)
    if motion.side_start == "below" and usual - inst.height / 2 < bottom:
        return min(bottom + inst.height / 2 + 0.02, GROUND_Y - inst.height / 2)
    return None


def _on_side_of(side: str, target: int, half: float, anchors, by_entity, lo: float, hi: float) -> float:
    """Row centre for things said to sit on one side of another ("two dogs lie to the left of a cat"): the whole row
    clear of that side of the reference's row, not just its centre on that side."""
    target_x = anchors[target][0]
    if side not in ("left", "right"):
        return clip(target_x, lo, hi)  # over or under it
    offset = _row_width(by_entity[target]) / 2 + half + SIDE_GAP
    return clip(target_x - offset if side == "left" else target_x + offset, lo, hi)


def _room_beside(entity: Entity, anchors, by_entity) -> float | None:
    """Frame width free on the side of a reference the object is said to stay on (None when it names no such side)."""
    first = _first_moving(entity)
    if first is None or first.kind != "rest" or first.side_start not in ("left", "right") or first.target not in anchors:
        return None
    target_x, target_half = anchors[first.target][0], _row_width(by_entity[first.target]) / 2
    free = target_x - target_half if first.side_start == "left" else 1 - (target_x + target_half)
    return max(free - SIDE_GAP - EDGE_MARGIN, 0.1)


def _free_slot(half: float, lo: float, hi: float, occupied: list[tuple[float, float]]) -> float:
    best, best_overlap = 0.5, float("inf")
    for x in (0.5, 0.3, 0.7, 0.18, 0.82, 0.4, 0.6):
        x = clip(x, lo, hi)
        overlap = sum(max(0.0, min(x + half, b) - max(x - half, a)) for a, b in occupied)
        if overlap < best_overlap - 1e-9:
            best, best_overlap = x, overlap
        if overlap == 0.0:
            return x
    return best


def _rows(group: list[Instance], width: float) -> list[list[Instance]]:
    """A group wider than the frame ("a dozen mice") stands in several rows, one behind the other."""
    usable = 1 - 2 * EDGE_MARGIN
    count = 1 if width <= usable or len(group) < 2 else min(len(group), math.ceil(width / usable))
    per_row = math.ceil(len(group) / count)
    return [group[i:i + per_row] for i in range(0, len(group), per_row)]


def _rows_within(group: list[Instance], room: float) -> list[list[Instance]]:
    """The fewest rows a group beside a reference needs so that each fits the room on its side, neighbours in a row
    overlapping by up to a third of their width ("three sheep rest to the left of a cow")."""
    for count in range(1, len(group) + 1):
        per_row = math.ceil(len(group) / count)
        rows = [group[i:i + per_row] for i in range(0, len(group), per_row)]
        if all(sum(i.width for i in row) - sum(i.width / 3 for i in row[1:]) <= room for row in rows):
            break
    return rows


def _lay_out_group(rows: list[list[Instance]], anchor, room: float | None, world: World, rng: random.Random, reading) -> None:
    lift = 0.0
    for row in rows:
        width = _row_width(row)
        squeeze = (width - room) / (len(row) - 1) if room is not None and width > room and len(row) > 1 else 0.0
        _lay_out_row(row, anchor, width - squeeze * (len(row) - 1), world, rng, reading, lift, squeeze)
        lift += 1.15 * max(inst.height for inst in row)


def _lay_out_row(group: list[Instance], anchor, width: float, world: World, rng: random.Random, reading, lift: float,
                 squeeze: float = 0.0) -> None:
    """One row centred on the anchor; ``squeeze`` narrows each gap (below zero: neighbours overlap) to fit its room."""
    x = anchor[0] - width / 2
    for inst in group:
        jitter = rng.uniform(-SEED_JITTER, SEED_JITTER) * (0.5 if len(group) > 1 else 1.0)
        cx = x + inst.width / 2 + jitter
        y = _resting_y(inst, world)
        if reading.entities[inst.entity].on_surface and not world.top_down:
            y = GROUND_Y  # "a leaf rests on the water", "a paper plane lies on the floor": down on the surface
        if anchor[1] is not None:
            y = clip(anchor[1], inst.height / 2 + EDGE_MARGIN, 1 - inst.height / 2 - EDGE_MARGIN) + inst.height / 2
        elif inst.mobility in ("flyer", "swimmer", "glider", "flutter") and not world.top_down:
            vertical = _first_moving(reading.entities[inst.entity])
            if vertical is not None and vertical.direction in ("up", "down"):
                # a climb starts low, a dive starts high, so the move has room
                y = 0.85 if vertical.direction == "up" else 0.15 + inst.height
            y += rng.uniform(-SEED_JITTER, SEED_JITTER)
        y -= lift  # a back row stands higher in the picture
        depth = 1.0
        if reading.depth_hint == "far" and not world.top_down:
            depth = 1.8
        inst.start = Pose(cx, y, depth)
        inst.row_offset = cx - anchor[0]
        x += inst.width + _gap(inst.width) - squeeze
