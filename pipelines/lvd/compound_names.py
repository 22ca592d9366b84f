"""Two words that name one thing, and a word the tables list as a noun of no thing read after all.

Two nouns in a row name one object, its head the last ("palm tree", "fence post", "robot vacuum", "bus stop"), and a
word the tables do not know before a noun they do is the first half of its name ("school bus"); LVD matches names by
their last word, so a "palm tree" still counts as a tree. A head the tables read as a verb ("stop") still ends the
name, and a word that is both a verb and a noun of no thing ("exit") said bare after "and", "to" or a negation is that
verb ("and exit on the left"). These rules come apart from ``word_guessing`` because each asks one question, whether
the words around a noun belong to its name; they lean on its word forms. ``noun_phrases`` calls each at the one place it
belongs, and each returns whether it applied.
"""

from __future__ import annotations

from typing import Callable

from .object_classes import GENERIC_CLASS, noun_class, singular
from .vocabulary import COLORS, LOCATIVE_WORDS, SPEED_WORDS, STOP_WORDS, VERB_KINDS, looks_like_modifier
from .word_guessing import (
    IRREGULAR_PAST,
    PATH_GROUPS,
    SIGHTING_PARTICIPLES,
    VERB_ENDINGS,
    ClauseReader,
    adverb,
    second_subject,
    takes_object_pronoun,
    third_person_form,
    verb_form,
    watched_thing,
)


def compound_head_follows(reader: ClauseReader, word: str, matches, position: int, known: Callable[[str], bool]) -> bool:
    """Whether ``word`` (a noun) is the first half of a two-word name whose head comes next: "palm tree",
    "fence post", "robot vacuum", "bus stop". The head is a noun we know that is not a verb form here
    ("a bird flies" is a verb), or a word we do not know in the singular that no describing form marks."""
    if position + 1 >= len(matches) or matches[position + 1].lastgroup != "word":
        return False
    if matches[position + 1].start() != matches[position].end() + 1:
        return False  # "a cat (orange)", "a dog, cat": only a plain space joins the halves of a name
    if matches[position + 1].group(0) == matches[position].group(0):
        return False  # "dog dog", a pasted column of one word: the same noun again is not the head of a name
    if takes_object_pronoun(matches, position + 1):
        return False  # "a boy saw it": a word taking "it" is the noun's verb, not the head of its name
    if watched_thing(matches, position):
        return False  # "we watch a car move", "I see a moving ball go": the verb after the thing watched
    if word != singular(word) or matches[position].group(0).endswith("'s"):
        return False  # "dogs chase", "the dog's ball": a plural or a possessor is not half a name
    if second_subject(reader):
        return False  # "a horse and a dog run ...": the verb of both, not a "dog run"
    head = matches[position + 1].group(0)
    if head in COLORS or head in STOP_WORDS or head in LOCATIVE_WORDS or looks_like_modifier(head) or adverb(head):
        return False  # "beside a car throughout": a word of place or time after the noun, not its head
    many = reader.count is not None and reader.count > 1
    if third_person_form(head) and not many:
        return False  # "a cat ducks", "a fox trots": after one thing, an -s word is its verb
    if noun_class(head) is not None:
        return head not in VERB_KINDS or not many or not third_person_form(head)
    if head in IRREGULAR_PAST:
        return False  # "a goat ran", "the route the beetle took": the noun's verb
    if head in SIGHTING_PARTICIPLES:
        return False  # "only late is a car seen": the noun is what is seen, not half of a "car seen"
    if head in VERB_KINDS and not verb_form(head) and reader.det in ("a", "an"):
        return _unknown_head(head, matches, position + 1)  # "a bus stop": after "a" one thing, a plain verb form names
    if known(head) or head.endswith(VERB_ENDINGS):
        return False
    if reader.det in ("the", "this", "that") and reader._reference(noun_class(word)[0]) is not None:
        return False  # "... holds the boat afloat": the boat named before, and a word about it
    return _unknown_head(head, matches, position + 1)


def read_compound_head(reader: ClauseReader, word: str) -> bool:
    """The head of a name begun by ``compound_head_follows`` that the tables read as a verb ("stop")."""
    if not reader.compound or word not in VERB_KINDS or verb_form(word):
        return False
    name = " ".join(reader.compound + [word])
    reader.noun(word, name, GENERIC_CLASS, False, False)
    return True


# the words after which a verb stands in its plain form: "and exit", "to exit", "won't stop"
_PLAIN_VERB_LEADS = frozenset(("and", "or", "to", "not", "never"))


def read_compound_head_or_plain_verb(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """A word the tables list as a noun of no thing, read after all: the head of an open two-word name ("a bus stop")
    or, where it is also a verb, that verb in its plain form ("and exit on the left")."""
    return read_compound_head(reader, word) or _read_plain_verb(reader, word, matches, position)


def _read_plain_verb(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """A word that is both a verb and a noun of no thing ("exit", "stop") read as the verb in its plain form: said bare
    after "and", "to" or a negation, with a subject it can belong to ("should enter on the left and exit on the right",
    "ought to exit"), never after an article or a count ("an exit", "the stop") nor before a noun it names the kind of
    ("the door and exit sign", "entrance and exit doors"). After a modal it is left to the modal's reading."""
    before = matches[position - 1].group(0) if position > 0 else None
    in_phrase = reader.det is not None or reader.count is not None or bool(reader.attrs)
    if word not in VERB_KINDS or in_phrase or not reader.subjects or before not in _PLAIN_VERB_LEADS \
            or (before == "and" and not reader.verb_since_subject) \
            or not _ends_a_verb_phrase(matches, position + 1):
        return False
    reader.verb(word, VERB_KINDS[word])
    return True


def _ends_a_verb_phrase(matches, position: int) -> bool:
    """Whether the word at ``position`` can follow a verb rather than a noun's modifier: the end, a small word ("left",
    "on", "the") or a manner word ("swiftly"); a noun or a word we do not know ("sign", "gates") is the name's head."""
    following = matches[position].group(0).split()[0] if position < len(matches) else None
    return following is None or not following[0].isalpha() or following in STOP_WORDS or following in SPEED_WORDS \
        or following.endswith("ly")


def _unknown_head(head: str, matches, position: int) -> bool:
    """A word we do not know ends the name when what follows it is what follows a noun: a verb, a path, the
    end of the clause."""
    if position + 1 >= len(matches):
        return True
    following = matches[position + 1]
    group, value = following.lastgroup, following.group(0)
    if group == "punct" or group in PATH_GROUPS or group == "rel":
        return True
    return group == "word" and (value in VERB_KINDS or verb_form(value) or value in ("and", "is", "are", "was"))


def names_with_next(word: str, matches, position: int) -> bool:
    """A word we do not know, right before a noun we know and not describing by its form, is the first half of
    that noun's name: "school bus", "freight train" (not "fluffy dog", "wooden box")."""
    if looks_like_modifier(word) or word.endswith(("y", "en", "al")) or word != singular(word):
        return False
    if position + 1 >= len(matches) or matches[position + 1].lastgroup != "word":
        return False
    if matches[position + 1].start() != matches[position].end() + 1:
        return False
    head = matches[position + 1].group(0)
    return noun_class(head) is not None and not third_person_form(head)
