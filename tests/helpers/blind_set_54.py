"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a child's letter to a toy maker ("Dear Toy Maker, please make me a clip ...", "and then ...",
  "Love, Pip"), where the child, the toy maker and the letter are never in the video, and every wish is
  a plain fact about the clip;
- a choreographer's notes ("Choreography notes. Opening tableau: ...", "Entrance at the halfway
  mark: ...", "Exit", "Final tableau: ...", "Blackout."), where the choreographer, the dancers and the
  stage are never in the video, and the opening and final tableaux are the clip's start and end;
- a weather station's readout ("STATION READOUT. Start of record: ...", "Midpoint: ...", "End of
  record: ...", "Readout ends."), where the station, its instruments and the weather are never in the
  video, and the record's start, midpoint and end are the clip's start, middle and end.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count. A relation names its second object at both ends and says
that object stays still. It takes LVD's next draws: attribution pairs 60-89, and two-object relations
0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on c0bca35 167/180 = 92.8% (numeracy 24, attribution 30, visibility 28, one-object 28, two-object 27,
sequential 30 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Dear Toy Maker, please make me a clip with one moving car in it the whole time, and nothing else. "
     "Love, Pip",
     "car", 1),
    ("Choreography notes. Opening tableau: two moving cars. They hold the frame until the final tableau; "
     "nobody and nothing else enters. Blackout.",
     "car", 2),
    ("STATION READOUT. Start of record: three moving cars in view. End of record: three moving cars in "
     "view. Nothing else recorded. Readout ends.",
     "car", 3),
    ("Dear Toy Maker, I want four moving cars in my clip, all of them there from the start to the very "
     "end. Just the cars, please!",
     "car", 4),
    ("Choreography notes: one lively cat alone in the frame from the opening tableau to the last. No "
     "other entrances.",
     "cat", 1),
    ("STATION READOUT. Two lively cats in view for the whole record. No other readings.",
     "cat", 2),
    ("Dear Toy Maker, can my clip have three lively cats, there the whole time? Nothing else in it. "
     "Love, Pip",
     "cat", 3),
    ("Choreography notes. Four lively cats hold the frame from opening to blackout; no one else is "
     "placed.",
     "cat", 4),
    ("STATION READOUT. Start of record to end of record: one flying bird in view. Nothing else. Readout "
     "ends.",
     "bird", 1),
    ("Dear Toy Maker, please put two flying birds in my clip and keep them there all the way through. "
     "Only the birds.",
     "bird", 2),
    ("Choreography notes: three flying birds in the opening tableau, the same three in the final "
     "tableau, and nothing else in between.",
     "bird", 3),
    ("STATION READOUT. Four flying birds in view, start of record through end of record. Nothing else "
     "logged.",
     "bird", 4),
    ("Dear Toy Maker, my clip should have one moving ball from the beginning to the end, and that is "
     "all. Love, Pip",
     "ball", 1),
    ("Choreography notes. Opening tableau: two moving balls. No exits; they are still in the frame at "
     "the final tableau. Nothing else. Blackout.",
     "ball", 2),
    ("STATION READOUT: three moving balls in view from the start of record. Still three at the end. No "
     "other readings.",
     "ball", 3),
    ("Dear Toy Maker, please make a clip with four moving balls in it for the whole time and nothing "
     "else at all.",
     "ball", 4),
    ("Choreography notes: one walking dog, alone, on from the opening tableau to blackout.",
     "dog", 1),
    ("STATION READOUT. Start of record: two walking dogs in view. End of record: both still in view. "
     "Nothing else. Readout ends.",
     "dog", 2),
    ("Dear Toy Maker, I would like three walking dogs in my clip, there from start to finish. Nothing "
     "else, please. Love, Pip",
     "dog", 3),
    ("Choreography notes. Four walking dogs hold the frame throughout, first tableau to last; no other "
     "entrances.",
     "dog", 4),
    ("STATION READOUT: two moving cars in view for the whole record, and nothing else.",
     "car", 2),
    ("Dear Toy Maker, just one lively cat in my clip, please, there all the time. Nothing else.",
     "cat", 1),
    ("Choreography notes: three flying birds from the opening tableau to the final tableau; nothing "
     "else in the frame.",
     "bird", 3),
    ("STATION READOUT. One moving ball in view from start of record to end of record. Nothing else.",
     "ball", 1),
    ("Dear Toy Maker, my clip needs four walking dogs from the beginning to the end and nothing else. "
     "Love, Pip",
     "dog", 4),
    ("Choreography notes. Opening tableau: four moving cars. Hold them to blackout. No other entrances.",
     "car", 4),
    ("STATION READOUT: three lively cats in view through the whole record. Nothing else logged. Readout "
     "ends.",
     "cat", 3),
    ("Dear Toy Maker, please make two flying birds stay in my clip from the start to the end, with "
     "nothing else.",
     "bird", 2),
    ("Choreography notes: two moving balls in the frame throughout, and nothing else. Blackout.",
     "ball", 2),
    ("STATION READOUT. Start of record: one walking dog in view. End of record: the same dog, still "
     "alone. Readout ends.",
     "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Dear Toy Maker, please make me a clip with a brown bird and a black ball side by side the whole "
     "time. Love, Pip",
     "bird", "brown", "ball", "black"),
    ("Choreography notes. Opening tableau: a brown bird beside a blue cat; both hold to the final "
     "tableau.",
     "bird", "brown", "cat", "blue"),
    ("STATION READOUT. Start of record: a blue bird and a red car in view together. End of record: both "
     "still in view.",
     "bird", "blue", "car", "red"),
    ("Dear Toy Maker, I want a purple ball and a pink cat next to each other in my clip, from start to "
     "end!",
     "ball", "purple", "cat", "pink"),
    ("Choreography notes: a yellow dog with a red cat beside it, in the frame from opening to blackout.",
     "dog", "yellow", "cat", "red"),
    ("STATION READOUT: a green bird and a yellow dog, side by side, in view for the whole record.",
     "bird", "green", "dog", "yellow"),
    ("Dear Toy Maker, can there be a gray car and a red cat together in my clip, all the way through? "
     "Love, Pip",
     "car", "gray", "cat", "red"),
    ("Choreography notes. A red bird and a black cat next to one another; no exits. Blackout.",
     "bird", "red", "cat", "black"),
    ("STATION READOUT. A white bird alongside an orange cat, in view start of record to end of record.",
     "bird", "white", "cat", "orange"),
    ("Dear Toy Maker, please put a green bird and a black ball side by side in my clip and keep them "
     "there till the end.",
     "bird", "green", "ball", "black"),
    ("Choreography notes: a white cat beside a purple bird from the first tableau to the last.",
     "cat", "white", "bird", "purple"),
    ("STATION READOUT. Start of record: a green bird and a purple dog, together in view. Unchanged at "
     "end of record.",
     "bird", "green", "dog", "purple"),
    ("Dear Toy Maker, my clip should have an orange bird with a brown car next to it, both there the "
     "whole time. Love, Pip",
     "bird", "orange", "car", "brown"),
    ("Choreography notes. A blue car and a brown bird, side by side, held throughout.",
     "car", "blue", "bird", "brown"),
    ("STATION READOUT: in view from start to end of record, a red dog and, next to it, a purple cat.",
     "dog", "red", "cat", "purple"),
    ("Dear Toy Maker, please make a purple dog sit beside a brown cat in my clip, for the whole clip.",
     "dog", "purple", "cat", "brown"),
    ("Choreography notes: opening tableau, a black cat and a blue ball together; hold both until "
     "blackout.",
     "cat", "black", "ball", "blue"),
    ("STATION READOUT. A yellow cat in view next to a black dog at start of record; same pair, same "
     "place, at end of record.",
     "cat", "yellow", "dog", "black"),
    ("Dear Toy Maker, I would like a green cat and a white bird side by side in my clip from the "
     "beginning to the end. Love, Pip",
     "cat", "green", "bird", "white"),
    ("Choreography notes. A purple car and a pink cat in the frame together from opening to close.",
     "car", "purple", "cat", "pink"),
    ("STATION READOUT: a purple bird beside a red dog, in view for the whole record. Readout ends.",
     "bird", "purple", "dog", "red"),
    ("Dear Toy Maker, please give my clip a red dog and a yellow car, next to each other, all the time.",
     "dog", "red", "car", "yellow"),
    ("Choreography notes: an orange dog with a brown car beside it; both still there at the final "
     "tableau.",
     "dog", "orange", "car", "brown"),
    ("STATION READOUT. Start and end of record: a gray cat and an orange dog, side by side, in view.",
     "cat", "gray", "dog", "orange"),
    ("Dear Toy Maker, my clip needs a green ball and a pink dog together the whole way through. Love, "
     "Pip",
     "ball", "green", "dog", "pink"),
    ("Choreography notes. A white dog alongside a pink bird, throughout. Blackout.",
     "dog", "white", "bird", "pink"),
    ("STATION READOUT: a purple car and a gray ball, next to one another, in view for the whole record.",
     "car", "purple", "ball", "gray"),
    ("Dear Toy Maker, please make a yellow dog and a brown cat stay side by side in my clip until the "
     "end.",
     "dog", "yellow", "cat", "brown"),
    ("Choreography notes: a brown ball beside a green cat, held from the opening tableau to the final "
     "tableau.",
     "ball", "brown", "cat", "green"),
    ("STATION READOUT. Start of record: a brown cat and an orange car in view together. End of record: "
     "both still in view. Readout ends.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Dear Toy Maker, in the first half of my clip there should be no car. Then in the second half a "
     "moving car comes in and stays till the end. Love, Pip",
     "car"),
    ("Choreography notes. First half: no car in the frame. Entrance at the halfway mark: a moving car, "
     "which holds to the final tableau.",
     "car"),
    ("STATION READOUT. Start of record to midpoint: no car. Midpoint: a moving car in view. End of "
     "record: the car still in view.",
     "car"),
    ("Dear Toy Maker, please keep the cat out for the first half: no cat then. In the second half "
     "a lively cat shows up and stays.",
     "cat"),
    ("Choreography notes: the opening tableau has no cat. A lively cat enters at the halfway mark and "
     "holds until blackout.",
     "cat"),
    ("STATION READOUT: first half of the record, no cat. Second half: a lively cat in view until the "
     "end.",
     "cat"),
    ("Dear Toy Maker, no bird in the first half of my clip, please. Then a flying bird comes in the "
     "second half and stays there.",
     "bird"),
    ("Choreography notes. No bird for the first half. Entrance at the halfway mark: a flying bird, held "
     "through the second half.",
     "bird"),
    ("STATION READOUT. No bird recorded in the first half. From the midpoint to end of record: a flying "
     "bird in view.",
     "bird"),
    ("Dear Toy Maker, my clip starts with no ball for the whole first half. In the second half a moving "
     "ball appears and stays. Love, Pip",
     "ball"),
    ("Choreography notes: first half, an empty frame with no ball. Second half: a moving ball enters "
     "and stays to the final tableau.",
     "ball"),
    ("STATION READOUT: no ball during the first half of the record. A moving ball appears at the "
     "midpoint and stays in view to the end.",
     "ball"),
    ("Dear Toy Maker, please have no dog in the first half. Then a walking dog comes in for the second "
     "half and doesn't leave.",
     "dog"),
    ("Choreography notes. First half: no dog. Second half: a walking dog enters and holds until "
     "blackout.",
     "dog"),
    ("STATION READOUT. A walking dog in view in the second half of the record only; no dog in the first "
     "half. Readout ends.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Dear Toy Maker, I want a moving car in the first half of my clip. Then it goes away and there is "
     "no car in the second half. Love, Pip",
     "car"),
    ("Choreography notes. Opening tableau: a moving car. Exit at the halfway mark: the car leaves and "
     "does not come back.",
     "car"),
    ("STATION READOUT. First half of the record: a moving car in view. Second half: no car. Readout "
     "ends.",
     "car"),
    ("Dear Toy Maker, please put a lively cat in the first half only. In the second half there is no "
     "cat.",
     "cat"),
    ("Choreography notes: a lively cat holds the frame for the first half, exits at the halfway mark; "
     "no cat after that.",
     "cat"),
    ("STATION READOUT: start of record, a lively cat in view. Midpoint: the cat gone. No cat for the "
     "rest of the record.",
     "cat"),
    ("Dear Toy Maker, a flying bird should be in the first half of my clip, and then it is gone, so no "
     "bird in the second half.",
     "bird"),
    ("Choreography notes. A flying bird in the first half. Exit at the halfway mark; no bird for the "
     "second half.",
     "bird"),
    ("STATION READOUT. A flying bird in view through the first half. No bird in the second half.",
     "bird"),
    ("Dear Toy Maker, my clip begins with a moving ball, but halfway through the ball disappears and "
     "there is no ball after that. Love, Pip",
     "ball"),
    ("Choreography notes: a moving ball in the frame for the first half only; the second half has no "
     "ball. Blackout.",
     "ball"),
    ("STATION READOUT: first half of the record, a moving ball in view. Second half, no ball.",
     "ball"),
    ("Dear Toy Maker, please have a walking dog in the first half. In the second half the dog is gone.",
     "dog"),
    ("Choreography notes. A walking dog holds the frame in the first half; exit at the halfway mark, no "
     "dog after.",
     "dog"),
    ("STATION READOUT. A walking dog in view in the first half of the record, then it left; no dog in "
     "the second half.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Dear Toy Maker, please make a moving car start on the left side of my clip and drive all the way "
     "to the right side. Love, Pip",
     "car", RIGHTWARD),
    ("Choreography notes. Opening tableau: a moving car on the right side of the frame. Final tableau: "
     "the car on the left side.",
     "car", LEFTWARD),
    ("STATION READOUT. Start of record: a moving car on the left side of the frame. End of record: the "
     "car on the right side.",
     "car", RIGHTWARD),
    ("Dear Toy Maker, I want a moving car that goes from the right side of the frame to the left side!",
     "car", LEFTWARD),
    ("Choreography notes: a moving car crosses the frame, left side to right side.",
     "car", RIGHTWARD),
    ("STATION READOUT: a moving car heading from the right side of the frame to the left side over the "
     "record.",
     "car", LEFTWARD),
    ("Dear Toy Maker, can a lively cat begin on the left side of the frame and walk over to the right "
     "side? Love, Pip",
     "cat", RIGHTWARD),
    ("Choreography notes. A lively cat opens on the right side of the frame and travels to the left side "
     "by the final tableau.",
     "cat", LEFTWARD),
    ("STATION READOUT. A lively cat moving across the frame: left side at start of record, right side "
     "at end of record.",
     "cat", RIGHTWARD),
    ("Dear Toy Maker, please have a lively cat walk from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Choreography notes: opening tableau, a lively cat on the left side of the frame; final tableau, "
     "the cat on the right side.",
     "cat", RIGHTWARD),
    ("STATION READOUT: lively cat, right side of the frame at start of record; left side of the frame "
     "at end of record.",
     "cat", LEFTWARD),
    ("Dear Toy Maker, my clip needs a flying bird that flies from the left side of the frame to the "
     "right side.",
     "bird", RIGHTWARD),
    ("Choreography notes. A flying bird enters on the right side of the frame and crosses to the left "
     "side before blackout.",
     "bird", LEFTWARD),
    ("STATION READOUT. A flying bird crossing from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Dear Toy Maker, please make a flying bird start on the right side of the frame and end on the "
     "left side. Love, Pip",
     "bird", LEFTWARD),
    ("Choreography notes: a flying bird opens at the left side of the frame and closes at the right "
     "side.",
     "bird", RIGHTWARD),
    ("STATION READOUT: start of record, a flying bird on the right side of the frame. End of record, "
     "the bird on the left side.",
     "bird", LEFTWARD),
    ("Dear Toy Maker, I would like a moving ball to roll from the left side of the frame to the right "
     "side.",
     "ball", RIGHTWARD),
    ("Choreography notes. A moving ball rolls across the frame from the right side to the left side.",
     "ball", LEFTWARD),
    ("STATION READOUT. A moving ball at the left side of the frame at start of record; at the right "
     "side by end of record.",
     "ball", RIGHTWARD),
    ("Dear Toy Maker, please let a moving ball roll from the right side of my clip over to the left "
     "side. Love, Pip",
     "ball", LEFTWARD),
    ("Choreography notes: opening tableau, a moving ball on the left side of the frame; final tableau, "
     "the ball on the right side.",
     "ball", RIGHTWARD),
    ("STATION READOUT: a moving ball crossing the frame from the right side to the left side.",
     "ball", LEFTWARD),
    ("Dear Toy Maker, can a walking dog go from the left side of the frame to the right side?",
     "dog", RIGHTWARD),
    ("Choreography notes. A walking dog opens at the right side of the frame and walks to the left side "
     "by blackout.",
     "dog", LEFTWARD),
    ("STATION READOUT. Start of record: a walking dog on the left side of the frame. End of record: the "
     "dog on the right side.",
     "dog", RIGHTWARD),
    ("Dear Toy Maker, please have a walking dog move from the right side of the frame to the left side. "
     "Love, Pip",
     "dog", LEFTWARD),
    ("Choreography notes: a walking dog crosses from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("STATION READOUT: a walking dog crossing from the right side of the frame to the left side. "
     "Readout ends.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Dear Toy Maker, please make a car that stays still, and a bird that flies from the left of the car "
     "to the right of the car. Love, Pip",
     "bird", "car", RIGHTWARD),
    ("Choreography notes. A bird holds still throughout. A car opens on the right of the bird and, by "
     "the final tableau, is on the left of the bird.",
     "car", "bird", LEFTWARD),
    ("STATION READOUT. A cat, not moving for the whole record. A bird on the left of the cat at start "
     "of record, on the right of the cat at end of record.",
     "bird", "cat", RIGHTWARD),
    ("Dear Toy Maker, I want a bird that stays still and a car going from the right of the bird to the "
     "left of the bird!",
     "car", "bird", LEFTWARD),
    ("Choreography notes: a dog holds its place while a bird travels from the left of the dog to the "
     "right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("STATION READOUT: a cat, stationary all record, and a dog moving from the right of the cat to the "
     "left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Dear Toy Maker, can a dog stand still while a ball rolls from the left of the dog to the right of "
     "the dog? Love, Pip",
     "ball", "dog", RIGHTWARD),
    ("Choreography notes. Opening tableau: a bird on the right of a cat, the cat still. Final tableau: "
     "the bird on the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("STATION READOUT. Start of record: a car on the left of a ball; the ball does not move. End of "
     "record: the car on the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Dear Toy Maker, please have a bird stay still and a cat walk from the right of the bird to the "
     "left of the bird.",
     "cat", "bird", LEFTWARD),
    ("Choreography notes: a car stays put; a dog moves from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("STATION READOUT: a bird, still for the whole record. A ball on the right of the bird at the start, "
     "then on the left of the bird at the end.",
     "ball", "bird", LEFTWARD),
    ("Dear Toy Maker, my clip should have a dog that never moves, and a ball rolling from the left of "
     "the dog to the right of the dog. Love, Pip",
     "ball", "dog", RIGHTWARD),
    ("Choreography notes. A cat holds still. A ball rolls from the right of the cat to the left of the "
     "cat.",
     "ball", "cat", LEFTWARD),
    ("STATION READOUT. A ball, stationary throughout; a car moving from the left of the ball to the "
     "right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Dear Toy Maker, please make a cat stay still, and a bird go from the right of the cat to the left "
     "of the cat.",
     "bird", "cat", LEFTWARD),
    ("Choreography notes: opening tableau, a dog on the left of a bird, the bird holding still; final "
     "tableau, the dog on the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("STATION READOUT: start of record, a dog on the right of a cat; the cat never moves. End of record, "
     "the dog on the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Dear Toy Maker, can a car stay still while a ball rolls from the left of the car to the right of "
     "the car? Love, Pip",
     "ball", "car", RIGHTWARD),
    ("Choreography notes. A cat that does not move, and a dog crossing from the right of the cat to the "
     "left of the cat.",
     "dog", "cat", LEFTWARD),
    ("STATION READOUT. A ball, unmoving all record. A bird on the left of the ball at the start and on "
     "the right of the ball at the end.",
     "bird", "ball", RIGHTWARD),
    ("Dear Toy Maker, please make a ball that stays still and a bird that flies from the right of the "
     "ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Choreography notes: a dog holds still; a bird travels from the left of the dog to the right of "
     "the dog. Blackout.",
     "bird", "dog", RIGHTWARD),
    ("STATION READOUT: a car, stationary throughout, and a bird going from the right of the car to the "
     "left of the car.",
     "bird", "car", LEFTWARD),
    ("Dear Toy Maker, I want a cat that stays still and a car driving from the left of the cat to the "
     "right of the cat. Love, Pip",
     "car", "cat", RIGHTWARD),
    ("Choreography notes. Opening tableau: a dog on the right of a ball, the ball still. Final tableau: "
     "the dog on the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("STATION READOUT. Start of record: a cat on the left of a ball, the ball not moving. End of record: "
     "the cat on the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("Dear Toy Maker, please have a ball stay still while a dog walks from the right of the ball to the "
     "left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Choreography notes: a bird holds still, and a cat moves from the left of the bird to the right of "
     "the bird.",
     "cat", "bird", RIGHTWARD),
    ("STATION READOUT: a car, not moving all record. A dog on the right of the car at the start, on the "
     "left of the car at the end. Readout ends.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Dear Toy Maker, please film my clip from straight above: a moving car starts in the lower left "
     "corner, goes to the lower right corner, and ends in the upper right corner. Love, Pip",
     "car", BL_BR_TR),
    ("Choreography notes, viewed from directly above. Opening tableau: a moving car in the lower left "
     "corner. Halfway mark: the upper left corner. Final tableau: the upper right corner.",
     "car", BL_TL_TR),
    ("STATION READOUT, overhead view. Start of record: a moving car in the lower right corner. Midpoint: "
     "the lower left corner. End of record: the upper left corner.",
     "car", BR_BL_TL),
    ("Dear Toy Maker, looking down from above, I want a moving car to go from the lower right corner to "
     "the upper right corner and then to the upper left corner.",
     "car", BR_TR_TL),
    ("Choreography notes, top-down view: a moving car opens in the lower left corner, travels to the "
     "lower right corner, and finishes in the upper right corner.",
     "car", BL_BR_TR),
    ("STATION READOUT, seen from straight above: a moving car in the lower left corner at start of "
     "record, the upper left corner at the midpoint, the upper right corner at end of record.",
     "car", BL_TL_TR),
    ("Dear Toy Maker, from directly above, please make a lively cat begin in the lower right corner, "
     "walk to the lower left corner, and stop in the upper left corner.",
     "cat", BR_BL_TL),
    ("Choreography notes, overhead view. A lively cat: lower right corner at the opening tableau, upper "
     "right corner at the halfway mark, upper left corner at the final tableau.",
     "cat", BR_TR_TL),
    ("STATION READOUT, view from above. Start of record: a lively cat in the lower left corner. "
     "Midpoint: the lower right corner. End of record: the upper right corner.",
     "cat", BL_BR_TR),
    ("Dear Toy Maker, seen from the top, a lively cat starts in the lower left corner, then goes to the "
     "upper left corner, then to the upper right corner. Love, Pip",
     "cat", BL_TL_TR),
    ("Choreography notes, looking straight down: a lively cat opens in the lower right corner, moves to "
     "the lower left corner, and ends in the upper left corner.",
     "cat", BR_BL_TL),
    ("STATION READOUT, top-down view: a lively cat in the lower right corner, then the upper right "
     "corner, then at end of record the upper left corner.",
     "cat", BR_TR_TL),
    ("Dear Toy Maker, from straight above, please have a flying bird start in the lower left corner, fly "
     "to the lower right corner, and land in the upper right corner.",
     "bird", BL_BR_TR),
    ("Choreography notes, from directly overhead: a flying bird in the lower left corner at the opening "
     "tableau, the upper left corner at the halfway mark, the upper right corner at the final tableau.",
     "bird", BL_TL_TR),
    ("STATION READOUT, overhead view: a flying bird in the lower right corner, then the lower left "
     "corner, then finally the upper left corner.",
     "bird", BR_BL_TL),
    ("Dear Toy Maker, looking down from above, I want a flying bird to go from the lower right corner to "
     "the upper right corner and finish in the upper left corner. Love, Pip",
     "bird", BR_TR_TL),
    ("Choreography notes, top-down view. Opening tableau: a flying bird in the lower left corner. "
     "Halfway mark: the lower right corner. Final tableau: the upper right corner.",
     "bird", BL_BR_TR),
    ("STATION READOUT, seen from above. Start of record: a flying bird in the lower left corner. "
     "Midpoint: the upper left corner. End of record: the upper right corner.",
     "bird", BL_TL_TR),
    ("Dear Toy Maker, from straight above, please make a moving ball roll from the lower right corner to "
     "the lower left corner and then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Choreography notes, overhead view: a moving ball opens in the lower right corner, rolls to the "
     "upper right corner, and stops in the upper left corner.",
     "ball", BR_TR_TL),
    ("STATION READOUT, looking straight down: a moving ball in the lower left corner at start of record, "
     "the lower right corner at the midpoint, the upper right corner at end of record.",
     "ball", BL_BR_TR),
    ("Dear Toy Maker, seen from the top, a moving ball starts in the lower left corner, goes up to the "
     "upper left corner, and ends in the upper right corner. Love, Pip",
     "ball", BL_TL_TR),
    ("Choreography notes, from directly above. Opening tableau: a moving ball in the lower right corner. "
     "Halfway mark: the lower left corner. Final tableau: the upper left corner.",
     "ball", BR_BL_TL),
    ("STATION READOUT, top-down view: a moving ball, lower right corner at start of record; upper right "
     "corner at the midpoint; upper left corner at end of record.",
     "ball", BR_TR_TL),
    ("Dear Toy Maker, from straight above, please have a walking dog start in the lower left corner, "
     "walk to the lower right corner, and finish in the upper right corner.",
     "dog", BL_BR_TR),
    ("Choreography notes, looking down from overhead: a walking dog opens in the lower left corner, "
     "crosses to the upper left corner, and ends in the upper right corner.",
     "dog", BL_TL_TR),
    ("STATION READOUT, view from directly above. Start of record: a walking dog in the lower right "
     "corner. Midpoint: the lower left corner. End of record: the upper left corner.",
     "dog", BR_BL_TL),
    ("Dear Toy Maker, looking down from the top, I want a walking dog to go from the lower right corner "
     "to the upper right corner and then to the upper left corner. Love, Pip",
     "dog", BR_TR_TL),
    ("Choreography notes, top-down view. A walking dog: lower left corner at the opening tableau, lower "
     "right corner at the halfway mark, upper right corner at the final tableau.",
     "dog", BL_BR_TR),
    ("STATION READOUT, seen from straight above: a walking dog in the lower right corner at start of "
     "record, the upper right corner at the midpoint, the upper left corner at end of record.",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
