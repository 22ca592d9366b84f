"""Text clean-up the voice rewrites share: a rewrite that drops words leaves doubled spaces and spaces before
punctuation, and the reader after it should see the same text whichever voice wrote it."""

from __future__ import annotations

import re

# where a clause starts: the prompt's start, or after a sentence mark and its space (a pattern fragment, used inside others)
CLAUSE_START = r"(?:^|(?<=[.;:!?] ))"

_SPACES_RE = re.compile(r" {2,}")
_SPACE_BEFORE_MARK_RE = re.compile(r" +([,.;:!?])")

# "bottom right → top left", "A -> B", "A => B": an arrow from one stop of a route to the next
ARROW_RE = re.compile(r"\s*(?:→|⟶|⇒|⟹|➔|➜|➝|-+>|=+>|»)\s*")


def spaces_tidied(text: str) -> str:
    """``text`` with one space between words, none before punctuation, and none at either end."""
    return _SPACE_BEFORE_MARK_RE.sub(r"\1", _SPACES_RE.sub(" ", text)).strip(" ")
