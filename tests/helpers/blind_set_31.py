"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like sets 20-30 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- nature-documentary narration, hushed and explanatory: "Here, on the open plain, ...", "Watch closely
  as ...", "Remarkably, ...", "For now, ..."; present tense, with asides about behaviour that name no
  extra objects;
- a young child retelling what they saw: simple words, "and then ... and then", repetition ("walked and
  walked"), "a really really ...", "the doggy", sound effects ("vroom", "zoom to the left side"), yet with
  LVD's class nouns literally present and the counts, colours, halves, directions and corners plain;
- terse search queries as typed into a stock-footage site: "cat x2 playful, lawn, realistic",
  "red dog next to yellow car, street, 4k", "car appears second half only", with digits, "+", "->" and
  hyphenated directions ("left-to-right"); so counts are sometimes digits.

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; numeracy prompts name nothing else a reader would draw as
an object (only scenery: a plain, a meadow, a road, a lawn, the sky, a floor); 5 to 33 words each. It
takes LVD's next draws: attribution pairs 70-99 and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (after the fixes for sets 25-30 and known misreadings), 166/180 = 92.2%
(numeracy 22, attribution 30, visibility 27, one-object 29, two-object 30, sequential 28 of 30): "cat x2" counts, restated
or generic nouns ("the only traveller in sight", "a really really happy doggy") and a child's "and then ... and then" were
the misses; read fixes followed (180/180 after them), so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Here, on the open plain, a lone car moves along the dusty track. For now, it is the only traveller in sight.",
     "car", 1),
    ("I saw two cars and they were moving and moving, really really fast, and there was nothing else, just the two "
     "cars.", "car", 2),
    ("3 cars driving, empty highway, realistic, lively, nothing else in shot", "car", 3),
    ("Watch closely as four cars move across the wide valley floor, each keeping its own pace. No others follow.",
     "car", 4),
    ("There was one cat, just one, and it was a really really lively cat and it jumped around and around.", "cat", 1),
    ("cat x2 playful, lawn, realistic footage, no other animals", "cat", 2),
    ("Remarkably, three cats share this sunlit meadow, and every one of them is alert and full of energy.", "cat", 3),
    ("And then there were four cats, one, two, three, four, and they were all playing and being really silly.",
     "cat", 4),
    ("single bird flying, clear sky, nothing else, realistic, 4k", "bird", 1),
    ("High above the savanna, two birds ride the warm air. Watch closely: they rarely stop flying.", "bird", 2),
    ("I saw three birds up in the sky and they were flying and flying and flapping their wings, three birds!",
     "bird", 3),
    ("4 birds in flight, open sky, lively, realistic stock footage", "bird", 4),
    ("Here, on the bare sand, a single ball is in motion, and nothing else stirs in the scene.", "ball", 1),
    ("There were two balls and they went bouncy bouncy bounce, and that's all, only two balls.", "ball", 2),
    ("3 balls rolling, empty floor, realistic, lively, nothing else", "ball", 3),
    ("Watch closely as four balls roll across the open ground, remarkably never coming to rest.", "ball", 4),
    ("There was a dog, only one dog, a really really happy doggy, and it was walking and walking.", "dog", 1),
    ("dog x2 walking, grassy path, realistic, lively, nothing else in frame", "dog", 2),
    ("Here, on the open plain, three dogs walk side by side. For now, they are the only animals in view.", "dog", 3),
    ("And then four dogs came walking, four of them, and they walked and walked and they were so lively.", "dog", 4),
    ("1 car moving, empty desert road, realistic, lively", "car", 1),
    ("Remarkably, two cats have this quiet meadow entirely to themselves, both lively and alert.", "cat", 2),
    ("There was just one bird and it was flying, flying way up high, and nothing else was there.", "bird", 1),
    ("ball x4 moving, plain floor, realistic, lively, nothing else in shot", "ball", 4),
    ("Watch closely as four dogs walk together along the ridge; no other creature shares the scene.", "dog", 4),
    ("There were three cars and they were all moving, vroom vroom vroom, three cars and that's all.", "car", 3),
    ("cat x4 lively, lawn, realistic, no other animals", "cat", 4),
    ("Here, against a wide open sky, three birds are flying. Remarkably, not one of them lands.", "bird", 3),
    ("I saw one ball and it was rolling and rolling, just one ball, a really really fast ball.", "ball", 1),
    ("2 dogs walking together, dirt trail, realistic, lively, nothing else in frame", "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70 to 99, in order.
_ATTRIBUTION = [
    ("Here, in the long grass, a white cat sits very still while a purple bird preens just above it.",
     "cat", "white", "bird", "purple"),
    ("There was a green bird and a purple dog and the purple dog barked at the green bird and it was so funny.",
     "bird", "green", "dog", "purple"),
    ("orange bird + brown car, countryside, realistic, lively", "bird", "orange", "car", "brown"),
    ("Watch closely as a brown bird settles on the roof of a blue car, unbothered by the metal beneath it.",
     "car", "blue", "bird", "brown"),
    ("I saw a red dog and a purple cat, and the red dog was chasing the purple cat, round and round.",
     "dog", "red", "cat", "purple"),
    ("purple dog, brown cat, backyard, realistic, daytime", "dog", "purple", "cat", "brown"),
    ("Remarkably, a black cat will play with a blue ball for hours, batting it gently from paw to paw.",
     "cat", "black", "ball", "blue"),
    ("There was a yellow cat and a black dog and they were friends, the yellow cat and the black dog.",
     "cat", "yellow", "dog", "black"),
    ("green cat + white bird, garden, realistic lively footage", "cat", "green", "bird", "white"),
    ("Here, beside a purple car, a pink cat grooms itself. For now, it seems in no hurry to move.",
     "car", "purple", "cat", "pink"),
    ("A purple bird was flying and a red dog was jumping to get it but it couldn't, and the bird was purple and "
     "the dog was red.", "bird", "purple", "dog", "red"),
    ("red dog next to yellow car, street, realistic, 4k", "dog", "red", "car", "yellow"),
    ("Watch closely as an orange dog circles a brown car, nose low, reading the scents of the road.",
     "dog", "orange", "car", "brown"),
    ("There was a gray cat, and an orange dog, and the gray cat was sleeping on the orange dog!",
     "cat", "gray", "dog", "orange"),
    ("green ball, pink dog playing, lawn, lively, realistic", "ball", "green", "dog", "pink"),
    ("Remarkably, a white dog and a pink bird share this clearing without the slightest tension.",
     "dog", "white", "bird", "pink"),
    ("I saw a purple car and a gray ball and the gray ball rolled under the purple car, whoosh.",
     "car", "purple", "ball", "gray"),
    ("yellow dog + brown cat, living room floor, realistic", "dog", "yellow", "cat", "brown"),
    ("Here, a green cat stalks a brown ball across the floor, practising the pounce it will one day need.",
     "ball", "brown", "cat", "green"),
    ("There was a brown cat and it was sitting on an orange car, a really really shiny orange car.",
     "cat", "brown", "car", "orange"),
    ("white cat, orange dog, sunny yard, realistic lively", "cat", "white", "dog", "orange"),
    ("Watch closely as a green bird lands on the bonnet of an orange car, then tilts its head.",
     "bird", "green", "car", "orange"),
    ("The brown dog had a red ball and it ran with the red ball in its mouth, the brown dog did.",
     "dog", "brown", "ball", "red"),
    ("yellow car + white bird, roadside, realistic, daytime", "car", "yellow", "bird", "white"),
    ("Remarkably, the blue cat ignores the brown bird hopping nearby. For now, it prefers to doze.",
     "cat", "blue", "bird", "brown"),
    ("There was a black bird, and an orange cat, and the orange cat looked at the black bird for a really long time.",
     "bird", "black", "cat", "orange"),
    ("black ball + red dog, park, playing fetch, realistic", "ball", "black", "dog", "red"),
    ("Here, on the open plain, a brown bird calls from the grass as an orange dog pads past.",
     "bird", "brown", "dog", "orange"),
    ("I saw a red ball and a purple car and the red ball went bonk on the purple car, bonk!",
     "ball", "red", "car", "purple"),
    ("purple car, white bird on roof, city street, realistic", "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("For now, the road lies empty. Watch closely: only in the second half of the film does a car arrive.", "car"),
    ("At first there wasn't any car, no car at all, and then in the second half a car came!", "car"),
    ("car appears second half only, empty road first half, realistic", "car"),
    ("Here, the meadow stays empty through the first half; only in the second half does a cat step into view.",
     "cat"),
    ("In the first half there was no cat, nothing, and then a cat came in the second half, hello cat!", "cat"),
    ("cat enters halfway, absent first half, visible second half, lively", "cat"),
    ("Remarkably, the sky is bare for the whole first half; a bird flies in only once the second half begins.",
     "bird"),
    ("There was no bird and no bird and then, in the second half, a bird came flying in!", "bird"),
    ("bird flying in, second half of clip only, empty sky before, 4k", "bird"),
    ("Watch closely. Through the first half nothing moves; then, in the second half, a ball rolls into view.",
     "ball"),
    ("First there was no ball, and then the second half came and a ball was there, rolling!", "ball"),
    ("ball not visible first half, appears second half, realistic", "ball"),
    ("Here, on the open plain, there is at first no dog; only in the second half does a dog come walking in.",
     "dog"),
    ("The dog wasn't there at the start, the whole first half, and then in the second half the dog walked in.",
     "dog"),
    ("dog walks in at second half, no dog first half, realistic lively", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Watch closely as a car crosses the plain in the first half; by the second half it has gone, and the road is "
     "empty.", "car"),
    ("There was a car in the first half, vroom, and then it was gone and there wasn't any car in the second half.",
     "car"),
    ("car visible first half only, gone second half, realistic", "car"),
    ("Here, a cat rests through the first half of the film. Remarkably, by the second half it has slipped away "
     "unseen.", "cat"),
    ("A cat was there at first, in the first half, and then poof, no more cat in the second half.", "cat"),
    ("cat first half only, exits before second half, lively", "cat"),
    ("For the first half, a bird flies overhead; then, in the second half, the sky is empty once more.", "bird"),
    ("There was a bird flying in the first half and then it flew away and it wasn't there in the second half.",
     "bird"),
    ("bird flying, first half of clip only, empty sky second half", "bird"),
    ("Watch closely: a ball is rolling through the first half, but in the second half it is nowhere to be seen.",
     "ball"),
    ("There was a ball in the first half and then it rolled away, bye bye ball, no ball in the second half.",
     "ball"),
    ("ball present first half, absent second half, realistic 4k", "ball"),
    ("Here, a dog walks across the plain during the first half; by the second half it has moved on and is gone.",
     "dog"),
    ("The dog was walking in the first half, and then in the second half the dog was all gone.", "dog"),
    ("dog walking first half only, no dog second half, realistic", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Here, on the open plain, a car moves steadily from the left of the frame to the right.", "car", RIGHTWARD),
    ("The car went zoom from the left side all the way to the other side, the right side.", "car", RIGHTWARD),
    ("car driving left-to-right, static camera, realistic", "car", RIGHTWARD),
    ("Watch closely as a car crosses from the right side of the frame to the left.", "car", LEFTWARD),
    ("A car came from the right and then it went and went all the way to the left.", "car", LEFTWARD),
    ("car moving right-to-left across frame, highway, 4k", "car", LEFTWARD),
    ("Remarkably, a cat walks from the left edge of the frame all the way to the right edge, never hurrying.",
     "cat", RIGHTWARD),
    ("The cat was on the left and then it ran and ran and then it was on the right.", "cat", RIGHTWARD),
    ("cat walking left to right, lawn, lively, realistic", "cat", RIGHTWARD),
    ("Here, a lively cat pads from the right of the frame toward the left, tail held high.", "cat", LEFTWARD),
    ("There was a cat on the right side and then it went to the left side, whee!", "cat", LEFTWARD),
    ("cat crossing frame right-to-left, realistic", "cat", LEFTWARD),
    ("Watch closely as a bird flies from the left of the frame to the right.", "bird", RIGHTWARD),
    ("A bird flew from the left and then it flew and flew to the right.", "bird", RIGHTWARD),
    ("bird flying left-to-right, clear sky, 4k", "bird", RIGHTWARD),
    ("Remarkably, a bird glides from the right of the frame to the left without a single wingbeat.", "bird", LEFTWARD),
    ("The bird was at the right and then it went zoom to the left side.", "bird", LEFTWARD),
    ("bird flying right-to-left, open sky, realistic", "bird", LEFTWARD),
    ("Here, a ball rolls from the left side of the frame to the right, slowing only a little.", "ball", RIGHTWARD),
    ("A ball rolled from the left to the right, roll roll roll, all the way to the right.", "ball", RIGHTWARD),
    ("ball rolling left to right, floor, realistic", "ball", RIGHTWARD),
    ("Watch closely as a ball rolls from the right of the frame across to the left.", "ball", LEFTWARD),
    ("The ball went from the right side to the left side, bouncy bouncy.", "ball", LEFTWARD),
    ("ball moving right-to-left, lively, realistic", "ball", LEFTWARD),
    ("Here, on the open plain, a dog walks from the left of the frame to the right. For now, it is in no hurry.",
     "dog", RIGHTWARD),
    ("The dog, the doggy, was on the left and then it walked and walked to the right.", "dog", RIGHTWARD),
    ("dog walking left-to-right, dirt path, realistic", "dog", RIGHTWARD),
    ("Remarkably, a walking dog crosses the frame from right to left at an even pace.", "dog", LEFTWARD),
    ("The dog was walking from the right and then it walked to the left, all the way.", "dog", LEFTWARD),
    ("dog walking right to left, grass, lively, 4k", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10 to 39, in order.
_DYNAMIC_TWO = [
    ("Here, a dog begins on the left of a parked car and walks past it until it stands on the car's right.",
     "dog", "car", RIGHTWARD),
    ("The ball was on the right of the bird and then it rolled to the left of the bird, roll roll.",
     "ball", "bird", LEFTWARD),
    ("ball rolling from left of dog to right of dog, lawn, realistic", "ball", "dog", RIGHTWARD),
    ("Watch closely as a ball rolls from the cat's right to the cat's left; the cat merely watches.",
     "ball", "cat", LEFTWARD),
    ("The car was on the left of the ball and then it went vroom to the right of the ball.", "car", "ball", RIGHTWARD),
    ("bird moving right of cat -> left of cat, realistic", "bird", "cat", LEFTWARD),
    ("Remarkably, a dog walks from the left of a resting bird to the bird's right, and the bird does not flinch.",
     "dog", "bird", RIGHTWARD),
    ("The dog was on the right side of the cat and then the dog walked to the left side of the cat.",
     "dog", "cat", LEFTWARD),
    ("ball rolls from left of car to right of car, street, 4k", "ball", "car", RIGHTWARD),
    ("Here, a dog starts on the right of a cat and walks slowly to the cat's left, giving it a wide berth.",
     "dog", "cat", LEFTWARD),
    ("The bird was on the left of the ball and then it flew over to the right of the ball!", "bird", "ball", RIGHTWARD),
    ("bird flying from right of ball to left of ball, park, realistic", "bird", "ball", LEFTWARD),
    ("Watch closely as a bird moves from the dog's left to the dog's right, keeping just out of reach.",
     "bird", "dog", RIGHTWARD),
    ("A bird was on the right of the car and then it went to the left of the car, flap flap.", "bird", "car", LEFTWARD),
    ("car driving from left of cat to right of cat, realistic", "car", "cat", RIGHTWARD),
    ("Here, a dog walks from the right of a ball to the ball's left, pausing only to sniff it.",
     "dog", "ball", LEFTWARD),
    ("The cat was on the left of the ball and then it went to the right of the ball, the cat did.",
     "cat", "ball", RIGHTWARD),
    ("dog walking right of ball -> left of ball, lawn, lively", "dog", "ball", LEFTWARD),
    ("Remarkably, a cat moves from the left of a bird to the bird's right without disturbing it.",
     "cat", "bird", RIGHTWARD),
    ("The dog was on the right of the car and then it walked and walked to the left of the car.",
     "dog", "car", LEFTWARD),
    ("bird moves left of ball to right of ball, daytime, 4k", "bird", "ball", RIGHTWARD),
    ("Watch closely as a bird flies from the ball's right to the ball's left, low over the grass.",
     "bird", "ball", LEFTWARD),
    ("A car started on the left of a ball and then it drove to the right of the ball, vroom!",
     "car", "ball", RIGHTWARD),
    ("bird from right of dog to left of dog, realistic", "bird", "dog", LEFTWARD),
    ("Here, a dog walks from the left of a car to the car's right. For now, the car stays where it is.",
     "dog", "car", RIGHTWARD),
    ("The bird was on the right of the ball and then it flew to the left of the ball, bye ball!",
     "bird", "ball", LEFTWARD),
    ("dog walking left of cat -> right of cat, garden, realistic", "dog", "cat", RIGHTWARD),
    ("Watch closely as a dog walks from the right of a car to the car's left, nose to the ground.",
     "dog", "car", LEFTWARD),
    ("The cat was on the left of the dog and then the cat went to the right of the dog.", "cat", "dog", RIGHTWARD),
    ("cat moving from right of ball to left of ball, lively, realistic", "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from high above, watch closely as a car leaves the bottom left corner, drives to the bottom right, and "
     "then to the top right.", "car", BL_BR_TR),
    ("We were looking down from up high and the car was in the bottom left corner, and then it went to the top left "
     "corner, and then to the top right corner.", "car", BL_TL_TR),
    ("top-down shot, car route: bottom-right, then bottom-left, then top-left", "car", BR_BL_TL),
    ("Here, viewed from directly above, a car starts in the lower right corner, moves up to the upper right, then "
     "across to the upper left.", "car", BR_TR_TL),
    ("I was looking down from way up high and the cat was in the bottom left corner and then it went to the bottom "
     "right corner and then to the top right corner.", "cat", BL_BR_TR),
    ("overhead view, cat lower left -> upper left -> upper right, realistic", "cat", BL_TL_TR),
    ("From above, watch closely as a cat pads from the lower right corner to the lower left, then up to the upper "
     "left.", "cat", BR_BL_TL),
    ("From up high looking down, the cat was at the bottom right, and then the top right, and then the top left, "
     "and then it stopped.", "cat", BR_TR_TL),
    ("top-down, bird bottom left -> bottom right -> top right, 4k", "bird", BL_BR_TR),
    ("Seen from above, a bird flies from the lower left corner to the upper left corner, then, remarkably, on to "
     "the upper right.", "bird", BL_TL_TR),
    ("Looking down from the sky, the bird was in the bottom right corner, then it flew to the bottom left corner, "
     "then to the top left corner.", "bird", BR_BL_TL),
    ("bird overhead view, route: lower right, upper right, upper left", "bird", BR_TR_TL),
    ("Here, filmed from directly overhead, a ball rolls from the bottom left corner to the bottom right, then up to "
     "the top right.", "ball", BL_BR_TR),
    ("Looking down from the top, the ball was in the bottom left corner and it rolled to the top left corner and "
     "then to the top right corner.", "ball", BL_TL_TR),
    ("top-down view, ball rolling lower right -> lower left -> upper left", "ball", BR_BL_TL),
    ("Viewed from above, watch closely as a ball rolls from the lower right corner up to the upper right, and "
     "finally across to the upper left.", "ball", BR_TR_TL),
    ("From up high, I saw the dog in the bottom left corner and then it walked to the bottom right corner and then "
     "to the top right corner.", "dog", BL_BR_TR),
    ("overhead shot, dog walking bottom-left -> top-left -> top-right, realistic", "dog", BL_TL_TR),
    ("Here, seen from above, a dog walks from the lower right corner to the lower left, and then on to the upper "
     "left.", "dog", BR_BL_TL),
    ("We were looking down and the dog was in the bottom right corner and then the top right corner and then the "
     "top left corner, the end.", "dog", BR_TR_TL),
    ("top-down, car lower left -> lower right -> upper right, realistic", "car", BL_BR_TR),
    ("Seen from directly above, a cat walks from the bottom right corner to the top right corner, then along to "
     "the top left.", "cat", BR_TR_TL),
    ("Looking down from way up, the bird was in the bottom left corner, then the top left corner, then the top "
     "right corner.", "bird", BL_TL_TR),
    ("overhead cam, ball path: bottom right, top right, top left", "ball", BR_TR_TL),
    ("Here, from high overhead, a dog moves from the lower left corner to the upper left, then across to the "
     "upper right.", "dog", BL_TL_TR),
    ("From up in the sky looking down, the car was in the bottom right corner and then it drove to the bottom left "
     "corner and then up to the top left corner.", "car", BR_BL_TL),
    ("top-down, cat bottom right -> bottom left -> top left, lively", "cat", BR_BL_TL),
    ("Watch closely from above: a bird flies from the lower right corner to the upper right, then across to the "
     "upper left.", "bird", BR_TR_TL),
    ("Looking down, the ball was in the bottom left corner and then it rolled to the bottom right corner, and then "
     "to the top right corner.", "ball", BL_BR_TR),
    ("overhead, dog route: lower right -> upper right -> upper left, 4k", "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-written LVD prompts, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
