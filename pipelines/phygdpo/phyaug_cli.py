"""``python -m pipelines phyaug {filter,vlm-check,cluster,sample,losers}``: PhyAugPipe, one step per command.

    python -m pipelines phyaug filter --pool pool.csv --out data/phyaug --planner openai --llm-base-url URL --llm-model M
    python -m pipelines phyaug filter --pool pool.csv --out data/phyaug --filter-backend heuristic   # offline
    python -m pipelines phyaug vlm-check --out data/phyaug --judge vlm --judge-model PATH            # optional
    python -m pipelines phyaug cluster --out data/phyaug [--embedding-model PATH]
    python -m pipelines phyaug sample --out data/phyaug --budget 17000 --representatives 8 --generator wan
    python -m pipelines phyaug losers --out data/phyaug --seeds 0,1,2,3 --generator wan --judge vlm ...

Every step reads and writes the one ``--out`` folder, and rerunning a step resumes it. The last step leaves
``groups.jsonl`` there, the trainer's ``[data] groups``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.generation import CancelToken, item_printer
from .actions import CATEGORIES_FILE, KeywordEmbedder, TransformersEmbedder, load_action_categories, run_cluster
from .groups import GROUPS_FILE
from .losers import DEFAULT_SEEDS, run_losers
from .phyaug import (
    DEFAULT_THRESHOLD,
    DEFAULT_VLM_THRESHOLD,
    FAILURES_FILE,
    FILTER_FILE,
    CotPhysicsFilter,
    HeuristicPhysicsFilter,
    PhyAugError,
    StepSummary,
    read_filter_results,
    read_jsonl,
    read_pool,
    run_filter,
    run_vlm_check,
    vlm_verdicts,
)
from .sampling import (
    DEFAULT_TAU,
    REPRESENTATIVES_FILE,
    SELECTED_FILE,
    category_scores,
    read_score_rows,
    representatives,
    sampling_plan,
    score_representatives,
    select_pairs,
    write_selection,
)

STEPS = ("filter", "vlm-check", "cluster", "sample", "losers")
FILTER_BACKENDS = ("llm", "heuristic")


def add_phyaug_arguments(parser: argparse.ArgumentParser) -> None:
    """Adds the steps as sub-commands (``args.phyaug_step``), each with the shared backend flags, so they can
    follow the step name (``phyaug filter --planner openai ...``). Do not add the backend flags to ``parser``."""
    from ..core.options import add_backend_arguments, add_request_arguments

    steps = parser.add_subparsers(dest="phyaug_step", required=True, metavar="{" + ",".join(STEPS) + "}")
    parsers = {}
    helps = {
        "filter": "chain-of-thought physics filter of (prompt, real video) pairs → filtered.jsonl, failures.jsonl",
        "vlm-check": "optional: the judge checks each kept video against its parsed actions → vlm_check.jsonl",
        "cluster": "assign kept prompts to action categories → clusters.jsonl, histogram.json",
        "sample": "difficulty-weighted sampling per category (Eq. 1) → selected.jsonl, sampling.json",
        "losers": "generate and judge losers for the selected prompts → groups.jsonl (real video wins)",
    }
    for step in STEPS:
        sub = steps.add_parser(step, help=helps[step], description=helps[step])
        sub.add_argument("--out", type=Path, required=True, metavar="DIR",
                         help="the PhyAugPipe folder every step reads and writes; rerun a step to resume it")
        parsers[step] = sub
    f = parsers["filter"]
    f.add_argument("--pool", type=Path, required=True, metavar="FILE",
                   help="CSV or JSONL of pairs: prompt, video (path, relative to the file) [, category, id]")
    f.add_argument("--filter-backend", choices=FILTER_BACKENDS, default="llm",
                   help="llm: the configured chat model (--planner openai|transformers) follows the CoT rule; "
                        "heuristic: offline score from the rule-based prompt reader, labelled 'heuristic'")
    f.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                   help=f"physics_label = physics_richness ≥ this (default {DEFAULT_THRESHOLD})")
    f.add_argument("--workers", type=int, default=1, help="requests in flight at once (for a served model; default 1)")
    f.add_argument("--limit", type=int, metavar="N", help="only the first N pairs of the pool")
    v = parsers["vlm-check"]
    v.add_argument("--sa-threshold", type=float, default=DEFAULT_VLM_THRESHOLD,
                   help=f"a video passes when the judge's SA for the parsed actions is at least this "
                        f"(default {DEFAULT_VLM_THRESHOLD})")
    v.add_argument("--max-frames", type=int, help="read at most this many frames of each video")
    c = parsers["cluster"]
    c.add_argument("--categories", type=Path, default=CATEGORIES_FILE, metavar="FILE",
                   help="action categories TOML (default: our list in assets/phygdpo)")
    c.add_argument("--embedding-model", metavar="PATH",
                   help="transformers encoder folder for sentence embeddings (mean pooling); default: the offline "
                        "TF-IDF keyword matcher")
    c.add_argument("--min-score", type=float, default=0.0,
                   help="a prompt whose best similarity is not above this goes to 'other' (default 0)")
    c.add_argument("--ignore-vlm-check", action="store_true", help="keep pairs the visual check failed")
    s = parsers["sample"]
    s.add_argument("--budget", type=int, required=True, metavar="N", help="total pairs to sample (N in Eq. 1)")
    s.add_argument("--tau", type=float, default=DEFAULT_TAU, help=f"how strongly hard categories are favoured "
                                                                    f"(default {DEFAULT_TAU:g})")
    s.add_argument("--seed", type=int, default=0, help="seed of the draw within each category (and of the "
                                                       "representatives' videos)")
    scores = s.add_mutually_exclusive_group(required=True)
    scores.add_argument("--scores", type=Path, metavar="FILE",
                        help="judged videos per category: JSONL/CSV with category, sa, pc (in [0, 1])")
    scores.add_argument("--representatives", type=int, metavar="N_C",
                        help="generate and judge the N_C best-matching prompts of each category for S_f")
    add_request_arguments(s, "layout guidance for the representatives' videos")
    lo = parsers["losers"]
    lo.add_argument("--selected", type=Path, metavar="FILE",
                    help=f"prompts to make groups for (default: DIR/{SELECTED_FILE} from the sample step)")
    lo.add_argument("--seeds", default=",".join(map(str, DEFAULT_SEEDS)), metavar="0,1,...",
                    help="one generated loser per seed (default 0,1,2,3)")
    add_request_arguments(lo, "layout guidance for the losers' videos")
    for sub in parsers.values():
        add_backend_arguments(sub)


def run_phyaug_command(args: argparse.Namespace, services: Any) -> int:
    """Run one step; exit code 0 done, 1 some items failed, 2 bad input or setup, 130 stopped."""

    cancel = CancelToken()
    step = args.phyaug_step
    handler: Callable[[argparse.Namespace, Any, CancelToken], int] = _HANDLERS[step]
    run = services.runs.start("phyaug", inputs={"step": step, "out": str(args.out)},
                              settings={k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()
                                        if isinstance(v, (str, int, float, bool, Path)) or v is None})
    try:
        code = handler(args, services, cancel)
    except KeyboardInterrupt:
        cancel.cancel()
        run.fail("stopped by the user")
        print(f"\nstopped; rerun the same command to resume from {args.out}", file=sys.stderr)
        return 130
    except (PhyStudioError, OSError) as exc:
        run.fail(str(exc))
        print(f"error: {exc}", file=sys.stderr)
        return 2
    run.add_output("folder", args.out)
    run.finish()
    return code


# ----------------------------------------------------------------------------- the steps
def _filter(args: argparse.Namespace, services: Any, cancel: CancelToken) -> int:
    if args.filter_backend == "heuristic":
        physics_filter: Any = HeuristicPhysicsFilter()
        print("note: the heuristic filter scores the words of each prompt with the embedded prompt reader; it is "
              "not a language model's judgement and is labelled 'heuristic' in the results", file=sys.stderr)
    else:
        if services.config.planner.backend == "physics":
            raise PhyAugError("the CoT filter needs a chat model: add --planner openai --llm-base-url URL --llm-model "
                              "NAME (or --planner transformers --llm-model PATH), or use --filter-backend heuristic "
                              "for the offline word-based score")
        physics_filter = CotPhysicsFilter(services.chat_backend(), threshold=args.threshold,
                                          max_tokens=max(1024, services.config.planner.max_tokens))
    items = read_pool(args.pool)
    if args.limit is not None:
        if args.limit < 1:
            raise PhyAugError(f"--limit must be a positive integer, got {args.limit}")
        items = items[:args.limit]
    print(f"filtering {len(items)} pairs with {physics_filter.filter_id} (threshold {args.threshold:g})",
          file=sys.stderr)
    summary = run_filter(items, physics_filter, args.out, threshold=args.threshold, workers=args.workers,
                         progress=_printer("filter"), cancel=cancel)
    kept = sum(1 for row in read_jsonl(args.out / FILTER_FILE) if row.get("physics_label"))
    _report("filter", summary, f"{kept} pairs labelled physics-rich so far; results {args.out / FILTER_FILE}"
            + (f", failures {args.out / FAILURES_FILE}" if summary.failed else ""))
    return _code(summary)


def _vlm_check(args: argparse.Namespace, services: Any, cancel: CancelToken) -> int:
    if not 0.0 <= args.sa_threshold <= 1.0:
        raise PhyAugError(f"--sa-threshold must be in [0, 1], got {args.sa_threshold}")
    judge = services.judge()
    summary = run_vlm_check(read_filter_results(args.out), judge, args.out, threshold=args.sa_threshold,
                            max_frames=args.max_frames, progress=_printer("vlm-check"), cancel=cancel)
    _report("vlm-check", summary, f"{summary.kept} passed in this run (judge {judge.judge_id})")
    return _code(summary)


def _cluster(args: argparse.Namespace, services: Any, cancel: CancelToken) -> int:
    categories = load_action_categories(args.categories)
    rows = [row for row in read_filter_results(args.out) if row.get("physics_label")]
    verdicts = {} if args.ignore_vlm_check else vlm_verdicts(args.out)
    if verdicts:
        unchecked = sum(1 for row in rows if row["id"] not in verdicts)
        rows = [row for row in rows if verdicts.get(row["id"], True)]
        if unchecked:
            print(f"note: {unchecked} kept pairs have no visual check yet; they are clustered as kept", file=sys.stderr)
    if not rows:
        raise PhyAugError(f"no physics-rich pairs in {args.out / FILTER_FILE} to cluster (lower --threshold in the "
                          "filter step, or check the failures)")
    if args.embedding_model:
        embedder: Any = TransformersEmbedder(args.embedding_model, manager=services.models)
    else:
        embedder = KeywordEmbedder(categories)
    summary = run_cluster(rows, categories, embedder, args.out, min_score=args.min_score)
    width = max(len(name) for name in summary.histogram)
    for name, count in sorted(summary.histogram.items(), key=lambda item: -item[1]):
        print(f"{name:<{width}}  {count}")
    print(f"clustered {summary.assigned} prompts with {summary.embedder_id} in {summary.elapsed_s:.1f} s; "
          f"{args.out / 'clusters.jsonl'}, {args.out / 'histogram.json'}", file=sys.stderr)
    return 0


def _sample(args: argparse.Namespace, services: Any, cancel: CancelToken) -> int:
    from ..eval.eval_cli import request_template
    from .actions import CLUSTERS_FILE, category_histogram

    assignments = read_jsonl(args.out / CLUSTERS_FILE)
    if not assignments:
        raise PhyAugError(f"{args.out / CLUSTERS_FILE} holds no assignments: run the cluster step first")
    if args.scores is not None:
        score_rows = read_score_rows(args.scores)
    else:
        chosen = representatives(assignments, args.representatives)
        generator = services.generator(getattr(args, "generator", None))
        judge = services.judge()
        print(f"scoring {len(chosen)} representatives with {generator.backend_id}, judged by {judge.judge_id}",
              file=sys.stderr)
        summary = score_representatives(chosen, generator, judge, args.out, request_template=request_template(
            args, services), seed=args.seed, progress=_printer("representatives"), cancel=cancel)
        _report("representatives", summary, f"scores in {args.out / REPRESENTATIVES_FILE}")
        if summary.cancelled:
            return 130
        if summary.failed:
            print("error: some representatives failed; rerun to retry them before sampling", file=sys.stderr)
            return 1
        done = {row["id"] for row in chosen}
        score_rows = [row for row in read_jsonl(args.out / REPRESENTATIVES_FILE)
                      if row.get("status") == "done" and row["id"] in done]
        if any(row.get("sa") is None for row in score_rows):
            print(f"note: judge {judge.judge_id} gives no SA; category scores use PC alone", file=sys.stderr)
    plan = sampling_plan(category_histogram(row["category"] for row in assignments), category_scores(score_rows),
                         args.budget, tau=args.tau)
    selected = select_pairs(assignments, plan.counts, seed=args.seed)
    path = write_selection(args.out, plan, selected, args.seed)
    width = max(len(name) for name in plan.counts)
    print(f"{'category':<{width}}  H_f  S_f    H_r", file=sys.stderr)
    for name in plan.counts:
        print(f"{name:<{width}}  {plan.histogram[name]:>3}  {plan.scores[name]:.3f}  {plan.counts[name]:>3}",
              file=sys.stderr)
    print(f"selected {plan.total} of the budget {plan.budget} (tau {plan.tau:g}); {path}", file=sys.stderr)
    return 0


def _losers(args: argparse.Namespace, services: Any, cancel: CancelToken) -> int:
    from ..eval.eval_cli import parse_list, request_template

    selected_file = args.selected or args.out / SELECTED_FILE
    items = read_jsonl(selected_file)
    if not items:
        raise PhyAugError(f"{selected_file} holds no prompts: run the sample step first (or give --selected)")
    missing = [str(row.get("id")) for row in items if not row.get("prompt") or not row.get("video") or "id" not in row]
    if missing:
        raise PhyAugError(f"{selected_file}: rows need id, prompt and video (bad: {', '.join(missing[:5])})")
    seeds = parse_list(args.seeds, "seeds", int)
    generator = services.generator(getattr(args, "generator", None))
    judge = services.judge()
    print(f"{len(items)} prompts × {len(seeds)} seeds with {generator.backend_id}, judged by {judge.judge_id}",
          file=sys.stderr)
    summary = run_losers(items, generator, judge, args.out, request_template=request_template(args, services),
                         seeds=seeds, progress=_printer("losers"), cancel=cancel)
    _report("losers", summary, f"groups in {args.out / GROUPS_FILE}")
    return _code(summary)


_HANDLERS = {"filter": _filter, "vlm-check": _vlm_check, "cluster": _cluster, "sample": _sample, "losers": _losers}


# ----------------------------------------------------------------------------- helpers
def _printer(step: str):
    return item_printer(lambda position, total: f"[{step} {position + 1}/{total}]")


def _report(step: str, summary: StepSummary, tail: str) -> None:
    for line in summary.errors[:20]:
        print(f"failed: {line}", file=sys.stderr)
    if len(summary.errors) > 20:
        print(f"... and {len(summary.errors) - 20} more failures", file=sys.stderr)
    state = "stopped" if summary.cancelled else "done"
    print(f"{step} {state}: {summary.completed} new, {summary.skipped} already done, {summary.failed} failed in "
          f"{summary.elapsed_s:.1f} s; {tail}", file=sys.stderr)


def _code(summary: StepSummary) -> int:
    if summary.cancelled:
        return 130
    return 1 if summary.failed else 0
