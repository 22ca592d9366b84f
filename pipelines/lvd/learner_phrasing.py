"""Second-language phrasing put into the forms the token pass reads.

A writer whose English is a second language drops the article before the clip's parts and times ("in first
half of video", "at end"), says a time with "at" where English says "in" ("at first half") and "in" where it
says "at" ("in end of video"), opens a note on a thing with no article ("walking dog at lower left corner."), ends a clause
with a bare "is finish", notes a presence with no verb ("a bird present in the first half; not present in the second
half"), and denies with "there is not any bird" (any writer's "not a single cat" and "not a cat to be seen" are read
in `contrasts.py`). These change no content, so each is written back here into the one form the reader's tables hold.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular

# the clip and what shows it, as a learner names them: "half of video", "in end of clip", "on screen"
_CLIP_NOUN_WORDS = r"video|clip|film|footage|movie|frame|scene|shot|screen|picture"
_CLIP_NOUNS = rf"(?:{_CLIP_NOUN_WORDS})"
# One pass puts back each article a learner drops before a part or a moment of the clip or a side of a thing:
# "in first half of video", "at second part" (the clip's part); "in video", "half of clip" (the clip itself, while
# "a piece of footage" keeps its own); "at end", "by midpoint", "stays to end" (a moment); "on right of tram".
ARTICLE_DROPPED_RE = re.compile(
    r"\b(?:(?:in|at|for|during|after|until|till|before|from|by|through|throughout|within|of) "
    r"(?=(?:first|second|last|final|latter|opening|closing|whole|entire) (?:half|part|third|quarter|"
    + _CLIP_NOUN_WORDS + r"))"
    r"|(?:in|into|from|throughout|through|(?:half|end|start|beginning|middle|midpoint|part|rest|third|quarter) of) "
    r"(?=" + _CLIP_NOUNS + r"\b(?!s))"
    r"|(?:at|by|until|till|near|to|toward|towards|from|after) (?=(?:end|start|beginning|midpoint|middle|finish)\b(?! up\b))"
    r"|(?:on|at|to|from|in|toward|towards) (?=(?:left|right)(?: side)? of\b))")
# a quick look for a preposition right before a part, moment or side word: most prompts have none, and skip the pass above
_ARTICLE_DROP_HINT_RE = re.compile(
    r"\b(?:in|at|for|during|after|until|till|before|from|by|through|throughout|within|of|into|near|to|toward|towards|on) "
    r"(?:first|second|last|final|latter|opening|closing|whole|entire|" + _CLIP_NOUN_WORDS
    + r"|end|start|beginning|midpoint|middle|finish|left|right)\b")
# "in end of video", "in begin of clip": at that moment of it
IN_MOMENT_RE = re.compile(r"\bin (?:the )?(end|begin|beginning|start|middle) of (?:the )?(?=" + _CLIP_NOUNS + r"\b)")
AT_PART_RE = re.compile(r"\bat the (?=(?:first|second|last|final|latter|opening|closing) (?:half|part)\b)")
# "right of tram": the tram, its article dropped
OTHER_WITHOUT_ARTICLE_RE = re.compile(r"\b((?:left|right)(?: side)? of) (?!(?:the|a|an|its|his|her|their|this|that|it|them|him|"
                                      r"frame|screen)\b)([a-z]+)\b")
# "half of the video is finish": over
FINISHED_RE = re.compile(r"\b(is|are|was|be) (?:finish|finished|complete|completed|ended)\b")
# "there is not any bird", "is not a bird", "there isn't a ball" (said the same way however it is contracted): none
NOT_ANY_RE = re.compile(r"\b(is|are|was|were|there) not (?:any|an?)\b(?= [a-z])|\b(is|are|was|were)n't (?:any|an?)\b(?= [a-z])")


# "a flying bird present in the first half; not present in the second half": a note's presence with no verb, before a
# time ("at present", "is present" keep theirs); one opening a clause after a semicolon is the thing just named
PRESENCE_NOTED_RE = re.compile(r"(?:(?<=; )|\b(?P<before>[a-z]+) )(?P<said>(?:not )?(?:present|absent))\b"
                               r"(?= (?:in|during|for|throughout|until|till|from|after|before|by|at)\b)")
_NO_VERB_NEEDED = frozenset("is are was were be been being not at the a an of for and but or".split())


def _presence_with_its_verb(match: re.Match) -> str:
    before = match["before"]
    if before is None:
        return f"it is {match['said']}"
    if before in _NO_VERB_NEEDED:
        return match.group(0)
    return f"{before} {'is' if singular(before) == before else 'are'} {match['said']}"


def _the_other(match: re.Match) -> str:
    """"right of tram": the tram, if the word names a thing."""
    return f"{match.group(1)} the {match.group(2)}" if noun_class(match.group(2)) else match.group(0)


# "walking dog at lower left corner.", "Overhead: moving ball from the lower left corner to ...": a sentence or a
# heading's colon opening on a describing -ing word and a thing's name, no article, then its place or where it goes from
BARE_THING_OPENING_RE = re.compile(r"(?:^|(?<=[.!?;:] ))(?P<ing>[a-z]{3,}ing) (?P<noun>[a-z]+)\b"
                                   r"(?= (?:at|in|on|near|by|from) (?:the )?"
                                   r"(?:upper|lower|top|bottom|left|right|middle|centre|center|far)\b"
                                   r"| (?:is|sits|stands|starts|begins)\b)")


def _article_put_back(match: re.Match) -> str:
    noun = match["noun"]
    if noun_class(noun) is None or noun_class(match["ing"]) is not None or singular(noun) != noun:
        return match.group(0)
    return f"a {match.group(0)}"


def plain_learner_phrasing(text: str) -> str:
    """``text`` (lower-cased) with second-language slips in times, articles and denials written out."""
    if "in " in text and " of " in text:
        text = IN_MOMENT_RE.sub(lambda m: f"at the {'beginning' if m.group(1) == 'begin' else m.group(1)} of the ", text)
    if _ARTICLE_DROP_HINT_RE.search(text):
        text = ARTICLE_DROPPED_RE.sub(r"\g<0>the ", text)
    if "at the " in text:
        text = AT_PART_RE.sub("in the ", text)
    if "finish" in text or "complete" in text or "ended" in text:
        text = FINISHED_RE.sub(r"\1 over", text)
    if "left of " in text or "right of " in text:
        text = OTHER_WITHOUT_ARTICLE_RE.sub(_the_other, text)
    if " not " in text or "n't " in text:
        text = NOT_ANY_RE.sub(lambda m: f"{m.group(1) or m.group(2)} no", text)
    if "present" in text or "absent" in text:
        text = PRESENCE_NOTED_RE.sub(_presence_with_its_verb, text)
    if "ing " in text:
        text = BARE_THING_OPENING_RE.sub(_article_put_back, text)
    return text
