"""A route fronted before its thing and verb, said after them.

"From A, up to B, and over to C, a cat walks.", "Right to left went a brown dog.", "From the right of the cat to the
left of the cat walks a dog", "Heading from the left side to the right side: a car.", "A to B to C is how the car
goes", and a verbless crossing answering which way with its thing named in the next sentence, "Right side of the frame
to the left side. It's a flying bird.": the thing, its verb, then the route, so the route reading takes its start and
the thing its move; only where the thing is one the tables know and the verb one of moving (or, after a verbless
crossing, no word of rest). Part of the route phrasings (``route_phrasings`` runs
these at their place in its order).
"""

from __future__ import annotations

import re

from .object_classes import THING_NAMED_LAST, ends_on_a_known_noun, noun_class
from .route_clauses import CORNER as _CORNER
from .vocabulary import CAMERA_KINDS, STILL_KINDS, VERB_KINDS

# "From A, up to B, and over to C, a cat walks.", "Up from A to B and across to C goes a dog.": the route fronted
# before its thing and verb
_NAMED = r"((?:a|an|the|one)(?: [a-z-]+){1,3})"

FRONTED_ROUTE_RE = re.compile(rf"(^|[.!?] )((?:(?:up|down|over|across|out) )?from {_CORNER}\b[^.!?:;]*?\b{_CORNER}),? "
                              rf"(?:{_NAMED} ([a-z]+)|([a-z]+) {_NAMED})(?=\s*(?:[.!?]|$))")


# "Right to left went a brown dog.", "From the left to the right side, a cat walks.": a crossing between the two sides
# fronted before its thing and verb
_FRONTED_SIDE = r"(?:the )?(?:left|right)(?: side| edge)?"

FRONTED_CROSSING_RE = re.compile(rf"(^|[.!?] )((?:from )?{_FRONTED_SIDE} to {_FRONTED_SIDE}),? "
                                 rf"(?:{_NAMED} ([a-z]+)|(?:[a-z]+ly )?([a-z]+) {_NAMED})(?=\s*(?:[.!?]|$))")


# "Left side of the frame to the right side. A lively cat.", "Which direction? From the right side to the left side.
# It's a flying bird.": a crossing between the frame's sides said with no verb and no thing, an answer to which way,
# the thing that crosses named in the sentence right after it (each side a bounded phrase, tried at a sentence's start)
_FRAME_SIDE = r"(?:the )?(?:left|right)(?: side| edge)?(?: of (?:the )?(?:frame|screen|picture|shot|clip|video))?"

CROSSING_BEFORE_ITS_THING_RE = re.compile(rf"(?P<lead>^|[.!?] )(?P<asked>which (?:way|direction)\??,? )?"
                                          rf"(?P<route>(?:from )?{_FRAME_SIDE} to {_FRAME_SIDE})[.:;] "
                                          r"(?:(?:it's|it is|it was|that's|that is|there's|there is|this is) )?"
                                          r"(?P<named>(?:a|an|the|one)(?: [a-z-]+){1,3})(?=\s*(?:[.!?]|$))")


# "From the right of the cat to the left of the cat walks a dog, and ...": a path by another thing's sides fronted
# before its verb and its thing (each end a bounded run of words, tried only at a sentence's start)
FRONTED_PATH_BY_THING_RE = re.compile(r"(?P<lead>^|[.!?:;] )(?P<path>from (?:the )?(?:left|right) of "
                                      r"(?:[a-z'-]+ ){1,6}?to (?:[a-z'-]+ ){1,8}?)(?P<verb>[a-z]+) "
                                      r"(?P<named>(?:a|an|the|one|two|three|four)(?: [a-z-]+){1,3}?)"
                                      r"(?=\s*[,.!?;:]|$| (?:and|while|as|then)\b)")


# "Heading from the left side to the right side: a car.", "Rolling from A to B, a red ball.", "Crawling slowly from A to
# B: a turtle": a participle of going, with how it goes, opens the sentence with the route, its thing named only after
# it (each half of the route bounded, so a sentence of many "to"s costs no more than a short one)
_MANNER = r"(?:(?:very|quite|rather|so|really) )?[a-z]+ly"  # "slowly", "very slowly"

FRONTED_PARTICIPLE_ROUTE_RE = re.compile(rf"(?P<lead>^|[.!?] )(?P<before>(?:{_MANNER} )?)(?P<verb>[a-z]+ing)"
                                         rf"(?P<how>(?: {_MANNER}| along| on| fast){{0,2}}) "
                                         r"(?P<route>(?:away )?from [^.!?:;,]{0,80}?"
                                         r"\b(?:to|toward|towards|into|onto|until|till)\b[^.!?:;]{0,80}?)"
                                         + THING_NAMED_LAST)


# a camera's move is no thing's, and a thing said to be at rest ("a parked bus", "a sleeping dog") goes nowhere
_NO_THING_GOING = CAMERA_KINDS | {"rest", "appear", "disappear"}

_AT_REST = frozenset(("still", "stationary", "motionless", "idle", "unmoving"))


# "Lower left to upper left to upper right is how the car goes", "... is the path the bird takes": the route named as
# the subject of "is", its thing and verb after it
ROUTE_IS_HOW_RE = re.compile(rf"(^|[.!?] )((?:from )?{_CORNER}\b[^.!?:;]*?\b{_CORNER}) (?:is|was) "
                             r"(?:how|the (?:way|route|path|course))"
                             rf"(?: (?:that|which))? {_NAMED} ([a-z]+)(?=\s*(?:[.!?]|$))")


def _participle_route_after_its_thing(match: re.Match) -> str:
    """The thing named after a fronted participle of going and its route goes that route ("heading from A to B: a car"
    as "a car is heading from A to B"); a participle of no going ("zooming" is the camera's), no thing after it, or
    one said to be at rest ("a parked bus"), leaves the sentence as it is."""
    if VERB_KINDS.get(match["verb"], "rest") in _NO_THING_GOING or not ends_on_a_known_noun(match["thing"]) or any(
            VERB_KINDS.get(word) == "rest" or word in _AT_REST for word in match["thing"].split()):
        return match.group(0)
    return f"{match['lead']}{match['thing']} is {match['before']}{match['verb']}{match['how']} {match['route']}"


def _fronted_path_after_its_thing(match: re.Match) -> str:
    """The fronted path said after its thing and verb, so "of the cat" reads as the path's measure and never as the
    subject that moves; kept as said unless the thing is known and the verb one of moving."""
    named, verb = match["named"], match["verb"]
    if noun_class(named.rsplit(" ", 1)[-1]) is None or not VERB_KINDS.get(verb):
        return match.group(0)
    return f"{match['lead']}{named} {verb} {match['path'].rstrip()}"


def _fronted_route_after_its_thing(match: re.Match) -> str:
    """The fronted route said after its known thing and its verb of moving; a side to side crossing is said from its
    first side ("right to left went a dog" as "a dog went from right to left") so the route readers take its start."""
    named, verb = (match.group(3), match.group(4)) if match.group(3) else (match.group(6), match.group(5))
    if noun_class(named.rsplit(" ", 1)[-1]) is None or not VERB_KINDS.get(verb):
        return match.group(0)
    route = match.group(2)
    if match.re is FRONTED_CROSSING_RE and not route.startswith("from "):
        route = f"from {route}"
    return f"{match.group(1)}{named} {verb} {route}"


def _route_named_by_is(match: re.Match) -> str:
    """"A to B to C is how the car goes": the car goes from A to B to C ("the path the bird takes": the bird moves)."""
    named, verb, route = match.group(3), match.group(4), match.group(2)
    if noun_class(named.rsplit(" ", 1)[-1]) is None:
        return match.group(0)
    verb = verb if VERB_KINDS.get(verb) else "moves"
    return f"{match.group(1)}{named} {verb} {route if route.startswith('from ') else 'from ' + route}"



# a thing that stays put wherever it is said (scenery, a wall) crosses nowhere
_NEVER_CROSSING = frozenset(("scenery", "wall"))


def sentence_before(match: re.Match) -> str:
    """The sentence that ends right before ``match`` (the text's start when none)."""
    before = match.string[:match.start()]
    return before[max(before.rfind(mark) for mark in ".!?") + 1:]


def kinds_said(sentence: str) -> set[str]:
    """The kinds of the verbs ``sentence`` says ("rolls": roll, "sleeps": rest), a camera's counted as rest."""
    return {"rest" if kind in _STAYS else kind for word in re.findall(r"[a-z]+", sentence)
            if (kind := VERB_KINDS.get(word))}


def _mover_said_before(match: re.Match) -> bool:
    """Whether the sentence before a verbless crossing has a verb of moving ("A red ball rolls. Right to left."): the
    crossing then tells that mover's way, never the next sentence's thing's."""
    return bool(kinds_said(sentence_before(match)) - {"rest"})


_STAYS = STILL_KINDS | CAMERA_KINDS


def _crossing_before_its_thing(match: re.Match) -> str:
    """The thing named right after a verbless crossing goes that way ("Left side to the right side. A lively cat." as
    "a lively cat moves from the left side to the right side"), where the crossing opens the text, answers which way,
    or follows a sentence with no mover; a thing the tables do not know, one that stays put (a tree, a house) or is
    said to be at rest, or a crossing from a side to that same side leaves both sentences as they are."""
    named, route = match["named"], match["route"]
    sides = re.findall(r"\b(?:left|right)\b", route)
    found = noun_class(named.rsplit(" ", 1)[-1])
    if found is None or found[1].mobility in _NEVER_CROSSING or len(set(sides)) < 2 or any(
            VERB_KINDS.get(word) == "rest" or word in _AT_REST for word in named.split()):
        return match.group(0)
    if match["lead"] and not match["lead"].startswith("?") and not match["asked"] and _mover_said_before(match):
        return match.group(0)
    route = route.removeprefix("from ")
    route = route if route.startswith("the ") else f"the {route}"
    return f"{match['lead']}{named} moves from {route}"


def fronted_sides_after_their_things(text: str) -> str:
    """``text`` with a route opening on a participle of going, a crossing between the frame's sides, or a path by
    another thing's sides, fronted before its thing, said after its thing and verb."""
    if "ing " in text and "from " in text:
        text = FRONTED_PARTICIPLE_ROUTE_RE.sub(_participle_route_after_its_thing, text)
    if "left to " in text or "right to " in text or " side to " in text or " edge to " in text:
        text = FRONTED_CROSSING_RE.sub(_fronted_route_after_its_thing, text)
    if " to the left" in text or " to the right" in text or " to left" in text or " to right" in text:
        text = CROSSING_BEFORE_ITS_THING_RE.sub(_crossing_before_its_thing, text)
    if "from the left of " in text or "from the right of " in text:
        text = FRONTED_PATH_BY_THING_RE.sub(_fronted_path_after_its_thing, text)
    return text


def route_named_by_is(text: str) -> str:
    """``text`` with a route named as the subject of "is how" or "is the path" said as its thing's move."""
    if " is how " in text or " is the " in text or " was how " in text or " was the " in text:
        text = ROUTE_IS_HOW_RE.sub(_route_named_by_is, text)
    return text


def fronted_corner_routes(text: str) -> str:
    """``text`` with a route between corners fronted before its thing and verb said after them (the caller's gate:
    "from ")."""
    return FRONTED_ROUTE_RE.sub(_fronted_route_after_its_thing, text)
