"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- tongue-twisters, heavy with alliteration and repetition ("bobs and bounces", "flits and flutters",
  "say it three times fast"), where the speaker, the tongue that trips and whoever is dared to say it
  are never in the video, and the twister's words are the clip; the alliteration leans on verbs and
  adverbs, not on things, and the dare to say it three times fast is never made in a numeracy prompt;
- a firefighter's incident report ("Unit arrived on scene", "Observed:", "Cause:", "All clear"), where
  the firefighters, their unit, engine, hoses, station and any fire or smoke are never in the video, and
  the scene reported on is the clip; the report numbers no unit and, in numeracy prompts, no one arrives;
- a tabletop role-playing game's character sheet ("Class:", "Alignment:", "Movement:", "Special
  ability:", "Inventory:"), where the players, the dice, the game master, the dungeon and the sheet are
  never in the video, and the character written up is the clip's object, its class one of LVD's; the
  sheet gives no levels, hit points or other scores, and no race is a half-anything.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
engine, crew, dice or party beside the count) and put no other number word beside it (no "first on
scene", no "single", no "level four", no "say it three times"). No voice gives its own props a colour
(no fire-engine red, no black smoke, no green dragon), no idiom or near-word hides a class noun or a side
(no "fireball", "carbon monoxide", "location", "careful", "dogged", "left the scene", "all right"),
"half" is only said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still"
only of a relation's second object. A relation names its second object at both ends and says that object
stays still; a route is always seen from above. It takes LVD's attribution pairs 90-99 and 0-19 and its
two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 159/180 on 79af9d15 (numeracy 22, visibility 29, dynamic_one 27, dynamic_two 25, sequential 26);
180/180 after the fixes of its own branch (a kind named bare as a label's value and counted later, "Class: moving car.
Count: three moving cars", is the counted things' kind; an unknown word opening its sentence before its verb of coming,
"Unit arrived on scene.", is that verb's subject, its arrival no later thing's; a denial said over and over, "not a
car, not a car", is one absence; a way from one side of a still thing to its other, "Movement: from the left of the
ball to the right of the ball, while the ball stays still", is the move of the thing named before; corners listed bare
with "then" after the thing, "Movement, seen from above: lower left corner, then upper left corner, ...", its route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("One moving car, merrily motoring, moves and moves from the start of the clip to its finish; nothing else, "
     "nothing more.",
     "car", 1),
    ("Incident report. Present from start to finish: two moving cars. Nothing else present. Cause: none found. "
     "All clear.",
     "car", 2),
    ("Character sheet. Class: moving car. Count: three moving cars, in view the whole clip. Inventory: empty; "
     "nothing else in the clip. Alignment: lawful neutral.",
     "car", 3),
    ("Four moving cars, forever forward, fill the footage from start to finish, and nothing further features.",
     "car", 4),
    ("Report: one lively cat observed throughout the clip, start to finish. No other object found. Cause: "
     "undetermined. All clear.",
     "cat", 1),
    ("Class: lively cat. Number in play: two lively cats, each present from start to finish. Alignment: chaotic "
     "good. Inventory: nothing; nothing else appears.",
     "cat", 2),
    ("Three lively cats leap and loll and linger, lasting the length of the clip, and nothing else lingers "
     "alongside.",
     "cat", 3),
    ("Findings: four lively cats, present from the clip's start to its end. Nothing else found. Cause: none. All "
     "clear.",
     "cat", 4),
    ("Class: flying bird. Alignment: neutral good. Movement: flies through the whole clip, start to finish. Count: "
     "one flying bird and nothing else at all.",
     "bird", 1),
    ("Two flying birds flit and flutter and flap, from the clip's start to its finish, with nothing else "
     "fluttering near.",
     "bird", 2),
    ("Incident summary. Present throughout, start to finish: three flying birds. No other object. Cause: not "
     "applicable. All clear.",
     "bird", 3),
    ("Character sheet: four flying birds. Alignment: chaotic neutral. Movement: flying, from the start of the clip "
     "to the end. Inventory: none. Nothing else in play.",
     "bird", 4),
    ("One moving ball bobs, bounces and bumbles from beginning to end, and nothing else bobs beside it.",
     "ball", 1),
    ("Report. Observed: two moving balls, in view from the start of the clip to its end. Nothing else found. "
     "Cause: unknown. All clear.",
     "ball", 2),
    ("Class: moving ball. Count: three moving balls. Movement: rolling, the whole clip through. Inventory: nothing "
     "else, nothing at all.",
     "ball", 3),
    ("Four moving balls, bouncing briskly, bound about from beginning to end, and nothing else bounds by.",
     "ball", 4),
    ("Findings: one walking dog, present from start to finish. No other object in the clip. Cause: none. All "
     "clear.",
     "dog", 1),
    ("Class: walking dog. Alignment: lawful good. Count: two walking dogs. Movement: walking, the whole clip long. "
     "Inventory: nothing else.",
     "dog", 2),
    ("Three walking dogs wander, wiggle and waddle the whole way from start to finish, with nothing else wandering "
     "with them.",
     "dog", 3),
    ("Incident report: four walking dogs in view from the start of the clip to the end. Nothing else present. All "
     "clear.",
     "dog", 4),
    ("Character sheet. Class: moving car. Count: two moving cars, present from start to finish. Special ability: "
     "being all there is; nothing else in the clip.",
     "car", 2),
    ("One lively cat, lithe and light, lasts the length of the clip, and nothing else at all.",
     "cat", 1),
    ("Observed throughout: three flying birds, present start to finish. No other object. Cause: none determined. "
     "All clear.",
     "bird", 3),
    ("Class: moving ball. Count: one moving ball. Alignment: true neutral. Movement: the whole clip, start to "
     "finish. Inventory: nothing else.",
     "ball", 1),
    ("Two walking dogs, dawdling and dallying, dally from start to finish, and nothing else dallies with them.",
     "dog", 2),
    ("Report: three moving cars, each present from the start of the clip to its end. Nothing else found. Cause: "
     "unknown. All clear.",
     "car", 3),
    ("Class: lively cat. Count: four lively cats. Alignment: chaotic good. Movement: prowling the whole clip. "
     "Inventory: nothing else.",
     "cat", 4),
    ("Two flying birds, fleet and fluttering, fly from the clip's start to its finish; no further figures, nothing "
     "else.",
     "bird", 2),
    ("Findings: four moving balls, present for the whole clip, start to end. Nothing else in view. All clear.",
     "ball", 4),
    ("Character sheet: three walking dogs. Alignment: neutral good. Movement: walking, beginning to end of the "
     "clip. Inventory: nothing else.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 and 0-19, in order.
_ATTRIBUTION = [
    ("A white cat and an orange dog, side by side, sit snugly, silently, steadily, start to finish. Say it three "
     "times fast.",
     "cat", "white", "dog", "orange"),
    ("Unit arrived on scene. Observed: a green bird beside an orange car, both in view from start to finish. Cause: "
     "none. All clear.",
     "bird", "green", "car", "orange"),
    ("Class: brown dog. Alignment: lawful good. Companion item: a red ball, resting beside it. Both present the "
     "whole clip.",
     "dog", "brown", "ball", "red"),
    ("A yellow car waits with a white bird; why would a white bird wait with a yellow car? Side by side, the whole "
     "clip.",
     "car", "yellow", "bird", "white"),
    ("On scene: a blue cat with a brown bird beside it, both visible from start to finish. Cause: undetermined. "
     "All clear.",
     "cat", "blue", "bird", "brown"),
    ("Class: black bird. Alignment: chaotic neutral. Familiar: an orange cat, side by side with it the whole clip.",
     "bird", "black", "cat", "orange"),
    ("Big black ball by a bold red dog, black ball, red dog, beside each other from beginning to end. Say it "
     "three times fast.",
     "ball", "black", "dog", "red"),
    ("Unit arrived on scene to find a brown bird next to an orange dog. Both present the whole clip. Cause: "
     "unknown. All clear.",
     "bird", "brown", "dog", "orange"),
    ("Class: purple car. Movement: parked. Companion item: a red ball beside it. Both in play from start to "
     "finish.",
     "ball", "red", "car", "purple"),
    ("Purple car, white bird, purple car, white bird: parked and perched side by side the whole clip.",
     "car", "purple", "bird", "white"),
    ("Observed on arrival: a blue cat and a white bird beside each other, both in view start to finish. All "
     "clear.",
     "cat", "blue", "bird", "white"),
    ("Class: yellow dog. Alignment: neutral good. Companion item: a green ball at its side. Both present the "
     "whole clip.",
     "dog", "yellow", "ball", "green"),
    ("A blue dog by an orange car, the blue dog beside the orange car, both there beginning to end. Say it three "
     "times fast.",
     "dog", "blue", "car", "orange"),
    ("Unit arrived on scene. Found: a purple ball beside a blue car, both present from the start of the clip to "
     "its end. Cause: none. All clear.",
     "ball", "purple", "car", "blue"),
    ("Class: green dog. Familiar: a black bird, beside it throughout. Alignment: chaotic good. Both in play start "
     "to finish.",
     "dog", "green", "bird", "black"),
    ("A purple ball by a black cat, a black cat by a purple ball: both beside each other, the whole clip long.",
     "ball", "purple", "cat", "black"),
    ("On scene: a black car with an orange bird beside it. Both in view for the whole clip. Cause: undetermined. "
     "All clear.",
     "car", "black", "bird", "orange"),
    ("Class: purple cat. Alignment: true neutral. Companion item: a black ball beside it. Both present from start "
     "to finish.",
     "ball", "black", "cat", "purple"),
    ("A pretty pink bird beside a big brown dog, both there from beginning to end; try it three times fast.",
     "bird", "pink", "dog", "brown"),
    ("Findings: a brown ball next to a blue dog, both present throughout the clip. Cause: none found. All clear.",
     "ball", "brown", "dog", "blue"),
    ("Class: pink dog. Alignment: lawful neutral. Companion item: a yellow ball, beside it the whole clip. Both in "
     "play.",
     "ball", "yellow", "dog", "pink"),
    ("A pink bird perches by a gray ball; by a gray ball perches a pink bird; both there beginning to end.",
     "bird", "pink", "ball", "gray"),
    ("Unit arrived on scene. Observed: a gray dog beside a purple car, both in view start to finish. Cause: "
     "unknown. All clear.",
     "dog", "gray", "car", "purple"),
    ("Class: green cat. Alignment: chaotic good. Companion item: a purple ball at its side. Both present the "
     "whole clip.",
     "cat", "green", "ball", "purple"),
    ("Gruff green dog, gray ball, gruff green dog, gray ball: together, side by side, the whole clip through.",
     "dog", "green", "ball", "gray"),
    ("On scene: a yellow ball with a pink bird beside it, both present from start to finish. All clear.",
     "ball", "yellow", "bird", "pink"),
    ("Class: pink cat. Familiar: a yellow dog, side by side with it. Alignment: neutral. Both in play start to "
     "finish.",
     "cat", "pink", "dog", "yellow"),
    ("A brown car beside a yellow ball, a yellow ball beside a brown car, both biding there from beginning to end.",
     "car", "brown", "ball", "yellow"),
    ("Findings: a brown car and a white dog beside it, both visible throughout the clip. Cause: not determined. "
     "All clear.",
     "car", "brown", "dog", "white"),
    ("Class: orange dog. Alignment: lawful good. Movement: none; sits beside a brown car. Both present from start "
     "to finish.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Unit arrived on scene. First half: no car present. Second half: a moving car appears and remains until the "
     "end. Cause: unknown. All clear.",
     "car"),
    ("Class: moving car. Special ability: absent for the first half of the clip; appears in the second half and "
     "stays to the end.",
     "car"),
    ("Not a car, not a car, not a car in the first half; then a moving car comes cruising in the second half and "
     "stays to the end. Say it three times fast.",
     "car"),
    ("No cat in the first half, no cat at all; in the second half a lively cat lands and lingers to the end.",
     "cat"),
    ("Observed: no cat during the first half. In the second half a lively cat appears and remains through the "
     "end. All clear.",
     "cat"),
    ("Class: lively cat. Special ability: unseen for the first half; appears in the second half and stays until "
     "the end.",
     "cat"),
    ("Report: the first half shows no bird. A flying bird appears in the second half and remains until the end. "
     "Cause: undetermined.",
     "bird"),
    ("Class: flying bird. Movement: arrives late; no bird in the first half, then a flying bird appears in the "
     "second half and stays to the end.",
     "bird"),
    ("No bird, no bird in the first half; then a flying bird flaps in for the second half and flutters on to the "
     "finish.",
     "bird"),
    ("Class: moving ball. Alignment: chaotic neutral. Special ability: no ball in the first half; a moving ball "
     "appears in the second half and stays until the end.",
     "ball"),
    ("Not a ball in the first half; but in the second half a moving ball bounces in, bobbing and bouncing to the "
     "very end.",
     "ball"),
    ("Unit arrived on scene. No ball in view during the first half. A moving ball appears in the second half and "
     "stays through the end. All clear.",
     "ball"),
    ("No dog in the first half, none, nope, nada; then a walking dog wanders in for the second half and waits "
     "there to the end.",
     "dog"),
    ("Findings: first half, no dog. Second half, a walking dog appears and remains to the end. Cause: unknown. All "
     "clear.",
     "dog"),
    ("Class: walking dog. Movement: enters late. Special ability: absent in the first half; a walking dog appears "
     "in the second half and stays to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car motors merrily through the first half, then in the second half no car, no car at all.",
     "car"),
    ("Unit arrived on scene. A moving car was present in the first half. In the second half, no car. Cause: "
     "departed. All clear.",
     "car"),
    ("Class: moving car. Special ability: vanishes. Present in the first half; no car in the second half.",
     "car"),
    ("Report: a lively cat present in the first half; in the second half no cat is present. Cause: unknown. All "
     "clear.",
     "cat"),
    ("Class: lively cat. Alignment: chaotic neutral. Movement: seen in the first half, gone in the second half, "
     "no cat there.",
     "cat"),
    ("A lively cat lollops about in the first half, then leaves; in the second half, no lively cat, no cat at "
     "all.",
     "cat"),
    ("Class: flying bird. Special ability: disappears. A flying bird is in view for the first half; no bird in the "
     "second half.",
     "bird"),
    ("A flying bird flits in the first half, then flies off, and the second half has no bird, no bird at all.",
     "bird"),
    ("Observed: a flying bird in the first half. Second half: no bird in view. Cause: flew off. All clear.",
     "bird"),
    ("A moving ball bobs and bounces in the first half; by the second half it's gone: no ball, no ball, no ball.",
     "ball"),
    ("Findings: a moving ball present in the first half; no ball in the second half. Cause: rolled away. All "
     "clear.",
     "ball"),
    ("Class: moving ball. Special ability: vanishing. In play in the first half; in the second half, no ball.",
     "ball"),
    ("Unit arrived on scene. A walking dog was present in the first half; in the second half no dog was found. "
     "All clear.",
     "dog"),
    ("Class: walking dog. Movement: walks off. Present in the first half; no dog in the second half.",
     "dog"),
    ("A walking dog wanders and wags in the first half, then wanders away; in the second half, no dog, no dog "
     "whatsoever.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Class: moving car. Alignment: lawful neutral. Movement: from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("A moving car motors from the right side of the frame to the left side, motoring merrily. Say it three "
     "times fast.",
     "car", LEFTWARD),
    ("Unit arrived on scene. Observed: a moving car travelling from the left side of the frame to the right "
     "side. Cause: none. All clear.",
     "car", RIGHTWARD),
    ("Class: moving car. Movement: from the right side of the frame to the left side. Special ability: never "
     "stops.",
     "car", LEFTWARD),
    ("A moving car cruises, cruises, cruises from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("On scene: a moving car heading from the right side of the frame to the left side. All clear.",
     "car", LEFTWARD),
    ("Report: a lively cat ran from the left side of the frame to the right side. Cause: unknown. All clear.",
     "cat", RIGHTWARD),
    ("Class: lively cat. Alignment: chaotic good. Movement: runs from the right side of the frame to the left "
     "side.",
     "cat", LEFTWARD),
    ("A lively cat leaps lightly from the left side of the frame to the right side, lickety-split.",
     "cat", RIGHTWARD),
    ("Unit arrived on scene. A lively cat was observed running from the right side of the frame to the left "
     "side. All clear.",
     "cat", LEFTWARD),
    ("Class: lively cat. Movement: from the left side of the frame to the right side. Special ability: lightning "
     "paws.",
     "cat", RIGHTWARD),
    ("A lively cat lopes, leaps and lands, from the right side of the frame to the left side. Say it three times "
     "fast.",
     "cat", LEFTWARD),
    ("A flying bird flaps and flutters from the left side of the frame to the right side, flapping fast.",
     "bird", RIGHTWARD),
    ("Observed: a flying bird crossing from the right side of the frame to the left side. Cause: none. All "
     "clear.",
     "bird", LEFTWARD),
    ("Class: flying bird. Alignment: neutral good. Movement: flies from the left side of the frame to the right "
     "side.",
     "bird", RIGHTWARD),
    ("A flying bird flits from the right side of the frame to the left side, flits and flits. Say it three times "
     "fast.",
     "bird", LEFTWARD),
    ("Unit arrived on scene: a flying bird moving from the left side of the frame to the right side. All clear.",
     "bird", RIGHTWARD),
    ("Class: flying bird. Movement: from the right side of the frame to the left side. Special ability: swift "
     "wings.",
     "bird", LEFTWARD),
    ("Findings: a moving ball rolled from the left side of the frame to the right side. Cause: unknown. All "
     "clear.",
     "ball", RIGHTWARD),
    ("Class: moving ball. Alignment: chaotic neutral. Movement: rolls from the right side of the frame to the left "
     "side.",
     "ball", LEFTWARD),
    ("A moving ball bounces, bounces, bounces from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Unit arrived on scene. A moving ball was rolling from the right side of the frame to the left side. All "
     "clear.",
     "ball", LEFTWARD),
    ("Class: moving ball. Movement: from the left side of the frame to the right side. Special ability: endless "
     "bounce.",
     "ball", RIGHTWARD),
    ("A moving ball bobs and bumps from the right side of the frame to the left side, bobbing and bumping. Try it "
     "three times fast.",
     "ball", LEFTWARD),
    ("A walking dog wanders, wags and walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("On scene: a walking dog going from the right side of the frame to the left side. Cause: none found. All "
     "clear.",
     "dog", LEFTWARD),
    ("Class: walking dog. Alignment: lawful good. Movement: walks from the left side of the frame to the right "
     "side.",
     "dog", RIGHTWARD),
    ("A walking dog wobbles and wanders from the right side of the frame to the left side. Say it three times "
     "fast.",
     "dog", LEFTWARD),
    ("Report: a walking dog observed walking from the left side of the frame to the right side. All clear.",
     "dog", RIGHTWARD),
    ("Class: walking dog. Movement: from the right side of the frame to the left side. Special ability: keen "
     "nose.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The car stays still while a bird, briskly beating, flies from the left of the car to the right of the car.",
     "bird", "car", RIGHTWARD),
    ("Unit arrived on scene. The bird stays still. A car drives from the right of the bird to the left of the "
     "bird. All clear.",
     "car", "bird", LEFTWARD),
    ("Class: bird. Movement: flies from the left of the cat to the right of the cat. The cat stays still.",
     "bird", "cat", RIGHTWARD),
    ("A car creeps from the right of the bird to the left of the bird, and the bird stays still. Say it three "
     "times fast.",
     "car", "bird", LEFTWARD),
    ("Observed: the dog stays still while a bird flies from the left of the dog to the right of the dog. Cause: "
     "none. All clear.",
     "bird", "dog", RIGHTWARD),
    ("Class: dog. Alignment: lawful good. Movement: walks from the right of the cat to the left of the cat. The "
     "cat stays still.",
     "dog", "cat", LEFTWARD),
    ("A ball bounces by a dog, from the left of the dog to the right of the dog, while the dog stays still.",
     "ball", "dog", RIGHTWARD),
    ("Unit arrived on scene. The cat stays still; a bird flies from the right of the cat to the left of the cat. "
     "All clear.",
     "bird", "cat", LEFTWARD),
    ("Class: car. Movement: drives from the left of the ball to the right of the ball. The ball stays still.",
     "car", "ball", RIGHTWARD),
    ("A cat creeps from the right of the bird to the left of the bird, and the bird stays still, stays still.",
     "cat", "bird", LEFTWARD),
    ("Findings: the car stays still. A dog walks from the left of the car to the right of the car. Cause: none. "
     "All clear.",
     "dog", "car", RIGHTWARD),
    ("Class: ball. Movement: rolls from the right of the bird to the left of the bird. Special ability: passes "
     "by while the bird stays still.",
     "ball", "bird", LEFTWARD),
    ("The dog stays still; a ball bobs and bounces from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("On scene: the cat stays still while a ball rolls from the right of the cat to the left of the cat. All "
     "clear.",
     "ball", "cat", LEFTWARD),
    ("Class: car. Alignment: neutral. Movement: from the left of the ball to the right of the ball, while the ball "
     "stays still.",
     "car", "ball", RIGHTWARD),
    ("The cat stays still; a bird flits and flutters from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Unit arrived on scene. The bird stays still. A dog walks from the left of the bird to the right of the bird. "
     "Cause: unknown. All clear.",
     "dog", "bird", RIGHTWARD),
    ("Class: dog. Movement: walks from the right of the cat to the left of the cat. The cat stays still "
     "throughout.",
     "dog", "cat", LEFTWARD),
    ("A ball bumbles and bounces from the left of the car to the right of the car; the car stays still.",
     "ball", "car", RIGHTWARD),
    ("Report: the cat stays still; a dog walks from the right of the cat to the left of the cat. All clear.",
     "dog", "cat", LEFTWARD),
    ("Class: bird. Alignment: chaotic good. Movement: flies from the left of the ball to the right of the ball. "
     "The ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("The ball stays still; a bird flaps from the right of the ball to the left of the ball, flapping fast. Say "
     "it three times fast.",
     "bird", "ball", LEFTWARD),
    ("Observed on arrival: the dog stays still while a bird flies from the left of the dog to the right of the "
     "dog. All clear.",
     "bird", "dog", RIGHTWARD),
    ("Class: bird. Movement: flies from the right of the car to the left of the car. The car stays still.",
     "bird", "car", LEFTWARD),
    ("A car cruises from the left of the cat to the right of the cat, and the cat stays still, calm and composed.",
     "car", "cat", RIGHTWARD),
    ("Unit arrived on scene. The ball stays still. A dog walks from the right of the ball to the left of the "
     "ball. All clear.",
     "dog", "ball", LEFTWARD),
    ("Class: cat. Movement: runs from the left of the ball to the right of the ball. The ball stays still.",
     "cat", "ball", RIGHTWARD),
    ("A dog dawdles, dawdles, dawdles from the right of the ball to the left of the ball, and the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ("Findings: the bird stays still; a cat runs from the left of the bird to the right of the bird. Cause: none. "
     "All clear.",
     "cat", "bird", RIGHTWARD),
    ("Class: dog. Alignment: lawful good. Movement: walks from the right of the car to the left of the car. The "
     "car stays still.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, a moving car motors from the lower left corner to the lower right corner, then to the "
     "upper right corner, motoring merrily.",
     "car", BL_BR_TR),
    ("Aerial report, seen from above: a moving car drove from the lower left corner to the upper left corner, "
     "then to the upper right corner. All clear.",
     "car", BL_TL_TR),
    ("Class: moving car. View: seen from above. Movement: from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "car", BR_BL_TL),
    ("Seen from above, a moving car cruises from the lower right corner to the upper right corner, then cruises "
     "on to the upper left corner. Say it three times fast.",
     "car", BR_TR_TL),
    ("Observed from above: a lively cat ran from the lower left corner to the lower right corner, then to the "
     "upper right corner. Cause: none. All clear.",
     "cat", BL_BR_TR),
    ("Class: lively cat. Alignment: chaotic good. Movement, seen from above: lower left corner, then upper left "
     "corner, then upper right corner.",
     "cat", BL_TL_TR),
    ("Seen from above, a lively cat leaps from the lower right corner to the lower left corner, then lopes to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ("Unit arrived on scene. Seen from above: a lively cat running from the lower right corner to the upper right "
     "corner, then to the upper left corner. All clear.",
     "cat", BR_TR_TL),
    ("Class: flying bird. View: from above. Movement: flies from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Seen from above, a flying bird flits from the lower left corner to the upper left corner, then flutters to "
     "the upper right corner.",
     "bird", BL_TL_TR),
    ("Report, view from above: a flying bird flew from the lower right corner to the lower left corner, then to "
     "the upper left corner. Cause: unknown.",
     "bird", BR_BL_TL),
    ("Class: flying bird. Movement, seen from above: from the lower right corner to the upper right corner, then "
     "to the upper left corner. Special ability: flight.",
     "bird", BR_TR_TL),
    ("Findings from above: a moving ball rolled from the lower left corner to the lower right corner, then to the "
     "upper right corner. All clear.",
     "ball", BL_BR_TR),
    ("Class: moving ball. View: seen from above. Movement: rolls from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Seen from above, a moving ball bobs from the lower right corner to the lower left corner, then bounces to "
     "the upper left corner. Say it three times fast.",
     "ball", BR_BL_TL),
    ("Unit arrived on scene. From above: a moving ball rolling from the lower right corner to the upper right "
     "corner, then to the upper left corner. All clear.",
     "ball", BR_TR_TL),
    ("Seen from above, a walking dog wanders from the lower left corner to the lower right corner, then wanders "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("Observed from above: a walking dog walked from the lower left corner to the upper left corner, then to the "
     "upper right corner. Cause: none. All clear.",
     "dog", BL_TL_TR),
    ("Class: walking dog. Alignment: lawful good. Movement, seen from above: lower right corner to lower left "
     "corner, then to upper left corner.",
     "dog", BR_BL_TL),
    ("Seen from above, a walking dog waddles from the lower right corner to the upper right corner, then waddles "
     "to the upper left corner. Say it three times fast.",
     "dog", BR_TR_TL),
    ("Class: moving car. Movement, seen from above: from the lower left corner to the lower right corner, then to "
     "the upper right corner. Special ability: never stalls.",
     "car", BL_BR_TR),
    ("Seen from above, a lively cat lands in the lower left corner, leaps to the upper left corner, then lopes "
     "to the upper right corner.",
     "cat", BL_TL_TR),
    ("Aerial findings, from above: a flying bird flew from the lower right corner to the lower left corner, then "
     "to the upper left corner. All clear.",
     "bird", BR_BL_TL),
    ("Class: moving ball. Movement, seen from above: from the lower right corner to the upper right corner, then "
     "to the upper left corner. Alignment: true neutral.",
     "ball", BR_TR_TL),
    ("Unit arrived on scene. Seen from above: a walking dog going from the lower left corner to the lower right "
     "corner, then to the upper right corner. All clear.",
     "dog", BL_BR_TR),
    ("Seen from above, a moving car motors from the lower left corner to the upper left corner, then motors on to "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("Report, seen from above: a lively cat ran from the lower right corner to the lower left corner, then to the "
     "upper left corner. Cause: none. All clear.",
     "cat", BR_BL_TL),
    ("Seen from above, a flying bird flaps from the lower right corner to the upper right corner, then flutters "
     "to the upper left corner.",
     "bird", BR_TR_TL),
    ("Class: moving ball. View: from above. Movement: from the lower left corner to the lower right corner, then "
     "to the upper right corner. Special ability: endless roll.",
     "ball", BL_BR_TR),
    ("Class: walking dog. Movement, seen from above: from the lower left corner to the upper left corner, then to "
     "the upper right corner. Inventory: none.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
