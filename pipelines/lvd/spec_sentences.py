"""A read spec told again as plain sentences: each thing with its route, its halves or its stillness.

`spec_prompts.py` reads the pasted fields into things; this is the telling of them, kept apart from the reading.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .tokens import plural


class SpecThing:
    """One thing a spec names, with the fields said of it: what the reading fills and the telling says."""

    def __init__(self, name: str):
        self.name, self.count, self.colour, self.states = name, "", "", []
        self.start = self.end = ""
        self.stops: list[str] = []
        self.via: list[str] = []
        self.halves: dict[str, bool] = {}
        self.still = False
        self.deed = ""  # "walked from the left of the cat to ...": what a log says it did, its sentence's predicate

    def phrase(self) -> str:
        count = self.count or "a"
        words = [count, *self.states[:1], self.colour, self.name if count in ("a", "an", "one") else plural(self.name)]
        return " ".join(w for w in words if w)


def _place(text: str) -> str:
    """"right of cat" -> "the right of the cat"; "lower left" -> "the lower left"."""
    text = re.sub(r"\bof (?:the )?([a-z]+)", r"of the \1", text.strip())
    return text if text.startswith("the ") else "the " + text


def _path(thing: SpecThing) -> list[str]:
    """Start, listed stops, stops said one by one, end: one route, a place said twice in a row kept once."""
    places = ([thing.start] if thing.start else []) + thing.stops + thing.via + ([thing.end] if thing.end else [])
    return [p for i, p in enumerate(places) if i == 0 or p != places[i - 1]]


def _thing_sentence(thing: SpecThing) -> str:
    phrase, one = thing.phrase(), thing.count in ("", "a", "an", "one")
    path = _path(thing)
    if thing.deed and not (path or thing.halves or thing.still):  # its route, halves or stillness fields tell it, if any
        return f"{phrase} {thing.deed}"
    first, second = thing.halves.get("first"), thing.halves.get("second")
    if len(path) >= 2 or thing.start or thing.end:
        return _route_sentence(thing, path, one, first, second)
    if first is False and second is not False:
        return f"{phrase} {'appears' if one else 'appear'} in the second half"
    if second is False and first is not False:
        return f"{phrase} {'is' if one else 'are'} there in the first half and {'is' if one else 'are'} gone in the second half"
    if thing.still:
        return f"{phrase} {'stays' if one else 'stay'} still"
    return phrase


def _route_sentence(thing: SpecThing, path: list[str], one: bool, first, second) -> str:
    """Its route, said in the half it is seen in where its fields give one ("appears in: second half"): "a car appears
    in the second half and moves from the left to the right", "... to the right in the first half and is gone in the
    second half"."""
    phrase, move = thing.phrase(), "moves" if one else "move"
    if first is False and second is not False:
        phrase, move = f"{phrase} {'appears' if one else 'appear'} in the second half and", move
    if len(path) >= 3 and phrase == thing.phrase():
        route = (f"{phrase} {'starts' if one else 'start'} in {_place(path[0])}"
                 + "".join(f", then moves to {_place(p)}" for p in path[1:]))
    elif len(path) >= 3:
        route = (f"{phrase} {move} from {_place(path[0])} to {_place(path[1])}"
                 + "".join(f", then to {_place(p)}" for p in path[2:]))
    else:
        start, end = (path[0] if thing.start or len(path) == 2 else ""), (path[-1] if thing.end or len(path) == 2 else "")
        route = f"{phrase} {move}" + (f" from {_place(start)}" if start else "") + (f" to {_place(end)}" if end else "")
    if second is False and first is not False:
        return f"{route} in the first half and {'is' if one else 'are'} gone in the second half"
    return route


def spec_sentences(things: list[SpecThing], references: list[SpecThing], loose: list[str], top_down: bool) -> str:
    """The plain sentences a spec's reading tells: what the pass reads in place of the pasted fields."""
    # a still thing or a reference first: the mover's path names it
    ordered = sorted(things, key=lambda t: not (t.still or t in references))
    # a field with no key that names a thing ("| a dog barks |") is a sentence of its own
    told = [text for text in loose if any(noun_class(w) for w in re.findall(r"[a-z]+", text))]
    return ("seen from above, " if top_down else "") + ". ".join([*map(_thing_sentence, ordered), *told]) + "."
