"""A "before" clause said ahead of the clause it times, put after it: the order the word-by-word pass reads events in.

"Before turning right, a van drives up the left side" and "Before it stops, a ball rolls right" tell a move and then
what follows it. Read in the order written, the later event comes first, so the ball would stop and only then roll.
The "before" clause is put after the main clause ("a ball rolls right before it stops"), where the pass reads it as
the end of the move. A fronted "before" that names only a time ("Before the midpoint, ...", "Before long, ...") has no
verb of its own and is left as it is. A fronted "after", "once" or "as soon as" clause with a subject and a verb of
moving, "After a car drives right, a dog runs left", "Once the bus arrives, ...", is already in the order of events:
it is said as the first step and the main clause as the next, "a car drives right, then a dog runs left". Only a
step that is drawn is put first: a clause whose subject is a known thing that moves or acts visibly. "Once the car
passes", "As soon as the ball stops" or "Once the lights go out" draw no change, so the main clause would wait for
nothing. An act of the subject's own that draws nothing, "After the dog barked, it ran left", is over at once: where
the main clause is told of that subject again, it is said as a clause before the main one, which does not wait for it.
A "once" that opens a frequency ("Once a day ...") or a clause joined by "and" ("Once a dog ran left, and a cat ran
right") is no subordinator, and is left as it is.
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
# a main clause opened by a joining word: the fronted "once" or "after" opened a sentence of its own
_JOINED_MAIN_RE = re.compile(r"(?:and|but|or|so|yet|then)\b")
# "once a day", "once every morning": how often, not when
_FREQUENCY_WORDS = frozenset("day days week weeks month months year years hour hours minute minutes second seconds "
                             "morning mornings evening evenings night nights while time times".split())
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
    """The clause first and the main one next, when the clause's subject (a pronoun, or an article or count and at most
    two more words) is drawn and its verb moves it, or it is a known thing doing an act of its own ("barked")."""
    words = match["timed"].split()
    if _JOINED_MAIN_RE.match(match["main"]) or (words[0] in ("a", "an", "every", "each") and len(words) > 1
                                                and words[1] in _FREQUENCY_WORDS):
        return match.group(0)  # "once a day the dog runs left, and ...": how often, or a sentence of its own
    reach = range(1, 2) if match["who"] in _PRONOUNS else range(2, min(len(words), 5))
    verb_at = next((at for at in reach if at < len(words) and words[at] in VERB_KINDS), None)
    if verb_at is not None:
        return _said_as_first_step(match) if _drawn_change(words[verb_at - 1], words[verb_at]) else match.group(0)
    own_act = len(words) > 2 and noun_class(words[-2]) is not None and (  # "after the dog barked,": its own act
        third_person_form(words[-1]) or (len(words[-1]) > 4 and words[-1].endswith("ed")))
    if not own_act:
        return match.group(0)  # "after the first half, ...", "once upon a time": a time, not a step
    if _same_subject(words[-2], match["main"]):
        return f"{match['lead']}{match['timed']}, {match['main']}"  # "after the dog barked, it ran": done, no wait
    return _said_as_first_step(match)


def _same_subject(noun: str, main: str) -> bool:
    """Whether the main clause is told of the fronted clause's subject again, by a pronoun or by its noun with
    "the"."""
    words = main.split()
    return bool(words) and (words[0] in _PRONOUNS or words[:2] == ["the", noun])


def _said_as_first_step(match: re.Match) -> str:
    return f"{match['lead']}{match['timed']}, then {match['main']}"


def _drawn_change(subject: str, verb: str) -> bool:
    """Whether ``subject`` doing ``verb`` is drawn as a change: the main clause waits only for what can be seen."""
    kind = VERB_KINDS[verb]
    if subject in _PRONOUNS:
        return kind != "rest"  # a rest draws no change
    known = noun_class(subject)
    if known is None or kind == "rest":
        return False  # "once the lights go out", "as soon as the ball stops"
    return kind != "throw" or known[1].mobility == "walker"  # "once the car passes": no throw is drawn


def _said_after(match: re.Match) -> str:
    verb = match["verb"]
    if verb is not None and verb not in VERB_KINDS and verb not in _OTHER_VERBS:
        return match.group(0)  # "before the very end, ...": a time, not a clause
    return f"{match['lead']}{match['main']} before {match['timed']}"
