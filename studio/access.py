"""Who may do what: public visitors generate, compare and vote; operators also train, open evaluation folders,
run the arena's Admin view and add pairs to the arena.

A studio on a workstation (loopback interface, not shared) has one user, who is the operator. A public studio
(a Space, ``--share``, a non-loopback ``--host`` or ``[server] public = true``) gives operator actions only to a
browser session that signed in with the admin password; without a password set they are off altogether.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from typing import Any

import gradio as gr

from pipelines.core.config import StudioConfig
from pipelines.core.deployment import Host
from pipelines.services import Services

from .forms import bound

OPERATOR_ACTIONS = {
    "train": "start, stop or resume training and upload training data",
    "evaluate": "open evaluation folders",
    "arena-admin": "use the arena's Admin view (import, export, pools, votes)",
    "add-pairs": "add videos to the arena's pools",
}
SESSION_TTL_S = 12 * 3600  # a signed-in browser session stays an operator's for a working day
MAX_SESSIONS = 256  # signed-in sessions kept; the oldest goes first
MAX_DELAY_S = 10.0


def is_public(config: StudioConfig, host: Host) -> bool:
    """Whether visitors other than the operator can reach this studio."""
    server = config.server
    return server.public or host.on_space or server.share or not _loopback(server.host)


def _loopback(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class OperatorOnly(gr.Error):
    """A public visitor asked for an operator action; the message says how an operator gets it."""


class Access:
    """Operator sign-in per browser session (gradio's session hash, random per page load)."""

    def __init__(self, public: bool, password: str, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.public = public
        self._password = password
        self._clock, self._sleep = clock, sleep
        self._operators: dict[str, float] = {}  # session hash -> when its sign-in expires
        self._failures: dict[str, int] = {}  # client address -> wrong passwords in a row
        self._lock = threading.Lock()

    @classmethod
    def for_config(cls, config: StudioConfig, environ: Mapping[str, str] | None = None) -> "Access":
        environ = os.environ if environ is None else environ
        return cls(is_public(config, Host.from_environ(environ)), environ.get(config.arena.admin_password_env, ""))

    @property
    def has_password(self) -> bool:
        return bool(self._password)

    @property
    def operator_possible(self) -> bool:
        """False on a public studio without a password: operator actions are switched off."""
        return not self.public or self.has_password

    def allows(self, request: gr.Request | None, action: str) -> bool:
        if action not in OPERATOR_ACTIONS:
            raise KeyError(f"unknown operator action {action!r}")
        return not self.public or self.signed_in(request)

    def require(self, request: gr.Request | None, action: str) -> None:
        if not self.allows(request, action):
            raise OperatorOnly(self.refusal(action))

    def refusal(self, action: str) -> str:
        what = OPERATOR_ACTIONS[action]
        if not self.has_password:
            return (f"Only the operator may {what}, and this public studio has no operator password set, so it is "
                    "switched off.")
        return f"Only the operator may {what}: sign in with the admin password (System tab → Operator) first."

    def signed_in(self, request: gr.Request | None) -> bool:
        session = _session(request)
        if not session:
            return False
        with self._lock:
            expires = self._operators.get(session)
            if expires is None or expires < self._clock():
                self._operators.pop(session, None)
                return False
            return True

    def check_password(self, request: gr.Request | None, text: str | None) -> bool:
        """Sign the session in when ``text`` is the password. Each wrong guess from one address waits longer
        (0.5 s, doubling, up to 10 s), so guessing is slow; the right one resets the count."""
        client = getattr(getattr(request, "client", None), "host", "") or "unknown"
        ok = self.has_password and hmac.compare_digest((text or "").encode(), self._password.encode())
        session = _session(request)
        if ok and session:
            with self._lock:
                self._failures.pop(client, None)
                if len(self._operators) >= MAX_SESSIONS:
                    self._operators.pop(min(self._operators, key=self._operators.__getitem__))
                self._operators[session] = self._clock() + SESSION_TTL_S
            return True
        with self._lock:
            count = self._failures[client] = self._failures.get(client, 0) + 1
            if len(self._failures) > 4 * MAX_SESSIONS:
                self._failures.clear()
        self._sleep(min(MAX_DELAY_S, 0.5 * 2 ** (count - 1)))
        return False

    def sign_out(self, request: gr.Request | None) -> None:
        with self._lock:
            self._operators.pop(_session(request), None)


def _session(request: gr.Request | None) -> str:
    return str(getattr(request, "session_hash", "") or "") if request is not None else ""


_by_services: "weakref.WeakKeyDictionary[Services, Access]" = weakref.WeakKeyDictionary()


def access_for(services: Services) -> Access:
    """The one Access of a studio, shared by every tab (one sign-in unlocks them all)."""
    access = _by_services.get(services)
    if access is None:
        access = _by_services[services] = Access.for_config(services.config)
    return access


def build_operator_panel(services: Services) -> None:
    """The sign-in box (System tab)."""
    access = access_for(services)
    if not access.public:
        gr.Markdown("**Operator**: this studio listens on this machine only, so you are its operator: training, "
                    "evaluation folders and adding arena pairs are open.", elem_id="operator-status")
        return
    if not access.has_password:
        gr.Markdown(f"**Operator**: this is a public studio without an operator password, so training, evaluation "
                    f"folders, the arena's Admin view and adding arena pairs are off. Set "
                    f"`{services.config.arena.admin_password_env}` and restart to enable them.",
                    elem_id="operator-status")
        return
    with gr.Accordion("Operator sign-in", open=False, elem_id="operator-panel"):
        with gr.Row():
            password = gr.Textbox(label="Admin password", type="password", scale=3, elem_id="operator-password")
            sign_in = gr.Button("Sign in", scale=1, elem_id="operator-sign-in")
            sign_out = gr.Button("Sign out", scale=1, size="sm", elem_id="operator-sign-out")
        status = gr.Markdown("Signed out: public actions only.", elem_id="operator-status")

    sign_in.click(bound(on_sign_in, access), [password], [password, status], api_visibility="private")
    password.submit(bound(on_sign_in, access), [password], [password, status], api_visibility="private")
    sign_out.click(bound(on_sign_out, access), None, [status], api_visibility="private")


def on_sign_in(access: Access, text: str, request: gr.Request) -> tuple[Any, str]:
    """Clears the password box either way."""
    if access.check_password(request, text):
        return "", "Signed in as operator for this page (training, evaluation, arena admin and adding pairs)."
    return "", "⚠️ **Wrong password.**"


def on_sign_out(access: Access, request: gr.Request) -> str:
    access.sign_out(request)
    return "Signed out: public actions only."
