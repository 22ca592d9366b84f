"""Rendered clip pairs for the physics judge: the same scene once with right physics, once with one violation.

Each family breaks one law (a fall at constant speed, a rebound higher than the drop, a dropped ball
accelerating upward, a throw without gravity, a teleport, jitter, vanishing, a size pop, a colour change);
the controls are driven or self-propelled motion (a car, a walking person, a bird) whose constant speed is
right, paired with the same motion broken by a glitch. Scenes vary by seed (backdrop, colours, sizes,
gravity strength, starting points, frame rate), so a judge tuned on a few seeds is tested on others.

Motion is simulated with exact kinematics on sub-steps; discs are drawn anti-aliased at sub-pixel positions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

FAMILIES = ("constant_fall", "higher_rebound", "upward_fall", "no_gravity", "teleport", "jitter", "vanish",
            "size_pop", "colour_change")
CONTROLS = ("car", "person", "bird")

COLOURS = {"red": (215, 35, 35), "blue": (40, 70, 210), "green": (30, 160, 60), "orange": (235, 130, 20),
           "purple": (130, 50, 170), "yellow": (225, 205, 30)}
BACKDROPS = [  # sky top, sky bottom, floor
    ((205, 215, 230), (160, 170, 150), (120, 100, 80)),
    ((235, 235, 225), (200, 200, 190), (90, 90, 95)),
    ((150, 190, 230), (210, 225, 235), (100, 130, 70)),
    ((60, 60, 75), (95, 95, 110), (45, 40, 35)),
]
FLOOR = 0.86  # the floor's top edge, as a share of the frame height


@dataclass(frozen=True)
class ClipPair:
    family: str
    seed: int
    prompt: str
    right: np.ndarray  # uint8 [T, H, W, 3]
    wrong: np.ndarray
    fps: float


@dataclass(frozen=True)
class Scene:
    width: int
    height: int
    fps: float
    frames: int
    backdrop: tuple
    colour_name: str
    radius: float  # px
    gravity: float  # px / frame²


def make_scene(seed: int, width: int, height: int) -> Scene:
    rng = np.random.default_rng(seed)
    fps = float(rng.choice([12.0, 16.0, 24.0]))
    seconds = float(rng.uniform(3.0, 4.0))
    g_heights = float(rng.uniform(1.2, 2.6))  # frame heights / s²
    name = str(rng.choice(sorted(COLOURS)))
    return Scene(width, height, fps, round(seconds * fps), BACKDROPS[seed % len(BACKDROPS)], name,
                 float(rng.uniform(0.035, 0.06)) * height, g_heights * height / fps**2)


def backdrop(scene: Scene) -> np.ndarray:
    top, bottom, floor = (np.array(c, float) for c in scene.backdrop)
    y = np.linspace(0.0, 1.0, scene.height)[:, None, None]
    image = np.broadcast_to(top * (1 - y) + bottom * y, (scene.height, scene.width, 3)).copy()
    image[int(FLOOR * scene.height):] = floor
    return image.astype(np.uint8)


def simulate(scene: Scene, x0: float, y0: float, vx: float, vy: float, restitution: float = 0.6,
             gravity: float | None = None, floor: float | None = None, substeps: int = 40) -> list[tuple[float, float]]:
    """Centre positions per frame of a disc under constant gravity bouncing on the floor (exact per sub-step)."""
    g = scene.gravity if gravity is None else gravity
    bottom = (FLOOR * scene.height if floor is None else floor) - scene.radius
    x, y, positions = x0, y0, []
    dt = 1.0 / substeps
    for _ in range(scene.frames):
        positions.append((x, y))
        for _ in range(substeps):
            x += vx * dt
            y += vy * dt + 0.5 * g * dt * dt
            vy += g * dt
            if y > bottom and vy > 0:
                y = bottom - (y - bottom)
                vy = -restitution * vy
                if abs(vy) < 0.5 * g:  # too little rebound to see: it lies on the floor
                    vy, y = 0.0, bottom
    return positions


def render(scene: Scene, positions, colours=None, radii=None, shape: str = "disc") -> np.ndarray:
    """One object per frame at ``positions`` (None = absent); ``colours``/``radii`` override per frame."""
    import cv2

    base = backdrop(scene)
    frames = []
    for i, position in enumerate(positions):
        frame = base.copy()
        if position is not None:
            colour = COLOURS[scene.colour_name] if colours is None else colours[i]
            r = scene.radius if radii is None else radii[i]
            cx, cy = float(position[0]), float(position[1])
            if shape == "disc":
                cv2.circle(frame, (round(cx * 16), round(cy * 16)), round(r * 16), colour, -1, cv2.LINE_AA, 4)
            else:  # a box: w × h in radii (a car is wide, a person tall, a bird a flat ellipse)
                w, h = {"car": (3.2, 1.3), "person": (0.8, 2.6), "bird": (1.6, 0.6)}[shape]
                if shape == "bird":
                    cv2.ellipse(frame, (round(cx * 16), round(cy * 16)), (round(w * r * 16), round(h * r * 16)),
                                0, 0, 360, colour, -1, cv2.LINE_AA, 4)
                else:
                    cv2.rectangle(frame, (round((cx - w * r) * 16), round((cy - h * r) * 16)),
                                  (round((cx + w * r) * 16), round((cy + h * r) * 16)), colour, -1, cv2.LINE_AA, 4)
        frames.append(frame)
    return np.stack(frames)


def _drop(scene: Scene, rng, restitution: float) -> list:
    x0 = rng.uniform(0.25, 0.75) * scene.width
    return simulate(scene, x0, rng.uniform(0.12, 0.3) * scene.height, rng.uniform(-0.3, 0.3) * scene.width / scene.frames,
                    0.0, restitution)


def _throw(scene: Scene, rng) -> list:
    x0 = rng.uniform(0.08, 0.2) * scene.width
    vx = rng.uniform(0.5, 0.7) * scene.width / scene.frames
    vy = -rng.uniform(0.8, 1.4) * math.sqrt(scene.gravity * scene.height * 0.5)
    return simulate(scene, x0, rng.uniform(0.45, 0.7) * scene.height, vx, vy, restitution=rng.uniform(0.5, 0.7))


def _mid(scene: Scene, rng) -> int:
    return int(scene.frames * rng.uniform(0.35, 0.6))


def make_pair(family: str, seed: int, width: int = 320, height: int = 192) -> ClipPair:
    """The right and wrong clip of one family for scene ``seed``."""
    scene = make_scene(seed, width, height)
    rng = np.random.default_rng(seed + 1000)
    colour = scene.colour_name
    if family in CONTROLS:
        return _control_pair(family, scene, rng, seed)
    if family == "constant_fall":
        right = _drop(scene, rng, restitution=float(rng.choice([0.0, 0.5])))
        x0, y0 = right[0]
        landing = next((i for i, p in enumerate(right) if i and p[1] >= right[i - 1][1] and p[1] >= max(q[1] for q in right) - 0.5), len(right) // 2)
        y_land = max(p[1] for p in right)
        dx = (right[-1][0] - x0) / len(right)
        wrong = [(x0 + dx * i, y0 + (y_land - y0) * min(1.0, i / max(landing, 1))) for i in range(len(right))]
        prompt = f"a {colour} ball falls to the ground"
    elif family == "higher_rebound":
        start = rng.uniform(0.3, 0.45) * scene.height
        x0, vx = rng.uniform(0.2, 0.4) * scene.width, rng.uniform(0.1, 0.3) * scene.width / scene.frames
        right = simulate(scene, x0, start, vx, 0.0, restitution=rng.uniform(0.55, 0.75))
        wrong = simulate(scene, x0, start, vx, 0.0, restitution=rng.uniform(1.15, 1.3))
        wrong = [(x, max(y, scene.radius + 1)) for x, y in wrong]
        prompt = f"a {colour} ball is dropped and bounces on the floor"
    elif family == "upward_fall":
        right = _drop(scene, rng, restitution=0.5)
        x0 = right[0][0]
        y_low = rng.uniform(0.55, 0.75) * scene.height
        wrong = [(x, max(y_low - 0.5 * scene.gravity * i * i, -3 * scene.radius)) for i, (x, _) in enumerate(right)]
        prompt = f"a {colour} ball is dropped"
    elif family == "no_gravity":
        right = _throw(scene, rng)
        (x0, y0), (x1, _) = right[0], right[-1]
        y1 = y0 + rng.uniform(-0.35, 0.1) * scene.height
        wrong = [(x0 + (x1 - x0) * i / (len(right) - 1), y0 + (y1 - y0) * i / (len(right) - 1)) for i in range(len(right))]
        prompt = f"a {colour} ball is thrown from the left to the right"
    elif family in ("teleport", "jitter", "vanish", "size_pop", "colour_change"):
        right = _throw(scene, rng) if seed % 2 else _drop(scene, rng, restitution=0.6)
        prompt = f"a {colour} ball is thrown from the left to the right" if seed % 2 else f"a {colour} ball is dropped and bounces"
        wrong, colours, radii = _glitch(family, scene, rng, right)
        return ClipPair(family, seed, prompt, render(scene, right), render(scene, wrong, colours, radii), scene.fps)
    else:
        raise ValueError(f"unknown family {family!r}; choose from {FAMILIES + CONTROLS}")
    return ClipPair(family, seed, prompt, render(scene, right), render(scene, wrong), scene.fps)


def _glitch(family: str, scene: Scene, rng, path: list, shape_scale: float = 1.0):
    """The same path broken by one non-physical event from a mid-clip frame on."""
    k = _mid(scene, rng)
    wrong, colours, radii = list(path), None, None
    if family == "teleport":
        shift = np.array([rng.choice([-1, 1]) * rng.uniform(0.25, 0.35) * scene.width, -rng.uniform(0.1, 0.2) * scene.height])
        wrong = [p if i < k else (p[0] + shift[0], p[1] + shift[1]) for i, p in enumerate(path)]
    elif family == "jitter":
        amount = rng.uniform(0.03, 0.05) * scene.height
        wrong = [(x + rng.uniform(-amount, amount), y + rng.uniform(-amount, amount)) for x, y in path]
    elif family == "vanish":
        wrong = [None if k <= i < k + 10 else p for i, p in enumerate(path)]
    elif family == "size_pop":
        factor = float(rng.choice([0.55, 1.7]))
        radii = [scene.radius * (1.0 if i < k else factor) for i in range(len(path))]
    elif family == "colour_change":
        other = str(rng.choice([c for c in sorted(COLOURS) if c != scene.colour_name]))
        colours = [COLOURS[scene.colour_name] if i < k else COLOURS[other] for i in range(len(path))]
    return wrong, colours, radii


def _control_pair(kind: str, scene: Scene, rng, seed: int) -> ClipPair:
    """Driven or self-propelled motion at constant speed (right) and the same with a glitch (wrong)."""
    n = scene.frames
    direction = 1 if seed % 2 == 0 else -1
    speed = rng.uniform(0.5, 0.8) * scene.width / n
    start = 0.15 * scene.width if direction > 0 else 0.85 * scene.width
    if kind == "car":
        y = FLOOR * scene.height - 1.3 * scene.radius
        path = [(start + direction * speed * i, y) for i in range(n)]
        prompt = "a car drives along the road"
    elif kind == "person":
        y = FLOOR * scene.height - 2.6 * scene.radius
        bob = 0.01 * scene.height
        path = [(start + direction * speed * i, y - bob * abs(math.sin(math.pi * i * 2 / scene.fps))) for i in range(n)]
        prompt = "a person walks across the street"
    else:
        y0 = rng.uniform(0.2, 0.4) * scene.height
        wave = rng.uniform(0.02, 0.05) * scene.height
        path = [(start + direction * speed * i, y0 + wave * math.sin(2 * math.pi * i / (1.5 * scene.fps))) for i in range(n)]
        prompt = "a bird flies across the sky"
    family = str(rng.choice(["teleport", "vanish", "size_pop", "jitter"]))
    wrong, colours, radii = _glitch(family, scene, rng, path)
    return ClipPair(kind, seed, prompt, render(scene, path, shape=kind), render(scene, wrong, colours, radii, shape=kind),
                    scene.fps)
