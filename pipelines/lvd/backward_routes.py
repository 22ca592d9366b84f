"""A route told backwards, its end before its start, put in the order the route reading takes.

"A ball ends in C, having started in A and passed B", "The cat ends up in C; before that it was in B, and it started
in A", "Before it reached C, the dog was at B, and before that at A", "By the end a dog is on the left; at the start it
was on the right": each said as starting, passing and ending in order, and only where the told thing is one the tables
know. Part of the route phrasings (``route_phrasings`` runs these at their place in its order).
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .route_clauses import CORNER as _CORNER

# "A ball ends in C, having started in A and passed B": the start (and the stop on the way) told after the end, in a
# perfect participle
_PASSED = (r"(?:passed(?: through| by)?|visited|crossed"
           r"|(?:gone|been|travelled|traveled|moved|come) (?:through|by|via|past|to|at|in|into))")
ENDS_HAVING_STARTED_RE = re.compile(
    rf"(?P<lead>^|[.!?;,] )(?P<thing>(?:a|an|the|one) (?:[a-z-]+ ){{0,2}}?[a-z]+) (?P<said>[^,.;!?]*?\b{_CORNER}),? "
    rf"having (?:started|begun|set off|set out|departed|left|come) (?:out )?(?:in|at|from|on|off from) "
    rf"(?P<start>{_CORNER})(?:,? (?:and |then |and then )?{_PASSED} (?P<via>{_CORNER}))?(?=\s*(?:[.!?;,]|$))")
# "The cat ends up in C; before that it was in B, and it started in A": the same told backwards, clause by clause
_THING = r"(?P<thing>(?:a|an|the|one) (?:[a-z-]+ ){0,2}?[a-z]+)"
_BEEN = r"(?:(?:it|they|he|she) )?(?:was|were|had been|is|are) "
_STARTED = r"(?:(?:it|they|he|she) )?(?:had )?(?:started|began|begun|set off|set out)(?: out)?"
BEFORE_THAT_RE = re.compile(
    rf"(?P<lead>^|[.!?] ){_THING} (?P<said>[^,.;!?]*?\b{_CORNER})[;,.] before that,? {_BEEN}(?:in|at|on) "
    rf"(?P<via>{_CORNER}),? and {_STARTED} (?:in|at|from|on) (?P<start>{_CORNER})(?=\s*(?:[.!?;]|$))")
# "Before it reached C, the dog was at B, and before that at A": where it was before each place, from the end back
BEFORE_REACHING_RE = re.compile(
    rf"(?P<lead>^|[.!?] )before (?:it|they|he|she) (?:reached|got to|arrived at|came to) (?P<end>{_CORNER}),? {_THING} "
    rf"(?:was|were|had been) (?:in|at|on) (?P<via>{_CORNER}),? and before that,? (?:{_BEEN})?(?:in|at|on) "
    rf"(?P<start>{_CORNER})(?=\s*(?:[.!?;]|$))")
# "By the end a dog is on the left; at the start it was on the right": where it is at the end said first, then where it
# was at the start, is where it ends up and where it started (a place said for the end alone is left as it is)
_END_TIME = (r"(?:(?:by|at|in) the (?:very )?(?:end|close|finish)(?: of (?:the )?(?:clip|video|footage|film))?"
             r"|in the end|finally)")
_START_TIME = (r"(?:(?:at|in) the (?:very )?(?:start|beginning|opening|outset)"
               r"(?: of (?:the )?(?:clip|video|footage|film))?|at first|initially|originally)")
END_THEN_START_RE = re.compile(
    rf"(?P<lead>^|[.!?:] ){_END_TIME},? {_THING} (?:is|was|are|were|sits|stands|lies) "
    rf"(?P<end>(?:on|in|at|to) [^.;!?]*?)(?P<sep>[;,.] (?:but |and |while |whereas )?){_START_TIME},? "
    r"(?P<pronoun>it|they|he|she) (?:was|were|had been|sat|stood) (?=(?:on|in|at|to) )")


def _started_first(match: re.Match) -> str:
    """"A ball ends in C, having started in A and passed B": it starts in A, passes B and ends in C."""
    if noun_class(match["thing"].rsplit(" ", 1)[-1]) is None:
        return match.group(0)
    via = f", passes {match['via']} and " if match["via"] else " and "
    return f"{match['lead']}{match['thing']} starts in {match['start']}{via}{match['said']}"


def _end_then_start_as_verbs(match: re.Match) -> str:
    """"By the end a dog is on the left; at the start it was on the right": the dog ends up on the left; it started on
    the right (the order the route reading takes told backwards)."""
    if noun_class(match["thing"].rsplit(" ", 1)[-1]) is None:
        return match.group(0)
    return f"{match['lead']}{match['thing']} ends up {match['end']}{match['sep']}{match['pronoun']} started "


def _told_backwards_in_order(match: re.Match) -> str:
    """"Before it reached C, the dog was at B, and before that at A": the dog starts in A, passes B and ends in C."""
    if noun_class(match["thing"].rsplit(" ", 1)[-1]) is None:
        return match.group(0)
    return (f"{match['lead']}{match['thing']} starts in {match['start']}, passes {match['via']} "
            f"and ends in {match['end']}")



def end_said_before_start(text: str) -> str:
    """``text`` with a place said for the end, then one for the start, said as where the thing ends up and started."""
    if "the end" in text or "the close" in text or "the finish" in text or "finally" in text:
        text = END_THEN_START_RE.sub(_end_then_start_as_verbs, text)
    return text


def routes_told_backwards(text: str) -> str:
    """``text`` with a start, and a stop on the way, told after the end said from the start on."""
    if "having " in text:
        text = ENDS_HAVING_STARTED_RE.sub(_started_first, text)
    if "before that" in text:
        text = BEFORE_THAT_RE.sub(_started_first, text)
        text = BEFORE_REACHING_RE.sub(_told_backwards_in_order, text)
    return text
