"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a slam poet's performance piece (line breaks written as " / ", lines said twice, "y'all", "crowd",
  "say it with me"), where the poet, the stage and the crowd are never in the video, and the piece is
  only ever about the clip's own objects;
- a medieval chronicler's annals ("In this year", "it came to pass", "the chronicler saw"), where the
  chronicler, the abbey and its brothers are never in the video, and no year is ever given a number;
- a poker player's table talk ("I'll see that", "all in", "read the table"), where the players, the
  cards, the chips and the table are never in the video, and no hand is named by a count.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the poet repeats only the count itself, the chronicler dates
nothing, the player names no pair, kind or stake). No voice uses a colour word for its own props, and no
idiom hides a class noun or a side ("right" is only ever a side, "left" never the past of "leave"). A
relation names its second object at both ends and says that object stays still; a route names its
corners "lower" and "upper", now and then "bottom" and "top", as people say both. It takes LVD's
attribution pairs 20-49, and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 164/180 on 5e4a56a (numeracy 22, attribution 29, visibility 26, dynamic_one 29, sequential 28,
dynamic_two 30); 166/180 on 4719d40, with every other planner fix of its session but its own (visibility 28); 180/180
after the fixes of its own commit (the chronicler who "saw nothing else therein", "no other thing appeared therein"; the
slam poet's "crowd" and "y'all", lines without a verb as phrases, refrains and colours said again, "none of them leaves"
on a line of its own, "and that's where it lands"; a poker player's closing remark, "That's the read.", leaving the one
thing whose halves were told).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Listen, y'all / one moving car / one moving car alone in the frame / from the start of the clip to the end / and "
     "nothing else in there, nothing else at all.",
     "car", 1),
    ("In this year two moving cars were seen in the frame from the beginning of the clip unto its end, and the "
     "chronicler saw nothing else therein.",
     "car", 2),
    ("Read the table: three moving cars in the frame from start to finish, and nothing else showing. I'll see that.",
     "car", 3),
    ("Four moving cars / I said four moving cars / in the frame the whole clip through / none of them leaves, y'all / "
     "and nothing else comes in beside them.",
     "car", 4),
    ("It came to pass that one lively cat stood in the frame for the whole of the clip, from its beginning to its end; "
     "and there was nothing else, as the chronicler saw.",
     "cat", 1),
    ("I'll see that and tell you what I read: two lively cats in the frame from start to finish, and nothing else in "
     "view.",
     "cat", 2),
    ("Three lively cats / three lively cats, crowd / in the frame at the start, in the frame at the end / and nothing "
     "else, nothing else, nothing else.",
     "cat", 3),
    ("In this year four lively cats abode in the frame all the clip long, from beginning to end, and the chronicler "
     "saw no other thing beside them.",
     "cat", 4),
    ("All in on this: one flying bird, alone in the frame from start to finish, and nothing else in sight. That's my "
     "read.",
     "bird", 1),
    ("Two flying birds / y'all hear me? two flying birds / in the frame from start to finish / and the rest of the "
     "frame? empty, empty, empty.",
     "bird", 2),
    ("It came to pass that three flying birds were in the frame from the start of the clip to its end, and no other "
     "thing appeared therein.",
     "bird", 3),
    ("Read the table with me: four flying birds, in the frame the whole clip, nothing else ever showing. I'll see that "
     "and raise.",
     "bird", 4),
    ("One moving ball / only that moving ball, crowd / in the frame from the start to the end / nothing else rolling "
     "with it.",
     "ball", 1),
    ("In this year the chronicler saw two moving balls in the frame from beginning to end, and nothing else was there.",
     "ball", 2),
    ("Three moving balls in the frame from start to finish and nothing else in play. I've read the table; I'm all in.",
     "ball", 3),
    ("Four moving balls / say it with me, four moving balls / in the frame the whole clip long / and nothing else, "
     "nothing else to see.",
     "ball", 4),
    ("It came to pass that one walking dog was seen in the frame from the clip's beginning unto its end, alone, and "
     "nothing else with it.",
     "dog", 1),
    ("I'll see that: two walking dogs, in the frame start to finish, and nothing else out there. Easy read.",
     "dog", 2),
    ("Three walking dogs / three walking dogs / walking in the frame from the start to the end / and nothing else, "
     "y'all, nothing else walks with them.",
     "dog", 3),
    ("In this year four walking dogs were in the frame for the whole of the clip, and the chronicler saw nothing else "
     "beside them.",
     "dog", 4),
    ("All in: one moving car, in the frame from the start to the finish, and nothing else on screen. Read it and weep.",
     "car", 1),
    ("Two lively cats / two lively cats / from the start of the clip to the end of the clip / they stay, they stay / "
     "and nothing else comes in.",
     "cat", 2),
    ("It came to pass that one flying bird alone was seen in the frame, from the beginning of the clip to the end, and "
     "nothing else.",
     "bird", 1),
    ("Read the table: four moving balls in the frame for the whole clip and nothing else. I'll see that bet.",
     "ball", 4),
    ("One walking dog / alone, crowd, alone / in the frame from start to finish / nothing else beside it / nothing "
     "else at all.",
     "dog", 1),
    ("In this year three moving cars were in the frame from the beginning of the clip to its end, and the chronicler "
     "saw nothing else.",
     "car", 3),
    ("Four lively cats, start to finish, in the frame, nothing else in view. I've read the table, and I'm all in.",
     "cat", 4),
    ("Three flying birds / in the frame at the start / in the frame at the end / three flying birds, y'all / and "
     "nothing else in that frame.",
     "bird", 3),
    ("It came to pass that one moving ball was in the frame from the beginning to the end of the clip, and beside it "
     "there was nothing.",
     "ball", 1),
    ("I'll see that and raise you: four walking dogs, in the frame start to finish, and nothing else showing.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("A brown ball / and an orange cat / side by side, y'all / in the frame from start to finish / brown ball, orange "
     "cat, say it back to me.",
     "ball", "brown", "cat", "orange"),
    ("In this year a gray dog and an orange ball were seen together in the frame from the beginning of the clip unto "
     "its end.",
     "dog", "gray", "ball", "orange"),
    ("Read the table: a yellow ball beside an orange cat, both in the frame the whole clip. I'll see that.",
     "ball", "yellow", "cat", "orange"),
    ("Purple dog / brown car / purple dog beside a brown car / in the frame the whole clip through / can you see it? I "
     "can see it.",
     "dog", "purple", "car", "brown"),
    ("It came to pass that a gray dog stood beside a blue car, and both were in the frame from the start of the clip "
     "to its end.",
     "dog", "gray", "car", "blue"),
    ("All in on a white car with an orange bird next to it, both in the frame start to finish. That's my read.",
     "car", "white", "bird", "orange"),
    ("A brown car / a blue bird beside it / the whole clip long, crowd / the whole clip long.",
     "car", "brown", "bird", "blue"),
    ("In this year the chronicler saw a blue car and a yellow cat side by side in the frame, from the beginning of the "
     "clip to its end.",
     "car", "blue", "cat", "yellow"),
    ("I'll see that: a gray cat with a yellow bird beside it, in the frame from start to finish.",
     "cat", "gray", "bird", "yellow"),
    ("White dog / black car / side by side / I said side by side, y'all / in the frame from the start to the end.",
     "dog", "white", "car", "black"),
    ("It came to pass that a red car and a brown bird abode together in the frame all the clip long.",
     "car", "red", "bird", "brown"),
    ("Read the table: a purple cat next to a green car, both in the frame the whole clip. I'm all in.",
     "cat", "purple", "car", "green"),
    ("A gray car / an orange dog / next to each other / next to each other from start to finish / hear me?",
     "car", "gray", "dog", "orange"),
    ("In this year a red cat and a gray dog were seen side by side in the frame from beginning to end, as the "
     "chronicler saw.",
     "cat", "red", "dog", "gray"),
    ("I'll see that bet: a red dog beside a gray car, in the frame from the start to the finish.",
     "dog", "red", "car", "gray"),
    ("Purple dog / yellow car / side by side the whole clip / purple and yellow, y'all, purple and yellow.",
     "dog", "purple", "car", "yellow"),
    ("It came to pass that a red cat lay beside a gray ball, and both remained in the frame from the beginning of the "
     "clip to its end.",
     "cat", "red", "ball", "gray"),
    ("Read the table: a brown cat and a blue dog, side by side, in the frame start to finish. That's the whole hand.",
     "cat", "brown", "dog", "blue"),
    ("A white dog / a red cat / together in the frame, crowd / together from the start / together at the end.",
     "dog", "white", "cat", "red"),
    ("In this year a yellow bird was seen perched beside an orange car, and both were in the frame all the clip long.",
     "bird", "yellow", "car", "orange"),
    ("All in: a green dog next to a blue car, both in the frame the whole clip. I'll see that.",
     "dog", "green", "car", "blue"),
    ("Black cat / brown ball / side by side / from the start of the clip to the end of it / black cat, brown ball, say "
     "it with me.",
     "cat", "black", "ball", "brown"),
    ("It came to pass that a purple car and a red cat stood together in the frame, from the beginning of the clip unto "
     "its end.",
     "car", "purple", "cat", "red"),
    ("I'll see that: a gray dog beside a brown cat, both in the frame from start to finish. Easy read.",
     "dog", "gray", "cat", "brown"),
    ("A black car / and a brown dog beside it / the whole clip, crowd / the whole clip, side by side.",
     "car", "black", "dog", "brown"),
    ("In this year the chronicler saw a yellow ball lying next to a pink dog, both in the frame from the beginning of "
     "the clip to its end.",
     "ball", "yellow", "dog", "pink"),
    ("Read the table: a gray cat and a white dog, next to each other in the frame the whole clip. I'm all in.",
     "cat", "gray", "dog", "white"),
    ("Yellow dog / orange car / side by side, y'all / in the frame from start to finish / yellow dog, orange car.",
     "dog", "yellow", "car", "orange"),
    ("It came to pass that a black bird perched beside a brown cat, and both abode in the frame all the clip long.",
     "bird", "black", "cat", "brown"),
    ("I'll see that: a white ball next to a red car, both in the frame from start to finish. That's my read.",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("First half / no car, y'all, no car / second half / a moving car appears in the frame / and it stays, it stays to "
     "the end.",
     "car"),
    ("In this year there was no car in the frame in the first half of the clip; but in the second half it came to pass "
     "that a moving car appeared, and it abode there unto the end.",
     "car"),
    ("Read the table: no car in the frame for the first half. Then, in the second half, a moving car shows up and "
     "stays to the end. I'll see that.",
     "car"),
    ("It came to pass that in the first half of the clip no cat was seen; and in the second half a lively cat appeared "
     "in the frame and remained.",
     "cat"),
    ("All in on the late arrival: no cat in the first half, then a lively cat appears in the second half and stays in "
     "the frame.",
     "cat"),
    ("No cat / no cat in the first half, crowd / and then, in the second half / a lively cat appears / and it stays, "
     "it stays in the frame to the end.",
     "cat"),
    ("I'll see that: the first half has no bird in the frame, and in the second half a flying bird appears and stays "
     "to the end.",
     "bird"),
    ("Empty first half, y'all / no bird / no bird / then the second half / a flying bird appears in the frame / and it "
     "does not go.",
     "bird"),
    ("In this year no bird was in the frame during the first half of the clip; in the second half a flying bird "
     "appeared, and the chronicler saw it stay until the end.",
     "bird"),
    ("The first half, listen / no ball in the frame / the second half, listen / a moving ball appears / and stays to "
     "the end.",
     "ball"),
    ("It came to pass that a moving ball, absent from the frame in the first half of the clip, appeared in the second "
     "half and abode there.",
     "ball"),
    ("Read the table: no ball in the first half. Second half, a moving ball appears in the frame and stays. I'm all in "
     "on that.",
     "ball"),
    ("In this year the walking dog came late: no dog was in the frame in the first half, and in the second half a "
     "walking dog appeared and remained to the end.",
     "dog"),
    ("I'll see that: no dog in the frame for the first half, and a walking dog appears in the second half and stays.",
     "dog"),
    ("No dog in the first half / I said no dog, crowd / but in the second half / a walking dog appears in the frame / "
     "and walks there till the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("In this year a moving car was in the frame in the first half of the clip; and it came to pass that in the second "
     "half it vanished, and no car was seen.",
     "car"),
    ("Read the table: a moving car in the frame for the first half, then gone. No car in the second half. I'll see "
     "that.",
     "car"),
    ("A moving car / in the first half, y'all / a moving car / then the second half / and no car, no car, no car.",
     "car"),
    ("All in: a lively cat in the frame for the first half, and in the second half no cat anywhere.",
     "cat"),
    ("Lively cat in the first half / lively cat, crowd / and then the second half comes / and the cat is gone / gone "
     "from the frame.",
     "cat"),
    ("It came to pass that a lively cat was seen in the frame during the first half of the clip, and in the second "
     "half it was gone, and no cat remained.",
     "cat"),
    ("A flying bird / in the frame for the first half / and then, y'all / the second half / no bird / no bird at all.",
     "bird"),
    ("In this year a flying bird abode in the frame for the first half of the clip, and in the second half it "
     "vanished, and the chronicler saw no bird.",
     "bird"),
    ("I'll see that: a flying bird in the frame for the first half, and no bird in the second half. Clean fold.",
     "bird"),
    ("Read the table: a moving ball in the frame in the first half, and in the second half the ball is gone.",
     "ball"),
    ("First half / a moving ball / in the frame, in the frame / second half / no ball / no ball anywhere.",
     "ball"),
    ("It came to pass that a moving ball was in the frame in the first half of the clip; in the second half it "
     "disappeared, and no ball was seen.",
     "ball"),
    ("A walking dog / in the first half, crowd / walking in the frame / and the second half? / no dog, no dog, gone.",
     "dog"),
    ("In this year a walking dog was seen in the frame in the first half of the clip, and in the second half there was "
     "no dog.",
     "dog"),
    ("I'll see that: a walking dog in the frame for the first half only, and no dog in the second half. That's the "
     "read.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("A moving car / from the left side of the frame / rolling, rolling, y'all / all the way to the right side of the "
     "frame.",
     "car", RIGHTWARD),
    ("In this year a moving car crossed the frame from the right side unto the left side, as the chronicler saw.",
     "car", LEFTWARD),
    ("Read the table: a moving car drives across the frame from the left side to the right side. I'll see that.",
     "car", RIGHTWARD),
    ("Right side of the frame / that's where the moving car begins / left side of the frame / that's where it ends, "
     "crowd.",
     "car", LEFTWARD),
    ("It came to pass that a moving car set out from the left side of the frame and drove until it reached the right "
     "side.",
     "car", RIGHTWARD),
    ("All in: a moving car drives from the right side of the frame over to the left side.",
     "car", LEFTWARD),
    ("I'll see that: a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("A lively cat / on the right side of the frame / runs, runs, runs / to the left side of the frame.",
     "cat", LEFTWARD),
    ("In this year a lively cat ran across the frame, from the left side to the right side.",
     "cat", RIGHTWARD),
    ("Read the table: a lively cat starts on the right side of the frame and finishes on the left side.",
     "cat", LEFTWARD),
    ("Left side to right side / y'all, left side to right side / a lively cat runs the whole frame.",
     "cat", RIGHTWARD),
    ("It came to pass that a lively cat ran from the right side of the frame to the left side, and the chronicler saw "
     "it.",
     "cat", LEFTWARD),
    ("In this year a flying bird flew from the left side of the frame across to the right side.",
     "bird", RIGHTWARD),
    ("All in: a flying bird flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("A flying bird / wings from the left side of the frame / wings to the right side of the frame / hear it, crowd? / "
     "left to right.",
     "bird", RIGHTWARD),
    ("It came to pass that a flying bird crossed the frame from the right side unto the left side.",
     "bird", LEFTWARD),
    ("I'll see that: a flying bird crosses the frame, starting on the left side and ending on the right side.",
     "bird", RIGHTWARD),
    ("From the right side of the frame / a flying bird / flies, flies / to the left side, y'all.",
     "bird", LEFTWARD),
    ("A moving ball / rolls from the left side of the frame / rolls, rolls / to the right side of the frame.",
     "ball", RIGHTWARD),
    ("In this year a moving ball rolled across the frame from the right side to the left side.",
     "ball", LEFTWARD),
    ("Read the table: a moving ball rolls from the left side of the frame to the right side. I'll see that.",
     "ball", RIGHTWARD),
    ("Right side of the frame, crowd / a moving ball starts there / and it rolls to the left side / it rolls to the "
     "left side.",
     "ball", LEFTWARD),
    ("It came to pass that a moving ball rolled from the left side of the frame until it came to the right side.",
     "ball", RIGHTWARD),
    ("All in: a moving ball rolls from the right side of the frame across to the left side.",
     "ball", LEFTWARD),
    ("I'll see that: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog / on the right side of the frame / walks, walks, walks / to the left side of the frame, y'all.",
     "dog", LEFTWARD),
    ("In this year a walking dog walked across the frame from the left side to the right side, as the chronicler saw.",
     "dog", RIGHTWARD),
    ("Read the table: a walking dog starts on the right side of the frame and walks to the left side.",
     "dog", LEFTWARD),
    ("From the left side / to the right side / a walking dog, crowd / crosses the whole frame.",
     "dog", RIGHTWARD),
    ("It came to pass that a walking dog walked from the right side of the frame unto the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still / the car stays still, y'all / and a dog walks from the left of the car / to the right of "
     "the car.",
     "dog", "car", RIGHTWARD),
    ("In this year a bird stood still, and a ball rolled from the right of the bird to the left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Read the table: the dog stays still, and a ball rolls from the left of the dog to the right of the dog. I'll see "
     "that.",
     "ball", "dog", RIGHTWARD),
    ("A cat that stays still / a ball that rolls / from the right of the cat / to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("It came to pass that a car drove from the left of the ball to the right of the ball, and the ball stayed still.",
     "car", "ball", RIGHTWARD),
    ("All in: the cat stays still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still / listen, the bird stays still / and a dog walks from the left of the bird / to the right "
     "of the bird.",
     "dog", "bird", RIGHTWARD),
    ("In this year a cat stayed still, and a dog walked from the right of the cat unto the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("I'll see that: a ball rolls from the left of the car to the right of the car, and the car stays still.",
     "ball", "car", RIGHTWARD),
    ("A dog walks / from the right of the cat / to the left of the cat / and the cat? y'all / the cat stays still.",
     "dog", "cat", LEFTWARD),
    ("It came to pass that a bird flew from the left of the ball to the right of the ball; the ball stayed still.",
     "bird", "ball", RIGHTWARD),
    ("Read the table: the ball stays still, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("The dog stays still / and a bird flies / from the left of the dog / to the right of the dog / flies, crowd, "
     "flies.",
     "bird", "dog", RIGHTWARD),
    ("In this year a car stayed still, and a bird flew from the right of the car to the left of the car, as the "
     "chronicler saw.",
     "bird", "car", LEFTWARD),
    ("All in: a car drives from the left of the cat to the right of the cat, and the cat stays still.",
     "car", "cat", RIGHTWARD),
    ("The ball stays still / the ball stays still / and a dog walks from the right of the ball / to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("It came to pass that a cat ran from the left of the ball to the right of the ball, and the ball stayed still.",
     "cat", "ball", RIGHTWARD),
    ("I'll see that: the ball stays still while a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("A bird that stays still, y'all / and a cat that runs / from the left of the bird / to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("In this year a dog walked from the right of the car unto the left of the car, and the car stayed still.",
     "dog", "car", LEFTWARD),
    ("Read the table: a bird flies from the left of the ball to the right of the ball, and the ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still / and the bird flies / from the right of the ball / to the left of the ball / hear me, "
     "crowd.",
     "bird", "ball", LEFTWARD),
    ("It came to pass that the ball stayed still and a car drove from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("All in: the dog stays still, and a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A dog walks / from the left of the car / to the right of the car / and the car stays still, y'all, stays still.",
     "dog", "car", RIGHTWARD),
    ("In this year a bird flew from the right of the ball to the left of the ball, while the ball stayed still.",
     "bird", "ball", LEFTWARD),
    ("I'll see that: the cat stays still, and a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still / and a dog walks / from the right of the car / to the left of the car.",
     "dog", "car", LEFTWARD),
    ("It came to pass that a dog stayed still, and a cat ran from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Read the table: a cat runs from the right of the ball to the left of the ball, and the ball stays still.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, y'all / a moving car / starts in the lower left corner / drives to the lower right corner / and "
     "ends in the upper right corner.",
     "car", BL_BR_TR),
    ("In this year, seen from above, a moving car went from the lower left corner to the upper left corner, and thence "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("Top-down view. Read the table: a moving car drives from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "car", BR_BL_TL),
    ("Top-down view / a moving car / lower right corner / upper right corner / upper left corner / that's the route, "
     "crowd.",
     "car", BR_TR_TL),
    ("It came to pass, as the chronicler saw from above, that a lively cat ran from the lower left corner to the lower "
     "right corner, and then to the upper right corner.",
     "cat", BL_BR_TR),
    ("I'll see that, top-down: a lively cat starts in the lower left corner, runs to the upper left corner, and ends "
     "in the upper right corner.",
     "cat", BL_TL_TR),
    ("Looking down from above / a lively cat / from the lower right corner / to the lower left corner / to the upper "
     "left corner, y'all.",
     "cat", BR_BL_TL),
    ("In this year, seen from overhead, a lively cat ran from the lower right corner to the upper right corner, and "
     "last to the upper left corner.",
     "cat", BR_TR_TL),
    ("All in, seen from above: a flying bird flies from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "bird", BL_BR_TR),
    ("From above, crowd / a flying bird / lower left corner, then upper left corner / then upper right corner / and "
     "that's where it lands.",
     "bird", BL_TL_TR),
    ("It came to pass that, seen from above, a flying bird flew from the lower right corner to the lower left corner, "
     "and thence to the upper left corner.",
     "bird", BR_BL_TL),
    ("Top-down view. I'll see that: a flying bird goes from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "bird", BR_TR_TL),
    ("Top-down, y'all / a moving ball rolls / from the lower left corner / to the lower right corner / to the upper "
     "right corner.",
     "ball", BL_BR_TR),
    ("In this year, as seen from above, a moving ball rolled from the lower left corner to the upper left corner, and "
     "then to the upper right corner.",
     "ball", BL_TL_TR),
    ("All in, top-down view: a moving ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from above / the moving ball starts / in the lower right corner / rolls to the upper right corner / and "
     "ends in the upper left corner.",
     "ball", BR_TR_TL),
    ("It came to pass that a walking dog, seen from overhead, walked from the lower left corner to the lower right "
     "corner and then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Read it from overhead: a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner. I'll see that.",
     "dog", BL_TL_TR),
    ("Top-down view, crowd / a walking dog / walks from the lower right corner / to the lower left corner / and on to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ("In this year, seen from above, a walking dog walked from the lower right corner to the upper right corner, and "
     "at last to the upper left corner.",
     "dog", BR_TR_TL),
    ("Top-down view, all in: a moving car drives from the bottom left corner to the bottom right corner and ends in "
     "the top right corner.",
     "car", BL_BR_TR),
    ("From overhead / a lively cat / bottom left corner / top left corner / top right corner / say it back to me.",
     "cat", BL_TL_TR),
    ("It came to pass that, seen from above, a flying bird flew from the bottom right corner to the bottom left "
     "corner, and then to the top left corner.",
     "bird", BR_BL_TL),
    ("I'll see that, seen from above: a moving ball rolls from the lower right corner to the upper right corner, then "
     "to the upper left corner.",
     "ball", BR_TR_TL),
    ("Seen from directly above / a walking dog / lower left corner to lower right corner / lower right corner to upper "
     "right corner.",
     "dog", BL_BR_TR),
    ("In this year, seen from overhead, a moving car drove from the lower left corner to the upper left corner, and "
     "then to the upper right corner.",
     "car", BL_TL_TR),
    ("Read the table, top-down: a lively cat runs from the lower right corner to the lower left corner, then to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("Top-down, y'all / a flying bird / from the lower right corner / up to the upper right corner / across to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("It came to pass that, seen from above, a moving ball rolled from the lower left corner to the lower right "
     "corner, and thence to the upper right corner.",
     "ball", BL_BR_TR),
    ("All in, viewed from overhead: a walking dog walks from the lower left corner to the upper left corner, then "
     "finishes in the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
