"""Layout object names → token positions in the tokenised prompt (LVD's matching rules).

Guidance steers the cross-attention *columns* of an object's words, so every box needs tokens.
The rules follow LVD's official code: the exact phrase, then the phrase without digits ("ball 1"
→ "ball"), then its last word, then that word's plural; when nothing matches, the phrase is
appended to the prompt and its new tokens are used. Matching is done on characters (whole
words, case-insensitive) and mapped to tokens through each token's character span, so it works
with any Hugging Face tokenizer: offsets from a fast tokenizer, or a token-by-token decode
otherwise. Objects that match the same words take successive occurrences ("a ball hits
another ball") and share the words when the prompt has fewer occurrences than objects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..core.errors import PhyStudioError
from .object_classes import IRREGULAR_PLURALS
from .vocabulary import spelling_forms

MATCH_RULES = ("exact", "no-digits", "last-word", "plural", "appended")
_SENTENCE_END = ".!?;:,"
# the object tables' irregular plurals ("ox": "oxen", "jellyfish": "jellyfish"), then those of words they lack
_IRREGULAR_PLURALS = {
    **{one: many for many, one in IRREGULAR_PLURALS.items()},
    "man": "men", "woman": "women", "person": "people", "child": "children", "mouse": "mice",
    "foot": "feet", "tooth": "teeth", "goose": "geese", "leaf": "leaves", "knife": "knives",
    "wolf": "wolves", "shelf": "shelves", "loaf": "loaves", "potato": "potatoes", "tomato": "tomatoes",
    "hero": "heroes", "fish": "fish", "sheep": "sheep", "deer": "deer",
}

Span = tuple[int, int]


class TokenMatchError(PhyStudioError, ValueError):
    """An object's words cannot be given tokens (e.g. they fall beyond the text encoder's length)."""


@dataclass(frozen=True)
class TokenMatch:
    """Where each object's words sit in ``tokenizer(prompt)`` (special tokens counted, as the encoder sees them).

    ``prompt`` is the text to encode: the input, plus any phrases that had to be appended.
    ``num_tokens`` is the real (unpadded) token count, so attention can be renormalised over it.
    """

    prompt: str
    positions: dict[int, tuple[int, ...]]
    rules: dict[int, str]
    phrases: dict[int, str]
    num_tokens: int

    @property
    def appended(self) -> tuple[int, ...]:
        return tuple(object_id for object_id, rule in self.rules.items() if rule == "appended")


def plural(word: str) -> str:
    """English plural good enough for object nouns (irregulars first, then the usual endings)."""
    lower = word.lower()
    if lower in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lower]
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return word + "es"
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    return word + "s"


def candidate_phrases(name: str) -> list[tuple[str, str]]:
    """The phrases to look for, in LVD's order, as ``(rule, phrase)``; duplicates dropped."""
    exact = " ".join(name.split())
    no_digits = " ".join(re.sub(r"\d+", " ", exact).split())
    words = no_digits.split()
    candidates = [("exact", exact), ("no-digits", no_digits)]
    if words:
        candidates += [("last-word", words[-1]), ("plural", plural(words[-1]))]
    seen: set[str] = set()
    unique = []
    for rule, phrase in candidates:
        if phrase and phrase.lower() not in seen:
            seen.add(phrase.lower())
            unique.append((rule, phrase))
    return unique


def find_phrase(text: str, phrase: str) -> list[Span]:
    """Character spans of ``phrase`` in ``text`` as whole words, case-insensitive, any spacing, any
    spelling of a word ("gray cat" is found in "a grey cat")."""
    words = phrase.split()
    if not words:
        return []
    pattern = r"(?<!\w)" + r"\s+".join(
        "(?:" + "|".join(re.escape(form) for form in spelling_forms(w)) + ")" for w in words) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def token_spans(tokenizer: Any, text: str, *, method: str = "auto", max_length: int | None = None) -> list[Span]:
    """Character span of each token of ``tokenizer(text)`` (special tokens get an empty span).

    ``method``: ``offsets`` (fast tokenizers), ``decode`` (any tokenizer: each token is decoded and
    found left to right in the text) or ``auto`` (offsets when the tokenizer is fast).
    """
    if method not in ("auto", "offsets", "decode"):
        raise ValueError(f"unknown token span method {method!r}: use auto, offsets or decode")
    truncation = {"truncation": True, "max_length": max_length} if max_length else {}
    if method == "offsets" or (method == "auto" and getattr(tokenizer, "is_fast", False)):
        encoded = tokenizer(text, add_special_tokens=True, return_offsets_mapping=True, **truncation)
        special = set(tokenizer.all_special_ids)
        return [(0, 0) if token_id in special else (int(a), int(b))
                for token_id, (a, b) in zip(encoded["input_ids"], encoded["offset_mapping"])]
    ids = tokenizer(text, add_special_tokens=True, **truncation)["input_ids"]
    special = set(tokenizer.all_special_ids)
    lowered = text.lower()
    spans: list[Span] = []
    cursor = 0
    for token_id in ids:
        piece = "" if token_id in special else tokenizer.decode([token_id]).strip().lower()
        start = lowered.find(piece, cursor) if piece else -1
        if start < 0:  # a special token, or text the tokenizer normalised beyond recognition
            spans.append((0, 0))
            continue
        spans.append((start, start + len(piece)))
        cursor = start + len(piece)
    return spans


def tokens_in_span(spans: Sequence[Span], span: Span) -> tuple[int, ...]:
    start, end = span
    return tuple(i for i, (a, b) in enumerate(spans) if a < b and a < end and b > start)


def match_object_tokens(tokenizer: Any, prompt: str, objects: Sequence[tuple[int, str]], *,
                        max_length: int | None = None, method: str = "auto") -> TokenMatch:
    """Token positions per object id for ``objects`` = ``[(id, name), ...]`` (see the module docstring).

    ``max_length`` is the text encoder's length (Wan: 512): words past it are cut off by the
    encoder, so an object left without tokens raises ``TokenMatchError``.
    """
    text = prompt.strip()
    used: list[Span] = []
    found: dict[int, tuple[str, str, Span]] = {}
    unmatched: list[tuple[int, str]] = []
    for object_id, name in objects:
        hit = _first_match(text, name, used)
        if hit is None:
            unmatched.append((object_id, name))
            continue
        found[object_id] = hit
        used.append(hit[2])
    for object_id, name in unmatched:
        phrase = " ".join(re.sub(r"\d+", " ", name).split()) or " ".join(name.split())
        if not phrase:
            raise TokenMatchError(f"object id {object_id} has an empty name, so it has no words to steer")
        text += (" " if text and text[-1] in _SENTENCE_END else ", " if text else "") + phrase
        found[object_id] = ("appended", phrase, (len(text) - len(phrase), len(text)))
    spans = token_spans(tokenizer, text, method=method, max_length=max_length)
    positions, rules, phrases = {}, {}, {}
    for object_id, _ in objects:
        rule, phrase, span = found[object_id]
        tokens = tokens_in_span(spans, span)
        if not tokens:
            raise TokenMatchError(
                f"the words {phrase!r} of object id {object_id} have no tokens in the encoded prompt "
                f"(the text encoder keeps {max_length or 'all'} tokens): shorten the prompt or rename the object"
            )
        positions[object_id], rules[object_id], phrases[object_id] = tokens, rule, phrase
    return TokenMatch(prompt=text, positions=positions, rules=rules, phrases=phrases, num_tokens=len(spans))


def _first_match(text: str, name: str, used: Sequence[Span]) -> tuple[str, str, Span] | None:
    """The first rule whose phrase occurs; prefer an occurrence no earlier object has taken."""
    for rule, phrase in candidate_phrases(name):
        occurrences = find_phrase(text, phrase)
        if occurrences:
            free = [s for s in occurrences if not any(s[0] < b and s[1] > a for a, b in used)]
            return rule, phrase, (free or occurrences)[0]
    return None
