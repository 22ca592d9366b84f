"""A prompt written as screenplay action lines, put into plain sentences before reading.

"EXT. PARK - DAY - TOP-DOWN SHOT. A DOG at frame right ambles to frame left. MOMENTS LATER: it sits. FADE OUT."
is a script: the slugline names where and when a scene is shot (a place, a time of day, a camera set-up), never
a thing in it; transitions ("FADE IN.", "FADE OUT.", "CUT TO:", "DISSOLVE TO:") join scenes and say nothing of what
is in them, so "FADE OUT." at the end is not the dog fading away. Letter case carries no meaning once lower-cased.
Time cues written as headings are times: "LATER:" and "MOMENTS LATER:" start the next step, "HALFWAY THROUGH:"
is the midpoint. "frame left" and "frame right" are the sides of the frame.

A play's stage directions are read the same way: the square brackets around a direction only set it off, so each is
a sentence of its own; a lighting cue standing as a sentence ("Lights up.", "Lights down.") and a "Beat." say nothing
of what is on stage; and the stage's "Enter a dog", "exit the cat" ("exeunt the cats") put the verb before who comes
or goes: the dog enters, the cat exits. A screen or a projection that "comes on:" shows what the colon opens on.
"""

from __future__ import annotations

import re

from .scene_words import COMPOUND_SCENES, SCENE_WORDS

_SENTENCE_START = r"(?:^|(?<=[.!?;:] )|(?<=[.!?;:])|(?<=[.!?]' )|(?<=[.!?]\" ))"
_TIME_OF_DAY = re.compile(r"^(?:day|night|dawn|dusk|morning|evening|afternoon|noon|midday|midnight|sunrise|sunset|twilight|"
                          r"continuous|later|moments later|same time|golden hour|magic hour|present day)$")
# "EXT. COUNTRY ROAD - DAY - OVERHEAD SHOT.": where and when the scene is shot, and from where, up to the sentence's end
SLUGLINE_RE = re.compile(_SENTENCE_START + r"\s*(?:int\.?/ext|ext\.?/int|i/e|int|ext)\.\s*(?P<body>[^.!?:]*)(?:[.:]|$)")
_SLUG_PART_RE = re.compile(r"\s*[\u2013\u2014,/]\s*|\s+-+\s+")
_CAMERA_PART_RE = re.compile(r"\b(?:shot|view|angle|looking|pov|camera|lens|close[- ]up|wide|tracking)\b")
_TOP_DOWN_RE = re.compile(r"\b(?:top[- ]down|overhead|bird'?s[- ]eye|aerial|high angle|straight down)\b")
# "FADE OUT.", "CUT TO:", "SMASH CUT TO:", "DISSOLVE TO:", "FADE TO BLACK.": the join between scenes
TRANSITION_RE = re.compile(_SENTENCE_START + r"\s*(?:(?:(?:smash|match|jump|hard|quick|straight) )?cut|dissolve|wipe|"
                                             r"fade(?: (?:in|out|up|down))?|"
                           r"iris (?:in|out))(?: to(?: (?:black|white|the next scene|next scene|[a-z]+))?)?\s*(?:[.:!]|$)|"
                           + _SENTENCE_START + r"\s*(?:the end|end scene|end of scene|back to scene|(?:a )?(?:long |"
                                               r"short )?(?:beat|pause)|"
                           r"(?:establishing|wide|close|medium|tracking|long|full|two|insert|master|reverse|pov) shot|"
                           r"(?:extreme )?close[- ]up|over black)\s*(?:[.!:]|$)|"
                           + _SENTENCE_START + r"\s*(?:super(?:imposed)?|title|title card|caption|card|chyron): ?(?:'[^']*'|"
                                               r"\"[^\"]*\")?\s*")
# "[Lights up.]", "Lights down.": a lighting cue standing as a sentence, no thing on stage
LIGHTING_CUE_RE = re.compile(_SENTENCE_START + r"\s*(?:the )?(?:lights?|spotlights?|house lights) "
                             r"(?:up|down|out|fade|dim|rise|come up|go down"
                             r"|fade (?:up|out|down))\s*(?:[.!:;]|$)")
# "[On the screen: ...] [Second half: ...]": a direction set off by square brackets, a sentence of its own when it
# holds a sentence's mark or opens with a stage word; "a ball [red] rolls" only sets a word aside
STAGE_BRACKETS_RE = re.compile(r"\s*\[\s*(?P<direction>[^\[\]]*?)\s*[.;]?\s*\]\s*")
_SENTENCE_MARK_RE = re.compile(r"[.!?:;]")
_STAGE_WORDS = frozenset(("enter", "exit", "exeunt", "light", "lights", "beat", "pause", "blackout", "curtain"))
# a bracket holding a sentence's mark, "[Lights up.]", "[On the screen: one dog]": the cheap test for stage brackets
BRACKETED_SENTENCE_RE = re.compile(r"\[[^\[\]]*[.!?:;]")
# "lights up", "the spotlight fades": a lighting cue ("a bird in flight", "sunlight" are none)
_LIGHTS_CUE_RE = re.compile(r"\b(?:spot)?lights? (?:up|down|out|fade|dim|rise|come|go)\b")
# "A projection comes on: one dog", "the screen lights up:": what is switched on before a colon shows what it opens on
COMES_ON_RE = re.compile(_SENTENCE_START + r"\s*(?P<carrier>(?:the|a|an|my|our|your) (?:[a-z'-]+ )?"
                         r"(?:screens?|projection|projector"
                         r"|monitor|display|television|tv|slide|image|picture|film|video|clip|footage|feed|recording"
                         r"|lights?|spotlight|lamp|sign|tablet|phone|laptop)) (?:comes|came|flickers|flicks"
                         r"|switches|blinks|flashes|lights|turns|fades) (?:on|up|in)(?=:)")
# "enter a moving ball", "exit the cat", "exeunt the two dogs": the stage's verb before who comes or goes
STAGE_ENTRANCE_RE = re.compile(_SENTENCE_START + r"\s*(?P<verb>enter|exit|exeunt) "
                               r"(?P<who>(?:the|a|an|one|two|three|four|five|both|all)\b"
                               r"[^.,;:!?]*?)(?=\s*(?:[.,;:!?]|$))")
# "ANGLE ON:", "CLOSE ON:", "INSERT:", "WE SEE": where the camera looks, nothing in the scene
SHOT_HEADING_RE = re.compile(_SENTENCE_START + r"\s*(?:(?:angle|close|wide|tight|back) on|insert|intercut|montage|pov|"
                                               r"we see)(?::| (?=an? |the |it |they ))")
# "LATER:", "MOMENTS LATER:", "SECONDS LATER:": the next step; "HALFWAY THROUGH:": the midpoint
LATER_HEADING_RE = re.compile(_SENTENCE_START + r"\s*(?:[a-z]+ ){0,3}later(?: [a-z]+){0,3}:|" + _SENTENCE_START +
                              r"\s*(?:then|next|after that):")
HALFWAY_HEADING_RE = re.compile(_SENTENCE_START + r"\s*(?P<when>halfway(?: through| in)?|midway(?: through)?|at the midpoint):")
# "at frame right", "to frame left", "the frame's left": a side of the frame
FRAME_SIDE_RE = re.compile(r"\b(?:the )?frame(?:'s)? (?=(?:left|right|top|bottom|centre|center)\b)")


def looks_like_screenplay(text: str) -> bool:
    """Whether ``text`` (lower-cased) has a script's furniture: a slugline, a transition or a heading-time."""
    return ("int." in text or "ext." in text or "fade " in text or "cut to" in text or "later:" in text
            or "through:" in text or "dissolve" in text or "frame left" in text or "frame right" in text
            or ("[" in text and BRACKETED_SENTENCE_RE.search(text) is not None)
            or ("light" in text and _LIGHTS_CUE_RE.search(text) is not None)
            or "enter " in text or "exit " in text or "exeunt" in text or " on:" in text
            or " up:" in text)


def _is_scene(place: str) -> bool:
    """Whether ``place`` names a setting the reader knows as a background ("empty court", "living room")."""
    words = place.split()
    return bool(words) and (words[-1] in SCENE_WORDS or " ".join(words[-2:]) in COMPOUND_SCENES)


def _slugline(match: re.Match) -> str:
    """The place kept as where the scene is (its last, narrowest part) when it is a known setting; a camera set-up from above kept
    as the view."""
    parts = [part for part in _SLUG_PART_RE.split(match.group("body")) if part]
    places = [part for part in parts if not _TIME_OF_DAY.match(part) and not _CAMERA_PART_RE.search(part)]
    said = ""
    if places and _is_scene(places[-1]):  # "INT. BUS - DAY": a place that is also a thing is not drawn as one
        said = f"in the {places[-1]}. "
    if any(_TOP_DOWN_RE.search(part) for part in parts):
        said += "top-down shot. "
    return said


def _stage_direction(match: re.Match) -> str:
    """A bracketed direction as a sentence of its own; a bracket that sets a word aside ("a ball [red]") is kept."""
    direction = match["direction"]
    if not direction:
        return " "
    if _SENTENCE_MARK_RE.search(match.group(0)) or direction.split()[0] in _STAGE_WORDS:
        return f" {direction}. "
    return match.group(0)


def screenplay_in_plain_words(text: str) -> str:
    """``text`` without sluglines and transitions; heading-times and frame sides said as prose."""
    text = STAGE_BRACKETS_RE.sub(_stage_direction, text).strip()
    text = LIGHTING_CUE_RE.sub(" ", text)
    text = COMES_ON_RE.sub(lambda m: f" {m['carrier']} shows", text)
    text = STAGE_ENTRANCE_RE.sub(lambda m: f" {m['who']} {'enters' if m['verb'] == 'enter' else 'exits'}"
                                 if m["who"].split()[0] in ("the", "a", "an", "one") else
                                 f" {m['who']} {'enter' if m['verb'] == 'enter' else 'exit'}", text)
    text = SLUGLINE_RE.sub(_slugline, text)
    text = TRANSITION_RE.sub(" ", text)
    text = SHOT_HEADING_RE.sub(" ", text)
    text = LATER_HEADING_RE.sub(" then,", text)
    text = HALFWAY_HEADING_RE.sub(lambda m: f" {m.group('when')},", text)
    text = FRAME_SIDE_RE.sub("the ", text)
    return " ".join(text.split())
