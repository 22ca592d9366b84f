"""The two of a pair told apart as "one ... the other ...", said as two members, before reading: "Two cats nap. One
walks to the left, the other to the right." is "Two cats nap. A cat walks to the left. A cat walks to the right."
A lone "one" of a resting group doing something of its own, "Three cats nap; then one walks off.", is a member too:
"then a cat walks off", one of the three, the others still napping.

Read as written, "one" and "the other" point back at the whole pair, so both cats take both moves. Said as a bare "a
cat" each, they are members of the resting pair told apart by what they do, as ``noun_mentions.merge_restated`` reads
them, and the pair stays two. The verb left out after "the other" ("the other to the right") is the first one's. Only
after a pair that rests or only is there: members told apart from a pair already moving would be a pair and two more.
"""

from __future__ import annotations

import re

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


def _pair_before(text: str, at: int, pair_re: re.Pattern = _PAIR_RE) -> str | None:
    """The noun of the pair (or group) named last before ``at``, when it opens its sentence's things and nothing
    between it and ``at`` moves."""
    pairs = list(pair_re.finditer(text, 0, at))
    if not pairs:
        return None
    noun = singular(pairs[-1]["plural"])
    sentence_start = max((found.end() for found in _SENTENCE_END_RE.finditer(text, 0, pairs[-1].start())), default=0)
    if any(noun_class(word) for word in re.findall(r"[a-z]+", text[sentence_start:pairs[-1].start()])):
        return None  # "a boy holds two balloons": the pair is what another thing has, told apart by the reader
    between = re.findall(r"[a-z]+", text[pairs[-1].end():at])
    if noun_class(noun) is None or any(VERB_KINDS.get(word) not in _RESTING_KINDS for word in between):
        return None
    return noun


def _members(match: re.Match) -> str:
    """The "one ..., the other ..." said as two members of the resting pair before it, each with its own verb."""
    noun = _pair_before(match.string, match.start())
    if noun is None:
        return match.group(0)
    first, second = (re.sub(rf"^(?:{noun}|{noun}s) ", "", part.strip()) for part in (match["first"], match["second"]))
    if not first or not second:
        return match.group(0)  # "One  , the other walks.": a member told nothing of is no member told apart
    verb = first.split()[0]
    if VERB_KINDS.get(verb) is None:
        return match.group(0)
    if second.split()[0] in _WAY_WORDS:
        second = f"{verb} {second}"  # "the other to the right": the first one's verb, left out
    return f"a {noun} {first}. a {noun} {second}"


def _lone_member(match: re.Match) -> str:
    """A lone "one" doing something of its own after a resting group said as a member of it, "a dog leaves", so the
    reader takes it from the group; "one dog", "one more" or "one that ..." are left as said."""
    if VERB_KINDS.get(match["verb"]) is None:
        return match.group(0)
    noun = _pair_before(match.string, match.start(), _GROUP_RE)
    return match.group(0) if noun is None else f"a {noun} {match['verb']}"


def might_tell_one_and_the_other(text: str) -> bool:
    """Whether ``text`` may tell a pair apart: the cheap test before the pattern."""
    return "one " in text


def one_and_the_other_as_members(text: str) -> str:
    """``text`` with each "one ..., the other ..." after a resting pair said as two members of it, and then a lone
    "one" doing something as one member of the group before it."""
    if "the other" in text:
        text = ONE_AND_OTHER_RE.sub(_members, text)
    return LONE_ONE_RE.sub(_lone_member, text)
