"""A prompt told as a broadcast news report, put into plain sentences before reading.

"Reports from the scene this morning confirm two cats ...; our camera captured nothing else. Back to you in
the studio." is a newsreader's: the sources ("reports confirm", "witnesses say", "police said"), the crew
("our camera captured", "our reporter saw"), anyone else who tells what is there ("the referee reports three dogs")
and the sign-off ("back to you in the studio") are never things in
the scene, and what the camera captured is simply there. The report's own clip words are its
times: "early in the footage", "as the footage begins" are the start, "by the close of the clip", "as the report
closes" the end; footage "shot from directly
overhead" or "looking straight down" is a top-down view.
"""

from __future__ import annotations

import re

from .object_classes import names_a_thing, noun_class

_WHEN = r"(?: (?:this|last|early this|late this) (?:morning|afternoon|evening|night)| today| tonight| yesterday| earlier| now)?"
# "Reports from the scene this morning confirm", "Witnesses say", "Police said that": who tells, not what is there
SOURCE_RE = re.compile(r"(?:, )?\b(?:(?:early |initial |first |latest )?reports|sources|officials|police|witnesses|bystanders|"
                       r"onlookers|residents|"
                       r"eyewitnesses|(?:our )?(?:reporters?|correspondents?))(?: (?:from|at|on) the (?:scene|ground|site))?" +
                       _WHEN
                       + r" (?:confirm|confirmed|say|said|report|reported|describe|described|tell us|told us|indicate|indicated|"
                       r"claim|claimed|suggest|suggested|state|stated)(?: that)?\b,? ?")
# "the referee reports three dogs", "the night guard notes that two cars ...", "yours truly reports a dog": whoever
# tells what is there, the speaker too, named by a word the tables do not know ("a cat watches two birds" is the
# scene's own)
TELLER_RE = re.compile(r"(?:^|(?<=[.!?;:,] ))"
                       r"(?:(?:the|our|my|your|a|an|this) (?:[a-z-]+ )?(?P<teller>[a-z]+)|yours truly)"
                       r" (?:reports|reported|notes|noted|records|recorded|writes|wrote|logs|logged|confirms|confirmed"
                       r"|says|said|states|stated|tells us|told us)(?: that)?"
                       r" (?=(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|no|only|just)\b)")
# "..., this correspondent can confirm.", "..., the undersigned reports.", "..., I can confirm.": the teller vouching
# for the clause before, set off by a comma at its end
_MAY = r"(?:can|could|will|must|may)"
TELLER_ASIDE_RE = re.compile(r",? (?:(?:the|our|my|your|this) (?:[a-z-]+ )?(?!" + _MAY + r"\b)(?P<teller>[a-z]+)"
                             r"|i|we|yours truly)"
                             r" (?:" + _MAY + r" )?(?:confirm|confirms|report|reports|attest|attests"
                             r"|vouch for (?:it|that|this)|assure you|tell you)"
                             r"(?=\s*(?:[.!?;]|$))")
# "our camera captured", "our crew filmed", "our camera, mounted directly overhead, captured": what is seen
CREW_RE = re.compile(r"\bour (?:cameras?|crew|team|drone|helicopter|cameraman|camera operator|reporter|correspondent)"
                     r"(?P<aside>,[^,;.]+,)?(?: (?:also|then|later|first))? (?:captured|caught|filmed|recorded|shot|spotted|saw|"
                     r"sees|"
                     r"captures|catches|films|records|shows|showed|got)\b")
# "the footage shows", "cameras caught": what is seen, said of the recording
FOOTAGE_SHOWS_RE = re.compile(r"\b(?:(?:the|our|this) )?(?:(?:drone|news|security|camera|aerial|overhead|phone|cctv|dashcam|live|"
                              r"raw|"
                              r"[a-z]+[- ]eye) )?(?:footage|video|pictures|images|cameras?)(?: here| now)? (?:shows?|showed|"
                              r"captured|caught|"
                              r"reveals?|revealed|recorded)\b")
# "Breaking news:", "This just in:", "according to witnesses,": the newsroom's framing
HEADLINE_RE = re.compile(r"(?:^|(?<=[.!?;] ))(?:breaking(?: news)?|this just in|just in|developing(?: story)?|news ?flash|"
                         r"update)\s*[:,.!\u2014-]\s*|"
                         r"\baccording to (?:(?:the |our |early |local )?(?:witnesses|eyewitnesses|reports|sources|police|"
                         r"officials|"
                         r"bystanders|onlookers|residents|reporters?|correspondents?))(?: (?:at|on|from) the (?:scene|"
                         r"ground))?,? ?")
_FROM_ABOVE_RE = re.compile(r"\b(?:overhead|from (?:high )?above|straight down|top[- ]down|bird'?s[- ]eye|aerial)\b")
# "in top-down footage", "in footage shot from directly overhead": the view, not a time or a place
ABOVE_FOOTAGE_RE = re.compile(r"\bin (?:(?:the )?(?:top[- ]down|overhead|aerial|bird'?s[- ]eye|drone) footage|(?:the )?footage "
                              r"(?:[a-z]+ ){0,5}?(?:overhead|from above|above|straight down|top[- ]down))\b")
# "Back to you in the studio.", "Back to you, Tom.", "This is Anna, reporting.": the sign-off sentence
SIGN_OFF_RE = re.compile(r"(?:^|(?<=[.!?;] ))(?:and )?(?:now )?(?:back to you|(?:this is|for) [a-z]+(?: [a-z]+)?,? "
                         r"reporting|more (?:at|after) |we will keep you)[^.!?;]*[.!?;]?")
# "Reporting from the front:", "Filing live from the harbour at dawn, ...", "Dana reporting from the pier - ...": the
# report's dateline, where the reporter stands. The place is a short run of words up to the punctuation or the clause
# that follows it ("from the barn with three cows"), never "reporting on" (the topic); it stays as where the scene is
_DATELINE_VERBS = ("reporting", "filing", "broadcasting", "writing", "speaking")
_PLACE_WORD = r"(?!(?:with|where|which|who|whose|that|while|when|as|and|a|an|one|two|three|four|five|six)\b)[a-z'-]+"
DATELINE_RE = re.compile(r"(?:^|(?<=[.!?;] ))(?P<teller>(?:this is |for )?[a-z]+(?: [a-z]+)?,? )??"
                         r"(?:(?P<verb>" + "|".join(_DATELINE_VERBS) + r")(?: to you)?(?: live)?|live) from "
                         r"(?P<place>(?:(?:a|an|the|our|this) )?(?:" + _PLACE_WORD + r" ){0,6}" + _PLACE_WORD + r")"
                         r"(?P<rest>(?:\s*(?::|,| -+| \u2014| \u2013)"
                         r"| (?=(?:with|where|which|who|whose|that|while|as)\b))[^.!?;]*+[.!?;]?|[.!?;]|$)")
_PLACE_PREPOSITIONS = ("beside", "near", "next", "by", "in", "inside", "outside", "on", "at", "behind", "above",
                       "below", "under", "over", "across", "along", "atop", "aboard", "among", "amid", "within")
# "writing from his desk, a novelist ...": these verbs are as often the doer's own act, so they make a dateline only
# before a colon or a dash, or opening the prompt with no one named after them
_DOERS_OWN_VERBS = frozenset(("writing", "speaking", "filing"))
# a colon or a dash after the place sets it off as a heading ("Filing from the quay - two parked cars")
_HEADING_MARK_RE = re.compile(r"\s*(?::|-+|\u2014|\u2013)")
# "from the left", "from left to right": a way across the frame, never where the reporter stands
_SIDE_RE = re.compile(r"\b(?:left|right|(?:side|edge)s? of the (?:frame|screen|picture|shot|view))\b")
# ", a senator waves": someone named after the dateline, so what follows is the scene's clause, not the sign-off
_SUBJECT_AFTER_RE = re.compile(r"^\s*(?::|,|-+|\u2014|\u2013)?\s*(?:a|an|the|one|two|three|four|five|six|some|several|"
                               r"his|her|their|its|my|our|he|she|they|it)\b")


def _dateline(match: re.Match) -> str:
    """A dateline leaves its place as where the scene is ("at the pier: a cat ..."); one before words that name no
    thing and no one is the sign-off ("Reporting live from the harbour, this is Anna.")."""
    if match["teller"] and names_a_thing(match["teller"]) or _SIDE_RE.search(match["place"]):
        return match.group(0)
    rest = match["rest"]
    subject_after = _SUBJECT_AFTER_RE.match(rest) is not None
    if match["verb"] in _DOERS_OWN_VERBS and not _HEADING_MARK_RE.match(rest) and (
            subject_after or match.string[:match.start()].strip()):
        return match.group(0)
    if rest.strip(".!?; ") and not subject_after and not names_a_thing(rest):
        return ""
    place = match["place"]
    return (place if place.split(" ", 1)[0] in _PLACE_PREPOSITIONS else "at " + place) + rest


# "the footage", "the broadcast": the clip itself, whose parts are times ("for the rest of the footage")
REPORT_CLIP_RE = re.compile(r"\bthe (?:footage|broadcast|recording|tape)\b")
_FOOTAGE = r"(?:footage|clip|video|report|broadcast|recording|tape)"
EARLY_RE = re.compile(r"\b(?:early|at the (?:start|beginning|opening|top)) (?:in|of) the " + _FOOTAGE + r"\b|\bearly on\b")
# "as the footage begins", "as the report closes": the clip's own start and end
AS_CLIP_RE = re.compile(r"\bas the " + _FOOTAGE + r" (?:(?P<start>begins|starts|opens|gets under way|rolls)|closes|ends|finishes|"
                                                  r"wraps up|draws to a close)\b")
OPENING_RE = re.compile(r"\bin the (?:opening|first few|first) (?:seconds|moments|frames|shots) of the " + _FOOTAGE + r"\b")
CLOSE_RE = re.compile(r"\b(?P<lead>by|at|to|until|till|before) the (?:close|end|finish) of the " + _FOOTAGE + r"\b")
_TELLS = ("according to", "breaking", "just in", "shows", "caught", "confirm", "our camera", "our crew", "witnesses",
          "reports", "back to you",
          "footage", "reporting", "police", " reported", " notes", " says", "live from",
          *(f"{verb} {link}" for verb in _DATELINE_VERBS[1:] for link in ("from", "live", "to you")))


def looks_like_report(text: str) -> bool:
    """Whether ``text`` (lower-cased) is told the way a newsreader tells it."""
    return any(tell in text for tell in _TELLS)


def _crew(match: re.Match) -> str:
    aside = match.group("aside") or ""
    return "in a top-down view," if _FROM_ABOVE_RE.search(aside) else ""


def report_in_plain_words(text: str) -> str:
    """``text`` without the sources, the crew and the sign-off; the report's clip times said plainly."""
    text = SOURCE_RE.sub(" ", text)
    text = TELLER_RE.sub(lambda m: m.group(0) if m["teller"] and noun_class(m["teller"]) else "", text)
    text = TELLER_ASIDE_RE.sub(lambda m: m.group(0) if m["teller"] and noun_class(m["teller"]) else "", text)
    text = HEADLINE_RE.sub("", text)
    text = CREW_RE.sub(_crew, text)
    text = FOOTAGE_SHOWS_RE.sub("", text)
    text = ABOVE_FOOTAGE_RE.sub("in a top-down view", text)
    text = SIGN_OFF_RE.sub("", DATELINE_RE.sub(_dateline, text))
    text = EARLY_RE.sub("at first", text)
    text = OPENING_RE.sub("at first", text)
    text = AS_CLIP_RE.sub(lambda m: "at first" if m.group("start") else "by the end", text)
    text = CLOSE_RE.sub(lambda m: f"{m.group('lead')} the end", text)
    text = REPORT_CLIP_RE.sub("the clip", text)
    text = re.sub(r"(^|[.!?;] )([,;] ?)", r"\1", text)  # a source said before a comma
    return " ".join(text.split())
