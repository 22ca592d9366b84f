"""A part of a thing named with its thing, read as the thing: "the bonnet of a red car" is the car.

LVD's layouts draw whole things; a bird "on the roof of a van" or a cat "on the back of a dog" sits on that
thing, and the part (bonnet, roof, hood, back, ...) is neither a second thing nor the place of the scene. A thing moved
"by its own legs", "on its own wings" or "under its own power" moves itself: what it owns is no second thing, and the
passive it goes with ("a dog is carried by its own legs") is the thing's own move. "A top spun": a top with an
article and a verb of its own is the toy, never the top of the picture.
"""

from __future__ import annotations

import re

from .object_classes import noun_class
from .vocabulary import STATE_VERBS, VERB_KINDS
from .word_guessing import verb_form

_PARTS = ("bonnet hood roof boot trunk bumper bumpers windscreen windshield dashboard wheel wheels tyre tyres tire tires door "
          "doors "
          "tail head nose back collar saddle seat handlebars mane paw paws shoulder shoulders lap spine fender fenders "
          "tailgate grille").split()
# "the bonnet of a red car", "the car's roof" is left alone (the possessive already names the thing first)
PART_OF_RE = re.compile(r"\bthe (?:(?:front|rear|back|left|right|shiny|open|flat|low|high) )?(?:" + "|".join(_PARTS) + r") of "
                        r"(?=(?:a|an|the|one|his|her|its|their|that|this) [a-z])")


_OWN_MEANS = "legs leg feet foot paws wings wheels engine engines power steam strength momentum accord".split()
# "is carried by its own legs", "flies on its own wings", "of its own accord": the thing's own body or force
OWN_MEANS_RE = re.compile(r",? \b(?:by|on|under|of) (?:its|his|her|their) own (?:" + "|".join(_OWN_MEANS) + r")\b")


def parts_as_things(text: str) -> str:
    """``text`` with each "the <part> of" and "by its own legs" taken out, so the thing itself is read."""
    return OWN_MEANS_RE.sub("", PART_OF_RE.sub("", text))


# A creature's own body, named bare in a fragment of its own after it: "one lively cat... soft little paws...",
# "four flying birds. Soft wings the whole time." (words the tables do not know; "feathers" are a thing of their own),
# with no verb and no other thing beside it ("soft paws pad on a rug" tells a move)
_BODY_PARTS = ("paws paw wings wing whiskers tails tail ears claws beaks beak fins fin hooves mane fur legs feet eyes "
               "noses snout muzzle").split()
_CREATURES = frozenset(("walker", "flyer", "swimmer", "flutter"))
BARE_PART_FRAGMENT_RE = re.compile(r"(?:^|(?<=[.,;!?\u2026]))(?P<words> ?(?:[a-z-]+ ){0,3}(?:" + "|".join(_BODY_PARTS)
                                   + r")\b(?: [a-z-]+){0,5})(?= ?(?:[.,;!?\u2026]|$))")

# the comma-piece after a fragment opening on a doing with a way, "..., flying from the left to the right": the parts
# go somewhere on their own ("..., twitching", "..., padded and pink" or "..., beginning to end" is how or when)
_GOES_ON_DOING_RE = re.compile(r", (?P<word>[a-z]+) (?:[a-z]+ ){0,2}?(?:from|(?:to|towards?|across|into|along) the)\b")


def bare_parts_dropped(text: str) -> str:
    """``text`` with each fragment naming only a creature's body part, after a creature is named, taken out: the
    creature's paws or wings are no things of their own."""
    first_creature = next((word.end() for word in re.finditer(r"[a-z]+", text)
                           if (found := noun_class(word.group(0))) and found[1].mobility in _CREATURES), len(text))

    def unless_a_thing(match: re.Match) -> str:
        words = match["words"].split()
        goes_on = _GOES_ON_DOING_RE.match(text, match.end())  # "Two wings, flying from ...": the wings' own move
        if match.start() < first_creature or goes_on and verb_form(goes_on["word"]) or any(
                noun_class(word) or word in VERB_KINDS or word in STATE_VERBS for word in words):
            return match.group(0)
        return ""
    return BARE_PART_FRAGMENT_RE.sub(unless_a_thing, text)


# "a top spun in the middle", "one top wobbles": a top named by an article and doing something is the toy
_TOY_TOP_RE = re.compile(r"\b(?P<det>a|one|each|every|another) top (?P<verb>[a-z]+)\b")


def toy_tops_named(text: str) -> str:
    """``text`` with each top that is the toy named "spinning top", the thing the tables know."""
    return _TOY_TOP_RE.sub(lambda m: f"{m['det']} spinning top {m['verb']}" if m["verb"] in VERB_KINDS
                           or m["verb"] in STATE_VERBS else m.group(0), text)
