"""A held-out set for the layout planner: LVD's stage-1 prompts paraphrased by ten ordinary people.

Like sets 20-23 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes), but each
prompt is an LVD sentence said in their own words by one of ten everyday writers, whose voices are mixed
through every family: synonyms for LVD's verbs and adjectives (LVD's class nouns are kept, since its
predicates look objects up by them), clauses moved around and joined with "while", "as", "before" and
"after", negations ("not until", "no longer"), counts as words, digits, "a pair of" and "a trio of",
relative clauses, questions and commands mixed with plain statements, and a few run-on sentences; 8 to
25 words each. It takes LVD's next draws: attribution pairs 60-89, and two-object relations 0-29 (LVD
has only 50 relations; sets 22 and 23 took 20-49, so the next draws wrap around to the start).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores (2026-12-03): scored once, untouched, after the fixes prompted by sets 17–23: 170/180 = 94.4%
(numeracy 27, visibility 26, attribution 29, one-object 29, sequential 29 of 30; two-object 30).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Is there a way to show just one car that keeps moving, looking real and full of life?", "car", 1),
    ("Two cars that are moving, filmed so that it all looks real.", "car", 2),
    ("A trio of cars moves through the shot, and the footage feels real and lively.", "car", 3),
    ("Film 4 moving cars, nothing more, with a realistic and lively look.", "car", 4),
    ("One cat, bright and full of energy, and nothing else at all in the scene.", "cat", 1),
    ("A pair of cats, playful and alert, in a clip that looks true to life.", "cat", 2),
    ("What I'd like is 3 lively cats and no other animals in view.", "cat", 3),
    ("Four cats full of life, shown just as they would look in real footage.", "cat", 4),
    ("Only 1 bird, flying, in a true-to-life and lively clip.", "bird", 1),
    ("Show two birds in flight, and make it realistic and energetic.", "bird", 2),
    ("There should be three flying birds, no more and no fewer, looking real.", "bird", 3),
    ("A lively, realistic scene where four birds are up in the air flying.", "bird", 4),
    ("One ball in motion, and that is the whole scene, filmed realistically.", "ball", 1),
    ("Could you make a lifelike clip with a pair of balls that keep moving?", "ball", 2),
    ("3 balls are in motion the whole time in this lively, real-looking scene.", "ball", 3),
    ("Four moving balls and nothing else; make it vivid and realistic.", "ball", 4),
    ("A single dog out walking, in a scene that feels real and alive.", "dog", 1),
    ("Two dogs are walking along, and the video should look natural and lively.", "dog", 2),
    ("Three walking dogs, shot realistically, in a scene with plenty of life.", "dog", 3),
    ("Give me a realistic clip of 4 dogs that walk, lively from start to finish.", "dog", 4),
    ("Exactly two cars drive by in a lifelike, spirited scene.", "car", 2),
    ("A trio of cats lounging and playing, filmed so it looks real.", "cat", 3),
    ("Four birds flying is what the realistic, lively video should show.", "bird", 4),
    ("How about a lively, real-looking scene with just 1 moving ball?", "ball", 1),
    ("The dogs in this realistic scene are four in number, and each one is walking.", "dog", 4),
    ("A realistic, lively scene holding one car, which moves the whole time.", "car", 1),
    ("Picture two lively cats and nothing else, captured like real footage.", "cat", 2),
    ("A pair of birds flies through a realistic and lively scene.", "bird", 2),
    ("Three moving balls, realistic, with no other objects at all.", "ball", 3),
    ("Show a dog, just one, walking through a true-to-life lively scene.", "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60 to 89, in order.
_ATTRIBUTION = [
    ("Show a bird that is brown sitting next to a ball that is black.", "bird", "brown", "ball", "black"),
    ("There's a blue cat and, right beside it, a brown bird.", "bird", "brown", "cat", "blue"),
    ("Could you film a blue bird along with a red car?", "bird", "blue", "car", "red"),
    ("A pink cat plays near a purple ball in a lively, realistic scene.", "ball", "purple", "cat", "pink"),
    ("A yellow dog and a red cat are together in a scene that looks real.", "dog", "yellow", "cat", "red"),
    ("Make a video with one green bird and one yellow dog in it.", "bird", "green", "dog", "yellow"),
    ("A red cat sits quietly by a gray car while the scene stays lively.", "car", "gray", "cat", "red"),
    ("The bird is red, the cat is black, and the whole scene is realistic.", "bird", "red", "cat", "black"),
    ("An orange cat watches a white bird in a lifelike scene.", "bird", "white", "cat", "orange"),
    ("Include a black ball and a green bird, nothing fancy, just realistic.", "bird", "green", "ball", "black"),
    ("A white cat with a purple bird nearby, shot in a lively, real way.", "cat", "white", "bird", "purple"),
    ("What would a green bird and a purple dog look like together? Show me.", "bird", "green", "dog", "purple"),
    ("An orange bird perched near a brown car, realistic and lively.", "bird", "orange", "car", "brown"),
    ("A blue car is parked while a brown bird hops around it.", "car", "blue", "bird", "brown"),
    ("A realistic lively scene: a red dog, and also a purple cat.", "dog", "red", "cat", "purple"),
    ("A brown cat and a purple dog share the scene, looking true to life.", "dog", "purple", "cat", "brown"),
    ("A black cat that is busy playing with a blue ball.", "cat", "black", "ball", "blue"),
    ("Show a dog colored black and a cat colored yellow, realistic and lively.", "cat", "yellow", "dog", "black"),
    ("A green cat looks up at a white bird, realistic and lively.", "cat", "green", "bird", "white"),
    ("A pink cat is standing in front of a purple car.", "car", "purple", "cat", "pink"),
    ("Purple bird, red dog, realistic lively footage, please.", "bird", "purple", "dog", "red"),
    ("A red dog runs past a yellow car as the camera watches.", "dog", "red", "car", "yellow"),
    ("There is a brown car, and there is an orange dog near it.", "dog", "orange", "car", "brown"),
    ("A gray cat and an orange dog in a scene that feels alive and real.", "cat", "gray", "dog", "orange"),
    ("A pink dog chasing after a green ball in a realistic scene.", "ball", "green", "dog", "pink"),
    ("Can you show a white dog while a pink bird flies overhead?", "dog", "white", "bird", "pink"),
    ("A gray ball rolls beside a purple car in a realistic scene.", "car", "purple", "ball", "gray"),
    ("A yellow dog and a brown cat, realistic and full of energy.", "dog", "yellow", "cat", "brown"),
    ("A green cat keeps batting at a brown ball, lively and lifelike.", "ball", "brown", "cat", "green"),
    ("Near an orange car there sits a brown cat, filmed realistically.", "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("A car that isn't in the scene at first and only shows up in the second half.", "car"),
    ("Not until the second half of the video does a moving car come into view.", "car"),
    ("The first half has no car at all; after that, a car drives in.", "car"),
    ("A lively cat appears, but only once the video is halfway over.", "cat"),
    ("Show an empty scene for the first half, and then let a cat turn up in the second.", "cat"),
    ("Where's the cat? It is missing early on and only appears in the latter half of the clip.", "cat"),
    ("A flying bird enters the frame only during the second half of the video.", "bird"),
    ("For the first half nothing is there, then a bird arrives and stays.", "bird"),
    ("Bring a bird into the video only after the halfway point has passed.", "bird"),
    ("A ball that appears in the second half of the clip and not before.", "ball"),
    ("The moving ball is absent until the video reaches its second half.", "ball"),
    ("Halfway through, a ball shows up, having been nowhere to be seen earlier.", "ball"),
    ("A walking dog comes into the scene only in the back half of the video.", "dog"),
    ("Let a dog appear once the first half is over, and keep it out before that.", "dog"),
    ("There is no dog in the opening half; a dog walks in during the second half.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car that is only there in the first half and then gone.", "car"),
    ("The car is visible in the first half but no longer appears in the second.", "car"),
    ("Show a car during the first half of the video, then take it away for the rest.", "car"),
    ("A lively cat appears only in the first half, and after that it is nowhere.", "cat"),
    ("Before the halfway point a cat is in the scene; after it, the cat has disappeared.", "cat"),
    ("Is it possible to have a cat present in the first half only, absent in the second?", "cat"),
    ("A flying bird is in view at the start, and by the second half it has left for good.", "bird"),
    ("The bird shows up only in the first half of the video and never in the second.", "bird"),
    ("Film a bird that is there at the start and leaves the scene before the second half begins.", "bird"),
    ("A ball is seen in the first half, while the second half has no ball.", "ball"),
    ("The moving ball is there from the start, disappears at the halfway mark and does not come back.", "ball"),
    ("Keep a ball in the first half of the clip only, and nowhere after.", "ball"),
    ("A walking dog is there for the first half and is gone in the second half.", "dog"),
    ("After the first half, the dog that was walking there can no longer be seen.", "dog"),
    ("Only during the first half of the video is a walking dog in sight.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car crossing the scene from the left side over to the right side.", "car", RIGHTWARD),
    ("Starting on the left, a car makes its way across to the right.", "car", RIGHTWARD),
    ("The car should go left to right, all the way across the scene.", "car", RIGHTWARD),
    ("A car heads from the right toward the left at a steady pace.", "car", LEFTWARD),
    ("Drive a car across from right to left, and keep the view still.", "car", LEFTWARD),
    ("A car that begins at the right and ends at the left of the scene.", "car", LEFTWARD),
    ("A cat walks from the left of the scene to the right of the scene.", "cat", RIGHTWARD),
    ("Left to right, a lively cat trots across the whole scene.", "cat", RIGHTWARD),
    ("Let a cat go from the left side all the way to the right side.", "cat", RIGHTWARD),
    ("A lively cat moving from right to left across the scene.", "cat", LEFTWARD),
    ("The cat starts off on the right and ends up over on the left.", "cat", LEFTWARD),
    ("Make the cat travel leftward, starting out from the right.", "cat", LEFTWARD),
    ("A bird flying from the left to the right of the scene.", "bird", RIGHTWARD),
    ("After starting at the left, a bird flies over to the right.", "bird", RIGHTWARD),
    ("A bird that flies rightward, from the left edge to the right one.", "bird", RIGHTWARD),
    ("Film a bird flying across from right to left.", "bird", LEFTWARD),
    ("The bird is on the right at first, and then it flies to the left.", "bird", LEFTWARD),
    ("A flying bird heads leftward, having started on the right.", "bird", LEFTWARD),
    ("A ball rolls from the left over to the right in a lively scene.", "ball", RIGHTWARD),
    ("Roll a ball across the scene, beginning on the left, finishing on the right.", "ball", RIGHTWARD),
    ("A moving ball that goes from left to right as the clip plays.", "ball", RIGHTWARD),
    ("A ball moves from right to left while the video runs.", "ball", LEFTWARD),
    ("Is there a ball moving from the right to the left? Show that.", "ball", LEFTWARD),
    ("The ball starts at the right and rolls until it reaches the left.", "ball", LEFTWARD),
    ("A dog walking from the left to the right at an easy pace.", "dog", RIGHTWARD),
    ("From the left, a walking dog makes its way to the right.", "dog", RIGHTWARD),
    ("Have a dog go left to right across the scene and keep it walking the whole way and never let it stop.",
     "dog", RIGHTWARD),
    ("A dog that walks from right to left without stopping.", "dog", LEFTWARD),
    ("The dog begins on the right side before walking to the left side.", "dog", LEFTWARD),
    ("Right to left is the way a walking dog goes in this scene.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0 to 29, in order.
_DYNAMIC_TWO = [
    ("A bird flies from the left of a car to the right of it.", "bird", "car", RIGHTWARD),
    ("A car moves from the right side of a bird over to its left side.", "car", "bird", LEFTWARD),
    ("Starting to the left of a cat, a bird flies until it is to the cat's right.", "bird", "cat", RIGHTWARD),
    ("A car that begins right of a bird and finishes left of the bird.", "car", "bird", LEFTWARD),
    ("A bird passes a dog, going from the dog's left to the dog's right.", "bird", "dog", RIGHTWARD),
    ("The dog starts on the right of a cat and walks to the cat's left.", "dog", "cat", LEFTWARD),
    ("A ball rolls from a dog's left side to that dog's right side.", "ball", "dog", RIGHTWARD),
    ("While a cat stays put, a bird moves from the cat's right to the cat's left.", "bird", "cat", LEFTWARD),
    ("A car drives past a ball, from the left of the ball to the right of it.", "car", "ball", RIGHTWARD),
    ("Can you show a cat moving from a bird's right over to the bird's left?", "cat", "bird", LEFTWARD),
    ("A dog, which starts on the left of a car, walks to the car's right.", "dog", "car", RIGHTWARD),
    ("A ball that rolls from the right of a bird to the left of the bird.", "ball", "bird", LEFTWARD),
    ("Left of a dog at first, a ball then rolls to the dog's right.", "ball", "dog", RIGHTWARD),
    ("A ball goes from being right of a cat to being left of the cat.", "ball", "cat", LEFTWARD),
    ("Have a car move from the left of a ball over to that ball's right.", "car", "ball", RIGHTWARD),
    ("A bird starts to the right of a cat and ends to the left of the cat.", "bird", "cat", LEFTWARD),
    ("A dog walks from the left of a bird until it is on the bird's right.", "dog", "bird", RIGHTWARD),
    ("The dog is first on a cat's right, then walks over to the cat's left.", "dog", "cat", LEFTWARD),
    ("A ball rolling from the left of a car to the right of that car.", "ball", "car", RIGHTWARD),
    ("A dog moving past a cat, from the cat's right side to the cat's left side.", "dog", "cat", LEFTWARD),
    ("A bird flies from the left of a ball to the ball's right as the ball stays still.", "bird", "ball", RIGHTWARD),
    ("Before the clip ends, a bird goes from the right of a ball to the ball's left.", "bird", "ball", LEFTWARD),
    ("A bird that begins to a dog's left and flies to the dog's right.", "bird", "dog", RIGHTWARD),
    ("Show a bird going from the right of a car to the left of the car.", "bird", "car", LEFTWARD),
    ("A car drives from the left of a cat to its right while the cat stays where it is.", "car", "cat", RIGHTWARD),
    ("The ball stays put as a dog walks from the ball's right to the ball's left.", "dog", "ball", LEFTWARD),
    ("A cat goes past a ball, left of the ball at first and right of it at the end.", "cat", "ball", RIGHTWARD),
    ("A dog on the right of a ball walks over to the left of the ball.", "dog", "ball", LEFTWARD),
    ("A cat moves from a bird's left to the bird's right in a lively scene.", "cat", "bird", RIGHTWARD),
    ("A dog, starting right of a car, walks until it is left of the car.", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, a car starts in the lower left, drives to the lower right, then goes to the upper right.",
     "car", BL_BR_TR),
    ("From overhead: a car in the bottom left moves up to the top left before heading over to the top right.",
     "car", BL_TL_TR),
    ("A car, viewed from directly above, begins at the lower right, goes to the lower left, and ends at the "
     "upper left.", "car", BR_BL_TL),
    ("Looking down on the scene, the car is at the bottom right first, then the top right, and lastly the top "
     "left.", "car", BR_TR_TL),
    ("A cat, seen from above, starts at the lower left corner, walks to the lower right corner, then on to the "
     "upper right corner.", "cat", BL_BR_TR),
    ("Top-down view of a cat that goes from the lower left up to the upper left and then across to the upper "
     "right.", "cat", BL_TL_TR),
    ("In a view from above, a lively cat sits in the bottom right, crosses to the bottom left, and climbs to the "
     "top left.", "cat", BR_BL_TL),
    ("Filmed from overhead, a cat leaves the lower right, reaches the upper right, and after that moves to the "
     "upper left.", "cat", BR_TR_TL),
    ("From above we see a bird at the lower left; it first flies to the lower right and then to the upper right.",
     "bird", BL_BR_TR),
    ("A bird, viewed top-down, starts bottom left, goes to top left, and finishes top right.", "bird", BL_TL_TR),
    ("Overhead shot: the bird begins in the lower right, moves to the lower left, and then to the upper left.",
     "bird", BR_BL_TL),
    ("Seen from overhead, a flying bird goes from the lower right to the upper right and then to the upper left.",
     "bird", BR_TR_TL),
    ("A ball viewed from above rolls from the bottom left to the bottom right, and after that to the top right.",
     "ball", BL_BR_TR),
    ("Top-down: a ball that starts at the lower left, rolls up to the upper left, then over to the upper right.",
     "ball", BL_TL_TR),
    ("From overhead, a ball is first at the lower right, then the lower left, and last the upper left.",
     "ball", BR_BL_TL),
    ("Looking straight down, a ball begins in the bottom right corner, rolls to the top right corner, then to the "
     "top left corner.", "ball", BR_TR_TL),
    ("A dog seen from above begins at the lower left, walks to the lower right, and finally walks to the upper "
     "right.", "dog", BL_BR_TR),
    ("View from above as a dog goes from the lower left to the upper left, then to the upper right.",
     "dog", BL_TL_TR),
    ("Overhead, a walking dog starts in the bottom right, heads to the bottom left, then up to the top left.",
     "dog", BR_BL_TL),
    ("From a top-down view, the dog is at the lower right, walks up to the upper right, then over to the upper "
     "left.", "dog", BR_TR_TL),
    ("Before turning to the upper right, a car seen from above drives from the lower left up to the upper left.",
     "car", BL_TL_TR),
    ("From above, a cat begins in the lower right and goes to the lower left; not until then does it go to the "
     "upper left.", "cat", BR_BL_TL),
    ("Top-down view: a bird at the bottom left flies to the bottom right, and after that it flies up to the top "
     "right.", "bird", BL_BR_TR),
    ("From overhead, a ball rolls from the lower right up to the upper right and then across to the upper left.",
     "ball", BR_TR_TL),
    ("A dog, seen from directly overhead, starts at the lower left, trots over to the lower right, and then goes "
     "up to the upper right.", "dog", BL_BR_TR),
    ("Show from above a car that drives from the bottom right to the top right and then to the top left.",
     "car", BR_TR_TL),
    ("From above, the cat's path goes lower left, then upper left, then upper right.", "cat", BL_TL_TR),
    ("A bird seen top-down: it starts at the lower right, flies over to the lower left, and ends in the upper "
     "left.", "bird", BR_BL_TL),
    ("Overhead view where a ball is first in the lower left, next in the lower right, and last in the upper right.",
     "ball", BL_BR_TR),
    ("Seen from above, a dog walks up from the bottom left to the top left, and then across to the top right.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-paraphrased LVD prompts, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
