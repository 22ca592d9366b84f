"""PhyGDPO losses and physics-guided rewarding, checked against formulas written again here.

Every expected value below is computed independently (plain Python ``math`` or numpy, float64),
never by calling the code under test.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from pipelines.phygdpo.losses import (
    T_MARGIN,
    dpo_pair_loss,
    flow_matching_error,
    implicit_rewards,
    noisy_latents,
    plackett_luce_loss,
    plackett_luce_upper_bound,
    sample_timesteps,
)
from pipelines.phygdpo.rewarding import RewardConfig, keeps_bound_condition, reward_weights, violation


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


# ---- hand formulas of Eq. 10 (paper constants unless a preset says otherwise) ----

PAPER = {"alpha_min": 0.5, "kappa_alpha": 5.0, "b_alpha": 0.5, "kappa_gamma": 2.0, "b_gamma": 0.4, "lam": 0.6}
OFFICIAL = dict(PAPER, kappa_gamma=3.0, b_gamma=0.5, lam=0.5)


def hand_weights(form: str, v: float) -> tuple[float, float]:
    c = OFFICIAL if form == "official" else PAPER
    boost = 1.0 + c["lam"] * _sigmoid(c["kappa_gamma"] * (v - c["b_gamma"]))
    if form == "tanh":
        alpha = c["alpha_min"] + (1 - c["alpha_min"]) * math.tanh(c["kappa_alpha"] * (v - c["b_alpha"]))
        return alpha, boost / c["alpha_min"]
    alpha = c["alpha_min"] + (1 - c["alpha_min"]) * _sigmoid(c["kappa_alpha"] * (v - c["b_alpha"]))
    return alpha, boost / alpha


def tanh_threshold() -> float:
    """The v where the paper-literal tanh form's γ·α crosses 1 (bisection; γ·α rises with v)."""
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        alpha, gamma = hand_weights("tanh", mid)
        lo, hi = (lo, mid) if gamma * alpha >= 1.0 else (mid, hi)
    return hi


def test_presets_hold_the_paper_and_official_constants():
    assert RewardConfig() == RewardConfig.preset("sigmoid") == RewardConfig(form="sigmoid", **PAPER)
    assert RewardConfig.preset("tanh") == RewardConfig(form="tanh", **PAPER)
    assert RewardConfig.preset("official") == RewardConfig(form="official", **OFFICIAL)
    with pytest.raises(ValueError, match="sigmoid, tanh, official"):
        RewardConfig.preset("linear")
    with pytest.raises(ValueError, match="unknown reward form"):
        RewardConfig(form="Sigmoid")
    with pytest.raises(ValueError, match="alpha_min"):
        RewardConfig(alpha_min=0.0)
    with pytest.raises(ValueError, match="lam"):
        RewardConfig(lam=-0.1)


@pytest.mark.parametrize("form", ["sigmoid", "tanh", "official"])
def test_reward_table_matches_hand_formulas(form):
    grid = [i / 10 for i in range(11)]
    pairs = [(sa, pc) for sa in grid for pc in grid]
    sa = torch.tensor([p[0] for p in pairs], dtype=torch.float64)
    pc = torch.tensor([p[1] for p in pairs], dtype=torch.float64)
    v = violation(sa, pc)
    alpha, gamma = reward_weights(v, RewardConfig.preset(form))
    assert alpha.shape == gamma.shape == v.shape and alpha.dtype == torch.float64
    for i, (s, p) in enumerate(pairs):
        hand_v = 1.0 - (s + p) / 2.0
        hand_alpha, hand_gamma = hand_weights(form, hand_v)
        assert v[i].item() == pytest.approx(hand_v, abs=1e-15)
        assert alpha[i].item() == pytest.approx(hand_alpha, rel=1e-12)
        assert gamma[i].item() == pytest.approx(hand_gamma, rel=1e-12)


def test_reward_weights_at_landmark_values():
    # Numbers worked out by hand from Eq. 10 (the PhyGDPO paper's tanh constants).
    v = torch.tensor([0.0, 0.2, 0.5], dtype=torch.float64)
    tanh_alpha, _ = reward_weights(v, RewardConfig.preset("tanh"))
    assert tanh_alpha.tolist() == pytest.approx([0.0066929, 0.0474259, 0.5], abs=1e-6)
    sig_alpha, sig_gamma = reward_weights(v, RewardConfig.preset("sigmoid"))
    assert sig_alpha[2].item() == pytest.approx(0.75)  # σ(0) = 1/2 halfway between α_min and 1
    assert sig_gamma[2].item() == pytest.approx((1 + 0.6 * _sigmoid(0.2)) / 0.75)
    # Float scores work too (a loser with one score pair).
    assert violation(0.8, 0.6).item() == pytest.approx(0.3)


@pytest.mark.parametrize("form", ["sigmoid", "official"])
def test_sigmoid_forms_keep_the_bound_condition_everywhere(form):
    config = RewardConfig.preset(form)
    v = torch.linspace(0.0, 1.0, 10001, dtype=torch.float64)
    alpha, gamma = reward_weights(v, config)
    assert bool(keeps_bound_condition(alpha, gamma).all())
    assert bool(((alpha > config.alpha_min) & (alpha < 1.0)).all())
    # Also in float32, the dtype a trainer feeds.
    alpha32, gamma32 = reward_weights(v.float(), config)
    assert bool(keeps_bound_condition(alpha32, gamma32).all())


def test_tanh_form_breaks_the_bound_condition_exactly_below_its_threshold():
    threshold = tanh_threshold()
    # Below b_α = 0.5 but not everywhere below it: between ≈ 0.4511 and 0.5 the (1 + λσ) factor of γ
    # still makes up for α < α_min.
    assert 0.451 < threshold < 0.4512 < PAPER["b_alpha"]
    v = torch.linspace(0.0, 1.0, 20001, dtype=torch.float64)
    v = v[(v - threshold).abs() > 1e-9]
    alpha, gamma = reward_weights(v, RewardConfig.preset("tanh"))
    keeps = keeps_bound_condition(alpha, gamma)
    assert torch.equal(keeps, v >= threshold)
    assert bool((alpha > 0).all())  # with α_min = 0.5 tanh never drives α to 0 or below
    # A good loser (SA = PC = 0.8, v = 0.2): α ≈ 0.047, γ ≈ 2.48, far below 1/α ≈ 21.
    alpha, gamma = reward_weights(violation(torch.tensor([0.8]), torch.tensor([0.8])), RewardConfig.preset("tanh"))
    assert not bool(keeps_bound_condition(alpha, gamma))
    assert alpha.item() == pytest.approx(0.0474259, abs=1e-6)
    assert gamma.item() == pytest.approx((1 + 0.6 * _sigmoid(-0.4)) / 0.5, rel=1e-6)


def test_keeps_bound_condition_checks_each_clause():
    alpha = torch.tensor([0.5, 0.5, 0.0, -0.5, 1.5, 1.0])
    gamma = torch.tensor([2.0, 1.9, 10.0, 10.0, 1.0, 1.0])
    assert keeps_bound_condition(alpha, gamma).tolist() == [True, False, False, False, False, True]


def test_violation_rejects_unnormalised_scores():
    with pytest.raises(ValueError, match="sa scores must lie in \\[0, 1\\]"):
        violation(torch.tensor([0.2, 4.0]), torch.tensor([0.1, 0.3]))
    with pytest.raises(ValueError, match="pc scores"):
        violation(0.5, float("nan"))


# ---- losses ----

def _errors(rng: np.random.Generator, batch: int, losers: int, scale: float = 0.05):
    """Policy/reference flow-matching errors around 1 with small policy−reference gaps."""
    ref_w = rng.uniform(0.5, 1.5, batch)
    ref_l = rng.uniform(0.5, 1.5, (batch, losers))
    pol_w = ref_w + rng.normal(0, scale, batch)
    pol_l = ref_l + rng.normal(0, scale, (batch, losers))
    return pol_w, ref_w, pol_l, ref_l


def _t(*arrays):
    return [torch.tensor(a, dtype=torch.float64) for a in arrays]


def test_flow_matching_error_matches_numpy():
    rng = np.random.default_rng(0)
    v, x0, x1 = (rng.normal(size=(3, 4, 2, 5, 6)).astype(np.float32) for _ in range(3))
    expected = ((v.astype(np.float64) - (x1.astype(np.float64) - x0)) ** 2).reshape(3, -1).mean(axis=1)
    got = flow_matching_error(*(torch.from_numpy(a) for a in (v, x0, x1)))
    assert got.shape == (3,) and got.dtype == torch.float32
    np.testing.assert_allclose(got.numpy(), expected, rtol=1e-5)
    # bf16 activations still give a float32 error.
    assert flow_matching_error(*(torch.from_numpy(a).bfloat16() for a in (v, x0, x1))).dtype == torch.float32
    with pytest.raises(ValueError, match="one shape"):
        flow_matching_error(torch.zeros(2, 3), torch.zeros(2, 3), torch.zeros(2, 4))


def test_implicit_rewards_sign_convention():
    # The policy fits the first video better than the reference does → positive reward.
    rewards = implicit_rewards(torch.tensor([0.9, 1.1, 1.0]), torch.tensor([1.0, 1.0, 1.0]), beta=10.0, T=2.0)
    assert rewards.tolist() == pytest.approx([2.0, -2.0, 0.0])


def test_plackett_luce_matches_brute_force_softmax():
    rng = np.random.default_rng(1)
    beta, T = 20.0, 3.0
    pol_w, ref_w, pol_l, ref_l = _errors(rng, batch=7, losers=4)
    r_w = -beta * T * (pol_w - ref_w)
    r_l = -beta * T * (pol_l - ref_l)
    logits = np.concatenate([r_w[:, None], r_l], axis=1)
    expected = -np.log(np.exp(logits[:, 0]) / np.exp(logits).sum(axis=1))
    got = plackett_luce_loss(*_t(pol_w, ref_w, pol_l, ref_l), beta=beta, T=T)
    assert got.shape == (7,)
    np.testing.assert_allclose(got.numpy(), expected, rtol=1e-12)


def test_plackett_luce_is_stable_for_huge_reward_gaps():
    # β = 1000 (the official code's) and a 5-unit error gap: exp would overflow without log-sum-exp.
    pol_w, ref_w = np.array([6.0]), np.array([1.0])
    pol_l, ref_l = np.array([[1.0, 2.0]]), np.array([[1.0, 1.0]])
    got = plackett_luce_loss(*_t(pol_w, ref_w, pol_l, ref_l), beta=1000.0)
    x = np.array([0.0 - -5000.0, -1000.0 - -5000.0])  # r_lj − r_w
    expected = x.max() + np.log(np.exp(-x.max()) + np.exp(x - x.max()).sum())
    assert np.isfinite(got.item()) and got.item() == pytest.approx(expected, rel=1e-12)


def test_one_loser_plackett_luce_is_the_dpo_pair_loss():
    rng = np.random.default_rng(2)
    beta = 50.0
    pol_w, ref_w, pol_l, ref_l = _errors(rng, batch=9, losers=1)
    margin = -beta * (pol_w - ref_w) + beta * (pol_l[:, 0] - ref_l[:, 0])
    expected = np.log1p(np.exp(-margin))  # −log σ(r_w − r_l)
    pair = dpo_pair_loss(*_t(pol_w, ref_w, pol_l[:, 0], ref_l[:, 0]), beta=beta)
    group = plackett_luce_loss(*_t(pol_w, ref_w, pol_l, ref_l), beta=beta)
    plain_bound = plackett_luce_upper_bound(*_t(pol_w, ref_w, pol_l, ref_l), beta=beta)
    np.testing.assert_allclose(pair.numpy(), expected, rtol=1e-12)
    np.testing.assert_allclose(group.numpy(), expected, rtol=1e-12)
    np.testing.assert_allclose(plain_bound.numpy(), expected, rtol=1e-12)  # with one loser the bound is tight


def test_upper_bound_matches_eq_14_by_hand():
    rng = np.random.default_rng(3)
    beta, T = 30.0, 2.0
    pol_w, ref_w, pol_l, ref_l = _errors(rng, batch=5, losers=3)
    alpha = rng.uniform(0.1, 1.0, (5, 3))
    gamma = rng.uniform(1.0, 12.0, (5, 3))
    inner = -alpha * beta * T * ((pol_w - ref_w)[:, None] - (pol_l - ref_l))
    expected = (-gamma * np.log(1.0 / (1.0 + np.exp(-inner)))).sum(axis=1)
    got = plackett_luce_upper_bound(*_t(pol_w, ref_w, pol_l, ref_l), beta=beta, T=T,
                                    alpha=torch.tensor(alpha), gamma=torch.tensor(gamma))
    np.testing.assert_allclose(got.numpy(), expected, rtol=1e-12)


@pytest.mark.parametrize("weights", ["plain", "sigmoid", "official"])
def test_upper_bound_dominates_the_exact_loss(weights):
    gen = torch.Generator().manual_seed(4)
    for losers in range(1, 7):
        batch = 2000
        ref_w = torch.rand(batch, generator=gen, dtype=torch.float64)
        ref_l = torch.rand(batch, losers, generator=gen, dtype=torch.float64)
        pol_w = ref_w + 0.1 * torch.randn(batch, generator=gen, dtype=torch.float64)
        pol_l = ref_l + 0.1 * torch.randn(batch, losers, generator=gen, dtype=torch.float64)
        beta = float(torch.empty(()).uniform_(1.0, 500.0, generator=gen))  # reward gaps from ~0 to ~100
        alpha = gamma = None
        if weights != "plain":
            sa, pc = torch.rand(2, batch, losers, generator=gen, dtype=torch.float64)
            alpha, gamma = reward_weights(violation(sa, pc), RewardConfig.preset(weights))
        exact = plackett_luce_loss(pol_w, ref_w, pol_l, ref_l, beta=beta)
        bound = plackett_luce_upper_bound(pol_w, ref_w, pol_l, ref_l, beta=beta, alpha=alpha, gamma=gamma)
        assert bool((bound >= exact - 1e-12).all()), (losers, (exact - bound).max().item())


def test_tanh_weights_give_a_counterexample_to_the_bound():
    # Why the default is the sigmoid form: a good-looking loser (SA = PC = 0.8, v = 0.2) gets the
    # paper-literal α ≈ 0.047, γ ≈ 2.48 < 1/α. When the policy currently prefers that loser over the
    # winner by 10 reward units, Eq. 14's term is ≈ 2.42 while the exact PL loss is ≈ 10.0: the
    # "upper bound" sits below the loss it should bound, so minimising it no longer minimises the loss.
    sa = pc = torch.tensor([[0.8]], dtype=torch.float64)
    pol_w, ref_w = torch.tensor([1.1], dtype=torch.float64), torch.tensor([1.0], dtype=torch.float64)
    pol_l = ref_l = torch.tensor([[1.0]], dtype=torch.float64)  # r_w = −100·0.1 = −10, r_l = 0
    exact = plackett_luce_loss(pol_w, ref_w, pol_l, ref_l, beta=100.0)
    assert exact.item() == pytest.approx(math.log1p(math.exp(10.0)))
    alpha, gamma = reward_weights(violation(sa, pc), RewardConfig.preset("tanh"))
    tanh_bound = plackett_luce_upper_bound(pol_w, ref_w, pol_l, ref_l, beta=100.0, alpha=alpha, gamma=gamma)
    a, g = hand_weights("tanh", 0.2)
    assert tanh_bound.item() == pytest.approx(g * math.log1p(math.exp(10.0 * a)), rel=1e-12)
    assert tanh_bound.item() < exact.item() - 7.0
    alpha, gamma = reward_weights(violation(sa, pc), RewardConfig.preset("sigmoid"))
    sigmoid_bound = plackett_luce_upper_bound(pol_w, ref_w, pol_l, ref_l, beta=100.0, alpha=alpha, gamma=gamma)
    assert sigmoid_bound.item() >= exact.item()


def test_gradients_reach_policy_errors_with_the_analytic_values():
    rng = np.random.default_rng(5)
    beta, T = 40.0, 1.5
    pol_w, ref_w, pol_l, ref_l = _errors(rng, batch=4, losers=3)
    alpha = rng.uniform(0.5, 1.0, (4, 3))
    gamma = 1.0 / alpha + rng.uniform(0.0, 1.0, (4, 3))
    pw, rw, pl, rl = _t(pol_w, ref_w, pol_l, ref_l)
    pw.requires_grad_(True)
    pl.requires_grad_(True)

    plackett_luce_loss(pw, rw, pl, rl, beta=beta, T=T).sum().backward()
    r = -beta * T * (np.concatenate([pol_w[:, None], pol_l], 1) - np.concatenate([ref_w[:, None], ref_l], 1))
    p = np.exp(r) / np.exp(r).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(pw.grad.numpy(), beta * T * (1.0 - p[:, 0]), rtol=1e-10)
    np.testing.assert_allclose(pl.grad.numpy(), -beta * T * p[:, 1:], rtol=1e-10)
    assert rw.grad is None and rl.grad is None

    pw.grad = pl.grad = None
    plackett_luce_upper_bound(pw, rw, pl, rl, beta=beta, T=T, alpha=torch.tensor(alpha),
                              gamma=torch.tensor(gamma)).sum().backward()
    m = r[:, :1] - r[:, 1:]  # r_w − r_lj
    slope = gamma * alpha * beta * T / (1.0 + np.exp(alpha * m))  # γ α β T σ(−α m)
    np.testing.assert_allclose(pw.grad.numpy(), slope.sum(axis=1), rtol=1e-10)
    np.testing.assert_allclose(pl.grad.numpy(), -slope, rtol=1e-10)


def test_loss_backpropagates_from_latents_to_policy_weights_only():
    # A one-weight "policy" and its frozen reference: the chain latents → errors → loss keeps autograd.
    gen = torch.Generator().manual_seed(6)
    x0 = torch.randn(2, 3, 4, 4, 4, generator=gen)  # winner + 2 losers, [1 + K, C, F, H, W]
    noise = torch.randn(x0.shape, generator=gen)
    x_t, target = noisy_latents(x0, noise, torch.full((2,), 0.6))
    weight = torch.nn.Parameter(torch.tensor(0.3))
    frozen = torch.tensor(0.5)
    err_pol = flow_matching_error(weight * x_t, x0, noise)
    with torch.no_grad():
        err_ref = flow_matching_error(frozen * x_t, x0, noise)
    loss = plackett_luce_upper_bound(err_pol[:1], err_ref[:1], err_pol[1:].unsqueeze(0), err_ref[1:].unsqueeze(0), beta=5.0)
    loss.sum().backward()
    assert weight.grad is not None and torch.isfinite(weight.grad) and weight.grad.item() != 0.0
    assert not err_ref.requires_grad and torch.equal(target, noise - x0)


# ---- timesteps and noising ----

def test_shifted_uniform_timesteps_follow_the_shift_formula():
    n, shift = 4096, 3.0
    got = sample_timesteps(n, torch.Generator().manual_seed(7), shift=shift)
    u = torch.rand(n, generator=torch.Generator().manual_seed(7)).double().numpy()
    expected = np.clip(shift * u / (1.0 + (shift - 1.0) * u), T_MARGIN, 1 - T_MARGIN)
    assert got.dtype == torch.float32 and got.shape == (n,)
    np.testing.assert_allclose(got.double().numpy(), expected, atol=1e-6)
    assert float(got.median()) == pytest.approx(0.75, abs=0.02)  # t'(1/2) = 1.5 / 2
    unshifted = sample_timesteps(n, torch.Generator().manual_seed(7), shift=1.0)
    np.testing.assert_allclose(unshifted.double().numpy(), np.clip(u, T_MARGIN, 1 - T_MARGIN), atol=1e-7)


def test_logit_normal_timesteps_are_sigmoid_of_a_normal():
    n, mean, std = 4096, 0.5, 1.3
    got = sample_timesteps(n, torch.Generator().manual_seed(8), mode="logit-normal", mean=mean, std=std)
    z = torch.randn(n, generator=torch.Generator().manual_seed(8)).double().numpy()
    np.testing.assert_allclose(got.double().numpy(), 1.0 / (1.0 + np.exp(-(mean + std * z))), atol=1e-6)


@pytest.mark.parametrize("kwargs", [{"shift": 3.0}, {"shift": 50.0}, {"mode": "logit-normal", "std": 40.0}])
def test_timesteps_stay_strictly_inside_the_unit_interval(kwargs):
    t = sample_timesteps(100_000, torch.Generator().manual_seed(9), **kwargs)
    assert bool(((t > 0.0) & (t < 1.0)).all())


def test_timesteps_are_reproducible_with_a_generator():
    for mode in ("shifted-uniform", "logit-normal"):
        a = sample_timesteps(16, torch.Generator().manual_seed(10), mode=mode)
        b = sample_timesteps(16, torch.Generator().manual_seed(10), mode=mode)
        c = sample_timesteps(16, torch.Generator().manual_seed(11), mode=mode)
        assert torch.equal(a, b) and not torch.equal(a, c)
    with pytest.raises(ValueError, match="shifted-uniform, logit-normal"):
        sample_timesteps(4, mode="uniform")
    with pytest.raises(ValueError, match="shift"):
        sample_timesteps(4, shift=0.0)
    with pytest.raises(ValueError, match="std"):
        sample_timesteps(4, mode="logit-normal", std=0.0)


def test_noisy_latents_convention_data_at_zero_noise_at_one():
    gen = torch.Generator().manual_seed(12)
    data = torch.randn(3, 2, 5, 4, 4, generator=gen, dtype=torch.float64)
    noise = torch.randn(data.shape, generator=gen, dtype=torch.float64)
    t = torch.tensor([0.0, 0.25, 1.0], dtype=torch.float64)
    x_t, target = noisy_latents(data, noise, t)
    d, e = data.numpy(), noise.numpy()
    np.testing.assert_allclose(x_t.numpy(), (1 - t.numpy())[:, None, None, None, None] * d
                               + t.numpy()[:, None, None, None, None] * e, rtol=1e-12)
    assert torch.equal(x_t[0], data[0]) and torch.equal(x_t[2], noise[2])
    np.testing.assert_allclose(target.numpy(), e - d, rtol=1e-12)
    # One Euler step of the exact velocity from t back to 0 recovers the data.
    np.testing.assert_allclose((x_t - t[:, None, None, None, None] * target).numpy(), d, atol=1e-12)


def test_noisy_latents_noises_a_group_at_its_winners_t():
    gen = torch.Generator().manual_seed(13)
    losers = torch.randn(2, 3, 4, 2, 2, 2, generator=gen)  # [B, K, C, F, H, W]
    noise = torch.randn(losers.shape, generator=gen)
    t = torch.tensor([0.1, 0.9])
    x_t, _ = noisy_latents(losers, noise, t)
    for b in range(2):
        for k in range(3):
            expected = (1 - t[b].item()) * losers[b, k].numpy() + t[b].item() * noise[b, k].numpy()
            np.testing.assert_allclose(x_t[b, k].numpy(), expected, rtol=1e-6, atol=1e-7)
    bf16, _ = noisy_latents(losers.bfloat16(), noise.bfloat16(), t)
    assert bf16.dtype == torch.bfloat16
    with pytest.raises(ValueError, match="leading dims"):
        noisy_latents(losers, noise, torch.tensor([0.1, 0.2, 0.3]))
    with pytest.raises(ValueError, match="noise must match"):
        noisy_latents(losers, noise[:1], t)


def test_noisy_latents_agree_with_the_wan_scheduler():
    # diffusers' flow-matching scheduler (the one WanPipeline samples with) noises as sigma·noise + (1 − sigma)·data.
    from diffusers import FlowMatchEulerDiscreteScheduler

    scheduler = FlowMatchEulerDiscreteScheduler(shift=3.0)
    scheduler.set_timesteps(10)
    gen = torch.Generator().manual_seed(14)
    data = torch.randn(1, 4, 3, 4, 4, generator=gen)
    noise = torch.randn(data.shape, generator=gen)
    for index in (1, 5, 9):
        sigma = scheduler.sigmas[index]
        ours, _ = noisy_latents(data, noise, sigma.reshape(1))
        theirs = scheduler.scale_noise(data, scheduler.timesteps[index].reshape(1), noise)
        torch.testing.assert_close(ours, theirs)
