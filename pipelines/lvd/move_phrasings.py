"""Moves said in other words, put as the plain verb of going, staying or stopping the reader knows.

To cross a road or the shot is to move across it, a slip sideways is a move, a way out "by the right edge" is a move out
of the frame to the right (and a crossing before it goes that way), to drive "away" or walk "on" is to set off and keep
going, a step told as "and parked in the upper right" is the route's last stop, "by the end it sat at the upper right"
is where it ends up; "slowing down", "without stopping", "on the wing", "holds still", "grips a rope" (holds it), "let
go", "comes into the clip" and a move named again as an act ("flew left, a fling") each say the move or the stillness
another way. Each function is one pass of ``prompt_rewrites.READING_PASSES``, which says where its order matters.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing, noun_class
from .scene_words import SCENE_WORDS
from .vocabulary import SETTING_OFF_KINDS, STILL_KINDS, VERB_KINDS

# "crosses the shot", "crossed a road", "crosses behind a car": to cross something is to move across it, side to
# side (the frame, the road, the shot are where it moves, not things); "crosses over to": a move along that path.
CROSS_RE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\bzebra )(?<!\bpedestrian )\bcross(es|ed|ing)?\b"
                      r"(?=(?P<object> (?:the|a|an|this|that|its|his|her|their|our) [a-z]| in front of| behind|"
                      r" (?:screen|frame|picture|shot|scene)\b)| (?:over|from|to|into|back|paths?)\b)")
_MOVE_FORMS = {None: "move", "es": "moves", "ed": "moved", "ing": "moving"}
# "slowing down", "the wind calms down": how fast, no way down ("slows down to the left" keeps its way)
EASING_DOWN_RE = re.compile(r"\b((?:slow|calm|settl|quiet|wind)(?:s|es|e|ing|ed)?) down\b"
                            r"(?! (?:to|toward|towards|into|the|a|an)\b)")
# "a goat comes into the video", "flies into the clip": it comes into view ("bring a goat into the video" asks for it)
INTO_THE_CLIP_RE = re.compile(r"\b([a-z]+) into (?:the )?(?:video|clip|footage|film|movie|screen)\b")
# "a bird, up on the wing, ...": in flight, the idiom's wing no thing and its "up" no way
ON_THE_WING_RE = re.compile(r",? (?:(?:up|high|out) )?on the wing\b,?")
# "flew from the right to the left, a fling.", "runs right, a real dash.": the move just said, named again as an act
ACT_NAMED_AGAIN_RE = re.compile(r", (?:a|an) (?:(?:real|quick|short|long|little|big|graceful|wild|"
                                r"brief) )?(?P<act>[a-z]+)(?=\s*(?:[.;!?]|$))")
# ". That is its little loop.", ". That was the whole trip!": a closing sentence naming the moves told before as one act
MOVES_SUMMED_UP_RE = re.compile(r"(?<=[.!?]) (?:that|this) (?:is|was) (?:its|his|her|their|the|a|one) (?:(?:little|whole|"
                                r"entire|full|short|long|quick|big|real|usual|daily) )?(?P<act>[a-z]+)\s*[.!?]+(?=\s|$)")
_ROUTE_NOUNS = frozenset(("route", "path", "trip", "journey", "lap", "circuit", "tour", "course"))
# acts that add to the move they follow rather than name it: "rolls left, a bounce" bounces as well
_ADDED_ACT_KINDS = ("bounce", "land", "break", "fall", "jump", "roll")
# "holds still", "holding its spot": a thing that stays where it is ("holds a ball" is another verb)
HOLDS_STILL_RE = re.compile(r"\bh(old|olds|olding|eld) (?:still|steady|(?:its|his|her|their) (?:spot|ground|place|position)|"
                            r"position)\b")
_STAY_FORMS = {"old": "stay", "olds": "stays", "olding": "staying", "eld": "stayed"}
# "let go of what's gone", "then lets go": to let go is to release, a hand opening; its "go" moves nothing
LET_GO_RE = re.compile(r"\b(let|lets|letting) go(?: of)?\b")
_RELEASE_FORMS = {"let": "release", "lets": "releases", "letting": "releasing"}
# "by the end it sat at the upper right": where it ends up after its moves, not a rest of its own
ENDS_RESTING_RE = re.compile(r"\b((?:by|at|in) the (?:end|close)|finally|at last),? (it|they|he|she) (?:sat|sits|rests|rested|"
                             r"lies|lay|"
                             r"stands|stood|settles|settled|stops|stopped|waits|waited|perches|perched|parks|parked|halts|halted|"
                             r"was|were|is|are) (?=(?:at|in|on) the )")
# "drove to the upper left, and parked in the upper right", ", then lands in the top left": a step of the told path,
# where it stops ("a car parked in the lower left" is where it stands)
PARKS_LAST_RE = re.compile(r"(?<=,) (and |then |and then |and finally |finally )(?:park|land)(s|ed)? "
                           r"(?=(?:in|at) the (?:upper|lower|top|bottom|far|left|right)\b)")
# "the cat strolls on — from the dog's right ...", "walks on.": it keeps going ("on" with nothing after it is no place)
GOES_ON_RE = re.compile(r"\b([a-z]+) on(?=\s*(?:[,.;:!?\u2014\u2013]|-|$))")
# "leaves by the right edge", "exits via the left side", "departs through the right-hand edge of the frame", "exits the
# frame on the left", "drives out through the right-hand side": a way out of the picture by a named side, said as the move
# that takes it there
EXIT_BY_SIDE_RE = re.compile(r"\b(?:leaves|leave|leaving|exits|exit|exiting|exited|departs|depart|departing|departed|"
                             r"(?P<going>[a-z]+) out)"
                             r"(?: (?:the|our) (?:frame|screen|picture|shot|view|scene))?"
                             r" (?:by|via|through|on|at|out of|out by|out on) (?:the |its )?(?P<side>left|right)(?:[- ]hand)?"
                             r"(?: (?:edge|side|border|margin))?(?: of (?:the )?(?:frame|screen|picture|shot|view|scene))?\b")
# "is gripping a rope", "clutches the cup": holding it, said the way the reader and the pairing of a held thing know
GRIP_RE = re.compile(r"\b(?P<verb>grip|clutch|grasp|clasp|clench)(?P<ending>s|es|ed|ped|ing|ping)?\b"
                     r"(?= (?:a|an|the|his|her|its|their|one|two|some)\b)")
_HOLD_FORMS = {None: "hold", "s": "holds", "es": "holds", "ed": "held", "ped": "held", "ing": "holding",
               "ping": "holding"}
# "drives across, then exits on the left side": a crossing told no way, the way out told as its next step, is a crossing
# toward it ("drives across and exits on the left" is one step, read with the crossing); the way out is the crossing
# subject's own, its verb straight after the link or after its "it"
ACROSS_BEFORE_EXIT_RE = re.compile(r"\bacross(?P<where> (?:the |a )?[a-z]+(?: [a-z]+){0,2}?)??(?P<link>,? (?:and )?then )"
                                   r"(?P<same>(?:it|he|she|they) )?(?=[a-z])")
# "disappears off the left side": a way out by a side said as a vanishing
VANISHING_BY_SIDE_RE = re.compile(r"(?:disappear|vanish)(?:s|es|ed)? (?:off|out of|out by|through|by|via) (?:the )?"
                                  r"(?P<side>left|right)\b")
# "enters on the left and exits on the right": a leave after an entrance ends a crossing, read with the entrance
ENTERED_BEFORE_RE = re.compile(r"\b(?:enter|arriv|appear|[a-z]+s? in(?= from| on| at|,| and)|into (?:view|frame|shot|"
                               r"the (?:frame|shot|picture))"
                               r"|(?:set(?:s|ting)? (?:off|out)|start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun) (?:from|on|at) "
                               r"(?:the )?(?:far )?(?:left|right)\b)")
# "a bird slips from a cat's right to its left", "slipped past": a sideways slip is a move, not a fall
SLIPS_ACROSS_RE = re.compile(r"(?<!without )\bslip(s|ped|ping)?\b(?= (?:(?:from|to) (?:the |a |an )?(?:[a-z]+'s )?(?:left|"
                             r"right)\b|past\b|across\b))")
_SLIP_FORMS = {None: "move", "s": "moves", "ped": "moved", "ping": "moving"}
# "and then, without stopping, to the upper left": how it goes on, not a stop ("without a stop" the same)
NONSTOP_RE = re.compile(r",? without (?:ever )?(?:stopping|pausing|halting|resting|a (?:stop|pause|break|rest)|any (?:stop|pause|"
                        r"break))"
                        r"(?: (?:at all|in between|on the way))?(?=[,.;!?]| (?:to|and|then|until)\b)")
# "a car drives away", "runs away to the left": it sets off and goes, as "drives off" says ("away from the dog",
# "away into the distance", "away toward the camera" keep what they go from or to; "goes away" is read as leaving;
# "neither moves away" says it stays)
AWAY_RE = re.compile(r"(?<!\bneither )(?<!\bnot )(?<!\bnever )(?<!\bnor )(?<!\bnothing )"
                     r"\b(?!(?:go|goes|going|gone|went)\b)(?P<verb>[a-z]+) away\b(?! (?:from|into|in the distance)\b)"
                     r"(?! (?:toward|towards) (?!the (?:left|right)\b))")


def _cross_as_move(match: re.Match) -> str:
    return _MOVE_FORMS[match.group(1)] + (" across" if match.group("object") else "")


def _out_by_a_side(match: re.Match) -> str:
    """The way out by a side as a move out of the frame, unless it ends a crossing read with its entrance or the
    verb before "out" is no move ("stands out on the left")."""
    if ENTERED_BEFORE_RE.search(match.string, 0, match.start()) or (
            match["going"] and VERB_KINDS.get(match["going"]) not in SETTING_OFF_KINDS):
        return match.group(0)
    return f"moves out of the frame to the {match['side']}"


def crossings_as_moves(text: str) -> str:
    """"crosses the shot": "moves across the shot"; "crossed over to": "moved over to"."""
    return CROSS_RE.sub(_cross_as_move, text)


def easing_down_dropped(text: str) -> str:
    """"slowing down": "slowing", how fast it goes, no way down."""
    return EASING_DOWN_RE.sub(r"\1", text)


def comings_into_the_clip_into_view(text: str) -> str:
    """"a goat comes into the video": "comes into view", where a verb goes into it."""
    return INTO_THE_CLIP_RE.sub(lambda m: f"{m.group(1)} into view" if VERB_KINDS.get(m.group(1)) else m.group(0), text)


def on_the_wing_dropped(text: str) -> str:
    return ON_THE_WING_RE.sub(",", text)


def _names_the_move_again(act: str) -> bool:
    return VERB_KINDS.get(act) not in (None, *_ADDED_ACT_KINDS) and noun_class(act) is None


def acts_named_again_dropped(text: str) -> str:
    """"flew to the left, a fling.": the act naming the move just said goes; one that adds a move ("a bounce") or
    names a thing stays; so does a closing sentence summing the moves told up as one act or route, ". That is its
    little loop." (never a circle of its own)."""
    if ", a" in text:
        text = ACT_NAMED_AGAIN_RE.sub(lambda m: "" if _names_the_move_again(m["act"]) else m.group(0), text)
    if "that " in text or "this " in text:
        # (a rest or a scene is no move summed up: "this is her daily nap", "this is a park")
        text = MOVES_SUMMED_UP_RE.sub(lambda m: "" if m["act"] in _ROUTE_NOUNS or (
            _names_the_move_again(m["act"]) and VERB_KINDS.get(m["act"]) not in STILL_KINDS
            and m["act"] not in SCENE_WORDS) else m.group(0), text)
    return text


def holding_still_as_staying(text: str) -> str:
    """"holds its spot": "stays still"."""
    return HOLDS_STILL_RE.sub(lambda m: _STAY_FORMS[m.group(1)] + " still", text)


def grips_as_holding(text: str) -> str:
    """"is gripping a rope": "is holding a rope", so the rope is held, not a second subject of the next clause."""
    return GRIP_RE.sub(lambda m: _HOLD_FORMS[m["ending"]], text)


def letting_go_as_release(text: str) -> str:
    """"lets go of it": "releases it"."""
    return LET_GO_RE.sub(lambda m: _RELEASE_FORMS[m.group(1)], text)


def ends_resting_as_where_it_is(text: str) -> str:
    """"by the end it sat at the upper right": "by the end it is at the upper right"."""
    return ENDS_RESTING_RE.sub(lambda m: f"{m.group(1)} {m.group(2)} {'are' if m.group(2) == 'they' else 'is'} ", text)


def parking_as_last_stop(text: str) -> str:
    """", and parked in the upper right": ", and stopped in the upper right", the route's last stop."""
    return PARKS_LAST_RE.sub(lambda m: f" {m.group(1)}stop{'s' if m.group(2) == 's' else 'ped'} ", text)


def going_on_as_moving(text: str) -> str:
    """"the cat strolls on —": "the cat strolls —", a move that keeps going ("on" names no place)."""
    return GOES_ON_RE.sub(lambda m: m.group(1) if VERB_KINDS.get(m.group(1)) in SETTING_OFF_KINDS else m.group(0), text)


def _across_toward_the_way_out(match: re.Match) -> str:
    """The crossing's way said as the side it leaves by, unless a way is said right before "across" or the crossing
    is read with an entrance ("enters on the right, drives across, then exits on the left")."""
    if re.search(r"\b(?:left|right)\w*\s*$", match.string[max(0, match.start() - 16):match.start()]) \
            or ENTERED_BEFORE_RE.search(match.string, 0, match.start()):
        return match.group(0)
    way_out = EXIT_BY_SIDE_RE.match(match.string, match.end()) or VANISHING_BY_SIDE_RE.match(match.string, match.end())
    if way_out is None:
        return match.group(0)  # "walks across the room, then leaves his bag on the left": no way out of the frame
    crossed = f" across{match['where']}" if match["where"] else ""
    return f"to the {way_out['side']}{crossed}{match['link']}{match['same'] or ''}"


def exits_by_a_side_as_moves(text: str) -> str:
    """"leaves by the right edge": "moves out of the frame to the right"; "drives across, then exits on the left" is a
    drive to the left that leaves there."""
    if "across" in text:
        text = ACROSS_BEFORE_EXIT_RE.sub(_across_toward_the_way_out, text)
    return EXIT_BY_SIDE_RE.sub(_out_by_a_side, text)


def slips_as_moves(text: str) -> str:
    """"slips from the cat's right to its left": "moves from ...", a sideways slip, no fall."""
    return SLIPS_ACROSS_RE.sub(lambda m: _SLIP_FORMS[m.group(1)], text)


def non_stop_dropped(text: str) -> str:
    """", without stopping,": how it goes on, no stop (and no "without a ..." thing)."""
    return NONSTOP_RE.sub("", text)


def going_away_as_setting_off(text: str) -> str:
    """"a car drives away": "drives off", for a verb of travel."""
    return AWAY_RE.sub(lambda m: f"{m['verb']} off" if VERB_KINDS.get(m["verb"]) in SETTING_OFF_KINDS else m.group(0),
                       text)


# "making a quick run from the right over to the left", "takes a slow stroll to the right": a move named as a noun
# after a verb of doing, before a route between sides, is that move's own verb ("takes a roll from the basket" is bread)
_SIDE = r"(?:left|right|top|bottom|upper|lower|corner)\b"
MOVE_AS_NOUN_RE = re.compile(r"\b(?P<doing>mak(?:e|es|ing)|made|tak(?:e|es|ing)|took|do(?:es|ing)?|did) (?:a|an) "
                             r"(?:(?:quick|short|long|fast|swift|slow|brisk|mad|little|brief|steady|gentle|lazy"
                             r"|leisurely) )?(?P<move>run|dash|sprint|flight|trip|journey|crossing|stroll|walk|roll"
                             r"|hop|drive|glide|swim|scurry|trot|jog|dart|flit)"
                             r"(?= from (?:the |its |his |her |their )?(?:[a-z]+ ){0,5}?" + _SIDE + r"[^.;!?]*? to "
                             r"| (?:to|toward|towards) (?:the )?(?:[a-z]+ )?" + _SIDE + ")")
# the noun's verb and its forms where they are not the plain ones: (plain, -s, -ing, past)
_MOVE_VERBS = {"run": ("run", "runs", "running", "ran"), "flight": ("fly", "flies", "flying", "flew"),
               "trip": ("go", "goes", "going", "went"), "journey": ("travel", "travels", "travelling", "travelled"),
               "crossing": ("move", "moves", "moving", "moved"), "drive": ("drive", "drives", "driving", "drove"),
               "swim": ("swim", "swims", "swimming", "swam"), "hop": ("hop", "hops", "hopping", "hopped"),
               "trot": ("trot", "trots", "trotting", "trotted"), "jog": ("jog", "jogs", "jogging", "jogged"),
               "glide": ("glide", "glides", "gliding", "glided"), "dash": ("dash", "dashes", "dashing", "dashed"),
               "scurry": ("scurry", "scurries", "scurrying", "scurried"),
               "flit": ("flit", "flits", "flitting", "flitted")}
# ", rolling along.", ", trotting along happily!": a manner closing a sentence whose path is told before it ("From the
# right to the left, a ball, rolling along."), no move of its own
ALONG_AFTER_A_PATH_RE = re.compile(r", (?:[a-z]+ing) along(?: (?:[a-z]+ly))?(?=\s*(?:[.;!?]|$))")
_PATH_TOLD_RE = re.compile(r"\bfrom (?:the |its |his |her |their )?(?:[a-z]+ ){0,5}?"
                           r"(?:left|right|top|bottom|upper|lower|corner)\b[^.;!?]*? to ")


def moves_as_nouns_said_as_verbs(text: str) -> str:
    """"making a quick run from the right": "running from the right"."""
    def said(match: re.Match) -> str:
        move, doing = match["move"], match["doing"]
        plain, third, ongoing, past = _MOVE_VERBS.get(move, (move, move + "s", move + "ing", move + "ed"))
        if doing in ("made", "took", "did"):
            return past
        return ongoing if doing.endswith("ing") else third if doing.endswith("s") else plain
    return MOVE_AS_NOUN_RE.sub(said, text)


def manner_after_a_path_dropped(text: str) -> str:
    """", rolling along" closing a sentence that tells the path: the path's move, said again. A thing set off after
    the path when one is named before it is a second thing, the manner its own move ("A ball rolls from left to
    right, a dog, chasing along")."""
    def dropped(match: re.Match) -> str:
        sentence = re.split(r"[.;!?]", match.string[:match.start()])[-1]
        path = _PATH_TOLD_RE.search(sentence)
        if path is None:
            return match.group(0)
        last_piece_at = sentence.rfind(",") + 1
        second_thing = (last_piece_at >= path.end() and names_a_thing(sentence[last_piece_at:])
                        and names_a_thing(sentence[:path.start()]))
        return match.group(0) if second_thing else ""
    return ALONG_AFTER_A_PATH_RE.sub(dropped, text)
