"""The words of the scene a prompt is set in, apart from the things drawn in it.

The settings ("garden", "kitchen", "living room") and the background drawn when none is said; the enclosures, lights
of the sky and ground a thing is in, under or across; the prepositions after which a thing that cannot move is where
the scene is; and what things stand, roll or land on.
"""

from __future__ import annotations

SCENE_WORDS: dict[str, str] = {
    **dict.fromkeys("garden lawn yard backyard grass meadow".split(), "garden"),
    "park": "park", "playground": "playground", "beach": "beach", "sand": "beach", "sky": "sky", "air": "sky",
    "clouds": "sky", "sea": "ocean", "ocean": "ocean", "underwater": "ocean", "lake": "lake", "pond": "lake",
    "river": "river", "water": "lake", "pool": "pool", "room": "room", "bedroom": "bedroom",
    "kitchen": "kitchen", "bathroom": "bathroom", "office": "office", "classroom": "classroom",
    "museum": "museum", "gallery": "gallery", "gym": "gym", "street": "street", "road": "road",
    "highway": "road", "city": "city", "town": "city", "field": "field", "farm": "field", "forest": "forest",
    "woods": "forest", "jungle": "forest", "desert": "desert", "snow": "snow", "mountains": "mountains",
    "hill": "hill", "hillside": "hill", "hillsides": "hill", "space": "space", "orbit": "", "court": "court",
    "stadium": "stadium", "track": "track",
    "floor": "room", "ground": "", "indoors": "room", "outdoors": "garden", "stage": "stage",
    "rink": "ice rink", "countryside": "field", "savanna": "savanna", "night": "night sky", "ceiling": "room",
    "corridor": "corridor", "hallway": "corridor", "porch": "porch", "patio": "patio", "balcony": "balcony",
    # weather, light and times of day: how the scene looks, never a thing drawn in it
    **dict.fromkeys("sunshine sunlight moonlight fog mist haze rain drizzle weather sunset sunrise dawn dusk twilight "
                    "horizon breeze breezes gust gusts glow afterglow gloom".split(), ""),
    "landscape": "field", "skyline": "city",
    "driveway": "driveway", "alley": "alley", "shade": "", "seaside": "beach", "coast": "beach", "pasture": "field",
    "plaza": "plaza", "lobby": "lobby", "courtyard": "courtyard", "shore": "beach", "lawns": "garden", "sidewalk": "street",
    "pavement": "street", "tarmac": "road", "asphalt": "road",
    "hall": "room", "gymnasium": "gym", "lane": "street", "boulevard": "street", "avenue": "street", "intersection": "street",
}

# settings the viewer is inside, so going into one is coming into view ("walks into the kitchen"), unlike water or a house
ENTERABLE_SCENES = frozenset(("room", "bedroom", "kitchen", "bathroom", "office", "classroom", "museum", "gallery",
                              "gym", "garden",
                              "park", "playground", "field", "corridor", "lobby", "courtyard", "stage", "living room",
                              "patio", "plaza"))

COMPOUND_SCENES = {
    "living room": "living room", "dining room": "room", "night sky": "night sky", "outer space": "space",
    "tennis court": "tennis court", "basketball court": "basketball court", "soccer field": "field",
    "football field": "field", "race track": "race track", "parking lot": "parking lot",
    "swimming pool": "pool", "ice rink": "ice rink", "city street": "street", "blue sky": "sky",
    "kitchen table": "table", "wooden table": "table",
}

DEFAULT_BACKGROUND = "room"

# Buildings and rooms: "in a barn" is where the scene is, "a barn" alone is an object in it.
ENCLOSURES = frozenset("barn house stable garage shed warehouse church tent cave hall building castle".split())

# Lights of the sky: after "in"/"under" they say how the scene is lit ("under bright sun"), not a thing in it.
SKY_NOUNS = frozenset(("sun", "moon"))

# A bare scene word right after these is the place, though the word is also a verb: "from orbit", "in orbit" (never
# "to": "flies to land")
SCENE_PREPOSITIONS = frozenset(("from", "in", "into"))

# After these a thing that cannot move, with no count or colour of its own, is where the scene is, not an object in
# it ("twelve wolves by the harbour", "beside a fountain", "across the ice"); LVD's layouts draw only the subjects.
SCENERY_PREPOSITIONS = frozenset(("beside", "near", "next to", "by", "past", "beyond", "on", "against", "outside", "in front of",
                                  "behind", "under", "beneath",
                                  "below", "underneath", "over", "across", "along"))

# Of those, the ones that name where a move goes when a move governs them ("runs behind a tree"): the thing stays.
GOAL_PREPOSITIONS = frozenset(("in front of", "behind", "under", "over", "underneath", "against"))

# Route words: what a move goes past is the place when we do not know it ("walks past a cafe"); known things are drawn.
ROUTE_PREPOSITIONS = frozenset(("past", "beyond"))

# Things objects stand, roll or land on: kept after any preposition, the physics needs them.
SUPPORT_NOUNS = frozenset("table shelf desk bed sofa couch stove trampoline mat branch bench goal net hoop counter countertop "
                          "worktop dresser cabinet cupboard sideboard nightstand stool pedestal plinth bookshelf bookcase "
                          "armchair windowsill ledge chair crate box".split())

# "a road lined with trees", "a square ringed by houses": what follows describes the place.
PLACE_PARTICIPLES = frozenset("lined bordered edged fringed flanked ringed dotted surrounded framed planted".split())

# Known nouns that are ground to cross, not things ("across the ice").
GROUND_NOUNS = frozenset(("ice",))
