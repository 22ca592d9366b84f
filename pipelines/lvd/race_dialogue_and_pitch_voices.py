"""A horse-race caller, a Socratic dialogue and a founder's pitch to investors, put into plain sentences.

- The pitch: "Here's the ask:" opens the founder's request to the listeners, never a thing in the clip; a request
  after it that names no thing ("back us to make it", "help us launch it") is asked of them, not of the scene.
- The race call: "And they're off!" is the start of the race, so nothing leaves the frame by it.
- In any voice, "no dog in the second half, no dog at the finish" denies the dog twice for one span: the end is
  inside the second half, so the second denial is said once.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .rewrite_text import CLAUSE_START, spaces_tidied

_VOICE_WORDS = ("ask", "off", "no ")
# "here is the ask:", "here is the ask, up front:", "our ask:": the request's label
ASK_HEADING_RE = re.compile(CLAUSE_START + r"(?:here(?:'s| is) |and )?(?:the|our|my) (?:big |one |simple )?ask(?:,? (?:up front|in short|simply))?"
                            r"(?: is)?\s*[:,\u2014\u2013-]\s*")
# "and they are off!", "they are off together!": the race starts, nothing goes
RACE_START_RE = re.compile(r"(?:(?P<comma>, )|^|(?<=[.;:!?] ))(?:and )?(?:they(?:'re| are)|it(?:'s| is)|we(?:'re| are)) off(?: together| and running)?(?:\s*[!.]+\s*| with (?=(?:an?|the|one|two|three|four|five)\b))")
# "no dog in the second half, no dog at the finish": the end's denial inside the second half's
DENIED_AGAIN_RE = re.compile(r"\b(?P<denial>no (?P<noun>[a-z]+) (?:in|during|for|through) the (?:whole |entire )?(?:second|latter|final) half)"
                             r"(?:,| and|, and) no (?P=noun) (?:at|by) the (?:very )?(?:end|finish|close)\b")
_SENTENCE_RE = re.compile(r"[^.!?;]+[.!?;]*\s*")


def looks_like_race_dialogue_or_pitch(text: str) -> bool:
    return any(word in text for word in _VOICE_WORDS)


def _names_a_thing(sentence: str) -> bool:
    return any(noun_class(word) is not None for word in re.findall(r"[a-z]+", sentence))


def _asks(text: str) -> str:
    """Each "here is the ask:" dropped, with what follows it in its sentence when that names no thing."""
    kept = []
    for sentence in _SENTENCE_RE.findall(text):
        heading = ASK_HEADING_RE.search(sentence)
        if heading is None:
            kept.append(sentence)
        elif _names_a_thing(sentence[heading.end():]):
            kept.append(sentence[:heading.start()] + sentence[heading.end():])
        else:
            kept.append(sentence[:heading.start()])
    return "".join(kept)


def race_dialogue_and_pitch_in_plain_words(text: str) -> str:
    # "four balls, and they are off together! they ...": the call ends the sentence its comma was in
    text = DENIED_AGAIN_RE.sub(lambda m: m["denial"], text)
    text = RACE_START_RE.sub(lambda m: ". " if m["comma"] else "", _asks(text))
    return spaces_tidied(text)
