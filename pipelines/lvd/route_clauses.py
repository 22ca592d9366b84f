"""A route's place told in a clause of its own around its mover, put as the mover's start or end before the reading.

"The lower left corner is where a moving car must start", "... is where it was first seen", "the left side is where it
ends": the place is the subject of "is where", and the thing after it starts (ends) there. "While the rice steams: from
the lower right corner, a lively cat walks to ...": a start fronted after a colon or "that" is the next subject's, never
the clause's before it. "Enters at the right side, walks across and reaches the left side": reaching a side of the
frame is getting to it, the move's end, as "gets to the left side" is, never a way it heads in.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import VERB_KINDS

# the frame's heights, sides, corners and places as routes name them (route_phrasings reads routes with the same words)
HEIGHT = r"(?:top|upper|bottom|lower)"
SIDE = r"(?:left|right)"
_CORNER_NOUN = {"optional": "(?: corner)?", "required": " corner", "none": ""}


def corner_pattern(*, article: bool = True, noun: str = "optional", hyphen: bool = True) -> str:
    """A corner of the frame ("the upper-left corner") as a pattern, the one spelling every reader of corners builds
    on: ``article`` lets "the " come before it; ``noun`` says whether "corner" may ("optional") or must ("required")
    follow it, or is left to the caller ("none"); ``hyphen`` lets a hyphen join its height and side, not only a
    space."""
    return ("(?:the )?" if article else "") + HEIGHT + ("[ -]" if hyphen else " ") + SIDE + _CORNER_NOUN[noun]


CORNER = corner_pattern()
# a corner, or a side or its edge, of the frame
PLACE = rf"(?:the )?(?:{HEIGHT}[ -])?{SIDE}(?: corner| side| edge)?"
_THING = r"(?:a|an|the|one)(?: [a-z-]+){1,3}?"
_MODAL = r"(?:must|shall|will|should|is to|can|has to)"
# "The lower left corner is where a car must start", "... where it was first seen", "the left side is where it ends"
PLACE_IS_WHERE_RE = re.compile(rf"(?P<lead>^|[.!?;:,] )(?:the )?(?P<place>{HEIGHT}[ -]{SIDE} corner|{SIDE} side)"
                               rf"(?: of the frame)? (?:is|was) where (?P<thing>{_THING}|it|they) (?:{_MODAL} )?"
                               r"(?:(?P<start>starts?|started|begins?|began|(?:is|was) first seen|first appears|enters)"
                               r"|(?P<end>ends?|ended|stops?|stopped|finishes|finished))\b")
# "...: from A, a cat walks to B", "that from A a bird flies to B": the start fronted before the thing that leaves it
FRONTED_START_RE = re.compile(rf"(?P<lead>(?:^|[.!?:;] |\bthat,? ))from "
                              rf"(?P<start>{CORNER}|the {SIDE} side(?: of the frame)?),? "
                              rf"(?P<named>{_THING}) (?P<verb>(?:{_MODAL} )?[a-z]+)(?= (?:to|across|toward|towards)\b)")
# "reaches the left side": getting to it
REACHES_A_SIDE_RE = re.compile(rf"\breach(es|ed|ing)? (?=the {SIDE} (?:side|edge)\b)")
_GETTING_TO = {None: "get to ", "es": "gets to ", "ed": "got to ", "ing": "getting to "}


def _place_named_by_is_where(match: re.Match) -> str:
    thing = match["thing"]
    if thing not in ("it", "they") and noun_class(thing.rsplit(" ", 1)[-1]) is None:
        return match.group(0)
    verb = ("start" if match["start"] else "end") + ("" if thing == "they" else "s")
    return f"{match['lead']}{thing} {verb} at the {match['place']}"


def _fronted_start_after_its_thing(match: re.Match) -> str:
    named, verb = match["named"], match["verb"]
    if noun_class(named.rsplit(" ", 1)[-1]) is None or not VERB_KINDS.get(verb.rsplit(" ", 1)[-1]):
        return match.group(0)
    return f"{match['lead']}{named} {verb} from {match['start']}"


def places_told_in_clauses(text: str) -> str:
    """``text`` (lower case, its corners said plainly) with each place said around its mover told as that mover's
    start or end."""
    if " where " in text:
        text = PLACE_IS_WHERE_RE.sub(_place_named_by_is_where, text)
    if "from " in text:
        text = FRONTED_START_RE.sub(_fronted_start_after_its_thing, text)
    return text


def sides_reached_as_ends(text: str) -> str:
    """``text`` (lower case) with "reaches the left side" said as "gets to the left side"."""
    return REACHES_A_SIDE_RE.sub(lambda m: _GETTING_TO[m.group(1)], text) if "reach" in text else text
