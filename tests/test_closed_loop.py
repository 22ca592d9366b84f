"""The research loop as one piece, through public interfaces only (CI, tiny Wan, a few minutes):

compare CLI --to-arena (base vs a ProPhy variant, several prompts) → simulated voters with a known preference
vote through a launched studio's JSON routes → ``arena export`` → ``train`` PhyGDPO on the exported groups →
the LoRA loaded as a variant → ``compare`` base vs tuned --to-arena → the tuned variant is handed out as a pair
and rated on the leaderboard.

Run it alone with ``pytest -m closed_loop``.
"""

from __future__ import annotations

import copy
import hashlib
import json
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import torch

from tests.conftest import launched_studio
from tests.helpers.tiny_prophy import save_trained_prophy
from tests.helpers.tiny_train import TINY_FRAMES, TINY_SIZE, write_tiny_config

pytestmark = [pytest.mark.closed_loop, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parent.parent
PROMPTS = ("a red ball falls on the ground", "a blue cube slides down a ramp", "a white egg drops on the table")
SEED = 3
PROPHY = "physics-experts"
TUNED = "tuned"
SIZE_FLAGS = ("--steps", "2", "--num-frames", str(TINY_FRAMES), "--width", str(TINY_SIZE), "--height", str(TINY_SIZE))
SEQ = 16  # the tiny train config's max_sequence_length
# Four voters; three prefer the ProPhy variant, one the base model (the majority rule must side with the three).
VOTERS = {"v1": (PROPHY, "base"), "v2": (PROPHY, "base"), "v3": (PROPHY, "base"), "v4": ("base", PROPHY)}
STUDIO_ENV = {"PHYSTUDIO__ARENA__MIN_VIEW_S": "0", "PHYSTUDIO__ARENA__MIN_SECONDS_BETWEEN_VOTES": "0",
              "PHYSTUDIO__ARENA__PAIRS_PER_MINUTE_PER_ADDRESS": "0", "PHYSTUDIO__ARENA__VOTES_PER_MINUTE_PER_ADDRESS": "0",
              "PHYSTUDIO__ARENA__NEW_VOTERS_PER_HOUR_PER_ADDRESS": "0"}


def cli(*argv: str) -> str:
    done = subprocess.run([sys.executable, "-m", "pipelines", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, f"python -m pipelines {' '.join(argv)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def post(base: str, route: str, body: dict) -> tuple[int, dict]:
    request = urllib.request.Request(urllib.parse.urljoin(base, route), data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def get(base: str, route: str) -> bytes:
    with urllib.request.urlopen(urllib.parse.urljoin(base, route), timeout=60) as response:
        return response.read()


def arena_routes_up(base: str) -> str:
    """app.py adds the JSON routes just after the page starts answering: wait for them."""
    deadline = time.time() + 60
    while True:
        try:
            get(base, "api/arena/leaderboard")
            return base
        except urllib.error.HTTPError:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def vote_as(base: str, voter_token: str, ranking: tuple[str, ...], known: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    """One simulated voter: asks for pairs until none is left, recognises each served video by its bytes (the
    test made them; the server never names them) and votes for the variant it ranks higher, after the play
    gate. Returns the voter token and (prompt, winning variant) per vote."""
    cast = []
    while True:
        status, pair = post(base, "api/arena/pair", {"voter": voter_token})
        if status == 404:
            return voter_token, cast
        assert status == 200, pair
        voter_token = pair["voter"]
        sides = {side: known[sha(get(base, pair[side]))] for side in ("A", "B")}
        assert "variant" not in json.dumps(pair) and len(set(sides.values())) == 2
        prefers = min(sides.values(), key=ranking.index)
        time.sleep(pair["vote_after_s"] + 0.05)  # the play gate: the shorter video must have played
        choice = "A" if sides["A"] == prefers else "B"
        status, result = post(base, "api/arena/vote", {"voter": voter_token, "token": pair["token"], "choice": choice})
        assert status == 200, result
        assert result[choice]["variant"] == prefers  # the reveal agrees with what the voter recognised
        cast.append((pair["prompt"], prefers))


def latents_of(groups_file: Path, cache_dir: Path):
    """The exported groups' latents and prompt embeddings through the trainer's own cache (tiny Wan)."""
    from pipelines.backends.tiny_wan import build_tiny_wan_pipeline
    from pipelines.phygdpo.data import GroupBatches
    from pipelines.phygdpo.groups import read_groups
    from pipelines.phygdpo.latent_cache import LatentCache

    pipe = build_tiny_wan_pipeline(seed=0)
    cache = LatentCache(cache_dir, pipe, width=TINY_SIZE, height=TINY_SIZE, frames=TINY_FRAMES,
                        max_sequence_length=SEQ, storage_dtype="float32")
    items = cache.prepare(read_groups(groups_file))
    return pipe, GroupBatches(items, batch_size=len(items), max_sequence_length=SEQ).batch(0)


def reward_margin(policy, reference, batch, beta: float, seeds=(11, 12, 13)) -> float:
    """Mean implicit-reward margin r_w − r_l of the exported winners over their losers, from the pure loss
    functions on fixed noise and timesteps (the same draws before and after training)."""
    from pipelines.phygdpo.lora_sr import predict_velocity
    from pipelines.phygdpo.losses import flow_matching_error, implicit_rewards, noisy_latents

    winners, losers, embeds = batch["winner_latents"], batch["loser_latents"][:, 0], batch["prompt_embeds"]
    margins = []
    for seed in seeds:
        g = torch.Generator().manual_seed(seed)
        t = torch.rand(winners.shape[0], generator=g) * 0.8 + 0.1
        noise = torch.randn(winners.shape, generator=g)
        rewards = []
        for clean in (winners, losers):
            x_t, _ = noisy_latents(clean, noise, t)
            with torch.no_grad():
                err_policy = flow_matching_error(predict_velocity(policy, x_t, t, embeds), clean, noise)
                err_reference = flow_matching_error(predict_velocity(reference, x_t, t, embeds), clean, noise)
            rewards.append(implicit_rewards(err_policy, err_reference, beta))
        margins.append((rewards[0] - rewards[1]).mean().item())
    return sum(margins) / len(margins)


def test_votes_to_phygdpo_to_a_new_arena_variant(tmp_path):
    torch.set_num_threads(1)
    runs, db = tmp_path / "runs", tmp_path / "arena.db"
    prophy = save_trained_prophy(tmp_path / "prophy")
    backend = ("--generator", "tiny-wan", "--prophy", f"{PROPHY}={prophy}", "--runs-dir", str(runs))

    # 1. Pairs: base vs ProPhy, one seed, several prompts, straight into the arena database.
    known: dict[str, str] = {}  # sha256 of a video's bytes → its variant (what a simulated voter "sees")
    for n, prompt in enumerate(PROMPTS):
        cli("compare", "--prompt", prompt, "--variants", f"base,{PROPHY}", "--seed", str(SEED), *SIZE_FLAGS,
            "--out", str(tmp_path / f"pairs-{n}"), "--to-arena", "--db", str(db), "--pool", "campaign", *backend)
        summary = json.loads((tmp_path / f"pairs-{n}" / "compare.json").read_text())
        for entry in summary["variants"]:
            known[sha(Path(entry["video"]).read_bytes())] = entry["label"]
    assert sorted(Counter(known.values()).items()) == [("base", 3), (PROPHY, 3)]  # six different videos
    left = json.loads(cli("arena", "pairs", "--db", str(db), "--format", "json"))
    assert [(r["prompt"], r["pairs"], r["unvoted"]) for r in left] == sorted((p, 1, 1) for p in PROMPTS)

    # 2. Simulated voters through the studio's JSON routes (server-issued voter tokens, play gate respected).
    cast: dict[str, list[tuple[str, str]]] = {}
    with launched_studio(runs, "--generator", "tiny-wan", "--arena-db", f"sqlite:///{db}",
                         env=STUDIO_ENV) as base_url:
        arena_routes_up(base_url)
        for voter, ranking in VOTERS.items():
            token, cast[voter] = vote_as(base_url, "", ranking, known)
            assert token and len(cast[voter]) == len(PROMPTS)
        served_board = json.loads(get(base_url, "api/arena/leaderboard"))
    assert [row["variant"] for row in served_board] == [PROPHY, "base"]

    # 3. Export; the groups are the majority rule computed here independently.
    export = tmp_path / "export"
    cli("arena", "export", "--db", str(db), "--out", str(export))
    from pipelines.arena.export import EXPORT_RULE
    from pipelines.phygdpo.groups import read_groups

    tally: dict[str, Counter] = defaultdict(Counter)
    for votes in cast.values():
        for prompt, winner in votes:
            tally[prompt][winner] += 1
    expected = {p: c.most_common(1)[0][0] for p, c in tally.items() if len(set(c.values())) > 1 or len(c) == 1}
    groups = read_groups(export / "groups.jsonl")
    assert {g.prompt: (g.winner.variant, tuple(m.variant for m in g.losers)) for g in groups} == {
        p: (w, ("base" if w == PROPHY else PROPHY,)) for p, w in expected.items()}
    assert len(groups) == len(PROMPTS) == 3
    meta = json.loads((export / "groups.meta.json").read_text())
    assert meta["rule"] == EXPORT_RULE and meta["votes_used"] == sum(map(len, cast.values())) == 12

    # 4. PhyGDPO on the exported groups, through the train command.
    beta = 500.0
    config = write_tiny_config(tmp_path / "train.toml", export / "groups.jsonl", tmp_path / "train-out",
                               optim={"max_steps": 12, "lr": 1e-2, "lr_end": 1e-3}, loss={"beta": beta},
                               train={"log_every": 4, "checkpoint_every": 0},
                               data={"cache_dir": str(tmp_path / "train-cache")})
    cli("train", "--config", str(config))
    lora_dir = Path(json.loads((tmp_path / "train-out" / "status.json").read_text())["lora_dir"])
    lora_meta = json.loads((lora_dir / "phystudio_lora.json").read_text())
    assert lora_meta["objective"] == "phygdpo" and lora_meta["step"] == 12
    assert lora_meta["data"]["groups_sha256"] == sha((export / "groups.jsonl").read_bytes())

    # The implicit-reward margin on the exported winners, before (policy = reference) and after training.
    pipe, batch = latents_of(export / "groups.jsonl", tmp_path / "margin-cache")
    reference = pipe.transformer
    before = reward_margin(reference, reference, batch, beta)
    tuned_pipe = copy.deepcopy(pipe)
    tuned_pipe.load_lora_weights(str(lora_dir), weight_name=lora_meta["weights"])
    after = reward_margin(tuned_pipe.transformer, reference, batch, beta)
    assert before == 0.0 and after > 0.02, (before, after)
    print(f"implicit-reward margin on the exported winners: before {before:.4f}, after {after:.4f}")

    # 5. The LoRA as a variant: compare base vs tuned into the arena; the run records carry the LoRA's hash.
    cli("compare", "--prompt", PROMPTS[0], "--variants", f"base,{TUNED}", "--seed", str(SEED), *SIZE_FLAGS,
        "--out", str(tmp_path / "tuned"), "--to-arena", "--db", str(db), "--pool", "tuned-check",
        *backend, "--lora", f"{TUNED}={lora_dir}")
    summary = json.loads((tmp_path / "tuned" / "compare.json").read_text())
    tuned = next(v for v in summary["variants"] if v["label"] == TUNED)
    weights_hash = sha((lora_dir / lora_meta["weights"]).read_bytes())
    assert weights_hash == lora_meta["weights_sha256"]
    assert tuned["backends"]["lora_hash"] == weights_hash[:16]
    from pipelines.core.runs import load_run

    assert load_run(tuned["run_folder"]).record.backends["lora_hash"] == weights_hash[:16]
    assert "lora_hash" not in next(v for v in summary["variants"] if v["label"] == "base")["backends"]
    tuned_video = sha(Path(tuned["video"]).read_bytes())
    known.update({tuned_video: TUNED, sha(Path(summary["variants"][0]["video"]).read_bytes()): "base"})

    # 6. The new variant in the arena: a new voter is handed base vs tuned, votes, and the board rates it.
    with launched_studio(runs, "--generator", "tiny-wan", "--arena-db", f"sqlite:///{db}",
                         env=STUDIO_ENV) as base_url:
        arena_routes_up(base_url)
        assert TUNED in [row["variant"] for row in json.loads(get(base_url, "api/arena/leaderboard"))]
        _, new_votes = vote_as(base_url, "", (TUNED, PROPHY, "base"), known)  # the campaign's pairs too
        assert sorted(new_votes) == sorted([(PROMPTS[0], TUNED), *((p, PROPHY) for p in PROMPTS)])
        board = {row["variant"]: row for row in json.loads(get(base_url, "api/arena/leaderboard"))}
    assert board[TUNED]["votes"] == 1 and board[TUNED]["wins"] == 1 and board[TUNED]["rating"] is not None
    assert board["base"]["votes"] == 12 + 4  # every pair had a base video: the campaign's 12 votes, the new voter's 4
    printed = json.loads(cli("arena", "leaderboard", "--db", str(db), "--format", "json"))
    assert printed == list(board.values())  # the command line prints the numbers the studio serves
