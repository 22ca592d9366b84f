"""Guessing what a word the tables do not know is, from its place in the sentence and its form.

The word lists can never be complete ("plods", "chugs", "fence post", "robot vacuum"), so a word they
miss, or list under one part of speech only, is read by where it stands:
- right after its subject and before a path ("a camel plods from the right of a palm tree to its left"),
  it is that subject's move of unknown manner (reported in a note), and so it is right after "and" or "then" going
  on with that subject's clause ("a ball rolls in from the left and carves all the way to the right");
- after an article, a count or a describing word, the word before the phrase's verb is its noun, whatever
  its ending ("a tumbleweed bounces", "a white dove");
- after a surface word ("across the ice", "over the fallen leaves", "down the gutter"), a mass, a plural
  with no number or a word we do not know is the ground, not a thing to draw.
- the object of a verb that takes a bare infinitive ("we watch a car move") is no half of a name with the verb
  after it (phrase_context reads that verb as the thing watched's).
- an -s word opening a sentence before a work's paper is a verdict's verb, subject unsaid ("Matches the ticket.").
Each rule returns whether it applied; ``noun_phrases`` calls them at the one place each belongs. Whether two words name
one thing ("palm tree", "bus stop") is ``compound_names``' question, asked with the word forms kept here.
"""
from __future__ import annotations

from typing import Any

from .object_classes import noun_class, singular
from .prompt_tokens import TIME_FRACTIONS, tokenize
from .scene_words import SCENE_WORDS
from .vocabulary import (
    BARE_INFINITIVE_VERBS,
    CAMERA_WORDS,
    COLORS,
    DEFINITE,
    DETAIL_WORDS,
    FLIGHT_KINDS,
    FOREIGN_FUNCTION_WORDS,
    INDEFINITE,
    NON_OBJECT_NOUNS,
    NUMBER_WORDS,
    PLACING_FORMS,
    PLAIN_ADJECTIVES,
    PRONOUNS,
    SEQUENCE_WORDS,
    SIZE_FACTORS,
    SPEED_WORDS,
    STATE_VERBS,
    STOP_WORDS,
    VERB_KINDS,
    WORK_NOUNS,
    looks_like_modifier,
)

ClauseReader = Any  # clause_reader's ClauseReader; typed loosely so this module does not import it

# Tokens that start a path or a place for a move: "from the right of", "to the left", "across", "past".
PATH_GROUPS = frozenset((
    "from_to", "from_region", "to_region", "dir", "dir_phrase", "side_rel", "side_its_rel", "bare_corner",
    "exit", "enter", "enter_from", "circle",
))
# not "over", "by", "around": "towers over", "stands by", "sticks around" say where, not a path
PATH_RELATIONS = frozenset(("toward", "towards", "past", "away from", "from", "to", "into", "onto"))
PATH_WORDS = frozenset(("along", "through", "across", "round", "down", "up", "away", "off", "out"))
VERB_ENDINGS = ("ed", "ing")
BE_FORMS = frozenset("is are was were be been being".split())
AUXILIARIES = frozenset("is are was were will has have had be been keeps kept".split())  # "was trundling"


def third_person_form(word: str) -> bool:
    """"plods", "rumbles", "scurries": the form a verb takes after one subject (not "grass", "bus")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def third_person(verb: str, *, plural: bool = False) -> str:
    """"walk" → "walks", "pass" → "passes", "buzz" → "buzzes", "fly" → "flies": a command's base verb told of one
    subject; of a plural one (``plural``), the base verb as it is, "two cats walk"."""
    if plural:
        return verb
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def verb_form(word: str) -> bool:
    return third_person_form(word) or (len(word) > 4 and word.endswith(VERB_ENDINGS))


# what may close a clause right after its verb ("the dog barked, a cat ran", "the dog barked and a cat ran")
_CLAUSE_CLOSERS = frozenset((",", ";", ".", "!", "?", "and", "then", "while", "as", "when"))


def verb_closing_its_clause(word: str, matches, position: int) -> bool:
    """"the dog barked, a cat ran left", "a dog yelps and a cat runs": a word the tables do not know, told in a verb's
    past or third-person form right after its subject and closing the clause (an adverb may come between, "barked
    loudly,"), is that subject's own act, taking no object."""
    if not (third_person_form(word) or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))):
        return False
    following = position + 1
    if following < len(matches) and adverb(matches[following].group(0)):
        following += 1
    return following >= len(matches) or matches[following].group(0) in _CLAUSE_CLOSERS


_LONE_WORDS = frozenset(("alone", "apart", "aside", "together", "solo"))  # "a bird alone on a branch": how it is, no name's head


def adverb(word: str) -> bool:
    return word in SPEED_WORDS or word in _LONE_WORDS or (len(word) > 4 and word.endswith("ly"))


def path_follows(matches, position: int) -> bool:
    """A path or a place for a move comes next, after at most two adverbs ("plods slowly across") or "all the way"."""
    start = position + 1
    if [m.group(0) for m in matches[start:start + 3]] == ["all", "the", "way"]:
        start += 3
    for following in matches[start:start + 3]:
        group, value = following.lastgroup, following.group(0)
        if group in PATH_GROUPS or (group == "rel" and value in PATH_RELATIONS) or value in PATH_WORDS:
            return True
        if not (group == "word" and adverb(value)):
            return False
    return False


# verbs of taking in hand or setting down with their particle: "picks up a ball", "puts down the cup"
_HANDLING_PARTICLES = {"pick": "up", "scoop": "up", "snatch": "up", "gather": "up", "lift": "up", "put": "down",
                       "set": "down", "lay": "down"}
_OBJECT_OPENERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "my", "your", "our", "some", "this",
                             "that", "it", "them", "one", "two", "three", "four", "five"))


def takes_in_hand(word: str, matches, position: int) -> bool:
    """"The woman picks up a ball", "he puts down the cup": the particle before an object is the verb's own, no way
    the picker goes (a picker is never lifted); "a balloon lifts up into the sky" is still a move up."""
    stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    stem = stem[:-3] if stem.endswith("ing") else stem[:-2] if stem.endswith("ed") else stem
    doubled = len(stem) > 3 and stem[-1] == stem[-2]  # "putting", "setting"
    particle = _HANDLING_PARTICLES.get(stem[:-1] if doubled else stem)
    return particle is not None and [m.group(0) for m in matches[position + 1:position + 2]] == [particle] \
        and position + 2 < len(matches) and matches[position + 2].group(0).split(" ", 1)[0] in _OBJECT_OPENERS


def placing_verb(word: str, matches, position: int) -> bool:
    """Whether ``word`` is a verb of placing right before its object: "puts a book", "a man set the cup"."""
    return word in PLACING_FORMS and position + 1 < len(matches) \
        and matches[position + 1].group(0).split(" ", 1)[0] in _OBJECT_OPENERS


def sets_in_place(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """"A man puts a book on a table", "she placed the cup in the sink": a verb of placing right before its object
    sets that thing where said next; the placer takes part though it stays where it is."""
    if not placing_verb(word, matches, position):
        return False
    subject = _subject_just_named(reader, matches, position)
    if subject is None:
        subject = _subject_going_on(reader, matches, position)
    if subject is None:
        return False
    for index in reader.subjects:
        if index >= 0:
            reader.entities[index].changes = True
    reader.unknown_verb(word)
    reader.verb_since_subject = True  # a known verb: "..., then a dog runs" names the next clause's subject, no co-placer
    reader.set_down = word
    return True


def unplaced_set_downs(entities) -> None:
    """"A boy puts the ball down and kicks it to the left", "sets a toy car on the floor and it rolls left": a thing
    put down with no drawn place or side starts where its next move begins; a rest there would pin it at a slot."""
    for entity in entities:
        motions = entity.motions
        if len(motions) > 1 and motions[0].kind == "rest" and motions[0].placed and not (
                motions[0].relation or motions[0].target is not None or motions[0].start or motions[0].end
                or motions[0].side_start or motions[0].side_end or motions[0].along):
            del motions[0]


def _subject_just_named(reader: ClauseReader, matches, position: int) -> int | None:
    """The subject named right before this word (an adverb may stand between), or None."""
    if not reader.subjects or -1 in reader.subjects or reader.verb_since_subject or reader.last_mention is None \
            or reader.last_mention[0] not in reader.subjects:
        return None
    index, at = reader.last_mention
    said = (matches[i].group(0) for i in range(at + 1, position) if matches[i].lastgroup != "time")  # "at the end has"
    first = [word for _, word in zip(range(3), said)]  # a third word says no: never read on to a long prompt's end
    return index if all(adverb(word) or word in AUXILIARIES for word in first) and len(first) <= 2 else None


def _subject_going_on(reader: ClauseReader, matches, position: int) -> int | None:
    """The one subject whose clause this word goes on after "and" or "then" ("a ball rolls in from the left and
    carves to the right": the second verb is the ball's too), or None."""
    if position == 0 or matches[position - 1].group(0) not in ("and", "then") or len(reader.subjects) != 1:
        return None
    subject = reader.subjects[0]
    return subject if subject >= 0 and reader.verb_since_subject else None


def guess_motion_verb(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """An unknown word in verb position followed by a path is a move of unknown manner: "a camel plods from
    the right of a tree to its left" moves the camel. A singular subject wants the -s form ("a camel plod"
    is a name, "camels plod" a verb)."""
    subject = _subject_just_named(reader, matches, position)
    if subject is None:
        subject = _subject_going_on(reader, matches, position)
    if subject is None or not path_follows(matches, position):
        return False
    if word.endswith("ed") and matches[position - 1].group(0) in BE_FORMS:
        return False  # "a goose is added to the scene": done to it, not a move of its own
    plural = reader.entities[subject].count > 1 or len(reader.subjects) > 1
    if not (verb_form(word) or plural):
        return False
    if takes_in_hand(word, matches, position):
        # "a crane picks up a car", "a man sets down a box on a table": an act on the thing named next, no way the
        # picker goes; the picker takes part though it stays put, and the place said after is the thing's
        for index in reader.subjects:
            if index >= 0:
                reader.entities[index].changes = True
        reader.unknown_verb(word)
        reader.verb_since_subject = True  # said: a thing named after the object starts the next clause
        reader.set_down = word if matches[position + 1].group(0) == "down" else None
        return True
    reader.verb(word, "move")
    reader.notes.append(f"read '{word}' as a move of unknown manner")
    return True


def verb_after_subject(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """A noun right after its subject, with no article of its own, in the verb form the subject wants, is the
    subject's verb: "an elephant towers over a piglet" (not two towers), "two bears fish in a stream" (not
    fish). Moved when a path follows, else reported."""
    if reader.det is not None or reader.count is not None or reader.attrs:
        return False
    subject = _subject_just_named(reader, matches, position)
    if subject is None:
        return False
    one = len(reader.subjects) == 1 and reader.entities[subject].count == 1
    if not (third_person_form(word) if one else word == singular(word) and not third_person_form(word)):
        return False  # one subject wants "towers"; several want "fish" ("two bears fish in the water")
    if not guess_motion_verb(reader, word, matches, position):
        reader.unknown_verb(word)
    return True


# Past forms without a verb ending, each with its plain form: after "a dog" they are its verb ("a dog ran left"),
# never the second half of a name as a plain verb form can be ("a bus stop"); "has swum" is the verb the tables know.
IRREGULAR_PAST = {
    "went": "go", "came": "come", "ran": "run", "sped": "speed", "drove": "drive", "driven": "drive", "rode": "ride",
    "ridden": "ride", "swam": "swim", "swum": "swim", "flew": "fly", "flown": "fly", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "sank": "sink", "sunk": "sink", "slid": "slide", "spun": "spin", "sat": "sit",
    "stood": "stand", "lay": "lie", "led": "lead", "leapt": "leap", "sprang": "spring", "sprung": "spring",
    "crept": "creep", "strode": "stride", "threw": "throw", "thrown": "throw", "blown": "blow", "flung": "fling",
    "shot": "shoot", "hit": "hit", "broke": "break", "dove": "dive", "overtook": "overtake", "overtaken": "overtake",
    "took": "take", "made": "make", "got": "get", "kept": "keep", "held": "hold", "brought": "bring", "began": "begin",
    "begun": "begin",
    "became": "become", "gone": "go", "swept": "sweep", "fled": "flee", "snuck": "sneak", "slunk": "slink",
    # a watcher's, a listener's or a teller's past: "a woman saw a ball roll", "a man heard a dog bark"
    "saw": "see", "heard": "hear", "found": "find", "caught": "catch", "felt": "feel", "knew": "know", "told": "tell",
    "said": "say", "thought": "think", "met": "meet", "struck": "strike", "shone": "shine", "shrank": "shrink",
}
# a thing's being seen, said after it: "only late is a car seen" (no "car seen"), "the cards have shown me" (no move)
SIGHTING_PARTICIPLES = frozenset(("seen", "shown", "spotted", "glimpsed", "pictured", "filmed", "visible"))


def watched_thing(matches, position: int) -> bool:
    """Whether the noun at ``position`` is the object of a verb taking a bare infinitive, its phrase's words between
    them ("see a moving ball go", "watch the small brown dog run"): the word after it is that thing's verb."""
    for back in range(position - 2, max(position - 5, -1), -1):
        if matches[back].lastgroup == "punct":
            return False
        if matches[back].group(0) in BARE_INFINITIVE_VERBS:
            return True
    return False


def verdict_verb_opens(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """An -s word we do not know opening a sentence with a work's paper for its object ("Matches the ticket.", "Meets
    the spec, ship it"): a reviewer's verb whose subject, the work, is left unsaid, where a plural subject would go on
    to its verb ("Lanterns hang ..."); no thing, and its object is the work's. A concrete object ("Licks the bowl.")
    keeps the word a thing we do not know."""
    if (position > 0 and matches[position - 1].group(0) not in (":", ";", ".", "!", "?")) or word == singular(word):
        return False
    if position + 1 >= len(matches) or matches[position + 1].group(0) not in DEFINITE | INDEFINITE:
        return False
    objects = [match.group(0) for match in matches[position + 2:position + 5]]
    object_words = objects[:next((i for i, said in enumerate(objects) if not said[0].isalpha()), len(objects))]
    if not any(said in WORK_NOUNS for said in object_words) or any(noun_class(said) for said in object_words):
        return False
    reader.clear_phrase()
    return True


def unknown_noun_then_verb(matches, position: int, known_word) -> bool:
    """"a rolling barrel remains", "the spinning dreidel wobbles.": after the word at ``position``, a word the tables
    do not know followed by a verb, a clause's end or nothing is a noun, so the word before it describes it."""
    if position + 1 >= len(matches) or matches[position + 1].lastgroup != "word":
        return False
    following = matches[position + 1].group(0)
    if known_word(following) or looks_like_modifier(following):
        return False
    if position + 2 == len(matches):
        return True
    after = matches[position + 2]
    return after.lastgroup == "punct" or after.group(0) in VERB_KINDS or after.group(0) in STATE_VERBS or (
        after.lastgroup == "word" and third_person_form(after.group(0)))


# Prepositions whose object can be an act named by a verb's plain form: "lost it to a bad roll", "with a quick pan".
ACT_PREPOSITIONS = frozenset(("to", "of", "with", "after", "by", "from", "in", "on", "through", "despite"))


def _head_closes(matches, position: int) -> bool:
    """The word after ``position`` closes its clause and is no verb, nor in a verb's form ("the roll ends."): the head
    of a two-word name."""
    head = position + 1
    return head < len(matches) and matches[head].lastgroup == "word" and matches[head].group(0) not in VERB_KINDS \
        and not verb_form(matches[head].group(0)) and (head + 1 == len(matches) or matches[head + 1].lastgroup == "punct")


def act_noun(matches, position: int) -> bool:
    """A verb's plain form closing its clause after a preposition, "a" and one word the tables hold as no thing names
    an act, not a move: in "lost it to a bad roll" the roll is a noun and "bad" describes it, so neither is drawn. So
    does a verb form right after "the" that closes its clause ("note the turns.", "watch the jumps"): a verb never
    follows an article. Nor does one before the head of its noun phrase that closes the clause, a word no verb
    ("quite the pitch invader.", "the run rate."): the first half of a name."""
    if position < 1 or position >= len(matches) or matches[position].lastgroup != "word":
        return False
    word, before = matches[position].group(0), matches[position - 1].group(0)
    closes = position + 1 == len(matches) or matches[position + 1].lastgroup == "punct"
    if before == "the" and word in VERB_KINDS and noun_class(word) is None and (closes or _head_closes(matches, position)):
        return True
    if position < 3:
        return False
    if word not in VERB_KINDS or verb_form(word) or third_person_form(word) or noun_class(word) is not None:
        return False
    if matches[position - 2].group(0) not in ("a", "an") or matches[position - 3].group(0) not in ACT_PREPOSITIONS:
        return False
    if matches[position - 1].lastgroup != "word" or noun_class(before) is not None or before in COLORS:
        return False
    return closes


_CALL_PARTICLES = frozenset(("up", "on", "off", "along", "away", "out", "down", "back", "over"))


def addressed_name(reader: ClauseReader, name: str, matches, position: int) -> str:
    """"A cat sits. Run, little cat, run.": a bare noun set off by commas after a sentence's opening verb is the one
    spoken to, so when a thing of its kind was named before it is that thing, its words of address ("little") no new
    name; the reader's phrase is cleared of them."""
    if reader.det is not None or reader.count is not None or reader._reference(name) is None:
        return name
    if position + 1 >= len(matches) or matches[position + 1].group(0) not in (",", "!"):
        return name
    back = position - 1
    while back >= 0 and matches[back].lastgroup == "word" and position - back <= 3:
        back -= 1
    if back < 1 or matches[back].group(0) != ",":
        return name
    verb = back - 2 if back >= 2 and matches[back - 1].group(0) in _CALL_PARTICLES else back - 1
    said = matches[verb].group(0)
    if not (said in VERB_KINDS or (verb < back - 1 and matches[verb].lastgroup == "word" and noun_class(said) is None)):
        return name  # "Wake up, little dog": a verb with its particle calls as a plain verb does
    if verb >= 1 and matches[verb - 1].lastgroup != "punct":
        return name  # "A cat sits, little cat, ...": a verb in mid-sentence is no call to the thing
    reader.compound.clear()
    reader.attrs.clear()
    return name


PERFECT_AUXILIARIES = frozenset(("has", "have", "had"))
IRREGULAR_PARTICIPLES = frozenset("gone come run flown swum ridden driven fallen risen left reached got gotten become "
                                  "climbed arrived landed made sunk sprung shot slid spun thrown blown drawn".split())


def perfect_follows(matches, position: int) -> bool:
    """"has climbed", "had flown": a perfect tense of a move opens at ``position`` ("have seen" is the teller's)."""
    if matches[position].group(0) not in PERFECT_AUXILIARIES:
        return False
    for following in matches[position + 1:position + 4]:
        word = following.group(0)
        if following.lastgroup != "word" or word in SIGHTING_PARTICIPLES:  # "the cards have shown me": no move done
            return False
        if word in ("already", "just", "finally", "by", "now", "fully", "all", "completely", "safely"):
            continue
        return word in IRREGULAR_PARTICIPLES or (len(word) > 3 and word.endswith(("ed", "en", "wn")))
    return False


def past_of_known_verb(word: str) -> str | None:
    """"climbed", "hopped", "carried": the verb the tables know by its stem (the past form itself is not listed)."""
    if word in IRREGULAR_PAST and IRREGULAR_PAST[word] in VERB_KINDS:
        return IRREGULAR_PAST[word]
    if len(word) < 5 or not word.endswith("ed"):
        return None
    for stem in (word[:-2], word[:-1], word[:-3] if word[-3] == word[-4] else "", word[:-3] + "y" if word[-3] == "i" else ""):
        if stem and stem in VERB_KINDS:
            return stem
    return None


def participle_form(word: str) -> bool:
    """"walking", "parked", "fallen": the forms a verb takes to describe the noun after it."""
    return len(word) > 4 and word.endswith(("ing", "ed", "en"))


def noun_by_place(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """After a determiner, a count or a describing word, a word followed by its verb is the phrase's noun,
    whatever its ending says: "a tumbleweed bounces", "the white dove flies"."""
    if reader.det is None and reader.count is None and not reader.attrs:
        return False
    if position + 1 >= len(matches) or matches[position + 1].lastgroup != "word":
        return False
    following = matches[position + 1].group(0)
    if following in VERB_KINDS:
        return third_person_form(following) and noun_class(following) is None
    return third_person_form(following) and path_follows(matches, position + 1)


def noun_not_verb(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """A word the tables list as a verb ("dove", "rose"), right after an article and a colour or before the
    phrase's verb, is a noun: "a white dove", "a dove flies"."""
    if word not in VERB_KINDS or verb_form(word):
        return False
    if position >= 2 and matches[position - 1].group(0) in COLORS and matches[position - 2].group(0) in ("a", "an"):
        reader.det = matches[position - 2].group(0)
        if ("color", matches[position - 1].group(0)) not in reader.attrs:
            reader.attrs.append(("color", matches[position - 1].group(0)))  # the colour was read before its noun was
        return True
    if reader.det not in ("a", "an") and not (reader.count or 0) >= 1:
        return False
    if any(key == "color" for key, _ in reader.attrs):
        return True
    if position + 1 >= len(matches):
        return False
    following = matches[position + 1].group(0)
    return following == "and" or (matches[position + 1].lastgroup == "word" and following in VERB_KINDS
                                  and third_person_form(following))


# Prepositions after which a surface or a mass is where things happen: "across the ice", "under grey clouds".
GROUND_PREPOSITIONS = frozenset(("across", "over", "on", "onto", "upon", "under", "beneath", "along", "through", "down", "up"))


def ground_noun(reader: ClauseReader, word: str, matches, position: int, known: bool, material: bool) -> bool:
    """A noun right after a surface preposition names the ground, not a thing to draw, when it is a word we do
    not know ("on the pavement"), a material ("across the ice") or a plural with no number ("over the fallen
    leaves", "under grey clouds"). A count ("over two logs") or a single thing we know ("on a table") is drawn."""
    if reader.count is not None or reader.compound or reader.det in ("another", "one"):
        return False
    if known and not material and not (word != singular(word) and reader.det not in ("a", "an")):
        return False
    if not known and any(key == "color" for key, _ in reader.attrs):
        return False  # "over a tiny pink piglet": a thing given a colour is drawn
    said = {value for _, value in reader.attrs}
    for before in range(position - 1, max(position - 5, -1), -1):
        value = matches[before].group(0)
        if value in ("the", "a", "an") or value in said:
            continue
        if value in ("on", "onto") and reader.det in ("a", "an") and any(m.kind in FLIGHT_KINDS for m in reader.current):
            return False  # "a ball falls onto a cube": one thing it lands on, which the physics needs ("the floor" is ground)
        return value in GROUND_PREPOSITIONS or (not known and _mass_noun(reader, word, matches[before]))
    return False


def _mass_noun(reader: ClauseReader, word: str, before) -> bool:
    """"crossing dry grassland", "in shallow water": a singular we do not know, described but with no article
    or number, inside a clause (not opening an article-less note), is a mass, so the ground."""
    return reader.det is None and bool(reader.attrs) and word == singular(word) and before.lastgroup != "punct"


def describes_the_video(word: str, matches, position: int, video_words: frozenset[str]) -> bool:
    """"drone footage", "nature documentary shot": a noun right before a word for the video itself says what
    kind of video it is; it is not a thing in it."""
    if position + 1 >= len(matches) or matches[position + 1].lastgroup != "word":
        return False
    return matches[position + 1].start() == matches[position].end() + 1 and matches[position + 1].group(0) in video_words


# "saw it", "lost them", "filmed everything": a pronoun only a verb takes straight after it, never a noun ("her" is
# left out: it may be possessive, "a girl walks her dog")
OBJECT_PRONOUNS = frozenset(("it", "them", "him", "me", "us", "everything"))


def takes_object_pronoun(matches, position: int) -> bool:
    """Whether the word at POSITION has an object pronoun straight after it, so is a verb ("the scribe saw it")."""
    return position + 1 < len(matches) and matches[position + 1].group(0) in OBJECT_PRONOUNS


def noun_before_its_verb(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """"the gardener plants a tree": a singular we do not know, before a plural-looking word that is followed
    by an article or a path, is the subject and the next word its verb (not "gardener plants")."""
    if (reader.count or 1) != 1 or adjective_form(word) or word != singular(word) or position + 2 >= len(matches):
        return False
    if matches[position + 1].lastgroup == "word" and takes_object_pronoun(matches, position + 1):
        return True  # "the scribe saw it all": a word taking "it" is a verb, whatever else it can name
    if not third_person_form(matches[position + 1].group(0)):
        return False
    after = matches[position + 2]
    return after.group(0) in ("a", "an", "the") or after.lastgroup in PATH_GROUPS


def counted_plural(reader: ClauseReader, word: str) -> bool:
    """"three otters fish": after a number above one, a plural is the counted noun, not a word describing
    the noun after it (which is then its verb)."""
    return reader.count is not None and reader.count > 1 and third_person_form(word) and not looks_like_modifier(word)


def described_thing(reader: ClauseReader) -> bool:
    """A colour said of a word we do not know makes it a thing to draw, even after "at"/"in" ("sniffing at a
    blue cooler"); places are not given colours this way."""
    return any(key == "color" for key, _ in reader.attrs)


# relations whose object is a thing ("runs past lamppost"), not a force or a medium ("under gravity")
OBJECT_RELATIONS = frozenset(("past", "toward", "towards", "behind", "beside", "next to", "in front of"))


def bare_object(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """"scooter passes lamppost, ...": in a note written without articles, a word we do not know right after a
    verb that wants an object, and ending its clause, is that object."""
    if reader.det is not None or reader.count is not None or reader.attrs or looks_like_modifier(word):
        return False
    if not reader.verb_since_subject or reader.relation is None and not reader.object_pending:
        return False
    previous = matches[position - 1] if position else None
    if previous is None or not (previous.group(0) in OBJECT_RELATIONS or previous.group(0) in VERB_KINDS):
        return False  # right after the verb ("passes lamppost") or its preposition ("runs past lamppost")
    return position + 1 == len(matches) or matches[position + 1].lastgroup == "punct"


POSSESSIVES = frozenset(("their", "its", "his", "her"))


def owned_part(word: str, matches, position: int) -> bool:
    """"four cars parked, their headlights off": a word we do not know after a possessive names a part of what
    was named, not a new thing."""
    return position > 0 and matches[position - 1].group(0) in POSSESSIVES and not any(
        key in word for key, _ in TIME_FRACTIONS)  # "the clip passes its midpoint": a time, read as before


def adjective_form(word: str) -> bool:
    """"sandy", "rocky", "wooden", "golden": describing by their ending, before another word we do not know."""
    return looks_like_modifier(word) or (len(word) > 4 and word.endswith(("y", "en")) and not word.endswith(("ey", "ay")))


def second_subject(reader: ClauseReader) -> bool:
    """"a kayak and a dinghy ...": a noun joined to a subject before any verb; a plain word after it is the verb
    of both."""
    return reader.joining and bool(reader.subjects) and -1 not in reader.subjects and not reader.verb_since_subject


REGION_GROUPS = frozenset(("from_region", "to_region", "at_region"))


def region_landmark(word: str, matches, position: int) -> bool:
    """"from the left wall to the right wall", "to the far-right bank": a still thing named right after a side of
    the frame is that side, not another object."""
    if position == 0 or word != singular(word) or matches[position].start() != matches[position - 1].end() + 1:
        return False
    before = matches[position - 1]
    found = noun_class(word)
    return before.lastgroup in REGION_GROUPS and " of " not in before.group(0) and found is not None \
        and found[1].mobility in ("scenery", "wall")


MAX_NAME_WORD = 40  # longer than any English word: a run of letters that names nothing


def _may_name_a_thing(word: str) -> bool:
    return len(word) <= MAX_NAME_WORD and not (
        word in STOP_WORDS or word in PLAIN_ADJECTIVES or looks_like_modifier(word) or word in SIZE_FACTORS
        or word in DETAIL_WORDS or word in NON_OBJECT_NOUNS or word in FOREIGN_FUNCTION_WORDS or word in VERB_KINDS
        or word in SPEED_WORDS or word in COLORS or word in SCENE_WORDS or word in CAMERA_WORDS or word in PRONOUNS
        or word in DEFINITE or word in INDEFINITE or word in NUMBER_WORDS or word in SEQUENCE_WORDS)


def fallback_object_word(text: str) -> str | None:
    """With no object word found, the first word that may name a thing: none of the tables' other words, no verb
    taking "it" ("lost it", "missed them") and no word describing an act ("bad" in "to a bad roll")."""
    matches = list(tokenize(text))
    for position, match in enumerate(matches):
        if match.lastgroup != "word" or not _may_name_a_thing(match.group(0)):
            continue
        if takes_object_pronoun(matches, position):
            continue
        if act_noun(matches, position + 1):
            continue
        return match.group(0)
    return None
