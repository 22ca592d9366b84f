"""Command-line interface: ``python -m pipelines {plan,render} ...``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from .core.config import ConfigError
from .core.errors import PhyStudioError
from .core.layout import DEFAULT_NUM_KEYFRAMES
from .core.layout_io import read_layout_file
from .core.options import add_backend_arguments, add_request_arguments, config_from_args, guidance_from_args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipelines", description="PhyStudio pipelines without the UI.")
    sub = parser.add_subparsers(dest="command", required=True)

    plan = sub.add_parser("plan", help="prompt(s) → dynamic scene layout(s), one JSON object per line")
    source = plan.add_mutually_exclusive_group(required=True)
    source.add_argument("--prompt", help="one prompt")
    source.add_argument("--prompts-file", type=Path, help="text file, one prompt per line (blank lines and #comments skipped)")
    plan.add_argument("--out", type=Path, help="JSONL output file (default: stdout)")
    plan.add_argument("--seed", type=int, default=0)
    plan.add_argument("--num-keyframes", type=int, default=DEFAULT_NUM_KEYFRAMES)
    add_backend_arguments(plan)

    render = sub.add_parser("render", help="layout → preview video (MP4, optional GIF)")
    render.add_argument("layout", type=Path, help="layout JSON, a line of `plan` output, or LVD text (.txt)")
    render.add_argument("--out", type=Path, required=True, help="output .mp4")
    render.add_argument("--gif", type=Path, help="also write an animated GIF here")
    render.add_argument("--width", type=int)
    render.add_argument("--height", type=int)
    render.add_argument("--fps", type=int)
    render.add_argument("--no-trails", action="store_true", help="do not draw motion trails")
    add_backend_arguments(render)
    generate = sub.add_parser("generate", help="prompt (+ layout) → video with the configured generator")
    generate.add_argument("--prompt", required=True)
    generate.add_argument("--layout", type=Path, help="layout JSON / plan output / LVD text to ground the video")
    generate.add_argument("--variant", help="LoRA variant name loaded with --lora (default: the base model)")
    generate.add_argument("--out", type=Path, required=True, help="output .mp4")
    generate.add_argument("--seed", type=int, default=0)
    add_request_arguments(generate, "layout guidance: off, energy (= lvd-benchmark), lvd-weak, attention-bias")
    add_backend_arguments(generate)

    evaluate = sub.add_parser("eval", help="batch evaluation: prompts × variants × seeds → videos, scores, tables, report.html")
    add_backend_arguments(evaluate)
    from .eval.eval_cli import add_eval_arguments

    add_eval_arguments(evaluate)

    compare = sub.add_parser("compare", help="one prompt and seed through several variants, as the Compare tab does "
                                             "(optionally into the arena)")
    from .compare_cli import add_compare_arguments

    add_compare_arguments(compare)
    add_backend_arguments(compare)

    refine = sub.add_parser("refine", help="PhyT2V loop: generate → caption → reason → refined prompt, round by round")
    add_backend_arguments(refine)
    from .phyt2v.refine_cli import add_refine_arguments

    add_refine_arguments(refine)

    train = sub.add_parser("train", help="PhyGDPO / LoRA-SFT / ProPhy training from a train.toml "
                                         "(also under `accelerate launch -m pipelines train`)")
    from .phygdpo.train_cli import add_train_arguments

    add_train_arguments(train)

    phyaug = sub.add_parser("phyaug", help="PhyAugPipe data steps: filter, vlm-check, cluster, sample, losers → groups.jsonl")
    from .phygdpo.phyaug_cli import add_phyaug_arguments

    add_phyaug_arguments(phyaug)  # each step carries the backend flags itself

    arena = sub.add_parser("arena", help="the arena's database from a shell: import, stats, leaderboard, flag, "
                                         "exclude, export, pairs, migrate (the app need not run)")
    from .arena.cli import add_arena_arguments

    add_arena_arguments(arena)

    serve = sub.add_parser("serve-judge", help="serve the configured judge (and captioner) over HTTP for --judge remote")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1; the server has no authentication)")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--no-captioner", action="store_true", help="serve the judge only")
    serve.add_argument("--max-request-mb", type=float, default=256.0, help="largest request body accepted")
    serve.add_argument("--max-frames", type=int, default=1024, help="most frames accepted per video")
    add_backend_arguments(serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .core.scrub import install_log_scrubbing

    install_log_scrubbing()  # a key an upstream server echoes must not reach a log
    if args.command == "train":  # its own TOML; needs no studio backends
        from .phygdpo.train_cli import run_train_command

        return run_train_command(args)
    if args.command == "arena":  # a database URL is all it needs
        from .arena.cli import run_arena_command

        return run_arena_command(args)
    try:
        config = config_from_args(args)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    from .services import Services

    services = Services(config)
    if args.command == "plan":
        return _plan(services, args)
    if args.command == "generate":
        return _generate(services, args)
    if args.command == "serve-judge":
        return _serve_judge(services, args)
    if args.command == "refine":
        from .phyt2v.refine_cli import run_refine_command

        return run_refine_command(args, services)
    if args.command == "phyaug":
        from .phygdpo.phyaug_cli import run_phyaug_command

        return run_phyaug_command(args, services)
    if args.command == "compare":
        from .compare_cli import run_compare_command

        return run_compare_command(args, services)
    if args.command == "eval":
        from .eval.eval_cli import run_eval_command

        return run_eval_command(args, services)
    return _render(services, args)


def _read_prompts(args: argparse.Namespace) -> list[str]:
    if args.prompt is not None:
        return [args.prompt]
    if not args.prompts_file.is_file():
        raise FileNotFoundError(f"prompts file {args.prompts_file} does not exist")
    lines = args.prompts_file.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _plan(services, args: argparse.Namespace) -> int:
    try:
        prompts = _read_prompts(args)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out: TextIO = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    failures = 0
    try:
        for prompt in prompts:
            try:
                result, _ = services.plan_layout(prompt, None, args.seed, args.num_keyframes)
                line = {"prompt": prompt, "layout": result.layout.to_dict()}
            except PhyStudioError as exc:
                failures += 1
                print(f"error: {prompt[:60]!r}: {exc}", file=sys.stderr)
                line = {"prompt": prompt, "error": str(exc)}
            out.write(json.dumps(line) + "\n")
            out.flush()
    finally:
        if out is not sys.stdout:
            out.close()
    if args.out:
        print(f"wrote {len(prompts) - failures} layout(s) to {args.out}" +
              (f", {failures} failed" if failures else ""), file=sys.stderr)
    return 1 if failures else 0


def _render(services, args: argparse.Namespace) -> int:
    try:
        layout = read_layout_file(args.layout)
        result, run = services.render_layout(
            layout, gif=args.gif is not None, width=args.width, height=args.height, fps=args.fps,
            trails=False if args.no_trails else None,
        )
    except (PhyStudioError, OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    import shutil

    shutil.copyfile(result.video_path, args.out)
    if args.gif:
        args.gif.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(result.gif_path, args.gif)
    print(f"wrote {args.out} ({result.num_frames} frames, {result.width}x{result.height} @ {result.fps} fps); "
          f"run record {run.folder / 'record.json'}", file=sys.stderr)
    return 0


def _generate(services, args: argparse.Namespace) -> int:
    try:
        layout = read_layout_file(args.layout) if args.layout else None
        request = services.default_request(
            args.prompt, None, seed=args.seed, steps=args.steps, num_frames=args.num_frames, width=args.width,
            height=args.height, cfg_scale=args.cfg_scale, fps=args.fps, variant=args.variant, layout=layout,
            guidance=guidance_from_args(args),
        )

        def progress(step: int, total: int, message: str) -> None:
            print(f"\r  step {step}/{total} {message}", end="", file=sys.stderr, flush=True)

        result, run = services.generate(request, progress=progress)
    except (PhyStudioError, OSError) as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 2
    args.out.parent.mkdir(parents=True, exist_ok=True)
    import shutil

    shutil.copyfile(run.folder / run.record.outputs["video"], args.out)
    print(f"\nwrote {args.out} ({len(result.frames)} frames @ {result.fps:g} fps, {result.backend_id}"
          f"{', variant ' + result.variant if result.variant else ''}); run record {run.folder / 'record.json'}",
          file=sys.stderr)
    return 0


def _serve_judge(services, args: argparse.Namespace) -> int:
    from .core.judging import JudgeError

    if services.config.judge.backend == "remote":
        print("error: serve-judge serves a local judge; choose --judge vlm, openai or motion", file=sys.stderr)
        return 2
    from .backends.remote_judge import serve_judge

    try:
        judge = services.judge()
        captioner = None if args.no_captioner or services.config.captioner.backend == "remote" else services.captioner()
        serve_judge(judge, captioner, args.host, args.port, max_request_bytes=int(args.max_request_mb * 2**20),
                    max_frames=args.max_frames)
    except (JudgeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
