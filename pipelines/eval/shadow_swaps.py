"""Tracks the tracker swapped between a body and its shadow, handed back to the one they belong to.

A falling ball lands on its own shadow: for a frame or two the two blobs touch, and the tracker may go on with the
ball under the shadow's number and with the shadow under the ball's (and swap them again when they part). Each track
then reads as broken: the ball's path jumps to the ground and climbs back, the shadow's leaps up to the ball. The
two are told apart by what a shadow is, not by where the tracker put them: a shadow is a darker shade of the ground
it lies on, in the ground's own chromaticity (``appearance.shadow_samples``), and it lies on the ground, below the
body that casts it. Where one track turns from body to shade at the very frame another turns from shade to body, the
shade lying below the body both before and after, and the colours follow on better crossed over, the two tracks'
tails are exchanged from that frame on. A track that turns back within a few samples while the other goes on traded
nothing: its blob held the body and its shadow merged for those frames.
"""

from __future__ import annotations

import numpy as np

from .appearance import chromaticity_bins, shadow_samples
from .law_basics import boxes_overlap
from .tracking import Track, Tracking

MAX_SWAPS = 8  # exchanges per clip at most (each one is a landing on the shadow or a parting from it)
TURN_S = 0.25  # seconds apart the two turns of one swap may be seen (while the blobs touch, both may hold the body) ...
TURN_FRAMES = 2  # ... or this many frames, in a clip of few frames a second
RUN_SAMPLES = 5  # samples either side of a turn whose colours and places say what the track followed there


def untangle_shadow_swaps(tracks: list[Track], tracking: Tracking) -> list[Track]:
    """``tracks`` with every body/shadow swap of the tracker undone (module docstring); the same list when none."""
    if tracking.background is None or len(tracks) < 2:
        return tracks
    tracks = list(tracks)
    shade = [_steady(shadow_samples(track, tracking)) for track in tracks]
    apart = max(TURN_FRAMES, round(TURN_S * tracking.fps))
    for _ in range(MAX_SWAPS):
        swap = _first_swap(tracks, shade, apart)
        if swap is None:
            break
        i, j, ki, kj = swap
        a, b = tracks[i], tracks[j]
        if not (a.frames[ki - 1] < b.frames[kj] and b.frames[kj - 1] < a.frames[ki]):  # the turns overlap in time:
            ki, kj = _cut_at(a, b, max(int(a.frames[ki]), int(b.frames[kj])))  # both cut at the later one
        (tracks[i], shade[i]), (tracks[j], shade[j]) = _exchanged_tails(a, shade[i], ki, b, shade[j], kj)
    return tracks


def _steady(flags: np.ndarray) -> np.ndarray:
    """The flags with every lone sample set to its neighbours' (the majority of three): a shadow's shade, measured
    on a blob that mixes in a little grass or grain, wavers at the limits for a sample at a time."""
    steady = flags.copy()
    steady[1:-1] = (flags[:-2].astype(int) + flags[1:-1] + flags[2:]) >= 2
    return steady


def _first_swap(tracks: list[Track], shade: list[np.ndarray], apart: int) -> tuple[int, int, int, int] | None:
    """(i, j, ki, kj): the earliest turns, at sample ki of track i and kj of track j, at which the two traded body and
    shade; None when no two tracks did."""
    found, earliest = None, 0
    turns = [np.nonzero(np.diff(flags.astype(np.int8)) != 0)[0] + 1 for flags in shade]
    for i in range(len(tracks)):
        for j in range(i + 1, len(tracks)):
            for ki in turns[i]:
                for kj in turns[j]:
                    frame = max(int(tracks[i].frames[ki]), int(tracks[j].frames[kj]))
                    if (found is None or frame < earliest) and _trade(tracks[i], shade[i], ki, tracks[j], shade[j], kj, apart):
                        found, earliest = (i, j, int(ki), int(kj)), frame
    return found


def _trade(a: Track, shade_a: np.ndarray, ka: int, b: Track, shade_b: np.ndarray, kb: int, apart: int) -> bool:
    """Whether the turn of ``a`` at sample ``ka`` and that of ``b`` at ``kb`` are one swap: opposite turns ``apart`` frames or
    less from each other, with the two boxes meeting in a frame from one turn to the other, the shade lying below the body on both
    sides of them, and each track's colours going on in the other's after them better than in its own."""
    first, last = sorted((int(a.frames[ka]), int(b.frames[kb])))
    if shade_a[ka] == shade_b[kb] or last - first > apart or not _boxes_meet(a, b, first - 1, last):
        return False
    before_a, after_a = _run(a, shade_a, ka, -1), _run(a, shade_a, ka, 1)
    before_b, after_b = _run(b, shade_b, kb, -1), _run(b, shade_b, kb, 1)
    if any(len(after) < RUN_SAMPLES and after[-1] == track.length - 1 for track, after in ((a, after_a), (b, after_b))):
        return False  # a track that ends a few samples after its turn handed the body back by ending: nothing to undo
    if _turns_back_alone(a, after_a, b, after_b, apart) or _turns_back_alone(b, after_b, a, after_a, apart):
        return False
    for (body, kbody), (shadow, kshadow) in (((a, before_a), (b, before_b)), ((b, after_b), (a, after_a))) if shade_a[ka] \
            else (((b, before_b), (a, before_a)), ((a, after_a), (b, after_b))):
        if not np.median(shadow.centroids[kshadow, 1]) > np.median(body.boxes[kbody, 1]):
            return False
    kept = _colour_gap(a, before_a, a, after_a) + _colour_gap(b, before_b, b, after_b)
    crossed = _colour_gap(a, before_a, b, after_b) + _colour_gap(b, before_b, a, after_a)
    return crossed < kept


def _turns_back_alone(track: Track, after: np.ndarray, other: Track, other_after: np.ndarray, apart: int) -> bool:
    """Whether ``track``'s run after its turn (``after``) turns back within RUN_SAMPLES while ``other``'s run goes on
    (or turns back more than ``apart`` frames from it): a swap the tracker undid a few frames later turns both tracks
    back together, while a track alone flickering between body and shade is one blob that held the body and its
    shadow merged, or the body's shaded half, for a few frames: no trade."""
    if len(after) >= RUN_SAMPLES or after[-1] == track.length - 1:
        return False
    if len(other_after) >= RUN_SAMPLES or other_after[-1] == other.length - 1:
        return True
    return abs(int(track.frames[after[-1] + 1]) - int(other.frames[other_after[-1] + 1])) > apart


def _boxes_meet(a: Track, b: Track, first: int, last: int) -> bool:
    """Whether in some frame from ``first`` to ``last`` both tracks are seen with boxes that overlap."""
    for frame in range(first, last + 1):
        ka, kb = np.nonzero(a.frames == frame)[0], np.nonzero(b.frames == frame)[0]
        if len(ka) and len(kb):
            if boxes_overlap(a.boxes[ka[0]], b.boxes[kb[0]]):
                return True
    return False


def _run(track: Track, flags: np.ndarray, k: int, side: int) -> np.ndarray:
    """Indices of up to RUN_SAMPLES samples of the run that ends before sample ``k`` (``side`` -1) or starts at it (1)."""
    same = flags == flags[k - 1 if side < 0 else k]
    picked = []
    index = k - 1 if side < 0 else k
    while 0 <= index < track.length and same[index] and len(picked) < RUN_SAMPLES:
        picked.append(index)
        index += side
    return np.array(picked)


def _colour_gap(a: Track, samples_a: np.ndarray, b: Track, samples_b: np.ndarray) -> float:
    return float(np.abs(np.median(a.colors[samples_a], axis=0) - np.median(b.colors[samples_b], axis=0)).sum())


def _cut_at(a: Track, b: Track, frame: int) -> tuple[int, int]:
    return int(np.searchsorted(a.frames, frame)), int(np.searchsorted(b.frames, frame))


def _exchanged_tails(a: Track, shade_a: np.ndarray, ka: int, b: Track, shade_b: np.ndarray, kb: int):
    """Each track's samples before its cut (``ka``, ``kb``) followed by the other's from its cut on (ids kept), with
    their shade flags: each track cut at its own turn keeps every sample, where one's turn comes before the other's
    last sample ahead of its own."""

    def joined(head: Track, k: int, tail: Track, m: int) -> Track:
        return Track(head.track_id, *(np.concatenate([getattr(head, name)[:k], getattr(tail, name)[m:]])
                                      for name in ("frames", "centroids", "boxes", "areas", "colors")))

    return ((joined(a, ka, b, kb), np.concatenate([shade_a[:ka], shade_b[kb:]])),
            (joined(b, kb, a, ka), np.concatenate([shade_b[:kb], shade_a[ka:]])))


class Shades:
    """Each of ``tracks``' ``shadow_samples`` (``shades[i]``), measured the first time a law asks for it: once per check,
    not once per track that asks whether another's shade lies below it, and the backdrop's chromaticity once for all."""

    def __init__(self, tracks: list[Track], tracking: Tracking):
        self.tracks, self.tracking = tracks, tracking
        self.measured: dict[int, np.ndarray] = {}
        self.backdrop_chroma: np.ndarray | None = None

    def __getitem__(self, index: int) -> np.ndarray:
        if index not in self.measured:
            if self.backdrop_chroma is None:
                self.backdrop_chroma = chromaticity_bins(self.tracking.background)
            self.measured[index] = shadow_samples(self.tracks[index], self.tracking, self.backdrop_chroma)
        return self.measured[index]


def over_a_shadow(track: Track, tracks: list[Track], tracking: Tracking, slant: float,
                  shades: Shades | None = None) -> np.ndarray:
    """bool [N]: samples of ``track`` with a darker shade of the ground (``shadow_samples``) seen in the same frame
    below it, within its width widened by ``slant`` times the drop (a low light casts it sideways). A shadow casts none:
    a grey ball over grey gravel reads as a shade of the ground too, yet the one of the two that has the other beneath
    it is the body. ``shades``: the ``shadow_samples`` of ``tracks``, when the caller has them (asked of every track in
    turn, each other track's would otherwise be measured again every time)."""
    over = np.zeros(track.length, dtype=bool)
    for index, other in enumerate(tracks):
        if other is track or other.track_id == track.track_id:
            continue
        shade = shadow_samples(other, tracking) if shades is None else shades[index]
        for k, frame in enumerate(track.frames):
            m = _sample_at(other, int(frame))
            if m < 0 or not shade[m]:
                continue
            below = other.centroids[m, 1] - track.centroids[k, 1]
            reach = (track.boxes[k, 2] - track.boxes[k, 0]) / 2 + slant * max(below, 0.0)
            over[k] |= below > 0 and abs(other.centroids[m, 0] - track.centroids[k, 0]) <= reach
    return over


def _sample_at(track: Track, frame: int) -> int:
    k = int(np.searchsorted(track.frames, frame))
    return k if k < track.length and track.frames[k] == frame else -1
