"""Command-line flags shared by ``app.py`` and ``python -m pipelines``: one spelling everywhere."""

from __future__ import annotations

import argparse
from typing import Any

from .config import GENERATOR_BACKENDS, PLANNER_BACKENDS, StudioConfig, load_config


def add_backend_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("configuration and backends (flags override the --config file)")
    group.add_argument("--config", metavar="FILE", help="TOML config file (see README: Configuration)")
    group.add_argument("--runs-dir", metavar="DIR", help="where run records and media are written (default: ./runs)")
    group.add_argument("--planner", choices=PLANNER_BACKENDS,
                       help="layout planner: 'physics' (embedded, default), 'openai' (any OpenAI-compatible chat "
                            "server: vLLM, Ollama, llama.cpp, OpenAI) or 'transformers' (local chat model)")
    group.add_argument("--llm-base-url", metavar="URL", help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8000/v1")
    group.add_argument("--llm-model", metavar="NAME_OR_PATH", help="model name on the server, or a local path / hub id for transformers")
    group.add_argument("--llm-api-key-env", metavar="VAR",
                       help="environment variable holding the API key (default OPENAI_API_KEY); keys are never read from flags")
    group.add_argument("--llm-timeout", type=float, metavar="SECONDS", help="per-request timeout for the LLM server (default 60)")
    group.add_argument("--generator", choices=GENERATOR_BACKENDS,
                       help="video generator: 'preview' (embedded layout renderer, default)")


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
        "generator": {"backend": args.generator},
    }
    for key in ("host", "port", "share"):
        if getattr(args, key, None) is not None:
            overrides["server"][key] = getattr(args, key)
    return load_config(args.config, overrides)
