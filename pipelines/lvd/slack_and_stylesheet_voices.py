"""A chat thread's message marks and a stylesheet of the clip, put into the plain scene they tell before any other
pass reads their marks as words.

- A chat thread (Slack, Teams, Discord): a message's header ("@maya.k 10:14 AM", "@jonas 10:16 AM (in thread)") or a
  time stamp opening its line ("10:02 AM  two moving cars ...") names the poster and the time, never a thing of the
  clip (a line naming a thing or a move, "Dog walk 6:30 PM", or with no message under it, is no header), and an
  emoji's short code closing a message (":eyes:", ":+1:", ":heart_eyes:") is a reaction, never a thing; one inside
  a sentence says its words (":red_car:" a red car, ":arrow_left:" to the left). Each message ends a sentence; a line
  wrapped onto the next goes on with it.
- A stylesheet (".walking-dog { animation: walk-leftward; } /* ... */", one with a declaration CSS knows: "color:",
  "animation:", "--count:"): its comments and any text around its rules are its prose and say the scene.
  A rule is read only for what that prose leaves out: its selector's last class is the thing (".clip .lively-cat" a
  lively cat), a class for a half (".first-half", ".second-half") the time, and its properties what the thing is or
  does ("color: blue", "--count: three", "visibility: hidden" or "display: none" none there, "animation: none"
  staying still, "animation: roll-leftward" rolling to the left, an "@keyframes" block's "from" and "to" comments
  where it goes). A rule for everything but the thing (":not(.moving-car)") adds nothing.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import COLORS, VERB_KINDS

# ---- chat thread
_STAMP = r"\d{1,2}:[0-5]\d[ \t]?(?:[AaPp]\.?[Mm]\.?)(?!\w)"
_MARKS = r"(?:[ \t]*\((?:in thread|edited|reply)\))?"
# a header's time: a stamp as above, or a clock with a dot or of 24 hours ("10.14", "14:05", "10.14 pm")
_HEADER_STAMP = rf"(?:{_STAMP}|(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?![\w.:]))"
# a message's header on a line of its own: the poster ("@maya.k", "Maya K", "jonas —", none) and the time, with the
# thread or edit mark after them, and its message on the lines below; a clause ending in a time ("a dog at 10:14 AM")
# is no header, nor is a last line with no message after it ("Dog walk 6:30 PM")
_HEADER_LINE_RE = re.compile(rf"^[ \t]*+(?P<poster>(?:[^\n]{{0,39}}?\S)?)[ \t]*+(?:[-\u2014\u2013][ \t]*+)?"
                             rf"(?:(?:today|yesterday)[ \t]+at[ \t]+)?(?P<stamp>{_HEADER_STAMP}){_MARKS}"
                             r"[ \t]*(?=\n\s*\S)", re.M | re.I)
# a time stamp opening a message's line, with its poster's handle before it or none
_LEAD_STAMP_RE = re.compile(rf"^[ \t]*(?:@[\w.\-]{{1,40}}[ \t]+)?{_STAMP}{_MARKS}[ \t]*", re.M)
_EDITED_RE = re.compile(r"(?<![ \t])[ \t]*\(edited\)[ \t]*$", re.M)  # a run of spaces tried from its start only
# ":eyes:", ":+1:", ":heart_eyes:": an emoji's short code, a reaction
_SHORTCODE_RE = re.compile(r"(?<![\w:]):(?:[a-z0-9_+\-]{0,30}[a-z][a-z0-9_+\-]{0,30}|[+\-]1):(?![\w:])")
# ":eyes: 2  :+1: 3": a line of reactions and how many gave each, no count of the clip
_REACTIONS_LINE_RE = re.compile(r"^[ \t]*(?::[\w+\-]{1,40}:[ \t]*(?:\d{1,3}[ \t]*)?)+$", re.M)
# a message's closing reactions (":eyes:", ":+1::tada:"), one word of the line each
_CODES_WORD_RE = re.compile(r"(?::[\w+\-]{1,40}:)+")
# a short code naming a way (":left:", ":arrow_right:"): the way a thing goes
_WAYS = {"left": "to the left", "right": "to the right", "up": "upward", "down": "downward"}


_STAMP_RE = re.compile(_STAMP)
_CLOCK_RE = re.compile(r"\d[:.][0-5]\d")  # any clock a header may hold
# words a clause says around a time ("a dog at 10:14 AM", "two cats until 9:00 PM"), never in a poster's name
_CLAUSE_WORDS = frozenset(("a", "an", "the", "at", "on", "by", "in", "around", "about", "until", "till", "from", "to",
                           "since", "before", "after", "one", "two", "three", "four", "five", "six"))


def _is_poster(name: str) -> bool:
    """Whether the words before a line's time stamp are a poster's name ("Maya K", "@jonas", "jonas"): a handle, or at
    most three words, none of a clause nor one the planner knows as a thing or a move ("Red car", "Dog walk")."""
    words = name.lower().split()
    if len(words) == 1 and words[0].startswith("@"):
        return True
    return len(words) <= 3 and _CLAUSE_WORDS.isdisjoint(words) and not any(
        noun_class(word) is not None or word in VERB_KINDS for word in re.findall(r"[a-z]+", " ".join(words)))


def _is_header(match: re.Match) -> bool:
    """Whether a line with a time is a message's header: a poster's name before it; a field's label ("Time: 06:40")
    is no poster's name before a clock with no AM or PM."""
    return _is_poster(match["poster"]) and (
        _STAMP_RE.fullmatch(match["stamp"]) is not None or not match["poster"].endswith(":"))


def _header(match: re.Match) -> str:
    return "" if _is_header(match) else match[0]


def looks_like_chat_thread(text: str) -> bool:
    if _CLOCK_RE.search(text) is None:
        return False
    if ":" in text and _STAMP_RE.search(text) is not None and _LEAD_STAMP_RE.search(text) is not None:
        return True
    return any(_is_header(m) for m in _HEADER_LINE_RE.finditer(text))


def _ended(line: str) -> str:
    line = " ".join(line.split()).strip(" ,;")
    return line if not line or line[-1] in ".!?:" else line + "."


def _code_words(code: str, *, closing: bool, reaction: bool = True) -> str:
    """A short code as the words it says of the clip: a way (":arrow_left:" to the left) wherever it stands; inside a
    sentence ("a :cube: on a table") its words; closing a line, its words where they name a thing or a colour
    (":red_car:") and it is no message's reaction, or nothing (":eyes:", ":+1:", ":heart_eyes:")."""
    words = [word for word in re.split(r"[_\-]", code.strip(":").lower()) if word]
    way = next((_WAYS[word] for word in words if word in _WAYS), "")
    if way:
        return way
    if not closing and all(word.isalpha() for word in words):
        return " ".join(words)
    if not reaction and any(noun_class(word) is not None or word in COLORS for word in words):
        return " ".join(words)
    return ""


def _codes_said(line: str, *, chat: bool) -> str:
    """A line with its short codes said (see ``_code_words``); in a chat message the codes closing it are reactions."""
    if _SHORTCODE_RE.search(line) is None:
        return line
    words = line.split()
    closing: list[str] = []
    while words and _CODES_WORD_RE.fullmatch(words[-1]):
        closing.insert(0, words.pop())
    body = _SHORTCODE_RE.sub(lambda m: _code_words(m[0], closing=False), " ".join(words))
    tail = (_code_words(m[0], closing=True, reaction=chat) for m in _SHORTCODE_RE.finditer(" ".join(closing)))
    return " ".join(filter(None, (" ".join(body.split()), *tail)))


def _message(lines: list[str]) -> str:
    """A message's lines as its sentences: a line wrapped onto the next ("three birds fly" / "in the first half") goes
    on with it; a line opening in capitals, or after one ended, is a sentence of its own."""
    sentences: list[str] = []
    for line in filter(None, (" ".join(line.split()) for line in lines)):
        if sentences and line[0].islower() and sentences[-1][-1] not in ".!?":
            sentences[-1] += " " + line
        else:
            sentences.append(line)
    return " ".join(_ended(sentence) for sentence in sentences)


def chat_thread_in_plain_words(text: str) -> str:
    """A chat thread's messages as sentences: headers, time stamps and emoji short codes dropped; a message ends at the
    next header or time stamp, or at a blank line."""
    if not looks_like_chat_thread(text):
        return text
    text = _REACTIONS_LINE_RE.sub("", _EDITED_RE.sub("", _HEADER_LINE_RE.sub(_header, text)))
    text = _LEAD_STAMP_RE.sub("\n", text)  # a blank line before each stamped message: its start
    lines = [_codes_said(line, chat=True) for line in text.split("\n")]
    messages: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            messages[-1].append(line)
        elif messages[-1]:
            messages.append([])
    return " ".join(filter(None, (_message(message) for message in messages)))


def without_shortcodes(text: str) -> str:
    """``text`` with its emoji short codes said: a way or a thing as its words (":left:", ":red_car:", "a :cube: on a
    table"), a reaction (":eyes:", ":thumbsup:" closing a line) dropped."""
    if ":" not in text or _SHORTCODE_RE.search(text) is None:
        return text
    return "\n".join(_codes_said(line, chat=False) for line in text.split("\n"))


# ---- stylesheet
# a rule's selector opening its line: a class, an id or an at-rule (".walking-dog {", "@keyframes cross {")
_RULE_RE = re.compile(r"^[ \t]*[.#@][A-Za-z][\w-]{0,60}[^{}\n]{0,200}\{", re.M)
_CSS_TOKEN_RE = re.compile(r"/\*(?P<comment>(?:[^*]|\*(?!/)){0,600})\*/"
                           r"|(?P<selector>[^{};/}\n][^{};/}]{0,200})\{"
                           r"|(?P<prop>-{0,2}[A-Za-z][\w-]{0,40})[ \t]*:[ \t]*(?P<value>[^;{}\n/]{1,80})"
                           r"|(?P<close>\})|(?P<newline>\n)")
_CLASS_RE = re.compile(r"\.(?P<name>[A-Za-z][\w-]{0,60})")
_NOT_RE = re.compile(r":not\([^)]{0,200}\)")
# a class naming the clip's container, not a thing in it
_CONTAINERS = frozenset(("clip", "scene", "frame", "stage", "video", "canvas", "screen", "shot", "page", "root", "app"))
_HALVES = {"first-half": "in the first half", "second-half": "in the second half", "opening": "at the start",
           "closing": "at the end"}
_COUNTS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_STEP_WORDS = {"from": "from", "0%": "from", "to": "to", "100%": "to"}  # a keyframe's stop; one between is "then"
_COLOUR_PROPS = ("color", "colour", "background-color", "background", "fill")
_HIDDEN = re.compile(r"^(?:hidden|none|collapse|0|0\.0+)$")
# the move an animation's name tells ("walk-leftward", "roll-route", "glide-rightward")
_MOTION_VERBS = {"walk": "walks", "run": "runs", "fly": "flies", "roll": "rolls", "drive": "drives", "glide": "glides",
                 "stroll": "strolls", "dash": "dashes", "cross": "crosses", "hop": "hops", "swim": "swims",
                 "slide": "slides", "move": "moves", "zoom": "zooms", "race": "races", "trot": "trots",
                 "float": "floats", "drift": "drifts", "scurry": "scurries", "sprint": "sprints", "jog": "jogs"}
_DIRECTIONS = {"leftward": "to the left", "leftwards": "to the left", "left": "to the left", "rtl": "to the left",
               "rightward": "to the right", "rightwards": "to the right", "right": "to the right", "ltr": "to the right"}


# a declaration only a stylesheet writes: a property CSS knows, or a custom one ("--count:"), opening a rule's body or
# following a ";" or a comment; "{style: anime; mood: happy}" or "{cute; fluffy}" is a tag's note, no stylesheet
_DECLARATION_RE = re.compile(r"[{;/][ \t\n]*(?:--[A-Za-z][\w-]{0,40}|(?:background-)?colou?r|background|fill|opacity"
                             r"|animation(?:-[a-z]{1,20})?|display|visibility|transform|transition|position|z-index"
                             r"|width|height|margin|padding|border|font-[a-z]{1,10})[ \t]*:", re.I)


def looks_like_stylesheet(text: str) -> bool:
    return "{" in text and "}" in text and (";" in text or "/*" in text) and _RULE_RE.search(text) is not None and (
        "@keyframes" in text or _DECLARATION_RE.search(text) is not None)


class _Rule:
    def __init__(self, selector: str) -> None:
        self.selector = selector
        self.props: dict[str, str] = {}
        self.comments: list[str] = []
        self.steps: list[str] = []  # an @keyframes block's stops, in order
        self.before: list[str] = []  # the comments standing right before it


def _thing_and_time(selector: str) -> tuple[str, str]:
    """The thing a rule's selector picks ('.clip.second-half .moving-car': "moving car") and its time ("in the second
    half"); no thing for a selector of everything but one (":not(...)")."""
    if _NOT_RE.search(selector):
        return "", ""
    names = [m["name"].lower() for m in _CLASS_RE.finditer(selector)]
    time = next((_HALVES[n] for n in names if n in _HALVES), "")
    things = [n for n in names if n not in _HALVES and n not in _CONTAINERS]
    words = re.split(r"[-_]", things[-1]) if things else []
    # ".walking-dog" a walking dog, ".dog-walking" a walking dog too: up to the last word naming a thing
    last = next((i for i in range(len(words) - 1, -1, -1) if noun_class(words[i]) is not None), None)
    if last is None:
        return "", time
    return " ".join([*words[last + 1:], *words[:last + 1]]), time


def _count_word(value: str) -> str:
    """A custom property's count ("three", "3") as a word; "" for any other value."""
    value = value.strip().lower()
    return _COUNTS[int(value)] if value.isdigit() and 0 < int(value) < len(_COUNTS) else value if value in _COUNTS[1:] \
        else ""


def _noun(thing: str) -> str:
    return thing.split()[-1] if thing else ""


def _names(prose: str, noun: str) -> bool:
    return re.search(rf"\b{re.escape(noun)}(?:e?s)?\b", prose) is not None


def _motion(value: str, steps: dict[str, str]) -> str:
    """What an animation tells of its thing: "stays still", "rolls to the left", "walks from ... to ..."."""
    value = value.split()[0].lower() if value.split() else ""
    if value == "none":
        return "stays still"
    parts = re.split(r"[-_]", value)
    verb = next((_MOTION_VERBS[p] for p in parts if p in _MOTION_VERBS), "moves")
    way = next((_DIRECTIONS[p] for p in parts if p in _DIRECTIONS), "")
    return " ".join(filter(None, (verb, way, steps.get(value, ""))))


def _told(rule: _Rule, prose: str, steps: dict[str, str]) -> str:
    """A rule told in words, only for what the prose (its comments) leaves out; "" where it adds nothing."""
    thing, time = _thing_and_time(rule.selector)
    noun = _noun(thing)
    if not noun:
        return ""
    own = " ".join(rule.before + rule.comments).lower()
    named = _names(prose, noun)
    colour = next((v.lower() for p, v in rule.props.items() if p in _COLOUR_PROPS and v.lower() in COLORS), "")
    count = next((_count_word(v) for p, v in rule.props.items() if p.startswith("--") and _count_word(v)), "")
    hidden = any(_HIDDEN.match(rule.props.get(p, "x").lower()) for p in ("visibility", "display", "opacity"))
    animation = rule.props.get("animation", rule.props.get("animation-name", ""))
    motion = _motion(animation, steps) if animation else ""
    new_colour = colour and not re.search(rf"\b{colour} {re.escape(noun)}", prose) and colour not in own
    new_count = count and not (named and (count == "one" or re.search(rf"\b{count}\b", prose)))
    new_time = time and time.split()[-2] not in own
    new_motion = motion and motion != "stays still" and (not named or animation.split()[0].lower() in steps)
    if named and not (new_colour or new_count or new_time or new_motion):
        return ""
    if hidden:
        return f"no {thing} {time}".strip()
    if not named:
        plural = thing + ("es" if thing.endswith(("s", "sh", "ch", "x")) else "s")
        head = f"{count} {colour} {plural}" if count and count != "one" else f"a {colour} {thing}"
        return " ".join(" ".join((head, motion, time)).split())
    if new_colour:
        return f"the {thing} is {colour}"
    return " ".join(filter(None, (time, f"the {thing}", motion or "is there")))


def stylesheet_in_plain_words(text: str) -> str:
    """A stylesheet's comments as its prose, each rule told where it adds to them; any other text as it is."""
    if not looks_like_stylesheet(text):
        return text
    stack: list[_Rule] = []
    items: list[object] = []  # comments (str) and rules in the order written
    steps: dict[str, str] = {}
    line_rule: _Rule | None = None  # the rule last closed on this line: a comment after it is its own
    waiting: list[str] = []  # the comments since the last rule: said of the rule they stand before
    said = 0  # where the text outside any rule or comment (the prose around the stylesheet) goes on
    for m in _CSS_TOKEN_RE.finditer(text):
        if not stack and (m["comment"] is not None or m["selector"] is not None):
            start = m.start()
            if m["selector"] is not None:  # a selector is the last line before its "{": any line above it is prose
                start += m["selector"].rfind("\n") + 1
            prose = " ".join(text[said:start].split())
            if prose.strip(" ;,}"):
                items.append(prose)
                waiting = []
        if m["comment"] is not None:
            note = " ".join(m["comment"].split())
            if not note:
                continue
            if stack:
                stack[-1].comments.append(note)
                step = stack[-1].selector.split()[0]
                if len(stack) > 1 and (step in ("from", "to") or step.endswith("%")):
                    stack[-2].steps.append(f"{_STEP_WORDS.get(step, 'then')} {note}")
                elif stack[-1].selector.startswith("@keyframes"):
                    stack[-1].steps.append(note)
            elif line_rule is not None:
                line_rule.comments.append(note)
            else:
                items.append(note)
                waiting.append(note)
            if not stack:
                said = m.end()
        elif m["selector"] is not None:
            rule = _Rule(" ".join(m["selector"][m["selector"].rfind("\n") + 1:].split()) if not stack else
                         " ".join(m["selector"].split()))
            if not stack:
                rule.before, waiting = waiting, []
                items.append(rule)
            stack.append(rule)
        elif m["prop"] is not None and stack:
            stack[-1].props[m["prop"].lower()] = m["value"].strip()
        elif m["close"] is not None and stack:
            closed = stack.pop()
            if not stack:
                line_rule, said = closed, m.end()
                if closed.selector.startswith("@keyframes") and closed.selector.split()[1:]:
                    steps[closed.selector.split()[1].lower()] = ", ".join(closed.steps)
        elif m["newline"] is not None:
            line_rule = None
    tail = " ".join(text[said:].split())
    if tail.strip(" ;,}"):
        items.append(tail)
    prose = " ".join(c for item in items for c in ([item] if isinstance(item, str) else
                                                       [] if item.selector.startswith("@") else item.comments)).lower()
    sentences = []
    for item in items:
        if isinstance(item, str):
            sentences.append(_ended(item))
        elif not item.selector.startswith("@"):
            told = _told(item, prose, steps)
            sentences.append(_ended(", ".join(filter(None, (told, *item.comments)))))
    return " ".join(filter(None, sentences))
