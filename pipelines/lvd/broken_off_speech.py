"""Speech broken off at ellipses and taken up again, a sleep-talker's or a hesitant speaker's, joined where a fragment
goes on with the one before it.

A prompt of fragments parted by ellipses ("a flying bird... the right side of the frame... flies to... to the left
side...") tells one scene in pieces, and the voices that read a line or an ellipsis as a sentence's end would cut a
place from its thing and a move from its way. So, before them, a fragment is joined to the one before it where it
only goes on with it:

- it says again the words the one before broke off on, "flies to... to the left side", "next to... next to it", or
  finishes a word broken off, "to the fin... finish": one phrase, said once;
- it names only the frame after a side or corner, "right side... the frame": that side of the frame;
- it is only a place or a run of places, "then" or "to" before them or not, "lower right corner, upper right
  corner... then upper left corner", or a move with no subject of its own, "running to the left side", after a
  fragment naming a thing or a place: the thing's place, route or move, joined as by a comma. A move joins only a
  fragment broken off mid-phrase or telling no verb of its own: after a whole clause, "a cat sits on the left...
  running to the right...", it is a later step of its own.

Any other ellipsis is left as written, for the readers of a pause or a self-correction ("a red... a blue ball", "in the
second half... it vanishes"); a prompt with fewer than two ellipses is no broken-off speech.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import VERB_KINDS

_ELLIPSIS_RE = re.compile(r"\s*(?:\.{3,}|\u2026)\s*")
_FRAME_ONLY_RE = re.compile(r"^(?:of )?(?:the )?(?:frame|screen|picture|shot)$")
_ENDS_ON_A_SIDE_RE = re.compile(r"\b(?:side|corner|left|right)$")
_PLACE = r"(?:the )?(?:(?:upper|lower|top|bottom)[ -])?(?:left|right)(?: (?:side|corner|edge))?(?: of the frame)?"
# "then upper left corner", "up to the upper left corner", "lower right corner, upper right corner", "to the right"
_PLACES_ONLY_RE = re.compile(rf"^(?:and |then |and then )?(?:(?:up|down|over|across|back|on) )?(?:to )?{_PLACE}"
                             rf"(?:,? (?:and |then |and then )?(?:to )?{_PLACE})*$")
_PLACE_WORDS_RE = re.compile(r"\b(?:left|right|corner|side)\b")
# words a broken-off stub may be but a whole word too, so never taken for a stub: "the... there"
_SHORT_WORDS = frozenset("a an the to in on of at no it is as by up".split())


def _restarted(before: list[str], after: list[str]) -> int:
    """How many of ``before``'s last words ``after`` opens by saying again (a broken-off word finished counts as one);
    0 where it takes nothing up again."""
    for count in (3, 2, 1):
        if len(before) >= count and len(after) >= count and before[-count:] == after[:count]:
            return count
    stub = before[-1] if before else ""
    if after and len(stub) >= 2 and stub not in _SHORT_WORDS and after[0].startswith(stub) and after[0] != stub:
        return 1
    return 0


def _names_a_thing_or_place(fragment: str) -> bool:
    words = re.findall(r"[a-z]+", fragment)
    return _PLACE_WORDS_RE.search(fragment) is not None or any(noun_class(word) for word in words)


def _moves_with_no_subject(fragment: str) -> bool:
    """"running to the left side", "flies to the left side": a move whose subject is the thing told before it."""
    first = fragment.split(" ", 1)[0]
    return VERB_KINDS.get(first) is not None and noun_class(first) is None and " " in fragment


# the words a phrase breaks off on before its rest: "runs to...", "from the...", "and..."
_MID_PHRASE_WORDS = frozenset("a an the to from of at on in into onto towards toward by with and then over past "
                              "across through".split())
_BE_WORDS = frozenset("is are was were".split())


def _is_a_whole_clause(fragment: str) -> bool:
    """Whether ``fragment`` ends a clause of its own: a thing and its own verb ("a cat sits on the left"), not broken
    off on a word that needs more ("a cat runs to the", "a cat sits on the left and")."""
    words = re.findall(r"[a-z]+", fragment)
    if not words or words[-1] in _MID_PHRASE_WORDS or VERB_KINDS.get(words[-1]) is not None:
        return False
    return any((noun_class(subject) or subject in ("it", "he", "she", "they"))
               and (verb in _BE_WORDS or VERB_KINDS.get(verb) is not None and noun_class(verb) is None
                    and not verb.endswith("ing"))
               for subject, verb in zip(words, words[1:]))


def _joined(before: str, after: str, before_named: bool) -> str | None:
    """The two fragments as one where ``after`` goes on with ``before`` (see the module's docstring), ``before_named``
    telling whether ``before`` names a thing or a place; None where not."""
    tail, after_words = before.rsplit(None, 3)[-3:], after.split()
    if not tail or not after_words:
        return None
    if taken_up := _restarted(tail, after_words):
        kept = before.rsplit(None, taken_up)[0] if len(before.split(None, taken_up)) > taken_up else ""
        return f"{kept} {after}".strip()
    if _FRAME_ONLY_RE.match(after) and _ENDS_ON_A_SIDE_RE.search(before[-8:]):
        return f"{before} of the frame"
    if before_named and (_PLACES_ONLY_RE.match(after)
                         or _moves_with_no_subject(after) and not _is_a_whole_clause(before)):
        return f"{before}, {after}"
    return None


def broken_off_speech_joined(text: str) -> str:
    """``text`` (lower case) with each fragment that goes on with the one before it joined to it."""
    marks = _ELLIPSIS_RE.findall(text)
    if len(marks) < 2:
        return text
    pieces = _ELLIPSIS_RE.split(text)
    said, named = [pieces[0]], _names_a_thing_or_place(pieces[0])
    kept_marks: list[str] = []
    for mark, piece in zip(marks, pieces[1:]):
        joined = _joined(said[-1].strip(" ,;"), piece.strip(" ,;"), named) if piece.strip() else None
        if joined is None:
            kept_marks.append(mark.replace("\u2026", "..."))  # the typed character is the three dots
            said.append(piece)
            named = _names_a_thing_or_place(piece)
        else:
            said[-1] = joined
            named = named or _names_a_thing_or_place(piece)
    return "".join(part + mark for part, mark in zip(said, kept_marks + [""]))
