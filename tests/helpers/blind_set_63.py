"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a stage manager's cue sheet called from the prompt desk ("Standby.", "Go.", "Top of show:", "At the
  halfway mark:", "Hold.", "Clear."), where the stage manager, the crew, the stage and its lights are
  never in the video, each cue states a plain fact about the clip, and left and right are always the
  frame's, never "stage left";
- an auctioneer's spoken call from the rostrum, not a printed catalogue ("What am I bid for ...?",
  "Fresh to the market, ...", "Look at this, ladies and gentlemen:", "Sold!"), where the auctioneer, the
  bidders, the gavel and the saleroom are never in the video, and no bid is ever named;
- a fortune teller's crystal-gazing, not a card reading ("The mists part and I see ...", "The vision
  clears ...", "So it is written in the glass"), where the fortune teller, the seeker and the crystal are
  never in the video, the glass is never called a ball, and what she sees is always what the clip shows.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no numbered cues, no bids, no "going once, going twice",
no lucky numbers). No voice uses a colour word for its own props. A relation names its second object at
both ends and says that object stays still. It takes LVD's next draws: attribution pairs 30-59, and
two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on b707e9d 159/180 = 88.3% (numeracy 21, attribution 30, visibility 28, one-object 26, two-object 28,
sequential 26 of 30); on 1920abf 161/180 (numeracy 23, attribution 30, visibility 28, one-object 26, two-object 28,
sequential 26); 173/180 after the fixes of its own commit (numeracy 26, attribution 30, visibility 30, one-object 28,
two-object 30, sequential 29); 179/180 on 9a005fc (the next session's framing sentences and route reading;
numeracy 29, the rest 30), 180/180 once "until the end of the clip" was read as the clip's end.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Standby. Top of show: a single moving car in the frame, and it stays there until the end. Nothing else in "
     "the frame. Go.",
     "car", 1),
    ("What am I bid for this? Two moving cars, in the frame from the start of the clip to its end, and nothing "
     "else in it. Sold!",
     "car", 2),
    ("The mists part and I see three moving cars. They are in the frame from beginning to end, and I see nothing "
     "else there.",
     "car", 3),
    ("Four moving cars in the frame for the whole clip, nothing else in it. Standby, and go. Hold to the end.",
     "car", 4),
    ("Fresh to the market, ladies and gentlemen: one lively cat, alone in the frame from start to finish. Nothing "
     "else comes with it.",
     "cat", 1),
    ("The vision clears. Two lively cats are in the frame from the first moment to the last, and nothing else is.",
     "cat", 2),
    ("Top of show, go: three lively cats in the frame. They hold there to the end of the clip. Nothing else "
     "enters.",
     "cat", 3),
    ("Look at this, ladies and gentlemen: four lively cats in the frame the whole clip through, and not a thing "
     "else in it.",
     "cat", 4),
    ("I gaze, and a single flying bird comes to me, in the frame from the start of the clip to its end. There is "
     "nothing else in the vision.",
     "bird", 1),
    ("Standby. Two flying birds in the frame from start to end. Nothing else in the frame. Clear.",
     "bird", 2),
    ("What am I bid for three flying birds, in the frame from beginning to end with nothing else beside them? "
     "Sold!",
     "bird", 3),
    ("So it is written in the glass: four flying birds, in the frame for the whole clip, and nothing else.",
     "bird", 4),
    ("Go on the moving ball: just the one, in the frame from the first moment to the last. Nothing else in the "
     "frame. Hold.",
     "ball", 1),
    ("Fresh to the market: two moving balls, in the frame from start to finish, nothing else with them.",
     "ball", 2),
    ("The mists part. Three moving balls, in the frame from the start of the clip to the end, and nothing else do "
     "I see.",
     "ball", 3),
    ("Standby. Four moving balls in the frame from beginning to end, and nothing else. Go.",
     "ball", 4),
    ("Look at this: a walking dog, only one, in the frame from start to finish, nothing else in the frame. Sold!",
     "dog", 1),
    ("The vision clears on two walking dogs, in the frame the whole clip long. Nothing else is in it.",
     "dog", 2),
    ("Top of show: three walking dogs in the frame, holding there until the end of the clip. Nothing else in the "
     "frame. Go.",
     "dog", 3),
    ("What am I bid? Four walking dogs, in the frame from the start of the clip to its end, and nothing else "
     "there.",
     "dog", 4),
    ("I see one moving car in the mists, in the frame from beginning to end, and nothing else at all.",
     "car", 1),
    ("Go: four lively cats in the frame from start to end. Nothing else in the frame. Hold to the end. Clear.",
     "cat", 4),
    ("Ladies and gentlemen, two flying birds, in the frame from the first moment to the last, and nothing else in "
     "the frame. Sold!",
     "bird", 2),
    ("So it is written in the glass: one moving ball, in the frame for the whole clip, alone.",
     "ball", 1),
    ("Standby. Two walking dogs in the frame the whole clip through. Nothing else enters. Go.",
     "dog", 2),
    ("Fresh to the market, three moving cars, in the frame from start to finish with nothing else beside them.",
     "car", 3),
    ("The mists part on a single lively cat, in the frame from the start of the clip to its end. Nothing else is "
     "there.",
     "cat", 1),
    ("Top of show, go: three flying birds in the frame, and they stay until the end. Nothing else in the frame.",
     "bird", 3),
    ("Look at this lot, ladies and gentlemen: four moving balls, in the frame from beginning to end, and nothing "
     "else in it.",
     "ball", 4),
    ("The vision clears. Four walking dogs, in the frame from start to finish, and nothing else.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Standby. Top of show: a red car and a brown bird, side by side in the frame from start to end. Go.",
     "car", "red", "bird", "brown"),
    ("What am I bid for a purple cat sitting beside a green car, both in the frame the whole clip?",
     "cat", "purple", "car", "green"),
    ("The mists part and I see a gray car with an orange dog next to it, in the frame from beginning to end.",
     "car", "gray", "dog", "orange"),
    ("Go: a red cat and a gray dog, next to each other in the frame. Hold them there to the end.",
     "cat", "red", "dog", "gray"),
    ("Fresh to the market, a red dog beside a gray car, the pair side by side in the frame throughout. Sold!",
     "dog", "red", "car", "gray"),
    ("The vision clears on a purple dog and a yellow car, side by side in the frame from start to finish.",
     "dog", "purple", "car", "yellow"),
    ("Standby. A red cat with a gray ball beside it, both in the frame for the whole clip. Go.",
     "cat", "red", "ball", "gray"),
    ("Look at this, ladies and gentlemen: a brown cat next to a blue dog, in the frame from start to end.",
     "cat", "brown", "dog", "blue"),
    ("So it is written in the glass: a white dog and a red cat, side by side in the frame the whole clip long.",
     "dog", "white", "cat", "red"),
    ("Top of show: a yellow bird beside an orange car in the frame. Hold them both to the end. Clear.",
     "bird", "yellow", "car", "orange"),
    ("What am I bid for a green dog and a blue car, next to each other in the frame from beginning to end?",
     "dog", "green", "car", "blue"),
    ("I gaze, and there is a black cat with a brown ball beside it, both in the frame from start to finish.",
     "cat", "black", "ball", "brown"),
    ("Go on a purple car and a red cat, side by side in the frame for the whole clip. Hold.",
     "car", "purple", "cat", "red"),
    ("Fresh to the market: a gray dog sitting next to a brown cat, both in the frame from start to end.",
     "dog", "gray", "cat", "brown"),
    ("The mists part. A black car and a brown dog stand side by side in the frame from the first moment to the "
     "last.",
     "car", "black", "dog", "brown"),
    ("Standby. A yellow ball beside a pink dog, in the frame from start to finish. Go.",
     "ball", "yellow", "dog", "pink"),
    ("Look at this: a gray cat with a white dog next to it, the two side by side in the frame the whole clip. Sold!",
     "cat", "gray", "dog", "white"),
    ("The vision clears on a yellow dog beside an orange car, both in the frame from beginning to end.",
     "dog", "yellow", "car", "orange"),
    ("Top of show, go: a black bird and a brown cat, next to each other in the frame until the end of the clip.",
     "bird", "black", "cat", "brown"),
    ("What am I bid for a white ball and a red car, side by side in the frame from start to end?",
     "ball", "white", "car", "red"),
    ("So it is written in the glass: a white ball next to a black cat, both in the frame for the whole clip.",
     "ball", "white", "cat", "black"),
    ("Standby. A yellow cat and a pink ball, side by side in the frame from the start of the clip to its end. "
     "Clear.",
     "cat", "yellow", "ball", "pink"),
    ("Fresh to the market, ladies and gentlemen: a black car with an orange bird beside it, both in the frame "
     "throughout.",
     "car", "black", "bird", "orange"),
    ("I see an orange ball beside a brown car in the mists, the two side by side in the frame from start to "
     "finish.",
     "ball", "orange", "car", "brown"),
    ("Go: a gray bird and a green cat next to each other in the frame. Hold them there for the whole clip.",
     "bird", "gray", "cat", "green"),
    ("Look at this pair: a blue car and a red cat, side by side in the frame from beginning to end. Sold!",
     "car", "blue", "cat", "red"),
    ("The vision clears. A white ball sits beside a black car, both in the frame the whole clip long.",
     "ball", "white", "car", "black"),
    ("Top of show: a green bird and a white ball, side by side in the frame from start to end. Go.",
     "bird", "green", "ball", "white"),
    ("What am I bid for a blue ball next to a yellow dog, both in the frame from start to finish?",
     "ball", "blue", "dog", "yellow"),
    ("The mists part and I see a yellow bird with a blue ball beside it, in the frame for the whole clip.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Top of show: no car in the frame for the first half. At the halfway mark, go: a moving car appears and "
     "stays to the end.",
     "car"),
    ("What am I bid for this? The first half has no car in the frame; in the second half a moving car appears "
     "and stays.",
     "car"),
    ("The mists part slowly. In the first half I see no car. In the second half a moving car appears in the frame "
     "and remains.",
     "car"),
    ("Standby. First half: no cat in the frame. At the halfway mark a lively cat appears, and it stays until the "
     "end. Go.",
     "cat"),
    ("Look at this, ladies and gentlemen: no cat in the first half, and then a lively cat appears in the frame in "
     "the second half and stays.",
     "cat"),
    ("The vision clears. The first half holds no cat; in the second half a lively cat appears in the frame and "
     "stays.",
     "cat"),
    ("Hold through the first half with no bird in the frame. Second half, go: a flying bird appears and stays.",
     "bird"),
    ("Fresh to the market: a clip whose first half has no bird, and in the second half a flying bird appears in "
     "the frame and remains.",
     "bird"),
    ("I gaze. There is no bird in the first half. In the second half a flying bird appears in the frame and stays "
     "to the end.",
     "bird"),
    ("Top of show: no ball. At the halfway mark, go: a moving ball appears in the frame and holds there.",
     "ball"),
    ("What am I bid? No ball in the frame for the first half, then a moving ball appears in the second half and "
     "stays. Sold!",
     "ball"),
    ("So it is written in the glass: the first half shows no ball, and in the second half a moving ball appears "
     "and stays.",
     "ball"),
    ("Standby. No dog in the frame for the first half. In the second half, go: a walking dog appears and stays.",
     "dog"),
    ("Look at this: the first half has no dog, and a walking dog appears in the frame in the second half and "
     "remains.",
     "dog"),
    ("The mists part on an empty first half, with no dog. In the second half a walking dog appears in the frame "
     "and stays.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Top of show: a moving car in the frame for the first half. At the halfway mark it is cleared: no car in the "
     "second half.",
     "car"),
    ("What am I bid for a moving car, in the frame for the first half only? In the second half there is no car.",
     "car"),
    ("The vision clears on a moving car in the frame in the first half. In the second half I see no car.",
     "car"),
    ("Standby. A lively cat in the frame for the first half. At the halfway mark, go: no cat in the second half.",
     "cat"),
    ("Fresh to the market: a lively cat in the frame in the first half, and no cat at all in the second half.",
     "cat"),
    ("The mists part and a lively cat is there in the first half; in the second half there is no cat.",
     "cat"),
    ("A flying bird in the frame for the first half. Halfway mark, go: clear it. No bird in the second half.",
     "bird"),
    ("Look at this, ladies and gentlemen: a flying bird in the frame for the first half, and in the second half "
     "no bird.",
     "bird"),
    ("I gaze, and a flying bird is in the frame for the first half. The second half has no bird.",
     "bird"),
    ("Standby. A moving ball holds in the frame for the first half. In the second half there is no ball. Clear.",
     "ball"),
    ("What am I bid? A moving ball in the frame during the first half, then no ball in the second half. Sold!",
     "ball"),
    ("So it is written in the glass: a moving ball in the frame in the first half, and no ball in the second "
     "half.",
     "ball"),
    ("Top of show: a walking dog in the frame for the first half. At the halfway mark, go: no dog in the second "
     "half.",
     "dog"),
    ("Fresh to the market, a walking dog in the frame for the first half only; the second half has no dog.",
     "dog"),
    ("The vision clears. A walking dog in the frame in the first half, and in the second half no dog remains.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Standby. A moving car on the left side of the frame. Go: it drives to the right side of the frame.",
     "car", RIGHTWARD),
    ("What am I bid for a moving car that starts on the right side of the frame and ends on the left side?",
     "car", LEFTWARD),
    ("The mists part and I see a moving car going from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Top of show: a moving car on the right side of the frame. Go, and it finishes on the left side. Clear.",
     "car", LEFTWARD),
    ("Look at this, ladies and gentlemen: a moving car driving from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("The vision clears on a moving car crossing from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Go: a lively cat runs from the left side of the frame to the right side. Hold at the end.",
     "cat", RIGHTWARD),
    ("Fresh to the market: a lively cat, beginning on the right side of the frame and ending on the left side.",
     "cat", LEFTWARD),
    ("I gaze, and a lively cat walks from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Standby. A lively cat on the right side of the frame. Go: it crosses to the left side.",
     "cat", LEFTWARD),
    ("What am I bid? A lively cat that goes from the left side of the frame to the right side. Sold!",
     "cat", RIGHTWARD),
    ("So it is written in the glass: a lively cat starts on the right side of the frame and ends on the left "
     "side.",
     "cat", LEFTWARD),
    ("Top of show: a flying bird on the left side of the frame. Go: it flies over to the right side.",
     "bird", RIGHTWARD),
    ("Look at this: a flying bird crossing from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("The mists part on a flying bird, which flies from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Standby. Go on a flying bird: from the right side of the frame to the left side. Clear.",
     "bird", LEFTWARD),
    ("Fresh to the market, ladies and gentlemen: a flying bird that starts on the left side of the frame and "
     "finishes on the right side.",
     "bird", RIGHTWARD),
    ("The vision clears. A flying bird begins on the right side of the frame and ends on the left side.",
     "bird", LEFTWARD),
    ("Go: a moving ball rolls from the left side of the frame to the right side. Hold.",
     "ball", RIGHTWARD),
    ("What am I bid for a moving ball rolling from the right side of the frame to the left side?",
     "ball", LEFTWARD),
    ("I see a moving ball in the mists, starting on the left side of the frame and stopping on the right side.",
     "ball", RIGHTWARD),
    ("Top of show: a moving ball on the right side of the frame. Go: it rolls to the left side.",
     "ball", LEFTWARD),
    ("Look at this, ladies and gentlemen: a moving ball, on the left side of the frame at the start and on the "
     "right side at the end. Sold!",
     "ball", RIGHTWARD),
    ("So it is written in the glass: a moving ball goes from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Standby. A walking dog on the left side of the frame. Go: it walks across to the right side.",
     "dog", RIGHTWARD),
    ("Fresh to the market: a walking dog that begins on the right side of the frame and ends on the left side.",
     "dog", LEFTWARD),
    ("The mists part and a walking dog crosses from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Go on a walking dog, from the right side of the frame to the left side. Hold it there. Clear.",
     "dog", LEFTWARD),
    ("What am I bid? A walking dog walking from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("The vision clears. A walking dog starts on the right side of the frame and finishes on the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Standby. The ball holds still. Go: a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("What am I bid for this? The ball stays still while a bird flies from the right of the ball to the left of "
     "the ball.",
     "bird", "ball", LEFTWARD),
    ("The mists part. The dog does not move, and a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Top of show: the car stays still. Go on a bird, flying from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Look at this, ladies and gentlemen: the cat stays still as a car drives from the left of the cat to the "
     "right of the cat.",
     "car", "cat", RIGHTWARD),
    ("The vision clears. The ball lies still while a dog walks from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Standby: the ball does not move. Go: a cat goes from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("Fresh to the market: a dog walking from the right of the ball to the left of the ball, and the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ("I gaze, and the bird stays still while a cat moves from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Go: a dog walks from the right of the car to the left of the car. The car holds still throughout.",
     "dog", "car", LEFTWARD),
    ("What am I bid? The ball stays put, and a bird flies from the left of the ball to the right of the ball. "
     "Sold!",
     "bird", "ball", RIGHTWARD),
    ("So it is written in the glass: the ball stays still, and a bird flies from the right of the ball to the "
     "left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Top of show: the ball holds still. Go on a car, driving from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Look at this: the dog stays still while a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("The mists part on a still car, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Standby. The ball stays still. Go: a bird flies from the right of the ball to the left of the ball. Clear.",
     "bird", "ball", LEFTWARD),
    ("Fresh to the market, ladies and gentlemen: the cat stays still as a dog walks from the left of the cat to "
     "the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The vision clears. The car does not move, and a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Go: a cat moves from the left of the dog to the right of the dog, and the dog holds still. Hold.",
     "cat", "dog", RIGHTWARD),
    ("What am I bid for a cat going from the right of the ball to the left of the ball, while the ball stays "
     "still?",
     "cat", "ball", LEFTWARD),
    ("I see the dog standing still in the mists, and a cat going from the left of the dog to the right of the "
     "dog.",
     "cat", "dog", RIGHTWARD),
    ("Top of show: the dog stays still. Go: a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Look at this, ladies and gentlemen: the bird stays still while a dog walks from the left of the bird to the "
     "right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("So it is written in the glass: the cat does not move, and a bird flies from the right of the cat to the "
     "left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Standby. The bird holds still. Go: a cat walks from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Fresh to the market: the cat stays put as a bird flies from the right of the cat to the left of the cat. "
     "Sold!",
     "bird", "cat", LEFTWARD),
    ("The mists part. The cat stays still, and a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Go on a bird: it flies from the right of the dog to the left of the dog, and the dog holds still.",
     "bird", "dog", LEFTWARD),
    ("What am I bid? The cat stays still while a dog goes from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The vision clears on a still car, and a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Standby, view from directly above. Go: a moving car in the lower left corner, then the lower right corner, "
     "then the upper right corner.",
     "car", BL_BR_TR),
    ("What am I bid for this, seen from above? A moving car drives from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("The mists part and I look straight down on a moving car. It starts in the lower right corner, goes to the "
     "lower left corner, and ends in the upper left corner.",
     "car", BR_BL_TL),
    ("Top of show, seen from overhead: a moving car in the lower right corner. Go to the upper right corner, then "
     "on to the upper left corner. Hold.",
     "car", BR_TR_TL),
    ("Look at this, ladies and gentlemen, viewed from directly above: a lively cat walks from the lower left "
     "corner to the lower right corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("The vision clears, seen from above: a lively cat begins in the lower left corner, goes to the upper left "
     "corner, and finishes in the upper right corner.",
     "cat", BL_TL_TR),
    ("Top-down view. Standby: a lively cat in the lower right corner. Go to the lower left corner. Go again to the "
     "upper left corner. Clear.",
     "cat", BR_BL_TL),
    ("Fresh to the market, a top-down view: a lively cat going from the lower right corner to the upper right "
     "corner, and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("I gaze down from overhead, and a flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Viewed from directly above. Go: a flying bird in the lower left corner, then in the upper left corner, "
     "last in the upper right corner.",
     "bird", BL_TL_TR),
    ("What am I bid? Seen from overhead, a flying bird starts in the lower right corner, flies to the lower left "
     "corner, and ends in the upper left corner.",
     "bird", BR_BL_TL),
    ("So it is written in the glass, seen from above: a flying bird goes from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Top of show, top-down view: a moving ball in the lower left corner. Go: it rolls to the lower right corner, "
     "then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Look at this, seen from directly above: a moving ball rolls from the lower left corner to the upper left "
     "corner, and stops in the upper right corner.",
     "ball", BL_TL_TR),
    ("The mists part, and from overhead I see a moving ball go from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Standby, viewed from above. A moving ball in the lower right corner. Go: it rolls to the upper right corner "
     "and finishes in the upper left corner.",
     "ball", BR_TR_TL),
    ("Fresh to the market, seen from directly above: a walking dog goes from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("The vision clears from a top-down view: a walking dog starts in the lower left corner, walks to the upper "
     "left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Seen from overhead. Go: a walking dog in the lower right corner, then in the lower left corner, and last in "
     "the upper left corner. Hold.",
     "dog", BR_BL_TL),
    ("What am I bid, seen from above? A walking dog walks from the lower right corner to the upper right corner, "
     "and ends in the upper left corner. Sold!",
     "dog", BR_TR_TL),
    ("I see from overhead a moving car drive from the lower left corner to the lower right corner, then to the "
     "upper right corner.",
     "car", BL_BR_TR),
    ("Top of show, looking straight down: a moving car in the lower left corner. Go to the upper left corner, and "
     "on to the upper right corner.",
     "car", BL_TL_TR),
    ("Look at this, ladies and gentlemen, viewed from directly above: a lively cat goes from the lower right "
     "corner to the lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("The mists part from overhead: a lively cat starts in the lower right corner, goes to the upper right corner, "
     "and ends in the upper left corner.",
     "cat", BR_TR_TL),
    ("Standby, top-down view. Go: a flying bird passes from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "bird", BL_BR_TR),
    ("Fresh to the market, seen from overhead: a flying bird flies from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("So it is written in the glass, looking down from above: a moving ball, lower right corner first, then the "
     "lower left corner, then the upper left corner.",
     "ball", BR_BL_TL),
    ("Seen from directly above. Standby: a moving ball in the lower right corner. Go: it rolls to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("What am I bid for this, viewed from above? A walking dog goes from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("The vision clears, with a top-down view: a walking dog begins in the lower left corner, walks to the upper "
     "left corner, and ends in the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
