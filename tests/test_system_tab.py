"""System tab handlers with plain values: operator sign-in / sign-out and the models table."""

from __future__ import annotations

import gradio as gr

from pipelines.core.config import load_config
from pipelines.services import Services
from studio.access import Access, on_sign_in, on_sign_out
from studio.system_tab import MODEL_HEADERS, build_system_tab, model_rows


def test_sign_in_and_out_are_per_session():
    access = Access(public=True, password="s3cret", sleep=lambda _: None)
    visitor, operator = gr.Request(session_hash="visitor"), gr.Request(session_hash="operator")
    assert on_sign_in(access, "guess", visitor) == ("", "⚠️ **Wrong password.**")
    assert not access.allows(visitor, "train")
    cleared, message = on_sign_in(access, "s3cret", operator)
    assert cleared == "" and message.startswith("Signed in as operator")
    assert access.allows(operator, "train") and not access.allows(visitor, "train")
    assert on_sign_out(access, operator) == "Signed out: public actions only."
    assert not access.allows(operator, "train")


def test_the_models_table_refreshes_from_the_services(tmp_path):
    services = Services(load_config(overrides={"server": {"runs_dir": str(tmp_path / "runs")}}))
    with gr.Blocks() as demo:
        build_system_tab(services)
    refreshers = [fn for fn in demo.fns.values() if getattr(fn.fn, "__name__", "") == "model_rows"]
    assert {fn.targets[0][1] for fn in refreshers} == {"click", "tick"}
    for fn in refreshers:
        rows = fn.fn()
        assert rows == model_rows(services) and all(len(row) == len(MODEL_HEADERS) for row in rows)
