"""A wiki talk page's markup and a calendar date, put into plain words before reading.

A talk-page thread ("== Proposed description ==", a proposal, then replies indented with colons, each signed "--Vellum
(talk) 09:15, 11 June 2026 (UTC)" or "[[User:Vellum|Vellum]] ([[User talk:Vellum|talk]])", with bold votes
"'''Support'''" and templates "{{done}}") is one discussion of the clip: its section headings, indentation, bold and
italic quotes, templates and signatures are the page's, never in the video, and each line is a sentence of its own.
In any voice, a calendar date with its year ("11 June 2026", "June 11, 2026", "on the 3rd of May, 2026"), with a clock
time or a zone beside it ("09:15, 11 June 2026 (UTC)"), says when something was written or filmed: its day is no count
and its month no thing.
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
# "== Proposed description ==": a section heading on a line of its own
_HEADING_RE = re.compile(r"^[ \t]*(={1,6})[^=\n]{1,120}\1[ \t]*$", re.MULTILINE)
# "--Vellum (talk) ", "— Marginalia (talk · contribs)", "[[User:Vellum|Vellum]] ([[User talk:Vellum|talk]])": who signed
_SIGNATURE_RE = re.compile(r"[ \t]*(?:(?:--|\u2014|\u2013|~~)?[ \t]*\[\[user:[^\]\n]{1,80}\]\]|(?:--|\u2014|\u2013|~~)[ \t]*"
                           r"[^\s()\[\]][^\n()\[\]]{0,60}?|\b[\w'-]+)"
                           r"[ \t]*\((?:\[\[user talk:[^\]\n]{1,80}\]\]|talk)(?:[ \t]*[\u00b7|/][ \t]*[^()\n]{1,20})?\)",
                           re.IGNORECASE)
_STAMP_RE = re.compile(rf"[ \t]*{_CLOCK},? \d{{1,2}} {_MONTH},? \d{{4}}{_ZONE}", re.IGNORECASE)
# ":", "::", "*:", "#": a reply's indentation at a line's start
_INDENT_RE = re.compile(r"^[ \t]*[:*#]+[ \t]*", re.MULTILINE)
_TEMPLATE_RE = re.compile(r"\{\{[^{}\n]{0,80}\}\}")
_QUOTES_RE = re.compile(r"'{2,5}")


def looks_like_talk_page(prompt: str) -> bool:
    """Whether ``prompt`` carries a talk page's signature ("(talk)", "(UTC)") or a heading with an indented reply."""
    if "(talk" in prompt or "(UTC)" in prompt or "[[User" in prompt:
        return _SIGNATURE_RE.search(prompt) is not None or _STAMP_RE.search(prompt) is not None
    return "\n:" in prompt and _HEADING_RE.search(prompt) is not None


def talk_page_in_plain_words(prompt: str) -> str:
    """``prompt`` without headings, signatures, time stamps, indentation, bold quotes and templates; a line a sentence."""
    text = _STAMP_RE.sub("", prompt)
    text = _SIGNATURE_RE.sub("", text)
    text = _HEADING_RE.sub("", text)
    text = _INDENT_RE.sub("", _TEMPLATE_RE.sub("", _QUOTES_RE.sub("", text)))
    lines = [line.strip(" \t,;:-\u2013\u2014") for line in text.split("\n")]
    return " ".join(line if line[-1] in ".!?" else line + "." for line in lines if line)


def might_hold_date(text: str) -> bool:
    """Whether ``text`` may hold a dated year (a cheap gate: four digits in a row)."""
    return re.search(r"\d{4}", text) is not None


def dates_dropped(text: str) -> str:
    """``text`` without its calendar dates (with their clock times and zones)."""
    return DATE_RE.sub("", text)
