"""The /compare endpoint of a launched studio, called with gradio_client."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from pipelines.core.video import read_video

PROMPT = "a ball is thrown to the right and bounces"
REFINED = "a small rubber ball is thrown from the left to the right, falls under gravity and bounces twice"


@pytest.fixture(scope="module")
def client(studio):
    return Client(studio["url"], verbose=False)


def test_compare_gives_every_variant_the_same_seed_and_settings(client, studio):
    planned = client.predict(PROMPT, "physics", 0, 6, api_name="/plan_layout")
    result = client.predict(PROMPT, 5, ["base", "layout-guided", "PhyT2V-refined"], "", REFINED,
                            json.dumps(planned["layout"]), None, False, api_name="/compare")

    assert [v["label"] for v in result["variants"]] == ["base", "layout-guided", "PhyT2V-refined"]
    assert all(not v["error"] for v in result["variants"])
    assert result["seed"] == 5 and result["shared_settings"]["seed"] == 5
    records = [json.loads((Path(v["run_folder"]) / "record.json").read_text()) for v in result["variants"]]
    assert [r["settings"]["seed"] for r in records] == [5, 5, 5]
    for key in ("width", "height", "num_frames", "steps", "fps", "negative_prompt"):
        assert len({json.dumps(r["settings"][key]) for r in records}) == 1, key
        assert result["shared_settings"][key] == records[0]["settings"][key]
    assert [r["inputs"]["prompt"] for r in records] == [PROMPT, PROMPT, REFINED]
    rows = {row["setting"]: row for row in result["differences"]}
    assert set(rows) == {"prompt", "has_layout", "guidance.mode", "guidance.preset"}, \
        "only the variant-defining settings differ"
    assert rows["has_layout"]["layout-guided"] is True and rows["has_layout"]["base"] is False
    assert rows["guidance.mode"]["layout-guided"] == "energy" and rows["guidance.mode"]["PhyT2V-refined"] == "off"

    for variant, record in zip(result["variants"], records):
        local = Path(variant["file"])  # gradio_client downloaded it
        assert local.is_file() and local != Path(variant["video"])
        frames, _ = read_video(local)
        server_frames, _ = read_video(Path(variant["run_folder"]) / record["outputs"]["video"])
        assert frames.shape == server_frames.shape and (frames == server_frames).all()
        assert variant["scores"]["judge_id"] == record["scores"][variant["scores"]["judge_id"]]["judge_id"]
        assert variant["scores"]["pc"] == pytest.approx(record["scores"][variant["scores"]["judge_id"]]["pc"])

    compare_record = json.loads((Path(result["run_folder"]) / "record.json").read_text())
    assert compare_record["kind"] == "compare" and compare_record["status"] == "done"
    assert compare_record["settings"]["differences"] == result["differences"]


def test_compare_sends_videos_to_the_arena(client):
    result = client.predict("a cup slides across a table", 1, ["base", "PhyT2V-refined"], "",
                            "a ceramic cup slides to the right across a wooden table and stops", "", None, True,
                            api_name="/compare")
    assert result["arena_added"] == 2 and not result["arena_error"]
    again = client.predict("a cup slides across a table", 1, ["base", "PhyT2V-refined"], "",
                           "a ceramic cup slides to the right across a wooden table and stops", "", None, True,
                           api_name="/compare")
    assert again["arena_added"] == 2, "new videos (new run folders) are new pool entries"


def test_compare_errors_are_specific(client):
    with pytest.raises(AppError, match="unknown variant\\(s\\) 'layout-guided'.*needs a layout"):
        client.predict(PROMPT, 0, ["base", "layout-guided"], "", "", "", None, False, api_name="/compare")
    with pytest.raises(AppError, match="prompt is empty"):
        client.predict("  ", 0, ["base"], "", "", "", None, False, api_name="/compare")
    with pytest.raises(AppError, match="choose at least one variant"):
        client.predict(PROMPT, 0, [], "", "", "", None, False, api_name="/compare")
    with pytest.raises(AppError, match="unknown generator 'wan'"):
        client.predict(PROMPT, 0, ["base"], "wan", "", "", None, False, api_name="/compare")


def test_compare_tab_players_play_and_scrub_together(browser, studio):
    context = browser.new_context(viewport={"width": 1400, "height": 1500})
    page = context.new_page()
    try:
        page.goto(studio["url"])
        page.get_by_role("tab", name="Compare").click()
        page.locator("#compare-prompt textarea").fill(PROMPT)
        page.locator("#compare-refined-prompt textarea").fill(REFINED)
        page.locator("#compare-refined-prompt textarea").blur()
        page.wait_for_function("() => Array.from(document.querySelectorAll('#compare-variants label'))"  # offered and picked
                               ".some(l => l.innerText.includes('PhyT2V-refined') && l.querySelector('input').checked)",
                               timeout=10_000)
        page.locator("#compare-button").click()
        page.wait_for_function("() => (document.querySelector('#compare-status')?.innerText || '').includes('Compared: 2 of 2')",
                               timeout=30_000)
        page.wait_for_function("() => Array.from(document.querySelectorAll('#compare-results video'))"
                               ".filter(v => v.readyState >= 1).length === 2", timeout=15_000)
        assert page.locator("#compare-title-1").inner_text().strip() == "PhyT2V-refined"
        assert "prompt" in page.locator("#compare-differences").inner_text()

        state = "() => Array.from(document.querySelectorAll('#compare-results video')).map(v => [v.paused, v.currentTime])"
        page.evaluate("() => { const [a, b] = document.querySelectorAll('#compare-results video');"
                      " a.muted = b.muted = true; a.play(); }")
        page.wait_for_function("() => Array.from(document.querySelectorAll('#compare-results video')).every(v => !v.paused)",
                               timeout=5_000)
        page.evaluate("() => document.querySelectorAll('#compare-results video')[1].pause()")
        page.wait_for_function("() => Array.from(document.querySelectorAll('#compare-results video')).every(v => v.paused)",
                               timeout=5_000)
        page.evaluate("() => { document.querySelectorAll('#compare-results video')[0].currentTime = 1.5; }")
        page.wait_for_function("() => { const [a, b] = document.querySelectorAll('#compare-results video');"
                               " return Math.abs(b.currentTime - 1.5) < 0.05 && !b.seeking; }", timeout=5_000)
        (a_paused, a_time), (b_paused, b_time) = page.evaluate(state)
        assert a_paused and b_paused and abs(a_time - b_time) < 0.05
    finally:
        context.close()


def test_the_readme_compare_example_runs_on_the_default_set_up(client):
    """The README's /compare snippet, executed as written against a studio started with no flags."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    blocks = readme.split("```python\n")[1:]
    (snippet,) = [b.split("```", 1)[0] for b in blocks if 'api_name="/compare"' in b]
    namespace = {"client": client}
    exec(compile(snippet, "README.md /compare example", "exec"), namespace)
    result = namespace["result"]
    assert [v["label"] for v in result["variants"]] == ["base", "PhyT2V-refined"]
    assert all(v["error"] in (None, "") for v in result["variants"]), result["variants"]
    assert result["seed"] == 7 and result["arena_added"] == 2
