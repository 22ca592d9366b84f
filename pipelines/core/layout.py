"""Dynamic scene layout (DSL): the data model every stage shares.

A layout is a set of objects, each with one box per keyframe (``None`` where the object is
absent), plus the scene's background keyword, negative prompt and the planner's reasoning.
Boxes are ``(x_min, y_min, x_max, y_max)`` normalised to [0, 1] with y pointing down, so a
layout does not depend on the video's resolution; ``aspect`` (width / height) records the
canvas it was drawn for. A box may reach up to ``MAX_OVERHANG`` canvases past an edge, so an
object entering or leaving keeps its size and speed; only pixels and masks are clipped.

Layouts are immutable: edits return a new layout, which makes undo a list of snapshots and
keeps two browser sessions from ever sharing a mutable object.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Sequence

import numpy as np

from .errors import PhyStudioError
from .limits import LayoutLimits

LAYOUT_FORMAT_VERSION = 1
DEFAULT_NUM_KEYFRAMES = 6
DEFAULT_KEYFRAME_FPS = 2.0
# LVD's fixed negative prompt (its official code).
# Where the camera looks from: "side" (a horizon, gravity pulls down the image) or "top-down" (the ground fills
# the frame and motion is in its plane). Boxes mean the same in both; drawing and physics differ.
LAYOUT_VIEWS = ("side", "top-down")
DEFAULT_NEGATIVE_PROMPT = "dull, gray, unrealistic, colorless, blurry, low-quality, weird, abrupt"
MIN_BOX_SIDE = 1e-3
MAX_OVERHANG = 1.0  # how far (in canvas sizes) a box may reach beyond an edge
SLIVER_SIDE = 1.5 * MIN_BOX_SIDE  # a side thinner than this marks a zero-size box: out of view
_WHOLE_SIDE = max(MIN_BOX_SIDE, SLIVER_SIDE)  # a box on the canvas with sides this long is drawn as it is
ZERO_SIDE = 1.2 * MIN_BOX_SIDE  # the side a zero-size box is given (valid, and a sliver)
_EDGE_TOLERANCE = 1e-6
_LOWEST, _HIGHEST = -MAX_OVERHANG - _EDGE_TOLERANCE, 1 + MAX_OVERHANG + _EDGE_TOLERANCE

Box = tuple[float, float, float, float]


class LayoutError(PhyStudioError, ValueError):
    """A layout that breaks a rule (box outside the canvas, unknown id, ...)."""


@dataclass(frozen=True)
class LayoutObject:
    id: int
    name: str
    boxes: tuple[Box | None, ...]
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def attribute_dict(self) -> dict[str, str]:
        return dict(self.attributes)

    @property
    def label(self) -> str:
        return f"{self.name} #{self.id}"

    def present_keyframes(self) -> list[int]:
        return [k for k, box in enumerate(self.boxes) if box is not None]


@dataclass(frozen=True)
class Layout:
    objects: tuple[LayoutObject, ...]
    num_keyframes: int = DEFAULT_NUM_KEYFRAMES
    background: str = ""
    negative_prompt: str = DEFAULT_NEGATIVE_PROMPT
    reasoning: str = ""
    aspect: float = 1.0
    keyframe_fps: float = DEFAULT_KEYFRAME_FPS
    view: str = "side"
    notes: tuple[str, ...] = field(default=(), compare=False)

    # ------------------------------------------------------------------ lookup
    def object(self, object_id: int) -> LayoutObject:
        for obj in self.objects:
            if obj.id == object_id:
                return obj
        known = ", ".join(str(o.id) for o in self.objects) or "none"
        raise LayoutError(f"unknown object id {object_id} (known ids: {known})")

    @property
    def object_ids(self) -> list[int]:
        return [o.id for o in self.objects]

    def next_object_id(self) -> int:
        return max(self.object_ids, default=-1) + 1

    # -------------------------------------------------------------- validation
    def validate(self, limits: LayoutLimits | None = None) -> "Layout":
        """Raise ``LayoutError`` naming the first broken rule or exceeded limit; return self when valid.

        The limits bound what drawing or generating the layout costs (memory and time grow with keyframes
        times objects), so an oversized layout is refused before any of that work.
        """
        limits = limits or DEFAULT_LAYOUT_LIMITS
        if not isinstance(self.num_keyframes, int) or self.num_keyframes < 1:
            raise LayoutError(f"num_keyframes must be a positive integer, got {self.num_keyframes!r}")
        _check_counts(self.num_keyframes, len(self.objects), limits)
        if not (isinstance(self.aspect, (int, float)) and math.isfinite(self.aspect) and 0.1 <= self.aspect <= 10):
            raise LayoutError(f"aspect (width/height) must be between 0.1 and 10, got {self.aspect!r}")
        if not (isinstance(self.keyframe_fps, (int, float)) and math.isfinite(self.keyframe_fps)
                and 0 < self.keyframe_fps <= limits.max_keyframe_fps):
            raise LayoutError(f"keyframe_fps must be in (0, {limits.max_keyframe_fps:g}], got {self.keyframe_fps!r}")
        if self.view not in LAYOUT_VIEWS:
            raise LayoutError(f"view must be one of {', '.join(map(repr, LAYOUT_VIEWS))}, got {str(self.view)[:40]!r}")
        for field_name in ("background", "negative_prompt", "reasoning"):
            _check_text(field_name, getattr(self, field_name), limits.max_text_chars, "max_text_chars")
        if len(self.notes) > limits.max_notes:
            raise LayoutError(f"the layout has {len(self.notes)} notes; the limit is {limits.max_notes}")
        for note in self.notes:
            _check_text("a note", note, limits.max_text_chars, "max_text_chars")
        seen: set[int] = set()
        for obj in self.objects:
            if obj.id in seen:
                raise LayoutError(f"duplicate object id {obj.id} ({obj.name[:limits.max_name_chars]!r})")
            seen.add(obj.id)
            if len(obj.name) > limits.max_name_chars:  # the message is built only when it is needed
                _check_text(f"object id {obj.id}'s name", obj.name, limits.max_name_chars, "max_name_chars")
            if not obj.name.strip():
                raise LayoutError(f"object id {obj.id} has an empty name")
            if len(obj.attributes) > limits.max_attributes:
                raise LayoutError(f"object {obj.label!r} has {len(obj.attributes)} attributes; the limit is "
                                  f"{limits.max_attributes}")
            for key, value in obj.attributes:
                if len(key) + len(value) > limits.max_attribute_chars:
                    _check_text(f"object {obj.label!r}'s attribute", key + value, limits.max_attribute_chars,
                                "max_attribute_chars (name and value together)")
            if len(obj.boxes) != self.num_keyframes:
                raise LayoutError(
                    f"object {obj.label!r} has {len(obj.boxes)} keyframe boxes, "
                    f"but the layout has {self.num_keyframes} keyframes"
                )
            bound = limits.max_coordinate
            low, high = max(-bound, _LOWEST), min(bound, _HIGHEST)
            for k, box in enumerate(obj.boxes):
                if box is not None and not _plainly_valid(box, low, high):
                    where = f"object {obj.label!r}, keyframe {k + 1}"
                    if not all([isinstance(v, (int, float)) and -bound <= v <= bound for v in box]):
                        raise LayoutError(f"{where}: box {list(box)[:4]} has a coordinate beyond ±"
                                          f"{limits.max_coordinate:g} canvas sizes (or not a finite number)")
                    check_box(box, where=where)
        return self

    # ------------------------------------------------------------ JSON form
    def to_dict(self) -> dict[str, Any]:
        return {
            "version": LAYOUT_FORMAT_VERSION,
            "num_keyframes": self.num_keyframes,
            "background": self.background,
            "negative_prompt": self.negative_prompt,
            "reasoning": self.reasoning,
            "aspect": self.aspect,
            "keyframe_fps": self.keyframe_fps,
            "view": self.view,
            "notes": list(self.notes),
            "objects": [
                {
                    "id": o.id,
                    "name": o.name,
                    "attributes": dict(o.attributes),
                    "boxes": [None if b is None else list(b) for b in o.boxes],
                }
                for o in self.objects
            ],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent)

    @classmethod
    def from_dict(cls, data: Any, limits: LayoutLimits | None = None) -> "Layout":
        """Read the versioned JSON form; only ``num_keyframes`` and ``objects`` are required."""
        limits = limits or DEFAULT_LAYOUT_LIMITS
        if not isinstance(data, dict):
            raise LayoutError(f"a layout must be a JSON object, got {type(data).__name__}")
        version = data.get("version", LAYOUT_FORMAT_VERSION)
        if version != LAYOUT_FORMAT_VERSION:
            raise LayoutError(f"unsupported layout version {version!r} (this build reads {LAYOUT_FORMAT_VERSION})")
        raw_objects = data.get("objects")
        if not isinstance(raw_objects, list):
            raise LayoutError("layout field 'objects' must be a list")
        num_keyframes = data.get("num_keyframes")
        if num_keyframes is None:
            lengths = {len(o.get("boxes", [])) for o in raw_objects if isinstance(o, dict)}
            num_keyframes = lengths.pop() if len(lengths) == 1 else DEFAULT_NUM_KEYFRAMES
        if not isinstance(num_keyframes, int) or isinstance(num_keyframes, bool):
            raise LayoutError(f"layout field 'num_keyframes' must be an integer, got {str(num_keyframes)[:40]!r}")
        _check_counts(num_keyframes, len(raw_objects), limits)  # before anything is built from them
        objects = []
        for i, raw in enumerate(raw_objects):
            if not isinstance(raw, dict):
                raise LayoutError(f"objects[{i}] must be an object with 'id', 'name' and 'boxes'")
            for key in ("id", "name", "boxes"):
                if key not in raw:
                    raise LayoutError(f"objects[{i}] is missing field {key!r}")
            if not isinstance(raw["id"], int) or isinstance(raw["id"], bool):
                raise LayoutError(f"objects[{i}].id must be an integer, got {raw['id']!r}")
            if not isinstance(raw["boxes"], list):
                raise LayoutError(f"objects[{i}].boxes must be a list with one entry per keyframe")
            if len(raw["boxes"]) != num_keyframes:
                raise LayoutError(f"objects[{i}] has {len(raw['boxes'])} keyframe boxes, but the layout has "
                                  f"{num_keyframes} keyframes")
            where = f"objects[{i}] ({str(raw['name'])[:limits.max_name_chars]!r}, id {raw['id']})"
            boxes = tuple(_read_box(b, f"{where}, keyframe {k + 1}") for k, b in enumerate(raw["boxes"]))
            attributes = raw.get("attributes") or {}
            if not isinstance(attributes, dict):
                raise LayoutError(f"objects[{i}].attributes must be a mapping")
            objects.append(
                LayoutObject(
                    id=raw["id"],
                    name=str(raw["name"]),
                    boxes=boxes,
                    attributes=tuple((str(k), str(v)) for k, v in attributes.items()),
                )
            )
        try:
            aspect = float(data.get("aspect", 1.0))
            keyframe_fps = float(data.get("keyframe_fps", DEFAULT_KEYFRAME_FPS))
        except (TypeError, ValueError) as exc:
            raise LayoutError(f"layout fields 'aspect' and 'keyframe_fps' must be numbers ({exc})") from None
        layout = cls(
            objects=tuple(objects),
            num_keyframes=num_keyframes,
            background=str(data.get("background") or ""),
            negative_prompt=str(data.get("negative_prompt", DEFAULT_NEGATIVE_PROMPT)),
            reasoning=str(data.get("reasoning") or ""),
            aspect=aspect,
            keyframe_fps=keyframe_fps,
            view=str(data.get("view") or "side"),  # layouts saved before views existed are side views
            notes=tuple(str(n) for n in data.get("notes") or ()),
        )
        return layout.validate(limits)

    @classmethod
    def from_json(cls, text: str, limits: LayoutLimits | None = None) -> "Layout":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise LayoutError(f"layout JSON is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
        return cls.from_dict(data, limits)


DEFAULT_LAYOUT_LIMITS = LayoutLimits()


def _check_counts(num_keyframes: int, num_objects: int, limits: LayoutLimits) -> None:
    if num_keyframes > limits.max_keyframes:
        raise LayoutError(f"the layout has {num_keyframes:,} keyframes; the limit is {limits.max_keyframes} "
                          "(limits.max_keyframes)")
    if num_objects > limits.max_objects:
        raise LayoutError(f"the layout has {num_objects:,} objects; the limit is {limits.max_objects} "
                          "(limits.max_objects)")


def _plainly_valid(box: Sequence[float], low: float, high: float) -> bool:
    """A quick yes for the common box (four floats well inside the limits); any doubt goes to the full check.

    NaN fails every comparison and an infinity exceeds ``high``, so finiteness needs no separate test.
    """
    if type(box) is not tuple or len(box) != 4:
        return False
    x0, y0, x1, y1 = box
    return (type(x0) is float and type(y0) is float and type(x1) is float and type(y1) is float
            and low <= x0 <= high and low <= y0 <= high and low <= x1 <= high and low <= y1 <= high
            and x1 - x0 >= MIN_BOX_SIDE and y1 - y0 >= MIN_BOX_SIDE)


def _check_text(what: str, text: str, limit: int, setting: str) -> None:
    if len(text) > limit:
        raise LayoutError(f"{what} is {len(text):,} characters; the limit is {limit:,} (limits.{setting})")


# ---------------------------------------------------------------------- boxes
def check_box(box: Sequence[float], where: str = "box") -> Box:
    if len(box) != 4:
        raise LayoutError(f"{where}: a box needs 4 numbers [x_min, y_min, x_max, y_max], got {len(box)}")
    x0, y0, x1, y1 = float(box[0]), float(box[1]), float(box[2]), float(box[3])
    if not (math.isfinite(x0) and math.isfinite(y0) and math.isfinite(x1) and math.isfinite(y1)):
        raise LayoutError(f"{where}: box {list(box)} has a non-finite coordinate")
    if not (_LOWEST <= min(x0, y0, x1, y1) and max(x0, y0, x1, y1) <= _HIGHEST):
        name, value = next((n, v) for n, v in (("x_min", x0), ("y_min", y0), ("x_max", x1), ("y_max", y1))
                           if not _LOWEST <= v <= _HIGHEST)
        raise LayoutError(
            f"{where}: box {_fmt(box)} reaches too far outside the canvas ({name}={value:.4g}; coordinates are "
            f"normalised to [0, 1] and may overhang an edge by at most {MAX_OVERHANG:g} canvas)"
        )
    if x1 - x0 < MIN_BOX_SIDE or y1 - y0 < MIN_BOX_SIDE:
        raise LayoutError(f"{where}: box {_fmt(box)} has zero area (x_max must exceed x_min and y_max exceed y_min)")
    return (x0, y0, x1, y1)


def clamp_box(box: Sequence[float]) -> Box | None:
    """Clip a box to the canvas; ``None`` when nothing of it is left (it left the frame)."""
    x0, y0, x1, y1 = (min(1.0, max(0.0, float(box[0]))), min(1.0, max(0.0, float(box[1]))),
                      min(1.0, max(0.0, float(box[2]))), min(1.0, max(0.0, float(box[3]))))
    if x1 - x0 < MIN_BOX_SIDE or y1 - y0 < MIN_BOX_SIDE:
        return None
    return (x0, y0, x1, y1)


def in_view(box: Sequence[float] | None) -> bool:
    """Whether any of the box is on the canvas (a box past an edge, or a sliver, is an object out of view)."""
    return box is not None and not is_sliver(box) and clamp_box(box) is not None


def is_sliver(box: Sequence[float], axis: int | None = None) -> bool:
    """A box of minimal width or height: how a zero-size box from an LLM is kept (out of view)."""
    if axis is None:
        return float(box[2]) - float(box[0]) < SLIVER_SIDE or float(box[3]) - float(box[1]) < SLIVER_SIDE
    return float(box[axis + 2]) - float(box[axis]) < SLIVER_SIDE


def fit_in_view(box: Sequence[float]) -> Box | None:
    """The box as a layout may draw it when any of it is on the canvas, else None (out of view)."""
    if type(box) is tuple and len(box) == 4:
        x0, y0, x1, y1 = box
        if (type(x0) is float and type(y0) is float and type(x1) is float and type(y1) is float
                and 0.0 <= x0 and x1 <= 1.0 and 0.0 <= y0 and y1 <= 1.0
                and x1 - x0 >= _WHOLE_SIDE and y1 - y0 >= _WHOLE_SIDE):
            return box  # the common box, wholly on the canvas and no sliver: nothing to clip
    return fit_overhang(box) if in_view(box) else None


def fit_overhang(box: Sequence[float]) -> Box:
    """Clip a box to the area a layout may describe: the canvas plus ``MAX_OVERHANG`` on each side."""
    low, high = -MAX_OVERHANG, 1 + MAX_OVERHANG
    x0, y0, x1, y1 = (min(high, max(low, float(box[0]))), min(high, max(low, float(box[1]))),
                      min(high, max(low, float(box[2]))), min(high, max(low, float(box[3]))))
    if x1 - x0 < MIN_BOX_SIDE:  # the whole box lay beyond the limit: keep a thin box at it
        x0, x1 = (x0, x0 + 2 * MIN_BOX_SIDE) if x0 < high - 2 * MIN_BOX_SIDE else (high - 2 * MIN_BOX_SIDE, high)
    if y1 - y0 < MIN_BOX_SIDE:
        y0, y1 = (y0, y0 + 2 * MIN_BOX_SIDE) if y0 < high - 2 * MIN_BOX_SIDE else (high - 2 * MIN_BOX_SIDE, high)
    return (x0, y0, x1, y1)


def _read_box(raw: Any, where: str) -> Box | None:
    if raw is None:
        return None
    if not isinstance(raw, (list, tuple)) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in raw):
        raise LayoutError(f"{where}: expected null or [x_min, y_min, x_max, y_max], got {raw!r}")
    return check_box(raw, where)


def _fmt(box: Sequence[float]) -> str:
    return "[" + ", ".join(f"{float(v):.3g}" for v in box) + "]"


def box_center_size(box: Box) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = box
    return ((x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0)


def box_from_center(cx: float, cy: float, w: float, h: float) -> Box:
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


# -------------------------------------------------------------------- editing
def _replace_object(layout: Layout, new: LayoutObject) -> Layout:
    layout.object(new.id)  # raises on unknown id
    return replace(layout, objects=tuple(new if o.id == new.id else o for o in layout.objects))


def _check_keyframe(layout: Layout, keyframe: int) -> None:
    if not 0 <= keyframe < layout.num_keyframes:
        raise LayoutError(f"keyframe {keyframe + 1} does not exist (the layout has {layout.num_keyframes})")


PROPAGATE_MODES = ("none", "shift", "copy")


def set_box(
    layout: Layout, object_id: int, keyframe: int, box: Sequence[float] | None, propagate: str = "none"
) -> Layout:
    """Put ``object_id``'s box on ``keyframe`` (``None`` hides it there).

    ``propagate`` carries the edit to the later keyframes: ``shift`` moves and scales each later
    box the way this edit moved and scaled the old one (the trajectory keeps its shape), ``copy``
    pastes the new box on every later keyframe. Hiding an object with ``shift`` or ``copy`` hides
    it on the later keyframes too.
    """
    if propagate not in PROPAGATE_MODES:
        raise LayoutError(f"unknown propagate mode {propagate!r}: use one of {', '.join(PROPAGATE_MODES)}")
    _check_keyframe(layout, keyframe)
    obj = layout.object(object_id)
    new = None if box is None else check_box(box, where=f"object {obj.label!r}, keyframe {keyframe + 1}")
    old = obj.boxes[keyframe]
    boxes = list(obj.boxes)
    boxes[keyframe] = new
    later = range(keyframe + 1, layout.num_keyframes)
    if propagate != "none":
        if new is None or propagate == "copy" or old is None:
            for k in later:
                boxes[k] = new
        else:
            ocx, ocy, ow, oh = box_center_size(old)
            ncx, ncy, nw, nh = box_center_size(new)
            for k in later:
                if boxes[k] is not None:
                    cx, cy, w, h = box_center_size(boxes[k])  # type: ignore[arg-type]
                    boxes[k] = clamp_box(box_from_center(cx + ncx - ocx, cy + ncy - ocy, w * nw / ow, h * nh / oh))
    return _replace_object(layout, replace(obj, boxes=tuple(boxes)))


def add_object(layout: Layout, name: str, box: Sequence[float] | None = None, attributes: dict[str, str] | None = None) -> Layout:
    name = name.strip()
    if not name:
        raise LayoutError("a new object needs a name (the phrase in the prompt it stands for)")
    default_box = box if box is not None else (0.4, 0.4, 0.6, 0.6)
    checked = check_box(default_box, where=f"new object {name!r}")
    obj = LayoutObject(
        id=layout.next_object_id(),
        name=name,
        boxes=tuple(checked for _ in range(layout.num_keyframes)),
        attributes=tuple((attributes or {}).items()),
    )
    return replace(layout, objects=layout.objects + (obj,))


def remove_object(layout: Layout, object_id: int) -> Layout:
    layout.object(object_id)
    return replace(layout, objects=tuple(o for o in layout.objects if o.id != object_id))


def rename_object(layout: Layout, object_id: int, name: str) -> Layout:
    if not name.strip():
        raise LayoutError("an object's name cannot be empty")
    return _replace_object(layout, replace(layout.object(object_id), name=name.strip()))


def insert_keyframe(layout: Layout, after: int) -> Layout:
    """Insert a keyframe after ``after`` whose boxes are the midpoint of its neighbours."""
    _check_keyframe(layout, after)
    new_objects = []
    for obj in layout.objects:
        left = obj.boxes[after]
        right = obj.boxes[after + 1] if after + 1 < layout.num_keyframes else None
        if left is not None and right is not None:
            mid: Box | None = tuple((a + b) / 2 for a, b in zip(left, right))  # type: ignore[assignment]
        else:
            mid = left
        boxes = obj.boxes[: after + 1] + (mid,) + obj.boxes[after + 1 :]
        new_objects.append(replace(obj, boxes=boxes))
    return replace(layout, objects=tuple(new_objects), num_keyframes=layout.num_keyframes + 1)


def delete_keyframe(layout: Layout, keyframe: int) -> Layout:
    _check_keyframe(layout, keyframe)
    if layout.num_keyframes <= 2:
        raise LayoutError("a layout needs at least 2 keyframes to describe motion")
    new_objects = tuple(replace(o, boxes=o.boxes[:keyframe] + o.boxes[keyframe + 1 :]) for o in layout.objects)
    return replace(layout, objects=new_objects, num_keyframes=layout.num_keyframes - 1)


# --------------------------------------------------------------- interpolation
@dataclass(frozen=True)
class FrameBoxes:
    """Boxes per object per frame: ``boxes[o, t]`` (NaN where absent) and ``present[o, t]``."""

    object_ids: tuple[int, ...]
    boxes: np.ndarray
    present: np.ndarray


def keyframe_times(num_keyframes: int) -> np.ndarray:
    """Keyframes are spread evenly over the clip: the first at t=0, the last at t=1."""
    if num_keyframes == 1:
        return np.zeros(1)
    return np.linspace(0.0, 1.0, num_keyframes)


def interpolate_at(layout: Layout, times: Iterable[float]) -> FrameBoxes:
    """Boxes at normalised times in [0, 1].

    Between two present keyframes the coordinates are linear in time. An object's presence at a
    time follows the nearest keyframe (the earlier one on a tie), so an object that appears at
    keyframe k becomes visible half-way from k-1; while only one neighbour has a box, that box is
    held.
    """
    t = np.clip(np.asarray(list(times), dtype=np.float64), 0.0, 1.0)
    kt = keyframe_times(layout.num_keyframes)
    n_obj = len(layout.objects)
    boxes = np.full((n_obj, t.size, 4), np.nan)
    present = np.zeros((n_obj, t.size), dtype=bool)
    if layout.num_keyframes == 1:
        left = np.zeros(t.size, dtype=int)
        frac = np.zeros(t.size)
    else:
        seg = 1.0 / (layout.num_keyframes - 1)
        left = np.minimum((t / seg).astype(int), layout.num_keyframes - 2)
        frac = (t - kt[left]) / seg
    for i, obj in enumerate(layout.objects):
        for j in range(t.size):
            lk = int(left[j])
            rk = min(lk + 1, layout.num_keyframes - 1)
            f = float(frac[j])
            a, b = obj.boxes[lk], obj.boxes[rk]
            nearest = a if f <= 0.5 + 1e-9 else b
            if nearest is None:
                continue
            present[i, j] = True
            if a is not None and b is not None:
                boxes[i, j] = (1 - f) * np.asarray(a) + f * np.asarray(b)
            else:
                boxes[i, j] = nearest
    return FrameBoxes(tuple(layout.object_ids), boxes, present)


def interpolate_frames(layout: Layout, num_frames: int) -> FrameBoxes:
    """Boxes on each of ``num_frames`` video frames spread over the clip."""
    if num_frames < 1:
        raise LayoutError(f"num_frames must be positive, got {num_frames}")
    times = np.zeros(1) if num_frames == 1 else np.linspace(0.0, 1.0, num_frames)
    return interpolate_at(layout, times)


def latent_frame_count(num_video_frames: int, temporal_stride: int = 4) -> int:
    """Wan's VAE keeps frame 0 and compresses each later group of 4: 4k+1 → k+1."""
    if num_video_frames < 1 or (num_video_frames - 1) % temporal_stride:
        raise LayoutError(
            f"num_frames must be {temporal_stride}k+1 for Wan (e.g. 81, 49, 17), got {num_video_frames}"
        )
    return (num_video_frames - 1) // temporal_stride + 1


def latent_frame_of(frame: int, num_frames: int, num_latent_frames: int) -> int:
    """Latent frame behind video frame ``frame``: Wan's grouping (0 alone, then 4 by 4) when the counts
    match it, else proportional (e.g. a preview with fewer frames)."""
    if num_frames == 4 * (num_latent_frames - 1) + 1:
        return 0 if frame == 0 else (frame - 1) // 4 + 1
    if num_frames == 1 or num_latent_frames == 1:
        return 0
    return round(frame * (num_latent_frames - 1) / (num_frames - 1))


def last_video_frame_of(latent_frame: int, num_frames: int, num_latent_frames: int) -> int:
    """The last video frame whose latent frame (``latent_frame_of``) is ``latent_frame``: the frame a viewer shows
    beside that latent frame's attention map (4·j for Wan's grouping)."""
    return max(f for f in range(num_frames) if latent_frame_of(f, num_frames, num_latent_frames) <= latent_frame)


def latent_frame_times(num_video_frames: int, temporal_stride: int = 4) -> np.ndarray:
    """Normalised time of each latent frame: frame 0 alone, then the centre of each group of 4."""
    n_latent = latent_frame_count(num_video_frames, temporal_stride)
    if num_video_frames == 1:
        return np.zeros(1)
    centres = [0.0] + [temporal_stride * j - (temporal_stride - 1) / 2 for j in range(1, n_latent)]
    return np.asarray(centres) / (num_video_frames - 1)


def interpolate_latent_frames(layout: Layout, num_video_frames: int, temporal_stride: int = 4) -> FrameBoxes:
    return interpolate_at(layout, latent_frame_times(num_video_frames, temporal_stride))


def box_to_token_mask(box: Sequence[float] | None, grid_h: int, grid_w: int) -> np.ndarray:
    """Cells of a ``grid_h × grid_w`` token grid whose centres fall inside ``box``.

    A box smaller than a cell still marks the cell holding its centre, so every present
    object has at least one token to steer; ``None`` (absent) or NaN gives an empty mask.
    """
    mask = np.zeros((grid_h, grid_w), dtype=bool)
    if box is None or any(math.isnan(float(v)) for v in box):
        return mask
    visible = clamp_box(box)  # the part on the canvas; an object wholly out of view gets no tokens
    if visible is None or is_sliver(box):
        return mask
    x0, y0, x1, y1 = visible
    xs = (np.arange(grid_w) + 0.5) / grid_w
    ys = (np.arange(grid_h) + 0.5) / grid_h
    mask[:] = ((ys >= y0) & (ys <= y1))[:, None] & ((xs >= x0) & (xs <= x1))[None, :]
    if not mask.any():
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        mask[min(grid_h - 1, max(0, int(cy * grid_h))), min(grid_w - 1, max(0, int(cx * grid_w)))] = True
    return mask
