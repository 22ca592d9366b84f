"""``python -m pipelines train``: PhyGDPO / LoRA-SFT / ProPhy training from a TOML file.

The same command runs on one device or, under ``accelerate launch [--multi_gpu] -m pipelines
train ...``, on many: accelerate sets the process group up and the trainer reads it. Exit codes:
0 done or stopped by a signal, 1 training failed, 2 the config could not be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_train_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, required=True,
                        help="train.toml with [model] [data] [lora] [loss] [optim] [train] sections")
    parser.add_argument("--resume", action="store_true",
                        help="continue from the newest checkpoint in the output folder (from step 0 if there is none)")
    parser.add_argument("--max-steps", type=int, help="override [optim] max_steps")
    parser.add_argument("--output-dir", type=Path, help="override [train] output_dir")


def run_train_command(args: argparse.Namespace) -> int:
    from .train_config import TrainConfigError, load_train_config

    try:
        config = load_train_config(args.config).with_overrides(max_steps=args.max_steps, output_dir=args.output_dir)
    except TrainConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .trainer import train
    from .training_errors import TrainingError

    try:
        result = train(config, resume=args.resume)
    except TrainingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{result.state} at step {result.step}; LoRA: {result.lora_dir or 'not exported'}; "
          f"logs: {result.output_dir}", file=sys.stderr)
    return 0
