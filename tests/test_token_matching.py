"""Object names → prompt tokens with LVD's rules, on the tiny Wan word-level tokenizer."""

import pytest

from pipelines.backends.tiny_wan import tiny_wan_tokenizer
from pipelines.lvd.tokens import TokenMatchError, candidate_phrases, find_phrase, match_object_tokens, plural, token_spans


@pytest.fixture(scope="module")
def tokenizer():
    return tiny_wan_tokenizer()


def words_at(tokenizer, prompt, positions):
    ids = tokenizer(prompt)["input_ids"]
    return [tokenizer.convert_ids_to_tokens(ids[p]) for p in positions]


def test_exact_phrase_gives_all_its_tokens(tokenizer):
    match = match_object_tokens(tokenizer, "A red ball falls on the table", [(7, "red ball")])
    assert match.positions == {7: (1, 2)}
    assert match.rules == {7: "exact"} and match.prompt == "A red ball falls on the table"
    assert words_at(tokenizer, match.prompt, match.positions[7]) == ["red", "ball"]
    assert match.num_tokens == len(tokenizer(match.prompt)["input_ids"]) == 8  # 7 words + </s>


def test_digits_are_dropped_when_the_exact_phrase_is_missing(tokenizer):
    match = match_object_tokens(tokenizer, "a ball falls", [(0, "ball 1")])
    assert match.rules[0] == "no-digits" and match.phrases[0] == "ball"
    assert match.positions[0] == (1,)


def test_last_word_then_plural(tokenizer):
    last = match_object_tokens(tokenizer, "a ball rolls", [(0, "bouncy ball")])
    assert (last.rules[0], last.positions[0]) == ("last-word", (1,))
    many = match_object_tokens(tokenizer, "two balls fall", [(0, "ball"), (1, "ball")])
    assert many.rules == {0: "plural", 1: "plural"}
    assert many.positions == {0: (1,), 1: (1,)}  # one occurrence: both objects share it


def test_unmatched_phrase_is_appended_and_gets_its_tokens(tokenizer):
    match = match_object_tokens(tokenizer, "a ball falls.", [(0, "ball"), (3, "cat 2")])
    assert match.prompt == "a ball falls. cat"
    assert match.rules == {0: "exact", 3: "appended"} and match.appended == (3,)
    assert words_at(tokenizer, match.prompt, match.positions[3]) == ["cat"]
    assert match_object_tokens(tokenizer, "a ball falls", [(0, "dog")]).prompt == "a ball falls, dog"


def test_same_name_objects_take_successive_occurrences(tokenizer):
    match = match_object_tokens(tokenizer, "a ball hits another ball", [(0, "ball"), (1, "ball")])
    assert match.positions == {0: (1,), 1: (4,)}


def test_whole_words_only_and_case_insensitive():
    assert find_phrase("Balls and a BALL", "ball") == [(12, 16)]
    assert find_phrase("a red  ball", "red ball") == [(2, 11)]
    assert find_phrase("football", "ball") == []


def test_candidates_and_plurals():
    assert candidate_phrases("ball 2") == [("exact", "ball 2"), ("no-digits", "ball"), ("plural", "balls")]
    assert [plural(w) for w in ("box", "berry", "day", "leaf", "man", "dish", "cup")] == \
        ["boxes", "berries", "days", "leaves", "men", "dishes", "cups"]


def test_plurals_know_the_object_tables_irregulars_and_a_spec_says_them():
    from pipelines.lvd.spec_sentences import SpecThing

    assert [plural(w) for w in ("ox", "calf", "jellyfish", "domino", "loaf", "person")] == \
        ["oxen", "calves", "jellyfish", "dominoes", "loaves", "people"]
    herd = SpecThing("ox")
    herd.count = "two"
    assert "two oxen" in herd.phrase()


def test_decode_spans_match_offset_spans(tokenizer):
    prompt = "a red ball falls, then a dog jumps"
    assert token_spans(tokenizer, prompt, method="decode") == token_spans(tokenizer, prompt, method="offsets")
    by_decode = match_object_tokens(tokenizer, prompt, [(0, "red ball"), (1, "dog")], method="decode")
    assert by_decode.positions == match_object_tokens(tokenizer, prompt, [(0, "red ball"), (1, "dog")]).positions


def test_words_beyond_the_encoder_length_are_an_error(tokenizer):
    prompt = " ".join(["the"] * 20) + " ball"
    with pytest.raises(TokenMatchError, match="shorten the prompt"):
        match_object_tokens(tokenizer, prompt, [(0, "ball")], max_length=10)
