# Long file: the held-out prompt sets in the order written; each avoids the earlier sets' templates, seen side by side
"""Held-out prompt sets for LVD's stage-1 families, written in free phrasing.

Each set is scored by LVD's predicates (tests/helpers/lvd_benchmark.py). The six sets were written
one after another: each was written after the reader fixes prompted by the one before, in templates
and words the earlier sets do not use, and scored once before any fix it prompted (so each first
score is a held-out estimate); the fixes were general grammar, never prompt by prompt, and every set
is kept as a regression test:

- ``first_blind_set`` (60 per family, six families) was written before the reader was generalised
  and scored once on the reader as it then was; afterwards the reader was fixed with general
  grammar (never prompt by prompt) and the set kept as a regression test. Scored once before the
  fixes (main at d1ff8a0): 284/360 = 78.9% (numeracy 42/60, attribution 45/60, visibility 57/60,
  one-object motion 54/60, two-object motion 44/60, sequential 42/60).
- ``second_blind_set`` (30 per family) was written after those fixes, in templates and words the
  first set does not use, and scored once untouched: 148/180 = 82.2% (numeracy 24/30, attribution
  27/30, visibility 24/30, one-object motion 24/30, two-object motion 28/30, sequential 21/30), with
  the first set at 360/360. The reader was then fixed again (generally) and the set kept as a test.
- ``third_blind_set`` (30 per family) was written after that second round, in new templates and
  words, and scored once untouched: 159/180 = 88.3% (numeracy 18/30, attribution 30/30, visibility 27/30, one-object motion 30/30,
  two-object motion 27/30, sequential 27/30); later fixes made it pass and it is kept as a test like the others.
- ``fourth_blind_set`` (30 per family), written after the third round, scored once untouched:
  160/180 = 88.9% (numeracy 24/30, attribution 27/30, visibility 30/30, one-object motion 30/30,
  two-object motion 23/30, sequential 26/30).
- ``fifth_blind_set`` (30 per family), written after the fourth round, scored once untouched:
  171/180 = 95.0% (numeracy 29/30, attribution 30/30, visibility 25/30, one-object motion 30/30,
  two-object motion 30/30, sequential 27/30).
- ``sixth_blind_set`` (30 per family), written after the fifth round, scored once untouched:
  170/180 = 94.4% (numeracy 30/30, attribution 30/30, visibility 24/30, one-object motion 30/30,
  two-object motion 28/30, sequential 28/30).
- ``seventh_blind_set`` (40 per family), written after the sixth round with visibility said in many
  new ways (early on / not until later / pops into view / exits the frame / passive and negated
  forms / a second object always in view), scored once untouched: 201/240 = 83.8% (numeracy 30/40,
  attribution 40/40, visibility 32/40, one-object motion 31/40, two-object motion 40/40, sequential
  28/40). Eight of the numeracy misses came from place phrases naming a second object ("near a
  barn", "under a tree"), which LVD's count-every-box predicate cannot pass; those two places were
  replaced by scenes afterwards (and a leading comma left by an empty place removed).
- ``eighth_blind_set`` (30 per family), written after the seventh round and scored once untouched:
  144/180 = 80.0% (numeracy 24/30, attribution 27/30, visibility 21/30, one-object motion 30/30,
  two-object motion 30/30, sequential 12/30). After the eighth round (general fixes, and leaves at
  a said moment made brief) it passes 180/180 and is kept as a test.
- ``ninth_blind_set`` (30 per family, visibility in fifteen new wordings), written after the eighth
  round and scored once untouched: 163/180 = 90.6% (numeracy 23/30, attribution 30/30, visibility
  24/30, one-object motion 29/30, two-object motion 27/30, sequential 30/30). This is the latest
  honest held-out estimate. General reader fixes afterwards bring it to 175/180; numeracy stays at
  25/30 (three "a clip in which N Xs appear" read as an appearance, two "along a fence" places that
  draw a fence LVD's count-every-box predicate counts). The tenth round's fixes (a bare "appear" in
  "a clip in which ...", "along a fence" as the place) bring it to 180/180.
- ``tenth_blind_set`` (30 per family: camera instructions, questions, lists and arrows, parentheticals,
  passive voice, British spelling, long scene-setting, "for the first few seconds"), written after the
  ninth round and scored once untouched: 131/180 = 72.8% (numeracy 22/30, attribution 30/30,
  visibility 18/30, one-object motion 21/30, two-object motion 22/30, sequential 18/30). After the
  tenth round 179/180 (one unknown bare plural after "Subjects:" stays unread).
- ``eleventh_blind_set`` (30 per family: spoken phrasing, order words, "Start:/End:" labels,
  hyphenated motion adjectives, comparisons, "in total"), written after the tenth round and scored
  once untouched: 128/180 = 71.1% (numeracy 21/30, attribution 24/30, visibility 14/30, one-object
  motion 26/30, two-object motion 22/30, sequential 21/30). After the eleventh round 178/180.
- ``twelfth_blind_set`` (30 per family: requests, "to be exact", "in a shade of", stage words, routes
  with semicolons, passive legs), written after the eleventh round and scored once untouched: 126/180
  = 70.0% (numeracy 20/30, attribution 16/30, visibility 17/30, one-object motion 23/30, two-object
  motion 26/30, sequential 24/30). This is the latest honest held-out estimate: each new style still
  scores 70-73% before the fixes it prompts. After the twelfth round 178/180; numeracy stays at
  28/30 ("a bunch of cat, one to be exact" is the template's own broken grammar; "under bright sun"
  draws the sun, which LVD's count-every-box predicate counts). After the thirteenth round (the sun of a
  place phrase is the scene) 179/180, and it is kept as a test.
- ``thirteenth_blind_set`` (30 per family: natural paraphrases of LVD's own stage-1 templates with style
  words, "4K"/"HD", weather and scenery such as "under a clear blue sky" or "with mountains in the
  background"), written after the twelfth round and scored once untouched: 172/180 = 95.6% (numeracy
  26/30, attribution 30/30, visibility 30/30, one-object motion 30/30, two-object motion 30/30,
  sequential 26/30). The misses: "4K" read as four objects named "k", "HD" and "clear" (of "a clear
  blue sky") drawn, and mountains "in the background" drawn. After the thirteenth round 180/180.
- ``fourteenth_blind_set`` (30 per family: natural paraphrases in new words, "depicting", "we can count",
  "a piece of footage", "the video's second half", style words such as "true-to-life", "crisp, detailed"),
  written after the thirteenth round's fixes and scored once untouched: 158/180 = 87.8% (numeracy 17/30,
  attribution 30/30, visibility 23/30, one-object motion 30/30, two-object motion 29/30, sequential
  29/30). This is the latest honest held-out estimate. The misses: "can" of "we can count" drawn,
  "true" of "true-to-life", "crisp" of "crisp, detailed" and "piece" of "a piece of footage" drawn, and
  "during the video's second half" not read as a half.
- ``fifteenth_blind_set`` (30 per family: counts after the noun and "a total of", visibility as fading,
  popping up, vanishing, "from the midpoint on"), written after the fourteenth round and scored once
  untouched: 158/180 = 87.8% (numeracy 24/30, attribution 30/30, visibility 21/30, one-object motion
  27/30, two-object motion 27/30, sequential 29/30). The misses: counts after the noun ("dogs, 3 of them",
  "chairs (ten in total)"), "midpoint" drawn, "from the midpoint on, it is gone", "slips out of view
  midway", "enters on the left and exits on the right", "circles ... round to the left" and "first ...
  at the X, next at the Y, finally at the Z". After the fifteenth round 180/180.
- ``sixteenth_blind_set`` (30 per family: "numbering", "how many ...?", "-hued", "the halfway mark", "once the
  video is half over", "the opening / closing half", "the frame is empty"), written after the fifteenth
  round's fixes and scored once untouched: 145/180 = 80.6% (numeracy 19/30, attribution 27/30, visibility
  18/30, one-object motion 23/30, two-object motion 29/30, sequential 29/30). This is the latest honest
  held-out estimate: each new wording still scores 80-88% before the fixes it prompts, visibility and
  numeracy lowest. After the sixteenth round 180/180.

Each template is filled with seeded random choices so a set is the same on every run.
"""

from __future__ import annotations

import random

from tests.helpers.lvd_benchmark import (
    SEQUENTIAL_ROUTES,
    Case,
    _case,
    attribution,
    numeracy,
    one_object_motion,
    sequential,
    two_object_motion,
    visibility,
)

BLIND_FAMILIES = ("numeracy", "attribution", "visibility", "dynamic_one", "dynamic_two", "sequential")

# Nouns: LVD's five classes and other everyday movers (the predicates find any query).
_NOUNS = ["car", "cat", "bird", "ball", "dog", "horse", "rabbit", "truck", "duck", "boat", "cow", "bicycle"]
_PLURALS = {"bus": "buses", "sheep": "sheep", "goose": "geese", "mouse": "mice", "child": "children",
            "puppy": "puppies", "fox": "foxes", "horse": "horses"}
_COUNT_NOUNS = ["dog", "cat", "car", "bird", "ball", "horse", "sheep", "goose", "mouse", "child", "duck",
                "puppy", "fox", "bus", "rabbit", "apple"]
_COUNT_WORDS = {
    1: ["one", "1", "a single", "just one", "exactly one", "a lone"],
    2: ["two", "2", "a pair of", "a couple of", "exactly two"],
    3: ["three", "3", "a trio of", "three separate"],
    4: ["four", "4", "a group of four"],
    5: ["five", "5"],
    6: ["six", "6", "half a dozen"],
    12: ["a dozen", "twelve", "12"],
}
_ATTRIBUTES = ["small wooden", "bright-red", "fluffy", "tiny", "old rusty", "shiny metal", "big", "playful",
               "muddy", "striped", "sleepy", ""]
_COLOURS = ["red", "orange", "yellow", "green", "blue", "purple", "pink", "brown", "black", "white", "gray", "grey"]
_SIZES = ["small", "big", "tiny", "large", "little", ""]
_PLACES = ["in a park", "on the beach", "on a quiet road", "in the snow", "on the lawn", "in a field",
           "at the seaside", "on a sunny afternoon", ""]


def _plural(noun: str) -> str:
    return _PLURALS.get(noun, noun + "s")


def _a(phrase: str) -> str:
    phrase = phrase.strip()
    return ("an " if phrase[0] in "aeiou" else "a ") + phrase


def _with(attr: str, noun: str) -> str:
    return f"{attr} {noun}".strip()


def _corner(rng: random.Random, region: str) -> str:
    vertical, horizontal = region.split()
    vertical = rng.choice({"lower": ["lower", "bottom"], "upper": ["upper", "top"]}[vertical])
    return rng.choice([f"{vertical} {horizontal}", f"{vertical}-{horizontal}", f"{vertical} {horizontal} corner"])


# ----------------------------------------------------------------------------- first blind set
_NUMERACY_1 = [
    "{N} {A} {P} playing {L}",
    "In the park, {N} {P} are running around",
    "A video showing {N} {A} {P} that are sitting quietly {L}",
    "There are {N} {P} {L}",
    "Exactly {n} {P} can be seen {L}",
    "A group of {n} {A} {P} wandering slowly {L}",
    "{N} {P} are being chased around {L}",
    "We see {N} {A} {P} resting {L}",
    "Footage of {N} {P}, all of them asleep",
    "{N} {A} {P} slowly walk along {L}",
    "Close-up: {N} {P} standing still {L}",
    "A lively clip with {N} {A} {P}",
    "{N} {P} which are happily jumping {L}",
    "Somewhere {L}, {N} {P} gather",
    "{N} {P} {L}, resting in the shade",
    "A cinematic shot that shows {N} {A} {P}",
    "{N} {P} are visible throughout the whole video",
    "Slow motion video in which {N} {P} roam {L}",
    "Here {N} {A} {P} can be spotted {L}",
    "{N} {P} are lined up {L}",
]

_ATTRIBUTION_1 = [
    "A {c1} {n1} and a {c2} {n2}",
    "A {s} {c1} {n1} sits beside a {c2} {n2}",
    "A {n1} that is {c1} chases a {c2} {n2}",
    "There is a {c1} {n1}, and there is also a {c2} {n2} {L}",
    "A {c2} {n2} is watched by a {c1} {n1}",
    "A {n1} which is {c1} next to a {n2} that is {c2}",
    "A {c1} {n1} plays with a {c2} {n2} in the garden",
    "One {c1} {n1} and one {c2} {n2} {L}",
    "A {n1} painted {c1} and a {n2} painted {c2}",
    "Near a {c2} {n2}, a {s} {c1} {n1} is resting",
    "A {c1}-coloured {n1} stands next to a {c2} {n2}",
    "A {s} {c1} {n1} together with a {s} {c2} {n2}",
    "Video of a {c1} {n1} following a {c2} {n2} slowly",
    "Both a {c1} {n1} and a {c2} {n2} appear in the scene together",
    "A {c2} {n2} and, beside it, a {c1} {n1}",
    "In this clip a {c1} {n1} waits while a {c2} {n2} rests",
    "A {n1} in {c1} and a {n2} in {c2}",
    "A {c1} {n1} is standing close to a {c2} {n2} {L}",
    "There's a {c1} {n1} as well as a {c2} {n2}",
    "Two things: a {c1} {n1} and a {c2} {n2}",
]

_APPEAR_1 = [
    "{A} comes into view later in the video",
    "At first the street is empty; later {a} shows up",
    "Initially there is no {n}, but towards the end one arrives",
    "{A} enters the scene halfway through and stays",
    "Only in the last part of the clip does {a} appear",
    "{A} that is not visible at the start but appears in the second half",
    "The {n} pops up near the end of the video",
    "Midway through, {a} walks into the frame",
    "{A} is absent in the first half and present in the second half",
    "Nothing at the beginning, then {a} appears",
]
_VANISH_1 = [
    "{A} is visible at first and later disappears",
    "{A} that leaves the frame halfway through",
    "Initially {a} is there; towards the end it is gone",
    "{A} disappears midway through the video",
    "{A} can be seen only during the first half",
    "{A} runs out of the scene in the first half of the clip",
    "Early on {a} is present, but it goes away later",
    "{A} is seen at the beginning and then exits the frame",
    "{A} fades away halfway through the clip",
    "At the start there is {a}, which vanishes towards the end",
]

_ONE_1 = [
    "{A} travels from {s} to {e}",
    "{A} moves to the {e}",
    "From {s} to {e}, {a} crosses the scene",
    "{A} is walking {e}ward",
    "{A} starting at the {s} edge and finishing at the {e} edge",
    "{A} goes from the {s} side of the frame to its {e} side",
    "{A} slowly drifts towards the {e}",
    "{A} that heads {e}",
    "{A} goes from the {s} to the {e} along the road",
    "The {n} is pushed from the {s} to the {e}",
    "{S} to {e}, {a} rolls along the floor",
    "{A} moving {e}wards along the street",
    "{A} which starts on the {s} and ends on the {e}",
    "Watch {a} make its way over to the {e} from the {s}",
    "{A} quickly dashes from the {s} part of the screen to the {e} part",
    "{A} travels steadily {e}ward {L}",
    "Beginning on the {s}, {a} moves until it is on the {e}",
    "{A} shifting position from {s} to {e}",
    "{A} moves in the {e} direction",
    "{A} is seen moving to the {e} side of the picture",
]

_TWO_1 = [
    "{A1} goes from the {s} of {a2} to the {e} of the {n2}",
    "{A1} passes {a2}, moving from its {s} to its {e}",
    "{A1} walks past a stationary {n2} from {s} to {e}",
    "{A1}, starting to the {s} of {a2}, ends up on its {e}",
    "{A1} moves from the {s} side of {a2} to the {e} side of it",
    "{A2} stays still while {a1} moves from its {s} to its {e}",
    "Beginning on the {s} of {a2}, {a1} moves over to its {e}",
    "{A1} crosses from the {s} side of {a2} to the {e} side of it",
    "{A1} that is to the {s} of {a2} at first and to its {e} at the end",
    "From {s} of the {n2} to {e} of the {n2}, {a1} hops",
    "{A1} moving past a parked {n2}, {s} to {e}",
    "{A1} travels from the {s} of {a2} over to the {e} of it",
    "{A1} is to the {s} of {a2} initially and later it is to the {e} of the {n2}",
    "{A1} runs from the {s} of a resting {n2} to its {e}",
    "With {a2} standing still, {a1} goes from its {s} to its {e}",
    "{A1} moves across from {s} of {a2} to {e} of {a2}",
    "{A1} changes its position from the {s} of {a2} to the {e} of it",
    "{A1} which begins on the {s} side of {a2} and finishes on its {e} side",
    "{A1} slowly makes its way past {a2} from {s} to {e}",
    "{A1} starts {s} of {a2} and then moves to the {e} of the {n2}",
]

_SEQ_1 = [
    "Seen from above, {a} starts in the {c0}, then goes to the {c1}, and finally reaches the {c2}",
    "A top-down video: first {a} is at the {c0}, then it moves to the {c1}, finally it ends at the {c2}",
    "{A} begins in the {c0} part of the frame, travels to the {c1} part and then to the {c2} part",
    "From the {c0}, {a} moves to the {c1} and afterwards to the {c2}",
    "{A} located at the {c0} first heads to the {c1} before ending in the {c2}",
    "In a bird's-eye view, {a} sitting in the {c0} moves to the {c1}, and then to the {c2}",
    "Initially in the {c0}, the {n} first travels to the {c1}; at the end it is in the {c2}",
    "A top-down shot of {a} that goes from the {c0} to the {c1}, then to the {c2}",
    "Viewed from overhead, {a} starts at the {c0} of the scene, next moves to the {c1}, and lastly to the {c2}",
    "{A} is first at the {c0}; it then moves to the {c1} and eventually to the {c2}",
    "Overhead view: {a} placed in the {c0} travels to the {c1} and later to the {c2}",
    "{A} in the {c0} of a top-down scene moves first to the {c1}, then finally to the {c2}",
    "From above we see {a} start at the {c0}, move up or across to the {c1}, then continue to the {c2}",
    "{A} goes to the {c1} from the {c0} and then goes on to the {c2}",
    "A drone shot: {a} begins in the {c0}, then drives to the {c1}, finally stopping in the {c2}",
    "Looking straight down, {a} moves from the {c0} to the {c1} and then from there to the {c2}",
    "{A} that starts at the {c0}, visits the {c1}, and ends at the {c2}",
    "Seen from the top, {a} first moves from the {c0} to the {c1}, after that to the {c2}",
    "In an aerial view {a} sets off from the {c0}, reaches the {c1}, and then the {c2}",
    "Top-down: {a} is in the {c0} at the beginning, in the {c1} in the middle, and in the {c2} at the end",
]


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text[0].upper() + text[1:]


def _fill_numeracy(rng: random.Random, template: str) -> Case:
    count = rng.choice(list(_COUNT_WORDS))
    noun = rng.choice(_COUNT_NOUNS)
    words = rng.choice(_COUNT_WORDS[count])
    attr = rng.choice(_ATTRIBUTES)
    nouns = noun if count == 1 else _plural(noun)
    number = words
    plain = rng.choice(_COUNT_WORDS[count][:2] if count != 12 else ["twelve", "12"])  # after "exactly"
    prompt = template.format(N=number, n=plain, A=attr, P=nouns, L=rng.choice(_PLACES))
    return _case("numeracy", _sentence(prompt), numeracy, noun, count)


def _fill_attribution(rng: random.Random, template: str) -> Case:
    n1, n2 = rng.sample(_NOUNS, 2)
    c1, c2 = rng.sample(_COLOURS[:-1], 2)
    prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES))
    prompt = _articles(prompt)
    return _case("attribution", _sentence(prompt), attribution, n1, n2, c1, c2)


def _articles(text: str) -> str:
    """Fix "a" before a vowel sound after filling."""
    words = text.split()
    for i in range(len(words) - 1):
        if words[i].lower() == "a" and words[i + 1][0].lower() in "aeiou":
            words[i] = words[i][0] + "n" if words[i] == "A" else "an"
    return " ".join(words)


def _fill_visibility(rng: random.Random, template: str, appears: bool) -> Case:
    noun = rng.choice(_NOUNS)
    attr = rng.choice(_ATTRIBUTES[:6] + ["", "", ""])
    phrase = _a(_with(attr, noun))
    prompt = template.format(A=phrase, a=phrase, n=noun)
    return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)


def _fill_one(rng: random.Random, template: str) -> Case:
    noun = rng.choice(_NOUNS)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    phrase = _a(_with(rng.choice(["", "", "small", "red", "lonely"]), noun))
    prompt = template.format(A=phrase, a=phrase, n=noun, s=start, e=end, S=start, L=rng.choice(_PLACES))
    return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)


def _fill_two(rng: random.Random, template: str) -> Case:
    mover, reference = rng.sample(_NOUNS, 2)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
    return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)


def _fill_sequential(rng: random.Random, template: str) -> Case:
    noun = rng.choice(_NOUNS)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    phrase = _a(noun)
    prompt = template.format(A=phrase, a=phrase, n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def first_blind_set(seed: int = 1603) -> list[Case]:
    """60 prompts per family (each template filled three times)."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_numeracy(rng, t) for t in _NUMERACY_1]
        cases += [_fill_attribution(rng, t) for t in _ATTRIBUTION_1]
        cases += [_fill_visibility(rng, t, True) for t in _APPEAR_1]
        cases += [_fill_visibility(rng, t, False) for t in _VANISH_1]
        cases += [_fill_one(rng, t) for t in _ONE_1]
        cases += [_fill_two(rng, t) for t in _TWO_1]
        cases += [_fill_sequential(rng, t) for t in _SEQ_1]
    return cases


# ---------------------------------------------------------------------------- second blind set
_NOUNS_2 = ["car", "cat", "bird", "ball", "dog", "pony", "van", "goat", "pigeon", "kitten", "frog", "bus",
            "motorcycle", "squirrel", "tractor", "deer"]
_COUNT_NOUNS_2 = ["dog", "cat", "car", "bird", "ball", "pony", "goat", "pigeon", "kitten", "frog", "deer", "bus", "wolf",
                  "leaf", "butterfly"]
_PLURALS_2 = {"wolf": "wolves", "leaf": "leaves", "butterfly": "butterflies", "deer": "deer", "bus": "buses", "pony": "ponies"}
_COUNT_WORDS_2 = {
    1: ["one", "a solitary", "only one", "1"],
    2: ["two", "a couple of", "2", "a pair of"],
    3: ["three", "3", "a trio of"],
    4: ["four", "4"],
    5: ["five", "5"],
    7: ["seven", "7"],
    12: ["a dozen", "12"],
}
_ATTRIBUTES_2 = ["spotted", "dusty", "young", "grey-haired", "cheerful", "soaking-wet", "toy", "glossy", "", ""]
_PLACES_2 = ["in a meadow", "near the river", "in the courtyard", "along the shore", "in an empty parking lot", ""]

_NUMERACY_2 = [
    "{N} {A} {P} graze quietly {L}",
    "The camera pans over {N} {P} {L}",
    "{L} there are exactly {n} {P} and nothing else",
    "Only {N} {A} {P} are in the picture",
    "{N} {P}, each one a different size, {L}",
    "In this footage, {N} {P} linger {L}",
    "Picture {N} {A} {P} lying down {L}",
    "{N} {P} huddle together {L}",
    "A shot of {N} {P} that never move",
    "{N} {A} {P} are standing around {L}",
]
_ATTRIBUTION_2 = [
    "A {c1} {n1} waits beside a parked {c2} {n2}",
    "On the left a {c1} {n1}; on the right a {c2} {n2}",
    "The {n1} is {c1} and the {n2} is {c2}",
    "A {s} {c1} {n1} looks at a {c2} {n2}",
    "A {c1} {n1} sitting in front of a {c2} {n2}",
    "Next to a {n2} coloured {c2} there is a {n1} coloured {c1}",
    "A {n1}, {c1}, beside a {n2}, {c2}",
    "We can see one {c1} {n1} and one {c2} {n2} together",
    "A {c2} {n2} is parked while a {c1} {n1} rests nearby",
    "Side by side: a {c1} {n1} and a {c2} {n2}",
]
_APPEAR_2 = [
    "Halfway through the video {a} shows up",
    "The scene starts empty and {a} turns up in the second half",
    "{A} is missing at the start but visible at the end",
    "After a while, {a} emerges into view",
    "{A} only becomes visible towards the end",
]
_VANISH_2 = [
    "{A} is in view at the start but is gone by the end",
    "{A} wanders off and is not visible in the second half",
    "{A} disappears from view partway through",
    "During the opening half {a} is visible, then it leaves",
    "{A}, present initially, is no longer there later on",
]
_ONE_2 = [
    "{A} drives {e}ward",
    "{A} making its way from the {s}-hand side to the {e}-hand side",
    "{A} heads off to the {e} of the frame",
    "The {n} goes from {s} to {e} across the meadow",
    "Starting on the {s}, {a} travels over to the {e}",
    "{A} crossing the picture towards the {e}",
    "{A} moves steadily in a {e}ward direction",
    "{A} that begins at the {s} edge and moves to the {e} edge",
    "A clip where {a} moves from the {s} side to the {e} side",
    "{A} shuffles {e}",
]
_TWO_2 = [
    "{A1} runs from the {s} of {a2} to the {e} of the {n2}",
    "{A1} goes past {a2}, from the {s} side to the {e} side",
    "{A1} on the {s} of {a2} moves to its {e}",
    "While {a2} waits, {a1} moves from the {s} of it to the {e} of it",
    "{A1} crosses in front of {a2}, ending on its {e} after starting on its {s}",
    "{A1} first sits to the {s} of {a2} and then moves to the {e} of the {n2}",
    "{A1} moves from the {n2}'s {s} to the {n2}'s {e}; the {n2} is {a2_plain}",
    "Moving from the {s} of {a2} to its {e}, {a1} never stops",
    "{A1} is {s} of {a2} at the start and {e} of it at the end",
    "{A1} travels around {a2}, from its {s} to its {e}",
]
_SEQ_2 = [
    "Top-down: {a} goes from the {c0} to the {c1} and then to the {c2}",
    "From above, {a} that is at the {c0} moves toward the {c1}, then finally toward the {c2}",
    "A bird's eye shot where {a} starts in the {c0}, continues to the {c1}, and ends in the {c2}",
    "Overhead, {a} leaves the {c0}, passes through the {c1}, and stops at the {c2}",
    "A top view of {a}: it starts at the {c0}, then it goes to the {c1}, and lastly it goes to the {c2}",
    "Filmed from above, {a} first drives to the {c1} from the {c0}, and after that it goes to the {c2}",
    "{A} seen from above starts off in the {c0}, afterwards moves to the {c1}, and finally ends up in the {c2}",
    "An aerial clip: {a} begins at the {c0}, reaches the {c1} halfway through, and is at the {c2} at the end",
    "Looking down from above, {a} moves from the {c0} corner to the {c1} corner and then to the {c2} corner",
    "A top-down scene where {a} is initially in the {c0}; it then moves to the {c1} and later to the {c2}",
]


def _fill_2(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_2))
        noun = rng.choice(_COUNT_NOUNS_2)
        nouns = noun if count == 1 else _PLURALS_2.get(noun, noun + "s")
        words = rng.choice(_COUNT_WORDS_2[count])
        plain = rng.choice(_COUNT_WORDS_2[count][:2] if count != 12 else ["twelve", "12"])
        prompt = template.format(N=words, n=plain, A=rng.choice(_ATTRIBUTES_2), P=nouns, L=rng.choice(_PLACES_2))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_2, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_2)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_2), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_2)
        phrase = _a(noun)
        prompt = template.format(A=phrase, a=phrase, n=noun, s=start, e=end)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_2, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), a2=_a(reference), n2=reference, s=start, e=end,
                                 a2_plain=rng.choice(["still", "not moving", "stationary"]))
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_2)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region).replace(" corner", "") for region in route]
    prompt = template.format(A=_a(noun), a=_a(noun), n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def second_blind_set(seed: int = 2024) -> list[Case]:
    """30 prompts per family (each template filled three times), written after the reader was fixed."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_2(rng, "numeracy", t) for t in _NUMERACY_2]
        cases += [_fill_2(rng, "attribution", t) for t in _ATTRIBUTION_2]
        cases += [_fill_2(rng, "visibility", t, True) for t in _APPEAR_2]
        cases += [_fill_2(rng, "visibility", t, False) for t in _VANISH_2]
        cases += [_fill_2(rng, "dynamic_one", t) for t in _ONE_2]
        cases += [_fill_2(rng, "dynamic_two", t) for t in _TWO_2]
        cases += [_fill_2(rng, "sequential", t) for t in _SEQ_2]
    return cases


# ----------------------------------------------------------------------------- third blind set
_NOUNS_3 = ["car", "cat", "bird", "ball", "dog", "lamb", "hen", "bear", "taxi", "scooter", "puppy", "owl",
            "turtle", "camel", "jeep", "wagon"]
_COUNT_NOUNS_3 = ["dog", "cat", "car", "bird", "ball", "lamb", "hen", "bear", "taxi", "owl", "turtle", "camel",
                  "penguin", "chicken", "pig"]
_COUNT_WORDS_3 = {
    1: ["one", "a single", "1"],
    2: ["two", "a couple of", "2", "a pair of"],
    3: ["three", "3", "a trio of"],
    4: ["four", "4"],
    6: ["six", "6", "half a dozen"],
    8: ["eight", "8"],
    12: ["a dozen", "12", "twelve"],
}
_ATTRIBUTES_3 = ["fat", "skinny", "brand-new", "dirty", "hairy", "polished", "adorable", "", ""]
_PLACES_3 = ["on a dirt road", "under a clear sky", "in a barn", "near a pond", "by the lake", ""]

_NUMERACY_3 = [
    "{N} {A} {P} and no other animals or objects {L}",
    "A calm scene {L} with {N} {P}",
    "{N} {P} can be counted {L}",
    "Look: {N} {A} {P}!",
    "{N} {P} are waiting patiently {L}",
    "This video features {N} {A} {P}",
    "{N} {P} stand in a row {L}",
    "The footage contains {N} {P} doing nothing",
    "{N} {A} {P} rest in the sunshine {L}",
    "I see {N} {P} {L}",
]
_ATTRIBUTION_3 = [
    "A {c1} {n1} to the left and a {c2} {n2} to the right",
    "Here is a {c1} {n1} alongside a {c2} {n2}",
    "A {n1} whose colour is {c1} and a {n2} whose colour is {c2}",
    "A {c1} {n1} relaxes close to a {s} {c2} {n2}",
    "A {c1} {n1} is next to a {c2} {n2} {L}",
    "A {c2} {n2} and a {c1} {n1} share the scene",
    "The scene has a {c1} {n1} plus a {c2} {n2}",
    "Both a {n1} in {c1} and a {n2} in {c2} are present",
    "A {s} {n1}, painted {c1}, with a {n2}, painted {c2}",
    "There stands a {c1} {n1}; near it, a {c2} {n2}",
]
_APPEAR_3 = [
    "At the beginning {a} is nowhere to be seen, but later it appears",
    "{A} walks in during the second half of the clip",
    "Late in the video {a} comes into the frame",
    "{A} becomes visible only after the midpoint",
    "The first half shows an empty road; {a} appears in the second half",
]
_VANISH_3 = [
    "{A} is there in the beginning and is gone later",
    "{A} exits the scene before the midpoint",
    "{A} is visible until halfway through, then it vanishes",
    "In the second half {a} is no longer visible",
    "{A} leaves early on and does not come back",
]
_ONE_3 = [
    "{A} roams from the {s} to the {e}",
    "{A} heads toward the {e} side of the scene",
    "{A} begins on the {s} of the screen and ends on the {e}",
    "From the {s} side, {a} travels to the {e} side",
    "{A} is heading {e}wards {L}",
    "{A} slides {e}",
    "{A} goes across the frame from {s} to {e}",
    "{A} moves from one side to the other, {s} to {e}",
    "Going {e}, {a} passes through the scene",
    "{A} steadily moves towards the {e} edge {L}",
]
_TWO_3 = [
    "{A1} overtakes {a2} going from its {s} to its {e}",
    "{A1} starts on the {s} of {a2} and ends on the {e} of the {n2}",
    "{A1} hurries from the {s} side of {a2} to its {e} side",
    "{A2} stands still; {a1} passes from its {s} to its {e}",
    "{A1} moves to the {e} of {a2}, starting from the {s} of it",
    "Starting to the {s} of {a2}, {a1} ends up to the {e} of it",
    "{A1} runs past {a2}: first on its {s}, then on its {e}",
    "{A1} that is on the {s} of {a2} goes over to the {e} of the {n2}",
    "{A1} walks from the {n2}'s {s} to the {n2}'s {e}",
    "In front of {a2}, {a1} moves from the {s} of it to the {e} of it",
]
_SEQ_3 = [
    "From a top-down view, {a} moves from the {c0} to the {c1}, and then to the {c2}",
    "Seen from directly above, {a} starts at the {c0}; next it travels to the {c1}; finally it arrives at the {c2}",
    "Top-down footage of {a} moving first from the {c0} to the {c1} and then on to the {c2}",
    "An overhead clip where {a} goes {c0} first, then {c1}, then {c2}",
    "From above: {a} starts out in the {c0} area, then crosses to the {c1} area, then finally to the {c2} area",
    "Bird's-eye view: the {n} is at the {c0} first, moves to the {c1} next, and finishes at the {c2}",
    "{A}, seen from above, travels from the {c0} to the {c1} before going on to the {c2}",
    "A top-down view in which {a} is first located in the {c0}, then in the {c1}, and finally in the {c2}",
    "Aerial view: {a} starts in the {c0}, drives over to the {c1}, then turns to the {c2}",
    "From overhead, {a} initially at the {c0} heads for the {c1} and then for the {c2}",
]


def _fill_3(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_3))
        noun = rng.choice(_COUNT_NOUNS_3)
        nouns = noun if count == 1 else _PLURALS.get(noun, noun + "s")
        prompt = template.format(N=rng.choice(_COUNT_WORDS_3[count]), A=rng.choice(_ATTRIBUTES_3), P=nouns,
                                 L=rng.choice(_PLACES_3))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_3, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_3))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_3)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_3), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_3)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_3))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_3, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_3)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region).replace(" corner", "") for region in route]
    prompt = template.format(A=_a(noun), a=_a(noun), n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def third_blind_set(seed: int = 3031) -> list[Case]:
    """30 prompts per family, written after the second round of fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_3(rng, "numeracy", t) for t in _NUMERACY_3]
        cases += [_fill_3(rng, "attribution", t) for t in _ATTRIBUTION_3]
        cases += [_fill_3(rng, "visibility", t, True) for t in _APPEAR_3]
        cases += [_fill_3(rng, "visibility", t, False) for t in _VANISH_3]
        cases += [_fill_3(rng, "dynamic_one", t) for t in _ONE_3]
        cases += [_fill_3(rng, "dynamic_two", t) for t in _TWO_3]
        cases += [_fill_3(rng, "sequential", t) for t in _SEQ_3]
    return cases


# ---------------------------------------------------------------------------- fourth blind set
_NOUNS_4 = ["car", "cat", "bird", "ball", "dog", "fox", "rabbit", "truck", "duck", "goose", "tiger", "bicycle",
            "lorry", "crow", "hedgehog", "pickup"]
_COUNT_NOUNS_4 = ["dog", "cat", "car", "bird", "ball", "fox", "goose", "duck", "tiger", "crow", "apple", "cup",
                  "balloon", "kite", "boat"]
_PLURALS_4 = {"fox": "foxes", "goose": "geese"}
_COUNT_WORDS_4 = {1: ["one", "a single", "1"], 2: ["two", "2", "a pair of"], 3: ["three", "3"],
                  4: ["four", "4"], 5: ["five", "5"], 9: ["nine", "9"], 12: ["a dozen", "12"]}
_ATTRIBUTES_4 = ["enormous", "wooden", "old", "tiny plastic", "bright yellow-ish", "well-fed", "", ""]

_NUMERACY_4 = [
    "Exactly {N} {A} {P} appear in this shot {L}",
    "A still camera films {N} {P} {L}",
    "{N} {P} gathered {L}",
    "There should be {N} {A} {P}, no more and no less",
    "The picture shows {N} {P} sitting quietly {L}",
    "In the yard we have {N} {P}",
    "{N} {A} {P} that stay in place the whole time",
    "Some footage of {N} {P} {L}",
    "{N} {P} lie next to one another {L}",
    "A lively shot: {N} {P} {L}",
]
_ATTRIBUTION_4 = [
    "An image of a {c1} {n1} and also a {c2} {n2}",
    "A {c1} {n1} stands in front of a {c2} {n2}",
    "A {c2} {n2} is resting; a {c1} {n1} is close by",
    "A {n1} of {c1} colour and a {n2} of {c2} colour",
    "A {s} {c1} {n1} beside a {s} {c2} {n2} {L}",
    "Playing together: a {c1} {n1} and a {c2} {n2}",
    "On a sunny day a {c1} {n1} meets a {c2} {n2}",
    "A {c1} {n1} with a {c2} {n2} behind it",
    "The {c1} {n1} and the {c2} {n2} are both visible",
    "A {n1} that is painted {c1} sits near a {c2} {n2}",
]
_APPEAR_4 = [
    "{A} arrives halfway through the clip",
    "There is nothing at first; then {a} shows up in the latter half",
    "{A} is hidden initially and becomes visible later",
    "Partway through the video, {a} enters the scene",
    "{A} only appears in the final half of the video",
]
_VANISH_4 = [
    "{A} is seen early and then is gone",
    "{A} runs away and disappears in the middle of the clip",
    "{A} is present in the first half only",
    "Halfway through, {a} leaves the frame",
    "{A} is visible at the start, but by the end it has disappeared",
]
_ONE_4 = [
    "{A} is moving to the {e}",
    "{A} travels {e}wards across the screen",
    "{A} sets off from the {s} and heads to the {e}",
    "The {n} moves across from {s} to {e} {L}",
    "{A} starting at the {s} moves over to the {e}",
    "{A} goes towards the {e}-hand side",
    "Moving from {s} to {e}, {a}",
    "{A} is pulled from the {s} side over to the {e} side",
    "{A} that slowly moves to the {e}",
    "{A} proceeds from the {s} to the {e} of the scene",
]
_TWO_4 = [
    "{A1} moves from {s} of {a2} to {e} of the {n2}",
    "{A1} passes by {a2} heading from its {s} to its {e}",
    "{A1} is on the {s} side of {a2} and then moves to the {e} side",
    "{A2} stays where it is while {a1} goes from its {s} to its {e}",
    "{A1} travels past {a2}, moving from the {s} to the {e}",
    "{A1} goes around {a2} from the {s} to the {e}",
    "Initially {a1} is to the {s} of {a2}; finally it is to the {e} of it",
    "{A1} switches from the {s} of {a2} to the {e} of the {n2}",
    "{A1} heads from the {s} of {a2} to its {e} while the {n2} rests",
    "{A1}, beginning at the {s} of {a2}, finishes at the {e} of it",
]
_SEQ_4 = [
    "A top-down video of {a} moving from the {c0} to the {c1}, then on to the {c2}",
    "From above, {a} begins in the {c0}, goes to the {c1}, and then goes to the {c2}",
    "Bird's eye view: {a} in the {c0} first moves to the {c1} and after that to the {c2}",
    "An overhead shot: {a} at the {c0} travels to the {c1}, then it travels to the {c2}",
    "Looking from the top, {a} leaves the {c0} for the {c1} and finally reaches the {c2}",
    "Seen from above, {a} starting in the {c0} heads to the {c1}, and lastly to the {c2}",
    "Top-down: {a} goes from {c0} to {c1} and then to {c2}",
    "An aerial view where {a} is at the {c0}, then at the {c1}, and at last at the {c2}",
    "From overhead, {a} first sits in the {c0}, next rolls to the {c1}, and then rolls to the {c2}",
    "A drone view of {a}: {c0} at the start, {c1} in the middle, {c2} at the end",
]


def _fill_4(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_4))
        noun = rng.choice(_COUNT_NOUNS_4)
        nouns = noun if count == 1 else _PLURALS_4.get(noun, noun + "s")
        prompt = template.format(N=rng.choice(_COUNT_WORDS_4[count]), A=rng.choice(_ATTRIBUTES_4), P=nouns,
                                 L=rng.choice(_PLACES_3 + _PLACES_2))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_4, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_3))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_4)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_4), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_4)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_3))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_4, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_4)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region).replace(" corner", "") for region in route]
    prompt = template.format(A=_a(noun), a=_a(noun), n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def fourth_blind_set(seed: int = 4047) -> list[Case]:
    """30 prompts per family, written after the third round of fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_4(rng, "numeracy", t) for t in _NUMERACY_4]
        cases += [_fill_4(rng, "attribution", t) for t in _ATTRIBUTION_4]
        cases += [_fill_4(rng, "visibility", t, True) for t in _APPEAR_4]
        cases += [_fill_4(rng, "visibility", t, False) for t in _VANISH_4]
        cases += [_fill_4(rng, "dynamic_one", t) for t in _ONE_4]
        cases += [_fill_4(rng, "dynamic_two", t) for t in _TWO_4]
        cases += [_fill_4(rng, "sequential", t) for t in _SEQ_4]
    return cases


# ----------------------------------------------------------------------------- fifth blind set
_NOUNS_5 = ["car", "cat", "bird", "ball", "dog", "monkey", "zebra", "minivan", "parrot", "sheep", "donkey",
            "tractor", "swan", "ambulance", "rooster", "robot"]
_COUNT_NOUNS_5 = ["dog", "cat", "car", "bird", "ball", "parrot", "zebra", "donkey", "swan", "robot", "pumpkin",
                  "bottle", "chair", "umbrella", "lamb"]
_COUNT_WORDS_5 = {1: ["one", "a single", "1"], 2: ["two", "2", "a couple of"], 3: ["three", "3", "a trio of"],
                  4: ["four", "4"], 5: ["five", "5"], 6: ["six", "6"], 10: ["ten", "10"]}
_ATTRIBUTES_5 = ["curious", "shaggy", "sturdy", "miniature", "golden-brown", "rain-soaked", "", ""]
_PLACES_5 = ["in a garden", "beside a fountain", "at sunset", "in heavy rain", "on a frozen lake", ""]

_NUMERACY_5 = [
    "A wide shot of {N} {A} {P} {L}",
    "{N} {P} waiting {L}, nothing else in view",
    "We count {N} {A} {P} {L}",
    "{L} {N} {P} are standing",
    "Video: {N} {P} {L}",
    "{N} {A} {P} are lined up side by side",
    "A short clip of {N} {P} doing nothing special {L}",
    "Exactly {N} {P}, and they do not move",
    "There happen to be {N} {A} {P} {L}",
    "{N} {P} resting quietly",
]
_ATTRIBUTION_5 = [
    "A {c1} {n1} next to a {c2} {n2}, both standing still",
    "A {n1} coloured {c1} walks past a {c2} {n2}",
    "In a garden a {c1} {n1} and a {c2} {n2} rest",
    "A {c2} {n2} watches a {c1} {n1}",
    "A scene with one {c1} {n1} and one {c2} {n2}",
    "A {c1} {n1} sitting near a {s} {c2} {n2} at sunset",
    "The {n1} is {c1}; the {n2} is {c2}",
    "Beside a {c2} {n2} stands a {c1} {n1}",
    "A {c1} {n1} together with a {c2} {n2} in heavy rain",
    "Look at the {c1} {n1} and the {c2} {n2}",
]
_APPEAR_5 = [
    "{A} comes into view halfway through",
    "Only later in the clip does {a} show up",
    "{A} is not there at the beginning and appears in the second half",
    "{A} shows up after the first half of the video",
    "At first there is no {n}; in the second half {a} appears",
]
_VANISH_5 = [
    "{A} disappears halfway through the video",
    "{A} is present at the beginning but absent at the end",
    "{A} goes out of view before the second half",
    "Early in the clip {a} can be seen; later it is gone",
    "{A} is only visible during the first half",
]
_ONE_5 = [
    "{A} moving from the {s} side of the frame to the {e} side",
    "{A} goes {e}",
    "{A} crosses from {s} to {e}",
    "{A} is travelling {e}ward {L}",
    "Starting from the {s}, {a} moves to the {e}",
    "{A} makes its way to the {e} from the {s}",
    "{A} moving toward the {e} edge of the frame",
    "{A} which goes from the {s} to the {e}",
    "{A} heads {e} {L}",
    "From the {s} edge to the {e} edge, {a} travels",
]
_TWO_5 = [
    "{A1} moving from the {s} of {a2} to the {e} of it",
    "{A1} goes past {a2} from {s} to {e}",
    "{A1} begins to the {s} of {a2} and ends to the {e} of the {n2}",
    "{A2} stays put while {a1} moves from its {s} to its {e}",
    "{A1} walks from the {s} side of {a2} to its {e} side",
    "{A1} is first on the {s} of {a2} and then on its {e}",
    "{A1} travels from {a2}'s {s} to the {n2}'s {e}",
    "Starting on the {s} of {a2}, {a1} moves until it is on the {e} of the {n2}",
    "{A1} runs past {a2}, starting on its {s} and ending on its {e}",
    "{A1} goes from being on the {s} of {a2} to being on its {e}",
]
_SEQ_5 = [
    "A top-down view: {a} goes from the {c0} to the {c1}, and from there to the {c2}",
    "From above, {a} is in the {c0} first, then moves to the {c1}, then finally to the {c2}",
    "Seen from the sky, {a} travels from the {c0} to the {c1} and then heads to the {c2}",
    "An overhead video where {a} starts at the {c0}, moves to the {c1}, and finally moves to the {c2}",
    "Top-down shot: {a} in the {c0} moves first to the {c1}, and then to the {c2}",
    "Bird's-eye view of {a} that moves from the {c0} corner to the {c1} corner, then to the {c2} corner",
    "From overhead: {a} is at the {c0} initially, later at the {c1}, and finally at the {c2}",
    "In an aerial shot, {a} starts in the {c0}, heads over to the {c1}, then over to the {c2}",
    "A top-down clip of {a}: it goes from the {c0} to the {c1}; afterwards it goes to the {c2}",
    "Viewed from above, {a} at the {c0} first travels to the {c1}, then travels on to the {c2}",
]


def _fill_5(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_5))
        noun = rng.choice(_COUNT_NOUNS_5)
        nouns = noun if count == 1 else _PLURALS.get(noun, noun + "s")
        prompt = template.format(N=rng.choice(_COUNT_WORDS_5[count]), A=rng.choice(_ATTRIBUTES_5), P=nouns,
                                 L=rng.choice(_PLACES_5))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_5, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_5)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_5), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_5)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_5))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_5, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_5)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region).replace(" corner", "") for region in route]
    prompt = template.format(A=_a(noun), a=_a(noun), n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def fifth_blind_set(seed: int = 5059) -> list[Case]:
    """30 prompts per family, written after the fourth round of fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_5(rng, "numeracy", t) for t in _NUMERACY_5]
        cases += [_fill_5(rng, "attribution", t) for t in _ATTRIBUTION_5]
        cases += [_fill_5(rng, "visibility", t, True) for t in _APPEAR_5]
        cases += [_fill_5(rng, "visibility", t, False) for t in _VANISH_5]
        cases += [_fill_5(rng, "dynamic_one", t) for t in _ONE_5]
        cases += [_fill_5(rng, "dynamic_two", t) for t in _TWO_5]
        cases += [_fill_5(rng, "sequential", t) for t in _SEQ_5]
    return cases


# ----------------------------------------------------------------------------- sixth blind set
_NOUNS_6 = ["car", "cat", "bird", "ball", "dog", "wolf", "llama", "hatchback", "seagull", "kangaroo", "pig", "sparrow",
            "scooter", "beetle", "mule", "trolley"]
_COUNT_NOUNS_6 = ["dog", "cat", "car", "bird", "ball", "wolf", "pig", "sparrow", "kangaroo", "balloon", "box", "chair",
                  "seagull", "cup", "llama"]
_PLURALS_6 = {"wolf": "wolves", "box": "boxes", "sparrow": "sparrows"}
_COUNT_WORDS_6 = {1: ["one", "a single", "1"], 2: ["two", "2", "a couple of", "a pair of"], 3: ["three", "3"],
                  4: ["four", "4"], 5: ["five", "5"], 8: ["eight", "8"], 12: ["twelve", "a dozen"]}
_ATTRIBUTES_6 = ["spotty", "weathered", "tiny", "sturdy", "pale", "brand new", "", ""]
_PLACES_6 = ["on a hill", "on a farm", "in the morning light", "in a meadow", "on gravel", ""]

_NUMERACY_6 = [
    "{N} {A} {P} photographed {L}",
    "Altogether there are {N} {P} {L}",
    "{N} {P} stay put {L}",
    "The shot contains {N} {A} {P}",
    "{L} you can see {N} {P}",
    "{N} {P} gathered close together",
    "Exactly {N} {A} {P} remain still {L}",
    "A peaceful moment with {N} {P} {L}",
    "{N} {P} that do not move at all",
    "Watch {N} {A} {P} {L}",
]
_ATTRIBUTION_6 = [
    "A {c1} {n1} stands near a {c2} {n2}",
    "A {c1} {n1} and, right next to it, a {c2} {n2}",
    "The {n1}, which is {c1}, sits beside the {n2}, which is {c2}",
    "There is one {c1} {n1} and one {c2} {n2} in the scene",
    "A {s} {c1} {n1} waits while a {s} {c2} {n2} watches",
    "A {c2} {n2} rests, and a {c1} {n1} stands behind it",
    "Shot of a {c1} {n1} together with a {c2} {n2}",
    "A {n1} colored {c1} next to a {n2} colored {c2}",
    "Here we have a {c1} {n1} and a {c2} {n2}",
    "A {c1} {n1} and a {c2} {n2} are both present throughout",
]
_APPEAR_6 = [
    "{A} shows up only in the second half",
    "The scene is empty at first, and later {a} walks into view",
    "{A} cannot be seen at the start but appears after the halfway point",
    "{A} arrives in the second half of the clip",
    "Around the middle of the video, {a} appears",
]
_VANISH_6 = [
    "{A} is visible at the beginning and then disappears",
    "{A} leaves the scene halfway through the video",
    "{A} can be seen early on but not in the second half",
    "{A} is present for the first half and then vanishes",
    "After the midpoint, {a} is no longer in the frame",
]
_ONE_6 = [
    "{A} moves from the {s} to the {e} {L}",
    "{A} goes {e}wards",
    "{A} heading toward the {e} of the screen",
    "{A} starts at the {s} and moves to the {e}",
    "From {s} to {e}, {a} walks slowly",
    "{A} is travelling to the {e} side of the picture",
    "{A} crosses over to the {e} from the {s}",
    "{A} drifting {e}",
    "{A} that travels from the {s} edge toward the {e} edge",
    "Moving {e}, {a} passes by {L}",
]
_TWO_6 = [
    "{A1} moves from the {s} of {a2} to the {e} of the {n2}",
    "{A1} passes {a2}, going from its {s} side to its {e} side",
    "{A1} begins to the {s} of {a2} and finishes to the {e} of it",
    "{A2} sits still; meanwhile {a1} goes from its {s} to its {e}",
    "{A1} walks from the {s} side of {a2} over to the {e} side",
    "{A1} first at the {s} of {a2}, then at its {e}",
    "{A1} travels past {a2} from the {s} to the {e}",
    "Going from the {s} of {a2} to its {e}, {a1} keeps moving",
    "{A1} is at the {s} of {a2} initially and at its {e} finally",
    "{A1} makes its way from {a2}'s {s} to {a2}'s {e}",
]
_SEQ_6 = [
    "A top-down view: {a} moves from the {c0} to the {c1}, then to the {c2}",
    "From above, {a} starts at the {c0}, goes to the {c1}, and finally reaches the {c2}",
    "Seen from overhead, {a} travels to the {c1} from the {c0} and then on to the {c2}",
    "A bird's-eye video: {a} is in the {c0} at first, then in the {c1}, and in the {c2} at the end",
    "Top-down: {a} sets out from the {c0}, moves to the {c1}, and after that to the {c2}",
    "An aerial shot where {a} starts at the {c0} and moves to the {c1} before heading to the {c2}",
    "From a top view, {a} goes from the {c0} to the {c1}; next it goes to the {c2}",
    "Looking down on {a}: it begins in the {c0}, moves to the {c1}, then stops in the {c2}",
    "Overhead footage of {a} moving first to the {c1} from the {c0}, and then to the {c2}",
    "A top-down clip in which {a} starts at the {c0}, then travels to the {c1}, then to the {c2}",
]


def _fill_6(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_6))
        noun = rng.choice(_COUNT_NOUNS_6)
        nouns = noun if count == 1 else _PLURALS_6.get(noun, noun + "s")
        prompt = template.format(N=rng.choice(_COUNT_WORDS_6[count]), A=rng.choice(_ATTRIBUTES_6),
                                 P=nouns, L=rng.choice(_PLACES_6))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_6, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_6)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_6), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_6)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_6))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_6, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_6)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region).replace(" corner", "") for region in route]
    prompt = template.format(a=_a(noun), c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def sixth_blind_set(seed: int = 6067) -> list[Case]:
    """30 prompts per family, written after the fifth round of fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_6(rng, "numeracy", t) for t in _NUMERACY_6]
        cases += [_fill_6(rng, "attribution", t) for t in _ATTRIBUTION_6]
        cases += [_fill_6(rng, "visibility", t, True) for t in _APPEAR_6]
        cases += [_fill_6(rng, "visibility", t, False) for t in _VANISH_6]
        cases += [_fill_6(rng, "dynamic_one", t) for t in _ONE_6]
        cases += [_fill_6(rng, "dynamic_two", t) for t in _TWO_6]
        cases += [_fill_6(rng, "sequential", t) for t in _SEQ_6]
    return cases


# ----------------------------------------------------------------------------- seventh blind set
_NOUNS_7 = ["car", "cat", "bird", "ball", "dog", "fox", "goat", "penguin", "tractor", "owl", "deer", "van", "frog",
            "pony", "motorbike", "hen"]
_COUNT_NOUNS_7 = ["dog", "cat", "car", "bird", "ball", "fox", "goat", "penguin", "apple", "lamp", "owl", "bucket",
                  "frog", "deer", "pony"]
_PLURALS_7 = {"fox": "foxes", "deer": "deer", "pony": "ponies"}
_COUNT_WORDS_7 = {1: ["one", "a lone"], 2: ["two", "2", "a couple of"], 3: ["three", "3", "a trio of"],
                  4: ["four", "4"], 6: ["six", "6", "half a dozen"], 7: ["seven", "7"], 10: ["ten", "10"]}
_ATTRIBUTES_7 = ["muddy", "sleepy", "striped", "huge", "glossy", "", ""]
# "near a barn" and "under a tree" were here when the set was scored untouched; LVD's numeracy predicate
# counts every box, so naming a second object made those prompts unanswerable (GPT-4 draws the barn too).
_PLACES_7 = ["by the river", "on a farm", "in the shade", "at sunset", "on a sidewalk", ""]

_NUMERACY_7 = [
    "{N} {A} {P} lined up in a row {L}",
    "In this clip, {N} {P} can be counted",
    "I count {N} {P} {L}",
    "{L}, a total of {N} {A} {P}",
    "The camera pans over {N} {P}",
    "Only {N} {P} are here, nothing else",
    "{N} {A} {P} lying around {L}",
    "There happen to be {N} {P} {L}",
    "A still frame of {N} {P}",
    "{N} {P} are scattered across the ground",
]
_ATTRIBUTION_7 = [
    "A {c1} {n1} to the left of a {c2} {n2}",
    "Next to a {c2} {n2} there is a {c1} {n1}",
    "A {n1} painted {c1} and a {n2} painted {c2}",
    "One {n1} is {c1}; the other thing, a {n2}, is {c2}",
    "A {c1}-colored {n1} meets a {c2}-colored {n2}",
    "We see a {n1} in {c1} and a {n2} in {c2}",
    "The {c1} {n1} is parked beside the {c2} {n2} {L}",
    "Side by side: a {s} {c1} {n1}, a {s} {c2} {n2}",
    "A {c2} {n2} is accompanied by a {c1} {n1}",
    "Both a {c1} {n1} and a {c2} {n2} appear in the shot",
]
_APPEAR_7 = [
    "{A} pops into view partway through",
    "{A} is not seen until later in the video",
    "For the latter part of the clip, {a} is visible",
    "{A} only turns up in the second half",
    "Nothing is there early on; then {a} enters the frame",
    "A tree stands in the field the whole time, and {a} appears beside it only in the second half",
    "{A} is absent at first and is seen only later",
    "Halfway through, {a} comes into the picture",
    "{A} is brought into view in the second half",
    "{A} doesn't appear until the video is half over",
]
_VANISH_7 = [
    "{A} is visible only early on",
    "By the end, {a} is gone",
    "{A} exits the frame midway through",
    "{A} vanishes midway",
    "{A} is seen in the first half only",
    "A house is shown throughout, while {a} is in view only during the first half",
    "{A} is there at the start but not in the latter part",
    "{A} leaves the picture before the second half begins",
    "{A} disappears from view and is not seen again after the first half",
    "{A} is carried out of view halfway through",
]
_ONE_7 = [
    "{A} makes its way {e}ward {L}",
    "{A} rolls from the {s} side over to the {e} side",
    "{A} moves across the frame toward the {e}",
    "Starting on the {s}, {a} ends up on the {e}",
    "{A} shifts to the {e}",
    "{A} that begins at the {s} and finishes at the {e} {L}",
    "{L}, {a} is pulled to the {e}",
    "{A} drifts from {s} to {e} across the screen",
    "{A} runs off toward the {e} edge of the frame",
    "The {n} moves {e}, away from the {s}",
]
_TWO_7 = [
    "{A1} goes past {a2} from {s} to {e}",
    "To the {s} of {a2} at first, {a1} ends up to its {e}",
    "{A2} stays still while {a1} moves from its {s} to its {e}",
    "{A1} crosses in front of {a2}, from the {s} side to the {e} side",
    "{A1} starts on the {s} of {a2} and ends on the {e} of {a2}",
    "Beginning {s} of {a2}, {a1} moves until it is {e} of the {n2}",
    "{A1} overtakes {a2}, moving from its {s} to its {e}",
    "With {a2} standing still, {a1} passes from the {s} of it to the {e} of it",
    "{A1} is on the {s} side of {a2} at the beginning and on the {e} side at the end",
    "{A1} moves to the {e} of {a2}, having started on its {s}",
]
_SEQ_7 = [
    "Viewed from above, {a} begins in the {c0}, heads for the {c1}, and ends in the {c2}",
    "From the sky, {a} travels from the {c0} to the {c1} and on to the {c2}",
    "Top view of {a} that starts in the {c0}, passes through the {c1}, and stops at the {c2}",
    "A drone shot: {a} in the {c0}, then the {c1}, then the {c2}",
    "Seen from directly above, {a} leaves the {c0} for the {c1}, then continues to the {c2}",
    "Bird's-eye: {a} visits the {c0}, then the {c1}, and finally the {c2}, in that order",
    "From overhead, {a} moves from the {c0} toward the {c1}, and afterwards toward the {c2}",
    "Looking straight down, {a} is at the {c0} to begin with, at the {c1} midway, and at the {c2} in the end",
    "In a top-down shot {a} heads to the {c1} after starting in the {c0}, and later goes to the {c2}",
    "A top-down view where {a} walks from the {c0} to the {c1} and from there to the {c2}",
]


def _fill_7(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_7))
        noun = rng.choice(_COUNT_NOUNS_7)
        nouns = noun if count == 1 else _PLURALS_7.get(noun, noun + "s")
        prompt = template.format(N=rng.choice(_COUNT_WORDS_7[count]), A=rng.choice(_ATTRIBUTES_7),
                                 P=nouns, L=rng.choice(_PLACES_7))
        return _case("numeracy", _sentence(_articles(prompt).lstrip(", ")), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_7, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_7))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_7)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_7), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_7)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_7))
        return _case("dynamic_one", _sentence(_articles(prompt).lstrip(", ")), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_7, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_7)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(a=_a(noun), c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def seventh_blind_set(seed: int = 7079) -> list[Case]:
    """40 prompts per family, written after the sixth round of fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(4):
        cases += [_fill_7(rng, "numeracy", t) for t in _NUMERACY_7]
        cases += [_fill_7(rng, "attribution", t) for t in _ATTRIBUTION_7]
        cases += [_fill_7(rng, "dynamic_one", t) for t in _ONE_7]
        cases += [_fill_7(rng, "dynamic_two", t) for t in _TWO_7]
        cases += [_fill_7(rng, "sequential", t) for t in _SEQ_7]
    for _ in range(2):
        cases += [_fill_7(rng, "visibility", t, True) for t in _APPEAR_7]
        cases += [_fill_7(rng, "visibility", t, False) for t in _VANISH_7]
    return cases


# ----------------------------------------------------------------------------- eighth blind set
_NOUNS_8 = ["car", "cat", "bird", "ball", "dog", "rabbit", "horse", "truck", "sheep", "moose", "bear", "squirrel",
            "taxi", "camel", "swan", "turtle"]
_COUNT_NOUNS_8 = ["dog", "cat", "car", "bird", "ball", "rabbit", "sheep", "bear", "squirrel", "swan", "turtle",
                  "bottle", "book", "taxi", "camel"]
_PLURALS_8 = {"sheep": "sheep", "taxi": "taxis"}
_COUNT_WORDS_8 = {1: ["one", "a single"], 2: ["two", "2", "a pair of"], 3: ["three", "3"], 4: ["four", "4"],
                  5: ["five", "5"], 9: ["nine", "9"], 11: ["eleven", "11"]}
_ATTRIBUTES_8 = ["scruffy", "gleaming", "young", "chubby", "dusty", "", ""]
_PLACES_8 = ["in a parking lot", "on the grass", "at dawn", "in the desert", "by the lake", ""]

_NUMERACY_8 = [
    "{N} {P} huddle together {L}",
    "A picture with precisely {N} {P}",
    "{L} there stand {N} {A} {P}",
    "Count them: {N} {P}",
    "{N} {A} {P}, no more and no fewer",
    "{N} {P} are waiting {L}",
    "The group consists of {N} {P}",
    "Visible here are {N} {A} {P}",
    "{N} {P} rest side by side {L}",
    "An image of {N} {P} in a line",
]
_ATTRIBUTION_8 = [
    "A {c1} {n1} is chasing a {c2} {n2}",
    "On the left a {c1} {n1}, on the right a {c2} {n2}",
    "The {n1} is {c1} and the {n2} is {c2}",
    "A {c2} {n2} beneath a {c1} {n1}",
    "There's a {c1} {n1}, plus a {c2} {n2}",
    "A {s} {n1} in {c1} faces a {s} {n2} in {c2}",
    "{c1} {n1}; {c2} {n2}",
    "A {c1} {n1} sits in front of a {c2} {n2}",
    "Look at the {c1} {n1} and the {c2} {n2} {L}",
    "The {n2}, {c2} in color, and the {n1}, {c1} in color",
]
_APPEAR_8 = [
    "{A} is missing at the start and shows up near the end",
    "During the opening half there is no {n}; in the closing half {a} is there",
    "{A} wanders in once the clip is halfway done",
    "Only in the later part of the video can {a} be seen",
    "A bench stays in view throughout, whereas {a} appears only after the middle",
]
_VANISH_8 = [
    "{A} is present at first, then walks out of the frame",
    "{A} can be seen in the opening half only",
    "Halfway through, {a} moves off screen",
    "{A} remains visible until the midpoint, after which it is gone",
    "{A} and a lamp post are both in view early, but by the end only the lamp post is left",
]
_ONE_8 = [
    "{A} is heading {e}",
    "Watch {a} go {e} {L}",
    "{A} travels {e}ward along the path",
    "{A}, starting from the {s} edge, crosses to the {e}",
    "From the {s} side of the frame {a} makes for the {e} side",
    "{A} slowly moves over to the {e} of the shot",
    "The {n} goes toward the {e} and keeps going",
    "{L} {a} scoots to the {e}",
    "{A} on the {s} moves until it reaches the {e}",
    "{A} is seen moving in the {e} direction",
]
_TWO_8 = [
    "{A1} walks by {a2}, from its {s} to its {e}",
    "{A1} starts {s} of {a2} and ends up {e} of it",
    "Relative to {a2}, {a1} moves from the {s} to the {e}",
    "{A1}, initially on the {s} of {a2}, finishes on the {e} of the {n2}",
    "{A2} is stationary as {a1} goes from the {s} of it to the {e} of it",
    "{A1} heads from the {s} side of {a2} to the {e} side of {a2}",
    "While {a2} waits, {a1} passes from its {s} to its {e}",
    "{A1} moves past {a2}: {s} of it at first, {e} of it at last",
    "On the {s} of {a2} at the start, {a1} moves to its {e}",
    "{A1} goes around {a2} from the {s} to the {e}",
]
_SEQ_8 = [
    "Top-down footage: {a} moves from the {c0} over to the {c1}, then across to the {c2}",
    "An overhead camera follows {a} from the {c0} to the {c1} and finally the {c2}",
    "Viewed from high above, {a} begins at the {c0}; it then moves to the {c1} and later to the {c2}",
    "From the top: {a} starts out in the {c0}, next reaches the {c1}, and at last gets to the {c2}",
    "Aerial video of {a} going {c0} to {c1} to {c2}",
    "A top-down scene in which {a} first occupies the {c0}, then the {c1}, then the {c2}",
    "Bird's eye view: {a} is initially in the {c0}; midway it is in the {c1}; at the end it is in the {c2}",
    "Seen from above, {a} runs to the {c1} from the {c0}, then runs to the {c2}",
    "From overhead we watch {a} leave the {c0}, pass the {c1}, and settle in the {c2}",
    "A top-down view of {a} traveling from the {c0} via the {c1} to the {c2}",
]


def _fill_8(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_8))
        noun = rng.choice(_COUNT_NOUNS_8)
        nouns = noun if count == 1 else _PLURALS_8.get(noun, _plural(noun))
        prompt = template.format(N=rng.choice(_COUNT_WORDS_8[count]), A=rng.choice(_ATTRIBUTES_8),
                                 P=nouns, L=rng.choice(_PLACES_8))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_8, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_8))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_8)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_8), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_8)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_8))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_8, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_8)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(a=_a(noun), c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def eighth_blind_set(seed: int = 8089) -> list[Case]:
    """30 prompts per family, written after the seventh round of fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_8(rng, "numeracy", t) for t in _NUMERACY_8]
        cases += [_fill_8(rng, "attribution", t) for t in _ATTRIBUTION_8]
        cases += [_fill_8(rng, "visibility", t, True) for t in _APPEAR_8]
        cases += [_fill_8(rng, "visibility", t, False) for t in _VANISH_8]
        cases += [_fill_8(rng, "dynamic_one", t) for t in _ONE_8]
        cases += [_fill_8(rng, "dynamic_two", t) for t in _TWO_8]
        cases += [_fill_8(rng, "sequential", t) for t in _SEQ_8]
    return cases


# ----------------------------------------------------------------------------- ninth blind set
_NOUNS_9 = ["car", "cat", "bird", "ball", "dog", "zebra", "wolf", "pig", "lion", "bus", "lamb", "parrot", "bicycle",
            "elephant", "tiger", "hedgehog"]
_COUNT_NOUNS_9 = ["dog", "cat", "car", "bird", "ball", "zebra", "wolf", "pig", "lamb", "parrot", "cup", "candle",
                  "tiger", "hedgehog", "bus"]
_PLURALS_9 = {"wolf": "wolves", "bus": "buses"}
_COUNT_WORDS_9 = {1: ["one", "just one"], 2: ["two", "2"], 3: ["three", "3"], 5: ["five", "5"], 6: ["six", "6"],
                  8: ["eight", "8"], 12: ["twelve", "12", "a dozen"]}
_ATTRIBUTES_9 = ["spotted", "wet", "cheerful", "tired", "polished", "", ""]
_PLACES_9 = ["on a hillside", "in the rain", "at noon", "in a meadow", "along a fence", ""]

_NUMERACY_9 = [
    "{N} {A} {P} gathered {L}",
    "A clip in which {N} {P} appear",
    "Here we have {N} {P} {L}",
    "{N} {P} standing still",
    "A shot of {N} {A} {P}, all clearly visible",
    "Somewhere {L}, {N} {P} are lined up",
    "{N} {P}, and nothing else",
    "I want to see {N} {A} {P}",
    "The scene has {N} {P} {L}",
    "{N} {P} scattered around",
]
_ATTRIBUTION_9 = [
    "A {c1} {n1} next to a {c2} {n2}",
    "The {c1} {n1} looks at the {c2} {n2} {L}",
    "Both a {c1} {n1} and a {c2} {n2} are here",
    "A {s} {c1} {n1} and, behind it, a {s} {c2} {n2}",
    "Picture a {n1} that is {c1} and a {n2} that is {c2}",
    "A {c2} {n2} stands beside a {c1} {n1}",
    "One {c1} {n1}, one {c2} {n2}",
    "A {n1} painted {c1} and a {n2} painted {c2}",
    "{L}, a {c1} {n1} meets a {c2} {n2}",
    "There is a {c1} {n1} and there is also a {c2} {n2}",
]
_APPEAR_9 = [
    "At first there is no {n} in view, but later {a} turns up",
    "{A} comes into the picture after the midpoint",
    "The frame is empty of any {n} until the second half, when {a} arrives",
    "{A} is not visible in the first half and is visible in the second half",
    "A tree is always in view, and {a} joins it late in the clip",
    "{A} pops up partway through and stays",
    "We only get to see {a} toward the end",
    "Nothing at the beginning; {a} enters later on",
]
_VANISH_9 = [
    "{A} is visible early on but leaves the picture before the end",
    "{A} is there for the first half, then is gone",
    "{A} exits the scene midway",
    "In the beginning {a} is in view; in the second half it is not",
    "A rock is in view throughout, while {a} departs halfway",
    "{A} disappears from view partway through and does not return",
    "We see {a} at the start, and by the end it has left",
]
_ONE_9 = [
    "{A} drifts to the {e}",
    "{A} is moving from {s} to {e}",
    "{L}, {a} makes its way {e}",
    "{A} goes all the way across to the {e}",
    "The {n} begins at the {s} and ends at the {e}",
    "{A} shifts {e}ward over time",
    "Over the clip, {a} moves toward the {e} side",
    "{A} at the {s} edge moves steadily {e}",
    "{A} traveling in a {e}ward direction {L}",
    "{A} sets off to the {e}",
]
_TWO_9 = [
    "{A1} moves from the {s} of {a2} to the {e} of {a2}",
    "{A2} stays put while {a1} travels from its {s} side to its {e} side",
    "{A1} begins to the {s} of {a2} and finishes to the {e} of it",
    "{A1} crosses in front of {a2}, going from its {s} to its {e}",
    "With {a2} not moving, {a1} goes from {s} of it to {e} of it",
    "{A1} that starts on the {s} of {a2} ends on the {e} of the {n2}",
    "{A1} slips past {a2}, from the {s} to the {e}",
    "Beside {a2}, {a1} moves {s} to {e}",
    "{A1} is {s} of {a2} at first and {e} of {a2} at the end",
    "{A1} passes {a2}, moving from the {s} of the {n2} to its {e}",
]
_SEQ_9 = [
    "Seen from straight above, {a} goes to the {c0}, then to the {c1}, then to the {c2}",
    "Top-down clip: {a} starts in the {c0}, heads to the {c1}, and ends in the {c2}",
    "From a drone overhead, {a} moves from the {c0} to the {c1}, and after that to the {c2}",
    "Top view: {a} in the {c0} first, the {c1} second, the {c2} last",
    "An overhead shot of {a} that travels {c0}, then {c1}, then {c2}",
    "Looking down from above, {a} leaves the {c0} for the {c1} and then makes for the {c2}",
    "Bird's-eye footage: {a} sits in the {c0}, moves to the {c1}, then moves on to the {c2}",
    "From above, {a} goes from the {c0} to the {c1}; afterwards it goes to the {c2}",
    "Top-down: {a} begins in the {c0}, passes through the {c1}, and stops in the {c2}",
    "Overhead view of {a} moving first to the {c1} from the {c0} and then on to the {c2}",
]


def _fill_9(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_9))
        noun = rng.choice(_COUNT_NOUNS_9)
        nouns = noun if count == 1 else _PLURALS_9.get(noun, _plural(noun))
        prompt = template.format(N=rng.choice(_COUNT_WORDS_9[count]), A=rng.choice(_ATTRIBUTES_9),
                                 P=nouns, L=rng.choice(_PLACES_9))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_9, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_9))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_9)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_9), noun))
        return _case("visibility", _sentence(_articles(template.format(A=phrase, a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_9)
        prompt = template.format(A=_a(noun), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_9))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_9, 2)
        prompt = template.format(A1=_a(mover), a1=_a(mover), A2=_a(reference), a2=_a(reference), n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_9)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(a=_a(noun), c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def ninth_blind_set(seed: int = 9091) -> list[Case]:
    """30 prompts per family, written after the eighth round of fixes; visibility in fifteen new wordings."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_9(rng, "numeracy", t) for t in _NUMERACY_9]
        cases += [_fill_9(rng, "attribution", t) for t in _ATTRIBUTION_9]
        cases += [_fill_9(rng, "dynamic_one", t) for t in _ONE_9]
        cases += [_fill_9(rng, "dynamic_two", t) for t in _TWO_9]
        cases += [_fill_9(rng, "sequential", t) for t in _SEQ_9]
    for _ in range(2):
        cases += [_fill_9(rng, "visibility", t, True) for t in _APPEAR_9]
        cases += [_fill_9(rng, "visibility", t, False) for t in _VANISH_9]
    return cases


# ----------------------------------------------------------------------------- tenth blind set
# New styles: instructions and questions to the camera, lists and arrows, parentheticals, passive voice,
# British spellings, "a total of", filler adjectives, long scene-setting before the subject, and time
# words ("for the first few seconds", "initially", "by the end", "in the latter half").
_NOUNS_10 = ["fox", "deer", "goat", "owl", "van", "tractor", "penguin", "donkey", "frog", "kitten", "lorry", "pony",
             "car", "dog", "bird", "cat"]
_COUNT_NOUNS_10 = ["fox", "deer", "goat", "owl", "penguin", "donkey", "frog", "kitten", "lorry", "pony", "mug",
                   "lantern", "dog", "cat", "car"]
_PLURALS_10 = {"fox": "foxes", "deer": "deer", "lorry": "lorries", "pony": "ponies"}
_COUNT_WORDS_10 = {1: ["one", "1"], 2: ["two", "2"], 3: ["three", "3"], 4: ["four", "4"], 7: ["seven", "7"],
                   10: ["ten", "10"]}
_ATTRIBUTES_10 = ["lovely", "grumpy", "well-fed", "sleek", "adorable little", "", ""]
_PLACES_10 = ["on a damp grey morning", "in the golden light of late afternoon", "at dusk", "in the drizzle",
              "under a cloudy sky", ""]

_NUMERACY_10 = [
    "Please film {N} {A} {P} {L}",
    "How would {N} {P} look {L}?",
    "On a quiet day, with mist hanging low and nothing much happening, {N} {P} wait patiently",
    "{N} {P} (no more, no less) {L}",
    "{N} {P} are shown, each one clearly separated from the others",
    "A total of {N} {A} {P} are filmed {L}",
    "Subjects: {P}. Number of them: {N}.",
    "For the whole clip, {N} {P} stay in shot",
    "{N} really lovely, rather sweet {A} {P} are gathered together",
    "Show me {N} {P}, please",
]
_ATTRIBUTION_10 = [
    "A {n1} coloured {c1} and a {n2} coloured {c2}",
    "Film a {c1} {n1} alongside a {c2} {n2}",
    "Is that a {c1} {n1} beside a {c2} {n2}?",
    "Two subjects: (1) a {c1} {n1}, (2) a {c2} {n2}",
    "A {c1} {n1} is being followed by a {c2} {n2}",
    "A {n1} (which is {c1}) and a {n2} (which is {c2})",
    "With the sun setting {L}, a {c1} {n1} and a {c2} {n2} rest quietly",
    "A {n1} whose colour is {c1} and a {n2} whose colour is {c2}",
    "A {n1}, {c1} all over, next to a {n2}, {c2} all over",
    "The {s} {c2} {n2} is watched closely by the {s} {c1} {n1}",
]
_APPEAR_10 = [
    "For the first few seconds no {n} is in shot; later {a} walks in",
    "{A} is introduced into the scene in the second half",
    "Can you show an empty scene at first and then {a} appearing halfway?",
    "Initially absent, {a} is present by the end",
    "{A} (absent at first) turns up after the halfway mark",
    "Keep the first half free of any {n}; bring {a} in during the second half",
    "By the end of the video {a} has arrived, though it was nowhere to be seen initially",
    "In the latter half, {a} emerges into view",
]
_VANISH_10 = [
    "{A} is filmed at the start and is no longer in shot by the end",
    "For the first few seconds {a} is on screen, then it wanders off",
    "Initially present, {a} has gone by the end",
    "{A} (visible only at the beginning) leaves before the halfway mark",
    "Show {a} in the first half, then let it leave the frame",
    "In the latter half there is no sign of {a}, which was there earlier",
    "{A} is seen early and is later taken out of view",
]
_ONE_10 = [
    "{A} is pushed towards the {e}",
    "Static camera; {a} travelling towards the {e}-hand side",
    "Film {a} as it moves over to the {e}",
    "{A} (heading {e}) crosses the frame",
    "Initially on the {s}, {a} is on the {e} by the end",
    "With a long, winding country lane stretching out behind it, {a} trundles {e}",
    "{A} is led from the {s}-hand side to the {e}-hand side",
    "Subject: {a}. Motion: {s} to {e}.",
    "For the whole clip, {a} keeps edging {e}",
    "{A} hurries {e}, ending up near the {e} edge by the end",
]
_TWO_10 = [
    "{A1} is seen first on the {s} of {a2} and later on its {e}",
    "{A2} doesn't move; {a1} goes round from its {s}-hand side to its {e}-hand side",
    "Film {a1} overtaking {a2}, going from its {s} to its {e}",
    "{A1} (initially {s} of {a2}) ends up {e} of it",
    "Subjects: {a1} and {a2}. The {n1} moves from the {s} of the {n2} to the {e} of the {n2}.",
    "By the end, {a1} that was on the {s} of {a2} is on its {e}",
    "{A1} is led past {a2}, from the {s} side of it to the {e} side",
    "Can we see {a1} move from {s} of {a2} to {e} of it?",
    "Initially to the {s} of a still {n2}, {a1} later sits to the {e} of it",
    "{A1} shuffles across in front of {a2}: {s} of it at the start, {e} of it by the end",
]
_SEQ_10 = [
    "Overhead camera. {A}: {c0} → {c1} → {c2}",
    "Filmed from directly above, {a} is first spotted in the {c0}, is later in the {c1}, and by the end is in the {c2}",
    "A top-down view. Step 1: {a} in the {c0}. Step 2: the {c1}. Step 3: the {c2}.",
    "From above, please track {a} as it goes from the {c0} to the {c1} and then on to the {c2}",
    "Bird's-eye perspective: {a} travels from the {c0} to the {c1}, lastly into the {c2}",
    "Top-down: initially {a} is in the {c0}; later, the {c1}; by the end, the {c2}",
    "Seen from overhead, {a} (starting in the {c0}) visits the {c1} before finishing in the {c2}",
    "An aerial shot in which {a} is moved from the {c0} to the {c1} and subsequently to the {c2}",
    "Top-down footage. First the {c0}, then the {c1}, then the {c2}: that is the path of {a}",
    "Looking straight down on a sunlit courtyard, {a} heads from the {c0} to the {c1} and then across to the {c2}",
]


def _cap(phrase: str) -> str:
    return phrase[0].upper() + phrase[1:]


def _fill_10(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_10))
        noun = rng.choice(_COUNT_NOUNS_10)
        nouns = noun if count == 1 else _PLURALS_10.get(noun, _plural(noun))
        prompt = template.format(N=rng.choice(_COUNT_WORDS_10[count]), A=rng.choice(_ATTRIBUTES_10), P=nouns,
                                 L=rng.choice(_PLACES_10))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_10, 2)
        c1, c2 = rng.sample(_COLOURS[:-2] + ["grey"], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_10))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_10)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_10), noun))
        return _case("visibility",
                     _sentence(_articles(template.format(A=_cap(phrase), a=phrase, n=noun))), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_10)
        prompt = template.format(A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_10, 2)
        prompt = template.format(A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)), a2=_a(reference), n1=mover,
                                 n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_10)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(A=_cap(_a(noun)), a=_a(noun), c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def tenth_blind_set(seed: int = 10103) -> list[Case]:
    """30 prompts per family, written after the ninth round in styles no earlier set uses."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_10(rng, "numeracy", t) for t in _NUMERACY_10]
        cases += [_fill_10(rng, "attribution", t) for t in _ATTRIBUTION_10]
        cases += [_fill_10(rng, "dynamic_one", t) for t in _ONE_10]
        cases += [_fill_10(rng, "dynamic_two", t) for t in _TWO_10]
        cases += [_fill_10(rng, "sequential", t) for t in _SEQ_10]
    for _ in range(2):
        cases += [_fill_10(rng, "visibility", t, True) for t in _APPEAR_10]
        cases += [_fill_10(rng, "visibility", t, False) for t in _VANISH_10]
    return cases


# ----------------------------------------------------------------------------- eleventh blind set
# Written after the tenth round, before any fix it may prompt: casual spoken phrasing ("we're past the
# middle", "makes an entrance"), order words ("in that order", "next stop"), "Start:/End:" labels,
# hyphenated motion adjectives, comparisons ("compared with"), and counts with "in total"/"family of".
_NOUNS_11 = ["hen", "otter", "scooter", "kangaroo", "ostrich", "llama", "beetle", "motorbike", "hare", "seal",
             "crow", "car", "dog", "cat", "bird", "ball"]
_COUNT_NOUNS_11 = ["hen", "otter", "kangaroo", "ostrich", "llama", "beetle", "hare", "seal", "crow", "crate",
                   "bucket", "dog", "cat", "car", "ball"]
_PLURALS_11 = {"ostrich": "ostriches"}
_COUNT_WORDS_11 = {1: ["one"], 2: ["two", "2"], 3: ["three", "3"], 4: ["four", "4"], 5: ["five", "5"],
                   8: ["eight", "8"], 9: ["nine", "9"]}
_ATTRIBUTES_11 = ["nervous", "speckled", "skinny", "handsome", "brand-new", "", ""]
_PLACES_11 = ["at sunrise", "in light rain", "on a windy day", "in the evening", ""]

_NUMERACY_11 = [
    "We count {N} {A} {P} {L}",
    "{P}: {N} in total",
    "There happen to be {N} {P} here",
    "Make it {N} {A} {P}, please",
    "Imagine {N} {P} milling about {L}",
    "There should be {N} {P} in view at all times",
    "A family of {N} {P} {L}",
    "The frame holds {N} {A} {P}",
    "{N} {P} and not a single one more",
    "Picture, if you will, {N} {P} idling {L}",
]
_ATTRIBUTION_11 = [
    "A {n1} of {c1} colour beside a {n2} of {c2} colour",
    "{c1} is the {n1}, {c2} is the {n2}",
    "A {n1}, painted in {c1}, and a {n2}, painted in {c2}",
    "On one side a {c1} {n1}; on the other a {c2} {n2}",
    "A {c1} {n1} with a {c2} {n2} behind it",
    "Give me a {c1} {n1} and a {c2} {n2}",
    "A {c1} {n1} — and a {c2} {n2} {L}",
    "Picture, if you will, a {s} {c1} {n1} near a {s} {c2} {n2}",
    "The {n1} should be {c1}; the {n2} should be {c2}",
    "A {n2} ({c2}) waits while a {n1} ({c1}) looks on",
]
_APPEAR_11 = [
    "Halfway in, {a} makes an entrance",
    "{A} shows itself only in the back half of the clip",
    "The {n} only turns up once we're past the middle",
    "No {n} for a while, then {a} wanders into shot",
    "It isn't until the second half that {a} is visible",
    "{A} enters the frame at about the midpoint and stays",
    "From the midpoint on, {a} is in the frame",
    "{A} is hidden at first and then comes out",
]
_VANISH_11 = [
    "{A} is in the frame until about the midpoint",
    "After the opening half, {a} is nowhere to be seen",
    "{A} can be seen at first; after that it's gone",
    "{A} quits the scene partway through",
    "{A} heads out of shot before the clip is half over",
    "By the midpoint, {a} has gone out of sight",
    "{A} is around for the early part of the clip only",
]
_ONE_11 = [
    "{A} inches toward the {e} of the frame",
    "Side-on view: {a} passes across from {s} to {e}",
    "{A} begins {s}, ends {e}",
    "{A} heads over to the {e}-hand side of the picture",
    "{A} goes {s}-to-{e}",
    "The {n} travels across the screen, {s} to {e}",
    "A {e}-moving {n} {L}",
    "{A} on its way to the {e}",
    "{A} keeps moving until it reaches the far {e}",
    "{L}, {a} makes steady progress {e}ward",
]
_TWO_11 = [
    "{A1} swaps from the {s} side of {a2} to its {e} side",
    "{A1} moves past {a2} ({s} to {e})",
    "Starting {s} of {a2}, {a1} finishes {e} of it",
    "{A1} travels from being {s} of {a2} to being {e} of it",
    "{A2} stands still while {a1} goes from its {s} to its {e}",
    "{A1} crosses over from the {s}-hand side of {a2} to the {e}-hand side",
    "Compared with {a2}, {a1} starts on the {s} and ends on the {e}",
    "{A1} is at first {s} of {a2}; by the end it is {e} of {a2}",
    "{A1} and {a2}: the {n1} moves from the {n2}'s {s} to the {n2}'s {e}",
    "Keeping {a2} in place, show {a1} going from {s} of it to {e} of it",
]
_SEQ_11 = [
    "View from above: {a} visits the {c0}, the {c1} and the {c2}, in that order",
    "{A} (seen from above) goes {c0} first, {c1} next, {c2} last",
    "Top-down. Start: {c0}. Middle: {c1}. End: {c2}. Object: {a}.",
    "From a top-down angle, {a} begins at the {c0}, swings over to the {c1}, then winds up in the {c2}",
    "Overhead shot; path of {a}: {c0}, {c1}, {c2}",
    "Looking down, we watch {a} in the {c0}; it then heads for the {c1} and finally settles in the {c2}",
    "The overhead camera catches {a} moving out of the {c0} into the {c1} and on into the {c2}",
    "Bird's eye: {a} starts in the {c0}; next stop the {c1}; last stop the {c2}",
    "Top-down: the {n} goes from {c0} to {c1}, then from {c1} to {c2}",
    "From directly overhead, {a} makes its way from the {c0} to the {c1}, before moving to the {c2}",
]


def _fill_11(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_11))
        noun = rng.choice(_COUNT_NOUNS_11)
        nouns = noun if count == 1 else _PLURALS_11.get(noun, _plural(noun))
        prompt = template.format(N=rng.choice(_COUNT_WORDS_11[count]), A=rng.choice(_ATTRIBUTES_11), P=nouns,
                                 L=rng.choice(_PLACES_11))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_11, 2)
        c1, c2 = rng.sample(_COLOURS[:-2] + ["grey"], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_11))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_11)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_11), noun))
        prompt = template.format(A=_cap(phrase), a=phrase, n=noun)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_11)
        prompt = template.format(A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_11))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_11, 2)
        prompt = template.format(A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)), a2=_a(reference),
                                 n1=mover, n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_11)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(A=_cap(_a(noun)), a=_a(noun), n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def eleventh_blind_set(seed: int = 11113) -> list[Case]:
    """30 prompts per family, written after the tenth round in styles no earlier set uses."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_11(rng, "numeracy", t) for t in _NUMERACY_11]
        cases += [_fill_11(rng, "attribution", t) for t in _ATTRIBUTION_11]
        cases += [_fill_11(rng, "dynamic_one", t) for t in _ONE_11]
        cases += [_fill_11(rng, "dynamic_two", t) for t in _TWO_11]
        cases += [_fill_11(rng, "sequential", t) for t in _SEQ_11]
    for _ in range(2):
        cases += [_fill_11(rng, "visibility", t, True) for t in _APPEAR_11]
        cases += [_fill_11(rng, "visibility", t, False) for t in _VANISH_11]
    return cases


# ----------------------------------------------------------------------------- twelfth blind set
# Written after the eleventh round, before any fix it may prompt: requests ("Can I get"), "to be exact",
# "Let there be", "in a shade of", "Put ... on the left", stage words ("walks on", "walks off"), routes
# with semicolons, "having started in", passive legs ("is moved to"), and a "halfway" said mid-path.
_NOUNS_12 = ["puffin", "walrus", "tortoise", "raccoon", "jeep", "tram", "mole", "emu", "yak", "moth", "car", "dog",
             "cat", "bird", "ball", "horse"]
_COUNT_NOUNS_12 = ["puffin", "walrus", "tortoise", "raccoon", "jeep", "tram", "emu", "yak", "moth", "jar", "vase",
                   "dog", "cat", "car", "ball"]
_PLURALS_12 = {"walrus": "walruses"}
_COUNT_WORDS_12 = {1: ["one"], 2: ["two", "2"], 3: ["three", "3"], 4: ["four", "4"], 6: ["six", "6"],
                   7: ["seven", "7"], 10: ["ten", "10"]}
_ATTRIBUTES_12 = ["chunky", "glossy", "ragged", "calm", "nosy", "", ""]
_PLACES_12 = ["at twilight", "in thick fog", "on a frosty morning", "under bright sun", ""]

_NUMERACY_12 = [
    "Can I get {N} {A} {P}?",
    "{N} {P} — count them",
    "In this shot: {N} {P}.",
    "Let there be {N} {P} {L}",
    "A bunch of {P}, {N} to be exact",
    "Fill the frame with {N} {A} {P}",
    "{N} {A} {P} hanging out together {L}",
    "The camera finds {N} {P} {L}",
    "You should see {N} {P}",
    "Nothing but {N} {P} {L}",
]
_ATTRIBUTION_12 = [
    "Colours: {n1} {c1}, {n2} {c2}",
    "A {c1} {n1}. Also, a {c2} {n2}.",
    "Put a {c1} {n1} on the left and a {c2} {n2} on the right",
    "The {n1} is a {c1} one; the {n2} is a {c2} one",
    "Two things in view — a {c1} {n1} and a {c2} {n2}",
    "A {n1} in a shade of {c1} and a {n2} in a shade of {c2}",
    "Both in frame: {c1} {n1}, {c2} {n2}",
    "Just a {c1} {n1} hanging around a {c2} {n2} {L}",
    "A {s} {n1} that's {c1} and a {s} {n2} that's {c2}",
    "Make the {n1} {c1} and the {n2} {c2}",
]
_APPEAR_12 = [
    "Around the middle of the clip, {a} shows up out of nowhere",
    "{A} walks on partway through",
    "Empty at first, then {a}",
    "There's no {n} until around halfway, when one wanders in",
    "{A} joins the scene in the latter part",
    "Once the clip passes its midpoint, {a} becomes visible",
    "{A} arrives late in the clip",
    "The second half brings {a} into view",
]
_VANISH_12 = [
    "{A} sticks around only for the first half",
    "{A} is gone by the halfway point",
    "Midway, {a} walks off",
    "{A} is there early on, then leaves",
    "Once past the midpoint, there's no more {n}",
    "{A} is visible till the middle, then disappears",
    "{A} steps out of view halfway",
]
_ONE_12 = [
    "{A}, moving {e}",
    "The {n} crosses from the {s} edge over to the {e} edge",
    "{A} slowly migrates to the {e}",
    "{A} travels {e}, from one side to the other",
    "Show {a} making its way {e}",
    "{A} is on the {s} at the start and on the {e} at the end",
    "{A} scuttles off to the {e}",
    "{A} moves in a straight line toward the {e}",
    "{A} glides {e} across the frame {L}",
    "Heading {e} the whole time, {a} crosses the shot",
]
_TWO_12 = [
    "{A1} passes behind {a2}, {s} to {e}",
    "{A1} goes from the {s} of the {n2} to the {e} of the {n2}",
    "{A2} is parked; {a1} moves from its {s} over to its {e}",
    "{A1} starts out {s} of {a2} and comes to a stop {e} of it",
    "{A1} moves from {s} to {e}, going past {a2} on the way",
    "Over the clip, {a1} shifts from {a2}'s {s} side to its {e} side",
    "On {a2}'s {s} to begin with, {a1} later ends up on its {e}",
    "Beginning to the {s} of {a2}, {a1} finishes to its {e}",
    "{A1} walks past a motionless {n2}, from its {s} to its {e}",
    "Next to an unmoving {n2}, {a1} relocates from the {s} of it to the {e} of it",
]
_SEQ_12 = [
    "Top-down: {a} — {c0}, then {c1}, then {c2}",
    "Seen from above, {a} starts off in the {c0}, crosses to the {c1}, then heads to the {c2}",
    "{A} (overhead view): first {c0}, after that {c1}, finally {c2}",
    "A bird's-eye clip where {a} moves {c0} to {c1} and {c1} to {c2}",
    "Overhead, {a} is placed in the {c0}, is moved to the {c1}, and is then moved to the {c2}",
    "From above, {a} travels: {c0}; {c1}; {c2}",
    "In top-down view {a} goes first toward the {c1}, having started in the {c0}, and last toward the {c2}",
    "Looking down at the floor, {a} scurries from the {c0} to the {c1} before ending up in the {c2}",
    "A top-down video where {a} is in the {c0} at the start, reaches the {c1} halfway, and the {c2} at the end",
    "Viewed overhead, {a} makes three stops: the {c0}, the {c1}, the {c2}",
]


def _fill_12(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_12))
        noun = rng.choice(_COUNT_NOUNS_12)
        nouns = noun if count == 1 else _PLURALS_12.get(noun, _plural(noun))
        prompt = template.format(N=rng.choice(_COUNT_WORDS_12[count]), A=rng.choice(_ATTRIBUTES_12), P=nouns,
                                 L=rng.choice(_PLACES_12))
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_12, 2)
        c1, c2 = rng.sample(_COLOURS[:-2] + ["grey"], 2)
        prompt = template.format(n1=n1, n2=n2, c1=c1, c2=c2, s=rng.choice(_SIZES), L=rng.choice(_PLACES_12))
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_12)
        phrase = _a(_with(rng.choice(_ATTRIBUTES_12), noun))
        prompt = template.format(A=_cap(phrase), a=phrase, n=noun)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_12)
        prompt = template.format(A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end, L=rng.choice(_PLACES_12))
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_12, 2)
        prompt = template.format(A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)), a2=_a(reference),
                                 n1=mover, n2=reference, s=start, e=end)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_12)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(A=_cap(_a(noun)), a=_a(noun), n=noun, c0=corners[0], c1=corners[1], c2=corners[2])
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def twelfth_blind_set(seed: int = 12121) -> list[Case]:
    """30 prompts per family, written after the eleventh round in styles no earlier set uses."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_12(rng, "numeracy", t) for t in _NUMERACY_12]
        cases += [_fill_12(rng, "attribution", t) for t in _ATTRIBUTION_12]
        cases += [_fill_12(rng, "dynamic_one", t) for t in _ONE_12]
        cases += [_fill_12(rng, "dynamic_two", t) for t in _TWO_12]
        cases += [_fill_12(rng, "sequential", t) for t in _SEQ_12]
    for _ in range(2):
        cases += [_fill_12(rng, "visibility", t, True) for t in _APPEAR_12]
        cases += [_fill_12(rng, "visibility", t, False) for t in _VANISH_12]
    return cases


# ----------------------------------------------------------------------------- thirteenth blind set
# Written after the twelfth round, before any fix it may prompt: natural paraphrases of LVD's own stage-1
# templates as another researcher might write them (style words such as "photorealistic", "cinematic",
# "in 4K"; scene and weather detail such as "on a foggy morning", "under a clear sky"; numbers as words or
# digits; word order varied), none of which may become an object.
_NOUNS_13 = ["car", "cat", "bird", "ball", "dog", "fox", "deer", "van", "goat", "pigeon", "kite", "sheep"]
_COUNT_NOUNS_13 = ["car", "cat", "bird", "ball", "dog", "deer", "goat", "pigeon", "kite", "lamb", "owl", "bee"]
_COUNT_WORDS_13 = {1: ["one", "1", "a single"], 2: ["two", "2"], 3: ["three", "3"], 4: ["four", "4"],
                   5: ["five", "5"], 8: ["eight", "8"]}
_STYLES_13 = ["A photorealistic", "A cinematic", "A realistic", "A vivid, high-quality", "A 4K", "A lifelike",
              "A natural-looking", "An HD"]
_SCENES_13 = ["on a foggy morning", "under a clear blue sky", "at sunset", "in soft evening light",
              "on a rainy afternoon", "with mountains in the background", "in a photorealistic style",
              "on a windy day", ""]


def _fill_13(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    style, scene = rng.choice(_STYLES_13), rng.choice(_SCENES_13)
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_13))
        noun = rng.choice(_COUNT_NOUNS_13)
        nouns = noun if count == 1 else {"sheep": "sheep", "deer": "deer"}.get(noun, _plural(noun))
        prompt = template.format(St=style, N=rng.choice(_COUNT_WORDS_13[count]), P=nouns, L=scene)
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_13, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(St=style, n1=n1, n2=n2, c1=c1, c2=c2, L=scene)
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_13)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, L=scene)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_13)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end, L=scene)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_13, 2)
        prompt = template.format(St=style, A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)),
                                 a2=_a(reference), n1=mover, n2=reference, s=start, e=end, L=scene)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_13)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, c0=corners[0], c1=corners[1],
                             c2=corners[2], L=scene)
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


_NUMERACY_13 = [
    "{St} video of a scene containing {N} {P} {L}",
    "{St} clip showing exactly {N} {P} in the scene",
    "{N} {P} in a lively, realistic scene {L}",
    "{St} shot of a meadow {L} where {N} {P} can be seen",
    "A realistic, lively scene with {N} {P} in it",
    "{St} video {L}: the scene has {N} {P}",
    "Video of a lively scene featuring {N} {P}, shot in a realistic style",
    "{St} scene in which there are {N} {P}",
    "In a realistic video {L}, the scene contains {N} {P}",
    "{St} recording of {N} {P} in an open field",
]
_ATTRIBUTION_13 = [
    "{St} video of a scene with a {c1} {n1} and a {c2} {n2} {L}",
    "{St} scene showing a {n1} colored {c1} and a {n2} colored {c2}",
    "A lively, realistic clip {L} featuring a {c1} {n1} alongside a {c2} {n2}",
    "{St} shot that contains a {c1} {n1} as well as a {c2} {n2}",
    "In a realistic scene {L}, there is a {c1} {n1} and a {c2} {n2}",
    "A {c1} {n1} and a {c2} {n2} in a lively, realistic video",
    "{St} video where a {c1} {n1} is next to a {c2} {n2}",
    "{St} clip of a {c1} {n1} together with a {c2} {n2} {L}",
    "Realistic footage of a scene: one {c1} {n1}, one {c2} {n2}",
    "{St} scene {L} with two objects, a {c1} {n1} and a {c2} {n2}",
]
_APPEAR_13 = [
    "{St} video in which {a} shows up only during the second half",
    "{St} scene {L} where {a} is seen only in the latter half of the video",
    "In a lively, realistic clip, {a} only appears in the second half of the footage",
    "{St} video where {a} is visible only in the last half of the clip",
    "{A} appears in the scene only during the second half of a realistic video {L}",
]
_VANISH_13 = [
    "{St} video in which {a} shows up only during the first half",
    "{St} scene {L} where {a} is seen only in the first half of the video",
    "In a lively, realistic clip, {a} only appears in the first half of the footage",
    "{St} video where {a} is visible only in the early half of the clip",
    "{A} appears in the scene only during the first half of a realistic video {L}",
]
_ONE_13 = [
    "{St} video of a scene {L} with {a} moving from {s} to {e}",
    "{St} clip in which {a} travels from the {s} side to the {e} side",
    "{A} moving from the {s} of the frame to the {e}, in a realistic, lively video",
    "{St} scene {L}: {a} goes from the {s} to the {e}",
    "In a realistic video {L}, {a} moves across from the {s} to the {e}",
    "{St} shot with {a} heading from the {s} toward the {e}",
    "{St} video showing {a} that moves from {s} to {e} across the scene",
    "A lively scene where {a} makes its way from the {s} over to the {e} {L}",
    "{St} video of {a} crossing the scene from the {s} to the {e}",
    "{St} clip {L}, in which {a} is moving from the {s} towards the {e}",
]
_TWO_13 = [
    "{St} video of a scene with {a1} moving from the {s} of {a2} to its {e}",
    "{St} clip in which {a1} moves from the {s} side of {a2} to the {e} side of it",
    "{A1} goes from the {s} of {a2} to the {e} of it, in a realistic, lively video {L}",
    "{St} scene {L}: {a1} travels from the {s} of {a2} to its {e}",
    "In a realistic video, {a1} starts on the {s} of {a2} and moves to its {e}",
    "{St} shot where {a1} passes from the {s} of {a2} to the {e} of the {n2}",
    "{St} video {L} showing {a1} moving from {a2}'s {s} to its {e}",
    "A lively scene in which {a1} moves from being {s} of {a2} to being {e} of it",
    "{St} clip where {a1}, initially to the {s} of {a2}, moves to its {e}",
    "{St} video of {a1} moving past {a2}, from its {s} to its {e}, {L}",
]
_SEQ_13 = [
    "{St} top-down video of a scene in which {a} starts in the {c0}. It then moves to the {c1} and after that to the {c2}",
    "{St} scene viewed from above where {a} is first in the {c0}, then moves to the {c1}, and then moves to the {c2}",
    "In a realistic top-down video {L}, {a} begins at the {c0} of the scene, moves to the {c1}, and finally to the {c2}",
    "{St} overhead view of {a} that is initially in the {c0} of the scene; it moves first to the {c1} and then to the {c2}",
    "{St} bird's-eye video {L}: {a} starts at the {c0}, goes to the {c1} of the scene, then to the {c2} of the scene",
    "A lively, realistic top-down scene in which {a} is initially at the {c0}. First it moves to the {c1}, then to the {c2}",
    "{St} video from a top-down view where {a}, initially in the {c0}, first moves to the {c1} and then to the {c2}",
    "{St} top-down scene: {a} located in the {c0} moves to the {c1} of the scene and then to the {c2} of the scene",
    "Viewed from above in a realistic video, {a} starts in the {c0}, then travels to the {c1}, then to the {c2}",
    "{St} top-down clip {L} where {a} goes from the {c0} to the {c1} and then on to the {c2}",
]


def thirteenth_blind_set(seed: int = 13131) -> list[Case]:
    """30 prompts per family: natural paraphrases of LVD's own stage-1 templates with style and scene words."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_13(rng, "numeracy", t) for t in _NUMERACY_13]
        cases += [_fill_13(rng, "attribution", t) for t in _ATTRIBUTION_13]
        cases += [_fill_13(rng, "dynamic_one", t) for t in _ONE_13]
        cases += [_fill_13(rng, "dynamic_two", t) for t in _TWO_13]
        cases += [_fill_13(rng, "sequential", t) for t in _SEQ_13]
        cases += [_fill_13(rng, "visibility", t, True) for t in _APPEAR_13]
        cases += [_fill_13(rng, "visibility", t, False) for t in _VANISH_13]
    return cases


# ----------------------------------------------------------------------------- fourteenth blind set
# Written after the thirteenth round's fixes, before scoring: natural paraphrases again in new words
# ("depicting", "we watch", "comes into the picture", "travelling", "ending up"), numbers as words or
# digits, setting and lighting detail ("at dawn", "in golden-hour light", "under an overcast sky",
# "against a city skyline"), and style words ("shot on 35mm film", "ultra-realistic") that must not be drawn.
_NOUNS_14 = ["car", "cat", "bird", "ball", "dog", "rabbit", "bus", "horse", "duck", "train", "bear", "boat"]
_COUNT_NOUNS_14 = ["car", "cat", "bird", "ball", "dog", "rabbit", "duck", "bear", "cup", "chicken", "frog", "pumpkin"]
_COUNT_WORDS_14 = {1: ["one", "a single", "1"], 2: ["two", "2", "a pair of"], 3: ["three", "3"], 4: ["four", "4"],
                   6: ["six", "6"], 7: ["seven", "7"]}
_STYLES_14 = ["An ultra-realistic", "A high-definition", "A true-to-life", "A documentary-style", "A crisp, detailed",
              "A realistic and lively", "A photographic", "A naturalistic"]
_SCENES_14 = ["at dawn", "in golden-hour light", "under an overcast sky", "against a city skyline", "shot on 35mm film",
              "in the early morning mist", "on a bright summer day", "in winter", ""]


def _fill_14(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    style, scene = rng.choice(_STYLES_14), rng.choice(_SCENES_14)
    if family == "numeracy":
        count = rng.choice(list(_COUNT_WORDS_14))
        noun = rng.choice(_COUNT_NOUNS_14)
        nouns = noun if count == 1 else {"bus": "buses"}.get(noun, _plural(noun))
        prompt = template.format(St=style, N=rng.choice(_COUNT_WORDS_14[count]), P=nouns, L=scene)
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_14, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(St=style, n1=n1, n2=n2, c1=c1, c2=c2, L=scene)
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_14)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, L=scene)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_14)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end, L=scene)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_14, 2)
        prompt = template.format(St=style, A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)),
                                 a2=_a(reference), n1=mover, n2=reference, s=start, e=end, L=scene)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_14)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, c0=corners[0], c1=corners[1],
                             c2=corners[2], L=scene)
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


_NUMERACY_14 = [
    "{St} video depicting {N} {P} {L}",
    "{St} scene {L}, and in it we can count {N} {P}",
    "We watch {N} {P} in a realistic, lively scene {L}",
    "{St} video; {N} {P} are present in the scene",
    "{St} clip {L} of a scene that includes {N} {P}",
    "Realistic video {L}. In the scene: {N} {P}",
    "{St} scene where you can spot {N} {P}",
    "{St} video of {N} {P} out in the countryside {L}",
    "The scene in this realistic video holds {N} {P}",
    "{St} piece of footage {L} with {N} {P} and nothing else",
]
_ATTRIBUTION_14 = [
    "{St} video depicting a {c1} {n1} and a {c2} {n2} {L}",
    "{St} scene {L} in which we see a {c1} {n1} plus a {c2} {n2}",
    "A {c1} {n1} is shown with a {c2} {n2} in a realistic, lively video",
    "{St} clip: a {c1} {n1}, and next to it a {c2} {n2}",
    "{St} video {L} that has a {n1} which is {c1} and a {n2} which is {c2}",
    "In this realistic scene {L} there are two things, a {c1} {n1} and a {c2} {n2}",
    "{St} scene containing one {c1} {n1} and one {c2} {n2}",
    "{St} video showing a {c1}-colored {n1} and a {c2}-colored {n2}",
    "We see a {c1} {n1} near a {c2} {n2} in a realistic video {L}",
    "{St} shot {L}, featuring a {c1} {n1} beside a {c2} {n2}",
]
_APPEAR_14 = [
    "{St} video in which {a} comes into the picture only in the second half",
    "{St} scene {L}: {a} is not there in the first half and appears in the second half",
    "{A} enters the scene in the second half of a realistic, lively video",
    "{St} clip where {a} can only be seen in the second half of the video {L}",
    "{St} video {L} in which {a} is present only during the video's second half",
]
_VANISH_14 = [
    "{St} video in which {a} is in the picture only in the first half",
    "{St} scene {L}: {a} is there in the first half and is gone in the second half",
    "{A} leaves the scene after the first half of a realistic, lively video",
    "{St} clip where {a} can only be seen in the first half of the video {L}",
    "{St} video {L} in which {a} is present only during the video's first half",
]
_ONE_14 = [
    "{St} video depicting {a} travelling from the {s} to the {e} {L}",
    "{St} scene {L} where {a} moves from the {s}-hand side to the {e}-hand side",
    "We watch {a} go from the {s} of the scene to the {e} in a realistic video",
    "{St} clip: {a} on the {s} moves over to the {e} {L}",
    "{St} video {L} in which {a} moves steadily from {s} to {e}",
    "{A}, moving from the {s} to the {e}, in a realistic and lively scene",
    "{St} scene showing {a} that travels {e}ward, starting from the {s}",
    "{St} video {L}: {a} starts at the {s} and ends up at the {e}",
    "In a realistic, lively video, {a} makes its way from the {s} to the {e} of the frame {L}",
    "{St} clip of {a} moving across the scene from the {s} to the {e}",
]
_TWO_14 = [
    "{St} video depicting {a1} moving from the {s} of {a2} to the {e} of it {L}",
    "{St} scene {L} where {a1} goes from {a2}'s {s} to its {e}",
    "We watch {a1} move from the {s} of {a2} over to its {e} in a realistic video",
    "{St} clip: {a1} begins on the {s} of {a2} and ends up on its {e} {L}",
    "{St} video {L} in which {a1}, starting to the {s} of {a2}, moves to its {e}",
    "{A1} moves from the {s} side of {a2} to the {e} side, in a realistic and lively scene",
    "{St} scene showing {a1} travelling from the {s} of a stationary {n2} to the {e} of it",
    "{St} video {L}: {a1} is at first on the {s} of {a2}, then on its {e}",
    "In a realistic, lively video, {a1} passes {a2}, going from its {s} to its {e} {L}",
    "{St} clip of {a1} moving from the {s} of {a2} to its {e}",
]
_SEQ_14 = [
    "{St} top-down video depicting {a} that starts in the {c0}, moves to the {c1}, then to the {c2} {L}",
    "{St} scene seen from directly above {L}: {a} begins in the {c0}, goes to the {c1}, and then goes to the {c2}",
    "From a top-down view, we watch {a} move from the {c0} to the {c1} and then to the {c2} in a realistic video",
    "{St} overhead clip where {a} is at the {c0} at first; it moves to the {c1} and after that to the {c2}",
    "{St} top-down video {L} in which {a} starts at the {c0} of the scene, first travels to the {c1}, then to the {c2}",
    "{St} bird's-eye scene: {a}, initially at the {c0}, heads to the {c1} and next to the {c2}",
    "{St} video viewed from above, in which {a} is initially in the {c0}. It first moves to the {c1}, then it moves to the {c2}",
    "{St} aerial clip {L} where {a} travels from the {c0} to the {c1}, then on to the {c2}",
    "In a realistic top-down scene, {a} moves first from the {c0} to the {c1}, and then from the {c1} to the {c2}",
    "{St} top-down shot {L}: {a} starts in the {c0}, goes to the {c1}, and finishes in the {c2}",
]


def fourteenth_blind_set(seed: int = 14143) -> list[Case]:
    """30 prompts per family: natural paraphrases of LVD's templates in new words, with setting and style detail."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_14(rng, "numeracy", t) for t in _NUMERACY_14]
        cases += [_fill_14(rng, "attribution", t) for t in _ATTRIBUTION_14]
        cases += [_fill_14(rng, "dynamic_one", t) for t in _ONE_14]
        cases += [_fill_14(rng, "dynamic_two", t) for t in _TWO_14]
        cases += [_fill_14(rng, "sequential", t) for t in _SEQ_14]
        cases += [_fill_14(rng, "visibility", t, True) for t in _APPEAR_14]
        cases += [_fill_14(rng, "visibility", t, False) for t in _VANISH_14]
    return cases


# ----------------------------------------------------------------------------- fifteenth blind set
# Written after the fourteenth round's fixes, before scoring: numbers said many ways ("a trio of", "half a
# dozen", "a total of", counts after the noun such as "goats, five of them" or "(5 in all)", "the number of ...
# is"), a bare plural opening the prompt, and visibility as fading, popping up, vanishing, arriving partway
# or "from the midpoint on"; places that are scenery ("in a misty valley", "beside a calm lake").
_NOUNS_15 = ["car", "cat", "bird", "ball", "dog", "horse", "goat", "sheep", "duck", "bus", "cow", "kite"]
_COUNT_NOUNS_15 = ["goat", "penguin", "duck", "balloon", "dog", "boat", "car", "horse", "apple", "kite", "cow", "chair"]
_COUNT_WORDS_15 = {1: ["one", "a single", "only one"], 2: ["two", "a pair of", "2"], 3: ["three", "a trio of", "3"],
                   5: ["five", "5"], 6: ["half a dozen", "six", "6"], 8: ["eight", "8"], 10: ["ten", "10"]}
_STYLES_15 = ["A lifelike", "A vivid, realistic", "A cinematic", "A sharp 4K", "A natural, lively", "A realistic",
              "A high-quality", "A hyper-realistic"]
_SCENES_15 = ["in a misty valley", "at twilight", "under falling snow", "on a breezy spring morning",
              "in warm afternoon sunlight", "with hills far behind", "in a muted color palette", "at midday", ""]


def _fill_15(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    style, scene = rng.choice(_STYLES_15), rng.choice(_SCENES_15)
    if family == "numeracy":
        after = "{K}" in template
        count = rng.choice([c for c in _COUNT_WORDS_15 if c > 1] if after else list(_COUNT_WORDS_15))
        noun = rng.choice(_COUNT_NOUNS_15)
        nouns = noun if count == 1 else _plural(noun)
        plain = rng.choice([w for w in _COUNT_WORDS_15[count] if " " not in w])
        prompt = template.format(St=style, N=rng.choice(_COUNT_WORDS_15[count]), K=plain, P=nouns,
                                 Pc=_cap(nouns), L=scene)
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_15, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(St=style, n1=n1, n2=n2, c1=c1, c2=c2, L=scene)
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_15)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, L=scene)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_15)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end, L=scene)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_15, 2)
        prompt = template.format(St=style, A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)),
                                 a2=_a(reference), n1=mover, n2=reference, s=start, e=end, L=scene)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_15)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, c0=corners[0], c1=corners[1],
                             c2=corners[2], L=scene)
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


_NUMERACY_15 = [
    "{St} video {L} in which {N} {P} are visible",
    "{St} clip showing {P}, {K} of them, {L}",
    "{Pc}, {K} in all, in a realistic video {L}",
    "{St} scene: {K} {P} and no others",
    "{St} footage featuring precisely {K} {P} {L}",
    "{St} video with a total of {K} {P}",
    "{St} clip {L} in which the number of {P} is {K}",
    "{St} video of {P} ({K} in total) {L}",
    "There are {N} {P} in this realistic scene {L}",
    "{St} shot of {N} {P} gathered together {L}",
]
_ATTRIBUTION_15 = [
    "{St} video of a {c1} {n1} side by side with a {c2} {n2} {L}",
    "{St} clip {L} that pairs a {c1} {n1} with a {c2} {n2}",
    "{St} scene: the {n1} is {c1}, the {n2} is {c2}",
    "{St} footage showing a {n1} painted {c1} and a {n2} painted {c2}",
    "{St} video {L} with a {c1} {n1} in the foreground and a {c2} {n2} behind it",
    "A {c1} {n1} accompanied by a {c2} {n2}, in a realistic clip",
    "{St} scene of a {n1} in {c1} and a {n2} in {c2} {L}",
    "{St} recording where a {c1} {n1} sits opposite a {c2} {n2}",
    "{St} video featuring two subjects: a {c1} {n1}; a {c2} {n2}",
    "{St} clip {L}, a {c1} {n1} and, close by, a {c2} {n2}",
]
_APPEAR_15 = [
    "{St} video where {a} fades in around the midpoint and stays for the rest",
    "{St} clip {L}: no {n} at the start; from the midpoint on, {a} is in view",
    "{A} pops up halfway through a realistic video and remains until the end",
    "{St} scene in which {a} is absent at first and turns up only later, in the back half of the clip",
    "{St} video {L} where the {n} arrives partway through, showing up for the final half only",
]
_VANISH_15 = [
    "{St} video where {a} fades out around the midpoint and does not return",
    "{St} clip {L}: {a} is in view at the start; from the midpoint on, it is gone",
    "{A} vanishes halfway through a realistic video and stays out of sight until the end",
    "{St} scene in which {a} is there at first, then slips out of view midway and is not seen again",
    "{St} video {L} where the {n} departs partway through, visible for the opening half only",
]
_ONE_15 = [
    "{St} video of {a} drifting {e}ward across the frame, from the {s} edge",
    "{A} crosses from {s} to {e} in a realistic clip {L}",
    "{St} scene: {a} sets off at the {s} and finishes on the {e}",
    "{St} footage {L} following {a} as it heads across from {s} to {e}",
    "{St} video in which {a} makes a {s}-to-{e} pass through the scene",
    "{St} clip {L}, {a} traversing the frame {s} to {e}",
    "From the {s} of the screen, {a} makes its way across to the {e} in a realistic video",
    "{St} scene where {a} moves along from the {s} side over toward the {e} side",
    "{St} video {L}: {a} enters on the {s} and exits on the {e}",
    "{St} recording showing {a} gliding from the {s} portion of the frame to the {e} portion",
]
_TWO_15 = [
    "{St} video in which {a1} overtakes {a2}, going from its {s} to its {e}",
    "{St} clip {L}: {a2} stays put while {a1} crosses from its {s} to its {e}",
    "{A1} that starts {s} of {a2} finishes {e} of it, in a realistic video",
    "{St} scene where {a1} swings around from the {s}-hand side of {a2} to its {e}-hand side",
    "{St} footage {L} of {a1} shifting from {a2}'s {s} side to its {e} side",
    "{St} video: with {a2} standing still, {a1} moves from its {s} to its {e}",
    "{St} clip where {a1} is {s} of {a2} at the beginning and {e} of it at the end {L}",
    "In a realistic video, {a1} crosses in front of {a2}, going from the {n2}'s {s} to the {n2}'s {e}",
    "{St} scene {L} in which {a1} circles from the {s} of {a2} round to the {e} of the {n2}",
    "{St} video showing {a1} relocating from {a2}'s {s} to {a2}'s {e}",
]
_SEQ_15 = [
    "{St} top-down video of {a} touring the scene: {c0} first, {c1} second, {c2} last",
    "{St} overhead clip {L} where {a} starts out in the {c0}, proceeds to the {c1}, and winds up in the {c2}",
    "Seen from overhead, {a} visits the {c0}, the {c1}, and the {c2}, in that order, in a realistic video",
    "{St} bird's-eye video: {a} in the {c0} heads over to the {c1}, then over to the {c2} {L}",
    "{St} top-down footage in which {a} leaves the {c0} for the {c1} and afterwards makes for the {c2}",
    "{St} aerial video {L} of {a}; its path runs from the {c0} via the {c1} to the {c2}",
    "{St} top-down scene where {a} sits in the {c0}, later shifts to the {c1}, and ends at the {c2}",
    "{St} video from straight above: {a} moves from the {c0} toward the {c1}, and from there to the {c2}",
    "{St} overhead scene {L}: first {a} is at the {c0}, next at the {c1}, finally at the {c2}",
    "{St} top-view clip in which {a} starts off in the {c0}, then makes its way to the {c1} before finishing in the {c2}",
]


def fifteenth_blind_set(seed: int = 15149) -> list[Case]:
    """30 prompts per family: numbers and visibility said many new ways, counts after the noun, scenery places."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_15(rng, "numeracy", t) for t in _NUMERACY_15]
        cases += [_fill_15(rng, "attribution", t) for t in _ATTRIBUTION_15]
        cases += [_fill_15(rng, "dynamic_one", t) for t in _ONE_15]
        cases += [_fill_15(rng, "dynamic_two", t) for t in _TWO_15]
        cases += [_fill_15(rng, "sequential", t) for t in _SEQ_15]
        cases += [_fill_15(rng, "visibility", t, True) for t in _APPEAR_15]
        cases += [_fill_15(rng, "visibility", t, False) for t in _VANISH_15]
    return cases


# ----------------------------------------------------------------------------- sixteenth blind set
# Written after the fifteenth round's fixes, before scoring: new wording again ("numbering", "no more and no
# less", "how many ...?", "materializes", "the halfway mark", "once the video is half over", "the opening /
# closing half", "changes sides", "whose route is"), with new style and scenery words.
_NOUNS_16 = ["car", "cat", "bird", "ball", "dog", "horse", "pig", "fox", "duck", "truck", "deer", "rabbit"]
_COUNT_NOUNS_16 = ["pig", "fox", "owl", "cup", "bottle", "dog", "cat", "car", "ball", "duck", "tomato", "sheep"]
_PLURALS_16 = {"fox": "foxes", "tomato": "tomatoes", "sheep": "sheep"}
_COUNT_WORDS_16 = {1: ["one", "a solitary", "1"], 2: ["two", "2", "a couple of"], 3: ["three", "3"], 4: ["four", "4"],
                   5: ["five", "5"], 7: ["seven", "7"], 9: ["nine", "9"], 12: ["a dozen", "twelve", "12"]}
_STYLES_16 = ["A photoreal", "A lush, realistic", "A clean, realistic", "A DSLR-quality", "A richly detailed",
              "A slow-paced, realistic", "An everyday realistic", "A film-like"]
_SCENES_16 = ["on a frosty morning", "beneath a starry sky", "in a snowy meadow", "at dusk", "in pastel tones",
              "with trees in the distance", "on a muddy track", "in late summer", ""]


def _fill_16(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    style, scene = rng.choice(_STYLES_16), rng.choice(_SCENES_16)
    if family == "numeracy":
        after = "{K}" in template
        count = rng.choice([c for c in _COUNT_WORDS_16 if c > 1] if after else list(_COUNT_WORDS_16))
        noun = rng.choice(_COUNT_NOUNS_16)
        nouns = noun if count == 1 else _PLURALS_16.get(noun, _plural(noun))
        plain = rng.choice([w for w in _COUNT_WORDS_16[count] if " " not in w])
        prompt = template.format(St=style, N=rng.choice(_COUNT_WORDS_16[count]), K=plain, P=nouns, L=scene)
        return _case("numeracy", _sentence(_articles(prompt)), numeracy, noun, count)
    if family == "attribution":
        n1, n2 = rng.sample(_NOUNS_16, 2)
        c1, c2 = rng.sample(_COLOURS[:-1], 2)
        prompt = template.format(St=style, n1=n1, n2=n2, c1=c1, c2=c2, L=scene)
        return _case("attribution", _sentence(_articles(prompt)), attribution, n1, n2, c1, c2)
    if family == "visibility":
        noun = rng.choice(_NOUNS_16)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, L=scene)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    leftward = rng.random() < 0.5
    start, end = ("right", "left") if leftward else ("left", "right")
    if family == "dynamic_one":
        noun = rng.choice(_NOUNS_16)
        prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, s=start, e=end, L=scene)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    if family == "dynamic_two":
        mover, reference = rng.sample(_NOUNS_16, 2)
        prompt = template.format(St=style, A1=_cap(_a(mover)), a1=_a(mover), A2=_cap(_a(reference)),
                                 a2=_a(reference), n1=mover, n2=reference, s=start, e=end, L=scene)
        return _case("dynamic_two", _sentence(_articles(prompt)), two_object_motion, mover, reference, leftward)
    noun = rng.choice(_NOUNS_16)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(St=style, A=_cap(_a(noun)), a=_a(noun), n=noun, c0=corners[0], c1=corners[1],
                             c2=corners[2], L=scene)
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


_NUMERACY_16 = [
    "{St} video where exactly {K} {P} wander about {L}",
    "{St} clip {L}: {P} numbering {K}",
    "{St} scene showing a row of {K} {P}",
    "Count them: {K} {P} {L}, in a realistic video",
    "{St} video in which the {P} number {K} in all",
    "{St} footage {L} containing {N} {P}, no more and no less",
    "{St} scene where {N} {P} have gathered {L}",
    "{K} {P} are what this realistic clip shows {L}",
    "{St} video {L}. How many {P}? {K}",
    "{St} recording of {P}: {K} altogether",
]
_ATTRIBUTION_16 = [
    "{St} video {L}: one {n1}, colored {c1}, and one {n2}, colored {c2}",
    "{St} clip with a {n1} whose color is {c1} and a {n2} whose color is {c2}",
    "{St} scene where the {c1} thing is a {n1} and the {c2} thing is a {n2}",
    "{St} footage of a {c1}-hued {n1} and a {c2}-hued {n2} {L}",
    "A {c1} {n1} meets a {c2} {n2} {L}, in a realistic video",
    "{St} video that features a {c1} {n1} to the left of a {c2} {n2}",
    "{St} scene {L}; a {c1} {n1} stands near a {c2} {n2}",
    "{St} clip starring a {c1} {n1} and a {c2} {n2}",
    "{St} video of two things: first a {c1} {n1}, second a {c2} {n2}",
    "Realistic scene {L}, a {c1} {n1}, plus a {c2} {n2} nearby",
]
_APPEAR_16 = [
    "{St} video where {a} is nowhere during the opening half but present throughout the closing half",
    "{St} clip {L} in which {a} materializes after the halfway mark",
    "{A} joins the scene once the video is half over, in a realistic clip",
    "{St} scene: for the first half the frame is empty; then {a} comes in {L}",
    "{St} video {L} in which {a} only becomes visible past the halfway point",
]
_VANISH_16 = [
    "{St} video where {a} is present throughout the opening half but nowhere in the closing half",
    "{St} clip {L} in which {a} disappears before the halfway mark",
    "{A} quits the scene once the video is half over, in a realistic clip",
    "{St} scene: {a} is there at the start; for the second half the frame is empty {L}",
    "{St} video {L} in which {a} is only visible up to the halfway point",
]
_ONE_16 = [
    "{St} video {L} of {a} heading {e}, having started on the {s}",
    "{St} clip in which {a} goes {e} across the screen, beginning at the {s} edge",
    "{A} travels the width of the frame, {s} to {e}, in a realistic video {L}",
    "{St} scene {L}: the {n} starts off {s} and ends up {e}",
    "{St} footage of {a} moving {e}ward from a starting point on the {s}",
    "{St} video where {a}, beginning on the {s}, reaches the {e} by the end",
    "{St} clip {L} showing {a} in motion, {s} to {e}",
    "At first {a} is on the {s}; by the end of the realistic clip it is on the {e}",
    "{St} scene where {a} crosses over from the {s}-most part of the frame to the {e}-most part",
    "{St} video {L}: watch {a} head from the {s} over to the {e}",
]
_TWO_16 = [
    "{St} video {L} of {a1} that begins {s} of {a2} and ends {e} of it",
    "{St} clip where {a2} stays still and {a1} moves from its {s} to its {e}",
    "{A1} starts out to the {s} of {a2} and ends up to the {e} of it, realistic footage {L}",
    "{St} scene: {a1} moves past {a2}; it starts on the {n2}'s {s} and finishes on the {n2}'s {e}",
    "{St} video where {a1} goes around {a2}, starting on its {s} and stopping on its {e}",
    "{St} footage {L} in which {a1} changes sides relative to {a2}, from {s} to {e}",
    "{St} clip: {a2} stays in the middle while {a1} travels from the {s} of it to the {e} of it",
    "{St} scene where {a1}, placed {s} of {a2} at first, is {e} of it by the end {L}",
    "In a realistic video {a1} heads from the {s} of {a2} toward its {e}",
    "{St} video of {a1} moving {e}ward past {a2}, starting from the {n2}'s {s}",
]
_SEQ_16 = [
    "{St} top-down video {L}: {a} begins at the {c0}, makes its way to the {c1}, then goes on to the {c2}",
    "{St} overhead footage where {a} goes {c0} to {c1} to {c2}",
    "Filmed from above, {a} starts in the {c0}; next it reaches the {c1}; lastly it arrives at the {c2}",
    "{St} bird's-eye clip in which {a} travels first from the {c0} to the {c1}, and after that on to the {c2} {L}",
    "{St} top-down scene: the {n} moves out of the {c0} into the {c1}, then into the {c2}",
    "{St} video shot from overhead, showing {a} that starts at the {c0}, stops at the {c1}, and ends at the {c2}",
    "{St} aerial footage {L}; {a} is in the {c0} at the beginning, reaches the {c1} midway, and is in the {c2} at the end",
    "{St} top-down video of {a} whose route is {c0}, then {c1}, then {c2}",
    "{St} overhead clip where {a} heads from the {c0} to the {c1}; from there it continues to the {c2} {L}",
    "{St} top-down view: {a} at the {c0} moves to the {c1}, afterwards to the {c2}",
]


def sixteenth_blind_set(seed: int = 16157) -> list[Case]:
    """30 prompts per family: new wording again after the fifteenth round, scored once before its fixes."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(3):
        cases += [_fill_16(rng, "numeracy", t) for t in _NUMERACY_16]
        cases += [_fill_16(rng, "attribution", t) for t in _ATTRIBUTION_16]
        cases += [_fill_16(rng, "dynamic_one", t) for t in _ONE_16]
        cases += [_fill_16(rng, "dynamic_two", t) for t in _TWO_16]
        cases += [_fill_16(rng, "sequential", t) for t in _SEQ_16]
        cases += [_fill_16(rng, "visibility", t, True) for t in _APPEAR_16]
        cases += [_fill_16(rng, "visibility", t, False) for t in _VANISH_16]
    return cases
