"""A live broadcaster's report and a lab-notebook observation log, put into plain sentences before reading.

A broadcaster speaks from a desk to a studio ("Traffic desk here, and we've got two cars ...", "Checking in
from the pet desk:", "Back to you in the studio"): the desk, the studio and the broadcaster's own moment
("checking in at the halfway mark") are never things in the video, "the picture" is the frame, and "not a
thing else", "all on its lonesome", "it's cleared off" say nothing else, alone and gone.

A log dates its entries ("Lab log, 3 March.", "Sat PM:", where "sat" is no verb) and stamps each observation by
the clip's time ("Obs. 1 (start): ...", "t = half to end: ..."): the date and the entry numbers count nothing, and
a stamp is the time of what the entry says, so places at stamped times are a route or a relation, and presence at
stamped halves is visibility. Its abbreviations ("R (right)", "obj. (object)", "LL (lower left)") are read as the
word spelled out beside them, and "count constant at three" or "same two dogs" say the count again.
"""

from __future__ import annotations

import re

from .object_classes import noun_class

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?")
_STARTS_SENTENCE = r"(?:^|(?<=[.;:!?] )|(?<=\n))"

# "traffic desk here,", "checking in from the pet desk:", "good evening from the news desk, where tonight's picture
# is", "sports desk checking in, and": who speaks and from where (a desk in the scene, "a desk stands by the window",
# has no broadcaster's words around it)
DESK_RE = re.compile(_STARTS_SENTENCE + r"(?:(?:good (?:morning|afternoon|evening|night)|hello|hi|this is|and)[ ,]+)?"
                     r"(?P<lead>(?:checking in|reporting(?: live)?|coming to you|live|greetings)? ?(?:from|at) (?:the |our )?)?"
                     r"(?!(?:a|an|the|this|that|my|our|his|her|its|their)\b)[a-z]+ desk\b"
                     r"(?P<trail>(?: (?:here|again|checking in|reporting|update|now))*)"
                     r"(?:, where (?:tonight|today|this morning|this evening|our)[a-z']* (?:picture|shot|view) (?:is|shows))?"
                     r"(?P<mark>\s*[,:\u2014-])?\s*(?:and )?")
# "checking in at the halfway mark, and", "here she comes:": the broadcaster's own moment and cry, not the clip's
CHECKING_IN_RE = re.compile(_STARTS_SENTENCE + r"(?:checking in|reporting)(?: (?:at|from|with) [a-z ]+?)?\s*[,:]\s*(?:and )?"
                            r"|\bhere (?:she|he|it|they) comes?\s*:\s*")
# "we have got two cars", "all we have got in the picture is": what there is
WE_HAVE_GOT_RE = re.compile(r"\b(?:(?:right )?now |out there |up there |here )?(?:all )?we(?: have|"
                            r"'ve)? got(?: (?:in the picture|in (?:the )?(?:frame|shot)"
                            r"|out there|up there|here))?(?: (?:is|are))?\b")
NOT_A_THING_ELSE_RE = re.compile(r"\bnot (?:a (?:thing|soul|one)|one thing|anything) else\b")
NOT_A_SINGLE_RE = re.compile(r"\bnot (?:a single|one single|even one|one) (?=[a-z]+ (?:out|in|around|up|there|to|anywhere)\b)")
LONESOME_RE = re.compile(r"\b(?:all )?on (?:its|his|her|their) (?:lonesome|lonely own|tod)\b")
CLEARED_OFF_RE = re.compile(r"\b(?:is |has |have |are )?clear(?:s|ed)? (?:off|out)\b")
NOWHERE_SEEN_RE = re.compile(r"\bnowhere to be (?:seen|found)\b")
# "in the picture" in a broadcast: the frame
PICTURE_RE = re.compile(r"\b(?:in|into|out of) the picture\b")
_BROADCAST_TELLS = ("desk", "back to you", "we have got", "we've got", "checking in")

# "Lab log, 3 March.", "Obs. log, 4 March.", "Entry, 6 March.", "5 March, field notes.", "7 March.": the entry's date
DATE_HEADING_RE = re.compile(_STARTS_SENTENCE + r"(?:(?:(?:lab|obs\.?|observation|field|experiment) )?(?:log|notes?|entry|diary|"
                                                r"record),? )?"
                             r"(?:\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r"|" + _MONTH + r" \d{1,2}(?:st|nd|rd|th)?)(?:,? \d{4})?"
                             r"(?:,? (?:(?:lab |field |obs\.? |observation )?(?:log|notes?|entry)))?\s*[.:,]\s*")
# "Sat PM:", "Mon a.m.", "Tues. morning,", "Sunday evening.", "Sat PM (from above):": an entry's day and the part
# of it at a sentence's opening, stamped off by its punctuation (prose's "Sun evening light falls" and "sat" or "sun"
# of the scene are no stamp)
_WEEKDAYS = ("mon", "tue", "tues", "wed", "wednes", "thu", "thur", "thurs", "fri", "sat", "satur", "sun")
_WEEKDAY_TELLS = frozenset(day[:3] for day in _WEEKDAYS)
DAY_STAMP_RE = re.compile(_STARTS_SENTENCE + r"(?:" + "|".join(_WEEKDAYS) + r")(?:day)?\.? "
                          r"(?:[ap]\.m\.|(?:am|pm|morning|afternoon|evening|eve|night)\b"
                          r"(?=[.:,;]|\s+-\s|\s*\([^)]{0,60}\)\s*:))(?:[.:,]|\s+-)?\s*")
# "Obs. 1 (start):", "Obs. (midpoint to end):", "Obs.:", "t = half to end:": an entry stamped by the clip's time
STAMP_RE = re.compile(_STARTS_SENTENCE + r"(?:obs(?:ervation)?s?\.?(?: ?#?\d+)?\s*(?:\((?P<said>[^)]*)\))?|"
                                         r"t\s*=\s*(?P<t>[a-z ]+?))\s*:\s*(?P<entry>[^.;]*)")
# "R (right)", "right (R)", "obj. (object)", "LL (lower left)", "R side (right)": an abbreviation and its word
SPELLED_OUT_RE = re.compile(r"\b(?P<short>[a-z]{1,3}|[a-z]{2,8}\.)(?P<noun> (?:side|corner|"
                            r"edge))? \((?P<long>[a-z]+(?: [a-z]+)?)\)"
                            r"|\b(?P<long2>[a-z]+(?: [a-z]+)?) \((?P<short2>[a-z]{1,3}|[a-z]{2,8}\.)\)")
ABBREVIATION_RE = re.compile(r"\b(?:(?P<many>(?:both|all|two|three|four|the) )?(?P<object>objs?)\.|approx\.|c\.(?= (?:the|half|"
                             r"midpoint)\b))\s*")
# "count constant at three for the whole clip": the count said again
COUNT_KEPT_RE = re.compile(r"\b(?:the )?count (?:is |stays |remains |holds |held |kept )?(?:constant |steady |unchanged |"
                           r"fixed )?at " + _COUNT
                           + r"\b[^.;]*")
SAME_COUNT_RE = re.compile(r"\b(?:the )?same (?=" + _COUNT + r" [a-z]+)")
# an entry at a moment that only counts or sees what is there ("t = end: both still present") says nothing of when;
# one that places a thing, or says it is not there or comes or goes, keeps its moment
_TIMED_ENTRY_RE = re.compile(r"\b(?:left|right|top|bottom|upper|lower|centre|center|middle|corner|side|of the|no|not|absent|gone|"
                             r"none|appear[a-z]*"
                             r"|enter[a-z]*|arriv[a-z]*|leav[a-z]*|left|exit[a-z]*|vanish[a-z]*|disappear[a-z]*|come|comes|came|"
                             r"into|out|"
                             r"stop[a-z]*|turn[a-z]*)\b")
# "walking dog present", "no cat seen": a note on a named thing without its verb
BARE_STATE_RE = re.compile(r"\b(?P<noun>[a-z]+) (?=(?:present|absent|visible|seen|observed|noted|recorded|in (?:view|frame))\b)")
# "ball, right side": a note of where the thing is
BARE_PLACE_RE = re.compile(r"(?<=, )(?P<thing>(?:an? |the )?[a-z]+), (?P<place>(?:(?:upper|lower|top|bottom) )?(?:left|"
                           r"right)(?: side| corner| edge)?)"
                           r"(?=\s*[.;]|$)")
# "both obj. visible throughout", "both present at every check": the two named things in view, as they are anyway
BOTH_SEEN_RE = re.compile(r"[;.,]\s*both (?:objects? )?(?:are )?(?:still )?(?:visible|present|in (?:view|frame))"
                          r"(?: (?:throughout|the whole time|for the whole clip|at every check))?(?=\s*[.;]|$)")
_LOG_TELLS = ("obs.", "obs:", "obs (", "t =", "t=", "obj.", "approx.")


def _stamp_as_time(said: str) -> str | None:
    """"start", "half to end", "whole clip": the clip's time the entry speaks of, as the reader's time words."""
    said = " " + re.sub(r"\b(?:t|the|clip|video)\b", " ", said) + " "
    start, middle, end = (re.search(rf"\b(?:{w})\b", said) for w in ("start|beginning|begin|opening|0",
                                                                     "midpoint|middle|half|halfway|mid",
                                                                       "end|close|finish"))
    if re.search(r"\b(?:whole|full|entire|throughout|all)\b", said) or (start and end and not middle):
        return "for the whole clip, "
    if re.search(r"\b(?:first|1st) half\b", said) or (start and middle and start.start() < middle.start()):
        return "in the first half, "
    if re.search(r"\b(?:second|2nd|last) half\b", said) or (middle and end and middle.start() < end.start()):
        return "in the second half, "
    if start and not (middle or end):
        return "at the start, "
    if middle and not (start or end):
        return "at the midpoint, "
    if end and not (start or middle):
        return "at the end, "
    return None


def _stamp(match: re.Match) -> str:
    """An entry with its stamp said as its time; a note in the brackets that is no time ("car stationary throughout")
    said as a clause; a moment dropped from an entry that only counts what is there."""
    said, entry = match["said"] if match["said"] is not None else match["t"], match["entry"]
    if said is None:
        return entry
    time = _stamp_as_time(said)
    if time is None:
        return said.strip() + "; " + entry
    if time.startswith("at ") and not _TIMED_ENTRY_RE.search(entry):
        return entry
    return time + entry


def _abbreviation_spelled_out(match: re.Match) -> str:
    """"obj." as "object" ("both obj." as "both objects"); "approx." dropped, since a layout is approximate anyway."""
    if not match["object"]:
        return ""
    many = match["many"] or ""
    return many + ("objects " if many and many != "the " or match["object"] == "objs" else "object ")


def _state_with_verb(match: re.Match) -> str:
    noun = match["noun"]
    if noun_class(noun) is None:
        return match.group(0)
    return noun + (" are " if noun.endswith("s") and not noun.endswith("ss") else " is ")


def _is_short_for(short: str, long: str) -> bool:
    """"r" for "right", "ll" for "lower left", "obj." for "object": initials of the words, or a cut-off word."""
    words = long.split()
    if short.endswith("."):
        return len(words) == 1 and long.startswith(short[:-1]) and long != short[:-1]
    return short == "".join(word[0] for word in words) and short != long


def _spelled_out(match: re.Match) -> str:
    if match["short"] is not None:
        short, long, noun = match["short"], match["long"], match["noun"] or ""
        return long + noun if _is_short_for(short, long) else match.group(0)
    long, short = match["long2"], match["short2"]
    for cut in (long, long.split()[-1]):  # "to the right (r)": the word before the brackets
        if _is_short_for(short, cut):
            return long
    return match.group(0)


def _desk_dropped(match: re.Match) -> str:
    """The broadcaster's desk goes; a desk named with no lead-in, sign-on word or colon after it is a thing said."""
    return "" if match["lead"] or match["trail"] or match["mark"] else match.group(0)


def looks_like_broadcast(text: str) -> bool:
    return any(tell in text for tell in _BROADCAST_TELLS)


def broadcast_in_plain_words(text: str) -> str:
    """The report without the desk, the studio and the broadcaster's moment; its idioms in plain words."""
    text = CHECKING_IN_RE.sub("", DESK_RE.sub(_desk_dropped, text))
    text = WE_HAVE_GOT_RE.sub("there is", text)
    text = NOT_A_SINGLE_RE.sub("no ", NOT_A_THING_ELSE_RE.sub("nothing else", text))
    text = NOWHERE_SEEN_RE.sub("absent", LONESOME_RE.sub("alone", text))
    text = CLEARED_OFF_RE.sub(lambda m: "is gone" if m.group(0).startswith(("is", "has", "clears")) else "gone", text)
    return PICTURE_RE.sub(lambda m: m.group(0).rsplit(" ", 1)[0] + " frame", text)


def looks_like_log(text: str) -> bool:
    if any(tell in text for tell in _LOG_TELLS):
        return True
    if any(d in text for d in "0123456789") and DATE_HEADING_RE.search(text) is not None:
        return True
    return any(day in text for day in _WEEKDAY_TELLS) and DAY_STAMP_RE.search(text) is not None


def log_in_plain_words(text: str) -> str:
    """The log's entries as sentences at their times, without dates, entry numbers and abbreviations."""
    if "(" in text:
        text = SPELLED_OUT_RE.sub(_spelled_out, text)
    text = DAY_STAMP_RE.sub("", DATE_HEADING_RE.sub("", text.replace("\n", " ").strip()))
    text = ABBREVIATION_RE.sub(_abbreviation_spelled_out, text)
    text = STAMP_RE.sub(_stamp, text)
    if "both" in text:
        text = BOTH_SEEN_RE.sub("", text)
    text = BARE_STATE_RE.sub(_state_with_verb, text)
    text = BARE_PLACE_RE.sub(r"\g<thing> is at the \g<place>", text)
    if "count" in text:
        text = COUNT_KEPT_RE.sub("", text)
    if "same " in text:
        text = SAME_COUNT_RE.sub("the ", text)
    return text
