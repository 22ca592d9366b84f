"""The eighteenth held-out set: the time families (visibility, one-object motion, sequential) only.

Written before scoring, in wording sets 1-16 do not use: camera language ("holds on", "in shot",
"screen left"), time words of many kinds ("the first few beats", "by the close", "the back end of
the footage", "before the video is half done"), passive forms, questions, several short sentences,
long scene-setting, and style and place words that must not be drawn. 40 prompts per family from
20 sentence shapes each (visibility: half appear, half vanish), filled with seeded random choices.

Scored once untouched (main at aa35887): 88/120 = 73.3% (visibility 28/40, one-object motion
35/40, sequential 25/40). The fixes it prompted were general (a word-order-free visibility reading,
sightings and pauses as path ends and waypoints, a start said after the legs, "follows a route", a
still camera making no move); after them 118/120 = 98.3% (visibility 40/40, one-object motion 40/40,
sequential 38/40). Still unread: "the first stop of a car after the bottom-left is the bottom-right,
and its final stop is the top right" (ordinal stops as the legs of a path).
"""

from __future__ import annotations

import random

from tests.helpers.blind_prompts import _COLOURS, _a, _articles, _cap, _corner, _sentence
from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, _case, one_object_motion, sequential, visibility

_NOUNS_18 = ["car", "cat", "bird", "ball", "dog", "horse", "goat", "bus", "duck", "boat", "sheep", "rabbit"]
_STYLES_18 = ["A naturalistic", "A documentary-style", "An ultra-realistic", "A softly lit, realistic",
              "A cinematic, true-color", "A vivid, lifelike", "A handheld-looking, realistic", "A calm, realistic"]
_SCENES_18 = ["by a quiet lake", "on a cobblestone street", "under overcast skies", "in soft morning light",
              "on a windy hillside", "in an empty square", "at golden hour", "on a gravel path", ""]

_APPEAR_18 = [
    "{St} video {L}: the camera holds on an empty frame for the first half, and then {a} strolls in",
    "Halfway into the clip, {a} makes its first appearance {L}",
    "{St} shot in which {a} doesn't show until the second half",
    "Is it possible to have {a} arrive only in the latter half of the video?",
    "{St} clip {L}; {a} steps into frame after the video's midpoint",
    "The {n} isn't in the shot at the beginning; it appears in the back end of the footage",
    "{St} video: late in the clip, {a} comes onto the screen and remains there {L}",
    "{A} first appears at the halfway point of a realistic video {L}",
    "{St} footage where the first few beats show no {n} at all. Then {a} is brought in and stays",
    "{St} scene {L}, with {a} slipping into view in the second half and remaining until the close",
]
_VANISH_18 = [
    "{St} video {L}: {a} is in shot at the start but has left the frame by the halfway point",
    "{A} runs off-screen early in the clip and never comes back {L}",
    "Is it possible to show {a} that is gone before the video is half done?",
    "{St} clip where, after the midpoint, the {n} is no longer anywhere in the frame",
    "{St} footage {L}: the camera watches {a} exit the picture in the first half, leaving the frame empty",
    "{A} appears at the start and is out of the picture for the latter half",
    "{St} video where {a} is visible during the early part and then moves out of frame for good",
    "{St} scene in which {a} is taken out of the shot early in the footage {L}",
    "{St} clip: {a} present for the first half, absent for the second {L}",
    "{St} video in which {a} is seen in the opening moments and disappears before the middle of the clip",
]
_ONE_18 = [
    "{St} video {L}: the camera stays fixed as {a} moves across from {s} to {e}",
    "{A} is filmed travelling {s}-to-{e} across the shot {L}",
    "{St} clip of {a} that starts at the {s} of the frame and ends at the {e} of the frame",
    "{St} shot {L} in which {a} is pushed across the screen toward the {e}, starting from the {s}",
    "Can you make {a} go from the {s} edge of the screen over to the {e} edge?",
    "{St} video where {a} shifts over from the {s} half of the frame to the {e} half",
    "{St} footage: {a} on the {s} at the start, on the {e} at the finish {L}",
    "{St} clip in which {a} slides {e}ward over the course of the video",
    "Over the whole video, {a} makes steady progress from {s} to {e} {L}",
    "{St} scene {L}, {a} running from screen {s} to screen {e}",
    "{St} video {L} where {a} is first seen on the {s} and last seen on the {e}",
    "The {n} moves toward the {e}-hand side of the frame from the {s}-hand side, in a realistic clip",
    "{St} video: {a} is positioned on the {s} initially and gradually relocates to the {e}",
    "{A}, which begins in the {s} third of the frame, ends in the {e} third of it {L}",
    "{St} clip {L} in which {a} keeps moving in a {e}ward direction from its {s} starting spot",
    "What we see: {a} going all the way from {s} to {e} {L}",
    "{St} footage in which {a} is carried from the {s} over to the {e} side of the shot",
    "{St} shot where {a} at the far {s} makes its way to the far {e} {L}",
    "{St} video where {a} crosses the frame in the {e} direction, starting out {s}",
    "{St} scene. {A} starts {s}. It ends {e}",
]
_SEQ_18 = [
    "{St} top-down video {L} in which {a} starts at the {c0}, travels to the {c1} during the first half, and reaches the {c2} by "
    "the end",
    "{St} drone footage where {a} begins in the {c0}; halfway through it is in the {c1}; at the end it is in the {c2}",
    "Top-down camera: {a} moves {c0} -> {c1} -> {c2} {L}",
    "{St} bird's-eye clip of {a}, first positioned at the {c0}, then moved to the {c1}, and finally brought to the {c2}",
    "Can you show, from above, {a} going from the {c0} to the {c1} and on to the {c2}?",
    "{St} overhead video {L}: starting in the {c0}, {a} moves to the {c1}, after which it heads to the {c2}",
    "{St} aerial clip in which {a} occupies the {c0} at first, the {c1} at the midpoint, and the {c2} at the end",
    "Viewed from directly overhead, {a} travels to the {c1} from its starting spot in the {c0}, then on to the {c2}",
    "{St} top-down footage: the {n} leaves the {c0}, pauses in the {c1}, then continues to the {c2} {L}",
    "{St} top-down recording {L} in which {a} makes two moves: {c0} to {c1}, then {c1} to {c2}",
    "{St} overhead video where the first stop of {a} after the {c0} is the {c1}, and its final stop is the {c2}",
    "{St} top-down scene {L}; {a} moves to the {c1} from the {c0} before moving on to the {c2}",
    "From a top-down view, {a} that was in the {c0} moves to the {c1}; later it moves to the {c2}",
    "{St} aerial video: {a} starts in the {c0}. Then it goes to the {c1}. Finally it goes to the {c2}",
    "{St} overhead clip in which {a} goes to the {c1} first and to the {c2} second, having started in the {c0}",
    "{St} top-down video {L} where {a} begins its trip in the {c0}, passes through the {c1}, and ends its trip in the {c2}",
    "Shot from a ceiling camera, {a} moves from the {c0}, to the {c1}, and to the {c2}",
    "{St} top-down clip; {a} early on at the {c0}, around the midpoint at the {c1}, by the close at the {c2}",
    "{St} bird's-eye footage {L}: {a} follows a route that takes it from the {c0} to the {c1} and then to the {c2}",
    "{St} overhead video where {a}, after starting in the {c0}, moves first to the {c1} and lastly to the {c2}",
]


def _fill_18(rng: random.Random, family: str, template: str, appears: bool = False) -> Case:
    style, scene = rng.choice(_STYLES_18), rng.choice(_SCENES_18)
    noun = rng.choice(_NOUNS_18)
    colour = rng.choice(["", "", "", *_COLOURS[:5]])
    phrase = _a(f"{colour} {noun}".strip())
    if family == "visibility":
        prompt = template.format(St=style, A=_cap(phrase), a=phrase, n=noun, L=scene)
        return _case("visibility", _sentence(_articles(prompt)), visibility, noun, appears)
    if family == "dynamic_one":
        leftward = rng.random() < 0.5
        start, end = ("right", "left") if leftward else ("left", "right")
        prompt = template.format(St=style, A=_cap(phrase), a=phrase, n=noun, s=start, e=end, L=scene)
        return _case("dynamic_one", _sentence(_articles(prompt)), one_object_motion, noun, leftward)
    route = rng.choice(SEQUENTIAL_ROUTES)
    corners = [_corner(rng, region) for region in route]
    prompt = template.format(St=style, A=_cap(phrase), a=phrase, n=noun, c0=corners[0], c1=corners[1],
                             c2=corners[2], L=scene)
    return _case("sequential", _sentence(_articles(prompt)), sequential, noun, route)


def blind_set(seed: int = 18181) -> list[Case]:
    """40 prompts per time family (visibility, dynamic_one, sequential), each shape used twice."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(2):
        cases += [_fill_18(rng, "visibility", t, True) for t in _APPEAR_18]
        cases += [_fill_18(rng, "visibility", t, False) for t in _VANISH_18]
        cases += [_fill_18(rng, "dynamic_one", t) for t in _ONE_18]
        cases += [_fill_18(rng, "sequential", t) for t in _SEQ_18]
    return cases
