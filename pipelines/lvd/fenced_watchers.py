"""Who watches the fenced things is the clip's audience: "the student watches one dog ... Nothing else is there."

A prompt that closes its counted things with "nothing else" says they are all the clip holds, so a person said to
see, watch or observe them ("the student observes three birds, and nothing besides"), to see "nothing else" ("four
cars cross, and the student sees nothing else"), or to see "it" or "them" ("the master waits for the student to see
it"), is the one looking at the clip, never a thing in it, where it is told as one known already ("the student",
never "a man" brought in by the sentence); and a sentence pointing back at the fenced things only
through that sight ("the master waits for the student to see it") links nobody to them. Only a word the tables do
not know ("the master") or a person named by watching or learning ("the student", "the viewer") watches so: "the old
man watches two dogs play, and nothing else" may tell a man in the scene, and "a dog watches them" keeps the dog.
"""

from __future__ import annotations

import re
from typing import Any

from .object_classes import HANDED_CLASSES, noun_class, singular
from .vocabulary import NOTHING_ELSE, ONLOOKER_ROLES, SEEING_VERBS, WORD_RE

# "the shadow student observes", "the student to see", "our pupil quietly watches", "the student observes: one car":
# an onlooker told as one known already, never one brought in ("a man watches two dogs" may be a man in the scene)
# nor one counted with the things
WATCHING_RE = re.compile(r"\b(?:the|our|my|your|his|her|their|this|that) (?:[a-z-]+ )?(?P<who>[a-z]+)"
                         r" (?:(?:to|can|could|will|must|may|should|shall|does|did|is|are|was|were) )?"
                         r"(?:(?:quietly|silently|calmly|only|just|still|closely|patiently) )?"
                         + SEEING_VERBS + r":? (?P<seen>[^.;:!?]*)")
# what the watcher sees: "nothing else", "it", "them", or the fenced things themselves ("three flying birds")
_NOTHING_ELSE_RE = re.compile(NOTHING_ELSE + r"\b")
_SEEN_PRONOUN_RE = re.compile(r"(?:it|them|they|both|all of them)\b")


def _audience_word(who: str) -> bool:
    """Whether WHO may be an onlooker: a word the tables do not know ("master") or a person named by watching or
    learning ("the student"); "the old man watches two dogs play, and nothing else" may tell a man in the scene, since
    English uses "the" for a first mention too."""
    found = noun_class(who)
    return found is None or (found[1] in HANDED_CLASSES and singular(who) in ONLOOKER_ROLES)


def _sees_the_fenced(seen: str, fenced_heads: set[str]) -> bool:
    """Whether what is seen is the fence, a pronoun for the fenced things, or the fenced things named within a few words."""
    if _NOTHING_ELSE_RE.match(seen) or _SEEN_PRONOUN_RE.match(seen):
        return True
    return any(singular(word) in fenced_heads for word in WORD_RE.findall(seen)[:4])


def _watchings(lowered: str, fenced_heads: set[str]) -> list[re.Match]:
    return [m for m in WATCHING_RE.finditer(lowered)
            if _audience_word(m["who"]) and _sees_the_fenced(m["seen"], fenced_heads - {singular(m["who"])})]


def fenced_watchers(entities: list[Any], lowered: str, fenced: set[int]) -> set[int]:
    """The indices of the readings that only watch the fenced things: the audience, never in the clip."""
    heads = [singular(entity.noun.split()[-1]) for entity in entities]
    fenced_heads = {heads[i] for i in fenced}
    watching = {singular(m["who"]) for m in _watchings(lowered, fenced_heads)}
    watchers = {i for i, head in enumerate(heads) if head in watching}
    return watchers if fenced - watchers else set()


def watching_blanked(lowered: str, entities: list[Any], fenced: set[int]) -> str:
    """LOWERED with each onlooker's sight of the fenced things blanked out, its length kept, so a pronoun inside it
    ("the master waits for the student to see it") is not read as a thing pointing back at them."""
    fenced_heads = {singular(entities[i].noun.split()[-1]) for i in fenced}
    for m in _watchings(lowered, fenced_heads):
        lowered = lowered[:m.start()] + " " * (m.end() - m.start()) + lowered[m.end():]
    return lowered
