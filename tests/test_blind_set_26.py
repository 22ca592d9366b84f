"""The twenty-sixth held-out set's shape only; its score is measured once, outside the test suite."""

import re
from collections import Counter

from tests.helpers import blind_set_19 as set19
from tests.helpers import blind_set_20 as set20
from tests.helpers import blind_set_21 as set21
from tests.helpers import blind_set_22 as set22
from tests.helpers import blind_set_23 as set23
from tests.helpers import blind_set_24 as set24
from tests.helpers import blind_set_25 as set25
from tests.helpers import blind_set_26 as set26
from tests.helpers.blind_prompts import BLIND_FAMILIES
from tests.helpers.lvd_benchmark import BARE_CLASSES, COLOURS, SEQUENTIAL_ROUTES, article, lvd_prompts


def _rows_with_queries():
    rows = [(p, [q]) for p, q, _ in set26._NUMERACY + set26._DYNAMIC_ONE + set26._SEQUENTIAL]
    rows += [(p, [q]) for p, q in set26._APPEARS + set26._VANISHES]
    rows += [(p, [q1, q2]) for p, q1, _, q2, _ in set26._ATTRIBUTION]
    rows += [(p, [mover, reference]) for p, mover, reference, _ in set26._DYNAMIC_TWO]
    return rows


def _whole_words(prompt, vocabulary, plurals):
    suffix = "s?" if plurals else ""
    return {word for word in vocabulary if re.search(rf"\b{word}{suffix}\b", prompt.lower())}


def test_thirty_rewritten_prompts_per_family():
    cases = set26.blind_set()
    assert len(cases) == 180
    assert Counter(case.family for case in cases) == dict.fromkeys(BLIND_FAMILIES, 30)
    assert len(set26._APPEARS) == len(set26._VANISHES) == 15


def test_prompts_are_distinct_sentences():
    prompts = [case.prompt for case in set26.blind_set()]
    assert len({" ".join(p.lower().split()) for p in prompts}) == len(prompts)


def test_each_prompt_names_exactly_the_lvd_classes_its_check_asks_for():
    for prompt, queries in _rows_with_queries():
        assert set(queries) <= set(BARE_CLASSES), prompt
        assert _whole_words(prompt, BARE_CLASSES, plurals=True) == set(queries), prompt


def test_each_attribution_prompt_names_exactly_its_two_colours():
    for prompt, _, colour1, _, colour2 in set26._ATTRIBUTION:
        assert colour1 != colour2 and {colour1, colour2} <= set(COLOURS), prompt
        assert _whole_words(prompt, COLOURS + ["grey"], plurals=False) == {colour1, colour2}, prompt


def test_no_count_is_a_bare_digit_beside_a_class_noun():
    for prompt, queries in _rows_with_queries():
        for query in queries:
            assert not re.search(rf"\b\d+\s+(\w+\s+)?{query}", prompt.lower()), prompt


def test_counts_directions_and_routes_cover_lvds_range():
    counts = Counter((query, count) for _, query, count in set26._NUMERACY)
    assert all((query, count) in counts for query in BARE_CLASSES for count in range(1, 5))
    directions = Counter((query, leftward) for _, query, leftward in set26._DYNAMIC_ONE)
    assert directions == dict.fromkeys(((q, d) for q in BARE_CLASSES for d in (True, False)), 3)
    appearing = Counter(query for _, query in set26._APPEARS)
    vanishing = Counter(query for _, query in set26._VANISHES)
    assert appearing == vanishing == dict.fromkeys(BARE_CLASSES, 3)
    assert {(query, route) for _, query, route in set26._SEQUENTIAL} == {
        (query, route) for query in BARE_CLASSES for route in SEQUENTIAL_ROUTES}


def test_pairs_are_lvds_next_draws_in_order():
    lvd = lvd_prompts()
    colours = [case.prompt.split(" with ", 1)[1] for case in lvd if case.family == "attribution"]
    drawn_colours = colours[20:50]
    ours = [f"{article(c1)} {q1} and {article(c2)} {q2}" for _, q1, c1, q2, c2 in set26._ATTRIBUTION]
    swapped = [f"{article(c2)} {q2} and {article(c1)} {q1}" for _, q1, c1, q2, c2 in set26._ATTRIBUTION]
    assert len(drawn_colours) == len(ours) == 30
    assert all(drawn in (a, b) for drawn, a, b in zip(drawn_colours, ours, swapped))
    all_relations = [case.prompt.split(" with ", 1)[1] for case in lvd if " to its " in case.prompt]
    relations = all_relations[10:40]
    assert len(relations) == len(set26._DYNAMIC_TWO) == 30
    for relation, (_, mover, reference, leftward) in zip(relations, set26._DYNAMIC_TWO):
        start, end = ("right", "left") if leftward else ("left", "right")
        assert relation == f"{article(mover)} moving from the {start} of {article(reference)} to its {end}"


def test_no_prompt_is_borrowed_from_the_earlier_blind_sets():
    def normal(prompt):
        return " ".join(prompt.lower().split())

    earlier_sets = (set19, set20, set21, set22, set23, set24, set25)
    earlier = {normal(case.prompt) for module in earlier_sets for case in module.blind_set()}
    assert not earlier & {normal(case.prompt) for case in set26.blind_set()}


def test_prompts_are_six_to_forty_five_words():
    for case in set26.blind_set():
        assert 6 <= len(case.prompt.split()) <= 45, case.prompt
