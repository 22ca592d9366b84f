"""The camera of the physics planner: perspective by depth in a side view, heading in a top-down
view, and the prompt's dolly, zoom and pan applied to every box over the clip."""

from __future__ import annotations

import math

from ..core.layout import Box, fit_in_view
from .motions import Motion
from .scene import HORIZON_Y, TOP_DOWN_HEADED, Instance, Pose, Scene, World

CAMERA_VFOV_DEG = 50.0
CAMERA_DOLLY_IN_FRACTION = 0.55  # a dolly-in covers this share of the distance to its target
CAMERA_DOLLY_OUT_FRACTION = 1.0  # a pull-back doubles the distance
ZOOM_FACTOR = 2.0
PAN_DEG_S = 10.0


def camera_moves(scene: Scene) -> list[str]:
    """One sentence per camera move for the layout's reasoning, with the numbers the boxes follow."""
    instances, world = scene.instances, scene.world
    sentences = []
    for motion in scene.reading.camera:
        kind, particle = _camera_kind(motion)
        target = scene.target_of(motion) or (instances[0] if instances else None)
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
            factor = _zoom_factor(scene)
            sentence = (f"The camera zooms {particle} ({factor:.2f}x focal length change): every box scales "
                        f"by the same factor about the frame centre (no parallax, unlike a dolly)")
            if particle == "in" and factor < ZOOM_FACTOR - 1e-9:
                sentence += f"; less than its usual {ZOOM_FACTOR:g}x so every object in view stays in view"
            sentences.append(sentence + ".")
        elif kind == "pan":
            rate = _pan_rate(scene)
            sentence = f"The camera pans {particle} at {rate:.1f}°/s: the scene slides the other way"
            if rate < PAN_DEG_S - 1e-9:
                sentence += f" (slower than its usual {PAN_DEG_S:.0f}°/s so every object in view stays in view)"
            sentences.append(sentence + ".")
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


def _camera_transform(scene: Scene, t: float, depth: float):
    """Scale and focus point the camera's moves apply at time t to an object at ``depth``."""
    instances, world = scene.instances, scene.world
    scale, fx, fy, shift = 1.0, 0.5, 0.5, 0.0
    u = t / max(world.duration_s, 1e-9)
    for motion in scene.reading.camera:
        kind, particle = _camera_kind(motion)
        target = scene.target_of(motion) or (instances[0] if instances else None)
        if kind == "dolly" and target is not None:
            distance = _camera_distance_m(world, target)
            travel = distance * (CAMERA_DOLLY_IN_FRACTION if particle == "in" else -CAMERA_DOLLY_OUT_FRACTION) * u
            own = distance * depth / target.start.depth
            scale *= own / max(own - travel, 0.05 * own)
            fx, fy = _screen_center(target, target.start, world)
        elif kind == "zoom":
            scale *= _zoom_factor(scene) ** (u if particle == "in" else -u)
            if target is not None and motion.target is not None:
                fx, fy = _screen_center(target, target.start, world)
        elif kind == "pan":
            shift += (-1 if particle == "right" else 1) * _pan_rate(scene) / CAMERA_VFOV_DEG * t
    return scale, fx, fy, shift


def _pan_rate(scene: Scene) -> float:
    return PAN_DEG_S if scene.pan_deg_s is None else scene.pan_deg_s


def fit_pan(scene: Scene, tracks: dict[int, list[Pose]], times: list[float]) -> None:
    """Slow the pan so every object in view throughout the unpanned clip stays wholly in view: counting
    objects ("pans over seven birds") reads the boxes on screen, so a pan must not push any out."""
    pans = [_camera_kind(m)[1] for m in scene.reading.camera if _camera_kind(m)[0] == "pan"]
    if not pans:
        return
    scene.pan_deg_s = 0.0
    drawn = {inst.id: [draw_box(inst, pose, t, scene) for pose, t in zip(tracks[inst.id], times)]
             for inst in scene.instances}
    net = sum(-1 if particle == "right" else 1 for particle in pans)  # screen shift per unit of rate
    rate = PAN_DEG_S
    for boxes in drawn.values():
        if net == 0 or not all(box is not None and 0 <= box[0] and box[2] <= 1 for box in boxes):
            continue  # leaves, enters or overhangs on its own: the pan need not keep it
        for box, t in zip(boxes, times):
            room = box[0] if net < 0 else 1 - box[2]
            if t > 0:
                rate = min(rate, room * CAMERA_VFOV_DEG / (abs(net) * t))
    scene.pan_deg_s = max(rate, 0.0)


def _zoom_factor(scene: Scene) -> float:
    return ZOOM_FACTOR if scene.zoom_factor is None else scene.zoom_factor


def fit_zoom(scene: Scene, tracks: dict[int, list[Pose]], times: list[float]) -> None:
    """Zoom in less when the full zoom would push an object out: as with a pan, every object wholly in view in the
    unzoomed clip stays wholly in view ("eight geese, the camera slowly zooming in" still shows eight geese)."""
    zooms = [m for m in scene.reading.camera if _camera_kind(m) == ("zoom", "in")]
    if not zooms or len(scene.reading.camera) > 1:
        return
    centre = scene.target_of(zooms[0]) if zooms[0].target is not None else None
    fx, fy = _screen_center(centre, centre.start, scene.world) if centre is not None else (0.5, 0.5)
    scene.zoom_factor = 1.0
    factor = ZOOM_FACTOR
    duration = max(scene.world.duration_s, 1e-9)
    for inst in scene.instances:
        boxes = [draw_box(inst, pose, t, scene) for pose, t in zip(tracks[inst.id], times)]
        if not all(box is not None and 0 <= box[0] and box[2] <= 1 and 0 <= box[1] and box[3] <= 1 for box in boxes):
            continue  # leaves, enters or overhangs on its own: the zoom need not keep it
        for box, t in zip(boxes, times):
            u = t / duration
            if u <= 0:
                continue
            for low, high, focus in ((box[0], box[2], fx), (box[1], box[3], fy)):
                if low < focus:  # (focus - low) * factor ** u <= focus
                    factor = min(factor, (focus / (focus - low)) ** (1 / u))
                if high > focus:
                    factor = min(factor, ((1 - focus) / (high - focus)) ** (1 / u))
    scene.zoom_factor = max(factor, 1.0)


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


def draw_box(inst: Instance, pose: Pose, t: float, scene: Scene) -> Box | None:
    """The object's box on the canvas at time t, through the camera; None while it is hidden or out of view."""
    if not pose.visible:
        return None
    x0, y0, x1, y1 = _project(inst, pose, scene.world)
    if scene.reading.camera:
        scale, fx, fy, shift = _camera_transform(scene, t, pose.depth)
        x0, x1 = fx + (x0 - fx) * scale + shift, fx + (x1 - fx) * scale + shift
        y0, y1 = fy + (y0 - fy) * scale, fy + (y1 - fy) * scale
    return fit_in_view((x0, y0, x1, y1))  # keeps its size while crossing an edge
