"""``python -m pipelines refine``: the PhyT2V loop from the command line, one line per round.

    python -m pipelines refine --prompt "a rubber ball dropped onto a wooden floor" --rounds 4 --out runs/loop1
    python -m pipelines refine --resume runs/loop1 --rounds 6      # continue (or extend) a stopped loop

Backends come from the shared flags (--planner, --generator, --judge, --captioner); the reasoner is the
services' choice (the LLM when the planner is an LLM, else the embedded one).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.generation import CancelToken
from .loop import SA_TARGETS, RefineSettings, RoundUpdate
from .loop_files import LoopState, load_loop

DEFAULT_ROUNDS = 4
DEFAULT_PATIENCE = 2


def add_refine_arguments(parser: argparse.ArgumentParser) -> None:
    from ..core.options import add_request_arguments

    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--prompt", help="the video to refine (SA is judged against this prompt unless --sa-against round)")
    source.add_argument("--resume", type=Path, metavar="DIR",
                        help="continue the loop in DIR at its first unfinished round (flags given here override "
                             "its rounds, targets and patience); a loop that patience or the round limit ended "
                             "gets a new patience window, one that reached its target needs a higher one")
    parser.add_argument("--rounds", type=int, metavar="N", help=f"maximum rounds (default {DEFAULT_ROUNDS})")
    parser.add_argument("--out", type=Path, metavar="DIR", help="loop folder (default: a new run folder under --runs-dir)")
    parser.add_argument("--target-pc", type=float, metavar="X", help="stop once physical commonsense reaches X (0-1)")
    parser.add_argument("--target-sa", type=float, metavar="X", help="stop once semantic adherence reaches X (0-1)")
    parser.add_argument("--patience", type=int, metavar="N",
                        help=f"stop after N rounds without PC improving by more than --min-delta "
                             f"(default {DEFAULT_PATIENCE}; 0 never stops early)")
    parser.add_argument("--min-delta", type=float, metavar="D", help="smallest rise that counts as improvement (default 0.01)")
    parser.add_argument("--seed", type=int, help="generation seed, the same every round (default 0)")
    parser.add_argument("--sa-against", choices=SA_TARGETS,
                        help="judge SA against the user's prompt (default) or each round's own prompt, as PhyT2V's "
                             "official code does")
    parser.add_argument("--no-layout", action="store_true", help="do not plan a layout for each round's prompt")
    parser.add_argument("--initial-layout", type=Path, metavar="L.json",
                        help="round 0 uses this layout (e.g. one drawn in the Layout tab) instead of a planned one")
    add_request_arguments(parser, "layout guidance for Wan (energy, attention-bias, ...); with 'off' Wan ignores "
                                  "layouts, so none are planned")


def refine_settings(args: argparse.Namespace, services: Any, generator_id: str) -> RefineSettings:
    """New loop: the flags over the defaults. Resumed loop: the flags over the settings it was started with."""
    from ..eval.eval_cli import request_template

    if args.resume is not None:
        base = RefineSettings.from_dict(load_loop(args.resume).settings)
    else:
        template = request_template(args, services)
        layout_matters = generator_id == "preview" or template.guidance.mode != "off"
        if not args.no_layout and not layout_matters:
            print("note: Wan ignores layouts without --guidance, so no layouts are planned", file=sys.stderr)
        base = RefineSettings(max_rounds=DEFAULT_ROUNDS, patience=DEFAULT_PATIENCE, seed=0, request_template=template,
                              use_layout=layout_matters)
    given = {"max_rounds": args.rounds, "target_pc": args.target_pc, "target_sa": args.target_sa,
             "min_delta": args.min_delta, "seed": args.seed, "sa_against": getattr(args, "sa_against", None)}
    values: dict[str, Any] = {name: value for name, value in given.items() if value is not None}
    if args.patience is not None:
        values["patience"] = args.patience or None  # 0: never stop early
    if args.no_layout:
        values["use_layout"] = False
    return dataclasses.replace(base, **values)


def format_round(update: RoundUpdate, max_rounds: int) -> str:
    record = update.round
    if record is None:
        return ""
    if record.status != "done":
        return f"round {record.index + 1}/{max_rounds}  {record.status}: {record.error}"
    pc, sa = record.scores.get("pc"), record.scores.get("sa")
    score = "  ".join(f"{name} {'—' if value is None else f'{value:.3f}'}" for name, value in (("PC", pc), ("SA", sa)))
    return f"round {record.index + 1}/{max_rounds}  {score}  prompt: {record.prompt}"


def format_end(state: LoopState) -> str:
    best = state.best_round("pc")
    best_text = f"; best PC {best.scores['pc']:.3f} in round {best.index + 1}" if best is not None else ""
    return f"loop {state.status} ({state.stop_detail or state.stop_reason}){best_text}; folder {state.folder}"


def resume_hint(state: LoopState, settings: RefineSettings) -> str:
    """The flag that lets a resume which played nothing go on ("" when no flag would)."""
    if state.stop_reason == "max_rounds":
        return f"note: give --rounds above {settings.max_rounds} to refine further"
    if state.stop_reason == "target_reached":
        targets = [f"--target-{key} above {value:g}" for key, value in (("pc", settings.target_pc),
                                                                         ("sa", settings.target_sa)) if value is not None]
        return f"note: give {' or '.join(targets)} to refine further"
    return ""


def run_refine_command(args: argparse.Namespace, services: Any) -> int:
    """Run or resume a loop; exit code 0 done, 1 failed, 2 bad input, 130 stopped."""
    from ..core.layout_io import read_layout_file

    cancel = CancelToken()
    try:
        generator_name = getattr(args, "generator", None)
        generator = services.generator(generator_name)
        settings = refine_settings(args, services, generator.backend_id)
        initial_layout = read_layout_file(args.initial_layout) if args.initial_layout else None
        loop = services.refine_loop(settings, generator_name)
        if args.resume is not None:
            updates = loop.run(resume_from=args.resume, cancel=cancel)
        else:
            updates = loop.run(args.prompt, out_dir=args.out, initial_layout=initial_layout, cancel=cancel)
        print(f"refining with {generator.backend_id}, captioned by {loop.captioner.captioner_id}, judged by "
              f"{loop.judge.judge_id}, reasoned by {loop.reasoner.reasoner_id}", file=sys.stderr)
        state: LoopState | None = None
        played = 0
        for update in updates:
            state = update.state
            played += update.round is not None
            line = format_round(update, settings.max_rounds)
            if line:
                print(line, flush=True)
    except KeyboardInterrupt:
        print("\nstopped; resume with --resume and the loop folder", file=sys.stderr)
        return 130
    except (PhyStudioError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    assert state is not None  # the loop always ends with an update carrying its final state
    print(format_end(state), file=sys.stderr)
    hint = resume_hint(state, settings) if args.resume is not None and not played else ""
    if hint:
        print(hint, file=sys.stderr)
    if state.status == "failed":
        print(f"error: {state.error}; fix it and resume with --resume {state.folder}", file=sys.stderr)
        return 1
    return 130 if state.status == "stopped" else 0
