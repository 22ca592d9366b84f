"""Known nouns that only frame the scene: "the poster features two cats" draws two cats, not a poster.

A noun the object tables know can still stand outside the scene it introduces: the screen, poster or painting that
presents the scene's things (never one who shows a clip whose things go untold, "a man shows a video to the kids",
who is in the scene with them) (or that a copula equates with them, "the picture is two balls", or that they occupy or
fill, "two cats occupy the picture", or that holds them, "there is a picture, and in it three cars", "and the picture
kept it"), the scene named again as a whole by a verb of the mind's eye ("Hold that
picture."), the screen of the idiom "on screen" (in view), the screen or people a clip is made for ("a video for the
lobby screen"), the window, tower or roof the watcher looks from or through ("Through the window, two dogs play",
"From the roof, we watch four cars"), the one a speaker addresses ("Tower, this is Flight Seven: ...", "Dear table,
..."), a heading's label ("Poster 3: ..."), or a clip word after "first" or "final" ("from the first picture to the
final picture"); the writer's own record heading the prompt ("Field book.") is `writer_frames`' heading. LVD counts
every box, so such a noun drawn beside the scene's things breaks the count. The roles are read from the words around
the noun; whether anything in the scene acts on the noun (lands on it, leaves it, passes it) is the participants'
rule, which keeps it drawn then.
"""

from __future__ import annotations

import re

from .motions import Entity
from .scene_words import SUPPORT_NOUNS
from .vocabulary import CLIP_NOUNS, SHOWING_VERBS, SHOWN_AS_SO

_DETERMINER = r"(?:the|a|an|my|our|your|his|her|its|their|this|that)"
_HEAD = r"(?P<head>[a-z]+)"
_NOUN_PHRASE = rf"(?:{_DETERMINER} |[a-z]+'s )?(?:[a-z'-]+ ){{0,2}}?{_HEAD}"
_SUBJECT = rf"(?:^|[.;:!?] ){_NOUN_PHRASE} (?:now |also |only |just |still )?"
# a joined clause's subject, with the speaker's relative clause it may carry ("..., and the tale I tell shows")
_JOINED_SUBJECT = rf", (?:and|but|so) {_NOUN_PHRASE} (?:(?:that |which )?(?:i|we|you) (?:[a-z]+ly )?[a-z]+ )?"
PRESENTS = "presents the scene"
WATCHER_LOOKS_FROM = "is where the watcher looks from"
_HOLDS_THE_SCENE = "holds the scene"
_LOOKS_OUT = "looks out on the scene"
_SHOWS_AS_SO = "says what the scene is"
# the words a call to someone or something opens with ("hey window, ...", "oh, birds!"), shared with `things_spoken_to`
CALL_OPENERS = r"(?:dear|hey|hello|hi|oh|o)"
_CALLED = "is called before the scene"
WATCHED_FROM = "is where the scene is watched from"
_ADDRESSED = "is addressed or a heading"
MOMENT = "names a moment of the clip"
_SCENE_AGAIN = "names the scene told"
_PART_PLAYED = "names the part other things play"
# "From the roof, we watch ...", "..., seen through the window.", "Looking out the window, I see ...": the watcher's
# place or what they look through, a phrase that fills a clause's edge or follows a word of looking
_LOOKING = r"(?:(?:as )?(?:seen|viewed|watched|observed|filmed|shot|spotted|glimpsed)|looking|peering|gazing|staring|peeking)"
_LOOKING_OUT = rf"(?:{_LOOKING} (?:out |down |up |in )?)"
# What a clip is made of, "the final frame", as against "the last car"
_CLIP_WORDS = r"(?:frame|shot|scene|picture|image|screen|take|clip|video|film|footage|moment|panel|page|slide)"
# "from the tower", "from up in the tower", "through the window"
_FROM = r"(?:from|through|out of|out) (?:(?:up|down|high|inside|within) (?:in |on |at )?)?"
_HIGH_UP = r"(?:above|overhead|below|up above|high above|on high|up high|far above)"
_NO_TOLD_CLIP = (r"(?! (?:a|an|the|this|that|his|her|their|its|our|my|some) (?:[a-z'-]+ )?(?:" + "|".join(CLIP_NOUNS)
                 + r")s?\b(?! of\b)(?! (?:with|showing|featuring|in which|where) ))")
_PRESENTING_CUES = ("show", "featur", "present", "depict", "display", "frame", "captur", "pictur", "painting of",
                    "photo of", "image of")
_LOOKING_OUT_CUES = ("overlook", "looks o", "gives onto", "opens onto")
_HOLDING_CUES = (" has ", " had ", "hold", "contain", "includ", "full of", "filled with", " is of", "fills with",
                 "crowded with")
_LOOKING_CUES = ("seen", "viewed", "watched", "observed", "filmed", "shot", "spotted", "glimpsed", "looking", "peering",
                 "gazing", "staring", "peeking")
_PASSING_CUES = ("from ", "through ", "out ")
# Words of looking that open a watcher's place ("Viewed from the ceiling,"): never an aside of the writer's
LOOKING_WORDS = frozenset(_LOOKING_CUES)
# Each role's pattern with the words one of which it needs, so a prompt without them costs a few substring checks
_ROLES = tuple((re.compile(pattern), role, cues) for pattern, role, cues in (
    # "the girl shows that two dogs run", "the man shows how a ball rolls": one who tells what is so, creature or not
    (_SUBJECT + SHOWING_VERBS + SHOWN_AS_SO, _SHOWS_AS_SO, ("show", "present", "display", "depict")),
    # "the poster features ...", "our old television displays ...": verbs whose object is what the noun depicts
    # ... but one that shows a clip whose things are not told ("a man shows a video to the kids") is in the scene
    (_SUBJECT + r"(?:shows|showed|features|featured|presents|depicts|displays|showcases|frames|captures|pictures"
     r"|(?:is |was )?(?:showing|featuring|displaying|presenting|depicting)|is (?:a )?(?:picture|painting|photo|image) of"
     r")\b" + _NO_TOLD_CLIP, PRESENTS, _PRESENTING_CUES),
    # "the window looks onto the yard": a view the scene is presented through, unless a creature looks on (it watches)
    (_SUBJECT + r"(?:overlooks|looks (?:out )?(?:on|onto|over)|gives onto|opens onto)\b", _LOOKS_OUT, _LOOKING_OUT_CUES),
    # "the picture has two cats", "my screen is full of balloons": verbs of holding, which a box or a shelf does for
    # real, so they frame only for a noun hung flat like a picture or a screen
    (_SUBJECT + r"(?:has|had|holds|contains|includes|is (?:full|filled) (?:of|with)|is of|fills with|is crowded with"
     r"|(?:must|should|will|would|can|does|did) (?:have|hold|contain|include))\b", _HOLDS_THE_SCENE, _HOLDING_CUES),
    # "let the picture fill with four cars" (read with its "let" dropped): the same holding, bidden
    (rf"(?:^|[.;:!?,] )(?:let )?{_NOUN_PHRASE} (?:fill|be filled) with\b", _HOLDS_THE_SCENE, ("fill with", "filled with")),
    # "two cars, there in the picture", "watch the balls in the picture": things said to be in the flat noun are its
    # picture's things, and "they've got the screen to themselves" is the idiom for alone in view
    (r"\b(?:there |all |right |still |both )?in the (?P<head>picture|screen|image|shot)\b(?! (?:frame|on|of)\b)", PRESENTS,
     ("in the picture", "in the screen", "in the image", "in the shot")),
    (r"\b(?:have|has|had|got|get|gets) (?:the )?(?P<head>screen|picture|frame|shot|stage) (?:all )?to (?:themselves|itself)\b",
     PRESENTS, ("to themselves", "to itself")),
    # "I saw a bird, and the picture kept it": a flat noun joined on that holds or shows the things told before it
    # is their picture ("..., and the TV shows two dogs" brings a screen into the room)
    (_JOINED_SUBJECT + r"(?:shows|showed|holds|held|keeps|kept|has|had|contains|contained)(?= (?:it|them)\b)", _HOLDS_THE_SCENE,
     (" it", " them")),
    # "there is a picture, and in it three cars": what is in a flat noun just introduced is its picture's things
    (r"\b(?P<head>picture|screen|image|projection|painting|canvas|photo|photograph)(?:,? and|[,;:]) (?:in|on|inside) it\b",
     _HOLDS_THE_SCENE, ("in it", "on it", "inside it")),
    # "two cats occupy the picture", "the birds fill the screen": what takes up the flat noun is its picture's things
    (r"\b(?:occup(?:y|ies|ied|ying)|fill(?:s|ed|ing)?|dominat(?:e|es|ed|ing)) (?:the )?(?:whole |entire )?"
     r"(?P<head>picture|screen|image|shot)\b(?! (?:frame|on|of)\b)", PRESENTS, ("occup", "fill", "dominat")),
    # "the picture is two moving balls": a flat noun a copula equates with counted things is their picture, not one more
    (_SUBJECT + r"(?:is|was) (?=(?:a|an|one|two|three|four|five|six|\d+) )", _HOLDS_THE_SCENE, (" is ", " was ")),
    (rf"(?:^|[.;:!?,] ){_LOOKING_OUT}{_FROM}{_NOUN_PHRASE}\b", WATCHER_LOOKS_FROM, _LOOKING_CUES),
    # "From my lair above,", "from the gallery overhead:": the place's own height said after it leaves it the place
    # ("from up above the shelf," is a place over the shelf, as "from directly above the shelf," is)
    (rf"(?:^|[.;:!?,] ){_FROM}(?!(?:above|below|beneath|under|underneath|atop)\b){_NOUN_PHRASE}(?: {_HIGH_UP})?"
     r"(?=\s*(?:[.;:!?,]|$))", WATCHED_FROM, _PASSING_CUES),
    # "three walking dogs as a screen", "two cats as a backdrop": "as a" noun closing its clause is the part things
    # play ("as a ball rolls by" goes on to its verb: a thing)
    (rf"\bas (?:a|an) (?:[a-z'-]+ )?{_HEAD}(?=\s*(?:[.;:!?,]|$|while\b|and\b))", _PART_PLAYED, (" as a",)),
    # "My monitor, top left: ...": the speaker's own device or window opening the prompt
    (rf"^(?:my|our|your) (?:[a-z'-]+ )?{_HEAD}[,:]", WATCHED_FROM, ("my ", "our ", "your ")),
    # "the view from my window: ...": a view named by where it is had from
    (rf"\b(?:view|views|vantage|sight|glimpse) (?:from|through|out of|out) {_NOUN_PHRASE}\b", WATCHER_LOOKS_FROM,
     ("view", "vantage", "sight", "glimpse")),
    # "On the screen, a ball vanishes": what a flat noun shows is on or in it
    (rf"(?:^|[.;:!?] )(?:(?:live|up|here|there|right|now|and|then) )?(?:on|in) {_NOUN_PHRASE}(?=[,:])", _HOLDS_THE_SCENE,
     ("on ", "in ")),
    # "two cars, on screen the whole time", "a ball on-screen for the first half": with no determiner, "on screen" is
    # the idiom for in view, so the screen is the picture itself
    (r"\b(?:on|off)[ -](?P<head>screen|camera|film|canvas)\b(?!')", PRESENTS, ("on screen", "on-screen", "off screen",
                                                                           "off-screen", "on camera", "on film", "on canvas")),
    # "with my own eyes", "On my screen, ...": the watcher's own eyes or device, at a clause's edge
    (rf"(?:^|[.;:!?,] |\b(?:saw|seen|see|watched|watch) )(?:with|through|on|in) (?:my|our|your) (?:own |two |old |"
     rf"little )?{_HEAD}"
     rf"(?=\s*(?:[.;:!?,]|$)| as\b)", WATCHED_FROM, ("my ", "our ", "your ")),
    # "from the first picture to the final picture", "until the last shot": a moment of the clip, not a thing
    (rf"\b(?:from|until|till|to|by|in|at) (?:the )?(?:very )?(?:first|last|final|opening|closing|starting|ending|initial)"
     rf" (?P<head>{_CLIP_WORDS})\b", MOMENT, ("first", "last", "final", "opening", "closing", "starting", "ending", "initial")),
    # "Hold that picture.", "keep this image in mind": the scene told, named again as a whole by a verb of the mind's
    # eye (a thing knocked or jumped onto is acted on: "a dog knocks that picture off the wall")
    (r"\b(?:hold|keep|remember|imagine|picture|freeze|fix|lock in|save|store|envision|visuali[sz]e)(?:s|ing)? (?:on to |onto )?"
     r"(?:that|this) (?:same |whole )?(?P<head>picture|image|scene)\b(?!'| of\b)", _SCENE_AGAIN, ("that ", "this ")),
    # "Tower, this is ...", "Dear table, ...", "Mirror, mirror: ...": the prompt opens by addressing the noun
    (rf"^{CALL_OPENERS} (?:[a-z'-]+ ){{0,2}}?{_HEAD}[,:!]", _ADDRESSED, ("",)),
    (rf"^(?:[a-z'-]+ )?{_HEAD}, (?:(?P=head)\b|this is|here is|here are|it's|it is|come in|do you|can you|please|i|we|you)\b",
     _ADDRESSED, ("",)),
    # "Tower, two planes are circling": a bare noun called before the scene is told, when the scene's things move
    # ("Table, two chairs and a lamp" names a table among them)
    # ("A cat, a dog and a bird walk left" is a list: a noun with an article or a count is named, not called, and one
    # denied, "No cat, no dog in the first half", is no one called either)
    (rf"^(?!(?:a|an|one|two|three|four|five|some|several|no|not|zero)\b)(?:[a-z'-]+ )?{_HEAD}, (?!and\b)", _CALLED, ("",)),
    # "Poster 3: ...", "Screen: ...": a heading or its label
    (rf"^{_HEAD} (?:[a-z]|\d+[a-z]?)[:.] ", _ADDRESSED, ("",)),
    (rf"^{_HEAD}: ", _ADDRESSED, ("",)),
))
# "Hey window, two birds fly past you": the scene acts on the one addressed, which is then a thing of it
_ACTS_ON_YOU = re.compile(r"\b(?:past|to|at|towards?|onto|into|off|around|over|under|behind|beside|near|from|on) you\b")
# "I see", "we watch", "you can spot": a watcher in the prompt, whose place a fronted "From the tower," is
_WATCHER = re.compile(r"\b(?:i|we|you) (?:can |could |then |now |just )?(?:see|saw|watch|watched|spot|spotted|spy|count|counted"
                      r"|observe|observed|notice|noticed|look at|film|filmed|follow|followed)\b")


def framing_words(lowered: str) -> dict[str, str]:
    """Each word the prompt uses as a noun framing it, with its role: it presents or holds the scene, the scene is
    watched from or through it, or the prompt addresses it."""
    words: dict[str, str] = {}
    for pattern, role, cues in _ROLES:  # the first role found for a word stands: the patterns run from the surest
        if any(cue in lowered for cue in cues):
            for match in pattern.finditer(lowered):
                words.setdefault(match.group("head"), role)
    if " you" in lowered and _ACTS_ON_YOU.search(lowered):
        words = {word: role for word, role in words.items() if role not in (_ADDRESSED, _CALLED)}
    if WATCHED_FROM in words.values() and _WATCHER.search(lowered):
        words = {word: WATCHER_LOOKS_FROM if role == WATCHED_FROM else role for word, role in words.items()}
    return words


def framing_role(entity: Entity, words: dict[str, str], scene_moves: bool) -> str | None:
    """The role that takes a known noun out of the scene, if its words give it one. Only a noun hung flat (a picture,
    a screen) frames by "having" or "holding" the scene's things, and a bare noun opening the prompt is called only
    when SCENE_MOVES (the rest is a clause, not a list of things)."""
    head = entity.noun.split()[-1]
    role = words.get(head) or words.get(head + "s") or words.get(head + "es")
    if role == _HOLDS_THE_SCENE:
        return PRESENTS if entity.cls.mobility == "wall" and head not in SUPPORT_NOUNS else None
    if role == _CALLED:
        return _ADDRESSED if scene_moves else None
    if role == _SHOWS_AS_SO:
        return PRESENTS
    if role in (_LOOKS_OUT, PRESENTS) and entity.cls.material == "flesh" and head not in CLIP_NOUNS:
        return None  # "a girl looks on as ...", "a man shows two cats walking left": a creature there with them
    if role == _LOOKS_OUT:
        return PRESENTS
    if role == WATCHED_FROM and entity.cls.material == "flesh":
        return None  # "my dog, as usual, brought me a ball": a creature is there, never a device or window watched from
    return role
