"""A "before" clause said ahead of the clause it times, put after it: the order the word-by-word pass reads events in.

"Before turning right, a van drives up the left side" and "Before it stops, a ball rolls right" tell a move and then
what follows it. Read in the order written, the later event comes first, so the ball would stop and only then roll.
The "before" clause is put after the main clause ("a ball rolls right before it stops"), where the pass reads it as
the end of the move. A fronted "before" that names only a time ("Before the midpoint, ...", "Before long, ...") has no
verb of its own and is left as it is.
"""

from __future__ import annotations

import re

from .vocabulary import VERB_KINDS

_SUBJECT = r"(?:it|they|he|she|(?:the|an?|one|two|three|four|five|both) (?:[a-z]+ ){0,2}?[a-z]+)"
# "before turning right, ...", "before it stops, ...", "before the cat comes back, ...": a clause, then its comma
FRONTED_BEFORE_RE = re.compile(r"(?P<lead>^|[.;!?] )before (?P<timed>(?:[a-z]+ing\b|" + _SUBJECT + r" (?P<verb>[a-z]+)\b)"
                               r"[^,.;!?]*), (?P<main>[^.;!?]+)")
# verbs of state and change the move tables leave out, which still make "before" a clause
_OTHER_VERBS = frozenset("is are was were has have gets get ends end settles settle finishes finish can could will does "
                         "do".split())


def fronted_before_said_after(text: str) -> str:
    """``text`` with each fronted "before" clause said after the clause it times."""
    return FRONTED_BEFORE_RE.sub(_said_after, text)


def _said_after(match: re.Match) -> str:
    verb = match["verb"]
    if verb is not None and verb not in VERB_KINDS and verb not in _OTHER_VERBS:
        return match.group(0)  # "before the very end, ...": a time, not a clause
    return f"{match['lead']}{match['main']} before {match['timed']}"
