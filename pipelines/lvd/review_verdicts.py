"""A reviewer's rating is no thing: "Five stars. Exactly what I needed: two moving cars" draws two cars.

A count of rating units standing as its own verbless sentence or fragment — "Five stars.", "Four stars from
me.", "A solid four stars,", "Ten out of ten!", "Two thumbs up.", "9/10:" — is the verdict on the clip, never
drawn. Stars in a scene keep what a verdict has none of: a verb, a place or a move of their own ("three stars
twinkle above a house", "Three stars, high over the roof"), later words pointing back at them ("They shine"), or
the prompt naming nothing else ("Three stars. Nothing else."). The verdict goes before the pass reads, since
read as things the stars would take the places and times the clauses after them give.
"""

from __future__ import annotations

import re

from .rewrite_text import spaces_tidied
from .vocabulary import NUMBER_WORDS

_COUNT = rf"(?:\d+(?:\.\d+)?|{'|'.join(NUMBER_WORDS)})"
# "five stars", "nine points", "two thumbs up", "ten out of ten", "four out of five stars", "9/10", "4.5 stars"
_SCORE = (rf"(?:{_COUNT}(?: and a half)? (?:full |gold )?(?:stars?|points?|marks?)(?: (?:out of|of|on) {_COUNT})?"
          rf"|(?:{_COUNT} )?(?:big )?thumbs? up"
          rf"|{_COUNT} (?:out of|on) {_COUNT}(?: (?:stars|points|marks))?|\d+ ?/ ?\d+)")
# "a solid four stars from me", "an easy ten out of ten"
_VERDICT = rf"(?:(?:a|an) (?:[a-z-]+ )?)?{_SCORE}(?: (?:from|by) (?:me|us|this (?:buyer|reviewer|customer))| overall)?"
# What the count must stand alone before: a sentence's end, a colon or dash, the reviewer's own "would buy again", or a
# comma that hands on to the reviewer's words; not one that goes on with the stars' place, move or company ("three
# stars, twinkling", "..., above a house")
_AFTER_COMMA = (r"(?!\s*(?:and|or|with|all|each|both|then|[a-z]+ing|in|on|at|above|over|under|below|across|along|near|by"
                rf"|beside|behind|around|through|up|down|the|a|an|one|{'|'.join(NUMBER_WORDS)}|\d)\b)")
VERDICT_RE = re.compile(rf"(?:^|(?<=[.!?;:] )){_VERDICT}(?:\s*(?:[.!?:;]+|[\u2014\u2013]|-(?= )|$)"
                        rf"|(?= (?:would|will) (?:[a-z]+ ){{1,2}}again\b| (?:highly|would) recommend)|,{_AFTER_COMMA})")
# Words after the verdict that name a thing: the rest of the prompt must say what the scene holds
_NAMES_A_THING = re.compile(rf"\b(?:a|an|{'|'.join(NUMBER_WORDS)}|\d+) [a-z]")
# "Three stars. They twinkle ...", "... the stars drift": the stars are taken up again as things of the scene
_POINTED_BACK = re.compile(r"(?:^|[.!?;:] )(?:they|these|those|all of them|each of them)\b"
                           r"|\b(?:the|these|those|each|every) (?:[a-z]+ )?(?:stars?|points?|marks?|thumbs?)\b")
_UNIT_TELLS = ("star", "point", "mark", "thumb", "out of", "/")


def looks_like_verdict(text: str) -> bool:
    """The cheap gate: a rating unit's letters somewhere in the prompt."""
    return any(tell in text for tell in _UNIT_TELLS) and VERDICT_RE.search(text) is not None


def verdicts_dropped(text: str) -> str:
    """``text`` (lower case) without the reviewer's ratings, where the rest of it names the scene's things."""
    kept = text
    for match in reversed(list(VERDICT_RE.finditer(text))):
        rest = kept[:match.start()] + kept[match.end():]
        if _NAMES_A_THING.search(rest) and not _POINTED_BACK.search(rest):
            kept = rest
    return kept if kept == text else spaces_tidied(kept)
