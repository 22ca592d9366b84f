"""What a traveller does when the prompt names its move but no way: it still goes somewhere.

"A dog runs fast", "a cat dashes": a verb of travel says the thing covers ground, so with no direction, place, target
or time-free path of its own it goes left to right, the planner's default way for a move that names none (as a bare
chase does). "Look at that moving car", "a running dog": a thing described by a verb of travel, and given no verb of
its own, is travelling.
"""

from __future__ import annotations

import re

from .motions import Entity, Motion
from .vocabulary import VERB_KINDS

DEFAULT_WAY = "right"  # left to right, as a bare chase and a bare "across" go
# Kinds whose verbs cover ground; of the plain "move" verbs, only those of going on foot or on a way
_TRAVEL_KINDS = frozenset(("run", "drive", "fly", "swim", "roll"))
_IN_PLACE = ("flap", "flutter", "hover")  # wings beating where the flier is: "a bird hovers" stays
# "runs in place", "jogs on the spot", "runs on a treadmill": the feet go, the runner stays where it is
_KEPT_IN_PLACE_RE = re.compile(r"\b(?:in place|on the spot|in one place|on the same spot|on (?:a|an|the|its|his|her|their) "
                               r"(?:[a-z]+ )?(?:treadmill|wheel|running machine|exercise bike|stationary bike)s?)\b")
_GOING_ON_FOOT = re.compile(r"(?:walk|stroll|march|travel|trek|hike|trudge|amble|wander|crawl)(?:s|ed|ing|ling|led)?")


def covers_ground(motion: Motion) -> bool:
    """Whether the move's verb says the thing travels (runs, drives, flies, swims, rolls, walks)."""
    last = motion.verb.split()[-1] if motion.verb else ""
    if last.startswith(_IN_PLACE):
        return False
    return motion.kind in _TRAVEL_KINDS or (motion.kind == "move" and bool(_GOING_ON_FOOT.fullmatch(last)))


def _says_no_way(motion: Motion) -> bool:
    return not (motion.start or motion.end or motion.direction or motion.relation or motion.exits or motion.enters_from
                or motion.side_start or motion.side_end or motion.circle or motion.along or motion.depth)


def _travelling_participle(entity: Entity) -> str | None:
    """The "-ing" word of travel describing ``entity`` ("moving", "running"), if any: a thing said to be moving is
    going somewhere, though "moves" alone may be a stir in place."""
    for kind, word in entity.attributes:
        if kind == "detail" and word.endswith("ing") and VERB_KINDS.get(word) is not None \
                and (word == "moving" or covers_ground(Motion(kind=VERB_KINDS[word], verb=word))):
            return word
    return None


def travel_by_default(text: str, entities: list[Entity], camera: list[Motion], notes: list[str]) -> None:
    """Give a described traveller its move, and a traveller with no way the default one (said in the notes)."""
    if any(m.relation or m.target is not None for m in camera):
        return  # a camera that follows a thing keeps it in view: where it goes is the camera's to say
    if ("place" in text or "spot" in text or "treadmill" in text or "wheel" in text or "machine" in text or "bike" in text) \
            and _KEPT_IN_PLACE_RE.search(text):
        return
    targeted = {m.target for entity in entities for m in entity.motions if m.target is not None}
    for index, entity in enumerate(entities):
        if entity.agent is not None or entity.companion is not None or index in targeted:
            continue
        if entity.motions:
            travel = next((m for m in entity.motions if covers_ground(m)), None)
        else:
            word = _travelling_participle(entity)
            travel = None if word is None else Motion(kind=VERB_KINDS[word], verb=word)
            entity.motions.extend([travel] if travel else [])
        if travel is None or not all(_says_no_way(m) for m in entity.motions):
            continue
        travel.direction = DEFAULT_WAY
        notes.append(f"'{travel.verb}' names no way for the {entity.noun}: it goes left to right, the default way")
