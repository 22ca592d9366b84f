"""A speaker's admiring remark on a move already told, dropped before reading: it adds no move and no thing.

- A cry of wonder at how a thing told moves, "how" before it and its bare verb closing the clause, a sentence of its
  own or joined on ("..., Lord, how that bird can fly.", "My, how it runs!", "Oh, how the dog does run!"): the
  speaker admires the move already told, and adds none. One that tells the only move ("A dog on the left. My, how it
  runs!"), one after a word of sequence ("Then, how it runs!"), one with more after its verb ("how it runs to the
  left") or after a verb of its own ("watch how it runs", "shows how a ball rolls") stays, and so does a question
  ("how it moves?").
- Credit given to a thing in a sentence of its own closing the prompt, after a move is told ("Credit to him, lovely
  little run.", "Fair play to the dog, never chased it.", "Hats off to it: it never stopped."): the speaker praises
  the thing for what was told, so the praise ("run", "chased", "never stopped") is no move, no chase and no stop of
  its own. Credit to one not told before ("Credit to the keeper, ...") is left as written, and so is praise that tells
  a place, a time, a count or a colour ("Credit to him, he ended on the left.", "he did it twice"), or names a thing
  the prompt has not, and credit given where nothing moved before it. Only the praise goes: a clause after it that
  takes a step ("Good on it, then it rolls over.") or has its own subject and verb ("..., lovely run, he sat down.")
  stays.
Both are called by `scene_asides.py`.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .rewrite_text import spaces_tidied
from .vocabulary import CAMERA_KINDS, COLORS, NUMBER_WORDS, PRONOUNS, SEQUENCE_WORDS, STILL_KINDS, VERB_KINDS

# kinds of verb that tell no move of their own (a still one, or the camera's)
NO_MOVE_KINDS = STILL_KINDS | CAMERA_KINDS

# "..., / lord, how that bird can fly.", "My, how it runs!", "oh, how the dog does run": a cry of wonder at a move told,
# from the mark before it (or the sentence's start) and an interjection, to its bare verb closing the clause (a run of
# marks is tried from its first only: from each mark of a long run it was quadratic)
WONDER_CRY_RE = re.compile(r"(?P<lead>^|(?<=[.!] )|(?<![ ,;/])[,;/][ ,;/]*)(?:(?P<cry>[a-z]+)[,!] )?how "
                           r"(?P<thing>it|they|he|she|(?:that|the|this|those|these) (?P<noun>[a-z]+)) "
                           r"(?:(?P<modal>can|could|does|do|did|will|would) )?(?P<verb>[a-z]+)"
                           r"(?P<end>\s*(?:[.!]+\s*|$)|(?=\s*[,;/]))")


# words that open a clause before "how" and are no cry of wonder: "Then, how it runs!", "Look, how it rolls!"
_NO_CRY_WORDS = SEQUENCE_WORDS | {"and", "but", "so", "now", "look", "see", "watch", "first", "suddenly", "soon"}


def _tells_a_move(told: str) -> bool:
    """Whether ``told`` tells a move: a verb of going, not of rest or the camera."""
    return any(VERB_KINDS.get(word, "rest") not in NO_MOVE_KINDS for word in re.findall(r"[a-z]+", told))


def _move_told_after(told: str, start: int, kind: str | None) -> bool:
    """Whether ``told`` tells a move of a thing from ``start`` on: a verb of going, not of rest or the camera; of the
    ``kind`` given, where the cry tells a move of its own ("walks ... how it jumps!" tells a jump)."""
    if kind is None or kind in NO_MOVE_KINDS:
        return _tells_a_move(told[start:])
    return kind in (VERB_KINDS.get(word, "rest") for word in re.findall(r"[a-z]+", told[start:]))


def _wonder_cry(match: re.Match) -> str:
    """The cry gone where its thing and a move of it were told before it, which it only admires; one that tells the
    only move keeps it, and so does one whose interjection names a thing ("Boy, how it runs!") or is a word of
    sequence ("Then, how it runs!"). Joined on mid-sentence, the sentence's mark stays."""
    told, cry = match.string[:match.start()], match["cry"]
    if VERB_KINDS.get(match["verb"]) is None or cry and (noun_class(cry) or cry in _NO_CRY_WORDS):
        return match.group(0)
    if match["noun"]:
        named = list(re.finditer(rf"\b{re.escape(match['noun'])}(?:e?s)?\b", told))
    else:
        named = [word for word in re.finditer(r"[a-z]+", told) if noun_class(word.group(0))]
    # "how that cat can leap!" admires what it can do, told by any move; "how it jumps!" tells a jump, so a walk told
    # before leaves it standing
    kind = None if match["modal"] in ("can", "could") else VERB_KINDS[match["verb"]]
    if not named or not _move_told_after(told, named[0].end(), kind):
        return match.group(0)
    joined = match["lead"] not in ("", " ")
    return match["end"].strip() if joined else ""


def wonder_cries_dropped(text: str) -> str:
    """``text`` without a cry of wonder at how a thing told moves ("Lord, how that bird can fly!")."""
    return spaces_tidied(WONDER_CRY_RE.sub(_wonder_cry, text)) if "how " in text else text


# "credit to him, lovely little run.", "fair play to the dog, never chased it.", "hats off to it: it never stopped.":
# credit given to a thing, a sentence of its own closing the prompt, and the praise after it
CREDIT_RE = re.compile(r"(?<=[.!?] )(?:(?:and|so|but|well|look|honestly),? )?"
                       r"(?:(?:all |full |great )?credit|fair play|hats off|kudos|props|respect|well done|good on) "
                       r"(?:to |on )?(?P<who>it|him|her|them|(?:the|that|this|those) (?P<noun>[a-z]+))"
                       r"(?:[,:;!]| -| \u2014) ?(?P<praise>[^.!?]*)[.!]*\s*$")
CREDIT_GATE = ("credit", "fair play", "hats off", "kudos", "props", "respect", "well done", "good on")
# what ties praise to the scene, so it tells something of its own: a place, a time
_PLACE_OR_TIME_WORDS = frozenset("left right top bottom upper lower corner side middle centre center edge half first "
                                 "second start end beginning finish halfway".split())


# a count of the moves told ("he did it twice") tells more than praise: the credit stays as written
_REPEAT_WORDS = frozenset("twice thrice again times".split())
# the clauses of praise: after its first, one that opens with a step or its own subject and verb tells more
_PRAISE_CLAUSE_RE = re.compile(r"\s*(?:[,;:]|\s-|\s\u2014)\s*")
_SUBJECTS = ("it", "he", "she", "they")


def _clause_goes_on(clause: str, first: bool) -> bool:
    """Whether a clause of the praise tells more of the scene: a step opening it ("then it rolls over", "and then he
    sat down", "after that ..."), or after the first clause a subject and a verb of its own ("..., he sat down")."""
    words = clause.split()
    if words[:1] == ["and"]:
        words = words[1:]
    if words[:1] and words[0] in SEQUENCE_WORDS or " ".join(words[:2]) in SEQUENCE_WORDS:
        return True
    return not first and len(words) >= 2 and words[0] in _SUBJECTS and VERB_KINDS.get(words[1]) is not None


def _praise_split(praise: str) -> tuple[str, str]:
    """The praise itself, and what of it goes on with the scene: from its first clause that does to its end."""
    clauses = [clause for clause in _PRAISE_CLAUSE_RE.split(praise.strip()) if clause]
    for index, clause in enumerate(clauses):
        if _clause_goes_on(clause, index == 0):
            start = praise.index(clause)
            return praise[:start], praise[start:].strip() + "."
    return praise, ""


def _credit(match: re.Match) -> str:
    """The credit gone where a move was told before it, the one it credits is a pronoun or a thing told before, and
    its praise tells no place, time, count or colour and names no thing the prompt has not (see the docstring)."""
    told = match.string[:match.start()]
    told_things = {singular(word) for word in re.findall(r"[a-z]+", told) if noun_class(word)}
    if match["noun"] and singular(match["noun"]) not in told_things or not _tells_a_move(told):
        return match.group(0)
    praise, kept = _praise_split(match["praise"])
    for word in re.findall(r"[a-z]+", praise):
        if word in _PLACE_OR_TIME_WORDS or word in _REPEAT_WORDS or word in COLORS \
                or word in NUMBER_WORDS and word != "one":
            return match.group(0)
        if word not in PRONOUNS and noun_class(word) and singular(word) not in told_things \
                and VERB_KINDS.get(word) is None:
            return match.group(0)
    return kept


def credits_dropped(text: str) -> str:
    """``text`` without a closing credit given to a thing for a move told ("Credit to him, lovely little run.")."""
    dropped, credits = CREDIT_RE.subn(_credit, text)
    return spaces_tidied(dropped) if credits else text
