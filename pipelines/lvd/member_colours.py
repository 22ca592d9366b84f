"""Colours shared out over a counted group: "two balloons, one red and one blue", "three cups: a red one,
a green one and a yellow one". Each listed colour belongs to one member, in order, not to all of them.

The word-by-word pass binds every colour it meets to the group, so it would draw three cups that are each
"red green yellow"; this pass, run over the whole text afterwards, finds such a list right after a
plural noun and gives each member its own colour.
"""

from __future__ import annotations

import re

from .motions import Entity
from .object_classes import singular
from .vocabulary import COLORS, INTENSITY_WORDS

_COLOUR = "(?:" + "|".join(sorted(COLORS, key=len, reverse=True)) + ")"
_SHADE = "(?:(?:" + "|".join(sorted(INTENSITY_WORDS, key=len, reverse=True)) + r")\s+)?"
_MARK = r"(?:one|a|an|another|the other|the first|the second|the third|the last)\s+"
# one member: "one red", "a red one", "the other blue" ("two cats, black and white" may be two black-and-white cats)
_ITEM = rf"(?P<mark{{i}}>{_MARK})?{_SHADE}(?P<colour{{i}}>{_COLOUR})(?:\s+one)?\b"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*)"
_MAX_MEMBERS = 8
LIST_RE = re.compile(
    r"\b(?P<noun>[a-z]+s)\s*(?:[,:(]|\s-|\s)\s*(?:(?:each|all)\s+(?:of\s+them\s+)?)?"
    + _ITEM.format(i=0)
    + "".join(rf"(?:{_JOIN}{_ITEM.format(i=i)}" for i in range(1, _MAX_MEMBERS))
    + ")?" * (_MAX_MEMBERS - 1)
)


def apply_member_colours(text: str, entities: list[Entity]) -> None:
    """Give each member of a counted group the colour listed for it, in order."""
    if not any(c in text for c in COLORS):
        return
    for match in LIST_RE.finditer(text):
        listed = [match.group(f"colour{i}") for i in range(_MAX_MEMBERS) if match.group(f"colour{i}")]
        marked = [match.group(f"mark{i}") for i in range(_MAX_MEMBERS) if match.group(f"colour{i}")]
        if len(listed) < 2:
            continue
        noun = singular(match.group("noun"))
        group = next((e for e in entities if e.count >= 2 and (e.noun == noun or e.noun.endswith(" " + noun))), None)
        if group is None or len(listed) > group.count or not all(marked):
            continue  # "two cats, black and white" stays one description: it does not name each of them
        group.attributes = [a for a in group.attributes if not (a[0] == "color" and a[1] in listed)]
        group.member_colours = listed
