"""Scanning LLM answers: the one string-aware bracket matcher the parsers share."""

from __future__ import annotations


def closing_bracket(text: str, start: int, stop: int | None = None) -> int | None:
    """Index of the bracket closing the ``[`` or ``{`` at ``start`` (before ``stop``), or None.

    Brackets inside quoted strings (either quote, with backslash escapes) do not count, so
    ``{'name': 'a [b'}`` closes where a reader expects.
    """
    opening = text[start]
    closing = {"[": "]", "{": "}"}[opening]
    depth, quote, escaped = 0, "", False
    for i in range(start, len(text) if stop is None else stop):
        char = text[i]
        if quote:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return i
    return None
