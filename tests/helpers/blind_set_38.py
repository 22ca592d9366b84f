"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at a third each:

- alt text and audio description for blind viewers ("Image description:", "Video description:", "Audio
  description:", sometimes "[Video]" or "Alt:"), plain and exact, saying what is seen and nothing more;
- a live broadcaster's report from a traffic, weather, sports or pet desk ("And over on the left side
  we've got ...", "checking in at the halfway mark", "back to you in the studio"); the broadcaster, the
  desk and the studio are never things in the video;
- a lab-notebook observation log: dated entries, observations stamped by the clip's start, midpoint,
  end or halves ("Obs. 1 (start): ...", "t = end: ..."), abbreviations ("approx.", "obj.", "L", "R",
  "LL corner") that are spelled out within the entry where a reader could doubt them, and terse notes.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words (a date or an observation's number is the only digit, and never stands before
a class noun), and numeracy prompts name nothing else a reader would draw as an object. A relation names
its second object at both ends and says that object stays still. It takes LVD's next draws: attribution
pairs 80-99 then 0-9 and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on f9352a7 152/180 = 84.4% (numeracy 18, attribution 30, visibility 23,
one-object 28, two-object 23, sequential 30 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Image description: one moving car, alone in the frame. Nothing else is pictured.", "car", 1),
    ("Traffic desk here, and right now we've got two cars on the move and not a thing else out there. Back to "
     "you in the studio.", "car", 2),
    ("Lab log, 3 March. Obs.: three cars, all moving; no other obj. (object) in frame for the whole clip.",
     "car", 3),
    ("Video description: four cars move through the frame. There is nothing else in the video.", "car", 4),
    ("Checking in from the pet desk: we've got one lively cat in the picture, only the one, and nothing else. "
     "Back to you.", "cat", 1),
    ("Obs. log, 4 March.\nObs. 1 (start): two cats present, both active.\nObs. 2 (end): still exactly two cats; "
     "no other obj. seen.", "cat", 2),
    ("Alt: three lively cats, and nothing else in the image.", "cat", 3),
    ("Good evening from the news desk, where tonight's picture is four lively cats and absolutely nothing else. "
     "Back to you in the studio.", "cat", 4),
    ("5 March, field notes. One bird observed in flight for approx. (approximately) the whole clip; no other obj. "
     "in view.", "bird", 1),
    ("Audio description: two birds fly across an empty sky. Nothing else is in view.", "bird", 2),
    ("Weather desk here: clear skies, and up there we've got three birds flying, nothing else at all. Back to "
     "you.", "bird", 3),
    ("Obs. (full clip): four flying birds, counted at start, midpoint and end; no other obj. in frame.",
     "bird", 4),
    ("[Video] A single moving ball, by itself. Nothing else appears.", "ball", 1),
    ("Sports desk checking in, and all we've got in the picture is two balls in motion, nothing else at all. "
     "Back to you in the studio.", "ball", 2),
    ("Entry, 6 March. Obs.: three moving balls; count constant at three for the whole clip. No other obj. "
     "present.", "ball", 3),
    ("Image description: four moving balls and nothing else.", "ball", 4),
    ("And over on the left side we've got one dog out for a walk, just the one, nothing else in sight. Back to "
     "you.", "dog", 1),
    ("7 March. Obs. 1 (start): two walking dogs. Obs. 2 (end): same two dogs, still walking. Nothing else "
     "recorded in frame.", "dog", 2),
    ("Video description: three dogs walk together. No other objects are in the video.", "dog", 3),
    ("Checking in at the halfway mark: still four dogs out walking, same as at the start, and nothing else out "
     "there. Back to you in the studio.", "dog", 4),
    ("Obs. (whole clip): exactly one moving car; no other obj. anywhere in frame.", "car", 1),
    ("Alt: two lively cats, shown alone.", "cat", 2),
    ("Weather desk again, and we've got one bird flying all on its lonesome, nothing else up there. Back to "
     "you.", "bird", 1),
    ("10 March. Four balls, all moving, counted at start and end; no other obj. noted.", "ball", 4),
    ("Audio description: a single dog walks. There is nothing else in the scene.", "dog", 1),
    ("Traffic desk here: three cars moving right now, and that's all there is, nothing else in the picture. "
     "Back to you in the studio.", "car", 3),
    ("Obs. 1 (start): four lively cats. Obs. 2 (midpoint): four cats. t = end: four cats. No other obj. "
     "observed.", "cat", 4),
    ("[Video] Two flying birds. Nothing else is shown.", "bird", 2),
    ("And on the right side we've got three dogs out walking, and nothing else in the shot. Back to you.",
     "dog", 3),
    ("12 March. Obs.: one moving ball, alone in frame; no other obj. at any point.", "ball", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 then 0-9, in order.
_ATTRIBUTION = [
    ("Image description: a purple bird perches near a red dog. Both are visible throughout.",
     "bird", "purple", "dog", "red"),
    ("And over on the left side we've got a red dog, and right beside it a yellow car, both sitting tight. Back "
     "to you in the studio.", "dog", "red", "car", "yellow"),
    ("Obs. (whole clip): one orange dog, one brown car; both obj. in frame throughout.",
     "dog", "orange", "car", "brown"),
    ("Alt: a gray cat and an orange dog sitting together.", "cat", "gray", "dog", "orange"),
    ("Sports desk here, and we've got a green ball with a pink dog right next to it, both in view the whole "
     "time. Back to you.", "ball", "green", "dog", "pink"),
    ("14 March. Obs. 1 (start): white dog and pink bird, both present. t = end: both still present.",
     "dog", "white", "bird", "pink"),
    ("Video description: a purple car with a gray ball beside it. Both stay in view.",
     "car", "purple", "ball", "gray"),
    ("Checking in from the pet desk: a yellow dog and a brown cat hanging out side by side. Back to you in the "
     "studio.", "dog", "yellow", "cat", "brown"),
    ("Obs.: brown ball next to green cat for approx. the whole clip; both obj. visible throughout.",
     "ball", "brown", "cat", "green"),
    ("Audio description: a brown cat sits near an orange car. Both remain in view.",
     "cat", "brown", "car", "orange"),
    ("And over on the right side we've got a white cat, and next to it an orange dog, both staying put. Back "
     "to you.", "cat", "white", "dog", "orange"),
    ("15 March. Obs. 1 (start): green bird on the roof of an orange car. Obs. 2 (end): both obj. still in "
     "frame.", "bird", "green", "car", "orange"),
    ("[Video] A brown dog plays with a red ball. Both are on screen the whole time.",
     "dog", "brown", "ball", "red"),
    ("Traffic desk: we've got a yellow car and a white bird perched nearby, both in the picture all the way "
     "through. Back to you in the studio.", "car", "yellow", "bird", "white"),
    ("Obs. (start to end): blue cat, brown bird; both present at every check.", "cat", "blue", "bird", "brown"),
    ("Image description: a black bird and an orange cat, both visible for the whole video.",
     "bird", "black", "cat", "orange"),
    ("Sports desk checking in: a red dog nosing at a black ball, and both stay in the shot. Back to you.",
     "ball", "black", "dog", "red"),
    ("16 March. Obs.: brown bird beside orange dog, both obj. in view for approx. the whole clip.",
     "bird", "brown", "dog", "orange"),
    ("Alt: a red ball resting beside a purple car.", "ball", "red", "car", "purple"),
    ("And over on the left side we've got a purple car with a white bird sitting on top, both in the picture "
     "the whole way. Back to you in the studio.", "car", "purple", "bird", "white"),
    ("Obs. 1 (start): blue cat and white bird both present. Obs. 2 (end): both still present.",
     "cat", "blue", "bird", "white"),
    ("Video description: a yellow dog noses a green ball. Both stay in view throughout.",
     "dog", "yellow", "ball", "green"),
    ("Traffic desk here, and we've got a blue dog sitting next to an orange car, both staying in view. Back to "
     "you.", "dog", "blue", "car", "orange"),
    ("17 March. Obs.: purple ball beside blue car; both obj. visible for the whole clip.",
     "ball", "purple", "car", "blue"),
    ("Audio description: a green dog and a black bird share the frame for the whole video.",
     "dog", "green", "bird", "black"),
    ("Checking in from the pet desk: a black cat batting at a purple ball, both right there the whole time. "
     "Back to you in the studio.", "ball", "purple", "cat", "black"),
    ("Obs. (whole clip): black car with an orange bird perched near it; both obj. present throughout.",
     "car", "black", "bird", "orange"),
    ("[Video] A purple cat sits beside a black ball. Both are visible.", "ball", "black", "cat", "purple"),
    ("And over on the right side we've got a pink bird and a brown dog, both hanging around for the whole "
     "clip. Back to you.", "bird", "pink", "dog", "brown"),
    ("18 March. Obs. 1 (start): brown ball, blue dog. t = end: the same two obj., both in frame.",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Video description: for the first half of the video there is no car. In the second half, a moving car "
     "appears and stays until the end.", "car"),
    ("Traffic desk here: first half of the clip, not a single car out there; then in the second half a car "
     "rolls into view and stays. Back to you in the studio.", "car"),
    ("20 March. Obs. 1 (first half): no car in frame. Obs. 2 (second half): moving car present until the end.",
     "car"),
    ("Audio description: throughout the first half, no cat is in view. In the second half, a lively cat appears "
     "and stays.", "cat"),
    ("Checking in at the halfway mark, and here she comes: a lively cat, nowhere to be seen in the first half, "
     "now in the picture for the second half. Back to you.", "cat"),
    ("Obs. 1 (start to midpoint): no cat. Obs. 2 (midpoint to end): lively cat present.", "cat"),
    ("[Video] First half: no bird. Second half: a flying bird appears and stays.", "bird"),
    ("Weather desk: first half of the clip, no bird up there at all; second half, a bird flies in and stays "
     "with us. Back to you in the studio.", "bird"),
    ("21 March. t = start to half: no bird seen. t = half to end: flying bird present.", "bird"),
    ("Alt: a moving ball that is absent in the first half and appears only in the second half.", "ball"),
    ("Sports desk: no ball in play for the whole first half, then in the second half a ball comes into view "
     "and stays. Back to you.", "ball"),
    ("Obs. 1 (first half): no ball in frame. Obs. 2 (second half): moving ball appears, present to the end.",
     "ball"),
    ("Video description: no dog is visible in the first half. In the second half, a walking dog comes into "
     "view.", "dog"),
    ("And over on the left side, no dog at all through the first half, but in the second half we've got a "
     "walking dog showing up and staying. Back to you in the studio.", "dog"),
    ("22 March. Obs. 1 (first half): no dog. Obs. 2 (second half): walking dog appears; stays until the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Image description: a moving car is in the frame for the first half only; in the second half there is "
     "no car.", "car"),
    ("Traffic desk here: a car moving through in the first half, and at the halfway mark it's gone, no car at "
     "all for the second half. Back to you.", "car"),
    ("Obs. 1 (first half): moving car present. Obs. 2 (second half): no car in frame.", "car"),
    ("Audio description: a lively cat is seen during the first half. In the second half, the cat is gone and "
     "does not return.", "cat"),
    ("Checking in from the pet desk: a lively cat in the picture for the first half, then the second half, no "
     "cat anywhere. Back to you in the studio.", "cat"),
    ("23 March. t = start to half: lively cat present. t = half to end: no cat.", "cat"),
    ("[Video] A flying bird is present in the first half only. In the second half, no bird is visible.",
     "bird"),
    ("Weather desk: a bird flying around for the first half, and by the second half it's cleared off, no bird "
     "left up there. Back to you.", "bird"),
    ("Obs. 1 (first half): bird flying. Obs. 2 (second half): bird absent; no bird for the rest of the clip.",
     "bird"),
    ("Alt: a moving ball, visible in the first half and gone in the second half.", "ball"),
    ("Sports desk: a ball in play for the first half, and then nothing, no ball at all in the second half. "
     "Back to you in the studio.", "ball"),
    ("24 March. Obs. 1 (first half): moving ball present. Obs. 2 (second half): no ball.", "ball"),
    ("Video description: a walking dog is in view during the first half. The second half has no dog.", "dog"),
    ("And over on the right side we've got a dog walking in the first half, but come the second half, no dog "
     "out there at all. Back to you.", "dog"),
    ("Obs. (start to midpoint): walking dog present. Obs. (midpoint to end): dog absent.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Video description: a moving car drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Traffic desk here: we've got a car starting on the left side and driving all the way over to the right "
     "side. Back to you in the studio.", "car", RIGHTWARD),
    ("25 March. Obs. 1 (start): car at L (left) edge. Obs. 2 (end): car at R (right) edge. Direction: L to R.",
     "car", RIGHTWARD),
    ("Audio description: a car drives from the right of the frame to the left.", "car", LEFTWARD),
    ("And over on the right side we've got a car, and it's making its way across to the left side. Back to "
     "you.", "car", LEFTWARD),
    ("Obs. 1 (start): moving car on the right (R) side. t = end: same car on the left (L) side. Net motion R "
     "to L.", "car", LEFTWARD),
    ("Image description: a lively cat walks from left to right across the frame.", "cat", RIGHTWARD),
    ("Checking in from the pet desk: a cat starting on the left side and strolling over to the right side. "
     "Back to you in the studio.", "cat", RIGHTWARD),
    ("26 March. Obs.: cat moves L to R (left to right) across the frame, start to end.", "cat", RIGHTWARD),
    ("[Video] A lively cat walks from the right side to the left side.", "cat", LEFTWARD),
    ("And over on the right side we've got a cat, and she's walking all the way across to the left. Back to "
     "you.", "cat", LEFTWARD),
    ("Obs. 1 (start): cat at R side (right). Obs. 2 (midpoint): cat at approx. the centre. t = end: cat at L "
     "side (left).", "cat", LEFTWARD),
    ("Alt: a bird flying from left to right.", "bird", RIGHTWARD),
    ("Weather desk: a bird flying from the left side of the picture over to the right side. Back to you in the "
     "studio.", "bird", RIGHTWARD),
    ("27 March. Obs. 1 (start): bird on the left. Obs. 2 (end): bird on the right. Flight L to R.",
     "bird", RIGHTWARD),
    ("Video description: a flying bird crosses the frame from right to left.", "bird", LEFTWARD),
    ("And over on the right side we've got a bird taking off and flying across to the left. Back to you.",
     "bird", LEFTWARD),
    ("Obs.: flying bird, R to L (right to left), from the start to the end of the clip.", "bird", LEFTWARD),
    ("Audio description: a ball rolls from the left of the frame to the right.", "ball", RIGHTWARD),
    ("Sports desk here: the ball starts on the left side and rolls all the way to the right side. Back to you "
     "in the studio.", "ball", RIGHTWARD),
    ("28 March. Obs. 1 (start): ball at left (L) edge. Obs. 2 (end): ball at right (R) edge.", "ball", RIGHTWARD),
    ("[Video] A moving ball travels from right to left.", "ball", LEFTWARD),
    ("And over on the right side we've got the ball, and it's rolling across to the left side. Back to you.",
     "ball", LEFTWARD),
    ("Obs. 1 (start): ball, right (R) side. t = end: ball, left (L) side. Motion R to L throughout.",
     "ball", LEFTWARD),
    ("Image description: a dog walks from the left side to the right side of the frame.", "dog", RIGHTWARD),
    ("Checking in: a dog starting out on the left and walking all the way over to the right. Back to you in "
     "the studio.", "dog", RIGHTWARD),
    ("29 March. Obs.: walking dog, L to R; starts at the left edge, ends at the right edge.", "dog", RIGHTWARD),
    ("Alt: a walking dog going from right to left.", "dog", LEFTWARD),
    ("And over on the right side we've got a dog walking, and he's heading all the way across to the left. "
     "Back to you.", "dog", LEFTWARD),
    ("Obs. 1 (start): dog at right (R) edge. Obs. 2 (end): dog at left (L) edge.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order.
_DYNAMIC_TWO = [
    ("Video description: a ball rests in place while a bird flies from the left of the ball to the right of "
     "the ball.", "bird", "ball", RIGHTWARD),
    ("Sports desk: the ball's sitting still, and we've got a bird flying from the right of the ball over to the "
     "left of the ball. Back to you in the studio.", "bird", "ball", LEFTWARD),
    ("30 March. Obs. 1 (start): bird to the left (L) of the dog; dog stationary. Obs. 2 (end): bird to the "
     "right (R) of the dog.", "bird", "dog", RIGHTWARD),
    ("Audio description: a car stays parked while a bird flies from the right of the car to the left of the "
     "car.", "bird", "car", LEFTWARD),
    ("Traffic desk here: a cat sitting still by the road, and a car driving from the left of the cat to the "
     "right of the cat. Back to you.", "car", "cat", RIGHTWARD),
    ("Obs. 1 (start): dog to the R (right) of the ball. t = end: dog to the L (left) of the ball. Ball "
     "stationary throughout.", "dog", "ball", LEFTWARD),
    ("[Video] A ball stays still as a cat walks from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("Sports desk checking in: the ball's not moving, and a dog's walking from the right of the ball to the "
     "left of the ball. Back to you in the studio.", "dog", "ball", LEFTWARD),
    ("31 March. Obs.: bird stationary. Cat moves from the left of the bird (start) to the right of the bird "
     "(end).", "cat", "bird", RIGHTWARD),
    ("Image description: a parked car that stays still, and a dog walking from the right of the car to the "
     "left of the car.", "dog", "car", LEFTWARD),
    ("Checking in at the halfway mark: the ball hasn't moved, and the bird that started on the left of the ball "
     "is flying over to the right of the ball. Back to you.", "bird", "ball", RIGHTWARD),
    ("1 April. Obs. 1 (start): bird to the R (right) of the ball. Obs. 2 (end): bird to the L (left) of the "
     "ball. Ball does not move.", "bird", "ball", LEFTWARD),
    ("Alt: a ball sits still while a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("And we've got a dog standing still, with a bird flying from the right of the dog to the left of the dog. "
     "Back to you in the studio.", "bird", "dog", LEFTWARD),
    ("Obs. (car stationary throughout): dog starts to the left (L) of the car, ends to the right (R) of the "
     "car.", "dog", "car", RIGHTWARD),
    ("Video description: a ball stays in place. A bird flies from the right of the ball to the left of the "
     "ball.", "bird", "ball", LEFTWARD),
    ("Checking in from the pet desk: the cat's staying put, and a dog's walking from the left of the cat to "
     "the right of the cat. Back to you.", "dog", "cat", RIGHTWARD),
    ("2 April. Obs. 1 (start): walking dog to the right (R) of a parked car. t = end: dog to the left (L) of "
     "the car. Car stationary.", "dog", "car", LEFTWARD),
    ("Audio description: a dog sits still while a cat walks from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Sports desk: the ball's sitting still, and we've got a cat walking from the right of the ball to the "
     "left of the ball. Back to you in the studio.", "cat", "ball", LEFTWARD),
    ("Obs.: dog does not move. Cat: to the left of the dog at the start, to the right of the dog at the end.",
     "cat", "dog", RIGHTWARD),
    ("[Video] A dog stays still while a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("And we've got a bird perched still, with a dog walking from the left of the bird to the right of the "
     "bird. Back to you.", "dog", "bird", RIGHTWARD),
    ("3 April. Obs. 1 (start): bird to the right (R) of the cat. Obs. 2 (end): bird to the left (L) of the cat. "
     "Cat stationary throughout.", "bird", "cat", LEFTWARD),
    ("Image description: a bird stays still as a cat walks from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Checking in from the pet desk: cat sitting still, bird flying from the right of the cat over to the left "
     "of the cat. Back to you in the studio.", "bird", "cat", LEFTWARD),
    ("Obs.: cat stationary; dog walks from the left of the cat (start) to the right of the cat (end).",
     "dog", "cat", RIGHTWARD),
    ("Alt: a dog stays still while a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("And we've got a cat staying put, and a dog walking from the left of the cat across to the right of the "
     "cat. Back to you.", "dog", "cat", RIGHTWARD),
    ("4 April. Obs. 1 (start): bird on the R (right) side of a parked car. t = end: bird on the L (left) side "
     "of the car. Car does not move.", "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Video description, seen from directly above: a car starts in the lower left corner, drives to the lower "
     "right corner, then to the upper right corner.", "car", BL_BR_TR),
    ("Checking in with the overhead view: our cat started in the bottom left corner, walked up to the top left "
     "corner, and she's finishing in the top right corner. Back to you in the studio.", "cat", BL_TL_TR),
    ("5 April, top-down view. Obs. 1 (start): bird in LR (lower right) corner. Obs. 2 (midpoint): bird in LL "
     "(lower left) corner. t = end: bird in UL (upper left) corner.", "bird", BR_BL_TL),
    ("Audio description, filmed from overhead: a ball starts in the bottom right corner, rolls up to the top "
     "right corner, then across to the top left corner.", "ball", BR_TR_TL),
    ("From the overhead view we've got a dog starting in the bottom left corner, walking across to the bottom "
     "right corner, and up to the top right corner to finish. Back to you.", "dog", BL_BR_TR),
    ("Top-down view. Obs. 1 (start): car, LL (lower left) corner. Obs. 2 (midpoint): car, UL (upper left) "
     "corner. t = end: car, UR (upper right) corner.", "car", BL_TL_TR),
    ("[Video] Top-down view. A cat starts in the lower right corner, walks to the lower left corner, and ends "
     "in the upper left corner.", "cat", BR_BL_TL),
    ("Weather desk, with the view from straight above: a bird starting in the bottom right corner, flying up to "
     "the top right corner, then over to the top left corner. Back to you in the studio.", "bird", BR_TR_TL),
    ("6 April, overhead view. Obs. 1 (start): ball in LL corner (lower left). Obs. 2 (midpoint): ball in LR "
     "corner (lower right). t = end: ball in UR corner (upper right).", "ball", BL_BR_TR),
    ("Image description, overhead view: a dog begins in the lower left corner, walks up to the upper left "
     "corner, then across to the upper right corner.", "dog", BL_TL_TR),
    ("Traffic desk, looking straight down from above: a car starting in the bottom right corner, driving over "
     "to the bottom left corner, then up to the top left corner. Back to you.", "car", BR_BL_TL),
    ("Top-down view. Obs. 1 (start): cat in lower right (LR) corner. Obs. 2 (midpoint): cat in upper right (UR) "
     "corner. t = end: cat in upper left (UL) corner.", "cat", BR_TR_TL),
    ("Alt: seen from above, a bird flies from the lower left corner to the lower right corner, then to the "
     "upper right corner.", "bird", BL_BR_TR),
    ("Sports desk, with the overhead view: the ball starts in the bottom left corner, rolls up to the top left "
     "corner, then across to the top right corner. Back to you in the studio.", "ball", BL_TL_TR),
    ("7 April, top-down view. Obs. 1 (start): dog at LR (lower right) corner. Obs. 2 (midpoint): dog at LL "
     "(lower left) corner. t = end: dog at UL (upper left) corner.", "dog", BR_BL_TL),
    ("Video description, viewed from directly overhead: a car starts in the lower right corner, drives up to "
     "the upper right corner, then over to the upper left corner.", "car", BR_TR_TL),
    ("And from the overhead view we've got a cat that started in the bottom left corner, was in the bottom "
     "right corner at the halfway mark, and is finishing up in the top right corner. Back to you.",
     "cat", BL_BR_TR),
    ("Overhead view. Obs. 1 (start): bird, LL corner (lower left). Obs. 2 (midpoint): bird, UL corner (upper "
     "left). t = end: bird, UR corner (upper right).", "bird", BL_TL_TR),
    ("Audio description, from above: a ball starts in the bottom right corner, rolls to the bottom left "
     "corner, then up to the top left corner.", "ball", BR_BL_TL),
    ("Looking straight down from above, we've got a dog starting in the bottom right corner, walking up to the "
     "top right corner, then across to the top left corner. Back to you in the studio.", "dog", BR_TR_TL),
    ("8 April, top-down view. Obs. 1 (start): car in LL (lower left) corner. Obs. 2 (midpoint): car in LR "
     "(lower right) corner. t = end: car in UR (upper right) corner.", "car", BL_BR_TR),
    ("[Video] Seen from above: a cat starts in the lower left corner, walks to the upper left corner, and ends "
     "in the upper right corner.", "cat", BL_TL_TR),
    ("Weather desk with the overhead view: a bird starting in the bottom right corner, flying over to the "
     "bottom left corner, then up to the top left corner. Back to you.", "bird", BR_BL_TL),
    ("Top-down view. Obs. 1 (start): ball, LR corner (lower right). Obs. 2 (midpoint): ball, UR corner (upper "
     "right). t = end: ball, UL corner (upper left).", "ball", BR_TR_TL),
    ("Image description, top-down view: a dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.", "dog", BL_BR_TR),
    ("Traffic desk, overhead view: a car starting in the bottom left corner, driving up to the top left corner, "
     "then across to the top right corner. Back to you in the studio.", "car", BL_TL_TR),
    ("9 April, overhead view. Obs. 1 (start): cat in LR (lower right) corner. Obs. 2 (midpoint): cat in LL "
     "(lower left) corner. t = end: cat in UL (upper left) corner.", "cat", BR_BL_TL),
    ("Alt: from directly above, a bird flies from the lower right corner up to the upper right corner, then to "
     "the upper left corner.", "bird", BR_TR_TL),
    ("Sports desk, from straight overhead: the ball starting in the bottom left corner, rolling to the bottom "
     "right corner, then up to the top right corner. Back to you.", "ball", BL_BR_TR),
    ("Top-down view. Obs. 1 (start): dog, LL (lower left) corner. Obs. 2 (midpoint): dog, UL (upper left) "
     "corner. t = end: dog, UR (upper right) corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
