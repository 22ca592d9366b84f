"""App cold start: process start → first HTTP 200 for ``python app.py`` on its embedded defaults.

Also times a bare ``import gradio`` in a fresh process, so the ratio shows what the studio adds
on top of the framework. Target: cold start ≤ 10 s on a 2-core CPU machine.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cold_start() -> float:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GRADIO_ANALYTICS_ENABLED": "False"}
    with tempfile.TemporaryDirectory() as runs:
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "app.py", "--port", str(port), "--runs-dir", runs], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1) as r:
                        if r.status == 200:
                            return time.perf_counter() - start
                except OSError:
                    if proc.poll() is not None:
                        raise RuntimeError("app.py exited during start-up")
                    time.sleep(0.05)
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def import_gradio() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import gradio"], check=True)
    return time.perf_counter() - start


def check_no_torch() -> bool:
    code = "import sys, app; from studio.ui import build_ui; print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return out.strip() == "False"


if __name__ == "__main__":
    runs = [cold_start() for _ in range(3)]
    base = import_gradio()
    best = min(runs)
    print(f"cold start to first HTTP 200: best {best:.2f} s, runs {', '.join(f'{r:.2f}' for r in runs)} (target ≤ 10 s)")
    print(f"bare 'import gradio': {base:.2f} s → studio start / gradio import = {best / base:.2f}x")
    print(f"torch imported at start-up: {'no' if check_no_torch() else 'YES'}")
