"""Run under ``accelerate launch``: one training from a train.toml, stopped after ``--stop-at`` steps by the
trainer's own ``on_step`` stop (checkpoint, export, state "stopped"; every process at the same step),
or resumed with ``--resume``. Each run is its own launch, as an operator's stop and restart are.
``--tiny-config '{"num_layers": 8, ...}'`` trains a larger tiny Wan (benchmarks). Every process prints
its peak resident memory as one JSON line when it ends.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    import torch

    from pipelines.phygdpo.train_config import load_train_config
    from pipelines.phygdpo.trainer import train

    parser = argparse.ArgumentParser()
    parser.add_argument("--config", type=Path, required=True)
    parser.add_argument("--stop-at", type=int, default=0, help="stop after this many steps (0: run to the end)")
    parser.add_argument("--resume", action="store_true")
    parser.add_argument("--tiny-config", default="", help="TinyWanConfig sizes as JSON (default: the test model)")
    args = parser.parse_args(argv)
    torch.set_num_threads(1)
    factory = None
    if args.tiny_config:
        from pipelines.backends.tiny_wan import TinyWanConfig, build_tiny_wan_pipeline

        sizes = TinyWanConfig(**json.loads(args.tiny_config))
        factory = lambda: build_tiny_wan_pipeline(seed=0, config=sizes)  # noqa: E731
    stop_at = args.stop_at
    result = train(load_train_config(args.config), resume=args.resume, pipeline_factory=factory,
                   on_step=(lambda step, metrics: step == stop_at) if stop_at else None)
    rank = int(os.environ.get("RANK", "0"))
    print(json.dumps({"rank": rank, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
    expected = ("stopped", stop_at) if stop_at else ("done", result.step)
    if (result.state, result.step) != expected:
        print(f"ended {result.state} at step {result.step}, expected {expected}", file=sys.stderr)
        return 1
    return 0


def average_gradients_worker(rank: int, world: int, port: int, out: str) -> None:
    """torch.multiprocessing target: three replicated parameters, one used by every process, one by rank 0
    only, one by none; writes what ``average_gradients`` left in each ``.grad``."""
    import os

    import torch

    from pipelines.phygdpo.sharding import average_gradients

    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    torch.distributed.init_process_group("gloo", rank=rank, world_size=world)
    try:
        everywhere, rank0_only, nowhere = (torch.nn.Parameter(torch.ones(3)) for _ in range(3))
        (everywhere * torch.tensor([1.0, 2.0, 3.0]) * (rank + 1)).sum().backward()
        if rank == 0:
            (rank0_only * 4.0).sum().backward()
        average_gradients([everywhere, rank0_only, nowhere], world)
        torch.save({"everywhere": everywhere.grad, "rank0_only": rank0_only.grad, "nowhere": nowhere.grad},
                   Path(out) / f"grads-{rank}.pt")
    finally:
        torch.distributed.destroy_process_group()


if __name__ == "__main__":
    sys.exit(main())
