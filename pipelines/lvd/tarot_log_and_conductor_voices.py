"""A tarot reading, a lighthouse keeper's log and a train conductor's announcements, put into the plain scene they tell.

- A keeper's log frames the clip as a watch: "Keeper's log.", "Logged:", "Log ends.", "No other sightings.", "Nothing
  further to report." and "All quiet." are the writer's own record, never things (a two-word heading the next words
  point back at, "Hollow birch log, a frog hops off it", or whose first word tells what befell it, "Fallen tree log,",
  is a real log); "the start of the watch" is the start,
  "the close" the end, "all watch" the whole clip, and "sighted X" or "X in sight" say X is there ("sighted on the left
  of the cat" says where, and "sighted at the opening and at the close" is the whole time). Its headings ("Watch
  opened:", "Mid-watch:", "Watch closed:") are the clip's moments, read with the other pastimes' headings.
- A reading's past, present and future are the clip's first half, middle and second half, or its start, middle and end
  where the present is read too; "the card turned over shows" and "the spread reveals" present the scene, so a card or
  a spread is a thing only where the scene acts on it ("a card falls off the table").
- A train service's route is a move: "departs A, calls at B, terminates at C" and "calling at A, B and C" are stops in
  order, "this service for a cat" names the mover, and "Ladies and gentlemen," or "Mind the gap." add nothing.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .rewrite_text import ARROW_RE, CLAUSE_START, spaces_tidied
from .vocabulary import COLORS, DETAIL_WORDS, MATERIAL_WORDS, NOTHING_ELSE, PLAIN_ADJECTIVES, SIZE_FACTORS

_PLACE = (r"the (?:(?:upper|lower|top|bottom|far|middle)(?: left| right)?|left|right|centre|center|middle)"
          r"(?: (?:corner|side|edge|half|third))?(?: of the (?:frame|screen|picture))?")

# ---- keeper's log
# "Keeper's log.", "Watch log:", "Logged:", "Log ends.", "No other sightings.", "Nothing further to report.", "All quiet.":
# the writer's record of the watch, never in the clip
# any record the writer keeps, named as its heading ("Keeper's log.", "Dispatch log,", "Cue notes:", "Projection cues",
# "Route guidance:", "Traffic report:") or its entry labels ("Logged:", "Reported:"): the writer's, never in the clip; a
# heading that opens with a thing ("A log, floating ...", "Two cues:", "The log, soaked, ...") is no record; an entry
# label may name its writer ("Logged by the watch:"), and a heading two words ("Night session log,"); the log's own
# running, "Log continues.", "Log resumes.", is the writer's as its ending is
# words that describe a thing ("old", "wooden", "brown"): a heading of two words is none of them
_DESCRIBING = COLORS | DETAIL_WORDS | PLAIN_ADJECTIVES | frozenset(MATERIAL_WORDS) | frozenset(SIZE_FACTORS)
_RECORD = r"(?:log|logbook|notes|cues|guidance|report|directions|briefing)"
_NOT_A_HEADING = r"(?!(?:a|an|one|two|three|four|five|six|some|this|that|my|the)\b)"
LOG_LABEL_RE = re.compile(CLAUSE_START + r"(?:(?:the (?!(?:" + _RECORD + r")\b)" + _NOT_A_HEADING
                          + r"(?:[a-z]+(?:'s)? )?|"
                          + _NOT_A_HEADING + r"(?P<first>[a-z]+(?:'s)? )?(?P<second>[a-z]+(?:'s)? )?)" + _RECORD
                          + r"|logged|log entry|reported)(?:[.:,]\s*|(?= from ))"
                          # "Old oak log, drifting ...": what the comma leads to tells of the thing, so it is one
                          + r"(?P<told_of>(?<=,)[a-z]+(?:ing|ed|ly)\b)?"
                          # "Logged by the watch:", "noted by the officer of the watch:": an entry label with its writer
                          r"|" + CLAUSE_START + r"(?:logged|noted|recorded|reported|entered) by (?:the|our|my) "
                          r"[a-z]+(?: [a-z]+){0,3}:\s*")
LOG_CLOSING_RE = re.compile(CLAUSE_START + r"(?:(?:the )?log (?:ends|closes|closed|continues|resumes|goes on|opens"
                            r"|begins|starts)"
                            r"|end of (?:the )?(?:log|watch|entry)|all quiet|all clear"
                            r"|house lights(?: come)? up|you have arrived|(?:you have|you've) reached your destination"
                            r"|nothing (?:further|more|else) to (?:report|log|record|add)"
                            r"|no (?:other|further|more) (?:sightings|entries|reports|contacts)(?: [^.;!?]*)?)[.;!]\s*")
# "nothing else sighted", "nothing else recorded": nothing else
NOTHING_ELSE_RE = re.compile(r"\b(?:" + NOTHING_ELSE + r"|nothing further) "
                             r"(?:sighted|recorded|logged|seen|noted|reported|projected|on screen|lies ahead)\b"
                             r"|\bno other (?:picture|pictures|image|images|reports?)\b")
# "watch opened and closed on the same sight: three birds": the same things at both ends of the watch, the whole clip
SAME_SIGHT_RE = re.compile(CLAUSE_START + r"(?:the )?watch (?:opened and closed|began and ended) (?:on|with) "
                           r"(?:the same (?:sight|scene|view)[:,]? |the same (?=(?:one|two|three|four|five|six)\b))?")
# "Watch opened on two cars": the heading of the watch's opening
OPENED_ON_RE = re.compile(CLAUSE_START + r"(?P<label>watch opened) on ")
# "Close:" as a heading: the watch closed
CLOSE_HEADING_RE = re.compile(CLAUSE_START + r"(?:the )?close:")
# "at the start of the watch", "by the close", "to its close": the clip's start and end ("to its close friend" is no time)
WATCH_START_RE = re.compile(r"\bthe (?:start|beginning|opening) of (?:the|my|his|her) watch\b")
WATCH_END_RE = re.compile(r"\b(?P<prep>at|by|to|until|till|before|from) (?:the|its|the watch's) close(?=[.,;:!?]|$| (?:and|the|"
                          r"it|they|a|an)\b)|\bthe (?:end|close) of (?:the|my|his|her) watch\b")
# "the first half of the watch", "the rest of the watch": that part of the clip
WATCH_PART_RE = re.compile(r"\bthe (?P<part>first half|second half|middle|rest|whole|length) of (?:the|my|this) watch\b")
# the keeper's watch, the noun: "watching", "watches" or "watched" is someone looking, no log
_WATCH_NOUN_RE = re.compile(r"\bwatch\b")
# "all watch", "the whole watch", "throughout the watch": the whole clip
WHOLE_WATCH_RE = re.compile(r"\b(?:(?:for|through|throughout|during) )?(?:all(?: through)? (?:the )?watch|the (?:whole|entire|"
                            r"full) watch"
                            r"|throughout the watch)\b")
_THINGS = r"(?:a|an|one|two|three|four|five|six|the) [a-z]+(?: [a-z]+)?"
# "four dogs sighted at the opening; all four still sighted at the close": there from the start to the end
SIGHTED_THROUGH_RE = re.compile(r"\b(?P<things>" + _THINGS +
                                r") (?:sighted|in sight|in view) at the (?:start|opening)[;,] (?:and )?"
                                r"(?:(?:both|all(?: [a-z]+)?|they are|they were|it is|it was) )?still (?:sighted|in sight|"
                                r"in view|there) "
                                r"(?:at|by) the end\b"
                                # "two cars sighted at the opening and at the close": the same
                                r"|\b(?P<seen_twice>" + _THINGS +
                                r") (?:sighted|in sight|in view|seen) at the (?:start|opening),? and (?:again )?"
                                r"(?:(?:still )?(?:sighted|in sight|in view|seen) )?(?:at|by) the (?:end|close)\b")
# "sighted one cat at the start": it is in view then; "sighted one cat", "three birds in sight": there
SIGHTED_AT_RE = re.compile(CLAUSE_START + r"sighted (?P<things>" + _THINGS + r") (?=(?:at|from|until|by) the\b)")
SIGHTED_BEFORE_RE = re.compile(CLAUSE_START + r"sighted (?=(?:a|an|one|two|three|four|five|six|the)\b)")
# "Moving ball, right side of the frame at the start;": a side listed bare in the log is where the thing is
# (never the first stop of a route listed bare, "a car: lower left corner -> upper left corner -> ...", "lively cat.
# seen from above: lower left corner, then upper left corner, ...", read as a route, nor a later stop of one listed with
# commas alone, "a cat does lower left corner, lower right corner, upper right corner": see ``after_a_bare_place``)
BARE_SIDE_RE = re.compile(r"(?<=[,;:] )"
                          r"(?=(?:left|right|upper|lower|top|bottom)(?: left| right)? (?:side|corner|edge)\b"
                          rf"(?!(?:{ARROW_RE.pattern}| *to\b *|,? *then (?:to )?)"
                          r"(?:the )?(?:left|right|upper|lower|top|bottom)\b))")
# "lower left corner, " just before a bare side: a place said bare too (a route's stops listed with commas), unless
# "the" says it ("a red car parked at the left edge, right edge a blue van": a new thing's place)
_PLACE_BEFORE_RE = re.compile(r"(?P<the>\bthe (?:far )?)?\b(?:left|right|upper|lower|top|bottom)(?: left| right)? "
                              r"(?:side|corner|edge), $")


def after_a_bare_place(text: str, at: int) -> bool:
    """Whether the bare side at ``at`` follows a place itself said bare, so that both are stops listed with commas."""
    before = _PLACE_BEFORE_RE.search(text[max(0, at - 40):at])
    return before is not None and before["the"] is None


def _bare_side_placed(match: re.Match) -> str:
    return "" if after_a_bare_place(match.string, match.start()) else "on the "


# ("sighted from above", "in sight from up high" is how the camera sees: the view, said as "seen from above")
SIGHTED_AFTER_RE = re.compile(r"\b(?:still )?(?:sighted|in sight)\b(?P<view> from (?:directly |straight |high |far )?"
                              r"(?:above|overhead|up high|high up|on high|the air|the sky)\b)?")
# "a bird sighted on the right of the cat", "sighted in the lower left corner": the place says where it is seen
SIGHTED_AT_PLACE_RE = re.compile(r" (?:sighted|spotted|seen)(?= (?:in|on|at) the (?:upper |lower |top |bottom |far )?(?:left|"
                                 r"right|middle|centre|center)\b)")
# "Watch closed: the same.", "Mid-watch: both still in view.": the things of the opening, still there
SAME_AGAIN_RE = re.compile(r"(?P<label>mid-watch|watch closed): (?:the same|unchanged|no change|(?:both|all(?: [a-z]+)?|"
                           r"all of them) "
                           r"(?:still )?(?:in view|there|present))(?=[.;!]|$)")
# "a lively cat reported.": it is there; "Image reported, from above: ..." is the writer's heading over what was
# reported, no thing of the scene, and stays as it is
REPORTED_RE = re.compile(r"\b(?P<word>[a-z]+) reported(?: in view)?(?=[.;,!]|$)")
_LOG_WORDS = ("log", "watch", "sighted", "in sight", "all quiet", "no other", "nothing further", "close", "notes",
              "cues", "guidance",
              "report", "directions", "briefing", "all clear", "house lights", "arrived")

# ---- tarot reading
# "the card turned over shows", "the spread reveals": the reading presents the scene
CARD_SHOWS_RE = re.compile(CLAUSE_START + r"the (?:card|cards|spread|reading)(?: (?:turned over|drawn|dealt|laid down|"
                                          r"you drew))? "
                           r"(?:shows|show|reveals|reveal|presents|holds|depicts)(?: you)? (?=(?:a|an|one|two|three|four|five|"
                           r"six)\b)")
# "your past holds", "your future, the second half, brings", "your present, halfway through:": a part of the clip
READING_TIME_RE = re.compile(r"\b(?:in )?your (?P<time>past|present|future)(?:,? (?:the (?:first|second) half|"
                             r"halfway(?: through)?),?)?"
                             r"(?P<verb>:|,| holds| brings| shows| has| sees)?(?P<no> no)?")
# "your future brings a bird into view": the bird comes into view then
BRINGS_INTO_VIEW_RE = re.compile(r"\b(?P<time>your (?:past|present|future)[^.;:]*?) brings (?P<thing>(?:a|an|one|two|three|four|"
                                 r"the) [a-z ]+?)"
                                 r" into (?P<where>view|sight|the frame)\b")
_HALF_OF = {"past": "in the first half", "present": "halfway through", "future": "in the second half"}
_MOMENT_OF = {"past": "at the start", "present": "halfway through", "future": "at the end"}
# "your future holds two cats": a reading that names one time only foretells the scene
LONE_TIME_RE = re.compile(r"\b(?:in )?your (?:past|present|future) (?:holds|brings|shows|has|sees) (?=(?:a|an|one|two|three|four|"
                          r"five|six)\b)")
# a place said in a time's clause ("your past holds a bird on the left of a cat") makes it a moment, not a half
_PLACE_WORDS = (" left", " right", " corner", " middle", " centre", " center", " top", " bottom")
# "halfway through, the upper left corner": a bare place said under a moment is where the mover is then
BARE_PLACE_RE = re.compile(r"\b(?P<moment>at the start|halfway through|at the end)[,:] (?:(?:in|at|on) )?(?P<place>" + _PLACE
                           + r")(?=\s*[.;,]|$)")

# ---- train announcements
# "Ladies and gentlemen,", "Mind the gap.", "Announcement:": the conductor's own words
CONDUCTOR_RE = re.compile(CLAUSE_START + r"(?:ladies and gentlemen|mind the gap|(?:this is )?(?:an |the )?announcement)[.,:!]\s*")
# "this service, a lively cat,", "this service for a moving ball": the mover
SERVICE_RE = re.compile(r"\bthis (?:[a-z]+ )?(?:service|train)(?:,| for| is)? (?P<mover>(?:a|an|one|"
                        r"the) [a-z]+(?: [a-z]+)?),? (?=depart|leav|start|call)")
# "this service starts from the lower left corner with a moving car": the car starts there
SERVICE_WITH_RE = re.compile(r"\bthis (?:[a-z]+ )?(?:service|train) (?:starts|departs|leaves)(?: from)? (?P<place>" + _PLACE
                             + r") with (?P<mover>(?:a|an|one|the) [a-z]+(?: [a-z]+)?)")
# "This service is a moving car.": the mover, named after its stops
SERVICE_IS_RE = re.compile(CLAUSE_START + r"this (?:[a-z]+ )?(?:service|train) is (?P<mover>(?:a|an|one|"
                                          r"the) [a-z]+(?: [a-z]+)?)[.!]?")
# the stops of a route, in order: its first, the ones it calls at, its last, and a bare place listed among them (tried
# from the start of a run of "and then ..." only, never from a word or space inside it, where the run's start already
# found what it leads to: from each of them it was quadratic)
_INSIDE_LEAD = r"(?!(?<=and )[a-z])(?!(?<=then )[a-z])(?!(?<=before )[a-z])(?!(?<=and) )(?!(?<=then) )(?!(?<=before) )"
STOP_RE = re.compile(_INSIDE_LEAD + r"(?P<lead>,? ?(?:and |then |before )*)"
                     r"(?:(?P<verb>(?:departs|departing|leaves|leaving|starts|starting)(?: from| in| at)?"
                     r"|(?:calls|calling)(?: first| next| then| later)? (?:at|in)|(?:first|second|third|next|last|"
                     r"final) stop[:,]?|(?:then|first|next)(?: at| in)?"
                     r"|(?:terminates|terminating|ends|ending|arrives|arriving)(?: at| in| on)|finally) )?(?=" + _PLACE + r")")
# "calling at A, B and C: a flying bird": the bird makes the calls
ROUTE_THEN_MOVER_RE = re.compile(r"\b(?P<route>calling at [^:.;]+): (?P<mover>(?:a|an|one|the) [a-z]+(?: [a-z]+)?)(?=[.!]?$|"
                                 r"[.!] )")
HALFWAY_AFTER_PLACE_RE = re.compile(r"\b(?P<end>corner|side|edge) halfway\b")
# "rotting", "fallen", "charred": a first word telling what befell the thing; "evening", "morning" tell the watch's time
_DOING_WORD_RE = re.compile(r"(?![a-z]*(?:ning|ening)\b)[a-z]{3,}(?:ing|ed|en)")
# "..., a frog hops off it", "... on it.", "the log": the rest of the sentence and the next pointing back at the
# heading's thing (the span taken first, then searched: one pattern for both would try every start of the span)
_NEXT_SENTENCES_RE = re.compile(r"[^.!?;]*(?:[.!?;]\s*[^.!?;]*)?")
_POINTED_BACK_RE = re.compile(r"\b(?:(?:on|off|onto|along|past|over|across|under|into|beside|behind|near|around|from"
                              r"|inside|atop|against) it|the " + _RECORD + r")\b")
_ROUTE_WORDS = ("service", "calls", "calling at", "terminat", "next stop", "final stop", "last stop", "depart")


def looks_like_tarot_log_or_conductor(text: str) -> bool:
    """Whether ``text`` (lower case) may be a log, a reading or an announcement: the words each voice cannot do without."""
    return ("log" in text or "watch" in text or "notes" in text or "cues" in text or "guidance" in text or "report" in text
            or "directions" in text or "briefing" in text or "all clear" in text or "house lights" in text or "arrived" in text
            or "sight" in text or "your " in text or "card" in text or "spread" in text
            or "service" in text or "calling at" in text or "calls at" in text or "depart" in text or "terminat" in text
            or "next stop" in text or "final stop" in text or "last stop" in text
            or "ladies" in text or "mind the gap" in text or "announcement" in text or "all quiet" in text)


def _heading_dropped(match: re.Match) -> str:
    """A heading of two words ("Night session log,") is the writer's only when neither word describes a thing, as
    "old", "wooden", "brown" do, and no participle after it tells what the thing does: "Old oak log, drifting" is a
    log, a caption with its article left out. So is one whose first word tells what befell the thing ("Fallen tree
    log,", "Rotting pine log.", not "Evening patrol log,"), or that the words after it point back at ("Hollow birch log,
    a frog hops off it")."""
    if match["second"] is None:
        return match["told_of"] or ""  # a one-word heading, "Dispatch log,", is the writer's as it always was
    if match["told_of"] or any(match[word].strip() in _DESCRIBING for word in ("first", "second")):
        return match[0]
    next_sentences = _NEXT_SENTENCES_RE.match(match.string, match.end())[0]
    if _DOING_WORD_RE.fullmatch(match["first"].strip()) or _POINTED_BACK_RE.search(next_sentences):
        return match[0]
    return ""


def _log_in_plain_words(text: str) -> str:
    before = text
    text = LOG_LABEL_RE.sub(_heading_dropped, text)
    labelled = text != before
    text = LOG_CLOSING_RE.sub("", text)
    text = NOTHING_ELSE_RE.sub("nothing else", text)
    text = SAME_SIGHT_RE.sub("", text)
    text = SAME_AGAIN_RE.sub(r"\g<label>: they are still there", text)
    text = OPENED_ON_RE.sub(r"\g<label>: ", CLOSE_HEADING_RE.sub("watch closed:", text))
    text = WATCH_START_RE.sub("the start", text)
    text = WATCH_END_RE.sub(lambda m: f"{m['prep']} the end" if m["prep"] else "the end", text)
    text = WATCH_PART_RE.sub(r"the \g<part> of the clip", text)
    text = WHOLE_WATCH_RE.sub("the whole time", text)
    if "sight" in text:
        text = SIGHTED_THROUGH_RE.sub(lambda m: f"{m['things'] or m['seen_twice']} in view the whole time", text)
        text = SIGHTED_BEFORE_RE.sub("", SIGHTED_AT_RE.sub(r"\g<things> in view ", text))
    if labelled or _WATCH_NOUN_RE.search(text):  # only a log lists a thing's sides bare ("we are watching" keeps no watch)
        text = BARE_SIDE_RE.sub(_bare_side_placed, text)
    if "reported" in text:
        text = REPORTED_RE.sub(_reported_in_view, text)  # "two dogs reported in view": in view
    text = SIGHTED_AT_PLACE_RE.sub("", text)
    return SIGHTED_AFTER_RE.sub(_sighted, text)


def _reported_in_view(match: re.Match) -> str:
    return f"{match['word']} in view" if noun_class(match["word"]) else match.group(0)


def _sighted(match: re.Match) -> str:
    if match["view"]:
        return "seen" + match["view"]
    return "still in view" if match.group(0).startswith("still") else "in view"


def _reading_in_plain_words(text: str) -> str:
    text = CARD_SHOWS_RE.sub("", text)
    if "your " not in text:
        return text
    text = BRINGS_INTO_VIEW_RE.sub(r"\g<time> \g<thing> comes into \g<where>", text)
    if sum(f"your {time}" in text for time in _MOMENT_OF) < 2:
        return LONE_TIME_RE.sub("", text)  # "your future holds two cats": the reading foretells them, no part of the clip
    route = "your present" in text

    def moment(match: re.Match) -> str:
        clause = text[match.end():].split(";")[0].split(".")[0]
        placed = route or any(word in clause for word in _PLACE_WORDS)
        when = (_MOMENT_OF if placed else _HALF_OF)[match["time"]]
        if match["no"]:
            return f"{when} there is no"
        return when + (":" if match["verb"] == ":" else ",")
    text = READING_TIME_RE.sub(moment, text)
    return BARE_PLACE_RE.sub(r"\g<moment>, it is at \g<place>", text)


def _names_a_stop(words: str) -> bool:
    """A route runs between a frame's corners or sides ("calling at the start and the end" names no stops)."""
    return " corner" in words or " side" in words


def _stops_in_order(sentence: str, said: list[int]) -> str:
    """The stops listed in ``sentence`` as one move; ``said`` counts the stops of the sentences before it."""
    said_before = said[0]

    def stop(match: re.Match) -> str:
        if not match["verb"] and "," not in match["lead"] and "and" not in match["lead"]:
            return match.group(0)  # a place the route does not list ("moves from the lower left corner")
        said[0] += 1
        if match.start() == 0:  # a stop that opens its own sentence ("Next stop: the lower right corner.")
            return "it moves from " if said[0] == 1 else "then it moves to "
        if said[0] == 1:
            return " moves from "
        if said[0] == said_before + 1:  # the first stop of a later sentence ("It terminates on the right side.")
            return " moves to "
        return " to " if said[0] == 2 else " and then to "
    return STOP_RE.sub(stop, sentence)


def _route_in_plain_words(text: str) -> str:
    text = SERVICE_WITH_RE.sub(r"\g<mover> starts from \g<place>", text)
    text = SERVICE_RE.sub(r"\g<mover> ", text)
    text = ROUTE_THEN_MOVER_RE.sub(lambda m: f"{m['mover']} {m['route']}" if _names_a_stop(m["route"]) else m.group(0), text)
    text = HALFWAY_AFTER_PLACE_RE.sub(r"\g<end>", text)
    mover = SERVICE_IS_RE.search(text)
    if mover:
        text = (text[:mover.start()] + text[mover.end():]).strip()
    sentences = re.split(r"(?<=[.;!?]) ", text)
    said = [0]
    text = " ".join(_stops_in_order(sentence, said) if _names_a_stop(sentence) else sentence for sentence in sentences)
    return text.replace("it moves from", f"{mover['mover']} moves from", 1) if mover else text


def tarot_log_and_conductor_in_plain_words(text: str) -> str:
    """The scene a keeper's log, a tarot reading or a conductor's announcements tell, in the words the later passes read."""
    told = text
    if any(word in text for word in _LOG_WORDS):
        text = _log_in_plain_words(text)
    if "your " in text or "card" in text or "spread" in text:
        text = _reading_in_plain_words(text)
    if "ladies" in text or "mind the gap" in text or "announcement" in text:
        text = CONDUCTOR_RE.sub("", text)
    if any(word in text for word in _ROUTE_WORDS):
        text = _route_in_plain_words(text)
    return text if text == told else spaces_tidied(text)
