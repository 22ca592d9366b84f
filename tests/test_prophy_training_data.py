"""Issue 20's plumbing: per-video physics supervision reaching the batch, winners-only groups,
the new ProPhy losses against independent computations, held-out evaluation in the trainer,
ProPhy files recognised by their header and exported under their own name."""

from __future__ import annotations

import copy
import csv
import itertools
import math
import shutil

import numpy as np
import pytest
import torch

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
from pipelines.core.video import read_video
from pipelines.eval.tracking import track_objects
from pipelines.phygdpo.data import GroupBatches
from pipelines.phygdpo.groups import read_groups, write_groups
from pipelines.phygdpo.heldout import split_heldout
from pipelines.phygdpo.latent_cache import LatentCache
from pipelines.phygdpo.train_config import config_from_dict
from pipelines.phygdpo.trainer import train
from pipelines.phygdpo.training_errors import TrainingError
from pipelines.prophy.losses import (
    NO_LOCALISATION_FLOOR,
    alignment_loss,
    binary_auc,
    load_balance_loss,
    routing_metrics,
)
from pipelines.prophy.supervision import PhysicsSupervisionError, decode_rle, encode_rle, read_entry
from tests.helpers.tiny_train import TINY_FRAMES, TINY_SIZE, make_tiny_groups, tiny_config_dict

SEQ = 16


@pytest.fixture(autouse=True)
def one_thread():
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def tiny_pipe():
    return build_tiny_wan_pipeline(seed=0)


def _config(groups, out, **sections):
    return config_from_dict(tiny_config_dict(groups, out, **sections))


def _factory(pipe):
    return lambda: copy.deepcopy(pipe)


# ---------------------------------------------------------------------- losses and metrics
def test_alignment_targets_category_inside_and_ambient_outside():
    # groups: a, b, ambient; the sample's category is a only, so b's mass counts for neither side
    probs = torch.tensor([[[0.7, 0.2, 0.1], [0.2, 0.2, 0.6], [0.5, 0.4, 0.1]]])
    target = torch.tensor([[1.0, 0.0, 1.0]])
    groups = torch.tensor([[True, False, False]])
    inside = -(math.log(0.7) + math.log(0.5)) / 2
    outside = -math.log(0.6)
    loss = alignment_loss(probs, target, groups, torch.tensor([True]))
    assert loss.item() == pytest.approx((inside + outside) / 2, rel=1e-6)
    assert alignment_loss(probs, target, groups, torch.tensor([False])).item() == 0.0


def test_alignment_cannot_fall_below_ln2_without_localisation():
    target = torch.tensor([[1.0, 1.0, 0.0, 0.0, 0.0, 0.0]])
    groups = torch.tensor([[True, False, False]])
    best = math.inf
    for p_cat, p_amb in itertools.product(np.linspace(0.01, 0.99, 50), repeat=2):
        if p_cat + p_amb > 1:
            continue
        same = torch.tensor([p_cat, 1 - p_cat - p_amb, p_amb]).expand(1, 6, 3)  # every token routed alike
        best = min(best, alignment_loss(same, target, groups, torch.tensor([True])).item())
    assert best >= NO_LOCALISATION_FLOOR - 1e-6 and best == pytest.approx(NO_LOCALISATION_FLOOR, abs=1e-3)
    localised = torch.tensor([[0.9, 0.0, 0.1]] * 2 + [[0.1, 0.0, 0.9]] * 4).unsqueeze(0)
    assert alignment_loss(localised, target, groups, torch.tensor([True])).item() < NO_LOCALISATION_FLOOR - 0.5


def test_load_balance_is_switch_within_each_group():
    probs = torch.tensor([[[0.5, 0.1, 0.3, 0.1], [0.2, 0.2, 0.1, 0.5], [0.6, 0.1, 0.1, 0.2]]])
    indices = torch.tensor([[[0, 2], [3, 0], [0, 3]]])
    groups = torch.tensor([0, 0, 1, 1])
    # group 0 (experts 0, 1): choices 0,0,0 → f = (1, 0); P = mass share inside the group
    p0 = torch.tensor([0.5 + 0.2 + 0.6, 0.1 + 0.2 + 0.1])
    g0 = 2 * (1.0 * p0[0] / p0.sum())
    # group 1 (experts 2, 3): choices 2,3,3 → f = (1/3, 2/3)
    p1 = torch.tensor([0.3 + 0.1 + 0.1, 0.1 + 0.5 + 0.2])
    g1 = 2 * ((1 / 3) * p1[0] / p1.sum() + (2 / 3) * p1[1] / p1.sum())
    assert load_balance_loss(probs, indices, groups, 2).item() == pytest.approx(float(g0 + g1) / 2, rel=1e-6)
    uniform = torch.full((1, 4, 4), 0.25)
    balanced = torch.tensor([[[0, 2], [1, 3], [0, 3], [1, 2]]])
    assert load_balance_loss(uniform, balanced, groups, 2).item() == pytest.approx(1.0)


def test_auc_matches_counting_pairs_and_routing_metrics_add_up():
    rng = np.random.default_rng(0)
    scores, labels = rng.integers(0, 6, 300).astype(float), rng.random(300) < 0.3
    pairs = [(1.0 if p > n else 0.5 if p == n else 0.0) for p in scores[labels] for n in scores[~labels]]
    assert binary_auc(torch.tensor(scores), torch.tensor(labels)) == pytest.approx(np.mean(pairs), abs=1e-12)
    probs = torch.tensor([[[0.8, 0.1, 0.1], [0.1, 0.1, 0.8], [0.3, 0.2, 0.5]]])
    indices = torch.tensor([[[0, 1], [5, 4], [4, 0]]])
    metrics = routing_metrics(probs, indices, torch.tensor([0, 0, 1, 1, 2, 2]), torch.tensor([[1.0, 0.0, 0.0]]),
                              torch.tensor([[True, False, False]]), torch.tensor([True]), 6)
    assert metrics["routing_auc"] == 1.0 and metrics["category_routing_auc"] == 1.0 and metrics["routing_iou"] == 1.0
    assert metrics["ambient_outside"] == 1.0  # both outside tokens chose an ambient expert first
    assert [metrics[f"load_e{i}"] for i in range(6)] == pytest.approx([2 / 6, 1 / 6, 0, 0, 2 / 6, 1 / 6])


# ---------------------------------------------------------------------- supervision format
def test_rle_round_trips_and_bad_entries_are_named(tmp_path):
    mask = np.random.default_rng(1).random((3, 5, 7)) < 0.4
    entry = encode_rle(mask)
    assert np.array_equal(decode_rle(entry["shape"], entry["rle"]), mask)
    starts_on = np.ones((1, 2, 2), dtype=bool)
    assert encode_rle(starts_on)["rle"] == [0, 4]
    with pytest.raises(PhysicsSupervisionError, match="covers 5 values but shape"):
        decode_rle([1, 2, 2], [2, 3])
    with pytest.raises(PhysicsSupervisionError, match="too large"):
        decode_rle([1000, 1000, 1000], [10**9])
    with pytest.raises(PhysicsSupervisionError, match="exactly one of"):
        read_entry({"source": "x"}, tmp_path)


def test_map_images_outside_the_data_folder_are_refused(tmp_path):
    import cv2

    outside = tmp_path / "secret.png"
    cv2.imwrite(str(outside), np.full((4, 4), 255, np.uint8))
    data = tmp_path / "data"
    data.mkdir()
    with pytest.raises(PhysicsSupervisionError, match="outside"):
        read_entry({"frames": ["../secret.png"]}, data)
    (data / "maps").mkdir()
    cv2.imwrite(str(data / "maps" / "0.png"), np.full((4, 4), 255, np.uint8))
    maps, _ = read_entry({"frames": ["maps/0.png", "maps/0.png"]}, data)
    assert maps.shape == (2, 4, 4) and float(maps.min()) == 1.0


def _with_physics(groups_file, entries):
    groups = read_groups(groups_file)
    changed = []
    for group in groups:
        meta = dict(group.winner.meta)
        if group.group_id in entries:
            meta["physics"] = entries[group.group_id]
        changed.append(type(group)(group.group_id, group.prompt, type(group.winner)(
            group.winner.video, group.winner.sa, group.winner.pc, group.winner.source, meta=meta),
            group.losers, group.category, group.meta))
    return write_groups(groups_file, changed)


def test_winner_physics_reaches_the_batch_and_losers_are_not_encoded_for_prophy(tiny_pipe, tmp_path):
    groups_file = make_tiny_groups(tmp_path / "data", groups=2, losers=2)
    mask = np.zeros((TINY_FRAMES, 8, 8), dtype=bool)
    mask[:, 2:5, 3:6] = True
    _with_physics(groups_file, {"g0": {"source": "vlm", **encode_rle(mask)}})
    cache = LatentCache(tmp_path / "cache", tiny_pipe, width=TINY_SIZE, height=TINY_SIZE, frames=TINY_FRAMES,
                        max_sequence_length=SEQ, storage_dtype="float32")
    items = cache.prepare(read_groups(groups_file), losers=False, data_folder=groups_file.parent)
    assert cache.misses == 2 + 2  # two winners and two prompts; no loser encoded
    assert all(item.loser_files == () for item in items)
    batch = GroupBatches(items, batch_size=2, max_sequence_length=SEQ, use_losers=False).batch(0)
    assert batch["loser_latents"].shape[1] == 0
    by_id = dict(zip([items[i].group_id for i in GroupBatches(items, 2, use_losers=False).indices(0)[1]],
                     batch["physics_maps"]))
    assert np.array_equal(by_id["g0"], mask.astype(np.float32)) and by_id["g1"] is None


def test_groups_without_losers_train_prophy_with_tracker_maps_but_not_phygdpo(tiny_pipe, tmp_path):
    groups_file = make_tiny_groups(tmp_path / "data", groups=2, losers=0)
    assert all(not g.losers for g in read_groups(groups_file))
    with pytest.raises(TrainingError, match=r"2 group\(s\).*have no losers.*PhyGDPO needs at least one"):
        train(_config(groups_file, tmp_path / "gdpo", loss={"objective": "phygdpo"}),
              pipeline_factory=_factory(tiny_pipe))
    from pipelines.prophy.objective import ProPhyObjective

    config = _config(groups_file, tmp_path / "prophy", loss={"objective": "prophy"}, optim={"max_steps": 2},
                     prophy={"maps": "batch"})
    objective = ProPhyObjective.from_config(config)
    seen = []
    original = objective.targets

    def spy(batch, grid, labelled, device="cpu"):
        seen.append([None if m is None else np.asarray(m).copy() for m in batch["physics_maps"]])
        return original(batch, grid, labelled, device)

    objective.targets = spy
    result = train(config, objective=objective, pipeline_factory=_factory(tiny_pipe))
    assert result.state == "done" and result.lora_dir == tmp_path / "prophy" / "prophy"
    assert (result.lora_dir / "prophy.safetensors").is_file() and not (tmp_path / "prophy" / "lora").exists()
    log = (tmp_path / "prophy" / "train.log").read_text()
    assert "ProPhy module in" in log and "LoRA in" not in log and "2 from the embedded tracker" in log
    assert objective._planned == {}  # the prompt's plan was never used
    group = read_groups(groups_file)[0]
    frames, fps = read_video(group.winner.video)
    independent = track_objects(frames, fps).foreground.astype(np.float32)
    assert any(m is not None and np.array_equal(m, independent) for step in seen for m in step)
    assert all(m is not None and m.any() for step in seen for m in step)


def test_a_renamed_prophy_file_is_recognised_by_its_header(tmp_path):
    from pipelines.prophy.io import is_prophy_file
    from pipelines.prophy.variants import ProPhyFiles
    from tests.helpers.tiny_prophy import save_trained_prophy

    file = save_trained_prophy(tmp_path / "run")
    renamed = tmp_path / "branch_v1.safetensors"
    shutil.copy(file, renamed)
    assert is_prophy_file(renamed) and ProPhyFiles().recognises(renamed) and is_prophy_file(tmp_path / "run")
    from safetensors.torch import save_file

    lora = tmp_path / "prophy.safetensors"  # a LoRA with ProPhy's file name is still a LoRA
    save_file({"blocks.0.attn1.to_q.lora_A.weight": torch.zeros(2, 4)}, str(lora))
    assert not is_prophy_file(lora)
    from pipelines.services import wan_generator

    def no_model():
        raise AssertionError("recognising a variant must not load Wan")

    generator = wan_generator(pipeline_factory=no_model)
    generator.add_variant("branch", renamed)
    assert generator.prophy_variants() == ["branch"]


# ---------------------------------------------------------------------- held-out evaluation
def test_heldout_split_is_stable_and_never_trained_on(tiny_pipe, tmp_path, monkeypatch):
    import pipelines.phygdpo.trainer as trainer_module

    trained_ids = set()

    class Recording(GroupBatches):
        def __post_init__(self):
            trained_ids.update(item.group_id for item in self.items)
            super().__post_init__()

    monkeypatch.setattr(trainer_module, "GroupBatches", Recording)
    groups_file = make_tiny_groups(tmp_path / "data", groups=10, losers=1)
    config = _config(groups_file, tmp_path / "out", data={"heldout": 0.2},
                     optim={"max_steps": 4, "batch_size": 1}, train={"eval_every": 2, "log_every": 4})
    result = train(config, pipeline_factory=_factory(tiny_pipe))
    with (tmp_path / "out" / "metrics.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert [r["step"] for r in rows] == ["0", "2", "4"]
    first = rows[0]
    assert float(first["heldout_margin"]) == 0.0 and float(first["heldout_positive_share"]) == 0.0  # policy = reference
    assert all(r["heldout_error_winner"] and r["heldout_error_losers"] for r in rows)
    assert rows[0]["loss"] == "" and rows[2]["loss"] != ""
    log = (tmp_path / "out" / "train.log").read_text()
    assert "held-out evaluation: 2 group(s) never trained on" in log and "step 4 held-out: margin" in log
    items = [type("Item", (), {"group_id": f"g{i}"})() for i in range(10)]
    train_items, heldout = split_heldout(items, 0.2)
    heldout_ids = {h.group_id for h in heldout}
    assert len(heldout_ids) == 2 and {h.group_id for h in split_heldout(items[::-1], 0.2)[1]} == heldout_ids
    assert trained_ids == {f"g{i}" for i in range(10)} - heldout_ids
    assert result.state == "done"


def test_metrics_that_start_later_widen_the_csv_and_the_tab_reads_them(tmp_path):
    from pipelines.phygdpo.jobs import MetricsReader
    from pipelines.phygdpo.run_files import RunFiles

    files = RunFiles(tmp_path, enabled=True, max_steps=4)
    reader = MetricsReader(tmp_path / "metrics.csv")
    files.metrics({"step": 1, "loss": 0.5})
    assert [r["loss"] for r in reader.rows()] == [0.5]
    files.metrics({"step": 2, "loss": 0.4, "heldout_margin": 0.01})
    rows = reader.rows()
    assert [(r["step"], r["loss"], r["heldout_margin"]) for r in rows] == [(1, 0.5, None), (2, 0.4, 0.01)]
