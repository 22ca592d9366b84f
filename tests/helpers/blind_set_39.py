"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at a third each:

- a teacher setting a drawing or animation exercise ("Today, class, you will animate ...", "Remember:
  ...", "Extra credit if ..."); the teacher, the class and the pupils are never things in the video;
- a dream-journal entry ("Last night I dreamt of ...", "in the dream ...", "I woke up before ..."), where
  the dreamer is never in the video and the dream's content is exactly the clip;
- a tourist's postcard or travel-blog aside ("Greetings from our trip! Today we saw ...", "Wish you were
  here"); the writer and the reader are never in the video, and the postcards name no place a reader
  could draw.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 10-39 and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 0165dd7 167/180 = 92.8% (numeracy 24, attribution 30, visibility 26,
one-object 29, two-object 30, sequential 28 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Today, class, you will animate one moving car, and only that car. Remember: nothing else goes in the "
     "frame.", "car", 1),
    ("Last night I dreamt of two cars moving along, and in the dream there was nothing else at all.", "car", 2),
    ("Greetings from our trip! Today we watched three cars go by, just those three and nothing else in view. "
     "Wish you were here!", "car", 3),
    ("Pupils, your exercise: animate four moving cars. Remember: draw nothing else but the four cars.",
     "car", 4),
    ("Dream journal. Last night I dreamt of one lively cat, all alone; in the dream nothing else was there.",
     "cat", 1),
    ("Greetings from our holiday! Today we saw two lively cats, and honestly nothing else in the picture. Wish "
     "you were here.", "cat", 2),
    ("Today, class, you will draw three lively cats. Remember: exactly three cats, and nothing else in the "
     "frame.", "cat", 3),
    ("I dreamt of four lively cats last night. In the dream there were only the four cats and nothing else.",
     "cat", 4),
    ("Postcard from our holiday: today we spotted one bird flying all by itself, nothing else around. Wish you "
     "were here!", "bird", 1),
    ("Animation exercise for the class: two flying birds, and nothing else. Extra credit if both birds keep "
     "flying the whole time.", "bird", 2),
    ("Last night I dreamt of three birds flying, with nothing else anywhere in the dream. I woke up still "
     "counting three.", "bird", 3),
    ("Greetings from our travels! Today we saw four birds in flight, and nothing else in sight. Wish you were "
     "here.", "bird", 4),
    ("Today, class, you will animate one moving ball. Remember: one ball only, nothing else in the scene.",
     "ball", 1),
    ("Dream entry: two balls moving, and in the dream that was everything; there was nothing else.", "ball", 2),
    ("Hello from the trip! Today's sight was three moving balls and nothing else. Wish you were here!",
     "ball", 3),
    ("Class exercise: draw four moving balls, no more and no fewer, and nothing else. Extra credit if they "
     "never stop moving.", "ball", 4),
    ("Last night I dreamt of one dog out walking, just the one, and nothing else in the dream.", "dog", 1),
    ("Greetings from abroad! Today we saw two dogs out walking, just the pair and nothing else. Wish you were "
     "here.", "dog", 2),
    ("Today, class, you will animate three walking dogs. Remember: only the three dogs, nothing else in the "
     "frame.", "dog", 3),
    ("In last night's dream four dogs were walking, and nothing else appeared in the dream at all.", "dog", 4),
    ("Greetings! Today we watched a single moving car, alone, with nothing else in view. Wish you were here.",
     "car", 1),
    ("Pupils, animate two lively cats for today's exercise. Remember: the two cats and nothing else.", "cat", 2),
    ("I dreamt of a single bird flying; in the dream there was nothing else, only that one bird.", "bird", 1),
    ("Hello from our holiday! Today we saw four balls, all moving, and nothing else at all. Wish you were "
     "here!", "ball", 4),
    ("Today, class, you will draw one walking dog and nothing else. Extra credit if the dog walks the whole "
     "time.", "dog", 1),
    ("Last night I dreamt of three moving cars and nothing else; in the dream, that was all there was.",
     "car", 3),
    ("Greetings from our trip! Today we met four lively cats, and there was nothing else in the picture. Wish "
     "you were here.", "cat", 4),
    ("Class exercise: animate two flying birds. Remember: nothing else in the frame, only those two birds.",
     "bird", 2),
    ("Dream journal: three dogs walking, and in the dream nothing else at all. I woke up before they stopped.",
     "dog", 3),
    ("Hello from the trip! Today we saw one moving ball, only one, with nothing else around it. Wish you were "
     "here.", "ball", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 10-39, in order.
_ATTRIBUTION = [
    ("Today, class, you will animate a yellow ball and a pink dog side by side. Remember: both stay in the "
     "frame the whole time.", "ball", "yellow", "dog", "pink"),
    ("Last night I dreamt of a pink bird perched beside a gray ball; both were there for the whole dream.",
     "bird", "pink", "ball", "gray"),
    ("Greetings from our trip! Today we saw a gray dog sitting next to a purple car. Wish you were here!",
     "dog", "gray", "car", "purple"),
    ("Pupils, draw a green cat next to a purple ball. Extra credit if both stay in view from start to end.",
     "cat", "green", "ball", "purple"),
    ("I dreamt of a green dog and a gray ball; in the dream they stayed together the whole time.",
     "dog", "green", "ball", "gray"),
    ("Hello from abroad! Today we saw a yellow ball with a pink bird right beside it. Wish you were here.",
     "ball", "yellow", "bird", "pink"),
    ("Today, class, you will animate a pink cat and a yellow dog. Remember: keep both in the frame throughout.",
     "cat", "pink", "dog", "yellow"),
    ("Last night I dreamt of a brown car with a yellow ball resting near it, both there until I woke.",
     "car", "brown", "ball", "yellow"),
    ("Greetings from our holiday! Today we spotted a brown car and a white dog waiting beside it. Wish you "
     "were here!", "car", "brown", "dog", "white"),
    ("Class exercise: draw an orange dog sitting by a brown car. Remember: both stay visible the whole time.",
     "dog", "orange", "car", "brown"),
    ("Dream journal: a brown ball and an orange cat, together for the whole dream.",
     "ball", "brown", "cat", "orange"),
    ("Hello from the trip! Today we saw a gray dog playing with an orange ball. Wish you were here.",
     "dog", "gray", "ball", "orange"),
    ("Today, class, you will animate an orange cat beside a yellow ball. Extra credit if the cat keeps looking "
     "at the ball.", "cat", "orange", "ball", "yellow"),
    ("Last night I dreamt of a purple dog sitting by a brown car, and both stayed in the dream until the end.",
     "dog", "purple", "car", "brown"),
    ("Greetings from our travels! Today we saw a gray dog next to a blue car. Wish you were here!",
     "dog", "gray", "car", "blue"),
    ("Pupils, your exercise: a white car with an orange bird perched near it. Remember: both in view from "
     "start to finish.", "car", "white", "bird", "orange"),
    ("I dreamt of a blue bird perched on a brown car; in the dream neither ever left.",
     "bird", "blue", "car", "brown"),
    ("Hello from abroad! Today we saw a yellow cat sitting beside a blue car. Wish you were here.",
     "cat", "yellow", "car", "blue"),
    ("Today, class, you will draw a gray cat watching a yellow bird. Remember: both stay in the frame.",
     "cat", "gray", "bird", "yellow"),
    ("Last night I dreamt of a white dog beside a black car, both there the whole dream.",
     "dog", "white", "car", "black"),
    ("Greetings from our holiday! Today we saw a brown bird perched near a red car. Wish you were here!",
     "bird", "brown", "car", "red"),
    ("Class exercise: animate a purple cat next to a green car. Extra credit if both stay in view throughout.",
     "cat", "purple", "car", "green"),
    ("Dream journal: an orange dog sitting beside a gray car, both present from the start of the dream to its "
     "end.", "dog", "orange", "car", "gray"),
    ("Hello from the trip! Today we met a red cat and a gray dog side by side. Wish you were here.",
     "cat", "red", "dog", "gray"),
    ("Today, class, you will animate a red dog next to a gray car. Remember: both are visible the whole time.",
     "dog", "red", "car", "gray"),
    ("Last night I dreamt of a purple dog and a yellow car, and both stayed in the dream the whole time.",
     "dog", "purple", "car", "yellow"),
    ("Greetings from our travels! Today we saw a red cat batting at a gray ball. Wish you were here!",
     "cat", "red", "ball", "gray"),
    ("Pupils, draw a brown cat and a blue dog together. Remember: keep both in the frame from start to end.",
     "cat", "brown", "dog", "blue"),
    ("I dreamt of a white dog lying near a red cat; in the dream both stayed the whole time.",
     "dog", "white", "cat", "red"),
    ("Hello from abroad! Today we saw a yellow bird perched by an orange car. Wish you were here.",
     "bird", "yellow", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Today, class, you will animate a moving car that is absent for the first half. Remember: it appears in "
     "the second half and stays until the end.", "car"),
    ("Last night I dreamt of an empty scene for the first half of the dream; in the second half a moving car "
     "appeared and stayed.", "car"),
    ("Greetings from our trip! Today we watched for a while: no car during the first half, then in the second "
     "half a moving car showed up and stayed. Wish you were here.", "car"),
    ("Pupils, your exercise: no cat in the first half; in the second half, a lively cat appears and stays to "
     "the end.", "cat"),
    ("In last night's dream there was no cat in the first half. In the second half a lively cat appeared, and "
     "it was still there when I woke.", "cat"),
    ("Hello from abroad! Today we waited: for the first half, no cat; for the second half, a lively cat was "
     "there. Wish you were here!", "cat"),
    ("Today, class, you will animate a flying bird that comes into view only in the second half. Remember: no "
     "bird in the first half.", "bird"),
    ("Dream journal: for the first half of the dream, no bird. Then, in the second half, a bird flew in and "
     "stayed.", "bird"),
    ("Greetings from our holiday! No bird for the first half, and then in the second half a bird flew into "
     "view and stayed. Wish you were here!", "bird"),
    ("Class exercise: the first half has no ball; in the second half a moving ball appears. Remember: once it "
     "appears, it stays until the end.", "ball"),
    ("Last night I dreamt of a moving ball that was missing for the first half of the dream and showed up in "
     "the second half.", "ball"),
    ("Hello from the trip! For the first half we saw no ball, and in the second half a moving ball rolled into "
     "view and stayed. Wish you were here.", "ball"),
    ("Today, class, you will animate a walking dog who is not there in the first half. Remember: the dog "
     "appears in the second half and stays.", "dog"),
    ("I dreamt that for the first half there was no dog; in the second half of the dream a walking dog came "
     "into view.", "dog"),
    ("Greetings from our travels! No dog at all for the first half, then in the second half a walking dog "
     "strolled into view and stayed. Wish you were here!", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Today, class, you will animate a moving car that is there for the first half only. Remember: no car in "
     "the second half.", "car"),
    ("Last night I dreamt of a moving car during the first half of the dream; in the second half the car was "
     "gone.", "car"),
    ("Greetings from our trip! A moving car was in view for the first half, then in the second half there was "
     "no car at all. Wish you were here.", "car"),
    ("Pupils, your exercise: a lively cat in the first half, then no cat in the second half. Remember: it does "
     "not come back.", "cat"),
    ("In last night's dream a lively cat was there for the first half. In the second half it vanished and "
     "never returned.", "cat"),
    ("Hello from abroad! We saw a lively cat for the first half, and in the second half the cat was gone. Wish "
     "you were here!", "cat"),
    ("Today, class, you will animate a flying bird that leaves at the halfway point. Remember: no bird in the "
     "second half.", "bird"),
    ("Dream journal: a bird flying in the first half of the dream; by the second half there was no bird left.",
     "bird"),
    ("Greetings from our holiday! A bird was flying around for the first half, then gone for the whole second "
     "half. Wish you were here.", "bird"),
    ("Class exercise: a moving ball in the first half only. Remember: the second half shows no ball at all.",
     "ball"),
    ("Last night I dreamt of a moving ball that was there during the first half and missing for the second "
     "half.", "ball"),
    ("Hello from the trip! A moving ball was in view in the first half, and no ball in the second half. Wish "
     "you were here!", "ball"),
    ("Today, class, you will animate a walking dog for the first half. Remember: in the second half there is "
     "no dog.", "dog"),
    ("I dreamt of a walking dog in the first half of the dream; in the second half the dog was gone.", "dog"),
    ("Greetings from our travels! A dog was out walking for the first half, and then no dog for the second "
     "half. Wish you were here.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Today, class, you will animate a moving car driving from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Last night I dreamt of a moving car that drove across from left to right.", "car", RIGHTWARD),
    ("Greetings from our trip! Today we watched a car drive from the left of our view to the right. Wish you "
     "were here.", "car", RIGHTWARD),
    ("Pupils, animate a car driving from right to left across the frame. Remember: it starts on the right "
     "side.", "car", LEFTWARD),
    ("In last night's dream a moving car drove from the right side to the left side.", "car", LEFTWARD),
    ("Hello from abroad! Today we saw a car cross our view from right to left. Wish you were here!",
     "car", LEFTWARD),
    ("Today, class, you will animate a lively cat walking from left to right across the frame.",
     "cat", RIGHTWARD),
    ("Dream journal: a lively cat walked from the left side to the right side, and I woke up before it "
     "stopped.", "cat", RIGHTWARD),
    ("Greetings from our holiday! Today we watched a cat stroll from left to right. Wish you were here.",
     "cat", RIGHTWARD),
    ("Class exercise: a lively cat walks from the right side to the left side. Remember: right to left.",
     "cat", LEFTWARD),
    ("Last night I dreamt of a lively cat walking from right to left.", "cat", LEFTWARD),
    ("Hello from the trip! Today we watched a cat walk from the right side to the left side. Wish you were "
     "here!", "cat", LEFTWARD),
    ("Today, class, you will animate a flying bird crossing from the left side of the frame to the right.",
     "bird", RIGHTWARD),
    ("I dreamt of a flying bird that crossed from the left to the right.", "bird", RIGHTWARD),
    ("Greetings from our travels! Today we watched a bird fly from left to right. Wish you were here.",
     "bird", RIGHTWARD),
    ("Pupils, your exercise: a bird flying from the right side to the left side. Remember: it never turns "
     "back.", "bird", LEFTWARD),
    ("Dream journal: a flying bird went from the right to the left, and nothing more happened.",
     "bird", LEFTWARD),
    ("Hello from abroad! Today a bird flew across from right to left as we watched. Wish you were here!",
     "bird", LEFTWARD),
    ("Today, class, you will animate a ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Last night I dreamt of a moving ball rolling from left to right.", "ball", RIGHTWARD),
    ("Greetings from our trip! Today we watched a ball roll from the left to the right. Wish you were here.",
     "ball", RIGHTWARD),
    ("Class exercise: a moving ball travels from right to left. Extra credit if it rolls smoothly.",
     "ball", LEFTWARD),
    ("In last night's dream a ball rolled from the right side to the left side.", "ball", LEFTWARD),
    ("Hello from the trip! Today we saw a ball roll from right to left. Wish you were here!", "ball", LEFTWARD),
    ("Today, class, you will animate a walking dog going from the left side to the right side of the frame.",
     "dog", RIGHTWARD),
    ("I dreamt of a dog walking from left to right, the whole way across.", "dog", RIGHTWARD),
    ("Greetings from our holiday! Today we watched a dog walk from the left side to the right side. Wish you "
     "were here.", "dog", RIGHTWARD),
    ("Pupils, animate a walking dog moving from right to left. Remember: start it on the right side.",
     "dog", LEFTWARD),
    ("Last night I dreamt of a walking dog that went from the right to the left.", "dog", LEFTWARD),
    ("Hello from abroad! Today a dog walked from right to left while we watched. Wish you were here!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order.
_DYNAMIC_TWO = [
    ("Today, class, you will animate a parked car that stays still while a bird flies from the left of the car "
     "to the right of the car.", "bird", "car", RIGHTWARD),
    ("Last night I dreamt of a bird perched still while a car drove from the right of the bird to the left of "
     "the bird.", "car", "bird", LEFTWARD),
    ("Greetings from our trip! A cat sat still while a bird flew from the left of the cat to the right of the "
     "cat. Wish you were here.", "bird", "cat", RIGHTWARD),
    ("Pupils, your exercise: a bird stays still, and a car drives from the right of the bird to the left of "
     "the bird.", "car", "bird", LEFTWARD),
    ("In last night's dream a dog stood still and a bird flew from the left of the dog to the right of the "
     "dog.", "bird", "dog", RIGHTWARD),
    ("Hello from abroad! Today a cat sat without moving while a dog walked from the right of the cat to the "
     "left of the cat. Wish you were here!", "dog", "cat", LEFTWARD),
    ("Class exercise: a dog stays put while a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Dream journal: a cat sitting still, and a bird flying from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Greetings from our holiday! A ball lay still while a car drove from the left of the ball to the right of "
     "the ball. Wish you were here.", "car", "ball", RIGHTWARD),
    ("Today, class, you will animate a bird that stays still and a cat walking from the right of the bird to "
     "the left of the bird.", "cat", "bird", LEFTWARD),
    ("Last night I dreamt of a parked car that never moved and a dog walking from the left of the car to the "
     "right of the car.", "dog", "car", RIGHTWARD),
    ("Hello from the trip! A bird stood still while a ball rolled from the right of the bird to the left of the "
     "bird. Wish you were here!", "ball", "bird", LEFTWARD),
    ("Pupils, animate a dog that stays still while a ball rolls from the left of the dog to the right of the "
     "dog.", "ball", "dog", RIGHTWARD),
    ("I dreamt of a cat sitting still as a ball rolled from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Greetings from our travels! The ball stayed put while a car drove from the left of the ball to the right "
     "of the ball. Wish you were here.", "car", "ball", RIGHTWARD),
    ("Class exercise: a cat stays still and a bird flies from the right of the cat to the left of the cat. "
     "Remember: the cat never moves.", "bird", "cat", LEFTWARD),
    ("In last night's dream a bird perched still while a dog walked from the left of the bird to the right of "
     "the bird.", "dog", "bird", RIGHTWARD),
    ("Hello from abroad! A cat sat still and a dog walked from the right of the cat over to the left of the "
     "cat. Wish you were here!", "dog", "cat", LEFTWARD),
    ("Today, class, you will animate a parked car that stays still while a ball rolls from the left of the car "
     "to the right of the car.", "ball", "car", RIGHTWARD),
    ("Dream journal: the cat stayed still while a dog walked from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Greetings from our trip! A ball rested in place while a bird flew from the left of the ball to the right "
     "of the ball. Wish you were here.", "bird", "ball", RIGHTWARD),
    ("Pupils, your exercise: a ball that stays still, with a bird flying from the right of the ball to the "
     "left of the ball.", "bird", "ball", LEFTWARD),
    ("Last night I dreamt of a dog standing still while a bird flew from the left of the dog to the right of "
     "the dog.", "bird", "dog", RIGHTWARD),
    ("Hello from the trip! A car stayed parked while a bird flew from the right of the car to the left of the "
     "car. Wish you were here!", "bird", "car", LEFTWARD),
    ("Class exercise: a cat sits still while a car drives from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("I dreamt of a ball lying still and a dog walking from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Greetings from our holiday! The ball didn't move while a cat walked from the left of the ball to the "
     "right of the ball. Wish you were here.", "cat", "ball", RIGHTWARD),
    ("Today, class, you will animate a ball that stays still and a dog walking from the right of the ball to "
     "the left of the ball.", "dog", "ball", LEFTWARD),
    ("In last night's dream a bird stayed still and a cat walked from the left of the bird to the right of the "
     "bird.", "cat", "bird", RIGHTWARD),
    ("Hello from abroad! A parked car stayed still while a dog walked from the right of the car to the left of "
     "the car. Wish you were here!", "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Today, class, you will animate a car seen from directly above: it starts in the lower left corner, "
     "drives to the lower right corner, then to the upper right corner.", "car", BL_BR_TR),
    ("Last night I dreamt of a top-down view of a cat: it started in the bottom left corner, walked up to the "
     "top left corner, then over to the top right corner.", "cat", BL_TL_TR),
    ("Greetings from our trip! Today we looked straight down from above and watched a bird fly from the lower "
     "right corner to the lower left corner, then up to the upper left corner. Wish you were here.",
     "bird", BR_BL_TL),
    ("Pupils, your exercise is a top-down view: a ball starts in the bottom right corner, rolls up to the top "
     "right corner, then across to the top left corner.", "ball", BR_TR_TL),
    ("Dream journal, seen from above: a dog started in the lower left corner, walked to the lower right "
     "corner, and ended in the upper right corner.", "dog", BL_BR_TR),
    ("Hello from abroad! Seen from above, a car drove from the bottom left corner up to the top left corner, "
     "then across to the top right corner. Wish you were here!", "car", BL_TL_TR),
    ("Class exercise, top-down view: a cat begins in the lower right corner, walks to the lower left corner, "
     "and finishes in the upper left corner.", "cat", BR_BL_TL),
    ("In last night's dream, seen from straight overhead, a bird flew from the bottom right corner up to the "
     "top right corner, then over to the top left corner.", "bird", BR_TR_TL),
    ("Greetings from our holiday! From directly above we watched a ball roll from the lower left corner to the "
     "lower right corner, then up to the upper right corner. Wish you were here.", "ball", BL_BR_TR),
    ("Today, class, you will animate a top-down view of a dog: lower left corner first, then the upper left "
     "corner, and last the upper right corner.", "dog", BL_TL_TR),
    ("Last night I dreamt of a car seen from above, driving from the bottom right corner to the bottom left "
     "corner, then up to the top left corner.", "car", BR_BL_TL),
    ("Hello from the trip! Looking down from above, we saw a cat walk from the lower right corner up to the "
     "upper right corner, then over to the upper left corner. Wish you were here!", "cat", BR_TR_TL),
    ("Pupils, animate a bird in a top-down view: it starts in the bottom left corner, flies to the bottom "
     "right corner, then to the top right corner.", "bird", BL_BR_TR),
    ("I dreamt of a ball seen from overhead: it rolled from the lower left corner up to the upper left corner, "
     "then across to the upper right corner.", "ball", BL_TL_TR),
    ("Greetings from our travels! From straight above, we watched a dog walk from the bottom right corner to "
     "the bottom left corner, then up to the top left corner. Wish you were here.", "dog", BR_BL_TL),
    ("Class exercise, seen from above: a car starts in the lower right corner, drives up to the upper right "
     "corner, then over to the upper left corner. Remember: three corners, in that order.", "car", BR_TR_TL),
    ("Dream journal, top-down view: a cat walked from the bottom left corner to the bottom right corner, then "
     "up to the top right corner.", "cat", BL_BR_TR),
    ("Hello from abroad! Seen from above, a bird flew from the lower left corner up to the upper left corner, "
     "then across to the upper right corner. Wish you were here!", "bird", BL_TL_TR),
    ("Today, class, you will animate a top-down view of a ball rolling from the bottom right corner to the "
     "bottom left corner, then up to the top left corner.", "ball", BR_BL_TL),
    ("Last night I dreamt of a dog seen from directly overhead: it walked from the lower right corner to the "
     "upper right corner, then to the upper left corner.", "dog", BR_TR_TL),
    ("Greetings from our trip! From above, we watched a car drive from the bottom left corner to the bottom "
     "right corner, then up to the top right corner. Wish you were here.", "car", BL_BR_TR),
    ("Pupils, your exercise, viewed from above: a cat starts in the lower left corner, walks up to the upper "
     "left corner, then across to the upper right corner.", "cat", BL_TL_TR),
    ("In last night's dream, seen from above, a bird flew from the bottom right corner to the bottom left "
     "corner, and then up to the top left corner.", "bird", BR_BL_TL),
    ("Hello from the trip! Looking straight down, we saw a ball roll from the lower right corner up to the "
     "upper right corner, then over to the upper left corner. Wish you were here!", "ball", BR_TR_TL),
    ("Class exercise, top-down view: a dog walks from the bottom left corner to the bottom right corner, then "
     "up to the top right corner. Remember: the dog visits the corners in that order.", "dog", BL_BR_TR),
    ("I dreamt of a car seen from straight above: lower left corner first, then the upper left corner, then "
     "the upper right corner.", "car", BL_TL_TR),
    ("Greetings from our holiday! From overhead we watched a cat walk from the bottom right corner to the "
     "bottom left corner, then up to the top left corner. Wish you were here.", "cat", BR_BL_TL),
    ("Today, class, you will animate a bird from a top-down view: it flies from the lower right corner up to "
     "the upper right corner, then to the upper left corner.", "bird", BR_TR_TL),
    ("Dream journal, viewed from above: a ball rolled from the bottom left corner to the bottom right corner, "
     "then up to the top right corner.", "ball", BL_BR_TR),
    ("Hello from abroad! Seen from directly above, a dog walked from the lower left corner up to the upper "
     "left corner, then across to the upper right corner. Wish you were here!", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
