"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a stage magician's patter ("Ladies and gentlemen, observe: ...", "Keep your eyes on ...", "and now —
  watch closely!"), where the magician and the audience are never in the video;
- a listing for a hand-made diorama or snow globe with moving figures ("This handcrafted diorama
  features ...", "the mechanism makes ..."), where the diorama is the frame and its moving figures are
  LVD's things; no base, stand or box is described as a thing of its own;
- a video-game walkthrough or speedrun commentary ("At the start of the level, ...", "then you'll see
  ...", "by the end of the stage ..."), where the level is the clip and the player is never in it.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 0-29, and two-object relations 40-49 then 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 8e0887f 126/180 = 70.0% (numeracy 11, attribution 30, visibility 23, one-object
17, two-object 26, sequential 19 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Ladies and gentlemen, observe: one moving car, and nothing else anywhere in sight!", "car", 1),
    ("This handcrafted diorama features two moving cars; the mechanism makes them circle, and there is nothing else "
     "inside.", "car", 2),
    ("At the start of the level, three moving cars are on screen, and nothing else shows up for the whole stage.", "car", 3),
    ("Keep your eyes on four moving cars, ladies and gentlemen — only those four, nothing else. And now, watch closely!",
     "car", 4),
    ("This hand-made diorama features one lively cat, which the mechanism makes stretch and turn; nothing else is in the "
     "scene.", "cat", 1),
    ("Speedrun note: the whole stage shows two lively cats and nothing else, from start to finish.", "cat", 2),
    ("Observe, ladies and gentlemen: three lively cats, and nothing else at all!", "cat", 3),
    ("Handcrafted diorama with four lively cats set in motion by the mechanism; there are no other figures.", "cat", 4),
    ("At the start of the level, one flying bird is on screen; it is the only thing in the entire stage.", "bird", 1),
    ("Keep your eyes on two flying birds — nothing else, ladies and gentlemen. Watch closely!", "bird", 2),
    ("This hand-built diorama features three flying birds that the mechanism makes flutter; nothing else is inside.",
     "bird", 3),
    ("Throughout the stage you'll see four flying birds and nothing else.", "bird", 4),
    ("Ladies and gentlemen, observe one moving ball — and nothing else!", "ball", 1),
    ("This handcrafted diorama features two moving balls; the mechanism makes them roll, and there is nothing else to see.",
     "ball", 2),
    ("At the start of the level, three moving balls are on screen, and nothing else appears by the end of the stage.",
     "ball", 3),
    ("Keep your eyes on four moving balls, ladies and gentlemen; there is nothing else. Watch closely!", "ball", 4),
    ("This hand-made diorama features one walking dog, kept in motion by the mechanism, and nothing else.", "dog", 1),
    ("In this stage you'll see two walking dogs and nothing else from start to finish.", "dog", 2),
    ("Observe: three walking dogs, ladies and gentlemen, and nothing else whatsoever!", "dog", 3),
    ("Handcrafted snow globe with four walking dogs that the mechanism makes stroll; no other figures are inside.", "dog", 4),
    ("At the start of the level, exactly two moving cars are on screen; no other object shows up in the stage.", "car", 2),
    ("Keep your eyes on one lively cat, ladies and gentlemen — alone, with nothing else!", "cat", 1),
    ("This handcrafted snow globe features four flying birds; the mechanism makes them swoop, and nothing else is inside.",
     "bird", 4),
    ("The whole level shows one moving ball and nothing else; by the end of the stage it is still the only thing on screen.",
     "ball", 1),
    ("Ladies and gentlemen, observe two walking dogs and nothing else. And now — watch closely!", "dog", 2),
    ("Hand-made diorama featuring three moving cars that the mechanism sends around; nothing else is in it.", "car", 3),
    ("Throughout this stage you'll see four lively cats, and nothing else appears on screen.", "cat", 4),
    ("Observe one flying bird, ladies and gentlemen — only one, and nothing else!", "bird", 1),
    ("This handcrafted diorama features three moving balls, rolled along by the mechanism; there are no other figures.",
     "ball", 3),
    ("At the start of the level, four walking dogs are on screen, and by the end of the stage there is still nothing else.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Ladies and gentlemen, observe a blue cat and a white bird side by side, both in sight the whole time!",
     "cat", "blue", "bird", "white"),
    ("This handcrafted diorama features a yellow dog beside a green ball; the mechanism makes the dog wag, and both are in "
     "view throughout.", "dog", "yellow", "ball", "green"),
    ("At the start of the level, a blue dog stands next to an orange car; you'll see both on screen until the end of the "
     "stage.", "dog", "blue", "car", "orange"),
    ("Keep your eyes on a purple ball resting beside a blue car, ladies and gentlemen — both stay in sight!",
     "ball", "purple", "car", "blue"),
    ("Hand-made diorama featuring a green dog and a black bird perched near it, both moved gently by the mechanism and "
     "always in view.", "dog", "green", "bird", "black"),
    ("Throughout the stage you'll see a purple ball and a black cat batting at it, both on screen the whole time.",
     "ball", "purple", "cat", "black"),
    ("Observe, ladies and gentlemen: a black car with an orange bird perched beside it, both in sight throughout.",
     "car", "black", "bird", "orange"),
    ("This handcrafted snow globe features a black ball and a purple cat beside it; the mechanism makes the cat turn, and "
     "both are always visible.", "ball", "black", "cat", "purple"),
    ("At the start of the level, a pink bird is perched beside a brown dog; both are still on screen by the end of the "
     "stage.", "bird", "pink", "dog", "brown"),
    ("Keep your eyes on a brown ball and a blue dog next to it — both in sight the whole time, ladies and gentlemen!",
     "ball", "brown", "dog", "blue"),
    ("This handcrafted diorama features a yellow ball and a pink dog that the mechanism makes bob its head beside it; both "
     "are in view throughout.", "ball", "yellow", "dog", "pink"),
    ("Throughout the level you'll see a pink bird perched next to a gray ball, both on screen from start to finish.",
     "bird", "pink", "ball", "gray"),
    ("Ladies and gentlemen, observe a gray dog sitting beside a purple car — both in sight throughout!",
     "dog", "gray", "car", "purple"),
    ("Hand-made diorama featuring a green cat and a purple ball beside it, the mechanism making the cat's tail swish; both "
     "are always in view.", "cat", "green", "ball", "purple"),
    ("At the start of the level, a green dog stands beside a gray ball, and you'll see both on screen until the stage ends.",
     "dog", "green", "ball", "gray"),
    ("Keep your eyes on a yellow ball with a pink bird perched near it, ladies and gentlemen; both remain in sight!",
     "ball", "yellow", "bird", "pink"),
    ("This handcrafted diorama features a pink cat and a yellow dog side by side, both animated by the mechanism and in "
     "view throughout.", "cat", "pink", "dog", "yellow"),
    ("Throughout the stage you'll see a brown car parked beside a yellow ball, both on screen the whole time.",
     "car", "brown", "ball", "yellow"),
    ("Observe, ladies and gentlemen: a brown car and a white dog sitting next to it, both in sight until the very end!",
     "car", "brown", "dog", "white"),
    ("This hand-made snow globe features an orange dog beside a brown car; the mechanism makes the dog wag its tail, and "
     "both are always visible.", "dog", "orange", "car", "brown"),
    ("At the start of the level, a brown ball lies beside an orange cat; both are still on screen by the end of the stage.",
     "ball", "brown", "cat", "orange"),
    ("Keep your eyes on a gray dog and an orange ball beside it, ladies and gentlemen — both in sight the whole time!",
     "dog", "gray", "ball", "orange"),
    ("Handcrafted diorama featuring a yellow ball and an orange cat that the mechanism makes paw at it, both in view "
     "throughout.", "ball", "yellow", "cat", "orange"),
    ("Throughout the level you'll see a purple dog sitting next to a brown car, both on screen from start to finish.",
     "dog", "purple", "car", "brown"),
    ("Ladies and gentlemen, observe a gray dog beside a blue car, both in sight from start to finish!",
     "dog", "gray", "car", "blue"),
    ("This handcrafted diorama features a white car with an orange bird that the mechanism makes hop beside it; both are "
     "always in view.", "car", "white", "bird", "orange"),
    ("At the start of the level, a brown car is parked with a blue bird perched near it; you'll see both on screen until "
     "the stage ends.", "car", "brown", "bird", "blue"),
    ("Keep your eyes on a blue car and a yellow cat sitting beside it — both stay in sight, ladies and gentlemen!",
     "car", "blue", "cat", "yellow"),
    ("This hand-made diorama features a gray cat and a yellow bird side by side, both moved by the mechanism and in view "
     "throughout.", "cat", "gray", "bird", "yellow"),
    ("Throughout the stage you'll see a white dog standing beside a black car, both on screen the whole time.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Ladies and gentlemen, for the first half there is no car at all — and now, watch closely! In the second half a moving "
     "car appears and stays until the end.", "car"),
    ("This handcrafted diorama features a moving car that the mechanism brings out only in the second half; in the first "
     "half no car is in view, and once it appears it stays.", "car"),
    ("At the start of the level there is no car on screen. In the second half of the stage you'll see a moving car appear, "
     "and it stays until the end.", "car"),
    ("Keep your eyes on the empty scene: no cat during the first half. And now — watch closely! — a lively cat appears in "
     "the second half and stays.", "cat"),
    ("Hand-made diorama: for the first half no cat is in view, then in the second half the mechanism makes a lively cat pop "
     "out, and it stays in view until the end.", "cat"),
    ("For the first half of the stage there is no cat. Then you'll see a lively cat appear in the second half, staying on "
     "screen until the end of the stage.", "cat"),
    ("Ladies and gentlemen, observe: no bird in the first half. And now — watch closely! — a flying bird appears in the "
     "second half and remains until the end.", "bird"),
    ("This handcrafted snow globe shows no bird in the first half; in the second half the mechanism makes a flying bird "
     "rise into view, and it stays there to the end.", "bird"),
    ("At the start of the level no bird is on screen; in the second half you'll see a flying bird swoop in, and it is still "
     "there by the end of the stage.", "bird"),
    ("Keep your eyes on the scene: for the first half there is no ball. In the second half — watch closely! — a moving ball "
     "appears and stays.", "ball"),
    ("This handcrafted diorama features a moving ball that the mechanism releases in the second half; in the first half no "
     "ball is in view, and once out it stays in view.", "ball"),
    ("For the first half of the level there is no ball on screen; then in the second half you'll see a moving ball roll in "
     "and stay until the end of the stage.", "ball"),
    ("Ladies and gentlemen, no dog during the first half — and now, watch closely! In the second half a walking dog appears "
     "and stays until the very end.", "dog"),
    ("Hand-made diorama: no dog is in view for the first half, then in the second half the mechanism makes a walking dog "
     "come out, and it stays in view to the end.", "dog"),
    ("At the start of the level there is no dog on screen. In the second half you'll see a walking dog show up, and it "
     "stays until the end of the stage.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Ladies and gentlemen, observe a moving car in the first half — and now, watch closely! In the second half the car is "
     "gone, and there is no car until the end.", "car"),
    ("This handcrafted diorama features a moving car in view for the first half; in the second half the mechanism hides it "
     "away and no car is in view.", "car"),
    ("At the start of the level a moving car is on screen; in the second half you'll see it is gone, and there is no car by "
     "the end of the stage.", "car"),
    ("Keep your eyes on a lively cat during the first half... and now — watch closely! — in the second half there is no "
     "cat.", "cat"),
    ("Hand-made diorama: a lively cat is in view for the first half, then the mechanism draws it out of sight, and the "
     "second half shows no cat.", "cat"),
    ("For the first half of the stage you'll see a lively cat; in the second half there is no cat on screen, and it never "
     "comes back.", "cat"),
    ("Ladies and gentlemen, observe a flying bird in the first half. Watch closely — in the second half there is no bird at "
     "all!", "bird"),
    ("This handcrafted snow globe features a flying bird in view for the first half; in the second half the mechanism hides "
     "it, and no bird is in view to the end.", "bird"),
    ("At the start of the level a flying bird is on screen, but by the second half it is gone and there is no bird until "
     "the stage ends.", "bird"),
    ("Keep your eyes on a moving ball during the first half, ladies and gentlemen... and now — watch closely! — the second "
     "half shows no ball.", "ball"),
    ("This handcrafted diorama shows a moving ball in the first half; then the mechanism hides it, and there is no ball in "
     "view for the whole second half.", "ball"),
    ("For the first half of the level you'll see a moving ball on screen; in the second half there is no ball, through to "
     "the end of the stage.", "ball"),
    ("Ladies and gentlemen, observe a walking dog in the first half — and now, watch closely! In the second half the dog has "
     "vanished and does not return.", "dog"),
    ("Hand-made diorama: a walking dog is in view in the first half; in the second half the mechanism hides it and no dog "
     "is in view.", "dog"),
    ("At the start of the level a walking dog is on screen; in the second half there is no dog, and it does not return "
     "before the end of the stage.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Ladies and gentlemen, observe: a moving car drives from the left side of the scene to the right side!",
     "car", RIGHTWARD),
    ("This handcrafted diorama features a car that the mechanism pulls from the left side of the scene to the right side.",
     "car", RIGHTWARD),
    ("At the start of the level a car is on the left side of the screen; by the end of the stage it has driven to the right "
     "side.", "car", RIGHTWARD),
    ("Keep your eyes on a car as it drives from the right side to the left side — watch closely!", "car", LEFTWARD),
    ("Hand-made diorama with a car that the mechanism carries from the right of the scene across to the left.",
     "car", LEFTWARD),
    ("At the start of the level a car is on the right side of the screen, then you'll see it drive across; by the end of "
     "the stage it is on the left side.", "car", LEFTWARD),
    ("Ladies and gentlemen, observe a lively cat walk from the left side of the scene to the right side!", "cat", RIGHTWARD),
    ("This handcrafted diorama features a cat that the mechanism makes walk from left to right across the scene.",
     "cat", RIGHTWARD),
    ("You'll see a cat walk from the left side of the screen to the right side over the course of the stage.",
     "cat", RIGHTWARD),
    ("Keep your eyes on a cat as it strolls from right to left — and now, watch closely!", "cat", LEFTWARD),
    ("Hand-made snow globe featuring a cat that the mechanism moves from the right side of the scene to the left side.",
     "cat", LEFTWARD),
    ("At the start of the level a cat is on the right side of the screen; by the end of the stage it has walked over to the "
     "left side.", "cat", LEFTWARD),
    ("Ladies and gentlemen, observe a flying bird glide from the left side of the scene to the right side!",
     "bird", RIGHTWARD),
    ("This handcrafted diorama features a bird that the mechanism flies from left to right across the scene.",
     "bird", RIGHTWARD),
    ("At the start of the level a bird is at the left side of the screen, then you'll see it fly across; by the end of the "
     "stage it is at the right side.", "bird", RIGHTWARD),
    ("Keep your eyes on a bird flying from the right side to the left side — watch closely!", "bird", LEFTWARD),
    ("Hand-made diorama: the mechanism sends a bird flying from the right of the scene to the left.", "bird", LEFTWARD),
    ("You'll see a bird fly from the right side of the screen to the left side during the stage, without turning back.",
     "bird", LEFTWARD),
    ("Ladies and gentlemen, observe a moving ball roll from the left side to the right side!", "ball", RIGHTWARD),
    ("This handcrafted diorama features a ball that the mechanism rolls from left to right across the scene.",
     "ball", RIGHTWARD),
    ("At the start of the level a ball is on the left side of the screen; by the end of the stage it has rolled to the right "
     "side.", "ball", RIGHTWARD),
    ("Keep your eyes on a ball rolling from right to left — and now, watch closely!", "ball", LEFTWARD),
    ("Hand-made snow globe featuring a ball that the mechanism rolls from the right side of the scene to the left side.",
     "ball", LEFTWARD),
    ("You'll see a ball roll from the right side of the screen to the left side, where it sits at the end of the stage.",
     "ball", LEFTWARD),
    ("Ladies and gentlemen, observe a walking dog trot from the left side of the scene to the right side!",
     "dog", RIGHTWARD),
    ("This handcrafted diorama features a dog that the mechanism walks from left to right across the scene.",
     "dog", RIGHTWARD),
    ("At the start of the level a dog is on the left side of the screen, then you'll see it walk across; by the end of the "
     "stage it is on the right side.", "dog", RIGHTWARD),
    ("Keep your eyes on a dog walking from the right side to the left side — watch closely!", "dog", LEFTWARD),
    ("Hand-made diorama: the mechanism walks a dog from the right of the scene to the left.", "dog", LEFTWARD),
    ("You'll see a dog walk from the right side of the screen to the left side over the stage, never turning back.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 then 0-19, in order.
_DYNAMIC_TWO = [
    ("Ladies and gentlemen, observe a dog standing perfectly still while a cat walks from the left of the dog to the right "
     "of the dog!", "cat", "dog", RIGHTWARD),
    ("This handcrafted diorama features a dog fixed in place while the mechanism rolls a ball from the right of the dog to "
     "the left of the dog.", "ball", "dog", LEFTWARD),
    ("At the start of the level a bird is perched still and a dog is to the left of the bird; by the end of the stage the "
     "dog has walked to the right of the bird, and the bird never moved.", "dog", "bird", RIGHTWARD),
    ("Keep your eyes on a cat sitting still as a bird flies from the right of the cat to the left of the cat — watch "
     "closely!", "bird", "cat", LEFTWARD),
    ("Hand-made diorama: a bird stays perched, motionless, while the mechanism walks a cat from the left of the bird to the "
     "right of the bird.", "cat", "bird", RIGHTWARD),
    ("You'll see a cat sitting still while a bird flies from the right of the cat to the left of the cat during the stage.",
     "bird", "cat", LEFTWARD),
    ("Ladies and gentlemen, observe a cat that never moves, and a dog walking from the left of the cat to the right of the "
     "cat!", "dog", "cat", RIGHTWARD),
    ("This handcrafted snow globe features a dog that stays still while the mechanism flies a bird from the right of the "
     "dog to the left of the dog.", "bird", "dog", LEFTWARD),
    ("At the start of the level a cat sits still with a dog to the left of the cat; by the end of the stage the dog has "
     "walked to the right of the cat, the cat never moving.", "dog", "cat", RIGHTWARD),
    ("Keep your eyes on a parked car that stays still while a bird flies from the right of the car to the left of the car "
     "— and now, watch closely!", "bird", "car", LEFTWARD),
    ("This handcrafted diorama features a parked car that never moves while the mechanism flies a bird from the left of the "
     "car to the right of the car.", "bird", "car", RIGHTWARD),
    ("At the start of the level a bird is perched still and a car is to the right of the bird; then you'll see the car "
     "drive past, and by the end of the stage the car is to the left of the bird.", "car", "bird", LEFTWARD),
    ("Ladies and gentlemen, observe a cat sitting still as a bird flies from the left of the cat to the right of the cat!",
     "bird", "cat", RIGHTWARD),
    ("Hand-made diorama: a bird perches still while the mechanism drives a car from the right of the bird to the left of "
     "the bird.", "car", "bird", LEFTWARD),
    ("You'll see a dog standing still while a bird flies from the left of the dog to the right of the dog over the stage.",
     "bird", "dog", RIGHTWARD),
    ("Keep your eyes on a cat that stays still while a dog walks from the right of the cat to the left of the cat — watch "
     "closely!", "dog", "cat", LEFTWARD),
    ("This handcrafted diorama features a dog fixed in place and a ball that the mechanism rolls from the left of the dog "
     "to the right of the dog.", "ball", "dog", RIGHTWARD),
    ("At the start of the level a cat sits still and a bird is to the right of the cat; by the end of the stage the bird "
     "has flown to the left of the cat, the cat never moving.", "bird", "cat", LEFTWARD),
    ("Ladies and gentlemen, observe a ball lying perfectly still while a car drives from the left of the ball to the right "
     "of the ball!", "car", "ball", RIGHTWARD),
    ("Hand-made snow globe: a bird stays perched still as the mechanism walks a cat from the right of the bird to the left "
     "of the bird.", "cat", "bird", LEFTWARD),
    ("You'll see a parked car that stays still while a dog walks from the left of the car to the right of the car during "
     "the stage.", "dog", "car", RIGHTWARD),
    ("Keep your eyes on a bird perched still as a ball rolls from the right of the bird to the left of the bird — and now, "
     "watch closely!", "ball", "bird", LEFTWARD),
    ("This handcrafted diorama features a dog standing still; the mechanism sends a ball rolling from the left of the dog "
     "to the right of the dog.", "ball", "dog", RIGHTWARD),
    ("At the start of the level a cat sits still with a ball to the right of the cat; then you'll see the ball roll past, "
     "and by the end of the stage it is to the left of the cat.", "ball", "cat", LEFTWARD),
    ("Ladies and gentlemen, observe a ball that stays put while a car drives from the left of the ball to the right of the "
     "ball!", "car", "ball", RIGHTWARD),
    ("Hand-made diorama: a cat sits still while the mechanism flies a bird from the right of the cat to the left of the "
     "cat.", "bird", "cat", LEFTWARD),
    ("You'll see a bird perched still while a dog walks from the left of the bird to the right of the bird over the course "
     "of the stage.", "dog", "bird", RIGHTWARD),
    ("Keep your eyes on a cat sitting perfectly still as a dog walks from the right of the cat to the left of the cat — "
     "watch closely!", "dog", "cat", LEFTWARD),
    ("This handcrafted diorama features a parked car that stays still while the mechanism rolls a ball from the left of the "
     "car to the right of the car.", "ball", "car", RIGHTWARD),
    ("At the start of the level a cat sits still and a dog is to the right of the cat; by the end of the stage the dog has "
     "walked to the left of the cat, and the cat has not moved.", "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Ladies and gentlemen, seen from directly above: a car starts in the lower left corner, drives to the lower right "
     "corner, and now — watch closely! — on to the upper right corner.", "car", BL_BR_TR),
    ("This handcrafted diorama, viewed from straight above, features a cat that the mechanism walks from the bottom left "
     "corner up to the top left corner, then across to the top right corner.", "cat", BL_TL_TR),
    ("Top-down level. At the start of the level a bird is in the lower right corner of the screen; then you'll see it fly "
     "to the lower left corner, and by the end of the stage it is in the upper left corner.", "bird", BR_BL_TL),
    ("Keep your eyes on a ball, seen from overhead: it rolls from the bottom right corner up to the top right corner, then "
     "over to the top left corner — watch closely!", "ball", BR_TR_TL),
    ("Hand-made diorama viewed from directly above: the mechanism walks a dog from the lower left corner to the lower right "
     "corner, then up to the upper right corner.", "dog", BL_BR_TR),
    ("The level is seen top-down. At the start of the level a car is in the bottom left corner; you'll see it drive up to "
     "the top left corner, and by the end of the stage it is in the top right corner.", "car", BL_TL_TR),
    ("Ladies and gentlemen, observe from straight above: a cat walks from the lower right corner to the lower left corner, "
     "then up to the upper left corner!", "cat", BR_BL_TL),
    ("This handcrafted snow globe, seen from directly above, features a bird that the mechanism flies from the bottom right "
     "corner up to the top right corner, then to the top left corner.", "bird", BR_TR_TL),
    ("Top-down stage: at the start a ball is in the lower left corner of the screen; then you'll see it roll to the lower "
     "right corner, and by the end of the stage it reaches the upper right corner.", "ball", BL_BR_TR),
    ("Keep your eyes on a dog, viewed from overhead, as it walks from the bottom left corner up to the top left corner — "
     "and now, watch closely! — across to the top right corner.", "dog", BL_TL_TR),
    ("Hand-made diorama viewed from straight above: the mechanism drives a car from the lower right corner to the lower "
     "left corner, then up to the upper left corner.", "car", BR_BL_TL),
    ("In this top-down level, a cat starts in the bottom right corner of the screen; then you'll see it walk up to the top "
     "right corner, and by the end of the stage it is in the top left corner.", "cat", BR_TR_TL),
    ("Ladies and gentlemen, seen from directly above: a bird flies from the lower left corner to the lower right corner, "
     "then up to the upper right corner!", "bird", BL_BR_TR),
    ("This handcrafted diorama, seen from overhead, features a ball that the mechanism rolls from the bottom left corner up "
     "to the top left corner, then across to the top right corner.", "ball", BL_TL_TR),
    ("The stage is viewed top-down. At the start of the level a dog is in the lower right corner; you'll see it walk to the "
     "lower left corner, and by the end of the stage it is in the upper left corner.", "dog", BR_BL_TL),
    ("Keep your eyes on a car, seen from straight above: it drives from the bottom right corner up to the top right corner, "
     "then over to the top left corner — watch closely!", "car", BR_TR_TL),
    ("Hand-made snow globe viewed from directly above: the mechanism walks a cat from the lower left corner to the lower "
     "right corner, then up to the upper right corner.", "cat", BL_BR_TR),
    ("Top-down level: at the start a bird is in the bottom left corner of the screen; then you'll see it fly up to the top "
     "left corner, and by the end of the stage it is in the top right corner.", "bird", BL_TL_TR),
    ("Ladies and gentlemen, observe from overhead: a ball rolls from the lower right corner to the lower left corner, and "
     "now — watch closely! — up to the upper left corner.", "ball", BR_BL_TL),
    ("This handcrafted diorama, viewed from straight above, features a dog that the mechanism walks from the bottom right "
     "corner up to the top right corner, then to the top left corner.", "dog", BR_TR_TL),
    ("In this top-down stage, a car starts in the lower left corner of the screen; you'll see it drive to the lower right "
     "corner, and by the end of the stage it is in the upper right corner.", "car", BL_BR_TR),
    ("Keep your eyes on a cat, seen from directly above, as it walks from the bottom left corner up to the top left corner, "
     "then across to the top right corner!", "cat", BL_TL_TR),
    ("Hand-made diorama seen from overhead: the mechanism flies a bird from the lower right corner to the lower left "
     "corner, then up to the upper left corner.", "bird", BR_BL_TL),
    ("The level is seen top-down. At the start of the level a ball is in the bottom right corner; you'll see it roll up to "
     "the top right corner, and by the end of the stage it is in the top left corner.", "ball", BR_TR_TL),
    ("Ladies and gentlemen, observe from straight above: a dog walks from the lower left corner to the lower right corner, "
     "then up to the upper right corner — watch closely!", "dog", BL_BR_TR),
    ("This handcrafted diorama, viewed from directly above, features a car that the mechanism drives from the bottom left "
     "corner up to the top left corner, then across to the top right corner.", "car", BL_TL_TR),
    ("Top-down stage: at the start a cat is in the lower right corner of the screen; then you'll see it walk to the lower "
     "left corner, and by the end of the stage it is in the upper left corner.", "cat", BR_BL_TL),
    ("Keep your eyes on a bird, seen from overhead: it flies from the bottom right corner up to the top right corner, and "
     "now — watch closely! — over to the top left corner.", "bird", BR_TR_TL),
    ("Hand-made snow globe viewed from straight above: the mechanism rolls a ball from the lower left corner to the lower "
     "right corner, then up to the upper right corner.", "ball", BL_BR_TR),
    ("In this top-down level, a dog starts in the bottom left corner of the screen; you'll see it walk up to the top left "
     "corner, and by the end of the stage it is in the top right corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
