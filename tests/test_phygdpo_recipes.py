"""PhyGDPO's two loss recipes ("paper", "official") and the rule for losers without scores.

Every formula is checked against an independent computation written here: DiffSynth's timestep
weight w(t) and grid with numpy, the official effective γ constants by hand.
"""

from __future__ import annotations

import copy
import json
import math
import tomllib

import numpy as np
import pytest
import torch

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
from pipelines.phygdpo.data import GroupBatches
from pipelines.phygdpo.groups import GroupMember, PreferenceGroup, read_groups
from pipelines.phygdpo.latent_cache import LatentCache
from pipelines.phygdpo.losses import diffsynth_grid, diffsynth_timestep_weight, sample_timesteps
from pipelines.phygdpo.objective import PhyGDPOObjective, describe
from pipelines.phygdpo.train_config import (
    LoraSection,
    LossSection,
    TrainConfigError,
    config_from_dict,
    dump_train_config,
    loss_for_recipe,
)
from pipelines.phygdpo.trainer import train
from pipelines.phygdpo.training_errors import TrainingError
from pipelines.phygdpo.training_inputs import unscored_losers_note
from tests.helpers.tiny_train import TINY_FRAMES, TINY_SIZE, make_tiny_groups, tiny_config_dict

SEQ = 16


def numpy_diffsynth(shift: float, steps: int = 1000) -> tuple[np.ndarray, np.ndarray]:
    """DiffSynth's FlowMatchScheduler in training mode, written out: (t grid, w on the grid)."""
    sigmas = np.linspace(1.0, 0.0, steps + 1)[:-1]
    sigmas = shift * sigmas / (1 + (shift - 1) * sigmas)
    timesteps = sigmas * steps
    y = np.exp(-2 * ((timesteps - steps / 2) / steps) ** 2)
    shifted = y - y.min()
    return sigmas, shifted * (steps / shifted.sum())


def official_weights(sa: float, pc: float) -> tuple[float, float]:
    """The official code's (α, γ): sigmoid form with κ_γ 3.0, b_γ 0.5, λ 0.5 (paper α constants)."""
    s = lambda x: 1.0 / (1.0 + math.exp(-x))
    v = 1.0 - (sa + pc) / 2.0
    alpha = 0.5 + 0.5 * s(5.0 * (v - 0.5))
    return alpha, (1.0 + 0.5 * s(3.0 * (v - 0.5))) / alpha


# ------------------------------------------------------------------------------------ DiffSynth w(t)
def test_timestep_weight_matches_diffsynths_formula():
    grid, weights = numpy_diffsynth(5.0)
    np.testing.assert_allclose(diffsynth_grid(5.0).numpy(), grid, rtol=1e-12)
    t = torch.tensor([0.95, 0.5, 0.2, 0.9999, float(grid[123]), float(grid[-1])])
    expected = [weights[np.abs(grid - x).argmin()] for x in t.double().numpy()]
    np.testing.assert_allclose(diffsynth_timestep_weight(t, 5.0).numpy(), expected, rtol=1e-6)
    # The facts the recipe rests on: mean 1 over the grid, range ≈ [0, 2.08], w(0.95) ≈ 0.32.
    assert weights.mean() == pytest.approx(1.0) and weights.min() == 0.0
    assert weights.max() == pytest.approx(2.08, abs=0.01)
    assert diffsynth_timestep_weight(torch.tensor([0.95]), 5.0).item() == pytest.approx(0.32, abs=0.01)


def test_diffsynth_grid_sampling_draws_grid_points_uniformly():
    grid, _ = numpy_diffsynth(5.0)
    t = sample_timesteps(4000, torch.Generator().manual_seed(0), mode="diffsynth-grid", shift=5.0).double().numpy()
    nearest = np.abs(grid[None, :] - t[:, None]).min(axis=1)
    assert nearest.max() < 2e-5  # every draw is a grid point (t = 1 is clamped to 1 − 1e-5 in float32)
    index = torch.randint(1000, (4000,), generator=torch.Generator().manual_seed(0)).numpy()
    np.testing.assert_allclose(t, np.clip(grid[index], 1e-5, 1 - 1e-5), rtol=1e-6)


# ------------------------------------------------------------------------------------------ recipes
def test_official_recipe_fills_the_defaults_and_explicit_keys_win():
    official = config_from_dict({"loss": {"recipe": "official"}}).loss
    assert (official.timesteps, official.shift, official.timestep_weight, official.shared_noise, official.groupwise,
            official.reward, official.beta, official.T) == ("diffsynth-grid", 5.0, "diffsynth", False, "one-loser",
                                                           "official", 1000.0, 1.0)
    paper = config_from_dict({}).loss
    assert (paper.recipe, paper.timestep_weight, paper.shift, paper.shared_noise) == ("paper", "none", 3.0, True)
    mixed = config_from_dict({"loss": {"recipe": "official", "shift": 3.0, "unscored": "available"}})
    assert mixed.loss.shift == 3.0 and mixed.loss.unscored == "available" and mixed.loss.timestep_weight == "diffsynth"
    again = config_from_dict(tomllib.loads(dump_train_config(mixed)))
    assert again.loss == mixed.loss
    assert loss_for_recipe("official", shift=3.0) == mixed.loss.__class__(**{**mixed.loss.__dict__, "unscored": "neutral"})
    with pytest.raises(TrainConfigError, match=r"\[loss\] recipe must be one of 'paper', 'official', got 'diffsynth'"):
        config_from_dict({"loss": {"recipe": "diffsynth"}})
    with pytest.raises(TrainConfigError, match=r"\[loss\] unscored must be one of"):
        config_from_dict({"loss": {"unscored": "skip"}})
    with pytest.raises(TrainConfigError, match=r"\[loss\] timestep_weight must be one of"):
        config_from_dict({"loss": {"timestep_weight": "sd3"}})


@pytest.fixture(scope="module")
def tiny_pipe():
    torch.set_num_threads(1)
    return build_tiny_wan_pipeline(seed=0)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return make_tiny_groups(tmp_path_factory.mktemp("groups"), groups=4, losers=2)


def _batch(pipe, groups_file, cache_dir, batch_size):
    cache = LatentCache(cache_dir, pipe, width=TINY_SIZE, height=TINY_SIZE, frames=TINY_FRAMES,
                        max_sequence_length=SEQ, storage_dtype="float32")
    return GroupBatches(cache.prepare(read_groups(groups_file)), batch_size=batch_size, max_sequence_length=SEQ).batch(0)


def test_official_loss_at_step_zero_is_the_picked_losers_gamma_log_2(tiny_pipe, data, tmp_path):
    """θ = ψ at step 0: each group's loss is γ(picked loser)·log 2 whatever w(t), t and the noise."""
    batch = _batch(tiny_pipe, data, tmp_path, 4)
    pick = torch.randint(2, (4,), generator=torch.Generator().manual_seed(1)).tolist()
    sa, pc = batch["loser_sa"].double().tolist(), batch["loser_pc"].double().tolist()
    expected = np.mean([official_weights(sa[g][j], pc[g][j])[1] * math.log(2.0) for g, j in enumerate(pick)])
    transformer = copy.deepcopy(tiny_pipe.transformer)
    objective = PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=loss_for_recipe("official"))
    objective.attach(transformer)
    loss, metrics = objective.loss(transformer, batch, torch.Generator().manual_seed(1))
    assert loss.item() == pytest.approx(expected, rel=1e-6) and metrics["unscored_losers"] == 0.0


def test_the_official_weight_multiplies_each_flow_matching_error(tiny_pipe, data, tmp_path):
    batch = _batch(tiny_pipe, data, tmp_path, 1)
    errors = {}
    for weight in ("none", "diffsynth"):
        transformer = copy.deepcopy(tiny_pipe.transformer)
        settings = loss_for_recipe("official", groupwise="upper-bound", timestep_weight=weight)
        objective = PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=settings)
        objective.attach(transformer)
        _, metrics = objective.loss(transformer, batch, torch.Generator().manual_seed(1))
        errors[weight] = (metrics["error_winner"], metrics["error_losers"])
    t = sample_timesteps(1, torch.Generator().manual_seed(1), mode="diffsynth-grid", shift=5.0)  # the loss's first draw
    grid, weights = numpy_diffsynth(5.0)
    w = weights[np.abs(grid - t.double().item()).argmin()]
    assert errors["diffsynth"][0] == pytest.approx(w * errors["none"][0], rel=1e-5)
    assert errors["diffsynth"][1] == pytest.approx(w * errors["none"][1], rel=1e-5)


def test_official_recipe_trains_and_its_lora_metadata_names_it(tiny_pipe, data, tmp_path):
    config = config_from_dict(tiny_config_dict(data, tmp_path / "out", loss={"recipe": "official", "beta": 50.0},
                                               optim={"max_steps": 2}, data={"cache_dir": str(tmp_path / "cache")}))
    result = train(config, pipeline_factory=lambda: copy.deepcopy(tiny_pipe))
    assert result.state == "done" and all(math.isfinite(h["loss"]) for h in result.history)
    meta = json.loads((result.lora_dir / "phystudio_lora.json").read_text())
    assert meta["recipe"] == "official" and meta["timestep_weight"] == "diffsynth"
    assert meta["noise"] == "independent per sample" and meta["timesteps"] == "diffsynth-grid, shift 5"
    assert meta["hyperparameters"]["loss"]["recipe"] == "official"


# ----------------------------------------------------------------------------------- unscored losers
def test_unscored_losers_follow_the_chosen_rule():
    nan = math.nan
    sa = torch.tensor([[0.8, nan, nan, 0.6]])
    pc = torch.tensor([[0.2, 0.4, nan, 0.4]])
    results = {}
    for rule in ("neutral", "available"):
        objective = PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0),
                                     settings=LossSection(reward="official", unscored=rule))
        results[rule] = objective.loser_weights(sa, pc)
    full = official_weights(0.8, 0.2), official_weights(0.6, 0.4)
    pc_only = official_weights(0.4, 0.4)  # v = 1 − PC for a loser judged without SA
    neutral_alpha, neutral_gamma = results["neutral"]
    np.testing.assert_allclose(neutral_alpha[0].numpy(), [full[0][0], 1.0, 1.0, full[1][0]], rtol=1e-6)
    np.testing.assert_allclose(neutral_gamma[0].numpy(), [full[0][1], 1.0, 1.0, full[1][1]], rtol=1e-6)
    available_alpha, available_gamma = results["available"]
    np.testing.assert_allclose(available_alpha[0].numpy(), [full[0][0], pc_only[0], 1.0, full[1][0]], rtol=1e-6)
    np.testing.assert_allclose(available_gamma[0].numpy(), [full[0][1], pc_only[1], 1.0, full[1][1]], rtol=1e-6)
    strict = PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=LossSection(unscored="error"))
    with pytest.raises(ValueError, match="no SA or PC score"):
        strict.loser_weights(sa, pc)


def test_the_log_says_how_many_losers_are_unscored_and_what_happens(tmp_path):
    video = tmp_path / "v.mp4"
    member = lambda sa, pc: GroupMember(video=video, sa=sa, pc=pc)
    groups = [PreferenceGroup("g0", "a ball falls", member(1.0, 1.0), (member(None, 0.4), member(0.5, 0.5))),
              PreferenceGroup("g1", "a cup tips", member(1.0, 1.0), (member(None, None),))]
    config = lambda **loss: config_from_dict({"loss": loss})
    note = unscored_losers_note(groups, config())
    assert note.startswith("2 of 3 losers lack a score (2 without SA, 1 without PC): unscored = \"neutral\"")
    assert "α = γ = 1" in note
    assert "v = 1 − PC without SA" in unscored_losers_note(groups, config(unscored="available"))
    with pytest.raises(TrainingError, match="2 of 3 losers lack a score .* unscored = \"error\""):
        unscored_losers_note(groups, config(unscored="error"))
    assert unscored_losers_note(groups, config(reward="none")) == ""  # no weights: nothing is switched off
    assert unscored_losers_note(groups[:1][:0], config()) == ""


def test_describe_names_the_recipe_and_its_settings():
    described = describe(PhyGDPOObjective(lora=LoraSection(rank=4, alpha=4.0), settings=LossSection()))
    assert described["recipe"] == "paper" and described["noise"] == "shared by winner and losers"
    assert described["timesteps"] == "shifted-uniform, shift 3" and described["unscored"] == "neutral"
