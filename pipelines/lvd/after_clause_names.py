"""A name for the thing a clause tells of by "it", said after that clause ("Off it went, the little rascal.", "It left,
the poor thing!"), or a blessing on it (", bless it.", ", bless its heart."): the speaker's fondness for a thing already
there, so no second thing. English also names a thing for the first time after its clause ("It rolls to the left, the
ball.", "A dog chases it, the cat."): that name is the thing itself and stays. So a name goes only where it is no kind
of thing the planner knows (a pet name: "rascal", "minx", "old banger") or its kind was told before the clause ("A
horse runs. It never stops, the horse."); a name with a place, a count, a colour or a describing word of its own
("..., the dog behind it", ", the two boxes", ", the brave horse") stays, since dropping it would lose what it says.
A pet name also goes after a bare clause with no pronoun at all ("Gone, the little minx."), a cry on the thing seen.
Where two things were told before, a kind's name closing an "it" clause says which one "it" is, and takes its place
("A cat sits next to a dog. It walks to the left, the dog." walks the dog). A kind first named there takes the place of
its "it" too ("A man waits. It drives to the left, the bus.", "..., and then it flies right, that kite!"), or the "it"
would be the last thing told, unless its clause names a thing the name may restate ("it hits a box, the blue box"), a
thing told before is of the named kind's class ("A car waits. It drives off, the taxi.") or the name is placed or
counted.
"""

from __future__ import annotations

import re

from .companions import PREPOSITIONS
from .object_classes import kind_pattern, names_a_thing, noun_class, singular
from .vocabulary import COLORS, NUMBER_WORDS, PRONOUNS, VERB_KINDS

# ", the wee rascal.", ", bless its heart.": the name or blessing closing a clause
NAME_AFTER_CLAUSE_RE = re.compile(
    r", (?:the (?P<name>[a-z'-]+(?: [a-z'-]+){0,3})|bless (?:it|him|her|them|'em)(?: all)?"
    r"|bless (?:its|his|her|their) (?:little |wee )?(?:heart|soul|socks|cotton socks))(?=\s*(?:[.!;]|$))")
_POINTING_PRONOUN_RE = re.compile(r"\b(?:it|they|he|she|him|them)\b")
_CLAUSE_END_RE = re.compile(r"[.!?;:]")
# words that place, count or set apart the thing a name tells of ("the dog behind it", "the other dog")
_PLACING_WORDS = frozenset(("and", "or", "other", "another", "same", "first", "second", "last"))
# fond words a pet name may carry; any other word before a known kind's name is an attribute the name adds
_FOND_WORDS = frozenset(("little", "wee", "poor", "dear", "daft", "silly", "cheeky", "sweet"))
# heads of a pet name, no kind of thing ("the old banger", "the poor thing"); an unknown "pan" may be a thing
_FOND_NAMES = frozenset("rascal thing minx scamp lad lass beast beauty fellow fella chap darling devil critter "
                        "creature banger brute monster rogue imp tyke mite blighter sweetheart".split())
# a pet's address, its head a kind of its own ("the good old boy" for a dog)
_PET_ADDRESSES = ("good boy", "good girl", "old boy", "old girl")
# "A cat sits next to a dog. It walks to the left, the dog.": a kind's bare name closing a sentence with one "it"
# the clause opens a sentence or follows a comma with "and", "then" or "but" ("..., and then it flies right, that kite.")
_IT_THEN_NAME_RE = re.compile(r"(?:^|(?<=[.!?;:] )|(?<=, )(?=(?:and|then|but) ))(?P<clause>[^.!?;:,]*\bit\b[^.!?;:,]*), "
                              r"(?P<det>the|that|this) (?P<name>(?:[a-z-]+ ){0,2}[a-z]+)(?=\s*(?:[.!?;]|$))")


def _bare_cry(clause: str) -> bool:
    """Whether ``clause`` is a cry with no subject, "Gone", "Off again": a few words naming no thing."""
    words = clause.split()
    return 0 < len(words) <= 2 and not any(noun_class(word) for word in words)


def _name_after_clause(match: re.Match) -> str:
    """Drops a name or blessing for a thing already told (see the module's docstring); a thing first named here
    stays."""
    before = match.string[:match.start()]
    clause_start = max((found.end() for found in _CLAUSE_END_RE.finditer(before)), default=0)
    clause, told_before = before[clause_start:], before[:clause_start]
    points_back = _POINTING_PRONOUN_RE.search(clause) is not None
    name = match["name"]
    if name is None:
        return "" if points_back else match.group(0)  # "bless it"
    words = name.split()
    if any(word in PREPOSITIONS or word in PRONOUNS or word in NUMBER_WORDS or word in COLORS or word in _PLACING_WORDS
           for word in words):
        return match.group(0)  # "the dog behind it", "the two boxes": a thing placed or counted
    head = singular(words[-1])
    kind = kind_pattern(head)
    if kind is None and noun_class(head) is None and (head in _FOND_NAMES or words[0] in _FOND_WORDS) \
            or name.endswith(_PET_ADDRESSES):
        # "the little rascal", "the poor thing": a pet name, for a thing told before it
        told = names_a_thing(before) and (points_back or _bare_cry(clause))
        return "" if told else match.group(0)
    if kind is None:
        return match.group(0)  # "the pan": a thing the tables may not know, named here
    if points_back and re.search(kind, told_before) and all(word in _FOND_WORDS for word in words[:-1]):
        return ""  # "A dog barks. It runs off, the dog.": the same kind told again
    return match.group(0)  # "It rolls to the left, the ball.": the thing itself, first named here


def _which_one_said(match: re.Match) -> str:
    """With its kind and another thing told before, the name says which of them "it" is, so it takes the pronoun's
    place ("the dog walks to the left"); with one thing told, the name is dropped later as said again."""
    clause, name, before = match["clause"], match["name"], match.string[:match.start()]
    words = name.split()
    kind = kind_pattern(singular(words[-1]))
    if kind is None or len(re.findall(r"\bit\b", clause)) != 1:
        return match.group(0)
    if re.search(kind, before):
        if match["det"] != "the" or len(words) > 1 or not any(
                noun_class(word) and not re.fullmatch(kind, word) for word in re.findall(r"[a-z]+", before)):
            return match.group(0)
    elif not _first_named_in_place(clause, words, before):
        return match.group(0)
    return re.sub(r"\bit\b", f"the {name}", clause, count=1)


def _first_named_in_place(clause: str, name_words: list[str], before: str) -> bool:
    """Whether a kind first named after its "it" clause is that "it": not where the clause after "it" names a thing
    the name may restate ("it rolls toward a dog, the puppy"), nor where a thing told ``before`` is of the named
    kind's class ("A car waits. It drives off, the taxi.": another name for the car), nor a name placed, counted or
    holding a verb."""
    if " ".join(name_words).endswith(_PET_ADDRESSES):
        return False  # "it went home, the good old boy": a pet's address, for the thing told before
    named = noun_class(singular(name_words[-1]))
    if named and any((found := noun_class(word)) and found[1] is named[1] for word in re.findall(r"[a-z]+", before)):
        return False
    after_it = clause[re.search(r"\bit\b", clause).end():]
    if any(noun_class(word) and word not in VERB_KINDS for word in re.findall(r"[a-z]+", after_it)):  # "flies"
        return False
    return not any(word in PREPOSITIONS or word in PRONOUNS or word in NUMBER_WORDS or word in _PLACING_WORDS
                   or word in VERB_KINDS for word in name_words)


def names_after_clauses_dropped(text: str) -> str:
    """``text`` without the names and blessings said after a clause for a thing already there."""
    pointed = ", the " in text or ", that " in text or ", this " in text
    if not pointed and ", bless " not in text:
        return text
    if pointed and "it" in text:
        text = _IT_THEN_NAME_RE.sub(_which_one_said, text)
    return NAME_AFTER_CLAUSE_RE.sub(_name_after_clause, text)
