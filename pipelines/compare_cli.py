"""``python -m pipelines compare``: the Compare tab from a shell, under the tab's rules (one shared request,
variants picked by the tab's labels, differences beyond the variant-defining fields refused), optionally
sending the videos to the arena (an operator action: whoever runs the command line operates the studio)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from .compare import ARENA_POOL, MAX_VARIANTS


def add_compare_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--prompt", required=True)
    parser.add_argument("--variants", required=True, metavar="LABELS",
                        help=f"comma-separated, up to {MAX_VARIANTS}: base, a LoRA or ProPhy name loaded with --lora/"
                             "--prophy, layout-guided (needs --layout), PhyT2V-refined (needs --refined-prompt)")
    parser.add_argument("--seed", type=int, default=0, help="the same for every variant")
    parser.add_argument("--out", type=Path, required=True,
                        help="folder for <label>.mp4 per variant and compare.json (scores, settings, run folders)")
    parser.add_argument("--layout", type=Path, help="layout JSON / plan output / LVD text for layout-guided")
    parser.add_argument("--refined-prompt", help="the PhyT2V-refined prompt for the PhyT2V-refined variant")
    parser.add_argument("--layout-guidance", choices=("lvd-benchmark", "lvd-weak", "attention-bias"),
                        default="lvd-benchmark", help="what the layout-guided variant uses")
    for flag, help_text in (("--steps", "denoising steps"), ("--num-frames", "frames per video (Wan: 4k+1)"),
                            ("--width", "multiple of 16 for Wan"), ("--height", "multiple of 16 for Wan")):
        parser.add_argument(flag, type=int, help=f"{help_text} (shared by every variant)")
    parser.add_argument("--to-arena", action="store_true", help="add the finished videos to an arena pool")
    parser.add_argument("--db", metavar="URL", help="arena database for --to-arena (default: the studio's, --arena-db)")
    parser.add_argument("--pool", default=ARENA_POOL, help=f"arena pool for --to-arena (default {ARENA_POOL!r})")


def run_compare_command(args: argparse.Namespace, services) -> int:
    from .arena import ArenaError
    from .compare import CompareError, pick_variants, run_compare, send_to_arena
    from .core.generation import GenerationError
    from .core.layout import LayoutError
    from .core.layout_io import read_layout_file
    from .core.options import guidance_config

    store = None
    try:
        labels = [label.strip() for label in args.variants.split(",") if label.strip()]
        layout = read_layout_file(args.layout) if args.layout else None
        variants = pick_variants(services, labels, None, layout is not None, args.refined_prompt)
        if args.db and not args.to_arena:
            raise CompareError("--db names the arena database for --to-arena; add --to-arena or drop --db")
        if args.to_arena:  # before any generation: a database that needs a migration is refused up front
            from .arena.stats import open_or_create

            store = open_or_create(args.db or services.config.arena_url)

        def progress(step: int, total: int, message: str) -> None:
            print(f"\r  {step}/{total} {message[:70]:<70}", end="", file=sys.stderr, flush=True)

        result = run_compare(services, args.prompt, args.seed, variants, layout=layout,
                             guidance=guidance_config(args.layout_guidance), progress=progress,
                             request_overrides={"steps": args.steps, "num_frames": args.num_frames,
                                                "width": args.width, "height": args.height})
        print(file=sys.stderr)
        if store is not None:
            result.arena_added = send_to_arena(store, result, pool=args.pool)
    except (CompareError, ArenaError, GenerationError, LayoutError, OSError, ValueError) as exc:
        print(f"error: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    finally:
        if store is not None:
            store.close()
    args.out.mkdir(parents=True, exist_ok=True)
    summary = result.to_dict()
    for outcome, entry in zip(result.outcomes, summary["variants"]):
        if outcome.ok:
            copy = args.out / f"{outcome.variant.label}.mp4"
            shutil.copyfile(outcome.video, copy)
            entry["copy"] = str(copy)
        entry["backends"] = (outcome.record or {}).get("backends", {})  # model, variant and the LoRA's hash
    (args.out / "compare.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for outcome, entry in zip(result.outcomes, summary["variants"]):
        scores = outcome.scores or {}
        judged = " · ".join(f"{k.upper()} {scores[k]:.2f}" for k in ("sa", "pc") if scores.get(k) is not None)
        lora = entry["backends"].get("lora_hash")
        state = entry.get("copy") or f"FAILED: {outcome.error}"
        print(f"{outcome.variant.label}: {state}" + (f" · {judged}" if judged else "")
              + (f" · lora {lora[:12]}" if lora else ""))
    if result.differences:
        print("differs: " + ", ".join(row["setting"] for row in result.differences))
    if args.to_arena:
        print(f"arena: {result.arena_added} new video(s) in pool {args.pool!r}")
    print(f"wrote {args.out / 'compare.json'}; run record {result.run_folder}")
    return 0 if all(o.ok for o in result.outcomes) else 1
