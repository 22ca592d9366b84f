"""A record's headings, whatever its voice calls them, put into the clip's moments before the other voices read it.

- Words quoted under a heading ('Incantation: "Roll ..."') or after a verb of saying ('A girl yells "Run!"') are said,
  never done or shown, unless they name a thing ('The narrator says: "Two cats walk left."'); under a performing
  heading, one brought on by an article or a count ('Chorus: "a cat runs left!"'), the heading then the writer's label
  over them; a password's, sign's or motto's quote stays written or said whatever it names.
- A short heading that names nothing the tables know ("STATION READOUT.", "Rehearsal sheet:", "Readout ends.",
  "Blackout.") is the writer's record, never a thing; a heading with a known noun ("Ball: red, rolls left.") stays,
  and so does one saying where the picture is taken from ("Camera overhead:", "Overhead camera."): the view.
- Time-ordered headings, the watcher's arrival and leaving, a timetable's stops and a side listed bare with a moment
  are the clip's moments, read by clip_moments.py, which this reader runs in order among its own steps. An
  itinerary's "Departure:" and "Arrival:" over a place ("Departure: right side of the frame.") are its traveller's
  start and end, never the watcher's: they are left to the protocol reader's journey labels.
- A label heading the prompt names its mover or route and no thing of its own: a record's label before the view set off
  by a comma ("Patrol route, camera from above:") goes and the view stays, and a thing's name with label words after
  it ("Bird AI:", "Bird flight path, top-down:") is that thing's heading ("Bird:"), where the thing is named again
  after the colon or its verb opens what follows ("Bird AI: flies from ...").
- A route's heading naming its thing ("Route of a walking dog, seen from directly above:") is that thing going, the
  aside after it said of the picture; corners listed before any thing is named ("top-down: upper left corner, lower
  left corner") are a route's stops, never a thing's places.
- A place said bare as a heading over the things brought in after it ("Right side of the frame: a lively cat.", "Lower
  left corner: two dogs.", or with a comma, "the right side of the picture, a dog") is where they are, as "on the right
  side of the frame" would say.
"""

from __future__ import annotations

import re

from .clip_moments import (
    BARE_SIDE_AT_MOMENT_RE,
    CLOSES_AT_RE,
    KEPT_OUT_RE,
    OPENS_AT_RE,
    bare_edges_named,
    mentions_a_watch,
    moments_named,
    place_unless_moved,
    same_group_kept,
    timetable_headings_named,
    under_headings,
    watch_edges_named,
)
from .object_classes import brought_in, kind_pattern, names_a_thing_drawn, noun_class, singular
from .protocol_voice import DECLARATION_RE, labels_a_journey_place
from .rewrite_text import CLAUSE_START, spaces_tidied
from .route_clauses import corner_pattern
from .scenery import SETTING_SUBJECTS
from .tarot_log_and_conductor_voices import BARE_SIDE_RE, after_a_bare_place
from .vocabulary import (
    COLORS,
    INDEFINITE,
    NUMBER_WORDS,
    SPEED_WORDS,
    STOP_WORDS,
    VERB_KINDS,
    looks_like_modifier,
    says_a_view_from_above,
)

_HEADING_WORDS = r"(?P<words>[a-z][a-z']*(?:[ -][a-z][a-z']*){0,2})"
# "station readout.", "readout ends.", "blackout.": up to three words standing alone as a sentence
HEADING_RE = re.compile(r"(?:^|(?<=[.!?] ))" + _HEADING_WORDS + r"\.(?:\s+|$)")
# "choreography notes:", "station readout:": the same words heading the prompt before a colon and a clause ("Answer:",
# "Subject:" later on are labels other voices read, and "Subjects: lanterns." is a field with its value)
LEADING_HEADING_RE = re.compile(r"^" + _HEADING_WORDS + r":\s*(?=(?:[^.;!?\s]+\s+){2}[^.;!?\s])")
# 'incantation: "roll, and be revealed."', 'password: "blue moon"': the quoted words a heading labels are words said
# (a spell, a motto, a password), never the scene told, so they go with their heading
# 'a girl yells "run!"', 'a man shouts, "go left!"', 'says: "roll it"': the words a speaker says aloud are said, never
# done, as a heading's are, unless they name a thing ('the narrator says: "two cats walk left."'); "calls" and "called"
# say words only before a comma or colon: straight before the quote they name ('a parrot called "Polly" flies left')
SPOKEN_QUOTE_RE = re.compile(r'\b(?P<verb>says|said|yells|yelled|shouts|shouted|whispers|whispered|(?:calls|called)(?=[,:])|cries'
                             r'|cried|asks|asked|screams|screamed|mutters|muttered|exclaims|exclaimed|replies|replied|orders'
                             r'|ordered|commands|commanded)(?:,|:)? "(?P<said>[^"]{0,200})"(?P<stop>[.!?,;]?)')
QUOTED_UNDER_HEADING_RE = re.compile(r"(?:^|(?<=[.!?] ))" + _HEADING_WORDS
                                     + r':\s*"(?P<said>[^"]*)"(?P<stop>[.!?]?)(?:\s+|$)')
# "path check passed: a ball ...", "run moved:": a verb closing a label before its colon has no object, and its subject
# is no thing the tables know, so it is the label's verdict, never a move of what the colon opens on
LABEL_VERB_RE = re.compile(r"\b(?P<noun>[a-z]+) (?P<verb>[a-z]+ed)(?=:)")
# "sunny day.", "night sky.": the setting, said as a heading
SETTING_WORD_RE = re.compile(r"\b" + SETTING_SUBJECTS + r"(?:time)?\b")
# words a heading never holds: each says something of the scene ("left.", "nothing else.", "still there.", "two.")
_SCENE_WORDS = frozenset(("nothing", "none", "else", "more", "another", "new", "gone", "absent", "empty", "present", "visible",
                          "alone", "still", "again", "yes", "no", "not", "end", "start", "midpoint", "halfway", "midway", "later",
                          "meanwhile", "afterwards", "finally", "throughout", "everything", "everywhere", "done",
                          "same", "unchanged",
                          "opening", "initial", "final", "closing", "last", "beginning", "close", "finish", "outset"))


# "route of a walking dog, seen from directly above:", "path of a ball, top-down:": a route's heading naming its thing,
# an aside set off after it said of the picture; what follows, up to the sentence's end, is the route
ROUTE_OF_THING_HEADING_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:route|path|course|trajectory|itinerary|track) "
                                       r"(?:of|for|taken by) "
                                       r"(?P<thing>(?:a|an|one) (?:[a-z'-]+ ){0,2}[a-z]+)(?P<rest>, [^.;!?:,]{1,60})?"
                                       r":\s+(?=(?P<route>[^.;!?]*))")
# "Right side of the frame: a lively cat.", "Lower left corner: two dogs.": a bare place heading over things brought in;
# one of the frame or a corner set off by a comma, "the right side of the picture, a dog", "the lower left corner, two
# balls", is a place heading too
PLACE_HEADING_RE = re.compile(
    CLAUSE_START + r"(?P<the>the )?(?P<place>(?P<corner>"
    + corner_pattern(article=False, noun="required", hyphen=False) + ")"
    r"|(?:left|right)(?:-hand)?(?: side| edge)?)(?P<of> of the (?:frame|screen|picture|shot|view|image))?(?P<mark>[:,]) "
    r"(?=(?:a|an|one|two|three|four|five)\b)")


# "patrol route, camera from above:", "bird ai:", "bird flight path, top-down:": a label heading the prompt or a
# sentence, and what a comma sets off after it
LABEL_HEADING_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<label>[a-z][a-z']*(?: [a-z][a-z']*){0,3})(?P<rest>, [^.;!?:,]{1,40})?:\s+")
_LABEL_FUNCTION_WORDS = frozenset(("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with",
                                   "from", "is", "are", "it", "they", "this", "that", "my", "your", "our", "its",
                                   "their"))
# a word after a thing's name heading a compound of another thing: a doer ("dog walker", "bus driver", "car
# salesman") or a thing for it ("bird feeder", "horse trailer")
_ANOTHER_THINGS_ENDING_RE = re.compile(r"[a-z]{2,}(?:er|or|man|men|ist)")
# the heading's own thing pointed at after the colon ("Bird feeder: a bird lands on it."): the label is a thing
_POINTED_AT_RE = re.compile(r"\b(?:on|in|into|onto|at|to|from|near|by|under|over|inside|off|past|around|towards?|"
                            r"of|leaves|enters|reaches|circles|passes) it\b")


def _label_word(word: str) -> bool:
    """A word a label heading may hold after the thing it names ("ai", "sprite", "flight path"): no thing, move,
    count, colour, time or function word, and no head of a compound naming another thing ("walker", "feeder"),
    since then the heading names that other thing, not the one before it."""
    return not (noun_class(word) or word in VERB_KINDS or word in _SCENE_WORDS or word in COLORS or word in NUMBER_WORDS
                or word in _LABEL_FUNCTION_WORDS or _ANOTHER_THINGS_ENDING_RE.fullmatch(word))


def _label_heading_read(match: re.Match) -> str:
    """A label heading as the reader should take it: a record's label before a view keeps the view only; a thing's
    name with label words ("Bird AI:") is that thing's heading where the thing is told after the colon or its verb
    opens what follows, so the label draws no second thing and the verb its subject. The thing brought in right after
    the colon is all such a heading names, so the heading goes; a label word told after too is a thing of its own, so
    the heading stays as said."""
    words, rest, after = match["label"].split(), match["rest"] or "", match.string[match.end():]
    if rest and says_a_view_from_above(rest) and (_is_record_heading(match["label"]) or all(
            re.search(kind_pattern(singular(word)), after) for word in words if noun_class(word))):
        return rest[2:] + ": "  # "patrol route, camera from above:", "guard dog beat, top-down: a dog ...": the view
    named = next((i for i, word in enumerate(words) if noun_class(word)), None)
    if named is None or named == len(words) - 1 or _POINTED_AT_RE.search(after) \
            or not all(looks_like_modifier(word) or word in COLORS for word in words[:named]) \
            or not all(_label_word(word) for word in words[named + 1:]):
        return match.group(0)
    noun_kind = kind_pattern(singular(words[named]))
    follows = after.split(" ", 1)[0]
    told_after = noun_kind is not None and re.search(noun_kind, after) is not None
    opens_on_a_verb = follows.endswith("s") and follows in VERB_KINDS
    if not (told_after or opens_on_a_verb) or any(
            re.search(rf"\b{re.escape(word)}\b", after) for word in words[named + 1:]):
        return match.group(0)  # "car wash: two dogs ...", "Dog bowl: a dog eats from the bowl.": a thing of its own
    if told_after and brought_in(noun_kind, after, lead_words=0):
        return rest[2:] + ": " if rest else ""  # "Dog bowl: a dog eats.": the dog brought in after is all it names
    return " ".join(words[:named + 1]) + rest + ": "


def _route_of_thing_read(match: re.Match) -> str:
    """A route's heading naming its thing, where it heads a sentence, as that thing going: "seen from above, a dog
    goes: ..."; an aside after a comma stays said of the picture. Where the route names a thing itself ("path of a
    ball: a red ball rolls ...", "path of a dog: a cat runs ...") or the aside is no view naming nothing ("lined with
    trees", "from the drone above"), the heading is left as it stands: it adds no thing of its own."""
    if not noun_class(match["thing"].rsplit(" ", 1)[-1]) or names_a_thing_drawn(match["route"]):
        return match.group(0)
    if match["rest"] and (not says_a_view_from_above(match["rest"]) or names_a_thing_drawn(match["rest"])):
        return match.group(0)
    return f"{match['rest'][2:] + ', ' if match['rest'] else ''}{match['thing']} goes: "


def _sides_of_things_placed(text: str) -> str:
    """"lively cat, right side ...", "origin: right side.": a bare side after a thing is told is its place; corners
    listed before any thing is named ("top-down: upper left corner, lower left corner. subject: a ball") are a route's
    stops, said bare as the route reader takes them."""
    first_thing = next((word.start() for word in re.finditer(r"[a-z]+", text) if noun_class(word.group(0))), len(text))
    return BARE_SIDE_RE.sub(lambda match: "on the " if first_thing < match.start()
                            and not after_a_bare_place(text, match.start()) else "", text)


def _place_said(match: re.Match) -> str:
    """"on the right side of the frame: " for a bare place heading, so the things after it are placed there."""
    if match["mark"] == "," and not (match["of"] or match["the"] and match["corner"]):
        return match.group(0)  # "left, a dog runs": a bare side before a comma may be a way, or a word of a list
    return f"{'in' if match['corner'] else 'on'} the {match['place']}{match['of'] or ''}: "


def looks_like_record(text: str) -> bool:
    """Whether ``text`` (lower case) may have a record's headings or a moment's words: a full stop or colon after its
    first words, one of the time words the rules read, or a route's heading naming its thing after an aside."""
    head = text[:40]
    return ("." in head or ":" in head or "start of" in text or "end of" in text or "opening " in text or "final " in text
            or "first " in text or "closing " in text or "midpoint" in text or "halfway" in text or "blackout" in text
            or "side of the " in head or "corner" in head
            or "lights " in text or "curtain" in text or " opens " in text or " closes " in text or "keep " in text
            or mentions_a_watch(text) or ("at the start" in text and "at the end" in text)
            or (": " in text and ROUTE_OF_THING_HEADING_RE.search(text) is not None))


def _is_record_heading(words: str) -> bool:
    """A heading of words that name no thing, count, colour, look, speed, setting, place or move: the writer's record
    ("readout ends"), never "slow motion.", "rainy street." or "sunny day."."""
    split = words.replace("-", " ").split()
    if split[-1] in VERB_KINDS or SETTING_WORD_RE.search(words) or says_a_view_from_above(words):
        return False
    return not any(word in STOP_WORDS or word in _SCENE_WORDS or word in NUMBER_WORDS or word in COLORS
                   or looks_like_modifier(word)
                   or word in SPEED_WORDS or f"{word}ly" in SPEED_WORDS or noun_class(word)
                   for word in split)


def _unless_scene(match: re.Match) -> str:
    if labels_a_journey_place(match["words"], match.string[match.end():]):
        return match.group(0)  # "Departure: right side of the frame.": where the journey starts, no record's heading
    if DECLARATION_RE.match(match.string[match.start():]):
        return match.group(0)  # "Item: the dog and the car.": the record's things, which protocol_voice.py reads
    return "" if _is_record_heading(match["words"]) else match.group(0)


def _names_a_thing(said: str) -> bool:
    """Whether said words name a thing the tables know, a verb that is also a noun ("fly!") left out."""
    return any(noun_class(word) and word not in VERB_KINDS for word in re.findall(r"[a-z]+", said))  # not "fly!"


def _said_unless_things(match: re.Match) -> str:
    """The verb of saying alone, its sentence closed where the quote closed one, unless the quote names a thing."""
    if _names_a_thing(match["said"]):
        return match.group(0)
    closes = match["stop"] in (".", "!", "?") or match["said"].rstrip().endswith((".", "!", "?"))
    return match["verb"] + ("." if closes else match["stop"])


def _tells_a_thing(said: str) -> bool:
    """Whether quoted words bring a thing on by an article or a count ("a cat runs", "two dogs sleep"), as a scene
    told does; a password or a motto names its words bare ("blue moon", "dogs rule")."""
    words = re.findall(r"[a-z]+", said)
    return any(noun_class(word) and word not in VERB_KINDS
               and any(before in INDEFINITE or before == "the" or before in NUMBER_WORDS
                       for before in words[max(0, i - 3):i])
               for i, word in enumerate(words))


# "Sung:", "Chorus:", "Caption:": headings over words performed or shown as the scene; a password, motto, sign, notice,
# label, message or question quotes words only written or said, whatever they name
_PERFORMED_HEADINGS = frozenset((
    "sung", "sings", "sing", "song", "chorus", "verse", "refrain", "lyrics", "lyric", "stanza", "aria", "anthem",
    "hymn", "chant", "ballad", "duet", "recitative", "libretto", "caption", "captions", "subtitle", "scene",
    "narration",
    "voiceover", "storyboard", "shot", "script",
))


def _is_performed_heading(words: str) -> bool:
    return any(word in _PERFORMED_HEADINGS for word in re.findall(r"[a-z]+", words))


def _quote_unless_things(match: re.Match) -> str:
    """A heading's quoted words go with it where it is the writer's record ("a goose honks:" is a scene), unless a
    performing heading brings a thing on in them: then they are the scene told ('Sung: "a cat runs left!"',
    'Verse: "two dogs sleep."'), the heading the writer's label over them. Under any other heading ('Motto: "A dog is
    for life."') the quote is words written or said, as main reads it."""
    if not (_is_performed_heading(match["words"]) and _tells_a_thing(match["said"])):
        return _unless_scene(match)
    said = match["said"].strip() + match["stop"]
    said = said if said.endswith((".", "!", "?")) else said + "."
    return (said if _is_record_heading(match["words"]) else f"{match['words']}: {said}") + " "


def record_headings_in_plain_words(text: str) -> str:
    """``text`` (lower case) with its record headings dropped and its moment headings read as the clip's moments; a
    heading over quoted words (a password, a spell) goes with them in any prompt, the rest only where looks_like_record."""
    if ' "' in text:
        text = SPOKEN_QUOTE_RE.sub(_said_unless_things, text)
    if ': "' in text:
        text = QUOTED_UNDER_HEADING_RE.sub(_quote_unless_things, text)
    if not looks_like_record(text):
        return text
    told = text
    if mentions_a_watch(text):  # before the headings go: "Arrival:" names no thing, yet is a moment
        text = watch_edges_named(timetable_headings_named(text) if "depart" in text else text)
    if ": " in text and (" of " in text or " for " in text or " by " in text):
        text = ROUTE_OF_THING_HEADING_RE.sub(_route_of_thing_read, text)
    if ": " in text:
        text = LABEL_HEADING_RE.sub(_label_heading_read, bare_edges_named(text))
    if ": " in text or ", " in text and (" of the " in text or "corner" in text):
        text = PLACE_HEADING_RE.sub(_place_said, text)
    if "ed:" in text:
        text = LABEL_VERB_RE.sub(
            lambda m: m["noun"] if VERB_KINDS.get(m["verb"]) and not noun_class(m["noun"]) else m.group(0), text)
    if "." in text[:40] or ":" in text[:40] or ". " in text:
        text = LEADING_HEADING_RE.sub(_unless_scene, HEADING_RE.sub(_unless_scene, text))  # "subjects: lanterns." is no heading
        if text != told:
            text = _sides_of_things_placed(text)  # a record lists a thing's sides bare: "lively cat, right side ..."
    if ("side" in text or "corner" in text or "edge" in text) and " the " in text:
        text = BARE_SIDE_AT_MOMENT_RE.sub(place_unless_moved, text)
    text = moments_named(text)
    if "the start" in text or "the end" in text or "the midpoint" in text:
        text = under_headings(text)
        if "the end" in text:
            text = same_group_kept(text)
    if " opens " in text or " closes " in text:
        text, opened = OPENS_AT_RE.subn(lambda m: f"{m['noun']} {'starts' if m['verb'] == 'opens' else 'ends'}"
                                        if noun_class(m["noun"]) else m.group(0), text)
        if opened:  # "... opens at the left side and closes at the right side": the same thing's end
            text = CLOSES_AT_RE.sub("and ends", text)
    if "keep " in text:
        text = KEPT_OUT_RE.sub(lambda m: f"there is no {m['noun']} in " if noun_class(m["noun"]) else m.group(0), text)
    return text if text == told else spaces_tidied(text)
