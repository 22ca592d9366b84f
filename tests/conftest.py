"""Shared fixtures: a studio launched as a user would (``python app.py``) on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def studio(tmp_path_factory):
    """Base URL and runs folder of a running studio on its embedded defaults."""
    runs = tmp_path_factory.mktemp("studio-runs")
    port = _free_port()
    log = open(runs / "server.log", "w")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GRADIO_ANALYTICS_ENABLED": "False"}
    proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--runs-dir", str(runs)],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.time() + 60
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app.py exited: {(runs / 'server.log').read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("app.py did not answer within 60 s")
    yield {"url": url, "runs": runs}
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright; skipped where it is absent unless CI requires it."""
    if not CHROMIUM.exists():
        if os.environ.get("PHYSTUDIO_REQUIRE_BROWSER"):
            pytest.fail("chromium is required (PHYSTUDIO_REQUIRE_BROWSER is set) but /usr/bin/chromium is missing")
        pytest.skip("browser tests need Debian's chromium: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM),
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-component-update", "--disable-sync", "--no-first-run"])
        yield instance
        instance.close()


@pytest.fixture()
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
