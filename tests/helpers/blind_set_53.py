"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a sat-nav's spoken directions turned on the clip ("Route guidance: ...", "Continue ...", "At the
  halfway point, ...", "You have arrived."), where the device, its driver and the road are never in the
  video, and the journey's start, halfway point and arrival are the clip's start, middle and end;
- a film projectionist's cue notes ("Projection cues. Open on ...", "Changeover at the halfway mark:
  ...", "Final cue: ...", "House lights up."), where the projectionist, the booth, the screen and the
  audience are never in the video, and the opening and final cues are the clip's start and end;
- an emergency dispatcher's log ("Dispatch log. Start of shift: ...", "Reported: ...", "Halfway
  through: ...", "End of shift: ...", "All clear."), where the dispatcher, the radio and the callers are
  never in the video, and the shift's start and end are the clip's start and end.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 30-59, and two-object relations
20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 072ab12 141/180 = 78.3% (numeracy 18, attribution 27, visibility 29, one-object 25, two-object 25,
sequential 17 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Route guidance: from the start of the clip until you arrive at its end, keep one moving car in view. "
     "Nothing else lies ahead.",
     "car", 1),
    ("Projection cues. Open on two moving cars; hold them through to the final cue. Nothing else on "
     "screen. House lights up.",
     "car", 2),
    ("Dispatch log. Start of shift: three moving cars reported in view. End of shift: the same three, still "
     "in view. Nothing else. All clear.",
     "car", 3),
    ("Continue with four moving cars in view the whole way. There is nothing else on this route. You have "
     "arrived.",
     "car", 4),
    ("Open on one lively cat, alone. Keep it up from first cue to final cue; nothing else is projected.",
     "cat", 1),
    ("Reported at the start of the shift: two lively cats. Still reported at the end. No other sightings.",
     "cat", 2),
    ("Route guidance. Three lively cats stay in view from departure to arrival, and nothing else does.",
     "cat", 3),
    ("Cue notes: four lively cats on screen from the opening cue; all of them still up at the final cue. "
     "No other picture.",
     "cat", 4),
    ("Dispatch log: one flying bird in view for the whole shift. Nothing else logged.",
     "bird", 1),
    ("Keep two flying birds in view, and only those, for the entire journey. You have arrived.",
     "bird", 2),
    ("Projection cues. Three flying birds throughout, first frame to last, with nothing beside them.",
     "bird", 3),
    ("Start of shift: four flying birds in sight. They stayed in sight all shift. Nothing else called in.",
     "bird", 4),
    ("Route guidance: one moving ball is with you the whole way, start to arrival. Nothing else is "
     "shown.",
     "ball", 1),
    ("Open on two moving balls. No changeover: they stay up until the final cue, and nothing joins them.",
     "ball", 2),
    ("Dispatch log. Reported: three moving balls, in view from the start of the shift to its end. No "
     "other reports.",
     "ball", 3),
    ("In view for the whole route: four moving balls, and nothing else. Continue to the end of the clip.",
     "ball", 4),
    ("Projection cues: one walking dog, on screen from opening to close, alone. House lights up.",
     "dog", 1),
    ("Start of shift: two walking dogs reported in view. End of shift: both still there. Nothing else. "
     "All clear.",
     "dog", 2),
    ("Route guidance. Three walking dogs remain in view for the whole journey; there is nothing else to "
     "see.",
     "dog", 3),
    ("Cue notes. Four walking dogs up from the first cue; the same four at the last. Nothing else "
     "projected.",
     "dog", 4),
    ("Dispatch log: two moving cars in view all shift long, and nothing else reported.",
     "car", 2),
    ("You have one lively cat in view from the start, and you will still have it at arrival. Nothing "
     "else.",
     "cat", 1),
    ("Projection cues. Three flying birds from the opening cue to the final cue; nothing else up.",
     "bird", 3),
    ("Reported all shift: one moving ball, in view from start to end. Nothing else.",
     "ball", 1),
    ("Continue with four walking dogs in view the entire way. Nothing else on the route. You have "
     "arrived.",
     "dog", 4),
    ("Open on four moving cars and hold them on screen to the close. No other picture.",
     "car", 4),
    ("Dispatch log. Three lively cats in view from the start of the shift to the end. Nothing else "
     "logged.",
     "cat", 3),
    ("Route guidance: two flying birds accompany you from the start of the clip to the end. Nothing else "
     "appears.",
     "bird", 2),
    ("Projection cues: two moving balls on screen throughout, and nothing else. House lights up.",
     "ball", 2),
    ("Start of shift: one walking dog in view. End of shift: the same dog, still alone in view. All "
     "clear.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 30-59, in order.
_ATTRIBUTION = [
    ("Route guidance: a red car and a brown bird stay side by side in view from start to arrival.",
     "car", "red", "bird", "brown"),
    ("Projection cues. Open on a purple cat beside a green car; hold both to the final cue.",
     "cat", "purple", "car", "green"),
    ("Dispatch log. Start of shift: a gray car and an orange dog reported together. End of shift: both "
     "still in view.",
     "car", "gray", "dog", "orange"),
    ("Continue with a red cat and a gray dog next to each other, the whole way. You have arrived.",
     "cat", "red", "dog", "gray"),
    ("Cue notes: a red dog with a gray car beside it, on screen from opening to close.",
     "dog", "red", "car", "gray"),
    ("Reported: a purple dog and a yellow car, side by side, in view for the entire shift.",
     "dog", "purple", "car", "yellow"),
    ("Along this route you will see a red cat and a gray ball together, from the first frame to the last.",
     "cat", "red", "ball", "gray"),
    ("Open on a brown cat and a blue dog next to one another. No changeover; both stay up. House lights "
     "up.",
     "cat", "brown", "dog", "blue"),
    ("Dispatch log: a white dog alongside a red cat, in view all shift. All clear.",
     "dog", "white", "cat", "red"),
    ("Route guidance. Keep a yellow bird and an orange car in view side by side until you arrive.",
     "bird", "yellow", "car", "orange"),
    ("Projection cues. A green dog beside a blue car from the first cue to the last.",
     "dog", "green", "car", "blue"),
    ("Start of shift: a black cat and a brown ball, together in view. Unchanged at the end of shift.",
     "cat", "black", "ball", "brown"),
    ("Continue: a purple car on the route with a red cat beside it, both in view the entire time.",
     "car", "purple", "cat", "red"),
    ("Cue notes. A gray dog and a brown cat, side by side, up on screen throughout.",
     "dog", "gray", "cat", "brown"),
    ("Dispatch log. Reported in view from start to end: a black car and, next to it, a brown dog.",
     "car", "black", "dog", "brown"),
    ("Route guidance: a yellow ball beside a pink dog, in view for the whole journey.",
     "ball", "yellow", "dog", "pink"),
    ("Open on a gray cat and a white dog together, and keep both up until the final cue.",
     "cat", "gray", "dog", "white"),
    ("Start of shift: a yellow dog reported next to an orange car. End of shift: same pair, same place.",
     "dog", "yellow", "car", "orange"),
    ("You will pass a black bird and a brown cat, side by side, all the way to arrival.",
     "bird", "black", "cat", "brown"),
    ("Projection cues: a white ball and a red car on screen together from opening to close.",
     "ball", "white", "car", "red"),
    ("Dispatch log: a white ball beside a black cat, in view the whole shift long.",
     "ball", "white", "cat", "black"),
    ("Route guidance. A yellow cat and a pink ball, next to each other, stay in view from start to "
     "finish.",
     "cat", "yellow", "ball", "pink"),
    ("Cue notes. Open on a black car with an orange bird beside it; both still up at the final cue.",
     "car", "black", "bird", "orange"),
    ("Reported at the start and at the end of the shift: an orange ball and a brown car, side by side.",
     "ball", "orange", "car", "brown"),
    ("Continue with a gray bird and a green cat together in view. You have arrived.",
     "bird", "gray", "cat", "green"),
    ("Projection cues: a blue car alongside a red cat, throughout the clip. House lights up.",
     "car", "blue", "cat", "red"),
    ("Dispatch log. A white ball and a black car, next to one another, in view all shift.",
     "ball", "white", "car", "black"),
    ("Route guidance: a green bird beside a white ball, both in view the whole route.",
     "bird", "green", "ball", "white"),
    ("Open on a blue ball and a yellow dog side by side; hold both, start to end.",
     "ball", "blue", "dog", "yellow"),
    ("Start of shift: a yellow bird and a blue ball reported together. Both still in view at end of "
     "shift. All clear.",
     "bird", "yellow", "ball", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Route guidance: for the first half of the clip there is no car. At the halfway point a moving car "
     "comes into view; keep it in view until you arrive.",
     "car"),
    ("Projection cues. First half: no car on screen. Changeover at the halfway mark: a moving car "
     "appears and stays up to the close.",
     "car"),
    ("Dispatch log. No car reported during the first half of the shift. Halfway through: a moving car "
     "in view, and it stayed until the end.",
     "car"),
    ("Continue with no cat in view through the first half. In the second half, a lively cat joins the "
     "route and remains.",
     "cat"),
    ("Cue notes: open with no cat. At the halfway cue, bring in a lively cat and hold it to the end.",
     "cat"),
    ("Start of shift: no cat. Halfway through: a lively cat reported in view. End of shift: still there.",
     "cat"),
    ("Route guidance. In the first half, no bird. From the halfway point on, a flying bird is in view to "
     "the end.",
     "bird"),
    ("Projection cues. No bird for the first half of the clip; a flying bird enters at the changeover "
     "and stays through the second half.",
     "bird"),
    ("Dispatch log: first half of the shift, no bird anywhere. Second half: a flying bird in view until "
     "close.",
     "bird"),
    ("You will see no ball during the first half. After the halfway point, a moving ball appears and "
     "stays in view. You have arrived.",
     "ball"),
    ("Open on an empty frame: no ball in the first half. Changeover: a moving ball comes up and stays "
     "through the second half.",
     "ball"),
    ("Reported: no ball in the first half of the shift. At the halfway mark a moving ball appeared and "
     "was in view to the end.",
     "ball"),
    ("Route guidance: no dog for the first half of the clip. A walking dog appears in the second half and "
     "stays with you.",
     "dog"),
    ("Cue notes. First half, no dog. Second half, a walking dog on screen until the final cue.",
     "dog"),
    ("Dispatch log. A walking dog was reported only in the second half of the shift; in the first half "
     "there was no dog.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Route guidance: a moving car is in view for the first half. At the halfway point it leaves, and "
     "there is no car for the second half.",
     "car"),
    ("Projection cues. Open on a moving car. Changeover at the halfway mark: the car is gone and does "
     "not return.",
     "car"),
    ("Dispatch log. First half of the shift: a moving car in view. Second half: no car. All clear.",
     "car"),
    ("Continue with a lively cat in view through the first half only. In the second half, no cat.",
     "cat"),
    ("Cue notes: a lively cat up in the first half; at the halfway cue take it out. No cat after that.",
     "cat"),
    ("Start of shift: a lively cat reported. Halfway through it left. No cat for the rest of the shift.",
     "cat"),
    ("Route guidance. A flying bird stays in view for the first half, then it is gone; the second half "
     "has no bird.",
     "bird"),
    ("Projection cues. A flying bird on screen in the first half. At the changeover it disappears, and no "
     "bird appears in the second half.",
     "bird"),
    ("Dispatch log: a flying bird in view through the first half. No bird in the second half.",
     "bird"),
    ("You start with a moving ball in view. At the halfway point the ball disappears; for the second half "
     "there is no ball.",
     "ball"),
    ("Open on a moving ball for the first half only. Second half: no ball on screen. House lights up.",
     "ball"),
    ("Reported in the first half of the shift: a moving ball. Reported in the second half: no ball.",
     "ball"),
    ("Route guidance: a walking dog is in view during the first half. In the second half the dog has "
     "gone.",
     "dog"),
    ("Cue notes. A walking dog on screen in the first half; no dog from the halfway cue to the end.",
     "dog"),
    ("Dispatch log. A walking dog was in view in the first half of the shift, then left; no dog in the "
     "second half.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Route guidance: a moving car starts on the left side of the frame and continues across to the "
     "right side by the end of the clip.",
     "car", RIGHTWARD),
    ("Projection cues. Open on a moving car at the right side of the frame; by the final cue it has "
     "driven to the left side.",
     "car", LEFTWARD),
    ("Dispatch log. Start of shift: a moving car on the left side of the frame. End of shift: the car on "
     "the right side.",
     "car", RIGHTWARD),
    ("Continue: a moving car travels from the right side of the frame to the left side. You have arrived.",
     "car", LEFTWARD),
    ("Cue notes: a moving car crosses the frame from the left side to the right side.",
     "car", RIGHTWARD),
    ("Reported: a moving car heading from the right side of the frame over to the left side during the "
     "shift.",
     "car", LEFTWARD),
    ("Route guidance. A lively cat begins on the right side of the frame and walks to the left side.",
     "cat", LEFTWARD),
    ("Open on a lively cat at the left side of the frame. Final cue: the cat on the right side.",
     "cat", RIGHTWARD),
    ("Dispatch log: a lively cat moving across the frame, from the right side at the start to the left "
     "side at the end.",
     "cat", LEFTWARD),
    ("At the start, a lively cat on the left side of the frame; at arrival, the same cat on the right "
     "side.",
     "cat", RIGHTWARD),
    ("Projection cues. A lively cat walks from the right side of the frame over to the left side.",
     "cat", LEFTWARD),
    ("Start of shift: lively cat, left side of the frame. End of shift: right side of the frame.",
     "cat", RIGHTWARD),
    ("Route guidance: a flying bird goes from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Cue notes. A flying bird enters on the right side of the frame and flies across to the left side "
     "by the final cue.",
     "bird", LEFTWARD),
    ("Dispatch log. Reported: a flying bird crossing from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Continue with a flying bird that starts on the right side of the frame and ends on the left side.",
     "bird", LEFTWARD),
    ("Open on a flying bird at the left side of the frame; close on it at the right side.",
     "bird", RIGHTWARD),
    ("Start of shift: a flying bird on the right side of the frame. By end of shift it had flown to the "
     "left side.",
     "bird", LEFTWARD),
    ("Route guidance. A moving ball rolls from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Projection cues: a moving ball rolls across the frame, left side to right side.",
     "ball", RIGHTWARD),
    ("Dispatch log: a moving ball at the right side of the frame at the start; at the left side by the "
     "end.",
     "ball", LEFTWARD),
    ("You begin with a moving ball on the left side of the frame. It rolls to the right side as you "
     "arrive.",
     "ball", RIGHTWARD),
    ("Cue notes. Open on a moving ball, right side of the frame. Final cue: the ball at the left side.",
     "ball", LEFTWARD),
    ("Reported: a moving ball crossing the frame from the left side over to the right side.",
     "ball", RIGHTWARD),
    ("Route guidance: a walking dog heads from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Projection cues. A walking dog starts at the right side of the frame and walks to the left side by "
     "the close.",
     "dog", LEFTWARD),
    ("Dispatch log. Start of shift: a walking dog on the left side of the frame. End of shift: the dog "
     "on the right side.",
     "dog", RIGHTWARD),
    ("Continue: a walking dog moves from the right side of the frame to the left side. You have arrived.",
     "dog", LEFTWARD),
    ("Open on a walking dog at the left side of the frame and follow it across to the right side.",
     "dog", RIGHTWARD),
    ("Reported: a walking dog crossing from the right side of the frame to the left side. All clear.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Route guidance: a ball stays still the whole way, and a bird moves from the left of the ball to the "
     "right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Projection cues. A ball, still throughout. A bird on the right of the ball at the opening cue, on "
     "the left of the ball at the final cue.",
     "bird", "ball", LEFTWARD),
    ("Dispatch log. A dog, not moving all shift. A bird reported on the left of the dog at the start and "
     "on the right of the dog at the end.",
     "bird", "dog", RIGHTWARD),
    ("Continue with a car that stays still, and a bird passing from the right of the car to the left of "
     "the car.",
     "bird", "car", LEFTWARD),
    ("Cue notes: a cat holds still while a car moves from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("Reported: a ball that never moved, and a dog going from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Route guidance. With the ball standing still, a cat walks from the left of the ball to the right of "
     "the ball.",
     "cat", "ball", RIGHTWARD),
    ("Open on a dog on the right of a ball, the ball not moving. Final cue: the dog on the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Start of shift: a cat on the left of a bird, the bird still. End of shift: the cat on the right of "
     "the bird.",
     "cat", "bird", RIGHTWARD),
    ("Route guidance: a car stays still, and a dog moves from the right of the car to the left of the "
     "car.",
     "dog", "car", LEFTWARD),
    ("Projection cues. A ball that stays still, and a bird crossing from the left of the ball to the "
     "right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Dispatch log: a ball, stationary all shift. A bird on the right of the ball at the start, then on "
     "the left of the ball at the end.",
     "bird", "ball", LEFTWARD),
    ("You begin with a car on the left of a ball. The ball stays still; on arrival the car is on the "
     "right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Cue notes. A dog that never moves, and a bird going from the right of the dog to the left of the "
     "dog.",
     "bird", "dog", LEFTWARD),
    ("Reported: a car, still the whole shift, and a dog that went from the left of the car to the right "
     "of the car.",
     "dog", "car", RIGHTWARD),
    ("Route guidance. A ball holds still. A bird moves from the right of the ball to the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("Open on a dog on the left of a cat. The cat does not move. Final cue: the dog on the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("Start of shift: a car, stationary, with a dog on the right of the car. End of shift: the dog on the "
     "left of the car.",
     "dog", "car", LEFTWARD),
    ("Continue: a dog stays still, and a cat passes from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Projection cues: a ball stays still while a cat moves from the right of the ball to the left of the "
     "ball.",
     "cat", "ball", LEFTWARD),
    ("Dispatch log. A dog, unmoving throughout. A cat reported on the left of the dog at the start and on "
     "the right of the dog at the end.",
     "cat", "dog", RIGHTWARD),
    ("Route guidance: a dog stays still, and a ball rolls from the right of the dog to the left of the "
     "dog.",
     "ball", "dog", LEFTWARD),
    ("Cue notes: a bird that stays still, and a dog walking from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("Reported: a cat, still all shift, and a bird moving from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("At the start, a cat on the left of a bird; at arrival, the cat on the right of the bird. The bird "
     "stays still.",
     "cat", "bird", RIGHTWARD),
    ("Open on a bird on the right of a cat, the cat holding still. Final cue: the bird on the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("Start of shift: a dog on the left of a cat. The cat never moved. End of shift: the dog on the right "
     "of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Route guidance. A dog that stays still, and a bird going from the right of the dog to the left of "
     "the dog.",
     "bird", "dog", LEFTWARD),
    ("Projection cues. A cat, still throughout; a dog moves from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("Dispatch log: a car, stationary all shift. A bird on the right of the car at the start, on the left "
     "of the car at the end. All clear.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Route guidance, in a view from directly above: a moving car starts in the lower left corner, heads "
     "to the lower right corner, and arrives at the upper right corner.",
     "car", BL_BR_TR),
    ("Projection cues, top-down shot. Open on a moving car in the lower left corner; halfway cue: the "
     "upper left corner; final cue: the upper right corner.",
     "car", BL_TL_TR),
    ("Dispatch log, overhead view. Start of shift: a moving car in the lower right corner. Halfway "
     "through: the lower left corner. End of shift: the upper left corner.",
     "car", BR_BL_TL),
    ("Seen from overhead: a moving car departs the lower right corner, continues to the upper right "
     "corner, and its destination is the upper left corner.",
     "car", BR_TR_TL),
    ("Top-down view. Open on a moving car in the lower left corner, then the lower right corner, and "
     "close on it in the upper right corner.",
     "car", BL_BR_TR),
    ("Reported from straight above: a moving car in the lower left corner at the start, the upper left "
     "corner halfway, and the upper right corner at the end.",
     "car", BL_TL_TR),
    ("Route guidance, looking straight down: a lively cat begins in the lower right corner, continues to "
     "the lower left corner, then arrives at the upper left corner.",
     "cat", BR_BL_TL),
    ("Projection cues, overhead shot: a lively cat in the lower right corner first, the upper right "
     "corner at the halfway cue, the upper left corner at the final cue.",
     "cat", BR_TR_TL),
    ("Dispatch log, view from above. Start of shift: a lively cat in the lower left corner. Halfway: "
     "lower right corner. End of shift: upper right corner.",
     "cat", BL_BR_TR),
    ("From directly above: starting point, a lively cat in the lower left corner; via the upper left "
     "corner; destination, the upper right corner.",
     "cat", BL_TL_TR),
    ("Top-down shot. Open on a lively cat in the lower right corner, move to the lower left corner, "
     "final cue in the upper left corner.",
     "cat", BR_BL_TL),
    ("Reported, overhead view: a lively cat in the lower right corner, then the upper right corner, and "
     "at the end of the shift the upper left corner.",
     "cat", BR_TR_TL),
    ("Route guidance from above: a flying bird sets off from the lower left corner, passes the lower "
     "right corner, and arrives at the upper right corner.",
     "bird", BL_BR_TR),
    ("Projection cues, looking down from overhead: a flying bird opens in the lower left corner, is in "
     "the upper left corner at the changeover, and ends in the upper right corner.",
     "bird", BL_TL_TR),
    ("Dispatch log, top-down view: a flying bird reported in the lower right corner, then the lower left "
     "corner, then finally the upper left corner.",
     "bird", BR_BL_TL),
    ("Seen from straight above: a flying bird starts in the lower right corner, continues to the upper "
     "right corner, and you have arrived at the upper left corner.",
     "bird", BR_TR_TL),
    ("Overhead shot. Open on a flying bird in the lower left corner; halfway cue, the lower right corner; "
     "final cue, the upper right corner.",
     "bird", BL_BR_TR),
    ("Reported from above. Start of shift: a flying bird in the lower left corner. Halfway: the upper "
     "left corner. End: the upper right corner.",
     "bird", BL_TL_TR),
    ("Route guidance, view from directly above: a moving ball begins in the lower right corner, rolls to "
     "the lower left corner, and arrives at the upper left corner.",
     "ball", BR_BL_TL),
    ("Projection cues, top-down: a moving ball in the lower right corner at the opening, the upper right "
     "corner at the changeover, the upper left corner at the final cue.",
     "ball", BR_TR_TL),
    ("Dispatch log, looking down from overhead: a moving ball in the lower left corner at the start of "
     "shift, the lower right corner halfway, the upper right corner at the end.",
     "ball", BL_BR_TR),
    ("From above: a moving ball starts in the lower left corner. Continue to the upper left corner. Your "
     "destination is the upper right corner.",
     "ball", BL_TL_TR),
    ("Overhead shot. A moving ball opens in the lower right corner, goes to the lower left corner, and "
     "closes in the upper left corner.",
     "ball", BR_BL_TL),
    ("Reported, seen from straight above: a moving ball, lower right corner at the start; upper right "
     "corner halfway; upper left corner at the end.",
     "ball", BR_TR_TL),
    ("Route guidance, top-down view: a walking dog starts in the lower left corner, walks to the lower "
     "right corner, and arrives at the upper right corner.",
     "dog", BL_BR_TR),
    ("Projection cues from directly above: open on a walking dog in the lower left corner, then the upper "
     "left corner, final cue the upper right corner.",
     "dog", BL_TL_TR),
    ("Dispatch log, overhead view. Start of shift: a walking dog in the lower right corner. Halfway: the "
     "lower left corner. End of shift: the upper left corner.",
     "dog", BR_BL_TL),
    ("Seen from above: a walking dog departs the lower right corner, heads to the upper right corner, "
     "then arrives at the upper left corner.",
     "dog", BR_TR_TL),
    ("Top-down shot. A walking dog in the lower left corner at the opening cue, the lower right corner "
     "at the changeover, the upper right corner at the final cue.",
     "dog", BL_BR_TR),
    ("Reported from straight above: a walking dog in the lower right corner at the start of shift, the "
     "upper right corner halfway, the upper left corner at the end.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
