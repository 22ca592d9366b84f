"""Drive a running studio's events the way an attacker's script would: plain HTTP against gradio's queue.

Events marked ``api_visibility="private"`` are only left out of the API docs; anyone who reads ``/config``
can still trigger them by id. ``RawSession`` finds an event by the ``elem_id`` of the component that
triggers it, posts the inputs to ``/gradio_api/queue/join`` and reads the answer from the event stream.
One ``RawSession`` is one browser session (one session hash): a sign-in holds for it only.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

import httpx


class RawSession:
    def __init__(self, url: str, timeout: float = 120.0):
        self.url = url.rstrip("/")
        self.session_hash = secrets.token_hex(6)
        self.http = httpx.Client(timeout=timeout)
        self.config = self.http.get(f"{self.url}/config").raise_for_status().json()
        self._elem_ids = {c["id"]: c.get("props", {}).get("elem_id") for c in self.config["components"]}

    def close(self) -> None:
        self.http.close()

    def event(self, elem_id: str, event: str) -> tuple[int, int]:
        """(event id, trigger component id) of ``event`` on the component with ``elem_id``."""
        for dependency in self.config["dependencies"]:
            for target, name in dependency["targets"]:
                if self._elem_ids.get(target) == elem_id and name == event:
                    return dependency["id"], target
        raise LookupError(f"no {event!r} event on #{elem_id}")

    def trigger(self, elem_id: str, event: str, data: list[Any], event_data: Any = None) -> dict[str, Any]:
        """``{"success": bool, "data": [...outputs] , "error": str | None}`` of one event run."""
        fn_index, trigger_id = self.event(elem_id, event)
        joined = self.http.post(f"{self.url}/gradio_api/queue/join",
                                json={"data": data, "fn_index": fn_index, "trigger_id": trigger_id,
                                      "session_hash": self.session_hash, "event_data": event_data})
        joined.raise_for_status()
        event_id = joined.json()["event_id"]
        with self.http.stream("GET", f"{self.url}/gradio_api/queue/data",
                              params={"session_hash": self.session_hash}) as stream:
            for line in stream.iter_lines():
                if not line.startswith("data:"):
                    continue
                message = json.loads(line[5:])
                if message.get("event_id") != event_id or message.get("msg") != "process_completed":
                    continue
                output = message.get("output") or {}
                return {"success": bool(message.get("success")), "data": output.get("data"),
                        "error": output.get("error")}
        raise RuntimeError(f"the event stream ended before #{elem_id} {event} completed")

    def upload(self, path: Path) -> dict[str, Any]:
        """Upload a file as a browser does; returns the FileData an event takes as input."""
        with open(path, "rb") as handle:
            answer = self.http.post(f"{self.url}/gradio_api/upload", files={"files": (path.name, handle)})
        answer.raise_for_status()
        (server_path,) = answer.json()
        return {"path": server_path, "orig_name": path.name, "meta": {"_type": "gradio.FileData"}}
