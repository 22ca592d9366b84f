"""The layout tab's "Check physics": a layout's keyframe trajectories against the laws of each object.

The laws come from the knowledge base (the prompt's reading, or an
object's name when the prompt does not mention it); the checks read box centres, bottoms and
areas over the keyframes (y points down, so a falling object's y grows). A layout that fails
can be re-planned with a prompt that states the violated laws; the result is checked again.

Thresholds are in frame units per keyframe step. They allow for keyframes sampling a bounce
coarsely (the physics planner's own layouts pass, which the tests hold it to).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

from ..core.layout import Layout, LayoutObject
from ..core.planning import Planner, PlannerError
from ..lvd.physics_planner import GROUND_Y, PhysicsPlanner
from ..lvd.prompt_reading import read_prompt
from .knowledge import ObjectLaws, layout_object_laws, scene_object_laws
from .reasoning import ReasonerError

STILL = 0.005  # a step smaller than this (frame heights) is no motion
STEADY = 1.1  # a fall whose step grows by less than this factor over a run does not accelerate
BELOW_GROUND = 0.03  # a box bottom this far below the ground line has gone through the floor
HIGHER = 0.03  # rising this much above an earlier height gains energy
SPEED_UP = 1.25  # a slide step this many times the previous one (and STILL larger) is a push
MIN_RUN = 0.1  # a run of steps must travel this far (frame heights) to be judged
FLOOR_CONTACT = 0.02  # a box bottom this close to the lowest it gets may be touching the floor
LIFTED = 0.1  # a walker's or vehicle's box bottom this far above its lowest has left the ground
GROUND_BOUND = ("walker", "vehicle")  # move on the ground; only a jump takes them off it
SIZE_TREND = 0.05  # relative area change a camera move must produce from the first keyframe to the last


@dataclass(frozen=True)
class LayoutIssue:
    object_id: int
    law: str
    message: str  # short, for the user: which object, what is wrong, where
    keyframes: tuple[int, ...]  # 0-based keyframe indices where it shows (messages count from 1)

    def to_dict(self) -> dict[str, Any]:
        return {"object_id": self.object_id, "law": self.law, "message": self.message, "keyframes": list(self.keyframes)}


@dataclass(frozen=True)
class LayoutCritique:
    issues: tuple[LayoutIssue, ...]
    laws: dict[int, tuple[str, ...]] = field(default_factory=dict)  # object id → laws checked
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues

    def summary(self) -> str:
        if self.ok:
            checked = sorted({law for laws in self.laws.values() for law in laws})
            return "Physics OK" + (f" ({', '.join(checked)} checked)" if checked else ": no law applies to these objects")
        return "\n".join(f"- {issue.message}" for issue in self.issues)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "issues": [i.to_dict() for i in self.issues],
                "laws": {str(k): list(v) for k, v in self.laws.items()}, "notes": list(self.notes)}


def _frames(keys: list[int]) -> str:
    shown = [k + 1 for k in keys]
    return f"keyframe {shown[0]}" if len(shown) == 1 else f"keyframes {shown[0]}–{shown[-1]}"


def _runs(steps: list[float], sign: int) -> list[list[int]]:
    """Maximal runs of consecutive step indices moving in ``sign``'s direction."""
    runs, current = [], []
    for i, step in enumerate(steps):
        if step * sign > STILL:
            current.append(i)
        else:
            if len(current) >= 2:
                runs.append(current)
            current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _free_runs(dy: list[float], bottom: list[float], sign: int, min_steps: int = 2) -> list[list[int]]:
    """Runs of steps in free flight: a step that may hide an impact, a take-off or an apex is cut off.

    Keyframes sample a bounce coarsely: the step into the floor (it ends on the lowest bottom the
    object reaches, or the next step rises or stands still: a landing) and the step out of it are
    not free flight, nor is the step over an apex. At least ``min_steps`` free steps covering
    ``MIN_RUN`` of the frame are needed to tell speeding up from slowing down.
    """
    floor = max(bottom)
    free = []
    for run in _runs(dy, sign):
        first, last = run[0], run[-1]
        lands = last + 1 < len(dy) and (dy[last + 1] < -STILL or abs(dy[last + 1]) <= STILL)
        if sign > 0 and (bottom[last + 1] >= floor - FLOOR_CONTACT or lands):
            run = run[:-1]
        if sign < 0:
            if bottom[first] >= floor - FLOOR_CONTACT or (first > 0 and dy[first - 1] > STILL):
                run = run[1:]
            if run and last + 1 < len(dy) and dy[last + 1] > STILL:
                run = run[:-1]
        if len(run) >= min_steps and abs(sum(dy[i] for i in run)) >= MIN_RUN:
            free.append(run)
    return free


def _present_runs(obj: LayoutObject) -> list[list[int]]:
    """Stretches of consecutive keyframes where the object is present."""
    runs, current = [], []
    for k, box in enumerate(obj.boxes):
        if box is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(k)
    if current:
        runs.append(current)
    return runs


def check_object(obj: LayoutObject, laws: ObjectLaws) -> list[LayoutIssue]:
    """Every law check for one object of a layout."""
    issues: list[LayoutIssue] = []
    label = obj.label

    def flag(law: str, message: str, keys: list[int]) -> None:
        issues.append(LayoutIssue(obj.id, law, f"{label}: {message} ({_frames(keys)})", tuple(keys)))

    for keys in _present_runs(obj):
        boxes = [obj.boxes[k] for k in keys]
        cy = [(b[1] + b[3]) / 2 for b in boxes]
        cx = [(b[0] + b[2]) / 2 for b in boxes]
        bottom = [b[3] for b in boxes]
        area = [(b[2] - b[0]) * (b[3] - b[1]) for b in boxes]
        dy = [b - a for a, b in itertools.pairwise(cy)]
        dx = [b - a for a, b in itertools.pairwise(cx)]
        side_view = laws.camera_relative is None
        if "gravity" in laws.laws and laws.in_flight and "drag" not in laws.laws:
            # a fall is wrong when no step of it speeds up, a rise when every step does
            # a bouncing object's steps can hide whole bounces: judge only longer runs of it
            min_steps = 3 if "elasticity" in laws.laws else 2
            for run in _free_runs(dy, bottom, +1, min_steps):
                if all(dy[b] < STEADY * dy[a] for a, b in itertools.pairwise(run)):
                    flag("gravity", "falls without speeding up; gravity accelerates a fall", [keys[run[0]], keys[run[-1] + 1]])
            if "buoyancy" not in laws.laws:
                for run in _free_runs(dy, bottom, -1, min_steps):
                    if all(-dy[b] > STEADY * -dy[a] for a, b in itertools.pairwise(run)):
                        flag("gravity", "speeds up while rising; gravity should slow it", [keys[run[0]], keys[run[-1] + 1]])
            if len(cy) > 1 and max(cy) - min(cy) < STILL and bottom[0] < GROUND_Y - 0.05:
                flag("gravity", "hangs in the air; it should fall", [keys[0], keys[-1]])
        if "gravity" in laws.laws and laws.at_rest and min(cy) < cy[0] - HIGHER:
            flag("gravity", "floats upward although nothing lifts it", [keys[cy.index(min(cy))]])
        if "gravity" in laws.laws and side_view and not laws.at_rest:
            below = [k for k, b in zip(keys, bottom) if b > GROUND_Y + BELOW_GROUND]
            if below and laws.mobility in ("ball", "passive"):
                flag("gravity", "goes below the ground line, through the floor", below)
        if laws.mobility in GROUND_BOUND and "jump" not in laws.kinds and laws.camera_relative is None and len(bottom) > 1:
            lifted = [k for k, b in zip(keys, bottom) if b < max(bottom) - LIFTED]
            if lifted:
                flag("gravity", "leaves the ground with nothing lifting it (the prompt says no jump)", lifted)
        if "elasticity" in laws.laws:
            _check_bounces(laws, keys, cy, dy, flag)
        if "friction" in laws.laws and laws.mobility in ("ball", "passive"):
            speeds = [abs(v) for v in dx]
            moving = [i for i, v in enumerate(speeds) if v > STILL]
            push = max(2, math.ceil(len(moving) / 3))  # the first third of the slide may be the push that starts it
            for i in moving[push:]:
                if speeds[i] > SPEED_UP * speeds[i - 1] and speeds[i] - speeds[i - 1] > STILL:
                    flag("friction", "speeds up while sliding with nothing pushing it", [keys[i], keys[i + 1]])
                    break
        if "buoyancy" in laws.laws and laws.mobility == "buoyant" and not laws.at_rest and cy[-1] > cy[0] + HIGHER:
            flag("buoyancy", "sinks; buoyancy should lift it", [keys[0], keys[-1]])
        if "perspective" in laws.laws and len(area) > 1 and laws.camera_relative:
            change = area[-1] / max(area[0], 1e-9)
            if laws.camera_relative == "farther" and change > 1 - SIZE_TREND:
                flag("perspective", "does not shrink as the distance to the camera grows", [keys[0], keys[-1]])
            elif laws.camera_relative == "closer" and change < 1 + SIZE_TREND:
                flag("perspective", "does not grow as the distance to the camera shrinks", [keys[0], keys[-1]])
    return issues


def _check_bounces(laws: ObjectLaws, keys: list[int], cy: list[float], dy: list[float], flag) -> None:
    """Rebounds must not gain height: no apex above the release point (a drop) or above the previous apex."""
    lows = [i for i in range(1, len(cy) - 1) if dy[i - 1] > STILL and dy[i] < -STILL]  # fell, then rose: a bounce
    if not lows:
        settled = len(cy) >= 3 and abs(cy[-1] - cy[-2]) < STILL and abs(cy[-2] - cy[-3]) < STILL
        if laws.bounces and settled and cy[-1] - min(cy) > 0.1 and all(step > -STILL for step in dy):
            flag("elasticity", "lands and stays down without bouncing; it should rebound lower each time", [keys[0], keys[-1]])
        return
    apexes = [i for i in range(lows[0] + 1, len(cy)) if (i == len(cy) - 1 and dy[i - 1] < -STILL)
              or (i < len(cy) - 1 and dy[i - 1] < -STILL and dy[i] > STILL)]
    dropped = not {"throw", "jump"} & set(laws.kinds)
    if dropped:
        higher = [i for i in range(lows[0] + 1, len(cy)) if cy[i] < cy[0] - HIGHER]
        if higher:
            flag("elasticity", "rebounds higher than it was dropped from; each bounce should be lower", [keys[i] for i in higher])
            return
    for a, b in itertools.pairwise(apexes):
        if cy[b] < cy[a] - HIGHER:
            flag("elasticity", "bounces higher than the bounce before; each bounce should be lower", [keys[a], keys[b]])
            return


def _object_laws(prompt: str, reasoner_or_kb: Any) -> tuple[list[ObjectLaws], Any, list[str]]:
    notes: list[str] = []
    if reasoner_or_kb is not None and hasattr(reasoner_or_kb, "object_laws"):
        return reasoner_or_kb.object_laws(prompt), read_prompt(prompt), notes
    reading = read_prompt(prompt)
    scene = scene_object_laws(reading)
    if reasoner_or_kb is not None and hasattr(reasoner_or_kb, "extract_laws"):
        named = set(reasoner_or_kb.extract_laws(prompt).laws)
        checked = {law for obj in scene for law in obj.laws}
        extra = sorted(named - checked)
        if extra:
            notes.append(f"laws the reasoner named that boxes cannot show: {', '.join(extra)}")
    return scene, reading, notes


def critique_layout(layout: Layout, prompt: str, reasoner_or_kb: Any = None) -> LayoutCritique:
    """Check each object's keyframes against its laws; ``reasoner_or_kb`` may be the embedded reasoner
    (its knowledge base decides), another reasoner (its named laws are reported), or None."""
    layout.validate()
    if not isinstance(prompt, str) or not prompt.strip():
        raise ReasonerError("the prompt is empty: the laws to check come from it")
    scene, reading, notes = _object_laws(prompt, reasoner_or_kb)
    issues: list[LayoutIssue] = []
    laws: dict[int, tuple[str, ...]] = {}
    for obj in layout.objects:
        object_laws = layout_object_laws(obj.name, reading, scene)
        laws[obj.id] = object_laws.laws
        issues.extend(check_object(obj, object_laws))
    return LayoutCritique(tuple(issues), laws, tuple(notes))


def replan_layout(layout: Layout, prompt: str, critique: LayoutCritique, planner: Planner | None = None,
                  *, seed: int = 0) -> tuple[Layout, list[str]]:
    """Re-plan with a prompt that states the violated laws; the result is checked again.

    The given planner goes first; when its plan still fails (an LLM that ignores the sentences),
    the embedded physics planner, which simulates the laws, plans it. Manual box edits are
    replaced by the new plan, and the notes say so.
    """
    from .embedded import physics_prompt

    if critique.ok:
        return layout, ["the layout already passes the physics check; nothing to re-plan"]
    reading = read_prompt(prompt)
    scene = scene_object_laws(reading)
    names = {obj.id: layout_object_laws(obj.name, reading, scene).name for obj in layout.objects}
    focus = [(names[issue.object_id], issue.law) for issue in critique.issues]
    refined, _added, prompt_notes = physics_prompt(prompt, focus, scene)
    notes = [f"re-planned from: {refined}", *prompt_notes]
    planners = [planner or PhysicsPlanner()]
    if not isinstance(planners[0], PhysicsPlanner):
        planners.append(PhysicsPlanner())
    last_issues: tuple[LayoutIssue, ...] = critique.issues
    for candidate in planners:
        try:
            planned = candidate.plan(refined, seed=seed, num_keyframes=layout.num_keyframes).layout
        except PlannerError as exc:
            notes.append(f"{candidate.backend_id} planner failed: {exc}")
            continue
        check = critique_layout(planned, prompt)
        if check.ok:
            fixed = ", ".join(sorted({issue.law for issue in critique.issues}))
            notes.append(f"fixed ({fixed}) with the {candidate.backend_id} planner; box edits were replaced by the new plan")
            return planned, notes
        last_issues = check.issues
        notes.append(f"the {candidate.backend_id} planner's layout still fails: " + "; ".join(i.message for i in check.issues))
    raise ReasonerError("could not re-plan a layout that passes the physics check: "
                        + "; ".join(i.message for i in last_issues) + ". Edit the boxes or the prompt by hand.")
