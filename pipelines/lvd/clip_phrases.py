"""Everyday names for parts of the clip, put into the time words the reader knows, before it reads.

"at the opening moment" is the start, "the final stretch" the final part, "the running time" the clip itself (nothing runs), "the
first 50 percent" the first half (no count of fifty), "the whole time" before more of the sentence all of the clip, "the whole
first half" that half, and "nothing of it can be seen" says the thing itself is not seen; with a clip length said, "the first 2.5
s of a 5 s clip" is its first half and "at 2.5 s" its midpoint; "in the end", "when the clip ends" and a clause-closing "at last"
are by the end; "the one-third mark" is a third of the way through, "by the middle of the video" by the midpoint and "once the
first half is over" the second half; things there "at the start and again at the end", with no middle told, are there the whole
time; "the first half of this reel" or "of the tape" is the video's, whatever the clip is called; a thing named with no verb after
a fronted moment, "Halfway through, a flying bird, which stays", "Midway through the clip, a red ball, which remains there",
appears then; and a "then" closing an arrival, "which appears then and stays", is at the time said before it, no next step; a
thing that appears or shows up "throughout" or "the whole time" (in the clip or on screen, "two cars appear in this
clip the whole time") is there the whole clip, no arrival partway through. Rewriting
these first keeps their words from being read as objects, counts or moves.
"""

from __future__ import annotations

import re

from .clip_audience import audience_dropped
from .clip_handling import handling_dropped
from .object_classes import noun_class
from .visibility_cues import shares_in_words

# "nothing of it can be seen", "no trace of them is visible": the thing itself, said not to be there
NOTHING_OF_RE = re.compile(r"\b(?:nothing|none|no (?:part|trace|sign|bit)) of (it|them) (can|could|will|would|is|are|was|were)\b")
# "the first half of this reel", "the end of the tape", "the last few seconds of our recording": a part of the clip's time
# by any name, the clip's noun ending its phrase ("the end of the tape and it rolls", "the rest of the film crew" name
# real things); a part with no word of time before it, "part of the film is torn", is of the thing
_TIME_ORDER = r"(?:first|second|third|fourth|last|final|opening|closing|early|earlier|later|latter|middle|next)"
_CLIP_PARTS = r"half|third|quarter|start|end|beginning|middle|rest|opening|close|finish"
_PART_OF_CLIP_NOUNS = ("reel", "tape", "recording", "footage", "film", "movie", "clip")
PART_OF_CLIP_RE = re.compile(r"\b(?P<part>" + _TIME_ORDER + r" (?:few )?(?:part|portion|stretch|section|seconds?|minutes?"
                             r"|moments?)|" + _CLIP_PARTS + r") of "
                             r"(?:the|this|that|our|my|your|his|her|their) (?:" + "|".join(_PART_OF_CLIP_NOUNS) + r")\b"
                             r"(?=\s*[,.;:!?]|\s*$|\s+(?:is|was|shows?|showed|a|an|the|one|two|three|four|five|\d+)\b)")
# any word that names a stretch or a moment of the clip, for a rule that must keep what says when ("For the first
# half:", "Waiting a while, and what do I see?")
TIME_WORDS = (rf"{_TIME_ORDER}|{_CLIP_PARTS}|midpoint|moments?|seconds?|minutes?|frames?|while|whole|entire")
# "at the opening moment", "by the final instant", "in the last moments": the clip's first or last moment, said as the start or
# the end
MOMENT_RE = re.compile(r"\b(at|by|in|on) the (?:very )?(?P<which>opening|first|initial|starting|final|last|closing|ending) "
                       r"(?:moments?|instants?|frame)\b(?!s)")
# "noted at the start and again at the end:", "three cats, at the start and at the end.": there at both edges, so all along
# (unless the clip's middle is told as well); "at the end on the right" goes on to a place of its own
BOTH_EDGES_RE = re.compile(r"\bat the (?:start|beginning|outset)(?: of the (?:clip|video|footage|film|recording))? and (?:again |"
                           r"also |still "
                           r"|once more )?at (?:the|its) (?:end|close|finish)(?=\s*(?:[:;,.!?]|$))")
_MIDDLE_WORDS = ("half", "midpoint", "middle", "halfway", "midway")
# "in the end it is on the left", "when the clip ends": where things are by the clip's end
CLIP_END_RE = re.compile(r"\b(?:in the end|when the (?:clip|video|footage|film|shot|scene) (?:ends|is over|finishes|closes))\b")
# "on the right at first and on the left at last.": "at last" closing its clause is by the end (fronted, "At last, it
# sits", it is the next step, left to the passes that read steps)
# "Halfway through, a flying bird, which stays to the end": a thing named with no verb of its own after a fronted moment
# is there from that moment (said as its appearance then), the moment a heading's "the midpoint," or a time's
MOMENT_THEN_BARE_THING_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?P<moment>(?:half[ -]?way|midway)(?: through(?: the "
                                       r"(?:clip|video|film|footage|scene))?)?|(?:at )?the "
                                       r"(?:midpoint|halfway (?:point|mark))), (?P<thing>(?:a|an|one) (?:[a-z]+ ){0,2}?"
                                       r"(?P<noun>[a-z]+))(?=,? (?:which|that|who) (?:stays|remains|lingers|sticks around)\b"
                                       r"|\s*(?:[.;!?]|$))")
CLAUSE_END_AT_LAST_RE = re.compile(r"(?<=[a-z]) at last(?= *(?:[,.;!?]|$))")
# "a ball, which appears then and stays", "a horse trots in then.": a "then" closing a coming into view points back at
# the time said before it, at that time, never a next step
ARRIVES_THEN_RE = re.compile(r"\b(?P<arrival>appears?|arrives?|enters?|(?:shows?|turns?|pops?) up|[a-z]+s in) then"
                             r"(?= *(?:[,.;!?]|and\b|$))")
# the clip's start, middle and end as other pastimes name their own: a chess game's opening, middlegame and endgame, a
# knitting pattern's cast on and cast off, a concert's overture, interlude and finale, a match's kick-off, half-time and
# full time, a meal's courses, a play's prologue and epilogue, a keeper's watch, a projectionist's cues; a voice that heads its
# lines with them tells the clip's moments
CLIP_PART_NAMES = {
    "at the start": ("opening", "cast on", "overture", "prelude", "prologue", "kick-off", "kickoff", "tip-off", "first course",
                     "starter", "watch opened", "opening cue", "first cue"),
    "at the midpoint": ("middlegame", "middle game", "interlude", "intermission", "half-time", "halftime",
                        "main course", "mid-watch",
                        "halfway cue", "middle cue", "mid-shift"),
    "at the end": ("endgame", "end game", "cast off", "bind off", "finale", "full time", "full-time", "final whistle", "dessert",
                   "epilogue", "coda", "watch closed", "final cue", "last cue", "closing cue"),
}
# the spans a writer's day is made of: a shift, a watch, a journey, a show, a match; "the start of shift" and "the end of the
# journey" are the clip's start and end (a place's ends, "the end of the road", are places)
OCCASIONS = ("shift", "watch", "journey", "route", "trip", "drive", "ride", "flight", "voyage", "crossing", "patrol", "round",
             "show", "reel", "screening", "performance", "programme", "broadcast", "match", "game", "race", "bout", "session",
             "lesson", "class", "day", "night", "visit", "tour", "walk", "hike", "expedition", "mission", "operation",
             "play", "drill", "song", "track", "tune")
_OCCASION_EDGES = {"at the start": ("start of", "start of the", "beginning of", "beginning of the",
                                    "start of my", "start of your"),
                   "at the end": ("end of", "end of the", "close of", "close of the", "end of my", "end of your")}
# ... said span first as a log heads its lines: "Shift start.", "Patrol end:"; only as a heading, since after an
# article it is a place ("waits at the track end")
_OCCASION_EDGES_AFTER = {"at the start": "start", "at the end": "end"}
OCCASION_EDGE_HEADINGS = {f"{occasion} {edge}": moment for moment, edge in _OCCASION_EDGES_AFTER.items()
                          for occasion in OCCASIONS}
OCCASION_EDGE_NAMES = frozenset(f"{edge} {occasion}" for edges in _OCCASION_EDGES.values()
                                for edge in edges for occasion in OCCASIONS) \
    | frozenset(f"{occasion} {edge}" for edge in _OCCASION_EDGES_AFTER.values() for occasion in OCCASIONS)
for _moment, _edges in _OCCASION_EDGES.items():
    CLIP_PART_NAMES[_moment] += tuple(f"{edge} {occasion}" for edge in _edges for occasion in OCCASIONS)
MOMENT_OF_PART_NAME = {name: moment for moment, names in CLIP_PART_NAMES.items() for name in names}
# "for the final stretch": a part of the clip, nothing stretches
STRETCH_RE = re.compile(r"\b(final|last|closing|opening|first|early|late|home) stretch\b")
# "at the one-third mark", "by the two-thirds mark", "at the half mark": that share of the way through the clip
_MARK_SHARES = {"half": "halfway through", "one-half": "halfway through", "third": "one third of the way through",
                "one-third": "one third of the way through", "two-thirds": "two thirds of the way through",
                "two-third": "two thirds of the way through", "quarter": "a quarter of the way through",
                "one-quarter": "a quarter of the way through", "three-quarters": "three quarters of the way through",
                "three-quarter": "three quarters of the way through"}
SHARE_MARK_RE = re.compile(r"\b(?P<prep>at|by|around|near) the (?P<share>" + "|".join(sorted(_MARK_SHARES, key=len, reverse=True))
                           + r")[- ](?:way )?mark\b")
# "by the middle of the video", "around the middle of the clip": its midpoint ("in the middle of the video" is read as it is)
CLIP_MIDDLE_RE = re.compile(r"\b(?P<prep>at|by|around|near|after|from|until|till) the (?:very )?middle of the (?:video|clip|"
                            r"footage|film|recording)\b")
# "until the end of the first half", "from the start of the second half", "at the close of the opening half": the midpoint
# (GONE_BEFORE_RE reads "gone before the end of the first half" first)
HALF_EDGE_RE = re.compile(r"\b(?P<prep>at|by|around|near|after|from|until|till|up to) the (?:very )?(?:(?:end|"
                          r"close) of the (?:first|opening)"
                          r"|(?:start|beginning) of the (?:second|closing|latter)) half(?: of the (?:video|clip|footage|film|"
                          r"recording))?\b")
# "by the time the clip is half over", "when the video reaches its midpoint", "once the film is halfway through": the midpoint
CLIP_HALF_OVER_RE = re.compile(r"\b(?P<lead>by the time|when|once|as soon as|after) (?:the |this )?(?:clip|video|footage|film|"
                               r"recording) "
                               r"(?:is half (?:over|done|finished|through|gone)|is halfway (?:through|done|over)|(?:reaches|hits|"
                               r"has reached) "
                               r"(?:its|the) (?:midpoint|middle|halfway point|halfway mark))\b")
# "once the first half is over", "after the first half has ended", "when the opening half is done", "when the first
# half wanes" (its light going out as a day's does): the second half
FIRST_HALF_OVER_RE = re.compile(r"\b(?:once|after|when|as soon as) the (?:first|opening) half (?:of the (?:video|clip|footage|"
                                r"film) )?"
                                r"(?:is (?:over|done|finished|through|past|spent)|has (?:ended|passed|gone by|finished|waned|"
                                r"run out)|ends|is at an end"
                                r"|(?:wanes|ebbs|fades|runs out|draws to (?:a|its) close|has run its course)(?: away)?)\b")
# "the vision shows two cats", "four balls fill the vision": a seer's vision is the picture shown, no thing in it ("a
# vision of two cats" names what is seen, read as it is)
VISION_RE = re.compile(r"\b(?:the|this|that|my|your|our|its) vision\b(?! of\b)")
# "the code is hidden in what you see", "a clue is concealed somewhere in the clip": hidden within the clip itself is
# in it, kept from the eye and never from the frame, so no absence ("hidden in the first half" is one, read as it is;
# the watcher's "you see" may be gone already, leaving "in what")
HIDDEN_IN_CLIP_RE = re.compile(r"\b(?:hidden|concealed|tucked away|buried) (?:somewhere )?(?:in|within|inside) "
                               r"(?:what(?: (?:you|we) (?:will |can )?(?:see|watch))?(?= *(?:[.,;:!?]|$))"
                               r"|(?:the|this) (?:clip|video|footage|film|picture|scene)\b(?! of\b))")
# "the running time", "the clip's run time": the clip itself, nothing runs
RUNNING_TIME_RE = re.compile(r"\b(?:running|run) ?time\b")

# "stays in view the whole time and then leaves": all of the clip, said before the clause goes on (not a thing named "time")
WHOLE_CLIP_RE = re.compile(r"\b(?:(?:for|during|through|over|across) )?(?:the|its) (?:whole|entire|full) (?:time|clip|video|film|"
                           r"footage|"
                           r"duration|length|shot)\b(?=\s*(?:[,;]|and\b|then\b|but\b|while\b))")
# "stays in view the whole first half": that half, said without its preposition
WHOLE_HALF_RE = re.compile(r"\b(?P<lead>[a-z]+ )?(?P<span>(?:the|its) (?:whole|entire|full) (?:first|second|opening|closing|"
                           r"latter|last|final) half)\b")
# "within the frame the first half long", "all the second half long", "the whole clip long": "long" after a stretch of the
# clip says for all of it, as "all day long" does of a day
HALF_LONG_RE = re.compile(r"\b(?:all )?(?P<span>(?:the|its) (?:whole |entire |full )?(?:first|second|opening|closing|latter|last|"
                          r"final) half)"
                          r" long\b(?! (?:enough|ago)\b)")
WHOLE_LONG_RE = re.compile(r"\b(?:all (?:the|its) (?:whole |entire |full )?|(?:the|its) (?:whole|entire|full) )(?:time|clip|"
                           r"video|film|footage|movie|"
                           r"scene|shot|duration) long\b(?! (?:enough|ago)\b)")
# "for the whole session.", "during the entire show,", "all evening long": a stretch of time by any name, when the noun is
# no thing the tables know and ends its clause ("for the whole length of the table" goes on; "for the whole cat" is one),
# or is the clip's own, "for the whole tale of the clip", "the entire length of the video"; "the whole episode long" with
# no preposition, as "the whole day long" is a day, and so is one a verb of staying holds, "they stay the whole verse"
ANY_WHOLE_SPAN_RE = re.compile(r"\b(?:(?:for|during|throughout) (?:the|its) (?:whole|entire|full) (?P<noun>[a-z]+)"
                               r"(?: of (?:the|this|our|my) (?:clip|video|footage|film|movie|recording|scene|shot))?"
                               r"(?= *(?:[.,;!?]|$| long\b))(?: long\b)?|all (?P<bare>[a-z]+) long\b(?! (?:enough|ago)\b)"
                               r"|(?:the|its) (?:whole|entire|full) (?P<stretch>[a-z]+) long\b(?! (?:enough|ago)\b)"
                               r"|(?P<staying>(?:stay|stays|stayed|remain|remains|remained|linger|lingers|lingered"
                               r"|last|lasts|lasted|wait|waits|waited|perch|perches|perched|hover|hovers|hovered) )"
                               r"(?:the|its) (?:whole|entire|full) (?P<stayed_through>[a-z]+)"
                               r"(?= *(?:[.,;!?]|$)))")
# "from start to finish", "from its opening to its close", "from the clip's first moment to the last", "from the start of the
# video right to the end of it", "from the scene's beginning to its close", "from the first sip to the last", "from the first
# page through the finish": the whole clip, in any voice, whatever the first and last are called and whatever the clip is
# called (but "to the end of the road" is a place, not the clip's end, and "from the first tree to the last" runs past
# things); a seer's "vision" and a sleeper's "dream" are the clip as they see it: "from the start of the vision to its end",
# and a "picture" is a film, as in "motion picture": "from the start of the picture to its end"; the first and last of
# anything that is no thing and no part of the frame or clip, "from the opening bar to the final note", "from the first
# whistle to the last bell", are the clip's too
_SPAN_CLIP = r"(?:clip|video|footage|film|movie|picture|recording|scene|shot|sequence|vision|dream|" + "|".join(OCCASIONS) + ")"
# a beginning and an end named as a day's or a life's, "from the clip's dawn unto its close", "from the birth of the
# film to its dusk": only ever said of the span, so no thing's first or last
_SPAN_DAWN = r"(?:dawn|daybreak|sunrise|birth|onset|inception|commencement)"
_SPAN_DUSK = r"(?:dusk|sunset|nightfall|death|conclusion|ending)"
_SPAN_FIRST = (rf"(?:(?:its|the|the {_SPAN_CLIP}'s) )?(?:very )?(?:(?:opening|first) (?P<first>[a-z-]+)|opening|open"
               rf"|start|beginning|outset|{_SPAN_DAWN})(?: of (?:(?:the|its|this|our|my) )?{_SPAN_CLIP})?")
# "to the final frame", "to the last moment": the clip's own last instant, whatever came first
CLIP_INSTANTS = ("moment", "frame", "second", "shot", "instant", "one")
_SPAN_MOMENT = rf"(?: (?:{'|'.join(CLIP_INSTANTS)}|(?P=first)))"
# an occasion's own moments: its first and last are the occasion's start and end, "from the opening bar to the final
# note", "from the first whistle to the last bell", and a signal that ends it needs no first, "to the closing bell";
# the first and last of anything else, "from the first pier to the final buoy", "from the start to the final cone", are
# things or places the span runs between
OCCASION_END_SIGNALS = ("bell", "whistle", "buzzer", "gong", "chime", "curtain", "bow", "horn", "siren", "credits")
OCCASION_MOMENTS = frozenset(OCCASION_END_SIGNALS + ("bar", "note", "chord", "beat", "verse", "chorus", "act", "scene",
                                                     "page", "chapter", "word", "kick", "serve", "pitch", "round",
                                                     "inning", "tip-off", "gun", "lap", "song", "dance",
                                                     "cadence"))
_SPAN_LAST = (r"(?:(?:its|the) )?(?:very )?(?:(?:last|final|closing) (?P<last>[a-z]+)(?! of\b)"
              rf"|close|end|finish|{_SPAN_DUSK}|last{_SPAN_MOMENT}?|final{_SPAN_MOMENT}|closing)"
              rf"(?: of (?:it|(?:the )?{_SPAN_CLIP}))?")
WHOLE_SPAN_RE = re.compile(rf"\bfrom {_SPAN_FIRST},? (?:right |all the way |straight )?"
                           rf"(?:to|until|till|through(?: to)?) {_SPAN_LAST}\b(?! of\b)")
# "of a 5 s clip", "in a 10-second video", "an 8 seconds long clip": how long the clip is, so seconds are shares of it
CLIP_SECONDS_RE = re.compile(r"\b(?:(?:of|in|for) )?(?:an? |the )?(\d+(?:\.\d+)?)[- ]?(?:seconds?|secs?|s)(?:[- ]long)?"
                             r" (clip|video|shot|film|footage|sequence)\b")
_SECONDS = r"(\d+(?:\.\d+)?) ?(?:seconds?|secs?|s)\b"
# "for the first 2.5 s", "the last 3 seconds": a share of the clip
SECONDS_SPAN_RE = re.compile(r"\b(?:the )?(first|last|final|opening|closing) " + _SECONDS)
# "at 2.5 s", "by 5 seconds", "after 1 s": a moment of the clip
SECONDS_AT_RE = re.compile(r"\b(at|by|after|from|to|until|till|before) (?:about |around |roughly )?" + _SECONDS)
# "Digital video, 12 s.", "for 8 secs", "4 min long", "at 30 fps", "1080 px wide": a running time, a rate or a size in
# pixels, left over once the clip's shares are read; never a count of things called "s" or "min" (the clip's own
# length, "an 8-second clip", stays: clock times are read against it)
_UNITS = (r"(?:s|secs?|seconds?|ms|min|mins|minutes?|hrs?|hours?|fps|frames? (?:per|a|/) ?(?:second|sec|s)|px|pixels?|hz|khz|mhz|"
          r"k)")
DURATION_RE = re.compile(r"\b(?:(?:for|lasting|running|about|around|roughly|approximately|of|over|within|under|at|duration|"
                         r"runtime|length)"
                         r":? )?\d+(?:\.\d+)?[- ]?"
                         + _UNITS + r"\b(?!(?:[- ]long)?[- ](?:clip|video|shot|film|footage|sequence|loop)\b)"
                         r"(?:[- ](?:long|wide|tall|high|across|in length))?")
# "after 6 s": some time in, with no clip length to say how far
AFTER_DURATION_RE = re.compile(r"\bafter (?:about |around |roughly )?\d+(?:\.\d+)?[- ]?" + _UNITS + r"\b")
_SPAN_LEADS = frozenset(("in", "for", "during", "through", "throughout", "over", "across", "within", "of",
                         "until", "till", "after", "before"))


def _moment_in_words(match: re.Match) -> str:
    first = match.group("which") in ("opening", "first", "initial", "starting")
    return "at the start" if first else ("by the end" if match[1] == "by" else "at the end")


def _seconds_in_words(text: str) -> str:
    """"the first 2.5 s of a 5 s clip" is its first half, "at 2.5 s" of it the midpoint: seconds are read as shares
    of a clip whose length is said, and are no counts."""
    length = CLIP_SECONDS_RE.search(text)
    if length is None or float(length[1]) <= 0:
        return text
    seconds = float(length[1])  # the length itself stays: clock times ("at 0:04") are read against it later
    text = SECONDS_SPAN_RE.sub(lambda m: f"the {m[1]} {round(100 * min(1.0, float(m[2]) / seconds))} percent", text)

    def moment(match: re.Match) -> str:
        share = min(1.0, float(match[2]) / seconds)
        return f"{match[1]} " + ("the start" if share < 0.3 else "the midpoint" if share <= 0.7 else "the end")
    return SECONDS_AT_RE.sub(moment, text)


# "the first half has no cat in it, but the second half does", "... has a dog, the second half none": the other half's
# state said by ellipsis, told in full
_HALF_HAS = (r"\bthe (?P<half>first|second) half (?:has|holds|contains|shows) (?P<det>no|a|an|"
             r"one) (?P<thing>(?:[a-z]+ ){0,2}?[a-z]+)"
             r"(?: in it)?(?P<join>[,;] (?:but |while |whereas )?|,? but |,? while |,? whereas )the (?:other|first|second) half ")
HALF_ELLIPSIS_RE = re.compile(_HALF_HAS + r"(?P<other>does|has one|has it|none|has none|does not|doesn't|has no (?:one|"
                                          r"other))(?=[,.;!?]|$)")


# "is gone before the midpoint", "has vanished before the end of the first half": gone by then, not gone until then
GONE_BEFORE_RE = re.compile(r"\b(?P<gone>gone|vanished|disappeared|departed|left) before (?:the )?(?:midpoint|"
                            r"middle(?: of the (?:clip|video))?"
                            r"|halfway(?: point| mark)?|half-way(?: point| mark)?|end of the first half|"
                            r"first half (?:is )?(?:over|ends|is done))\b")


def _half_said_in_full(match: re.Match) -> str:
    other = "second" if match["half"] == "first" else "first"
    absent_first = match["det"] == "no"
    absent_other = match["other"] in ("none", "has none", "does not", "doesn't") or match["other"].startswith("has no")
    if absent_first == absent_other:
        return match.group(0)  # "no cat, and the other half none": nothing to tell apart
    said = "has no" if absent_first else "has a"
    return (f"the {match['half']} half {said} {match['thing']} in it; the {other} half "
            + ("has no " if absent_other else "has a ") + f"{match['thing']} in it")


# "two dogs appear throughout", "a cat shows up the whole time", "they popped up all along", "two cars appear in this
# clip the whole time": there for the whole clip, no arrival partway through (the clip or the screen they appear in
# between the verb and the span)
_IN_THE_CLIP = (r"(?: (?:in|on) (?:this|the|that|our) (?:clip|video|film|footage|frame|shot|picture|scene|screen)"
                r"| on screen| in view| in frame| in shot)?")
APPEARS_THROUGHOUT_RE = re.compile(r"\b(?P<verb>appear|show|turn|pop)(?P<form>s|ed|ped)?(?: up)?"
                                   rf"(?={_IN_THE_CLIP} (?:throughout|the whole time|the entire time|all along)\b)")


def _there_throughout(match: re.Match) -> str:
    """"appears" as "is there", "appear" as "are there", "appeared" as "was" or "were there" by the word before it."""
    if match["verb"] != "appear" and not match.group(0).endswith(" up"):
        return match.group(0)  # "a cat turns throughout" is a turn
    if match["form"] == "s":
        return "is there"
    if match["form"] is None:
        return "are there"
    before = match.string[:match.start()].rstrip().rsplit(" ", 1)[-1]
    return "were there" if before.endswith("s") or before == "they" else "was there"


def clip_phrases_in_words(text: str) -> str:
    """The prompt with each everyday name of a part of the clip said in the reader's time words, and without who likes
    the clip (`clip_audience`) or what was done with it (`clip_handling`)."""
    text = handling_dropped(audience_dropped(text))
    if "of it" in text or "of them" in text:
        text = NOTHING_OF_RE.sub(r"\1 \2 not", text)
    if " of " in text and any(noun in text for noun in _PART_OF_CLIP_NOUNS):
        text = PART_OF_CLIP_RE.sub(r"\g<part> of the video", text)
    if "time" in text:
        text = RUNNING_TIME_RE.sub("clip", text)
    if "hidden" in text or "concealed" in text or "tucked" in text or "buried" in text:
        text = HIDDEN_IN_CLIP_RE.sub("in the clip", text)
    if "vision" in text:
        text = VISION_RE.sub("the picture", text)
    if " long" in text:
        text = WHOLE_LONG_RE.sub("throughout", HALF_LONG_RE.sub(r"for \g<span>", text))
    if "whole" in text or "entire" in text or "full" in text:
        text = WHOLE_CLIP_RE.sub("throughout", text)
        text = WHOLE_HALF_RE.sub(lambda m: m.group(0) if m.group("lead") in _SPAN_LEADS else f"{m.group('lead') or ''}for "
                                                                                             f"{m.group('span')}", text)
    if "whole" in text or "entire" in text or "full" in text or " long" in text:
        text = ANY_WHOLE_SPAN_RE.sub(_whole_span_unless_a_thing, text)
    if "moment" in text or "instant" in text or "frame" in text:
        text = MOMENT_RE.sub(_moment_in_words, text)
    if " end" in text or "over" in text or "finishes" in text or "closes" in text:
        text = CLIP_END_RE.sub("by the end", text)
    if "half" in text or "mid" in text:
        text = MOMENT_THEN_BARE_THING_RE.sub(lambda m: f"{m.group(0)} appears" if noun_class(m["noun"]) else m.group(0), text)
    if "at last" in text:
        text = CLAUSE_END_AT_LAST_RE.sub(" by the end", text)
    if " then" in text:
        text = ARRIVES_THEN_RE.sub(r"\g<arrival>", text)
    if " and " in text and ("at the end" in text or "at its " in text) and not any(word in text for word in _MIDDLE_WORDS):
        text = BOTH_EDGES_RE.sub("the whole time", text)
    if "throughout" in text or "the whole time" in text or "all along" in text:
        text = APPEARS_THROUGHOUT_RE.sub(_there_throughout, text)
    if "mark" in text:
        text = SHARE_MARK_RE.sub(lambda m: ("by " if m["prep"] == "by" else "") + _MARK_SHARES[m["share"]], text)
    if "middle of the" in text:
        text = CLIP_MIDDLE_RE.sub(lambda m: f"{m['prep']} the midpoint", text)
    if "half" in text and ("once" in text or "after" in text or "when" in text):
        text = FIRST_HALF_OVER_RE.sub("in the second half", text)
    if "before " in text:
        text = GONE_BEFORE_RE.sub(r"\g<gone> by the midpoint", text)
    if "half" in text or "mid" in text:
        text = CLIP_HALF_OVER_RE.sub(lambda m: "by the midpoint" if m["lead"] == "by the time" else "at the midpoint", text)
    if "half" in text and "of the" in text:
        text = HALF_EDGE_RE.sub(lambda m: f"{m['prep']} the midpoint", text)
    if " half does" in text or " half none" in text or " half has " in text:
        text = HALF_ELLIPSIS_RE.sub(_half_said_in_full, text)
    if "stretch" in text:
        text = STRETCH_RE.sub(lambda m: ("final" if m[1] == "home" else m[1]) + " part", text)
    if ("sec" in text or " s " in text or " s," in text
        or " s-" in text or text.endswith(" s")) and any(d in text for d in "0123456789"):
        text = _seconds_in_words(text)
    if any(d in text for d in "0123456789"):
        text = DURATION_RE.sub("", AFTER_DURATION_RE.sub("after a while", text))
    return shares_in_words(text)  # "the first 50 percent": a part of the clip, not fifty things


def whole_spans_in_words(text: str) -> str:
    """``text`` with each span from the clip's start to its end said as "the whole time"."""
    return WHOLE_SPAN_RE.sub(_whole_time_unless_things, text) if "from " in text else text


def _whole_span_unless_a_thing(match: re.Match) -> str:
    """"throughout", unless the span's noun is a thing the tables know ("for the whole cat"); a verb of staying that
    holds the span stays before it ("they stay throughout")."""
    if noun_class(match["noun"] or match["bare"] or match["stretch"] or match["stayed_through"]):
        return match.group(0)
    return f"{match['staying'] or ''}throughout"


def _whole_time_unless_things(match: re.Match) -> str:
    """"the whole time", unless the span runs from one of a row of things to another ("from the first car to the last")
    or to the last of anything that is no moment of an occasion ("from the start to the final cone")."""
    first, last = match["first"], match["last"]
    if last in CLIP_INSTANTS:
        return "the whole time"
    if last:
        if first:
            of_the_occasion = first in OCCASION_MOMENTS and last in OCCASION_MOMENTS
        else:
            of_the_occasion = last in OCCASION_END_SIGNALS
        return "the whole time" if of_the_occasion else match.group(0)
    return match.group(0) if first and noun_class(first) else "the whole time"
