"""Word lists and phrase patterns for describing words, visibility and relative sides.

Kept apart from the reader so the rules that decide "is this word an object?" can be read and
extended on their own. A word is drawn as an object only when it names a thing; describing words
(adjectives, participles, adverbs) bind to the noun they precede or are reported as not understood.
"""

from __future__ import annotations

# Adjectives the reader meets often that do not end in a tell-tale suffix.
PLAIN_ADJECTIVES = frozenset(
    "lively long hot warm cold cool rough smooth soft hard sunny rainy windy cloudy foggy snowy misty "
    "more less most few new fresh clean dirty real vivid natural calm busy quiet loud noisy empty dense "
    "sleepy tabby bouncy fluffy fuzzy shaggy sparkling glossy dusty muddy rusty fancy tiny slim wide "
    "narrow deep shallow high low near far open closed mid top-down lit red-lit dim dark light last sharp separate "
    "shorter longer lower higher faster slower bigger smaller larger wider thinner thicker heavier lighter darker "
    "brighter closer further farther taller whole entire different similar various identical".split()
)
# Endings of words that describe rather than name (checked only on words the tables do not know).
MODIFIER_SUFFIXES = ("ly", "ing", "ed", "ful", "ous", "ive", "ic", "ical", "able", "ible", "ish", "less")
# Words that qualify a count and mean nothing else ("exactly three dogs").
COUNT_QUALIFIERS = frozenset("exactly precisely just only".split())
# Nouns that are parts of speech about the video, never objects.
NON_OBJECT_NOUNS = frozenset((
    "number footage film camera shot clip video movie scene view image sequence row line queue formation "
    "hour hours minute minutes seconds day days morning evening afternoon moment while nothing nobody direction "
    "size sizes colour colours color colors shape shapes kind kinds sort sorts type types"
).split())
# Verbs that present the scene rather than move anything in it.
PRESENTING_WORDS = frozenset(
    "records recording recorded captures capturing captured films filming filmed shows showing depicts "
    "depicting depicted features featuring featured presents presenting observes observing".split()
)
# Words that say an object is not there yet ("absent at first"): it appears later.
ABSENT_PHRASES = r"(?:is|are) (?:absent|missing|hidden|not (?:yet )?(?:visible|there|in view))(?: at first| initially| at the (?:start|beginning))?"
# A few frequent function words of other languages: a prompt full of them is not English.
FOREIGN_FUNCTION_WORDS = frozenset(
    "un une le la les des du et est dans sur avec qui que el los las una y en con por para es der die das "
    "ein eine und ist mit auf im il lo gli uno della di che e nel".split()
)


def looks_like_modifier(word: str) -> bool:
    """A describing word by its form: never drawn as an object."""
    if word in PLAIN_ADJECTIVES or "-" in word:
        return True
    return len(word) > 4 and word.endswith(MODIFIER_SUFFIXES) and not word.endswith(("ness", "ment"))


# Visibility: "shows up", "becomes visible", "has left", "is visible only in the first half".
APPEAR_PHRASES = (
    r"(?:shows?|showing|showed|turns?|turning|turned|pops?|popping|popped) up"
    r"|(?:comes?|coming|came) into (?:view|sight|the (?:frame|picture|shot))"
    r"|(?:becomes?|becoming|became) (?:visible|seen)"
    r"|(?:arrives?|arriving|arrived)"
)
DISAPPEAR_PHRASES = (
    r"(?:has|have|had) (?:gone|left|disappeared|vanished|exited)(?: the (?:frame|scene|view|picture|shot))?"
    r"|(?:is|are) (?:gone|no longer (?:visible|there|in view))"
    r"|(?:goes|go|going|went) (?:away|out of (?:view|sight))"
    r"|(?:leaves?|leaving|left) the (?:frame|scene|view|picture|shot)"
    r"|(?:drops?|dropping|dropped) out of (?:view|sight)"
)
VISIBLE_PHRASES = r"(?:is|are|was|were|being|be|stays?|remains?) (?:only )?(?:visible|present|seen|shown|there|in view|on screen|in (?:the )?(?:frame|shot|picture))"
# "only in the first half of the video" → ("first"), "in the latter half" → ("second").
HALF_WINDOW = (
    r"(?:only )?(?:in|during|for|within|throughout) the (?P<half>first|second|latter|later|early|earlier|last|final|opening|closing|beginning|ending) "
    r"(?:half|part|portion|section)(?: of (?:the )?(?:video|clip|scene|film|footage|shot))?"
    r"|(?P<until>until|till|before|up to) (?:the )?(?:middle|midpoint|halfway(?: point| mark)?|half[ -]?way(?: point| mark)?)"
    r"(?: of (?:the )?(?:video|clip|scene|film|footage|shot))?"
    r"|(?P<after>after|from|past) (?:the )?(?:middle|midpoint|halfway(?: point| mark)?|half[ -]?way(?: point| mark)?)"
    r"(?: of (?:the )?(?:video|clip|scene|film|footage|shot))?(?: on(?:wards?)?)?"
)
FIRST_HALF_WORDS = frozenset(("first", "early", "earlier", "opening", "beginning"))

# Relative sides: "from the left of a dog", "to the right side of it", "to its left".
_SIDE = r"(?:left|right)"
_FRAME_NOUNS = r"(?:the )?(?:frame|screen|scene|image|video|picture|view|canvas|shot|clip)\b"
_SIDE_PREP = r"(?:from|to|toward|towards|on|at|in)"
SIDE_OF = r"(?P<side_prep>" + _SIDE_PREP + r" )?(?:the )?(?P<side_of>" + _SIDE + r")(?:[ -](?:hand )?side)? of (?!" + _FRAME_NOUNS + r")"
SIDE_ITS = (r"(?P<its_prep>" + _SIDE_PREP + r" )?(?:its|his|her|their|the [a-z]+'s) (?P<its_side>" + _SIDE
            + r")(?:[ -](?:hand )?side)?")

# Where a path starts and ends when no motion verb says so ("starts in the lower left corner").
START_WORDS = r"(?:starts?|starting|started|begins?|beginning|began|sits?|sitting|is|initially|first|placed|located)(?: off| out)?"
HYPHEN_MODIFIER_TAILS = r"(?:like|shaped|sized|colou?red|looking|style|themed|lit|haired|eyed|legged|tailed)"
FINISH_WORDS = r"(?:ends?|ending|ended|finish(?:es|ing|ed)?|winds?|winding|wound|stops?|stopping|stopped|comes? to rest|arrives?|arriving)(?: up)?"
