"""Arena tab: blind A/B votes between variants, a Bradley–Terry leaderboard, and a password-locked Admin view.

Fair-vote rules (as in FastChat's arena): names stay hidden until the vote (videos are served only through the pair's
token, under no telling name), the vote buttons unlock only after both videos have played to the end (the
browser reports it; the store also refuses any vote earlier than the shorter video's duration), voters are
issued by the server, one vote per pair per voter, rate limits and duplicates are refused by the store with a
sentence the voter can act on. UI only: storage and ratings are ``pipelines.arena``.
"""

from __future__ import annotations

import html
import logging
import os
import random
import secrets
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import gradio as gr

from pipelines.arena import CHOICE_LABELS, CHOICES, REASON_TAGS, ArenaError, InvalidVote, NoPairAvailable
from pipelines.core.errors import PhyStudioError
from pipelines.core.limits import echo
from pipelines.services import Services

from .access import access_for
from .text import markdown_literal
from .zerogpu import COMPARE_S, gpu_task

ALL = "all"
PREFIX = "/api/arena"  # the JSON routes and the one video route (studio/arena_rest.py)
SERVE_FOLDER = "arena-serve"  # under the runs folder (an allowed path): leaderboard CSVs
SERVE_BUCKET = "%Y%m%d-%H"  # one folder per UTC hour
SERVE_KEEP_S = 24 * 3600
SWEEP_EVERY_S = 600
log = logging.getLogger(__name__)
LIVE_POOL = "live"  # pairs generated on demand from the Vote tab
BOOTSTRAP_ROUNDS = 200

# The browser tells the server when both players have reached their end; the sources it saw identify the
# pair, so a late "ended" from a previous pair unlocks nothing. Media events do not bubble: capture them.
PLAYED_JS = """
(() => {
  const sides = {a: "#arena-video-a", b: "#arena-video-b"};
  const ended = {a: null, b: null};
  const sent = new Set();
  const source = (side) => { const v = document.querySelector(`${sides[side]} video`); return v ? (v.currentSrc || v.src) : ""; };
  document.addEventListener("ended", (event) => {
    const video = event.target;
    if (!(video instanceof HTMLVideoElement)) return;
    const side = video.closest(sides.a) ? "a" : video.closest(sides.b) ? "b" : null;
    if (!side) return;
    ended[side] = video.currentSrc || video.src;
    const a = source("a"), b = source("b");
    if (a && b && ended.a === a && ended.b === b && !sent.has(a + "|" + b)) {
      sent.add(a + "|" + b);
      trigger("change", {a: a, b: b});
    }
  }, true);
})();
"""


def voter_for(services: Services, token: str | None) -> tuple[str, str | None]:
    """(voter id, a newly issued voter token or None): a token the server signed names its voter; no token
    makes a new voter (the store bounds new voters per client address); a forged one is refused."""
    voters = services.arena_voters()
    if token:
        return voters.voter(token), None
    return voters.issue()


def video_url(token: str, side: str) -> str:
    """Where the pair's side is served (relative to the app, for the page's own <video> elements)."""
    return f"{PREFIX.lstrip('/')}/video/{token}/{side}"


def video_html(token: str | None, side: str) -> str:
    if not token:
        return ""
    return (f'<video src="{html.escape(video_url(token, side))}" controls preload="auto" playsinline '
            f'style="width:100%;max-height:320px;background:#000"></video>')


def check_pair_video(services: Services, token: str) -> None:
    """Both files of a fresh pair exist (a deleted run folder is reported now, not as a broken player)."""
    store = services.arena_store()
    for side in ("A", "B"):
        store.pair_video(token, side)


def request_address(services: Services, request: gr.Request) -> str:
    client = getattr(request, "client", None)
    return services.arena_client_address(getattr(client, "host", None), dict(getattr(request, "headers", None) or {}))


_last_sweep = 0.0


def _sweep(root: Path) -> None:
    """Drop hour folders older than a day, at most every few minutes (the board refreshes after every vote)."""
    global _last_sweep
    now = time.time()
    if now - _last_sweep < SWEEP_EVERY_S:
        return
    _last_sweep = now
    oldest = time.strftime(SERVE_BUCKET, time.gmtime(now - SERVE_KEEP_S))
    for bucket in root.iterdir():
        if bucket.is_dir() and bucket.name < oldest:
            shutil.rmtree(bucket, ignore_errors=True)


def reveal_markdown(result: dict[str, Any]) -> str:
    """The vote's outcome with the names and judge scores, shown only after the vote."""
    def line(side: str) -> str:
        v = result[side]
        scores = " · ".join(f"{k.upper()} {v[k]:.2f}" for k in ("sa", "pc") if v.get(k) is not None) or "not scored"
        return f"| **{side}** | {v['variant']} | {scores} |"

    choice = CHOICE_LABELS.get(result["choice"], result["choice"])
    reasons = f" · reasons: {', '.join(result['reasons'])}" if result.get("reasons") else ""
    return (f"**Your vote: {choice}**{reasons}\n\n| video | variant | judge |\n|---|---|---|\n"
            f"{line('A')}\n{line('B')}\n\nPress **Next pair** for another one.")


def leaderboard_rows(services: Services, category: str | None = None, reason: str | None = None):
    """(leaderboard rows, counted votes) for one filter; every known variant is listed, voted or not."""
    from pipelines.arena.ratings import leaderboard

    store = services.arena_store()
    if category not in (None, "", ALL) and category not in store.categories():
        raise InvalidVote(f"unknown category {echo(category)}; known: {', '.join(store.categories()) or 'none yet'}")
    if reason not in (None, "", ALL) and reason not in REASON_TAGS:
        raise InvalidVote(f"unknown reason tag {echo(reason)}; known: {', '.join(REASON_TAGS)}")
    variants = tuple(store.variants())
    # A Bradley-Terry fit with its bootstrap costs far more than a vote; the board refreshes after every vote of
    # every voter, so it is recomputed only when the counted votes, the variants or the filter changed.
    key = (id(store), store.vote_count(), store.vote_count(include_excluded=False), variants, category or ALL,
           reason or ALL)
    with _board_lock:
        if key in _board_cache:
            return _board_cache[key]
    votes = store.votes()
    rows = leaderboard(votes, models=variants, bootstrap=BOOTSTRAP_ROUNDS,
                       category=None if category in (None, "", ALL) else category,
                       reason=None if reason in (None, "", ALL) else reason)
    with _board_lock:
        if len(_board_cache) > 64:
            _board_cache.clear()
        _board_cache[key] = (rows, len(votes))
    return rows, len(votes)


_board_lock = threading.Lock()
_board_cache: dict[tuple, tuple[list, int]] = {}


def public_vote(data: dict[str, Any]) -> dict[str, Any]:
    """A vote's answer for anonymous clients: names and scores revealed, the server's file paths not."""
    return {**data, **{side: {k: v for k, v in data[side].items() if k != "video"} for side in ("A", "B")
                       if isinstance(data.get(side), dict)}}


def admin_password(services: Services) -> str:
    return os.environ.get(services.config.arena.admin_password_env, "")


def build_arena_tab(services: Services) -> dict[str, Any]:
    with gr.Tabs():
        with gr.Tab("Vote", id="arena-vote", elem_id="arena-vote-tab"):
            vote = _build_vote(services)
        with gr.Tab("Leaderboard", id="arena-leaderboard", elem_id="arena-leaderboard-tab") as board_tab:
            board = _build_leaderboard(services)
        if admin_password(services):  # no password set: no Admin tab at all (an operator sets one to get it)
            with gr.Tab("Admin", id="arena-admin", elem_id="arena-admin-tab"):
                _build_admin(services)
    board_tab.select(**board["refresh"])
    for event in vote["votes"]:  # the leaderboard follows each vote
        event.then(**board["refresh"])
    _register_api(services)
    return {"next": vote["next"], "leaderboard": board["table"]}


# --------------------------------------------------------------------------- vote
def _build_vote(services: Services) -> dict[str, Any]:
    pair = gr.State(None)  # {"token", "served": [url A, url B], "played": bool, "voted": bool}
    voter = gr.State("")  # the voter token this server issued to this browser session
    gr.Markdown("Two videos of the same prompt from two different variants; which follows physics better? "
                "The names are hidden until you vote, and voting opens once **both videos have played to the end**.")
    with gr.Row():
        next_btn = gr.Button("Next pair", variant="primary", elem_id="arena-next", scale=1)
        category = gr.Dropdown([ALL], value=ALL, label="Category", scale=1, allow_custom_value=True,
                               elem_id="arena-category")
    with gr.Accordion("… or generate a fresh pair live for your own prompt", open=False, elem_id="arena-live"):
        with gr.Row():
            live_prompt = gr.Textbox(label="Prompt", scale=4, elem_id="arena-live-prompt",
                                     placeholder="a wooden ball rolls off a table and bounces twice")
            live_btn = gr.Button("Generate a blind pair", scale=1, elem_id="arena-live-button")
        gr.Markdown("Two different variants (picked at random among base, the loaded LoRAs and ProPhy modules) "
                    "generate your prompt with one random seed; the pair joins the *live* pool and opens here, "
                    "names hidden as usual.", elem_classes=["hint"])
    prompt = gr.Markdown("", elem_id="arena-prompt")
    with gr.Row(equal_height=True):
        with gr.Column():
            title_a = gr.Markdown("### A", elem_id="arena-title-a")
            video_a = gr.HTML("", elem_id="arena-video-a")
        with gr.Column():
            title_b = gr.Markdown("### B", elem_id="arena-title-b")
            video_b = gr.HTML("", elem_id="arena-video-b")
    with gr.Row():
        buttons = {choice: gr.Button(CHOICE_LABELS[choice], interactive=False, elem_id=f"arena-vote-{choice}",
                                     variant="secondary") for choice in CHOICES}
    reasons = gr.CheckboxGroup(list(REASON_TAGS), label="What decided it? (optional)", elem_id="arena-reasons")
    status = gr.Markdown("Press **Next pair** to start.", elem_id="arena-status")
    reveal = gr.Markdown("", elem_id="arena-reveal")
    played = gr.HTML("", js_on_load=PLAYED_JS, elem_id="arena-played", visible="hidden")

    def locked() -> list[gr.Button]:  # an update, built inside handlers (a Button made here would be a new one)
        return [gr.Button(interactive=False, variant="secondary") for _ in CHOICES]

    def on_next(category_value, voter_token, request: gr.Request, live_prompt_value: str | None = None):
        store = services.arena_store()
        chosen = None if category_value in (None, "", ALL) else category_value
        try:
            session, issued_token = voter_for(services, voter_token)
            voter_token = issued_token or voter_token
            where_from = request_address(services, request)
            if live_prompt_value:
                issued = store.next_pair(session, pool=LIVE_POOL, prompt=live_prompt_value, client_address=where_from)
            else:
                issued = store.next_pair(session, category=chosen, client_address=where_from)
            categories = gr.Dropdown(choices=[ALL, *store.categories()], value=category_value or ALL)
            check_pair_video(services, issued.token)
        except ArenaError as exc:  # no pairs (yet, or none left for this voter), a missing file, the database
            if not isinstance(exc, NoPairAvailable):
                gr.Warning(str(exc))
            return None, voter_token, gr.skip(), "", "", "", "### A", "### B", *locked(), [], f"**{exc}**", ""
        state = {"token": issued.token, "served": [video_url(issued.token, s) for s in "AB"], "played": False,
                 "voted": False}
        where = f" · category *{markdown_literal(issued.category)}*" if issued.category else ""
        return (state, voter_token, categories, f"**Prompt:** {markdown_literal(issued.prompt)}{where}",
                video_html(issued.token, "A"), video_html(issued.token, "B"), "### A", "### B", *locked(), [],
                "Play both videos to the end, then vote.", "")

    def on_live(text, category_value, voter_token, request: gr.Request, progress=gr.Progress()):
        from pipelines.compare import default_variants, run_compare, send_to_arena

        access_for(services).require(request, "add-pairs")  # a pair's author knows its variants

        # A refusal is one line in the status (raising would paint an error badge over every output).
        def refused(message: str):
            return *[gr.skip()] * (8 + len(CHOICES) + 1), f"⚠️ **{message}**", gr.skip()

        text = (text or "").strip()
        if not text:
            return refused("Type a prompt for the live pair first.")
        offered = default_variants(services)
        if len(offered) < 2:
            return refused("A live pair needs two variants, and this studio has only the base model: load a LoRA or a "
                           "ProPhy module (--lora / --prophy, or the Train tab's *Load this LoRA as a variant*), "
                           "or vote on the pairs already in the arena with **Next pair**.")
        rng = random.Random()
        picked = rng.sample(offered, 2)
        progress(0, desc="generating the pair")
        # The pair is blind: progress and errors must not name the variants (the server log has the details).
        try:
            result = run_compare(services, text, rng.randrange(2**31), picked,
                                 progress=lambda step, total, message: progress((step, total), desc="generating the pair"))
            failed = [o.error for o in result.outcomes if not o.ok]
            if failed:
                log.error("live arena pair for %r failed: %s", text, failed)
                return refused("One of the two variants failed to generate this prompt (details in the server log); "
                               "try again or another prompt.")
            send_to_arena(services.arena_store(), result, pool=LIVE_POOL)
        except (PhyStudioError, ValueError) as exc:
            log.error("live arena pair for %r failed: %s", text, exc)
            return refused("The live pair could not be generated (details in the server log).")
        return on_next(category_value, voter_token, request, live_prompt_value=text)

    def on_played(state, evt: gr.EventData):
        seen = [str(getattr(evt, "a", "")), str(getattr(evt, "b", ""))]
        if not state or state["voted"] or not all(seen[i].endswith(state["served"][i]) for i in (0, 1)):
            return gr.skip(), *[gr.skip()] * len(CHOICES), gr.skip()
        state = {**state, "played": True}
        return state, *[gr.Button(interactive=True, variant="primary")] * len(CHOICES), "Both videos played: which one is better?"

    def on_vote(choice: str, state, voter_token, reason_values, request: gr.Request):
        if not state:
            return gr.skip(), *[gr.skip()] * len(CHOICES), "Press **Next pair** first.", gr.skip(), gr.skip(), gr.skip()
        if not state["played"]:
            return (gr.skip(), *locked(), "Play both videos to the end before voting.", gr.skip(), gr.skip(), gr.skip())
        try:
            session, _ = voter_for(services, voter_token or "-")
            result = services.arena_store().vote(session, state["token"], choice, list(reason_values or []),
                                                 client_address=request_address(services, request))
        except ArenaError as exc:  # duplicate, rate limit, a token from another session: the message says what to do
            gr.Warning(str(exc))
            return gr.skip(), *[gr.skip()] * len(CHOICES), f"⚠️ **{exc}**", gr.skip(), gr.skip(), gr.skip()
        data = result.to_dict()
        state = {**state, "voted": True}
        return (state, *locked(), "Thank you: your vote is stored.", reveal_markdown(data),
                f"### A — {data['A']['variant']}", f"### B — {data['B']['variant']}")

    def vote_handler(choice: str):
        def handler(state, voter_token, reason_values, request: gr.Request):
            return on_vote(choice, state, voter_token, reason_values, request)
        return handler

    shown = [pair, voter, category, prompt, video_a, video_b, title_a, title_b, *buttons.values(), reasons, status, reveal]
    next_btn.click(on_next, [category, voter], shown, api_visibility="private")
    live_btn.click(gpu_task(COMPARE_S)(on_live), [live_prompt, category, voter], shown,
                   api_visibility="private", concurrency_id="gpu", concurrency_limit=1)
    played.change(on_played, [pair], [pair, *buttons.values(), status], api_visibility="private")
    votes = [button.click(vote_handler(choice), [pair, voter, reasons], [pair, *buttons.values(), status, reveal, title_a, title_b],
                          api_visibility="private") for choice, button in buttons.items()]
    return {"next": next_btn, "votes": votes, "category": category}


# --------------------------------------------------------------------------- leaderboard
def _build_leaderboard(services: Services) -> dict[str, Any]:
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

    def refresh(category_value, reason_value):
        from pipelines.arena.ratings import leaderboard_csv, leaderboard_figure, leaderboard_table

        try:
            rows, votes = leaderboard_rows(services, category_value, reason_value)
            categories = services.arena_store().categories()
        except ArenaError as exc:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), f"⚠️ **{exc}**"
        folder = services.runs.root / SERVE_FOLDER / time.strftime(SERVE_BUCKET, time.gmtime()) / secrets.token_hex(6)
        folder.mkdir(parents=True, exist_ok=True)  # one file per refresh: sessions with other filters never share it
        path = folder / "leaderboard.csv"
        path.write_text(leaderboard_csv(rows), encoding="utf-8")
        headers, table = leaderboard_table(rows)
        return (gr.Dataframe(value=table, headers=headers), leaderboard_figure(rows), str(path),
                gr.Dropdown(choices=[ALL, *categories], value=category_value or ALL),
                f"{len(rows)} variants · {votes} counted votes")

    io = {"fn": refresh, "inputs": [category, reason], "outputs": [table, plot, csv_file, category, status],
          "api_visibility": "private"}
    refresh_btn.click(**io)
    category.input(**io)
    reason.input(**io)
    return {"table": table, "refresh": io}


# --------------------------------------------------------------------------- admin
def _build_admin(services: Services) -> None:
    unlocked = gr.State(False)
    with gr.Row():
        password = gr.Textbox(label="Admin password", type="password", elem_id="arena-admin-password", scale=3)
        unlock_btn = gr.Button("Unlock", scale=1, elem_id="arena-admin-unlock")
    message = gr.Markdown("", elem_id="arena-admin-status")
    with gr.Column(visible=False) as panel:
        gr.Markdown("#### Pools")
        pools = gr.Dataframe(headers=["pool", "kind", "videos", "variants", "prompts", "active", "source"],
                             interactive=False, elem_id="arena-admin-pools")
        with gr.Row():
            folder = gr.Textbox(label="Import a folder as a pool", elem_id="arena-admin-folder", placeholder="/data/videos (eval folder, arena.jsonl, "
                                "*.mp4 with .json sidecars, or run folders)", scale=3)
            pool_name = gr.Textbox(label="Pool name", placeholder="blank: the folder's name", scale=1)
            scale = gr.Number(value=1.0, label="Score scale", info="5 for VideoPhy-2 1–5 scores", scale=1)
            import_btn = gr.Button("Import", scale=1, elem_id="arena-admin-import")
        with gr.Row():
            pool_pick = gr.Textbox(label="Pool", scale=2)
            pool_active = gr.Checkbox(value=True, label="active (hands out pairs)", scale=1)
            pool_btn = gr.Button("Set", size="sm", scale=1)
        gr.Markdown("#### Votes")
        stats_btn = gr.Button("↻ Vote statistics", size="sm", elem_id="arena-admin-stats")
        totals = gr.Markdown("", elem_id="arena-admin-totals")
        by_variant = gr.Dataframe(headers=["variant", "votes", "wins", "losses", "ties", "both_bad"], interactive=False)
        with gr.Row():
            by_day = gr.Dataframe(headers=["day", "votes"], interactive=False)
            sessions = gr.Dataframe(headers=["session", "votes", "first", "last", "flagged", "excluded", "note"],
                                    interactive=False, elem_id="arena-admin-sessions")
        with gr.Row():
            session_id = gr.Textbox(label="Session id", scale=3, elem_id="arena-admin-session")
            flagged = gr.Checkbox(label="flagged")
            excluded = gr.Checkbox(label="excluded (votes kept, ignored by ratings and export)", elem_id="arena-admin-excluded")
            note = gr.Textbox(label="Note", scale=2)
            flag_btn = gr.Button("Save", size="sm", elem_id="arena-admin-flag")
        gr.Markdown("#### Anomalies\nVotes that look forged: one network address voting faster than a person can "
                    "watch, or a voter who nearly always picks the same side (sides are shuffled). Excluded voters' "
                    "votes stay stored and leave the ratings and the export.")
        with gr.Row():
            anomalies_btn = gr.Button("↻ Find anomalies", size="sm", elem_id="arena-admin-anomalies-find")
            exclude_listed_btn = gr.Button("Exclude every voter listed", size="sm", variant="stop",
                                           elem_id="arena-admin-exclude-listed")
        anomaly_table = gr.Dataframe(headers=["kind", "subject", "votes", "detail", "voters"], interactive=False,
                                     elem_id="arena-admin-anomalies")
        gr.Markdown("#### Export")
        export_btn = gr.Button("Export PhyGDPO groups", elem_id="arena-admin-export")
        export_file = gr.File(label="groups.jsonl", interactive=False)

    def unlock(text, request: gr.Request):
        if not access_for(services).check_password(request, text):  # each wrong guess waits longer (up to 10 s)
            return False, gr.Column(visible=False), "⚠️ **Wrong password.**", ""
        return True, gr.Column(visible=True), "Unlocked.", ""

    def guarded(fn):
        """Every admin action checks the session's unlock on the server, not only the panel's visibility."""
        def run(is_unlocked, *args):
            if not is_unlocked:
                raise gr.Error("unlock the Admin view with the password first")
            try:
                return fn(*args)
            except ArenaError as exc:
                raise gr.Error(str(exc)) from None
        return run

    def pool_rows():
        return [[p.name, p.kind, p.videos, ", ".join(p.variants), p.prompts, "yes" if p.active else "no", p.source]
                for p in services.arena_store().pools()]

    def do_import(path, name, score_scale):
        from pipelines.arena.pools import import_folder

        if not (path or "").strip():
            raise gr.Error("type the folder to import")
        summary = import_folder(services.arena_store(), Path(path).expanduser(), pool=(name or "").strip() or None,
                                score_scale=float(score_scale or 1.0))
        return pool_rows(), (f"Imported {summary.added} video(s) into pool '{summary.pool}' ({summary.kind}); "
                             f"{summary.skipped} skipped.")

    def do_pool(name, active):
        services.arena_store().set_pool_active((name or "").strip(), bool(active))
        return pool_rows(), f"Pool '{name}' is now {'active' if active else 'inactive'}."

    def do_stats():
        s = services.arena_store().vote_stats()
        fmt = lambda t: time.strftime("%Y-%m-%d %H:%M", time.gmtime(t)) if t else ""
        variant_rows = [[v, *(c.get(k, 0) for k in ("votes", "wins", "losses", "ties", "both_bad"))]
                        for v, c in sorted(s.by_variant.items())]
        session_rows = [[x.session_id, x.votes, fmt(x.first_vote), fmt(x.last_vote), x.flagged, x.excluded, x.note]
                        for x in s.sessions]
        return (f"**{s.total}** votes stored · **{s.counted}** counted (excluded sessions' votes are kept but not counted)",
                variant_rows, sorted(s.by_day.items()), session_rows)

    def do_flag(sid, is_flagged, is_excluded, text):
        if not (sid or "").strip():
            raise gr.Error("type the session id (see the sessions table)")
        services.arena_store().set_session_flags(sid.strip(), flagged=bool(is_flagged), excluded=bool(is_excluded),
                                                 note=text or "")
        return f"Session {sid.strip()}: flagged={bool(is_flagged)}, excluded={bool(is_excluded)}."

    def anomaly_rows():
        return [[a.kind, a.subject, a.votes, a.detail, ", ".join(a.sessions)] for a in services.arena_store().anomalies()]

    def do_exclude_listed():
        """Recomputed on the server (the table in the browser is only a view), then excluded in one go."""
        store = services.arena_store()
        voters = {session for anomaly in store.anomalies() for session in anomaly.sessions}
        changed = store.exclude_sessions(sorted(voters))
        return anomaly_rows(), f"Excluded {changed} voter(s); their votes are kept but no longer counted."

    def do_export():
        from pipelines.arena.export import export_groups

        # The export maps videos to variants: it goes to the private folder, never under the served runs folder,
        # and the admin downloads a copy from a fresh temporary folder.
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        folder_path = services.config.private_dir / "arena-export" / f"{stamp}-{secrets.token_hex(4)}"
        folder_path.mkdir(parents=True, exist_ok=True)
        summary = export_groups(services.arena_store().votes(), folder_path / "groups.jsonl")
        download = Path(tempfile.mkdtemp(prefix="arena-export-")) / "groups.jsonl"
        shutil.copyfile(summary.path, download)
        return str(download), (f"Exported {summary.groups} group(s) from {summary.votes_used} decisive vote(s) "
                                   f"({summary.votes_skipped} ties or both bad skipped, {summary.pairs_split} evenly "
                                   f"split pair(s)) to `{summary.path}`")

    private = {"api_visibility": "private"}
    unlock_btn.click(unlock, [password], [unlocked, panel, message, password], **private).then(
        guarded(pool_rows), [unlocked], [pools], **private)
    password.submit(unlock, [password], [unlocked, panel, message, password], **private)
    import_btn.click(guarded(do_import), [unlocked, folder, pool_name, scale], [pools, message], **private)
    pool_btn.click(guarded(do_pool), [unlocked, pool_pick, pool_active], [pools, message], **private)
    stats_btn.click(guarded(do_stats), [unlocked], [totals, by_variant, by_day, sessions], **private)
    flag_btn.click(guarded(do_flag), [unlocked, session_id, flagged, excluded, note], [message], **private)
    export_btn.click(guarded(do_export), [unlocked], [export_file, message], **private)
    anomalies_btn.click(guarded(anomaly_rows), [unlocked], [anomaly_table], **private)
    exclude_listed_btn.click(guarded(do_exclude_listed), [unlocked], [anomaly_table, message], **private)


# --------------------------------------------------------------------------- named APIs
def _register_api(services: Services) -> None:
    def arena_pair(voter: str = "", category: str = "", request: gr.Request = None) -> dict:
        """A blind pair. `voter`: the voter token an earlier call returned (empty: the server issues a new voter;
        pass the returned "voter" to every later call). Returns the voter, the pair token, the prompt, the URLs of
        videos "A" and "B" (relative to the app's root; served for this token only) and `vote_after_s`, the
        seconds before a vote is accepted (both videos must have been watched); no variant names."""
        try:
            session, issued_token = voter_for(services, (voter or "").strip())
            issued = services.arena_store().next_pair(session, category=category or None,
                                                      client_address=request_address(services, request))
        except ArenaError as exc:
            raise gr.Error(str(exc)) from None
        return {"voter": issued_token or voter.strip(), "token": issued.token, "prompt": issued.prompt,
                "category": issued.category, "A": f"{PREFIX}/video/{issued.token}/A",
                "B": f"{PREFIX}/video/{issued.token}/B", "vote_after_s": issued.vote_after_s}

    def arena_vote(voter: str, token: str, choice: str, reasons: list[str] | None = None,
                   request: gr.Request = None) -> dict:
        """Vote on a pair from /arena_pair with the same `voter` token: choice is "A", "B", "tie" or "both_bad";
        reasons are optional tags. Returns the revealed variant names and judge scores; a duplicate, too early,
        rate-limited or foreign-token vote is refused with a message."""
        try:
            if not (voter or "").strip():
                raise InvalidVote("voter is empty: pass the voter token /arena_pair returned")
            session, _ = voter_for(services, voter.strip())
            result = services.arena_store().vote(session, token, choice, list(reasons or []),
                                                 client_address=request_address(services, request))
        except ArenaError as exc:
            raise gr.Error(str(exc)) from None
        return public_vote(result.to_dict())

    def leaderboard(category: str = "", reason: str = "") -> list[dict]:
        """Leaderboard rows (rank, variant, Bradley–Terry rating with 95% CI, Elo, votes...), optionally for one
        category or reason tag."""
        from dataclasses import asdict

        try:
            rows, _ = leaderboard_rows(services, category, reason)
        except ArenaError as exc:
            raise gr.Error(str(exc)) from None
        return [asdict(row) for row in rows]

    # Votes are short database transactions: served outside the queue (less per-call overhead), the store
    # serialises what must be serialised.
    gr.api(arena_pair, api_name="arena_pair", queue=False, concurrency_limit=None)
    gr.api(arena_vote, api_name="arena_vote", queue=False, concurrency_limit=None)
    gr.api(leaderboard, api_name="leaderboard", concurrency_limit=2)

