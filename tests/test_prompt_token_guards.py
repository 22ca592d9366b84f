"""The tokenizer's first-character guards only skip positions where no token can start."""

from __future__ import annotations

import re

import pytest

from pipelines.lvd import prompt_tokens
from pipelines.lvd.prompt_tokens import TOKEN_ALTERNATIVES, TOKEN_RE, _first_chars, _guarded, _prefixes, tokenize
from tests.helpers import blind_prompts, lvd_benchmark

UNGUARDED = re.compile("|".join(TOKEN_ALTERNATIVES))


def _tokens(pattern: re.Pattern, text: str) -> list[tuple[int, int, str | None, tuple]]:
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


def _shown(matches) -> list[tuple[int, int, str | None, tuple]]:
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in matches]


def _all_prompts() -> list[str]:
    prompts = [c.prompt for c in lvd_benchmark.lvd_prompts() + lvd_benchmark.rephrased_prompts()]
    for name in dir(blind_prompts):
        if name.endswith("_blind_set"):
            prompts += [c.prompt for c in getattr(blind_prompts, name)()]
    return prompts


def test_guarded_tokenizer_gives_the_same_tokens_as_the_plain_alternation():
    odd = ["a well-known dog-like robot, 3.5 m tall; top-down: it's off-screen!", "x-ray ball -> left-hand side",
           "bird's-eye view of 2 cars", "in from the top-left corner of the frame, then halfway through it stops"]
    for prompt in _all_prompts() + odd:
        text = prompt.lower()
        assert _tokens(TOKEN_RE, text) == _tokens(UNGUARDED, text), prompt
        assert _shown(tokenize(text)) == _tokens(UNGUARDED, text), prompt


def test_two_stage_tokenizer_on_odd_characters_and_endings():
    for text in ["é dog", "\u0663 dogs and 5 cats", "a", "a dog.", "dog\u00e9s run", "ünicode ball → left", "x", ",", "3", "a-", "top-"]:
        assert _shown(tokenize(text)) == _tokens(UNGUARDED, text), text


@pytest.mark.parametrize(("pattern", "prefixes"), [
    ("abc", {"ab"}),
    ("a(?:b|cd)?", {"a", "ab", "ac"}),
    ("[ab]+", {"a", "b", "aa", "ab", "ba", "bb"}),
    (r"\bx\b", {"x"}),
    ("(?:the )?cat", {"th", "ca"}),
    ("[^a]b", None),
])
def test_two_character_prefixes_of_a_pattern(pattern, prefixes):
    assert _prefixes(re._parser.parse(pattern)) == prefixes


@pytest.mark.parametrize(("pattern", "first", "empty"), [
    ("abc", {"a"}, False),
    ("(?:x|y)z", {"x", "y"}, False),
    ("(?:the )?cat", {"t", "c"}, False),
    ("[a-c]+", {"a", "b", "c"}, False),
    (r"\bq", {"q"}, False),
    ("(?=k)k", {"k"}, False),
    ("a?", {"a"}, True),
    ("[^a]", None, False),
    (".x", None, False),
])
def test_first_characters_of_a_pattern(pattern, first, empty):
    got, can_be_empty = _first_chars(re._parser.parse(pattern))
    assert (None if got is None else set(got)) == first
    assert can_be_empty is empty


def test_an_alternative_that_can_start_anywhere_or_match_empty_is_left_unguarded():
    assert _guarded("[^a]b") == "[^a]b"
    assert _guarded("a*") == "a*"
    assert _guarded("(?:ab|cd)") == "(?=[ac])(?:ab|cd)"
    assert prompt_tokens.TOKEN_RE.pattern.count("(?=[") >= len(TOKEN_ALTERNATIVES) - 1
