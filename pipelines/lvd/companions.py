"""Objects that move as one: "a cart pulled by a donkey", "a dog chases a car", "a rider on a bike", "holds a cup",
"a dog runs left with a bone".

The word-by-word pass reads such a pair as two objects and gives the verb to one of them (or, for
"pulled by", reads the agent as a thing passed), so one moves and the other stands still. This pass
finds the pair in the text after the reading and marks the follower with ``Entity.companion``:
(the leader's index, "behind", "on" or "trail"). The leader gets the move said of either; the simulation
then draws the follower relative to the leader at every keyframe (``follow_companions``): just behind it
along its way, sitting on it, or ("the same path") where the leader was a moment before.
"""

from __future__ import annotations

import math
import re

from .motions import DEFAULT_WAY, Entity, Motion
from .object_classes import CREATURE_KINDS, carried_by_hand, noun_class, passed_by_hand, singular
from .scene import EDGE_MARGIN, GROUND_Y, Pose, Scene
from .vocabulary import MOVING_KINDS, VERB_KINDS

# (verb forms, who trails): "agent" = the one doing it trails (chases, pushes), "patient" = the one it is done to
# trails (pulled, towed), "agent on" = the doer sits on the other (rides), "patient on" = the other sits on the doer
_LEADING = "pull pulls pulling pulled tow tows towing towed drag drags dragging dragged haul hauls hauling hauled " \
           "draw draws drawing drawn lead leads leading led"
_TRAILING = "chase chases chasing chased follow follows following followed pursue pursues pursuing pursued " \
            "push pushes pushing pushed trail trails trailing trailed tail tails tailing tailed herd herds herding herded"
_RIDING = "ride rides riding ridden"
# what a creature holds goes where it goes ("the cat holds." stays put; "the picture must hold four cats" frames them)
_HOLDING = "hold holds holding held"
_LIVING_KINDS = frozenset(("run", "move", "swim", "jump"))  # moves only a living thing makes of itself
_CARRYING = "carry carries carrying carried " + _HOLDING
_LETTING_GO = frozenset(("throw", "fall"))  # "holds a ball, then throws (drops) it": the ball leaves the hand
ROLES = {**dict.fromkeys(_LEADING.split(), ("patient", "behind")), **dict.fromkeys(_TRAILING.split(), ("agent", "behind")),
         **dict.fromkeys(_RIDING.split(), ("agent", "on")), **dict.fromkeys(_CARRYING.split(), ("patient", "on"))}
RIDEABLE = frozenset("horse pony donkey mule camel elephant zebra ox bull yak".split())
PASSIVE_AUXILIARIES = frozenset("is are was were be being been gets got get".split())
PREPOSITIONS = frozenset("past by along through across over under to toward towards into onto from around behind in on at "
                         "with near beside off up down away of".split())  # "on the left of a bus": a side, not a seat
PATH_WORDS = frozenset(("path", "route", "track", "way", "line", "trajectory", "course", "trail"))
SAME_PATH_RE = re.compile(r"\bsame (?:" + "|".join(PATH_WORDS) + r")\b")
TRAIL_SHARE = 0.2  # how far behind (as a share of the clip) one that takes the same path goes
ON_WORDS = frozenset(("on", "astride", "atop", "aboard"))
PRONOUNS = frozenset(("it", "them", "him", "her"))
ORDERED = frozenset(("first", "second", "another", "other"))  # "the first car", "a second car", "the other car"
_TRIGGERS = frozenset(ROLES) | ON_WORDS | {"ahead"}
# a substring of every trigger word: the cheap test first
_STEMS = ("pul", "tow", "drag", "haul", "draw", "lead", "led", "chas", "follow", "pursu", "push", "trail", "tail", "herd",
          "rid", "carr", "hold", "held", " on ", "astride", "atop", "aboard", "same", "ahead", " with ")
_WORD = re.compile(r"[a-z]+|[.;!?:]")
_STOPS = frozenset(".;!?:")
_SENTENCE_END = -1  # a pair is said within one sentence
_REACH = 4  # words between a verb and the object it names ("pulled by a small grey donkey")
_LEAD_REACH = 8  # words between a mover and the "ahead of" after its way ("a truck drives to the left ahead of a car")
MIN_TRAVEL_KEPT = 0.6  # a way shortened to fit a long pair keeps at least this share; past that the follower crosses the edge
GAP = 0.01  # frame widths between a follower and the one it follows


def find_companions(text: str, entities: list[Entity]) -> set[str]:
    """Mark each follower or rider named with the one it moves with, and give the pair one move; the verbs
    that said a pairing are returned (understood, whatever the word-by-word pass made of them)."""
    used: set[str] = set()
    if len(entities) < 2 or not any(stem in text for stem in _STEMS):
        return used
    found = list(_WORD.finditer(text))
    words = [match.group(0) for match in found]
    same = "same" in words and SAME_PATH_RE.search(text) is not None
    carried_with = {i for i, word in enumerate(words) if word == "with" and _after_a_going(words, i)}
    if _TRIGGERS.isdisjoint(words) and not same and not carried_with:
        return used
    owners = [_SENTENCE_END if word in _STOPS else _entity_of(words, i, entities) for i, word in enumerate(words)]
    for i, word in enumerate(words):
        if word in ROLES:
            passive = i + 1 < len(words) and words[i + 1] == "by"
            if not passive and i > 0 and words[i - 1] in PASSIVE_AUXILIARIES and not word.endswith("ing"):
                continue  # "a fox is led past a lorry": led by no one named ("a cat is chasing a ball" is no passive)
            before, after = _named(owners, i, -1), _named(owners, i + 1 + passive, 1, words=words)
            names_no_one = i + 1 == len(words) or words[i + 1] in PRONOUNS or words[i + 1] in _STOPS  # "follows (it)."
            if after is None and before is not None and not passive and words[i - 1] != "as" and names_no_one:
                after = _referent(entities, owners, before, i)
            if before is None and after is not None and word.endswith("ing") and (i == 0 or words[i - 1] in _STOPS):
                before = _fronted_doer(text, found, entities, owners, after, i)  # "Riding a horse, a knight goes left"
            if before is None or after is None or before == after:
                continue
            if ROLES[word] == ("agent", "on") and not passive and not _rideable(entities[after]):
                continue
            agent, patient = (after, before) if passive else (before, after)
            if ROLES[word] == ("patient", "on") and _let_go(entities, words, owners, i, patient):
                continue
            if word in _HOLDING and (entities[agent].cls.mobility not in CREATURE_KINDS
                                     or not carried_by_hand(entities[patient].cls)
                                     or names_no_one and not passive and words[i + 1:i + 2] != ["it"]):
                continue  # a thing in hand held by a creature; "the picture must hold four cats" frames them
            trailer, place = ROLES[word]
            follower, leader = (agent, patient) if trailer == "agent" else (patient, agent)
            passes = [m for m in entities[follower].motions if m.relation == "past"
                      and m.target == leader and m.verb not in ROLES]
            if passes and not passive:
                continue  # "the cat chases the ball but runs right past it": the chase ends in a pass, said with its way
            _pair(entities, follower, leader, place)
            used.add(word)
        elif word == "ahead" and words[i + 1:i + 2] == ["of"]:
            # "a car drives ahead of a truck": both go, the truck just behind the car, whichever was said to move
            before, after = _named(owners, i, -1, _LEAD_REACH), _named(owners, i + 2, 1, words=words)
            if before is not None and after is not None and before != after:
                _pair(entities, after, before, "behind")
                used.add(word)
        elif i in carried_with:
            carrier, carried = _named(owners, i, -1, _LEAD_REACH), _named(owners, i + 1, 1, words=words)
            if carried is None and words[i + 1:i + 2] == ["it"]:
                carrier, carried = _goer_and_thing_in_hand(entities, owners, i)  # "picks up a kite, then runs with it"
                if carrier is not None and carried is not None and carrier != carried \
                        and not any(map(_travels, entities[carried].motions)) \
                        and entities[carrier].companion is None and entities[carried].companion is None:
                    entities[carried].companion = (carrier, "on")  # the goer's own move, its way still to be told
                    used.add(word)
            elif carrier is not None and carried is not None and _carried_along(entities[carrier], entities[carried]) \
                    and not _placed_in_the_scene(words, owners, i, carried):
                _pair(entities, carried, carrier, "on")  # "a dog runs left with a bone": the bone goes where it goes
                used.add(word)
        elif word == "same" and i + 1 < len(words) and words[i + 1] in PATH_WORDS:
            _same_path(entities, owners, i)
        elif word in ON_WORDS:
            seat = i + 3 if words[i + 1:i + 3] == ["top", "of"] else i + 1  # "on top of a camel"
            before, after = _named(owners, i, -1, 1), _named(owners, seat, 1, words=words)
            if before is None:
                before = _rider_of_the_way(words, owners, i)  # "a man rides from right to left on a horse"
            if before is not None and after is not None and before != after and _rideable(entities[after]):
                _pair(entities, before, after, "on")  # "a rider on a bike", "a monkey atop an elephant"
                used.add(word)
    return used


_RIDING_FORMS = frozenset(_RIDING.split()) | {"rode"}


def _goer_and_thing_in_hand(entities: list[Entity], owners: list[int | None], at: int) -> tuple[int | None, int | None]:
    """"A kid picks up a kite, then runs with it": the last creature named before the "with" that goes somewhere, and
    the last thing a hand passes on named before it, which "it" is."""
    named = [owner for owner in owners[:at] if owner is not None and owner != _SENTENCE_END]
    goers = [i for i in named if entities[i].cls.mobility in CREATURE_KINDS and any(map(_travels, entities[i].motions))]
    # a thing, not a living one ("kite" flies, but no kite is alive)
    things = [i for i in named if entities[i].cls.material != "flesh" and passed_by_hand(entities[i].cls)]
    return (goers[-1] if goers else None), (things[-1] if things else None)


# "Drawing a picture, a girl sits": a fronted "drawing" is the art, hardly ever a pulling
_FRONTED_ART = frozenset(("drawing",))


def _fronted_doer(text: str, found: list[re.Match], entities: list[Entity], owners: list[int | None], thing: int,
                  at: int) -> int | None:
    """"Riding a horse, a knight goes left": the one subject named after the fronted participle at ``at``, whose
    object ``thing`` is named before the participle's comma ("Holding hands, a man and a woman walk": hands are no
    thing, the man is no object). A counted or joined subject ("Pushing a cart, two men walk") is none: one thing
    goes with one doer."""
    if found[at].group(0) in _FRONTED_ART:
        return None
    named = next((p for p in range(at + 1, len(owners)) if owners[p] == thing), None)
    if named is None:
        return None  # a thing not named after the participle is not its object, and says no doer
    if "," in text[found[at].end():found[named].start()]:
        return None
    doer = _named_after(owners, thing, at)
    if doer is None or entities[doer].count > 1:
        return None
    last = max(p for p in range(len(owners)) if owners[p] == doer)  # "a man and a woman": a second subject joined
    joined = [p for p in range(last + 1, min(last + 4, len(owners))) if owners[p] is not None]
    return None if joined and owners[joined[0]] != _SENTENCE_END and "and" in (w.group(0) for w in found[last + 1:joined[0]]) \
        else doer


def _named_after(owners: list[int | None], thing: int, at: int) -> int | None:
    """The first other thing named after ``thing`` (itself named after the word at ``at``) in the same sentence."""
    for p in range(at + 1, min(at + 1 + _LEAD_REACH, len(owners))):
        if owners[p] == _SENTENCE_END:
            return None
        if owners[p] is not None and owners[p] != thing:
            return owners[p]
    return None


def _rider_of_the_way(words: list[str], owners: list[int | None], at: int) -> int | None:
    """"A man rides from right to left on a horse": the one who rides, where "on" closes the way said after a riding
    verb (nothing named between the verb and "on") in the same sentence."""
    for j in range(at - 1, max(at - 1 - _LEAD_REACH, -1), -1):
        if owners[j] is not None:
            return None  # a sentence's end, or a thing named between: "rides past a bus on a bike" is its own reading
        if words[j] in _RIDING_FORMS:
            return _named(owners, j, -1)
    return None


def _after_a_going(words: list[str], at: int) -> bool:
    """Whether the "with" at ``at`` comes after a verb of going: "runs left with a bone" carries it, "a man with a
    suitcase walks" only describes him, and the suitcase stays."""
    return any(VERB_KINDS.get(word) in MOVING_KINDS for word in words[max(0, at - 4):at])


# words placing a thing in the scene rather than in a hand or a mouth ("with a box nearby")
_SCENE_PLACES = frozenset("nearby near beside behind next close around beyond opposite ahead below above underneath "
                          "there here".split())
_SET_ON = frozenset(("in", "on", "at", "under", "by"))


def _placed_in_the_scene(words: list[str], owners: list[int | None], at: int, carried: int) -> bool:
    """Whether the thing after the "with" at ``at`` is placed in the scene, "with a box nearby", "with a tree in the
    background", so it stands where it is; "with a bone in its mouth", "with a cup in hand" are held."""
    start = owners.index(carried, at + 1)
    end = start
    while end + 1 < len(words) and owners[end + 1] == carried:
        end += 1
    after = words[end + 1:end + 3]
    return any(word in _SCENE_PLACES for word in words[start:end + 2]) \
        or len(after) == 2 and after[0] in _SET_ON and after[1] in ("the", "a", "an")


def _carried_along(carrier: Entity, carried: Entity) -> bool:
    """Whether a creature that goes somewhere has ``carried`` with it: a thing one hand passes to another (a bone, a
    cup, a bag), no creature ("runs with a dog" is two walkers), that does nothing of its own ("with a ball that rolls
    away" goes its own way). Only after the verb: "a man with a suitcase walks" is still read as the man described,
    the suitcase left standing, as the planner read it before this rule."""
    return carrier is not carried and carrier.cls.mobility in CREATURE_KINDS and any(map(_travels, carrier.motions)) \
        and carried.cls.mobility not in CREATURE_KINDS and passed_by_hand(carried.cls) \
        and not any(map(_travels, carried.motions))


def _let_go(entities: list[Entity], words: list[str], owners: list[int | None], at: int, held: int) -> bool:
    """Whether the thing held at word AT leaves the hand later: it is thrown, kicked or dropped ("then throws it",
    "kicks the ball"), or it goes by itself ("then the balloon floats up", "it rolls to the left")."""
    for i in range(at + 1, len(words)):
        kind = VERB_KINDS.get(words[i])
        if kind in _LETTING_GO and i + 1 < len(words) and (
                words[i + 1] in PRONOUNS or _named(owners, i + 1, 1, 3, words) == held):
            return True
        if (words[i - 1] == "it" or owners[i - 1] == held) and _goes_by_itself(entities[held], kind):
            return True
    return False


def _goes_by_itself(thing: Entity, kind: str | None) -> bool:
    """Whether ``thing`` can make a move of ``kind`` on its own: anything falls, a ball rolls and a balloon floats,
    but only a living thing runs or walks ("a dog holds a stick; it runs" is the dog's run, the stick in its mouth)."""
    if kind in _LETTING_GO:
        return True
    if kind not in MOVING_KINDS or thing.cls.mobility == "passive":
        return False
    return kind not in _LIVING_KINDS or thing.cls.mobility in CREATURE_KINDS


def _same_path(entities: list[Entity], owners: list[int | None], at: int) -> None:
    """"A kite follows the same path", "a dog and a cat take the same route": the one named last before it
    goes that way after the other, which is the one whose way was said (else the one named before it)."""
    follower = _named(owners, at, -1, at)
    if follower is None:
        return
    ways = [i for i, e in enumerate(entities) if i != follower and any(_travels(m) and _ways([m]) for m in e.motions)]
    named = [i for i in range(follower) if i not in ways]
    leader = ways[0] if ways else (named[-1] if named else None)
    if leader is not None:
        _pair(entities, follower, leader, "trail")


def _entity_of(words: list[str], i: int, entities: list[Entity]) -> int | None:
    """The object a word names; of two with that noun ("a red car chases a blue car"), the one whose
    colour or size is said just before it."""
    found = noun_class(words[i])
    base = (found[0] if found else singular(words[i])).split()[-1]
    named = [index for index, entity in enumerate(entities) if entity.noun.split()[-1] == base]
    said = set(words[max(i - 2, 0):i])
    described = [index for index in named if said & {value for _, value in entities[index].attributes}]
    if not described and len(named) > 1 and said & ORDERED:
        return named[0] if "first" in said else named[1]  # "a second bird follows the first bird": told apart by order
    return (described or named or [None])[-1]


def _referent(entities: list[Entity], owners: list[int | None], follower: int, at: int) -> int | None:
    """Who is followed when the verb names no one or says "it": the last other thing named before the verb, else
    the one of the follower's kind named before it ("a bird flies off, and a second bird follows (it)")."""
    named = [owner for owner in owners[:at] if owner is not None and owner not in (follower, _SENTENCE_END)]
    if named:
        return named[-1]
    noun = entities[follower].noun
    return next((i for i in range(follower - 1, -1, -1) if entities[i].noun == noun), None)


def _named(owners: list[int | None], start: int, step: int, reach: int = _REACH, words: list[str] | None = None) -> int | None:
    """The first object word from ``start`` (exclusive when going back) within ``reach`` words; going forward
    with ``words``, none after a preposition ("rides past a bus stop": the stop is passed, not ridden)."""
    positions = range(start - 1, max(start - 1 - reach, -1), -1) if step < 0 else range(start, min(start + reach, len(owners)))
    for p in positions:
        if owners[p] == _SENTENCE_END or (words is not None and words[p] in PREPOSITIONS):
            return None
        if owners[p] is not None:
            # "on the horse's right"
            return None if words is not None and p + 1 < len(words) and words[p + 1] == "s" else owners[p]
    return None


def _rideable(entity: Entity) -> bool:
    return entity.cls.mobility == "vehicle" or entity.noun.split()[-1] in RIDEABLE


def _pair(entities: list[Entity], follower: int, leader: int, place: str) -> None:
    if entities[follower].companion is not None or entities[leader].companion is not None:
        return  # one pairing per object: a chain is read from its first link
    entities[follower].companion = (leader, place)
    for index in (follower, leader):
        for motion in entities[index].motions:
            if motion.target in (follower, leader):
                motion.relation = motion.target = None  # "pulled by a donkey": the donkey is no place it passes
    leads, follows = ([m for m in entities[index].motions if _travels(m)] for index in (leader, follower))
    said = next((ways for ways in (_ways(leads), _ways(follows)) if ways), None) or _with_a_way(leads + follows)
    shown = [m for m in entities[follower].motions if m.kind in ("appear", "disappear")]
    kept = [m for m in entities[leader].motions if not _travels(m)]
    entities[leader].motions = kept + said  # the way said of either, once (not both copies of a shared verb)
    entities[follower].motions = shown  # "followed by a cat in the second half": when it is seen is its own


def _travels(motion: Motion) -> bool:
    return motion.kind not in ("rest", "visible", "appear", "disappear")


def _ways(moves: list[Motion]) -> list[Motion]:
    return [m for m in moves if m.direction or m.end or m.start or m.relation or m.exits or m.enters_from or m.circle]


def _with_a_way(moves: list[Motion]) -> list[Motion]:
    """The moves that say where they go; a bare "pulled"/"chases" only when none does."""
    said = _ways(moves)
    if said or not moves:
        return said
    bare = moves[0]
    if bare.kind not in ("fall", "jump", "bounce", "throw"):
        bare.direction = DEFAULT_WAY  # "a dog chases a car": a chase is a move, so it goes somewhere
    return [bare]


def land_on_targets(scene: Scene, tracks: dict[int, list[Pose]],
                    windows: dict[int, list[tuple[float, float, Motion]]], times: list[float]) -> None:
    """"An apple falls onto a girl who runs to the right", "a ball drops onto a table": a fall onto a thing lands on
    its top where that thing is when the faller comes down to it (its fall shifted over that place), then rides on it;
    the fall alone would pass through it to the ground. Looked at from the keyframe the fall starts ("in the second
    half"); after landing its own moves go on over that top ("and rolls to the left", "and bounces", "then runs"),
    down to the ground once they carry it past the thing's edge."""
    entities = scene.reading.entities
    if scene.world.top_down:
        return
    for inst in scene.instances:
        motions = entities[inst.entity].motions
        fall = motions[0] if motions else None
        if fall is None or fall.kind != "fall" or fall.relation not in ("on", "to") or fall.target is None \
                or fall.target == inst.entity:
            continue
        targets = [i for i in scene.instances if i.entity == fall.target]
        if not targets:
            continue
        members = [i for i in scene.instances if i.entity == inst.entity]
        target = targets[min(members.index(inst), len(targets) - 1)]
        own_windows = windows.get(inst.entity, [])
        span = next(((t0, own_windows[i + 1][0] if i + 1 < len(own_windows) else math.inf)
                     for i, (t0, _t1, m) in enumerate(own_windows) if m is fall), (0.0, math.inf))
        below, own = tracks[target.id], tracks[inst.id]
        tops = [pose.y - target.height for pose in below]
        first = next((k for k, t in enumerate(times) if t >= span[0] - 1e-9), None)
        if first is None or own[first].y >= tops[first]:
            continue  # it starts no higher than the top: no fall onto it to draw
        # down to its top, or already going up again (it bounced below it between two keyframes)
        landed = next((k for k in range(first + 1, len(own)) if own[k].y >= tops[k] or own[k].y < own[k - 1].y), None)
        if landed is None:
            continue
        own_heights = [fall.bounces or t >= span[1] - 1e-9 for t in times]
        last = max(k for k, t in enumerate(times) if t < span[1] - 1e-9)
        if fall.end is not None and fall.end[0] is not None and last > landed:
            # "falls onto the desk and rolls to the left": from where it lands it goes on to the end it was told
            home, goal = own[landed].x, fall.end[0] - below[landed].x + own[landed].x  # its end, once shifted over it
            own = own[:landed + 1] + [pose.changed(x=home + (goal - home) * (k - landed) / (last - landed))
                                      if k <= last else pose for k, pose in enumerate(own) if k > landed]
        tracks[inst.id] = _landed_track(own, below, tops, target.width, landed, own_heights)


def _landed_track(own: list[Pose], below: list[Pose], tops: list[float], width: float, landed: int,
                  own_heights: list[bool]) -> list[Pose]:
    """The faller's track shifted over the thing it lands on at ``landed``, riding its top from then on (at its own
    height over the ground where ``own_heights`` says so: a bounce, a later move) until it moves past the edge."""
    shift = below[landed].x - own[landed].x
    track, riding = [], True
    for k, pose in enumerate(own):
        if k < landed:
            track.append(pose.changed(x=pose.x + shift))
            continue
        if riding and abs(pose.x + shift - below[landed].x) > width / 2:  # its own way from where it landed
            riding = False  # off its edge: down to the ground as its own move goes
            shift += below[k].x - below[landed].x
        if not riding:
            track.append(pose.changed(x=pose.x + shift))
            continue
        lift = min(0.0, pose.y - GROUND_Y) if own_heights[k] else 0.0
        track.append(pose.changed(x=pose.x + shift + below[k].x - below[landed].x, y=tops[k] + lift,
                                  visible=pose.visible and below[k].visible))
    return track


def follow_companions(scene: Scene, tracks: dict[int, list[Pose]]) -> None:
    """Draw each follower just behind its leader (along the leader's way) or sitting on it, at every keyframe."""
    entities = scene.reading.entities
    for inst in scene.instances:
        pairing = entities[inst.entity].companion
        if pairing is None:
            continue
        leader_index, place = pairing
        leaders = [i for i in scene.instances if i.entity == leader_index]
        if not leaders:
            continue
        members = [i for i in scene.instances if i.entity == inst.entity]
        leader = leaders[min(members.index(inst), len(leaders) - 1)]
        poses = tracks[leader.id]
        if place == "trail":  # one after the other along one track: where the leader was a moment before
            lag = max(1, round((len(poses) - 1) * TRAIL_SHARE))
            before = [poses[0].changed(x=2 * poses[0].x - poses[min(k, len(poses) - 1)].x,
                                       y=2 * poses[0].y - poses[min(k, len(poses) - 1)].y) for k in range(lag, 0, -1)]
            tracks[inst.id] = [p.changed(visible=p.visible and own.visible) for p, own in zip(before + poses, tracks[inst.id])]
            continue
        if place == "on":
            lift = 0.0 if scene.world.top_down else leader.height * 0.5
            tracks[inst.id] = [p.changed(y=p.y - lift, visible=p.visible and own.visible)
                               for p, own in zip(poses, tracks[inst.id])]
            continue
        way = 1.0 if poses[-1].x >= poses[0].x else -1.0
        back = way * ((leader.width + inst.width) / 2 + GAP)
        if not any(m.exits or m.enters_from for m in entities[leader_index].motions):
            poses = tracks[leader.id] = _fitted(poses, back, leader.width, inst.width)  # both stay in the frame
        tracks[inst.id] = [p.changed(x=p.x - back / p.depth, visible=p.visible and own.visible)
                           for p, own in zip(poses, tracks[inst.id])]


def _fitted(poses: list[Pose], back: float, width: float, follower_width: float) -> list[Pose]:
    """The leader's way shifted, or shortened about its middle when too long, so that it and the follower
    behind it stay inside the frame's margins."""
    xs = [p.x for p in poses] + [p.x - back for p in poses]
    half = max(width, follower_width) / 2
    low, high = EDGE_MARGIN + half, 1 - EDGE_MARGIN - half
    left, right = min(xs), max(xs)
    if left >= low and right <= high or high <= low:
        return poses
    spread = right - left
    if spread <= high - low:
        shift = low - left if left < low else high - right
        return [p.changed(x=p.x + shift) for p in poses]
    leader_xs = [p.x for p in poses]
    travel = max(leader_xs) - min(leader_xs)
    squeeze = max(MIN_TRAVEL_KEPT, min(1.0, (high - low - abs(back)) / travel)) if travel > 0 else 1.0
    middle, goal = (max(leader_xs) + min(leader_xs)) / 2, 0.5 + back / 2  # the pair's span centred in the frame
    return [p.changed(x=goal + (p.x - middle) * squeeze) for p in poses]
