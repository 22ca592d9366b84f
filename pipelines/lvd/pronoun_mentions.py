"""The clause reader's pronouns: which thing "it", "they", "he", "she", "the former" or "the latter" names.

Kept apart from ``noun_mentions`` (the nouns' mentions) because a pronoun adds no object: it picks one named before,
by what the pronoun can name ("it" one thing, and a thing before a person; "he" or "she" a living thing, reached back
to past the things named after it) and by its place in the clause (the thing a verb acted on, never the subject
itself as an object), and then is placed in its clause as a noun would be (``ClauseReader._place_mention``).
"""

from __future__ import annotations

from typing import Any

from .motions import Entity
from .object_classes import FIXED_MOBILITIES, GENERIC_CLASS, HANDED_CLASSES, SELF_MOVING
from .vocabulary import VERB_KINDS

# a person's size in the tables but a thing to speak of: "a robot walks; it turns" is the robot
_THINGS_OF_A_PERSONS_SIZE = frozenset(("robot",))
# verbs of having, each form: "the ball that she has", "the stick the dog holds" say no way of their own
_HAVING = frozenset("has have had owns own owned holds hold held carries carry carried keeps keep kept".split())


class PronounMentions:
    """Mixed into ``ClauseReader`` through ``NounMentions``, whose state and helpers (``clear_phrase``,
    ``_place_mention``) these use."""

    entities: list[Entity]
    subjects: list[int]
    unconfirmed: dict[int, str]
    told_as_many: set[int]
    pending: list[tuple[str, object]]
    relation: str | None
    transitive: Any
    last_object: int | None
    unnamed: int | None
    it_if_going: Any
    sentence_unnamed: bool
    side_fronted: bool
    verb_since_subject: bool
    sentence_from: int
    last_mention: tuple[int, int] | None
    position: int
    relative_at: int | None
    outer_current: list
    current: list
    gapped_main: list | None

    def pronoun(self, word: str) -> None:
        """Which thing "it", "they", "she" or "the former" names, then placed in its clause as a noun would be."""
        self.clear_phrase()
        self.sentence_unnamed = self.side_fronted = False
        if word == "it" and not self.entities and not self.pending and self.relation is None:
            # "It starts bottom left, goes to top left — a kitten": what it is comes after where it goes
            self.entities.append(Entity(noun="it", cls=GENERIC_CLASS, count=1, known=False))
            self.unnamed = 0
        candidates = [s for s in self.subjects if s >= 0] or ([len(self.entities) - 1] if self.entities else [])
        candidates = self.pronoun_meant(word, candidates)  # "it" one thing, "he" or "she" a living one
        if word in ("former", "latter") and self.entities:
            # "a cat and a dog; the former sleeps": the earlier of the last two named, "the latter" the later one
            candidates = [max(len(self.entities) - 2, 0) if word == "former" else len(self.entities) - 1]
        self.it_if_going = None
        if word == "it" and self.last_object is not None:
            movers = [c for c in candidates if c != self.last_object and self.entities[c].cls.mobility in SELF_MOVING]
            if movers and self.entities[self.last_object].cls.mobility in FIXED_MOBILITIES:
                self.it_if_going = (self.last_object, movers)
            candidates = [self.last_object]  # "kicks a ball, it flies": "it" is the thing kicked
        if word == "they" and candidates and all(self._flatly_denied(c) for c in candidates):
            # "four cars, no stragglers. down the stretch they come": the group there, not the one said not to be
            groups = [i for i in range(len(self.entities) - 1, -1, -1)
                      if i not in self.unconfirmed and self.entities[i].count > 1]
            candidates = groups[:1] or candidates
        if self.transitive is not None or self.relation is not None:
            # as the object of a verb or relation, "it" is never the subject itself
            # ("a dog runs after it" means the ball mentioned before)
            others = [i for i in range(len(self.entities) - 1, -1, -1) if i not in self.subjects]
            if word == "it" and self.last_object is None and others:
                candidates = others[:1]
            if candidates:
                self._place_mention(candidates[0])
            return
        if candidates:
            self._object_gap(candidates)
            self.subjects = candidates
            self.verb_since_subject = False

    def _object_gap(self, candidates: list[int]) -> None:
        """"kicks the ball (that) she is chasing to the left": a subject pronoun right after the object a verb just
        took opens a relative clause whose object is that thing; its verb says no path of its own, so the way said
        after it is the main verb's (``ClauseReader.verb`` hands it back)."""
        head, said = self.last_object, self.last_mention
        if head is None or said is None or said[0] != head or head in candidates:
            return
        relative = self.relative_at == self.position - 1 and said[1] == self.position - 2
        if not relative and said[1] != self.position - 1:
            return
        main = self.outer_current if relative else self.current
        if main and all(any(m is motion for m in self.entities[head].motions) for motion in main):
            self.gapped_main = list(main)

    def noun_object_gap(self, index: int) -> None:
        """"throws the stick that the dog is holding to the left": a noun (its article and describing words only before
        it) opening the relative clause on the object a verb just took is that clause's subject, the object its gap;
        as with a pronoun (``_object_gap``), the way said after the clause's verb is the main verb's."""
        head, said, at = self.last_object, self.last_mention, self.relative_at
        if head is None or said is None or at is None or said[0] != head or index == head or said[1] != at - 1 \
                or self.subjects != [head] or self.verb_since_subject or not 0 < self.position - at <= 4:
            return
        main = self.outer_current
        if main and all(any(m is motion for m in self.entities[head].motions) for motion in main):
            self.gapped_main = list(main)

    def gap_held(self, word: str, following: str | None) -> bool:
        """"throws the ball that she has to the left": a verb of having closing the relative clause on the object says
        no way of its own, so the way after it is the main verb's; "that she has thrown" is a tense, read on."""
        if word not in _HAVING or (following is not None and (
                following in VERB_KINDS or following.endswith(("ed", "en")))):
            return False
        self.current, self.gapped_main, self.object_pending = self.gapped_main, None, False
        self.verb_since_subject = True
        return True

    def _flatly_denied(self, index: int) -> bool:
        """Whether the thing is one said not to be there at all ("no stragglers"), with no time that it comes after."""
        motions = self.entities[index].motions if index < len(self.entities) else []
        return index in self.unconfirmed and bool(motions) and motions[0].window is None \
            and motions[0].at_fraction is None

    def pronoun_meant(self, word: str, candidates: list[int]) -> list[int]:
        """The candidates a pronoun can name. "it" is one thing, never a group listed beside it: "a cat incoming,
        divers: it runs" is the cat's run; nor a person where a thing is a candidate too. "he" or "she" names a living
        thing: "a man holds a phone; he walks" is the man's walk, and "the chef has a cake, and he walks" reaches back
        past the cake to the chef, within the sentence. Where nothing named in it lives the candidates stand, as "she"
        may name a ship or a car ("a man waves. A ship appears; she sails"). Where every candidate was told as many
        ("the twins were ...: it walked"), "it" is the latest single thing named."""
        if word == "it":
            candidates = self._not_a_person(candidates)
            if len(candidates) > 1:
                candidates = [c for c in candidates if self.entities[c].count == 1] or candidates
            if candidates and all(c in self.told_as_many for c in candidates):
                # "the twins were kind to the dog: it walked ...": "it" is one thing, the latest one named
                singles = [i for i in range(len(self.entities) - 1, -1, -1)
                           if i not in self.told_as_many and self.entities[i].count == 1]
                candidates = singles[:1] or candidates
            return candidates
        if word not in ("he", "she"):
            return candidates
        living = [c for c in candidates if self.entities[c].cls.material == "flesh"]
        if living or not candidates:
            return living or candidates
        earlier = [i for i in range(len(self.entities) - 1, self.sentence_from - 1, -1)
                   if self.entities[i].cls.material == "flesh" and i not in self.unconfirmed]
        return earlier[:1] or candidates

    def _not_a_person(self, candidates: list[int]) -> list[int]:
        """"it" names a thing before a person: of a person and a thing both told in the clause before ("a boy and his
        kite rise; it drifts left"), the thing. Where only people are there the candidates stand: a prompt may call a
        cyclist "it", and no thing named before them is reached back to."""
        return [c for c in candidates if not self._a_person(c)] or candidates

    def _a_person(self, index: int) -> bool:
        """Whether the thing is a person, whom "it" never names (a robot, of a person's size, is an "it")."""
        entity = self.entities[index]
        return entity.cls in HANDED_CLASSES and entity.noun not in _THINGS_OF_A_PERSONS_SIZE
