"""LoRA variants on the tiny Wan: both file formats load, equal a manual weight merge, switch without reloading."""

from __future__ import annotations

import copy
import hashlib

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("peft")
from safetensors.torch import save_file  # noqa: E402

from pipelines.backends.lora import (  # noqa: E402
    LoraError,
    adapter_names,
    detect_lora_format,
    load_lora_variant,
    lora_file_hash,
    resolve_lora_file,
)
from pipelines.backends.tiny_wan import build_tiny_wan_pipeline  # noqa: E402
from pipelines.backends.wan import WanGenerator, WanSettings  # noqa: E402
from pipelines.core.generation import GenerationError, GenerationRequest  # noqa: E402
from tests.helpers.same import assert_same_video  # noqa: E402

RANK = 4
DIFFUSERS_ALPHA = 8  # peft scale alpha/r = 2: checks that the saved metadata is honoured
TARGETS = ["to_q", "to_k", "to_v", "to_out.0", "net.0.proj", "net.2"]
# Official PhyGDPO / original-Wan names → diffusers module names, written out independently here.
ATTENTION = {"self_attn": "attn1", "cross_attn": "attn2"}
PROJECTIONS = {"q": "to_q", "k": "to_k", "v": "to_v", "o": "to_out.0"}
FFN = {"ffn.0": "ffn.net.0.proj", "ffn.2": "ffn.net.2"}
SMALL = dict(prompt="a ball rolls down a ramp", width=64, height=64, num_frames=9, steps=3, fps=8)


def _module(root, dotted: str):
    for part in dotted.split("."):
        root = root[int(part)] if part.isdigit() else getattr(root, part)
    return root


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """A peft LoRA saved in diffusers format and one in the official PhyGDPO format, with their factors."""
    from diffusers import WanPipeline
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    folder = tmp_path_factory.mktemp("loras")
    transformer = build_tiny_wan_pipeline(seed=0).transformer
    torch.manual_seed(11)
    transformer.add_adapter(LoraConfig(r=RANK, lora_alpha=DIFFUSERS_ALPHA, target_modules=TARGETS,
                                       init_lora_weights=False), adapter_name="sft")
    peft_state = get_peft_model_state_dict(transformer, adapter_name="sft")
    WanPipeline.save_lora_weights(folder / "sft", transformer_lora_layers=peft_state,
                                  transformer_lora_adapter_metadata=transformer.peft_config["sft"].to_dict())
    sft_factors = {key[: -len(".lora_A.weight")]: (peft_state[key], peft_state[key.replace("lora_A", "lora_B")])
                   for key in peft_state if key.endswith(".lora_A.weight")}

    generator = torch.Generator().manual_seed(12)
    official, dpo_factors = {}, {}
    base = build_tiny_wan_pipeline(seed=0).transformer
    for i in range(len(base.blocks)):
        names = {f"{kind}.{p}": f"{ATTENTION[kind]}.{target}" for kind in ATTENTION for p, target in PROJECTIONS.items()}
        names.update(FFN)
        for original, diffusers_name in names.items():
            linear = _module(base, f"blocks.{i}.{diffusers_name}")
            a = torch.randn(RANK, linear.in_features, generator=generator) * 0.3
            b = torch.randn(linear.out_features, RANK, generator=generator) * 0.3
            official[f"blocks.{i}.{original}.lora_A.dpo.weight"] = a
            official[f"blocks.{i}.{original}.lora_B.dpo.weight"] = b
            dpo_factors[f"blocks.{i}.{diffusers_name}"] = (a, b)
    save_file(official, str(folder / "phygdpo.safetensors"))
    original_wan = {key.replace(".dpo.", "."): value for key, value in official.items()}
    save_file(original_wan, str(folder / "original.safetensors"))
    return {"sft": folder / "sft", "phygdpo": folder / "phygdpo.safetensors",
            "original": folder / "original.safetensors", "sft_factors": sft_factors, "dpo_factors": dpo_factors,
            "folder": folder}


def merged_transformer(factors: dict, scale: float):
    """The base transformer with W ← W + scale·B·A applied by hand."""
    transformer = copy.deepcopy(build_tiny_wan_pipeline(seed=0).transformer)
    with torch.no_grad():
        for name, (a, b) in factors.items():
            _module(transformer, name).weight += scale * (b @ a)
    return transformer


def transformer_output(transformer, **kwargs):
    generator = torch.Generator().manual_seed(3)
    inputs = dict(hidden_states=torch.randn(1, 16, 3, 8, 8, generator=generator), timestep=torch.tensor([700.0]),
                  encoder_hidden_states=torch.randn(1, 12, 32, generator=generator))
    with torch.no_grad():
        return transformer(**inputs, return_dict=False, **kwargs)[0]


# ------------------------------------------------------------------------------------ numerics
@pytest.mark.parametrize("name, factors, scale, expected_format", [
    ("sft", "sft_factors", DIFFUSERS_ALPHA / RANK, "diffusers"),
    ("phygdpo", "dpo_factors", 1.0, "phygdpo"),
    ("original", "dpo_factors", 1.0, "original-wan"),
])
def test_adapter_equals_manual_weight_merge(files, name, factors, scale, expected_format):
    pipe = build_tiny_wan_pipeline(seed=0)
    base = transformer_output(pipe.transformer)
    variant = load_lora_variant(pipe, name, files[name])
    assert variant.file_format == expected_format and variant.layers == 2 * 10
    with_lora = transformer_output(pipe.transformer)
    expected = transformer_output(merged_transformer(files[factors], scale))
    assert (with_lora - base).abs().max() > 1e-2  # the adapter really changes the output
    torch.testing.assert_close(with_lora, expected, atol=2e-5, rtol=1e-4)
    assert torch.equal(transformer_output(pipe.transformer, attention_kwargs={"scale": 0.0}), base)


def test_file_hash_is_the_sha256_prefix(files):
    path = files["phygdpo"]
    assert lora_file_hash(path) == hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    assert resolve_lora_file(files["sft"]) == files["sft"] / "pytorch_lora_weights.safetensors"


def test_formats_are_told_apart_by_key_names():
    tensor = torch.zeros(1)
    assert detect_lora_format({"blocks.0.self_attn.q.lora_A.dpo.weight": tensor}) == "phygdpo"
    assert detect_lora_format({"blocks.0.self_attn.q.lora_A.weight": tensor,
                               "head.head.lora_A.weight": tensor}) == "original-wan"
    assert detect_lora_format({"transformer.blocks.0.attn1.to_q.lora_A.weight": tensor}) == "diffusers"
    assert detect_lora_format({"diffusion_model.blocks.0.self_attn.q.lora_down.weight": tensor}) == "diffusers"


# ------------------------------------------------------------------------------------ the generator
@pytest.fixture(scope="module")
def studio(files):
    calls = []

    def factory():
        calls.append(1)
        return build_tiny_wan_pipeline(seed=0)

    settings = WanSettings(model="tiny-wan", dtype="float32", device="cpu",
                           loras={"sft": str(files["sft"]), "phygdpo": str(files["phygdpo"])})
    return WanGenerator(settings, pipeline_factory=factory), calls


def test_variants_switch_per_call_without_reloading(studio, files):
    generator, calls = studio
    assert generator.variants() == ["sft", "phygdpo"]
    base = generator.generate(GenerationRequest(**SMALL)).frames
    dpo = generator.generate(GenerationRequest(**SMALL, variant="phygdpo"))
    sft = generator.generate(GenerationRequest(**SMALL, variant="sft")).frames
    base_again = generator.generate(GenerationRequest(**SMALL)).frames
    dpo_again = generator.generate(GenerationRequest(**SMALL, variant="phygdpo")).frames
    assert len(calls) == 1
    np.testing.assert_array_equal(base_again, base)
    np.testing.assert_array_equal(dpo_again, dpo.frames)
    assert not np.array_equal(dpo.frames, base) and not np.array_equal(sft, base) and not np.array_equal(sft, dpo.frames)
    assert dpo.variant == "phygdpo" and dpo.lora_hash == lora_file_hash(files["phygdpo"])
    assert dpo.info["lora_format"] == "phygdpo"


def test_base_output_with_adapters_loaded_equals_a_pipeline_without_them(studio):
    generator, _ = studio
    plain = WanGenerator(WanSettings(model="tiny-wan", dtype="float32", device="cpu"),
                         pipeline_factory=lambda: build_tiny_wan_pipeline(seed=0))
    np.testing.assert_array_equal(generator.generate(GenerationRequest(**SMALL, variant="phygdpo")).frames.shape,
                                  (9, 64, 64, 3))
    assert_same_video(generator.generate(GenerationRequest(**SMALL)).frames, plain.generate(GenerationRequest(**SMALL)).frames)


def test_variant_output_matches_a_merged_backbone(studio, files):
    generator, _ = studio

    def merged_pipeline():
        pipe = build_tiny_wan_pipeline(seed=0)
        pipe.transformer = merged_transformer(files["dpo_factors"], 1.0)
        return pipe

    merged = WanGenerator(WanSettings(model="merged", dtype="float32", device="cpu"), pipeline_factory=merged_pipeline)
    with_lora = generator.generate(GenerationRequest(**SMALL, variant="phygdpo")).frames.astype(int)
    by_merge = merged.generate(GenerationRequest(**SMALL)).frames.astype(int)
    assert np.abs(with_lora - by_merge).max() <= 1  # float rounding of W·x + B·A·x vs (W + B·A)·x, at most one level


def test_variant_added_after_loading_attaches_without_reloading(studio, files):
    generator, calls = studio
    generator.add_variant("original", files["original"])
    assert "original" in generator.variants() and len(calls) == 1
    original = generator.generate(GenerationRequest(**SMALL, variant="original")).frames
    # The same factors from another file format: another adapter's tensors, so equal to a tolerance.
    assert_same_video(original, generator.generate(GenerationRequest(**SMALL, variant="phygdpo")).frames)
    with pytest.raises(LoraError, match="already exists"):
        generator.add_variant("original", files["original"])
    with pytest.raises(LoraError, match="not a LoRA"):
        generator.add_variant("weights", _lora(files["folder"] / "plain.safetensors", {"blocks.0.ffn.0.weight": (32, 24)}))
    assert "weights" not in generator.variants() and len(calls) == 1


def test_a_broken_configured_lora_leaves_the_base_model_working(files, tmp_path):
    broken = tmp_path / "broken.safetensors"
    save_file({"blocks.0.self_attn.q.lora_A.dpo.weight": torch.zeros(RANK, 99),
               "blocks.0.self_attn.q.lora_B.dpo.weight": torch.zeros(99, RANK)}, str(broken))
    generator = WanGenerator(WanSettings(model="tiny-wan", dtype="float32", device="cpu", loras={"bad": str(broken)}),
                             pipeline_factory=lambda: build_tiny_wan_pipeline(seed=0))
    assert generator.generate(GenerationRequest(**SMALL)).frames.shape == (9, 64, 64, 3)
    with pytest.raises(LoraError, match=r"variant 'bad' failed to load.*size mismatch"):
        generator.generate(GenerationRequest(**SMALL, variant="bad"))


# ------------------------------------------------------------------------------------ errors
def _lora(path, keys_and_shapes):
    save_file({key: torch.randn(*shape) for key, shape in keys_and_shapes.items()}, str(path))
    return path


@pytest.mark.parametrize("content, message", [
    ({"blocks.0.self_attn.q.weight": (24, 24)}, r"is not a LoRA: none of its 1 tensors is named lora_A"),
    ({"transformer.blocks.0.attn1.to_nothing.lora_A.weight": (RANK, 24),
      "transformer.blocks.0.attn1.to_nothing.lora_B.weight": (24, RANK)}, r"match nothing in the transformer"),
    ({f"transformer.blocks.{i}.attn1.to_q.lora_{ab}.weight": (RANK, 24) if ab == "A" else (24, RANK)
      for i in range(3) for ab in "AB"}, r"1 of its 3 layers match nothing in the transformer"),
    ({"unet.down.0.lora_A.weight": (RANK, 24), "unet.down.0.lora_B.weight": (24, RANK)},
     r"1 of its 1 layers match nothing"),
    ({"blocks.0.self_attn.q.lora_A.dpo.weight": (RANK, 48), "blocks.0.self_attn.q.lora_B.dpo.weight": (48, RANK)},
     r"does not fit this Wan transformer .*size mismatch"),
])
def test_unusable_files_give_specific_errors_and_leave_no_adapter(tmp_path, content, message):
    pipe = build_tiny_wan_pipeline(seed=0)
    before = transformer_output(pipe.transformer)
    with pytest.raises(LoraError, match=message):
        load_lora_variant(pipe, "candidate", _lora(tmp_path / "lora.safetensors", content))
    assert adapter_names(pipe) == []
    assert torch.equal(transformer_output(pipe.transformer), before)


def test_missing_unreadable_and_ambiguous_paths(tmp_path, files):
    pipe = build_tiny_wan_pipeline(seed=0)
    with pytest.raises(LoraError, match="LoRA file not found: .*nowhere.safetensors"):
        load_lora_variant(pipe, "x", tmp_path / "nowhere.safetensors")
    garbage = tmp_path / "garbage.safetensors"
    garbage.write_bytes(b"this is not a tensor file")
    with pytest.raises(LoraError, match="could not read LoRA file"):
        load_lora_variant(pipe, "x", garbage)
    ambiguous = tmp_path / "two"
    ambiguous.mkdir()
    for name in ("a", "b"):
        (ambiguous / f"{name}.safetensors").write_bytes(files["phygdpo"].read_bytes())
    with pytest.raises(LoraError, match=r"holds 2 .safetensors files and no pytorch_lora_weights"):
        load_lora_variant(pipe, "x", ambiguous)
    with pytest.raises(LoraError, match="letters, digits"):
        load_lora_variant(pipe, "has.dot", files["phygdpo"])
    load_lora_variant(pipe, "dpo", files["phygdpo"])
    with pytest.raises(LoraError, match="already loaded"):
        load_lora_variant(pipe, "dpo", files["original"])


def test_settings_reject_adapter_names_peft_cannot_hold():
    with pytest.raises(LoraError, match="letters, digits"):
        WanSettings(loras={"phy gdpo": "x.safetensors"})


def test_lora_errors_are_generation_errors():
    assert issubclass(LoraError, GenerationError)  # the studio shows them like any generation failure
