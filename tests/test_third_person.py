"""One rule tells a bare verb of one subject (``word_guessing.third_person``); the voice rewrites share it.

A learner's "it roll ... and finish in the corner" once became "finishs" (a copy of the rule that knew only "-o" and
"-y"), which is no English.
"""

from __future__ import annotations

import pytest

from pipelines.lvd.ticket_learner_and_abstract_voices import ticket_learner_and_abstract_in_plain_words
from pipelines.lvd.word_guessing import third_person


@pytest.mark.parametrize(("verb", "said"), [("walk", "walks"), ("pass", "passes"), ("finish", "finishes"),
                                            ("watch", "watches"), ("fix", "fixes"), ("buzz", "buzzes"),
                                            ("go", "goes"), ("fly", "flies"), ("play", "plays")])
def test_a_bare_verb_told_of_one_subject(verb, said):
    assert third_person(verb) == said


def test_a_plural_subject_keeps_the_bare_verb():
    assert third_person("walk", plural=True) == "walk"


def test_a_learners_bare_verbs_after_it_are_told_of_one_thing():
    said = ticket_learner_and_abstract_in_plain_words("a ball is at left. it roll to the right and finish in the corner.")
    assert "it rolls to the right and finishes in the corner" in said
