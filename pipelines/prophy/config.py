"""ProPhy settings and the physics vocabulary its routers are trained on (pure Python, no torch).

The categories are PhyGenBench's four domains (mechanics, optics, thermal, material), the grouping
our prompt sets and judges already report. Each category lists finer laws (the laws of PhyGenBench
and of our prompt set, plus the phenomena WISA's physics categories name) and cue words; a prompt
whose group has no category label is labelled by ``classify_prompt``, which reads those cue words.

Expert layout: the semantic experts are split into one contiguous group per category, so the
semantic router doubles as a multi-label category classifier. The refinement experts are split the
same way over the categories plus ``AMBIENT``, the group for tokens where no localised physics
happens (background, static scenery); the alignment loss pushes physics regions toward the prompt's
category groups and everything else toward ``AMBIENT``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from ..core.errors import PhyStudioError

AMBIENT = "ambient"
DEFAULT_CATEGORIES = ("mechanics", "optics", "thermal", "material")

# Finer laws per category. A law named in two domains (elasticity) belongs to the first listed.
DEFAULT_LAWS: dict[str, tuple[str, ...]] = {
    "mechanics": ("gravity", "projectile", "collision", "elasticity", "friction", "inertia", "momentum",
                  "buoyancy", "fluid flow", "pressure", "rotation", "oscillation", "air resistance",
                  "surface tension", "rigid body motion", "gas motion"),
    "optics": ("reflection", "refraction", "total internal reflection", "dispersion", "shadow", "transmission",
               "scattering", "interference", "diffraction", "light source"),
    "thermal": ("melting", "freezing", "solidification", "boiling", "evaporation", "vaporization", "condensation",
                "liquefaction", "sublimation", "deposition", "combustion", "explosion", "heat transfer",
                "thermal expansion"),
    "material": ("fracture", "deformation", "plasticity", "dissolution", "immiscibility", "capillarity", "viscosity",
                 "absorption", "hardness", "color change", "chemical reaction", "corrosion"),
}

# Cue words per category: a word matches when it starts with a stem (``melt`` → melts, melting).
DEFAULT_CUES: dict[str, tuple[str, ...]] = {
    "mechanics": ("fall", "fell", "drop", "bounc", "throw", "thrown", "toss", "roll", "slid", "slide", "collid",
                  "collision", "strike", "hit", "push", "pull", "swing", "spin", "float", "sink", "sank", "gravity",
                  "friction", "ramp", "slope", "pendulum", "momentum", "domino", "kick", "launch", "jump", "land",
                  "topple", "tip", "brake", "lurch", "glide", "pour", "waterfall", "trampoline", "spring", "orbit",
                  "wobble", "accelerat", "speed", "arc", "inertia", "buoyan", "flow", "skat", "half-pipe", "yank",
                  "scatter", "lean", "upright", "shoots up", "let go", "lets go", "sharp turn"),
    "optics": ("mirror", "reflect", "refract", "lens", "prism", "rainbow", "shadow", "laser", "beam", "sunlight",
               "flashlight", "spotlight", "lamp", "headlight", "shine", "shimmer", "magnifying", "bent", "glow",
               "lit", "light", "stained", "transparent", "colored patches", "optic", "appears", "looks"),
    "thermal": ("melt", "freez", "froze", "boil", "steam", "evaporat", "condens", "fog", "frost", "heat", "hot",
                "warm", "cold", "fire", "flame", "burn", "smok", "candle", "match", "ember", "ash", "wax", "stove",
                "sublimat", "dries", "dry up", "ice", "snowman", "thaw", "sun", "blacksmith", "weld", "explod",
                "explosion", "lava", "fridge", "droplet"),
    "material": ("shatter", "break", "broke", "crack", "snap", "tear", "torn", "crush", "squash", "squeez",
                 "press", "flatten", "bend", "dissolv", "stir", "stretch", "fold", "crumpl", "rust", "oil", "sponge",
                 "absorb", "clay", "dough", "honey", "viscous", "towel", "creep", "pop", "rubber band", "deform",
                 "fractur", "soak", "thick"),
}


class ProPhyConfigError(PhyStudioError, ValueError):
    """A ProPhy setting that cannot work; the message names the key and what to change."""


@dataclass(frozen=True)
class ProPhyConfig:
    """Shape of the ProPhy branch and the weights of its training losses.

    ``prior_blocks``/``refinement_blocks``: transformer block indices (negative counts from the end);
    None means every block for the prior tokens, and a spread over the second half for refinement
    (``default_refinement_blocks``), where the backbone resolves local structure and motion.
    """

    categories: tuple[str, ...] = DEFAULT_CATEGORIES
    laws: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_LAWS))
    cues: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_CUES))
    num_semantic_experts: int = 8
    prior_tokens: int = 16
    prior_blocks: tuple[int, ...] | None = None
    refinement_blocks: tuple[int, ...] | None = None
    num_refinement_experts: int = 10
    top_k: int = 2
    adapter_rank: int = 16
    router_hidden: int = 256
    flow_weight: float = 1.0
    align_weight: float = 0.1
    category_weight: float = 0.1

    def __post_init__(self) -> None:
        object.__setattr__(self, "categories", tuple(str(c).strip().lower() for c in self.categories))
        object.__setattr__(self, "laws", {str(k).lower(): tuple(str(v).lower() for v in vs) for k, vs in self.laws.items()})
        object.__setattr__(self, "cues", {str(k).lower(): tuple(str(v).lower() for v in vs) for k, vs in self.cues.items()})
        for name in ("prior_blocks", "refinement_blocks"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, tuple(int(b) for b in value))
        self._validate()

    def _validate(self) -> None:
        cats = self.categories
        if not cats or any(not c for c in cats) or len(set(cats)) != len(cats):
            raise ProPhyConfigError(f"categories must be distinct non-empty names, got {list(cats)}")
        if AMBIENT in cats:
            raise ProPhyConfigError(f"{AMBIENT!r} is reserved for the refinement experts' no-physics group; "
                                    "rename that category")
        for table in ("laws", "cues"):
            unknown = sorted(set(getattr(self, table)) - set(cats))
            if unknown:
                raise ProPhyConfigError(f"{table} name categories that are not in categories {list(cats)}: {unknown}")
        positive = ("num_semantic_experts", "prior_tokens", "num_refinement_experts", "top_k", "adapter_rank",
                    "router_hidden")
        for name in positive:
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ProPhyConfigError(f"{name} must be a positive integer, got {value!r}")
        if self.num_semantic_experts < len(cats):
            raise ProPhyConfigError(f"num_semantic_experts ({self.num_semantic_experts}) must be at least the number "
                                    f"of categories ({len(cats)}): each category needs an expert")
        if self.num_refinement_experts < len(cats) + 1:
            raise ProPhyConfigError(f"num_refinement_experts ({self.num_refinement_experts}) must be at least "
                                    f"{len(cats) + 1}: one per category plus one {AMBIENT!r} expert")
        if self.top_k > self.num_refinement_experts:
            raise ProPhyConfigError(f"top_k ({self.top_k}) cannot exceed num_refinement_experts "
                                    f"({self.num_refinement_experts})")
        for name in ("flow_weight", "align_weight", "category_weight"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or not value >= 0:
                raise ProPhyConfigError(f"{name} must be a number ≥ 0, got {value!r}")
        for name in ("prior_blocks", "refinement_blocks"):
            value = getattr(self, name)
            if value is not None and not value:
                raise ProPhyConfigError(f"{name} is empty: list block indices, or leave it unset for the default")

    # ------------------------------------------------------------------ expert groups
    @property
    def group_names(self) -> tuple[str, ...]:
        """Refinement expert groups: the categories, then ``AMBIENT``."""
        return (*self.categories, AMBIENT)

    def semantic_expert_categories(self) -> list[int]:
        """Category index of each semantic expert: contiguous, as even as the counts allow."""
        return _contiguous_groups(self.num_semantic_experts, len(self.categories))

    def refinement_expert_groups(self) -> list[int]:
        """Group index (into ``group_names``) of each refinement expert."""
        return _contiguous_groups(self.num_refinement_experts, len(self.group_names))

    def resolve_blocks(self, num_layers: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(prior blocks, refinement blocks) as sorted non-negative indices for a backbone of ``num_layers``."""
        prior = tuple(range(num_layers)) if self.prior_blocks is None else self._indices("prior_blocks", num_layers)
        refinement = (default_refinement_blocks(num_layers) if self.refinement_blocks is None
                      else self._indices("refinement_blocks", num_layers))
        return prior, refinement

    def _indices(self, name: str, num_layers: int) -> tuple[int, ...]:
        blocks = getattr(self, name)
        bad = [b for b in blocks if not -num_layers <= b < num_layers]
        if bad:
            raise ProPhyConfigError(f"{name} {bad} do not exist: the transformer has blocks 0–{num_layers - 1} "
                                    f"(or −{num_layers}…−1 from the end)")
        return tuple(sorted({b % num_layers for b in blocks}))

    # ------------------------------------------------------------------ (de)serialisation
    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("categories", "prior_blocks", "refinement_blocks"):
            if data[key] is not None:
                data[key] = list(data[key])
        for key in ("laws", "cues"):
            data[key] = {k: list(v) for k, v in data[key].items()}
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProPhyConfig:
        allowed = config_keys()
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise ProPhyConfigError(f"unknown ProPhy setting(s) {unknown}; known: {', '.join(allowed)}")
        values = dict(data)
        for key in ("categories", "prior_blocks", "refinement_blocks"):
            if values.get(key) is not None:
                if isinstance(values[key], (str, bytes)) or not isinstance(values[key], Sequence):
                    raise ProPhyConfigError(f"{key} must be a list, got {values[key]!r}")
                values[key] = tuple(values[key])
        for key in ("laws", "cues"):
            if key in values:
                if not isinstance(values[key], Mapping):
                    raise ProPhyConfigError(f"{key} must be a table of category → list of words, got {values[key]!r}")
                values[key] = {k: tuple(v) for k, v in values[key].items()}
        return cls(**values)


def config_keys() -> tuple[str, ...]:
    return tuple(f.name for f in fields(ProPhyConfig))


def default_refinement_blocks(num_layers: int) -> tuple[int, ...]:
    """Up to 8 blocks spread over the second half (Wan 1.3B's 30 blocks: 15, 17, …, 29)."""
    start = num_layers // 2
    step = max(1, -(-(num_layers - start) // 8))
    blocks = list(range(start, num_layers, step))
    if blocks[-1] != num_layers - 1 and len(blocks) < 8:
        blocks.append(num_layers - 1)
    return tuple(blocks)


def _contiguous_groups(num_experts: int, num_groups: int) -> list[int]:
    return [e * num_groups // num_experts for e in range(num_experts)]


# ---------------------------------------------------------------------- category labels
def _category_aliases() -> dict[str, str]:
    from ..eval.prompts import CATEGORY_ALIASES

    return CATEGORY_ALIASES


def resolve_category(label: str | None, config: ProPhyConfig) -> str | None:
    """A category name from a group's label: the name itself, a PhyGenBench alias ("force", "light") or a law."""
    if label is None:
        return None
    text = " ".join(str(label).strip().lower().replace("_", " ").split())
    if not text:
        return None
    if text in config.categories:
        return text
    alias = _category_aliases().get(text)
    if alias in config.categories:
        return alias
    for category in config.categories:
        if text in config.laws.get(category, ()):
            return category
    return None


def _cue_pattern(cue: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(cue).replace(r"\ ", r"\s+"))


def cue_counts(prompt: str, config: ProPhyConfig) -> dict[str, int]:
    """How many cue words (and law names) of each category the prompt contains."""
    text = prompt.lower()
    counts = {}
    for category in config.categories:
        words = (*config.cues.get(category, ()), *config.laws.get(category, ()))
        counts[category] = sum(len(_cue_pattern(word).findall(text)) for word in dict.fromkeys(words))
    return counts


def classify_prompt(prompt: str, config: ProPhyConfig | None = None, *, max_labels: int = 2) -> tuple[str, ...]:
    """Categories whose cue words the prompt uses, most cues first (at most ``max_labels``; ties keep config order).

    A second category is kept only if it has at least half the cues of the first, so one stray word
    ("sun" in a shadow prompt) does not add a label. No cue at all gives ``()``: an unlabelled sample.
    """
    config = config or ProPhyConfig()
    counts = cue_counts(prompt, config)
    ranked = sorted((c for c in config.categories if counts[c] > 0), key=lambda c: -counts[c])
    if not ranked:
        return ()
    best = counts[ranked[0]]
    return tuple(c for c in ranked[:max_labels] if 2 * counts[c] >= best)


def prompt_categories(label: str | None, prompt: str, config: ProPhyConfig) -> tuple[str, ...]:
    """Training labels of one sample: the group's category when it names one, else the keyword classifier."""
    category = resolve_category(label, config)
    return (category,) if category is not None else classify_prompt(prompt, config)
