"""Which of the tracks that may be the prompt's subject is it, where the prompt tells of one moving thing.

A thing is in one place at a time. Where two tracks that could both be the subject by their colour are seen at the same
time, each clear of the other (a second ball rolling behind a dropped can, pieces of a swaying plant beside it, the
fill at a steadied frame's border), at most one of them is the subject, and it is the one that does what the prompt
says: a dropped or thrown thing falls, a balloon let go rises, a car, a walker or a rolling ball travels. The track
that does it most (by at least its own size: it plainly does it) is the subject over the frames it is seen; a track
seen clear of it at the same time that does it less is another thing in the scene, held to no law. The subject goes on in the track that takes up
where it was last seen (or, backwards, that ended where it was first seen): within its size plus as far as its last
step, repeated, carries it over the frames between, the nearest such track first; tracks seen beside those are other things too.
Tracks seen at no time the subject is are left as they were.""" 

from __future__ import annotations

import numpy as np

from .law_basics import Expectation, TrackGeometry

SHARED_SHARE = 0.5  # of the shorter track's samples seen while the other is: seen beside it, not before or after it
CLEAR_SHARE = 0.5  # of those shared samples in which it lies clear of the subject's box: it is elsewhere, not a part


def main_subject(geometries: list[TrackGeometry], candidates: list[bool], expectation: Expectation) -> list[bool]:
    """``candidates`` (which tracks may be the subject by colour, ``scene_movers.prompt_subjects``) less the tracks
    seen beside the one that does most plainly what the prompt says (see the module docstring); unchanged where the
    prompt tells of several moving things or no track plainly does it."""
    if expectation.things != 1 or expectation.source != "prompt":
        return candidates
    matches = [prompt_motion(g, expectation) if fits else -1.0 for g, fits in zip(geometries, candidates)]
    if not geometries or max(matches) < 0:
        return candidates
    best = int(np.argmax(matches))
    subject = geometries[best]
    if matches[best] < float(np.median(subject.size)):
        return candidates
    chain = _chain(best, geometries, candidates)
    return [fits and (i in chain or matches[i] >= matches[best] or not any(_seen_beside(g, geometries[j]) for j in chain))
            for i, (g, fits) in enumerate(zip(geometries, candidates))]


def _chain(best: int, geometries: list[TrackGeometry], candidates: list[bool]) -> set[int]:
    """``best`` and the candidate tracks that carry it on after it ends or before it starts (see the module docstring)."""
    chain = {best}
    for forward in (True, False):
        current = best
        while True:
            links = [(i, _link_distance(geometries[current], g, forward)) for i, g in enumerate(geometries)
                     if candidates[i] and i not in chain]
            links = [(i, d) for i, d in links if d is not None]
            if not links:
                break
            current = min(links, key=lambda link: link[1])[0]
            chain.add(current)
    return chain


def _link_distance(g: TrackGeometry, other: TrackGeometry, forward: bool) -> float | None:
    """How far ``other`` starts from where ``g``'s last step leads (forward; backwards: ends from where its first step
    comes from), frame heights; None where it overlaps ``g`` in time or lies beyond its size plus that step's reach."""
    if forward and other.frames[0] <= g.frames[-1] or not forward and other.frames[-1] >= g.frames[0]:
        return None
    k, j = (-1, -2) if forward else (0, 1)
    gap = abs(int(other.frames[0 if forward else -1]) - int(g.frames[k]))
    step = (g.xy[k] - g.xy[j]) if g.track.length >= 2 else np.zeros(2)
    reach = max(float(np.median(g.size)), float(np.median(other.size))) + float(np.linalg.norm(step)) * gap
    distance = float(np.linalg.norm(other.xy[0 if forward else -1] - g.xy[k]))
    return distance if distance <= reach else None


def prompt_motion(g: TrackGeometry, expectation: Expectation) -> float:
    """How far the track moves the way the prompt says (frame heights): the farthest it falls, for a dropped or thrown
    thing; rises, for one that goes up; travels, for anything else. Positions are a running median of three samples, so
    a blob that hops once between parts of the scene does not count as moving."""
    xy = _running_median(g.xy)
    if expectation.rises:
        return float(np.max(np.maximum.accumulate(xy[:, 1]) - xy[:, 1]))
    if expectation.ballistic:
        return float(np.max(xy[:, 1] - np.minimum.accumulate(xy[:, 1])))
    return float(np.linalg.norm(np.ptp(xy, axis=0)))


def _running_median(xy: np.ndarray) -> np.ndarray:
    if len(xy) < 3:
        return xy
    stacked = np.stack([xy[:-2], xy[1:-1], xy[2:]])
    return np.concatenate([xy[:1], np.median(stacked, axis=0), xy[-1:]])


def _seen_beside(g: TrackGeometry, subject: TrackGeometry) -> bool:
    """Whether ``g`` is seen while ``subject`` is (SHARED_SHARE of its samples) and clear of its box by more than its
    own size in CLEAR_SHARE of those: another thing at another place, not a part of the subject the tracker split off."""
    shared, mine, theirs = np.intersect1d(g.frames, subject.frames, return_indices=True)
    if not len(shared) or len(shared) < SHARED_SHARE * min(g.track.length, subject.track.length):
        return False
    size = float(np.sqrt(np.median(g.track.areas)))
    x, y = g.track.centroids[mine, 0], g.track.centroids[mine, 1]
    box = subject.track.boxes[theirs]
    clear = (x < box[:, 0] - size) | (x > box[:, 2] + size) | (y < box[:, 1] - size) | (y > box[:, 3] + size)
    return float(np.mean(clear)) > CLEAR_SHARE
