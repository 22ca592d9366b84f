"""Places named after a preposition: "twelve wolves by the harbour" draws wolves, not a harbour.

LVD's layouts draw the prompt's subjects; a still thing after "beside", "by", "across", "in front of", "past"...
with no count or colour of its own says where the scene is. A known scenery noun is read as the place at
once; a noun we do not know is kept until the prompt is read and dropped only if nothing more was said of
it (a colour after it, a move, a side of it as a reference).
"""

from __future__ import annotations

import re
from typing import Any

from .motions import DEFAULT_WAY, remove_entity
from .object_classes import GENERIC_CLASS, noun_class
from .scene_words import (
    GOAL_PREPOSITIONS,
    GROUND_NOUNS,
    PLACE_PARTICIPLES,
    ROUTE_PREPOSITIONS,
    SCENERY_PREPOSITIONS,
    SUPPORT_NOUNS,
)
from .vocabulary import (
    COLORS,
    DEFINITE,
    DEGREE_WORDS,
    FENCE_WORDS,
    FRAME_WORDS,
    INDEFINITE,
    STILL_KINDS,
    TRAVEL_KINDS,
    VERB_KINDS,
    is_describing,
    looks_like_modifier,
)

ClauseReader = Any  # clause_reader's ClauseReader (it imports the modules that import this one)


def is_scenery(reader: ClauseReader, name: str, mobility: str, matches, position: int) -> bool:
    """A thing that cannot move, named after a place preposition with no count or colour of its own ("beside a
    fountain", "across the ice"): the place of the scene. A move's goal ("runs behind a tree") and a support stay."""
    if reader.count is not None or any(kind == "color" for kind, _ in reader.attrs):
        return False
    if mobility not in ("scenery", "wall", GENERIC_CLASS.mobility) or (
            mobility == GENERIC_CLASS.mobility and noun_class(name) is not None and name not in GROUND_NOUNS):
        return False
    if described_by_its_light(reader):
        return True  # "on a sunlit windowsill", "a rain-soaked street": the look of the place, wherever it is said
    if name in SUPPORT_NOUNS:
        return False
    preposition = _opening_preposition(reader, matches, position)
    if preposition is None or (preposition in ("on", *ROUTE_PREPOSITIONS) and mobility != GENERIC_CLASS.mobility):
        return False  # "on the wet pavement" is the ground; "on the Moon", "on a bench", "past a tree" name things we know
    return not (preposition in GOAL_PREPOSITIONS and any(m.kind not in STILL_KINDS for m in reader.current))


# "sunlit", "candle-lit", "dimly lit", "rain-soaked", "sun-dappled", "windswept", "snow-covered": words that describe a
# place by its light or weather
_LIGHT_OR_WEATHER_RE = re.compile(r"(?:^|-)lit$|^(?:sun|moon|star|candle|torch|lamp|fire|gas|neon)lit$"
                                  r"|^(?:sun|moon|rain|snow|frost|dew|mist|fog|wind|storm|ice|sea|spray)-?(?:soaked|drenched|"
                                  r"dappled"
                                  r"|slicked|slick|washed|bathed|kissed|swept|covered|capped|dusted|warmed|baked|bleached|"
                                  r"streaked|glazed"
                                  r"|frosted|sprinkled|splashed)$")


def described_by_its_light(reader: ClauseReader) -> bool:
    """Whether the noun phrase being read says how its place is lit or weathered ("a moonlit field")."""
    return any(_LIGHT_OR_WEATHER_RE.search(word) for word in (*(w for _, w in reader.attrs), *reader.compound))


def _opening_preposition(reader: ClauseReader, matches, position: int) -> str | None:
    """The place preposition that opens the noun phrase ending at ``position`` ("by the old stone harbour")."""
    phrase_words = {word for _, word in reader.attrs} | set(reader.compound)
    for back in range(position - 1, max(position - 7, -1), -1):
        match = matches[back]
        word = match.group(0)
        if word in ("with", "by") and back > 0 and matches[back - 1].group(0) in PLACE_PARTICIPLES:
            return word  # "a road lined with trees": what the place is lined with is the place too
        if word in SCENERY_PREPOSITIONS:
            # "pulled by a donkey": the one who does it, not a place; "parked by the curb": where it was put
            before = matches[back - 1].group(0) if back > 0 else ""
            if word == "by" and goes_by(before):
                return "past"  # "gallops by a barn": a pass, as "past" says
            return None if word == "by" and _passive_participle(before) and before not in _PUT_PARTICIPLES else word
        if word in DEFINITE or word in INDEFINITE or word in phrase_words or match.lastgroup in ("hyph_mod", "hyphenated") \
                or is_describing(word) or word in DEGREE_WORDS:
            continue
        return None
    return None


def goes_by(verb: str) -> bool:
    """Whether "by" after ``verb`` says a pass ("gallops by", "rolling by"); in the past form it may be a passive's
    agent ("chased by a hound") and is left to the other readings."""
    return verb.endswith(("s", "ing")) and VERB_KINDS.get(verb) in TRAVEL_KINDS


# "parked by", "placed by", "left by the door": a thing put somewhere, the "by" saying where
_PUT_PARTICIPLES = frozenset("parked placed positioned located situated stationed seated set left stood kept stored".split())


def _passive_participle(word: str) -> bool:
    return word.endswith(("ed", "en", "wn")) or word in ("led", "held", "caught", "hit", "thrown", "ridden", "driven", "shot")


# Relations through which a moving thing uses what it names as its goal ("runs behind a lamb"): that thing stays.
_GOAL_RELATIONS = frozenset(("front", "behind", "under", "over", "on", "off", "from", "to", "toward", "around"))


def _directed_pass(motion) -> bool:
    """"gallops past a windmill from left to right": a pass with its own direction is a move relative to that
    thing, which is drawn; a bare "walks past a cafe" only says where the walk is."""
    return motion.relation == "past" and motion.kind not in STILL_KINDS and bool(motion.direction or motion.start or motion.end)


def unknown_places(reader: ClauseReader) -> None:
    """"twelve wolves by the harbour": a noun we do not know after a place preposition is the place, unless the
    prompt gives it a colour ("beside an ostrich of purple colour"), a move, or makes it a reference ("from its left",
    "past it from left to right")."""
    for candidate in reader.maybe_places:
        index = next((i for i, entity in enumerate(reader.entities) if entity is candidate), None)
        if index is None or candidate.motions or any(kind == "color" for kind, _ in candidate.attributes):
            continue
        if any(entity.agent == index or any(m.target == index and (m.side_start or m.side_end or (
                m.kind not in STILL_KINDS and m.relation in _GOAL_RELATIONS) or _directed_pass(m)) for m in entity.motions)
               for entity in reader.entities):
            continue
        for entity in reader.entities:
            placed = [m for m in entity.motions if m.target == index]
            for motion in placed:
                if motion.relation == "past" and motion.kind not in STILL_KINDS and not (
                        motion.direction or motion.start or motion.end or motion.enters_from or motion.exits):
                    motion.direction = DEFAULT_WAY  # "walks past a cafe": still a pass across the picture, the cafe is where
                motion.relation = None
            if len(placed) < len(entity.motions):  # "a video by the harbour with a sheep ...": being by it was no move
                entity.motions = [m for m in entity.motions if not (any(m is p for p in placed)
                                                                    and m.kind == "rest" and not m.verb)]
        remove_entity(reader.entities, index, reader.camera)  # clears the moves' targets and shifts the rest
        reader.scenes.append(candidate.noun)
        reader.notes = [n for n in reader.notes if f"'{candidate.noun}'" not in n]
        reader.notes.append(f"read '{candidate.noun}' as the place, not an object")


# "as the light softly fades", "while the breeze picks up": a clause about the light, the weather or the season
# says how the scene looks; its verb is never a move, a leave or a time of anything drawn. A colon ends it as a comma
# does: "the clip while the clouds passed: four dogs" lists the clip's things after it.
SETTING_SUBJECTS = (r"(?:light|sunlight|sun|day|daylight|evening|night|sky|breeze|wind|rain|drizzle|snow|mist|fog|haze|music"
                    r"|shadows?|air|dusk|dawn|clouds?|afternoon|morning|warmth|glow|colou?rs?|leaves|season|weather)")
SETTING_CLAUSE_RE = re.compile(r"\b(?:as|while|whilst) the (?:[a-z]+ )?" + SETTING_SUBJECTS
                               + r" (?!(?:of|and|is seen|are seen)\b)(?=(?P<after>[a-z]*))"
                               r"[^,.;:!?]*?(?=\s*(?:[,.;:!?]|\band\b|\bthen\b|$))")
# "once the rain was gone,", "after the fog had lifted,": one opened by a time word, only where a comma closes it; with
# none the clause runs on into what happens then ("after the snow stopped a dog appeared", "once the rain stops it walks
# right"), which is drawn; the next time word ends the look for that comma, so a run of them is read in one pass
_TIMED_SETTING_LEADS = ("once the ", "after the ", "when the ")
TIMED_SETTING_CLAUSE_RE = re.compile(r"\b(?:once|after|when) the (?:[a-z]+ )?" + SETTING_SUBJECTS
                                     + r" (?!(?:of|and|is seen|are seen)\b)(?=(?P<after>[a-z]*))"
                                     r"(?:(?!\b(?:and|then|once|after|when)\b)[^,.;:!?])*?(?=\s*[,;:])")
# "At the first whistle,", "when the bell rings,", "at the sound of the horn,": a sound cue says when something
# happens, it is never a thing in the picture; "after" it is later on
_SOUNDS = r"(?:whistle|bell|horn|gong|buzzer|siren|alarm|starting gun|starter's gun|gunshot|chime|klaxon|hooter|signal)s?"
SOUND_CUE_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?P<lead>(?:at|on|upon|with|when|as soon as|once|as|after) )(?:the (?:sound|blast|"
                          r"ring|toot|"
                          r"peal|shrill) of )?(?:the |a |an )?(?:(?:first|second|third|next|final|last|loud|shrill|sharp|short|"
                          r"long|"
                          r"referee's|coach's|school|church|starting) )?" + _SOUNDS
                          + r"(?: (?:blows|blew|is blown|rings|rang|sounds|sounded|goes off|went off|fires|fired|beeps|chimes|"
                            r"buzzes"
                          r"|blares|wails|toots|goes|went))?(?: again)?,\s*")
# the moving air or water a thing goes by, with or against: one list for the rules below and their gate
_FLOW_WORDS = ("current", "tide", "wind", "breeze", "gust", "draught", "draft", "swell")
_FLOWS = r"(?:" + "|".join(_FLOW_WORDS) + r")s?"
# "Pushed by the wind, a ball rolls left", "a leaf, carried by a gentle breeze, ...", "carried by the tide": the weather
# or the water that moves it is no thing
BY_THE_WIND_RE = re.compile(r"(?:,\s*)?\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!gets )(?<!get )(?<!being )(?:pushed|blown|"
                            r"carried|driven|swept|lifted|tossed|caught|nudged|propelled|buffeted) "
                            r"(?:along |away |up |forward )?by (?:the|a|an) (?:(?:strong|gentle|light|sudden|cold|warm|stiff|"
                            r"soft) )?"
                            r"(?:gusts? of wind|" + _FLOWS + r")(?:,\s*|(?=[.;!?]))")
# "a kite was blown to the left by the wind", "two leaves are swept along by a gust": after the passive's way, the
# weather that moves it is its agent and no thing either
_FLOW_MOVED = r"(?:pushed|blown|carried|driven|swept|lifted|tossed|nudged|propelled|buffeted)"
PASSIVE_BY_THE_WIND_RE = re.compile(r"(?P<moved>\b(?:is|are|was|were|gets?|got|being|been) " + _FLOW_MOVED
                                    + r"\b[^.;:!?,]{0,80}?) by (?:the|a|an) (?:(?:strong|gentle|light|sudden|cold"
                                    r"|warm|stiff|soft) )?(?:gusts? of wind|" + _FLOWS + r")(?=\s*(?:[.;:!?,]|$))")
# "drifts with the current from the left", "flies into the wind", "swims against the tide": the flow of water or air a
# thing goes with or against says how it goes; like the weather it is no thing, and it never takes the move
WITH_THE_FLOW_RE = re.compile(r",?\s*\b(?:with|against|into|on) (?:the|a) (?:(?:strong|gentle|light|sudden|cold|warm|stiff|soft|"
                              r"swift"
                              r"|slow|rising|falling|evening|morning|ocean|sea|river) )?" + _FLOWS
                              + r"(?=\s*(?:[,.;!?]|$|\b(?:from|to|towards?|across|along|past|over|through|and|as|while|until|then"
                              r"|out|off|away|back|up|down)\b))")
_SOUND_TELLS = ("whistle", "bell", "horn", "gong", "buzzer", "siren", "alarm", "gun", "chime", "klaxon", "hooter", "signal")
# "a spring morning", "a fall evening": the season names a time of year, not a jump or a fall
SEASON_RE = re.compile(r"\b(?:spring|fall|autumn|summer|winter)(?= (?:morning|evening|afternoon|day|night|breeze|air|light|sun"
                       r"|sunshine|rain|shower|dusk|dawn|sky|weather|time)s?\b)")

# "from the lower left, where it stands at first, to ...": a where-clause that only says it is at the place just
# named adds nothing to the path (its verb would otherwise take the goals said after it)
RESTATED_PLACE_RE = re.compile(r",? where (?:it|they|he|she) (?:is|are|stands?|sits?|rests?|waits?|lies|lie|starts?|begins?"
                               r"|stays?|remains?|pauses?)(?: (?:at first|first|initially|to begin with|at the (?:start|"
                               r"beginning|outset)))?"
                               r"(?=\s*(?:[,.;!?]|$))")

# "under a hazy afternoon sun", "beneath the pale winter sky", "under a flickering street lamp": the light over the
# scene, never an object in it
_LAMPS = (r"(?:(?:street ?|desk |table |oil |paper |gas )?(?:lamps?|lanterns?)|street ?lights?|lamp ?posts?|chandeliers?|"
          r"spot ?lights?"
          r"|flood ?lights?|(?:light )?bulbs?|neon signs?)")
UNDER_LIGHT_RE = re.compile(r"\b(?:under|beneath|below|underneath) (?:a|an|the|some) (?:[a-z]+,? ){0,3}?(?:sun|sky|skies|moon|"
                            r"sunlight"
                            rf"|moonlight|light|lights|glow|clouds|stars|{_LAMPS})\b(?! (?:of|and|post)\b)")
# "in the glow of a street lamp", "under the beam of a spotlight": the lamp's light over the scene, not the lamp
LIGHT_OF_RE = re.compile(r"\b(?:in|under|beneath|by|bathed in) (?:the|a) (?:[a-z]+ )?(?:glow|light|halo|beam|shine|flicker|"
                         r"pool of light)"
                         rf" of (?:a|an|the|some) (?:[a-z]+,? ){{0,2}}?{_LAMPS}\b(?! (?:of|and|post)\b)")
# "you are sitting on a bench watching ...", "I'm standing at a window as ...", "sitting on a sofa, you watch ...",
# "from a bench, we see ...": where the viewer is, never drawn
_NOT_A_PLACE = (r"(?!(?:left|right|top|bottom|middle|center|centre|side|corner|edge|frame|screen|distance|background|"
                r"foreground)\b)")
_POSTURES = ("sitting|seated|sat|standing|stood|lying|perched|waiting|resting|relaxing|leaning|kneeling|crouching"
             "|sit|sits|stand|stands|lie|lies|wait|waits|rest|rests|lean|leans|kneel|kneels|crouch|crouches")
_VIEWER = r"(?:you|i|we|the viewer|the observer|the onlooker|the spectator)"
_SEAT_PREPOSITION = r"(?:on|in|at|by|beside|inside|atop|upon|against|near|next to)"
_SEAT = rf"(?:a|an|the|your|my|our|some) (?:{_NOT_A_PLACE}[a-z-]+ ){{0,3}}?{_NOT_A_PLACE}(?P<noun>[a-z-]+)"
VIEWER_PLACE_RE = re.compile(
    rf"\b{_VIEWER}(?:'m|'re| are| am| is| were| was)?(?: (?:{_POSTURES}))? {_SEAT_PREPOSITION} {_SEAT}"
    r"(?:,? (?:just )?(?:as|while|whilst|when)\b"
    r"|(?=\s*(?:[,.;!?:]|$)|\s+(?:watching|looking|seeing|observing|gazing|staring|and|where|with|to)\b))")
FRONTED_SEAT_RE = re.compile(rf"(?:^|(?<=[.;!?] ))(?:(?:{_POSTURES}) {_SEAT_PREPOSITION}|from) {_SEAT},? (?={_VIEWER}\b)")
_VIEWERS = ("you", "i ", "i'm", "we ", "we'", "viewer", "observer", "onlooker", "spectator")


def _viewer_without_drawn_place(match: re.Match) -> str:
    """The viewer's place kept only when it is a place of the scene ("in a park"), not a thing the layout would
    draw ("on a bench", "in a car")."""
    found = noun_class(match.group("noun"))
    if found is None or (found[1].mobility == "scenery" and found[0] not in SUPPORT_NOUNS):
        return match.group(0)  # "in a park", "at a wide, empty crossroads": the place of the scene, read as before
    said_of_it = any(word in COLORS for word in match.group(0).split()) \
        or re.match(r"\s*(?:it|they)\b", match.string[match.end():])
    return match.group(0) if said_of_it else ""  # "you stand by a red car as it drives off": the car is in the scene


# "look into the frame and you will see three cats": the viewer's look goes into the picture; nothing enters it
LOOK_INTO_FRAME_RE = re.compile(r"\b(?P<look>(?:look|peer|gaze|stare|glance|peek|peep)(?:s|ed|ing)?)(?: closely| carefully|"
                                r" deep)?"
                                r" into (?:the )?(?:frame|picture|shot|scene|screen|image|clip|video)\b")


def drop_viewer_place(text: str) -> str:
    """``text`` without the things the viewer sits or stands on or in (looked for only when a viewer is named), and
    without where the viewer looks into."""
    if " into " in text:
        text = LOOK_INTO_FRAME_RE.sub(r"\g<look>", text)
    if any(viewer in text for viewer in _VIEWERS):
        return FRONTED_SEAT_RE.sub(_viewer_without_drawn_place, VIEWER_PLACE_RE.sub(_viewer_without_drawn_place, text))
    return text


# "over the dry lands", "across the far land": "land" after a preposition and its article is the country crossed,
# never the verb ("a heron lands" is one)
LANDS_RE = re.compile(r"\b(?P<lead>(?:in|into|from|on|onto|upon|over|across|through|beyond|above|to|toward|towards|along|of|at"
                      r"|around|throughout) (?:the|these|those|our|their|its|his|her|my|your) (?P<words>(?:[a-z'-]+ ){0,2}?))"
                      r"lands?\b(?P<complement> (?:on|onto|upon|in|into|at|near|beside|by|safely|softly|gently|smoothly)\b)?")


# words that join a second verb to the first or say when it happens, never describing a land: "then lands", "and lands"
_JOINING = frozenset("then and or but so also soon later finally eventually now again".split())


def _describes_the_land(word: str) -> bool:
    """A word that may describe "lands": a modifier by its form, or a word that is neither a thing nor a joiner."""
    return looks_like_modifier(word) or (noun_class(word) is None and word not in _JOINING and not word.endswith("ly"))


def _the_country(match: re.Match) -> str:
    """"over the dry lands": the countryside, where each word before "lands" describes it; a thing or a joining word
    there ("in the tree lands", "across the sky then lands") makes "lands" a verb, and so does a landing's complement
    after modifiers ("over the far lands on a rock": only a bare "the lands" is surely the noun)."""
    words = match["words"].split()
    if not all(_describes_the_land(word) for word in words) or (words and match["complement"]):
        return match.group(0)
    return f"{match['lead']}countryside{match['complement'] or ''}"


# "two birds sharing the airspace,", "three cats share the spotlight": the space the things are in together, a region or
# the picture, no thing of its own; only a space is so read ("three dogs share a bowl", "two kids share an umbrella"
# keep what they share, known to the tables or not)
_SHARED_SPACES = frozenset(("airspace", "air", "sky", "skies", "spotlight", "limelight", "stage", "road", "roadway",
                            "lane", "lanes", "space", "view", "shot", "scene", "clip", "video")) | FRAME_WORDS
SHARED_SPACE_RE = re.compile(r",? \bshar(?:e|es|ed|ing) (?:the|their|its|this|that|our|a|an) "
                             r"(?:[a-z]+ )?(?P<space>[a-z]+)"
                             r"(?= ?[,.;:!?]| (?:and|in|from|for|as|while|throughout|the whole)\b|$)")


def _shared_space(match: re.Match) -> str:
    """The sharing goes where what is shared is a space or the picture itself."""
    if match["space"] not in _SHARED_SPACES:
        return match.group(0)
    return "," if match.group(0).startswith(",") and match.string[match.end():match.end() + 1] not in ".;:!?," else ""


def _setting_clause_dropped(match: re.Match) -> str:
    """A setting clause goes, unless its setting word only describes a thing the tables know after it, "once the
    morning bus arrives", "as the night train leaves": that thing is the clause's subject, and drawn."""
    after = match["after"]
    return match.group(0) if noun_class(after) is not None and not VERB_KINDS.get(after) else " "


def drop_setting_words(text: str) -> str:
    """The prompt without its setting clauses, season adjectives, the flows things go with and where-clauses that
    restate a place (each only looked for when its words are there)."""
    if "under" in text or "beneath" in text or "below" in text:
        text = UNDER_LIGHT_RE.sub(" ", text)
    if "land" in text:
        text = LANDS_RE.sub(_the_country, text)
    if "lamp" in text or "light" in text or "lantern" in text or "bulb" in text or "neon" in text or "chandelier" in text:
        text = LIGHT_OF_RE.sub(" ", text)
    if " where " in text:
        text = RESTATED_PLACE_RE.sub("", text)
    if "as the " in text or "whilst the " in text or "while the " in text:
        text = SETTING_CLAUSE_RE.sub(_setting_clause_dropped, text)
    if any(lead in text for lead in _TIMED_SETTING_LEADS):
        text = TIMED_SETTING_CLAUSE_RE.sub(_setting_clause_dropped, text)
    if "spring" in text or "fall" in text or "autumn" in text or "summer" in text or "winter" in text:
        text = SEASON_RE.sub(" ", text)
    if any(flow in text for flow in _FLOW_WORDS):
        text = BY_THE_WIND_RE.sub(lambda m: " " if m.group(0).startswith(",") and m.group(0).rstrip().endswith(",") else "", text)
        text = PASSIVE_BY_THE_WIND_RE.sub(r"\g<moved>", text)
        text = WITH_THE_FLOW_RE.sub("", text)
    if "shar" in text:
        text = SHARED_SPACE_RE.sub(_shared_space, text)
    if any(sound in text for sound in _SOUND_TELLS):
        text = SOUND_CUE_RE.sub(lambda m: "later, " if m["lead"] == "after " else "", text)
    return text


# the fence words, "no other", "only", "alone", "just those", "that's all": the prompt fences its things in
_FENCED_RE = re.compile(r"\b(?:" + FENCE_WORDS + r"|no (?:other|more|further)|the only|only (?:the|those|these|them)|alone"
                        r"|exactly|just (?:the|those|these)|that'?s (?:it|all))\b")


# How a resting thing is placed at its support: on it, in it, or beside it ("two cats in a box", "on a sofa next to a table")
_RESTING_RELATIONS = frozenset(("on", "in", "next", "by"))


def supports_as_places(reader: ClauseReader, prompt: str) -> None:
    """"Three birds perched on a fence", "two cats sitting on a wall", "two cats in a box", "two cats on a sofa next to
    a table": a support or a piece of furniture named only as where counted creatures rest, or where anything rests in a
    prompt that says nothing else is there, is the place, not one more thing to count. A support something falls off,
    jumps onto or passes, or one with a colour of its own, stays."""
    fenced = None
    for index in range(len(reader.entities) - 1, -1, -1):
        support = reader.entities[index]
        if not (support.cls.mobility == "scenery" or (support.cls.mobility == "passive" and support.noun in SUPPORT_NOUNS)) \
                or support.count != 1 or support.motions or support.member_colours \
                or any(kind == "color" for kind, _ in support.attributes):
            continue
        resting = [(entity, m) for entity in reader.entities for m in entity.motions if m.target == index]
        if not resting or any(m.kind != "rest" or m.relation not in _RESTING_RELATIONS or m.side_start
                              or m.side_end for _, m in resting) \
                or any(e.agent == index or (e.companion and e.companion[0] == index) for e in reader.entities):
            continue
        if not all(entity.count >= 2 and entity.cls.material == "flesh" for entity, _ in resting):
            fenced = bool(_FENCED_RE.search(prompt.lower())) if fenced is None else fenced
            if not fenced:
                continue
        for _, motion in resting:
            motion.relation = None
        remove_entity(reader.entities, index, reader.camera)
        reader.scenes.append(support.noun)
