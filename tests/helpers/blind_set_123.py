"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a sign-language interpreter's gloss transcript (capitalised glosses such as "CAR", "NOTHING", "FINISH",
  classifiers such as "CL:VEHICLE" or "CL:BENT-V", "IX-loc" pointing, "[interp: ...]" asides), where the
  signer, the interpreter and the audience are never in the video; a classifier or a point only ever stands
  for the clip's own object or place, and an English gloss line, when given, says the same thing again;
- a newspaper's corrections-and-clarifications column ("Correction:", "An earlier version of this
  description", "misstated", "regrets the error"), where the paper, its editors and its readers are never
  in the video; a correction never repeats the mistaken count, colour, side or route, only the right one,
  and it names no dates, pages or editions by number;
- a professional wrestler cutting a promo ("Let me tell you something, brother", "the champ", "dig it",
  "OHHH YEAH"), where the wrestler, the ring, the belt and the crowd are never in the video, and what he
  dares the world to watch is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
vehicle classifier, newspaper or ring beside the count) and put no other number word beside it (no
"number one contender", no "one more time", no "first edition", no "tag team"). No voice gives its own
props a colour (no gold belt, no black-and-white newsprint), no idiom hides a class noun or a side (no
"top dog", "underdog", "right now", "all right", "left out"), "half" is only said of the clip's halves
(no "half nelson"), "upper", "lower" and "corner" only of a route (the wrestler never calls out "in this
corner" and no story runs on an upper page), and "still" only of a relation's second object. A relation
names its second object at both ends and says that object stays still; a route is always seen from
above. It takes LVD's attribution pairs 40-69 and its two-object relations 40-49 and 0-19 (in LVD's
order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 155/180 on 8f296c0 (numeracy 19, visibility 28, dynamic_one 25, dynamic_two 29, sequential
24); 180/180 after the fixes of its own branch (a sign-language gloss, "CAT LIVELY, HOW-MANY? TWO.", "IX-loc(lower
left corner)", "CL:VEHICLE", is put into English, its count and describing words before the noun and its points one
route, and a plain restatement after it, "English: ...", "[interp: ...]", is the same scene, dropped; a correction
notice, "an earlier version ... misstated how many cars are shown", goes where its things are named anew after it;
", and in the second half? Gone!" is the answer said of that half).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("MOVING CAR ONE, IX-loc THERE. START TO END, SAME. OTHER THING? NOTHING. [interp: one moving car, in view from "
     "the start of the clip to its end, and nothing else.]",
     "car", 1),
    ("Correction: An earlier version of this description misstated how many cars are shown. The clip shows two "
     "moving cars, in view from start to finish, and nothing else.",
     "car", 2),
    ("Let me tell you something, brother! Three moving cars, from the opening of this clip to the very end, and "
     "nothing else in the picture. Dig it!",
     "car", 3),
    ("Clarification: the clip contains four moving cars. They are present from beginning to end; nothing else "
     "appears in it.",
     "car", 4),
    ("OHHH YEAH! You want to know what's in this clip? One lively cat, start to finish, and nothing else, because "
     "nothing else can hang with the cat!",
     "cat", 1),
    ("CAT LIVELY, HOW-MANY? TWO. IX-loc THOSE. WHOLE CLIP, THERE. NOTHING ELSE.",
     "cat", 2),
    ("A description of this clip misreported the count of cats. There are three lively cats, visible throughout, and "
     "the clip includes nothing else. We regret the error.",
     "cat", 3),
    ("Four lively cats, jack! In view from the start of this clip to the end, and nothing else gets in the way. Mark "
     "my words!",
     "cat", 4),
    ("BIRD FLYING, ONE. IX-loc UP-THERE. CLIP START, CLIP END, STAY IN VIEW. OTHER? NONE.",
     "bird", 1),
    ("Correction: The clip described here shows two flying birds, not the number reported earlier. They stay in view "
     "for its whole length, with nothing else present.",
     "bird", 2),
    ("You hear me, brother? Three flying birds, soaring from the start of this clip to its end, and nothing else in "
     "the sky with them!",
     "bird", 3),
    ("BIRD FLYING FOUR. START, END, ALWAYS THERE. NOTHING ELSE. English: four flying birds, in view the whole clip, "
     "nothing else.",
     "bird", 4),
    ("For the record, and to clarify a reader's question: the clip shows one moving ball, present from start to "
     "finish, and nothing else.",
     "ball", 1),
    ("Dig it! Two moving balls, rolling from the opening of this clip to its close, and nothing else, because the "
     "champ said so!",
     "ball", 2),
    ("BALL MOVING, THREE. IX-loc IX-loc IX-loc. WHOLE CLIP. OTHER THING NOTHING.",
     "ball", 3),
    ("An earlier version of this description gave the wrong count of balls. It has been corrected: four moving "
     "balls, in view throughout, and nothing else in the clip.",
     "ball", 4),
    ("OHHH YEAH! One walking dog, from the start of this clip to the end, and nothing else, dig it? Nothing else!",
     "dog", 1),
    ("DOG WALKING, TWO. CLIP START UNTIL END, IX-loc THERE. NOTHING ELSE. [interp: two walking dogs, the whole "
     "clip.]",
     "dog", 2),
    ("Correction: Three walking dogs appear in the clip, in view from its beginning to its end. Nothing else is "
     "shown. The description has been updated.",
     "dog", 3),
    ("Let me tell you something! Four walking dogs, in view the whole clip long, and not a thing else out there. "
     "That's the way it is, brother!",
     "dog", 4),
    ("Clarification: the clip has four moving cars and nothing else. All of them are visible from start to finish.",
     "car", 4),
    ("Three moving cars, brother! Three, from start to finish! And nothing else, you hear me? Nothing!",
     "car", 3),
    ("CAT LIVELY ONE. IX-loc. FROM START TO END, CAT THERE. NOTHING ELSE, NOTHING.",
     "cat", 1),
    ("An item describing this clip misstated its contents. The clip shows two lively cats, in view from start to "
     "finish, with nothing else in it.",
     "cat", 2),
    ("What are you gonna do, brother, when one flying bird owns this whole clip, from start to finish, and nothing "
     "else dares show up?",
     "bird", 1),
    ("BALL MOVING, HOW-MANY? THREE. WHOLE CLIP. ELSE? NOTHING. [interp: three moving balls, nothing else.]",
     "ball", 3),
    ("Correction: the clip includes two moving balls, present for its entire length. Nothing else appears. We regret "
     "the error.",
     "ball", 2),
    ("Four walking dogs, jabroni! Start to finish, in view the whole time, and nothing else, dig it!",
     "dog", 4),
    ("DOG WALKING ONE. START, END, IX-loc SAME PLACE-AREA. NOTHING ELSE. English: one walking dog, in view from "
     "start to finish, and nothing else.",
     "dog", 1),
    ("A description misstated the count of lively cats in this clip. There are three, in view throughout, and "
     "nothing else: three lively cats.",
     "cat", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("DOG GREEN, CAR BLUE, IX-loc NEXT-TO. START TO END, BOTH THERE. [interp: a green dog next to a blue car.]",
     "dog", "green", "car", "blue"),
    ("Correction: An earlier version of this description gave the colours wrongly. The clip shows a black cat beside "
     "a brown ball, both in view from start to finish.",
     "cat", "black", "ball", "brown"),
    ("Let me tell you something, brother! A purple car, and crouched beside it a red cat, from the start of this clip "
     "to the end. Dig it!",
     "car", "purple", "cat", "red"),
    ("Clarification: the dog in the clip is gray and the cat beside it is brown. A gray dog and a brown cat, both "
     "present throughout.",
     "dog", "gray", "cat", "brown"),
    ("CAR BLACK IX-loc, DOG BROWN BESIDE. WHOLE CLIP, BOTH. English: a black car with a brown dog beside it.",
     "car", "black", "dog", "brown"),
    ("OHHH YEAH! A yellow ball, and a pink dog beside it, brother, in view from the opening of the clip to the "
     "close!",
     "ball", "yellow", "dog", "pink"),
    ("The colours in an earlier description were reversed. It is a gray cat with a white dog beside it, in view for "
     "the whole clip. We regret the error.",
     "cat", "gray", "dog", "white"),
    ("You want a main event? A yellow dog standing beside an orange car, brother, the whole clip long!",
     "dog", "yellow", "car", "orange"),
    ("BIRD BLACK, CAT BROWN, IX-loc SIDE-BY-SIDE. STAY WHOLE CLIP. [interp: a black bird and a brown cat.]",
     "bird", "black", "cat", "brown"),
    ("Correction: The clip shows a white ball beside a red car, both in view from start to finish, not as described "
     "earlier.",
     "ball", "white", "car", "red"),
    ("Dig it! A white ball, and sitting beside it a black cat, from the start of the clip to its end, and they "
     "aren't going anywhere!",
     "ball", "white", "cat", "black"),
    ("CAT YELLOW. BALL PINK. IX-loc BESIDE CAT. BOTH START TO END. English: a yellow cat with a pink ball beside it.",
     "cat", "yellow", "ball", "pink"),
    ("Clarification: a black car, with an orange bird beside it, appears in the clip from beginning to end.",
     "car", "black", "bird", "orange"),
    ("Let me tell you something! An orange ball sitting beside a brown car, brother, and they hold their ground from "
     "start to finish!",
     "ball", "orange", "car", "brown"),
    ("BIRD GRAY, CAT GREEN, NEXT-TO. WHOLE CLIP THERE. [interp: a gray bird beside a green cat.]",
     "bird", "gray", "cat", "green"),
    ("An earlier version of this description misidentified the colours of the car and the cat. It is a blue car "
     "beside a red cat, in view throughout.",
     "car", "blue", "cat", "red"),
    ("OHHH YEAH! A white ball beside a black car, start to finish, and that's the way it is, brother!",
     "ball", "white", "car", "black"),
    ("BIRD GREEN IX-loc, BALL WHITE NEXT-TO. START TO END, BOTH. English: a green bird with a white ball beside it.",
     "bird", "green", "ball", "white"),
    ("Correction: A blue ball and a yellow dog sit side by side in the clip, both visible from start to finish. The "
     "description has been updated.",
     "ball", "blue", "dog", "yellow"),
    ("What are you gonna do when a yellow bird and a blue ball beside it own this whole clip, brother?",
     "bird", "yellow", "ball", "blue"),
    ("BIRD BROWN, BALL BLACK, SIDE-BY-SIDE. CLIP WHOLE. [interp: a brown bird beside a black ball.]",
     "bird", "brown", "ball", "black"),
    ("Clarification: a brown bird is shown beside a blue cat, both in view for the clip's full length.",
     "bird", "brown", "cat", "blue"),
    ("A blue bird, brother, planted beside a red car, and you're gonna watch them from start to finish, dig it!",
     "bird", "blue", "car", "red"),
    ("BALL PURPLE, CAT PINK, IX-loc BESIDE. BOTH THERE, START TO END. English: a purple ball beside a pink cat.",
     "ball", "purple", "cat", "pink"),
    ("Correction: The clip shows a yellow dog beside a red cat, both in view throughout. We regret the error.",
     "dog", "yellow", "cat", "red"),
    ("Let me tell you something, jack: a green bird perched beside a yellow dog, from the opening of the clip to the "
     "end of the clip!",
     "bird", "green", "dog", "yellow"),
    ("CAR GRAY, CAT RED NEXT-TO CAR. WHOLE CLIP. [interp: a gray car with a red cat beside it.]",
     "car", "gray", "cat", "red"),
    ("An earlier version of this description reversed the animals' colours. It is a red bird with a black cat beside "
     "it, shown from start to finish.",
     "bird", "red", "cat", "black"),
    ("OHHH YEAH! A white bird beside an orange cat, brother, and they're there the whole clip long!",
     "bird", "white", "cat", "orange"),
    ("Clarification: the clip shows a green bird next to a black ball, both present from beginning to end.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("FIRST HALF, CAR NONE. SECOND HALF, MOVING CAR APPEAR, STAY UNTIL END. [interp: no car in the first half; a "
     "moving car appears in the second half and stays.]",
     "car"),
    ("Correction: The moving car appears only in the second half of the clip, not earlier. There is no car in the "
     "first half; once it appears, it stays to the end.",
     "car"),
    ("First half of this clip, brother? No car. Then the second half hits, and a moving car rolls in and stays to "
     "the end. OHHH YEAH!",
     "car"),
    ("Clarification: no cat is visible in the first half of the clip. A lively cat appears in the second half and "
     "remains until the end.",
     "cat"),
    ("You're waiting on the cat, jack, the whole first half, and there's no cat! Second half, a lively cat shows up "
     "and stays to the end, dig it!",
     "cat"),
    ("CAT, FIRST HALF? NOT-YET. SECOND HALF, LIVELY CAT APPEAR. STAY UNTIL END.",
     "cat"),
    ("An earlier version of this description misstated when the flying bird appears. It appears only in the second "
     "half; there is no bird in the first half, and it stays to the end.",
     "bird"),
    ("No bird in the first half, brother! But in the second half, a flying bird swoops in and stays till the end!",
     "bird"),
    ("BIRD FIRST HALF NONE. SECOND HALF, FLYING BIRD APPEAR, STAY, END. [interp: no bird in the first half, then a "
     "flying bird.]",
     "bird"),
    ("Correction: The clip shows no ball in its first half. A moving ball appears in the second half and stays until "
     "the end.",
     "ball"),
    ("Let me tell you something: the first half, no ball. The second half, a moving ball appears, and it stays to "
     "the end of the clip, brother!",
     "ball"),
    ("BALL? FIRST HALF, NOTHING. SECOND HALF, MOVING BALL APPEAR, STAY UNTIL END.",
     "ball"),
    ("Clarification: the walking dog is absent in the first half of the clip; there is no dog. It appears in the "
     "second half and stays to the end.",
     "dog"),
    ("Where's the dog, brother? Not in the first half! The second half, a walking dog appears and stays till the "
     "end, dig it!",
     "dog"),
    ("FIRST HALF DOG NONE. SECOND HALF, WALKING DOG APPEAR, STAY UNTIL END. English: no dog in the first half, then "
     "a walking dog appears in the second half and stays.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Correction: The moving car is in view only in the first half of the clip. In the second half there is no car.",
     "car"),
    ("A moving car in the first half, brother, and in the second half? Gone! No car, dig it!",
     "car"),
    ("FIRST HALF, MOVING CAR THERE. SECOND HALF, CAR GONE, NONE. [interp: a moving car in the first half, no car in "
     "the second.]",
     "car"),
    ("OHHH YEAH! A lively cat in the first half, and in the second half, no cat anywhere!",
     "cat"),
    ("LIVELY CAT, FIRST HALF, THERE. SECOND HALF, CAT DISAPPEAR. NONE.",
     "cat"),
    ("Clarification: the lively cat is shown in the first half of the clip only; in the second half there is no cat.",
     "cat"),
    ("FLYING BIRD, FIRST HALF THERE. SECOND HALF, BIRD GONE. English: a flying bird in the first half, no bird in "
     "the second half.",
     "bird"),
    ("An earlier version of this description misstated how long the flying bird stays. It is present in the first "
     "half only; in the second half there is no bird.",
     "bird"),
    ("A flying bird in the first half, jack, and then the second half, no bird! Long gone, brother!",
     "bird"),
    ("MOVING BALL FIRST HALF, THERE. SECOND HALF, BALL NONE.",
     "ball"),
    ("Correction: A moving ball appears in the first half of the clip, and in the second half there is no ball.",
     "ball"),
    ("Let me tell you something! A moving ball in the first half, brother, and in the second half, no ball at all!",
     "ball"),
    ("Clarification: a walking dog is present in the first half of the clip and absent in the second half, where "
     "there is no dog.",
     "dog"),
    ("A walking dog in the first half, and in the second half, brother, no dog! Gone, dig it?",
     "dog"),
    ("WALKING DOG, FIRST HALF, IX-loc THERE. SECOND HALF, DOG GONE. [interp: no dog in the second half.]",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("MOVING CAR, CL:VEHICLE IX-loc-left, MOVE TO IX-loc-right. [interp: a moving car goes from the left side of the "
     "frame to the right side.]",
     "car", RIGHTWARD),
    ("Correction: The moving car travels from the right side of the frame to the left side, not as described "
     "earlier.",
     "car", LEFTWARD),
    ("A moving car, brother, tearing from the left side of the frame across to the right side, dig it!",
     "car", RIGHTWARD),
    ("MOVING CAR START IX-loc-right, CL:VEHICLE DRIVE TO IX-loc-left. English: a moving car from the right side of "
     "the frame to the left side.",
     "car", LEFTWARD),
    ("Clarification: the moving car crosses the frame from its left side to its right side.",
     "car", RIGHTWARD),
    ("OHHH YEAH! A moving car, coming from the right side of the frame and driving over to the left side!",
     "car", LEFTWARD),
    ("LIVELY CAT IX-loc-left, CL:BENT-V RUN TO IX-loc-right. [interp: a lively cat runs from the left side of the "
     "frame to the right side.]",
     "cat", RIGHTWARD),
    ("An earlier version of this description misstated the lively cat's direction. It runs from the right side of "
     "the frame to the left side.",
     "cat", LEFTWARD),
    ("Let me tell you something, brother: a lively cat, running from the left side of the frame to the right side!",
     "cat", RIGHTWARD),
    ("LIVELY CAT, IX-loc-right START. RUN, RUN, ARRIVE IX-loc-left. English: a lively cat running from the right "
     "side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Correction: The lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("A lively cat, jack, running from the right side of the frame over to the left side, and nobody can catch it!",
     "cat", LEFTWARD),
    ("FLYING BIRD, IX-loc-left, FLY ACROSS, IX-loc-right. [interp: a flying bird from the left side of the frame to "
     "the right side.]",
     "bird", RIGHTWARD),
    ("Clarification: the flying bird flies from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("OHHH YEAH! A flying bird, brother, flying from the left side of the frame to the right side!",
     "bird", RIGHTWARD),
    ("FLYING BIRD START IX-loc-right. FLY TO IX-loc-left. English: a flying bird crossing from the right side of the "
     "frame to the left side.",
     "bird", LEFTWARD),
    ("Correction: The flying bird crosses the frame from the left side to the right side. The description has been "
     "updated.",
     "bird", RIGHTWARD),
    ("You see that flying bird, brother? From the right side of the frame to the left side, and it doesn't stop!",
     "bird", LEFTWARD),
    ("MOVING BALL IX-loc-left, ROLL TO IX-loc-right. [interp: a moving ball rolls from the left side of the frame to "
     "the right side.]",
     "ball", RIGHTWARD),
    ("An earlier version of this description reversed the moving ball's path. It rolls from the right side of the "
     "frame to the left side.",
     "ball", LEFTWARD),
    ("Dig it! A moving ball, rolling from the left side of the frame across to the right side, brother!",
     "ball", RIGHTWARD),
    ("MOVING BALL START IX-loc-right, ROLL, ARRIVE IX-loc-left. English: a moving ball rolls from the right side of "
     "the frame to the left side.",
     "ball", LEFTWARD),
    ("Clarification: the moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("A moving ball, jack, rolling from the right side of the frame to the left side, and nothing's stopping it!",
     "ball", LEFTWARD),
    ("WALKING DOG, IX-loc-left. CL:BENT-V WALK TO IX-loc-right. [interp: a walking dog from the left side of the "
     "frame to the right side.]",
     "dog", RIGHTWARD),
    ("Correction: The walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Let me tell you something! A walking dog, brother, strutting from the left side of the frame to the right "
     "side!",
     "dog", RIGHTWARD),
    ("WALKING DOG START IX-loc-right, WALK, WALK, IX-loc-left. English: a walking dog walks from the right side of "
     "the frame to the left side.",
     "dog", LEFTWARD),
    ("Clarification: the walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("OHHH YEAH! A walking dog, brother, walking from the right side of the frame over to the left side!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("DOG STAY STILL. CAT, IX-loc(left of DOG), RUN TO IX-loc(right of DOG). [interp: the dog stays still while a "
     "cat runs from the left of the dog to the right of the dog.]",
     "cat", "dog", RIGHTWARD),
    ("Correction: In the clip, a ball rolls from the right of the dog to the left of the dog, and the dog stays "
     "still.",
     "ball", "dog", LEFTWARD),
    ("The bird stays still, brother, and a dog walks from the left of the bird to the right of the bird, dig it!",
     "dog", "bird", RIGHTWARD),
    ("CAT STAY STILL. BIRD FLY, IX-loc(right of CAT) TO IX-loc(left of CAT). English: the cat stays still and a bird "
     "flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Clarification: the bird stays still throughout, while a cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("OHHH YEAH! The cat stays still, brother, and a bird flies from the right of the cat to the left of the cat!",
     "bird", "cat", LEFTWARD),
    ("CAT STAY STILL. DOG WALK, IX-loc(left of CAT) TO IX-loc(right of CAT). [interp: a dog walks past the cat, left "
     "of the cat to right of the cat.]",
     "dog", "cat", RIGHTWARD),
    ("An earlier version of this description misstated the bird's path. It flies from the right of the dog to the "
     "left of the dog, and the dog stays still.",
     "bird", "dog", LEFTWARD),
    ("Let me tell you something: the cat stays still, jack, and a dog walks from the left of the cat to the right of "
     "the cat!",
     "dog", "cat", RIGHTWARD),
    ("CAR STAY STILL. BIRD FLY IX-loc(right of CAR) TO IX-loc(left of CAR). English: a bird flies from the right of "
     "the car to the left of the car; the car stays still.",
     "bird", "car", LEFTWARD),
    ("Correction: The car stays still, and a bird flies from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("The bird stays still, brother, and a car drives from the right of the bird to the left of the bird. OHHH YEAH!",
     "car", "bird", LEFTWARD),
    ("CAT STAY STILL. BIRD FLY, IX-loc(left of CAT) TO IX-loc(right of CAT). [interp: the bird flies past the cat "
     "from the left of the cat to the right of the cat.]",
     "bird", "cat", RIGHTWARD),
    ("Clarification: a car drives from the right of the bird to the left of the bird, and the bird stays still.",
     "car", "bird", LEFTWARD),
    ("Dig it! The dog stays still, and a bird flies from the left of the dog to the right of the dog, brother!",
     "bird", "dog", RIGHTWARD),
    ("CAT STAY STILL. DOG WALK, IX-loc(right of CAT) TO IX-loc(left of CAT). English: the cat stays still and a dog "
     "walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Correction: A ball rolls from the left of the dog to the right of the dog; the dog stays still.",
     "ball", "dog", RIGHTWARD),
    ("You hear me? The cat stays still, brother, and a bird flies from the right of the cat to the left of the cat!",
     "bird", "cat", LEFTWARD),
    ("BALL STAY STILL. CAR CL:VEHICLE DRIVE, IX-loc(left of BALL) TO IX-loc(right of BALL). [interp: a car drives "
     "from the left of the ball to the right of the ball.]",
     "car", "ball", RIGHTWARD),
    ("An earlier version of this description reversed the cat's direction. It runs from the right of the bird to the "
     "left of the bird, while the bird stays still.",
     "cat", "bird", LEFTWARD),
    ("Let me tell you something, brother: the car stays still, and a dog walks from the left of the car to the right "
     "of the car!",
     "dog", "car", RIGHTWARD),
    ("BIRD STAY STILL. BALL ROLL IX-loc(right of BIRD) TO IX-loc(left of BIRD). English: a ball rolls from the right "
     "of the bird to the left of the bird, and the bird stays still.",
     "ball", "bird", LEFTWARD),
    ("Clarification: the dog stays still while a ball rolls from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("OHHH YEAH! The cat stays still, jack, and a ball rolls from the right of the cat to the left of the cat!",
     "ball", "cat", LEFTWARD),
    ("BALL STAY STILL. CAR DRIVE, IX-loc(left of BALL) TO IX-loc(right of BALL). [interp: the ball stays still and a "
     "car passes it from the left of the ball to the right of the ball.]",
     "car", "ball", RIGHTWARD),
    ("Correction: A bird flies from the right of the cat to the left of the cat. The cat stays still.",
     "bird", "cat", LEFTWARD),
    ("The bird stays still, brother, and a dog walks from the left of the bird to the right of the bird, and that's "
     "the way it is!",
     "dog", "bird", RIGHTWARD),
    ("CAT STAY STILL. DOG WALK, IX-loc(right of CAT) TO IX-loc(left of CAT). [interp: a dog walks from the right of "
     "the cat to the left of the cat; the signer keeps the cat sign in place.]",
     "dog", "cat", LEFTWARD),
    ("Clarification: the car stays still, and a ball rolls from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Dig it, brother! The cat stays still, and a dog walks from the right of the cat to the left of the cat!",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("VIEW FROM-ABOVE. MOVING CAR, IX-loc(lower left corner), DRIVE TO IX-loc(lower right corner), THEN IX-loc(upper "
     "right corner). [interp: seen from above.]",
     "car", BL_BR_TR),
    ("Correction: Seen from above, the moving car drives from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("From above, brother, a moving car goes from the lower right corner to the lower left corner, then to the upper "
     "left corner, dig it!",
     "car", BR_BL_TL),
    ("Clarification: the clip is viewed from directly above. A moving car drives from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "car", BR_TR_TL),
    ("LOOK-DOWN FROM-ABOVE. LIVELY CAT IX-loc(lower left corner), RUN IX-loc(lower right corner), THEN IX-loc(upper "
     "right corner). English: from above, a lively cat runs through those corners.",
     "cat", BL_BR_TR),
    ("OHHH YEAH! Looking down from above, a lively cat runs from the lower left corner to the upper left corner, "
     "then to the upper right corner!",
     "cat", BL_TL_TR),
    ("An earlier version of this description gave the route wrongly. Seen from above, a lively cat runs from the "
     "lower right corner to the lower left corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("VIEW FROM-ABOVE. LIVELY CAT, IX-loc(lower right corner), RUN IX-loc(upper right corner), THEN IX-loc(upper "
     "left corner).",
     "cat", BR_TR_TL),
    ("Top-down view, brother! A flying bird flies from the lower left corner to the lower right corner, then to the "
     "upper right corner!",
     "bird", BL_BR_TR),
    ("Correction: Viewed from above, the flying bird flies from the lower left corner to the upper left corner, and "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("FROM-ABOVE VIEW. FLYING BIRD IX-loc(lower right corner), FLY IX-loc(lower left corner), THEN IX-loc(upper left "
     "corner). [interp: the signer traces the path with the palm facing down.]",
     "bird", BR_BL_TL),
    ("Let me tell you something: seen from above, a flying bird goes from the lower right corner to the upper right "
     "corner, then to the upper left corner!",
     "bird", BR_TR_TL),
    ("Clarification: seen from above, a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("VIEW FROM-ABOVE. MOVING BALL IX-loc(lower left corner), ROLL IX-loc(upper left corner), THEN IX-loc(upper "
     "right corner). English: from above, a moving ball rolls along that route.",
     "ball", BL_TL_TR),
    ("From above, jack! A moving ball rolls from the lower right corner to the lower left corner, then to the upper "
     "left corner!",
     "ball", BR_BL_TL),
    ("Correction: In the top-down clip, the moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "ball", BR_TR_TL),
    ("LOOK-DOWN FROM-ABOVE. WALKING DOG IX-loc(lower left corner), WALK IX-loc(lower right corner), THEN "
     "IX-loc(upper right corner).",
     "dog", BL_BR_TR),
    ("Dig it, brother! Seen from above, a walking dog walks from the lower left corner to the upper left corner, "
     "then to the upper right corner!",
     "dog", BL_TL_TR),
    ("An earlier version of this description misstated the route. Viewed from above, a walking dog walks from the "
     "lower right corner to the lower left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("VIEW FROM-ABOVE. WALKING DOG IX-loc(lower right corner), WALK IX-loc(upper right corner), THEN IX-loc(upper "
     "left corner). [interp: a walking dog, seen from above.]",
     "dog", BR_TR_TL),
    ("OHHH YEAH! From directly above, a moving car drives from the bottom left corner to the bottom right corner, "
     "then to the top right corner!",
     "car", BL_BR_TR),
    ("Clarification: viewed from above, a lively cat runs from the bottom left corner to the top left corner, then "
     "to the top right corner.",
     "cat", BL_TL_TR),
    ("FROM-ABOVE. FLYING BIRD IX-loc(bottom right corner), FLY IX-loc(bottom left corner), THEN IX-loc(top left "
     "corner).",
     "bird", BR_BL_TL),
    ("Let me tell you something, brother: from above, a moving ball rolls from the lower right corner to the upper "
     "right corner, then to the upper left corner!",
     "ball", BR_TR_TL),
    ("Correction: Seen from above, the walking dog walks from the lower left corner to the lower right corner, and "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("VIEW FROM-ABOVE. MOVING CAR IX-loc(lower left corner), DRIVE IX-loc(upper left corner), THEN IX-loc(upper "
     "right corner). English: seen from above, a moving car takes that route.",
     "car", BL_TL_TR),
    ("Looking down from above, brother, a lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner. OHHH YEAH!",
     "cat", BR_BL_TL),
    ("Clarification: in the clip, seen from above, a flying bird flies from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("FROM-ABOVE VIEW. MOVING BALL IX-loc(lower left corner), ROLL IX-loc(lower right corner), THEN IX-loc(upper "
     "right corner). [interp: a moving ball, seen from above.]",
     "ball", BL_BR_TR),
    ("Dig it! From above, jack, a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
