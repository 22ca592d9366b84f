"""The two of a pair told apart as "one ... the other ...", said as two members, before reading: "Two cats nap. One
walks to the left, the other to the right." is "Two cats nap. A cat walks to the left. A cat walks to the right."
A lone "one" of a resting group doing something of its own, "Three cats nap; then one walks off.", is a member too:
"then a cat walks off", one of the three, the others still napping. A group only said to be there gives members too,
"There were three dogs, and one ran left." ("there were three dogs; a dog ran left"), and so do bare counts told in
turn, "Three birds: two fly left, one flies right.", each count that many members with its clause said once for each
("a bird flies left; a bird flies left; a bird flies right"); a group already moving gives none. A
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
from .vocabulary import VERB_KINDS, WORD_RE
from .word_guessing import third_person

# "one walks to the left, the other to the right", "one of them sleeps while the other one runs off"
ONE_AND_OTHER_RE = re.compile(r"\bone(?: of them)? (?P<first>[^.;!?,]{1,80}?)(?:,? (?:and|while|whereas|but) |[,;] "
                              r"(?:and |while |whereas |but )?|\. )the other(?: one)? (?P<second>[^.;!?]{1,80}?)"
                              r"(?=\s*(?:[.;!?]|$))")
# the pair: "two cats", "a pair of small dogs", "both birds"
_PAIR_RE = re.compile(r"\b(?:two|a pair of|both) (?:[a-z-]+ ){0,2}?(?P<plural>[a-z]+s)\b")
# a counted group: "three cats", "two sleepy dogs"
_GROUP_RE = re.compile(r"\b(?:two|three|four|five|six|a pair of|both) (?:[a-z-]+ ){0,2}?(?P<plural>[a-z]+s)\b")
# "two dogs sat; then one leaves", "..., and one of them walks off", "three birds: two fly left": a lone "one" or a bare
# count opening its clause, with its verb
LONE_ONE_RE = re.compile(r"(?:(?<=^)|(?<=[.;:!?,] )|(?<=\bthen )|(?<=\band )|(?<=\bbut ))(?P<count>one|two|three|four)"
                         r"(?: of them)? (?P<verb>[a-z]+)\b")
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4}
# where a member's clause ends: its stop or the "and" that opens the next one (looked for only a short way on)
_CLAUSE_END_RE = re.compile(r"\s*(?:[.;:!?,]|\band\b|\bwhile\b|$)")
_CLAUSE_REACH = 80
# "there were three dogs", "there are two cats": a group said only to be there
_PRESENTED_RE = re.compile(r"\bthere (?:is|are|was|were) $")
# the words that join a member's clause to a group only said to be there: "there were three dogs, and one ran left"
_JOINED_ON_RE = re.compile(r"(?:,? and|,)$")
# what a verb left out is known by: the second part opens on its way or place
_WAY_WORDS = frozenset("to toward towards into onto from across up down left right leftward rightward leftwards "
                       "rightwards away off back along over past".split())
_RESTING_KINDS = frozenset(("rest", "visible", None))
_SENTENCE_END_RE = re.compile(r"[.;!?]")
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
        words = list(WORD_RE.finditer(text))
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
        and ``at`` moves (and, with ``rest_told``, something there rests, "two cats sit. one runs", or the group is
        only said to be there, "there were three dogs, and one ran left", "three birds: two fly left")."""
        group = self.group_before(at)
        if group is None:
            return None
        noun = singular(group["plural"])
        ends_before = bisect_right(self.sentence_ends, group.start())
        sentence_start = self.sentence_ends[ends_before - 1] if ends_before else 0
        if self._count(self.things, sentence_start, group.start()):
            return None  # "a boy holds two balloons": the pair is what another thing has, told apart by the reader
        if noun_class(noun) is None or self.moves_between(group.end(), at):
            return None
        if rest_told and not self.rests_between(group.end(), at) and not self.presented(group):
            return None  # "three dogs run, and one barks": no group at rest to take one from
        return noun

    def group_before(self, at: int) -> re.Match | None:
        last = bisect_right(self.group_starts, at) - 1
        while last >= 0 and self.groups[last].end() > at:
            last -= 1
        return self.groups[last] if last >= 0 else None

    def moves_between(self, start: int, end: int) -> bool:
        return self._count(self.moving, start, end) > 0

    def rests_between(self, start: int, end: int) -> bool:
        return self._count(self.resting, start, end) > 0

    def presented(self, group: re.Match) -> bool:
        """Whether the group is only said to be there: after "there are", or set off alone ("Three birds: ...")."""
        before = self.text[max(0, group.start() - 16):group.start()]
        return _PRESENTED_RE.search(before) is not None or self.text.startswith((":", ",", ".", ";"), group.end())


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


def _members_told_apart(text: str, groups: _GroupsTold) -> str:
    """Each lone "one" or bare count doing something of its own after a group at rest or only said to be there, said
    as members of it, "a dog leaves", so the reader takes them from the group; "one dog", "one more" or "one that ..."
    are left as said. Counts told in turn, "two fly left, one flies right", are members of the same group: the moves
    told of the members before never make the group a moving one."""
    pieces, done, members_end, noun_now = [], 0, -1, None
    for match in LONE_ONE_RE.finditer(text):
        verb, count = match["verb"], _COUNTS[match["count"]]
        if verb == "left" and _GONE_RE.match(text, match.end()):
            verb = "leaves"  # "then one left.": it went
        if VERB_KINDS.get(verb) is None:
            continue
        if noun_now is not None and members_end <= match.start() and not groups.moves_between(members_end,
                                                                                              match.start()):
            noun = noun_now  # the next members of the group told apart
        else:
            noun = groups.noun_before(match.start(), rest_told=True)
        if noun is None:
            continue
        end = _CLAUSE_END_RE.search(text, match.end(), match.end() + _CLAUSE_REACH)
        if end is None and count > 1:
            continue
        before = text[done:match.start()]
        group = groups.group_before(match.start())
        if group is not None and groups.presented(group) and not groups.rests_between(group.end(), match.start()):
            joined = _JOINED_ON_RE.search(before.rstrip())
            if joined is not None:  # "there were three dogs, and one ran": a member, never one more in the list
                before = before.rstrip()[:joined.start()] + "; "
        member = f"a {noun} {verb if count == 1 else _one_does(verb)}"
        if count > 1:
            told = f"{member}{text[match.end():end.start()]}"
            pieces.extend((before, "; ".join([told] * count)))
            done = end.start()
        else:
            pieces.extend((before, member))
            done = match.end()
        noun_now, members_end = noun, end.start() if end is not None else match.end()
    return "".join(pieces) + text[done:]


def _one_does(verb: str) -> str:
    """The verb told of many ("fly") told of one member ("flies"), where the tables know that form as the same move."""
    said = third_person(verb)
    return said if VERB_KINDS.get(said) == VERB_KINDS.get(verb) else verb


def might_tell_one_and_the_other(text: str) -> bool:
    """Whether ``text`` may tell a pair apart: the cheap test before the pattern."""
    return "one " in text or "two " in text or "three " in text or "four " in text


def one_and_the_other_as_members(text: str) -> str:
    """``text`` with each "one ..., the other ..." after a resting pair said as two members of it, and then a lone
    "one" doing something as one member of the group before it."""
    if "the other" in text:
        pairs = _GroupsTold(text, _PAIR_RE)
        text = ONE_AND_OTHER_RE.sub(lambda match: _members(match, pairs), text)
    if LONE_ONE_RE.search(text) is None:
        return text  # no lone "one" or bare count: the groups need not be counted
    return _members_told_apart(text, _GroupsTold(text, _GROUP_RE))
