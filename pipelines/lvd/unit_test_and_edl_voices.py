"""A unit test of the clip and a film editor's edit decision list, put into the plain scene they tell before any
other pass reads their marks as words.

- A unit test ('def test_two_cats(clip):', a docstring, "# ..." comments, "assert ..." lines): the test's head, its
  name and its fixture are never in the video; its docstring and its comments are its prose, and say the scene. Its
  checks ("assert clip.count("lively cat") == TWO") are read only for what that prose leaves out: a check whose
  quoted values the prose already says restates it, and one naming a value the prose never says (the corners of a
  route, the thing tracked) is told in words ('clip.track("dog").corners == ["lower left corner", ...]' is the dog
  going from the lower left corner to ...; 'not clip.has("cat", during="second half")' is no cat then;
  'clip.side_of("bird", "cat", at="start") == "right"' is the bird to the right of the cat at the start;
  'clip.track("cat").stays_still' is the cat staying still). A check that nothing else is there ('clip.labels() ==
  {"cat"}', "find_anything_but") adds nothing, and an assert's message is prose.
- An edit decision list ("TITLE: SELECTS", "FCM: NON-DROP FRAME", "007  A004C012 V  C  01:00:12:00 ...", "* FROM CLIP
  NAME: ...", "* COMMENT: ..."): its title, frame-count mode, event lines (event number, reel, track, cut and
  timecodes) and clip-name notes say nothing of the clip, and its comments describe it; "frame left" and "frame right"
  are the frame's sides, "head to tail" is the whole clip, "in shot" and "in frame" mean there, and a comment typed in
  capitals is read in lower case.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing_drawn
from .vocabulary import COLORS

# ---- unit test
# "def test_two_cats(clip):" opening a line: the test's head, never in the video
TEST_HEAD_RE = re.compile(r"^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*[ \t]*\([^)\n]{0,80}\)[^:\n]{0,40}:[ \t]*$", re.M)
# a docstring, its quotes inside kept ('"""Counts each "moving car"."""')
_DOCSTRING_RE = re.compile(r'"""(?P<a>(?:[^"]|"(?!"")){0,2000})"""|\'\'\'(?P<b>(?:[^\']|\'(?!\'\')){0,2000})\'\'\'')
_ASSERT_RE = re.compile(r"^[ \t]*assert[ \t]+(?P<check>[^\n]{1,400})$", re.M)
# 'self.assertEqual(clip.count("cat"), 2)', 'self.assertFalse(clip.has("dog", during="first half"))': unittest's checks
_UNITTEST_RE = re.compile(r"^[ \t]*self\.assert(?P<kind>Equal|Equals|True|False|In|NotIn|GreaterEqual|LessEqual)"
                          r"\((?P<args>[^\n]{1,400})\)[ \t]*$", re.M)
_UNITTEST_OPERATORS = {"Equal": "==", "Equals": "==", "In": "in", "NotIn": "not in", "GreaterEqual": ">=",
                       "LessEqual": "<="}
_COMMENT_RE = re.compile(r"(?:^|(?<=[ \t]))#+[ \t]*(?P<note>[^\n]*)")
# 'assert x == y, "nothing else in it"': the assert's message, prose
_MESSAGE_RE = re.compile(r",[ \t]*(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}')[ \t]*$")
_QUOTED_RE = re.compile(r"\"(?P<a>[^\"\n]{0,80})\"|'(?P<b>[^'\n]{0,80})'")
# 'bird = clip.track("bird")': a name bound to a thing the test follows
_BINDING_RE = re.compile(r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*=[ \t]*(?P<value>[^=\n][^\n]{0,200})$", re.M)
_TUPLE_CHECK_RE = re.compile(r"\((?P<names>[\w.]+(?:[ \t]*,[ \t]*[\w.]+){1,5})\)[ \t]*==[ \t]*"
                             r"\((?P<values>[\"'][^()\n]{0,200})\)")
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# 'at="start"': the moment a check looks at, which prose tells by its "from ... to ..."
_MOMENT_RE = re.compile(r"(?:the )?(?:start|end|beginning|finish)", re.I)
_PLACE_RE = re.compile(r"\b(?:left|right|upper|lower|top|bottom|corner|middle|centre|center)\b", re.I)
_HALF_RE = re.compile(r"\b(?:first|second) half\b|\bstart\b|\bend\b|\bbeginning\b", re.I)
# what marks a line as code: a call, an assignment or comparison, brackets, a dotted name, a block's colon, a
# decorator, or a statement's keyword opening it ("import unittest", "from x import y", "return", "pass")
_CODE_MARK_RE = re.compile(r"\w\(|[=\[\]{}#]|\w\.\w|:[ \t]*$|^@|^(?:import|assert|return|pass|raise|yield|del|global)\b"
                           r"|^from[ \t]+[\w.]+[ \t]+import\b|^(?:class|def|async)[ \t]+\w")
# '== TWO', '== 2': the count a check asks for; '.stays_still': what the thing does; 'colour_of("bird") == "white"'
_COUNT_CHECK_RE = re.compile(r"==[ \t]*(?P<n>[A-Za-z]+|\d)\b")
_STATE_CHECK_RE = re.compile(r"\.(?P<attr>[a-z]+(?:_[a-z]+)+)[ \t]*$")
_VALUE_CHECK_RE = re.compile(r"\.(?P<attr>[a-z]+(?:_[a-z]+)*)(?:\([^)]*\))?[ \t]*==[ \t]*[\"'](?P<value>[a-z ]{1,40})[\"']")


def looks_like_unit_test(text: str) -> bool:
    return "def " in text and "assert" in text and TEST_HEAD_RE.search(text) is not None


def _quoted(text: str) -> list[str]:
    return [m["a"] if m["a"] is not None else m["b"] for m in _QUOTED_RE.finditer(text)]


def _sentence(words: str) -> str:
    words = " ".join(words.split()).strip(" ;,")
    return words if not words or words[-1] in ".!?" else words + "."


def _check_told(check: str, things: dict[str, str]) -> str:
    """One assert's check told as a sentence ("" where it says nothing of the clip's things or its shape is unknown):
    its thing is its first quoted value naming a thing drawn, or the thing a name was bound to."""
    check = check.strip()
    negated = check.startswith("not ") or "!=" in check or check.endswith(("is False", "== False"))
    quoted = _quoted(check)
    named = [q for q in quoted if names_a_thing_drawn(q)]
    if not named:
        named = [thing for name, thing in things.items() if re.search(rf"\b{re.escape(name)}\b", check)]
    if not named:
        return ""
    thing = named[0]
    places = [q for q in quoted if _PLACE_RE.search(q) and not names_a_thing_drawn(q)]
    if "[" in check and len(places) >= 2:  # a list of places: the route the thing takes
        stops = [f"the {place}" for place in places]
        return _sentence(f"the {thing} goes from {stops[0]} to {stops[1]}"
                         + "".join(f", then to {stop}" for stop in stops[2:]))
    if len(named) >= 2 and places:  # 'side_of("bird", "cat", at="start") == "right"'
        when = next((q for q in quoted if _HALF_RE.search(q) and q not in places), "")
        at = f"at the {when}, " if when else ""
        return _sentence(f"{at}the {thing} is {'not ' if negated else ''}to the {places[0]} of the {named[1]}")
    halves = [q for q in quoted if _HALF_RE.search(q) and q not in named]
    if halves:  # 'has("cat", during="second half")'
        return _sentence(f"{'no' if negated else 'a'} {thing} is in the {halves[0]}")
    count = _COUNT_CHECK_RE.search(check)
    if count and not negated and (count["n"].lower() in _COUNT_WORDS or count["n"].isdigit()):
        number = count["n"].lower()
        return _sentence(f"{number} {thing}" + ("s" if number not in ("one", "1") else ""))
    state = _STATE_CHECK_RE.search(check)  # '.stays_still': what the thing does
    if state and not negated:
        return _sentence(f"the {thing} {state['attr'].replace('_', ' ')}")
    value = _VALUE_CHECK_RE.search(check)
    if value and not negated and value["value"] in COLORS:  # 'colour_of("bird") == "white"'
        return _sentence(f"a {value['value']} {thing}")
    if value and not negated and places:  # 'cat.starts_on == "left"': the cat starts on the left
        return _sentence(f"the {thing} {value['attr'].replace('_', ' ')} the {places[-1]}")
    if not negated and not re.search(r"[<>!=]=|\bin\b", check.replace("<=", "").replace(">=", "")):
        return _sentence(" and ".join(f"a {name}" for name in named))  # 'has("white ball")': it is there
    if not negated and ("<=" in check or ">=" in check):  # '{"white ball", "black cat"} <= clip.labels()'
        return _sentence(" and ".join(f"a {name}" for name in named))
    return ""


def _split_line(line: str) -> tuple[str, str]:
    """A line of code and its comment ("" where none); a "#" inside a quoted value is no comment."""
    blanked = _QUOTED_RE.sub(lambda m: "_" * len(m.group(0)), line)
    mark = blanked.find("#")
    return (line, "") if mark < 0 else (line[:mark], line[mark:].lstrip("#").strip())


def _top_level_split(args: str) -> list[str]:
    """A call's arguments split at the commas outside its brackets and quotes."""
    parts, depth, quote, start = [], 0, "", 0
    for at, char in enumerate(args):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(args[start:at].strip())
            start = at + 1
    return parts + [args[start:].strip()]


def _unittest_check(line: str) -> str:
    """'self.assertEqual(a, b)' as the check 'a == b' (its message after it), "" where the line is none."""
    found = _UNITTEST_RE.match(line)
    if found is None:
        return ""
    args = _top_level_split(found["args"])
    kind = found["kind"]
    if kind in ("True", "False"):
        check, rest = ("not " if kind == "False" else "") + args[0], args[1:]
    elif len(args) >= 2:
        check, rest = f"{args[0]} {_UNITTEST_OPERATORS[kind]} {args[1]}", args[2:]
    else:
        return ""
    return check + "".join(f", {part}" for part in rest[:1])


def _check_and_message(check: str) -> tuple[str, str]:
    """An assert's check and its message ('x == y, "nothing else in it"'), the message only where the check's brackets
    close before it."""
    found = _MESSAGE_RE.search(check)
    if found is None:
        return check, ""
    head = check[:found.start()]
    blanked = _QUOTED_RE.sub("", head)
    if any(blanked.count(a) != blanked.count(b) for a, b in ("()", "[]", "{}")):
        return check, ""
    return head, " ".join(_quoted(found.group(0)))


def _checks_paired(check: str) -> list[str]:
    """'(dog.starts_on, dog.ends_on) == ("right", "left")' as one check per pair; any other check as it is."""
    found = _TUPLE_CHECK_RE.fullmatch(check.strip())
    if found is None:
        return [check]
    names = [name.strip() for name in found["names"].split(",")]
    values = [value.strip() for value in found["values"].split(",")]
    if len(names) != len(values):
        return [check]
    return [f"{name} == {value}" for name, value in zip(names, values)]


def _prose_line(line: str) -> bool:
    """Whether a line of a unit test is prose written around the code ("A red ball rolls from left to right."): not
    indented, opening with a word, and with no mark or keyword of code."""
    return bool(line.strip()) and line[0].isalpha() and _CODE_MARK_RE.search(line) is None


def unit_test_in_plain_words(text: str) -> str:
    """The scene a unit test says: the prose around it, its docstrings, comments and messages as sentences, in order,
    each check told where it adds what they leave out."""
    text = _DOCSTRING_RE.sub(lambda m: "# " + " ".join((m["a"] if m["a"] is not None else m["b"]).split()),
                             TEST_HEAD_RE.sub("", text))
    lines = []  # (check, prose) per line
    for line in text.splitlines():
        if _prose_line(line):
            lines.append(("", "", line.strip()))
            continue
        code, note = _split_line(line)
        found = _ASSERT_RE.match(code.rstrip())
        check = found["check"] if found else _unittest_check(code.rstrip())
        check, message = _check_and_message(check) if check else ("", "")
        lines.append((code, check, ", ".join(part for part in (message, note) if part)))
    said = " ".join(prose for _, _, prose in lines).lower()
    things: dict[str, str] = {}
    checks_told = []  # per line, what its check tells ("" where the prose says it already)
    for code, check, prose in lines:
        binding = _BINDING_RE.match(code.rstrip())
        if binding and not check:  # 'dog = clip.track("dog")', 'path = clip.track("car").corners'
            named = [q for q in _quoted(binding["value"]) if names_a_thing_drawn(q)]
            if named and not binding["value"].lstrip().startswith("["):
                things[binding["name"]] = named[0]
        sentences = []
        for part in _checks_paired(check) if check else ():
            values = [q for q in _quoted(part) if q.strip()] + [
                thing for name, thing in things.items() if re.search(rf"\b{re.escape(name)}\b", part)]
            if not (values and all(value.lower() in said or _MOMENT_RE.fullmatch(value) for value in values)):
                sentences.append(_check_told(part, things).rstrip("."))
        checks_told.append(", ".join(sentence for sentence in sentences if sentence))
    placed = any(_PLACE_RE.search(sentence) for sentence in checks_told)
    told = []
    for (_, _, prose), sentence in zip(lines, checks_told):
        if placed and prose and _PLACE_RE.search(prose) and not names_a_thing_drawn(prose.lower()):
            # "# seen from above: lower right corner, then ...", a check telling whose stops: said by the check, its
            # lead-in kept
            prose = prose.partition(":")[0] if ":" in prose else ""
        told.append(_sentence(", ".join(part for part in (sentence, prose) if part)))
    return " ".join(sentence for sentence in told if sentence)


# ---- edit decision list
# "007  A004C012 V     C        01:00:12:00 01:00:18:00 01:00:00:00 01:00:06:00": an event line, its number, reel,
# track, cut (and a dissolve's length) and its source and record timecodes
TIMECODE = r"\d{2}:\d{2}:\d{2}[:;.]\d{2}"
_TIMECODE_RE = re.compile(TIMECODE)
EVENT_LINE_RE = re.compile(rf"^[ \t]*\d{{1,4}}[ \t]+\S{{1,32}}[ \t]+[^\n]{{0,40}}?(?:{TIMECODE}[ \t]*){{2,4}}$",
                           re.M)
# "TITLE: SELECTS", "FCM: NON-DROP FRAME", "SPLIT: ...", ">>> SOURCE ...", "AUD 3", "M2 ..." header lines, and
# "* FROM CLIP NAME: A009C006", "* SOURCE FILE: ...", "* COMMENT: ..." notes
_EDL_HEADER_RE = re.compile(r"^[ \t]*(?:(?:title|fcm|split)[ \t]*:|>>>|aud[ \t]+\d|m2[ \t])[^\n]*$", re.M | re.I)
_EDL_NOTE_RE = re.compile(r"^[ \t]*\*[ \t]*(?P<label>[A-Za-z ]{1,30}?)[ \t]*:[ \t]*(?P<note>[^\n]*)$", re.M)
_EDL_WORDS = (
    (re.compile(r"\bfrom frame (left|right) to frame (left|right)\b", re.I), r"from the \1 side to the \2 side"),
    (re.compile(r"\bframe (left|right) to frame (left|right)\b", re.I), r"from the \1 side to the \2 side"),
    (re.compile(r"\bframe (left|right)\b", re.I), r"the \1 side of the frame"),
    (re.compile(r"\b(?:in (?:shot|frame) )?(?:from )?(?:head to tail|start to (?:end|finish)(?: of (?:the )?clip)?)\b",
                re.I), "the whole time"),
    (re.compile(r"\bnothing else in (?:shot|frame)\b", re.I), "nothing else"),
    (re.compile(r"\bout of shot\b", re.I), "out of the frame"),
    (re.compile(r"\bin (?:shot|frame)\b", re.I), ""),
)


def looks_like_edl(text: str) -> bool:
    return ":" in text and "*" in text and EVENT_LINE_RE.search(text) is not None


def edl_in_plain_words(text: str) -> str:
    """The scene an edit decision list's comments and the prose written around it say, in order, its event lines,
    header lines and other notes dropped."""
    comments = []
    for line in text.splitlines():
        m = _EDL_NOTE_RE.fullmatch(line)
        if m is None:
            if line.strip() and not (EVENT_LINE_RE.fullmatch(line) or _EDL_HEADER_RE.fullmatch(line)
                                     or _TIMECODE_RE.search(line)):
                comments.append(_sentence(line))
            continue
        if m["label"].strip().lower() in ("comment", "comments", "note", "notes", "desc", "description"):
            note = m["note"].strip()
            if note.isupper():  # typed in capitals, as an EDL's comments often are
                note = note.lower()
            for pattern, plain in _EDL_WORDS:
                note = pattern.sub(plain, note)
            comments.append(_sentence(note))
    return " ".join(comments)


def unit_test_and_edl_in_plain_words(text: str) -> str:
    """A unit test's or an edit decision list's scene in plain words; any other text as it is."""
    if looks_like_unit_test(text):
        text = unit_test_in_plain_words(text)
    if looks_like_edl(text):
        told = edl_in_plain_words(text)
        text = told or text
    return text
