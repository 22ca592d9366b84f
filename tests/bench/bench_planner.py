"""Throughput of the embedded physics planner: prompts planned per second on this machine.

Run: ``python tests/bench/bench_planner.py [seconds]``. Target: at least 200 prompts/s on 2 cores.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pipelines.lvd.physics_planner import PhysicsPlanner  # noqa: E402

PROMPTS = [
    "a red ball is thrown from the left to the right and bounces in a garden",
    "a rock is dropped onto the ground",
    "three dogs sit in the park",
    "2 cats sleep on the sofa",
    "a pair of birds fly to the left in the sky",
    "a red ball and a blue box on a table",
    "a man walks to the right, then jumps",
    "a cat walks toward the dog",
    "the car drives past the tree",
    "a dog runs away from the cat",
    "the camera moves away from the painting",
    "the camera moves toward the painting",
    "zoom in on the cat",
    "the camera zooms out from the house",
    "a bird flies in from the right",
    "the ball rolls out of the frame",
    "a cat appears halfway",
    "a ball rolls to the right, then disappears",
    "a dog runs from the top left to the center, then to the bottom right",
    "first a man walks to the right, then he jumps, finally he sits",
    "top-down view of a car driving in a circle",
    "bird's-eye view of two cars driving from left to right",
    "a paper airplane glides across the room",
    "a leaf falls slowly in the forest",
    "a feather floats down",
    "a red balloon floats up into the sky",
    "a glass falls off the table and shatters",
    "a boy kicks a soccer ball, it flies to the right and bounces",
    "a basketball falls and bounces on the court",
    "a tennis ball bounces to the left",
    "a brick is dropped from the top",
    "a car drives toward the camera on the street",
    "a horse gallops across the field",
    "a fish swims to the right in the ocean",
    "five puppies play on the lawn",
    "a small green rubber ball rolls past a big wooden box",
    "a woman throws a ball high to the left",
    "an egg drops onto the kitchen floor",
    "a zorblax glimmers softly",
    "the camera pans left across a city street with a bus",
]


def main(seconds: float = 3.0) -> None:
    planner = PhysicsPlanner()
    for prompt in PROMPTS:  # warm-up: also proves every prompt plans
        planner.plan(prompt)
    per_prompt: dict[str, list[float]] = {p: [] for p in PROMPTS}
    planned = 0
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for seed, prompt in enumerate(PROMPTS):
            t0 = time.perf_counter()
            planner.plan(prompt, seed=seed)
            per_prompt[prompt].append(time.perf_counter() - t0)
            planned += 1
    elapsed = time.perf_counter() - started
    rate = planned / elapsed
    medians = sorted(((statistics.median(v), p) for p, v in per_prompt.items()), reverse=True)
    print(f"physics planner: {planned} plans of {len(PROMPTS)} prompts in {elapsed:.2f} s = {rate:.0f} prompts/s "
          f"(target 200: {rate / 200:.1f}x)")
    print(f"median per prompt {1e3 * statistics.median(x for v in per_prompt.values() for x in v):.2f} ms; slowest:")
    for median, prompt in medians[:3]:
        print(f"  {1e3 * median:6.2f} ms  {prompt}")


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
