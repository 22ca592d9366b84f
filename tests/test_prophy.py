"""ProPhy on the tiny Wan: exactness of the zero-initialised branch, routing rules, losses, training,
files, per-call variants and the inspection tools."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

import torch.nn.functional as F  # noqa: E402

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline  # noqa: E402
from pipelines.core.layout import Layout, LayoutObject, box_to_token_mask  # noqa: E402
from pipelines.eval.prompts import BUILTIN_PROMPTS, load_prompts  # noqa: E402
from pipelines.prophy.attach import (  # noqa: E402
    ProPhyAttachError,
    ProPhyCrossAttention,
    ProPhyVariant,
    appended_token_count,
    attach_prophy,
    attachment_of,
    deactivate_prophy,
    detach_prophy,
)
from pipelines.prophy.config import (  # noqa: E402
    ProPhyConfig,
    ProPhyConfigError,
    classify_prompt,
    default_refinement_blocks,
    prompt_categories,
    resolve_category,
)
from pipelines.prophy.inspect import (  # noqa: E402
    category_distribution,
    category_figure,
    expert_overlay,
    expert_palette,
    expert_usage_figure,
    inspect_prompt,
    latent_frame_of,
)
from pipelines.prophy.io import ProPhyFileError, load_prophy, read_prophy_header, save_prophy  # noqa: E402
from pipelines.prophy.losses import (  # noqa: E402
    alignment_loss,
    category_loss,
    layout_token_map,
    resize_map_to_grid,
)
from pipelines.prophy.module import ProPhyModule, RefinementExperts, SemanticExperts  # noqa: E402
from pipelines.prophy.objective import ProPhyObjective, read_prophy_section  # noqa: E402
from tests.helpers.same import assert_same_float, assert_same_weights  # noqa: E402

CALL = dict(prompt="a red ball falls and bounces on the ground", negative_prompt="blurry", height=64, width=64,
            num_frames=9, num_inference_steps=2, output_type="latent")
GRID = (3, 4, 4)  # 9 frames → 3 latent frames; 64 px → 8 latent → 4 tokens per side


@pytest.fixture(scope="module")
def pipe():
    return build_tiny_wan_pipeline(seed=0)


@pytest.fixture()
def clean(pipe):
    """The tiny pipeline with no ProPhy left behind by the test."""
    yield pipe
    detach_prophy(pipe.transformer)


def run(pipe, seed=0):
    """A full WanPipeline call (under the pipeline's own no_grad)."""
    return pipe(**CALL, generator=torch.Generator().manual_seed(seed)).frames


@pytest.fixture(scope="module")
def inputs(pipe):
    """One transformer call's inputs: cheaper than a pipeline call for the many equality checks."""
    with torch.no_grad():
        embeds, negative = pipe.encode_prompt(CALL["prompt"], CALL["negative_prompt"], max_sequence_length=512)
    generator = torch.Generator().manual_seed(3)
    return {"hidden_states": torch.randn(2, 16, 3, 8, 8, generator=generator),
            "timestep": torch.tensor([700.0, 700.0]), "encoder_hidden_states": torch.cat([embeds, negative])}


def forward(pipe, inputs):
    with torch.no_grad():
        return pipe.transformer(**inputs, return_dict=False)[0]


def fresh_module(pipe, config=None, seed=0):
    torch.manual_seed(seed)
    return ProPhyModule(config or ProPhyConfig(), 24, 2)


def randomise(module, scale=0.2, seed=1):
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for parameter in module.parameters():
            parameter.add_(torch.randn(parameter.shape, generator=generator) * scale)
    return module


# ---------------------------------------------------------------------- config
def test_config_rejects_settings_that_cannot_work():
    with pytest.raises(ProPhyConfigError, match="top_k"):
        ProPhyConfig(top_k=11)
    with pytest.raises(ProPhyConfigError, match="num_semantic_experts"):
        ProPhyConfig(num_semantic_experts=3)
    with pytest.raises(ProPhyConfigError, match="ambient"):
        ProPhyConfig(num_refinement_experts=4)
    with pytest.raises(ProPhyConfigError, match="reserved"):
        ProPhyConfig(categories=("mechanics", "ambient"))
    with pytest.raises(ProPhyConfigError, match=r"unknown ProPhy setting\(s\) \['rank'\]"):
        ProPhyConfig.from_dict({"rank": 4})
    with pytest.raises(ProPhyConfigError, match="do not exist"):
        ProPhyConfig(refinement_blocks=(5,)).resolve_blocks(2)
    config = ProPhyConfig(refinement_blocks=(-1, 0), prior_blocks=(1,))
    assert config.resolve_blocks(4) == ((1,), (0, 3))
    assert ProPhyConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config


def test_expert_groups_cover_every_category_and_default_blocks():
    config = ProPhyConfig()
    assert config.semantic_expert_categories() == [0, 0, 1, 1, 2, 2, 3, 3]
    assert config.refinement_expert_groups() == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert config.group_names == ("mechanics", "optics", "thermal", "material", "ambient")
    uneven = ProPhyConfig(num_semantic_experts=5, num_refinement_experts=7)
    assert sorted(set(uneven.semantic_expert_categories())) == [0, 1, 2, 3]
    assert sorted(set(uneven.refinement_expert_groups())) == [0, 1, 2, 3, 4]
    assert default_refinement_blocks(30) == (15, 17, 19, 21, 23, 25, 27, 29)
    assert default_refinement_blocks(2) == (1,) and default_refinement_blocks(4) == (2, 3)


def test_keyword_classifier_labels_our_prompt_set():
    prompts = load_prompts(BUILTIN_PROMPTS)
    config = ProPhyConfig()
    labels = [classify_prompt(p.prompt, config) for p in prompts]
    contains = np.mean([p.category in found for p, found in zip(prompts, labels)])
    top = np.mean([bool(found) and found[0] == p.category for p, found in zip(prompts, labels)])
    assert contains >= 0.95 and top >= 0.85, (contains, top)
    assert classify_prompt("A laser beam reflects off a mirror onto the ceiling") == ("optics",)
    assert classify_prompt("Butter melts in a hot pan and starts to smoke") == ("thermal",)
    assert set(classify_prompt("Lava flows down a slope and the snow melts")) == {"mechanics", "thermal"}
    assert classify_prompt("The quick brown fox is asleep") == ()


def test_group_labels_win_over_the_classifier():
    config = ProPhyConfig()
    assert resolve_category("Force", config) == "mechanics"  # PhyGenBench's label
    assert resolve_category("light", config) == "optics"
    assert resolve_category("Total internal reflection", config) == "optics"  # a law name
    assert resolve_category("nonsense", config) is None
    assert prompt_categories("thermal", "a ball falls", config) == ("thermal",)
    assert prompt_categories(None, "a ball falls", config) == ("mechanics",)


# ---------------------------------------------------------------------- experts
def test_semantic_router_is_a_distribution_and_mixes_token_banks():
    torch.manual_seed(0)
    experts = SemanticExperts(dim=24, num_experts=8, num_tokens=5, expert_categories=[0, 0, 1, 1, 2, 2, 3, 3],
                              num_categories=4, hidden=16)
    text = torch.randn(3, 7, 24)
    mask = torch.tensor([[1] * 7, [1] * 3 + [0] * 4, [1] + [0] * 6], dtype=torch.bool)
    out = experts(text, mask)
    assert torch.allclose(out.expert_weights.sum(-1), torch.ones(3), atol=1e-6)
    by_group = out.expert_weights.view(3, 4, 2).sum(-1)  # contiguous groups of two experts
    assert torch.allclose(out.category_probabilities(), by_group, atol=1e-6)
    expected = sum(out.expert_weights[:, s, None, None] * experts.banks[s] for s in range(8))
    assert torch.allclose(out.prior_tokens, expected, atol=1e-5)
    # padding does not reach the router: changing padded tokens changes nothing
    changed = text.clone()
    changed[1, 3:] = 100.0
    assert torch.equal(experts(changed, mask).expert_logits[1], out.expert_logits[1])


def test_refinement_router_keeps_exactly_top_k_and_matches_a_per_token_loop():
    torch.manual_seed(0)
    experts = RefinementExperts(dim=24, num_experts=6, top_k=2, rank=3)
    with torch.no_grad():
        experts.up.normal_()
        experts.router.weight.normal_()
    hidden, prior = torch.randn(2, 10, 24), torch.randn(2, 4, 24)
    update, routing = experts(hidden, prior)
    assert routing.probs.shape == routing.weights.shape == (2, 10, 6) and routing.indices.shape == (2, 10, 2)
    assert torch.allclose(routing.probs.sum(-1), torch.ones(2, 10), atol=1e-6)
    assert torch.allclose(routing.weights.sum(-1), torch.ones(2, 10), atol=1e-6)
    assert ((routing.weights > 0).sum(-1) == 2).all()
    assert torch.equal(routing.indices, routing.probs.topk(2, dim=-1).indices)
    normed = F.layer_norm(hidden, (24,), eps=1e-6)
    logits = normed @ experts.router.weight.T + experts.router.bias + (prior.mean(1) @ experts.prior_router.weight.T)[:, None]
    assert torch.allclose(routing.probs, logits.softmax(-1), atol=1e-6)
    down, up = experts.down.view(24, 6, 3), experts.up.view(6, 3, 24)
    for b in range(2):
        for n in range(10):
            chosen = routing.indices[b, n]
            top = logits[b, n].softmax(-1)[chosen]
            expected = sum((top[i] / top.sum()) * (F.gelu(normed[b, n] @ down[:, e]) @ up[e]) for i, e in enumerate(chosen))
            assert torch.allclose(update[b, n], expected, atol=1e-5)


# ---------------------------------------------------------------------- attaching
def test_fresh_branch_leaves_the_output_identical_and_detach_restores_it(clean, inputs):
    transformer = clean.transformer
    base = forward(clean, inputs)
    processors = [block.attn2.processor for block in transformer.blocks]
    attachment = attach_prophy(transformer, fresh_module(clean))
    assert torch.equal(forward(clean, inputs), base)  # zero-initialised: bit-identical
    assert appended_token_count(transformer) == 16
    assert attachment.grid == GRID
    assert set(attachment.routing) == {1}
    assert attachment.routing[1].probs.shape == (2, 48, 10)  # two prompts, 3·4·4 tokens, 10 experts
    randomise(attachment.module)
    trained = forward(clean, inputs)
    assert not torch.allclose(trained, base, atol=1e-3)
    attachment.disable()
    assert torch.equal(forward(clean, inputs), base) and appended_token_count(transformer) == 0
    attachment.enable()
    assert torch.equal(forward(clean, inputs), trained)
    attachment.detach()
    assert torch.equal(forward(clean, inputs), base)
    assert [block.attn2.processor for block in transformer.blocks] == processors
    assert attachment_of(transformer) is None
    assert not transformer._forward_hooks and not transformer._forward_pre_hooks
    assert not transformer.condition_embedder._forward_hooks
    assert all(not block._forward_hooks for block in transformer.blocks)


def test_wan_pipeline_runs_with_the_branch_under_no_grad(clean):
    base = run(clean)
    attachment = attach_prophy(clean.transformer, fresh_module(clean))
    assert torch.equal(run(clean), base)
    randomise(attachment.module)
    assert not torch.allclose(run(clean), base, atol=1e-3)


def test_prior_tokens_are_appended_to_the_text_the_cross_attention_sees(clean, inputs):
    transformer = clean.transformer
    attachment = attach_prophy(transformer, randomise(fresh_module(clean)))
    seen = {}
    handle = transformer.condition_embedder.register_forward_hook(
        lambda module, args, output: seen.__setitem__("text", output[2]))
    try:
        forward(clean, inputs)
    finally:
        handle.remove()
    text = seen["text"]
    assert text.shape[1] == 512 + 16
    assert torch.equal(text[:, -16:], attachment.semantic.prior_tokens.to(text.dtype))


def test_gated_prior_attention_equals_wans_own_image_token_attention():
    """With the gate at one, our decoupled prior attention is what Wan's I2V processor computes for
    image tokens given the same projections: an independent check against the library."""
    from diffusers.models.transformers.transformer_wan import WanAttention, WanAttnProcessor

    torch.manual_seed(0)
    plain = WanAttention(dim=24, heads=2, dim_head=12, cross_attention_dim_head=12, processor=WanAttnProcessor())
    i2v = WanAttention(dim=24, heads=2, dim_head=12, cross_attention_dim_head=12, added_kv_proj_dim=24,
                       processor=WanAttnProcessor())
    i2v.load_state_dict(plain.state_dict(), strict=False)
    i2v.add_k_proj.load_state_dict(plain.to_k.state_dict())
    i2v.add_v_proj.load_state_dict(plain.to_v.state_dict())
    i2v.norm_added_k.load_state_dict(plain.norm_k.state_dict())
    hidden, text, prior = torch.randn(1, 20, 24), torch.randn(1, 512, 24), torch.randn(1, 6, 24)

    class OneBlock:
        num_prior_tokens, enabled = 6, True

        class module:  # stands in for ProPhyModule
            @staticmethod
            def prior_gate(block):
                return torch.ones(24)

    processor = ProPhyCrossAttention(plain.processor, 0, OneBlock())
    ours = processor(plain, hidden, torch.cat([text, prior], dim=1))
    library = i2v(hidden, torch.cat([prior, text], dim=1))
    assert torch.allclose(ours, library, atol=1e-5)


def test_each_mechanism_changes_the_output_on_its_own(clean, inputs):
    base = forward(clean, inputs)
    module = fresh_module(clean)
    attachment = attach_prophy(clean.transformer, module)
    with torch.no_grad():
        module.prior_gates["block0"].fill_(1.0)
    gated = forward(clean, inputs)
    assert not torch.allclose(gated, base, atol=1e-4)
    with torch.no_grad():
        module.prior_gates["block0"].zero_()
        module.refinement["block1"].up.normal_()
    assert not torch.allclose(forward(clean, inputs), base, atol=1e-4)
    attachment.detach()


def test_a_module_for_another_backbone_is_refused(clean):
    with pytest.raises(ProPhyAttachError, match="width 32 and 2 blocks"):
        attach_prophy(clean.transformer, ProPhyModule(ProPhyConfig(), 32, 2))
    attach_prophy(clean.transformer, fresh_module(clean))
    with pytest.raises(ProPhyAttachError, match="already attached"):
        attach_prophy(clean.transformer, fresh_module(clean))


# ---------------------------------------------------------------------- losses and maps
def test_alignment_loss_matches_a_hand_computation():
    group_probs = torch.tensor([[[0.7, 0.1, 0.2], [0.2, 0.2, 0.6], [0.5, 0.4, 0.1]]])  # 3 tokens, groups a, b, ambient
    target = torch.tensor([[1.0, 0.0, 1.0]])
    groups = torch.tensor([[True, True, False]])
    p = [0.8, 0.4, 0.9]
    inside = -(math.log(p[0]) + math.log(p[2])) / 2
    outside = -math.log(1 - p[1])
    loss = alignment_loss(group_probs, target, groups, torch.tensor([True]))
    assert loss.item() == pytest.approx((inside + outside) / 2, rel=1e-6)
    empty = alignment_loss(group_probs, torch.zeros(1, 3), groups, torch.tensor([True]))  # outside only
    assert empty.item() == pytest.approx(-(math.log(0.2) + math.log(0.6) + math.log(0.1)) / 3, rel=1e-5)
    assert alignment_loss(group_probs, target, groups, torch.tensor([False])).item() == 0.0


def test_category_loss_is_cross_entropy_against_the_labels_spread_evenly():
    logits = torch.tensor([[2.0, -1.0], [0.5, 0.5], [3.0, 1.0]])
    labels = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    labelled = torch.tensor([True, False, True])
    log_p = [[v - math.log(sum(math.exp(x) for x in row)) for v in row] for row in logits.tolist()]
    expected = (-log_p[0][0] + -(0.5 * log_p[2][0] + 0.5 * log_p[2][1])) / 2
    assert category_loss(logits, labels, labelled).item() == pytest.approx(expected, rel=1e-6)


def test_physics_maps_land_on_the_latent_token_grid():
    video = np.zeros((9, 32, 32), dtype=np.float32)
    video[1:5, :16, :16] = 2.0  # latent frame 1 = video frames 1-4: top-left quadrant
    video[5:9, 16:, 16:] = 1.0  # latent frame 2: bottom-right
    grid_map = resize_map_to_grid(video, (3, 4, 4)).numpy()
    assert grid_map.shape == (3, 4, 4)
    assert np.array_equal(grid_map[0], np.zeros((4, 4)))
    assert np.array_equal(grid_map[1][:2, :2], np.ones((2, 2))) and grid_map[1].sum() == 4
    assert np.array_equal(grid_map[2][2:, 2:], np.ones((2, 2))) and grid_map[2].sum() == 4
    box = (0.1, 0.5, 0.5, 0.9)
    layout = Layout(objects=(LayoutObject(0, "ball", (box, box)),), num_keyframes=2)
    mask = layout_token_map(layout, (3, 4, 6))
    assert mask.shape == (3, 4, 6) and all(np.array_equal(mask[f], box_to_token_mask(box, 4, 6)) for f in range(3))


# ---------------------------------------------------------------------- training
def toy_batch(pipe):
    prompts = ["a red ball falls and bounces on the floor", "a candle burns and the wax melts"]
    with torch.no_grad():
        embeds, _ = pipe.encode_prompt(prompts, do_classifier_free_guidance=False, max_sequence_length=64)
    latents = torch.randn(2, 16, 3, 8, 8, generator=torch.Generator().manual_seed(0))
    return {"prompt_embeds": embeds, "winner_latents": latents, "loser_latents": latents[:, None],
            "loser_sa": torch.zeros(2, 1), "loser_pc": torch.zeros(2, 1), "category": [None, "thermal"],
            "prompt": prompts}


def test_training_steps_reduce_every_loss_and_touch_only_the_branch(clean):
    transformer = clean.transformer
    before = {k: v.clone() for k, v in transformer.state_dict().items()}
    objective = ProPhyObjective.from_section({"align_weight": 1.0, "category_weight": 1.0})
    params = objective.attach(transformer)
    assert {id(p) for p in params} == {id(p) for p in objective.module.parameters()}
    assert not any(p.requires_grad for name, p in transformer.named_parameters() if not name.startswith("prophy_branch"))
    batch = toy_batch(clean)
    optimizer = torch.optim.AdamW(params, lr=3e-3, weight_decay=0.0)
    history = []
    for _ in range(12):
        loss, metrics = objective.loss(transformer, batch, torch.Generator().manual_seed(7))  # same noise and t
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        history.append(metrics)
    first, last = history[0], history[-1]
    assert first["labelled_share"] == 1.0 and first["mapped_share"] == 1.0  # classifier + planner fallback
    for key in ("loss", "flow_matching", "alignment", "category_loss"):
        assert last[key] < first[key], (key, first[key], last[key])
    assert last["category_accuracy"] == 1.0
    after = transformer.state_dict()
    assert all(torch.equal(before[k], after[k]) for k in before)  # backbone untouched
    objective.attachment.detach()
    assert "prophy_branch" not in dict(transformer.named_children())


def test_gradient_checkpointing_gives_the_same_loss_and_gradients(clean):
    transformer = clean.transformer
    objective = ProPhyObjective.from_section({"align_weight": 1.0, "category_weight": 1.0})
    params = objective.attach(transformer)
    randomise(objective.module)
    batch = toy_batch(clean)
    results = []
    try:
        for checkpointing in (False, True):
            if checkpointing:
                transformer.enable_gradient_checkpointing()
            transformer.train()
            for parameter in params:
                parameter.grad = None
            loss, _ = objective.loss(transformer, batch, torch.Generator().manual_seed(7))
            loss.backward()
            results.append((loss.item(), [parameter.grad.clone() for parameter in params]))
    finally:
        transformer.disable_gradient_checkpointing()
        transformer.eval()
    assert results[0][0] == pytest.approx(results[1][0], rel=1e-6)
    assert all(torch.allclose(a, b, atol=1e-6) for a, b in zip(results[0][1], results[1][1]))


def test_objective_section_is_checked():
    with pytest.raises(ProPhyConfigError, match="unknown key.*lora_rank"):
        read_prophy_section({"lora_rank": 4})
    with pytest.raises(ProPhyConfigError, match="maps must be one of"):
        read_prophy_section({"maps": "vlm"})
    config, settings = read_prophy_section({"top_k": 3, "shift": 5.0}, {"timesteps": "logit-normal", "shift": 1.0})
    assert config.top_k == 3 and settings.timesteps == "logit-normal" and settings.shift == 5.0


def test_the_trainer_builds_this_objective_from_its_config(tmp_path):
    from pipelines.phygdpo.objective import build_objective
    from pipelines.phygdpo.train_config import config_from_dict

    config = config_from_dict({"data": {"groups": str(tmp_path / "groups.jsonl")},
                               "loss": {"objective": "prophy", "shift": 5.0},
                               "prophy": {"num_refinement_experts": 5, "top_k": 1, "maps": "planner"}})
    objective = build_objective(config)
    assert isinstance(objective, ProPhyObjective) and objective.name == "prophy"
    assert (objective.config.num_refinement_experts, objective.config.top_k) == (5, 1)
    assert (objective.settings.maps, objective.settings.shift) == ("planner", 5.0)


# ---------------------------------------------------------------------- files and variants
def test_save_load_round_trip_gives_identical_outputs(clean, inputs, tmp_path):
    module = randomise(fresh_module(clean, ProPhyConfig(top_k=3, prior_tokens=8)))
    path = save_prophy(module, tmp_path / "run", {"step": 12, "data": "groups.jsonl"})
    assert path.name == "prophy.safetensors"
    header = read_prophy_header(tmp_path / "run")
    assert header["config"] == module.config and header["metadata"] == {"data": "groups.jsonl", "step": 12}
    loaded = load_prophy(path)
    assert loaded.state_dict().keys() == module.state_dict().keys()
    attachment = attach_prophy(clean.transformer, module)
    original = forward(clean, inputs)
    attachment.detach()
    attach_prophy(clean.transformer, loaded)
    assert_same_weights(loaded, module)
    assert_same_float(forward(clean, inputs), original)  # another module object: equal to a tolerance
    from safetensors.torch import save_file

    save_file({"x.lora_A.weight": torch.zeros(2, 2)}, str(tmp_path / "lora.safetensors"))
    with pytest.raises(ProPhyFileError, match="not a ProPhy file"):
        load_prophy(tmp_path / "lora.safetensors")
    with pytest.raises(ProPhyFileError, match="not found"):
        load_prophy(tmp_path / "missing")


def test_variants_switch_per_call_on_one_backbone(clean, inputs, tmp_path):
    base = forward(clean, inputs)
    first = save_prophy(randomise(fresh_module(clean), seed=1), tmp_path / "a.safetensors")
    second = save_prophy(randomise(fresh_module(clean), seed=2), tmp_path / "b.safetensors")
    variant_a, variant_b = ProPhyVariant("physics-a", first), ProPhyVariant("physics-b", second)
    with pytest.raises(ProPhyAttachError, match="letters, digits"):
        ProPhyVariant("my variant", first)
    transformer = clean.transformer
    variant_a.activate(transformer)
    out_a = forward(clean, inputs)
    variant_b.activate(transformer)
    out_b = forward(clean, inputs)
    assert not torch.allclose(out_a, out_b, atol=1e-4) and not torch.allclose(out_a, base, atol=1e-4)
    variant_b.deactivate(transformer)
    assert torch.equal(forward(clean, inputs), base)
    variant_a.activate(transformer)
    assert torch.equal(forward(clean, inputs), out_a)
    deactivate_prophy(transformer)
    assert torch.equal(forward(clean, inputs), base)
    assert len(variant_a.file_hash) == 16 and variant_a.file_hash != variant_b.file_hash


# ---------------------------------------------------------------------- inspection
def test_inspection_reports_categories_and_per_token_experts(clean):
    from pipelines.backends.wan_loading import decode_latents

    attach_prophy(clean.transformer, randomise(fresh_module(clean), scale=0.5))
    categories = category_distribution(clean, CALL["prompt"])
    assert list(categories) == ["mechanics", "optics", "thermal", "material"]
    assert sum(categories.values()) == pytest.approx(1.0, abs=1e-6)
    result = inspect_prompt(clean, CALL["prompt"], negative_prompt="blurry", height=64, width=64, num_frames=9,
                            steps=2, cfg_scale=5.0, seed=0)
    assert result.categories == categories and set(result.expert_choice) == {1}
    choice = result.expert_choice[1]
    assert choice.shape == GRID and np.array_equal(choice, result.expert_probs[1].argmax(-1))
    plain = decode_latents(clean, run(clean))  # inspecting does not change the video
    assert result.frames.shape == (9, 64, 64, 3) and np.array_equal(result.frames, plain)

    palette = expert_palette(result.group_names, result.expert_groups)
    assert palette.shape == (10, 3) and len({tuple(c) for c in palette}) == 10
    assert np.array_equal(expert_overlay(result.frames, choice, palette, alpha=0.0), result.frames)
    painted = expert_overlay(result.frames, choice, palette, alpha=1.0)
    for t in (0, 1, 4, 5, 8):
        f = latent_frame_of(t, 9, 3)
        assert f == (0 if t == 0 else (t - 1) // 4 + 1)
        assert np.array_equal(painted[t, 0, 0], palette[choice[f, 0, 0]])  # top-left token's expert
        assert np.array_equal(painted[t, 63, 63], palette[choice[f, 3, 3]])
    pytest.importorskip("plotly")
    assert len(category_figure(categories).data) == 1
    usage = expert_usage_figure(result)
    assert len(usage.data) == 5
    assert np.allclose(sum(np.asarray(trace.y) for trace in usage.data), 1.0)



def test_branch_is_a_named_removable_hook_and_capture_follows_the_pipeline_labels(clean):
    from diffusers.hooks import HookRegistry

    from pipelines.prophy.attach import PROPHY_HOOK

    transformer = clean.transformer
    attachment = attach_prophy(transformer, randomise(fresh_module(clean), scale=0.5))
    assert not hasattr(transformer, "_phystudio_prophy")  # found through the registry, not an attribute
    assert HookRegistry.check_if_exists_or_initialize(transformer).get_hook(PROPHY_HOOK).attachment is attachment
    assert HookRegistry.check_if_exists_or_initialize(transformer.condition_embedder).get_hook(PROPHY_HOOK) is not None
    per_call = []  # block 1's routing after every transformer call: cond 0, uncond 0, cond 1, uncond 1
    handle = transformer.register_forward_hook(lambda *args: per_call.append(attachment.routing[1].indices.clone()))
    try:
        with attachment.capturing(step=1) as captured:
            run(clean)  # 2 steps with CFG
    finally:
        handle.remove()
    assert len(per_call) == 4
    assert torch.equal(captured[1].indices, per_call[2])  # the conditional call of step 1, by the pipeline's labels
    assert not torch.equal(per_call[2], per_call[3])  # the unconditional call routes differently
    attachment.detach()
    for module in (transformer, transformer.condition_embedder, *transformer.blocks):
        registry = getattr(module, "_diffusers_hook", None)
        assert registry is None or registry.get_hook(PROPHY_HOOK) is None
    assert attachment_of(transformer) is None
