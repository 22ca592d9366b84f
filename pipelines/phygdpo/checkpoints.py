"""Checkpoints that hold only the trainable tensors (full resume: adapters, optimizer, schedule, RNG,
step) and the export of the trained adapters at the end of a run."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .latent_cache import file_sha256
from .lora_sr import unwrap
from .objective import Objective, describe
from .run_files import write_json_atomic
from .train_config import TrainConfig
from .training_errors import TrainingError

CHECKPOINT_MARKER = "phystudio_checkpoint.json"  # written last: a checkpoint without it is incomplete
TRAINABLE_FILE = "trainable_{}.safetensors"


@dataclass
class TrainProgress:
    """The step counter, saved with every checkpoint (accelerate's custom state)."""

    step: int = 0

    def state_dict(self) -> dict[str, int]:
        return {"step": self.step}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.step = int(state["step"])


def register_state_hooks(accelerator: Any, model: Any) -> None:
    """Checkpoints hold the trainable tensors only (MBs of adapters, not GBs of frozen backbone).

    Under FSDP the model is not accelerate's (``models`` is empty) and its trainable tensors are
    replicated, so they are written from ``model`` the same way.
    """
    from safetensors.torch import load_file, save_file

    def save_hook(models: list, weights: list, output_dir: str) -> None:
        if accelerator.is_main_process:
            for index, model in enumerate(models[: len(weights)] or [held]):
                trainable = {n: p.detach().to("cpu").contiguous() for n, p in unwrap(model).named_parameters()
                             if p.requires_grad}
                save_file(trainable, os.path.join(output_dir, TRAINABLE_FILE.format(index)))
        weights.clear()  # accelerate would otherwise write the whole backbone

    def load_hook(models: list, input_dir: str) -> None:
        for index, model in enumerate(models or [held]):
            file = os.path.join(input_dir, TRAINABLE_FILE.format(index))
            if not os.path.isfile(file):
                raise TrainingError(f"checkpoint {input_dir} has no {TRAINABLE_FILE.format(index)}: it was not "
                                    "written by this trainer")
            state = load_file(file)
            module = unwrap(model)
            trainable = {n for n, p in module.named_parameters() if p.requires_grad}
            if set(state) != trainable:
                raise TrainingError(f"checkpoint {input_dir} does not match this model's trainable parameters "
                                    f"({len(set(state) ^ trainable)} differ): were [lora] or [loss] changed?")
            module.load_state_dict(state, strict=False)
        models.clear()  # loaded here; accelerate must not look for full model files

    held = model
    accelerator.register_save_state_pre_hook(save_hook)
    accelerator.register_load_state_pre_hook(load_hook)


def checkpoint_dir(output_dir: Path, step: int) -> Path:
    return Path(output_dir) / "checkpoints" / f"step-{step}"


def latest_checkpoint(output_dir: Path) -> Path | None:
    """The complete checkpoint with the highest step (one interrupted while saving has no marker)."""
    folder = Path(output_dir) / "checkpoints"
    found = [(int(p.name.split("-", 1)[1]), p) for p in folder.glob("step-*")
             if p.name.split("-", 1)[1].isdigit() and (p / CHECKPOINT_MARKER).is_file()] if folder.is_dir() else []
    return max(found)[1] if found else None


def save_checkpoint(accelerator: Any, output_dir: Path, step: int, keep: int) -> Path:
    folder = checkpoint_dir(output_dir, step)
    accelerator.save_state(str(folder))
    accelerator.wait_for_everyone()
    if accelerator.is_main_process:
        write_json_atomic(folder / CHECKPOINT_MARKER, {"step": step, "saved": time.strftime("%Y-%m-%dT%H:%M:%S%z")})
        complete = sorted((int(p.name.split("-", 1)[1]), p) for p in folder.parent.glob("step-*")
                          if (p / CHECKPOINT_MARKER).is_file())
        for _, old in complete[:-keep] if keep else []:
            shutil.rmtree(old, ignore_errors=True)
    accelerator.wait_for_everyone()
    return folder


def export_trained(accelerator: Any, model: Any, objective: Objective, config: TrainConfig, groups_file: Path,
                   step: int, state: str) -> Path:
    """Write the LoRA (main process) with its provenance. Under FSDP the trained tensors are replicated
    (never sharded), so this is exactly the one-process export."""
    folder = config.output_dir / getattr(objective, "export_folder", "lora")
    metadata = {
        "base_model": config.model.base,
        "step": step,
        "state": state,
        "processes": accelerator.num_processes,
        "data": {"groups": str(groups_file), "groups_sha256": file_sha256(groups_file)},
        "hyperparameters": config.to_dict(),
        **{k: v for k, v in describe(objective).items() if k != "objective"},
    }
    if accelerator.is_main_process:
        objective.export(unwrap(model), folder, metadata)
    accelerator.wait_for_everyone()
    return folder
