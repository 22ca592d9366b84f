"""The ProPhy inspector's handlers with plain values: the variant list and the refusals before any model runs."""

from __future__ import annotations

import gradio as gr
import pytest

from pipelines.core.config import load_config
from pipelines.services import Services
from studio.prophy_panel import EMPTY, on_inspect, prophy_variants


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    root = tmp_path_factory.mktemp("prophy-panel")
    return Services(load_config(overrides={"server": {"runs_dir": str(root / "runs")}}))


def test_no_prophy_variant_loaded_says_how_to_get_one(services):
    picker, message = prophy_variants(services, "preview")
    assert picker.choices == [] and picker.value is None and message == EMPTY


def test_an_unknown_generator_is_named_in_the_status(services):
    picker, message = prophy_variants(services, "no-such-generator")
    assert picker.choices == [] and message.startswith("⚠️") and "no-such-generator" in message


def test_inspect_refuses_before_running_anything(services):
    with pytest.raises(gr.Error, match="choose a ProPhy variant first"):
        on_inspect(services, "preview", None, "a ball falls", 0, None, None, None, None)
    with pytest.raises(gr.Error, match="the prompt is empty"):
        on_inspect(services, "preview", "phys", "  ", 0, None, None, None, None)
    assert list(services.runs.root.glob("*/*")) == []
