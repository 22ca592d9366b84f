"""The twenty-fourth held-out set's shape only; its score is measured once, outside the test suite."""

from collections import Counter

from tests.helpers import blind_set_19 as set19
from tests.helpers import blind_set_20 as set20
from tests.helpers import blind_set_21 as set21
from tests.helpers import blind_set_22 as set22
from tests.helpers import blind_set_23 as set23
from tests.helpers import blind_set_24 as set24
from tests.helpers.blind_prompts import BLIND_FAMILIES
from tests.helpers.lvd_benchmark import BARE_CLASSES, COLOURS, SEQUENTIAL_ROUTES, article, lvd_prompts


def test_thirty_paraphrased_prompts_per_family():
    cases = set24.blind_set()
    assert len(cases) == 180
    assert Counter(case.family for case in cases) == dict.fromkeys(BLIND_FAMILIES, 30)
    assert len(set24._APPEARS) == len(set24._VANISHES) == 15


def test_prompts_are_distinct_sentences():
    prompts = [case.prompt for case in set24.blind_set()]
    assert len({" ".join(p.lower().split()) for p in prompts}) == len(prompts)


def test_each_prompt_names_the_lvd_classes_and_colours_its_check_asks_for():
    rows = [(p, [q]) for p, q, _ in set24._NUMERACY + set24._DYNAMIC_ONE + set24._SEQUENTIAL]
    rows += [(p, [q]) for p, q in set24._APPEARS + set24._VANISHES]
    rows += [(p, [q1, q2]) for p, q1, _, q2, _ in set24._ATTRIBUTION]
    rows += [(p, [mover, reference]) for p, mover, reference, _ in set24._DYNAMIC_TWO]
    for prompt, queries in rows:
        assert set(queries) <= set(BARE_CLASSES), prompt
        assert all(query in prompt.lower() for query in queries), prompt
    for prompt, _, colour1, _, colour2 in set24._ATTRIBUTION:
        assert colour1 != colour2 and {colour1, colour2} <= set(COLOURS), prompt
        assert colour1 in prompt.lower() and colour2 in prompt.lower(), prompt


def test_counts_directions_and_routes_cover_lvds_range():
    counts = Counter((query, count) for _, query, count in set24._NUMERACY)
    assert {count for _, count in counts} == {1, 2, 3, 4}
    assert all((query, count) in counts for query in BARE_CLASSES for count in range(1, 5))
    directions = Counter((query, leftward) for _, query, leftward in set24._DYNAMIC_ONE)
    assert directions == dict.fromkeys(((q, d) for q in BARE_CLASSES for d in (True, False)), 3)
    assert {route for _, _, route in set24._SEQUENTIAL} == set(SEQUENTIAL_ROUTES)
    assert {query for _, query, _ in set24._SEQUENTIAL} == set(BARE_CLASSES)


def test_pairs_are_lvds_next_draws_wrapping_the_fifty_relations():
    lvd = lvd_prompts()
    drawn_colours = [case.prompt.split(" with ", 1)[1] for case in lvd if case.family == "attribution"][60:90]
    ours = [f"{article(c1)} {q1} and {article(c2)} {q2}" for _, q1, c1, q2, c2 in set24._ATTRIBUTION]
    swapped = [f"{article(c2)} {q2} and {article(c1)} {q1}" for _, q1, c1, q2, c2 in set24._ATTRIBUTION]
    assert len(drawn_colours) == 30
    assert all(drawn in (a, b) for drawn, a, b in zip(drawn_colours, ours, swapped))
    relations = [case.prompt.split(" with ", 1)[1] for case in lvd if " to its " in case.prompt][0:30]
    assert len(relations) == 30
    for relation, (_, mover, reference, leftward) in zip(relations, set24._DYNAMIC_TWO):
        start, end = ("right", "left") if leftward else ("left", "right")
        assert relation == f"{article(mover)} moving from the {start} of {article(reference)} to its {end}"


def test_no_prompt_is_borrowed_from_the_earlier_blind_sets():
    def normal(prompt):
        return " ".join(prompt.lower().split())

    earlier_sets = (set19, set20, set21, set22, set23)
    earlier = {normal(case.prompt) for module in earlier_sets for case in module.blind_set()}
    assert not earlier & {normal(case.prompt) for case in set24.blind_set()}


def test_prompts_are_of_medium_length():
    for case in set24.blind_set():
        assert 8 <= len(case.prompt.split()) <= 25, case.prompt
