"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a treasure map's directions ("Directions:", "Heed me", "Mark well, matey", "X marks the spot", "Dig
  no further"), where the map, the pirate reading it, any treasure and any X are never in the video,
  and each direction states a plain fact about the clip;
- a wedding speech ("Ladies and gentlemen, ...", "If I may say a few words", "Friends and family",
  "A toast!", "Cheers!"), where the speaker, the guests and the couple are never in the video, and the
  toast is raised to what the clip shows;
- a bus timetable ("Timetable.", "Service:", "Departs: ...", "Calls at: ...", "Arrives: ...", "the
  halfway mark"), where the bus, its stops' shelters and its passengers are never in the video, departure
  is the clip's start, arrival its end, and a route's calling points are its three corners in order.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the speech never mentions the couple, the map never counts
paces, and the timetable gives no times or route numbers). No voice uses a colour word for its own
props. A relation names its second object at both ends and says that object stays still. It takes LVD's
next draws: attribution pairs 40-69, and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on e2bc3f2 157/180 = 87.2% (numeracy 22, attribution 27, visibility 27, one-object 25, two-object 30,
sequential 26 of 30); 179/180 after the fixes of its own commit, 180/180 after the next session's.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Heed these directions: one moving car in the frame from the start of the clip to its end, and nothing else "
     "anywhere. That's all there is to find.",
     "car", 1),
    ("Ladies and gentlemen, a few words. This clip gives us two moving cars, in the frame from beginning to end, and "
     "nothing else at all. Cheers!",
     "car", 2),
    ("Timetable. Service: three moving cars. Runs: the whole clip, from start to end. Nothing else in the frame.",
     "car", 3),
    ("Mark well, matey: four moving cars stay in the frame from the start to the end, and there's nothing else to "
     "find.",
     "car", 4),
    ("If I may raise a toast to this clip: one lively cat, there from start to finish, and nothing else in the "
     "frame.",
     "cat", 1),
    ("Service notice. Two lively cats are in the frame from the start of the clip until the end. Nothing else is in "
     "the frame.",
     "cat", 2),
    ("Directions: look into the frame and you'll find three lively cats, from the clip's start to its end. Naught "
     "else is there.",
     "cat", 3),
    ("Friends and family, thank you for coming. Please enjoy four lively cats in the frame for the whole clip, and "
     "nothing else besides.",
     "cat", 4),
    ("Timetable, all day: a single flying bird in the frame from the start of the clip to the end. Nothing else "
     "runs.",
     "bird", 1),
    ("Arr, heed me: two flying birds in the frame from start to end. Nothing else in the frame, so don't go looking.",
     "bird", 2),
    ("Ladies and gentlemen, to the clip! Three flying birds in the frame throughout, and nothing else. Cheers.",
     "bird", 3),
    ("Departs at the start of the clip: four flying birds. Arrives at the end: the same four flying birds. Nothing "
     "else in the frame.",
     "bird", 4),
    ("Directions, matey: one moving ball, in the frame from the clip's start to its end. Nothing else.",
     "ball", 1),
    ("I'd like to say a few words about two moving balls. They're in the frame from start to finish, and there's "
     "nothing else in it. Cheers!",
     "ball", 2),
    ("Service: three moving balls, in the frame the whole clip long. No other object in the frame.",
     "ball", 3),
    ("Follow these directions: four moving balls stay in the frame from the beginning of the clip to the end, and "
     "nothing else does.",
     "ball", 4),
    ("Ladies and gentlemen, please welcome one walking dog, in the frame from start to end. Nothing else is in the "
     "frame. A toast!",
     "dog", 1),
    ("Timetable. Two walking dogs, in the frame from the start of the clip through to its end. Nothing else on this "
     "service.",
     "dog", 2),
    ("Heed the directions: three walking dogs are in the frame from start to end, and nothing else is.",
     "dog", 3),
    ("Thank you all. Four walking dogs in the frame, from the very start to the very end, and nothing besides. "
     "Cheers!",
     "dog", 4),
    ("Service runs start to end: one moving car in the frame. Nothing else in the frame at any time.",
     "car", 1),
    ("Mark this, matey: four lively cats in the frame the whole clip through, and nothing else.",
     "cat", 4),
    ("A toast to two flying birds, in the frame from the start of the clip to its end, with nothing else in it.",
     "bird", 2),
    ("Timetable. Departs: one moving ball in the frame. Arrives: the same moving ball, still in the frame. Nothing "
     "else.",
     "ball", 1),
    ("Directions: two walking dogs in the frame from start to end. Search no further; nothing else is there.",
     "dog", 2),
    ("Ladies and gentlemen, three moving cars, in the frame from beginning to end, and nothing else. Raise a toast.",
     "car", 3),
    ("Service notice: one lively cat in the frame from the start of the clip to the end. No other object.",
     "cat", 1),
    ("Heed me well: three flying birds in the frame from the start of the clip to its end, and nothing else at all.",
     "bird", 3),
    ("If I may: four moving balls in the frame for the whole clip, nothing else in it. To the clip! Cheers.",
     "ball", 4),
    ("Timetable. Four walking dogs in the frame from the start of the clip to its end. Nothing else runs on this "
     "service.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Directions: in the frame you'll find a green dog beside a blue car, both there the whole clip.",
     "dog", "green", "car", "blue"),
    ("Ladies and gentlemen, a black cat and a brown ball, side by side in the frame from start to end. Cheers!",
     "cat", "black", "ball", "brown"),
    ("Timetable. Departs: a purple car with a red cat beside it. Arrives: both still side by side in the frame.",
     "car", "purple", "cat", "red"),
    ("Follow the directions to a gray dog and a brown cat standing next to each other for the whole clip. X marks "
     "the spot.",
     "dog", "gray", "cat", "brown"),
    ("A toast to a black car and a brown dog, next to each other in the frame from beginning to end.",
     "car", "black", "dog", "brown"),
    ("Service: a yellow ball and a pink dog, side by side in the frame, the whole clip long.",
     "ball", "yellow", "dog", "pink"),
    ("Mark well: a gray cat sits next to a white dog in the frame from start to end.",
     "cat", "gray", "dog", "white"),
    ("Friends and family: a yellow dog beside an orange car, together in the frame for the whole clip. Cheers.",
     "dog", "yellow", "car", "orange"),
    ("Timetable. A black bird and a brown cat, next to each other in the frame from the start of the clip to its "
     "end.",
     "bird", "black", "cat", "brown"),
    ("Directions: look for a white ball beside a red car. They stay side by side the whole clip.",
     "ball", "white", "car", "red"),
    ("Ladies and gentlemen, please meet a white ball and a black cat, side by side in the frame throughout.",
     "ball", "white", "cat", "black"),
    ("Service notice: a yellow cat with a pink ball next to it, in the frame from start to end.",
     "cat", "yellow", "ball", "pink"),
    ("Heed these directions: a black car and an orange bird, next to each other in the frame the whole clip.",
     "car", "black", "bird", "orange"),
    ("If I may say a few words: an orange ball next to a brown car, in the frame from beginning to end.",
     "ball", "orange", "car", "brown"),
    ("Timetable. Departing and arriving together: a gray bird and a green cat, side by side in the frame.",
     "bird", "gray", "cat", "green"),
    ("Directions: a blue car with a red cat beside it, in the frame from the start of the clip to the end.",
     "car", "blue", "cat", "red"),
    ("A toast! A white ball and a black car, side by side in the frame for the whole clip.",
     "ball", "white", "car", "black"),
    ("Service: a green bird and a white ball next to each other, in the frame all clip long.",
     "bird", "green", "ball", "white"),
    ("Mark well, matey: a blue ball lies next to a yellow dog, the whole clip through.",
     "ball", "blue", "dog", "yellow"),
    ("Ladies and gentlemen, a yellow bird and a blue ball, next to one another from start to finish. Cheers!",
     "bird", "yellow", "ball", "blue"),
    ("Timetable. A brown bird beside a black ball, in the frame from the start of the clip to its end.",
     "bird", "brown", "ball", "black"),
    ("Directions: find a brown bird and a blue cat, side by side in the frame for the whole clip.",
     "bird", "brown", "cat", "blue"),
    ("A few words, friends: a blue bird and a red car, next to each other in the frame throughout.",
     "bird", "blue", "car", "red"),
    ("Service notice. A purple ball and a pink cat, side by side in the frame, start to end.",
     "ball", "purple", "cat", "pink"),
    ("Heed me: a yellow dog stands beside a red cat in the frame from start to finish.",
     "dog", "yellow", "cat", "red"),
    ("Raise a toast to a green bird and a yellow dog, next to each other in the frame for the whole clip.",
     "bird", "green", "dog", "yellow"),
    ("Timetable. Departs: a gray car and a red cat, side by side. Arrives: the same pair, still side by side.",
     "car", "gray", "cat", "red"),
    ("Directions: a red bird next to a black cat, in the frame from the start of the clip to its end. Dig no "
     "further.",
     "bird", "red", "cat", "black"),
    ("Ladies and gentlemen, a white bird and an orange cat, side by side in the frame, start to finish. Cheers.",
     "bird", "white", "cat", "orange"),
    ("Service: a green bird with a black ball beside it, in the frame for the whole clip.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Directions: for the first half of the clip there's no car in the frame. In the second half a moving car "
     "appears and stays to the end.",
     "car"),
    ("Ladies and gentlemen, in the first half of the clip, no car. Then, in the second half, a moving car arrives "
     "and stays. Cheers!",
     "car"),
    ("Timetable. First half: no car in the frame. Second half: a moving car appears and stays until the end.",
     "car"),
    ("Heed this: no cat in the frame during the first half. A lively cat shows up in the second half and stays.",
     "cat"),
    ("A few words about the clip: the first half has no cat, and in the second half a lively cat appears and "
     "remains. A toast!",
     "cat"),
    ("Service notice. No cat in the frame in the first half. A lively cat appears at the halfway mark and stays for "
     "the second half.",
     "cat"),
    ("Mark well: the first half holds no bird. In the second half a flying bird comes into the frame and stays.",
     "bird"),
    ("Friends, the first half of this clip had no bird at all; then a flying bird appeared in the second half and "
     "stayed. Cheers.",
     "bird"),
    ("Timetable. No bird in the frame for the first half. Arrives at the halfway mark: a flying bird, staying "
     "through the second half.",
     "bird"),
    ("Directions: no ball in the first half of the clip. In the second half a moving ball appears in the frame. X "
     "marks the spot.",
     "ball"),
    ("Ladies and gentlemen, no ball in the first half; in the second half, a moving ball appears and stays to the "
     "end.",
     "ball"),
    ("Service: first half, no ball in the frame. Second half, a moving ball in the frame.",
     "ball"),
    ("Heed these directions: the frame has no dog in the first half. A walking dog appears in the second half and "
     "stays.",
     "dog"),
    ("A toast to the second half, when a walking dog appears and stays. In the first half there was no dog in the "
     "frame.",
     "dog"),
    ("Timetable. First half: no dog. Second half: a walking dog appears in the frame and stays until the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Directions: a moving car is in the frame for the first half. In the second half there's no car.",
     "car"),
    ("Ladies and gentlemen, a moving car graced the first half of the clip; in the second half there was no car at "
     "all.",
     "car"),
    ("Timetable. First half: a moving car in the frame. Second half: no car. It leaves at the halfway mark.",
     "car"),
    ("Mark well: a lively cat is in the frame during the first half, then it's gone. No cat in the second half.",
     "cat"),
    ("A few words: a lively cat was with us in the frame for the first half, and there was no cat in the second "
     "half. Cheers.",
     "cat"),
    ("Service notice. A lively cat in the frame for the first half only. No cat in the second half.",
     "cat"),
    ("Heed me: a flying bird is in the frame for the first half. In the second half, no bird.",
     "bird"),
    ("Friends, a flying bird was in the frame for the first half, and in the second half there was no bird. A toast!",
     "bird"),
    ("Timetable. A flying bird in the frame from the start to the halfway mark. Second half: no bird.",
     "bird"),
    ("Directions: a moving ball is in the frame for the first half. In the second half it's gone; no ball.",
     "ball"),
    ("Ladies and gentlemen, a moving ball in the first half of the clip, and no ball in the second half. Cheers!",
     "ball"),
    ("Service: first half, a moving ball in the frame. Second half, no ball in the frame.",
     "ball"),
    ("Heed these directions: a walking dog is in the frame for the first half. In the second half there's no dog.",
     "dog"),
    ("A toast to the walking dog who was in the frame for the first half. In the second half there was no dog.",
     "dog"),
    ("Timetable. First half: a walking dog in the frame. It leaves at the halfway mark. Second half: no dog.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Directions: a moving car starts on the left side of the frame and ends on the right side.",
     "car", RIGHTWARD),
    ("Ladies and gentlemen, a moving car, which begins on the right side of the frame and finishes on the left side. "
     "Cheers!",
     "car", LEFTWARD),
    ("Timetable. Departs: a moving car on the left side of the frame. Arrives: the right side of the frame.",
     "car", RIGHTWARD),
    ("Heed me: a moving car drives from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("A toast to a moving car, crossing the frame from the left side to the right side.",
     "car", RIGHTWARD),
    ("Service: a moving car, from the right side of the frame at the start to the left side at the end.",
     "car", LEFTWARD),
    ("Mark well: a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Friends, watch a lively cat go from the right side of the frame to the left side. Cheers.",
     "cat", LEFTWARD),
    ("Timetable. A lively cat departs from the left side of the frame and arrives on the right side.",
     "cat", RIGHTWARD),
    ("Directions: a lively cat begins on the right side of the frame and walks to the left side.",
     "cat", LEFTWARD),
    ("Ladies and gentlemen, a lively cat, on the left side of the frame at the start and on the right side at the "
     "end.",
     "cat", RIGHTWARD),
    ("Service notice. Lively cat: departs the right side of the frame, arrives on the left side.",
     "cat", LEFTWARD),
    ("Heed these directions: a flying bird crosses from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A few words for a flying bird that flies from the right side of the frame to the left side. A toast!",
     "bird", LEFTWARD),
    ("Timetable. Departs: left side of the frame. Arrives: right side of the frame. Service: a flying bird.",
     "bird", RIGHTWARD),
    ("Directions: a flying bird starts on the right side of the frame and ends on the left side.",
     "bird", LEFTWARD),
    ("Ladies and gentlemen, a flying bird begins on the left side of the frame and finishes on the right side. "
     "Cheers!",
     "bird", RIGHTWARD),
    ("Service: a flying bird, right side of the frame at the start, left side at the end.",
     "bird", LEFTWARD),
    ("Mark well: a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Friends and family, a moving ball rolls from the right side of the frame to the left side. Cheers.",
     "ball", LEFTWARD),
    ("Timetable. A moving ball departs the left side of the frame and arrives at the right side.",
     "ball", RIGHTWARD),
    ("Heed me: a moving ball begins on the right side of the frame and stops on the left side.",
     "ball", LEFTWARD),
    ("A toast to a moving ball, on the left side of the frame at the start and on the right side at the end.",
     "ball", RIGHTWARD),
    ("Service notice. A moving ball, from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Directions: a walking dog walks from the left side of the frame to the right side, where X marks the spot.",
     "dog", RIGHTWARD),
    ("Ladies and gentlemen, a walking dog, starting on the right side of the frame and ending on the left side.",
     "dog", LEFTWARD),
    ("Timetable. Departs: a walking dog on the left side of the frame. Arrives: the right side.",
     "dog", RIGHTWARD),
    ("Heed these directions: a walking dog goes from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("A few words: a walking dog crosses the frame from the left side to the right side. Cheers!",
     "dog", RIGHTWARD),
    ("Service: a walking dog, right side of the frame at the start, left side of the frame at the end.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Directions: the ball stays still. A bird moves from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Ladies and gentlemen, the ball stays still while a bird flies from the right of the ball to the left of the "
     "ball.",
     "bird", "ball", LEFTWARD),
    ("Timetable. The ball stays still. A car departs from the left of the ball and arrives at the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Heed me: the dog stays still. A bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("A toast! The car stays still as a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Service: the ball does not move. A bird goes from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Mark well: the cat stays put. A dog moves from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Friends, the car holds still, and a dog walks from the right of the car to the left of the car. Cheers.",
     "dog", "car", LEFTWARD),
    ("Timetable. The dog stays still. A cat departs the left of the dog and arrives at the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Directions: the ball stays still. A cat moves from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("Ladies and gentlemen, the dog never moves; a cat goes from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Service notice. The dog stays still. A ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Heed these directions: the bird stays still. A dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("A few words: the cat stays still, and a bird flies from the right of the cat to the left of the cat. A toast!",
     "bird", "cat", LEFTWARD),
    ("Timetable. The bird stays put. A cat moves from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Directions: a cat stays still while a bird goes from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Ladies and gentlemen, a cat holding still, and a dog moving from the left of the cat to the right of the cat. "
     "Cheers!",
     "dog", "cat", RIGHTWARD),
    ("Service: the dog does not move. A bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Mark well: the cat does not move. A dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Friends and family, the car stays still as a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Timetable. The car stays still. A bird departs from the left of the car and arrives at the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Heed me: the bird stays still. A car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("A toast: the cat stays still, and a bird flies from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Service notice. The bird does not move. A car goes from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Directions: the dog stays put. A bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Ladies and gentlemen, the cat stays still while a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Timetable. The dog stays still. A ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Heed these directions: the cat holds still. A bird moves from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("A few words, friends: the ball stays still, and a car drives from the left of the ball to the right of the "
     "ball. Cheers.",
     "car", "ball", RIGHTWARD),
    ("Service: the bird stays still. A cat moves from the right of the bird to the left of the bird.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Directions, seen from directly above: a moving car starts in the lower left corner, goes to the lower right "
     "corner, then ends in the upper right corner.",
     "car", BL_BR_TR),
    ("Ladies and gentlemen, a top-down view: a moving car goes from the lower left corner to the upper left corner, "
     "and then to the upper right corner. Cheers!",
     "car", BL_TL_TR),
    ("Timetable, viewed from overhead. A moving car departs the lower right corner, calls at the lower left corner, "
     "and arrives at the upper left corner.",
     "car", BR_BL_TL),
    ("Heed me, looking straight down: a moving car begins in the lower right corner, then the upper right corner, "
     "and ends in the upper left corner.",
     "car", BR_TR_TL),
    ("A toast, from a top-down view: a lively cat walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "cat", BL_BR_TR),
    ("Service, top-down view. Departs: lower left corner. Calls at: upper left corner. Arrives: upper right corner. "
     "A lively cat.",
     "cat", BL_TL_TR),
    ("Mark well, seen from above: a lively cat starts in the lower right corner, moves to the lower left corner, and "
     "stops in the upper left corner.",
     "cat", BR_BL_TL),
    ("Friends, viewed from straight above, a lively cat goes from the lower right corner to the upper right corner, "
     "then on to the upper left corner. Cheers.",
     "cat", BR_TR_TL),
    ("Timetable, overhead view. A flying bird departs the lower left corner, calls at the lower right corner, and "
     "arrives at the upper right corner.",
     "bird", BL_BR_TR),
    ("Directions from above: a flying bird starts in the lower left corner, flies to the upper left corner, then to "
     "the upper right corner, where X marks the spot.",
     "bird", BL_TL_TR),
    ("Ladies and gentlemen, seen from directly overhead, a flying bird goes from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Service notice, top-down view. A flying bird: departs the lower right corner, calls at the upper right corner, "
     "arrives at the upper left corner.",
     "bird", BR_TR_TL),
    ("Heed these directions, top-down view: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("A few words, with the camera looking straight down: a moving ball goes from the lower left corner to the upper "
     "left corner, then to the upper right corner. A toast!",
     "ball", BL_TL_TR),
    ("Timetable, seen from above. Departs: a moving ball in the lower right corner. Calls at: the lower left corner. "
     "Arrives: the upper left corner.",
     "ball", BR_BL_TL),
    ("Directions, viewed from overhead: a moving ball starts in the lower right corner, rolls to the upper right "
     "corner, and ends in the upper left corner.",
     "ball", BR_TR_TL),
    ("Ladies and gentlemen, from a top-down view, a walking dog goes from the lower left corner to the lower right "
     "corner, then to the upper right corner. Cheers!",
     "dog", BL_BR_TR),
    ("Service, overhead view. A walking dog departs the lower left corner, calls at the upper left corner, and "
     "arrives at the upper right corner.",
     "dog", BL_TL_TR),
    ("Mark well, looking straight down: a walking dog begins in the lower right corner, walks to the lower left "
     "corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("A toast, seen from directly above: a walking dog walks from the lower right corner to the upper right corner, "
     "and ends in the upper left corner.",
     "dog", BR_TR_TL),
    ("Timetable, top-down view. Departs: lower left corner. Calls at: lower right corner. Arrives: upper right "
     "corner. Service: a moving car.",
     "car", BL_BR_TR),
    ("Heed me, seen from overhead: a moving car drives from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("Friends and family, from a top-down view, a lively cat goes from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Service notice, viewed from above. A lively cat departs the lower right corner, calls at the upper right "
     "corner, and arrives at the upper left corner.",
     "cat", BR_TR_TL),
    ("Directions, looking straight down: a flying bird starts in the lower left corner, then the lower right corner, "
     "then the upper right corner.",
     "bird", BL_BR_TR),
    ("Ladies and gentlemen, seen from overhead, a flying bird flies from the lower left corner to the upper left "
     "corner, then to the upper right corner. Cheers.",
     "bird", BL_TL_TR),
    ("Timetable, overhead view. A moving ball departs the lower right corner, calls at the lower left corner, and "
     "arrives at the upper left corner.",
     "ball", BR_BL_TL),
    ("Heed these directions, from directly above: a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("A few words, viewed from straight above: a walking dog goes from the lower left corner to the lower right "
     "corner, then to the upper right corner. A toast!",
     "dog", BL_BR_TR),
    ("Service, seen from above. Departs: a walking dog in the lower left corner. Calls at: the upper left corner. "
     "Arrives: the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
