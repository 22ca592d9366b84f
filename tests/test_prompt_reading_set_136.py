"""A product manual's troubleshooting entries, LaTeX source and one-line pipe tables, read in other words.

A troubleshooting entry tells the fault it fixes ("Symptom: ...") before what the clip should be ("Remedy:", "Fix:",
"Expected:"): the fault is not the scene. A symptom with nothing asked for after it, or "symptom" said in prose, is.
"""

import pytest

from tests.helpers.planned import moves_drawn, route_corners


# ------------------------------------------------------------ 1. a symptom told before its remedy is the fault, not the scene
@pytest.mark.parametrize("prompt, drawn", [
    ("Problem symptom: the horse trots the wrong way. Fix: a horse trotting from the left side of the frame to the "
     "right side.", {"horse": ["right"]}),
    ("Symptom: the duck drifts off. Remedy: the boat stays still; a duck swims from the right of the boat to the left "
     "of the boat.", {"boat": [""], "duck": ["left"]}),
    ("Symptoms: the truck stalls halfway. Cause: worn belt. Remedy: a truck drives from the right side to the left "
     "side.", {"truck": ["left"]}),
    ("Symptom: the kite hovers. Expected result: a kite flying to the left.", {"kite": ["left"]}),
])
def test_a_symptom_before_its_remedy_is_not_drawn(prompt, drawn):
    assert moves_drawn(prompt) == drawn


def test_a_symptoms_route_is_not_the_remedys():
    drawn, corners = route_corners("Reported symptom: the sheep goes round the other way. Repair, seen from above: a "
                                   "sheep from the upper left corner to the lower left corner, then the lower right "
                                   "corner.")
    assert (drawn, corners) == (["sheep"], ("upper left", "lower left", "lower right"))


# ------------------------------------------------------------ 2. a symptom with nothing asked for, or said in prose, is drawn
@pytest.mark.parametrize("prompt, drawn", [
    ("Symptom: a goat trots to the left.", {"goat": ["left"]}),
    ("Symptom: a goat trots to the left. Cause: unknown.", {"goat": ["left"]}),
    ("The symptom is clear: a horse runs to the left, and the fix is a cat.", {"cat": [""], "horse": ["left"]}),
])
def test_a_symptom_with_no_remedy_is_the_scene(prompt, drawn):
    assert moves_drawn(prompt) == drawn
