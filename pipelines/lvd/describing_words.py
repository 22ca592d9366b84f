"""A word that describes a thing, read in its place: a participle, a height, an adjective, a colour, a material, a
size or a detail, bound to the noun after it, the noun before it, or the member of a group it tells apart.

``noun_phrases.read_word`` asks this module once a word is neither a determiner nor a count; a word read here adds an
attribute to the phrase being gathered ("four walking dogs", "a glass vase"), describes the thing named last ("a taxi
in blue", "the ball is red", "a cat with orange fur"), colours a whole group ("three birds, all of them blue") or one
member of it ("the red one"), or is passed over as the strength of the colour after it ("bright orange"). These rules
come apart from the chain of nouns and verbs because each says only which thing a describing word is said of.
"""

from __future__ import annotations

from typing import Any

from . import phrase_context as around
from . import word_guessing as guess
from .object_classes import noun_class, singular
from .scene_words import SCENE_WORDS
from .vocabulary import (
    COLORS,
    COLOUR_LINKS,
    COVERINGS,
    DEFINITE,
    DEGREE_WORDS,
    DETAIL_WORDS,
    HEIGHT_WORDS,
    INTENSITY_WORDS,
    MATERIAL_WORDS,
    PLAIN_ADJECTIVES,
    PREDICATE_LINKS,
    SIZE_FACTORS,
    VERB_KINDS,
)


def _said_of_every_member(matches, position: int) -> bool:
    """"all of them blue", "every one of them green", "each blue": a colour said of the whole group ("one of them red"
    is one member's)."""
    before = [m.group(0) for m in matches[max(0, position - 4):position]]
    return before[-1:] == ["each"] or before[-3:] in (["all", "of", "them"], ["both", "of", "them"], ["each", "of", "them"]) \
        or before == ["every", "one", "of", "them"]


def _group_told_apart(reader: Any, colour: str) -> Any:
    """The counted group named last, with no colour of its own, whose members "the red one", "the blue one" tell apart."""
    if any(("color", colour) in entity.attributes for entity in reader.entities):
        return None
    group = next((entity for entity in reversed(reader.entities)
                  if entity.count > 1 or any(entity is split for split in reader.split_groups)), None)
    if group is None or any(key == "color" for key, _ in group.attributes) or len(group.member_colours) >= group.count \
            or colour in group.member_colours:
        return None
    return group


def _bare_singular_thing(word: str | None) -> bool:
    """A known thing named in the singular with no article or count ("car" in "moving car:"), which no participle takes
    as its object ("chasing cats, a dog ..." does); said before a colon, a comma or a full stop, it labels what follows."""
    return word is not None and singular(word) == word and noun_class(word) is not None


def _bare_thing_goes_on(matches, position: int) -> bool:
    """"view from above, walking dog goes lower left corner, ...", "walking dog lower right corner to ...": a participle
    opening a clause before a known thing named bare, which its own told verb or a corner of its route follows, describes
    that thing (as "a walking dog goes" does); the thing is no object the participle takes."""
    if position and matches[position - 1].group(0) not in ".;:!?,":
        return False
    if position + 2 >= len(matches) or not _bare_singular_thing(around.next_word(matches, position)):
        return False
    after = matches[position + 2]
    said = after.group(0)
    return after.lastgroup == "bare_corner" or (
        after.lastgroup == "word" and said in VERB_KINDS and (said.endswith("ed") or guess.third_person_form(said)))


def read_describing_word(reader: Any, word: str, matches, position: int) -> bool:
    """Whether ``word`` (at ``position`` in ``matches``) was read as a describing word and applied to ``reader``, the
    clause reader in progress; False leaves it to the rest of ``read_word``'s chain."""
    in_phrase = reader.det is not None or reader.count is not None or bool(reader.attrs)
    if word in VERB_KINDS and word.endswith(("ing", "ed")) and (reader.locative or reader.relation == "under") \
            and around.scene_form(around.next_word(matches, position) or "") in SCENE_WORDS:
        return True  # "under falling snow", "in drifting fog": the participle describes the weather, nothing moves
    if word in VERB_KINDS and guess.participle_form(word) and in_phrase and around.next_is_known_noun(matches, position):
        reader.attrs.append(("detail", word))  # "four walking dogs": a participle describes, the count stays
        return True
    if not in_phrase and word.endswith("ing") and word in VERB_KINDS and (position == 0
                                                                          or matches[position - 1].group(0) in ".;:!?") \
            and position + 2 < len(matches) and matches[position + 2].group(0) in ":,." \
            and _bare_singular_thing(around.next_word(matches, position)):
        # "Moving car: the lower right corner ...": a label's thing, said without its article
        reader.attrs.append(("detail", word))
        return True
    if not in_phrase and word.endswith("ing") and word in VERB_KINDS and _bare_thing_goes_on(matches, position):
        reader.attrs.append(("detail", word))  # "..., walking dog goes lower left corner, ...": the dog's own verb follows
        return True
    if VERB_KINDS.get(word) == "rest" and word.endswith("ing") and in_phrase and around.next_is_nounish(matches, position):
        reader.attrs.append(("detail", word))  # "two hanging lanterns and a cat": a state said of the noun, not its verb
        return True
    if guess.participle_form(word) and in_phrase and (word in VERB_KINDS or not around.known_word(word)) \
            and guess.unknown_noun_then_verb(matches, position, around.known_word):
        reader.attrs.append(("detail", word))  # "a rolling barrel remains": the participle describes a noun we do not know
        return True
    if word in HEIGHT_WORDS and in_phrase and (around.next_is_nounish(matches, position)
                                               or around.scene_form(around.next_word(matches, position) or "") in SCENE_WORDS):
        reader.attrs.append(("detail", word))  # "along the low garden wall": how tall the wall is, not how high a move goes
        return True
    if word in PLAIN_ADJECTIVES and around.next_is_nounish(matches, position):
        reader.attrs.append(("detail", word))
        return True
    # a material/colour word right before a noun is an attribute, not an object ("glass vase", "paper cup")
    shade = around.shade_start(matches, position, INTENSITY_WORDS) if word in COLORS else position  # "in bright orange"
    if word in INTENSITY_WORDS and around.next_word(matches, position) in COLORS and (
            not around.next_is_nounish(matches, position + 1)
            or around.previous_word(matches, position, DEGREE_WORDS) in PREDICATE_LINKS | {","}):
        return True  # "is bright orange", "in pale blue": how strong the colour that follows is; that colour binds
    if (word in COLORS and around.previous_word(matches, shade) == "in" and reader.last_mention is not None
            and (reader.last_mention[1] == shade - 2 or (reader.last_mention[1] == shade - 3
                                                         and matches[shade - 2].group(0) == ","))
            and (
                not around.next_is_known_noun(matches, position) or around.next_word(matches, position) in VERB_KINDS)):
        reader.describe_last(word)  # "a taxi in blue faces a cat", "a kite in bright orange flies": the colour of the noun before
        return True
    if word in COLORS and reader.last_mention is not None and around.in_brackets(matches, position):
        reader.describe_last(word)  # "a cat (orange) waits": the colour of the noun before
        return True
    if word in COLORS and _said_of_every_member(matches, position) and around.clause_ends(matches, position) \
            and any(entity.count > 1 for entity in reader.entities):
        group = next(entity for entity in reversed(reader.entities) if entity.count > 1)
        # "three birds, all of them blue,", "two cats, each black": the group's colour
        if ("color", word) not in group.attributes:
            group.attributes.append(("color", word))
        reader.clear_phrase()
        return True
    if word in COLORS and around.next_word(matches, position) == "one" \
            and (reader.det in DEFINITE
                 or reader.det in ("a", "an") and around.next_word(matches, position + 1) in VERB_KINDS) \
            and (group := _group_told_apart(reader, word)) is not None:
        # "two cars; the red one is behind the blue one", "two cats: a black one walking left and ...": one member each
        reader.member_told_apart(group, word)
        return True
    if word in COLORS and reader.det in DEFINITE and around.next_word(matches, position) == "one" and any(
            ("color", word) in entity.attributes for entity in reader.entities):
        reader.attrs.append(("color", word))  # "the blue one" after a blue car: that car, not the last thing made blue
        return True
    if word in COLORS and reader.last_mention is not None and (
            (reader.last_mention[1] == position - 1 and (around.clause_ends(matches, position) or position + 1 < len(matches)
                                                  and matches[position + 1].group(0) in ("and",
                                                                                         "in", "on", "at", "with", "against")))
            or (around.next_word(matches, position) == "one" and not around.next_is_known_noun(matches, position + 1))):
        reader.describe_last(word)  # "make the ball orange and ...", "paint the van red in ...", "the cat is a brown one"
        return True
    if word in COLORS and around.next_word(matches, position) in COVERINGS and reader.last_mention is not None:
        reader.describe_last(word)  # "a cat with orange fur": the cat is orange
        return True
    if word in COLORS and around.in_colour_list(matches, position, COLORS):
        reader.clear_phrase()  # "three lanterns: one orange, one white": a member's colour (shared out later), no fruit
        return True
    if word in COLORS and around.next_is_nounish(matches, position):
        reader.attrs.append(("color", word))
        return True
    if word in COLORS and around.next_word(matches, position) in ("is", "are") and position + 2 < len(matches) \
            and matches[position + 2].group(0) in DEFINITE:
        reader.attrs.append(("color", word))  # "black is the ball": the colour of the noun that follows
        return True
    if word in MATERIAL_WORDS and word not in COLORS and around.next_is_nounish(matches, position):
        # a colour word that is a material too ("golden") was asked above, and no noun follows it
        reader.attrs.append(("material", MATERIAL_WORDS[word]))
        return True
    if word in SIZE_FACTORS and around.next_is_nounish(matches, position):
        reader.attrs.append(("size", word))
        return True
    if word in DETAIL_WORDS and around.next_is_nounish(matches, position):
        reader.attrs.append(("detail", word))
        return True
    if word in COLOUR_LINKS:
        return True  # "painted red": the colour that follows is the attribute
    describable = word in COLORS or word in SIZE_FACTORS or word in MATERIAL_WORDS
    if describable and not around.next_is_nounish(matches, position) \
            and reader.last_mention is not None \
            and around.previous_word(matches, position, DEGREE_WORDS | INTENSITY_WORDS) in PREDICATE_LINKS | {","}:
        # "a cat that is red", "a horse in orange", "a car painted blue", "a cat, pure black"
        reader.describe_last(word)
        return True
    return False
