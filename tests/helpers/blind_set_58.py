"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a referee's match report ("Referee's report.", "Kick-off: ...", "Half-time: ...", "Full-time: ...",
  "No incidents."), where the referee, the match and any game are never in the video, kick-off and
  full-time are the clip's start and end, and half-time is its halfway mark;
- a mission-control transcript ("CAPCOM:", "FLIGHT:", "Copy that.", "Go/no-go", "roll clip"), where
  the controllers, their consoles and any launch are never in the video, and each call-out confirms a
  plain fact about the clip;
- an escape-room clue card ("CLUE CARD.", "HINT:", "Study the clip ...", "... is your code"), where
  the players, the room and its locks are never in the video, and the clue states what the clip shows.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the transcripts never count down in them). No voice uses a
colour word for its own props. A relation names its second object at both ends and says that object
stays still. It takes LVD's next draws: attribution pairs 80-99 then 0-9, and two-object relations
20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: not yet measured.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Referee's report. Kick-off: one moving car in the frame. Full-time: the same moving car, still in the frame. "
     "Nothing else took part. No incidents.",
     "car", 1),
    ("Mission control, clip check. CAPCOM: confirm the frame holds two moving cars from the start of the clip. FLIGHT: "
     "Confirmed, and they're still there at the end. Nothing else in the frame.",
     "car", 2),
    ("CLUE CARD. Study the clip: three moving cars stay in the frame from start to finish, and nothing else is ever in "
     "it. The number of cars is your code.",
     "car", 3),
    ("Match report from the referee: four moving cars were in the frame at kick-off and all of them remained at "
     "full-time. Nothing else entered.",
     "car", 4),
    ("FLIGHT: Go/no-go on the clip? CAPCOM: Go. We show one lively cat in the frame, start to end, and nothing else.",
     "cat", 1),
    ("Your next clue: two lively cats. They're in the clip from the very start to the very end. Nothing else appears. "
     "Write down how many cats you saw.",
     "cat", 2),
    ("Referee's notes. Three lively cats on from kick-off to full-time. No substitutions, nothing else in the frame.",
     "cat", 3),
    ("Control, this is the clip desk. Four lively cats in the frame when we roll clip and still at the end, no other "
     "object anywhere. Copy.",
     "cat", 4),
    ("CLUE: Keep your eyes on the clip. A single flying bird is there throughout, and nothing else ever is.",
     "bird", 1),
    ("Referee's report. Two flying birds present at kick-off, both still present at full-time. Nothing else in the "
     "frame to report.",
     "bird", 2),
    ("CAPCOM, clip status? FLIGHT, we have three flying birds in the frame for the whole clip. Nothing else on screen. "
     "Copy that.",
     "bird", 3),
    ("Escape-room clue card. Four flying birds fill the clip from start to end; there is nothing else in it. Count the "
     "birds to find the code.",
     "bird", 4),
    ("Match report: one moving ball, in the frame from kick-off to full-time. Nothing else in the frame all match.",
     "ball", 1),
    ("Mission control transcript. FLIGHT: What's in the frame? CAPCOM: Two moving balls, Flight, from the start of the "
     "clip to the end. Nothing else.",
     "ball", 2),
    ("HINT: The clip shows three moving balls the whole way through, and nothing besides them. How many balls? That's "
     "the code.",
     "ball", 3),
    ("Referee's report. Kick-off: four moving balls in the frame. Half-time: still four. Full-time: still four. Nothing "
     "else.",
     "ball", 4),
    ("CAPCOM: Flight, confirm one walking dog in the frame. FLIGHT: Confirmed, one walking dog from start to end, and "
     "nothing else. Copy.",
     "dog", 1),
    ("Clue card: two walking dogs are in the clip from its first moment to its last. Nothing else shows up. Count the "
     "dogs.",
     "dog", 2),
    ("The referee reports three walking dogs in the frame for the whole match, start to finish, and nothing else in it.",
     "dog", 3),
    ("Control, clip check complete: four walking dogs in the frame throughout, no other object. All stations report go.",
     "dog", 4),
    ("CLUE: Look closely. One moving car, in the clip from start to end. Nothing else. That's all you need.",
     "car", 1),
    ("Referee's notes, full match: four lively cats in the frame from start to end, nothing else in it. Clean match.",
     "cat", 4),
    ("FLIGHT: Status of the frame? CAPCOM: Two flying birds, in view from the start of the clip to its end. Nothing "
     "else in view.",
     "bird", 2),
    ("Clue card. Watch for one moving ball. It stays in the clip from start to end, and nothing else appears.",
     "ball", 1),
    ("Referee's report. Two walking dogs at kick-off, the same two walking dogs at full-time. Nothing else in the frame.",
     "dog", 2),
    ("Mission control. Three moving cars in the frame at roll clip. Three moving cars in the frame at the end. Nothing "
     "else. Copy, all good.",
     "car", 3),
    ("HINT: The clip holds one lively cat from beginning to end and nothing else at all.",
     "cat", 1),
    ("Match report: three flying birds were in the frame from kick-off to full-time. Nothing else entered the frame.",
     "bird", 3),
    ("CAPCOM to Flight: four moving balls in the frame, start to end, and nothing else. Flight copies.",
     "ball", 4),
    ("Your clue card reads: four walking dogs, in the clip the whole time, and nothing else. The code is how many dogs.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 then 0-9, in order.
_ATTRIBUTION = [
    ("Referee's report. A purple bird and a red dog were side by side in the frame from kick-off to full-time.",
     "bird", "purple", "dog", "red"),
    ("CAPCOM: Flight, we have a red dog and a yellow car next to each other in the frame. FLIGHT: Copy, for the whole "
     "clip.",
     "dog", "red", "car", "yellow"),
    ("CLUE CARD. An orange dog stands beside a brown car all through the clip. Remember both colours.",
     "dog", "orange", "car", "brown"),
    ("Match report: a gray cat and an orange dog, next to each other, present for the full match. No incidents.",
     "cat", "gray", "dog", "orange"),
    ("FLIGHT: What do we see? CAPCOM: A green ball, and beside it a pink dog. Both in the frame start to end.",
     "ball", "green", "dog", "pink"),
    ("HINT: A white dog and a pink bird share the clip, side by side, from its first moment to its last.",
     "dog", "white", "bird", "pink"),
    ("Referee's notes. Kick-off: a purple car with a gray ball beside it. Full-time: both still there, unmoved from "
     "each other's side.",
     "car", "purple", "ball", "gray"),
    ("Mission control transcript. A yellow dog and a brown cat, next to one another, in the frame for the whole clip. "
     "Copy that.",
     "dog", "yellow", "cat", "brown"),
    ("Your clue: a brown ball lies next to a green cat. They stay together in the clip from start to end.",
     "ball", "brown", "cat", "green"),
    ("Referee's report. A brown cat and an orange car, side by side, on from kick-off till full-time. Nothing to add.",
     "cat", "brown", "car", "orange"),
    ("CAPCOM, confirm the pair in frame. A white cat and an orange dog, Flight, side by side the whole clip.",
     "cat", "white", "dog", "orange"),
    ("CLUE CARD. Study the clip: a green bird beside an orange car, both there the whole time.",
     "bird", "green", "car", "orange"),
    ("Match report. Present throughout, next to each other: a brown dog and a red ball. No incidents to report.",
     "dog", "brown", "ball", "red"),
    ("FLIGHT: Go/no-go on the frame? CAPCOM: Go. A yellow car with a white bird beside it, start to end.",
     "car", "yellow", "bird", "white"),
    ("HINT: Look for a blue cat and a brown bird. They sit next to each other in the clip from beginning to end.",
     "cat", "blue", "bird", "brown"),
    ("Referee's notes. A black bird and an orange cat stayed side by side in the frame for the whole match.",
     "bird", "black", "cat", "orange"),
    ("Mission control. We have a black ball and a red dog, right next to each other, for the whole clip. Copy.",
     "ball", "black", "dog", "red"),
    ("Your next clue card: a brown bird and an orange dog, side by side, never leaving the clip.",
     "bird", "brown", "dog", "orange"),
    ("Referee's report. Kick-off to full-time: a red ball beside a purple car. Both present throughout.",
     "ball", "red", "car", "purple"),
    ("CAPCOM: Flight, a purple car and a white bird in the frame, next to each other. FLIGHT: Copy, start to end.",
     "car", "purple", "bird", "white"),
    ("CLUE: A blue cat and a white bird stand side by side all through the clip. The colours matter.",
     "cat", "blue", "bird", "white"),
    ("Match report. A yellow dog next to a green ball, both in the frame from kick-off to full-time.",
     "dog", "yellow", "ball", "green"),
    ("FLIGHT: Report the frame. CAPCOM: A blue dog beside an orange car, Flight. Steady for the whole clip.",
     "dog", "blue", "car", "orange"),
    ("HINT: The clip shows a purple ball and a blue car, next to each other, from start to end.",
     "ball", "purple", "car", "blue"),
    ("Referee's notes. A green dog and a black bird, side by side in the frame, the full match long.",
     "dog", "green", "bird", "black"),
    ("Mission control transcript. A purple ball next to a black cat. Both in the frame the whole clip. Copy that.",
     "ball", "purple", "cat", "black"),
    ("CLUE CARD. Note the pair: a black car with an orange bird beside it, together from start to end.",
     "car", "black", "bird", "orange"),
    ("Referee's report. A black ball and a purple cat were next to each other from kick-off to full-time.",
     "ball", "black", "cat", "purple"),
    ("CAPCOM: Confirm, a pink bird and a brown dog side by side in the frame. FLIGHT: Confirmed, the whole clip.",
     "bird", "pink", "dog", "brown"),
    ("Your clue: a brown ball and a blue dog stay next to one another in the clip, first moment to last.",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Referee's report. First half: no car in the frame. At half-time a moving car came on, and it stayed for the "
     "whole second half.",
     "car"),
    ("CAPCOM: Flight, no car in the frame for the first half of the clip. FLIGHT: Copy. CAPCOM: A moving car comes in "
     "for the second half and stays.",
     "car"),
    ("CLUE CARD. For the first half of the clip there is no car. In the second half a moving car appears and stays "
     "to the end.",
     "car"),
    ("Match report. No cat during the first half. A lively cat entered at half-time and was still present at full-time.",
     "cat"),
    ("FLIGHT: First-half status? CAPCOM: No cat in the frame. Second half, a lively cat shows up and stays. Copy.",
     "cat"),
    ("HINT: Watch the halves. In the first half, no cat. In the second half, a lively cat is there.",
     "cat"),
    ("Referee's notes. The first half passed with no bird in the frame. A flying bird came on for the second half "
     "and stayed.",
     "bird"),
    ("Mission control. First half of the clip: no bird. Second half: a flying bird enters the frame and remains. Copy "
     "that.",
     "bird"),
    ("Your clue: the first half of the clip has no bird at all; a flying bird arrives in the second half and stays.",
     "bird"),
    ("Referee's report. Kick-off: no ball in the frame. Half-time: a moving ball comes on. It stays until full-time.",
     "ball"),
    ("CAPCOM: Confirm no ball in the first half. FLIGHT: Confirmed. A moving ball appears in the second half and "
     "stays.",
     "ball"),
    ("CLUE: There's no ball in the first half of the clip. Then, in the second half, a moving ball appears.",
     "ball"),
    ("Match report. First half: no dog. Second half: a walking dog came on and stayed until the end.",
     "dog"),
    ("FLIGHT: Any dog in the first half? CAPCOM: Negative, no dog. A walking dog enters at the midpoint and stays "
     "for the second half.",
     "dog"),
    ("HINT: The first half of the clip shows no dog. A walking dog appears in the second half and stays there.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Referee's report. A moving car was in the frame for the first half. It left at half-time; no car in the second "
     "half.",
     "car"),
    ("CAPCOM: A moving car in the frame for the first half, Flight. FLIGHT: And the second half? CAPCOM: No car. It's "
     "gone.",
     "car"),
    ("CLUE CARD. A moving car is in the first half of the clip. In the second half there is no car.",
     "car"),
    ("Match report. A lively cat was present throughout the first half. Second half: no cat in the frame.",
     "cat"),
    ("Mission control. First half: a lively cat in the frame. Second half: no cat. Copy that.",
     "cat"),
    ("HINT: A lively cat is there for the first half of the clip, then it's gone. No cat in the second half.",
     "cat"),
    ("Referee's notes. Kick-off: a flying bird in the frame. At half-time it left, and there was no bird in the "
     "second half.",
     "bird"),
    ("FLIGHT: Bird status? CAPCOM: A flying bird for the first half, Flight, then none. No bird in the second half.",
     "bird"),
    ("Your clue: a flying bird is in the first half of the clip only. In the second half, no bird.",
     "bird"),
    ("Referee's report. A moving ball in the frame for the first half. At half-time it went off. No ball in the "
     "second half.",
     "ball"),
    ("CAPCOM: Flight, we have a moving ball in the first half. FLIGHT: Copy. CAPCOM: Second half, no ball in the "
     "frame.",
     "ball"),
    ("CLUE: A moving ball is in the clip during the first half and gone during the second half.",
     "ball"),
    ("Match report. A walking dog was in the frame in the first half. It left at half-time. No dog in the second half.",
     "dog"),
    ("Mission control transcript. A walking dog in the frame for the first half of the clip; no dog for the second "
     "half. Copy.",
     "dog"),
    ("HINT: In the first half you'll see a walking dog. In the second half there's no dog at all.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Referee's report. Kick-off: a moving car on the left side of the frame. Full-time: the car on the right side.",
     "car", RIGHTWARD),
    ("CAPCOM: A moving car, Flight, starting on the right side of the frame. FLIGHT: Copy. CAPCOM: It ends on the left "
     "side.",
     "car", LEFTWARD),
    ("CLUE CARD. A moving car drives across the clip from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("Match report. A moving car began on the right side of the frame and finished on the left side.",
     "car", LEFTWARD),
    ("Mission control. A moving car moves from the left side of the frame to the right side. Copy that.",
     "car", RIGHTWARD),
    ("HINT: Follow the moving car. It starts on the right side of the frame and ends on the left side.",
     "car", LEFTWARD),
    ("Referee's notes. A lively cat ran from the left side of the frame to the right side over the match.",
     "cat", RIGHTWARD),
    ("FLIGHT: Track the cat. CAPCOM: Lively cat, right side of the frame at the start, left side at the end.",
     "cat", LEFTWARD),
    ("Your clue: a lively cat starts on the left side of the frame and crosses to the right side.",
     "cat", RIGHTWARD),
    ("Referee's report. A lively cat went from the right side of the frame across to the left side.",
     "cat", LEFTWARD),
    ("CAPCOM: Lively cat on the left side of the frame at roll clip, Flight. It finishes on the right side.",
     "cat", RIGHTWARD),
    ("CLUE: A lively cat walks from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Match report. A flying bird crossed from the left side of the frame to the right side between kick-off and "
     "full-time.",
     "bird", RIGHTWARD),
    ("Mission control. A flying bird crosses the frame from the right side to the left side. Copy.",
     "bird", LEFTWARD),
    ("HINT: A flying bird begins on the left side of the frame and ends on the right side.",
     "bird", RIGHTWARD),
    ("Referee's notes. Kick-off: a flying bird on the right side of the frame. Full-time: on the left side.",
     "bird", LEFTWARD),
    ("FLIGHT: Bird's track? CAPCOM: From the left side of the frame to the right side, Flight. A flying bird.",
     "bird", RIGHTWARD),
    ("CLUE CARD. A flying bird starts on the right side of the frame and flies to the left side.",
     "bird", LEFTWARD),
    ("Referee's report. A moving ball rolled from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("CAPCOM: Moving ball, right side of the frame at the start. FLIGHT: Copy. CAPCOM: Left side at the end.",
     "ball", LEFTWARD),
    ("Your clue: a moving ball rolls across the clip, from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Match report. A moving ball began on the right side of the frame and ended on the left side.",
     "ball", LEFTWARD),
    ("Mission control transcript. A moving ball starts on the left side of the frame and ends on the right side.",
     "ball", RIGHTWARD),
    ("HINT: Watch the moving ball roll from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Referee's notes. A walking dog walked from the left side of the frame to the right side. No incidents.",
     "dog", RIGHTWARD),
    ("FLIGHT: Dog's path? CAPCOM: Walking dog, right side of the frame to the left side, Flight.",
     "dog", LEFTWARD),
    ("CLUE: A walking dog sets off on the left side of the frame and ends on the right side.",
     "dog", RIGHTWARD),
    ("Referee's report. Kick-off: a walking dog on the right side of the frame. Full-time: it's on the left side.",
     "dog", LEFTWARD),
    ("CAPCOM: A walking dog moves from the left side of the frame to the right side. Flight copies.",
     "dog", RIGHTWARD),
    ("CLUE CARD. A walking dog crosses the clip from the right side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Referee's report. The ball stayed still all match. A bird went from the left of the ball to the right of the "
     "ball.",
     "bird", "ball", RIGHTWARD),
    ("CAPCOM: The ball holds still, Flight. A bird flies from the right of the ball to the left of the ball. Copy.",
     "bird", "ball", LEFTWARD),
    ("CLUE CARD. A dog stays still. A bird moves from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Match report. The car never moved. A bird crossed from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("FLIGHT: Report. CAPCOM: The cat is stationary. A car moves from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("HINT: The ball doesn't move. A dog goes from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Referee's notes. A ball stayed in place throughout. A cat went from the left of the ball to the right of the "
     "ball.",
     "cat", "ball", RIGHTWARD),
    ("Mission control. The ball stays put. A dog moves from the right of the ball to the left of the ball. Copy that.",
     "dog", "ball", LEFTWARD),
    ("Your clue: a bird stays where it is while a cat moves from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Referee's report. The car remained still. A dog walked from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("CAPCOM: Ball stationary, Flight. A bird moves from the left of the ball to the right of the ball. FLIGHT: Copy.",
     "bird", "ball", RIGHTWARD),
    ("CLUE: The ball stays still. A bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Match report. A ball sat still the whole match while a car drove from the left of the ball to the right of the "
     "ball.",
     "car", "ball", RIGHTWARD),
    ("FLIGHT: What moves? CAPCOM: A bird, from the right of the dog to the left of the dog. The dog stays still.",
     "bird", "dog", LEFTWARD),
    ("HINT: A car stays put. A dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Referee's notes. The ball did not move. A bird flew from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Mission control. The cat holds still. A dog moves from the left of the cat to the right of the cat. Copy.",
     "dog", "cat", RIGHTWARD),
    ("Your clue card: the car stays still, and a dog goes from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("Referee's report. A dog stood still throughout. A cat went from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("CAPCOM: Flight, the ball is stationary. A cat moves from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("CLUE CARD. The dog never moves. A cat walks from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("Match report. The dog held its position. A ball rolled from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("FLIGHT: Status? CAPCOM: The bird stays still. A dog moves from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("HINT: A cat stays still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Referee's notes. The bird stayed put. A cat went from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Mission control transcript. The cat stays still. A bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Your clue: the cat doesn't move; a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Referee's report. A dog stayed still. A bird crossed from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("CAPCOM: Cat stationary. A dog moves from the left of the cat to the right of the cat. FLIGHT: Copy that.",
     "dog", "cat", RIGHTWARD),
    ("CLUE: The car stays still. A bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Referee's report, camera directly overhead. Kick-off: a moving car in the lower left corner. Half-time: the lower "
     "right corner. Full-time: the upper right corner.",
     "car", BL_BR_TR),
    ("CAPCOM: Top-down view, Flight. A moving car starts in the lower left corner, moves to the upper left corner, "
     "then to the upper right corner.",
     "car", BL_TL_TR),
    ("CLUE CARD. Seen from straight above, a moving car goes from the lower right corner to the lower left corner, and "
     "then to the upper left corner.",
     "car", BR_BL_TL),
    ("Match report, viewed from above. A moving car started in the lower right corner, went to the upper right corner, "
     "and finished in the upper left corner.",
     "car", BR_TR_TL),
    ("FLIGHT: Overhead view, track the cat. CAPCOM: Lively cat in the lower left corner, then the lower right corner, "
     "then the upper right corner.",
     "cat", BL_BR_TR),
    ("HINT: Looking down from above, a lively cat moves from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "cat", BL_TL_TR),
    ("Referee's notes, top-down view. A lively cat began in the lower right corner, moved to the lower left corner, "
     "and ended in the upper left corner.",
     "cat", BR_BL_TL),
    ("Mission control, camera overhead. A lively cat goes from the lower right corner to the upper right corner, then "
     "to the upper left corner. Copy.",
     "cat", BR_TR_TL),
    ("Your clue, seen from directly above: a flying bird starts in the lower left corner, flies to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Referee's report, overhead camera. Kick-off: a flying bird in the lower left corner. Half-time: the upper left "
     "corner. Full-time: the upper right corner.",
     "bird", BL_TL_TR),
    ("CAPCOM: Top-down, Flight. Flying bird in the lower right corner, over to the lower left corner, then up to the "
     "upper left corner.",
     "bird", BR_BL_TL),
    ("CLUE: From straight above, a flying bird goes from the lower right corner to the upper right corner, then to the "
     "upper left corner.",
     "bird", BR_TR_TL),
    ("Match report, viewed from above. A moving ball rolled from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("FLIGHT: Ball track, overhead view? CAPCOM: Lower left corner first, then the upper left corner, then the upper "
     "right corner. A moving ball.",
     "ball", BL_TL_TR),
    ("HINT: Seen from directly above, a moving ball goes from the lower right corner to the lower left corner and "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Referee's notes, top-down view. A moving ball started in the lower right corner, rolled to the upper right "
     "corner, and stopped in the upper left corner.",
     "ball", BR_TR_TL),
    ("Mission control, view from straight above. A walking dog moves from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Your clue card, seen from overhead: a walking dog goes from the lower left corner to the upper left corner, then "
     "on to the upper right corner.",
     "dog", BL_TL_TR),
    ("Referee's report, camera directly above. Kick-off: a walking dog in the lower right corner. Half-time: the lower "
     "left corner. Full-time: the upper left corner.",
     "dog", BR_BL_TL),
    ("CAPCOM: Overhead view. A walking dog starts in the lower right corner, goes to the upper right corner, and ends "
     "in the upper left corner. FLIGHT: Copy.",
     "dog", BR_TR_TL),
    ("CLUE CARD. Looking straight down, a moving car drives from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "car", BL_BR_TR),
    ("Match report, top-down view. A moving car went from the lower left corner to the upper left corner, then to the "
     "upper right corner.",
     "car", BL_TL_TR),
    ("FLIGHT: Cat's path from overhead? CAPCOM: Lower right corner, then the lower left corner, then the upper left "
     "corner. One lively cat.",
     "cat", BR_BL_TL),
    ("HINT: Seen from above, a lively cat walks from the lower right corner to the upper right corner and on to the "
     "upper left corner.",
     "cat", BR_TR_TL),
    ("Referee's notes, viewed from straight above. A flying bird went from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Mission control, top-down view. A flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. Copy that.",
     "bird", BL_TL_TR),
    ("Your clue, seen from directly overhead: a moving ball rolls from the lower right corner to the lower left "
     "corner, then up to the upper left corner.",
     "ball", BR_BL_TL),
    ("Referee's report, overhead camera. Kick-off: a moving ball in the lower right corner. Half-time: the upper right "
     "corner. Full-time: the upper left corner.",
     "ball", BR_TR_TL),
    ("CAPCOM: Top-down view, Flight. A walking dog in the lower left corner, then the lower right corner, then the "
     "upper right corner.",
     "dog", BL_BR_TR),
    ("CLUE: From straight above, a walking dog goes from the lower left corner to the upper left corner, and then to "
     "the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
