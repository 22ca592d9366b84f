"""The brackets of a pasted structure read as data: JSON, or the unquoted, half-closed JSON users paste.

Kept apart from the spec reader (spec_prompts), which gives the parsed fields their meaning: this module only
knows brackets, quotes, colons and commas, and where a bracketed prompt is one structure rather than a play's
stage directions.
"""

from __future__ import annotations

import json
import re

_TOKEN_RE = re.compile(r'\s*(?:("(?:[^"\\]|\\.)*")|([{}\[\]:,])|([^{}\[\]:,"]+))')


def _as_words(value) -> str:
    """A structure said as its words, unquoted: a key that is itself a structure ("{{b = {b = ...") names what it holds.
    Never ``str()``: each level of a repr escapes the quotes of the level inside it again, so a 2,000-character prompt
    of nested braces grew to gigabytes."""
    if isinstance(value, dict):
        return " ".join(f"{key} {_as_words(inner)}".strip() for key, inner in value.items())
    if isinstance(value, list):
        return " ".join(_as_words(item) for item in value)
    return str(value)


def _tolerant(text: str):
    """An unquoted ``{a: b, c: [d]}`` read as JSON would be; brackets left open close at the end."""
    tokens = [(q, p, w.strip()) for q, p, w in _TOKEN_RE.findall(text) if q or p or w.strip()]
    position = 0

    def value():
        nonlocal position
        if position >= len(tokens):
            return ""
        quoted, punct, word = tokens[position]
        position += 1
        if punct == "{":
            result: list = []
            while position < len(tokens) and tokens[position][1] != "}":
                if tokens[position][1] == ",":
                    position += 1
                    continue
                key = value()
                if position < len(tokens) and tokens[position][1] == ":":
                    position += 1
                    result.append((_as_words(key), value()))
                else:
                    result.append((_as_words(key), ""))
            position += 1
            return dict(result)
        if punct == "[":
            items = []
            while position < len(tokens) and tokens[position][1] != "]":
                if tokens[position][1] == ",":
                    position += 1
                    continue
                item = value()
                if position < len(tokens) and tokens[position][1] == ":":  # "[bird: yellow, ball: blue]"
                    position += 1
                    item = {_as_words(item): value()}
                items.append(item)
            position += 1
            return items
        if quoted:
            return quoted[1:-1]
        return word or ""

    try:
        return value()
    except (IndexError, RecursionError):
        return None


def parsed_structure(text: str):
    """``text`` as JSON where it is, else read tolerantly (None where even that fails)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return _tolerant(text)


def is_one_structure(stripped: str) -> bool:
    """Whether a prompt in brackets is one pasted structure, not a play's stage directions: "[Lights up.] Beat. [Exit
    the cat.]" closes its first bracket before its end, and "[Enter a dog, and nothing else.]" ends a sentence inside."""
    depth = 0
    for position, char in enumerate(stripped):
        depth += (char in "{[") - (char in "}]")
        if depth == 0:
            return position == len(stripped) - 1 and stripped[-2:-1] not in ".!?"
    return True
