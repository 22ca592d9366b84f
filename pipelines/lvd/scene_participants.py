"""Draw only what takes part in the scene: "the recital features two cats" draws two cats, not a recital.

LVD's layouts draw the things a prompt puts in its scene, and its numeracy counts every box. A noun the object
tables do not know is drawn only when the prompt makes it a thing of the scene: it moves, falls or changes, does
something of its own ("a gramophone plays"), is counted or coloured, something moves or is placed relative to it,
it is a verb's object or named beside a drawn thing ("a cat and a gramophone"), or it is all the prompt names; one a
copula equates with the scene's counted things ("the big draw is three cats"), or names as their role ("three birds as
the centrepiece", "a ball serves as the anchor"), is another name for them, and one
that is the listener's or the speaker's own and goes nowhere in the frame ("let your jaw soften") is theirs. A gesture
or act given, taken or had ("give a wave to the cat", "the boy gives the dog a big hug", "take a bow") is what someone
does, never a thing, whatever it is said to be done to.
Otherwise it frames the prompt (a programme, a page, a playlist) and is reported, not drawn. A known support in a
fronted or trailing place phrase that nothing acts on ("On my desk, three pencils roll", "two balls in a box.", "on a
sofa next to a table.") is where the scene is, as "three birds perched on a fence" is.

After the reading, a noun known or not that takes no part (named once, no count of its own, no colour, move, place
or time, nothing placed against it, not listed with the scene's things) and sits where a writer's frame sits
(`writer_frames`: a heading, what is said or read, the speaker's own, a presenting verb's subject, outside the group
"and nothing else" closes) is the writer's, not a thing: "My phone says: two cats", "Tonight's plate: four dogs".
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .fenced_scene import drop_outside_fence
from .framing_nouns import MOMENT, PRESENTS, WATCHED_FROM, WATCHER_LOOKS_FROM, framing_role, framing_words
from .motions import Entity, Motion, remove_entity
from .object_classes import SELF_MOVING, head_pattern, singular
from .scene_words import SUPPORT_NOUNS
from .vocabulary import (
    NUMBER_WORDS,
    PRESENTING_WORDS,
    SHOWING_VERBS,
    STATE_VERBS,
    STILL_KINDS,
    TRANSITIVE_VERBS,
    VERB_KINDS,
)
from .writer_frames import (
    ADDRESSED,
    ASIDE_SENTENCE,
    HANDED_TO_SPEAKER,
    OUTSIDE,
    PRESENTING_VERB,
    REGISTERING_VERB,
    SAID,
    SAID_SO,
    SAID_WITH,
    SAYING_VERB,
    FramePosition,
    frame_position,
    holds_up_a_thing,
    is_addressed,
    is_owned,
    possessed_word,
    shows_a_clip_to_others,
)

ClauseReader = Any  # clause_reader's ClauseReader (it imports the modules that import this one)

_ATTRIBUTE_KINDS = frozenset(("color", "size", "material"))
# "Guys. Guys.", "Kids, kids, kids!", "Guys — guys!", "Children? Children!": a bare word said again right after
# itself, whatever stops it, is a call repeated (each mention with its repeat after it counted); a call, so its note
# says the listeners are addressed, whether or not it also reads as a heading
_CALLED_AGAIN = (r"\bHEAD(?:e?s)?(?:[.,!?;:]|\s*(?:\u2014|\u2013|--?)\s*)+\s?"
                 r"(?=HEAD(?:e?s)?(?:[.,!?;:\u2014\u2013]|\s*--?\s|$))")
# Moves that stay on a support rather than act on it: "On the desk, a pencil rolls" is a roll in that place
_CALM_KINDS = STILL_KINDS | {"move", "roll", "run", "circle"}
_CALM_RELATIONS = frozenset((None, "on", "by", "next"))
# Roles in which a noun's own verbless rest is the framing verb's reading, not a state ("my window looks out on");
# a heading's "Ball: static." is the ball's own
_FRAMING_PLACES = frozenset((PRESENTS, WATCHED_FROM, WATCHER_LOOKS_FROM))
# How a watcher's place relates to what they see: "From the tower, I see a boat sailing"
_LOOKED_FROM = frozenset(("from", "through", "out"))
# "there are five apples", "there were exactly three": a sentence that says how many there are
_COUNTED_RE = re.compile(r"\bthere (?:are|were) (?:(?:exactly|only|just|precisely) )?(?:" + "|".join(NUMBER_WORDS) + r"|\d+)\b")
# How a gaze relates to what it looks at: "let your gaze rest on", "turn your eyes toward"
_LOOKED_AT = frozenset(("on", "onto", "toward", "at", "to"))
_OFF_AN_EDGE = re.compile(r"\b(?:off|edge|over the side|overboard)\b")

# Templates completed with the noun's last word for HEAD
_DETERMINER = r"(?:the|a|an|my|our|your|his|her|its|their|this|that|some|one)"
_PHRASE_TO_HEAD = rf"{_DETERMINER} (?:[a-z'-]+ ){{0,3}}?HEAD(?:e?s)?\b"
# "On my desk, ...", "..., on my bedroom rug.", "in the shop window": a place phrase opening or closing a clause
_PLACE = rf"\b(?:on|upon|atop|at|in|inside|by|beside|near|next to|against|across|along|behind|in front of) {_PHRASE_TO_HEAD}"
_FRONTED_PLACE = rf"(?:^|[.;:!?,] ){_PLACE}(?=,)"
_OPENING_PLACE = rf"(?:^|[.;:!?,] ){_PLACE}"
# "..., on my bedroom rug.": one closing it, unless a move's verb governs it ("a cup slides across a table")
# ("on a sofa next to a table.": each place of a chain that closes it)
_CLOSING_PLACE = rf"(?:\b([a-z]+) )?{_PLACE}(?=(?: {_PLACE.replace('HEAD', '[a-z]+')})*\s*(?:[.;:!?,]|$))"
# "a cat and a gramophone", "a zorblax and two cats": named in a list of the scene's things (", and that is the truth"
# opens a clause of its own on a pronoun and its verb, listing nothing, and so does "and the scribe saw it all": a
# noun whose verb takes "it" is that clause's subject; a storyteller's "And" opening a sentence, "And the Lord showed me
# ...", links it to the story before and lists nothing)
_COUNT_OR_DETERMINER = rf"(?:{_DETERMINER}|\d+|{'|'.join(NUMBER_WORDS)})\b"
_LISTED = (rf"(?<=[a-z0-9,'] )and (?!(?:that|this|it|there)(?:'s| is| was)\b){_PHRASE_TO_HEAD}"
           r"(?!'| of\b|(?:(?: that| which)?(?: i| we| you) [a-z]+)? [a-z]+ (?:it|them|everything)\b)"
           rf"|(?:^|[.;:!?] |\b{_DETERMINER} )(?:[a-z-]+ ){{0,2}}?HEAD,? (?:and|&) {_COUNT_OR_DETERMINER}")
# "the big draw is three cats", "the highlight was a dog": a noun a copula equates with counted things
_EQUATED = (r"\bHEAD(?:e?s)? (?:is|are|was|were) (?:(?:a|an|\d+|" + "|".join(NUMBER_WORDS) +
            r") )(?P<named>[a-z-]+(?: [a-z-]+){0,2})")
# "three birds as the centrepiece,", "a ball serves as the anchor.": the role a thing told is named as, closing its
# phrase ("a dog as the anchor walks" may be a dog beside one, and is left to the reading). The named word is taken
# whole and never given back, so a long run of hyphened words costs one pass, not one per hyphen.
_NAMED_AS = (r"(?<![a-z-])(?P<named>[a-z-]++) (?:(?:serves?|acts?|works?|stands?|is|are|was|were) )?as (?:the|a|an|my"
             r"|our|your|their) (?:[a-z-]+ )?HEAD(?:e?s)?(?= ?[,.;:!?]|$)")
# what may follow the role up to its clause's end: only where or how long the thing is in view ("..., in view the
# whole time", "..., start to finish, and nothing else"); "as the owner, laughing, looks on" is "as" meaning while,
# its noun a doer of its own
_ROLE_CLOSED_RE = re.compile(r"(?:, (?:and )?(?:in|on|from|throughout|the whole|all|start|nothing|no other|only|still"
                             r"|visible|please|thanks)\b[^,.;:!?]*)*\s*(?:[.;:!?]|$)")
# "your clip of the three dogs is a treat", "the video is a real joy": what a copula says the clip is, a judgement of it
_CLIP_JUDGED = (r"\b(?:clip|video|film|footage|recording|reel|movie)\b(?: of [^.;:!?]*?)? (?:is|was) (?:(?:such|quite|truly|"
                r"really"
                r"|just) )?(?:a|an) (?:[a-z-]+ )?HEAD\b")  # "a real treat", "an absolute gem": the word before is optional
# A word that may sit between a count and its noun ("two moving balls"), never a preposition or determiner ("one on my")
_ADJECTIVE = rf"(?!(?:on|in|of|at|to|for|from|with|by|and|or|as|{_DETERMINER})\b)[a-z'-]+"
# "knocks a teapot", "squeezes the sponge": the word before the noun phrase, when it may be a verb
_OBJECT_OF = rf"\b([a-z]+) {_PHRASE_TO_HEAD}"
# "a man with a suitcase": what a drawn thing has with it
# ("with a cat as a companion": the part the cat plays, not a second thing it has)
_WITH = rf"\bwith {_DETERMINER} (?:(?!as\b)[a-z'-]+ ){{0,3}}?HEAD(?:e?s)?\b"
# "waits at a bus stop", "sleeps by the gramophone": a place a verb puts a drawn thing at
_PLACED_AT = rf"\b([a-z]+) {_PLACE}"
# "the gardener plants a tree": an unknown verb between its subject and its object
_SUBJECT_OF = rf"\bHEAD(?:e?s)? ([a-z]+s) {_COUNT_OR_DETERMINER}"
# "the teacher shows the children a ball": one who shows or reads something to others named in the scene
_SHOWS_TO_OTHERS = (rf"\bHEAD(?:e?s)? (?:[a-z]+ly )?(?:{SHOWING_VERBS}|reads) "
                    rf"{_DETERMINER} ([a-z'-]+)(?: ([a-z'-]+))?")
# "our sources swear by it", "my neighbours will attest to that": a verb bearing on the told scene by a pronoun
_VOUCHES = (r"\bHEAD(?:e?s)? (?:(?:can|will|would|all|also|do) )?(?P<verb>[a-z]+) (?:by|to|for|on|with) "
            r"(?:it|them|this|that|all this|all that|every word)(?=\s*(?:[.;:!?,]|$))")
# "give a wave to the cat", "gives the dog a big hug", "take a quick look", "had a nap": an act or gesture said as the
# object of a light verb, no thing in the scene
_ACT_HEADS = frozenset(("wave hug nod look kiss pat push kick shout bow glance smile wink cheer salute nudge sniff "
                        "lick high-five shove tug peek stroke scratch squeeze clap try rest break nap bath spin leap "
                        "hand thumbs-up shrug yell whistle grin curtsy sigh yawn stretch").split())
_GIVEN_AS_AN_ACT = (r"\b(?:give|gives|gave|giving|given|take|takes|took|taking|taken|have|has|had|having|do|does|did)"
                    r"(?: (?:it|them|him|her|me|us|you|(?:the|a|an|this|that|my|your|our|his|their) [a-z'-]+))?"
                    r" (?:a|an|one|another|some) (?:[a-z'-]+ )?HEAD\b")
# "a wave", "the robot hand", "two waves": the noun named as a thing, which an act phrase above names too
_NAMED_AS_A_NOUN = (r"\b(?:(?:a|an|one|another|some|the|this|that|his|her|its|their|my|your|our)(?: [a-z'-]+)? HEAD\b"
                    r"|(?:the|some|many|two|three|four|five|\d+) HEADe?s\b)")
# "a gramophone plays while ...", "the blender whirs.": a verb with no object, something the thing does itself
_ACTS_ALONE = r"\bHEAD(?:e?s)? ([a-z]+s)(?=\s*(?:[,.;!?]|$)|\s+(?:while|as|and|when|until|then|[a-z]+ly)\b)"
# "my phone rings", "the lamp slowly flickers": the verb said of a noun (a word that ends a heading before its colon,
# "the Whiskers sisters:", "the Misses Whiskers:", is part of the label's name, no verb)
_VERB_AFTER = r"\bHEAD(?:e?s)? (?:[a-z]+ly )?([a-z]+(?:s|ed))\b(?!:)"
# "the rng gives us": a verb handing the speaker or the listener what the clause holds reports it, as presenting does
_HANDING_AFTER = r"\bHEAD(?:e?s)? (?:[a-z]+ly )?(?=" + HANDED_TO_SPEAKER + r")([a-z]+)"


def _pattern(template: str, noun: str) -> re.Pattern:
    return head_pattern(template, noun.split()[-1])


def needs_checking(entities: list[Entity]) -> bool:
    """Whether the reading holds a noun we do not know or a still support: the only readings the rule can change."""
    return len(entities) > 1 and any(_candidate(entity) for entity in entities)


def _candidate(entity: Entity) -> bool:
    """A noun we do not know, or a known support or wall ("a desk", "a box", "the shop window") that may be only the place."""
    return not entity.known or (entity.cls.mobility in ("scenery", "passive") and entity.noun.split()[-1] in SUPPORT_NOUNS) \
        or entity.cls.mobility == "wall"


def drop_non_participants(reader: ClauseReader, text: str, prompt: str = "") -> bool:
    """Take out of the reading what does not take part in the scene, with a note saying why for each; TEXT is the
    prompt as read, PROMPT as written (the voice's own words, "my phone", "and nothing else", are still in it).
    Whether anything was taken out, which the reader's cues for one object may then read ("a dog in the first half
    only, and no dog in the second half. That's the plan.": the plan gone, the dog is the one object)."""
    fenced_out = drop_outside_fence(reader, (prompt or text).lower())  # the fence as written: a rewrite may drop it
    return _drop_idle(reader, text, prompt) or fenced_out


def _drop_idle(reader: ClauseReader, text: str, prompt: str) -> bool:
    """What takes no part: a noun the tables do not know, a place, a framing word, or the writer's own thing."""
    lowered = text.lower()
    framing = framing_words(lowered) if len(reader.entities) > 1 and any(map(_bare, reader.entities)) else {}
    if not framing and not needs_checking(reader.entities):
        return _drop_writers_things(reader, lowered, prompt)
    scene_moves = any(entity.motions for entity in reader.entities)
    roles = [framing_role(entity, framing, scene_moves) if framing else None for entity in reader.entities]
    idle = [i for i, entity in enumerate(reader.entities)
            if (_candidate(entity) or roles[i])
            and (not _takes_part(reader, i, lowered, roles[i]) or _given_as_an_act(entity, lowered))]
    if len(idle) == len(reader.entities):  # "the podcast intro: a zorblax": nothing else is named, so it is drawn
        return _drop_writers_things(reader, lowered, prompt)
    named = len(reader.entities)
    for index in reversed(idle):
        entity = reader.entities[index]
        if not entity.known:
            if _named_as_a_thing(reader, index, lowered) and not _given_as_an_act(entity, lowered):
                continue
            _hand_on_borrowed_moves(reader, index, lowered)
            remove_entity(reader.entities, index, reader.camera)
            reader.notes = [n for n in reader.notes if f"'{entity.noun}'" not in n]
            reader.notes.append(f"'{entity.noun}' names no visible thing in the scene; not drawn")
        elif _only_where(entity.noun, lowered):
            _hand_on_borrowed_moves(reader, index, lowered)
            remove_entity(reader.entities, index, reader.camera)
            reader.scenes.append(entity.noun)
            reader.notes.append(f"read '{entity.noun}' as the place, not an object")
        elif role := roles[index]:
            _hand_on_borrowed_moves(reader, index, lowered)
            remove_entity(reader.entities, index, reader.camera)
            reader.notes.append(f"'{entity.noun}' {role}, it is no thing in it; not drawn")
    return _drop_writers_things(reader, lowered, prompt) or len(reader.entities) < named


def _drop_writers_things(reader: ClauseReader, lowered: str, prompt: str) -> bool:
    """Take out a noun, known or not, that does nothing in the scene and sits where a writer's frame sits: the
    heading, what is said or read, the speaker's own, what presents the scene, or outside the group the prompt
    closes ("Tonight's plate: four dogs", "my phone says", "say a few words about two balls")."""
    if len(reader.entities) < 2 or not any(map(_uncoloured, reader.entities)):
        return False
    written = prompt.lower()
    # "chef's tip: two cats": the word a noun owns, read as its move, is no act of it; "wake up, people!": what is
    # asked of the listeners called to is no act of theirs in the scene
    # "let your shoulders drop", "as your party enters": what the listener's own does is the listener's, not the scene's
    own = {i for i in range(len(reader.entities)) if _listeners_own(reader, i, written)}
    acting = {i for i, entity in enumerate(reader.entities)
              if _acts_in_scene(reader, i, lowered, possessed_word(entity.noun, lowered), shows=True)
              and not is_addressed(entity.noun, lowered) and i not in own}
    idle = [i for i, entity in enumerate(reader.entities) if _uncoloured(entity) and (i in own or (
            _may_frame(entity, i in acting) and not _counted(entity.noun, lowered) and _said_once(entity.noun, lowered)
            and not _listed_with_things(entity.noun, lowered) and not _verb_of_its_own(reader, entity.noun, lowered, written)))]
    called = [i for i in idle if is_addressed(reader.entities[i].noun, lowered)]
    if len(idle) == len(reader.entities) and not acting and 0 < len(called) < len(idle):
        idle = called  # "Arr, ye dogs, look at that car": the ones called to are out of a scene whose things do nothing
    if not idle or (len(idle) == len(reader.entities) and not acting):
        return False  # "a cat and a book": with nothing counted or acting, what is named is the scene
    dropped = False
    scene_heads = [entity.noun.split()[-1] for i, entity in enumerate(reader.entities) if i not in idle or i in acting]
    framed = {}
    for index in idle:
        entity = reader.entities[index]
        self_moving = entity.known and entity.cls.mobility in SELF_MOVING
        called_again = _pattern(_CALLED_AGAIN, entity.noun).search(lowered) is not None
        found = FramePosition(ADDRESSED) if called_again else frame_position(entity.noun, lowered, scene_heads,
                                                                             self_moving)
        # the prompt as read decides; only where it found no frame, or only OUTSIDE, do the writer's own words decide
        if found is None or found.role == OUTSIDE:
            found = frame_position(entity.noun, written, scene_heads, self_moving) or found
        attention = not entity.known and is_owned(entity.noun, written)
        if found is not None and (found.role == ADDRESSED or index in own
                                  or not _acts_in_scene(reader, index, lowered, found.verb, attention, found.shows)) \
                and (not _sized(entity) or (found.role == SAID and not entity.known) or found.role == SAID_SO):
            # "a short piece on two cars", "say it with a big smile": sized, and still only words or their manner
            framed[index] = found
    kept_heads = {reader.entities[i].noun.split()[-1] for i in range(len(reader.entities)) if i not in framed}
    for index in sorted(framed, reverse=True):
        entity, position = reader.entities[index], framed[index].role
        if framed[index].speaker in kept_heads or singular(framed[index].speaker) in kept_heads:
            continue  # "a man reads a book": the book of a reader in the scene
        _hand_on_borrowed_moves(reader, index, lowered)
        if not entity.known:
            _hand_on_traced_way(reader, index)
        remove_entity(reader.entities, index, reader.camera)
        reader.notes = [n for n in reader.notes if f"'{entity.noun}'" not in n]
        reader.notes.append(f"'{entity.noun}' {position}, it takes no part in the scene; not drawn")
        dropped = True
    return dropped


def _listeners_own(reader: ClauseReader, index: int, written: str) -> bool:
    """Whether a noun the tables do not know is the listener's or the speaker's own ("your shoulders", "your party",
    "my mind") and does nothing in the frame: no move to a place, side or way of it, none toward, from or past a scene
    thing, none acting on it. The listener and the speaker are never in the video, so neither is what is theirs ("my
    zorblax rolls to the left" goes somewhere in the frame, and is drawn)."""
    entity = reader.entities[index]
    if entity.known or entity.agent is not None or entity.companion is not None or not is_owned(entity.noun, written):
        return False
    vouching = _vouches_for_it(entity.noun, written)
    return all((_nowhere(m) or vouching) and not (m.side_start or m.side_end or m.exits)
               for m in entity.motions) and not any(
        other.agent == index or (other.companion is not None and other.companion[0] == index)
        or any(m.target == index for m in other.motions) for other in reader.entities)


def _vouches_for_it(noun: str, written: str) -> bool:
    """Whether the noun's one verb, one the tables do not know, bears on the told scene as a whole by a pronoun ("our
    sources swear by it", "my neighbours attest to it"): a word said of the scene, never a place or a way in it."""
    said = _pattern(_VOUCHES, noun).search(written)
    return said is not None and said["verb"] not in VERB_KINDS and said["verb"] not in STATE_VERBS


def _bare(entity: Entity) -> bool:
    """A noun named once and not coloured or sized: the only kind that may frame the scene."""
    return entity.count == 1 and not entity.member_colours and not any(kind in _ATTRIBUTE_KINDS for kind, _ in entity.attributes)


def _acts_in_scene(reader: ClauseReader, index: int, lowered: str, frame_verb: str, attention: bool = False,
                   shows: bool = False) -> bool:
    """Whether a noun in a writer's frame does anything of its own: a move that is neither its FRAME_VERB's nor a bare
    "in the frame" (what the frame presents is there, "the policeman states four birds were in the frame") nor a
    watcher's "from", or something acts on it, follows it or is placed against it. With ATTENTION (a word we do not
    know that is the listener's own, "let your gaze rest on two cars"), turning, resting on or turning toward a scene
    thing is where the listener looks, not a place; with SHOWS (a colon's heading, "Scribbled on my paper: four
    dogs", or what is said, "to say a few words about two balls"), a verbless place by it is how it shows things."""
    entity = reader.entities[index]
    if entity.agent is not None or entity.changes or any(m.target == index for m in reader.camera) \
            or (entity.companion is not None and not attention):  # "let your eyes follow a dog": a gaze, no follower
        return True
    looking = {m.verb for m in entity.motions if _looks_at(m)} if attention else set()
    traced = attention and _looked_at(entity) is not None  # "let your eyes follow a dog from A to B": the dog's way
    if any(not _presence_only(m) and not (frame_verb and m.verb.rstrip("s") == frame_verb.rstrip("s")) and m.verb not in looking
           and not (attention and (_looks_at(m) or _nowhere(m))) and not traced
           and _borrowed(reader, index, m, lowered) is None for m in entity.motions):
        return True
    return any(other.agent == index or (other.companion is not None and other.companion[0] == index)
               or any(m.target == index and not _presence_only(m) and not (m.relation == "by" and not m.verb)
                      and not (shows and not m.verb and m.kind == "rest")
                      for m in other.motions) for other in reader.entities)


def _verb_of_its_own(reader: ClauseReader, noun: str, lowered: str, written: str) -> bool:
    """Whether a verb that presents or registers nothing follows the noun: "my phone rings while two dogs run" is the
    phone's (as read, and as WRITTEN: the spelling repair may have made "spots" a "sports"); a verb that moves nothing
    in an opening sentence of its own ("The vision clears.") is the speaker's aside, not the noun's act."""
    aside = _pattern(ASIDE_SENTENCE, noun.split()[-1]).search(lowered)
    if aside is not None and aside["verb"] not in VERB_KINDS:
        return False
    handing = set(re.findall(_pattern(_HANDING_AFTER, noun), lowered))
    return any(PRESENTING_VERB.fullmatch(verb) is None and REGISTERING_VERB.fullmatch(verb) is None
               and verb not in handing
               and (verb in reader.unknown or verb in VERB_KINDS or verb in STATE_VERBS)
               for verb in _pattern(_VERB_AFTER, noun).findall(lowered)) \
        and not any(PRESENTING_VERB.fullmatch(verb) for verb in _pattern(_VERB_AFTER, noun).findall(written))


def _may_frame(entity: Entity, acts: bool) -> bool:
    """Whether a noun may still be a writer's frame: it does nothing, or only what a frame's verb ("follow these
    directions" read as the directions following) or a gaze does."""
    if not acts or any(PRESENTING_VERB.fullmatch(m.verb) or SAYING_VERB.fullmatch(m.verb) for m in entity.motions):
        return True
    return not entity.known and (_looked_at(entity) is not None or entity.companion is not None)


def _presence_only(motion: Motion) -> bool:
    """A rest that says only that a thing is there, or is seen from somewhere or logged by someone ("Logged by the
    watch: four cars"): no place, side or way of its own."""
    return motion.kind in ("rest", "visible") and (motion.relation in (None, "from", "through")
                                                   or (motion.relation == "by" and not motion.verb)) \
        and motion.start is None and motion.end is None and motion.direction is None \
        and not (motion.side_start or motion.side_end)


def _nowhere(motion: Motion) -> bool:
    """A move with no place, way or thing it goes to: "turn your gaze toward ..." turns nothing in the scene."""
    return motion.target is None and motion.start is None and motion.end is None and motion.direction is None


def _looks_at(motion: Motion) -> bool:
    """A settling on or turning toward another thing, with no place or way of its own: where a gaze goes."""
    return _toward(motion) and motion.start is None and motion.end is None and motion.direction is None


def _toward(motion: Motion) -> bool:
    return motion.target is not None and motion.relation in _LOOKED_AT


def _looked_at(entity: Entity) -> int | None:
    """The one thing a gaze falls on or follows, if it falls on one only."""
    targets = {m.target for m in entity.motions if _toward(m)}
    return targets.pop() if len(targets) == 1 else None


def _hand_on_traced_way(reader: ClauseReader, index: int) -> None:
    """Give the thing a dropped gaze follows the way the reader gave the gaze ("let your gaze fall on a ball as it goes
    from the lower right corner to the lower left"), when that thing has no move of its own."""
    gaze = reader.entities[index]
    followed = _looked_at(gaze)
    if followed is None or reader.entities[followed].motions:
        return
    reader.entities[followed].motions.extend(
        replace(m, kind="move", target=None, relation=None) for m in gaze.motions if m.start is not None or m.end is not None)


def _uncoloured(entity: Entity) -> bool:
    """Named with no colour or material: a writer's frame is never described by its look."""
    return not entity.member_colours and not any(kind in ("color", "material") for kind, _ in entity.attributes)


def _sized(entity: Entity) -> bool:
    return any(kind == "size" for kind, _ in entity.attributes)


def _said_once(noun: str, lowered: str) -> bool:
    """Named once: a call said again at once, "Guys. Guys.", "Kids, kids!", is one naming."""
    said = len(_pattern(r"\bHEAD(?:e?s)?\b", noun).findall(lowered))
    return said == 1 or (said > 1 and said - len(_pattern(_CALLED_AGAIN, noun).findall(lowered)) == 1)


def _counted(noun: str, lowered: str) -> bool:
    """Whether a number gives the noun a count of its own ("two records spin", not "a few words")."""
    counted = _pattern(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)}) (?:{_ADJECTIVE} ){{0,2}}?HEAD(?:e?s)?\b", noun)
    return counted.search(lowered) is not None


def _listed_with_things(noun: str, lowered: str) -> bool:
    """Named in a list of the scene's things or carried by one ("a cat and a book", "a man with a phone")."""
    return _pattern(_LISTED, noun).search(lowered) is not None or (
        _pattern(_WITH, noun).search(lowered) is not None and _pattern(SAID_WITH, noun).search(lowered) is None)


def _equated_with_things(reader: ClauseReader, index: int, lowered: str) -> bool:
    """Whether a noun we do not know is only what a copula says the scene's counted things are ("the big draw is
    three cats", "..., and the headline act is four birds") or the role a thing is named as ("three birds as the
    centrepiece"): another name for them, no thing of its own."""
    entity = reader.entities[index]
    if entity.known:
        return False
    kinds = {other.noun.split()[-1] for other in reader.entities if other.known}
    return any(singular(word) in kinds for match in _pattern(_EQUATED, entity.noun).finditer(lowered)
               for word in match["named"].split()) \
        or any(singular(match["named"]) in kinds and _ROLE_CLOSED_RE.match(lowered, match.end())
               for match in _pattern(_NAMED_AS, entity.noun).finditer(lowered))


def _judges_the_clip(entity: Entity, lowered: str) -> bool:
    """Whether a noun we do not know is only what a copula says the clip is ("your clip of the three dogs is a treat:
    in view from start to finish"): the writer's judgement of it, so what follows is said of the clip's things."""
    return not entity.known and _pattern(_CLIP_JUDGED, entity.noun).search(lowered) is not None


def _takes_part(reader: ClauseReader, index: int, lowered: str, framing: str | None = None) -> bool:
    """Whether the reading says anything of the object beyond naming it: a move or change of its own, a count, a
    colour or size, a thing moved or placed relative to it, one it carries or throws. A noun that FRAMING says
    frames the scene did not change or rest anywhere by framing it ("the window is filled with"), and what a
    watcher sees from a place ("From the tower, I see a boat sailing") does not move from it."""
    entity = reader.entities[index]
    if _equated_with_things(reader, index, lowered) or _judges_the_clip(entity, lowered):
        return False
    if entity.count != 1 or entity.member_colours or entity.agent is not None or entity.companion is not None \
            or (entity.changes and framing != PRESENTS):
        return True
    if any(kind in _ATTRIBUTE_KINDS for kind, _ in entity.attributes) or any(m.target == index for m in reader.camera):
        return True
    if any(_borrowed(reader, index, motion, lowered) is None and not (framing in _FRAMING_PLACES and _bare_presence(motion))
           for motion in entity.motions):
        return True
    seen_from = framing in (WATCHER_LOOKS_FROM, WATCHED_FROM, PRESENTS, MOMENT)
    fronted = entity.known and _calm_scene(reader, lowered) and (
        _pattern(_FRONTED_PLACE, entity.noun).search(lowered) is not None
        or (_holds_a_count(reader, index, lowered) and _only_where(entity.noun, lowered)))
    return any(other.agent == index or (other.companion is not None and other.companion[0] == index)
               or any(m.target == index and not (fronted and _calm_on(m))
                      and not (seen_from and _looked_from(m, lowered, framing))
                      for m in other.motions) for other in reader.entities)


def _given_as_an_act(entity: Entity, lowered: str) -> bool:
    """Whether a noun the tables do not know is a gesture or an act given, taken or had ("give a wave to the cat"):
    what someone does, no thing drawn, whatever the reading bound to it; only where every naming of it is such an act
    ("A wave rolls in; a surfer takes a wave", "a robot hand waves; a man gives a hand signal" draw both)."""
    head = entity.noun.split()[-1]
    if entity.known or head not in _ACT_HEADS:
        return False
    acts = sum(1 for _ in _pattern(_GIVEN_AS_AN_ACT, entity.noun).finditer(lowered))
    return acts > 0 and acts == sum(1 for _ in _pattern(_NAMED_AS_A_NOUN, entity.noun).finditer(lowered))


def _holds_a_count(reader: ClauseReader, index: int, lowered: str) -> bool:
    """Whether the prompt counts the things on the support: "there are five apples on the table" is about how many
    apples there are ("three balls on a table" may be about the table that holds them)."""
    return _COUNTED_RE.search(lowered) is not None and any(
        other.count > 1 and any(m.target == index for m in other.motions) for other in reader.entities)


def _verbless_rest(motion: Motion) -> bool:
    """A place the reader gave without a verb of its own: the presenting verb's ("my window looks out on three cows")."""
    return motion.kind == "rest" and not motion.verb


def _bare_presence(motion: Motion) -> bool:
    """A place the reader gave without a verb of its own, the presenting verb's ("my window looks out on three cows"),
    or only being in view, which the picture is by showing its things ("the picture fills with cars, kept in view")."""
    return _verbless_rest(motion) or (motion.kind == "rest" and motion.verb == "in view" and motion.target is None)


def _looked_from(motion: Motion, lowered: str, framing: str) -> bool:
    """Whether a move's relation is only the watcher's "from": a plain from, through or out, or the reader's "off" for
    it where the prompt says no "off" ("Four birds hop, as seen from the window"). With no watcher named, only a
    thing that does nothing is seen from the place ("From the window seat, two planes"); one that moves may leave it.
    What a noun presents is on or in it only as its picture is ("On the poster: three dogs"), and a relation to a
    moment of the clip is a time."""
    if framing == MOMENT:  # "perch, from the first picture to the final picture": a time, not a place
        return True
    if framing == PRESENTS:  # "On the poster: three dogs running": shown on it
        return motion.relation in ("on", "in")
    if framing == WATCHED_FROM and not _verbless_rest(motion):
        return False
    return motion.relation in _LOOKED_FROM or (motion.relation == "off" and " off" not in lowered)


def _named_as_a_thing(reader: ClauseReader, index: int, lowered: str) -> bool:
    """What the reader could not bind but the words show: listed with the scene's things or carried by one, a verb's
    object ("a dog knocks a teapot off the table"), where a verb puts a thing ("a girl waits at a bus stop"), or
    the subject of a verb of its own ("a gramophone plays", "the gardener plants a tree": its object does nothing of
    its own, where a programme's things do, "the storyboard calls for two penguins sliding")."""
    noun = reader.entities[index].noun
    if _equated_with_things(reader, index, lowered):
        return False  # "..., and the headline act is four birds": named for them, not listed with them
    if _pattern(_LISTED, noun).search(lowered) or _pattern(_WITH, noun).search(lowered):
        return True
    creatures = {entity.noun.split()[-1] for entity in reader.entities
                 if entity.known and entity.cls.material == "flesh"}
    if any(singular(word) in creatures for match in _pattern(_SHOWS_TO_OTHERS, noun).finditer(lowered)
           for word in match.groups(default="")):
        return True
    if shows_a_clip_to_others(noun, lowered):
        return True
    if holds_up_a_thing(noun, lowered):
        return True
    for match in (*_pattern(_OBJECT_OF, noun).finditer(lowered), *_pattern(_PLACED_AT, noun).finditer(lowered)):
        word = match.group(1)
        if word not in PRESENTING_WORDS and (word in TRANSITIVE_VERBS or word in STATE_VERBS or word in VERB_KINDS
                                             or (word in reader.unknown and word.endswith(("s", "ed")))):
            return True
    if any(match.group(1) in reader.unknown for match in _pattern(_ACTS_ALONE, noun).finditer(lowered)):
        return True
    later_act = any(entity.motions for entity in reader.entities[index + 1:]) or bool(reader.entities[index].motions)
    return not later_act and any(match.group(1) in reader.unknown
                                 for match in _pattern(_SUBJECT_OF, noun).finditer(lowered))


def _only_where(noun: str, lowered: str) -> bool:
    """Whether a support is named in a place phrase that opens a clause, or closes one without a move's verb."""
    if _pattern(_OPENING_PLACE, noun).search(lowered):
        return True
    return any(VERB_KINDS.get(match.group(1) or "", "rest") in STILL_KINDS
               for match in _pattern(_CLOSING_PLACE, noun).finditer(lowered))


def _calm_scene(reader: ClauseReader, lowered: str) -> bool:
    """Whether nothing in the prompt falls, jumps, leaves or goes over an edge: then a support named first is only
    where the scene is ("On my desk, three pencils roll"), never what a fall starts from."""
    return not _OFF_AN_EDGE.search(lowered) and all(
        m.kind in _CALM_KINDS and not m.exits for entity in reader.entities for m in entity.motions)


def _calm_on(motion: Motion) -> bool:
    """A move that stays on or by a support without leaving it or being placed at one of its sides."""
    return motion.kind in _CALM_KINDS and motion.relation in _CALM_RELATIONS and not (motion.side_start or motion.side_end)


def _borrowed(reader: ClauseReader, index: int, motion: Motion, lowered: str) -> int | None:
    """The later-named object a move belongs to when the reader gave it to this one too ("At the desk, two cats
    wait": the wait is the cats'; "the anthology opens with two foxes walking": the walk is the foxes'), else None."""
    for later in range(index + 1, len(reader.entities)):
        other = reader.entities[later]
        if any(m.verb == motion.verb and m.kind == motion.kind for m in other.motions):
            return later
        if motion.verb.endswith("ing") and _pattern(
                r"\bHEAD(?:e?s)? (?:[a-z]+ly )?" + re.escape(motion.verb) + r"\b", other.noun).search(lowered):
            return later
    return None


def _hand_on_borrowed_moves(reader: ClauseReader, index: int, lowered: str) -> None:
    """Give the object a participle follows the moves the reader bound to the framing noun before it."""
    for motion in reader.entities[index].motions:
        owner = _borrowed(reader, index, motion, lowered)
        if owner is not None and not any(m.verb == motion.verb for m in reader.entities[owner].motions):
            reader.entities[owner].motions.append(replace(motion))  # a copy: the framing noun's own is renumbered away
