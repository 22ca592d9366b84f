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

import numpy as np

from tests.helpers.physics_clips_cam_draw import (
    ACTORS,
    Camera,
    actor_box,
    actor_sphere,
    backdrop,
    box_points,
    draw_box,
    draw_shadow,
    draw_sphere,
    rotation,
    sphere_points,
)

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
    right_track: np.ndarray | None = None  # [T, 2] the object's projected centre (u, v) in pixels, NaN while hidden
    wrong_track: np.ndarray | None = None



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
    "feather": ["a feather drifts down to the ground", "a {c} feather floats slowly downward",
                "a feather falls gently to the floor"],
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
        h0 = min(G * fall * fall / 2, float(rng.uniform(0.6, 3.0)))
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


def _format(rng):
    """Frame size, frame rate and length: drawn once per pair, before any retry, so every size is as likely."""
    width, height = SIZES[int(rng.integers(len(SIZES)))]
    if (width, height) == (832, 480) and rng.random() < 0.4:
        return width, height, 16.0, 81
    while True:
        fps, length = float(rng.integers(8, 31)), int(rng.integers(16, 82))
        if 1.2 <= length / fps <= 6.0:
            return width, height, fps, length


def _scene(rng, family, shape):
    """Camera, ground, the object's depth and a back wall (or none), all from the seed."""
    width, height, fps, length = shape
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


def make_pair(family: str, seed: int, width: int | None = None, height: int | None = None, varied: bool = True,
              frames: bool = True) -> ClipPair:
    """The right and wrong clip of ``family`` for ``seed`` (``width``/``height``/``varied`` are accepted for the bench's
    call shape; the scene, its size included, always comes from the seed). ``frames=False`` skips drawing: the clips
    are then [T, 0, 0, 3] and only the tracks, prompt, fps and tags are filled (for checking the motion quickly)."""
    if family not in FAMILIES + CONTROLS:
        raise ValueError(f"unknown family {family!r}; known: {', '.join(FAMILIES + CONTROLS)}")
    rng = np.random.default_rng([seed, (FAMILIES + CONTROLS).index(family), 3])
    shape = _format(rng)
    for _ in range(400):
        built = _try_scene(rng, family, seed, shape, frames)
        if built is not None:
            return built
    raise RuntimeError(f"no scene of {family} fits the frame for seed {seed}")


def _try_scene(rng, family, seed, shape, frames=True):
    cam, ground_kind, depth, wall, fps, length = _scene(rng, family, shape)
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
        if family == "rolling":  # a control: rolling to a stop is right, a glitch makes the wrong clip
            glitch = str(rng.choice(["teleport", "jitter", "vanish"]))
            tags.append(f"glitch-{glitch}")
            wrong = _glitch(rng, glitch, state, cam, times)
        else:
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
        look.update(heading=float(np.sign(x[-1] - x[0]) or 1.0), shirt=PALETTE[name],
                    legs=PALETTE[str(rng.choice(["blue", "black",
                    "grey"]))], skin=np.asarray(rng.uniform([0.55, 0.35, 0.25], [0.95, 0.78, 0.65]), np.float32),
                    other=str(rng.choice([n for n in PALETTE if n != name])))
        prompt = _articles(str(rng.choice(PROMPTS[family])).format(c=name))
        actor = ACTORS[family]
        state = {"pos": np.stack([x, y, z], 1), "visible": np.ones(length, bool), "scale": np.full(length, scale),
                 "colour": np.tile(PALETTE[name], (length, 1)), "spin": phase, "turns": [np.eye(3)] * length,
                 "other": look["other"]}
        glitch = str(rng.choice(["teleport", "jitter", "vanish"]))
        tags.append(f"glitch-{glitch}")
        wrong = _glitch(rng, glitch, state, cam, times)
    # the scene must frame the action: both clips in view (an upward fall may leave through the top)
    if not _in_view(cam, state, look) or (family != "upward_fall" and not _in_view(cam, wrong, look)):
        return None
    uv = cam.project(state["pos"] + np.array([0.0, look["lift"], 0.0]))
    extent = look["extent"] * cam.f / cam.depth(state["pos"]).min()
    if np.ptp(uv, axis=0).max() < 0.12 * min(cam.w, cam.h) or not 5 <= extent <= 0.16 * min(cam.w, cam.h):
        return None
    tags.append("near" if extent > 30 else "far" if extent < 10 else "mid")
    tags.append(f"cam-{'low' if cam.origin[1] < 1.6 else 'high'}")
    tags.append("wan-81x16" if (length, fps) == (81, 16.0) else f"fps-{'low' if fps < 14 else 'high'}")
    bg = backdrop(cam, rng, ground_kind, road_z=depth, wall_z=wall)
    if rng.random() < 0.5:
        tags += ["distractors"] + sorted(set(_distractors(rng, cam, bg, depth, light, wall)))
    shadow = float(rng.uniform(0.3, 0.6))
    post_seed = int(rng.integers(1 << 31))
    if frames:
        right = _frames(cam, bg, actor, look, state, light, shadow, post_seed)
        wrong_frames = _frames(cam, bg, actor, look, wrong, light, shadow, post_seed)
    else:
        right = wrong_frames = np.zeros((length, 0, 0, 3), np.uint8)
    tracks = [np.where(st["visible"][:, None], cam.project(st["pos"] + np.array([0.0, look["lift"], 0.0])), np.nan)
              for st in (state, wrong)]
    return ClipPair(family, seed, prompt, right, wrong_frames, fps, tuple(tags), *tracks)


def _violate(rng, family, state, info, times, cam, size):
    """The wrong clip's state: the same scene with this family's one violation."""
    out = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in state.items()}
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
    else:
        return _glitch(rng, family, state, cam, times)
    return out
