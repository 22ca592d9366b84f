"""A word of manner that also names a thing, read as manner only in a manner's frame.

"spirit", "reserve", "credit", "delicacy" and "restraint" are qualities a narrator credits a thing with ("with no
little spirit", "with a reserve that did it credit", "to its credit", "a credit to its breed") and also things, or
words naming what kind a thing is ("a ghostly spirit floats", "a spirit level", "a credit card", "a reserve tank",
"eats a delicacy", "a child restraint"). The frame decides: after "with", "without" or "of" with only articles,
amounts and describing words between, after "do ... it" or "to its", or after a copula or comma as "a credit to";
never before a word that names or does something ("a reserve tank", "a spirit floats").
"""

from __future__ import annotations

from .vocabulary import (
    DEFINITE,
    DEGREE_WORDS,
    INDEFINITE,
    LOCATIVE_WORDS,
    STOP_WORDS,
    is_describing,
    looks_like_modifier,
)

# What opens a phrase of manner or quality: "with great delicacy", "without restraint", "a horse of spirit".
_MANNER_OPENERS = frozenset(("with", "without", "of"))
# Amounts and degrees said of a quality: "with no little spirit", "with such reserve", "with the greatest delicacy".
_AMOUNTS = frozenset("no little great much such more less considerable real true perfect rare fine good "
                     "greatest utmost admirable becoming".split())
# Words that may close a quality's phrase: the clause or the sentence goes on ("with a reserve that ...",
# "with spirit and grace", "with great delicacy upon the lake").
_CLOSERS = STOP_WORDS | LOCATIVE_WORDS | frozenset(("upon", "toward", "which", "yet", "nor"))
_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her", "us", "you", "me"))
_DOING = frozenset(("do", "does", "did", "done", "doing"))
_POSSESSIVES = frozenset(("his", "her", "its", "their", "my", "your", "our"))
_COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "being", ","))
_REACH = 4  # at most this many articles, amounts and describing words between the opener and the quality


def _word(matches, position: int) -> str | None:
    if 0 <= position < len(matches) and matches[position].lastgroup in ("word", "noun2", "hyph_mod", "hyphenated"):
        return matches[position].group(0)
    return None


def _token(matches, position: int) -> str | None:
    return matches[position].group(0) if 0 <= position < len(matches) else None


def _describes(word: str) -> bool:
    return word in DEFINITE or word in INDEFINITE or word in DEGREE_WORDS or word in _AMOUNTS \
        or is_describing(word) or looks_like_modifier(word) or (len(word) > 5 and word.endswith("est"))


def in_manner_frame(matches, position: int) -> bool:
    """Whether the manner-or-thing word at POSITION is said as a quality, never a thing to draw."""
    following = _token(matches, position + 1)
    if following is not None and _word(matches, position + 1) is not None and following not in _CLOSERS:
        return False  # "a reserve tank", "a spirit floats", "a credit card": a thing, or what kind a thing is
    before, earlier = _token(matches, position - 1), _token(matches, position - 2)
    if before in _OBJECT_PRONOUNS and earlier in _DOING:
        return True  # "with a reserve that did it credit"
    if before in _POSSESSIVES and earlier == "to":
        return True  # "to its credit, the dog waits"
    start = position - 1
    while start >= 0 and position - start <= _REACH and _word(matches, start) is not None \
            and _describes(matches[start].group(0)):
        start -= 1
    opener = _token(matches, start)
    if opener in _MANNER_OPENERS:
        return True  # "with no little spirit", "without restraint", "of great delicacy"
    return following == "to" and opener in _COPULAS and _token(matches, start + 1) in ("a", "no")  # "is a credit to"
