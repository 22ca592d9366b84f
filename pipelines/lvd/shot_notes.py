"""Storyboard and shot-list notation put into the sentences the token pass reads.

Shot notes write a path with side letters and arrows ("L→R", "btm left → top rt"), times as shares of the
clip ("0–50%: ...", "at 75%"), the halves as labels ("First half: ...", "(2nd half)"), an object's colour
as its field ("cat: blue"), a state in a parenthesis or after a dash, and another object's sides without
an article ("ball's right → ball's left"), a screen a clause opens on with no comma ("On the screen a bird flies"),
and a state of being out of view with no verb at either half ("dog, hidden in the first half", "two cats, visible in
the first half, not visible in the second half").
Each is rewritten here into the words the reader already has;
a rewrite runs only when its tell-tale characters are in the prompt.
"""

from __future__ import annotations

import re

from .markdown_notes import gloss_in_sentences, looks_like_gloss
from .object_classes import noun_class
from .rewrite_text import ARROW, ARROW_CHARS
from .route_clauses import corner_pattern
from .vocabulary import COLORS, DETAIL_WORDS, MATERIAL_WORDS, PLAIN_ADJECTIVES, SIZE_FACTORS

# a shot note's bare ">" ("l > r", "tl > br") is an arrow too
_ARROW = rf"(?:{ARROW}|>)"
# "L→R", "r->l", "L to R", "l2r": the frame's sides by their letters
SIDE_LETTERS_RE = re.compile(r"(?<![a-z'])([lr]) ?(?:" + _ARROW + r"|2|to|-) ?([lr])\b")
_SIDE_WORDS = {"l": "left", "r": "right", "lt": "left", "rt": "right", "lft": "left", "rgt": "right"}
# "the tram's L", "R of the bus": another object's side by its letter
POSSESSOR_SIDE_LETTER_RE = re.compile(r"(?<='s )(l|r|lt|rt)\b|(?<![a-z'])(l|r|lt|rt)(?= of \b)")
# "screen left", "frame right": the film term for a side of the picture
SCREEN_SIDE_RE = re.compile(r"\b(?:screen|frame|camera)[ -](?=(?:left|right)\b)")
# "left of tram → right of tram": a pair of sides of another object, said as a path between them
OF_SIDE_PAIR_RE = re.compile(r"(?<!from )(?<!the )\b((?:left|right)(?: side)? of (?:the )?[a-z]+) to (?:the )?(?=(?:left|"
                             r"right)(?: side)? of\b)")
# "btm left", "top rt", "bot-r": a corner in short
CORNER_SHORT_RE = re.compile(r"\b(top|upper|btm|bttm|bot|bottom|lower|lwr|upr)([ -]?)(l|r|lt|rt|lft|rgt|left|right)\b")
_HEIGHT_WORDS = {"btm": "bottom", "bttm": "bottom", "bot": "bottom", "lwr": "lower", "upr": "upper"}
# "tl → br": a corner by its initials, only beside an arrow (elsewhere two letters say too little)
CORNER_INITIALS_RE = re.compile(r"(?<![a-z'])([tb])([lr])\b(?= ?" + _ARROW + r")|(?<=[" + ARROW_CHARS + r"])( ?)([tb])([lr])\b")
_CORNER = corner_pattern(article=False, noun="none")
# "sheep: top left → bottom right": one leg listed from corner to corner starts at the first (a longer list is a route of legs)
CORNER_LEG_RE = re.compile(r"(^|[:;,.] ?)(" + _CORNER + r") ?(?:" + _ARROW + r"| to ) ?(" + _CORNER +
                           r")\b(?! ?(?:" + _ARROW + r"|to\b|then\b))")
ORDINAL_RE = re.compile(r"\b(1st|2nd|3rd|4th)\b")
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth"}
# "0–50%", "50-100 %", "from 50% to 100%": a stretch of the clip
PERCENT_RANGE_RE = re.compile(r"(?:from )?(\d{1,3}) ?%? ?(?:–|—|-|to) ?(\d{1,3}) ?%(?! of (?:the )?(?:frame|screen|width|height|"
                              r"picture|image))")
# "at 75%", "by the 100% mark", "(50%)", "50%:": a moment of the clip ("100% real" is no time)
PERCENT_RE = re.compile(r"(?:\b(at|@|by|from|after|until|till|before|around|about|~) (?:the )?)?(\d{1,3}) ?%"
                        r"(?P<tail> ?(?:mark|point)\b| (?:of|into|through) (?:the )?(?:video|clip|shot|runtime|time|footage)\b)?")
_SHARE_SAID_RE = re.compile(r"\b(?:first|last|final|opening|closing) $")
_WAY_FOLLOWS_RE = re.compile(r" (?:of the way|through|into|in)\b")
# "First half: a bird", "(second half)", "Not yet! First half, no dog.": a half named as a label, with no preposition before it
HALF_LABEL_RE = re.compile(r"(^|[:;,.(!?]\s*)(first|second|last|latter|final|opening|closing)[ -](half|part)\b")
# "Second half? Gone.", "First half?? No dog.": a half asked after and answered at once is the same label
HALF_ASKED_RE = re.compile(r"(?:^|(?<=[.!;] ))((?:first|second|last|latter|final|opening|closing)[ -](?:half|part))\?+ (?=\w)")
HALF_RE = re.compile(r"(?:first|second|last|latter|final|opening|closing)[ -](?:half|part)")
# "cat: blue", "bird = white", "dog (red)": a colour given as the object's field
COLOUR_FIELD_RE = re.compile(r"\b([a-z]+) ?(?:[:=]|\(| [—–-]) ?(" +
                             "|".join(sorted(COLORS, key=len, reverse=True)) + r")\b\)?(?= ?(?:[;,.)]|$))")
# "ball's right to ball's left", "starts cat's left": another object's side, said without an article
BARE_POSSESSOR_RE = re.compile(r"(^|[^a-z ]|\b[a-z]+) ?\b([a-z]+)'s (?=(?:left|right)\b)")
_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "that", "my", "your", "our"))
_CONTRACTED_SUBJECTS = frozenset(("it", "that", "there", "here", "he", "she", "what", "who", "where", "everything", "nothing"))
_SIDE_OF_OTHER = r"the [a-z]+'s (?:left|right)(?:[ -](?:hand )?side)?"
SIDE_PAIR_RE = re.compile(r"(?<!from )\b(" + _SIDE_OF_OTHER + r") to (?=" + _SIDE_OF_OTHER + r")")
SIDE_AFTER_VERB_RE = re.compile(r"\b(starts?|starting|begins?|beginning|ends?|ending|finishes|finishing|stops?|"
                                r"stopping) (?=the [a-z]+'s (?:left|right)\b)")
# "On the screen a bird flies ...": the screen a clause opens on ends where its subject starts, as if with a comma
# (read on, "the screen a bird" would make "flies" a noun)
SCREEN_LEAD_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?P<lead>(?:on|in|across) (?:the|my|our|this|that) (?:[a-z]+ )?(?:screen|monitor"
                            r"|projection|display|tv|television))(?= (?:a|an|the|one|two|three|four|five|six|some)\b)")
# "Dog — off-screen for the first half": kept out of the picture for a while, not leaving it
OFF_FOR_A_WHILE_RE = re.compile(r"(^|[:;,(]|\b(?:is|are|stays?|remains?)) ?(?:off[ -]?screen|out of (?:the )?(?:frame|view|shot|"
                                r"picture))"
                                r"(?= (?:for|in|during|throughout|until|till)\b)")
# "dog, hidden in the first half", "bird: absent at first", "two cats, visible in the first half, not visible in the
# second half": a state of being out of view said without its verb, at either half
BARE_STATE_RE = re.compile(r"([,:;]) (absent|hidden|unseen|invisible|missing|not (?:visible|in view|present|there|seen"
                           r"|shown|on screen))\b"
                           r"(?= (?:(?:in|for|during|throughout|until|till|at) (?:the )?"
                           r"(?:first|opening|early|start|beginning)"
                           r"|(?:in|for|during|throughout|by|at) (?:the )?"
                           r"(?:(?:second|last|latter|final|closing) half|end)"
                           r"|initially)\b)")
DASH_RE = re.compile(r" [—–] ")
PARENTHESIS_RE = re.compile(r" ?\(([^():=]*)\) ?(?=([.,;:!?]|$)?)")
# "lower left (start) → lower right (midpoint)": when each stop is reached, which the route's order already says
_STOP_LABELS = frozenset(("start", "end", "begin", "beginning", "finish", "start point", "end point", "endpoint", "midpoint",
                          "middle", "mid", "halfway", "mid point", "first", "second", "third", "last", "final"))


def _side_letters(match: re.Match) -> str:
    a, b = match.group(1), match.group(2)
    if a == b:
        return match.group(0)
    lead = "" if match.string[:match.start()].endswith("from ") else " from"
    return f"{lead} {_SIDE_WORDS[a]} to {_SIDE_WORDS[b]} "


def _corner_short(match: re.Match) -> str:
    height, side = match.group(1), match.group(3)
    return f"{_HEIGHT_WORDS.get(height, height)}{match.group(2) or ' '}{_SIDE_WORDS.get(side, side)}"


def _corner_initials(match: re.Match) -> str:
    height, side = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(5))
    return (match.group(3) or "") + ("top " if height == "t" else "bottom ") + _SIDE_WORDS[side]


def _percent_range(match: re.Match) -> str:
    start, end = int(match.group(1)), int(match.group(2))
    if start <= 10 and end >= 90:
        return " throughout "  # the whole clip: no time said
    return " in the first half " if start + end < 100 else " in the second half "


_SHARES = ((10, "the start"), (29, "a quarter of the way in"), (39, "a third of the way in"), (60, "the midpoint"),
           (70, "two thirds of the way in"), (89, "three quarters of the way in"), (100, "the end"))


def _moment(share: int) -> str:
    """The reader's words for a share of the clip."""
    return next(words for most, words in _SHARES if share <= most)


def _percent(match: re.Match) -> str:
    lead, share = match.group(1), int(match.group(2))
    label = match.string[match.end():match.end() + 1] in (":", ")")
    if share > 100 or not (lead or match.group("tail") or label) or _SHARE_SAID_RE.search(match.string, 0, match.start()) \
            or _WAY_FOLLOWS_RE.match(match.string, match.end()):
        return match.group(0)  # "the opening 45% of the clip", "65% of the way through": a share, read later as one
    if lead in ("from", "after") and 10 < share < 90:
        return " after the midpoint " if 40 <= share <= 60 else f" after {_moment(share)} "
    if lead in ("until", "till", "before") and 10 < share < 90:
        return f" until {_moment(share)} "
    return f" {'by' if lead == 'by' else 'at'} {_moment(share)} "


def _colour_field(match: re.Match) -> str:
    name, colour = match.group(1), match.group(2)
    if colour not in COLORS or name in COLORS or noun_class(name) is None:
        return match.group(0)
    return f"{colour} {name}"


def _describes(word: str) -> bool:
    """Whether ``word`` is an adjective, which a possessor's article stands before rather than after."""
    return any(word in words for words in (COLORS, SIZE_FACTORS, MATERIAL_WORDS, DETAIL_WORDS, PLAIN_ADJECTIVES))


def _bare_possessor(match: re.Match) -> str:
    before = match.group(1)
    if before.strip() in _DETERMINERS or match.group(2) in _CONTRACTED_SUBJECTS:
        return match.group(0)  # "until it's right of the car": "it is", no one's side
    if _describes(before.strip()):
        return match.group(0)  # "at a gray ball's left": the adjective's own article is the possessor's
    return f"{before} the {match.group(2)}'s "


def _not_in_view(match: re.Match) -> str:
    lead = match.group(1)
    if lead in ("is", "are"):
        return f"{lead} not in view"
    return ("" if lead.isalpha() else lead) + " is not in view"


def _parenthesis(match: re.Match) -> str:
    """"top right (rolling)": an aside, read as a clause of its own; "(start)", "(midpoint)" only label a route's stops."""
    inside = match.group(1).strip()
    if inside in _STOP_LABELS:
        return " "
    if HALF_RE.fullmatch(inside):
        return f" in the {inside} "  # "absent (first half)": when, said inline
    if inside.startswith(("in the ", "at the ", "by the ", "until the ", "after the ")):
        return f" {inside} "
    return f", {match.group(1).strip()}" + ("" if match.group(2) is not None else ", ")


# a standalone letter or short form ("L→R", "tl", "btm", "rt"): the only prompts the short-form rewrites can change
SHORT_FORM_RE = re.compile(r"(?<![a-z'])(?:[lr]|[tb][lr]|lt|rt|lft|rgt|btm|bttm|bot|lwr|upr)(?![a-z'])")


def plain_shot_notes(text: str) -> str:
    """``text`` (lower-cased) with its shot-list notation written out; arrows are left for the caller."""
    arrowed = any(c in text for c in ARROW_CHARS)
    if SHORT_FORM_RE.search(text):
        text = SIDE_LETTERS_RE.sub(_side_letters, text)
        text = CORNER_INITIALS_RE.sub(_corner_initials, text)
        text = CORNER_SHORT_RE.sub(_corner_short, text)
        text = POSSESSOR_SIDE_LETTER_RE.sub(lambda m: _SIDE_WORDS[m.group(1) or m.group(2)], text)
    if arrowed or ":" in text or ";" in text:
        text = CORNER_LEG_RE.sub(r"\1from \2 to \3", text)
    if any(d in text for d in "1234"):
        text = ORDINAL_RE.sub(lambda m: _ORDINALS[m.group(1)], text)
    if "screen " in text or "frame " in text or "camera " in text:
        text = SCREEN_SIDE_RE.sub("", text)
        text = SCREEN_LEAD_RE.sub(r"\g<lead>,", text)
    if any(c in text for c in ":=(—–"):
        text = COLOUR_FIELD_RE.sub(_colour_field, text)
    if "%" in text:
        text = PERCENT_RANGE_RE.sub(_percent_range, text)
        text = PERCENT_RE.sub(_percent, text)
    if "(" in text:
        text = PARENTHESIS_RE.sub(_parenthesis, text)
    if looks_like_gloss(text):
        text = gloss_in_sentences(text)  # "car — start left — drive — finish right": the route its chunks list
    if "—" in text or "–" in text:
        text = DASH_RE.sub(": ", text)
    if " half" in text or " part" in text:
        text = HALF_ASKED_RE.sub(r"\1: ", text)
        text = HALF_LABEL_RE.sub(r"\1in the \2 \3", text)
    if "'s " in text:
        text = BARE_POSSESSOR_RE.sub(_bare_possessor, text)
        text = SIDE_PAIR_RE.sub(r"from \1 to ", text)
        text = SIDE_AFTER_VERB_RE.sub(r"\1 on ", text)
    if ("left of " in text or "right of " in text) and (arrowed or " to " in text):
        text = OF_SIDE_PAIR_RE.sub(r"from the \1 to the ", text)
    if any(word in text for word in ("absent", "hidden", "unseen", "invisible", "missing", "not ")):
        text = BARE_STATE_RE.sub(r"\1 is \2", text)
    if "screen" in text or "out of" in text:
        text = OFF_FOR_A_WHILE_RE.sub(_not_in_view, text)
    return text
