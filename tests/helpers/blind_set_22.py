"""A held-out set for the layout planner: LVD's stage-1 prompts rewritten as requests to a video tool.

Like sets 20 and 21 it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes), this time in the voice of a person typing to a video generator: imperatives ("Generate a
clip in which ...", "Render ...", "Show me ..."), polite questions ("Could you make a video where
...?"), past-tense narration of a clip already seen ("In the video, the car was ..."), and British
spelling ("grey", "colour", "left-hand", "bonnet"). The colour LVD calls "gray" is written "grey"
and checked as "gray". It uses LVD's attribution draws 31-60 and its two-object draws 21-50, so
its content differs from set 21's as well as its wording.

Each prompt is checked by the same LVD predicate as the other sets. The set was written without
running the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores (2026-12-03): scored once, untouched, after the fixes prompted by sets 17–21: 166/180 = 92.2%
(attribution 23 — every miss says "grey" —, sequential 27, visibility 28, two-object 28 of 30; numeracy and one-object 30).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Generate a clip of one moving car and nothing else.", "car", 1),
    ("Could you make a video where two cars are driving about?", "car", 2),
    ("In the video, three cars were on the move the whole time.", "car", 3),
    ("Render 4 moving cars, please, realistic and full of life.", "car", 4),
    ("Show me a single lively cat.", "cat", 1),
    ("Would you mind generating a realistic video featuring a pair of lively cats?", "cat", 2),
    ("The clip showed three cats, all of them lively and wide awake.", "cat", 3),
    ("Make me a lifelike video with four cats in it, lively ones.", "cat", 4),
    ("In the footage a lone bird was flying.", "bird", 1),
    ("Please render two birds in flight, looking true to life.", "bird", 2),
    ("Could I have a video of three flying birds?", "bird", 3),
    ("Four birds were flying about in the video I watched.", "bird", 4),
    ("Generate a realistic video containing exactly one ball, moving.", "ball", 1),
    ("Can you show two balls in motion, nothing more?", "ball", 2),
    ("There were 3 moving balls in the clip, and that was all.", "ball", 3),
    ("Produce a lively, true-to-life video of four balls on the move.", "ball", 4),
    ("Show me one dog out walking.", "dog", 1),
    ("In the video, two dogs were walking along side by side.", "dog", 2),
    ("Could you please create a lifelike clip in which three dogs walk along together?", "dog", 3),
    ("Render a quartet of walking dogs, realistic and lively.", "dog", 4),
    ("Generate a video: cars, two of them, both moving.", "car", 2),
    ("Would it be possible to generate four moving cars, lifelike, and nothing else in shot?", "car", 4),
    ("I'd like a realistic scene with just the one lively cat, please.", "cat", 1),
    ("In the clip there were two lively cats and nothing besides.", "cat", 2),
    ("Birds in flight, three in total: could you render that realistically?", "bird", 3),
    ("One bird, flying: please generate that as a lifelike video.", "bird", 1),
    ("Could you make a realistic video in which a pair of balls roll about?", "ball", 2),
    ("The video opened on four balls, and they kept moving until it ended.", "ball", 4),
    ("Make a clip of a solitary walking dog.", "dog", 1),
    ("Three dogs were walking through the scene in the footage.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 31 to 60, in order.
_ATTRIBUTION = [
    ("Generate a clip with a red car parked near a brown bird.", "car", "red", "bird", "brown"),
    ("Could you show me a purple cat sitting beside a green car?", "cat", "purple", "car", "green"),
    ("In the video, a grey car was parked and an orange dog trotted past it.", "car", "gray", "dog", "orange"),
    ("Render a cat coloured red together with a dog coloured grey.", "cat", "red", "dog", "gray"),
    ("Please make a realistic video where the dog is red and the car is grey.", "dog", "red", "car", "gray"),
    ("There was a purple dog and a yellow car in the clip.", "dog", "purple", "car", "yellow"),
    ("Show me a red cat playing with a grey ball.", "cat", "red", "ball", "gray"),
    ("Would you generate a brown cat and a blue dog, both lively?", "cat", "brown", "dog", "blue"),
    ("The video showed a white dog chasing a red cat.", "dog", "white", "cat", "red"),
    ("Create a lifelike scene: a yellow bird perched on an orange car.", "bird", "yellow", "car", "orange"),
    ("Could you make a clip where a green dog waits next to a blue car?", "dog", "green", "car", "blue"),
    ("Render a black cat batting a brown ball about.", "cat", "black", "ball", "brown"),
    ("In the footage, the car was purple and the cat beside it was red.", "car", "purple", "cat", "red"),
    ("Generate a lively video of a grey dog and a brown cat.", "dog", "gray", "cat", "brown"),
    ("Can I get a video of a black car with a brown dog sitting in front of it?", "car", "black", "dog", "brown"),
    ("Show a pink dog nosing a yellow ball along.", "ball", "yellow", "dog", "pink"),
    ("A grey cat and a white dog were lying together in the video.", "cat", "gray", "dog", "white"),
    ("Please render a yellow dog running alongside an orange car.", "dog", "yellow", "car", "orange"),
    ("Could you generate a video where a black bird hops just out of reach of a brown cat?",
     "bird", "black", "cat", "brown"),
    ("Make a video of a ball in white and a car in red.", "ball", "white", "car", "red"),
    ("The clip had a black cat staring at a white ball.", "ball", "white", "cat", "black"),
    ("Generate a yellow cat with a pink ball between its paws.", "cat", "yellow", "ball", "pink"),
    ("Could you show an orange bird flying over a black car?", "car", "black", "bird", "orange"),
    ("In the video, an orange ball rolled up against a brown car.", "ball", "orange", "car", "brown"),
    ("Render a green cat watching a grey bird.", "bird", "gray", "cat", "green"),
    ("Please create a clip featuring a blue car and, on its bonnet, a red cat.", "car", "blue", "cat", "red"),
    ("Show me a white ball lying under a black car.", "ball", "white", "car", "black"),
    ("In the clip, the bird was green and the ball it pecked at was white.", "bird", "green", "ball", "white"),
    ("Can you render a yellow dog fetching a blue ball?", "ball", "blue", "dog", "yellow"),
    ("Generate a video where the bird's colour is yellow and the ball's colour is blue.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): out of view in the first half, in view in the second.
_APPEARS = [
    ("Generate a video where a moving car only appears in the second half.", "car"),
    ("Could you make a clip in which no car is visible until halfway through, and then a car drives into view?",
     "car"),
    ("In the video, the car didn't turn up until the second half.", "car"),
    ("Show me a lively cat that is absent for the first half of the video and present for the second.", "cat"),
    ("The cat only came into view once the clip was half over.", "cat"),
    ("Please render a video whose opening half has no cat in it; a cat should be there throughout the "
     "closing half.", "cat"),
    ("Render a flying bird that shows itself only during the latter half of the clip.", "bird"),
    ("Would you create a video in which a bird arrives at the midpoint and remains for the rest?", "bird"),
    ("For the first half of the video there was no bird at all; after that a flying bird was in view.", "bird"),
    ("Could you generate a clip where a moving ball is seen only in the second half?", "ball"),
    ("Make a video in which a ball rolls into shot halfway through and stays.", "ball"),
    ("In the footage, the ball was missing at first and only showed up in the second half.", "ball"),
    ("Generate a walking dog that appears solely in the second half of the video.", "dog"),
    ("Can you show an empty opening half and then a walking dog for the remainder?", "dog"),
    ("The dog wandered into view once half the clip had gone by and was there until the end.", "dog"),
]

# (prompt, query): in view in the first half, out of view in the second.
_VANISHES = [
    ("Generate a clip in which a moving car is visible only during the first half.", "car"),
    ("Could you make a video where a car is present at the start but has driven off before the halfway point?",
     "car"),
    ("In the video, the car was there for the first half and gone for the second.", "car"),
    ("Show me a lively cat appearing only in the first half of the video.", "cat"),
    ("The cat was in view early on, but it had left by the time the clip was half done.", "cat"),
    ("Please render a cat that is there for the opening half and nowhere to be seen in the closing half.", "cat"),
    ("Render a flying bird that disappears from the clip halfway through and does not come back.", "bird"),
    ("Would you generate a video where the bird is seen in the first half only?", "bird"),
    ("A bird was flying about at the start of the video, but for the whole second half there was no bird.",
     "bird"),
    ("Could you make a video in which a moving ball can be seen only in the earlier half?", "ball"),
    ("Make a clip where a ball rolls out of shot before the midpoint and stays out.", "ball"),
    ("In the footage, the ball was visible at the beginning and had vanished by the second half.", "ball"),
    ("Generate a walking dog that is only in the first half of the video.", "dog"),
    ("Can you show a dog walking in the first half, then an empty second half?", "dog"),
    ("The dog was there when the video began, then it walked away and was absent for the whole second half.",
     "dog"),
]

# (prompt, query, direction): in view at the start and the end, having moved that way.
_DYNAMIC_ONE = [
    ("Generate a clip of a car driving from left to right.", "car", RIGHTWARD),
    ("Could you make a video in which a car travels from the left-hand side to the right-hand side?",
     "car", RIGHTWARD),
    ("In the video, the car started on the left and finished on the right.", "car", RIGHTWARD),
    ("Show me a car moving right to left.", "car", LEFTWARD),
    ("Please render a car that drives across from the right over to the left.", "car", LEFTWARD),
    ("The car went from the right of the frame to the left of it.", "car", LEFTWARD),
    ("Render a cat walking from the left to the right.", "cat", RIGHTWARD),
    ("Would you generate a video where a cat crosses from left to right?", "cat", RIGHTWARD),
    ("A cat was on the left at the beginning and had moved to the right by the end.", "cat", RIGHTWARD),
    ("Can you show a cat going from the right to the left?", "cat", LEFTWARD),
    ("Generate a lively cat that makes its way leftwards, beginning on the right.", "cat", LEFTWARD),
    ("In the clip, the cat padded from right to left.", "cat", LEFTWARD),
    ("Make a video of a bird flying from left to right.", "bird", RIGHTWARD),
    ("Could I have a clip where a bird travels rightwards, setting off from the left?", "bird", RIGHTWARD),
    ("The bird flew across from the left side to the right side.", "bird", RIGHTWARD),
    ("Generate a bird flying from the right towards the left.", "bird", LEFTWARD),
    ("Please show a bird that begins on the right and ends up on the left.", "bird", LEFTWARD),
    ("In the footage, a bird moved right to left.", "bird", LEFTWARD),
    ("Render a ball rolling from the left to the right.", "ball", RIGHTWARD),
    ("Can you make a clip where a moving ball goes from the left over to the right?", "ball", RIGHTWARD),
    ("The ball rolled left to right across the video.", "ball", RIGHTWARD),
    ("Show me a ball travelling from right to left.", "ball", LEFTWARD),
    ("Would you create a video of a ball that starts on the right-hand side and rolls to the left-hand side?",
     "ball", LEFTWARD),
    ("At the start of the clip the ball was on the right; by the end it had rolled to the left.", "ball", LEFTWARD),
    ("Generate a dog walking from left to right.", "dog", RIGHTWARD),
    ("Could you render a video where a walking dog heads from the left across to the right?", "dog", RIGHTWARD),
    ("In the video, the dog trotted from the left to the right.", "dog", RIGHTWARD),
    ("Make a clip of a dog walking from the right to the left.", "dog", LEFTWARD),
    ("Please generate a dog that starts on the right and walks over to the left.", "dog", LEFTWARD),
    ("The dog made its way from right to left over the course of the clip.", "dog", LEFTWARD),
]

# (prompt, mover, reference, direction): LVD's two-object draws 21 to 50, in order; the mover starts on one
# side of the reference and ends on the other.
_DYNAMIC_TWO = [
    ("Generate a clip in which a bird moves from the left of a ball to the right of it.", "bird", "ball", RIGHTWARD),
    ("Could you make a video where a bird flies from the right-hand side of a ball to the ball's left-hand side?",
     "bird", "ball", LEFTWARD),
    ("In the video, a bird started out to the left of a dog and ended up to the dog's right.",
     "bird", "dog", RIGHTWARD),
    ("Show me a bird passing a car, going from the car's right to the car's left.", "bird", "car", LEFTWARD),
    ("Render a car driving from the left of a cat to the right of the cat; the cat stays where it is.",
     "car", "cat", RIGHTWARD),
    ("Please generate a dog that begins on the right of a ball and walks round to the ball's left.",
     "dog", "ball", LEFTWARD),
    ("The cat moved from the left of the ball to its right, and the ball stayed put.", "cat", "ball", RIGHTWARD),
    ("Can you show a dog moving from the right of a ball to the left of that ball?", "dog", "ball", LEFTWARD),
    ("Generate a video where a cat, at first on a bird's left, crosses to the bird's right.",
     "cat", "bird", RIGHTWARD),
    ("In the footage a dog went from the right side of a car to the car's left side.", "dog", "car", LEFTWARD),
    ("Would you render a ball lying still while a bird flies from the ball's left to the ball's right?",
     "bird", "ball", RIGHTWARD),
    ("A bird was to the right of a ball at the start and to the left of the ball at the end.",
     "bird", "ball", LEFTWARD),
    ("Make a clip where a car drives past a ball, from the ball's left to its right.", "car", "ball", RIGHTWARD),
    ("Could I get a video of a bird going from the right of a dog over to the left of the dog?",
     "bird", "dog", LEFTWARD),
    ("Show a dog walking from the left of a parked car to the right of it.", "dog", "car", RIGHTWARD),
    ("In the clip, the bird flew from the ball's right side across to the ball's left side.",
     "bird", "ball", LEFTWARD),
    ("Generate a dog moving from the cat's left to the cat's right, with the cat sitting still.",
     "dog", "cat", RIGHTWARD),
    ("Please render a video in which a dog sets off to the right of a car and finishes to the left of it.",
     "dog", "car", LEFTWARD),
    ("The cat began on the left of a dog and had moved to the dog's right by the end.", "cat", "dog", RIGHTWARD),
    ("Could you make a cat go from the right of a ball to the ball's left?", "cat", "ball", LEFTWARD),
    ("Render a dog standing still while a cat walks from the dog's left to the dog's right.",
     "cat", "dog", RIGHTWARD),
    ("In the video, a ball rolled from the right of a dog to the left of the dog.", "ball", "dog", LEFTWARD),
    ("Show me a dog that starts on a bird's left and walks to the bird's right.", "dog", "bird", RIGHTWARD),
    ("Generate a bird flying from the right-hand side of a cat to the cat's left-hand side.",
     "bird", "cat", LEFTWARD),
    ("Would you show a cat passing a bird, moving from the bird's left over to the bird's right?",
     "cat", "bird", RIGHTWARD),
    ("The bird flew past the cat from right to left: it was on the cat's right at first and on the cat's left "
     "at the end.", "bird", "cat", LEFTWARD),
    ("Make a video where a dog moves from the left of a cat to the right of that cat.", "dog", "cat", RIGHTWARD),
    ("Can you generate a bird that flies from a dog's right over to the dog's left?", "bird", "dog", LEFTWARD),
    ("In the footage, a dog walked from the cat's left-hand side round to the cat's right-hand side.",
     "dog", "cat", RIGHTWARD),
    ("Please show a car staying put while a bird moves from the car's right to the car's left.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, at the route's three stops at the start, the middle and the end.
_SEQUENTIAL = [
    ("Generate a top-down clip of a car that starts in the bottom left-hand corner, drives to the bottom "
     "right-hand corner and then to the top right-hand corner.", "car", BL_BR_TR),
    ("Could you make an overhead video in which a car begins at the lower left, heads up to the upper left and "
     "then across to the upper right?", "car", BL_TL_TR),
    ("Seen from directly above, the car was first in the lower right, then drove to the lower left, and finally "
     "to the upper left.", "car", BR_BL_TL),
    ("Render a bird's-eye view: car at the bottom right, then the top right, then the top left.", "car", BR_TR_TL),
    ("Show me, from overhead, a cat going from the lower left to the lower right and then up to the upper right.",
     "cat", BL_BR_TR),
    ("In the top-down footage, the cat sat in the bottom left at first, walked up to the top left, then over to "
     "the top right.", "cat", BL_TL_TR),
    ("Please render a top-down view where a cat starts in the bottom-right corner, moves along to the "
     "bottom-left corner, then goes up to the top-left corner.", "cat", BR_BL_TL),
    ("Could you generate an overhead shot of a cat: lower right at the start, upper right in the middle, upper "
     "left at the end?", "cat", BR_TR_TL),
    ("Make a video looking straight down on a bird that flies from the lower left to the lower right, then to "
     "the upper right.", "bird", BL_BR_TR),
    ("Generate a top-down view of a bird starting at the bottom left, flying up to the top left, and finishing "
     "at the top right.", "bird", BL_TL_TR),
    ("From above, the bird was at the bottom right to begin with; it then flew to the bottom left and after that "
     "to the top left.", "bird", BR_BL_TL),
    ("Would you render, viewed from overhead, a bird that moves from the lower right up to the upper right and "
     "then across to the upper left?", "bird", BR_TR_TL),
    ("Could I have a top-down clip where a ball rolls from the bottom left to the bottom right and then up to "
     "the top right?", "ball", BL_BR_TR),
    ("Show an overhead view of a ball which begins in the lower-left quarter, travels to the upper-left quarter "
     "and ends in the upper-right quarter.", "ball", BL_TL_TR),
    ("Render a ball seen from above: it starts in the lower right, rolls to the lower left, then to the upper "
     "left.", "ball", BR_BL_TL),
    ("In the overhead video, a ball started at the bottom right, rolled up to the top right, and came to rest at "
     "the top left.", "ball", BR_TR_TL),
    ("The overhead camera showed a dog in the lower left; it walked to the lower right and then on to the upper "
     "right.", "dog", BL_BR_TR),
    ("Please generate a top-down video in which a dog walks from the bottom left up to the top left, then across "
     "to the top right.", "dog", BL_TL_TR),
    ("Can you show, from straight above, a dog that starts at the bottom right, goes to the bottom left, then to "
     "the top left?", "dog", BR_BL_TL),
    ("Generate an overhead clip of a dog moving from the lower right to the upper right and finally to the upper "
     "left.", "dog", BR_TR_TL),
    ("Make a top-down video where a cat travels from the bottom left-hand corner to the bottom right-hand "
     "corner, and from there to the top right-hand corner.", "cat", BL_BR_TR),
    ("From overhead, a ball was seen first in the lower left, next in the lower right, and last in the upper "
     "right.", "ball", BL_BR_TR),
    ("Top-down, please: a dog at the bottom left, then the bottom right, then the top right.", "dog", BL_BR_TR),
    ("Generate an overhead video of a car going up the left-hand side from bottom left to top left, then along "
     "the top to the top right.", "car", BL_TL_TR),
    ("In the footage filmed from above, the bird flew from the lower left to the upper left and then to the "
     "upper right.", "bird", BL_TL_TR),
    ("Show me a cat, viewed from directly overhead, going bottom left, then top left, then top right.",
     "cat", BL_TL_TR),
    ("Would you produce an overhead clip where a dog begins in the bottom-right corner, heads to the "
     "bottom-left corner and then up to the top-left corner?", "dog", BR_BL_TL),
    ("Render a top-down clip in which a bird goes from the bottom right to the bottom left, then up to the top "
     "left.", "bird", BR_BL_TL),
    ("Please show, from above, a cat that starts in the lower right-hand corner, climbs to the upper right-hand "
     "corner, and ends in the upper left-hand corner.", "cat", BR_TR_TL),
    ("The top-down video had a ball at the bottom right first, then at the top right, and at the top left by "
     "the end.", "ball", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 LVD prompts rewritten by hand as requests, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
