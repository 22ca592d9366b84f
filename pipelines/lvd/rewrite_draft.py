"""The prompt while the reading passes rewrite it, the shape of one pass (a name, a cheap gate, a rewrite), and the
passes that only mark the draft.

``prompt_rewrites.READING_PASSES`` is a table of these passes; each gate reads the draft's shared set of words.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

_WORD_BREAKS = str.maketrans({c: " " for c in ",.;:!?()[]\"'-"})


class Draft:
    """The prompt while the passes rewrite it: its text, the passes that ran, whether it was read as verse, the text as
    typed before it was lower-cased (capitals tell a telegram), and its set of words as they stood when a "words noted"
    pass last ran (split only when a gate asks), which the whole-word gates share."""

    __slots__ = ("text", "ran", "verse", "typed", "noted", "_words", "_words_of")

    def __init__(self, text: str) -> None:
        self.text, self.verse, self.typed, self.noted = text, False, text, text
        self.ran: list[str] = []
        self._words: set[str] = set()
        self._words_of: str | None = None

    @property
    def words(self) -> set[str]:
        if self._words_of is not self.noted:
            self._words, self._words_of = set(self.noted.translate(_WORD_BREAKS).split()), self.noted
        return self._words


class RewritePass(NamedTuple):
    """One rewrite of the prompt's surface: ``rewrite`` runs only when the cheap ``gate`` says it may have work."""

    name: str
    gate: Callable[[Draft], bool]
    rewrite: Callable[[Draft], str]


# The passes that only mark the draft: its typed text kept, its words noted for the gates, its verse noticed.
APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "`": "'"})


def always(draft: Draft) -> bool:
    return True


def lower_cased(draft: Draft) -> str:
    draft.typed = draft.text
    return draft.text.lower().translate(APOSTROPHES)


def words_noted(draft: Draft) -> str:
    draft.noted = draft.text
    return draft.text


def noticed_as_verse(draft: Draft) -> str:
    draft.verse = True
    return draft.text
