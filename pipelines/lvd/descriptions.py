"""What a thing is said to be after it was described: shades, identities and relative sizes.

* "greyish", "reddish", "bluish": a shade is read as the LVD colour word it is near ("grey", "red", "blue").
* "a car that shone gray", "a dog as orange as a sunset", "as white as fresh snow": a colour given by a verb of light
  or looks, or by a simile,
  is the thing's colour ("a car that is gray"); the simile's noun is no thing.
* "A grey animal walks left. The grey one was a cat": an identity said of a described thing renames it
  (the animal is drawn as the cat), rather than adding a second object.
* "A red ball and a blue ball; the red one is a bit bigger": a size said relative to the other gives the
  described thing a ``scale`` attribute (placement multiplies its size by it); its LVD name keeps its colour.

Both sentences are taken out of the text before the word-by-word pass (which would read "the grey one was
a cat" as another object and "a bit" as a thing), and applied to the objects it read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .motions import Entity
from .object_classes import GENERIC_CLASS, noun_class, singular
from .vocabulary import COLORS

_DOUBLED = re.compile(r"([bdgnt])\1$")  # "redd" → "red"


def shade_colour(word: str) -> str | None:
    """The colour a shade word is near ("reddish" → "red", "bluish" → "blue"), or None."""
    if not word.endswith("ish") or len(word) < 6:
        return None
    stem = word[:-3]
    for candidate in (stem, _DOUBLED.sub(r"\1", stem), stem + "e"):
        if candidate in COLORS:
            return candidate
    return None


@dataclass
class SaidLater:
    marks: tuple[str, ...]  # the describing words that pick the thing out ("grey", "red")
    noun: str | None = None  # what it turns out to be
    scale: float | None = None  # its size relative to the others


_THINGS = ("one", "thing", "object", "shape", "figure", "animal", "creature")
_THING = rf"(?:{'|'.join(_THINGS)})"
_MARKS = r"(?P<marks>[a-z]+(?: [a-z]+)?)"
IDENTITY_RE = re.compile(
    rf"\bthe {_MARKS} {_THING} (?:is|was|turns out to be|turned out to be)(?: actually| in fact| really)? (?:a|an) (?!bit\b|"
    rf"little\b|lot\b)(?P<noun>[a-z]+)\b")
# how much of the plain comparison a degree word keeps, as a power of its factor ("a bit bigger": 1.5 ** 0.5)
_DEGREES = {"a bit": 0.5, "a little": 0.5, "slightly": 0.35, "somewhat": 0.5, "much": 1.7, "a lot": 1.7, "far": 1.7, "way": 1.7}
_COMPARISONS = {"bigger": 1.5, "larger": 1.5, "taller": 1.4, "huger": 1.5, "smaller": 1 / 1.5, "shorter": 1 / 1.4,
                "tinier": 1 / 1.5, "littler": 1 / 1.5}
COMPARISON_RE = re.compile(
    rf"\bthe {_MARKS} (?:{_THING}|[a-z]+) (?:is|was|looks|appears)(?: (?P<degree>{'|'.join(_DEGREES)}))? "
    rf"(?P<comparison>{'|'.join(_COMPARISONS)})\b(?: than (?:the |a |an )?[a-z]+(?: [a-z]+)?)?")


_COLOUR = "(?:" + "|".join(sorted(COLORS, key=len, reverse=True)) + ")"
_CLAUSE_GOES_ON = (r"(?= *(?:[,.;:!?]|$| (?:and|but|while|as|then|that|which|who|before|after|until|rolls?|runs?|walks?"
                   r"|flies|fly|sits?|stands?|drives?|moves?)\b))")
# "a car that shone gray", "a bird glowing white": a verb of light or looks before a bare colour gives the thing's colour
COLOUR_VERB_RE = re.compile(r"\b(?P<relative>(?:that|which) )?(?P<verb>shone|shines?|shining|glowed|glows?|glowing|gleamed|"
                            r"gleams?|gleaming|glistened|glistens?"
                            r"|shimmered|shimmers?|glinted|glints?|looked|looks?|appeared|appears?|seemed|seems?) "
                            rf"(?P<colour>{_COLOUR}){_CLAUSE_GOES_ON}")
# "a dog as orange as a sunset", "is as white as snow", "as white as fresh snow": the colour is the thing's, the
# simile's noun no thing (a bare noun's describing word is tried last, so "as white as snow sits" keeps its verb)
COLOUR_SIMILE_RE = re.compile(
    rf"\bas (?P<colour>{_COLOUR}) as (?:(?:a|an|the|any) (?:[a-z]+ )?[a-z]+|(?:[a-z]+ )??[a-z]+){_CLAUSE_GOES_ON}")
_COLOUR_VERB_STEMS = ("shin", "shone", "glow", "glea", "glis", "shimm", "glint", "look", "appear", "seem")
_LINKING = frozenset("is are was were be been being looks look looked seems seem seemed appears appear appeared stays "
                     "stay stayed remains remain remained".split())


def colours_said_plainly(text: str) -> str:
    """``text`` with a colour given by a verb of light or by a simile said as the thing's colour, set off after its
    noun ("a dog, orange, runs") or after a linking verb ("is white")."""
    said = text
    if " as " in text:
        text = COLOUR_SIMILE_RE.sub(lambda m: m["colour"] if m.string[:m.start()].split()[-1:] in ([w] for w in _LINKING)
                                    else f", {m['colour']},", text)
    if any(stem in text for stem in _COLOUR_VERB_STEMS):
        text = COLOUR_VERB_RE.sub(lambda m: f", {m['colour']}," if m["relative"] or m["verb"].endswith("ing")
                                  else f"is {m['colour']}", text)
    return text if text == said else re.sub(r"^[\s,]+", "", re.sub(r"\s*,(?:\s*,)*(?=\s*(?:[,.;:!?]|$))|\s+(?=,)", "", text))


def take_descriptions(text: str) -> tuple[str, list[SaidLater]]:
    """The text without the identity and comparison sentences it holds, and what they said."""
    said: list[SaidLater] = []
    text = colours_said_plainly(text)
    if " the " not in f" {text}":
        return text, said

    def described_before(match: re.Match) -> bool:
        """"The green thing is a dog" with no green thing named before is the description itself, left to the reading."""
        earlier = set(re.findall(r"[a-z]+", text[:match.start()]))
        return bool(earlier & set(match.group("marks").split()))

    def identity(match: re.Match) -> str:
        if not described_before(match):
            return match.group(0)
        said.append(SaidLater(tuple(match.group("marks").split()), noun=match.group("noun")))
        return ";"

    def comparison(match: re.Match) -> str:
        if not described_before(match):
            return match.group(0)
        factor = _COMPARISONS[match.group("comparison")] ** _DEGREES.get(match.group("degree") or "", 1.0)
        said.append(SaidLater(tuple(match.group("marks").split()), scale=factor))
        return ";"

    if any(f"{thing} " in text for thing in _THINGS):
        text = IDENTITY_RE.sub(identity, text)
    if any(word in text for word in _COMPARISONS):
        text = COMPARISON_RE.sub(comparison, text)
    return text, said


def apply_descriptions(entities: list[Entity], said: list[SaidLater], notes: list[str]) -> None:
    """Rename or resize the one object each later sentence picks out by its describing words."""
    for fact in said:
        picked = [e for e in entities if set(fact.marks) & ({v for _, v in e.attributes} | set(e.member_colours))]
        if len(picked) != 1:
            continue
        entity = picked[0]
        if fact.noun is not None:
            found = noun_class(fact.noun)
            name, cls = found if found else (singular(fact.noun), GENERIC_CLASS)
            notes[:] = [n for n in notes if not n.startswith(f"unknown object '{entity.noun}'")]
            entity.noun, entity.cls, entity.known = name, cls, found is not None
        elif fact.scale is not None and not entity.member_colours:
            entity.attributes.append(("scale", f"{fact.scale:.3g}"))
