"""The embedded ``physics`` planner: prompt → dynamic scene layout by simulation, no model.

It reads the prompt with rules (``prompt_reading``), places the objects, simulates their motion in
continuous time and samples the trajectories at the keyframes (0.5 s apart at 2 keyframes/s).
The stages live beside it, one job each: ``placement`` (scale, sizes, starting poses), ``scheduling``
(when each motion runs), ``motion_simulation`` (each object's physics, on top of the pure math in
``kinematics``) and ``camera_motion`` (perspective and camera moves); ``scene`` holds what they share.

Units and assumptions (stated so the layouts can be checked, and repeated in each layout's reasoning):

* The canvas is square (aspect 1). Positions are in frame heights, y pointing down.
* Scale: one frame height is ``S`` metres at the reference depth, chosen per scene so the objects
  and their motion fit (at least 3 m). Gravity is 9.81 m/s² = 9.81 / S frame heights per s².
* Side view: a pinhole camera with a 50° vertical field of view, horizon at y = 0.45, ground
  contact line at y = 0.90 for objects at the reference depth; an object at depth ``d`` (in units
  of the reference distance) is drawn 1/d as large and its ground line moves toward the horizon.
* Bounces use a coefficient of restitution per material (``kinematics.RESTITUTION``): the rebound speed is e
  times the impact speed; below 0.4 m/s the object stays down. Glass, ceramic and eggs break on
  impact and stop. After landing, balls roll with rolling resistance 0.03·g, other things slide
  with kinetic friction 0.5·g.
* Leaves, feathers and paper fall with quadratic drag (terminal speeds in ``kinematics.FLUTTER_TERMINAL_M_S``)
  and a prescribed sideways flutter; paper airplanes glide with lift and drag (glide ratio 5,
  trim speed 4 m/s); balloons rise with net buoyancy 2 m/s² and quadratic drag.
* Walking, driving, flying and swimming are driven motions: speeds from the object's class (or
  the distance the prompt asks for over the time it allows), with a trapezoidal speed profile.
* Top-down views have no gravity and no ground line: motion happens in the plane.
* Tiny objects are drawn at least ``placement.MIN_VISIBLE_SIDE`` wide so a video model can see them; that
  enlarges the box, never the motion.
"""

from __future__ import annotations

import random
import time

from ..core.layout import Layout, LayoutError, LayoutObject
from ..core.limits import LayoutLimits
from ..core.planning import PlannerError, PlanResult
from .camera_motion import camera_moves, draw_box, fit_pan, fit_zoom
from .companions import follow_companions, land_on_targets
from .kinematics import trapezoid_progress
from .motion_simulation import simulate_instance
from .motions import SceneReading
from .placement import make_instances, place_instances, scene_scale_m
from .prompt_reading import MAX_PROMPT_CHARS, no_object_message, prompt_too_long, read_prompt
from .scene import GROUND_Y, HORIZON_Y, Pose, Scene, World
from .scheduling import schedule
from .vocabulary import lvd_phrase

__all__ = ["GROUND_Y", "PhysicsPlanner", "simulate_scene", "trapezoid_progress"]


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
        reading = read_prompt(prompt, num_keyframes)
        parsed = time.perf_counter()
        if not reading.entities and len(prompt) > MAX_PROMPT_CHARS:
            raise PlannerError(f"{prompt_too_long(prompt)}, and its first {MAX_PROMPT_CHARS:,} characters name no object: "
                               "shorten it, naming the things first")
        if not reading.entities:
            raise PlannerError(no_object_message(prompt))
        overlong = next((entity.noun for entity in reading.entities if len(entity.noun) > LayoutLimits.max_name_chars), None)
        if overlong is not None:  # one unbroken word longer than any name: the user's to shorten, not a planner bug
            raise PlannerError(f"the prompt names a thing {len(overlong):,} characters long ({overlong[:40]!r}...); a "
                               f"name is at most {LayoutLimits.max_name_chars} characters: shorten it")
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
    scene = Scene(reading, make_instances(reading, world, notes), world)
    instances = scene.instances
    place_instances(scene, rng)
    schedules = schedule(reading, duration)
    story: list[str] = []
    tracks: dict[int, list[Pose]] = {}
    for inst in instances:
        poses, events = simulate_instance(inst, schedules[inst.entity], scene, times)
        tracks[inst.id] = poses
        if events and inst.id == min(i.id for i in instances if i.entity == inst.entity):
            count = reading.entities[inst.entity].count
            name = lvd_phrase(inst.name)
            who = f"the {name}" if count == 1 else f"each of the {count} {name}s"
            story.append(f"{who[0].upper()}{who[1:]} " + "; ".join(events) + ".")
    land_on_targets(scene, tracks, schedules, times)
    follow_companions(scene, tracks)
    fit_pan(scene, tracks, times)
    fit_zoom(scene, tracks, times)
    camera_story = camera_moves(scene)
    objects = []
    for inst in instances:
        boxes = tuple(
            draw_box(inst, pose, t, scene) for pose, t in zip(tracks[inst.id], times)
        )
        # the name LVD exports is in LVD's spelling ("gray cat"); the attributes keep the user's word ("grey")
        objects.append(LayoutObject(id=inst.id, name=lvd_phrase(inst.name), boxes=boxes, attributes=inst.attributes))
    reasoning = " ".join([scale_sentence(world, num_keyframes, fps)] + story + camera_story)
    layout = Layout(
        objects=tuple(objects),
        num_keyframes=num_keyframes,
        background=reading.background,
        reasoning=reasoning,
        aspect=1.0,
        keyframe_fps=fps,
        view="top-down" if world.top_down else "side",
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
