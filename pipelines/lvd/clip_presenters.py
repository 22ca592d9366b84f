"""Where a sentence presents the clip: the screen, label or verb of showing that introduces the things it counts.

A voice often talks around its clip ("Order book, Tuesday. Mrs Okafor wants tulips. The screen in the shop window
plays a clip of one walking dog."): what a screen, a camera or a clip shows, what a label on the clip introduces
with a colon ("Video for the guests at dinner: two cats", "Keys, a phone, and the video: a dog"), what a clip is
"of", and what is counted "on the monitor" are the clip, one thing by its article too ("the video shows a cat",
"in the video, a duck");
what the sentence says before that introduction (the screen itself, the shop window it stands in, the
hygienist who put it on) is the speaker's world. A sentence with no such introduction ("A man walks a dog.") is not
presented here at all, and stays whole.
"""

from __future__ import annotations

import re

from .vocabulary import NUMBER_WORDS

_COUNT = r"(?:" + "|".join(word for word in NUMBER_WORDS if word.isalpha()) + r"|\d+)\b"
# the things that carry a clip: a screen, a camera, a device, or the clip by any of its names
_CARRIER = (r"(?:monitor|screen|tv|telly|television|display|camera|webcam|clip|video|footage|feed|film|projection"
            r"|recording|laptop|tablet|phone|projector)")
# where the carrier is, between it and its verb: "the camera at the junction shows", "the screen overhead shows",
# "the clip from our roof camera shows", "our video this hour shows"
_CARRIER_PLACE = (r"(?: (?:overhead|above you|(?:this|that) (?:hour|morning|evening|afternoon|week)"
                  r"|(?:on|in|at|from|by|for|above|over|near|behind|beside|under|below) (?:[a-z'-]+ ){0,3}?[a-z'-]+))?")
_SHOWING = (r"(?:shows|showed|is showing|was showing|'s showing|displays|displayed|plays|played|is playing|was playing"
            r"|'s playing|runs|ran|(?:is|was) of)\b")
_INTRODUCTIONS = re.compile("|".join((
    # "the screen in the kitchen showed a clip of three dogs", "the clip on the ceiling plays: one dog"
    rf"\b{_CARRIER}(?:'s)?{_CARRIER_PLACE} (?:now |also |just |today )?{_SHOWING}",
    # "Video for the guests at dinner: two cats", "On the phone my son had left on the bench: one bird": a colon's
    # label closing on the carrier; by an article only at a list's end ("Keys, a phone, and the video: a dog"), for
    # "a girl waves at her phone: a dog" keeps the girl
    rf"\b{_CARRIER}s?\b[^.;!?:]*: (?={_COUNT})"
    rf"|,[^,.;!?:]*(?:,| and| or)(?: and| or)? (?:the |a |an |my |our |his |her |their |this |that )?"
    rf"{_CARRIER}: (?=an?\b)",
    # "a clip of one walking dog", "a clip for the shop screen, three dogs": what the clip holds
    rf"\b{_CARRIER}(?: (?:for|on|in) (?:[a-z'-]+ ){{0,3}}?[a-z'-]+)?(?: of|,) (?={_COUNT}|an?\b)",
    # "a clip on the lobby screen; it shows three balls", "a memory stick for the screen; on it, three cars": the
    # carrier named just before, by a pronoun
    rf"(?:^|(?<=[;,:] ))(?:it|this|that) (?:now |also |just )?{_SHOWING}|(?:^|(?<=[;:] ))on it, (?={_COUNT})",
    # "On the laptop the grandchildren sent, three cats", "In the film we watch, four cars": counted in the carrier
    rf"\b(?:on|onto|in) (?:the|my|our|this|a|his|her|their|your) (?:[a-z]+ ){{0,2}}{_CARRIER}\b",
)))
_COUNT_RE = re.compile(rf"(?<!-)\b{_COUNT}(?!-)")
# "the video shows a cat", "in the clip, an owl": one thing, by its article right after the introduction
_ONE_RE = re.compile(r",? ?(?:a|an)\b")
# the clip by its own names, not a screen or a device in a room that could be filmed with it
_CLIP_ITSELF = re.compile(r"\b(?:clip|video|footage|film|recording|feed)\b")


def presented_from(sentence: str) -> int | None:
    """Where the sentence's presented things start (its first count after the introduction, or its start where the
    carrier is named after the count: "Four cars on the monitor."); None where nothing introduces a clip."""
    introduction = _INTRODUCTIONS.search(sentence)
    if introduction is None:
        return None
    count = _COUNT_RE.search(sentence, introduction.start())
    if count is None or count.start() < introduction.end():  # a count before a colon's label is the speaker's
        if _COUNT_RE.search(sentence, 0, introduction.start()) and not introduction.group(0).endswith(": "):
            return 0
        one = _ONE_RE.match(sentence, introduction.end())
        return one.end() - len(one.group(0).lstrip(", ")) if one else None
    return count.start()


_SENTENCE_RE = re.compile(r"[^.;!?]+[.;!?]*\s*")


def clip_told_from(prompt: str) -> int | None:
    """Where the first sentence that presents a counted clip starts telling it, in PROMPT; None where none does. A
    prompt naming more things than a layout holds keeps these first: the speaker's world before them is the part to
    leave out ("Phone order from the vicarage: a wreath, a spray, a posy ... today the clip shows one cat")."""
    lowered = prompt.lower()
    for sentence in _SENTENCE_RE.finditer(lowered):
        offset = presented_from(sentence.group(0))
        if offset is not None:
            return sentence.start() + offset
    return None


def introduced_as_the_clip(sentence: str) -> bool:
    """Whether the sentence introduces its things by the clip itself ("the clip on the ceiling plays: one dog"), not
    by a screen in a room ("A man sits on a sofa, and the TV shows two dogs"): a clip is no thing in a room, so
    what the sentence tells before it, "The hygienist is humming along", is never filmed with it."""
    introduction = _INTRODUCTIONS.search(sentence)
    return introduction is not None and bool(_CLIP_ITSELF.search(introduction.group(0)))
