"""English prompts mixed with another language's small words, put into English before the pass.

Bilingual users write the scene's nouns, colours, counts and sides in English and wrap them in the words of the
language they think in: a greeting or filler to open ("Oye,", "Alors,", "Yaar,", "Tipo,"), courtesy ("por favor",
"bitte", "onegai", "sige po"), a closing that fences the scene ("nada más", "c'est tout", "sore dake", "bas"),
particles ("lah", "na", "ji"), and the other language's "and" and "a" between English words ("realistic y lively",
"un red car", "ein green bird"). Read as English these become things ("y", "et"), a plural subject ("Alors,") or
a count. Here the joining words and articles are put into English and the rest of those words are dropped; the
content words stay as written. Nothing is done unless one of those words is in the prompt, and a prompt with
more of them than English words is left to be read (and noted) as not English.
"""

from __future__ import annotations

import re

from .phrase_context import known_word
from .vocabulary import FOREIGN_FUNCTION_WORDS

# The other language's "and", between two English words: "realistic y lively", "a dog und a cat"
AND_WORDS = frozenset(("y", "e", "et", "und", "aur", "dan"))
# The other language's "then": "y luego it disappears", "puis it leaves", "phir it walks"
THEN_WORDS = frozenset(("luego", "y luego", "despues", "entonces", "depois", "puis", "et puis", "ensuite", "dann", "und dann",
                        "phir", "aur phir", "tapos", "pagkatapos", "soshite", "sorekara"))
# The other language's indefinite and definite articles, before an English word
A_WORDS = frozenset(("un", "una", "uno", "uma", "um", "une", "ein", "eine", "einen", "einem", "ek", "isang"))
THE_WORDS = frozenset(("el", "los", "las", "le", "les", "der", "il", "gli", "ang"))
# Openers, courtesy, closings and particles: they speak to the reader, never of the scene. Each is a word or a
# phrase that no English prompt uses, so any one of them marks the prompt as mixed.
ASIDES = (
    # Spanish
    "por favor", "porfa", "gracias", "oye", "pues", "bueno", "vale", "nada mas", "y nada mas", "y ya", "nada mas que eso",
    "sabes", "mira", "o sea", "bien", "muy",
    # Portuguese
    "tipo", "sabe", "so isso", "obrigado", "obrigada", "beleza", "bem",
    # French
    "alors", "voila", "s'il te plait", "s'il vous plait", "merci", "c'est tout", "eh bien", "bah", "tres", "vraiment",
    # German
    "bitte", "danke", "danke schon", "vielen dank", "ganz", "genau", "bitte schon", "sehr", "nur",
    # Hindi
    "yaar", "accha", "acha", "achha", "bas", "bas itna hi", "itna hi", "aur kuch nahi", "kuch nahi", "chahiye", "dekho",
    "banao", "banao na", "bhai", "ji", "haan", "theek hai", "mein", "hai",
    # Malay and Singlish
    "lah", "leh", "lor", "meh", "sia",
    # Tagalog
    "sige", "sige po", "po", "lang", "naman", "talaga", "salamat",
    # Japanese
    "onegai", "onegaishimasu", "kudasai", "sore dake", "dake", "desu", "ni shite", "shite", "ne",
)
_ASIDE_RE = re.compile(r"(?:(?<=[\s,.;:!?])|^)(?:" + "|".join(sorted(map(re.escape, set(ASIDES)), key=len, reverse=True))
                       + r")(?=[\s,.;:!?]|$)")
_THEN_RE = re.compile(r"(?:(?<=[\s,.;:!?])|^)(?:" + "|".join(sorted(THEN_WORDS, key=len, reverse=True)) + r")(?=[\s,]|$)")
_JOINER_RE = re.compile(r"(?<=[a-z,]) (" + "|".join(sorted(AND_WORDS)) + r") (?=[a-z])")
_ARTICLE_RE = re.compile(r"(?:(?<=[\s,.;:!?])|^)(" + "|".join(sorted(A_WORDS | THE_WORDS)) + r") (?=[a-z])")
# what an aside leaves behind: a comma with nothing before it, two commas, a comma before the stop
_LEFT_COMMAS_RE = re.compile(r"^\s*[,;:]\s*|(?<=[,.;:!?])(?:\s*[,;:])+|\s*[,;:]+\s*(?=[.!?]|$)")
_WORD_RE = re.compile(r"[a-z']+")
# the first word of every aside and "then", and the joining words and articles: one of them must be in the prompt
_MARKING_WORDS = frozenset(phrase.split()[0] for phrase in (*ASIDES, *THEN_WORDS)) | AND_WORDS | A_WORDS | THE_WORDS
_SPACE_BEFORE_MARK_RE = re.compile(r"\s+([,.;:!?])")


def looks_code_switched(text: str) -> bool:
    """Whether ``text`` (lower case, accents dropped) is English with another language's asides, "then"s, "and"s or
    articles in it: no more of those than English words the tables know."""
    words = _WORD_RE.findall(text)
    if _MARKING_WORDS.isdisjoint(words):
        return False  # most prompts: not one of those words, and no pattern to try
    foreign = sum(len(pattern.findall(text)) for pattern in (_ASIDE_RE, _THEN_RE, _JOINER_RE, _ARTICLE_RE))
    english = sum(1 for word in words if word not in _MARKING_WORDS and word not in FOREIGN_FUNCTION_WORDS and known_word(word))
    return 0 < foreign <= english  # "un chat saute sur la table" is in French, not English with French words


def code_switching_in_english(text: str) -> str:
    """``text`` with the other language's "and" and articles in English and its asides dropped."""
    text = _ASIDE_RE.sub("", _THEN_RE.sub("then", text))
    text = _JOINER_RE.sub(" and ", text)
    text = _ARTICLE_RE.sub(lambda m: "a " if m.group(1) in A_WORDS else "the ", text)
    text = _LEFT_COMMAS_RE.sub("", " ".join(text.split()))
    return _SPACE_BEFORE_MARK_RE.sub(r"\1", text).strip()
