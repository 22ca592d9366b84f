"""A Jamaican patois speaker's words put into the plain English the token pass reads.

A speaker of patois keeps the scene's nouns, colours, counts and sides in their English spelling and says the small
words the patois way: "di" (the), "inna" (in), "pon" (on), "den" (then), "an" (and, before a consonant or an
article), "nutten" (nothing), "odda" (other), "mi" and "yuh" (I and you), "deh" (is, or there), "nuh" (not; after
"nutten" or "no dog" the negation said twice, which denies once), "a di" (of the after a part, "side a di frame",
"first half a di clip"; to the anywhere else, "go a di left side"), and "dem" after a name makes it many ("di cat
dem"). The verb is never inflected ("a cat run from", "di car start inna", "di car a drive"), a route's legs are
strung with a bare "go" ("from di right side a di frame go a di left side": from one side to the other), and the
speaker wraps the clip in the voice's formulas ("Wah gwaan!", "Listen nuh:", "Mi a tell yuh:", "Seen?", "A so it
go.", "Irie.", "Bless up.", "Mi nah lie.", "Yuh zimmi?"), which speak to the listener and name nothing in the clip.
Read as written, "nutten" is drawn, "a di" loses a route's way and "cat run" is one thing. Nothing is done unless the
prompt says two of the voice's own words no English prompt uses ("inna", "nutten", "deh", ...), or one of them and
another patois word, or "di" before a thing, colour, side or part of the clip ("di cat", "di left", "di whole clip")
twice, or once with one of the patois words. "Di" said as a name ("Princess Di waves"; a word typed in capitals in a
sentence's middle), "di" in a place's name ("Fontana di Trevi": a capitalised name after it) and the words English
shares ("nah", "a wah pedal", a "DAT" recorder, the "Neva" river) never count alone, and a word typed in capitals is
an abbreviation, kept as said ("an RV" is no "and rv"), as is "an" before an h ("an hour").
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .vocabulary import COLORS, VERB_KINDS
from .word_guessing import third_person

# the voice's words no English prompt uses, and those English says too ("nah", a "wah" pedal, a "DAT" tape, the "Neva"
# river, "dis" as a slight, "pon" and "wid" as names): one of the first must be said
_OWN_WORDS = frozenset(("inna", "nutten", "nuttin", "nuh", "yuh", "deh", "odda", "irie", "gwaan", "zimmi", "seh",
                        "likkle", "siddung", "weh", "cyaan"))
_SHARED_WORDS = frozenset(("nah", "dat", "dis", "wah", "pon", "neva", "wid"))
_WORD_RE = re.compile(r"[a-z']+")
# "di" before a thing, a colour, a side or a part of the clip: the patois "the" ("di cat", "di left side", "di whole
# clip", "di moving car"); a capital "Di" only opening a sentence, a word typed in capitals after it a name's
_THE_SAID_RE = re.compile(r"(?:(?:^|[.!?:;\n])\s*Di|(?<![A-Za-z'])di) ([a-z]+)\b")
_PLACE_WORDS = frozenset(("clip", "frame", "video", "scene", "picture", "screen", "whole", "left", "right", "first",
                          "second", "last", "lower", "upper", "top", "bottom", "middle", "centre", "center", "start",
                          "end", "beginning", "same", "other", "odda", "big", "likkle", "little", "small", "ground",
                          "sky", "time", "way", "far", "near"))
# a word typed in capitals in a prompt that has small letters: an abbreviation ("an RV", "a DAT recorder")
_CAPITALS_RE = re.compile(r"\b[A-Z]{2,}\b")

# The formulas that wrap the clip, each a whole clause: a greeting, a bid to listen, the speaker's word on its truth,
# a check that the listener follows, a blessing; none names a thing
_FORMULAS = (r"wah gwaan|wha gwaan|listen nuh|hear mi nuh|hear mi|mi a tell yuh|mi tell yuh|a true mi a tell yuh"
             r"|a so it go|a so it guh|seen|irie|bless(?: up)?|big up|respect|one love|(?:mi )?nah lie|nuh lie|mi seh"
             r"|yuh (?:zimmi|know|hear|see)(?: mi)?|dat'?s it|a dat|it gwaan")
FORMULA_RE = re.compile(r"(?:^|(?<=[.!?:;,] ))(?:" + _FORMULAS + r")\s*(?:[.!?:;,]+\s*|$)")

# the small words said the patois way, each put back into the plain one
PLAIN_WORDS = {
    "di": "the", "inna": "in", "pon": "on", "den": "then", "nutten": "nothing", "nuttin": "nothing", "odda": "other",
    "mi": "i", "yuh": "you", "dat": "that", "dat's": "that's", "dis": "this", "wid": "with", "likkle": "little",
    "cyaan": "can't", "neva": "never", "siddung": "sits", "gwaan": "goes away", "weh": "where", "seh": "says",
    "ova": "over", "unda": "under", "roun": "round",
}
_PLAIN_WORD_RE = re.compile(r"\b(?:" + "|".join(sorted(PLAIN_WORDS, key=len, reverse=True)) + r")\b")
# "a di": "of the" after a part of the clip or the frame, "to the" after anything else
_PARTS = r"(?:side|sides|corner|half|end|start|beginning|middle|part|edge|top|bottom|rest|left|right)"
PART_OF_RE = re.compile(r"\b(" + _PARTS + r") a (?=di\b)")
TO_THE_RE = re.compile(r"\ba (?=di\b)")
# "an" before a consonant or an article is "and" ("a red car an a brown bird", "an nutten else"); "an orange", "an
# hour" and an abbreviation ("an rv", typed "RV", or a word with no vowel) stay
AND_RE = re.compile(r"\ban (?=(?:a|an|di|the|nutten|nuttin)\b|[b-df-gj-np-tv-z])(?=([a-z']*))")
_VOWEL_RE = re.compile(r"[aeiouy]")
# the negation said twice: "nutten else nuh deh", "no car nuh deh" deny once
CONCORD_RE = re.compile(r"\b((?:nutten|nuttin|nothing|nobody|no [a-z]+)(?: else)?) nuh\b")
# "deh" right after a verb or closing its clause is "there" ("stay deh till di end", "nutten else deh deh"); after the
# thing told, "is" (or "are")
THERE_RE = re.compile(r"\b(?:(?<=deh )|(?<=stay )|(?<=stays )|(?<=come )|(?<=go )|(?<=sit ))deh\b"
                      r"|\bdeh(?=\s*(?:[.!?,;:]|$))")
BE_RE = re.compile(r"\b([a-z]+) deh\b")
# "nuh" left over is "not" ("mi nuh know"), "nah" too
NOT_RE = re.compile(r"\b(?:nuh|nah)\b")
# a leg of a route strung on with a bare "go": "from di right side a di frame go a di left side" goes from one place to
# the other; "go over to" as well. Read clause by clause, each "go" after the clause's "from"
CLAUSE_RE = re.compile(r"[^,.;:!?]+")
SERIAL_GO_RE = re.compile(r" go (?:over |back |across )?(?=to\b)")
# "dem" after a thing's name makes it many: "di cat dem" (the cats)
PLURAL_DEM_RE = re.compile(r"\b([a-z]+) dem\b")
# a bare verb right after one thing told is its verb, with the progressive "a" before it or not: "a cat run from", "di
# car start inna", "di car a drive go a di left" (each word after another tried once, the word before it looked up)
_BARE_VERBS = frozenset(word for word in VERB_KINDS if third_person(word) in VERB_KINDS) | {"start", "stay", "stop"}
AFTER_A_WORD_RE = re.compile(r"(?<=[a-z] )(?:a )?([a-z]+)\b")
_LAST_WORD_RE = re.compile(r"([a-z]+) (?:a )?$")


def _abbreviations(typed: str) -> frozenset[str]:
    """The words typed in capitals (lower-cased), when the prompt has small letters too: abbreviations."""
    if typed == typed.upper():
        return frozenset()
    return frozenset(word.lower() for word in _CAPITALS_RE.findall(typed))


def _names_a_thing_or_place(word: str) -> bool:
    return word in _PLACE_WORDS or word in COLORS or word.endswith("ing") or noun_class(word) is not None


def looks_like_patois(text: str, typed: str | None = None) -> bool:
    """Whether ``text`` (lower case; ``typed`` as typed, its capitals telling names and abbreviations) speaks patois:
    two of the voice's own words, or one and another patois word, or "di" before a thing twice, or once with one of
    the patois words."""
    if "di " not in text and not any(word in text for word in _OWN_WORDS):
        return False  # most prompts: no such word, nothing to count
    typed = text if typed is None else typed
    shortened = _abbreviations(typed)
    words = set(_WORD_RE.findall(text)) - shortened
    own, shared = len(_OWN_WORDS.intersection(words)), len(_SHARED_WORDS.intersection(words))
    said_the = sum(1 for match in _THE_SAID_RE.finditer(typed) if _names_a_thing_or_place(match.group(1)))
    return own >= 2 or (own == 1 and (shared or said_the)) or said_the >= 2 or (said_the == 1 and shared > 0)


def _be(match: re.Match) -> str:
    thing = match.group(1)
    if thing in PLAIN_WORDS or thing in ("it", "else"):
        return f"{thing} is"
    plural = thing.endswith("s") and singular(thing) != thing
    return f"{thing} {'are' if plural else 'is'}"


def _many(match: re.Match) -> str:
    """"cat dem" → "cats": a thing's name made plural; "dem" after any other word is left as said."""
    noun = match.group(1)
    if noun_class(noun) is None or singular(noun) != noun:
        return match.group(0)
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def _inflected(match: re.Match) -> str:
    """"cat run" → "cat runs": the verb after one thing named (a class noun said in the singular)."""
    verb = match.group(1)
    if verb not in _BARE_VERBS:
        return match.group(0)
    before = _LAST_WORD_RE.search(match.string, max(0, match.start() - 40), match.start())
    noun = before.group(1) if before else ""
    if noun_class(noun) is None or singular(noun) != noun:
        return match.group(0)
    return third_person(verb)  # a progressive "a" before it goes with it


def _legs_joined(clause: re.Match) -> str:
    """A clause's bare "go" after its "from" strings the next leg on: "from A go a B" is "from A to B"."""
    text = clause.group(0)
    start = text.find("from ")
    if start < 0 or " go " not in text:
        return text
    return text[:start] + SERIAL_GO_RE.sub(" ", text[start:])


def patois_in_plain_words(text: str, typed: str | None = None) -> str:
    """``text`` (lower case; ``typed`` as typed) with patois's formulas dropped and its small words, verbs and strung
    legs in plain English; an abbreviation ("DAT", "RV") is kept as said."""
    shortened = _abbreviations(text if typed is None else typed)

    def joined(match: re.Match) -> str:
        word = match.group(1)
        kept = word in shortened or _VOWEL_RE.search(word) is None
        return match.group(0) if kept else "and "

    def plain(match: re.Match) -> str:
        return match.group(0) if match.group(0) in shortened else PLAIN_WORDS[match.group(0)]
    text = FORMULA_RE.sub("", text)
    if "dem" in text:
        text = PLURAL_DEM_RE.sub(_many, text)
    text = CONCORD_RE.sub(r"\1", text)
    text = PART_OF_RE.sub(r"\1 of ", text)
    text = TO_THE_RE.sub("to ", text)
    text = AND_RE.sub(joined, text)
    text = THERE_RE.sub("there", text)
    text = BE_RE.sub(_be, text)
    text = NOT_RE.sub("not", text)
    text = _PLAIN_WORD_RE.sub(plain, text)
    text = CLAUSE_RE.sub(_legs_joined, text)
    text = AFTER_A_WORD_RE.sub(_inflected, text)
    return " ".join(text.split())
