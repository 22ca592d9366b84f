"""How the clip is filmed, dropped before reading: camera, lens, light and grade are never things in the scene.

A prompt written by a "prompt enhancer" piles up film craft after the subject: "shallow depth of field,
35mm film grain, anamorphic flares, moody grade, slow push-in, backlit by golden hour sun". Each of those
phrases says how the picture is made; read word by word they become objects ("depth", "lens", "flare"),
counts ("35mm" as 35 of something) or moves ("tracking"). A comma-separated fragment that uses a film-craft
term and names no movable thing is dropped whole; the few such terms inside a fragment that also names the
subject ("a 35mm close-up of a cat") are dropped on their own, and light said to fall on the scene
("soft window light spills across the floor as ...") goes with its clause. A pan named as a thing ("the pan is
hot", "a pan on the stove") is the cookware, never the camera's move ("a quick pan", "the camera pans left").
"""

from __future__ import annotations

import re

from .object_classes import FIXED_MOBILITIES, noun_class

# Terms of the film craft: lens, focus, exposure, light set-ups, grade, framing and camera rigs and moves.
FILM_TERMS = (
    r"depth[ -]of[ -]field|dof|bokeh|(?:lens )?flares?|(?:film )?grain|grain(?:y|iness)|(?:colou?r )?grad(?:e|ed|ing)|"
    r"lens(?:es)?|\d+ ?mm|anamorphic|backlight(?:ing)?|backlit|(?:rim|key|fill|hair|edge|practical) ?light(?:ing|s)?|"
    r"push[ -]?in|pull[ -]?(?:out|back)|dolly(?:[ -](?:in|out|zoom|shot))?|(?:crane|jib)[ -](?:shot|move|up|down|arm)|"
    r"tracking(?: shot)?|"
    r"handheld|hand-held|steadicam|gimbal|drone shot|aerial shot|whip ?pan|rack focus|focus pull|"
    r"slow[ -]?mo(?:tion)?|motion blur|compression|(?:at )?eye[ -]level|(?:low|high|dutch|wide|tight)[ -]angle|"
    r"locked[ -]off|static wide|(?:extreme )?close[ -]?up|(?:wide|medium|long|establishing|static|overhead|closing|opening) shot|"
    r"cinematic|cinematography|film (?:look|stock|still)|shot on film|frame rate|\d+ ?fps|shutter(?: speed)?|aperture|"
    r"f/\d+(?:\.\d+)?|vignett(?:e|ing)|lens distortion|chromatic aberration|hdr|film look|color science|"
    r"(?:warm|cool|cold|soft|moody|muted|teal|orange|pastel|golden) (?:tones?|grade|palette|glow|light|haze|warmth)|"
    r"golden[ -]hour|blue hour|magic hour|(?:deep|long|hard|soft|dramatic|harsh|crisp) shadows"
)
FILM_TERM_RE = re.compile(r"\b(?:" + FILM_TERMS + r")\b")
# "backlit by golden hour sun", "lit by a low sun": the light on the scene, said with what gives it
LIT_BY_RE = re.compile(r"\b(?:back|rim|side|top|front|sun|moon|candle|lamp)?lit by (?:the |a |an )?(?:[a-z-]+ ){0,3}?"
                       r"(?:sun|sunlight|moon|moonlight|light|lights|lamps?|lanterns?|candles?|fire|neon|streetlights?|glow)\b")
# "soft window light spills across the floor as three cats play": a clause about the light, before the subject's own
LIGHT_CLAUSE_RE = re.compile(r"(^|[.;!?] )(?:[a-z-]+ ){0,3}(?:light|sunlight|moonlight|glow|rays|sunbeams?|shafts of light) "
                             r"(?:spills?|falls?|pours?|streams?|floods?|washes?|filters?|slants?|glows?|bathes?)\b[^,.;!?]*? "
                             r"(?:as|while|whilst|where) ")
# "in a pool of warm window light", "through shafts of golden light": light on the scene, inside a sentence about its subject
LIGHT_PHRASE_RE = re.compile(r"\b(?:in|into|through|under|beneath|across|with) (?:a |an |the )?(?:(?:pool|pools|shaft|shafts|"
                             r"beam|beams|patch|"
                             r"patches|wash|spill|slant|ray|rays) of )?(?:(?:warm|soft|cool|golden|dappled|low|harsh|bright|dim|"
                             r"pale|"
                             r"late|early|morning|evening|afternoon|hazy|diffused?|natural|ambient|gentle|amber|silver|"
                             r"blue) ){0,3}"
                             r"(?:window|rim|key|fill|natural|ambient|golden|dappled|neon|lamp|candle)? ?(?:light|sunlight|"
                             r"lamplight|"
                             r"moonlight|glow|sunshine)\b(?= *[,.;!?]| (?:for|as|while|until|then|and|during|in|at)\b)")
# "the second half lingers on the empty road": the camera's stay on the place in that half, not a thing doing anything
HALF_HOLDS_RE = re.compile(r"\bthe (first|second|final|last|opening) (half|part|moments?|seconds?|stretch) (?:lingers|holds|"
                           r"stays|rests"
                           r"|dwells|remains|settles|sits|cuts) (?:on|upon|over) (?=the |an? )")
# Film terms dropped wherever they stand: lens and frame-rate figures ("a 35mm close-up", "f/1.8", "24fps") and a light
# set-up with the side it comes from ("soft key light from the left"): never a count, a thing or a move
INLINE_TERM_RE = re.compile(r"\b(?:\d+ ?mm|f/\d+(?:\.\d+)?|\d+ ?fps|(?:(?:soft|hard|warm|cool|gentle|strong|low|dim|bright|"
                            r"golden) )*"
                            r"(?:rim|key|fill|hair|edge|practical|back) ?light(?:ing|s)?(?: from (?:the )?(?:left|right|top|"
                            r"above|"
                            r"below|behind|side|window))?)(?![a-z0-9])")
# What keeps a fragment: a time or a side said in it, or the camera it speaks of.
_KEEPS_FRAGMENT_RE = re.compile(r"\b(?:half|halves|start|end|midpoint|middle|then|first|second|until|camera|left|right|top|"
                                r"bottom|"
                                r"upper|lower|enters?|leaves?|exits?|appears?|disappears?|gone|vanish\w*)\b")
_FRAGMENT_RE = re.compile(r"[^,;:.!?]+")
_POINTING_WORDS = frozenset("a an the one two three four five six seven eight nine ten some its their this these".split())
# Words that tell film craft may be there (checked on the prompt's words, split at hyphens, before any search).
_TELL_WORDS = frozenset("lens lenses field grain grainy grade graded grading flare flares backlight backlit backlighting light "
                        "lighting lights lit push pull dolly crane jib tracking handheld steadicam gimbal slow slowmo mo blur "
                        "angle "
                        "close closeup shot cinematic cinematography film tone tones glow warmth haze hour bokeh focus locked "
                        "level shutter aperture compression anamorphic vignette vignetting dof hdr shadows sunlight sunshine "
                        "moonlight lamplight rays sunbeam sunbeams lingers holds dwells settles stays rests remains sits "
                        "cuts".split())


# "the pan is hot", "a pan on the stove", "two heavy pans": a pan named as a thing, by a determiner or a count and at
# most one word describing it, is the cookware; "a quick pan", "the camera pans", "a pan to the left" are the camera's
COOKWARE_PAN_RE = re.compile(r"\b(?P<det>a|an|the|this|that|my|our|your|his|her|their|its|one|two|three|four|five"
                             r"|each|every) (?:(?P<word>[a-z-]+) )?pan(?P<plural>s)?\b(?![-'])"
                             r"(?P<way>(?= (?:to|toward|towards|left|right|across|over|along|from|up|down|around|round"
                             r"|shot|back|away|out|in)\b))?")
# Words that make a pan the camera's move: how it goes, or the camera itself
_CAMERA_PAN_WORDS = frozenset("quick slow fast smooth gentle steady sweeping whip camera wide sudden jerky shaky "
                              "lazy brief slight lateral horizontal bad".split())
# ... and what a pan does when it is the camera's: it follows, keeps up, swings, tracks, reveals, keeps a thing in view
_CAMERA_PAN_DOES_RE = re.compile(r" (?:[a-z]+ly |then |now |also |just )?(?:follow|track|reveal|swing|swung"
                                 r"|pan|sweep|swept|keeps? up|kept up"
                                 r"|keeps? (?:pace|track)|kept (?:pace|track)|(?:keeps?|kept) [a-z ]{1,40}? in "
                                 r"(?:view|frame|shot|sight))")
# With the camera or the shot spoken of, a pan is the camera's unless the kitchen is there too
_CAMERA_SPOKEN_RE = re.compile(r"\b(?:camera|shot|lens|footage|filmed|filming|cameraman)\b")
_KITCHEN_RE = re.compile(r"\b(?:stove|hob|burner|oven|kitchen|cook\w*|fr(?:y|ies|ied|ying)|sizzl\w*|boil\w*|butter|oil"
                         r"|eggs?|pancakes?|lid|handle|sauce|food|chef|heat\w*|hot|skillet|pot|pots|sink|counter)\b")


def _cookware_pan(match: re.Match, in_kitchen: bool) -> str:
    word = match["word"]
    if word is not None and (word in _CAMERA_PAN_WORDS or noun_class(word) is not None):
        return match.group(0)  # "a quick pan", "the camera pans", "a man pans the camera"
    if _CAMERA_PAN_DOES_RE.match(match.string, match.end()):
        return match.group(0)  # "the pan follows it", "the pan keeps the bird in view": the camera's move
    if match["way"] is not None and not in_kitchen:
        return match.group(0)  # "a pan to the left" (but "the chef carries the pan to the left")
    return f"{match['det']} {word + ' ' if word else ''}frying pan{match['plural'] or ''}"


def cookware_pans_named(text: str) -> str:
    """``text`` (lower case) with each pan that is the cookware named so ("the frying pan is hot"), never the
    camera's pan."""
    in_kitchen = _KITCHEN_RE.search(text) is not None
    if _CAMERA_SPOKEN_RE.search(text) and not in_kitchen:
        return text
    return COOKWARE_PAN_RE.sub(lambda match: _cookware_pan(match, in_kitchen), text)


def looks_like_film_craft(words: set[str], text: str) -> bool:
    """Whether the prompt's ``words`` (``text`` split at spaces, punctuation and hyphens) may say how it is filmed: a
    tell word, or a lens, frame rate or f-number ("35mm", "24fps", "f/2.8"), which only a text holding "mm", "fps"
    or "f/" can have (most have none, and their words are not walked)."""
    return not words.isdisjoint(_TELL_WORDS) or ("mm" in text or "fps" in text or "f/" in text) and any(
        word.endswith(("mm", "fps")) or word.startswith("f/") for word in words)


def _names_a_thing(fragment: str) -> bool:
    """Whether the fragment, its film terms aside, names something that can be drawn and moved, or counts or
    points at something ("three lorries in the golden light": a thing the tables may not know)."""
    for word in FILM_TERM_RE.sub(" ", fragment).split():
        found = noun_class(word)
        if (found is not None and found[1].mobility not in FIXED_MOBILITIES) or word in _POINTING_WORDS:
            return True
    return False


def _fragment_without_film(match: re.Match) -> str:
    fragment = match.group(0)
    if not FILM_TERM_RE.search(fragment) or _KEEPS_FRAGMENT_RE.search(fragment):
        return fragment
    if not _names_a_thing(fragment):
        return " "
    return fragment



def drop_film_craft(text: str) -> str:
    """``text`` (lower case) without the phrases that say how it is filmed (each looked for only when its tell is there)."""
    if "lit by" in text:
        text = LIT_BY_RE.sub(" ", text)
    if "light" in text or "glow" in text or "rays" in text or "sunbeam" in text:
        text = LIGHT_CLAUSE_RE.sub(r"\1", text)
    if "light" in text or "glow" in text or "sunshine" in text:
        text = LIGHT_PHRASE_RE.sub(" ", text)
    if " on " in text and ("half" in text or "part" in text or "moment" in text or "second" in text or "stretch" in text):
        text = HALF_HOLDS_RE.sub(lambda m: f"in the {m[1]} {m[2]} the camera holds on ", text)
    text = _FRAGMENT_RE.sub(_fragment_without_film, text)  # whole fragments first: "golden backlight" goes with its colour
    if "mm" in text or "f/" in text or "fps" in text or "light" in text:
        text = INLINE_TERM_RE.sub(" ", text)
    return re.sub(r"\s+([,;:.!?])", r"\1", re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)).strip()
