"""Moves one reading said twice, merged after the pass.

Prose often says a move once vaguely and again with its places ("a pig moves past a cat; it starts on
the cat's right and finishes on its left"), or names a sighting and then the flight it saw. The token
pass records each as its own motion, in order; these merges run on the finished reading, where both
halves are known, and make them the one move they describe.
"""

from __future__ import annotations

from .motions import Entity, Motion
from .vocabulary import TRAVEL_KINDS

PLAIN_APPEAR = frozenset(("appear", "appears", "appeared", "appearing"))
_PRESENCE_WORDS = (["present"], ["there"], ["here"], ["visible"], ["view"], ["frame"], ["shot"], ["picture"], ["scene"])
# The verb a place said for the end is read with ("at the end it is on the left": it ends on the left)
_ENDING_VERBS = frozenset(("ends", "finishes"))
# verbs of arriving, whose side is where the move before them ends ("flies across and reaches the left side"): the
# route rewrites say "arrives at" as "reaches" and "reaches the left side" as "gets to the left side" (a verb the
# reader knows), so this merge meets "get"/"got" for sides and "reach"/"arriv" for other places
_REACHING = ("reach", "arriv", "get", "got")


def _side_of(end: tuple | None) -> str | None:
    """The side of the frame an end place is on (left of the centre line or right of it), None when it names none."""
    if end is None or end[0] is None or end[0] == 0.5:
        return None
    return "left" if end[0] < 0.5 else "right"


def merge_elaborations(entities: list[Entity]) -> None:
    """"A pig moves past a cat; it starts on the cat's right and finishes on its left": a move that said
    only what it passes, followed in the same step by one that says where, is that one move."""
    for entity in entities:
        motions = entity.motions
        for i in range(len(motions) - 1):
            seen, then = motions[i], motions[i + 1]
            if seen.kind == "rest" and seen.verb.split()[-1:] in (["seen"], ["shown"], ["spotted"]) \
                    and then.kind in TRAVEL_KINDS \
                    and then.step == seen.step and not (seen.start or seen.end or seen.direction or seen.relation or seen.window
                                                        or seen.at_fraction is not None or seen.exits or seen.enters_from):
                del motions[i]  # "a bird is seen flying from ...": the sighting is of that flight, not a wait before it
                break
        if len(motions) > 1 and motions[0].kind == "appear" and motions[0].start is not None and motions[1].kind in TRAVEL_KINDS \
                and motions[1].start in (None, motions[0].start) \
                and motions[0].at_fraction is None and motions[0].window is None \
                and not (motions[0].enters_from or motions[0].end or motions[1].direction or motions[1].relation):
            # "shows up in the lower right, moves on to ...": with no time said, where it shows up is where the path starts
            # ("enters at the left edge ... moves from the left side to the right": the same place said twice)
            shown = motions.pop(0)
            motions[0].start = shown.start
        for i in range(len(motions) - 1):
            vague, said = motions[i], motions[i + 1]
            # "passing the dog, from the dog's left to ...": a verbless pair of sides is where the pass goes
            if (vague.kind == said.kind == "move" or (vague.kind in TRAVEL_KINDS and said.kind in TRAVEL_KINDS and (
                    not said.verb or said.done_by))) \
                    and vague.step == said.step \
                    and (vague.relation is not None or (not said.verb and said.side_start and said.side_end)) \
                    and not (vague.start or vague.end or vague.direction or vague.side_start or vague.side_end) \
                    and (said.side_start or said.side_end or said.start or said.end):
                if said.target is None:
                    said.relation, said.target = vague.relation, vague.target
                if not said.verb and said.at_fraction is not None and vague.at_fraction is None:
                    said.done_by = True  # "...; by the end it is on the dog's left": there by then, passing before
                said.verb = said.verb or vague.verb
                del motions[i]
                break
        for i in range(1, len(motions)):
            if motions[i].kind in TRAVEL_KINDS and _says_only_its_verb(motions[i]) and crossed_between_sides(motions[i - 1]) \
                    and motions[i].step > motions[i - 1].step:
                del motions[i]  # "started on the right, ended on the left. crossed the whole frame": that crossing again
                break
        for i in range(len(motions) - 1):
            bare, said = motions[i], motions[i + 1]
            if bare.kind in TRAVEL_KINDS and said.kind in TRAVEL_KINDS and bare.step == said.step and _says_only_its_verb(bare) \
                    and (said.start or said.end or said.side_start or said.side_end or said.direction):
                del motions[i]  # "a dog walks and passes the bird from its left to its right": the walk is that pass
                break
        for i in range(len(motions) - 1):
            setting_off, goal = motions[i], motions[i + 1]
            if setting_off.kind in TRAVEL_KINDS and goal.kind in TRAVEL_KINDS and setting_off.step == goal.step \
                    and setting_off.start is not None and goal.start is None and goal.end is not None \
                    and setting_off.at_fraction is None and not (setting_off.end or setting_off.direction or setting_off.relation
                                                                or setting_off.side_start or setting_off.side_end
                                                                or goal.relation):
                # "rolls from the lower left, reaches the lower right halfway through": one leg from the one to the other
                goal.kind, goal.start = setting_off.kind, setting_off.start
                del motions[i]
                break
        for before, landing in zip(motions, motions[1:]):
            if landing.kind == "land" and landing.start is not None and landing.end is None and before.kind in TRAVEL_KINDS \
                    and before.end is not None and landing.start != before.end:
                # "flies to the upper left before it lands in the upper right": where it lands is the next stop
                landing.kind, landing.start, landing.end = "move", None, landing.start
            elif landing.kind == "land" and landing.start is not None and landing.end is None and before.kind in TRAVEL_KINDS \
                    and before.start is not None and before.end is None and before.step == landing.step \
                    and landing.start != before.start and not (before.direction or before.relation or before.exits):
                # "flies from the left side and lands on the right side": where it lands is where the flight goes
                before.end, landing.start = landing.start, None
        placed = [m for m in motions[1:] if m.kind == "move" and (not m.verb or (m is motions[-1] and m.verb in _ENDING_VERBS))
                  and m.end is not None and m.start is None and not (m.relation or m.side_start or m.side_end or m.direction)]
        if len(motions) >= 3 and len(placed) == len(motions) - 1 and motions[0].kind == "move" and motions[0].target is not None \
                and not (motions[0].start or motions[0].end or motions[0].side_start
                         or motions[0].side_end or motions[0].direction):
            # "a pony goes by a cat; first it is on the left, at the end it is on the right" (the last place read as where it
            # ends): where the pass begins and ends
            motions[0].start, motions[0].end = placed[0].end, placed[-1].end
            del motions[1:]
        for i in range(len(motions) - 1):
            placed, then = motions[i], motions[i + 1]
            if placed.kind == "move" and not placed.verb and placed.side_end is not None and placed.side_start is None \
                    and then.kind in TRAVEL_KINDS and then.side_start is None and then.side_end not in (None, placed.side_end) \
                    and then.target in (None, placed.target):
                # "a bird, on the cat's left, flies over to the cat's right": where it is first is where the flight starts
                then.side_start = placed.side_end
                del motions[i]
                break
        if len(motions) > 1 and motions[0].kind == "rest" and motions[0].verb.split()[-1:] in _PRESENCE_WORDS \
                and _says_only_its_verb(motions[0]) and motions[1].relation == "past" and motions[1].start is None:
            # "a cat and a dog are present; the cat walks past the dog": there because it passes, from its far side
            del motions[0]
        for i in range(len(motions) - 1):
            way, passing = motions[i], motions[i + 1]
            if way.kind in TRAVEL_KINDS and _sideways(way) \
                    and passing.kind in TRAVEL_KINDS and passing.relation == "past" \
                    and way.relation is None and way.start is None \
                    and not (passing.start or passing.end or passing.direction or passing.side_start or passing.side_end) \
                    and way.window is None and passing.window is None and way.at_fraction is None and passing.at_fraction is None:
                # "rolls to the right; it passes a box", "rolls left, passing a chair", "races left and runs past it": the pass
                # is that way, not a second move
                way.relation, way.target = passing.relation, passing.target
                del motions[i + 1]
                break
        for i in range(len(motions) - 1):
            passing, way = motions[i], motions[i + 1]
            if passing.relation == "past" and passing.kind in TRAVEL_KINDS \
                    and way.kind in TRAVEL_KINDS and way.verb and _sideways(way) \
                    and not (passing.start or passing.end or passing.direction or passing.side_start or passing.side_end) \
                    and not (way.relation or way.start) and way.window is None and way.at_fraction is None \
                    and passing.window is None and passing.at_fraction is None:
                passing.direction, passing.end = way.direction, way.end  # "drives by a house; it is heading left": that way
                del motions[i + 1]
                break
        for i in range(len(motions) - 1):
            crossing, reached = motions[i], motions[i + 1]
            reached_way = reached.direction or _side_of(reached.end)
            # "drives across and exits on the left side": a way out by a side ends the crossing at that side, in view as
            # a crossing entered by one side and left by the other is (`frame_entrances`), and a start said on the
            # other side is the same crossing's ("from the right side, ... drives across")
            exits_by_a_side = reached.exits and reached.kind in TRAVEL_KINDS and _side_of(crossing.start) != reached_way
            if crossing.kind in TRAVEL_KINDS and (reached.verb.startswith(_REACHING) or exits_by_a_side) \
                    and reached.step == crossing.step \
                    and crossing.direction in ("left", "right") and reached_way in ("left", "right") \
                    and not ((crossing.start and not exits_by_a_side) or crossing.end or crossing.relation
                             or reached.start or reached.relation) \
                    and crossing.window is None and reached.window is None and crossing.at_fraction is None:
                # "flies across the clip and reaches the left side": the crossing goes to the side it reaches
                crossing.direction, crossing.end = reached_way, reached.end
                del motions[i + 1]
                break
        for i in range(len(motions) - 1):
            first, then = motions[i], motions[i + 1]
            if first.kind == then.kind == "move" and first.step == then.step and first.side_start is None \
                    and then.side_start is None and first.side_end is not None and then.side_end not in (None, first.side_end) \
                    and then.target in (None, first.target):
                # "going in on its left and coming out on its right": two places of one pass, said in order
                first.side_start, first.side_end, first.start, first.end = first.side_end, then.side_end, then.start, then.end
                del motions[i + 1]
                break


def _sideways(motion: Motion) -> bool:
    """A way to one side and no further place: "heading left", "to the right"."""
    return motion.direction in ("left", "right") or (motion.direction is None
                                                     and motion.end is not None and motion.end[1] is None)


def crossed_between_sides(motion: Motion) -> bool:
    """Whether ``motion`` goes from one side of the frame to the other."""
    start, end = motion.start, motion.end
    return bool(start and end and start[0] is not None and end[0] is not None and abs(start[0] - end[0]) >= 0.3)


def _says_only_its_verb(motion: Motion) -> bool:
    return not (motion.start or motion.end or motion.direction or motion.relation or motion.window
                or motion.at_fraction is not None
                or motion.exits or motion.enters_from or motion.side_start or motion.side_end or motion.circle or motion.along)


def circles_as_arcs(entities: list[Entity]) -> None:
    """"Circles from the right of a dog round to its left": a circling verb with a start and an end on
    different sides goes from one to the other (an arc), not round and back to where it began."""
    for entity in entities:
        for motion in entity.motions:
            if motion.kind != "circle" or motion.circle:
                continue
            sides = motion.side_start is not None and motion.side_end is not None and motion.side_start != motion.side_end
            ends = motion.start is not None and motion.end is not None and motion.start != motion.end
            if sides or ends:
                motion.kind = "move"


def shown_not_arriving(entities: list[Entity]) -> None:
    """"A clip in which two pigs appear": with no time, window or other move, "appear" says what the clip
    shows, not that they arrive late."""
    for entity in entities:
        if len(entity.motions) == 1:
            motion = entity.motions[0]
            if motion.verb in PLAIN_APPEAR and motion.window is None and motion.at_fraction is None \
                    and motion.enters_from is None and motion.step == 0:
                motion.kind = "visible"
