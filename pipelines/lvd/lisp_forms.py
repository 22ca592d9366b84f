"""A Lisp file of s-expressions put into the plain sentences the reader knows.

A Lisp programmer writes the clip as forms: "(defclip stroll :shows (walking-dog :count one) :whole-clip t)". The
defining form's head and name ("defclip stroll") are the file's, never the clip's; its keyword arguments say what the
clip shows (":shows", ":objects", any key whose value is a form names things), when (":first-half ...", ":from :start
:to :end" is the whole clip) and how (a flag, ":nothing-else t", ":together t", is its words); a form headed by a
hyphenated symbol is a thing ("walking-dog" a walking dog) with its keywords (":count four", ":colour purple", ":from
left-of-ball :to right-of-ball" a way, ":path (lower-left-corner ...)" a route, ":stays-still t" its words); "(moving-car
t)" is the car there, "(moving-car nil)", "(no moving-car)" and a bare "nil" none. A ";;" comment is the writer's prose,
said after the forms. Only a text made wholly of forms, with a keyword in them, is read so: prose with a bracket or a
colon ("a cat (the black one): it sleeps") keeps its own reading.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .tokens import plural

# ";; comment", "(", ")", a string, or an atom (a symbol, a keyword, a number): one token at a time, so one pass
_TOKEN_RE = re.compile(r';[^\n]*|\(|\)|"[^"\n]*"|[^\s();"]+')
_QUOTES = frozenset(("'", "`", "#'", ","))  # "'(a b)", "`(a ,b)": quoting, no word of the clip
_LIST_HEADS = frozenset(("list", "quote", "vector", "values"))  # "(list (dog ...) (cat ...))": the items it holds
_KEYWORD_RE = re.compile(r"[\s(]:[a-z]", re.I)  # " :count", "(:first-half": a keyword argument (prose's "time: 5" is none)
_TRUE, _FALSE = frozenset(("t", "#t", "true")), frozenset(("nil", "#f", "false", "()"))
_TRUTH_VALUES = _TRUE | _FALSE
_TIME_ENDS = frozenset(("start", "end", "beginning", "finish", "begin", "stop"))
_COUNT_KEYS = frozenset(("count", "number", "n", "how-many", "quantity"))
_COLOUR_KEYS = frozenset(("colour", "color"))
_PATH_KEYS = frozenset(("path", "route", "waypoints", "stops", "via"))
_MAX_DEPTH = 12


def _parse(text: str):
    """The forms and the comments of ``text``, or None when it is not wholly forms (an atom outside any form, brackets
    that do not balance, or too deep a nesting)."""
    stack: list[list] = [[]]
    comments: list[str] = []
    for token in _TOKEN_RE.findall(text):
        if token.startswith(";"):
            said = token.lstrip(";").strip()
            if said:
                comments.append(said)
        elif token == "(":
            if len(stack) > _MAX_DEPTH:
                return None
            stack.append([])
        elif token == ")":
            if len(stack) == 1:
                return None
            form = stack.pop()
            stack[-1].append(form)
        elif token in _QUOTES:
            continue
        elif len(stack) == 1:
            return None  # prose outside the forms
        else:
            stack[-1].append(token.strip('"').lstrip("'`"))
    if len(stack) != 1 or not stack[0]:
        return None
    return stack[0], comments


_SHORT_CODE_RE = re.compile(r":[\w+-]+:")  # ":duck:", ":thumbs-up:": an emoji's short code, no keyword
_BARE_WORD_RE = re.compile(r"[A-Za-z]+")  # "runs", "A": a word of prose (a Lisp symbol is hyphenated or alone)
_PROSE_WORDS = 3  # "(A ball bounces :right ...)": so many bare words before a form's first keyword are a sentence


def _keyword_at(items: list, position: int) -> bool:
    """Whether the item at ``position`` is a keyword argument: no emoji short code (":dog:"), and a one-letter one
    (":D", ":P", ":o", the faces prose ends on) only with a value after it (":n 3")."""
    item = items[position]
    if not _is_keyword(item) or _SHORT_CODE_RE.fullmatch(item):
        return False
    return len(item) > 2 or position + 1 < len(items) and not _is_keyword(items[position + 1])


def _forms_say_a_clip(forms: list) -> bool:
    """Whether the forms are a program's, not prose in brackets: a keyword argument somewhere, no atom ending a
    clause (", " or ". ": "(one black, one white)"), and no form opening on a sentence ("(Three birds fly ... :D)")."""
    keyed = False
    pending = [forms]
    while pending:
        items = pending.pop()
        bare = 0
        before_keyword = True
        for position, item in enumerate(items):
            if isinstance(item, list):
                pending.append(item)
            elif len(item) > 1 and item.endswith((",", ".")):
                return False
            elif _keyword_at(items, position):
                keyed = True
                if before_keyword and bare >= _PROSE_WORDS:
                    return False
                before_keyword = False
            elif before_keyword and _BARE_WORD_RE.fullmatch(item) and item.lower() not in _TRUTH_VALUES:
                bare += 1
    return keyed


def _lisp_parsed(text: str):
    """``text``'s forms and comments where it looks like Lisp (see ``looks_like_lisp``), else None."""
    stripped = text.lstrip()
    if not stripped.startswith(("(", ";")) or _KEYWORD_RE.search(text) is None:
        return None
    parsed = _parse(text)
    return parsed if parsed is not None and _forms_say_a_clip(parsed[0]) else None


def looks_like_lisp(text: str) -> bool:
    """A text made wholly of s-expressions (and ";;" comments), a form in it taking a keyword argument: brackets round
    a sentence that ends on a face or a short code (":o", ":duck:") are prose."""
    return _lisp_parsed(text) is not None


_BARE_END_RE = re.compile(r"\b(to|at|from|until|till|by) (end|start|beginning|finish)\b")
_BARE_OF_RE = re.compile(r"\bof (?!the )")  # "right-of-ball": the right of the ball


def _words(symbol: str) -> str:
    """A symbol's words: "stays-to-end" stays to the end."""
    return _BARE_END_RE.sub(r"\1 the \2", symbol.lstrip(":").replace("-", " ").replace("_", " ").strip())


def _is_keyword(item) -> bool:
    return isinstance(item, str) and item.startswith(":") and len(item) > 1


def _pairs(items: list) -> list[tuple[str | None, object]]:
    """A form's arguments as (key, value): a keyword takes the item after it (a flag, with none or a keyword after,
    is t); an item with no keyword before it comes with None."""
    pairs: list[tuple[str | None, object]] = []
    position = 0
    while position < len(items):
        item = items[position]
        if _is_keyword(item):
            key = item[1:].lower()
            following = items[position + 1] if position + 1 < len(items) else None
            if following is None or _is_keyword(following) and key not in ("from", "to"):
                pairs.append((key, "t"))
                position += 1
            else:
                pairs.append((key, following))
                position += 2
        else:
            pairs.append((None, item))
            position += 1
    return pairs


def _place(value) -> str:
    """"left-side-of-frame" the left side of the frame, ":left" the left, "right-of-ball" the right of the ball."""
    if isinstance(value, list):
        return " and ".join(_place(v) for v in value)
    words = _words(value)
    if words.lower().startswith(("the ", "a ", "an ")):
        return words
    return "the " + _BARE_OF_RE.sub("of the ", words)


def _article(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _thing(form: list) -> str:
    """A form headed by a thing, "(walking-dogs :count four)", in words: "four walking dogs"."""
    head, rest = form[0], form[1:]
    if isinstance(head, str) and head.lower() == "no":
        return "there is no " + " ".join(_words(r) if isinstance(r, str) else _thing(r) for r in rest)
    noun = _words(head) if isinstance(head, str) else _thing(head)
    count = colour = None
    doings: list[str] = []
    present = None
    way_from = way_to = None
    for key, value in _pairs(rest):
        said = value.lower() if isinstance(value, str) else None
        if key is None:
            if said in _TRUE:
                present = True
            elif said in _FALSE:
                present = False
            elif isinstance(value, str):
                doings.append(_words(value))
            else:
                doings.append(_thing(value))
        elif key in _COUNT_KEYS and isinstance(value, str):
            count = _words(value)
        elif key in _COLOUR_KEYS and isinstance(value, str):
            colour = _words(value)
        elif key in ("from", "to") and said is not None and said.lstrip(":") in _TIME_ENDS:
            doings.append(f"is there {key} the {said.lstrip(':')}")  # "(dog :from :start :to :end)": there throughout
        elif key == "from":
            way_from = value
        elif key == "to":
            way_to = value
        elif key in _PATH_KEYS and isinstance(value, list):
            stops = [_place(stop) for stop in _listed(value)]
            doings.append("moves from " + " to ".join(stops))
        elif said in _TRUE:
            doings.append(_words(key))
        elif said in _FALSE:
            doings.append("never " + _words(key))
        elif isinstance(value, str):
            doings.append(f"{_words(key)} {_words(value)}")
        else:
            doings.append(f"{_words(key)} {_say(value)}")
    if way_from is not None or way_to is not None:
        way = "moves"
        if way_from is not None:
            way += " from " + _place(way_from)
        if way_to is not None:
            way += " to " + _place(way_to)
        doings.insert(0, way)
    named = " ".join(w for w in (colour, noun) if w)
    words = named.split()
    if count and count.lower() not in ("one", "1", "a", "an") and singular(words[-1].lower()) == words[-1]:
        named = " ".join((*words[:-1], plural(words[-1])))  # "(walking-dog :count two)": two walking dogs
    named = f"{count} {named}" if count else _article(named)
    if present is False:
        return f"there is no {' '.join(w for w in (colour, noun) if w)}"
    if not doings:
        return f"{named} is there" if present else named
    return f"{named} {' and '.join(doings)}"


def _listed(items: list) -> list:
    """A list's items, without the "list" or "quote" at its head."""
    return items[1:] if items and isinstance(items[0], str) and items[0].lower() in _LIST_HEADS else items


def _names_a_thing(symbol: str) -> bool:
    """"walking-dogs", "cat": a symbol whose last word is a thing the tables know ("scene", "clip" are none)."""
    words = _words(symbol).lower().split()
    return bool(words) and noun_class(words[-1]) is not None


def _say(value) -> str:
    """A keyword's value in words: a thing, things ("((bird :colour green) (dog ...))" one and the other), nothing."""
    if isinstance(value, str):
        said = value.lower()
        if said in _FALSE:
            return "nothing"
        if said in _TRUE:
            return "there"
        return _words(value)
    if not value:
        return "nothing"
    if isinstance(value[0], str) and value[0].lower() in _LIST_HEADS:
        return _say(value[1:]) if len(value) > 2 or not value[1:] else _say(value[1])
    if all(isinstance(v, list) for v in value):
        return " and ".join(_say(v) for v in value)
    if _is_keyword(value[0]):
        return _clip(value)
    return _thing(value)


def _clip(items: list) -> str:
    """A clip's arguments, each a sentence: what it shows, in which half, and its flags."""
    sentences: list[str] = []
    phrases: list[str] = []  # "the whole clip", "nothing else": said together after what is shown
    ends: dict[str, str] = {}
    for key, value in _pairs(items):
        said = value.lower().lstrip(":") if isinstance(value, str) else None
        if key is None:
            sentences.append(_say(value) if isinstance(value, list) else _words(value))
        elif key in ("from", "to") and said in _TIME_ENDS:
            ends[key] = said
        elif "half" in key or key in _TIME_ENDS:
            when = f"in the {_words(key)} of the clip" if "half" in key else f"at the {_words(key)}"
            sentences.append(f"{when}, {_say(value)}")
        elif said in _TRUE:
            phrases.append(_words(key))
        elif said in _FALSE:
            continue
        elif isinstance(value, str):
            phrases.append(f"{_words(key)} {_words(value)}")
        else:
            sentences.append(_say(value))
    if ends:
        phrases.insert(0, f"from {ends.get('from', 'start')} to {ends.get('to', 'end')}")
    if phrases:
        if sentences:
            sentences[-1 if len(sentences) == 1 else 0] += ", " + ", ".join(phrases)
        else:
            sentences.append(", ".join(phrases))
    return ". ".join(s[:1].upper() + s[1:] for s in sentences if s)


def lisp_in_plain_words(text: str) -> str:
    """A Lisp file's clip in plain sentences, its comments after them; any other text as it is."""
    parsed = _lisp_parsed(text)
    if parsed is None:
        return text
    forms, comments = parsed
    told: list[str] = []
    for form in forms:
        if not form:
            continue
        head = form[0]
        if isinstance(head, str) and head.lower().startswith("def"):
            body = form[2:] if len(form) > 1 and isinstance(form[1], str) and not _is_keyword(form[1]) else form[1:]
            told.append(_clip(body))
        elif isinstance(head, str) and (_is_keyword(head) or not _names_a_thing(head)) and len(form) > 1:
            told.append(_clip(form[1:] if not _is_keyword(head) else form))  # "(clip :shows ...)", "(:shows ...)"
        else:
            told.append(_say(form))
    told += comments
    told = [s[:1].upper() + s[1:] for s in told]
    return " ".join(s if s.endswith((".", "!", "?")) else s + "." for s in told if s)
