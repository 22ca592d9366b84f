"""A word of manner that also names a thing, read as manner only in a manner's frame.

"spirit", "reserve", "credit", "delicacy" and "restraint" are qualities a narrator credits a thing with ("with no
little spirit", "with a reserve that did it credit", "to its credit", "a credit to its breed") and also things, or
words naming what kind a thing is ("a ghostly spirit floats", "a spirit level", "a credit card", "a reserve tank",
"eats a delicacy", "a child restraint"). The frame decides: after "with", "without" or "of" with only articles,
amounts and describing words between, after "do ... it" or "to its", or after a copula or comma as "a credit to";
never before a word that names or does something ("a reserve tank", "a spirit floats").
"""

from __future__ import annotations

from .object_classes import noun_class
from .vocabulary import (
    DEFINITE,
    DEGREE_WORDS,
    INDEFINITE,
    LOCATIVE_WORDS,
    MANNER_OR_THING_NOUNS,
    NON_OBJECT_NOUNS,
    STOP_WORDS,
    VERB_KINDS,
    is_describing,
    looks_like_modifier,
)

# What opens a phrase of manner or quality: "with great delicacy", "without restraint", "a horse of spirit".
_MANNER_OPENERS = frozenset(("with", "without", "of"))
# Amounts and degrees said of a quality: "with no little spirit", "with such reserve", "with the greatest delicacy".
_AMOUNTS = frozenset("no little great much such more less considerable real true perfect rare fine good "
                     "greatest utmost admirable becoming all small least".split())
# Words that may close a quality's phrase: the clause or the sentence goes on ("with a reserve that ...",
# "with spirit and grace", "with great delicacy upon the lake").
_CLOSERS = STOP_WORDS | LOCATIVE_WORDS | frozenset(("upon", "toward", "which", "yet", "nor"))
# Describing words said after a quality that do not end as describing words do ("a spirit worthy of her").
_SAID_OF_A_QUALITY = frozenset("worthy equal proper unusual rare uncommon fit such".split())
_OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her", "us", "you", "me"))
_DOING = frozenset(("do", "does", "did", "done", "doing"))
# Verbs of showing or lacking a quality: "showed great spirit", "displayed no little delicacy", "lacked restraint".
_SHOWING = frozenset("show shows showed shown showing shew shewed display displays displayed displaying lack lacks "
                     "lacked lacking want wanted wanting".split())
_HAVING = frozenset(("have", "has", "had", "having"))
# Words that join a second quality to a first: "with the greatest propriety and no small spirit".
_JOINING = frozenset(("and", "or", "nor", ","))
# Words a describing word never swallows on the way back: "showing a restraint" is a showing, no "showing restraint".
_OPENING = _MANNER_OPENERS | _DOING | _SHOWING | _HAVING | _JOINING | frozenset(("to", "in"))
_POSSESSIVES = frozenset(("his", "her", "its", "their", "my", "your", "our"))
_COPULAS = frozenset(("is", "are", "was", "were", "be", "been", "being", ","))
_REACH = 4  # at most this many articles, amounts and describing words between the opener and the quality


def _word(matches, position: int) -> str | None:
    if 0 <= position < len(matches) and matches[position].lastgroup in ("word", "noun2", "hyph_mod", "hyphenated"):
        return matches[position].group(0)
    return None


def _token(matches, position: int) -> str | None:
    return matches[position].group(0) if 0 <= position < len(matches) else None


def _describes(word: str) -> bool:
    return word in DEFINITE or word in INDEFINITE or word in DEGREE_WORDS or word in _AMOUNTS \
        or is_describing(word) or looks_like_modifier(word) or (len(word) > 5 and word.endswith("est"))


def _closes(following: str) -> bool:
    """A word that may come after a quality: the clause goes on ("with a reserve that ...", "with spirit and grace",
    "with great delicacy upon the lake"), or a describing word that is no verb says more of it ("with a reserve
    becoming her station", "with a spirit worthy of ..."); a word naming or doing something makes the word a thing."""
    return following in _CLOSERS or following in _SAID_OF_A_QUALITY or (
        looks_like_modifier(following) and following not in VERB_KINDS)


def _plain_describer(word: str) -> bool:
    """A word right before the quality that may describe it: no small word, verb or thing the tables know."""
    return word not in STOP_WORDS and word not in VERB_KINDS and noun_class(word) is None \
        and word not in MANNER_OR_THING_NOUNS and word not in NON_OBJECT_NOUNS


def _opener(matches, position: int) -> int:
    """Where the quality's phrase opens: back over a describing word the tables do not know ("with an easy reserve")
    and at most a few articles, amounts and describing words, never over a word that opens a phrase."""
    start = position - 1
    if _word(matches, start) is not None and _plain_describer(matches[start].group(0)):
        start -= 1
    while start >= 0 and position - start <= _REACH and _word(matches, start) is not None \
            and matches[start].group(0) not in _OPENING and _describes(matches[start].group(0)):
        start -= 1
    return start


def _quality_before(matches, position: int) -> bool:
    """Whether the word at POSITION is a quality framed on its own ("with the greatest propriety", "of great spirit")."""
    word = _token(matches, position)
    if word in NON_OBJECT_NOUNS:
        return True
    return word in MANNER_OR_THING_NOUNS and _token(matches, _opener(matches, position)) in _MANNER_OPENERS


def in_manner_frame(matches, position: int) -> bool:
    """Whether the manner-or-thing word at POSITION is said as a quality, never a thing to draw."""
    start = _opener(matches, position)
    opener, first = _token(matches, start), _token(matches, start + 1)
    if opener in _JOINING and _quality_before(matches, start - 1):
        return True  # "with the greatest propriety and no small spirit", "of great spirit and no little restraint"
    following = _token(matches, position + 1)
    if following is not None and _word(matches, position + 1) is not None and not _closes(following):
        return False  # "a reserve tank", "a spirit floats", "a credit card": a thing, or what kind a thing is
    if opener == "in" and following == "of":
        return True  # "in a spirit of great good humour"
    if opener in _HAVING and first == "the" and following == "to":
        return True  # "had the delicacy to wait", "had the spirit to go on"
    if opener == "to" and first == "the" and following == "of":
        return True  # "to the credit of the mare"
    if opener in _MANNER_OPENERS or opener in _DOING or opener in _SHOWING:
        return True  # "with no little spirit", "without restraint", "of great delicacy", "did great credit to"
    if opener in _OBJECT_PRONOUNS and _token(matches, start - 1) in _DOING:
        return True  # "with a reserve that did it credit", "which did them no little credit"
    if opener == "to" and first in _POSSESSIVES:
        return True  # "to its credit, the dog waits", "to her great credit"
    return following == "to" and opener in _COPULAS and first in ("a", "no")  # "is a credit to its breed"


# Words of the highest degree framing a quality: "with the utmost care", "with the greatest ease", "with the highest
# precision"; a thing may follow any of them ("with the greatest sword", "with the finest onion"), so the word after
# must be a quality a move is made with.
_HIGHEST_DEGREE = frozenset("greatest utmost uttermost".split())
_HIGH_DEGREE = frozenset("most least highest deepest fullest finest".split())
# Abstract nouns of manner: how a thing moves or bears itself, never a thing to draw (those that are never a thing
# anywhere, "composure", "care", "patience", are vocabulary.NON_OBJECT_NOUNS, which no_thing_at asks first).
_MANNER_NOUNS = frozenset((
    "ease caution carefulness precision accuracy exactness grace finesse skill skilfulness dexterity deftness "
    "agility nimbleness haste hurry swiftness rapidity quickness slowness delicacy gentleness tenderness calm "
    "calmness poise aplomb assurance confidence panache flair vigour vigor force strength power effort exertion zeal "
    "zest gusto relish enthusiasm determination resolve purpose concentration steadiness stealth secrecy courtesy "
    "politeness respect reverence reluctance hesitation hesitancy urgency difficulty smoothness fluidity fluency "
    "quietness violence fury ferocity rage joy glee delight pleasure pride courage bravery boldness daring vigilance "
    "alertness diligence efficiency economy lightness nonchalance indifference insouciance abandon solemnity "
    "ceremony majesty splendour splendor humour humor cheer playfulness caprice whimsy serenity tranquillity "
    "tranquility deliberation deliberateness intent intensity ardour ardor passion fervour fervor affection love "
    "tact surefootedness balance control rhythm timing momentum"
).split())


def _manner_noun(word: str) -> bool:
    """A noun of manner: one the table knows, or a describing word's "-ness" ("swiftness", "happiness")."""
    if word in _MANNER_NOUNS:
        return True
    if len(word) <= 6 or not word.endswith("ness"):
        return False
    stem = word[:-4]
    stem = stem[:-1] + "y" if stem.endswith("i") else stem
    return is_describing(stem) or looks_like_modifier(stem)


def _quality_of_highest_degree(word: str, matches, position: int) -> bool:
    """"With the greatest ease", "with the greatest of ease", "with the highest precision": a noun of manner after
    "with" or "without" and a degree at its highest is a quality the move is made with; "with the greatest sword",
    "with the finest armour" and "with the biggest kite" are still things."""
    if not _manner_noun(word) or not any(
            _token(matches, at) in _HIGHEST_DEGREE or _token(matches, at) in _HIGH_DEGREE
            for at in range(position - 3, position)):
        return False  # (the cheap tests first: this is asked of every word)
    if _word(matches, position) is None or noun_class(word) is not None:
        return False
    following = _token(matches, position + 1)
    if following is not None and _word(matches, position + 1) is not None and not _closes(following):
        return False
    head = position
    if _token(matches, position - 1) == "of" and _token(matches, position - 2) in _HIGHEST_DEGREE:
        head = position - 1  # "with the greatest of ease": the degree's "of" stands between
    start = _opener(matches, head - 1) if head != position else _opener(matches, position)
    between = [_token(matches, at) for at in range(start + 1, head)]
    return _token(matches, start) in ("with", "without") and any(
        said in _HIGHEST_DEGREE or said in _HIGH_DEGREE for said in between)


def no_thing_at(word: str | None, matches, position: int) -> bool:
    """Whether WORD, read at POSITION, names no thing to draw: a word of the video, time or manner ("footage",
    "composure"), a manner-or-thing word in a manner's frame ("with an easy reserve"), or a noun of manner framed as
    a quality of the highest degree ("with the greatest ease")."""
    return word in NON_OBJECT_NOUNS or (word in MANNER_OR_THING_NOUNS and in_manner_frame(matches, position)) or (
        word is not None and _quality_of_highest_degree(word, matches, position))
