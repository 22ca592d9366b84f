"""A move told again in other words after it is told, dropped before reading: the move is drawn once.

One who explains a clip to a child, or sums up a slide, tells a move and then says it again the plain way: where the
thing was at the start and where at the end ("A ball goes from the right to the left. On the right at the start, on
the left at the end.", "... At the start it is on the right, and at the end it is on the left."), or that it went
past the thing it crossed ("A car moves from the left of the ball to the right of the ball. Ball doesn't budge, car
goes past it."). Read as written, the ends said again are places the thing rests at, and the passing a second move
past the still thing, or the still thing's own; both are the move told, and go. Only a restatement that agrees with a
move told before it goes: the same two places in the same order, or a passing by the thing that moved from one side of
the thing passed to the other; ends that differ from the move told, or a passing with no crossing before it, stay.
"""

from __future__ import annotations

import re

# a place a move's ends are told by: a side or a corner of the frame
_PLACE = r"(?:(?:lower|upper|top|bottom) )?(?:left|right)(?: corner)?|top|bottom"
_AT_PLACE = r"(?:on|in|at) the (?P<{0}>" + _PLACE + r")(?: side| edge)?(?: of the (?:frame|screen|picture))?"
_START = r"(?:at the (?:very )?(?:start|beginning|outset)|at first)"
_END = r"(?:(?:at|by) the (?:very )?(?:end|finish|close)|at last)"
_WHO = r"(?:(?:it|he|she|they|the [a-z]+|[a-z]+) (?:is|was|are|were|starts|started|begins|began|sits|sat) )"
_WHO_AFTER = r"(?:(?:it|he|she|they|the [a-z]+) (?:is|was|are|were|ends|ended) |ends (?:up )?|and ends (?:up )?)"
_JOIN = r"[,;]? (?:and |then |and then |but |while )?"
# "on the right at the start, on the left at the end", "at the start it is on the right, and at the end it is on the
# left": a sentence of the two ends, each at its moment
ENDS_RESTATED_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:"
    + _WHO + r"?" + _AT_PLACE.format("first") + " " + _START + _JOIN + _WHO_AFTER + r"?" + _AT_PLACE.format("last")
    + " " + _END
    + r"|" + _START + r",? " + _WHO + r"?" + _AT_PLACE.format("first2") + _JOIN + _END + r",? " + _WHO_AFTER + r"?"
    + _AT_PLACE.format("last2")
    + r")\s*[.!?]+\s*")
# ", car goes past it.", ". The car passes it.": a thing going past the thing named after it, closing its sentence
PASSING_RE = re.compile(r"(?P<lead>,(?: and| then)?|(?<=[.!?])) (?:the |a )?(?P<mover>[a-z]+) (?:(?:[a-z]+ )?(?:past|by)"
                        r"|passes) (?:it|him|her|them|the [a-z]+)(?P<close>\s*[.!?]+)?(?=\s|;|$)")
_CROSSING = r"\b{0}\b[^.!?]*? from the (?:left|right) of (?:the [a-z]+|it|him|her|them) to the (?:left|right) of "


def might_restate_a_move(text: str) -> bool:
    """Whether ``text`` (lower case) may tell a move again: its ends at both moments, or a passing."""
    return (" past " in text or " by " in text or "passes " in text) and " of " in text or (
        "the end" in text and ("the start" in text or "the beginning" in text or "at first" in text
                               or "the outset" in text))


def _same_ends(match: re.Match) -> str:
    """The ends said again go where the move told before goes from the first to the last."""
    first = match["first"] or match["first2"]
    last = match["last"] or match["last2"]
    told = match.string[:match.start()]
    crossing = re.search(r"\bfrom the " + first + r"\b[^.!?]*? to the " + last + r"\b", told)
    return "" if crossing else match.group(0)


def _same_passing(match: re.Match) -> str:
    """A passing goes where the same thing moved from one side of another to the other before it."""
    told = match.string[:match.start()]
    if not re.search(_CROSSING.format(re.escape(match["mover"])), told):
        return match.group(0)
    return (match["close"] or "") if match["lead"].startswith(",") else ""


def restated_moves_dropped(text: str) -> str:
    """``text`` (lower case) without the sentences and clauses that tell a move told before it again."""
    if "the end" in text:
        text = ENDS_RESTATED_RE.sub(_same_ends, text)
    if " past " in text or " by " in text or "passes " in text:
        text = PASSING_RE.sub(_same_passing, text)
    return text
