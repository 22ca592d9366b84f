"""A half of the clip said to show an empty frame: "for the first half the frame is empty; then a horse comes in".

Nothing is seen in that half, so every thing named comes in after it or is gone before it, unless the prompt gives the
thing its own time for coming or going. The pass (``prompt_reading``) hands the "empty frame" token here and applies
the halves once every thing is read.
"""

from __future__ import annotations

from .clause_reader import ClauseReader
from .motions import Motion
from .vocabulary import FIRST_HALF_WORDS


def first_half_said(match) -> bool:
    """Whether a ``window`` token names the first half."""
    return match.group("until") is not None or match.group("early") is not None \
        or match.group("half") in FIRST_HALF_WORDS


def empty_frame_said(reader: ClauseReader, matches, position: int) -> None:
    """"For the first half the frame is empty; then a horse comes in", "for the second half the frame is
    empty": nothing is seen in that half, so everything named comes after it or leaves before it."""
    windows = [value for key, value in reader.pending if key == "window"]
    if windows:
        first = windows[-1] != "second"  # "first", or "until" the midpoint
    elif position + 1 < len(matches) and matches[position + 1].lastgroup == "window":
        first = first_half_said(matches[position + 1])
    else:
        return
    reader.pending = [p for p in reader.pending if p[0] != "window"]
    reader.empty_frames.append(first)
    reader.end_clause(hard=False)
    reader.subjects, reader.current = [], []


def apply_empty_frames(reader: ClauseReader) -> None:
    """After the pass: each thing with no time of its own for coming or going comes in after an empty first half, or
    is gone before an empty second half."""
    for first in reader.empty_frames:
        for entity in reader.entities:
            if any(m.window or m.at_fraction is not None for m in entity.motions if m.kind in ("appear", "disappear")):
                continue
            if first:
                entity.motions.insert(0, Motion(kind="appear", verb="after an empty frame", window="second"))
            else:
                entity.motions.append(Motion(kind="disappear", verb="before an empty frame", at_fraction=0.5))
