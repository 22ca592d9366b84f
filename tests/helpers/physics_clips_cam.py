"""A third renderer of the judge's right/wrong clip pairs, written from the physics alone: a pinhole camera over a 3-D scene.

The other two renderers draw in image space. Here every object lives in metres on a ground plane and is seen
through a camera whose height, downward tilt and field of view come from the seed, so a fall of 9.81 m/s² shows
as a pixel acceleration that depends on the object's depth, and far objects are small. Balls and boxes are ray
cast (shaded, with a stripe, checker, segment or spot texture that turns as they spin or roll); cars have a body,
a cabin and turning wheels; walkers swing their legs and arms; birds flap; balloons pull a string; feathers
tumble. A directional light casts shadows on the ground; some scenes hold still crates, posts and trees. Frames
get vignetting, film grain and a slight exposure flicker. Sizes 832x480, 480x832, 640x360 and 512x512, 8-30 fps,
16-81 frames (a Wan2.1-shaped 81 frames at 16 fps for some 832x480 scenes).

Flights are exact parabolas between bounces solved in closed form (restitution 0.5-0.85). The right and the wrong
clip share the scene, camera, noise and timing and differ only by the violation. ``tags`` records what varied.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

G = 9.81
FAMILIES = ("constant_fall", "higher_rebound", "upward_fall", "no_gravity", "teleport", "jitter", "vanish",
            "size_pop", "colour_change", "sinks")
CONTROLS = ("car", "person", "bird", "rolling", "balloon", "feather")
SIZES = ((832, 480), (480, 832), (640, 360), (512, 512))
PALETTE = {"red": (0.85, 0.12, 0.1), "blue": (0.12, 0.3, 0.85), "green": (0.15, 0.65, 0.2), "yellow": (0.95, 0.85, 0.15),
           "orange": (0.95, 0.5, 0.08), "purple": (0.5, 0.2, 0.7), "white": (0.93, 0.93, 0.9), "pink": (0.95, 0.5, 0.7),
           "black": (0.08, 0.08, 0.09), "grey": (0.5, 0.5, 0.52)}


@dataclass
class ClipPair:
    family: str
    seed: int
    prompt: str
    right: np.ndarray  # uint8 [T, H, W, 3]
    wrong: np.ndarray
    fps: float
    tags: tuple = ()


class Camera:
    """A pinhole at height ``height`` above the ground (y = 0), looking along +z, tilted down by ``tilt`` radians."""

    def __init__(self, width: int, height_px: int, fov_deg: float, height: float, tilt: float):
        self.w, self.h = width, height_px
        self.f = (width / 2) / math.tan(math.radians(fov_deg) / 2)
        self.cx, self.cy = (width - 1) / 2, (height_px - 1) / 2
        self.origin = np.array([0.0, height, 0.0])
        self.right = np.array([1.0, 0.0, 0.0])
        self.forward = np.array([0.0, -math.sin(tilt), math.cos(tilt)])
        self.up = np.array([0.0, math.cos(tilt), math.sin(tilt)])
        self._rays = None

    @property
    def rays(self) -> np.ndarray:
        """[H, W, 3] unit view rays in world axes, built on first use."""
        if self._rays is None:
            jj, ii = np.meshgrid(np.arange(self.w, dtype=np.float32), np.arange(self.h, dtype=np.float32))
            rays = (self.forward[None, None] + ((jj - self.cx) / self.f)[..., None] * self.right
                    - ((ii - self.cy) / self.f)[..., None] * self.up)
            self._rays = (rays / np.linalg.norm(rays, axis=-1, keepdims=True)).astype(np.float32)
        return self._rays

    def depth(self, points):
        return (np.asarray(points, float) - self.origin) @ self.forward

    def project(self, points):
        """[..., 3] metres -> [..., 2] pixel (u, v), pixel centres at integers."""
        d = np.asarray(points, float) - self.origin
        z = np.maximum(d @ self.forward, 1e-3)
        return np.stack([self.cx + self.f * (d @ self.right) / z, self.cy - self.f * (d @ self.up) / z], axis=-1)


def rotation(axis, angle: float) -> np.ndarray:
    axis = np.asarray(axis, float) / (np.linalg.norm(axis) + 1e-12)
    k = np.array([[0, -axis[2], axis[1]], [axis[2], 0, -axis[0]], [-axis[1], axis[0], 0]])
    return np.eye(3) + math.sin(angle) * k + (1 - math.cos(angle)) * (k @ k)


# ---------------------------------------------------------------- scene backdrop

def backdrop(cam: Camera, rng, kind: str, road_z: float = 10.0, wall_z: float | None = None) -> np.ndarray:
    """Sky (or a back wall) and a textured ground plane, with distance haze."""
    rays = cam.rays
    dy, dz = rays[..., 1], rays[..., 2]
    horizon = np.array(rng.uniform([0.7, 0.75, 0.8], [0.9, 0.92, 0.97]), np.float32)
    zenith = np.array(rng.uniform([0.2, 0.35, 0.6], [0.45, 0.6, 0.9]), np.float32)
    sky = horizon + (zenith - horizon) * np.clip(dy, 0, 1)[..., None] ** 0.6
    on_ground = dy < -1e-4
    t = np.where(on_ground, -cam.origin[1] / np.minimum(dy, -1e-4), 1e4)
    x, z = cam.origin[0] + t * rays[..., 0], t * dz
    footprint = t / cam.f  # metres per pixel on the ground: texture fades where it would alias
    if kind == "tiles":
        size = rng.uniform(0.4, 1.0)
        a, b = (np.array(rng.uniform(0.35, 0.9, 3), np.float32) for _ in range(2))
        wave = np.sin(np.pi * x / size) * np.sin(np.pi * z / size)
        mix = 0.5 + 0.5 * np.tanh(6 * wave) * np.clip(1 - 3 * footprint / size, 0, 1)
        ground = a + (b - a) * mix[..., None]
    elif kind == "wood":
        plank = rng.uniform(0.12, 0.25)
        base = np.array(rng.uniform([0.45, 0.28, 0.12], [0.7, 0.48, 0.3]), np.float32)
        row = np.floor(z / plank)
        shade = 0.85 + 0.15 * np.sin(row * 12.9898 + 78.233) * np.clip(1 - 2 * footprint / plank, 0, 1)
        grain = 1 + 0.05 * np.sin(x * 23 + row * 3.1) * np.clip(1 - 20 * footprint, 0, 1)
        ground = base * (shade * grain)[..., None]
    elif kind == "road":
        grass = np.array(rng.uniform([0.2, 0.4, 0.12], [0.35, 0.6, 0.25]), np.float32)
        asphalt = np.array([rng.uniform(0.25, 0.42)] * 3, np.float32)
        on_road = (np.abs(z - road_z) < 3.5)[..., None]
        dash = ((np.abs(z - road_z) < 0.08 + footprint) & (np.mod(x, 4.0) < 2.0))[..., None]
        ground = np.where(on_road, np.where(dash, np.float32(0.9), asphalt), grass)
    else:  # grass or gravel: smooth random patches
        base = np.array(rng.uniform([0.2, 0.35, 0.1], [0.45, 0.6, 0.3]) if kind == "grass" else
                        [rng.uniform(0.4, 0.65)] * 3, np.float32)
        phases = rng.uniform(0, 2 * np.pi, 4)
        patch = (np.sin(0.7 * x + phases[0]) * np.sin(0.9 * z + phases[1]) + 0.5 * np.sin(2.3 * x + 1.7 * z + phases[2]))
        fine = np.sin(9 * x + phases[3]) * np.sin(11 * z) * np.clip(1 - 8 * footprint, 0, 1)
        ground = base * (1 + 0.12 * patch + 0.08 * fine)[..., None]
    image = np.where(on_ground[..., None], ground, sky)
    if wall_z is not None:  # an indoor back wall in front of the far floor and the sky
        tw = wall_z / np.maximum(dz, 1e-4)
        wall_y = cam.origin[1] + tw * dy
        colour = np.array(rng.uniform(0.55, 0.9, 3), np.float32)
        wall = colour * np.where(wall_y < 0.12, 0.6, 1.0)[..., None].astype(np.float32)
        image = np.where(((tw < t) & (wall_y >= 0))[..., None], wall, image)
        t = np.minimum(t, tw)
    haze = (1 - np.exp(-t / rng.uniform(40, 120)))[..., None]
    return (image * (1 - haze) + horizon * haze).astype(np.float32)


# ---------------------------------------------------------------- ray-cast solids

def _box_of(cam: Camera, points, pad: float = 2):
    uv = cam.project(points)
    u0, v0 = np.floor(uv.min(0) - pad).astype(int)
    u1, v1 = np.ceil(uv.max(0) + pad).astype(int)
    u0, v0, u1, v1 = max(u0, 0), max(v0, 0), min(u1, cam.w), min(v1, cam.h)
    return (slice(v0, v1), slice(u0, u1)) if u1 > u0 and v1 > v0 else None


def _blend(img, window, colour, alpha):
    part = img[window]
    part += (colour - part) * alpha[..., None]


def draw_sphere(img, cam: Camera, centre, r: float, colours, pattern: str, turn: np.ndarray, light, squash: float = 1.0):
    """A shaded ball; the part below the ground plane is hidden (an object sinking into the floor)."""
    if img is None:  # an actor asked only for its outline points
        return
    centre = np.asarray(centre, float)
    corners = centre + r * 1.05 * np.array([[i, j, k] for i in (-1, 1) for j in (-1, 1) for k in (-1, 1)], float)
    window = _box_of(cam, corners)
    if window is None or cam.depth(centre) < r + 0.05:
        return
    rays = cam.rays[window].astype(np.float64)
    oc = cam.origin - centre
    oc_s = oc * np.array([1.0, 1 / squash, 1.0])
    rays_s = rays * np.array([1.0, 1 / squash, 1.0])
    a = np.sum(rays_s * rays_s, -1)
    b = rays_s @ oc_s
    c = oc_s @ oc_s - r * r
    t = (-b - np.sqrt(np.maximum(b * b - a * c, 0))) / a
    pixel = np.linalg.norm(oc) / cam.f
    closest = np.sqrt(np.maximum(c + r * r - b * b / a, 0))  # the ray's closest approach to the centre
    alpha = np.clip((r - closest) / pixel + 0.5, 0, 1)
    hit = cam.origin + t[..., None] * rays
    alpha *= np.clip(hit[..., 1] / pixel + 0.5, 0, 1)  # the ground occludes what is below it
    normal = (hit - centre) * np.array([1.0, 1 / squash ** 2, 1.0])
    normal /= np.linalg.norm(normal, axis=-1, keepdims=True) + 1e-9
    q = normal @ turn  # surface point in the ball's own frame (turn maps own -> world)
    base, second = np.asarray(colours[0], np.float32), np.asarray(colours[1], np.float32)
    if pattern == "stripe":
        pick = np.abs(q[..., 0]) < 0.3
    elif pattern == "checker":
        pick = (q[..., 0] * q[..., 1] * q[..., 2]) > 0
    elif pattern == "segments":
        pick = np.mod(np.floor((np.arctan2(q[..., 2], q[..., 0]) + np.pi) / (np.pi / 3)), 2) > 0
    elif pattern == "spot":
        pick = q[..., 0] > 0.8
    else:
        pick = np.zeros(q.shape[:2], bool)
    albedo = np.where(pick[..., None], second, base)
    lambert = np.clip(-(normal @ light), 0, 1)
    half = -light - rays
    half /= np.linalg.norm(half, axis=-1, keepdims=True)
    spec = np.clip(np.sum(normal * half, -1), 0, 1) ** 40 * 0.35
    colour = albedo * (0.3 + 0.7 * lambert)[..., None] + spec[..., None]
    _blend(img, window, colour.astype(np.float32), alpha.astype(np.float32))


def draw_box(img, cam: Camera, centre, half, turn: np.ndarray, colour, light, planks: bool):
    """A box (crate, cube or car part) ray cast in its own frame; the part below the ground is hidden."""
    if img is None:  # an actor asked only for its outline points
        return
    centre, half = np.asarray(centre, float), np.asarray(half, float)
    signs = np.array([[i, j, k] for i in (-1, 1) for j in (-1, 1) for k in (-1, 1)], float)
    window = _box_of(cam, centre + (signs * half) @ turn.T)
    if window is None or cam.depth(centre) < np.linalg.norm(half) + 0.05:
        return
    rays = cam.rays[window].astype(np.float64) @ turn  # into the box frame
    origin = (cam.origin - centre) @ turn
    with np.errstate(divide="ignore", invalid="ignore"):
        inv = 1.0 / np.where(np.abs(rays) < 1e-9, 1e-9, rays)
        t1, t2 = (-half - origin) * inv, (half - origin) * inv
    near, far = np.minimum(t1, t2), np.maximum(t1, t2)
    t_in, t_out = near.max(-1), far.min(-1)
    inside = (t_in < t_out) & (t_out > 0)
    local = origin + t_in[..., None] * rays
    axis = near.argmax(-1)
    normal_local = np.zeros_like(local)
    np.put_along_axis(normal_local, axis[..., None], np.sign(np.take_along_axis(local, axis[..., None], -1)), -1)
    hit_y = (local @ turn.T)[..., 1] + centre[1]
    pixel = np.linalg.norm(cam.origin - centre) / cam.f
    alpha = inside * np.clip(hit_y / pixel + 0.5, 0, 1)
    alpha = cv2.GaussianBlur(alpha.astype(np.float32), (3, 3), 0.6)
    normal = normal_local @ turn.T
    shade = 0.35 + 0.65 * np.clip(-(normal @ light), 0, 1)
    if planks:  # crate boards: dark seams across each face and a frame at the edges
        u = np.take_along_axis(local / half, ((axis + 1) % 3)[..., None], -1)[..., 0]
        v = np.take_along_axis(local / half, ((axis + 2) % 3)[..., None], -1)[..., 0]
        seam = (np.abs(np.mod(v * 2, 1) - 0.5) > 0.44) | (np.abs(u) > 0.85) | (np.abs(v) > 0.85)
        shade = shade * np.where(seam, 0.6, 1.0)
    _blend(img, window, (np.asarray(colour, np.float32) * shade[..., None]).astype(np.float32), alpha)


def draw_shadow(img, cam: Camera, points, light, strength: float):
    """The ground shadow of a solid given by sample points: their hull projected along the light onto y = 0."""
    points = np.asarray(points, float)
    points = points[points[:, 1] > -1e-6]
    if len(points) < 3:
        return
    ground = points - (points[:, 1:2] / light[1]) * light
    ground[:, 1] = 0
    ground = ground[cam.depth(ground) > 0.3]
    if len(ground) < 3:
        return
    height = max(float(points[:, 1].min()), 0.0)
    uv = cam.project(ground)
    if np.all((uv[:, 0] < 0) | (uv[:, 0] > cam.w) | (uv[:, 1] < 0) | (uv[:, 1] > cam.h)):
        return
    blur = 1 + 2 * int(1 + height * 3)
    pad = blur + 2
    u0, v0 = np.maximum(np.floor(uv.min(0)).astype(int) - pad, 0)
    u1, v1 = np.minimum(np.ceil(uv.max(0)).astype(int) + pad, [cam.w, cam.h])
    if u1 <= u0 or v1 <= v0:
        return
    mask = np.zeros((v1 - v0, u1 - u0), np.float32)
    hull = cv2.convexHull(np.round((uv - [u0, v0]) * 16).astype(np.int32))
    cv2.fillConvexPoly(mask, hull, 1.0, cv2.LINE_AA, 4)
    mask = cv2.GaussianBlur(mask, (blur, blur), 0) * strength / (1 + 0.6 * height)
    img[v0:v1, u0:u1] *= 1 - mask[..., None]


def sphere_points(centre, r, squash=1.0):
    ang = np.linspace(0, 2 * np.pi, 16, endpoint=False)
    ring = [np.stack([r * np.cos(ang) * math.cos(el), np.full(16, r * math.sin(el) * squash), r * np.sin(ang) * math.cos(el)], 1)
            for el in (-1.2, -0.6, 0.0, 0.6, 1.2)]
    return np.asarray(centre) + np.concatenate(ring)


def box_points(centre, half, turn):
    signs = np.array([[i, j, k] for i in (-1, 1) for j in (-1, 1) for k in (-1, 1)], float)
    return np.asarray(centre) + (signs * half) @ turn.T


def _line(img, cam, a, b, colour, thick_m):
    if img is None:  # an actor asked only for its outline points
        return
    ua, ub = cam.project(np.array([a, b]))
    px = max(1, int(round(cam.f * thick_m / max(cam.depth(a), 0.3))))
    cv2.line(img, tuple(np.round(ua * 8).astype(int)), tuple(np.round(ub * 8).astype(int)), tuple(map(float, colour)), px,
             cv2.LINE_AA, 3)


def _poly(img, cam, points, colour):
    if img is None:  # an actor asked only for its outline points
        return
    uv = np.round(cam.project(np.asarray(points)) * 8).astype(np.int32)
    cv2.fillConvexPoly(img, uv, tuple(map(float, colour)), cv2.LINE_AA, 3)


# ---------------------------------------------------------------- actors: (draw, shadow points)

def actor_car(img, cam, s, look, light):
    """A car whose side faces the camera: body, cabin, four wheels with a turning hub line."""
    p, heading, k = s["pos"], look["heading"], s["scale"]
    turn = np.eye(3)
    length, width = 4.0 * k, 1.7 * k
    body_c = p + np.array([0, 0.55 * k, 0])
    cabin_c = p + np.array([-0.25 * heading * k, 1.15 * k, 0])
    draw_box(img, cam, body_c, [length / 2, 0.3 * k, width / 2], turn, s["colour"], light, False)
    draw_box(img, cam, cabin_c, [1.1 * k, 0.3 * k, width / 2 * 0.9], turn, np.asarray(s["colour"]) * 0.8 + 0.1, light, False)
    wheel_r = 0.33 * k
    for dx in (-1.3 * k, 1.3 * k):
        centre = p + np.array([dx, wheel_r, -width / 2 - 0.02])
        uv = cam.project(centre)
        radius = cam.f * wheel_r / cam.depth(centre)
        if img is not None:
            cv2.circle(img, tuple(np.round(uv * 8).astype(int)), int(round(radius * 8)), (0.06, 0.06, 0.06), -1,
                       cv2.LINE_AA, 3)
        spoke = centre + wheel_r * 0.7 * np.array([math.cos(s["spin"]), math.sin(s["spin"]), 0])
        _line(img, cam, centre, spoke, (0.7, 0.7, 0.7), 0.06 * k)
    return box_points(p + np.array([0, 0.8 * k, 0]), [length / 2, 0.7 * k, width / 2], turn)


def actor_walker(img, cam, s, look, light):
    """A stick walker: legs and arms swing with the stride, head on top."""
    p, k, phase = s["pos"], s["scale"], s["spin"]
    hip = p + np.array([0, 0.9 * k, 0])
    neck = p + np.array([0, 1.5 * k, 0])
    swing = 0.45 * math.sin(phase)
    heading = look["heading"]
    limb = 0.13 * k
    for sign in (-1, 1):
        foot = hip + 0.9 * k * np.array([heading * math.sin(sign * swing), -math.cos(swing), 0])
        _line(img, cam, hip, foot, look["legs"], limb)
        hand = neck + 0.65 * k * np.array([heading * math.sin(-sign * swing * 0.8), -math.cos(swing * 0.8), 0])
        _line(img, cam, neck, hand, look["shirt"], limb * 0.8)
    _line(img, cam, hip, neck, look["shirt"], 0.3 * k)
    draw_sphere(img, cam, neck + np.array([0, 0.2 * k, 0]), 0.12 * k, (look["skin"], look["skin"]), "plain", np.eye(3), light)
    return np.array([hip, neck, p + [0.2 * k, 0.02, 0], p - [0.2 * k, -0.02, 0], neck + [0, 0.3 * k, 0]])


def actor_bird(img, cam, s, look, light):
    """A bird: a body ellipse and two wings flapping up and down."""
    p, k = s["pos"], s["scale"]
    heading = look["heading"]
    flap = math.sin(s["spin"])
    span = 0.35 * k
    tail, head = p - [0.22 * k * heading, 0, 0], p + [0.22 * k * heading, 0.03 * k, 0]
    _line(img, cam, tail, head, s["colour"], 0.1 * k)
    for side in (-1, 1):
        tip = p + np.array([-0.05 * heading * k, span * flap, side * span * math.sqrt(max(1 - flap * flap, 0.2))])
        _poly(img, cam, [p + [0.08 * heading * k, 0, 0], p - [0.1 * heading * k, 0, 0], tip], np.asarray(s["colour"]) * 0.8)
    return np.array([tail, head, p + [0, 0, span], p - [0, 0, span]])


def actor_balloon(img, cam, s, look, light):
    p, r = s["pos"], 0.2 * s["scale"]
    knot = p - [0, r * 1.25, 0]
    end = knot + np.array([0.15 * math.sin(s["spin"]), -1.0 * s["scale"], 0.0])
    _line(img, cam, knot, end, (0.9, 0.9, 0.9), 0.008)
    draw_sphere(img, cam, p, r, (s["colour"], s["colour"]), "plain", np.eye(3), light, squash=1.2)
    return sphere_points(p, r, 1.2)


def actor_feather(img, cam, s, look, light):
    """A feather: a narrow vane around a quill, tumbling about the view axis and turning about its own."""
    p, k, tumble = s["pos"], s["scale"], s["spin"]
    length = 0.3 * k
    axis = np.array([math.cos(tumble), math.sin(tumble) * 0.6, math.sin(tumble) * 0.3])
    side = np.cross(axis, [0, 0, 1.0])
    side = side / (np.linalg.norm(side) + 1e-9) * 0.05 * k * (0.5 + 0.5 * abs(math.cos(1.7 * tumble)))
    a, b = p - axis * length / 2, p + axis * length / 2
    _poly(img, cam, [a, p + axis * length * 0.1 + side, b, p + axis * length * 0.1 - side], s["colour"])
    _line(img, cam, a - axis * 0.04 * k, b, np.asarray(s["colour"]) * 0.7, 0.006)
    return np.array([a, b, p + side, p - side])


def actor_sphere(img, cam, s, look, light):
    draw_sphere(img, cam, s["pos"], look["size"] * s["scale"], (s["colour"], look["second"]), look["pattern"], s["turn"], light)
    return sphere_points(s["pos"], look["size"] * s["scale"])


def actor_box(img, cam, s, look, light):
    half = np.full(3, look["size"] * s["scale"])
    draw_box(img, cam, s["pos"], half, s["turn"], s["colour"], light, look["pattern"] == "planks")
    return box_points(s["pos"], half, s["turn"])


ACTORS = {"car": actor_car, "person": actor_walker, "bird": actor_bird, "balloon": actor_balloon,
          "feather": actor_feather, "sphere": actor_sphere, "box": actor_box}


# ---------------------------------------------------------------- motion

def bounce_flight(times, t0: float, h0: float, v0: float, e: float):
    """Height of the object's lowest point: held at ``h0`` until ``t0``, then free flight with exact bounces.

    Returns the heights and the flight's corner points (start, each landing and each apex) as (time, height)."""
    h = np.full(len(times), h0, float)
    corners = [(t0, h0)]
    start, height, speed = t0, h0, v0
    end = times[-1] + 1
    while start < end:
        if speed > 0:
            corners.append((start + speed / G, height + speed * speed / (2 * G)))
        dur = (speed + math.sqrt(speed * speed + 2 * G * height)) / G
        span = (times >= start) & (times < start + dur)
        tau = times[span] - start
        h[span] = height + speed * tau - G * tau * tau / 2
        start, height, speed = start + dur, 0.0, -e * (speed - G * dur)
        corners.append((start, 0.0))
        if speed < 0.25:  # the bounces have died out: it rests
            h[times >= start] = 0.0
            break
    return h, corners


def _spin_turn(axis, angles, first: np.ndarray):
    return [rotation(axis, a) @ first for a in angles]


def _look(rng, kind: str, ground_colour) -> dict:
    """An object's colours and pattern, with a colour that stands apart from the ground under it."""
    names = [n for n, c in PALETTE.items() if np.abs(np.asarray(c) - ground_colour).sum() > 0.45] or list(PALETTE)
    name = str(rng.choice(names))
    look = {"name": name, "colour": np.asarray(PALETTE[name], np.float32)}
    other = [n for n in PALETTE if n != name and np.abs(np.asarray(PALETTE[n]) - PALETTE[name]).sum() > 0.6]
    look["other"] = str(rng.choice(other))
    second = "white" if name != "white" else "black"
    look["second"] = np.asarray(PALETTE[str(rng.choice([second, "black", look["other"]]))], np.float32)
    if kind == "sphere":
        look["pattern"] = str(rng.choice(["plain", "stripe", "checker", "segments", "spot"]))
        look["size"] = float(rng.uniform(0.08, 0.3))
    else:
        look["pattern"] = str(rng.choice(["planks", "plain"]))
        look["size"] = float(rng.uniform(0.1, 0.3))
        if look["pattern"] == "planks":
            look["name"], look["colour"] = "wooden", np.asarray(rng.uniform([0.5, 0.32, 0.15], [0.7, 0.48, 0.28]), np.float32)
    return look


def _noun(look, kind, rng) -> str:
    if kind == "box":
        if look["name"] == "wooden":
            return str(rng.choice(["a wooden crate", "a crate", "a wooden box"]))
        return f"a {look['name']} " + str(rng.choice(["box", "cube", "block"]))
    if look["pattern"] == "segments":
        return str(rng.choice(["a beach ball", f"a {look['name']} beach ball"]))
    return str(rng.choice([f"a {look['name']} ball", f"a {look['name']} rubber ball", "a ball", f"a small {look['name']} ball",
                           f"a {look['name']} bouncy ball"]))


PROMPTS = {
    "drop": ["{o} is dropped and bounces on the ground", "{o} falls to the floor and bounces", "someone drops {o}",
             "{o} is let go and falls onto the ground", "{o} drops from a height and bounces a few times",
             "{o} falls straight down and hits the ground"],
    "throw": ["{o} is thrown across the scene in an arc", "someone tosses {o} and it bounces along the ground",
              "{o} flies through the air in an arc and lands", "{o} is thrown forward and bounces"],
    "roll": ["{o} rolls along the ground and slows to a stop", "{o} rolls across the floor until it stops",
             "{o} rolls slowly along the floor and comes to rest"],
    "car": ["a {c} car drives along the road", "a {c} car drives past at a steady speed", "a car travels down the street",
            "a {c} car moves along the road"],
    "person": ["a person walks across the scene", "a man walks along the path", "a woman in a {c} shirt walks past",
               "someone walks steadily from one side to the other"],
    "bird": ["a bird flies across the sky", "a {c} bird flaps past", "a pigeon flies by", "a small bird flies over the field"],
    "balloon": ["a {c} balloon rises into the sky", "a {c} helium balloon floats upward", "a balloon drifts slowly up"],
    "feather": ["a feather drifts down to the ground", "a {c} feather floats slowly downward", "a feather falls gently to the floor"],
}
BASE_MOTION = {"constant_fall": "drop", "higher_rebound": "drop", "upward_fall": "drop", "sinks": "drop", "no_gravity": "throw",
               "rolling": "roll"}
DROP_PROMPTS = {"upward_fall": [0, 2, 3, 5], "sinks": [1, 3, 5], "constant_fall": [1, 3, 5, 0]}  # what each family may say


def _articles(text: str) -> str:
    return " ".join("an" if w == "a" and nxt[0] in "aeiou" else w for w, nxt in zip(text.split(), text.split()[1:] + ["x"]))


def _free_motion(rng, mode, times, duration, depth, x_range):
    """Bottom height, lateral and depth position of a ball or box for a drop, a throw or a roll, plus flight data."""
    n = len(times)
    e = float(rng.uniform(0.5, 0.85))
    info = {"e": e}
    if mode == "drop":
        fall = float(rng.uniform(0.3, 0.55)) * duration
        h0 = min(G * fall * fall / 2, float(rng.uniform(1.5, 5.0)))
        t0 = float(rng.uniform(0.0, 0.15)) * duration
        h, corners = bounce_flight(times, t0, h0, 0.0, e)
        drift = float(rng.choice([0.0, rng.uniform(-0.4, 0.4)]))
        x = rng.uniform(*x_range) * 0.6 + drift * np.clip(times - t0, 0, None)
        z = np.full(n, depth)
        info.update(t0=t0, h0=h0, v0=0.0, corners=corners)
    elif mode == "throw":
        sign = float(rng.choice([-1.0, 1.0]))
        h0, v0 = float(rng.uniform(0.5, 1.6)), float(rng.uniform(1.5, 5.0))
        vx = sign * (x_range[1] - x_range[0]) * float(rng.uniform(0.45, 0.85)) / duration
        vz = float(rng.choice([0.0, rng.uniform(-0.25, 0.25) * depth / duration]))
        h, corners = bounce_flight(times, 0.0, h0, v0, e)
        x = -sign * (x_range[1] - x_range[0]) * 0.42 + vx * times
        z = depth + vz * times
        info.update(t0=0.0, h0=h0, v0=v0, corners=corners)
    else:  # roll, slowing at a constant rate until it stops
        sign = float(rng.choice([-1.0, 1.0]))
        stop = float(rng.uniform(0.6, 1.1)) * duration
        distance = (x_range[1] - x_range[0]) * float(rng.uniform(0.45, 0.8))
        tau = np.minimum(times, stop)
        travelled = distance * (2 * tau / stop - (tau / stop) ** 2)
        x = -sign * (x_range[1] - x_range[0]) * 0.42 + sign * travelled
        slant = float(rng.choice([0.0, rng.uniform(-0.3, 0.3)]))
        z = depth + slant * travelled
        h = np.zeros(n)
        info.update(t0=0.0)
    return h, np.asarray(x, float), np.asarray(z, float), info


def _control_motion(rng, family, times, duration, depth, x_range, scale):
    """Positions and phase of a driven or self-propelled actor (constant speed is right for these)."""
    sign = float(rng.choice([-1.0, 1.0]))
    width = x_range[1] - x_range[0]
    travel = width * float(rng.uniform(0.35, 0.75))
    x = -sign * travel / 2 + sign * travel * times / duration
    if family == "car":
        y = np.zeros_like(times)
        phase = -sign * travel * times / duration / (0.33 * scale)
    elif family == "person":
        y = np.zeros_like(times)
        phase = 2 * np.pi * travel * times / duration / (1.3 * scale)
    elif family == "bird":
        flap = float(rng.uniform(3, 7))
        y = float(rng.uniform(1.8, 4.0)) + 0.05 * np.sin(2 * np.pi * flap * times)
        phase = 2 * np.pi * flap * times
    elif family == "balloon":
        rise = float(rng.uniform(0.35, 1.0))
        sway = float(rng.uniform(0.5, 1.2))
        x = x * 0.15 + 0.2 * np.sin(2 * np.pi * times / (duration * sway))
        y = 1.3 + rise * times
        phase = np.sin(2 * np.pi * times / (duration * sway) + 1)
    else:  # feather: a slow terminal-speed descent with a side-to-side swing, resting once down
        sway = float(rng.uniform(0.8, 1.8))
        y0 = float(rng.uniform(1.2, 2.2))
        y = np.maximum(y0 - y0 / (duration * float(rng.uniform(0.8, 1.3))) * times, 0.03)
        x = x * 0.2 + 0.25 * np.sin(2 * np.pi * times / sway) * (y > 0.05)
        phase = 0.6 * np.sin(2 * np.pi * times / sway + 0.5)
    return x, y, np.full_like(times, depth), phase


def _glitch(rng, kind, state, cam, times):
    """Apply one violation to a copy of the per-frame state (positions in metres, visibility, size, colour)."""
    out = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in state.items()}
    n = len(times)
    mid = int(rng.uniform(0.4, 0.6) * n)
    px_to_m = cam.depth(state["pos"][mid]) / cam.f
    if kind == "teleport":
        u = cam.project(state["pos"][mid])[0]
        sign = 1.0 if u < cam.w / 2 else -1.0
        out["pos"][mid:, 0] += sign * float(rng.uniform(0.15, 0.3)) * cam.w * px_to_m
    elif kind == "jitter":
        amp = float(rng.uniform(0.015, 0.035)) * min(cam.w, cam.h) * px_to_m
        out["pos"][:, 0] += rng.normal(0, amp, n)
        out["pos"][:, 1] = np.maximum(out["pos"][:, 1] + rng.normal(0, amp, n), np.minimum(state["pos"][:, 1], 0) + 0.0)
    elif kind == "vanish":
        gap = min(10, max(4, n // 3))
        first = min(max(mid - gap // 2, 1), n - gap - 1)
        out["visible"][first:first + gap] = False
    elif kind == "size_pop":
        out["scale"][mid:] *= float(rng.choice([rng.uniform(1.6, 2.0), rng.uniform(0.45, 0.6)]))
    elif kind == "colour_change":
        out["colour"][mid:] = PALETTE[state["other"]]
    return out


# ---------------------------------------------------------------- composition

def _frames(cam, bg, actor, look, state, light, shadow_strength, post_seed):
    """Render the clip; the film grain, flicker and vignette come from ``post_seed`` so both clips share them."""
    post = np.random.default_rng(post_seed)
    n = len(state["pos"])
    yy, xx = np.mgrid[0:cam.h, 0:cam.w].astype(np.float32)
    radius2 = ((xx - cam.cx) / (cam.w / 2)) ** 2 + ((yy - cam.cy) / (cam.h / 2)) ** 2
    vignette = (1 - post.uniform(0.12, 0.35) * radius2 / 2)[..., None].astype(np.float32)
    grain_sigma = post.uniform(0.006, 0.03)
    flicker = 1 + post.normal(0, post.uniform(0.005, 0.02), n)
    grains = [post.standard_normal((cam.h, cam.w, 1), dtype=np.float32) * np.float32(grain_sigma * 255) + np.float32(0.5)
              for _ in range(6)]  # film grain: a few fields drawn at random per frame
    out = np.empty((n, cam.h, cam.w, 3), np.uint8)
    for i in range(n):
        img = bg.copy()
        if state["visible"][i]:
            s = {"pos": state["pos"][i], "scale": state["scale"][i], "colour": state["colour"][i], "spin": state["spin"][i],
                 "turn": state["turns"][i]}
            if actor in (actor_sphere, actor_box):
                s["pos"] = s["pos"] + np.array([0.0, look["size"] * s["scale"], 0.0])  # stored y is the lowest point
            draw_shadow(img, cam, actor(None, cam, s, look, light), light, shadow_strength)
            actor(img, cam, s, look, light)
        img *= vignette * np.float32(flicker[i] * 255)
        img += grains[int(post.integers(len(grains)))]
        np.clip(img, 0, 255, out=img)
        out[i] = img
    return out


def _in_view(cam, state, look, margin=0.03):
    centre = state["pos"] + np.array([0.0, look["lift"], 0.0])
    uv = cam.project(centre)[state["visible"]]
    if len(uv) == 0 or np.any(cam.depth(centre) < 1.0):
        return False
    mw, mh = margin * cam.w, margin * cam.h
    return bool(np.all((uv[:, 0] > mw) & (uv[:, 0] < cam.w - mw) & (uv[:, 1] > mh) & (uv[:, 1] < cam.h - mh)))


def _scene(rng, family):
    """Size, timing, camera, ground, light and the object's depth and lateral range, all from the seed."""
    width, height = SIZES[int(rng.integers(len(SIZES)))]
    if (width, height) == (832, 480) and rng.random() < 0.4:
        fps, length = 16.0, 81
    else:
        while True:
            fps, length = float(rng.integers(8, 31)), int(rng.integers(16, 82))
            if 1.2 <= length / fps <= 6.0:
                break
    cam_height = float(rng.uniform(0.8, 3.5))
    cam = Camera(width, height, float(rng.uniform(45, 75)), cam_height, math.radians(float(rng.uniform(2, 22))))
    ground = "road" if family == "car" else str(rng.choice(["tiles", "wood", "grass", "gravel"]))
    near = {"car": (9, 25), "person": (5, 16), "bird": (6, 22), "balloon": (4, 12), "feather": (2, 5)}.get(family, (2.5, 12))
    depth = float(rng.uniform(*near))
    wall = depth + float(rng.uniform(3, 12)) if ground in ("tiles", "wood") and rng.random() < 0.7 else None
    return cam, ground, depth, wall, fps, length


def _distractors(rng, cam, bg, depth, light, wall):
    """Still crates, posts and trees behind the action: they never move, in either clip."""
    count = int(rng.integers(1, 4))
    kinds = []
    for _ in range(count):
        z = depth + float(rng.uniform(1.5, 7.0))
        if wall is not None and z > wall - 0.5:
            continue
        half_view = z * cam.w / 2 / cam.f
        x = float(rng.uniform(-0.9, 0.9)) * half_view
        kind = str(rng.choice(["crate", "post", "tree"]))
        kinds.append(kind)
        if kind == "crate":
            half = np.full(3, rng.uniform(0.25, 0.5))
            centre, turn = np.array([x, half[1], z]), rotation([0, 1, 0], float(rng.uniform(0, 1.5)))
            draw_shadow(bg, cam, box_points(centre, half, turn), light, 0.4)
            draw_box(bg, cam, centre, half, turn, rng.uniform([0.45, 0.3, 0.15], [0.65, 0.45, 0.25]), light, True)
        elif kind == "post":
            half = np.array([0.06, rng.uniform(0.8, 1.5), 0.06])
            centre = np.array([x, half[1], z])
            draw_shadow(bg, cam, box_points(centre, half, np.eye(3)), light, 0.4)
            draw_box(bg, cam, centre, half, np.eye(3), np.full(3, rng.uniform(0.2, 0.7)), light, False)
        else:
            trunk = np.array([0.1, rng.uniform(0.8, 1.4), 0.1])
            centre = np.array([x, trunk[1], z])
            crown = float(rng.uniform(0.6, 1.1))
            top = centre + [0, trunk[1] + crown * 0.7, 0]
            draw_shadow(bg, cam, np.concatenate([box_points(centre, trunk, np.eye(3)), sphere_points(top, crown)]), light, 0.4)
            draw_box(bg, cam, centre, trunk, np.eye(3), (0.4, 0.27, 0.15), light, False)
            green = np.asarray(rng.uniform([0.1, 0.35, 0.08], [0.25, 0.55, 0.2]), np.float32)
            draw_sphere(bg, cam, top, crown, (green, green * 0.8), "checker", rotation([1, 1, 0], 0.7), light)
    return kinds


def make_pair(family: str, seed: int, width: int | None = None, height: int | None = None, varied: bool = True) -> ClipPair:
    """The right and wrong clip of ``family`` for ``seed`` (``width``/``height``/``varied`` are accepted for the bench's
    call shape; the scene, its size included, always comes from the seed)."""
    if family not in FAMILIES + CONTROLS:
        raise ValueError(f"unknown family {family!r}; known: {', '.join(FAMILIES + CONTROLS)}")
    rng = np.random.default_rng([seed, (FAMILIES + CONTROLS).index(family), 3])
    for _ in range(400):
        built = _try_scene(rng, family, seed)
        if built is not None:
            return built
    raise RuntimeError(f"no scene of {family} fits the frame for seed {seed}")


def _try_scene(rng, family, seed):
    cam, ground_kind, depth, wall, fps, length = _scene(rng, family)
    times = np.arange(length) / fps
    duration = length / fps
    half_view = depth * cam.w / 2 / cam.f
    x_range = (-0.8 * half_view, 0.8 * half_view)
    elevation, azimuth = math.radians(float(rng.uniform(35, 70))), float(rng.uniform(0, 2 * np.pi))
    light = np.array([math.cos(elevation) * math.cos(azimuth), -math.sin(elevation), math.cos(elevation) * math.sin(azimuth)])
    ground_probe = backdrop(Camera(48, 48, 60, cam.origin[1], 0.6), np.random.default_rng(seed), ground_kind)
    ground_colour = ground_probe[-8:].reshape(-1, 3).mean(0)
    tags = [f"{cam.w}x{cam.h}", ground_kind, "wall" if wall else "open"]
    if family in FAMILIES or family == "rolling":
        kind = "sphere" if family == "rolling" or rng.random() < 0.7 else "box"
        look = _look(rng, kind, ground_colour)
        mode = BASE_MOTION.get(family) or str(rng.choice(["drop", "drop", "throw", "roll"] if kind == "sphere" else
                                                           ["drop", "throw"]))
        h, x, z, info = _free_motion(rng, mode, times, duration, depth, x_range)
        size = look["size"]
        look["lift"] = look["extent"] = size
        if kind == "sphere":
            travelled = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(z)))])
            if mode == "drop":
                angles = float(rng.uniform(-4, 4)) * times
                axis = rng.normal(size=3)
            else:
                angles = -travelled / size
                axis = np.cross([0, 1.0, 0], [x[-1] - x[0], 0, z[-1] - z[0]])
            turns = _spin_turn(axis, angles, rotation(rng.normal(size=3), float(rng.uniform(0, 6))))
        else:
            turns = _spin_turn([0, 1.0, 0], float(rng.uniform(-1.5, 1.5)) * times, rotation([0, 1, 0], float(rng.uniform(0, 1))))
        noun = _noun(look, kind, rng)
        pool = PROMPTS[mode]
        choices = DROP_PROMPTS.get(family, range(len(pool))) if mode == "drop" else range(len(pool))
        prompt = _articles(pool[int(rng.choice(list(choices)))].format(o=noun))
        tags += [kind, look["pattern"], mode]
        actor = actor_sphere if kind == "sphere" else actor_box
        state = {"pos": np.stack([x, h, z], 1), "visible": np.ones(length, bool), "scale": np.ones(length),
                 "colour": np.tile(look["colour"], (length, 1)), "spin": np.zeros(length), "turns": turns, "other": look["other"]}
        wrong = _violate(rng, family, state, info, times, cam, size)
    else:
        look = {"heading": 1.0, "size": 0.0, "lift": {"car": 0.7, "person": 0.9}.get(family, 0.0),
                "extent": {"car": 2.0, "person": 0.9, "bird": 0.3, "balloon": 0.25, "feather": 0.15}[family]}
        name = str(rng.choice(list(PALETTE)))
        scale = {"car": 1.0, "person": float(rng.uniform(0.9, 1.1)), "bird": float(rng.uniform(1.0, 1.6)),
                 "balloon": float(rng.uniform(0.9, 1.4)), "feather": float(rng.uniform(1.0, 1.5))}[family]
        if family == "feather":
            name = str(rng.choice(["white", "grey", "black"]))
        x, y, z, phase = _control_motion(rng, family, times, duration, depth, x_range, scale)
        look.update(heading=float(np.sign(x[-1] - x[0]) or 1.0), shirt=PALETTE[name], legs=PALETTE[str(rng.choice(["blue", "black",
                    "grey"]))], skin=np.asarray(rng.uniform([0.55, 0.35, 0.25], [0.95, 0.78, 0.65]), np.float32),
                    other=str(rng.choice([n for n in PALETTE if n != name])))
        prompt = _articles(str(rng.choice(PROMPTS[family])).format(c=name))
        actor = ACTORS[family]
        state = {"pos": np.stack([x, y, z], 1), "visible": np.ones(length, bool), "scale": np.full(length, scale),
                 "colour": np.tile(PALETTE[name], (length, 1)), "spin": phase, "turns": [np.eye(3)] * length, "other": look["other"]}
        glitch = str(rng.choice(["teleport", "jitter", "vanish"]))
        tags.append(f"glitch-{glitch}")
        wrong = _glitch(rng, glitch, state, cam, times)
        if family == "car":
            ground_kind = "road"
    # the scene must frame the action: both clips in view (an upward fall may leave through the top)
    if not _in_view(cam, state, look) or (family != "upward_fall" and not _in_view(cam, wrong, look)):
        return None
    uv = cam.project(state["pos"] + np.array([0.0, look["lift"], 0.0]))
    extent = look["extent"] * cam.f / cam.depth(state["pos"]).min()
    if np.ptp(uv, axis=0).max() < 0.12 * min(cam.w, cam.h) or not 3 <= extent <= 0.16 * min(cam.w, cam.h):
        return None
    tags.append("near" if extent > 30 else "far" if extent < 10 else "mid")
    tags.append(f"cam-{'low' if cam.origin[1] < 1.6 else 'high'}")
    tags.append("wan-81x16" if (length, fps) == (81, 16.0) else f"fps-{'low' if fps < 14 else 'high'}")
    bg = backdrop(cam, rng, ground_kind, road_z=depth, wall_z=wall)
    if rng.random() < 0.5:
        tags += ["distractors"] + sorted(set(_distractors(rng, cam, bg, depth, light, wall)))
    shadow = float(rng.uniform(0.3, 0.6))
    post_seed = int(rng.integers(1 << 31))
    right = _frames(cam, bg, actor, look, state, light, shadow, post_seed)
    wrong_frames = _frames(cam, bg, actor, look, wrong, light, shadow, post_seed)
    return ClipPair(family, seed, prompt, right, wrong_frames, fps, tuple(tags))


def _violate(rng, family, state, info, times, cam, size):
    """The wrong clip's state: the same scene with this family's one violation."""
    out = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in state.items()}
    h = state["pos"][:, 1]
    if family == "constant_fall":  # the same landings and apexes joined by constant-speed segments
        t_c, h_c = np.array(info["corners"]).T
        out["pos"][:, 1] = np.where(times < info["t0"], info["h0"], np.interp(times, t_c, h_c))
    elif family == "higher_rebound":  # each rebound climbs higher than the fall before it
        out["pos"][:, 1], _ = bounce_flight(times, info["t0"], info["h0"], info["v0"], float(rng.uniform(1.08, 1.25)))
    elif family == "upward_fall":
        tau = np.clip(times - info["t0"], 0, None)
        out["pos"][:, 1] = info["h0"] + G * tau * tau / 2
    elif family == "no_gravity":  # a straight line at constant velocity from the release to where the arc ends
        out["pos"] = state["pos"][0] + (state["pos"][-1] - state["pos"][0]) * (times / times[-1])[:, None]
    elif family == "sinks":  # lands, then keeps going down through the floor instead of bouncing
        landing = info["corners"][1][0]
        left = max(times[-1] - landing, 1e-3)
        speed = 2.4 * size / (left * float(rng.uniform(0.5, 0.8)))
        after = times >= landing
        out["pos"][after, 1] = -speed * (times[after] - landing)
    elif family == "rolling":  # a control: rolling to a stop is right, a glitch makes the wrong clip
        return _glitch(rng, str(rng.choice(["teleport", "jitter", "vanish"])), state, cam, times)
    else:
        return _glitch(rng, family, state, cam, times)
    del h
    return out
