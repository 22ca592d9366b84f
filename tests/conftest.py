"""Shared fixtures: a studio launched as a user would (``python app.py``) on a free port."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers.ports import free_port

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")


def server_log_path(runs: Path) -> Path:
    """Beside the runs folder, never inside it: the runs folder is served, and a log can hold request details."""
    return runs.parent / f"{runs.name}-server.log"


@contextmanager
def launched_studio(runs: Path, *flags: str, env: dict[str, str] | None = None, entry: tuple[str, ...] = ("app.py",)):
    """``python app.py`` (or another ``entry``, e.g. ``("-m", "tests.helpers.slow_events")``) on a free port
    with ``flags``; yields its base URL, stops it afterwards."""
    port = free_port()
    log_path = server_log_path(runs)
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "GRADIO_ANALYTICS_ENABLED": "False", **(env or {})}
    with open(log_path, "w") as log:
        proc = subprocess.Popen([sys.executable, *entry, "--port", str(port), "--runs-dir", str(runs), *flags],
                                cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=environment)
        try:
            url = f"http://127.0.0.1:{port}/"
            deadline = time.time() + 90
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"app.py exited: {log_path.read_text()}")
                try:
                    with urllib.request.urlopen(url, timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    if time.time() > deadline:
                        raise RuntimeError(f"app.py did not answer within 90 s: {log_path.read_text()[-2000:]}") from None
                    time.sleep(0.3)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.fixture(scope="session")
def studio(tmp_path_factory):
    """Base URL and runs folder of a running studio on its embedded defaults."""
    runs = tmp_path_factory.mktemp("studio-runs")
    with launched_studio(runs) as url:
        yield {"url": url, "runs": runs}


@pytest.fixture(scope="session")
def tiny_studio(tmp_path_factory):
    """A studio on the real Wan code path (tiny random Wan) with a trained-looking ProPhy variant and the
    arena's Admin password set: what a researcher's workstation looks like, at toy size."""
    from tests.helpers.tiny_prophy import save_trained_prophy

    runs = tmp_path_factory.mktemp("tiny-studio-runs")
    prophy = save_trained_prophy(runs.parent / f"{runs.name}-prophy")
    password = "admin-" + os.urandom(4).hex()
    with launched_studio(runs, "--generator", "tiny-wan", "--prophy", f"physics-experts={prophy}",
                         env={"PHYSTUDIO_ADMIN_PASSWORD": password}) as url:
        yield {"url": url, "runs": runs, "admin_password": password}


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
