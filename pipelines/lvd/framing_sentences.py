"""A framing sentence with a verb of its own, "The vision clears on two dogs", "Fresh from the oven, a cat", is the writer's.

A voice opens its scene with something of its own doing something: a haze that thins, lights that come up, a picture
that sharpens, the speaker's eyes that land, a dish fresh from somewhere. Such a subject takes no part in the scene;
read as one it is drawn (and counted), or the reader gives it the moves of the thing it hands over to ("the vision
clears on a car crossing from the right": the vision crosses, the car stays). The rewrite drops the frame before the
reading, told by the sentence's shape rather than by each voice's words:

- a clause that opens a sentence with a definite or owned subject named once ("the mists", "my eyes", "the eyes of
  the world", whose owner is a crowd of onlookers), or the speaker ("We cut to", "I wake to"), and one verb with its
  particles and adverbs ("comes up", "flickers to life", "rolls back slowly"), handing over to the scene: by "on",
  "over" or "to" and a thing the prompt goes on to tell of ("on two dogs, in the frame ...", or after coming to
  life, "crackles to life on four birds."), by "to reveal", "revealing", a colon or a full stop, or by ", and" before
  what is presented ("and I see", "and there are");
- onlookers' eyes resting on what follows ("all eyes are on", "the eyes of the town were on"), and a source handing the
  speaker or the listener what follows ("the algorithm served me", "today the stars revealed to us", with an aside
  between them, "my feed, as usual, served me", "the app once again served us"), a source that
  cannot stand in the picture, never a giver that may ("my dog brought me a ball", "the mailman delivered me a box");
- one who has readied what the clip shows, named once and doing nothing after, "this evening the chef has prepared a
  walking dog, ...", whose subject would otherwise take the dog's walk ("the girl has chosen a kite and flies it"
  stays);
- a bare plural of no thing heading a list, "Duties include filming ...", "Highlights include a clip in which ...";
- a fronted phrase of a word or few and where it comes from or goes, before a comma or colon ("Fresh to the market,",
  "Straight from the lab:", "Coming to you live from the studio,"), holding no count, colour, side or time and no
  word of looking ("Viewed from the ceiling," is the watcher's place).

A camera's carrier looking down on the scene ("The drone's looking down on a bird:", "A blimp hovers overhead, looking
down on a dog,") is the view, "seen from above."; a lamp or a kite pointing down is in the scene.

A clause closing a sentence on one who, told after it, only saw what was told (", and a boy saw it.") is the
witness's, and goes too.

What is handed over must be a thing the tables know. The scene's own things keep their verbs: a subject that moves of
itself, the camera, a known thing unless it only reveals or hands over by a particle ("the box opens to reveal", "the
door creaks open on"), a verb that puts its subject on another, changes it or ends the clip ("a dog sits on a book",
"the vase falls on a cat", "the ice melts", "the curtain closes on"), a thing the prompt ends on ("the wave crashes on
a boat."), an act followed by the next ("the gramophone plays, and two cats dance") and the place a fall starts from
("Straight off the shelf, a book falls"). The clip's own opening clause ("the clip fades in on") becomes its plain
opening, which the token pass reads.
"""

from __future__ import annotations

import re

from .framing_nouns import LOOKING_WORDS
from .object_classes import HANDED_CLASSES, SELF_MOVING, names_a_thing, noun_class, singular
from .rewrite_text import spaces_tidied
from .vocabulary import (
    AUXILIARY_VERBS,
    CAMERA_CARRIER,
    CAMERA_WORDS,
    COLORS,
    FRAME_WORDS,
    NUMBER_WORDS,
    STATE_VERBS,
    VERB_KINDS,
)
from .writer_frames import ACTS_AFTER_READYING, FRAMES_WHAT_IT_SHOWS, READYING_WORDS

# Verbs that put their subject onto, against or apart from what follows: the thing's own act in the scene
_PLACING_KINDS = frozenset(("rest", "land", "fall", "jump", "bounce", "break", "throw"))
# Moves that leave a place: a fronted "off the shelf" is where they start
_FROM_A_PLACE_KINDS = frozenset(("fall", "jump", "land", "bounce"))
# "the curtain closes on a dog": where the clip ends, said by the frame
_CLOSING_VERB = re.compile(r"(?:clos|end|finish|stop|wrap|conclud|return)")
_AUXILIARIES = AUXILIARY_VERBS | frozenset("stays stay remains remain keeps keep seems seem looks look gets get"
                                           .split())
# The clip itself: its opening clause says what is shown from the start ("the clip opens on", which the token pass reads)
_CLIP_WORDS = frozenset("clip video film footage movie shot scene sequence recording".split())
# Words that never open a fronted aside: "the view from my window:", "what is to be shown,", and the conjunctions of a
# clause that times or conditions the scene ("Before it comes to rest, a car drives left")
_FUNCTION_WORDS = frozenset("the a an this that these those my our your his her its their what which who how why where when it "
                            "there before after while whilst as until till once since because if unless though although "
                            "whenever".split())
_COUNT = rf"(?:a|an|one|some|several|no|\d+|{'|'.join(NUMBER_WORDS)})"
# Words that come between a verb and what it hands over to: "comes up", "flickers to life", "rolls back slowly"
_PARTICLE_WORDS = ("up", "down", "in", "out", "back", "away", "over", "off", "open", "apart", "aside", "awake", "clear")
_PARTICLES = rf"(?: (?:[a-z]+ly|{'|'.join(_PARTICLE_WORDS)}|to life|into (?:view|focus|life|being)))*"
# An onlooker's sight, which lands or falls on what it looks at and never on the scene
# ("the gaze of the town falls on").
# This is a third person's eyes framing the scene, dropped with their clause before the reading; the listener's own
# gaze bid to rest on a thing ("let your gaze rest on two cars") is read as a clause and left to scene_participants
_SIGHT = frozenset("eye eyes gaze gazes glance glances stare look looks attention spotlight".split())
# Whose eyes frame the scene, "the eyes of the world turn to": a crowd of onlookers, never one who may be drawn ("the
# eyes of the statue turn to" is the statue's, known to the tables or not)
_ONLOOKERS = frozenset(
    "world nation country crowd crowds town city village everyone everybody audience audiences room fan fans "
    "spectators spectator onlookers public class school neighbourhood neighborhood viewers".split())
# "crackles to life", "swims into focus": a picture or a set coming on, whatever it then shows
_COMING_TO_LIFE = re.compile(r"\b(?:to life|into (?:view|focus|life|being))\b")
_BY_PLACE = rf" (?:on|upon|onto|over|to|toward|towards) (?=(?:the|{_COUNT})\b)"
_BY_SHOWING = (r"(?P<reveal> to (?:reveal|show|display|uncover|unveil|expose) |,? (?:revealing|showing|unveiling) )|: "
               r"|(?P<joined>,? and (?:then )?)|[.;!] ")
# What a joined clause must open with to hand over rather than tell a next act ("the mists part, and I see", "..., and
# there are three balls", "..., and four birds are in the frame"; not "the gramophone plays, and two cats dance")
_PRESENTED_RE = re.compile(r"^(?:[a-z]+ ){0,3}?(?:there (?:is|are|was|were)|(?:i|we|you) (?:can |now )?(?:see|spot|watch|notice|"
                           r"find)"
                           r"|[a-z ]*?\b(?:is|are) (?:now )?(?:in (?:the )?(?:frame|view|shot|picture)|there|visible))\b")
# "the algorithm served me", "the stars have revealed to us": a source handing the speaker or the listener what follows
_HANDING_TO_SPEAKER = frozenset(
    "show shows showed shown serve serves served reveal reveals revealed bring brings brought give gives gave given "
    "hand hands handed send sends sent deliver delivers delivered offer offers offered present presents presented "
    "grant grants granted deal deals dealt feed feeds fed".split())
_TO_SPEAKER = rf" (?:to )?(?:me|us|you) (?=(?:the|{_COUNT})\b)"
# ... and the sources that do so, which cannot stand in the picture as things: a feed, a screen or a tale that frames
# what it shows (`writer_frames`), or what is unseen ("the algorithm", "the stars", "fate", "a vision"); a giver that
# may be there, "the mailman", "the tree", "the cat's owner", is one of the scene
_UNSEEN_SOURCES = FRAMES_WHAT_IT_SHOWS | frozenset(
    "algorithm algorithms internet web net app apps playlist timeline stars heavens heaven universe cosmos fate fates "
    "destiny fortune luck chance spirits gods muse muses oracle vision visions dream dreams".split())
# "all eyes are on", "the eyes of the nation were upon": the verbs of onlookers' sight resting on what follows
_SIGHT_RESTING_VERBS = frozenset("is are was were remain remains remained stay stays stayed".split())
# "my feed, as usual, served me", "the algorithm once again served me": an aside between a source and its handing
_SOURCE_ASIDE = r",(?: [a-z']+){1,3},| (?:once again|yet again|once more|again|as usual|as always|as ever|always|just)"
_FRAMING_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[.;!?] ))(?P<opener>(?:today|tonight|now|again|once again|lately|this morning),? )?"
    r"(?:(?P<det>the|my|our|your|this|an?|all) (?:(?P<modifier>[a-z'-]+) )??(?P<head>[a-z'-]+)"
    r"(?P<owner> of (?:the |a |an |our |my |your |this |all )?(?:[a-z'-]+ ){0,2}?[a-z'-]+)?|(?P<speaker>i|we))"
    rf"(?P<aside>{_SOURCE_ASIDE})? (?:(?P<perfect>has|have|had) )?(?P<verb>[a-z]+)"
    rf"(?P<particles>{_PARTICLES})(?:(?P<place>{_BY_PLACE})|(?P<handed>{_TO_SPEAKER})|(?P<showing>{_BY_SHOWING}))")
# "Fresh from the oven,", "Coming to you live from the studio:", "Hot off the press, folks,"
_FRONTED_ASIDE_RE = re.compile(
    r"(?:^|(?<=[.;!?] ))(?P<aside>(?P<first>[a-z]+)(?: [a-z]+){0,3}? (?:from|off|out of|to) (?:the |a |an |our |your |this )?"
    r"(?:[a-z'-]+ )?(?P<head>[a-z'-]+))(?:, [a-z]+(?: and [a-z]+)?)?[,:] ")
# Words that give a place, side, time or the picture: a fronted phrase holding one ("Hidden from view,") is the scene's
_SCENE_WORDS = re.compile(r"\b(?:left|right|top|bottom|upper|lower|middle|cent(?:er|re)|corner|side|edge|half|start|end|"
                          r"beginning|moment|first|last|second|clip|video|frame|time|finish|above|below|overhead|behind|front|"
                          r"view|sight|shot|picture|screen|scene|camera|"
                          r"near|far|away|next|close|beside|across|along|around|through|up|down|back|in|on)\b")
_ADDRESSED = re.compile(r"\b(?:you|yours)\b")
# "A ball rolled to the right, and a boy saw it.": a person who, told after it, only saw what was told, in a clause
# closing the sentence, is its witness, not in the clip (one named again, coloured, who does anything more or who
# watches as it happens, "and an orange cat watches it", is the scene's own, and so is an animal or a thing, "and a cat
# watched it"; a noun the tables do not know, "and the fisherman saw it", is left to the participants' check, which
# notes it)
_WATCHER_CLOSING_RE = re.compile(r",? and (?:a|an|the|one|my|our|his|her|their|some) (?:(?P<described>[a-z'-]+) "
                                 r")?(?P<head>[a-z'-]+)"
                                 r" (?:just |also )?(?:saw|watched|noticed|spotted|witnessed)"
                                 r" (?:it|them|it all|everything|the whole thing|all of it)(?= *[.;!?]| *$)")
_WATCHING_WORDS = ("saw ", "watched", "noticed", "spotted", "witnessed")
# "Duties include filming ...", "Highlights include a clip in which ...": a bare plural heading the list that follows
_LIST_HEADING_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?P<head>[a-z]+s) (?:also )?include (?=[a-z])")


# A camera's carrier looking down: "the drone's looking down on a bird:", "a drone hovers overhead, looking down on a
# car:", "the crane cam looks straight down on a cat", "our camera is pointed straight down at a dog", "The drone looks
# straight down: a dog ...", where what follows the colon or comma is the scene
_LOOKING_DOWN_ON_RE = re.compile(
    r"(?:^|(?<=[.;!?] ))(?P<determiner>(?:the|our|my|your|their|a|an) )?(?:[a-z]+ )?(?P<carrier>" + CAMERA_CARRIER
    + r")(?:'s|'re| is| are)?(?: now| just| still)?(?: hovers| hovering| hangs| hanging)?"
    r"(?: (?:high )?(?:overhead|above),?)?"
    r" (?:looking|looks|peering|peers|gazing|gazes|staring|stares|pointing|points|pointed|aimed|trained)"
    r"(?: straight| directly| right)? down(?: (?:on|at|over|onto|upon) | ?[:,] (?:and |as )?)")
# the ways the look down is spelled, for the rewrite's gate
LOOKING_DOWN_SPELLINGS = (" down on ", " down at ", " down over ", " down onto ", " down upon ", " down:", " down,")


def _seen_from_above(match: re.Match) -> str:
    """"The helicopter looks down at a car" after "A red helicopter flies left." is that helicopter in the scene,
    told before as a mover, so it stays a thing."""
    if match["determiner"] == "the ":
        before = match.string[:match.start()]
        if re.search(r"\b(?:a|an|the) (?:[a-z]+ )?" + re.escape(match["carrier"]) + r" [a-z]+s\b", before):
            return match.group(0)
    return "seen from above. "


def camera_carriers_seen_from(text: str) -> str:
    """``text`` (lower case) with a camera carrier's look down on the scene said as the view, "seen from above.", a
    sentence of its own: what it looks at opens a clause, so a thing labelled with its places after it ("the drone's
    looking down on a bird: lower left corner, then ...") is read as any route label is, and the carrier is no thing.
    Run before the route labels (the puzzle voices' pass), which start only at a clause's start."""
    return _LOOKING_DOWN_ON_RE.sub(_seen_from_above, text)


# where a sentence may open: the only places _FRAMING_CLAUSE_RE can start, besides the text's own start
_SENTENCE_GAP_RE = re.compile(r"[.;!?] ")


def _opens_a_framing_clause(text: str) -> bool:
    """``_FRAMING_CLAUSE_RE.search(text) is not None``, tried only where a sentence opens, since a search tries every
    letter (its lookbehind still sees the stop before each start)."""
    return _FRAMING_CLAUSE_RE.match(text) is not None or any(
        _FRAMING_CLAUSE_RE.match(text, gap.end()) is not None for gap in _SENTENCE_GAP_RE.finditer(text))


def looks_framed(text: str) -> bool:
    """The cheap gate: a sentence opening on a definite or owned subject, or on a fronted phrase before a comma."""
    return _opens_a_framing_clause(text) or _FRONTED_ASIDE_RE.match(text) is not None or " include " in text \
        or (" ha" in text and _READIED_CLAUSE_RE.search(text) is not None) \
        or (" and " in text and any(word in text for word in _WATCHING_WORDS))


# "this evening the chef has prepared a walking dog, ...": one who readied what the clip shows before it runs, named once
# and doing nothing after ("the girl has chosen a kite and flies it" stays); read as the subject, it would take the
# dog's walk
_READIED_CLAUSE_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?P<opener>(?:this|tonight|today|now)(?: [a-z]+)?,? )?"
                                r"(?:the|our|my) (?P<head>[a-z'-]+) (?:has|have|had) " + READYING_WORDS
                                + r" (?=(?:an?|one|two|three|four|five|\d+) )")


def _readied_clause_dropped(match: re.Match) -> str:
    if len(re.findall(rf"\b{re.escape(match['head'])}(?:e?s)?\b", match.string)) > 1 \
            or ACTS_AFTER_READYING.match(match.string, match.end()):
        return match.group(0)
    return match["opener"] or ""


def framing_sentences_dropped(text: str) -> str:
    """``text`` without its framing clauses and fronted asides, each dropped only where the shape and words allow."""
    dropped = _FRAMING_CLAUSE_RE.sub(_framing_clause_dropped, text)
    if " ha" in dropped:
        dropped = _READIED_CLAUSE_RE.sub(_readied_clause_dropped, dropped)
    dropped = _FRONTED_ASIDE_RE.sub(lambda m: "" if _is_fronted_aside(m) else m.group(0), dropped)
    if " and " in dropped:
        dropped = _WATCHER_CLOSING_RE.sub(_watcher_dropped, dropped)
    if " include " in dropped:  # a thing the tables know heads a scene of its own: "two cats include ..." stays
        dropped = _LIST_HEADING_RE.sub(lambda m: "" if noun_class(singular(m["head"])) is None else m.group(0), dropped)
    return text if dropped == text else spaces_tidied(dropped)


def _watcher_dropped(match: re.Match) -> str:
    """Nothing for a closing watcher, a person named nowhere else ("..., and a boy saw it."); any other is kept."""
    head = singular(match["head"])
    known = noun_class(head)
    if known is None or known[1] not in HANDED_CLASSES or match["described"] in COLORS \
            or len(re.findall(rf"\b{re.escape(head)}(?:e?s)?\b", match.string)) > 1:
        return match.group(0)
    return ""


def _framing_clause_dropped(match: re.Match) -> str:
    """Nothing for a framing clause; for the clip's own opening one ("the clip fades in on"), its plain opening, which
    says that what follows is shown from the start rather than arriving."""
    if not _is_framing_clause(match):
        return match.group(0)
    return "the clip opens on " if match["head"] in _CLIP_WORDS else ""


def _is_framing_clause(match: re.Match) -> bool:
    """Whether a clause of the framing shape is the writer's: its subject no scene thing, its verb acting on none."""
    head, verb, modifier = match["head"], match["verb"], match["modifier"] or ""
    if (match["opener"] or match["aside"]) and not match["handed"]:
        return False  # only a source's handing takes a time or an aside ("today the algorithm served me")
    if match["handed"] or (match["det"] == "all") or (head in _SIGHT and verb in _SIGHT_RESTING_VERBS):
        return _hands_to_speaker_or_sight_rests(match)
    if match["perfect"]:
        return False  # "the dog has a ball", "the mist has lifted": read as they were before the handing was
    if match["speaker"]:  # "We cut to a bird", "I wake to three cats": the speaker is never drawn
        return _is_a_verb(match["speaker"], verb) and VERB_KINDS.get(verb) not in _PLACING_KINDS and _hands_over(match)
    if not _is_a_verb(head, verb) or not _named_once(head, match.string):
        return False
    if match["owner"] and (match["owner"].split()[-1] not in _ONLOOKERS or names_a_thing(match["owner"])
                           or any(word in NUMBER_WORDS or word in COLORS for word in match["owner"].split())):
        return False  # "the eyes of the world turn to" frame; "the owner of the dog walks to" is the dog's own
    if match["det"] in ("a", "an") and not _COMING_TO_LIFE.search(match["particles"]):
        return False  # "a lamp flickers to life on a table" frames as "the lamp" does; "a door opens on" is a door
    if head in _CLIP_WORDS and match.start() > 0:
        return False  # "... then the scene shifts to a cat": a later moment of the clip
    if _may_be_drawn((modifier, head)):  # "the red vision", "the camera pans over", "the curator's pick", "the horse"
        return False
    known, kind = noun_class(head), VERB_KINDS.get(verb)
    # a known thing frames only by revealing ("the box opens to reveal") or by a particle before a place ("the door creaks
    # open on a car"), and with no move of its own: "the sun rises over two cars", "the lamp glows on a table", "the kettle
    # whistles, and ..." are the scene's (the picture itself is never one of its things)
    if known is not None and head not in FRAME_WORDS and (
            kind is not None or not (match["reveal"] or (match["place"] and match["particles"]))):
        return False
    # "my eyes land on", "the gaze of the town falls on" is where one looks, and "the veil drops away to reveal" falls
    # only to show what follows
    placing = kind in _PLACING_KINDS and not match["reveal"]
    if placing and match["det"] not in ("my", "our", "your") and head not in _SIGHT:
        return False
    return _hands_over(match)


def _hands_to_speaker_or_sight_rests(match: re.Match) -> bool:
    """Whether a source hands the speaker or the listener what follows ("the algorithm served me a cat", "the stars
    have revealed to me a dog"), or onlookers' eyes rest on it ("all eyes are on a dog", "the eyes of the nation
    are on"): neither source nor sight is in the scene, one who may be drawn is ("my dog brought me a ball")."""
    head, verb = match["head"], match["verb"]
    if match["speaker"] or not _named_once(head, match.string):
        return False
    if match["handed"]:
        if verb not in _HANDING_TO_SPEAKER or match["det"] == "all" or match["owner"] or head not in _UNSEEN_SOURCES:
            return False
        return not _may_be_drawn((match["modifier"] or "", head)) and names_a_thing(match.string[match.end():])
    if head not in _SIGHT or verb not in _SIGHT_RESTING_VERBS or match["perfect"] or match["particles"] \
            or not match["place"] or match["place"].strip() not in ("on", "upon"):
        return False
    if match["owner"] and (match["owner"].split()[-1] not in _ONLOOKERS or names_a_thing(match["owner"])):
        return False
    return names_a_thing(match.string[match.end():])


def _may_be_drawn(subject: tuple[str, str]) -> bool:
    """Whether a clause's subject (its modifier and head) is told as a thing of the scene: coloured, counted, owned,
    the camera or one that moves of itself, so its clause is the scene's, never the writer's frame."""
    return any(word in COLORS or word in NUMBER_WORDS or word in CAMERA_WORDS or word.endswith("'s")
               or _moves_itself(word) for word in subject)


def _hands_over(match: re.Match) -> bool:
    """Whether the clause hands over to the scene: to a thing the tables know, told of further after a place word,
    presented after ", and"."""
    rest = match.string[match.end():]
    if match["place"]:
        # the frame hands over to a thing the prompt goes on to tell of ("on two dogs, in the frame the whole clip", "on a
        # car crossing from the right"); one that ends the prompt is where the subject goes ("the water flows over a rock.")
        # ("the radio crackles to life on four birds.": a set coming to life on a thing that moves of itself shows it,
        # however the prompt ends; "the lamp flickers to life on a table." stands on the table)
        thing = _first_thing(re.split(r"[,.;:!?]", rest, maxsplit=1)[0])
        return thing is not None and (rest[thing.end():].strip(" ,.;:!?") != "" or (
            _COMING_TO_LIFE.search(match["particles"]) is not None and _moves_itself(thing.group(0))))
    if match["joined"] and _PRESENTED_RE.match(rest) is None:
        return False
    return names_a_thing(rest)


def _is_fronted_aside(match: re.Match) -> bool:
    """Whether a fronted "Fresh from the oven," is the speaker's aside: no place, time, count, colour, look or mover."""
    aside, first, head = match["aside"], match["first"], match["head"]
    words = aside.split()
    if first in _FUNCTION_WORDS or first in LOOKING_WORDS or noun_class(first) is not None \
            or any(word in _AUXILIARIES or word in COLORS or word in NUMBER_WORDS for word in words):
        return False  # "the view from my window:", "viewed from the ceiling," (the watcher's), "what is to be shown,"
    addressed = _ADDRESSED.search(aside) is not None  # "Coming to you live from ...": said to the listener
    said = aside.replace(" to you", "")
    if noun_class(head) is not None and len(words) > 2 and words[-2] not in _FUNCTION_WORDS:
        said = " ".join(words[:-2] + [head])  # "out of the top hat": "top" names the hat, no place in the frame
    if (first in VERB_KINDS and not addressed) or _SCENE_WORDS.search(said):
        return False  # "Rolling off the table,", "Close to the car,": the scene's own move or place
    if _moves_itself(head) or not _named_once(head, match.string):
        return False
    rest = match.string[match.end():]
    # a fall starts somewhere: "Straight off the shelf, a book falls" keeps its shelf
    return names_a_thing(rest) and not any(VERB_KINDS.get(word) in _FROM_A_PLACE_KINDS for word in rest.split())


def _is_a_verb(head: str, verb: str) -> bool:
    """Whether the word after the subject is a verb of its own that changes nothing in the scene: not an auxiliary, a
    particle, an adverb, a noun, a change of state ("the ice melts") or the clip's end ("the curtain closes on")."""
    if verb in _AUXILIARIES or head in _AUXILIARIES or verb in _PARTICLE_WORDS or verb.endswith("ly"):
        return False
    if verb in STATE_VERBS and head not in FRAME_WORDS:  # "the ice melts", but "the screen glows" is the picture's
        return False
    if _CLOSING_VERB.match(verb) or (noun_class(verb) is not None and verb not in VERB_KINDS):  # "the red ball and"
        return False
    return _agrees(head, verb)


def _agrees(head: str, verb: str) -> bool:
    """Whether the word after the subject is its verb in the present or past: "the mist lifts", "the lights dim",
    "the vision cleared", never "my podcast intro:" or "the view from"."""
    if verb.endswith("ed"):
        return True
    plural = head in ("i", "we") or (head.endswith("s") and singular(head) != head)  # "we cut", "the lights dim"
    return not verb.endswith("s") if plural else verb.endswith("s") and not verb.endswith("ss")


def _moves_itself(word: str) -> bool:
    """A person, an animal, a vehicle or a ball: a thing of the scene in any sentence ("my dog", "the horse is")."""
    known = noun_class(word) if word else None
    return known is not None and known[1].mobility in SELF_MOVING


def _named_once(head: str, text: str) -> bool:
    """A frame is named once; a thing said again ("the ball rests. the ball ...") is the scene's."""
    word = singular(head)
    return len(re.findall(rf"\b(?:{re.escape(word)}|{re.escape(head)})(?:e?s)?\b", text)) == 1


def _first_thing(words: str) -> re.Match | None:
    """The first word the object tables know."""
    return next((m for m in re.finditer(r"[a-z]+", words) if noun_class(m.group(0))), None)
