"""Rule-based reading of a video prompt into objects, their attributes and their moves.

This is the "language" half of the embedded physics planner (the other half simulates). It does
not try to understand English in general: one precompiled regular expression turns the prompt
into a stream of tokens (multi-word phrases such as "from the top left" or "paper airplane"
become single tokens), and a single left-to-right pass binds adjectives to the noun they precede,
verbs to their subject (or, for "throws"/"kicks"/..., to their direct object), and direction and
region phrases to the latest verb. Everything it cannot place is reported back as a note, so the
user sees what was ignored instead of getting a silently wrong layout.

The vocabularies are module-level data so they can be read, extended and tested on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .prompt_timing import resolve_timing
from .vocabulary import (
    ABSENT_PHRASES,
    APPEAR_PHRASES,
    COUNT_QUALIFIERS,
    DISAPPEAR_PHRASES,
    FINISH_WORDS,
    FIRST_HALF_WORDS,
    FOREIGN_FUNCTION_WORDS,
    HALF_WINDOW,
    HYPHEN_MODIFIER_TAILS,
    NON_OBJECT_NOUNS,
    PLAIN_ADJECTIVES,
    PRESENTING_WORDS,
    SIDE_ITS,
    SIDE_OF,
    START_WORDS,
    VISIBLE_PHRASES,
    looks_like_modifier,
)

# ------------------------------------------------------------------------------ object classes


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
         "skater skier jogger hiker farmer doctor student worker policeman cowboy robot").split(),
        _PERSON,
    ),
    **dict.fromkeys("child kid toddler".split(), _CHILD),
    "baby": _cls(0.45, 0.5, "walker", "flesh", 0.3),
    **dict.fromkeys("dog puppy wolf fox".split(), _cls(0.9, 0.6, "walker", "flesh", 3.0, jump=0.8)),
    **dict.fromkeys("cat kitten".split(), _cls(0.5, 0.3, "walker", "flesh", 2.0, jump=1.0)),
    **dict.fromkeys("horse cow deer camel zebra donkey".split(), _cls(2.2, 1.6, "walker", "flesh", 4.0, jump=0.8, scene="field")),
    **dict.fromkeys("sheep goat pig".split(), _cls(1.2, 0.8, "walker", "flesh", 1.5, jump=0.5, scene="field")),
    **dict.fromkeys("lion tiger bear".split(), _cls(2.0, 1.1, "walker", "flesh", 4.0, jump=1.0)),
    "elephant": _cls(5.0, 3.0, "walker", "flesh", 1.5, scene="field"),
    "giraffe": _cls(3.0, 5.0, "walker", "flesh", 2.0, scene="field"),
    **dict.fromkeys("rabbit bunny squirrel chicken duck".split(), _cls(0.35, 0.3, "walker", "flesh", 1.5, jump=0.5, scene="garden")),
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
}

# Multi-word object names; matched before single words so "tennis ball" is one object.
COMPOUND_CLASSES: dict[str, ObjectClass] = {
    "paper airplane": _cls(0.25, 0.06, "glider", "paper", scene="room"),
    "paper plane": _cls(0.25, 0.06, "glider", "paper", scene="room"),
    "tennis ball": _cls(0.067, 0.067, "ball", "felt", 2.0, restitution=0.75, scene="court"),
    "soccer ball": _cls(0.22, 0.22, "ball", "leather", 2.0, restitution=0.7, scene="field"),
    "ping pong ball": _cls(0.04, 0.04, "ball", "plastic", 2.0, restitution=0.88, scene="table"),
    "golf ball": _cls(0.043, 0.043, "ball", "plastic", 2.0, restitution=0.8, scene="field"),
    "beach ball": _cls(0.5, 0.5, "ball", "plastic", 1.5, restitution=0.6, scene="beach"),
    "bowling ball": _cls(0.22, 0.22, "ball", "plastic", 3.0, restitution=0.1, scene="room"),
    "hot air balloon": _cls(17.0, 22.0, "buoyant", "fabric", scene="sky"),
    "teddy bear": _cls(0.3, 0.4, "passive", "fabric", scene="room"),
    "race car": _cls(4.8, 1.1, "vehicle", "metal", 30.0, scene="road"),
    "sports car": _CAR,
    "police car": _CAR,
    "fire truck": _cls(9.0, 3.3, "vehicle", "metal", 10.0, scene="street"),
    "ice cube": _cls(0.03, 0.03, "passive", "ice", scene="table"),
    "wine glass": _cls(0.08, 0.2, "passive", "glass", scene="table"),
    "rubber duck": _cls(0.1, 0.1, "swimmer", "rubber", 0.1, scene="bathroom"),
}

COMPOUND_NOUN_WORDS = frozenset(name.split()[0] for name in COMPOUND_CLASSES)
GENERIC_CLASS = _cls(0.5, 0.5, "passive", "")  # for nouns the tables do not know

IRREGULAR_PLURALS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "mice": "mouse",
    "geese": "goose", "leaves": "leaf", "wolves": "wolf", "knives": "knife", "feet": "foot",
    "sheep": "sheep", "deer": "deer", "fish": "fish", "butterflies": "butterfly", "puppies": "puppy",
    "bunnies": "bunny", "babies": "baby", "ladies": "lady", "guys": "guy", "boxes": "box", "buses": "bus",
    "glasses": "glass", "dishes": "dish", "peaches": "peach", "tomatoes": "tomato", "foxes": "fox",
    "jellyfish": "jellyfish", "benches": "bench", "bushes": "bush", "couches": "couch", "kitties": "kitty",
    "dragonflies": "dragonfly", "flies": "fly", "cities": "city", "balls": "ball", "shelves": "shelf",
}

# ------------------------------------------------------------------------------ descriptive words

COLORS = frozenset(
    "red orange yellow green blue purple pink brown black white gray grey silver golden gold beige "
    "violet cyan magenta turquoise navy maroon teal crimson tan".split()
)
SIZE_FACTORS = {
    "tiny": 0.4, "small": 0.6, "little": 0.7, "short": 0.8, "big": 1.5, "large": 1.5, "tall": 1.3,
    "huge": 2.2, "giant": 2.5, "enormous": 2.5, "massive": 2.2, "baby": 0.6,
}
MATERIAL_WORDS = {
    "rubber": "rubber", "glass": "glass", "wooden": "wood", "wood": "wood", "metal": "metal",
    "metallic": "metal", "steel": "metal", "iron": "metal", "plastic": "plastic", "stone": "stone",
    "paper": "paper", "cardboard": "cardboard", "leather": "leather", "ceramic": "ceramic",
    "porcelain": "ceramic", "crystal": "glass", "golden": "metal", "clay": "ceramic", "ice": "ice",
}
# Descriptive words we accept and keep as a plain "detail" attribute (so they are not reported as unknown).
DETAIL_WORDS = frozenset(
    "shiny fluffy old young happy sad cute fat thin heavy light wet dry bright dark striped spotted "
    "wild brave tired angry furry round square empty full colorful colourful beautiful pretty "
    "tennis bouncy toy cartoon realistic excited playful lone single lonely flying running".split()
)
# Speed adverbs: factor on the object's own speed.
SPEED_WORDS = {
    "slowly": 0.5, "gently": 0.6, "leisurely": 0.6, "calmly": 0.7, "carefully": 0.7, "steadily": 1.0,
    "quickly": 1.6, "fast": 1.6, "rapidly": 1.6, "swiftly": 1.5, "hard": 1.4, "briskly": 1.3, "hurriedly": 1.5,
}
# Throw-height words: the apex of a throw as a fraction of the frame height above the ground.
HEIGHT_WORDS = {"high": 0.78, "higher": 0.8, "low": 0.3, "lightly": 0.4, "softly": 0.4}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "single": 1, "another": 1, "dozen": 12,
}
COUNT_PHRASES = {
    "a pair of": 2, "a couple of": 2, "a duo of": 2, "a trio of": 3, "a quartet of": 4, "a quintet of": 5, "a few": 3, "several": 3, "a group of": 4, "a herd of": 4,
    "a flock of": 5, "a pack of": 4, "a bunch of": 4, "a team of": 4, "many": 5, "lots of": 5, "a lot of": 5,
    "some": 2, "a school of": 5, "a swarm of": 6,
}
INDEFINITE = frozenset(("a", "an", "one", "another", "some"))
DEFINITE = frozenset(("the", "this", "that", "these", "those", "his", "her", "its", "their", "my", "your", "our"))
PRONOUNS = frozenset(("it", "they", "he", "she", "him", "them", "itself", "themselves"))
SEQUENCE_WORDS = frozenset(("then", "finally", "afterwards", "afterward", "next", "later", "eventually", "subsequently"))

# ------------------------------------------------------------------------------ verbs
# Every form is listed: no stemming, so a rule never fires on a word it was not written for.


def _forms(kind: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), kind)


VERB_KINDS: dict[str, str] = {
    **_forms("move", "move moves moving moved go goes going went walk walks walking walked stroll strolls "
             "strolling wander wanders wandering march marches marching crawl crawls crawling crawled "
             "travel travels travelling traveling step steps stepping head heads heading come comes coming "
             "turn turns turning climb climbs climbing wobble wobbles tiptoe tiptoes trot trots trotting "
             "slither slithers slithering passing"),
    **_forms("run", "run runs running ran race races racing sprint sprints sprinting dash dashes dashing "
             "gallop gallops galloping jog jogs jogging hurry hurries rush rushes rushing chase chases chasing "
             "speed speeds speeding"),
    **_forms("zoom", "zoom zooms zooming zoomed"),
    **_forms("drive", "drive drives driving drove driven ride rides riding rode cycle cycles cycling "
             "pedal pedals pedaling sail sails sailing"),
    **_forms("roll", "roll rolls rolling rolled slide slides sliding slid skate skates skating ski skis skiing "
             "skid skids skidding"),
    **_forms("swim", "swim swims swimming swam paddle paddles paddling"),
    **_forms("fly", "fly flies flying flew flown soar soars soaring hover hovers hovering flutter flutters "
             "fluttering flap flaps flapping"),
    **_forms("glide", "glide glides gliding glided"),
    **_forms("jump", "jump jumps jumping jumped hop hops hopping hopped leap leaps leaping leapt leaped "
             "bound bounds bounding spring springs vault vaults"),
    **_forms("throw", "throw throws throwing threw thrown toss tosses tossing tossed kick kicks kicking "
             "kicked hit hits hitting launch launches launching launched shoot shoots shooting shot "
             "fling flings flinging flung hurl hurls hurling hurled lob lobs lobbing lobbed pass passes passed "
             "serve serves served pitch pitches pitched"),
    **_forms("fall", "fall falls falling fell fallen drop drops dropping dropped tumble tumbles tumbling "
             "tumbled plummet plummets plunge plunges dive dives diving dove sink sinks sinking sank descend "
             "descends descending"),
    **_forms("bounce", "bounce bounces bouncing bounced rebound rebounds rebounding"),
    **_forms("land", "land lands landing landed hits_ground"),
    **_forms("break", "break breaks breaking broke shatter shatters shattering shattered smash smashes "
             "smashing smashed crack cracks cracked splat splats"),
    **_forms("float", "float floats floating floated drift drifts drifting drifted rise rises rising rose "
             "ascend ascends ascending"),
    **_forms("circle", "circle circles circling circled orbit orbits orbiting spin spins spinning loop loops looping"),
    **_forms("rest", "sit sits sitting sat stand stands standing stood rest rests resting lie lies lying lay "
             "sleep sleeps sleeping wait waits waiting stay stays staying remain remains remaining park parks "
             "parked stop stops stopped stopping halt halts halted perch perches perched"),
    **_forms("appear", "appear appears appearing appeared emerge emerges emerging emerged arrive arrives "
             "arriving arrived enter enters entering entered pop pops"),
    **_forms("disappear", "disappear disappears disappearing disappeared vanish vanishes vanishing vanished "
             "fade fades fading faded leave leaves leaving exit exits exiting exited"),
    **_forms("approach", "approach approaches approaching approached follow follows following followed"),
    **_forms("pan", "pan pans panning panned"),
    **_forms("dolly", "dolly dollies dollying pull pulls pulling pulled push pushes pushing pushed track "
             "tracks tracking"),
}
# Verbs whose direct object is what moves ("a boy kicks a ball": the ball flies, the boy stays).
TRANSITIVE_VERBS = frozenset(
    "throw throws throwing threw toss tosses tossing tossed kick kicks kicking kicked hit hits hitting "
    "launch launches launching launched shoot shoots shooting fling flings flinging flung hurl hurls hurling "
    "hurled lob lobs lobbed pass passes passed serve serves served pitch pitches pitched drop drops dropping "
    "dropped roll rolls rolling rolled bounce bounces bouncing bounced push pushes pushing pushed".split()
)
# Verbs that continue a flight instead of starting a new move ("is thrown and bounces").
FLIGHT_KINDS = frozenset(("throw", "fall", "bounce", "jump", "glide"))
CONTINUATION_KINDS = frozenset(("bounce", "land", "break", "fall", "roll"))
# For things that cannot move by themselves, "flies"/"moves"/"slides" after a throw describe that same flight.
PASSIVE_CONTINUATIONS = frozenset(("fly", "move", "glide", "run"))
INSTANT_KINDS = frozenset(("appear", "disappear"))
RELATIVE_PRONOUNS = frozenset(("that", "which", "who", "whose"))
ENTRY_SIDE_UNSAID = "left"  # "walks into the frame": from the left unless it heads left
MODAL_FOLLOWERS = frozenset(("be", "not", "see", "you", "we", "also", "now", "still", "only", "just"))
STILL_KINDS = frozenset(("rest", "visible", "appear", "disappear"))
CAMERA_WORDS = frozenset(("camera", "viewer", "view", "shot", "lens"))
CAMERA_PARTICLES = {"in": "in", "closer": "in", "forward": "in", "out": "out", "back": "out", "backward": "out", "away": "out"}

# ------------------------------------------------------------------------------ scenes
SCENE_WORDS: dict[str, str] = {
    **dict.fromkeys("garden lawn yard backyard grass meadow".split(), "garden"),
    "park": "park", "playground": "playground", "beach": "beach", "sand": "beach", "sky": "sky", "air": "sky",
    "clouds": "sky", "sea": "ocean", "ocean": "ocean", "underwater": "ocean", "lake": "lake", "pond": "lake",
    "river": "river", "water": "lake", "pool": "pool", "room": "room", "bedroom": "bedroom",
    "kitchen": "kitchen", "bathroom": "bathroom", "office": "office", "classroom": "classroom",
    "museum": "museum", "gallery": "gallery", "gym": "gym", "street": "street", "road": "road",
    "highway": "road", "city": "city", "town": "city", "field": "field", "farm": "field", "forest": "forest",
    "woods": "forest", "jungle": "forest", "desert": "desert", "snow": "snow", "mountains": "mountains",
    "hill": "hill", "space": "space", "court": "court", "stadium": "stadium", "track": "track",
    "floor": "room", "ground": "", "indoors": "room", "outdoors": "garden", "stage": "stage",
    "rink": "ice rink", "countryside": "field", "savanna": "savanna", "night": "night sky", "ceiling": "room",
    "corridor": "corridor", "hallway": "corridor", "porch": "porch", "patio": "patio", "balcony": "balcony",
    "driveway": "driveway", "alley": "alley", "shade": "", "plaza": "plaza", "lobby": "lobby", "courtyard": "courtyard", "shore": "beach", "lawns": "garden", "sidewalk": "street",
}
COMPOUND_SCENES = {
    "living room": "living room", "dining room": "room", "night sky": "night sky", "outer space": "space",
    "tennis court": "tennis court", "basketball court": "basketball court", "soccer field": "field",
    "football field": "field", "race track": "race track", "parking lot": "parking lot",
    "swimming pool": "pool", "ice rink": "ice rink", "city street": "street", "blue sky": "sky",
    "kitchen table": "table", "wooden table": "table",
}
DEFAULT_BACKGROUND = "room"

# Words the reader knows carry no meaning for the layout (never reported as "not understood").
STOP_WORDS = frozenset(
    "a an the is are was were be being been am of in on at to by for with from into onto off over under "
    "and or but so as while when which who whom whose that this these those there here it its it's they "
    "them their he she his her him we our you your i my me very really just also too then than again "
    "first second third slowly all each every some any no not only still even about around after before "
    "until during through up down out away back toward towards across along past behind beside near "
    "video scene frame clip shot image picture view scenery moment time way side corner edge part area "
    "top bottom left right center centre middle half end start beginning same other another own "
    "gets get got getting has have having had do does did can could will would should may might "
    "begin begins began start starts started continue continues continued keeps keep try tries "
    "slightly suddenly immediately gradually finally eventually soon now once twice quite rather almost "
    "itself themselves each other something someone somewhere towards upward downward one how what "
    "where why onto upon inside outside between above below beneath underneath against within without "
    "arc arcs curve path trajectory line straight "
    "like unlike via per whilst lands ground surface floor air distance foreground background way".split()
)

# ------------------------------------------------------------------------------ token patterns
_REGION = r"(?:(?:top|upper|bottom|lower)[ -]?(?:left|right)|(?:left|right)[ -]?(?:top|bottom)|top|bottom|upper|lower|left|right|center|centre|middle)"
_REGION_TAIL = (
    r"(?:[ -](?:side|corner|edge|part|area|half|hand side|portion))?"
    r"(?: of (?:the )?(?:frame|screen|scene|image|video|picture|view|canvas|shot|room|sky|road|field|table|street|garden|beach))?"
)


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"[ -]") for p in sorted(phrases, key=len, reverse=True))


_TOKEN_RE = re.compile(
    "|".join(
        (
            r"(?P<finish>" + FINISH_WORDS + r" (?:in|at|on|near|to|by) (?:the )?(?P<finish_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
            r"(?P<start_at>" + START_WORDS + r" (?:(?:in|at|on|from|near) (?:the )?(?P<start_r>" + _REGION + r")" + _REGION_TAIL
            + r"|(?P<start_c>(?:top|upper|bottom|lower)[ -](?:left|right))))\b",
            r"(?P<side_rel>(?:(?P<side_lead>" + START_WORDS + r"|" + FINISH_WORDS + r") )?" + SIDE_OF + r")",
            r"(?P<side_its_rel>(?:(?P<its_lead>" + START_WORDS + r"|" + FINISH_WORDS + r") )?" + SIDE_ITS + r")\b",
            r"(?P<window>" + HALF_WINDOW + r")\b",
            r"(?P<hyph_mod>[a-z]+-" + HYPHEN_MODIFIER_TAILS + r")\b",
            r"(?P<in_view>in (?:view|sight))\b",
            r"(?P<appear_phrase>" + APPEAR_PHRASES + r"|" + ABSENT_PHRASES + r")\b",
            r"(?P<disappear_phrase>" + DISAPPEAR_PHRASES + r")\b",
            r"(?P<visible_phrase>" + VISIBLE_PHRASES + r")\b",
            r"(?P<time>halfway(?: through(?: the (?:video|clip|scene))?)?|half[ -]way(?: through)?|midway"
            r"|in the middle of the (?:video|clip|scene)|at the (?:very )?end(?: of the (?:video|clip|scene))?"
            r"|near the end|at the (?:start|beginning)(?: of the (?:video|clip|scene))?|later on|after a (?:moment|while|second|few seconds))\b",
            r"(?P<topdown>top[ -]?down(?: viewed| view| shot| perspective)?|bird'?s?[ -]?eye(?: view)?|overhead (?:view|shot)|aerial (?:view|shot)|from above|seen from above|viewed from above)\b",
            r"(?P<depth>(?:toward|towards|to|closer to) the (?:camera|viewer|lens)|away from the (?:camera|viewer|lens)|into the distance|far away|in the distance|in the background|in the foreground)\b",
            r"(?P<exit>(?:out of|off|off of) (?:the )?(?:frame|view|screen|picture|scene|image|shot|camera view)|off[ -]?screen|out of sight)\b",
            r"(?P<enter_from>in from (?:the )?(?P<enter_region>" + _REGION + r")" + _REGION_TAIL + r")\b",
            r"(?P<enter>into (?:the )?(?:frame|view|scene|shot|picture)|into view)\b",
            r"(?P<from_to>(?P<ft_a>left|right|top|bottom) to (?:the )?(?P<ft_b>left|right|top|bottom))\b",
            r"(?P<from_region>(?:from|starting (?:at|from|in)|out of) (?:the )?(?P<from_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
            r"(?P<to_region>(?:to|toward|towards|into|until|reaching) (?:the )?(?P<to_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
            r"(?P<at_region>(?:in|at|on|near) (?:the )?(?P<at_r>" + _REGION + r")" + _REGION_TAIL + r")\b",
            r"(?P<bare_corner>(?:top|upper|bottom|lower)[ -](?:left|right)(?:[ -]corner)?)\b",
            r"(?P<circle>in (?:a )?(?:circle|circles|loop|ring)|round and round|in circular motion)\b",
            r"(?P<dir>leftwards?|rightwards?|upwards?|downwards?|skywards?|up|down|left|right|across|forwards?|backwards?|sideways)\b",
            r"(?P<rel>toward|towards|away from|past|around|behind|in front of|next to|beside|on top of|onto|off of|off|from|to|near|over|under|by|into|on|after)\b",
            r"(?P<count>" + _alternation(COUNT_PHRASES) + r")\b",
            r"(?P<noun2>" + _alternation(COMPOUND_CLASSES) + r")(?P<plural2>s)?\b",
            r"(?P<scene2>" + _alternation(COMPOUND_SCENES) + r")\b",
            r"(?P<hyphenated>(?!(?:left|right|top|bottom|upper|lower|up|down|from|to)-)[a-z]+-[a-z]+)\b(?!-)",
            r"(?P<number>\d+(?:\.\d+)?)",
            r"(?P<word>[a-z]+(?:'[a-z]+)?)",
            r"(?P<punct>[.;!?,:])",
        )
    )
)
_COPULA = frozenset(("there", "is", "are", "was", "were", "be", "being", "been"))  # carry nothing alone
_SPACE_RE = re.compile(r"\s+")
_APOSTROPHE_RE = re.compile(r"[\u2018\u2019`]")

REGION_POINTS: dict[str, tuple[float | None, float | None]] = {
    "left": (0.2, None), "right": (0.8, None), "top": (None, 0.22), "bottom": (None, 0.78),
    "upper": (None, 0.22), "lower": (None, 0.78), "center": (0.5, 0.5), "centre": (0.5, 0.5), "middle": (0.5, 0.5),
}
TIME_FRACTIONS = (
    ("half", 0.5), ("midway", 0.5), ("middle", 0.5), ("near the end", 0.75), ("end", 0.8),
    ("start", 0.0), ("beginning", 0.0), ("later", 0.6), ("after", 0.35),
)
DIRECTIONS = {
    "left": "left", "leftward": "left", "leftwards": "left", "right": "right", "rightward": "right",
    "rightwards": "right", "up": "up", "upward": "up", "upwards": "up", "skyward": "up", "skywards": "up",
    "down": "down", "downward": "down", "downwards": "down", "across": "right", "forward": "right",
    "forwards": "right", "backward": "left", "backwards": "left", "sideways": "right",
}
MAX_PROMPT_CHARS = 2000
MAX_PER_GROUP = 8
MAX_ENTITIES = 8

# ------------------------------------------------------------------------------ reading result


@dataclass
class Motion:
    """One verb's worth of movement for one object, with the phrases that modify it."""

    kind: str
    verb: str = ""
    step: int = 0  # index of the "then"-separated step it belongs to
    start: tuple[float | None, float | None] | None = None  # region centre (x, y); None on unspecified axes
    end: tuple[float | None, float | None] | None = None
    direction: str | None = None  # left | right | up | down
    relation: str | None = None  # toward | away | past | around | behind | front | next | on | to | by
    target: int | None = None  # entity index the relation points at
    depth: str | None = None  # closer | farther (to the camera) | far | near
    enters_from: str | None = None
    exits: bool = False
    at_fraction: float | None = None  # "halfway" etc.
    speed: float = 1.0
    apex: float | None = None
    bounces: bool = False
    breaks: bool = False
    circle: bool = False
    particle: str | None = None  # camera: in / out
    side_start: str | None = None  # left | right of ``target`` where the move starts
    side_end: str | None = None  # left | right of ``target`` where it ends
    window: str | None = None  # first | second: "only in the first half"


@dataclass
class Entity:
    noun: str  # singular, as the user wrote it ("puppy")
    cls: ObjectClass
    count: int
    known: bool
    attributes: list[tuple[str, str]] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    agent: int | None = None  # who threw/kicked/dropped it


@dataclass
class SceneReading:
    entities: list[Entity]
    camera: list[Motion]
    top_down: bool
    background: str
    background_assumed: bool
    depth_hint: str | None
    notes: list[str]

    def material_of(self, index: int) -> str:
        entity = self.entities[index]
        for key, value in entity.attributes:
            if key == "material":
                return value
        return entity.cls.material


# ------------------------------------------------------------------------------ the reader


def singular(word: str) -> str:
    """Singular of a plural noun the tables may know; unknown words lose a plain trailing 's'."""
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word in OBJECT_CLASSES or word.endswith("ss"):
        return word
    for suffix, repl in (("ies", "y"), ("ves", "f"), ("ches", "ch"), ("shes", "sh"), ("xes", "x"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + repl
            if stem in OBJECT_CLASSES or suffix == "s":
                return stem
    return word


def _is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word] != word or word in ("sheep", "deer", "fish")
    return word.endswith("s") and not word.endswith("ss") and singular(word) in OBJECT_CLASSES and word not in OBJECT_CLASSES


def _noun_class(word: str) -> tuple[str, ObjectClass] | None:
    if word in OBJECT_CLASSES:
        return word, OBJECT_CLASSES[word]
    base = singular(word)
    if base in OBJECT_CLASSES:
        return base, OBJECT_CLASSES[base]
    return None


def _region_point(name: str) -> tuple[float | None, float | None]:
    name = name.replace("-", " ").replace("centre", "center")
    x: float | None = None
    y: float | None = None
    for part in name.split():
        px, py = REGION_POINTS.get(part, (None, None))
        x = px if px is not None else x
        y = py if py is not None else y
    return (x, y)


def _fraction_of(phrase: str) -> float:
    for key, value in TIME_FRACTIONS:
        if key in phrase:
            return value
    return 0.5


def _known_word(word: str) -> bool:
    return (
        word in STOP_WORDS or word in VERB_KINDS or word in COLORS or word in SIZE_FACTORS or word in MATERIAL_WORDS
        or word in DETAIL_WORDS or word in SPEED_WORDS or word in HEIGHT_WORDS or word in NUMBER_WORDS
        or word in SCENE_WORDS or word in CAMERA_WORDS or word in PRONOUNS or word in SEQUENCE_WORDS
        or word in DEFINITE or word in INDEFINITE or word in PLAIN_ADJECTIVES or word in COUNT_QUALIFIERS
        or word in NON_OBJECT_NOUNS or word in PRESENTING_WORDS or _noun_class(word) is not None
    )


class _Reader:
    """One pass over the tokens; state is the latest subject(s), verb and pending descriptors."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.camera: list[Motion] = []
        self.notes: list[str] = []
        self.unknown: list[str] = []
        self.top_down = False
        self.scenes: list[str] = []
        self.depth_hint: str | None = None
        self.subjects: list[int] = []  # entity indices; -1 = the camera
        self.current: list[Motion] = []  # motions the next modifiers apply to
        self.pending: list[tuple[str, object]] = []  # modifiers seen before any verb
        self.step = 0
        self.sequence_pending = False
        self.joining = False  # "and" right after a subject: the next noun joins the subject list
        self.verb_since_subject = False
        self.transitive: tuple[list[int], list[Motion]] | None = None
        self.relation: str | None = None
        self.det: str | None = None
        self.count: int | None = None
        self.attrs: list[tuple[str, str]] = []
        self.truncated = False
        self.last_object: int | None = None  # the latest direct object of a transitive verb
        self.compound: list[str] = []  # unknown words naming one object together ("hockey puck")
        self.naming = False  # after "number": the next number word names, not counts
        self.position = 0  # index of the token being read
        self.last_mention: tuple[int, int] | None = None  # (entity, token index) of the latest noun
        self.outer_subjects: list[int] | None = None  # the main clause's subjects during a relative clause
        self.object_pending = False  # after a verb we do not know: the next noun is its object

    # ----------------------------------------------------------------- noun phrases
    def noun(self, word: str, name: str, cls: ObjectClass, plural: bool, known: bool) -> None:
        definite = self.det in DEFINITE
        count = self.count if self.count is not None else (2 if plural and not definite else 1)
        index = self._reference(name) if definite or (plural and self.count is None and self._reference(name) is not None) else None
        if index is None:
            if count <= 0:
                self.notes.append(f"'{word}' has a count of {count}: no {name} placed")
                self._clear_phrase()
                return
            if count > MAX_PER_GROUP:
                self.notes.append(f"{count} {word} is more than the {MAX_PER_GROUP} a layout can show clearly; placed {MAX_PER_GROUP}")
                count = MAX_PER_GROUP
            if len(self.entities) >= MAX_ENTITIES:
                self.truncated = True
                self._clear_phrase()
                return
            if plural and self.count is None and not definite:
                self.notes.append(f"'{word}' has no number; assumed 2")
            if not known:
                self.notes.append(f"unknown object '{name}': drawn as a generic 0.5 m object")
            self.entities.append(Entity(noun=name, cls=cls, count=count, known=known))
            index = len(self.entities) - 1
        entity = self.entities[index]
        for attr in self.attrs:
            if attr not in entity.attributes:
                entity.attributes.append(attr)
        self._clear_phrase()
        self._place_mention(index)
        self.last_mention = (index, self.position)

    def relative_clause(self) -> bool:
        """"a ball that bounces to the right": the clause's verbs belong to the noun just named."""
        if self.last_mention is None or self.last_mention[1] != self.position - 1:
            return False
        index = self.last_mention[0]
        if self.subjects != [index]:
            self.outer_subjects = self.subjects if self.outer_subjects is None else self.outer_subjects
            self.subjects = [index]
            self.current = []
        self.verb_since_subject = False
        self.transitive = None
        self.relation = None
        self.joining = False
        return True

    def pronoun(self, word: str) -> None:
        self._clear_phrase()
        candidates = [s for s in self.subjects if s >= 0] or ([len(self.entities) - 1] if self.entities else [])
        if word == "it" and self.last_object is not None:
            candidates = [self.last_object]  # "kicks a ball, it flies": "it" is the thing kicked
        if self.transitive is not None or self.relation is not None:
            # as the object of a verb or relation, "it" is never the subject itself
            # ("a dog runs after it" means the ball mentioned before)
            others = [i for i in range(len(self.entities) - 1, -1, -1) if i not in self.subjects]
            if word == "it" and self.last_object is None and others:
                candidates = others[:1]
            if candidates:
                self._place_mention(candidates[0])
            return
        if candidates:
            self.subjects = candidates
            self.verb_since_subject = False

    def _reference(self, name: str) -> int | None:
        for index in range(len(self.entities) - 1, -1, -1):
            if self.entities[index].noun == name:
                return index
        return None

    def _place_mention(self, index: int) -> None:
        if self.relation is not None:
            relation, self.relation = self.relation, None
            if relation == "by" and any(m.kind == "throw" for m in self.current):
                for subject in self.subjects:
                    if subject >= 0 and subject != index:
                        self.entities[subject].agent = index
                return
            self._modify("relation", (relation, index))
            return
        if self.transitive is not None:
            agents, motions = self.transitive
            self.transitive = None
            mover = self.entities[index]
            for agent, motion in zip(agents, motions):
                if agent >= 0:
                    self.entities[agent].motions.remove(motion)
            motion = motions[0]
            mover.motions.append(motion)
            mover.agent = agents[0] if agents and agents[0] >= 0 and agents[0] != index else None
            self.last_object = index
            self.current = [motion]
            return
        if self.object_pending:
            self.object_pending = False  # "a car overtakes a dog": the dog is an object, not a new subject
            self.last_object = index
            return
        if self.joining and not self.verb_since_subject and self.subjects and -1 not in self.subjects:
            if index not in self.subjects:
                self.subjects.append(index)
        else:
            self.subjects = [index]
            self.verb_since_subject = False
            self.current = []
        self.joining = False

    def unknown_verb(self, word: str) -> None:
        """A word we do not know right after the subject is its verb: reported, and it keeps the subject."""
        self.unknown.append(word)
        self.object_pending = True

    def _clear_phrase(self) -> None:
        self.det, self.count, self.attrs, self.compound = None, None, [], []

    # ----------------------------------------------------------------------- verbs
    def verb(self, word: str, kind: str, camera_move: bool = False) -> None:
        self._clear_phrase()
        self.transitive = None
        self.joining = False
        if self.sequence_pending:
            self.step += 1
            self.sequence_pending = False
        if kind in ("pan", "dolly", "zoom") and (camera_move or not self.subjects or -1 in self.subjects):
            self.subjects = [-1]
        elif kind == "zoom":
            kind = "run"  # "a car zooms past"
        elif kind in ("pan", "dolly"):
            kind = "move"  # "a car pulls into the scene": the car moves, not the camera
        subjects = self.subjects
        if not subjects:
            if self.entities:
                subjects = [len(self.entities) - 1]
            else:
                self.pending.append(("verb", (word, kind)))
                return
        self.verb_since_subject = True
        if subjects != [-1] and (kind in CONTINUATION_KINDS or (kind in PASSIVE_CONTINUATIONS and self._all_passive(subjects))):
            merged = self._continue_flight(subjects, kind)
            if merged:
                return
        motions = []
        for subject in subjects:
            motion = Motion(kind=kind, verb=word, step=self.step)
            self._apply_pending(motion)
            if subject == -1:
                self.camera.append(motion)
            else:
                self.entities[subject].motions.append(motion)
            motions.append(motion)
        self.current = motions
        if word in TRANSITIVE_VERBS and subjects != [-1]:
            self.transitive = (list(subjects), motions)

    def _all_passive(self, subjects: list[int]) -> bool:
        return all(self.entities[s].cls.mobility in ("ball", "passive") for s in subjects)

    def _continue_flight(self, subjects: list[int], kind: str) -> bool:
        flights = []
        for subject in subjects:
            motions = self.entities[subject].motions
            if not motions or motions[-1].kind not in FLIGHT_KINDS:
                return False
            flights.append(motions[-1])
        for motion in flights:
            motion.bounces |= kind == "bounce"
            motion.breaks |= kind == "break"
        self.current = flights
        return True

    def _apply_pending(self, motion: Motion) -> None:
        for key, value in self.pending:
            if key != "verb":
                _set_modifier(motion, key, value)
        self.pending = [p for p in self.pending if p[0] == "verb"]

    # ------------------------------------------------------------------- modifiers
    def modify(self, key: str, value: object) -> None:
        self._clear_phrase()
        self.transitive = None if key not in ("speed", "apex") else self.transitive
        self._modify(key, value)

    def _modify(self, key: str, value: object) -> None:
        if self.sequence_pending and self.current and key in ("to_region", "dir", "relation", "exit", "circle", "depth"):
            # "..., then to the bottom right": a new step of the same kind of move
            self.step += 1
            self.sequence_pending = False
            previous = self.current
            self.current = []
            for motion in previous:
                kind = motion.kind if motion.kind not in FLIGHT_KINDS | STILL_KINDS else "move"
                fresh = Motion(kind=kind, verb=motion.verb, step=self.step)
                for owner in [-1] + list(range(len(self.entities))):
                    motions = self.camera if owner == -1 else self.entities[owner].motions
                    if any(m is motion for m in motions):
                        motions.append(fresh)
                        break
                self.current.append(fresh)
        if self.current:
            for motion in self.current:
                _set_modifier(motion, key, value)
        else:
            self.pending.append((key, value))

    # ------------------------------------------------------------------- clauses
    def end_clause(self, hard: bool) -> None:
        self._clear_phrase()
        self.transitive = None
        self.relation = None
        self.joining = False
        if self.outer_subjects is not None and (hard or self.verb_since_subject):
            self.subjects, self.outer_subjects = self.outer_subjects, None  # back to the main clause
            self.verb_since_subject = True
        if self.pending and self.subjects:
            # descriptors without a verb ("a ball in the top left"): a resting placement
            for subject in self.subjects:
                if subject >= 0 and any(k != "verb" for k, _ in self.pending):
                    motion = Motion(kind="rest", step=self.step)
                    self._apply_pending(motion)
                    self.entities[subject].motions.append(motion)
            self.pending = [p for p in self.pending if p[0] == "verb"]
        if hard:
            self.current = []

    def finish(self, point: tuple[float | None, float | None]) -> None:
        """"... and ends in the upper right": the end of the current move, or a new step after it."""
        self._clear_phrase()
        self.transitive = None
        if not self.current:
            if not self.entities:
                self.pending.append(("to_region", point))
                return
            self.verb("ends", "move")
        elif any(m.end is not None for m in self.current):
            self.sequence_pending = True
        self._modify("to_region", point)

    def attach_orphan_verbs(self) -> None:
        """Verbs that came before any noun ("falling from the sky, a leaf ...") go to the first object."""
        verbs = [v for k, v in self.pending if k == "verb"]
        if verbs and self.entities:
            for word, kind in verbs:
                self.entities[0].motions.insert(0, Motion(kind=kind, verb=word))
        self.pending = []


def _set_modifier(motion: Motion, key: str, value: object) -> None:
    if key == "from_region":
        motion.start = value  # type: ignore[assignment]
    elif key == "to_region":
        motion.end = value  # type: ignore[assignment]
    elif key == "at_region":
        if motion.start is None:
            motion.start = value  # type: ignore[assignment]
    elif key == "dir":
        motion.direction = value  # type: ignore[assignment]
    elif key == "relation" and str(value[0]).startswith("side_"):  # type: ignore[index]
        role, side = value[0][5:].split(":")  # type: ignore[index]
        setattr(motion, f"side_{role}", side)
        motion.target = value[1]  # type: ignore[index]
    elif key == "side":
        role, side = value  # type: ignore[misc]
        setattr(motion, f"side_{role}", side)
    elif key == "window":
        motion.window = value  # type: ignore[assignment]
    elif key == "relation":
        relation, target = value  # type: ignore[misc]
        if relation in ("from", "off") and motion.kind in ("fall", "jump", "throw", "bounce", "glide", "float"):
            relation = "off"
        motion.relation, motion.target = relation, target
    elif key == "depth":
        motion.depth = value  # type: ignore[assignment]
    elif key == "exit":
        motion.exits = True
    elif key == "enter":
        motion.enters_from = value or ENTRY_SIDE_UNSAID  # type: ignore[assignment]
        if value is not None:
            motion.start = _region_point(value)  # type: ignore[arg-type]
    elif key == "time":
        motion.at_fraction = value  # type: ignore[assignment]
    elif key == "speed":
        motion.speed *= value  # type: ignore[operator]
    elif key == "apex":
        motion.apex = value  # type: ignore[assignment]
    elif key == "circle":
        motion.circle = True
    elif key == "particle":
        motion.particle = value  # type: ignore[assignment]


_REL_CANON = {
    "toward": "toward", "towards": "toward", "away from": "away", "past": "past", "around": "around",
    "behind": "behind", "in front of": "front", "next to": "next", "beside": "next", "on top of": "on",
    "onto": "on", "on": "on", "off": "off", "off of": "off", "from": "from", "to": "to", "near": "next",
    "over": "over", "under": "under", "by": "by", "into": "to", "after": "toward",
}
_DEPTH_CANON = {
    "into the distance": "farther", "far away": "far", "in the distance": "far", "in the background": "far",
    "in the foreground": "near",
}


def read_prompt(prompt: str) -> SceneReading:
    """Read ``prompt`` into objects, moves, camera moves, view and background (no physics yet)."""
    text = _APOSTROPHE_RE.sub("'", prompt[:MAX_PROMPT_CHARS].lower())
    text = _SPACE_RE.sub(" ", text).strip()
    reader = _Reader()
    if len(prompt) > MAX_PROMPT_CHARS:
        reader.notes.append(f"only the first {MAX_PROMPT_CHARS} characters of the prompt were read")
    matches = list(_TOKEN_RE.finditer(text))
    for position, match in enumerate(matches):
        reader.position = position
        group = match.lastgroup
        value = match.group(0)
        if group == "word" or group == "number":
            _read_word(reader, value, matches, position)
        elif group == "punct":
            reader.end_clause(hard=value in ".;!?")
            if value == ",":
                reader.joining = bool(reader.subjects) and not reader.verb_since_subject
        elif group == "noun2":
            name = match.group("noun2").replace("-", " ")
            reader.noun(value, name, COMPOUND_CLASSES[name], bool(match.group("plural2")), True)
        elif group == "scene2":
            reader.scenes.append(COMPOUND_SCENES[value.replace("-", " ")])
            reader.relation = None
            reader._clear_phrase()
        elif group == "count":
            reader.count = COUNT_PHRASES[value.replace("-", " ")]
        elif group == "topdown":
            reader.top_down = True
        elif group == "depth":
            if "camera" in value or "viewer" in value or "lens" in value:
                reader.modify("depth", "farther" if value.startswith("away") else "closer")
            elif value in ("into the distance",):
                reader.modify("depth", "farther")
            else:
                reader.depth_hint = _DEPTH_CANON[value]
                reader.modify("depth", _DEPTH_CANON[value])
        elif group == "exit":
            reader.modify("exit", True)
        elif group == "enter_from":
            reader.modify("enter", match.group("enter_region"))
        elif group == "enter":
            reader.modify("enter", None)
        elif group == "from_to":
            reader.modify("from_region", _region_point(match.group("ft_a")))
            reader.modify("to_region", _region_point(match.group("ft_b")))
        elif group == "from_region":
            reader.modify("from_region", _region_point(match.group("from_r")))
        elif group == "to_region":
            reader.modify("to_region", _region_point(match.group("to_r")))
        elif group == "at_region":
            reader.modify("at_region", _region_point(match.group("at_r")))
        elif group == "circle":
            reader.modify("circle", True)
        elif group == "dir":
            _read_direction(reader, value)
        elif group == "rel":
            _read_relation(reader, value)
        elif group == "time":
            reader.modify("time", _fraction_of(value))
        elif group == "finish":
            reader.finish(_region_point(match.group("finish_r")))
        elif group == "start_at":
            reader.modify("from_region", _region_point(match.group("start_r") or match.group("start_c")))
        elif group == "side_rel":
            role = _side_role(match.group("side_lead"), match.group("side_prep"))
            reader._clear_phrase()
            reader.relation = f"side_{role}:{match.group('side_of')}"
        elif group == "side_its_rel":
            reader.modify("side", (_side_role(match.group("its_lead"), match.group("its_prep")), match.group("its_side")))
        elif group == "hyph_mod":
            reader.attrs.append(("detail", value))
        elif group == "in_view":  # "lands in view during the second half": it is seen from then on
            reader.verb(value, "visible")
        elif group == "hyphenated":
            tail = value.rsplit("-", 1)[1]
            if looks_like_modifier(tail) or _is_describing(tail) or tail in DETAIL_WORDS:
                reader.attrs.append(("detail", value))  # "photo-realistic": a describing word
            else:
                _read_word(reader, tail, matches, position)  # "x-ray machine": read its last part
        elif group == "bare_corner":  # "then goes bottom-right": a corner named without a preposition
            reader.modify("to_region", _region_point(value.replace("corner", "")))
        elif group == "window":
            first = match.group("until") is not None or match.group("half") in FIRST_HALF_WORDS
            reader.modify("window", "first" if first else "second")
        elif group == "appear_phrase":
            reader.verb(value, "appear")
        elif group == "disappear_phrase":
            reader.verb(value, "disappear")
        elif group == "visible_phrase":
            reader.verb(value, "visible")
    reader.end_clause(hard=True)
    reader.attach_orphan_verbs()
    resolve_timing(reader.entities, Motion)
    foreign = sum(1 for m in matches if m.lastgroup == "word" and m.group(0) in FOREIGN_FUNCTION_WORDS)
    if foreign >= 2 or (foreign and not reader.entities):
        reader.notes.append(
            "the prompt does not look like English: the physics planner reads English only, so this layout "
            "is a guess; write the prompt in English or use an LLM planner"
        )
    if reader.truncated:
        reader.notes.append(f"the prompt names more than {MAX_ENTITIES} kinds of object; kept the first {MAX_ENTITIES}")
    if not reader.entities:
        _fallback_entity(reader, text)
    if reader.unknown:
        shown = ", ".join(f"'{w}'" for w in dict.fromkeys(reader.unknown))
        reader.notes.append(f"did not understand {shown}; ignored")
    background, assumed = _background(reader)
    return SceneReading(
        entities=reader.entities,
        camera=reader.camera,
        top_down=reader.top_down,
        background=background,
        background_assumed=assumed,
        depth_hint=reader.depth_hint,
        notes=reader.notes,
    )


def _read_word(reader: _Reader, word: str, matches, position: int) -> None:
    if word[0].isdigit():
        reader.count = min(int(float(word)), 10_000)
        return
    if word.endswith("'s"):
        word = word[:-2]
    if word in _COPULA:
        return
    if word == "in" and reader.current and -1 not in reader.subjects and _clause_ends(matches, position):
        reader.modify("enter", None)  # "a cat walks in": it enters the frame
        return
    if word in RELATIVE_PRONOUNS and reader.relative_clause():
        return
    if word in CAMERA_WORDS and (word == "camera" or reader.det in DEFINITE):
        reader._clear_phrase()
        reader.subjects = [-1]
        reader.verb_since_subject = False
        reader.current = []
        return
    if -1 in reader.subjects and word in CAMERA_PARTICLES and reader.current:
        reader.modify("particle", CAMERA_PARTICLES[word])
        return
    if word in SEQUENCE_WORDS:
        reader.sequence_pending = True
        return
    if word in ("and", "&") or word == "while":
        reader.joining = bool(reader.subjects) and not reader.verb_since_subject
        return
    if word in PRONOUNS:
        reader.pronoun(word)
        return
    if word in INDEFINITE or word in DEFINITE:
        reader.det = word
        if word in ("one", "another"):
            reader.count = 1
        return
    if word in PRESENTING_WORDS:
        reader._clear_phrase()  # "a clip showing ...", "the camera records ...": no move of anything
        return
    if word in NON_OBJECT_NOUNS:
        reader._clear_phrase()
        reader.naming = word == "number"  # "the number seven": a name, not a count
        return
    if word in COUNT_QUALIFIERS and _next_word(matches, position) in NUMBER_WORDS:
        return
    if word in NUMBER_WORDS and _next_is_nounish(matches, position) and not reader.naming:
        reader.count = NUMBER_WORDS[word]
        return
    reader.naming = False
    in_phrase = reader.det is not None or reader.count is not None or bool(reader.attrs)
    if word in VERB_KINDS and word.endswith(("ing", "ed")) and in_phrase and _next_is_known_noun(matches, position):
        reader.attrs.append(("detail", word))  # "four walking dogs": a participle describes, the count stays
        return
    if word in PLAIN_ADJECTIVES and _next_is_nounish(matches, position):
        reader.attrs.append(("detail", word))
        return
    # a material/colour word right before a noun is an attribute, not an object ("glass vase", "paper cup")
    nounish_next = _next_is_nounish(matches, position)
    if word in COLORS and nounish_next:
        reader.attrs.append(("color", word))
        return
    if word in MATERIAL_WORDS and nounish_next:
        reader.attrs.append(("material", MATERIAL_WORDS[word]))
        return
    if word in SIZE_FACTORS and nounish_next:
        reader.attrs.append(("size", word))
        return
    if word in DETAIL_WORDS and nounish_next:
        reader.attrs.append(("detail", word))
        return
    if word == "can" and position + 1 < len(matches) and matches[position + 1].group(0).split()[0] in MODAL_FOLLOWERS:
        return  # "can be seen": the modal verb, not a tin can
    found = _noun_class(word)
    if found is not None and not (word in VERB_KINDS and reader.subjects and reader.det is None and not reader.attrs):
        name, cls = found
        reader.noun(word, name, cls, _is_plural(word), True)
        return
    # "in a park" names the scene; "the car parks" is a verb: a determiner decides
    if word in VERB_KINDS and not (word in SCENE_WORDS and reader.det is not None):
        reader.verb(word, VERB_KINDS[word], camera_move=_next_word(matches, position) in ("in", "out"))
        return
    if word in SPEED_WORDS:
        reader.modify("speed", SPEED_WORDS[word])
        return
    if word in HEIGHT_WORDS:
        reader.modify("apex", HEIGHT_WORDS[word])
        return
    if word in SCENE_WORDS:
        if SCENE_WORDS[word]:
            reader.scenes.append(SCENE_WORDS[word])
        reader.relation = None
        reader._clear_phrase()
        return
    if word in COLORS or word in MATERIAL_WORDS or word in SIZE_FACTORS or word in DETAIL_WORDS:
        return  # a predicate adjective ("the ball is red") carries nothing for the layout
    if _known_word(word):
        return
    if reader.det is not None or reader.count is not None or reader.attrs:
        following = _next_word(matches, position)
        if following is not None and (_noun_class(following) is not None or following in COMPOUND_NOUN_WORDS):
            reader.attrs.append(("detail", word))  # an adjective we do not know, before a noun we do
            return
        if looks_like_modifier(word):
            if _next_is_nounish(matches, position):
                reader.attrs.append(("detail", word))
            else:
                reader.unknown.append(word)  # a describing word with no noun: reported, never drawn
            return
        if (following is not None and _next_is_nounish(matches, position) and not looks_like_modifier(following)
                and following == singular(following)):  # "a zorblax glimmers", "the net stretches": a verb
            reader.compound.append(word)  # "hockey puck", "brass pendulum": one object named by both words
            return
        base = singular(word)
        name = " ".join(reader.compound + [base])
        reader.noun(word, name, GENERIC_CLASS, word != base, False)
        return
    if (reader.subjects and -1 not in reader.subjects and not reader.verb_since_subject and word.endswith("s")
            and not word.endswith("ss") and reader.last_mention is not None and reader.last_mention[1] == position - 1):
        reader.unknown_verb(word)
        return
    reader.unknown.append(word)


def _side_role(lead: str | None, preposition: str | None) -> str:
    """"from the left of" and "starts to the left of" say where a move starts; the rest where it ends."""
    if lead:
        return "start" if re.fullmatch(START_WORDS, lead) else "end"
    return "start" if (preposition or "").strip() == "from" else "end"


def _clause_ends(matches, position: int) -> bool:
    return position + 1 == len(matches) or matches[position + 1].lastgroup == "punct"


def _next_word(matches, position: int) -> str | None:
    if position + 1 < len(matches) and matches[position + 1].lastgroup in ("word", "noun2"):
        return matches[position + 1].group(0)
    return None


def _next_is_known_noun(matches, position: int) -> bool:
    if position + 1 >= len(matches):
        return False
    following = matches[position + 1]
    if following.lastgroup == "noun2":
        return True
    if following.lastgroup == "hyph_mod":
        return _next_is_known_noun(matches, position + 1)
    if following.lastgroup != "word":
        return False
    word = following.group(0)
    return _noun_class(word) is not None or (_is_describing(word) and _next_is_known_noun(matches, position + 1))


def _is_describing(word: str) -> bool:
    return (word in COLORS or word in SIZE_FACTORS or word in PLAIN_ADJECTIVES or word in DETAIL_WORDS
            or word in MATERIAL_WORDS or (word in VERB_KINDS and word.endswith(("ing", "ed"))))


def _next_is_nounish(matches, position: int) -> bool:
    if position + 1 >= len(matches):
        return False
    following = matches[position + 1]
    if following.lastgroup in ("noun2", "hyph_mod"):
        return True
    if following.lastgroup != "word":
        return False
    word = following.group(0)
    if _noun_class(word) is not None:
        return True
    if word in VERB_KINDS and word.endswith(("ing", "ed")):
        return _next_is_known_noun(matches, position + 1)
    if word in COLORS or word in MATERIAL_WORDS or word in SIZE_FACTORS or word in DETAIL_WORDS or word in PLAIN_ADJECTIVES:
        return True
    return not _known_word(word)


def _read_direction(reader: _Reader, value: str) -> None:
    if value == "across" and any(m.direction or m.end for m in reader.current):
        return  # "flies leftward across the sky": across says nothing about which way
    if -1 in reader.subjects and reader.current:
        if not any(m.particle for m in reader.current):  # "pans left across ...": the first word counts
            reader.modify("particle", DIRECTIONS[value])
        return
    reader.modify("dir", DIRECTIONS[value])


def _read_relation(reader: _Reader, value: str) -> None:
    canon = _REL_CANON.get(value)
    if -1 in reader.subjects and value in ("away from",) and reader.current:
        reader.modify("particle", "out")
    elif -1 in reader.subjects and value in ("toward", "towards", "to", "on", "into") and reader.current:
        if not any(m.particle for m in reader.current):
            reader.modify("particle", "in")
    reader.relation = canon
    reader._clear_phrase()


def _fallback_entity(reader: _Reader, text: str) -> None:
    """No object word found: use the first content word as the one object and say so."""
    words = [m.group(0) for m in _TOKEN_RE.finditer(text) if m.lastgroup == "word"]
    content = [w for w in words if w not in STOP_WORDS and w not in PLAIN_ADJECTIVES and not looks_like_modifier(w)
               and w not in SIZE_FACTORS and w not in DETAIL_WORDS and w not in NON_OBJECT_NOUNS
               and w not in FOREIGN_FUNCTION_WORDS and w not in VERB_KINDS and w not in SPEED_WORDS
               and w not in COLORS and w not in SCENE_WORDS and w not in CAMERA_WORDS and w not in PRONOUNS
               and w not in DEFINITE and w not in INDEFINITE and w not in NUMBER_WORDS and w not in SEQUENCE_WORDS]
    if not content:
        return
    name = singular(content[0])
    reader.entities.append(Entity(noun=name, cls=GENERIC_CLASS, count=1, known=False))
    reader.unknown = [w for w in reader.unknown if w != content[0]]
    reader.notes.append(f"found no object word; used '{name}' as the one object, drawn as a generic 0.5 m object")


def _background(reader: _Reader) -> tuple[str, bool]:
    if reader.scenes:
        return reader.scenes[0], False
    for entity in reader.entities:
        if entity.cls.scene:
            reader.notes.append(f"no scene word; background '{entity.cls.scene}' suggested by the {entity.noun}")
            return entity.cls.scene, True
    reader.notes.append(f"no scene word; assumed background '{DEFAULT_BACKGROUND}'")
    return DEFAULT_BACKGROUND, True
