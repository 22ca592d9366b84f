"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a diary or eyewitness recollection in the past tense ("Yesterday I filmed three dogs walking..."):
  tense and the first person change nothing in the layout, and the person filming is never drawn;
- a physics-textbook problem statement ("Consider...", "Let...", "Assume...", "uniformly", "at rest",
  "at constant velocity"), with no masses, forces or numbers that could be mistaken for a count;
- marketing and advertising copy: taglines, exclamations, fragments and hype words ("Introducing:",
  "Picture this —", "Bold. Playful. Unforgettable."), naming no brand or product a reader would draw.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. It
takes LVD's next draws: attribution pairs 30-59 and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (ed87d96, after the fixes for sets 25-32), 162/180 = 90.0%
(numeracy 24, attribution 30, visibility 25, one-object 27, two-object 27, sequential 29 of 30): the day of the
telling ("last week"), "the only object in the scene", a group's nickname ("Meet the duo:"), praise that names a
part ("down to the whiskers"), past-tense absences ("wasn't there"), ad-copy arrivals ("takes the stage", "the
second half delivers:"), a way said as a fragment before its mover ("Left to right. ... The car, in motion.") and a
move shared by two subjects that goes by one of them were the misses; 180/180 after the fixes of its own commit,
so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Yesterday I filmed a single car moving along an empty road, and nothing else came into view.", "car", 1),
    ("Consider two cars, each moving at constant speed across an otherwise empty scene; assume nothing else is present.",
     "car", 2),
    ("Introducing: three cars. Moving. Real. Alive. Nothing else needed.", "car", 3),
    ("Last week I watched four cars moving past, just those four and nothing else, and I caught it all on video.", "car", 4),
    ("Let one lively cat be the only object in the scene, and treat its motion as realistic.", "cat", 1),
    ("Two cats. Pure energy. Zero filler. Realistic like never before!", "cat", 2),
    ("This morning I recorded three lively cats on the lawn; they never sat still the whole time.", "cat", 3),
    ("Consider four lively cats in an open field; assume no other objects are present.", "cat", 4),
    ("Picture this — a lone bird in flight against an open sky. Simple. Stunning. Real.", "bird", 1),
    ("On Sunday I filmed two birds flying over the field, and nothing else showed up.", "bird", 2),
    ("Consider three birds in steady flight through an otherwise empty sky.", "bird", 3),
    ("Four birds. Endless sky. Endless motion. Realistic, lively, unforgettable.", "bird", 4),
    ("Earlier today I filmed one ball rolling about on the grass, and it kept moving the whole time.", "ball", 1),
    ("Let two balls move freely across a level surface; assume no other object enters the scene.", "ball", 2),
    ("Three balls. Nonstop motion. Real as it gets. Nothing else on screen!", "ball", 3),
    ("I remember filming four balls bouncing around the yard, and they never stopped moving.", "ball", 4),
    ("Consider a single dog walking at constant velocity over open ground, with no other object present.", "dog", 1),
    ("Meet the duo: two dogs, out for a walk. Realistic. Lively. Only them.", "dog", 2),
    ("Yesterday I filmed three dogs walking together down a quiet path, and nothing else was in the shot.", "dog", 3),
    ("Consider four dogs, each walking uniformly across an open field; assume nothing else is in view.", "dog", 4),
    ("Two cars. In motion. Real, lively, and nothing else to distract you.", "car", 2),
    ("I once filmed a single lively cat alone on the grass — just that cat, nothing else around.", "cat", 1),
    ("Let one bird fly through an otherwise empty sky; neglect everything else.", "bird", 1),
    ("Four balls in motion. Bold. Bouncy. Beautifully real.", "ball", 4),
    ("My footage from this afternoon shows two dogs walking side by side, and nothing else in view.", "dog", 2),
    ("Consider four cars moving along a straight, empty road; assume no other objects are present.", "car", 4),
    ("Three lively cats. Endless charm. Nothing else. Realistic down to the whiskers.", "cat", 3),
    ("Last spring I filmed four birds flying above the meadow, with nothing else in the sky.", "bird", 4),
    ("Consider a single ball moving across a level floor; assume it is the only object present.", "ball", 1),
    ("Three dogs. Out for a walk. Zero distractions. Realistic and lively!", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Yesterday I filmed a red car parked on the street with a brown bird perched on its roof.",
     "car", "red", "bird", "brown"),
    ("Consider a purple cat at rest beside a green car.", "cat", "purple", "car", "green"),
    ("Introducing the gray car. And its best friend, the orange dog. Realistic. Lively. Iconic.",
     "car", "gray", "dog", "orange"),
    ("I remember filming a red cat and a gray dog napping side by side in the yard.", "cat", "red", "dog", "gray"),
    ("Let a red dog stand next to a gray car; assume both remain at rest.", "dog", "red", "car", "gray"),
    ("Picture this — a purple dog trotting beside a yellow car. Bold. Bright. Real.", "dog", "purple", "car", "yellow"),
    ("This morning I filmed a red cat pawing at a gray ball on the floor.", "cat", "red", "ball", "gray"),
    ("Consider a brown cat and a blue dog sitting a short distance apart, both at rest.", "cat", "brown", "dog", "blue"),
    ("White dog. Red cat. The duo you didn't know you needed!", "dog", "white", "cat", "red"),
    ("Last week I saw a yellow bird land on the hood of an orange car, and I got it on video.",
     "bird", "yellow", "car", "orange"),
    ("Let a green dog walk past a blue car that remains at rest.", "dog", "green", "car", "blue"),
    ("Meet the black cat. Meet the brown ball. Playtime, reimagined.", "cat", "black", "ball", "brown"),
    ("Yesterday I filmed a purple car in the driveway with a red cat sitting in front of it.",
     "car", "purple", "cat", "red"),
    ("Consider a gray dog and a brown cat standing side by side on level ground.", "dog", "gray", "cat", "brown"),
    ("Sleek black car. Loyal brown dog. Together at last. Realistic and lively.", "car", "black", "dog", "brown"),
    ("Last summer I filmed a pink dog chasing a yellow ball around the park.", "ball", "yellow", "dog", "pink"),
    ("Assume a gray cat and a white dog at rest, facing each other across open ground.", "cat", "gray", "dog", "white"),
    ("A yellow dog. An orange car. Sunshine, everywhere you look!", "dog", "yellow", "car", "orange"),
    ("This afternoon I filmed a black bird hopping near a brown cat, who just watched it.",
     "bird", "black", "cat", "brown"),
    ("Consider a white ball at rest in front of a red car.", "ball", "white", "car", "red"),
    ("Black cat. White ball. A classic, reimagined. Lively and real.", "ball", "white", "cat", "black"),
    ("Yesterday I filmed a yellow cat batting a pink ball across the floor.", "cat", "yellow", "ball", "pink"),
    ("Let an orange bird perch near a black car; assume both stay at rest.", "car", "black", "bird", "orange"),
    ("Picture this — an orange ball resting by a brown car. Warm tones. Real life.", "ball", "orange", "car", "brown"),
    ("I remember a gray bird hopping around while a green cat crouched nearby; I filmed the whole thing.",
     "bird", "gray", "cat", "green"),
    ("Consider a blue car at rest with a red cat seated beside it.", "car", "blue", "cat", "red"),
    ("The black car. The white ball. Contrast, perfected.", "ball", "white", "car", "black"),
    ("Last week I filmed a green bird pecking at a white ball on the lawn.", "bird", "green", "ball", "white"),
    ("Let a yellow dog nudge a blue ball along level ground.", "ball", "blue", "dog", "yellow"),
    ("Yellow bird. Blue ball. Bright, playful, and lifelike!", "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("When I filmed the road yesterday it was empty for the first half of the clip; only in the second half did a "
     "moving car show up.", "car"),
    ("Consider a scene with no car during the first half of the video; assume a moving car is present throughout "
     "the second half.", "car"),
    ("First half: silence. Second half: a moving car arrives. Worth the wait!", "car"),
    ("In my video from this morning, the cat wasn't there at all in the first half; it only showed up in the "
     "second half.", "cat"),
    ("Let a lively cat be absent for the first half of the video and present for the whole second half.", "cat"),
    ("Wait for it... a lively cat, appearing only in the second half. Nothing before. Pure anticipation.", "cat"),
    ("Yesterday the sky in my footage stayed empty for the first half, and a bird only flew in during the second "
     "half.", "bird"),
    ("Consider a flying bird that is nowhere in the scene during the first half of the video and appears only in "
     "the second half.", "bird"),
    ("First half? Empty sky. Second half? A flying bird takes the stage.", "bird"),
    ("I filmed the yard last week: no ball in the first half, then a moving ball rolled in for the second half.",
     "ball"),
    ("Assume no ball is present during the first half of the video; let a moving ball enter at the midpoint and "
     "remain.", "ball"),
    ("The first half keeps you guessing. The second half delivers: a moving ball. Only then.", "ball"),
    ("My clip from the park started without any dog; only in the second half did a walking dog come into view.",
     "dog"),
    ("Consider a walking dog absent throughout the first half of the video and present throughout the second half.",
     "dog"),
    ("An empty first half. Then, in the second half: a walking dog. Not a moment sooner.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Yesterday I filmed a moving car that was there for the first half of the clip and gone for the whole second "
     "half.", "car"),
    ("Let a moving car be present during the first half of the video and absent during the second half.", "car"),
    ("Now you see it, now you don't: a moving car in the first half, gone in the second.", "car"),
    ("I remember the lively cat in my video: it was there in the first half, then it left and never came back in "
     "the second half.", "cat"),
    ("Consider a lively cat visible throughout the first half of the video; assume it is absent for the entire "
     "second half.", "cat"),
    ("A lively cat. First half only. Then — gone. Unforgettable.", "cat"),
    ("Last week I filmed a flying bird that stayed in view for the first half and was gone by the second half.",
     "bird"),
    ("Let a flying bird occupy the scene for the first half of the video and leave it at the midpoint, not to "
     "return.", "bird"),
    ("Catch the flying bird while you can — it's only here for the first half!", "bird"),
    ("This morning I filmed a moving ball; in the first half it was there, and in the second half it had "
     "disappeared.", "ball"),
    ("Consider a moving ball present in the first half of the video; assume no ball is present in the second half.",
     "ball"),
    ("First half: a moving ball. Second half: nothing. Minimal. Bold.", "ball"),
    ("Yesterday a walking dog was in my footage for the first half, but by the second half it had walked off and "
     "was gone.", "dog"),
    ("Let a walking dog be visible during the first half of the video and absent during the second half.", "dog"),
    ("The walking dog, first half only. Then it's gone. Just like that.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Yesterday I filmed a car driving across from the left side of the frame to the right side.", "car", RIGHTWARD),
    ("Consider a car that starts at the left edge of the frame and moves uniformly to the right edge.", "car", RIGHTWARD),
    ("Left to right. Smooth. Unstoppable. The car, in motion.", "car", RIGHTWARD),
    ("I watched a car drive from the right side of the frame over to the left side, and filmed all of it.",
     "car", LEFTWARD),
    ("Let a car move uniformly from the right side of the frame to the left side.", "car", LEFTWARD),
    ("Right to left, in style — a car crossing the frame like never before.", "car", LEFTWARD),
    ("This morning I filmed a lively cat trotting from the left side of the frame over to the right.", "cat", RIGHTWARD),
    ("Consider a lively cat that moves from the left of the frame to the right at constant speed.", "cat", RIGHTWARD),
    ("A lively cat. Left to right. All attitude.", "cat", RIGHTWARD),
    ("I remember the cat in my clip walking from the right side of the frame all the way to the left side.",
     "cat", LEFTWARD),
    ("Let a cat move uniformly from the right side of the scene to the left side.", "cat", LEFTWARD),
    ("Watch her go — a lively cat strolling from right to left. Effortless.", "cat", LEFTWARD),
    ("Yesterday I filmed a bird flying from the left side of the sky to the right side.", "bird", RIGHTWARD),
    ("Consider a bird in level flight, moving from the left of the frame to the right.", "bird", RIGHTWARD),
    ("Wings out. Left to right. A bird in flight, captured like never before.", "bird", RIGHTWARD),
    ("Last week I saw a bird fly from the right side of the frame across to the left, and I filmed it.",
     "bird", LEFTWARD),
    ("Let a flying bird travel uniformly from the right edge of the frame to the left edge.", "bird", LEFTWARD),
    ("Right to left, sky-high — a bird in flight. Breathtaking.", "bird", LEFTWARD),
    ("I filmed a ball yesterday as it rolled from the left side of the frame over to the right.", "ball", RIGHTWARD),
    ("Consider a ball rolling without slipping from the left of the frame to the right.", "ball", RIGHTWARD),
    ("Left. To. Right. A ball on the roll — unstoppable fun!", "ball", RIGHTWARD),
    ("This afternoon I filmed a ball rolling from the right side of the frame to the left.", "ball", LEFTWARD),
    ("Let a ball roll uniformly from the right side of the scene to the left side.", "ball", LEFTWARD),
    ("Right to left, on a roll: a ball with pure momentum.", "ball", LEFTWARD),
    ("Yesterday I filmed a dog walking from the left side of the frame over to the right.", "dog", RIGHTWARD),
    ("Consider a dog walking at constant velocity from the left side of the frame to the right side.", "dog", RIGHTWARD),
    ("Step by step, left to right — a walking dog with places to go!", "dog", RIGHTWARD),
    ("I remember the dog in my clip: he walked from the right side of the frame all the way to the left.",
     "dog", LEFTWARD),
    ("Let a dog walk uniformly from the right of the frame to the left.", "dog", LEFTWARD),
    ("A walking dog, right to left. Unhurried. Unbothered. Unforgettable.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order.
_DYNAMIC_TWO = [
    ("Yesterday I filmed a bird flying from the left of a ball, which stayed put, to the right of it.",
     "bird", "ball", RIGHTWARD),
    ("Consider a ball at rest and a bird that moves from the right of the ball to its left.", "bird", "ball", LEFTWARD),
    ("A dog holds still. A bird swoops from the dog's left to the dog's right. Pure drama.", "bird", "dog", RIGHTWARD),
    ("I remember a parked car and a bird flying from the car's right side over to its left; I caught it on video.",
     "bird", "car", LEFTWARD),
    ("Let a cat sit at rest while a car moves uniformly from the left of the cat to its right.", "car", "cat", RIGHTWARD),
    ("The ball stays. The walking dog moves on — from the ball's right to its left.", "dog", "ball", LEFTWARD),
    ("This morning I filmed a cat walking from the left of a ball to its right; the ball never moved.",
     "cat", "ball", RIGHTWARD),
    ("Consider a ball at rest and a dog walking from the right of the ball to its left.", "dog", "ball", LEFTWARD),
    ("Sneak attack! A cat slips from a bird's left to the bird's right. The bird never moves.",
     "cat", "bird", RIGHTWARD),
    ("Last week I filmed a dog walking past a parked car, from the car's right side to its left side.",
     "dog", "car", LEFTWARD),
    ("Let a ball remain at rest while a bird flies from the ball's left to its right.", "bird", "ball", RIGHTWARD),
    ("Still ball. Flying bird. From the ball's right to the ball's left — gracefully.", "bird", "ball", LEFTWARD),
    ("Yesterday I filmed a car driving past a ball, starting on the ball's left and ending on its right.",
     "car", "ball", RIGHTWARD),
    ("Consider a dog at rest and a bird flying from the right of the dog to its left.", "bird", "dog", LEFTWARD),
    ("Parked car. Walking dog. Left of the car to right of the car. Adventure awaits!", "dog", "car", RIGHTWARD),
    ("I remember a bird flying from the right of a ball to its left; the ball just sat there.", "bird", "ball", LEFTWARD),
    ("Let a cat remain at rest while a dog walks from the left of the cat to its right.", "dog", "cat", RIGHTWARD),
    ("The car waits. The dog walks — from the car's right to its left. Every step, realistic.",
     "dog", "car", LEFTWARD),
    ("This afternoon I filmed a cat creeping from the left of a sleeping dog to its right.", "cat", "dog", RIGHTWARD),
    ("Consider a ball at rest and a cat moving uniformly from the right of the ball to its left.",
     "cat", "ball", LEFTWARD),
    ("Bold move! A cat crosses from a dog's left to the dog's right. The dog doesn't budge.", "cat", "dog", RIGHTWARD),
    ("Yesterday I filmed a ball rolling from the right of a dog to its left while the dog stayed still.",
     "ball", "dog", LEFTWARD),
    ("Let a bird be at rest while a dog walks from the left of the bird to its right.", "dog", "bird", RIGHTWARD),
    ("A cat on watch. A bird flying from the cat's right to its left. Daring. Real.", "bird", "cat", LEFTWARD),
    ("I remember a bird standing still while a cat walked from the bird's left to the bird's right; I filmed it all.",
     "cat", "bird", RIGHTWARD),
    ("Consider a cat at rest and a bird flying from the right of the cat to its left.", "bird", "cat", LEFTWARD),
    ("The cat sits. The dog strolls — cat's left to cat's right. Realistic. Lively.", "dog", "cat", RIGHTWARD),
    ("Last week I filmed a bird flying from the right of a resting dog to the dog's left.", "bird", "dog", LEFTWARD),
    ("Let a dog walk uniformly from the left of a stationary cat to the cat's right.", "dog", "cat", RIGHTWARD),
    ("Parked car. Flying bird. Right of the car to left of the car. Stunning.", "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Yesterday I filmed straight down from above: a car started in the lower left, drove to the lower right, then "
     "to the upper right.", "car", BL_BR_TR),
    ("Viewed from directly above, consider a car that starts in the lower-left corner, moves to the upper-left "
     "corner, and then to the upper-right corner.", "car", BL_TL_TR),
    ("Top-down. A car. Lower right, lower left, upper left. Every turn, perfected.", "car", BR_BL_TL),
    ("I remember the overhead footage: the car began in the lower right, drove up to the upper right, and finished "
     "in the upper left.", "car", BR_TR_TL),
    ("In a top-down view, let a cat start at the lower left, move to the lower right, and end at the upper right.",
     "cat", BL_BR_TR),
    ("From above: a cat on a mission. Lower left. Upper left. Upper right. Done.", "cat", BL_TL_TR),
    ("Yesterday I filmed a cat from overhead; it started in the lower right, went to the lower left, then up to the "
     "upper left.", "cat", BR_BL_TL),
    ("Consider a top-down view of a cat that moves from the lower right to the upper right and then to the upper "
     "left.", "cat", BR_TR_TL),
    ("Seen from above: a bird flies lower left, lower right, upper right. Breathtaking.", "bird", BL_BR_TR),
    ("Last week I filmed a bird from straight above; it flew from the lower left to the upper left and then to the "
     "upper right.", "bird", BL_TL_TR),
    ("Viewed from above, let a bird fly from the lower-right corner to the lower-left corner, then to the upper-left "
     "corner.", "bird", BR_BL_TL),
    ("Overhead. A bird. Lower right → upper right → upper left. Flight, redefined.", "bird", BR_TR_TL),
    ("This morning I filmed a ball from directly above as it rolled from the lower left to the lower right, then up "
     "to the upper right.", "ball", BL_BR_TR),
    ("In a top-down view, consider a ball rolling from the lower left to the upper left, and then to the upper right.",
     "ball", BL_TL_TR),
    ("Top-down thrills: a ball rolls lower right, then lower left, then upper left. Unstoppable.", "ball", BR_BL_TL),
    ("I remember shooting from overhead: the ball started in the lower right, rolled to the upper right, and stopped "
     "in the upper left.", "ball", BR_TR_TL),
    ("Viewed from above, let a dog walk from the lower left to the lower right and then to the upper right.",
     "dog", BL_BR_TR),
    ("From above, a dog on the move: lower left, upper left, upper right. Adventure!", "dog", BL_TL_TR),
    ("Yesterday I filmed a dog from overhead: it walked from the lower right to the lower left, then up to the upper "
     "left.", "dog", BR_BL_TL),
    ("Consider a dog, seen from directly above, that walks from the lower right to the upper right and finally to "
     "the upper left.", "dog", BR_TR_TL),
    ("Seen from above: a car takes the lower left, then the lower right, then the upper right. Precision in motion.",
     "car", BL_BR_TR),
    ("Last night I filmed a cat from straight overhead; it went from the lower left up to the upper left, then "
     "across to the upper right.", "cat", BL_TL_TR),
    ("Consider, in a top-down view, a bird that begins at the lower right, passes the lower left, and ends at the "
     "upper left.", "bird", BR_BL_TL),
    ("Overhead view. A ball. Lower right, upper right, upper left. Pure flow.", "ball", BR_TR_TL),
    ("This afternoon I filmed a dog from above as it walked from the lower left to the lower right and on to the "
     "upper right.", "dog", BL_BR_TR),
    ("Viewed from above, let a car drive from the lower right to the upper right, then to the upper left.",
     "car", BR_TR_TL),
    ("Shot from overhead: a cat struts lower right, lower left, upper left. Iconic.", "cat", BR_BL_TL),
    ("I remember filming a bird from high above; it flew from the lower left to the upper left, then on to the upper "
     "right.", "bird", BL_TL_TR),
    ("In a top-down view, consider a ball that rolls from the lower left to the lower right and then to the upper "
     "right.", "ball", BL_BR_TR),
    ("Top-down. A dog. Lower right, upper right, upper left. Every step counts.", "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
