"""A prompt pasted as a structured spec, told again in the plain sentences the reader handles.

Users paste JSON ({"objects": [{"class": "car", "count": 4}]}), unquoted objects ({ball: {count: 1}}) and
key-value fields ("object: ball (moving) | visible_in: second half", "- subject: cat - count: 3"). Their
fields are read by what the key means, whatever its case or spelling ("Colour", "visibleIn",
"first-half"): keys that name a thing, a count, a colour, a state, where a move starts and ends, the
stops of a route, the halves it is seen in, and other things ("others: none"). Keys about the look of
the clip (style, mood, camera, scene) never name a thing; keys of no known meaning are left in the notes.
"""

from __future__ import annotations

import re

from .checklist_entries import says_a_deed
from .code_notation import is_code_branch
from .object_classes import noun_class
from .pasted_structures import is_one_structure, parsed_structure
from .rewrite_text import ARROW
from .spec_sentences import SpecThing, spec_sentences
from .vocabulary import CLIP_NOUNS, COLORS, FRAME_PLACE_WORDS, THING_FIELD_LABELS, VERB_KINDS

_OBJECT_KEYS = frozenset("object objects obj objs class classes subject subjects name names mover movers thing things item items "
                         "entity "
                         "entities actor actors character characters type kind noun category label animal animals vehicle "
                         "vehicles reference ref landmark anchor who".split())
_REFERENCE_KEYS = frozenset("reference ref landmark anchor".split())
_COUNT_KEYS = frozenset("count number num quantity qty amount n how_many instances copies".split())
_COLOUR_KEYS = frozenset("color colour colors colours paint hue tint".split())
_STATE_KEYS = frozenset("state action motion activity movement doing behaviour behavior status pose".split())
_START_KEYS = frozenset("start from begin begins starts start_position start_pos origin initial initial_position start_at "
                        "starting_position starts_at begins_at enters_on enters_from first".split())
_END_KEYS = frozenset("end to finish ends end_position end_pos destination goal final final_position end_at "
                      "ending_position ends_at finishes_at exits_on exits_to leaves_on last".split())
_VIA_KEYS = frozenset("then next via middle midpoint mid through waypoint stop second_stop middle_stop".split())
_ROUTE_KEYS = frozenset("path route stops waypoints checkpoints positions sequence itinerary trajectory course points".split())
_SHOWN_KEYS = frozenset("visible_in present_in shown_in appears_in seen_in visible present on_screen visibility in_view in_frame "
                        "on_screen_in shown seen when timing time_on_screen screen_time time_in_view "
                        "time_in_frame".split())
_HIDDEN_KEYS = frozenset("hidden_in absent_in missing_in invisible_in gone_in not_visible_in hidden absent off_screen".split())
_APPEAR_KEYS = frozenset("appears appear enters enter arrives arrival shows_up appears_at enters_at arrives_at entry".split())
_LEAVE_KEYS = frozenset("disappears disappear vanishes leaves exits exit departs gone_after leaves_at exits_at disappears_at "
                        "departure".split())
_DIRECTION_KEYS = frozenset("direction heading dir moving_direction travel travels moves goes towards toward direction_of_travel "
                            "direction_of_movement direction_of_motion direction_of_flight travel_direction".split())
_SIDES = {"leftward": "left", "leftwards": "left", "rightward": "right", "rightwards": "right", "upward": "top", "upwards": "top",
          "downward": "bottom", "downwards": "bottom", "left": "left", "right": "right", "up": "top", "down": "bottom"}
# "x" in "cat x 2", "of" in "two of cat": words between a count and its thing
_JOINING_WORDS = frozenset("x × of the and with".split())
_OTHER_KEYS = frozenset("others other other_objects extras extra distractors additional additional_objects else anything_else "
                        "background_objects other_things other_items anything".split())
_VIEW_KEYS = frozenset("view camera_view viewpoint perspective angle camera_angle".split())
# What the clip looks like, never a thing in it
_LOOK_KEYS = frozenset("style look mood camera scene background setting lighting light weather quality tone vibe aesthetic "
                       "atmosphere resolution fps duration format genre notes note comment comments remark remarks "
                       "ambience ambiance time_of_day location "
                       "environment palette shot lens".split())
# "clip", "short video", "moving image": a type or kind field saying what the record describes
_CLIP_KIND_RE = re.compile(r"(?:an? )?(?:short |brief )?(?:" + "|".join(CLIP_NOUNS) + "|moving image|motion picture)")
# "absent in the first half", "appears in the second half": a thing's field or the field after it telling a half
_HALF_SAID_RE = re.compile(r"(?:(?:it |is |are )+)?(?:(?P<hidden>absent|hidden|gone|missing|invisible|"
                           r"not (?:visible|there|present|seen|shown))|appears?|enters?|arrives?|comes? in|shows? up|"
                           r"present|visible|seen|shown|there) (?:in|during|for|through) the "
                           r"(?P<half>first|second) half(?: only)?(?=\s*[.;,]|$)")
_MOTION_KEYS = frozenset("reference_motion reference_state ref_motion".split())
_YES = frozenset("present visible yes true shown on in seen there appears 1".split())
_NO = frozenset("absent hidden no false empty none gone off out missing invisible not_visible not 0 nothing nobody".split())
_NONE_WORDS = frozenset("none nothing no empty nil null n/a na".split())
# "nothing but a dog", "none except two cats": an others field that names its things after all
_NAMED_AFTER_ALL_RE = re.compile(r"\b(?:but|except|besides|save|apart from|other than|only)\b")
_STILL_WORDS = frozenset("none static still stationary idle motionless fixed parked resting stopped".split())
# "stays still throughout", "remains motionless", "not moving at all": a stillness word after a verb of staying
_STILL_SAID_RE = re.compile(r"(?:(?:stays?|remains?|keeps?) (?:" + "|".join(sorted(_STILL_WORDS)) + r")|not moving)\b")
_NUMBER_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
                 "9": "nine", "10": "ten"}
_COUNT_WORDS = frozenset(_NUMBER_WORDS.values()) | frozenset(("a", "an", "single"))
_COUNT_RE = re.compile(r"^(?:x ?(\d+)|(\d+) ?x|(\d+)|(?:count|n|number|qty)\s*[:=]\s*(\d+|[a-z]+))$")
# "then the clip: two balls": a lead opening with an article or a linking word is a sentence's, never a field's key
# ("Lane A:" and "Shape A:" are keys)
_SENTENCE_WORD_RE = re.compile(r"^\s*(?:the|a|an|then|and|but|so|while|when|after|before|it|they|we|i)\b", re.I)
_FIELD_RE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 _-]{0,30}?)\s*[:=]\s*(.*)$", re.S)
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# "|", ";", new lines, " - " bullets, "* " and "• " bullets: the fields of a flat spec
# and a comma where a new "key:" follows ("object: cat, count: 3"; a full stop ends a labelled sentence, read as one)
_SEPARATORS_RE = re.compile(r"\s*(?:[|;\n]\s*(?:[-*\u2022]\s+)?|(?:^|\s)[-*\u2022]\s+|"
                            r",\s*(?=[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,2}\s*[:=]))\s*")
# "Object: cat. Count: 3. Colour: red.": sentences that are each one known field
_FULL_STOP_RE = re.compile(r"\.\s+")
# a sentence ended and another begun inside one value ("a dog by a cat. Watch closely"): prose, never a field's value
_PROSE_RUN_ON_RE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z][a-z]+ [a-z]")
# a troubleshooting entry's headings ("Symptom: ... Remedy: ..."): a manual's prose under its labels, never fields;
# "cause" or "fix" alone is a spec's own key ("Cause: chased", "fix: camera overhead"), so only these mark the manual
_TROUBLESHOOTING_KEYS = frozenset(("symptom", "symptoms", "remedy", "remedies"))
_NUMBERED_RE = re.compile(r"(?:^|[\s,;])\(?(?:\d|[a-c])[).:]\s*")
_ROUTE_SPLIT_RE = re.compile(rf"\s*(?:{ARROW}|>|,|\bthen\b|\bto\b|\btowards?\b|\binto\b|/)\s*")
_PLACE_WORD_RE = re.compile(rf"\b(?:{FRAME_PLACE_WORDS}|side|edge|of)\b")
_SIDE_LETTERS = {"l": "left", "r": "right", "t": "top", "b": "bottom"}
# "left -> right", "from right to left", "cat goes from left of dog -> right of dog": a path said as a value
_PATH_VALUE_RE = re.compile(rf"(?:{ARROW}|\bto\b|\bfrom\b|\btowards?\b)")
_OUTSIDE_COMMA_RE = re.compile(r",(?![^(]*\))|\band\b(?![^(]*\))")


# "Object - cat; count - three": a known key and its value joined by a dash, at the start or after a separator
_DASHED_FIELD_RE = re.compile(r"(^|[|;\n,.]\s*)([A-Za-z][A-Za-z_ ]{0,20}?)\s+[-\u2013\u2014]\s+(?=\S)")


def _dashes_as_colons(prompt: str) -> str:
    """"Object - cat; count - three" told as "Object: cat; count: three" when two or more known keys lead a dash."""
    joined = 0

    def colon(match: re.Match) -> str:
        nonlocal joined
        if not _known_key(_key(match.group(2))):
            return match.group(0)  # "two dogs - a big one - run": a dash in a sentence
        joined += 1
        return f"{match.group(1)}{match.group(2)}: "

    told = _DASHED_FIELD_RE.sub(colon, prompt)
    return told if joined >= 2 else prompt


def _full_stops_as_separators(prompt: str) -> str:
    """"Object: cat. Count: 3. Colour: red." told as "Object: cat; Count: 3; Colour: red" when every sentence is
    one field of a known key (a labelled report, "Trial 2. Subject: dog. Procedure: ...", is read as sentences)."""
    parts = [part for part in _FULL_STOP_RE.split(prompt.strip().rstrip(".")) if part.strip()]
    if len(parts) < 2 or any(";" in part or "|" in part or "\n" in part for part in parts):
        return prompt
    fields = [_FIELD_RE.match(part) for part in parts]
    if all(field and (_known_key(_key(field.group(1))) or _key(field.group(1)) in _LOOK_KEYS) for field in fields):
        return "; ".join(parts)
    return prompt


def _known_key(key: str) -> bool:
    """Whether ``key`` names something about a thing: what it is, how many, its colour, state, path or halves."""
    return key in _OBJECT_KEYS or key in _COUNT_KEYS or key in _COLOUR_KEYS or key in _STATE_KEYS or key in _SHOWN_KEYS \
        or key in _HIDDEN_KEYS or key in _OTHER_KEYS or key in _ROUTE_KEYS or key in _START_KEYS or key in _END_KEYS \
        or key in _DIRECTION_KEYS


def _says_none(word: str) -> bool:
    """"nothing else", "none at all" under an others key; never "nothing but a small dog"."""
    first = (word.split() or [""])[0]
    return word in _NONE_WORDS or first in _NONE_WORDS and not _NAMED_AFTER_ALL_RE.search(word)


def is_field_key(raw: str) -> bool:
    """Whether ``raw`` ("Subject", "how many", "start", "camera") is a field's name this reader knows."""
    key = _key(raw)
    return _known_key(key) or key in _VIA_KEYS or key in _VIEW_KEYS or key in _LOOK_KEYS


def is_seen_key(raw: str) -> bool:
    """Whether ``raw`` ("visible in", "first half") says when a thing is seen: of every thing unless one owns it."""
    key = _key(raw)
    return key in _SHOWN_KEYS or key in _HIDDEN_KEYS or "half" in key


def is_place_key(raw: str) -> bool:
    """Whether ``raw`` ("start", "ends at", "via", "path") says a place a thing goes from, by or to."""
    key = _key(raw)
    return key in _START_KEYS or key in _END_KEYS or key in _VIA_KEYS or key in _ROUTE_KEYS


def is_aside_key(raw: str) -> bool:
    """Whether ``raw`` ("others", "notes", "camera") says what else is there or how the clip looks, never of a thing."""
    key = _key(raw)
    return key in _OTHER_KEYS or key in _LOOK_KEYS or key in _VIEW_KEYS


def is_thing_key(raw: str) -> bool:
    """Whether ``raw`` ("Subject", "who", "object 2") names the thing its fields are said of."""
    return _key(raw) in _OBJECT_KEYS


def _key(raw: str) -> str:
    """"visibleIn", "First-half", "Object 2": one spelling of the key, its list number dropped."""
    key = "_".join(_CAMEL_RE.sub(" ", raw.strip()).lower().replace("-", " ").split())
    return re.sub(r"(?<=[a-z])_?#?\d+$", "", key)


def looks_like_spec(prompt: str) -> bool:
    """Whether ``prompt`` is a pasted structure: a JSON-like object or list, or key-value fields."""
    if ":" not in prompt and "=" not in prompt:
        if " - " not in prompt and "\u2013" not in prompt and "\u2014" not in prompt:
            return False  # most prompts: no field at all
        prompt = _dashes_as_colons(prompt)
        if ":" not in prompt:
            return False
    if ". " in prompt:
        prompt = _full_stops_as_separators(prompt)
    stripped = prompt.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        return is_one_structure(stripped)
    nested = _FIELD_RE.match(stripped)
    if nested and nested.group(2).strip()[:1] in "{[" and nested.group(2).strip()[-1:] in "}]":
        return True  # "scene: {objects: [ball], ...}": one field holding the whole structure
    fields = [_FIELD_RE.match(part) for part in _SEPARATORS_RE.split(stripped) if part]
    if any(m and _PROSE_RUN_ON_RE.search(m.group(2)) and not _known_key(_key(m.group(1))) for m in fields):
        return False  # "CLUE: a dog by a cat. Watch closely, players: ...": a label over prose, the next "key" an address
    if any(m and _key(m.group(1)) in _TROUBLESHOOTING_KEYS for m in fields):
        return False  # "Symptom: ball stops early. Remedy: from above, moving ball: ...": a manual's entry
    if any(m and is_code_branch(m.group(1)) for m in fields):
        return False  # "for frame in clip:", "if frame in first half: no cat": code's branches, never a spec's keys
    if any(m and _label_over_prose(_key(m.group(1)), m.group(2)) for m in fields) \
            and not any(m and _known_key(_key(m.group(1))) for m in fields):
        return False  # "- Picture: a moving car in the first half, then ...": a lesson's label heading its prose
    keys = [_key(m.group(1)) for m in fields if m and not _SENTENCE_WORD_RE.search(m.group(1))]
    known = [k for k in keys if k in _OBJECT_KEYS or k in _COUNT_KEYS or k in _SHOWN_KEYS or k in _HIDDEN_KEYS
             or k in _OTHER_KEYS or k in _ROUTE_KEYS or _names_class(k)]
    return len(keys) >= 2 and bool(known) and len(keys) * 2 >= len(fields)


# the noun phrase a value opens on, brought in by its article or count: "a moving car", "two flying birds"
_OPENING_PHRASE_RE = re.compile(r"\s*(?:a|an|one|two|three|four|five)\s+((?:[a-z-]+\s+){0,2}[a-z]+)")


def _label_over_prose(key: str, value: str) -> bool:
    """"Picture: a moving car in the first half, then no car": a key naming one thing (no thing's field key) whose value
    brings in another thing first and goes on past it is a label over prose, never a field of the thing it names
    ("Bird: a sparrow" and "dog: a brown one" say the key's own thing; "Person: a woman", "Car: a yellow taxi" a more
    particular one). Asked only where no other key is a spec's known key ("Action:", "Count:")."""
    words = key.split("_")
    found = noun_class(words[-1]) if len(words) == 1 and key not in _OBJECT_KEYS else None
    opening = _OPENING_PHRASE_RE.match(value.lower()) if found else None
    if opening is None:
        return False
    words = opening.group(1).split()
    at = next((i for i, word in enumerate(words) if noun_class(word)), None)
    if at is None or noun_class(words[at])[0] == found[0]:
        return False
    rest = value.lower()[opening.start(1):].split(None, at + 1)[at + 1:]
    return bool(rest) and bool(rest[0].strip(" .,;!"))  # "Person: a woman", "Car: a yellow taxi": the thing, said


# one of a route's places said alone: "the lower right corner", "upper left", "right side of the frame"
_STOP_RE = re.compile(rf"(?:the )?{FRAME_PLACE_WORDS}(?: {FRAME_PLACE_WORDS})?(?: (?:corner|side|edge))?"
                      r"(?: of (?:the )?(?:frame|screen|picture|shot))?")


def _says_stops(value: str) -> bool:
    """Whether a thing's value is its route, two or more places in turn ("lower right corner, then the upper right
    corner, then the upper left corner", "left -> right"), a last "in that order" aside; never its describing words."""
    parts = [part.strip(" .") for part in _ROUTE_SPLIT_RE.split(value) if part.strip(" .")]
    if parts and parts[-1] in ("in that order", "in order", "in this order"):
        parts = parts[:-1]
    return len(parts) >= 2 and all(_STOP_RE.fullmatch(part) for part in parts)


def _names_class(word: str) -> bool:
    words = word.replace("_", " ").split()
    found = noun_class(words[-1]) if words else None
    return found is not None and found[1].mobility not in ("scenery",)


_COUNTED_RE = re.compile(r"\s*(?:the|\d+|" + "|".join(sorted(_COUNT_WORDS)) + r")\s")


def _thing_before_its_route(pairs: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """"Path: from the left to the right. Object: a bus.", "Movement: right to left. Item: a dog.": a route's fields
    said before the field naming the thing it is for are that thing's, so the thing's field is read first. A spec with
    a reference given bare ('"reference": "tree"') is read as it stands: with a moving thing it is said "a tree."
    heading the text, where it reads as the writer's label and is lost; several things' fields name no one mover."""
    keys = [_key(raw) if raw else "" for raw, _ in pairs]
    bare_reference = any(key in _REFERENCE_KEYS and not (isinstance(value, str) and _COUNTED_RE.match(value.lower()))
                         for key, (_, value) in zip(keys, pairs))
    if bare_reference or sum(key in _OBJECT_KEYS and key not in _REFERENCE_KEYS for key in keys) > 1:
        return pairs
    named = next((i for i, key in enumerate(keys) if key.removesuffix("s") in THING_FIELD_LABELS), None)
    routed = next((i for i, (key, (_, value)) in enumerate(zip(keys, pairs))
                   if key in _ROUTE_KEYS or key in _DIRECTION_KEYS or key in _START_KEYS or key in _END_KEYS
                   or key in _VIA_KEYS
                   or (key in _STATE_KEYS and isinstance(value, str) and _PATH_VALUE_RE.search(value.lower()))), None)
    if named is None or routed is None or routed > named:
        return pairs
    return [*pairs[:routed], pairs[named], *pairs[routed:named], *pairs[named + 1:]]


def _fields(prompt: str) -> list[tuple[str, object]]:
    """The prompt's (key, value) pairs, values parsed where they are structures; a bare item joins the field before."""
    stripped = prompt.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        parsed = parsed_structure(stripped)
        if isinstance(parsed, dict):
            return list(parsed.items())
        if isinstance(parsed, list):
            return [("objects", parsed)]
    pairs: list[tuple[str, object]] = []
    for part in _SEPARATORS_RE.split(stripped):
        if not part:
            continue
        field = _FIELD_RE.match(part)
        if field is None:
            if pairs and pairs[-1][1] in ("", []):
                pairs[-1] = (pairs[-1][0], part)
            elif pairs and _key(pairs[-1][0]) in _OBJECT_KEYS and _a_list_item(part):  # "objects: - cat - dog (x2)"
                listed = pairs[-1][1]
                pairs[-1] = (pairs[-1][0], [*(listed if isinstance(listed, list) else [listed]), part])
            else:
                pairs.append(("", part))
            continue
        raw = field.group(2).strip().rstrip(".!").replace("\u00d7", "x")  # "cat ×2", "Others: none."
        pairs.append((field.group(1), parsed_structure(raw) if raw[:1] in "{[" else raw.strip("\"'")))  # name = "cat"
    return pairs


# "big fluffy walking dog": longer than this, a value is a sentence, not a name
_MOST_WORDS_OF_A_NAME = 4


def _a_list_item(part: str) -> bool:
    """"cat (x2, lively)", "red kite": one more item of a bulleted list of things, not a sentence."""
    return "(" in part or len(part.split()) <= 2


class _SpecReading:
    def __init__(self):
        self.things: list[SpecThing] = []
        self.top_down = False
        self.notes: list[str] = []
        self.loose: list[str] = []
        self.sentences: list[str] = []
        self.mover: SpecThing | None = None
        self.references: list[SpecThing] = []
        self.count_first: str | None = None  # "Quantity: four. Object: cats.": a count said before any thing

    def thing(self, name: str, fresh: bool = False) -> SpecThing:
        """The thing of that name said before (a key naming it adds fields), or a new one: each object of a list is its own."""
        name = name.strip().lower()
        for thing in self.things:
            if thing.name == name and not fresh:
                return thing
        self.things.append(SpecThing(name))
        return self.things[-1]

    def described(self, text: str, fresh: bool = False) -> SpecThing | None:
        """"car (x2, moving)", "walking dog", "ball (count: 4)": a thing with the words said of it."""
        inside = re.findall(r"\(([^)]*)\)", text)
        outside = re.sub(r"\([^)]*\)", " ", text).lower().split()
        if len(outside) > _MOST_WORDS_OF_A_NAME:
            self.sentences.append(text.strip())  # "subject: a cat walks to the left": a sentence, read as one
            return None
        nouns = [w for w in outside if noun_class(w) is not None]
        if not nouns:
            return None
        noun = nouns[-1]
        thing = self.thing(noun_class(noun)[0], fresh)
        words = [w for w in outside if w != noun] + [p.strip() for part in inside for p in part.split(",")]
        for word in words:
            self.attribute(thing, word.strip().lower())
        if self.count_first is not None:
            self.attribute(thing, self.count_first)  # the count said first is the first thing's
            self.count_first = None
        return thing

    def _kind_counted(self, word: str, owner: SpecThing | None) -> bool:
        """"Type: red car. Number: four red cars": a count value naming its thing's kind again counts that thing, a
        word after the kind said of it too, "three cars parked" (a count of another kind, "Object: dog. Count: two
        cats", or one told on in a clause of its own, is read as before)."""
        words = word.replace(",", " ").split()
        if owner is None or len(words) < 2 or not (words[0] in _NUMBER_WORDS.values() or words[0].isdigit()):
            return False
        noun_at = next((i for i in range(1, min(len(words), 4)) if noun_class(words[i]) is not None), None)
        if noun_at is None or len(words) > noun_at + 2 \
                or noun_class(words[noun_at])[0] != (noun_class(owner.name.split()[-1]) or ("",))[0]:
            return False
        self.described(" ".join(words[:noun_at + 1]))
        if words[noun_at + 1:]:
            self.attribute(owner, " ".join(words[noun_at + 1:]))
        return True

    def attribute(self, thing: SpecThing, word: str) -> None:
        """One word or short field said of a thing: its count, colour or state."""
        count = _COUNT_RE.match(word)
        if count:
            said = next(g for g in count.groups() if g)
            thing.count = _NUMBER_WORDS.get(said, said)
        elif word in _COUNT_WORDS:
            thing.count = "one" if word in ("a", "an", "single") else word
        elif word in COLORS:
            thing.colour = word
        elif word in _STILL_WORDS or _STILL_SAID_RE.match(word):
            thing.still = True
        elif word in _SIDES:
            thing.end = "the " + _SIDES[word]  # "(leftward)": the side it goes to
        elif word and word not in _YES and word not in _NONE_WORDS and word not in _JOINING_WORDS:
            thing.states.append(word)

    def read(self, pairs, owner: SpecThing | None = None) -> None:
        for raw_key, value in pairs:
            self.field(_key(raw_key) if raw_key else "", value, owner)

    def field(self, key: str, value, owner: SpecThing | None) -> None:
        text = value if isinstance(value, str) else ""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = str(int(value))
        elif isinstance(value, bool) or value is None:
            text = "yes" if value else "no"
        word = text.strip().lower()
        parts = key.split("_")
        if len(parts) > 1 and _names_class(parts[0]) and "_".join(parts[1:]) not in _OBJECT_KEYS:  # "bird_path", "dog_colour"
            owner, key = self.described(parts[0]), "_".join(parts[1:])
        if key in _OBJECT_KEYS and _CLIP_KIND_RE.fullmatch(word):
            return  # "Type: moving image": what the record describes, never a thing in it
        if key in _OBJECT_KEYS:
            if key in ("name", "names"):
                self.count_first = None  # "Number: 4. Name: Rex the dog.": a number before a name is the thing's own
            self.objects(value, role="mover" if key in ("mover", "movers", "actor", "actors") else
                         "reference" if key in _REFERENCE_KEYS else "")
            return
        shown_or_hidden = key in _SHOWN_KEYS or key in _HIDDEN_KEYS or "half" in key or key in _APPEAR_KEYS or key in _LEAVE_KEYS
        if owner is None and self.things and key not in _OTHER_KEYS and key not in _LOOK_KEYS and not _names_class(key) \
                and not shown_or_hidden:
            owner = self.mover or self.things[-1]
        if key in _STATE_KEYS and (isinstance(value, dict) or (isinstance(value, str) and _PATH_VALUE_RE.search(word))):
            if isinstance(value, dict):
                self.read(value.items(), owner)
            else:
                self.route("path", self.path_owner(word, owner), owner=self.path_owner(word, owner, thing=True))
            return
        last_named = self.things[-1] if self.things else None
        if key in _COUNT_KEYS and self._kind_counted(word, owner or self.mover or last_named):
            return
        if owner is not None and key in _COUNT_KEYS:
            self.attribute(owner, _NUMBER_WORDS.get(word, word))
        elif key in _COUNT_KEYS and not self.things:
            self.count_first = _NUMBER_WORDS.get(word, word)
        elif owner is not None and key in _COLOUR_KEYS and word in COLORS:
            owner.colour = word
        elif owner is not None and key in _STATE_KEYS:
            for part in (value if isinstance(value, list) else [word]):
                self.attribute(owner, str(part).strip().lower())
        elif key in _MOTION_KEYS and word in _STILL_WORDS:
            for thing in self.references:
                thing.still = True
        elif key in _DIRECTION_KEYS and owner is not None and word:
            if _PATH_VALUE_RE.search(word) and not word.startswith("to "):
                self.route("path", self.path_owner(word, owner), owner)
            else:
                self.attribute(owner, re.sub(r"^(?:to|toward|towards) (?:the )?", "", word))
        elif key in _APPEAR_KEYS or key in _LEAVE_KEYS:
            for thing in [owner] if owner else self.things:
                thing.halves = {"first": key in _LEAVE_KEYS, "second": key in _APPEAR_KEYS}
        elif key in _START_KEYS or key in _END_KEYS or key in _ROUTE_KEYS or key in _VIA_KEYS:
            self.route(key, value, owner)
        elif shown_or_hidden and key not in _APPEAR_KEYS and key not in _LEAVE_KEYS:
            for thing in [owner] if owner else self.things:  # said of no one thing: of all of them
                self.halves(key, word, thing)
        elif key in _OTHER_KEYS:
            if not _says_none(word) and value not in ([], {}, ""):
                self.objects(value)
        elif key in _VIEW_KEYS:
            self.top_down = self.top_down or bool(re.search(r"top|above|overhead|bird|aerial", word))
        elif key in _LOOK_KEYS:
            if isinstance(value, dict):
                self.read(value.items())
            elif key == "camera" or key == "shot":
                self.top_down = self.top_down or bool(re.search(r"top[ -]?down|from above|overhead|aerial", word))
        elif _names_class(key) and isinstance(value, str) and says_a_deed(word):
            thing = self.described(key.replace("_", " "))  # "dog: walked from the left of the cat to ...": what it did,
            if thing is not None:  # said of the thing with its count and colour from the fields beside it
                thing.deed = word.rstrip(" .;,")
        elif _names_class(key):
            thing = self.described(key.replace("_", " "))
            if isinstance(value, dict):
                self.read(value.items(), thing)
            elif thing is not None and _HALF_SAID_RE.match(word):
                self.half_said(word, thing)
            elif thing is not None and _says_stops(word):
                self.route("path", word, thing)  # "car: lower right corner, then the upper right corner, ...": its route
            elif thing is not None:
                for part in (value if isinstance(value, list) else re.split(r"[,+]", text)):
                    self.attribute(thing, str(part).strip().lower())
        elif owner is not None and (word in _YES or word in _NONE_WORDS) and key in ("moving", "walking", "flying", "running"):
            if word in _YES:
                owner.states.append(key)
        elif key == "" and self.things and _HALF_SAID_RE.match(word):
            self.half_said(word, self.things[-1])  # "Dog: absent in the first half; appears in the second half."
        elif key == "" and word:
            self.loose.append(word)
        elif key:
            self.notes.append(f"spec field {key!r} not understood; ignored")

    def path_owner(self, text: str, owner: SpecThing | None, thing: bool = False):
        """"cat goes from left of dog -> right of dog": the thing named before "from" moves along the rest ("flies from
        the left", said of a row's thing, is its verb)."""
        said = re.match(r"^(?:the |a |an )?([a-z]+)\b([a-z ]*?)\bfrom\b\s*(.*)$", text)
        if said and owner is not None and text.startswith(said.group(1)) and not said.group(2).strip() \
                and said.group(1) in VERB_KINDS:
            return owner if thing else said.group(3)  # "flies from the right": the row's thing's verb, never a fly
        if said and noun_class(said.group(1)) is not None:
            return self.described(said.group(1)) if thing else said.group(3)
        if text.startswith("from "):
            text = text[5:]
        return owner if thing else text

    def took_role(self, thing: SpecThing | None, role: str) -> None:
        if thing is not None and role == "mover":
            self.mover = thing
        elif thing is not None and role == "reference":
            self.references.append(thing)

    def objects(self, value, role: str = "") -> None:
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                name_key = next((k for k in item if _key(k) in _OBJECT_KEYS), None)
                thing = self.described(str(item[name_key]), fresh=True) if name_key else None
                if thing is None and len(item) == 1:  # {"bird": "yellow"} in a list
                    self.field(_key(next(iter(item))), next(iter(item.values())), None)
                    continue
                self.read([(k, v) for k, v in item.items() if k != name_key], thing)
                self.took_role(thing, role)
            elif isinstance(item, str):
                for part in _OUTSIDE_COMMA_RE.split(item):
                    thing = self.described(part)
                    self.took_role(thing, role)
                    if thing is None and part.strip():
                        self.notes.append(f"spec object {part.strip()!r} not understood; ignored")

    def route(self, key: str, value, owner: SpecThing | None) -> None:
        thing = owner or self.mover or next((t for t in self.things if not t.still), self.things[0] if self.things else None)
        if thing is None:
            return
        items = value if isinstance(value, list) else [value]
        places: list[str] = []
        for item in items:
            text = re.sub(r"(?<=[a-z])-(?=to-|[a-z]+$)|(?<=-to)-", " ", str(item).strip().lower())  # "left-to-right"
            numbered = [p for p in _NUMBERED_RE.split(text) if p.strip()]
            for part in numbered if len(numbered) > 1 else [text]:
                places.extend(p for p in _ROUTE_SPLIT_RE.split(part) if p.strip()) if key in _ROUTE_KEYS | {"motion"} \
                    else places.append(part)
        places = [self.place(p, thing) for p in places]
        places = [p for p in places if p]
        if key in _START_KEYS and places:
            thing.start = places[0]
        elif key in _END_KEYS and places:
            thing.end = places[-1]
        elif key in _VIA_KEYS:
            thing.via.extend(places)
        elif len(places) == 1:
            thing.end = places[0]  # "walking to the left": where it goes
        else:
            thing.stops = places

    def place(self, text: str, thing: SpecThing) -> str:
        """"from left", "R", "lower-left": a place in the reader's words; a manner ("walking") is kept as a state."""
        text = re.sub(r"^(?:from|at|in|on)\s+", "", text.strip(" .,").replace("-", " "))
        said = re.match(r"^([a-z]+ing)\b\s*(.*)$", text)  # "walking", "moving from left"
        if said:
            thing.states.append(said.group(1))
            return self.place(said.group(2), thing) if said.group(2) else ""
        text = _SIDE_LETTERS.get(text, text)
        return text if _PLACE_WORD_RE.search(text) else ""

    def half_said(self, word: str, thing: SpecThing) -> None:
        """"absent in the first half", "appears in the second half": the halves it is seen in, the other half the
        opposite unless told."""
        said = _HALF_SAID_RE.match(word)
        shown = said["hidden"] is None
        thing.halves[said["half"]] = shown
        thing.halves.setdefault("second" if said["half"] == "first" else "first", not shown)

    def halves(self, key: str, word: str, thing: SpecThing) -> None:
        """"visible_in: first half", "second_half: absent", "first half: not visible": the halves it is seen in."""
        shown = key in _SHOWN_KEYS or (key not in _HIDDEN_KEYS and not any(w in _NO for w in word.replace("_", " ").split()))
        halves = [h for h in ("first", "second") if h in key] or [h for h in ("first", "second") if h in word]
        for half in halves:
            thing.halves[half] = shown
        other = {"first": "second", "second": "first"}
        if len(halves) == 1 and ("only" in word or key in _SHOWN_KEYS or key in _HIDDEN_KEYS):
            thing.halves.setdefault(other[halves[0]], not shown)  # "visible_in: first half": not in the second


def spec_in_plain_words(prompt: str) -> tuple[str, list[str]]:
    """The plain sentences a pasted spec says, and notes on the fields it could not read."""
    reading = _SpecReading()
    if ":" not in prompt and "=" not in prompt:
        prompt = _dashes_as_colons(prompt)
    if ". " in prompt:
        prompt = _full_stops_as_separators(prompt)
    try:
        reading.read(_thing_before_its_route(_fields(prompt)))
    except RecursionError:  # nested past any spec a person writes: read as it stands
        return prompt, []
    if not reading.things or reading.sentences:
        return prompt, []
    return spec_sentences(reading.things, reading.references, reading.loose, reading.top_down), reading.notes
