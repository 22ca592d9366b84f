"""Pure motion math of the physics planner: speed profiles, circles, projectiles with exact ground
impacts, drag flights, and the material constants they use (SI units unless a name says otherwise)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .scene import Pose

SIM_DT_S = 1.0 / 240.0
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
            start.changed(
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
            out.append(base.changed(x=x, y=y, heading=angle + math.pi / 2))
        else:
            x = center[0] + radius_x * math.cos(angle)
            depth = 1.0 + radius_depth * (1.0 - math.sin(angle))
            out.append(base.changed(x=x, depth=depth))
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
                poses.append(start.changed(x=x, y=y, squash=squash))
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
    end = start.changed(x=x, y=y, squash=squash)
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
                poses.append(start.changed(x=x + flutter, y=y))
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
    return FlightResult(poses, start.changed(x=x + flutter, y=y), vx, vy, events)


def restitution_for(material: str, override: float | None) -> float:
    if override is not None:
        return override
    return RESTITUTION.get(material, 0.3)


# ------------------------------------------------------------------------------ the planner
