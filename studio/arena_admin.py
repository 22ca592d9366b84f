"""The arena's Admin view: pools, vote statistics, session flags, anomalies and the PhyGDPO export.

Locked behind the admin password; every action checks again on the server that this session unlocked the view
and is still signed in (see ``guarded``), not only that the panel is visible."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import gradio as gr

from pipelines.arena import ArenaError
from pipelines.services import Services

from .access import access_for
from .forms import bound


def admin_password(services: Services) -> str:
    return os.environ.get(services.config.arena.admin_password_env, "")


def build_admin(services: Services) -> None:
    """The Admin view: locked until this session types the password; every action checks again on the server."""
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
            folder = gr.Textbox(label="Import a folder as a pool", elem_id="arena-admin-folder",
                                placeholder="/data/videos (eval folder, arena.jsonl, "
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

    private = {"api_visibility": "private"}
    unlock_io = {"fn": bound(unlock, services), "inputs": [password], "outputs": [unlocked, panel, message, password]}
    unlock_btn.click(**unlock_io, **private).then(guarded(services, pool_rows), [unlocked], [pools], **private)
    password.submit(**unlock_io, **private)
    import_btn.click(guarded(services, do_import), [unlocked, folder, pool_name, scale], [pools, message], **private)
    pool_btn.click(guarded(services, do_pool), [unlocked, pool_pick, pool_active], [pools, message], **private)
    stats_btn.click(guarded(services, do_stats), [unlocked], [totals, by_variant, by_day, sessions], **private)
    flag_btn.click(guarded(services, do_flag), [unlocked, session_id, flagged, excluded, note], [message], **private)
    export_btn.click(guarded(services, do_export), [unlocked], [export_file, message], **private)
    anomalies_btn.click(guarded(services, anomaly_rows), [unlocked], [anomaly_table], **private)
    exclude_listed_btn.click(guarded(services, do_exclude_listed), [unlocked], [anomaly_table, message], **private)


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def unlock(services: Services, text, request: gr.Request):
    if not access_for(services).check_password(request, text):  # each wrong guess waits longer (up to 10 s)
        return False, gr.Column(visible=False), "⚠️ **Wrong password.**", ""
    return True, gr.Column(visible=True), "Unlocked.", ""


def guarded(services: Services, action: Callable) -> Callable:
    """``action(services, *values)`` as an event handler that first checks on the server that this session
    unlocked the view and is still signed in (signing out in System, or the sign-in expiring, locks an open
    Admin view), not only the panel's visibility."""
    def run(request: gr.Request, is_unlocked, *args):
        if not is_unlocked or not access_for(services).signed_in(request):
            raise gr.Error("unlock the Admin view with the password first (signing out in System locks it)")
        try:
            return action(services, *args)
        except ArenaError as exc:
            raise gr.Error(str(exc)) from None
    return run


def pool_rows(services: Services):
    return [[p.name, p.kind, p.videos, ", ".join(p.variants), p.prompts, "yes" if p.active else "no", p.source]
            for p in services.arena_store().pools()]


def do_import(services: Services, path, name, score_scale):
    from pipelines.arena.pools import import_folder

    if not (path or "").strip():
        raise gr.Error("type the folder to import")
    summary = import_folder(services.arena_store(), Path(path).expanduser(), pool=(name or "").strip() or None,
                            score_scale=float(score_scale or 1.0))
    return pool_rows(services), (f"Imported {summary.added} video(s) into pool '{summary.pool}' ({summary.kind}); "
                                 f"{summary.skipped} skipped.")


def do_pool(services: Services, name, active):
    services.arena_store().set_pool_active((name or "").strip(), bool(active))
    return pool_rows(services), f"Pool '{name}' is now {'active' if active else 'inactive'}."


def _when(t) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.gmtime(t)) if t else ""


def do_stats(services: Services):
    s = services.arena_store().vote_stats()
    variant_rows = [[v, *(c.get(k, 0) for k in ("votes", "wins", "losses", "ties", "both_bad"))]
                    for v, c in sorted(s.by_variant.items())]
    session_rows = [[x.session_id, x.votes, _when(x.first_vote), _when(x.last_vote), x.flagged, x.excluded, x.note]
                    for x in s.sessions]
    return (f"**{s.total}** votes stored · **{s.counted}** counted (excluded sessions' votes are kept but not counted)",
            variant_rows, sorted(s.by_day.items()), session_rows)


def do_flag(services: Services, sid, is_flagged, is_excluded, text):
    if not (sid or "").strip():
        raise gr.Error("type the session id (see the sessions table)")
    services.arena_store().set_session_flags(sid.strip(), flagged=bool(is_flagged), excluded=bool(is_excluded),
                                             note=text or "")
    return f"Session {sid.strip()}: flagged={bool(is_flagged)}, excluded={bool(is_excluded)}."


def anomaly_rows(services: Services):
    return [[a.kind, a.subject, a.votes, a.detail, ", ".join(a.sessions)] for a in services.arena_store().anomalies()]


def do_exclude_listed(services: Services):
    """Recomputed on the server (the table in the browser is only a view), then excluded in one go."""
    store = services.arena_store()
    voters = {session for anomaly in store.anomalies() for session in anomaly.sessions}
    changed = store.exclude_sessions(sorted(voters))
    return anomaly_rows(services), f"Excluded {changed} voter(s); their votes are kept but no longer counted."


def do_export(services: Services):
    from pipelines.arena.export import export_groups, write_export_metadata

    # The export maps videos to variants: it goes to the private folder, never under the served runs folder,
    # and the admin downloads a copy from a fresh temporary folder.
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    folder_path = services.config.private_dir / "arena-export" / f"{stamp}-{secrets.token_hex(4)}"
    folder_path.mkdir(parents=True, exist_ok=True)
    summary = export_groups(services.arena_store().votes(), folder_path / "groups.jsonl")
    write_export_metadata(summary)  # the rule beside the groups, as `arena export` writes it
    download = Path(tempfile.mkdtemp(prefix="arena-export-")) / "groups.jsonl"
    shutil.copyfile(summary.path, download)
    return str(download), (f"Exported {summary.groups} group(s) from {summary.votes_used} decisive vote(s) "
                           f"({summary.votes_skipped} ties or both bad skipped, {summary.pairs_split} evenly "
                           f"split pair(s)) to `{summary.path}`")
