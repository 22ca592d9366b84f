"""A knitting pattern, a chess commentary and a lost-and-found notice, put into the plain scene they tell.

- Moment headings ("Opening: ... Middlegame: ... Endgame: ...", "Cast on: ... Cast off.", "Overture: / Interlude: /
  Finale:", "Kick-off: / Half-time: / Full time:"): whatever pastime names them, they are the clip's start, middle and
  end, so what is said under one is what holds at that moment (a stop, a relative place or presence), read as the
  show notes' labelled list is; the names are never things, and "in the middlegame", "for the endgame" or "cast off with
  the car on the right" say the moment. "Through the middlegame and the endgame" is all of the clip after the opening,
  so a thing named at the opening and kept through them is there the whole time; a game's board is the frame.
- A pattern's own instructions ("Repeat on every row until the end,", "Work across the rows as ...") are no things and
  no moves; a lone "Cast off." adds nothing, and "on every row" is every frame.
- A notice ("FOUND: a clip in which ...", "LOST:", "Reward offered.", "Ask to claim it."): its label and its closing
  lines are about the notice, never in the clip, which the rest describes. A notice telling a corrected version from a
  faulty one ("Affected units keep the bird until the end. In the corrected clip, ...") asks for the corrected one:
  a sentence of the faulty version's is what the clip must not show, and so is "any clip where ..." (a condition
  put on clips). Its sighting with the subject left out, "Last seen heading from A to B: a car.", "Last spotted in
  view the whole time.", is the thing named after it, or the one named before, seen so.
"""

from __future__ import annotations

import re

from .clip_phrases import CLIP_PART_NAMES, MOMENT_OF_PART_NAME, OCCASION_EDGE_HEADINGS, OCCASION_EDGE_NAMES, OCCASIONS
from .exhibit_podcast_and_worksheet_voices import moment_clause
from .object_classes import THING_NAMED_LAST, ends_on_a_known_noun
from .rewrite_text import spaces_tidied


def _either(names) -> str:
    return "(?:" + "|".join(sorted((re.escape(name) for name in names), key=len, reverse=True)) + ")"


_PART = _either(MOMENT_OF_PART_NAME)
_START, _MIDDLE, _END = (_either(CLIP_PART_NAMES[moment]) for moment in ("at the start", "at the midpoint", "at the end"))
_SENTENCE_OPENING = r"(?:^|(?<=[.!?;] ))"
# a heading may also name a span before its edge, "Shift start:", "Patrol end.", which anywhere else is a place
_MOMENT_OF_HEADING = {**MOMENT_OF_PART_NAME, **OCCASION_EDGE_HEADINGS}
_HEADING = _either(_MOMENT_OF_HEADING)
_END_HEADING = _either(name for name, moment in _MOMENT_OF_HEADING.items() if moment == "at the end")

# ---- moment headings
# "Endgame: the dog on the left of the car.": what holds at that moment, up to the end of its sentence
HEADING_RE = re.compile(rf"{_SENTENCE_OPENING}(?P<label>{_HEADING})(?::| [-–—]) (?P<said>[^.!?;]+)")
# "Cast off.", "Full time!": a heading with nothing under it
EMPTY_HEADING_RE = re.compile(rf"{_SENTENCE_OPENING}{_HEADING}[.!]")
# "..., and cast off with the car on the right side", "finale with the bird in the upper left": a heading said in passing,
# its own sentence
PART_WITH_RE = re.compile(rf"(?:,? and |(?<=[.!?;] )|^)(?P<label>{_PART}) with (?=(?:the|a|an|both|all|one|two|three|four) )")
# "through the middlegame and the endgame", "in the interlude and into the finale", "until the finale", "still there at
# the endgame": the rest of the clip after its opening
REST_OF_CLIP_RE = re.compile(rf"\b(?:(?:through|throughout|during|across|for|over|in|"
                             rf"at) (?:all of )?(?:the )?{_MIDDLE},? and (?:on )?"
                             rf"(?:into |through |for |in |at )?(?:the )?{_END}|(?:until|till|right up to|up to|"
                             rf"into) (?:the )?(?:very )?{_END})\b")
# "still there", "still in view", "still up": what the opening showed, kept
_STILL_IN_VIEW = r"still (?:there|here|in view|in the frame|in shot|on screen|visible|up)"
STILL_THERE_AT_END_RE = re.compile(rf"\b(?P<still>{_STILL_IN_VIEW}) "
                                   rf"(?:at|in|for|by) (?:the )?{_END}\b")
# "End of shift: the same three, still in view.", "Final cue: both still there.": the things of the opening, kept to the end
KEPT_TO_END_RE = re.compile(rf"{_SENTENCE_OPENING}{_END_HEADING}(?::| [-–—]) (?:the same(?: [a-z]+)?|both|all(?: [a-z]+)?|"
                            rf"all of them|they|it)?,? ?"
                            rf"(?:(?:are|is) )?(?:{_STILL_IN_VIEW}|unchanged|no change"
                            r"|the same(?: [a-z]+)?)[.!]?")
# "from the opening to the endgame", "from kick-off to full time": the whole clip
WHOLE_RUN_RE = re.compile(rf"\bfrom (?:the )?{_START},? (?:right |all the way )?(?:to|until|till|"
                          rf"through(?: to)?) (?:the )?{_END}\b")
# "finishes the endgame on the left side": finishes there
FINISHES_PART_RE = re.compile(rf"\b(?P<verb>finish(?:es|ed)?|ends?|ended|closes?|closed) the {_END}\b")
# "crosses in the middlegame", "is on the left side for the endgame", "at half-time": that moment, never a thing; only
# where the phrase ends there ("the opening moment", "the opening 45 percent" and "the opening in the fence" go on to a
# noun or a place, and are read with it)
IN_PART_RE = re.compile(rf"\b(?P<prep>in|during|for|at|by|into|from) (?:the )?(?P<label>{_PART})"
                        r"(?=[,.;:!?)]|$| (?:and|or|but|then|so|it|its|they|he|she|the|a|an|on|with|is|are|was|were|when|as|"
                        r"while|to"
                        r"|from|there|nothing|no|every|all|both|each)\b)")

# "three cats on the board": in a game's commentary the board is the frame, never a thing
BOARD_RE = re.compile(r"\b(?P<side>on|off) the (?:chess ?)?board\b")
_GAME_WORDS = ("middlegame", "middle game", "endgame", "end game", "checkmate")

# ---- knitting pattern
# "Repeat on every row until the end,", "Work across the rows as", "Work to the end as": the knitter's instructions
PATTERN_STEP_RE = re.compile(r"(?:^|(?<=[.!?;,] ))(?:repeat|work|knit|purl|continue)(?: (?:across|along|on|over|through|to|"
                             r"for))? "
                             r"(?:every|each|all|the|all the) (?:rows?|rounds?|stitch(?:es)?|end|pattern)"
                             r"(?: (?:until|till|to) the end)?(?:,? (?:as|while) |[,.!]\s*|$)")
# "in view on every row": in every frame
EVERY_ROW_RE = re.compile(r"\b(?:on|in|across|for|through) (?:every|each|all the) rows?\b")

# ---- lost and found
NOTICE_LABEL_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:found|lost|missing|wanted|lost and found)[:!] ")
# "Ask to claim it.", "Reward offered!", "Contact the front desk.", "If it is yours, ...": about the notice, never the clip
NOTICE_CLOSING_RE = re.compile(r"(?:^|(?<=[.!?] ))(?:(?:please )?(?:ask|apply|call|write|come) (?:at the desk |in )?to claim it"
                               r"|(?:a |small |generous )?reward(?: offered| given| if found| for its return)?"
                               r"|(?:please )?(?:contact|ask at|enquire at|inquire at|call) [^.!?]*|if (?:this|"
                               r"it) is yours[^.!?]*"
                               r"|no questions asked)[.!]")

# "Last seen heading from A to B: a car.", "Last seen in view the whole time.": a notice's sighting, its subject left
# out, named after it or before it; said as that thing seen so, the adverb of when it was seen no time in the clip
# ("First seen is a bird" and "First in view is a ball" name what comes first, no sighting)
_SIGHTING_ADVERB = r"(?:^|(?<=[.!?] ))(?:last|first|most recently|recently|lately) "
_NO_FIRST_COMER = r"(?!(?:is|are|was|were|comes|came)\b)"
# ... and "in view", as the keeper's log has read "sighted" before this pass, where the thing is named after it
SIGHTING_BEFORE_THING_RE = re.compile(_SIGHTING_ADVERB + r"(?:seen|spotted|sighted|glimpsed|in view)(?: alive)? "
                                      + _NO_FIRST_COMER + r"(?P<rest>[^.!?:;]*?)" + THING_NAMED_LAST)
# a fronted participle with its own subject after the comma ("First spotted on the left, a dog runs ...") is the
# dog's, never a sighting of the thing before
_OWN_SUBJECT_AFTER = r"(?![^.!?:;]*, (?:a|an|the|one|two|three|four|five|six|\d+) [a-z-]+ [a-z])"
SIGHTING_RE = re.compile(_SIGHTING_ADVERB + r"(?:seen|spotted|sighted|glimpsed)(?: alive)? " + _NO_FIRST_COMER
                         + _OWN_SUBJECT_AFTER + r"(?=[a-z])")
_SIGHTING_WORDS = ("seen", "spotted", "sighted", "glimpsed", "view")
_SIGHTING_WORD_RE = re.compile(r"\b(?:" + "|".join(_SIGHTING_WORDS) + r")\b")

# ---- versions told apart
# "the corrected clip", "the replacement video": the version the prompt asks for, told beside a faulty one
_FIXED_VERSION_RE = re.compile(r"\b(?:corrected|fixed|revised|replacement|repaired|amended) (?:top-down |overhead )?"
                               r"(?:clips?|videos?|versions?|units?|copy|copies|cuts?|footage)\b")
# "Affected units keep the bird until the end.", "In the old version the dog ran right.": a sentence telling of a
# faulty version, which the clip asked for must not be
_FAULTY_SENTENCE_RE = re.compile(r"(?:^|(?<=[.!?;] ))[^.!?;]*\b(?:affected|faulty|defective|recalled|broken|old|earlier|previous"
                                 r"|original) (?:units?|clips?|videos?|versions?|copy|copies|cuts?|batch(?:es)?)\b[^.!?;]*"
                                 r"(?:[.!?;]\s*|$)")
_VERSION_WORDS = ("corrected", "fixed", "revised", "replacement", "repaired", "amended")

_NOTICE_WORDS = ("found", "lost", "missing", "wanted", "claim", "reward")
# the whole words that tell these voices: each heading name by its telling word ("cast", "course", "game"), since words
# such as "on", "time" or "half" are in most prompts; a name made only of those ("half-time") is looked for as spelt
_EVERYDAY_WORDS = frozenset(("on", "off", "first", "main", "middle", "end", "final", "time", "half", "of", "the", "my",
                             "your", "start",
                             "beginning", "close", "last", "closing", "opening"))
_TELLING_WORDS = {name: [word for word in re.split(r"[ -]", name) if word not in _EVERYDAY_WORDS] for name in MOMENT_OF_PART_NAME
                  if name not in OCCASION_EDGE_NAMES}
_GATE_WORDS = frozenset(word for words in _TELLING_WORDS.values() for word in words) | frozenset(
    ("row", "rows", "repeat", "work", "knit", "purl") + _NOTICE_WORDS + _VERSION_WORDS)
_SPELT_NAMES = tuple(name for name, words in _TELLING_WORDS.items() if not words)


_OCCASIONS = frozenset(OCCASIONS)
OCCASION_EDGE_RE = re.compile(r"\b" + _either(OCCASION_EDGE_NAMES) + r"\b")
# "Shift start.", "Patrol end:": a span before its edge heads a sentence (elsewhere, "the track end", it is a place)
_OCCASION_HEADING_RE = re.compile(_SENTENCE_OPENING + _either(OCCASION_EDGE_HEADINGS) + r"(?::|[.!]| [-–—])")
_PLAIN_NAMES = tuple(name for name in MOMENT_OF_PART_NAME if name not in OCCASION_EDGE_NAMES)


def looks_like_pattern_chess_or_notice(words: set[str], text: str) -> bool:
    """A heading's telling word, a name spelt only in everyday words, or the start or end of a span ("end of shift",
    "shift start")."""
    return not words.isdisjoint(_GATE_WORDS) or any(name in text for name in _SPELT_NAMES) or (
        not words.isdisjoint(_SIGHTING_WORDS)
        and (SIGHTING_RE.search(text) or SIGHTING_BEFORE_THING_RE.search(text))) or (
        ("start of" in text or "end of" in text or "beginning of" in text or "close of" in text
         or (("start" in words or "end" in words) and _OCCASION_HEADING_RE.search(text) is not None))
        and not words.isdisjoint(_OCCASIONS))


def _moments_in_plain_words(text: str) -> str:
    text = WHOLE_RUN_RE.sub("the whole time", text)
    text = FINISHES_PART_RE.sub(r"\g<verb>", text)
    if "board" in text and any(word in text for word in _GAME_WORDS):
        text = BOARD_RE.sub(lambda m: "in view" if m["side"] == "on" else "out of view", text)
    text, spans = REST_OF_CLIP_RE.subn("the whole time", text)
    text, kept = STILL_THERE_AT_END_RE.subn(r"\g<still> the whole time", text) if "still" in text else (text, 0)
    text, kept_to_end = KEPT_TO_END_RE.subn("", text)
    rest_of_clip = spans + kept + kept_to_end > 0
    text = EMPTY_HEADING_RE.sub("", text)
    text = PART_WITH_RE.sub(lambda m: f"{'' if m.start() == 0 else '. '}{m['label']}: ", text)
    named: list[str] = []

    def heading(match: re.Match) -> str:
        when = _MOMENT_OF_HEADING[match["label"]]
        if rest_of_clip and when == "at the start":
            return match["said"]  # named at the start and kept for the rest: there the whole time
        return moment_clause(when, match["said"], named)
    text = HEADING_RE.sub(heading, text)
    return IN_PART_RE.sub(_at_part, text)


def _at_part(match: re.Match) -> str:
    """"by the endgame" is by the end, "from the opening cue" from the start, any other the moment itself; "from the
    opening to the long finish" is a span, read whole later."""
    if match["prep"] == "from" \
            and re.match(r",? (?:right |all the way )?(?:to|until|till|through)\b", match.string[match.end():]):
        return match.group(0)
    moment = MOMENT_OF_PART_NAME[match["label"]]
    return f"{match['prep']} the {moment.split()[-1]}" if match["prep"] in ("by", "from") else moment


def _sighted_thing(match: re.Match) -> str:
    """The thing named after its sighting is the one seen so ("last seen walking left: a dog" as "a dog is seen walking
    left"), unless the words after the colon are no thing."""
    if not ends_on_a_known_noun(match["thing"]):
        return match.group(0)
    return f"{match['thing']} is seen {match['rest']}"


def pattern_chess_and_notice_in_plain_words(text: str) -> str:
    """The scene a knitting pattern, a chess commentary or a notice tells, in the words the later passes read."""
    told = text
    if _FIXED_VERSION_RE.search(text):
        kept = _FAULTY_SENTENCE_RE.sub("", text)
        text = kept if _FIXED_VERSION_RE.search(kept) else text  # the fixed version told, not only named beside the faulty
    if any(word in text for word in _NOTICE_WORDS):
        text, labelled = NOTICE_LABEL_RE.subn("", text)
        if labelled or "claim" in text or "reward" in text:  # "Contact ..." closes a notice, not a scene
            text = NOTICE_CLOSING_RE.sub("", text)
    if _SIGHTING_WORD_RE.search(text):
        text = SIGHTING_BEFORE_THING_RE.sub(_sighted_thing, text)
        text = SIGHTING_RE.sub(lambda m: "it is seen " if m.start() else "seen ", text)
    if " row" in text or "repeat" in text or "work " in text or "knit" in text or "purl" in text:
        text = EVERY_ROW_RE.sub("the whole time", PATTERN_STEP_RE.sub("", text))
    if any(name in text for name in _PLAIN_NAMES) or ((" of " in text or " start" in text or " end" in text)
                                                       and OCCASION_EDGE_RE.search(text)):
        text = _moments_in_plain_words(text)
    return text if text == told else spaces_tidied(text)
