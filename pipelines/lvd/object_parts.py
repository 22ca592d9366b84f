"""A part of a thing named with its thing, read as the thing: "the bonnet of a red car" is the car.

LVD's layouts draw whole things; a bird "on the roof of a van" or a cat "on the back of a dog" sits on that
thing, and the part (bonnet, roof, hood, back, ...) is neither a second thing nor the place of the scene.
"""

from __future__ import annotations

import re

_PARTS = ("bonnet hood roof boot trunk bumper bumpers windscreen windshield dashboard wheel wheels tyre tyres tire tires door doors "
          "tail head nose back collar saddle seat handlebars mane paw paws shoulder shoulders lap spine fender fenders "
          "tailgate grille").split()
# "the bonnet of a red car", "the car's roof" is left alone (the possessive already names the thing first)
PART_OF_RE = re.compile(r"\bthe (?:(?:front|rear|back|left|right|shiny|open|flat|low|high) )?(?:" + "|".join(_PARTS) + r") of "
                        r"(?=(?:a|an|the|one|his|her|its|their|that|this) [a-z])")


def parts_as_things(text: str) -> str:
    """``text`` with each "the <part> of" taken out, so the thing itself is read."""
    return PART_OF_RE.sub("", text)
