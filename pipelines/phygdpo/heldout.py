"""Held-out evaluation inside training, and the physics maps ProPhy trains on.

The split: the ``[data] heldout`` share of groups with the smallest hash of their id (so it does
not depend on file order, the seed or the number of processes, and a resumed run keeps it) is
never trained on. Every ``[train] eval_every`` steps (and at step 0 and the end) each objective's
``evaluate(model, batch, rng)`` runs on every held-out group with noise and timesteps fixed per
group, so successive evaluations differ only by what the model learned. The averages are logged
with a ``heldout_`` prefix (metrics.csv, TensorBoard, the Train tab's curves).

Imported by training code only, so torch is imported at module level.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import torch

from .data import batch_to, collate_groups, mixed_seed, physics_of
from .latent_cache import CachedGroup, load_tensor

PREFIX = "heldout_"


def split_heldout(items: Sequence[CachedGroup], share: float) -> tuple[list[CachedGroup], list[CachedGroup]]:
    """(train, held-out): floor(share · groups) groups with the smallest sha256 of their id are held out."""
    count = math.floor(share * len(items))
    if count == 0:
        return list(items), []
    ranked = sorted(items, key=lambda item: hashlib.sha256(item.group_id.encode()).hexdigest())
    held = {item.group_id for item in ranked[:count]}
    return [i for i in items if i.group_id not in held], [i for i in items if i.group_id in held]


def heldout_example(item: CachedGroup) -> dict[str, Any]:
    """One held-out group with all of its losers (their order as in the file)."""
    winner = load_tensor(item.winner_file)
    physics_map, layout = physics_of(item)
    losers = [load_tensor(f) for f in item.loser_files]
    return {"prompt_embeds": load_tensor(item.prompt_file), "winner_latents": winner,
            "loser_latents": torch.stack(losers) if losers else winner.new_zeros((0, *winner.shape)),
            "loser_sa": list(item.loser_sa), "loser_pc": list(item.loser_pc), "category": item.category,
            "prompt": item.prompt, "physics_map": physics_map, "layout": layout}


def evaluate_heldout(objective: Any, model: Any, items: Sequence[CachedGroup], *, seed: int, device: Any,
                     max_sequence_length: int, autocast: Callable[[], Any]) -> dict[str, float]:
    """``heldout_*`` averages of ``objective.evaluate`` over ``items`` (one group per call); {} if the
    objective cannot evaluate. The model is put in eval mode (no LoRA dropout) and back."""
    evaluate = getattr(objective, "evaluate", None)
    if evaluate is None or not items:
        return {}
    was_training = model.training
    model.eval()
    totals: dict[str, list[float]] = {}
    try:
        for index, item in enumerate(items):
            batch = batch_to(collate_groups([heldout_example(item)], max_sequence_length), device)
            rng = torch.Generator().manual_seed(mixed_seed(seed, 2, index))
            with torch.no_grad(), autocast():
                metrics = evaluate(model, batch, rng)
            for key, value in metrics.items():
                if not math.isnan(value):
                    totals.setdefault(key, []).append(float(value))
    finally:
        model.train(was_training)
    averaged = {key: sum(values) / len(values) for key, values in totals.items()}
    summarise = getattr(objective, "summarise_evaluation", None)
    if summarise is not None:
        averaged = summarise(averaged)
    return {PREFIX + key: value for key, value in averaged.items()}


def add_physics_maps(items: Sequence[CachedGroup], winners: dict[str, Any], log: Callable[[str], None], *,
                     map_maker: Any = None, record: Path | None = None) -> list[CachedGroup]:
    """Give every group whose winner has no ``physics`` entry a map of that video: from ``map_maker``
    (a ``VLMMapMaker``) when one is configured, else, or when the prompt names no object, from the
    embedded tracker. Every entry's ``source`` says which (``given`` for maps the groups file brought
    without a source); ``record`` (a JSON-lines file) receives each group's entry, and entries made
    before by the same producer are read back from it instead of being made again (a resumed run)."""
    from ..prophy.supervision import tracker_entry
    from ..prophy.vlm_maps import physics_entities

    made = _recorded_entries(record)
    filled: dict[str, CachedGroup] = {}
    counts = {"given": 0, "vlm": 0, "tracker": 0}
    for item in items:
        if item.physics:
            entry = {"source": "given", **item.physics}
            counts["given"] += 1
        else:
            entry = None
            if map_maker is not None:
                entry = _reuse(made.get(item.group_id), "vlm", map_maker.model_name)
                if entry is None and physics_entities(item.prompt):
                    entry = map_maker.entry(winners[item.group_id], item.prompt)
                elif entry is None:
                    log(f"physics map of group {item.group_id!r}: its prompt names no object to ask the VLM "
                        "about; the embedded tracker makes it")
            if entry is None:
                entry = _reuse(made.get(item.group_id), "tracker") or tracker_entry(winners[item.group_id])
            counts[entry["source"]] += 1
        filled[item.group_id] = dataclasses.replace(item, physics=entry)
    log(f"physics maps: {counts['given']} given by the groups file, {counts['vlm']} from the VLM"
        f"{' ' + repr(map_maker.model_name) if map_maker is not None else ''} (its attention to the prompt's "
        f"objects), {counts['tracker']} from the embedded tracker (what moves, where)")
    if record is not None:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text("".join(json.dumps({"group": item.group_id, "physics": filled[item.group_id].physics})
                                  + "\n" for item in items), encoding="utf-8")
    return [filled[item.group_id] for item in items]


def _recorded_entries(record: Path | None) -> dict[str, dict[str, Any]]:
    if record is None or not record.is_file():
        return {}
    entries = {}
    for line in record.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
            entries[str(row["group"])] = dict(row["physics"])
        except (ValueError, KeyError, TypeError):
            continue  # a damaged line: that map is made again
    return entries


def _reuse(entry: dict[str, Any] | None, source: str, model: str | None = None) -> dict[str, Any] | None:
    if entry is None or entry.get("source") != source or (model is not None and entry.get("model") != model):
        return None
    return entry
