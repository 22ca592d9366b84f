"""The two of a pair told apart as "one ... the other ...", said as two members, before reading: "Two cats nap. One
walks to the left, the other to the right." is "Two cats nap. A cat walks to the left. A cat walks to the right."
A lone "one" of a resting group doing something of its own, "Three cats nap; then one walks off.", is a member too:
"then a cat walks off", one of the three, the others still napping. Only a group told resting gives a member: after
"There were three dogs, and one ran left." there is no resting group to take it from, and the "one" is left as said. A
"one left" that ends its clause went ("then one left."), but "one left, and the other one right" are two ways whose
verb is left out, one member each.

Read as written, "one" and "the other" point back at the whole pair, so both cats take both moves. Said as a bare "a
cat" each, they are members of the resting pair told apart by what they do, as ``noun_mentions.merge_restated`` reads
them, and the pair stays two. The verb left out after "the other" ("the other to the right") is the first one's. Only
after a pair that rests or only is there: members told apart from a pair already moving would be a pair and two more.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .object_classes import noun_class, singular
from .vocabulary import VERB_KINDS

# "one walks to the left, the other to the right", "one of them sleeps while the other one runs off"
ONE_AND_OTHER_RE = re.compile(r"\bone(?: of them)? (?P<first>[^.;!?,]{1,80}?)(?:,? (?:and|while|whereas|but) |[,;] "
                              r"(?:and |while |whereas |but )?|\. )the other(?: one)? (?P<second>[^.;!?]{1,80}?)"
                              r"(?=\s*(?:[.;!?]|$))")
# the pair: "two cats", "a pair of small dogs", "both birds"
_PAIR_RE = re.compile(r"\b(?:two|a pair of|both) (?:[a-z-]+ ){0,2}?(?P<plural>[a-z]+s)\b")
# a counted group: "three cats", "two sleepy dogs"
_GROUP_RE = re.compile(r"\b(?:two|three|four|five|six|a pair of|both) (?:[a-z-]+ ){0,2}?(?P<plural>[a-z]+s)\b")
# "two dogs sat; then one leaves", "..., and one of them walks off": a lone "one" opening its clause, with its verb
LONE_ONE_RE = re.compile(r"(?:(?<=^)|(?<=[.;:!?,] )|(?<=\bthen )|(?<=\band )|(?<=\bbut ))one(?: of them)? "
                         r"(?P<verb>[a-z]+)\b")
# what a verb left out is known by: the second part opens on its way or place
_WAY_WORDS = frozenset("to toward towards into onto from across up down left right leftward rightward leftwards "
                       "rightwards away off back along over past".split())
_RESTING_KINDS = frozenset(("rest", "visible", None))
_SENTENCE_END_RE = re.compile(r"[.;!?]")
_WORD_RE = re.compile(r"[a-z]+")
# "one left." or "one left for good, and ...": it went, where "one left of the door" is a place
_GONE_RE = re.compile(r"(?: for good| for ever| forever)?\s*(?:[.;:!?,]|$)")


class _GroupsTold:
    """Where the groups, the sentence ends and the words that move, rest or name a thing lie in one text, counted once,
    so each "one" finds the group before it without reading the text again from its start."""

    def __init__(self, text: str, group_re: re.Pattern) -> None:
        self.text = text
        self.groups = list(group_re.finditer(text))
        self.group_starts = [found.start() for found in self.groups]
        self.sentence_ends = [found.end() for found in _SENTENCE_END_RE.finditer(text)]
        words = list(_WORD_RE.finditer(text))
        self.word_starts = [found.start() for found in words]
        self.word_ends = [found.end() for found in words]
        self.moving, self.resting, self.things = [0], [0], [0]
        for found in words:
            kind = VERB_KINDS.get(found.group(0))
            self.moving.append(self.moving[-1] + (kind not in _RESTING_KINDS))
            self.resting.append(self.resting[-1] + (kind == "rest"))
            self.things.append(self.things[-1] + (noun_class(found.group(0)) is not None))

    def _count(self, tally: list[int], start: int, end: int) -> int:
        """How many words wholly between ``start`` and ``end`` the running ``tally`` counted."""
        first = bisect_left(self.word_starts, start)
        last = bisect_right(self.word_ends, end)
        return tally[last] - tally[first] if last > first else 0

    def noun_before(self, at: int, rest_told: bool = False) -> str | None:
        """The noun of the group named last before ``at``, when it opens its sentence's things and nothing between it
        and ``at`` moves (and, with ``rest_told``, something there rests: "two cats sit. one runs")."""
        last = bisect_right(self.group_starts, at) - 1
        while last >= 0 and self.groups[last].end() > at:
            last -= 1
        if last < 0:
            return None
        group = self.groups[last]
        noun = singular(group["plural"])
        ends_before = bisect_right(self.sentence_ends, group.start())
        sentence_start = self.sentence_ends[ends_before - 1] if ends_before else 0
        if self._count(self.things, sentence_start, group.start()):
            return None  # "a boy holds two balloons": the pair is what another thing has, told apart by the reader
        if noun_class(noun) is None or self._count(self.moving, group.end(), at):
            return None
        if rest_told and not self._count(self.resting, group.end(), at):
            return None  # "there were three dogs, and one ran left": no resting group to take one from
        return noun


def _members(match: re.Match, groups: _GroupsTold) -> str:
    """The "one ..., the other ..." said as two members of the resting pair before it, each with its own verb."""
    noun = groups.noun_before(match.start())
    if noun is None:
        return match.group(0)
    first, second = (re.sub(rf"^(?:{noun}|{noun}s) ", "", part.strip()) for part in (match["first"], match["second"]))
    if not first or not second:
        return match.group(0)  # "One  , the other walks.": a member told nothing of is no member told apart
    verb = first.split()[0]
    if verb in _WAY_WORDS and second.split()[0] in _WAY_WORDS:
        verb, first = "moves", f"moves {first}"  # "one left, and the other one right": both verbs left out
    if VERB_KINDS.get(verb) is None:
        return match.group(0)
    if second.split()[0] in _WAY_WORDS:
        second = f"{verb} {second}"  # "the other to the right": the first one's verb, left out
    return f"a {noun} {first}. a {noun} {second}"


def _lone_member(match: re.Match, groups: _GroupsTold) -> str:
    """A lone "one" doing something of its own after a resting group said as a member of it, "a dog leaves", so the
    reader takes it from the group; "one dog", "one more" or "one that ..." are left as said."""
    verb = match["verb"]
    if verb == "left" and _GONE_RE.match(match.string, match.end()):
        verb = "leaves"  # "then one left.": it went
    if VERB_KINDS.get(verb) is None:
        return match.group(0)
    noun = groups.noun_before(match.start(), rest_told=True)
    return match.group(0) if noun is None else f"a {noun} {verb}"


def might_tell_one_and_the_other(text: str) -> bool:
    """Whether ``text`` may tell a pair apart: the cheap test before the pattern."""
    return "one " in text


def one_and_the_other_as_members(text: str) -> str:
    """``text`` with each "one ..., the other ..." after a resting pair said as two members of it, and then a lone
    "one" doing something as one member of the group before it."""
    if "the other" in text:
        pairs = _GroupsTold(text, _PAIR_RE)
        text = ONE_AND_OTHER_RE.sub(lambda match: _members(match, pairs), text)
    groups = _GroupsTold(text, _GROUP_RE)
    return LONE_ONE_RE.sub(lambda match: _lone_member(match, groups), text)
