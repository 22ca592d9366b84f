"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a knitting pattern's instructions turned on a clip ("Cast on: ...", "Keep it in view on every row",
  "Repeat to the end", "Cast off."), where the knitter, the yarn and the needles are never in the video,
  casting on and casting off are the clip's start and end, and the rows are its frames in order;
- a chess commentator's notes on the clip as if it were a game ("Opening: ...", "Middlegame: ...",
  "Endgame: ...", "A quiet draw."), where the players, the board and the pieces are never in the video,
  and the opening, middlegame and endgame are the clip's start, middle and end;
- a lost-and-found notice for a clip ("FOUND: a video clip showing ...", "LOST: a clip of ...", "Reward
  offered.", "Ask to claim it."), where the notice, the finder, the owner and the reward are never in the
  video.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 40-69, and two-object relations
30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 48474b2 159/180 = 88.3% (numeracy 23, attribution 30, visibility 30, one-object 26,
two-object 25, sequential 25 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Cast on: one moving car and nothing else. Keep it in view on every row, from the first frame to the "
     "last. Cast off.", "car", 1),
    ("Opening: two moving cars, and nothing else in the frame. Middlegame: the same two. Endgame: still just "
     "those two cars, to the very last frame. A quiet draw.", "car", 2),
    ("FOUND: a video clip showing three moving cars, all in view from start to finish, with nothing else in "
     "it. Ask to claim it.", "car", 3),
    ("Cast on: four moving cars. Work to the end with all of them in view the whole time and nothing else "
     "added. Cast off.", "car", 4),
    ("Opening: a single lively cat, alone in the frame, and it stays in view through the middlegame and the "
     "endgame; nothing else ever appears.", "cat", 1),
    ("LOST: a clip of two lively cats, both on screen the whole way through, nothing else in it. Reward "
     "offered.", "cat", 2),
    ("Cast on: three lively cats, nothing else. Repeat on every row until the end, all of them in view "
     "throughout. Cast off.", "cat", 3),
    ("Opening: four lively cats in the frame and nothing else. They stay in view through the middlegame and "
     "into the endgame. Draw agreed.", "cat", 4),
    ("FOUND: a short clip with one flying bird in it, visible from the first frame to the last, and nothing "
     "else. Ask to claim it.", "bird", 1),
    ("Cast on: two flying birds. Keep both in view on every row to the end, with nothing else in the clip. "
     "Cast off.", "bird", 2),
    ("Opening: three flying birds, nothing else in the frame. Middlegame and endgame: the same birds, in "
     "view to the last frame.", "bird", 3),
    ("LOST: a video clip of four flying birds, all in view for its whole length, and nothing else at all. "
     "Reward offered.", "bird", 4),
    ("Cast on: one moving ball and nothing else. Keep it in view to the end of the clip. Cast off.",
     "ball", 1),
    ("Opening: two moving balls, alone in the frame. They are still in view in the middlegame and in the "
     "endgame, and nothing else ever joins them.", "ball", 2),
    ("FOUND: a clip showing three moving balls from beginning to end, with nothing else in it. Handed in "
     "this morning; ask to claim it.", "ball", 3),
    ("Cast on: four moving balls, nothing else. Work every row with all of them in view until the clip ends. "
     "Cast off.", "ball", 4),
    ("Opening: one walking dog, and nothing else in the frame. It stays in view through the middlegame and "
     "the endgame. A quiet game.", "dog", 1),
    ("LOST: a short clip of two walking dogs, both in view throughout, with nothing else on screen. Reward "
     "offered.", "dog", 2),
    ("Cast on: three walking dogs. Keep them all in view to the end, with nothing else in the clip. Cast "
     "off.", "dog", 3),
    ("Opening: four walking dogs, the frame holding nothing else. They remain in view through the middlegame "
     "and the endgame.", "dog", 4),
    ("FOUND: a video clip in which four moving cars are in view the whole time, and nothing else is. Ask to "
     "claim it.", "car", 4),
    ("Cast on: two lively cats and nothing else. Repeat to the end with both in view. Cast off.", "cat", 2),
    ("Three flying birds from the opening to the endgame, and nothing else in the frame at any point. Well "
     "played.", "bird", 3),
    ("LOST: a clip with two moving balls in it, both visible from the first frame to the last, nothing else. "
     "Reward offered.", "ball", 2),
    ("Cast on: a single walking dog, nothing else. Keep it in view on every row until the clip ends. Cast "
     "off.", "dog", 1),
    ("Opening: one moving car, alone in the frame, and it is still there at the endgame. Nothing else enters "
     "at any point.", "car", 1),
    ("FOUND: a short clip of three lively cats, visible the whole way through, and nothing else in it. Ask "
     "to claim it.", "cat", 3),
    ("Pattern, plain and simple: cast on two flying birds and knit straight to the end with both in view and "
     "nothing else added. Cast off.", "bird", 2),
    ("Opening: four moving balls in the frame, nothing else. They stay in view through the middlegame and "
     "the endgame.", "ball", 4),
    ("LOST: a video clip of three walking dogs, in view from start to end, with nothing else on screen. "
     "Reward offered.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Cast on: a green dog and a blue car, side by side. Keep both in view on every row to the end. Cast "
     "off.", "dog", "green", "car", "blue"),
    ("Opening: a black cat beside a brown ball, and the two stay side by side through the middlegame and the "
     "endgame.", "cat", "black", "ball", "brown"),
    ("FOUND: a video clip showing a purple car next to a red cat, both in view the whole time. Ask to claim "
     "it.", "car", "purple", "cat", "red"),
    ("Cast on: a gray dog and a brown cat, next to each other. Repeat to the end with both in view. Cast "
     "off.", "dog", "gray", "cat", "brown"),
    ("Opening: a black car and a brown dog, side by side, and they hold that position right through the "
     "endgame.", "car", "black", "dog", "brown"),
    ("LOST: a clip of a yellow ball beside a pink dog, both visible from start to finish. Reward offered.",
     "ball", "yellow", "dog", "pink"),
    ("Cast on: a gray cat beside a white dog. Work every row with the two of them side by side until the "
     "end. Cast off.", "cat", "gray", "dog", "white"),
    ("Opening: a yellow dog next to an orange car. Middlegame and endgame: the pair stays side by side in "
     "view.", "dog", "yellow", "car", "orange"),
    ("FOUND: a short clip with a black bird and a brown cat side by side, both in view throughout. Ask to "
     "claim it.", "bird", "black", "cat", "brown"),
    ("Cast on: a white ball and a red car, side by side, and keep both in view to the end. Cast off.",
     "ball", "white", "car", "red"),
    ("Opening: a white ball beside a black cat, the two side by side from the first frame to the endgame.",
     "ball", "white", "cat", "black"),
    ("LOST: a video clip of a yellow cat next to a pink ball, both on screen the whole way through. Reward "
     "offered.", "cat", "yellow", "ball", "pink"),
    ("Cast on: a black car and an orange bird, next to each other. Repeat on every row until the clip ends. "
     "Cast off.", "car", "black", "bird", "orange"),
    ("Opening: an orange ball beside a brown car, and the two remain side by side through to the endgame.",
     "ball", "orange", "car", "brown"),
    ("FOUND: a clip showing a gray bird and a green cat side by side from beginning to end. Ask to claim it.",
     "bird", "gray", "cat", "green"),
    ("Cast on: a blue car beside a red cat. Keep the pair side by side and in view on every row. Cast off.",
     "car", "blue", "cat", "red"),
    ("Opening: a white ball next to a black car. Both stay in the frame, side by side, through the "
     "middlegame and the endgame.", "ball", "white", "car", "black"),
    ("LOST: a short clip of a green bird beside a white ball, both visible for its whole length. Reward "
     "offered.", "bird", "green", "ball", "white"),
    ("Cast on: a blue ball and a yellow dog, side by side. Work to the end with both in view. Cast off.",
     "ball", "blue", "dog", "yellow"),
    ("Opening: a yellow bird beside a blue ball, the pair side by side all the way to the endgame.",
     "bird", "yellow", "ball", "blue"),
    ("FOUND: a video clip with a brown bird next to a black ball, both in view throughout. Ask to claim it.",
     "bird", "brown", "ball", "black"),
    ("Cast on: a brown bird beside a blue cat. Repeat to the end with the two side by side. Cast off.",
     "bird", "brown", "cat", "blue"),
    ("Opening: a blue bird and a red car, side by side, and they stay that way through the endgame.",
     "bird", "blue", "car", "red"),
    ("LOST: a clip showing a purple ball beside a pink cat, both on screen from start to finish. Reward "
     "offered.", "ball", "purple", "cat", "pink"),
    ("Cast on: a yellow dog next to a red cat, and keep both in view on every row until the end. Cast off.",
     "dog", "yellow", "cat", "red"),
    ("Opening: a green bird beside a yellow dog. Middlegame: unchanged. Endgame: the two still side by side.",
     "bird", "green", "dog", "yellow"),
    ("FOUND: a short clip of a gray car and a red cat side by side, both visible the whole time. Ask to "
     "claim it.", "car", "gray", "cat", "red"),
    ("Cast on: a red bird and a black cat, side by side. Work every row with both in view to the end. Cast "
     "off.", "bird", "red", "cat", "black"),
    ("Opening: a white bird next to an orange cat, and the pair stays side by side through to the endgame.",
     "bird", "white", "cat", "orange"),
    ("LOST: a video clip of a green bird beside a black ball, both in view for its full length. Reward "
     "offered.", "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Cast on with an empty frame: no car for the whole first half. In the second half a moving car appears "
     "and stays until the end. Cast off.", "car"),
    ("Opening: no car anywhere for the whole first half. Then, in the second half, a moving car enters and "
     "stays into the endgame.", "car"),
    ("FOUND: a clip in which there is no car during the first half; a moving car appears in the second half "
     "and stays to the end. Ask to claim it.", "car"),
    ("Cast on: no cat for the first half. Second half: a lively cat appears; keep it in view until the end. "
     "Cast off.", "cat"),
    ("Opening, and the rest of the first half: no cat. In the second half a lively cat arrives and remains "
     "to the endgame.", "cat"),
    ("LOST: a short clip with no cat in its first half; a lively cat turns up in the second half and stays "
     "till the end. Reward offered.", "cat"),
    ("Cast on with no bird: the first half has none. In the second half a flying bird appears; keep it in "
     "view to the end. Cast off.", "bird"),
    ("Opening: no bird in the frame for the whole first half. Second half: a flying bird enters and stays "
     "through the endgame.", "bird"),
    ("FOUND: a video clip where no bird is seen in the first half and a flying bird appears in the second "
     "half, staying to the end. Ask to claim it.", "bird"),
    ("Cast on: no ball in the first half. In the second half a moving ball appears and stays in view to the "
     "end. Cast off.", "ball"),
    ("Opening: no ball during the first half. In the second half a moving ball comes into view and is still "
     "there at the endgame.", "ball"),
    ("LOST: a clip with no ball in the first half; in the second half a moving ball appears and stays until "
     "the end. Reward offered.", "ball"),
    ("Cast on: the first half has no dog. Second half: a walking dog appears and stays in view to the end. "
     "Cast off.", "dog"),
    ("Opening: no dog for the first half of the clip. In the second half a walking dog comes in and stays "
     "through the endgame.", "dog"),
    ("FOUND: a short clip with no dog in the first half; a walking dog comes in during the second half and "
     "stays to the end. Ask to claim it.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Opening: a moving car in the frame for the first half. In the second half there is no car at all, "
     "through to the endgame.", "car"),
    ("LOST: a clip showing a moving car in the first half and no car in the second half. Reward offered.",
     "car"),
    ("Cast on: a moving car, in view for the first half only. Second half: no car. Cast off.", "car"),
    ("Opening: a lively cat in view through the first half. Second half and endgame: no cat anywhere.",
     "cat"),
    ("FOUND: a video clip in which a lively cat is visible during the first half and there is no cat in the "
     "second half. Ask to claim it.", "cat"),
    ("Cast on: a lively cat for the first half. Then work the second half with no cat in it. Cast off.",
     "cat"),
    ("Opening: a flying bird in the frame for the first half. By the second half there is no bird, and the "
     "endgame is empty.", "bird"),
    ("LOST: a short clip of a flying bird in its first half; the second half has no bird. Reward offered.",
     "bird"),
    ("Cast on: a flying bird, kept in view for the first half. Second half: no bird at all. Cast off.",
     "bird"),
    ("Opening: a moving ball in view during the first half. In the second half no ball remains, right "
     "through the endgame.", "ball"),
    ("FOUND: a clip with a moving ball in the first half and no ball in the second half. Ask to claim it.",
     "ball"),
    ("Cast on: a moving ball, in view for the first half only. In the second half, no ball. Cast off.",
     "ball"),
    ("Opening: a walking dog in the frame for the first half. Second half: no dog, all the way to the "
     "endgame.", "dog"),
    ("LOST: a video clip with a walking dog in the first half and no dog in the second half. Reward offered.",
     "dog"),
    ("Cast on: a walking dog for the first half. Second half: no dog left in the clip. Cast off.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Cast on: a moving car on the left side of the frame. Work across the rows as it travels, and cast off "
     "with the car on the right side.", "car", RIGHTWARD),
    ("Opening: a moving car on the right side of the frame. Middlegame: it crosses the centre. Endgame: the "
     "car is on the left side.", "car", LEFTWARD),
    ("FOUND: a clip of a moving car that goes from the left side of the frame to the right side. Ask to "
     "claim it.", "car", RIGHTWARD),
    ("Cast on: a moving car on the right side of the frame. Repeat rows as it drives across; cast off with "
     "the car on the left side.", "car", LEFTWARD),
    ("Opening: a moving car starts on the left side of the frame and, by the endgame, has moved over to the "
     "right side.", "car", RIGHTWARD),
    ("LOST: a short clip of a moving car travelling from the right side of the frame to the left side. "
     "Reward offered.", "car", LEFTWARD),
    ("Cast on: a lively cat on the left side of the frame. Cast off with the cat on the right side, having "
     "walked across.", "cat", RIGHTWARD),
    ("Opening: a lively cat on the right side of the frame. It crosses in the middlegame and finishes the "
     "endgame on the left side.", "cat", LEFTWARD),
    ("FOUND: a video clip in which a lively cat walks from the left side of the frame to the right side. Ask "
     "to claim it.", "cat", RIGHTWARD),
    ("Cast on: a lively cat on the right side of the frame. Work to the end as it moves left; cast off with "
     "the cat on the left side.", "cat", LEFTWARD),
    ("Opening: a lively cat on the left side. Middlegame: the cat at the centre. Endgame: the cat on the "
     "right side of the frame.", "cat", RIGHTWARD),
    ("LOST: a clip showing a lively cat that starts on the right side of the frame and ends on the left "
     "side. Reward offered.", "cat", LEFTWARD),
    ("Cast on: a flying bird on the left side of the frame. Cast off with the bird on the right side, after "
     "it flies across.", "bird", RIGHTWARD),
    ("Opening: a flying bird on the right side of the frame. Endgame: the bird has flown over to the left "
     "side.", "bird", LEFTWARD),
    ("FOUND: a short clip of a flying bird going from the left side of the frame to the right side. Ask to "
     "claim it.", "bird", RIGHTWARD),
    ("Cast on: a flying bird on the right side of the frame. Row by row it flies leftward. Cast off with the "
     "bird on the left side.", "bird", LEFTWARD),
    ("Opening: a flying bird starts on the left side of the frame, passes the centre in the middlegame, and "
     "reaches the right side by the endgame.", "bird", RIGHTWARD),
    ("LOST: a video clip in which a flying bird flies from the right side of the frame to the left side. "
     "Reward offered.", "bird", LEFTWARD),
    ("Cast on: a moving ball on the left side of the frame. It rolls across; cast off with the ball on the "
     "right side.", "ball", RIGHTWARD),
    ("Opening: a moving ball on the right side of the frame. Middlegame: it rolls past the centre. Endgame: "
     "the ball on the left side.", "ball", LEFTWARD),
    ("FOUND: a clip of a moving ball rolling from the left side of the frame to the right side. Ask to claim "
     "it.", "ball", RIGHTWARD),
    ("Cast on: a moving ball on the right side of the frame. Work to the end as it rolls left, and cast off "
     "with the ball on the left side.", "ball", LEFTWARD),
    ("Opening: a moving ball on the left side. By the endgame it has rolled to the right side of the frame.",
     "ball", RIGHTWARD),
    ("LOST: a short clip showing a moving ball that starts on the right side of the frame and ends on the "
     "left side. Reward offered.", "ball", LEFTWARD),
    ("Cast on: a walking dog on the left side of the frame. Cast off with the dog on the right side, having "
     "walked across.", "dog", RIGHTWARD),
    ("Opening: a walking dog on the right side of the frame. It walks across in the middlegame and is on the "
     "left side for the endgame.", "dog", LEFTWARD),
    ("FOUND: a video clip of a walking dog that goes from the left side of the frame to the right side. Ask "
     "to claim it.", "dog", RIGHTWARD),
    ("Cast on: a walking dog on the right side of the frame. Repeat to the end as it walks left; cast off "
     "with the dog on the left side.", "dog", LEFTWARD),
    ("Opening: a walking dog on the left side. Middlegame: the dog at the centre. Endgame: the dog on the "
     "right side of the frame.", "dog", RIGHTWARD),
    ("LOST: a clip of a walking dog going from the right side of the frame to the left side. Reward offered.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Cast on: a ball that stays still, and a bird on the left of the ball. Cast off with the bird on the "
     "right of the ball; the ball never moves.", "bird", "ball", RIGHTWARD),
    ("Opening: a bird on the right of a ball. Endgame: the bird on the left of the ball. The ball stays "
     "still throughout.", "bird", "ball", LEFTWARD),
    ("FOUND: a clip in which a car drives from the left of a ball to the right of the ball, while the ball "
     "stays still. Ask to claim it.", "car", "ball", RIGHTWARD),
    ("Cast on: a bird on the right of a dog. Cast off with the bird on the left of the dog. The dog stays "
     "still the whole time.", "bird", "dog", LEFTWARD),
    ("Opening: a dog on the left of a car. Endgame: the dog on the right of the car. The car never moves.",
     "dog", "car", RIGHTWARD),
    ("LOST: a short clip of a bird flying from the right of a ball to the left of the ball; the ball stays "
     "still. Reward offered.", "bird", "ball", LEFTWARD),
    ("Cast on: a dog on the left of a cat that stays still. Cast off with the dog on the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Opening: a dog on the right of a car. It walks past the car in the middlegame. Endgame: the dog on the "
     "left of the car, which has not moved.", "dog", "car", LEFTWARD),
    ("FOUND: a video clip where a cat moves from the left of a dog to the right of the dog, and the dog "
     "stays still. Ask to claim it.", "cat", "dog", RIGHTWARD),
    ("Cast on: a cat on the right of a ball. Cast off with the cat on the left of the ball; the ball stays "
     "still throughout.", "cat", "ball", LEFTWARD),
    ("Opening: a cat on the left of a dog that stays still. Endgame: the cat on the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("LOST: a clip of a ball rolling from the right of a dog to the left of the dog, while the dog stays "
     "still. Reward offered.", "ball", "dog", LEFTWARD),
    ("Cast on: a bird that stays still and a dog on the left of the bird. Cast off with the dog on the right "
     "of the bird.", "dog", "bird", RIGHTWARD),
    ("Opening: a bird on the right of a cat. Middlegame: the bird passes the cat. Endgame: the bird on the "
     "left of the cat, and the cat has stayed still.", "bird", "cat", LEFTWARD),
    ("FOUND: a short clip in which a cat walks from the left of a bird to the right of the bird; the bird "
     "stays still. Ask to claim it.", "cat", "bird", RIGHTWARD),
    ("Cast on: a cat that stays still and a bird on the right of the cat. Cast off with the bird on the left "
     "of the cat.", "bird", "cat", LEFTWARD),
    ("Opening: a dog on the left of a cat. Endgame: the dog on the right of the cat. The cat holds still "
     "from start to finish.", "dog", "cat", RIGHTWARD),
    ("LOST: a video clip of a bird flying from the right of a dog to the left of the dog; the dog stays "
     "still. Reward offered.", "bird", "dog", LEFTWARD),
    ("Cast on: a dog on the left of a cat. Work across as the dog walks, and cast off with the dog on the "
     "right of the cat. The cat stays still.", "dog", "cat", RIGHTWARD),
    ("Opening: a bird on the right of a car that stays still. Endgame: the bird on the left of the car.",
     "bird", "car", LEFTWARD),
    ("FOUND: a clip where a bird flies from the left of a car to the right of the car, and the car stays "
     "still. Ask to claim it.", "bird", "car", RIGHTWARD),
    ("Cast on: a bird that stays still, with a car on the right of the bird. Cast off with the car on the "
     "left of the bird.", "car", "bird", LEFTWARD),
    ("Opening: a bird on the left of a cat. Endgame: the bird on the right of the cat. The cat does not "
     "move.", "bird", "cat", RIGHTWARD),
    ("LOST: a short clip of a car driving from the right of a bird to the left of the bird, while the bird "
     "stays still. Reward offered.", "car", "bird", LEFTWARD),
    ("Cast on: a bird on the left of a dog that stays still. Cast off with the bird on the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Opening: a dog on the right of a cat. Middlegame: the dog walks past the cat. Endgame: the dog on the "
     "left of the cat, which stays still.", "dog", "cat", LEFTWARD),
    ("FOUND: a video clip in which a ball rolls from the left of a dog to the right of the dog; the dog "
     "stays still. Ask to claim it.", "ball", "dog", RIGHTWARD),
    ("Cast on: a bird on the right of a cat. Cast off with the bird on the left of the cat; the cat stays "
     "still throughout.", "bird", "cat", LEFTWARD),
    ("Opening: a car on the left of a ball. Endgame: the car on the right of the ball, which never moves.",
     "car", "ball", RIGHTWARD),
    ("LOST: a clip of a cat moving from the right of a bird to the left of the bird, and the bird stays "
     "still. Reward offered.", "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Cast on, seen from directly above: a moving car in the lower left corner at the start. Halfway "
     "through: the lower right corner. Cast off with it in the upper right corner at the end.",
     "car", BL_BR_TR),
    ("Viewed from straight above. Opening: a lively cat in the lower left corner. Middlegame, halfway "
     "through: the upper left corner. Endgame: the upper right corner.", "cat", BL_TL_TR),
    ("FOUND: an overhead clip in which a flying bird starts in the lower right corner, is in the lower left "
     "corner halfway through, and ends in the upper left corner. Ask to claim it.", "bird", BR_BL_TL),
    ("Pattern for a top-down clip. Cast on: a moving ball in the lower right corner at the start. Middle "
     "row: the upper right corner, halfway through. Cast off: the upper left corner at the end.",
     "ball", BR_TR_TL),
    ("Seen from directly above. Opening: a walking dog in the lower left corner. Middlegame: it has reached "
     "the lower right corner. Endgame: the upper right corner.", "dog", BL_BR_TR),
    ("LOST: a top-down clip of a moving car that starts in the lower left corner, is in the upper left "
     "corner by the middle, and ends in the upper right corner. Reward offered.", "car", BL_TL_TR),
    ("Cast on, filmed from overhead: a lively cat in the lower right corner. Halfway: the lower left corner. "
     "Cast off in the upper left corner at the end.", "cat", BR_BL_TL),
    ("Overhead view. Opening: a flying bird in the lower right corner. Middlegame, at the halfway point: the "
     "upper right corner. Endgame: the upper left corner.", "bird", BR_TR_TL),
    ("FOUND: a clip shot from directly above in which a moving ball starts in the lower left corner, reaches "
     "the lower right corner halfway through, and ends in the upper right corner. Ask to claim it.",
     "ball", BL_BR_TR),
    ("Cast on, viewed from above: a walking dog in the lower left corner at the start. Halfway through: the "
     "upper left corner. Cast off: the upper right corner at the end.", "dog", BL_TL_TR),
    ("From straight above. Opening: a moving car in the lower right corner. Middlegame: the car is in the "
     "lower left corner. Endgame: the upper left corner.", "car", BR_BL_TL),
    ("LOST: a bird's-eye clip of a lively cat that starts in the lower right corner, is in the upper right "
     "corner halfway through, and ends in the upper left corner. Reward offered.", "cat", BR_TR_TL),
    ("Top-down pattern. Cast on: a flying bird in the lower left corner. Halfway: the lower right corner. "
     "Cast off: the upper right corner at the end.", "bird", BL_BR_TR),
    ("Seen from overhead. Opening: a moving ball in the lower left corner. Middlegame: the upper left "
     "corner. Endgame: the upper right corner.", "ball", BL_TL_TR),
    ("FOUND: an overhead clip of a walking dog that starts in the lower right corner, is in the lower left "
     "corner at the midpoint, and ends in the upper left corner. Ask to claim it.", "dog", BR_BL_TL),
    ("Cast on, seen from straight above: a moving car in the lower right corner at the start. Halfway "
     "through: the upper right corner. Cast off in the upper left corner at the end.", "car", BR_TR_TL),
    ("Viewed from directly above. Opening: a lively cat in the lower left corner. Middlegame: the lower "
     "right corner. Endgame: the upper right corner.", "cat", BL_BR_TR),
    ("LOST: a top-down clip in which a flying bird starts in the lower left corner, is in the upper left "
     "corner halfway through, and ends in the upper right corner. Reward offered.", "bird", BL_TL_TR),
    ("Cast on, filmed from above: a moving ball in the lower right corner. Halfway: the lower left corner. "
     "Cast off with it in the upper left corner at the end.", "ball", BR_BL_TL),
    ("From overhead. Opening: a walking dog in the lower right corner. Middlegame, halfway through: the "
     "upper right corner. Endgame: the upper left corner.", "dog", BR_TR_TL),
    ("FOUND: a clip filmed from straight above of a flying bird that starts in the lower right corner, is in "
     "the lower left corner halfway through, and ends in the upper left corner. Ask to claim it.",
     "bird", BR_BL_TL),
    ("Cast on, seen from overhead: a moving ball in the lower right corner at the start. Halfway: the upper "
     "right corner. Cast off: the upper left corner at the end.", "ball", BR_TR_TL),
    ("Top-down view. Opening: a walking dog in the lower left corner. Middlegame: the lower right corner. "
     "Endgame: the upper right corner.", "dog", BL_BR_TR),
    ("LOST: an overhead clip of a moving car that starts in the lower left corner, is in the upper left "
     "corner at the midpoint, and ends in the upper right corner. Reward offered.", "car", BL_TL_TR),
    ("Cast on, viewed from directly above: a lively cat in the lower right corner. Halfway through: the "
     "lower left corner. Cast off in the upper left corner at the end.", "cat", BR_BL_TL),
    ("Seen from straight above. Opening: a flying bird in the lower right corner. Middlegame: the upper "
     "right corner. Endgame: the upper left corner.", "bird", BR_TR_TL),
    ("FOUND: a top-down clip in which a moving ball starts in the lower left corner, is in the lower right "
     "corner halfway through, and ends in the upper right corner. Ask to claim it.", "ball", BL_BR_TR),
    ("Cast on, filmed from straight above: a walking dog in the lower left corner at the start. Halfway: the "
     "upper left corner. Cast off: the upper right corner at the end.", "dog", BL_TL_TR),
    ("Overhead view. Opening: a moving car in the lower right corner. Middlegame, at the halfway point: the "
     "lower left corner. Endgame: the upper left corner.", "car", BR_BL_TL),
    ("LOST: a clip shot from above of a lively cat that starts in the lower right corner, is in the upper "
     "right corner halfway through, and ends in the upper left corner. Reward offered.", "cat", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
