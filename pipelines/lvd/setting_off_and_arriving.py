"""Verbs of setting off, landing, leaving, staying and arriving, said in the plain words the route reading takes.

A route's start and end are often told by the verb alone: phrasal verbs ("kicks off in A", "pops over to B", "pulls up
in C", "takes off from A", "touches down on B"), a traveller's change on the way ("..., transfers at B", "..., changes
at B": a stop there, once a start is told), leaving a place toward a goal ("leaves from A and goes to B", "leaving
the right side of the frame and crossing to the left side", "a car left the lower right corner, drove to ..."), a side
never left ("never left the left side": the thing stays there), and arriving after setting off ("leaves from A,
arriving at B", reaching it) or as the thing's first doing with its own goal after it ("arrives on the left and drives
to the right": it comes into view there). Each first word alone would read as something else, a kick, a camera's
pull, a way out of view or an end, so these are put apart from the route's other phrasings (`route_phrasings`), which
read the plain form they leave.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .route_clauses import HEIGHT as _HEIGHT
from .route_clauses import PLACE as _PLACE
from .route_clauses import SIDE as _SIDE
from .vocabulary import VERB_KINDS

# "kicks off in A", "pops over to B", "pulls up in C": phrasal verbs of setting off, going and stopping, whose
# first word alone would be a kick, an appearance or a camera's pull
_FROM_OR_AT = r"(?= (?:in|at|from|on|by)\b)"
PHRASAL_ROUTE_VERB_RE = re.compile(rf"\b(?:(kick)(s|ed|ing)? off{_FROM_OR_AT}"
                                   r"|(pop)(s|ped|ping)?(?= (?:over|across|along|round|back) to\b)"
                                   rf"|(pull)(s|ed|ing)? up{_FROM_OR_AT})")
_PHRASAL_MEANING = {"kick": ("start", {"": "", "s": "s", "ed": "ed", "ing": "ing"}),
                    "pop": ("mov", {"": "e", "s": "es", "ped": "ed", "ping": "ing"}),
                    "pull": ("stop", {"": "", "s": "s", "ed": "ped", "ing": "ping"})}

# "rolls away, the right side to the left side", "runs off, from the lower left corner to ...": a particle of setting
# off set apart by a comma from the route told right after it is the start of that route, never a way out of view (the
# route bounded to one sentence; "takes off" is a flight's start, read before)
PARTICLE_BEFORE_ROUTE_RE = re.compile(rf" (?:off|away),(?= (?:from )?{_PLACE}\b[^.;!?]{{0,80}}?\bto {_PLACE}\b)")
_NO_SETTING_OFF = frozenset((None, "rest", "zoom"))

# "transfers at B", "changes at B", "changes over in B", "connects at B": a traveller's change on the way, a stop at a
# corner or side of the frame between its start and its end (never "the light changes at the end", a moment, nor
# "transfers the ball to ...", a handing over); only a verb chained after a start said in its sentence ("sets out from
# A, changes at B and ..."); "the picture changes at the left side", "a boy changes in the left corner" say where the
# thing is
CHANGE_ON_THE_WAY_RE = re.compile(r"\b(?:transfer(?P<transfer>s|red|ring)?|change(?P<change>s|d)?|changing"
                                  r"|connect(?P<connect>s|ed|ing)?)(?: (?:over|trains|buses|coaches|planes|lines))?"
                                  rf"(?= (?:at|in|on) {_PLACE}\b)")
# ", changes at B", " and then connects in B": the change chained after the same mover's earlier verb
_CHAINED_VERB_END_RE = re.compile(r"(?:,| and| then|, then|, and then| and then) $")
_ROUTE_BEGUN_RE = re.compile(rf"\b{_PLACE}\b")
# a change said of a thing not on its way ("the traffic light changes on the left side"): where that thing is
_BEING_THERE = {"": "are", "s": "is", "red": "was", "d": "was", "ed": "was"}
_STOPS = {"": "stop", "s": "stops", "red": "stopped", "d": "stopped", "ed": "stopped", "ring": "stopping",
          "ing": "stopping"}


# "takes off from the left", "lifts off and ...", "touches down on the right": a flight's start and its landing, whose
# first word alone would be a taking or a touch ("takes off its hat" takes a thing: no particle of place follows)
TAKE_OFF_RE = re.compile(r"\b(take|takes|took|taken|taking|lift|lifts|lifted|lifting) off"
                         r"(?= (?:in|at|from|on|by|and|then|to|toward|towards|into)\b|\s*[,.;!?]|$)")
_FLIGHT_FORMS = {"take": "fly", "takes": "flies", "took": "flew", "taken": "flown", "taking": "flying",
                 "lift": "fly", "lifts": "flies", "lifted": "flew", "lifting": "flying"}
TOUCH_DOWN_RE = re.compile(r"\btouch(es|ed|ing)? down\b")
_LANDING_FORMS = {None: "land", "es": "lands", "ed": "landed", "ing": "landing"}

# "leaves from A and goes to B": setting off from a place toward a goal said after it, not going out of view ("left"
# is left out: "to the upper left from the lower left" is a side)
LEAVES_FROM_RE = re.compile(rf"\b(leave|leaves|leaving|depart|departs|departed|departing) from (?=(?:the )?{_PLACE}\b"
                            r"[^.;!?]*\b(?:to|into|toward|towards|reach|reaches|reaching|arriv[a-z]+)\b)")
# "leaves the right side and ends up at the left side", "heads for the left, leaving the right behind": a side of the
# frame left, with the next place it goes to said right after ("leaving the right side of the frame and crossing to the
# left side"), or left behind, is where it sets off (never a bare "leaves the right edge of the frame", a way out; a
# timetable's "departs A, calls at B" is read with its stops, and a watcher's bare "I see a squirrel leave A" with the
# seen thing's verb)
LEAVES_A_SIDE_RE = re.compile(rf"\b(leaves|leaving) (?=(?:the )?{_PLACE}\b"
                              r"(?: of (?:the )?(?:frame|screen|shot|picture))?"
                              r"(?: behind\b"
                              rf"|,? (?:and |then |and then )?[a-z]+(?: up| over| across| on)? (?:to|toward|towards|into|on|at|in"
                              rf"|for) (?:the )?{_PLACE}\b))")
BEHIND_AFTER_START_RE = re.compile(rf"(?<=setting off from )((?:the )?{_PLACE}) behind\b")
# "a car left the lower right corner, drove to ...": the past of leaving, said right after its thing and before a corner,
# side or edge of the frame, is setting off from there (never "moves left the whole time", a way)
LEFT_A_PLACE_RE = re.compile(rf"\b(?P<thing>[a-z]+) left (?=the (?:{_HEIGHT}[ -])?{_SIDE} (?:corner|side|edge)\b)")
# "the car never left the left side", "a cat won't leave the lower right corner": where it stays, never a way or a start
NEVER_LEFT_RE = re.compile(r"\b(?:never(?: really| once| ever)?|(?P<aux>did|does|do|will|wo|would|could|can|has|have"
                           r"|had)(?: not|n't|n’t)(?: really| once| ever)?) (?:leave|leaves|left) "
                           rf"(?P<place>{_PLACE}(?: half)?(?: of the (?:frame|screen|picture|shot))?)")
# one tense for staying, the present the reader takes ("never left" is "stays"); "will" keeps its future, and "do",
# "have" their plural subject
_STAYS = {"will": "will stay", "wo": "will stay", "do": "stay", "have": "stay"}


def _stays_on_the_side(match: re.Match) -> str:
    """The side never left said as where the thing stays: "never left the left side" as "stays on the left side"."""
    place = match["place"] if match["place"].startswith("the ") else "the " + match["place"]
    return f"{_STAYS.get(match['aux'], 'stays')} {'on' if place.endswith(('side', 'edge')) else 'in'} {place}"


_SETTING_OFF = {"leave": "set", "leaves": "sets", "leaving": "setting", "depart": "set", "departs": "sets",
                "departed": "set", "departing": "setting"}
# "moves from A, arriving first at B and later at C": arriving at a place after setting off from another is reaching it;
# "arrives on the left and drives to the right": arriving with no setting off before it, and a goal after it, is coming
# into view there, where the move starts
ARRIVING_RE = re.compile(rf"\barriv(e|es|ed|ing) (?:(first|then|later|next|finally) )?(at|in|on) (?={_PLACE}\b)")
_REACHING = {"e": "reach", "es": "reaches", "ed": "reached", "ing": "reaching"}
_ENTERING = {"e": "enter", "es": "enters", "ed": "entered", "ing": "entering"}
_GOAL_AFTER_RE = re.compile(rf"\b(?:to|toward|towards|into) {_PLACE}\b")
# "runs and arrives on the left", "then arrives": an arrival after another doing of the same thing is where it ends
_LATER_STEP_BEFORE_RE = re.compile(r"\b(?:and|then|before|finally|later|eventually|until it|till it) $")
# "..., and then a bus drives to the right", "... with a bus heading right", "while a bird flies": another thing brought
# in between an arrival and a goal owns that goal
_ANOTHER_SUBJECT_RE = re.compile(r"(?:\b(?:and|but|while|whereas|as|when|with)|,) (?:then |now |meanwhile )?"
                                 r"(?:a|an|the|one|two|three|four|five|some|another)\b|\b(?:while|whereas|meanwhile)\b")
SET_OFF_FROM_RE = re.compile(rf"\bfrom {_PLACE}\b")


def _phrasal_verb_said(match: re.Match) -> str:
    verb, ending = next((match.group(i), match.group(i + 1) or "") for i in (1, 3, 5) if match.group(i))
    stem, endings = _PHRASAL_MEANING[verb]
    return stem + endings[ending]


def _change_as_a_stop(match: re.Match) -> str:
    """"transfers at B" as "stops at B", in the tense it was said in, where a route was begun before it."""
    before = match.string[max(0, match.start() - 200):match.start()]
    sentence = re.split(r"[.;!?]", before)[-1]
    if not _CHAINED_VERB_END_RE.search(sentence) or not _ROUTE_BEGUN_RE.search(sentence):
        return _BEING_THERE.get(_ending(match), match.group(0))  # "a traffic light changes on the left": it is there
    if match.group(0).startswith("changing"):
        return "stopping"
    return _STOPS[_ending(match)]


def _ending(match: re.Match) -> str:
    """The ending a change's verb was said with ("s", "d", "red", ...), "" for its bare form."""
    return next((match[name] for name in ("transfer", "change", "connect") if match[name] is not None), "")


def _particle_before_route_dropped(match: re.Match) -> str:
    """"rolls away, A to B" as "rolls, A to B": the particle goes only after a verb of going."""
    verb = match.string[:match.start()].rsplit(" ", 1)[-1]
    return match.group(0) if VERB_KINDS.get(verb) in _NO_SETTING_OFF else ","


def _arriving_as_reaching(match: re.Match) -> str:
    """Arriving after setting off is reaching the place; arriving as the thing's first doing, with its own goal after
    it, is coming into view there, so the move starts at the arrival. A goal told after another thing is brought in
    ("..., and then a bus drives to the right") is that thing's, and an arrival after another doing ("runs and
    arrives on the left") ends that move: both keep the arrival as it is."""
    sentence_start = max(match.string.rfind(stop, 0, match.start()) for stop in ".;!?") + 1
    if SET_OFF_FROM_RE.search(match.string, sentence_start, match.start()):
        return f"{match.group(2) + ' ' if match.group(2) else ''}{_REACHING[match.group(1)]} "
    # ("arrives in the lower left corner and then walks ..." the reading already takes as coming into view)
    if match.group(2) is not None or match.group(3) == "in" or _LATER_STEP_BEFORE_RE.search(
            match.string, sentence_start, match.start()):
        return match.group(0)
    rest = re.split(r"[.;!?]", match.string[match.end():], maxsplit=1)[0]
    after_place = re.match(rf"{_PLACE}\b", rest)
    goal = _GOAL_AFTER_RE.search(rest, after_place.end()) if after_place else None
    if goal is None or _ANOTHER_SUBJECT_RE.search(rest, after_place.end(), goal.start()):
        return match.group(0)
    return f"{_ENTERING[match.group(1)]} on "


def setting_off_and_arriving_said(text: str) -> str:
    """``text`` with each verb of setting off, landing, leaving, staying or arriving said in the plain words the route
    reading takes, each only where its own words are."""
    if "kick" in text or "pop" in text or "pull" in text:
        text = PHRASAL_ROUTE_VERB_RE.sub(_phrasal_verb_said, text)
    if "transfer" in text or "chang" in text or "connect" in text:
        text = CHANGE_ON_THE_WAY_RE.sub(_change_as_a_stop, text)
    if " off" in text:
        text = TAKE_OFF_RE.sub(lambda m: _FLIGHT_FORMS[m.group(1)], text)
    if " off," in text or " away," in text:
        text = PARTICLE_BEFORE_ROUTE_RE.sub(_particle_before_route_dropped, text)
    if "touch" in text:
        text = TOUCH_DOWN_RE.sub(lambda m: _LANDING_FORMS[m.group(1)], text)
    if "leav" in text or "depart" in text:
        text = LEAVES_FROM_RE.sub(lambda m: f"{_SETTING_OFF[m.group(1)]} off from ", text)
        text = LEAVES_A_SIDE_RE.sub(lambda m: f"{_SETTING_OFF[m.group(1)]} off from ", text)
        text = BEHIND_AFTER_START_RE.sub(r"\1", text)
    if "never " in text or "not " in text or "n't " in text or "n’t " in text:
        text = NEVER_LEFT_RE.sub(_stays_on_the_side, text)
    if " left the " in text:
        text = LEFT_A_PLACE_RE.sub(lambda m: f"{m['thing']} set off from " if noun_class(m["thing"]) else m.group(0), text)
    if "arriv" in text:
        text = ARRIVING_RE.sub(_arriving_as_reaching, text)
    return text
