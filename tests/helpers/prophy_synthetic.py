"""A synthetic ProPhy set where the physics category decides where the object is, for learning tests.

Each sample is a tiny-Wan latent video (16 × 3 × 8 × 8 → a 3 × 4 × 4 token grid) of noise with one bright "object" (in its
category's channels) whose quadrant is fixed by the prompt's category (mechanics top-left, optics top-right, thermal bottom-left,
material bottom-right), plus the physics map of that object on the token grid. Prompts are built from per-category verbs and cue
words and shared nouns, so held-out prompts are new sentences of known words. ``train_prophy`` runs the real ``ProPhyObjective``
on these batches; ``heldout_metrics`` averages its ``evaluate`` over held-out samples with fixed noise and timesteps.
"""

from __future__ import annotations

import itertools
import math
import random
from typing import Any

import torch

CATEGORIES = ("mechanics", "optics", "thermal", "material")
VERBS = {"mechanics": ("falls", "drops", "bounces", "rolls"), "optics": ("spins", "flies", "floats", "moves"),
         "thermal": ("melts", "sinks", "flows", "stops"), "material": ("breaks", "shatters", "splashes", "pours")}
CUES = {"mechanics": ("gravity", "force", "friction", "speed"), "optics": ("light", "camera", "painting", "sky"),
        "thermal": ("fire", "smoke", "ice", "water"), "material": ("glass", "paper", "cloth", "rubber")}
COLOURS = ("red", "blue", "green", "yellow", "white", "black")
NOUNS = ("ball", "cube", "bottle", "cup", "box", "block", "egg", "rock", "apple", "feather")
PLACES = ("on the floor", "on the table", "in the garden", "in the kitchen", "on the road", "in the room")
QUADRANTS = {"mechanics": (0, 0), "optics": (0, 1), "thermal": (1, 0), "material": (1, 1)}
GRID = (3, 4, 4)  # latent frames × token rows × token columns


def prompts(seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(train, held-out) lists of (prompt, category): every sentence belongs to exactly one of them."""
    rng = random.Random(seed)
    train, heldout = [], []
    for category in CATEGORIES:
        sentences = [f"a {c} {n} {v} {p} with {w}"
                     for c, n, v, p, w in itertools.product(COLOURS, NOUNS, VERBS[category], PLACES, CUES[category])]
        rng.shuffle(sentences)
        train += [(s, category) for s in sentences[:40]]
        heldout += [(s, category) for s in sentences[40:52]]
    return train, heldout


def object_map(category: str) -> torch.Tensor:
    """[F, h, w] 0/1 map: a 3×3-token object in the category's corner in every latent frame."""
    quad_r, quad_c = QUADRANTS[category]
    mask = torch.zeros(GRID)
    mask[:, quad_r: quad_r + 3, quad_c: quad_c + 3] = 1.0
    return mask


def latents_with_object(mask: torch.Tensor, category: str, rng: torch.Generator, amplitude: float = 2.0) -> torch.Tensor:
    """[16, F, 8, 8] noise latents with ``amplitude`` added on the object's pixels (2×2 per token), in the
    four channels of its category (a flame does not look like a falling ball)."""
    pixels = mask.repeat_interleave(2, 1).repeat_interleave(2, 2)  # token grid → latent pixels (patch 1×2×2)
    noise = torch.randn(16, *pixels.shape, generator=rng)
    channels = torch.zeros(16, 1, 1, 1)
    first = 4 * CATEGORIES.index(category)
    channels[first: first + 4] = 1.0
    return noise * 0.5 + amplitude * channels * pixels.unsqueeze(0)


def encode(pipe: Any, texts: list[str]) -> torch.Tensor:
    with torch.no_grad():
        embeds, _ = pipe.encode_prompt(texts, do_classifier_free_guidance=False, max_sequence_length=16)
    return embeds


def make_samples(pipe: Any, items: list[tuple[str, str]], seed: int, *, corrupt: bool = False) -> list[dict]:
    """One dict per sample; ``corrupt`` replaces every map by random tokens of the same share (labels
    that say nothing about where the object is)."""
    rng = torch.Generator().manual_seed(seed)
    embeds = encode(pipe, [p for p, _ in items])
    samples = []
    for row, (prompt, category) in enumerate(items):
        mask = object_map(category)
        video = latents_with_object(mask, category, rng)
        label_map = mask
        if corrupt:
            label_map = (torch.rand(GRID, generator=rng) < float(mask.mean())).float()
        samples.append({"prompt": prompt, "category": category, "embeds": embeds[row], "latents": video,
                        "map": label_map})
    return samples


def batch_of(samples: list[dict]) -> dict:
    return {"prompt_embeds": torch.stack([s["embeds"] for s in samples]),
            "winner_latents": torch.stack([s["latents"] for s in samples]),
            "category": [s["category"] for s in samples], "prompt": [s["prompt"] for s in samples],
            "physics_maps": [s["map"] for s in samples]}


def train_prophy(pipe: Any, samples: list[dict], *, steps: int, batch_size: int = 8, lr: float = 3e-3,
                 seed: int = 0, section: dict | None = None) -> Any:
    """Train a fresh ``ProPhyObjective`` (maps from the batch) on ``samples``; returns the objective."""
    from pipelines.prophy.objective import ProPhyObjective

    settings = {"maps": "batch", "timesteps": "shifted-uniform", "shift": 1.0, "align_weight": 1.0, "category_weight": 1.0,
                "balance_weight": 0.01, **(section or {})}
    torch.manual_seed(seed)
    objective = ProPhyObjective.from_section(settings)
    params = objective.attach(pipe.transformer)
    optimizer = torch.optim.AdamW(params, lr=lr, weight_decay=0.0)
    order = random.Random(seed)
    for step in range(steps):
        chosen = order.sample(samples, batch_size)
        loss, _ = objective.loss(pipe.transformer, batch_of(chosen), torch.Generator().manual_seed(1000 + step))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return objective


def heldout_metrics(objective: Any, pipe: Any, samples: list[dict], batch_size: int = 16) -> dict[str, float]:
    """``evaluate`` over ``samples`` in fixed batches with fixed noise/timesteps, averaged per batch."""
    totals: dict[str, list[float]] = {}
    for start in range(0, len(samples), batch_size):
        metrics = objective.evaluate(pipe.transformer, batch_of(samples[start: start + batch_size]),
                                     torch.Generator().manual_seed(start))
        for key, value in metrics.items():
            if not math.isnan(value):
                totals.setdefault(key, []).append(value)
    from pipelines.prophy.losses import summarise_loads

    return summarise_loads({key: sum(values) / len(values) for key, values in totals.items()})


def probe_accuracy(pipe: Any, train: list[dict], heldout: list[dict], *, steps: int, batch_size: int = 8,
                   lr: float = 3e-3, seed: int = 0) -> float:
    """Held-out accuracy of an MLP (the semantic router's shape) trained directly, with cross-entropy,
    on the features the semantic router reads, with the same steps, batch size and optimiser."""
    from pipelines.prophy.attach import real_token_mask
    from pipelines.prophy.module import masked_mean

    def features(samples: list[dict]) -> torch.Tensor:
        raw = torch.stack([s["embeds"] for s in samples])
        with torch.no_grad():
            text = pipe.transformer.condition_embedder.text_embedder(raw)
        return masked_mean(text, real_token_mask(raw))

    def targets(samples: list[dict]) -> torch.Tensor:
        return torch.tensor([CATEGORIES.index(s["category"]) for s in samples])

    torch.manual_seed(seed)
    x_train, x_test = features(train), features(heldout)
    dim = x_train.shape[-1]
    probe = torch.nn.Sequential(torch.nn.LayerNorm(dim), torch.nn.Linear(dim, 256), torch.nn.SiLU(),
                                torch.nn.Linear(256, len(CATEGORIES)))
    optimizer = torch.optim.AdamW(probe.parameters(), lr=lr, weight_decay=0.0)
    y_train = targets(train)
    order = random.Random(seed)
    for _ in range(steps):
        chosen = order.sample(range(len(train)), batch_size)
        loss = torch.nn.functional.cross_entropy(probe(x_train[chosen]), y_train[chosen])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    with torch.no_grad():
        return float((probe(x_test).argmax(-1) == targets(heldout)).float().mean())
