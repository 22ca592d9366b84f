"""Each object's motion over the clip: every motion the prompt gives it runs in its time window
with its physics (driven moves, circles, projectiles, jumps, glides, flutters, buoyant rises), and
the poses are sampled at the keyframe times."""

from __future__ import annotations

import math
from dataclasses import replace

from .kinematics import (
    BREAKS_ON_IMPACT,
    BUOYANT_LIFT_M_S2,
    BUOYANT_TERMINAL_M_S,
    FLUTTER_PERIOD_S,
    FLUTTER_SWAY_M,
    FLUTTER_TERMINAL_M_S,
    GLIDE_RATIO,
    GLIDE_TRIM_SPEED_M_S,
    REST_SPEED_M_S,
    ROLLING_RESISTANCE,
    SLIDING_FRICTION,
    ballistic,
    circle_path,
    drag_flight,
    kinematic_move,
    restitution_for,
)
from .motions import Motion
from .placement import heading_sign
from .scene import EDGE_MARGIN, GROUND_Y, TOP_DOWN_HEADED, Instance, Pose, Scene, clip
from .vocabulary import INSTANT_KINDS

HOP_RANGE = 0.3  # frame widths one jump covers at most; a longer named path is hopped along
THROW_APEX_ABOVE_GROUND = 0.5  # default apex of a throw, in frame heights above the ground
EXIT_AFTER_CUE = 0.2  # share of the clip a leave at a said moment may take
RELATION_WORDS = {"front": "in front of", "next": "next to", "to": "to", "by": "by"}


def simulate_instance(inst: Instance, windows: list[tuple[float, float, Motion]], scene: Scene,
                      times: list[float]) -> tuple[list[Pose], list[str]]:
    """Pose at each keyframe time, and plain-words events for the reasoning."""
    scene = scene.narrating()
    world, events = scene.world, scene.events
    poses: dict[float, Pose] = {}
    pose = inst.start
    vx = vy = 0.0
    visible_from = 0.0
    hidden_from = back_from = math.inf
    leaves = [t0 if m.at_fraction is not None else (t0 + t1) / 2 for t0, t1, m in windows
              if m.kind == "disappear" and not m.exits]
    exits = [t0 for t0, _, m in windows if m.exits and m.kind != "disappear"]  # "runs off at the midpoint": out by a side
    for i, (t0, t1, motion) in enumerate(windows):
        if motion.kind == "appear":
            at = t0 if motion.at_fraction is not None else (t0 + t1) / 2
            if any(left < at for left in leaves + exits) and motion.enters_from is None and motion.end is None:
                back_from = min(back_from, at)  # "leaves in the middle and comes back at the end": in view again from then
                events.append(f"comes back at t={at:.2f} s")
                continue
            if motion.verb.startswith("reappear"):
                continue  # "runs to the left and comes back": back into a view it never left, in view all along
            if i == 0 or all(w[2].kind in INSTANT_KINDS or _mere_presence(w[2]) for w in windows[:i]):
                visible_from = at
            events.append(f"appears at t={at:.2f} s")
            if motion.enters_from is None and motion.end is None and motion.direction is None:
                if motion.relation is not None and scene.target_of(motion) is not None:
                    # "puts a bear on a chair in the second half": first seen where it is put, on the chair
                    placed = run_motion(inst, replace(motion, kind="rest"), pose, vx, vy, t0, t1, t1, [], scene)
                    pose = placed[1] if placed is not None else pose
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
        result = run_motion(inst, motion, pose, vx, vy, t0, t1, until, owned, scene)
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
        visible = visible_from - 1e-9 <= t < hidden_from - 1e-9 or t >= back_from - 1e-9
        if t >= back_from - 1e-9 and any(left < back_from for left in exits):
            before = [s for s in poses if s <= min(exits)]  # back from off the frame: where it was when it set off
            current = poses[max(before)] if before else inst.start
        out.append(current if visible or not current.visible else current.changed(visible=False))
    return out, events


def _mere_presence(motion: Motion) -> bool:
    """A rest that places nothing ("nothing is there; later a car appears"): it does not show the object."""
    return motion.kind == "rest" and motion.start is None and motion.end is None and motion.target is None


def run_motion(inst: Instance, motion: Motion, pose: Pose, vx: float, vy: float, t0: float, t1: float, until: float,
               times: list[float], scene: Scene):
    """Dispatch one motion to its physics; returns (pose per keyframe time, end pose, vx, vy) or None."""
    world = scene.world
    kind = motion.kind
    mob = inst.mobility
    if world.top_down and kind in ("throw", "fall", "bounce", "jump", "glide", "float"):
        kind = "move"
    if kind == "jump" and motion.end is not None and any(said is not None and abs(said - now) > HOP_RANGE
                                                         for said, now in zip(motion.end, (pose.x, pose.y))):
        # "hops from the right of the boat to its left", "hops down to the lower right": many hops, the path is the walk's
        kind = "move"
    if motion.circle or kind == "circle":
        return _circle(inst, motion, pose, t0, t1, times, scene)
    drifting = mob in ("glider", "flutter", "buoyant") and kind in ("glide", "float", "fly", "fall", "move")
    if drifting and motion.end is not None and None not in motion.end:
        kind = "move"  # "a balloon drifts to the upper right corner": the place said is where it goes, whatever the air does
    elif drifting and mob != "glider" and kind in ("glide", "float", "move") and motion.end is not None \
            and motion.end[0] is not None and motion.direction not in ("up", "down"):
        kind = "move"  # "a leaf drifts from left to right": a side said with no rise or fall is an even crossing
        if mob == "buoyant" and pose is inst.start and t0 <= 1e-9 and not inst.screen_space \
                and pose.y > GROUND_Y - 0.05:
            pose = pose.changed(y=0.25 + inst.height)  # a balloon placed on the ground crosses in the air
    if kind in ("throw", "fall", "bounce", "jump", "glide", "float") or (kind == "fly"
                                                                         and mob in ("glider", "flutter", "buoyant")):
        if mob == "glider" and kind in ("throw", "glide", "fly", "fall", "float", "move"):
            return _glide(inst, motion, pose, t0, until, times, scene)
        if mob == "flutter" and kind in ("fall", "float", "glide", "fly", "throw", "bounce"):
            return _flutter(inst, motion, pose, t0, until, times, scene)
        if mob == "buoyant" and kind in ("float", "fly", "glide"):
            return _rise(inst, motion, pose, t0, until, times, scene)
        if kind == "jump":
            return _jump(inst, motion, pose, t0, t1, until, times, scene)
        if kind in ("throw", "fall", "bounce"):
            return _projectile(inst, motion, pose, t0, t1, until, times, scene)
        if kind in ("glide", "float"):
            kind = "move"
    if kind in ("rest", "appear", "land", "break") and motion.relation is None and motion.start is None:
        return {t: pose for t in times}, pose, 0.0, 0.0
    if kind in ("pan", "dolly", "zoom"):
        return None
    return _drive(inst, motion, pose, t0, t1, times, scene)


def _speed_for(inst: Instance, motion: Motion) -> float:
    factor = {"run": 2.5 if inst.mobility == "walker" else 1.3}.get(motion.kind, 1.0)
    return inst.speed * factor * motion.speed


def _drive(inst, motion, pose, t0, t1, times, scene):
    """Self-propelled move (walk, drive, fly, swim, roll) from the pose to the prompt's goal."""
    instances, world, events = scene.instances, scene.world, scene.events
    span = max(t1 - t0, 1e-6)
    half_w = inst.width / 2
    lo, hi = EDGE_MARGIN + half_w, 1 - EDGE_MARGIN - half_w
    speed = _speed_for(inst, motion)
    reach = speed * span * 0.8  # distance covered at cruise speed with the speed ramps
    x, y, depth = pose.x, pose.y, pose.depth
    target = scene.target_of(motion)
    goal_x, goal_y, goal_depth = x, y, depth
    if target is not None and motion.relation in ("toward", "to", "past", "away", "next", "behind",
                                                  "front", "on", "in", "over", "under", "by"):
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
            # "crosses in front of the car": with a side to go to it passes at that depth; else it goes there
            goal_x = (hi if motion.direction == "right" else lo) if motion.direction in ("left", "right") else tx
            goal_depth = 1.35 if motion.relation == "behind" else 0.85
        elif motion.relation == "over":
            goal_x, goal_y = tx, min(y, target.start.y - target.height)  # a bird above a car keeps its height
        elif motion.relation == "on":
            goal_x, goal_y = tx, target.start.y - target.height
        elif motion.relation == "in":  # "puts the ball in the box": inside it, on its floor
            goal_x, goal_y, goal_depth = tx, target.start.y, target.start.depth
        elif motion.relation == "under":
            goal_x = tx
            if not world.top_down and y < target.start.y < GROUND_Y:  # "a bird below a kite": under its bottom edge
                goal_y = min(target.start.y + inst.height + 0.02, GROUND_Y)
        else:
            goal_x = tx - side * (gap + 0.02)
        if motion.relation not in ("past", "away") and not (motion.relation in ("behind", "front")
                                                             and motion.direction in ("left", "right")):
            # beside a reference wider than the frame the side is off-canvas: the group stays in view
            # (in front of the reference's edge), keeping its row's spacing
            offsets = [i.row_offset for i in instances if i.entity == inst.entity]
            centre = clip(goal_x, lo - min(offsets), hi - max(offsets))
            goal_x = clip(centre + inst.row_offset, lo, hi)
        if motion.kind == "rest":
            start = pose.changed(x=goal_x, y=goal_y, depth=goal_depth)
            inst.start = start
            return {t: start for t in times}, start, 0.0, 0.0
        events.append(f"goes {RELATION_WORDS.get(motion.relation, motion.relation)} the {target.name}")
    if motion.end is not None:
        if motion.end[0] is not None:
            # a group goes there together: its row keeps its spacing, so no two end in one box
            offsets = [i.row_offset for i in instances if i.entity == inst.entity]
            centre = clip(motion.end[0], lo - min(offsets), hi - max(offsets))
            goal_x = clip(centre + inst.row_offset, lo, hi)
        if motion.end[1] is not None and inst.screen_space:
            goal_y = clip(motion.end[1], inst.height / 2 + EDGE_MARGIN, 1 - inst.height / 2 - EDGE_MARGIN) + inst.height / 2
        if target is not None and motion.relation == "past" and abs(goal_x - target.start.x) < target.width / 2:
            # "walks past the dog to the right", the dog being on the right already: it ends beyond the dog, not on it
            gap = (target.width + inst.width) / 2 + 0.02
            goal_x = clip(target.start.x + (gap if x <= target.start.x else -gap), lo, hi)
    elif motion.direction in ("left", "right") and target is None:
        sign = 1 if motion.direction == "right" else -1
        goal_x = x + sign * reach
        if not motion.exits:
            capped = clip(goal_x, lo, hi)
            if abs(capped - goal_x) > 1e-6 and abs(capped - x) > 1e-6:
                needed = abs(capped - x) / (span * 0.8) * world.scale_m
                events.append(f"moves {motion.direction} at about {needed:.1f} m/s (slower than its usual "
                              f"{speed * world.scale_m:.1f} m/s so it stays in view)")
            goal_x = capped
    elif motion.direction in ("up", "down"):
        sign = -1 if motion.direction == "up" else 1
        top = inst.height + EDGE_MARGIN
        goal_y = clip(y + sign * max(reach, 0.4), top, GROUND_Y if not world.top_down else 1 - EDGE_MARGIN)
    if motion.enters_from is not None and motion.end is None and motion.direction is None:
        goal_x = {"left": 0.7, "right": 0.3}.get(motion.enters_from, x)
        if motion.enters_from in ("top", "bottom"):
            goal_y = 0.5 + inst.height / 2
        events.append(f"enters from the {motion.enters_from}")
    if motion.depth in ("closer", "farther"):
        goal_depth = 0.75 if motion.depth == "closer" else 2.5
        if motion.depth == "closer" and depth <= 1.0:
            depth = 2.2
            pose = pose.changed(depth=depth)
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
    support = _support_under(inst, pose, scene) if goal_y == y and not (world.top_down or inst.screen_space) else None
    if support is not None and inst.mobility != "flyer" and abs(goal_x - support.start.x) > support.width / 2:
        goal_y = support.start.y  # walks off the box it stood on: back down to the ground
    end = pose.changed(x=goal_x, y=goal_y, depth=goal_depth)
    if motion.exits:
        # leave at the object's own speed (ramps included), but within 85% of the window; then stay outside.
        # A leave at a said moment ("halfway through", "at first ... then") is brief whatever the object's
        # class: gone within EXIT_AFTER_CUE of the clip, so it is in view before the moment and not after
        needed = abs(goal_x - x) / (0.8 * max(speed, 1e-6))
        limit = 0.85 * span
        if motion.done_by and motion.at_fraction is None and motion.window is None:
            needed = limit  # "runs in, and by the end it has left": the pass takes the time said, its pace tied to it
        elif motion.at_fraction is not None or t0 > 1e-6:
            limit = min(limit, EXIT_AFTER_CUE * world.duration_s)
            if needed > limit:
                events.append(f"hurries out at about {abs(goal_x - x) * world.scale_m / (0.8 * limit):.1f} m/s "
                              f"so it is gone soon after the moment the prompt names")
        cut = t0 + min(limit, max(0.3 * span, needed))
        sampled = kinematic_move(pose, end, t0, cut, [min(t, cut) for t in times])
    else:
        sampled = kinematic_move(pose, end, t0, t1, times)
    distance = math.hypot(goal_x - x, goal_y - y) * world.scale_m
    if distance > 0.05 and not any(e.startswith("moves ") for e in events):
        events.append(f"{motion.verb or 'moves'} {distance:.1f} m in {span:.1f} s (about {distance / span:.1f} m/s)")
    if world.top_down and inst.mobility in TOP_DOWN_HEADED and (goal_x, goal_y) != (x, y):
        heading = math.atan2(goal_y - y, goal_x - x)
        sampled = [p.changed(heading=heading) for p in sampled]
        end = end.changed(heading=heading)
    return dict(zip(times, sampled)), end, 0.0, 0.0


def _circle(inst, motion, pose, t0, t1, times, scene):
    world, events = scene.world, scene.events
    target = scene.target_of(motion)
    if world.top_down:
        center = (target.start.x, target.start.y - target.height / 2) if target else (0.5, 0.5)
        radius = 0.28 if target is None else (target.width + inst.width) / 2 + 0.1
        start_angle = math.atan2((pose.y - inst.height / 2) - center[1], pose.x - center[0]) if target else math.pi / 2
        if target is None:
            pose = pose.changed(x=center[0], y=center[1] + radius + inst.height / 2)
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


def _projectile(inst, motion, pose, t0, t1, t_end, times, scene):
    """Throws, drops and bounces: a launch (or release) followed by free flight with impacts."""
    reading, instances, world, events = scene.reading, scene.instances, scene.world, scene.events
    g = world.gravity
    entity = reading.entities[inst.entity]
    restitution = restitution_for(inst.material, entity.cls.restitution if inst.material == entity.cls.material else None)
    breaks = motion.breaks or inst.material in BREAKS_ON_IMPACT
    friction = ROLLING_RESISTANCE if inst.mobility == "ball" else SLIDING_FRICTION
    ground = GROUND_Y
    sign = heading_sign(motion) or 0
    x, y = pose.x, pose.y
    support = scene.target_of(motion) if motion.relation in ("off", "from", "on") else None
    if motion.kind == "throw":
        launch_height = min(world.m(1.2), 0.3)
        if entity.agent is not None:
            agent = next(i for i in instances if i.entity == entity.agent)
            launch_height = min(agent.height * 0.75, 0.6)
            sign = sign or (1 if agent.start.x < 0.5 else -1)
        sign = sign or 1
        if pose is inst.start:
            y = ground - launch_height
            pose = pose.changed(y=y)
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
        pose = pose.changed(x=x, y=y)
        vx = sign * world.m(1.0) * motion.speed if sign else 0.0
        if support is None and motion.end and motion.end[0] is not None:
            # "bounces from the left of the car to the right of it": the way along is what reaches the place said in the
            # time given, whatever the scene's scale (a walking pace falls short beside a car)
            vx = (motion.end[0] - x) / max(t1 - t0, 0.5) * motion.speed
        vy = 0.0
    if breaks:
        events.append(f"{inst.material or 'it'} breaks on impact")
    elif restitution > 0:
        events.append(f"restitution {restitution:.2f} ({inst.material})")
    flight_result = ballistic(pose, vx, vy, t0, t_end, times, gravity=g, ground=ground,
                              restitution=0.0 if breaks else restitution,
                              friction=friction, breaks=breaks, rest_speed=world.m(REST_SPEED_M_S), scale_m=world.scale_m)
    events.extend(flight_result.events)
    sampled = dict(zip(sorted(t for t in times if t0 <= t <= t_end), flight_result.poses))
    return sampled, flight_result.end, flight_result.vx, flight_result.vy


def _support_under(inst, pose, scene):
    """The object this one stands on ("a cat sits on top of a box"), if its bottom rests on another's top."""
    for other in scene.instances:
        if other.entity != inst.entity and abs(pose.y - (other.start.y - other.height)) < 0.005 \
                and abs(pose.x - other.start.x) < other.width / 2:
            return other
    return None


def _jump(inst, motion, pose, t0, t1, t_end, times, scene):
    reading, world, events = scene.reading, scene.world, scene.events
    entity = reading.entities[inst.entity]
    height = world.m(entity.cls.jump_m or 0.4)
    target = scene.target_of(motion)
    g = world.gravity
    vy = -math.sqrt(2 * g * height)
    flight = 2 * height / math.sqrt(2 * g * height) if height > 0 else 0.5
    sign = heading_sign(motion)
    vx = sign * min(_speed_for(inst, motion), HOP_RANGE / max(flight, 0.1)) if sign else 0.0
    support = _support_under(inst, pose, scene)
    ground = support.start.y if support is not None and vx and not world.top_down else pose.y  # jumping off a box: down
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
                landed = p.changed(y=ground, x=target.start.x)
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


def _glide(inst, motion, pose, t0, t_end, times, scene):
    world, events = scene.world, scene.events
    trim = world.m(GLIDE_TRIM_SPEED_M_S) * motion.speed
    g = world.gravity
    lift = g / (trim * trim)
    drag = lift / GLIDE_RATIO
    sign = heading_sign(motion) or 1
    if pose is inst.start and not inst.screen_space:
        x = EDGE_MARGIN + inst.width / 2 if sign > 0 else 1 - EDGE_MARGIN - inst.width / 2
        pose = pose.changed(x=x, y=0.25 + inst.height)
    vx, vy = sign * trim * 1.1, trim * 0.1
    events.append(f"glides with lift and drag (glide ratio {GLIDE_RATIO:.0f}, trim speed "
                  f"{GLIDE_TRIM_SPEED_M_S * motion.speed:.1f} m/s)")
    result = drag_flight(pose, vx, vy, t0, t_end, times, gravity=g, drag=drag, lift=lift, ground=GROUND_Y)
    events.extend(result.events)
    return dict(zip(sorted(t for t in times if t0 <= t <= t_end), result.poses)), result.end, result.vx, result.vy


def _flutter(inst, motion, pose, t0, t_end, times, scene):
    world, events = scene.world, scene.events
    terminal_m = FLUTTER_TERMINAL_M_S.get(inst.material, 1.0) * motion.speed
    terminal = world.m(terminal_m)
    g = world.gravity
    drag = g / (terminal * terminal)
    sign = heading_sign(motion)
    events.append(f"falls with air drag (terminal speed {terminal_m:.1f} m/s), fluttering sideways ±{FLUTTER_SWAY_M:.1f} m")
    result = drag_flight(pose, sign * terminal * 0.5, 0.0, t0, t_end, times, gravity=g, drag=drag, lift=0.0, ground=GROUND_Y,
                         sway=world.m(FLUTTER_SWAY_M), sway_period=FLUTTER_PERIOD_S)
    events.extend(result.events)
    return dict(zip(sorted(t for t in times if t0 <= t <= t_end), result.poses)), result.end, result.vx, result.vy


def _rise(inst, motion, pose, t0, t_end, times, scene):
    world, events = scene.world, scene.events
    lift = world.m(BUOYANT_LIFT_M_S2)
    terminal = world.m(BUOYANT_TERMINAL_M_S)
    drag = lift / (terminal * terminal)
    if pose is inst.start and not inst.screen_space:
        pose = pose.changed(y=0.85)
    sign = heading_sign(motion)
    events.append(f"rises on buoyancy ({BUOYANT_LIFT_M_S2:.0f} m/s² net, terminal {BUOYANT_TERMINAL_M_S:.1f} m/s)")
    result = drag_flight(pose, sign * terminal * 0.4, 0.0, t0, t_end, times, gravity=-lift, drag=drag, lift=0.0,
                         ground=math.inf)
    return dict(zip(sorted(t for t in times if t0 <= t <= t_end), result.poses)), result.end, result.vx, result.vy
