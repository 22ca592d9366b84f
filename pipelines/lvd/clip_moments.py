"""A record's time-ordered headings read as the clip's moments, split from clip_headings.py (which drops the writer's
own headings and reads a thing's label, route and place headings) so each reader holds one kind of heading.

- Time-ordered headings are the clip's moments whatever their words: "the start of <span>" and "the end of <span>" for
  any span that is no thing ("start of record", "end of dive"), "the opening <word>" and "the final <word>" ("opening
  tableau", "first light"), a bare "Start:" or "Close:" over things, "midpoint:", and "blackout", "lights out" or
  "curtain" as the end. A span from a start to an end is the whole clip.
- What is said under a moment heading is where or whether things are then ("the cat on the right of the ball" is the
  cat there), and a group said again at a later moment with no "more" or "another" is the group named before, so a
  group in view at the start and again at the end ("the same four, none gone") is there the whole time.
- The watcher's arrival and leaving, or the camera's rolling and wrapping ("On arrival: ... Before leaving: ...", "when we
  roll clip ... at the end"), are the clip's start and end where the period's other edge is named too.
- A timetable's "Departs: ... Calls at: ... Arrives: ..." are the clip's start, middle and end, with what is said under
  them the thing and its places; "departing and arriving together: X" is X the whole time.
- A side listed bare with a moment after a thing's label ("lively cat, right side of the frame at the start, left side at
  the end") is where the thing is then.
- A thing that "opens at" or "closes on" a place starts or ends there; "keep the cat out for the first half" is no
  cat then.
"""

from __future__ import annotations

import re

from .exhibit_podcast_and_worksheet_voices import moment_clause
from .object_classes import noun_class, singular
from .protocol_voice import JOURNEY_PLACE
from .rewrite_text import CLAUSE_START
from .vocabulary import STOP_WORDS, VERB_KINDS

# the parts of a clip and of a route that other readers name ("first half", "last stop", "final moment"), never a span
_PART_WORDS = frozenset(("half", "halves", "part", "parts", "quarter", "third", "stretch", "moment", "moments",
                         "instant", "frame",
                         "frames", "second", "seconds", "minute", "minutes", "one", "ones", "time", "times", "few",
                         "stop", "stops",
                         "leg", "legs", "step", "steps", "stage", "point", "place", "position", "corner", "side", "edge", "row",
                         "line", "lap", "bit", "view", "screen", "picture", "image", "left", "right", "way", "it", "them", "and"))
# the clip's own units: "the first scene", "the final shot" are its moments too
_CLIP_WORDS = frozenset(("scene", "shot", "clip", "video", "take", "sequence"))
_EDGE_WORDS = {"start": "start", "beginning": "start", "opening": "start", "outset": "start", "end": "end", "close": "end",
               "finish": "end", "first": "start", "initial": "start", "final": "end", "closing": "end",
               "last": "end"}
# what an edge said as a moment follows: a clause's start or a time's preposition
LEAD_RE = re.compile(r"(?P<lead>^|[.;:,!?] |\b(?:at|by|from|to|until|till|through|in|on|before|after) )"
                     r"(?P<the>(?:(?:the|its) )?(?:very )?)$")
# "start of record", "the end of the dive", "at start of record": an edge of a span that is no thing ("the end of the
# road", "the left end of the bench" are places)
EDGE_OF_SPAN_RE = re.compile(r"\b(?P<edge>start|beginning|end|close|finish) of (?:the |my |our |this |that )?"
                             r"(?P<span>[a-z]+)\b")
# "opening tableau:", "at the final tableau", "from first light": a first or last named by any word, said where a moment is
FIRST_OR_LAST_RE = re.compile(r"\b(?P<edge>opening|first|initial|final|closing|last) (?P<span>[a-z]+)"
                              r"(?=\s*[:,.;!?]|\s+(?:to|until|till|through)\b|\s*$)")
# "to blackout", "until lights out", "by the final curtain": the clip's end as the stage or the night names it
END_WORD_RE = re.compile(r"(?:\b(?P<prep>to|until|till|by|at|before) |(?:^|(?<=[.;:,!?] ))(?=[a-z ]+[:,]))(?:the )?"
                         r"(?:blackout|lights (?:out|down)|curtain(?: down| fall)?)\b")
# what follows an edge that heads a clause: its colon or comma, or the span's other edge ("start of record to ...")
HEADING_END_RE = re.compile(r"\s*[:,]|\s+(?:to|until|till|through)\b")
# "at the end", "by the start": the clip's moment said bare, which makes a span's other edge a moment too
BARE_MOMENT_RE = re.compile(r"\b(?:at|by) the (?:start|end|beginning)\b(?! of\b)")
# "midpoint:", "halfway, the cat gone": the clip's middle as a heading
MIDPOINT_HEADING_RE = re.compile(CLAUSE_START + r"(?:the )?(?:midpoint|halfway(?: point| mark| through)?|midway)[:,] ")
# the watcher's own coming and going, and the camera's rolling and stopping, open and close the period watched: "on
# arrival", "when we roll clip", "at roll camera" and "before leaving", "on departure", "when we wrap" ("a car arrives"
# is a thing coming in, said with no watcher's time word)
_WATCHER = r"(?:i|we|you|they|the crew|the team)"
_RECORDER = r"(?:the )?(?:camera|recording|tape)"
# ("Arrival: left side.", "Departure: right of the dog.": a heading over a bare place is a journey's end or start,
# read with the other journey labels, never the watcher's)
_OVER_A_PLACE = rf"(?![:,] (?:{JOURNEY_PLACE}))"
WATCH_OPENS_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:arrival|arriving)(?=[:,])" + _OVER_A_PLACE +
                            r"|\b(?:(?:on|upon|at) (?:my |our |your |the )?(?:arrival|arriving|roll(?:ing)?(?: (?:clip|camera|"
                            r"tape))?)"
                            r"|(?:when|as|once) " + _WATCHER +
                            r" (?:arrived?|got there|get there|roll(?:ed)?(?: (?:clip|camera|tape))?"
                            r"|start(?:ed)? (?:rolling|recording)|clock(?:ed)? in)"
                            r"|(?:when|as|once) " + _RECORDER +
                            r" (?:starts?|started|begins?|began|rolls?|rolled)(?: (?:rolling|recording))?)\b")
WATCH_CLOSES_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:departure|departing|leaving)(?=[:,])" + _OVER_A_PLACE +
                             r"|\b(?:(?:before|on|upon|at) (?:my |our |your |the )?(?:leaving|departure|departing|"
                             r"wrap(?:ping)?(?: up)?)"
                             r"|(?:when|as|before|once) " + _WATCHER +
                             r" (?:left|leave|departed|depart|wrap(?:ped)?(?: up)?|packed up"
                             r"|pack up|stop(?:ped)? (?:rolling|recording)|clock(?:ed)? out)"
                             r"|(?:when|as|before|once) " + _RECORDER +
                             r" (?:stops?|stopped|ends?|ended|cuts?)(?: (?:rolling|recording))?)\b"
                             # "before leaving the frame": a thing goes
                             r"(?! (?:the |its )?(?:frame|view|shot|picture|screen|scene)\b)")
# "departs: a car on the left", "departs at the start of the clip:", "arrives at the end:", "calls at:": a timetable's
# headings, said by the service ("departure:" and "arrival:" are the watcher's own, read above)
TIMETABLE_HEADING_RE = re.compile(CLAUSE_START + r"(?P<verb>departs|arrives|calls at)(?: (?:at|by) the (?:start|end|midpoint)"
                                  r"(?: of the (?:clip|video|service|route))?)?: ")
_TIMETABLE_MOMENTS = {"departs": "the start: ", "arrives": "the end: ", "calls at": "the midpoint: "}
# "the start: lower left corner.": a heading over a bare place, where the service stands then
BARE_PLACE_HEADING_RE = re.compile(r"\bthe start: (?=(?:the )?(?:(?:left|right|upper|lower|top|bottom)(?: left| right)? (?:side|"
                                   r"corner|edge)"
                                   r"|(?:left|right|middle|centre|center|top|bottom))\b)")
# "service: a moving car.", or a last sentence naming only a thing ("a lively cat."): the service the timetable runs
SERVICE_THING_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?:(?:the )?service: )?(?P<thing>(?:a|an|"
                              r"one) [a-z-]+(?: [a-z-]+){0,2})[.!]?\s*$")
# "departing and arriving together: a bird and a cat": there from the first moment to the last
TOGETHER_HEADING_RE = re.compile(CLAUSE_START + r"(?:departing|departs) and (?:arriving|arrives) together: (?P<said>[^.;!?]+)")
# "lively cat, right side of the frame at the start, left side at the end": a side listed bare with a moment of its own
# is where the thing is then, never a way it goes
BARE_SIDE_AT_MOMENT_RE = re.compile(r"(?:(?<=[,;:] )|^|(?<=[.!?] ))(?=(?:left|right|upper|lower|top|bottom)(?: left| right)? "
                                    r"(?:side|corner|edge)\b[^,.;:!?]*\b(?:at|by) the (?:start|end|midpoint)\b)")
# "start: three cats", "close: the same four": an edge said bare as a heading over things, a moment where the other
# edge is named too ("Start: left of the ball" is a protocol's bare relation, read by its own voice)
BARE_EDGE_HEADING_RE = re.compile(CLAUSE_START + r"(?P<edge>start|beginning|opening|outset|end|close|finish)"
                                  r"(?=: (?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|no|none|nothing|still|all|"
                                  r"both)\b)")
# "the start to the end:", "from the start to the end": all of the clip ("on" said of a thing from the start is in view)
WHOLE_SPAN_RE = re.compile(r"\b(?P<on>on )?(?:from )?the (?:very )?start,? (?:right |all the way )?(?:to|until|till|"
                           r"through(?: to)?) the end\b")
# "the start: ...", "at the end, ...": a moment heading and what is said under it, up to the next heading or sentence end
MOMENT_HEADING_RE = re.compile(CLAUSE_START + r"(?:at |by )?the (?P<moment>start|end|midpoint)(?P<mark>[:,]) (?P<said>[^.;!?]+)")
MOMENT_NAMED_RE = re.compile(r"\bthe (start|end|midpoint)\b")
# "the cat gone", "the ball out of view": a thing's state said under a heading with no verb
THING_GONE_RE = re.compile(r"^(?P<thing>(?:the|that|this|a|an) (?:[a-z-]+ )?(?P<noun>[a-z]+)) (?=gone|absent|away|out of (?:view|"
                           r"sight|the frame)\b)")
# "a bird opens at the left side", "closes on the right of the dog": said of a thing, where it starts and ends
OPENS_AT_RE = re.compile(r"\b(?P<noun>[a-z]+) (?P<verb>opens|closes)(?= (?:at|on|in) the (?:[a-z]+ )?(?:left|right|top|bottom|"
                         r"upper|lower|middle|centre|center)\b)")
CLOSES_AT_RE = re.compile(r"\band (?P<verb>opens|closes|ends)(?= (?:at|on|in) the (?:[a-z]+ )?(?:left|right|top|bottom|upper|"
                          r"lower|middle|centre|center)\b)")
# "keep the cat out for the first half": no cat then
KEPT_OUT_RE = re.compile(r"\bkeep (?:the |any |a )?(?P<noun>[a-z]+) (?:out|away|off(?: screen)?)(?: of (?:the )?(?:frame|view|"
                         r"picture|shot))? "
                         r"(?:(?:for|during|through) )?(?:in )?(?=the (?:first|second|whole|opening|closing) half\b)")
# "no exits", "nothing leaves": said only to keep things in, which is what the scene does anyway
NO_EXITS_RE = re.compile(CLAUSE_START + r"(?:no (?:exits|departures)|(?:nothing|nobody|no one|none of them) (?:leaves|"
                                        r"exits))\s*[.;,]\s*")
_COUNT = r"(?P<count>one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
# "three moving cars are in view", "two moving balls": a counted group under the start heading
GROUP_RE = re.compile(r"^" + _COUNT + r" (?P<mods>(?:[a-z-]+ ){0,2}?)(?P<noun>[a-z]+)(?P<state> (?:are |is )?in (?:view|"
                                      r"the frame|sight|the clip|shot))?$")
# "three moving cars are in view", "they are still in the frame", "still three": the same group again at the end
_SAID_AGAIN = (r"(?:(?:they|both|all)(?: [a-z]+){0,2} (?:are )?still|still (?P<again>one|two|three|four|five|six|seven|eight|"
               r"nine|ten)"
               r"|(?<=, )still (?:in |there|present|visible))")
_START_SENTENCE_RE = re.compile(r"(?:^|(?<=[.;] ))(?:at the start, (?P<group>[^.;]+?)|(?P<from>[^.;]+?) (?:from|"
                                r"at) the start)(?P<stop>[.;])")
# "none gone", "nobody missing": all of the group still there
NONE_LOST_RE = re.compile(r",? (?:with )?(?:none|nothing|nobody|no one)(?: of them)? (?:gone|missing|lost)\b")
_NEGATIONS = ("no ", "not ", "more", "another", "new ", "other", "gone", "leave", "left", "right", "exit")


def mentions_a_watch(text: str) -> bool:
    """Whether ``text`` may name the watcher's coming or going or the camera's rolling or stopping."""
    return ("arriv" in text or "roll" in text or "leav" in text or "depart" in text or "wrap" in text or "clock" in text
            or "recording" in text or "pack" in text or "camera st" in text or "tape" in text)


def _no_thing(span: str) -> bool:
    if span in _CLIP_WORDS:
        return True
    return span not in _PART_WORDS and span not in STOP_WORDS and not noun_class(span)


def _edges_named(text: str, patterns: list[re.Pattern]) -> dict[str, set[str]]:
    """The edges said of each span word: "start of record ... end of record" gives {"record": {"start", "end"}}."""
    edges: dict[str, set[str]] = {}
    for pattern in patterns:
        for match in pattern.finditer(text):
            if _lead(match) is not None:
                edges.setdefault(match["span"], set()).add(_EDGE_WORDS[match["edge"]])
    if ((" the start" in text or " the end" in text or " the beginning" in text)
        and BARE_MOMENT_RE.search(text)) or _ends_by_name(text):
        edges[""] = {"start", "end"}
    return edges


def _lead(match: re.Match) -> re.Match | None:
    """The clause start or preposition an edge follows ("", ": ", "at the "), or None where it follows neither."""
    return LEAD_RE.search(match.string, max(0, match.start() - 20), match.start())


def _ends_by_name(text: str) -> bool:
    return ("blackout" in text or "lights " in text or "curtain" in text) and END_WORD_RE.search(text) is not None


def _midpoint_heading(text: str) -> bool:
    return ("mid" in text or "halfway" in text) and MIDPOINT_HEADING_RE.search(text) is not None


def _edge_patterns(text: str) -> list[re.Pattern]:
    """The edge patterns whose words ``text`` holds (most prompts hold none)."""
    patterns = []
    if "start of" in text or "beginning of" in text or "end of" in text or "close of" in text or "finish of" in text:
        patterns.append(EDGE_OF_SPAN_RE)
    if "opening " in text or "first " in text or "initial " in text or "final " in text or "closing " in text or "last " in text:
        patterns.append(FIRST_OR_LAST_RE)
    return patterns


def moments_named(text: str) -> str:
    """Every start and end heading as "the start" and "the end", whatever span it names. An edge of a span that is no
    thing is a moment where it heads a clause ("Start of record:") or where the span's other edge is named too ("from
    start of record to end of record", "from the start of the dive ... at the end"): "to the end of the pier" is a place."""
    patterns = _edge_patterns(text)
    edges = _edges_named(text, patterns) if patterns else {}
    sequence = len(set().union(*edges.values())) > 1 or _midpoint_heading(text)

    def moment(match: re.Match) -> str:
        span, edge, before = match["span"], _EDGE_WORDS[match["edge"]], _lead(match)
        if before is None or not _no_thing(span):
            return match.group(0)
        lead = before["lead"].strip()
        # a heading is a moment only in a sequence of them ("Opening beat: a bird" alone is no time of the clip)
        heading = sequence and lead in ("", ".", ";", ":", ",", "!", "?") and HEADING_END_RE.match(match.string, match.end())
        # "by the final tableau": a last said with a moment's preposition ("by the last tree" may be a place)
        timed = lead in ("at", "by") and match["edge"] in ("opening", "initial", "final", "closing")
        if not heading and not timed and len(edges.get(span, set()) | edges.get("", set())) < 2:
            return match.group(0)
        return edge if before["the"] else f"the {edge}"
    for pattern in patterns:
        text = pattern.sub(moment, text)
    if "blackout" in text or "lights " in text or "curtain" in text:
        text = END_WORD_RE.sub(lambda m: f"{m['prep']} the end" if m["prep"] else "the end", text)
    if "mid" in text or "halfway" in text:
        text = MIDPOINT_HEADING_RE.sub("the midpoint, ", text)
    if "the start" not in text:
        return text
    return WHOLE_SPAN_RE.sub(lambda m: "in view the whole time" if m["on"] else "the whole time", text)


def place_unless_moved(match: re.Match) -> str:
    """A bare side listed after a thing's label ("lively cat, right side ...") is its place; after a verb of its own
    sentence ("rolls from left to right: left side at the start, ...") the reader takes the side as it stands."""
    sentence_start = max(match.string.rfind(stop, 0, match.start()) for stop in ".!?")
    said = match.string[sentence_start + 1:match.start()].split()
    return match.group(0) if any(word in VERB_KINDS and not word.endswith("ing") for word in said) else "on the "


def bare_edges_named(text: str) -> str:
    """Bare edge headings ("Start: ... Close: ...") as the clip's start and end, where both edges are named."""
    edges = {_EDGE_WORDS[match["edge"]] for match in BARE_EDGE_HEADING_RE.finditer(text)}
    if " the start" in text or text.startswith("the start"):
        edges.add("start")
    if " the end" in text:
        edges.add("end")
    if len(edges) < 2:
        return text
    return BARE_EDGE_HEADING_RE.sub(lambda m: f"the {_EDGE_WORDS[m['edge']]}", text)


def watch_edges_named(text: str) -> str:
    """The watcher's arrival and leaving (or the camera's rolling and wrapping) as the clip's start and end, where the
    other edge of the period is named too, by its own words or as "the start" or "the end"."""
    opens, closes = WATCH_OPENS_RE.search(text), WATCH_CLOSES_RE.search(text)
    if opens and (closes or " the end" in text or " its end" in text):
        text = WATCH_OPENS_RE.sub("at the start", text)
    if closes and (opens or " the start" in text):
        text = WATCH_CLOSES_RE.sub("at the end", text)
    return text


def timetable_headings_named(text: str) -> str:
    """A timetable's departure and arrival headings as the clip's start and end, where both are said."""
    if "arriv" not in text:
        return text
    text = TOGETHER_HEADING_RE.sub(lambda m: f"{m['said']}, in view the whole time", text)
    verbs = {match["verb"] for match in TIMETABLE_HEADING_RE.finditer(text)}
    if not {"departs", "arrives"} <= verbs:
        return text
    text = TIMETABLE_HEADING_RE.sub(lambda m: _TIMETABLE_MOMENTS[m["verb"]], text)
    service = SERVICE_THING_RE.search(text) if BARE_PLACE_HEADING_RE.search(text) else None
    if service is None or not any(noun_class(word) for word in service["thing"].split()):
        return text
    opened = BARE_PLACE_HEADING_RE.sub(f"the start: {service['thing']} in the ", text[:service.start()])
    return opened.replace(" in the the ", " in the ")


def under_headings(text: str) -> str:
    """What each moment heading says, as a clause of that moment: a bare thing at a place is there then."""
    if len(set(MOMENT_NAMED_RE.findall(text))) < 2:
        return text  # "at the end, ..." with no other moment is a sentence's own time, not a sequence of headings
    named: list[str] = []

    def clause(match: re.Match) -> str:
        said = match["said"].strip()
        gone = THING_GONE_RE.match(said)
        if gone and noun_class(gone["noun"]):
            said = f"{gone['thing']} is {said[gone.end():]}"
        when = f"at the {match['moment']}"
        return moment_clause(when, said, named)
    return MOMENT_HEADING_RE.sub(clause, text)


def same_group_kept(text: str) -> str:
    """A group in view at the start and said again at the end (its count again, or "they are still ...") is there the
    whole time, never a second group."""
    sentences = re.split(r"(?<=[.;]) ", text)
    kept: list[str] = []
    index = 0
    while index < len(sentences):
        sentence = sentences[index]
        start = _START_SENTENCE_RE.match(sentence)
        group = GROUP_RE.match((start["group"] or start["from"]).strip()) if start else None
        later = index + 1
        if group and later < len(sentences) and NO_EXITS_RE.match(sentences[later] + " "):
            later += 1
        while group and later + 1 < len(sentences) and _said_again(sentences[later], group, "the midpoint"):
            later += 1  # "half-time: still four.": the group said again on its way to the end
        if group and later < len(sentences) and _said_again(sentences[later], group):
            words = f"{group['count']} {group['mods']}{group['noun']}"
            kept.append(f"{words} in view the whole time{start['stop']}")
            index = later + 1
            continue
        kept.append(sentence)
        index += 1
    return " ".join(kept)


def _said_again(sentence: str, group: re.Match, moment: str = "the end") -> bool:
    """Whether ``sentence`` says the start's group is there at ``moment`` and nothing else: its count and kind again, or
    "they are still"/"still three", with no other thing, place or "more"."""
    sentence = NONE_LOST_RE.sub("", sentence)  # "the same four, none gone": nothing left, so nothing to deny
    if moment not in sentence or any(word in sentence for word in _NEGATIONS):
        return False
    again = re.search(r"\b" + _SAID_AGAIN, sentence)
    if again:
        return again["again"] in (None, group["count"])
    noun = rf"(?:{group['noun']}|{singular(group['noun'])})"
    return re.search(rf"\b(?:(?:{group['count']}|the same|that same) (?:[a-z-]+ ){{0,2}}?{noun}|(?:the|"
                     rf"that) same(?: {group['count']})?"
                     r"(?=\s*(?:[,.;]|$)))", sentence) is not None

