"""Reading one word in its place: noun-phrase chunking, counts, places, nouns and verbs.

A determiner, a count and describing words gather until the noun that ends the phrase; a word is drawn as an object
only when it names a thing and is not the place ("at the seaside"), a describing word, or a sentence word ("Picture
three dogs"). Everything else is handed to the reader as a verb, a modifier or an unknown word to report.
``read_word`` is one chain of rules whose order is the reading's; the describing words' rules (which thing a colour, a
material or a participle is said of) are one link of it, asked from ``describing_words``.
"""

from __future__ import annotations

from typing import Any

from . import phrase_context as around
from . import word_guessing as guess
from .compound_names import compound_head_follows, names_with_next, read_compound_head, read_compound_head_or_plain_verb
from .describing_words import read_describing_word
from .descriptions import shade_colour
from .direction_reading import put_inside
from .manner_frames import no_thing_at
from .noun_mentions import said_digits
from .object_classes import COMPOUND_NOUN_WORDS, CREATURE_KINDS, GENERIC_CLASS, is_plural, noun_class, singular
from .prompt_tokens import DIRECTIONS, fraction_of, in_clock_time
from .scene_words import ENCLOSURES, ENTERABLE_SCENES, SCENE_WORDS, SKY_NOUNS
from .scenery import is_scenery
from .vocabulary import (
    CAMERA_PARTICLES,
    CAMERA_WORDS,
    CLAUSE_WORDS,
    COLORS,
    COMING_VERBS,
    COPULA,
    COUNT_QUALIFIERS,
    DEFINITE,
    DETAIL_WORDS,
    FRAME_WORDS,
    HEIGHT_WORDS,
    INDEFINITE,
    LOCATIVE_WORDS,
    MATERIAL_WORDS,
    NON_OBJECT_NOUNS,
    NUMBER_WORDS,
    PRESENTING_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    RIVALLING_VERBS,
    SEQUENCE_WORDS,
    SETTING_OFF_KINDS,
    SIZE_FACTORS,
    SPEED_WORDS,
    STATE_VERBS,
    STILL_KINDS,
    VERB_KINDS,
    looks_like_modifier,
)
from .word_guessing import third_person_form

SUBJECT_PREPOSITIONS = frozenset("above below beneath underneath with inside in within among amid near beside".split())
# the heads of two-word places and buildings named by what they are for ("car park", "bus station", "cow shed")
PLACE_HEADS = frozenset("park station shed stable barn house garage yard lot field pen cage tank kennel hutch coop stall "
                        "shop market track lane depot terminal port dock rank".split())
VIDEO_WORDS = frozenset("footage film shot clip video movie documentary recording".split())
# ``reader`` below is clause_reader's ClauseReader: these functions apply one word to the reading in
# progress. It is typed as ``Any`` so this module does not import the reader that imports it.
ClauseReader = Any

_ARRIVING = frozenset(("arrives", "arriving", "arrived", "gets", "getting", "got"))


_AFTER_A_VERB = frozenset(("in", "into", "off", "away", "by", "past", "across", "over", "down", "up", "out", "to",
                           "toward", "towards",
                           "onto", "around", "through", "along", ",", ".", ";", "and"))  # "flies in": a verb, not "flies"
LATER_MEMBERS = frozenset(("other", "second", "third", "fourth", "fifth"))  # "the other cat", "the second car"


def _named_in_colour(reader: Any) -> Any:
    """The thing named last in the colour said before "one" ("a red car and a blue car; the blue one stays"), if any."""
    colours = {value for key, value in reader.attrs if key == "color"}
    return next((entity for entity in reversed(reader.entities)
                 if colours & {value for key, value in entity.attributes if key == "color"}), None) if colours else None


def _the_other_is_another(reader: Any, following: str | None) -> bool:
    """"the other cat" after a single cat is a second cat; after a group or two of them ("two cats; the other cat") one of
    them."""
    found = noun_class(following or "")
    named = [e for e in reader.entities if found is not None and e.noun == found[0]]
    return len(named) == 1 and named[0].count == 1


def _said_into(matches, position: int) -> bool:
    """"into the room", "into the big kitchen": the scene word ends a phrase opened by "into"."""
    for match in reversed(matches[max(0, position - 4):position]):
        if match.group(0) == "into":
            return True
        if match.lastgroup != "word":
            return False
    return False


# the speaker and the listener as a verb's subject: never in the video, so what they do moves no thing in it
PERSONAL_SUBJECTS = frozenset(("i", "we", "you"))


def _move_told_over(reader: ClauseReader, matches, position: int) -> bool:
    """Whether "and" ends a pending move whose way a thing told: a thing that cannot throw moves itself, "a ball
    rolls to the left of the dog and the cat", and the very thing the way was told by, named again, opens a clause
    of its own, "a man rolls to the left of the dog and the dog sits"; after a creature's move any other thing may
    be what it threw, "a girl throws to the left of the dog and the ball lands there"."""
    agents, motions = reader.transitive
    if not motions or any(motion.target is None for motion in motions):
        return False
    if not any(agent >= 0 and reader.entities[agent].cls.mobility in CREATURE_KINDS for agent in agents):
        return True
    after = position + 1
    if after < len(matches) and matches[after].group(0) in DEFINITE:
        after += 1
    if after >= len(matches) or matches[after].lastgroup not in ("word", "noun2"):
        return False
    named = singular(matches[after].group(0))
    return all(reader.entities[motion.target].noun == named for motion in motions)


def _reference_joined(reader: ClauseReader, matches, position: int) -> bool:
    """Whether "and" joins a second thing to the one a pending throw's way is told by: "throws to the right of the cat
    and the dog a frisbee" names the thrown thing only after both, right after the second one's noun."""
    _, motions = reader.transitive
    if not motions or any(motion.target is None for motion in motions):
        return False
    after = position + 1
    if after < len(matches) and matches[after].group(0) in DEFINITE | INDEFINITE:
        after += 1
    for at in range(after, min(after + 3, len(matches) - 1)):
        if matches[at].lastgroup not in ("word", "noun2"):
            return False
        if noun_class(singular(matches[at].group(0))) is not None:
            return matches[at + 1].group(0) in INDEFINITE  # the thrown thing's article right after the noun
    return False


def _one_by_its_verb(word: str, matches, position: int) -> bool:
    """"the sheep stays", "a deer is grazing", "the fish slowly swims": a noun that is its own plural, told of by a
    verb's form for one subject, is one thing, never the two a bare plural is taken for."""
    if singular(word) != word:
        return False
    following = [m.group(0) for m in matches[position + 1:position + 3] if m.lastgroup == "word"]
    if following and following[0].endswith("ly") and len(following) > 1:
        following = following[1:]  # "the sheep slowly walks"
    verb = following[0] if following else ""
    return verb in ("is", "was", "has", "does") or (verb in VERB_KINDS and third_person_form(verb))


def read_word(reader: ClauseReader, word: str, matches, position: int) -> None:
    if word in ("a", "an", "the"):  # the commonest words: no rule above the determiners' reads them, so they go first
        reader.det = word
        return
    if reader.gapped_main is not None and reader.gap_held(word, around.next_word(matches, position)):
        return  # "throws the ball that she has to the left": the having says no way; the way is the throw's
    if word.endswith("ish"):
        word = shade_colour(word) or word  # "a reddish bird": the LVD colour word it is near
    if word[0].isdigit() and ("." in word or in_clock_time(matches, position)):
        return  # "12:05 a bus drives", "Crow 10.14": a time of day or a measure, no five buses (no count is a fraction)
    if (word[0].isdigit() or word in NUMBER_WORDS) and reader.recount(around.counted_noun(reader, matches, position), word):
        return  # "the dogs number 7", "foxes numbering four", "How many sheep? Two"
    if (word[0].isdigit() or word in NUMBER_WORDS) and around.count_said_later(matches, position) and reader.count_after(
            said_digits(word) if word[0].isdigit() else NUMBER_WORDS[word], listed=True):
        return  # "dogs walk; there are four of them", "pigeons on the pavement: I count nine"
    if word[0].isdigit():
        if around.count_closes(matches, position) and reader.count_after(said_digits(word),
                                                                         around.after_colon(matches, position)):
            return
        reader.count = said_digits(word)
        return
    if word.endswith("'s") and is_plural(word[:-2]) and position + 1 < len(matches) \
            and matches[position + 1].lastgroup in ("word", "noun2"):
        return  # "a children's book", "the women's race": a plural possessor classifies the noun after it; no one is drawn
    if word.endswith("'s"):
        word = word[:-2]
    if word in ("are", "were") and reader.last_mention is not None and reader.last_mention[1] == position - 1:
        reader.told_as_many.add(reader.last_mention[0])  # "the dice were kind to the dog: it walked": no "it" of theirs
    if word in guess.PERFECT_AUXILIARIES and guess.perfect_follows(matches, position):
        reader.pending.append(("done_by", True))  # "at the end has climbed": where it is by then, the move came before
        for motion in reader.current:
            motion.done_by = False
        return
    if word in COPULA:
        if word in ("is", "was") and len(reader.subjects) == 1 and reader.subjects[0] >= 0 and not reader.verb_since_subject \
                and around.previous_word(matches, position) not in ("there", "here"):  # "beside it there is a white dog": another
            reader.predicate_of = reader.subjects[0]
        reader.attached = False  # "the things in frame are four ducks": the ducks are what is there
        return
    if reader.compound and word in PLACE_HEADS and reader.locative:
        reader.place(word)  # "through the car park", "at the bus station": where, not a thing
        return
    if word in SUBJECT_PREPOSITIONS and reader.subjects and -1 not in reader.subjects and not reader.verb_since_subject \
            and not reader.current and reader.last_mention is not None and reader.last_mention[0] in reader.subjects:
        reader.attached = True  # "a bird above the tree flies right": the tree says where the bird is; the verb is the bird's
    if word == "of" and reader.subjects and -1 not in reader.subjects and position > 0 \
            and matches[position - 1].lastgroup in ("start_at", "at_region", "from_region", "to_region", "finish"):
        reader.object_pending = True  # "starts at the bottom of a tree and climbs": the tree places it, it does not climb
        return
    if word in _ARRIVING and around.next_word(matches, position) == "there" and reader.current and all(
            m.kind in SETTING_OFF_KINDS and m.end is not None for m in reader.current):
        reader.modify("done_by", True)  # "paddles to the upper right, arriving there halfway through": the leg's end, then
        return
    if word == "in" and reader.current and -1 not in reader.subjects and (
            around.clause_ends(matches, position) or matches[position + 1].lastgroup in ("window", "time")
            or around.next_word(matches, position) in ("once", "when", "after", "as", "during")):
        reader.modify("enter", None)  # "a cat walks in": it enters the frame
        return
    if word in VERB_KINDS and word.endswith("ing") and reader.locative and reader.det is not None \
            and not around.known_word(around.next_word(matches, position) or "the"):
        return  # "in the fading warmth": a participle between a place's article and its unknown noun describes that noun
    if reader.locative and (word in RELATIVE_PRONOUNS or word in PRONOUNS or word in COPULA or word in VERB_KINDS):
        reader.locative = False  # "in which a hatchback starts": the place phrase ended at "which"
    if word in LOCATIVE_WORDS and put_inside(reader, word, matches, position):
        return  # "puts the ball in the box": in the box, a thing drawn
    if word in LOCATIVE_WORDS:
        if word == "along" and reader.current and -1 not in reader.subjects and all(
                m.kind in SETTING_OFF_KINDS and not (m.direction or m.start or m.end or m.relation)
                for m in reader.current):
            reader.modify("dir", DIRECTIONS["across"])  # "walks along the wall": a way along the line, across the picture
        reader.clear_phrase()
        reader.relation = None  # "passes through the top right": a path, not past an object
        reader.locative = "along" if word == "along" else True
        return
    if word in RELATIVE_PRONOUNS and around.previous_word(matches, position) in ("in", "on", "where") or (
            word == "where" and around.previous_word(matches, position) in NON_OBJECT_NOUNS):
        reader.presented = reader.presented or not reader.entities  # "a clip in which two pigs appear": they are shown
    if word in RELATIVE_PRONOUNS and reader.relative_clause(  # "a truck, which is parked, ...": a state set off by commas
            after_comma=matches[position - 1].group(0) == ","
            and (around.next_word(matches, position) in ("is", "are", "was", "were")
                 or VERB_KINDS.get(around.next_word(matches, position)) == "rest")):
        return
    if word in ("shot", "view") and reader.det in DEFINITE and position > 1 and (
            matches[position - 2].group(0) in VERB_KINDS or matches[position - 2].lastgroup in ("dir", "rel")):
        reader.clear_phrase()  # "runs across the shot": the picture it moves in, not the camera as a new subject
        return
    if word in CAMERA_WORDS and (word == "camera" or reader.det in DEFINITE):
        reader.clear_phrase()
        reader.subjects = [-1]
        reader.verb_since_subject = False
        reader.current = []
        return
    if -1 in reader.subjects and word in CAMERA_PARTICLES and reader.current:
        reader.modify("particle", CAMERA_PARTICLES[word])
        return
    if word in SEQUENCE_WORDS:
        reader.sequence_pending = True
        return
    if word in ("and", "&", "but") and around.previous_word(matches, position) == "," and not reader.entities \
            and around.starts_noun_phrase(around.next_word(matches, position) or ""):
        reader.orphans_joined_on = sum(key == "verb" for key, _ in reader.pending)  # "Pulled away, and the ball ..."
    if word in ("and", "&"):
        reader.joining = bool(reader.subjects) and not reader.verb_since_subject
        if reader.transitive is not None and _move_told_over(reader, matches, position):
            reader.transitive = None
        elif reader.transitive is not None and _reference_joined(reader, matches, position):
            reader.reference_joined = True
        return
    if word == "but" and reader.current and matches[position - 1].lastgroup == "punct":
        reader.end_clause(hard=False)  # "visible in the first half, but in the second half it is not": a new clause
        reader.current = []
        return
    if word in CLAUSE_WORDS or (word == "as" and around.clause_follows_as(matches, position)):
        reader.end_clause(hard=False)  # "a dog stays while a fox goes", "plays on as a ball rolls": its own subject
        return
    if word in PERSONAL_SUBJECTS and (VERB_KINDS.get(around.next_word(matches, position) or "") is not None or (
            position + 1 < len(matches) and matches[position + 1].lastgroup in around.VERB_PHRASE_GROUPS)):
        reader.person_verb_at = position + 1  # "can you flap like a bird?", "we walk on": what the speaker or listener does
        return
    if word in PRONOUNS:
        reader.pronoun(word)
        return
    if word == "one" and reader.absent is not None and (not around.next_is_nounish(matches, position) or (
            around.next_word(matches, position) in VERB_KINDS and around.next_word(matches, position + 1) in _AFTER_A_VERB)):
        name, cls, known = reader.absent  # "no horse at first, but later one arrives", "no bird, but one flies in": one of it
        reader.absent = None
        reader.det, reader.count = "one", 1
        reader.noun(word, name, cls, False, known)
        return
    if word in ("sign", "trace") and reader.count == 0 and around.next_word(matches, position) == "of":
        return  # "no sign of a fox": no fox
    if word in ("empty", "blank", "nothing") and position == 0 and around.next_word(matches, position) != "of" and (
            matches[position + 1:position + 3] and " ".join(m.group(0) for m in matches[position + 1:position + 3]) == "at first"
            or (position + 1 < len(matches) and matches[position + 1].lastgroup == "time"
                and fraction_of(matches[position + 1].group(0)) < 0.3)):
        reader.empty_start = True  # "Empty at first, then a cat": the cat comes later
        if word == "nothing":
            reader.clear_phrase()
        return
    if word in ("free", "empty", "clear", "devoid", "void", "bare") and around.next_word(matches, position) == "of":
        reader.det, reader.count = "no", 0  # "the first half free of any cat": no cat then
        return
    if word == "one" and position + 1 < len(matches) and matches[position + 1].group(0) in (",", ";", ".") and (
            around.previous_word(matches, position) in ("a", "an", "the", "this", "that")
            or around.previous_word(matches, position) in COLORS  # "two birds, a blue one and a red one, fly ..."
            or looks_like_modifier(around.previous_word(matches, position) or "")):
        reader.clear_phrase()  # "a cat, a lively one, looks real": a pronoun; the word after it is no noun
        return
    if word == "one" and reader.det in DEFINITE and (named := _named_in_colour(reader)) is not None:
        reader.noun(named.noun, named.noun, named.cls, False, named.known)  # "the blue one": the blue car named before
        return
    if word == "one" and around.previous_word(matches, position) in ("each", "every", "any"):
        reader.clear_phrase()  # "each one well apart": a pronoun, not a count of what follows
        return
    if word == "that" and not around.next_is_nounish(matches, position):
        return  # "a video that has mice in it": a relative pronoun, not "that mouse"
    if word in ("that", "this") and around.subject_of_verb_in_s(matches, position):
        return  # "that ends the list", "this concludes it": "that" is one, so the -s word after it is its verb, no plural noun
    if word in LATER_MEMBERS and reader.det in ("a", "an") and reader.entities and around.clause_ends(matches, position):
        reader.one_more_of_its_kind()  # "a second cat joins it, and then a third": one more of the kind named last
        return
    if word in LATER_MEMBERS and reader.det == "the" and _the_other_is_another(reader, around.next_word(matches, position)):
        reader.det, reader.count = "another", 1  # "one cat is black; the other cat is orange", "the second car": a second one
        return
    if word in INDEFINITE or word in DEFINITE:
        reader.det = word
        if word in ("one", "another"):
            reader.count = 1
        return
    if word in ("step", "stage", "part") and position + 1 < len(matches) and (
            matches[position + 1].lastgroup == "number" or matches[position + 1].group(0) in NUMBER_WORDS):
        reader.clear_phrase()  # "Step 2: the upper right": a label, not an object
        return
    if word in PRESENTING_WORDS:  # "a clip showing ...", "the camera records ...": no move of anything
        # "keeping a ball still, show an otter ...": what is shown is a new subject, what a dog sees its object
        reader.clear_phrase()
        if reader.gapped_main is not None:
            # "throws the frisbee that she is holding to the left": the holding says no way; the way is the throw's
            reader.current, reader.gapped_main, reader.object_pending = reader.gapped_main, None, False
            return
        acts_on_it = around.sees_or_holds(reader, word)
        reader.joining, reader.object_pending = False, reader.object_pending or acts_on_it
        reader.verb_since_subject = reader.verb_since_subject or acts_on_it  # "..., and the balloon floats": a new subject
        return
    if word in NON_OBJECT_NOUNS and read_compound_head_or_plain_verb(reader, word, matches, position):
        return  # "a girl waits at a bus stop": the head of an open two-word name, no route's stop; "and exit": a verb
    if no_thing_at(word, matches, position):
        reader.clear_phrase()  # "with no little spirit", "did it credit": a quality, no thing
        reader.locative = reader.attached = False  # "in the shot a hen waits": the place phrase ended with its noun
        reader.relation = None  # "on a frosty morning showing a car": no thing for "on" to relate to
        reader.naming = word == "number"  # "the number seven": a name, not a count
        reader.counting = reader.counting or word == "number"
        return
    if word == "no" and around.next_is_nounish(matches, position):
        reader.det, reader.count = "no", 0  # "there is no dog at first": nothing placed
        return
    if word == "only" and (around.next_word(matches, position) in DEFINITE or around.next_word(matches, position) in INDEFINITE):
        reader.exclusive = True  # "only the lamp is left": the others are gone
        return
    if word in COUNT_QUALIFIERS and around.next_word(matches, position) in NUMBER_WORDS:
        return
    if word in NUMBER_WORDS and around.count_closes(matches, position) and reader.count_after(
            NUMBER_WORDS[word], around.after_colon(matches, position)):
        return
    if word in NUMBER_WORDS and around.next_is_nounish(matches, position) and not reader.naming:
        reader.count = NUMBER_WORDS[word]
        return
    reader.naming = False
    if read_describing_word(reader, word, matches, position):
        return  # "four walking dogs", "a taxi in blue", "three birds, all of them blue"
    if around.modal_can(matches, position):
        return  # "can be seen": the modal verb, not a tin can
    if word.startswith("continu") and position + 1 < len(matches) and matches[position + 1].lastgroup == "rel":
        return  # "continues to roll": the verb after it is the move
    if (word in FRAME_WORDS or word in ("photo", "photograph", "snapshot")) and position <= 1 \
            and (around.next_word(matches, position) in ("of", "with", "showing", "where")
                 or around.next_is_comma(matches, position)):
        reader.clear_phrase()  # "a picture with nine cats": the video itself
        return
    if word in FRAME_WORDS and around.next_word(matches, position) in PRESENTING_WORDS:
        reader.clear_phrase()  # "the picture shows three cars": the video itself
        return
    if word in FRAME_WORDS and reader.det in DEFINITE and position > 1 and (
            matches[position - 2].group(0) in VERB_KINDS or matches[position - 2].lastgroup in ("dir", "rel")):
        reader.clear_phrase()  # "crossing the picture": the frame it moves in, not a picture on a wall
        return
    found = noun_class(word)
    if found is not None and (reader.det is not None or reader.count is not None) and word == singular(word) \
            and around.next_word(matches, position) in PLACE_HEADS and not guess.second_subject(reader):
        reader.compound.append(word)  # "the car park", "a bus station": a place named by what it is for, not a car
        return
    if found is not None and (reader.det is not None or reader.count is not None) and around.noun_follows(matches, position) \
            and not guess.second_subject(reader) and (
            reader.det not in DEFINITE or noun_class(around.next_word(matches, position) or "") is not None
            or around.next_word(matches, position) in PLACE_HEADS):  # not "the boat afloat"; "the car park" is no car
        reader.compound.append(word)  # "a train station", "a lamp post": the last noun names the thing
        return
    if found is not None and around.verb_after_singular(reader, word):
        head = reader.attrs.pop()[1]  # "a hedgehog leaves": "a" wants one thing, so "leaves" is its verb
        named = noun_class(head)
        reader.noun(head, named[0] if named else singular(head), named[1] if named else GENERIC_CLASS, False, named is not None)
        reader.verb(word, VERB_KINDS[word])
        return
    if found is not None and around.imperative(reader, matches, position):
        return  # "Picture three dogs ...", "Picture them": a verb that asks the reader to imagine, not a picture
    if found is not None and found[0] in SKY_NOUNS and (reader.locative or reader.relation == "under"):
        reader.place(word)  # "under bright sun", "in the moonlight": the light of the scene, not a thing in it
        return
    if found is not None and reader.locative and (found[0] in ENCLOSURES or reader.locative == "along"):
        # "in a barn": the place the scene happens in; "along a fence": the line things are on, part of the place
        reader.place(word)
        return
    if found is not None and is_scenery(reader, found[0], found[1].mobility, matches, position):
        if reader.entities:
            reader.place(word)  # "three dogs in front of a brick wall": where, not what
            return
        reader.noun(word, found[0], found[1], is_plural(word), True)  # "Behind a fence, a horse walks from its left":
        reader.maybe_places.append(reader.entities[-1])  # the place unless named again as a reference
        return
    if found is not None and not (word in VERB_KINDS and reader.subjects and reader.det is None and not reader.attrs):
        if guess.region_landmark(word, matches, position):
            reader.clear_phrase()  # "from the left wall to the right wall": the frame's sides, named by the room
            return
        if guess.describes_the_video(word, matches, position, VIDEO_WORDS):
            reader.clear_phrase()  # "the drone footage shows ...": the kind of video, not a drone in it
            return
        if guess.verb_after_subject(reader, word, matches, position):
            return  # "an elephant towers over ...": the subject's verb, not a second kind of thing
        if guess.ground_noun(reader, word, matches, position, True, word in MATERIAL_WORDS):
            reader.place(found[0])  # "across the ice", "over the fallen leaves": the ground, not a thing on it
            return
        if compound_head_follows(reader, word, matches, position, around.known_word):
            reader.compound.append(found[0])  # "palm tree", "fence post": one object, named by both
            return
        name, cls = guess.addressed_name(reader, found[0], matches, position), found[1]  # "Run, little cat, run"
        plural = is_plural(word) and not _one_by_its_verb(word, matches, position)
        reader.noun(word, " ".join(reader.compound + [name]), cls, plural, True)
        return
    if guess.noun_not_verb(reader, word, matches, position):
        reader.noun(word, " ".join(reader.compound + [word]), GENERIC_CLASS, False, False)  # "a white dove"
        return
    if read_compound_head(reader, word):
        return  # "a bus stop": the second half of a name, not a verb
    if word in VERB_KINDS and not around.names_the_scene(word, reader.det, matches, position) \
            and not guess.act_noun(matches, position):  # "in a park", "parks"; "lost it to a bad roll": an act
        elaborating = word.endswith("ing") and (around.previous_word(matches, position) in (",", *COMING_VERBS)
                                                or around.after_object(reader, position))
        reader.verb(word, VERB_KINDS[word], camera_move=around.next_word(matches, position) in ("in", "out"),
                    elaborating=elaborating,
                    on_a_thing=around.thing_follows_verb(matches, position),
                    mover_follows=VERB_KINDS[word] in STILL_KINDS and around.mover_named_after(matches, position))
        if word in RIVALLING_VERBS and position + 1 < len(matches) and matches[position + 1].group(0) in DEFINITE | INDEFINITE:
            reader.object_pending = bool(reader.subjects)  # "a dog races a cat and runs past it": the dog still runs
        if elaborating and position + 1 < len(matches) and matches[position + 1].lastgroup in ("dir", "dir_phrase", "to_region"):
            for motion in reader.current:
                motion.exits = False  # "drives off, heading right": as "drives off to the right", the way it goes
        return
    if word in STATE_VERBS and reader.subjects and position + 1 < len(matches) and (
            matches[position + 1].lastgroup in ("to_region", "from_region", "finish")
            or matches[position + 1].group(0) in ("over", "across", "round", "around")):
        reader.verb(word, "move")  # "swings over to the bottom right": a path makes it a move
        return
    if word in STATE_VERBS and reader.det is None and reader.count is None and not reader.attrs \
            and not around.seeks(word, matches, position):
        for subject in reader.subjects:
            if subject >= 0:
                reader.entities[subject].changes = True  # "a lantern swings": it takes part though it stays put
        reader.clear_phrase()
        reader.object_pending = bool(reader.subjects)  # "squeezes a sponge": the sponge is its object, not a new subject
        return
    if word in SPEED_WORDS:
        reader.modify("speed", SPEED_WORDS[word])
        return
    if word in HEIGHT_WORDS:
        reader.modify("apex", HEIGHT_WORDS[word])
        return
    scene = around.scene_form(word)
    if scene in SCENE_WORDS and scene != word and guess.guess_motion_verb(reader, word, matches, position):
        return  # "a skateboard coasts down ...": a verb, though its stem names a place
    if scene in SCENE_WORDS:  # "under grey skies": the place, in the plural too
        if SCENE_WORDS[scene]:
            reader.scenes.append(SCENE_WORDS[scene])
        if SCENE_WORDS[scene] in ENTERABLE_SCENES and _said_into(matches, position) and reader.current \
                and -1 not in reader.subjects and all(m.kind in SETTING_OFF_KINDS and m.end is None and m.start is None
                                                      and not m.direction for m in reader.current):
            reader.modify("enter", None)  # "a cat walks into the room": the room is the scene, so it walks into view
        locative = reader.locative
        reader.relation = None
        reader.clear_phrase()
        following = around.next_word(matches, position) or ""
        if locative and word == scene and noun_class(following) is not None and singular(following) == following:
            reader.locative = locative  # "along the garden wall": the place's wall, a place too
        return
    if word in COLORS or word in MATERIAL_WORDS or word in SIZE_FACTORS or word in DETAIL_WORDS:
        return  # a predicate adjective ("the ball is red") carries nothing for the layout
    if guess.sets_in_place(reader, word, matches, position):
        return  # "a man puts a book on a table": the book rests on the table, the man stays
    if around.known_word(word) or guess.verdict_verb_opens(reader, word, matches, position):
        return  # "Matches the ticket.": a verdict's verb, its subject (the work) unsaid
    stem = guess.past_of_known_verb(word)
    if stem is not None:
        reader.verb(word, VERB_KINDS[stem])  # "has climbed", "hopped": the past of a verb we know
        return
    if guess.guess_motion_verb(reader, word, matches, position):
        return  # "a camel plods from the right of ...": a move we have no word for
    if guess.owned_part(word, matches, position) or word in VIDEO_WORDS:
        reader.unknown.append(word)  # "their headlights", "a nature documentary": reported, never drawn
        reader.clear_phrase()
        return
    if around.colour_closes_after(matches, position) and (reader.det is not None
                                                          or around.previous_word(matches, position) in (":", ",")):
        # "Colours: raccoon black", "the yak blue"
        reader.noun(word, singular(word), GENERIC_CLASS, word != singular(word), False)
        return
    if reader.det is not None or reader.count is not None or reader.attrs:
        following = around.next_word(matches, position)
        if following == "of" and position + 2 < len(matches) and (
                matches[position + 2].group(0) in NON_OBJECT_NOUNS
                or (noun_class(word) is None and no_thing_at(matches[position + 2].group(0), matches, position + 2))):
            # "a piece of footage", "a stretch of film": the video itself; "no want of spirit": a manner, no thing
            reader.clear_phrase()
            return
        if around.describes_across_comma(matches, position):
            reader.attrs.append(("detail", word))  # "a crisp, detailed scene": a describing word before a comma
            return
        if (following is not None and (following in SCENE_WORDS or no_thing_at(following, matches, position + 1))) or (
                position + 1 < len(matches)
                and matches[position + 1].lastgroup == "scene2") or guess.act_noun(matches, position + 1):
            return  # "a clear sky", "a dirt road", "a frosty morning", "a bad roll": it describes the place, time or act
        if ((following is not None and (noun_class(following) is not None or following in COMPOUND_NOUN_WORDS))
                or around.next_is_known_noun(matches, position)) and not around.modal_can(matches, position + 1) \
                and not guess.counted_plural(reader, word) and not guess.noun_before_its_verb(reader, word, matches, position):
            if names_with_next(word, matches, position):
                reader.compound.append(word)  # "school bus": the first half of the name
            else:
                reader.attrs.append(("detail", word))  # an adjective we do not know, before a noun we do
            return
        if looks_like_modifier(word) and not guess.noun_by_place(reader, word, matches, position):
            if around.next_is_nounish(matches, position):
                reader.attrs.append(("detail", word))
            else:
                reader.unknown.append(word)  # a describing word with no noun: reported, never drawn
            return
        if (following is not None and around.next_is_nounish(matches, position) and not looks_like_modifier(following)
                # "lambs graze": a plural is the head
                # "a zorblax glimmers", "the net stretches": a verb
                and following == singular(following) and word == singular(word)
                and not around.in_brackets(matches, position + 1)):
            if guess.second_subject(reader) or (position + 2 < len(matches) and matches[position + 2].group(0) == "by"):
                pass  # "a kayak and a dinghy bob": the verb of both follows, not "dinghy bob"; "a wagon drawn by": a passive
            elif guess.adjective_form(word):
                reader.attrs.append(("detail", word))  # "a sandy mound": a describing word, not half a name
                return
            else:
                reader.compound.append(word)  # "hockey puck", "brass pendulum": one object named by both words
                return
        if (reader.locative and not guess.described_thing(reader)) or guess.ground_noun(reader, word,
                                                                                        matches, position, False, False):
            reader.place(word)
            return
        base = singular(word)
        name = " ".join(reader.compound + [base])
        maybe_place = is_scenery(reader, base, GENERIC_CLASS.mobility, matches, position)
        before = len(reader.entities)
        reader.noun(word, name, GENERIC_CLASS, word != base, False)
        if maybe_place and len(reader.entities) > before:
            reader.maybe_places.append(reader.entities[-1])  # "by the harbour" unless a colour or a side of it is said
        return
    if guess.bare_object(reader, word, matches, position):
        reader.noun(word, singular(word), GENERIC_CLASS, word != singular(word), False)  # "scooter passes lamppost"
        return
    if (word != singular(word) and not looks_like_modifier(word) and not reader.subjects
            and position > 0 and matches[position - 1].group(0) in (":", ";", ".")):
        reader.noun(word, singular(word), GENERIC_CLASS, True, False)  # "Subjects: lanterns.": a bare plural opening a clause
        return
    if position == 0 and word != singular(word) and not looks_like_modifier(word) and around.plural_subject_opens(matches):
        # "Lanterns hang ...", "Lanterns, ten of them, ...": the subject
        reader.noun(word, singular(word), GENERIC_CLASS, True, False)
        return
    if around.opens_with_participle(reader, word, matches, position):
        reader.object_pending = reader.participial = True  # until the phrase's comma
        return
    if (reader.subjects and -1 not in reader.subjects and not reader.verb_since_subject
            and reader.last_mention is not None and reader.last_mention[1] == position - 1):
        if guess.verb_closing_its_clause(word, matches, position):
            reader.unknown_verb(word, takes_object=False)  # "when the dog barked, a cat ran": the cat is no object
            return
        if word.endswith("s") and not word.endswith("ss"):
            reader.unknown_verb(word)
            return
    if around.unknown_subject_acts(word, matches, position):
        reader.person_verb_at = position + 1  # "Unit arrived on scene.": its own arrival, no later thing's
    if reader.gapped_main is not None and word.endswith(("ing", "ed")):
        reader.unknown_verb(word)  # "throws the frisbee that she is holding to the left": the gap's verb; the way the throw's
        return
    reader.unknown.append(word)
