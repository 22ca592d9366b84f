"""What lies around a token: the look-ahead and look-behind tests the noun-phrase rules ask.

Each takes the prompt's token matches and a position and answers one question about the words
around it ("does a count close here?", "is the next word a noun we know?"), so ``noun_phrases``
can read as an ordered chain of rules instead of a chain interleaved with token arithmetic.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from . import word_guessing as guess
from .manner_frames import no_thing_at
from .object_classes import CREATURE_KINDS, is_plural, noun_class, singular
from .place_context import PERCEIVED_WORDS
from .scene_words import SCENE_PREPOSITIONS, SCENE_WORDS
from .vocabulary import (
    CAMERA_WORDS,
    COLORS,
    COUNT_QUALIFIERS,
    DEFINITE,
    DEGREE_WORDS,
    DETAIL_WORDS,
    FOREIGN_FUNCTION_WORDS,
    HEIGHT_WORDS,
    INDEFINITE,
    LOCATIVE_WORDS,
    MATERIAL_WORDS,
    MODAL_FOLLOWERS,
    NON_OBJECT_NOUNS,
    NUMBER_WORDS,
    PLAIN_ADJECTIVES,
    PRESENTING_WORDS,
    PRONOUNS,
    SEQUENCE_WORDS,
    SIZE_FACTORS,
    SPEED_WORDS,
    STATE_VERBS,
    STOP_WORDS,
    VERB_KINDS,
    is_describing,
    looks_like_modifier,
)

# ``reader`` is clause_reader's ClauseReader, typed as ``Any`` so this module does not import it.
ClauseReader = Any


@lru_cache(maxsize=4096)  # asked of most words of every prompt, always of the same few hundred
def known_word(word: str) -> bool:
    """A word the tables hold, a thing or not; another language's small words ("y", "el", "und") are held as no
    thing."""
    return (
        word in STOP_WORDS or word in VERB_KINDS or word in COLORS or word in SIZE_FACTORS or word in MATERIAL_WORDS
        or word in DETAIL_WORDS or word in SPEED_WORDS or word in HEIGHT_WORDS or word in NUMBER_WORDS
        or word in SCENE_WORDS or word in CAMERA_WORDS or word in PRONOUNS or word in SEQUENCE_WORDS
        or word in DEFINITE or word in INDEFINITE or word in PLAIN_ADJECTIVES or word in COUNT_QUALIFIERS
        or word in NON_OBJECT_NOUNS or word in PRESENTING_WORDS or word in STATE_VERBS or noun_class(word) is not None
        or word in DEGREE_WORDS or word in FOREIGN_FUNCTION_WORDS
    )


def comma_inside_phrase(reader: ClauseReader, matches, position: int) -> bool:
    """"4 really lovely, rather sweet foxes": a comma between describing words, with the count still waiting for its
    noun."""
    if reader.count is None and reader.det is None:
        return False
    for following in matches[position + 1:position + 8]:
        if following.lastgroup in ("noun2",):
            return True
        if following.lastgroup in ("hyph_mod", "hyphenated"):
            continue
        if following.lastgroup != "word":
            return False
        word = following.group(0)
        if noun_class(word) is not None or (
                word != singular(word) and not known_word(word) and not looks_like_modifier(word)):
            return True  # a noun we know, or a plural we do not ("4 wet, muddy gnus")
        if not (word in DEGREE_WORDS or is_describing(word) or looks_like_modifier(word) or not known_word(word)):
            return False
    return False


def scene_form(word: str) -> str:
    if word in SCENE_WORDS or noun_class(word) is not None:
        return word
    return word[:-3] + "y" if word.endswith("ies") else singular(word)


def colour_closes_after(matches, position: int) -> bool:
    """An unknown word followed by a colour that ends the phrase names a thing of that colour."""
    if next_word(matches, position) not in COLORS:
        return False
    return clause_ends(matches, position + 1) or next_word(matches, position + 1) == "and"


def next_is_comma(matches, position: int) -> bool:
    return position + 1 < len(matches) and matches[position + 1].group(0) == ","


def opens_with_participle(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """"Compared with a scooter, ...", "Keeping a ball in place, ...": a participle we do not know opening the
    sentence; the nouns in its phrase are its objects, not the sentence's subjects."""
    return (position == 0 or matches[position - 1].group(0) in ".;:") and word.endswith(("ing", "ed")) \
        and len(word) > 5 and not known_word(word) and reader.det is None and reader.count is None


# the tokens of a verb of coming in, going or moving the token pass reads as one phrase ("arrived", "showed up")
VERB_PHRASE_GROUPS = frozenset(("appear_phrase", "disappear_phrase", "move_idiom"))


def _unknown_phrase_opener(matches, position: int) -> str | None:
    """What the unknown word at ``position`` opens after ("" at the prompt's start, a stop, or a label's colon): alone,
    "Unit arrived", or as a label's value after up to two more words the tables do not know, before a participle
    ("Fixed: extra objects showing up.", the label's colon sometimes cut off before) or after a colon; None where it
    opens nothing ("a cat arrived") and where a sentence opens on a name of two words telling its verb ("Aunt Mabel
    arrived", "Sir Lancelot rides"), the sentence's own seen subject."""
    start = position
    while start > 0 and position - start < 2 and matches[start - 1].lastgroup == "word" \
            and not known_word(matches[start - 1].group(0)) and not guess.adverb(matches[start - 1].group(0)):
        start -= 1
    opener = "" if start == 0 else matches[start - 1].group(0)
    if opener not in ("", ".", ";", ":", "!", "?"):
        return None
    if start < position and opener != ":" and not matches[position + 1].group(0).split(" ", 1)[0].endswith("ing"):
        return None
    return opener


def unknown_subject_acts(word: str, matches, position: int) -> bool:
    """"Unit arrived on scene.", "Crew pulled out.", "Someone entered.": a word the tables do not know opening its
    sentence right before a verb's told form is that verb's subject, one never drawn, so the verb is its own and no
    later thing's, and so is a label's value, after words the tables do not know either and before a participle too,
    "Fixed: extra objects showing up.", "Resolved: stray sprites appearing."; a verb a thing follows, "Soon arrives a
    cat", is that thing's (a place after it, "entered the yard", is where the subject went), and an adverb opening the
    sentence, "Suddenly arrived", is no subject."""
    opener = _unknown_phrase_opener(matches, position) if position + 1 < len(matches) else None
    if opener is None or guess.adverb(word) or word in STOP_WORDS or word in SEQUENCE_WORDS or word in COLORS:
        return False
    verb = matches[position + 1]
    said = verb.group(0)
    if verb.lastgroup not in VERB_PHRASE_GROUPS and not (verb.lastgroup == "word" and VERB_KINDS.get(said) is not None and (
            said.endswith("ed") or guess.third_person_form(said) or (opener == ":" and said.endswith("ing")))):
        return False
    for following in matches[position + 2:position + 5]:  # "entered the yard" has a place; "arrives a cat" a thing
        said = following.group(0)
        if following.lastgroup != "word" or noun_class(said) is not None:
            return following.lastgroup != "word"
        if not (said in INDEFINITE or said in DEFINITE or said in NUMBER_WORDS or said in COLORS
                or looks_like_modifier(said)):
            return True
    return True


def mover_named_after(matches, position: int, reach: int = 12) -> bool:
    """"From the left of the dog to the right of the dog, while the dog stays still, a bird flies": a thing brought
    in after a comma later in the sentence is the one a fronted way belongs to (looked at a few words ahead only)."""
    after_comma = False
    for following in matches[position + 1:position + 1 + reach]:
        said = following.group(0)
        if said in ".;!?":
            return False
        if said == ",":
            after_comma = True
        elif after_comma and (said in INDEFINITE or said in NUMBER_WORDS):
            return True
    return False


def plural_subject_opens(matches) -> bool:
    """A prompt's first word, a plural we do not know, followed by a comma or by a plain verb form ("Lanterns
    hang"), not by a participle or a label's colon ("Animals shown: horses"), nor by a comma and a thing named
    with its own article or count ("Pues, four cats": an interjection)."""
    if len(matches) < 2:
        return False
    following = matches[1].group(0)
    if following == ",":
        return not _own_subject_follows(matches, 2)
    if matches[1].lastgroup != "word" or following.endswith(("s", "ed", "en", "wn", "ing")) or noun_class(following):
        return False
    return following not in STOP_WORDS and not (len(matches) > 2 and matches[2].group(0) == ":")


def _own_subject_follows(matches, position: int) -> bool:
    """"Vamos, four balls roll", "Chicos, top-down view, a dog walks": after the opening word's comma (and a
    view said on its own) comes a thing named with its article or count, so that word was an interjection,
    not the subject ("Lanterns, ten of them, hang": the count names no thing and is the lanterns')."""
    while position < len(matches) and (
            matches[position].lastgroup == "topdown" or matches[position].group(0) in CAMERA_WORDS):
        position += 1
    if position < len(matches) and matches[position].group(0) == ",":
        position += 1
    if position >= len(matches) or not (matches[position].lastgroup in ("number", "count")
                                        or matches[position].group(0) in NUMBER_WORDS
                                        or matches[position].group(0) in INDEFINITE
                                        or matches[position].group(0) in DEFINITE):
        return False
    for following in matches[position + 1:position + 5]:
        if following.lastgroup == "noun2" or (
                following.lastgroup == "word" and noun_class(following.group(0)) is not None):
            return True
        if following.lastgroup == "punct":
            return False
    return False


def in_brackets(matches, position: int) -> bool:
    """Right after an opening bracket, or after a label inside one ("a kite (colour: gray)")."""
    match = matches[position]
    before = match.string[:match.start()].rstrip()
    if before.endswith("("):
        return True
    opened = before.rfind("(")
    return opened > before.rfind(")") and before.endswith(":") \
        and match.string[opened + 1:match.start()].count(" ") <= 1


def count_closes(matches, position: int) -> bool:
    """A number that ends its clause, or is followed only by "in total" / "altogether" / "of them"."""
    if clause_ends(matches, position):
        return True
    rest = [m.group(0) for m in matches[position + 1:position + 4]]
    return rest[:1] in (["altogether"], ["total"], ["exactly"]) or rest[:2] in (["in", "total"], ["in", "all"],
                                                                                ["of", "them"], ["in", "number"]) \
        or rest in (["to", "be", "exact"], ["to", "be", "precise"])


NUMBERING_WORDS = frozenset(
    "number numbers numbering numbered total totals totalling totaling totalled totaled".split())


def counted_noun(reader: ClauseReader, matches, position: int) -> int | None:
    """The entity a number counts when said after it: "the dogs number 7", "foxes numbering 4",
    "the foxes are 4 in all", "How many sheep? Two"."""
    if reader.last_mention is None or position < 2:
        return None
    entity, at = reader.last_mention
    before = matches[position - 1].group(0)
    if before in NUMBERING_WORDS and at == position - 2:
        return entity
    if matches[position - 1].lastgroup == "count" and matches[position - 1].group(0).endswith(" of") \
            and at == position - 3 and matches[position - 2].group(0) in ("in", "as", ","):
        return entity  # "birds in a group of three": the group's number counts the birds
    if before in ("are", "were") and [m.group(0) for m in matches[position + 1:position + 3]] in (
            ["in", "number"], ["in", "all"], ["in", "total"]):
        return entity  # "the goats in the field are three in number": a count said as the plural's state
    if before == "?" and at == position - 2 and position >= 4 and \
            [m.group(0) for m in matches[position - 4:position - 2]] == ["how", "many"]:
        return entity
    return None


def count_said_later(matches, position: int) -> bool:
    """"Pigeons on a roof: I count five", "dogs walk; there are three of them": a number said in a later
    clause counts the plural named before it without a number."""
    before = [m.group(0) for m in matches[max(0, position - 2):position]]
    after = [m.group(0) for m in matches[position + 1:position + 3]]
    if before[-1:] in (["count"], ["counted"]) and before[-2:-1] in (["i"], ["we"], ["you"], ["can"]):
        return True
    return before in (["there", "are"], ["there", "were"]) and after == ["of", "them"]


def after_colon(matches, position: int) -> bool:
    """"Balls: 9", "a bunch of yaks, 3 to be exact", "yaks (3 in all)": a number right after a noun and a colon,
    comma or bracket counts that noun."""
    if position >= 1 and in_brackets(matches, position) and matches[position - 1].lastgroup in ("word", "noun2"):
        return True
    return position >= 2 and matches[position - 1].group(0) in ":," \
        and matches[position - 2].lastgroup in ("word", "noun2")


def clause_ends(matches, position: int) -> bool:
    return position + 1 == len(matches) or matches[position + 1].lastgroup == "punct"


def imperative(reader: ClauseReader, matches, position: int) -> bool:
    """A noun that opens a clause and is followed straight away by a determiner, a number or an object pronoun is a verb
    ("Picture three dogs", "Picture them clearly")."""
    if reader.det is not None or reader.count is not None or reader.attrs or reader.compound:
        return False
    if position > 0 and matches[position - 1].lastgroup != "punct":
        return False
    if position + 1 >= len(matches):
        return False
    following = matches[position + 1]
    return following.lastgroup in ("number", "count") or (
        following.group(0) in INDEFINITE or following.group(0) in DEFINITE or following.group(0) in NUMBER_WORDS
    ) or guess.takes_object_pronoun(matches, position)


def thing_follows_verb(matches, position: int) -> bool:
    """Whether a thing is the verb's object, said right after it or after one particle ("pull up a chair", "push a
    cart"): "push in on the dog" and "pull back from a cat" name a thing only after a preposition."""
    if position + 1 < len(matches) and matches[position + 1].group(0) in (
            "up", "down", "over", "along", "away", "out", "in", "back", "off"):
        position += 1
    following = next_word(matches, position)
    return following in INDEFINITE or following in NUMBER_WORDS


def describes_across_comma(matches, position: int) -> bool:
    """"a crisp, detailed scene", "an everyday realistic clip": the word describes the noun the describing
    words after it (across a comma or not) lead to."""
    start = position + 2 if position + 1 < len(matches) and matches[position + 1].group(0) == "," else position + 1
    if start >= len(matches):
        return False
    described = False
    for offset, following in enumerate(matches[start:start + 6], start):
        if following.lastgroup == "hyphenated" and following.group(0).rsplit("-", 1)[1] in NON_OBJECT_NOUNS:
            return described  # "a handheld, realistic time-lapse of ...": the video itself
        if following.lastgroup in ("hyph_mod", "hyphenated", "topdown"):  # "a lush, realistic top-down video"
            described = True
            continue
        if following.lastgroup == "noun2":
            return described
        if following.lastgroup != "word":
            return False
        word = following.group(0)
        if noun_class(word) is not None or no_thing_at(word, matches, offset) or word in PRESENTING_WORDS or (
                next_word(matches, offset) == "of" and offset + 2 < len(matches)
                and matches[offset + 2].group(0) in NON_OBJECT_NOUNS):  # "... piece of footage"
            return described
        if not (word in DEGREE_WORDS or is_describing(word) or looks_like_modifier(word) or guess.adjective_form(word)
                # "grainy home movie"
                or (no_thing_at(next_word(matches, offset), matches, offset + 1)
                    and word not in STOP_WORDS
                    and word not in DEFINITE)):
            return False
        described = True
    return False


MODAL_SUBJECTS = frozenset(("we", "you", "i", "they", "viewers", "one", "it", "he", "she"))  # "as fast as it can"


def modal_can(matches, position: int) -> bool:
    """"can be seen", "a dog can run": the modal verb, not a tin can. A verb's plain form after "can" makes it the
    modal unless a determiner or a count stands right before it ("a can rolls" names the tin)."""
    if matches[position].group(0) != "can" or position + 1 >= len(matches):
        return False
    following = matches[position + 1].group(0).split()[0]
    before = matches[position - 1].group(0).split()[-1] if position > 0 else ""
    return following in MODAL_FOLLOWERS or before in MODAL_SUBJECTS \
        or (_plain_verb(following) and before != "" and before not in _BEFORE_A_NOUN)  # "a dog can run left"


# words that stand right before a noun, so a "can" after them is the tin ("a can roll", "two can ...")
_BEFORE_A_NOUN = frozenset(("a", "an", "the", "this", "that", "my", "your", "his", "her", "our", "their", "its", "one",
                            "each", "every", "any", "no", "some", "another")) | frozenset(NUMBER_WORDS)


def _plain_verb(word: str) -> bool:
    """A verb the tables know, in its plain form: never its -s, -ed or -ing form, which no modal takes."""
    return word in VERB_KINDS and not word.endswith(("s", "ed", "ing"))


def verb_after_singular(reader: ClauseReader, word: str) -> bool:
    return (word in VERB_KINDS and is_plural(word) and reader.det in ("a", "an") and reader.count is None
            and bool(reader.attrs) and reader.attrs[-1][0] == "detail" and not is_describing(reader.attrs[-1][1]))


_SEEING_OR_HOLDING = frozenset(("see", "sees", "seeing", "holds", "holding"))  # "a man holds a ball, then throws it"


def sees_or_holds(reader: ClauseReader, word: str) -> bool:
    """"A dog sees a cat and runs to the left", "a man holds a ball, then throws it": a creature of the scene that sees
    or holds acts on what it does, so a verb after goes on with it (a clip or a camera that sees presents the scene)."""
    if word not in _SEEING_OR_HOLDING or not reader.subjects or -1 in reader.subjects:
        return False
    return all(reader.entities[index].cls.mobility in CREATURE_KINDS for index in reader.subjects)


def after_object(reader: ClauseReader, position: int) -> bool:
    """"A fox passes by a car heading from its left": the participle right after the move's object."""
    return reader.verb_since_subject and reader.last_mention is not None and reader.last_mention[1] == position - 1 \
        and reader.last_mention[0] not in reader.subjects


# "a lamp post the whole time": a span of the clip, not a verb's object
_SPAN_WORDS = frozenset(("whole", "entire", "full", "rest", "same", "first", "second", "last", "end", "start",
                         "beginning", "middle"))


# forms of the verbs of placing that name no thing ("a man put a box on the table"; "a chess set" is a thing)
_PLACED = frozenset(("put", "placed", "laid"))


def noun_follows(matches, position: int) -> bool:
    """A singular noun right after a singular noun, ending the phrase: the first names what kind ("train station")."""
    word = matches[position].group(0)
    following = next_word(matches, position)
    if following is None or word != singular(word) or following != singular(following) or following in VERB_KINDS \
            or following in guess.IRREGULAR_PAST or following in _PLACED \
            or guess.placing_verb(following, matches, position + 1) \
            or following in STATE_VERBS or no_thing_at(following, matches, position + 1) or following in COLORS \
            or looks_like_modifier(following) \
            or following in LOCATIVE_WORDS or following in PERCEIVED_WORDS or modal_can(matches, position + 1):
        return False  # "the ball orange", "a cow can be seen", "beside a car throughout", "is a horse seen"
    if noun_class(following) is None and known_word(following) and following not in SCENE_WORDS:
        return False  # "a flower garden", "a car park": the place the first noun says what kind of
    after = matches[position + 2] if position + 2 < len(matches) else None
    if guess.takes_object_pronoun(matches, position + 1):
        return False  # "a red bird saw it": a word taking "it" after the noun is its verb, not the head of its name
    if guess.watched_thing(matches, position):
        return False  # "a man heard a dog bark": the word after the thing heard or seen is its verb
    if after is not None and _takes_an_object(matches, position + 2):
        return False  # "a flying bird carry the gaze": the second word is the thing's verb, its object next
    return after is None or after.lastgroup not in ("word", "noun2", "hyphenated", "hyph_mod") \
        or after.group(0) in STOP_WORDS


def _takes_an_object(matches, position: int) -> bool:
    """Whether a noun phrase opens at ``position``: a determiner and a word that is no time's ("the whole time")."""
    if matches[position].group(0) not in DEFINITE | INDEFINITE:
        return False
    following = next_word(matches, position)
    return following is not None and noun_class(following) is None and following not in _SPAN_WORDS \
        and following not in NUMBER_WORDS


def previous_word(matches, position: int, skipping: frozenset[str] = frozenset()) -> str | None:
    """The word before, passing over any in ``skipping`` ("is entirely brown": "is")."""
    while position > 0 and matches[position - 1].group(0) in skipping:
        position -= 1
    return matches[position - 1].group(0) if position > 0 else None


def names_the_scene(word: str, determiner: str | None, matches, position: int) -> bool:
    """A scene word that is also a verb names the place after a determiner or a preposition: "in a park", "seen from
    orbit" ("the car parks" is a verb)."""
    return word in SCENE_WORDS and (determiner is not None or previous_word(matches, position) in SCENE_PREPOSITIONS)


def in_colour_list(matches, position: int, colours: frozenset[str]) -> bool:
    """"one orange, one white": a colour after "one" with another member's colour listed right before or after it."""
    if position < 1 or matches[position - 1].group(0) not in ("one", "another"):
        return False
    words = [m.group(0) for m in matches[max(0, position - 5):position + 5]]
    at = min(position, 5)
    after = [w for w in words[at + 1:] if w not in (",", "and")]
    before = [w for w in words[:at - 1] if w not in (",", "and")]
    listed_after = after[:1] in (["one"], ["another"]) and after[1:2] and after[1] in colours or (
        after[:2] == ["the", "other"] and after[2:3] and after[2] in colours)
    listed_before = words[at - 2:at - 1] in ([","], ["and"]) and before[-1:] and before[-1] in colours \
        and before[-2:-1] in (["one"], ["another"])
    return bool(listed_after or listed_before)


def shade_start(matches, position: int, intensities: frozenset[str]) -> int:
    """Where a colour phrase begins: "in bright orange" at "bright", "in a deep maroon" at "a" (one intensity word at
    most)."""
    if position > 0 and matches[position - 1].group(0) in intensities:
        position -= 1
    if position > 1 and matches[position - 1].group(0) in ("a", "an") and matches[position - 2].group(0) == "in":
        position -= 1
    return position


def next_word(matches, position: int) -> str | None:
    if position + 1 < len(matches) and matches[position + 1].lastgroup in ("word", "noun2"):
        return matches[position + 1].group(0)
    return None


def next_is_known_noun(matches, position: int) -> bool:
    if position + 1 >= len(matches):
        return False
    following = matches[position + 1]
    if following.lastgroup == "noun2":
        return True
    if following.lastgroup in ("hyph_mod", "hyphenated"):
        return next_is_known_noun(matches, position + 1)
    if following.lastgroup != "word":
        return False
    word = following.group(0)
    return noun_class(word) is not None or (
        (is_describing(word) or looks_like_modifier(word)) and next_is_known_noun(matches, position + 1))


def seeks(word: str, matches, position: int) -> bool:
    """Whether WORD at POSITION is a look for something, "this entry looks for four cats": seeking, never a change
    in how its subject looks."""
    return word.startswith("look") and next_word(matches, position) in ("for", "after")


def infinitive_follows(matches, position: int) -> bool:
    """Whether the "to" at POSITION is an infinitive's, no destination: before a word of seeing ("we get to see a dog"),
    or before a word the tables do not know that takes a thing or a clause after it ("able to confirm that a bird flies
    ...", "glad to report a cat", "want to know where the cat went"): a place after "to" is a thing the tables know,
    never a verb's object."""
    following = next_word(matches, position)
    if following is None:
        return False
    if following in PRESENTING_WORDS or following in _STAYING_VERBS:
        return True  # "we get to see a dog", "the bird to stay still as a car drives": no place after "to"
    after = next_word(matches, position + 1)
    return (not known_word(following) and after in _CLAUSE_OR_THING_STARTS
            or following in _KNOWING_VERBS and after in _QUESTION_WORDS)


# a verb's plain form of staying put after "to" ("wants the bird to stay still", "to remain"): the infinitive's
_STAYING_VERBS = frozenset(("stay", "remain", "sit", "wait", "stand"))
_CLAUSE_OR_THING_STARTS = frozenset(("a", "an", "the", "that", "this", "these", "those", "whether", "how", "if"))
# a question word after "to" and a verb of knowing is the infinitive's clause ("want to know where the cat went");
# after a noun it is where the noun is ("runs to grandma where she sits"), a destination
_QUESTION_WORDS = frozenset(("where", "what", "which", "why"))
# ("work" and "figure" are left out: "walks to work where a dog sits" goes to work, a destination)
_KNOWING_VERBS = frozenset("know learn find discover guess tell ask understand hear check wonder remember "
                           "decide explain".split())


def _unknown_word_follows(matches, position: int) -> bool:
    following = matches[position + 1] if position + 1 < len(matches) else None
    return following is not None and following.lastgroup == "word" and not known_word(following.group(0))


def next_is_nounish(matches, position: int) -> bool:
    if position + 1 >= len(matches):
        return False
    if modal_can(matches, position + 1):
        return False
    if guess.takes_object_pronoun(matches, position + 1):
        return False  # "the scribe saw it all": a word taking "it" is a verb, not the noun of the phrase
    following = matches[position + 1]
    if following.lastgroup in ("noun2", "hyph_mod", "hyphenated"):
        return True  # "six rain-soaked bottles": a hyphenated describing word still leads to the noun
    if following.lastgroup != "word":
        return False
    word = following.group(0)
    if noun_class(word) is not None:
        return True
    if word in DEGREE_WORDS:
        return next_is_nounish(matches, position + 1)  # "five very fluffy rabbits"
    # "two drifting lanterns stay": a noun after it, known or not
    if word in VERB_KINDS and word.endswith(("ing", "ed")):
        if VERB_KINDS[word] == "rest" and word.endswith("ing") and _unknown_word_follows(matches, position + 1):
            return True  # "two hanging lanterns and a cat": a state said of a noun we do not know
        return next_is_known_noun(matches, position + 1) \
            or guess.unknown_noun_then_verb(matches, position + 1, known_word)
    if word in COLORS or word in MATERIAL_WORDS or word in SIZE_FACTORS or word in DETAIL_WORDS \
            or word in PLAIN_ADJECTIVES:
        return True
    return not known_word(word)


def watched_thing_acts(reader: ClauseReader, matches, position: int) -> bool:
    """Whether the verb at ``position`` comes right after the object of a verb taking a bare infinitive or a
    participle ("a woman watches a ball roll", "hears a dog running"): the move is the thing watched, not the
    watcher's."""
    word = matches[position].group(0)
    index = reader.last_object
    return word in VERB_KINDS and index is not None and reader.last_mention == (index, position - 1) \
        and index not in reader.subjects and guess.watched_thing(matches, position - 1)


def clause_follows_as(matches, position: int) -> bool:
    """Whether "as" at ``position`` opens a clause with a subject of its own ("plays on as a ball rolls", "looks on as
    two dogs run"), as "while" does; not a role or a likeness ("dressed as a clown", "as the crow flies" is read
    before)."""
    following = [m.group(0) for m in matches[position + 1:position + 5]]
    if not following or not starts_noun_phrase(following[0]):
        return False
    for word in following[2:]:  # "as a ball rolls", "as the two dogs run"; not "as a clown and walks"
        if word in VERB_KINDS:
            return True
        if word in ("and", "or", ",", "with"):
            return False
    return False


def starts_noun_phrase(word: str) -> bool:
    """An article, a count or a possessive: a noun phrase of its own starts with this word."""
    return word in INDEFINITE or word in DEFINITE or word in NUMBER_WORDS


def subject_of_verb_in_s(matches, position: int) -> bool:
    """Whether a "that" or "this" stands alone before a verb: the next word ends in -s, names no thing the tables know,
    and is followed by an article or a pronoun, as a verb's object is ("that ends the list"), or ends its clause ("while
    that simmers,": "that" and "this" count one, so an -s word after them is never their plural noun)."""
    following = next_word(matches, position)
    if following is None or not following.endswith("s") or following.endswith("ss") \
            or noun_class(following) is not None:
        return False
    return (next_word(matches, position + 1) in ("the", "a", "an", "it", "them", "our", "my", "your", "this", "that")
            or clause_ends(matches, position + 1))
