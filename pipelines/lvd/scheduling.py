"""When each motion happens: the clip is split into the prompt's "then"-steps, and each step's
motions share its time, an instant event taking half the share of a motion. A said time starts the
motion then, unless the prompt says it is done by then ("by the end it has climbed"): then it ends then. A bare halt
said last ("..., then to C. Then it sits.") is where the moves end, shown for a moment, not a step as long as a move."""

from __future__ import annotations

from .motions import Motion, SceneReading
from .vocabulary import INSTANT_KINDS

# a last step that only halts, with no place, time or reference of its own, is a quarter of a moving step: a lone move
# ("rolls right and then stops") still ends with the clip's last fifth at rest, and a route's stops keep their times
BARE_HALT_WEIGHT = 0.25


def _bare_halt(motion: Motion) -> bool:
    return motion.kind == "rest" and motion.start is None and motion.end is None and motion.direction is None \
        and motion.relation is None and motion.target is None and motion.at_fraction is None and motion.window is None \
        and motion.side_start is None and motion.side_end is None


def _step_weight(motions: list[Motion], last: bool) -> float:
    """How much of the clip a step takes, against a moving step's 1."""
    if motions and all(m.kind in INSTANT_KINDS for m in motions):
        return 0.5
    if last and motions and all(_bare_halt(m) for m in motions):
        return BARE_HALT_WEIGHT
    return 1.0


def schedule(reading: SceneReading, duration: float) -> dict[int, list[tuple[float, float, Motion]]]:
    """Split the clip into the prompt's "then"-steps and give each motion its time window."""
    steps = max((m.step for e in reading.entities for m in e.motions), default=0) + 1
    weights = [_step_weight([m for e in reading.entities for m in e.motions if m.step == step], last=step > 0 and step == steps - 1)
               for step in range(steps)]
    total = sum(weights)
    bounds = [0.0]
    for w in weights:
        bounds.append(bounds[-1] + duration * w / total)
    plans: dict[int, list[tuple[float, float, Motion]]] = {}
    for index, entity in enumerate(reading.entities):
        windows = []
        for step in range(steps):
            motions = [m for m in entity.motions if m.step == step]
            if not motions:
                continue
            share = [0.5 if m.kind in INSTANT_KINDS else 1.0 for m in motions]
            start, span = bounds[step], bounds[step + 1] - bounds[step]
            acc = 0.0
            for motion, s in zip(motions, share):
                t0 = start + span * acc / sum(share)
                acc += s
                t1 = start + span * acc / sum(share)
                if motion.at_fraction is not None and motion.done_by:
                    t1 = motion.at_fraction * duration  # "at the end it has climbed": up there by then, climbing before
                    t0 = min(t0, t1 * 0.5) if t0 >= t1 else t0
                elif motion.at_fraction is not None:
                    t0 = motion.at_fraction * duration
                    t1 = max(t1, t0)
                windows.append((t0, t1, motion))
        plans[index] = windows
    return plans
