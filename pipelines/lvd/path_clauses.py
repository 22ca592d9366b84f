"""The clause reader's path clauses: where a move starts, its legs, the sides of a reference, and a place said of a
subject before its verb kept off the path its move says.

Kept apart from ``clause_reader`` (the subject / verb / modifier state) because these methods only
decide which leg of an already-read path a place or a side belongs to.
"""

from __future__ import annotations

from typing import Any

from .motions import Motion
from .vocabulary import STILL_KINDS


class PathClauses:
    """Mixed into ``ClauseReader``, whose state and helpers (``clear_phrase``, ``_modify``, ``verb``) these use."""

    entities: list[Any]
    subjects: list[int]
    current: list[Motion]
    pending: list[tuple[str, object]]
    step: int
    sequence_pending: bool
    transitive: Any
    relation: str | None
    top_down: bool
    last_mention: tuple[int, int] | None
    placed_moves: list[tuple[Motion, tuple[str, int]]]

    def open_side(self) -> int | None:
        """The reference of a move whose start side was said and whose end side was not yet."""
        if self.current:
            if all(m.side_start and not m.side_end and m.target is not None for m in self.current):
                return self.current[0].target
            return None
        for key, value in reversed(self.pending):
            if key == "relation" and str(value[0]).startswith("side_start"):  # type: ignore[index]
                return value[1]  # type: ignore[index]
        return None

    def vertical_start(self, side: str, opens_clause: bool) -> None:
        """"flies from above a car to its right": the move starts over (or under) the car; "From above a cat walks ...",
        said where a clause opens and before any subject, is where the camera looks from."""
        if side == "above" and opens_clause and not self.subjects:
            self.top_down = True
            return
        self.clear_phrase()
        self.relation = f"side_start:{side}"

    def resume_path(self) -> None:
        """A corner listed after the subject's move already has a goal: the next leg of that move."""
        latest = [self.entities[s].motions[-1] for s in self.subjects if s >= 0 and self.entities[s].motions]
        if not latest or len(latest) != len(self.subjects):
            return
        if self.current and not all(m.kind == "rest" for m in self.current):
            return
        if not self.current and all(m.end is not None and m.kind not in STILL_KINDS for m in latest):
            self.current, self.sequence_pending = latest, True
        elif all(m.kind == "rest" and m.start is None and m.end is None and m.verb for m in latest):
            for motion in latest:  # "makes three stops: the lower left, ...": the listed places are where it goes
                motion.kind = "move"
            self.current = latest

    def side_said_before(self) -> bool:
        """The subjects' latest move has a start side and no end side yet (said in an earlier clause)."""
        latest = [self.entities[s].motions[-1] for s in self.subjects if s >= 0 and self.entities[s].motions]
        return bool(latest) and all(m.side_start and not m.side_end for m in latest)

    def moved_before(self) -> bool:
        """The subjects have already been said to travel, so a place said of them now can be where that ends."""
        latest = [self.entities[s].motions[-1] for s in self.subjects if s >= 0 and self.entities[s].motions]
        return bool(latest) and len(latest) == len(self.subjects) and all(m.kind not in STILL_KINDS for m in latest)

    def time_for_next_leg(self, after_timed_step: bool = False) -> None:
        """"By the midpoint it has rolled up to A, and by the end ... to B": a time said after a leg that already has
        its goal and its own time belongs to the clause that follows, not to that leg; so does one joined by "and"
        straight after a timed step ("is in the lower left halfway through and at the end is in ..."), as after a comma."""
        if after_timed_step:
            self.end_clause(hard=False)  # type: ignore[attr-defined]
        if self.current and all(m.at_fraction is not None and m.end is not None
                                and m.kind not in STILL_KINDS for m in self.current):
            self.current = []

    def late_time_said(self) -> bool:
        """A late time ("at the end", "by the close") said in this clause, so a side said now is where the move ends."""
        times = [v for k, v in self.pending if k == "time"] + [m.at_fraction for m in self.current if m.at_fraction is not None]
        return any(t >= 0.6 for t in times)  # type: ignore[operator]

    def resume_sides(self) -> None:
        """The end side said in a later sentence belongs to the move whose start side was said before."""
        movers = [s for s in self.subjects if s >= 0 and self.entities[s].motions]
        latest = [self.entities[s].motions[-1] for s in movers]
        if latest and not self.current and all(m.side_start and not m.side_end for m in latest):
            self.current = latest

    def start_whole_path(self, point: tuple[float | None, float | None], restated: bool = False) -> bool:
        """A start said after several legs ("..., having started in the lower left") is the first leg's; so is a start
        ``restated`` in the past after a move that said only where it goes ("A cat walks right. It started on the left.")."""
        legs = [[m for m in self.entities[s].motions if m.kind not in STILL_KINDS] for s in self.subjects if s >= 0]
        if not legs or not all(own and own[0].start is None and (len({m.step for m in own}) > 1 or (
                restated and not self.current and not self.sequence_pending and (own[0].end is not None or own[0].direction)))
                for own in legs):
            return False
        self.clear_phrase()
        if restated:  # "At first it was on the right.", "... on the left at the start": the early time is that start's
            self.pending = [p for p in self.pending if p[0] != "time"]
            self.current = [own[0] for own in legs]
        for own in legs:
            own[0].start = point
            for later in own[1:]:
                if later.start == point:
                    later.start = None
        return True

    def later_place(self, timed: bool = False) -> None:
        """A place after a move that already has its end starts a new description, not that move's start; so does
        one after "then"/"next" when the object was already placed ("seen first in A, next in B"), and a ``timed`` one
        of a thing already placed ("starts in A and is in B by the midpoint")."""
        if self.current and all((m.end is not None or (m.start is not None and not m.direction)) and m.kind not in STILL_KINDS
                                for m in self.current):
            self.current = []  # "rolls from the lower left, is in the lower right halfway through": set off, now further on
        elif (self.sequence_pending or timed) and self.current and all(
                m.kind in STILL_KINDS and m.start is not None and m.end is None for m in self.current):
            self.current = []
        elif timed and not self.current and any(k == "from_region" for k, _ in self.pending):
            self.end_clause(hard=False)  # type: ignore[attr-defined]  # "starts in A and is in B by ...": A is said, as at a comma

    def next_leg_from(self) -> None:
        """"drives from A to B, and from B to C": a start said after a leg that has its start and its end opens the next leg."""
        if not self.current or not all(m.kind not in STILL_KINDS and m.start is not None
                                       and m.end is not None for m in self.current):
            return
        self.step = max(m.step for e in self.entities for m in e.motions) + 1
        legs = []
        for entity in self.entities:
            for said in [m for m in entity.motions if any(m is c for c in self.current)]:
                leg = Motion(kind=said.kind, verb=said.verb, step=self.step)
                entity.motions.append(leg)
                legs.append(leg)
        self.current = legs

    def _listed_path(self, subject: int) -> bool:
        """"First the lower right, then the upper right, then the top left: that is the path of a deer":
        goals listed before their object, with no verb, are one leg each; so are a route's stops after one start
        ("a ball: from the lower left to the lower right and then to the upper right")."""
        goals = [v for k, v in self.pending if k == "to_region"]
        keys = [k for k, _ in self.pending if k in ("from_region", "to_region", "at_region", "dir")]
        start = None
        if keys[:1] == ["from_region"] and "from_region" not in keys[1:]:
            start = next(v for k, v in self.pending if k == "from_region")
            keys = keys[1:]
        if len(goals) < 2 or any(k in ("from_region", "at_region", "dir") for k in keys):
            return False
        for goal in goals:
            leg = Motion(kind="move", step=self.step, end=goal)  # type: ignore[arg-type]
            leg.start, start = start, None
            self.entities[subject].motions.append(leg)
            self.step += 1
        self.step -= 1
        self.current = []
        return True

    def _start_of_bare_move(self, subject: int) -> bool:
        """"A bird flies. At first it is on the left, ...": a place said for the start, of a thing said only to move
        (no place, way or side yet), is where that move starts, not a stop after it."""
        keys = [k for k, _ in self.pending]
        times = [v for k, v in self.pending if k == "time"]
        motions = self.entities[subject].motions
        places = [k for k in keys if k in ("from_region", "at_region", "to_region")]
        early = bool(times) and times[-1] <= 0.1  # type: ignore[operator]
        said_first = places == ["from_region"] or (places == ["at_region"] and early)
        if not said_first or len(motions) != 1:
            return False
        move = motions[0]
        if move.kind in STILL_KINDS or move.start or move.end or move.direction or move.relation or move.side_start \
                or move.enters_from or move.circle or move.exits or move.at_fraction is not None:
            return False
        move.start = next(v for k, v in reversed(self.pending) if k in ("at_region", "from_region"))  # type: ignore[assignment]
        self.pending = [p for p in self.pending if p[0] == "verb"]
        self.current = []
        return True

    def _pass_said_again(self, subject: int) -> bool:
        """"A car drives from the right of the bird to its left. Straight past it.": a going past or by a thing, said
        with no verb of its own (at most a speed, a late time or the "right" of "right past it") of a thing whose last
        move already crosses from one side of that thing to the other or passes it, is that move said again, never a
        stop beyond it."""
        relations = [value for key, value in self.pending if key == "relation" and isinstance(value, tuple)]
        if len(relations) != 1 or relations[0][0] not in ("past", "by") or not self.entities[subject].motions \
                or not all(_said_with_a_pass(key, value) for key, value in self.pending):
            return False
        move, passed = self.entities[subject].motions[-1], relations[0][1]
        crosses = move.side_start is not None and move.side_end is not None and move.side_start != move.side_end
        if move.kind in STILL_KINDS or not (crosses or (move.relation in ("past", "by") and move.target == passed)) \
                or (move.target is not None and move.target != passed):
            return False
        for key, value in self.pending:
            if key == "speed" and isinstance(value, float):
                move.speed = value
        self.pending = [p for p in self.pending if p[0] == "verb"]
        self.current = []
        return True

    def _later_place(self, subject: int) -> bool:
        """"..., in the bottom right in the middle, and in the top right at the end": a place said for a
        later time, of something already placed or moving, is the next step of its path."""
        keys = [k for k, _ in self.pending]
        times = [v for k, v in self.pending if k == "time"]
        motions = self.entities[subject].motions
        if not motions or "to_region" in keys or not ({"at_region", "from_region"} & set(keys)) or (times and times[-1] < 0.3):  # type: ignore[operator]
            return False
        said_step, self.step = self.step, max(m.step for e in self.entities for m in e.motions) + 1
        motion = Motion(kind="move", step=self.step)
        self._apply_pending(motion)
        said = motion.at_fraction
        motion.start, motion.end, motion.at_fraction = None, motion.start, None
        if said is not None and 0.3 <= said <= 0.7:  # "is in the lower left by the midpoint": there by then, not leaving then
            motion.at_fraction, motion.done_by = said, True
        goal = next((m for m in motions if m.end == motion.end and m.kind not in STILL_KINDS), None)
        if goal is not None and motion.at_fraction is not None and goal is not motions[-1] and goal.at_fraction is None:
            # "... to the upper right and then to the upper left, being at the upper right at the midpoint": a leg's
            # goal said again with a time is when that leg ends, not a trip back to it
            goal.at_fraction, goal.done_by = motion.at_fraction, True
            self.step, self.current = said_step, []
            return True
        motions.append(motion)
        self.current = []  # the next place said is another step, not a change to this one
        return True

    def finish(self, point: tuple[float | None, float | None], after_timed_step: bool = False) -> None:
        """"... and ends in the upper right": the end of the current move, or a new step after it; after a timed step
        joined by "and" ("is in the lower right halfway through and ends ...") that step is closed first, as a comma would."""
        if after_timed_step:
            self.end_clause(hard=False)  # type: ignore[attr-defined]
        self.clear_phrase()
        self.transitive = None
        if not self.current:
            if not self.entities:
                self.pending.append(("to_region", point))
                return
            self.verb("ends", "move")
        elif any(m.end is not None for m in self.current):
            self.sequence_pending = True
        self._modify("to_region", point)

    def side_of_subject(self, reference: int) -> None:
        """A side of the clause's own subject names a reference: the mover is the latest other object named."""
        others = [i for i in range(len(self.entities) - 1, -1, -1) if i != reference]
        if others:
            self.subjects = [others[0]]

    def reference_other(self) -> int | None:
        """What "its" points at in a side phrase: the latest object named that is not the mover."""
        if self.last_mention is not None and self.last_mention[0] not in self.subjects:
            return self.last_mention[0]
        others = [i for i in range(len(self.entities) - 1, -1, -1) if i not in self.subjects]
        return others[0] if others else None

    def keep_places_off_paths(self) -> None:
        """"The ball on the table rolls to the right": a place said between the subject and its verb is where it
        is; a move that says its own way goes that way instead of onto (or under) that place."""
        for motion, (relation, target) in self.placed_moves:
            if (motion.relation, motion.target) == (relation, target) and (
                    motion.direction or motion.end or motion.exits or motion.enters_from or motion.circle):
                motion.relation = motion.target = None
                owner = next((e for e in self.entities if e.motions and e.motions[0] is motion), None)
                if relation == "on" and owner is not None and motion.kind in ("move", "run", "jump"):
                    # "a cat on top of a box walks to the left": it starts on the box, then goes its way
                    owner.motions.insert(0,
                                         Motion(kind="rest", verb="", relation="on", target=target, step=motion.step))
        self.placed_moves = []


def _said_with_a_pass(key: str, value: object) -> bool:
    """What a verbless "past it" may carry and still say a move again: the pass, a speed, a late time ("Well past it by
    the end"), or "right" said as "right past it" (an intensifier; a direction there would be "to the right")."""
    if key == "time":
        return isinstance(value, float) and value >= 0.6
    return key in ("relation", "speed") or (key, value) == ("dir", "right")
