"""Right/wrong clip pairs drawn to look like hand-held footage rather than a clean synthetic scene.

A side view of a place (a park with drifting clouds and a tree line, a living room's wooden floor, a tiled kitchen,
a street's asphalt under a brick facade) is built from procedural textures on a canvas larger than the frame; a
hand-held camera films it with a slow pan, a slow zoom and a shake, and both clips of a pair share that camera, the
slowly changing light, the vignette and the sensor grain, so the two differ only where the violation is. Objects
are balls, apples, soda cans, toy blocks and bottles (cars, walkers, birds, balloons and feathers for the controls),
drawn supersampled, spinning as they roll or fly, with a soft ground shadow that fades with height and motion blur
from averaging sub-frame exposures. A fence post or pole in front of the path, a swaying potted plant and a second
ball slowing to rest in the background appear in both clips when the seed picks them.

Motion uses metres: the object's real size and its size in pixels fix the pixels per metre, so gravity is 9.81 m/s²
in pixels; falls and throws are stepped in exact constant-acceleration sub-steps with bounces losing speed by a
coefficient of restitution. ``plan`` returns the scene and both clips' sampled paths without drawing, so tests can
check the laws on the path itself; ``make_pair`` draws them. Each control's wrong clip breaks one law, named in
``CONTROL_VIOLATIONS``.
"""

# Long file: one self-contained renderer (textures, sprites, motion, camera) kept apart from the other renderers

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from tests.helpers.physics_clips import CONTROLS, FAMILIES, ClipPair

G = 9.81  # m/s²
SIZES = ((832, 480), (640, 360), (480, 832), (512, 512), (768, 432))
FRAME_RATES = (12, 15, 16, 20, 24, 25, 30)
SUBFRAMES = 3  # sub-frame exposures averaged into one frame (motion blur)
CONTROL_VIOLATIONS = {
    "car": "the car jumps ahead by most of its length between two frames (teleport)",
    "person": "the walker is gone for a few frames mid-walk, then back on the same path (vanish)",
    "bird": "the bird abruptly becomes almost twice as big mid-flight without coming closer (size pop)",
    "rolling": "the rolling ball leaves the floor and accelerates upward (gravity reversed)",
    "balloon": "the released balloon falls like a rock at full gravity and lands (no buoyancy)",
    "feather": "the drifting feather shakes from frame to frame for the rest of the clip (jitter)",
}
OBJECTS = {  # kind: (real height in metres, width/height, bounciness range)
    "ball": (0.22, 1.0, (0.55, 0.72)),
    "apple": (0.09, 1.05, (0.22, 0.34)),
    "can": (0.12, 0.56, (0.15, 0.25)),
    "block": (0.1, 1.0, (0.2, 0.32)),
    "bottle": (0.3, 0.32, (0.12, 0.2)),
}
PALETTE = {"red": (200, 38, 32), "blue": (36, 80, 200), "green": (46, 150, 58), "yellow": (232, 196, 40),
           "orange": (236, 120, 24), "purple": (120, 54, 160), "white": (236, 236, 230)}
PLACES = {  # background: (surface phrase, place phrase)
    "park": ("the grass", "the park"),
    "wood": ("the wooden floor", "the living room"),
    "kitchen": ("the tiled floor", "the kitchen"),
    "street": ("the asphalt", "the street"),
}


@dataclass
class Path:
    """Sampled at every sub-frame time: canvas position of the object's centre, spin, size factor, colour index,
    visibility and animation phase (wheels, legs, wings)."""

    x: np.ndarray
    y: np.ndarray
    angle: np.ndarray
    scale: np.ndarray
    colour: np.ndarray
    visible: np.ndarray
    phase: np.ndarray

    def copy(self) -> Path:
        return Path(*(getattr(self, name).copy() for name in self.__dataclass_fields__))


@dataclass
class Scene:
    width: int
    height: int
    fps: float
    frames: int
    background: str
    ground_y: float  # canvas row where resting objects touch the ground
    margin: int
    ppm: float  # pixels per metre
    kind: str
    size_px: float  # object height in pixels
    colours: tuple  # RGB of the object, and of its changed colour
    times: np.ndarray  # sub-frame times, frames * SUBFRAMES
    frame_of: np.ndarray  # frame index of each sub-frame time
    rng_seed: int
    occluder_x: float | None = None
    plant_x: float | None = None
    second_ball: bool = False
    tags: list = field(default_factory=list)

    @property
    def canvas(self) -> tuple[int, int]:
        return self.width + 2 * self.margin, self.height + 2 * self.margin

    @property
    def g_px(self) -> float:
        return G * self.ppm


# ---------------------------------------------------------------- motion


def ballistic(times, x0, h0, vx, vh, g, rest_h, bounce, first_bounce=None, roll_decel=0.0, release=0.0, dt=1 / 2000):
    """Centre (x, h) in metres at ``times``: held until ``release``, then flying under ``g`` with bounces on h = rest_h
    (speed times ``bounce``, the first times ``first_bounce`` if given), then rolling to a stop."""
    steps = int(max(times.max() - release, 0) / dt) + 2
    xs, hs = np.empty(steps), np.empty(steps)
    x, h, u, v = x0, h0, vx, vh
    resting, bounces = False, 0
    for i in range(steps):
        xs[i], hs[i] = x, h
        if resting:
            speed = abs(u)
            if speed > 0:
                slow = min(speed, roll_decel * dt)
                x += math.copysign(speed * dt - slow * dt / 2, u)
                u = math.copysign(speed - slow, u)
            continue
        h_next = h + v * dt - g * dt * dt / 2
        if g > 0 and h_next <= rest_h:
            hit = (v + math.sqrt(max(v * v + 2 * g * (h - rest_h), 0))) / g
            impact = v - g * hit
            x += u * hit
            e = first_bounce if (bounces == 0 and first_bounce is not None) else bounce
            bounces += 1
            v = -impact * e
            u *= 0.85
            left = dt - hit
            if v < math.sqrt(2 * g * 0.003):
                h, v, resting = rest_h, 0.0, True
                x += u * left
                continue
            h = rest_h + v * left - g * left * left / 2
            v -= g * left
            x += u * left
        else:
            h, v = h_next, v - g * dt
            x += u * dt
    grid = release + dt * np.arange(steps)
    return np.interp(times, grid, xs), np.interp(times, grid, hs)


def constant_speed_fall(times, h0, speed, rest_h, release=0.0):
    return np.maximum(h0 - speed * np.clip(times - release, 0, None), rest_h)


# ---------------------------------------------------------------- textures


def smooth_noise(rng, h, w, cells, octaves=4):
    """Fractal value noise in [0, 1] (sums of upscaled random grids)."""
    total = np.zeros((h, w), np.float32)
    weight = 0.0
    for octave in range(octaves):
        n = cells * 2 ** octave
        grid = rng.random((max(2, int(n * h / max(h, w))) + 1, n + 1)).astype(np.float32)
        total += cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC) / 2 ** octave
        weight += 1 / 2 ** octave
    total /= weight
    return (total - total.min()) / (np.ptp(total) + 1e-6)


def vertical_gradient(h, w, top, bottom):
    ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
    colours = np.array(top, np.float32) * (1 - ramp) + np.array(bottom, np.float32) * ramp
    return np.broadcast_to(colours, (h, w, 3)).copy()


def build_background(name, rng, w, h, ground_y):
    """Canvas (float RGB in [0, 1]) and the mask of where sky shows (clouds drift there)."""
    img = np.zeros((h, w, 3), np.float32)
    sky = np.zeros((h, w), np.float32)
    horizon = int(ground_y - rng.uniform(0.12, 0.22) * h)
    rows = np.arange(h, dtype=np.float32)[:, None]
    if name in ("park", "street"):
        img[:horizon] = vertical_gradient(horizon, w, (0.42, 0.6, 0.86), (0.78, 0.84, 0.9))
        sky[:horizon] = 1
        if name == "park":
            ridge = horizon - (0.05 + 0.06 * smooth_noise(rng, 1, w, 6, 3)[0]) * h
            trees = rows >= ridge[None, :]
            leaf = smooth_noise(rng, h, w, 40, 3)[..., None]
            img[trees] = (np.array([0.12, 0.26, 0.1]) + 0.12 * leaf)[trees]
            sky[trees] = 0
            blades = cv2.resize(rng.random((h // 6 + 2, w)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
            base = smooth_noise(rng, h, w, 8, 4)
            depth = np.clip((rows - horizon) / max(h - horizon, 1), 0, 1)
            grass = np.stack([0.2 + 0.1 * base, 0.42 + 0.18 * base, 0.12 + 0.06 * base], -1)
            grass *= 0.75 + 0.35 * depth[..., None]  # nearer grass is lit brighter
            grass *= (0.85 + 0.25 * blades)[..., None]
            img[horizon:] = grass[horizon:]
        else:
            top = horizon - int(rng.uniform(0.18, 0.3) * h)
            brick = np.array(rng.choice([(0.55, 0.3, 0.22), (0.62, 0.52, 0.42), (0.45, 0.4, 0.38)]), np.float32)
            wall = brick * (0.85 + 0.25 * smooth_noise(rng, h, w, 30, 3)[..., None])
            course = max(4, int(0.018 * h))
            yy, xx = np.mgrid[0:h, 0:w]
            mortar = ((yy % course) < 1) | (((xx + (yy // course % 2) * course) % (3 * course)) < 1)
            wall[mortar] = 0.72
            for x0 in range(int(rng.uniform(0, 0.1) * w), w, max(30, int(0.16 * w))):
                wall[top + int(0.04 * h):horizon - int(0.06 * h), x0:x0 + int(0.07 * w)] = (0.2, 0.24, 0.3)
            img[top:horizon] = wall[top:horizon]
            sky[top:horizon] = 0
            walk = int(horizon + 0.05 * h)
            img[horizon:walk] = 0.62 + 0.08 * smooth_noise(rng, walk - horizon, w, 20, 3)[..., None]
            speck = rng.random((h, w)).astype(np.float32)
            asphalt = 0.24 + 0.08 * smooth_noise(rng, h, w, 10, 4) + 0.06 * (speck - 0.5)
            img[walk:] = asphalt[walk:, :, None] * np.array([1.0, 1.0, 1.04], np.float32)
            line = int(ground_y + 0.06 * h)
            img[line:line + max(2, int(0.008 * h))] = 0.78 + 0.1 * rng.random((1, w, 1))
    elif name == "wood":
        paint = np.array(rng.choice([(0.86, 0.82, 0.72), (0.7, 0.78, 0.8), (0.82, 0.72, 0.66)]), np.float32)
        img[:horizon] = paint * (0.92 + 0.08 * smooth_noise(rng, horizon, w, 6, 3)[..., None])
        img[horizon - int(0.03 * h):horizon] = 0.93
        tone = np.array(rng.choice([(0.55, 0.36, 0.2), (0.68, 0.5, 0.3), (0.42, 0.28, 0.18)]), np.float32)
        yy, xx = np.mgrid[horizon:h, 0:w].astype(np.float32)
        depth = (yy - horizon) / max(h - horizon, 1)
        plank = np.floor(np.sqrt(depth) * 9).astype(int)
        wobble = smooth_noise(rng, h - horizon, w, 5, 3)
        grain = 0.5 + 0.5 * np.sin(xx * 0.05 + wobble * 18 + plank * 7.3)
        shade = 0.8 + 0.12 * grain + 0.1 * ((plank * 37) % 5) / 5
        floor = tone * shade[..., None]
        edge = np.abs(np.diff(plank, axis=0, prepend=plank[:1])) > 0
        floor[edge] *= 0.55
        img[horizon:] = floor
    else:  # kitchen
        img[:horizon] = 0.9
        tile = max(8, int(0.06 * h))
        yy, xx = np.mgrid[0:horizon, 0:w]
        grout = ((yy % tile) < 2) | ((xx % tile) < 2)
        img[:horizon][grout] = 0.72
        img[:horizon] *= np.array(rng.choice([(1.0, 0.98, 0.92), (0.9, 0.95, 1.0), (0.95, 1.0, 0.94)]), np.float32)
        img[horizon - int(0.05 * h):horizon] = (0.35, 0.3, 0.28)
        yy, xx = np.mgrid[horizon:h, 0:w].astype(np.float32)
        depth = (yy - horizon) / max(h - horizon, 1)
        row = np.floor(np.sqrt(depth) * 7).astype(int)
        col = np.floor((xx - w / 2) / (0.1 * w * (0.6 + 0.8 * depth))).astype(int)
        dark, light = rng.uniform(0.3, 0.5), rng.uniform(0.75, 0.9)
        floor = np.where((row + col) % 2 == 0, dark, light)[..., None] * np.array([1.0, 0.97, 0.93], np.float32)
        floor = floor * (0.92 + 0.1 * smooth_noise(rng, h - horizon, w, 16, 3)[..., None])
        lines = (np.diff(row, axis=0, prepend=row[:1]) != 0) | (np.diff(col, axis=1, prepend=col[:, :1]) != 0)
        floor[lines] = 0.55
        img[horizon:] = floor
    return np.clip(img, 0, 1), sky


def cloud_layer(rng, h, w):
    density = smooth_noise(rng, h, w, 5, 5)
    return np.clip((density - 0.5) * 2.6, 0, 1) ** 1.3


# ---------------------------------------------------------------- sprites


def _finish(colour, alpha, scale):
    """Supersampled uint8 colour and alpha -> premultiplied float RGBA at 1/scale."""
    w, h = colour.shape[1] // scale, colour.shape[0] // scale
    rgb = cv2.resize(colour, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    a = cv2.resize(alpha, (w, h), interpolation=cv2.INTER_AREA).astype(np.float32)[..., None] / 255
    return np.concatenate([rgb * a, a], -1)


def _shade_disc(colour, cx, cy, r, light=(-0.5, -0.6)):
    """Darken/lighten a drawn disc as a lit sphere."""
    yy, xx = np.mgrid[0:colour.shape[0], 0:colour.shape[1]].astype(np.float32)
    dx, dy = (xx - cx) / r, (yy - cy) / r
    z = np.sqrt(np.clip(1 - dx * dx - dy * dy, 0, 1))
    lambert = np.clip(-(dx * light[0] + dy * light[1]) * 0.7 + z * 0.6, 0, 1)
    spec = np.clip(1 - np.hypot(dx - light[0] * 0.5, dy - light[1] * 0.5) * 3.2, 0, 1) ** 2
    shaded = colour.astype(np.float32) * (0.35 + 0.75 * lambert[..., None]) + 150 * spec[..., None]
    return np.clip(shaded, 0, 255).astype(np.uint8)


def make_sprite(kind, size, rgb, phase=0.0):
    """Premultiplied RGBA patch of ``kind`` whose height (length for a car or bird) is ``size`` pixels; its centre is
    the patch centre."""
    s = 3 if size < 120 else 2
    S = max(int(size * s), 6)
    rgb = tuple(int(c) for c in rgb)
    dark = tuple(int(c * 0.45) for c in rgb)
    light = tuple(min(255, int(c * 1.3 + 40)) for c in rgb)
    if kind in ("ball", "apple"):
        pad = S // 3
        dim = S + 2 * pad
        colour = np.zeros((dim, dim, 3), np.uint8)
        alpha = np.zeros((dim, dim), np.uint8)
        c, r = dim // 2, S // 2
        if kind == "ball":
            cv2.circle(colour, (c, c), r, rgb, -1)
            cv2.ellipse(colour, (c, c), (r, r // 3), 0, 0, 360, light, max(2, S // 12))
            cv2.ellipse(colour, (c, c), (r // 3, r), 0, 0, 360, dark, max(1, S // 20))
            cv2.circle(alpha, (c, c), r, 255, -1)
            colour = _shade_disc(colour, c, c, r)
        else:
            cv2.ellipse(colour, (c, c), (int(r * 1.03), r), 0, 0, 360, rgb, -1)
            cv2.ellipse(alpha, (c, c), (int(r * 1.03), r), 0, 0, 360, 255, -1)
            speck = np.random.default_rng(7).random(colour.shape[:2]) < 0.02
            colour[speck] = light
            colour = _shade_disc(colour, c, c, r)
            cv2.ellipse(colour, (c, c - r + S // 14), (S // 8, S // 16), 0, 0, 360, dark, -1)
            cv2.line(colour, (c, c - r + S // 12), (c + S // 16, c - r - S // 8), (90, 60, 30), max(2, S // 22))
            cv2.line(alpha, (c, c - r + S // 12), (c + S // 16, c - r - S // 8), 255, max(2, S // 22))
            leaf = np.array([[c + S // 16, c - r - S // 10], [c + S // 4, c - r - S // 5],
                             [c + S // 5, c - r - S // 16]])
            cv2.fillPoly(colour, [leaf], (60, 140, 40))
            cv2.fillPoly(alpha, [leaf], 255)
        return _finish(colour, alpha, s)
    if kind in ("can", "block", "bottle"):
        width = int(S * OBJECTS[kind][1])
        pad = S // 3
        dim = S + 2 * pad
        colour = np.zeros((dim, dim, 3), np.uint8)
        alpha = np.zeros((dim, dim), np.uint8)
        x0, y0 = dim // 2 - width // 2, dim // 2 - S // 2
        if kind == "can":
            cv2.rectangle(colour, (x0, y0), (x0 + width, y0 + S), rgb, -1)
            cv2.rectangle(colour, (x0, y0 + S // 3), (x0 + width, y0 + S // 2), (240, 240, 240), -1)
            cv2.rectangle(colour, (x0, y0), (x0 + width, y0 + S // 14), (190, 190, 195), -1)
            cv2.rectangle(colour, (x0, y0 + S - S // 14), (x0 + width, y0 + S), (170, 170, 175), -1)
            cv2.rectangle(alpha, (x0, y0), (x0 + width, y0 + S), 255, -1)
        elif kind == "block":
            cv2.rectangle(colour, (x0, y0), (x0 + width, y0 + S), rgb, -1)
            cv2.rectangle(colour, (x0, y0), (x0 + width, y0 + S), light, max(2, S // 10))
            cv2.putText(colour, "ABCE"[int(sum(rgb)) % 4], (x0 + width // 5, y0 + int(S * 0.8)),
                        cv2.FONT_HERSHEY_SIMPLEX, S / 38, (250, 250, 245), max(2, S // 12), cv2.LINE_AA)
            cv2.rectangle(alpha, (x0, y0), (x0 + width, y0 + S), 255, -1)
        else:
            neck = max(2, width // 3)
            body = [[x0, y0 + S], [x0, y0 + int(S * 0.42)], [dim // 2 - neck, y0 + int(S * 0.22)],
                    [dim // 2 - neck, y0 + S // 14], [dim // 2 + neck, y0 + S // 14],
                    [dim // 2 + neck, y0 + int(S * 0.22)],
                    [x0 + width, y0 + int(S * 0.42)], [x0 + width, y0 + S]]
            cv2.fillPoly(colour, [np.array(body)], rgb)
            cv2.fillPoly(alpha, [np.array(body)], 215)
            cv2.rectangle(colour, (dim // 2 - neck, y0), (dim // 2 + neck, y0 + S // 14), (230, 230, 230), -1)
            cv2.rectangle(alpha, (dim // 2 - neck, y0), (dim // 2 + neck, y0 + S // 14), 255, -1)
            cv2.rectangle(colour, (x0, y0 + int(S * 0.55)), (x0 + width, y0 + int(S * 0.75)), (235, 230, 215), -1)
            cv2.rectangle(alpha, (x0, y0 + int(S * 0.55)), (x0 + width, y0 + int(S * 0.75)), 255, -1)
        across = np.linspace(-1, 1, width + 1, dtype=np.float32)
        cylinder = 0.55 + 0.6 * np.sqrt(np.clip(1 - (across + 0.35) ** 2 / 1.8, 0, 1))
        if kind == "block":
            cylinder = np.full_like(across, 1.0)
        band = colour[:, x0:x0 + width + 1].astype(np.float32) * cylinder[None, :, None]
        colour[:, x0:x0 + width + 1] = np.clip(band, 0, 255).astype(np.uint8)
        return _finish(colour, alpha, s)
    if kind == "car":
        h = int(S * 0.42)
        dim_w, dim_h = S + S // 6, h + S // 3
        colour = np.zeros((dim_h, dim_w, 3), np.uint8)
        alpha = np.zeros((dim_h, dim_w), np.uint8)
        x0, y0 = S // 12, (dim_h - h) // 2
        wheel = int(h * 0.27)
        body = np.array([[x0, y0 + int(h * 0.45)], [x0 + int(S * 0.22), y0 + int(h * 0.38)], [x0 + int(S * 0.33), y0],
                         [x0 + int(S * 0.7), y0], [x0 + int(S * 0.82), y0 + int(h * 0.38)],
                         [x0 + S, y0 + int(h * 0.48)],
                         [x0 + S, y0 + h - wheel], [x0, y0 + h - wheel]])
        for layer, value in ((colour, rgb), (alpha, 255)):
            cv2.fillPoly(layer, [body], value)
        window = np.array([[x0 + int(S * 0.26), y0 + int(h * 0.38)], [x0 + int(S * 0.35), y0 + h // 12],
                           [x0 + int(S * 0.68), y0 + h // 12], [x0 + int(S * 0.78), y0 + int(h * 0.38)]])
        cv2.fillPoly(colour, [window], (150, 175, 195))
        cv2.line(colour, (x0 + int(S * 0.52), y0), (x0 + int(S * 0.52), y0 + int(h * 0.4)), rgb, max(2, S // 60))
        cv2.rectangle(colour, (x0 + S - S // 30, y0 + int(h * 0.5)), (x0 + S, y0 + int(h * 0.6)), (250, 240, 190), -1)
        for wx in (x0 + int(S * 0.2), x0 + int(S * 0.8)):
            wy = y0 + h - wheel
            for layer, value in ((colour, (25, 25, 28)), (alpha, 255)):
                cv2.circle(layer, (wx, wy), wheel, value, -1)
            cv2.circle(colour, (wx, wy), wheel // 2, (160, 160, 165), -1)
            for k in range(3):
                a = phase * 2 * math.pi + k * 2 * math.pi / 3
                cv2.line(colour, (wx, wy), (int(wx + wheel * 0.5 * math.cos(a)), int(wy + wheel * 0.5 * math.sin(a))),
                         (70, 70, 75), max(1, wheel // 6))
        return _finish(colour, alpha, s)
    if kind == "person":
        dim_h, dim_w = S + S // 8, int(S * 0.6)
        colour = np.zeros((dim_h, dim_w, 3), np.uint8)
        alpha = np.zeros((dim_h, dim_w), np.uint8)
        cx, top = dim_w // 2, (dim_h - S) // 2
        hip, shoulder = (cx, top + int(S * 0.52)), (cx, top + int(S * 0.2))
        swing = 0.45 * math.sin(2 * math.pi * phase)
        shirt, trousers, skin = rgb, (40, 45, 70), (225, 180, 150)
        leg, arm = int(S * 0.48), int(S * 0.34)
        thick = max(3, S // 14)
        for sign, shade in ((-1, 0.75), (1, 1.0)):
            foot = (int(hip[0] + leg * math.sin(sign * swing)), int(hip[1] + leg * math.cos(swing)))
            hand = (int(shoulder[0] - arm * math.sin(sign * swing)), int(shoulder[1] + arm * math.cos(swing)))
            for layer, value in ((colour, tuple(int(c * shade) for c in trousers)), (alpha, 255)):
                cv2.line(layer, hip, foot, value, thick + 2)
                cv2.line(layer, (foot[0], foot[1]), (foot[0] + S // 14, foot[1]), value, thick)
            for layer, value in ((colour, tuple(int(c * shade) for c in shirt)), (alpha, 255)):
                cv2.line(layer, shoulder, hand, value, thick)
        for layer, value in ((colour, shirt), (alpha, 255)):
            torso = (S // 11, (hip[1] - shoulder[1]) // 2 + S // 40)
            cv2.ellipse(layer, (cx, (hip[1] + shoulder[1]) // 2), torso, 0, 0, 360, value, -1)
        for layer, value in ((colour, skin), (alpha, 255)):
            cv2.circle(layer, (cx, top + int(S * 0.1)), int(S * 0.075), value, -1)
        hair = (int(S * 0.075), int(S * 0.045))
        cv2.ellipse(colour, (cx - S // 60, top + int(S * 0.07)), hair, 0, 180, 360, (60, 40, 25), -1)
        return _finish(colour, alpha, s)
    if kind == "bird":
        dim = int(S * 1.3)
        colour = np.zeros((dim, dim, 3), np.uint8)
        alpha = np.zeros((dim, dim), np.uint8)
        c = dim // 2
        wing_tip = int(S * 0.45 * math.sin(2 * math.pi * phase))
        for layer, value in ((colour, rgb), (alpha, 255)):
            cv2.ellipse(layer, (c, c), (S // 3, S // 8), 0, 0, 360, value, -1)
            cv2.circle(layer, (c + S // 3, c - S // 14), S // 9, value, -1)
            tail = np.array([[c - S // 4, c], [c - S // 2, c - S // 10], [c - S // 2, c + S // 10]])
            cv2.fillPoly(layer, [tail], value)
        for layer, value in ((colour, dark), (alpha, 255)):
            wing = np.array([[c - S // 8, c - S // 30], [c + S // 8, c - S // 30], [c, c - wing_tip]])
            cv2.fillPoly(layer, [wing], value)
        cv2.fillPoly(colour, [np.array([[c + S * 4 // 9, c - S // 14], [c + S * 4 // 9 + S // 8, c - S // 20],
                                       [c + S * 4 // 9, c - S // 30]])], (230, 170, 40))
        cv2.fillPoly(alpha, [np.array([[c + S * 4 // 9, c - S // 14], [c + S * 4 // 9 + S // 8, c - S // 20],
                                      [c + S * 4 // 9, c - S // 30]])], 255)
        return _finish(colour, alpha, s)
    if kind == "balloon":
        dim_w, dim_h = int(S * 1.2), int(S * 3.0)
        colour = np.zeros((dim_h, dim_w, 3), np.uint8)
        alpha = np.zeros((dim_h, dim_w), np.uint8)
        c = (dim_w // 2, dim_h // 2)
        r = S // 2
        bend = 0.25 * S * math.sin(2 * math.pi * phase)
        pts = np.array([[c[0] + bend * math.sin(k / 12 * math.pi) * k / 12, c[1] + r + k * S * 0.1] for k in range(13)],
                       np.int32)
        cv2.polylines(colour, [pts], False, (220, 220, 220), max(1, S // 50))
        cv2.polylines(alpha, [pts], False, 255, max(1, S // 50))
        cv2.ellipse(colour, c, (int(r * 0.85), r), 0, 0, 360, rgb, -1)
        cv2.ellipse(alpha, c, (int(r * 0.85), r), 0, 0, 360, 235, -1)
        knot = np.array([[c[0], c[1] + r - 2], [c[0] - S // 20, c[1] + r + S // 16],
                         [c[0] + S // 20, c[1] + r + S // 16]])
        cv2.fillPoly(colour, [knot], dark)
        cv2.fillPoly(alpha, [knot], 255)
        colour = _shade_disc(colour, c[0], c[1], r)
        return _finish(colour, alpha, s)
    # feather
    dim = int(S * 1.2)
    colour = np.zeros((dim, dim, 3), np.uint8)
    alpha = np.zeros((dim, dim), np.uint8)
    c = dim // 2
    length, half = S // 2, S // 9
    curve = [(c - length + 2 * length * k / 20, c + 0.12 * S * math.sin(math.pi * k / 20) ** 2) for k in range(21)]
    outline = [(x, y - half * math.sin(math.pi * (k / 20) ** 0.7)) for k, (x, y) in enumerate(curve)]
    outline += [(x, y + half * 0.8 * math.sin(math.pi * (k / 20) ** 0.7))
                for k, (x, y) in reversed(list(enumerate(curve)))]
    cv2.fillPoly(colour, [np.array(outline, np.int32)], rgb)
    cv2.fillPoly(alpha, [np.array(outline, np.int32)], 220)
    cv2.polylines(colour, [np.array(curve, np.int32)], False, dark, max(1, S // 60))
    for k in range(2, 19, 2):
        x, y = curve[k]
        cv2.line(colour, (int(x), int(y)), (int(x + S // 20), int(y - half * 0.9)), light, 1)
    return _finish(colour, alpha, s)


# ---------------------------------------------------------------- scene and paths

ALL = FAMILIES + CONTROLS
CONTROL_KINDS = {"car": "car", "person": "person", "bird": "bird", "rolling": "ball", "balloon": "balloon",
                 "feather": "feather"}
CONTROL_PLACES = {"car": ("street",), "person": ("park", "street"), "bird": ("park", "street"),
                  "rolling": ("wood", "kitchen", "park"), "balloon": ("park", "street"),
                  "feather": ("park", "wood", "kitchen")}
REAL_SIZE = {"car": 4.2, "person": 1.72, "bird": 0.22, "balloon": 0.3, "feather": 0.12}
NAMES = {"ball": "ball", "apple": "apple", "can": "soda can", "block": "toy block", "bottle": "plastic bottle"}


def article(words: str) -> str:
    return ("an " if words[0] in "aeiou" else "a ") + words


def plan_scene(family: str, seed: int) -> Scene:
    rng = np.random.default_rng([seed, ALL.index(family), 4])
    width, height = SIZES[int(rng.integers(len(SIZES)))]
    fps = float(rng.choice(FRAME_RATES))
    frames = int(np.clip(round(rng.uniform(2.2, 3.6) * fps), 24, 81))
    margin = int(0.06 * max(width, height))
    kind = CONTROL_KINDS.get(family) or str(rng.choice(["ball", "ball", "apple", "can", "block", "bottle"]))
    if family == "higher_rebound":
        kind = "ball"
    places = CONTROL_PLACES.get(family, tuple(PLACES))
    background = str(rng.choice(places))
    ground_y = margin + height * rng.uniform(0.74, 0.86)
    base = min(width, height)
    size_px = {"car": rng.uniform(0.2, 0.3) * width, "person": rng.uniform(0.32, 0.45) * height,
               "bird": rng.uniform(0.06, 0.1) * base, "balloon": rng.uniform(0.09, 0.14) * base,
               "feather": rng.uniform(0.1, 0.15) * base}.get(kind, rng.uniform(0.07, 0.13) * base)
    real = REAL_SIZE.get(kind) or OBJECTS[kind][0]
    if kind == "ball":
        real = float(rng.choice([0.067, 0.1, 0.22, 0.24]))
    if kind in OBJECTS:  # the frame's shorter side spans 1.3-3 m, unless that leaves the object a speck
        size_px = max(real * base / rng.uniform(1.3, 3.0), rng.uniform(0.04, 0.06) * base)
    names = list(PALETTE)
    first = str(rng.choice(names))
    far = [n for n in names if np.linalg.norm(np.subtract(PALETTE[n], PALETTE[first])) > 180]  # a change one sees
    second = str(rng.choice(far))
    exposure = rng.uniform(0.3, 0.9)  # share of the frame interval the shutter is open
    offsets = (np.arange(SUBFRAMES) / (SUBFRAMES - 1) - 0.5) * exposure
    times = ((np.arange(frames)[:, None] + offsets[None, :]) / fps).ravel()
    scene = Scene(width, height, fps, frames, background, ground_y, margin, size_px / real, kind, size_px,
                  (first, second), times, np.repeat(np.arange(frames), SUBFRAMES), int(rng.integers(1 << 30)))
    scene.tags = [f"{width}x{height}", background, kind, f"{int(fps)}fps", "blur" if exposure > 0.6 else "sharp"]
    if rng.random() < 0.6:
        scene.plant_x = margin + width * float(rng.choice([rng.uniform(0.03, 0.14), rng.uniform(0.86, 0.97)]))
        scene.tags.append("plant")
    if rng.random() < 0.4:
        scene.second_ball = True
        scene.tags.append("second_object")
    return scene


def empty_path(n):
    return Path(np.zeros(n), np.zeros(n), np.zeros(n), np.ones(n), np.zeros(n, int), np.ones(n, bool), np.zeros(n))


def to_canvas(scene: Scene, x_m, h_m, x_origin) -> tuple[np.ndarray, np.ndarray]:
    return x_origin + x_m * scene.ppm, scene.ground_y - h_m * scene.ppm


def first_frame_on_or_after(scene: Scene, t: float) -> int:
    return int(min(scene.frames - 1, math.ceil(t * scene.fps)))


def object_paths(family: str, scene: Scene, rng) -> tuple[Path, Path, str, int]:
    """Right and wrong path, the prompt, and the first frame where they may differ."""
    n = len(scene.times)
    t = scene.times
    W, H, m = scene.width, scene.height, scene.margin
    duration = scene.frames / scene.fps
    surface, place = PLACES[scene.background]
    right, wrong = empty_path(n), empty_path(n)
    half = 0.5  # centre height above ground, in object heights
    rest_h = half * scene.size_px / scene.ppm
    room = (scene.ground_y - (m + 0.1 * H)) / scene.ppm - 2 * rest_h  # metres between the ground and the top band
    colour = scene.colours[0]
    kind = scene.kind
    name = f"{colour} {NAMES[kind]}" if kind in NAMES else ""
    if kind == "ball" and colour in ("yellow", "green") and rng.random() < 0.5:
        name = "tennis ball"
    spins = kind in ("ball", "apple")
    e = rng.uniform(*OBJECTS[kind][2]) if kind in OBJECTS else 0.0
    onset = first_frame_on_or_after(scene, rng.uniform(0.35, 0.6) * duration)
    if family in CONTROLS:
        return control_paths(family, scene, rng, right, wrong)

    thrown = family == "no_gravity" or (family in ("teleport", "jitter", "vanish", "size_pop", "colour_change")
                                        and rng.random() < 0.65)
    release = float(rng.choice([0.0, rng.uniform(0.1, 0.35)])) if not thrown else 0.0
    direction = float(rng.choice([-1, 1]))
    if thrown:
        x_origin = m + W * (0.12 if direction > 0 else 0.88)
        h0 = rest_h + room * rng.uniform(0.25, 0.5)
        vh = math.sqrt(2 * G * max(room + rest_h - h0, 0.01)) * rng.uniform(0.4, 0.95)  # the apex stays in the frame
        flight = (vh + math.sqrt(vh * vh + 2 * G * (h0 - rest_h))) / G
        vx = direction * rng.uniform(0.35, 0.55) * W / scene.ppm / flight  # lands 35-55 % of the width away
        x, h = ballistic(t, 0.0, h0, vx, vh, G, rest_h, e, roll_decel=rng.uniform(0.3, 0.7) * G)
        right.x, right.y = to_canvas(scene, x, h, x_origin)
        if family == "no_gravity":
            wrong.x, wrong.y = to_canvas(scene, vx * t, h0 + vh * t, x_origin)
        else:
            wrong.x, wrong.y = right.x.copy(), right.y.copy()
        right.angle = -np.cumsum(np.r_[0, np.diff(right.x)]) / (scene.size_px / 2) if spins else right.angle
        wrong.angle = -np.cumsum(np.r_[0, np.diff(wrong.x)]) / (scene.size_px / 2) if spins else wrong.angle
        verb = f"is thrown across {place} and lands on {surface}"
        scene.tags.append("thrown")
    else:
        x_origin = m + W * rng.uniform(0.3, 0.7)
        top = 0.5 if family == "higher_rebound" else 0.9
        h0 = rest_h + room * rng.uniform(0.45, 0.75) * top
        bounce = e
        x, h = ballistic(t, 0.0, h0, 0.0, 0.0, G, rest_h, bounce, release=release)
        right.x, right.y = to_canvas(scene, x, h, x_origin)
        wrong.x, wrong.y = right.x.copy(), right.y.copy()
        if family == "constant_fall":
            speed = math.sqrt(2 * G * (h0 - rest_h)) / 2  # the right fall's mean speed: both land at once
            wrong.y = to_canvas(scene, 0, constant_speed_fall(t, h0, speed, rest_h, release), x_origin)[1]
        elif family == "higher_rebound":
            first = math.sqrt(rng.uniform(1.35, 1.7))  # the first rebound climbs 35-70 % above the drop height
            wrong.y = to_canvas(scene, 0, ballistic(t, 0.0, h0, 0.0, 0.0, G, rest_h, bounce, first, release=release)[1],
                                x_origin)[1]
        elif family == "upward_fall":
            wrong.y = to_canvas(scene, 0, ballistic(t, 0.0, h0, 0.0, 0.0, -G, rest_h, bounce, release=release)[1],
                                x_origin)[1]
        elif family == "sinks":
            landed = release + math.sqrt(2 * (h0 - rest_h) / G)
            settled = landed + (2 * e * math.sqrt(2 * G * (h0 - rest_h)) / G) / (1 - e) + rng.uniform(0.1, 0.3)
            onset = first_frame_on_or_after(scene, settled)
            settle = onset / scene.fps
            sink_speed = rng.uniform(0.5, 1.0) * 2 * rest_h / max(duration - settle, 0.4)
            depth = np.clip(t - settle, 0, None) * sink_speed
            wrong.y = right.y + np.minimum(depth, 1.6 * rest_h) * scene.ppm
        if release > 0:
            scene.tags.append("held")
        bounces = e > 0.3 or family == "higher_rebound"
        verb = {"upward_fall": f"is dropped from a height onto {surface}",
                "sinks": f"is dropped onto {surface} and comes to rest"}.get(
            family, f"is dropped onto {surface} and {'bounces' if bounces else 'lands'}")
        scene.tags.append("dropped")
    prompt = f"{article(name)} {verb}"
    if family in ("constant_fall", "higher_rebound", "upward_fall", "no_gravity"):
        parting = release if family != "higher_rebound" else release + math.sqrt(2 * (h0 - rest_h) / G)
        onset = int(scene.frame_of[np.argmax(scene.times > parting)])  # the first frame exposed after it
    occluder = thrown and rng.random() < 0.6
    if occluder:
        scene.occluder_x = float(np.interp(0.45, [0, 1], [right.x[0], right.x[-1]]))
        scene.tags.append("occluder")
    onset = apply_glitch(family, scene, rng, right, wrong, onset)
    return right, wrong, prompt, onset


def visible_frames(scene: Scene, path: Path) -> np.ndarray:
    """Frames whose centre sample shows the whole object in the frame and clear of the occluder."""
    mid = np.arange(scene.frames) * SUBFRAMES + SUBFRAMES // 2
    x, y = path.x[mid] - scene.margin, path.y[mid] - scene.margin
    r = scene.size_px * 0.8
    ok = (x > r) & (x < scene.width - r) & (y > r) & (y < scene.height - r)
    if scene.occluder_x is not None:
        ok &= np.abs(path.x[mid] - scene.occluder_x) > scene.size_px * 1.2 + 0.03 * scene.width
    return ok


def pick_onset(scene: Scene, rng, path: Path, onset: int, length: int = 1) -> int:
    """The frame nearest ``onset`` from which ``length`` frames (and two either side) all show the object."""
    ok = visible_frames(scene, path)
    good = [f for f in range(3, scene.frames - length - 2) if ok[f - 2:f + length + 2].all()]
    if not good:
        return onset
    return min(good, key=lambda f: abs(f - onset))


def apply_glitch(family, scene, rng, right: Path, wrong: Path, onset: int) -> int:
    after = scene.frame_of >= onset
    W = scene.width
    if family == "teleport":
        onset = pick_onset(scene, rng, right, onset)
        after = scene.frame_of >= onset
        x_now = right.x[onset * SUBFRAMES] - scene.margin
        jump = rng.uniform(0.15, 0.28) * W
        jump *= 1 if x_now + jump < W * 0.9 else -1
        wrong.x = np.where(after, right.x + jump, right.x)
    elif family == "jitter":
        onset = pick_onset(scene, rng, right, onset)
        after = scene.frame_of >= onset
        amp = rng.uniform(0.35, 0.7) * scene.size_px
        shake = rng.normal(0, amp, (scene.frames, 2))
        wrong.x = right.x + np.where(after, shake[scene.frame_of, 0], 0)
        wrong.y = np.minimum(right.y + np.where(after, shake[scene.frame_of, 1], 0), right.y.max())
    elif family == "vanish":
        length = max(3, int(round(rng.uniform(0.2, 0.4) * scene.fps)))
        onset = pick_onset(scene, rng, right, onset, length)
        wrong.visible = ~((scene.frame_of >= onset) & (scene.frame_of < onset + length))
    elif family == "size_pop":
        onset = pick_onset(scene, rng, right, onset)
        after = scene.frame_of >= onset
        factor = float(rng.choice([rng.uniform(0.5, 0.62), rng.uniform(1.6, 1.9)]))
        wrong.scale = np.where(after, factor, 1.0)
        wrong.y = np.where(after, right.y - (factor - 1) * scene.size_px / 2, right.y)  # the bottom stays put
    elif family == "colour_change":
        onset = pick_onset(scene, rng, right, onset)
        wrong.colour = (scene.frame_of >= onset).astype(int)
    return onset


def control_paths(family, scene: Scene, rng, right: Path, wrong: Path):
    t = scene.times
    W, H, m = scene.width, scene.height, scene.margin
    duration = scene.frames / scene.fps
    surface, place = PLACES[scene.background]
    direction = float(rng.choice([-1, 1]))
    side = "from left to right" if direction > 0 else "from right to left"
    start = m + W * (0.5 - direction * 0.45)
    colour = scene.colours[0]
    onset = first_frame_on_or_after(scene, rng.uniform(0.35, 0.6) * duration)
    if family in ("car", "person", "bird"):
        travel = rng.uniform(0.55, 0.85) * W
        speed = travel / duration
        right.x = start + direction * speed * t
        if family == "car":
            right.y = np.full_like(t, scene.ground_y - scene.size_px * 0.42 / 2)  # the wheels on the road
            wheel_r = scene.size_px * 0.42 * 0.27
            right.phase = direction * speed * t / (2 * math.pi * wheel_r)
            prompt = f"a {colour} car drives along {place} {side} at a steady speed"
        elif family == "person":
            stride = 0.75 * 2 * scene.ppm  # two steps per leg cycle
            right.phase = speed * t / stride
            bob = 0.012 * scene.size_px * np.abs(np.sin(2 * math.pi * right.phase))  # up at each step
            right.y = scene.ground_y - scene.size_px * 0.5 - bob
            prompt = f"a person in a {colour} shirt walks {side} across {place}"
        else:
            right.y = m + H * rng.uniform(0.18, 0.4) + 0.01 * H * np.sin(2 * math.pi * t / duration)
            right.phase = t * rng.uniform(4, 7)
            colour = str(rng.choice(["brown", "grey", "black"]))
            scene.colours = ({"brown": (110, 80, 55), "grey": (120, 120, 125), "black": (35, 35, 40)}[colour],)
            prompt = f"a small {colour} bird flies level across the sky over {place} {side}"
        wrong.x, wrong.y, wrong.phase = right.x.copy(), right.y.copy(), right.phase.copy()
        if family != "bird" and rng.random() < 0.6:
            scene.occluder_x = start + direction * rng.uniform(0.35, 0.6) * travel
            scene.tags.append("occluder")
        if family == "car":
            onset = pick_onset(scene, rng, right, onset)
            wrong.x = np.where(scene.frame_of >= onset, right.x + direction * 0.75 * scene.size_px, right.x)
        elif family == "person":
            length = max(3, int(round(rng.uniform(0.3, 0.5) * scene.fps)))
            onset = pick_onset(scene, rng, right, onset, length)
            wrong.visible = ~((scene.frame_of >= onset) & (scene.frame_of < onset + length))
        else:
            onset = pick_onset(scene, rng, right, onset)
            wrong.scale = np.where(scene.frame_of >= onset, rng.uniform(1.7, 2.0), 1.0)
        return right, wrong, prompt, onset
    r = scene.size_px / 2
    if family == "rolling":
        distance = rng.uniform(0.45, 0.7) * W
        stop_time = rng.uniform(0.6, 1.0) * duration
        decel = 2 * distance / stop_time ** 2
        run = np.minimum(t, stop_time)
        right.x = start + direction * (decel * stop_time * run - decel * run ** 2 / 2)
        right.y = np.full_like(t, scene.ground_y - r)
        right.angle = direction * (right.x - start) / r * direction
        wrong.x, wrong.angle = right.x.copy(), right.angle.copy()
        onset = first_frame_on_or_after(scene, rng.uniform(0.3, 0.5) * stop_time)
        lift = np.clip(t - onset / scene.fps, 0, None)
        wrong.y = right.y - scene.g_px * lift ** 2 / 2
        scene.colours = (PALETTE[colour],)
        prompt = f"a {colour} ball rolls across {surface} {side} and slows to a stop"
        return right, wrong, prompt, onset
    if family == "balloon":
        x0 = m + W * rng.uniform(0.3, 0.7)
        h0 = rng.uniform(0.35, 0.5) * (scene.ground_y - m) / scene.ppm
        climb = rng.uniform(0.35, 0.6) * (scene.ground_y - m) / scene.ppm / duration  # terminal rising speed
        tau = 0.3
        sway = 0.02 * W * np.sin(2 * math.pi * t / rng.uniform(1.5, 2.5))
        right.x = x0 + sway
        after = np.clip(t, 0, None)  # let go at t = 0
        right.y = scene.ground_y - (h0 + climb * (after - tau * (1 - np.exp(-after / tau)))) * scene.ppm
        right.phase = t / 1.7
        x, h = ballistic(t, 0.0, h0, 0.0, 0.0, G, r * 1.5 / scene.ppm, 0.3)
        wrong.x = x0 + np.where(t > 0, 0, sway)
        wrong.y = scene.ground_y - h * scene.ppm
        wrong.phase = right.phase.copy()
        scene.colours = (PALETTE[colour],)
        return right, wrong, f"a {colour} balloon is let go and floats up into the sky", 0
    # feather
    x0 = m + W * rng.uniform(0.3, 0.7)
    y0 = m + H * rng.uniform(0.08, 0.2)
    drop = rng.uniform(0.4, 0.6) * (scene.ground_y - r - y0) / duration
    period = rng.uniform(1.2, 2.0)
    right.x = x0 + 0.08 * W * np.sin(2 * math.pi * t / period)
    right.y = y0 + drop * t + 0.015 * H * np.cos(4 * math.pi * t / period)
    right.angle = 0.45 * np.cos(2 * math.pi * t / period)
    wrong.x, wrong.y, wrong.angle = right.x.copy(), right.y.copy(), right.angle.copy()
    onset = first_frame_on_or_after(scene, rng.uniform(0.35, 0.55) * duration)
    shake = rng.normal(0, rng.uniform(0.35, 0.6) * scene.size_px, (scene.frames, 2))
    after = scene.frame_of >= onset
    wrong.x = right.x + np.where(after, shake[scene.frame_of, 0], 0)
    wrong.y = right.y + np.where(after, shake[scene.frame_of, 1], 0)
    tones = {"grey": (140, 140, 148), "brown": (150, 105, 70)}
    if scene.background == "park":  # white shows against the sky
        tones["white"] = (238, 236, 228)
    tone = str(rng.choice(sorted(tones)))
    scene.colours = (tones[tone],)
    prompt = f"{article(tone)} feather drifts slowly down through the air, swaying from side to side"
    return right, wrong, prompt, onset


@dataclass
class Plan:
    scene: Scene
    right: Path
    wrong: Path
    prompt: str
    onset: int  # first frame where the clips may differ


def plan(family: str, seed: int) -> Plan:
    """The scene and both clips' paths for ``family`` and ``seed``, without drawing."""
    if family not in ALL:
        raise ValueError(f"unknown family {family!r}")
    scene = plan_scene(family, seed)
    rng = np.random.default_rng([seed, ALL.index(family), 5])
    right, wrong, prompt, onset = object_paths(family, scene, rng)
    if isinstance(scene.colours[0], str):
        scene.colours = tuple(PALETTE[c] for c in scene.colours)
    return Plan(scene, right, wrong, prompt, onset)


# ---------------------------------------------------------------- drawing


@dataclass
class Camera:
    """Hand-held camera: canvas point p maps to zoom * (p - canvas centre) + frame centre + offset."""

    zoom: np.ndarray  # per frame
    offset: np.ndarray  # per frame, (x, y)
    centre_canvas: tuple
    centre_frame: tuple

    def matrix(self, i: int) -> np.ndarray:
        z = self.zoom[i]
        (cx, cy), (fx, fy) = self.centre_canvas, self.centre_frame
        return np.array([[z, 0, fx + self.offset[i, 0] - z * cx], [0, z, fy + self.offset[i, 1] - z * cy]], np.float32)

    def point(self, i: int, x, y):
        m = self.matrix(i)
        return m[0, 0] * x + m[0, 2], m[1, 1] * y + m[1, 2]


def hand_held(scene: Scene, rng) -> Camera:
    n, m = scene.frames, scene.margin
    t = np.arange(n) / scene.fps
    duration = n / scene.fps
    zoom = 1.0 + 0.01 + rng.uniform(-0.01, 0.035) * t / duration
    pan = rng.uniform(-0.45, 0.45, 2) * m * (t / duration - 0.5)[:, None]
    shake = np.zeros((n, 2))
    amplitude = rng.uniform(0.6, 2.5)
    for _ in range(3):
        freq, ph = rng.uniform(0.7, 5.0, 2), rng.uniform(0, 2 * math.pi, 2)
        shake += amplitude / 3 * np.sin(2 * math.pi * freq[None, :] * t[:, None] + ph[None, :])
    w, h = scene.canvas
    return Camera(zoom, pan + shake, (w / 2, h / 2), (scene.width / 2, scene.height / 2))


def draw_plant(layer, x, ground_y, height, sway, scale_rng_seed):
    rng = np.random.default_rng(scale_rng_seed)
    pot_w, pot_h = int(height * 0.28), int(height * 0.22)
    base = int(ground_y)
    pot = np.array([[x - pot_w // 2, base - pot_h], [x + pot_w // 2, base - pot_h], [x + pot_w // 3, base],
                    [x - pot_w // 3, base]], np.int32)
    cv2.fillPoly(layer, [pot], (150, 80, 50), cv2.LINE_AA)
    for k in range(5):
        lean = (k - 2) * 0.25 + sway * (0.6 + 0.2 * k)
        length = height * rng.uniform(0.6, 0.85)
        pts = []
        for j in range(9):
            s = j / 8
            pts.append((x + math.sin(lean * s) * length * s, base - pot_h - math.cos(lean * s) * length * s))
        cv2.polylines(layer, [np.array(pts, np.int32)], False, (40, 100, 35), max(1, int(height / 60)), cv2.LINE_AA)
        for j in (3, 5, 7, 8):
            px, py = pts[j]
            cv2.ellipse(layer, (int(px), int(py)), (max(2, int(height * 0.08)), max(1, int(height * 0.03))),
                        math.degrees(lean) + 35 * (-1) ** j, 0, 360, (50 + 10 * k, 125 + 8 * j, 45), -1, cv2.LINE_AA)


def occluder_strip(scene: Scene, rng) -> np.ndarray:
    """Premultiplied RGBA of a post in front of the path, as tall as the canvas."""
    w_c, h_c = scene.canvas
    width = max(6, int(rng.uniform(0.03, 0.05) * scene.width))
    wood = scene.background in ("park", "wood", "kitchen")
    tone = np.array((0.45, 0.3, 0.18) if wood else (0.35, 0.37, 0.4), np.float32)
    across = np.linspace(-1, 1, width, dtype=np.float32)
    shade = 0.55 + 0.55 * np.sqrt(np.clip(1 - (across - 0.3) ** 2 / 1.7, 0, 1))
    grain = smooth_noise(rng, h_c, width, 3, 3) if wood else np.full((h_c, width), 0.5, np.float32)
    rgb = tone * (shade[None, :, None] * (0.8 + 0.4 * grain[..., None]))
    alpha = np.ones((h_c, width, 1), np.float32)
    alpha[:, :1] = alpha[:, -1:] = 0.5
    return np.concatenate([np.clip(rgb, 0, 1) * alpha, alpha], -1)


class Sprites:
    """Sprites cached by size, colour and a quantised animation phase."""

    def __init__(self, scene: Scene):
        self.scene = scene
        self.cache: dict = {}

    def get(self, scale: float, colour: int, phase: float) -> np.ndarray:
        steps = 16
        key = (round(float(scale), 3), int(colour), int(round((phase % 1) * steps)) % steps)
        if key not in self.cache:
            rgb = self.scene.colours[min(int(colour), len(self.scene.colours) - 1)]
            self.cache[key] = make_sprite(self.scene.kind, self.scene.size_px * key[0], rgb, key[2] / steps)
        return self.cache[key]


def object_exposures(sprites: Sprites, path: Path, i: int, camera: Camera):
    """(frame x, frame y, angle, sprite) of each visible sub-frame exposure of frame ``i``."""
    samples = [k for k in range(i * SUBFRAMES, (i + 1) * SUBFRAMES) if path.visible[k]]
    xs, ys = camera.point(i, path.x[samples], path.y[samples])
    return [(x, y, path.angle[k], sprites.get(path.scale[k], path.colour[k], path.phase[k]))
            for k, x, y in zip(samples, xs, ys)]


def exposure_box(exposures, zoom: float):
    boxes = []
    for x, y, angle, patch in exposures:
        half_w, half_h = patch.shape[1] / 2, patch.shape[0] / 2
        if angle:  # turned: anything within the half diagonal
            half_w = half_h = math.hypot(half_w, half_h)
        reach_x, reach_y = half_w * zoom + 2, half_h * zoom + 2
        boxes.append((x - reach_x, y - reach_y, x + reach_x + 1, y + reach_y + 1))
    return boxes


def place_object(roi, origin, exposures, zoom: float, ground_row: float):
    """Composite the sub-frame exposures (averaged: motion blur) onto ``roi``, a float RGB window at ``origin``."""
    h, w = roi.shape[:2]
    ox, oy = origin
    acc = np.zeros((h, w, 4), np.float32)
    for (x, y, angle, patch), box in zip(exposures, exposure_box(exposures, zoom)):
        x0, y0 = max(int(box[0]) - ox, 0), max(int(box[1]) - oy, 0)
        x1, y1 = min(int(box[2]) - ox, w), min(int(box[3]) - oy, h)
        if x1 <= x0 or y1 <= y0:
            continue
        a, b = zoom * math.cos(angle), zoom * math.sin(angle)
        cx, cy = patch.shape[1] / 2 - 0.5, patch.shape[0] / 2 - 0.5
        tx, ty = x - ox - x0, y - oy - y0
        m = np.array([[a, -b, tx - (a * cx - b * cy)], [b, a, ty - (b * cx + a * cy)]], np.float32)
        acc[y0:y1, x0:x1] += cv2.warpAffine(patch, m, (x1 - x0, y1 - y0), flags=cv2.INTER_LINEAR,
                                            borderMode=cv2.BORDER_CONSTANT)
    acc /= SUBFRAMES
    rows = np.arange(oy, oy + h, dtype=np.float32)[:, None, None]
    acc *= np.clip(ground_row + 1.0 - rows, 0, 1)  # nothing shows below the ground it stands on
    roi *= 1 - acc[..., 3:]
    roi += acc[..., :3]


def shadow_blob(path: Path, scene: Scene, i: int, camera: Camera, light_dx: float):
    """(centre x, centre y, spread x, spread y, strength) of the soft ground shadow in frame ``i``, or None."""
    k = i * SUBFRAMES + SUBFRAMES // 2
    if not path.visible[k] or scene.kind == "bird":
        return None
    size = scene.size_px * path.scale[k]
    width = size * {"person": 0.3, "car": 1.0}.get(scene.kind, OBJECTS.get(scene.kind, (0, 1.0))[1])
    bottom = path.y[k] + (size * 0.21 if scene.kind == "car" else size / 2)
    lift = max(scene.ground_y - bottom, 0)
    strength = 0.5 * math.exp(-lift / (2.5 * size))
    if strength < 0.06:  # too high above the ground to shade it visibly
        return None
    z = camera.zoom[i]
    gx, gy = camera.point(i, path.x[k] + light_dx * lift, scene.ground_y + 0.04 * size)
    return gx, gy, (0.5 * width + 0.15 * lift) * z, (0.12 * width + 0.04 * lift) * z + 1, strength


def cast_shadow(roi, origin, blob):
    gx, gy, sx, sy, strength = blob
    ox, oy = origin
    across = np.exp(-((np.arange(ox, ox + roi.shape[1], dtype=np.float32) - gx) / sx) ** 4)  # flat under the body
    down = np.exp(-((np.arange(oy, oy + roi.shape[0], dtype=np.float32) - gy) / sy) ** 2)
    roi *= (1 - strength * down[:, None] * across[None, :])[..., None]


def render(p: Plan) -> tuple[np.ndarray, np.ndarray]:
    scene = p.scene
    rng = np.random.default_rng(scene.rng_seed)
    w_c, h_c = scene.canvas
    base, sky = build_background(scene.background, rng, w_c, h_c, scene.ground_y)
    base8 = (base * 255).astype(np.uint8)
    sky_rows = int(np.nonzero(sky.any(axis=1))[0].max()) + 1 if sky.any() else 0
    drift = rng.uniform(4, 14) * float(rng.choice([-1, 1]))
    clouds = None
    if sky_rows:
        clouds = cloud_layer(rng, sky_rows, w_c + int(abs(drift) * scene.frames / scene.fps) + 4)
    if clouds is not None:  # the sky's colour by row with the clouds over it, wider than the canvas: it drifts
        sky_colour = (base[:sky_rows] * sky[:sky_rows, :, None]).sum(1) / np.maximum(sky[:sky_rows].sum(1), 1)[:, None]
        cloud_tint = np.array([0.95, 0.95, 0.97], np.float32)
        cloudy = sky_colour[:, None, :] + clouds[..., None] * (cloud_tint - sky_colour[:, None, :])
        cloudy8 = (np.clip(cloudy, 0, 1) * 255).astype(np.uint8)
        sky_shows = (sky[:sky_rows] > 0.5)[..., None]
    camera = hand_held(scene, np.random.default_rng([scene.rng_seed, 1]))  # its own stream: tests rebuild it
    light_dx = rng.uniform(-0.6, 0.6)
    occluder = occluder_strip(scene, rng) if scene.occluder_x is not None else None
    plant_height = rng.uniform(0.25, 0.4) * scene.height
    sway_freq, sway_phase = rng.uniform(0.3, 0.8), rng.uniform(0, 2 * math.pi)
    second = None
    if scene.second_ball:
        second_r = rng.uniform(0.015, 0.03) * scene.height
        second_row = scene.ground_y - rng.uniform(0.04, 0.09) * scene.height - second_r
        second_x0 = scene.margin + scene.width * rng.uniform(0.1, 0.9)
        second_run = rng.uniform(0.15, 0.35) * scene.width * float(rng.choice([-1, 1]))
        second = (second_r, second_row, second_x0, second_run, tuple(int(c) for c in rng.integers(40, 220, 3)))
    yy, xx = np.ogrid[0:scene.height, 0:scene.width]
    falloff = ((xx / scene.width - 0.5) ** 2 + (yy / scene.height - 0.5) ** 2) * 2
    vignette = np.repeat((1 - rng.uniform(0.15, 0.35) * falloff)[..., None], 3, axis=2).astype(np.float32)
    flicker_period, flicker_phase, flicker = rng.uniform(2, 6), rng.uniform(0, 6.3), rng.uniform(0.02, 0.07)
    warm = rng.uniform(-0.03, 0.03)
    grain = rng.uniform(0.006, 0.018)
    noise_bank = [rng.standard_normal((scene.height, scene.width, 3), dtype=np.float32) * np.float32(grain)
                  for _ in range(3)]
    sprites = Sprites(scene)
    clips = [np.empty((scene.frames, scene.height, scene.width, 3), np.uint8) for _ in range(2)]
    for i in range(scene.frames):
        t = i / scene.fps
        layer8 = base8.copy()
        if clouds is not None:
            shift = int(round((drift * t) % (clouds.shape[1] - w_c)))
            np.copyto(layer8[:sky_rows], cloudy8[:, shift:shift + w_c], where=sky_shows)
        if scene.plant_x is not None:
            draw_plant(layer8, int(scene.plant_x), scene.ground_y, plant_height,
                       0.12 * math.sin(2 * math.pi * sway_freq * t + sway_phase), scene.rng_seed)
        if second is not None:
            r2, row, x0, run, col = second
            travel = run * (1 - (1 - min(t / 2.5, 1)) ** 2)
            centre = (int((x0 + travel) * 4), int(row * 4))
            cv2.circle(layer8, centre, int(r2 * 4), col, -1, cv2.LINE_AA, 2)
            cv2.circle(layer8, (centre[0] - int(r2 * 1.2), centre[1] - int(r2 * 1.2)), int(r2 * 1.4),
                       tuple(min(255, c + 60) for c in col), -1, cv2.LINE_AA, 2)
        matrix = camera.matrix(i)
        shared = np.multiply(cv2.warpAffine(layer8, matrix, (scene.width, scene.height), flags=cv2.INTER_LINEAR,
                                            borderMode=cv2.BORDER_REFLECT), np.float32(1 / 255), dtype=np.float32)
        ground_row = camera.point(i, 0, scene.ground_y)[1]
        gain = 1 + flicker * math.sin(2 * math.pi * t / flicker_period + flicker_phase)
        tint = np.array([1 + warm * t, 1.0, 1 - warm * t], np.float32) * np.float32(gain)
        tint_scalar = tuple(float(c) for c in tint) + (0.0,)
        occ = None
        if occluder is not None:
            ox0 = int(camera.point(i, scene.occluder_x - occluder.shape[1] / 2, 0)[0]) - 2
            ox1 = ox0 + int(occluder.shape[1] * camera.zoom[i]) + 5
            ox0c, ox1c = max(ox0, 0), min(ox1, scene.width)
            if ox1c > ox0c:
                m = matrix.copy()
                m[0, 2] += camera.zoom[i] * (scene.occluder_x - occluder.shape[1] / 2) - ox0c
                occ = (ox0c, ox1c, cv2.warpAffine(occluder, m, (ox1c - ox0c, scene.height), flags=cv2.INTER_LINEAR))
        noise = noise_bank[(i * 3) % len(noise_bank)]
        if occ is not None:
            a0, a1, patch = occ
            fronted = shared.copy()
            fronted[:, a0:a1] = fronted[:, a0:a1] * (1 - patch[..., 3:]) + patch[..., :3]
        else:
            fronted = shared
        lit = cv2.add(cv2.multiply(cv2.multiply(fronted, vignette), tint_scalar), noise)
        finished = cv2.convertScaleAbs(lit, alpha=255)
        same = slice(i * SUBFRAMES, (i + 1) * SUBFRAMES)
        for clip, path in zip(clips, (p.right, p.wrong)):
            if path is p.wrong and all(np.array_equal(getattr(p.right, name)[same], getattr(p.wrong, name)[same])
                                       for name in Path.__dataclass_fields__):
                clip[i] = clips[0][i]  # nothing differs in this frame
                continue
            clip[i] = finished
            exposures = object_exposures(sprites, path, i, camera)
            blob = shadow_blob(path, scene, i, camera, light_dx)
            boxes = exposure_box(exposures, camera.zoom[i])
            if blob is not None:
                gx, gy, sx, sy, _ = blob
                boxes.append((gx - 1.6 * sx, gy - 2.5 * sy, gx + 1.6 * sx + 1, gy + 2.5 * sy + 1))
            if not boxes:
                continue
            x0, y0 = max(int(min(b[0] for b in boxes)), 0), max(int(min(b[1] for b in boxes)), 0)
            x1 = min(int(max(b[2] for b in boxes)), scene.width)
            y1 = min(int(max(b[3] for b in boxes)), scene.height)
            if x1 <= x0 or y1 <= y0:
                continue
            roi = shared[y0:y1, x0:x1].copy()
            if blob is not None:
                cast_shadow(roi, (x0, y0), blob)
            place_object(roi, (x0, y0), exposures, camera.zoom[i], ground_row)
            if occ is not None and occ[1] > x0 and occ[0] < x1:
                a0, a1, patch = occ
                c0, c1 = max(a0, x0), min(a1, x1)
                part = patch[y0:y1, c0 - a0:c1 - a0]
                roi[:, c0 - x0:c1 - x0] = roi[:, c0 - x0:c1 - x0] * (1 - part[..., 3:]) + part[..., :3]
            lit = roi * vignette[y0:y1, x0:x1] * tint + noise[y0:y1, x0:x1]
            clip[i, y0:y1, x0:x1] = cv2.convertScaleAbs(lit, alpha=255)
    return clips[0], clips[1]


def make_pair(family: str, seed: int, width: int | None = None, height: int | None = None,
              varied: bool = True) -> ClipPair:
    """The right and wrong clip of ``family`` for ``seed``; the scene, its size included, comes from the seed alone
    (``width``, ``height`` and ``varied`` are accepted for the common call shape)."""
    p = plan(family, seed)
    right, wrong = render(p)
    return ClipPair(family, seed, p.prompt, right, wrong, p.scene.fps, tuple(p.scene.tags))
