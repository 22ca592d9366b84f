"""Any visitor's prompt reaches the embedded planner, whose reading is many regular expressions over the text.
A prompt built from the words those expressions repeat on (confirmations, corrections, step numbers, speaker
labels, arrows, brackets, typos) must still plan in bounded time: no pattern may backtrack without bound."""

from __future__ import annotations

import random
import time

import pytest

from pipelines.core.errors import PhyStudioError
from pipelines.lvd.physics_planner import PhysicsPlanner
from pipelines.lvd.prompt_reading import MAX_PROMPT_CHARS

# What the reading's voices look for, each a piece an attacker can repeat until the prompt is full.
PIECES = (
    "yes, ", "no wait, ", "sorry, ", "i mean ", "scratch that, ", "make it ", "and then ", "really ", "ran and ",
    "x2 ", "2x ", "three kites? like, ", "just those three ", "no other ", "nothing else ", "only ", "no ",
    "step 1: ", "1) ", "DIRECTOR: ", "ANIMATOR: ", "EXT. PARK - DAY. ", "FADE OUT. ", "LATER: ", "/ ",
    "#tag ", "pov: ", "wait for it... ", "hereinafter 'the animal' ", "it is stipulated that ", "could you show me ",
    "frames 1-3 ", "0-50% ", "L→R ", "→ ", "btm rt ", "red and blue ", "a red and a blue ", "is red and ",
    "you are sitting on a bench ", "sunlit ", "under a street lamp ", "enters from the left ", "doggy ",
    "object: cat. count: 3. ", "key - value; ", "rihgt ", "teh ", "aaaaaaaaaaaaaaaaaaaaaaaaa", "the cat's ",
    "lower left ", "then ", "first half ", "(", ")", "{", "[", ":", "\"", "'", ". ", ", ", "- ", "\n", "!", "?", "—",
)
# A normal prompt plans in about a millisecond; the worst of these took under a tenth of a second when written.
CPU_SECONDS_PER_PROMPT = 1.0


def _filled(piece: str) -> str:
    return (piece * (MAX_PROMPT_CHARS // len(piece) + 1))[:MAX_PROMPT_CHARS]


def _mixed(seed: int) -> str:
    rng, text = random.Random(seed), ""
    while len(text) < MAX_PROMPT_CHARS:
        text += rng.choice(PIECES)
    return text[:MAX_PROMPT_CHARS]


ATTACKS = [_filled(piece) for piece in PIECES] + [_mixed(seed) for seed in range(40)]


@pytest.fixture(scope="module")
def planner():
    return PhysicsPlanner()


def test_no_prompt_built_from_the_readers_repeated_words_plans_slowly(planner):
    slow = []
    for prompt in ATTACKS:
        started = time.process_time()
        try:
            planner.plan(prompt)
        except PhyStudioError:
            pass  # refusing is bounded too; anything else is a crash and fails the test
        took = time.process_time() - started
        if took > CPU_SECONDS_PER_PROMPT:
            slow.append((round(took, 2), prompt[:60]))
    assert not slow, slow
