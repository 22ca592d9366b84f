"""Command-line flags shared by ``app.py`` and ``python -m pipelines``: one spelling everywhere."""

from __future__ import annotations

import argparse
import os
from typing import Any

from .config import (
    CAPTIONER_BACKENDS,
    DTYPES,
    GENERATOR_BACKENDS,
    JUDGE_BACKENDS,
    OFFLOAD_MODES,
    PLANNER_BACKENDS,
    SCHEDULERS,
    ConfigError,
    StudioConfig,
    load_config,
)


def add_backend_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("configuration and backends (flags override the --config file)")
    group.add_argument("--config", metavar="FILE", help="TOML config file (see README: Configuration)")
    group.add_argument("--runs-dir", metavar="DIR", help="where run records and media are written (default: ./runs)")
    group.add_argument("--planner", choices=PLANNER_BACKENDS,
                       help="layout planner: 'physics' (embedded, default), 'openai' (any OpenAI-compatible chat "
                            "server: vLLM, Ollama, llama.cpp, OpenAI) or 'transformers' (local chat model)")
    group.add_argument("--llm-base-url", metavar="URL", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    group.add_argument("--llm-model", metavar="NAME_OR_PATH",
                       help="model name on the server, or a local path / hub id for transformers")
    group.add_argument("--llm-api-key-env", metavar="VAR",
                       help="environment variable holding the API key (default OPENAI_API_KEY); keys are never read from flags")
    group.add_argument("--llm-timeout", type=float, metavar="SECONDS", help="per-request timeout for the LLM server (default 60)")
    group.add_argument("--generator", choices=GENERATOR_BACKENDS,
                       help="video generator: 'preview' (embedded layout renderer, default), 'wan' (Wan2.1 via diffusers) "
                            "or 'tiny-wan' (the real Wan code path on a tiny random model, for development)")
    group.add_argument("--wan-model", metavar="PATH_OR_ID",
                       help="Wan2.1 diffusers folder or hub id (default Wan-AI/Wan2.1-T2V-1.3B-Diffusers)")
    group.add_argument("--wan-dtype", choices=DTYPES, help="Wan weights dtype (default bfloat16)")
    group.add_argument("--wan-offload", choices=OFFLOAD_MODES,
                       help="CPU offload: none, model (whole models), group (block groups)")
    group.add_argument("--wan-device", help="auto (default), cuda, cuda:1, cpu")
    group.add_argument("--wan-resolution", help="480p (832x480, default), 720p (1280x720) or WIDTHxHEIGHT, multiples of 16")
    group.add_argument("--wan-scheduler", choices=SCHEDULERS, help="unipc (default) or euler (flow matching)")
    group.add_argument("--wan-flow-shift", type=float, help="scheduler flow shift (default: 3.0 below 720p, 5.0 at 720p)")
    group.add_argument("--wan-cache-threshold", type=float,
                       help="FirstBlockCache threshold (0 = off; ~0.1 reported 1.85x faster on Wan; not with energy guidance)")
    group.add_argument("--lora", "--wan-lora", dest="lora", action="append", metavar="NAME=FILE",
                       help="load a LoRA as a named variant (diffusers or official PhyGDPO format); repeatable")
    group.add_argument("--prophy", "--wan-prophy", dest="prophy", action="append", metavar="NAME=FILE",
                       help="load a ProPhy module (prophy.safetensors or its training folder) as a named variant; repeatable")
    group.add_argument("--judge", choices=JUDGE_BACKENDS,
                       help="physics judge: 'motion' (embedded motion metrics, default), 'vlm' (transformers VLM), "
                            "'openai' (OpenAI-compatible vision server) or 'remote' (python -m pipelines serve-judge)")
    group.add_argument("--judge-model", metavar="NAME_OR_PATH", help="judge VLM path/id, or model name on the vision server")
    group.add_argument("--judge-base-url", metavar="URL", help="OpenAI-compatible vision server for --judge openai")
    group.add_argument("--judge-url", metavar="URL", help="remote judge server for --judge remote, e.g. http://127.0.0.1:8765")
    group.add_argument("--captioner", choices=CAPTIONER_BACKENDS,
                       help="captioner: 'motion' (embedded, describes measured motion, default), 'vlm', 'openai' or 'remote'")
    group.add_argument("--captioner-model", metavar="NAME_OR_PATH", help="captioner VLM path/id or server model name")
    group.add_argument("--captioner-base-url", metavar="URL", help="OpenAI-compatible vision server for --captioner openai")
    group.add_argument("--captioner-url", metavar="URL", help="remote captioner server for --captioner remote")
    group.add_argument("--arena-db", metavar="URL",
                       help="arena database (SQLAlchemy URL): default SQLite <runs-dir>/arena.db; "
                            "postgresql+psycopg://user:pass@host/db lets several app replicas share votes")
    group.add_argument("--gpu-budget-gb", type=float, metavar="GB",
                       help="accelerator memory all models share; least recently used ones move to CPU (default 90%% of the "
                            "card)")


GUIDANCE_CHOICES = ("off", "energy", "lvd-benchmark", "lvd-weak", "attention-bias")
REQUEST_FLAGS = ("width", "height", "num_frames", "steps", "fps", "cfg_scale")


def guidance_from_args(args: argparse.Namespace):
    """``--guidance`` with ``--threshold-reference`` / ``--no-background-prompt`` applied."""
    from dataclasses import replace

    config = guidance_config(args.guidance)
    if getattr(args, "threshold_reference", None):
        config = replace(config, threshold_reference=args.threshold_reference)
    if getattr(args, "no_background_prompt", False):
        config = replace(config, background_prompt=False)
    return config


def guidance_config(name: str):
    """CLI/UI guidance names → a GuidanceConfig; 'energy' means LVD's benchmark setting."""
    from .generation import GUIDANCE_PRESETS

    return GUIDANCE_PRESETS["lvd-benchmark" if name == "energy" else name]


def add_request_arguments(parser: argparse.ArgumentParser, guidance_help: str) -> None:
    """Generation flags shared by ``generate``, ``eval`` and ``refine`` (see ``REQUEST_FLAGS``)."""
    from .generation import THRESHOLD_REFERENCES

    parser.add_argument("--steps", type=int, help="denoising steps (Wan default 50)")
    parser.add_argument("--num-frames", type=int, help="frames per video (4k+1 for Wan, 81 default)")
    parser.add_argument("--width", type=int, help="multiple of 16 for Wan")
    parser.add_argument("--height", type=int)
    parser.add_argument("--fps", type=int)
    parser.add_argument("--cfg-scale", type=float, help="classifier-free guidance scale (Wan default 5.0)")
    parser.add_argument("--guidance", choices=GUIDANCE_CHOICES, default="off", help=guidance_help)
    parser.add_argument("--threshold-reference", choices=THRESHOLD_REFERENCES,
                        help="backbone whose energy scale the guidance loss threshold is written for (default modelscope, "
                             "as LVD's thresholds; raw: no mapping)")
    parser.add_argument("--no-background-prompt", action="store_true",
                        help="do not append ', {background} background' to guided prompts (LVD does)")


def config_from_args(args: argparse.Namespace) -> StudioConfig:
    overrides: dict[str, dict[str, Any]] = {
        "server": {"runs_dir": args.runs_dir},
        "planner": {
            "backend": args.planner,
            "llm_base_url": args.llm_base_url,
            "llm_model": args.llm_model,
            "llm_api_key_env": args.llm_api_key_env,
            "llm_timeout_s": args.llm_timeout,
        },
        "generator": {"backend": args.generator, "model": args.wan_model, "dtype": args.wan_dtype,
                      "offload": args.wan_offload, "loras": _loras(args.lora), "prophy": _loras(args.prophy, "--prophy"),
                      "device": args.wan_device,
                      "resolution": args.wan_resolution, "scheduler": args.wan_scheduler,
                      "flow_shift": args.wan_flow_shift, "cache_threshold": args.wan_cache_threshold},
        "judge": {"backend": args.judge, "model": args.judge_model, "base_url": args.judge_base_url, "url": args.judge_url},
        "captioner": {"backend": args.captioner, "model": args.captioner_model, "base_url": args.captioner_base_url,
                      "url": args.captioner_url},
        "models": {"budget_gb": args.gpu_budget_gb},
        "arena": {"database_url": args.arena_db},
    }
    for key in ("host", "port", "share"):
        if getattr(args, key, None) is not None:
            overrides["server"][key] = getattr(args, key)
    return load_config(args.config, overrides, environ=dict(os.environ))


def _loras(values: list[str] | None, flag: str = "--lora") -> dict[str, str] | None:
    if not values:
        return None
    loras = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise ConfigError(f"{flag} takes NAME=FILE (e.g. {flag} phygdpo=loras/phygdpo.safetensors), got {value!r}")
        loras[name.strip()] = path.strip()
    return loras
