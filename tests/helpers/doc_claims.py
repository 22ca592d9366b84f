"""Read the answer sketches written as comments in the README's examples (``# name = {"key": ..., ...}``)
and check a real answer against them, so an example's comments cannot drift from what the API returns.

A sketch is loose on purpose: ``...`` stands for anything, ``{"a", "b"}`` lists keys without their values, ``"x"|"y"`` gives
alternatives, ``[...]`` is a list that may be empty. What it does claim is checked: the type (dict, list, string, number), the
keys a dict has (as a subset), and, recursively, what is sketched for those keys; a string that looks like a file path with a
suffix must name an existing file with that suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\.\.\.|[{}\[\]:,|]|[^\s{}\[\]:,|"]+')


@dataclass
class Sketch:
    kind: str  # "dict" | "list" | "str" | "number" | "any"
    keys: dict[str, Sketch | None] = field(default_factory=dict)  # dict: key → sketch of its value (None: unsaid)
    item: Sketch | None = None  # list: the sketch of its items
    text: str = ""  # str: the example string


def parse_sketch(text: str) -> Sketch:
    tokens = TOKEN.findall(text)
    sketch, _ = _value(tokens, 0)
    return sketch


def _value(tokens: list[str], i: int) -> tuple[Sketch, int]:
    sketch, i = _single(tokens, i)
    while i < len(tokens) and tokens[i] == "|":  # alternatives: the first one says the type
        _, i = _single(tokens, i + 1)
    return sketch, i


def _single(tokens: list[str], i: int) -> tuple[Sketch, int]:
    if i >= len(tokens):
        return Sketch("any"), i
    token = tokens[i]
    if token == "{":
        return _dict(tokens, i + 1)
    if token == "[":
        return _list(tokens, i + 1)
    if token.startswith('"'):
        return Sketch("str", text=token[1:-1]), i + 1
    if re.fullmatch(r"-?\d+(\.\d+)?", token):
        return Sketch("number"), i + 1
    # "...", or words such as "...round record..." inside braces: unsaid; skip to the next separator
    while i < len(tokens) and tokens[i] not in (",", "}", "]", "|"):
        i += 1
    return Sketch("any"), i


def _dict(tokens: list[str], i: int) -> tuple[Sketch, int]:
    sketch = Sketch("dict")
    while i < len(tokens) and tokens[i] != "}":
        if tokens[i].startswith('"'):
            key, i = tokens[i][1:-1], i + 1
            value = None
            if i < len(tokens) and tokens[i] == ":":
                value, i = _value(tokens, i + 1)
            sketch.keys[key] = value
        else:
            _, i = _value(tokens, i)
        if i < len(tokens) and tokens[i] == ",":
            i += 1
    return sketch, i + 1


def _list(tokens: list[str], i: int) -> tuple[Sketch, int]:
    sketch = Sketch("list")
    while i < len(tokens) and tokens[i] != "]":
        item, i = _value(tokens, i)
        if sketch.item is None and item.kind != "any":
            sketch.item = item
        if i < len(tokens) and tokens[i] == ",":
            i += 1
    return sketch, i + 1


def check(value: Any, sketch: Sketch | None, where: str) -> None:
    """Raise AssertionError naming ``where`` (e.g. ``record["settings"]``) when ``value`` breaks the sketch."""
    if sketch is None or sketch.kind == "any":
        return
    if sketch.kind == "dict":
        assert isinstance(value, dict), f"{where} is sketched as a dict but is {value!r:.200}"
        missing = [key for key in sketch.keys if key not in value]
        assert not missing, f"{where} lacks the sketched keys {missing}; it has {sorted(value)}"
        for key, inner in sketch.keys.items():
            check(value[key], inner, f"{where}[{key!r}]")
    elif sketch.kind == "list":
        assert isinstance(value, list), f"{where} is sketched as a list but is {value!r:.200}"
        assert value or sketch.item is None, f"{where} is sketched with items but is empty"
        for index, item in enumerate(value):
            check(item, sketch.item, f"{where}[{index}]")
    elif sketch.kind == "str":
        assert isinstance(value, str), f"{where} is sketched as a string ({sketch.text!r}) but is {value!r:.200}"
        suffix = Path(sketch.text).suffix
        if sketch.text.startswith("/") and re.fullmatch(r"\.[a-z0-9]{2,4}", suffix):
            assert Path(value).is_file() and Path(value).suffix == suffix, \
                f"{where} is sketched as a {suffix} file path ({sketch.text!r}) but is {value!r}"
    elif sketch.kind == "number":
        assert isinstance(value, (int, float)) and not isinstance(value, bool), \
            f"{where} is sketched as a number but is {value!r:.200}"


def sketches_after(lines: list[str]) -> dict[str, Sketch]:
    """``# name = sketch`` comment lines (a sketch may continue on the following comment lines)."""
    found: dict[str, str] = {}
    current = None
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("#"):
            current = None
            continue
        body = stripped[1:].strip()
        head = re.match(r"(\w+) = (.*)", body)
        if head:
            current = head.group(1)
            found[current] = head.group(2)
        elif current is not None:
            found[current] += " " + body
    return {name: parse_sketch(text) for name, text in found.items()}
