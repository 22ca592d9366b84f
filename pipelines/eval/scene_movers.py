"""Tracks that are the scene moving, not a body moving through it: leaves swaying, a cloud drifting, a textured floor a
pixel off after the camera was held still. The backdrop model is the median of the frames, so such a thing is in the
backdrop, and where its parts move off their median place the foreground shows pieces of it that come and go, jump
from leaf to leaf and change size: read as bodies, they break every law. They are told by their colour: what such a
track shows is what the backdrop already holds right beside it, in nearly every frame. A body that came into the
scene (a ball falling past the plant, a second ball rolling behind) shows its own colour over most of its path.

Among the bodies, one whose colour the prompt's subject cannot have (a pink ball rolling behind the red one that is
dropped, the green leaves of a plant beside a yellow bottle) is another thing in the scene: the clip is judged on what
the prompt tells of, so no law is checked on it."""

from __future__ import annotations

import numpy as np

from ..lvd.preview_colors import parse_color
from .appearance import core_pixels
from .laws_looks import LASTING_S
from .tracking import Track, Tracking

BACKDROP_COLOUR = 30.0  # largest RGB channel difference from a backdrop pixel at which a sample shows the backdrop's colour
BESIDE = 1.0  # ... looked for within this many of the sample's own box sizes around its box
SCENERY_SHARE = 0.8  # share of its samples in which a track shows the backdrop's colour: the scene moving
CORE_SHARE = 0.8  # share of a sample's core pixels in colours the backdrop holds beside it: the sample shows the backdrop
STEADY_SIZES = 2.0  # a track that crosses this many of its own sizes ...
STEADY_STEP = 1 / 3  # ... with no step longer than this share of that extent travels like a body
MAX_PIXELS, MAX_BACKDROP = 64, 512  # pixels of the core and of the backdrop around compared (evenly thinned past that)
NEUTRAL_CHROMA = 20.0  # CIELAB chroma below which a colour is white, grey or black (a named one or a track's) ...
HUE_REACH = 25.0  # ... above which a track's hue within this many degrees of a named colour's may be that colour:
# shading, the light's tint and the encoder move a body's hue by a few degrees, the next colour name is about 30° away


def scene_moving(tracks: list[Track], tracking: Tracking) -> list[bool]:
    """For each of ``tracks``, whether it is the scene moving (``is_scene_moving``). A body still: one that travels
    steadily (``travels_steadily``), and one in the colour (within BACKDROP_COLOUR) of a track that is a body which
    travels farther than its own size or takes up where that body was last seen (a dark ball back in front of a dark
    crate, a slow white ball back on a pale floor). Something in the clip moves as a body (the judge is asked about what
    moves), so where every track shows the backdrop's colour the one that travels farthest is that body, against a
    backdrop of its own colour (a white ball over white tiles), not the scene."""
    moving = [not travels_steadily(track) and is_scene_moving(track, tracking) for track in tracks]  # the cheap test first
    if tracks and all(moving):
        moving[max(range(len(tracks)), key=lambda i: tracks[i].extent())] = False
    bodies = [track for track, scenery in zip(tracks, moving) if not scenery]
    for i, track in enumerate(tracks):
        if moving[i] and any(_same_body(track, body) for body in bodies):
            moving[i] = False
    return moving


def travels_steadily(track: Track) -> bool:
    """Whether the track crosses STEADY_SIZES of its own sizes or more with no step longer than STEADY_STEP of that
    extent: a body gets across the scene by many small steps, while the pieces of a swaying plant or of a cloud's rim
    that seem to travel do it by hops from one part to another."""
    if track.length < 2:
        return False
    extent = track.extent()
    steps = np.linalg.norm(np.diff(track.centroids, axis=0), axis=1)
    return extent >= STEADY_SIZES * float(np.sqrt(np.median(track.areas))) and float(steps.max()) <= STEADY_STEP * extent


def _same_body(track: Track, body: Track) -> bool:
    """``track`` has ``body``'s colour and either travels farther than its own size, as the scene swaying in place does
    not, or starts after ``body`` ends within twice its size of where ``body`` was last seen."""
    unlike = float(np.abs(np.asarray(track.color) - np.asarray(body.color)).max()) >= BACKDROP_COLOUR
    if unlike or seen_elsewhere(track, body, 0.5 * track.length):
        return False
    size = float(np.sqrt(np.median(track.areas)))
    if track.extent() > size:
        return True
    return bool(body.last_frame < track.first_frame
                and np.linalg.norm(track.centroids[0] - body.centroids[-1]) <= 2 * float(np.sqrt(np.median(body.areas))))


def seen_elsewhere(track: Track, body: Track, least_shared: float) -> bool:
    """Whether ``track`` is seen at the same time as ``body`` (in at least ``least_shared`` samples) but clear of its
    box (by more than its own size) in most of the frames it shares with it: a body is in one place at a time, so
    leaves of a plant as green as a walker's shirt, swaying beside it while it walks, are not pieces of the walker."""
    shared, in_track, in_body = np.intersect1d(track.frames, body.frames, return_indices=True)
    if not len(shared) or len(shared) < least_shared:
        return False
    size = float(np.sqrt(np.median(track.areas)))
    x, y = track.centroids[in_track, 0], track.centroids[in_track, 1]
    box = body.boxes[in_body]
    clear = (x < box[:, 0] - size) | (x > box[:, 2] + size) | (y < box[:, 1] - size) | (y > box[:, 3] + size)
    return float(np.mean(clear)) > 0.5


def is_scene_moving(track: Track, tracking: Tracking) -> bool:
    """Whether ``track`` is a part of the scene moving (see the module docstring): SCENERY_SHARE of its samples show the
    backdrop's colour (``backdrop_coloured``). Read sample by sample, it stops once too few are left to reach that share."""
    if tracking.background is None or track.length == 0:
        return False
    shown = 0
    for k in range(track.length):
        shown += backdrop_coloured(track, tracking, k)
        if (shown + track.length - 1 - k) / track.length < SCENERY_SHARE:
            return False
    return shown / track.length >= SCENERY_SHARE


def backdrop_coloured(track: Track, tracking: Tracking, k: int) -> bool:
    """Whether sample ``k``'s median colour and CORE_SHARE of its core pixels (``appearance.core_pixels``; the median
    colour where it has none) lie within BACKDROP_COLOUR of a backdrop pixel within BESIDE of its box sizes around its
    box. A body the colour of its backdrop in places (a white ball's shaded side on grey tiles) still shows colours of
    its own in its core."""
    background = tracking.background
    rows, columns = background.shape[:2]
    sx, sy = columns / tracking.width, rows / tracking.height
    x0, y0, x1, y1 = track.boxes[k]
    reach_x, reach_y = BESIDE * (x1 - x0), BESIDE * (y1 - y0)
    around = background[max(0, int((y0 - reach_y) * sy)):min(rows, int(np.ceil((y1 + reach_y) * sy)) + 1),
                        max(0, int((x0 - reach_x) * sx)):min(columns, int(np.ceil((x1 + reach_x) * sx)) + 1)]
    if not around.size:
        return False
    around = around.reshape(-1, 3)
    if float(np.abs(around - track.colors[k]).max(axis=-1).min()) >= BACKDROP_COLOUR:
        return False  # not even its median colour is there (a body's sample, mostly): its core need not be read
    pixels = core_pixels(track, tracking, k) if tracking.rgb is not None else np.empty((0, 3))
    if not len(pixels):
        pixels = track.colors[k][None]
    pixels = pixels[::max(1, len(pixels) // MAX_PIXELS)].astype(np.float32)
    around = around[::max(1, len(around) // MAX_BACKDROP)]
    nearest = np.abs(pixels[:, None, :] - around[None, :, :]).max(axis=-1).min(axis=1)
    return float((nearest < BACKDROP_COLOUR).mean()) >= CORE_SHARE


def prompt_subjects(tracks: list[Track], colours: tuple[str, ...], fps: float | None = None) -> list[bool]:
    """For each of ``tracks`` (bodies, not the scene moving), whether it may be what the prompt tells of: its colour could
    be one the prompt gives its moving things (``colours``; any colour when that is empty), over the track (its median)
    or, given the clip's ``fps``, in a run of samples lasting LASTING_S (a subject that changes colour shows the named
    one before the change for at least that long, or the change is no change of colour). Where none could, the colour
    was misjudged and every track may be; so may a track seen only while none that could is (a small red ball blurred
    over the yard measures mauve until it vanishes, red once it is back): a thing is in one place at a time, so only
    one seen beside the subject is another thing. A track that could be of a named hue only by being too faint to
    tell one (a pale cloud for an orange balloon), seen beside (at the same time, clear of) one plainly of it, is
    another thing too."""
    named = [rgb for rgb in (parse_color(word) for word in colours) if rgb is not None]
    if not named:
        return [True] * len(tracks)
    could = [_shows_a_named_colour(track, named, fps) for track in tracks]
    if not any(could):
        return [True] * len(tracks)
    plainly = [fits and _shows_a_named_colour(track, named, fps, plainly=True) for track, fits in zip(tracks, could)]
    could = [fits and (plain or not any(seen_elsewhere(track, body, 0.5 * track.length)
                                        for body, body_plain in zip(tracks, plainly) if body_plain))
             for track, fits, plain in zip(tracks, could, plainly)]
    seen = set().union(*(set(track.frames.tolist()) for track, fits in zip(tracks, could) if fits))
    return [fits or not seen.intersection(track.frames.tolist()) for track, fits in zip(tracks, could)]


def shows_a_colour_named(track: Track, colours: tuple[str, ...], fps: float | None) -> bool:
    """Whether ``track`` could have one of ``colours`` (colour words) over the track or for LASTING_S of it: a body
    blurred in flight or dimmed in shadow reads its true colour only part of the time, so a lasting stretch will do."""
    return _shows_a_named_colour(track, [rgb for rgb in (parse_color(word) for word in colours) if rgb is not None], fps)


def _shows_a_named_colour(track: Track, named: list, fps: float | None, plainly: bool = False) -> bool:
    if any(_could_be(track.color, rgb, plainly) for rgb in named):
        return True
    if fps is None or track.length == 0:
        return False
    lasting = max(2, int(np.ceil(LASTING_S * fps)))
    fits = np.array([any(_could_be(colour, rgb, plainly) for rgb in named) for colour in track.colors])
    run = longest = 0
    for fit in fits:
        run = run + 1 if fit else 0
        longest = max(longest, run)
    return longest >= lasting


def _could_be(rgb, named_rgb, plainly: bool = False) -> bool:
    """Whether a measured colour may be a named one: both neutral (NEUTRAL_CHROMA), or the measured one too faint in
    chroma to tell its hue (not when it must be ``plainly`` that colour), or their hues within HUE_REACH."""
    (_, chroma, hue), (_, named_chroma, named_hue) = _lch(rgb), _lch(named_rgb)
    if named_chroma < NEUTRAL_CHROMA:
        return chroma < NEUTRAL_CHROMA
    if chroma < NEUTRAL_CHROMA:
        return not plainly  # a dark or washed-out sample of a coloured body: its hue says little
    return abs((hue - named_hue + 180.0) % 360.0 - 180.0) <= HUE_REACH


def _lch(rgb) -> tuple[float, float, float]:
    """CIELAB lightness, chroma and hue (degrees) of an RGB colour (0-255)."""
    import cv2

    lab = cv2.cvtColor(np.asarray(rgb, np.float32).reshape(1, 1, 3) / 255.0, cv2.COLOR_RGB2Lab)[0, 0]
    return float(lab[0]), float(np.hypot(lab[1], lab[2])), float(np.degrees(np.arctan2(lab[2], lab[1])) % 360.0)
