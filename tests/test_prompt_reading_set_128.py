"""Prompts in the families held-out set 128 (tests/helpers/blind_set_128.py) missed, in new words and other voices.

- A table pasted with a header line (comma-, tab- or semicolon-separated, or markdown pipes): a row's cells joined to
  their columns' names, a count cell the thing's count, a start and an end cell a route's ends, a middle cell a middle
  stop, a "first half"/"second half" row what is seen then; a sheet of one field a row ("property,value") its fields;
  a notes cell or an "anything else?" row is never a thing.

Each layout is checked by LVD's own predicates. (The set's own prompts are not copied here.)
"""

import pytest

from tests.helpers import lvd_benchmark as lvd
from tests.helpers.planned import names, planned_condition


@pytest.mark.parametrize("prompt, query, count", [
    ("animal\tqty\tcomment\nhorse\tthree\tno other animals around", "horse", 3),
    ("| kind | number | remarks |\n|---|---|---|\n| boat | two | nothing more in the shot |", "boat", 2),
    ("thing;how many;seen\nsheep;four;all the way through\nother objects?;none", "sheep", 4),
    ("in view,object,qty\nthroughout,trucks,two\nremark: keep everything else out", "truck", 2),
    ("attribute,setting\ncount,three\nobject,kites\nshown,the whole time\nextras,none", "kite", 3),
])
def test_a_pasted_table_counts_its_rows_thing(prompt, query, count):
    assert lvd.numeracy(query, count, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, leftward", [
    ("start position;end position;animal\nright edge;left edge;horse", "horse", True),
    ("thing,enters from,exits on\nboat,the right of the frame,the left of the frame", "boat", True),
    ("| mover | enters from | exits to |\n| --- | --- | --- |\n| red kite | left side | right side |", "kite", False),
    ("| exits on | enters on | vehicle |\n|---|---|---|\n| right side | left side | truck |", "truck", False),
    ("motion;name\nswims from the right side of the frame to the left side;duck", "duck", True),
])
def test_a_pasted_table_keeps_its_rows_route_ends(prompt, query, leftward):
    assert lvd.one_object_motion(query, leftward, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, appears", [
    ("part,horse in view?\nfirst half,no\nsecond half,yes: a trotting horse comes in and stays", "horse", True),
    ("period;what is seen\nfirst half;nothing at all\nsecond half;a horse trots in and stays", "horse", True),
    ("phase,dog present?\nfirst half,yes\nsecond half,no", "dog", False),
    ("segment\tkite on screen?\nfirst half\tno\nsecond half\tyes, a kite drifts in", "kite", True),
    ("| clip half | sheep visible? |\n|---|---|\n| first half | yes |\n| second half | no |", "sheep", False),
])
def test_a_pasted_table_of_the_halves_says_what_is_seen_then(prompt, query, appears):
    assert lvd.visibility(query, appears, planned_condition(prompt))


@pytest.mark.parametrize("prompt, query, route", [
    ("key,value\ncamera,overhead\nlast,lower right corner\nobject,running horse\nfirst,upper left corner\n"
     "via,lower left corner", "horse", ("upper left", "lower left", "lower right")),
    ("destination\tmidpoint\torigin\tmover\tperspective\nlower left corner\tlower right corner\tupper right corner\t"
     "boat\tfrom above", "boat", ("upper right", "lower right", "lower left")),
    ("| stops | camera | thing |\n|---|---|---|\n"
     "| upper left corner, upper right corner, lower right corner | overhead | kite |",
     "kite", ("upper left", "upper right", "lower right")),
])
def test_a_pasted_table_keeps_its_rows_stops(prompt, query, route):
    assert lvd.sequential(query, route, planned_condition(prompt))


@pytest.mark.parametrize("prompt, drawn", [
    ("animal,how many,remarks\nhorse,one,nothing else in the shot\nanything else?,no,", ["horse"]),
    ("object\tnumber\nboat\ttwo\nnotes\tno people, no dogs", ["boat", "boat"]),
])
def test_a_pasted_tables_notes_and_questions_are_never_things(prompt, drawn):
    assert names(prompt) == drawn
