"""Frame numbers said for when a thing is seen: "in frames 1–3", "in frames 4 to 6", "from frame 2", "until frame 5".

Frames are the layout's keyframes, counted from 1, unless the prompt counts the clip's own frames ("frames 13-24
of a 24-frame clip", "frames 1-12 of 24", or a frame number past the keyframes): then a frame is that share of the
clip. A range is taken out of the text before the word pass (whose numbers would be read as counts) and becomes the
thing's arrival and departure, each halfway between the last keyframe without it and the first with it, so exactly
the said keyframes show it. Places said at two or more single frames ("the lower left at frame 1, the lower right
at frame 12") are a route: each frame is the time its place is reached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .motions import Entity, Motion
from .object_classes import noun_class, singular
from .vocabulary import FRAME_PLACE_WORDS

_NUMBER = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}
_TO = r"\s*(?:-|–|—|to|through|thru|until|till)\s*"
FRAMES_RE = re.compile(
    rf"\b(?:(?P<lead>from|since|after|until|till|up to|before|in|during|on|at|for)\s+)?(?:the\s+)?(?:key)?frames?\s+"
    rf"{_NUMBER}(?:{_TO}(?:(?:key)?frame\s+)?{_NUMBER})?\b(?P<on>\s+on(?:wards?)?\b)?"
    # "frames 13-24 of a 24-frame clip", "frames 1-12 of 24": the clip's own frame count
    r"(?:\s+(?:of|out of)\s+(?:an?\s+|the\s+)?(?P<total>\d{1,3})(?:[- ]frames?)?(?:[- ]long)?(?:\s+(?:clip|video|shot|"
    r"sequence))?\b)?")
# "a 24-frame clip", "24 frames long": how many frames the prompt counts in all
TOTAL_RE = re.compile(r"\b(\d{1,3})(?:[- ]frames?[- ](?:long\s+)?(?:clip|video|shot|sequence)|\s+frames\s+(?:long|in (?:total|"
                      r"all)))\b")


@dataclass
class FrameSpan:
    at: int  # where in the text it was said
    first: int | None  # first frame (1-based) it is seen in; None: from the start
    last: int | None  # last frame it is seen in; None: to the end
    total: int | None = None  # frames the prompt counts in the clip ("of a 24-frame clip"); None: the keyframes


_PLACE_RE = re.compile(rf"\b{FRAME_PLACE_WORDS}\b")


def _place_at_a_frame(text: str, match: re.Match) -> bool:
    """"in the lower left at frame 1", "at frame 12 it is top right": one frame said as when a place is reached."""
    if match.group(3) is not None or match.group("lead") not in ("at", "by", "on", "in"):
        return False
    before = re.split(r"[,.;:]", text[max(0, match.start() - 30):match.start()])[-1]
    after = re.split(r"[,.;]", text[match.end():match.end() + 30])[0]
    return bool(_PLACE_RE.search(before) or _PLACE_RE.search(after))


# words that end a frame number's phrase rather than name what it counts: "at frame 3 the ball", "from frame 2 on"
_NOT_COUNTED = frozenset("the a an it its they them he she this that and or then on onwards onward to of in at by for from until "
                         "till "
                         "is are was were".split())


def _counts_what_follows(rest: str) -> bool:
    """Whether the number after "frame" counts the noun it stands before, with up to two describing words between
    ("frame three dogs", "in the frame four moving balls"), rather than numbering a frame."""
    words = re.match(r"\s*((?:[a-z-]+ ){0,2}[a-z]+)", rest)
    if words is None:
        return False
    said = words.group(1).split()
    return said[0] not in _NOT_COUNTED and any(noun_class(word) is not None for word in said)


def _number(said: str) -> int:
    return int(said) if said.isdigit() else _WORDS[said]


def take_frame_spans(text: str) -> tuple[str, list[FrameSpan]]:
    """The text without its frame numbers, and the spans they said."""
    spans: list[FrameSpan] = []
    if "frame" not in text:
        return text, spans

    placed = [m for m in FRAMES_RE.finditer(text) if _place_at_a_frame(text, m)]
    last_placed = max((_number(m.group(2)) for m in placed), default=0)

    def span(match: re.Match) -> str:
        if len(placed) >= 2 and last_placed > 1 and _place_at_a_frame(text, match):
            share = (_number(match.group(2)) - 1) / (last_placed - 1)  # "the lower right at frame 12" of 24: a place then
            return " at the start" if share < 0.3 else " at the midpoint" if share <= 0.7 else " at the end"
        if match.group(3) is None and _counts_what_follows(text[match.end():]):
            return match.group(0)  # "in frame three dogs play", "in the frame four moving balls": a count of what is there
        lead = match.group("lead")
        low = _number(match.group(2))
        high = _number(match.group(3)) if match.group(3) else None
        if high is not None:
            spans.append(FrameSpan(match.start(), low, high))
        elif lead in ("from", "since") or match.group("on"):
            spans.append(FrameSpan(match.start(), low, None))
        elif lead == "after":
            spans.append(FrameSpan(match.start(), low + 1, None))
        elif lead in ("until", "till", "up to"):
            spans.append(FrameSpan(match.start(), None, low))
        elif lead == "before":
            spans.append(FrameSpan(match.start(), None, low - 1))
        else:
            spans.append(FrameSpan(match.start(), low, low))  # "in frame 3": that keyframe only
        if match["total"]:
            spans[-1].total = int(match["total"])
        return " "

    text = FRAMES_RE.sub(span, text)
    said_total = TOTAL_RE.search(text)
    for found in spans:
        found.total = found.total or (int(said_total[1]) if said_total else None)
    return TOTAL_RE.sub(" ", text) if said_total else text, spans


def apply_frame_spans(text: str, spans: list[FrameSpan], entities: list[Entity], num_keyframes: int) -> None:
    """Give the thing each span is said of its arrival and departure times."""
    if num_keyframes < 2:
        return
    # frame numbers past the keyframes count the video's own frames: "in frames 13-24" of a clip said or taken as 24 long
    said = [n for span in spans for n in (span.first, span.last, span.total) if n is not None]
    for span in spans:
        entity = _said_of(text, span.at, entities)
        if entity is None:
            continue
        last_frame = span.total or max([num_keyframes, *said])
        first = max(1, span.first or 1)
        last = min(last_frame, span.last or last_frame)
        if first > last:
            continue
        entity.motions = [m for m in entity.motions if not (m.kind in ("appear", "visible", "disappear") and m.at_fraction is None
                                                           and m.window is None and not m.enters_from and not m.exits)]
        if first > 1:
            entity.motions.insert(0, Motion(kind="appear", verb="from a frame", at_fraction=(first - 1.5) / (last_frame - 1)))
        if last < last_frame:
            entity.motions.append(Motion(kind="disappear", verb="until a frame",
                                         step=max((m.step for m in entity.motions), default=0),
                                         at_fraction=(last - 0.5) / (last_frame - 1)))


def _said_of(text: str, at: int, entities: list[Entity]) -> Entity | None:
    """The object named last before the span (in its sentence), else the only or first one."""
    if not entities:
        return None
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at)) + 1
    best, best_at = None, -1
    for word in re.finditer(r"[a-z]+", text[start:at]):
        found = noun_class(word.group(0))
        base = (found[0] if found else singular(word.group(0))).split()[-1]
        for entity in entities:
            if entity.noun.split()[-1] == base and word.start() > best_at:
                best, best_at = entity, word.start()
    return best or entities[0]
