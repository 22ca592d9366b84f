"""A storyteller's Irish English by the fire put into plain words: his remarks on the tale, his oaths, his way of
saying none and his fronted "... it was".

- "Divil a dog was in it", "devil a bird", "sorra a cat", "nary a ball": none of the thing (the old curse words said for
  "not one").
- "A brown bird it was, and ...", "two cats they were": the thing fronted before "it was" is there, said plainly ("a
  brown bird was there"), so its colour stays on it; a fronted word that names no thing ("a fine day it was") is left.
- "'Tis a short tale.", "It's a queer thing, this.", "'Twas a strange business.": a sentence that only remarks on the
  telling names no thing of the clip; "..., God's truth", "as God is my witness", "so it was", "so it is" vouch for
  the tale and say nothing of it.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing_drawn
from .rewrite_text import CLAUSE_START, any_said_re, spaces_tidied

_TIS = r"(?:['\u2019]t(?:is|was)|it(?: is|['\u2019]s| was)|this is|that(?: is|['\u2019]s)|here(?: is|['\u2019]s))"
# "divil a dog", "sorra a one", "nary a bird" opening a clause (or after a comma, "and" or "but"): none; mid-phrase ("a dust
# devil a little to the left", "a red devil a cat") the word is a thing's name
NONE_OF_RE = re.compile(r"(?:^|(?<=[.;:!?,] )|(?<=\band )|(?<=\bbut ))(?:divil|devil|sorra|sorrow|nary)(?: the)? an? "
                        r"(?=[a-z])")
# "a brown bird it was", "two cats they were", at a clause's start: the fronted phrase, up to four words, its "it was"
# closing the clause (a mark, the end or "and" after it); "the kite he was flying", "the box it was in" are relative
# clauses, and "the fox it was who ran" a cleft, read as they are
FRONTED_RE = re.compile(CLAUSE_START + r"(?:(?:and|so|well|now),? )?(?P<phrase>(?:a|an|the|one|two|three|four|five)"
                        r"(?: [a-z-]+){1,4}?) (?:it|they|he|she) (?P<verb>was|were|is|are)(?=[.,;:!?]|$| and\b)")
# "'tis a short tale.", "it's a queer thing, this.": a whole sentence remarking on the tale
REMARK_RE = re.compile(CLAUSE_START + r"(?:(?:wisha|musha|yerra|well|ah|och|sure|and),? )*" + _TIS
                       + r" (?:a|an|the) (?:[a-z-]+ ){0,2}(?:tale|story|yarn|thing|business|affair)"
                       r"(?:,? (?:this|that|so it is|so it was))?[.!]+ ?")
# ", God's truth", "as God is my witness", ", so it was", ", so it is" closing a clause
OATH_RE = re.compile(r",? (?:(?:and )?(?:that['\u2019]s |that is |['\u2019]tis )?(?:the )?god['\u2019]s (?:own )?truth"
                     r"|as (?:god|sure as god) is my witness|so it (?:was|is|were))(?=\s*(?:[.,;!?]|$))")
_NONE_OF_WORDS = ("divil", "devil", "sorra", "nary")
_FRONTED_WORDS = (" it was", " they were", " it is", " they are", " he was", " she was", " he is", " she is")
_REMARK_WORDS = ("tale", "story", "yarn", "thing", "business", "affair")
_OATH_WORDS = ("god", "so it was", "so it is", "so it were")
_NONE_OF_SAID = any_said_re(_NONE_OF_WORDS)
_FRONTED_SAID = any_said_re(_FRONTED_WORDS)
_REMARK_SAID = any_said_re(_REMARK_WORDS)
_OATH_SAID = any_said_re(_OATH_WORDS)
_GATE_RE = any_said_re(_NONE_OF_WORDS + _FRONTED_WORDS + _REMARK_WORDS + _OATH_WORDS)


def might_be_storyteller(text: str) -> bool:
    return _GATE_RE.search(text) is not None


def _fronted_said(match: re.Match) -> str:
    phrase = match["phrase"]
    if not names_a_thing_drawn(phrase.split()[-1]):
        return match.group(0)
    return f"{phrase} {'were' if match['verb'] in ('were', 'are') else 'was'} there"


def storyteller_in_plain_words(text: str) -> str:
    """``text`` (lower case) with the storyteller's remarks and oaths dropped, his "divil a" said as "no" and his
    fronted things said plainly."""
    told = text
    if _NONE_OF_SAID.search(text):
        text = NONE_OF_RE.sub("no ", text)
    if _REMARK_SAID.search(text):
        text = REMARK_RE.sub("", text)
    if _OATH_SAID.search(text):
        text = OATH_RE.sub("", text)
    if _FRONTED_SAID.search(text):
        text = FRONTED_RE.sub(_fronted_said, text)
    return told if text == told else spaces_tidied(text)
