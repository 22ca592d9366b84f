"""Prompts in the voices of held-out sets 75 and 76 (tests/helpers/blind_set_75.py, blind_set_76.py), in new words.

- Set 75: a fairy-tale storyteller, an astronaut's video diary from orbit and a home-inspection report: "from orbit"
  is where the watcher is, not a circling.
- Set 76: a slam poet, a medieval chronicler and a poker player's table talk.

Each layout is checked by its box centres at the start, the middle and the end. (The sets' own prompts are not copied
here.)
"""

import pytest

from tests.helpers.planned import centres


@pytest.mark.parametrize(
    "prompt",
    [
        "Seen from orbit today: a kite drifts from the left side of the frame to the right side.",
        "Back in orbit, my clip: a kite drifts from the left to the right.",
        "Filmed looking down into orbit, a kite drifts from the left to the right.",
    ],
)
def test_orbit_after_a_place_preposition_is_a_place_not_a_circling(prompt):
    kite = centres(prompt)["kite"]
    assert kite[0][0] < 0.3 and kite[4][0] > kite[2][0] > kite[0][0] and kite[-1][0] > 0.7, kite


def test_a_bare_orbit_after_its_subject_is_still_a_circling():
    hawk = centres("A hawk orbits the tower.")["hawk"]
    assert hawk[0] == pytest.approx(hawk[-1]) and min(c[0] for c in hawk) < hawk[0][0] - 0.2, hawk
