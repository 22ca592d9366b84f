"""Explicit physical laws checked on measured object tracks: what the embedded judge penalises, and why.

The prompt says what each object is and what moves it (the studio's prompt reading and knowledge base):
a dropped, thrown or bouncing ball or passive thing is *ballistic* (gravity shapes its path while it is
in the air); a car, a walker, a bird or a swimmer is *self-propelled* (any speed, any path is its own
doing). Laws checked on every track that may be what the prompt tells of (any colour the prompt gives it; a body of
another colour, a plant's leaves beside a yellow bottle, is another thing in the scene, held to no law), whatever the
prompt says it does:

- continuity: objects do not teleport, vanish mid-frame or appear from nowhere (leaving and entering
  through the frame's border is fine; "appears"/"disappears"/"breaks" in the prompt allow it);
- size: an object does not change size unless it moves in depth (the prompt says closer/farther), also where
  the tracker cut a pop in two (one track ends, a far larger or smaller one goes on in its place);
- colour: an object keeps its colour;
- smoothness: positions do not jitter frame to frame.

Laws checked on ballistic tracks only, per flight (the stretch between bounces, before it rests):

- gravity: a flight accelerates downward; a fall at constant speed, a straight line through the air or
  an upward acceleration breaks it. Measured as the sag of the flight's least-squares parabola,
  0.5·a_y·T², against the vertical distance it covers (about 1 for a drop from rest, more for an arc,
  0 for a straight line);
- energy: no rebound rises above the height it fell from (nothing adds energy);
- support: after a bounce shows where the floor is, the object does not go below it, and after it lands
  it does not go on down into what stopped it (sinking through the floor; ``sinking`` measures that against
  the object's own landing line and height, so a floor drawn over the object, which hides it from below as it
  sinks, counts as much as a box going down whole).

No law is checked on a track that is the scene moving (``scene_movers``: a plant swaying, a cloud drifting; where
every track shows the backdrop's colour, the one that travels farthest is still a body; where only tracks taken for
the scene could have the prompt's colour, the one doing what it says farthest is), nor on a shadow (a shade of the
backdrop below another track that goes sideways along with it, as far as a low light's slant lets it as the drop
changes), nor on a lone walker's limbs (``occlusion``: a leg's piece taken up and let go beside its trunk, left out
before the prompt's subjects are picked). A body seen beside as many others as the prompt tells of, each doing what it
says plainly and more ("a red ball is dropped": a second red ball rolling behind it), is held to the laws for every
object only (``told_bodies``).

A hold before the motion (a ball held still, then dropped) is no part of any flight. With a prompt that
names nothing the judge cannot know what was dropped: only the laws for every object apply, except that a
track which shows a free fall (a descent speeding up like gravity, then a landing) is held to energy,
support and gravity from then on; its first descent is not judged, since a constant-speed descent could
be a bird or a lift.

Each violation has a severity in [0, 1]; the judge multiplies PC by (1 − VIOLATION_WEIGHT·severity)
for each, so a single clear violation costs about half the score.

Units: positions in frame heights, y pointing down; time in seconds (frames / fps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .appearance import shaded_samples, shadow_samples
from .foreign_ends import without_foreign_ends
from .law_basics import (
    MIN_TRACK_SAMPLES,
    UNKNOWN,
    VIOLATION_WEIGHT,
    Expectation,
    TrackGeometry,
    Violation,
    boxes_overlap,
    penalty,
    touch_border,
)
from .laws_ballistic import check_after_a_shown_fall, check_ballistic, check_friction
from .laws_contact import check_interpenetration
from .laws_every_track import SAME_COLOUR, check_continuity, check_jitter, visible
from .laws_looks import check_colour, check_size, check_size_across_handover
from .laws_release import check_buoyancy, check_rebound_below_release
from .laws_rolling import check_lift_off
from .laws_teleport import check_teleports, cut_by_a_cover
from .occlusion import join_hidden_pieces, join_pieces_either_side_of_a_cover, join_pieces_moving_as_one
from .scene_movers import prompt_subjects, scene_moving
from .shadow_swaps import Shades, over_a_shadow, untangle_shadow_swaps
from .sinking import check_sinking
from .told_bodies import held_to_prompt_laws, subject_among_scenery
from .tracking import Track, Tracking

if TYPE_CHECKING:
    from ..lvd.motions import SceneReading
    from ..phyt2v.knowledge import ObjectLaws

__all__ = ["UNKNOWN", "VIOLATION_WEIGHT", "Expectation", "Violation", "check_tracking", "expectation_from_prompt", "penalty"]

SHADOW_SHARE = 0.8  # a shadow is a shade of the backdrop (appearance.shade_of_backdrop) in this share of its samples,
# in each of which it lies below another track, within its width widened by SHADOW_SLANT times its drop, and going
# sideways along with that track (``_goes_along``)
SHADOW_SLANT = 2.0  # a light as low as 27° over the ground casts a shadow sideways by up to twice its drop below
SELF_PROPELLED = ("walker", "vehicle", "flyer", "swimmer", "glider", "flutter")
FALLING_KINDS = frozenset(("fall", "land", "break"))


def expectation_from_prompt(prompt: str) -> Expectation:
    """Read the prompt with the studio's prompt reader and knowledge base; UNKNOWN when it names no object."""
    from ..lvd.prompt_reading import read_prompt
    from ..phyt2v.knowledge import scene_object_laws

    if not isinstance(prompt, str) or not prompt.strip():
        return UNKNOWN
    reading = read_prompt(prompt)
    moving = [obj for obj in scene_object_laws(reading) if obj.expects_motion() or obj.in_flight]
    if not moving:
        return UNKNOWN
    propelled = any(obj.mobility in SELF_PROPELLED for obj in moving)
    ballistic = not propelled and all(
        obj.in_flight and "gravity" in obj.laws and not {"buoyancy", "drag"} & set(obj.laws) for obj in moving)
    vanish = any({"appear", "disappear", "break"} & set(obj.kinds) or "fracture" in obj.laws for obj in moving)
    depth = any(obj.camera_relative is not None for obj in moving)
    bounces = ballistic and any(obj.bounces for obj in moving)
    friction = not propelled and not ballistic and all("friction" in obj.laws for obj in moving)
    contact = any(motion.relation == "to" and motion.target is not None
                  for entity in reading.entities for motion in entity.motions)
    dropped = ballistic and all(_falls_before_any_throw(obj.kinds) for obj in moving)
    turning = max(_turning_size(obj.name, obj.mobility) for obj in moving)
    rises = not propelled and all(_told_to_rise(obj, reading) for obj in moving)  # (a ball falling beside a balloon:
    # which track is which is not known, so neither law holds every track)
    things = _count(moving, reading)
    walks = things == 1 and moving[0].mobility == "walker"  # one walker alone: with a second body ("a boy bouncing
    # a ball", "two people") a piece moving along with the trunk may be that other body, and its breaks are its own
    return Expectation(moving[0].name, ballistic, propelled, depth, vanish, "prompt", bounces, friction, contact, dropped,
                       turning, rises, _colours(moving, reading), things, walks=walks)


RISING_VERBS = ("rise", "rises", "rising", "rose", "risen", "ascend", "ascends", "ascending", "ascended")


def _told_to_rise(obj: ObjectLaws, reading: SceneReading) -> bool:
    """Buoyancy lifts it (a balloon or a bubble that floats or is let go: the knowledge base gives it "buoyancy"), or
    the prompt sends it up on its own ("a lantern rises", "floats up into the sky"); not when it also falls, lands or
    breaks (a balloon that pops and drops)."""
    if FALLING_KINDS & set(obj.kinds):
        return False
    if obj.mobility == "buoyant" and "buoyancy" in obj.laws:
        return True
    motions = reading.entities[obj.entity].motions if obj.entity is not None else []
    return any(m.kind == "float" and (m.direction == "up" or m.verb.lower() in RISING_VERBS) for m in motions)


def _colours(moving: list, reading) -> tuple[str, ...]:
    """The colour word the prompt gives each moving thing ("a red ball"); empty when one of them has none, since that
    one may have any colour."""
    colours = [dict(reading.entities[obj.entity].attributes).get("color") for obj in moving]
    return () if None in colours else tuple(dict.fromkeys(colours))


def _count(moving: list, reading) -> int:
    """How many bodies the moving things are: "two red balls" is one thing in the reading and two bodies."""
    return sum(max(1, reading.entities[obj.entity].count) if obj.entity is not None else 1 for obj in moving)


def _turning_size(name: str, mobility: str) -> float:
    """How many times a thing's apparent size may change by turning alone: a flat thing that flutters down (a feather,
    a leaf, a sheet of paper) shows its broad side, then its edge, so its area swings by the ratio of its long side to
    its short one in the knowledge base (its linear size by the square root); 1 for anything else."""
    from ..phyt2v.knowledge import object_class

    known = object_class(name) if mobility == "flutter" else None
    if known is None or min(known.width_m, known.height_m) <= 0:
        return 1.0
    return float(np.sqrt(max(known.width_m, known.height_m) / min(known.width_m, known.height_m)))


def _falls_before_any_throw(kinds: tuple[str, ...]) -> bool:
    """The prompt lets it fall before anything throws it ("is let go and falls", "falls and hits the ground": the
    reader hears a throw in "hits"), so it leaves rest downward."""
    return "fall" in kinds and ("throw" not in kinds or kinds.index("fall") < kinds.index("throw"))


def is_shadow(track: Track, tracks: list[Track], tracking: Tracking) -> bool:
    """Whether ``track`` is the shadow another track casts: a darker shade of the backdrop it covers, below that
    track and within its width (widened by SHADOW_SLANT times how far below it lies: a low light slants it far
    sideways) nearly all the time, while that track goes sideways along with it (``_goes_along``). A shadow obeys no
    law of bodies (it slides level under a falling ball, grows and fades as the ball nears the floor), so the laws
    are not checked on it."""
    if tracking.background is None or track.length < 2:
        return False
    needed = SHADOW_SHARE * track.length
    if shaded_samples(track, tracking).sum() < needed:
        return False
    under: dict[int, list] = {}  # per track above it: (sample, its x, the caster's x, how far below the caster)
    for k, frame in enumerate(track.frames):
        x0, x1 = track.boxes[k, 0], track.boxes[k, 2]
        for i, other in enumerate(tracks):
            seen = np.nonzero(other.frames == frame)[0]
            if other is track or not len(seen):
                continue
            ox0, oy0, ox1, _ = other.boxes[seen[0]]
            below = track.centroids[k, 1] - other.centroids[seen[0], 1]
            reach = (x1 - x0) / 2 + SHADOW_SLANT * max(below, 0.0)
            if ox0 - reach <= track.centroids[k, 0] <= ox1 + reach and below > 0:
                under.setdefault(i, []).append((k, track.centroids[k, 0], other.centroids[seen[0], 0], below))
    width = float(np.median(track.boxes[:, 2] - track.boxes[:, 0]))
    per_caster = [np.asarray(rows) for rows in under.values()]
    cast = {int(k) for rows in per_caster if _goes_along(rows, width) for k in rows[:, 0]}
    return len(cast) >= needed


def _goes_along(rows: np.ndarray, width: float) -> bool:
    """A shadow goes sideways with what casts it: over the samples it lies under one track (``rows``: sample, its
    x, that track's x, its drop below it), its own sideways travel is no more than that track's, plus what a low
    light adds as the drop changes (SHADOW_SLANT: a ball dropped straight down, its shadow sliding toward its foot)
    and its own ``width``. A small dark bird flying across under a
    still blob of sky is a darker shade of the sky, below it, but it is no shadow of it."""
    own, caster, drop = np.ptp(rows[:, 1:], axis=0)
    return bool(own <= caster + SHADOW_SLANT * drop + width)


def without_shadow_ends(track: Track, tracking: Tracking, tracks: list[Track] | None = None,
                        shades: Shades | None = None) -> Track:
    """The track less the samples at either end that are a darker shade of the backdrop: when the tracker lost
    a fast or blurred object it may have followed its shadow for a few frames, which then reads as the object
    stopping dead or vanishing there (a ball over a brick wall's floor: two tracks that each end or start
    mid-frame). Samples in the middle are kept (a shadow joining the blob for a while changes nothing), and so
    are end samples in the object's own colour or at the border (``_own_or_at_border``) or with a shade of the ground
    below them (``shadow_swaps.over_a_shadow``).

    Where shade fills one end for most of the track and that run alone is the shadow of another of ``tracks``, while
    the rest is no shade, the object landed on its own shadow and the tracker went on with a part of the object under
    the shadow's number (a red and black ball: its red half): only that rest is kept (``_after_a_shadow_run``).
    ``shades``: the ``shadow_samples`` of ``tracks`` (``track`` among them), measured once for all of them."""
    if tracking.background is None or track.length < 2 * MIN_TRACK_SAMPLES:
        return track
    own = [i for i, other in enumerate(tracks or []) if other is track] if shades is not None else []
    shade = shades[own[0]] if own else shadow_samples(track, tracking)
    rest = _after_a_shadow_run(track, tracking, shade, tracks)
    if rest is not None:
        return rest
    shaded = shade & ~_own_or_at_border(track, tracking, shade)
    if tracks is not None and shaded.any():
        # a shadow casts none: a body in the ground's grey
        shaded &= ~over_a_shadow(track, tracks, tracking, SHADOW_SLANT, shades)
    first, last = 0, track.length
    while first < last and shaded[first]:
        first += 1
    while last > first and shaded[last - 1]:
        last -= 1
    if (first == 0 and last == track.length) or last - first < max(MIN_TRACK_SAMPLES, track.length // 2):
        return track  # nothing to trim, or mostly shade: a shadow's own track, judged by is_shadow
    return _part(track, slice(first, last))


def _after_a_shadow_run(track: Track, tracking: Tracking, shade: np.ndarray, tracks: list[Track] | None) -> Track | None:
    """The part of the track that is no shade, where shade (``shadow_samples``) fills one end of it for more than half
    its samples, that run alone is the shadow of another track (``is_shadow``), the rest, MIN_TRACK_SAMPLES or more,
    holds no shade, and the boxes either side of the cut overlap (the body came down onto its shadow; a body that
    jumps there from elsewhere keeps its jump); None otherwise."""
    if tracks is None or shade.all() or not (shade[0] or shade[-1]):
        return None
    changes = np.nonzero(np.diff(shade.astype(np.int8)))[0]
    if len(changes) != 1:
        return None
    cut = int(changes[0]) + 1
    run, rest = (slice(0, cut), slice(cut, track.length)) if shade[0] else (slice(cut, track.length), slice(0, cut))
    meet = boxes_overlap(track.boxes[cut - 1], track.boxes[cut])  # it landed on the shadow, not beside it
    if not meet or run.stop - run.start <= track.length // 2 or rest.stop - rest.start < MIN_TRACK_SAMPLES:
        return None
    return _part(track, rest) if is_shadow(_part(track, run), tracks, tracking) else None


def _part(track: Track, keep: slice) -> Track:
    return Track(track.track_id, track.frames[keep], track.centroids[keep], track.boxes[keep], track.areas[keep],
                 track.colors[keep])


def _own_or_at_border(track: Track, tracking: Tracking, shaded: np.ndarray) -> np.ndarray:
    """bool [N]: samples whose colour stays within SAME_COLOUR of the object's own (the median of its samples
    that are no shade of the backdrop), or whose box touches the frame's border. A grey ball against a pale sky
    is a darker shade of the sky, yet it is the ball: its shadow would have the floor's shade, not the ball's
    colour; and a shadow does not enter from the border ahead of what casts it. ``shaded``: ``shadow_samples``."""
    own = np.zeros(track.length, dtype=bool)
    if (~shaded).any():
        colour = np.median(track.colors[~shaded], axis=0)
        own = np.abs(track.colors - colour).max(axis=1) <= SAME_COLOUR
    return own | touch_border(track.boxes, tracking.width, tracking.height)


def check_tracking(tracking: Tracking, expectation: Expectation = UNKNOWN) -> list[Violation]:
    """Every law that applies, over every track; see the module docstring."""
    # a hop onto another blob at a track's end cut off; a ball and its shadow the tracker swapped at landing untangled
    untangled = untangle_shadow_swaps([without_foreign_ends(tr, tracking.height, tracking.num_frames)
                                       for tr in tracking.tracks], tracking)
    shades = Shades(untangled, tracking) if tracking.background is not None else None
    tracks = [without_shadow_ends(tr, tracking, untangled, shades) for tr in untangled if tr.length >= MIN_TRACK_SAMPLES]
    geometries = [TrackGeometry(tr, tracking) for tr in tracks]
    geometries = [g for g in geometries if not is_shadow(g.track, tracks, tracking)]
    scenery = subject_among_scenery([g.track for g in geometries], scene_moving([g.track for g in geometries], tracking),
                                    expectation, tracking.fps)
    geometries = [g for g, is_scenery in zip(geometries, scenery) if not is_scenery]
    # one body lost behind a post or over a flight's top and found again along its path is judged as one track, and
    # so is one seen in two pieces at once either side of a post, or in several that move as one
    limbs: set[int] = set()  # a walker's legs followed apart from its trunk: they show where it went, unjudged (a
    # car's pieces are no limbs: its length fails for a post or hopping numbers, and its breaks are the car's)
    geometries = join_pieces_moving_as_one(geometries, tracking, limbs if expectation.walks else None)
    geometries = join_pieces_either_side_of_a_cover(geometries, tracking)
    geometries = join_hidden_pieces(geometries, tracking, lambda g, frame, xy: visible(g, tracking, frame, xy))
    # limbs are left out before the subjects are picked: a red shirt's piece must not make the walker's blue jeans,
    # followed as its trunk, another thing by colour and then be left out itself, leaving the walker unjudged
    judged = [g.track.track_id not in limbs for g in geometries]
    judged_tracks = [g.track for g, j in zip(geometries, judged) if j]
    picked = iter(prompt_subjects(judged_tracks, expectation.colours, tracking.fps))
    subjects = [j and next(picked) for j in judged]
    bound = [g.track for g, subject in zip(geometries, subjects) if subject]
    told = held_to_prompt_laws(geometries, subjects, expectation)
    violations = [v for v in check_continuity(geometries, tracking, expectation)
                  + check_size_across_handover(geometries, expectation) if _involves(v, bound)]
    for g, subject, held in zip(geometries, subjects, told):
        if not subject:  # another thing in the scene (a plant's leaves, a ball of another colour): the clip is judged on
            continue  # what the prompt tells of; the others still show where the subject went (a handover, a rejoin)
        cut = cut_by_a_cover(g, tracking)  # (read by the teleport and the size laws alike)
        violations += check_teleports(g, tracking, cut)
        violations += check_jitter(g)
        violations += check_size(g, expectation, tracking, cut)
        violations += check_colour(g, tracking, geometries)
        if not held:  # a body beside the ones doing what the prompt tells (told_bodies): only the laws for every body
            continue
        if expectation.ballistic:
            ballistic = check_ballistic(g, tracking, expectation)
            if expectation.dropped and not any(v.law == "energy" for v in ballistic):
                ballistic += check_rebound_below_release(g)
            violations += ballistic
            if not any(v.law == "support" for v in ballistic):  # measured against its own landing and height
                violations += check_sinking(g, 1.0 / tracking.gray.shape[1])
        elif expectation.source == "none":
            violations += check_after_a_shown_fall(g, tracking)
        if expectation.rises:
            violations += check_buoyancy(g, expectation.subject, tracking.num_frames)
        if expectation.friction:
            violations += check_friction(g, geometries) + check_lift_off(g)
        if expectation.solid_contact:
            violations += check_interpenetration(g, tracking, geometries)
    return violations


def _involves(violation: Violation, subjects: list[Track]) -> bool:
    """Whether one of ``subjects`` takes part in a violation between tracks: the track that ended, or the one that went on
    where it left off (a small red ball blurred over the yard measures mauve until it vanishes, red once it is back)."""
    first, last = violation.frames
    return any(t.track_id == violation.track or (t.first_frame == last and last > first) for t in subjects)
