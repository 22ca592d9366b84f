"""A meeting's attendance line, "Present: the chair, the secretary.", read as the people it lists.

Minutes list who came by name or by role under "Present:", "In attendance:" or "Attendees:"; every entry there is a
person, so a role that is also a piece of furniture, "the chair", is the chairperson, never a chair. "Present:" also
heads a scene's inventory, "Present: a red ball, two cats.", so a list is taken for attendance only where its label
is attendance's alone or one of its entries names a person.
"""

from __future__ import annotations

import re

from .object_classes import noun_class

# "present: the chair, the secretary.": the label and its list, to the sentence's end
ATTENDANCE_RE = re.compile(r"(?:^|(?<=[.;!?] ))(?P<label>present|in attendance|attendees|attending|attendance)\s*:\s*"
                           r"(?P<entries>[^.;:!?]{1,300})")
# the roles a meeting's chair is called by, which a list of people means
_CHAIR_RE = re.compile(r"\b(?P<lead>the |madam |mister |mr\.? |madame )?chair\b(?!s)")
_ONLY_ATTENDANCE = frozenset(("in attendance", "attendees", "attending", "attendance"))


def _people(match: re.Match) -> str:
    entries = match["entries"]
    named = [word for word in re.findall(r"[a-z]+", entries) if word != "chair"]
    people = any((found := noun_class(word)) and found[1].mobility == "walker" and found[1].material == "flesh"
                 and found[1].height_m >= 1.0 for word in named)
    if match["label"] not in _ONLY_ATTENDANCE and not people:
        return match.group(0)  # "present: a chair, a table": a scene's inventory
    return match.group(0)[:match.start("entries") - match.start()] + _CHAIR_RE.sub(r"\g<lead>chairperson", entries)


def might_list_attendance(text: str) -> bool:
    return "attend" in text or "present" in text


def attendance_as_people(text: str) -> str:
    """``text`` with a chair listed under an attendance label said as the chairperson."""
    return ATTENDANCE_RE.sub(_people, text)
