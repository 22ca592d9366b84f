"""Entering and leaving the picture by its sides, read from the whole of one object's moves.

The word-by-word pass reads "enters" as an appearance and "from the left" as where it starts; two such
readings of one object are put together here: an entrance said with only its side walks in past that edge
(not shown standing by it), and an arrival on one side with a departure from the other is one crossing. A bare
side after a going ("exits left") is a crossing's end only where no time is said for the going ("exits left in the
first second" keeps its time).
"""

from __future__ import annotations

import re

from .motions import Entity, Motion
from .prompt_tokens import region_point
from .vocabulary import EXIT_VERBS

_ENTRY_SIDES = {region_point(side): side for side in ("left", "right")}


def walk_in_entrances(entities: list[Entity]) -> None:
    """"A dog enters from the right", "a bus enters on the left halfway through": an entrance that is all the
    object does, said with a side and no path of its own, starts beyond that edge when it is first seen and
    walks inward (with no time said it is seen from halfway, as any appearance)."""
    for entity in entities:
        if len(entity.motions) == 2:
            _one_entrance(entity.motions)
        if len(entity.motions) == 2:
            _entrance_ends_absence(entity.motions)
        if len(entity.motions) != 1:
            continue  # "enters from the left, then runs right": the run says where it goes
        motion = entity.motions[0]
        side = _ENTRY_SIDES.get(motion.start) if motion.start is not None else None
        if side is None or motion.kind != "appear" or not motion.verb.startswith("enter") or motion.enters_from \
                or motion.direction or motion.relation or motion.window or motion.exits:
            continue
        motion.enters_from = side
        if motion.at_fraction is None:
            motion.at_fraction = 0.5  # the walk in starts when it is first seen


def _one_entrance(motions: list[Motion]) -> None:
    """"A dog enters, coming from the left": a bare entrance and, in the same step, a move that says only the side
    it comes from are one entrance from that side."""
    enter, side = motions
    said_side = side.start if side.start in _ENTRY_SIDES else None
    if enter.kind == "appear" and enter.verb.startswith("enter") and enter.start is None and side.kind == "move" \
            and side.step == enter.step and said_side is not None and not (
                side.end or side.direction or side.relation or side.exits or side.window or side.at_fraction is not None
                or enter.window or enter.direction or enter.end):
        enter.start = said_side
        del motions[1]


def _entrance_ends_absence(motions: list[Motion]) -> None:
    """"No dog in the first half, then a dog runs in from the left": an entrance by an edge told next after the thing's
    absence for a stretch is how it comes into view, so it starts past that edge when the absence ends (it never pops
    up inside the frame and walks from there). Only the absence's half is copied here: this runs before
    prompt_timing.resolve_timing, whose side-given-for-the-second-half rule turns that half into the midpoint."""
    absent, enter = motions
    if absent.kind == "appear" and (absent.window or absent.at_fraction is not None) and enter.enters_from \
            and enter.step > absent.step and enter.window is None and enter.at_fraction is None and not (
                absent.start or absent.end or absent.enters_from or absent.direction or absent.relation):
        enter.window, enter.at_fraction = absent.window, absent.at_fraction
        del motions[0]


# a going said at a time of its own: "exits left in the first second", "immediately exits left", "a moment later"
_TIMED_GOING_RE = re.compile(r"\b(?:immediately|instantly|at once|right away|straight away|in (?:the|its) first "
                             r"(?:second|moment)s?|within (?:a |one |two |three |a few )?(?:seconds?|moments?)"
                             r"|(?:a|one|two|three|a few) (?:seconds?|moments?) later|after (?:a|one) (?:second|moment)"
                             r"|early on|at the (?:very )?start|soon after)\b")
# what each of its spellings holds: the cheap test before the pattern, which tries every letter
_TIMED_GOING_NEEDS = ("immediately", "instantly", "at once", "right away", "straight away", "second", "moment",
                      "early on", "start", "soon after")


def going_timed(lowered: str) -> bool:
    """Whether LOWERED says a time for a going: a bare side ("exits left") is then not read as a crossing's end, since
    a crossing that lasts the whole clip would lose that time."""
    return any(need in lowered for need in _TIMED_GOING_NEEDS) and _TIMED_GOING_RE.search(lowered) is not None


def crossings(entities: list[Entity], bare_side_ends: bool = True) -> None:
    """"Enters on the left and exits on the right": an arrival on one side and a departure from the other,
    with no time or half said, is one crossing of the frame from side to side (as LVD draws it), not a
    visit cut short at the middle; entering and leaving by the same side is a visit that turns back. With
    BARE_SIDE_ENDS a going by a bare side ("exits left") is also a crossing to that side."""
    for entity in entities:
        motions = entity.motions
        _entrance_travel_exit(motions, bare_side_ends)
        _entrance_then_gone(motions, bare_side_ends)
        for i in range(len(motions) - 1):
            arrive, depart = motions[i], motions[i + 1]
            if _entrance_then_across(arrive, depart, bare_side_ends):
                # "enters on the left, then drives across to the right", "flies in from the right, exits to the left"
                travel = depart if depart.kind not in ("appear", "disappear", "move") else arrive
                kind = travel.kind if travel.kind not in ("appear", "disappear") else "move"
                motions[i:i + 2] = [Motion(kind=kind, verb=travel.verb, step=arrive.step, start=arrive.start,
                                           end=_crossing_end(depart, bare_side_ends), speed=travel.speed)]
                break
            if not (arrive.kind == "appear" and depart.kind in ("disappear", "move") and depart.end is None
                    and arrive.window is None and depart.window is None and arrive.start and depart.start):
                continue
            if depart.kind == "move" and not depart.verb.partition(" ")[0] in EXIT_VERBS:
                continue
            a, b = arrive.start[0], depart.start[0]
            if a is not None and a == b and a != 0.5 and depart.kind == "disappear":
                # "enters on the left and exits on the left": in from that edge, out to the middle, back out the same way
                side = "left" if a < 0.5 else "right"
                motions[i:i + 2] = [
                    Motion(kind="move", verb=arrive.verb, step=arrive.step, end=(0.5, None),
                           enters_from=side, speed=arrive.speed),
                    Motion(kind="move", verb=depart.verb, step=arrive.step + 1, direction=side, exits=True, speed=arrive.speed)]
                break
            if a is None or b is None or (a - 0.5) * (b - 0.5) >= 0:
                continue  # not from one side to the other
            motions[i:i + 2] = [Motion(kind="move", verb=arrive.verb, step=arrive.step, start=arrive.start, end=depart.start,
                                       speed=arrive.speed)]
            break


def _entrance_travel_exit(motions: list[Motion], bare_side_ends: bool) -> None:
    """"Enters on the left, flies across the scene and leaves on the right", "starts on the right, trots across and
    exits on the left": a travel that says no place of its own between an entrance by (or a start at) one side and
    a departure by the other is that one crossing, made in its manner."""
    for i in range(len(motions) - 2):
        arrive, travel, depart = motions[i:i + 3]
        if travel.kind in ("appear", "disappear", "rest", "visible") or travel.start or travel.end or travel.relation \
                or travel.window or travel.at_fraction is not None or travel.exits or travel.enters_from:
            continue
        started = arrive.kind in ("move", "rest") and not (arrive.end or arrive.direction or arrive.window or arrive.exits)
        if _entrance_then_across(arrive, depart, bare_side_ends) or (started and _entrance_then_across(
                Motion(kind="appear", verb="enters", step=arrive.step, start=arrive.start), depart, bare_side_ends)):
            motions[i:i + 3] = [Motion(kind=travel.kind, verb=travel.verb, step=arrive.step, start=arrive.start,
                                       end=_crossing_end(depart, bare_side_ends), speed=travel.speed)]
            return


_GONE_WORDS = EXIT_VERBS | frozenset(("gone", "vanishes", "vanished"))


def _entrance_then_gone(motions: list[Motion], bare_side_ends: bool) -> None:
    """"A car drives in early on, but by the end it has gone", "enters from the left, and by the end it has left": a move
    in by an edge, said with no time or an early one, then a going said with no place, late or with no time, is one pass
    that enters, crosses the frame and leaves by the other edge; not a thing that shows up partway and then vanishes
    (a going by a side, "exits left", is a crossing to that side).
    With the going's time said and the entrance at the start or untimed, "runs in at the start, and by the end it has
    left", the pass takes the clip up to that time, so a fast thing is seen on its way rather than in one keyframe."""
    if len(motions) != 2:
        return
    enter, gone = motions
    side = enter.enters_from
    if enter.kind == "appear" and enter.verb.startswith("enter") and enter.start is not None and side is None \
            and enter.start[0] not in (None, 0.5):
        side = "left" if enter.start[0] < 0.5 else "right"  # "enters from the left": an appear at that side
    elif enter.kind in ("appear", "disappear", "rest", "visible"):
        return
    early = enter.at_fraction is None or enter.at_fraction < 0.5 or enter.window == "first"
    if side is None or enter.exits or not early or enter.end or enter.relation or enter.direction not in (None, "left", "right"):
        return
    if not (gone.kind == "disappear" or gone.verb.rpartition(" ")[2] in _GONE_WORDS) or gone.start or gone.end or gone.relation \
            or (bare_side_ends and _side_gone_toward(gone)) \
            or gone.window == "first" or (gone.at_fraction is not None and gone.at_fraction < 0.5):
        return
    if enter.kind == "appear":
        enter.kind, enter.start, enter.enters_from = "move", None, side
    enter.exits, enter.window = True, None
    enter.done_by = gone.at_fraction is not None and (enter.at_fraction or 0.0) < 0.25  # "by the end it has left": gone then
    enter.at_fraction = None
    del motions[1]


def _entrance_then_across(arrive: Motion, depart: Motion, bare_side_ends: bool) -> bool:
    """An entrance by one side (an "enters" with its side, or a move in from beyond an edge) followed, with no time
    said, by a move to the other side or a departure by it: one pass across the frame between the two sides. A move
    done "by the end" says when it is over, not a later start: it is that pass too."""
    entered = (arrive.kind == "appear" and arrive.verb.startswith("enter")) or (
        arrive.enters_from is not None and arrive.kind != "appear")
    if not entered or arrive.start is None or arrive.start[0] is None or arrive.start[0] == 0.5 or arrive.window \
            or depart.window or arrive.end or arrive.relation or depart.relation or _timed_apart(depart):
        return False
    if depart.verb.partition(" ")[0] in EXIT_VERBS and depart.kind in ("move", "disappear") and depart.end is None:
        # "exits to the left", "exits left": the side it leaves by
        other = depart.start or (bare_side_ends and _side_gone_toward(depart)) or None
    elif depart.kind not in ("appear", "disappear") and depart.start is None and not depart.exits:
        # "drives across to the right", "heads off left"
        other = depart.end or (bare_side_ends and _side_gone_toward(depart)) or None
    else:
        return False
    return other is not None and other[0] is not None and (arrive.start[0] - 0.5) * (other[0] - 0.5) < 0


def _side_gone_toward(depart: Motion) -> tuple | None:
    """The side a bare way names as where the move ends ("exits left", "heads off right"), None for any other way."""
    return region_point(depart.direction) if depart.direction in ("left", "right") else None


def _crossing_end(depart: Motion, bare_side_ends: bool = True) -> tuple | None:
    """Where a crossing ends: the departure's end, the side it leaves by, or the side its bare way names."""
    return depart.end or depart.start or (_side_gone_toward(depart) if bare_side_ends else None)


def _timed_apart(depart: Motion) -> bool:
    """A move said at a moment of its own ("halfway through, it runs left"), not one only finished by the clip's end."""
    return depart.at_fraction is not None and not (depart.done_by and depart.at_fraction >= 0.75)
