"""ProPhy learns physics on the tiny Wan, or these fail: a synthetic set where the physics category
decides where the object is (tests/helpers/prophy_synthetic.py), held-out prompts, fixed noise.

Numbers measured on the 2-core CI machine after 300 steps of batch 8 (30–150 s, with the load):
routing AUC 0.84 (untrained 0.45–0.53), every expert ≥ 3.9% of load, ambient share outside the
objects 0.89; without the load balance the least used expert falls to 1.0%; trained on random maps
the AUC stays at 0.52. ``tests/bench/bench_prophy_learning.py`` runs longer.
"""

from __future__ import annotations

import pytest
import torch

from tests.helpers import prophy_synthetic as synthetic

STEPS = 300


@pytest.fixture(scope="module")
def data():
    from pipelines.backends.tiny_wan import build_tiny_wan_pipeline

    pipe = build_tiny_wan_pipeline(seed=0)
    train_prompts, heldout_prompts = synthetic.prompts(0)
    return pipe, train_prompts, synthetic.make_samples(pipe, heldout_prompts, seed=2)


@pytest.fixture(scope="module")
def trained(data):
    pipe, train_prompts, heldout = data
    train = synthetic.make_samples(pipe, train_prompts, seed=1)
    torch.set_num_threads(1)
    objective = synthetic.train_prophy(pipe, train, steps=STEPS, section={"balance_weight": 0.1})
    metrics = synthetic.heldout_metrics(objective, pipe, heldout)
    objective.attachment.detach()
    return train, metrics


def test_routing_finds_the_physics_regions_and_keeps_every_expert_alive(trained):
    _, metrics = trained
    assert metrics["routing_auc"] >= 0.8 and metrics["category_routing_auc"] >= 0.8, metrics
    assert metrics["load_min"] >= 0.02, metrics
    assert metrics["ambient_outside"] >= 0.5, metrics
    assert sum(metrics[f"load_e{i}"] for i in range(10)) == pytest.approx(1.0)


def test_semantic_router_learns_categories_as_well_as_a_direct_probe(data, trained):
    pipe, _, heldout = data
    train, metrics = trained
    probe = synthetic.probe_accuracy(pipe, train, heldout, steps=STEPS)
    assert metrics["category_accuracy"] >= probe - 0.05, (metrics["category_accuracy"], probe)
    assert metrics["category_accuracy"] > 0.25 + 0.1  # and clearly above chance (4 categories)


def test_maps_unrelated_to_the_video_leave_routing_at_chance(data):
    pipe, train_prompts, heldout = data
    corrupted = synthetic.make_samples(pipe, train_prompts, seed=1, corrupt=True)
    torch.set_num_threads(1)
    objective = synthetic.train_prophy(pipe, corrupted, steps=STEPS, section={"balance_weight": 0.1})
    metrics = synthetic.heldout_metrics(objective, pipe, heldout)
    objective.attachment.detach()
    assert abs(metrics["routing_auc"] - 0.5) < 0.1, metrics
