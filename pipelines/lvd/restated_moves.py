"""A move told again in other words after it is told, dropped before reading: the move is drawn once.

One who explains a clip to a child, or sums up a slide, tells a move and then says it again the plain way: where the
thing was at the start and where at the end ("A ball goes from the right to the left. On the right at the start, on
the left at the end.", "... At the start it is on the right, and at the end it is on the left."), or that it went
past the thing it crossed ("A car moves from the left of the ball to the right of the ball. Ball doesn't budge, car
goes past it."). Read as written, the ends said again are places the thing rests at, and the passing a second move
past the still thing, or the still thing's own; both are the move told, and go. Only a restatement that agrees with a
move told before it goes: the same two places in the same order, or a passing by the thing that moved from one side of
the thing passed to the other, told of that mover (by its noun or a pronoun) and, for a passing, a move past the
thing crossed; ends that differ from the move told, or a passing with no crossing before it, stay.
"""

from __future__ import annotations

import re

from .vocabulary import STILL_KINDS, VERB_KINDS

# a place a move's ends are told by: a side or a corner of the frame
_PLACE = r"(?:(?:lower|upper|top|bottom) )?(?:left|right)(?: corner)?|top|bottom"
_AT_PLACE = r"(?:on|in|at) the (?P<{0}>" + _PLACE + r")(?: side| edge)?(?: of the (?:frame|screen|picture))?"
_START = r"(?:at the (?:very )?(?:start|beginning|outset)|at first)"
_END = r"(?:(?:at|by) the (?:very )?(?:end|finish|close)|at last)"
_WHO = r"(?:(?P<{0}>it|he|she|they|the [a-z]+|[a-z]+) (?:is|was|are|were|starts|started|begins|began|sits|sat) )"
_WHO_AFTER = r"(?:(?P<{0}>it|he|she|they|the [a-z]+) (?:is|was|are|were|ends|ended) |ends (?:up )?|and ends (?:up )?)"
_JOIN = r"[,;]? (?:and |then |and then |but |while )?"
# "on the right at the start, on the left at the end", "at the start it is on the right, and at the end it is on the
# left": a sentence of the two ends, each at its moment
ENDS_RESTATED_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:"
    + _WHO.format("who") + r"?" + _AT_PLACE.format("first") + " " + _START + _JOIN + _WHO_AFTER.format("who_after")
    + r"?" + _AT_PLACE.format("last")
    + " " + _END
    + r"|" + _START + r",? " + _WHO.format("who2") + r"?" + _AT_PLACE.format("first2") + _JOIN + _END + r",? "
    + _WHO_AFTER.format("who_after2") + r"?"
    + _AT_PLACE.format("last2")
    + r")\s*[.!?]+\s*")
# ", car goes past it.", ". The car passes it.": a thing going past the thing named after it, closing its sentence
PASSING_RE = re.compile(r"(?P<lead>,(?: and| then)?|(?<=[.!?])) (?:the |a )?(?P<mover>[a-z]+) (?:(?:(?P<verb>[a-z]+) )?"
                        r"(?:past|by)|passes) (?P<passed>it|him|her|them|the [a-z]+)(?P<close>\s*[.!?]+)?(?=\s|;|$)")
# a move from one place to another, "from the right to the left", and one from one side of a thing to the other, "from
# the left of the ball to the right of the ball", whose mover is named in the words before it
CROSSING_RE = re.compile(r"\bfrom the (?P<first>" + _PLACE + r")\b[^.!?]*? to the (?P<last>" + _PLACE + r")\b")
RELATIVE_CROSSING_RE = re.compile(r"\bfrom the (?:left|right) of (?P<passed>the [a-z]+|it|him|her|them) "
                                  r"to the (?:left|right) of ")
_WORD_RE = re.compile(r"[a-z]+")
_PRONOUNS = ("it", "him", "her", "them")
_SUBJECT_PRONOUNS = ("it", "he", "she", "they")
_MOVER_REACH = 200  # how far before its crossing a mover's name is looked for


def might_restate_a_move(text: str) -> bool:
    """Whether ``text`` (lower case) may tell a move again: its ends at both moments, or a passing."""
    return (" past " in text or " by " in text or "passes " in text) and " of " in text or (
        "the end" in text and ("the start" in text or "the beginning" in text or "at first" in text
                               or "the outset" in text))


def _mover_words(text: str, at: int) -> set[str]:
    """The words of the clause before ``at`` that may name the thing moving there."""
    return set(_WORD_RE.findall(re.split(r"[.!?]", text[max(0, at - _MOVER_REACH):at])[-1]))


def _earliest_crossings(text: str) -> dict[tuple[str, str], tuple[int, set[str]]]:
    """Where each crossing (its first and last place) is first told, and the words that may name its mover."""
    told: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for match in CROSSING_RE.finditer(text):
        told.setdefault((match["first"], match["last"]), (match.start(), _mover_words(text, match.start())))
    return told


def _earliest_crossers(text: str) -> dict[str, tuple[int, set[str]]]:
    """Where each word naming a mover before a crossing from one side of a thing to the other is first told, and what
    the thing crossed is called: "the ball", or a pronoun."""
    told: dict[str, tuple[int, set[str]]] = {}
    for match in RELATIVE_CROSSING_RE.finditer(text):
        for word in _mover_words(text, match.start()):
            told.setdefault(word, (match.start(), {match["passed"], *_PRONOUNS}))
    return told


def _ends_of(match: re.Match, mover: set[str]) -> bool:
    """Whether the ends said again are the mover's: told of no one, of a pronoun, or of the mover's noun."""
    whos = [who for who in (match["who"], match["who_after"], match["who2"], match["who_after2"]) if who]
    return all(who in _SUBJECT_PRONOUNS or who.removeprefix("the ") in mover for who in whos)


def restated_moves_dropped(text: str) -> str:
    """``text`` (lower case) without the sentences and clauses that tell a move told before it again: ends said again
    go where the move told before goes from the first to the last, and a passing where the same thing moved from one
    side of another to the other before it."""
    if "the end" in text:
        crossings = _earliest_crossings(text)

        def same_ends(match: re.Match) -> str:
            ends = (match["first"] or match["first2"], match["last"] or match["last2"])
            at, mover = crossings.get(ends, (len(text), set()))
            return "" if at < match.start() and _ends_of(match, mover) else match.group(0)
        text = ENDS_RESTATED_RE.sub(same_ends, text)
    if " past " in text or " by " in text or "passes " in text:
        crossers = _earliest_crossers(text)

        def same_passing(match: re.Match) -> str:
            at, passed = crossers.get(match["mover"], (len(text), set()))
            moving = match["verb"] is None or VERB_KINDS.get(match["verb"]) not in (None, *STILL_KINDS)
            if at >= match.start() or match["passed"] not in passed or not moving:
                return match.group(0)
            return (match["close"] or "") if match["lead"].startswith(",") else ""
        text = PASSING_RE.sub(same_passing, text)
    return text
