"""``python -m pipelines eval``: batch evaluation from the command line, one process or many.

    python -m pipelines eval --prompts videophy2_test.csv --variants base,phygdpo --out runs/eval1
    accelerate launch --multi_gpu --num_processes 8 -m pipelines eval ... --out runs/eval1
    python -m pipelines eval --out runs/eval1 --merge-only

Rerunning the same command resumes where it stopped. Each process takes its shard from
accelerate (or ``--shard-index/--num-shards`` on schedulers such as SLURM arrays); the last
shard to finish writes the tables and ``report.html``.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.generation import GenerationRequest, item_printer
from ..core.options import REQUEST_FLAGS, add_request_arguments, guidance_from_args
from .batch import EvalError, merge_results, run_eval, shard_from_accelerate
from .prompts import BUILTIN_PROMPTS, load_prompts, select_prompts
from .report import DEFAULT_THRESHOLD


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--prompts", type=Path, default=BUILTIN_PROMPTS, metavar="FILE",
                        help="VideoPhy-2 CSV, PhyGenBench prompts.json, our CSV (prompt,category,law,interaction,hard) "
                             "or a text file with one prompt per line (default: the built-in physics set)")
    parser.add_argument("--variants", default="base", metavar="base,NAME...",
                        help="comma-separated generator variants; 'base' is the model without an adapter")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR",
                        help="output folder; rerun with the same folder to resume")
    parser.add_argument("--seeds", default="0", metavar="0,1,...", help="comma-separated seeds (default 0)")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N prompts (after the filters)")
    parser.add_argument("--category", metavar="NAME", help="only prompts of this category (e.g. mechanics)")
    parser.add_argument("--law", metavar="NAME", help="only prompts of this physical law (e.g. gravity)")
    parser.add_argument("--hard-only", action="store_true", help="only prompts marked hard")
    add_request_arguments(parser, "layout guidance: off, energy (LVD benchmark setting), lvd-weak, attention-bias; "
                                  "a layout is planned per prompt and seed when it is on")
    parser.add_argument("--sa-threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="joint metric: SA at or above this counts (0.75 = 4 on VideoPhy-2's 1-5 scale)")
    parser.add_argument("--pc-threshold", type=float, default=DEFAULT_THRESHOLD, help="joint metric: the same for PC")
    parser.add_argument("--shard-index", type=int, help="this process's shard (default: from accelerate, else 0)")
    parser.add_argument("--num-shards", type=int, help="number of shards (default: accelerate's process count, else 1)")
    parser.add_argument("--merge-only", action="store_true",
                        help="only combine the shard files in --out into tables and report.html")


def parse_list(text: str, what: str, kind=str) -> list[Any]:
    values = [v.strip() for v in str(text).split(",") if v.strip()]
    if not values:
        raise EvalError(f"--{what} needs at least one value")
    try:
        return [kind(v) for v in values]
    except ValueError:
        raise EvalError(f"--{what} must be comma-separated {'integers' if kind is int else 'names'}, got {text!r}") from None


def request_template(args: argparse.Namespace, services: Any = None) -> GenerationRequest:
    """The request every item starts from: the generator's defaults (``services.default_request``,
    else the protocol's) overridden by the flags given, plus the guidance preset."""
    overrides = {name: getattr(args, name, None) for name in REQUEST_FLAGS}
    for name, value in overrides.items():
        if value is not None and name != "cfg_scale" and int(value) < 1:
            raise EvalError(f"--{name.replace('_', '-')} must be a positive integer, got {value}")
    given = {k: v for k, v in overrides.items() if v is not None}
    if hasattr(services, "default_request"):
        template = services.default_request("", getattr(args, "generator", None), **given)
    else:
        template = dataclasses.replace(GenerationRequest(prompt=""), **given)
    return dataclasses.replace(template, guidance=guidance_from_args(args))


def _check_threshold(value: float, flag: str) -> float:
    if not 0.0 <= value <= 1.0:
        raise EvalError(f"{flag} must be in [0, 1] (scores are probabilities), got {value}")
    return value


def run_eval_command(args: argparse.Namespace, services: Any) -> int:
    """Run (or merge) an evaluation; exit code 0 all done, 1 some items failed, 2 bad input, 130 stopped."""

    launched_by_accelerate = False
    try:
        sa_threshold = _check_threshold(args.sa_threshold, "--sa-threshold")
        pc_threshold = _check_threshold(args.pc_threshold, "--pc-threshold")
        if args.merge_only:
            merge_results(args.out, sa_threshold=sa_threshold, pc_threshold=pc_threshold)
            print(f"wrote {args.out / 'results.csv'}, {args.out / 'tables'} and {args.out / 'report.html'}",
                  file=sys.stderr)
            return 0
        prompts = select_prompts(load_prompts(args.prompts), category=args.category, law=args.law,
                                 hard_only=args.hard_only, limit=args.limit)
        variants = parse_list(args.variants, "variants")
        seeds = parse_list(args.seeds, "seeds", int)
        if args.num_shards is not None or args.shard_index is not None:
            shard_index, num_shards = args.shard_index or 0, args.num_shards or 1
        else:
            shard_index, num_shards = shard_from_accelerate()
            launched_by_accelerate = num_shards > 1
        template = request_template(args, services)
        generator = services.generator(getattr(args, "generator", None))
        judge = services.judge()  # chosen by the shared --judge/--judge-model flags through the config
        planner = services.planner() if template.guidance.mode != "off" else None
        print(f"shard {shard_index + 1}/{num_shards}: {len(prompts)} prompts × {len(variants)} variants × "
              f"{len(seeds)} seeds with {generator.backend_id} judged by {judge.judge_id}", file=sys.stderr)
        summary = run_eval(prompts, variants, generator, judge, args.out, request_template=template, seeds=seeds,
                           shard_index=shard_index, num_shards=num_shards, progress=_printer(shard_index),
                           planner=planner, runs=services.runs, sa_threshold=sa_threshold,
                           pc_threshold=pc_threshold, prompt_source=str(args.prompts))
    except KeyboardInterrupt:
        print(f"\nstopped; rerun the same command to resume from {args.out}", file=sys.stderr)
        return 130
    except (PhyStudioError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        if launched_by_accelerate:
            from accelerate import PartialState

            PartialState().destroy_process_group()
    for line in summary.errors:
        print(f"failed: {line}", file=sys.stderr)
    print(f"shard {shard_index + 1}/{num_shards}: {summary.completed} done, {summary.skipped} already done, "
          f"{summary.failed} failed in {summary.elapsed_s:.1f} s; results {summary.results_path}", file=sys.stderr)
    if summary.merged:
        print(f"all shards done: {args.out / 'results.csv'}, {args.out / 'report.html'}", file=sys.stderr)
    elif not summary.cancelled and num_shards > 1:
        print("other shards are still running; the last one to finish writes the report "
              "(or run with --merge-only)", file=sys.stderr)
    if summary.cancelled:
        return 130
    return 1 if summary.failed else 0


def _printer(shard_index: int):
    return item_printer(lambda position, total: f"[shard {shard_index}]")
