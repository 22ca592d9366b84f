"""The clause-level reader: the state of one left-to-right pass over a prompt's tokens.

``read_prompt`` (prompt_reading) hands each token to this reader or, for single words, to ``noun_phrases.read_word``; it
keeps who the subjects are, which motions the next modifiers apply to and what was said before any verb, and it turns
verbs and modifiers into ``Motion`` records on the ``Entity`` they belong to. Which object a noun names (and what is
said not to be there, and which one a pronoun names) is ``noun_mentions``' part; which leg of a path a place or side
is on, ``path_clauses``'; what a side said before its subject becomes, ``fronted_sides``'.
"""

from __future__ import annotations

from .fronted_sides import FrontedSides
from .motions import Entity, Motion, set_modifier
from .noun_mentions import NounMentions
from .object_classes import HANDED_CLASSES, ObjectClass, passed_by_hand
from .path_clauses import PathClauses
from .scene_words import SUPPORT_NOUNS
from .vocabulary import (
    CAMERA_KINDS,
    COMING_VERBS,
    CONTINUATION_KINDS,
    FLIGHT_KINDS,
    PASS_VERBS,
    PASSIVE_CONTINUATIONS,
    STILL_KINDS,
    TRANSITIVE_VERBS,
)

ELABORATING_KINDS = frozenset(("move", "run", "fly", "swim", "drive", "glide", "float", "roll"))
PASSING_RELATIONS = frozenset(("past", "over", "by", "under", "behind", "front"))  # a move that goes by its reference
REMAINING_WORDS = frozenset("left remain remains remained stay stays stayed".split())
# where a thing is, not where it goes
PLACE_RELATIONS = frozenset(("on", "under", "next", "behind", "front", "over", "by"))
CAMERA_FOLLOWING = frozenset("follows follow following followed tracks track tracking tracked".split())
# a place said of the subject, waiting for its clause to end
_PLACE_KEYS = frozenset(("from_region", "at_region", "to_region"))
# a way said with these on a mount is the mount's ("goes left on a horse"); walking, climbing or falling on a bus is not
_TRAVELLING = frozenset("go goes went going travel travels travelled traveled travelling traveling head heads headed "
                        "heading journey journeys journeyed journeying commute commutes commuted commuting".split())


class ClauseReader(NounMentions, PathClauses, FrontedSides):
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
        self.reference_joined = False  # "to the right of the cat and the dog a frisbee": the dog is no object
        self.relation: str | None = None
        self.det: str | None = None
        self.count: int | None = None
        self.attrs: list[tuple[str, str]] = []
        self.truncated = False
        self.last_object: int | None = None  # the latest direct object of a transitive verb
        # "a dog barks at the door. it left.": "it" is the door, unless what it does next is to go; then the movers
        self.it_if_going: tuple[int, list[int]] | None = None
        self.compound: list[str] = []  # unknown words naming one object together ("hockey puck")
        self.naming = False  # after "number": the next number word names, not counts
        self.counting = False  # "Number of them: three": a count said after the noun, until the sentence ends
        self.unconfirmed: dict[int, str] = {}  # entities said not to be there ("no dog"), by the word used
        self.sentence_from = 0  # the first of the things named in the sentence being read
        self.told_as_many: set[int] = set()  # entities a plural verb follows ("the dice were"): never what "it" resumes
        self.split_groups: list[Entity] = []  # groups whose members were told apart by colour ("the brown one")
        self.empty_start = False  # "Empty at first, then a cat": what is named next comes later
        self.vague = False  # the pending count is a vague one ("a bunch of")
        self.participial = False  # inside an opening participle phrase ("Compared with a scooter, ...")
        # the clause's subject is one said not to be there: its state verbs say nothing new
        self.negated_subject = False
        self.assumed: int | None = None  # the latest entity whose count was assumed (a plural without a number)
        # that plural was named with "the" ("look at the cats!"): a group the prompt goes on to count
        self.assumed_definite = False
        self.position = 0  # index of the token being read
        self.last_mention: tuple[int, int] | None = None  # (entity, token index) of the latest noun
        self.window_at: int | None = None  # token index of the latest "in the second half"-like phrase
        self.outer_subjects: list[int] | None = None  # the main clause's subjects during a relative clause
        self.outer_current: list[Motion] = []  # and the main clause's moves
        self.aside = False  # the relative clause is set off by commas ("a truck, which is parked, ...")
        self.relative_at: int | None = None  # the token of the latest relative pronoun opening a clause
        # "kicks the ball she chases to the left": the main verb's moves, the way said after the relative verb theirs
        self.gapped_main: list[Motion] | None = None
        self.unseen_goer: tuple[str, str] | None = None  # "Lancelot rides left": the verb of a goer never drawn
        self.object_pending = False  # after a verb we do not know: the next noun is its object
        self.set_down: str | None = None  # "sets down a box on a table": the verb whose object rests where said next
        self.absent: tuple[str, ObjectClass, bool] | None = None  # the latest thing said to be not there
        self.exclusive = False  # after "only the ...": a remaining said of it means the others have gone
        self.followed = False  # "the camera follows a sheep from ...": the next noun is what moves
        # "can you flap?", "we walk away": the token of the speaker's or listener's verb
        self.person_verb_at: int | None = None
        self.locative: bool | str = False  # after "at"/"in"/"along"...: an unknown noun there is a place, not an object
        self.maybe_places: list[Entity] = []  # unknown nouns after "beside"/"by"...: the place unless said more of
        self.presented = False  # "a clip in which ...": the clause says what the clip shows
        self.empty_frames: list[bool] = []  # "the frame is empty" in the first half (True) or the second
        self.unnamed: int | None = None  # "It starts bottom left, ... — a kitten": the "it" named later
        # after "it is": a noun of its own kind names it again ("it is a lively cat")
        self.predicate_of: int | None = None
        # "a bird above the tree flies": the noun after the subject's preposition is not a new subject
        self.attached = False
        # "the ball on the table rolls": where the subject is, said before its verb
        self.placed_at: tuple[str, int, tuple[int, ...]] | None = None
        self.sentence_unnamed = False  # a sentence has ended and the next has named no object yet
        # "To the left of the box, a cat sits": only the thing a side opening the sentence is said of has been named
        self.side_fronted = False
        self.side_subject_named = False  # "..., a cat": the subject named after a fronted side, its verb still to come
        self.sided_moves: list[Motion] = []  # moves that took a side said before their verb (``_side_before_a_way``)
        # the moves said after such a place, with that place
        self.placed_moves: list[tuple[Motion, tuple[str, int]]] = []
        # the subjects were placed by a clause with no verb: a noun after "and" is a new subject
        self.placed_subject = False
        # "starts in the lower left corner, ...": this sentence's verbless places
        self.opening_places: list[Motion] = []
        self.rest_place: int | None = None  # "a table where a cat sits": the thing the clause's resting subject is at
        # "Pulled away, and the ball runs ...": how many verbs said before any thing a ", and" closed off
        self.orphans_joined_on = 0

    # --------------------------------------------------- mentions: a named thing's role in its clause
    def relative_clause(self, after_comma: bool = False) -> bool:
        """"a ball that bounces to the right", "a truck, which is parked,": the clause's verbs belong to the noun just
        named."""
        if self.last_mention is None or self.last_mention[1] != self.position - 1 - after_comma:
            return False
        self.aside = after_comma  # set off by commas: the next comma closes it, verb or not
        self.relative_at = self.position
        index = self.last_mention[0]
        if self.subjects != [index]:
            if self.outer_subjects is None:
                self.outer_subjects, self.outer_current = self.subjects, self.current
            self.subjects = [index]
            self.current = []
        self.verb_since_subject = False
        self.transitive = None
        self.relation = None
        self.joining = False
        return True

    def place_clause(self) -> bool:
        """"rolls onto a table where a cat sits": "where" right after a thing opens a clause of its own, whose subject
        rests at that thing; the verb before it ends there and takes no object from it."""
        if self.last_mention is None or self.last_mention[1] != self.position - 1 or -1 in self.subjects \
                or not self.current or self.last_mention[0] in self.subjects:
            return False  # "a scene across the ice where the only things are ...": no clause of a verb ends there
        place = self.last_mention[0]
        self.end_clause(hard=False)
        self.subjects, self.current, self.verb_since_subject = [], [], False
        self.rest_place = place
        return True

    def open_clause(self, subject_after_side: bool) -> None:
        """What follows "and" is the next clause's, its subject still to come; after a side said first, as at a
        sentence's opening, that side's thing is no subject ("..., and from the left of the car a bird flies")."""
        self.end_clause(hard=False)
        self.current = []
        self.sentence_unnamed = subject_after_side

    def _place_mention(self, index: int) -> None:
        if self.followed:
            self.followed, self.subjects, self.verb_since_subject, self.current = False, [index], False, []
            self.verb("follows", "move")
            return
        attached, self.attached = self.attached, False
        # "Right to left: a white van": said before its subject. The thing a side is said of, "From the left of the box
        # to its right, a cat runs", is no subject: the sentence still waits for the one the fronted side belongs to.
        # Who reads that wait (``awaiting_subject``): this test; ``end_clause``'s ``fronted_time``, which keeps the
        # side for the subject; the list joining after a comma (prompt_reading); and ``verb``, where a verb said before
        # the subject leaves the side waiting and the subject's verb of resting takes it as its place.
        fronted = self.awaiting_subject
        side_object = self.relation is not None and self.relation.startswith("side_")
        self.side_subject_named = self.side_fronted and not side_object  # what the side waited for: see ``verb``
        self.side_fronted = (fronted or not self.subjects) and side_object  # "To the left of the box, ..." opening it
        self.sentence_unnamed = False
        if self.relation is not None:
            relation, self.relation = self.relation, None
            if relation == "on" and self._mount_carries_the_way(index):
                return
            if relation in PLACE_RELATIONS and not self.current and self.subjects and -1 not in self.subjects \
                    and not self.verb_since_subject and index not in self.subjects:
                self.placed_at = (relation, index, tuple(self.subjects))
            if relation == "by" and any(m.kind == "throw" for m in self.current):
                for subject in self.subjects:
                    if subject >= 0 and subject != index:
                        self.entities[subject].agent = index
                return
            self._modify("relation", (relation, index))
            return
        if self.reference_joined:
            self.reference_joined = False  # a second thing the way is told by: named, the throw still waits
            return
        if self.transitive is not None:
            agents, motions = self.transitive
            self.transitive = None
            mover = self.entities[index]
            if motions[0].verb in PASS_VERBS and not passed_by_hand(mover.cls):
                # "a boy walks left and passes a bench": no one hands a bench on, he goes past it
                for motion in motions:
                    motion.kind, motion.relation, motion.target = "move", "past", index
                self.object_pending, self.last_object = False, index
                return
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
            if self.set_down is not None and index not in self.subjects:
                # "a man sets down a box on a table": the place said next is the box's, the man stays where he is
                motion = Motion(kind="rest", verb=self.set_down, step=self.step, placed=True)
                self.entities[index].motions.append(motion)
                self.current = [motion]
            self.set_down = None
            return
        if attached and self.subjects and not self.verb_since_subject:
            return  # "a man with a hat walks": the hat is named with the man; the verb after it is still the man's
        if self.subjects and -1 not in self.subjects and index not in self.subjects and not fronted \
                and any(key in _PLACE_KEYS for key, _ in self.pending):
            # "a cat sits on the left and a dog ...": the left is the cat's, said before the dog
            self.end_clause(hard=False)
        if self.joining and not self.verb_since_subject and not self.placed_subject and self.subjects \
                and -1 not in self.subjects:
            if index not in self.subjects:
                self.subjects.append(index)
        else:
            self.noun_object_gap(index)  # "the stick that the dog is holding": the dog's clause, the stick its object
            self.subjects = [index]
            self.verb_since_subject = False
            self.current = []
        self.joining = self.placed_subject = False

    def _mount_carries_the_way(self, index: int) -> bool:
        """"Sir Gawain rides from right to left on a horse": a rider we cannot draw, said only by a verb of riding,
        driving or travelling and its way, is on the thing named after "on"; that mount, when it goes by itself, goes
        that way ("we walk to the left on a train" is a walk along it, the train stays)."""
        verbs = [value for key, value in self.pending if key == "verb"] or ([self.unseen_goer] if self.unseen_goer else [])
        if self.subjects or self.current or len(verbs) != 1 or not (verbs[0][1] == "drive" or verbs[0][0] in _TRAVELLING) \
                or self.entities[index].cls.mobility not in ("walker", "vehicle"):
            return False
        self.pending = [said for said in self.pending if said[0] != "verb"]
        self.subjects, self.verb_since_subject, self.unseen_goer = [index], False, None
        self.verb(*verbs[0])
        return True

    def unknown_verb(self, word: str, takes_object: bool = True) -> None:
        """A word we do not know right after the subject is its verb: reported, and it keeps the subject; one closing
        its clause takes no object, so a thing named after it is the next clause's subject, never joined to this one."""
        self.unknown.append(word)
        self.object_pending = takes_object
        if self.gapped_main is not None:  # "throws the frisbee that she is holding to the left": the throw's way
            self.current, self.gapped_main, self.object_pending = self.gapped_main, None, False
        self.verb_since_subject = self.verb_since_subject or not takes_object

    def clear_phrase(self) -> None:
        """Forget the noun phrase being read: its article, count and modifiers belong to no thing."""
        self.det, self.count, self.attrs, self.compound, self.vague = None, None, [], [], False
        self.locative = False

    # ----------------------------------------------------------------------- verbs
    def verb(self, word: str, kind: str, camera_move: bool = False, elaborating: bool = False,
             on_a_thing: bool = False, mover_follows: bool = False) -> None:
        self.predicate_of = None
        if elaborating and self._elaborate(kind):
            return
        if word in CAMERA_FOLLOWING and (self.subjects == [-1] or (not self.subjects and not self.entities)):
            # "please track a deer as it goes ...": an order to the camera; the path said next is the deer's
            self.clear_phrase()
            self.followed, self.current = True, []  # the path said next is the followed object's, not the camera's
            return
        self.clear_phrase()
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
        if self.person_verb_at == self.position and kind not in CAMERA_KINDS:
            # "can you flap?", "we walk away": the listener's or the speaker's, no thing's
            self.subjects, self.current = [], []
            self.unseen_goer = None if kind in STILL_KINDS else (word, kind)  # unless on a mount: see below
            return
        if kind in ("pan", "dolly") and on_a_thing and not self.subjects:
            # "pull up a chair", "push a cart": the listener's act on a thing, no camera move
            self.object_pending = True
            return
        if kind in CAMERA_KINDS and (camera_move or not self.subjects or -1 in self.subjects):
            self.subjects = [-1]
        elif kind == "zoom":
            kind = "run"  # "a car zooms past"
        elif kind in ("pan", "dolly"):
            kind = "move"  # "a car pulls into the scene": the car moves, not the camera
        fixed_and_movers, self.it_if_going = self.it_if_going, None
        if fixed_and_movers and kind not in ("rest", "visible", "appear") and self.subjects == [fixed_and_movers[0]]:
            self.subjects = fixed_and_movers[1]  # a door or a tree said to go: "it" was the mover, not the fixed thing
        subjects = self.subjects
        if not subjects:
            if self.entities:
                subjects = [len(self.entities) - 1]
            else:
                self.pending.append(("verb", (word, kind)))
                return
        if kind not in STILL_KINDS and subjects != [-1] and all(self._absent_to_the_end(s) for s in subjects):
            # "no dog in the second half. Move forward!": the listener's, no move of it
            self.subjects, self.current = [], []
            return
        self.verb_since_subject = True
        if subjects != [-1] and (kind in CONTINUATION_KINDS
                                 or (kind in PASSIVE_CONTINUATIONS and self._all_passive(subjects))):
            merged = self._continue_flight(subjects, kind)
            if merged:
                return
        if subjects != [-1] and kind not in STILL_KINDS and kind not in CONTINUATION_KINDS and all(
                self.entities[s].motions and self.entities[s].motions[-1].end is not None
                and self.entities[s].motions[-1].step == self.step for s in subjects):
            self.step += 1  # "continues to the lower right, reaches the top right": one leg after another
        if not mover_follows:
            self._own_sides_are_anothers(subjects, kind)
        motions = []
        for subject in subjects:
            said = self.entities[subject].motions if subject >= 0 else []
            if said and said[-1].verb == "follows" and word != "follows" and not (
                    said[-1].start or said[-1].end or said[-1].direction or said[-1].relation):
                said.pop()  # "track a deer as it goes from ...": the move said next is the one followed
            motion = Motion(kind=kind, verb=word, step=self.step)
            if not self.side_fronted:
                # a verb before the fronted side's subject, "From the left of the box, which never moves, a cat walks
                # ...", is the box's: the side waits for the cat
                self._apply_pending_after_side(subject, motion)
            if said and kind not in STILL_KINDS and self._opens_the_move(said[-1], motion):
                # "starts in the lower left corner, drives to ...": it drives from there
                motion.start = said.pop().start
            if said and kind not in STILL_KINDS and said[-1].kind == "rest" and said[-1].verb \
                    and said[-1].window == "first" and said[-1].step < motion.step and motion.at_fraction is None \
                    and motion.window is None:
                # "sits for the first half, then walks to the right": how long it sits, not when it is in view
                said[-1].window, motion.at_fraction = None, 0.5
            if subject == -1:
                self.camera.append(motion)
            else:
                self.entities[subject].motions.append(motion)
            motions.append(motion)
        self.current = motions
        gapped, self.gapped_main = self.gapped_main, None
        if gapped is not None and subjects != [-1]:
            # "kicks the ball she is chasing to the left": the chase's object is the ball; the way is the kick's
            self.current, self.transitive = gapped, None
            return
        place, self.rest_place = self.rest_place, None
        if place is not None and kind == "rest" and place not in subjects:
            self._modify("relation", ("on" if self.entities[place].noun in SUPPORT_NOUNS else "next", place))
        if self.placed_at is not None and list(self.placed_at[2]) == subjects:
            self.placed_moves.extend((motion, self.placed_at[:2]) for motion in motions)
        self.placed_at = None
        if self.exclusive and word.split()[-1] in REMAINING_WORDS and -1 not in subjects:
            self._others_leave(subjects)
        self.exclusive = False
        if word in PASS_VERBS and subjects != [-1] and not any(
                self.entities[s].cls in HANDED_CLASSES for s in subjects):
            for motion in motions:  # "a bird passes a ball": it goes past the ball (only people pass one)
                motion.kind = "move"
            self.relation = "past"
        elif word in TRANSITIVE_VERBS and subjects != [-1]:
            self.transitive = (list(subjects), motions)

    def _opens_the_move(self, place: Motion, move: Motion) -> bool:
        """Whether a verbless place said earlier in the sentence, with no time or reference, is where the move
        starts."""
        return any(place is opening for opening in self.opening_places) and place.step == move.step \
            and move.start is None and place.start is not None and place.end is None and place.at_fraction is None \
            and place.relation is None and place.window is None

    def _others_leave(self, remaining: list[int]) -> None:
        """"A cat and a lamp are there; by the end only the lamp is left": the cat disappears."""
        for index, entity in enumerate(self.entities):
            if index not in remaining and not any(m.kind in ("disappear", "appear") or m.exits for m in entity.motions):
                entity.motions.append(Motion(kind="disappear", verb="gone", step=self.step))

    def _elaborate(self, kind: str) -> bool:
        """"A bird passes a ball, moving from its right to its left": the participle says how that same move goes. A
        participle of another way of travelling ("passes a car, flying from ...") elaborates a pass that has said no
        path yet, and "heading", "moving" say which way a drive or flight off the frame goes ("drives off, heading
        right")."""
        if kind not in ELABORATING_KINDS or not self.subjects or -1 in self.subjects or self.sequence_pending:
            return False
        latest = [self.entities[s].motions[-1] for s in self.subjects if self.entities[s].motions]
        if len(latest) != len(self.subjects) or not all(m.step == self.step and (
                m.kind in ("move", "run") and kind in ("move", "run")
                or (m.kind in ELABORATING_KINDS and kind == "move" and m.exits
                    and not (m.start or m.end or m.direction))
                or (m.kind in ELABORATING_KINDS and m.relation in PASSING_RELATIONS
                    and not (m.start or m.end or m.direction))
                or (m.verb in COMING_VERBS and not (m.start or m.end or m.direction or m.relation))) for m in latest):
            return False
        for motion in latest:
            if motion.verb in COMING_VERBS:
                motion.kind, motion.verb = kind, ""  # "comes rolling in": it rolls in
        self.clear_phrase()
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
            if key == "window":
                motion.window_at = self.window_at
        self.pending = [p for p in self.pending if p[0] == "verb"]

    # ------------------------------------------------------------------- modifiers
    def modify(self, key: str, value: object) -> None:
        self.clear_phrase()
        self.transitive = None if key not in ("speed", "apex") else self.transitive
        self._modify(key, value)

    def _modify(self, key: str, value: object) -> None:
        if key == "to_region" and self.current and all(
                m.end is not None and m.kind not in STILL_KINDS for m in self.current):
            # "from A via B to C", "going A to B to C": each goal after an end is a new leg
            self.sequence_pending = True
        if self.sequence_pending and self.current and key in ("to_region", "from_region", "dir", "relation", "exit",
                                                              "circle", "depth", "edge"):
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
                if key == "window":
                    motion.window_at = self.window_at
        else:
            self.pending.append((key, value))

    # ------------------------------------------------------------------- clauses
    def _absent_to_the_end(self, index: int) -> bool:
        """Whether the thing is one said not to be there for the clip's second half ("then no dog in the second half"),
        and named no more since: nothing after that can move it ("no car at first; then drive in" may)."""
        return index in self.unconfirmed and any(
            m.verb == "not there" and m.window == "second" for m in self.entities[index].motions)

    def end_clause(self, hard: bool) -> None:
        self.clear_phrase()
        self.gapped_main = self.set_down = None
        if hard:
            self.sentence_from = len(self.entities)  # the things named from here on are the next sentence's
        self.reference_joined = False
        if self.sided_moves:
            self._side_before_a_way()
        self.placed_subject = False
        self.predicate_of = None
        if self.participial:  # "Viewed from high above, a bird ...": the opening phrase named no object
            self.participial = self.object_pending = False
        if self.object_pending:  # "with the paddock filling the frame, the horse ...": that verb's object never came
            self.object_pending, self.verb_since_subject = False, True
        if self.negated_subject:  # "no horse at first, but towards the end ...": the time after is not the absence's
            self.negated_subject, self.current, self.subjects = False, [], []
        self.transitive = None
        self.relation = None
        self.joining = False
        self.attached = False
        if self.outer_subjects is not None and (hard or self.verb_since_subject or self.aside):
            self.aside = False
            self.subjects, self.outer_subjects = self.outer_subjects, None  # back to the main clause
            if all(motion.kind == "rest" for motion in self.current):
                # "runs past a cat that sleeps, from left to right": the way is
                # the runner's (a relative clause that moves,
                # "a bird that flies from A to B, then to C", goes on with its own route)
                self.current = self.outer_current
            self.verb_since_subject = True
        fronted_time = not hard and self.pending and (
            self.awaiting_subject or all(k in ("time", "window") for k, _ in self.pending))
        # "from the midpoint on, it is gone": the time is the next verb's
        if self.pending and self.subjects and not fronted_time:
            # descriptors without a verb ("a ball in the top left"): a resting placement
            for subject in self.subjects:
                if subject >= 0 and any(k != "verb" for k, _ in self.pending):
                    if self._start_of_bare_move(subject) or self._later_place(subject) or self._listed_path(subject) \
                            or self._pass_said_again(subject):
                        continue
                    # "a car trundles right": a direction said of it is a move, whatever the verb we did not know
                    sideways = any(k == "dir" and v in ("left", "right") for k, v in self.pending)  # not "lined up"
                    # "canters over to the upper right"
                    heading = any(k == "to_region" for k, _ in self.pending) and any(
                        m.kind not in STILL_KINDS or m.start is not None for m in self.entities[subject].motions)
                    motion = Motion(kind="move" if sideways or heading else "rest", step=self.step)
                    self._apply_pending_after_side(subject, motion)  # "To the left of a tree, there is a dog."
                    self.entities[subject].motions.append(motion)
                    if not hard and motion.kind == "rest":
                        self.opening_places.append(motion)
                    # "a dog sits on the left, and a cat ...": the dog is
                    # placed, so the cat is no co-subject (a relative
                    # clause's place, "a cat that started in A, was in B ...", goes on until its clause ends)
                    self.placed_subject |= self.outer_subjects is None
            self.pending = [p for p in self.pending if p[0] == "verb"]
        self.side_subject_named = False
        self.exclusive = False
        if hard:
            self.opening_places, self.unseen_goer = [], None
            # "... Right to left: a blue car.": what opens the next sentence waits for its subject
            self.sentence_unnamed = True
            self.side_fronted = False
            self.counting = False
            self.negated_subject = False
            self.current = []
            if not self.subjects:
                # "nothing is there early on; then a deer enters": what was said of nothing is dropped, but
                # goals listed as labels before any object ("Start: bottom
                # right. End: top left. Object: a crow.") wait for it
                listed = not self.entities and sum(k == "to_region" for k, _ in self.pending) >= 1 and all(
                    k in ("to_region", "verb") for k, _ in self.pending)
                self.pending = [p for p in self.pending if p[0] == "verb" or listed]

    def attach_orphan_verbs(self) -> None:
        """Verbs that came before any noun ("falling from the sky, a leaf ...") go to the first object; an imperative's
        goal said after its object, "throw the ball to the left", is where that verb's move goes, never a rest there."""
        verbs = [v for k, v in self.pending if k == "verb"]
        if self.entities and any(m.verb for m in self.entities[0].motions):
            # "Pulled away, and the ball runs left": a clause of no subject joined on to one whose thing has its own
            # verb told the act of someone unsaid (the batter's shot), not that thing's
            verbs = verbs[self.orphans_joined_on:]
        if verbs and self.entities:
            motions = self.entities[0].motions
            for word, kind in verbs:
                motion = Motion(kind=kind, verb=word)
                goal = motions[0] if motions and motions[0].kind == "rest" and not motions[0].verb else None
                if goal is not None and kind not in STILL_KINDS and (goal.end or goal.direction) and not goal.start \
                        and goal.step == motion.step:
                    motion.end, motion.direction = goal.end, goal.direction
                    del motions[0]
                motions.insert(0, motion)
        self.pending = []
