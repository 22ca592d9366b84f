"""What the reader knows about things: size, way of moving, material and usual scene per noun.

Sizes are in metres (width, height) and speeds in metres per second, so the planner can simulate a
prompt's objects at a believable scale. Nouns the tables do not know are drawn as a generic object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import FRAME_WORDS, NUMBER_WORDS


@dataclass(frozen=True)
class ObjectClass:
    """Physical facts about a kind of object. Sizes are typical real sizes in metres (side view:
    width along the motion, height above the ground; top-down view: length x width)."""

    width_m: float
    height_m: float
    mobility: str  # walker | vehicle | flyer | swimmer | ball | passive | glider | flutter | buoyant | wall | scenery
    material: str = ""
    speed_m_s: float = 0.0  # typical own speed (walking pace, cruising car, ...); 0 = not self-propelled
    restitution: float | None = None  # overrides the material's coefficient (specific balls)
    jump_m: float = 0.0  # typical jump height
    scene: str = ""  # the background this object suggests when the prompt names none


def _cls(w, h, mobility, material="", speed=0.0, restitution=None, jump=0.0, scene=""):
    return ObjectClass(w, h, mobility, material, speed, restitution, jump, scene)


_PERSON = _cls(0.5, 1.75, "walker", "flesh", 1.4, jump=0.45)
_CHILD = _cls(0.4, 1.2, "walker", "flesh", 1.2, jump=0.35)
_CAR = _cls(4.5, 1.5, "vehicle", "metal", 8.0, scene="street")
_BIRD = _cls(0.3, 0.2, "flyer", "flesh", 6.0, scene="sky")
_FISH = _cls(0.3, 0.12, "swimmer", "flesh", 0.8, scene="ocean")
_BALL = _cls(0.22, 0.22, "ball", "rubber", 2.0)
_ROCK = _cls(0.3, 0.22, "passive", "stone")
_TREE = _cls(3.0, 6.0, "scenery", "wood", scene="garden")
_HOUSE = _cls(10.0, 7.0, "scenery", "brick", scene="street")
_FRAME = _cls(1.0, 0.8, "wall", "wood", scene="room")
_LEAF = _cls(0.08, 0.06, "flutter", "leaf", scene="garden")

OBJECT_CLASSES: dict[str, ObjectClass] = {
    **dict.fromkeys(
        ("person man woman boy girl lady guy player runner dancer chef athlete teenager soldier astronaut "
         "skater skier jogger hiker farmer doctor student worker policeman cowboy robot gymnast skateboarder swimmer "
         "diver cyclist waiter magician blacksmith potter cook bowler passenger expert juggler").split(),
        _PERSON,
    ),
    **dict.fromkeys("child kid toddler".split(), _CHILD),
    "baby": _cls(0.45, 0.5, "walker", "flesh", 0.3),
    **dict.fromkeys("dog puppy wolf fox".split(), _cls(0.9, 0.6, "walker", "flesh", 3.0, jump=0.8)),
    **dict.fromkeys("cat kitten".split(), _cls(0.5, 0.3, "walker", "flesh", 2.0, jump=1.0)),
    **dict.fromkeys("horse pony cow deer camel zebra donkey mule".split(),
                    _cls(2.2, 1.6, "walker", "flesh", 4.0, jump=0.8, scene="field")),
    **dict.fromkeys("sheep goat pig".split(), _cls(1.2, 0.8, "walker", "flesh", 1.5, jump=0.5, scene="field")),
    **dict.fromkeys("lion tiger bear".split(), _cls(2.0, 1.1, "walker", "flesh", 4.0, jump=1.0)),
    "elephant": _cls(5.0, 3.0, "walker", "flesh", 1.5, scene="field"),
    "giraffe": _cls(3.0, 5.0, "walker", "flesh", 2.0, scene="field"),
    **dict.fromkeys("rabbit bunny squirrel chicken duck".split(),
                    _cls(0.35, 0.3, "walker", "flesh", 1.5, jump=0.5, scene="garden")),
    **dict.fromkeys("goose hen rooster".split(), _cls(0.6, 0.5, "walker", "flesh", 1.5, jump=0.3, scene="garden")),
    **dict.fromkeys("calf lamb llama alpaca ostrich".split(), _cls(1.2, 1.2, "walker", "flesh", 2.0, jump=0.4, scene="field")),
    "frog": _cls(0.1, 0.07, "walker", "flesh", 0.5, jump=0.3, scene="garden"),
    "kangaroo": _cls(1.2, 1.5, "walker", "flesh", 5.0, jump=1.5, scene="field"),
    **dict.fromkeys("mouse rat hamster".split(), _cls(0.12, 0.06, "walker", "flesh", 1.0, jump=0.2)),
    **dict.fromkeys("turtle tortoise snail".split(), _cls(0.3, 0.15, "walker", "flesh", 0.1)),
    "snake": _cls(1.2, 0.08, "walker", "flesh", 0.5),
    **dict.fromkeys("monkey penguin".split(), _cls(0.5, 0.7, "walker", "flesh", 1.2, jump=0.8)),
    **dict.fromkeys("bird sparrow pigeon parrot crow seagull".split(), _BIRD),
    **dict.fromkeys("eagle hawk owl swan".split(), _cls(1.2, 0.5, "flyer", "flesh", 10.0, scene="sky")),
    **dict.fromkeys("butterfly bee dragonfly fly moth".split(), _cls(0.08, 0.05, "flyer", "flesh", 2.0, scene="garden")),
    **dict.fromkeys("fish goldfish".split(), _FISH),
    **dict.fromkeys("dolphin shark".split(), _cls(2.5, 0.8, "swimmer", "flesh", 5.0, scene="ocean")),
    "whale": _cls(15.0, 4.0, "swimmer", "flesh", 4.0, scene="ocean"),
    "jellyfish": _cls(0.4, 0.5, "swimmer", "flesh", 0.3, scene="ocean"),
    **dict.fromkeys("car taxi jeep van suv".split(), _CAR),
    **dict.fromkeys("truck tractor".split(), _cls(7.0, 3.0, "vehicle", "metal", 7.0, scene="road")),
    "bus": _cls(11.0, 3.2, "vehicle", "metal", 7.0, scene="street"),
    "train": _cls(25.0, 4.0, "vehicle", "metal", 15.0, scene="railway"),
    **dict.fromkeys("bicycle bike".split(), _cls(1.8, 1.1, "vehicle", "metal", 5.0, scene="street")),
    "motorcycle": _cls(2.1, 1.2, "vehicle", "metal", 10.0, scene="road"),
    **dict.fromkeys("skateboard scooter".split(), _cls(0.8, 0.15, "vehicle", "wood", 3.0, scene="street")),
    **dict.fromkeys("boat sailboat canoe".split(), _cls(5.0, 2.0, "swimmer", "wood", 3.0, scene="lake")),
    "ship": _cls(60.0, 20.0, "swimmer", "metal", 8.0, scene="ocean"),
    **dict.fromkeys("airplane aeroplane plane jet".split(), _cls(35.0, 10.0, "flyer", "metal", 70.0, scene="sky")),
    "helicopter": _cls(12.0, 4.0, "flyer", "metal", 30.0, scene="sky"),
    "drone": _cls(0.4, 0.15, "flyer", "plastic", 5.0, scene="sky"),
    "rocket": _cls(3.0, 30.0, "flyer", "metal", 40.0, scene="sky"),
    "kite": _cls(0.9, 0.9, "flyer", "paper", 2.0, scene="sky"),
    "ball": _BALL,
    "basketball": _cls(0.24, 0.24, "ball", "rubber", 2.0, restitution=0.78, scene="court"),
    "football": _cls(0.22, 0.22, "ball", "leather", 2.0, restitution=0.7, scene="field"),
    "volleyball": _cls(0.21, 0.21, "ball", "leather", 2.0, restitution=0.72, scene="beach"),
    "baseball": _cls(0.074, 0.074, "ball", "leather", 2.0, restitution=0.55, scene="field"),
    "marble": _cls(0.016, 0.016, "ball", "glass", 0.5, restitution=0.6),
    "balloon": _cls(0.3, 0.35, "buoyant", "rubber", scene="sky"),
    "bubble": _cls(0.05, 0.05, "buoyant", "soap", scene="garden"),
    **dict.fromkeys("rock stone pebble boulder".split(), _ROCK),
    "brick": _cls(0.22, 0.07, "passive", "brick"),
    "book": _cls(0.2, 0.05, "passive", "paper", scene="room"),
    **dict.fromkeys("box crate package".split(), _cls(0.5, 0.4, "passive", "cardboard", scene="room")),
    **dict.fromkeys("cup mug".split(), _cls(0.09, 0.1, "passive", "ceramic", scene="table")),
    **dict.fromkeys("glass vase bottle jar lightbulb".split(), _cls(0.08, 0.2, "passive", "glass", scene="table")),
    "plate": _cls(0.26, 0.03, "passive", "ceramic", scene="table"),
    "egg": _cls(0.045, 0.06, "passive", "eggshell", scene="kitchen"),
    **dict.fromkeys("apple orange tomato peach".split(), _cls(0.08, 0.08, "passive", "fruit", scene="table")),
    "watermelon": _cls(0.3, 0.25, "passive", "fruit", scene="table"),
    **dict.fromkeys("phone key coin spoon pen pencil".split(), _cls(0.12, 0.02, "passive", "metal", scene="table")),
    **dict.fromkeys("can bucket".split(), _cls(0.12, 0.15, "passive", "metal")),
    **dict.fromkeys("toy doll".split(), _cls(0.25, 0.3, "passive", "plastic", scene="room")),
    **dict.fromkeys("pillow cushion bag backpack hat shoe".split(), _cls(0.4, 0.25, "passive", "fabric", scene="room")),
    "chair": _cls(0.5, 0.9, "passive", "wood", scene="room"),
    "ice": _cls(0.03, 0.03, "passive", "ice", scene="table"),
    "snowball": _cls(0.1, 0.1, "passive", "snow", scene="snow"),
    "leaf": _LEAF,
    "petal": _cls(0.03, 0.02, "flutter", "leaf", scene="garden"),
    "feather": _cls(0.12, 0.04, "flutter", "feather"),
    "snowflake": _cls(0.01, 0.01, "flutter", "snow", scene="snow"),
    "paper": _cls(0.21, 0.01, "flutter", "paper", scene="room"),
    "glider": _cls(0.6, 0.15, "glider", "paper", scene="sky"),
    **dict.fromkeys("tree palm".split(), _TREE),
    **dict.fromkeys("bush plant flower".split(), _cls(0.5, 0.6, "scenery", "wood", scene="garden")),
    **dict.fromkeys("house building tower castle barn".split(), _HOUSE),
    **dict.fromkeys("fence wall".split(), _cls(4.0, 1.2, "scenery", "wood")),
    "bench": _cls(1.6, 0.8, "scenery", "wood", scene="park"),
    **dict.fromkeys("sofa couch bed desk".split(), _cls(2.0, 0.8, "scenery", "fabric", scene="room")),
    **dict.fromkeys("lamp streetlight".split(), _cls(0.4, 1.6, "scenery", "metal")),
    "mountain": _cls(2000.0, 800.0, "scenery", "stone", scene="mountains"),
    **dict.fromkeys("cloud".split(), _cls(6.0, 2.5, "flyer", "vapour", 2.0, scene="sky")),
    **dict.fromkeys("sun moon".split(), _cls(1.0, 1.0, "wall", "light", scene="sky")),
    **dict.fromkeys("painting picture poster clock mirror window door tv television screen".split(), _FRAME),
    "hoop": _cls(0.45, 0.1, "wall", "metal", scene="court"),
    "goal": _cls(7.3, 2.4, "scenery", "metal", scene="field"),
    "table": _cls(1.2, 0.75, "scenery", "wood", scene="room"),
    # supports and props the studio's own prompts name ("an apple comes loose from a branch")
    "branch": _cls(1.5, 0.1, "scenery", "wood", scene="garden"),
    "shelf": _cls(1.0, 0.05, "scenery", "wood", scene="room"),
    "trampoline": _cls(3.0, 0.8, "scenery", "fabric", scene="garden"),
    "mat": _cls(2.0, 0.05, "scenery", "fabric", scene="gym"),
    "stove": _cls(0.8, 0.9, "scenery", "metal", scene="kitchen"),
    # furniture things stand on ("a kettle on the counter", "a cat asleep atop the dresser"): drawn, unlike the floor
    **dict.fromkeys("counter countertop worktop".split(), _cls(1.5, 0.9, "scenery", "stone", scene="kitchen")),
    **dict.fromkeys("dresser cabinet cupboard sideboard".split(), _cls(1.0, 0.9, "scenery", "wood", scene="room")),
    **dict.fromkeys("nightstand stool pedestal plinth".split(), _cls(0.45, 0.6, "scenery", "wood", scene="room")),
    **dict.fromkeys("bookshelf bookcase".split(), _cls(0.9, 1.8, "scenery", "wood", scene="room")),
    "armchair": _cls(0.9, 0.9, "scenery", "fabric", scene="room"),
    **dict.fromkeys("windowsill ledge".split(), _cls(1.0, 0.05, "scenery", "stone", scene="room")),
    "waterfall": _cls(4.0, 6.0, "scenery", "water", scene="forest"),
    "puddle": _cls(0.6, 0.02, "scenery", "water", scene="street"),
    "log": _cls(1.0, 0.3, "passive", "wood", scene="river"),
    "jug": _cls(0.15, 0.25, "passive", "ceramic", scene="table"),
    "lens": _cls(0.07, 0.05, "passive", "glass", scene="table"),  # "a lens falls"; "the lens" alone is the camera's
    "pot": _cls(0.25, 0.2, "passive", "metal", scene="kitchen"),
    "candle": _cls(0.05, 0.2, "passive", "wax", scene="table"),
    "sponge": _cls(0.12, 0.05, "passive", "foam", scene="kitchen"),
    "board": _cls(0.4, 0.03, "passive", "wood"),
    "hammer": _cls(0.3, 0.05, "passive", "metal"),
    "towel": _cls(0.5, 0.3, "passive", "fabric", scene="bathroom"),
    "tablecloth": _cls(1.2, 0.02, "passive", "fabric", scene="room"),
    "domino": _cls(0.025, 0.05, "passive", "wood", scene="table"),
    "pin": _cls(0.12, 0.38, "passive", "plastic", scene="room"),
    "tire": _cls(0.6, 0.6, "ball", "rubber", 2.0),
    "pendulum": _cls(0.1, 0.6, "passive", "metal", scene="room"),
    "snowman": _cls(0.8, 1.6, "passive", "snow", scene="snow"),
    "net": _cls(2.0, 1.5, "scenery", "fabric", scene="field"),
}

# Multi-word object names; matched before single words so "tennis ball" is one object.
COMPOUND_CLASSES: dict[str, ObjectClass] = {
    "paper airplane": _cls(0.25, 0.06, "glider", "paper", scene="room"),
    "paper plane": _cls(0.25, 0.06, "glider", "paper", scene="room"),
    "hang glider": _cls(10.0, 1.8, "glider", "fabric", scene="sky"),  # one noun: its "hang" is never the verb
    "tennis ball": _cls(0.067, 0.067, "ball", "felt", 2.0, restitution=0.75, scene="court"),
    "soccer ball": _cls(0.22, 0.22, "ball", "leather", 2.0, restitution=0.7, scene="field"),
    "ping pong ball": _cls(0.04, 0.04, "ball", "plastic", 2.0, restitution=0.88, scene="table"),
    "golf ball": _cls(0.043, 0.043, "ball", "plastic", 2.0, restitution=0.8, scene="field"),
    "beach ball": _cls(0.5, 0.5, "ball", "plastic", 1.5, restitution=0.6, scene="beach"),
    "bowling ball": _cls(0.22, 0.22, "ball", "plastic", 3.0, restitution=0.1, scene="room"),
    "hot air balloon": _cls(17.0, 22.0, "buoyant", "fabric", scene="sky"),
    "teddy bear": _cls(0.3, 0.4, "passive", "fabric", scene="room"),
    "traffic cone": _cls(0.3, 0.5, "passive", "plastic", scene="street"),
    **dict.fromkeys(("pickup truck", "garbage truck", "dump truck", "tow truck"),
                    _cls(5.5, 2.0, "vehicle", "metal", 8.0, scene="road")),
    "school bus": _cls(11.0, 3.2, "vehicle", "metal", 7.0, scene="street"),
    "race car": _cls(4.8, 1.1, "vehicle", "metal", 30.0, scene="road"),
    "sports car": _CAR,
    "police car": _CAR,
    "fire truck": _cls(9.0, 3.3, "vehicle", "metal", 10.0, scene="street"),
    "ice cube": _cls(0.03, 0.03, "passive", "ice", scene="table"),
    "wine glass": _cls(0.08, 0.2, "passive", "glass", scene="table"),
    "rubber duck": _cls(0.1, 0.1, "swimmer", "rubber", 0.1, scene="bathroom"),
    "spinning top": _cls(0.06, 0.06, "passive", "wood", scene="table"),
    "frying pan": _cls(0.3, 0.05, "passive", "metal", scene="kitchen"),
    "rubber band": _cls(0.06, 0.01, "passive", "rubber", scene="table"),
    "paper clip": _cls(0.03, 0.01, "passive", "metal", scene="table"),
}

COMPOUND_NOUN_WORDS = frozenset(name.split()[0] for name in COMPOUND_CLASSES)
# Classes that move of themselves or roll: a thing of the scene whatever sentence frames it ("my cat" is the speaker's
# pet in the scene, "follow the ball" follows a mover, "the horse is red." is no framing clause)
SELF_MOVING = frozenset(("walker", "flyer", "vehicle", "swimmer", "glider", "ball"))
FIXED_MOBILITIES = frozenset(("wall", "scenery"))  # doors, windows, trees, houses: set in the scene, never going
# How large a thing a hand takes, by what the hand does with it: a creature holds and carries along things up to its
# own size ("a girl carries a lamp", "holds a bike"), but one person passes another only what fits in a hand's reach
# ("passes a ball"; "passes a bench" walks past it)
CARRIED_MAX_M = 2.0
PASSED_MAX_M = 1.0
CREATURE_KINDS = frozenset(("walker", "flyer", "swimmer", "flutter"))  # things alive: they see, hold and act
GENERIC_CLASS = _cls(0.5, 0.5, "passive", "")  # for nouns the tables do not know

IRREGULAR_PLURALS = {
    "dominoes": "domino", "people": "person", "men": "man", "women": "woman", "children": "child", "mice": "mouse",
    "geese": "goose", "calves": "calf", "oxen": "ox", "teeth": "tooth", "leaves": "leaf", "wolves": "wolf",
    "knives": "knife", "feet": "foot",
    "sheep": "sheep", "deer": "deer", "fish": "fish", "butterflies": "butterfly", "puppies": "puppy",
    "bunnies": "bunny", "babies": "baby", "ladies": "lady", "guys": "guy", "boxes": "box", "buses": "bus",
    "glasses": "glass", "dishes": "dish", "peaches": "peach", "tomatoes": "tomato", "foxes": "fox",
    "jellyfish": "jellyfish", "benches": "bench", "bushes": "bush", "couches": "couch", "kitties": "kitty",
    "dragonflies": "dragonfly", "flies": "fly", "cities": "city", "balls": "ball", "shelves": "shelf",
}
HANDED_CLASSES = (_PERSON, _CHILD)  # who can pass a ball; anything else passing goes past
# "person": "people", "leaf": "leaves": the plurals a trailing "s" or "es" does not make
_PLURALS_OF: dict[str, tuple[str, ...]] = {}
for _plural, _single in IRREGULAR_PLURALS.items():
    if _plural not in (_single, _single + "s", _single + "es"):
        _PLURALS_OF[_single] = _PLURALS_OF.get(_single, ()) + (_plural,)
# where a pattern template asks for HEAD's plural, said or optional
_PLURAL_SLOT_RE = re.compile(re.escape("HEAD(?:e?s)") + r"\??")


def head_template(template: str, head: str) -> str:
    """TEMPLATE with HEAD filled by a noun's last word, where "HEAD(?:e?s)" (its plural) and "HEAD(?:e?s)?" also take an
    irregular plural: "Wake up, people!" names persons as "two cats," names cats."""
    plurals = _PLURALS_OF.get(head)
    if plurals:
        others = "|".join(map(re.escape, plurals))
        template = _PLURAL_SLOT_RE.sub(lambda slot: f"(?:{slot.group(0)}|{others})", template)
    return template.replace("HEAD", re.escape(head))


# Far more than one prompt's nouns ask for (a long one builds about two hundred), so a plan finds its own again
@lru_cache(maxsize=2048)
def word_pattern(pattern: str) -> re.Pattern:
    """PATTERN, built at run time around a prompt's word, compiled once and kept while in use. re's own cache keeps
    512 patterns in the order they were first made, so a stream of new words would push out the ones still asked for
    and every call after would compile again; this cache is the planner's own and drops the one unused longest."""
    return re.compile(pattern)


def head_pattern(template: str, head: str) -> re.Pattern:
    """``head_template`` compiled through ``word_pattern``."""
    return word_pattern(head_template(template, head))


# Short singulars ending in -us, which the length rule below would otherwise strip ("focus", not "focu").
SINGULARS_IN_US = frozenset("focus bonus virus genus lotus locus torus onus fetus mucus humus pus".split())
# Singulars ending in -ns, where the plain rule would strip a plural's s ("lens", not "len"); most -ns words are plurals.
SINGULARS_IN_NS = frozenset("lens".split())


# Singulars in -ie, whose plurals keep the e ("movies", "cookies"); any other -ies after a consonant is -y ("duties").
SINGULARS_IN_IE = frozenset(("movie cookie zombie hoodie selfie rookie goalie collie budgie auntie birdie genie brownie "
                             "calorie prairie eyrie reverie lingerie smoothie freebie newbie techie foodie junkie "
                             "magpie pixie bootie cutie sweetie veggie walkie talkie boogie oldie goodie").split())


@lru_cache(maxsize=4096)  # the reader asks about the same few hundred words for every prompt
def singular(word: str) -> str:
    """Singular of a plural noun the tables may know; unknown words lose a plain trailing 's'."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in OBJECT_CLASSES or word in SINGULARS_IN_US or word in SINGULARS_IN_NS or word.endswith("ss") or (
            word.endswith("us") and not word.endswith("ous") and len(word) >= 6):
        return word  # "walrus", "octopus": a singular that ends in s (but "emus", "menus" are plurals)
    if word.endswith("is") and len(word) >= 4 and word[:-1] not in OBJECT_CLASSES:
        return word  # "ibis", "iris", "chassis": -is is a singular ending unless the tables know the stem ("taxis")
    if word.endswith(("ises", "sses", "nses")) and (word[:-2] in SINGULARS_IN_NS or word.endswith(("ises", "sses"))):
        return word[:-2]  # "irises", "lenses": the plural of such a singular
    if word.endswith("uses") and word[:-2] not in OBJECT_CLASSES and len(word) > 5:
        return word[:-2]  # "walruses"
    if (word.endswith("ies") and len(word) >= 6 and word[-4] not in "aeiou" and word[:-1] not in SINGULARS_IN_IE
            and word[:-1] not in OBJECT_CLASSES and word not in ("species", "series")):
        return word[:-3] + "y"  # "duties", "parties": the -y noun's plural, known to the tables or not
    for suffix, repl in (("ies", "y"), ("ves", "f"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + repl
            if stem in OBJECT_CLASSES or suffix in ("s", "ches", "shes", "xes"):  # "ostriches", "bushes", "boxes"
                return stem
    return word


def is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word] != word or word in ("sheep", "deer", "fish")
    return word.endswith("s") and not word.endswith("ss") and singular(word) in OBJECT_CLASSES and word not in OBJECT_CLASSES


# "...: a car.", "..., a red ball.", "... - the dog.": a thing named alone at a sentence's end, after a clause that left
# out its subject ("Last seen heading left: a car.", "Rolling from A to B, a red ball.")
THING_NAMED_LAST = r"(?: ?[:;] | [—–-]+ |, )(?P<thing>(?:a|an|one|the)(?: [a-z-]+){1,4}?)(?=\s*(?:[.!?]|$))"


def ends_on_a_known_noun(words: str) -> bool:
    """Whether words end on a noun the tables know ("a red car"), so they can be the subject a clause left out."""
    return noun_class(words.rsplit(" ", 1)[-1]) is not None


@lru_cache(maxsize=4096)
def noun_class(word: str) -> tuple[str, ObjectClass] | None:
    if word in OBJECT_CLASSES:
        return word, OBJECT_CLASSES[word]
    base = singular(word)
    if base in OBJECT_CLASSES:
        return base, OBJECT_CLASSES[base]
    return None


def names_a_thing(words: str) -> bool:
    """Whether any word of ``words`` (lower case) is a noun the tables know: what keeps a sentence in the scene."""
    return any(noun_class(word) for word in re.findall(r"[a-z]+", words))


def names_a_thing_drawn(words: str) -> bool:
    """Whether ``words`` (lower case) name a thing to draw, the frame's own words and a hyphened word aside: "the
    right side of the frame" and "bird's-eye view" name none, so a label made of them can head another thing's route."""
    return any(word not in FRAME_WORDS and noun_class(word.removesuffix("'s"))
               for word in re.findall(r"[a-z][a-z'-]*", words))


def kind_pattern(noun: str) -> str | None:
    """``noun`` or its class word, singular or plural, as a pattern; None for a word that names no thing."""
    found = noun_class(noun)
    return None if found is None else rf"(?:{re.escape(found[0])}(?:e?s)?|{re.escape(noun)})\b"


def brought_in(kind: str, text: str, start: int = 0, lead_words: int | None = None) -> re.Match | None:
    """Where ``text`` brings in a thing of ``kind`` (a pattern) by "a", "an" or a count, from ``start`` on; with
    ``lead_words``, only at the start, after at most that many words. The "article" group ends before its space and
    "noun" is the word found: a question, tease or pointer about "the" thing told later leans on this one reading."""
    lead = f"(?:[a-z]+ ){{0,{lead_words}}}?" if lead_words is not None else r"\b"
    found = re.compile(rf"{lead}(?P<article>a|an|{'|'.join(NUMBER_WORDS)}) (?:[a-z-]+ ){{0,2}}?(?P<noun>{kind})\b")
    return found.search(text, start) if lead_words is None else found.match(text, start)


def carried_by_hand(cls: ObjectClass, largest_m: float = CARRIED_MAX_M) -> bool:
    """Whether a hand can hold a thing of class ``cls``: nothing set in a wall (a door) nor bigger than ``largest_m``
    (by default a person's size: no tree, no car; a lamp, a chair or a bike goes where its holder goes)."""
    return cls.mobility != "wall" and max(cls.width_m, cls.height_m) <= largest_m


def passed_by_hand(cls: ObjectClass) -> bool:
    """Whether one person passes a thing of class ``cls`` on to another rather than going past it: a thing a hand
    takes (no larger than PASSED_MAX_M) that nothing drives, that walks on no legs of its own and that is no part of
    the place."""
    return cls.mobility not in ("scenery", "vehicle", "walker") and carried_by_hand(cls, largest_m=PASSED_MAX_M)
