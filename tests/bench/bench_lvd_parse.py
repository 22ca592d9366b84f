"""LVD text parsing throughput: answers per second for a typical 6-keyframe, 3-object LLM answer.

Prints the clean-text rate and the rate for the same answer wrapped the way chat models answer
(markdown fence, prose, comments), and their ratio, measured in one run.
"""

from __future__ import annotations

import time

from pipelines.core.layout import Layout, LayoutObject
from pipelines.core.lvd_text import format_lvd_text, parse_lvd_text


def sample_answer() -> str:
    objects = tuple(
        LayoutObject(i, name, tuple((0.1 + 0.12 * k, 0.2 + 0.05 * i, 0.25 + 0.12 * k, 0.4 + 0.05 * i) for k in range(6)))
        for i, name in enumerate(["red ball", "dog", "wooden table"])
    )
    layout = Layout(objects=objects, background="garden", reasoning="The ball rolls right while the dog follows it.")
    return format_lvd_text(layout)


def rate(text: str, seconds: float = 2.0) -> float:
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        parse_lvd_text(text)
        count += 1
    return count / (time.perf_counter() - start)


if __name__ == "__main__":
    clean = sample_answer()
    chatty = "Sure, here is the layout:\n```\n" + clean.replace("]\nFrame", "],  # moving\nFrame") + "\n```\nHope this helps!"
    clean_rate, chatty_rate = rate(clean), rate(chatty)
    print(f"clean LVD answer:   {clean_rate:8.0f} answers/s ({1e6 / clean_rate:.0f} µs each, {len(clean)} chars)")
    print(f"chatty LVD answer:  {chatty_rate:8.0f} answers/s ({1e6 / chatty_rate:.0f} µs each)")
    print(f"chatty / clean time ratio: {clean_rate / chatty_rate:.2f}x")
