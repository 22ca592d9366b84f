"""Clauses that only fence in what a prompt already named, taken out before reading.

"three cars roll on; no fourth, no other thing in view, just those three moving" has three cars: a negated ordinal
("no fourth", "no third one comes") denies a further member, "no other thing", "nothing more", "no one else" deny
anything else, and "just those three", "and only one", "exactly four", "four alone", "it is the only thing in shot",
"just that bird" say the count again; "meet the trio: three birds" names the group before its count, and "one comes
to call: a moving ball" the thing a pronoun stood for. None of them adds an object, and an ordinal in a negation is
not a count, and a count said again with nothing done in between ("three kites? like, three kites", "two dogs — yes,
two dogs") names its things once, and so does one a question asked after ("where are my three birds? keep three
birds in view"). A clause is only dropped when all of it is such a fence: "no dog comes back" (a
named thing absent) and "only two cats walk in" (the first mention) are kept, and "no bird. it did not come back"
says its absence once. A denial joined on by "and" ("two kites fly and nothing else ever enters") is the same fence
as one after a comma, unless it names a new thing. "A ball rolls left. The clip shows one ball" shows the ball told,
by the same count and kind, never a second one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .noun_phrases import noun_class
from .object_classes import word_pattern
from .rewrite_text import any_said_re
from .vocabulary import (
    CLIP_NOUNS,
    COLORS,
    DEFINITE,
    INDEFINITE,
    MATERIAL_WORDS,
    NOTHING_ELSE,
    NUMBER_WORDS,
    SEEING_VERBS,
    SHOWING_VERBS,
    SIZE_FACTORS,
    VERB_KINDS,
)

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|both|the pair|a pair|\d+)"
_FURTHER = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|other|another|more|further|extra|additional|"
            r"else|new|different)")
_GENERIC = (r"(?:one|ones|thing|things|object|objects|subject|subjects|creature|creatures|living thing|soul|being|animals?|"
            r"beasts?|"
            r"travell?ers?|visitors?|figures?|inhabitants?|residents?|occupants?|critters?|varmints?)")
_FURTHER_RE = re.compile(r"\b" + _FURTHER + r"\b")
_TAIL = r"(?: [a-z']+){0,8}"
# "a fourth ball does not appear", "a third one never comes": a further member denied
_ORDINAL_DENIED = r"(?:does not|doesn't|did not|didn't|never) (?:appears?|comes?|enters?|shows? up|joins?|arrives?)"
# "... until the end": it comes then
_NOT_UNTIL_LATER = r"(?! (?:until|till|before|after|in|at|by|during|later|halfway|midway|once|when|for)\b)"
_ORDINAL_DENIED_RE = re.compile(r"\b(?:second|third|fourth|fifth|sixth) (?:[a-z]+ )?" + _ORDINAL_DENIED)
# a clause that denies any further thing: "no fourth", "no third one comes", "no other thing is there to see",
# "the chronicler saw no other thing" (the watcher writing is no thing of the scene),
# the fence words ("and nothing beside it"), "nothing more", "there is nothing else within the frame", "naught else is
# there", "no one else", "none other", "not another critter in sight", "not a thing else in sight"
_DENIAL = (r"(?:(?:and|but|with|so|yet) )?(?:there (?:is|are|was|were) |we see |you see "
           r"|(?:the [a-z]+|i|we|you|he|she|they) " + SEEING_VERBS + r" )?"
           r"(?:(?:no|nor any|not any|without any|nor) " + _FURTHER + r"(?: " + _GENERIC + r")?|" + NOTHING_ELSE
           + r"|(?:nothing|naught|nought) " + _FURTHER
           + r"|(?:a|an) (?:second|third|fourth|fifth|sixth) (?:[a-z]+ )?" + _ORDINAL_DENIED + _NOT_UNTIL_LATER
           + r"|(?:nothing|nobody|no ?one) (?:and|or|nor) (?:nothing|nobody|no ?one)(?: " + _FURTHER +
           r")?|no ?one else|nobody else|none (?:other|else|more|besides?)|(?:nor|and) none|not (?:a|one) (?:single )?(?:" +
           _GENERIC + r" )?" + _FURTHER + r"|not (?:another|any other)\b)" + _TAIL)
# a clause that says the count again: "just those three moving", "and only one", "exactly four", "four alone",
# "no more", "only the two", "just three of them", "it is still the only thing in shot", "they are the only birds
# around", "and that makes two" (said of things already named, whatever the noun)
_RESTATED = (r"(?:(?:and|but|with|so|yet) )?(?:(?:just|only|exactly|precisely|all|still|no more than|but|save|except|bar) )+"
             r"(?:(?:those|these|the) )?(?P<count>" + _COUNT + r")(?: of them)?(?P<noun>(?: [a-z]+){0,2})" + _TAIL
             + r"|(?:(?:and|but) )?(?P<count_alone>" + _COUNT + r") (?:alone|in all|in total|all told)" + _TAIL
             + r"|(?:(?:and|but) )?(?:a|the) (?P<group>pair|couple|duo|trio|threesome|quartet|foursome)(?: of them)?"
             + r"|(?:(?:and|but) )?(?:just|only) (?:that|this) (?:one |single |lone )?(?P<that_noun>[a-z]+)"
             r"(?: (?:around|there|here|in (?:the )?(?:frame|shot|scene|view|picture)))?"
             + r"|(?:(?:and|but) )?no (?:more|fewer|less)(?:,? no (?:more|fewer|less))?(?: than that)?"
             + r"|(?:(?:and|but|so) )?(?:(?:(?:by|at|until|to) the (?:end|close|start)|throughout|all along|still|today|now|here|"
             r"for now|for the moment|for once|so far),? )?"
             r"(?:it|they|he|she|the [a-z]+|those [a-z]+) (?:is|are|remains?|stays?)(?: still)?"
             r"(?: (?:all )?alone| the only (?:[a-z]+ ){0,2}?[a-z]+" + _TAIL + r")"
             + r"|(?:(?:and|so) )?(?:that|which|this) makes? " + _COUNT + r"(?: of them)?(?: in all| in total| altogether)?")
# a remark on the scene, not a thing in it: "a lively sight", "and that is the game"
_REMARK = (r"(?:(?:and|but|so) )?(?:an? (?:[a-z]+ )?(?:sight|spectacle|show|display)(?: (?:to|against|in|for|under|upon|"
           r"on) [a-z]+(?: [a-z]+){0,2})?|"
           r"(?:(?:i guess|i think|i suppose|i mean) )?that(?: is|'s) (?:the game|all|it|that|the lot|the tale|the story|the show"
           r"|the (?:whole|entire) (?:idea|point|thing|plan|concept|deal|plot|story|premise|scene|show)))")
_FENCE_RE = re.compile(r"(?:" + _DENIAL + r"|" + _RESTATED + r"|" + _REMARK + r")")
_DENIAL_RE = re.compile(_DENIAL)
_GENERIC_RE = re.compile(_GENERIC)
# one of these in every denial: a cheap test first
_DENIAL_TELLS = ("nothing", "no ", "none", "nobody", "noone", "nor ", "not ", "naught", "nought")
# a bare noun phrase naming a counted thing again: "..., / four lively cats, no more" after "four cats"
# (tried from a word's start only: from each digit of a long number it was quadratic)
# ... or shown by the clip: "a boy throws a ball. the clip shows one ball" shows that ball, no second one, and so
# does "the footage has one cat in it"
_CLIP_SHOWS = (r"(?:(?:the|this|our|my) (?:" + "|".join(CLIP_NOUNS + ("camera", "shot", "frame"))
               + r") (?:only |just |then |now )?(?:" + SHOWING_VERBS + r"|holds|has|had|contains) )")
_BARE_AGAIN_RE = re.compile(r"(?<![a-z\d])" + _CLIP_SHOWS + r"?(?:(?:and|but|just|only) )?(?P<count>" + _COUNT
                            + r"|an?) (?P<described>(?:[a-z]+ ){0,2}?)(?P<noun>[a-z]+)"
                            r"(?: in (?:it|view|frame|shot|the (?:frame|shot|picture)))?")
# clause limits: sentence marks, commas, verse line breaks ("/")
_CLAUSE_SPLIT_RE = re.compile(r"(\s*(?:[,.;:!?/\u2014\u2013]|\s-\s)\s*)")
# tried from a run's first mark or space only: from each of them it was quadratic on a prompt of " ," repeated
_MARKS_BEFORE_END_RE = re.compile(r"(?<![,;:/\s])(?:\s*[,;:/])+\s*([.!?])")
_MARKS_RUN_RE = re.compile(r"([,;:])(?:\s*[,;:])+\s*")
# "four cars and not a fifth": two fences joined
_JOINED_RE = re.compile(r" (?:and|but|or|nor) ")
# "... flies over the field and nothing else enters": a denial joined on after the clause's own words
_JOINED_KEPT_RE = re.compile(r"( (?:and|but|or|nor) )")
_TELLS = ("pair", "couple", "duo", "trio", "quartet", "some", "save ", "except", "nor ", "sight", "that is", "that's", "no ",
          "nothing", "only", "just", "exactly", "alone", "precisely", "nobody", "none ", "in all", "in total", "naught", "nought",
          " makes ", "not another", "not any other", "not a ", "not one ")
_TELLS += ("show", "featur", "contain", " has ", " had ", " holds ")  # "the clip shows one ball": said again
# a sentence that is only a counted noun phrase right after the sentence naming it ("a cat walks left. one cat.", as
# "the video shows one cat" is read by then); after another sentence it is a second one ("a dog barks. a cat.")
_BARE_SENTENCE_RE = re.compile(r"(?:^|[.;!?] )(?P<before>[^.;!?]*)[.;!?] (?:" + _COUNT
                               + r"|an?) (?:[a-z]+ ){0,2}(?P<noun>[a-z]+)(?=[.;!?])")

# "meet the pair: two cats", "the trio — three birds": a name for the group before its count, no thing of its own
_GROUP_LABEL_RE = re.compile(r"\b(?:(?:meet|introducing|say hello to|here (?:is|are|comes?)) )?(?:the|a|our) (?:pair|couple|duo|"
                             r"trio|"
                             r"threesome|quartet|foursome)\s*[:\u2014\u2013]\s*(?=(?:one|two|three|four|five|six|seven|eight|"
                             r"nine|ten|\d+)\b)")
# "in the second half, one comes to call: a moving ball": the pronoun "one" named after the colon, the same thing
_ONE_NAMED_AFTER_RE = re.compile(r"(?:^|(?<=[.;,!?/] ))one (?P<said>(?P<verb>[a-z]+)(?: [a-z]+){0,3}): (?:/ )?"
                                 r"(?P<thing>(?:a|an) (?:[a-z-]+ ){0,2}?(?P<noun>[a-z]+))(?=\s*[,.;!?]|\s*$)")
# "given that only one object is wanted,", "as two things are allowed": how many things the scene may hold, said of
# "objects" in general; the things themselves are named elsewhere
_ALLOWANCE_RE = re.compile(r"(?:^|(?<=[.;:!?,] ))(?:(?:given|since|as|because|seeing|provided)(?: that)? )?(?:(?:only|just|"
                           r"exactly|no more than) )?"
                           r"(?:a single|" + _COUNT + r") (?:objects?|things?|items?|subjects?|elements?|entit(?:y|ies)) (?:is|"
                                                      r"are) "
                           r"(?:wanted|allowed|permitted|required|needed|desired|expected|called for|to be (?:shown|seen|"
                           r"depicted))\b,? ?")
# "class: moving car. count: three moving cars", "species: cat. number: two cats": a kind named bare as a label's
# value, with no article or count, then counted with the same describing words in a later sentence is the name of the
# counted things' kind, never one more of them (a bare kind never counted again, "type: dog. it walks left.", or
# pointed back to first, "type: car. it is parked. two cars pass it", stays the thing); a label naming a role,
# "leader: old horse. followers: three old horses", "pet: black cat", names one of them, never their kind
_KIND_LABELS = frozenset(("kind", "type", "species", "breed", "category", "sort", "variety", "class", "race"))
_BARE_KIND_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:(?P<label>[a-z]+(?: [a-z]+)?): )?(?P<described>(?:[a-z]+ ){0,2}?)"
                           r"(?P<noun>[a-z]+)[.;!?](?: |$)")
_KIND_COUNTED_RE = re.compile(r"\b" + _COUNT + r" (?P<words>[a-z]+(?: [a-z]+){0,2})")
_POINTED_BACK_RE = re.compile(r"\b(?:it|its|itself|he|him|his|himself|she|her|herself)\b")
# articles, counts and the small words of a clause, never a kind's describing word
_NOT_DESCRIBING = INDEFINITE | DEFINITE | frozenset(NUMBER_WORDS) | frozenset(
    "no not any each every and or but then it they".split())
_GROUP_COUNT = {"pair": "two", "couple": "two", "duo": "two", "trio": "three", "threesome": "three",
                "quartet": "four", "foursome": "four"}
# the words a first mention may have used for a count said again ("a single bird ... just one bird")
_SAME_COUNT = {"one": r"(?:one|an?|single|lone|only)", "both": r"(?:two|both|pair)", "the pair": r"(?:two|both|pair)",
               "a pair": r"(?:two|both|pair)"}


def _names_something_new(clause: str, match: re.Match, said_before: str) -> bool:
    """A count or noun not said before is a first mention ("only two cats walk in", "birds, three in total")."""
    fields = match.groupdict()
    count = fields.get("count") or fields.get("count_alone") or _GROUP_COUNT.get(fields.get("group") or "")
    if count and not re.search(r"\b" + _SAME_COUNT.get(count, re.escape(count)) + r"\b", said_before):
        return True
    noun = (fields.get("noun") or fields.get("that_noun") or "").split()
    for word in noun:
        found = noun_class(word)
        if found is not None and not re.search(r"\b(?:" + re.escape(found[0]) + r"(?:e?s)?|" +
                                               re.escape(word) + r")\b", said_before):
            return True
    return False


# words that tell one thing from another of its kind: "a black pig. a pink pig.", "a big dog. ... a small dog" (a size,
# an age or a make said in the mention's own sentence only describes it further)
_TELLS_APART = frozenset((*COLORS, *SIZE_FACTORS, *MATERIAL_WORDS, "old", "young"))


def _named_again(clause: str, said_before: str) -> bool:
    """A clause that is only a noun phrase with the count it was first named with, marked as no further one ("a
    second dog", "one more dog", "a new dog") and with no colour, or in a later sentence no size, age or make, the
    first mention lacked ("a black pig. a pink pig." are two; "four cats ... four lively cats" are the same): the same
    things again."""
    match = _BARE_AGAIN_RE.fullmatch(clause)
    found = noun_class(match.group("noun")) if match else None
    if found is None or _FURTHER_RE.search(match.group("described")):
        return False
    nouns = "(?:" + re.escape(found[0]) + r"(?:e?s)?|" + re.escape(match.group("noun")) + ")"
    count = match.group("count")
    counts = ("a", "an", "one") if count in ("a", "an", "one") else (count,)
    described = [word for word in match.group("described").split() if word in _TELLS_APART]
    return any(all(word in first.group(0).split() or word not in COLORS and _same_sentence(said_before, first.end())
                   for word in described)
               for c in counts for first in re.finditer(r"\b" + c + r" (?:[a-z]+ ){0,2}" + nouns + r"\b", said_before))


def _same_sentence(said_before: str, end: int) -> bool:
    """Whether the clause being read is in the sentence of a mention ending at END: "there was a horse, just one
    horse, a really big horse" describes the one horse further, where "A big dog runs. The clip shows a small dog."
    brings in a second."""
    return re.search(r"[.;!?]", said_before[end:]) is None


# "no ball comes back" after a ball left: that ball does not return, not a second ball
_NONE_RETURNS_RE = re.compile(r"\bno (?P<noun>[a-z]+) (?:comes? back|returns?|reappears?|shows? up again|is seen again)\b")


# "no bird. it did not come back.": the absence just said, said again, never a second bird that might
_DENIAL_NOT_BACK_RE = re.compile(r"\b(?P<denial>no [a-z]+|none)(?P<mark>[.;,]) (?:and )?(?:it|they) (?:does|do|did|will) not "
                                 r"(?:come back|return|reappear)\b(?: (?:again|later|after that))?(?=\s*(?:[.;!?]|$))")


# "no cat in the first half, there isn't one", "not a dog at the start; not a single one": the absence just said,
# said again, never a second thing of the kind that might come
_DENIAL_SAID_AGAIN_RE = re.compile(r"(?P<denial>\b(?:no|not an?|not any) [a-z]+(?: [a-z]+){0,5}?)[,;] "
                                   r"(?:(?:and|so|yes|really) )?"
                                   r"(?:there (?:is|was|are|were|will|would)(?: not|n't)(?: be)? "
                                   r"(?:a single |even )?(?:one|any)"
                                   r"|there won't be (?:a single |even )?(?:one|any)"
                                   r"|there(?:'s| is| was| are| were| will be) none"
                                   r"|not (?:a single |even )?one|no (?:single )?one"
                                   r"|none at all)(?= ?(?:[.;!?,]|$))")


def absence_said_again_dropped(text: str) -> str:
    """``text`` without the absence said again right after it was said ("no cat in the first half, there isn't one")."""
    if "no " not in text or not ("not " in text or "none" in text or "n't " in text or "no one" in text):
        return text
    return _DENIAL_SAID_AGAIN_RE.sub(r"\g<denial>", text)


def _none_returns(match: re.Match) -> str:
    noun = match.group("noun")
    found = noun_class(noun)
    if found is None or not re.search(r"\b(?:" + re.escape(found[0]) + r"(?:e?s)?|" + re.escape(noun) +
                                      r")\b", match.string[:match.start()]):
        return match.group(0)
    return f"the {noun} never comes back"


# "..., and all four still in the frame at its end": a count said again with a time is when they are there, not a fence
# (unless it says they are the only ones: "it is still the only thing in shot by the close")
_TIME_SAID_RE = re.compile(r"\b(?:(?:at|by|to|until|till) (?:the|its) (?:end|finish|close|midpoint|middle)|(?:first|second) half|"
                           r"halfway)\b")
_ONLY_ONES_RE = re.compile(r"\b(?:only|alone|else|other|more|no|nothing)\b")


def _is_fence(clause: str, said_before: str) -> bool:
    """Whether ``clause`` only fences in what ``said_before`` named."""
    if _TIME_SAID_RE.search(clause) and not _ONLY_ONES_RE.search(clause):
        return False
    match = _FENCE_RE.fullmatch(clause)
    return bool(match and not _names_something_new(clause, match, said_before)) or _named_again(clause, said_before)


_VIEW_NOUNS = frozenset(("frame", "picture", "screen", "shot", "scene", "view", "video", "clip", "image"))


def _without_joined_denials(clause: str, said_before: str) -> str:
    """``clause`` less the denials joined to it by "and" ("two kites fly and nothing else ever enters"): the same
    fence as after a comma or a semicolon, as long as it names no thing of its own."""
    parts = _JOINED_KEPT_RE.split(clause)
    kept = [parts[0]]
    for index in range(1, len(parts), 2):
        part = parts[index + 1]
        if _DENIAL_RE.fullmatch(part) and not _names_a_new_thing(part, said_before + " " + "".join(kept)):
            continue
        kept += [parts[index], part]
    return "".join(kept)


def _names_a_new_thing(part: str, said_before: str) -> bool:
    """Whether ``part`` names a thing not said before ("nothing else moves while a cat sleeps"); the picture a thing
    would come into ("enters the picture", "the screen") and a word for any thing ("no other thing") are none."""
    for word in part.split():
        found = None if word in _VIEW_NOUNS or _GENERIC_RE.fullmatch(word) else noun_class(word)
        if found is not None and not re.search(r"\b(?:" + re.escape(found[0]) + r"(?:e?s)?|" +
                                               re.escape(word) + r")\b", said_before):
            return True
    return False


def _said_in(noun: str, sentence: str) -> bool:
    found = noun_class(noun)
    return found is not None and re.search(r"\b(?:" + re.escape(found[0]) + r"(?:e?s)?|" + re.escape(noun) + r")\b",
                                           sentence) is not None


_TELLS_RE = any_said_re(_TELLS)


def _counted_kinds(text: str) -> dict[tuple[str, ...], list[int]]:
    """Where each counted kind starts in ``text``, keyed by its describing words and its noun's class: "three moving
    cars" under ("moving", "car") (found in one pass, so a long prompt of bare kinds stays linear)."""
    found: dict[tuple[str, ...], list[int]] = {}
    for counted in _KIND_COUNTED_RE.finditer(text):
        words = counted["words"].split()
        for size in range(1, len(words) + 1):
            kind = noun_class(words[size - 1])
            if kind is not None:
                found.setdefault((*words[:size - 1], kind[0]), []).append(counted.start())
    return found


def kinds_named_before_counts_dropped(text: str) -> str:
    """``text`` without a bare kind's label ("class: moving car.") that a later sentence counts ("three moving
    cars")."""
    if "." not in text and ";" not in text:
        return text
    counted = _counted_kinds(text)
    if not counted:
        return text
    pointers = [match.start() for match in _POINTED_BACK_RE.finditer(text)]

    def dropped(match: re.Match) -> str:
        described, kind = match["described"].split(), noun_class(match["noun"])
        role_label = match["label"] and match["label"].split()[-1] not in _KIND_LABELS
        if kind is None or role_label or any(
                word in _NOT_DESCRIBING or VERB_KINDS.get(word) and not word.endswith("ing") for word in described):
            return match.group(0)
        starts = counted.get((*described, kind[0]), [])
        later = bisect_left(starts, match.end())
        if later == len(starts):
            return match.group(0)
        pointer = bisect_left(pointers, match.end())
        if pointer < len(pointers) and pointers[pointer] < starts[later]:
            return match.group(0)  # "type: car. it is parked. two cars pass it": the one "it" points back to is a thing
        return ""

    return _BARE_KIND_RE.sub(dropped, text)


# "Four moving cars (clip).", "Featured: three lively cats.", "Two flying birds is a clip in which ...": a counted
# noun phrase standing alone as a headword, a label's value or what a clip is called, which a later clause says again
# word for word ("... contents: four moving cars, visible throughout") is that clause's group, named once
_HEADWORD_CLIP = r"(?:an? )?(?:short |brief )?(?:" + "|".join(CLIP_NOUNS) + r"|moving image|motion picture)"
_HEADWORD_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:[a-z]+(?: [a-z]+)?: )?(?P<phrase>" + _COUNT
                          + r" (?P<described>(?:[a-z]+ ){0,2}?)(?P<noun>[a-z]+))(?:(?P<gloss> \(" + _HEADWORD_CLIP
                          + r"\)|,? (?:-|\u2013|\u2014) " + _HEADWORD_CLIP + r")?[.;!?](?: |$)|(?P<called> is "
                          + _HEADWORD_CLIP + r"\b))")

# "type: moving image; contents: four moving cars": a field's label over a count after a field it follows names no thing
_FIELD_OVER_COUNT_RE = re.compile(r"(?<=; )(?P<label>[a-z]+(?: [a-z]+)?): (?=" + _COUNT + r" )")


# "two red cars" followed by up to three words: every counted phrase a headword could be said again as, found in one
# pass (the count alone consumed, so "two dogs two cats" finds both)
_COUNTED_AHEAD_RE = re.compile(r"\b" + _COUNT + r"(?=(?P<words>(?: [a-z]+){1,3})\b)")
# "... two red balls roll in as well", "... three cats more arrive": a restating clause that adds is a further group
_ADDED_GROUP_RE = re.compile(r"[^.;!?]*?\b(?:more|as well|too|also|extra|in addition|besides|making)\b")
_CLAUSE_END_RE = re.compile(r"[.;!?]")


def _counted_phrases_last_said(text: str) -> dict[str, int]:
    """Each count with its next one to three words ("two red", "two red cars") and where it is said last: one pass,
    so a headword's later mention is looked up, never searched for."""
    last_said: dict[str, int] = {}
    for counted in _COUNTED_AHEAD_RE.finditer(text):
        words = counted["words"].split()
        for upto in range(1, len(words) + 1):
            last_said[" ".join([counted.group(0), *words[:upto]])] = counted.start()
    return last_said


def headwords_said_again_dropped(text: str) -> str:
    """``text`` without a counted headword or label value ("four moving cars (clip).") that a later clause names
    again with the same count and words, unless that clause adds it ("as well", "more"); said as "this" where the
    headword is the subject of "is a clip"."""
    last_said: dict[str, int] | None = None
    adds: dict[int, bool] = {}  # where a phrase is said last: whether its clause adds a group

    def dropped(match: re.Match) -> str:
        nonlocal last_said
        described = match["described"].split()
        if noun_class(match["noun"]) is None or any(
                noun_class(word) or VERB_KINDS.get(word) and not word.endswith(("ing", "ed")) or word in _NOT_DESCRIBING
                for word in described):
            return match.group(0)
        if last_said is None:
            last_said = _counted_phrases_last_said(text)
        said_again = last_said.get(" ".join(match["phrase"].split()), -1)
        if said_again < match.end():
            return match.group(0)
        if said_again not in adds:
            clause_end = _CLAUSE_END_RE.search(text, said_again)
            adds[said_again] = _ADDED_GROUP_RE.match(
                text, said_again, len(text) if clause_end is None else clause_end.start()) is not None
        if adds[said_again]:
            return match.group(0)
        return "this" + match["called"] if match["called"] else ""

    text = _HEADWORD_RE.sub(dropped, text)
    return _FIELD_OVER_COUNT_RE.sub(
        lambda m: m.group(0) if any(noun_class(word) or VERB_KINDS.get(word) for word in m["label"].split()) else "",
        text)


def drop_restated_counts(text: str) -> str:
    """``text`` (lower-cased) without clauses that only deny further things or say a count again."""
    text = kinds_named_before_counts_dropped(text)
    if _COUNT_WORD_RE.search(text):
        text = headwords_said_again_dropped(text)
    if "one " in text and ":" in text:
        text = _ONE_NAMED_AFTER_RE.sub(
            lambda m: f"{m['thing']} {m['said']}" if VERB_KINDS.get(m["verb"]) and noun_class(m["noun"]) else m.group(0),
            text)
    if "object" in text or "thing" in text or "item" in text or "subject" in text or "element" in text or "entit" in text:
        text = _ALLOWANCE_RE.sub("", text)
    if _TELLS_RE.search(text) is None and not (("not " in text or "never " in text or "n't " in text)
                                                         and _ORDINAL_DENIED_RE.search(text)) \
            and not any(_said_in(match["noun"], match["before"]) for match in _BARE_SENTENCE_RE.finditer(text)):
        return text
    if ":" in text or "\u2014" in text or "\u2013" in text:
        text = _GROUP_LABEL_RE.sub("", text)
    if "no " in text:
        text = _NONE_RETURNS_RE.sub(_none_returns, text)
        if " not " in text:
            text = _DENIAL_NOT_BACK_RE.sub(r"\g<denial>\g<mark>", text)
    text = absence_said_again_dropped(text)
    parts = _CLAUSE_SPLIT_RE.split(text)
    kept: list[str] = []
    for index in range(0, len(parts), 2):
        clause = parts[index].strip()
        said_before = "".join(parts[:index])
        if clause and said_before.strip() and (_is_fence(clause, said_before) or all(
                _is_fence(part, said_before) for part in _JOINED_RE.split(clause) if part)):
            if kept and index + 1 < len(parts) and parts[index + 1].strip() in ".;!?":
                kept[-1] = parts[index + 1]  # the clause ends its sentence: keep the sentence's end, not its comma
            continue
        if any(word in clause for word in _DENIAL_TELLS) and _JOINED_RE.search(clause):
            parts[index] = _without_joined_denials(parts[index], said_before)
        kept.append(parts[index])
        if index + 1 < len(parts):
            kept.append(parts[index + 1])
    text = "".join(kept)
    text = _MARKS_BEFORE_END_RE.sub(r"\1", text)  # "high, ; / ." after two clauses went: the sentence's end
    text = _MARKS_RUN_RE.sub(r"\1 ", text)  # "cats, ; they": one mark (a verse line's "/" stays)
    return " ".join(text.rstrip(" ,;:/").split()) + ("." if text.rstrip().endswith((",", ";", ":", "/")) else "")


# "three kites? like, three kites", "two dogs — yes, two dogs": a count and its thing said again with nothing done
# in between (only punctuation and words that confirm) name the same things once
_CONFIRMING = (r"(?:(?:yes|yeah|yep|like|i mean|i said|exactly|precisely|again|so|ok|okay|right|just|only|that is|repeat|"
               r"really)\s*[?!.,;:\u2013\u2014-]*\s*)*")
RESTATED_COUNT_RE = re.compile(r"\b(?P<said>(?P<count>two|three|four|five|six|seven|eight|nine|ten|"
                               r"\d+) (?P<thing>[a-z]+(?: [a-z]+){0,2}?))"
                               rf"(?:\s*[?!.,;:\u2013\u2014-]+\s*|\s+){_CONFIRMING}(?P=count) (?P=thing)\b")
# "three kites fly left. yes, three kites!": a count said again on its own, after what they do, adds nothing either
RESTATED_ALONE_RE = re.compile(rf"(?:(?<=[.?!;,:\u2013\u2014] )|(?<=[.?!;,:\u2013\u2014])){_CONFIRMING}(?P<said>(?:two|three|"
                               rf"four|five|six"
                               r"|seven|eight|nine|ten|\d+) [a-z]+(?: [a-z]+){0,2}?)\s*(?:[.?!;,\u2013\u2014]+\s*|$)(?=$)")
_COUNT_WORD_RE = re.compile(r"\b(?:t(?:wo|hree|en)|f(?:our|ive)|s(?:ix|even)|eight|nine|\d+)\b")


def count_said_twice(text: str) -> bool:
    counts = _COUNT_WORD_RE.findall(text)
    return len(counts) > len(set(counts))


# "why is this approved without three birds? keep three birds in view": a count and its thing a question asks after,
# said again in a later sentence, are the things asked after, pointed back to ("the three birds"); a question asking
# to hear it again ("say again?", "come again?") asks after every count said before it
_QUESTION_RE = re.compile(r"[^.!?]*\?+")
# "three dogs ... >> say again? >> three dogs ...": a listener asking to hear it again asks after all said before it
# a question that is the asking and nothing else ("sorry?", ">> come again?", "um, could you say that again?"): one
# that only ends on such words asks something else ("what happens when they bounce one more time?", "who is sorry?")
_REPEAT_ASKED_RE = re.compile(r"(?:(?:sorry|uh|um|er|wait|excuse me|pardon)[,.]? )?(?:(?:could|can|would|will) you "
                              r"(?:please )?)?(?:say (?:that |it )?again|come again|pardon(?: me)?|sorry|what was that"
                              r"|repeat(?: that| it)?|one more time|once more)(?:,? please)?\s*\?+")
_QUESTION_LEAD = " \t\n>-\u2013\u2014"  # what opens a line of a live caption before its words: ">> ", "-- "
_COUNTED_RE = re.compile(r"(?<!-)\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?: [a-z]+){1,3}")


def _asked_counts_pointed_back(text: str) -> str:
    """``text`` with each count and thing a question asked after said as "the ..." wherever it is said again after
    that question; read in one pass over the text, however many things are asked after."""
    asked_ends: dict[str, int] = {}
    heard_to = 0  # where the last asking to hear it again ended: what came before it is asked after already
    for question in _QUESTION_RE.finditer(text):
        asked = question.group(0)
        if _REPEAT_ASKED_RE.fullmatch(asked.lstrip(_QUESTION_LEAD)):
            asked, heard_to = text[heard_to:question.end()], question.end()
        for counted in _COUNTED_RE.finditer(asked):
            words = counted.group(0).split()
            size = next((n for n in range(len(words), 1, -1) if noun_class(words[n - 1]) is not None), 0)
            if size:
                asked_ends.setdefault(" ".join(words[:size]), question.end())
    if not asked_ends:
        return text
    said_again = "|".join(re.escape(phrase) for phrase in sorted(asked_ends, key=len, reverse=True))
    return word_pattern(rf"(?<!\bthe )(?<!-)\b(?:{said_again})\b(?!-)").sub(
        lambda m: f"the {m.group(0)}" if m.start() >= asked_ends[m.group(0)] else m.group(0), text)


def restated_counts_once(text: str) -> str:
    """``text`` with a count and its thing said again ("three kites? like, three kites") said once, and one said again
    after a question that asked after it pointed back to it."""
    text = RESTATED_COUNT_RE.sub(r"\g<said>", text)
    text = RESTATED_ALONE_RE.sub(
        lambda m: "" if word_pattern(rf"\b{m.group('said')}\b").search(m.string[:m.start()]) else m.group(0), text)
    return _asked_counts_pointed_back(text) if "?" in text else text
