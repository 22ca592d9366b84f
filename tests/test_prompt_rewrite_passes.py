"""The table of rewrite passes that puts a prompt's surface into plain words: its order is part of the reading.

Most passes rewrite one voice or one phrase and could run anywhere, but some read what another leaves behind (a
radio cue sheet's "SFX:" labels look like a transcript's speakers until the cue sheet reader has gone over them).
Each such constraint is checked twice: the table keeps it, and running the later pass first misreads a prompt.
"""

import functools

import pytest

from pipelines.lvd import prompt_reading
from pipelines.lvd.prompt_rewrites import READING_PASSES, rewritten_for_reading
from pipelines.lvd.rewrite_draft import Draft
from tests.helpers import lvd_benchmark as bench
from tests.helpers.planned import PLANNER, names

PASS_NAMES = [p.name for p in READING_PASSES]

# (the pass that must run first, the pass that must run after it, a prompt, what its layout must hold)
ORDER_CONSTRAINTS = [
    ("cue sheet", "transcript", "SFX: a dog barks twice. VISUAL: a red car drives from the left to the right. SFX: rain.",
     lambda prompt: names(prompt) == ["red car"]),
    ("quiz", "transcript", "Q: Which animals are in it? A: Dogs. Q: How many? A: Four. Q: Is there anything else? A: No, nothing "
                           "else.",
     lambda prompt: bench.numeracy("dog", 4, bench.layout_condition(PLANNER.plan(prompt).layout))),
    ("lower case", "broadcast", "Pet desk here, and right now we've got three lively rabbits in the picture and nothing else. "
                                "Back to you.",
     lambda prompt: names(prompt) == ["rabbit"] * 3),
]


def with_pass_moved_before(later: str, earlier: str) -> tuple:
    passes = list(READING_PASSES)
    moved = passes.pop(PASS_NAMES.index(later))
    passes.insert(PASS_NAMES.index(earlier), moved)
    return tuple(passes)


def test_every_pass_has_its_own_name():
    assert len(PASS_NAMES) == len(set(PASS_NAMES))


@pytest.mark.parametrize("earlier, later, prompt, holds", ORDER_CONSTRAINTS, ids=[f"{a}<{b}" for a, b, *_ in ORDER_CONSTRAINTS])
def test_the_table_keeps_each_order_constraint(earlier, later, prompt, holds):
    assert PASS_NAMES.index(earlier) < PASS_NAMES.index(later)
    assert holds(prompt)


@pytest.mark.parametrize("earlier, later, prompt, holds", ORDER_CONSTRAINTS, ids=[f"{a}<{b}" for a, b, *_ in ORDER_CONSTRAINTS])
def test_running_the_later_pass_first_misreads_the_prompt(monkeypatch, earlier, later, prompt, holds):
    swapped = functools.partial(rewritten_for_reading, passes=with_pass_moved_before(later, earlier))
    monkeypatch.setattr(prompt_reading, "rewritten_for_reading", swapped)
    assert not holds(prompt)


def test_a_pass_runs_only_when_its_gate_lets_it():
    draft = Draft("a dog walks to the left")
    ran = [p.name for p in READING_PASSES if p.gate(draft)]
    assert "contractions" not in ran and "arrows" not in ran and "lower case" in ran


def test_whole_word_gates_see_the_words_as_noted_not_as_each_voice_leaves_them():
    draft = Draft("a cat sits.")
    assert "cat" in draft.words
    draft.text = "a dog sits."
    assert "cat" in draft.words  # still the noted words
    draft.noted = draft.text
    assert "dog" in draft.words and "cat" not in draft.words
