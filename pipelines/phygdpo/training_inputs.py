"""A run's inputs, checked before any encoding: the preference groups and their videos and physics
entries, then the latent cache and (for ProPhy) the physics maps of winners without one."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import torch

from .groups import GroupFormatError, PreferenceGroup, groups_path, read_groups
from .heldout import add_physics_maps
from .latent_cache import LatentCache
from .run_files import RunFiles
from .train_config import TrainConfig
from .training_errors import TrainingError
from .training_setup import free_memory

PHYSICS_RECORD = "physics_maps.jsonl"  # each group's physics map entry and who made it (vlm, tracker, given)


def unscored_losers_note(groups: list[PreferenceGroup], config: TrainConfig) -> str:
    """A log line saying how many losers lack SA or PC and what ``[loss] unscored`` does with them
    ("" when all are scored or no reward weights are used); raises under ``unscored = "error"``."""
    if config.loss.objective != "phygdpo" or config.loss.reward == "none" or config.loss.groupwise == "exact":
        return ""
    losers = [m for g in groups for m in g.losers]
    missing = [m for m in losers if m.sa is None or m.pc is None]
    if not missing:
        return ""
    no_sa = sum(m.sa is None for m in missing)
    no_pc = sum(m.pc is None for m in missing)
    counts = f"{len(missing)} of {len(losers)} losers lack a score ({no_sa} without SA, {no_pc} without PC)"
    rule = config.loss.unscored
    if rule == "error":
        raise TrainingError(f"{counts} and [loss] unscored = \"error\": judge them (e.g. with a judge that gives "
                            f"both SA and PC) or set unscored = \"neutral\" or \"available\"")
    if rule == "available":
        return f"{counts}: unscored = \"available\", their violation uses the score they have (v = 1 − PC without SA)"
    return (f"{counts}: unscored = \"neutral\", they get α = γ = 1, i.e. no physics-guided weight "
            f"(set [loss] unscored = \"available\" to use the score they have)")


def read_training_groups(config: TrainConfig) -> tuple[Path, list[PreferenceGroup]]:
    if not config.data.groups:
        raise TrainingError("[data] groups is not set: point it at a groups.jsonl file or the folder holding it")
    file = groups_path(config.data.groups)
    if not file.is_file():
        raise TrainingError(f"[data] groups: no groups file at {file} (point it at a groups.jsonl or its folder; "
                            "build one with PhyAugPipe or the arena's export)")
    try:
        groups = read_groups(file, check_videos=False)
    except GroupFormatError as exc:
        raise TrainingError(f"[data] groups: {exc}") from None
    if not groups:
        raise TrainingError(f"[data] groups: {file} holds no groups")
    lonely = [g.group_id for g in groups if not g.losers]
    if lonely and config.loss.objective == "phygdpo":
        raise TrainingError(f"[data] groups: {len(lonely)} group(s) of {file} have no losers ({', '.join(lonely[:5])}"
                            f"{' …' if len(lonely) > 5 else ''}): PhyGDPO needs at least one per group; SFT and ProPhy "
                            "train on winners alone")
    _check_physics(file, groups)
    missing = [(g.group_id, str(m.video)) for g in groups for m in g.members if not Path(m.video).is_file()]
    if missing:
        shown = "; ".join(f"{gid}: {video}" for gid, video in missing[:5])
        bad_groups = len({gid for gid, _ in missing})
        raise TrainingError(f"[data] groups: {len(missing)} video(s) in {bad_groups} group(s) of {file} do not exist "
                            f"({shown}{' …' if len(missing) > 5 else ''}); fix the paths or remove those groups")
    return file, groups


def fill_physics_maps(config: TrainConfig, items: list, groups: list[PreferenceGroup], device: Any, files: RunFiles, *,
                  main: bool) -> list:
    """Maps for winners without one: the VLM of ``[prophy] map_vlm`` when set, else the embedded tracker;
    the main process records every group's entry (with its source) in ``physics_maps.jsonl``."""
    from ..prophy.supervision import PhysicsSupervisionError
    from ..prophy.vlm_maps import VLMMapMaker

    model = str(config.prophy.get("map_vlm", "") or "").strip()
    files.log(f"physics maps for winners without one: {'VLM ' + repr(model) if model else 'embedded tracker'} "
              f"({'[prophy] map_vlm' if model else '[prophy] map_vlm is not set'})")
    try:
        maker = VLMMapMaker(model, device=str(device)) if model else None
        filled = add_physics_maps(items, {g.group_id: g.winner.video for g in groups}, files.log, map_maker=maker,
                                  record=config.output_dir / PHYSICS_RECORD if main else None)
    except PhysicsSupervisionError as exc:
        raise TrainingError(f"[prophy] map_vlm: {exc}") from None
    del maker
    free_memory()
    return filled


def _check_physics(file: Path, groups: list[PreferenceGroup]) -> None:
    """Refuse a winner's ``meta.physics`` that cannot be read, before any encoding starts."""
    from ..prophy.supervision import PhysicsSupervisionError, check_entry, frame_paths

    for group in groups:
        entry = group.winner.meta.get("physics")
        if entry is None:
            continue
        try:
            frame_paths(check_entry(entry, f"group {group.group_id!r} winner meta.physics"), file.parent)
        except PhysicsSupervisionError as exc:
            raise TrainingError(f"[data] groups: {file}: {exc}") from None


def fill_latent_cache(config: TrainConfig, pipe: Any, groups: list[PreferenceGroup], accelerator: Any,
                files: RunFiles, *, losers: bool = True, data_folder: Path | None = None) -> list:
    """Encode missing latents/embeddings, sharded over the processes, then wait for all of them."""
    d = config.data
    device = accelerator.device
    for module in (pipe.vae, pipe.text_encoder):
        module.to(device)
    cache = LatentCache(config.cache_dir, pipe, width=d.width, height=d.height, frames=d.frames, fps=d.fps,
                        max_sequence_length=d.max_sequence_length, storage_dtype=d.cache_dtype, device=device)
    last_report = [0.0]

    def report(done: int, total: int, message: str) -> None:
        if time.perf_counter() - last_report[0] > 10 or done == total:
            last_report[0] = time.perf_counter()
            files.log(f"latent cache: {done}/{total} on this process ({message})")

    error: Exception | None = None
    items: list = []
    try:
        items = cache.prepare(groups, shard=(accelerator.process_index, accelerator.num_processes), progress=report,
                              losers=losers, data_folder=data_folder)
    except Exception as exc:  # every process must learn of it, or the others wait at the next collective forever
        error = exc
    counts = torch.tensor([cache.hits, cache.misses, int(error is not None)], device=device)
    if accelerator.num_processes > 1:
        counts = accelerator.reduce(counts, reduction="sum")
    if error is not None:
        raise error
    if int(counts[2]):
        raise TrainingError("another training process could not fill the latent cache (its error is in its output)")
    files.log(f"latent cache {config.cache_dir}: {int(counts[0])} hit(s), {int(counts[1])} newly encoded")
    return items
