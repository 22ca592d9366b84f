"""Text clean-up the voice rewrites share: a rewrite that drops words leaves doubled spaces and spaces before
punctuation, and the reader after it should see the same text whichever voice wrote it."""

from __future__ import annotations

import re

# where a clause starts: the prompt's start, or after a sentence mark and its space (a pattern fragment, used inside others)
CLAUSE_START = r"(?:^|(?<=[.;:!?] ))"

_SPACES_RE = re.compile(r" {2,}")
_SPACE_BEFORE_MARK_RE = re.compile(r" +([,.;:!?])")

# "bottom right → top left", "A -> B", "A => B": an arrow from one stop of a route to the next (a pattern fragment)
ARROW = r"(?:→|⟶|⇒|⟹|➔|➜|➝|-+>|=+>|»)"
# the characters an arrow ends in, bare ">" among them: a text without any holds no arrow, a cheap test first
ARROW_CHARS = "→⟶⇒⟹➔➜➝>»"
ARROW_RE = re.compile(rf"\s*{ARROW}\s*")


def any_said_re(spellings) -> re.Pattern:
    """One pattern whose ``search`` finds any of ``spellings`` in a text: the answer of testing each with ``in``,
    in one scan whose branches share their first letters (a gate of fifty words reads the text once, not fifty
    times). Compile it at import; a spelling that ends where a longer one goes on is enough for either."""
    trie: dict = {}
    for spelling in spellings:
        node = trie
        for letter in spelling:
            node = node.setdefault(letter, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict) -> str:
    if "" in node:
        return ""  # a whole spelling ends here: found, whatever letters follow
    branches = [re.escape(letter) + _trie_pattern(child) for letter, child in sorted(node.items())]
    if not branches:
        return "(?!)"  # no spelling at all: found nowhere
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def spaces_tidied(text: str) -> str:
    """``text`` with one space between words, none before punctuation, and none at either end."""
    return _SPACE_BEFORE_MARK_RE.sub(r"\1", _SPACES_RE.sub(" ", text)).strip(" ")
