"""What lies around a place, side, direction or time token: the look-around tests the pass asks before it says
where a thing is or goes.

Each takes the prompt's token matches and a position and answers one question the pass (``prompt_reading``) asks of a
place word: whether a side is where a thing is or where its move ends ("at first a duck floats to the left of a
boat"), whether a late time said around a place makes it the end ("is on the right by the end"), whether "by",
"past" or "down" says a pass or a way along a road. Kept apart from ``phrase_context``, whose tests serve the
noun-phrase rules, so rules about where things are have one home.
"""

from __future__ import annotations

import re
from typing import Any

from .object_classes import singular
from .prompt_tokens import fraction_of
from .scenery import goes_by
from .vocabulary import CAMERA_WORDS, COPULA, PRONOUNS, SEQUENCE_WORDS, SIDE_START_LEADS, VERB_KINDS

_EARLY_WORDS = frozenset(("initially", "originally"))


def early_in_clause(matches, position: int) -> bool:
    """"At first", "initially", "at the start" said earlier in the clause: a side said now is where the object
    begins."""
    for k in range(position - 1, -1, -1):
        token = matches[k]
        word = token.group(0)
        if token.lastgroup == "punct" or word in ("and", "then", "but"):
            return False
        if word in _EARLY_WORDS or (word == "first" and k > 0 and matches[k - 1].group(0) == "at") or (
                token.lastgroup == "time" and fraction_of(word) == 0.0):
            return True
    return False


# "is seen", "can be spotted", "appears": a side said right after them is where the thing is seen, not where it goes
PERCEIVED_WORDS = frozenset(
    "seen visible shown spotted glimpsed noticed pictured observed appears appear appeared appearing".split())


_PERCEIVED_ADVERBS = frozenset(("clearly", "plainly", "also", "just", "still", "only"))


def perceived_there(matches, position: int) -> bool:
    """"a cat is seen to the left of a dog", "can be seen on its right", "appears clearly to the right of": the side
    where the thing is seen."""
    before = position - 1
    if before > 0 and matches[before].group(0) in _PERCEIVED_ADVERBS:
        before -= 1
    if before < 0:
        return False
    token = matches[before]
    return token.lastgroup == "visible_phrase" or (token.lastgroup == "word" and token.group(0) in PERCEIVED_WORDS)


def side_is_a_place(reader: Any, matches, position: int) -> bool:
    """A side with no lead word that says where the subject is, not where it goes: one said early ("at first a duck
    is floating to the left of a boat"), one right after a verb of being seen ("a cat is seen to the left of a dog"),
    or the first side right after the subject's own noun with no verb yet ("a cat to the left of a dog."; "dog: right
    of the car to left of the car" names the car before its second side, the end)."""
    if early_in_clause(matches, position) or perceived_there(matches, position):
        return True
    if position == 0 or not reader.subjects or reader.subjects[-1] < 0 or reader.verb_since_subject or reader.current:
        return False
    before = matches[position - 1]
    noun = before.group("compound_name").replace("-", " ") if before.lastgroup == "noun2" else singular(before.group(0))
    return noun == reader.entities[reader.subjects[-1]].noun and not any(
        key == "relation" and str(value[0]).startswith("side_") for key, value in reader.pending)  # type: ignore[index]


def start_told_after(matches, position: int) -> bool:
    """"it started on the left", "it starts on the left", "having begun at the top", "at first it was on the right", "it
    was on the left at the start": where a move began, told after it; a start verb or an early time says so."""
    value = matches[position].group(0)
    if value.startswith(("starts", "started", "begins", "began", "begun")) or (
            position > 0 and matches[position - 1].group(0) in ("having", "had")):
        return True
    return value.split()[0] in COPULA and (early_in_clause(matches, position) or (
        position + 1 < len(matches) and matches[position + 1].lastgroup == "time"
        and fraction_of(matches[position + 1].group(0)) == 0.0))


def late_time_after_phrase(matches, position: int) -> bool:
    """"is to the left of the dog at the end": a late time right after the side phrase and its noun."""
    following = next((m for m in matches[position + 1:position + 6] if m.lastgroup != "word"), None)
    return following is not None and following.lastgroup == "time" and fraction_of(following.group(0)) >= 0.6


_STEP_JOINERS = frozenset(("and", "before", *SEQUENCE_WORDS))  # "and then", "and finally", "before"

_STEP_SUBJECT_WORDS = frozenset(("it", "they", "he", "she", "is", "are", "was", "were"))


def step_joined_after_time(matches, position: int) -> bool:
    """"is in the lower right halfway through and (then) ends in the upper right", "... halfway through before ending
    ...", "... halfway through and by the end it is in ...": a route's timed step closed by a joining word instead of a
    comma, so the last step is a step of its own."""
    before = position - 1
    while before >= 0 and matches[before].lastgroup == "word" and matches[before].group(0) in _STEP_SUBJECT_WORDS:
        before -= 1  # "and by the end it is in ...", "and it ends in ...": the last step's subject
    if before >= 0 and matches[before].lastgroup == "time" and fraction_of(matches[before].group(0)) >= 0.75:
        before -= 1  # "and at the end is in the upper right": the last step's own time
    joined = before
    while before >= 0 and matches[before].lastgroup == "word" and matches[before].group(0) in _STEP_JOINERS:
        before -= 1
    return before < joined and before >= 0 and matches[before].lastgroup == "time"


def until_it(matches, position: int) -> bool:
    """"... until it is to the right of": the state the move goes on until, where it ends."""
    before = [m.group(0) for m in matches[max(0, position - 2):position]]
    return before[-1:] in (["until"], ["till"]) or (
        len(before) == 2 and before[0] in ("until", "till") and before[1] in PRONOUNS)


def late_time_follows(matches, position: int) -> bool:
    """"is on the right by the end", "on the left at the end": a late time right after the place."""
    following = matches[position + 1] if position + 1 < len(matches) else None
    return following is not None and following.lastgroup == "time" and fraction_of(following.group(0)) >= 0.6


def moves_by(matches, position: int) -> bool:
    """Whether "by" follows a verb of going ("gallops by", "drives by"): a pass, not a place beside a thing."""
    return position > 0 and goes_by(matches[position - 1].group(0))


def passes_the_viewer(matches, position: int) -> bool:
    """"rolls past.", "drives past, then ...", "speeds past the camera": a pass with nothing drawn to pass."""
    following = [m.group(0) for m in matches[position + 1:position + 3]]
    if not following or following[0] in (",", ".", ";", "!", "?", "and", "then", "us", "me"):
        return True
    return following[0] == "the" and following[1:] != [] and following[1] in CAMERA_WORDS


_LEVEL_WAYS = frozenset(("road", "street", "lane", "path", "track", "corridor", "hallway", "hall", "avenue",
                         "boulevard", "highway", "sidewalk", "pavement", "aisle", "runway", "road's", "street's"))


def along_a_level_way(matches, position: int) -> bool:
    """"down the road", "up the street": along a level way, not up or down the picture (unlike "down the hill")."""
    following = [m.group(0) for m in matches[position + 1:position + 4]]
    return len(following) >= 2 and following[0] in ("the", "a", "this", "that") and (
        following[1] in _LEVEL_WAYS or (len(following) == 3 and following[2] in _LEVEL_WAYS))


def late_time_precedes(matches, position: int) -> bool:
    """"by the end is sitting on the right", "at the close it is resting on the left": where it is by then."""
    before = position - 1
    while before >= 0 and matches[before].lastgroup == "word" and _state_word(matches[before].group(0)):
        before -= 1
    return before >= 0 and before < position - 1 and matches[before].lastgroup == "time" \
        and fraction_of(matches[before].group(0)) >= 0.75


def late_place_follows(matches, position: int) -> bool:
    after = position + 1
    while after < len(matches) and matches[after].lastgroup == "word" and _state_word(matches[after].group(0)):
        after += 1
    return after < len(matches) and matches[after].lastgroup in ("start_at", "at_region") \
        and late_time_precedes(matches, after)


def late_side_follows(matches, position: int) -> bool:
    """"..., at the end right of the bird": where it is by then, beside the other one, not when a move starts."""
    return position + 1 < len(matches) and matches[position + 1].lastgroup in ("side_rel", "side_its_rel") \
        and fraction_of(matches[position].group(0)) >= 0.75


def _state_word(word: str) -> bool:
    """"is", "it", "parked", "resting": the words between a time and where something is then."""
    return word in ("is", "it", "has", "was", "they", "are", "been", "be") or (
        word.endswith(("ing", "ed")) and VERB_KINDS.get(word, "rest") == "rest")


def said_middle(match) -> bool:
    return match.lastgroup == "at_region" and match.group(0) == "in the middle"


def side_role(lead: str | None, preposition: str | None) -> str:
    """"from the left of" and "starts to the left of" say where a move starts; the rest where it ends."""
    if lead:
        return "start" if re.fullmatch(SIDE_START_LEADS, lead) else "end"
    return "start" if (preposition or "").strip() == "from" else "end"
