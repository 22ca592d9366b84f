"""Colours shared out over a counted group: "two balloons, one red and one blue", "three cups: a red one,
a green one and a yellow one", "two boats sail off, one of them red and the other white". Each listed
colour belongs to one member, in order, not to all of them.

The word-by-word pass binds every colour it meets to the group, so it would draw three cups that are each
"red green yellow"; this pass, run over the whole text afterwards, finds a list of colours each said of
"one", "a ... one" or "the other", and gives them to the members of the counted group named last before it. A list
said "respectively" with no such group is shared out over the single things listed in its sentence ("the cat and the
dog are respectively red and blue"), and one said after several things, a group among them, gives each thing, a group
as a whole, its colour in order ("the dog and the two cats are respectively brown and white").
"""

from __future__ import annotations

import re

from .motions import Entity, remove_entity
from .object_classes import noun_class, singular
from .vocabulary import COLORS, INTENSITY_WORDS, WORD_RE

_COLOUR = "(?:" + "|".join(sorted(COLORS, key=len, reverse=True)) + ")"
_COLOUR_WORDS = tuple(COLORS)
_SHADE = "(?:(?:" + "|".join(sorted(INTENSITY_WORDS, key=len, reverse=True)) + r")\s+)?"
# one member: "one red", "a red one", "one of them red", "the other blue", "the first is green" ("two cats, black and white" may
# be two black-and-white cats, so a bare pair of colours is left to the word-by-word reading)
_MARK = (r"(?:(?:one|each) of them(?: is)?|one|a|an|another|the other|the first|the second|the third|the last|the former|"
         r"the latter"
         # "the larger one is red"
         r"|the (?:larger|bigger|smaller|taller|shorter|heavier|lighter|faster|slower))\s+(?:(?:one\s+)?(?:is|was)\s+)?")
# a member may carry its own place or way: "a red one to the left and a blue one to the right"
_OWN_PLACE = (r"(?:\s+(?:to|on|at|in|toward|towards) the (?:[a-z]+ ){{0,2}}?(?:left|right|top|bottom|middle|centre|center|corner|"
              r"side))?")
_ITEM = rf"{_MARK}{_SHADE}(?P<colour{{i}}>{_COLOUR})(?:\s+one)?\b{_OWN_PLACE}"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*|\s+)"
_MAX_MEMBERS = 8
LIST_RE = re.compile(
    r"\b" + _ITEM.format(i=0)
    + "".join(rf"(?:{_JOIN}{_ITEM.format(i=i)}" for i in range(1, _MAX_MEMBERS))
    + ")?" * (_MAX_MEMBERS - 1)
)
_COLOUR_RE = re.compile(rf"\b{_COLOUR}\b")
# one thing in several colours: "red and blue", "black-and-white", "red, white and blue" right before its noun
MIXED_RE = re.compile(rf"\b(?P<colours>{_COLOUR}(?:(?:\s*,\s*|-)(?!and\b){_COLOUR})*(?:\s+and\s+|"
                      rf"-and-){_COLOUR})\s+(?P<noun>[a-z]+)")
_COLOUR_LIST = rf"{_COLOUR}(?:(?:\s*,\s*|-)(?!and\b){_COLOUR})*(?:\s*,?\s+and\s+|-and-){_COLOUR}"
# the same said after its noun: "the ball is red and blue", "a cat that is grey and white", "a ball, red and blue", "a cat (red
# and blue)" (not one colour each: "a bird and a dog, white and black respectively")
MIXED_AFTER_RE = re.compile(rf"\b(?P<noun>[a-z]+)(?:\s*,\s*(?:(?:which|that|who)\s+(?:is|was)\s+)?|\s*\(\s*"
                            rf"|\s+(?:(?:that|which|who)\s+)?(?:is|was|looks|seems|appears)\s+)(?:(?:all|both|coloured|colored|"
                            rf"painted|striped|spotted|patterned)\s+)?(?P<colours>{_COLOUR_LIST})"
                            rf"(?!\s+(?:one|ones)\b|-|,?\s+respectively\b)(?:\s+(?P<next>[a-z]+))?")
# "two cats, red and blue respectively", "the balls, respectively red and white": one colour per member, in order
RESPECTIVE_RE = re.compile(rf"\brespectively,? (?P<before>{_COLOUR_LIST})\b|\b(?P<after>{_COLOUR_LIST}),? respectively\b")
_SENTENCE_END = re.compile(r"[.!?]")  # "two cats sit; one of them is grey, the other orange": a semicolon goes on


def apply_member_colours(text: str, entities: list[Entity]) -> None:
    """Give each member of a counted group the colour listed for it, in order."""
    if not any(e.count >= 2 for e in entities) and not colours_joined(text):
        return  # a list of colours is said of a counted group, or of things named one article each
    for match in LIST_RE.finditer(text):
        listed = [match.group(f"colour{i}") for i in range(_MAX_MEMBERS) if match.group(f"colour{i}")]
        following = WORD_RE.match(text, match.end() + 1) if match.end() < len(text) else None
        if len(listed) < 2:
            continue
        if following is not None and noun_class(following.group(0)) is not None:
            _one_per_colour(following.group(0), entities, listed)  # "a red and a blue ball": two balls, one of each
            continue
        group = _group_named_before(text, match.start(), entities, len(listed))
        if group is None:
            continue
        group.attributes = [a for a in group.attributes if not (a[0] == "color" and a[1] in listed)]
        group.member_colours = listed
    if "respectively" in text:
        for match in RESPECTIVE_RE.finditer(text):
            listed = _COLOUR_RE.findall(match["before"] or match["after"])
            if _one_colour_per_thing_named_before(text, match, entities, listed):
                continue  # "the dog and the two cats are respectively brown and white": the dog brown, both cats white
            group = _group_named_before(text, match.start(), entities, len(listed))
            if group is not None and not group.member_colours:
                group.attributes = [a for a in group.attributes if not (a[0] in ("color", "also_color") and a[1] in listed)]
                group.member_colours = listed
            elif group is None:
                _one_colour_each(text, match, entities, listed)


def _one_colour_per_thing_named_before(text: str, match: re.Match, entities: list[Entity], listed: list[str]) -> bool:
    """"The dog and the two cats are respectively brown and white": as many things listed before the colours, in their
    sentence, as there are colours, a counted group among them, pair with the colours in order (each member of a group
    taking its group's colour); one group alone ("two cats, red and blue respectively") shares them out instead."""
    things = [e for e in entities if e.noun not in listed]
    named = _things_in(text, _sentence_start(text, match.start()), match.start(), things, groups=True)
    if len(named) != len(listed) or all(entity.count == 1 for entity in named):
        return False  # single things only: the reading below pairs them the same way, and finds them after the colours too
    for entity, colour in zip(named, listed):
        kept = [a for a in entity.attributes if not (a[0] in ("color", "also_color") and a[1] in listed)]
        entity.attributes = [("color", colour)] + kept
    return True


def _one_colour_each(text: str, match: re.Match, entities: list[Entity], listed: list[str]) -> None:
    """"The cat and the dog are respectively red and blue", "respectively pink and gray, a cat and a ball": the things
    listed in the same sentence, before the colours or else after them, take one colour each, in order."""
    things = [e for e in entities if e.noun not in listed]
    named = _things_in(text, _sentence_start(text, match.start()), match.start(), things)
    if len(named) < len(listed):
        end = _SENTENCE_END.search(text, match.end())
        named = _things_in(text, match.end(), end.start() if end else len(text), things)[:len(listed)]
    named = named[-len(listed):]
    if len(named) != len(listed):
        return
    for entity, colour in zip(named, listed):
        kept = [a for a in entity.attributes if not (a[0] in ("color", "also_color") and a[1] in listed)]
        entity.attributes = [("color", colour)] + kept
    for index in range(len(entities) - 1, -1, -1):  # "... orange and purple": the colours, not the fruit
        if entities[index].noun in listed and not entities[index].motions:
            remove_entity(entities, index)


def _things_in(text: str, start: int, end: int, entities: list[Entity], groups: bool = False) -> list[Entity]:
    """The single things (and the counted groups too, with ``groups``) named between ``start`` and ``end``, each once,
    in the order they are named."""
    found: list[Entity] = []
    for word in WORD_RE.finditer(text, start, end):
        base = singular(word.group(0))
        for entity in entities:
            if (groups or entity.count == 1) and entity.noun.split()[-1] == base and entity not in found:
                found.append(entity)
                break
    return found


def _sentence_start(text: str, at: int) -> int:
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def _colour_before(text: str, joint: str) -> bool:
    """Whether some ``joint`` in ``text`` comes right after a colour word: what ``{colour}{joint}`` finds, looked for
    from the few joints back rather than from every letter forward."""
    at = text.find(joint)
    while at != -1:
        if text.endswith(_COLOUR_WORDS, 0, at):
            return True
        at = text.find(joint, at + 1)
    return False


def _colour_then_and(text: str) -> bool:
    """Whether a colour word comes right before " and " or "-and-": "red and", "black-and-"."""
    return _colour_before(text, " and ") or _colour_before(text, "-and-")


def colours_joined(text: str) -> bool:
    """Whether a colour word is followed by "and" or a comma: the cheap test before the list patterns."""
    return "and" in text and _colour_then_and(text) or ", " in text and _colour_before(text, ", ")


def _one_per_colour(noun: str, entities: list[Entity], listed: list[str]) -> None:
    """"A red and a blue ball": each colour has its own article, so each names one ball of that colour."""
    base = noun_class(noun)[0]  # type: ignore[index]
    named = [e for e in entities if e.noun.split()[-1] == base.split()[-1]]
    if not named or named[-1].count > len(listed) or named[-1].member_colours:
        return
    group = named[-1]
    for index in range(len(entities) - 1, -1, -1):  # "an orange and a green balloon": the colour, not the fruit
        if entities[index].noun in listed and not entities[index].motions:
            remove_entity(entities, index)
    group.count = len(listed)
    group.attributes = [a for a in group.attributes if not (a[0] == "color" and a[1] in listed)]
    group.member_colours = listed


def apply_mixed_colours(text: str, entities: list[Entity]) -> None:
    """"A red and blue ball", "a black-and-white cat": one thing of several colours. The first colour names it
    (so a query for the "red ball" finds it) and the others stay in its attributes as ``also_color``."""
    if not colours_joined(text):
        return
    said_after = "and" in text and _colour_then_and(text)  # a list of colours ends "red and blue"
    for match in [*MIXED_RE.finditer(text), *(MIXED_AFTER_RE.finditer(text) if said_after else ())]:
        colours = _COLOUR_RE.findall(match.group("colours"))
        found = noun_class(match.group("noun"))
        if match.re is MIXED_AFTER_RE and (singular(match.group("noun")) != match.group("noun")
                                           or noun_class(match.group("next") or "") is not None):
            continue  # "the balloons are red and blue" may be one of each, "is red and blue cars ...": the colours go on
        base = found[0] if found else singular(match.group("noun"))
        named = [e for e in entities if e.noun.split()[-1] == base.split()[-1] and not e.member_colours]
        if not named:
            continue
        entity = named[0] if len(named) == 1 else next((e for e in named if ("color", colours[-1]) in e.attributes), named[0])
        kept = [a for a in entity.attributes if not (a[0] in ("color", "also_color") and a[1] in colours)]
        entity.attributes = [("color", colours[0])] + kept + [("also_color", c) for c in colours[1:]]
        if match.re is MIXED_AFTER_RE:
            for index in range(len(entities) - 1, -1, -1):  # "the flag is green, white and orange": the colour, not the fruit
                if entities[index].noun in colours and not entities[index].motions:
                    remove_entity(entities, index)


def _group_named_before(text: str, start: int, entities: list[Entity], members: int) -> Entity | None:
    """The counted group (at least ``members`` strong) named last before ``start``, in the same sentence."""
    best, best_at = None, -1
    for word in WORD_RE.finditer(text, _sentence_start(text, start), start):
        base = singular(word.group(0))
        for entity in entities:
            if entity.count >= members and entity.noun.split()[-1] == base and word.start() > best_at:
                best, best_at = entity, word.start()
    return best
