"""ProPhy learning on the synthetic category-decides-location set, and what the new terms cost.

Run: python tests/bench/bench_prophy_learning.py [--steps 300 1000] [--threads 1]

Part 1 trains the tiny-Wan ProPhy branch (tests/helpers/prophy_synthetic.py) for each step count,
with and without the load-balancing term, and prints the held-out numbers the issue asks for
(routing-vs-map AUC and IoU, least expert load, ambient share outside objects, semantic accuracy
against a probe trained directly with the same budget). Part 2 times, in one run, a training step
with every loss against one without the load-balance term and the per-step metrics, and one
held-out evaluation against one training step (ProPhy, PhyGDPO and SFT on the tiny Wan).
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import torch  # noqa: E402

from tests.helpers import prophy_synthetic as synthetic  # noqa: E402


def learning(pipe, steps_list, train, heldout) -> None:
    print("steps balance  AUC    cat-AUC IoU    least-load ambient-out  category  probe(same budget)")
    for steps in steps_list:
        probe = synthetic.probe_accuracy(pipe, train, heldout, steps=steps)
        for balance in (0.1, 0.0):
            objective = synthetic.train_prophy(pipe, train, steps=steps, section={"balance_weight": balance})
            m = synthetic.heldout_metrics(objective, pipe, heldout)
            objective.attachment.detach()
            print(f"{steps:5d} {balance:7.2f}  {m['routing_auc']:.3f}  {m['category_routing_auc']:.3f}   "
                  f"{m['routing_iou']:.3f}  {m['load_min']:.4f}"
                  f"     {m['ambient_outside']:.3f}        {m['category_accuracy']:.3f}     {probe:.3f}")


def fastest(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def step_costs(pipe, train, repeats: int) -> None:
    from pipelines.phygdpo.objective import PhyGDPOObjective, SFTObjective
    from pipelines.phygdpo.train_config import LossSection
    from pipelines.prophy.objective import ProPhyObjective

    batch = synthetic.batch_of(train[:8])
    transformer = pipe.transformer
    prophy = ProPhyObjective.from_section({"maps": "batch"})
    params = prophy.attach(transformer)

    def step(objective):
        def run():
            loss, _ = objective.loss(transformer, batch, torch.Generator().manual_seed(0))
            loss.backward()
            for p in params:
                p.grad = None
        return run

    full = fastest(step(prophy), repeats)
    plain = ProPhyObjective.from_section({"maps": "batch", "balance_weight": 0.0})
    plain.module, plain.attachment = prophy.module, prophy.attachment
    import pipelines.prophy.objective as module

    saved_balance, saved_terms = module.expert_balance, module.alignment_terms
    module.expert_balance = lambda routing, groups, count: routing.probs.sum() * 0.0
    module.alignment_terms = lambda probs, target, groups: (torch.zeros(probs.shape[0]), torch.zeros(probs.shape[0]))
    try:
        without = fastest(step(plain), repeats)
    finally:
        module.expert_balance, module.alignment_terms = saved_balance, saved_terms
    evaluation = fastest(lambda: prophy.evaluate(transformer, synthetic.batch_of(train[:1]),
                                                 torch.Generator().manual_seed(0)), repeats)
    prophy.attachment.detach()
    print(f"ProPhy step (batch 8): {full * 1000:.1f} ms CPU with balance + split alignment metrics, "
          f"{without * 1000:.1f} ms without → {full / without:.3f}×")
    print(f"ProPhy held-out evaluation of one group: {evaluation * 1000:.1f} ms = {evaluation / full:.3f} of a step")

    from pipelines.phygdpo.lora_sr import attach_lora

    for name, cls in (("PhyGDPO", PhyGDPOObjective), ("SFT", SFTObjective)):
        model = copy.deepcopy(transformer)
        objective = cls(settings=LossSection(beta=50.0))
        lora = attach_lora(model, rank=4, alpha=4.0, targets=["to_q", "to_k", "to_v", "to_out.0"], dropout=0.0)
        one = {"prompt_embeds": batch["prompt_embeds"][:1], "winner_latents": batch["winner_latents"][:1],
               "loser_latents": batch["winner_latents"][1:3].unsqueeze(0), "loser_sa": torch.full((1, 2), 0.5),
               "loser_pc": torch.full((1, 2), 0.5)}

        def train_step():
            loss, _ = objective.loss(model, one, torch.Generator().manual_seed(0))
            loss.backward()
            for p in lora:
                p.grad = None

        step_time = fastest(train_step, repeats)
        eval_time = fastest(lambda: objective.evaluate(model, one, torch.Generator().manual_seed(0)), repeats)
        print(f"{name} held-out evaluation of one group: {eval_time * 1000:.1f} ms = {eval_time / step_time:.3f} "
              f"of a training step ({step_time * 1000:.1f} ms); with 10% held out and eval_every 100 on N "
              f"groups that is {eval_time / step_time:.3f}·N/1000 steps' worth per 100 steps")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, nargs="+", default=[300, 1000])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--skip-learning", action="store_true")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    from pipelines.backends.tiny_wan import build_tiny_wan_pipeline

    pipe = build_tiny_wan_pipeline(seed=0)
    train_prompts, heldout_prompts = synthetic.prompts(0)
    train = synthetic.make_samples(pipe, train_prompts, seed=1)
    heldout = synthetic.make_samples(pipe, heldout_prompts, seed=2)
    step_costs(pipe, train, args.repeats)
    if not args.skip_learning:
        learning(pipe, args.steps, train, heldout)


if __name__ == "__main__":
    main()
