"""The one scrub function: values of registered key variables and bearer tokens never leave the process."""

from __future__ import annotations

import io
import json
import logging

from pipelines.core.planning import PlannerError
from pipelines.core.runs import RunStore
from pipelines.core.scrub import install_log_scrubbing, register_secret_env, scrub


def test_a_registered_key_is_masked_wherever_it_appears(monkeypatch):
    monkeypatch.setenv("STUDIO_TEST_KEY", "tok-0123456789abcdef")
    assert "tok-0123456789abcdef" in scrub("a tok-0123456789abcdef b")  # not registered yet
    register_secret_env("STUDIO_TEST_KEY")
    assert scrub("a tok-0123456789abcdef b tok-0123456789abcdef") == "a *** b ***"
    monkeypatch.setenv("STUDIO_TEST_KEY", "rotated-key-999999")  # read at scrub time: a rotated key is covered
    assert scrub("x rotated-key-999999") == "x ***"
    assert str(PlannerError("server said rotated-key-999999")) == "server said ***"


def test_bearer_tokens_are_masked_even_when_unregistered_and_short_values_are_not():
    assert scrub("Authorization: Bearer abcdefghijklmnop1234") == "Authorization: Bearer ***"
    assert scrub('{"api_key": "abcdefghijklmnop1234"}') == '{"api_key": "***"}'
    assert scrub("a ball falls") == "a ball falls"


def test_run_records_and_log_lines_are_scrubbed(tmp_path, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-record-0123456789")
    run = RunStore(tmp_path).start("plan", inputs={"prompt": "p"})
    run.fail("upstream echoed sk-record-0123456789")
    assert "sk-record-0123456789" not in (run.folder / "record.json").read_text()
    assert json.loads((run.folder / "record.json").read_text())["error"] == "upstream echoed ***"

    install_log_scrubbing()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("tests.security.scrub")
    logger.addHandler(handler)
    try:
        logger.warning("retrying: %s", "body had sk-record-0123456789")
        try:
            raise RuntimeError("failed with sk-record-0123456789")
        except RuntimeError:
            logger.exception("call failed")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "sk-record-0123456789" not in text
    assert "retrying: body had ***" in text and "RuntimeError: failed with ***" in text
