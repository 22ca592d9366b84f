"""A programmer's pseudocode put into the plain sentences the reader knows.

A programmer writes the scene as code: a call's keyword arguments, "move(a dog, from=left of the cat, to=right of
the cat)", say where from and where to, as "start=" and "end=" do; a comment after the code on its line, "... # the
cat stays still", is a sentence of its own; a list of places given a name, "path = [lower left corner, ...]", is a
route that what moves "along it" follows; a call or a record naming its thing by a field, 'spawn(kind="dog",
path=["lower left corner", ...])', '{ "object": "cat", "count": 2 }' inside prose, is that thing with its count,
colour and route (a record right after the things it notes adds none); and a branch on the clip's time, "if frame
in first half: no cat / else: a cat appears", says what is there in each half, the loop over the clip's frames around
it saying nothing. Only the notation is read: the words inside it stay as written. Only a prompt that holds code is
read so: prose shares code's words ("for a while", "when the first half is over:", "red ball // blue box") and keeps
its own reading.

A query, "SELECT walking dog FROM clip WHERE view = 'from above' -- path: lower right corner, ...", asks for the scene:
the things it selects are the clip's things (the table, the clip, is none), its WHERE conditions say what is true of
them ("on_screen BETWEEN 'start' AND 'finish'" there the whole time, "rolls_from = 'left' AND rolls_to = 'right'" a
way, "visible IN (first half)" a half, "cat IS NULL in the first half" none then, "car.state = 'still'" staying
still), its "--" comment tells the things selected in prose (or names the scene whole, "SELECT car FROM clip -- a car
drives ..."), and "ORDER BY time" is syntax.
"""

from __future__ import annotations

import re

from .exhibit_podcast_and_worksheet_voices import PLACE_WORDS
from .object_classes import noun_class, singular
from .tokens import plural
from .vocabulary import COLORS, NUMBER_WORDS, VERB_KINDS
from .word_guessing import third_person

# 'spawn(kind="dog", path=["lower left corner", ...])', '{ "object": "cat", "count": 2 }': a call or a record whose
# fields name the thing, said as a phrase of it; each opens on its own bracket, so a long prompt costs one pass
CALL_RE = re.compile(r"\b(?P<verb>[A-Za-z_]+)\((?P<fields>[^()\n]{0,300})\)")
RECORD_RE = re.compile(r"\{(?P<fields>[^{}]{0,300})\}")  # a pretty-printed record spans lines
_FIELD_RE = re.compile(r"""(?<![A-Za-z_])["']?(?P<key>[A-Za-z_]+)["']? ?[:=] ?"""
                       r"""(?P<value>\[[^\]]*\]|"[^"]*"|'[^']*'|[^,\]\)}]+)""")
# the keys that name what the thing is, surest first; "type", "name", "label", "shape" or "style" name a look, a
# kind of path or a pet's name as often ('draw(type="dashed", object="ball")', 'spawn(name="Rex", kind="dog")')
_THING_KEYS = ("object", "kind", "thing", "class", "category")
_COUNT_KEYS = frozenset("count n num number quantity qty amount".split())
_COLOUR_KEYS = frozenset(("color", "colour"))
_PATH_KEYS = frozenset("path route waypoints stops trajectory points".split())

# "from=left of the dog", "start = left side": a keyword argument after a call's bracket or comma, its key a word of
# where from or where to ("count=3" keeps its sign)
KEYWORD_ARGUMENT_RE = re.compile(r"(?:(?<=\()|(?<=,)) *(?P<key>[A-Za-z_]+) ?=(?!=) ?")
_FROM_KEYS = frozenset(("from", "start", "begin", "origin", "source", "src", "from_", "start_at", "starts_at"))
_TO_KEYS = frozenset(("to", "end", "finish", "dest", "destination", "target", "goal", "to_", "end_at", "ends_at"))
_PLACE_KEYS = frozenset(("via", "through", "past", "towards", "toward", "at", "near", "by", "beside", "along"))
# "move(a dog, from=left)": a call with a keyword argument, the surest sign of code (prose's "(age = 3)" has no call)
CALL_WITH_KEYWORDS_RE = re.compile(r"[A-Za-z_]\((?:[^()=\n]{0,200},)? *[A-Za-z_]+ ?=(?!=)")
# "code(...)  # the dog stays still", "...; // stays still": a comment after code on its line, the code ending in a
# bracket or a semicolon ("red ball // blue box" is a list of things, no comment)
TRAILING_COMMENT_RE = re.compile(r"(?<=[)\];])[ \t]+(?:#+|//)[ \t]+(?=\S)")
# "// the cat stays still" on a line of its own: a comment, as a "#" line is
LINE_COMMENT_RE = re.compile(r"^[ \t]*//+[ \t]*", re.MULTILINE)
# "path = [lower left corner, upper left corner, upper right corner]": a list of places given a name
PLACE_LIST_RE = re.compile(r"^[ \t]*(?P<name>[A-Za-z_]+) ?= ?[\[(](?P<items>[^\]\)\n]*)[\])][ \t]*;?[ \t]*$",
                           re.MULTILINE)
_PLACE_WORD_RE = re.compile(rf"\b{PLACE_WORDS}\b")
# "for frame in clip:", "for each frame in the video:", "for t in range(n):": a loop over the clip, no words of its own
CLIP_LOOP_RE = re.compile(r"^[ \t]*for (?:each )?[A-Za-z_]+ in [^:\n]{1,40}:[ \t]*(?:\n|$)", re.MULTILINE | re.I)
# "frame in the first half", "t < midpoint", "t >= T/2", a bare "first half": a test of code's shape on the clip's
# half ("the first half is over" is prose's, never a test)
_HALF = r"(?P<half>first|opening|early|second|last|latter|closing|final) half"
_HALF_TEST_RE = re.compile(rf"(?:[A-Za-z_]\w* (?:is )?in )?(?:the )?{_HALF}"
                           r"|[A-Za-z_]\w* ?(?P<op>[<>]=?) ?(?:the )?(?:half|midpoint|middle|[A-Za-z_]\w* ?/ ?2)", re.I)
_FIRST_HALVES = frozenset(("first", "opening", "early"))
# "if frame in first half:", "Elif t < midpoint:", "else:", "Otherwise:": a branch at a line's start, its test
# whatever comes before the colon
BRANCH_RE = re.compile(r"^(?P<indent>[ \t]*)(?:(?:if|elif|else if|when) (?P<test>[^:\n]{1,60})"
                       r"|(?P<other>else|otherwise)):[ \t]*", re.MULTILINE | re.I)
# "x in the box", "t < 5", "n == 3", "frame in first half": a test of code's shape, a name then an operator
_CODE_TEST_RE = re.compile(r"[A-Za-z_][\w.]* (?:not )?in \S|[A-Za-z_][\w.]* ?(?:[<>]=?|[=!]=) ?\S")
# "for x in clip:", "for each frame in the video:": a loop's head, code's shape
_LOOP_TEST_RE = re.compile(r"(?:each )?[A-Za-z_]\w* in \S", re.I)


def is_code_branch(head: str) -> bool:
    """Whether the words before a colon are a branch or loop of code, "if frame in first half", "for t in clip",
    never a field's key that opens with the same word, "If visible", "While moving"."""
    keyword, _, test = head.strip().partition(" ")
    keyword = keyword.lower()
    if keyword == "for":
        return _LOOP_TEST_RE.match(test) is not None
    return keyword in ("if", "elif", "when", "while") and _is_code_test(test)


def holds_code(text: str) -> bool:
    """Whether the prompt holds code, not just a word code shares with prose ("for", "#", "when ... half:"): a call
    with keyword arguments, a list given a name, a record naming its thing, a loop over the clip or a branch with a
    test of code's shape."""
    if "=" in text and ("(" in text and CALL_WITH_KEYWORDS_RE.search(text) or PLACE_LIST_RE.search(text)):
        return True
    if "{" in text and any(_thing_named(record["fields"]) for record in RECORD_RE.finditer(text)):
        return True
    if ":" not in text:
        return False
    lowered = text.lower()
    if "for " in lowered and CLIP_LOOP_RE.search(text):
        return True
    if "if " in lowered or "when " in lowered:
        return any(branch["test"] and _is_code_test(branch["test"]) for branch in BRANCH_RE.finditer(text))
    return False


def _is_code_test(test: str) -> bool:
    return _CODE_TEST_RE.match(test) is not None or _HALF_TEST_RE.fullmatch(test.strip()) is not None


def code_in_plain_words(text: str) -> str:
    """The prompt's code said as the sentences the later readers know, its words left as written; only called on a
    prompt that `holds_code`."""
    if "{" in text:
        text = RECORD_RE.sub(_record_in_words, text)
    if "=" in text and "(" in text:
        text = CALL_RE.sub(_call_in_words, text)
        text = KEYWORD_ARGUMENT_RE.sub(_argument_in_words, text)
    if " #" in text or "//" in text:
        text = LINE_COMMENT_RE.sub("# ", TRAILING_COMMENT_RE.sub("\n# ", text))
    if "=" in text and ("[" in text or "(" in text):
        text = _place_lists_as_routes(text)
    text = _branches_as_halves(text)
    return text


def _fields(fields: str) -> dict[str, str]:
    """A call's keyword arguments or a record's fields, key (lower case) to value, quotes and brackets kept."""
    return {field["key"].lower(): field["value"].strip() for field in _FIELD_RE.finditer(fields)}


def _unquoted(value: str) -> str:
    """A field's value as its words: '"dog"' and "'dog'" are the dog."""
    return value.strip().strip("'\"").strip()


def _thing_of(fields: dict[str, str]) -> str | None:
    """What the fields say the thing is, by the surest key whose value names a thing the tables know, or None."""
    for key in _THING_KEYS:
        value = _unquoted(fields.get(key, "")).lower()
        if value and re.fullmatch(r"[a-z][a-z' -]{0,40}", value) and noun_class(value.split()[-1]):
            return value
    return None


def _thing_named(fields: str) -> bool:
    return _thing_of(_fields(fields)) is not None


def _count_of(fields: dict[str, str]) -> int | None:
    """The count its fields say, a number or a number's word; None when none is said or it is no count ("n=many")."""
    said = next((_unquoted(value).lower() for key, value in fields.items() if key in _COUNT_KEYS), "")
    if said.isdigit():
        return int(said)
    return 0 if said in ("zero", "none") else NUMBER_WORDS.get(said)


def _with_the(place: str) -> str:
    """A place said as the route words read it: "lower left corner" is "the lower left corner"."""
    return place if place.lower().startswith("the ") else f"the {place}"


def _route_said(places: list[str]) -> str:
    """Two or more places said as one route: "from the A to the B, then to the C"."""
    said = [_with_the(place) for place in places]
    return f"from {said[0]} to {said[1]}" + "".join(f", then to {place}" for place in said[2:])


def _thing_phrase(fields: dict[str, str], kind: str, count: int | None) -> tuple[str, str]:
    """The thing, with its count and a colour word ("two cats", "a red dog"; a hex code is no colour word), and
    its route: " from A to B[, then to C]" for a path or a start and an end, " to A" for an end alone, "" for none or
    for a path of coordinates, which names no place."""
    colour = next((_unquoted(value).lower() for key, value in fields.items() if key in _COLOUR_KEYS), "")
    colour = f"{colour} " if colour in COLORS else ""
    phrase = f"{count} {colour}{plural(kind)}" if count is not None and count > 1 else f"a {colour}{kind}"
    stops = next((value.strip("[]").split(",") for key, value in fields.items() if key in _PATH_KEYS), [])
    start = next((_unquoted(value) for key, value in fields.items() if key in _FROM_KEYS), None)
    end = next((_unquoted(value) for key, value in fields.items() if key in _TO_KEYS), None)
    places = [_unquoted(stop) for stop in stops if _unquoted(stop)]
    places = ([start] if start else []) + places + ([end] if end else [])
    if not all(_PLACE_WORD_RE.search(place.lower()) for place in places):
        return phrase, ""  # "path=[[0.1, 0.9], [0.9, 0.1]]": numbers, no place the reader knows
    if len(places) < 2:
        return phrase, f" to {_with_the(places[0])}" if places else ""
    return phrase, f" {_route_said(places)}"


def _record_in_words(match: re.Match) -> str:
    """A record in prose, "a scene with { "object": "cat", "count": 2 } on a rug", said as its thing."""
    fields = _fields(match["fields"])
    kind, count = _thing_of(fields), _count_of(fields)
    if kind is None:
        return match.group(0)
    if count == 0:
        return ""  # '{"object": "cat", "count": 0}': none of it is there
    phrase, route = _thing_phrase(fields, kind, count)
    kind = phrase.split()[-1]
    before = match.string[max(0, match.start() - 40):match.start()]
    if re.search(rf"\b(?:{re.escape(kind)}|{re.escape(plural(kind))}) *$", before):
        return route and f"moving{route}"  # 'two cats {"object": "cat", "count": 2}': the things just named, again
    return f"{phrase} moving{route}" if route else phrase


def _call_in_words(match: re.Match) -> str:
    """A call naming its thing by a keyword, 'spawn(kind="dog", path=[...])', said as a sentence of the thing: the
    call's verb where the tables know it ("walk"), a move along a route said, or the thing alone."""
    fields = _fields(match["fields"])
    kind, count = _thing_of(fields), _count_of(fields)
    if kind is None:
        return match.group(0)
    if count == 0:
        return ""  # 'spawn(kind="cat", count=0)' spawns none
    phrase, route = _thing_phrase(fields, kind, count)
    verb, one = match["verb"].lower(), phrase.startswith("a ")
    stop = "" if match.string[match.end():match.end() + 1] in (".", ";", "!", "?", ",") else "."
    if verb in VERB_KINDS:
        return f"{phrase} {third_person(verb) if one else verb}{route}{stop}"
    return f"{phrase} {'moves' if one else 'move'}{route}{stop}" if route else f"{phrase}{stop}"


def _argument_in_words(match: re.Match) -> str:
    key = match["key"].lower()
    if key in _FROM_KEYS:
        return " from "
    if key in _TO_KEYS:
        return " to "
    if key in _PLACE_KEYS:
        return f" {key} "
    return match.group(0)


def _place_lists_as_routes(text: str) -> str:
    """A named list whose every item is a place is a route: where a later clause moves "along it" or along its name,
    the route is said there in full ("a dog walks from the lower left corner to ..., then to ..."); otherwise it stays
    a path label ("path: A, B, C.")."""
    for match in reversed(list(PLACE_LIST_RE.finditer(text))):
        stops = [item.strip().strip("'\"") for item in match["items"].split(",")]
        if len(stops) < 2 or not all(stop and _PLACE_WORD_RE.search(stop) for stop in stops):
            continue
        route = _route_said(stops)
        name = re.escape(match["name"])
        followed = re.compile(rf"\b(?:along|follows?|following|traces?|tracing) (?:it|{name}|the {name})\b", re.I)
        use = followed.search(text, match.end())
        if use is None:
            text = text[:match.start()] + "path: " + ", ".join(stops) + "." + text[match.end():]
            continue
        text = text[:match.start()] + text[match.end():use.start()] + route + text[use.end():]
    return text


def _branches_as_halves(text: str) -> str:
    """Branches testing which half the frame is in, told as that half; "else" after one is the other half. A prompt
    with any other test keeps its branches as written."""
    branches = list(BRANCH_RE.finditer(text))
    if not branches:
        return text
    halves: list[str] = []
    for branch in branches:
        if branch["other"]:
            if not halves:
                return text
            halves.append("second" if halves[-1] == "first" else "first")
            continue
        test = _HALF_TEST_RE.fullmatch(branch["test"].strip())
        if test is None:
            return text
        first = (test["op"] or "").startswith("<") or (test["half"] or "").lower() in _FIRST_HALVES
        halves.append("first" if first else "second")
    out, done = [], 0
    for branch, half in zip(branches, halves):
        out.append(_sentence_closed(text[done:branch.start()]))
        out.append(f"{branch['indent']}in the {half} half, ")
        done = branch.end()
    out.append(text[done:])
    return CLIP_LOOP_RE.sub("", "".join(out))


def _sentence_closed(before: str) -> str:
    """What comes before a branch, its last line closed by a full stop so each branch is a sentence of its own."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ".!?:;":
        return before
    return stripped + "." + before[len(stripped):]


# ---------------------------------------------------------------------------------------------------------- a query
# "SELECT four moving balls FROM clip WHERE ... -- ...": a query, its keywords in capitals as typed (prose's "select a
# ball from the box" is a request; a query typed in lower case is one from the clip's table with a WHERE or a "--"
# comment after it)
QUERY_RE = re.compile(r"\b(?P<select>select|SELECT) (?P<head>[^;\n]{1,120}?) (?P<from>from|FROM) (?:the )?"
                      r"(?P<table>[A-Za-z_][\w.]{0,40})\b", re.I)
_LOWER_QUERY_RE = re.compile(r"[ \t]*(?:where\b|--)")
_CLIP_TABLES = frozenset("clip clips video videos footage frames frame scene scenes film movie shots".split())
# the clauses of syntax after the table: the order rows come in, how many and how they group say nothing of the scene
_QUERY_SYNTAX_RE = re.compile(r"\b(?:ORDER BY|GROUP BY|order by|group by) [\w.]+(?: (?:ASC|DESC|asc|desc))?"
                              r"|\bLIMIT \d+\b|\bAS [A-Za-z_]\w*\b")
# "WHERE ..." up to the comment, the statement's end or the next clause
_WHERE_RE = re.compile(r"\b(?:WHERE|where) (?P<body>[^;\n]*?)(?= ?(?:--|;|\n|$))")
# one condition: "a BETWEEN 'x' AND 'y'", "a = 'b'", "a IS [NOT] NULL ...", "[NOT] a [NOT] IN (b)", "a HAS b", a name
_BETWEEN_RE = re.compile(r"(?<![\w.])(?P<key>[A-Za-z_]\w*(?:\.\w+)?) between '?(?P<low>[^']{1,40}?)'? and "
                         r"'?(?P<high>[^' ]{1,40})'?", re.I)
_CONDITION_SPLIT_RE = re.compile(r" (?:AND|and|OR|or) ")
_EQUALS_RE = re.compile(r"(?P<key>[A-Za-z_][\w.]*) ?(?P<op>!=|<>|==|=) ?(?P<value>'[^']*'|\"[^\"]*\"|[\w.-]+)$")
_IS_RE = re.compile(r"(?P<key>[A-Za-z_][\w.]*) is (?P<not>not )?(?P<value>null|[a-z]+)(?P<rest> .*)?$", re.I)
_IN_RE = re.compile(r"(?P<not1>not )?(?P<key>[A-Za-z_][\w.]*) (?P<not2>not )?in \(?(?P<value>[\w .'-]{1,40}?)\)?"
                    r"(?P<rest> .*)?$", re.I)
_HAS_RE = re.compile(r"(?P<key>[A-Za-z_][\w.]*) has (?P<value>.+)$", re.I)
_NAME_RE = re.compile(r"(?P<not>not )?(?P<key>[A-Za-z_][\w.]*)$", re.I)
# keys told by their words: where a thing starts and ends, how the camera looks, which half
_FROM_WORDS = frozenset(("from", "start", "starts", "begin", "begins", "origin", "source", "since"))
_TO_WORDS = frozenset(("to", "end", "ends", "until", "till", "finish", "finishes", "dest", "destination", "target"))
_VIEW_WORDS = frozenset(("view", "camera", "angle", "perspective", "viewpoint", "seen", "shot"))
_ABOVE_VALUES = frozenset(("above", "from above", "overhead", "top-down", "top down", "topdown", "bird's eye",
                           "birds eye", "bird's-eye", "straight down", "from overhead"))
_WAY_WORDS = frozenset(("direction", "path", "route", "way", "heading", "course"))
_HALF_WORDS = frozenset(("half", "time", "when", "period", "part"))
_STILL_VALUES = frozenset(("still", "stationary", "static", "motionless", "parked", "at rest", "put"))
_MOVING_WORDS = frozenset(("moving", "moves", "in_motion", "motion", "state"))
# a column of being in view by any name ("on_screen", "shown", "in_view") is said as "visible", the reader's word
_PRESENCE_KEYS = frozenset(("visible", "on screen", "onscreen", "shown", "in view", "present", "seen", "in frame",
                            "in shot", "there", "appears", "in picture", "displayed"))
# the comment's "--" and a statement's ";": parts of the prose the comment tells
_COMMENT_MARK_RE = re.compile(r"(?:^|\s)--+(?=\s|$)|;")
# "SELECT yellow car, white bird", "SELECT cat and dog": the things selected, one by one
_SELECTED_SPLIT_RE = re.compile(r",| and ")
# "NOT EXISTS anything else": nothing else
_NOT_EXISTS_RE = re.compile(r"\b(?:NOT EXISTS|not exists) (?:anything|any other thing|anything other)\b")


def holds_query(text: str) -> bool:
    """Whether the prompt holds a query, "SELECT ... FROM clip"."""
    return ("elect" in text or "ELECT" in text) and ("FROM" in text or "from" in text) and bool(_queries(text))


def _queries(text: str) -> list[re.Match]:
    """The queries in ``text``: "SELECT ... FROM" typed in capitals, or in lower case with a WHERE or a "--" comment
    after the table; in a prompt all in capitals, shouted prose, only the latter."""
    return [query for query in QUERY_RE.finditer(text)
            if query["select"].isupper() and query["from"].isupper() and not text.isupper()
            or query["select"].islower() and query["from"].islower() and query["table"].lower() in _CLIP_TABLES
            and _LOWER_QUERY_RE.match(text, query.end())]


def query_in_plain_words(text: str) -> str:
    """Each query said as the scene it asks for: the things selected, what its WHERE conditions say of them and its
    comment, the table and the clauses of syntax dropped; only called on a prompt that `holds_query`."""
    out, done = [], 0
    queries = _queries(text)
    for index, query in enumerate(queries):
        end = queries[index + 1].start() if index + 1 < len(queries) else len(text)
        out.append(text[done:query.start()])
        out.append(_query_said(query["head"], text[query.end():end]))
        done = end
    out.append(text[done:])
    return "".join(out)


def _query_said(head: str, rest: str) -> str:
    """One query: its things, then its conditions, then its comment's prose after a colon, as a note's tail tells the
    thing it heads ("a walking dog, seen from above: lower right corner, ..."), as one sentence."""
    rest = _NOT_EXISTS_RE.sub("nothing", _QUERY_SYNTAX_RE.sub("", rest))
    prose = _WHERE_RE.sub("", rest)
    prose = " ".join(_COMMENT_MARK_RE.sub(" , ", prose).split()).strip(" ,")
    bodies = [where["body"] for where in _WHERE_RE.finditer(rest)]
    # fields a record would name its thing by, "kind = 'dog' AND count = 3", "colour = 'red'": the thing's own words
    fields = _fields(", ".join(condition for body in bodies for condition in _conditions(body)))
    colour = next((_unquoted(value).lower() for key, value in fields.items() if key in _COLOUR_KEYS), "")
    things, selected = _selected_things(head, prose, colour if colour in COLORS else "")
    told = _COLOUR_KEYS if colour in COLORS and colour in things.split() else frozenset()
    if not things and (kind := _thing_of(fields)) is not None:
        things = _thing_phrase(fields, kind, _count_of(fields))[0]
        selected, told = frozenset((kind, plural(kind))), _COLOUR_KEYS | _COUNT_KEYS | frozenset(_THING_KEYS)
    conditions: list[str] = []
    for body in bodies:
        conditions += _conditions_said(body, selected, told)
    said = ", ".join(part for part in [things] + conditions if part)
    said = f"{said}: {prose}" if said and prose else said or prose
    return said + ("" if said.endswith((".", "!", "?")) else ".")


def _words(identifier: str) -> str:
    """A column's name in words: "on_screen" is "on screen", "first_half" "first half"."""
    return " ".join(identifier.replace("_", " ").replace(".", " ").split()).lower()


def _selected_things(head: str, prose: str, colour: str) -> tuple[str, frozenset[str]]:
    """The things a query selects, each with its article ("SELECT yellow car, white bird": a yellow car and a white
    bird) and a lone one with the colour its conditions give it ("SELECT ball ... WHERE colour = 'red'"), and their
    nouns; "*" selects what the conditions and comment name. A thing the comment brings in anew ("SELECT car FROM clip
    -- ... a car drives ...") is said there, so the head leaves it to the comment."""
    items = [item.strip() for item in _SELECTED_SPLIT_RE.split(head) if item.strip() and item.strip() != "*"]
    said, nouns, lowered = [], set(), prose.lower()
    for item in items:
        words = _words(item).split()
        if not words or noun_class(words[-1]) is None:
            continue
        nouns.update((words[-1], singular(words[-1])))
        if colour and len(items) == 1 and not set(words) & COLORS:
            words.insert(len(words) - 1, colour)
        counted = words[0] in NUMBER_WORDS or words[0] in ("a", "an", "the", "some")
        if not counted and re.search(rf"\b(?:a|an|one) (?:[a-z-]+ ){{0,2}}{re.escape(words[-1])}\b", lowered):
            continue
        said.append(" ".join(words) if counted else f"{_article(words[0])} {' '.join(words)}")
    return " and ".join(said), frozenset(nouns)


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _conditions_said(body: str, selected: frozenset[str], told: frozenset[str]) -> list[str]:
    """A WHERE clause's conditions in words, a start and an end said together as one way ("rolls_from = 'left' AND
    rolls_to = 'right'": from the left to the right); a condition on a thing selected ("cat IS NULL in the first
    half") is said of it, no thing of its own, and one whose key is ``told`` (said with the thing) not again."""
    body = _BETWEEN_RE.sub(lambda m: f"{m['key']} = 'from {m['low']} to {m['high']}'", body)
    said: list[str] = []
    start: str | None = None
    for condition in _conditions(body):
        condition = condition.strip().strip("()").strip()
        equals = _EQUALS_RE.match(condition)
        if equals and equals["op"] in ("=", "=="):
            key, value = _words(equals["key"]).split(), _unquoted(equals["value"]).lower()
            if " ".join(key) in told:
                continue
            if set(key) & _VIEW_WORDS or value in _ABOVE_VALUES:
                said.append(_equality_said(key, value))
                continue
            if set(key) & _FROM_WORDS:
                start = f"from the {value}"
                continue
            if set(key) & _TO_WORDS:
                said.append(f"{start + ' ' if start else ''}to the {value}")
                start = None
                continue
            said.append(_equality_said(key, value))
            continue
        said.append(_other_condition_said(condition, selected))
    if start:
        said.append(start)
    return [part for part in said if part]


def _conditions(body: str) -> list[str]:
    """A WHERE clause split at its AND and OR, never inside a quoted value ("path = 'up and over'")."""
    conditions: list[str] = []
    for part in _CONDITION_SPLIT_RE.split(body.strip()):
        if conditions and conditions[-1].count("'") % 2:
            conditions[-1] += f" and {part}"
        else:
            conditions.append(part)
    return conditions


def _equality_said(key: list[str], value: str) -> str:
    """"key = 'value'" in words by what the key names: the view, a way, a half, a thing's colour or stillness, a
    presence; any other key is said with its value."""
    thing = next((word for word in key if noun_class(word)), None)
    if " ".join(key) in _PRESENCE_KEYS:
        return f"visible {value}" if value not in ("true", "1", "yes") else "visible"
    if set(key) & _VIEW_WORDS or value in _ABOVE_VALUES:
        return "seen from above" if value in _ABOVE_VALUES else f"seen from {value.removeprefix('from ')}"
    if set(key) & _WAY_WORDS:
        return value if value.startswith("from ") else f"from {value}"
    if set(key) & _HALF_WORDS and value.split()[0] in ("first", "second"):
        return f"in the {value.split()[0]} half"
    if thing is not None:
        rest = [word for word in key if word != thing]
        if value in ("false", "0", "no") and set(rest) & _MOVING_WORDS:
            return f"the {thing} stays still"
        if value in _STILL_VALUES or value in ("true", "1", "yes") and set(rest) & {"still", "stationary"}:
            return f"the {thing} stays still"
        if value in COLORS and (not rest or rest[0] in _COLOUR_KEYS):
            return f"the {value} {thing}"
    if value in ("true", "1", "yes"):
        return " ".join(key)
    if value in ("false", "0", "no"):
        return f"not {' '.join(key)}"
    return f"{' '.join(key)} {value}"


def _other_condition_said(condition: str, selected: frozenset[str]) -> str:
    """"cat IS NULL in the first half" (no cat then), "dog NOT IN first_half", "visible IN (first half)", "first_half
    HAS no bird", a bare "nothing_else_in_view", in words; on a thing selected, said of it ("not there in ...")."""
    if match := _IS_RE.match(condition):
        key, rest = _words(match["key"]), (match["rest"] or "").lower()
        if match["value"].lower() == "null":
            if key in selected:
                return f"{'there' if match['not'] else 'not there'}{rest}"
            return f"{'' if match['not'] else 'no '}{key}{rest}"
        if match["value"].lower() in _STILL_VALUES:
            return f"the {key} stays still{rest}"
        return f"the {key} is {'not ' if match['not'] else ''}{match['value'].lower()}{rest}"
    if match := _IN_RE.match(condition):
        key, where = _words(match["key"]), _words(_unquoted(match["value"]))
        where = where if where.startswith("the ") else f"the {where}"
        denied = bool(match["not1"]) != bool(match["not2"])
        if key in selected:
            key = "not there" if denied else "there"
        elif key in _PRESENCE_KEYS:
            key = "not visible" if denied else "visible"
        elif noun_class(key.split()[-1]):
            key = ("no " if denied else f"{_article(key)} ") + key
        elif denied:
            key = f"not {key}"
        return f"{key} in {where}{(match['rest'] or '').lower()}"
    if match := _HAS_RE.match(condition):
        return f"the {_words(match['key'])} has {match['value'].lower()}"
    if match := _NAME_RE.match(condition):
        return f"{'not ' if match['not'] else ''}{_words(match['key'])}"
    return condition
