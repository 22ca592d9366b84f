"""Training configs and job settings written as TOML read back to the same values through ``tomllib``."""

from __future__ import annotations

import math
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from pipelines.core.toml_file import TomlValueError, toml_text
from pipelines.phygdpo.train_config import TrainConfig, TrainConfigError, config_from_dict, dump_train_config

# Strings a path, a model id or a module name may carry: control characters (DEL among them), quotes,
# backslashes and non-ASCII text, which a writer must escape or TOML rejects the file.
AWKWARD = ["a\x7fb", "tab\there", 'say "hi"', "C:\\runs\\new", "línea\nnueva", "\x00\x1f\x1b[0m", "模型/ü/😀", "'''"]
names = st.text(min_size=1).filter(lambda s: s.strip())


def round_trip(config: TrainConfig) -> TrainConfig:
    return config_from_dict(tomllib.loads(dump_train_config(config)))


@pytest.mark.parametrize("text", AWKWARD)
def test_dump_train_config_escapes_control_characters_quotes_and_backslashes(text):
    config = TrainConfig()
    config = replace(config, model=replace(config.model, base=text),
                     data=replace(config.data, groups=text, cache_dir=text + "/cache"),
                     lora=replace(config.lora, targets=[text, "attn1.to_q"]),
                     train=replace(config.train, output_dir=text))
    assert round_trip(config).to_dict() == config.to_dict()


@hyp_settings(max_examples=60, deadline=None)
@given(base=names, groups=st.text(), targets=st.lists(names, min_size=1, max_size=3), output_dir=names,
       beta=st.floats(min_value=1e-6, max_value=1e6), max_grad_norm=st.floats(min_value=0, allow_nan=False),
       seed=st.integers(-2**63, 2**63 - 1), shared_noise=st.booleans())
def test_every_config_value_survives_dump_and_tomllib(base, groups, targets, output_dir, beta, max_grad_norm, seed,
                                                      shared_noise):
    config = TrainConfig()
    config = replace(config, model=replace(config.model, base=base), data=replace(config.data, groups=groups),
                     lora=replace(config.lora, targets=targets),
                     loss=replace(config.loss, beta=beta, shared_noise=shared_noise),
                     optim=replace(config.optim, max_grad_norm=max_grad_norm),
                     train=replace(config.train, output_dir=output_dir, seed=seed))
    again = round_trip(config)
    assert again.to_dict() == config.to_dict()
    assert again == replace(config, source="")


def test_prophy_tables_are_written_as_nested_tables():
    """ProPhy's ``laws``/``cues`` are tables of lists; the resolved config of such a run must still be written."""
    config = replace(TrainConfig(), prophy={"num_experts": 4, "laws": {"fluid": ["splash", "pour\x7f"]}})
    assert tomllib.loads(dump_train_config(config))["prophy"] == config.prophy
    assert "[prophy]" not in dump_train_config(TrainConfig())


def test_dump_train_config_names_the_setting_it_cannot_write():
    config = replace(TrainConfig(), prophy={"experts": object()})
    with pytest.raises(TrainConfigError, match=r"prophy\.experts has a value TOML cannot hold"):
        dump_train_config(config)


def test_toml_text_writes_paths_and_non_finite_numbers_unless_told_not_to():
    text = toml_text({"data": {"groups": Path("/d/g.jsonl"), "skip": None}, "optim": {"max_grad_norm": math.inf}})
    assert tomllib.loads(text) == {"data": {"groups": "/d/g.jsonl"}, "optim": {"max_grad_norm": math.inf}}
    with pytest.raises(TomlValueError, match=r"optim\.max_grad_norm must be a finite number"):
        toml_text({"optim": {"max_grad_norm": math.nan}}, finite_only=True)
    with pytest.raises(TomlValueError, match=r"setting \[optim\] must be a table"):
        toml_text({"optim": 3})
