"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a film-festival programme blurb or a critic's review ("In this short, ...", "the camera lingers as
  ...", "a quietly affecting study of ..."); the critic, the director, the camera and the audience are
  never things in the video;
- a sign-language interpreter's or subtitler's gloss in capitals and short chunks ("CAR — START LEFT SIDE
  — DRIVE — FINISH RIGHT SIDE", "[subtitle] ..."), the topic first and then what happens to it;
- a parent's or babysitter's text update ("Kids are asleep. Meanwhile on the baby monitor screen: ..."),
  where the people texting and the sleeping children are never in the video and the screen they describe
  is exactly the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 40-69, and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 3e33c48 154/180 = 85.6% (numeracy 21, attribution 30, visibility 27, one-object 21, two-object 28,
sequential 27 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("In this short, one moving car has the frame entirely to itself; nothing else ever shares the shot.",
     "car", 1),
    ("[subtitle] TWO CARS — MOVING — NOTHING ELSE IN VIEW.", "car", 2),
    ("Babysitting update: all quiet here. Meanwhile the monitor screen shows three moving cars and nothing "
     "else.", "car", 3),
    ("A brisk festival short about four moving cars, and only four; the film lets nothing else into the "
     "frame.", "car", 4),
    ("CAT — ONE — LIVELY. NOTHING ELSE. ONLY THE CAT.", "cat", 1),
    ("Quick update, all calm. On the monitor: two lively cats, and nothing else at all.", "cat", 2),
    ("A quietly affecting study of three lively cats; the short shows exactly three cats and nothing else.",
     "cat", 3),
    ("[subtitle] FOUR CATS — LIVELY — ONLY THEM, NOTHING ELSE.", "cat", 4),
    ("Update from babysitting: the monitor screen shows one flying bird, just the one, nothing else.",
     "bird", 1),
    ("In this short, two flying birds fill the frame, and the film lets nothing else in.", "bird", 2),
    ("BIRDS — THREE — FLYING. NOTHING ELSE.", "bird", 3),
    ("All good here. Meanwhile on the monitor: four birds flying, and nothing else on the screen.", "bird", 4),
    ("A minimalist short: one moving ball, alone, with nothing else in the frame from the first shot to the "
     "last.", "ball", 1),
    ("[subtitle] TWO BALLS — MOVING — NOTHING ELSE.", "ball", 2),
    ("Quick text: quiet evening. The monitor is showing three moving balls and nothing else.", "ball", 3),
    ("In this playful short, four moving balls are the whole cast; nothing else appears.", "ball", 4),
    ("DOG — ONE — WALKING. NOTHING ELSE IN VIEW.", "dog", 1),
    ("Babysitting update: on the monitor screen, two walking dogs and nothing else.", "dog", 2),
    ("A gentle study of three walking dogs; the film shows those three and nothing else.", "dog", 3),
    ("[subtitle] FOUR DOGS — WALKING — NOTHING ELSE.", "dog", 4),
    ("Evening update: all calm. On the monitor right now, a single moving car and nothing else.", "car", 1),
    ("In this short, two lively cats carry the whole film; the frame holds nothing else.", "cat", 2),
    ("[subtitle] ONE BIRD — FLYING — ALONE — NOTHING ELSE.", "bird", 1),
    ("Checking in: the monitor screen shows four moving balls, nothing else at all.", "ball", 4),
    ("A patient, quietly affecting short about one walking dog, alone; nothing else shares the frame.",
     "dog", 1),
    ("CARS — THREE — MOVING. ONLY THE CARS, NOTHING ELSE.", "car", 3),
    ("All quiet on my end. Meanwhile the monitor shows four lively cats and nothing else.", "cat", 4),
    ("This short keeps two flying birds in view and nothing else, from start to finish.", "bird", 2),
    ("[subtitle] THREE DOGS — WALKING — NOTHING ELSE IN VIEW.", "dog", 3),
    ("Update: everything's fine. On the monitor, one moving ball, just one, and nothing else.", "ball", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("In this short, a green dog sits beside a blue car, and the camera lingers on both from the first frame "
     "to the last.", "dog", "green", "car", "blue"),
    ("[subtitle] BLACK CAT — BROWN BALL — SIDE BY SIDE — BOTH STAY THE WHOLE TIME.",
     "cat", "black", "ball", "brown"),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a purple car with a red cat sitting next to it, "
     "both there the whole time.", "car", "purple", "cat", "red"),
    ("A quietly affecting study of a gray dog and a brown cat resting together; both stay in frame "
     "throughout.", "dog", "gray", "cat", "brown"),
    ("BLACK CAR — BROWN DOG NEXT TO IT — BOTH STAY, START TO END.", "car", "black", "dog", "brown"),
    ("Babysitting update: on the monitor, a yellow ball and a pink dog beside it, both in view the whole "
     "time.", "ball", "yellow", "dog", "pink"),
    ("In this short, a gray cat and a white dog share the frame side by side for its whole length.",
     "cat", "gray", "dog", "white"),
    ("[subtitle] YELLOW DOG — ORANGE CAR — DOG SITS BY CAR — BOTH STAY.", "dog", "yellow", "car", "orange"),
    ("Kids asleep at last. On the baby monitor screen meanwhile: a black bird perched near a brown cat, both "
     "there throughout.", "bird", "black", "cat", "brown"),
    ("The camera lingers as a white ball rests beside a red car; the short never loses sight of either.",
     "ball", "white", "car", "red"),
    ("WHITE BALL — BLACK CAT BESIDE IT — BOTH STAY WHOLE TIME.", "ball", "white", "cat", "black"),
    ("All calm here. Meanwhile on the monitor: a yellow cat batting at a pink ball, both visible the whole "
     "time.", "cat", "yellow", "ball", "pink"),
    ("In this short, an orange bird perches near a black car, and both remain in frame from start to finish.",
     "car", "black", "bird", "orange"),
    ("[subtitle] ORANGE BALL — BROWN CAR — BALL RESTS BY CAR — BOTH STAY.", "ball", "orange", "car", "brown"),
    ("Quick update: the kids are asleep. On the baby monitor screen, a gray bird and a green cat side by side, "
     "both there throughout.", "bird", "gray", "cat", "green"),
    ("A quietly affecting study of a red cat sitting beside a blue car; both hold the frame for the whole "
     "film.", "car", "blue", "cat", "red"),
    ("WHITE BALL — BLACK CAR NEXT TO IT — BOTH STAY START TO END.", "ball", "white", "car", "black"),
    ("Babysitting update: the monitor shows a green bird perched by a white ball, both in view the whole "
     "time.", "bird", "green", "ball", "white"),
    ("In this short, a yellow dog plays beside a blue ball, and the camera keeps both in frame throughout.",
     "ball", "blue", "dog", "yellow"),
    ("[subtitle] YELLOW BIRD — BLUE BALL — BIRD PERCHED BY BALL — BOTH STAY.", "bird", "yellow", "ball", "blue"),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a brown bird next to a black ball, both there the "
     "whole time.", "bird", "brown", "ball", "black"),
    ("The camera lingers as a brown bird and a blue cat share the frame; neither ever leaves the short.",
     "bird", "brown", "cat", "blue"),
    ("BLUE BIRD — RED CAR — BIRD PERCHED NEAR CAR — BOTH STAY WHOLE TIME.", "bird", "blue", "car", "red"),
    ("All quiet on my end. On the monitor meanwhile: a pink cat pawing at a purple ball, both visible "
     "throughout.", "ball", "purple", "cat", "pink"),
    ("In this short, a yellow dog and a red cat sit side by side, both in frame from the first shot to the "
     "last.", "dog", "yellow", "cat", "red"),
    ("[subtitle] GREEN BIRD — YELLOW DOG — SIDE BY SIDE — BOTH STAY.", "bird", "green", "dog", "yellow"),
    ("Babysitting update: on the baby monitor screen, a red cat sitting beside a gray car, both there the "
     "whole time.", "car", "gray", "cat", "red"),
    ("A quietly affecting study of a red bird and a black cat together; the short keeps both in view "
     "throughout.", "bird", "red", "cat", "black"),
    ("WHITE BIRD — ORANGE CAT — TOGETHER — BOTH STAY START TO END.", "bird", "white", "cat", "orange"),
    ("Kids are down. Meanwhile on the monitor screen: a green bird perched by a black ball, both in view the "
     "whole time.", "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("In this short, the frame stays empty for the first half; in the second half a moving car enters and "
     "stays to the end.", "car"),
    ("[subtitle] FIRST HALF — NO CAR. SECOND HALF — CAR APPEARS, MOVING — STAYS TO END.", "car"),
    ("Kids are asleep. On the baby monitor screen meanwhile: no car for the first half, then in the second "
     "half a moving car showed up and stayed.", "car"),
    ("A patient short: no cat at all in the first half, and in the second half a lively cat arrives and "
     "remains until the final frame.", "cat"),
    ("CAT — FIRST HALF, NOT THERE — SECOND HALF, APPEARS — LIVELY — STAYS.", "cat"),
    ("Babysitting update: the monitor showed no cat for the first half; in the second half a lively cat "
     "appeared and it's still there.", "cat"),
    ("In this short, a flying bird appears only in the second half; the first half shows no bird at all.",
     "bird"),
    ("[subtitle] BIRD — FIRST HALF, NONE — SECOND HALF, FLIES IN — STAYS TO END.", "bird"),
    ("All quiet here. On the monitor: no bird in the first half, then in the second half a bird flew in and "
     "stayed.", "bird"),
    ("The camera lingers on an empty frame for the first half; in the second half a moving ball rolls in and "
     "stays.", "ball"),
    ("BALL — FIRST HALF, NONE. SECOND HALF — MOVING BALL APPEARS — STAYS.", "ball"),
    ("Kids asleep. Meanwhile on the baby monitor screen: no ball for the first half, and in the second half a "
     "moving ball rolled into view and stayed.", "ball"),
    ("In this short, a walking dog is absent for the first half and appears in the second half, staying to "
     "the end.", "dog"),
    ("[subtitle] DOG — FIRST HALF, NOT THERE — SECOND HALF, WALKS IN — STAYS.", "dog"),
    ("Update: the monitor showed no dog for the whole first half; in the second half a walking dog strolled "
     "into view and stayed.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("In this short, a moving car is there for the first half only; the second half shows no car at all.",
     "car"),
    ("[subtitle] CAR — FIRST HALF, THERE, MOVING — SECOND HALF, GONE.", "car"),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a moving car for the first half, then no car at "
     "all in the second half.", "car"),
    ("A quietly affecting study of absence: a lively cat in the first half, and no cat in the second half.",
     "cat"),
    ("CAT — LIVELY — FIRST HALF, HERE. SECOND HALF, GONE — NOT COME BACK.", "cat"),
    ("Babysitting update: a lively cat was on the monitor for the first half; in the second half it was gone "
     "and never came back.", "cat"),
    ("In this short, a flying bird is present in the first half and gone for the entire second half.", "bird"),
    ("[subtitle] BIRD — FIRST HALF, FLYING — SECOND HALF, NO BIRD.", "bird"),
    ("All calm. On the monitor: a bird flying around for the first half, then no bird for the whole second "
     "half.", "bird"),
    ("The camera lingers as a moving ball holds the frame for the first half; in the second half there is no "
     "ball.", "ball"),
    ("BALL — MOVING — FIRST HALF ONLY. SECOND HALF — NO BALL.", "ball"),
    ("Kids asleep. Meanwhile on the baby monitor screen: a moving ball in the first half, and no ball in the "
     "second half.", "ball"),
    ("In this short, a walking dog is on screen for the first half only; by the second half the dog is gone.",
     "dog"),
    ("[subtitle] DOG — WALKING — FIRST HALF, THERE — SECOND HALF, GONE.", "dog"),
    ("Update: a walking dog was on the monitor for the first half; for the second half there was no dog.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("In this short, a moving car drives from the left side of the frame to the right side.", "car", RIGHTWARD),
    ("[subtitle] CAR — START LEFT SIDE — DRIVE — FINISH RIGHT SIDE.", "car", RIGHTWARD),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a car drove across from left to right.",
     "car", RIGHTWARD),
    ("The camera lingers as a moving car crosses the frame from right to left.", "car", LEFTWARD),
    ("CAR — START RIGHT SIDE — DRIVE — END LEFT SIDE.", "car", LEFTWARD),
    ("Babysitting update: on the monitor, a car just drove from the right side to the left side.",
     "car", LEFTWARD),
    ("A quietly affecting study of a lively cat walking from the left of the frame to the right.",
     "cat", RIGHTWARD),
    ("[subtitle] CAT — LIVELY — START LEFT — WALK — FINISH RIGHT.", "cat", RIGHTWARD),
    ("All quiet here. On the monitor: a cat strolling from left to right.", "cat", RIGHTWARD),
    ("In this short, a lively cat walks from the right side of the frame to the left side.", "cat", LEFTWARD),
    ("CAT — START RIGHT SIDE — WALK — END LEFT SIDE.", "cat", LEFTWARD),
    ("Kids asleep. Meanwhile on the baby monitor screen: a cat walking from right to left.", "cat", LEFTWARD),
    ("In this short, a flying bird crosses from the left of the frame to the right.", "bird", RIGHTWARD),
    ("[subtitle] BIRD — START LEFT SIDE — FLY — FINISH RIGHT SIDE.", "bird", RIGHTWARD),
    ("Update: a bird flew across the monitor from left to right.", "bird", RIGHTWARD),
    ("The camera lingers as a flying bird passes from right to left, never turning back.", "bird", LEFTWARD),
    ("BIRD — START RIGHT — FLY — END LEFT.", "bird", LEFTWARD),
    ("Babysitting update: on the monitor screen, a bird flying from the right side to the left side.",
     "bird", LEFTWARD),
    ("In this playful short, a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("[subtitle] BALL — START LEFT — ROLL — FINISH RIGHT.", "ball", RIGHTWARD),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a ball rolling from left to right.",
     "ball", RIGHTWARD),
    ("In this short, a moving ball rolls from right to left across the frame.", "ball", LEFTWARD),
    ("BALL — START RIGHT SIDE — ROLL — END LEFT SIDE.", "ball", LEFTWARD),
    ("All calm. On the monitor: a ball just rolled from the right side over to the left side.", "ball", LEFTWARD),
    ("A gentle short in which a walking dog goes from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("[subtitle] DOG — START LEFT SIDE — WALK — FINISH RIGHT SIDE.", "dog", RIGHTWARD),
    ("Update: on the monitor, a dog walking from left to right, all the way across.", "dog", RIGHTWARD),
    ("The camera lingers as a walking dog makes its way from right to left.", "dog", LEFTWARD),
    ("DOG — START RIGHT — WALK — END LEFT.", "dog", LEFTWARD),
    ("Kids asleep. Meanwhile on the baby monitor screen: a dog walking from the right to the left.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order.
_DYNAMIC_TWO = [
    ("In this short, a ball lies still while a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("[subtitle] BALL — STAYS STILL. BIRD — FLY FROM RIGHT OF BALL — TO LEFT OF BALL.", "bird", "ball", LEFTWARD),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a ball sitting still while a car drives from the "
     "left of the ball to the right of the ball.", "car", "ball", RIGHTWARD),
    ("The camera lingers on a dog standing still as a bird flies from the right of the dog to the left of the "
     "dog.", "bird", "dog", LEFTWARD),
    ("CAR — PARKED, STILL. DOG — WALK FROM LEFT OF CAR — TO RIGHT OF CAR.", "dog", "car", RIGHTWARD),
    ("Babysitting update: on the monitor, a ball that stays still and a bird flying from the right of the ball "
     "to the left of the ball.", "bird", "ball", LEFTWARD),
    ("A quietly affecting study: a cat sits still while a dog walks from the left of the cat to the right of "
     "the cat.", "dog", "cat", RIGHTWARD),
    ("[subtitle] CAR — STILL. DOG — WALK FROM RIGHT OF CAR — TO LEFT OF CAR.", "dog", "car", LEFTWARD),
    ("All quiet here. On the monitor: a dog standing still and a cat walking from the left of the dog to the "
     "right of the dog.", "cat", "dog", RIGHTWARD),
    ("In this short, a ball rests in place while a cat walks from the right of the ball to the left of the "
     "ball.", "cat", "ball", LEFTWARD),
    ("DOG — STAYS STILL. CAT — WALK FROM LEFT OF DOG — TO RIGHT OF DOG.", "cat", "dog", RIGHTWARD),
    ("Kids asleep. Meanwhile on the baby monitor screen: a dog staying still while a ball rolls from the right "
     "of the dog to the left of the dog.", "ball", "dog", LEFTWARD),
    ("The camera lingers as a bird stays perched, still, and a dog walks from the left of the bird to the "
     "right of the bird.", "dog", "bird", RIGHTWARD),
    ("[subtitle] CAT — SITS STILL. BIRD — FLY FROM RIGHT OF CAT — TO LEFT OF CAT.", "bird", "cat", LEFTWARD),
    ("Update: on the monitor, a bird sitting still and a cat walking from the left of the bird to the right of "
     "the bird.", "cat", "bird", RIGHTWARD),
    ("In this short, a cat never moves while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("CAT — STILL. DOG — WALK FROM LEFT OF CAT — TO RIGHT OF CAT.", "dog", "cat", RIGHTWARD),
    ("Babysitting update: the monitor shows a dog staying still while a bird flies from the right of the dog "
     "to the left of the dog.", "bird", "dog", LEFTWARD),
    ("A gentle short: a cat stays put as a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("[subtitle] CAR — PARKED, STILL. BIRD — FLY FROM RIGHT OF CAR — TO LEFT OF CAR.", "bird", "car", LEFTWARD),
    ("Kids are asleep. Meanwhile on the baby monitor screen: a parked car staying still while a bird flies "
     "from the left of the car to the right of the car.", "bird", "car", RIGHTWARD),
    ("In this short, a bird stays perched and still while a car drives from the right of the bird to the left "
     "of the bird.", "car", "bird", LEFTWARD),
    ("CAT — SITS STILL. BIRD — FLY FROM LEFT OF CAT — TO RIGHT OF CAT.", "bird", "cat", RIGHTWARD),
    ("All calm. On the monitor: a bird sitting still as a car drives from the right of the bird to the left of "
     "the bird.", "car", "bird", LEFTWARD),
    ("The camera lingers on a dog standing still while a bird flies from the left of the dog to the right of "
     "the dog.", "bird", "dog", RIGHTWARD),
    ("[subtitle] CAT — STAYS STILL. DOG — WALK FROM RIGHT OF CAT — TO LEFT OF CAT.", "dog", "cat", LEFTWARD),
    ("Update: the monitor shows a dog staying put while a ball rolls from the left of the dog to the right of "
     "the dog.", "ball", "dog", RIGHTWARD),
    ("A quietly affecting study of stillness: a cat sits unmoving while a bird flies from the right of the cat "
     "to the left of the cat.", "bird", "cat", LEFTWARD),
    ("BALL — STILL. CAR — DRIVE FROM LEFT OF BALL — TO RIGHT OF BALL.", "car", "ball", RIGHTWARD),
    ("Kids asleep. Meanwhile on the baby monitor screen: a bird staying still and a cat walking from the right "
     "of the bird to the left of the bird.", "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("In this short, shot from directly above, a car starts in the lower left corner, drives to the lower "
     "right corner, then to the upper right corner.", "car", BL_BR_TR),
    ("[subtitle] VIEW FROM ABOVE. CAT — START LOWER LEFT CORNER — WALK TO UPPER LEFT CORNER — THEN UPPER "
     "RIGHT CORNER.", "cat", BL_TL_TR),
    ("Kids are asleep. Meanwhile the baby monitor looks straight down from above: a bird flew from the lower "
     "right corner to the lower left corner, then up to the upper left corner.", "bird", BR_BL_TL),
    ("A top-down short: the camera looks straight down as a ball rolls from the bottom right corner up to the "
     "top right corner, then across to the top left corner.", "ball", BR_TR_TL),
    ("TOP-DOWN VIEW. DOG — START BOTTOM LEFT CORNER — WALK TO BOTTOM RIGHT CORNER — THEN TOP RIGHT CORNER.",
     "dog", BL_BR_TR),
    ("Babysitting update: the monitor's view is from directly overhead, and a car just drove from the lower "
     "left corner up to the upper left corner, then across to the upper right corner.", "car", BL_TL_TR),
    ("In this short, filmed from straight overhead, a cat walks from the lower right corner to the lower left "
     "corner, and finishes in the upper left corner.", "cat", BR_BL_TL),
    ("[subtitle] SEEN FROM ABOVE. BIRD — START BOTTOM RIGHT CORNER — FLY UP TO TOP RIGHT CORNER — THEN TOP "
     "LEFT CORNER.", "bird", BR_TR_TL),
    ("All quiet. The monitor looks down from above: a ball rolled from the lower left corner to the lower "
     "right corner, then up to the upper right corner.", "ball", BL_BR_TR),
    ("The camera looks straight down in this short as a dog walks from the bottom left corner to the top left "
     "corner, and last to the top right corner.", "dog", BL_TL_TR),
    ("TOP-DOWN VIEW. CAR — START LOWER RIGHT CORNER — DRIVE TO LOWER LEFT CORNER — THEN UPPER LEFT CORNER.",
     "car", BR_BL_TL),
    ("Kids asleep. Meanwhile on the baby monitor screen, seen from directly above: a cat walked from the "
     "bottom right corner up to the top right corner, then over to the top left corner.", "cat", BR_TR_TL),
    ("In this short, shot from overhead, a bird flies from the lower left corner to the lower right corner, "
     "then up to the upper right corner.", "bird", BL_BR_TR),
    ("[subtitle] VIEW FROM ABOVE. BALL — START BOTTOM LEFT CORNER — ROLL UP TO TOP LEFT CORNER — THEN TOP "
     "RIGHT CORNER.", "ball", BL_TL_TR),
    ("Update: the monitor shows the scene from straight above; a dog walked from the lower right corner to "
     "the lower left corner, then up to the upper left corner.", "dog", BR_BL_TL),
    ("A top-down short: a car drives from the bottom right corner up to the top right corner, then over to "
     "the top left corner, three corners in that order.", "car", BR_TR_TL),
    ("SEEN FROM ABOVE. CAT — START LOWER LEFT CORNER — WALK TO LOWER RIGHT CORNER — THEN UPPER RIGHT CORNER.",
     "cat", BL_BR_TR),
    ("Babysitting update: on the monitor, viewed from directly overhead, a bird flew from the bottom left "
     "corner up to the top left corner, then across to the top right corner.", "bird", BL_TL_TR),
    ("In this short, the camera looks straight down as a ball rolls from the lower right corner to the lower "
     "left corner, then up to the upper left corner.", "ball", BR_BL_TL),
    ("[subtitle] TOP-DOWN VIEW. DOG — START BOTTOM RIGHT CORNER — WALK UP TO TOP RIGHT CORNER — THEN TOP LEFT "
     "CORNER.", "dog", BR_TR_TL),
    ("Kids are asleep. Meanwhile the baby monitor shows it all from above: a car drove from the bottom left "
     "corner to the bottom right corner, then up to the top right corner.", "car", BL_BR_TR),
    ("A quietly affecting overhead study: a cat walks from the lower left corner up to the upper left corner, "
     "then across to the upper right corner.", "cat", BL_TL_TR),
    ("VIEW FROM ABOVE. BIRD — START LOWER RIGHT CORNER — FLY TO LOWER LEFT CORNER — THEN UPPER LEFT CORNER.",
     "bird", BR_BL_TL),
    ("All calm. The monitor looks straight down from above: a ball rolled from the lower right corner up to "
     "the upper right corner, then over to the upper left corner.", "ball", BR_TR_TL),
    ("In this short, filmed from directly above, a dog walks from the bottom left corner to the bottom right "
     "corner, then up to the top right corner.", "dog", BL_BR_TR),
    ("[subtitle] SEEN FROM ABOVE. CAR — START BOTTOM LEFT CORNER — DRIVE UP TO TOP LEFT CORNER — THEN TOP "
     "RIGHT CORNER.", "car", BL_TL_TR),
    ("Update: top-down view on the monitor. A cat walked from the bottom right corner to the bottom left "
     "corner, then up to the top left corner.", "cat", BR_BL_TL),
    ("The camera lingers overhead as a bird flies from the lower right corner up to the upper right corner, "
     "then to the upper left corner.", "bird", BR_TR_TL),
    ("TOP-DOWN VIEW. BALL — START LOWER LEFT CORNER — ROLL TO LOWER RIGHT CORNER — THEN UPPER RIGHT CORNER.",
     "ball", BL_BR_TR),
    ("Kids asleep. Meanwhile on the baby monitor screen, seen from above: a dog walked from the lower left "
     "corner up to the upper left corner, then across to the upper right corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
