"""A ProPhy checkpoint as a generator variant: beside LoRAs on one Wan backbone, switched per call,
listed by services (so Generate, Compare and the arena offer it) and recorded in the run record."""

from __future__ import annotations

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")

from pipelines.backends.tiny_wan import build_tiny_wan_pipeline  # noqa: E402
from pipelines.backends.wan import WanSettings  # noqa: E402
from pipelines.core.config import load_config  # noqa: E402
from pipelines.core.generation import GenerationError, GenerationRequest  # noqa: E402
from pipelines.prophy.io import prophy_file_hash  # noqa: E402
from pipelines.services import Services, wan_generator  # noqa: E402
from tests.helpers.tiny_prophy import save_trained_prophy  # noqa: E402

REQUEST = GenerationRequest(prompt="a red ball falls and bounces on the ground", width=64, height=64, num_frames=9,
                            steps=2, seed=3)


def trained_prophy(folder, seed=1):
    return save_trained_prophy(folder, seed=seed)


def tiny_generator(**settings):
    return wan_generator(WanSettings(model="tiny-wan", dtype="float32", device="cpu", resolution="64x64", **settings),
                         pipeline_factory=build_tiny_wan_pipeline)


def test_prophy_variant_switches_per_call_and_base_is_untouched(tmp_path):
    file = trained_prophy(tmp_path / "job" / "lora")
    generator = tiny_generator(prophy={"physics": str(tmp_path / "job" / "lora")})
    assert generator.variants() == ["physics"]
    base = generator.generate(REQUEST).frames
    with_prophy = generator.generate(GenerationRequest(**{**REQUEST.__dict__, "variant": "physics"}))
    assert not np.array_equal(with_prophy.frames, base)
    assert with_prophy.lora_hash == prophy_file_hash(file) and with_prophy.info["lora_format"] == "prophy"
    assert np.array_equal(generator.generate(REQUEST).frames, base), "a base call after ProPhy is the base model"


def test_services_list_a_trained_prophy_folder_as_a_variant(tmp_path):
    services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path / "runs")},
                                           "generator": {"backend": "tiny-wan"}}))
    trained_prophy(tmp_path / "job" / "lora")
    assert services.add_lora_variant("prophy-job", tmp_path / "job" / "lora") == "tiny-wan"
    assert "prophy-job" in services.generator("tiny-wan").variants()
    result, run = services.generate(services.default_request(REQUEST.prompt, "tiny-wan", variant="prophy-job", steps=2))
    assert run.record.backends["variant"] == "prophy-job" and run.record.backends["lora_hash"] == result.lora_hash


def test_bad_prophy_settings_are_specific(tmp_path):
    with pytest.raises(GenerationError, match="ProPhy variant 'physics'.*not found"):
        tiny_generator(prophy={"physics": str(tmp_path / "missing")})
    with pytest.raises(GenerationError, match="used by a LoRA and a ProPhy file"):
        tiny_generator(prophy={"same": "a"}, loras={"same": "b"})
    generator = tiny_generator()
    with pytest.raises(GenerationError, match="unknown Wan variant 'nope'.*--wan-prophy"):
        generator.generate(GenerationRequest(**{**REQUEST.__dict__, "variant": "nope"}))


def test_attention_bias_guidance_with_prophy_is_refused_before_loading(tmp_path):
    from pipelines.core.generation import GUIDANCE_PRESETS
    from pipelines.core.layout import Layout, LayoutObject

    trained_prophy(tmp_path / "p")
    generator = tiny_generator(prophy={"physics": str(tmp_path / "p")})
    layout = Layout(objects=(LayoutObject(id=0, name="ball", boxes=((0.1, 0.1, 0.4, 0.4), (0.5, 0.5, 0.8, 0.8))),),
                    num_keyframes=2,
                    background="a garden")
    request = GenerationRequest(**{**REQUEST.__dict__, "variant": "physics", "layout": layout,
                                   "guidance": GUIDANCE_PRESETS["attention-bias"]})
    with pytest.raises(GenerationError, match="attention-bias guidance does not combine with a ProPhy variant"):
        generator.generate(request)
    assert not generator._is_loaded()


def test_inspector_through_services_writes_the_overlay_and_categories(tmp_path):
    import json

    from pipelines.core.video import read_video

    services = Services(load_config(None, {"server": {"runs_dir": str(tmp_path / "runs")},
                                           "generator": {"backend": "tiny-wan", "prophy": {"physics": str(tmp_path / "p")}}}))
    trained_prophy(tmp_path / "p")
    assert services.prophy_variants() == ["physics"]
    request = services.default_request(REQUEST.prompt, "tiny-wan", variant="physics", steps=2)
    inspection, run = services.inspect_prophy(request)
    categories = json.loads(run.path("categories.json").read_text())
    assert categories == pytest.approx(inspection.categories) and sum(categories.values()) == pytest.approx(1.0)
    frames, _fps = read_video(run.path("overlay.mp4"))
    assert frames.shape[0] == request.num_frames
    some_block = next(iter(inspection.expert_choice.values()))
    assert some_block.shape == (3, 4, 4)  # latent frames × token grid of a 64×64, 9-frame video
    with pytest.raises(GenerationError, match="not a ProPhy variant"):
        services.inspect_prophy(services.default_request(REQUEST.prompt, "tiny-wan", steps=2))


def test_inspector_panel_in_the_browser(browser, tiny_studio, artifacts):
    page = browser.new_context(viewport={"width": 1400, "height": 1800}).new_page()
    page.goto(tiny_studio["url"])
    page.get_by_role("tab", name="Generate").click()
    page.locator("#generate-prompt textarea").fill("a glass ball falls and shatters on a stone floor")
    page.locator("#prophy-inspector").get_by_text("ProPhy inspector").click()
    page.get_by_role("button", name="Refresh variants").click()
    page.get_by_text("1 ProPhy variant(s) on tiny-wan").wait_for(timeout=20_000)
    page.locator("#prophy-inspect-button").click()
    page.get_by_text("Most likely physics").wait_for(timeout=60_000)
    assert page.locator("#prophy-overlay video").count() == 1
    assert page.locator("#prophy-categories .js-plotly-plot").count() == 1
    page.locator("#prophy-inspector").screenshot(path=str(artifacts / "prophy-inspector.png"))
    page.context.close()
