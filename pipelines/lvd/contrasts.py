"""Contrasts and sizes said in passing, put into the plain words the reader takes in.

"not three dogs but two", "not a red dog but a brown one", "flies not to the right but to the left": what follows
"but" is what is meant, and a bare count or "one" after it stands for the noun denied before it ("two dogs",
"a brown dog"), and a list of denials before it, "not a dog, not a cat, but a bird", goes with it. "rolls right, not
left", "a blue ball, not a green one", "walks right rather than left", "a yellow bird instead of a green one": a denial
after a comma or "rather than" only rules out another reading, so it goes, as does a thing denied in an aside of
commas, "a dog, not a cat, runs left".
"not a single dog appears", "there is not one cloud", "not even one car", "not a cat to be seen", "not a bird in
sight", "Not a bird in the first half, then ...", a clause with no verb after a time, "In the first half, not a bird in
the sky.": an emphatic denial is a plain "no", and "no cat to be seen" is
"no cat", as is "no dog on screen", "no cat in the frame": the frame's word says where it is not, which "no" says
(never after "with" or a participle, "a ball rolls, with no dog in the frame at first", where the denial hangs on
another thing's clause);
"did not so much as roll" denies even the least act, so the thing does not move at all, and so does a move of its own
denied where its clause ends, "a cat cannot jump; it sits", "the ball does not roll.", "a bird never flies, so ...".
"a 10 cm ball", "a car 4 m long", "rolls 2 m to the left": a measurement says how big or how far, never how many,
so its number is no count and its unit no thing. "On the other hand, a ball rolls", "three balls, on the other hand,
stay": a contrast marker set off at a clause's edge weighs one clause against another and names no hand.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .clip_phrases import TIME_WORDS
from .object_classes import HANDED_CLASSES, is_plural, kind_pattern, noun_class, singular
from .talk_pages_dates_and_grievances import dates_dropped
from .vocabulary import COLORS, COUNT_WORDS, NUMBER_WORDS, TRAVEL_KINDS, VERB_KINDS, WORD_RE

_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_SIDE = r"(?:left|right|up|down|upward|downward|leftward|rightward|upwards|downwards|leftwards|rightwards)"
_COLOUR = "(?:" + "|".join(sorted(COLORS, key=len, reverse=True)) + ")"
# "not three dogs but two", "not to the right but to the left", "not a cat but a dog"; "nor a cat, but a bird" only
# ends a list of denials
NOT_BUT_RE = re.compile(r"\b(?P<negation>not|nor) (?P<denied>(?:[a-z0-9]+ ){0,3}?[a-z0-9]+),? but (?P<said>(?:an? |"
                        r"the )?[a-z0-9]+)(?P<next> [a-z]+)?")
# "not a dog, not a cat, but a bird", "not left, nor right, but up": the denials listed before the last one, ruled out
# with it (looked for only in a short stretch before it, so a long run of them costs no more than a short one)
EARLIER_DENIALS_RE = re.compile(r"\bnot (?:[a-z0-9]+ ){0,3}?[a-z0-9]+, (?:(?:not|nor) (?:[a-z0-9]+ ){0,3}?[a-z0-9]+, )*$")
_DENIALS_REACH = 200
# ", not left", ", not to the left", ", not a green one", ", not two", ", not the red cat": another reading ruled out
DENIED_AFTER_RE = re.compile(r",\s*not (?:(?:to|towards?) )?(?:(?:a|an|the) )?(?:" + _COUNT + r"|" + _SIDE + r"|" + _COLOUR + r")"
                             r"(?: (?:one|ones|[a-z]+))?(?=\s*(?:[,.;!?]|$))")
# "walks right rather than left", "a yellow bird instead of a green one", "five cars as opposed to four": the same
DENIED_INSTEAD_RE = re.compile(r"\s*,?\s*\b(?:rather than|instead of|as opposed to) (?:(?:a|an|the) )?(?:" + _COUNT + r"|" + _SIDE
                               + r"|" + _COLOUR + r")(?: (?:one|ones|[a-z]+))?(?=\s*(?:[,.;!?]|$))")
# "a dog, not a cat, runs left", "the red car, rather than the blue truck, stops": a thing denied in an aside set off by
# commas rules out another thing; the one told of is the one before it. So does a run of them, "a dog, not a cat, not a
# fox, runs", and one or a run closing the clause, "a cat sits on the left, not a dog, not a horse.", "two ducks, not
# geese, nor swans" (a denial's words end at the comma, so each has one reading and a run that fails to close costs
# no more than its length)
_DENIED_THING = r"(?:[a-z0-9-]+ ){0,3}?[a-z-]+"
DENIED_THING_ASIDE_RE = re.compile(r",\s*(?P<run>(?:not|rather than|instead of|as opposed to) " + _DENIED_THING
                                   + r"(?:,\s*(?:not|nor) " + _DENIED_THING + r")*)"
                                   r"(?:(?P<aside>\s*,\s*)|(?=\s*(?:[.;!?]|$)))")
# "Not a cat, a dog sits there", "Not a cat, not a fox, the dog runs": denials opening a sentence, before a clause that
# opens on a thing, say which thing it is not; the thing told of is the one after them
DENIED_THING_OPENING_RE = re.compile(r"(?:^|(?<=[.;:!?] ))(?P<run>not " + _DENIED_THING + r"(?:,\s*(?:not|nor) "
                                     + _DENIED_THING + r")*),\s*(?=(?:a|an|the|" + _COUNT + r") [a-z])")
_THING_OPENS_RE = re.compile(r"(?:a|an|the|" + _COUNT + r") [a-z]")
# "not a single dog", "not one single car", "not even one bird", "not even a cloud": none ("not one of them" is another denial);
# "not a cat to be seen", "not a bird in sight", "not a dog anywhere": the kind denied wherever one might look;
# "Not a bird in the first half, then ...": a clause opening on the denial of a kind for a stretch of the clip
EMPHATIC_DENIAL_RE = re.compile(r"\bnot (?:even )?(?:a single|one single|one)(?= (?!of\b|but\b|bit\b)[a-z])"
                                r"|\bnot even (?:a|an)(?= (?!of\b|bit\b)[a-z])"
                                r"|\bnot (?:a|an)(?= (?:[a-z]+ )?[a-z]+ (?:to be (?:seen|found|spotted)|in (?:sight|view)|"
                                r"anywhere)\b)"
                                r"|(?:^|(?<=[.;:!?] ))not (?:a|an)(?= (?:[a-z]+ )?[a-z]+ (?:in|during|for) the (?:first|second|"
                                r"last|final|opening|closing|early|late) )")
# "In the first half, not a bird in the sky.", "First half: not a dog on the lawn; ...": a clause of its own with no
# verb, opening on "not a" and a kind, at most with the place it is not in, denies the kind there (tried from the word
# "not", its clause's start checked after)
VERBLESS_DENIAL_RE = re.compile(r"\bnot (?:a|an)(?= (?:[a-z]+ )?[a-z]+"
                                r"(?: (?:in|on|at|around|over|along|across) (?:the|this|that|our|my) [a-z]+)?"
                                r"(?: at first| early on| initially)?\s*(?:[,.;:!?]|$))")


class _VerblessDenials:
    """"not a" as "no" where it opens a sentence or follows a time set off by a comma in a sentence that names no thing
    before it, "in the first half, not a bird", "first half, pal, not a bird"; "a dog, not a cat" is a contrast, and
    "a cat in the first half, then nothing, not a whisker" says the cat is gone: both left alone. Called on each match
    of one text in turn, it finds where each kind is told once and reads a sentence's words once, so a long run of
    denials costs no more than its length."""

    def __init__(self, text: str):
        self.text = text
        self.told_at: dict[str, list[int]] = {}  # a kind's pattern: where the text tells a thing of it
        self.sentence = _SentenceSoFar(text)

    def __call__(self, match: re.Match) -> str:
        if not self._told_elsewhere(match):
            return match.group(0)  # "And in the second half? Not a cat.", a cat told nowhere else: nothing to draw
        start = match.start()
        if not start or self.text.endswith((": ", "; ", ". ", "! ", "? "), 0, start):
            return "no"
        if self.text.endswith(", ", 0, start):
            _, named, timed = self.sentence.before(start - 2)
            return "no" if timed and not named else match.group(0)
        return match.group(0)

    def _told_elsewhere(self, match: re.Match) -> bool:
        """Whether the kind denied ("not a bird", "not a lively cat") is told elsewhere in the text."""
        denied = _DENIED_WORDS_RE.match(self.text, match.end())
        noun = next((word for word in (denied.group(2), denied.group(1)) if word and noun_class(word)), None)
        if noun is None:
            return False
        kind = kind_pattern(noun)
        if kind not in self.told_at:
            self.told_at[kind] = [found.start() for found in re.finditer(rf"(?=\b{kind})", self.text)]
        told = self.told_at[kind]
        return bool(told) and (told[0] < match.start() or told[-1] >= denied.end())


class _SentenceSoFar:
    """What the words of a text's sentence before a point say — whether they name a thing, a thing that is no person
    (who may pass a ball), and a time —, each word read once however many points are asked in turn, each point
    later than the one before and right before a comma (so no word or time phrase runs across it)."""

    def __init__(self, text: str):
        self.text = text
        self.stops = [found.start() for found in _STOP_RE.finditer(text)]
        self.read = (-1, -1, False, False, False)  # the sentence's start, read up to, and what it says so far

    def before(self, end: int) -> tuple[bool, bool, bool]:
        """(a thing named, a thing other than a person named, a time said) in the sentence's words before ``end``."""
        opening = self.stops[bisect_left(self.stops, end) - 1] + 1 if self.stops and self.stops[0] < end else 0
        begun, read_to, named, named_no_person, timed = self.read
        if begun != opening or read_to > end:
            read_to, named, named_no_person, timed = opening, False, False, False
        for word in WORD_RE.findall(self.text, read_to, end):
            found = noun_class(word)
            named = named or found is not None
            named_no_person = named_no_person or (found is not None and found[1] not in HANDED_CLASSES)
        timed = timed or _TIME_LEAD_RE.search(self.text, read_to, end) is not None
        self.read = (opening, end, named, named_no_person, timed)
        return named, named_no_person, timed


_STOP_RE = re.compile(r"[.;:!?]")
_DENIED_WORDS_RE = re.compile(r" ([a-z]+)(?: ([a-z]+))?")
# the clip's words of time, and the adverbs that open a stretch of it ("Early on,", "Initially,", "Until the midpoint,")
_TIME_LEAD_RE = re.compile(rf"\b(?:{TIME_WORDS}|then|meanwhile|initially|until|till)\b")


# "the ball did not so much as roll", "never so much as twitched": not even the least act, so no move at all
_DENIAL = (r"(?:does|did|do|will|would|could|can) not|doesn't|didn't|don't|won't|wouldn't|couldn't|can't|cannot"
           r"|never")
NOT_SO_MUCH_AS_RE = re.compile(rf"\b(?P<denial>{_DENIAL}) so much as [a-z]+\b")
# "a cat cannot jump; it sits", "the ball does not roll.", "a bird never flies, so ...": a move of the thing's own
# denied where its clause ends is no move at all (a way after it, "does not go left; it goes right", is read above; a
# throw, a landing or a break denied is left to the reading, and so is a denial that holds only for a time, "won't
# roll, until a dog kicks it")
DENIED_MOVE_RE = re.compile(rf"\b(?P<denial>{_DENIAL}|(?:is|are|was|were) unable to) (?P<verb>[a-z]+)"
                            r"(?=\s*(?:[.;,:!?]|$)| (?:and|so|but|yet|or|anymore|any more|at all)\b)"
                            r"(?!,? (?:until|till|unless|before|when|if)\b)")
# the kinds of a thing's own move, which a denial turns into its staying still: travelling, circling, bouncing, falling
_SELF_MOVE_KINDS = TRAVEL_KINDS | {"circle", "bounce", "fall"}
# "does not move" already reads as a stay, and "a ball that never moves" is the relative clause's own reading
_STAYS_AS_SAID = frozenset(("move", "moves", "moved", "moving"))
_RELATIVES = frozenset(("that", "which", "who"))
# "..., and a cat runs", "..., so two boys kick it": a thing named by its article or count opens a clause of its own
_NEW_SUBJECT_AFTER_RE = re.compile(r"(?: (?:anymore|any more|at all))?,? (?:and|but|yet|while|so) "
                                   rf"(?:a|an|the|some|another|{COUNT_WORDS})\b")
# "no cat to be seen in the second half": the denial the reader holds is "no cat in the second half"
NO_KIND_SEEN_RE = re.compile(r"\b(no [a-z]+(?: [a-z]+)?) to be (?:seen|found|spotted)\b")
# "in the second half no dog on screen", "no cat in shot": the frame's word says where it is not, which "no" says;
# "it is no longer in the frame" says when, and "no more", "no one" deny no kind; "a ball rolls, with no dog in the
# frame at first", "..., leaving no dog on screen" hang the denial on another thing's clause, and keep the frame word
NO_KIND_IN_FRAME_RE = re.compile(r"(?<!with )(?<![a-z]ing )"
                                 r"\b(no (?!(?:longer|more|less|one|other|further|such|sign|trace)\b)"
                                 r"[a-z]+(?: [a-z]+)?) "
                                 r"(?:on (?:the )?screen|on camera|in (?:the )?(?:shot|frame|picture))(?! ?\d)\b")
# "a 10 cm ball", "4 m long", "each 30 centimetres across", "2.5 metres": a size or a distance
MEASURE_RE = re.compile(r"(?:\beach )?\b\d+(?:\.\d+)?[- ]?(?:mm|cm|m|km|millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?"
                        r"|kilomet(?:re|er)s?|inch(?:es)?|ft|feet|foot|yards?)\b(?:[- ](?:long|wide|tall|high|across|deep|"
                        r"in (?:diameter|length|size|height|width))\b)?")

# "; on the other hand, a ball rolls", "three balls, on the other hand, stay": the idiom at a clause's edge (a hand in
# a place, "a bird lands on the other hand", follows its verb, not a stop or a conjunction)
HAND_MARKER_RE = re.compile(r"(?P<lead>^|[.;!?:,]|\b(?:and|but|yet|while|whereas)\b)\s*on the (?:one|"
                            r"other) hand\b\s*(?P<tail>,?)")


def _noun_of(phrase: str) -> str | None:
    last = phrase.split()[-1]
    return last if noun_class(last) is not None else None


def _denials_ruled_out(text: str) -> str:
    """``text`` with each "not X but Y" said as Y, and the denials listed just before it dropped with it."""
    pieces, done = [], 0
    for match in NOT_BUT_RE.finditer(text):
        before = text[done:match.start()]
        window = max(0, len(before) - _DENIALS_REACH)
        earlier = EARLIER_DENIALS_RE.search(before, window)
        if match["negation"] == "nor" and earlier is None:
            continue  # "neither a cat nor a dog but ...": not a list this reading knows
        listed = re.split(r", (?:not|nor) ", earlier.group(0)[len("not "):-2]) if earlier else []
        pieces.append(before[:earlier.start()] if earlier else before)
        pieces.append(_meant(match, listed))
        done = match.end()
    return "".join(pieces) + text[done:]


def _meant(match: re.Match, listed: list[str]) -> str:
    denied, said, after = match["denied"], match["said"], match["next"] or ""
    # "not two cats, not three, but four": the nearest denial that names a kind gives the noun a bare count stands for
    noun = next((found for phrase in (denied, *reversed(listed)) if (found := _noun_of(phrase)) is not None), None)
    head = said.split()[-1]
    if noun is not None and head == "one" and said != "one":  # "not a red dog but a brown one": a brown dog
        return said[: -len("one")] + singular(noun) + after
    if noun is not None and (head in NUMBER_WORDS or head.isdigit()) and noun_class(after.strip()) is None:
        many = head not in ("one", "1")  # "not three dogs but two": two dogs
        word = (noun if is_plural(noun) else noun + "s") if many else singular(noun)
        return f"{said} {word}{after}"
    if after.strip() == "one" and noun is not None:
        return f"{said} {singular(noun)}"
    return said + after


# "the dog does not (doesn't) go left; it goes right": the way denied is no move, the one said next is its way
DENIED_WAY_RE = re.compile(r"\b(?:(?:does|did|do) not|doesn't|didn't|don't) [a-z]+ (?:(?:to|towards?) )?(?:the )?"
                           r"(?:left|right|up|down)(?:wards?)?(?: side)?\s*[,;]\s*(?:(?:but|and) )?(?:(?:instead|rather),? )?"
                           r"(?:it|they|he|she) ")


def _no_move_at_all(match: re.Match) -> str:
    """The denied move said as the thing being still, in its subject's number ("they never fly": "they are still").
    Before a new subject ("a dog does not run, and a cat runs") it stays still: a verb of its own ends its clause,
    where "is still" would leave the dog to share the cat's run; "is still" lets "it stands on the left" place it."""
    subject = match.string[:match.start()].rstrip().rsplit(" ", 1)[-1]
    verb = match["verb"]
    if VERB_KINDS.get(verb) not in _SELF_MOVE_KINDS or verb in _STAYS_AS_SAID or subject in _RELATIVES:
        return match.group(0)
    denial = match["denial"]
    many = denial.startswith(("do ", "don't", "are ", "were ")) or subject in ("they", "we", "you") or (
        noun_class(subject) is not None and is_plural(subject))
    if _NEW_SUBJECT_AFTER_RE.match(match.string, match.end()):
        return "stay still" if many else "stays still"
    return "are still" if many else "is still"


def looks_like_contrast(text: str) -> bool:
    return ("not " in text or "n't " in text or "never " in text or "cannot " in text or "unable " in text
            or "rather" in text or "instead" in text or "opposed" in text or "to be " in text
            or "much as" in text or "no " in text and NO_KIND_IN_FRAME_RE.search(text) is not None)


def contrasts_in_plain_words(text: str) -> str:
    """``text`` with "not X but Y" as Y, a denied way followed by the way meant as that way, and a denial after a
    comma dropped."""
    if " not " in text or "n't " in text:
        text = DENIED_WAY_RE.sub("", text)
    if " but " in text:
        text = _denials_ruled_out(text)
    if "rather" in text or "instead" in text or "opposed" in text:
        text = DENIED_INSTEAD_RE.sub("", text)
    text = EMPHATIC_DENIAL_RE.sub("no", text)
    if "not a" in text:
        text = VERBLESS_DENIAL_RE.sub(_VerblessDenials(text), text)
    if "much as " in text:
        text = NOT_SO_MUCH_AS_RE.sub(lambda m: f"{m['denial']} {'moved' if m['denial'] == 'never' else 'move'} at all", text)
    text = DENIED_MOVE_RE.sub(_no_move_at_all, text)
    if "to be " in text:
        text = NO_KIND_SEEN_RE.sub(r"\1", text)
    if "no " in text:
        text = NO_KIND_IN_FRAME_RE.sub(r"\1", text)
    if "," in text:
        text = DENIED_THING_OPENING_RE.sub(_ThingsRuledOut(text), text)
        text = DENIED_THING_ASIDE_RE.sub(_ThingsRuledOut(text), text)
    return DENIED_AFTER_RE.sub("", text)


class _ThingsRuledOut:
    """Denied things dropped, commas and all, where a denial's last word is a thing; a run that denies no thing is
    kept ("a cat sits, not a problem.", "not a bit, the dog ..."), as is one after a comma with no thing before it in
    its sentence, "In the first half, not a bird.", which says what is missing then. Called on each match of one
    text in turn, so each sentence's words are read once."""

    def __init__(self, text: str):
        self.sentence = _SentenceSoFar(text)

    def __call__(self, match: re.Match) -> str:
        denials = re.split(r",\s*", match["run"])
        if not any(noun_class(denial.rsplit(" ", 1)[-1]) is not None for denial in denials):
            return match.group(0)
        if match.re is DENIED_THING_ASIDE_RE and not self.sentence.before(match.start())[0]:
            if not (match["aside"] and _THING_OPENS_RE.match(match.string, match.end())):
                return match.group(0)  # "Then, not a cat, a dog runs": the thing told of comes after
        return " " if match.groupdict().get("aside") else ""


def contrast_markers_dropped(text: str) -> str:
    """``text`` without "on the one hand" and "on the other hand" where they mark a contrast (an aside in commas goes
    with its commas: "three balls, on the other hand, stay" is "three balls stay")."""
    def kept(match: re.Match) -> str:
        lead = match["lead"]
        return " " if lead == "," and match["tail"] else f"{lead} "
    return " ".join(HAND_MARKER_RE.sub(kept, text).split())


def measurements_dropped(text: str) -> str:
    """``text`` without its sizes and distances ("a 10 cm ball" is a ball) and its calendar dates ("on 11 june 2026")."""
    return " ".join(re.sub(r",(?:\s*,)+", ",", MEASURE_RE.sub(" ", dates_dropped(text))).split())
