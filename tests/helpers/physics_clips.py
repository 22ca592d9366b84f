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
            "size_pop", "colour_change", "sinks")
OPEN_FAMILIES = ("interpenetration",)  # judged (solidity law), not yet right often enough to count: a box that rests
# for part of the clip in two places leaves the median background holding it where no repair can see the backdrop
CONTROLS = ("car", "person", "bird", "rolling", "balloon", "feather")
VARIED_SIZES = ((320, 192), (832, 480), (480, 832), (256, 256), (640, 360))

COLOURS = {"red": (215, 35, 35), "blue": (40, 70, 210), "green": (30, 160, 60), "orange": (235, 130, 20),
           "purple": (130, 50, 170), "yellow": (225, 205, 30)}
BACKDROPS = [  # sky top, sky bottom, floor
    ((205, 215, 230), (160, 170, 150), (120, 100, 80)),
    ((235, 235, 225), (200, 200, 190), (90, 90, 95)),
    ((150, 190, 230), (210, 225, 235), (100, 130, 70)),
    ((60, 60, 75), (95, 95, 110), (45, 40, 35)),
]
CONTRAST_COLOURS = {"black": (12, 12, 16), "white": (250, 250, 250)}  # dark on dark, light on light scenes
FLOOR = 0.86  # the floor's top edge, as a share of the frame height


@dataclass(frozen=True)
class ClipPair:
    family: str
    seed: int
    prompt: str
    right: np.ndarray  # uint8 [T, H, W, 3]
    wrong: np.ndarray
    fps: float
    tags: tuple = ()  # what varies in this pair's scene (the generalisation set)


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
    floor: float = FLOOR  # the floor's top edge, share of the frame height
    background: str = "gradient"  # gradient | flat | textured | noise
    camera_noise: float = 0.0  # std of per-pixel sensor noise per frame, gray levels (plus a global flicker)
    delay: int = 0  # frames the object holds still before its motion starts
    companion: str | None = None  # colour of a second ball, dropped with right physics in both clips
    tags: tuple = ()  # what varies in this scene, for the bench's per-variation counts


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
    if scene.background == "flat":
        y = np.zeros_like(y)
    image = np.broadcast_to(top * (1 - y) + bottom * y, (scene.height, scene.width, 3)).copy()
    floor_row = int(scene.floor * scene.height)
    image[floor_row:] = floor
    rng = np.random.default_rng(scene.frames * 7919 + scene.width)
    if scene.background == "textured":  # smooth blotches over the sky and planks on the floor
        import cv2

        coarse = rng.normal(0.0, 1.0, (max(2, scene.height // 40), max(2, scene.width // 40)))
        blotches = cv2.resize(coarse, (scene.width, scene.height), interpolation=cv2.INTER_CUBIC)
        image += 14.0 * blotches[:, :, None]
        planks = (np.arange(scene.width) // max(8, scene.width // 12)) % 2
        image[floor_row:] += np.where(planks, 12.0, -12.0)[None, :, None]
    elif scene.background == "noise":  # a fixed grain (a noisy wall), the same in every frame
        image += rng.normal(0.0, 9.0, image.shape)
    return np.clip(image, 0, 255).astype(np.uint8)


def simulate(scene: Scene, x0: float, y0: float, vx: float, vy: float, restitution: float = 0.6,
             gravity: float | None = None, floor: float | None = None, substeps: int = 40) -> list[tuple[float, float]]:
    """Centre positions per frame of a disc under constant gravity bouncing on the floor (exact per sub-step)."""
    g = scene.gravity if gravity is None else gravity
    bottom = (scene.floor * scene.height if floor is None else floor) - scene.radius
    x, y, positions = x0, y0, []
    dt = 1.0 / substeps
    for frame in range(scene.frames):
        positions.append((x, y))
        if frame < scene.delay:  # held still until its motion starts
            continue
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


SHAPES = {"car": (3.2, 1.3), "person": (0.8, 2.6), "bird": (1.6, 0.6), "box": (1.2, 1.2), "balloon": (1.0, 1.25),
          "feather": (1.8, 0.45)}  # half width × half height in radii


def colour_of(name: str) -> tuple:
    return COLOURS[name] if name in COLOURS else CONTRAST_COLOURS[name]


def _draw(frame: np.ndarray, shape: str, cx: float, cy: float, r: float, colour) -> None:
    import cv2

    if shape == "disc":
        cv2.circle(frame, (round(cx * 16), round(cy * 16)), round(r * 16), colour, -1, cv2.LINE_AA, 4)
        return
    w, h = SHAPES[shape]
    if shape in ("bird", "balloon", "feather"):
        cv2.ellipse(frame, (round(cx * 16), round(cy * 16)), (round(w * r * 16), round(h * r * 16)),
                    0, 0, 360, colour, -1, cv2.LINE_AA, 4)
    else:
        cv2.rectangle(frame, (round((cx - w * r) * 16), round((cy - h * r) * 16)),
                      (round((cx + w * r) * 16), round((cy + h * r) * 16)), colour, -1, cv2.LINE_AA, 4)


def render(scene: Scene, positions, colours=None, radii=None, shape: str = "disc", others=()) -> np.ndarray:
    """One object per frame at ``positions`` (None = absent); ``colours``/``radii`` override per frame;
    ``others`` are further objects (positions, colour, radius, shape) drawn under it."""
    base = backdrop(scene)
    noise = np.random.default_rng(scene.frames * 31 + scene.height) if scene.camera_noise else None
    frames = []
    for i, position in enumerate(positions):
        frame = base.copy()
        for path, other_colour, other_radius, other_shape in others:
            if path[i] is not None:
                _draw(frame, other_shape, path[i][0], path[i][1], other_radius, other_colour)
        if position is not None:
            colour = colour_of(scene.colour_name) if colours is None else colours[i]
            r = scene.radius if radii is None else radii[i]
            _draw(frame, shape, float(position[0]), float(position[1]), r, colour)
        if noise is not None:  # sensor grain and a slight exposure flicker, new every frame
            grain = noise.normal(0.0, scene.camera_noise, frame.shape) + noise.uniform(-2.0, 2.0)
            frame = np.clip(frame + grain, 0, 255).astype(np.uint8)
        frames.append(frame)
    return np.stack(frames)


def _held(scene: Scene, i: int) -> int:
    """Frames of motion by frame ``i`` (the object holds still for the scene's delay first)."""
    return max(0, i - scene.delay)


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
    return scene.delay + int((scene.frames - scene.delay) * rng.uniform(0.35, 0.6))


def make_varied_scene(seed: int) -> Scene:
    """A scene drawn from the wider distribution of the generalisation set (see VARIATIONS)."""
    rng = np.random.default_rng(seed * 7 + 3)
    width, height = VARIED_SIZES[int(rng.integers(len(VARIED_SIZES)))]
    frames = int(rng.integers(16, 82))
    fps = float(np.clip(round(frames / rng.uniform(1.6, 4.5)), 8, 30))
    contrast = str(rng.choice(["normal", "normal", "dark", "light"]))
    if contrast == "dark":
        chosen, name = ((70, 70, 85), (95, 95, 110), (55, 50, 45)), "black"
    elif contrast == "light":
        chosen, name = ((200, 205, 215), (185, 190, 195), (150, 150, 150)), "white"
    else:
        chosen, name = BACKDROPS[int(rng.integers(len(BACKDROPS)))], str(rng.choice(sorted(COLOURS)))
    background = str(rng.choice(["gradient", "flat", "textured", "noise"]))
    noise = float(rng.choice([0.0, 0.0, 3.0, 6.0]))
    delay = int(frames * rng.uniform(0.15, 0.35)) if rng.random() < 0.3 else 0
    companion = str(rng.choice([c for c in sorted(COLOURS) if c != name])) if rng.random() < 0.3 else None
    radius = float(rng.uniform(0.035, 0.085)) * min(width, height)
    tags = (f"{width}x{height}", contrast, background, *(("camera-noise",) if noise else ()),
            *(("delayed",) if delay else ()), *(("two-objects",) if companion else ()))
    return Scene(width, height, fps, frames, chosen, name, radius, float(rng.uniform(1.2, 2.6)) * height / fps**2,
                 float(rng.uniform(0.78, 0.9)), background, noise, delay, companion, tags)


def make_pair(family: str, seed: int, width: int = 320, height: int = 192, varied: bool = False) -> ClipPair:
    """The right and wrong clip of one family for scene ``seed`` (``varied``: a scene of the generalisation set,
    whose size comes from the seed)."""
    scene = make_varied_scene(seed) if varied else make_scene(seed, width, height)
    rng = np.random.default_rng(seed + 1000)
    colour = scene.colour_name
    if family in CONTROLS:
        return _control_pair(family, scene, rng, seed)
    shape = "disc"
    if family == "constant_fall":
        right = _drop(scene, rng, restitution=float(rng.choice([0.0, 0.5])))
        x0, y0 = right[0]
        moving = right[scene.delay:]
        landing = next((i for i, p in enumerate(moving) if i and p[1] >= moving[i - 1][1]
                        and p[1] >= max(q[1] for q in moving) - 0.5), len(moving) // 2)
        y_land = max(p[1] for p in right)
        dx = (right[-1][0] - x0) / len(moving)
        wrong = [(x0 + dx * _held(scene, i), y0 + (y_land - y0) * min(1.0, _held(scene, i) / max(landing, 1)))
                 for i in range(len(right))]
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
        y_low = rng.uniform(0.55, 0.75) * scene.height
        wrong = [(x, max(y_low - 0.5 * scene.gravity * _held(scene, i) ** 2, -3 * scene.radius))
                 for i, (x, _) in enumerate(right)]
        prompt = f"a {colour} ball is dropped"
    elif family == "no_gravity":
        right = _throw(scene, rng)
        (x0, y0), (x1, _) = right[0], right[-1]
        y1 = y0 + rng.uniform(-0.35, 0.1) * scene.height
        span = max(len(right) - 1 - scene.delay, 1)
        wrong = [(x0 + (x1 - x0) * _held(scene, i) / span, y0 + (y1 - y0) * _held(scene, i) / span) for i in range(len(right))]
        prompt = f"a {colour} ball is thrown from the left to the right"
    elif family == "sinks":
        x0 = rng.uniform(0.25, 0.75) * scene.width
        y0 = rng.uniform(0.12, 0.3) * scene.height
        right = simulate(scene, x0, y0, 0.0, 0.0, restitution=float(rng.choice([0.0, 0.4])))
        rest = next((i for i in range(len(right) - 1, 0, -1) if abs(right[i - 1][1] - right[-1][1]) > 1e-6), 0)
        if rest > 0.7 * len(right):  # a short clip: dropped from mid-height it lands dead with time left to sink
            right = simulate(scene, x0, 0.5 * scene.height, 0.0, 0.0, restitution=0.0)
            rest = next((i for i in range(len(right) - 1, 0, -1) if abs(right[i - 1][1] - right[-1][1]) > 1e-6), 0)
        depth = min(rng.uniform(0.9, 1.6) * 2 * scene.radius, (1 - scene.floor) * scene.height - 0.5 * scene.radius)
        frames_to_sink = max(4, int(0.6 * (len(right) - rest)))  # slowly, ending in view
        wrong = [p if i <= rest else (p[0], p[1] + depth * min(1.0, (i - rest) / frames_to_sink)) for i, p in enumerate(right)]
        prompt = f"a {colour} ball falls to the ground"
    elif family == "interpenetration":
        return _interpenetration_pair(scene, rng, seed)
    elif family in ("teleport", "jitter", "vanish", "size_pop", "colour_change"):
        right = _throw(scene, rng) if seed % 2 else _drop(scene, rng, restitution=0.6)
        prompt = (f"a {colour} ball is thrown from the left to the right" if seed % 2
                  else f"a {colour} ball is dropped and bounces")
        wrong, colours, radii = _glitch(family, scene, rng, right)
        others, prompt, tags = _companion(scene, seed, (right, wrong), prompt)
        return ClipPair(family, seed, prompt, render(scene, right, others=others),
                        render(scene, wrong, colours, radii, others=others), scene.fps, tags)
    else:
        raise ValueError(f"unknown family {family!r}; choose from {FAMILIES + CONTROLS}")
    others, prompt, tags = _companion(scene, seed, (right, wrong), prompt)
    return ClipPair(family, seed, prompt, render(scene, right, shape=shape, others=others),
                    render(scene, wrong, shape=shape, others=others), scene.fps, tags)


def _companion(scene: Scene, seed: int, paths, prompt: str, extent: float = 1.0):
    """The scene's second ball, dropped with right physics in both clips in a lane the main object never
    crosses (objects that overlap are another family); none when no lane is free. Returns the objects to
    draw under the main one, the prompt naming it, and the pair's variation tags."""
    tags = tuple(tag for tag in scene.tags if tag != "two-objects")
    if scene.companion is None:
        return (), prompt, tags
    xs = [p[0] for path in paths for p in path if p is not None]
    reach = extent * scene.radius
    low, high = min(xs) - reach, max(xs) + reach
    radius = 0.8 * scene.radius
    lanes = [x for x in (0.04 * scene.width + 2 * radius, 0.96 * scene.width - 2 * radius)
             if x + 2 * radius < low or x - 2 * radius > high]
    if not lanes:
        return (), prompt, tags
    rng = np.random.default_rng(seed + 2000)
    path = simulate(scene, lanes[int(rng.integers(len(lanes)))], rng.uniform(0.15, 0.3) * scene.height, 0.0, 0.0, 0.5)
    return (((path, COLOURS[scene.companion], radius, "disc"),), prompt + f", and a {scene.companion} ball falls beside it",
            (*tags, "two-objects"))


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
        gone = min(10, max(3, scene.frames // 3))
        wrong = [None if k <= i < k + gone else p for i, p in enumerate(path)]
    elif family == "size_pop":
        factor = float(rng.choice([0.55, 1.7]))
        radii = [scene.radius * (1.0 if i < k else factor) for i in range(len(path))]
    elif family == "colour_change":
        own = colour_of(scene.colour_name)
        other = str(rng.choice([c for c in sorted(COLOURS) if c != scene.colour_name]))
        colours = [own if i < k else COLOURS[other] for i in range(len(path))]
    return wrong, colours, radii


def _interpenetration_pair(scene: Scene, rng, seed: int) -> ClipPair:
    """A box slides along the floor into a resting box: right, it stops at contact and the other slides on;
    wrong, it slides into the other and they overlap, both solid."""
    n = scene.frames
    r = scene.radius
    half = SHAPES["box"][0] * r
    y = scene.floor * scene.height - SHAPES["box"][1] * r
    x_other = rng.uniform(0.5, 0.65) * scene.width
    x0 = rng.uniform(0.08, 0.18) * scene.width
    contact = x_other - 2 * half
    moving = n - scene.delay
    hit = scene.delay + int(moving * rng.uniform(0.35, 0.5))
    speed = (contact - x0) / max(hit - scene.delay, 1)
    mover = [(x0 + speed * min(_held(scene, i), hit - scene.delay), y) for i in range(n)]
    pushed = [(x_other + speed * sum(0.85 ** k for k in range(max(0, i - hit))), y) for i in range(n)]
    depth = rng.uniform(0.6, 1.2) * 2 * half
    through = [(x0 + speed * min(_held(scene, i), (contact + depth - x0) / speed), y) for i in range(n)]
    other_colour = str(rng.choice([c for c in sorted(COLOURS) if c != scene.colour_name]))
    prompt = f"a {scene.colour_name} box slides along the floor into a {other_colour} box"
    resting = [(x_other, y)] * n
    right = render(scene, mover, shape="box", others=((pushed, COLOURS[other_colour], r, "box"),))
    wrong = render(scene, through, shape="box", others=((resting, COLOURS[other_colour], r, "box"),))
    return ClipPair("interpenetration", seed, prompt, right, wrong, scene.fps, tuple(t for t in scene.tags if t != "two-objects"))


def _control_pair(kind: str, scene: Scene, rng, seed: int) -> ClipPair:
    """Driven, self-propelled or light motion whose speed is its own (right), and the same with a glitch (wrong)."""
    n = scene.frames
    direction = 1 if seed % 2 == 0 else -1
    speed = rng.uniform(0.5, 0.8) * scene.width / n
    start = 0.15 * scene.width if direction > 0 else 0.85 * scene.width
    floor = scene.floor * scene.height
    shape = kind
    if kind == "car":
        y = floor - 1.3 * scene.radius
        path = [(start + direction * speed * _held(scene, i), y) for i in range(n)]
        prompt = "a car drives along the road"
    elif kind == "person":
        y = floor - 2.6 * scene.radius
        bob = 0.01 * scene.height
        path = [(start + direction * speed * _held(scene, i),
                 y - bob * abs(math.sin(math.pi * i * 2 / scene.fps))) for i in range(n)]
        prompt = "a person walks across the street"
    elif kind == "bird":
        y0 = rng.uniform(0.2, 0.4) * scene.height
        wave = rng.uniform(0.02, 0.05) * scene.height
        path = [(start + direction * speed * _held(scene, i),
                 y0 + wave * math.sin(2 * math.pi * i / (1.5 * scene.fps))) for i in range(n)]
        prompt = "a bird flies across the sky"
    elif kind == "rolling":  # a ball rolling on the floor, slowing a little each frame (rolling friction)
        y = floor - scene.radius
        decay = rng.uniform(0.97, 0.995)
        x, path = start, []
        for i in range(n):
            path.append((x, y))
            if i >= scene.delay:
                x += direction * speed * 1.3 * decay ** _held(scene, i)
        prompt = f"a {scene.colour_name} ball rolls across the floor and slowly comes to a stop"
        shape = "disc"
    elif kind == "balloon":  # buoyant: rises slowly at a steady speed, swaying
        x0 = rng.uniform(0.3, 0.7) * scene.width
        y0 = rng.uniform(0.6, 0.75) * scene.height
        rise = rng.uniform(0.25, 0.45) * scene.height / n
        sway = rng.uniform(0.02, 0.04) * scene.width
        path = [(x0 + sway * math.sin(2 * math.pi * i / (2.0 * scene.fps)), y0 - rise * _held(scene, i)) for i in range(n)]
        prompt = f"a {scene.colour_name} balloon drifts up into the sky"
    elif kind == "feather":  # light: drifts down at a slow steady speed, swaying side to side
        x0 = rng.uniform(0.3, 0.7) * scene.width
        y0 = rng.uniform(0.1, 0.25) * scene.height
        sink = rng.uniform(0.25, 0.4) * scene.height / n
        sway = rng.uniform(0.04, 0.08) * scene.width
        path = [(x0 + sway * math.sin(2 * math.pi * i / (1.6 * scene.fps)), y0 + sink * _held(scene, i)) for i in range(n)]
        prompt = "a white feather drifts slowly down to the ground"
    else:
        raise ValueError(f"unknown control {kind!r}")
    family = str(rng.choice(["teleport", "vanish", "size_pop", "jitter"]))
    wrong, colours, radii = _glitch(family, scene, rng, path)
    others, prompt, tags = _companion(scene, seed, (path, wrong), prompt, extent=max(SHAPES.get(shape, (1.0, 1.0))) * 1.7)
    return ClipPair(kind, seed, prompt, render(scene, path, shape=shape, others=others),
                    render(scene, wrong, colours, radii, shape=shape, others=others), scene.fps, tags)
