"""Tracks that are the scene moving, not a body moving through it: leaves swaying, a cloud drifting, a textured floor a
pixel off after the camera was held still. The backdrop model is the median of the frames, so such a thing is in the
backdrop, and where its parts move off their median place the foreground shows pieces of it that come and go, jump
from leaf to leaf and change size: read as bodies, they break every law. They are told by their colour: what such a
track shows is what the backdrop already holds right beside it, in nearly every frame. A body that came into the
scene (a ball falling past the plant, a second ball rolling behind) shows its own colour over most of its path."""

from __future__ import annotations

import numpy as np

from .tracking import Track, Tracking

BACKDROP_COLOUR = 30.0  # largest RGB channel difference from a backdrop pixel at which a sample shows the backdrop's colour
BESIDE = 1.0  # ... looked for within this many of the sample's own box sizes around its box
SCENERY_SHARE = 0.8  # share of its samples in which a track shows the backdrop's colour: the scene moving


def scene_moving(tracks: list[Track], tracking: Tracking) -> list[bool]:
    """For each of ``tracks``, whether it is the scene moving (``is_scene_moving``). Something in the clip moves as a
    body (the judge is asked about what moves), so where every track shows the backdrop's colour the one that travels
    farthest is that body, against a backdrop of its own colour (a white ball over white tiles), not the scene."""
    moving = [is_scene_moving(track, tracking) for track in tracks]
    if tracks and all(moving):
        moving[max(range(len(tracks)), key=lambda i: tracks[i].extent())] = False
    return moving


def is_scene_moving(track: Track, tracking: Tracking) -> bool:
    """Whether ``track`` is a part of the scene moving (see the module docstring): in SCENERY_SHARE of its samples its
    colour lies within BACKDROP_COLOUR of some backdrop pixel within BESIDE of its box sizes around its box."""
    if tracking.background is None or track.length == 0:
        return False
    return float(backdrop_coloured(track, tracking).mean()) >= SCENERY_SHARE


def backdrop_coloured(track: Track, tracking: Tracking) -> np.ndarray:
    """bool [N]: samples whose colour the backdrop holds within BESIDE of their box sizes around their box."""
    background = tracking.background
    rows, columns = background.shape[:2]
    sx, sy = columns / tracking.width, rows / tracking.height
    shown = np.zeros(track.length, dtype=bool)
    for k in range(track.length):
        x0, y0, x1, y1 = track.boxes[k]
        reach_x, reach_y = BESIDE * (x1 - x0), BESIDE * (y1 - y0)
        around = background[max(0, int((y0 - reach_y) * sy)):min(rows, int(np.ceil((y1 + reach_y) * sy)) + 1),
                            max(0, int((x0 - reach_x) * sx)):min(columns, int(np.ceil((x1 + reach_x) * sx)) + 1)]
        if around.size:
            shown[k] = float(np.abs(around - track.colors[k]).max(axis=-1).min()) < BACKDROP_COLOUR
    return shown
