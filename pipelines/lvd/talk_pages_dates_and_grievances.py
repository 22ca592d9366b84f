"""A wiki talk page's markup, a calendar date and a complaint's grievance, put into plain words before reading.

A talk-page thread ("== Proposed description ==", a proposal, then replies indented with colons, each signed "--Vellum
(talk) 09:15, 11 June 2026 (UTC)" or "[[User:Vellum|Vellum]] ([[User talk:Vellum|talk]])", with bold votes
"'''Support'''" and templates "{{done}}") is one discussion of the clip: its section headings, indentation, bold and
italic quotes, templates and signatures are the page's, never in the video, and each line is a sentence of its own.
In any voice, a calendar date with its year ("11 June 2026", "June 11, 2026", "on the 3rd of May, 2026"), with a clock
time or a zone beside it ("09:15, 11 June 2026 (UTC)"), or without its year where only a date can be ("on 11 June",
"June 11th", "on June 11"), says when something was written or filmed: its day is no count and its month no thing.
A complaint names its grievance as a feeling about the thing complained of, "I wish to record
my dissatisfaction with the channel in my room", which is the plain "I complain about the channel in my room" (the
feeling is no thing, nor does it come "with" the channel), and a span of the writer's own time, "for the whole of my
stay", "for the entirety of our visit", or a moment of theirs, "from the moment I checked in", says how long it went
on for them, no thing and no span of the clip; a request about the clip's screening, "Please ensure it is not shown to future
guests.", is the writer's wish for later showings: "it" is the clip, and nothing in it is hidden.
"""

from __future__ import annotations

import re

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?"
_ZONE = r"(?: ?\((?:utc|gmt|[a-z]{2,5})\)| (?:utc|gmt))"
# "09:15, 11 June 2026 (UTC)", "June 11, 2026", "on the 3rd of May, 2026": a date with its year, its clock time and zone
DATE_RE = re.compile(rf"(?:\b(?:on|dated) )?(?:\b{_CLOCK},? )?(?:\b(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH},?"
                     rf" \d{{4}}|\b{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? \d{{4}})\b(?:,? {_CLOCK})?{_ZONE}?",
                     re.IGNORECASE)
# A date without its year, day-month or month-day ("on 11 june", "the 3rd of may", "june 11th", "on june 11", "june 11,"):
# said where only a date can be, with "on" or "dated" before it, an ordinal's ending, or (a month no verb shares) a day
# right before it or a stop right after: "two dogs march 2 ..." and "in june 2 dogs run" keep their counts; a day
# said alone after "on the", or in figures after "on" or with its year
_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
_PLAIN_MONTH = (r"(?:january|february|april|june|july|august|september|october|november|december"
                r"|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
YEARLESS_DATE_RE = re.compile(rf"\b(?:(?:on|dated) (?:the )?(?:\d{{1,2}} (?:of )?{_MONTH}|{_MONTH} \d{{1,2}})"
                              rf"|(?:(?:on|dated) )?(?:(?:the )?{_ORDINAL} (?:of )?{_MONTH}|{_MONTH} (?:the )?{_ORDINAL}"
                              # "11 June," or "June 11." alone, never "2 june bugs fly" (a count before a name)
                              rf"|\d{{1,2}} (?:of )?{_PLAIN_MONTH}(?=\s*(?:[,.;:!?]|$|\d{{4}}\b))"
                              rf"|{_PLAIN_MONTH} \d{{1,2}}(?=\s*[,.;:!?]|$)))\b"
                              # "on the 11th, two cats ...", "on 11/06 a dog ...", "11/06/2026": a day said alone or in
                              # figures ("the 3rd dog" and "1/2 of the cake" are no dates)
                              rf"|\b(?:on|dated) the {_ORDINAL}\b(?=\s*(?:[,.;:!?]|$|(?:a|an|the|some|one|two|three|four"
                              r"|five|six|seven|eight|nine|ten|\d+)\b))"
                              r"|\b(?:(?:on|dated) \d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}/\d{1,2}/\d{2,4})\b",
                              re.IGNORECASE)
# "== Proposed description ==": a section heading on a line of its own
_HEADING_RE = re.compile(r"^[ \t]*(={1,6})[^=\n]{1,120}\1[ \t]*$", re.MULTILINE)
# "--Vellum (talk) ", "— Marginalia (talk · contribs)", "[[User:Vellum|Vellum]] ([[User talk:Vellum|talk]])": who signed;
# a bare word before "(talk)" signs only with its time stamp after it ("Vellum (talk) 09:15, ..."), as "a parrot (talk)
# flies" or "a mouse (talk/sing) runs" is a thing with a note on its sound
_TALK = (r"[ \t]*\((?:\[\[user talk:[^\]\n]{1,80}\]\]|talk)(?:[ \t]*[\u00b7|/][ \t]*[^()\n]{1,20})?\)")
_SIGNATURE_RE = re.compile(r"[ \t]*(?:(?:--|\u2014|\u2013|~~)?[ \t]*\[\[user:[^\]\n]{1,80}\]\]|(?:--|\u2014|\u2013|~~)[ \t]*"
                           rf"[^\s()\[\]][^\n()\[\]]{{0,60}}?){_TALK}|\b[\w'-]+{_TALK}(?=[ \t]*(?:{_CLOCK}|\d{{1,2}} {_MONTH}))",
                           re.IGNORECASE)
_STAMP_RE = re.compile(rf"[ \t]*{_CLOCK},? \d{{1,2}} {_MONTH},? \d{{4}}{_ZONE}", re.IGNORECASE)
# ":", "::", "*:", "#": a reply's indentation at a line's start
_INDENT_RE = re.compile(r"^[ \t]*[:*#]+[ \t]*", re.MULTILINE)
_TEMPLATE_RE = re.compile(r"\{\{[^{}\n]{0,80}\}\}")
_QUOTES_RE = re.compile(r"'{2,5}")
_YEAR_RE = re.compile(r"\d{4}")


def looks_like_talk_page(prompt: str) -> bool:
    """Whether ``prompt`` carries a talk page's signature ("(talk)", "(UTC)") or a heading with an indented reply."""
    if "(talk" in prompt or "(UTC)" in prompt or "[[User" in prompt:
        return _SIGNATURE_RE.search(prompt) is not None or _STAMP_RE.search(prompt) is not None
    return "\n:" in prompt and _HEADING_RE.search(prompt) is not None


def talk_in_plain_words(prompt: str) -> str:
    """``prompt`` without headings, signatures, time stamps, indentation, bold quotes and templates; a line a sentence."""
    text = _STAMP_RE.sub("", _SIGNATURE_RE.sub("", prompt))  # a bare name signs only before its stamp
    text = _HEADING_RE.sub("", text)
    text = _INDENT_RE.sub("", _TEMPLATE_RE.sub("", _QUOTES_RE.sub("", text)))
    lines = [line.strip(" \t,;:-\u2013\u2014") for line in text.split("\n")]
    return " ".join(line if line[-1] in ".!?" else line + "." for line in lines if line)


def might_hold_date(text: str) -> bool:
    """Whether ``text`` may hold a dated year (a cheap gate: four digits in a row)."""
    return _YEAR_RE.search(text) is not None


def dates_dropped(text: str) -> str:
    """``text`` without its calendar dates (with their clock times and zones), with or without a year."""
    return YEARLESS_DATE_RE.sub("", DATE_RE.sub("", text))


_FEELING = (r"(?:dissatisfaction|displeasure|disappointment|unhappiness|frustration|annoyance|irritation|dismay|concern|"
            r"objection|complaint|grievance)s?")
_FEELING_WORD_RE = re.compile(r"dissatisf|displeas|disappoint|unhapp|frustrat|annoy|irritat|dismay|concern|objection|"
                              r"complaint|grievance")
# "i wish to record my dissatisfaction with", "we must express our deep concern about", "my complaint regarding": the
# feeling about what follows
GRIEVANCE_RE = re.compile(r"\b(?:(?:i|we) (?:[a-z]+ ){0,3}?(?:record|express|register|voice|convey|state|note|raise|lodge) )?"
                          rf"(?:my|our) (?:[a-z]+ )?{_FEELING} (?:with|about|at|regarding|over|concerning|as to)\b")
# "for the whole of my stay", "throughout the entirety of our visit,": the writer's own span of time
OWN_SPAN_RE = re.compile(r"[ ,]*\b(?:for|during|throughout|over) the (?:whole|entirety|duration|length|rest|course) of "
                         r"(?:my|our) [a-z-]+(?: [a-z-]+(?=[,.;:!?]))?,?")  # "my stay", "my hotel stay,", never a verb
# "from the moment i checked in", "ever since we arrived", "since we got here,": the writer's own moment, an arrival or a
# stay of theirs, to a stop; a moment with any other verb may name a thing or a view ("from the moment we see the car",
# "since we are filming from above", "since i only want one cat") and is the clip's
_ARRIVAL = (r"(?:(?:arrived|checked in|came|got|moved in|walked in|stepped in|settled in|booked in)(?: (?:here|there|back|"
            r"home))?(?: (?:at|in|to|into|inside) (?:the|my|our|this|that) [a-z]+)?|(?:entered|reached) (?:the|my|our|this|"
            r"that) [a-z]+|(?:walked|stepped|came|got) (?:in|into|inside) (?:the|my|our|this|that) [a-z]+)")
WRITERS_MOMENT_RE = re.compile(r"[ ,]*\b(?:from|since|ever since) (?:the (?:moment|minute|second|instant|day|hour|time) "
                               rf"(?:that )?)?(?:i|we) (?:first )?{_ARRIVAL}(?=[.,;:!?]|$| and )")

# "please ensure it is not shown to future guests.", "i ask that this clip never be played again.": a request about
# later showings of the clip, never about what is in it: it is turned down ("not", "never", "no longer") or asked for
# again ("again", "to other guests"); a plain "make sure the clip is played in slow motion" is about this showing. It
# ends at its clause (",", ":", ";", " and "), so a scene after it stays
_SHOWN = r"(?:shown|played|screened|broadcast|aired)"
_LATER_SHOWING = (rf"(?:(?:not|never) (?:be|get) (?:again )?{_SHOWN}\b|(?:is|be|will be|gets|get) (?:(?:not|never|no longer) "
                  rf"(?:again )?{_SHOWN}\b|(?:again )?{_SHOWN} (?:again\b|to (?:any|other|future|later|new|more|the next) )))")
SCREENING_REQUEST_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:(?:i|we) (?:[a-z]+ ){0,2}?)?(?:please )?(?:ensure|make sure|see to it|"
                                  r"ask|request|insist|demand|trust)(?: that)? (?:it|this|this clip|the clip|this video|"
                                  rf"the video) {_LATER_SHOWING}(?:(?! and )[^.!?,:;]){{0,80}}(?:[.!?]|$)?")


def might_hold_grievance(text: str) -> bool:
    """Whether ``text`` (lower-cased) may name a feeling, the writer's own span ("of my", "of our") or a showing."""
    return _FEELING_WORD_RE.search(text) is not None or " of my " in text or " of our " in text or " shown" in text \
        or " played" in text or "since " in text or "the moment " in text


def grievances_in_plain_words(text: str) -> str:
    """``text`` (lower-cased) with a grievance's feeling said as "i complain about", the writer's own span and moment
    and a request about later showings dropped."""
    text = WRITERS_MOMENT_RE.sub("", SCREENING_REQUEST_RE.sub("", text))
    return OWN_SPAN_RE.sub("", GRIEVANCE_RE.sub("i complain about", text))
