"""A Nigerian-English speaker's Pidgin turns put into the plain English the token pass reads.

A speaker of Nigerian Pidgin keeps the scene's nouns, colours, counts and sides in English and says the small words the
Pidgin way: "e" (it, he or she: "e go move", "e reach"), "am" after a verb (it: "look am from above"), "dem" (they,
them), "una" (you, the listeners), "wey" (that), "dey" (is, is in: "the car dey the lower left corner", "ball no dey";
before a verb its "-ing": "we dey look"), "for" (in: "start for the lower right corner", "for the first half"), "na"
(it is, opening a clause: "na from above we dey look"; is, after a thing: "the scene na purple dog"), "go" before a
verb (will: "e go move", "a moving ball go appear"), and a route's legs strung on with a bare "go" or "reach" after the
verb or the "from" ("e waka go the lower left corner", "e go roll reach the upper right corner", "from the left reach
the right": to), "waka" (walk), "comot" (away), "don" (has). The speaker wraps the clip in the voice's calls and
formulas, "Abeg," (please), "Oga,", "My sister,", a closing "o" or "sef", "No wahala.", "Na so e be.", "Na im be dat.",
"E don do.", which speak to the listener and name nothing in the clip. Read as written, "e" is taken for the "and" of
another language, a leg strung with "go" or "reach" loses its way, "start for" a corner never starts there and "dey"
is a thing. Nothing is done unless the prompt says two of the voice's marks (its own words, "abeg", "dey", "wahala",
"sef", "waka", "una", ..., a closing "o", "e go", "na so"), which no English prompt says.
"""

from __future__ import annotations

import re

from .vocabulary import VERB_KINDS
from .word_guessing import third_person

# the voice's own words, none of them English nor another language's small word (Spanish "una", the "chai" one
# drinks; an "oga" is only a call, opening a clause before its comma)
_OWN_WORDS = frozenset(("abeg", "wahala", "dey", "sef", "waka", "comot", "wetin", "abi", "oya", "pikin", "jare", "wey",
                        "sabi", "haba"))
_WORD_RE = re.compile(r"[a-z]+")
# the marks besides its words: a closing "o" ("o!", "o."), "e go", "e don", "na so", "na im", an opening "Oga,"
# (an "o" after an article is the letter, "an X and an O"; "stay for" only a place is Pidgin, "stay for the first half"
# English)
_MARK_RES = (re.compile(r"(?:^|(?<=\s))(?<!\ba )(?<!\ban )(?<!\bthe )o(?=\s*(?:[.!?,:;]|$))"),
             re.compile(r"\be (?:go|don|no|dey)\b"),
             re.compile(r"\bna (?:so|im)\b"), re.compile(r"(?:^|(?<=[.!?:;] ))oga,"),
             re.compile(r"\b(?:start|starts|stay|begin) for (?:the |di )?(?:lower|upper|top|bottom|left|right|middle"
                        r"|centre|center)\b"),
             re.compile(r"\bfrom (?:the )?[a-z]+(?: of the [a-z]+)? (?:reach|go) (?:the|di)\b"))

# a call to the listener or a closing particle, said of nobody in the clip: "abeg", "abeg o,", an opening "Oga," or
# "My sister,", a closing "o" or "sef"
CALL_RE = re.compile(r"\babeg(?: o\b)?,?\s*|(?:^|(?<=[.!?:;] ))(?:oga|my (?:sister|brother|people|guy))(?: o)?,\s*")
PARTICLE_RE = re.compile(r"(?<!\ba)(?<!\ban)(?<!\bthe)\s(?:o|sef)(?=\s*(?:[.!?,:;]|$))")
# the formulas closing the clip, each a whole clause: "no wahala", "na so e be", "na so the video be", "na im be dat",
# "e don do", "e no hard", "make e clear", "no long thing"
_FORMULAS = (r"no wahala|na so (?:[a-z]+ ){1,3}be|na im be(?: [a-z]+){0,2}|e don do|e no hard|make e clear"
             r"|no long thing")
FORMULA_RE = re.compile(r"(?:^|(?<=[.!?:;,] ))(?:" + _FORMULAS + r")\s*(?:[.!?:;,]+\s*|$)")
# a comma left before a stop, or a sentence left empty, once a call or a formula is gone
LEFT_COMMA_RE = re.compile(r"\s*,\s*(?=[.!?:;]|$)|(?:^\s*|(?<=[.!?:;] ))[.!?,:;]+(?=\s|$)")

# "dey": "no dey" closing a clause is "is not there", "dey" closing one "is there", before a thing or "for" "is in",
# before "inside", "there", ... "is", and before a verb its "-ing" (said as the plain verb)
NOT_THERE_RE = re.compile(r"\bno dey(?=\s*(?:[.!?,;:]|$))")
THERE_RE = re.compile(r"\bdey(?=\s*(?:[.!?,;:]|$))")
IS_IN_RE = re.compile(r"\bdey (?:for |inside |in )?(?=(?:the|a|an|di)\b)")
IS_RE = re.compile(r"\bdey (?=(?:there|here|with|on|at|inside|in)\b)")
DEY_RE = re.compile(r"\bdey ")
# "for" before a place or a part of the clip is "in": "start for the lower right corner", "for the first half"
IN_RE = re.compile(r"\bfor (?=(?:the |di )?(?:lower|upper|top|bottom|left|right|middle|centre|center|first|second|whole"
                   r"|scene|video|frame|clip)\b)")
# the small words said the Pidgin way
PLAIN_WORDS = {"e": "it", "una": "you", "wey": "that", "im": "it", "waka": "walk", "comot": "away", "dat": "that"}
_PLAIN_WORD_RE = re.compile(r"\b(?:" + "|".join(PLAIN_WORDS) + r")\b")
# "am" after a verb is "it" ("look am", "no confuse am"); "i am" stays
AM_RE = re.compile(r"(?<!\bi )\bam\b")
# "dem": "they" opening a clause or before a verb, "them" elsewhere ("both of dem", "join dem")
DEM_RE = re.compile(r"\bdem\b")
# "na" opening a clause only points at what follows ("na from above we dey look", "na only the car"); after a thing it
# is "is" ("the scene na purple dog")
NA_OPENING_RE = re.compile(r"(?:^|(?<=[.!?:;,] ))na ")
NA_RE = re.compile(r"\bna\b")
# "make una" bids the listeners and "make e" lets it: "make una show four cars", "make e dey there"
MAKE_RE = re.compile(r"\bmake una |\bmake (?=e\b)")
# "show face" is appearing
SHOW_FACE_RE = re.compile(r"\bshow face\b")

# the verbs "go" (will) and "don" (has) stand before, and the verbs a leg strung with "go" or "reach" follows
_BARE_VERBS = frozenset(word for word in VERB_KINDS if third_person(word) in VERB_KINDS) | {
    "start", "stay", "stop", "appear", "show", "reach", "dey", "walk", "waka", "comot", "get", "be", "look", "see"}
AUX_RE = re.compile(r"\b(?:go|don) (?=([a-z]+))")
# a leg strung on: "go" or "reach" after a verb, a place or a "from" phrase; after the subject "e" alone it is the
# verb itself ("e go the upper left corner": it goes there; "e reach the upper left corner": it reaches it)
CLAUSE_RE = re.compile(r"[^,.;:!?]+")
LEG_RE = re.compile(r"\b([a-z]+) (go|reach) (?=(?:the|di|a|to|end|start)\b)")
_SUBJECTS = frozenset(("e", "it", "he", "she", "they", "dem", "we", "i", "you", "then", "and", "make", "na"))


def looks_like_pidgin(text: str) -> bool:
    """Whether ``text`` (lower case) speaks Nigerian Pidgin: two of the voice's marks, its own words or its particles."""
    words = set(_WORD_RE.findall(text))
    own = len(_OWN_WORDS.intersection(words))
    if own == 0 and "o" not in words and "e" not in words:
        return False  # most prompts: no such word
    return own + sum(1 for mark in _MARK_RES if mark.search(text)) >= 2


def _without_aux(match: re.Match) -> str:
    """"go move" → "move", "don fly" → "fly": the "will" or "has" before a verb; any other "go" stays."""
    return "" if match.group(1) in _BARE_VERBS else match.group(0)


def _legs_strung(clause: re.Match) -> str:
    """A clause's bare "go" or "reach" after a verb, a place or its "from" strings the next leg on ("to"); after its
    subject it is the verb itself, "e go the upper left corner" going there."""
    text = clause.group(0)

    def leg(match: re.Match) -> str:
        before, verb = match.group(1), match.group(2)
        if before in _SUBJECTS:
            return f"{before} goes to " if verb == "go" else match.group(0)
        if before in _BARE_VERBS or third_person(before) in VERB_KINDS or "from " in text[:match.start()]:
            return f"{before} to "
        return match.group(0)
    return LEG_RE.sub(leg, text)


def _dem(match: re.Match) -> str:
    start = match.start()
    before = match.string[max(0, start - 12):start].rstrip()
    after = match.string[match.end():match.end() + 12].split()
    if (not before or before[-1] in ".!?:;,") or (after and after[0] in _BARE_VERBS):
        return "they"
    return "them"


def pidgin_in_plain_words(text: str) -> str:
    """``text`` (lower case) with Pidgin's calls and formulas dropped and its small words, "dey", "for", "na", "go",
    "reach" and strung legs in plain English."""
    text = PARTICLE_RE.sub("", CALL_RE.sub("", text))
    text = FORMULA_RE.sub("", text)
    text = MAKE_RE.sub("", text)
    text = SHOW_FACE_RE.sub("appear", text)
    text = NOT_THERE_RE.sub("is not there", text)
    text = THERE_RE.sub("is there", text)
    text = AUX_RE.sub(_without_aux, text)
    text = IS_IN_RE.sub("is in ", text)
    text = IS_RE.sub("is ", text)
    text = DEY_RE.sub("", text)
    text = IN_RE.sub("in ", text)
    text = NA_OPENING_RE.sub("", text)
    text = NA_RE.sub("is", text)
    text = DEM_RE.sub(_dem, text)
    text = CLAUSE_RE.sub(_legs_strung, text)
    text = AM_RE.sub("it", text)
    text = _PLAIN_WORD_RE.sub(lambda match: PLAIN_WORDS[match.group(0)], text)
    text = LEFT_COMMA_RE.sub("", text)
    return " ".join(text.split())
