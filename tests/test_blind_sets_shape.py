"""The held-out planner sets' shape only: their scores are measured once, outside the test suite.

Each set retells LVD's stage-1 prompts by hand, 30 per family, keeping LVD's class nouns, colour
words, counts, halves, directions, relations and routes, and taking LVD's next attribution pairs and
two-object relations. These checks keep a set honest to that content; they never run the planner.
"""

import re
from collections import Counter

import pytest

from tests.helpers import (
    blind_set_21,
    blind_set_22,
    blind_set_23,
    blind_set_24,
    blind_set_25,
    blind_set_26,
    blind_set_27,
    blind_set_28,
    blind_set_29,
    blind_set_30,
    blind_set_31,
    blind_set_32,
    blind_set_33,
    blind_set_34,
    blind_set_35,
    blind_set_36,
    blind_set_37,
    blind_set_38,
    blind_set_39,
    blind_set_40,
    blind_set_41,
    blind_set_42,
    blind_set_43,
    blind_set_44,
    blind_set_45,
    blind_set_46,
    blind_set_47,
    blind_set_48,
    blind_set_49,
    blind_set_50,
    blind_set_51,
    blind_set_52,
    blind_set_53,
    blind_set_54,
    blind_set_55,
    blind_set_56,
    blind_set_57,
    blind_set_58,
    blind_set_59,
    blind_set_60,
    blind_set_61,
    blind_set_62,
    blind_set_63,
    blind_set_64,
    blind_set_65,
    blind_set_66,
    blind_set_67,
    blind_set_68,
    blind_set_69,
    blind_set_70,
    blind_set_71,
    blind_set_72,
    blind_set_73,
    blind_set_74,
    blind_set_75,
    blind_set_76,
    blind_set_77,
    blind_set_78,
    blind_set_79,
    blind_set_80,
    blind_set_81,
    blind_set_82,
    blind_set_83,
    blind_set_84,
    blind_set_85,
    blind_set_86,
)
from tests.helpers.blind_prompts import BLIND_FAMILIES
from tests.helpers.blind_sets import FULL_SETS as SETS
from tests.helpers.blind_sets import set_name as _name
from tests.helpers.blind_sets import set_number
from tests.helpers.lvd_benchmark import BARE_CLASSES, COLOURS, SEQUENTIAL_ROUTES, article, lvd_prompts

# Draws are (start, stop) slices of LVD's attribution pairs and of its two-object
# relations, in LVD's order; a set that wraps round the end takes two slices.
ATTRIBUTION_DRAWS = {blind_set_21: [(0, 30)], blind_set_22: [(30, 60)], blind_set_23: [(30, 60)],
                     blind_set_24: [(60, 90)], blind_set_25: [(90, 100), (0, 20)],
                     blind_set_26: [(20, 50)], blind_set_27: [(50, 80)],
                     blind_set_28: [(80, 100), (0, 10)], blind_set_29: [(10, 40)],
                     blind_set_30: [(40, 70)], blind_set_31: [(70, 100)],
                     blind_set_32: [(0, 30)], blind_set_33: [(30, 60)], blind_set_34: [(60, 90)],
                     blind_set_35: [(90, 100), (0, 20)], blind_set_36: [(20, 50)],
                     blind_set_37: [(50, 80)], blind_set_38: [(80, 100), (0, 10)],
                     blind_set_39: [(10, 40)], blind_set_40: [(40, 70)],
                     blind_set_41: [(70, 100)], blind_set_42: [(0, 30)],
                     blind_set_43: [(30, 60)], blind_set_44: [(60, 90)],
                     blind_set_45: [(90, 100), (0, 20)], blind_set_46: [(20, 50)],
                     blind_set_47: [(50, 80)],
                     blind_set_48: [(80, 100), (0, 10)],
                     blind_set_49: [(10, 40)],
                     blind_set_50: [(40, 70)],
                     blind_set_51: [(70, 100)],
                     blind_set_52: [(0, 30)],
                     blind_set_53: [(30, 60)],
                     blind_set_54: [(60, 90)],
                     blind_set_55: [(90, 100), (0, 20)],
                     blind_set_56: [(20, 50)],
                     blind_set_57: [(50, 80)],
                     blind_set_58: [(80, 100), (0, 10)],
                     blind_set_59: [(10, 40)],
                     blind_set_60: [(40, 70)],
                     blind_set_61: [(70, 100)],
                     blind_set_62: [(0, 30)],
                     blind_set_63: [(30, 60)],
                     blind_set_64: [(60, 90)],
                     blind_set_65: [(90, 100), (0, 20)],
                     blind_set_66: [(20, 50)],
                     blind_set_67: [(50, 80)],
                     blind_set_68: [(80, 100), (0, 10)],
                     blind_set_69: [(10, 40)],
                     blind_set_70: [(40, 70)],
                     blind_set_71: [(70, 100)],
                     blind_set_72: [(0, 30)],
                     blind_set_73: [(30, 60)],
                     blind_set_74: [(60, 90)],
                     blind_set_75: [(90, 100), (0, 20)],
                     blind_set_76: [(20, 50)],
                     blind_set_77: [(70, 100)],
                     blind_set_78: [(0, 30)],
                     blind_set_79: [(40, 70)],
                     blind_set_80: [(10, 40)],
                     blind_set_81: [(80, 100), (0, 10)],
                     blind_set_82: [(50, 80)],
                     blind_set_83: [(70, 100)],
                     blind_set_84: [(0, 30)],
                     blind_set_85: [(30, 60)],
                     blind_set_86: [(90, 100), (0, 20)]}
RELATION_DRAWS = {blind_set_21: [(0, 30)], blind_set_22: [(20, 50)], blind_set_23: [(20, 50)],
                  blind_set_24: [(0, 30)], blind_set_25: [(30, 50), (0, 10)],
                  blind_set_26: [(10, 40)], blind_set_27: [(40, 50), (0, 20)],
                  blind_set_28: [(20, 50)], blind_set_29: [(0, 30)],
                  blind_set_30: [(30, 50), (0, 10)], blind_set_31: [(10, 40)],
                  blind_set_32: [(40, 50), (0, 20)], blind_set_33: [(20, 50)], blind_set_34: [(0, 30)],
                  blind_set_35: [(30, 50), (0, 10)], blind_set_36: [(10, 40)],
                  blind_set_37: [(40, 50), (0, 20)], blind_set_38: [(20, 50)],
                  blind_set_39: [(0, 30)], blind_set_40: [(30, 50), (0, 10)],
                  blind_set_41: [(10, 40)], blind_set_42: [(40, 50), (0, 20)],
                  blind_set_43: [(20, 50)], blind_set_44: [(0, 30)],
                  blind_set_45: [(30, 50), (0, 10)], blind_set_46: [(10, 40)],
                  blind_set_47: [(40, 50), (0, 20)],
                  blind_set_48: [(20, 50)],
                  blind_set_49: [(0, 30)],
                  blind_set_50: [(30, 50), (0, 10)],
                  blind_set_51: [(10, 40)],
                  blind_set_52: [(40, 50), (0, 20)],
                  blind_set_53: [(20, 50)],
                  blind_set_54: [(0, 30)],
                  blind_set_55: [(30, 50), (0, 10)],
                  blind_set_56: [(10, 40)],
                  blind_set_57: [(40, 50), (0, 20)],
                  blind_set_58: [(20, 50)],
                  blind_set_59: [(0, 30)],
                  blind_set_60: [(30, 50), (0, 10)],
                  blind_set_61: [(10, 40)],
                  blind_set_62: [(40, 50), (0, 20)],
                  blind_set_63: [(20, 50)],
                  blind_set_64: [(0, 30)],
                  blind_set_65: [(30, 50), (0, 10)],
                  blind_set_66: [(10, 40)],
                  blind_set_67: [(40, 50), (0, 20)],
                  blind_set_68: [(20, 50)],
                  blind_set_69: [(0, 30)],
                  blind_set_70: [(30, 50), (0, 10)],
                  blind_set_71: [(10, 40)],
                  blind_set_72: [(40, 50), (0, 20)],
                  blind_set_73: [(20, 50)],
                  blind_set_74: [(0, 30)],
                  blind_set_75: [(30, 50), (0, 10)],
                  blind_set_76: [(10, 40)],
                  blind_set_77: [(20, 50)],
                  blind_set_78: [(40, 50), (10, 30)],
                  blind_set_79: [(0, 30)],
                  blind_set_80: [(20, 50)],
                  blind_set_81: [(30, 50), (0, 10)],
                  blind_set_82: [(10, 40)],
                  blind_set_83: [(40, 50), (0, 20)],
                  blind_set_84: [(20, 50)],
                  blind_set_85: [(0, 30)],
                  blind_set_86: [(30, 50), (0, 10)]}
# Sets whose tables are split per family (set 19 only exposes its cases).
TABLED = SETS[1:]
# Sets written to cover every (class, count) and (class, direction) pair, not only every count and direction.
EVEN_COVERAGE = [module for module in SETS if set_number(module) >= 23]
# Sets whose voice never writes a count as a digit (so a digit beside a class noun would be a slip).
WORDED_COUNTS = [module for module in SETS if set_number(module) in (26, 28, 29, 30) or set_number(module) >= 32]
# Spellings a set uses for LVD's colour words.
SPELLINGS = {blind_set_22: {"gray": "grey"}}


def _normal(prompt: str) -> str:
    return " ".join(prompt.lower().split())


def _whole_words(prompt: str, vocabulary, plurals: bool) -> set[str]:
    """The vocabulary words a prompt names as words; "bird's-eye" is an idiom for a view, not a bird."""
    text = prompt.lower().replace("bird's-eye", "overhead")
    suffix = "s?" if plurals else ""
    return {word for word in vocabulary if re.search(rf"\b{word}{suffix}\b", text)}


def _rows_with_queries(module) -> list[tuple[str, list[str]]]:
    rows = [(p, [q]) for p, q, _ in module._NUMERACY + module._DYNAMIC_ONE + module._SEQUENTIAL]
    rows += [(p, [q]) for p, q in module._APPEARS + module._VANISHES]
    rows += [(p, [q1, q2]) for p, q1, _, q2, _ in module._ATTRIBUTION]
    rows += [(p, [mover, reference]) for p, mover, reference, _ in module._DYNAMIC_TWO]
    return rows


def _drawn(items: list, slices) -> list:
    return [item for start, stop in slices for item in items[start:stop]]


@pytest.mark.parametrize("module", SETS, ids=_name)
def test_thirty_distinct_prompts_per_family(module):
    cases = module.blind_set()
    assert len(cases) == 180
    assert Counter(case.family for case in cases) == dict.fromkeys(BLIND_FAMILIES, 30)
    assert len({_normal(case.prompt) for case in cases}) == len(cases)


@pytest.mark.parametrize("module", TABLED, ids=_name)
def test_each_prompt_names_exactly_the_lvd_classes_and_colours_its_check_asks_for(module):
    assert len(module._APPEARS) == len(module._VANISHES) == 15
    for prompt, queries in _rows_with_queries(module):
        assert set(queries) <= set(BARE_CLASSES), prompt
        assert _whole_words(prompt, BARE_CLASSES, plurals=True) == set(queries), prompt
        if module in WORDED_COUNTS:
            assert not any(re.search(rf"\b\d+\s+(\w+\s+)?{query}", prompt.lower()) for query in queries), prompt
    spelled = SPELLINGS.get(module, {})
    for prompt, _, colour1, _, colour2 in module._ATTRIBUTION:
        assert colour1 != colour2 and {colour1, colour2} <= set(COLOURS), prompt
        named = _whole_words(prompt, [spelled.get(colour, colour) for colour in COLOURS], plurals=False)
        assert named == {spelled.get(colour1, colour1), spelled.get(colour2, colour2)}, prompt


@pytest.mark.parametrize("module", TABLED, ids=_name)
def test_counts_directions_and_routes_cover_lvds_range(module):
    assert {count for _, _, count in module._NUMERACY} == {1, 2, 3, 4}
    assert Counter(leftward for _, _, leftward in module._DYNAMIC_ONE) == {True: 15, False: 15}
    assert {route for _, _, route in module._SEQUENTIAL} == set(SEQUENTIAL_ROUTES)
    if module in EVEN_COVERAGE:
        counts = {(query, count) for _, query, count in module._NUMERACY}
        assert counts >= {(query, count) for query in BARE_CLASSES for count in range(1, 5)}
        directions = Counter((query, leftward) for _, query, leftward in module._DYNAMIC_ONE)
        assert directions == dict.fromkeys(((q, d) for q in BARE_CLASSES for d in (True, False)), 3)
        assert {query for _, query, _ in module._SEQUENTIAL} == set(BARE_CLASSES)


@pytest.mark.parametrize("module", list(ATTRIBUTION_DRAWS), ids=_name)
def test_pairs_are_lvds_draws_in_order(module):
    lvd = lvd_prompts()
    colours = _drawn([c.prompt.split(" with ", 1)[1] for c in lvd if c.family == "attribution"], ATTRIBUTION_DRAWS[module])
    ours = [(f"{article(c1)} {q1} and {article(c2)} {q2}", f"{article(c2)} {q2} and {article(c1)} {q1}")
            for _, q1, c1, q2, c2 in module._ATTRIBUTION]
    assert len(colours) == len(ours) == 30
    assert all(drawn in either_order for drawn, either_order in zip(colours, ours))
    relations = _drawn([c.prompt.split(" with ", 1)[1] for c in lvd if " to its " in c.prompt], RELATION_DRAWS[module])
    assert len(relations) == len(module._DYNAMIC_TWO) == 30
    for relation, (_, mover, reference, leftward) in zip(relations, module._DYNAMIC_TWO):
        start, end = ("right", "left") if leftward else ("left", "right")
        assert relation == f"{article(mover)} moving from the {start} of {article(reference)} to its {end}"


@pytest.mark.parametrize("position", range(1, len(SETS)), ids=lambda i: _name(SETS[i]))
def test_no_prompt_is_borrowed_from_an_earlier_set(position):
    earlier = {_normal(case.prompt) for module in SETS[:position] for case in module.blind_set()}
    assert not earlier & {_normal(case.prompt) for case in SETS[position].blind_set()}
