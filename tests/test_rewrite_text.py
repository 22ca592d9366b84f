"""The shared rewrite helpers: ``any_said_re`` answers as the substring tests it stands for."""

from __future__ import annotations

import random

from pipelines.lvd.commentary_voice import _TELLS
from pipelines.lvd.rewrite_text import any_said_re, spaces_tidied


def test_any_said_re_finds_what_any_substring_test_finds():
    rng = random.Random(7)
    for _ in range(2000):  # short spellings over a small alphabet: prefixes, repeats and the empty spelling all come up
        spellings = ["".join(rng.choice("ab .") for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 6))]
        found = any_said_re(spellings)
        for _ in range(5):
            text = "".join(rng.choice("ab .c") for _ in range(rng.randint(0, 12)))
            found_any = any(spelling in text for spelling in spellings)
            assert (found.search(text) is not None) == found_any, (spellings, text)


def test_any_said_re_shares_first_letters_and_escapes():
    assert any_said_re(["follow the", "follow it", "on it"]).pattern == r"(?:follow\ (?:it|the)|on\ it)"
    assert any_said_re(["ab", "abc"]).pattern == "ab"  # "ab" is found wherever "abc" is
    assert any_said_re([]).search("anything") is None
    assert any_said_re(["(?", "a.b"]).search("x(?y") is not None and any_said_re(["a.b"]).search("axb") is None


def test_a_voice_gate_reads_its_words_in_one_scan():
    tells = any_said_re(_TELLS)
    assert tells.search("ladies and gentlemen, a dog runs") is not None
    assert tells.search("a red ball rolls to the left") is None


def test_spaces_tidied():
    assert spaces_tidied("  a  dog , runs . ") == "a dog, runs."
