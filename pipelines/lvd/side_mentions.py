"""Things told apart by the side they are on, put into words the word-by-word pass reads as two things.

"The left balloon is red and the right balloon is yellow" and "the car on the left is white, and the one on the
right is black" name two things of one kind by their sides and describe each. Read word by word, the second
definite mention is the first thing again, so one balloon would be both red and yellow. Here "the left balloon"
opening a clause is "the balloon on the left", and where the prompt names a kind on both sides, each mention,
"the X on the left is red", "the one on the right is black", "the dog on the left sleeps", becomes a thing of its
own: "a red X is on the left", "a dog on the left sleeps". A side said before its thing, "on the left is a pink bird",
"to the left goes a dog", is put after it. A kind named before its sides ("two balloons: the left one ...") is left to the reader.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .vocabulary import COLORS, WORD_RE

_SIDE = r"(?P<side>left|right)(?:[ -]hand)?"
_COLOUR = "(?:" + "|".join(sorted(COLORS, key=len, reverse=True)) + ")"
# "The left balloon rises", "..., and the right-hand car is black": a side before the noun, opening a clause
SIDE_BEFORE_RE = re.compile(r"(?P<lead>(?:^|[.,;:!?] |\b(?:and|but|while|as|whereas) ))the " + _SIDE + r" (?P<noun>[a-z]+)\b")
# "the car on the left is white", "the one on the right is black", "the dog on the left sleeps": a thing at a side,
# and its colour where one is said
SIDE_DESCRIBED_RE = re.compile(r"\bthe (?P<noun>[a-z]+) on the " + _SIDE + r"(?: side| of the (?:frame|picture|screen))?"
                               r"(?: (?:is|was) (?:coloured |colored |painted )?(?P<colour>" + _COLOUR + r")\b)?")
# "on the left is a pink bird", "to the left goes a dog": a thing placed or sent by a side said before it, put in the
# order "a pink bird is on the left", "a dog goes to the left"
SIDE_FIRST_RE = re.compile(r"(?P<lead>(?:^|[.,;:!?] |\band ))(?P<prep>on|to|towards?) the " + _SIDE + r"(?: side)?,? "
                           r"(?P<verb>is|sits|stands|lies|there is|goes|runs|walks|flies|rolls|drives|moves|swims|hops|trots|"
                           r"races) "
                           r"(?P<thing>(?:a|an|one|the) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+))(?=\s*(?:[,.;!?]|\band\b|$))")


def sides_told_apart(text: str) -> str:
    """``text`` with things told apart by their sides said as one thing each (see the module's docstring)."""
    text = SIDE_BEFORE_RE.sub(_side_after, text)
    if "on the " in text or "to the " in text or "towards the " in text:
        text = SIDE_FIRST_RE.sub(_thing_first, text)
    described = list(SIDE_DESCRIBED_RE.finditer(text))
    if len({m["side"] for m in described}) < 2:
        return text
    pieces, at, kind = [], 0, None
    for match in described:
        noun = match["noun"]
        if noun != "one":
            kind = noun if noun_class(noun) is not None else None
        elif kind is None:
            kind = _latest_kind(text[:match.start()])
        if kind is None or _named_before(kind, text[:described[0].start()]):
            return text  # a kind named before its sides is one group the sides share out
        said = f"a {match['colour']} {kind} is" if match["colour"] else f"a {kind}"
        pieces += [text[at:match.start()], f"{said} on the {match['side']}"]
        at = match.end()
    return "".join(pieces) + text[at:]


def _side_after(match: re.Match) -> str:
    if noun_class(match["noun"]) is None:
        return match.group(0)  # "the left side", "the right corner": a place, not a thing
    return f"{match['lead']}the {match['noun']} on the {match['side']}"


def _thing_first(match: re.Match) -> str:
    placed = match["verb"] in ("is", "sits", "stands", "lies", "there is")
    if noun_class(match["noun"]) is None or placed != (match["prep"] == "on"):
        return match.group(0)  # "on the left runs ...", "to the left is ...": not one of the two orders
    verb = "is" if match["verb"] == "there is" else match["verb"]
    return f"{match['lead']}{match['thing']} {verb} {match['prep']} the {match['side']}"


def _latest_kind(before: str) -> str | None:
    """The kind of thing named last in ``before``: what "the one on the right" is one of."""
    for word in reversed(WORD_RE.findall(before)):
        if noun_class(word) is not None:
            return word
    return None


def _named_before(kind: str, before: str) -> bool:
    base = singular(kind)
    return any(singular(word) == base for word in WORD_RE.findall(before))


# "sits right beside it", "runs right behind the car", "stops right there", "leaves right away", "lands right on it",
# "stays right where it is": "right" just before a place word stresses that place and names no side; before "by", "at" or "on"
# only when a thing follows ("rolls right at the midpoint", "the far right on a hillside" are sides) ("right " opens the pattern
# and the words before it are looked back at from there: a search skips to each "right ")
_INTENSIFYING_RIGHT_RE = re.compile(
    r"right (?<=\bright )(?<!the right )(?<!to right )(?<!far right )(?<!lower right )(?<!upper right )(?<!top right )"
    r"(?<!bottom right )(?<!extreme right )(?<!very right )"
    r"(?=(?:beside|next to|behind|in front of|above|below|under|underneath|there|here|where|away)\b"
    r"|(?:by|at|on|onto|against) (?:it|him|her|them|(?:the|a|an|its|their) (?P<thing>[a-z]+))\b)")


def _stresses_a_place(match: re.Match) -> str:
    thing = match["thing"]
    return "" if thing is None or noun_class(thing) is not None else match.group(0)


def intensifying_right_dropped(text: str) -> str:
    """``text`` without the "right" that stresses a place ("sits right beside it"), which would be read as a side."""
    return _INTENSIFYING_RIGHT_RE.sub(_stresses_a_place, text)
