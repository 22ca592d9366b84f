"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a cooking-show host talking to the studio audience ("Welcome back, folks!", "Today's recipe:",
  "Chef's tip:", "Let it simmer ...", "Bon appetit!"), where the host, the kitchen, its pans and its food
  are never in the video, and each line of patter says plainly what the clip shows;
- a gossip columnist's scoop ("Spotted:", "Darlings,", "Sources tell me ...", "You heard it here first",
  "xoxo"), where the columnist, the readers and the party circuit are never in the video, and the
  gossip is only ever about the clip's own objects;
- a casting call ("CASTING CALL.", "Now casting:", "Seeking ...", "Role:", "Requirements:", "Must ...",
  "No extras.", "Auditions now open."), where the casting office, the director and the auditions are
  never in the video, and each requirement names a plain fact about the clip (no "stage left" or
  "stage right", so every side is the side of the frame).

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the host weighs out no ingredients, the columnist counts no
guests, the call numbers no roles). No voice uses a colour word for its own props. A relation names its
second object at both ends and says that object stays still. It takes LVD's next draws: attribution
pairs 50-79, and two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on bdf89d2 (the session's first code) and on 6420b2a (its last): 171/180 (numeracy 23,
visibility 29, sequential 29, the rest 30) both; 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Welcome back, folks! Today's recipe couldn't be simpler: one moving car, in the frame from start to finish, "
     "and nothing else at all. Bon appetit!",
     "car", 1),
    ("Spotted: two moving cars, in the frame together from the first moment to the last. Nothing else in sight, "
     "darlings. xoxo",
     "car", 2),
    ("CASTING CALL. Now casting three moving cars, in the frame for the whole clip. No extras: nothing else "
     "appears.",
     "car", 3),
    ("Chef's tip, folks: keep it clean. Four moving cars in the frame the whole way through, and not a thing "
     "besides them.",
     "car", 4),
    ("Darlings, sources tell me the clip holds one lively cat, in frame from beginning to end, and nobody else. "
     "You heard it here first!",
     "cat", 1),
    ("CASTING CALL. Seeking two lively cats. Requirements: both stay in the frame from start to end. Nothing "
     "else is in the clip.",
     "cat", 2),
    ("Here's what's cooking today: three lively cats, in the frame from the very start to the very end, and "
     "nothing more. Delicious!",
     "cat", 3),
    ("Spotted! Four lively cats, together in the frame the whole clip long, and not another soul. Scandalous! "
     "xoxo",
     "cat", 4),
    ("Now casting: one flying bird. Must stay in the frame from the first moment to the last. No extras, "
     "nothing else in shot.",
     "bird", 1),
    ("Welcome back to the show! On today's menu: two flying birds, in the frame from start to finish, with "
     "nothing else added.",
     "bird", 2),
    ("Darlings, you won't believe it: three flying birds, in the frame from the opening moment to the closing "
     "moment. Nothing else. xoxo",
     "bird", 3),
    ("CASTING CALL. Role: four flying birds. Requirements: in the frame for the entire clip. Nothing else "
     "appears in it.",
     "bird", 4),
    ("Keep it simple, folks: one moving ball, in the frame from start to end, and not another thing. Chef's "
     "kiss!",
     "ball", 1),
    ("Spotted: two moving balls, in the frame from the first moment to the last, and nothing else anywhere. "
     "You heard it here first.",
     "ball", 2),
    ("Now casting three moving balls. They must be in the frame the whole clip through. No extras, nothing "
     "else in view.",
     "ball", 3),
    ("Today's recipe, folks, calls for four moving balls, in the frame the whole time, and absolutely nothing "
     "else. Bon appetit!",
     "ball", 4),
    ("Sources tell me it's just one walking dog, darlings, in the frame from start to finish, and not another "
     "thing. xoxo",
     "dog", 1),
    ("CASTING CALL. Seeking two walking dogs. Requirements: in the frame from the first moment to the last. "
     "Nothing else is seen.",
     "dog", 2),
    ("Welcome back, everyone! What's cooking? Three walking dogs, in the frame from beginning to end, and "
     "nothing besides.",
     "dog", 3),
    ("Spotted: four walking dogs, in frame the whole clip long. Nobody else turned up, darlings. You heard it "
     "here first!",
     "dog", 4),
    ("Now casting: two moving cars, in the frame from start to end. Nothing else in shot. Auditions now open.",
     "car", 2),
    ("Chef's tip: less is more! Just two lively cats, in the frame the whole clip long, and nothing else.",
     "cat", 2),
    ("Darlings, I hear it's three lively cats, in the frame from start to finish, and not another thing in "
     "sight. xoxo",
     "cat", 3),
    ("CASTING CALL. Role: one flying bird, in the frame the whole clip through. No extras at all.",
     "bird", 1),
    ("Welcome back, folks! Today it's four flying birds, in the frame from the first moment to the last, with "
     "nothing else.",
     "bird", 4),
    ("Spotted! Three moving balls, in the frame the entire clip, and nothing else there. You heard it here "
     "first, darlings.",
     "ball", 3),
    ("Now casting one moving ball. Must be in the frame from start to finish. Nothing else appears.",
     "ball", 1),
    ("Let it simmer, folks: two walking dogs, in the frame the whole way through, and not a thing more.",
     "dog", 2),
    ("Sources say four walking dogs stay in the frame from the opening to the close, darlings, and nothing else "
     "shows up.",
     "dog", 4),
    ("CASTING CALL. Seeking three moving cars, in the frame for the full clip. Nothing else appears in it.",
     "car", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 50-79, in order.
_ATTRIBUTION = [
    ("Today's recipe, folks: a white ball and a black cat, side by side in the frame from start to finish!",
     "ball", "white", "cat", "black"),
    ("Spotted: a yellow cat next to a pink ball, together in the frame the whole clip. Cozy, darlings!",
     "cat", "yellow", "ball", "pink"),
    ("CASTING CALL. Seeking a black car and an orange bird, side by side in the frame for the whole clip.",
     "car", "black", "bird", "orange"),
    ("Welcome back! An orange ball sits beside a brown car, both in the frame from start to end.",
     "ball", "orange", "car", "brown"),
    ("Darlings, a gray bird and a green cat were seen side by side in the frame the entire clip. xoxo",
     "bird", "gray", "cat", "green"),
    ("Now casting: a blue car and a red cat. Requirements: next to each other in the frame from start to finish.",
     "car", "blue", "cat", "red"),
    ("Chef's tip: pair a white ball with a black car, side by side in the frame the whole clip long.",
     "ball", "white", "car", "black"),
    ("Spotted! A green bird beside a white ball, both in the frame from beginning to end. You heard it here "
     "first.",
     "bird", "green", "ball", "white"),
    ("CASTING CALL. Role: a blue ball, with a yellow dog beside it, both in the frame the whole clip.",
     "ball", "blue", "dog", "yellow"),
    ("Here's what's cooking: a yellow bird and a blue ball, side by side in the frame from start to end.",
     "bird", "yellow", "ball", "blue"),
    ("Sources tell me a brown bird and a black ball shared the frame, side by side, the whole clip. xoxo",
     "bird", "brown", "ball", "black"),
    ("Now casting a brown bird and a blue cat, who stay next to each other in the frame from start to finish.",
     "bird", "brown", "cat", "blue"),
    ("Welcome back, folks! A blue bird beside a red car, both in the frame for the whole clip. Bon appetit!",
     "bird", "blue", "car", "red"),
    ("Spotted: a purple ball and a pink cat, side by side in the frame from the first moment to the last.",
     "ball", "purple", "cat", "pink"),
    ("CASTING CALL. Seeking a yellow dog and a red cat. Must stand side by side in the frame the whole clip.",
     "dog", "yellow", "cat", "red"),
    ("Chef's tip, folks: a green bird next to a yellow dog, both in the frame from start to finish.",
     "bird", "green", "dog", "yellow"),
    ("Darlings! A gray car with a red cat just beside it, in the frame the entire clip. Tongues are wagging.",
     "car", "gray", "cat", "red"),
    ("Now casting: a red bird and a black cat, side by side in the frame from beginning to end.",
     "bird", "red", "cat", "black"),
    ("Today's recipe: a white bird beside an orange cat, both in the frame the whole clip long. Delicious!",
     "bird", "white", "cat", "orange"),
    ("Spotted: a green bird and a black ball, next to each other in the frame from start to end. xoxo",
     "bird", "green", "ball", "black"),
    ("CASTING CALL. Role: a white cat, with a purple bird beside it, in the frame for the whole clip.",
     "cat", "white", "bird", "purple"),
    ("Welcome back! Tonight it's a green bird and a purple dog, side by side in the frame from start to finish.",
     "bird", "green", "dog", "purple"),
    ("Sources say an orange bird and a brown car were side by side in the frame the whole clip, darlings.",
     "bird", "orange", "car", "brown"),
    ("Now casting a blue car and a brown bird. Requirements: next to each other in the frame from start to end.",
     "car", "blue", "bird", "brown"),
    ("Chef's tip: a red dog beside a purple cat, both in the frame for the entire clip. Bon appetit!",
     "dog", "red", "cat", "purple"),
    ("Spotted! A purple dog and a brown cat, side by side in the frame from beginning to end. You heard it "
     "here first.",
     "dog", "purple", "cat", "brown"),
    ("CASTING CALL. Seeking a black cat and a blue ball, side by side in the frame the whole clip through.",
     "cat", "black", "ball", "blue"),
    ("Here's what's cooking, folks: a yellow cat next to a black dog, both in the frame from start to finish.",
     "cat", "yellow", "dog", "black"),
    ("Darlings, a green cat and a white bird stayed side by side in the frame the whole clip long. xoxo",
     "cat", "green", "bird", "white"),
    ("Now casting: a purple car and a pink cat. Must be next to each other in the frame from start to end.",
     "car", "purple", "cat", "pink"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Welcome back, folks! For the first half of the clip there's no car. Then, in the second half, a moving "
     "car appears and stays.",
     "car"),
    ("Spotted: no lively cat anywhere in the first half, darlings. In the second half, a lively cat appears in the frame "
     "and stays. xoxo",
     "cat"),
    ("CASTING CALL. Role: a flying bird. Requirements: absent for the first half of the clip; appears in the "
     "second half and stays.",
     "bird"),
    ("Let it simmer: no ball in the first half. In the second half, a moving ball appears, and it stays to the "
     "end.",
     "ball"),
    ("Sources tell me there was no dog in the first half. Then a walking dog appeared in the second half and "
     "stayed, darlings.",
     "dog"),
    ("Now casting a moving car. Must not be in the frame in the first half; enters in the second half and "
     "stays.",
     "car"),
    ("Chef's tip: patience, folks! No cat in the first half of the clip, then a lively cat shows up in the "
     "second half.",
     "cat"),
    ("Darlings! The first half of the clip: no bird at all. The second half: a flying bird appears and stays.",
     "bird"),
    ("CASTING CALL. Seeking a moving ball that is missing in the first half and appears in the second half of "
     "the clip.",
     "ball"),
    ("Here's what's cooking: the first half has no dog, and then a walking dog appears in the second half and "
     "stays.",
     "dog"),
    ("Spotted: a moving car, but only in the second half of the clip. In the first half, no car at all. xoxo",
     "car"),
    ("Now casting: a lively cat. Role: appears only in the second half of the clip; no cat in the first half.",
     "cat"),
    ("Welcome back! There's no bird in the first half, folks. In the second half, a flying bird appears in the "
     "frame.",
     "bird"),
    ("Sources say the moving ball only showed up in the second half, darlings. No ball in the first half.",
     "ball"),
    ("CASTING CALL. A walking dog, absent in the first half, appears in the second half of the clip and stays.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Spotted: a moving car in the frame for the first half of the clip, darlings. In the second half, no car. "
     "Gone!",
     "car"),
    ("CASTING CALL. Seeking a lively cat for the first half of the clip only. No cat in the second half.",
     "cat"),
    ("Welcome back, folks! A flying bird is in the frame for the first half, and in the second half there's no "
     "bird.",
     "bird"),
    ("Sources tell me a moving ball was there in the first half, but in the second half, no ball. xoxo",
     "ball"),
    ("Now casting: a walking dog. Role: in the frame in the first half; gone, with no dog, in the second half.",
     "dog"),
    ("Chef's tip: a moving car in the first half of the clip, then no car in the second half. Bon appetit!",
     "car"),
    ("Darlings, a lively cat was in the frame in the first half, and then it vanished: no cat in the second "
     "half.",
     "cat"),
    ("CASTING CALL. Role: a flying bird, in the frame in the first half. Must be gone for the second half.",
     "bird"),
    ("Here's what's cooking: a moving ball in the first half, and then it's gone: no ball in the second half.",
     "ball"),
    ("Spotted! A walking dog in the first half of the clip, darlings. In the second half, no dog at all.",
     "dog"),
    ("Now casting a moving car that is in the frame in the first half and absent in the second half.",
     "car"),
    ("Welcome back! A lively cat for the first half, folks, and in the second half the cat is gone.",
     "cat"),
    ("Sources say a flying bird was in the frame in the first half and gone in the second half, darlings.",
     "bird"),
    ("CASTING CALL. Seeking a moving ball: present in the first half of the clip, absent in the second half.",
     "ball"),
    ("Let it simmer, folks: a walking dog in the first half, and then, in the second half, no dog.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Welcome back, folks! A moving car drives from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Spotted: a moving car, crossing from the left side of the frame all the way to the right side. xoxo",
     "car", RIGHTWARD),
    ("CASTING CALL. Role: a moving car. Must start on the left side of the frame and end on the right side.",
     "car", RIGHTWARD),
    ("Now casting a moving car. Requirements: drives from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Chef's tip: a moving car that starts on the right side of the frame and finishes on the left side.",
     "car", LEFTWARD),
    ("Darlings, a moving car was seen going from the right side of the frame to the left side. You heard it "
     "here first.",
     "car", LEFTWARD),
    ("Spotted! A lively cat strolls from the left side of the frame to the right side, darlings.",
     "cat", RIGHTWARD),
    ("CASTING CALL. Seeking a lively cat that moves from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Here's what's cooking: a lively cat, going from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Welcome back! A lively cat moves from the right side of the frame to the left side, folks.",
     "cat", LEFTWARD),
    ("Sources tell me a lively cat went from the right side of the frame to the left side. xoxo",
     "cat", LEFTWARD),
    ("Now casting: a lively cat. Must begin on the right side of the frame and end on the left side.",
     "cat", LEFTWARD),
    ("CASTING CALL. Role: a flying bird, flying from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Let it simmer: a flying bird flies from the left side of the frame over to the right side.",
     "bird", RIGHTWARD),
    ("Spotted: a flying bird, from the left side of the frame to the right side, darlings.",
     "bird", RIGHTWARD),
    ("Chef's tip, folks: a flying bird goes from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Darlings! A flying bird started on the right side of the frame and ended on the left side.",
     "bird", LEFTWARD),
    ("Now casting a flying bird. Requirements: flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Sources say a moving ball rolled from the left side of the frame to the right side. xoxo",
     "ball", RIGHTWARD),
    ("CASTING CALL. Seeking a moving ball that rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Welcome back, folks! A moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Here's what's cooking: a moving ball, rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Spotted! A moving ball, from the right side of the frame across to the left side. You heard it here "
     "first.",
     "ball", LEFTWARD),
    ("Now casting: a moving ball. Must start on the right side of the frame and stop on the left side.",
     "ball", LEFTWARD),
    ("Chef's tip: a walking dog walks from the left side of the frame to the right side. Bon appetit!",
     "dog", RIGHTWARD),
    ("Darlings, a walking dog went from the left side of the frame to the right side. Tongues are wagging.",
     "dog", RIGHTWARD),
    ("CASTING CALL. Role: a walking dog. Must walk from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Welcome back! A walking dog walks from the right side of the frame to the left side, folks.",
     "dog", LEFTWARD),
    ("Sources tell me a walking dog went from the right side of the frame to the left side, darlings.",
     "dog", LEFTWARD),
    ("Now casting a walking dog that walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's relations 40-49 then 0-19, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Welcome back, folks! The dog stays still, and a cat moves from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Spotted: the dog holding perfectly still while a ball rolls from the right of the dog to the left of the "
     "dog. xoxo",
     "ball", "dog", LEFTWARD),
    ("CASTING CALL. Role: a bird that stays still. Also seeking a dog that walks from the left of the bird to "
     "the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Chef's tip: the cat does not move. A bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Darlings, the bird stayed still, and a cat went from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Now casting: a cat that stays still, and a bird that flies from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("Here's what's cooking: the cat stays still while a dog walks from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("Spotted! The dog never moved, darlings. A bird flew from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("CASTING CALL. Seeking a cat that stays still, and a dog that walks from the left of the cat to the right "
     "of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Welcome back! The car stays still, folks, and a bird flies from the right of the car to the left of the "
     "car.",
     "bird", "car", LEFTWARD),
    ("Sources tell me the car stayed still while a bird flew from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Now casting: a bird that does not move, and a car that drives from the right of the bird to the left of "
     "the bird.",
     "car", "bird", LEFTWARD),
    ("Let it simmer: the cat stays still, and a bird flies from the left of the cat to the right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Spotted: the bird, still as can be, while a car drives from the right of the bird to the left of the "
     "bird. xoxo",
     "car", "bird", LEFTWARD),
    ("CASTING CALL. Role: a dog that stays still. Also a bird that flies from the left of the dog to the right "
     "of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Chef's tip, folks: the cat holds still while a dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Darlings! The dog stayed still, and a ball rolled from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Now casting a cat that does not move, and a bird that flies from the right of the cat to the left of the "
     "cat.",
     "bird", "cat", LEFTWARD),
    ("Welcome back! The ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Sources say the bird stayed still while a cat went from the right of the bird to the left of the bird, "
     "darlings.",
     "cat", "bird", LEFTWARD),
    ("CASTING CALL. Seeking a car that stays still, and a dog that walks from the left of the car to the right "
     "of the car.",
     "dog", "car", RIGHTWARD),
    ("Here's what's cooking: the bird stays still while a ball rolls from the right of the bird to the left of "
     "the bird.",
     "ball", "bird", LEFTWARD),
    ("Spotted! The dog holding still, and a ball rolling from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("Now casting: a cat that stays still, and a ball that rolls from the right of the cat to the left of the "
     "cat.",
     "ball", "cat", LEFTWARD),
    ("Chef's tip: the ball does not move. A car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Darlings, the cat stayed still, and a bird flew from the right of the cat to the left of the cat. xoxo",
     "bird", "cat", LEFTWARD),
    ("CASTING CALL. Now casting a bird that holds still, and a dog that walks from the left of the bird to the "
     "right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Welcome back, folks! The cat stays still while a dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Sources tell me the car never moved, and a ball rolled from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Now casting a cat that stays still, and a dog that walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Welcome back, folks! Seen from directly above: a moving car starts in the lower left corner, drives to "
     "the lower right corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Spotted from overhead: a moving car in the lower left corner, then the upper left corner, and at last "
     "the upper right corner. xoxo",
     "car", BL_TL_TR),
    ("CASTING CALL. Top-down view. Role: a moving car. Must start in the lower right corner, drive to the "
     "lower left corner, and end in the upper left corner.",
     "car", BR_BL_TL),
    ("Chef's tip: looking straight down, a moving car goes from the lower right corner to the upper right "
     "corner, then on to the upper left corner.",
     "car", BR_TR_TL),
    ("Darlings, seen from above, a moving car went from the lower left corner to the lower right corner and "
     "then to the upper right corner.",
     "car", BL_BR_TR),
    ("Now casting, top-down: a lively cat that starts in the lower left corner, walks to the upper left "
     "corner, and ends in the upper right corner.",
     "cat", BL_TL_TR),
    ("Here's what's cooking, seen from directly above: a lively cat goes from the lower right corner to the "
     "lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Spotted! Viewed from overhead, a lively cat in the lower right corner, then the upper right corner, "
     "then the upper left corner. You heard it here first.",
     "cat", BR_TR_TL),
    ("CASTING CALL. Seen from above. Seeking a lively cat: starts in the lower left corner, moves to the lower "
     "right corner, ends in the upper right corner.",
     "cat", BL_BR_TR),
    ("Welcome back! Top-down view, folks: a lively cat starts in the lower left corner, goes to the upper "
     "left corner, and finishes in the upper right corner.",
     "cat", BL_TL_TR),
    ("Sources tell me that, seen from above, a flying bird went from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Now casting: a flying bird, seen from directly above. Must fly from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Let it simmer: looking straight down, a flying bird starts in the lower left corner, flies to the lower "
     "right corner, and ends in the upper right corner.",
     "bird", BL_BR_TR),
    ("Spotted from overhead: a flying bird, lower left corner first, then the upper left corner, then the "
     "upper right corner, darlings.",
     "bird", BL_TL_TR),
    ("CASTING CALL. Top-down view. Role: a flying bird that starts in the lower right corner, flies to the "
     "lower left corner, and ends in the upper left corner.",
     "bird", BR_BL_TL),
    ("Chef's tip, folks: seen from above, a flying bird goes from the lower right corner to the upper right "
     "corner, and then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Darlings! Seen from directly above, a moving ball rolled from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Now casting a moving ball, top-down view. Requirements: starts in the lower left corner, rolls to the "
     "upper left corner, ends in the upper right corner.",
     "ball", BL_TL_TR),
    ("Welcome back! Looking straight down, a moving ball starts in the lower right corner, rolls to the lower "
     "left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Sources say that, viewed from overhead, a moving ball went from the lower right corner to the upper "
     "right corner and then to the upper left corner. xoxo",
     "ball", BR_TR_TL),
    ("CASTING CALL. Seen from above. Seeking a moving ball: lower left corner, then the lower right corner, "
     "then the upper right corner, in that order.",
     "ball", BL_BR_TR),
    ("Here's what's cooking, top-down: a walking dog starts in the lower left corner, walks to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Spotted! Seen from above, a walking dog went from the lower right corner to the lower left corner, then "
     "to the upper left corner, darlings.",
     "dog", BR_BL_TL),
    ("Now casting: a walking dog, seen from directly above. Must walk from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Chef's tip: viewed from overhead, a walking dog starts in the lower left corner, walks to the lower "
     "right corner, and finishes in the upper right corner.",
     "dog", BL_BR_TR),
    ("Darlings, looking straight down: a walking dog in the lower left corner, then the upper left corner, "
     "and last the upper right corner. xoxo",
     "dog", BL_TL_TR),
    ("CASTING CALL. Top-down view. Role: a walking dog. Starts in the lower right corner, walks to the lower "
     "left corner, ends in the upper left corner.",
     "dog", BR_BL_TL),
    ("Welcome back, folks! Seen from above, a moving car starts in the lower right corner, drives to the upper "
     "right corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("Sources tell me a lively cat, seen from directly above, went from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Now casting a moving ball, top-down. Must roll from the lower right corner to the lower left corner, "
     "then end in the upper left corner.",
     "ball", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
