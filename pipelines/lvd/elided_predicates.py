"""A move said once and lent to a second thing: "A cat walks right. So does a dog." is a dog walking right too.

English leaves out a predicate it has just said: "so does a dog", "a dog does too", "and a dog does the same",
", as does a dog". Read as written, the second thing has nothing to do (or, as a short sentence of its own, looks like a
heading). The previous clause's predicate, from its first verb on, is said again for the new subject. "Neither does a
dog" and "nor does a dog" are left alone: their predicate is the negated one, which a copy would turn around.
"""

from __future__ import annotations

import re

from .vocabulary import NUMBER_WORDS, VERB_KINDS

_DETERMINER = r"(?:a|an|the|another|its|his|her|their|" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) + r")"
# the lent subject: a determiner and up to four words, up to the clause's end
_SUBJECT = rf"(?P<subject>{_DETERMINER}(?: [a-z-]+){{1,4}}?)"
_CLAUSE_END = r"(?=\s*(?:[.;!?]|,|$))"
# "so does a dog", "and so do two cats" (the "so" leads); ", as does a dog"
_SO_DOES_RE = re.compile(rf"\b(?P<lead>so|as) (?:does|do|did) {_SUBJECT}(?: too| as well)?{_CLAUSE_END}")
# "a dog does too", "two cats do the same (thing)", "a dog does likewise", "a dog does so too"
_DOES_TOO_RE = re.compile(rf"\b{_SUBJECT} (?:does|do|did) (?:so )?(?:too|as well|likewise|the same(?: thing)?){_CLAUSE_END}")
# where the clause that holds the predicate begins
_CLAUSE_START_RE = re.compile(r"[.;!?]\s*|,\s*(?:and |but )?|\b(?:and|but|while) ")


def might_elide(text: str) -> bool:
    """The cheap gate: an auxiliary standing in for a verb."""
    return "does " in text or " do " in text or "did " in text


def elided_predicates_said(text: str) -> str:
    """``text`` with each predicate left out after "so does", "does too" and the like said again for its subject."""
    for pattern in (_SO_DOES_RE, _DOES_TOO_RE):
        text = _lent(pattern, text)
    return text


def _lent(pattern: re.Pattern, text: str) -> str:
    parts, last = [], 0
    for match in pattern.finditer(text):
        predicate = _previous_predicate(text[:match.start()])
        if predicate is None:
            continue
        lead = "and " if match.groupdict().get("lead") == "as" else ""
        parts += [text[last:match.start()], f"{lead}{match['subject']} {predicate}"]
        last = match.end()
    return "".join(parts) + text[last:] if parts else text


def _previous_predicate(before: str) -> str | None:
    """The predicate of the clause just before: its words from the first verb after the subject on."""
    before = re.sub(r"(?:[\s,.;]|\band\b|\bbut\b)+$", "", before)
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(before)]
    words = before[starts[-1] if starts else 0:].split()
    for i in range(1, len(words)):
        if words[i] in VERB_KINDS and words[i] not in ("does", "do", "did"):
            return " ".join(words[i:])
    return None
