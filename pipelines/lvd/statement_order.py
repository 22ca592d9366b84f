"""A subject said after its auxiliary, put back before its verb: the order the clause reader reads.

"only in the second half does a dog run right", "where do two cats go", "Could a dog run from A to B?": the subject
comes after "does", "do", "did" or a question's opening modal, its verb bare. The reader takes a subject before its
verb, so the clause is said in statement order ("a dog runs right"), the verb given the ending its noun asks.
"""

from __future__ import annotations

import re

from .object_classes import noun_class, singular
from .vocabulary import VERB_KINDS

# "only in the second half does a dog run right", "where do two cats go": the subject after the auxiliary, its verb bare
INVERTED_AUX_RE = re.compile(r"\b(?P<aux>does|do|did) (?P<said>(?:the|a|an|one|two|three|four|five|six|\d+)(?: [a-z]+){2,4})")
# "Could a dog run from A to B?", "Can the car drive ...?": a question opening on a modal proposes the scene it asks about
QUESTION_MODAL_RE = re.compile(r"(?:^|(?<=[.?!;:] ))(?P<aux>could|can|would|might|will|should|may) "
                               r"(?P<said>(?:the|a|an|one|two|three|four|five|six|\d+)(?: [a-z]+){2,4})(?=[^.!]*\?)")


def _in_statement_order(match: re.Match) -> str:
    """"does a dog run right": "a dog runs right", the verb found after the subject's noun and given its ending."""
    words = match.group("said").split()
    for i in range(2, len(words)):
        verb, noun = words[i], words[i - 1]
        if verb in VERB_KINDS and noun_class(noun) is not None:
            if singular(noun) == noun:
                verb = next((form for form in (verb + "s", verb + "es", verb[:-1] + "ies") if form in VERB_KINDS), verb)
            return " ".join(words[:i] + [verb] + words[i + 1:])
    return match.group(0)


def inverted_auxiliaries_in_statement_order(text: str) -> str:
    return INVERTED_AUX_RE.sub(_in_statement_order, text)


def question_modals_in_statement_order(text: str) -> str:
    return QUESTION_MODAL_RE.sub(_in_statement_order, text)
