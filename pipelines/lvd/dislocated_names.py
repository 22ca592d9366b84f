"""A thing named after its clause, set off at the end, said in its own place before reading: "It rolls to the left, the
ball." is "The ball rolls to the left."

Speech often puts an "it" first and says what it is only once the clause is done, after a comma: "it's rolling left,
the red ball!", "and then it stops, that dog.". Read as written, the "it" takes the last thing named ("A cat sits. It
rolls ..., the ball." would roll the cat) and the name at the end is a second thing doing nothing. The name closes its
sentence, comes with "the", "that" or "this" and at most two describing words before a noun the tables know, and its
clause holds one "it" and no other comma: that "it" is the name's place.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import VERB_KINDS

# the clause from its "it" (opening the sentence, or after "and", "then" or "but") to the name closing it
_DISLOCATED_RE = re.compile(
    r"(?P<lead>(?:^|[.!?;]\s+|\b(?:and|then|but) ))it\b(?P<rest>[^.!?;,\"]{1,100}), "
    r"(?P<det>the|that|this) (?P<name>(?:[a-z-]+ ){0,2}[a-z]+)(?P<close>\s*(?:[.!?]|$))")


def might_dislocate(text: str) -> bool:
    """The cheap gate: an "it" and a comma before "the", "that" or "this"."""
    return "it" in text and (", the " in text or ", that " in text or ", this " in text)


def _said_in_place(match: re.Match[str]) -> str:
    rest, name = match.group("rest"), match.group("name")
    words = name.split()
    if noun_class(words[-1]) is None or any(word in VERB_KINDS for word in words) or re.search(r"\bit\b", rest):
        return match.group(0)
    return f"{match.group('lead')}the {name}{rest}{match.group('close')}"


def dislocated_names_in_place(text: str) -> str:
    """Each name set off at its clause's end put where its "it" stands."""
    return _DISLOCATED_RE.sub(_said_in_place, text)
