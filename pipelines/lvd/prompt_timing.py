"""After reading: turn visibility windows and sides relative to another object into plain moves.

The reader records what the words say ("visible only in the first half", "from the left of a dog
to its right"); this pass decides what that means for the simulation, in one place:

* A visibility window makes the object appear or disappear at the middle of the clip: shown only
  in the first half means it disappears, shown only in the second half means it appears.
* A lone appear/disappear (no other motion) happens at the middle of the clip, so both halves
  differ; a move in from a side said for the second half ("runs in from the left in the second half")
  comes in past that edge at the middle.
* A move relative to a reference object: the subject moves, the reference stays where it is
  (the centre of the frame unless the prompt placed it), and the subject's start and end are put
  on the named sides of it. A state with a single side ("sits to the left of a dog"), said before
  any move of its own and not for a late time, is no move: the subject stays on that side. A side over or under
  the reference ("flies from above a car to its right") is in its column and has no opposite side.
"""

from __future__ import annotations

from typing import Any

WINDOW_SWITCH = {"first": 0.45, "second": 0.55}  # fraction of the clip where the window ends / begins
SIDE_OFFSET = 0.3  # horizontal distance of the subject from the reference, in frame widths
CENTRE_X = 0.5
_STILL = ("rest", "visible", "appear", "disappear")
_VERTICAL = frozenset(("above", "below"))  # sides over and under a reference, at its x
_LOCATED = ("next", "by")  # "near", "beside", "by": a goal only when nothing else says where the move goes
_LASTING_WORDS = frozenset(("stays", "stay", "remains", "remain", "still"))  # a presence that goes on, not one that begins
_GONE_WORDS = frozenset(("longer", "gone", "absent", "missing", "not"))  # a disappearance said as a state


def resolve_timing(entities: list[Any], motion_cls: type) -> None:
    _shared_move_past_itself(entities)
    for index, entity in enumerate(entities):
        _stop_after_a_move(entity.motions)
        real = [m for m in entity.motions if m.kind not in _STILL]
        for motion in entity.motions:
            _apply_window(motion, named_before=_named_before_its_window(entity, motion))
            if motion.relation in _LOCATED and motion.kind not in _STILL and (motion.direction or motion.end):
                motion.relation, motion.target = None, None  # "goes leftward near a barn": where, not whither
            if motion.relation in ("over", "under") and motion.kind not in _STILL and (
                    motion.direction in ("left", "right") or (motion.end is not None and motion.end[0] not in (None, CENTRE_X))):
                motion.relation = "past"  # "flies to the right above a car": a pass over it, the way it was said
            if motion.enters_from == "left" and motion.direction == "left":
                motion.enters_from = "right"  # entering while heading left: from the right edge
            if motion.kind in ("appear", "disappear") and motion.at_fraction is None and not real and not motion.exits \
                    and motion.enters_from is None:
                motion.at_fraction = 0.5
            if motion.kind == "visible":
                motion.kind = "rest"
        for move, leave in zip(entity.motions, entity.motions[1:]):
            if move.window == "first" and move.kind not in _STILL and leave.kind == "disappear" \
                    and leave.at_fraction is None and leave.window is None:
                leave.at_fraction = WINDOW_SWITCH["first"]  # "drives for the first half, then leaves": gone as that half ends
        # "seen in the first half; in the second half it is not": one leave said twice is one leave
        said = [m for m in entity.motions if m.kind == "disappear" and not m.exits]
        for repeat in said[1:]:
            if repeat.at_fraction == said[0].at_fraction:
                entity.motions.remove(repeat)
        # an appearance decides when the object is first seen, so it goes before the moves it comes with
        entity.motions.sort(key=lambda m: 0 if m.kind == "appear" and m.at_fraction is not None and m.step == 0 else 1)
        for motion in list(entity.motions):
            if motion.side_start or motion.side_end:
                _resolve_sides(entities, index, motion, motion_cls)
        _listed_places_are_a_path(entity)
        _bare_moves_after_a_path(entity)
        _restated_goal(entity)
        _first_leg_is_the_start(entity)


def _shared_move_past_itself(entities: list[Any]) -> None:
    """"A sleeping dog and a cat creeping from the dog's right to its left": a move said of both things that goes by
    one of them is the other's; the one it goes by is where it passes, not a second mover."""
    for index, entity in enumerate(entities):
        for motion in list(entity.motions):
            if motion.target != index or not (motion.side_start or motion.side_end):
                continue
            if any(other is not entity and any(m.verb == motion.verb and m.step == motion.step and m.target == index
                                               and (m.side_start, m.side_end) == (motion.side_start, motion.side_end)
                                               for m in other.motions) for other in entities):
                entity.motions.remove(motion)


def _listed_places_are_a_path(entity: Any) -> None:
    """"An owl in the bottom right, then the top right, then the top left": with no verb, places listed
    one after another are where the object goes, each a step of one path."""
    if not entity.motions or any(m.kind != "rest" for m in entity.motions):
        return
    goals = [m for m in entity.motions if m.end is not None]
    if not goals:
        return
    for step, motion in enumerate(goals):
        motion.kind, motion.step = "move", step
    start = next((m.start for m in entity.motions if m.start is not None), None)
    if start is not None and goals[0].start is None:
        goals[0].start = start
    entity.motions[:] = goals


def _bare_moves_after_a_path(entity: Any) -> None:
    """"..., then up to the upper left, gradually slowing as it goes", "..., reaching the one by the midpoint and the
    other by the end": a later move that says no place, way, side or reference only tells how the path went; as a
    step of its own it would take a share of the clip and hurry the legs that were said."""
    legs = [m for m in entity.motions if m.kind not in _STILL and m.end is not None]
    if not legs:
        return
    entity.motions[:] = [m for m in entity.motions if m.step <= legs[-1].step or not _bare(m)]


def _restated_goal(entity: Any) -> None:
    """"... to the upper right and after that down to the lower right, arriving at the upper right at the midpoint":
    a last leg back to an earlier leg's goal, said with a time near the middle, is when that leg ends."""
    legs = [m for m in entity.motions if m.kind not in _STILL]
    if len(legs) < 3:
        return
    last = legs[-1]
    if last.at_fraction is None or not 0.3 <= last.at_fraction <= 0.7 or last.start is not None or last.end is None:
        return
    goal = next((m for m in legs[:-2] if m.end == last.end and m.at_fraction is None), None)
    if goal is not None:
        goal.at_fraction, goal.done_by = last.at_fraction, True
        entity.motions.remove(last)


def _bare(motion: Any) -> bool:
    return motion.kind in ("move", "run", "roll", "swim", "drive", "glide") and not (
        motion.start or motion.end or motion.direction or motion.relation or motion.side_start or motion.side_end
        or motion.exits or motion.enters_from or motion.circle or motion.depth or motion.window or motion.along)


def _first_leg_is_the_start(entity: Any) -> None:
    """"Goes lower left first, then lower right, then upper right": with no start said, a path of three
    or more legs begins where its first leg goes; a bare move said with that leg, in the same step ("moving ball
    rolls: lower left corner, ..."), is the same move said twice, not a leg before it."""
    legs = [m for m in entity.motions if m.kind not in _STILL]
    placed = {m.step for m in legs if not _bare(m)}
    legs = [m for m in legs if m.step not in placed or not _bare(m)]
    if len({m.step for m in legs}) < 3 or any(m.start is not None for m in entity.motions):
        return
    first = legs[0]
    if first.end is not None and first.direction is None and first.target is None:
        first.start = first.end


def _stop_after_a_move(motions: list[Any]) -> None:
    """"A ball rolls to the right. In the second half it stops.": a rest said for the second half after a move of no
    time of its own is where the move ends, done by the midpoint, never the thing first seen then (a half said with
    no verb of its own, "and then, during the closing half, up to the upper right", is the move's)."""
    for move, rest in zip(motions, motions[1:]):
        if rest.kind == "rest" and rest.verb and rest.window == "second" and rest.at_fraction is None \
                and move.kind not in _STILL \
                and move.window is None and move.at_fraction is None and not (move.exits or move.enters_from):
            move.at_fraction, move.done_by, rest.window = WINDOW_SWITCH["second"], True, None


def _named_before_its_window(entity: Any, motion: Any) -> bool:
    """Whether the thing was named before the half its move is said for: "a goat stays in shot for the second half"
    names the goat first (it was there already), "in the second half, a bird, which stays" names the half first."""
    return entity.named_at is None or motion.window_at is None or entity.named_at < motion.window_at


def _apply_window(motion: Any, named_before: bool = False) -> None:
    """The half a move is said for, made its time; a stay in view is there before that half only for a thing NAMED_BEFORE
    it ("In the second half, a bird, which stays in frame to the end" is first seen then)."""
    if motion.window is None:
        return
    if motion.kind == "visible" and motion.window == "second" and _LASTING_WORDS & set(motion.verb.split()) and named_before:
        motion.kind = "rest"  # "trots left and stays in shot for the final part": there then, and before it too
        return
    if motion.kind == "rest" and motion.placed:
        # "puts a teddy bear on a chair in the second half": the half says when it is put there, where it then stays
        if motion.window == "second":
            motion.kind, motion.at_fraction, motion.enters_from = "appear", WINDOW_SWITCH["second"], None
        motion.window = None
        return
    if motion.kind in ("appear", "visible", "rest"):  # "only in the first half can we see a ball": a rest too
        motion.kind = "disappear" if motion.window == "first" else "appear"
        motion.at_fraction = WINDOW_SWITCH[motion.window]
        if motion.kind == "appear":
            motion.enters_from = None  # "the second half brings a ball into view": seen from then on, where it is
    elif motion.enters_from is not None and motion.window == "second" and motion.start is not None:
        # "runs in from the left in the second half": first seen at the middle of the clip, coming in past the edge
        # it was said to come from (never standing inside the frame); frame_entrances gives an entrance told after an
        # absence ("no dog in the first half, then a dog runs in from the left") that absence's half before this runs
        motion.at_fraction = WINDOW_SWITCH["second"]
    elif motion.enters_from is not None and motion.window == "second":
        # "walks in during the second half": it is first seen at the middle of the clip
        motion.kind, motion.enters_from, motion.at_fraction = "appear", None, WINDOW_SWITCH["second"]
    elif motion.kind == "disappear" and _GONE_WORDS & set(motion.verb.split()):
        motion.at_fraction = WINDOW_SWITCH["first"]  # "after the midpoint it is no longer in the frame": gone from then
    elif motion.kind == "disappear":
        motion.at_fraction = WINDOW_SWITCH["first"] if motion.window == "first" else 0.75
    elif motion.kind not in _STILL and motion.at_fraction is None and not (motion.exits and motion.window == "first"):
        # "a dog runs right only in the second half": there all along, the run held to its half (a leave said for
        # the first half is timed by the leave itself)
        motion.at_fraction = WINDOW_SWITCH[motion.window]
        motion.done_by = motion.window == "first"


def _resolve_sides(entities: list[Any], index: int, motion: Any, motion_cls: type) -> None:
    target = motion.target
    if target is None or target == index:
        others = [i for i in range(len(entities)) if i != index]
        target = others[-1] if others else None
    motion.relation, motion.target = None, None
    if motion.kind in ("rest", "appear") and motion.placed and motion.side_end \
            and not motion.side_start and (motion.at_fraction is None or motion.kind == "appear"):
        # "places a vase to the left of the lamp": the side it is put on is where it stays, no goal it goes to
        motion.side_start, motion.side_end = motion.side_end, None
    stays = _stays_beside(entities[index], motion)
    if motion.kind in _STILL and not stays:
        if motion.kind == "rest" and motion.at_fraction is not None and motion.at_fraction >= 0.5:
            motion.done_by = True  # "... by the end it is to its right": there by then, not leaving then
            if not motion.side_end:  # "a cat is to the left of a dog at the end": the side it ends on
                motion.side_start, motion.side_end = None, motion.side_start
        motion.kind = "move"
    ref_x = CENTRE_X
    if target is not None:
        reference = entities[target]
        placed = [m for m in reference.motions if m.start is not None and m.start[0] is not None]
        if placed:
            ref_x = placed[0].start[0]
        elif not reference.motions:
            reference.motions.append(motion_cls(kind="rest", start=(CENTRE_X, None)))
        else:
            first = reference.motions[0]
            first.start = (CENTRE_X, first.start[1] if first.start else None)
    if stays:  # "a cat sits to the left of the dog": there, on that side, for as long as it is seen
        motion.start = (_beside(ref_x, motion.side_start), motion.start[1] if motion.start else None)
        motion.end, motion.direction, motion.target = None, None, target  # the target: placement keeps a group on its side
        return
    if _VERTICAL & {motion.side_start, motion.side_end}:
        start_side, end_side = motion.side_start, motion.side_end  # over or under a thing has no opposite side
        motion.target = target  # placement puts a flying thing's start over or under it
    else:
        start_side = motion.side_start or _opposite(motion.side_end)
        end_side = motion.side_end or _opposite(motion.side_start)
    if start_side is not None:
        motion.start = (_beside(ref_x, start_side), motion.start[1] if motion.start else None)
    if end_side is not None:
        motion.end = (_beside(ref_x, end_side), motion.end[1] if motion.end else None)
        motion.direction = None


def _stays_beside(entity: Any, motion: Any) -> bool:
    """A state ("sits", "is", "waits") with one side of a reference and no late time, before any move of its
    own: where the object is, not the start of a crossing; a second side, a late time or an earlier move
    ("walks in; then it is to the left of the dog") makes it where the object ends up."""
    if motion.kind not in _STILL or not motion.side_start or motion.side_end:
        return False
    if motion.kind == "rest" and motion.at_fraction is not None and motion.at_fraction >= 0.5:
        return False
    before = entity.motions[:entity.motions.index(motion)]
    return not any(m.kind not in _STILL for m in before)


def _opposite(side: str | None) -> str:
    return "right" if side == "left" else "left"


def _beside(ref_x: float, side: str) -> float:
    if side in _VERTICAL:
        return ref_x  # "from above a car": straight over it
    x = ref_x - SIDE_OFFSET if side == "left" else ref_x + SIDE_OFFSET
    return min(0.85, max(0.15, x))
