"""The arena's leaderboard view: Bradley–Terry ratings with intervals, Elo and a CSV of the shown table.
The numbers are ``pipelines.arena.stats.board``'s, as ``python -m pipelines arena leaderboard`` prints them."""

from __future__ import annotations

import secrets
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr

from pipelines.arena import REASON_TAGS, ArenaError
from pipelines.services import Services

from .forms import bound

ALL = "all"
SERVE_FOLDER = "arena-serve"  # under the runs folder (an allowed path): leaderboard CSVs
SERVE_BUCKET = "%Y%m%d-%H"  # one folder per UTC hour
SERVE_KEEP_S = 24 * 3600
SWEEP_EVERY_S = 600


class HourlyFolders:
    """Fresh folders under ``root``, one bucket per UTC hour; buckets older than ``keep_s`` are removed, at most
    every ``every_s`` (the board refreshes after every vote of every voter, each time writing a CSV)."""

    def __init__(self, root: Path, *, keep_s: float = SERVE_KEEP_S, every_s: float = SWEEP_EVERY_S,
                 clock: Callable[[], float] = time.time):
        self.root, self.keep_s, self.every_s, self.clock = Path(root), keep_s, every_s, clock
        self._last_sweep: float | None = None
        self._lock = threading.Lock()

    def fresh(self) -> Path:
        """A new folder of its own (sessions with other filters never share a file)."""
        now = self.clock()
        self._sweep(now)
        folder = self.root / time.strftime(SERVE_BUCKET, time.gmtime(now)) / secrets.token_hex(6)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _sweep(self, now: float) -> None:
        with self._lock:
            if self._last_sweep is not None and now - self._last_sweep < self.every_s:
                return
            self._last_sweep = now
        if not self.root.is_dir():
            return
        oldest = time.strftime(SERVE_BUCKET, time.gmtime(now - self.keep_s))
        for bucket in self.root.iterdir():
            if bucket.is_dir() and bucket.name < oldest:
                shutil.rmtree(bucket, ignore_errors=True)


def leaderboard_rows(services: Services, category: str | None = None, reason: str | None = None):
    """(leaderboard rows, counted votes) for one filter; every known variant is listed, voted or not."""
    from pipelines.arena.stats import board

    store = services.arena_store()
    # A Bradley-Terry fit with its bootstrap costs far more than a vote; the board refreshes after every vote of
    # every voter, so it is recomputed only when the counted votes, the variants or the filter changed.
    key = (id(store), store.vote_count(), store.vote_count(include_excluded=False), tuple(store.variants()),
           category or ALL, reason or ALL)
    with _board_lock:
        if key in _board_cache:
            return _board_cache[key]
    found = board(store, category, reason)
    with _board_lock:
        if len(_board_cache) > 64:
            _board_cache.clear()
        _board_cache[key] = found
    return found


_board_lock = threading.Lock()
_board_cache: dict[tuple, tuple[list, int]] = {}


def build_leaderboard(services: Services) -> dict[str, Any]:
    """``refresh``: event kwargs that redraw the board (the Arena tab runs them after each vote)."""
    with gr.Row():
        category = gr.Dropdown([ALL], value=ALL, label="Category", allow_custom_value=True, elem_id="arena-board-category")
        reason = gr.Dropdown([ALL, *REASON_TAGS], value=ALL, label="Reason tag", elem_id="arena-board-reason")
        refresh_btn = gr.Button("↻ Refresh", size="sm", elem_id="arena-board-refresh")
    gr.Markdown("Bradley–Terry ratings (ties and *both bad* count half a win each) with 95% bootstrap intervals, "
                "and online Elo; variants without votes are listed last.")
    from pipelines.arena.ratings import leaderboard_table

    table = gr.Dataframe(headers=leaderboard_table([])[0], interactive=False, elem_id="arena-leaderboard")
    plot = gr.Plot(label="Ratings with 95% intervals")
    csv_file = gr.File(label="Leaderboard CSV", interactive=False, elem_id="arena-leaderboard-csv")
    status = gr.Markdown("", elem_id="arena-board-status")

    csv_folders = HourlyFolders(services.runs.root / SERVE_FOLDER)
    io = {"fn": bound(refresh_board, services, csv_folders), "inputs": [category, reason],
          "outputs": [table, plot, csv_file, category, status], "api_visibility": "private"}
    refresh_btn.click(**io)
    category.input(**io)
    reason.input(**io)
    return {"table": table, "refresh": io}


def refresh_board(services: Services, csv_folders: HourlyFolders, category_value, reason_value):
    """The board for one filter: table, plot, a CSV of it, the categories known now and a one-line summary."""
    from pipelines.arena.ratings import leaderboard_csv, leaderboard_figure, leaderboard_table

    try:
        rows, votes = leaderboard_rows(services, category_value, reason_value)
        categories = services.arena_store().categories()
    except ArenaError as exc:
        return gr.skip(), gr.skip(), gr.skip(), gr.skip(), f"⚠️ **{exc}**"
    path = csv_folders.fresh() / "leaderboard.csv"
    path.write_text(leaderboard_csv(rows), encoding="utf-8")
    headers, table = leaderboard_table(rows)
    return (gr.Dataframe(value=table, headers=headers), leaderboard_figure(rows), str(path),
            gr.Dropdown(choices=[ALL, *categories], value=category_value or ALL),
            f"{len(rows)} variants · {votes} counted votes")
