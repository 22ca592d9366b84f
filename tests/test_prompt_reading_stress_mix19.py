"""Motion, relations and routes told in a voice's own words: each test is a rule of English.

Each states the objects drawn, who moves, and where things are at the start, the middle and the end.
"""

import pytest

from tests.helpers.planned import centres


def _side(x: float) -> str:
    return "left" if x < 0.45 else "right" if x > 0.55 else "middle"


def _sides(prompt: str) -> dict[str, tuple[str, str, str]]:
    """Each object's side of the frame at the start, the middle and the end (six keyframes)."""
    return {name: (_side(row[0][0]), _side(row[3][0]), _side(row[-1][0])) for name, row in centres(prompt, 6).items()}


def _still(row) -> bool:
    return len({c for c in row if c is not None}) == 1


# ------------------------------------------------------------ 1. "right where it is": "right" stresses the place
@pytest.mark.parametrize("prompt, mover, still", [
    ("A cat walks from the right of a ball to its left; the ball sits right where it started.", "cat", "ball"),
    ("A dog trots past a car, from its left to its right. The car is parked right where it was.", "dog", "car"),
])
def test_right_before_where_stresses_the_place_and_names_no_side(prompt, mover, still):
    found = centres(prompt, 6)
    assert sorted(found) == sorted([mover, still])
    assert _still(found[still]) and not _still(found[mover])
