"""Texting shorthand put into the plain words the reader knows, before it reads.

A prompt typed like a chat message ("can u make a vid w/ 2 dogs walkin l to r pls thx") uses short forms
the word tables do not hold. Left alone they are read as objects ("pls" as the plural of a "pl", "can" as
a tin can, "vid w" as a thing) or lost ("walkin" is no verb). Here each class of short form is put back:
courtesy and greeting words (never a thing in the scene) are dropped, the request that opens the message
is dropped, letter and digit stand-ins for words are spelt out, and a dropped final "g" is restored when
the full word is a verb or pronoun the reader knows.
"""

from __future__ import annotations

import re
import unicodedata

from .object_classes import noun_class
from .rewrite_text import ARROW
from .vocabulary import VERB_KINDS

# Courtesy, greeting and filler words of chat: they address the reader of the message, nothing in the scene.
CHAT_FILLERS = frozenset("pls plz plx pleez thx thnx thanx tnx ty tysm thanks thank yo hey hiya ok okay k kk lol lmao "
                         "pleeease pleease ngl tbh imo imho idk btw fr rn omg omfg smh istg iykyk ikr tbf fyi jk rofl lowkey "
                         "highkey "
                         "bruh af asf srsly".split())
# Letters and digits standing for whole words.
STAND_INS = {"u": "you", "ur": "your", "r": "are", "n": "and", "b4": "before", "bc": "because", "cuz": "because",
             "coz": "because", "w/": "with", "w/o": "without", "thru": "through", "tho": "though", "til": "until",
             "gonna": "going to", "wanna": "want to", "gotta": "got to", "dont": "do not",
             "doesnt": "does not", "isnt": "is not", "arent": "are not", "wont": "will not", "cant": "can not",
             "didnt": "did not", "aint": "is not", "&": "and", "+": "and", "abt": "about", "smth": "something",
             "vid": "video", "vids": "videos", "vidz": "videos", "pic": "picture", "pics": "pictures"}
# Pronouns and indefinites that also lose their "g" ("nothin", "somethin").
_G_WORDS = frozenset(("nothing", "something", "anything", "everything", "doing", "going"))
# The request that opens a chat message: "can u make ...", "could you pls do ...", "pls make ...".
REQUEST_RE = re.compile(r"(^|[.!?;,] )(?:so |and |also |now )*(?:(?:can|could|would|will) you (?:please |just |maybe |like )*)?"
                        r"(?:please |just )*(?:make|do|show|give|generate|create|render|gen|animate)(?: me| us)?\b")
# the words a place or a time opens with after "to": a short "to" ("2", a drawl's "ta") is read as one only before
# them, since "2 dogs" counts and "Ta!" thanks
TO_A_PLACE_AHEAD = (r"(?=(?:the|a|an|its|their|his|her|where|there|here|left|right|top|bottom|upper|lower|end|finish)"
                    r"\b)")
# "2 the right", "goes 2 the left": the digit stands for "to" before a word that cannot be counted
TWO_AS_TO_RE = re.compile(r"\b2 " + TO_A_PLACE_AHEAD)
# "l to r", "r 2 l", "L->R", "l-r": the sides written as letters, with any arrow between them
LETTER_SIDES_RE = re.compile(rf"\b([lr]) ?(?:to|2|{ARROW}|-+|>) ?([lr])\b")
_SIDE_LETTER = {"l": "left", "r": "right"}
_SHORT_FORMS = frozenset((*CHAT_FILLERS, *STAND_INS))
# "... never leave the frame lowkey hypnotic.", "start to finish highkey cute": a hedged word closing a clause is the
# writer's verdict on the clip, no word of the scene (a verb or a thing after "lowkey" stays: "it lowkey walks")
_VERDICT_RE = re.compile(r"\b(?:lowkey|highkey) (?P<word>[a-z]+)(?= *(?:[.,;!?\n]|$))")
_WORD_RE = re.compile(r"w/o?(?=\s|$)|(?<![a-z0-9-])[a-z0-9&+/]+(?:'[a-z]*)?(?![a-z0-9-])|[&+]")


def _dropped_g(word: str) -> str | None:
    """"walkin", "drivin'", "nothin": the full "-ing" word when it is one the reader knows; else None."""
    stem = word.rstrip("'")
    if not stem.endswith("in") or len(stem) < 4 or noun_class(stem) is not None or stem in VERB_KINDS:
        return None
    full = stem + "g"
    if full in VERB_KINDS or full in _G_WORDS:
        return full
    base = stem[:-2]
    if base in VERB_KINDS or base + "e" in VERB_KINDS or (len(base) > 2 and base[-1] == base[-2] and base[:-1] in VERB_KINDS):
        return full  # "doin" from "do", "glidin" from "glide", "runnin" from "run"
    return None


# Arrow emoji: between two words a step of the path ("lower left ➡️ lower right", "➡️ then the upper right"); after
# a clause that names no side, the way it goes ("a car driving ➡️"); elsewhere a decoration like any other emoji.
ARROW_EMOJI = {"\u27a1": "to the right", "\u2b05": "to the left", "\u2b06": "up", "\u2b07": "down"}
ARROW_EMOJI_RE = re.compile(r"\s*([\u27a1\u2b05\u2b06\u2b07])\ufe0f?\s*")
_BETWEEN_WORDS_RE = re.compile(r"(?<=[a-z0-9'])$")
_SAYS_A_WAY_RE = re.compile(r"\b(?:left|right|up|down|upward|downward|across|top|bottom|upper|lower)\b")


def _arrow_emoji(match: re.Match) -> str:
    before, after = match.string[:match.start()], match.string[match.end():]
    if _BETWEEN_WORDS_RE.search(before) and after[:1].isalnum():
        return ", " if after.startswith("then ") else " \u2192 "
    clause = re.split(r"[.;!?]", before)[-1]
    if _BETWEEN_WORDS_RE.search(before) and not after.strip()[:1].isalnum() and not _SAYS_A_WAY_RE.search(clause):
        return f" {ARROW_EMOJI[match.group(1)]} "
    return " "


def _is_emoji(char: str) -> bool:
    """Pictographs and their joiners and variation marks (arrows and letters are kept: they are read)."""
    return unicodedata.category(char) == "So" or char in "\u200d\ufe0f\ufe0e"


def _plain_word(match: re.Match) -> str:
    word = match.group(0)
    if word in CHAT_FILLERS:
        return ""
    if word in STAND_INS:
        return STAND_INS[word]
    return _dropped_g(word) or word


def _verdict_dropped(match: re.Match) -> str:
    word = match["word"]
    return match.group(0) if noun_class(word) or word in VERB_KINDS else ""


def looks_like_chat(words: set[str], text: str) -> bool:
    """Whether the prompt (its ``words``, split at spaces, punctuation and hyphens) has any chat short form at all:
    most prompts have none, and skip the rewrite."""
    if not words.isdisjoint(_SHORT_FORMS) or (not text.isascii() and any(_is_emoji(c) for c in text)):
        return True
    return any(_dropped_g(word) for word in words if word.endswith("in"))


def plain_chat(text: str) -> str:
    """``text`` (lower case) with its chat short forms in plain words; emoji and the opening request dropped."""
    if not text.isascii():
        text = "".join(" " if _is_emoji(c) and c not in ARROW_EMOJI else c for c in text)  # emoji: a mood, never a thing
        text = ARROW_EMOJI_RE.sub(_arrow_emoji, " ".join(text.split()))
    text = LETTER_SIDES_RE.sub(lambda m: f"{_SIDE_LETTER[m[1]]} to {_SIDE_LETTER[m[2]]}", text)
    text = TWO_AS_TO_RE.sub("to ", text)
    text = _VERDICT_RE.sub(_verdict_dropped, text)
    text = _WORD_RE.sub(_plain_word, text)
    text = " ".join(text.split())
    return REQUEST_RE.sub(r"\1", text).strip()
