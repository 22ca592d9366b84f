"""The frame's corners and sides by other names, put into the one name the route reader knows.

A corner is said many ways besides "the lower left corner": named after the word "corner" ("the corner at lower left"),
its side before its height ("the right-hand corner at the bottom", "the bottom corner on the left"), with the frame's
possessive ("the frame's top-right") or as a corner of the picture itself ("the bottom-left corner of my map"), with a
"-hand" that says nothing more ("the upper right-hand corner"), in anatomy's words ("the superior left corner"), seen
from above as far and near ("the far corner on the right" is upper right) or by the compass ("the north-west corner",
"the NE corner"); a top-down frame's sides go by the compass too ("heads west", "eastward"). These names come apart
from the route's phrasings (`route_phrasings`) because they say one place, whatever the thing does there, and the
route's rewrites read only the plain name.
"""

from __future__ import annotations

import re

from .route_clauses import HEIGHT as _HEIGHT
from .route_clauses import SIDE as _SIDE
from .vocabulary import FROM_ABOVE

# the picture itself by its names, "the frame's lower-left"; the route's "left of the picture ... right of it" too
FRAME_NOUN = r"(?:frame|picture|screen|image|scene|shot|view|video|clip|canvas|field|board|map)"

# "the corner at lower left", "in the corner on the top right": the corner named after the word "corner"
CORNER_AFTER_RE = re.compile(rf"(?<!left )(?<!right )\bcorner (?:at|in|on) (?:the )?({_HEIGHT})[ -]({_SIDE})\b(?:[ -]hand\b)?")
# "the right-hand corner at the bottom", "the bottom corner on the left", "the corner at the top on the right", "the
# left-hand top corner": a corner's side and height in either order, on either side of the word "corner" ("-hand" says
# nothing more)
# (the place ends there: "the left corner on the top shelf" is a corner of the shelf)
_PLACE_ENDS = (r"(?=\s*(?:[,.;:!?)]|$)|\s(?:and|then|to|toward|towards|before|after|of|in|at|on|by|while|as|where|when|with"
               r"|from|via|through|past|but|or|until|for|it|is|was)\b)")
SIDE_CORNER_AT_HEIGHT_RE = re.compile(rf"\b({_SIDE})(?:[ -]hand)? corner (?:at|in|on) (?:the )?({_HEIGHT}){_PLACE_ENDS}")
HEIGHT_CORNER_ON_SIDE_RE = re.compile(rf"\b({_HEIGHT}) corner (?:on|at) the ({_SIDE})(?:[ -]hand side)?{_PLACE_ENDS}")
CORNER_AT_HEIGHT_ON_SIDE_RE = re.compile(rf"\bcorner (?:at|in|on) the ({_HEIGHT}) (?:on|at|to) the ({_SIDE}){_PLACE_ENDS}")
SIDE_HAND_HEIGHT_RE = re.compile(rf"\b({_SIDE})[ -]hand[ -]({_HEIGHT})(?= corner\b)")
# "the far corner on the right", "the near left corner": seen from above, far is up the frame and near down it
FAR_NEAR_CORNER_RE = re.compile(rf"\b(far|near)(?: ({_SIDE}))? corner(?: (?:on|at|to) the ({_SIDE})\b)?")
# the view from above in any words: "from directly above", "from the gallery above" (a place said to be above), "from on
# high", "looking straight down on", "seen from overhead", "an overhead camera", "map view"
TOP_DOWN_RE = re.compile(r"\b(?:" + FROM_ABOVE + r"|from (?:the |a |an )(?:[a-z'-]+ ){1,3}above|"
                         r"from on high|top[ -]down|(?:from|viewed|seen) overhead|overhead (?:view|camera|shot|angle)|"
                         r"(?:look|looks|looking|looked|peer|peering|gaze|gazing) (?:straight |directly )?down\b(?! the)|"
                         r"(?:map|plan) view|bird'?s[ -]eye|aerial)\b")
# "the frame's lower-left", "the picture's top right": the frame's corner said with a possessive
FRAME_CORNER_RE = re.compile(rf"\b{FRAME_NOUN}'s ({_HEIGHT})[ -]({_SIDE})\b(?:[ -]hand\b)?(?: corner\b)?")
# "the bottom-left corner of my map", "the top right of the monitor": a corner of the picture itself is the frame's
# (LVD's own "the lower left of the scene" is left as it is)
_PICTURE_ITSELF = r"frame|picture|screen|image|shot|view|video|clip|canvas|field|board|map|monitor|display|feed|viewfinder"
CORNER_OF_FRAME_RE = re.compile(rf"\b({_HEIGHT})[ -]({_SIDE})((?:[ -]hand)?(?: corner)?) of (?:the|my|our|your|this|that) "
                                rf"(?:{_PICTURE_ITSELF})\b")
# "the superior left corner", "the inferior right quadrant": anatomy's words for upper and lower, before a side
ANATOMICAL_HEIGHT_RE = re.compile(rf"\b(superior|inferior) (?={_SIDE}\b)")
# "the upper right-hand corner", "the bottom-left-hand side": the "-hand" says nothing more
HAND_CORNER_RE = re.compile(rf"\b({_HEIGHT})[ -]({_SIDE})[ -]hand\b")
# "the north-west corner", "the southeast", "the ne corner": a top-down frame's corners by the compass
COMPASS_CORNER_RE = re.compile(r"\b(north|south)[ -]?(east|west)(?:ern)?\b|\b([ns])([ew])(?= corner\b)")
# "heads west", "from the west side to the east side", "eastward": a top-down frame's sides by the compass
COMPASS_SIDE_RE = re.compile(r"\b(west|east)(wards?|ern)?\b")
_COMPASS = {"north": "upper", "south": "lower", "east": "right", "west": "left",
            "n": "upper", "s": "lower", "e": "right", "w": "left"}


def corners_in_plain_words(text: str) -> str:
    """The frame's corners by one name: "the corner at lower left", "the frame's lower-left", "the left-hand corner at
    the bottom", "the bottom corner on the left" are "the lower left corner", and seen from above "the near corner on
    the left" is too."""
    if "corner" in text:
        if "hand" in text:
            text = SIDE_HAND_HEIGHT_RE.sub(r"\2 \1", text)
        text = CORNER_AFTER_RE.sub(r"\1 \2 corner", text)
        text = CORNER_AT_HEIGHT_ON_SIDE_RE.sub(r"\1 \2 corner", text)
        text = SIDE_CORNER_AT_HEIGHT_RE.sub(r"\2 \1 corner", text)
        text = HEIGHT_CORNER_ON_SIDE_RE.sub(r"\1 \2 corner", text)
    if "'s " in text:
        text = FRAME_CORNER_RE.sub(r"\1 \2 corner", text)
    if " of " in text:
        text = CORNER_OF_FRAME_RE.sub(r"\1 \2\3", text)
    if "hand" in text:
        text = HAND_CORNER_RE.sub(r"\1 \2", text)
    if "erior " in text:
        text = ANATOMICAL_HEIGHT_RE.sub(lambda m: "upper " if m[1] == "superior" else "lower ", text)
    if ("far " in text or "near " in text) and TOP_DOWN_RE.search(text):
        text = FAR_NEAR_CORNER_RE.sub(lambda m: f"{'upper' if m[1] == 'far' else 'lower'} {m[2] or m[3]} corner"
                                      if (m[2] or m[3]) else m.group(0), text)
    if "east" in text or "west" in text or "corner" in text:
        text = COMPASS_CORNER_RE.sub(lambda m: f"{_COMPASS[m.group(1) or m.group(3)]} {_COMPASS[m.group(2) or m.group(4)]}", text)
        text = COMPASS_SIDE_RE.sub(lambda m: _COMPASS[m.group(1)] + ("" if m.group(2) in (None, "ern") else m.group(2)), text)
    return text
