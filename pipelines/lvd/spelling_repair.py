"""Hurried typing put right: "teh rihgt", "lfet", "secnod half", "aprears", "drivng", "uppper", "dont".

A word the reader's tables do not know is looked up, by symmetric-delete keys built once, among the words
the layout depends on (sides, corners, halves, time words, verbs of motion and of showing up, counts, class
and place nouns, "the", "just", "nothing", ...). It is replaced only by a word one edit away (insertion,
deletion, substitution, or two neighbours swapped; two edits for long words), and only when that word is the
unique best: a swap beats a dropped letter, which beats an extra letter, which beats a wrong letter. Rarer
slips (a wrong letter, a stray one that is no doubling, any slip in a short word) are mended only into the
layout's own words, and a wrong letter in a short word only when its key is next to the meant one ("lrft"),
so "vid", "sky" or "stares" never turn into something else; nor does a word into its own inflection
("look"/"looks"). Words spelt the way English inflects a word are real words, left alone even when the tables
do not know them: a doubled last consonant before an ending ("padding", "dipped", "bigger"), a strong verb's
vowel change ("begun" from "begin", "swung" from "swing") and a verb's "-ing" or "-ed" on a stem spelt like one
English syllable, a letter off a layout verb's same form ("barking", never "braking"); and real words one slip from
a layout word ("wire", "money", "tuned") are listed as such. Words the tables know are never looked at, so plain
prompts pay one set lookup a word; the first part of a contraction ("don't") is no word of its own. A little word
spelt as a voice says it ("fae", "tae", "an'") is put back first, by `spoken_spellings.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import (
    chat_shorthand,
    clip_phrases,
    filming_words,
    path_clauses,
    prompt_timing,
    prompt_tokens,
    scenery,
    screenplay_voice,
    shot_notes,
    story_voices,
    visibility_cues,
    vocabulary,
    word_guessing,
)
from .english_words import REAL_WORDS
from .object_classes import COMPOUND_CLASSES, IRREGULAR_PLURALS, OBJECT_CLASSES
from .scene_words import COMPOUND_SCENES
from .spoken_spellings import looks_spoken, spoken_in_plain_words
from .vocabulary import (
    COLORS,
    NUMBER_WORDS,
    PLAIN_ADJECTIVES,
    SEQUENCE_WORDS,
    STATE_VERBS,
    STOP_WORDS,
    VERB_KINDS,
)

# The words a layout turns on, beyond the verb, count and noun tables: a typo in one of them loses a side,
# a time or a "nothing else".
LAYOUT_WORDS = frozenset((
    "left right top bottom upper lower middle center centre side sides corner edge half halves first second third "
    "last start starts starting started begin begins beginning end ends ending ended finish finishes whole time "
    "the a an and then to from of in on at into onto over across along through toward towards around past up down "
    "above below behind front under between before after during until while when where which there "
    "just only nothing anything something everything else all both each every not never no yes none "
    "appear appears appeared appearing disappear disappears disappeared disappearing vanish vanishes vanished "
    "visible invisible hidden gone seen shown show shows showing enter enters entered entering leave leaves left "
    "stays stay staying still stationary parked put same again way screen frame scene video clip view shot sky "
    "overhead top-down above below field road street lawn beach court park garden sea ocean river lake room "
    "realistic lively steady speed slowly quickly together exactly total empty plain clear wide quiet "
    "walking driving flying rolling moving going running ending").split())
_APOSTROPHE_WORDS = {"dont": "don't", "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
                     "werent": "weren't", "didnt": "didn't", "cant": "can't", "wont": "won't", "thats": "that's",
                     "theres": "there's", "whats": "what's", "wheres": "where's", "hasnt": "hasn't", "havent": "haven't"}
_CLASS_NOUNS = frozenset((*OBJECT_CLASSES, *(w for name in COMPOUND_CLASSES for w in name.split()), *IRREGULAR_PLURALS))
_PLURALS = frozenset(n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou"
                     else n + ("es" if n.endswith(("s", "sh", "ch", "x")) else "s")
                     for n in _CLASS_NOUNS)
TARGETS = frozenset((*LAYOUT_WORDS, *(w for w in VERB_KINDS if w.isalpha()), *NUMBER_WORDS, *_CLASS_NOUNS, *_PLURALS,
                     *(w for s in COMPOUND_SCENES for w in s.split()), *SEQUENCE_WORDS, *STATE_VERBS))


_FIRST_CHARACTER_LOOK_RE = re.compile(r"\(\?=\[[^\]]*\]\)")  # "(?=[abst])" guarding a pattern's alternative: letters, no word


def _table_words(*modules) -> set[str]:
    """Every word the reader's tables and patterns spell out: words it knows, so never mistyped ones.

    The module's docstring counts (its prose is the reader's own English), but not the rest of what Python keeps on
    a module (``__file__``, ``__builtins__``): the checkout's path or the interpreter's version must never change
    what counts as a word, or the reading would differ from machine to machine.
    """
    found: set[str] = set()
    for module in modules:
        for name, value in vars(module).items():
            if name.startswith("__") and name != "__doc__":
                continue
            items = value if isinstance(value, (frozenset, set, tuple, list, dict)) else (value,)
            for item in items:
                text = _FIRST_CHARACTER_LOOK_RE.sub(" ", item.pattern) if isinstance(item, re.Pattern) else item
                if isinstance(text, str):
                    found.update(w for w in re.findall(r"[a-z]{3,}", text) if w not in _PATTERN_PIECES)
    return found


_PATTERN_PIECES = frozenset(("ing", "ed", "es"))
KNOWN_WORDS = frozenset((*TARGETS, *STOP_WORDS, *COLORS, *PLAIN_ADJECTIVES, "their", "other",
                         *_table_words(vocabulary, prompt_tokens, scenery, chat_shorthand, word_guessing, story_voices,
                                       visibility_cues, prompt_timing, path_clauses, filming_words, clip_phrases,
                                       screenplay_voice, shot_notes)))
_INFLECTIONS = ("s", "es", "d", "ed", "n", "r", "er", "y", "ing", "ly")
SHORT_WORD = 4  # this long or shorter: only a swap or a dropped letter is mended
SUBSTITUTION_WORD = 7  # a wrong letter is mended only in words this long ("stares" is no "starts"), and only into layout words
EXTRA_LETTER_WORD = 6  # a stray letter that is no doubling is dropped only in words this long, and only into layout words
LONG_WORD = 8  # this long or longer: two edits are allowed
_LONGEST_TARGET = max(map(len, TARGETS))
_WORD_RE = re.compile(r"\b[a-z]+\b(?!')")  # "don't": "don" is part of the contraction, never mistyped "down"
# a short stem's last consonant doubled before an ending, as English spells "pad" + "ing": a real word, no slip
# (tried from a word's first letter only: from each letter of a long run it was quadratic)
DOUBLED_ENDING_RE = re.compile(r"(?<![a-z])[a-z]*[^aeiou][aeiou]([bdfgklmnprtvz])\1(?:ing|ed|er|est|y)")
# one English syllable as spelt: an onset English starts words with, a vowel spelling, a coda English ends them with;
# a stem of this shape before "-ing" or "-ed" ("bark" in "barking") is a verb's form, no slip of another verb's
_SYLLABLE_STEM_RE = re.compile(
    r"(?:[bcdfghjklmnprstvwyz]|bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gr|kn|pl|pr|ph|qu|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|"
    r"wh|wr|scr|shr|spl|spr|squ|str|thr)?"
    r"(?:[aeiou]|ai|au|aw|ay|ea|ee|ie|oa|oi|oo|ou|ow|oy)"
    r"(?:[bcdfgklmnprstvxz]|ck|ch|sh|th|gh|ght|ll|ss|ff|ld|lf|lk|lm|lp|lt|mp|nch|nd|ng|nk|nt|rb|rch|rd|rf|rg|rk|rl|"
    r"rm|rn|rp|rs|rt|rv|sk|sp|st|tch|wl|wn)?")
_STEM_ENDINGS = ("ing", "ed")
_STRONG_VOWELS = {"i": "au"}  # begin/began/begun, swim/swam/swum, swing/swung: the past's vowel, no wrong letter
# a swap, a dropped letter, an extra letter, a wrong letter: the likelier slip ranks first
_SWAP, _DROPPED, _EXTRA, _WRONG, _TWO = range(5)


def _deletes(word: str, depth: int) -> set[str]:
    found, frontier = set(), {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


@lru_cache(maxsize=1)
def _delete_index() -> dict[str, tuple[str, ...]]:
    """Each target word under every form it takes with letters deleted; built on the first unknown word, not at import
    (most prompts have none, and the studio starts without it)."""
    keys: dict[str, set[str]] = {}
    for target in TARGETS:
        if len(target) < 3:
            continue
        for key in {target} | _deletes(target, 2 if len(target) >= LONG_WORD - 1 else 1):
            keys.setdefault(key, set()).add(target)
    return {key: tuple(sorted(targets)) for key, targets in keys.items()}


def _slip(typed: str, target: str) -> int | None:
    """The kind of slip that turns ``target`` into ``typed``, or None when it takes more than the allowed edits."""
    if len(typed) == len(target):
        diffs = [i for i in range(len(typed)) if typed[i] != target[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 \
                and typed[diffs[0]] == target[diffs[1]] and typed[diffs[1]] == target[diffs[0]]:
            return _SWAP
        if len(diffs) == 1:
            return _WRONG
    elif len(typed) == len(target) - 1 and any(target[:i] + target[i + 1:] == typed for i in range(len(target))):
        return _DROPPED
    elif len(typed) == len(target) + 1 and any(typed[:i] + typed[i + 1:] == target for i in range(len(typed))):
        return _EXTRA
    if _undoubled(typed) == _undoubled(target):  # "dissapears": a doubled letter put in the wrong place
        return _TWO if _distance(typed, target) == 2 else None
    return None


def _strong_form(word: str, target: str) -> bool:
    """Whether ``word`` is the verb ``target`` with a strong verb's vowel change ("begun"/"begin", "swung"/"swing")."""
    diffs = [i for i in range(len(word)) if word[i] != target[i]]
    return (len(diffs) == 1 and word[diffs[0]] in _STRONG_VOWELS.get(target[diffs[0]], "")
            and target.endswith(("in", "ing", "ink", "im")))


def _other_verb_form(word: str, target: str) -> bool:
    """Whether ``word`` is a verb's "-ing"/"-ed" form in its own right, one letter off ``target``'s: the same ending on
    a stem English could spell as one syllable ("barking"/"braking"), while a stem no English
    word has ("wlak" in "wlaking") is a slip of the target's."""
    ending = next((e for e in _STEM_ENDINGS if word.endswith(e) and target.endswith(e)), None)
    return ending is not None and len(word) == len(target) and bool(_SYLLABLE_STEM_RE.fullmatch(word[:-len(ending)]))


def _likely(slip: int, word: str, target: str, depth: int) -> bool:
    """Whether ``slip`` is a likely way to mistype ``target``: short words and rarer slips only for the layout's own
    words ("teh", "jus"), an extra letter only as one doubled too often ("uppper")."""
    if slip == _EXTRA:
        return (len(word) >= EXTRA_LETTER_WORD and target in LAYOUT_WORDS) or any(
            word[i] == word[i + 1] and word[:i] + word[i + 1:] == target for i in range(len(word) - 1))
    if slip == _TWO:
        return depth == 2 and target in LAYOUT_WORDS
    if slip == _WRONG:
        return target in LAYOUT_WORDS and (len(word) >= SUBSTITUTION_WORD
                                           or (len(word) > SHORT_WORD - 1 and _next_key(word, target)))
    if len(word) <= SHORT_WORD:
        return target in LAYOUT_WORDS or (slip == _DROPPED and target in VERB_KINDS and _undoubled(target) == word)
    return True


def _next_key(word: str, target: str) -> bool:
    """Whether the one wrong letter of ``word`` sits next to the meant one on the keyboard ("lrft", "rught")."""
    typed, meant = next((a, b) for a, b in zip(word, target) if a != b)
    return any(abs(row.find(typed) - row.find(meant)) <= 1 and typed in row and meant in row for row in _KEY_ROWS) or any(
        typed in upper and meant in lower and abs(upper.find(typed) - lower.find(meant)) <= 1
        for upper, lower in ((_KEY_ROWS[0], _KEY_ROWS[1]), (_KEY_ROWS[1], _KEY_ROWS[2]), (_KEY_ROWS[1], _KEY_ROWS[0]),
                             (_KEY_ROWS[2], _KEY_ROWS[1])))


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _undoubled(word: str) -> str:
    return re.sub(r"(.)\1", r"\1", word)


def _inflected(typed: str, target: str) -> bool:
    """Whether one is the other with an ending ("look"/"looks", "see"/"seen"): both words, no slip."""
    short, long = sorted((typed, target), key=len)
    return any(long == short + ending for ending in _INFLECTIONS)


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (neighbours swapped count as one edit)."""
    rows = [list(range(len(b) + 1))] + [[i] + [0] * len(b) for i in range(1, len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


@lru_cache(maxsize=8192)
def repaired_word(word: str) -> str:
    """``word`` as meant: itself when known, too short or not clearly one known word mistyped."""
    if word in _APOSTROPHE_WORDS:
        return _APOSTROPHE_WORDS[word]
    if word in KNOWN_WORDS or word in REAL_WORDS or len(word) < 3 or DOUBLED_ENDING_RE.fullmatch(word):
        return word
    if word.endswith("ys") and word[:-2] + "ies" in TARGETS:  # "flys", "carrys"
        return word[:-2] + "ies"
    depth = 2 if len(word) >= LONG_WORD else 1
    if len(word) - depth > _LONGEST_TARGET:
        return word  # no target is within ``depth`` deletions; their sets would grow as the square of the length
    candidates = {t for key in {word} | _deletes(word, depth) for t in _delete_index().get(key, ())}
    ranked: dict[int, list[str]] = {}
    for target in candidates:
        slip = _slip(word, target)
        if slip is None or target[0] != word[0] or _inflected(word, target) or not _likely(slip, word, target, depth) \
                or (slip == _WRONG and _strong_form(word, target)) or _other_verb_form(word, target):
            continue
        ranked.setdefault(slip, []).append(target)
    if not ranked:
        return word
    best = ranked[min(ranked)]
    if len(best) > 1:  # "jus": "just" before "jugs", the layout's own words being the commoner
        best = [t for t in best if t in LAYOUT_WORDS] or best
    return best[0] if len(best) == 1 else word


_SPELT_AS_MEANT = KNOWN_WORDS - _APOSTROPHE_WORDS.keys()  # words ``repaired_word`` gives back as they are


def repaired_spelling(text: str) -> str:
    """``text`` (lower case) with each unknown word that is clearly a mistyped known word put right, once the little
    words a voice spells as said ("fae", "tae", "an'") are the plain ones."""
    words = _WORD_RE.findall(text)
    if looks_spoken(text, words):
        text = spoken_in_plain_words(text)
        words = _WORD_RE.findall(text)
    if _SPELT_AS_MEANT.issuperset(words):
        return text  # most prompts: every word known, nothing to look up one by one
    return _WORD_RE.sub(lambda m: repaired_word(m.group(0)), text)
