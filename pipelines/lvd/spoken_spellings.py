"""The little words spelt as a voice says them, put back into the plain words before the spelling repair.

A writer who gives a speaker a dialect or a drawl spells the small words as they sound — Scots "fae"/"frae" (from),
"tae" (to), "nae" (no), "doon" (down), "oot" (out), "wi'" (with), "dinnae" (don't); a Boston speaker's dropped "r",
"theah" (there), "ovah" (over), "nevah" (never), "staht" (start); Geordie "divvent" (don't), "nowt"
(nothing), "owt" (anything), and "nee" (no), "aal" (all), "gan" (go) where their places say so (each is also a name, an
eel or a maiden name); anyone's "an'"/"'n'" (and), "o'" (of), "th'" (the), "'cross", "'round", "'til", "goin' ta",
"outta", "kinda"; a French accent's "ze" (the), "zis" (this) and "zen" (then, before a place or a step: "a zen garden"
stays); and "-in'" for "-ing", "comin'", "rollin'". Read as written, one becomes a thing ("tae" drawn as an object
beside the car) and a route loses its ends ("fae the left side ... tae the right side"). Only the function words and
the "-ing" the apostrophe marks are put back: the scene's own words, its nouns, colours and counts, are left as
written, and so is a word English has of its own, "ta" as thanks and "aw" as a sigh.
"""

from __future__ import annotations

import re

from .chat_shorthand import TO_A_PLACE_AHEAD
from .object_classes import noun_class
from .vocabulary import AUXILIARY_VERBS, FRAME_PLACE_WORDS, NUMBER_WORDS

# Each spelling as said, with the plain word it stands for. Only small words and the Scots "richt" side: none names a
# thing, a colour or a count, and none is an English word of its own ("wis", "aw" and "ta" are left: a sigh, thanks).
SPOKEN_WORDS = {
    # from, to, into, onto, with, of, and, the
    "fae": "from", "frae": "from", "fra": "from", "frum": "from", "tae": "to", "intae": "into", "ontae": "onto",
    "inta": "into", "onta": "onto", "wi'": "with", "o'": "of", "an'": "and", "'n'": "and", "n'": "and",
    "th'": "the", "t'": "the",
    # the ways and places a thing goes
    "doon": "down", "oot": "out", "aboot": "about", "'bout": "about", "roon": "round", "roond": "round",
    "'round": "around", "'roun'": "around", "'cross": "across", "acrost": "across", "ower": "over", "o'er": "over",
    "aff": "off", "awa'": "away", "awa": "away", "outta": "out of",
    "richt": "right", "'til": "until", "'till": "until", "'fore": "before", "afore": "before", "b'fore": "before",
    # no, not, nothing, nobody and the auxiliaries denied
    "nae": "no", "no'": "not", "naw": "no", "naethin'": "nothing", "naethin": "nothing", "naething": "nothing",
    "naebody": "nobody", "naewhere": "nowhere", "dinnae": "don't", "didnae": "didn't",
    "disnae": "doesn't", "cannae": "can't", "couldnae": "couldn't", "wouldnae": "wouldn't", "shouldnae": "shouldn't",
    "willnae": "won't", "winnae": "won't", "isnae": "isn't", "wisnae": "wasn't", "wasnae": "wasn't",
    "arenae": "aren't", "hasnae": "hasn't", "havenae": "haven't", "hivnae": "haven't",
    # a Geordie's nothing, anything, nobody, never and don't ("nee", "aal" and "gan" are read in their places below)
    "nowt": "nothing", "owt": "anything", "neebody": "nobody", "nivver": "never",
    "divvent": "don't", "divven't": "don't", "dinnet": "don't",
    # going, just, the speaker and the listener
    "gaun": "going", "gannin": "going", "gannin'": "going", "jist": "just", "jus'": "just",
    "ye": "you", "yer": "your", "ya": "you", "masel'": "myself", "masel": "myself",
    "itsel'": "itself", "itsel": "itself", "kinda": "kind of", "sorta": "sort of", "lotta": "lot of",
    # a Boston speaker's dropped "r": there, here, where, over, never, either, other, after, start
    "theah": "there", "theah's": "there's", "heah": "here", "heah's": "here's", "wheah": "where", "wheah's": "where's",
    "somewheah": "somewhere", "nowheah": "nowhere", "anywheah": "anywhere", "everywheah": "everywhere",
    "ovah": "over", "nevah": "never", "evah": "ever", "eithah": "either", "neithah": "neither", "othah": "other",
    "anothah": "another", "aftah": "after", "undah": "under", "togethah": "together", "befoah": "before",
    "staht": "start", "stahts": "starts", "stahted": "started", "stahtin'": "starting",
}
# a French accent's "th", read before the routes are ("lower left corner to ze lower right corner, zen ze ..."); "ze"
# before a verb is a person's pronoun ("and ze carries a box", "ze is"), no "the"
ACCENT_WORDS = {"ze": "the", "zis": "this", "zat": "that", "zey": "they", "zere": "there"}
_ACCENT_PLACE = rf"(?:far )?{FRAME_PLACE_WORDS}\b"
_ACCENT_PLACE_WORDS = frozenset(("corners", "sides", "ends"))
_ACCENT_WORD_RE = re.compile(r"\b(?:zis|zat|zey|zere|ze(?= ([a-z]+))?)\b")
# "goin' ta the left", "ta the end": "ta" is "to" only before a word a place or a time opens with ("Ta!" is thanks)
_TA_AS_TO_RE = re.compile(r"\bta " + TO_A_PLACE_AHEAD)
# "zen ze upper right corner", ", zen back to the left", ", zen it stops": "zen" is "then" inside a route, before a
# place of the frame or a "to", and as a step's first word after a comma, an "and" or a sentence's end ("a zen garden",
# "feeling zen, the monk ...", "a dog named zen on the left" stay)
_ZEN_STEP_WORDS = (r"to|on|in|at|into|onto|up|down|back|across|over|off|away|out|it|they|finally|last|the|ze|a|an|its|"
                   r"their|left|right|top|bottom|upper|lower|end|finish")
_ZEN_AS_THEN_RE = re.compile(rf"(?:(?<=, )|(?<=and )|(?<=[.!;] ))zen(?= (?:{_ZEN_STEP_WORDS})\b)"
                             rf"|(?<!named )(?<!called )\bzen(?=,? (?:(?:up|down|back|over|across|along|straight|"
                             rf"finally|last) )?(?:to\b|(?:(?:ze|the) )?{_ACCENT_PLACE}))")
# "aw" is "all" only where a Scots "at aw" or "aw the way" says it ("aw, look" is a sigh)
_AW_AS_ALL_RE = re.compile(r"\b(?:at aw|aw the)\b")
# a word with its apostrophes, the leading one of "'cross" and the closing one of "an'" and "comin'" kept; started
# on a letter or an apostrophe, it is tried once a word
_WORD_RE = re.compile(r"(?<![a-z'])'?[a-z]+(?:'[a-z]+)*'?")
_SPELLINGS_WITHOUT_APOSTROPHE = frozenset((*(word for word in SPOKEN_WORDS if word.isalpha()), "ta", "aw", "nee", "aal",
                                           "gan"))
# A Geordie's "nee", "aal" and "gan" are also a name, the Dutch eel and a maiden name ("a man named Gan", "Gan the
# goat", "an aal on ice", "Mrs Smith, nee Jones"), so each is the plain word only where its place says so.
# "gan" is "go" before a way or a place ("gan doon the stairs", "gan to the left") or after a word that asks for a verb
# ("divvent gan", "we'll gan", "let's gan"), never after "named" or "called"
_GAN_WAYS = r"to|from|up|down|out|over|back|across|off|away|along|round|around|into|onto|through|home|straight|forward"
_GAN_AS_GO_RE = re.compile(r"(?:(?<=\bwill )|(?<='ll )|(?<=\bdon't )|(?<=\bdo not )|(?<=\blet's )|(?<=\bto )"
                           r"|(?<=\bcan )|(?<=\bcan't )|(?<=\bnever )|(?<=\bgonna )|(?<=\bwanna ))gan\b"
                           rf"|(?<!named )(?<!called )\bgan(?= (?:{_GAN_WAYS})\b)")
# "nee" is "no" before a thing or a count, with one word of its kind between ("nee cat", "nee people", "nee red car",
# "nee more"); a maiden name ("nee Jones") or a name ("a baby named Nee sleeps") stays
_NEE_RE = re.compile(r"(?<!named )(?<!called )\bnee (?=([a-z0-9]+)(?: ([a-z]+))?)")
_NEE_COUNT_WORDS = frozenset((*NUMBER_WORDS, "more", "other", "others"))
# "aal" is "all" where a Geordie's "at aal", "that's aal" or "aal the way", "aal ower", "aal through" says it ("an aal
# lies on ice" is the Dutch eel)
_AAL_AS_ALL_RE = re.compile(r"(?<!\ban )(?<!\ba )(?<!\bthe )\baal(?= (?:the|over|through|along|round|around|day|night)\b)"
                            r"|(?:(?<=\bat )|(?<=\bthat's )|(?<=\bit's ))aal\b")


def looks_spoken(text: str, words: list[str]) -> bool:
    """Whether ``text`` (lower case, its apostrophe-free ``words`` found) may spell a little word as said: an
    apostrophe closing or opening a word, or a listed spelling."""
    return "' " in text or " '" in text or text.endswith("'") or not _SPELLINGS_WITHOUT_APOSTROPHE.isdisjoint(words)


def _plain_word(match: re.Match) -> str:
    """The plain word for one spelt as said, or the word as written: a listed spelling is certain, and a "-in'" is
    "-ing" only where the stem is no noun ("robin'" closing a quote stays), so no thing's name is bent."""
    word = match.group(0)
    plain = SPOKEN_WORDS.get(word)
    if plain is not None:
        return plain
    if word.endswith("in'") and len(word) > 4 and not word.startswith("'"):
        # "comin'", "lookin'": the apostrophe marks the lost "g", whatever the verb ("robin'" closing a quote stays)
        return word[:-1] + "g" if noun_class(word[:-1]) is None else word
    return word


def spoken_in_plain_words(text: str) -> str:
    """``text`` (lower case) with the little words spelt as said put back into the plain ones."""
    text = _WORD_RE.sub(_plain_word, text)
    if "ta " in text:
        text = _TA_AS_TO_RE.sub("to ", text)
    if "aw" in text:
        text = _AW_AS_ALL_RE.sub(lambda m: m.group(0).replace("aw", "all"), text)
    if "gan" in text:
        text = _GAN_AS_GO_RE.sub("go", text)
    if "nee " in text:
        text = _NEE_RE.sub(_nee_in_plain_words, text)
    if "aal" in text:
        text = _AAL_AS_ALL_RE.sub("all", text)
    return text


def _nee_in_plain_words(match: re.Match) -> str:
    """"no " where the words after "nee" name a thing or a count, else "nee " as written."""
    first, second = match.groups()
    if first in _NEE_COUNT_WORDS or first.isdigit() or noun_class(first) or second and noun_class(second):
        return "no "
    return match.group(0)


def looks_accented(text: str) -> bool:
    """Whether ``text`` (lower case) may say "the", "this" or "then" with a French accent's "z"."""
    return ("ze" in text or "zis" in text or "zat" in text) and (
        _ACCENT_WORD_RE.search(text) is not None or _ZEN_AS_THEN_RE.search(text) is not None)


def _accent_word_in_plain_words(match: re.Match) -> str:
    """The plain word, but "ze" kept where a verb follows it: a third person's "-s" on no thing's name, or an
    auxiliary."""
    after = match.group(1)
    if after and (after in AUXILIARY_VERBS or after.endswith("s") and not after.endswith("ss") and not noun_class(after)
                  and not noun_class(after[:-1]) and after not in _ACCENT_PLACE_WORDS):
        return match.group(0)
    return ACCENT_WORDS[match.group(0)]


def accent_in_plain_words(text: str) -> str:
    """``text`` (lower case) with an accent's "ze", "zis", "zen" put back as "the", "this", "then"."""
    text = _ACCENT_WORD_RE.sub(_accent_word_in_plain_words, text)
    return _ZEN_AS_THEN_RE.sub("then", text)
