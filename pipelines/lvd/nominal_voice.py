"""Passive voice and nominalisations, put back into a subject and its verb before reading.

"The flight of a bird is traced from the lower left to the upper right", "its roll first to the lower left and
then to the upper left is depicted", "the dog's walk to the right is shown": the noun of a motion ("flight",
"walk", "roll", "movement", "passage") with its owner ("of a bird", "its", "the dog's") and the passive verb
that shows it is the owner doing that motion ("a bird flies from ..."), never a thing called "flight".
"The presence of two cats is shown" names the cats alone, "and of nothing else" adds nothing, and "the
inclusion of any other object is avoided" only fences in what was named. "Appearance", "arrival" and
"disappearance" are left as they are: the reader takes them as the times they say.
"""

from __future__ import annotations

import re

from .object_classes import singular
from .word_guessing import third_person

# the motion a noun names, as the verb the reader knows
_MOTION_VERBS = {"flight": "fly", "flying": "fly", "walk": "walk", "walking": "walk", "roll": "roll", "rolling": "roll",
                 "movement": "move", "motion": "move", "moving": "move", "passage": "move", "progress": "move", "path": "move",
                 "route": "move", "course": "move", "trajectory": "move", "journey": "travel", "travel": "travel",
                 "drive": "drive", "driving": "drive", "run": "run", "running": "run", "crossing": "cross", "glide": "glide",
                 "gliding": "glide", "swim": "swim", "swimming": "swim", "ride": "ride", "trot": "trot", "stroll": "stroll"}
# nouns that only say a thing is there (or is drawn): "the presence of two cats"
_PRESENCE_WORDS = ("presence", "inclusion", "depiction", "existence", "showing", "portrayal", "display", "rendering")
_PRESENCE_NOUNS = "(?:" + "|".join(_PRESENCE_WORDS) + ")"
_NOMINAL_HEADS = frozenset(_MOTION_VERBS) | frozenset(_PRESENCE_WORDS)
_SHOWN = (r"(?:shown|depicted|traced|filmed|seen|captured|recorded|followed|tracked|presented|illustrated|portrayed|rendered|"
          r"pictured|featured|visible|requested|wanted|required)")
_BE = r"(?:is|are|was|were|(?:shall|will|must|should|can|may) be|(?:is|are) to be)"
_OWNER = r"(?P<owner>its|their|his|her|the (?:[a-z]+ ){0,2}?[a-z]+'s|the)"
_COUNTED = r"(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|both|several|some)"
_NOT_A_VERB = r"(?:(?!\b(?:is|are|was|were|shall|will|must|should|and that)\b)[^.;!?:])"
# "the flight of two birds is filmed", "its walk to the lower left and, after that, to the upper left is shown",
# "the movement of a car from the left to the right, is depicted": the owner, the motion, where it goes, its showing
MOTION_NOMINAL_RE = re.compile(
    r"\b" + _OWNER + r" (?P<noun>" + "|".join(_MOTION_VERBS) + r")"
    r"(?: of (?P<doer>" + _COUNTED + r"(?: [a-z]+){1,3}?))?"
    r"(?P<path>(?: (?:first|then|next|steadily|slowly|quickly|gradually))*"
    r"(?: (?:from|to|toward|towards|across|along|past|into|through|around|over|up|down|off)\b" + _NOT_A_VERB + r"*?)?)"
    r",? " + _BE + r"(?: (?:then|also|clearly|plainly|first|fully|duly))? " + _SHOWN + r"\b")
# "the inclusion of anything else is avoided", "the presence of any other object is ruled out": no further thing
NOMINAL_FENCE_RE = re.compile(
    r"(?:,? (?:and|but|while|with) )?\bthe " + _PRESENCE_NOUNS + r" of (?:any|other|anything|further|additional|extra|more)\b"
    + _NOT_A_VERB + r"*? " + r"(?:is|are|was|were|(?:shall|will|must|should) be|(?:is|are) to be) (?:strictly |entirely |"
                             r"wholly )?"
    r"(?:ruled out|avoided|excluded|prevented|forbidden|prohibited|omitted|barred|disallowed|kept out|refused|not (?:permitted|"
    r"allowed|wanted))"
    r"(?: (?:entirely|altogether|completely|at all|throughout))?")
# ", and of nothing else,": the things named are all there is
OF_NOTHING_ELSE_RE = re.compile(r",? (?:and|but) of (?:nothing|no one|none|no other (?:thing|object)s?) (?:else|further|more|"
                                r"besides)?\b,?")
# "the presence of two cats": the cats
PRESENCE_OF_RE = re.compile(r"\bthe " + _PRESENCE_NOUNS + r" of (?=" + _COUNTED + r" )")
_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}


def looks_nominal(words: set[str]) -> bool:
    """Whether the prompt's ``words`` hold a noun of motion or presence (most prompts have none, and skip the rewrite)."""
    return not words.isdisjoint(_NOMINAL_HEADS)


def _motion_said(match: re.Match) -> str:
    """"the flight of two birds is filmed": "two birds fly"; "its roll to ... is shown": "it rolls to ..."."""
    owner, doer = match.group("owner"), match.group("doer")
    if owner == "the" and doer is None:
        return match.group(0)  # "the walk is shown": nothing says whose
    subject = doer or _PRONOUNS.get(owner) or owner[:-2]
    head = subject.split()[-1]
    plural = head in ("they", "both") or (head not in ("it", "he", "she") and singular(head) != head)
    verb = _MOTION_VERBS[match.group("noun")]
    return f"{subject} {third_person(verb, plural=plural)}{match.group('path')}"


def nominals_in_plain_words(text: str) -> str:
    """``text`` with each motion or presence said as a noun said with its subject and verb."""
    if " of " in text and any(noun in text for noun in _PRESENCE_WORDS):
        text = NOMINAL_FENCE_RE.sub("", text)
        text = OF_NOTHING_ELSE_RE.sub("", text)
        text = PRESENCE_OF_RE.sub("", text)
    return MOTION_NOMINAL_RE.sub(_motion_said, text)
