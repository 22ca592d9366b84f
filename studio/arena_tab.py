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
import random
from typing import Any

import gradio as gr

from pipelines.arena import CHOICE_LABELS, CHOICES, REASON_TAGS, ArenaError, InvalidVote, NoPairAvailable
from pipelines.core.errors import PhyStudioError
from pipelines.services import Services

from .access import access_for
from .arena_admin import admin_password, build_admin
from .arena_board import ALL, build_leaderboard, leaderboard_rows
from .forms import bound, by_name
from .text import markdown_literal
from .zerogpu import COMPARE_S, gpu_task

PREFIX = "/api/arena"  # the JSON routes and the one video route (studio/arena_rest.py)
log = logging.getLogger(__name__)
LIVE_POOL = "live"  # pairs generated on demand from the Vote tab

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


def public_vote(data: dict[str, Any]) -> dict[str, Any]:
    """A vote's answer for anonymous clients: names and scores revealed, the server's file paths not."""
    return {**data, **{side: {k: v for k, v in data[side].items() if k != "video"} for side in ("A", "B")
                       if isinstance(data.get(side), dict)}}


def build_arena_tab(services: Services) -> dict[str, Any]:
    with gr.Tabs():
        with gr.Tab("Vote", id="arena-vote", elem_id="arena-vote-tab"):
            vote = build_vote(services)
        with gr.Tab("Leaderboard", id="arena-leaderboard", elem_id="arena-leaderboard-tab") as board_tab:
            board = build_leaderboard(services)
        if admin_password(services):  # no password set: no Admin tab at all (an operator sets one to get it)
            with gr.Tab("Admin", id="arena-admin", elem_id="arena-admin-tab"):
                build_admin(services)
    board_tab.select(**board["refresh"])
    for event in vote["votes"]:  # the leaderboard follows each vote
        event.then(**board["refresh"])
    _register_api(services)
    return {"next": vote["next"], "leaderboard": board["table"]}


# --------------------------------------------------------------------------- vote
def build_vote(services: Services) -> dict[str, Any]:
    """``next`` (the Next pair button) and ``votes`` (one click event per choice, for the board to follow)."""
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

    vote_buttons = {button_name(choice): button for choice, button in buttons.items()}
    shown = {"pair": pair, "voter": voter, "category": category, "prompt": prompt, "video_a": video_a,
             "video_b": video_b, "title_a": title_a, "title_b": title_b, **vote_buttons, "reasons": reasons,
             "status": status, "reveal": reveal}
    next_btn.click(by_name(bound(on_next, services), shown), [category, voter], list(shown.values()),
                   api_visibility="private")
    live_btn.click(gpu_task(COMPARE_S)(by_name(bound(on_live, services), shown)), [live_prompt, category, voter],
                   list(shown.values()), api_visibility="private", concurrency_id="gpu", concurrency_limit=1)
    played_outputs = {"pair": pair, **vote_buttons, "status": status}
    played.change(by_name(on_played, played_outputs), [pair], list(played_outputs.values()), api_visibility="private")
    voted = {"pair": pair, **vote_buttons, "status": status, "reveal": reveal, "title_a": title_a, "title_b": title_b}
    votes = [button.click(by_name(vote_handler(services, choice), voted), [pair, voter, reasons], list(voted.values()),
                          api_visibility="private")
             for choice, button in buttons.items()]
    return {"next": next_btn, "votes": votes, "category": category}


# ----------------------------------------------------------------- handlers (plain values in, updates out)
def button_name(choice: str) -> str:
    """The output name of a choice's vote button."""
    return f"vote_{choice}"


def vote_buttons(opened: bool) -> dict[str, gr.Button]:
    """Every vote button open or locked, as updates by output name (built inside handlers: a Button made in the
    builder is a new one)."""
    return {button_name(choice): gr.Button(interactive=opened, variant="primary" if opened else "secondary")
            for choice in CHOICES}


def on_next(services: Services, category_value, voter_token, request: gr.Request,
            live_prompt_value: str | None = None) -> dict[str, Any]:
    """A blind pair for this voter (issued now if new): from the chosen category, or the live pool's pair of
    ``live_prompt_value``. Answers by output name; a failure clears the pair and says why in ``status``."""
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
        return {"pair": None, "voter": voter_token, "prompt": "", "video_a": "", "video_b": "", "title_a": "### A",
                "title_b": "### B", **vote_buttons(opened=False), "reasons": [], "status": f"**{exc}**", "reveal": ""}
    state = {"token": issued.token, "served": [video_url(issued.token, s) for s in "AB"], "played": False,
             "voted": False}
    where = f" · category *{markdown_literal(issued.category)}*" if issued.category else ""
    return {"pair": state, "voter": voter_token, "category": categories,
            "prompt": f"**Prompt:** {markdown_literal(issued.prompt)}{where}", "video_a": video_html(issued.token, "A"),
            "video_b": video_html(issued.token, "B"), "title_a": "### A", "title_b": "### B",
            **vote_buttons(opened=False), "reasons": [], "status": "Play both videos to the end, then vote.",
            "reveal": ""}


def on_live(services: Services, text, category_value, voter_token, request: gr.Request,
            progress=gr.Progress()) -> dict[str, Any]:
    """Generate a fresh blind pair for the voter's own prompt (an operator action), then open it like Next pair
    (the same outputs by name)."""
    from pipelines.compare import default_variants, run_compare, send_to_arena

    access_for(services).require(request, "add-pairs")  # a pair's author knows its variants

    # A refusal is one line in the status (raising would paint an error badge over every output).
    def refused(message: str) -> dict[str, Any]:
        return {"status": f"⚠️ **{message}**"}

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
    return on_next(services, category_value, voter_token, request, live_prompt_value=text)


def on_played(state, evt: gr.EventData) -> dict[str, Any]:
    """The browser saw both of this pair's videos end: the vote buttons open (``pair``, the buttons, ``status``)."""
    seen = [str(getattr(evt, "a", "")), str(getattr(evt, "b", ""))]
    if not state or state["voted"] or not all(seen[i].endswith(state["served"][i]) for i in (0, 1)):
        return {}
    return {"pair": {**state, "played": True}, **vote_buttons(opened=True),
            "status": "Both videos played: which one is better?"}


def on_vote(services: Services, choice: str, state, voter_token, reason_values, request: gr.Request) -> dict[str, Any]:
    """Store the vote (once both videos played), then reveal the names and the judges' scores (``pair``, the
    buttons, ``status``, ``reveal``, ``title_a``, ``title_b`` by name)."""
    if not state:
        return {"status": "Press **Next pair** first."}
    if not state["played"]:
        return {**vote_buttons(opened=False), "status": "Play both videos to the end before voting."}
    try:
        session, _ = voter_for(services, voter_token or "-")
        result = services.arena_store().vote(session, state["token"], choice, list(reason_values or []),
                                             client_address=request_address(services, request))
    except ArenaError as exc:  # duplicate, rate limit, a token from another session: the message says what to do
        gr.Warning(str(exc))
        return {"status": f"⚠️ **{exc}**"}
    data = result.to_dict()
    return {"pair": {**state, "voted": True}, **vote_buttons(opened=False), "status": "Thank you: your vote is stored.",
            "reveal": reveal_markdown(data), "title_a": f"### A — {data['A']['variant']}",
            "title_b": f"### B — {data['B']['variant']}"}



def vote_handler(services: Services, choice: str):
    """The click handler of one choice's button (the choice is the button's, not a value the page sends)."""
    def handler(state, voter_token, reason_values, request: gr.Request):
        return on_vote(services, choice, state, voter_token, reason_values, request)
    return handler

# --------------------------------------------------------------------------- named APIs
def pair_answer(voter: str, issued) -> dict[str, Any]:
    """A pair as API clients get it (named endpoint and JSON route alike): no variant names."""
    return {"voter": voter, "token": issued.token, "prompt": issued.prompt, "category": issued.category,
            "A": f"{PREFIX}/video/{issued.token}/A", "B": f"{PREFIX}/video/{issued.token}/B",
            "vote_after_s": issued.vote_after_s}


def pair_for_client(services: Services, voter: str, category: str, request: gr.Request | None) -> dict:
    """The ``/arena_pair`` endpoint's work."""
    try:
        session, issued_token = voter_for(services, (voter or "").strip())
        issued = services.arena_store().next_pair(session, category=category or None,
                                                  client_address=request_address(services, request))
    except ArenaError as exc:
        raise gr.Error(str(exc)) from None
    return pair_answer(issued_token or voter.strip(), issued)


def vote_for_client(services: Services, voter: str, token: str, choice: str, reasons: list[str] | None,
                    request: gr.Request | None) -> dict:
    """The ``/arena_vote`` endpoint's work."""
    try:
        if not (voter or "").strip():
            raise InvalidVote("voter is empty: pass the voter token /arena_pair returned")
        session, _ = voter_for(services, voter.strip())
        result = services.arena_store().vote(session, token, choice, list(reasons or []),
                                             client_address=request_address(services, request))
    except ArenaError as exc:
        raise gr.Error(str(exc)) from None
    return public_vote(result.to_dict())


def leaderboard_for_client(services: Services, category: str, reason: str) -> list[dict]:
    """The ``/leaderboard`` endpoint's work."""
    from dataclasses import asdict

    try:
        rows, _ = leaderboard_rows(services, category, reason)
    except ArenaError as exc:
        raise gr.Error(str(exc)) from None
    return [asdict(row) for row in rows]


def _register_api(services: Services) -> None:
    def arena_pair(voter: str = "", category: str = "", request: gr.Request = None) -> dict:
        """A blind pair. `voter`: the voter token an earlier call returned (empty: the server issues a new voter;
        pass the returned "voter" to every later call). Returns the voter, the pair token, the prompt, the URLs of
        videos "A" and "B" (relative to the app's root; served for this token only) and `vote_after_s`, the
        seconds before a vote is accepted (both videos must have been watched); no variant names."""
        return pair_for_client(services, voter, category, request)

    def arena_vote(voter: str, token: str, choice: str, reasons: list[str] | None = None,
                   request: gr.Request = None) -> dict:
        """Vote on a pair from /arena_pair with the same `voter` token: choice is "A", "B", "tie" or "both_bad";
        reasons are optional tags. Returns the revealed variant names and judge scores; a duplicate, too early,
        rate-limited or foreign-token vote is refused with a message."""
        return vote_for_client(services, voter, token, choice, reasons, request)

    def leaderboard(category: str = "", reason: str = "") -> list[dict]:
        """Leaderboard rows (rank, variant, Bradley–Terry rating with 95% CI, Elo, votes...), optionally for one
        category or reason tag."""
        return leaderboard_for_client(services, category, reason)

    # Votes are short database transactions: served outside the queue (less per-call overhead), the store
    # serialises what must be serialised.
    gr.api(arena_pair, api_name="arena_pair", queue=False, concurrency_limit=None)
    gr.api(arena_vote, api_name="arena_vote", queue=False, concurrency_limit=None)
    gr.api(leaderboard, api_name="leaderboard", concurrency_limit=2)
