"""A request written as a letter, or a clip described by its catalogue label, cut down to the scene it asks for.

A letter to an editor ("Hi Sam,\\n\\nCould you make ...\\n\\nThanks,\\nPriya\\n\\nP.S. No rush.") opens with a
greeting and closes with a sign-off: the person addressed and the one signing are never in the video (their names
read as things, or "Sam" is "repaired" to "same"), and a postscript that names nothing to draw is about the job
(the deadline, the tone, thanks), never the scene. A museum or catalogue label ("Untitled (Two Balls), 2025.
Digital video, 8 s. Two moving balls ...") opens with a title, a year and the medium: the title repeats what the
description says (its count would be counted twice) and the year and running time are no counts; a label with no
description keeps its title's words as the scene. A shorthand farewell closing the prompt, a number with an operator's
letter groups or a call sign ("... nothing there. 73 es gl", "cul 88", "73 de k1abc"), is the writer's sign-off too.
"""

from __future__ import annotations

import re

from .noun_phrases import noun_class
from .vocabulary import NUMBER_WORDS, STOP_WORDS

_NAME = r"[A-Za-z][\w'.-]*"
# "Hi Sam,", "Dear Ms. Ito,", "Hello team!", "Hey there -": the greeting that opens a letter, on a line of its own
# or before the body on the same line (a name then a comma)
GREETING_RE = re.compile(r"^\s*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|morning|yo)\b"
                         rf"(?:(?: {_NAME}){{0,3}}\s*[,!:\u2014\u2013-]|(?: {_NAME}){{0,3}}\s*\n)\s*", re.IGNORECASE)
_SIGN_OFF = (r"(?:(?:many |big |huge )?thanks(?: so much| a lot| again| in advance| a million)?|thank you(?: so much| again|"
             r" in advance)?|"
             r"cheers|best(?: wishes| regards)?|(?:kind|warm|warmest|many) regards|regards|all the best|yours(?: sincerely|"
             r" truly| faithfully| respectfully)?|"
             r"sincerely|faithfully|respectfully|take care|talk soon|speak soon|love|ta|thx|xo+|much appreciated)")
# ", Room 309", " (Room 214)": the room a hotel guest signs with, under or after the name
_ROOM = r"(?:,? \(?room \d{1,5}\)?|\s*\n\s*room \d{1,5})"
# "Thanks,\nPriya", "Kind regards, Elena", "Cheers!", "— Priya", "Best,\nAnya\n\nP.S. ...": the sign-off and the name under
# it, at the end of the letter (before any postscript)
SIGN_OFF_RE = re.compile(rf"(?:^|(?<=[.!?\n]))\s*(?:{_SIGN_OFF}\s*(?:(?:[,!.\u2014\u2013-]?[ \t]*\n\s*|[,\u2014\u2013-][ \t]*)"
                         rf"(?:[-\u2014\u2013~]\s*)?{_NAME}(?: {_NAME}){{0,2}}{_ROOM}?)?|[-\u2014\u2013~]+[ \t]*{_NAME}(?: "
                         rf"{_NAME}){{0,2}})"
                         r"\s*[.!]*\s*(?=$|\n\s*p\.?\s*p?\.?\s*s\b)", re.IGNORECASE)
# "Sent from my iPhone": the mail program's footer
FOOTER_RE = re.compile(r"\s*\bsent from my [\w ]+\s*$", re.IGNORECASE)
# "P.S. No rush, end of the week is fine.", "PS: any breed works": the postscript, to the end of the letter
POSTSCRIPT_RE = re.compile(r"(?:^|(?<=[.!?\n]))\s*p\.?\s*(?:p\.?\s*)?s\.?\s*[:,-]?\s+(?P<said>.*)$", re.IGNORECASE | re.DOTALL)

# "Untitled (One Cat), 2026. Digital video, 12 s.", "Two Birds (2025).", "Two Birds, 2025\nVideo": a label's title, year and
# medium line
LABEL_RE = re.compile(r"^\s*(?P<title>[^\n.;:]{1,80}?)(?:,\s*|\.\s+|\s*\(\s*)(?:c\.|ca\.|circa)?\s*(?:1[6-9]|"
                      r"20)\d{2}(?:\s*[-\u2013/]\s*\d{2,4})?"
                      r"\s*\)?\s*(?:[.;]|\n)\s*"
                      r"(?P<medium>[^.\n]{0,60}?\b(?:video|film|animation|footage|projection|loop|installation|media|render|"
                      r"cgi|gif)\b[^.\n]{0,40}?(?:[.;]|\n|$))?", re.IGNORECASE)
# "For the next cut I need ...", "for this edit,": which job of the editor's the request is for, never a thing
JOB_RE = re.compile(r"(?:^|(?<=[.!?:\n] ))\s*for (?:the|this|my|our|your) (?:next |new |first |second |final |last |upcoming |"
                    r"latest )?"
                    r"(?:cut|edit|version|draft|round|episode|reel|project|deliverable|revision|pass)\b,?\s*", re.IGNORECASE)
_UNTITLED_RE = re.compile(r"\buntitled\b|[()\[\]\"]", re.IGNORECASE)
_LETTER_OPENINGS = ("hi", "hello", "hey", "hiya", "dear", "greetings", "good ", "morning", "yo ")


def _names_a_thing(text: str) -> bool:
    return any(noun_class(word) is not None and word not in STOP_WORDS for word in re.findall(r"[a-z]+", text.lower()))


def looks_like_letter(prompt: str) -> bool:
    """Whether ``prompt`` may be a letter (a greeting first, or a postscript or sign-off line): most prompts are not."""
    head = prompt[:12].lstrip().lower()
    return head.startswith(_LETTER_OPENINGS) or ",\n" in prompt or "p.s" in prompt or "P.S" in prompt


def letter_in_plain_words(prompt: str) -> str:
    """``prompt`` without its greeting, sign-off and a postscript about the job (one that names a thing is kept)."""
    if "sent from" in prompt.lower():
        prompt = FOOTER_RE.sub("", prompt)
    postscript = POSTSCRIPT_RE.search(prompt)
    if postscript is not None and not _names_a_thing(postscript["said"]):
        prompt = prompt[:postscript.start()]
    prompt = SIGN_OFF_RE.sub(lambda m: m.group(0) if _names_a_thing(m.group(0)) else "", prompt)  # "- a red ball" is a bullet
    greeting = GREETING_RE.match(prompt)
    if greeting is not None and not _names_a_thing(greeting.group(0)):  # "Morning, two trucks ..." is no greeting to them
        prompt = prompt[greeting.end():]
    return JOB_RE.sub("", prompt.lstrip())


def looks_like_label(prompt: str) -> bool:
    """Whether ``prompt`` opens with a catalogue label's title and year (a year starts with 1 or 2)."""
    head = prompt[:90]
    return ("1" in head or "2" in head) and LABEL_RE.match(prompt) is not None


def label_in_plain_words(prompt: str) -> str:
    """The description after a label's title, year and medium; the title's words when nothing else names a thing."""
    label = LABEL_RE.match(prompt)
    if label is None:
        return prompt
    description = prompt[label.end():]
    if _names_a_thing(description):
        return description
    return _UNTITLED_RE.sub(" ", label["title"]).strip(" ,") + ". " + description


# "... nothing there. 73 es gl", "... seventy-three, cul": a last sentence of a number and an operator's letter
# groups, a radio operator's or a letter writer's shorthand farewell after the scene (a bare count, "Two.", answers)
_SHORTHAND_SIGN_OFF_RE = re.compile(r"(?<=[.!?])\s+(?P<words>[a-z\d]+(?:-[a-z]+)?(?:,? [a-z\d]+(?:-[a-z]+)?){1,4})"
                                    r"[.!]*\s*$")
_SHORTHAND_REACH = 48
# the letter groups operators close with ("es" and, "gl" good luck, "cul" see you later, "de" from ...): a closed
# list, for a last "Two elk." or "Two eel." is a count of things the tables do not know, never a farewell
_SHORTHAND_GROUPS = frozenset("es gl gb cul cuagn tu tnx tks vy fb om yl xyl gn gm ge ga hpe sk ar kn bk de dx wx ur "
                              "hw pse agn bcnu qsl qrt qru best".split())


def _is_number(word: str) -> bool:
    return word.isdigit() or all(part in NUMBER_WORDS for part in word.split("-"))


def _is_shorthand(word: str) -> bool:
    """An operator's letter group ("es", "gl", "cul") or a call sign ("k1abc")."""
    if not word.isalpha():
        return len(word) <= 7 and any(letter.isdigit() for letter in word) and any(letter.isalpha() for letter in word)
    return word in _SHORTHAND_GROUPS


def might_end_on_shorthand(text: str) -> bool:
    """Cheap gate: ``text`` ends on a sentence of a few short words."""
    return _SHORTHAND_SIGN_OFF_RE.search(text, max(0, len(text) - _SHORTHAND_REACH)) is not None


def shorthand_sign_off_dropped(text: str) -> str:
    """``text`` without a closing shorthand of a number and unknown letter groups ("seventy-three es gl")."""
    found = _SHORTHAND_SIGN_OFF_RE.search(text, max(0, len(text) - _SHORTHAND_REACH))
    if found is None:
        return text
    words = found["words"].replace(",", " ").split()
    letters = [word for word in words if not _is_number(word)]
    if len(letters) == len(words) or not letters or not all(map(_is_shorthand, letters)):
        return text
    return text[:found.start()]
