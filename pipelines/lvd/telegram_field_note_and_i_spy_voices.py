"""A telegram, a naturalist's field notes and a game of "I spy", put into plain sentences before reading.

A telegram ("FOUR MOVING CARS STOP NOTHING ELSE IN PICTURE STOP REGARDS") ends each sentence with STOP and
signs off ("REGARDS", "REPLY PAID"): each STOP ends a clause that goes on with the same subject, and the
sign-off is no thing.

A field note or any report of a sighting names where it was watched from ("Observed from the hide:", "seen
from my balcony,"): that place is the observer's, never a thing in the clip, unless the prompt acts on it.

A riddle or "I spy" game speaks with the speaker's senses ("with my little eye", "before my eyes"), which
are never things; "how many X ...? Two! Two X" states the count once, and a question "where does the X go?"
or "the X's path?" before an answer that says "it ..." introduces the X the answer follows, and a one-word call closing
the prompt after its sentences ("House?", "Bingo!") is the caller's, never a thing. In any of them,
"present from the start to the end" is the whole clip.
"""

from __future__ import annotations

import re

from .clip_phrases import whole_spans_in_words
from .object_classes import noun_class, singular
from .rewrite_text import CLAUSE_START
from .scene_words import SCENE_WORDS
from .scenery import SUPPORT_NOUNS
from .vocabulary import COLORS, looks_like_modifier

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"

# "... STOP ...": a telegram's sentence end, written in capitals (or, in lower case, said at least twice with
# nothing that makes it a verb or a noun before it: "comes to a stop", "the cars stop")
TELEGRAM_STOP_RE = re.compile(r"\bSTOP\b")
_LOWER_STOP_RE = re.compile(r"(?<![a-z])(?P<before>[a-z]+ )?stop\b(?! (?:at|in|on|by|to|and|moving|running|for)\b)")
_STOP_AS_WORD = frozenset(("a", "the", "to", "no", "not", "will", "can", "and", "then", "it", "they", "we", "i", "you", "must",
                           "should", "would", "could", "may", "might", "bus", "full"))
STOP_RE = re.compile(r"\s*\bstop\b\s*[.,;:!]?\s*")
# "REGARDS", "KIND REGARDS SAM", "REPLY PAID", "THANKS", "URGENT": the wire's own words, a sentence of their own
SIGN_OFF_RE = re.compile(r"(?:(?:best|kind|warm|warmest|many) )?(?:regards|reply paid|rp|thanks|thank you|love|yours|cheers"
                         r"|message ends|end of message|ends|urgent|full rate|collect)(?: [a-z]+){0,2}?")
# "IN PICTURE", "IN SHOT": a telegram's clip words, in view
IN_PICTURE_RE = re.compile(r"\bin (?:the )?(?:picture|shot|frame|film)\b")

# "Observed from the hide:", "seen from my balcony,", "we watch from the bank as ...": where it is watched from
_VIEWPOINT_VERB = (r"(?:(?:i|we|you) )?(?:observe[sd]?|watch(?:e[sd])?|see|saw|seen|view(?:ed|s)?|film(?:ed|s)?|shot|record(?:ed|"
                   r"s)?"
                   r"|spott(?:ed)?|spot|photographed|sighted|glimpsed|noted|looking|looked|watching|observing|filming)")
_NOT_A_VIEWPOINT = (r"(?!(?:left|right|top|bottom|upper|lower|middle|center|centre|side|corner|edge|front|back|rear|above|below"
                    r"|distance|air|sky|ground|overhead|angle|height|level|start|beginning|end|first|second|moment)\b)")
_VIEWPOINT_PLACE = (rf"(?:from|through|out of) (?:the|a|an|my|our|your|this|that) (?:{_NOT_A_VIEWPOINT}[a-z-]+ ){{0,2}}?"
                    rf"{_NOT_A_VIEWPOINT}(?P<noun>[a-z-]+)")
# the watching said ("Observed from the hide,", "we watched from the bank as"), or a heading ("From the hide:")
_INSTRUMENT = (r"(?: (?:through|with|using) (?:my |our |the |a )?(?:binoculars|field glasses|a telescope|telescope|scope|camera|"
               r"lens))?")
# the watching said ("Observed from the hide,", "we watched from the bank as"), or a heading ("From the hide:",
# "Observed from the hide at dawn:")
VIEWPOINT_RE = re.compile(rf"{CLAUSE_START}(?:(?:(?:as |when )?{_VIEWPOINT_VERB}{_INSTRUMENT} {_VIEWPOINT_PLACE}"
                          r"(?:\s*[,;\u2014]\s*|\s+(?:as|while|when)\b\s*|(?: [a-z]+){0,3}?\s*:\s*))"
                          rf"|{_VIEWPOINT_PLACE.replace('noun', 'heading_noun')}(?: [a-z]+){{0,3}}?\s*:\s*)")
_VIEWPOINT_TELLS = ("observ", "watch", "seen", "see ", "saw", "view", "film", "shot", "record", "spot", "photograph", "sighted",
                    "glimpsed", "noted", "look")
# "with my little eye", "before my very eyes", "through our binoculars": the speaker's senses, never a thing
SENSES_RE = re.compile(r"(?:\s*,)?\s*\b(?:with|before|in front of|through|under|using|to|in|right before) (?:my|our|your) "
                       r"(?:(?:own|little|two|very|tired|sharp|keen|bare|naked|beady|trusty|old) )*"
                       r"(?:eyes?|ears?|nose|gaze|sight|binoculars|field glasses|glasses|spectacles|telescope|"
                       r"spyglass)\b(?P<trail>\s*,)?")
# "can you guess how many cats I spy? Two! Two cats ...", "how many dogs are there? Four dogs, ...": the question
# asks for the count the answer gives
_ANSWER_LEAD = (r"(?:(?:it is|there are|there is|i spy|i see|i count|the answer is|answer|that is|that makes|yes|yeah|yep|"
                r"right)\s*[,:!.]?\s+)*")
HOW_MANY_RE = re.compile(rf"{CLAUSE_START}[^.;:!?]*?\bhow many (?P<said>[a-z]+(?: "
                         rf"[a-z]+)*?)\s*[?!]\s*{_ANSWER_LEAD}(?P<count>{_COUNT})\b"
                         r"(?P<bare>\s*[!.,;]+\s*|\s*$)?")
# "can you guess where the moving car goes?", "where does a dog go?", "the moving ball's path?": the thing the
# answer follows, brought on before it
_GOING = (r"(?:goes|go|moves|move|travels|travel|heads|head|ends up|end up|will go|is going|wanders|wander|runs|run|flies|fly"
          r"|rolls|roll|walks|walk|drives|drive|is heading)")
WHERE_QUESTION_RE = re.compile(rf"{CLAUSE_START}(?:(?:can|could|will) you (?:guess|tell|say|see|work out|figure out) |guess |"
                               rf"do you know )?"
                               r"(?:(?:where|which way) (?:(?:does|will|did|do) )?(?P<thing>(?:the|a|an|our|this|"
                               r"my) [a-z]+(?: [a-z]+){0,2}?) "
                               rf"{_GOING}|(?P<owner>(?:the|a|an|our|this|my) [a-z]+(?: [a-z]+){{0,2}}?)'s (?:path|route|way|"
                               rf"journey|trip|trail|course))"
                               r"\s*[?!]\s*(?=[^.;!?]*\b(?:it|they|he|she)\b)")


def looks_like_telegram(prompt: str) -> bool:
    """STOP in capitals, or a lower-case "stop" said twice where no subject or article makes it a word of the scene."""
    if TELEGRAM_STOP_RE.search(prompt):
        return True
    said_before = [(m["before"] or "").strip() for m in _LOWER_STOP_RE.finditer(prompt.lower())]
    return len(said_before) >= 2 and not any(word in _STOP_AS_WORD or (word.endswith("s") and noun_class(singular(word)))
                                             for word in said_before)  # "the cars stop": the cars' verb


def _with_article(sentence: str) -> str:
    """"MOVING BALL STARTS ...": a telegram drops its articles; a sentence opening on one thing named gets its "a"."""
    for word in sentence.split(maxsplit=3)[:3]:
        found = noun_class(word)
        if found is not None and found[0] == word:
            return "a " + sentence
        if not (word in COLORS or word.endswith("ing") or looks_like_modifier(word)):
            return sentence  # "FLIES OVER CAR", "NO CAR": not a thing named first
    return sentence


def _telegram_in_plain_words(text: str) -> str:
    """The wire's sentences without its sign-offs, joined as clauses: a telegram leaves its subjects out after the
    first sentence, so each STOP goes on with the same subject ("CAT STARTS LEFT STOP WALKS RIGHT")."""
    sentences = [s.strip(" .,;:!") for s in STOP_RE.split(IN_PICTURE_RE.sub("in view", text))]
    return " and ".join(_with_article(s) for s in sentences if s and not SIGN_OFF_RE.fullmatch(s))


# "... stays till the end. House?", "... Bingo!": a one-word call closing the prompt after its sentences is the caller's
# (after a question it is the answer: "Where does it stop? Box!")
CLOSING_CALL_RE = re.compile(r"(?<=[.;:!]) (?P<word>[a-z]+)\s*[?!]+\s*$")


def _closing_call_dropped(match: re.Match) -> str:
    return "" if noun_class(match["word"]) is not None else match.group(0)


def _viewpoint_dropped(match: re.Match) -> str:
    """The watcher's place goes unless it is the scene's setting ("from the park") or the prompt speaks of it again."""
    noun = match["noun"] or match["heading_noun"]
    found = noun_class(noun)
    if noun in SCENE_WORDS or (found is not None and found[1].mobility == "scenery" and found[0] not in SUPPORT_NOUNS):
        return match.group(0)
    rest = match.string[:match.start()] + " " + match.string[match.end():]
    if re.search(rf"\b(?:{re.escape(noun)}|{re.escape(singular(noun))})(?:s|es)?\b", rest):
        return match.group(0)  # "filmed from the boat: the boat drifts left": the boat is in the scene
    return ""


def _senses_dropped(match: re.Match) -> str:
    """The senses go with the commas around them; one after its verb keeps the comma that sets off what follows,
    "follow the boat with your eyes, kids.", so a call after it stays a call."""
    opening = not match.string[:match.start()].strip() or match.string[:match.start()].rstrip()[-1] in ".;:!?"
    if match["trail"] and not opening and not match.group(0).lstrip().startswith(","):
        return ", "
    return " " if match["trail"] else ""


def _count_stated_once(match: re.Match) -> str:
    """The answer's count on what the question names, said once."""
    count, rest = match["count"], match.string[match.end():]
    if match["bare"] is None and rest.split(maxsplit=1)[0] in match["said"].split():
        return count  # "how many dogs? four dogs, ...": the answer alone
    if re.match(rf"{_ANSWER_LEAD}{count}\b", rest):
        return ""  # "Two! Two lively cats": the answer says it again
    return f"{count} {match['said']}. "


def _brought_on(match: re.Match) -> str:
    """"where the moving car goes? it starts ...": there is a moving car, and it starts ..."""
    words = (match["thing"] or match["owner"]).split()
    if words[0] != "a" and words[0] != "an":
        words = words[1:] if re.fullmatch(_COUNT, words[1]) else ["a", *words[1:]]
    verb = "are" if re.fullmatch(_COUNT, words[0]) and words[0] != "one" else "is"
    return f"there {verb} {' '.join(words)}. "


def telegram_field_note_and_i_spy_in_plain_words(prompt: str, text: str) -> str:
    """``text`` (``prompt`` lower-cased) with each of these voices' turns put plainly; each looked for only when
    its tell-tale words are there."""
    said = text
    if "stop" in text and looks_like_telegram(prompt):
        text = _telegram_in_plain_words(text)
    text = whole_spans_in_words(text)
    if "from " in text or "through " in text or "out of " in text:
        if ":" in text or any(tell in text for tell in _VIEWPOINT_TELLS):
            text = VIEWPOINT_RE.sub(_viewpoint_dropped, text)
    if "my " in text or "our " in text or "your " in text:
        text = SENSES_RE.sub(_senses_dropped, text)
    if "?" in text or "!" in text:
        text = CLOSING_CALL_RE.sub(_closing_call_dropped, text)
        if "how many" in text:
            text = HOW_MANY_RE.sub(_count_stated_once, text)
        if "where" in text or "which way" in text or "'s " in text:
            text = WHERE_QUESTION_RE.sub(_brought_on, text)
    return text if text == said else re.sub(r" {2,}", " ", text).strip()
