"""Held-out set 17: the noun families (numeracy, attribution, two-object motion) in free phrasing.

Written after the sixteenth round's fixes and before any fix it prompts, in sentence shapes and words
sets 1-16 do not use: long scene-setting, camera language (pans, tracking and drone shots, zooms),
counts as digits, words, "a pair of", "a trio of", "a dozen" or after the noun ("in a group of 4",
"4 in number", "to be precise", labels), irregular plurals (geese, mice, children, wolves, calves,
women), compound nouns (fire truck, teddy bear, soccer ball), objects with two or three describing
words, and places named after a preposition ("beside a fountain", "across the ice", "along a road
lined with trees") that are scenery, not objects: LVD's numeracy predicate counts every box.
Scored by LVD's predicates (tests/helpers/lvd_benchmark.py), once untouched on the reader of main aa35887:
76/120 = 63.3% (numeracy 10/40, attribution 34/40, two-object motion 32/40; a prompt the planner refused counted
as a miss). The misses: place nouns drawn (harbour, fountain, bakery, bridge, brick wall, ice, the trees of
"a road lined with trees"), compound plurals dropped, "12 in number" / "to be precise" / "in a group of
eight", a comma between describing words before a plural the tables did not know ("4 wet, muddy geese"),
"time-lapse", "vlog style", "things", a zoom-in pushing a counted group out of frame, "that is entirely
brown", "(colour: gray)", "pickup truck", "from a spot left of", "a small dog's left-hand side", "going in
on its left and coming out on its right", "first it is on the left, at the end it is on the right". After
the fixes they prompted (general rules, each with a test in tests/test_prompt_reading_nouns.py): 120/120.
"""

from __future__ import annotations

import random
import re

from tests.helpers.blind_prompts import _a, _articles, _cap, _sentence
from tests.helpers.lvd_benchmark import Case, _case, attribution, numeracy, two_object_motion

FAMILIES_17 = ("numeracy", "attribution", "dynamic_two")

_STYLES = ["A handheld, realistic", "A gritty, realistic", "A sun-drenched", "A phone-camera", "A nature-documentary",
           "A softly lit, realistic", "A travel-vlog style", "A steady, tripod-mounted"]
# Places: nouns after a preposition that set the scene and must not be drawn.
_PLACES = ["beside a fountain", "across the ice", "along a road lined with trees", "near an old barn",
           "by the harbour", "in front of a brick wall", "under a stone bridge", "outside a bakery",
           "on a sandy shore at low tide", ""]
_COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray"]

_COUNT_NOUNS = ["goose", "mouse", "child", "wolf", "calf", "deer", "fire truck", "soccer ball", "teddy bear",
                "traffic cone", "woman", "sheep", "puppy", "duck", "dog", "cat", "car", "bird"]
_PLURALS = {"goose": "geese", "mouse": "mice", "child": "children", "wolf": "wolves", "calf": "calves", "deer": "deer",
            "woman": "women", "sheep": "sheep", "puppy": "puppies"}
_COUNT_WORDS = {1: ["one", "a single", "1", "a lone"], 2: ["two", "2", "a pair of", "a couple of"],
                3: ["three", "3", "a trio of"], 4: ["four", "4"], 5: ["five", "5"], 6: ["six", "6", "half a dozen"],
                8: ["eight", "8"], 12: ["a dozen", "twelve", "12"]}
_PEOPLE = {"child", "woman"}
_THINGS = {"fire truck", "soccer ball", "teddy bear", "traffic cone", "car"}
_COUNT_MODIFIERS = {"animal": ["", "", "small brown", "big fluffy", "tired old", "wet, muddy", "well-behaved little"],
                    "thing": ["", "", "shiny new", "dusty old", "wet, muddy", "small bright"],
                    "person": ["", "", "tired", "smiling young", "well-dressed"]}

_ATTR_NOUNS = ["car", "cat", "bird", "ball", "dog", "van", "bicycle", "kite", "umbrella", "teddy bear", "sports car",
               "beach ball", "pickup truck", "horse"]
_ATTR_MODIFIERS = ["small", "big", "old", "big old", "tiny little", "", ""]

_TWO_NOUNS = ["car", "cat", "bird", "ball", "dog", "horse", "goat", "bus", "fire truck", "golden retriever", "cyclist",
              "pony", "tractor", "sheep"]
_TWO_MODIFIERS = {"animal": ["", "", "small", "big grey", "old", "young", "muddy little"],
                  "thing": ["", "", "small", "old", "bright", "battered old"],
                  "person": ["", "young", "tired"]}
_TWO_THINGS = {"car", "ball", "bus", "fire truck", "tractor"}


def _phrase(modifier: str, noun: str) -> str:
    return f"{modifier} {noun}".strip()


def _kind(noun: str, things: set[str]) -> str:
    return "person" if noun in _PEOPLE | {"cyclist"} else "thing" if noun in things else "animal"


def _tidy(prompt: str) -> str:
    """One sentence without the stray space an empty place leaves before punctuation."""
    return _sentence(_articles(re.sub(r"\s*([,;:])(?:\s*,)+|\s+([,;:])", r"\1\2", " ".join(prompt.split()))))


def _fill(rng: random.Random, family: str, template: str) -> Case:
    style, place = rng.choice(_STYLES), rng.choice(_PLACES)
    place_cap = _cap(place) if place else "Outdoors"
    if family == "numeracy":
        plural_only = "{K}" in template or " are " in template or "share" in template
        count = rng.choice([c for c in _COUNT_WORDS if c > 1] if plural_only else list(_COUNT_WORDS))
        noun = rng.choice(_COUNT_NOUNS)
        nouns = noun if count == 1 else _PLURALS.get(noun, noun + "s")
        plain = rng.choice([w for w in _COUNT_WORDS[count] if " " not in w])
        prompt = template.format(St=style, N=rng.choice(_COUNT_WORDS[count]), K=plain, P=nouns,
                                 M=rng.choice(_COUNT_MODIFIERS[_kind(noun, _THINGS)]), L=place, Lc=place_cap)
        return _case("numeracy", _tidy(prompt), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_ATTR_NOUNS, 2)
        c1, c2 = rng.sample(_COLOURS, 2)
        m1, m2 = rng.choice(_ATTR_MODIFIERS), rng.choice(_ATTR_MODIFIERS)
        prompt = template.format(St=style, n1=n1, n2=n2, c1=c1, c2=c2, m1=m1, m2=m2, L=place, Lc=place_cap)
        return _case("attribution", _tidy(prompt), attribution, n1, n2, c1, c2)
    mover, reference = rng.sample(_TWO_NOUNS, 2)
    m1 = rng.choice(_TWO_MODIFIERS[_kind(mover, _TWO_THINGS)])
    m2 = rng.choice(_TWO_MODIFIERS[_kind(reference, _TWO_THINGS)])
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    a1, a2 = _a(_phrase(m1, mover)), _a(_phrase(m2, reference))
    prompt = template.format(St=style, a1=a1, A1=_cap(a1), a2=a2, A2=_cap(a2), n1=mover, n2=reference,
                             m2=m2, s=start, e=end, L=place, Lc=place_cap)
    return _case("dynamic_two", _tidy(prompt), two_object_motion, mover, reference, leftward)


_NUMERACY = [
    "{St} shot {L}, the camera panning slowly across {N} {M} {P}",
    "The camera holds on {N} {M} {P} {L} for the whole clip",
    "{St} clip {L} with {P}, {K} in number",
    "Imagine {N} {M} {P} {L}, filmed in a realistic style",
    "{St} tracking shot that follows {N} {P} {L}",
    "{N} {M} {P} and nothing else, {L}, in a realistic video",
    "{St} video; the subject is a group of {K} {P} {L}",
    "{St} scene {L} where the only things in frame are {N} {P}",
    "Generate a realistic video of {N} {M} {P} {L}",
    "{St} clip. Subject: {P}. Quantity: {K}. Setting: {Lc}",
    "{St} video with {N} {P} {L}, the camera slowly zooming in",
    "{St} static shot in which {N} {M} {P} are in frame {L}",
    "{Lc}: {N} {M} {P}, shot in a realistic way",
    "{St} video showing {P} in a group of {K} {L}",
    "{St} clip; I want to see {N} {P} {L}, no extras",
    "{St} drone shot over {N} {M} {P} {L}",
    "{St} video {L} that has {P} in it, {K} to be precise",
    "{St} scene where {N} {M} {P} share the frame {L}",
    "{N} {M} {P}, {L}, captured on a realistic camera",
    "{St} time-lapse of {N} {P} {L}",
]
_ATTRIBUTION = [
    "{St} video {L}: a {m1} {c1} {n1} sharing the frame with a {m2} {c2} {n2}",
    "{St} handheld shot of a {c1} {n1} right beside a {c2} {n2} {L}",
    "In the foreground there is a {c1} {n1}; in the background, a {c2} {n2}",
    "{St} scene {L} with a {n1} that is entirely {c1} and a {n2} that is {c2}",
    "{St} clip {L}. Left: a {c1} {n1}. Right: a {c2} {n2}",
    "{St} video in which a {c2} {n2} is waiting and a {m1} {c1} {n1} comes over to it",
    "{St} close shot of two subjects {L}: a {c1} {n1} and a {c2} {n2}",
    "{St} video: the camera pans from a {c1} {n1} to a {c2} {n2} {L}",
    "Show me a {c1} {n1} and a {c2} {n2} {L}, realistic",
    "{St} scene with a {n1} (colour: {c1}) and a {n2} (colour: {c2})",
    "{St} footage {L} of a {c1} {n1} keeping a {c2} {n2} company",
    "{St} video where a {c1} {n1} and a {c2} {n2} stand a few metres apart {L}",
    "A {c1} {n1}, and not far from it a {c2} {n2}, {L}, realistic footage",
    "{St} clip {L}; its two subjects are a {c1} {n1} and a {c2} {n2}",
    "{St} scene where a {c1} {n1} faces a {c2} {n2} across a small gap {L}",
    "{St} video: a {c1} {n1} on the left of the frame, a {c2} {n2} on the right, {L}",
    "{St} video in which a {c2} {n2} sits still while a {c1} {n1} circles it {L}",
    "{St} clip of a {m1} {c1} {n1} and a {m2} {c2} {n2}",
    "{St} frame showing a {c1} {n1} with a {c2} {n2} sitting a little way behind it",
    "{St} video {L}; a {c1} {n1} stays close to a {c2} {n2} the whole time",
]
_TWO = [
    "{St} tracking shot {L}: {a1} moves past {a2}, which does not move, starting on its {s} and finishing on its {e}",
    "{St} clip where {a1} slips by {a2} from {s} to {e}",
    "{St} video: {a2} waits in the middle; {a1} approaches from its {s} and carries on to its {e}",
    "{A1} is to the {s} of {a2} when the clip opens and to its {e} when it closes, {L}",
    "{St} scene {L}: keeping {a2} in the centre of the frame, the camera watches {a1} move from the {n2}'s {s} "
    "over to the {n2}'s {e}",
    "{St} video where {a1} makes its way around to the {e} of {a2}, having begun on the {s}",
    "{St} shot {L}: {a1}, {s} of {a2} -> {e} of {a2}",
    "{St} clip in which {a1} moves along from a spot {s} of {a2} to a spot {e} of it",
    "{St} video {L}; {a2} remains motionless as {a1} passes it, {s} side to {e} side",
    "Relative to {a2}, which stays where it is, {a1} moves from the {s} to the {e} {L}",
    "{St} scene: at first {a1} is on {a2}'s {s}-hand side; later it has moved to the {e}-hand side",
    "{St} video where {a1} crosses behind {a2}, going in on its {s} and coming out on its {e}",
    "{St} clip {L} of {a1} going past {a2} in a {s}-to-{e} direction",
    "{St} footage: {a1} begins next to {a2} on its {s} and finishes next to it on its {e}",
    "{St} video {L} with {a1} and {a2}; the {n1} moves from the {n2}'s {s} side to its {e} side while the {n2} "
    "stays still",
    "{St} clip where {a2} sits {L} and {a1} goes by it from {s} to {e}",
    "{St} scene with {a1} that moves {e}ward, starting on the {s} of {a2} and ending on the other side of it",
    "The {n1} starts {s} of the {n2} and ends {e} of it: {a1} and {a2} in a realistic clip {L}",
    "{St} video {L} in which {a1} goes by {a2}; first it is on the {s}, at the end it is on the {e}",
    "{St} shot {L}, {a1} passing in front of a stationary {m2} {n2} from the {n2}'s {s} to its {e}",
]


def blind_set(seed: int = 17171) -> list[Case]:
    """40 prompts per noun family, 20 sentence shapes each, scored once before the fixes they prompt."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(2):
        cases += [_fill(rng, "numeracy", t) for t in _NUMERACY]
        cases += [_fill(rng, "attribution", t) for t in _ATTRIBUTION]
        cases += [_fill(rng, "dynamic_two", t) for t in _TWO]
    return cases
