"""Tiny preference-group sets and train.toml files for trainer tests; also a launcher script.

Winners show a square falling with constant acceleration; losers show the same square
teleporting or frozen, so winner and loser latents differ in a way a policy can learn to prefer.
Run as a script it is ``python -m pipelines train`` without the studio's CLI around it, so
``accelerate launch tests/helpers/tiny_train.py --config ...`` exercises the real trainer.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipelines.core.video import write_mp4
from pipelines.phygdpo.groups import GroupMember, PreferenceGroup, write_groups
from pipelines.phygdpo.train_config import dump_train_config

TINY_SIZE = 32
TINY_FRAMES = 5
PROMPTS = ("a red ball falls on the ground", "a blue cube slides down a ramp", "a white egg drops on the table",
           "a yellow ball bounces on the floor", "a glass bottle falls into water", "a wooden block falls slowly")
COLORS = ((230, 40, 40), (40, 80, 230), (240, 240, 240), (240, 220, 40), (60, 200, 200), (150, 100, 50))


def square_video(positions: list[tuple[float, float]], color: tuple[int, int, int], size: int = TINY_SIZE,
                 side: int = 10, background: int = 30) -> np.ndarray:
    frames = np.full((len(positions), size, size, 3), background, dtype=np.uint8)
    for frame, (x, y) in zip(frames, positions):
        left, top = round(x), round(y)
        frame[max(0, top): max(0, top + side), max(0, left): max(0, left + side)] = color
    return frames


def falling(frames: int, start: float, size: int = TINY_SIZE) -> list[tuple[float, float]]:
    """Constant acceleration from rest: y = y0 + ½·g·t²."""
    g = 2.0 * (size - 12 - start) / max(1, frames - 1) ** 2
    return [(size / 2 - 5, start + 0.5 * g * i**2) for i in range(frames)]


def make_tiny_groups(folder: str | Path, *, groups: int = 4, losers: int = 2, frames: int = TINY_FRAMES,
                     size: int = TINY_SIZE, seed: int = 0, scored: bool = True) -> Path:
    """Write ``groups`` groups (1 winner + ``losers`` losers each) as MP4s + groups.jsonl; returns the file."""
    folder = Path(folder)
    rng = np.random.default_rng(seed)
    out = []
    for g in range(groups):
        color = COLORS[g % len(COLORS)]
        start = float(rng.uniform(0, 6))
        winner = folder / f"g{g}_winner.mp4"
        write_mp4(square_video(falling(frames, start, size), color, size), winner, fps=16)
        members = []
        for j in range(losers):
            if j % 2 == 0:  # teleports: random positions
                positions = [(float(rng.uniform(0, size - 10)), float(rng.uniform(0, size - 10))) for _ in range(frames)]
            else:  # frozen in mid-air
                positions = [(size / 2 - 5, start + 4)] * frames
            path = folder / f"g{g}_loser{j}.mp4"
            write_mp4(square_video(positions, color, size), path, fps=16)
            sa, pc = (float(rng.uniform(0.5, 0.9)), float(rng.uniform(0.0, 0.4))) if scored else (None, None)
            members.append(GroupMember(video=path, sa=sa, pc=pc, source="generated", variant="tiny", seed=j))
        out.append(PreferenceGroup(group_id=f"g{g}", prompt=PROMPTS[g % len(PROMPTS)], category="mechanics",
                                   winner=GroupMember(video=winner, sa=1.0, pc=1.0, source="real"),
                                   losers=tuple(members)))
    return write_groups(folder / "groups.jsonl", out)


def tiny_config_dict(groups: str | Path, output_dir: str | Path, **sections: dict[str, Any]) -> dict[str, Any]:
    """Sections of a train.toml for the tiny Wan on tiny groups; ``sections`` override single keys."""
    config: dict[str, dict[str, Any]] = {
        "model": {"base": "tiny", "dtype": "float32"},
        "data": {"groups": str(groups), "width": TINY_SIZE, "height": TINY_SIZE, "frames": TINY_FRAMES,
                 "max_sequence_length": 16, "cache_dtype": "float32"},
        "lora": {"rank": 4, "alpha": 4.0},
        "loss": {"beta": 50.0},
        "optim": {"lr": 1e-3, "lr_end": 1e-4, "batch_size": 1, "max_steps": 4},
        "train": {"output_dir": str(output_dir), "mixed_precision": "no", "gradient_checkpointing": True,
                  "log_every": 1, "checkpoint_every": 2, "keep_checkpoints": 0, "tensorboard": False},
    }
    for name, values in sections.items():
        config.setdefault(name, {}).update(values)
    return config


def write_tiny_config(path: str | Path, groups: str | Path, output_dir: str | Path, **sections: dict[str, Any]) -> Path:
    from pipelines.phygdpo.train_config import config_from_dict

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_train_config(config_from_dict(tiny_config_dict(groups, output_dir, **sections))), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    import argparse

    from pipelines.phygdpo.train_cli import add_train_arguments, run_train_command

    parser = argparse.ArgumentParser(description="the trainer's CLI without the studio around it")
    add_train_arguments(parser)
    return run_train_command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
