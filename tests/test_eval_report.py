"""Tables and the VideoPhy-2 joint metric against hand-computed values; the offline HTML report."""

import json
import re

import pytest

from pipelines.eval.batch import EvalError, merge_results
from pipelines.eval.report import aggregate, joint_pass, load_eval, render_report


def row(variant, category, law, sa, pc, hard=False, status="done", interaction="object", seed=0, pid=None):
    pid = pid or f"{category}-{law}-{sa}-{pc}"
    return {"key": f"{pid}|{variant}|{seed}", "id": pid, "prompt": f"prompt {pid}", "category": category, "law": law,
            "interaction": interaction, "hard": hard, "variant": variant, "seed": seed, "status": status,
            "sa": sa if status == "done" else None, "pc": pc if status == "done" else None,
            "judge_id": "j", "judge_kind": "vlm", "video": f"videos/{pid}.mp4", "generator": "g"}


ROWS = [
    # base: SA/PC on the 1–5 VideoPhy-2 scale would be (5,5), (4,2), (3,4), (4,4) → joint 2/4.
    row("base", "mechanics", "gravity", 1.0, 1.0, hard=True),
    row("base", "mechanics", "friction", 0.75, 0.25),
    row("base", "optics", "shadow", 0.5, 0.75, interaction="activity"),
    row("base", "optics", "shadow", 0.75, 0.75, hard=True, pid="o2"),
    row("base", "thermal", "melting", None, None, status="failed"),
    # tuned: (5,4), (4,4), (2,5) → joint 2/3.
    row("tuned", "mechanics", "gravity", 1.0, 0.75, hard=True),
    row("tuned", "mechanics", "friction", 0.75, 0.75),
    row("tuned", "optics", "shadow", 0.25, 1.0, interaction="activity"),
]


def test_summary_per_variant_matches_hand_computation():
    tables = aggregate(ROWS)
    assert tables.summary.columns == ["variant", "videos", "failed", "mean_sa", "mean_pc", "joint"]
    assert tables.summary.rows == [
        ["base", 4, 1, pytest.approx((1.0 + 0.75 + 0.5 + 0.75) / 4), pytest.approx((1.0 + 0.25 + 0.75 + 0.75) / 4), 0.5],
        ["tuned", 3, 0, pytest.approx((1.0 + 0.75 + 0.25) / 3), pytest.approx((0.75 + 0.75 + 1.0) / 3),
         pytest.approx(2 / 3)],
    ]
    assert tables.joint_basis == "sa+pc" and "SA ≥ 0.75 and PC ≥ 0.75" in tables.joint_note


def test_per_category_law_interaction_and_hard_tables():
    tables = aggregate(ROWS)
    by_category = {(r[0], r[1]): r[2:] for r in tables.by_category.rows}
    assert by_category[("base", "mechanics")] == [2, 0, pytest.approx(0.875), pytest.approx(0.625), 0.5]
    assert by_category[("base", "optics")] == [2, 0, pytest.approx(0.625), pytest.approx(0.75), 0.5]
    assert by_category[("base", "thermal")] == [0, 1, None, None, None]
    assert by_category[("tuned", "optics")] == [1, 0, 0.25, 1.0, 0.0]
    assert [r[:2] for r in tables.by_category.rows] == [["base", "mechanics"], ["base", "optics"], ["base", "thermal"],
                                                        ["tuned", "mechanics"], ["tuned", "optics"]]
    by_law = {(r[0], r[1]): r[2:] for r in tables.by_law.rows}
    assert by_law[("base", "shadow")] == [2, 0, pytest.approx(0.625), 0.75, 0.5]
    assert by_law[("tuned", "gravity")] == [1, 0, 1.0, 0.75, 1.0]
    by_interaction = {(r[0], r[1]): r[2:] for r in tables.by_interaction.rows}
    assert by_interaction[("tuned", "activity")] == [1, 0, 0.25, 1.0, 0.0]
    assert by_interaction[("base", "object")][4] == pytest.approx(2 / 3)  # (5,5) (4,2) (4,4) + a failure
    assert tables.hard.rows == [["base", 2, 0, pytest.approx(0.875), pytest.approx(0.875), 1.0],
                                ["tuned", 1, 0, 1.0, 0.75, 1.0]]


def test_thresholds_are_configurable_and_tolerate_rounding():
    assert joint_pass({"status": "done", "sa": 0.75 - 1e-12, "pc": 0.75}, 0.75, 0.75) is True
    assert joint_pass({"status": "done", "sa": 0.74, "pc": 0.9}, 0.75, 0.75) is False
    assert joint_pass({"status": "failed", "sa": None, "pc": None}, 0.75, 0.75) is None
    strict = aggregate(ROWS, sa_threshold=1.0, pc_threshold=1.0)
    assert [r[5] for r in strict.summary.rows] == [0.25, 0.0]
    assert "SA ≥ 1 and PC ≥ 1" in strict.joint_note


def test_judge_without_sa_gets_a_pc_only_joint_metric_and_says_so():
    motion = [{**r, "sa": None, "judge_kind": "motion"} for r in ROWS]
    tables = aggregate(motion)
    assert tables.joint_basis == "pc" and "PC ≥ 0.75 only" in tables.joint_note
    assert [r[3] for r in tables.summary.rows] == [None, None]
    assert tables.summary.rows[0][5] == pytest.approx(3 / 4) and tables.summary.rows[1][5] == 1.0
    html = render_report(motion, tables)
    assert "does not measure semantic adherence" in html and "not a VLM" in html
    mixed = aggregate(ROWS[:2] + [{**ROWS[2], "sa": None}])
    assert mixed.joint_basis == "mixed" and "judged on PC only" in mixed.joint_note


def test_html_report_is_one_offline_file_with_the_figures(tmp_path):
    tables = aggregate(ROWS)
    html = render_report(ROWS, tables, {"request": {"width": 832, "height": 480, "steps": 50}})
    assert html.startswith("<!DOCTYPE html>") and html.count("<html") == 1
    assert not re.search(r"<script[^>]+src=", html)  # nothing fetched from a CDN
    assert not re.search(r"<link[^>]+href=['\"]https?:", html)
    assert "Plotly.newPlot" in html and html.count("Plotly.newPlot") == 2  # joint + per-category figures
    assert len(re.findall(r"plotly\.js v\d", html)) == 1  # the library inlined once
    assert "mean SA" in html and "mean PC" in html and "Per physical law" in html
    assert "<td>shadow</td>" in html and "href='videos/o2.mp4'" in html and "width 832" in html
    # The figure data is the table data.
    figure_json = re.search(r"Plotly\.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*\{", html, re.S).group(1)
    assert json.loads(figure_json)[0]["y"] == [0.5, pytest.approx(2 / 3)]


def test_merge_writes_tables_and_load_eval_reads_partial_results(tmp_path):
    out = tmp_path / "eval"
    out.mkdir()
    with pytest.raises(EvalError, match="holds no results yet"):
        load_eval(out)
    (out / "results-shard0.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS[:5]))
    (out / "results-shard1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS[5:]) + '{"key": "half')
    data = load_eval(out)
    assert data.report_path is None and len(data.rows) == 8
    assert data.tables.summary.rows == aggregate(ROWS).summary.rows
    videos = data.videos()
    assert videos.columns[-1] == "video" and videos.records()[0]["video"].startswith(str(out))
    tables = merge_results(out, sa_threshold=1.0, pc_threshold=1.0)
    assert [r[5] for r in tables.summary.rows] == [0.25, 0.0]
    summary_csv = (out / "tables" / "summary.csv").read_text().splitlines()
    assert summary_csv[0] == "variant,videos,failed,mean_sa,mean_pc,joint" and summary_csv[2].startswith("tuned,3,0,")
    assert (out / "results.csv").read_text().count("\n") == 9
    saved = json.loads((out / "results.json").read_text())
    assert saved["thresholds"] == {"sa": 1.0, "pc": 1.0} and len(saved["rows"]) == 8
    assert load_eval(out).report_path == out / "report.html"
    assert data.tables.summary.to_pandas().shape == (2, 6)
