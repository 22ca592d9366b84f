"""A thing of the scene spoken to, and then told as "you", put into the third person before reading.

"Hello, bird! You fly from the left of the car to its right.", "Little dog, you run ...", "Oh, birds! You fly ...": a
thing the tables know called by its bare name, with no article or count, right before a "you" that moves, rests or
stays is that "you": each such "you" after it is the thing, "it" (or "they" for a plural), and the greeting goes, so
the name called is the thing's and no listener's. A crowd of people called
("Hey kids!", "Players,") is the audience, whatever it is bid do, and a "you" that sees, watches or looks is the
onlooker ("Hey dog! You will see a ball roll.") and stays.
"""

from __future__ import annotations

import re

from .object_classes import OBJECT_CLASSES, noun_class, singular
from .vocabulary import DEFINITE, INDEFINITE, NUMBER_WORDS, VERB_KINDS

# the greeting or cry a call may open with ("hello,", "hi there,", "oh", "good morning,")
_GREETING = r"(?:(?:hello|hi|hey|oh|o|ah|dear|well|good (?:morning|afternoon|evening|night|day))(?: there)?[,!]? )*"
# a bare name called, set off right before "you" (at most three words, tried only at a sentence's start)
CALLED_RE = re.compile(r"(?:^|(?<=[.!?;] ))" + _GREETING
                       + r"(?P<called>(?:[a-z'-]+ ){0,2}?[a-z'-]+)\s*(?P<mark>[,!.])\s+(?=you\b)")
# "you" as a subject: after a sentence's or clause's start, or a joining word, before its verb
SUBJECT_YOU_RE = re.compile(r"(?:^|(?<=[.!?;:,] )|(?<=\band )|(?<=\bthen )|(?<=\bnow )|(?<=\bso )|(?<=\bwhile )"
                            r"|(?<=\bas ))you(?P<are>'re| are)?(?= (?P<next>(?:(?:will|can|must|should|then|now|just|"
                            r"also|still|first|[a-z]{2,}ly) )*[a-z]+))")
_PEOPLE = (OBJECT_CLASSES["person"], OBJECT_CLASSES["child"])
_NO_BARE_NAME = DEFINITE | INDEFINITE | frozenset(NUMBER_WORDS) | {"my", "your", "our", "you"}


def _thing_called(called: str) -> str | None:
    """"it" or "they" for a bare name of a thing the tables know; None for anything else, or a crowd of people."""
    words = called.split()
    if any(word in _NO_BARE_NAME for word in words):
        return None
    head = words[-1]
    found = noun_class(head)
    if found is None:
        return None
    plural = singular(head) != head
    if plural and found[1] in _PEOPLE:
        return None  # "Hey kids!": the audience
    return "they" if plural else "it"


def _acts(next_words: str) -> bool:
    """Whether the words after "you" go on to a verb of moving, resting or staying (an "-ing" one after "are")."""
    verb = next_words.rsplit(" ", 1)[-1]
    return bool(VERB_KINDS.get(verb)) or (verb.endswith("ing") and bool(VERB_KINDS.get(verb[:-3])))


def you_as_the_thing_spoken_to(text: str) -> str:
    """``text`` (lower case) with each acting "you" after a thing called by its bare name told as that thing."""
    called = next((found for found in CALLED_RE.finditer(text) if _thing_called(found["called"])), None)
    if called is None:
        return text
    pronoun = _thing_called(called["called"])
    be = "is" if pronoun == "it" else "are"

    def said_of_the_thing(match: re.Match) -> str:
        if not _acts(match["next"]):
            return match.group(0)
        return f"{pronoun} {be}" if match["are"] else pronoun
    head = f"{text[:called.start()]}{called['called']}{called['mark']} "
    return head + SUBJECT_YOU_RE.sub(said_of_the_thing, text[called.end():])


def might_speak_to_a_thing(text: str) -> bool:
    """The least a "you" said to a thing needs: a "you" after a comma or a sentence's end."""
    return ", you" in text or "! you" in text or ". you" in text
