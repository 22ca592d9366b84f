"""Support after a landing: a body that came down onto a surface stays on it; it does not go on into it.

Measured on each object against its own landing line and its own height, so it holds whatever the object's
size, the frame's size or the drawing: the landing line is where its bottom edge stopped at its last landing
(a fall that stops abruptly; a later one only after a bounce, since a sink never rises), and at rest its top
edge lies one object height above that line. Sinking shows in the top edge either way the surface is drawn:

- a floor drawn over the object hides what goes into it: the bottom edge stays on the line while the top
  edge comes down (the box shrinks from the top down, and the object may vanish into the floor);
- a floor that hides nothing: the whole box goes on down below the line.

So the sink is how far the top edge ends below its resting place, in object heights:
``(top_at_end − (landing_line − height)) / height``, 0 for a body at rest and 1 for one gone under. A squash
on contact is over within a sample or two and a bounce settles back onto the line, so only where the track
ends counts; a body whose bottom edge ends well over its own height below the line fell on (it rolled off an
edge onto something lower), which is a new flight, not a sink. A track that shows no landing but opens on the body
at rest (the tracker took it up once it lay there) is measured the same way from where it rests, and so is one that
rose off the line after its last landing in hops too small to show as landings (a ball's last hops), from where it
came to rest."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .law_basics import EDGE_MARGIN, STILL, TrackGeometry, Violation, clip01

IMPACT_STEP = 0.01  # frame heights per sample: a slower fall cannot land visibly ...
IMPACT_HEIGHTS = 0.15  # ... nor one slower than this share of the object's height per sample
LANDING_STEP = 0.5  # a landing: the next steps shrink to this share of the step into it (or turn up)
END_SAMPLES = 3  # the track's last samples: where it ends up, all of them beyond the threshold
MIN_AFTER = 4  # samples after the landing needed to see what it does there
SINK_SHARE = 0.3  # of its height: a top edge ending this far below its resting place sank into the surface
SINK_FULL = 0.6  # ... and this far is full severity
GOING_ON = 0.5  # ... of which this share came after the sample that followed the landing: a tracked body at rest
# may lose some of its rim to the backdrop model at once, and stay so; a sink goes on down
ROLLED = 3.0  # heights: a centre that moves this far sideways after the landing rolled or slid on
ABOVE_LINE = 0.5  # heights: a bottom edge ending this far above the line is not on what it landed on
FELL_BELOW = 1.5  # heights: a bottom edge ending this far below the line fell on (off an edge), it did not sink
REST_SAMPLES = 4  # samples holding still at a track's start that show the object at rest there


@dataclass(frozen=True)
class Sink:
    """What the object did after its last landing, in its own heights."""

    landing: int  # sample index of the last impact
    line: float  # frame heights: where its bottom edge stopped
    height: float  # frame heights: the object's own height
    depth: float  # how far its top edge ends below where it rests on the line, in heights (0 at rest)
    going_on: float  # how far its top edge went on down after the sample that followed the landing, in heights
    first: int  # the first sample beyond SINK_SHARE (the landing when it never gets there)


def own_height(top: np.ndarray, bottom: np.ndarray, until: int) -> float:
    """The object's height where it moves least before ``until`` (a motion-blurred box is taller than the
    object): the median height of the slowest third of its samples up to there."""
    tall = bottom[:until + 1] - top[:until + 1]
    speed = np.abs(np.gradient(0.5 * (top + bottom)))[:until + 1]
    slowest = np.argsort(speed, kind="stable")[:max(1, (until + 1) // 3)]
    return float(np.median(tall[slowest]))


def landings(bottom: np.ndarray, height: float, framed: np.ndarray) -> list[int]:
    """Sample indices where a fall of the bottom edge stops abruptly: after two steps down, the next two steps
    shrink to LANDING_STEP of the step into it or turn up (one short step is a fall's sampling noise; the top of
    a bounce stops too, but nothing fell into it). The first, and each later one that follows a bounce (it rose
    since the last landing): a sink never rises, so where a slow sink ends is no landing; nor is a stop on the
    frame's border (``framed``), which holds nothing up."""
    steps = np.diff(bottom)
    fast = max(IMPACT_STEP, IMPACT_HEIGHTS * height)
    found: list[int] = []
    for i in range(2, len(steps)):
        if steps[i - 2] <= 0 or steps[i - 1] < fast or float(steps[i:i + 2].max()) >= LANDING_STEP * steps[i - 1] \
                or framed[i]:
            continue
        if not found or float(bottom[found[-1]:i].min()) < float(bottom[found[-1]]) - fast:
            found.append(i)
    return found


def _ends_beyond(ends: np.ndarray, going_on: float, height: float, pixel: float) -> bool:
    """Whether the track's last samples lie SINK_SHARE below the resting place: each of them; or their median, with
    the one short of it within a ``pixel`` of the analysis, when the top edge went on down (``going_on``, heights)
    more than that pixel past SINK_SHARE. Each edge is read to the pixel and a small body is a few pixels tall, so
    one sample a pixel short may be the edge's rounding; but a body at rest whose top edge flickers by a pixel
    also reads so, and only a descent that clears the threshold by more than the rounding tells the two apart."""
    if (ends > SINK_SHARE).all():
        return True
    rounding = pixel / height
    return float(np.median(ends)) > SINK_SHARE and bool((ends > SINK_SHARE - rounding).all()) \
        and going_on > SINK_SHARE + rounding


def measure_sink(top: np.ndarray, bottom: np.ndarray, framed: np.ndarray | None = None,
                 across: np.ndarray | None = None, pixel: float = 0.0) -> Sink | None:
    """The sink after the last landing of a track whose box edges are ``top`` and ``bottom`` per sample (frame
    heights, y down; ``framed``: where the bottom edge lies on the frame's border; ``across``: its centre's x);
    None when it never lands, lands too late to tell, leaves the line again (a bounce whose landing the samples
    miss, as at the clip's end), falls on to somewhere lower (off an edge), or travels on
    along the ground (coming nearer on a floor seen from above, perspective moves it down the frame).

    The line is where the bottom edge stopped (the next sample's when the step after the landing went on down:
    a landing sampled a frame early); the height is the object's own (``own_height``) unless it is shorter as
    it lands (some of it was lost to the backdrop at rest, which must not read as sinking). It sank when its
    top edge ends SINK_SHARE below its resting place in each of the last samples, and went on down after
    the landing (GOING_ON); ``pixel``, one analysis pixel in frame heights, is how far one edge may read short
    (``_ends_beyond``)."""
    if len(top) < MIN_AFTER + 3:
        return None
    framed = np.zeros(len(top), bool) if framed is None else framed
    whole_height = own_height(top, bottom, len(top) - 1)
    found = landings(bottom, whole_height, framed)
    if not found or len(top) - 1 - found[-1] < MIN_AFTER:
        return None
    landing = found[-1]
    if float(bottom[landing + 1:].min()) < float(bottom[landing]) - max(IMPACT_STEP, IMPACT_HEIGHTS * whole_height):
        return None  # it bounced off the line and had not landed again where a landing shows: a sink never rises
    bounced = bottom[landing + 1] < bottom[landing]
    line = float(bottom[landing]) if bounced else float(bottom[landing:landing + 2].max())
    landed_height = float((bottom - top)[landing:landing + 2].max())
    height = min(own_height(top, bottom, landing), landed_height)
    if across is not None and float(np.ptp(across[landing + 1:])) > ROLLED * height:
        return None  # it went on along the ground: a sink goes straight down
    if framed[-END_SAMPLES:].any():
        return None  # the frame's border cuts its bottom off: resting lower, out of view, reads the same as a sink
    end = float(np.median(bottom[-END_SAMPLES:]))
    if height <= 0 or end > line + FELL_BELOW * height:
        return None  # it fell on past its own height (off an edge, onto something lower): a new flight
    if end < line - ABOVE_LINE * height:
        return None  # it ends above the line: in the air again, or rolled away from the camera (smaller, higher)
    line = min(line, end)  # hidden below the floor, it ends on the floor
    depth = (top[landing + 1:] - (line - height)) / height
    ends = depth[-END_SAMPLES:]
    beyond = np.nonzero(depth > SINK_SHARE)[0]
    going_on = float(np.median(top[-END_SAMPLES:]) - top[landing + 1]) / height
    sank = len(beyond) and _ends_beyond(ends, going_on, height, pixel) and going_on > GOING_ON * SINK_SHARE
    first = landing + 1 + int(beyond[0]) if sank else landing
    return Sink(landing, line, height, float(np.median(ends)), going_on, first)


def measure_sink_from_rest(top: np.ndarray, bottom: np.ndarray, framed: np.ndarray | None = None,
                           across: np.ndarray | None = None, pixel: float = 0.0) -> Sink | None:
    """The sink of a track that shows no landing but opens on the object at rest: the tracker took it up once it lay on the
    surface (its fall was another track, or too small or blurred to follow). Its first REST_SAMPLES samples, both box edges within
    STILL (or a ``pixel`` of the analysis, the edges' own step) of their medians there, are where it rests: the line is their
    bottom edge and the height theirs. From there on it is measured as after a landing (``measure_sink``); None when it does not
    open at rest."""
    if len(top) < REST_SAMPLES + MIN_AFTER:
        return None
    framed = np.zeros(len(top), bool) if framed is None else framed
    still = max(STILL, pixel) + 1e-9  # (edges a whole pixel apart may differ by a rounding more)
    rest = slice(0, REST_SAMPLES)
    line, resting_top = float(np.median(bottom[rest])), float(np.median(top[rest]))
    if framed[rest].any() or np.abs(bottom[rest] - line).max() > still or np.abs(top[rest] - resting_top).max() > still:
        return None
    height = line - resting_top
    if across is not None and float(np.ptp(across[REST_SAMPLES:])) > ROLLED * height:
        return None
    if height <= 0 or framed[-END_SAMPLES:].any():
        return None
    end = float(np.median(bottom[-END_SAMPLES:]))
    if end > line + FELL_BELOW * height or end < line - ABOVE_LINE * height:
        return None
    line = min(line, end)
    depth = (top[REST_SAMPLES:] - (line - height)) / height
    ends = depth[-END_SAMPLES:]
    beyond = np.nonzero(depth > SINK_SHARE)[0]
    going_on = float(np.median(top[-END_SAMPLES:]) - resting_top) / height
    sank = len(beyond) and _ends_beyond(ends, going_on, height, pixel) and going_on > SINK_SHARE
    landing = REST_SAMPLES - 1
    first = REST_SAMPLES + int(beyond[0]) if sank else landing
    return Sink(landing, line, height, float(np.median(ends)), going_on, first)


def measure_sink_after_coming_to_rest(top: np.ndarray, bottom: np.ndarray, landing: int,
                                      framed: np.ndarray | None = None, across: np.ndarray | None = None,
                                      pixel: float = 0.0) -> Sink | None:
    """The sink of a body that, after its last landing seen (sample ``landing``), rose off the line again in bounces too
    small and slow to show as landings (a ball's last hops, each under IMPACT_HEIGHTS of it per sample) and then came to
    rest: from the first REST_SAMPLES samples after the landing where both box edges and the centre's x (``across``)
    hold still, each within STILL (or one analysis ``pixel``, an edge's rounding) from its lowest to its highest there
    (a ball rolling on after its hops is not at rest: its box may lose a blurred rim as it slows), with the bottom
    edge no higher above the landing's line than those hops' own gate (the top of a hop, still for a few samples at a
    high frame rate, is no rest on the surface), it is measured as from rest (``measure_sink_from_rest``). A body
    lying still on a surface is held up by it, whatever hops came before."""
    framed = np.zeros(len(top), bool) if framed is None else framed
    hop = max(IMPACT_STEP, IMPACT_HEIGHTS * own_height(top, bottom, len(top) - 1))
    still = max(STILL, pixel) + 1e-9
    for start in range(landing + 1, len(top) - REST_SAMPLES - MIN_AFTER + 1):
        rest = slice(start, start + REST_SAMPLES)
        if float(np.ptp(bottom[rest])) > still or float(np.ptp(top[rest])) > still \
                or (across is not None and float(np.ptp(across[rest])) > still):
            continue  # each edge within one rounding all along: a hop two pixels high, or a roll, is no rest
        line = float(np.median(bottom[rest]))
        if line < float(bottom[landing]) - hop:
            continue  # the top of a hop, not the surface
        sink = measure_sink_from_rest(top[start:], bottom[start:], framed[start:],
                                      None if across is None else across[start:], pixel)
        if sink is None:
            return None
        return Sink(sink.landing + start, sink.line, sink.height, sink.depth, sink.going_on, sink.first + start)
    return None


def check_sinking(g: TrackGeometry, pixel: float = 0.0) -> list[Violation]:
    """Support: after its last landing the object does not go on down into the surface (module docstring), nor, on a
    track that opens on it at rest, into the surface it rests on (``measure_sink_from_rest``), nor after it came to
    rest from hops too small to show as landings (``measure_sink_after_coming_to_rest``; ``pixel``: one analysis
    pixel in frame heights)."""
    top = g.track.boxes[:, 1] / g.height
    framed = g.bottom >= 1.0 - EDGE_MARGIN
    sink = measure_sink(top, g.bottom, framed, g.xy[:, 0], pixel)
    found = landings(g.bottom, own_height(top, g.bottom, len(top) - 1), framed) if sink is None else []
    if sink is None and not found:
        sink = measure_sink_from_rest(top, g.bottom, framed, g.xy[:, 0], pixel)
    elif sink is None:
        sink = measure_sink_after_coming_to_rest(top, g.bottom, found[-1], framed, g.xy[:, 0], pixel)
    if sink is None or sink.first == sink.landing:
        return []
    tid = g.track.track_id
    frames = (int(g.frames[sink.first]), int(g.frames[-1]))
    return [Violation("support", tid, frames, clip01(sink.depth / SINK_FULL),
                      f"object {tid} sinks {sink.depth:.0%} of its height into the surface it landed on at frame "
                      f"{g.frames[sink.landing]} (frames {frames[0]}–{frames[1]})")]
