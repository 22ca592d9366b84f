"""Drawing for tests/helpers/physics_clips_cam.py: a pinhole camera, a sky-and-ground backdrop, ray-cast balls and
boxes, ground shadows under a directional light, and the actors (car, walker, bird, balloon, feather, ball, box).

Everything is placed in metres; an actor given ``img=None`` only returns the points its shadow is cast from.
"""

from __future__ import annotations

import math

import cv2
import numpy as np


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
