"""Prompts in the voices of a held-out set (tests/helpers/blind_set_32.py), in new words.

Hurried typing ("trottng acorss", "firts hafl", "rigth"), self-corrections ("four ducks, no wait, make it two
ducks", "from the left, sorry, from the right") and a two-speaker transcript ("PRODUCER: which side does the
horse start on? GAFFER: the left.") are read for what is meant. (The set's own prompts are not copied here.)
"""

import pytest

from pipelines.lvd.self_corrections import corrections_undone
from pipelines.lvd.spelling_repair import repaired_spelling, repaired_word
from pipelines.lvd.transcript_voice import looks_like_transcript, transcript_in_plain_words
from tests.helpers.planned import centres, names, seen_in


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("rigth", "right"), ("lfet", "left"), ("firts", "first"), ("hafl", "half"), ("scond", "second"),
        ("apears", "appears"), ("acorss", "across"), ("nothng", "nothing"), ("bottm", "bottom"), ("uper", "upper"),
        ("lefft", "left"), ("trottng", "trotting"), ("isnt", "isn't"), ("dissappears", "disappears"),
        ("lrft", "left"), ("rught", "right"), ("secound", "second"),
    ],
)
def test_a_mistyped_layout_word_is_put_right(typed, meant):
    assert repaired_word(typed) == meant


@pytest.mark.parametrize("word", ["look", "see", "bright", "grass", "shore", "filmed", "sand", "cam",
                                  "ext", "stares", "stall", "lift"])
def test_real_words_and_their_endings_are_left_alone(word):
    assert repaired_word(word) == word


def test_a_typed_count_of_things_draws_only_them():
    assert names("two horses trottng acorss a medow, dont add anythign else") == ["horse", "horse"]
    assert names("jsut one horse trottng acros teh feild, nothign els") == ["horse"]


def test_typed_halves_keep_a_thing_out_then_in():
    assert seen_in("a goat that isnt ther in teh frist hafl, it only apears in teh secnod hafl") == (False, True)
    assert seen_in("a goat thats only in teh frist hafl, then its gone for the secnod hafl") == (True, False)


def test_typed_sides_make_the_move():
    (track,) = centres("a duck swimming from the rigth side to the lefft side").values()
    assert track[0][0] > 0.6 and track[-1][0] < 0.4, track


@pytest.mark.parametrize(
    "prompt, expected",
    [
        ("Four ducks, no wait, make it two ducks, paddling on a pond.", ["duck", "duck"]),
        ("Two goats — oops, scratch that — one goat resting in a field.", ["goat"]),
        ("Three sheep grazing, hmm, no, two sheep is better, nothing else.", ["sheep", "sheep"]),
        ("Three cats, actually two cats, playing on a rug.", ["cat", "cat"]),
    ],
)
def test_a_corrected_count_replaces_the_first(prompt, expected):
    assert names(prompt) == expected


def test_a_corrected_start_side_replaces_the_first():
    (track,) = centres("A horse trotting from the right, no wait, from the left, over to the right side.").values()
    assert track[0][0] < 0.4 and track[-1][0] > 0.6, track


def test_a_corrected_corner_replaces_the_first():
    (track,) = centres("From above, a goat starts in the bottom left — no, the top left — walks to the top right, "
                       "then to the bottom right.", keyframes=6).values()
    assert track[0][0] < 0.5 and track[0][1] < 0.5, track


def test_a_corrected_half_replaces_the_first():
    assert seen_in("A duck that shows up in the second half — actually, I mean the first half — "
                   "and is gone after.") == (True, False)


def test_a_corrected_side_of_another_thing():
    found = centres("A horse walking from the left of a goat — sorry, the right of it — to the goat's left.")
    horse, goat = found["horse"], found["goat"]
    assert horse[0][0] > goat[0][0] and horse[-1][0] < goat[-1][0], found


def test_the_corrections_in_words():
    assert corrections_undone("a horse on the left, no, on the right.") == "a horse on the right."
    assert corrections_undone("good, no horse in the first half.") == "good, no horse in the first half."
    assert corrections_undone("a cat, no dogs at all.") == "a cat, no dogs at all."


def test_a_transcript_count_and_nothing_else():
    assert names("GAFFER: how many goats? PRODUCER: three goats, grazing. GAFFER: anything else? PRODUCER: nothing else.") \
        == ["goat"] * 3


def test_one_letter_speakers_are_no_things():
    assert names("Q: how many horses? A: two horses. Q: anything else? A: nope, nothing else.") == ["horse", "horse"]


def test_a_transcript_route_told_in_answers():
    (track,) = centres("WRITER: where's the duck at first? EDITOR: top left. WRITER: and then? EDITOR: top right, then "
                       "bottom right. WRITER: seen from above? EDITOR: yes.", keyframes=6).values()
    (x0, y0), (x5, y5) = track[0], track[-1]
    assert x0 < 0.5 and y0 < 0.5 and x5 > 0.5 and y5 > 0.5, track


def test_a_transcript_question_and_its_answers_make_the_move():
    (track,) = centres("PRODUCER: which side does the horse start on? GAFFER: the left. PRODUCER: and it trots to the "
                       "right? GAFFER: yes, right across.").values()
    assert track[0][0] < 0.4 and track[-1][0] > 0.6, track


def test_a_transcript_no_keeps_it_out():
    assert seen_in("PRODUCER: is the duck there at the beginning? GAFFER: no, leave it out for the first half; it shows "
                   "up in the second half.") == (False, True)


def test_the_transcript_in_words():
    text = "EDITOR: where does the goat start? WRITER: on the right. EDITOR: and at the end? WRITER: left of the tree."
    assert looks_like_transcript(text)
    assert transcript_in_plain_words(text) == "the goat starts on the right. and it ends left of the tree."
    assert not looks_like_transcript("POV: your two cats play on the lawn")


def test_plain_text_is_kept():
    for text in ("a red ball, a blue ball, and a green cube.", "a cat walks left and then right.",
                 "an empty road for the first half, then a car drives in."):
        assert repaired_spelling(text) == text
        assert corrections_undone(text) == text
