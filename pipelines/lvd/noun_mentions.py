"""The clause reader's noun mentions: which object a noun phrase names, how many, and what is said not to be there.

Kept apart from ``clause_reader`` (the subject / verb / modifier state of the pass) because these methods only
decide what a mention adds to the list of objects: a new object or one named before, its count said before or
after the noun, a "no ..." kept until a time or a later mention settles it, and scenery or places that are the
setting rather than an object; and which of them a pronoun names. Where the mention then goes in its clause
(subject, object, reference) is ``ClauseReader._place_mention``'s job.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .motions import Entity, Motion, awaited_one, held_first, held_on, remove_entity, set_modifier
from .object_classes import GENERIC_CLASS, ObjectClass, noun_class, singular
from .pronoun_mentions import PronounMentions
from .scene_words import SKY_NOUNS
from .vocabulary import COLORS, DEFINITE, MATERIAL_WORDS, NON_OBJECT_NOUNS, NUMBER_WORDS, SIZE_FACTORS

MAX_PER_GROUP = 12  # "a dozen" stays a dozen
MAX_SAID_COUNT = 10_000


def said_digits(word: str) -> int:
    """A count written in digits; one too long for a float ("1111…" filling a prompt) is as absurd as 10,000."""
    return int(min(float(word), MAX_SAID_COUNT))


MAX_ENTITIES = 8
# "a new york taxi cab" is a long name; a longer run of words before a noun is a stutter or a pasted list, and a name
# that grew with the prompt ("the zorp zorp zorp ... rolls") outgrew the layout's name limit
MAX_NAME_WORDS = 5


# the bare verb of going, "it just went", "it was gone", "off it goes": with no way or place it says the thing left
_BARE_GOING = frozenset(("go", "goes", "went", "gone"))


# the words of a sentence that add one more of a thing named again: "a pig too", "a dog and one more", "as well"
_ONE_MORE_WORDS = frozenset(("too", "more", "another", "other", "second", "well"))


def _one_more_said(words: list[str], at: int) -> bool:
    """Whether the sentence of the noun at ``at`` goes on to say it is one more: "a cow stands next to her too"."""
    for word in words[at + 1:]:
        if word in (".", "!", "?", ";"):
            return False
        if word in _ONE_MORE_WORDS:
            return True
    return False


def _going_said_again(motion: Motion) -> bool:
    """"It just disappears", "it vanishes", "it walks off", "it just went": a going with no time, side or place of its
    own, which the absence tells."""
    going = motion.kind == "disappear" or motion.exits or (motion.kind == "move" and motion.verb in _BARE_GOING
                                                           and motion.start is None and motion.target is None)
    return going and motion.at_fraction is None and motion.window is None \
        and motion.end is None and motion.direction is None and motion.enters_from is None


# any word saying when, of the clip or of a story's order: a move after "no dog" with one of these may be its coming
_TIMED = re.compile(r"first|second|third|last|final|opening|closing|early|earlier|later|latter|middle|next|half"
                    r"|quarter|start|end|beginning|rest|close|finish|midpoint|moments?|seconds?|minutes?|frames?"
                    r"|while|whole|entire|until|till|then|after|afterwards?|halfway|midway|eventually|finally|soon"
                    r"|now|once|meanwhile|before|when|whenever|suddenly|initially|throughout|always")


def _denied_with_it(motion: Motion, absence: Motion) -> bool:
    """"No dog ran there again", "no bird flies past": a move in the untimed absence's own step, with no time of its
    own, is what the "no" denies, no coming later ("no dog at first; then it runs in" comes in its next step)."""
    return motion.step == absence.step and motion.window is None and motion.at_fraction is None \
        and motion.kind not in ("appear", "visible")


def _verb_right_after_no(words: list[str], noun: str, verb: str) -> bool:
    """Whether ``verb`` is said right after "no <noun>" ("no dog (quickly) ran"): the move told with the "no" itself,
    never one told of the thing later ("no cat chases it; the cat sleeps")."""
    head = noun.split()[-1]
    for at in (i for i, word in enumerate(words) if word == "no"):
        named = next((i for i in range(at + 1, min(at + 4, len(words))) if singular(words[i]) == head), None)
        following = words[named + 1:named + 3] if named is not None else []
        if following and following[0].endswith("ly"):
            following = following[1:]
        if following and following[0] == verb:
            return True
    return False


def _coming_said_again(motion: Motion, seen_from: str | None = None) -> bool:
    """"Then it appears", "and stays", "then present": an arrival, a stay or a presence with no side or place of its
    own, and no time but the half the absence leaves it (``seen_from``: "no bird in the first half, and in the second
    half it appears"), which an absence in the first half already tells (not there at first, so it comes in later and
    is there from then on)."""
    plain = motion.at_fraction is None and motion.window in (None, seen_from) and motion.end is None \
        and motion.start is None and motion.direction is None and motion.enters_from is None and motion.target is None
    return plain and (motion.kind in ("appear", "visible") or (motion.kind == "rest" and motion.relation is None))


def _presence_only(motion: Motion) -> bool:
    """Whether a telling is only when the thing is in view ("is there", "is absent", "is gone"), no move or place."""
    return motion.kind in ("visible", "appear", "disappear") and not (
        motion.enters_from or motion.exits or motion.direction or motion.target is not None or motion.start
        or motion.end)


def _leaving_and_coming_at_once(first: list[Motion], second: list[Motion]) -> bool:
    """Whether one telling has a thing go and the other has one come in the same half ("a dog is gone in the second
    half. A dog appears in the second half"): one leaving and another coming, never one presence told in two halves."""
    return any(a.window is not None and a.window == b.window and {a.kind, b.kind} == {"appear", "disappear"}
               for a in first for b in second)


def _only_leaving(motions: list[Motion]) -> bool:
    """"Runs away", "walks off", "leaves": all that is told of a thing is its going out of the frame."""
    return bool(motions) and all(m.exits or m.kind == "disappear" for m in motions)


class NounMentions(PronounMentions):
    """Mixed into ``ClauseReader``, whose state and helpers (``clear_phrase``, ``_place_mention``,
    ``_apply_pending``) these use."""

    entities: list[Entity]
    camera: list[Motion]
    notes: list[str]
    scenes: list[str]
    subjects: list[int]
    current: list[Motion]
    step: int
    sequence_pending: bool
    verb_since_subject: bool
    transitive: Any
    relation: str | None
    det: str | None
    count: int | None
    attrs: list[tuple[str, str]]
    truncated: bool
    last_object: int | None
    compound: list[str]
    counting: bool
    unconfirmed: dict[int, str]
    vague: bool
    negated_subject: bool
    assumed: int | None
    assumed_definite: bool
    position: int
    last_mention: tuple[int, int] | None
    object_pending: bool
    absent: tuple[str, ObjectClass, bool] | None
    unnamed: int | None
    predicate_of: int | None
    split_groups: list[Entity]
    told_as_many: set[int]
    pending: list[tuple[str, object]]
    it_if_going: Any
    sentence_unnamed: bool
    side_fronted: bool

    def noun(self, word: str, name: str, cls: ObjectClass, plural: bool, known: bool) -> None:
        name = " ".join(name.split(" ")[-MAX_NAME_WORDS:])  # the head noun and the words nearest it
        definite = self.det in DEFINITE
        plural = plural and self.det not in ("a", "an")  # "a deer", "a sheep": one, whatever the form
        # "the cats sleep" with no cats named before: a plural is two or more, definite or not
        count = self.count if self.count is not None else (2 if plural and (not definite or self._reference(name) is None) else 1)
        index = self._reference(name) if definite or (plural and self.count is None
                                                      and self._reference(name) is not None) else None
        if index is not None and definite:
            index = self._same_colour_reference(name)
        if index is None and count == 1 and (self.relation or "").startswith("side_") and self._reference(name) is not None:
            index = self._reference(name)  # "left of a kangaroo ...; by the end right of a kangaroo": the same one
        if index is None and count == 1 and not plural and self.predicate_of is not None and self.relation is None \
                and self.entities[self.predicate_of].noun == name \
                and self.det != "another":  # "..., and the second ball": another
            index = self.predicate_of  # "one cat; it is lively cat": the same cat described, not a second one
        if index is None and self.det is None and self.count is None and not plural and not self.attrs and self.relation is None:
            index = self._reference(name)  # "...; truck parked", "parrot gone": a bare noun in notes is the one named before
        self.predicate_of = None
        gone = self._gone_later(name) if self.unconfirmed and (index is None or index in self.unconfirmed) \
            and (count == 1 or (plural and self.count is None and self.det is None)) else None
        if gone is not None:
            index = gone  # "a cat in the first half, no cat in the second half. Classic cat move!", "Cats!": that cat
        if index is None and 0 < count <= MAX_PER_GROUP and (count == 1 or not self.vague) \
                and self._absent_index(name) is not None:
            index = self._absent_index(name)  # "no horse at first; later a horse trots in": the same horse
            self._confirm_absence(index)
            self.entities[index].count = count  # "no dogs at first; then two dogs trot in": those two
        if index is None and count == 1 and self.det in ("a", "an", None) and (self.det or self.count is None) \
                and self.relation is None:  # "the ball is absent at first; a ball enters", "... Moving ball enters": it
            index = awaited_one(self.entities, name, self.attrs)
        if index is None and self.unnamed is not None and count == 1 and self.relation is None \
                and self.transitive is None and not self.object_pending:
            index, self.unnamed = self.unnamed, None  # the object "it" stood for, named after its route
            unnamed = self.entities[index]
            unnamed.noun, unnamed.cls, unnamed.known = name, cls, known
            # "it goes: a red car ...": what names it describes it too
            unnamed.attributes.extend(attr for attr in self.attrs if attr not in unnamed.attributes)
            if not known:
                self.notes.append(f"unknown object '{name}': drawn as a generic 0.5 m object")
            self.clear_phrase()
            self._place_mention(index)  # "can you see it, children? a car drives ...": the car is what drives
            self.last_mention = (index, self.position)
            return
        if index is None and self.count is not None and 0 < self.count <= MAX_PER_GROUP and not self.vague and self.det is None \
                and self.assumed is not None and self.assumed_definite and self.entities[self.assumed].noun == name:
            # "look at the cats! three cats sit still": the group "the" pointed to, counted
            index, self.assumed = self.assumed, None
            self.entities[index].count = self.count
        if index is None:
            if count <= 0:
                self._absence(word, name, cls, known)
                return
            if count > MAX_PER_GROUP:
                self.notes.append(f"{count} {word} is more than the {MAX_PER_GROUP} a layout can show clearly; placed "
                                  f"{MAX_PER_GROUP}")
                count = MAX_PER_GROUP
            if len(self.entities) >= MAX_ENTITIES:
                self.truncated = True
                self.clear_phrase()
                return
            if plural and self.count is None and not definite:
                self.notes.append(f"'{word}' has no number; assumed 2")
            if plural and (self.count is None or self.vague):
                self.assumed = len(self.entities)  # "the cats play; there are three of them": counted later
                self.assumed_definite = definite
            if not known:
                self.notes.append(f"unknown object '{name}': drawn as a generic 0.5 m object")
            self.entities.append(Entity(noun=name, cls=cls, count=count, known=known, named_at=self.position))
            index = len(self.entities) - 1
        entity = self.entities[index]
        for attr in self.attrs:
            if attr not in entity.attributes:
                entity.attributes.append(attr)
        self.clear_phrase()
        self._place_mention(index)
        self.last_mention = (index, self.position)

    def _absence(self, word: str, name: str, cls: ObjectClass, known: bool) -> None:
        """"No dog is in shot for the first few seconds": kept as a dog not there, so the time said with it
        decides when it is seen; with no time and no later mention it is dropped at the end."""
        self.absent = (name, cls, known)
        if len(self.entities) >= MAX_ENTITIES:
            self.clear_phrase()
            return
        not_there = Motion(kind="appear", verb="not there", step=self.step)
        self._apply_pending(not_there)
        if self.sequence_pending and any(e.noun == name for e in self.entities):
            if not_there.window is None and not_there.at_fraction is None:
                set_modifier(not_there, "window", "second")  # "a bird is there, then there is no bird": gone after it was seen
            # the "then" is this absence's step ("then in the second half no dog left"): a side said after it is no leg
            self.sequence_pending = False
        arriving = self._arriving_then(name, not_there)
        if arriving is not None:  # "a dog came in in the second half. in the first half, no dog.": not there before it came
            self.entities[arriving].motions.append(not_there)
            self.clear_phrase()
            self.subjects, self.current, self.verb_since_subject = [arriving], [not_there], True
            self.last_mention = (arriving, self.position)
            return
        self.entities.append(Entity(noun=name, cls=cls, count=1, known=known, attributes=list(self.attrs), motions=[not_there]))
        index = len(self.entities) - 1
        self.unconfirmed[index] = word
        self.clear_phrase()
        self.subjects, self.current, self.verb_since_subject = [index], [not_there], True
        self.negated_subject = True
        self.last_mention = (index, self.position)

    def _arriving_then(self, name: str, not_there: Motion) -> int | None:
        """The one ``name`` named before that arrives at the very time a "no ``name``" says it is not there until."""
        if not_there.window is None and not_there.at_fraction is None:
            return None
        for index, entity in enumerate(self.entities):
            if entity.noun == name and entity.count == 1 and index not in self.unconfirmed and any(
                    m.kind in ("appear", "move") and m.window == not_there.window and m.at_fraction == not_there.at_fraction
                    for m in entity.motions[:1]):
                return index
        return None

    def _absent_index(self, name: str) -> int | None:
        return next((i for i in self.unconfirmed if self.entities[i].noun == name), None)

    def _gone_later(self, name: str) -> int | None:
        """The one ``name`` named before a "no ``name``" where either is timed ("a bird in the first half, then no bird",
        "a bird is in view for the first half, and there is no bird"): the two say when it is there and when gone, so the
        thing named again after them, in an aside or a joke, is the one seen before."""
        for index, motions in ((i, self.entities[i].motions) for i in self.unconfirmed if self.entities[i].noun == name):
            earlier = next((i for i in range(index) if self.entities[i].noun == name), None)
            if earlier is None or self.entities[earlier].count != 1 or earlier in self.unconfirmed:
                continue
            if any(m.window is not None or m.at_fraction is not None for m in (*motions[:1], *self.entities[earlier].motions)):
                return earlier
        return None

    def _confirm_absence(self, index: int) -> None:
        """Named again after "no ...": it is there after all, later than the absence said."""
        del self.unconfirmed[index]
        not_there = self.entities[index].motions[0]
        if not_there.window is None and not_there.at_fraction is None:
            set_modifier(not_there, "window", "first")  # not there first: seen in the second half
        self.negated_subject = False

    def drop_unnamed(self) -> None:
        """An opening "it" never named ("It is raining; a dog runs"): not an object; what it did goes to the first one named."""
        if self.unnamed is None:
            return
        said = remove_entity(self.entities, self.unnamed, self.camera).motions
        # "it 0 b": the indices of the objects said to be absent move down with the others
        self.unconfirmed = {i - (i > self.unnamed): w for i, w in self.unconfirmed.items() if i != self.unnamed}
        self.unnamed = None
        if self.entities:
            self.entities[0].motions[:0] = said

    def merge_late_absences(self) -> None:
        """"A bird glides early on; the closing half shows no bird": a timed "no ..." of a thing already
        named once is that thing gone then, not a second one ("... no bird. It just disappears!" says the going again);
        "a dog, only in the second half: no dog for the first half, then it appears and stays" is that dog not there at
        first, its coming told again, as is "a bird: no bird in the first half, and in the second half it appears"."""
        for index in sorted(self.unconfirmed, reverse=True):
            motions = self.entities[index].motions
            earlier = next((i for i in range(index) if self.entities[i].noun == self.entities[index].noun), None)
            # "no dog for the first half" read as there in the first; "no bird in the first half" as seen from the
            # second, of a thing whose own presence nothing else tells ("a car enters on the left and stays" is told)
            seen_from = motions[0].window == "second" and earlier is not None and not any(
                m.kind in ("appear", "visible", "disappear") or m.enters_from or m.exits
                for m in self.entities[earlier].motions)
            coming_told = motions[0].window == "first" or seen_from
            if earlier is None or earlier in self.unconfirmed \
                    or not all(_going_said_again(m)
                               or (coming_told and _coming_said_again(m, "second" if seen_from else None))
                               for m in motions[1:]) \
                    or (motions[0].window is None and motions[0].at_fraction is None):
                continue
            self.entities[earlier].motions.append(motions[0])
            del self.unconfirmed[index]
            remove_entity(self.entities, index, self.camera)
            self.unconfirmed = {i - (i > index): w for i, w in self.unconfirmed.items()}

    def drop_unconfirmed(self, tokens: list[Any] = ()) -> None:
        """A "no ..." with no time and no later mention: nothing is placed, as the prompt says; nor where its own move
        is all that follows it in a prompt that says no time ("no dog ran there again": the move is what is denied; "no
        cat chases it. The cat sleeps." tells of a cat after that move, so the cat stays)."""
        words = [token.group(0).lower() for token in tokens]
        untimed = not any(_TIMED.fullmatch(word) for word in words)
        for index in sorted(self.unconfirmed, reverse=True):
            motions = self.entities[index].motions if index < len(self.entities) else []
            denied_move = motions[1] if untimed and len(motions) > 1 and _denied_with_it(motions[1], motions[0]) \
                and _verb_right_after_no(words, self.entities[index].noun, motions[1].verb) else None
            if not motions or not all(_going_said_again(m) or m is denied_move for m in motions[1:]) \
                    or motions[0].window is not None or motions[0].at_fraction is not None:
                continue  # "there is no bird. It is gone!" says the absence again
            word = self.unconfirmed[index]
            self.notes.append(f"'{word}' has a count of 0: no {self.entities[index].noun} placed")
            remove_entity(self.entities, index, self.camera)

    def merge_restated(self, tokens: list[Any]) -> None:
        """"Two horses. A horse runs.": a bare "a horse" named again after a group of horses that only rest, described
        and not arriving, is one of that group told apart by what it does, not one more; as many told apart as the
        group counts are the whole group, "Two dogs sit. A dog runs left. A dog runs right." two dogs. Only a counted
        group: a lone "a cat sits, and a cat walks" may be two cats, unless what is told of the second is only its
        leaving, "a dog sits, and in the second half a dog runs away": one can only leave where it already is. "another
        dog", "a second horse", "one more fox", "a red fox" (anything between the article and the noun), "a pig too" or
        "a dog and one more" stay new things."""
        if len({entity.noun for entity in self.entities}) == len(self.entities):
            return
        words = [token.group(0) for token in tokens]
        self._merge_presence_told_again(words)
        told_apart: set[int] = set()  # groups a member was taken from
        for index in range(len(self.entities) - 1, 0, -1):
            said = self.entities[index]
            if not self._told_apart_from_a_group(said, words) or index in self.unconfirmed:
                continue
            earlier = next((i for i in range(index) if self.entities[i].noun == said.noun), None)
            if earlier is None or earlier in self.unconfirmed:
                continue
            before = self.entities[earlier]
            if not set(said.attributes) <= set(before.attributes) or before.member_colours or not all(
                    m.kind == "rest" and not m.window and m.at_fraction is None
                    or held_first(m) and _only_leaving(said.motions) for m in before.motions):
                continue  # ("sat in the first half; then one left": the going of one says when it went)
            if before.count > 1:
                before.count -= 1  # one of the group, told apart by what it does
                before.motions = [held_on(m) for m in before.motions]  # only the one told of went: the others stay
                told_apart.add(earlier)
            elif earlier in told_apart:
                self._fold_into(earlier, index, [])  # the last one of the group told apart
            elif _only_leaving(said.motions):
                self._fold_into(earlier, index, before.motions)  # the one sitting there is the one that leaves

    def _merge_presence_told_again(self, words: list[str]) -> None:
        """"A dog is not there in the first half. A dog is there in the second half.": a bare "a dog" named again with
        only when it is in view told, after one named alike of which only that is told too, one of the two saying it
        is absent or gone, each at a time and in sentences of their own, is that one: its time in view, said in two
        halves ("a bird that shows up late, no, the opposite: a bird ..." corrects itself). "another dog", "a red
        dog" after "a dog", or one that moves, stay things of their own."""
        for index in range(len(self.entities) - 1, 0, -1):
            said, at = self.entities[index], self.entities[index].named_at
            if index in self.unconfirmed or said.count != 1 or at is None or at < 1 \
                    or words[at - 1] not in ("a", "an") or _one_more_said(words, at) or not said.motions \
                    or not all(map(_presence_only, said.motions)):
                continue
            earlier = next((i for i in range(index) if self.entities[i].noun == said.noun), None)
            before = self.entities[earlier] if earlier is not None else None
            if before is None or earlier in self.unconfirmed or before.count != 1 or before.member_colours \
                    or set(said.attributes) != set(before.attributes) or not before.motions \
                    or not all(map(_presence_only, before.motions)):
                continue
            told = (*before.motions, *said.motions)
            if not _leaving_and_coming_at_once(before.motions, said.motions) \
                    and any(m.kind in ("appear", "disappear") for m in told) \
                    and all(m.window is not None or m.at_fraction is not None for m in told) \
                    and (before.named_at is None or "." in words[before.named_at:at]):
                self._fold_into(earlier, index, before.motions)

    def _fold_into(self, earlier: int, index: int, kept: list[Motion]) -> None:
        """The thing at ``index`` is the one at ``earlier`` named again: what is told of it goes on from ``kept``."""
        said = self.entities[index]
        for motion in (m for entity in self.entities for m in entity.motions):
            if motion.target == index:
                motion.target = earlier
        remove_entity(self.entities, index, self.camera)
        self.entities[earlier].motions = [*kept, *said.motions]
        self.unconfirmed = {i - (i > index): w for i, w in self.unconfirmed.items()}

    @staticmethod
    def _told_apart_from_a_group(said: Entity, words: list[str]) -> bool:
        """Whether ``said`` is a bare "a horse" that does something of its own and does not arrive: one a group's
        member could be."""
        at = said.named_at
        return at is not None and at >= 1 and words[at - 1] in ("a", "an") and not _one_more_said(words, at) \
            and said.count == 1 and any(m.verb for m in said.motions) \
            and not any(m.kind == "appear" or m.enters_from for m in said.motions)

    def count_after(self, count: int, listed: bool = False) -> bool:
        """"Subjects: deer. Number of them: three.", "Balls: 9 in total": a count said after its noun replaces the assumed one."""
        if not (self.counting or listed) or self.assumed is None or not 0 < count <= MAX_PER_GROUP:
            return False
        entity = self.entities[self.assumed]
        self.notes = [n for n in self.notes if not n.endswith("has no number; assumed 2")]
        entity.count, self.assumed, self.counting = count, None, False
        self.clear_phrase()
        return True

    def recount(self, index: int | None, said: str) -> bool:
        """A number said right after its noun ("the dogs number 7"): it replaces the count read or assumed."""
        count = said_digits(said) if said[0].isdigit() else NUMBER_WORDS.get(said, 0)
        if index is None or not 0 < count <= MAX_PER_GROUP:
            return False
        self.entities[index].count = count
        self.notes = [n for n in self.notes if not n.endswith("has no number; assumed 2")]
        if self.assumed == index:
            self.assumed = None
        self.clear_phrase()
        return True

    def _reference(self, name: str) -> int | None:
        for index in range(len(self.entities) - 1, -1, -1):
            if self.entities[index].noun == name:
                return index
        return None

    def _same_colour_reference(self, name: str) -> int | None:
        """"the red ball and the blue ball": a definite mention whose colour differs from every ``name`` named before
        is another one of them; one of that colour, or one with no colour said yet, is the one meant."""
        colours = {value for key, value in self.attrs if key == "color"}
        if not colours:
            return self._reference(name)
        for index in range(len(self.entities) - 1, -1, -1):
            entity = self.entities[index]
            said = {value for key, value in entity.attributes if key == "color"}
            if entity.noun == name and (not said or said & colours):
                return index
        return None

    def member_told_apart(self, group: Entity, colour: str) -> None:
        """"Two dogs run; the brown one goes left and the white one goes right": a member told apart by its colour is a
        thing of its own from here on, having done what the group did so far, so what is said of it next is its own
        alone; the last member told apart is what is left of the group. "one" then names the member of that colour."""
        if group.count == 1 or len(self.entities) >= MAX_ENTITIES:
            group.attributes.append(("color", colour))
        else:
            group.count -= 1
            self.entities.append(Entity(noun=group.noun, cls=group.cls, count=1, known=group.known,
                                        attributes=[*group.attributes, ("color", colour)],
                                        motions=[replace(motion) for motion in group.motions]))
            self.split_groups.append(group)
        self.det = "the"  # "a black one walking left": the member just told apart, as "the black one" would be
        self.attrs.append(("color", colour))

    def one_more_of_its_kind(self) -> None:
        """"..., and then a third": an ordinal with no noun is one more of the kind named last."""
        last = self.entities[self.last_mention[0] if self.last_mention is not None else -1]
        self.det, self.count = "another", 1
        self.noun(last.noun, last.noun, last.cls, False, last.known)

    def describe_last(self, word: str) -> None:
        """A describing word after its noun ("that is red") binds to the noun last named."""
        attribute = (("color", word) if word in COLORS else ("size", word) if word in SIZE_FACTORS
                     else ("material", MATERIAL_WORDS[word]))
        entity = self.entities[self.last_mention[0]]  # type: ignore[index]
        if attribute not in entity.attributes:
            entity.attributes.append(attribute)
        self.clear_phrase()

    def possessor(self, word: str) -> int | None:
        """"from the cat's left": the cat, named before or first named here."""
        found = noun_class(word)
        name, cls = found if found is not None else (singular(word), GENERIC_CLASS)
        index = self._reference(name)
        if index is None and len(self.entities) < MAX_ENTITIES:
            if found is None:
                self.notes.append(f"unknown object '{name}': drawn as a generic 0.5 m object")
            self.entities.append(Entity(noun=name, cls=cls, count=1, known=found is not None))
            index = len(self.entities) - 1
        return index

    def backdrop(self) -> bool:
        """"Mountains in the background": the scenery just named, still and not a subject, becomes the scene."""
        if self.last_mention is None or self.last_mention[1] != self.position - 1:
            return False
        index = self.last_mention[0]
        entity = self.entities[index]
        if (index != len(self.entities) - 1 or entity.motions or (index in self.subjects and self.verb_since_subject)
                or index in self.unconfirmed or not (entity.cls.mobility == "scenery" or entity.noun in SKY_NOUNS)):
            return False
        remove_entity(self.entities, index, self.camera)
        self.subjects = [i for i in self.subjects if i != index]
        self.scenes.append(entity.cls.scene or entity.noun)
        self.notes.append(f"read '{entity.noun}' in the background as the scene, not an object")
        self.last_mention = None
        if self.assumed == index:
            self.assumed = None
            self.notes = [n for n in self.notes if not (n.endswith("has no number; assumed 2")
                                                        and singular(n.split("'")[1]) == entity.noun)]
        if self.last_object == index:
            self.last_object = None
        return True

    def place(self, word: str) -> None:
        """"at the seaside", "throughout the whole video": a noun we do not know after a place word is where, not what."""
        name = " ".join(self.compound + [singular(word)])
        if word not in NON_OBJECT_NOUNS:
            self.scenes.append(name)
            self.notes.append(f"read '{name}' as the place, not an object")
        self.relation = None
        self.clear_phrase()
