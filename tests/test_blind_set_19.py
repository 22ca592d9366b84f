"""The nineteenth held-out set's shape only; its score is measured once, outside the test suite."""

from collections import Counter

from tests.helpers.blind_prompts import BLIND_FAMILIES
from tests.helpers.blind_set_19 import blind_set


def test_thirty_hand_written_prompts_per_family():
    cases = blind_set()
    assert len(cases) == 180
    assert Counter(case.family for case in cases) == dict.fromkeys(BLIND_FAMILIES, 30)


def test_prompts_are_distinct_sentences_of_five_to_forty_words():
    prompts = [case.prompt for case in blind_set()]
    assert len({" ".join(p.lower().split()) for p in prompts}) == len(prompts)
    lengths = [len(p.split()) for p in prompts]
    assert min(lengths) >= 5 and max(lengths) <= 40, (min(lengths), max(lengths))
