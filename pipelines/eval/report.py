"""Evaluation tables and the offline HTML report.

Tables are plain columns + rows (the Evaluate tab hands them to a dataframe as they are; pandas
is optional). The joint metric follows VideoPhy-2: the share of videos with SA ≥ 4 and PC ≥ 4 on
its 1–5 scale, i.e. SA, PC ≥ (4 − 1) / 4 = 0.75 on our [0, 1] scale. A judge that does not
measure SA (the embedded motion judge) gets a PC-only joint metric, and every table says so.
"""

from __future__ import annotations

import csv
import html
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..core.paths import PathEscape, within
from .result_files import EvalError, collect_rows, read_manifest

DEFAULT_THRESHOLD = 0.75  # VideoPhy-2's "≥ 4 on 1–5", mapped by (s − 1) / 4
EPSILON = 1e-9  # a score computed as 0.7499999999 still counts as 4/5
STAT_COLUMNS = ("videos", "failed", "mean_sa", "mean_pc", "joint")
HEADINGS = {"mean_sa": "mean SA", "mean_pc": "mean PC"}


@dataclass
class Table:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_pandas(self):
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)

    def to_dict(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "rows": [list(r) for r in self.rows]}


@dataclass
class EvalTables:
    summary: Table  # per variant
    by_category: Table  # per variant × category
    by_law: Table  # per variant × law
    by_interaction: Table  # per variant × activity/object
    hard: Table  # per variant, hard prompts only
    sa_threshold: float
    pc_threshold: float
    joint_basis: str  # "sa+pc" | "pc" (judge without SA) | "mixed"
    variants: list[str] = field(default_factory=list)

    @property
    def joint_note(self) -> str:
        if self.joint_basis == "pc":
            return (f"Joint metric = share of videos with PC ≥ {self.pc_threshold:g} only: the judge does not "
                    "measure semantic adherence (SA).")
        if self.joint_basis == "mixed":
            return (f"Joint metric = share with SA ≥ {self.sa_threshold:g} and PC ≥ {self.pc_threshold:g}; videos "
                    "without an SA score are judged on PC only.")
        return f"Joint metric = share of videos with SA ≥ {self.sa_threshold:g} and PC ≥ {self.pc_threshold:g} (VideoPhy-2)."

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary.to_dict(), "by_category": self.by_category.to_dict(),
                "by_law": self.by_law.to_dict(), "by_interaction": self.by_interaction.to_dict(),
                "hard": self.hard.to_dict(), "sa_threshold": self.sa_threshold, "pc_threshold": self.pc_threshold,
                "joint_basis": self.joint_basis, "joint_note": self.joint_note, "variants": list(self.variants)}


# ----------------------------------------------------------------------------- aggregation
def joint_pass(row: dict[str, Any], sa_threshold: float, pc_threshold: float) -> bool | None:
    """Whether a judged video passes both thresholds; None when it has no PC score to judge by."""
    if row.get("status") != "done" or row.get("pc") is None:
        return None
    if row["pc"] < pc_threshold - EPSILON:
        return False
    return row.get("sa") is None or row["sa"] >= sa_threshold - EPSILON


def group_stats(rows: list[dict[str, Any]], sa_threshold: float, pc_threshold: float) -> list[Any]:
    """``[videos, failed, mean SA, mean PC, joint]``; means and joint skip videos without that score."""
    done = [r for r in rows if r.get("status") == "done"]
    sa = [r["sa"] for r in done if r.get("sa") is not None]
    pc = [r["pc"] for r in done if r.get("pc") is not None]
    passes = [p for p in (joint_pass(r, sa_threshold, pc_threshold) for r in done) if p is not None]
    return [len(done), len(rows) - len(done), _mean(sa), _mean(pc), _mean([float(p) for p in passes])]


def aggregate(rows: Iterable[dict[str, Any]], *, sa_threshold: float = DEFAULT_THRESHOLD,
              pc_threshold: float = DEFAULT_THRESHOLD) -> EvalTables:
    rows = list(rows)
    variants = _variant_order(rows)

    def table(name: str, key) -> Table:
        groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault((r["variant"], key(r)), []).append(r)
        ordered = sorted(groups, key=lambda g: (variants.index(g[0]), g[1]))
        return Table(["variant", name, *STAT_COLUMNS],
                     [[v, k, *group_stats(groups[(v, k)], sa_threshold, pc_threshold)] for v, k in ordered])

    def per_variant(subset: list[dict[str, Any]]) -> Table:
        return Table(["variant", *STAT_COLUMNS],
                     [[v, *group_stats([r for r in subset if r["variant"] == v], sa_threshold, pc_threshold)]
                      for v in variants if any(r["variant"] == v for r in subset)])

    scored = [r for r in rows if r.get("status") == "done" and r.get("pc") is not None]
    with_sa = sum(r.get("sa") is not None for r in scored)
    basis = "sa+pc" if with_sa == len(scored) else ("pc" if with_sa == 0 else "mixed")
    return EvalTables(
        summary=per_variant(rows),
        by_category=table("category", lambda r: r.get("category") or "(none)"),
        by_law=table("law", lambda r: r.get("law") or "(none)"),
        by_interaction=table("interaction", lambda r: r.get("interaction") or "(unknown)"),
        hard=per_variant([r for r in rows if r.get("hard")]),
        sa_threshold=sa_threshold, pc_threshold=pc_threshold, joint_basis=basis, variants=variants,
    )


def _variant_order(rows: list[dict[str, Any]]) -> list[str]:
    seen: list[str] = []
    for r in rows:
        if r["variant"] not in seen:
            seen.append(r["variant"])
    return sorted(seen, key=lambda v: (v != "base", seen.index(v)))


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def write_tables(folder: Path, tables: EvalTables) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in ("summary", "by_category", "by_law", "by_interaction", "hard"):
        path = folder / f"{name}.csv"
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        with open(partial, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            t: Table = getattr(tables, name)
            writer.writerow(t.columns)
            writer.writerows([["" if v is None else v for v in row] for row in t.rows])
        os.replace(partial, path)
        written.append(path)
    return written


# ----------------------------------------------------------------------------- the HTML report
PAGE_STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;color:#1f2933;
padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d9e2ec;padding-bottom:.3rem}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}th,td{border:1px solid #d9e2ec;padding:.3rem .6rem;text-align:left}
th{background:#f0f4f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.note{background:#fffbea;border-left:4px solid #f0b429;padding:.5rem .8rem}
.meta{color:#52606d;font-size:.9rem}
"""


def render_report(rows: list[dict[str, Any]], tables: EvalTables, manifest: dict[str, Any] | None = None,
                  title: str = "PhyStudio evaluation") -> str:
    """One self-contained HTML page (plotly.js inlined once), readable offline."""
    manifest = manifest or {}
    figures = [joint_figure(tables), category_figure(tables)]
    parts = [_figure_html(fig, first=(i == 0)) for i, fig in enumerate(figures)]
    judge_kinds = sorted({str(r.get("judge_kind")) for r in rows if r.get("judge_kind")})
    judges = sorted({str(r.get("judge_id")) for r in rows if r.get("judge_id")})
    generators = sorted({str(r.get("generator")) for r in rows if r.get("generator")})
    meta = (f"{len(rows)} videos · generator {', '.join(generators) or '?'} · judge {', '.join(judges) or '?'} "
            f"({', '.join(judge_kinds) or '?'}) · thresholds SA {tables.sa_threshold:g}, PC {tables.pc_threshold:g}")
    notes = [tables.joint_note]
    if "motion" in judge_kinds:
        notes.append("Scores from the embedded motion judge are pixel-motion metrics, not a VLM's judgement.")
    request = manifest.get("request") or {}
    settings = ", ".join(f"{k} {request[k]}" for k in ("width", "height", "num_frames", "steps", "cfg_scale")
                         if k in request)
    body = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p class='meta'>{html.escape(meta)}</p>",
        f"<p class='meta'>{html.escape(settings)}</p>" if settings else "",
        *[f"<p class='note'>{html.escape(n)}</p>" for n in notes],
        "<h2>Summary per variant</h2>", _table_html(tables.summary),
        "<h2>Joint metric per variant</h2>", parts[0],
        "<h2>Per category</h2>", parts[1], _table_html(tables.by_category),
        "<h2>Hard subset</h2>", _table_html(tables.hard) if tables.hard.rows else "<p>No hard prompts in this run.</p>",
        "<h2>Per interaction (activity / object)</h2>", _table_html(tables.by_interaction),
        "<h2>Per physical law</h2>", _table_html(tables.by_law),
        "<h2>Videos</h2>", _videos_html(rows),
    ]
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title><style>{PAGE_STYLE}</style></head><body>"
            + "\n".join(body) + "</body></html>")


def write_report(path: Path, rows: list[dict[str, Any]], tables: EvalTables,
                 manifest: dict[str, Any] | None = None) -> Path:
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    partial.write_text(render_report(rows, tables, manifest), encoding="utf-8")
    os.replace(partial, path)
    return path


def _figure_html(figure, first: bool) -> str:
    import plotly.io as pio

    return pio.to_html(figure, full_html=False, include_plotlyjs=True if first else False,
                       config={"displaylogo": False, "responsive": True})


def joint_figure(tables: EvalTables):
    import plotly.graph_objects as go

    records = tables.summary.records()
    figure = go.Figure(go.Bar(x=[r["variant"] for r in records], y=[r["joint"] for r in records],
                              text=[_fmt(r["joint"]) for r in records], textposition="outside",
                              marker_color="#2f80ed", name="joint"))
    label = (f"share with PC ≥ {tables.pc_threshold:g}" if tables.joint_basis == "pc"
             else f"share with SA ≥ {tables.sa_threshold:g} and PC ≥ {tables.pc_threshold:g}")
    figure.update_layout(yaxis=dict(title=label, range=[0, 1.05]), xaxis_title="variant", height=360,
                         margin=dict(t=30, b=40), template="plotly_white")
    return figure


def category_figure(tables: EvalTables):
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    records = tables.by_category.records()
    metrics = [("mean_pc", "mean PC")]
    if tables.joint_basis != "pc":
        metrics.insert(0, ("mean_sa", "mean SA"))
    figure = make_subplots(rows=1, cols=len(metrics), subplot_titles=[m[1] for m in metrics], shared_yaxes=True)
    palette = ["#2f80ed", "#eb5757", "#27ae60", "#f2994a", "#9b51e0", "#56ccf2"]
    for col, (metric, _) in enumerate(metrics, start=1):
        for i, variant in enumerate(tables.variants):
            mine = [r for r in records if r["variant"] == variant]
            figure.add_trace(go.Bar(x=[r["category"] for r in mine], y=[r[metric] for r in mine], name=variant,
                                    legendgroup=variant, showlegend=col == 1,
                                    marker_color=palette[i % len(palette)]), row=1, col=col)
    figure.update_layout(barmode="group", height=380, margin=dict(t=40, b=40), template="plotly_white")
    figure.update_yaxes(range=[0, 1])
    return figure


def _fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _table_html(table: Table) -> str:
    head = "".join(f"<th>{html.escape(HEADINGS.get(c, c.replace('_', ' ')))}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td class='num'>{_fmt(v)}</td>" if isinstance(v, (int, float)) and not isinstance(v, bool)
                         else f"<td>{html.escape(_fmt(v))}</td>" for v in row) + "</tr>"
        for row in table.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _videos_html(rows: list[dict[str, Any]]) -> str:
    columns = ("prompt", "category", "law", "variant", "seed", "SA", "PC", "video")
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr>"
    lines = []
    for r in rows:
        video = r.get("video") or ""
        link = (f"<a href='{html.escape(video, quote=True)}'>{html.escape(Path(video).name)}</a>" if video
                else html.escape(r.get("error") or r.get("status", "")))
        lines.append(f"<tr><td>{html.escape(r.get('prompt', ''))}</td><td>{html.escape(r.get('category') or '')}</td>"
                     f"<td>{html.escape(r.get('law') or '')}</td><td>{html.escape(r['variant'])}</td>"
                     f"<td class='num'>{r['seed']}</td><td class='num'>{_fmt(r.get('sa'))}</td>"
                     f"<td class='num'>{_fmt(r.get('pc'))}</td><td>{link}</td></tr>")
    return f"<table><thead>{head}</thead><tbody>{''.join(lines)}</tbody></table>"


# ----------------------------------------------------------------------------- for the Evaluate tab
@dataclass
class EvalData:
    out_dir: Path
    rows: list[dict[str, Any]]  # one per item; live while shards are still running
    tables: EvalTables
    manifest: dict[str, Any]
    report_path: Path | None  # None until every shard is done (or ``merge`` ran)

    def videos(self) -> Table:
        """Per-video rows with the video's absolute path, for a gallery or a dataframe.

        A row's ``video`` is data from the folder's files: one that points outside the folder (an absolute path
        elsewhere, ``..``, a symlink out) gets no path, so nothing outside the evaluation can be played or served.
        """
        columns = ["id", "prompt", "category", "law", "hard", "variant", "seed", "status", "sa", "pc", "video"]
        return Table(columns, [[*(r.get(c) for c in columns[:-1]), self.video_path(r)] for r in self.rows])

    def video_path(self, row: dict[str, Any]) -> str:
        video = row.get("video")
        if not isinstance(video, str) or not video:
            return ""
        try:
            return str(within(self.out_dir, video))
        except PathEscape:
            return ""


def load_eval(out_dir: str | Path, *, sa_threshold: float | None = None,
              pc_threshold: float | None = None) -> EvalData:
    """Rows and tables of an evaluation folder, read from the shard files (so partial runs show too)."""
    out_dir = Path(out_dir).expanduser()
    if not out_dir.is_dir():
        raise EvalError(f"evaluation folder {out_dir} does not exist")
    manifest = read_manifest(out_dir)
    rows = sorted(collect_rows(out_dir), key=lambda r: (r["id"], r["variant"], r["seed"]))
    if not rows:
        raise EvalError(f"{out_dir} holds no results yet (no results-shard*.jsonl lines)")
    thresholds = manifest.get("thresholds", {})
    tables = aggregate(rows, sa_threshold=thresholds.get("sa", DEFAULT_THRESHOLD) if sa_threshold is None else sa_threshold,
                       pc_threshold=thresholds.get("pc", DEFAULT_THRESHOLD) if pc_threshold is None else pc_threshold)
    report = out_dir / "report.html"
    return EvalData(out_dir, rows, tables, manifest, report if report.is_file() else None)
