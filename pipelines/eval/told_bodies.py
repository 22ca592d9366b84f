"""Which bodies the prompt's own laws bind, where more are seen than it tells of.

"A red ball is dropped" tells of one body that falls; a second red ball rolling along the floor behind it is in the
scene too, and nothing the prompt says makes it fall. A thing is in one place at a time, so where a body is seen beside
(at the same time, clear of) as many others as the prompt tells of ("two red balls": two), each doing what the prompt
says plainly (by at least its own size: a dropped or thrown thing falls, a thing let go rises, anything else travels)
and more than it does, and it keeps to one level (a body that falls or rises at all may be the told one doing it wrong),
it is another thing: it is held to the laws for every body (it keeps its size and colour, does not vanish mid-frame or
jump) but not to the prompt's (gravity, buoyancy, friction, contact). Where the prompt tells of as many bodies as are
seen doing it, each of them is held to everything."""

from __future__ import annotations

import numpy as np

from .law_basics import Expectation, TrackGeometry
from .scene_movers import seen_elsewhere, shows_a_colour_named
from .tracking import Track

SHARED_SHARE = 0.5  # of the shorter track's samples seen while the other is: seen beside it, not before or after it


def held_to_prompt_laws(geometries: list[TrackGeometry], candidates: list[bool],
                        expectation: Expectation) -> list[bool]:
    """For each track, whether the prompt's own laws bind it: ``candidates`` (those that may be what the prompt tells
    of, ``scene_movers.prompt_subjects``) less the other things (see the module docstring)."""
    if expectation.source != "prompt" or sum(candidates) <= expectation.things:
        return list(candidates)
    doing = [prompt_motion(g, expectation) if fits else 0.0 for g, fits in zip(geometries, candidates)]
    plainly = [fits and done >= float(np.median(g.size)) for g, fits, done in zip(geometries, candidates, doing)]
    held = []
    for i, (g, fits) in enumerate(zip(geometries, candidates)):
        outdone = sum(1 for j, other in enumerate(geometries)
                      if j != i and plainly[j] and doing[j] > doing[i] and seen_beside(g, other))
        level_aside = stays_level(g) and (expectation.ballistic or expectation.rises)
        held.append(fits and (not level_aside or outdone < expectation.things))
    return held


def stays_level(g: TrackGeometry) -> bool:
    """Whether ``g`` keeps to one level (its running median's rise and fall under its own size). Only such a body can
    be another thing going about its own business, and only where the prompt tells of a fall or a rise: one that falls
    or rises at all, if less far than the body beside it, may be the told body doing it wrong (at one speed, or
    upward), and where the prompt tells of a roll every ball keeps to one level, so the one rolling less far (speeding
    up where it should slow) is still judged."""
    return float(np.ptp(_running_median(g.xy)[:, 1])) < float(np.median(g.size))


def subject_among_scenery(tracks: list[Track], scenery: list[bool], expectation: Expectation, fps: float) -> list[bool]:
    """``scenery`` (``scene_movers.scene_moving``) less the prompt's subject where it was taken for the scene: when no
    body left plainly does what the prompt says (a small dark bird flying under a drifting white cloud is the subject,
    whatever colour its blur reads), nor could have the colour the prompt gives (``scene_movers.shows_a_colour_named``)
    but tracks taken for the scene could, the one of those that does what the prompt says farthest, plainly (by its own
    size) and farther than any body left (a red ball blurred to mauve that falls is still the subject), is the subject.
    The prompt tells of something that moves; a white ball dropped on pale boards, or held and then lying where the
    backdrop (the frames' median) took it in, shows the backdrop's colours, yet a swaying plant beside it is not what it
    tells of."""
    if expectation.source != "prompt" or not expectation.colours or all(scenery):
        return list(scenery)
    if any(not is_scenery and motion_told(track.centroids, expectation) >= float(np.sqrt(np.median(track.areas)))
           for track, is_scenery in zip(tracks, scenery)):
        return list(scenery)  # a body left plainly does what the prompt says: it is the subject, whatever its colour
    could = [shows_a_colour_named(track, expectation.colours, fps) for track in tracks]
    if any(fits and not is_scenery for fits, is_scenery in zip(could, scenery)):
        return list(scenery)
    doing = [motion_told(track.centroids, expectation) if is_scenery and fits else 0.0
             for track, is_scenery, fits in zip(tracks, scenery, could)]
    best = int(np.argmax(doing))
    bodies_do = max((motion_told(track.centroids, expectation) for track, is_scenery in zip(tracks, scenery)
                     if not is_scenery), default=0.0)
    if doing[best] < max(float(np.sqrt(np.median(tracks[best].areas))), bodies_do):
        return list(scenery)
    return [is_scenery and i != best for i, is_scenery in enumerate(scenery)]


def prompt_motion(g: TrackGeometry, expectation: Expectation) -> float:
    """``motion_told`` in frame heights, the unit of ``TrackGeometry.size``, so it compares with a body's size."""
    return motion_told(g.xy, expectation)


def motion_told(xy: np.ndarray, expectation: Expectation) -> float:
    """How far positions ``xy`` move the way the prompt says, in their units: the farthest they fall for a dropped or
    thrown thing, rise for one that goes up, travel for anything else. Positions are a running median of three samples,
    so a blob that hops once between parts of the scene does not count as moving."""
    xy = _running_median(xy)
    if expectation.rises:
        return float(np.max(np.maximum.accumulate(xy[:, 1]) - xy[:, 1]))
    if expectation.ballistic:
        return float(np.max(xy[:, 1] - np.minimum.accumulate(xy[:, 1])))
    return float(np.linalg.norm(np.ptp(xy, axis=0)))


def _running_median(xy: np.ndarray) -> np.ndarray:
    if len(xy) < 3:
        return xy
    return np.concatenate([xy[:1], np.median(np.stack([xy[:-2], xy[1:-1], xy[2:]]), axis=0), xy[-1:]])


def seen_beside(g: TrackGeometry, other: TrackGeometry) -> bool:
    """Whether ``g`` is seen while ``other`` is (SHARED_SHARE of the shorter's samples: beside it, not before or after
    it) and mostly clear of its box (``scene_movers.seen_elsewhere``): another thing, not a piece of it split off."""
    return seen_elsewhere(g.track, other.track, SHARED_SHARE * min(g.track.length, other.track.length))
