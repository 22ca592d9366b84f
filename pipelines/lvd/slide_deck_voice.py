"""A corporate slide deck of the clip put into the lines the other readers take as prose.

A presenter's slide says the clip in a title, "•" bullets and the deck's own footers: "Slide title: Flight Route (From
Above)", "• Lower right corner → upper right corner → upper left corner", "• Subject: a bird", "• Start: lower left
corner / • Next: ... / • End: ...", "• Cat starts: lower left corner / • Moves to: ... / • Ends: ...", "KPI: ...",
"Action item: keep the order as listed", "Next steps: sign-off on the route", "Owner: Design team". The title is the
slide's name, never a move ("Slide:" is no sliding, "Ball Route" no second ball), save the view it may give ("(Seen
From Above)", "Viewed From Above", "Overhead"), said as "Seen from above.", and a thing it names that no bullet names
("Slide: Three Moving Cars", told only there) or a count, colour or scene ("Three dogs in a park"); a footer that
sets the team a task (action item, next steps, owner, stakeholders, deadline, status) and names no thing of the clip is
the team's, never the clip's; and bullets that only list places, one after another or joined by arrows, "then" or
commas, each perhaps under a label of the step ("Start:", "Next:", "Ends:", "Cat starts:"), are one route, said as one
sentence with its mover: the thing a label names, the "Subject:" bullet's thing, or the one thing the title or the rest
of the slide names (bullets placing different things, "• A dog in the lower left corner / • A cat on the right", are
where each is, never a route). Read as typed, a title's words are fields or verbs, a task a scene, and a bare place a
leg of no mover.
Only a text of a title line over "•" bullets, or one with a "Slide:" label or a deck's footer over bullets, is read
so; every other line stays as typed.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .scene_words import SCENE_WORDS
from .vocabulary import COLORS, NUMBER_WORDS

_BULLETS = "•▪◦‣►➤"
BULLET_RE = re.compile(r"^\s*[•▪◦‣►➤]\s*")
# the slide's own label before its title: "Slide:", "Slide title:", "Slide 3:", "Slide 3 title:"
SLIDE_LABEL_RE = re.compile(r"^\s*slide(?: \d+)?(?: title)?\s*:\s*", re.IGNORECASE)
# a footer setting the team a task, never the clip
TASK_RE = re.compile(r"^\s*(?:action items?|next steps?|owners?|stakeholders?|deadline|status|due(?: date)?|ask"
                     r"|decision(?: needed)?)\s*:", re.IGNORECASE)
# a view the title gives
VIEW_RE = re.compile(r"\b(?:from above|overhead|top[- ]down|bird'?s[- ]eye)\b", re.IGNORECASE)
# the field naming the route's mover
SUBJECT_RE = re.compile(r"^\s*(?:subject|object|mover|thing|asset)\s*:\s*(?P<thing>.+?)\s*\.?\s*$", re.IGNORECASE)
# a place a route goes by: a corner or a side of the frame
_PLACE = (r"(?:the )?(?:(?:lower|upper|top|bottom)[ -](?:left|right)(?:[ -]hand)?(?: corner)?"
          r"|(?:left|right|top|bottom)(?: side| edge)?|middle|centre|center)")
PLACE_RE = re.compile(_PLACE + r"$", re.IGNORECASE)
# a bullet's label of its step, up to its colon: "Start:", "Next:", "Cat starts:", "Moves to:"
LABEL_RE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*:\s*")
# the steps a bullet's places are joined by, and the step word opening a bullet ("Then upper left corner")
JOINS_RE = re.compile(r"\s*(?:→|->|=>|>|,\s*then\b|;|,)\s*|\s+then\s+|\s+to\s+", re.IGNORECASE)
STEP_WORD_RE = re.compile(r"^(?:then|next|and then|finally|and)\s+", re.IGNORECASE)
# a thing told at the first place, "the car in the lower right corner"
THING_AT_RE = re.compile(r"^(?:(?:the|a|an|one) )?(?P<thing>[a-z]+) (?:is |starts |begins )?(?:in|at|on) "
                         r"(?=the |lower|upper|top|bottom|left|right)", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]+")
_ARTICLES = frozenset(("the", "a", "an", "one"))
# words that make a title a statement of the clip rather than its bare label: a count, a colour, a scene
_TITLE_FACTS = (frozenset(word for word in NUMBER_WORDS if word not in ("another", "single")) | COLORS
                | frozenset(word for word, scene in SCENE_WORDS.items() if scene))


def looks_like_deck(text: str) -> bool:
    """Whether ``text`` (as typed) is a slide: a title line over "•" bullets, or a "Slide:" label or a task footer
    with a bullet."""
    if "\n" not in text or not any(bullet in text for bullet in _BULLETS):
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    bullets = sum(1 for line in lines if BULLET_RE.match(line))
    if not bullets or BULLET_RE.match(lines[0]):
        return False
    title = lines[0].strip()
    return bool(SLIDE_LABEL_RE.match(title) or any(TASK_RE.match(line) for line in lines)
                or (bullets >= 2 and not title.endswith((".", "!", "?"))))


def _things(text: str) -> list[str]:
    """The class nouns ``text`` names, in order."""
    return [word for word in _WORD_RE.findall(text.lower()) if noun_class(word) is not None]


def _who(words: str) -> str | None:
    """"A red ball", "Cat starts" → "red ball", "cat": the words naming a bullet's thing, up to its noun."""
    said: list[str] = []
    for word in _WORD_RE.findall(words.lower()):
        if word in _ARTICLES and not said:
            continue
        said.append(word)
        if noun_class(word) is not None:
            return " ".join(said)
    return None


def _route_places(line: str) -> tuple[list[str], list[str], set[str]] | None:
    """A bullet that only lists places (under a label of its step): its places, the things its label names and the
    words naming them."""
    body = BULLET_RE.sub("", line).strip().rstrip(".")
    label = LABEL_RE.match(body)
    named: list[str] = []
    who: set[str] = set()
    if label:
        named = _things(label.group("label"))
        who.update(filter(None, [_who(label.group("label"))]))
        body = body[label.end():]
    body = STEP_WORD_RE.sub("", body.strip())
    thing = THING_AT_RE.match(body)
    if thing and noun_class(thing.group("thing").lower()) is not None:
        named.append(thing.group("thing").lower())
        who.add(thing.group("thing").lower())
        body = body[thing.end():]
    parts = [part for part in JOINS_RE.split(body) if part and part.strip()]
    if not parts or not all(PLACE_RE.match(part.strip()) for part in parts):
        return None
    places = [part.strip().lower() for part in parts]
    return [place if place.startswith("the ") else "the " + place for place in places], named, who


def _route_said(places: list[str], mover: str | None) -> str:
    legs = f"from {places[0]} to {places[1]}" + "".join(f", then to {place}" for place in places[2:])
    return f"{mover[0].upper() + mover[1:]} goes {legs}." if mover else legs[0].upper() + legs[1:] + "."


def _as_a_thing(said: str) -> str:
    """"a bird", "car" → "a car": the subject field's thing with an article."""
    said = said.strip().rstrip(".").lower()
    first = said.split(" ", 1)[0]
    return said if first in ("a", "an", "the", "one") else "a " + said


def deck_in_plain_words(text: str) -> str:
    """``text`` (as typed) with a slide's title said as its view, its task footers that name no thing dropped and the
    bullets that only list places said as one route of their mover; any other text comes back as it is."""
    if not looks_like_deck(text):
        return text
    lines = [line for line in text.splitlines() if line.strip()]
    title = SLIDE_LABEL_RE.sub("", lines[0]).strip()
    kept: list[str] = ["Seen from above."] if VIEW_RE.search(title) else []
    body = [line for line in lines[1:] if not (TASK_RE.match(line) and not _things(line))]
    # a title naming a thing the bullets never name is the one statement of it ("Slide: Three Moving Cars")
    told_only_there = bool(_things(title)) and not set(_things(title)) & {thing for line in body for thing in _things(line)}
    # so is one telling a count, a colour or a scene ("Three dogs in a park"), never a bare label ("Walk Path")
    states = told_only_there or bool(_TITLE_FACTS & set(_WORD_RE.findall(title.lower())))
    titled = [title if title.endswith((".", "!", "?")) else title + "."] if states else []
    routes = [_route_places(line) for line in body]
    # bullets placing different things ("• A dog in the lower left corner", "• A cat in the upper right corner") are
    # where each thing is, never one route
    if sum(len(route[0]) for route in routes if route) < 2 or len({who for route in routes if route
                                                                    for who in route[2]}) > 1:
        return "\n".join(kept + titled + body)
    subjects = [SUBJECT_RE.match(BULLET_RE.sub("", line)) for line in body]
    named = [thing for route in routes if route for thing in route[1]]
    subject = next((match.group("thing") for match in subjects if match and _things(match.group("thing"))), None)
    others = [thing for line, route in zip(body, routes) if not route for thing in _things(line)]
    mover = (f"a {named[0]}" if named else _as_a_thing(subject) if subject
             else f"a {_things(title)[0]}" if _things(title) else f"a {others[0]}" if others else None)
    if not named and not subject and _things(title):
        titled = []  # "Slide: Ball Route" over bare places: the title's thing is the route's mover
    places = [place for route in routes if route for place in route[0]]
    first = next(index for index, route in enumerate(routes) if route)
    said = []
    for index, line in enumerate(body):
        if index == first:
            said.append(_route_said(places, mover))
        elif not routes[index] and not (subject and subjects[index]):
            said.append(line)
    return "\n".join(kept + titled + said)
