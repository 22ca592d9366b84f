"""Dump every benchmark layout of the physics planner as JSON lines, to prove a speed-up changes no output.

Run: ``python tests/bench/planner_golden.py OUT.jsonl [CODE_ROOT]``. Plans LVD's 500 prompts, the 500
rephrasings and every free-phrasing set in tests/helpers/blind_prompts.py with the planner found under
CODE_ROOT (default: this checkout) and writes one line per prompt: the layout's ``to_dict()`` (notes
included) or the planner's error. Dumps from two revisions must be byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description="Dump the planner's benchmark layouts as JSON lines.")
    parser.add_argument("out", type=Path, help="the JSON-lines file to write")
    parser.add_argument("code_root", type=Path, nargs="?", default=ROOT, help="checkout whose planner to run")
    args = parser.parse_args()
    out, code_root = args.out, args.code_root.resolve()
    sys.path[:0] = [str(code_root), str(ROOT)]
    from pipelines.lvd.physics_planner import PhysicsPlanner
    from tests.helpers import blind_prompts as blind
    from tests.helpers import lvd_benchmark as bench

    sets = {"lvd": bench.lvd_prompts(), "rephrased": bench.rephrased_prompts()}
    for name in sorted(n for n in dir(blind) if n.endswith("_blind_set")):
        sets[name] = getattr(blind, name)()
    planner = PhysicsPlanner()
    with out.open("w", encoding="utf-8") as handle:
        for set_name, cases in sets.items():
            for case in cases:
                try:
                    result = planner.plan(case.prompt)
                    row = {"layout": result.layout.to_dict(), "notes": list(result.notes)}
                except Exception as exc:  # noqa: BLE001 - the error text is part of the output
                    row = {"error": f"{type(exc).__name__}: {exc}"}
                handle.write(json.dumps({"set": set_name, "prompt": case.prompt, **row}, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
