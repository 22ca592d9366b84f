"""Physics maps from a VLM's text→image attention (issue 20, Build (a)): the attention→map math on
hand-built attention, the tiny random Qwen2-VL end to end without torchvision, and which producer
the training data path picks and records."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from pipelines.phygdpo.heldout import add_physics_maps
from pipelines.phygdpo.latent_cache import CachedGroup
from pipelines.prophy.supervision import decode_rle, encode_rle
from pipelines.prophy.vlm_maps import (
    VLMMapError,
    VLMMapMaker,
    attention_to_grids,
    grid_to_mask,
    nearest_sampled,
    physics_entities,
)


# ---------------------------------------------------------------------- attention → map
def _hand_built_attention(seed: int = 0):
    """3 layers × 2 heads over 30 tokens: 6 text tokens, then two frames of 3 × 4 visual tokens."""
    rng = np.random.default_rng(seed)
    layers = [rng.random((2, 30, 30)) * 0.01 for _ in range(3)]
    region = np.zeros((3, 4), dtype=bool)
    region[1:3, 2:4] = True  # the object: rows 1–2, columns 2–3 of frame 1
    frame1_start = 6 + 12
    keys = frame1_start + np.flatnonzero(region.reshape(-1))
    for layer in (1, 2):  # the chosen layers look at the object from the query tokens
        for query in (27, 28):
            layers[layer][:, query, keys] += 1.0
    return layers, region, [(6, 3, 4), (frame1_start, 3, 4)]


def test_attention_to_grids_matches_an_independent_average():
    layers, _, spans = _hand_built_attention()
    grids = attention_to_grids(layers, [27, 28], spans, [1, 2])
    expected = np.zeros((2, 3, 4))
    for f, (start, h, w) in enumerate(spans):
        for r in range(h):
            for c in range(w):
                values = [layers[layer][head, query, start + r * w + c]
                          for layer in (1, 2) for head in (0, 1) for query in (27, 28)]
                expected[f, r, c] = sum(values) / len(values)
    assert grids.shape == (2, 3, 4)
    np.testing.assert_allclose(grids, expected, rtol=1e-12, atol=0)


def test_a_synthetic_attention_pattern_gives_its_patch_region():
    layers, region, spans = _hand_built_attention()
    grids = attention_to_grids(layers, [27, 28], spans, [1, 2])
    mask = grid_to_mask(grids[1], 6, 8)  # 2 × 2 pixels per visual token
    assert np.array_equal(mask, np.kron(region, np.ones((2, 2), dtype=bool)))
    # frame 0 has only background noise: its map is wherever the noise peaks, never the object's region
    assert not np.array_equal(grid_to_mask(grids[0], 6, 8), mask)
    # a layer that does not look at the object dilutes the pattern but keeps its region
    assert np.array_equal(grid_to_mask(attention_to_grids(layers, [27, 28], spans, [0, 1, 2])[1], 6, 8), mask)


def test_flat_attention_gives_an_empty_map_and_bad_arguments_are_named():
    assert not grid_to_mask(np.full((3, 4), 0.2), 6, 8).any()
    layers, _, spans = _hand_built_attention()
    with pytest.raises(VLMMapError, match="no query tokens"):
        attention_to_grids(layers, [], spans, [0])
    with pytest.raises(VLMMapError, match="one visual-token grid"):
        attention_to_grids(layers, [27], [(6, 3, 4), (18, 4, 3)], [0])
    assert nearest_sampled(6, [1, 4]) == [0, 0, 0, 1, 1, 1]


def test_physics_entities_come_from_the_prompt_reading():
    assert physics_entities("A red ball rolls left and a cube slides right") == ["ball", "cube"]
    assert physics_entities("the camera pans slowly") == []


# ---------------------------------------------------------------------- the tiny Qwen2-VL
@pytest.fixture(scope="module")
def tiny_vlm(tmp_path_factory):
    from tests.helpers.tiny_qwen2_vl import build_tiny_qwen2_vl

    return build_tiny_qwen2_vl(tmp_path_factory.mktemp("tiny-qwen2-vl") / "model")


@pytest.fixture(scope="module")
def falling_ball(tmp_path_factory):
    from pipelines.core.video import write_mp4

    frames = np.full((6, 56, 112, 3), 30, dtype=np.uint8)
    for t, frame in enumerate(frames):
        frame[4 + 6 * t: 16 + 6 * t, 40:52] = (230, 40, 40)
    path = tmp_path_factory.mktemp("video") / "ball.mp4"
    write_mp4(frames, path, fps=8)
    return path


def test_the_tiny_qwen2_vl_makes_a_deterministic_map_of_the_frames_shape(tiny_vlm, falling_ball):
    from pipelines.core.judging import sample_frame_indices
    from pipelines.core.video import read_video

    frames, _ = read_video(falling_ball)
    maker = VLMMapMaker(tiny_vlm, num_frames=3)
    entry = maker.entry(falling_ball, "a ball falls onto a cube")
    assert entry["source"] == "vlm" and entry["entities"] == ["ball", "cube"]
    mask = decode_rle(entry["shape"], entry["rle"])
    assert mask.shape == frames.shape[:3] and mask.any() and not mask.all()
    again = VLMMapMaker(tiny_vlm, num_frames=3).entry(falling_ball, "a ball falls onto a cube")
    assert again == entry, "a second load of the same model gives the same map"
    # the map is the union of each object's attention map, spread to the frames nearest each sampled one
    sampled = sample_frame_indices(len(frames), 3, "segment-middle")
    grids = maker.grids(frames[sampled], "ball")
    assert grids.shape == (3, 3, 6)  # 56 × 112 frames enlarged to the 16-token floor: 84 × 168 pixels
    ball_only = maker.mask(frames, ["ball"])
    for t in range(len(frames)):
        nearest = int(np.argmin([abs(s - t) for s in sampled]))
        assert np.array_equal(ball_only[t], grid_to_mask(grids[nearest], 56, 112))
    assert (mask >= ball_only).all()


def test_a_model_that_is_not_a_vlm_is_named(tmp_path, falling_ball):
    with pytest.raises(VLMMapError, match="could not load VLM"):
        VLMMapMaker(tmp_path / "nothing-here").entry(falling_ball, "a ball falls")
    with pytest.raises(VLMMapError, match="names no object"):
        VLMMapMaker(tmp_path / "nothing-here").entry(falling_ball, "the camera pans")


# ---------------------------------------------------------------------- which producer, recorded
def _item(group_id: str, prompt: str, physics: dict | None = None) -> CachedGroup:
    none = Path("unused")
    return CachedGroup(group_id, prompt, "mechanics", none, none, (), (), (), physics=physics)


class _CountingMaker:
    model_name = "some/vlm"

    def __init__(self):
        self.calls: list[str] = []

    def entry(self, video, prompt):
        self.calls.append(str(video))
        return {"source": "vlm", "model": self.model_name, **encode_rle(np.ones((1, 2, 2), bool))}


def test_the_vlm_makes_missing_maps_when_configured_and_the_choice_is_recorded(tmp_path, falling_ball):
    given = {"rle": [4], "shape": [1, 2, 2]}
    items = [_item("given", "a ball falls", given), _item("asked", "a ball falls"), _item("no-object", "the camera pans")]
    winners = {i.group_id: falling_ball for i in items}
    lines: list[str] = []
    maker = _CountingMaker()
    record = tmp_path / "run" / "physics_maps.jsonl"
    filled = add_physics_maps(items, winners, lines.append, map_maker=maker, record=record)
    sources = {i.group_id: i.physics["source"] for i in filled}
    assert sources == {"given": "given", "asked": "vlm", "no-object": "tracker"}
    assert maker.calls == [str(falling_ball)]
    assert "1 given by the groups file, 1 from the VLM 'some/vlm'" in lines[-1] and "1 from the embedded tracker" in lines[-1]
    assert any("no-object" in line and "names no object" in line for line in lines)
    rows = [json.loads(line) for line in record.read_text().splitlines()]
    assert [(r["group"], r["physics"]["source"]) for r in rows] == [("given", "given"), ("asked", "vlm"),
                                                                  ("no-object", "tracker")]
    # a resumed run reads the recorded maps back instead of asking the VLM again
    again = add_physics_maps(items, winners, lines.append, map_maker=maker, record=record)
    assert maker.calls == [str(falling_ball)] and [i.physics for i in again] == [i.physics for i in filled]
    # without a VLM every missing map comes from the tracker (the recorded VLM map is not reused)
    tracked = add_physics_maps(items, winners, lines.append, record=record)
    assert [i.physics["source"] for i in tracked] == ["given", "tracker", "tracker"]


# ---------------------------------------------------------------------- configured where the studio configures VLMs
def test_the_studio_vlm_for_maps_is_the_judge_else_the_captioner(tmp_path):
    from pipelines.core.config import load_config
    from pipelines.services import Services

    def chosen(**sections):
        return Services(load_config(overrides={"server": {"runs_dir": str(tmp_path)}, **sections})).map_vlm()

    assert chosen() == ""  # motion judge and captioner: the tracker makes the maps
    assert chosen(judge={"backend": "vlm", "model": "/m/judge"}, captioner={"backend": "vlm", "model": "/m/cap"}) == "/m/judge"
    assert chosen(captioner={"backend": "vlm", "model": "/m/cap"}) == "/m/cap"
    assert chosen(judge={"backend": "openai", "model": "gpt-4o",
                         "base_url": "http://127.0.0.1:9"}) == "", "a remote model cannot show its attention"


def test_training_uses_the_configured_vlm_for_winners_without_maps(tiny_vlm, tmp_path):
    import copy

    import torch

    from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
    from pipelines.core.video import read_video
    from pipelines.phygdpo.train_config import config_from_dict
    from pipelines.phygdpo.trainer import train
    from pipelines.phygdpo.training_errors import TrainingError
    from pipelines.phygdpo.training_inputs import PHYSICS_RECORD
    from tests.helpers.tiny_train import make_tiny_groups, tiny_config_dict

    torch.set_num_threads(1)
    groups_file = make_tiny_groups(tmp_path / "data", groups=2, losers=0)
    pipe = build_tiny_wan_pipeline(seed=0)

    def run(out, **prophy):
        config = config_from_dict(tiny_config_dict(groups_file, out, loss={"objective": "prophy"},
                                                   optim={"max_steps": 1}, data={"heldout": 0.0},
                                                   prophy={"maps": "batch", **prophy}))
        return train(config, pipeline_factory=lambda: copy.deepcopy(pipe))

    assert run(tmp_path / "vlm", map_vlm=str(tiny_vlm)).state == "done"
    log = (tmp_path / "vlm" / "train.log").read_text()
    assert f"VLM {str(tiny_vlm)!r}" in log and "0 given by the groups file, 2 from the VLM" in log
    rows = [json.loads(line) for line in (tmp_path / "vlm" / PHYSICS_RECORD).read_text().splitlines()]
    assert [r["physics"]["source"] for r in rows] == ["vlm", "vlm"]
    frames, _ = read_video(groups_file.parent / "g0_winner.mp4")
    assert rows[0]["physics"]["shape"] == list(frames.shape[:3])

    assert run(tmp_path / "tracker").state == "done"
    rows = [json.loads(line) for line in (tmp_path / "tracker" / PHYSICS_RECORD).read_text().splitlines()]
    assert [r["physics"]["source"] for r in rows] == ["tracker", "tracker"]
    with pytest.raises(TrainingError, match=r"\[prophy\] map_vlm: could not load VLM"):
        run(tmp_path / "bad", map_vlm=str(tmp_path / "no-model"))
