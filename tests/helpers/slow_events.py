"""``python -m tests.helpers.slow_events [app.py flags]``: the studio on a machine that answers slowly.

Every event waits before it is processed, for a delay drawn from ``PHYSTUDIO_TEST_EVENT_DELAY``
("0.4" seconds, or "0.2:0.9" for a uniform jitter that also reorders events of different listeners), with
``PHYSTUDIO_TEST_EVENT_SEED`` seeding the draw. Browser tests use it to deliver events late and out of order,
as a busy server does.
"""

from __future__ import annotations

import asyncio
import os
import random
import sys

import gradio as gr


def parse_delay(text: str) -> tuple[float, float]:
    low, _, high = (text or "0").partition(":")
    bounds = float(low), float(high or low)
    if not 0 <= bounds[0] <= bounds[1] <= 30:
        raise ValueError(f"PHYSTUDIO_TEST_EVENT_DELAY must be 'seconds' or 'low:high' within 0..30, got {text!r}")
    return bounds


def install_delay(low: float, high: float, seed: int = 0) -> None:
    """Make ``Blocks.process_api`` (the one entry every queued event goes through) wait first."""
    draw = random.Random(seed)
    original = gr.Blocks.process_api

    async def delayed_process_api(self, *args, **kwargs):
        await asyncio.sleep(draw.uniform(low, high))
        return await original(self, *args, **kwargs)

    gr.Blocks.process_api = delayed_process_api


def main(argv: list[str]) -> int:
    low, high = parse_delay(os.environ.get("PHYSTUDIO_TEST_EVENT_DELAY", "0"))
    install_delay(low, high, int(os.environ.get("PHYSTUDIO_TEST_EVENT_SEED", "0")))
    import app

    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
