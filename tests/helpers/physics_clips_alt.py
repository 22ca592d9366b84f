"""A second, independently written renderer of the judge's right/wrong clip pairs (the same 16 families).

tests/helpers/physics_clips.py draws flat discs on simple backdrops; a judge tuned only on it may have
learned that renderer's habits. This one is written from the physics alone and looks different: motion
is evaluated in continuous time from closed-form flights (bounce instants solved exactly), objects are
shaded balls, two-colour sprites with an outline, squares and rounded blocks, cars with wheels, walkers
with swinging legs, flapping birds, balloons on a string and tumbling feathers; backdrops are gradients,
grainy textures, a horizon over a tiled perspective floor or a brick wall; objects near the floor cast a
soft shadow; the shutter is open for part of each frame (motion blur); frames get sensor noise and JPEG
compression. Sizes, frame rates (8-30 fps), lengths (16-81 frames), object sizes (8 px to a fifth of the
frame) and the pixel scale of gravity all come from the seed, and so does the prompt's wording.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from .physics_clips import CONTROLS, FAMILIES, ClipPair

__all__ = ["CONTROLS", "FAMILIES", "ClipPair", "make_pair"]

SIZES = ((832, 480), (480, 832), (512, 512), (320, 192))
PALETTE = {"red": (205, 30, 40), "blue": (35, 80, 200), "green": (40, 150, 70), "orange": (240, 140, 30),
           "purple": (120, 60, 160), "yellow": (235, 200, 40), "pink": (230, 110, 160), "brown": (125, 80, 45)}
BACKDROPS = ("gradient", "grain", "perspective", "wall")
BALL_STYLES = ("disc", "shaded", "two_tone")
BLOCK_STYLES = ("square", "rounded")
HELD_GLITCHES = ("teleport", "jitter", "vanish", "size_pop", "colour_change")


@dataclass(frozen=True)
class AltScene:
    width: int
    height: int
    fps: float
    frames: int
    ground: float  # px row where things rest on the floor
    backdrop: str
    blur: float  # share of the frame interval the shutter is open
    noise: float  # sensor noise std, gray levels
    jpeg: int  # JPEG quality, 0 = none
    tint: tuple  # the backdrop's colour theme (sky, ground)

    @property
    def seconds(self) -> float:
        return self.frames / self.fps


def _scene(rng) -> AltScene:
    width, height = SIZES[int(rng.integers(len(SIZES)))]
    frames = int(rng.integers(16, 82))
    fps = float(np.clip(round(frames / rng.uniform(1.5, 5.5)), 8, 30))
    themes = (((150, 185, 225), (110, 95, 75)), ((220, 215, 200), (80, 85, 90)), ((70, 80, 100), (40, 45, 40)),
              ((190, 205, 170), (140, 120, 95)))
    return AltScene(width, height, fps, frames, float(rng.uniform(0.74, 0.93)) * height,
                    str(rng.choice(BACKDROPS)), float(rng.choice([0.0, 0.3, 0.6])), float(rng.choice([0.0, 2.0, 4.0])),
                    int(rng.choice([0, 70, 85])), themes[int(rng.integers(len(themes)))])


# ---- backdrops ----------------------------------------------------------------------------------------

def _backdrop(scene: AltScene, rng) -> np.ndarray:
    h, w = scene.height, scene.width
    sky, ground = (np.array(c, np.float32) for c in scene.tint)
    rows = np.arange(h, dtype=np.float32)[:, None, None]
    horizon = scene.ground if scene.backdrop != "perspective" else 0.45 * h
    up = np.clip(rows / max(horizon, 1.0), 0, 1)
    image = np.broadcast_to(sky * (1.15 - 0.3 * up), (h, w, 3)).astype(np.float32).copy()
    below = rows[:, 0, 0] >= horizon
    depth = np.clip((rows - horizon) / max(h - horizon, 1.0), 0, 1)
    image[below] = np.broadcast_to(ground * (0.8 + 0.4 * depth), (h, w, 3))[below]
    if scene.backdrop == "grain":
        coarse = rng.normal(0, 1, (max(2, h // 24), max(2, w // 24))).astype(np.float32)
        image += 18 * cv2.resize(coarse, (w, h), interpolation=cv2.INTER_LINEAR)[:, :, None]
        image += rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    elif scene.backdrop == "perspective":  # tiles on a ground plane seen from above its horizon
        vanish_x = rng.uniform(0.3, 0.7) * w
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        dist = np.maximum(ys - horizon, 1.0)
        u = (xs - vanish_x) / dist * 4.0
        v = 60.0 / dist
        tiles = ((np.floor(u) + np.floor(v)) % 2 == 0) & (ys > horizon + 2)
        image[tiles] *= 0.85
        image[int(horizon):int(horizon) + 2] = 0.6 * sky
    elif scene.backdrop == "wall":  # bricks above the floor, mortar lines between them
        brick_h = max(6, h // 24)
        brick_w = 3 * brick_h
        wall = np.array(rng.choice([(165, 80, 60), (185, 175, 160), (120, 120, 130)]), np.float32)
        ys, xs = np.mgrid[0:h, 0:w]
        course = ys // brick_h
        offset = (course % 2) * (brick_w // 2)
        mortar = (ys % brick_h < max(1, brick_h // 6)) | ((xs + offset) % brick_w < max(1, brick_h // 6))
        shade = rng.uniform(0.85, 1.1, (h // brick_h + 1, w // brick_w + 2)).astype(np.float32)
        per_brick = shade[course, (xs + offset) // brick_w]
        above = ys < scene.ground
        image[above] = (wall * per_brick[:, :, None])[above]
        image[above & mortar] = (0.55 * wall + 60)
    line = int(scene.ground)
    if scene.backdrop != "perspective":  # the floor's front edge catches the light
        image[line:line + max(1, h // 160)] *= 1.2
    return np.clip(image, 0, 255)


# ---- exact motion -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Piece:
    start: float  # s
    x: float
    y: float
    vx: float
    vy: float
    g: float  # px / s²
    roll: float = 0.0  # decay rate of vx (1/s) while rolling on the floor


def flight(x: float, y: float, vx: float, vy: float, g: float, rest_y: float, restitution: float,
           until: float, start: float = 0.0, roll: float = 1.2) -> list[Piece]:
    """A projectile under gravity ``g`` bouncing on the floor at ``rest_y`` (its centre's lowest row),
    each bounce instant solved from the quadratic; it rolls (slowing) once a rebound is too small to see."""
    pieces, t = [], start
    while t < until and len(pieces) < 64:
        pieces.append(Piece(t, x, y, vx, vy, g))
        drop = rest_y - y
        root = vy * vy + 2 * g * drop
        if g <= 0 or root < 0:
            break
        tau = (-vy + math.sqrt(root)) / g
        if tau <= 1e-9 and vy <= 0:
            break
        t, x, y = t + tau, x + vx * tau, rest_y
        vy = -restitution * (vy + g * tau)
        if abs(vy) < 0.07 * g:  # a rebound of under ~5 ms of air: it lies on the floor
            pieces.append(Piece(t, x, y, vx, 0.0, 0.0, roll))
            break
    return pieces


def position(pieces: list[Piece], t: float) -> tuple[float, float]:
    if t <= pieces[0].start:
        return pieces[0].x, pieces[0].y
    piece = next(p for p in reversed(pieces) if p.start <= t)
    tau = t - piece.start
    if piece.roll:
        return piece.x + piece.vx * (1 - math.exp(-piece.roll * tau)) / piece.roll, piece.y
    return piece.x + piece.vx * tau, piece.y + piece.vy * tau + 0.5 * piece.g * tau * tau


# ---- actors and drawing -------------------------------------------------------------------------------

@dataclass
class Actor:
    """One object: where it is at time t, and per-frame edits (a glitch) on top."""
    style: str
    at: object  # callable t -> (x, y) in px
    radius: float
    colour: tuple
    frames: int
    shadow: bool = True
    clip_below: float | None = None  # rows from here down are hidden by the floor
    shift: np.ndarray = field(default=None)
    visible: np.ndarray = field(default=None)
    scale: np.ndarray = field(default=None)
    colours: list = field(default=None)

    def __post_init__(self):
        n = self.frames
        self.shift = np.zeros((n, 2)) if self.shift is None else self.shift
        self.visible = np.ones(n, bool) if self.visible is None else self.visible
        self.scale = np.ones(n) if self.scale is None else self.scale
        self.colours = [self.colour] * n if self.colours is None else self.colours


EXTENT = {"car": 1.8, "person": 2.2, "bird": 1.5, "balloon": 2.6, "feather": 1.9}


def _p(v: float) -> int:
    return int(round(v * 16))


def _rounded_rect(colour_canvas, alpha, x0, y0, x1, y1, corner, colour):
    corner = max(0.5, min(corner, (x1 - x0) / 2, (y1 - y0) / 2))
    for canvas, value in ((colour_canvas, colour), (alpha, 255)):
        cv2.rectangle(canvas, (_p(x0 + corner), _p(y0)), (_p(x1 - corner), _p(y1)), value, -1, cv2.LINE_AA, 4)
        cv2.rectangle(canvas, (_p(x0), _p(y0 + corner)), (_p(x1), _p(y1 - corner)), value, -1, cv2.LINE_AA, 4)
        for cx, cy in ((x0 + corner, y0 + corner), (x1 - corner, y0 + corner), (x0 + corner, y1 - corner),
                       (x1 - corner, y1 - corner)):
            cv2.circle(canvas, (_p(cx), _p(cy)), _p(corner), value, -1, cv2.LINE_AA, 4)


def _both(draw, colour_canvas, alpha, colour):
    draw(colour_canvas, colour)
    draw(alpha, 255)


def _sprite(style, colour_canvas, alpha, cx, cy, r, colour, t, spin):
    """Draw one object centred at (cx, cy) into the premultiplied colour canvas and its coverage."""
    dark = tuple(int(0.35 * c) for c in colour)
    if style in ("disc", "shaded"):
        _both(lambda c, v: cv2.circle(c, (_p(cx), _p(cy)), _p(r), v, -1, cv2.LINE_AA, 4), colour_canvas, alpha, colour)
        if style == "shaded":  # Lambert shading from the upper left and a specular highlight
            ys, xs = np.mgrid[0:alpha.shape[0], 0:alpha.shape[1]].astype(np.float32)
            nx, ny = (xs + 0.5 - cx) / r, (ys + 0.5 - cy) / r
            nz = np.sqrt(np.clip(1 - nx * nx - ny * ny, 0, 1))
            lambert = np.clip(-0.45 * nx - 0.55 * ny + 0.7 * nz, 0, 1)
            highlight = np.clip(-0.45 * nx - 0.55 * ny + 0.7 * nz, 0, 1) ** 24
            cover = alpha.astype(np.float32)[:, :, None] / 255
            shaded = np.array(colour, np.float32) * (0.3 + 0.75 * lambert[:, :, None]) + 200 * highlight[:, :, None]
            colour_canvas[:] = np.clip(shaded * cover, 0, 255).astype(np.uint8)
    elif style == "two_tone":  # a ball, half in a second colour turning as it rolls, with a dark outline
        second = (240, 240, 235)
        _both(lambda c, v: cv2.circle(c, (_p(cx), _p(cy)), _p(r), v, -1, cv2.LINE_AA, 4), colour_canvas, alpha, colour)
        cv2.ellipse(colour_canvas, (_p(cx), _p(cy)), (_p(r), _p(r)), math.degrees(spin), 0, 180, second, -1, cv2.LINE_AA, 4)
        cv2.circle(colour_canvas, (_p(cx), _p(cy)), _p(r), dark, max(1, round(r / 7)), cv2.LINE_AA, 4)
    elif style == "square":
        _both(lambda c, v: cv2.rectangle(c, (_p(cx - 0.88 * r), _p(cy - 0.88 * r)), (_p(cx + 0.88 * r), _p(cy + 0.88 * r)),
                                         v, -1, cv2.LINE_AA, 4), colour_canvas, alpha, colour)
    elif style == "rounded":
        _rounded_rect(colour_canvas, alpha, cx - 0.9 * r, cy - 0.9 * r, cx + 0.9 * r, cy + 0.9 * r, 0.35 * r, colour)
        cv2.line(colour_canvas, (_p(cx - 0.5 * r), _p(cy)), (_p(cx + 0.5 * r), _p(cy)), dark, max(1, round(r / 8)),
                 cv2.LINE_AA, 4)
    elif style == "car":  # r is half the car's height; it faces along +x
        _rounded_rect(colour_canvas, alpha, cx - 1.7 * r, cy - 0.25 * r, cx + 1.7 * r, cy + 0.55 * r, 0.25 * r, colour)
        _rounded_rect(colour_canvas, alpha, cx - 0.9 * r, cy - 0.85 * r, cx + 0.6 * r, cy - 0.2 * r, 0.2 * r, colour)
        cv2.rectangle(colour_canvas, (_p(cx - 0.75 * r), _p(cy - 0.72 * r)), (_p(cx + 0.45 * r), _p(cy - 0.3 * r)),
                      (170, 200, 215), -1, cv2.LINE_AA, 4)
        for wx in (cx - 1.05 * r, cx + 1.05 * r):
            _both(lambda c, v: cv2.circle(c, (_p(wx), _p(cy + 0.55 * r)), _p(0.4 * r), v, -1, cv2.LINE_AA, 4),
                  colour_canvas, alpha, (25, 25, 28))
            cv2.circle(colour_canvas, (_p(wx), _p(cy + 0.55 * r)), _p(0.15 * r), (150, 150, 150), -1, cv2.LINE_AA, 4)
    elif style == "person":  # shirt in the named colour, a head, two legs swinging at two steps a second
        swing = 0.45 * r * math.sin(2 * math.pi * 2.0 * t)
        thick = max(1, round(0.28 * r))
        for foot in (swing, -swing):
            _both(lambda c, v: cv2.line(c, (_p(cx), _p(cy + 0.1 * r)), (_p(cx + foot), _p(cy + 1.3 * r)), v, thick,
                                        cv2.LINE_AA, 4), colour_canvas, alpha, (45, 45, 60))
        _rounded_rect(colour_canvas, alpha, cx - 0.38 * r, cy - 1.25 * r, cx + 0.38 * r, cy + 0.2 * r, 0.2 * r, colour)
        _both(lambda c, v: cv2.circle(c, (_p(cx), _p(cy - 1.6 * r)), _p(0.33 * r), v, -1, cv2.LINE_AA, 4),
              colour_canvas, alpha, (225, 185, 150))
    elif style == "bird":  # body, head and one wing beating three times a second
        _both(lambda c, v: cv2.ellipse(c, (_p(cx), _p(cy)), (_p(r), _p(0.42 * r)), 0, 0, 360, v, -1, cv2.LINE_AA, 4),
              colour_canvas, alpha, colour)
        _both(lambda c, v: cv2.circle(c, (_p(cx + 0.95 * r), _p(cy - 0.2 * r)), _p(0.3 * r), v, -1, cv2.LINE_AA, 4),
              colour_canvas, alpha, colour)
        tip = cy - 0.9 * r * math.cos(2 * math.pi * 3.0 * t)
        wing = np.array([[_p(cx - 0.4 * r), _p(cy)], [_p(cx + 0.35 * r), _p(cy)], [_p(cx - 0.2 * r), _p(tip)]], np.int32)
        _both(lambda c, v: cv2.fillPoly(c, [wing], v, cv2.LINE_AA, 4), colour_canvas, alpha, dark)
    elif style == "balloon":
        _both(lambda c, v: cv2.ellipse(c, (_p(cx), _p(cy)), (_p(0.85 * r), _p(r)), 0, 0, 360, v, -1, cv2.LINE_AA, 4),
              colour_canvas, alpha, colour)
        cv2.circle(colour_canvas, (_p(cx - 0.3 * r), _p(cy - 0.4 * r)), _p(0.18 * r), (245, 245, 245), -1, cv2.LINE_AA, 4)
        _both(lambda c, v: cv2.line(c, (_p(cx), _p(cy + r)), (_p(cx + 0.2 * r * math.sin(3 * t)), _p(cy + 2.5 * r)), v, 1,
                                    cv2.LINE_AA, 4), colour_canvas, alpha, (60, 60, 60))
    elif style == "feather":  # a thin vane tumbling a little as it drifts
        angle = 25 * math.sin(2 * math.pi * 0.6 * t)
        _both(lambda c, v: cv2.ellipse(c, (_p(cx), _p(cy)), (_p(1.7 * r), _p(0.38 * r)), angle, 0, 360, v, -1,
                                       cv2.LINE_AA, 4), colour_canvas, alpha, colour)
        dx, dy = 1.7 * r * math.cos(math.radians(angle)), 1.7 * r * math.sin(math.radians(angle))
        cv2.line(colour_canvas, (_p(cx - dx), _p(cy - dy)), (_p(cx + dx), _p(cy + dy)), (150, 150, 150), 1, cv2.LINE_AA, 4)
    else:
        raise ValueError(f"unknown sprite style {style!r}")


def _draw_actor(frame: np.ndarray, scene: AltScene, actor: Actor, i: int) -> None:
    if not actor.visible[i]:
        return
    samples = 4 if scene.blur else 1
    times = [(i + scene.blur * s / samples) / scene.fps for s in range(samples)]
    r = actor.radius * actor.scale[i]
    dx, dy = actor.shift[i]
    centres = [(x + dx, y + dy) for x, y in (actor.at(t) for t in times)]
    reach = EXTENT.get(actor.style, 1.0) * r + 3
    x0 = max(0, int(min(c[0] for c in centres) - reach))
    x1 = min(scene.width, int(max(c[0] for c in centres) + reach) + 1)
    y0 = max(0, int(min(c[1] for c in centres) - reach))
    y1 = min(scene.height, int(max(c[1] for c in centres) + reach) + 1)
    if x1 <= x0 or y1 <= y0:
        return
    if actor.shadow:  # a soft dark ellipse on the floor, fainter and wider the higher the object is
        cx, cy = centres[0]
        lift = max(0.0, scene.ground - cy)
        strength = 0.45 * max(0.0, 1 - lift / (0.6 * scene.height))
        sx0, sx1 = max(0, int(cx - 2.5 * r)), min(scene.width, int(cx + 2.5 * r) + 1)
        sy0, sy1 = max(0, int(scene.ground + 0.2 * r - 0.8 * r)), min(scene.height, int(scene.ground + r) + 1)
        if strength > 0.02 and sx1 > sx0 and sy1 > sy0:
            mask = np.zeros((sy1 - sy0, sx1 - sx0), np.float32)
            cv2.ellipse(mask, (_p(cx - sx0), _p(scene.ground + 0.15 * r - sy0)),
                        (_p(r * (1 + lift / scene.height)), _p(0.25 * r + 1)), 0, 0, 360, 1.0, -1, cv2.LINE_AA, 4)
            mask = cv2.GaussianBlur(mask, (0, 0), max(1.0, 0.3 * r))
            frame[sy0:sy1, sx0:sx1] *= 1 - strength * mask[:, :, None]
    colour_sum = np.zeros((y1 - y0, x1 - x0, 3), np.float32)
    alpha_sum = np.zeros((y1 - y0, x1 - x0), np.float32)
    for t, (cx, cy) in zip(times, centres):
        colour_canvas = np.zeros((y1 - y0, x1 - x0, 3), np.uint8)
        alpha = np.zeros((y1 - y0, x1 - x0), np.uint8)
        _sprite(actor.style, colour_canvas, alpha, cx - x0, cy - y0, r, actor.colours[i], t, cx / max(r, 1.0))
        colour_sum += colour_canvas
        alpha_sum += alpha
    colour_sum /= samples
    alpha_sum /= samples * 255.0
    if actor.clip_below is not None:  # hidden by the floor in front of it
        hidden = np.arange(y0, y1) >= actor.clip_below
        colour_sum[hidden] = 0
        alpha_sum[hidden] = 0
    region = frame[y0:y1, x0:x1]
    region *= 1 - alpha_sum[:, :, None]
    region += colour_sum


def render(scene: AltScene, actors: list[Actor], seed: int) -> np.ndarray:
    """Frames of the scene with its actors; the same seed gives the same backdrop and the same noise."""
    rng = np.random.default_rng([seed, 7])
    base = _backdrop(scene, rng)
    frames = np.empty((scene.frames, scene.height, scene.width, 3), np.uint8)
    grain = rng.standard_normal((5, scene.height, scene.width, 3), dtype=np.float32) * scene.noise if scene.noise else None
    for i in range(scene.frames):
        frame = base.copy()
        for actor in actors:
            _draw_actor(frame, scene, actor, i)
        if grain is not None:  # fresh-looking grain each frame: one of a few noise fields, shifted at random
            frame += np.roll(grain[int(rng.integers(len(grain)))], int(rng.integers(scene.width)), axis=1)
        frame = np.clip(frame, 0, 255).astype(np.uint8)
        if scene.jpeg:
            ok, data = cv2.imencode(".jpg", cv2.cvtColor(frame, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, scene.jpeg])
            frame = cv2.cvtColor(cv2.imdecode(data, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
        frames[i] = frame
    return frames


# ---- families -----------------------------------------------------------------------------------------

def _size(scene: AltScene, rng) -> float:
    """An object radius from 4 px (8 px across) to a tenth of the frame's short side (a fifth across), log-uniform."""
    return float(math.exp(rng.uniform(math.log(4.0), math.log(0.1 * min(scene.width, scene.height)))))


def _gravity(scene: AltScene, rng, drop: float) -> float:
    """px/s²: a pixel scale drawn from 0.8-3.5 frame heights per s², bounded so a fall of ``drop`` px
    takes at least six frames and at most 60% of the clip."""
    g = rng.uniform(0.8, 3.5) * scene.height
    slowest = 2 * drop / (0.6 * scene.seconds) ** 2
    fastest = 2 * drop / (6 / scene.fps) ** 2
    return float(np.clip(g, slowest, max(slowest, fastest)))


def _pick(rng, options):
    return options[int(rng.integers(len(options)))]


def _ball_words(rng, colour: str, style: str) -> str:
    if style in BLOCK_STYLES:
        return f"{colour} {_pick(rng, ('box', 'block', 'cube', 'crate'))}"
    return f"{colour} {_pick(rng, ('ball', 'rubber ball', 'ball', 'bouncy ball'))}"


def _a(words: str) -> str:
    return ("an " if words[0] in "aeiou" else "a ") + words


DROP_PROMPTS = ("{obj} is dropped onto the floor", "someone lets go of {obj} and it falls to the ground",
                "{obj} falls from above and lands on the floor", "{obj} is released and drops to the ground")
BOUNCE_PROMPTS = ("{obj} is dropped and bounces on the floor", "{obj} falls and bounces a few times",
                  "{obj} drops onto the ground and bounces")
THROW_PROMPTS = ("{obj} is thrown across the room", "{obj} is tossed and bounces along the floor",
                 "someone throws {obj} in an arc across the yard")


def _held_then(rng, scene: AltScene) -> float:
    """Seconds the object is held still before it is let go (none in most clips)."""
    return float(rng.uniform(0.1, 0.3) * scene.seconds) if rng.random() < 0.3 else 0.0


def _drop_path(rng, scene: AltScene, r: float, restitution: float, start_share=(0.1, 0.35)):
    rest_y = scene.ground - r
    y0 = float(rng.uniform(*start_share)) * scene.height + r
    x0 = float(rng.uniform(0.2, 0.8)) * scene.width
    held = _held_then(rng, scene)
    g = _gravity(scene, rng, rest_y - y0)
    vx = float(rng.uniform(-0.08, 0.08)) * scene.width / scene.seconds
    return flight(x0, y0, vx, 0.0, g, rest_y, restitution, scene.seconds + 1, held), g, held


def _throw_path(rng, scene: AltScene, r: float):
    rest_y = scene.ground - r
    direction = 1 if rng.random() < 0.5 else -1
    x0 = (0.1 if direction > 0 else 0.9) * scene.width
    y0 = float(rng.uniform(0.45, 0.7)) * scene.ground
    apex_rise = float(rng.uniform(0.15, 0.35)) * scene.ground
    g = _gravity(scene, rng, apex_rise + (rest_y - y0))
    vy = -math.sqrt(2 * g * apex_rise)
    vx = direction * float(rng.uniform(0.45, 0.75)) * scene.width / scene.seconds
    return flight(x0, y0, vx, vy, g, rest_y, float(rng.uniform(0.45, 0.7)), scene.seconds + 1), g


def _at(pieces):
    return lambda t: position(pieces, t)


def _glitch(kind: str, rng, scene: AltScene, actor: Actor, palette_name: str) -> Actor:
    """The same actor with one non-physical event from a frame in the middle of the clip on."""
    n = scene.frames
    k = int(rng.uniform(0.35, 0.6) * n)
    wrong = Actor(actor.style, actor.at, actor.radius, actor.colour, n, actor.shadow, actor.clip_below)
    if kind == "teleport":
        jump = np.array([_pick(rng, (-1, 1)) * rng.uniform(0.22, 0.35) * scene.width, -rng.uniform(0.05, 0.15) * scene.height])
        wrong.shift[k:] = jump
    elif kind == "jitter":
        amount = rng.uniform(0.025, 0.05) * scene.height
        wrong.shift[:] = rng.uniform(-amount, amount, (n, 2))
    elif kind == "vanish":
        wrong.visible[k:k + min(10, max(3, n // 3))] = False
    elif kind == "size_pop":
        wrong.scale[k:] = _pick(rng, (0.6, 1.6))
    elif kind == "colour_change":
        other = _pick(rng, sorted(c for c in PALETTE if c != palette_name))
        wrong.colours = [actor.colour] * k + [PALETTE[other]] * (n - k)
    return wrong


def make_pair(family: str, seed: int, width: int | None = None, height: int | None = None, varied: bool = True) -> ClipPair:
    """The right and wrong clip of ``family`` for ``seed`` (``width``/``height``/``varied`` are accepted for the
    bench's call shape; this renderer always draws its scene, size included, from the seed)."""
    if family not in FAMILIES + CONTROLS:
        raise ValueError(f"unknown family {family!r}; choose from {FAMILIES + CONTROLS}")
    rng = np.random.default_rng([seed, sum(map(ord, family))])
    scene = _scene(rng)
    colour_name = _pick(rng, sorted(PALETTE))
    colour = PALETTE[colour_name]
    if family in CONTROLS:
        return _control(family, rng, scene, seed, colour_name)
    style = _pick(rng, BALL_STYLES + BLOCK_STYLES if family not in ("higher_rebound",) else BALL_STYLES)
    r = _size(scene, rng)
    obj = _a(_ball_words(rng, colour_name, style))
    n = scene.frames

    def actor(at, **extra):
        return Actor(style, at, r, colour, n, **extra)

    if family == "constant_fall":
        pieces, g, held = _drop_path(rng, scene, r, float(_pick(rng, (0.0, 0.0, 0.4))))
        landing = pieces[1].start if len(pieces) > 1 else scene.seconds
        (x0, y0), x_land = position(pieces, 0), position(pieces, landing)[0]

        def steady(t):  # the same start, landing point and landing time, at one speed
            share = np.clip((t - held) / (landing - held), 0, 1)
            return x0 + (x_land - x0) * share, y0 + (scene.ground - r - y0) * share

        right, wrong = actor(_at(pieces)), actor(steady)
        prompt = _pick(rng, DROP_PROMPTS).format(obj=obj)
    elif family == "higher_rebound":
        rest_y = scene.ground - r
        y0 = float(rng.uniform(0.4, 0.6)) * rest_y
        x0, vx = float(rng.uniform(0.2, 0.8)) * scene.width, float(rng.uniform(-0.1, 0.1)) * scene.width / scene.seconds
        g = _gravity(scene, rng, rest_y - y0)
        right = actor(_at(flight(x0, y0, vx, 0.0, g, rest_y, float(rng.uniform(0.5, 0.75)), scene.seconds + 1)))
        wrong = actor(_at(flight(x0, y0, vx, 0.0, g, rest_y, float(rng.uniform(1.12, 1.3)), scene.seconds + 1)))
        prompt = _pick(rng, BOUNCE_PROMPTS).format(obj=obj)
    elif family == "upward_fall":
        pieces, g, held = _drop_path(rng, scene, r, 0.5, start_share=(0.3, 0.5))
        x0, y0 = position(pieces, 0)
        vx = pieces[0].vx
        right = actor(_at(pieces))
        wrong = actor(lambda t: (x0 + vx * max(0.0, t - held), y0 - 0.5 * g * max(0.0, t - held) ** 2))
        prompt = _pick(rng, DROP_PROMPTS).format(obj=obj)
    elif family == "no_gravity":
        pieces, g = _throw_path(rng, scene, r)
        (x0, y0), (x1, y1) = position(pieces, 0), position(pieces, scene.seconds)
        y1 = y0 + float(rng.uniform(-0.3, 0.1)) * scene.height
        right = actor(_at(pieces))
        wrong = actor(lambda t: (x0 + (x1 - x0) * t / scene.seconds, y0 + (y1 - y0) * t / scene.seconds))
        prompt = _pick(rng, THROW_PROMPTS).format(obj=obj)
    elif family == "sinks":
        pieces, g, held = _drop_path(rng, scene, r, float(_pick(rng, (0.0, 0.35))), start_share=(0.1, 0.3))
        settle = pieces[-1].start
        if settle > 0.65 * scene.seconds:  # short clips: let go lower so there is time left to sink
            pieces, g, held = _drop_path(rng, scene, r, 0.0, start_share=(0.35, 0.45))
            settle = pieces[-1].start
        depth = float(rng.uniform(1.0, 1.8)) * r
        sink_for = max(4 / scene.fps, 0.6 * (scene.seconds - settle))
        at = _at(pieces)

        def sinking(t):
            x, y = at(t)
            return x, y + depth * float(np.clip((t - settle) / sink_for, 0, 1))

        hidden = scene.ground + 1 if rng.random() < 0.5 else None  # the floor hides what went into it, or not
        right, wrong = actor(at, clip_below=hidden), actor(sinking, clip_below=hidden)
        prompt = _pick(rng, DROP_PROMPTS).format(obj=obj)
    else:  # a glitch on a right drop or throw
        if rng.random() < 0.5:
            pieces, g = _throw_path(rng, scene, r)
            prompt = _pick(rng, THROW_PROMPTS).format(obj=obj)
        else:
            pieces = _drop_path(rng, scene, r, float(rng.uniform(0.4, 0.7)))[0]
            prompt = _pick(rng, BOUNCE_PROMPTS).format(obj=obj)
        right = actor(_at(pieces))
        wrong = _glitch(family, rng, scene, right, colour_name)
    return ClipPair(family, seed, prompt, render(scene, [right], seed), render(scene, [wrong], seed), scene.fps,
                    _tags(scene, style, r))


def _tags(scene: AltScene, style: str, r: float) -> tuple:
    size = "small" if r < 8 else "large" if r > 0.06 * min(scene.width, scene.height) else "medium"
    return (f"{scene.width}x{scene.height}", scene.backdrop, style, f"{size}-object",
            *(("blur",) if scene.blur else ()), *(("jpeg",) if scene.jpeg else ()), *(("noise",) if scene.noise else ()))


def _control(kind: str, rng, scene: AltScene, seed: int, colour_name: str) -> ClipPair:
    """Driven, self-propelled or light motion whose own speed is right, and the same with a glitch."""
    n, T = scene.frames, scene.seconds
    colour = PALETTE[colour_name]
    r = float(np.clip(_size(scene, rng), 5.0, 0.08 * min(scene.width, scene.height)))
    direction = 1 if rng.random() < 0.5 else -1
    x_from = (0.12 if direction > 0 else 0.88) * scene.width
    speed = direction * float(rng.uniform(0.45, 0.75)) * scene.width / T
    held = _held_then(rng, scene)
    shadow = True
    if kind == "car":
        style, y = "car", scene.ground - 0.95 * r
        ramp = float(rng.uniform(0.0, 0.4))  # it may pull away: speed builds up over the first part of the drive

        def at(t):
            s = max(0.0, t - held)
            return x_from + speed * (s - ramp * (1 - math.exp(-s / max(ramp, 1e-3))) if ramp else s), y

        prompt = _pick(rng, ("a car drives along the road", "a {c} car drives down the street",
                             "a {c} truck moves along the road")).format(c=colour_name)
    elif kind == "person":
        style, y = "person", scene.ground - 1.3 * r

        def at(t):
            s = max(0.0, t - held)
            return x_from + speed * 0.7 * s, y - 0.04 * r * abs(math.sin(2 * math.pi * 2.0 * s))

        prompt = _pick(rng, ("a person walks across the street", "a man in a {c} shirt walks along the pavement",
                             "a woman walks across the yard")).format(c=colour_name)
    elif kind == "bird":
        style, shadow = "bird", False
        y0, wave = float(rng.uniform(0.15, 0.45)) * scene.ground, float(rng.uniform(0.01, 0.04)) * scene.height

        def at(t):
            return x_from + speed * t, y0 + wave * math.sin(2 * math.pi * 0.7 * t)

        prompt = _pick(rng, ("a bird flies across the sky", "a seagull flies over the field", "a bird glides across the sky"))
    elif kind == "rolling":
        style = _pick(rng, ("shaded", "two_tone", "disc"))
        rate = float(rng.uniform(0.2, 0.8))
        pieces = [Piece(held, x_from, scene.ground - r, speed * 1.2, 0.0, 0.0, rate)]
        at = _at(pieces)
        prompt = _pick(rng, ("a {c} ball rolls across the floor and slows down", "a {c} ball rolls along the ground",
                             "a {c} ball rolls across the floor and slowly comes to a stop")).format(c=colour_name)
    elif kind == "balloon":
        style, shadow = "balloon", False
        x0, y0 = float(rng.uniform(0.3, 0.7)) * scene.width, float(rng.uniform(0.55, 0.75)) * scene.height
        rise, sway = float(rng.uniform(0.2, 0.4)) * scene.height / T, float(rng.uniform(0.01, 0.04)) * scene.width

        def at(t):
            return x0 + sway * math.sin(2 * math.pi * 0.4 * t), y0 - rise * max(0.0, t - held)

        prompt = _pick(rng, ("a {c} balloon drifts up into the sky", "a {c} balloon floats up",
                             "a {c} balloon rises slowly into the sky")).format(c=colour_name)
    else:  # feather
        style, shadow, colour, colour_name = "feather", False, (245, 245, 240), "white"
        x0, y0 = float(rng.uniform(0.3, 0.7)) * scene.width, float(rng.uniform(0.08, 0.25)) * scene.height
        sink, sway = float(rng.uniform(0.2, 0.35)) * scene.height / T, float(rng.uniform(0.03, 0.07)) * scene.width

        def at(t):
            return x0 + sway * math.sin(2 * math.pi * 0.5 * t), y0 + sink * max(0.0, t - held)

        prompt = _pick(rng, ("a white feather drifts slowly down to the ground", "a feather floats down to the ground",
                             "a white feather drifts down"))
    prompt = re.sub(r"\ba ([aeiou])", r"an \1", prompt)
    right = Actor(style, at, r, colour, n, shadow)
    wrong = _glitch(_pick(rng, HELD_GLITCHES), rng, scene, right, colour_name)
    return ClipPair(kind, seed, prompt, render(scene, [right], seed), render(scene, [wrong], seed), scene.fps,
                    _tags(scene, style, r))
