"""One researcher's whole journey through the studio in a real browser, on the real Wan code path (tiny random
Wan): plan a layout and edit it → generate with layout guidance → refine with PhyT2V → compare base against the
refined prompt → vote blind in the arena → see the vote on the leaderboard. One page, one session, in order: the
point is that each tab hands the next one what it needs (layout, prompt, refined prompt, arena videos)."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.request
from pathlib import Path

import pytest

from tests.test_arena_ui import play_to_end
from tests.test_browser import drag_on_editor

PROMPT = "a red ball is thrown from the left and bounces on the grass"
KEYFRAME = 3  # 1-based, as the slider shows it
COMPARE_SEED = 7
EDITOR_SIZE = (512, 512)  # the editor canvas of a square layout (studio/layout_tab.py EDITOR_WIDTH)

# Rows of a gradio Dataframe as {header: text}; skips the hidden row gradio renders to measure column widths.
GRID = """sel => {
  const root = document.querySelector(sel);
  if (!root) return [];
  const headers = Array.from(root.querySelectorAll('[role=columnheader]')).map(h => h.textContent.replace('⋮', '').trim());
  return Array.from(root.querySelectorAll('[role=row]'))
    .map(row => Array.from(row.querySelectorAll('[role=gridcell]')).map(cell => cell.textContent.trim()))
    .filter(cells => cells.length)
    .map(cells => Object.fromEntries(cells.map((text, i) => [headers[i], text])));
}"""


def grid(page, selector: str) -> list[dict[str, str]]:
    return page.evaluate(GRID, selector)


def wait_for_grid_change(page, selector: str, old: list[dict[str, str]], timeout: int = 20_000) -> list[dict[str, str]]:
    page.wait_for_function(f"([sel, old]) => JSON.stringify(({GRID})(sel)) !== JSON.stringify(old)", arg=[selector, old],
                           timeout=timeout)
    return grid(page, selector)


def wait_text(page, selector: str, pattern: str, timeout: int = 20_000) -> str:
    """The element's text once it matches the regular expression ``pattern``."""
    page.wait_for_function("([sel, p]) => new RegExp(p).test(document.querySelector(sel)?.innerText || '')",
                           arg=[selector, pattern], timeout=timeout)
    return page.locator(selector).inner_text()


def wait_for_preview(page, old_src: str | None) -> str:
    """The Layout tab's preview video once it is rendered and differs from ``old_src`` (each edit renders a new file)."""
    page.wait_for_function("old => { const p = document.querySelector('#layout-preview'); const v = p?.querySelector('video');\n"
                           "                               return v && v.getAttribute('src') && v.getAttribute('src') !== old"
                           " && !/processing/.test(p.innerText); }",
                           arg=old_src, timeout=20_000)
    return page.locator("#layout-preview video").get_attribute("src")


def box_of(row: dict[str, str]) -> list[float]:
    return [float(row[k]) for k in ("x_min", "y_min", "x_max", "y_max")]


def record(runs: Path, kind: str, run_id: str) -> dict:
    return json.loads((runs / kind / run_id / "record.json").read_text())


def sha_of_url(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        return hashlib.sha256(response.read()).hexdigest()


def sha_of_file(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def test_plan_generate_refine_compare_vote(browser, tiny_studio, artifacts):
    runs = Path(tiny_studio["runs"])
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    page = context.new_page()
    try:
        page.goto(tiny_studio["url"])
        page.wait_for_selector("#plan-button", timeout=30_000)
        expected_boxes = _layout(page, runs, artifacts)
        _generate(page, runs, expected_boxes, artifacts)
        refined = _refine(page, artifacts)
        compared = _compare(page, runs, refined, artifacts)
        _arena(page, compared, artifacts)
    finally:
        context.close()


def _layout(page, runs: Path, artifacts) -> list[list[float]]:
    """Plan, go to keyframe 3, move then resize the ball there; returns the ball's boxes on every keyframe as
    they should now be: as planned, but keyframe 3 as the table shows it after the edits."""
    page.locator("#layout-prompt textarea").fill(PROMPT)
    page.locator("#plan-button").click()
    plan_id = re.search(r"run (\S+)$", wait_text(page, "#layout-status", "Planned 1 object").strip()).group(1)
    planned_boxes = json.loads((runs / "plan" / plan_id / "layout.json").read_text())["objects"][0]["boxes"]
    number = page.locator("#keyframe-slider input[type=number]")
    number.fill(str(KEYFRAME))
    number.press("Enter")
    wait_text(page, "#layout-status", f"Keyframe {KEYFRAME} of 6")
    (planned,) = grid(page, "#layout-table")
    assert planned["name"] == "red ball"  # colour words stay in the name, as in LVD's layouts
    assert box_of(planned) == pytest.approx(planned_boxes[KEYFRAME - 1], abs=1e-3), "the table shows keyframe 3"
    preview = wait_for_preview(page, None)
    x0, y0, x1, y1 = box_of(planned)

    drag_on_editor(page, ((x0 + x1) / 2 * EDITOR_SIZE[0], (y0 + y1) / 2 * EDITOR_SIZE[1]), (-60, -40), EDITOR_SIZE)
    wait_text(page, "#layout-status", f"Edited keyframe {KEYFRAME}")
    (moved_row,) = wait_for_grid_change(page, "#layout-table", [planned])
    moved = box_of(moved_row)
    assert moved == pytest.approx([x0 - 60 / 512, y0 - 40 / 512, x1 - 60 / 512, y1 - 40 / 512], abs=0.01), \
        "a drag moves the box by the dragged pixels, size kept"
    preview = wait_for_preview(page, preview)

    drag_on_editor(page, (moved[2] * EDITOR_SIZE[0], moved[3] * EDITOR_SIZE[1]), (40, 30), EDITOR_SIZE)
    (resized_row,) = wait_for_grid_change(page, "#layout-table", [moved_row])
    resized = box_of(resized_row)
    assert resized[:2] == pytest.approx(moved[:2], abs=0.003), "dragging the bottom-right corner keeps the top-left"
    assert resized[2:] == pytest.approx([moved[2] + 40 / 512, moved[3] + 30 / 512], abs=0.01)
    wait_for_preview(page, preview)
    page.screenshot(path=str(artifacts / "journey-01-layout.png"), full_page=True)
    return [resized if k == KEYFRAME - 1 else box for k, box in enumerate(planned_boxes)]


def _generate(page, runs: Path, expected_boxes: list[list[float]], artifacts) -> None:
    """The Layout tab's prompt and edited layout, attention-bias guidance, 2 steps: a video, a record, scores."""
    page.get_by_role("tab", name="Generate").click()
    tab = page.locator("#tab-generate")
    tab.get_by_role("button", name="Use the Layout tab's prompt").click()
    page.wait_for_function("p => document.querySelector('#generate-prompt textarea')?.value === p", arg=PROMPT,
                           timeout=10_000)
    assert page.locator("#generate-generator input").input_value() == "tiny-wan"
    tab.get_by_label("Layout guidance").click()
    page.get_by_role("option", name="attention-bias").click()
    tab.get_by_text("Advanced").click()
    steps = tab.get_by_label("Steps", exact=True)
    steps.fill("2")
    steps.press("Tab")
    page.locator("#generate-button").click()
    status = wait_text(page, "#generate-status", "Generated|⚠️", timeout=60_000)
    assert "Generated 9 frames with tiny-wan in" in status, status
    run_id = re.search(r"run (\S+)$", status.strip()).group(1)
    page.wait_for_selector("#generate-video video[src]", timeout=10_000)
    assert page.locator("#generate-video video").get_attribute("src").endswith(".mp4")

    data = record(runs, "generate", run_id)
    assert data["status"] == "done"
    assert data["inputs"]["prompt"] == PROMPT
    assert data["settings"]["steps"] == 2 and data["settings"]["guidance"]["mode"] == "attention-bias"
    assert set(data["outputs"]) >= {"video", "layout", "attention"}
    layout = json.loads((runs / "generate" / run_id / "layout.json").read_text())
    assert layout["objects"][0]["boxes"] == [pytest.approx(box, abs=1e-3) for box in expected_boxes], \
        "the generation was steered by the layout as edited in the Layout tab (keyframe 3 only)"

    # Scores arrive after the video (a chained event); the plot shows what the run record stored.
    tab.get_by_text("physical commonsense (PC)").wait_for(timeout=20_000)
    page.wait_for_function("() => document.querySelector('#tab-generate .js-plotly-plot .bars text')", timeout=20_000)
    scored = record(runs, "generate", run_id)["scores"]
    (judge,) = scored.values()
    shown = page.evaluate("() => Array.from(document.querySelectorAll('#tab-generate .js-plotly-plot .bars text'))"
                          ".map(t => t.textContent)")
    assert f"{judge['pc']:.2f}" in shown

    tab.get_by_label("Attention viewer: object").click()
    page.get_by_role("option", name="ball #0").click()
    page.wait_for_selector("#attention-image img[src]", timeout=20_000)
    page.screenshot(path=str(artifacts / "journey-02-generate.png"), full_page=True)


def _refine(page, artifacts) -> str:
    """Two PhyT2V rounds on the Layout tab's prompt; the best round's prompt goes to Compare. Returns it."""
    from pipelines.phyt2v.loop import load_loop

    page.get_by_role("tab", name="Refine").click()
    tab = page.locator("#tab-refine")
    tab.get_by_role("button", name="Use the Layout tab's prompt").click()
    page.wait_for_function("p => document.querySelector('#refine-prompt textarea')?.value === p", arg=PROMPT,
                           timeout=10_000)
    rounds = tab.get_by_label("number input for Max rounds")
    rounds.fill("2")
    rounds.press("Enter")
    page.locator("#refine-button").click()
    status = wait_text(page, "#refine-status", "Loop (done|stopped|failed)|⚠️", timeout=90_000)
    assert "reached the maximum of 2 round(s)" in status, status
    table = grid(page, "#refine-rounds")
    assert [row["round"] for row in table] == ["1", "2"], "rounds count from 1, as the CLI prints them"
    assert table[0]["prompt"] == PROMPT
    assert table[1]["prompt"] != PROMPT and table[1]["prompt"].startswith(PROMPT), "round 2 runs the refined prompt"
    page.wait_for_selector("#refine-video video[src]", timeout=10_000)

    loop = load_loop(re.search(r"folder (\S+)$", status.strip()).group(1))
    assert [f"{r.scores['pc']:.3f}" for r in loop.rounds] == [row["PC"] for row in table]
    best = max(range(len(table)), key=lambda i: float(table[i]["PC"]))
    assert f"best PC {table[best]['PC']} in round {best + 1}" in status
    assert loop.rounds[0].refined_prompt == loop.rounds[1].prompt, "round 1's rewrite feeds round 2"

    page.locator("#refine-rounds [role=row]").filter(has=page.locator("[role=gridcell]")).nth(best) \
        .locator("[role=gridcell]").first.click()
    page.wait_for_function("i => document.querySelector('#tab-refine input[aria-label=\"number input for Round shown\"]')"
                           "?.value === String(i)", arg=best + 1, timeout=10_000)
    sent = loop.rounds[best].refined_prompt or loop.rounds[best].prompt
    tab.get_by_role("button", name="… to Compare").click()
    page.screenshot(path=str(artifacts / "journey-03-refine.png"), full_page=True)
    return sent


def _compare(page, runs: Path, refined: str, artifacts) -> dict[str, str]:
    """Base vs PhyT2V-refined, one seed, 2 steps; sent to the arena. Returns {label: video file}."""
    page.get_by_role("tab", name="Compare").click()
    tab = page.locator("#tab-compare")
    page.wait_for_function("p => document.querySelector('#compare-prompt textarea')?.value === p", arg=PROMPT,
                           timeout=10_000)  # filled from the Layout tab when the tab opens
    page.wait_for_function("p => document.querySelector('#compare-refined-prompt textarea')?.value === p", arg=refined,
                           timeout=10_000)  # sent from the Refine tab
    checked = "() => Array.from(document.querySelectorAll('#compare-variants label'))" \
              ".filter(l => l.querySelector('input').checked).map(l => l.innerText.trim())"
    page.wait_for_function(f"() => ({checked})().includes('PhyT2V-refined')", timeout=10_000)
    assert page.evaluate(checked) == ["base", "PhyT2V-refined"], "a prompt sent from Refine is picked for comparison"
    seed = tab.get_by_label("Seed", exact=True)
    seed.fill(str(COMPARE_SEED))
    seed.press("Tab")
    tab.get_by_text("Settings shared by every variant").click()
    steps = tab.get_by_label("Steps", exact=True)
    steps.fill("2")
    steps.press("Tab")
    page.locator("#compare-button").click()
    status = wait_text(page, "#compare-status", "Compared|Stopped|⚠️", timeout=60_000)
    assert f"Compared: 2 of 2 variants · seed {COMPARE_SEED} · 64×64, 9 frames, 2 steps" in status, status
    page.wait_for_function("() => Array.from(document.querySelectorAll('#compare-results video'))"
                           ".filter(v => v.src && v.readyState >= 1).length === 2", timeout=15_000)

    data = record(runs, "compare", re.search(r"run (\S+)$", status.strip()).group(1))
    videos = {v["label"]: v["video"] for v in data["settings"]["variants"]}
    assert data["settings"]["shared"]["seed"] == COMPARE_SEED and set(videos) == {"base", "PhyT2V-refined"}
    for v in data["settings"]["variants"]:
        assert record(runs, "generate", v["run_id"])["settings"]["seed"] == COMPARE_SEED
    for i in range(2):  # each player plays its own variant's video
        label = page.locator(f"#compare-title-{i}").inner_text().strip()
        src = page.locator(f"#compare-video-{i} video").get_attribute("src")
        assert sha_of_url(src) == sha_of_file(videos[label]), label
    differences = grid(page, "#compare-differences")
    assert [row["setting"] for row in differences] == ["prompt"], "only the prompt differs"
    assert differences[0]["base"] == PROMPT and differences[0]["PhyT2V-refined"] == refined

    page.locator("#compare-to-arena").click()
    arena_status = wait_text(page, "#compare-arena-status", "Added|already|⚠️")
    assert "Added 2 video(s) to the arena's 'compare' pool" in arena_status, arena_status
    page.screenshot(path=str(artifacts / "journey-04-compare.png"), full_page=True)
    return videos


def _leaderboard_votes(page, variants, expected: dict[str, int] | None = None) -> dict[str, int]:
    """Votes per variant on the Leaderboard sub-tab (already open), once it lists ``variants`` (and shows ``expected``)."""
    page.wait_for_function(f"""([names, expected]) => {{
        const rows = ({GRID})('#arena-leaderboard');
        const votes = Object.fromEntries(rows.map(r => [r.variant, Number(r.votes)]));
        return names.every(n => n in votes) && (!expected || names.every(n => votes[n] === expected[n]));
    }}""", arg=[list(variants), expected], timeout=20_000)
    return {row["variant"]: int(row["votes"]) for row in grid(page, "#arena-leaderboard") if row["variant"] in variants}


def _arena(page, videos: dict[str, str], artifacts) -> None:
    """A blind pair of the two compared videos; played to the end, voted, names revealed, leaderboard +1 each."""
    page.get_by_role("tab", name="Arena").click()
    page.get_by_role("tab", name="Leaderboard").click()
    before = _leaderboard_votes(page, videos)
    page.get_by_role("tab", name="Vote").click()

    # The studio is shared with other tests' pools: skip pairs of other prompts, as a voter may. Skipped pairs come
    # last (even once dropped from the voter's few open pairs), so skipping walks through every pair in the arena.
    # The bound is the walk's worst case, not its usual length: tests run before this one can leave more than 40 pairs.
    # Our pair is told by its videos, not its prompt's text: the text can be redrawn before the videos are, and a
    # pair is new only once both sources changed (each carries the pair's token).
    by_hash = {sha_of_file(path): label for label, path in videos.items()}
    sources_now = "() => ['a', 'b'].map(s => document.querySelector(`#arena-video-${s} video`)?.src || '')"
    sources: dict[str, str] = {}
    for _ in range(200):
        previous = page.evaluate(sources_now)
        page.locator("#arena-next").click()
        page.wait_for_function(f"old => ({sources_now})().every((src, i) => src && src !== old[i])",
                               arg=previous, timeout=15_000)
        sources = dict(zip("ab", page.evaluate(sources_now)))
        if all(sha_of_url(src) in by_hash for src in sources.values()):
            break
    truth = {side: by_hash.get(sha_of_url(src)) for side, src in sources.items()}  # which variant each side really is
    assert None not in truth.values(), "the compared pair is in the arena"
    page.wait_for_function("p => (document.querySelector('#arena-prompt')?.innerText || '').includes(p)", arg=PROMPT,
                           timeout=10_000)
    shown = page.locator("#arena-vote-tab").inner_text()
    assert not any(label in shown for label in videos), "no variant name before the vote"
    assert page.locator("#arena-vote-A").is_disabled()
    assert truth["a"] != truth["b"]

    play_to_end(page, "a")
    play_to_end(page, "b")
    page.wait_for_function("() => !document.querySelector('#arena-vote-A').disabled", timeout=10_000)
    page.screenshot(path=str(artifacts / "journey-05-arena-before.png"), full_page=True)
    page.locator("#arena-reasons").get_by_text("gravity").click()
    page.locator("#arena-vote-A").click()
    reveal = wait_text(page, "#arena-reveal", "Your vote")
    assert "A is better" in reveal and "gravity" in reveal
    titles = {side: page.locator(f"#arena-title-{side}").inner_text().split("—")[-1].strip() for side in ("a", "b")}
    assert titles == truth, "the revealed names are the variants whose videos were played"
    assert page.locator("#arena-vote-B").is_disabled(), "one vote per pair"
    page.screenshot(path=str(artifacts / "journey-05-arena.png"), full_page=True)

    page.get_by_role("tab", name="Leaderboard").click()
    expected = {label: count + 1 for label, count in before.items()}
    assert _leaderboard_votes(page, videos, expected) == expected
    page.screenshot(path=str(artifacts / "journey-06-leaderboard.png"), full_page=True)
