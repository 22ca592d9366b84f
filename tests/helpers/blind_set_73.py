"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a tabletop wargame battle report ("Turn 2:", "my flank", "rolled well", "the dice were kind"), where the
  players, the table, the dice and the terrain are never in the video, and the report's units are only
  ever the clip's own objects;
- a choir director's rehearsal notes to the singers ("Sopranos, listen:", "Altos", "from the top"), where
  the director, the choir and the hall are never in the video, and each note says plainly what the clip
  shows; "from the top" is kept out of the routes, so every "top" there is a corner;
- a fishing guide's trip report ("Water was glassy", "no bites till noon"), where the guide, the boat,
  the anglers, the fish and the water are never in the video, and the report says plainly what the
  clip shows.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no turn numbers there: "from the opening turn to the last").
No voice uses a colour word for its own props or weather, and no idiom hides a class noun or a side.
A relation names its second object at both ends and says that object stays still; a route names its
corners "lower" and "upper", now and then "bottom" and "top". It takes LVD's attribution pairs 30-59,
and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 171/180 on 5e4a56a (numeracy 26, visibility 27, dynamic_two 29, sequential 29, the rest 30);
179/180 after the fixes of its own commits ("Rolled well this game." an occasion, "Hold that picture" and "The
picture is two moving balls" the scene, a time across a colon another clause's, one object left once a non-thing is
dropped read by its halves, "it" never the dice that "were", and a "from" answer to "where does the bird go?" its
route); 180/180 once "a bad roll" after "to" is read as an act, not a thing "bad" that rolls (so the car said gone
is the one car).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Battle report, short version: my whole force was one moving car. It held the frame from the opening turn to the "
     "last, and nothing else ever took the field.", "car", 1),
    ("Sopranos, listen: picture two moving cars, in the frame from the very start to the very end, and nothing else "
     "in view. Hold that picture as we go from the top.", "car", 2),
    ("Trip report. Water was glassy and there were no bites till noon, so here is what the clip shows instead: three "
     "moving cars, in the frame from start to finish, and nothing else.", "car", 3),
    ("My flank held all game: four moving cars, in the frame from start to finish, none of them lost, and nothing "
     "else ever took the field.", "car", 4),
    ("Altos, from the top, and keep this image in your heads: a lively cat, alone in the frame from start to finish. "
     "Nothing else. Just one lively cat, the whole way through.", "cat", 1),
    ("No bites till noon, so I'll tell you about the clip instead: two lively cats, in the frame the whole time, "
     "beginning to end, and nothing else anywhere in it.", "cat", 2),
    ("Rolled well this game. Three lively cats held the frame from start to finish, and nothing else ever came near "
     "them.", "cat", 3),
    ("Tenors, listen: this is four lively cats, in the frame from the opening bar to the final bar, and nothing else. "
     "Sing it like you can see all four of them the whole time.", "cat", 4),
    ("Water was glassy all morning. One flying bird, alone in the frame from start to finish, nothing else in sight. "
     "That was the whole trip, really.", "bird", 1),
    ("I ran two flying birds as scouts this game, and both stayed in the frame from start to finish. Nothing else "
     "ever took the field against them.", "bird", 2),
    ("Sopranos, listen: three flying birds, in the frame the whole piece, start to finish. Nothing else is in the "
     "picture, so don't sing as if there is.", "bird", 3),
    ("Slow day, no bites till noon. What the clip shows: four flying birds, in the frame from the beginning to the "
     "end, and not a thing else.", "bird", 4),
    ("Quiet game on my side. A single moving ball, in the frame from start to finish, and nothing else deployed "
     "against it. The dice were kind, too.", "ball", 1),
    ("From the top, everyone. The picture is two moving balls, in the frame from the very start to the very end, with "
     "nothing else beside them.", "ball", 2),
    ("Three moving balls, in the frame from start to finish, and nothing else showed up all day. Water was glassy the "
     "whole time, for the record.", "ball", 3),
    ("Turn after turn, my four moving balls stayed in the frame, from start to finish, and nothing else ever reached "
     "the field.", "ball", 4),
    ("Basses, listen: one walking dog, in the frame from start to finish, and nothing else. Keep it that simple when "
     "you sing it.", "dog", 1),
    ("Report from today: two walking dogs, in the frame from beginning to end, and nothing else in sight. No bites "
     "till noon, if anyone asks.", "dog", 2),
    ("My flank was three walking dogs, and they held the frame from start to finish. My opponent fielded nothing at "
     "all.", "dog", 3),
    ("Altos, four walking dogs: in the frame the whole clip, start to finish, and nothing else in it. Hold that image "
     "and take it from the top.", "dog", 4),
    ("Two moving cars, in the frame from start to finish, and nothing else: that's the day in a sentence. Water was "
     "glassy and there were no bites till noon.", "car", 2),
    ("Turn report: three lively cats held the frame from the opening turn to the last, and nothing else set foot in "
     "it. Rolled well all game.", "cat", 3),
    ("Sopranos, from the top: four flying birds in the frame, start to finish, and nothing else. Let them stay there "
     "the whole way through.", "bird", 4),
    ("Slow morning, no bites till noon. As for the clip: two moving balls in the frame from beginning to end, with "
     "nothing else in view.", "ball", 2),
    ("Battle report: three walking dogs on my flank, in the frame from start to finish, and nothing else on the field "
     "the whole game.", "dog", 3),
    ("Tenors, listen: four moving cars, in the frame from the very start and still there at the very end, and nothing "
     "else. Now from the top.", "car", 4),
    ("Water was glassy. The clip: one lively cat, in the frame from start to finish, and nothing else around it.",
     "cat", 1),
    ("Rolled well and kept it simple: two flying birds, in the frame from start to finish, nothing else on the field.",
     "bird", 2),
    ("Everyone, listen: three moving balls, in the frame from the opening bar to the final bar, and nothing else. "
     "From the top.", "ball", 3),
    ("Guide's notes for the day: two walking dogs, in the frame the whole clip, and nothing else in sight. No bites "
     "till noon.", "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Turn 2: my red car dug in with a brown bird beside it, and both held the frame from start to finish.",
     "car", "red", "bird", "brown"),
    ("Sopranos, listen: a purple cat and a green car, side by side in the frame the whole clip. Sing it warmly.",
     "cat", "purple", "car", "green"),
    ("No bites till noon, but the clip was worth it: a gray car and an orange dog, side by side in the frame from "
     "start to finish.", "car", "gray", "dog", "orange"),
    ("My flank: a red cat and a gray dog, shoulder to shoulder, and both held the frame from start to finish. Rolled "
     "well.", "cat", "red", "dog", "gray"),
    ("From the top: a red dog beside a gray car, both in the frame for the whole clip. Altos, keep them together.",
     "dog", "red", "car", "gray"),
    ("Water was glassy. What I can report: a purple dog next to a yellow car, both in the frame the whole clip.",
     "dog", "purple", "car", "yellow"),
    ("Turn 3 went my way. A red cat holding its ground beside a gray ball, and both stayed in the frame to the end.",
     "cat", "red", "ball", "gray"),
    ("Tenors, listen: a brown cat and a blue dog, side by side, in the frame from beginning to end. Don't rush it.",
     "cat", "brown", "dog", "blue"),
    ("Slow morning on glassy water. The clip: a white dog and a red cat, together in the frame from start to finish.",
     "dog", "white", "cat", "red"),
    ("Battle report: a yellow bird perched by an orange car, both holding the frame the whole game.",
     "bird", "yellow", "car", "orange"),
    ("Basses, from the top: a green dog and a blue car, next to each other in the frame the whole way through.",
     "dog", "green", "car", "blue"),
    ("A black cat lying beside a brown ball, both in the frame from start to finish. No bites till noon, so I watched "
     "that instead.", "cat", "black", "ball", "brown"),
    ("Rolled well on turn 4: a purple car and a red cat, side by side in the frame, and neither quit it before the "
     "end.", "car", "purple", "cat", "red"),
    ("Sopranos, listen: a gray dog and a brown cat, together in the frame from the opening bar to the last.",
     "dog", "gray", "cat", "brown"),
    ("Water was glassy. In the clip, a black car with a brown dog beside it, both in view the whole time.",
     "car", "black", "dog", "brown"),
    ("My flank was a yellow ball and a pink dog, side by side, and both held the frame from start to finish.",
     "ball", "yellow", "dog", "pink"),
    ("Altos: a gray cat next to a white dog, both in the frame the whole clip. Hold them together, from the top.",
     "cat", "gray", "dog", "white"),
    ("No bites till noon. What the clip holds: a yellow dog beside an orange car, both in the frame from beginning to "
     "end.", "dog", "yellow", "car", "orange"),
    ("Turn report: a black bird and a brown cat, side by side in the frame the whole game. The dice loved me.",
     "bird", "black", "cat", "brown"),
    ("Tenors, listen: there's a white ball beside a red car, and they're in the frame together from start to finish.",
     "ball", "white", "car", "red"),
    ("Glassy water again. The clip: a white ball and a black cat, side by side in the frame the whole way through.",
     "ball", "white", "cat", "black"),
    ("Rolled well this game: a yellow cat with a pink ball at its side, both in the frame from start to finish.",
     "cat", "yellow", "ball", "pink"),
    ("From the top, everyone: a black car and an orange bird, side by side in the frame for the whole clip.",
     "car", "black", "bird", "orange"),
    ("Slow day on the water. The clip shows an orange ball next to a brown car, both in view from start to finish.",
     "ball", "orange", "car", "brown"),
    ("Turn 5: a gray bird and a green cat held the frame together from start to finish, and nothing could shift them.",
     "bird", "gray", "cat", "green"),
    ("Sopranos, listen: a blue car and a red cat, next to each other in the frame from beginning to end.",
     "car", "blue", "cat", "red"),
    ("No bites till noon. A white ball beside a black car, both in the frame the whole clip; that's the report.",
     "ball", "white", "car", "black"),
    ("My flank: a green bird perched next to a white ball, both in the frame from start to finish. Rolled well.",
     "bird", "green", "ball", "white"),
    ("Basses: a blue ball and a yellow dog, side by side in the frame the whole clip. From the top, please.",
     "ball", "blue", "dog", "yellow"),
    ("Water was glassy, and in the clip a yellow bird sits beside a blue ball, both in the frame from start to "
     "finish.", "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Turn report: no car in the frame for the first half. In the second half a moving car arrived as reinforcements "
     "and held the frame to the end.", "car"),
    ("Sopranos, listen: for the first half there is no car at all. In the second half a moving car appears, and it "
     "stays to the end.", "car"),
    ("No bites till noon, and no car in the frame for the first half either. In the second half a moving car showed "
     "up and stayed till the end.", "car"),
    ("My reserves came on late: no cat in the frame in the first half, then a lively cat appeared in the second half "
     "and stayed to the end.", "cat"),
    ("Altos, from the top: the first half has no cat in it. Then a lively cat appears in the second half and stays in "
     "the frame.", "cat"),
    ("Water was glassy and nothing doing in the first half: no cat in the frame. In the second half a lively cat "
     "turned up and stuck around to the end.", "cat"),
    ("Battle report: in the first half, no bird on the field. In the second half a flying bird came in and held the "
     "frame to the end.", "bird"),
    ("Tenors, listen: no bird in the first half. In the second half a flying bird appears in the frame and stays "
     "there to the end.", "bird"),
    ("The first half was empty, no bird in the frame. Then, in the second half, a flying bird came into view and "
     "stayed till the end. Typical day: no bites till noon either.", "bird"),
    ("Turn report: no ball in the frame through the first half. In the second half a moving ball appeared and held "
     "the frame to the end. Rolled well.", "ball"),
    ("Basses, listen: in the first half there is no ball. In the second half a moving ball appears and stays until "
     "the end.", "ball"),
    ("No ball in the frame for the first half, quiet as the water. In the second half a moving ball showed up and "
     "stayed in view to the end.", "ball"),
    ("My last unit arrived late: no dog in the first half, then a walking dog came into the frame in the second half "
     "and stayed to the end.", "dog"),
    ("Sopranos: the first half has no dog. In the second half a walking dog appears in the frame and stays to the "
     "end. From the top.", "dog"),
    ("Glassy water, no bites till noon, and no dog in the frame in the first half. In the second half a walking dog "
     "appeared and stayed till the end.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Turn report: a moving car held the frame in the first half, then it was gone, no car in the second half. Lost "
     "it to a bad roll.", "car"),
    ("Tenors, listen: a moving car is in the frame for the first half only. In the second half there is no car at "
     "all.", "car"),
    ("A moving car was in the frame for the first half, then it drove off; no car in the second half. Water was "
     "glassy the whole time.", "car"),
    ("My flank lost its lively cat: in the frame for the first half, gone in the second half, no cat at all by the "
     "end.", "cat"),
    ("Altos, from the top: a lively cat in the frame during the first half, and no cat in the second half.", "cat"),
    ("First half: a lively cat in the frame. Second half: no cat anywhere. No bites till noon, either.", "cat"),
    ("Battle report: a flying bird in the frame for the first half, then it withdrew, and there was no bird in the "
     "second half.", "bird"),
    ("Sopranos, listen: a flying bird is in the frame through the first half, and in the second half there is no "
     "bird.", "bird"),
    ("Water was glassy. A flying bird was in the frame for the first half, then gone: no bird at all in the second "
     "half.", "bird"),
    ("Turn report: a moving ball was on the field for the first half, but in the second half it had vanished, no ball "
     "in the frame.", "ball"),
    ("Basses: a moving ball in the frame for the first half, and no ball in the second half. Let it go cleanly.",
     "ball"),
    ("No bites till noon. A moving ball in the frame for the first half, then nothing: no ball in the second half.",
     "ball"),
    ("Rolled badly and lost my walking dog: in the frame for the first half, no dog in the second half.", "dog"),
    ("Everyone, from the top: a walking dog in the frame for the first half, then no dog in the second half.", "dog"),
    ("A walking dog was in the frame for the first half. In the second half, no dog at all. Glassy water all day.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Turn report: a moving car drove from the left side of the frame to the right side, straight across. Rolled well "
     "for that move.", "car", RIGHTWARD),
    ("Sopranos, listen: a moving car drives from the right side of the frame to the left side. Sing it as a single "
     "long phrase.", "car", LEFTWARD),
    ("Water was glassy. A moving car went across the frame, from the left side to the right side.", "car", RIGHTWARD),
    ("My flank swung round: a moving car crossed the frame from the right side to the left side.", "car", LEFTWARD),
    ("From the top: a moving car starts on the left side of the frame and drives across to the right side.",
     "car", RIGHTWARD),
    ("No bites till noon. A moving car drove across the frame, right side to left side, and that was the excitement.",
     "car", LEFTWARD),
    ("Altos, listen: a lively cat runs from the left side of the frame to the right side.", "cat", RIGHTWARD),
    ("A lively cat ran across the frame from the right side to the left side. Water was glassy, and nothing was "
     "biting.", "cat", LEFTWARD),
    ("Turn report: a lively cat dashed from the left side of the frame across to the right side.", "cat", RIGHTWARD),
    ("Tenors: a lively cat, running from the right side of the frame over to the left side. From the top.",
     "cat", LEFTWARD),
    ("Slow morning. A lively cat crossed the frame, starting on the left side and ending on the right side.",
     "cat", RIGHTWARD),
    ("Rolled well and moved fast: a lively cat ran from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Water was glassy, and a flying bird flew across the frame from the left side to the right side.",
     "bird", RIGHTWARD),
    ("Turn report: a flying bird flew from the right side of the frame clean across to the left side.",
     "bird", LEFTWARD),
    ("Sopranos, listen: a flying bird flies from the left side of the frame to the right side. Let the phrase travel "
     "with it.", "bird", RIGHTWARD),
    ("No bites till noon. A flying bird crossed the frame from the right side to the left side.", "bird", LEFTWARD),
    ("My scout went wide: a flying bird flew from the left side of the frame over to the right side.",
     "bird", RIGHTWARD),
    ("Basses, from the top: a flying bird starts at the right side of the frame and flies to the left side.",
     "bird", LEFTWARD),
    ("Turn report: a moving ball rolled from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("Altos: a moving ball rolls from the right side of the frame to the left side. Keep it smooth.", "ball", LEFTWARD),
    ("Glassy water. A moving ball rolled across the frame from the left side to the right side.", "ball", RIGHTWARD),
    ("Rolled well, and so did my moving ball: from the right side of the frame to the left side.", "ball", LEFTWARD),
    ("Tenors, listen: a moving ball rolls across the frame, starting on the left side and stopping on the right side.",
     "ball", RIGHTWARD),
    ("No bites till noon. A moving ball rolled from the right side of the frame to the left side.", "ball", LEFTWARD),
    ("A walking dog walked across the frame from the left side to the right side. Water was glassy.", "dog", RIGHTWARD),
    ("Turn report: a walking dog marched from the right side of the frame to the left side.", "dog", LEFTWARD),
    ("Sopranos, from the top: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Slow day. A walking dog crossed the frame, right side to left side, and we watched it go.", "dog", LEFTWARD),
    ("My flank advanced: a walking dog walked from the left side of the frame across to the right side.",
     "dog", RIGHTWARD),
    ("Everyone, listen: a walking dog walks from the right side of the frame to the left side.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Turn report: the ball never budged; it stayed still all game while a bird flew across from the left of the ball "
     "to the right of the ball.", "bird", "ball", RIGHTWARD),
    ("Sopranos, listen. The ball stays still the whole time. Against it, a bird flies from the right of the ball to "
     "the left of the ball; sing the bird, not the ball.", "bird", "ball", LEFTWARD),
    ("Water was glassy. The dog stayed still, and a bird flew from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("My flank anchored on the car, which stayed still, and a bird flew from the right of the car to the left of the "
     "car.", "bird", "car", LEFTWARD),
    ("From the top: the cat stays still while a car drives past it, from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("No bites till noon. A dog walked from the right of the ball to the left of the ball, and the ball stayed still.",
     "dog", "ball", LEFTWARD),
    ("Turn 2: a cat ran from the left of the ball to the right of the ball, and the ball stayed still. Rolled well.",
     "cat", "ball", RIGHTWARD),
    ("Altos, where is the ball? It stays still. And the dog? It walks from the right of the ball to the left of the "
     "ball.", "dog", "ball", LEFTWARD),
    ("Glassy water. The bird stayed still while a cat went from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("The dice were kind to the dog: it walked from the right of the car to the left of the car, and the car stayed "
     "still.", "dog", "car", LEFTWARD),
    ("Tenors: a bird flies from the left of the ball to the right of the ball, and the ball stays still. Don't let it "
     "drag.", "bird", "ball", RIGHTWARD),
    ("The ball stayed still, and a bird flew from the right of the ball to the left of the ball. No bites till noon.",
     "bird", "ball", LEFTWARD),
    ("Turn report: the car drove from the left of the ball to the right of the ball, and the ball stayed still where "
     "it was.", "car", "ball", RIGHTWARD),
    ("Basses, listen: the dog stays still. A bird flies from the right of the dog to the left of the dog. That's the "
     "whole picture.", "bird", "dog", LEFTWARD),
    ("Water was glassy. A dog walked from the left of the car to the right of the car; the car stayed still.",
     "dog", "car", RIGHTWARD),
    ("My scout: a bird, flying from the right of the ball to the left of the ball. The ball stayed still; it was only "
     "the objective.", "bird", "ball", LEFTWARD),
    ("Sopranos, from the top: the cat stays still while a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("No bites till noon. The car stayed still, and a dog walked from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Turn report: the dog stayed still, and my cat ran from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Altos: a cat runs from the right of the ball to the left of the ball, and the ball stays still. Light on your "
     "feet.", "cat", "ball", LEFTWARD),
    ("Glassy water. A cat ran from the left of the dog to the right of the dog, and the dog stayed still.",
     "cat", "dog", RIGHTWARD),
    ("Battle report: a ball rolled from the right of the dog to the left of the dog. The dog stayed still and let it "
     "pass.", "ball", "dog", LEFTWARD),
    ("Tenors, listen: the bird stays still, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("The cat stayed still, and a bird flew from the right of the cat to the left of the cat. Water was glassy.",
     "bird", "cat", LEFTWARD),
    ("My flank: a cat ran from the left of the bird to the right of the bird, while the bird stayed still.",
     "cat", "bird", RIGHTWARD),
    ("Basses, from the top: the cat stays still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("No bites till noon. A dog walked from the left of the cat to the right of the cat, and the cat stayed still.",
     "dog", "cat", RIGHTWARD),
    ("Turn report: the dog stayed still, and a bird flew from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Sopranos, listen: a dog walks from the left of the cat to the right of the cat, and the cat stays still.",
     "dog", "cat", RIGHTWARD),
    ("Glassy water. The car stayed still while a bird flew from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Turn report, seen from above: a moving car drove from the lower left corner to the lower right corner, then on "
     "to the upper right corner.", "car", BL_BR_TR),
    ("Sopranos, listen: seen from directly above, a moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.", "car", BL_TL_TR),
    ("Water was glassy. In a top-down view, a moving car went from the lower right corner to the lower left corner, "
     "then up to the upper left corner.", "car", BR_BL_TL),
    ("My flank, viewed from overhead: a moving car started in the lower right corner, pushed to the upper right "
     "corner, and finished in the upper left corner.", "car", BR_TR_TL),
    ("Altos, listen: in a top-down view, a lively cat runs from the lower left corner to the lower right corner, and "
     "then to the upper right corner.", "cat", BL_BR_TR),
    ("No bites till noon. Seen from above, a lively cat ran from the lower left corner to the upper left corner, then "
     "to the upper right corner.", "cat", BL_TL_TR),
    ("Turn report from overhead: a lively cat went from the lower right corner to the lower left corner, then up to "
     "the upper left corner.", "cat", BR_BL_TL),
    ("Tenors: seen from directly above, a lively cat starts in the lower right corner, runs to the upper right "
     "corner, and ends in the upper left corner.", "cat", BR_TR_TL),
    ("Glassy water. From overhead, a flying bird flew from the lower left corner to the lower right corner, then to "
     "the upper right corner.", "bird", BL_BR_TR),
    ("Rolled well. Top-down: a flying bird flew from the lower left corner to the upper left corner and on to the "
     "upper right corner.", "bird", BL_TL_TR),
    ("Basses, listen: viewed from above, a flying bird flies from the lower right corner to the lower left corner, "
     "then to the upper left corner.", "bird", BR_BL_TL),
    ("Seen from above, a flying bird went from the lower right corner to the upper right corner, then to the upper "
     "left corner. No bites till noon.", "bird", BR_TR_TL),
    ("Turn report, top-down view: a moving ball rolled from the bottom left corner to the bottom right corner, then "
     "to the top right corner.", "ball", BL_BR_TR),
    ("Sopranos, listen: seen from overhead, a moving ball rolls from the lower left corner to the upper left corner, "
     "then to the upper right corner.", "ball", BL_TL_TR),
    ("Water was glassy. Looking straight down: a moving ball rolled from the lower right corner to the lower left "
     "corner, then to the upper left corner.", "ball", BR_BL_TL),
    ("My flank, seen from above: a moving ball rolled from the lower right corner up to the upper right corner, then "
     "across to the upper left corner.", "ball", BR_TR_TL),
    ("Altos: in a top-down view, a walking dog walks from the lower left corner to the lower right corner, then to "
     "the upper right corner.", "dog", BL_BR_TR),
    ("No bites till noon. Seen from overhead, a walking dog walked from the lower left corner to the upper left "
     "corner, then to the upper right corner.", "dog", BL_TL_TR),
    ("Turn report from above: a walking dog marched from the lower right corner to the lower left corner, then up to "
     "the upper left corner.", "dog", BR_BL_TL),
    ("Tenors, listen: seen from above, a walking dog walks from the lower right corner to the upper right corner, and "
     "ends in the upper left corner.", "dog", BR_TR_TL),
    ("Glassy water. Top-down view: a moving car drove from the bottom left corner to the bottom right corner, then to "
     "the top right corner.", "car", BL_BR_TR),
    ("Rolled well. Seen from overhead, a lively cat ran from the lower left corner to the upper left corner, then to "
     "the upper right corner.", "cat", BL_TL_TR),
    ("Basses: from directly above, where does the flying bird go? From the lower right corner to the lower left "
     "corner, then to the upper left corner.", "bird", BR_BL_TL),
    ("Water was glassy. Seen from above, a moving ball rolled from the lower right corner to the upper right corner, "
     "then to the upper left corner.", "ball", BR_TR_TL),
    ("Battle report, viewed from above: a walking dog walked from the lower left corner to the lower right corner, "
     "and on to the upper right corner.", "dog", BL_BR_TR),
    ("Sopranos, listen: in a top-down view, a moving car drives from the bottom left corner to the top left corner, "
     "then to the top right corner.", "car", BL_TL_TR),
    ("No bites till noon. From overhead, a lively cat ran from the lower right corner to the lower left corner, then "
     "to the upper left corner.", "cat", BR_BL_TL),
    ("My scout, seen from above: a flying bird flew from the lower right corner to the upper right corner, then to "
     "the upper left corner.", "bird", BR_TR_TL),
    ("Altos, listen: seen from directly above, a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.", "ball", BL_BR_TR),
    ("Glassy water. Top-down, a walking dog walked from the lower left corner to the upper left corner, then to the "
     "upper right corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
