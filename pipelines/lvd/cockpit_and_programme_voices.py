"""A pilot's cockpit callouts and a theatre programme's synopsis, put into the plain scene they tell.

- A theatre programme frames the clip as a performance: "curtain up (on X)" is the start with X there, "the final
  curtain", "curtain down" and "the curtain call" are the end, "the interval" is halfway (the halves before and after
  it), and "a short piece for two dogs", "the piece follows a bird" name the work, which is the clip, never a thing.
  "Stage left" is the frame's left. A curtain the scene acts on ("a cat climbs the curtain") stays a thing: only the
  theatre's fixed phrases are read.
- Cockpit callouts sight things: "visual on X", "eyes on X" and "tally X" say X is there, never that anything moves;
  "Over.", "Checklist complete." and "Captain speaking:" add nothing, nor does a "... callout:" label.
- Either voice lists moments as headings with a colon ("Halfway through: the lower right corner."): a bare place
  under a heading is where the thing already named is at that moment.
- "a ball, stationary for the whole clip, ..." is a ball that stays still, and a moment said after a still clause
  ("..., which never moves, and by the end the ball is ...") opens a new clause about the mover, not the still one.
"""

from __future__ import annotations

import re

from .rewrite_text import CLAUSE_START

# ---- theatre
# "curtain up on a cat ...", "the curtain rises on two dogs": them, as the clip opens (where a first thing is anyway;
# "at the start, two cats" would keep them to the start alone)
CURTAIN_UP_ON_RE = re.compile(CLAUSE_START + r"(?:the )?curtain (?:up|rises|goes up|opens|lifts) on ")
# a time word before "curtain up" or "curtain down" ("a cat holds the curtain up" is the curtain itself)
_TIME_PREP = r"(?P<prep>at|by|from|to|until|till|before|after|since|towards?)"
# "from curtain up", "at curtain-up", "the rise of the curtain": the start
CURTAIN_UP_RE = re.compile(r"\b" + _TIME_PREP + r" (?:the )?curtain[- ](?:up|rise)\b|\b(?:the )?(?:rise of the curtain|"
                                                r"opening curtain)\b")
# "by the final curtain", "until curtain down", "at the curtain call", "the fall of the curtain": the end
FINAL_CURTAIN_RE = re.compile(r"\b" + _TIME_PREP + r" (?:the )?curtain[- ](?:down|fall)\b"
                              r"|\b(?:the )?(?:(?:final|last|closing) curtain|curtain call|fall of the curtain)\b")
# "as the curtain rises on two dogs,", "when the curtain goes up,": at the start
CURTAIN_RISES_RE = re.compile(r"\b(?:as|when|once) the curtain (?:rises|goes up|opens|lifts)(?: on)?\b,?")
# "as the curtain falls", "when the curtain comes down": at the end; "until the curtain falls": until the end
CURTAIN_FALLS_RE = re.compile(r"\b(?P<prep>as|when|once|until|till|before) the curtain (?:falls|comes down|drops|closes)\b")
_SPAN_PREPS = frozenset(("until", "till", "before"))
# "through the interval (and) until the end": the interval adds nothing to a span that runs on past it
THROUGH_INTERVAL_RE = re.compile(r"\b(?:through|past|beyond) the interval,?(?: and)? ")
# "by the interval halfway through", "the interval, which falls halfway through": the halfway said twice
INTERVAL_AT_HALFWAY_RE = re.compile(r"\b(?:the )?interval,? (?:(?:which|that) (?:falls|comes|is) )?(?=halfway\b)")
# "before the interval", "after the interval", "at the interval": halfway; "no interval" says nothing
INTERVAL_RE = re.compile(r"\b(?P<prep>before|after|at|by|until|till|from|since) (?:the )?interval\b")
_HALF_OF = {"before": "before halfway", "until": "until halfway", "till": "until halfway", "after": "after halfway",
            "from": "from halfway", "since": "from halfway", "at": "halfway through", "by": "by halfway"}
NO_INTERVAL_RE = re.compile(r",? (?:with )?no interval\b")
# "running time: the whole clip, no interval.": the clip's length, nothing in it
RUNNING_TIME_RE = re.compile(CLAUSE_START + r"running time:[^.;!?]*[.;!?]?")
# "synopsis:", "programme note:": a label of the programme, not of the scene
PROGRAMME_LABEL_RE = re.compile(CLAUSE_START + r"(?:synopsis|programme note|program note|plot summary|the plot):\s*")
# "a short piece for two walking dogs", "a duet for a cat and a bird": the work is its cast
PIECE_FOR_RE = re.compile(r"\b(?:a|an|this|the) (?:[a-z]+ )?(?:piece|play|duet|trio|quartet|solo|ballet|drama|comedy|work|"
                          r"sketch) "
                          r"(?:for|about|starring|featuring) (?=(?:a|an|one|two|three|four|five|six|the)\b)")
# "the piece follows a flying bird across ...": the story watched, the bird's own way
PIECE_FOLLOWS_RE = re.compile(r"\b(?:the|this) (?:piece|play|show|production|performance|drama|ballet|story) (?:follows|tracks|"
                              r"traces) ")
# "a cat carries the first half alone": in view in that half
CARRIES_HALF_RE = re.compile(r"\b(?:carries|carry|holds|hold|has|have|owns|own) the (?P<half>first|second|opening|"
                             r"closing) half(?: alone| solo)?\b")
# "the second half plays with no cat", "the first half plays without any car": that half has none
HALF_PLAYS_RE = re.compile(r"\bthe (?P<half>first|second|opening|closing) half plays (?:with no|without(?: any| a| an)?) ")
# "a ball opens on the left of a car": starts there
OPENS_ON_RE = re.compile(r"\b(?P<verb>opens|open) (?=(?:on|in|at) the\b)")
# "stage left", "stage right": the frame's sides
STAGE_SIDE_RE = re.compile(r"\b(?:(?:the|on|at) )?stage (?P<side>left|right)\b")
_THEATRE_WORDS = ("curtain", "interval", "synopsis", "programme", "program note", "running time", "piece", "duet", "trio", "solo",
                  " half plays", "carries the", "stage ")

# ---- cockpit
# "visual on a cat", "eyes on two dogs", "tally one car": a sighting of them
SIGHTING_RE = re.compile(CLAUSE_START + r"(?:visual|eyes|tally)(?: on)? (?=(?:a|an|one|two|three|four|five|six|the)\b)")
# "over.", "over and out.", "checklist complete.", "captain speaking:", "approach callout:": the call's frame
SIGN_OFF_RE = re.compile(CLAUSE_START + r"(?:over(?: and out)?[.!]|checklist (?:complete|completed|done)[.!]?"
                         r"|(?:this is )?(?:your )?(?:captain|first officer|co-pilot|pilot) speaking[:,.]|"
                         r"(?:[a-z-]+ )?callout:)\s*")
_COCKPIT_WORDS = ("visual", "eyes on", "tally", "over.", "over!", "over and out", "checklist", "speaking", "callout")

# ---- moment headings
_MOMENT = (r"(?:at the start|at first|at the beginning|halfway(?: through)?|midway(?: through)?|at the midpoint|in the middle|"
           r"at the end|by the end|in the end|finally|at last|then|next|later)")
# "halfway through: the lower right corner.": the thing named before is there then
BARE_PLACE_RE = re.compile(r"\b(?P<moment>" + _MOMENT + r"): (?:(?:in|at|on) )?(?P<place>the (?:(?:upper|lower|top|bottom|far|"
                                                        r"middle)"
                           r"(?: left| right)?|left|right|centre|center|middle)\b(?: (?:corner|side|edge|half|third|"
                           r"of the frame))?)"
                           r"(?=\s*[.;,]|$)")

# ---- still things
# "a ball, stationary for the whole clip, with ...": a ball that stays still
STATIONARY_RE = re.compile(r", stationary(?: (?:for the whole clip|for the whole video|throughout|the whole time|all along|"
                           r"all the time))?,")
# "..., which never moves, and by the end the ball ...": the moment opens the mover's own clause
MOMENT_AFTER_STILL_RE = re.compile(r"(?P<still>, (?:which|that) (?:never moves|never move|stays still|stay still|does not move|"
                                   r"do not move"
                                   r"|remains still|remain still|is still|are still)), and (?=(?:by|at|in|towards?) the (?:end|"
                                   r"close|finish)\b)")


_GATE_WORDS = _THEATRE_WORDS + _COCKPIT_WORDS + (": the ", ": in the ", ": at the ", ": on the ", "stationary", ", and ")


def looks_like_cockpit_or_programme(text: str) -> bool:
    """Whether ``text`` (lower case) may hold a callout, a programme's phrase, a moment heading or a still apposition."""
    for word in _GATE_WORDS:
        if word in text:
            return True
    return False


def _theatre_in_plain_words(text: str) -> str:
    if "curtain" in text:
        text = CURTAIN_UP_ON_RE.sub("", text)
        text = CURTAIN_UP_RE.sub(lambda m: f"{m['prep']} the start" if m["prep"] else "the start", text)
        text = CURTAIN_RISES_RE.sub("at the start,", text)
        text = CURTAIN_FALLS_RE.sub(lambda m: m["prep"] + " the end" if m["prep"] in _SPAN_PREPS else "at the end",
                                    FINAL_CURTAIN_RE.sub(lambda m: f"{m['prep']} the end" if m["prep"] else "the end", text))
    if "interval" in text:
        text = INTERVAL_AT_HALFWAY_RE.sub("", THROUGH_INTERVAL_RE.sub("", text))
        text = INTERVAL_RE.sub(lambda m: _HALF_OF[m["prep"]], NO_INTERVAL_RE.sub("", text))
    if "running time" in text:
        text = RUNNING_TIME_RE.sub("", text)
    if ":" in text:
        text = PROGRAMME_LABEL_RE.sub("", text)
    text = PIECE_FOLLOWS_RE.sub("we follow ", PIECE_FOR_RE.sub("", text))
    if "half" in text:
        text = CARRIES_HALF_RE.sub(r"is in view in the \g<half> half", text)
        text = HALF_PLAYS_RE.sub(r"in the \g<half> half there is no ", text)
    if "stage " in text:
        text = STAGE_SIDE_RE.sub(r"on the \g<side>", text)
    if "open" in text:
        text = OPENS_ON_RE.sub(lambda m: "starts " if m["verb"] == "opens" else "start ", text)
    return text


def cockpit_and_programme_in_plain_words(text: str) -> str:
    """The scene a cockpit callout or a theatre programme tells, in the plain words the later passes read."""
    told = text
    if any(word in text for word in _THEATRE_WORDS):
        text = _theatre_in_plain_words(text)
    if "visual" in text or "eyes" in text or "tally" in text:
        text = SIGHTING_RE.sub("", text)
    if "over" in text or "checklist" in text or "speaking" in text or "callout" in text:
        text = SIGN_OFF_RE.sub("", text)
    if ": the " in text or ": in the " in text or ": at the " in text or ": on the " in text:
        text = BARE_PLACE_RE.sub(r"\g<moment>, it is at \g<place>", text)
    if "stationary" in text:
        text = STATIONARY_RE.sub(", which stays still,", text)
    if ", and " in text and (" which " in text or " that " in text):
        text = MOMENT_AFTER_STILL_RE.sub(r"\g<still>; ", text)
    return text if text == told else re.sub(r"\s{2,}", " ", text).strip()
