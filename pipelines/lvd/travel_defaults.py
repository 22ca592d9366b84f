"""What a traveller does when the prompt names its move but no way: it still goes somewhere.

"A dog runs fast", "a cat dashes": a verb of travel says the thing covers ground, so with no direction, place, target
or time-free path of its own it goes left to right, the planner's default way for a move that names none (as a bare
chase does). "Look at that moving car", "a running dog": a thing described by a verb of travel, and given no verb of
its own, is travelling. One told only where it starts, "a ball rolls from the left", "there is a car on the right. it
drives.", "a dog rests on the left, and then it runs", goes away from that side, across the frame toward the other,
setting off from there (at once, or when its rest is over). A light thing that floats or drifts on a surface, "a leaf
floats on the water", "a balloon on the floor drifts", goes nowhere: it rests on that surface.
"""

from __future__ import annotations

import re

from .motions import DEFAULT_WAY, Entity, Motion
from .vocabulary import GROUND_GAITS, VERB_KINDS

# Kinds whose verbs cover ground, given the default way when they say none; narrower than vocabulary's TRAVEL_KINDS,
# which a glide, a float and a jump are in ("a leaf floats on the water" goes nowhere); of the plain "move" verbs,
# only those of going on foot or on a way
_GROUND_COVERING_KINDS = frozenset(("run", "drive", "fly", "swim", "roll"))
_IN_PLACE = ("flap", "flutter", "hover")  # wings beating where the flier is: "a bird hovers" stays
# "runs in place", "jogs on the spot", "runs on a treadmill": the feet go, the runner stays where it is
_KEPT_IN_PLACE_RE = re.compile(r"\b(?:in place|on the spot|in one place|on the same spot|on (?:a|an|the|its|his|her|their) "
                               r"(?:[a-z]+ )?(?:treadmill|wheel|running machine|exercise bike|stationary bike)s?)\b")
_PLAIN_GOING = frozenset(("go", "goes", "went", "gone", "move", "moves", "moved"))  # "it just goes": says no more than a move
# "a leaf floats on the water", "a balloon on the floor drifts": a light thing said to be on a surface floats or drifts
# on it, and rests there; only "rises", "ascends" or a way said lifts it off or carries it
_ON_A_SURFACE_RE = re.compile(r"\bon (?:the|a|an|its) (?:surface of (?:the|a|an) )?(?:[a-z]+ )?(?:water|pond|lake"
                              r"|river|sea|ocean|stream|puddle|pool|canal|surface|floor|ground|table|carpet|rug|grass"
                              r"|lawn|deck)\b")
# what ends a clause, so that "a feather floats while a cat sleeps on the rug" keeps the rug the cat's
_CLAUSE_END_RE = re.compile(r"[.;!?]|\b(?:and|but|while|whilst|as|when|whereas|though|although|until|before|after)\b")
_FLOATING_IN_PLACE = frozenset(("float", "floats", "floating", "floated", "drift", "drifts", "drifting", "drifted"))


def covers_ground(motion: Motion) -> bool:
    """Whether the move's verb says the thing travels (runs, drives, flies, swims, rolls, walks)."""
    last = motion.verb.split()[-1] if motion.verb else ""
    if last.startswith(_IN_PLACE):
        return False
    return motion.kind in _GROUND_COVERING_KINDS or (motion.kind == "move" and last in GROUND_GAITS)


def _says_no_way(motion: Motion, ignoring_start: bool = False) -> bool:
    return not ((motion.start and not ignoring_start) or motion.end or motion.direction or motion.relation or motion.exits
                or motion.enters_from
                or motion.side_start or motion.side_end or motion.circle or motion.along or motion.depth)


def _way_from_start(motions: list[Motion]) -> str:
    """Away from the side of the frame a thing was told to start on ("from the left": rightward), else the default way."""
    told = [m.start[0] for m in motions if m.start and m.start[0] is not None and abs(m.start[0] - 0.5) > 0.1]
    if not told:
        return DEFAULT_WAY
    return "right" if told[0] < 0.5 else "left"


def _travelling_participle(entity: Entity) -> str | None:
    """The "-ing" word of travel describing ``entity`` ("moving", "running"), if any: a thing said to be moving is
    going somewhere, though "moves" alone may be a stir in place."""
    for kind, word in entity.attributes:
        if kind == "detail" and word.endswith("ing") and VERB_KINDS.get(word) is not None \
                and (word == "moving" or covers_ground(Motion(kind=VERB_KINDS[word], verb=word))):
            return word
    return None


def _on_a_surface_of_its_own(entity: Entity, entities: list[Entity], text: str) -> bool:
    """Whether a clause names ``entity`` on a surface and names no other thing: "a leaf floats on the water", "on
    the carpet, a balloon drifts", never "a feather floats while a cat sleeps on the rug"."""
    named = re.compile(rf"\b{re.escape(entity.noun)}(?:s|es)?\b")
    others = {other.noun for other in entities if other.noun != entity.noun}
    for clause in _CLAUSE_END_RE.split(text):
        if named.search(clause) and _ON_A_SURFACE_RE.search(clause):
            rest_of_clause = _ON_A_SURFACE_RE.sub(" ", clause)
            if not any(re.search(rf"\b{re.escape(noun)}", rest_of_clause) for noun in others):
                return True
    return False


def _light_things_rest_on_their_surface(text: str, entities: list[Entity]) -> None:
    """A floater or a drifter said to be on a surface, with no way of its own, rests on it: never a fall from the top
    of the frame or a rise to the sky; one told only to rest there ("a leaf lies on the water") is drawn down on it."""
    for entity in entities:
        if entity.cls.mobility not in ("flutter", "buoyant", "glider") or not entity.motions \
                or not _on_a_surface_of_its_own(entity, entities, text):
            continue
        for motion in entity.motions:
            if motion.kind == "float" and motion.verb.split()[-1:] and motion.verb.split()[-1] in _FLOATING_IN_PLACE \
                    and _says_no_way(motion) and motion.target is None and motion.at_fraction is None:
                motion.kind = "rest"
        entity.on_surface = all(motion.kind == "rest" for motion in entity.motions)


def travel_by_default(text: str, entities: list[Entity], camera: list[Motion], notes: list[str]) -> None:
    """Give a described traveller its move, and a traveller with no way the default one (said in the notes)."""
    _light_things_rest_on_their_surface(text, entities)
    if any(m.relation or m.target is not None for m in camera):
        return  # a camera that follows a thing keeps it in view: where it goes is the camera's to say
    if _KEPT_IN_PLACE_RE.search(text):
        return
    targeted = {m.target for entity in entities for m in entity.motions if m.target is not None}
    for index, entity in enumerate(entities):
        if entity.agent is not None or entity.companion is not None or index in targeted:
            continue
        if entity.motions:
            travel = next((m for m in entity.motions if covers_ground(m)), None)
            if travel is None and all(m.verb in _PLAIN_GOING for m in entity.motions) and _travelling_participle(entity):
                travel = entity.motions[0]  # "that moving car ... it just goes": its plain move is the travel described
        else:
            word = _travelling_participle(entity)
            travel = None if word is None else Motion(kind=VERB_KINDS[word], verb=word)
            entity.motions.extend([travel] if travel else [])
        # where it starts may be told by the move ("rolls from the left") or by where it is before it ("a ball on the left")
        # a rest in a step before the travel ("rests on the left, and then it runs") is where the travel sets off from
        if travel is None or not all(_says_no_way(m, ignoring_start=(m is travel or m.kind == "rest"
                                                                     and (not m.verb or m.step < travel.step)))
                                     for m in entity.motions):
            continue
        travel.direction = _way_from_start(entity.motions)
        placements = [m for m in entity.motions if m.kind == "rest" and not m.verb and m.start]
        if placements and travel.start is None:  # "there is a ball on the left. it rolls.": it rolls from there at once
            travel.start = placements[0].start
            entity.motions[:] = [m for m in entity.motions if not any(m is placement for placement in placements)]
        way = "left to right" if travel.direction == "right" else "right to left"
        notes.append(f"'{travel.verb}' names no way for the {entity.noun}: it goes {way}, "
                     + ("away from where it starts" if any(m.start for m in entity.motions) else "the default way"))
