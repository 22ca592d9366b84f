"""A radio serial's recap, a horse-race caller and a founder's pitch to investors, put into plain sentences.

- The serial: "Previously on our program," recalls the show, never a place in the clip; "When last we left our
  heroes, two moving cars, ..." names the cast by a word the tables do not know and then by what they are; set
  before a comma and a counted thing, that word is only the thing's other name (in any voice: "my pals, three dogs").
- The pitch: "Here's the ask:" opens the founder's request to the listeners, never a thing in the clip; a request
  after it that names no thing ("back us to make it", "help us launch it") is asked of them, not of the scene, and so
  is a sentence bidding them picture something that names no thing ("Picture it as our launch video.").
- The race call: "And they're off!" is the start of the race, so nothing leaves the frame by it; a runner "away from"
  a place with a next place after it sets off from there, and one "home in" a place ends there.
- In any voice, "no dog in the second half, no dog at the finish" denies the dog twice for one span: the end is
  inside the second half, so the second denial is said once.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing, noun_class
from .rewrite_text import CLAUSE_START, spaces_tidied

_VOICE_WORDS = ("ask", "off", "no ", "s, ", "home", "away from", "picture ", "imagine ", "previously")
# "previously on our program,", "previously, on our story:": the serial's recap opener
PREVIOUSLY_RE = re.compile(r"(?:^|(?<=[.!?] ))previously,? on (?:our|the|this|last week's|today's) "
                           r"(?:[a-z']+ ){0,2}?(?:program|programme|show|serial|story|tale|episode|broadcast|adventure"
                           r"|saga)s?"
                           r"\s*[,:.!]\s*")
# "picture it as our launch video.", "imagine that.": the listener bidden to imagine, in a sentence of its own
PICTURE_RE = re.compile(r"^(?:so |now |just )?(?P<verb>picture|imagine) (?:it|this|that|the [a-z]+(?: [a-z]+)?)\b")
# "here is the ask:", "here is the ask, up front:", "our ask:": the request's label
ASK_HEADING_RE = re.compile(CLAUSE_START + r"(?:here(?:'s| is) |and )?(?:the|our|my) (?:big |one |simple )?ask"
                            r"(?:,? (?:up front|in short|simply))?(?: is)?\s*[:,\u2014\u2013-]\s*")
# "and they are off!", "they are off together!", "and they're off with a dog ...": the race starts, nothing goes
RACE_START_RE = re.compile(r"(?:(?P<comma>, )|^|(?<=[.;:!?] ))(?:and )?(?:they(?:'re| are)|it(?:'s| is)|we(?:'re| are))"
                           r" off(?: together| and running)?"
                           r"(?:\s*[!.]+\s*| with (?=(?:an?|the|one|two|three|four|five)\b))")
# "no dog in the second half, no dog at the finish": the end's denial inside the second half's
DENIED_AGAIN_RE = re.compile(r"\b(?P<denial>no (?P<noun>[a-z]+) (?:in|during|for|through) the (?:whole |entire )?"
                             r"(?:second|latter|final) half)(?:,| and|, and) no (?P=noun) (?:at|by) the (?:very )?"
                             r"(?:end|finish|close)\b")
# "our heroes, two moving cars,": an owned or definite plural, then a comma and a count
APPOSITION_RE = re.compile(r"\b(?:our|my|your|the|these|those) (?P<before>(?:[a-z]+ ){0,2}?)(?P<noun>[a-z]+s), "
                           r"(?=(?:one|two|three|four|five|a|an) (?P<rest>(?:[a-z]+ ){0,2}[a-z]+))")
_PLACE = (r"the (?:(?:upper|lower|top|bottom|far) )?(?:left|right|middle|centre|center)(?: (?:side|corner|edge))?"
          r"(?: of the frame)?")
# "it is home on the left side", "and home in the upper left corner": where the run ends
HOME_RE = re.compile(r"\b(?:(?:it|he|she|they)(?:'s|'re| is| are) |(?:is|are|comes?|gets?|romps?) )?home "
                     rf"(?P<at>in|on|at) (?={_PLACE})")
# "a car is away from the lower right corner, up to ...": it sets off from there
AWAY_FROM_RE = re.compile(rf"\b(?:is|are) away from (?P<place>{_PLACE})"
                          r"(?=,? (?:(?:and )?(?:up|down|over|across|on|along|then) )?(?:to|toward|towards)\b)")
_SENTENCE_RE = re.compile(r"[^.!?;]+[.!?;]*\s*")


def looks_like_serial_race_or_pitch(text: str) -> bool:
    return any(word in text for word in _VOICE_WORDS)


def _other_names(text: str) -> str:
    """"our heroes, two moving cars," said as "two moving cars,": the unknown plural is the counted thing's name (after
    a thing's name it is that thing's verb, "when the dog barks, a cat runs", and stays)."""
    def named(match: re.Match) -> str:
        if noun_class(match["noun"]) is not None or names_a_thing(match["before"]) or not names_a_thing(match["rest"]):
            return match.group(0)
        return ""
    return APPOSITION_RE.sub(named, text)


def _home(match: re.Match) -> str:
    """"it's home on the left side": "it ends on ...", the pronoun kept with its verb."""
    said = re.match(r"(it|he|she|they)\b", match.group(0))
    who = said.group(1) if said else ""
    verb = "end" if who == "they" else "ends"
    return f"{who} {verb} {match['at']} ".lstrip()


def _requests_dropped(text: str) -> str:
    """Each "here is the ask:" dropped, with what follows it in its sentence when that names no thing, and each
    sentence bidding the listener picture something that names no thing."""
    kept = []
    for sentence in _SENTENCE_RE.findall(text):
        heading = ASK_HEADING_RE.search(sentence)
        bidden = PICTURE_RE.match(sentence.strip())
        if heading is None and bidden and not names_a_thing(sentence.strip()[bidden.end("verb"):]):
            continue
        if heading is None:
            kept.append(sentence)
        elif names_a_thing(sentence[heading.end():]):
            kept.append(sentence[:heading.start()] + sentence[heading.end():])
        else:
            kept.append(sentence[:heading.start()])
    return "".join(kept)


def serial_race_and_pitch_in_plain_words(text: str) -> str:
    if "previously" in text:
        text = PREVIOUSLY_RE.sub("", text)
    text = _other_names(text)
    if "home" in text:
        text = HOME_RE.sub(_home, text)
    if "away from" in text:
        text = AWAY_FROM_RE.sub(lambda m: f"goes from {m['place']}", text)
    text = DENIED_AGAIN_RE.sub(lambda m: m["denial"], text)
    # "four balls, and they are off together! they ...": the call ends the sentence its comma was in
    text = RACE_START_RE.sub(lambda m: ". " if m["comma"] else "", _requests_dropped(text))
    return spaces_tidied(text)
