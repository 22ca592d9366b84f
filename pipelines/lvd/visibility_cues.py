"""A second, coarse reading of when a lone object is in view: presence words and time words, combined.

The clause reader binds each phrase to its verb, so a visibility said in an order it does not know
("after the midpoint, the cat is no longer anywhere in the frame", "doesn't show until the second
half") can come out as no change at all. This reader ignores word order inside a sentence: it finds
every presence cue (arrives, shows up, steps into frame / is in shot, visible, there) and absence cue
(leaves the frame, vanishes, runs off-screen / is gone, absent, out of the picture, an empty frame),
each with its nearest time expression (first half, at the start, early / halfway, the midpoint /
the second half, late, by the close), and turns each pair into a vote: the object appears partway
or vanishes partway. Only a unanimous verdict that has at least one said time is used, and a presence said to
last to the end ("in view at the start and still in view at its end", "all of them remained at the end") is
never a vanishing, whatever was said of the start. Clock times
("at 0:04 of an 8-second clip") and shares ("the first 40%") are first put into those half words.
The rewrites said before the pass (returns, waits, perfect arrivals, "empty until") are ``presence_rewrites``'s.
"""

from __future__ import annotations

import re
from typing import Any

from .denied_sightings import CLIP_SPAN_RE
from .motions import Motion, remove_entity
from .object_classes import noun_class, word_pattern
from .prompt_tokens import guarded_alternative
from .vocabulary import (
    ARRIVAL_VERBS,
    COMING_VERBS,
    COPULA,
    EXIT_VERBS,
    GOING_DENIED,
    LASTING_VERBS,
    LOCATIVE_WORDS,
    NOBODY_WORDINGS,
    VERB_KINDS,
)

APPEAR_AT, VANISH_AT = 0.55, 0.5  # just after the middle / at it: seen in all of the first half
_FRAME = r"(?:the\s+)?(?:frame|scene|shot|picture|view|screen|sight|camera|image)"
_NEG = r"(?:not|never|no longer|n't)"
_EMPTY_STATE = r"(?:is|are|was|were|stays|remains|lies|sits|starts|begins|looks) (?:bare|deserted|empty|vacant|unoccupied)\b"
# where a thing is seen: "visible", "spotted", "there", "in the frame"; negated, "is not visible", it is absent
_SEEN_STATE = rf"(?:there|visible|present|seen|spotted|in\s+{_FRAME})"
_NOT_SEEN = (rf"\b(?:(?:is|are|was|were)\s+{_NEG}|(?:is|are|was|were)n't"
             rf"|(?:will|can|could|would|should|may|must)\s+{_NEG}\s+be"
             rf"|(?:won't|can't|cannot|couldn't|wouldn't|shouldn't) be)\s+(?:yet\s+)?{_SEEN_STATE}")
_OUT_OF_SIGHT = rf"\b(?:absent|missing|hidden|nowhere(?: to be (?:seen|found)| in (?:sight|view|{_FRAME}))?)\b"
# Each cue: (kind, pattern). Kinds: arrive / leave (a change), present / absent (a state); gone is
# either, by its time.
_CUES = [
    ("absent", r"\bno longer\b[^.;,]*?\b(?:there|visible|present|seen|around|in\b|on\b)"),
    ("absent", rf"\b(?:nothing|nobody|no one)(?! else)(?: at all)?(?: is| are)?(?: there| visible| present| in {_FRAME})?"),
    ("out", rf"\b(?:out of {_FRAME}|out of sight)"),
    ("absent", _OUT_OF_SIGHT),
    ("absent", r"\b(?:stops?|stopped|ceases?|ceased) (?:being|to be) (?:visible|seen|present|there|in \w+)"),
    ("absent", r"\b(?:(?:an?|the)\s+)?empty\s+(?:frame|scene|shot|screen|picture)\b|\b(?:frame|scene|screen|shot) is empty\b"),
    # "they do not vanish early", "it never leaves before the end", "it never goes away": a going denied, so it stays
    ("kept", rf"\b{GOING_DENIED}\b"),
    ("leave", r"\b(?:is|was) never seen again\b|\b(?:never|not|n't) (?:comes? back|returns?|reappears?)\b"),
    ("absent", _NOT_SEEN),
    ("absent", rf"\b{_EMPTY_STATE}"),
    # "show a dog" shows it; "show an empty opening half" shows nothing
    ("present", r"\bcan\b(?:\s+[a-z]+){1,3}\s+be\s+seen\b|\bshow\b(?= (?:an?|the|only|just)\b)(?! (?:an?|the) (?:empty|bare|"
                r"blank)\b)"),
    ("absent", r"\b(?:empty|bare|blank)(?= (?:first|opening|initial|early|second|closing|final|last|latter) )|\bhalf (?:empty|"
               r"bare|blank)\b"),
    # a negated sighting is an absence: "we don't see the ball until...", "not seen in the second half"
    ("absent", r"\b(?:(?:do|does|did|can|could)(?:n't| not)|can't|cannot|not|never) (?:see|seen|spot|spotted)\b"),
    # a bare sighting is a presence: "dog seen in first half"
    ("present", r"\b(?:seen|spotted)(?= (?:only |just )?(?:(?:in|during|for|through|throughout|at|until|till) (?:the )?)?"
                r"(?:first|second|initial|latter|last|final|opening|closing|early|late|start|beginning|end|whole)\b)"),
    # "no ball is shown in the first half", "no dog in view": one absence, not an absence and a sighting
    ("absent", r"\bno\s+[a-z]+(?: (?:(?:is|are|was|were|shall be|will be|can be) )?(?:shown|seen|visible|present|depicted|"
               r"pictured|filmed|in view))?\b"),
    # "none in the second half", "none left by the end": not one of the thing is there then ("none of them" names others)
    ("absent", r"\bnone\b(?! of\b)"),
    # "in the second half neither (of them) is visible", "none of them is there": the things named, not there then
    ("absent", rf"\b(?:neither|none)(?: of them)? (?:is|are|was|were) (?:there|visible|present|seen|in\s+{_FRAME})"),
    ("arrive_neg", r"\b(?:does|do|did) not (?:show|appear|arrive|turn up|come(?! back))\b"),
    ("leave", r"\b[a-z]+(?:s|ed|ing)(?: off)? away\b(?! from| to(?:wards?)? )"),  # "pulls away to the right" stays in view
    ("leave",
     r"\b(?:has|have|had)(?: already| long)? (?:left|departed|exited|disappeared|vanished)\b(?! (?:side|corner|edge)\b)"),
    # "swoops in", "rolls in from the left" arrives; a camera that zooms or pushes in moves the view, not the object
    ("arrive", r"\b(?!(?:zoom|pan|doll|push|clos|cut|lean|tun)[a-z]*\b)[a-z]+(?:s|ed|ing) in(?= *(?:[,.;!?]|and\b|but\b|then\b|"
               r"$|from (?:the )?(?:(?:far|upper|lower|top|bottom) )?(?:left|right|top|bottom|side|edge|corner)\b))"),
    # "drives off", "has flown off" at a clause end; not "kicks off" (starts) or "switches off"
    ("leave", r"\b(?!(?:kick|turn|switch|shut|cut|tak|show|set|start|nod|doz|cool|log|sign|tip|pay|brush|shak|fend|ward)[a-z]*\b)"
              r"(?:[a-z]+(?:s|ed|en|ing)|drove|flew|ran|rode|sped|swam) off(?! (?:the|a|an|its|his|her|their|of|from)\b)"),
    ("leave", rf"\b(?:leaves|leave|leaving|left|exits|exit|exiting|quits|departs|departing)\s+{_FRAME}"),
    ("arrive", rf"\b[a-z]+(?:s|ed|ing) (?:into|onto) {_FRAME}\b|\b(?:pulls?|pulled|pulling) (?:up|in)\b"),
    # "is gone at the start", "dog: gone at first" is a state then (absent); "is gone by the midpoint" says it left
    ("gone", r"\b(?:(?:is|are|was|were)(?: still| already)? gone|gone(?= (?:at (?:the )?(?:start|beginning|outset|first)|early|"
             r"initially"
             r"|(?:in|for|during) the (?:whole |entire )?(?:first|opening) half)\b))\b"),
    ("leave", r"\b(?:disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|fades? (?:out|away)|goes away|has gone|is gone|gone|"
              r"off[ -]?screen|off[ -]?camera|taken out|removed|moves? out of|runs? out of|walks? out of|out of frame)\b"),
    # "arriving at the upper right", "arriving there halfway": reaching a place on its path, not coming into view
    ("arrive", rf"\b(?:appears?|appearing|appearance|shows? up|showing up|turns? up(?! (?:to|toward|towards|into) )|pops? (?:up|"
               rf"in)|"
               r"(?:arrives?|arriving)\b(?! there\b| (?:at|in|on) (?:the )?(?:upper|lower|top|bottom|left|right|middle|centre|"
               r"center)\b)|"
               rf"emerges?|materiali[sz]es?|makes? an entrance|joins the scene|brought in|(?:is|are) introduced|(?:comes?|coming|"
               rf"steps?|stepping|"
               rf"walks?|strolls?|wanders?|slips?|slipping|moves?|drifts?|runs?|trots?|enters?|entering|lands?|landing|flies|"
               rf"drives?)\s+(?:in)?(?:to|onto)?\s*{_FRAME}|"
               r"(?:comes?|coming|walks?|strolls?|wanders?|steps?) in\b)"),
    # "bring a goat into the clip": it arrives
    ("arrive",
     r"\b(?:brings?|bringing)\b(?= [^.;,]*?\binto (?:the )?(?:video|clip|footage|film|frame|scene|shot|picture|view)\b)"),
    # "in the latter half, and only then, a ball rolls": there in that part and no other
    ("present", r"(?<=, )(?:and )?only then(?= *,)|(?:^|(?<=^ ))only(?= (?:in|during|for|through|throughout) (?:the|its) )"),
    # "are still there at the end", "still at the end", "all of them remained at the end": a presence that goes on, said
# without a place
    ("persist", r"\bstill (?:there|here|around)\b|\bstill(?= (?:at|by) (?:the|its) (?:end|close)\b)|\b(?:remain|stay)(?:s|"
                r"ed)?(?= (?:at|by|until|till) (?:the|its) (?:end|close)\b)"),
    ("present", rf"\b(?:(?:is|are) (?:only |just )?(?:filmed|shown|pictured|on camera)|in (?:plain|full|clear) (?:view|sight)|"
                rf"visible|present|in shot|in view|on screen|on-screen|in {_FRAME}|(?:is|are|was|were) there|can be seen|is seen|"
                r"we see)\b"),
]
_TIMES = [
    ("first", r"\b(?:(?:before|earlier)(?= *(?:[,;.]|and\b|but\b|$))|(?:first|initial) half|opening (?:half|moments|seconds|part|"
              r"shots?)|early(?: on| part)?(?! (?:morning|evening|afternoon|light|hours|spring|summer|autumn|winter))|at first|"
              r"initially|"
              r"(?:at|during|over|for|from) (?:the )?(?:very )?(?:start|beginning|outset)|first few (?:beats|seconds|moments)|"
              r"in the beginning|"
              r"when the (?:video|clip|footage|film|scene) (?:began|begins|started|starts|opened|opens)|"
              r"before (?:the )?(?:midpoint|middle|halfway(?: point| mark)?))\b"),
    ("second", r"\b(?:after the (?:first|opening|early|initial) (?:half|part)|(?:second|concluding|remaining) half|(?:in|during|"
               r"for|over|through) the second(?= *(?:[,.;:!?]|$))|latter (?:half|part)|back (?:end|half)|later(?: on)?|late|"
               r"at (?:the|its) (?:very )?(?:end|finish)|by (?:the|its) (?:end|close|finish)|"
               # "and after that it is nowhere", "nowhere after" ("and afterwards to the upper right" is the route's next leg)
               r"(?:after that|afterwards?|thereafter)(?!,? (?:on )?(?:to|toward|towards|into) )|after(?= *$)|"
               r"final (?:half|part|moments|seconds)|last (?:half|part)|closing (?:half|part)|until the (?:end|close)|"
               r"(?=to the )(?:(?<=view )|(?<=frame )|(?<=sight )|(?<=there ))to the (?:very )?end(?! of (?!(?:the )?(?:clip|"
               r"video|footage|film)\b)[a-z])|"
               r"(?:two|three) (?:thirds|quarters) of the way(?: in| into| through)?|"
               r"(?:for|during|in|through|over) the (?:remainder|rest)(?: of (?:the )?(?:video|clip|footage|film|time|it))?|"
               r"(?:after|past|beyond) (?:the )?(?:(?:video|clip)'?s? )?(?:midpoint|middle|halfway(?: point| mark)?))\b"),
    ("by", r"\bby (?:the )?(?:midpoint|middle|halfway(?: point| mark)?)(?! of the (?:frame|screen|picture|shot|scene))|"
           r"before the (?:video|clip|footage|film) (?:is half (?:done|over)|reaches (?:its|the) (?:midpoint|middle|"
           r"halfway point))|"
           r"before the first half is (?:over|done|out)"),
    ("middle", r"\b(?:halfway(?: point| mark| through| into)?|midpoint|midway|(?<!in )the middle(?! of the (?:frame|screen|"
               r"picture|shot|scene|road|field|room|street))"
               r"|the middle of the (?:video|clip|footage|film)|half (?:done|over)|partway"
               r"|(?:(?:once|after|when|as soon as) )?half (?:of )?(?:the )?(?:video|clip|footage|film|time|running time)"
               r"(?: (?:had|has|is|was))? (?:gone by|gone|passed|elapsed|run|over|done))\b"),
]
# one leading word boundary lets the scan skip positions inside words before trying any alternative
_CUE_RE = re.compile(r"\b(?:" + "|".join(guarded_alternative(f"(?P<c{i}>{p})") for i, (_, p) in enumerate(_CUES)) + ")")
_TIME_RE = re.compile(r"\b(?:" + "|".join(guarded_alternative(f"(?P<t{i}>{p})") for i, (_, p) in enumerate(_TIMES)) + ")")
_UNTIL_WORDS = r"(?:until|till|up to)"
_ROUGHLY_THE = r"[\s,]+(?:(?:the|about|around|roughly|nearly|almost|just)\s+)*"  # "until about the", "before, just the"
# "until the clip reaches its second half": the clip's reaching a part is that part's time
_UNTIL_RE = re.compile(rf"\b{_UNTIL_WORDS}{_ROUGHLY_THE}"
                       r"(?:(?:video|clip|footage|film) (?:reaches|gets to|hits|enters) (?:its |the )?)?$")
# "is not visible before the second half", "stays hidden before the midpoint": unseen until then, as "until" says
_UNSEEN_BEFORE_RE = re.compile(rf"(?:{_NOT_SEEN}|{_OUT_OF_SIGHT})\s+before\s+(?:the\s+)?$")
# "until the second half, ...", "up until the midpoint, ...", "before the second half, ...": a span opening the sentence
# bounds the state said after it in the same clause
_OPENING_SPAN_RE = re.compile(rf"\s*(?:(?:up )?{_UNTIL_WORDS}|before){_ROUGHLY_THE}")
# Substrings every time expression above contains one of: a cheap test before the regular expressions.
_TIME_WORDS = ("half", "start", "begin", "early", "earlier", "late", "end", "close", "final", "last", "mid", "first",
               "initial", "opening", "outset", "partway", "after", "past", "beyond", "before", "until", "till",
               "third", "quarter", "second", "back", "moment", "beat", "part", "remainder", "the rest")
_QUICK_WORDS = ("appear", "show", "arriv", "leav", "left", "exit", "vanish", "gone", "absent", "visible", "present", "view ",
                "frame", "shot", "picture", "screen", "empty", "missing", "hidden", "nowhere", "longer", "emerg", "enter",
                "quit", "depart", "nothing", "nobody", "no ", "none", "see", "spot", "sight", "off", "brought", "join",
                "scene", "camera",
                "land", "come", "step", "walk", "stroll", "wander", "slip", "drift", "trot", "run", "fly", "flies", "drive",
                "pop", "turn", "materiali", "remov", "taken", "fade", " in", "away", "stop", "ceas",
                "out of", "there", "bare", "desert", "vacant", "unoccupied", "clear", "pull", "into", "onto", "back",
                "return", "reappear", "only", "bring", "still", "remain", "stay")


_CLIP_LENGTH_RE = re.compile(
    r"\b(\d+(?:\.\d+)?)[- ]?(?:seconds?|secs?|s)(?:[- ]long)?\s+(?:clip|video|shot|film|footage|sequence|scene)\b|"
    r"\b(?:clip|video|shot|film|footage) (?:is|lasts|of|runs(?: for)?) (\d+(?:\.\d+)?) ?(?:seconds?|secs?|s)\b")
_CLOCK = r"(\d{1,2}):(\d{2})"
_CLOCK_SPAN_RE = re.compile(rf"\b(?:from|between) {_CLOCK} (?:to|until|till|and|-) {_CLOCK}")
_CLOCK_AT_RE = re.compile(rf"\b(?:at|around|about|near|by|after|from) (?:about |around |roughly )?{_CLOCK}(?!\d)")
_SHARE_RE = re.compile(r"\b(?:the )?(first|last|final|opening|closing) (\d{1,3}) ?(?:%|percent)")
_SHARE_AT_RE = re.compile(r"\b(?:at )?(\d{1,3}) ?(?:%|percent) (?:of the way )?(?:through|into|in)\b")


def _at_share(fraction: float) -> str:
    return "at the start" if fraction < 0.3 else "at the midpoint" if fraction <= 0.7 else "late"


def _share_span(low: float, high: float) -> str:
    if low <= 0.1 and high <= 0.65:
        return "the first half"
    if low >= 0.35 and high >= 0.9:
        return "the second half"
    return "partway"


def shares_in_words(text: str) -> str:
    """"the first 50 percent", "30% of the way in": shares of the clip put into half words, so no number is read as a count."""
    if "%" not in text and "percent" not in text:
        return text
    text = _SHARE_RE.sub(lambda m: _share_span(0.0, int(m[2]) / 100) if m[1] in ("first", "opening")
                         else _share_span(1 - int(m[2]) / 100, 1.0), text)
    return _SHARE_AT_RE.sub(lambda m: _at_share(int(m[1]) / 100), text)


def _said_times_in_words(text: str) -> str:
    """Clock times and shares of the clip, put into the half words the scan reads.

    "at 0:04 of an 8-second clip" is its midpoint, "from 0:00 to 0:05" of ten seconds its first
    half, "the first 40%" the first half; a clock time without a said clip length stays unread.
    """
    def span(low: float, high: float) -> str:
        said = _share_span(low, high)
        return said if said == "partway" else f"in {said}"

    text = shares_in_words(text)
    length = _CLIP_LENGTH_RE.search(text)
    if length is None or ":" not in text:
        return text
    seconds = float(length[1] or length[2])
    if seconds <= 0:
        return text

    def clock(minutes: str, secs: str) -> float:
        return min(1.0, (int(minutes) * 60 + int(secs)) / seconds)

    text = _CLOCK_SPAN_RE.sub(lambda m: span(clock(m[1], m[2]), clock(m[3], m[4])), text)
    return _CLOCK_AT_RE.sub(lambda m: _at_share(clock(m[1], m[2])), text)


# Words after "nobody" that keep it a saying of who is there ("nobody is there", "no one will come", "nobody in it")
_NOBODY_THERE_NEXT = COPULA | LOCATIVE_WORDS | frozenset(
    "has have had will would could can may might must shall should does did do at for during until till yet ever even "
    "anywhere around about else here on by near under over behind beside outside".split())
_PRESENCE_KINDS = frozenset(("appear", "disappear", "visible", "move", "run", "fly", "drive", "approach"))  # come, go
_NEXT_WORD_RE = re.compile(r" ([a-z]+)")


def _people_act(sentence: str, match: re.Match) -> bool:
    """Whether a bare "nobody" cue is the subject of an act of the people it denies, a teller's aside that says nothing
    of the thing in view ("nobody slept after that", "no one spoke again"): its verb is none of coming, going or
    staying ("nobody remains", "no one left", "nobody walks in"), and a verb of resting is an act only where no part of
    the clip is said with it ("nobody sits there in the second half" says who is not there)."""
    if match.group(0) not in NOBODY_WORDINGS:
        return False
    following = _NEXT_WORD_RE.match(sentence, match.end())
    if following is None or following.group(1) in _NOBODY_THERE_NEXT:
        return False
    word = following.group(1)
    if word in EXIT_VERBS or word in COMING_VERBS or word in ARRIVAL_VERBS or word in LASTING_VERBS \
            or VERB_KINDS.get(word) in _PRESENCE_KINDS:
        return False
    return VERB_KINDS.get(word) != "rest" or not CLIP_SPAN_RE.search(sentence, following.end())


# "this is no drill:", "no joke,", "no lie:": a speaker's assurance, set off by its stop, denying a word that names no
# thing, so no absence of anything in the clip
_ASSURANCE_RE = re.compile(r"no (?P<word>[a-z]+) ?[:,]")


def _assurance(sentence: str, match: re.Match) -> bool:
    said = _ASSURANCE_RE.match(sentence, match.start())
    return said is not None and said["word"] not in ("one", "body") and not noun_class(said["word"])


def _events(sentence: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) of each cue, left to right, none inside another."""
    events: list[tuple[str, int, int]] = []
    taken_until = -1
    for match in _CUE_RE.finditer(sentence):
        if match.start() < taken_until:
            continue
        kind = _CUES[int(match.lastgroup[1:])][0]
        if kind == "absent" and (_people_act(sentence, match) or _assurance(sentence, match)):
            continue
        if kind == "out":  # "flies out of frame" is a leave; "is out of the picture" a state
            before = sentence[:match.start()].split()
            verb = before[-1] if before and before[-1] != "away" else before[-2] if len(before) > 1 else ""
            kind = "leave" if verb.endswith(("s", "ed", "ing")) and verb not in _STATE_VERBS else "absent"
        if kind == "present" and _PERSIST_RE.search(sentence[max(0, match.start() - 24):match.start()]):
            kind = "persist"  # "still in view at the end": seen then, and before it too
        events.append((kind, match.start(), match.end()))
        taken_until = match.end()
    return events


def _times(sentence: str) -> list[tuple[str, int, int, str]]:
    """(which, start, end, bound): "until the second half" says the state before it, and so does "not visible before
    the second half" ("said before"); one opening the sentence, "until the second half, a dog is hidden", "before the
    second half, a dog is not visible", the state said after it ("opening")."""
    return [(_TIMES[int(m.lastgroup[1:])][0], m.start(), m.end(), _bound(sentence[:m.start()]))
            for m in _TIME_RE.finditer(sentence)]


def _bound(before: str) -> str:
    """How a "until" or "before" ending ``before`` (the words ahead of a time) bounds a state: "opening", "said
    before" or "" for none."""
    if _OPENING_SPAN_RE.fullmatch(before):
        return "opening"
    return "said before" if _UNTIL_RE.search(before) or _UNSEEN_BEFORE_RE.search(before) else ""


_STATE_VERBS = frozenset(("is", "was", "stays", "remains", "keeps"))
_PERSIST_RE = re.compile(r"\b(?:still|remains?|remained|remaining|stays?|stayed|staying)(?: (?:right|well|fully|clearly|"
                         r"plainly))? $")
_BOUNDARY_RE = re.compile(r"\b(?:and|but|then|while|whereas|after which)\b")
# "is seen at the lower right at first": where it is when it is first seen, not how long it is seen
_PLACE_AFTER_RE = re.compile(r" (?:at|in|on) the (?:lower|upper|top|bottom|left|right|middle|centre|center|far)\b")


# "from the start until the midpoint", "from the start to the first half's end": a span's far end follows its start
_SPAN_END_RE = re.compile(r",? (?:until|till|to|through|up to|and up to)\b")
_GOING_KINDS = frozenset(("leave", "absent", "gone", "arrive_neg"))
_THEN_RE = re.compile(r"\b(?:then|after that|afterwards|thereafter)\b")
# "until the end", "to the very end" ("to the end of the bench" is a place)
_THROUGH_END_RE = re.compile(r"(?:until|till|(?:right |all the way )?(?:through )?to) the (?:very )?(?:end|close)\b"
                             r"(?! of (?!(?:the )?(?:clip|video|footage|film|shot)\b)[a-z])")


# "in view the whole time", "on screen throughout": a presence that spans the clip, whatever time another clause says
_WHOLE_TIME_RE = re.compile(r",? (?:the (?:whole|entire) (?:time|clip|video|way through)|throughout)\b")


def _distance(sentence: str, cue: tuple[int, int], time: tuple[int, int]) -> int:
    """Characters between a cue and a time, much farther across a clause boundary ("and", "but"), farther across a comma."""
    low, high = (cue[1], time[0]) if cue[1] <= time[0] else (time[1], cue[0])
    between = sentence[min(low, high):max(low, high)]
    return max(0, high - low) + (1000 if _BOUNDARY_RE.search(between) else 0) + (30 if "," in between else 0)


def _vote(kind: str, time: str | None, until: bool, time_after: bool = True) -> int:
    """+1: it appears partway; -1: it vanishes partway; 0: says nothing about which."""
    if kind == "arrive_neg":  # "does not show until the second half"
        return 1 if time in ("second", "middle") else 0
    if kind == "gone":  # "is gone at the start": absent then; "for the first half ..., then is gone": it left after it
        kind = "absent" if (time == "first" and time_after) or until else "leave"
    if kind == "persist" and until:  # "stays in view until the midpoint": as any presence before "until"
        kind = "present"
    if until and kind in ("present", "absent"):  # the state holds before the time said
        return {"present": -1, "absent": 1}[kind] if time in ("second", "middle") else 0
    if time == "by":  # "gone by the midpoint", "out of the picture before the video is half done"
        return {"arrive": 1, "present": 1, "leave": -1, "absent": -1}.get(kind, 0)
    if kind == "arrive":
        return 1 if time in ("middle", "second") else 0
    if kind == "leave":
        return -1 if time in ("first", "middle", "second") else 0
    if kind == "persist":  # a presence that lasts says nothing of an arrival, only that it is there when said
        return -1 if time == "first" else 0
    if kind == "present":
        return {"first": -1, "second": 1}.get(time or "", 0)
    return {"first": 1, "second": -1}.get(time or "", 0)


def visibility_verdict(text: str) -> str | None:
    """"appear", "vanish" or None for a prompt about one object, from every cue and its nearest time."""
    if not any(word in text for word in (*_TIME_WORDS, ":", "%", "percent")) or not any(word in text for word in _QUICK_WORDS) \
            or not (_TIME_RE.search(text) or ":" in text or "%" in text or "percent" in text):
        return None
    text = _said_times_in_words(text)
    votes: list[int] = []
    lasts_to_end = from_start = False
    for sentence in re.split(r"[.;?!]", text):
        times = _times(sentence)
        if not times:
            untimed = {kind for kind, _, _ in _events(sentence)}
            if untimed == {"persist"}:
                lasts_to_end = True  # "in the frame when the clip starts. The cars are still in the frame.": they stay
            continue
        # "once half the clip had gone by": words inside a said time are the clock's, not a cue
        events = [e for e in _events(sentence) if not any(a <= e[1] and e[2] <= b for _, a, b, _ in times)]
        if _THROUGH_END_RE.search(sentence) and not any(kind in _GOING_KINDS for kind, _, _ in events):
            lasts_to_end = True  # "in view at the start, and it walks right until the end": a move that lasts is seen to the end
        if not events:
            continue
        for kind, start, end in events:
            if kind == "kept":
                lasts_to_end = True
                continue
            # "my unit arrived late: no dog in the first half": a time across a colon is another clause's
            own_clause = [t for t in times if ":" not in sentence[min(end, t[1]):max(start, t[2])]] or times
            which, at, stop, until = min(own_clause, key=lambda t: _distance(sentence, (start, end), (t[1], t[2])))
            if which == "first" and stop <= start and _THEN_RE.search(sentence, stop, start):
                which = "second"  # "a bird for the first half, then none": what comes after that half
            if kind in ("present", "persist") and end <= at and _THEN_RE.search(sentence, end, at):
                continue  # "a ball is visible, and then, in the second half, it isn't": the time is the later clause's
            if which == "by" and kind == "present" and "," in sentence[min(end, at):max(start, stop)]:
                continue  # "we see a car that starts ..., reaches X by the midpoint": a sighting, then a route's time
            if kind == "present" and which == "first" and "half" not in sentence[at:stop] \
                    and _PLACE_AFTER_RE.match(sentence, end):
                continue  # "a ball is seen at the lower right at first": its starting place
            if kind in ("present", "persist") and sentence.startswith("from", at) and not _SPAN_END_RE.match(sentence, stop):
                from_start = True  # "in view from the very start": there since then, with nothing said of a leave
                continue
            if kind in ("present", "persist") and _WHOLE_TIME_RE.match(sentence, end):
                lasts_to_end = from_start = True  # "work ended early: one car, in view the whole time": there throughout
                continue
            if kind in ("present", "persist") and _THROUGH_END_RE.match(sentence, at):
                lasts_to_end = True  # "alone in the frame, and they stay in view until the end": no arrival, and no leave
                continue
            if kind == "persist" and which == "second" and not until:
                lasts_to_end = True  # "in view at the start and still in view at its end", "still there late on": never gone
            if kind == "present" and any(k == "persist" and end <= a and b <= at for k, a, b in events):
                continue  # "are in the frame and are still there at the end": the time is the lasting's, not an arrival's
            # "until" bounds only a state said before it, or one after it where it opens the clause
            bounds = (until == "said before" and at >= end) or (
                until == "opening" and stop <= start and not _BOUNDARY_RE.search(sentence, stop, start))
            votes.append(_vote(kind, which, bounds, at >= end))
    said = [v for v in votes if v]
    if not said or len(set(said)) != 1 or (lasts_to_end and said[0] < 0) or (from_start and said[0] > 0):
        return None
    return "appear" if said[0] > 0 else "vanish"


def _reader_verdict(motions: list[Any]) -> str | None:
    """What the clause reading already says: an arrival or a leave at a said time partway."""
    # a motion at rest is drawn in place: its exit flag moves nothing out of view
    timed = [m for m in motions if m.at_fraction is not None and m.kind != "rest"]
    arrives = any((m.kind == "appear" or m.enters_from) and m.at_fraction >= 0.3 for m in timed)
    leaves = any((m.kind == "disappear" or m.exits) and m.at_fraction <= 0.7 for m in timed)
    if arrives and leaves:
        return None  # "is gone at first, then shows up" read as a leave and an arrival at one time: no verdict of its own
    return "appear" if arrives else "vanish" if leaves else None


_MODAL_FIRST_RE = re.compile(r"\b(?:can|could|may|might|will|would)(?= (?:(?:an?|the) )?[a-z]+(?: [a-z]+)? be (?:seen|visible|"
                             r"spotted)\b)")


def _not_objects(text: str, entities: list[Any]) -> list[Any]:
    """Nouns read as objects that are not things to draw: those met only inside a said time ("three
    quarters of the way through", "before the clip reaches its midpoint": parts of the clock), the
    modal of a question-order sighting ("only early can a parrot be seen") and settings said to be
    empty ("the pier is deserted early on")."""
    if len(entities) < 2 or any(e.agent is not None for e in entities) or not any(w in text for w in _TIME_WORDS):
        return []
    said = _said_times_in_words(text)
    spans = [m.span() for m in _TIME_RE.finditer(said)] + [m.span() for m in _MODAL_FIRST_RE.finditer(said)]
    if not spans:
        return []
    found = []
    for entity in entities:
        mentions = [m.span() for m in word_pattern(rf"\b{re.escape(entity.noun)}s?\b").finditer(said)]
        if mentions and all(any(lo <= a and b <= hi for lo, hi in spans) for a, b in mentions) \
                or word_pattern(rf"\b{re.escape(entity.noun)} {_EMPTY_STATE}").search(said):
            found.append(entity)
    return found if len(found) < len(entities) else []


def apply_visibility_cues(text: str, entities: list[Any], camera: list[Motion], contradicted_only: bool = False) -> None:
    """With one object, a unanimous cue verdict the clause reading missed replaces its appear/leave; CONTRADICTED_ONLY
    (one object left once a noun that is no thing was dropped), only where the reading timed its coming or going."""
    for setting in _not_objects(text, entities):
        remove_entity(entities, entities.index(setting), camera)
    if len(entities) != 1:
        return
    entity = entities[0]
    if any(m.kind == "appear" and m.verb.startswith("reappear") for m in entity.motions):
        return  # "leaves in the middle and comes back at the end": in view, out and back, no one verdict for the halves
    if any(m.enters_from and m.exits for m in entity.motions):
        return  # "drives in early on, but by the end it has gone": a pass in and out, its coming and going both read
    verdict = visibility_verdict(text)
    said = _reader_verdict(entity.motions)
    timed = any(m.at_fraction is not None
                and (m.kind in ("appear", "disappear") or m.exits or m.enters_from) for m in entity.motions)
    if verdict is None or said == verdict or (contradicted_only and not timed):
        return
    kept = [m for m in entity.motions if m.kind not in ("appear", "disappear", "visible")]
    for motion in kept:
        motion.exits, motion.enters_from, motion.window = False, None, None
    if verdict == "appear":
        entity.motions[:] = [Motion(kind="appear", verb="seen partway", at_fraction=APPEAR_AT), *kept]
    else:
        entity.motions[:] = [*kept, Motion(kind="disappear", verb="gone partway", at_fraction=VANISH_AT)]
