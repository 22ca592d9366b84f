"""A subject said after its auxiliary or its verb, or a place said before both, put back in the order the clause reader
reads.

"only in the second half does a dog run right", "where do two cats go", "Could a dog run from A to B?": the subject
comes after "does", "do", "did" or a question's opening modal, its verb bare. The reader takes a subject before its
verb, so the clause is said in statement order ("a dog runs right"), the verb given the ending its noun asks.

An inverted clause in any voice (a sage's, a poet's, a storyteller's) is put in the same order, one clause at a time:
a place before its pronoun and verb, "beside a car it sits", "the lower left corner it leaves"; a path before its
mover with no comma between, "while from the left of the dog to its right a cat runs"; a verb before its mover at the
sentence's first thing, "walks a dog:", "from the left side rolls a ball to the right side"; a verb before its
pronoun and auxiliary, "move they do not"; a participle of seeing after its phrase, "from above seen"; and places
listed before the clause that goes through them, "A, B, C: in this order, it goes", as a route from the first.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .vocabulary import FRAME_PLACE_WORDS, TRAVEL_KINDS, VERB_KINDS

# "only in the second half does a dog run right", "where do two cats go": the subject after the auxiliary, its verb bare
INVERTED_AUX_RE = re.compile(r"\b(?P<aux>does|do|did) (?P<said>(?:the|a|an|one|two|three|four|five|six|\d+)(?: [a-z]+){2,4})")
# "Could a dog run from A to B?", "Can the car drive ...?": a question opening on a modal proposes the scene it asks about
QUESTION_MODAL_RE = re.compile(r"(?:^|(?<=[.?!;:] ))(?P<aux>could|can|would|might|will|should|may) "
                               r"(?P<said>(?:the|a|an|one|two|three|four|five|six|\d+)(?: [a-z]+){2,4})(?=[^.!]*\?)")


def _in_statement_order(match: re.Match) -> str:
    """"does a dog run right": "a dog runs right", the verb found after the subject's noun and given its ending."""
    words = match.group("said").split()
    for i in range(2, len(words)):
        verb, noun = words[i], words[i - 1]
        if verb in VERB_KINDS and noun_class(noun) is not None:
            if singular(noun) == noun:
                verb = next((form for form in (verb + "s", verb + "es", verb[:-1] + "ies") if form in VERB_KINDS), verb)
            return " ".join(words[:i] + [verb] + words[i + 1:])
    return match.group(0)


def inverted_auxiliaries_in_statement_order(text: str) -> str:
    return INVERTED_AUX_RE.sub(_in_statement_order, text)


def question_modals_in_statement_order(text: str) -> str:
    return QUESTION_MODAL_RE.sub(_in_statement_order, text)


# The clauses of a sentence, their stops kept: an inversion is read inside one clause, never across a stop
_CLAUSE_STOP_RE = re.compile(r"(\s*[,;:!?.]+(?:\s+|$))")
_SENTENCE_STOP_RE = re.compile(r"((?<=[.!?])\s+)")
_PRONOUN = r"(?P<subject>it|they|he|she)"
_NOUN_PHRASE = r"(?P<subject>(?:a|an|the|one|two|three|four|five) (?:(?!(?:a|an|the) )[a-z-]+ ){0,2}(?P<noun>[a-z]+))"
_PREPOSITION_WORDS = ("from", "to", "toward", "towards", "into", "onto", "beside", "next to", "near", "by", "behind",
                      "past", "at", "in", "on", "across", "along", "over", "under", "through", "down", "up", "out of")
_PREPOSITION = "(?:" + "|".join(_PREPOSITION_WORDS) + ")"
_IN_ORDER = r"(?:in (?:this|that|the same) order|one after another|in turn)"
# "the lower left corner it leaves", "to the lower right corner it goes", "beside a brown car it sits": a place before
# its pronoun and verb, which end the clause
_PLACE_FIRST_RE = re.compile(r"(?P<lead>" + _PREPOSITION + r" )?"
                             r"(?P<place>(?:the|a|an|its|their) (?:[a-z-]+ ){0,8}?[a-z]+) " + _PRONOUN
                             + r" (?P<verb>[a-z]+)")
# "move they do not", "stay still it must": the verb before its pronoun and auxiliary
_VERB_FIRST_AUX_RE = re.compile(r"(?P<verb>[a-z]+(?: [a-z]+)?) " + _PRONOUN
                                + r" (?P<aux>do|does|did|will|would|can|could|must|shall|should)(?P<neg> not)?")
# "from the left of the dog to the right of the dog a cat runs": a path before its mover and verb, with no comma
_PATH_FIRST_RE = re.compile(r"(?P<lead>(?:while|as|and|then|when|so) )?(?P<path>from (?:the|a|an|its) [a-z ]{1,40}? "
                            r"to (?:the|a|an|its) [a-z ]{1,40}?) " + _NOUN_PHRASE + r" (?P<verb>[a-z]+)")
# "walks a walking dog", "from the left side rolls a ball to the right side", "motionless sits the cat": a verb before
# its mover, a place or a stillness fronted or none, opening the sentence's first clause to name a thing
_VERB_FIRST_RE = re.compile(r"(?P<place>(?:" + _PREPOSITION + r" (?:the|a|an) (?:[a-z-]+ ){0,4}?[a-z]+|"
                            r"still|motionless|unmoving|stationary|calm|quiet|idle) )?(?P<verb>[a-z]+s) " + _NOUN_PHRASE
                            + r"(?P<rest> (?:from|to|toward|towards|into|across|past) [a-z ]+)?")
# the verbs that may come before their mover: one going or resting needs no object, so the noun after it is its mover
_FRONTED_VERB_KINDS = TRAVEL_KINDS | {"rest"}
# "from above seen": a participle of seeing after its phrase
_BEING_WORDS = frozenset("is are was were be been".split())
_SEEN_LAST_RE = re.compile(r"(?P<phrase>(?:from|in|at) [a-z ]{1,30}?) (?P<seen>seen|viewed|filmed|shot|watched)")
# a place in the frame: its parts, or a side or edge of it
_PLACE_WORD_RE = re.compile(r"\b(?:" + FRAME_PLACE_WORDS + r"|side|edge)\b")
# "the lower left corner, the upper left corner, the upper right corner: in this order, it goes": places listed
# before the clause that goes through them; matched whole against a sentence, so anchored at its start (a search from
# every position would rescan up to six 30-letter places at each one)
_LISTED_PLACES_RE = re.compile(r"\A(?P<places>(?:the )?[a-z ]{3,30}?(?:, (?:then |and )?(?:the )?[a-z ]{3,30}?){1,5}): "
                               r"(?:" + _IN_ORDER + r",? )?" + _PRONOUN + r" (?P<verb>[a-z]+)(?: them| each| all)?"
                               r"(?: " + _IN_ORDER + r")?(?P<stop>[.!]?)")


def _clause_in_statement_order(clause: str, first: bool) -> str:
    """One clause with its verb put after its subject; ``first``: no thing is named before it in its sentence."""
    said = _PLACE_FIRST_RE.fullmatch(clause)
    if said and said["verb"] in VERB_KINDS and (said["lead"] or _PLACE_WORD_RE.search(said["place"])):
        return f"{said['subject']} {said['verb']} {said['lead'] or ''}{said['place']}"  # never "the ball it kicks"
    said = _VERB_FIRST_AUX_RE.fullmatch(clause)
    # "stop it does not": a stillness denied is read as a pause by the reader; said as written, it is read as moving
    verb = said["verb"].split()[0] if said else ""
    if said and verb in VERB_KINDS and not (said["neg"] and VERB_KINDS[verb] == "rest"):
        return f"{said['subject']} {said['aux']}{said['neg'] or ''} {said['verb']}"
    said = _PATH_FIRST_RE.fullmatch(clause)
    if said and said["verb"] in VERB_KINDS and noun_class(said["noun"]) is not None:
        return f"{said['lead'] or ''}{said['subject']} {said['verb']} {said['path']}"
    said = _VERB_FIRST_RE.fullmatch(clause) if first else None
    # only a verb of going or of rest: "follows a cat to the right" wants its follower, never the cat as its subject
    if said and VERB_KINDS.get(said["verb"]) in _FRONTED_VERB_KINDS and noun_class(said["noun"]) is not None:
        around = [part.strip() for part in (said["place"], said["rest"]) if part]
        return " ".join([said["subject"], said["verb"], *around])
    said = _SEEN_LAST_RE.fullmatch(clause)
    if said and not any(noun_class(word) or word in _BEING_WORDS for word in said["phrase"].split()):
        return f"{said['seen']} {said['phrase']}"  # never "in the first half a dog is filmed": its subject is in it
    return clause


def _sentence_in_statement_order(sentence: str) -> str:
    listed = _LISTED_PLACES_RE.fullmatch(sentence)
    places = listed["places"].split(", ") if listed else []
    if listed and listed["verb"] in VERB_KINDS and all(_PLACE_WORD_RE.search(place) for place in places):
        first, *rest = [re.sub(r"^(?:then|and) ", "", place) for place in places]
        legs = ", then".join(f" to {place}" for place in rest)
        return f"{listed['subject']} {listed['verb']} from {first}{legs}{listed['stop']}"
    parts = _CLAUSE_STOP_RE.split(sentence)
    named = False
    for i in range(0, len(parts), 2):
        parts[i] = _clause_in_statement_order(parts[i], not named)
        named = named or any(noun_class(word) for word in parts[i].split())
    return "".join(parts)


# What each inverted shape above cannot do without: a pronoun after its place, its verb or its list of places; a path
# from one place to another; a verb in -s before an article or a count; a participle of seeing
_MIGHT_INVERT_RE = re.compile(r"\b(?:it|they|he|she) [a-z]|\bfrom (?:the|a|an|its) [a-z ]{1,40}? to "
                              r"|\b[a-z]+s (?:a|an|the|one|two|three|four|five) |\b(?:seen|viewed|filmed|shot|watched)\b")


def might_invert(text: str) -> bool:
    """The cheap gate: only a text with what one of the inverted shapes needs is split into clauses."""
    return _MIGHT_INVERT_RE.search(text) is not None


def inverted_clauses_in_statement_order(text: str) -> str:
    """``text`` with each clause whose place, path or verb comes before its subject said in statement order: "beside
    a car it sits" as "it sits beside a car", "walks a dog:" as "a dog walks:", "move they do not" as "they do not
    move"."""
    parts = _SENTENCE_STOP_RE.split(text)
    return "".join(part if i % 2 else _sentence_in_statement_order(part) for i, part in enumerate(parts))
