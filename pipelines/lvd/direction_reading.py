"""How a direction or a relation word changes the moves of the clause being read.

The pass (``prompt_reading``) hands "left", "up", "across", "toward", "past", "by" and the like here: a direction
becomes the way of the clause's moves (or the camera's particle, "pans left"), unless it only restates a crossing the
moves have already told ("started on the right, ended on the left, crossed the whole frame"); a relation becomes the
reference the next noun is taken as, in one canonical word ("beside" and "next to" are "next"). Kept apart so the
words that say which way a move goes, and what it goes by, have one home.
"""

from __future__ import annotations

from .clause_reader import ClauseReader
from .motion_merges import crossed_between_sides
from .motions import Motion
from .prompt_tokens import DIRECTIONS
from .scene_words import SCENE_WORDS, SKY_NOUNS
from .vocabulary import TRAVEL_KINDS

_RELATION_CANON = {
    "toward": "toward", "towards": "toward", "away from": "away", "past": "past", "beyond": "past", "around": "around",
    "behind": "behind", "in front of": "front", "next to": "next", "beside": "next", "on top of": "on",
    "onto": "on", "atop": "on", "on": "on", "off": "off", "off of": "off", "from": "from", "to": "to", "near": "next",
    "over": "over", "under": "under", "by": "by", "into": "to", "after": "toward",
    "above": "over", "below": "under", "beneath": "under", "underneath": "under",  # "a ball sits below a bird"
}


def _crossed_over_legs(motions) -> bool:
    """Whether the first start and the last end said over ``motions`` lie on the frame's two sides."""
    starts = [m.start[0] for m in motions if m.start and m.start[0] is not None]
    ends = [m.end[0] for m in motions if m.end and m.end[0] is not None]
    return bool(starts and ends) and abs(starts[0] - ends[-1]) >= 0.3


def read_direction(reader: ClauseReader, value: str) -> None:
    if reader.relation == "away" and value in ("left", "right"):
        reader.relation = None  # "moves right, away from the left": away from a side is toward the other
        value = "right" if value == "left" else "left"
    if value == "across" and any(m.direction or m.end for m in reader.current):
        return  # "flies leftward across the sky": across says nothing about which way
    if value == "across" and any(crossed_between_sides(m) for s in reader.subjects if s >= 0
                                 for m in reader.entities[s].motions if m not in reader.current):
        return  # "started on the right, ended on the left. crossed the whole frame": that crossing, told again
    if value == "across" and any(_crossed_over_legs([m for m in reader.entities[s].motions if m not in reader.current])
                                 for s in reader.subjects if s >= 0):
        return  # "in from the right, out on the left, straight across": the crossing its legs told, said again
    if -1 in reader.subjects and reader.current:
        if not any(m.particle for m in reader.current):  # "pans left across ...": the first word counts
            reader.modify("particle", DIRECTIONS[value])
        return
    reader.modify("dir", DIRECTIONS[value])


def _put_there(reader: ClauseReader) -> bool:
    """Whether the clause's moves are things put in place by another's verb ("puts the ball ..."), none yet put."""
    return bool(reader.current) and all(m.placed and m.relation is None for m in reader.current)


def put_inside(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """"A boy puts the ball in the box", "she places a cup inside the basket": the thing put goes in the container
    named next, which is drawn, never read as the scene's place."""
    if word not in ("in", "inside") or not _put_there(reader) or position + 1 >= len(matches) \
            or matches[position + 1].group(0) not in ("a", "an", "the", "his", "her", "its", "their", "my", "your"):
        return False
    noun = matches[position + 2].group(0) if position + 2 < len(matches) else ""
    if noun in SCENE_WORDS or noun in SKY_NOUNS or (position + 3 < len(matches) and matches[position + 3].group(0) == "of"):
        return False  # "puts a cup in the sun", "in the front of the car": a place, light or part, no container
    reader.relation = "in"
    reader.clear_phrase()
    return True


def place_the_target(reader: ClauseReader, point) -> bool:
    """"puts the ball in the box on the left", "falls onto a table on the left": a side said right after the thing put
    in or on, or fallen onto, places that thing (the one put or fallen comes to it), never the mover's start."""
    if reader.last_mention is None or reader.last_mention[1] != reader.position - 1 or -1 in reader.subjects \
            or not reader.current:
        return False
    target = reader.last_mention[0]
    if target in reader.subjects or not all(
            m.target == target and (m.placed and m.relation in ("in", "on") or m.kind == "fall" and m.relation == "to")
            for m in reader.current):
        return False
    motions = reader.entities[target].motions
    if motions:
        return False
    motions.append(Motion(kind="rest", verb="", start=point, step=reader.step))
    reader.clear_phrase()
    return True


def read_relation(reader: ClauseReader, value: str) -> None:
    canon = _RELATION_CANON.get(value)
    if value == "into" and _put_there(reader):
        canon = "in"  # "puts the ball into the box": in it, where it stays
    if value == "onto" and reader.current and all(m.kind == "fall" for m in reader.current) and not reader.top_down \
            and all(any(reader.entities[s].motions[0] is m for m in reader.current)
                    for s in reader.subjects if s >= 0 and reader.entities[s].motions):
        # "falls onto a girl": down to her, never from on her ("a cup on the table falls"); seen from the side, its
        # first move ("rolls off the table and falls onto a cushion" drops from where the roll left it)
        canon = "to"
    if value == "by" and -1 not in reader.subjects and any(
            m.kind in TRAVEL_KINDS and not m.direction for m in reader.current):
        canon = "past"  # "a dog runs by the kiosk": a move goes past what it is by
    if -1 in reader.subjects and value in ("away from",) and reader.current:
        reader.modify("particle", "out")
    elif -1 in reader.subjects and value in ("toward", "towards", "to", "on", "into") and reader.current:
        if not any(m.particle for m in reader.current):
            reader.modify("particle", "in")
    reader.relation = canon
    reader.clear_phrase()
