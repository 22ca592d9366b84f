"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a telegram in capitals, with STOP between sentences and words dropped to save money ("THREE MOVING
  CATS STOP NOTHING ELSE STOP", "REPLY PAID"), where the sender, the wire and the recipient are never
  in the video;
- a naturalist's field notes ("Field notes. Observed from the hide: ...", "Later, ...", "Note: no other
  specimens"), where the observer, the hide, the notebook and the binoculars are never in the video and
  the observer's left and right are the frame's;
- a game of "I spy" or a riddle told to a child ("I spy, with my little eye, ...", "Can you guess? ...",
  "Look again: now ..."), where the speaker and the child are never in the video and each "look again"
  is a later moment of the same clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 90-99 then 0-19, and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on bd851b9 158/180 = 87.8% (numeracy 12, attribution 30, visibility 30, one-object 30, two-object 30,
sequential 26 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("ONE MOVING CAR WHOLE FILM STOP NOTHING ELSE STOP", "car", 1),
    ("Field notes. Observed from the hide: two moving cars, in view for the whole of the footage. Note: no other "
     "specimens.", "car", 2),
    ("I spy, with my little eye, three moving cars! They stay for the whole video. Can you spy anything else? No, "
     "there is nothing else.", "car", 3),
    ("REQUEST FILM OF FOUR MOVING CARS START TO END STOP NOTHING ELSE IN PICTURE STOP REGARDS", "car", 4),
    ("Field notes. Observed from the hide: one lively cat, present throughout. Note: no other specimens seen.",
     "cat", 1),
    ("Can you guess how many lively cats I spy? Two! Two lively cats, from the beginning of the video to the end, and "
     "nothing else at all.", "cat", 2),
    ("THREE LIVELY CATS STOP ALL OF FILM STOP NOTHING ELSE STOP", "cat", 3),
    ("Field notes. Observed from the hide: four lively cats, all four in view the whole time. Note: no other "
     "specimens.", "cat", 4),
    ("I spy, with my little eye, one flying bird, there all through the video. That is all I spy: nothing else.",
     "bird", 1),
    ("TWO FLYING BIRDS WHOLE FILM START TO FINISH STOP NOTHING ELSE STOP", "bird", 2),
    ("Field notes. Observed from the hide: three flying birds, visible from first to last. Note: no other specimens.",
     "bird", 3),
    ("Can you guess? I spy four flying birds, and they stay for the whole video. Nothing else to spy, only the four "
     "flying birds.", "bird", 4),
    ("SINGLE MOVING BALL ENTIRE FILM STOP NOTHING ELSE STOP", "ball", 1),
    ("Field notes. Observed from the hide: two moving balls, in sight for the whole session. Note: no other "
     "specimens.", "ball", 2),
    ("I spy, with my little eye, three moving balls. Look again at the end: still the same three moving balls, and "
     "nothing else.", "ball", 3),
    ("FOUR MOVING BALLS START TO END STOP NO OTHER OBJECTS STOP", "ball", 4),
    ("Field notes. Observed from the hide: a single walking dog, in view the entire time. Note: no other specimens.",
     "dog", 1),
    ("Can you guess what I spy? Two walking dogs! They are there for the whole video, and nothing else is.", "dog", 2),
    ("THREE WALKING DOGS WHOLE FILM STOP NOTHING ELSE STOP REPLY PAID", "dog", 3),
    ("Field notes. Observed from the hide: four walking dogs, all present from start to finish. Note: no other "
     "specimens.", "dog", 4),
    ("I spy, with my little eye, two moving cars, from the first moment of the video to the last. Nothing else to "
     "spy.", "car", 2),
    ("ONE LIVELY CAT ONLY STOP WHOLE FILM STOP NOTHING ELSE STOP", "cat", 1),
    ("Field notes. Observed from the hide: four flying birds, counted again and again, always four, throughout. "
     "Note: no other specimens.", "bird", 4),
    ("Can you guess? I spy just one moving ball, all the way through the video, and nothing else at all.", "ball", 1),
    ("TWO WALKING DOGS STOP PRESENT START TO END STOP NOTHING ELSE STOP", "dog", 2),
    ("Field notes. Observed from the hide: three moving cars, in view from the first minute to the last. Note: no "
     "other specimens.", "car", 3),
    ("I spy, with my little eye, four lively cats. They stay the whole video. Is there anything else? No, nothing "
     "else.", "cat", 4),
    ("SINGLE FLYING BIRD STOP WHOLE FILM STOP NOTHING ELSE STOP", "bird", 1),
    ("Field notes. Observed from the hide: three moving balls, present throughout. Note: no other specimens; nothing "
     "else in view.", "ball", 3),
    ("Can you guess how many walking dogs I spy? Four walking dogs, from the start of the video to the end, and "
     "nothing else.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("WHITE CAT AND ORANGE DOG SIDE BY SIDE STOP BOTH WHOLE FILM STOP NOTHING ELSE STOP",
     "cat", "white", "dog", "orange"),
    ("Field notes. Observed from the hide: a green bird perched beside an orange car. Both in view throughout. Note: "
     "no other specimens.", "bird", "green", "car", "orange"),
    ("I spy, with my little eye, a brown dog next to a red ball. Can you see them both? They stay for the whole "
     "video.", "dog", "brown", "ball", "red"),
    ("YELLOW CAR WITH WHITE BIRD BESIDE IT STOP BOTH ENTIRE FILM STOP NOTHING ELSE STOP",
     "car", "yellow", "bird", "white"),
    ("Field notes. Observed from the hide: a blue cat and a brown bird close together, both present for the whole "
     "observation. Note: no other specimens.", "cat", "blue", "bird", "brown"),
    ("Can you guess? I spy a black bird and an orange cat, sitting next to each other for the whole video.",
     "bird", "black", "cat", "orange"),
    ("BLACK BALL AND RED DOG TOGETHER STOP BOTH VISIBLE WHOLE FILM STOP NOTHING ELSE STOP",
     "ball", "black", "dog", "red"),
    ("Field notes. Observed from the hide: a brown bird standing near an orange dog; neither left the scene. Note: no "
     "other specimens.", "bird", "brown", "dog", "orange"),
    ("I spy, with my little eye, a red ball beside a purple car. Look again: both are still there, right to the end.",
     "ball", "red", "car", "purple"),
    ("PURPLE CAR AND WHITE BIRD NEXT TO IT STOP BOTH START TO END STOP REGARDS", "car", "purple", "bird", "white"),
    ("Field notes. Observed from the hide: a blue cat with a white bird beside it, both in view the entire time. "
     "Note: no other specimens.", "cat", "blue", "bird", "white"),
    ("Can you guess what I spy? A yellow dog and a green ball, side by side, all through the video.",
     "dog", "yellow", "ball", "green"),
    ("BLUE DOG BESIDE ORANGE CAR STOP BOTH WHOLE FILM STOP NOTHING ELSE STOP", "dog", "blue", "car", "orange"),
    ("Field notes. Observed from the hide: a purple ball resting next to a blue car, both present throughout. Note: "
     "no other specimens.", "ball", "purple", "car", "blue"),
    ("I spy, with my little eye, a green dog and a black bird close together. They stay there for the whole video.",
     "dog", "green", "bird", "black"),
    ("PURPLE BALL AND BLACK CAT TOGETHER STOP BOTH ALL OF FILM STOP NOTHING ELSE STOP",
     "ball", "purple", "cat", "black"),
    ("Field notes. Observed from the hide: a black car with an orange bird perched beside it, both in view "
     "throughout. Note: no other specimens.", "car", "black", "bird", "orange"),
    ("Can you guess? I spy a black ball, and a purple cat next to it, from the start of the video to the end.",
     "ball", "black", "cat", "purple"),
    ("PINK BIRD NEXT TO BROWN DOG STOP BOTH WHOLE FILM STOP NOTHING ELSE STOP REPLY PAID",
     "bird", "pink", "dog", "brown"),
    ("Field notes. Observed from the hide: a brown ball lying beside a blue dog; both remained in view the whole "
     "time. Note: no other specimens.", "ball", "brown", "dog", "blue"),
    ("I spy, with my little eye, a yellow ball and a pink dog side by side. Look again: still both of them, all "
     "through the video.", "ball", "yellow", "dog", "pink"),
    ("PINK BIRD AND GRAY BALL SIDE BY SIDE STOP BOTH START TO END STOP NOTHING ELSE STOP",
     "bird", "pink", "ball", "gray"),
    ("Field notes. Observed from the hide: a gray dog standing next to a purple car, both present throughout. Note: "
     "no other specimens.", "dog", "gray", "car", "purple"),
    ("Can you guess what I spy? A green cat, and a purple ball beside it, there for the whole video.",
     "cat", "green", "ball", "purple"),
    ("GREEN DOG AND GRAY BALL TOGETHER STOP BOTH WHOLE FILM STOP NOTHING ELSE STOP", "dog", "green", "ball", "gray"),
    ("Field notes. Observed from the hide: a yellow ball with a pink bird perched next to it, both in view the "
     "entire time. Note: no other specimens.", "ball", "yellow", "bird", "pink"),
    ("I spy, with my little eye, a pink cat and a yellow dog next to each other, from the beginning of the video to "
     "the end.", "cat", "pink", "dog", "yellow"),
    ("BROWN CAR WITH YELLOW BALL BESIDE IT STOP BOTH ENTIRE FILM STOP NOTHING ELSE STOP",
     "car", "brown", "ball", "yellow"),
    ("Field notes. Observed from the hide: a brown car and a white dog side by side; both stayed in view throughout. "
     "Note: no other specimens.", "car", "brown", "dog", "white"),
    ("Can you guess? I spy an orange dog standing next to a brown car, and both stay for the whole video.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("FIRST HALF OF FILM NO CAR STOP SECOND HALF MOVING CAR APPEARS AND STAYS TO END STOP", "car"),
    ("Field notes. Observed from the hide: no car at all during the first half of the footage. Later, in the second "
     "half, a moving car came into view and stayed until the end.", "car"),
    ("I spy, with my little eye... no car yet, not in the first half of the video! Look again: now, in the second "
     "half, a moving car is here, and it stays until the end.", "car"),
    ("NO CAT FIRST HALF OF FILM STOP LIVELY CAT APPEARS SECOND HALF STOP STAYS TILL END STOP", "cat"),
    ("Field notes. Observed from the hide: first half of the footage, no cat. Later, in the second half, a lively cat "
     "appeared and remained to the end.", "cat"),
    ("Can you guess who comes in the second half of the video? In the first half there is no cat. Look again: now a "
     "lively cat is here, and it stays to the end.", "cat"),
    ("FIRST HALF EMPTY NO BIRD STOP FLYING BIRD ARRIVES SECOND HALF STOP REMAINS TO END STOP", "bird"),
    ("Field notes. Observed from the hide: no bird for the first half of the footage. Later, in the second half, a "
     "flying bird arrived and stayed until the end.", "bird"),
    ("I spy, with my little eye, no bird at all in the first half of the video. Look again: now, in the second half, "
     "a flying bird is here until the end.", "bird"),
    ("NO BALL IN FIRST HALF OF FILM STOP MOVING BALL COMES IN SECOND HALF STOP STAYS TO END STOP", "ball"),
    ("Field notes. Observed from the hide: first half of the footage, no ball in view. Later, in the second half, a "
     "moving ball came into view and stayed to the end.", "ball"),
    ("Can you guess what turns up in the second half of the video? In the first half, no ball. Look again: now a "
     "moving ball is here, and it stays to the end.", "ball"),
    ("FIRST HALF NO DOG STOP SECOND HALF WALKING DOG APPEARS STOP STAYS TILL FILM ENDS STOP", "dog"),
    ("Field notes. Observed from the hide: no dog anywhere in the first half of the footage. Later, in the second "
     "half, a walking dog appeared and stayed until the end.", "dog"),
    ("I spy, with my little eye, no dog in the first half of the video. Look again: now, in the second half, a "
     "walking dog has come, and it stays to the end.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("MOVING CAR IN FIRST HALF OF FILM STOP GONE IN SECOND HALF STOP NO CAR TO END STOP", "car"),
    ("Field notes. Observed from the hide: a moving car in view during the first half of the footage. Later, in the "
     "second half, no car at all; it did not return.", "car"),
    ("I spy, with my little eye, a moving car in the first half of the video. Look again: now, in the second half, "
     "the car is gone, and it never comes back.", "car"),
    ("LIVELY CAT FIRST HALF OF FILM ONLY STOP NO CAT IN SECOND HALF STOP", "cat"),
    ("Field notes. Observed from the hide: a lively cat present for the first half of the footage. Later, in the "
     "second half, no cat to be seen until the end.", "cat"),
    ("Can you guess where the lively cat went? It is there in the first half of the video. Look again: now, in the "
     "second half, there is no cat at all.", "cat"),
    ("FLYING BIRD IN FIRST HALF STOP SECOND HALF NO BIRD STOP NOT RETURNING STOP", "bird"),
    ("Field notes. Observed from the hide: a flying bird in view through the first half of the footage. Later, in "
     "the second half, no bird; it never came back.", "bird"),
    ("I spy, with my little eye, a flying bird in the first half of the video. Look again: now, in the second half, "
     "no bird anywhere until the end.", "bird"),
    ("MOVING BALL FIRST HALF OF FILM STOP VANISHES SECOND HALF STOP NO BALL TILL END STOP", "ball"),
    ("Field notes. Observed from the hide: a moving ball in view for the first half of the footage. Later, in the "
     "second half, no ball remained in view.", "ball"),
    ("Can you guess? A moving ball is there in the first half of the video. Look again: now, in the second half, the "
     "ball is gone for good.", "ball"),
    ("WALKING DOG IN FIRST HALF STOP SECOND HALF NO DOG STOP NOTHING ELSE STOP", "dog"),
    ("Field notes. Observed from the hide: a walking dog present for the first half of the footage. Later, in the "
     "second half, no dog in view until the end.", "dog"),
    ("I spy, with my little eye, a walking dog in the first half of the video. Look again: now, in the second half, "
     "the dog has gone and it does not come back.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("MOVING CAR STARTS ON LEFT STOP DRIVES ACROSS STOP ENDS ON RIGHT STOP", "car", RIGHTWARD),
    ("Field notes. Observed from the hide: a moving car on the left of the scene at first. Later, it had driven "
     "across to the right of the scene.", "car", RIGHTWARD),
    ("I spy, with my little eye, a moving car on the left side of the video. Look again: now it has driven over to "
     "the right side.", "car", RIGHTWARD),
    ("MOVING CAR BEGINS RIGHT SIDE STOP DRIVES TO LEFT SIDE BY END STOP NOTHING ELSE STOP", "car", LEFTWARD),
    ("Field notes. Observed from the hide: a moving car on the right of the scene at the start. Later, at the end, "
     "it was on the left, having driven right to left.", "car", LEFTWARD),
    ("Can you guess which way the moving car goes? At the start of the video it is on the right side. Look again: "
     "now, at the end, it is on the left side.", "car", LEFTWARD),
    ("LIVELY CAT WALKS LEFT TO RIGHT STOP STARTS LEFT ENDS RIGHT STOP", "cat", RIGHTWARD),
    ("Field notes. Observed from the hide: a lively cat on the left side of the scene at first. Later, it had walked "
     "to the right side, where it was at the end.", "cat", RIGHTWARD),
    ("I spy, with my little eye, a lively cat on the left side of the video. Look again: now, at the end, it has "
     "walked to the right side.", "cat", RIGHTWARD),
    ("LIVELY CAT STARTS RIGHT SIDE STOP WALKS TO LEFT SIDE STOP ENDS THERE STOP", "cat", LEFTWARD),
    ("Field notes. Observed from the hide: a lively cat on the right of the scene at the start. Later, it had walked "
     "across to the left of the scene.", "cat", LEFTWARD),
    ("Can you guess? A lively cat is on the right side when the video starts. Look again: now, at the end, the cat "
     "is on the left side.", "cat", LEFTWARD),
    ("FLYING BIRD STARTS LEFT SIDE STOP FLIES TO RIGHT SIDE BY END STOP", "bird", RIGHTWARD),
    ("Field notes. Observed from the hide: a flying bird on the left of the scene at first. Later, it had flown "
     "across to the right, where it stayed at the end.", "bird", RIGHTWARD),
    ("I spy, with my little eye, a flying bird on the left side of the video. Look again: now it has flown to the "
     "right side.", "bird", RIGHTWARD),
    ("FLYING BIRD BEGINS ON RIGHT STOP FLIES RIGHT TO LEFT STOP ENDS ON LEFT STOP", "bird", LEFTWARD),
    ("Field notes. Observed from the hide: a flying bird on the right side of the scene at the start. Later, at the "
     "end, it was on the left side.", "bird", LEFTWARD),
    ("Can you guess which way the flying bird flies? It starts on the right side of the video. Look again: now, at "
     "the end, it is on the left side.", "bird", LEFTWARD),
    ("MOVING BALL STARTS ON LEFT STOP ROLLS TO RIGHT STOP ENDS RIGHT SIDE STOP", "ball", RIGHTWARD),
    ("Field notes. Observed from the hide: a moving ball on the left of the scene at first. Later, it had rolled "
     "across to the right of the scene.", "ball", RIGHTWARD),
    ("I spy, with my little eye, a moving ball on the left side of the video. Look again: now, at the end, it has "
     "rolled to the right side.", "ball", RIGHTWARD),
    ("MOVING BALL BEGINS RIGHT SIDE STOP ROLLS TO LEFT SIDE STOP NOTHING ELSE STOP", "ball", LEFTWARD),
    ("Field notes. Observed from the hide: a moving ball on the right of the scene at the start. Later, at the end, "
     "it had rolled to the left.", "ball", LEFTWARD),
    ("Can you guess where the moving ball rolls? It starts on the right side of the video. Look again: now it is on "
     "the left side.", "ball", LEFTWARD),
    ("WALKING DOG STARTS LEFT SIDE STOP WALKS TO RIGHT SIDE STOP ENDS THERE STOP", "dog", RIGHTWARD),
    ("Field notes. Observed from the hide: a walking dog on the left side of the scene at first. Later, it had "
     "walked over to the right side.", "dog", RIGHTWARD),
    ("I spy, with my little eye, a walking dog on the left side of the video. Look again: now, at the end, it has "
     "walked to the right side.", "dog", RIGHTWARD),
    ("WALKING DOG BEGINS ON RIGHT STOP WALKS RIGHT TO LEFT STOP ENDS ON LEFT STOP", "dog", LEFTWARD),
    ("Field notes. Observed from the hide: a walking dog on the right of the scene at the start. Later, at the end, "
     "it had walked across to the left.", "dog", LEFTWARD),
    ("Can you guess? A walking dog is on the right side when the video begins. Look again: now, at the end, the dog "
     "is on the left side.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order.
_DYNAMIC_TWO = [
    ("BALL STAYS STILL WHOLE FILM STOP BIRD FLIES FROM LEFT OF BALL TO RIGHT OF BALL STOP NOTHING ELSE STOP",
     "bird", "ball", RIGHTWARD),
    ("Field notes. Observed from the hide: a ball lying still throughout. A bird began on the right of the ball and "
     "flew to the left of the ball. Note: the ball never moved.", "bird", "ball", LEFTWARD),
    ("I spy, with my little eye, a ball that stays still, and a car on the left of the ball. Look again: now the car "
     "has driven to the right of the ball, and the ball has not moved.", "car", "ball", RIGHTWARD),
    ("DOG STANDS STILL STOP BIRD FLIES FROM RIGHT OF DOG TO LEFT OF DOG STOP DOG NEVER MOVES STOP",
     "bird", "dog", LEFTWARD),
    ("Field notes. Observed from the hide: a car standing still the whole time. A dog walked from the left of the "
     "car to the right of the car.", "dog", "car", RIGHTWARD),
    ("Can you guess? A ball stays still all video long. At the start a bird is on the right of the ball. Look again: "
     "now the bird has flown to the left of the ball.", "bird", "ball", LEFTWARD),
    ("CAT STAYS PUT WHOLE FILM STOP DOG WALKS FROM LEFT OF CAT TO RIGHT OF CAT STOP", "dog", "cat", RIGHTWARD),
    ("Field notes. Observed from the hide: a car stationary throughout. A dog started on the right of the car and "
     "walked to the left of the car. Note: the car did not move.", "dog", "car", LEFTWARD),
    ("I spy, with my little eye, a dog sitting still, and a cat on the left of the dog. Look again: now the cat has "
     "walked to the right of the dog, and the dog has not moved.", "cat", "dog", RIGHTWARD),
    ("BALL MOTIONLESS WHOLE FILM STOP CAT WALKS FROM RIGHT OF BALL TO LEFT OF BALL STOP NOTHING ELSE STOP",
     "cat", "ball", LEFTWARD),
    ("Field notes. Observed from the hide: a dog sitting still throughout. A cat walked from the left of the dog to "
     "the right of the dog.", "cat", "dog", RIGHTWARD),
    ("Can you guess? A dog stays in one place the whole video. At the start a ball is on the right of the dog. Look "
     "again: now the ball has rolled to the left of the dog.", "ball", "dog", LEFTWARD),
    ("BIRD STAYS STILL STOP DOG WALKS FROM LEFT OF BIRD TO RIGHT OF BIRD STOP BIRD NEVER MOVES STOP",
     "dog", "bird", RIGHTWARD),
    ("Field notes. Observed from the hide: a cat sitting motionless the whole time. A bird began on the right of the "
     "cat and flew to the left of the cat.", "bird", "cat", LEFTWARD),
    ("I spy, with my little eye, a bird that stays still, and a cat on the left of the bird. Look again: now the cat "
     "has walked to the right of the bird, and the bird has not moved.", "cat", "bird", RIGHTWARD),
    ("CAT STILL WHOLE FILM STOP BIRD FLIES FROM RIGHT OF CAT TO LEFT OF CAT STOP REGARDS", "bird", "cat", LEFTWARD),
    ("Field notes. Observed from the hide: a cat stationary throughout. A dog walked from the left of the cat to the "
     "right of the cat. Note: the cat never moved.", "dog", "cat", RIGHTWARD),
    ("Can you guess? A dog stands still the whole video. At the start a bird is on the right of the dog. Look again: "
     "now the bird has flown to the left of the dog.", "bird", "dog", LEFTWARD),
    ("CAT STAYS STILL STOP DOG WALKS FROM LEFT OF CAT TO RIGHT OF CAT STOP CAT NEVER MOVES STOP",
     "dog", "cat", RIGHTWARD),
    ("Field notes. Observed from the hide: a car parked and still throughout. A bird began on the right of the car "
     "and flew to the left of the car.", "bird", "car", LEFTWARD),
    ("I spy, with my little eye, a car that stays still, and a bird on the left of the car. Look again: now the bird "
     "has flown to the right of the car, and the car has not moved.", "bird", "car", RIGHTWARD),
    ("BIRD STAYS STILL WHOLE FILM STOP CAR DRIVES FROM RIGHT OF BIRD TO LEFT OF BIRD STOP NOTHING ELSE STOP",
     "car", "bird", LEFTWARD),
    ("Field notes. Observed from the hide: a cat sitting still throughout. A bird flew from the left of the cat to "
     "the right of the cat. Note: the cat did not move.", "bird", "cat", RIGHTWARD),
    ("Can you guess? A bird stays still the whole video. At the start a car is on the right of the bird. Look again: "
     "now the car has driven to the left of the bird.", "car", "bird", LEFTWARD),
    ("DOG STANDS STILL WHOLE FILM STOP BIRD FLIES FROM LEFT OF DOG TO RIGHT OF DOG STOP", "bird", "dog", RIGHTWARD),
    ("Field notes. Observed from the hide: a cat motionless the whole time. A dog started on the right of the cat "
     "and walked to the left of the cat.", "dog", "cat", LEFTWARD),
    ("I spy, with my little eye, a dog that stays still, and a ball on the left of the dog. Look again: now the ball "
     "has rolled to the right of the dog, and the dog has not moved.", "ball", "dog", RIGHTWARD),
    ("CAT STAYS PUT STOP BIRD FLIES FROM RIGHT OF CAT TO LEFT OF CAT STOP CAT NEVER MOVES STOP REPLY PAID",
     "bird", "cat", LEFTWARD),
    ("Field notes. Observed from the hide: a ball lying still throughout. A car drove from the left of the ball to "
     "the right of the ball. Note: the ball never moved.", "car", "ball", RIGHTWARD),
    ("Can you guess? A bird stays still the whole video. At the start a cat is on the right of the bird. Look again: "
     "now the cat has walked to the left of the bird.", "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("FILM FROM DIRECTLY ABOVE STOP MOVING CAR STARTS LOWER LEFT CORNER STOP MIDWAY LOWER RIGHT CORNER STOP ENDS "
     "UPPER RIGHT CORNER STOP", "car", BL_BR_TR),
    ("Field notes. Observed from the hide, looking straight down: a lively cat first in the bottom left corner of the "
     "scene. Later, at the halfway point, in the top left corner. Finally, in the top right corner.", "cat", BL_TL_TR),
    ("I spy, looking straight down from high above, a flying bird in the lower right corner. Look again: now it is in "
     "the lower left corner. Look again: now, at the end, it is in the upper left corner.", "bird", BR_BL_TL),
    ("VIEW STRAIGHT DOWN STOP MOVING BALL BEGINS BOTTOM RIGHT CORNER STOP THEN TOP RIGHT CORNER STOP ENDS TOP LEFT "
     "CORNER STOP", "ball", BR_TR_TL),
    ("Field notes. Observed from the hide, looking directly down: a walking dog in the lower left corner at first. "
     "Later, by the midpoint, in the lower right corner. At the end, in the upper right corner.", "dog", BL_BR_TR),
    ("Can you guess where the moving car goes? Seen from straight above, it starts in the bottom left corner. Look "
     "again: now it is in the top left corner. Look again: now it is in the top right corner.", "car", BL_TL_TR),
    ("TOP DOWN FILM STOP LIVELY CAT STARTS LOWER RIGHT CORNER STOP WALKS TO LOWER LEFT CORNER STOP ENDS UPPER LEFT "
     "CORNER STOP", "cat", BR_BL_TL),
    ("Field notes. Observed from the hide, looking straight down: a flying bird first in the bottom right corner. "
     "Later, at mid-observation, in the top right corner. Finally, in the top left corner.", "bird", BR_TR_TL),
    ("I spy, looking straight down from above, a moving ball in the lower left corner. Look again: now it has rolled "
     "to the lower right corner. Look again: now, at the end, it is in the upper right corner.", "ball", BL_BR_TR),
    ("FILM FROM OVERHEAD STOP WALKING DOG STARTS BOTTOM LEFT CORNER STOP MIDWAY TOP LEFT CORNER STOP ENDS TOP RIGHT "
     "CORNER STOP", "dog", BL_TL_TR),
    ("Field notes. Observed from the hide, looking directly down: a moving car in the lower right corner at first. "
     "Later, at the halfway point, in the lower left corner. At the end, in the upper left corner.", "car", BR_BL_TL),
    ("Can you guess the lively cat's path? Seen from directly above, it begins in the bottom right corner. Look "
     "again: now it is in the top right corner. Look again: now, at the end, it is in the top left corner.",
     "cat", BR_TR_TL),
    ("VIEW FROM DIRECTLY ABOVE STOP FLYING BIRD BEGINS LOWER LEFT CORNER STOP THEN LOWER RIGHT CORNER STOP ENDS UPPER "
     "RIGHT CORNER STOP", "bird", BL_BR_TR),
    ("Field notes. Observed from the hide, looking straight down: a moving ball first in the bottom left corner. "
     "Later, by the midpoint, in the top left corner. Finally, in the top right corner.", "ball", BL_TL_TR),
    ("I spy, looking straight down from high above, a walking dog in the lower right corner. Look again: now it is in "
     "the lower left corner. Look again: now, at the end, it is in the upper left corner.", "dog", BR_BL_TL),
    ("TOP DOWN VIEW STOP MOVING CAR STARTS BOTTOM RIGHT CORNER STOP MIDWAY TOP RIGHT CORNER STOP ENDS TOP LEFT CORNER "
     "STOP", "car", BR_TR_TL),
    ("Field notes. Observed from the hide, looking directly down: a lively cat in the lower left corner at first. "
     "Later, at the halfway point, in the lower right corner. At the end, in the upper right corner.", "cat", BL_BR_TR),
    ("Can you guess where the flying bird goes? Seen from straight above, it starts in the bottom left corner. Look "
     "again: now it is in the top left corner. Look again: now, at the end, it is in the top right corner.",
     "bird", BL_TL_TR),
    ("FILM FROM OVERHEAD STOP MOVING BALL BEGINS LOWER RIGHT CORNER STOP ROLLS TO LOWER LEFT CORNER STOP ENDS UPPER "
     "LEFT CORNER STOP", "ball", BR_BL_TL),
    ("Field notes. Observed from the hide, looking straight down: a walking dog first in the bottom right corner. "
     "Later, at the midpoint, in the top right corner. Finally, in the top left corner.", "dog", BR_TR_TL),
    ("I spy, looking straight down from above, a moving car in the lower left corner. Look again: now it has driven "
     "to the lower right corner. Look again: now, at the end, it is in the upper right corner.", "car", BL_BR_TR),
    ("VIEW STRAIGHT DOWN STOP LIVELY CAT STARTS BOTTOM LEFT CORNER STOP THEN TOP LEFT CORNER STOP ENDS TOP RIGHT "
     "CORNER STOP", "cat", BL_TL_TR),
    ("Field notes. Observed from the hide, looking directly down: a flying bird in the lower right corner at first. "
     "Later, by the midpoint, in the lower left corner. At the end, in the upper left corner.", "bird", BR_BL_TL),
    ("Can you guess the moving ball's path? Seen from directly above, it begins in the bottom right corner. Look "
     "again: now it is in the top right corner. Look again: now, at the end, it is in the top left corner.",
     "ball", BR_TR_TL),
    ("TOP DOWN FILM STOP WALKING DOG BEGINS LOWER LEFT CORNER STOP MIDWAY LOWER RIGHT CORNER STOP ENDS UPPER RIGHT "
     "CORNER STOP", "dog", BL_BR_TR),
    ("Field notes. Observed from the hide, looking straight down: a moving car first in the bottom left corner. "
     "Later, at the halfway point, in the top left corner. Finally, in the top right corner.", "car", BL_TL_TR),
    ("I spy, looking straight down from high above, a lively cat in the lower right corner. Look again: now it has "
     "walked to the lower left corner. Look again: now, at the end, it is in the upper left corner.", "cat", BR_BL_TL),
    ("FILM FROM DIRECTLY ABOVE STOP FLYING BIRD STARTS BOTTOM RIGHT CORNER STOP THEN TOP RIGHT CORNER STOP ENDS TOP "
     "LEFT CORNER STOP", "bird", BR_TR_TL),
    ("Field notes. Observed from the hide, looking directly down: a moving ball in the lower left corner at first. "
     "Later, by the midpoint, in the lower right corner. At the end, in the upper right corner.", "ball", BL_BR_TR),
    ("Can you guess where the walking dog goes? Seen from straight above, it starts in the bottom left corner. Look "
     "again: now it is in the top left corner. Look again: now, at the end, it is in the top right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
