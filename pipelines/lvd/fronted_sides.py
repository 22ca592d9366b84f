"""The clause reader's fronted sides: a side said before the thing it places, "To the left of the tree, a dog sits".

Kept apart from ``clause_reader`` (the subject / verb / modifier state) because these methods only decide what a side
said first becomes once its subject and verb are read: the place the thing rests at, or the start of a move whose way
leads off from it ("To the left of the cat, a dog runs to the right"), never its end. While no subject has come, the
sentence waits for one (``awaiting_subject``): the thing the side is said of is no subject.
"""

from __future__ import annotations

from typing import Any

from .motions import Motion, set_modifier
from .vocabulary import STILL_KINDS


class FrontedSides:
    """Mixed into ``ClauseReader``, whose state and helper (``_apply_pending``) these use."""

    entities: list[Any]
    pending: list[tuple[str, object]]
    sentence_unnamed: bool
    side_fronted: bool
    side_subject_named: bool
    sided_moves: list[Motion]
    step: int

    def _apply_pending_after_side(self, subject: int, motion: Motion) -> None:
        """``_apply_pending``, where one side fronted before the subject just named ("To the left of the tree, a dog
        sits") is read as a place of that subject, as its verb or its lack of one says."""
        one_side = self.side_subject_named and self._one_side_pending()
        self._apply_pending(motion)
        if one_side:
            self._side_said_before_is_a_place(subject, motion)

    def _own_sides_are_anothers(self, subjects: list[int], kind: str) -> None:
        """"Car. Mood: calm. Movement: from the left of the ball to the right of the ball, while the ball stays
        still.": a way fronted from one side of a thing to another is never the move of that thing when it is told to
        stay put; it is the move of the thing named just before it, and the thing stays where it is."""
        sides = [(key, value) for key, value in self.pending
                 if key == "relation" and str(value[0]).startswith("side_")]  # type: ignore[index]
        if len(subjects) != 1 or subjects[0] <= 0 or kind not in STILL_KINDS or len(sides) < 2 \
                or any(value[1] != subjects[0] for _, value in sides):  # type: ignore[index]
            return
        motion = Motion(kind="move", step=self.step)
        for key, value in sides:
            set_modifier(motion, key, value)
        self.entities[subjects[0] - 1].motions.append(motion)
        self.pending = [said for said in self.pending if said not in sides]

    @property
    def awaiting_subject(self) -> bool:
        """The sentence has named no subject yet: nothing, or only the thing a side opening it is said of ("A bench.
        On the left of the bench, a man ...": the bench and the man are no list, and the side waits for the man)."""
        return self.sentence_unnamed or self.side_fronted

    def _one_side_pending(self) -> bool:
        """Whether one side alone waits ("To the left of the tree, a dog sits"); a second ("To the left of a pony at
        first, a car ends up to its right") makes the two the start and end of a move."""
        return sum(key == "side" or key == "relation" and str(value[0]).startswith("side_")  # type: ignore[index]
                   for key, value in self.pending) == 1

    def _side_said_before_is_a_place(self, subject: int, motion: Motion) -> None:
        """A side said before a thing's verb of resting, or with no verb, "To the left of the tree, a dog sits.", is
        where the thing is, not where a move of it ends (unless it moved before: then it is where it comes to). Before
        a move it waits for the way the move says (see ``_side_before_a_way``)."""
        if not motion.side_end or motion.side_start or subject < 0:
            return
        if motion.kind not in STILL_KINDS:
            self.sided_moves.append(motion)
            return
        if any(m.kind not in STILL_KINDS for m in self.entities[subject].motions):
            return
        motion.side_start, motion.side_end = motion.side_end, None

    def _side_before_a_way(self) -> None:
        """"To the left of the cat, a dog runs to the right.": a side said before a move whose way leads off from that
        side is where the move starts, never its end."""
        for motion in self.sided_moves:
            if motion.side_end not in ("left", "right") or motion.side_start:
                continue
            away = "right" if motion.side_end == "left" else "left"
            goal_x = motion.end[0] if motion.end else None
            toward_away_side = goal_x is not None and abs(goal_x - 0.5) > 0.1 and (goal_x > 0.5) == (away == "right")
            if motion.direction == away or toward_away_side:  # "runs to the right": off to the frame's right
                motion.side_start, motion.side_end = motion.side_end, None
        self.sided_moves = []
