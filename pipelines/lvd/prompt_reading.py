"""Rule-based reading of a video prompt into objects, their attributes and their moves.

This is the "language" half of the embedded physics planner (the other half simulates). It does
not try to understand English in general: one precompiled regular expression turns the prompt
into a stream of tokens (multi-word phrases such as "from the top left" or "paper airplane"
become single tokens), and a single left-to-right pass binds adjectives to the noun they precede,
verbs to their subject (or, for "throws"/"kicks"/..., to their direct object), and direction and
region phrases to the latest verb. Everything it cannot place is reported back as a note, so the
user sees what was ignored instead of getting a silently wrong layout.

The parts live apart so each can be read, extended and tested on its own: the word tables
(``vocabulary``, ``object_classes``), the tokenizer (``prompt_tokens``), one word in its noun phrase
(``noun_phrases``), the reading's result (``motions``) and the clause-level reader here.
"""

from __future__ import annotations

import re

from .motions import Entity, Motion, SceneReading, set_modifier
from .noun_phrases import _next_is_known_noun, comma_inside_phrase, is_describing, noun_class, read_word
from .object_classes import COMPOUND_CLASSES, GENERIC_CLASS, HANDED_CLASSES, ObjectClass, singular
from .prompt_timing import resolve_timing
from .prompt_tokens import APOSTROPHE_RE, DIRECTIONS, SPACE_RE, TOKEN_RE, fraction_of, region_point
from .vocabulary import (
    CAMERA_WORDS,
    COLORS,
    COMPOUND_SCENES,
    CONTINUATION_KINDS,
    COPULA,
    COUNT_PHRASES,
    DEFAULT_BACKGROUND,
    DEFINITE,
    DETAIL_WORDS,
    FIRST_HALF_WORDS,
    FLIGHT_KINDS,
    FOREIGN_FUNCTION_WORDS,
    INDEFINITE,
    MATERIAL_WORDS,
    NON_OBJECT_NOUNS,
    NUMBER_WORDS,
    PASS_VERBS,
    PASSIVE_CONTINUATIONS,
    PLAIN_ADJECTIVES,
    PRESENTING_WORDS,
    PRONOUNS,
    SCENE_WORDS,
    SEQUENCE_WORDS,
    SIZE_FACTORS,
    SPEED_WORDS,
    START_WORDS,
    STILL_KINDS,
    STOP_WORDS,
    TRANSITIVE_VERBS,
    VERB_KINDS,
    looks_like_modifier,
)

ARROW_RE = re.compile(r"\s*(?:→|⟶|->|-->|=>|»)\s*")
MAX_PROMPT_CHARS = 2000
MAX_PER_GROUP = 12  # "a dozen" stays a dozen
MAX_ENTITIES = 8
REMAINING_WORDS = frozenset("left remain remains remained stay stays stayed".split())
CAMERA_FOLLOWING = frozenset("follows follow following followed tracks track tracking tracked".split())


class _Reader:
    """One pass over the tokens; state is the latest subject(s), verb and pending descriptors."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.camera: list[Motion] = []
        self.notes: list[str] = []
        self.unknown: list[str] = []
        self.top_down = False
        self.scenes: list[str] = []
        self.depth_hint: str | None = None
        self.subjects: list[int] = []  # entity indices; -1 = the camera
        self.current: list[Motion] = []  # motions the next modifiers apply to
        self.pending: list[tuple[str, object]] = []  # modifiers seen before any verb
        self.step = 0
        self.sequence_pending = False
        self.joining = False  # "and" right after a subject: the next noun joins the subject list
        self.verb_since_subject = False
        self.transitive: tuple[list[int], list[Motion]] | None = None
        self.relation: str | None = None
        self.det: str | None = None
        self.count: int | None = None
        self.attrs: list[tuple[str, str]] = []
        self.truncated = False
        self.last_object: int | None = None  # the latest direct object of a transitive verb
        self.compound: list[str] = []  # unknown words naming one object together ("hockey puck")
        self.naming = False  # after "number": the next number word names, not counts
        self.counting = False  # "Number of them: three": a count said after the noun, until the sentence ends
        self.unconfirmed: dict[int, str] = {}  # entities said not to be there ("no dog"), by the word used
        self.negated_subject = False  # the clause's subject is one said not to be there: its state verbs say nothing new
        self.assumed: int | None = None  # the latest entity whose count was assumed (a plural without a number)
        self.position = 0  # index of the token being read
        self.last_mention: tuple[int, int] | None = None  # (entity, token index) of the latest noun
        self.outer_subjects: list[int] | None = None  # the main clause's subjects during a relative clause
        self.object_pending = False  # after a verb we do not know: the next noun is its object
        self.absent: tuple[str, ObjectClass, bool] | None = None  # the latest thing said to be not there
        self.exclusive = False  # after "only the ...": a remaining said of it means the others have gone
        self.followed = False  # "the camera follows a sheep from ...": the next noun is what moves
        self.locative: bool | str = False  # after "at"/"in"/"along"...: an unknown noun there is a place, not an object
        self.presented = False  # "a clip in which ...": the clause says what the clip shows

    # ----------------------------------------------------------------- noun phrases
    def noun(self, word: str, name: str, cls: ObjectClass, plural: bool, known: bool) -> None:
        definite = self.det in DEFINITE
        plural = plural and self.det not in ("a", "an")  # "a deer", "a sheep": one, whatever the form
        count = self.count if self.count is not None else (2 if plural and not definite else 1)
        index = self._reference(name) if definite or (plural and self.count is None and self._reference(name) is not None) else None
        if index is None and count == 1 and self._absent_index(name) is not None:
            index = self._absent_index(name)  # "no horse at first; later a horse trots in": the same horse
            self._confirm_absence(index)
        if index is None:
            if count <= 0:
                self._absence(word, name, cls, known)
                return
            if count > MAX_PER_GROUP:
                self.notes.append(f"{count} {word} is more than the {MAX_PER_GROUP} a layout can show clearly; placed {MAX_PER_GROUP}")
                count = MAX_PER_GROUP
            if len(self.entities) >= MAX_ENTITIES:
                self.truncated = True
                self._clear_phrase()
                return
            if plural and self.count is None and not definite:
                self.notes.append(f"'{word}' has no number; assumed 2")
                self.assumed = len(self.entities)
            if not known:
                self.notes.append(f"unknown object '{name}': drawn as a generic 0.5 m object")
            self.entities.append(Entity(noun=name, cls=cls, count=count, known=known))
            index = len(self.entities) - 1
        entity = self.entities[index]
        for attr in self.attrs:
            if attr not in entity.attributes:
                entity.attributes.append(attr)
        self._clear_phrase()
        self._place_mention(index)
        self.last_mention = (index, self.position)

    def _absence(self, word: str, name: str, cls: ObjectClass, known: bool) -> None:
        """"No dog is in shot for the first few seconds": kept as a dog not there, so the time said with it
        decides when it is seen; with no time and no later mention it is dropped at the end."""
        self.absent = (name, cls, known)
        if len(self.entities) >= MAX_ENTITIES:
            self._clear_phrase()
            return
        not_there = Motion(kind="appear", verb="not there", step=self.step)
        self._apply_pending(not_there)
        self.entities.append(Entity(noun=name, cls=cls, count=1, known=known, attributes=list(self.attrs), motions=[not_there]))
        index = len(self.entities) - 1
        self.unconfirmed[index] = word
        self._clear_phrase()
        self.subjects, self.current, self.verb_since_subject = [index], [not_there], True
        self.negated_subject = True
        self.last_mention = (index, self.position)

    def _absent_index(self, name: str) -> int | None:
        return next((i for i in self.unconfirmed if self.entities[i].noun == name), None)

    def _confirm_absence(self, index: int) -> None:
        """Named again after "no ...": it is there after all, later than the absence said."""
        del self.unconfirmed[index]
        not_there = self.entities[index].motions[0]
        if not_there.window is None and not_there.at_fraction is None:
            set_modifier(not_there, "window", "first")  # not there first: seen in the second half
        self.negated_subject = False

    def drop_unconfirmed(self) -> None:
        """A "no ..." with no time and no later mention: nothing is placed, as the prompt says."""
        for index in sorted(self.unconfirmed, reverse=True):
            not_there = self.entities[index].motions[0]
            if len(self.entities[index].motions) > 1 or not_there.window is not None or not_there.at_fraction is not None:
                continue
            word = self.unconfirmed[index]
            self.notes.append(f"'{word}' has a count of 0: no {self.entities[index].noun} placed")
            del self.entities[index]
            for entity in self.entities:
                entity.agent = None if entity.agent == index else entity.agent - 1 if entity.agent and entity.agent > index else entity.agent
                for motion in entity.motions:
                    if motion.target is not None and motion.target > index:
                        motion.target -= 1
                    elif motion.target == index:
                        motion.target = None

    def count_after(self, count: int) -> bool:
        """"Subjects: deer. Number of them: three.": a count said after its noun replaces the assumed one."""
        if not self.counting or self.assumed is None or not 0 < count <= MAX_PER_GROUP:
            return False
        entity = self.entities[self.assumed]
        self.notes = [n for n in self.notes if not n.endswith("has no number; assumed 2")]
        entity.count, self.assumed, self.counting = count, None, False
        self._clear_phrase()
        return True

    def relative_clause(self) -> bool:
        """"a ball that bounces to the right": the clause's verbs belong to the noun just named."""
        if self.last_mention is None or self.last_mention[1] != self.position - 1:
            return False
        index = self.last_mention[0]
        if self.subjects != [index]:
            self.outer_subjects = self.subjects if self.outer_subjects is None else self.outer_subjects
            self.subjects = [index]
            self.current = []
        self.verb_since_subject = False
        self.transitive = None
        self.relation = None
        self.joining = False
        return True

    def pronoun(self, word: str) -> None:
        self._clear_phrase()
        candidates = [s for s in self.subjects if s >= 0] or ([len(self.entities) - 1] if self.entities else [])
        if word == "it" and self.last_object is not None:
            candidates = [self.last_object]  # "kicks a ball, it flies": "it" is the thing kicked
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
            self.subjects = candidates
            self.verb_since_subject = False

    def _reference(self, name: str) -> int | None:
        for index in range(len(self.entities) - 1, -1, -1):
            if self.entities[index].noun == name:
                return index
        return None

    def _place_mention(self, index: int) -> None:
        if self.followed:
            self.followed, self.subjects, self.verb_since_subject, self.current = False, [index], False, []
            self.verb("follows", "move")
            return
        if self.relation is not None:
            relation, self.relation = self.relation, None
            if relation == "by" and any(m.kind == "throw" for m in self.current):
                for subject in self.subjects:
                    if subject >= 0 and subject != index:
                        self.entities[subject].agent = index
                return
            self._modify("relation", (relation, index))
            return
        if self.transitive is not None:
            agents, motions = self.transitive
            self.transitive = None
            mover = self.entities[index]
            for agent, motion in zip(agents, motions):
                if agent >= 0:
                    self.entities[agent].motions.remove(motion)
            motion = motions[0]
            mover.motions.append(motion)
            mover.agent = agents[0] if agents and agents[0] >= 0 and agents[0] != index else None
            self.last_object = index
            self.current = [motion]
            return
        if self.object_pending:
            self.object_pending = False  # "a car overtakes a dog": the dog is an object, not a new subject
            self.last_object = index
            return
        if self.joining and not self.verb_since_subject and self.subjects and -1 not in self.subjects:
            if index not in self.subjects:
                self.subjects.append(index)
        else:
            self.subjects = [index]
            self.verb_since_subject = False
            self.current = []
        self.joining = False

    def unknown_verb(self, word: str) -> None:
        """A word we do not know right after the subject is its verb: reported, and it keeps the subject."""
        self.unknown.append(word)
        self.object_pending = True

    def _clear_phrase(self) -> None:
        self.det, self.count, self.attrs, self.compound = None, None, [], []
        self.locative = False

    def describe_last(self, word: str) -> None:
        """A describing word after its noun ("that is red") binds to the noun last named."""
        attribute = ("color", word) if word in COLORS else ("size", word) if word in SIZE_FACTORS else ("material", MATERIAL_WORDS[word])
        entity = self.entities[self.last_mention[0]]  # type: ignore[index]
        if attribute not in entity.attributes:
            entity.attributes.append(attribute)
        self._clear_phrase()

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

    def reference_other(self) -> int | None:
        """What "its" points at in a side phrase: the latest object named that is not the mover."""
        if self.last_mention is not None and self.last_mention[0] not in self.subjects:
            return self.last_mention[0]
        others = [i for i in range(len(self.entities) - 1, -1, -1) if i not in self.subjects]
        return others[0] if others else None

    def place(self, word: str) -> None:
        """"at the seaside", "throughout the whole video": a noun we do not know after a place word is where, not what."""
        name = " ".join(self.compound + [singular(word)])
        if word not in NON_OBJECT_NOUNS:
            self.scenes.append(name)
            self.notes.append(f"read '{name}' as the place, not an object")
        self.relation = None
        self._clear_phrase()

    # ----------------------------------------------------------------------- verbs
    def verb(self, word: str, kind: str, camera_move: bool = False, elaborating: bool = False) -> None:
        if elaborating and self._elaborate(kind):
            return
        if word in CAMERA_FOLLOWING and (self.subjects == [-1] or (not self.subjects and not self.entities)):
            # "please track a deer as it goes ...": an order to the camera; the path said next is the deer's
            self._clear_phrase()
            self.followed, self.current = True, []  # the path said next is the followed object's, not the camera's
            return
        self._clear_phrase()
        if self.negated_subject and kind in ("visible", "rest", "appear"):
            return  # "no dog is in shot": the being-there is what the "no" denies
        self.negated_subject = False
        self.transitive = None
        self.joining = False
        if self.sequence_pending:
            self.step += 1
            self.sequence_pending = False
            # "nothing at the beginning, then a car appears": a time said before "then" is not this verb's
            self.pending = [p for p in self.pending if p[0] != "time"]
        if kind in ("pan", "dolly", "zoom") and (camera_move or not self.subjects or -1 in self.subjects):
            self.subjects = [-1]
        elif kind == "zoom":
            kind = "run"  # "a car zooms past"
        elif kind in ("pan", "dolly"):
            kind = "move"  # "a car pulls into the scene": the car moves, not the camera
        subjects = self.subjects
        if not subjects:
            if self.entities:
                subjects = [len(self.entities) - 1]
            else:
                self.pending.append(("verb", (word, kind)))
                return
        self.verb_since_subject = True
        if subjects != [-1] and (kind in CONTINUATION_KINDS or (kind in PASSIVE_CONTINUATIONS and self._all_passive(subjects))):
            merged = self._continue_flight(subjects, kind)
            if merged:
                return
        if subjects != [-1] and kind not in STILL_KINDS and kind not in CONTINUATION_KINDS and all(
                self.entities[s].motions and self.entities[s].motions[-1].end is not None
                and self.entities[s].motions[-1].step == self.step for s in subjects):
            self.step += 1  # "continues to the lower right, reaches the top right": one leg after another
        motions = []
        for subject in subjects:
            said = self.entities[subject].motions if subject >= 0 else []
            if said and said[-1].verb == "follows" and word != "follows" and not (
                    said[-1].start or said[-1].end or said[-1].direction or said[-1].relation):
                said.pop()  # "track a deer as it goes from ...": the move said next is the one followed
            motion = Motion(kind=kind, verb=word, step=self.step)
            self._apply_pending(motion)
            if subject == -1:
                self.camera.append(motion)
            else:
                self.entities[subject].motions.append(motion)
            motions.append(motion)
        self.current = motions
        if self.exclusive and word.split()[-1] in REMAINING_WORDS and -1 not in subjects:
            self._others_leave(subjects)
        self.exclusive = False
        if word in PASS_VERBS and subjects != [-1] and not any(self.entities[s].cls in HANDED_CLASSES for s in subjects):
            for motion in motions:  # "a bird passes a ball": it goes past the ball (only people pass one)
                motion.kind = "move"
            self.relation = "past"
        elif word in TRANSITIVE_VERBS and subjects != [-1]:
            self.transitive = (list(subjects), motions)

    def _others_leave(self, remaining: list[int]) -> None:
        """"A cat and a lamp are there; by the end only the lamp is left": the cat disappears."""
        for index, entity in enumerate(self.entities):
            if index not in remaining and not any(m.kind in ("disappear", "appear") or m.exits for m in entity.motions):
                entity.motions.append(Motion(kind="disappear", verb="gone", step=self.step))

    def _elaborate(self, kind: str) -> bool:
        """"A bird passes a ball, moving from its right to its left": the participle says how that same move goes."""
        if kind not in ("move", "run") or not self.subjects or -1 in self.subjects or self.sequence_pending:
            return False
        latest = [self.entities[s].motions[-1] for s in self.subjects if self.entities[s].motions]
        if len(latest) != len(self.subjects) or not all(m.kind in ("move", "run") and m.step == self.step for m in latest):
            return False
        self._clear_phrase()
        self.current = latest
        self.verb_since_subject = True
        return True

    def _all_passive(self, subjects: list[int]) -> bool:
        return all(self.entities[s].cls.mobility in ("ball", "passive") for s in subjects)

    def _continue_flight(self, subjects: list[int], kind: str) -> bool:
        flights = []
        for subject in subjects:
            motions = self.entities[subject].motions
            if not motions or motions[-1].kind not in FLIGHT_KINDS:
                return False
            flights.append(motions[-1])
        for motion in flights:
            motion.bounces |= kind == "bounce"
            motion.breaks |= kind == "break"
        self.current = flights
        return True

    def _apply_pending(self, motion: Motion) -> None:
        for key, value in self.pending:
            if key != "verb":
                set_modifier(motion, key, value)
        self.pending = [p for p in self.pending if p[0] == "verb"]

    # ------------------------------------------------------------------- modifiers
    def modify(self, key: str, value: object) -> None:
        self._clear_phrase()
        self.transitive = None if key not in ("speed", "apex") else self.transitive
        self._modify(key, value)

    def _modify(self, key: str, value: object) -> None:
        if key == "to_region" and self.current and all(m.end is not None and m.kind not in STILL_KINDS for m in self.current):
            self.sequence_pending = True  # "from A via B to C", "going A to B to C": each goal after an end is a new leg
        if self.sequence_pending and self.current and key in ("to_region", "dir", "relation", "exit", "circle", "depth"):
            # "..., then to the bottom right": a new step of the same kind of move
            self.step += 1
            self.sequence_pending = False
            previous = self.current
            self.current = []
            for motion in previous:
                kind = motion.kind if motion.kind not in FLIGHT_KINDS | STILL_KINDS else "move"
                fresh = Motion(kind=kind, verb=motion.verb, step=self.step)
                for owner in [-1] + list(range(len(self.entities))):
                    motions = self.camera if owner == -1 else self.entities[owner].motions
                    if any(m is motion for m in motions):
                        motions.append(fresh)
                        break
                self.current.append(fresh)
        if self.current:
            for motion in self.current:
                set_modifier(motion, key, value)
        else:
            self.pending.append((key, value))

    # ------------------------------------------------------------------- clauses
    def end_clause(self, hard: bool) -> None:
        self._clear_phrase()
        if self.negated_subject:  # "no horse at first, but towards the end ...": the time after is not the absence's
            self.negated_subject, self.current, self.subjects = False, [], []
        self.transitive = None
        self.relation = None
        self.joining = False
        if self.outer_subjects is not None and (hard or self.verb_since_subject):
            self.subjects, self.outer_subjects = self.outer_subjects, None  # back to the main clause
            self.verb_since_subject = True
        if self.pending and self.subjects:
            # descriptors without a verb ("a ball in the top left"): a resting placement
            for subject in self.subjects:
                if subject >= 0 and any(k != "verb" for k, _ in self.pending):
                    if self._later_place(subject) or self._listed_path(subject):
                        continue
                    # "a car trundles right": a direction said of it is a move, whatever the verb we did not know
                    sideways = any(k == "dir" and v in ("left", "right") for k, v in self.pending)  # not "lined up"
                    motion = Motion(kind="move" if sideways else "rest", step=self.step)
                    self._apply_pending(motion)
                    self.entities[subject].motions.append(motion)
            self.pending = [p for p in self.pending if p[0] == "verb"]
        self.exclusive = False
        if hard:
            self.counting = False
            self.negated_subject = False
            self.current = []
            if not self.subjects:
                # "nothing is there early on; then a deer enters": what was said of nothing is dropped
                self.pending = [p for p in self.pending if p[0] == "verb"]

    def open_side(self) -> int | None:
        """The reference of a move whose start side was said and whose end side was not yet."""
        if self.current:
            if all(m.side_start and not m.side_end and m.target is not None for m in self.current):
                return self.current[0].target
            return None
        for key, value in reversed(self.pending):
            if key == "relation" and str(value[0]).startswith("side_start"):  # type: ignore[index]
                return value[1]  # type: ignore[index]
        return None

    def resume_sides(self) -> None:
        """The end side said in a later sentence belongs to the move whose start side was said before."""
        movers = [s for s in self.subjects if s >= 0 and self.entities[s].motions]
        latest = [self.entities[s].motions[-1] for s in movers]
        if latest and not self.current and all(m.side_start and not m.side_end for m in latest):
            self.current = latest

    def later_place(self) -> None:
        """A place after a move that already has its end starts a new description, not that move's start."""
        if self.current and all(m.end is not None and m.kind not in STILL_KINDS for m in self.current):
            self.current = []

    def _listed_path(self, subject: int) -> bool:
        """"First the lower right, then the upper right, then the top left: that is the path of a deer":
        goals listed before their object, with no verb, are one leg each."""
        goals = [v for k, v in self.pending if k == "to_region"]
        if len(goals) < 2 or any(k in ("from_region", "at_region", "dir") for k, _ in self.pending):
            return False
        for goal in goals:
            self.entities[subject].motions.append(Motion(kind="move", step=self.step, end=goal))  # type: ignore[arg-type]
            self.step += 1
        self.step -= 1
        self.current = []
        return True

    def _later_place(self, subject: int) -> bool:
        """"..., in the bottom right in the middle, and in the top right at the end": a place said for a
        later time, of something already placed or moving, is the next step of its path."""
        keys = [k for k, _ in self.pending]
        times = [v for k, v in self.pending if k == "time"]
        motions = self.entities[subject].motions
        if not motions or "to_region" in keys or not ({"at_region", "from_region"} & set(keys)) or (times and times[-1] < 0.3):  # type: ignore[operator]
            return False
        self.step = max(m.step for e in self.entities for m in e.motions) + 1
        motion = Motion(kind="move", step=self.step)
        self._apply_pending(motion)
        motion.start, motion.end, motion.at_fraction = None, motion.start, None
        motions.append(motion)
        self.current = []  # the next place said is another step, not a change to this one
        return True

    def finish(self, point: tuple[float | None, float | None]) -> None:
        """"... and ends in the upper right": the end of the current move, or a new step after it."""
        self._clear_phrase()
        self.transitive = None
        if not self.current:
            if not self.entities:
                self.pending.append(("to_region", point))
                return
            self.verb("ends", "move")
        elif any(m.end is not None for m in self.current):
            self.sequence_pending = True
        self._modify("to_region", point)

    def attach_orphan_verbs(self) -> None:
        """Verbs that came before any noun ("falling from the sky, a leaf ...") go to the first object."""
        verbs = [v for k, v in self.pending if k == "verb"]
        if verbs and self.entities:
            for word, kind in verbs:
                self.entities[0].motions.insert(0, Motion(kind=kind, verb=word))
        self.pending = []


_REL_CANON = {
    "toward": "toward", "towards": "toward", "away from": "away", "past": "past", "around": "around",
    "behind": "behind", "in front of": "front", "next to": "next", "beside": "next", "on top of": "on",
    "onto": "on", "on": "on", "off": "off", "off of": "off", "from": "from", "to": "to", "near": "next",
    "over": "over", "under": "under", "by": "by", "into": "to", "after": "toward",
}
_DEPTH_CANON = {
    "into the distance": "farther", "far away": "far", "in the distance": "far", "in the background": "far",
    "in the foreground": "near",
}


def read_prompt(prompt: str) -> SceneReading:
    """Read ``prompt`` into objects, moves, camera moves, view and background (no physics yet)."""
    text = APOSTROPHE_RE.sub("'", prompt[:MAX_PROMPT_CHARS].lower())
    text = ARROW_RE.sub(" to ", text)  # "bottom right → top left": a path written with arrows
    text = SPACE_RE.sub(" ", text).strip()
    reader = _Reader()
    if len(prompt) > MAX_PROMPT_CHARS:
        reader.notes.append(f"only the first {MAX_PROMPT_CHARS} characters of the prompt were read")
    matches = list(TOKEN_RE.finditer(text))
    for position, match in enumerate(matches):
        reader.position = position
        group = match.lastgroup
        value = match.group(0)
        if group == "word" or group == "number":
            read_word(reader, value, matches, position)
        elif group == "punct" and value == "," and comma_inside_phrase(reader, matches, position):
            pass  # the noun phrase goes on after the comma
        elif group == "punct":
            reader.end_clause(hard=value in ".;!?")
            if value == ",":
                reader.joining = bool(reader.subjects) and not reader.verb_since_subject
        elif group == "noun2":
            name = match.group("noun2").replace("-", " ")
            reader.noun(value, name, COMPOUND_CLASSES[name], bool(match.group("plural2")), True)
        elif group == "scene2":
            reader.scenes.append(COMPOUND_SCENES[value.replace("-", " ")])
            reader.relation = None
            reader._clear_phrase()
        elif group == "count":
            reader.count = COUNT_PHRASES[value.replace("-", " ")]
        elif group == "topdown":
            reader.top_down = True
            reader.locative = False  # "in a top-down shot a hen ...": the place phrase ended at "shot"
        elif group == "depth":
            if "camera" in value or "viewer" in value or "lens" in value:
                reader.modify("depth", "farther" if value.startswith("away") else "closer")
            elif value in ("into the distance",):
                reader.modify("depth", "farther")
            else:
                reader.depth_hint = _DEPTH_CANON[value]
                reader.modify("depth", _DEPTH_CANON[value])
        elif group == "exit":
            reader.modify("exit", True)
        elif group == "enter_from":
            reader.modify("enter", match.group("enter_region"))
        elif group == "enter":
            reader.modify("enter", None)
        elif group == "from_to":
            reader.modify("from_region", region_point(match.group("ft_a")))
            reader.modify("to_region", region_point(match.group("ft_b")))
        elif group == "from_region":
            reader.modify("from_region", region_point(match.group("from_r")))
        elif group == "to_region" and match.group("to_r") in ("left", "right") and reader.open_side() is not None:
            # "from the left side of it to the right side": the reference's right, not the frame's
            reader.modify("side", ("end", match.group("to_r"), reader.open_side()))
        elif group == "to_region":
            reader.modify("to_region", region_point(match.group("to_r")))
        elif group == "at_region" and _said_middle(match) and position > 0 and matches[position - 1].lastgroup == "bare_corner":
            reader.modify("time", 0.5)  # "top-right in the middle": a time, after a place
        elif group == "at_region":
            reader.later_place()
            reader.modify("at_region", region_point(match.group("at_r")))
        elif group == "circle":
            reader.modify("circle", True)
        elif group == "dir":
            _read_direction(reader, value)
        elif group == "dir_phrase":  # "in the left direction"
            _read_direction(reader, match.group("dir_w"))
        elif group == "rel" and value == "to" and position + 1 < len(matches) and matches[position + 1].group(0) in PRESENTING_WORDS:
            pass  # "we get to see a dog": the infinitive's "to", no destination
        elif group == "rel":
            _read_relation(reader, value)
        elif group == "time":
            reader.modify("time", fraction_of(value))
        elif group == "finish":
            reader.finish(region_point(match.group("finish_r")))
        elif group == "start_at" and value.split()[0] in COPULA and _late_time_follows(matches, position):
            reader.finish(region_point(match.group("start_r") or match.group("start_c")))  # "is on the right by the end"
        elif group == "start_at":
            if value.split()[0] in COPULA:
                reader.later_place()  # "..., and is at the top right at the end": where it is next, not where it began
            reader.modify("from_region", region_point(match.group("start_r") or match.group("start_c")))
        elif group == "side_rel":
            role = _side_role(match.group("side_lead"), match.group("side_prep"))
            if role == "start" and reader.sequence_pending:
                role = "end"  # "...; finally it is to the right of it": where it ends up
                reader.sequence_pending = False
                reader.resume_sides()
            reader._clear_phrase()
            reader.relation = f"side_{role}:{match.group('side_of')}"
        elif group == "side_its_rel":
            role = _side_role(match.group("its_lead"), match.group("its_prep"))
            owner = re.search(r"(?:the|an?) ([a-z]+)'s", value)
            other = reader.possessor(owner.group(1)) if owner else None
            reader.modify("side", (role, match.group("its_side"), other if other is not None else reader.reference_other()))
        elif group == "hyph_mod":
            head = value.split("-")[0]
            reader.attrs.append(("color", head) if head in COLORS and "colo" in value else ("detail", value))
        elif group == "in_view":  # "lands in view during the second half": it is seen from then on
            reader.verb(value, "visible")
        elif group == "hyphenated":
            tail = value.rsplit("-", 1)[1]
            if tail in COLORS:
                reader.attrs.append(("color", tail))  # "bright-red": the colour is red
            elif looks_like_modifier(tail) or is_describing(tail) or tail in DETAIL_WORDS or (
                    noun_class(tail) is None and _next_is_known_noun(matches, position)):  # "well-fed foxes"
                reader.attrs.append(("detail", value))  # "photo-realistic": a describing word
            else:
                read_word(reader, tail, matches, position)  # "x-ray machine": read its last part
        elif group == "bare_corner":  # "then goes bottom-right": a corner named without a preposition
            listed = position == 0 or matches[position - 1].lastgroup == "punct"
            if listed and position + 1 < len(matches) and (matches[position + 1].lastgroup == "time" or _said_middle(matches[position + 1])):
                reader.later_place()  # "bottom-right at the start, top-right in the middle": a place at a time
                reader.modify("at_region", region_point(value.replace("corner", "")))
            elif (position + 1 < len(matches) and matches[position + 1].lastgroup == "to_region" and reader.current
                  and not any(m.start for m in reader.current) and VERB_KINDS.get(matches[position - 1].group(0)) not in (None, "disappear")):
                reader.modify("from_region", region_point(value.replace("corner", "")))  # "going lower-left to ...": where it starts
            else:
                reader.modify("to_region", region_point(value.replace("corner", "")))
        elif group == "window":
            first = match.group("until") is not None or match.group("early") is not None or match.group("half") in FIRST_HALF_WORDS
            if position > 0 and matches[position - 1].group(0) == "not":
                first = not first  # "seen early on but not in the second half": only in the first
            if position > 0 and matches[position - 1].group(0) in ("until", "till") and match.group("late"):
                first = True  # "(not) seen until later in the video": the said state holds in the first part
            reader.modify("window", "first" if first else "second")
        elif group == "sequence":
            reader.sequence_pending = True
        elif group == "move_idiom":  # "makes its way past", "changes its position"
            reader.verb(value, "move")
        elif group == "appear_phrase":
            reader.verb(value, "appear")
        elif group == "disappear_phrase":
            reader.verb(value, "disappear")
        elif group == "visible_phrase":
            reader.verb(value, "visible")
    reader.end_clause(hard=True)
    reader.drop_unconfirmed()
    reader.attach_orphan_verbs()
    if reader.presented:
        _shown_not_arriving(reader.entities)
    resolve_timing(reader.entities, Motion)
    foreign = sum(1 for m in matches if m.lastgroup == "word" and m.group(0) in FOREIGN_FUNCTION_WORDS)
    if foreign >= 2 or (foreign and not reader.entities):
        reader.notes.append(
            "the prompt does not look like English: the physics planner reads English only, so this layout "
            "is a guess; write the prompt in English or use an LLM planner"
        )
    if reader.truncated:
        reader.notes.append(f"the prompt names more than {MAX_ENTITIES} kinds of object; kept the first {MAX_ENTITIES}")
    if not reader.entities:
        _fallback_entity(reader, text)
    if reader.unknown:
        shown = ", ".join(f"'{w}'" for w in dict.fromkeys(reader.unknown))
        reader.notes.append(f"did not understand {shown}; ignored")
    background, assumed = _background(reader)
    return SceneReading(
        entities=reader.entities,
        camera=reader.camera,
        top_down=reader.top_down,
        background=background,
        background_assumed=assumed,
        depth_hint=reader.depth_hint,
        notes=reader.notes,
    )


PLAIN_APPEAR = frozenset(("appear", "appears", "appeared", "appearing"))


def _shown_not_arriving(entities: list[Entity]) -> None:
    """"A clip in which two pigs appear": with no time, window or other move, "appear" says what the clip
    shows, not that they arrive late."""
    for entity in entities:
        if len(entity.motions) == 1:
            motion = entity.motions[0]
            if motion.verb in PLAIN_APPEAR and motion.window is None and motion.at_fraction is None \
                    and motion.enters_from is None and motion.step == 0:
                motion.kind = "visible"


def _late_time_follows(matches, position: int) -> bool:
    following = matches[position + 1] if position + 1 < len(matches) else None
    return following is not None and following.lastgroup == "time" and fraction_of(following.group(0)) >= 0.6


def _said_middle(match) -> bool:
    return match.lastgroup == "at_region" and match.group(0) == "in the middle"


def _side_role(lead: str | None, preposition: str | None) -> str:
    """"from the left of" and "starts to the left of" say where a move starts; the rest where it ends."""
    if lead:
        return "start" if re.fullmatch(START_WORDS, lead) else "end"
    return "start" if (preposition or "").strip() == "from" else "end"


def _read_direction(reader: _Reader, value: str) -> None:
    if reader.relation == "away" and value in ("left", "right"):
        reader.relation = None  # "moves right, away from the left": away from a side is toward the other
        value = "right" if value == "left" else "left"
    if value == "across" and any(m.direction or m.end for m in reader.current):
        return  # "flies leftward across the sky": across says nothing about which way
    if -1 in reader.subjects and reader.current:
        if not any(m.particle for m in reader.current):  # "pans left across ...": the first word counts
            reader.modify("particle", DIRECTIONS[value])
        return
    reader.modify("dir", DIRECTIONS[value])


def _read_relation(reader: _Reader, value: str) -> None:
    canon = _REL_CANON.get(value)
    if -1 in reader.subjects and value in ("away from",) and reader.current:
        reader.modify("particle", "out")
    elif -1 in reader.subjects and value in ("toward", "towards", "to", "on", "into") and reader.current:
        if not any(m.particle for m in reader.current):
            reader.modify("particle", "in")
    reader.relation = canon
    reader._clear_phrase()


def _fallback_entity(reader: _Reader, text: str) -> None:
    """No object word found: use the first content word as the one object and say so."""
    words = [m.group(0) for m in TOKEN_RE.finditer(text) if m.lastgroup == "word"]
    content = [w for w in words if w not in STOP_WORDS and w not in PLAIN_ADJECTIVES and not looks_like_modifier(w)
               and w not in SIZE_FACTORS and w not in DETAIL_WORDS and w not in NON_OBJECT_NOUNS
               and w not in FOREIGN_FUNCTION_WORDS and w not in VERB_KINDS and w not in SPEED_WORDS
               and w not in COLORS and w not in SCENE_WORDS and w not in CAMERA_WORDS and w not in PRONOUNS
               and w not in DEFINITE and w not in INDEFINITE and w not in NUMBER_WORDS and w not in SEQUENCE_WORDS]
    if not content:
        return
    name = singular(content[0])
    reader.entities.append(Entity(noun=name, cls=GENERIC_CLASS, count=1, known=False))
    reader.unknown = [w for w in reader.unknown if w != content[0]]
    reader.notes.append(f"found no object word; used '{name}' as the one object, drawn as a generic 0.5 m object")


def _background(reader: _Reader) -> tuple[str, bool]:
    if reader.scenes:
        return reader.scenes[0], False
    for entity in reader.entities:
        if entity.cls.scene:
            reader.notes.append(f"no scene word; background '{entity.cls.scene}' suggested by the {entity.noun}")
            return entity.cls.scene, True
    reader.notes.append(f"no scene word; assumed background '{DEFAULT_BACKGROUND}'")
    return DEFAULT_BACKGROUND, True
