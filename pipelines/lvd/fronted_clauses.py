"""A "before" clause said ahead of the clause it times, put after it: the order the word-by-word pass reads events in.

"Before turning right, a van drives up the left side" and "Before it stops, a ball rolls right" tell a move and then
what follows it. Read in the order written, the later event comes first, so the ball would stop and only then roll.
The "before" clause is put after the main clause ("a ball rolls right before it stops"), where the pass reads it as
the end of the move. A fronted "before" that names only a time ("Before the midpoint, ...", "Before long, ...") has no
verb of its own and is left as it is. A fronted "after", "once" or "as soon as" clause with a subject and a verb of
moving, "After a car drives right, a dog runs left", "Once the bus arrives, ...", is already in the order of events:
it is said as the first step and the main clause as the next, "a car drives right, then a dog runs left".
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import VERB_KINDS
from .word_guessing import third_person_form

_SUBJECT = r"(?:it|they|he|she|(?:the|an?|one|two|three|four|five|both) (?:[a-z]+ ){0,2}?[a-z]+)"
# "before turning right, ...", "before it stops, ...", "before the cat comes back, ...": a clause, then its comma
FRONTED_BEFORE_RE = re.compile(r"(?P<lead>^|[.;!?] )before (?P<timed>(?:[a-z]+ing\b|" + _SUBJECT + r" (?P<verb>[a-z]+)\b)"
                               r"[^,.;!?]*), (?P<main>[^.;!?]+)")
# "after a car drives right, ...", "once the bus arrives, ...", "as soon as it stops, ...": a clause, then its comma
FRONTED_AFTER_RE = re.compile(r"(?P<lead>^|[.;!?] )(?:after|once|as soon as) (?P<timed>(?P<who>it|they|he|she|the|an?"
                              r"|one|two|three|four|five|both) [^,.;!?]*), (?P<main>[^.;!?]+)")
_PRONOUNS = frozenset(("it", "they", "he", "she"))
# verbs of state and change the move tables leave out, which still make "before" a clause
_OTHER_VERBS = frozenset("is are was were has have gets get ends end settles settle finishes finish can could will does "
                         "do".split())


def fronted_before_said_after(text: str) -> str:
    """``text`` with each fronted "before" clause said after the clause it times."""
    return FRONTED_BEFORE_RE.sub(_said_after, text)


def fronted_after_said_first(text: str) -> str:
    """``text`` with each fronted "after" or "once" clause whose verb the move tables know said as the first step."""
    return FRONTED_AFTER_RE.sub(_first_step, text)


def _first_step(match: re.Match) -> str:
    """The clause first and the main one next, when the clause's verb, right after its subject (a pronoun, or an
    article or count and at most three words), is one the move tables know."""
    words = match["timed"].split()
    reach = range(1, 2) if match["who"] in _PRONOUNS else range(2, min(len(words), 5))
    own_act = len(words) > 2 and noun_class(words[-2]) is not None and (  # "after the dog barked,": its own act
        third_person_form(words[-1]) or (len(words[-1]) > 4 and words[-1].endswith("ed")))
    if not own_act and not any(words[at] in VERB_KINDS for at in reach if at < len(words)):
        return match.group(0)  # "after the first half, ...", "once upon a time": a time, not a step
    return f"{match['lead']}{match['timed']}, then {match['main']}"


def _said_after(match: re.Match) -> str:
    verb = match["verb"]
    if verb is not None and verb not in VERB_KINDS and verb not in _OTHER_VERBS:
        return match.group(0)  # "before the very end, ...": a time, not a clause
    return f"{match['lead']}{match['main']} before {match['timed']}"
