"""CPU time per planned prompt, this checkout against an earlier revision, measured alternately in one run.

Run: ``python tests/bench/bench_planner_cpu.py [--baseline main] [--rounds 20] [--seconds 0.5]``.
Two long-lived child processes (this tree and REV, extracted with ``git archive``) plan LVD's 500 prompts
in turns of ``--seconds`` each; CPU time (``time.process_time``) is what each child spent, so other load on
the machine slows both alike and mostly cancels. Prints prompts per CPU-second (median over rounds), the
ratio and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.bench_lvd_stage1 import ROOT, export_revision  # noqa: E402

_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers import lvd_benchmark as bench
planner = PhysicsPlanner()
prompts = sorted({c.prompt for c in bench.lvd_prompts()})
for p in prompts:
    planner.plan(p)
print("ready", flush=True)
for line in sys.stdin:
    seconds, n, t0 = float(line), 0, time.process_time()
    while time.process_time() - t0 < seconds:
        for p in prompts:
            planner.plan(p)
        n += len(prompts)
    print(json.dumps(n / (time.process_time() - t0)), flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", default="main")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=0.5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        roots = {"this": ROOT, args.baseline: export_revision(args.baseline, Path(tmp))}
        children = {label: subprocess.Popen([sys.executable, "-c", _CHILD, str(root), str(ROOT)], text=True,
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE) for label, root in roots.items()}
        try:
            for child in children.values():
                assert child.stdout.readline().strip() == "ready"
            rates: dict[str, list[float]] = {label: [] for label in children}
            for _ in range(args.rounds):  # alternate so the machine's load hits both alike
                for label, child in children.items():
                    child.stdin.write(f"{args.seconds}\n")
                    child.stdin.flush()
                    rates[label].append(json.loads(child.stdout.readline()))
        finally:
            for child in children.values():
                child.stdin.close()
                child.wait()
    for label, values in rates.items():
        print(f"{label:>9}: {statistics.median(values):.0f} prompts per CPU-second (median of {args.rounds}; "
              f"min {min(values):.0f}, max {max(values):.0f})")
    ratio = statistics.median(a / b for a, b in zip(rates["this"], rates[args.baseline]))
    print(f"ratio this/{args.baseline}: {ratio:.2f} (median of per-round ratios); load average {os.getloadavg()}")


if __name__ == "__main__":
    main()
