"""The twenty-second held-out set's shape only; its score is measured once, outside the test suite."""

from collections import Counter

from tests.helpers import blind_set_19 as set19
from tests.helpers import blind_set_20 as set20
from tests.helpers import blind_set_21 as set21
from tests.helpers import blind_set_22 as set22
from tests.helpers.blind_prompts import BLIND_FAMILIES
from tests.helpers.lvd_benchmark import BARE_CLASSES, COLOURS, article, lvd_prompts

# The set writes LVD's "gray" the British way.
_SPELLINGS = {"gray": "grey"}


def _normal(prompt: str) -> str:
    return " ".join(prompt.lower().split())


def test_thirty_reworded_prompts_per_family():
    cases = set22.blind_set()
    assert len(cases) == 180
    assert Counter(case.family for case in cases) == dict.fromkeys(BLIND_FAMILIES, 30)
    assert len(set22._APPEARS) == len(set22._VANISHES) == 15


def test_prompts_are_distinct_sentences():
    prompts = [case.prompt for case in set22.blind_set()]
    assert len({_normal(p) for p in prompts}) == len(prompts)


def test_every_direction_and_route_is_asked_for():
    assert Counter(leftward for _, _, leftward in set22._DYNAMIC_ONE) == {True: 15, False: 15}
    assert {route for _, _, route in set22._SEQUENTIAL} == set(set22.SEQUENTIAL_ROUTES)
    assert {count for _, _, count in set22._NUMERACY} == {1, 2, 3, 4}


def test_each_prompt_names_the_lvd_classes_and_colours_its_check_asks_for():
    rows = [(p, [q]) for p, q, _ in set22._NUMERACY + set22._DYNAMIC_ONE + set22._SEQUENTIAL]
    rows += [(p, [q]) for p, q in set22._APPEARS + set22._VANISHES]
    rows += [(p, [q1, q2]) for p, q1, _, q2, _ in set22._ATTRIBUTION]
    rows += [(p, [mover, reference]) for p, mover, reference, _ in set22._DYNAMIC_TWO]
    for prompt, queries in rows:
        assert set(queries) <= set(BARE_CLASSES), prompt
        assert all(query in prompt.lower() for query in queries), prompt
    for prompt, _, colour1, _, colour2 in set22._ATTRIBUTION:
        assert colour1 != colour2 and {colour1, colour2} <= set(COLOURS), prompt
        for colour in (colour1, colour2):
            assert _SPELLINGS.get(colour, colour) in prompt.lower(), prompt


def test_pairs_are_lvds_own_draws():
    lvd = lvd_prompts()
    drawn_colours = [case.prompt.split(" with ", 1)[1] for case in lvd if case.family == "attribution"][30:60]
    ours = [f"{article(c1)} {q1} and {article(c2)} {q2}" for _, q1, c1, q2, c2 in set22._ATTRIBUTION]
    swapped = [f"{article(c2)} {q2} and {article(c1)} {q1}" for _, q1, c1, q2, c2 in set22._ATTRIBUTION]
    assert all(drawn in (a, b) for drawn, a, b in zip(drawn_colours, ours, swapped, strict=True))
    relations = [case.prompt.split(" with ", 1)[1] for case in lvd if " to its " in case.prompt][20:50]
    for relation, (_, mover, reference, leftward) in zip(relations, set22._DYNAMIC_TWO, strict=True):
        start, end = ("right", "left") if leftward else ("left", "right")
        assert relation == f"{article(mover)} moving from the {start} of {article(reference)} to its {end}"


def test_no_prompt_is_borrowed_from_the_earlier_blind_sets():
    earlier = {_normal(case.prompt) for case in set19.blind_set() + set20.blind_set() + set21.blind_set()}
    assert not earlier & {_normal(case.prompt) for case in set22.blind_set()}
