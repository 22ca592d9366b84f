"""Training settings: one TOML file, one dataclass per section, unknown keys rejected.

A typo in a training config ("betta = 500") must stop the run before hours of GPU time are spent
with the default, so every section and key is checked against these dataclasses and the error
names the key and the keys that exist. Relative paths in the file are taken from the file's own
folder, so a config travels with its data folder. No torch here: the studio reads and writes
these files without loading any model code.
"""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ..core.errors import PhyStudioError
from ..core.toml_file import TomlValueError, toml_text

# diffusers names of the official PhyGDPO targets (Open-PhyGDPO's training script): q, k, v, out of self- and
# cross-attention and both feed-forward linears.
DEFAULT_LORA_TARGETS = (
    "attn1.to_q", "attn1.to_k", "attn1.to_v", "attn1.to_out.0",
    "attn2.to_q", "attn2.to_k", "attn2.to_v", "attn2.to_out.0",
    "ffn.net.0.proj", "ffn.net.2",
)
OBJECTIVES = ("phygdpo", "sft", "prophy")
WEIGHTED_REWARD_FORMS = ("sigmoid", "tanh", "official")  # the forms of PhyGDPO Eq. 10 (rewarding.RewardConfig)
REWARD_FORMS = (*WEIGHTED_REWARD_FORMS, "none")  # "none": α = γ = 1, the plain bound (ablation)
GROUPWISE_MODES = ("upper-bound", "exact", "one-loser")
REFERENCE_MODES = ("lora-switch", "copy")
TIMESTEP_MODES = ("shifted-uniform", "logit-normal", "diffsynth-grid")  # losses.sample_timesteps
TIMESTEP_WEIGHTS = ("none", "diffsynth")  # diffsynth: each flow-matching error × DiffSynth's w(t)
UNSCORED_RULES = ("neutral", "available", "error")  # a loser without SA or PC: α = γ = 1, the scores it has, or stop
# ``[loss] recipe`` fills the defaults of the keys a file leaves out: "paper" is the paper's method with
# our defaults; "official" is what the official trainer (built on DiffSynth-Studio) runs.
LOSS_RECIPES: dict[str, dict[str, Any]] = {
    "paper": {},
    "official": {"timesteps": "diffsynth-grid", "shift": 5.0, "timestep_weight": "diffsynth", "shared_noise": False,
                 "groupwise": "one-loser", "reward": "official", "beta": 1000.0, "T": 1.0},
}
MIXED_PRECISION = ("bf16", "fp16", "no")
STRATEGIES = ("ddp", "fsdp")
MODEL_DTYPES = ("auto", "bfloat16", "float16", "float32")
CACHE_DTYPES = ("bfloat16", "float16", "float32")


class TrainConfigError(PhyStudioError, ValueError):
    """A training config that cannot run; the message names the section, key and what to change."""


@dataclass
class ModelSection:
    base: str = "tiny"  # "tiny" (pipelines/backends/tiny_wan.py), a local diffusers Wan folder, or a hub id
    dtype: str = "auto"  # weights of the frozen backbone; auto = bfloat16 on CUDA with bf16 mixed precision, else float32


@dataclass
class DataSection:
    groups: str = ""  # groups.jsonl or the folder holding it
    cache_dir: str = ""  # "" = <output_dir>/latent-cache
    width: int = 832
    height: int = 480
    frames: int = 81  # 4k + 1
    fps: float = 16.0  # sample the clip at Wan's 16 fps from its start; 0 = spread the frames over the whole clip
    max_sequence_length: int = 512  # text tokens the transformer sees (WanPipeline's default)
    losers_per_group: int = 0  # losers used per group and step; 0 = the smallest loser count in the data
    cache_dtype: str = "bfloat16"  # how cached latents/embeddings are stored on disk


@dataclass
class LoraSection:
    rank: int = 48
    alpha: float = 48.0
    targets: list[str] = field(default_factory=lambda: list(DEFAULT_LORA_TARGETS))
    dropout: float = 0.0


@dataclass
class LossSection:
    objective: str = "phygdpo"
    beta: float = 1000.0  # the official code's β (with T = 1)
    T: float = 1.0
    reward: str = "sigmoid"
    groupwise: str = "upper-bound"
    reference: str = "lora-switch"
    shared_noise: bool = True  # winner and losers get the same noise (as well as the same t)
    timesteps: str = "shifted-uniform"
    shift: float = 3.0
    timestep_weight: str = "none"
    unscored: str = "neutral"  # UNSCORED_RULES; every choice is logged with the count of unscored losers
    logit_mean: float = 0.0  # only for timesteps = "logit-normal"
    logit_std: float = 1.0
    recipe: str = "paper"  # which defaults the other keys take (LOSS_RECIPES); keys set explicitly win


def loss_for_recipe(recipe: str = "paper", **overrides: Any) -> LossSection:
    """A ``[loss]`` section with ``recipe``'s defaults and ``overrides`` on top."""
    _choice("loss", "recipe", recipe, tuple(LOSS_RECIPES))
    return replace(LossSection(recipe=recipe, **LOSS_RECIPES[recipe]), **overrides)


@dataclass
class OptimSection:
    lr: float = 1e-5
    lr_end: float = 1e-6
    weight_decay: float = 0.01
    betas: list[float] = field(default_factory=lambda: [0.9, 0.999])
    batch_size: int = 1  # groups per process and micro-step
    grad_accum: int = 1
    max_steps: int = 1000  # optimizer steps
    warmup_steps: int = 0
    max_grad_norm: float = 1.0  # 0 = no clipping (the norm is still logged)


@dataclass
class TrainSection:
    output_dir: str = "runs/train/phygdpo"
    seed: int = 0
    mixed_precision: str = "bf16"
    gradient_checkpointing: bool = True
    checkpoint_every: int = 500  # optimizer steps; 0 = only at the end and on stop
    keep_checkpoints: int = 2  # newest checkpoints kept; 0 = keep all
    log_every: int = 10
    strategy: str = "ddp"
    tensorboard: bool = True  # only used when the tensorboard package is installed


SECTIONS = {"model": ModelSection, "data": DataSection, "lora": LoraSection, "loss": LossSection,
            "optim": OptimSection, "train": TrainSection}


@dataclass
class TrainConfig:
    model: ModelSection = field(default_factory=ModelSection)
    data: DataSection = field(default_factory=DataSection)
    lora: LoraSection = field(default_factory=LoraSection)
    loss: LossSection = field(default_factory=LossSection)
    optim: OptimSection = field(default_factory=OptimSection)
    train: TrainSection = field(default_factory=TrainSection)
    prophy: dict[str, Any] = field(default_factory=dict)  # read by the ProPhy objective only
    source: str = ""  # the TOML file it came from ("" when built in code)

    def __post_init__(self) -> None:
        validate(self)

    @property
    def output_dir(self) -> Path:
        return Path(self.train.output_dir)

    @property
    def cache_dir(self) -> Path:
        return Path(self.data.cache_dir) if self.data.cache_dir else self.output_dir / "latent-cache"

    def to_dict(self) -> dict[str, Any]:
        """Plain data of every section (for run metadata and ``dump_train_config``)."""
        out = {name: asdict(getattr(self, name)) for name in SECTIONS}
        out["prophy"] = dict(self.prophy)
        return out

    def with_overrides(self, *, max_steps: int | None = None, output_dir: str | Path | None = None) -> TrainConfig:
        """The CLI's ``--max-steps`` / ``--output-dir`` applied on top of the file."""
        config = self
        if max_steps is not None:
            config = replace(config, optim=replace(config.optim, max_steps=int(max_steps)))
        if output_dir is not None:
            config = replace(config, train=replace(config.train, output_dir=str(output_dir)))
        return config


def config_from_dict(data: dict[str, Any], *, base_dir: Path | None = None, source: str = "") -> TrainConfig:
    """Build a TrainConfig from parsed TOML; relative paths are resolved against ``base_dir``."""
    where = source or "the training config"
    if not isinstance(data, dict):
        raise TrainConfigError(f"{where}: expected sections as tables, got {type(data).__name__}")
    unknown = sorted(set(data) - set(SECTIONS) - {"prophy"})
    if unknown:
        raise TrainConfigError(f"{where}: unknown section(s) {', '.join(f'[{s}]' for s in unknown)}; "
                               f"known sections: {', '.join(f'[{s}]' for s in [*SECTIONS, 'prophy'])}")
    sections = {}
    for name, cls in SECTIONS.items():
        values = data.get(name, {})
        if not isinstance(values, dict):
            raise TrainConfigError(f"{where}: [{name}] must be a table of key = value lines")
        sections[name] = _section_from_dict(cls, values, name, where)
    prophy = data.get("prophy", {})
    if not isinstance(prophy, dict):
        raise TrainConfigError(f"{where}: [prophy] must be a table of key = value lines")
    if base_dir is not None:
        _resolve_paths(sections, base_dir)
    return TrainConfig(**sections, prophy=dict(prophy), source=source)


def load_train_config(path: str | Path) -> TrainConfig:
    """Read a train.toml; errors name the file, the section and the key."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise TrainConfigError(f"training config {path} not found (pass --config path/to/train.toml)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TrainConfigError(f"{path} is not valid TOML: {exc}") from None
    return config_from_dict(data, base_dir=path.resolve().parent, source=str(path))


def dump_train_config(config: TrainConfig) -> str:
    """TOML text that ``load_train_config`` reads back to an equal config."""
    data = config.to_dict()
    if not data["prophy"]:
        del data["prophy"]
    try:
        return toml_text(data)
    except TomlValueError as exc:
        raise TrainConfigError(str(exc)) from None


def validate(config: TrainConfig) -> None:
    """Value checks that do not need the data or the model."""
    d, lo, ls, o, t = config.data, config.lora, config.loss, config.optim, config.train
    _choice("model", "dtype", config.model.dtype, MODEL_DTYPES)
    if not str(config.model.base).strip():
        raise TrainConfigError("[model] base is empty: use \"tiny\", a local diffusers Wan folder or a hub id")
    for key in ("width", "height"):
        value = getattr(d, key)
        if value < 16 or value % 16:
            raise TrainConfigError(f"[data] {key} must be a positive multiple of 16 for Wan2.1, got {value}")
    if d.frames < 1 or d.frames % 4 != 1:
        lower = max(1, (d.frames - 1) // 4 * 4 + 1)
        raise TrainConfigError(f"[data] frames must be 4k+1 (the Wan VAE compresses time 4×), got {d.frames} "
                               f"(try {lower} or {lower + 4})")
    _positive("data", "max_sequence_length", d.max_sequence_length)
    _at_least("data", "fps", d.fps, 0)
    _at_least("data", "losers_per_group", d.losers_per_group, 0)
    _choice("data", "cache_dtype", d.cache_dtype, CACHE_DTYPES)
    _positive("lora", "rank", lo.rank)
    _positive("lora", "alpha", lo.alpha)
    if not lo.targets or not all(isinstance(x, str) and x for x in lo.targets):
        raise TrainConfigError(f"[lora] targets must be a non-empty list of module names, got {lo.targets!r}")
    if not 0 <= lo.dropout < 1:
        raise TrainConfigError(f"[lora] dropout must be in [0, 1), got {lo.dropout}")
    _choice("loss", "objective", ls.objective, OBJECTIVES)
    _choice("loss", "reward", ls.reward, REWARD_FORMS)
    _choice("loss", "groupwise", ls.groupwise, GROUPWISE_MODES)
    _choice("loss", "reference", ls.reference, REFERENCE_MODES)
    _choice("loss", "timesteps", ls.timesteps, TIMESTEP_MODES)
    _choice("loss", "recipe", ls.recipe, tuple(LOSS_RECIPES))
    _choice("loss", "timestep_weight", ls.timestep_weight, TIMESTEP_WEIGHTS)
    _choice("loss", "unscored", ls.unscored, UNSCORED_RULES)
    for key in ("beta", "T", "shift", "logit_std"):
        _positive("loss", key, getattr(ls, key))
    _positive("optim", "lr", o.lr)
    _at_least("optim", "lr_end", o.lr_end, 0)
    if o.lr_end > o.lr:
        raise TrainConfigError(f"[optim] lr_end ({o.lr_end}) must not exceed lr ({o.lr}): the schedule decays lr → lr_end")
    _at_least("optim", "weight_decay", o.weight_decay, 0)
    if len(o.betas) != 2 or not all(0 <= b < 1 for b in o.betas):
        raise TrainConfigError(f"[optim] betas must be two numbers in [0, 1), got {o.betas!r}")
    for key in ("batch_size", "grad_accum", "max_steps"):
        _positive("optim", key, getattr(o, key))
    _at_least("optim", "warmup_steps", o.warmup_steps, 0)
    _at_least("optim", "max_grad_norm", o.max_grad_norm, 0)
    _choice("train", "mixed_precision", t.mixed_precision, MIXED_PRECISION)
    _choice("train", "strategy", t.strategy, STRATEGIES)
    _positive("train", "log_every", t.log_every)
    for key in ("checkpoint_every", "keep_checkpoints"):
        _at_least("train", key, getattr(t, key), 0)
    if not str(t.output_dir).strip():
        raise TrainConfigError("[train] output_dir is empty: name a folder for checkpoints, logs and the LoRA")


def _section_from_dict(cls: type, values: dict[str, Any], section: str, where: str) -> Any:
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(values) - set(known))
    if unknown:
        raise TrainConfigError(f"{where}: unknown key(s) in [{section}]: {', '.join(unknown)}; "
                               f"known keys: {', '.join(known)}")
    defaults = cls()
    converted = {}
    for key, value in values.items():
        converted[key] = _convert(value, getattr(defaults, key), f"[{section}] {key}", where)
    if cls is LossSection:  # the recipe supplies the defaults of the keys the file leaves out
        recipe = converted.pop("recipe", "paper")
        if recipe not in LOSS_RECIPES:
            raise TrainConfigError(f"{where}: [loss] recipe must be one of {', '.join(map(repr, LOSS_RECIPES))}, "
                                   f"got {recipe!r}")
        return loss_for_recipe(recipe, **converted)
    return cls(**converted)


def _convert(value: Any, default: Any, name: str, where: str) -> Any:
    """Check ``value`` against the default's type; ints are accepted where floats are expected."""
    if isinstance(default, bool):
        ok = isinstance(value, bool)
    elif isinstance(default, int):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(default, float):
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        value = float(value) if ok else value
    elif isinstance(default, str):
        ok = isinstance(value, str)
    elif isinstance(default, list):
        item_type = type(default[0]) if default else str
        ok = isinstance(value, list)
        if ok and item_type is float:
            ok = all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in value)
            value = [float(x) for x in value] if ok else value
        elif ok:
            ok = all(isinstance(x, item_type) for x in value)
    else:  # pragma: no cover - every section field has one of the types above
        ok = True
    if not ok:
        raise TrainConfigError(f"{where}: {name} must be {_type_name(default)}, got {value!r}")
    return value


def _type_name(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, list):
        return "a list" + (" of numbers" if default and isinstance(default[0], float) else " of strings")
    return {int: "an integer", float: "a number", str: "a string"}[type(default)]


def _resolve_paths(sections: dict[str, Any], base_dir: Path) -> None:
    data, train, model = sections["data"], sections["train"], sections["model"]
    for section, key in ((data, "groups"), (data, "cache_dir"), (train, "output_dir")):
        value = getattr(section, key)
        if value and not Path(value).expanduser().is_absolute():
            setattr(section, key, str(base_dir / value))
    if model.base != "tiny" and (base_dir / model.base).exists() and not Path(model.base).is_absolute():
        model.base = str(base_dir / model.base)  # a folder next to the config; otherwise a hub id or absolute path


def _choice(section: str, key: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise TrainConfigError(f"[{section}] {key} must be one of {', '.join(repr(a) for a in allowed)}, got {value!r}")


def _positive(section: str, key: str, value: float) -> None:
    if not value > 0:
        raise TrainConfigError(f"[{section}] {key} must be positive, got {value}")


def _at_least(section: str, key: str, value: float, low: float) -> None:
    if not value >= low:
        raise TrainConfigError(f"[{section}] {key} must be ≥ {low}, got {value}")
