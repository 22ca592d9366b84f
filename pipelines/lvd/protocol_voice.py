"""A prompt written as a lab protocol or experiment log, put into plain sentences before reading.

"Trial 6. Specimens: two moving cars. Procedure: record both for the full clip. Expected observation: exactly two cars." names its
things under section labels and numbers its trials. The numbers that label a trial, run, session or take are no counts; a label
before a colon names a part of the record (specimen, procedure, apparatus), never a thing, unless it says when ("Start:",
"Midpoint:", "t = 0 s:"), which is a time (clock times "t = 0 s ... t = 6 s" are the start, the middle and the end); a label that
lists a route ("Waypoints:", "Route:") introduces the legs of one path; and a closing "Expected observation:" that only restates
things already named adds nothing (read again, it would name them twice). A label naming where a journey starts, passes or ends
("From:", "Point of origin:", "Via:", "Final destination:", an itinerary's "Departure:", "Transfer:", "Arrival:") before a place
is where the thing is then; a route's label may carry an aside ("Path of travel, as drawn:"); a count may have a label of its own
before the label naming its things ("Number: three. Type: parked cars."); and a record's sentence may leave out its subject
("Visible in the first half.", "Appears in the second half"): it is the last thing named before it, unless it names its own after
a comma or colon ("Visible in the upper left, a bird flies ..."). A record that tells a route (a route's label over a side, or a
route said bare) before the one field naming its thing ("Direction of movement: A to B. Subject: a cat, running.") is read with
that field first, its doing a describing word ("a running cat"), a crossing it tells with no way going the route's
way ("Direction: right to left. Subject: a cat running across the frame."), and an itinerary's "Traveller:" or
"Passenger:" is such a field;
a thing named in the route only by its side ("Departure: right of the dog.") is a place it goes by, never that field's rival; a
route's label after a view set off by a comma ("Overhead view, seen from above, route as follows:") heads the route, the view a
sentence of its own; and a state heading over its thing tied to a moment of the clip ("Absent in the first half: any cat.") says
the thing's state then, where one tied to a place or a purpose ("Hidden under the table:", "Gone fishing:") says none. A label
saying where the picture is taken from, "Aerial shot:", "Shot from directly above:", is the view from above; a bare "Above:" is
the frame's upper part, no view.
"""

from __future__ import annotations

import functools
import re

from .object_classes import FIXED_MOBILITIES, names_a_thing, names_a_thing_drawn, noun_class
from .route_clauses import corner_pattern
from .vocabulary import COLORS, RELATIVE_PRONOUNS, THING_FIELD_LABELS, WORD_RE, says_a_view_from_above

# Nouns that name a part of a record or a study, never a thing in the scene; a number after one is its label.
RECORD_NOUNS = (r"trials?|runs?|takes?|sessions?|experiments?|observations?|tests?|cases?|samples?|entry|entries|episodes?|"
                r"figures?|fig|scenes?|shots?|clips?|attempts?|rounds?|exhibits?|items?|phases?|conditions?|intervals?|"
                r"setups?|set-ups?|sheets?|logs?|protocols?|studies|study|reports?|notes?|records?|recordings?|specimens?|"
                r"subjects?|procedures?|apparatus|methods?|durations?|references?|results?|outcomes?|expected|aims?|goals?|"
                r"days?|parts?|sequences?|versions?|variants?|plates?|panels?")
_NUMBER = r"(?:\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-d])"
# "Trial 6.", "session two,", "run #8:", "interval a (": a record noun with its number, before punctuation
LABEL_NUMBER_RE = re.compile(r"\b(?:" + RECORD_NOUNS + r")\s*(?:no\.?\s*|#)?" + _NUMBER + r"(?=\s*(?:[.,:;)(]|$))")
_RECORD_NOUN_RE = re.compile(RECORD_NOUNS)
# The record nouns that tell a numbered label is there (not "scene" or "clip": every prompt has those, unnumbered)
_LABEL_WORDS = frozenset("trial trials run take session experiment observation test sample entry episode figure fig attempt "
                         "round exhibit phase condition interval setup sheet log protocol study report record specimen subject "
                         "procedure apparatus method version variant plate panel".split())
# a word and a number after it, before punctuation: the shape of a label ("trial 6.")
_NUMBERED_RE = re.compile(r"\b([a-z]++)\s*+(?:no\.?\s*|#)?" + _NUMBER + r"(?=\s*(?:[.,:;)(]|$))")
# "t = 0 s", "t=0", "at t = 0 s": the first moment of the recording
CLOCK_RE = re.compile(r"\bt ?= ?(\d+(?:\.\d+)?) ?(?:s|sec|secs|seconds)?\b")
# A heading before a colon at the start of a sentence: "specimens:", "expected observation:", "position at the start:"
SECTION_RE = re.compile(r"(^|[.;!?)] |\) )((?:[a-z0-9%()=-]+ ){0,5}?[a-z0-9%()=-]+)\s*:\s*")
# A clause that is only the record's heading: "observation log", "field log", "aviary protocol"
HEADING_RE = re.compile(r"(^|[.;!?] )(?:[a-z-]+ ){0,2}(?:logs?|protocols?|notes|reports?|records?|stud(?:y|ies)|experiments?|"
                        r"trials?"
                        r"|sessions?|observations?)(?=\s*[.,;])[.,;]?")
_ROUTE_LABELS = frozenset("waypoints checkpoints route path positions points stops corners itinerary course order sequence "
                          "trajectory"
                          .split())
_START_WORDS = ("start", "beginning", "begin", "outset", "initial", "initially", "first")
# "Origin:", "Point of origin:", "Via:", "Final destination:": a label naming where a journey starts, passes or ends,
# said before a place, is where the thing is then ("From:" and "To:" alone are the same)
_ROUTE_START_NOUNS = frozenset("origin departure entry entrance source embarkation pickup from".split())
_ROUTE_MIDDLE_NOUNS = frozenset("via stopover layover waypoint transfer connection change changeover".split())
_ROUTE_END_NOUNS = frozenset("destination arrival terminus dropoff drop-off to".split())
# "right side of the frame.", "the far left.", "upper right corner.", "right of the dog.": a journey label's place,
# where "left unattended" or "right after dawn" is a doing or a moment said after the label, no place
_SIDE_AS_A_PLACE = r"(?:left|right)(?:[- ]hand)?(?=[.;,!?]| (?:side|corner|edge|half|of|part|end|third)\b|$)"
JOURNEY_PLACE = (rf"(?:the )?(?:(?:far|upper|lower|top|bottom)[ -])?{_SIDE_AS_A_PLACE}"
                 r"|(?:the )?(?:upper|lower|top|bottom) (?:edge|half|part)\b"
                 r"|(?:the )?(?:centre|center|middle) of the (?:frame|picture|screen|image|shot)\b")
_JOURNEY_PLACE_RE = re.compile(JOURNEY_PLACE)
# "Arrival point:", "Transfer location:": the journey's moment said with a word for its place
_JOURNEY_POINT_NOUNS = frozenset(("point", "place", "location", "spot"))
_MIDDLE_WORDS = ("midpoint", "middle", "halfway", "midway", "mid")
_END_WORDS = ("end", "finish", "final", "finally", "last", "close")
_PLACE_START_RE = re.compile(r"(?:the )?(?:lower|upper|top|bottom|left|right|centre|center|middle)\b|(?:the )?(?:left|"
                             r"right) of\b")
_TIME_LABEL_WORDS = frozenset(("in", "position", "positions", "location", "place", "at", "the", "of", "to", "from",
                               "until", "recording",
                               "clip", "video", "interval", "a", "b", "first", "second", "1st", "2nd", "half", "then", "next",
                               "after", "afterwards", "point", "time", *_START_WORDS, *_MIDDLE_WORDS, *_END_WORDS))
# "Specimen: one flying bird.", "Item: dog route.", "Item: ball and dog.", "Mover: cat.": a heading that names the
# record's things and nothing more; an agenda's "Agenda item: the car's route, seen from above." or "Agenda item:
# birds, revisited." too, whose aside after a comma is said on its own
DECLARATION_RE = re.compile(r"(^|[.;!?] )(?:specimen|subject|apparatus|mover|(?:agenda )?item) ?: ?(?P<phrase>"
                            r"(?:(?:a|an|one|a single|the) )?(?:[a-z-]+ ){0,3}?(?P<noun>[a-z]+)(?:'s [a-z]+)?)"
                            r"(?:, (?P<aside>[a-z]+(?: [a-z]+){0,3}))? ?\.")
# "Ball and dog. Finding: ...": the same, as a title opening the record once its label has gone, "The dog and the
# car.", "The car's route, seen from above." ("the car's": the thing whose route, walk or direction it is)
TITLE_RE = re.compile(r"^()(?P<phrase>(?:the )?[a-z-]+(?:'s [a-z]+)?(?: (?:the )?[a-z-]+){0,3})"
                      r"(?:, (?P<aside>[a-z]+(?: [a-z]+){0,3}))? ?\.")
_CLAUSE_OPENERS = RELATIVE_PRONOUNS | {"where", "while", "and", "but", "as"}
# ("It was agreed on one ball": an impersonal "it" of a decision taken is no pronoun for the thing)
_PRONOUN_OR_ROUTE_RE = re.compile(r"\b(?:it\b(?! (?:was|is|has been) (?:agreed|noted|resolved|decided|minuted|recorded|"
                                  r"proposed)\b)|its\b)|\b(?:route|waypoints?|positions?|path|stops|corners|start|end|finish"
                                  r"|midpoint"
                                  r"|middle|then)\b[^.:]{0,20}:")
# "Path of travel, as drawn:", "Path, in brief:": a route's label with an aside before its colon; the aside is
# said first, so the label heads the route as it does alone
ROUTE_LABEL_ASIDE_RE = re.compile(r"(^|[.;!?] )((?:route|path|course|itinerary|trajectory|waypoints)(?: of [a-z]+)?), "
                                  r"((?:[a-z-]+ ){0,4}[a-z-]+) ?:")
# "Overhead view, seen from above, route as follows:", "Bird's-eye view, the course as logged:": a route's label said
# after the view, set off by a comma; the view is a sentence of its own and the label heads the route (a label naming
# its thing, "route of a red car", is left whole: that thing's route)
VIEW_BEFORE_ROUTE_LABEL_RE = re.compile(r", (?:the )?(?:route|path|course|itinerary|trajectory|waypoints)\b"
                                        r"(?P<label>[^.;!?:,]{0,30}):")
# "Number: three. Type: parked cars.": a count given its own label before the label naming what it counts
# ("Number: 4. Name: Rex the dog.": a number before a name is the thing's own number, not a count)
COUNT_FIRST_RE = re.compile(r"(^|[.;!?] )(?:quantity|number|count|amount|total|qty|headcount) ?: ?(" + _NUMBER
                            + r"|\d+) ?[.;] (?!(?:nick)?names?\b|called\b|id\b|title\b|tag\b)"
                            r"(?:[a-z-]+ ){0,2}?[a-z-]+ ?: ?(?P<phrase>(?:[a-z-]+ ){0,2}?[a-z]+)(?= ?[.;,])")
# "the first half", "the midpoint", "the start of the clip": a moment of the clip a state heading is tied to
_CLIP_MOMENT = (r"(?:the )?(?:(?:(?:first|second|last|final|opening|closing|early|late|latter) )?(?:half|part|third"
                r"|quarter|seconds?|moments?|frames?)|start|beginning|end|midpoint|middle|halfway(?: point| mark)?)"
                r"(?: of (?:the )?(?:clip|video|scene|shot|film))?")
# "Absent in the first half: any cat.", "In view from the midpoint on: a dog, trotting.": a state heading over the thing
# it is said of, a noun phrase up to its first comma; the heading ties the state to a moment of the clip, since a
# place or a purpose ("Hidden under the table:", "Gone fishing:", "Off screen to the left:") says no presence
STATE_HEADING_RE = re.compile(r"(^|[.;!?] )(?P<state>(?P<not>not |never )?(?:present|visible|in view|on screen"
                              r"|(?P<gone>absent|invisible|missing|hidden|gone|out of view|off screen)))"
                              r"(?P<when> (?:(?:in|during|for|from|until|till|after|before|at|through|throughout|by"
                              r"|since|past|up to) " + _CLIP_MOMENT
                              + r"(?: (?:on|onwards?|forward)| (?:to|until|till) " + _CLIP_MOMENT + r")?"
                              r"|at first|later(?: on)?|throughout|all along|to begin with|after that|from then on))"
                              r" ?: ?(?P<article>(?:a|an|one|any|the|no) )"
                              r"(?P<thing>(?:[a-z'-]+ ){0,3}[a-z'-]+)(?=\s*(?:[.;!?,]|$))")
# "Visible in the first half.", "Not present at the start.", "Appears in the second half": a record's sentence
# about the thing its heading names, the subject left out
ELIDED_STATE_RE = re.compile(r"(^|[.;!?] )((?:not )?(?:present|absent|visible|invisible|in view|out of view))"
                             r"\b(?! ?:)")
ELIDED_VERB_RE = re.compile(r"(^|[.;!?] )(appears|enters|exits|disappears|vanishes|reappears|remains|stays|arrives"
                            r"|returns)(?= (?:in|during|at|from|for|until|till|after|before|by|halfway|midway|later"
                            r"|only|again)\b)")
# ": a red ball.", ", a bird flies ...": a sentence naming its own thing after a break, so nothing was left out
_THING_AFTER_A_BREAK_RE = re.compile(r"(?: ?[:;] | [—–-]+ |, )(?P<thing>(?:a|an|one|the)(?: [a-z-]+){1,3})")
# "Departure: right of the dog.", "Arrival: to the left of a red box.": a field that is only a side of another thing, a
# place the route goes by and never its mover ("left to right of the bench" names the bench as no field's whole value)
LANDMARK_SIDE_RE = re.compile(r"(?<=: )(?:to the )?(?:left|right) of (?:the |a |an )?(?:[a-z-]+ ){0,2}[a-z-]+"
                              r"(?=\s*(?:[.;,!?]|$))")
# "Direction of movement: right side to left side. Subject: a cat, running.": the field naming the record's thing,
# said after the fields of a route that names none; a time's or a place's label ("Second half: a cat.") is no such field
LATE_THING_FIELD_RE = re.compile(r"[.;!?] (?:" + "|".join(THING_FIELD_LABELS) + r")s? ?: ?"
                                 r"(?P<said>(?P<thing>[^.;!?:,]*[a-z])"
                                 r"(?:, (?P<doing>[a-z]+ing))?)[.!]?")
# "Scene: a train station.", "Setting: a busy harbour.": a record's fields saying where it all is, opening it; what they
# name is the place, never the thing a route after them is of
LEADING_SETTING_FIELDS_RE = re.compile(r"^(?:(?:scene|setting|location|place|venue|backdrop|background|environment)"
                                       r" ?: ?[^.;!?:]*[.;!?] )+")
# "Direction: left to right.", "Observed course: upper left corner, lower left corner.", "From: left.": a field whose
# label says a route and whose value goes by a side; a placement ("Placement: left side."), an empty side ("Left half:
# empty.") or a wind ("Wind: blowing left to right.") is no route
ROUTE_FIELD_RE = re.compile(r"(?:^|[.;!?] )(?P<label>[^.;!?:]{1,60}?) ?: ?(?P<value>[^.;!?:]*)")
_ROUTE_LABEL_RE = re.compile(r"\b(?:route|path|course|trajectory|itinerary|track|direction|heading|movement|motion"
                             r"|travel|waypoints?)\b|^(?:from|to|start|end|origin|destination)$")
_ROUTE_VALUE_RE = re.compile(r"\b(?:left|right|top|bottom|upper|lower)(?:wards?)?\b")
_SIDE = r"(?:the )?(?:(?:far|very|upper|lower|top|bottom) )?(?:left|right|top|bottom|upper|lower)(?:[ -][a-z'-]+){0,4}?"
_CORNER = corner_pattern(noun="required", hyphen=False)
# "left to right.", "viewed from above: from the right edge to the left edge, then ...", "upper left corner, lower left
# corner": a route said bare, its label gone with the record's headings
BARE_ROUTE_RE = re.compile(r"(?:^|[.;!?:] )(?:(?:from )?" + _SIDE + r" (?:to|towards?|into) " + _SIDE + r"(?=[.;!?,]|$)"
                           r"|" + _CORNER + r"(?:,? (?:then |and )?(?:on )?(?:to )?" + _CORNER + r")+)")
# "Direction of travel: right to left.", "right to left;": a record's one route field, its value a way from a side to a
# side, or that way said bare once its label went with the headings
ONE_WAY_FIELD_RE = re.compile(r"(?:(?P<label>[^.;!?:]{1,60}?) ?: ?)?(?P<value>(?:from )?" + _SIDE + r" (?:to|towards?) "
                              + _SIDE + r")[.;!]?")
_ACROSS_RE = re.compile(r"\bacross\b")
_SIDEWAYS_RE = re.compile(r"\b(?:left|right)")
_STILL_VALUE_RE = re.compile(r"\b(?:none|nothing|still|stationary|static|stays?|staying)\b")
# "Expected observation:", "Result:", "Outcome:": a closing heading over what the log expects to see
RESTATEMENT_RE = re.compile(r"\b(?:expected|expectations?|results?|outcomes?|conclusions?|summary|observed|"
                            r"observations?|"
                            r"verdict)(?: [a-z]+)? ?:")
# "two more cats", "another dog", "an extra ball": things added to those named, never the same ones said again
_ADDED_RE = re.compile(r"(?<!nothing )(?<!no )(?<!not )\bmore\b|\b(?:another|extra|additional|also)\b")
_COUNTING_WORDS = frozenset(
    "a an the one two three four five six seven eight nine ten no some its their his her this that".split())
# "exactly four cars", "a single ball" in a restatement: the things already counted
_COUNT_RE = re.compile(r"\b(?:exactly |precisely |only |just )?(?:a single|an|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"\d+)\b"
                       r"(?= (?:[a-z-]+ ){0,2}?[a-z]+\b)")
# "cat present", "dog absent", "dog not present": the log's state words, said without their verb
STATE_RE = re.compile(r"\b(?<!is )(?<!are )(?<!be )((?:not )?(?:present|absent))(?=\s*(?:[.,;!?]|$))")
# "both stationary", "all present": a state of the things named, said without its verb
GROUP_STATE_RE = re.compile(r"\b(both|all|they|each)\s+(present|absent|stationary|still|visible|motionless|static|parked|idle|"
                            r"in view)\b")
# "observe for 10 s": seconds written as a letter, never ten things
SECONDS_RE = re.compile(r"\b(\d+(?:\.\d+)?) ?s\b")
# Words by which a restatement says more than what is there: a side, a time, a move, an arrival or a leaving.
_SAYS_MORE_RE = re.compile(r"\b(?:left|right|top|bottom|upper|lower|half|midpoint|middle|halfway|start|end|then|after|before|"
                           r"until|enters?|leaves?|left|exits?|appears?|disappears?|moves?|cross\w*|travel\w*|goes|visits?|"
                           r"absent|present|only|gone|removed|arrives?|t ?= ?\d)\b")


def _clock_times_in_words(text: str) -> str:
    """"t = 0 s", "t = 4 s", "t = 8 s": the first said time is the start and the last the end, any other the
    midpoint (the log gives no clip length to place them more finely); a lone later time is "later"."""
    said = sorted({float(m.group(1)) for m in CLOCK_RE.finditer(text)})

    def in_words(match: re.Match) -> str:
        value = float(match.group(1))
        if value == 0 or (len(said) > 1 and value == said[0]):
            return "the start"
        if len(said) == 1:
            return "later"
        return "the end" if value == said[-1] else "the midpoint"

    text = CLOCK_RE.sub(in_words, text)
    # "at the start, the dog at lower left": where the thing is then, said without its verb
    return re.sub(r"\b((?:at )?the (?:start|midpoint|end)\s*[:,]\s*(?:the )?[a-z]+) (at|on|in) (?=(?:the )?(?:lower|upper|top|"
                  r"bottom|"
                  r"left|right|middle|centre|center)\b)", r"\1 is \2 ", text)


def _time_of_label(label: str) -> str | None:
    """The time a heading says ("start", "midpoint", "midpoint to end", "first half"), in the reader's words."""
    words = label.replace("(", " ").replace(")", " ").split()
    if "half" in words or "%" in label:
        return "in the first half" if any(w in ("first", "1st") or w.startswith("first") for w in words) else "in the second half"
    if any(w in _MIDDLE_WORDS for w in words) and any(w in _END_WORDS for w in words):
        return "in the second half"
    if any(w in _START_WORDS for w in words) and any(w in _MIDDLE_WORDS for w in words):
        return "in the first half"
    if any(w in _END_WORDS for w in words):
        return "at the end"
    if any(w in _MIDDLE_WORDS for w in words):
        return "at the midpoint"
    if any(w in _START_WORDS for w in words) or "the start" in label:
        return "at the start"
    if words and words[0] in ("then", "next", "after", "afterwards"):
        return "then"
    return None


def _time_of_route_place(words: list[str]) -> str | None:
    """"Point of origin", "final destination", "via": the moment of the journey a place label names, if it names one."""
    if set(words) & _ROUTE_END_NOUNS:
        return "at the end"
    if set(words) & _ROUTE_START_NOUNS:
        return "at the start"
    return "at the midpoint" if set(words) & _ROUTE_MIDDLE_NOUNS else None


def _journey_moment_heading(label: str) -> str | None:
    """"Arrival:", "Point of departure:", "Arrival point:" head a journey's moment; "Arrival hall:", "Departure gate:"
    name a place of their own, whose side says where that place is and moves nothing."""
    words = label.split()
    while len(words) > 1 and words[-1] in _JOURNEY_POINT_NOUNS:
        words.pop()
    return _time_of_route_place(words[-1:])


def labels_a_journey_place(label: str, following: str) -> bool:
    """Whether ``label`` ("departure", "point of origin", "transfer") names where a journey starts, passes or ends and
    ``following``, the words after its colon, a place: the journey's place then, never a record's heading."""
    return _journey_moment_heading(label) is not None and _JOURNEY_PLACE_RE.match(following) is not None


def _names_a_mover(text: str) -> bool:
    """"observation window": a heading may name a still thing; only a thing that can move makes it a description."""
    return any((found := noun_class(word)) is not None and found[1].mobility not in FIXED_MOBILITIES
               for word in WORD_RE.findall(text))


def _first_thing_end(text: str) -> int:
    """Where the first word naming a thing ends (past the text's end when none does): one scan answers, for every
    match, whether a thing is named before it, where asking of each match's prefix would be quadratic."""
    return next((word.end() for word in WORD_RE.finditer(text) if noun_class(word.group(0)) is not None),
                len(text) + 1)


def _section(match: re.Match, text: str, thing_end: int) -> str:
    """A heading before a colon, said as what it is: a time, the legs of a route, a part of the record, or a thing."""
    lead, label = match.group(1), match.group(2)
    if _names_a_mover(label) and not any(w in label for w in ("camera", "view")):
        return match.group(0)  # "a dog: brown, walking": the thing itself, described after the colon
    words = label.replace("(", " ").replace(")", " ").split()
    when = _time_of_label(label) if all(w in _TIME_LABEL_WORDS or w.rstrip("%").isdigit() for w in words) else None
    following = text[match.end():match.end() + 40]
    if when is None and _PLACE_START_RE.match(following):
        when = _time_of_route_place(words)
    if when is not None and thing_end > match.start():
        return match.group(0)  # "Start: bottom-right. ... Object: a crow.": the route comes before its thing; read as it is
    if when is not None and _PLACE_START_RE.match(following):
        return f"{lead}{when} it is {_place_preposition(following)}"  # "End: left side.": where it is then
    if when is not None:
        return f"{lead}{when}, {_determiner(following, 'the')}"  # "Second half: car absent.": the car named before
    if set(words) & _COUNTING_WORDS:
        return match.group(0)  # "path of a motorbike:": the label names its own thing
    if says_a_view_from_above(" ".join(words)):
        return f"{lead}seen from above. "  # "Aerial shot:", "Shot from directly above:": the view, no record's part
    if words and words[0] in _ROUTE_LABELS:
        return f"{lead}it goes: "  # "Waypoints in order: lower left, upper left, ...": the legs of one path
    if words and any(re.fullmatch(RECORD_NOUNS, word) for word in words) and not _names_a_mover(label):
        if words[-1].endswith("s") and not words[-1].endswith("us"):
            return f"{lead}subjects: "  # "Specimens: deer. Number: three.": a plural heading, in the words the reader counts by
        # "Specimen: walking dog.", "Procedure:": a part of the record, not a thing; a bare one thing is the one the log speaks of
        return f"{lead}{_determiner(following, 'the')}"
    return match.group(0)


def _aside_before_route_label(match: re.Match) -> str:
    if _names_a_mover(match.group(3)):
        return match.group(0)  # "route of travel, a dog:": the thing itself
    return f"{match.group(1)}{match.group(3)}. {match.group(2)}:"


def _route_label_after_a_view(match: re.Match) -> str:
    """"overhead view, route as follows:" as "overhead view. it goes:", so the view is no thing's and the route heads
    what follows; a view or a label naming a thing ("route of a red car") is left whole, its thing the mover."""
    view = match.string[max(match.string.rfind(stop, 0, match.start()) for stop in ".;!?") + 1:match.start()]
    if not says_a_view_from_above(view) or names_a_thing_drawn(view) or names_a_thing_drawn(match["label"]):
        return match.group(0)
    return ". it goes:"


def _count_before_its_things(match: re.Match) -> str:
    """The count said with the things its next label names, when they are things and carry no count of their own."""
    phrase = match.group("phrase")
    words = phrase.split()
    if words[0] in _COUNTING_WORDS or not names_a_thing(phrase):
        return match.group(0)
    return f"{match.group(1)}{match.group(2)} {phrase}"


def state_headings_said(text: str) -> str:
    """``text`` (lower case) with each state heading said of its thing: "no cat in the first half" for an absence, so a
    thing brought in later is the one missing before, and "a dog is present in the second half" for a presence."""
    def state_said_of_its_thing(match: re.Match) -> str:
        if not names_a_thing(match["thing"]):
            return match.group(0)
        if bool(match["not"]) != bool(match["gone"]):
            return f"{match[1]}no {match['thing']}{match['when']}"
        return f"{match[1]}{match['article']}{match['thing']} is {match['state']}{match['when']}"

    return STATE_HEADING_RE.sub(state_said_of_its_thing, text)


def _tells_a_route(fields: str) -> bool:
    """Whether a record's ``fields`` tell a route, so a thing named after them is its mover: a route's label over a
    value going by a side, or a route said bare; a side alone is a place, which moves nothing, and a place said beside
    a route ("Position: left side. Direction: left to right.") leaves the record as it stands."""
    def is_route(field: re.Match) -> bool:
        label = field["label"].strip()
        return BARE_ROUTE_RE.match(field["value"]) is not None or (
            (_ROUTE_LABEL_RE.search(label) is not None or _journey_moment_heading(label) is not None)
            and not _STILL_VALUE_RE.search(field["value"]))

    sided = [field for field in ROUTE_FIELD_RE.finditer(fields) if _ROUTE_VALUE_RE.search(field["value"])]
    if not all(is_route(field) for field in sided):
        return False
    return bool(sided) or BARE_ROUTE_RE.search(fields) is not None


def _wayless_crossing(thing: str) -> bool:
    """Whether ``thing``'s field tells a crossing with no way of its own: "a cat running across the frame"."""
    return _ACROSS_RE.search(thing) is not None and _SIDEWAYS_RE.search(thing) is None


def _thing_field_first(text: str) -> str:
    """A record telling a route before the field that names its thing, read with that field first, so the route is
    the thing's, as "Subject: a cat. Route: ..." would say; a doing set off after it ("a cat, running") describes it
    ("a running cat"), no move of its own before the route; a crossing it tells with no way ("a cat running across the
    frame") goes the way of the route's one field, said right after it ("..., right to left.")."""
    match = LATE_THING_FIELD_RE.search(text)
    if match is None or not _tells_a_route(text[:match.start() + 1]):
        return text
    setting = LEADING_SETTING_FIELDS_RE.match(text)
    lead = setting.end() if setting is not None and setting.end() <= match.start() + 1 else 0
    if names_a_thing_drawn(LANDMARK_SIDE_RE.sub("", text[lead:match.start()])):
        return text  # a thing named before is the one the route is of; one named by its side ("left of the dog") is not
    if LATE_THING_FIELD_RE.search(text, match.end() - 1) is not None:
        return text  # of several things, the route names none: read as it stands
    thing = match["thing"]
    if not (names_a_thing(thing) or thing.startswith(("a ", "an ", "one "))):
        return text
    if match["doing"] and " " in thing:
        said, noun = thing.rsplit(" ", 1)
        thing = f"{said} {match['doing']} {noun}"
    elif match["doing"]:
        thing = match["said"]
    way = ONE_WAY_FIELD_RE.fullmatch(text[lead:match.start() + 1].strip())
    if way is not None and (way["label"] is None or _ROUTE_LABEL_RE.search(way["label"])) and _wayless_crossing(thing):
        return f"{text[:lead]}{thing}, {way['value']}.{text[match.end():]}"  # the crossing's way is the route's
    return f"{text[:lead]}{thing}. {text[lead:match.start() + 1]}{text[match.end():]}"


def _with_elided_subjects(text: str, thing_end: int) -> str:
    """A sentence opening on a state or a verb of coming and going speaks of the thing named before it: "it",
    unless it names its own thing after a comma or colon ("Visible in the upper left, a bird flies ...")."""

    def names_its_own_thing(match: re.Match) -> bool:
        end = next((at for at in map(text.find, ".!?", [match.end()] * 3) if at >= 0), len(text))
        sentence_rest = text[match.end():end + 1]
        return any(names_a_thing(said["thing"]) for said in _THING_AFTER_A_BREAK_RE.finditer(sentence_rest))

    def state(match: re.Match) -> str:
        if thing_end > match.start() or names_its_own_thing(match):
            return match.group(0)
        return f"{match.group(1)}it is {match.group(2)}"

    text = ELIDED_STATE_RE.sub(state, text)
    thing_end = _first_thing_end(text)

    def verb(match: re.Match) -> str:
        if thing_end > match.start() or names_its_own_thing(match):
            return match.group(0)
        return f"{match.group(1)}it {match.group(2)}"

    return ELIDED_VERB_RE.sub(verb, text)


def _determiner(following: str, article: str) -> str:
    """"walking dog." said bare, as a log writes it: the article a sentence would have (none when one is there)."""
    for word in WORD_RE.findall(following.split(".", 1)[0].split(",", 1)[0])[:3]:
        found = noun_class(word)
        if found is not None:  # "birds": a plural said bare is as many as it says elsewhere; no article
            return f"{article} " if found[1].mobility not in FIXED_MOBILITIES and found[0] == word else ""
        if word in _COUNTING_WORDS:
            return ""
    return ""


def _place_preposition(following: str) -> str:
    if re.match(r"(?:left|right) of\b", following):
        return "to the "
    if re.match(r"(?:the )?(?:left|right) side\b", following):
        return "on " if following.startswith("the ") else "on the "
    return "at " if following.startswith("the ") else "at the "


def _without_restatement(text: str) -> str:
    """A closing "Expected observation: ..." (or a poster's "Observation: ...") whose things were all named before it is
    dropped, unless it adds more of them ("two more cats"); one that says
    more (a side, a time, a move) is kept, its counts turned into "the" so it speaks of the things named."""
    start = 0
    while (match := RESTATEMENT_RE.search(text, start)) is not None:
        colon, end = match.end(), text.find(".", match.end())
        end = len(text) if end < 0 else end + 1
        start = colon
        if not any(noun_class(w) is not None for w in WORD_RE.findall(text[:match.start()])):
            continue  # "Expected outcome: two dogs ..." with no thing named before: the scene itself, not a restatement
        if _SAYS_MORE_RE.search(text, colon, end):
            text = text[:colon] + _COUNT_RE.sub("the", text[colon:end]) + text[end:]
            continue  # "Expected observation: the car moves from the left side ...": it says how, so it is read
        said = {noun_class(w)[0] for w in WORD_RE.findall(text[colon:end]) if noun_class(w) is not None}
        before = {noun_class(w)[0] for w in WORD_RE.findall(text[:match.start()]) if noun_class(w) is not None}
        if _ADDED_RE.search(text, colon, end):
            continue  # "Observation: two more cats sit beside them.": more of them, no restatement
        if before and said <= before:
            text, start = text[:match.start()] + text[end:], match.start()
    return text


def _without_repeated_cast(text: str) -> str:
    """"Specimen: moving car. ... no car in view; then the car enters", "Item: ball and dog. ... a ball rolls past the
    dog": a heading whose things the record names again (as "a moving car", "the car" or "no car") is those things
    introduced twice; the later sentences say what they do and when they are seen."""
    record, told_ends, mentions = text, _FirstMatch(_PRONOUN_OR_ROUTE_RE, text), {}
    for match in [*TITLE_RE.finditer(text), *DECLARATION_RE.finditer(text)]:
        topic = re.search(r"'s ([a-z]+)", match.group("phrase"))  # "the dog's walk": a topic of the dog's
        words = match.group("phrase").replace("'s ", " ").split()
        named = (words if match.re is DECLARATION_RE else ())  # "Item: dogs.": a declared plural names its things too
        things = [found[0] for word in words if (found := noun_class(word)) is not None
                  and (found[0] == word or word in named and found[0] == word[:-1])]
        aside = match.groupdict().get("aside")
        if not things or any(word in COLORS for word in words) or aside and aside.split()[0] in _CLAUSE_OPENERS:
            continue  # "The ball, which stays still.": a clause told of the thing, no title's aside
        if match.re is TITLE_RE and not all(word in things or word in ("and", "the") or word in _ROUTE_LABELS
                                            or _RECORD_NOUN_RE.fullmatch(word) or topic and word == topic.group(1)
                                            for word in words):
            continue  # "Cat sleeps.": a sentence, not a title
        told_end = told_ends.first_at_or_after(match.end())  # "Subject: cat. Route: ...": the route speaks of it
        limit = told_end.start() if told_end else len(record)
        if all(mentions.setdefault(thing, _FirstMatch(_mention_re(thing), record, limit)).first_at_or_after(
                match.end(), limit) for thing in things):
            text = text.replace(match.group(0), match.group(1) + (f"{aside}." if aside else ""), 1)
    return text.lstrip()


@functools.lru_cache(maxsize=None)
def _mention_re(thing: str) -> re.Pattern[str]:
    """"the car", "no car", "a moving car", "two cars": the record naming ``thing`` again."""
    return re.compile(rf"\b(?:no|the|a|an|{_NUMBER})(?: [a-z-]+){{0,2}}? {thing}(?:e?s)?\b")


class _FirstMatch:
    """The leftmost match of a pattern at or after a position, remembered between positions: a record of many
    headings asks from each heading's end, and searching each time from there to the record's end is quadratic.
    A remembered match answers every later position up to its start; one found missing, every later position."""

    def __init__(self, pattern: re.Pattern[str], text: str, limit: int | None = None) -> None:
        self.pattern, self.text, self.limit = pattern, text, len(text) if limit is None else limit
        self.searched_from, self.found = -1, None

    def first_at_or_after(self, position: int, limit: int | None = None) -> re.Match[str] | None:
        limit = self.limit if limit is None else limit
        remembered = self.searched_from >= 0 and limit == self.limit and self.searched_from <= position
        if not (remembered and (self.found is None or position <= self.found.start())):
            # each position follows a heading's closing full stop, so "\b" reads there as at a slice's start
            self.searched_from, self.limit = position, limit
            self.found = self.pattern.search(self.text, position, limit)
        return self.found


def looks_like_protocol(words: set[str], text: str) -> bool:
    """Whether the prompt has a section heading, a clock time or a numbered trial (most prompts have none)."""
    if ":" in text or "t =" in text or "t=" in text:
        return True
    if ". " in text and (ELIDED_STATE_RE.search(text, 1) or ELIDED_VERB_RE.search(text, 1)):
        return True  # "Red ball. Visible in the first half.": a record's sentences, their subject left out
    return not words.isdisjoint(_LABEL_WORDS) and any(_RECORD_NOUN_RE.fullmatch(m.group(1)) for m in _NUMBERED_RE.finditer(text))


def protocol_in_plain_words(text: str) -> str:
    """``text`` (lower case) with its record numbers, headings and restatements taken out, times said as times."""
    text = " ".join(LABEL_NUMBER_RE.sub("", text).split())
    if "t =" in text or "t=" in text:
        text = _clock_times_in_words(text)
    text = re.sub(r"\bfrom the start (?:to|until|till) (?:the )?(?:midpoint|middle|halfway(?: point)?)\b",
                  "in the first half", text)
    text = re.sub(r"\bfrom (?:the )?(?:midpoint|middle|halfway(?: point)?) (?:to|until|till) the end\b",
                  "in the second half", text)
    text = _without_restatement(text)
    text = _thing_field_first(text)
    thing_end = _first_thing_end(text)
    if thing_end <= len(text):
        text = _with_elided_subjects(text, thing_end)
    if "specimen" in text or "subject" in text or "apparatus" in text or "item" in text or "mover" in text \
            or TITLE_RE.match(text):
        text = _without_repeated_cast(text)
    if "present" in text or "absent" in text:
        text = STATE_RE.sub(r"is \1", text)
    text = GROUP_STATE_RE.sub(r"\1 are \2", text)
    text = SECONDS_RE.sub(r"\1 seconds", text)
    if ", " in text:
        text = ROUTE_LABEL_ASIDE_RE.sub(_aside_before_route_label, text)
        text = VIEW_BEFORE_ROUTE_LABEL_RE.sub(_route_label_after_a_view, text)
    text = COUNT_FIRST_RE.sub(_count_before_its_things, text)
    thing_end = _first_thing_end(text)
    text = SECTION_RE.sub(lambda m: _section(m, text, thing_end), text)
    text = HEADING_RE.sub(r"\1", text)
    return " ".join(re.sub(r"([.,;])(?:\s*[.,;])+", r"\1", text).split())
