"""LVD stage-1 accuracy of the physics planner per family, and its speed against an earlier revision.

Run: ``python tests/bench/bench_lvd_stage1.py [--baseline REV] [--seconds S]``. Prints the share of
LVD's 500 benchmark prompts, of the 500 rephrasings and of the free-phrasing sets
(tests/helpers/blind_prompts.py) whose layouts pass LVD's predicates,
per family, for this checkout and (with ``--baseline``) for REV, extracted with ``git archive`` and
run in a subprocess; then planning throughput on LVD's prompts for both, measured alternately in
this one run, and their ratio.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


_CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
sys.path.insert(1, sys.argv[2])
from pipelines.lvd.physics_planner import PhysicsPlanner
from tests.helpers import blind_prompts as blind
from tests.helpers import lvd_benchmark as bench
mode, seconds = sys.argv[3], float(sys.argv[4])
planner = PhysicsPlanner()
if mode == "score":
    names = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth """ \
r"""fifteenth sixteenth".split()
    scores = {"lvd": bench.score(planner, bench.lvd_prompts()),
              "rephrased": bench.score(planner, bench.rephrased_prompts())}
    for number, name in enumerate(names, 1):
        if hasattr(blind, f"{name}_blind_set"):
            scores[f"blind-{number}"] = bench.score(planner, getattr(blind, f"{name}_blind_set")())
    print(json.dumps(scores))
else:
    prompts = sorted({c.prompt for c in bench.lvd_prompts()})
    for p in prompts:
        planner.plan(p)
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        for p in prompts:
            planner.plan(p)
            n += 1
    print(json.dumps(n / (time.perf_counter() - t0)))
"""


def run_child(code_root: Path, mode: str, seconds: float = 0.0):
    out = subprocess.run([sys.executable, "-c", _CHILD, str(code_root), str(ROOT), mode, str(seconds)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def export_revision(rev: str, into: Path) -> Path:
    archive = into / "rev.tar"
    subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), rev, "pipelines"], check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(into / "rev", filter="data")
    return into / "rev"


def show(label: str, scores: dict) -> None:
    for name, per_family in scores.items():
        passed = sum(p for p, _ in per_family.values())
        total = sum(n for _, n in per_family.values())
        families = ", ".join(f"{f} {p / n:.0%}" for f, (p, n) in per_family.items())
        print(f"{label:>9} {name:>9}: {passed / total:.1%} ({passed}/{total}) — {families}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", help="git revision to compare with (e.g. main)")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        roots = {"this": ROOT}
        if args.baseline:
            roots[args.baseline] = export_revision(args.baseline, Path(tmp))
        for label, root in roots.items():
            show(label, run_child(root, "score"))
        rates: dict[str, list[float]] = {label: [] for label in roots}
        for _ in range(args.rounds):  # alternate so load on the machine hits both alike
            for label, root in roots.items():
                rates[label].append(run_child(root, "speed", args.seconds))
        for label, values in rates.items():
            print(f"{label:>9} throughput: {max(values):.0f} prompts/s (best of {args.rounds})")
        if args.baseline:
            print(f"throughput ratio this/{args.baseline}: {max(rates['this']) / max(rates[args.baseline]):.2f}")


if __name__ == "__main__":
    main()
