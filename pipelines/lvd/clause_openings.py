"""Whether a time or a side said right after "and" opens the next clause, the one of the subject after it.

Kept apart from ``phrase_context`` (what one word is, from the words around it) because this decides where a clause
ends: read at every token by ``prompt_reading`` before the token's own reading.
"""

from __future__ import annotations

from itertools import takewhile

from .object_classes import singular
from .phrase_context import next_is_nounish, next_word, starts_noun_phrase
from .vocabulary import COPULA, DEFINITE, MOVING_KINDS, VERB_KINDS

_OPENERS = frozenset(("time", "window", "side_rel", "at_region"))
_SUBJECT_PRONOUNS = frozenset(("it", "they", "he", "she"))
# the verbs of going a half before a thing told already times: "and in the second half it runs away", "... it leaves"
# (a bounce may stay in place; a disappearing goes)
_HALF_TIMED_GOING_KINDS = (MOVING_KINDS - {"bounce"}) | {"disappear"}
_SIDES_THING_WORDS = 6  # "of the big old wooden post": its determiner, up to four describing words and its noun


def first_said_at(matches) -> dict[str, int]:
    """Each word (singular) with the position of the token it is first said at: built once per prompt, so whether a
    word was told before a position costs one look-up at each token, never a pass over the tokens before it."""
    first: dict[str, int] = {}
    for position, match in enumerate(matches):
        if match.lastgroup == "word":
            first.setdefault(singular(match.group(0)), position)
    return first


def opens_next_clause(matches, position: int, first_said: dict[str, int]) -> bool:
    """A time or a side right after "and" and right before a subject of its own is the next clause's, never the move
    before it: "drives in, and at the end it is gone", "rolls, and in the second half no ball is there", "stays, and
    from the left of the post a goat trots", "runs right, and on the left a cat sleeps"; a moment before no pronoun
    stays the move's ("no dog" then: one comes), and a half before one told already going is that going's."""
    kind = matches[position].lastgroup
    if kind not in _OPENERS or not 0 < position < len(matches) - 1 \
            or matches[position - 1].group(0) != "and" or matches[position].group("side_lead"):
        return False  # "and ends on the right of the dog": a side with its own verb is the subject's said before
    at = position + 1
    if kind == "side_rel":  # past the side's own thing, to the subject's article, count, "no" or a comma
        at = next((i for i in range(at + 1, min(at + _SIDES_THING_WORDS, len(matches))) if matches[i].group(0)
                   in ("no", ",") or starts_noun_phrase(matches[i].group(0))), len(matches))
    at += at < len(matches) and matches[at].group(0) == ","
    opening = matches[at].group(0) if at < len(matches) else ""
    if kind == "window" and _told_thing_moves(matches, position, at, first_said):
        return True  # "sits, and in the second half it runs left": the run's half
    if kind == "time" or opening in _SUBJECT_PRONOUNS:  # a half before "it" is that same thing's, as it was
        return opening in _SUBJECT_PRONOUNS and kind != "window"
    if opening == "there":
        return next_word(matches, at) in COPULA  # "and in the second half there is no ball"
    if not (opening == "no" or starts_noun_phrase(opening)) or not next_is_nounish(matches, at):
        return False
    return kind != "window" or opening == "no" or _half_of_a_new_thing(matches, position, at, first_said)


def _half_of_a_new_thing(matches, position: int, at: int, first_said: dict[str, int]) -> bool:
    """"A cat sits, and in the second half a dog runs": the half is the dog's, a thing not told before; "the ball" told
    before ("rolls, and in the second half the ball stops") is the move's end, and a thing told at each half in turn
    ("and in the first half a cat is on the left, then in the second half ...") lists its halves as one clause did."""
    if matches[at].group(0) in DEFINITE:
        for match in matches[at + 1:at + _SIDES_THING_WORDS]:
            if match.lastgroup != "word" or match.group(0) in VERB_KINDS or match.group(0) in COPULA:
                break
            if first_said.get(singular(match.group(0)), position) < position:
                return False
    sentence = takewhile(lambda match: match.group(0) != ".", matches[at:])
    return not any(match.lastgroup == "window" for match in sentence)


def _told_thing_moves(matches, position: int, at: int, first_said: dict[str, int]) -> bool:
    """"A dog sits, and in the second half it runs to the left", "... and in the second half the dog runs away": a half
    before a thing told already ("it" or "the dog") and a verb of going is when that going happens, never when the
    clause before it holds; "and in the second half the ball stops" stays the move's end."""
    word = matches[at].group(0) if at < len(matches) else ""
    if word in _SUBJECT_PRONOUNS:
        verb_at = at + 1
    elif word in DEFINITE:
        verb_at = next((i for i in range(at + 1, min(at + _SIDES_THING_WORDS, len(matches)))
                        if matches[i].lastgroup != "word" or matches[i].group(0) in VERB_KINDS), None)
        if verb_at is None or not any(first_said.get(singular(m.group(0)), position) < position
                                      for m in matches[at + 1:verb_at]):
            return False
    else:
        return False
    return verb_at < len(matches) and VERB_KINDS.get(matches[verb_at].group(0)) in _HALF_TIMED_GOING_KINDS
