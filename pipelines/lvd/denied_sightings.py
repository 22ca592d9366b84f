"""Sights denied: "does not appear in the second half", "you won't see a ball in the first half", "don't expect a cat at
first", "nobody saw a dog until the end", "the absence of a dog in the first half". Each says the thing is absent for
that part of the clip, written as "no" so a thing of its kind told later is the same one; a sight denied with no part of
the clip is advice, a saying or a thing the people in the scene miss, and is left as said. An absence until a later half
with an arrival then ("the cat is absent until the second half, when a cat strolls in", "a cat does not appear until the
second half, when a cat strolls in") makes the arriving cat the absent one; a thing kept out until a later half ("no dog
until the second half", "a dog can not be seen before the midpoint") is no such thing in the first half. A sighting
lost, the watcher's word that a tracked thing dropped out of view ("Lost contact in the second half", "we lose sight of
it at the end", "signal lost halfway"), is that thing going then, never a thing or a clause of its own that a bare time
would bring the thing back in; a bare "lose" put as a condition, a consequence after it ("Lose sight of them, you
signal", "Lose contact? Surface."), says what to do if it happens, and the things stay, while one told in sequence
("lose contact, then regain it") is a going still. Split from `visibility_cues.py`, which reads the rest of when things
are seen."""

from __future__ import annotations

import re
from bisect import bisect_right

from .object_classes import kind_pattern, noun_class, singular
from .restated_counts import absence_said_again_dropped
from .vocabulary import (
    DEFINITE,
    EXPECTATION_SPAN,
    INDEFINITE,
    NOBODY_WORDINGS,
    PRONOUNS,
    SENTENCE_SPAN,
    SEQUENCE_WORDS,
    SIGHTING_SPAN,
)

# A later half or its middle: "the second half", "about halfway", "the midway point"
_LATER_HALF = (r"(?:about |around |roughly )?(?:the )?(?:(?:second|later|latter) half|middle|midpoint"
               r"|halfway(?: point| mark)?|half-way|midway(?: point)?)\b")
# Until a later half or its middle: "until the second half", "till about halfway"
UNTIL_LATER_HALF = rf"(?:until|till) (?={_LATER_HALF})"
# "does not appear in the second half", "never shows up in the first half", "did not show for the first half", "will
# not appear" (a bare "show" with no object is "show up"): absent then. "never appears again" says that it left, and
# "does not appear until the end" when it comes, and are read as they are; until a later half or its middle it is
# absent till then, "a cat does not appear until the second half, when a cat strolls in" (`ABSENT_UNTIL_RE`)
NOT_SEEN_RE = re.compile(r"\b(?:(?P<aux>does|do|did|will) not|never) (?P<verb>appears?|appeared|show(?:s|ed)? up"
                         r"|show(?:s|ed)?(?=\s*(?:[.,;!?]|$)| (?:for|in|during|at)\b)|turn(?:s|ed)? up"
                         r"|(?:comes?|came) into (?:view|the frame|the picture|shot)|become(?:s)? visible"
                         r"|became visible)\b"
                         rf"(?! (?:again|any more|anymore|before)\b| (?!{UNTIL_LATER_HALF})(?:until|till)\b)")


def _absent(match: re.Match) -> str:
    aux, verb = match.group("aux"), match.group("verb").split()[0]
    if aux == "did" or verb.endswith("ed") or verb in ("came", "became"):
        return "was absent"
    if aux == "do" or (aux is None and not verb.endswith("s")):
        return "are absent"
    return "is absent"


CLIP_SPAN_RE = re.compile(rf"\b{SENTENCE_SPAN}\b")

# "you will not see a ball in the first half", "we never spot any birds here", "you cannot see the dog": the viewer's
# sight denied is no such thing then, said as "no" so a thing of the kind told later is the same one ("... in the
# second half a ball appears"); a sight denied of an act, "you will not see a dog run", denies the act, not the dog.
# Contractions are expanded before this reads; the article is dropped, and the modifier is lazy so "birds here" keeps
# its noun.
_VIEWER_DENIED = (r"(?:\b(?:you|we|i|one|viewers|the viewer|the viewers|the audience) (?:will not|will never|do not"
                  r"|did not|does not|can not|could not|should not|never|(?:are|am|is) not going to)"
                  r"|(?:^|(?<=[.;:!?,] ))(?:do not|never)) (?:yet )?(?:be )?")
_DENIED_THING = r" (?:a single |an? |any |one |the )?(?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
UNSEEN_RE = re.compile(_VIEWER_DENIED + r"(?:see|seeing|spot|spotting|notice|noticing|glimpse|catch sight of)"
                       + _DENIED_THING
                       + r"(?=\s*(?:[,.;:!?]|$)|\s+(?:in|during|for|until|till|at|before|on|anywhere|yet|there"
                       r"|here)\b)")
# "don't expect a cat in the first half", "never count on a bus at first": the listener told not to
# expect, find or look for a thing in a part of the clip is denied its sight then; without that part it is advice or
# a saying ("Never expect a bus on time.", "Don't look for the cat; it hides ..."), and no absence
EXPECTATION_DENIED_RE = re.compile(
    _VIEWER_DENIED + r"(?:find|expect(?: to (?:see|find))?|look for|wait for|hope for|count on)" + _DENIED_THING
    + rf"(?=,? {EXPECTATION_SPAN}\b)")
# "nobody saw a dog in the first half", "for the first half, no one could spot a cat": a sight no one had for a part
# of the clip is no such thing then; with no such span it is a thing there that the people in the scene miss ("nobody
# notices the cat on the shelf")
NOBODY_SAW_RE = re.compile(rf"\b(?:{'|'.join(NOBODY_WORDINGS)}) (?:ever |even |yet )?"
                           r"(?:(?:could|can|did|would|will) (?:ever |even )?)?(?:sees|saw|see|spots|spotted|spot"
                           r"|notices|noticed|notice|glimpses|glimpsed|glimpse|catches sight of|caught sight of"
                           r"|catch sight of) (?:a single |an? |any |one |the )?"
                           r"(?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
                           rf"(?=\s+(?P<span>{SIGHTING_SPAN})\b|\s*(?:[,.;:!?]|$))")

# "the absence of a ball in the first half", "a total lack of any birds for the opening seconds": a thing's absence
# named as a noun, for a part of the clip, is no such thing then when the prompt tells that thing elsewhere; it brings
# the thing nowhere, so with none told it goes with its span ("in the absence of a dog in the first half, the cat
# sleeps"), and with no span it is left as said ("in the absence of a dog, the cat sleeps")
ABSENCE_OF_RE = re.compile(r"\b(?:(?:in|with|given) )?(?:(?:the|a|an) )?"
                           r"(?:(?:complete|total|utter|conspicuous|notable) )?(?:absence|lack) of "
                           r"(?:a single |an? |any |one )?(?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
                           rf"(?P<span>,? {SIGHTING_SPAN}\b)(?P<comma>,? ?)")


def _absence_of(match: re.Match) -> str:
    kind = kind_pattern(match["noun"])
    told = kind is not None and re.search(rf"\b{kind}", match.string[:match.start()] + " " + match.string[match.end():])
    return _none_of(match) + match["span"] + match["comma"] if told else ""


def _nobody_saw_then(text: str):
    """A sight no one had, as `_none_of` reads it, when a span of the clip is said with it (after it, or before it in
    its sentence); else left as said. Sentence ends and spans are found once per text, so a long prompt of many such
    sights costs one pass, not one per sight."""
    sentence_ends = [m.end() for m in re.finditer(r"[.!?;]", text)]
    span_ends = [m.end() for m in CLIP_SPAN_RE.finditer(text)]

    def read(match: re.Match) -> str:
        start = match.start()
        ends_before = bisect_right(sentence_ends, start)
        sentence_start = sentence_ends[ends_before - 1] if ends_before else 0
        last_span = bisect_right(span_ends, start) - 1
        spanned = last_span >= 0 and span_ends[last_span] > sentence_start
        return _none_of(match) if match["span"] or spanned else match.group(0)
    return read


def _none_of(match: re.Match) -> str:
    found = noun_class(match["noun"])
    if found is None:
        return match.group(0)
    one = singular(match["noun"]) == match["noun"]
    # "... until the second half": then it comes
    if match.string[match.end():].lstrip().startswith(("until ", "till ")):
        return f"the {match['thing']} {'is' if one else 'are'} absent"
    return f"there {'is' if one else 'are'} no {match['thing']}"


# Before a later half or its middle: "until the second half", "before the midpoint", "up until halfway"
_BEFORE_LATER_HALF = rf"(?:up )?(?:until|till|before) {_LATER_HALF}"
# not to be seen: "can not be seen", "is not visible", "is nowhere to be seen", "is not in view"
_UNSEEN_STATE = (r"(?:(?:can|could|will) not be|(?:is|are|was|were) (?:not|nowhere)(?: to be)?) (?:seen|visible|spotted"
                 r"|found|in view|in sight|in (?:the )?frame|in shot|there|present)(?: anywhere)?")
_ONE_THING = r"(?P<det>an?|the|one|any) (?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+))"
# "there is no dog until the second half", "no dog before the midpoint": none there in the first half, one there after
NONE_UNTIL_RE = re.compile(r"\b(?:there (?:is|are|was|were) )?no (?P<thing>(?:[a-z-]+ )??(?P<noun>[a-z]+)),? "
                           + _BEFORE_LATER_HALF)
# "a dog can not be seen until the second half", "the fox is nowhere to be seen before halfway"
UNSEEN_UNTIL_RE = re.compile(rf"\b{_ONE_THING} {_UNSEEN_STATE},? {_BEFORE_LATER_HALF}")
# "before the second half, a dog can not be seen.": the span opening its sentence
SPAN_THEN_UNSEEN_RE = re.compile(rf"\b{_BEFORE_LATER_HALF}, {_ONE_THING} {_UNSEEN_STATE}(?=\s*(?:[.;!?]|$))")

# ", and then walks left": a verb after the span with no subject of its own, whose subject is the thing kept out
_SAME_SUBJECT_GOES_ON_RE = re.compile(r",? (?:and|but|then)(?: then)? (?!(?:an?|the|it|he|she|they|there|one|its|his"
                                      r"|her|their|this|that|some|two|three)\b)[a-z]")


def _none_in_the_first_half(match: re.Match) -> str:
    """A thing kept out until a later half as no such thing in the first half, the form the reader takes an absence
    and a presence from; a word the tables do not know, "no sign until halfway", is left as said."""
    if noun_class(match["noun"]) is None or re.match(r",? when\b", match.string[match.end():]):
        return match.group(0)  # "... until the second half, when a horse gallops in": read with its arrival
    if _SAME_SUBJECT_GOES_ON_RE.match(match.string, match.end()):
        return match.group(0)  # "a cat is not in frame until the second half, and then walks left": its verb's subject
    one = singular(match["noun"]) == match["noun"]
    return f"there {'is' if one else 'are'} no {match['thing']} in the first half"


def absences_until_a_later_half(text: str) -> str:
    """``text`` with a thing said not to be there until a later half, "no dog until the second half", "a dog can not
    be seen before the midpoint", "before the second half, a dog is not visible", said as no such thing in the first
    half: the reader puts a "no" with its half on the thing, where the "until" would go to the clause before it."""
    if "no " in text:
        text = NONE_UNTIL_RE.sub(_none_in_the_first_half, text)
    if " not " in text or "nowhere" in text:
        text = SPAN_THEN_UNSEEN_RE.sub(_none_in_the_first_half, UNSEEN_UNTIL_RE.sub(_none_in_the_first_half, text))
    return text


# "the cat is absent until the second half, when a cat strolls in": one thing, away and then arriving; the arrival
# told with "a" in the same sentence, or in the next one opening on "then", is the absent one, never a second of its
# kind. Only for a later half or its middle: an absence "until the end" or "the last seconds" is read as a thing seen
# first and gone at the end, so there the arrival is left a second thing, which at least shows up late
ABSENT_UNTIL_RE = re.compile(r"\b(?:the|a|an) (?P<adjective>[a-z-]+ )?(?P<noun>[a-z]+) (?:is|was) absent "
                             + UNTIL_LATER_HALF + r"(?P<rest>[^.;:!?]*(?:[.;] then\b[^.;:!?]*)?)")


def _arrival_made_definite(match: re.Match) -> str:
    """The arrival said with "the"; one told apart by another adjective ("the sleeping dog ..., when a small dog runs
    in") is a second thing and stays."""
    arrival = re.search(rf"\b(?:a|an|one) (?P<adjective>[a-z-]+ )??{re.escape(match['noun'])}\b", match["rest"])
    if arrival is None or (arrival["adjective"] and match["adjective"] and arrival["adjective"] != match["adjective"]):
        return match.group(0)
    rest = match["rest"]
    rest = rest[:arrival.start()] + "the " + rest[arrival.start():].split(" ", 1)[1]
    return match.group(0)[:match.start("rest") - match.start()] + rest


# what a watcher keeps on a tracked thing, and so may lose: "contact", "sight of it", "the signal", "track of them"
_TRACKED_BY = r"(?:(?:all |radar |sonar |visual |the )?(?:contact|sight|track|signal|visual|trail|echo|blip|feed|lock))"
# the thing lost, named after the loss: "with it", "of the car", "on them"
_LOST_THING = r"(?: (?:with|of|on) (?P<{}>it|them|(?:the|that|this) [a-z]+))?"
# when the loss is, closing its clause: " in the second half", " at the end"
_LOSS_TIME = r"(?P<when> (?:in|during|at|by|toward|towards|near|for) [a-z -]{1,30}?(?=[.;!?]|$))?"
# "Lost contact in the second half", "we lose sight of it at the end", "the operator lost track of the car": a sighting
# lost, its watcher a speaker, a listener or a tracking post, never a thing of the scene ("a dog lost sight of the cat"
# is the dog's, and stays); "contact lost (with the plane)", "signal is lost": the same, its watcher left out; "we lost
# it": the thing itself lost to the watcher's eye
LOST_SIGHTING_RE = re.compile(
    r"(?:(?:(?<=^)|(?<=[.;:,!?] ))(?:(?P<watcher>we|i|you|they|sonar|radar|the (?:sonar|radar|operator|crew|tower|watch"
    r"|team)) (?:have |had |then |soon |just )?)?(?:lost|lose|loses|losing) (?:" + _TRACKED_BY
    + _LOST_THING.format("object") + r"|(?P<itself>it|them))(?=[ ,.;:!?]|$)"
    r"|(?:(?<=^)|(?<=[.;:,!?] ))" + _TRACKED_BY + r" (?:is |was |has been |gets? |got )?lost"
    + _LOST_THING.format("with_object") + r"(?=[ ,.;:!?]|$))" + _LOSS_TIME)
# a voice that tracks things, so a sighting it loses with no thing named is its tracked thing's: "Conn, sonar:",
# "Radar here:", "Drone feed.", "Camera two:", "target acquired", "contact bearing north"
_TRACKING_VOICE_RE = re.compile(r"\b(?:sonar|radar|conn|tower|patrol|drone|feed|camera|cam|scope|lens|monitor|"
                                r"surveillance|tracking|tracked|target|contact|sighting|sighted|spotted|bearing)\b")
# "...; no car.": the sentence of the loss naming the thing gone
_NO_THING_AFTER_RE = re.compile(r"[^.!?]*?\bno [a-z]+")
# after a bare "lose" with no time, what makes it a condition: a consequence follows, a question ("Lose contact?
# Surface."), someone of the speaker's doing something ("Lose sight of it, and you call", "Lose track of them and then
# we regroup") or an order ("Lose sight of them, signal"); a loss told in sequence ("lose contact, then regain it",
# "lose sight of it and it reappears") is no condition, and a bare "Lose sight of it." is left to the reading
_CONSEQUENCE_RE = re.compile(r"\s*(?:\?|(?:,|;|\band\b)\s*(?:and\s+)?(?:(?:(?:then|just)\s+)?(?P<actor>you|we|i|y'all|"
                             r"everyone|everybody)\b|(?P<order>[a-z]+)\b(?!')))")
# words after the loss that tell of it or of the thing, never an order of what to do: "lose it, then regain it"
_NO_ORDER_WORDS = PRONOUNS | INDEFINITE | DEFINITE | SEQUENCE_WORDS | frozenset(
    "and but so or regain regains reappear reappears find spot see catch pick get come return recover reacquire "
    "resurface".split())


def _loss_as_condition(match: re.Match) -> bool:
    """Whether a bare "lose" with no watcher and no time is put as a condition: a consequence follows it."""
    consequence = _CONSEQUENCE_RE.match(match.string, match.end())
    if consequence is None or not match.group(0).startswith("lose ") or match["watcher"] is not None or match["when"]:
        return False
    order = consequence["order"]
    return order is None or order not in _NO_ORDER_WORDS and not order.endswith(("s", "ed")) \
        and noun_class(order) is None
# a word of losing, whose absence spares the pass
LOSS_WORD_RE = re.compile(r"\blos(?:t|e|es|ing)\b")


def _lost_sighting(match: re.Match, voice_from: int) -> str:
    """The sighting lost as its thing vanishing: the thing named ("the car vanishes", "they vanish"), or "it" where a
    tracking voice spoke before it (from ``voice_from``) or the sentence names the thing gone; a loss of no tracked
    thing (a phone's signal, friends who lose contact) is ``_untracked_loss``."""
    if match["itself"] and match["watcher"] not in ("we", "i"):
        return match.group(0)  # "they lost it": a thing of theirs lost, not a sight
    if _loss_as_condition(match):
        return match.group(0)  # "Lose sight of them, you signal": what to do if it happens, which tells nothing of them
    tracked = match["object"] or match["with_object"] or match["itself"]
    if tracked is None:
        watcher = match["watcher"]
        if watcher not in (None, "we", "i") and not watcher.startswith(("sonar", "radar", "the")) \
                or not (voice_from < match.start() or _NO_THING_AFTER_RE.match(match.string, match.end())):
            return _untracked_loss(match)
        tracked = "it"
    noun = tracked.rsplit(" ", 1)[-1]
    plural = tracked == "them" or noun != "it" and singular(noun) != noun
    said = f"{'they' if tracked == 'them' else tracked} {'vanish' if plural else 'vanishes'}"
    return said + (match["when"] or "")


def _untracked_loss(match: re.Match) -> str:
    """A loss of no tracked thing: a clause of its own with only a time ("Signal lost in the second half.", a radio's)
    goes, so its time brings no thing in; one with more to it ("contact lost, he walks") stays as said."""
    text, start, end = match.string, match.start(), match.end()
    opens_clause = start == 0 or text[start - 2] in ".;:!?"
    return "" if match["when"] and opens_clause and (end == len(text) or text[end] in ".;!?") else match.group(0)


def lost_sightings_said(text: str) -> str:
    """``text`` with each sighting lost said as its thing vanishing ("lost contact in the second half" as "it vanishes
    in the second half")."""
    voice = _TRACKING_VOICE_RE.search(text)
    voice_from = len(text) if voice is None else voice.start()
    return LOST_SIGHTING_RE.sub(lambda match: _lost_sighting(match, voice_from), text)


def denied_sightings_as_absence(text: str) -> str:
    """``text`` with a showing-up denied said as an absence ("does not appear" as "is absent") and a sight the viewer
    is denied as no such thing ("you won't see a ball" as "there is no ball"); an arrival told later in its sentence
    is the thing denied ("..., when a cat strolls in" as "when the cat strolls in")."""
    seen = EXPECTATION_DENIED_RE.sub(_none_of, UNSEEN_RE.sub(_none_of, NOT_SEEN_RE.sub(_absent, text)))
    if "absence of" in seen or "lack of" in seen:
        seen = ABSENCE_OF_RE.sub(_absence_of, seen)
    absent = NOBODY_SAW_RE.sub(_nobody_saw_then(seen), seen)
    # only an absence these rewrites made: one the prompt says itself ("the cat is absent until ...") is read as said
    return ABSENT_UNTIL_RE.sub(_arrival_made_definite, absent) if absent != text else absent


def denied_sightings_said_once(text: str) -> str:
    """``text`` with its sightings lost as goings, its denied sightings as absences, and the absence said again after
    one it makes ("you will not find a dog in the first half, not a single one") said once; "restated counts" does so
    for those said plainly."""
    if LOSS_WORD_RE.search(text):
        text = lost_sightings_said(text)
    denied = denied_sightings_as_absence(text)
    return denied if denied == text else absence_said_again_dropped(denied)
