"""The prompt's tokens: one regular expression turns a prompt into words and multi-word phrases.

Phrases such as "from the top left", "halfway through" or "paper airplane" become single tokens, so
the reader's one left-to-right pass sees them whole. Regions and times are turned into numbers here.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # the token pattern's parse: which characters each alternative starts with (private to ``re``)
    from re import _constants as _ops
    from re import _parser
except ImportError:  # another Python keeps them elsewhere: the alternatives are tried unguarded, same tokens
    _ops = _parser = None

from .object_classes import COMPOUND_CLASSES
from .scene_words import COMPOUND_SCENES
from .vocabulary import (
    ABSENT_PHRASES,
    APPEAR_PHRASES,
    CAMERA_CARRIER,
    COUNT_PHRASES,
    DISAPPEAR_PHRASES,
    FINISH_WORDS,
    FROM_ABOVE,
    HALF_WINDOW,
    HYPHEN_MODIFIER_TAILS,
    SIDE_ITS,
    SIDE_OF,
    SIDE_START_LEADS,
    START_WORDS,
    VISIBLE_PHRASES,
)

_FRAME_WORDS = r"(?:frame|screen|scene|image|video|picture|view|canvas|shot|clip)"
_ON = r"on(?! top of (?!(?:the )?" + _FRAME_WORDS + r"\b))"  # "on top of a box" is the box's top, "on top of the frame" a region
_REGION = (r"(?:(?:top|upper|bottom|lower)[ -]?(?:left|right)|(?:left|right)[ -]?(?:top|bottom)|top|bottom|upper|lower|left|"
           r"right|center|centre|middle)")
_REGION_TAIL = (
    r"(?:[ -](?:side|corner|edge|part|area|half|hand side|portion|quadrant))?"
    r"(?: of (?:the |our |your |this |that )?(?:frame|screen|scene|image|video|picture|view|canvas|shot|room|sky|road|field|"
    r"table|street|garden|beach))?"
)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"[ -]") for p in sorted(phrases, key=len, reverse=True))


WAY_SHARE = r"(?:a|one|two|three) (?:half|thirds?|quarters?) of the way"
# "The camera ...", "our camera ..." opening a sentence or a line: the camera itself is what the sentence tells of
_CAMERA_AS_SUBJECT = "(?:" + "|".join(f"(?<={lead}{determiner}camera)" for lead in ("^", "[.;:!?] ", "\n")
                                      for determiner in ("", "the ", "our ", "my ", "this ")) + ")"
TOKEN_ALTERNATIVES = (
    # before start/finish: "begins on the right side of a car" names a side of the car
    r"(?P<side_rel>(?:(?P<side_lead>" + SIDE_START_LEADS + r"|" + FINISH_WORDS + r") )?" + SIDE_OF + r")",
    r"(?P<side_its_rel>(?:(?P<its_lead>" + SIDE_START_LEADS + r"|" + FINISH_WORDS + r") )?" + SIDE_ITS + r")\b",
    r"(?P<sequence>after (?:that|this)|(?:and )?from there(?: on)?|(?:and|then) on(?= to\b)|at (?:long )?last"
    # the last leg comes next
    r"|(?:for|in|over|during|on|spends?|spending|spent) the (?:final|last|closing|remaining) (?:stretch|leg|part|portion|section|"
    r"bit))\b",
    r"(?P<move_idiom>(?:sets?|setting) (?:off|out)|(?:makes?|making|made|finds?|finding|found|wends?|wending) (?:its|his|her|"
    r"their) way"
    r"|(?:changes?|changing|changed|shifts?|shifting|shifted) (?:its|his|her|their) (?:position|place|spot)"
    r"|(?:gets?|getting|got)(?= to (?:the )?" + _REGION + r")"
    r"|(?:follows?|following|followed|takes?|taking|took|traces?|tracing|traced) (?:a|an|the|its|his|her|their) (?:[a-z]+ )?"
    r"(?:route|path|course|trajectory)(?: (?:that|which) (?:takes|leads|brings|carries|runs) (?:it|him|her|them))?"
    r"|(?:slips?|slipping|slipped)(?= (?:past|by|between|around)\b))\b",  # "slips past a dog": a move, not a fall
    r"(?P<finish>" + FINISH_WORDS  # "ends the clip in the upper left": where it is when the clip ends
    + r"(?: (?:the|its|his|her|their) (?:clip|video|film|footage|scene|journey|trip|route|run|path|walk|flight|ride))?"
    + r" (?:(?:in|at|" + _ON + r"|near|to|by) (?:the )?(?P<finish_r>" + _REGION + r")" + _REGION_TAIL
    + r"|(?P<finish_c>(?:top|upper|bottom|lower)[ -](?:left|right))(?:[ -](?:corner|quadrant))?"  # "it ends upper left"
    + r"|(?P<finish_s>left|right)(?= *(?:[,.;]|$))))\b",
    r"(?P<start_at>" + START_WORDS + r" (?:(?:in|at|" + _ON + r"|from|near) (?:the )?(?P<start_r>" + _REGION + r")" + _REGION_TAIL
    + r"|(?P<start_c>(?:top|upper|bottom|lower)[ -](?:left|right)))"
    + r"|(?:starts?|starting|started|begins?|beginning|began|begun)(?: off| out)? (?P<start_s>left|right)(?= *[,.;]| and\b|"
      r" *$))\b",
    r"(?P<window>" + HALF_WINDOW + r")\b",
    r"(?P<hyph_mod>[a-z]+-" + HYPHEN_MODIFIER_TAILS + r")\b",
    r"(?P<empty_frame>(?:the )?(?:frame|scene|screen|picture|shot|view|image) (?:is|stays|remains) (?:empty|blank|bare))\b",
    r"(?P<in_view>in (?:view|sight))\b",
    # "the clip opens on a lantern": the video presents what follows; "on" places nothing
    r"(?P<opens_on>(?:(?:the|this|our) )?(?:clip|video|film|footage|movie|shot|scene|sequence|recording) "
    r"(?:opens?|opened|opening) (?:on|onto|with))\b",
    r"(?P<appear_phrase>" + APPEAR_PHRASES + r"|" + ABSENT_PHRASES + r")\b",
    r"(?P<disappear_phrase>" + DISAPPEAR_PHRASES + r")\b",
    r"(?P<visible_phrase>" + VISIBLE_PHRASES + r")\b",
    # "two thirds of the way in": a share of the clip; "a third of the way across": a share of the path (never an object)
    r"(?P<time>" + WAY_SHARE + r"(?: (?:in|into|through)(?: (?:the|its) (?:video|clip|scene|footage|film))?)?(?! (?:across|along|"
                               r"up|down|over|there|to)\b)"
    r"|halfway(?: mark| point)?(?: through(?: the (?:video|clip|scene))?)?|half[ -]way(?: through)?|midway"
    r"|once (?:the )?(?:video|clip|scene|footage|film) is half (?:over|done|through|finished)"
    r"|(?:once|after|when|as soon as) half (?:of )?(?:the )?(?:video|clip|scene|footage|film|time)(?: (?:had|has|is|was))?"
    r" (?:gone by|passed|elapsed|over|done|gone)"
    r"|(?:(?:around|at|by|near|from|after) )?the mid[ -]?point(?: of the (?:video|clip|scene|footage))?(?: on(?:wards?)?)?"
    r"|in the middle of the (?:video|clip|scene)|(?:at|by) the (?:very )?(?:end|close|finish)(?: of the (?:video|clip|scene))?"
    r"|near the end|at the (?:start|beginning)(?: of the (?:video|clip|scene))?|later on|after a (?:moment|while|second|"
    r"few seconds)|part[ -]?way(?: through(?: the (?:video|clip|scene))?)?)\b",
    r"(?P<way_share>" + WAY_SHARE + r" (?:across|along|up|down|over|there|to)\b(?: (?:the|its) (?:frame|screen|picture|shot|"
                                    r"scene|room|road|field|street))?)",
    # "flies from above a car to its right": where the move starts, over or under a thing (not the camera's view)
    r"(?P<vert_from>from (?:directly |just |right |straight |(?:way )?up (?=above))?"
    r"(?P<vert_side>above|below|beneath|underneath|under|on top of|atop))"
    r"(?= (?:a|an|the|its|his|her|their|this|that)\b(?! " + _FRAME_WORDS + r"\b))",
    r"(?P<topdown>top[ -]?down(?: viewed| view| shot| perspective| camera)?|bird'?s?[ -]?eye(?: view)?"
    r"|overhead(?: (?:view|shot|camera))?|aerial(?: (?:view|shot|clip|video|footage|scene))?"
    r"|(?:seen|viewed|filmed|shot|looking|photographed|captured|recorded|pictured) (?:straight )?"
    r"(?:from above|from overhead|from the top|down)|" + FROM_ABOVE
    + r"|from (?:on high|up high|high up)(?! (?:to|into|down)\b)|drone (?:view|shot)|top view"
    r"|as (?:the|a) (?:crow|bird|eagle|hawk|gull)s? (?:sees?|would see) (?:it|them|things|the scene)"
    r"|from the top(?= ?[:,])"
    # "Straight down:", "straight down from the drone:": the camera's way and seat said as a lead, never a fall
    # ("drops straight down from the shelf: ...", "Straight down from the roof, it falls")
    r"|(?:^|(?<=[.;:!?] ))(?:straight|directly|right) down"
    r"(?: from (?:the|a|an|our|my|his|her|their) " + CAMERA_CARRIER + r"(?= ?[:,])|(?= ?:))"
    # "The camera looks straight down:", "The camera points down at the dog": the lens, the sentence's subject, aimed
    # at the ground is a view from above; "the camera looks down the street" is a side view along it, and "a man
    # with a camera looks down" is the man looking
    r"|camera" + _CAMERA_AS_SUBJECT + r" (?:is |was )?(?:looks|looking|looked|points|pointing|pointed|aims|aimed|faces"
    r"|facing|gazes|peers|stares) (?:straight |directly |right |squarely )?down(?:ward|wards)?"
    r"(?=\s*(?:[:,.;!?]|$)| (?:at|on|onto|upon)\b))\b",
    r"(?P<depth>(?:toward|towards|to|closer to) the (?:camera|viewer|lens)|away from the (?:camera|viewer|lens)|"
    r"into the distance|far away|in the distance|in the background|in the foreground)\b",
    r"(?P<exit>(?:out of|off|off of) (?:the )?(?:frame|view|screen|picture|scene|image|shot|camera view)|off[ -]?screen|"
    r"out of sight)\b",
    r"(?P<enter_from>in from (?:the )?(?P<enter_region>" + _REGION + r")" + _REGION_TAIL + r")\b",
    r"(?P<enter>into (?:the )?(?:frame|view|scene|shot|picture)|into view)\b",
    # "up the left edge", "along the top": the leg keeps to that edge of the frame
    r"(?P<edge>(?P<edge_how>up|down|along|across) (?:the )?(?P<edge_r>left|right|top|bottom)"
    r"(?:[ -](?:edge|side|border|rim)| (?:hand )?side)(?: of (?:the )?(?:frame|screen|picture|view|shot|image))?"
    r"|(?P<edge_along>along|across) (?:the )?(?P<edge_t>top|bottom)(?![ -](?:left|right|of)\b))\b",
    # "left to right", but not "right to the top right": there "right" is a way and "the top right" the goal
    r"(?P<from_to>(?P<ft_a>left|right|top|bottom) to (?:the )?(?P<ft_b>left|right|top|bottom))\b(?![ -](?:left|right|top|bottom|"
    r"corner))",
    r"(?P<from_region>(?:from|starting (?:at|from|in)|out of"
    r"|(?:from )?(?:its|his|her|their|a|the) start(?:ing)? (?:spot|point|position|place|location|corner) (?:in|at|"
    r"on)) (?:the )?(?P<from_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
    r"(?P<dir_phrase>in (?:a |the )?(?P<dir_w>leftward|rightward|left|right|upward|downward|up|down)(?:[ -]?hand)? direction)\b",
    r"(?P<to_region>(?:to|toward|towards|into|reaching|for|via|(?:until|till)(?: (?:it|they|he|she))?(?: (?:is|are|reaches|reach|"
    r"gets to|get to|ends up))?(?: (?:in|at|on))?) (?:the )?(?P<to_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
    # "in the top-down footage" says how it is filmed, not where
    r"(?P<at_region>(?:in|at|" + _ON + r"|near) (?:the )?(?!top[ -]down\b)(?P<at_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
    r"(?P<bare_corner>(?:top|upper|bottom|lower)[ -](?:left|right)(?:[ -](?:corner|quadrant))?)\b",
    r"(?P<circle>in (?:a )?(?:circle|circles|loop|ring)|round and round|in circular motion)\b",
    r"(?P<dir>leftwards?|rightwards?|upwards?|downwards?|skywards?|up|down|left|right|across|forwards?|backwards?|sideways)\b",
    r"(?P<rel>toward|towards|away from|past|around|behind|in front of|next to|beside|on top of|onto|atop|off of|off|from|to|near|"
    r"over"
    r"|underneath|under|beneath|below|above|by|into|on|after|beyond)\b",
    r"(?P<count>" + _alternation(COUNT_PHRASES) + r")\b",
    # the name and its plural inside one group, so the token is always read as "noun2" ("fire trucks" too)
    r"(?P<noun2>(?P<compound_name>" + _alternation(COMPOUND_CLASSES) + r")(?P<plural2>s)?)\b",
    r"(?P<scene2>" + _alternation(COMPOUND_SCENES) + r")\b",
    r"(?P<hyphenated>(?!(?:left|right|top|bottom|upper|lower|up|down|from|to)-)[a-z]+(?:-[a-z]+)+)\b(?!-)",
    r"(?P<number>\d+(?:\.\d+)?)",
    r"(?P<word>[a-z]+(?:'[a-z]+)?)",
    r"(?P<punct>[.;!?,:])",
)

_CATEGORY_ESCAPES = {} if _ops is None else {
    _ops.CATEGORY_DIGIT: r"\d", _ops.CATEGORY_NOT_DIGIT: r"\D", _ops.CATEGORY_SPACE: r"\s",
    _ops.CATEGORY_NOT_SPACE: r"\S", _ops.CATEGORY_WORD: r"\w", _ops.CATEGORY_NOT_WORD: r"\W"}


def _first_characters(items) -> tuple[frozenset[str] | None, bool]:
    """What a parsed pattern can start with, as members of a character class (characters, and escapes such as
    ``\\d``; None: anything, when unsure), and whether it can match nothing."""
    chars: set[str] = set()
    for op, arg in items:
        if op is _ops.LITERAL:
            return frozenset(chars | {chr(arg)}), False
        if op is _ops.IN:
            for kind, value in arg:
                if kind is _ops.LITERAL:
                    chars.add(chr(value))
                elif kind is _ops.RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                elif kind is _ops.CATEGORY and value in _CATEGORY_ESCAPES:
                    chars.add(_CATEGORY_ESCAPES[value])
                else:  # a negated set: anything
                    return None, False
            return frozenset(chars), False
        if op in (_ops.AT, _ops.ASSERT, _ops.ASSERT_NOT):
            continue  # \b and lookarounds consume nothing: the next item starts the match
        if op is _ops.SUBPATTERN and arg[1] & re.IGNORECASE:
            return None, False  # "(?i:...)": each letter in either case
        if op is _ops.SUBPATTERN:
            found, empty = _first_characters(arg[3])
        elif op is _ops.BRANCH:
            found, empty = frozenset(), False
            for branch in arg[1]:
                branch_found, branch_empty = _first_characters(branch)
                found = None if found is None or branch_found is None else found | branch_found
                empty = empty or branch_empty
        elif op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT):
            found, empty = _first_characters(arg[2])
            empty = empty or arg[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        chars |= found
        if not empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _look_at(members: frozenset[str]) -> str:
    """A lookahead at one character of the class of ``members`` (characters, escaped here, and escapes such as ``\\d``)."""
    return "(?=[" + "".join(m if m.startswith("\\") and len(m) == 2 else re.escape(m) for m in sorted(members)) + "])"


def _starts(alternative: str) -> frozenset[str] | None:
    """What ``alternative`` can start with (``_first_characters``); None when unsure or when it can match nothing.

    ``re``'s parser is private: a parse of a shape this code does not know (another Python) gives no look, and
    the alternative is tried as written."""
    if _parser is None:
        return None
    try:
        parsed = _parser.parse(alternative)
        if parsed.state.flags & re.IGNORECASE:
            return None  # "(?i)...": each letter in either case
        chars, empty = _first_characters(parsed)
    except (re.error, AttributeError, IndexError, TypeError, ValueError):  # alone it may not parse (a back-reference)
        return None
    return None if empty else chars


def guarded_alternative(alternative: str, starts: frozenset[str] | None = None) -> str:
    """``alternative`` behind a look at the characters it can start with (``starts``, when already known): at each
    position a pattern of many alternatives (each in a named group, which the scan cannot look into) tries them
    in order, and most cannot start there; the look turns each of those away at once (the same matches, in
    about two thirds of the time)."""
    starts = _starts(alternative) if starts is None else starts
    return alternative if starts is None else _look_at(starts) + alternative


def _guarded_token_pattern(passed_over: frozenset[str] = frozenset()) -> re.Pattern:
    """The alternatives, each guarded, behind one look at what any of them can start with: the spaces between
    tokens are passed over without trying a single alternative. The alternatives named in ``passed_over`` are
    never tried, yet keep their groups, so each match has the same groups as one of the whole pattern."""
    starts = [_starts(alternative) for alternative in TOKEN_ALTERNATIVES]
    body = "|".join("(?!)" + alternative if _group_of(alternative) in passed_over else guarded_alternative(alternative, chars)
                    for alternative, chars in zip(TOKEN_ALTERNATIVES, starts))
    if any(chars is None for chars in starts):
        return re.compile(body)
    return re.compile(_look_at(frozenset().union(*starts)) + f"(?:{body})")


def _group_of(alternative: str) -> str:
    return alternative[len("(?P<"):alternative.index(">")]


# each alternative waits behind a look at the characters it can start with (read from its parse), so the scan
# enters only those that can match where it stands (said in a comment: spelling_repair reads this module's
# strings, its docstring too, as known words)
TOKEN_RE = _guarded_token_pattern()
# alternatives that spell one of these words in every match they make: in a prompt without any of the words they
# cannot match, and the scan need not try them at each token (most prompts name no side and hold no hyphen)
_NEEDED_WORDS = (
    (("left", "right"), frozenset(("side_rel", "side_its_rel"))),
    (("-",), frozenset(("hyph_mod", "hyphenated"))),
    (("empty", "blank", "bare"), frozenset(("empty_frame",))),
    (("open",), frozenset(("opens_on",))),
)


@lru_cache(maxsize=None)  # one pattern for each set of alternatives a prompt cannot use: at most sixteen
def _token_pattern(passed_over: frozenset[str]) -> re.Pattern:
    return _guarded_token_pattern(passed_over) if passed_over else TOKEN_RE


def tokenize(text: str) -> list[re.Match]:
    """The prompt's tokens, left to right."""
    passed_over = frozenset().union(*(names for words, names in _NEEDED_WORDS if not any(word in text for word in words)))
    return list(_token_pattern(passed_over).finditer(text))


def in_clock_time(matches: list[re.Match], position: int) -> bool:
    """Whether the number at ``position`` is the hours, minutes or seconds of a clock time, "12:05", "0:04:30": the
    numbers glued by colons tell a time, never a count."""
    def glued(left: int) -> bool:  # a number, a colon and a number with no space between
        if left < 0 or left + 2 >= len(matches):
            return False
        hours, colon, minutes = matches[left:left + 3]
        return hours.lastgroup == "number" and colon.group(0) == ":" and minutes.lastgroup == "number" \
            and hours.end() == colon.start() and colon.end() == minutes.start()
    return glued(position) or glued(position - 2)


SPACE_RE = re.compile(r"\s+")
APOSTROPHE_RE = re.compile(r"[\u2018\u2019`]")

REGION_POINTS: dict[str, tuple[float | None, float | None]] = {
    "left": (0.2, None), "right": (0.8, None), "top": (None, 0.22), "bottom": (None, 0.78),
    "upper": (None, 0.22), "lower": (None, 0.78), "center": (0.5, 0.5), "centre": (0.5, 0.5), "middle": (0.5, 0.5),
}
TIME_FRACTIONS = (
    ("two thirds", 2 / 3), ("three quarters", 0.75), ("third", 1 / 3), ("quarter", 0.25),
    ("half", 0.5), ("midway", 0.5), ("midpoint", 0.5), ("mid point", 0.5), ("mid-point", 0.5), ("middle", 0.5),
    ("near the end", 0.75), ("end", 0.8), ("close", 0.8), ("finish", 0.8),
    ("start", 0.0), ("beginning", 0.0), ("later", 0.6), ("after", 0.35),
)
DIRECTIONS = {
    "left": "left", "leftward": "left", "leftwards": "left", "right": "right", "rightward": "right",
    "rightwards": "right", "up": "up", "upward": "up", "upwards": "up", "skyward": "up", "skywards": "up",
    "down": "down", "downward": "down", "downwards": "down", "across": "right", "forward": "right",
    "forwards": "right", "backward": "left", "backwards": "left", "sideways": "right",
}
# Words after which a noun we do not know names where things are ("at the seaside"), not a thing.


def region_point(name: str) -> tuple[float | None, float | None]:
    name = name.replace("-", " ").replace("centre", "center")
    x: float | None = None
    y: float | None = None
    for part in name.split():
        px, py = REGION_POINTS.get(part, (None, None))
        x = px if px is not None else x
        y = py if py is not None else y
    return (x, y)


def fraction_of(phrase: str) -> float:
    for key, value in TIME_FRACTIONS:
        if key in phrase:
            return value
    return 0.5
