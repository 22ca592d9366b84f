"""A narrator's, a child's and a footage search's ways of saying a scene, put into plain sentences.

A child retells a clip with pet names ("a doggy", "the kitty", "a car-car"), words said twice ("really really happy", "it ran and
ran") and steps joined by "and then ... and then ... the end"; a search for stock footage writes counts as multipliers ("cat x2",
"3x dog") and when a thing is there as bare fields ("first half of clip only", "empty sky second half"); a documentary narrator
says the scene belongs to its things ("two cats have the meadow to themselves") and watches over it ("we were looking down",
"Looking down the ski run:"). None of these names a new thing: a pet name is its class, a repeated verb one action, "and then" a
step, a multiplier a count, a restated noun phrase ("a dog, a really happy doggy", "four balls, four moving balls") the same thing
(its colour kept when only the second says one: "a car, a brown car"), and "no car at all" after "there was no car" the same
absence. A pet called over by its name, said once or twice ("Here, kitty kitty!", "Come here, doggy!"), is the thing the
scene then tells, when it names that kind again: the call is no second one.
"""

from __future__ import annotations

import re

from .noun_phrases import noun_class
from .vocabulary import COLORS, VERB_KINDS

# pet and nursery forms a child uses for a class ("a doggy", "the kitty", "a car-car")
PET_FORMS = {"doggy": "dog", "doggie": "dog", "doggies": "dogs", "doggo": "dog", "doggos": "dogs", "pupper": "dog",
             "puppers": "dogs", "bow-wow": "dog", "kitty": "cat", "kittie": "cat", "kitties": "cats", "kitteh": "cat",
             "kitty-cat": "cat", "birdie": "bird", "birdies": "birds", "birdy": "bird", "horsey": "horse", "horsie": "horse",
             "horsies": "horses", "ducky": "duck", "duckie": "duck", "duckies": "ducks", "piggy": "pig", "piggie": "pig",
             "piggies": "pigs", "froggy": "frog", "froggie": "frog", "moo-cow": "cow", "choo-choo": "train",
             "car-car": "car", "carcar": "car", "ballie": "ball", "bally": "ball"}
_PET_WORDS = frozenset(PET_FORMS)
# "here, cat cat!" (pet names already plain): a thing called over by its bare name, said once or twice
_CALLED_OVER_RE = re.compile(r"(?:^|(?<=[.!?;] ))(?:come )?here,? (?P<called>[a-z]+)(?: (?P=called))?! *")
_PET_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, PET_FORMS), key=len, reverse=True)) + r")\b")
# "cat x2", "dog ×3", "2x dog", "3 x balls": a multiplier in a search is the count of the thing it is written on
_TRAILING_MULTIPLIER_RE = re.compile(r"\b([a-z]+) ?[x\u00d7] ?([1-9]|1[0-2])\b")
_LEADING_MULTIPLIER_RE = re.compile(r"\b([1-9]|1[0-2]) ?[x\u00d7] ([a-z]+)\b")
# "really really happy", "ran and ran", "walking and walking and walking": said twice for weight, meant once
_INTENSIFIERS = frozenset(("really", "very", "so", "super", "way", "much", "too"))
_INTENSIFIER_TWICE_RE = re.compile(r"\b(really|very|so|super|way|much|too)(?:,? \1\b)+")
_WORD_AND_AGAIN_RE = re.compile(r"\b([a-z]+)(?:,? and \1\b)+")
_AND_THEN_RE = re.compile(r"(?:,|(?P<end>[.;!?]))? and then\b(?=(?P<subject> (?:it|he|she|they|we|the|a|an)\b)?)")
# the close of a told story: "..., the end.", "and then it stopped." after its steps ("... on the left at the end." is a time)
_THE_END_RE = re.compile(r"(?:,|\.|!)?(?<!\bat)(?<!\bby)(?<!\bto)(?<!\btill)(?<!\buntil)(?<!\bnear)(?<!\bof)(?<!\bin) (?:and "
                         r")?the end"
                         r"\s*[.!]*\s*$")
_FINAL_STOP_RE = re.compile(r"(?:,|\.|;)? (?:and )?(?:then|finally|at last),? (?:it|he|she|they) (?:just )?"
                            r"(?:stopped|stops|stood still|stayed there|stays there)\s*[.!]*\s*$")
# the viewer looking down on the scene: "we were looking down", "from up high looking down", "looking down, ..."
_LOOKING_DOWN_RE = re.compile(r"(?:\b(?:we|i|you) (?:were|was|are|am) |(?:^|(?<=[.;!?,] )))(?:(?:from )?(?:way )?up high,? )?"
                              r"looking (?:straight )?down\b(?:,? from (?:way )?up high| from (?:way )?above)?(?! (?:at|on|into|"
                              r"to|upon)\b)")
_FROM_HIGH_LOOKING_DOWN_RE = re.compile(r"\bfrom (?:way )?up (?:high|above),? looking (?:straight )?down\b")
# a sentence opening on the viewer looking down along a place, "Looking down the slope from above," "Looking down the
# fall line:": where the watcher looks from, never a way the scene's things go
_LOOKING_DOWN_ALONG_RE = re.compile(r"(?:^|(?<=[.;!?] ))looking (?:straight )?down (?:the |a |an )(?:[a-z'-]+ ){0,2}[a-z'-]+"
                                    r"(?: from (?:way )?(?:up high|above))?(?=[,:])")
_NOT_ANY_RE = re.compile(r"\b(is|are|was|were)n't any ")
# "there was not any car, no car at all": the absence said again
_ABSENCE_AGAIN_RE = re.compile(r"(?P<denial>(?:\bno|\bnot any|n't any|\bnot a|\bnot one) (?P<noun>[a-z]+)\b[^.;!?]*?),? "
                               r"(?:no|not (?:a|one|any))(?: single)? (?P=noun)(?: at all| whatsoever| anywhere)?(?=\s*[,.;!?])")
# "through the first half nothing moves; then, ...": an empty stretch of the clip, said as nothing doing something
_NOTHING_MOVES_RE = re.compile(r"\bnothing (?:moves|stirs|happens|is moving|is happening|comes|appears|shows)\b")
# a search field "first half of clip only", ", only in the second half": the thing is there in that half alone (a move
# said "only in the first half" after its verb is when it moves, not when it is seen)
_HALF_ONLY_RE = re.compile(r",\s*(?:(?:in|during|for) )?(?:the )?(first|second) half(?: of (?:the )?(?:clip|video|shot|footage|"
                           r"film))?"
                           r" only\b|,\s*only (?:in|during|for) (?:the )?(first|second) half(?: of (?:the )?(?:clip|video|shot|"
                           r"footage|film))?"
                           r"(?=\s*(?:[,.;!?]|$))")
_HALF_HINT_RE = re.compile(r"half(?: of (?:the )?[a-z]+)? only\b|only (?:in|during|for) (?:the )?(?:first|second) half|"
                           r"empty [a-z]+,? (?:the )?(?:first|second)")
# "empty sky second half": the place with nothing in it then (a field without its preposition)
_EMPTY_PLACE_RE = re.compile(r"\bempty (?!(?:for|in|during|through|until|from|at|the)\b)([a-z]+),? (?:the )?(first|"
                             r"second) half\b")
# "two cats have this quiet meadow entirely to themselves": they are in the meadow (and nothing else is)
_TO_THEMSELVES_RE = re.compile(r"\b(has|have|had) ((?:the|this|that|a|an|their|its) (?:[a-z]+ ){0,2}?[a-z]+) (?:(?:entirely|all|"
                               r"completely|wholly) )?"
                               r"to (itself|themselves|himself|herself)\b")
# "both lively and alert" closing a clause: the pair described, no further things
_BOTH_DESCRIBED_RE = re.compile(r"\bboth ((?:[a-z]+,? )*?(?:and )?[a-z]+)(?=\s*(?:[.,;!?]|$))")
# words that open a field naming a thing or a place already said as one ("a barn", "in the barn")
_DETERMINERS = frozenset(("a", "an", "the", "one", "two", "three", "four", "five", "six", "no", "some",
                          "its", "their", "in", "on", "at"))
# "a dog, a really happy dog": a bare noun phrase naming the thing just named
_APPOSITIVE_RE = re.compile(r"\b(?P<det>a|an|the|two|three|four|five|six|seven|eight|nine|"
                            r"ten) (?P<first>(?:[a-z]+ ){0,3}?)(?P<noun>[a-z]+), "
                            r"(?P<again>(?:a|an|(?P=det)) (?P<words>(?:[a-z]+ ){0,3})(?P=noun))(?=\s*[,.;!?])")
_APPOSITIVE_HINT_RE = re.compile(r", (?:a|an|two|three|four|five|six|seven|eight|nine|ten) ")


def _then_step(match: re.Match) -> str:
    """A step with its own subject is a sentence of its own; one without goes on the last one's."""
    return (match.group("end") or (". " if match.group("subject") else ", ")).rstrip() + " then"


def _search_fields(text: str) -> str:
    """In a search ("2 goat resting, barn, natural light") a bare field naming a building or fixture is the setting."""
    fields = text.split(", ")
    first = fields[0].split()
    head = first[1] if len(first) > 1 and first[0].isdigit() else first[0] if first else ""
    if len(fields) < 3 or noun_class(head) is None:
        return text
    for index in range(1, len(fields)):
        words = fields[index].rstrip(".!").split()
        found = noun_class(words[-1]) if 0 < len(words) <= 3 and words[0] not in _DETERMINERS else None
        if found is not None and found[1].mobility == "scenery":
            fields[index] = "in the " + fields[index]
    return ", ".join(fields)


def _multiplied(count: str, word: str) -> str | None:
    return f"{count} {word}" if noun_class(word) is not None else None


def _word_and_again(text: str) -> bool:
    """Whether some word comes again right after an "and" ("ran and ran"): a cheap look before the pattern."""
    start = text.find(" and ")
    while start > 0:
        before, after = text[:start].rsplit(" ", 1)[-1].rstrip(","), text[start + 5:].split(" ", 1)[0]
        if before == after:
            return True
        start = text.find(" and ", start + 5)
    return False


def _said_once(match: re.Match) -> str:
    word = match.group(1)
    return word if VERB_KINDS.get(word) or word.endswith("ing") else match.group(0)


def _described_pair(match: re.Match) -> str:
    words = re.findall(r"[a-z]+", match.group(1))
    return match.group(0) if any(noun_class(w) is not None for w in words if w != "and") else match.group(1)


def _appositive(match: re.Match) -> str:
    words = match.group("words").split()
    if noun_class(match.group("noun")) is None or any(w.isdigit() for w in words):
        return match.group(0)
    if any(w in COLORS for w in words):
        if any(w in COLORS for w in match.group("first").split()):
            return match.group(0)  # "a red ball, a blue ball": two things
        return match.group("again")  # "a car, a brown car": the car, its colour said on the second go
    return match.group(0)[: match.start("again") - match.start(0) - 2]  # "four balls, four moving balls": four balls


def _in_the_place(match: re.Match) -> str:
    alone = match.group(3) != "themselves"
    verb = ("was" if alone else "were") if match.group(1) == "had" else ("is" if alone else "are")
    return f"{verb} in {match.group(2)}"


def _told_after(call: re.Match) -> bool:
    """Whether the thing ``call`` bids come is a kind the tables know that the text after the call names again."""
    kind = noun_class(call["called"])
    return kind is not None and any(noun_class(word) == kind for word in re.findall(r"[a-z]+", call.string[call.end():]))


def story_voices_in_plain_words(text: str, words: set[str] | frozenset[str] | None = None) -> str:
    """``text`` (lower-cased) with these voices' forms put into plain sentences; other text comes back as it was.
    ``words``, the prompt's words if already split, only decides which patterns are worth running."""
    if words is None:
        words = set(re.findall(r"[a-z]+", text))
    if ("x" in text or "\u00d7" in text) and re.search(r"\d ?[x\u00d7]|[x\u00d7] ?\d", text):
        text = _TRAILING_MULTIPLIER_RE.sub(lambda m: _multiplied(m.group(2), m.group(1)) or m.group(0), text)
        text = _LEADING_MULTIPLIER_RE.sub(lambda m: _multiplied(m.group(1), m.group(2)) or m.group(0), text)
    if text.count(", ") >= 2 and not text.startswith(("a ", "an ", "the ")):
        text = _search_fields(text)
    if "-" in text or not _PET_WORDS.isdisjoint(words):
        text = _PET_RE.sub(lambda m: PET_FORMS[m.group(0)], text)
    if "here" in words:
        text = _CALLED_OVER_RE.sub(lambda m: "" if _told_after(m) else m.group(0), text)
    if not _INTENSIFIERS.isdisjoint(words):
        text = _INTENSIFIER_TWICE_RE.sub(r"\1", text)
    if " and " in text and _word_and_again(text):
        text = _WORD_AND_AGAIN_RE.sub(_said_once, text)
    if text.count("and then") >= 2:  # a told story's steps: "... and then ... and then ..."
        text = _AND_THEN_RE.sub(_then_step, text)
        text = _FINAL_STOP_RE.sub(".", text)
    if "the end" in text and "then" in text:
        text = _THE_END_RE.sub(".", text)
    if "looking" in text and "down" in text:
        text = _FROM_HIGH_LOOKING_DOWN_RE.sub("seen from above", text)
        text = _LOOKING_DOWN_ALONG_RE.sub("seen from above", text)  # before the bare look down takes its first words
        text = _LOOKING_DOWN_RE.sub("seen from above", text)
    if "n't any " in text:
        text = _NOT_ANY_RE.sub(r"\1 no ", text)  # "there wasn't any car": there was no car
    if " no " in text or " not " in text:
        text = _ABSENCE_AGAIN_RE.sub(r"\g<denial>", text)
    if "nothing" in text:
        text = _NOTHING_MOVES_RE.sub("nothing is there", text)
    if "half" in words and ("only" in words or "empty" in words) and _HALF_HINT_RE.search(text):
        text = _HALF_ONLY_RE.sub(lambda m: f", visible only in the {m.group(1) or m.group(2)} half", text)
        text = _EMPTY_PLACE_RE.sub(r"the \1 is empty in the \2 half", text)
    if "to them" in text or "to it" in text or "to him" in text or "to her" in text:
        text = _TO_THEMSELVES_RE.sub(_in_the_place, text)
    if "both " in text:
        text = _BOTH_DESCRIBED_RE.sub(_described_pair, text)
    if ", " in text and _APPOSITIVE_HINT_RE.search(text):
        text = _APPOSITIVE_RE.sub(_appositive, text)
    return text
