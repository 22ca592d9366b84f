"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a museum audio-guide stop ("Audio guide, this stop. The film here shows ...", "You're listening to the
  audio guide.", "Watch ..."), where the guide, the listener, the gallery and its screen are never in the
  video, and the film the guide talks about is the clip itself;
- a surveyor's field book ("Field book. Opening sight: ...", "Midway sight: ...", "Closing sight: ...",
  "booked", "Page closed."), where the surveyor, the instruments and the survey are never in the video,
  and the opening, midway and closing sights are the clip's start, middle and end;
- a crossword setter's clues with their answers ("Across: ... Answer: TWO DOGS.", "Down: ... (answer:
  ...)"), where the setter, the grid and the answers' letters are never in the video; a clue says the
  scene plainly, its answer only repeats it, and no clue carries a number or a letter count.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 90-99 then 0-19, and two-object
relations 30-49 then 0-9 (in LVD's order; both draws wrap round LVD's end).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 6d974a6 151/180 = 83.9% (numeracy 18, attribution 30, visibility 28, one-object 27, two-object 19,
sequential 29 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Audio guide. In the film at this stop, one moving car is on view from the first frame to the last, and nothing "
     "else appears. Please walk on when you're ready.",
     "car", 1),
    ("Field book. Opening sight: two moving cars. Closing sight: the same two moving cars. Nothing else booked.",
     "car", 2),
    ("Across: three moving cars, there from the clip's start to its end, with nothing else beside them. Answer: THREE "
     "CARS.",
     "car", 3),
    ("Welcome to this stop of the audio guide. The film shows four moving cars for its whole length; nothing else is "
     "in it.",
     "car", 4),
    ("Field book entry: one lively cat, sighted alone from the opening sight to the closing sight.",
     "cat", 1),
    ("Down: two lively cats in view for the whole clip and nothing else (answer: TWO CATS).",
     "cat", 2),
    ("Audio guide, this stop. Watch three lively cats; they stay in the film from beginning to end, and nothing else "
     "joins them.",
     "cat", 3),
    ("Field book. Four lively cats in the frame at every sight, opening to closing. No other entries.",
     "cat", 4),
    ("Across: one flying bird, alone in the clip from start to finish. Answer: ONE BIRD.",
     "bird", 1),
    ("Audio guide. Here the film shows two flying birds, present the whole time, and nothing more.",
     "bird", 2),
    ("Field book. Opening sight: three flying birds. Midway sight: still three. Closing sight: three. Nothing else in "
     "the frame.",
     "bird", 3),
    ("Down: four flying birds fill the clip from first frame to last; nothing else is in it. Answer: FOUR BIRDS.",
     "bird", 4),
    ("Audio guide, next stop. In this film, one moving ball stays in view from start to end. That is all there is to "
     "see.",
     "ball", 1),
    ("Field book: two moving balls booked at the opening sight and again at the closing sight; nothing else sighted.",
     "ball", 2),
    ("Across: three moving balls, and only them, for the whole clip. Answer: THREE BALLS.",
     "ball", 3),
    ("Audio guide. This stop's film holds four moving balls from its opening to its close, and nothing else.",
     "ball", 4),
    ("Field book entry. One walking dog in the frame throughout; no other sightings.",
     "dog", 1),
    ("Down: two walking dogs, on view from the start of the clip to its end, nothing else (answer: TWO DOGS).",
     "dog", 2),
    ("You're listening to the audio guide. The film here shows three walking dogs the whole way through, with nothing "
     "else in it.",
     "dog", 3),
    ("Field book. Opening sight to closing sight: four walking dogs. Nothing else booked. Page closed.",
     "dog", 4),
    ("Across: a lone moving car, just one, in the clip from beginning to end. Answer: ONE CAR.",
     "car", 1),
    ("Audio guide. The short film at this stop shows three lively cats from its first moment to its last; nothing "
     "else appears.",
     "cat", 3),
    ("Field book. Two flying birds in the frame at every sight, from opening to close. No other entries.",
     "bird", 2),
    ("Down: four moving balls, the clip's only contents, start to end. Answer: FOUR BALLS.",
     "ball", 4),
    ("Audio guide, this stop: one walking dog, alone in the film from start to finish.",
     "dog", 1),
    ("Field book entry: two moving cars sighted at the opening and at the close; nothing else in the frame.",
     "car", 2),
    ("Across: four lively cats stay in the clip the whole time, with nothing else. Answer: FOUR CATS.",
     "cat", 4),
    ("Audio guide. In this film, one flying bird is on view all the way through, and there is nothing else.",
     "bird", 1),
    ("Field book. Three moving balls booked for the whole survey of the frame, opening to close. Nothing else.",
     "ball", 3),
    ("Down: the whole clip shows two walking dogs and nothing else. Answer: TWO DOGS.",
     "dog", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("Audio guide. The film at this stop shows a white cat beside an orange dog, both there from start to end.",
     "cat", "white", "dog", "orange"),
    ("Field book. Opening sight: a green bird and an orange car, side by side. Closing sight: both still there.",
     "bird", "green", "car", "orange"),
    ("Across: a brown dog next to a red ball for the whole clip. Answer: BROWN DOG, RED BALL.",
     "dog", "brown", "ball", "red"),
    ("Audio guide, this stop. Watch a yellow car with a white bird next to it; they stay together throughout the film.",
     "car", "yellow", "bird", "white"),
    ("Field book entry: a blue cat and a brown bird sighted together at every sight.",
     "cat", "blue", "bird", "brown"),
    ("Down: a black bird and an orange cat share the clip from first frame to last (answer: BLACK BIRD, ORANGE CAT).",
     "bird", "black", "cat", "orange"),
    ("Audio guide. In this film a black ball lies beside a red dog the whole time.",
     "ball", "black", "dog", "red"),
    ("Field book. A brown bird and an orange dog, side by side, booked from the opening sight to the closing sight.",
     "bird", "brown", "dog", "orange"),
    ("Across: a red ball alongside a purple car, there throughout the clip. Answer: RED BALL, PURPLE CAR.",
     "ball", "red", "car", "purple"),
    ("Audio guide, next stop. The film shows a purple car and a white bird together from its beginning to its end.",
     "car", "purple", "bird", "white"),
    ("Field book. Opening sight: a blue cat with a white bird beside it. Both booked again at the closing sight.",
     "cat", "blue", "bird", "white"),
    ("Down: a yellow dog and a green ball, side by side all through the clip. Answer: YELLOW DOG, GREEN BALL.",
     "dog", "yellow", "ball", "green"),
    ("You're listening to the audio guide. In the film here, a blue dog stands next to an orange car for the whole "
     "clip.",
     "dog", "blue", "car", "orange"),
    ("Field book entry: a purple ball and a blue car, together in the frame from opening to close.",
     "ball", "purple", "car", "blue"),
    ("Across: a green dog beside a black bird from the clip's start to its finish (answer: GREEN DOG, BLACK BIRD).",
     "dog", "green", "bird", "black"),
    ("Audio guide. Here you'll see a purple ball next to a black cat, both on view throughout.",
     "ball", "purple", "cat", "black"),
    ("Field book. A black car and an orange bird sighted side by side at every sight. Page closed.",
     "car", "black", "bird", "orange"),
    ("Down: a black ball and a purple cat, together for the whole clip. Answer: BLACK BALL, PURPLE CAT.",
     "ball", "black", "cat", "purple"),
    ("Audio guide, this stop. The film shows a pink bird beside a brown dog from the first frame to the last.",
     "bird", "pink", "dog", "brown"),
    ("Field book. Opening sight: a brown ball next to a blue dog. Closing sight: unchanged, both still in place.",
     "ball", "brown", "dog", "blue"),
    ("Across: a yellow ball with a pink dog beside it throughout the clip. Answer: YELLOW BALL, PINK DOG.",
     "ball", "yellow", "dog", "pink"),
    ("Audio guide. Watch a pink bird and a gray ball side by side; both stay until the film ends.",
     "bird", "pink", "ball", "gray"),
    ("Field book entry: a gray dog and a purple car, together, booked from the opening sight to the closing sight.",
     "dog", "gray", "car", "purple"),
    ("Down: a green cat next to a purple ball for the clip's whole length (answer: GREEN CAT, PURPLE BALL).",
     "cat", "green", "ball", "purple"),
    ("Audio guide, next stop. In this film a green dog and a gray ball are together the whole time.",
     "dog", "green", "ball", "gray"),
    ("Field book. A yellow ball and a pink bird, side by side in the frame at every sight.",
     "ball", "yellow", "bird", "pink"),
    ("Across: a pink cat and a yellow dog, together from start to end of the clip. Answer: PINK CAT, YELLOW DOG.",
     "cat", "pink", "dog", "yellow"),
    ("Audio guide. The film here shows a brown car beside a yellow ball for its whole length.",
     "car", "brown", "ball", "yellow"),
    ("Field book. Opening sight: a brown car with a white dog next to it. Midway and closing sights: both still there.",
     "car", "brown", "dog", "white"),
    ("Down: an orange dog beside a brown car all through the clip. Answer: ORANGE DOG, BROWN CAR.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Audio guide. For the first half of this film there is no car. In the second half a moving car comes into view "
     "and stays to the end.",
     "car"),
    ("Field book. First half: no car sighted. Second half: a moving car, booked at the midway sight and again at the "
     "closing sight.",
     "car"),
    ("Across: no car in the first half of the clip; a moving car arrives in the second half and stays. Answer: LATE "
     "CAR.",
     "car"),
    ("Audio guide, this stop. The film opens with no cat at all; only in its second half does a lively cat appear.",
     "cat"),
    ("Field book entry: no cat sighted during the first half. A lively cat first booked in the second half, still "
     "there at the close.",
     "cat"),
    ("Down: a lively cat that is absent in the first half of the clip and present in the second half. Answer: "
     "LATECOMER CAT.",
     "cat"),
    ("Audio guide. Watch the film closely: there is no bird during its first half, then a flying bird arrives in the "
     "second half.",
     "bird"),
    ("Field book. First half: no bird. Second half: a flying bird in the frame through to the closing sight.",
     "bird"),
    ("Across: a flying bird appears only in the second half of the clip; in the first half there is no bird. Answer: "
     "BIRD, SECOND HALF.",
     "bird"),
    ("You're listening to the audio guide. In this film no ball is seen during the first half; a moving ball rolls "
     "in for the second half.",
     "ball"),
    ("Field book. No ball booked at the opening sight or anywhere in the first half; a moving ball sighted through "
     "the second half.",
     "ball"),
    ("Down: first half, no ball; second half, a moving ball. Answer: BALL ARRIVES.",
     "ball"),
    ("Audio guide, next stop. The first half of this film has no dog. Halfway through, a walking dog comes in and "
     "stays for the second half.",
     "dog"),
    ("Field book entry. First half of the survey: no dog. Second half: a walking dog in the frame up to the closing "
     "sight.",
     "dog"),
    ("Across: a walking dog that shows up only in the second half of the clip, with no dog in the first half. "
     "Answer: DOG, LATE.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Audio guide. A moving car is in this film for the first half only; in the second half there is no car.",
     "car"),
    ("Field book. First half: a moving car in the frame. Second half: no car sighted. Page closed.",
     "car"),
    ("Down: a moving car present in the first half of the clip and gone in the second half. Answer: CAR LEAVES.",
     "car"),
    ("Audio guide, this stop. The film begins with a lively cat, but by the second half the cat is gone and there is "
     "no cat.",
     "cat"),
    ("Field book entry: a lively cat booked through the first half; no cat in the second half.",
     "cat"),
    ("Across: a lively cat in the clip's first half, no cat in its second half. Answer: VANISHING CAT.",
     "cat"),
    ("Audio guide. You'll see a flying bird in the first half of the film; in the second half there is no bird.",
     "bird"),
    ("Field book. Opening sight: a flying bird. Midway sight: the bird gone. Second half: no bird.",
     "bird"),
    ("Down: a flying bird that is there in the first half of the clip and absent from the second half. Answer: BIRD, "
     "EARLY.",
     "bird"),
    ("You're listening to the audio guide. This film shows a moving ball during its first half only; no ball remains "
     "in the second half.",
     "ball"),
    ("Field book. First half: a moving ball sighted. Second half: no ball. Nothing more booked.",
     "ball"),
    ("Across: first half, a moving ball; second half, no ball. Answer: BALL GONE.",
     "ball"),
    ("Audio guide, next stop. A walking dog is in the film's first half; halfway through it leaves, and the second "
     "half has no dog.",
     "dog"),
    ("Field book entry. A walking dog in the frame for the first half of the survey; no dog in the second half.",
     "dog"),
    ("Down: a walking dog that leaves halfway, so there is a dog in the first half of the clip and no dog in the "
     "second. Answer: DOG DEPARTS.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Audio guide. In this film a moving car drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Field book. Opening sight: a moving car on the right side of the frame. Closing sight: the car on the left side.",
     "car", LEFTWARD),
    ("Across: a moving car that crosses the clip from the left side of the frame to the right side. Answer: CAR "
     "HEADING RIGHT.",
     "car", RIGHTWARD),
    ("Audio guide, this stop. Watch a moving car start on the right side of the frame and finish on the left side.",
     "car", LEFTWARD),
    ("Field book entry: a moving car, left side of the frame at the opening sight, right side at the closing sight.",
     "car", RIGHTWARD),
    ("Down: a moving car going from the right side of the frame to the left side (answer: CAR HEADING LEFT).",
     "car", LEFTWARD),
    ("You're listening to the audio guide. A lively cat walks across this film from the left side of the frame to "
     "the right side.",
     "cat", RIGHTWARD),
    ("Field book. A lively cat booked on the right side of the frame at the opening sight and on the left side at "
     "the closing sight.",
     "cat", LEFTWARD),
    ("Across: a lively cat that begins on the left side of the frame and ends on the right side. Answer: CAT GOING "
     "RIGHT.",
     "cat", RIGHTWARD),
    ("Audio guide. Here a lively cat moves from the right side of the frame over to the left side.",
     "cat", LEFTWARD),
    ("Field book entry. Opening sight: a lively cat, left side of the frame. Closing sight: the cat, right side.",
     "cat", RIGHTWARD),
    ("Down: a lively cat travelling from the right side of the frame to the left side. Answer: CAT GOING LEFT.",
     "cat", LEFTWARD),
    ("Audio guide, next stop. A flying bird crosses the film from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Field book. A flying bird: right side of the frame at the opening sight, left side at the closing sight.",
     "bird", LEFTWARD),
    ("Across: a flying bird that flies from the left side of the frame to the right side. Answer: BIRD, RIGHTWARD.",
     "bird", RIGHTWARD),
    ("Audio guide. In this film a flying bird starts on the right side of the frame and ends on the left side.",
     "bird", LEFTWARD),
    ("Field book entry: a flying bird sighted on the left side of the frame at the opening, then on the right side "
     "at the close.",
     "bird", RIGHTWARD),
    ("Down: a flying bird crossing from the right side of the frame to the left side (answer: BIRD, LEFTWARD).",
     "bird", LEFTWARD),
    ("Audio guide, this stop. A moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Field book. Opening sight: a moving ball on the right side of the frame. Closing sight: the ball on the left "
     "side.",
     "ball", LEFTWARD),
    ("Across: a moving ball rolling from the left side of the frame across to the right side. Answer: BALL ROLLS "
     "RIGHT.",
     "ball", RIGHTWARD),
    ("You're listening to the audio guide. Watch a moving ball roll from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Field book entry. A moving ball booked at the left side of the frame at the opening, at the right side at the "
     "close.",
     "ball", RIGHTWARD),
    ("Down: a moving ball that begins on the right side of the frame and stops on the left side. Answer: BALL ROLLS "
     "LEFT.",
     "ball", LEFTWARD),
    ("Audio guide. A walking dog in this film goes from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Field book. A walking dog sighted on the right side of the frame at the opening and on the left side at the "
     "close.",
     "dog", LEFTWARD),
    ("Across: a walking dog crossing from the left side of the frame to the right side. Answer: DOG WALKS RIGHT.",
     "dog", RIGHTWARD),
    ("Audio guide, next stop. Here a walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Field book entry: opening sight, a walking dog on the left side of the frame; closing sight, the dog on the "
     "right side.",
     "dog", RIGHTWARD),
    ("Down: a walking dog heading from the right side of the frame to the left side (answer: DOG WALKS LEFT).",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Audio guide. In this film a ball stays still while a bird flies from the left of the ball to the right of the "
     "ball.",
     "bird", "ball", RIGHTWARD),
    ("Field book. A ball, not moving, at every sight. A bird: on the right of the ball at the opening sight, on the "
     "left of the ball at the closing sight.",
     "bird", "ball", LEFTWARD),
    ("Across: a car that goes from the left of a ball to the right of the ball, the ball never moving. Answer: CAR "
     "PASSES BALL.",
     "car", "ball", RIGHTWARD),
    ("Audio guide, this stop. A dog holds still, and a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Field book entry: a car, stationary throughout. A dog moves from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Down: a bird moving from the right of a ball to the left of the ball, while the ball stays still. Answer: BIRD "
     "PASSES BALL.",
     "bird", "ball", LEFTWARD),
    ("You're listening to the audio guide. A cat stays still in this film as a dog walks from the left of the cat to "
     "the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Field book. Opening sight: a dog on the right of a car; the car does not move. Closing sight: the dog on the "
     "left of the car.",
     "dog", "car", LEFTWARD),
    ("Across: a cat that starts on the left of a dog and ends on the right of the dog, the dog staying still. Answer: "
     "CAT PASSES DOG.",
     "cat", "dog", RIGHTWARD),
    ("Audio guide. Here a ball does not move, and a cat goes from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("Field book entry. A dog, stationary at every sight. A cat, on the left of the dog at the opening sight and on "
     "the right of the dog at the closing sight.",
     "cat", "dog", RIGHTWARD),
    ("Down: a ball rolling from the right of a dog to the left of the dog; the dog stays still. Answer: BALL PASSES "
     "DOG.",
     "ball", "dog", LEFTWARD),
    ("Audio guide, next stop. A bird stays still, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Field book. A cat, not moving. A bird sighted on the right of the cat at the opening, then on the left of the "
     "cat at the close.",
     "bird", "cat", LEFTWARD),
    ("Across: with a bird holding still, a cat moves from the left of the bird to the right of the bird. Answer: CAT "
     "PASSES BIRD.",
     "cat", "bird", RIGHTWARD),
    ("Audio guide. A cat sits still for the whole film while a bird flies from the right of the cat to the left of "
     "the cat.",
     "bird", "cat", LEFTWARD),
    ("Field book entry: opening sight, a dog on the left of a cat, the cat stationary; closing sight, the dog on the "
     "right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Down: a bird that flies from the right of a dog to the left of the dog, the dog not moving (answer: BIRD PASSES "
     "DOG).",
     "bird", "dog", LEFTWARD),
    ("You're listening to the audio guide. In this film a cat never moves, and a dog goes from the left of the cat "
     "to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Field book. A car, stationary throughout. A bird moves from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Across: a bird flying from the left of a car to the right of the car, while the car stays still. Answer: BIRD "
     "PASSES CAR.",
     "bird", "car", RIGHTWARD),
    ("Audio guide, this stop. A bird stays still, and a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Field book entry. Opening sight: a bird on the left of a cat; the cat does not move. Closing sight: the bird on "
     "the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Down: a car that moves from the right of a bird to the left of the bird; the bird holds still. Answer: CAR "
     "PASSES BIRD.",
     "car", "bird", LEFTWARD),
    ("Audio guide. Watch a dog that never moves and a bird flying from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Field book. A cat, not moving at any sight. A dog, on the right of the cat at the opening and on the left of "
     "the cat at the close.",
     "dog", "cat", LEFTWARD),
    ("Across: a ball rolling from the left of a dog to the right of the dog, the dog staying still. Answer: BALL ROLLS "
     "BY DOG.",
     "ball", "dog", RIGHTWARD),
    ("Audio guide, next stop. In this film a cat keeps still while a bird flies from the right of the cat to the left "
     "of the cat.",
     "bird", "cat", LEFTWARD),
    ("Field book entry: a ball, stationary throughout; a car going from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Down: a cat walking from the right of a bird to the left of the bird, while the bird stays still. Answer: CAT "
     "PASSES BIRD.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Audio guide. This film is shot from directly above: a moving car starts in the lower left corner, drives to the "
     "lower right corner, and ends in the upper right corner.",
     "car", BL_BR_TR),
    ("Field book, overhead view. Opening sight: a moving car in the lower left corner. Midway sight: the upper left "
     "corner. Closing sight: the upper right corner.",
     "car", BL_TL_TR),
    ("Across: seen from straight above, a moving car goes from the lower right corner to the lower left corner, then "
     "to the upper left corner. Answer: CAR ROUTE.",
     "car", BR_BL_TL),
    ("Audio guide, this stop. Looking down from above, watch a moving car go from the lower right corner to the upper "
     "right corner and finish in the upper left corner.",
     "car", BR_TR_TL),
    ("Field book entry, top-down view: a moving car booked in the lower left corner, then the lower right corner, "
     "then the upper right corner.",
     "car", BL_BR_TR),
    ("Down: from overhead, a moving car in the lower left corner, then the upper left corner, then finally the upper "
     "right corner (answer: CAR CIRCUIT).",
     "car", BL_TL_TR),
    ("You're listening to the audio guide. In this film, seen from directly above, a lively cat begins in the lower "
     "right corner, walks to the lower left corner, and stops in the upper left corner.",
     "cat", BR_BL_TL),
    ("Field book, view from above. A lively cat: lower right corner at the opening sight, upper right corner at the "
     "midway sight, upper left corner at the closing sight.",
     "cat", BR_TR_TL),
    ("Across: viewed from straight above, a lively cat that starts in the lower left corner, moves to the lower right "
     "corner, and ends in the upper right corner. Answer: CAT'S ROUTE.",
     "cat", BL_BR_TR),
    ("Audio guide. The film looks straight down here. A lively cat starts in the lower left corner, goes up to the "
     "upper left corner, and ends in the upper right corner.",
     "cat", BL_TL_TR),
    ("Field book entry, overhead view. Opening sight: a lively cat in the lower right corner. Midway sight: the lower "
     "left corner. Closing sight: the upper left corner.",
     "cat", BR_BL_TL),
    ("Down: from directly above, a lively cat starts in the lower right corner, goes to the upper right corner, then "
     "to the upper left corner. Answer: CAT'S ROUND.",
     "cat", BR_TR_TL),
    ("Audio guide, next stop. From directly above, a flying bird starts in the lower left corner, flies to the lower "
     "right corner, and lands in the upper right corner.",
     "bird", BL_BR_TR),
    ("Field book, top-down view: a flying bird sighted in the lower left corner at the opening, the upper left corner "
     "midway, and the upper right corner at the close.",
     "bird", BL_TL_TR),
    ("Across: looking straight down, a flying bird moves from the lower right corner to the lower left corner and then "
     "to the upper left corner. Answer: BIRD'S FLIGHT.",
     "bird", BR_BL_TL),
    ("Audio guide. Seen from overhead, a flying bird begins in the lower right corner, flies to the upper right "
     "corner, and finishes in the upper left corner.",
     "bird", BR_TR_TL),
    ("Field book entry, view from directly above. Opening sight: a flying bird in the lower left corner. Midway "
     "sight: the lower right corner. Closing sight: the upper right corner.",
     "bird", BL_BR_TR),
    ("Down: from above, a flying bird in the lower left corner, then the upper left corner, and last the upper right "
     "corner (answer: BIRD'S PATH).",
     "bird", BL_TL_TR),
    ("Audio guide, this stop. Filmed from straight above, a moving ball rolls from the lower right corner to the "
     "lower left corner and then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Field book, overhead view. A moving ball: opening sight in the lower right corner, midway sight in the upper "
     "right corner, closing sight in the upper left corner.",
     "ball", BR_TR_TL),
    ("Across: seen from directly above, a moving ball starting in the lower left corner, rolling to the lower right "
     "corner, ending in the upper right corner. Answer: BALL'S ROLL.",
     "ball", BL_BR_TR),
    ("You're listening to the audio guide. From above, a moving ball starts in the lower left corner, rolls to the "
     "upper left corner, and stops in the upper right corner.",
     "ball", BL_TL_TR),
    ("Field book entry, top-down view: a moving ball booked in the lower right corner, then in the lower left corner, "
     "then in the upper left corner.",
     "ball", BR_BL_TL),
    ("Down: viewed from overhead, a moving ball goes from the lower right corner to the upper right corner, then on "
     "to the upper left corner. Answer: BALL'S ROUTE.",
     "ball", BR_TR_TL),
    ("Audio guide. This film looks straight down: a walking dog starts in the lower left corner, walks to the lower "
     "right corner, and finishes in the upper right corner.",
     "dog", BL_BR_TR),
    ("Field book, view from directly above. Opening sight: a walking dog in the lower left corner. Midway sight: the "
     "upper left corner. Closing sight: the upper right corner.",
     "dog", BL_TL_TR),
    ("Across: from straight above, a walking dog moves from the lower right corner to the lower left corner and then "
     "to the upper left corner. Answer: DOG'S WALK.",
     "dog", BR_BL_TL),
    ("Audio guide, next stop. Seen from above, a walking dog goes from the lower right corner to the upper right "
     "corner, and then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Field book entry, overhead view: a walking dog in the lower left corner at the opening sight, the lower right "
     "corner at the midway sight, the upper right corner at the closing sight.",
     "dog", BL_BR_TR),
    ("Down: looking down from above, a walking dog that begins in the lower left corner, walks to the upper left "
     "corner, and ends in the upper right corner. Answer: DOG'S ROUTE.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
