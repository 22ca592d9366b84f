"""ProPhy inference overhead: denoising time with the branch attached / without, in one run.

Run: python tests/bench/bench_prophy.py [--steps 4] [--repeats 3] [--threads 1]
     python tests/bench/bench_prophy.py --arch wan-1.3b --device cuda --latents 21x60x104   (one GPU)

Each step is one classifier-free-guidance step as WanPipeline runs it: two transformer calls (prompt
and negative prompt). The default model is CPU-sized (4 layers, width 256 = 4 heads × 64, ffn 1024,
latents 16×5×32×32 → 1280 tokens); ``wan-1.3b`` is Wan2.1-1.3B's architecture with random weights in
bf16 (30 layers, 12 × 128, ffn 8960, text 4096) and random text embeddings. ProPhy runs with its
default config (prior tokens in every block, refinement experts in up to 8 blocks of the second half)
and random nonzero weights. Base and ProPhy runs alternate ``--repeats`` times; the fastest counts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import torch  # noqa: E402

from pipelines.prophy.attach import attach_prophy  # noqa: E402
from pipelines.prophy.config import ProPhyConfig  # noqa: E402
from pipelines.prophy.module import ProPhyModule  # noqa: E402

ARCHITECTURES = {
    "cpu": dict(num_attention_heads=4, attention_head_dim=64, ffn_dim=1024, num_layers=4, text_dim=64,
                rope_max_seq_len=64),
    "wan-1.3b": dict(num_attention_heads=12, attention_head_dim=128, ffn_dim=8960, num_layers=30, text_dim=4096,
                     rope_max_seq_len=1024),
}


def build_transformer(arch: str, device: str, dtype: torch.dtype):
    from diffusers import WanTransformer3DModel

    torch.manual_seed(0)
    with torch.device(device):
        model = WanTransformer3DModel(patch_size=(1, 2, 2), in_channels=16, out_channels=16, freq_dim=256,
                                      cross_attn_norm=True, qk_norm="rms_norm_across_heads", **ARCHITECTURES[arch])
    return model.to(dtype=dtype).eval()


def denoise(transformer, latents, embeds, steps: int, device: str) -> tuple[float, float]:
    """(wall, process CPU) seconds for ``steps`` CFG steps (2 transformer calls each), synchronised on CUDA."""
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    started, cpu = time.perf_counter(), time.process_time()
    with torch.no_grad():
        for step in range(steps):
            timestep = torch.full((2,), 1000.0 * (1 - step / steps), device=device)
            for half in (slice(0, 1), slice(1, 2)):  # prompt, then negative prompt, as WanPipeline calls them
                transformer(hidden_states=latents, timestep=timestep[half], encoder_hidden_states=embeds[half],
                            return_dict=False)
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--arch", choices=sorted(ARCHITECTURES), default="cpu")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--latents", default="5x32x32", help="latent frames × height × width")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    parser.add_argument("--check-exact", action="store_true",
                        help="first check that a fresh (zero-initialised) branch leaves the output bit-identical")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    dtype = torch.bfloat16 if args.arch == "wan-1.3b" else torch.float32
    frames, height, width = (int(v) for v in args.latents.lower().split("x"))
    transformer = build_transformer(args.arch, args.device, dtype)
    config = transformer.config
    generator = torch.Generator(device="cpu").manual_seed(0)
    latents = torch.randn(1, 16, frames, height, width, generator=generator).to(args.device, dtype)
    embeds = torch.randn(2, 512, config.text_dim, generator=generator)
    embeds[:, 24:] = 0.0  # Wan zero-pads prompts to 512 tokens
    embeds = embeds.to(args.device, dtype)

    module = ProPhyModule(ProPhyConfig(), config.num_attention_heads * config.attention_head_dim, config.num_layers)
    attachment = attach_prophy(transformer, module)
    if args.check_exact:
        outputs = []
        for enabled in (False, True):
            attachment.enabled = enabled
            with torch.no_grad():
                outputs.append(transformer(hidden_states=latents, timestep=torch.full((1,), 500.0, device=args.device),
                                           encoder_hidden_states=embeds[:1], return_dict=False)[0])
        difference = (outputs[0].float() - outputs[1].float()).abs().max().item()
        print(f"fresh branch bit-identical to the base model: {torch.equal(*outputs)} (max |diff| {difference:.3g})")
        attachment.enabled = True
    with torch.no_grad():
        for parameter in module.parameters():
            parameter.add_(0.02 * torch.randn_like(parameter))
    tokens = frames * (height // 2) * (width // 2)
    print(f"ProPhy overhead: {args.arch} ({config.num_layers} layers, width "
          f"{config.num_attention_heads * config.attention_head_dim}), {tokens} tokens, {args.steps} CFG steps, "
          f"{args.device} {str(dtype).removeprefix('torch.')}, {args.threads} thread(s), best of {args.repeats}")
    print(f"ProPhy parameters: {sum(p.numel() for p in module.parameters()) / 1e6:.2f} M; prior blocks "
          f"{len(module.prior_blocks)}, refinement blocks {list(module.refinement_blocks)}")
    denoise(transformer, latents, embeds, 1, args.device)  # warm-up, branch on
    best = {name: [float("inf"), float("inf")] for name in ("base", "prophy")}
    peak = {name: 0.0 for name in best}
    cuda = args.device.startswith("cuda")
    for _ in range(args.repeats):
        for name in best:
            attachment.enabled = name == "prophy"
            if cuda:
                torch.cuda.reset_peak_memory_stats()
            timing = denoise(transformer, latents, embeds, args.steps, args.device)
            best[name] = [min(old, new) for old, new in zip(best[name], timing)]
            if cuda:
                peak[name] = max(peak[name], torch.cuda.max_memory_allocated() / 2**30)
    for name, (wall, cpu) in best.items():
        memory = f", peak {peak[name]:.2f} GiB" if cuda else ""
        print(f"{name:7s} {wall / args.steps:.4f} s/step wall, {cpu / args.steps:.4f} s/step CPU{memory}")
    print(f"ratio prophy/base = {best['prophy'][0] / best['base'][0]:.3f} (wall), "
          f"{best['prophy'][1] / best['base'][1]:.3f} (CPU time)")


if __name__ == "__main__":
    main()
