"""A thing of the scene spoken to, and then told as "you", put into the third person before reading.

"Hello, bird! You fly to the right, and the bird lands.", "Little dog, you run ...", "Oh, birds! You fly ...": a
thing the tables know, called by its bare name (at most "little" or a colour before it, no article or count) right
before a "you" that moves, rests or stays, is that "you" in the sentence right after the call, "it" (or "they" for a
plural), so the name called is the thing's and no listener's; each thing called is told so in turn ("Bird, you stay
still. Dog, you walk ..."). The call must be the scene's: the rest of the prompt
names its kind again, or names no other thing. A cry that only sounds like a call ("Oh boy!", "Holy cow!", "Rats!",
"Silly goose,", "First person,", "Man,") is no thing: people called are the audience, a modifier other than a size or
a colour makes an idiom, and a few bare cries are listed. A "you" that sees, watches or looks is the onlooker ("Hey
dog! You will see a ball roll.") and stays.
"""

from __future__ import annotations

import re

from .framing_nouns import CALL_OPENERS
from .object_classes import HANDED_CLASSES as _PEOPLE  # who speaks and is spoken to
from .object_classes import kind_pattern, names_a_thing, noun_class, singular
from .vocabulary import COLORS, VERB_KINDS

# the greeting or cry a call may open with ("hello,", "hi there,", "oh,", "good morning,")
_GREETING = rf"(?:(?:{CALL_OPENERS}|good (?:morning|afternoon|evening|night|day))(?: there)?[,!]? )*"
# a bare name called, set off right before "you" (at most two words, tried only at a sentence's start)
CALLED_RE = re.compile(r"(?:^|(?<=[.!?;] ))" + _GREETING
                       + r"(?P<called>(?:[a-z'-]+ )?[a-z'-]+)\s*(?P<mark>[,!.])\s+(?=you\b)")
# the words that may stand between "you" and its verb ("you will run", "you then fly", "you quickly run")
_BEFORE_THE_VERB = r"(?:will|can|must|should|then|now|just|also|still|first|[a-z]{2,}ly)"
# "you" as a subject: after a sentence's or clause's start, or a joining word, before its verb
SUBJECT_YOU_RE = re.compile(r"(?:^|(?<=[.!?;:,] )|(?<=\band )|(?<=\bthen )|(?<=\bnow )|(?<=\bso )|(?<=\bwhile )"
                            rf"|(?<=\bas ))you(?P<are>'re| are)?(?= (?P<next>(?:{_BEFORE_THE_VERB} )*[a-z]+))")
# "you" with the verb it goes on to ("you fly", "you will run"): left out when asking whether the rest names another
# thing, since a verb may also be a noun the tables know (the insect "fly")
_YOU_AND_VERB_RE = re.compile(rf"\byou(?:'re| are)?(?: {_BEFORE_THE_VERB})* [a-z]+")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
# "you fly from the left of the car", "you then run to the right of a box": the "you" going by a side of another thing
_BY_A_SIDE_OF_RE = re.compile(rf"you(?: {_BEFORE_THE_VERB})* [a-z]+ (?:[a-z]+ )?(?:from|to|toward|towards) the "
                              r"(?:left|right) (?:side )?of (?:the|a|an) ")
# the words a name called may carry before it ("little dog", "red car"): any other makes an idiom ("holy cow")
_CALLING_MODIFIERS = COLORS | {"little", "small", "tiny", "big"}
# nouns said alone as a cry, not a call ("Rats! You ...")
_CRIES = frozenset(("rats", "nuts"))


def pronoun_for(called: str) -> str | None:
    """"it" or "they" for a bare name of a thing the tables know; None for anything else, people or a cry."""
    *modifiers, head = called.split()
    if head in _CRIES or any(word not in _CALLING_MODIFIERS for word in modifiers):
        return None
    found = noun_class(head)
    if found is None or found[1] in _PEOPLE:
        return None  # "Hey kids!", "Oh boy!", "Man, ...": the audience or a cry
    return "they" if singular(head) != head else "it"


def _moves_rests_or_stays(next_words: str) -> bool:
    """Whether the words after "you" go on to a verb of moving, resting or staying (an "-ing" one after "are"): a
    "you" that sees or watches is the onlooker."""
    verb = next_words.rsplit(" ", 1)[-1]
    return bool(VERB_KINDS.get(verb)) or (verb.endswith("ing") and bool(VERB_KINDS.get(verb[:-3])))


def _the_scenes_thing(called: re.Match) -> bool:
    """Whether the thing called is the scene's: the rest names its kind again, or names no other thing, or the "you"
    right after the call goes by a side of another thing ("You fly from the left of the car to ..."), a move of
    the scene that only the thing called can make."""
    rest = called.string[called.end():]
    head = called["called"].rsplit(" ", 1)[-1]
    if re.search(rf"\b{kind_pattern(head)}", rest) is not None or not names_a_thing(_YOU_AND_VERB_RE.sub("", rest)):
        return True
    sentence_end = _SENTENCE_END_RE.search(rest)
    return _BY_A_SIDE_OF_RE.match(rest, 0, len(rest) if sentence_end is None else sentence_end.start()) is not None


def you_as_the_thing_spoken_to(text: str) -> str:
    """``text`` (lower case) with each acting "you" in the sentence after a thing called by its bare name told as that
    thing, for each thing called in turn ("Bird, you stay. Dog, you walk ...")."""
    pieces: list[str] = []
    told_up_to = 0
    for called in CALLED_RE.finditer(text):
        pronoun = pronoun_for(called["called"])
        if called.start() < told_up_to or pronoun is None or not _the_scenes_thing(called):
            continue
        be = "is" if pronoun == "it" else "are"

        def said_of_the_thing(match: re.Match, pronoun: str = pronoun, be: str = be) -> str:
            if not _moves_rests_or_stays(match["next"]):
                return match.group(0)
            return f"{pronoun} {be}" if match["are"] else pronoun
        sentence_end = _SENTENCE_END_RE.search(text, called.end())
        end = len(text) if sentence_end is None else sentence_end.end()
        pieces += [text[told_up_to:called.start()], called["called"], called["mark"], " ",
                   SUBJECT_YOU_RE.sub(said_of_the_thing, text[called.end():end])]
        told_up_to = end
    return "".join(pieces) + text[told_up_to:]


def might_speak_to_a_thing(text: str) -> bool:
    """The least a "you" said to a thing needs: a "you" after a comma or a sentence's end."""
    return ", you" in text or "! you" in text or ". you" in text
