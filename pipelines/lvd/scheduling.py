"""When each motion happens: the clip is split into the prompt's "then"-steps, and each step's
motions share its time, an instant event taking half the share of a motion. A said time starts the
motion then, unless the prompt says it is done by then ("by the end it has climbed"): then it ends then."""

from __future__ import annotations

from .motions import Motion, SceneReading
from .vocabulary import INSTANT_KINDS


def schedule(reading: SceneReading, duration: float) -> dict[int, list[tuple[float, float, Motion]]]:
    """Split the clip into the prompt's "then"-steps and give each motion its time window."""
    steps = max((m.step for e in reading.entities for m in e.motions), default=0) + 1
    weights = []
    for step in range(steps):
        kinds = [m.kind for e in reading.entities for m in e.motions if m.step == step]
        weights.append(0.5 if kinds and all(k in INSTANT_KINDS for k in kinds) else 1.0)
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
