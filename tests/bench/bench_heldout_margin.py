"""Held-out PhyGDPO evaluation over a training run on the tiny Wan: does the margin on groups the
trainer never sees rise, and is it preference or only denoising (winner vs loser error change)?

Run: python tests/bench/bench_heldout_margin.py [--steps 200] [--eval-every 40] [--groups 20]
Prints the heldout_* columns of metrics.csv (20% of the groups held out; output under runs/bench-margin).
"""

from __future__ import annotations

import argparse
import copy
import csv
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import torch  # noqa: E402

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline  # noqa: E402
from pipelines.phygdpo.train_config import config_from_dict  # noqa: E402
from pipelines.phygdpo.trainer import train  # noqa: E402
from tests.helpers.tiny_train import make_tiny_groups, tiny_config_dict  # noqa: E402

COLUMNS = ("heldout_margin", "heldout_positive_share", "heldout_error_winner_change", "heldout_error_losers_change")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--eval-every", type=int, default=40)
    parser.add_argument("--groups", type=int, default=20)
    args = parser.parse_args()
    torch.set_num_threads(1)
    out = ROOT / "runs" / "bench-margin"
    shutil.rmtree(out, ignore_errors=True)
    groups = make_tiny_groups(out / "data", groups=args.groups, losers=2)
    pipe = build_tiny_wan_pipeline(seed=0)
    config = config_from_dict(tiny_config_dict(
        groups, out / "run", data={"heldout": 0.2},
        optim={"max_steps": args.steps, "lr": 1e-3, "lr_end": 1e-4},
        train={"eval_every": args.eval_every, "log_every": 1000, "checkpoint_every": 0,
               "gradient_checkpointing": False}))
    train(config, pipeline_factory=lambda: copy.deepcopy(pipe))
    print("step " + " ".join(c[len("heldout_"):] for c in COLUMNS))
    with (out / "run" / "metrics.csv").open() as handle:
        for row in csv.DictReader(handle):
            if row.get(COLUMNS[0]):
                print(row["step"], *(f"{float(row[c]):+.5f}" for c in COLUMNS))


if __name__ == "__main__":
    main()
