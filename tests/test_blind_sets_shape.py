"""The held-out planner sets' shape only: their scores are measured once, outside the test suite.

Each set retells LVD's stage-1 prompts by hand, 30 per family, keeping LVD's class nouns, colour
words, counts, halves, directions, relations and routes, and taking LVD's next attribution pairs and
two-object relations. These checks keep a set honest to that content; they never run the planner.
"""

import re
from collections import Counter

import pytest

from tests.helpers.blind_prompts import BLIND_FAMILIES
from tests.helpers.blind_sets import FULL_SETS as SETS
from tests.helpers.blind_sets import set_name as _name
from tests.helpers.blind_sets import set_number
from tests.helpers.lvd_benchmark import BARE_CLASSES, COLOURS, SEQUENTIAL_ROUTES, article, lvd_prompts

# Draws are (start, stop) slices of LVD's attribution pairs and of its two-object
# relations, in LVD's order; a set that wraps round the end takes two slices.
ATTRIBUTION_DRAWS = {21: [(0, 30)], 22: [(30, 60)], 23: [(30, 60)],
                     24: [(60, 90)], 25: [(90, 100), (0, 20)],
                     26: [(20, 50)], 27: [(50, 80)],
                     28: [(80, 100), (0, 10)], 29: [(10, 40)],
                     30: [(40, 70)], 31: [(70, 100)],
                     32: [(0, 30)], 33: [(30, 60)], 34: [(60, 90)],
                     35: [(90, 100), (0, 20)], 36: [(20, 50)],
                     37: [(50, 80)], 38: [(80, 100), (0, 10)],
                     39: [(10, 40)], 40: [(40, 70)],
                     41: [(70, 100)], 42: [(0, 30)],
                     43: [(30, 60)], 44: [(60, 90)],
                     45: [(90, 100), (0, 20)], 46: [(20, 50)],
                     47: [(50, 80)],
                     48: [(80, 100), (0, 10)],
                     49: [(10, 40)],
                     50: [(40, 70)],
                     51: [(70, 100)],
                     52: [(0, 30)],
                     53: [(30, 60)],
                     54: [(60, 90)],
                     55: [(90, 100), (0, 20)],
                     56: [(20, 50)],
                     57: [(50, 80)],
                     58: [(80, 100), (0, 10)],
                     59: [(10, 40)],
                     60: [(40, 70)],
                     61: [(70, 100)],
                     62: [(0, 30)],
                     63: [(30, 60)],
                     64: [(60, 90)],
                     65: [(90, 100), (0, 20)],
                     66: [(20, 50)],
                     67: [(50, 80)],
                     68: [(80, 100), (0, 10)],
                     69: [(10, 40)],
                     70: [(40, 70)],
                     71: [(70, 100)],
                     72: [(0, 30)],
                     73: [(30, 60)],
                     74: [(60, 90)],
                     75: [(90, 100), (0, 20)],
                     76: [(20, 50)],
                     77: [(70, 100)],
                     78: [(0, 30)],
                     79: [(40, 70)],
                     80: [(10, 40)],
                     81: [(80, 100), (0, 10)],
                     82: [(50, 80)],
                     83: [(70, 100)],
                     84: [(0, 30)],
                     85: [(30, 60)],
                     86: [(90, 100), (0, 20)],
                     87: [(60, 90)],
                     88: [(10, 40)],
                     89: [(40, 70)],
                     90: [(80, 100), (0, 10)],
                     91: [(20, 50)],
                     92: [(50, 80)],
                     93: [(70, 100)],
                     94: [(0, 30)],
                     95: [(30, 60)],
                     96: [(90, 100), (0, 20)],
                     97: [(60, 90)],
                     98: [(10, 40)],
                     99: [(40, 70)],
                     100: [(80, 100), (0, 10)],
                     101: [(20, 50)],
                     102: [(50, 80)],
                     103: [(0, 30)],
                     104: [(70, 100)],
                     105: [(30, 60)],
                     106: [(80, 100), (0, 10)],
                     107: [(40, 70)],
                     108: [(10, 40)],
                     109: [(50, 80)],
                     110: [(0, 30)],
                     111: [(20, 50)],
                     112: [(60, 90)],
                     113: [(0, 30)],
                     114: [(70, 100)],
                     115: [(40, 70)],
                     116: [(10, 40)],
                     117: [(50, 80)],
                     118: [(80, 100), (0, 10)],
                     119: [(20, 50)],
                     120: [(60, 90)],
                     121: [(0, 30)],
                     122: [(70, 100)],
                     123: [(40, 70)],
                     124: [(10, 40)],
                     125: [(50, 80)],
                     126: [(80, 100), (0, 10)],
                     127: [(20, 50)],
                     128: [(60, 90)],
                     129: [(0, 30)],
                     130: [(70, 100)],
                     134: [(40, 70)],
                     133: [(90, 100), (0, 20)],
                     131: [(30, 60)],
                     132: [(60, 90)],
                     137: [(20, 50)],
                     138: [(50, 80)],
                     135: [(0, 30)],
                     136: [(70, 100)],
                     139: [(30, 60)],
                     140: [(60, 90)],
                     141: [(90, 100), (0, 20)],
                     142: [(40, 70)],
                     143: [(0, 30)],
                     144: [(70, 100)],
                     145: [(20, 50)],
                     146: [(50, 80)],
                     147: [(30, 60)],
                     148: [(60, 90)],
                     149: [(90, 100), (0, 20)],
                     150: [(40, 70)],
                     151: [(70, 100)],
                     152: [(0, 30)],
                     153: [(30, 60)],
                     154: [(60, 90)],
                     155: [(90, 100), (0, 20)],
                     156: [(40, 70)],
                     157: [(20, 50)],
                     158: [(50, 80)],
                     159: [(80, 100), (0, 10)],
                     160: [(10, 40)],
                     161: [(60, 90)],
                     162: [(30, 60)]}
RELATION_DRAWS = {21: [(0, 30)], 22: [(20, 50)], 23: [(20, 50)],
                  24: [(0, 30)], 25: [(30, 50), (0, 10)],
                  26: [(10, 40)], 27: [(40, 50), (0, 20)],
                  28: [(20, 50)], 29: [(0, 30)],
                  30: [(30, 50), (0, 10)], 31: [(10, 40)],
                  32: [(40, 50), (0, 20)], 33: [(20, 50)], 34: [(0, 30)],
                  35: [(30, 50), (0, 10)], 36: [(10, 40)],
                  37: [(40, 50), (0, 20)], 38: [(20, 50)],
                  39: [(0, 30)], 40: [(30, 50), (0, 10)],
                  41: [(10, 40)], 42: [(40, 50), (0, 20)],
                  43: [(20, 50)], 44: [(0, 30)],
                  45: [(30, 50), (0, 10)], 46: [(10, 40)],
                  47: [(40, 50), (0, 20)],
                  48: [(20, 50)],
                  49: [(0, 30)],
                  50: [(30, 50), (0, 10)],
                  51: [(10, 40)],
                  52: [(40, 50), (0, 20)],
                  53: [(20, 50)],
                  54: [(0, 30)],
                  55: [(30, 50), (0, 10)],
                  56: [(10, 40)],
                  57: [(40, 50), (0, 20)],
                  58: [(20, 50)],
                  59: [(0, 30)],
                  60: [(30, 50), (0, 10)],
                  61: [(10, 40)],
                  62: [(40, 50), (0, 20)],
                  63: [(20, 50)],
                  64: [(0, 30)],
                  65: [(30, 50), (0, 10)],
                  66: [(10, 40)],
                  67: [(40, 50), (0, 20)],
                  68: [(20, 50)],
                  69: [(0, 30)],
                  70: [(30, 50), (0, 10)],
                  71: [(10, 40)],
                  72: [(40, 50), (0, 20)],
                  73: [(20, 50)],
                  74: [(0, 30)],
                  75: [(30, 50), (0, 10)],
                  76: [(10, 40)],
                  77: [(20, 50)],
                  78: [(40, 50), (10, 30)],
                  79: [(0, 30)],
                  80: [(20, 50)],
                  81: [(30, 50), (0, 10)],
                  82: [(10, 40)],
                  83: [(40, 50), (0, 20)],
                  84: [(20, 50)],
                  85: [(0, 30)],
                  86: [(30, 50), (0, 10)],
                  87: [(10, 40)],
                  88: [(40, 50), (0, 20)],
                  89: [(20, 50)],
                  90: [(0, 30)],
                  91: [(30, 50), (0, 10)],
                  92: [(10, 40)],
                  93: [(40, 50), (0, 20)],
                  94: [(20, 50)],
                  95: [(0, 30)],
                  96: [(30, 50), (0, 10)],
                  97: [(10, 40)],
                  98: [(40, 50), (0, 20)],
                  99: [(20, 50)],
                  100: [(0, 30)],
                  101: [(30, 50), (0, 10)],
                  102: [(10, 40)],
                  103: [(20, 50)],
                  104: [(40, 50), (0, 20)],
                  105: [(0, 30)],
                  106: [(30, 50), (0, 10)],
                  107: [(10, 40)],
                  108: [(20, 50)],
                  109: [(0, 10), (30, 50)],
                  110: [(40, 50), (10, 30)],
                  111: [(10, 40)],
                  112: [(30, 50), (0, 10)],
                  113: [(20, 50)],
                  114: [(0, 30)],
                  115: [(40, 50), (0, 20)],
                  116: [(10, 40)],
                  117: [(30, 50), (0, 10)],
                  118: [(20, 50)],
                  119: [(0, 30)],
                  120: [(30, 50), (0, 10)],
                  121: [(20, 50)],
                  122: [(10, 40)],
                  123: [(40, 50), (0, 20)],
                  124: [(10, 40)],
                  125: [(30, 50), (0, 10)],
                  126: [(20, 50)],
                  127: [(0, 30)],
                  128: [(30, 50), (0, 10)],
                  129: [(20, 50)],
                  130: [(10, 40)],
                  134: [(30, 50), (0, 10)],
                  133: [(0, 30)],
                  131: [(40, 50), (0, 20)],
                  132: [(20, 50)],
                  137: [(20, 50)],
                  138: [(0, 30)],
                  135: [(10, 40)],
                  136: [(40, 50), (0, 20)],
                  139: [(0, 30)],
                  140: [(20, 50)],
                  141: [(40, 50), (0, 20)],
                  142: [(10, 40)],
                  143: [(30, 50), (0, 10)],
                  144: [(10, 40)],
                  145: [(40, 50), (0, 20)],
                  146: [(20, 50)],
                  147: [(0, 30)],
                  148: [(20, 50)],
                  149: [(40, 50), (0, 20)],
                  150: [(10, 40)],
                  151: [(30, 50), (0, 10)],
                  152: [(0, 30)],
                  153: [(20, 50)],
                  154: [(10, 40)],
                  155: [(40, 50), (0, 20)],
                  156: [(10, 40)],
                  157: [(30, 50), (0, 10)],
                  158: [(20, 50)],
                  159: [(0, 30)],
                  160: [(20, 50)],
                  161: [(40, 50), (0, 20)],
                  162: [(10, 40)]}
# Sets whose tables are split per family (set 19 only exposes its cases).
TABLED = SETS[1:]
# Sets written to cover every (class, count) and (class, direction) pair, not only every count and direction.
EVEN_COVERAGE = [module for module in SETS if set_number(module) >= 23]
# Sets whose voice never writes a count as a digit (so a digit beside a class noun would be a slip).
WORDED_COUNTS = [module for module in SETS if set_number(module) in (26, 28, 29, 30) or set_number(module) >= 32]
# Spellings a set uses for LVD's colour words.
SPELLINGS = {22: {"gray": "grey"}}


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
    spelled = SPELLINGS.get(set_number(module), {})
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


@pytest.mark.parametrize("module", [m for m in SETS if set_number(m) in ATTRIBUTION_DRAWS], ids=_name)
def test_pairs_are_lvds_draws_in_order(module):
    lvd = lvd_prompts()
    colours = _drawn([c.prompt.split(" with ", 1)[1] for c in lvd if c.family == "attribution"],
                     ATTRIBUTION_DRAWS[set_number(module)])
    ours = [(f"{article(c1)} {q1} and {article(c2)} {q2}", f"{article(c2)} {q2} and {article(c1)} {q1}")
            for _, q1, c1, q2, c2 in module._ATTRIBUTION]
    assert len(colours) == len(ours) == 30
    assert all(drawn in either_order for drawn, either_order in zip(colours, ours))
    relations = _drawn([c.prompt.split(" with ", 1)[1] for c in lvd if " to its " in c.prompt],
                       RELATION_DRAWS[set_number(module)])
    assert len(relations) == len(module._DYNAMIC_TWO) == 30
    for relation, (_, mover, reference, leftward) in zip(relations, module._DYNAMIC_TWO):
        start, end = ("right", "left") if leftward else ("left", "right")
        assert relation == f"{article(mover)} moving from the {start} of {article(reference)} to its {end}"


@pytest.mark.parametrize("position", range(1, len(SETS)), ids=lambda i: _name(SETS[i]))
def test_no_prompt_is_borrowed_from_an_earlier_set(position):
    earlier = {_normal(case.prompt) for module in SETS[:position] for case in module.blind_set()}
    assert not earlier & {_normal(case.prompt) for case in SETS[position].blind_set()}
