"""Prompts in the voices of held-out set 142 (tests/helpers/blind_set_142.py), in new words.

- Speech or web markup, '<speak>', '<break time="250ms"/>', '<emphasis level="strong">no duck</emphasis>', '<b>red</b>',
  says how the words are voiced or shown: its tags are no words, and the words they wrap are read where they stand (a
  "<" that opens no tag, "<from the table>", is left as written).
- A chapter and verse number opening a clause of scripture, "7:12 Behold, three ducks ...", "...; 3:9 and nothing else",
  numbers the verse: it counts nothing, and the clause (and its "Behold,") starts after it; a clock's time, "1:15 the
  cat leaves", in a prompt of no old register, is left to the readers of times.
- A half or a place said to be "void of" or "bare of" a thing, "the first half was bare of horses", has none of it then,
  as "empty of" and "devoid of" do; a "bare" table is still a table.

Each layout is checked by LVD's own predicates or by its objects' names. (The set's own prompts are not copied here.)
"""

import time

import pytest

from pipelines.lvd.markdown_notes import markup_tags_dropped
from pipelines.lvd.spoken_forms import old_words_in_plain_words
from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, route", [
    ('<speak>Viewed from overhead, a goat trots <break time="250ms"/> from the upper left corner to the lower left '
     "corner, <emphasis>then</emphasis> to the lower right corner.</speak>",
     "goat", ("upper left", "lower left", "lower right")),
    ('<speak>From overhead: <break strength="weak"/> a rabbit, upper right corner, to lower right corner, <break '
     'time="200ms"/> to lower left corner.</speak>',
     "rabbit", ("upper right", "lower right", "lower left")),
    ("<p><i>Top-down view.</i> A truck drives from the upper right corner to the upper left corner, <br/> then to the "
     "lower left corner.</p>",
     "truck", ("upper right", "upper left", "lower left")),
])
def test_markup_tags_inside_a_route_leave_its_stops_in_order(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ('<speak>A horse, <break time="300ms"/> left side of the frame to the right side.</speak>', "horse", False),
    ("<speak><prosody pitch='low'>A red kite</prosody> drifts from the right side of the frame <break/> to the left "
     "side.</speak>", "kite", True),
])
def test_markup_tags_around_a_crossing_leave_its_way(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


def test_a_wrapped_absence_is_read_as_absence():
    prompt = ('<speak>A duck in the first half, <break time="200ms"/> and then, in the second half, <emphasis '
              'level="strong">no duck</emphasis>.</speak>')
    assert lvd.visibility("duck", False, planned_condition(prompt))
    assert names(prompt) == ["duck"]


@pytest.mark.parametrize("prompt, expected", [
    ("<p>Three <b>red</b> kites hang in the sky.</p>", ["red kite"] * 3),
    ('<?xml version="1.0"?><speak><!-- take two --> Two owls <break time="1s"/> perch there.</speak>', ["owl", "owl"]),
])
def test_tags_and_declarations_are_no_things(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("prompt, expected", [
    # the words a tag's name spells, said as content, are still things and deeds
    ("<speak>A loudspeaker sits on a table, and a boy breaks a plate.</speak>",
     ["boy", "loudspeaker", "plate", "table"]),
    # a "<" that opens no tag is left as written
    ("A glass falls <from the table> and breaks.", ["glass", "table"]),
])
def test_content_beside_markup_is_still_drawn(prompt, expected):
    assert names(prompt) == expected


@pytest.mark.parametrize("hostile", ["<a b=c " * 300, "<" * 2000, '<a b="' * 350, "<!--" * 500, "<?" * 1000,
                                     "<a" + " b=c" * 500, "x" + " " * 2000 + "y"])
def test_markup_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    markup_tags_dropped(hostile)
    assert time.perf_counter() - started < 0.05


@pytest.mark.parametrize("prompt, expected", [
    ("7:12 Behold, three swimming ducks were upon the pond from the beginning unto the end.", ["duck"] * 3),
    ("11:4 Behold, a white goat, and it stood in the field; and nothing else was there. Selah.", ["white goat"]),
    ("Behold, two cows grazed in the field; 3:9 and there was naught else.", ["cow", "cow"]),
])
def test_a_verse_number_counts_nothing_and_its_clause_starts_after_it(prompt, expected):
    assert names(prompt) == expected


def test_a_verse_numbered_crossing_keeps_its_way():
    prompt = "14:21 Behold, a goat went from the right side of the frame even unto the left side thereof."
    assert names(prompt) == ["goat"]
    assert lvd.one_object_motion("goat", True, planned_condition(prompt))


@pytest.mark.parametrize("text", [
    "0:00 a cat sits. 1:15 the cat leaves.",  # a clock's minutes and seconds, no old register
    "the score was 3:7 at the break, and a dog ran left.",  # no clause opens on it
])
def test_a_clock_or_a_score_is_no_verse_number(text):
    assert old_words_in_plain_words(text) == text


@pytest.mark.parametrize("hostile", ["1:1 " * 500, "1:1" * 700, ". 12:" * 400, "1" * 2000 + ":1", "1:1" + " " * 2000,
                                     "behold " * 300])
def test_verse_reading_stays_linear_on_hostile_repeats(hostile):
    started = time.perf_counter()
    old_words_in_plain_words(hostile)
    assert time.perf_counter() - started < 0.05



@pytest.mark.parametrize("prompt, query", [
    ("The first half was bare of horses. In the second half a horse trots in and stays.", "horse"),
    ("In the first half the sky is void of birds; in the second half a bird flies in.", "bird"),
    ("1:4 And the first half was void of any goat. 1:5 Then in the second half a goat came, and it stayed.", "goat"),
])
def test_a_half_void_or_bare_of_a_thing_has_none_of_it(prompt, query):
    assert names(prompt) == [query]
    assert lvd.visibility(query, True, planned_condition(prompt))


@pytest.mark.parametrize("prompt, expected", [
    ("A cat naps on a bare table, and a dog sits beside it.", ["cat", "dog", "table"]),
    ("A boy stands on a bare box and throws a ball.", ["ball", "box", "boy"]),
    ("The shelf is bare of books, but a cat sits on it.", ["cat", "shelf"]),  # what it is bare of goes, not the shelf
])
def test_a_bare_thing_is_still_drawn(prompt, expected):
    assert names(prompt) == expected
