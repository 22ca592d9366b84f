"""The two-stage tokenizer gives exactly the matches of the single token pattern."""

from __future__ import annotations

import re

import pytest

from pipelines.lvd import prompt_tokens
from pipelines.lvd.prompt_tokens import TOKEN_RE, _prefixes, tokenize
from tests.helpers import blind_prompts, lvd_benchmark

UNGUARDED = TOKEN_RE  # the single pattern the two-stage tokenizer must reproduce


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


def test_two_stage_tokenizer_gives_the_same_tokens_as_the_single_pattern():
    odd = ["a well-known dog-like robot, 3.5 m tall; top-down: it's off-screen!", "x-ray ball -> left-hand side",
           "bird's-eye view of 2 cars", "in from the top-left corner of the frame, then halfway through it stops"]
    for prompt in _all_prompts() + odd:
        text = prompt.lower()
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


def test_cache_of_patterns_stays_bounded_by_the_alphabet():
    tokenize("ж" * 50 + " ".join(chr(c) + "x" for c in range(0x400, 0x800)))
    assert len(prompt_tokens._TOKENIZER.by_choice) < 200
    assert len(prompt_tokens._TOKENIZER.by_key) <= 4096
