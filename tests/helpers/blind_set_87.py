"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a news ticker crawl ("BREAKING:", "LIVE", "— more at the top of the hour"), where the newsroom, the
  anchor and the viewers are never in the video, and the story being reported is exactly the clip;
- a gardener's planting calendar ("Week of the frost date", "sow", "bed", "mulch"), where the gardener,
  the beds and the plants are never in the video, and the calendar's note for the week is the clip;
- a cooking-show host talking to the camera ("folks", "while that simmers", "at home"), where the host,
  the kitchen, the food and the pans are never in the video, and what the host shows the viewers is
  the clip; no dish, pan or ingredient is ever named.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number or ordinal beside the count (the calendar's weeks are never dated: it is always
"the week of the frost date", or of sowing or mulching). No voice uses a colour word for its own props
(no greens, no brown sugar, no white wine), and no idiom hides a class noun or a side: no "hot dog",
no "meatball", no "catmint" or "dogwood", no "right now" or "all right", and nothing "left over". The
ticker's "top of the hour" is never said in a route, where "top" could read as a corner; "still" is
only ever said of a relation's second object, and "half" only where a half of the clip is meant. A
relation names its second object at both ends and says that object stays still; a route names its
corners "lower" and "upper", now and then "bottom" and "top", and is always seen from above. It takes
LVD's attribution pairs 60-89 and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 178/180 on 0792a44 (numeracy 29, visibility 29, the rest 30), kept off main until its fixes were
in; 180/180 after the fixes of its own commit (a cook's "while that simmers," is "that" and its verb, never a mistyped
"swimmers" nor a plural thing; "keep an eye on the cat" is watching it, with no eye drawn; "you won't see a ball in
the first half" is no ball then, so the ball that appears later is the same one).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("BREAKING: a clip showing one moving car and nothing else, in view from start to finish. Details to follow — "
     "more at the top of the hour.",
     "car", 1),
    ("Week of the frost date. Nothing to sow yet, so for this week just the clip: two moving cars, in view from "
     "start to finish, and nothing else in it.",
     "car", 2),
    ("Okay folks, while that simmers, take a look at this: three moving cars, on screen from start to finish, and "
     "nothing else at all.",
     "car", 3),
    ("LIVE: footage shows four moving cars, in view from the start of the clip to its end; nothing else is in the "
     "picture. — more at the top of the hour",
     "car", 4),
    ("Calendar note for the week of the frost date: before you mulch, picture a clip of one lively cat, there from "
     "start to finish, and nothing else.",
     "cat", 1),
    ("Folks at home, here's what you'll see while that simmers: two lively cats, in view the whole way through, and "
     "nothing else.",
     "cat", 2),
    ("BREAKING: three lively cats, in view from start to finish, and nothing else on screen. LIVE coverage "
     "continues.",
     "cat", 3),
    ("Week of sowing. The clip for this week holds four lively cats, all in view from start to finish, with nothing "
     "else in it.",
     "cat", 4),
    ("So, folks, while that simmers I'll show you a clip: one flying bird, in view start to finish, nothing else.",
     "bird", 1),
    ("LIVE — two flying birds in view from start to finish; nothing else in the clip. More at the top of the hour.",
     "bird", 2),
    ("Week of the frost date. Don't sow, don't mulch; just note the clip: three flying birds, visible from start to "
     "finish, and nothing else.",
     "bird", 3),
    ("Here's the clip I promised you at home, folks: four flying birds, in view from beginning to end, and nothing "
     "else in the shot.",
     "bird", 4),
    ("BREAKING: clip shows one moving ball, on screen from start to finish, and nothing else. A developing story — "
     "more at the top of the hour.",
     "ball", 1),
    ("Week of the frost date, a note for the calendar: the clip shows two moving balls, in view from start to "
     "finish, nothing else in it. Sow next week.",
     "ball", 2),
    ("While that simmers, folks, picture this: three moving balls, in view for the whole clip, and not a thing "
     "besides.",
     "ball", 3),
    ("LIVE: four moving balls remain in view from the start of the clip to its end; nothing else is seen.",
     "ball", 4),
    ("Week of the frost date. Planting can wait. The clip: one walking dog, in view from start to finish, nothing "
     "else.",
     "dog", 1),
    ("Folks, while that simmers, a quick clip for you at home: two walking dogs, in view start to finish, nothing "
     "else on screen.",
     "dog", 2),
    ("BREAKING: three walking dogs, in view from start to finish, and nothing else in the clip — more at the top of "
     "the hour",
     "dog", 3),
    ("Calendar, week of the frost date: no sowing, no mulching. In the clip: four walking dogs, in view from start "
     "to finish, and nothing besides.",
     "dog", 4),
    ("Let's pause while that simmers, folks. The clip: one moving car, there from start to finish, and not a thing "
     "else.",
     "car", 1),
    ("LIVE — four lively cats, in view from beginning to end; nothing else in the clip. Coverage continues.",
     "cat", 4),
    ("Week of the frost date. Mulch if you must; the clip this week is simply one flying bird, in view from start "
     "to finish, nothing else.",
     "bird", 1),
    ("And at home, folks, you'll see four moving balls in this clip, in view from start to finish, with nothing "
     "else at all.",
     "ball", 4),
    ("BREAKING: two walking dogs on screen from start to finish, nothing else in shot. — more at the top of the "
     "hour",
     "dog", 2),
    ("Week of the frost date, before you sow: the clip shows three moving cars, in view the whole way through, and "
     "nothing else.",
     "car", 3),
    ("While that simmers, folks, a clip with one lively cat in it, start to finish, and nothing else to see.",
     "cat", 1),
    ("LIVE: three flying birds, in view for the entire clip; nothing else appears. More at the top of the hour.",
     "bird", 3),
    ("Week of mulching. A clip for your notes: one moving ball, visible from start to finish, and nothing else in "
     "the clip.",
     "ball", 1),
    ("Okay folks at home, while that simmers: three walking dogs, on screen from start to finish, and that's it — "
     "nothing else.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("BREAKING: a brown bird beside a black ball, both in view from start to finish. More at the top of the hour.",
     "bird", "brown", "ball", "black"),
    ("Week of the frost date: sow nothing, but note the clip — a brown bird next to a blue cat, both in view from "
     "start to finish.",
     "bird", "brown", "cat", "blue"),
    ("Folks, while that simmers: a blue bird sitting by a red car, both on screen for the whole clip.",
     "bird", "blue", "car", "red"),
    ("LIVE: a purple ball and, beside it, a pink cat, both in view for the entire clip.",
     "ball", "purple", "cat", "pink"),
    ("Week of mulching. The clip: a yellow dog with a red cat at its side, both in view from start to finish.",
     "dog", "yellow", "cat", "red"),
    ("At home, folks, look for a green bird beside a yellow dog; both are in view from start to finish while that "
     "simmers.",
     "bird", "green", "dog", "yellow"),
    ("BREAKING: a gray car with a red cat next to it, both in view start to finish — more at the top of the hour",
     "car", "gray", "cat", "red"),
    ("Calendar, week of the frost date. On the clip: a red bird beside a black cat, both in view throughout. Sow "
     "after.",
     "bird", "red", "cat", "black"),
    ("While that simmers, folks, here's a white bird next to an orange cat, both there from start to finish.",
     "bird", "white", "cat", "orange"),
    ("LIVE — a green bird beside a black ball, both in view throughout the clip.",
     "bird", "green", "ball", "black"),
    ("Week of the frost date: a white cat, and beside it a purple bird, both in view from start to finish. Hold off "
     "on the mulch.",
     "cat", "white", "bird", "purple"),
    ("Folks at home: a green bird beside a purple dog, both on screen from beginning to end. I'll be back while "
     "that simmers.",
     "bird", "green", "dog", "purple"),
    ("BREAKING: an orange bird perched next to a brown car; both remain in view from start to finish.",
     "bird", "orange", "car", "brown"),
    ("Week of sowing. In this week's clip: a blue car with a brown bird beside it, both in view throughout.",
     "car", "blue", "bird", "brown"),
    ("Okay folks, a red dog and a purple cat side by side, both in view the whole clip. Back to it while that "
     "simmers.",
     "dog", "red", "cat", "purple"),
    ("LIVE: a purple dog and a brown cat, side by side, in view from start to finish. More at the top of the hour.",
     "dog", "purple", "cat", "brown"),
    ("Week of the frost date — a black cat next to a blue ball, both in view from start to finish; mulch later.",
     "cat", "black", "ball", "blue"),
    ("While that simmers, folks: a yellow cat beside a black dog, both on screen start to finish.",
     "cat", "yellow", "dog", "black"),
    ("BREAKING: a green cat and, beside it, a white bird, both in view throughout the clip.",
     "cat", "green", "bird", "white"),
    ("Week of the frost date, no sowing yet: the clip is a purple car with a pink cat next to it, both in view "
     "start to finish.",
     "car", "purple", "cat", "pink"),
    ("Folks at home, here's a purple bird next to a red dog, and both are in view from start to finish.",
     "bird", "purple", "dog", "red"),
    ("LIVE — a red dog beside a yellow car; both in view from the start of the clip to its end.",
     "dog", "red", "car", "yellow"),
    ("Week of mulching. Note the clip: an orange dog next to a brown car, both in view from start to finish.",
     "dog", "orange", "car", "brown"),
    ("While that simmers, folks, a gray cat sits beside an orange dog, both there for the whole clip.",
     "cat", "gray", "dog", "orange"),
    ("BREAKING: a green ball and a pink dog beside it, both in view from start to finish. — more at the top of the "
     "hour",
     "ball", "green", "dog", "pink"),
    ("Week of the frost date: a white dog with a pink bird beside it, both in view throughout the clip. Sow once "
     "the frost has passed.",
     "dog", "white", "bird", "pink"),
    ("At home, folks, you'll see a purple car next to a gray ball, both on screen from start to finish.",
     "car", "purple", "ball", "gray"),
    ("LIVE: a yellow dog beside a brown cat, both in view for the entire clip.",
     "dog", "yellow", "cat", "brown"),
    ("Week of the frost date. The clip: a brown ball beside a green cat, both in view from start to finish. Mulch "
     "the bed afterwards.",
     "ball", "brown", "cat", "green"),
    ("Folks, while that simmers: a brown cat next to an orange car, both in view start to finish.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("BREAKING: no car in the first half of the clip; in the second half a moving car appears, and it stays until "
     "the end.",
     "car"),
    ("Week of the frost date. The clip: first half, no car; second half, a moving car appears and stays to the end. "
     "Sow after.",
     "car"),
    ("Watch this while that simmers, folks: no car at all in the first half, then in the second half a moving car "
     "shows up and stays to the end.",
     "car"),
    ("Week of sowing — in the first half of the clip there is no cat; a lively cat appears in the second half and "
     "stays until the end.",
     "cat"),
    ("Folks at home, the first half has no cat in it, but in the second half a lively cat appears, and it stays put "
     "to the end.",
     "cat"),
    ("LIVE: a lively cat appears in the second half of the clip, after a first half with no cat, and stays until "
     "the end. More at the top of the hour.",
     "cat"),
    ("BREAKING — first half: no bird. Second half: a flying bird appears and remains to the end of the clip.",
     "bird"),
    ("Week of the frost date: no bird during the first half; in the second half a flying bird appears and stays to "
     "the end. Mulch later.",
     "bird"),
    ("Okay folks, while that simmers: the first half shows no bird, and then a flying bird appears in the second "
     "half and stays to the end.",
     "bird"),
    ("LIVE — no ball during the first half of the clip; a moving ball appears in the second half and stays there "
     "until the end.",
     "ball"),
    ("Week of mulching. The clip opens with no ball for the first half; a moving ball appears in the second half "
     "and stays to the end.",
     "ball"),
    ("At home, folks, you won't see a ball in the first half; in the second half a moving ball appears and stays "
     "until the end.",
     "ball"),
    ("BREAKING: a walking dog appears in the second half of the clip and stays to the end; there was no dog in the "
     "first half.",
     "dog"),
    ("Week of the frost date. First half of the clip: no dog. Second half: a walking dog appears, and it stays "
     "until the end.",
     "dog"),
    ("While that simmers, folks: no dog in the first half, then a walking dog appears in the second half and stays "
     "to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("LIVE: a moving car in the first half of the clip; in the second half it is gone, with no car at all. More at "
     "the top of the hour.",
     "car"),
    ("Week of the frost date: a moving car is in view in the first half; in the second half there is no car. Sow "
     "after.",
     "car"),
    ("Folks, while that simmers: a moving car in the first half, and then no car anywhere in the second half.",
     "car"),
    ("BREAKING — a lively cat seen in the first half of the clip is gone in the second half: no cat at all.",
     "cat"),
    ("Week of mulching. The clip: a lively cat in the first half, no cat in the second half.",
     "cat"),
    ("At home, folks, you'll see a lively cat in the first half, but in the second half there's no cat to be found.",
     "cat"),
    ("LIVE — a flying bird is present in the first half; no bird in the second half of the clip.",
     "bird"),
    ("Week of the frost date. First half: a flying bird in view. Second half: no bird at all. Mulch the bed "
     "meanwhile.",
     "bird"),
    ("Okay folks, while that simmers: a flying bird in the first half, and no bird whatsoever in the second half.",
     "bird"),
    ("BREAKING: a moving ball in the first half of the clip; the second half shows no ball. — more at the top of "
     "the hour",
     "ball"),
    ("Week of sowing — a moving ball is there in the first half, and in the second half there is no ball.",
     "ball"),
    ("Folks at home, a moving ball is on screen for the first half; in the second half, no ball at all.",
     "ball"),
    ("LIVE: a walking dog in the first half; by the second half the dog is gone, and no dog is seen.",
     "dog"),
    ("Week of the frost date: a walking dog in view in the first half, and no dog in the second half. Hold off on "
     "sowing.",
     "dog"),
    ("While that simmers, folks: a walking dog in the first half, then gone — no dog in the second half.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("BREAKING: a moving car crosses the frame from the left side to the right side. More at the top of the hour.",
     "car", RIGHTWARD),
    ("Week of the frost date. The clip: a moving car drives from the right side of the frame to the left side. Sow "
     "after.",
     "car", LEFTWARD),
    ("Folks, while that simmers, watch a moving car drive from the left side of the frame over to the right side.",
     "car", RIGHTWARD),
    ("LIVE — a moving car travels from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Week of mulching: the clip shows a moving car starting on the left side of the frame and ending on the right "
     "side.",
     "car", RIGHTWARD),
    ("At home, folks, you'll see a moving car go from the right side of the frame across to the left side.",
     "car", LEFTWARD),
    ("Week of sowing. In the clip a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("BREAKING: a lively cat dashes from the right side of the frame to the left side — more at the top of the hour",
     "cat", LEFTWARD),
    ("While that simmers, folks: a lively cat runs across the frame from the left side to the right side.",
     "cat", RIGHTWARD),
    ("Week of the frost date: a lively cat runs from the right side of the frame to the left side. Mulch later.",
     "cat", LEFTWARD),
    ("LIVE: a lively cat sets off on the left side of the frame and runs to the right side.",
     "cat", RIGHTWARD),
    ("Okay folks at home, a lively cat runs from the right side of the frame to the left side while that simmers.",
     "cat", LEFTWARD),
    ("LIVE — a flying bird flies from the left side of the frame to the right side. More at the top of the hour.",
     "bird", RIGHTWARD),
    ("Folks, here's a flying bird flying from the right side of the frame to the left side. Keep an eye on it while "
     "that simmers.",
     "bird", LEFTWARD),
    ("Week of the frost date. The clip: a flying bird crosses from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("BREAKING: a flying bird crosses the frame from the right side to the left side.",
     "bird", LEFTWARD),
    ("While that simmers, folks: a flying bird flies across from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Week of sowing: a flying bird flies from the right side of the frame to the left side. Hold off on the mulch.",
     "bird", LEFTWARD),
    ("Week of mulching. In this week's clip a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("LIVE: a moving ball rolls from the right side of the frame to the left side. — more at the top of the hour",
     "ball", LEFTWARD),
    ("Folks at home, a moving ball rolls from the left side of the frame across to the right side.",
     "ball", RIGHTWARD),
    ("BREAKING — a moving ball rolls across the frame, from the right side to the left side.",
     "ball", LEFTWARD),
    ("Week of the frost date: a moving ball starts on the left side of the frame and rolls to the right side. Sow "
     "after.",
     "ball", RIGHTWARD),
    ("While that simmers, folks, a moving ball rolls from the right side of the frame over to the left side.",
     "ball", LEFTWARD),
    ("BREAKING: a walking dog walks from the left side of the frame to the right side. More at the top of the hour.",
     "dog", RIGHTWARD),
    ("Week of the frost date. The clip: a walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Folks, while that simmers: a walking dog strolls from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("LIVE — a walking dog makes its way from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Week of sowing: a walking dog walks across the frame from the left side to the right side. Mulch the bed "
     "after.",
     "dog", RIGHTWARD),
    ("At home, folks, watch a walking dog walk from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("BREAKING: the car stays still while a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Week of the frost date. The clip: the bird stays still, and a ball rolls from the right of the bird to the "
     "left of the bird.",
     "ball", "bird", LEFTWARD),
    ("Folks, while that simmers: the dog stays still, and a ball rolls from the left of the dog to the right of the "
     "dog.",
     "ball", "dog", RIGHTWARD),
    ("LIVE — a ball rolls from the right of the cat to the left of the cat; the cat stays still.",
     "ball", "cat", LEFTWARD),
    ("Week of sowing: the ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("At home, folks, a bird flies from the right of the cat to the left of the cat, and the cat stays still.",
     "bird", "cat", LEFTWARD),
    ("BREAKING: a dog walks from the left of the bird to the right of the bird as the bird stays still. More at the "
     "top of the hour.",
     "dog", "bird", RIGHTWARD),
    ("Week of mulching. In the clip the cat stays still while a dog walks from the right of the cat to the left of "
     "the cat.",
     "dog", "cat", LEFTWARD),
    ("While that simmers, folks: the car stays still, and a ball rolls from the left of the car to the right of the "
     "car.",
     "ball", "car", RIGHTWARD),
    ("LIVE: the cat stays still; a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Week of the frost date: a bird flies from the left of the ball to the right of the ball, and the ball stays "
     "still. Sow after.",
     "bird", "ball", RIGHTWARD),
    ("Okay folks, the ball stays still, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("BREAKING — the dog stays still as a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Week of sowing. The clip: a bird flies from the right of the car to the left of the car while the car stays "
     "still.",
     "bird", "car", LEFTWARD),
    ("Folks at home: the cat stays still, and a car drives from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("LIVE: a dog walks from the right of the ball to the left of the ball; the ball stays still throughout.",
     "dog", "ball", LEFTWARD),
    ("Week of the frost date — the ball stays still, and a cat runs from the left of the ball to the right of the "
     "ball.",
     "cat", "ball", RIGHTWARD),
    ("While that simmers, folks, a dog walks from the right of the ball to the left of the ball, and the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ("BREAKING: the bird stays still while a cat runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Week of mulching: the car stays still, and a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Folks, watch this at home: a bird flies from the left of the ball to the right of the ball, and the ball "
     "stays still.",
     "bird", "ball", RIGHTWARD),
    ("LIVE — the ball stays still; a bird flies from the right of the ball to the left of the ball. More at the top "
     "of the hour.",
     "bird", "ball", LEFTWARD),
    ("Week of the frost date. The clip: the ball stays still while a car drives from the left of the ball to the "
     "right of the ball.",
     "car", "ball", RIGHTWARD),
    ("While that simmers, folks: the dog stays still, and a bird flies from the right of the dog to the left of the "
     "dog.",
     "bird", "dog", LEFTWARD),
    ("BREAKING: a dog walks from the left of the car to the right of the car, and the car stays still.",
     "dog", "car", RIGHTWARD),
    ("Week of sowing — a bird flies from the right of the ball to the left of the ball; the ball stays still.",
     "bird", "ball", LEFTWARD),
    ("Okay folks at home, the cat stays still while a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("LIVE: the car stays still as a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Week of the frost date: the dog stays still, and a cat runs from the left of the dog to the right of the dog. "
     "Mulch later.",
     "cat", "dog", RIGHTWARD),
    ("Folks, while that simmers: a cat runs from the right of the ball to the left of the ball, and the ball stays "
     "still.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("BREAKING: seen from above, a moving car drives from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("Week of the frost date. The clip, top-down: a moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Folks, while that simmers, look down from above: a moving car drives from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("LIVE — overhead view: a moving car goes from the lower right corner to the upper right corner, and then to "
     "the upper left corner.",
     "car", BR_TR_TL),
    ("Week of sowing: from directly above, a lively cat runs from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "cat", BL_BR_TR),
    ("At home, folks, here's a top-down view: a lively cat runs from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("BREAKING — seen from above, a lively cat runs from the lower right corner to the lower left corner, then on "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("Week of mulching. Seen from above, a lively cat runs from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "cat", BR_TR_TL),
    ("While that simmers, folks: from above, a flying bird flies from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("LIVE: a top-down view of a flying bird flying from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Week of the frost date — from directly above, a flying bird flies from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Okay folks, looking down from above: a flying bird flies from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Week of sowing. The clip, seen from above: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("BREAKING: from overhead, a moving ball rolls from the lower left corner to the upper left corner, and then to "
     "the upper right corner.",
     "ball", BL_TL_TR),
    ("Folks at home, from above: a moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("Week of the frost date: top-down, a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "ball", BR_TR_TL),
    ("LIVE — seen from above, a walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("While that simmers, folks, a view from above: a walking dog walks from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Week of mulching: from directly above, a walking dog walks from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("BREAKING: overhead footage of a walking dog walking from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Folks, from above this time: a moving car drives from the bottom left corner to the bottom right corner, then "
     "to the top right corner.",
     "car", BL_BR_TR),
    ("Week of the frost date. Seen from above, a lively cat runs from the bottom left corner to the top left "
     "corner, then to the top right corner.",
     "cat", BL_TL_TR),
    ("LIVE: from above, a flying bird flies from the bottom right corner to the bottom left corner, then to the top "
     "left corner.",
     "bird", BR_BL_TL),
    ("Week of sowing — top-down view: a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "ball", BR_TR_TL),
    ("At home, folks, seen from above: a walking dog walks from the lower left corner to the lower right corner, "
     "and then to the upper right corner.",
     "dog", BL_BR_TR),
    ("BREAKING — seen from overhead, a moving car drives from the lower left corner to the upper left corner, and "
     "on to the upper right corner.",
     "car", BL_TL_TR),
    ("Week of mulching. From above: a lively cat runs from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "cat", BR_BL_TL),
    ("While that simmers, folks, from directly above: a flying bird flies from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("LIVE: seen from above, a moving ball rolls from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "ball", BL_BR_TR),
    ("Week of the frost date: from above, a walking dog walks from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
