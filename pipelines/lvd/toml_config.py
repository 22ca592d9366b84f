"""A scene written as a TOML configuration file, put into the nested spec the spec reader reads.

A TOML file ("[scene]", "[[scene.objects]]", 'colour = "white"', "stays_still = true", 'dog = { colour = "red" }',
'route = ["lower left corner", ...]', "# comments") configures the clip: the file, its tables and its keys are never in
the video. Its shape says what the spec's flat fields say by name, so it is told in their terms first:
- a table named by a thing ("[bird]", "[objects.car]", "[scene.dog]") or a key naming a thing with a table for its value
  ('dog = { colour = "red" }') is that thing, unless a key in it names the thing itself ('kind = "lively cat"');
- a table named by a half ("[first_half]", "[clip.second_half]") says which of the things its keys name are there then
  ('car = "none"', 'ball = false', 'ball = "a moving ball appears"'), and a half's key says the same of a thing
  ('first_half = false', 'second_half = "no bird"');
- a move's ends may carry its verb ('flies_from = "right of the dog"', 'drives_to = ...') or a side ('start_side');
  a thing's stillness may be a flag ("stays_still = true", "still = true", 'stays = "still"'), and a verb's key may
  hold the whole path ('runs = "from the left of the dog to the right of the dog"');
- a route may be a table of its stops ("[ball.path]" with start, middle and end), of a list ('waypoints = [...]'), or
  a thing's array of tables each at one stop ("[[shot.bird]]" 'at = "lower left corner"');
- an empty list or table of extras, or extras switched off ("extras = []", "[clip.extras]", "enabled = false") is
  nothing else;
- a comment is prose, said after what the keys say.
A file naming no thing the spec reader reads this way is left to the readers after it, and so is one it would misread: a
half's text saying a deed or a place ('first_half = "sleeps on the left"'), a thing's key the spec reader does not
read ('hair = "red"', 'chases = "cat"', 'parked_side = "left"'), a state naming a second thing ('action = "sleeps on
a red sofa"'), a bare list of objects beside a table's thing, or a file tomllib cannot read (too deeply nested).
"""

from __future__ import annotations

import json
import re
import tomllib

from .object_classes import noun_class
from .spec_prompts import is_field_key, spec_in_plain_words
from .vocabulary import FRAME_PLACE_WORDS, VERB_KINDS

# a TOML line: a table's header, a key and its value, a comment or nothing
_HEADER_RE = re.compile(r"^[ \t]*\[\[?[ \t]*[A-Za-z_][\w.-]{0,60}[ \t]*\]\]?[ \t]*(?:#[^\n]*)?$")
_KEY_LINE_RE = re.compile(r"^[ \t]*[A-Za-z_][\w-]{0,40}[ \t]*=[ \t]*(?:\"[^\"\n]*\"|true|false|\[[^\n]*\]|\{[^\n]*\})"
                          r"[ \t]*(?:#[^\n]*)?$")
_COMMENT_RE = re.compile(r"^[ \t]*#[ \t]*(?P<note>[^\n]*)$|(?<=[\"\]}a-z])[ \t]+#[ \t]*(?P<trailing>[^\n]*)$", re.M)
_HALVES = {"first_half": "first half", "second_half": "second half"}
_NO_WORDS = frozenset("none no absent gone false nothing empty missing hidden".split())
_OTHER_KEYS = frozenset("extras extra others additional other".split())
_OTHER_SWITCHES = frozenset("enabled present".split())
_STILL_KEYS = frozenset("stays_still still static stationary".split())
_OBJECT_KEYS = frozenset("kind name subject object objects contents content mover".split())
_PAIR_KEYS = frozenset(("mover", "reference"))
_ROUTE_LISTS = frozenset("waypoints legs stops points sequence corners".split())
_STOP_KEYS = ("start", "middle", "end")
_PLACE_RE = re.compile(rf"\b(?:{FRAME_PLACE_WORDS}|side)\b")
# "sleeps on the left", "perched on a branch", "a ball rolls": a half's text saying more than who is there then
_HALF_DEED_RE = re.compile(rf"\b(?:{FRAME_PLACE_WORDS}|side|on|at|from|away|onto|into|towards?|across|over|under|near|beside|"
                           r"next|behind|above|below|around|through)\b")
# the start and end of a move said by side ("start_side", "from_side", "end_side", "to_side")
_SIDE_ENDS = {"start": "from", "from": "from", "begin": "from", "end": "to", "to": "to", "finish": "to"}
# a thing's keys the spec reader reads besides its fields: where it is, its part in a pair
_SPOT_KEYS = frozenset("position placement role".split())
_STATE_KEYS = frozenset("state action motion activity movement doing behaviour behavior status pose".split())


class _Unread(Exception):
    """A key or value the spec reader would misread: the file is left to the readers after it."""


def _half_says_more(value) -> bool:
    """Whether a half's value says more than whether its thing is there ("runs to the right", "a ball rolls")."""
    if not isinstance(value, str):
        return False
    lowered = value.lower()
    return bool(_HALF_DEED_RE.search(lowered)) or any(
        word.endswith("s") and VERB_KINDS.get(word) not in (None, "appear", "rest") for word in lowered.split())


def looks_like_toml(prompt: str) -> bool:
    """Whether every line of ``prompt`` is a TOML header, key, comment or blank, with two keys at least."""
    lines = [line for line in prompt.splitlines() if line.strip()]
    keys = sum(1 for line in lines if _KEY_LINE_RE.match(line))
    return keys >= 2 and all(_KEY_LINE_RE.match(line) or _HEADER_RE.match(line) or line.lstrip().startswith("#")
                             for line in lines)


def _names_thing(word: str) -> bool:
    return isinstance(word, str) and " " not in word and noun_class(word) is not None


def _says_no(value) -> bool:
    if value is False or value == [] or value == {}:
        return True
    return isinstance(value, str) and (value.lower() in _NO_WORDS or value.lower().startswith(("no ", "none")))


def _thing_fields(fields: dict) -> dict:
    """A thing's keys in the spec's terms."""
    told: dict = {}
    for key, value in fields.items():
        verb, _, end = key.rpartition("_")
        if key in _STILL_KEYS and value is True or key == "stays" and value == "still":
            told["motion"] = "stays still"
        elif key in _OTHER_KEYS and _says_no(value):
            continue  # "extras = []": nothing else
        elif key in _HALVES:
            if _half_says_more(value):
                raise _Unread(key)  # 'first_half = "sleeps on the left"': more than whether it is there
            told["visible_in" if not _says_no(value) else "absent_in"] = _HALVES[key]
        elif end in ("from", "to") and verb and isinstance(value, str) and _PLACE_RE.search(value):
            told[end] = value  # 'drives_from = "left of the ball"'
        elif end == "side" and verb in _SIDE_ENDS and isinstance(value, str):
            told[_SIDE_ENDS[verb]] = value  # 'start_side = "left"'; never 'parked_side'
        elif isinstance(value, dict) and value and all(k in _STOP_KEYS for k in value):
            told["route"] = [value[k] for k in _STOP_KEYS if k in value]
        elif isinstance(value, dict) and value and all(k in ("from", "to") for k in value):
            told.update(value)  # 'path = { from = "left", to = "right" }'
        elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in _ROUTE_LISTS:
            told["route"] = next(iter(value.values()))
        elif isinstance(value, str) and value.startswith("from ") and " to " in value and noun_class(key) is None:
            told["path"] = value  # 'runs = "from the left of the dog to ..."'
        elif not (is_field_key(key) or key in _SPOT_KEYS or key in _OBJECT_KEYS or noun_class(key) is not None):
            raise _Unread(key)  # 'hair = "red"', 'chases = "cat"': a key the spec reader does not read
        elif key in _STATE_KEYS and isinstance(value, str) and any(_names_thing(w) for w in value.lower().split()):
            raise _Unread(key)  # 'action = "sleeps on a red sofa"': a second thing in a thing's state
        else:
            told["subject" if key in ("contents", "content") else key] = value
    return told


def _merged(objects: list[dict]) -> list[dict]:
    """A thing a second table names again ("[first_half] car = ...", "[second_half] car = ...") is the same thing, where
    the two say nothing against each other."""
    merged: list[dict] = []
    for thing in objects:
        same = next((m for m in merged if m.get("kind") is not None and m.get("kind") == thing.get("kind")
                     and not any(k in m and m[k] != v for k, v in thing.items())), None)
        if same is None:
            merged.append(dict(thing))
        else:
            same.update(thing)
    return merged


def _read(table: dict, name: str, objects: list, top: dict) -> None:
    """A table's things into ``objects``, its other keys into ``top``."""
    named_here = any(k in _OBJECT_KEYS and isinstance(v, str) for k, v in table.items())
    if name in _HALVES:
        for key, value in table.items():
            if _names_thing(key) and _half_says_more(value):
                raise _Unread(key)  # '[first_half] dog = "runs from left to right"'
            if _names_thing(key):
                objects.append({"kind": key, ("absent_in" if _says_no(value) else "visible_in"): _HALVES[name]})
        return
    if name in _OTHER_KEYS and (not table or all(k in _OTHER_SWITCHES and v is False for k, v in table.items())):
        top["others"] = "none"
        return
    if _names_thing(name) and not any(isinstance(v, (dict, list)) and _names_thing(k) for k, v in table.items()):
        if all(isinstance(v, dict) and "at" in v for v in table.values()) and table:
            objects.append({"kind": name, "route": [v["at"] for v in table.values()]})
            return
        objects.append(_thing_fields(table if named_here else {"kind": name, **table}))
        return
    if named_here and any(k in _PAIR_KEYS for k in table):
        top.update(_thing_fields(table))  # 'mover = "cat"', 'reference = "ball"': the spec's own pair, read flat
        return
    if named_here:
        objects.append(_thing_fields(table))
        return
    for key, value in table.items():
        if isinstance(value, dict):
            _read(value, key, objects, top)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            if _names_thing(key) and all("at" in v for v in value):
                objects.append({"kind": key, "route": [v["at"] for v in value]})
            else:
                objects.extend(_thing_fields(v if any(k in _OBJECT_KEYS for k in v) else {"kind": key, **v})
                               for v in value)
        elif key in _OTHER_KEYS and _says_no(value):
            top["others"] = "none"
        elif key in _HALVES or key in ("from", "to") and name in ("view", "camera"):
            top.setdefault("halves", {})[key] = value
        else:
            top[key] = value


def toml_as_spec(prompt: str) -> tuple[str, list[str]] | None:
    """The spec ``prompt``'s tables and keys say (as JSON) and its comments, or None where it is no TOML."""
    try:
        doc = tomllib.loads(prompt)
    except (ValueError, RecursionError, MemoryError):  # a TOMLDecodeError is a ValueError; '[[[[...]]]]' too deep
        return None
    objects: list = []
    top: dict = {}
    try:
        _read(doc, "", objects, top)
    except _Unread:
        return None
    halves = top.pop("halves", {})
    if objects and any(key in _OBJECT_KEYS for key in top) or any(_half_says_more(v) for k, v in halves.items() if k in _HALVES):
        return None  # 'objects = ["tree", "bench"]' beside a table's thing; 'first_half = "perched on a branch"'
    if halves.get("from") == "above":
        top["view"] = "from above"
    elif halves:  # 'first_half = "no dog"' at the top: said of the thing its value names
        for half, value in halves.items():
            if isinstance(value, str):
                top.setdefault("notes_said", []).append(f"{value} in the {_HALVES.get(half, half)}")
    said = top.pop("notes_said", [])
    thing_keys_at_top = any(k in _PAIR_KEYS or k in _OBJECT_KEYS for k in top)
    if not objects and not said and not thing_keys_at_top:
        return None
    notes = [m["note"] or m["trailing"] for m in _COMMENT_RE.finditer(prompt)]
    if objects:
        spec = json.dumps({**top, "objects": _merged(objects)})
    else:
        spec = json.dumps(top) if thing_keys_at_top else ""
    return spec, [*said, *(note for note in notes if note)]


def toml_in_plain_words(prompt: str) -> str | None:
    """The plain sentences a TOML file says, its comments after them; None where it names no thing the spec reader
    reads (the readers after it read the file as it stands)."""
    if "=" not in prompt or not looks_like_toml(prompt):
        return None
    told = toml_as_spec(prompt)
    if told is None:
        return None
    spec, said = told
    read = spec_in_plain_words(spec)[0] if spec else ""  # a key it leaves unread ("title", "layout") draws nothing
    if spec and read == spec:
        return None

    return " ".join(sentence.rstrip(" .") + "." for sentence in (read, *said) if sentence.strip(" ."))
