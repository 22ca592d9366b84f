"""A bare count closing the prompt that sums up the things told one by one before it.

"A bird flies left. Another bird flies right. Two birds.": the closing "two birds" names no two more birds; it counts
the ones told, so it is dropped when as many things of its kind, each told alone, came before it. Kept apart from
``noun_mentions.merge_restated``, which folds members told after their group ("Two dogs sit. A dog runs left."),
because here the group comes last and adds nothing of its own: no move, no place, no describing word the members lack.
"""

from __future__ import annotations

from typing import Any

from .motions import remove_entity

_SENTENCE_ENDS = frozenset((".", "!", "?", ";"))
# the words that may close a tally after its noun: "two birds in all.", "three cats altogether."
_TALLY_CLOSERS = frozenset(("in", "all", "total", "altogether", "overall"))


def _a_closing_tally(words: list[str], at: int) -> bool:
    """Whether the noun at ``at`` heads a sentence of its own made of its count and itself, the prompt's last."""
    opens = at == 1 or (at >= 2 and words[at - 2] in _SENTENCE_ENDS)
    rest = words[at + 1:]
    while rest and rest[0] in _TALLY_CLOSERS:
        rest = rest[1:]
    return opens and all(word in _SENTENCE_ENDS for word in rest)


def drop_closing_tally(reader: Any, tokens: list[Any]) -> None:
    """The last object, when it is a closing tally of the things of its kind told one by one before it, taken out."""
    if len(reader.entities) < 2:
        return
    tally, index = reader.entities[-1], len(reader.entities) - 1
    if tally.count < 2 or tally.motions or tally.named_at is None or tally.changes or tally.member_colours \
            or index in reader.unconfirmed:
        return
    if not _a_closing_tally([token.group(0) for token in tokens], tally.named_at):
        return
    told = [entity for entity in reader.entities[:-1] if entity.noun == tally.noun]
    if len(told) != tally.count or any(entity.count != 1 for entity in told) \
            or any(not set(tally.attributes) <= set(entity.attributes) for entity in told):
        return
    remove_entity(reader.entities, index, reader.camera)
