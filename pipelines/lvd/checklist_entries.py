"""A checklist's or a tally sheet's entries, one a line, put into plain sentences before reading.

A field checklist, a tally sheet or any list that logs things one a line names each thing at the head of its line
and gives what was seen of it after a colon, a dash or a bar: its tally ("lively cat | tally: two |", "moving car
-- tally: three", an "Entry: moving car" line and a "Tally: three" line under it), what it did ("dog: walked from
the left of the cat to the right of the cat", "bird: one, flew ..."), whether it was there ("walking dog -- not
present first half of the clip"), or the corners it went through ("car: lower
right corner to upper right corner, then upper left corner", "moving car -- route: lower left corner, then ...").
Each entry is said as its sentence: "two lively cats. in view ...", "the dog walked from ...", "the dog is not
present first half ...", "the car moves from
the lower right corner to ...". A field line under the entry that gives its way across the frame ("Direction of
travel: right side of the frame to the left side") is said of the thing just logged ("it moves from ..."). A line
whose head names no thing ("Notes: ...", "Site: the clip") is left as it is.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .tokens import plural
from .vocabulary import COLORS, COUNT_WORDS, VERB_KINDS

_HEAD_WORDS = r"(?:[a-z-]+ ){0,2}[a-z-]+"
# an entry's own label before its thing: "Entry: moving car", "Species: ...", "Obs.: ..." is the observer, never one
_ENTRY_LABEL = r"(?:(?:entry|sighting|item|record|species|subject|object)\s*:\s*)?"
_SEPARATOR = r"(?:\s*:\s*|\s+(?:--|-|\u2014|\u2013|\|)\s+|\s*(?:\u2014|\u2013|\|)\s*)"
_TALLY_LABEL = r"(?:(?:tally|count|number|total|no\.|qty|quantity|how many)\s*(?::|=|-|--)?\s*)"
# "lively cat | tally: two | ...", "moving car -- tally: three", "bird: one, flew ...", "walking dog: one.": the line's
# head, its tally (labelled or bare) and what follows it
_ENTRY_RE = re.compile(rf"(?m)^{_ENTRY_LABEL}(?P<head>{_HEAD_WORDS}){_SEPARATOR}"
                       rf"(?:(?P<label>{_TALLY_LABEL})?(?P<count>{COUNT_WORDS})\b(?P<after>\s*(?:[.,;|]|--|\u2014|\u2013)\s*"
                       r"|\s*$))?(?P<rest>[^\n]*)$")
# "Entry: moving car" with "Tally: three" on the line under it: one entry
_TALLY_BELOW_RE = re.compile(rf"(?m)^{_ENTRY_LABEL}(?P<head>{_HEAD_WORDS})[ \t]*\n[ \t]*"
                             rf"(?P<label>{_TALLY_LABEL})(?P<count>{COUNT_WORDS})\b")
# "route: lower left corner, then ...", "flight path:", "direction of travel:": a way across the frame, labelled
_ROUTE_LABEL = (r"(?:(?:route|path|flight path|flight line|track|course|direction|heading|movement)"
                r"(?: of (?:travel|movement|flight))?\s*:\s*)")
# a way across the frame said by its places alone: "lower right corner to ...", "right side of the frame to ..."
_PLACES_RE = re.compile(r"(?:the )?(?:(?:lower|upper|top|bottom)[ -](?:left|right)|left|right|top|bottom)"
                        r"(?: (?:corner|side|edge|half))?\b")
_ROUTE_RE = re.compile(rf"{_ROUTE_LABEL}?(?=(?:the )?(?:lower|upper|top|bottom|left|right)\b)")
# a field line under an entry that only gives its way across the frame: "Direction of travel: right side of ..."
_ROUTE_LINE_RE = re.compile(rf"(?m)^{_ROUTE_LABEL}(?={_PLACES_RE.pattern} (?:of (?:the )?[a-z]+ )?(?:to|->|,|then))")
_STILL = ("still", "motionless", "stationary", "unmoving")
# "one, flew from ...": a bare tally before the deed
_COUNT_BEFORE_RE = re.compile(rf"(?:{COUNT_WORDS})\s*[,.;]\s*")
# "not present first half of the clip", "absent first half", "in view start to finish": whether it is there, and when
_BAR_RE = re.compile(r"\s*\|\s*")  # a bar between an entry's fields, said as a sentence's end
_STATE_RE = re.compile(r"(?:(?:not|never) )?(?:present|absent|visible|invisible|in view|out of view|on screen|off screen"
                       r"|seen|hidden|missing|gone)\b")


def _names_a_thing(head: str) -> bool:
    words = head.split()
    return noun_class(words[-1]) is not None and words[-1] not in VERB_KINDS and not any(word.isdigit() for word in words)


def _first_word(value: str) -> str:
    return value.split(" ", 1)[0].rstrip(".,;")


def _is_a_deed(word: str) -> bool:
    """Whether ``word`` is a verb the tables know said of a deed ("walked", "flies"), not a participle naming a kind
    ("walking")."""
    return word in VERB_KINDS and not word.endswith("ing")


def says_a_deed(value: str) -> bool:
    """Whether an entry's value ("walked from the left of the cat ...", "one, flew from ...") says what its thing did,
    a sentence's predicate, never a word or two describing it ("still", "red, walking")."""
    count = _COUNT_BEFORE_RE.match(value)
    return _is_a_deed(_first_word(value[count.end() if count else 0:])) and " " in value.strip()


def _does(rest: str) -> str | None:
    """What the entry says its thing did, as the words after the subject: "walked from ...", "is still ...", "moves
    from the lower left corner ..."; None when it says no deed ("in view the whole way", "present first half")."""
    route = _ROUTE_RE.match(rest)
    if route and _PLACES_RE.match(rest, route.end()) and (route.group(0) or " to " in rest or ", then " in rest
                                                          or " -> " in rest):
        return f"moves from {rest[route.end():]}"
    if _STATE_RE.match(rest):
        return f"is {rest}"
    first = _first_word(rest)
    if first in _STILL:
        return f"stays {rest}"
    if _is_a_deed(first):
        return rest
    return None


def _entry(match: re.Match) -> str:
    head, count, rest = match["head"], match["count"], match["rest"].strip()
    if not _names_a_thing(head) or (count is None and not rest):
        return match.group(0)
    if count is not None and match["label"] is None and not match["after"].strip() and rest:
        return match.group(0)  # "ball: one two three", a bare number with no break after it: no tally
    if rest.startswith(("|", "--")):
        rest = rest.lstrip("|-").strip()
    fields = rest.split("|")
    colours = [field.strip(" .") for field in fields if field.strip(" .") in COLORS]
    if colours and len(fields) > len(colours):  # "dog | walks left | brown": a field that is its colour is the thing's
        head = f"{colours[0]} {head}"
        rest = " | ".join(field.strip() for field in fields if field.strip(" .") not in COLORS)
    does = _does(rest) if rest else None
    if count is None and does is None:
        return match.group(0)  # "gray car -- with a red cat alongside it": the thing and words said of it, as they are
    many = count not in (None, "one")
    words = head.split()  # "red apples -- total: three": a head said in the plural already is counted as it is
    subject = f"{count} {' '.join(words[:-1] + [plural(singular(words[-1]))])}" if many else (
        f"the {head}" if does is not None else f"{count} {head}")
    if does is not None:
        return f"{subject} {does}" + ("" if does.endswith((".", "!", "?")) else ".")
    fields = " ".join(_BAR_RE.sub(". ", rest).split())
    return f"{subject}." + (f" {fields}" if fields else "")


def looks_like_checklist(text: str) -> bool:
    return "\n" in text and (":" in text or "--" in text or "|" in text or "\u2014" in text or "\u2013" in text)


def checklist_entries_in_plain_words(text: str) -> str:
    """``text`` (lower-cased, its lines kept) with each entry line that names a thing said as a sentence about it."""
    text = _TALLY_BELOW_RE.sub(lambda m: f"{m['head']} -- {m['label']}{m['count']}" if _names_a_thing(m["head"])
                               else m.group(0), text)
    text = _ENTRY_RE.sub(_entry, text)
    return _ROUTE_LINE_RE.sub("it moves from ", text)
