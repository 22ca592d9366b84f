"""Reading one word in its place: noun-phrase chunking, counts, attributes, places and verbs.

A determiner, a count and describing words gather until the noun that ends the phrase; a word is
drawn as an object only when it names a thing and is not the place ("at the seaside"), a describing
word, or a sentence word ("Picture three dogs"). Everything else is handed to the reader as a verb,
a modifier or an unknown word to report.
"""

from __future__ import annotations

from typing import Any

from .object_classes import COMPOUND_NOUN_WORDS, GENERIC_CLASS, is_plural, noun_class, singular
from .prompt_tokens import fraction_of
from .scenery import is_scenery
from .vocabulary import (
    CAMERA_PARTICLES,
    CAMERA_WORDS,
    CLAUSE_WORDS,
    COLORS,
    COLOUR_LINKS,
    COPULA,
    COUNT_QUALIFIERS,
    COVERINGS,
    DEFINITE,
    DEGREE_WORDS,
    DETAIL_WORDS,
    ENCLOSURES,
    FRAME_WORDS,
    HEIGHT_WORDS,
    INDEFINITE,
    LOCATIVE_WORDS,
    MATERIAL_WORDS,
    MODAL_FOLLOWERS,
    NON_OBJECT_NOUNS,
    NUMBER_WORDS,
    PLAIN_ADJECTIVES,
    PREDICATE_LINKS,
    PRESENTING_WORDS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SCENE_WORDS,
    SEQUENCE_WORDS,
    SIZE_FACTORS,
    SKY_NOUNS,
    SPEED_WORDS,
    STATE_VERBS,
    STOP_WORDS,
    VERB_KINDS,
    is_describing,
    looks_like_modifier,
)

# ``reader`` below is clause_reader's ClauseReader: these functions apply one word to the reading in
# progress. It is typed as ``Any`` so this module does not import the reader that imports it.
ClauseReader = Any

def known_word(word: str) -> bool:
    return (
        word in STOP_WORDS or word in VERB_KINDS or word in COLORS or word in SIZE_FACTORS or word in MATERIAL_WORDS
        or word in DETAIL_WORDS or word in SPEED_WORDS or word in HEIGHT_WORDS or word in NUMBER_WORDS
        or word in SCENE_WORDS or word in CAMERA_WORDS or word in PRONOUNS or word in SEQUENCE_WORDS
        or word in DEFINITE or word in INDEFINITE or word in PLAIN_ADJECTIVES or word in COUNT_QUALIFIERS
        or word in NON_OBJECT_NOUNS or word in PRESENTING_WORDS or word in STATE_VERBS or noun_class(word) is not None
        or word in DEGREE_WORDS
    )


def read_word(reader: ClauseReader, word: str, matches, position: int) -> None:
    if (word[0].isdigit() or word in NUMBER_WORDS) and reader.recount(_counted_noun(reader, matches, position), word):
        return  # "the dogs number 7", "foxes numbering four", "How many sheep? Two"
    if word[0].isdigit():
        if _count_closes(matches, position) and reader.count_after(int(float(word)), _after_colon(matches, position)):
            return
        reader.count = min(int(float(word)), 10_000)
        return
    if word.endswith("'s"):
        word = word[:-2]
    if word in COPULA:
        return
    if word == "in" and reader.current and -1 not in reader.subjects and (
            _clause_ends(matches, position) or matches[position + 1].lastgroup in ("window", "time")
            or _next_word(matches, position) in ("once", "when", "after", "as", "during")):
        reader.modify("enter", None)  # "a cat walks in": it enters the frame
        return
    if reader.locative and (word in RELATIVE_PRONOUNS or word in PRONOUNS or word in COPULA or word in VERB_KINDS):
        reader.locative = False  # "in which a hatchback starts": the place phrase ended at "which"
    if word in LOCATIVE_WORDS:
        reader._clear_phrase()
        reader.relation = None  # "passes through the top right": a path, not past an object
        reader.locative = "along" if word == "along" else True
        return
    if word in RELATIVE_PRONOUNS and _previous_word(matches, position) in ("in", "on", "where") or (
            word == "where" and _previous_word(matches, position) in NON_OBJECT_NOUNS):
        reader.presented = reader.presented or not reader.entities  # "a clip in which two pigs appear": they are shown
    if word in RELATIVE_PRONOUNS and reader.relative_clause():
        return
    if word in CAMERA_WORDS and (word == "camera" or reader.det in DEFINITE):
        reader._clear_phrase()
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
    if word in ("and", "&"):
        reader.joining = bool(reader.subjects) and not reader.verb_since_subject
        return
    if word == "but" and reader.current and matches[position - 1].lastgroup == "punct":
        reader.end_clause(hard=False)  # "visible in the first half, but in the second half it is not": a new clause
        reader.current = []
        return
    if word in CLAUSE_WORDS:
        reader.end_clause(hard=False)  # "a dog stays while a fox goes": a new clause with its own subject
        return
    if word in PRONOUNS:
        reader.pronoun(word)
        return
    if word == "one" and reader.absent is not None and not _next_is_nounish(matches, position):
        name, cls, known = reader.absent  # "no horse at first, but later one arrives": one horse
        reader.absent = None
        reader.det, reader.count = "one", 1
        reader.noun(word, name, cls, False, known)
        return
    if word in ("sign", "trace") and reader.count == 0 and _next_word(matches, position) == "of":
        return  # "no sign of a fox": no fox
    if word in ("empty", "blank", "nothing") and position == 0 and _next_word(matches, position) != "of" and (
            matches[position + 1:position + 3] and " ".join(m.group(0) for m in matches[position + 1:position + 3]) == "at first"
            or (position + 1 < len(matches) and matches[position + 1].lastgroup == "time" and fraction_of(matches[position + 1].group(0)) < 0.3)):
        reader.empty_start = True  # "Empty at first, then a cat": the cat comes later
        if word == "nothing":
            reader._clear_phrase()
        return
    if word in ("free", "empty", "clear", "devoid") and _next_word(matches, position) == "of":
        reader.det, reader.count = "no", 0  # "the first half free of any cat": no cat then
        return
    if word == "one" and _previous_word(matches, position) in ("each", "every", "any"):
        reader._clear_phrase()  # "each one well apart": a pronoun, not a count of what follows
        return
    if word == "that" and not _next_is_nounish(matches, position):
        return  # "a video that has mice in it": a relative pronoun, not "that mouse"
    if word in INDEFINITE or word in DEFINITE:
        reader.det = word
        if word in ("one", "another"):
            reader.count = 1
        return
    if word in ("step", "stage", "part") and position + 1 < len(matches) and (
            matches[position + 1].lastgroup == "number" or matches[position + 1].group(0) in NUMBER_WORDS):
        reader._clear_phrase()  # "Step 2: the upper right": a label, not an object
        return
    if word in PRESENTING_WORDS:
        reader._clear_phrase()
        reader.joining = False  # "keeping a ball still, show an otter ...": what is shown is a new subject  # "a clip showing ...", "the camera records ...": no move of anything
        return
    if word in NON_OBJECT_NOUNS:
        reader._clear_phrase()
        reader.locative = False  # "in the shot a hen waits": the place phrase ended with its noun
        reader.relation = None  # "on a frosty morning showing a car": no thing for "on" to relate to
        reader.naming = word == "number"  # "the number seven": a name, not a count
        reader.counting = reader.counting or word == "number"
        return
    if word == "no" and _next_is_nounish(matches, position):
        reader.det, reader.count = "no", 0  # "there is no dog at first": nothing placed
        return
    if word == "only" and (_next_word(matches, position) in DEFINITE or _next_word(matches, position) in INDEFINITE):
        reader.exclusive = True  # "only the lamp is left": the others are gone
        return
    if word in COUNT_QUALIFIERS and _next_word(matches, position) in NUMBER_WORDS:
        return
    if word in NUMBER_WORDS and _count_closes(matches, position) and reader.count_after(
            NUMBER_WORDS[word], _after_colon(matches, position)):
        return
    if word in NUMBER_WORDS and _next_is_nounish(matches, position) and not reader.naming:
        reader.count = NUMBER_WORDS[word]
        return
    reader.naming = False
    in_phrase = reader.det is not None or reader.count is not None or bool(reader.attrs)
    if word in VERB_KINDS and word.endswith(("ing", "ed")) and (reader.locative or reader.relation == "under") \
            and _scene_form(_next_word(matches, position) or "") in SCENE_WORDS:
        return  # "under falling snow", "in drifting fog": the participle describes the weather, nothing moves
    if word in VERB_KINDS and word.endswith(("ing", "ed")) and in_phrase and next_is_known_noun(matches, position):
        reader.attrs.append(("detail", word))  # "four walking dogs": a participle describes, the count stays
        return
    if word in PLAIN_ADJECTIVES and _next_is_nounish(matches, position):
        reader.attrs.append(("detail", word))
        return
    # a material/colour word right before a noun is an attribute, not an object ("glass vase", "paper cup")
    nounish_next = _next_is_nounish(matches, position)
    if (word in COLORS and _previous_word(matches, position) == "in" and reader.last_mention is not None
            and reader.last_mention[1] == position - 2 and not next_is_known_noun(matches, position)):
        reader.describe_last(word)  # "a taxi in blue faces a cat": the taxi's colour, whatever word follows
        return
    if word in COLORS and reader.last_mention is not None and _in_brackets(matches, position):
        reader.describe_last(word)  # "a cat (orange) waits": the colour of the noun before
        return
    if word in COLORS and reader.last_mention is not None and (
            (reader.last_mention[1] == position - 1 and (_clause_ends(matches, position) or _next_word(matches, position) == "and"))
            or (_next_word(matches, position) == "one" and not next_is_known_noun(matches, position + 1))):
        reader.describe_last(word)  # "make the ball orange and ...", "the cat is a brown one": the noun's colour
        return
    if word in COLORS and _next_word(matches, position) in COVERINGS and reader.last_mention is not None:
        reader.describe_last(word)  # "a cat with orange fur": the cat is orange
        return
    if word in COLORS and nounish_next:
        reader.attrs.append(("color", word))
        return
    if word in COLORS and _next_word(matches, position) in ("is", "are") and position + 2 < len(matches) \
            and matches[position + 2].group(0) in DEFINITE:
        reader.attrs.append(("color", word))  # "black is the ball": the colour of the noun that follows
        return
    if word in MATERIAL_WORDS and nounish_next:
        reader.attrs.append(("material", MATERIAL_WORDS[word]))
        return
    if word in SIZE_FACTORS and nounish_next:
        reader.attrs.append(("size", word))
        return
    if word in DETAIL_WORDS and nounish_next:
        reader.attrs.append(("detail", word))
        return
    if word in COLOUR_LINKS:
        return  # "painted red": the colour that follows is the attribute
    if (word in COLORS or word in SIZE_FACTORS or word in MATERIAL_WORDS) and not nounish_next and reader.last_mention is not None \
            and (_previous_word(matches, position, DEGREE_WORDS) in PREDICATE_LINKS or _previous_word(matches, position) == ","):
        reader.describe_last(word)  # "a cat that is red", "a horse in orange", "a car painted blue"
        return
    if _modal_can(matches, position):
        return  # "can be seen": the modal verb, not a tin can
    if word.startswith("continu") and position + 1 < len(matches) and matches[position + 1].lastgroup == "rel":
        return  # "continues to roll": the verb after it is the move
    if (word in FRAME_WORDS or word in ("photo", "photograph", "snapshot")) and position <= 1 \
            and (_next_word(matches, position) in ("of", "with", "showing", "where") or _next_is_comma(matches, position)):
        reader._clear_phrase()  # "a picture with nine cats": the video itself
        return
    if word in FRAME_WORDS and _next_word(matches, position) in PRESENTING_WORDS:
        reader._clear_phrase()  # "the picture shows three cars": the video itself
        return
    if word in FRAME_WORDS and reader.det in DEFINITE and position > 1 and (
            matches[position - 2].group(0) in VERB_KINDS or matches[position - 2].lastgroup in ("dir", "rel")):
        reader._clear_phrase()  # "crossing the picture": the frame it moves in, not a picture on a wall
        return
    found = noun_class(word)
    if found is not None and (reader.det is not None or reader.count is not None) and _noun_follows(matches, position) and (
            reader.det not in DEFINITE or noun_class(_next_word(matches, position) or "") is not None):  # not "the boat afloat"
        reader.compound.append(word)  # "a train station", "a lamp post": the last noun names the thing
        return
    if found is not None and _verb_after_singular(reader, word):
        head = reader.attrs.pop()[1]  # "a hedgehog leaves": "a" wants one thing, so "leaves" is its verb
        named = noun_class(head)
        reader.noun(head, named[0] if named else singular(head), named[1] if named else GENERIC_CLASS, False, named is not None)
        reader.verb(word, VERB_KINDS[word])
        return
    if found is not None and _imperative(reader, matches, position):
        return  # "Picture three dogs ...": a verb that asks the reader to imagine, not a picture
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
        name, cls = found
        reader.noun(word, name, cls, is_plural(word), True)
        return
    # "in a park" names the scene; "the car parks" is a verb: a determiner decides
    if word in VERB_KINDS and not (word in SCENE_WORDS and reader.det is not None):
        reader.verb(word, VERB_KINDS[word], camera_move=_next_word(matches, position) in ("in", "out"),
                    elaborating=word.endswith("ing") and (_previous_word(matches, position) == "," or _after_object(reader, position)))
        return
    if word in STATE_VERBS and reader.subjects and position + 1 < len(matches) and (
            matches[position + 1].lastgroup in ("to_region", "from_region", "finish")
            or matches[position + 1].group(0) in ("over", "across", "round", "around")):
        reader.verb(word, "move")  # "swings over to the bottom right": a path makes it a move
        return
    if word in STATE_VERBS and reader.det is None and reader.count is None and not reader.attrs:
        reader._clear_phrase()
        reader.object_pending = bool(reader.subjects)  # "squeezes a sponge": the sponge is its object, not a new subject
        return
    if word in SPEED_WORDS:
        reader.modify("speed", SPEED_WORDS[word])
        return
    if word in HEIGHT_WORDS:
        reader.modify("apex", HEIGHT_WORDS[word])
        return
    scene = _scene_form(word)
    if scene in SCENE_WORDS:  # "under grey skies": the place, in the plural too
        if SCENE_WORDS[scene]:
            reader.scenes.append(SCENE_WORDS[scene])
        reader.relation = None
        reader._clear_phrase()
        return
    if word in COLORS or word in MATERIAL_WORDS or word in SIZE_FACTORS or word in DETAIL_WORDS:
        return  # a predicate adjective ("the ball is red") carries nothing for the layout
    if known_word(word):
        return
    if _colour_closes_after(matches, position) and (reader.det is not None or _previous_word(matches, position) in (":", ",")):
        reader.noun(word, singular(word), GENERIC_CLASS, word != singular(word), False)  # "Colours: raccoon black", "the yak blue"
        return
    if reader.det is not None or reader.count is not None or reader.attrs:
        following = _next_word(matches, position)
        if following == "of" and position + 2 < len(matches) and matches[position + 2].group(0) in NON_OBJECT_NOUNS:
            reader._clear_phrase()  # "a piece of footage", "a stretch of film": the video itself
            return
        if _describes_across_comma(matches, position):
            reader.attrs.append(("detail", word))  # "a crisp, detailed scene": a describing word before a comma
            return
        if (following is not None and (following in SCENE_WORDS or following in NON_OBJECT_NOUNS)) or (
                position + 1 < len(matches) and matches[position + 1].lastgroup == "scene2"):
            return  # "a clear sky", "a dirt road", "a frosty morning": it describes the place or time
        if ((following is not None and (noun_class(following) is not None or following in COMPOUND_NOUN_WORDS))
                or next_is_known_noun(matches, position)) and not _modal_can(matches, position + 1):
            reader.attrs.append(("detail", word))  # an adjective we do not know, before a noun we do
            return
        if looks_like_modifier(word):
            if _next_is_nounish(matches, position):
                reader.attrs.append(("detail", word))
            else:
                reader.unknown.append(word)  # a describing word with no noun: reported, never drawn
            return
        if (following is not None and _next_is_nounish(matches, position) and not looks_like_modifier(following)
                and following == singular(following) and word == singular(word) and not _in_brackets(matches, position + 1)):  # "lambs graze": a plural is the head  # "a zorblax glimmers", "the net stretches": a verb
            reader.compound.append(word)  # "hockey puck", "brass pendulum": one object named by both words
            return
        if reader.locative:
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
    if (word != singular(word) and not looks_like_modifier(word) and not reader.subjects
            and position > 0 and matches[position - 1].group(0) in (":", ";", ".")):
        reader.noun(word, singular(word), GENERIC_CLASS, True, False)  # "Subjects: lanterns.": a bare plural opening a clause
        return
    if position == 0 and word != singular(word) and not looks_like_modifier(word) and _plural_subject_opens(matches):
        reader.noun(word, singular(word), GENERIC_CLASS, True, False)  # "Lanterns hang ...", "Lanterns, ten of them, ...": the subject
        return
    if _opens_with_participle(reader, word, matches, position):
        reader.object_pending = reader.participial = True  # until the phrase's comma
        return
    if (reader.subjects and -1 not in reader.subjects and not reader.verb_since_subject and word.endswith("s")
            and not word.endswith("ss") and reader.last_mention is not None and reader.last_mention[1] == position - 1):
        reader.unknown_verb(word)
        return
    reader.unknown.append(word)


def comma_inside_phrase(reader: ClauseReader, matches, position: int) -> bool:
    """"4 really lovely, rather sweet foxes": a comma between describing words, with the count still waiting for its noun."""
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
        if noun_class(word) is not None or (word != singular(word) and not known_word(word) and not looks_like_modifier(word)):
            return True  # a noun we know, or a plural we do not ("4 wet, muddy gnus")
        if not (word in DEGREE_WORDS or is_describing(word) or looks_like_modifier(word) or not known_word(word)):
            return False
    return False


def _scene_form(word: str) -> str:
    if word in SCENE_WORDS or noun_class(word) is not None:
        return word
    return word[:-3] + "y" if word.endswith("ies") else singular(word)


def _colour_closes_after(matches, position: int) -> bool:
    """An unknown word followed by a colour that ends the phrase names a thing of that colour."""
    if _next_word(matches, position) not in COLORS:
        return False
    return _clause_ends(matches, position + 1) or _next_word(matches, position + 1) == "and"


def _next_is_comma(matches, position: int) -> bool:
    return position + 1 < len(matches) and matches[position + 1].group(0) == ","


def _opens_with_participle(reader: ClauseReader, word: str, matches, position: int) -> bool:
    """"Compared with a scooter, ...", "Keeping a ball in place, ...": a participle we do not know opening the
    sentence; the nouns in its phrase are its objects, not the sentence's subjects."""
    return (position == 0 or matches[position - 1].group(0) in ".;:") and word.endswith(("ing", "ed")) and len(word) > 5 \
        and not known_word(word) and reader.det is None and reader.count is None


def _plural_subject_opens(matches) -> bool:
    """A prompt's first word, a plural we do not know, followed by a comma or by a plain verb form ("Lanterns
    hang"), not by a participle or a label's colon ("Animals shown: horses")."""
    if len(matches) < 2:
        return False
    following = matches[1].group(0)
    if following == ",":
        return True
    if matches[1].lastgroup != "word" or following.endswith(("s", "ed", "en", "wn", "ing")) or noun_class(following):
        return False
    return following not in STOP_WORDS and not (len(matches) > 2 and matches[2].group(0) == ":")


def _in_brackets(matches, position: int) -> bool:
    """Right after an opening bracket, or after a label inside one ("a kite (colour: gray)")."""
    match = matches[position]
    before = match.string[:match.start()].rstrip()
    if before.endswith("("):
        return True
    opened = before.rfind("(")
    return opened > before.rfind(")") and before.endswith(":") and match.string[opened + 1:match.start()].count(" ") <= 1


def _count_closes(matches, position: int) -> bool:
    """A number that ends its clause, or is followed only by "in total" / "altogether" / "of them"."""
    if _clause_ends(matches, position):
        return True
    rest = [m.group(0) for m in matches[position + 1:position + 4]]
    return rest[:1] in (["altogether"], ["total"], ["exactly"]) or rest[:2] in (["in", "total"], ["in", "all"], ["of", "them"], ["in", "number"]) \
        or rest in (["to", "be", "exact"], ["to", "be", "precise"])


NUMBERING_WORDS = frozenset("number numbers numbering numbered total totals totalling totaling totalled totaled".split())


def _counted_noun(reader: ClauseReader, matches, position: int) -> int | None:
    """The entity a number counts when said after it: "the dogs number 7", "foxes numbering 4",
    "How many sheep? Two"."""
    if reader.last_mention is None or position < 2:
        return None
    entity, at = reader.last_mention
    before = matches[position - 1].group(0)
    if before in NUMBERING_WORDS and at == position - 2:
        return entity
    if matches[position - 1].lastgroup == "count" and matches[position - 1].group(0).endswith(" of") and at == position - 3 \
            and matches[position - 2].group(0) in ("in", "as", ","):
        return entity  # "birds in a group of three": the group's number counts the birds
    if before == "?" and at == position - 2 and position >= 4 and \
            [m.group(0) for m in matches[position - 4:position - 2]] == ["how", "many"]:
        return entity
    return None


def _after_colon(matches, position: int) -> bool:
    """"Balls: 9", "a bunch of yaks, 3 to be exact", "yaks (3 in all)": a number right after a noun and a colon,
    comma or bracket counts that noun."""
    if position >= 1 and _in_brackets(matches, position) and matches[position - 1].lastgroup in ("word", "noun2"):
        return True
    return position >= 2 and matches[position - 1].group(0) in ":," and matches[position - 2].lastgroup in ("word", "noun2")


def _clause_ends(matches, position: int) -> bool:
    return position + 1 == len(matches) or matches[position + 1].lastgroup == "punct"


def _imperative(reader: ClauseReader, matches, position: int) -> bool:
    """A noun that opens a clause and is followed straight away by a determiner or a number is a verb."""
    if reader.det is not None or reader.count is not None or reader.attrs or reader.compound:
        return False
    if position > 0 and matches[position - 1].lastgroup != "punct":
        return False
    if position + 1 >= len(matches):
        return False
    following = matches[position + 1]
    return following.lastgroup in ("number", "count") or (following.group(0) in INDEFINITE or following.group(0) in DEFINITE or following.group(0) in NUMBER_WORDS)


def _describes_across_comma(matches, position: int) -> bool:
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
        if noun_class(word) is not None or word in NON_OBJECT_NOUNS or word in PRESENTING_WORDS or (
                _next_word(matches, offset) == "of" and offset + 2 < len(matches)
                and matches[offset + 2].group(0) in NON_OBJECT_NOUNS):  # "... piece of footage"
            return described
        if not (word in DEGREE_WORDS or is_describing(word) or looks_like_modifier(word)):
            return False
        described = True
    return False


MODAL_SUBJECTS = frozenset(("we", "you", "i", "they", "viewers", "one"))


def _modal_can(matches, position: int) -> bool:
    """"can be seen": the modal verb, not a tin can."""
    return matches[position].group(0) == "can" and position + 1 < len(matches) and (
        matches[position + 1].group(0).split()[0] in MODAL_FOLLOWERS
        or (position > 0 and matches[position - 1].group(0) in MODAL_SUBJECTS))  # "we can count", "you can spot"


def _verb_after_singular(reader: ClauseReader, word: str) -> bool:
    return (word in VERB_KINDS and is_plural(word) and reader.det in ("a", "an") and reader.count is None
            and bool(reader.attrs) and reader.attrs[-1][0] == "detail" and not is_describing(reader.attrs[-1][1]))


def _after_object(reader: ClauseReader, position: int) -> bool:
    """"A fox passes by a car heading from its left": the participle right after the move's object."""
    return reader.verb_since_subject and reader.last_mention is not None and reader.last_mention[1] == position - 1 \
        and reader.last_mention[0] not in reader.subjects


def _noun_follows(matches, position: int) -> bool:
    """A singular noun right after a singular noun, ending the phrase: the first names what kind ("train station")."""
    word = matches[position].group(0)
    following = _next_word(matches, position)
    if following is None or word != singular(word) or following != singular(following) or following in VERB_KINDS \
            or following in STATE_VERBS or following in NON_OBJECT_NOUNS or following in COLORS or looks_like_modifier(following) \
            or _modal_can(matches, position + 1):
        return False  # "the ball orange", "a cow can be seen"
    if noun_class(following) is None and known_word(following) and following not in SCENE_WORDS:
        return False  # "a flower garden", "a car park": the place the first noun says what kind of
    after = matches[position + 2] if position + 2 < len(matches) else None
    return after is None or after.lastgroup not in ("word", "noun2", "hyphenated", "hyph_mod") or after.group(0) in STOP_WORDS


def _previous_word(matches, position: int, skipping: frozenset[str] = frozenset()) -> str | None:
    """The word before, passing over any in ``skipping`` ("is entirely brown": "is")."""
    while position > 0 and matches[position - 1].group(0) in skipping:
        position -= 1
    return matches[position - 1].group(0) if position > 0 else None


def _next_word(matches, position: int) -> str | None:
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


def _next_is_nounish(matches, position: int) -> bool:
    if position + 1 >= len(matches):
        return False
    if _modal_can(matches, position + 1):
        return False
    following = matches[position + 1]
    if following.lastgroup in ("noun2", "hyph_mod", "hyphenated"):
        return True  # "six rain-soaked bottles": a hyphenated describing word still leads to the noun
    if following.lastgroup != "word":
        return False
    word = following.group(0)
    if noun_class(word) is not None:
        return True
    if word in DEGREE_WORDS:
        return _next_is_nounish(matches, position + 1)  # "five very fluffy rabbits"
    if word in VERB_KINDS and word.endswith(("ing", "ed")):
        return next_is_known_noun(matches, position + 1)
    if word in COLORS or word in MATERIAL_WORDS or word in SIZE_FACTORS or word in DETAIL_WORDS or word in PLAIN_ADJECTIVES:
        return True
    return not known_word(word)
