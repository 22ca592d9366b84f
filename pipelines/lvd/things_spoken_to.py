"""A thing of the scene spoken to, and then told as "you", put into the third person before reading.

"Hello, bird! You fly to the right, and the bird lands.", "Little dog, you run ...", "Oh, birds! You fly ...": a
thing the tables know, called by its bare name (at most "little" or a colour before it, no article or count) right
before a "you" that moves, rests or stays, is that "you" in the sentence right after the call, "it" (or "they" for a
plural), so the name called is the thing's and no listener's; each thing called is told so in turn ("Bird, you stay
still. Dog, you walk ..."). The call must be the scene's: the rest of the prompt
names its kind again, or names no other thing than the ones called in turn, people called ("Kids, you just watch
it go.") and cries ("Oh boy..."). A cry that only sounds like a call ("Oh boy!", "Holy cow!", "Rats!",
"Silly goose,", "First person,", "Man,") is no thing: people called are the audience, a modifier other than a size or
a colour makes an idiom, and a few bare cries are listed. A "you" that sees, watches or looks is the onlooker ("Hey
dog! You will see a ball roll.") and stays.
"""

from __future__ import annotations

import re

from .framing_nouns import CALL_OPENERS
from .object_classes import HANDED_CLASSES as _PEOPLE  # who speaks and is spoken to
from .object_classes import kind_pattern, names_a_thing, noun_class, singular
from .vocabulary import COLORS, NUMBER_WORDS, VERB_KINDS
from .word_guessing import third_person

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
# the verb after "another bird" said for a "you" ("you then fly"), never a modal or "is" ("you will fly", "you are")
_ANOTHERS_VERB = (r"(?:(?:then|now|just|also|still|first|[a-z]{2,}ly) )*"
                  r"(?!(?:will|can|must|should|is)\b)(?P<verb>[a-z]+)")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
# "you fly from the left of the car", "you then run to the right of a box": the "you" going by a side of another thing
_BY_A_SIDE_OF_RE = re.compile(rf"you(?: {_BEFORE_THE_VERB})* [a-z]+ (?:[a-z]+ )?(?:from|to|toward|towards) the "
                              r"(?:left|right) (?:side )?of (?:the|a|an) ")
# the words a name called may carry before it ("little dog", "red car"): any other makes an idiom ("holy cow")
_CALLING_MODIFIERS = COLORS | {"little", "small", "tiny", "big"}
# nouns said alone as a cry, not a call ("Rats! You ...")
_CRIES = frozenset(("rats", "nuts"))
# a name said alone at a sentence's start and set off by a mark, a "you" after it or not ("Kids, watch it go.",
# "Oh boy...", "Holy cow!", "Boys and girls,"): a call, when it is people or a cry
_SET_OFF_NAME_RE = re.compile(r"(?:^|(?<=[.!?;] ))" + _GREETING
                              + r"(?P<called>(?:[a-z'-]+ )?[a-z'-]+(?: and [a-z'-]+)?)\s*[,!.?]")
# the words that make a name set off a thing counted or pointed at, never a call ("Two birds.", "The dog.")
_NAMING_WORDS = NUMBER_WORDS.keys() | {"a", "an", "the", "no", "this", "that", "these", "those", "another", "some"}


def pronoun_for(called: str) -> str | None:
    """"it" or "they" for a bare name of a thing the tables know; None for anything else, people or a cry."""
    *modifiers, head = called.split()
    if head in _CRIES or any(word not in _CALLING_MODIFIERS for word in modifiers):
        return None
    found = noun_class(head)
    if found is None or found[1] in _PEOPLE:
        return None  # "Hey kids!", "Oh boy!", "Man, ...": the audience or a cry
    return "they" if singular(head) != head else "it"


def _only_a_call(called: str) -> bool:
    """Whether a name set off at a sentence's start is people called or a cry ("kids", "oh boy", "holy cow"), never a
    thing of the scene: no name the tables know as a thing, no count or article before it."""
    if " and " in called:
        return all(_only_a_call(each) for each in called.split(" and "))
    *modifiers, head = called.split()
    if pronoun_for(called) is not None or (modifiers and modifiers[0] in _NAMING_WORDS):
        return False
    found = noun_class(head)
    return found is not None and (found[1] in _PEOPLE or head in _CRIES or bool(modifiers))


def _calls_left_out(rest: str) -> str:
    """``rest`` without the names called in it: each thing called before a "you" in turn, people called and cries."""
    rest = CALLED_RE.sub(" ", rest)
    return _SET_OFF_NAME_RE.sub(lambda call: " " if _only_a_call(call["called"]) else call.group(0), rest)


def _moves_rests_or_stays(next_words: str) -> bool:
    """Whether the words after "you" go on to a verb of moving, resting or staying (an "-ing" one after "are"): a
    "you" that sees or watches is the onlooker."""
    verb = next_words.rsplit(" ", 1)[-1]
    return bool(VERB_KINDS.get(verb)) or (verb.endswith("ing") and bool(VERB_KINDS.get(verb[:-3])))


def _the_scenes_thing(called: re.Match) -> bool:
    """Whether the thing called is the scene's: the rest names its kind again, or names no other thing than the ones
    called, people called and cries ("Bird, you fly left. Kids, you watch it go."), or the "you"
    right after the call goes by a side of another thing ("You fly from the left of the car to ..."), a move of
    the scene that only the thing called can make."""
    rest = called.string[called.end():]
    head = called["called"].rsplit(" ", 1)[-1]
    if re.search(rf"\b{kind_pattern(head)}", rest) is not None \
            or not names_a_thing(_YOU_AND_VERB_RE.sub("", _calls_left_out(rest))):
        return True
    sentence_end = _SENTENCE_END_RE.search(rest)
    return _BY_A_SIDE_OF_RE.match(rest, 0, len(rest) if sentence_end is None else sentence_end.start()) is not None


def _counted(head: str, text: str) -> int:
    """The largest count ``text`` gives things of ``head``'s kind ("two birds", "three little dogs"); 0 if none."""
    counts = [NUMBER_WORDS.get(said["count"], 0)
              for said in re.finditer(rf"\b(?P<count>[a-z]+) (?:[a-z]+ )?{kind_pattern(head)}", text)]
    return max(counts, default=0)


def you_as_the_thing_spoken_to(text: str) -> str:
    """``text`` (lower case) with each acting "you" in the sentence after a thing called by its bare name told as that
    thing, for each thing called in turn ("Bird, you stay. Dog, you walk ...")."""
    pieces: list[str] = []
    told_up_to = 0
    calls_of_a_kind: dict[str, int] = {}
    counts: dict[str, int] = {}  # each kind's count, looked for once
    for called in CALLED_RE.finditer(text):
        pronoun = pronoun_for(called["called"])
        if called.start() < told_up_to or pronoun is None or not _the_scenes_thing(called):
            continue
        be = "is" if pronoun == "it" else "are"
        head = called["called"].rsplit(" ", 1)[-1]
        kind = noun_class(head)[0]
        calls_of_a_kind[kind] = calls_of_a_kind.get(kind, 0) + 1
        # "Bird, you fly left. Bird, you fly right. Two birds.": each call of a kind the prompt counts is one of them
        if pronoun == "it" and kind not in counts:
            counts[kind] = _counted(head, text)
        counted, ordinal = (counts[kind] if pronoun == "it" else 0), calls_of_a_kind[kind]
        first_said = [] if counted < 2 or ordinal > counted else [
            f"another {head}" if ordinal > 1 else f"{'an' if head[0] in 'aeiou' else 'a'} {head}"]
        subject_named = bool(first_said)

        def said_of_the_thing(match: re.Match, pronoun: str = pronoun, be: str = be, first_said=first_said) -> str:
            if not _moves_rests_or_stays(match["next"]):
                return match.group(0)
            subject = first_said.pop() if first_said else pronoun
            return f"{subject} {be}" if match["are"] else subject
        sentence_end = _SENTENCE_END_RE.search(text, called.end())
        end = len(text) if sentence_end is None else sentence_end.end()
        told = SUBJECT_YOU_RE.sub(said_of_the_thing, text[called.end():end])
        subject_named = subject_named and not first_said
        if subject_named:  # "another bird fly": its verb agrees
            told = re.sub(rf"\b(?:a|an|another) {re.escape(head)} {_ANOTHERS_VERB}",
                          lambda said: said.group(0)[:-len(said["verb"])] + third_person(said["verb"]), told, count=1)
        call = [] if subject_named else [called["called"], called["mark"], " "]  # the thing named: no call left
        pieces += [text[told_up_to:called.start()], *call, told]
        told_up_to = end
    return "".join(pieces) + text[told_up_to:]


def might_speak_to_a_thing(text: str) -> bool:
    """The least a "you" said to a thing needs: a "you" after a comma or a sentence's end."""
    return ", you" in text or "! you" in text or ". you" in text
