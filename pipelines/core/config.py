"""Studio configuration: plain dataclasses, read from TOML, overridden by command-line flags.

Secrets never live here: a config names the *environment variable* that holds an API key.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

PLANNER_BACKENDS = ("physics", "openai", "transformers")
GENERATOR_BACKENDS = ("preview",)


class ConfigError(ValueError):
    """A setting is missing or wrong; the message names the setting (TOML key and flag)."""


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 7860
    share: bool = False
    runs_dir: str = "runs"


@dataclass(frozen=True)
class PlannerConfig:
    backend: str = "physics"
    llm_base_url: str = "http://127.0.0.1:8000/v1"
    llm_model: str = ""
    llm_api_key_env: str = "OPENAI_API_KEY"
    llm_timeout_s: float = 60.0
    llm_max_retries: int = 3
    temperature: float = 0.25
    max_tokens: int = 900
    cache_dir: str = ""  # empty: <runs_dir>/.cache/planner


@dataclass(frozen=True)
class GeneratorConfig:
    backend: str = "preview"
    width: int = 512
    height: int = 512
    fps: int = 8


@dataclass(frozen=True)
class StudioConfig:
    server: ServerConfig = field(default_factory=ServerConfig)
    planner: PlannerConfig = field(default_factory=PlannerConfig)
    generator: GeneratorConfig = field(default_factory=GeneratorConfig)

    def validate(self) -> "StudioConfig":
        p, g, s = self.planner, self.generator, self.server
        if p.backend not in PLANNER_BACKENDS:
            raise ConfigError(f"planner.backend (--planner) must be one of {', '.join(PLANNER_BACKENDS)}, got {p.backend!r}")
        if p.backend in ("openai", "transformers") and not p.llm_model:
            raise ConfigError(
                f"planner.backend = {p.backend!r} needs a model: set planner.llm_model (--llm-model)"
                + (" to a local path or hub id" if p.backend == "transformers" else " to the server's model name")
            )
        if p.backend == "openai" and not p.llm_base_url.startswith(("http://", "https://")):
            raise ConfigError(f"planner.llm_base_url (--llm-base-url) must start with http:// or https://, got {p.llm_base_url!r}")
        if g.backend not in GENERATOR_BACKENDS:
            raise ConfigError(f"generator.backend (--generator) must be one of {', '.join(GENERATOR_BACKENDS)}, got {g.backend!r}")
        for name, value, low, high in (("generator.width", g.width, 64, 4096), ("generator.height", g.height, 64, 4096)):
            if not low <= value <= high:
                raise ConfigError(f"{name} must be between {low} and {high} pixels, got {value}")
        if not 0 < s.port < 65536:
            raise ConfigError(f"server.port (--port) must be 1-65535, got {s.port}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def runs_path(self) -> Path:
        return Path(self.server.runs_dir).expanduser()

    @property
    def planner_cache_path(self) -> Path:
        return Path(self.planner.cache_dir).expanduser() if self.planner.cache_dir else self.runs_path / ".cache" / "planner"


def load_config(path: str | Path | None = None, overrides: dict[str, dict[str, Any]] | None = None) -> StudioConfig:
    """Defaults ← TOML file ← overrides (``{"planner": {"backend": "openai"}}``), then validated."""
    data: dict[str, Any] = {}
    if path is not None:
        path = Path(path).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist (--config)")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    config = _merge(StudioConfig(), data, "")
    if overrides:
        config = _merge(config, {k: {kk: vv for kk, vv in v.items() if vv is not None} for k, v in overrides.items()}, "")
    return config.validate()


def _merge(obj: Any, data: dict[str, Any], prefix: str) -> Any:
    known = {f.name: f for f in fields(obj)}
    changes: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{prefix}{key}"
        if key not in known:
            raise ConfigError(f"unknown setting {where!r} (known: {', '.join(sorted(known))})")
        current = getattr(obj, key)
        if is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"setting {where!r} must be a table")
            changes[key] = _merge(current, value, where + ".")
        else:
            changes[key] = _coerce(value, type(current), where)
    return replace(obj, **changes)


def _coerce(value: Any, kind: type, where: str) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise ConfigError(f"setting {where!r} must be true or false, got {value!r}")
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and not isinstance(value, int)):
            raise ConfigError(f"setting {where!r} must be a{'n integer' if kind is int else ' number'}, got {value!r}")
        return kind(value)
    if kind is str:
        if not isinstance(value, str):
            raise ConfigError(f"setting {where!r} must be a string, got {value!r}")
        return value
    return value
