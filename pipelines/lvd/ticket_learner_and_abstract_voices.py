"""A software tester's ticket, a learner's English and a scientific abstract, put into plain sentences.

A ticket's steps handle the clip ("Open the clip in the player.", "Play it to the end.", "Count the
dogs.") and name no thing, so they go, as does its "Actual:" section (the fault reported, not the scene
asked for); "Check the end: ..." is what is there at the end, and numbered steps
each headed by a moment ("1. At the start, a duck in the top left corner. 2. Middle frame: the duck in ...
3. End: ...") are one route, said as where the thing starts, where it is by the middle and where it ends.
A failed check's log line ("Expected: a dog on the right. Got: a dog walking left.") tells the clip by what was got,
and "expected the cat to stay put, got a route: A, B" is the cat's route (a pass of its own, before the routes).
A learner drops articles before a thing ("slow cow walk to ..."), keeps a noun singular after a count
("three grey goat"), says "no any", "is appear", "it come in ... and stay", "at half", "after go to" and
"last to", and says a clip "start without goat" for no goat at first. An abstract calls the clip "the
stimulus" ("the stimulus was a clip of ...", "the stimulus comprised three goats"), has its
"participants viewed" the clip from outside it, and says "from onset to offset" or "for the full trial
duration" for the whole clip.
"""

from __future__ import annotations

import re

from .object_classes import is_plural, noun_class
from .rewrite_text import any_said_re, spaces_tidied
from .tokens import plural
from .word_guessing import third_person

_TICKET_TELLS = ("step", "expected", "acceptance", "actual", "symptom", "count ", "check ", "frame:", "start:", "end:",
                 "middle:")
_ABSTRACT_TELLS = ("methods:", "results:", "we present", "stimul", "participants", "observers", "onset", "duration", "consist",
                   "compris", "contain", "composed", "is a clip", "was a clip", "from the beginning", "from beginning",
                   "from the start",
                   "from start", "from the first frame", "from first frame")
_LEARNER_TELL_RE = re.compile(r"\b(?:no any|at half\b|it (?:come|go|stay|move|walk|run|fly|roll|appear|disappear|enter|leave)\b"
                              r"|same (?:two|three|four|five|six)|(?:is|are) (?:appear|disappear|come|enter|leave|stay|go|move)"
                              r"|after (?:go|move|come)|last to|(?:in|to|at|from) (?:bottom|top|lower|upper) (?:left|right)"
                              r"|(?:start|starts|begin|begins|open|opens) without)")
_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# ------------------------------------------------------------------------------------------------ a ticket
_STEP = r"(?:^|(?<=[.:;!] ))(?:\d+[.)] )?"
_CLIP = r"(?:clip|video|file|output|render|recording|player|app|animation)"
# "1. Open the generated clip in the app.", "Play the video to the end.": the tester handling the clip
HANDLE_CLIP_RE = re.compile(_STEP + r"(?:open|play|replay|load|launch|run|watch|view|rewind|pause|export|render) (?:it|(?:the|"
                                    r"this|a) "
                            r"(?:[a-z]+ )?" + _CLIP + r")(?: (?:in|on|with) the [a-z]+| to the end| from the (?:start|beginning)|"
                                                      r" again"
                            r"| once| through| fully| in full)*\s*[.;]\s*")
# "Steps:", "Steps to reproduce (top-down view):": the ticket's heading, no step of its own
STEPS_HEADING_RE = re.compile(r"(?:^|(?<=[.;!?] ))steps(?: to (?:reproduce|check|verify|follow))?\s*(?::\s*|,\s*|(?=\())")
# "Actual: two birds.", "Observed behaviour: ...", a manual's "Symptom: cat moves the wrong way.": the fault the ticket
# reports, up to its next heading; not the scene asked for when the ticket also says what was expected or what the remedy
# is (an inspector's "Observed: three cars, present for the full duration." alone is the scene)
ACTUAL_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:actual|observed|current|(?:(?:problem|reported|fault) )?symptoms?)"
                       r"(?: (?:result|results|behaviou?r|outcome))?\s*:.*?"
                       r"(?=\b(?:expected|acceptance|steps|notes?|causes?|remed(?:y|ies)|fix|repair)\b[^.:;]{0,30}:|$)")
# the heading over what a manual or a ticket asks for instead of the symptom, "Remedy:", "Fix, seen from above:",
# "Expected:"; a heading, not the word anywhere ("the camera is fixed", "a repair van" ask for nothing)
_ASKED_FOR_HEADING_RE = re.compile(r"(?:^|(?<=[.;!?|] ))(?:remed(?:y|ies)|fix|repair|expected|acceptance)\b"
                                   r"[^.:;]{0,30}:")
# "Expected: a dog on the right. Got: a dog walking left.", "expected an empty frame, got three dogs": a failed check's log
# line tells what the clip showed after "got"; what was expected is what it failed against, no scene (kept where what was
# got names no thing, "expected the bird to stay put, got motion to the left", since the bird is named only there)
EXPECTED_THEN_GOT_RE = re.compile(r"(?:^|(?<=[.;!?] ))expected\s*:?\s+[^.;!?]*?(?:[.;]|,(?: but)?) got\s*:?\s+"
                                  r"(?=(?P<said>(?:[a-z-]+ ){0,3}))")
# "expected the cat to stay put, got a route", "expected the bird to stop, got motion to the left": what was got is the
# named thing's own, said as its move ("the cat's route", "the bird's motion to the left"); a route's places told after
# a short heading of their own, "got a route. Top-down: A, then B", are that route's ("top-down, the cat's route: A, ...")
# (a log line's tag before it stays: "[error] expected ...")
EXPECTED_THING_GOT_MOVE_RE = re.compile(r"(?:^|(?<=[.;!?] )|(?<=] ))expected (?P<thing>(?:the|a|an) (?:[a-z-]+ ){0,2}?[a-z]+) to "
                                        r"[^.;!?,]*?,? (?:but )?got (?:a |an |some )?(?P<move>route|motion|movement)\b"
                                        r"(?:[.;:] (?P<heading>[a-z-]+(?: [a-z-]+){0,3}): (?=(?:the )?(?:lower|upper|top|"
                                        r"bottom) ))?")
# "2. Count the cars.": what the tester checks, no count of its own
COUNT_STEP_RE = re.compile(_STEP + r"count (?:the|all the|how many) (?:[a-z]+ ){0,2}?[a-z]+(?: (?:in|on) the (?:clip|video|frame|"
                                   r"screen))?"
                           r"\s*[.;]\s*")
_WHEN = (r"(?P<when>start|beginning|opening|first frame|opening frame|middle|midpoint|middle frame|halfway point|halfway through|"
         r"halfway"
         r"|mid-clip|end|finish|last frame|final frame|close)")
# "Check the start of the clip: a bird ...": what is there at that moment
CHECK_MOMENT_RE = re.compile(_STEP + r"(?:check|inspect|look at|go to|jump to|skip to|seek to|scrub to|pause (?:at|on)) the " +
                             _WHEN
                             + r"(?P<of> of the (?:clip|video))?\s*:\s*")
_THING = r"(?P<thing>it|they|(?:a|an|the|one) (?:[a-z]+ ){0,2}?(?P<noun>[a-z]+))"
_PLACE = (r"(?P<place>(?:in|at|on|near) the (?:[a-z]+ ){0,2}?(?:corner|side|edge|left|right|top|bottom|centre|center|middle)"
          r"(?: of (?:a|an|the) (?:[a-z]+ )?[a-z]+)?)")
# "1. At the start, a ball is in the bottom right corner.", "Middle frame: the cat in the top left corner.": a stop of a route
MOMENT_STEP_RE = re.compile(_STEP + r"(?:(?:at|in|on|by) )?(?:the )?(?:very )?" + _WHEN +
                            r"(?: of the (?:clip|video))?\s*[:,]\s*" + _THING
                            + r"(?: (?:is|are|sits|sit|stays|stay|appears|appear|can be seen|is seen|are seen))? " + _PLACE
                            + r"\s*(?=[.;]|$)")
# "... ends on the left of the cat. ... while the bird flies across": the move its stops already say, not one more
ACROSS_AGAIN_RE = re.compile(r"\b(?P<thing>the [a-z]+) (?P<verb>[a-z]+s) across(?=\s*(?:[.;,]|$))")
_START_WORDS = frozenset(("start", "beginning", "opening", "first frame", "opening frame"))
_MIDDLE_WORDS = frozenset(("middle", "midpoint", "middle frame", "halfway point", "halfway through", "halfway", "mid-clip"))

# ---------------------------------------------------------------------------------------------- an abstract
_OPENING = r"(?:onset|start|beginning|first frame|very start)"
_CLOSING = r"(?:offset|end|finish|last frame|last|very end|close)"
# "present from onset to offset", "in view from beginning to end": the whole clip (never "to the end of the road")
ONSET_TO_OFFSET_RE = re.compile(r",? from (?:the )?" + _OPENING + r" (?:to|until|till|through) (?:the )?" + _CLOSING
                                + r"(?: of the (?:clip|video|stimulus|trial|recording))?\b(?! of\b)")
# "for the full clip duration", "over the entire trial duration": the whole clip
FULL_DURATION_RE = re.compile(r"\b(?:for|during|over|across|through) the (?:whole|entire|full|complete) (?:(?:clip|video|"
                              r"stimulus|trial|recording) )?"
                              r"(?:duration|length|presentation)\b")
# "participants viewed a clip in which ...", "observers were shown ...": the study's viewers, outside the clip
VIEWERS_RE = re.compile(r"\b(?:the |our |all )?(?:participants|observers|viewers|volunteers|raters|annotators|"
                        r"subjects) (?:were shown|were "
                        r"presented with|viewed|watched|saw|observed) (?=(?:a|an|the|one) )")
# "the stimulus is a clip of one bird": the clip itself, named by the study's word for it
NAMED_CLIP_RE = re.compile(r"\bthe (?P<noun>[a-z]+) (?:is|was) (?=(?:a|an|one) (?:short |brief )?(?:clip|video|film|recording|"
                           r"movie|animation"
                           r"|sequence) (?:of|showing|in which|that shows|with)\b)")
# "the stimulus consisted of two cars", "the display contains no other objects", "the stimulus showed a bird": what the clip holds
HOLDS_RE = re.compile(r"\bthe (?P<noun>[a-z]+) (?:consisted of|consists of|was composed of|is composed of|comprised|comprises|"
                      r"comprise"
                      r"|contained|contains|contain|showed|shows|depicted|depicts|displayed|displays|featured|features) ")

# ----------------------------------------------------------------------------------------- a learner's English
_VERBS = (r"is|are|start|starts|begin|begins|go|goes|move|moves|roll|rolls|walk|walks|fly|flies|run|runs|drive|drives|sit|sits|"
          r"stay|stays"
          r"|appear|appears|come|comes|enter|enters|leave|leaves|end|ends|finish|finishes|swim|swims|jump|jumps")
_DETERMINERS = frozenset(("a", "an", "the", "one", "this", "that", "these", "those", "some", "any", "no", "each",
                          "every", "his", "her",
                          "its", "their", "my", "your", "our", "another", "other", "same", "and", "then", "of", "in",
                          "to") + _NUMBERS)
# "moving ball is in ...", "then in second half of the video lively cat is appear": a thing without its article
BARE_SUBJECT_RE = re.compile(r"(?:^|(?<=[.;!?,] )|(?<=\bthen )|(?<=\band )|(?<=\bhalf of the video )|(?<=\bhalf of the clip ))"
                             r"(?P<adj>[a-z]+) (?P<noun>[a-z]+) (?=(?:" + _VERBS + r")\b)")
# "four lively cat", "three goat": a count before a singular noun
COUNT_SINGULAR_RE = re.compile(r"\b(?P<count>" + "|".join(_NUMBERS) + r") (?P<first>[a-z]+)(?: (?P<second>[a-z]+))?")
# "whole time is same four cats": the cats counted before, their count said again
SAME_COUNT_RE = re.compile(r"\b(?:the )?same (?P<count>" + "|".join(_NUMBERS) + r") ")
# "no any cat", "not other thing": none
NO_ANY_RE = re.compile(r"\b(?:no any|not any other|not other)\b")
_NOT_OTHER = {"no any": "no", "not any other": "no other", "not other": "no other"}
# "a cat is appear and stay": the verbs as the reader knows them
IS_BARE_VERB_RE = re.compile(r"\b(?P<be>is|are) (?P<verb>appear|disappear|come|enter|leave|stay|go|"
                             r"move)\b(?P<rest>(?: and (?:stay|leave|go"
                             r"|disappear))?)")
# "video start without cat,": no cat at first
STARTS_WITHOUT_RE = re.compile(r"\b(?:the )?(?:video|clip|film|scene) (?:start|starts|begin|begins|open|opens) without (?:a |an |"
                               r"any )?"
                               r"(?P<noun>[a-z]+)")
_BARE_MOVES = r"come|go|stay|move|walk|run|fly|roll|drive|appear|disappear|enter|leave|start|begin|end|finish|swim|jump"
# "it come in ... and stay": the thing's own verbs, said bare after "it" (not "let it go", "watch it move", "where'd it go")
IT_BARE_VERB_RE = re.compile(r"\b(?P<before>[a-z]+ )?it (?P<verb>" + _BARE_MOVES +
                             r")\b(?P<rest>(?: [a-z]+){0,6}? and (?P<second>"
                             + _BARE_MOVES + r")\b)?")
_BARE_AFTER = frozenset(("let", "lets", "make", "makes", "made", "watch", "watches", "see", "sees", "saw", "have",
                         "has", "had", "help",
                         "helps", "hear", "watched", "to", "can", "could", "will", "would", "should", "must", "may",
                         "might", "does", "did",
                         "do", "not", "never", "d", "where", "why", "how", "when"))
# "at half and stays": at the clip's midpoint (never "at half speed")
AT_HALF_RE = re.compile(r"\bat (?:the )?half(?=\s*(?:[,.;]|and\b|then\b|$))")
# "after go to ...", "and last to ...", "and at end go to ...": the route's next and last legs
AFTER_GO_RE = re.compile(r"(?<=, )after (?=(?:go|goes|move|moves|come|comes|walk|walks|roll|rolls|fly|flies|drive|drives|run|"
                         r"runs)\b)")
LAST_LEG_RE = re.compile(r"\b(?:and )?(?:last|at (?:the )?end,?) (?=(?:to|go to|goes to|move to|moves to|walk to|walks to|"
                         r"roll to|rolls to"
                         r"|fly to|flies to|drive to|drives to)\b)")
_TELLS_RE = any_said_re((*_TICKET_TELLS, *_ABSTRACT_TELLS))


def looks_like_ticket_learner_or_abstract(text: str) -> bool:
    """Whether ``text`` (lower-case) has a ticket's, an abstract's or a learner's words."""
    return _TELLS_RE.search(text) is not None or bool(
        _LEARNER_TELL_RE.search(text)) or (any(number in text for number in _NUMBERS) and any(
            _counted_plural(match) != match.group(0) for match in COUNT_SINGULAR_RE.finditer(text)))


def _route_stop(match: re.Match) -> str:
    thing, when, place = match.group("thing"), match.group("when"), match.group("place")
    if match.group("noun") and not noun_class(match.group("noun")):
        return match.group(0)
    many = thing == "they" or bool(match.group("noun") and is_plural(match.group("noun")))
    if when in _START_WORDS:
        return f"{thing} {'start' if many else 'starts'} {place}"
    if when in _MIDDLE_WORDS:
        return f"{thing} {'are' if many else 'is'} {place} by the middle of the clip"
    return f"{thing} {'end' if many else 'ends'} {place}"


def _across_again(match: re.Match) -> str:
    thing = match.group("thing")
    said_stops = f"{thing} ends " in match.string[: match.start()] or f"{thing} is on the " in match.string[: match.start()]
    return f"{thing} {match.group('verb')}" if said_stops else match.group(0)


def expected_moves_said(text: str) -> str:
    """``text`` (lower case) with "expected the cat to ..., got a route: A, B" said as "the cat's route: A, B"; a pass of
    its own before the routes, which then read the route as the cat's moves."""
    return EXPECTED_THING_GOT_MOVE_RE.sub(_got_as_the_things_move, text)


def _got_as_the_things_move(match: re.Match) -> str:
    if not noun_class(match["thing"].split()[-1]):
        return match.group(0)
    said = f"{match['thing']}'s {match['move']}"
    return f"{match['heading']}, {said}: " if match["heading"] else said


def _ticket_in_plain_words(text: str) -> str:
    if "steps" in text:
        text = STEPS_HEADING_RE.sub("", text)
    if (("actual" in text or "observed" in text or "current" in text) and ("expected" in text or "acceptance" in text)
            or "symptom" in text and _ASKED_FOR_HEADING_RE.search(text)):
        text = ACTUAL_RE.sub("", text)  # a fault is only told against what was asked; with nothing expected it is the scene
    if "expected" in text and "got" in text:
        text = EXPECTED_THEN_GOT_RE.sub(lambda m: "" if any(noun_class(w) for w in m["said"].split()) else m.group(0), text)
    if "open" in text or "play" in text or "load" in text or "watch" in text or "view" in text or "run" in text:
        text = HANDLE_CLIP_RE.sub("", text)
    if "count " in text:
        text = COUNT_STEP_RE.sub("", text)
    if "check" in text or " to the " in text or "look at" in text or "pause" in text or "inspect" in text:
        text = CHECK_MOMENT_RE.sub(lambda m: f"at the {m.group('when')}{m.group('of') or ''}, ", text)
    stops = list(MOMENT_STEP_RE.finditer(text))
    if len(stops) >= 2 and {m.group("when") in _START_WORDS for m in stops} == {True, False}:
        text = MOMENT_STEP_RE.sub(_route_stop, text)  # two or more stops, one of them the start: a route
        if "across" in text:
            text = ACROSS_AGAIN_RE.sub(_across_again, text)
    return text


def _clip_named(match: re.Match) -> str:
    return match.group(0) if noun_class(match.group("noun")) else ""


def _abstract_in_plain_words(text: str) -> str:
    if " from " in text:
        text = ONSET_TO_OFFSET_RE.sub(" the whole time", text)
    if "duration" in text or "length" in text or "presentation" in text:
        text = FULL_DURATION_RE.sub("the whole time", text)
    if "participants" in text or "observers" in text or "viewers" in text or "volunteers" in text or "raters" in text \
            or "annotators" in text or "subjects" in text:
        text = VIEWERS_RE.sub("", text)
    if " a clip" in text or " a video" in text or " one clip" in text or " a recording" in text:
        text = NAMED_CLIP_RE.sub(_clip_named, text)
    if "consist" in text or "compris" in text or "contain" in text or "composed" in text or "show" in text or "depict" in text \
            or "display" in text or "feature" in text:
        text = HOLDS_RE.sub(_clip_named, text)
    return text


def _with_article(match: re.Match) -> str:
    adjective, noun = match.group("adj"), match.group("noun")
    if adjective in _DETERMINERS or not noun_class(noun) or noun_class(adjective) or is_plural(noun):
        return match.group(0)
    return ("an " if adjective[0] in "aeiou" else "a ") + match.group(0)


def _singular_noun(word: str | None) -> bool:
    named = noun_class(word) if word else None
    return named is not None and named[0] == word and not is_plural(word)


def _counted_plural(match: re.Match) -> str:
    """The counted noun in the plural: the first word when it is a noun the next one does not extend ("three goat
    walk"), else the second after a describing word ("four lively cat")."""
    count, first, second = match.group("count"), match.group("first"), match.group("second")
    if _singular_noun(first) and not noun_class(second or ""):
        return f"{count} {plural(first)}" + (f" {second}" if second else "")
    if second and _singular_noun(second) and not noun_class(first) and first not in _DETERMINERS:
        return f"{count} {first} {plural(second)}"
    return match.group(0)


def _finite(match: re.Match) -> str:
    many = match.group("be") == "are"
    verb = match.group("verb")
    rest = match.group("rest")
    if not many:
        verb = third_person(verb)
        rest = rest[: -len(rest.split()[-1])] + third_person(rest.split()[-1]) if rest else rest
    return verb + rest


def _it_does(match: re.Match) -> str:
    before = match.group("before") or ""
    if before.strip() in _BARE_AFTER:
        return match.group(0)
    said = f"{before}it {third_person(match.group('verb'))}"
    if match.group("rest"):
        rest = match.group("rest")
        said += rest[: len(rest) - len(match.group("second"))] + third_person(match.group("second"))
    return said


def _learner_in_plain_words(text: str) -> str:
    if "without" in text:
        text = STARTS_WITHOUT_RE.sub(lambda m: f"no {m.group('noun')} at the start", text)
    if any(number in text for number in _NUMBERS):
        text = COUNT_SINGULAR_RE.sub(_counted_plural, text)
        if "same " in text:
            text = SAME_COUNT_RE.sub(_same_count_said_again, text)
    if " any" in text or " other" in text:
        text = NO_ANY_RE.sub(lambda m: _NOT_OTHER[m.group(0)], text)
    if "is " in text or "are " in text:
        text = IS_BARE_VERB_RE.sub(_finite, text)
    text = BARE_SUBJECT_RE.sub(_with_article, text)
    if "it " in text:
        text = IT_BARE_VERB_RE.sub(_it_does, text)
    if "half" in text:
        text = AT_HALF_RE.sub("at the halfway point", text)
    if "after " in text:
        text = AFTER_GO_RE.sub("then ", text)
    if ("last " in text or "end" in text) and ("then " in text or ", " in text):
        text = LAST_LEG_RE.sub("and finally ", text)
    return text


def _same_count_said_again(match: re.Match) -> str:
    """"same four cats" after four cats is the group named before; with no count before it, "at the end, the same four
    cars are still there" is the only place the count is said, so it stays."""
    said_before = re.search(rf"\b{match['count']}\b", match.string[:match.start()]) is not None
    return "the same " if said_before else f"{match['count']} "


def ticket_learner_and_abstract_in_plain_words(text: str) -> str:
    """``text`` (lower-case) with a ticket's steps, an abstract's stimulus and a learner's grammar put plainly."""
    plain = _learner_in_plain_words(_abstract_in_plain_words(_ticket_in_plain_words(text)))
    if plain == text:
        return text
    return spaces_tidied(plain)
