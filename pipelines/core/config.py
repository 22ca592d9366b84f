"""Studio configuration: plain dataclasses, read from TOML, overridden by command-line flags.

Secrets never live here: a config names the *environment variable* that holds an API key.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from .errors import PhyStudioError
from .limits import Limits

PLANNER_BACKENDS = ("physics", "openai", "transformers")
GENERATOR_BACKENDS = ("preview", "wan", "tiny-wan")
JUDGE_BACKENDS = ("motion", "vlm", "openai", "remote")
CAPTIONER_BACKENDS = ("motion", "vlm", "openai", "remote")
DTYPES = ("bfloat16", "float16", "float32")
OFFLOAD_MODES = ("none", "model", "group")
SCHEDULERS = ("unipc", "euler")


class ConfigError(PhyStudioError, ValueError):
    """A setting is missing or wrong; the message names the setting (TOML key and flag)."""


@dataclass(frozen=True)
class ServerConfig:
    host: str = "127.0.0.1"
    port: int = 7860
    share: bool = False
    runs_dir: str = "runs"
    # true: anyone may reach this studio (a reverse proxy on this machine, a shared lab server); operator actions
    # then need the admin password. A Space, --share and a non-loopback --host are public whatever this says.
    public: bool = False
    max_upload_mb: int = 512  # one uploaded file; gradio refuses bigger ones before they reach the disk


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
    # preview renderer (embedded)
    width: int = 512
    height: int = 512
    fps: int = 8
    # Wan2.1 through diffusers (backend "wan"; "tiny-wan" runs the same code on a tiny random model)
    model: str = "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"
    dtype: str = "bfloat16"
    device: str = "auto"
    offload: str = "none"
    cache_threshold: float = 0.0  # FirstBlockCache; 0 disables it (~0.1 reported 1.85x on Wan)
    scheduler: str = "unipc"
    flow_shift: float = 0.0  # 0: automatic, 3.0 below 720p and 5.0 at 720p (Wan's recommendation)
    resolution: str = "480p"  # 480p (832x480) | 720p (1280x720) | WIDTHxHEIGHT, multiples of 16
    num_frames: int = 81
    steps: int = 50
    cfg_scale: float = 5.0
    video_fps: int = 16
    loras: dict = field(default_factory=dict)  # variant name -> LoRA file (diffusers or official PhyGDPO format)
    prophy: dict = field(default_factory=dict)  # variant name -> ProPhy file (prophy.safetensors) or its folder


@dataclass(frozen=True)
class JudgeConfig:
    backend: str = "motion"
    model: str = ""  # transformers VLM path/id, or the model name on an OpenAI-compatible server
    base_url: str = ""  # OpenAI-compatible vision server
    url: str = ""  # remote judge server (python -m pipelines serve-judge)
    api_key_env: str = "OPENAI_API_KEY"
    num_frames: int = 32  # VideoCon-Physics samples 32 frames
    frame_sampling: str = "get-index"  # get-index (mPLUG-Owl/VideoCon's) | segment-middle (each frame at most once)
    timeout_s: float = 120.0


@dataclass(frozen=True)
class CaptionerConfig(JudgeConfig):
    """The same settings as a judge; PhyT2V's captioner reads 8 frames."""

    num_frames: int = 8


@dataclass(frozen=True)
class ModelsConfig:
    budget_gb: float = 0.0  # accelerator memory the models may share; 0 = 90% of the card
    evict_to: str = "cpu"  # cpu | unload: where the least recently used idle model goes


@dataclass(frozen=True)
class ArenaConfig:
    database_url: str = ""  # SQLAlchemy URL; empty: SQLite file <runs_dir>/arena.db. PostgreSQL lets replicas share votes
    min_seconds_between_votes: float = 2.0  # per voter; 0 disables the rate limit
    admin_password_env: str = "PHYSTUDIO_ADMIN_PASSWORD"  # the Admin view stays locked while this variable is unset
    # Arena integrity (0 turns a limit off). A vote waits for the shorter video of its pair, and at least:
    min_view_s: float = 1.0
    max_open_pairs: int = 4  # unvoted pairs one voter holds; a newer one drops the oldest
    pairs_per_minute_per_address: int = 60
    votes_per_minute_per_address: int = 20
    new_voters_per_hour_per_address: int = 30
    # Comma-separated proxy addresses/networks whose X-Forwarded-For is believed; empty: the TCP peer is the client
    trusted_proxies: str = ""


@dataclass(frozen=True)
class TrainingConfig:
    """What the Train tab may start and unpack (a training job holds the GPU; an upload fills the disk)."""

    max_running_jobs: int = 1
    max_processes: int = 8  # per job: one per GPU
    max_unpack_gb: float = 8.0  # one uploaded data folder, unpacked
    upload_quota_gb: float = 20.0  # every uploaded data folder together


@dataclass(frozen=True)
class StudioConfig:
    server: ServerConfig = field(default_factory=ServerConfig)
    planner: PlannerConfig = field(default_factory=PlannerConfig)
    generator: GeneratorConfig = field(default_factory=GeneratorConfig)
    judge: JudgeConfig = field(default_factory=JudgeConfig)
    captioner: CaptionerConfig = field(default_factory=CaptionerConfig)
    models: ModelsConfig = field(default_factory=ModelsConfig)
    arena: ArenaConfig = field(default_factory=ArenaConfig)
    training: TrainingConfig = field(default_factory=TrainingConfig)
    limits: Limits = field(default_factory=Limits)

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
            raise ConfigError(f"planner.llm_base_url (--llm-base-url) must start with http:// or https://, got "
                              f"{p.llm_base_url!r}")
        _choice("generator.backend (--generator)", g.backend, GENERATOR_BACKENDS)
        _choice("generator.dtype (--wan-dtype)", g.dtype, DTYPES)
        _choice("generator.offload (--wan-offload)", g.offload, OFFLOAD_MODES)
        _choice("generator.scheduler (--wan-scheduler)", g.scheduler, SCHEDULERS)
        for name, value, low, high in (("generator.width", g.width, 64, 4096), ("generator.height", g.height, 64, 4096)):
            if not low <= value <= high:
                raise ConfigError(f"{name} must be between {low} and {high} pixels, got {value}")
        if g.backend == "wan" and not g.model:
            raise ConfigError("generator.backend = 'wan' needs generator.model (--wan-model): a local folder or hub id")
        for name, path in g.loras.items():
            if not isinstance(path, str) or not path:
                raise ConfigError(f"generator.loras.{name} must be the path of a LoRA file")
        for name, path in g.prophy.items():
            if not isinstance(path, str) or not path:
                raise ConfigError(f"generator.prophy.{name} must be the path of a prophy.safetensors file or its folder")
        _choice("judge.backend (--judge)", self.judge.backend, JUDGE_BACKENDS)
        _choice("captioner.backend (--captioner)", self.captioner.backend, CAPTIONER_BACKENDS)
        for section, cfg in (("judge", self.judge), ("captioner", self.captioner)):
            flag = "--judge" if section == "judge" else "--captioner"
            needs = {"vlm": ("model", "model"), "openai": ("base_url", "base-url"), "remote": ("url", "url")}
            if cfg.backend in needs:
                field_name, suffix = needs[cfg.backend]
                if not getattr(cfg, field_name):
                    raise ConfigError(f"{section}.backend = {cfg.backend!r} needs {section}.{field_name} ({flag}-{suffix})")
            if cfg.backend == "openai" and not cfg.model:
                raise ConfigError(f"{section}.backend = 'openai' needs {section}.model ({flag}-model), the server's model name")
        _choice("models.evict_to", self.models.evict_to, ("cpu", "unload"))
        if self.arena.min_seconds_between_votes < 0:
            raise ConfigError("arena.min_seconds_between_votes must be 0 (off) or more")
        for name in ("min_view_s", "max_open_pairs", "pairs_per_minute_per_address", "votes_per_minute_per_address",
                     "new_voters_per_hour_per_address"):
            if getattr(self.arena, name) < 0:
                raise ConfigError(f"arena.{name} must be 0 (off) or more, got {getattr(self.arena, name)}")
        from .networks import parse_networks

        try:
            parse_networks(filter(None, self.arena.trusted_proxies.split(",")))
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        if self.arena.database_url and "://" not in self.arena.database_url:
            raise ConfigError("arena.database_url (--arena-db) must be a SQLAlchemy URL such as sqlite:///arena.db or "
                              f"postgresql+psycopg://user@host/db, got {self.arena.database_url!r}")
        for problem in self.limits.problems():
            raise ConfigError(problem)
        for name, value, limit in (("generator.width", g.width, "max_side"), ("generator.height", g.height, "max_side"),
                                   ("generator.num_frames", g.num_frames, "max_frames"),
                                   ("generator.steps", g.steps, "max_steps")):
            if value > getattr(self.limits, limit):
                raise ConfigError(f"{name} = {value} is over limits.{limit} = {getattr(self.limits, limit)}: raise the "
                                  "limit or lower the default, or every request with the default would be refused")
        if not 0 < s.port < 65536:
            raise ConfigError(f"server.port (--port) must be 1-65535, got {s.port}")
        if s.max_upload_mb < 1:
            raise ConfigError(f"server.max_upload_mb must be 1 or more (megabytes per uploaded file), got {s.max_upload_mb}")
        t = self.training
        for name, value in (("max_running_jobs", t.max_running_jobs), ("max_processes", t.max_processes)):
            if value < 1:
                raise ConfigError(f"training.{name} must be 1 or more, got {value}")
        for name, value in (("max_unpack_gb", t.max_unpack_gb), ("upload_quota_gb", t.upload_quota_gb)):
            if not value > 0:
                raise ConfigError(f"training.{name} must be more than 0 (gigabytes), got {value}")
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def runs_path(self) -> Path:
        return Path(self.server.runs_dir).expanduser()

    @property
    def arena_url(self) -> str:
        if self.arena.database_url:
            return self.arena.database_url
        return f"sqlite:///{(self.runs_path / 'arena.db').resolve()}"

    @property
    def private_paths(self) -> list[Path]:
        """Files under the runs folder the web server must never hand out, although the folder itself is served
        (videos): the arena database (it maps every blind pair to its variants and lists voter ids), the LLM
        cache, training folders (configs, checkpoints) and the private folder (admin exports)."""
        runs = self.runs_path.resolve()
        private = [runs / ".cache", runs / "train", self.private_dir, runs / "arena-export"]  # the last: old exports
        if self.arena_url.startswith("sqlite:///"):
            database = Path(self.arena_url.removeprefix("sqlite:///"))
            private += [database, *(database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
        return private

    @property
    def private_dir(self) -> Path:
        """Where operator-only files go (arena exports): inside the runs folder but never served."""
        return self.runs_path.resolve() / "private"

    @property
    def planner_cache_path(self) -> Path:
        return Path(self.planner.cache_dir).expanduser() if self.planner.cache_dir else self.runs_path / ".cache" / "planner"


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {value!r}")


ENV_PREFIX = "PHYSTUDIO__"
CONFIG_ENV = "PHYSTUDIO_CONFIG"


def env_overrides(environ: dict[str, str]) -> dict[str, dict[str, Any]]:
    """``PHYSTUDIO__GENERATOR__MODEL=...`` → ``{"generator": {"model": ...}}``.

    Hosted deployments (Hugging Face Space settings, containers) set variables, not flags; values are read
    as TOML literals when they parse (numbers, booleans, tables) and as plain strings otherwise.
    """
    out: dict[str, dict[str, Any]] = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        section, sep, key = name[len(ENV_PREFIX):].lower().partition("__")
        if not sep or not key:
            raise ConfigError(f"environment variable {name} must look like {ENV_PREFIX}SECTION__KEY (e.g. "
                              f"{ENV_PREFIX}GENERATOR__MODEL)")
        try:
            value: Any = tomllib.loads(f"v = {raw}")["v"]
        except tomllib.TOMLDecodeError:
            value = raw
        out.setdefault(section, {})[key] = value
    return out


def load_config(path: str | Path | None = None, overrides: dict[str, dict[str, Any]] | None = None,
                environ: dict[str, str] | None = None) -> StudioConfig:
    """Defaults ← TOML file (``path`` or $PHYSTUDIO_CONFIG) ← $PHYSTUDIO__SECTION__KEY variables ← overrides
    (``{"planner": {"backend": "openai"}}``, from flags), then validated."""
    environ = {} if environ is None else environ
    data: dict[str, Any] = {}
    if path is None and environ.get(CONFIG_ENV):
        path = environ[CONFIG_ENV]
    if path is not None:
        path = Path(path).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist (--config)")
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    config = _merge(StudioConfig(), data, "")
    from_env = env_overrides(environ)
    if from_env:
        config = _merge(config, from_env, "")
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
    if kind is dict:
        if not isinstance(value, dict):
            raise ConfigError(f"setting {where!r} must be a table of name = value")
        return dict(value)
    if kind is str:
        if not isinstance(value, str):
            raise ConfigError(f"setting {where!r} must be a string, got {value!r}")
        return value
    return value
