"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a fairy-tale storyteller ("Once upon a time", "Long ago", "and so it was that"), where the teller and
  the listeners are never in the video, and the tale is only ever about the clip's own objects;
- an astronaut's video diary from orbit ("another evening up here", "Diary from orbit", "the view from
  the cupola"), where the astronaut, the station and the planet below are never in the video, and the
  day is never given as a number;
- a home-inspection report ("Item:", "Observed:", "Recommendation:"), where the inspector and the house
  are never in the video, the report inspects only the clip, and its items are never numbered.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the tale counts nothing but the clip's objects, the diary
gives no day or orbit number, the report numbers no items). No voice uses a colour word for its own
props, and no idiom hides a class noun or a side. A relation names its second object at both ends and
says that object stays still; a route is seen from above and names its corners "lower" and "upper",
now and then "bottom" and "top", as people say both. It takes LVD's attribution pairs 90-99 then 0-19,
and two-object relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 162/180 on 5e4a56a (numeracy 26, visibility 27, dynamic_one 27, dynamic_two 27, sequential 25,
attribution 30); 163/180 on 4719d40, with every other planner fix of its session but its own (visibility 28); 180/180
after the fixes of its own commit ("from orbit" a place, not a circling; an inspector's "Observed:" with nothing
expected the scene, and an "Item:" heading named again one thing; a tale's "Once upon a time", "Long ago and far away",
"And so it was, ..., that" and "so it stayed for the first half"; "left the lower right corner" as setting off from it;
"Watching a bird fly from ...").
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Once upon a time there was one moving car, all alone, and from the beginning of the clip to its end it stayed "
     "in view. Nothing else was ever there.",
     "car", 1),
    ("Video diary, another evening up here. The clip I keep replaying shows two moving cars, in the frame from start "
     "to finish, and nothing else at all.",
     "car", 2),
    ("Item: clip contents. Observed: three moving cars, present in the frame for the full duration; nothing else "
     "observed. Recommendation: no action needed.",
     "car", 3),
    ("In a faraway kingdom lived four moving cars, and they stayed in the frame from the beginning of the clip to the "
     "end, with nothing else beside them.",
     "car", 4),
    ("Diary entry from orbit: the clip for tonight holds one lively cat, alone in the frame the whole way through, "
     "and nothing else.",
     "cat", 1),
    ("Finding: two lively cats occupy the frame from start to end, and nothing else is present. Condition: "
     "acceptable; no action recommended.",
     "cat", 2),
    ("Once upon a time, three lively cats played in the frame from the very start of the clip, and they were still "
     "there at its end. Nothing else ever joined them.",
     "cat", 3),
    ("Quick diary entry before lights-out up here. Tonight's clip: four lively cats, in the frame from start to "
     "finish. That's all that's in it.",
     "cat", 4),
    ("Item: subject count. Observed: one flying bird, visible throughout the clip. Nothing else in the frame. "
     "Recommendation: none.",
     "bird", 1),
    ("Long ago and far away, two flying birds stayed in the frame from the start of the clip to the end, and nothing "
     "else was ever seen there.",
     "bird", 2),
    ("From orbit, a note for the diary: the clip shows three flying birds, in view from start to finish, with nothing "
     "else in the frame.",
     "bird", 3),
    ("Observed: four flying birds, all in the frame for the entire clip. Nothing else observed. Recommendation: "
     "satisfactory; no further review required.",
     "bird", 4),
    ("Once upon a time there was one moving ball, and it was in the frame from the start of the clip to the end, and "
     "nothing else ever was.",
     "ball", 1),
    ("Diary, late shift up here. Watching a clip of two moving balls, in the frame from beginning to end. Nothing "
     "else in it.",
     "ball", 2),
    ("Item: frame contents. Observed: three moving balls, in view from start to finish. No other objects. "
     "Recommendation: accept.",
     "ball", 3),
    ("And so it was that four moving balls stayed in the frame all through the clip, from its beginning to its end, "
     "and nothing else came near.",
     "ball", 4),
    ("Another day up here, and the clip I asked for came up: one walking dog, in the frame from start to finish, "
     "nothing else around it.",
     "dog", 1),
    ("Item: occupants of the frame. Observed: two walking dogs, present for the full clip. Nothing else found. "
     "Recommendation: none at this time.",
     "dog", 2),
    ("Once upon a time, three walking dogs were in the frame from the beginning of the clip to its end, and nothing "
     "else was there with them. And they lived happily ever after.",
     "dog", 3),
    ("Diary entry from orbit. The clip: four walking dogs, in the frame the whole time, start to finish, and nothing "
     "else.",
     "dog", 4),
    ("Inspection summary: one moving car, in the frame throughout the clip, with nothing else present. No "
     "deficiencies noted.",
     "car", 1),
    ("There were once two lively cats who stayed in the frame from the beginning of the clip to the end, and nothing "
     "else ever came to visit them.",
     "cat", 2),
    ("Tonight's entry is short: one flying bird, alone in the frame from start to finish, and nothing else in the "
     "clip.",
     "bird", 1),
    ("Item: clip inspection. Observed: four moving balls in the frame for the full duration. No other items observed. "
     "Recommendation: approve.",
     "ball", 4),
    ("Once upon a time there lived one walking dog, and from the beginning of the clip to its end it was in the "
     "frame, with nothing else beside it.",
     "dog", 1),
    ("Diary, another orbit done. The clip shows three moving cars, and they stay in the frame from beginning to end. "
     "Nothing else.",
     "car", 3),
    ("Item: frame occupancy. Four lively cats were found in the frame from start to finish, and nothing else was in "
     "view. Status: satisfactory.",
     "cat", 4),
    ("And so it was that three flying birds kept to the frame from the start of the clip to its end, and nothing else "
     "was ever in the picture.",
     "bird", 3),
    ("Short diary entry from up here: one moving ball in the frame, start to finish, and nothing else in the clip.",
     "ball", 1),
    ("Item: subject count. Observed: four walking dogs, visible for the whole clip; nothing else in the frame. "
     "Recommendation: acceptable as observed.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("Once upon a time a white cat and an orange dog sat side by side, and they stayed in the frame from the start of "
     "the clip to the end.",
     "cat", "white", "dog", "orange"),
    ("Diary from orbit: the clip I'm watching has a green bird perched beside an orange car, both in the frame the "
     "whole time.",
     "bird", "green", "car", "orange"),
    ("Item: subjects. Observed: a brown dog next to a red ball, both in the frame throughout. Recommendation: none.",
     "dog", "brown", "ball", "red"),
    ("And so it was that a yellow car and a white bird rested side by side in the frame for the whole clip.",
     "car", "yellow", "bird", "white"),
    ("Another evening up here. Tonight's clip: a blue cat beside a brown bird, both in view from start to finish.",
     "cat", "blue", "bird", "brown"),
    ("Inspector's note: a black bird and an orange cat were found side by side, and both remained in the frame for "
     "the entire clip. No deficiencies.",
     "bird", "black", "cat", "orange"),
    ("Once upon a time a red dog lay beside a black ball, and both stayed in the frame from beginning to end.",
     "ball", "black", "dog", "red"),
    ("From orbit, a short note: the clip shows a brown bird and an orange dog together in the frame the whole way "
     "through.",
     "bird", "brown", "dog", "orange"),
    ("Item: frame contents. Observed: a red ball resting beside a purple car; both present start to finish. "
     "Recommendation: no action.",
     "ball", "red", "car", "purple"),
    ("Long ago, a purple car stood in the frame with a white bird beside it, and so they stayed until the clip was "
     "done.",
     "car", "purple", "bird", "white"),
    ("Diary, late shift. The clip: a blue cat and a white bird side by side, in the frame from start to finish.",
     "cat", "blue", "bird", "white"),
    ("Observed: a yellow dog with a green ball beside it, both in view throughout. Recommendation: accept.",
     "dog", "yellow", "ball", "green"),
    ("Once upon a time a blue dog sat beside an orange car, and from the beginning of the clip to its end neither "
     "left the frame.",
     "dog", "blue", "car", "orange"),
    ("The clip I queued up tonight in orbit: a purple ball next to a blue car, together in the frame the whole time.",
     "ball", "purple", "car", "blue"),
    ("Item: subjects present. Observed: a green dog and a black bird, side by side for the full clip. Recommendation: "
     "none.",
     "dog", "green", "bird", "black"),
    ("And so it was that a black cat curled up beside a purple ball, and both stayed in the frame from start to "
     "finish.",
     "ball", "purple", "cat", "black"),
    ("Another day up here. Watching a clip of a black car with an orange bird beside it, both in the frame "
     "throughout.",
     "car", "black", "bird", "orange"),
    ("Item: subjects. Condition: a purple cat sits next to a black ball for the whole clip; both remain in the frame. "
     "Status: satisfactory.",
     "ball", "black", "cat", "purple"),
    ("Once upon a time a pink bird perched beside a brown dog, and there they stayed, in the frame from beginning to "
     "end, happily ever after.",
     "bird", "pink", "dog", "brown"),
    ("Diary from orbit: in tonight's clip a brown ball lies beside a blue dog, both in view from start to finish.",
     "ball", "brown", "dog", "blue"),
    ("Item: frame contents. Observed: a yellow ball and a pink dog, side by side throughout. Recommendation: no "
     "action required.",
     "ball", "yellow", "dog", "pink"),
    ("Long ago and far away, a pink bird sat beside a gray ball, and both stayed in the frame for the whole clip.",
     "bird", "pink", "ball", "gray"),
    ("The clip I'm replaying up here: a gray dog next to a purple car, together in the frame from start to finish.",
     "dog", "gray", "car", "purple"),
    ("Observed: a green cat with a purple ball beside it, both present for the entire clip. Recommendation: accept as "
     "is.",
     "cat", "green", "ball", "purple"),
    ("Once upon a time a green dog lay beside a gray ball, and they stayed in the frame from the beginning of the "
     "clip to its end.",
     "dog", "green", "ball", "gray"),
    ("Quick entry before sleep up here. The clip: a yellow ball and a pink bird, side by side the whole way through.",
     "ball", "yellow", "bird", "pink"),
    ("Item: subjects. Observed: a pink cat and a yellow dog, side by side from start to finish. Recommendation: none.",
     "cat", "pink", "dog", "yellow"),
    ("And so it was that a brown car stood with a yellow ball beside it, both in the frame from start to finish.",
     "car", "brown", "ball", "yellow"),
    ("Diary from orbit. The clip: a brown car and a white dog, together in the frame from beginning to end.",
     "car", "brown", "dog", "white"),
    ("Summary of findings: an orange dog beside a brown car, both in the frame throughout the clip. No further "
     "evaluation recommended.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Once upon a time the frame held no car for the first half of the clip; then, in the second half, a moving car "
     "appeared, and it stayed to the end.",
     "car"),
    ("Diary from orbit. The clip: no car at all in the first half, then a moving car shows up in the second half and "
     "stays.",
     "car"),
    ("Item: car presence. Observed: no car during the first half; a moving car appears in the second half and "
     "remains. Recommendation: none.",
     "car"),
    ("Another evening up here. In tonight's clip there's no cat for the first half, and then a lively cat turns up in "
     "the second half and stays to the end.",
     "cat"),
    ("Observed: first half, no cat present. Second half: a lively cat appears in the frame and remains to the end. "
     "Recommendation: accept.",
     "cat"),
    ("And so it was that no cat was seen in the first half of the clip, but in the second half a lively cat appeared "
     "and stayed till the end.",
     "cat"),
    ("Item: bird. Observed: absent through the first half; a flying bird appears in the second half and stays in "
     "view. Recommendation: no action.",
     "bird"),
    ("Once upon a time there was no bird in the frame at all, and so it stayed for the first half of the clip; but in "
     "the second half a flying bird appeared and stayed.",
     "bird"),
    ("Diary, late shift. Clip review: the first half has no bird in it; in the second half a flying bird appears and "
     "stays in the frame.",
     "bird"),
    ("Long ago, in the first half of the clip, there was no ball anywhere; then, in the second half, a moving ball "
     "appeared and stayed to the end.",
     "ball"),
    ("From up here I watched a clip with no ball in the first half; a moving ball appears in the second half and "
     "remains to the end.",
     "ball"),
    ("Observed: no ball in the frame during the first half. A moving ball appears in the second half and remains. "
     "Recommendation: satisfactory.",
     "ball"),
    ("Tonight's diary clip: no dog in the first half, then a walking dog appears in the second half and stays till "
     "the end.",
     "dog"),
    ("Item: dog. Observed: not present in the first half; a walking dog appears in the second half and stays to the "
     "end. Recommendation: none.",
     "dog"),
    ("Once upon a time the first half of the clip passed with no dog in it, and then, in the second half, a walking "
     "dog appeared and stayed.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Item: car. Observed: a moving car is in the frame during the first half and absent in the second half. "
     "Recommendation: none.",
     "car"),
    ("Once upon a time a moving car was in the frame for the first half of the clip, and then it vanished, and in the "
     "second half there was no car at all.",
     "car"),
    ("Diary from orbit. The clip: a moving car in the first half, then gone; no car in the second half.",
     "car"),
    ("And so it was that a lively cat played in the frame for the first half, then disappeared, and no cat was seen "
     "in the second half.",
     "cat"),
    ("Another day up here. The clip shows a lively cat during the first half; in the second half it has gone, no cat "
     "anywhere.",
     "cat"),
    ("Finding: a lively cat was present in the first half of the clip but not in the second half, where no cat was "
     "found. Noted for the record.",
     "cat"),
    ("Diary, late shift. A flying bird is in the frame for the first half of the clip and gone in the second half.",
     "bird"),
    ("Item: bird presence. Observed: a flying bird in the frame during the first half only; no bird in the second "
     "half. Recommendation: none.",
     "bird"),
    ("Once upon a time a flying bird was in the frame for the first half of the clip, but it flew away, and in the "
     "second half there was no bird.",
     "bird"),
    ("Long ago, a moving ball was in the frame in the first half of the clip, and in the second half it was gone, and "
     "no ball was seen again.",
     "ball"),
    ("Watching a clip from orbit tonight: a moving ball in the first half, and in the second half no ball at all.",
     "ball"),
    ("Observed: a moving ball present in the frame for the first half; absent for the second half. Recommendation: "
     "satisfactory.",
     "ball"),
    ("Item: dog. A walking dog is in the frame throughout the first half; during the second half no dog was found. "
     "Recommendation: none.",
     "dog"),
    ("And so it was that a walking dog stayed in the frame only for the first half of the clip, and in the second "
     "half there was no dog at all.",
     "dog"),
    ("Quick diary entry up here. The clip: a walking dog in the frame for the first half, then gone; no dog in the "
     "second half.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Once upon a time a moving car drove from the left side of the frame all the way to the right side.",
     "car", RIGHTWARD),
    ("Diary from orbit: the clip shows a moving car crossing the frame from the right side to the left side.",
     "car", LEFTWARD),
    ("Item: car motion. Observed: a moving car travels from the left side of the frame to the right side. "
     "Recommendation: none.",
     "car", RIGHTWARD),
    ("And so it was that a moving car set off from the right side of the frame and drove across to the left side.",
     "car", LEFTWARD),
    ("Another evening up here. Tonight's clip: a moving car enters on the left side of the frame and drives to the "
     "right side.",
     "car", RIGHTWARD),
    ("Observed: a moving car heading from the right side of the frame to the left side. Recommendation: accept.",
     "car", LEFTWARD),
    ("The view from the cupola can wait; tonight's clip is a lively cat running from the left side of the frame to "
     "the right side.",
     "cat", RIGHTWARD),
    ("Item: cat. Observed: a lively cat runs from the right side of the frame to the left side. Recommendation: no "
     "action.",
     "cat", LEFTWARD),
    ("Once upon a time a lively cat ran from the left side of the frame to the right side, quick as the wind.",
     "cat", RIGHTWARD),
    ("Diary, late shift. A lively cat dashes across the frame from the right side to the left side.",
     "cat", LEFTWARD),
    ("Finding: a lively cat was seen crossing the frame from the left side to the right side. Condition: "
     "satisfactory.",
     "cat", RIGHTWARD),
    ("And so it was that a lively cat, starting on the right side of the frame, ran all the way to the left side.",
     "cat", LEFTWARD),
    ("Item: bird. Observed: a flying bird flies from the left side of the frame to the right side. Recommendation: "
     "none.",
     "bird", RIGHTWARD),
    ("Once upon a time a flying bird flew from the right side of the frame to the left side and never looked back.",
     "bird", LEFTWARD),
    ("Diary from orbit. The clip: a flying bird crosses the frame from the left side to the right side.",
     "bird", RIGHTWARD),
    ("Observed: a flying bird moving across the frame from the right side to the left side. Recommendation: accept as "
     "is.",
     "bird", LEFTWARD),
    ("Long ago, a flying bird set out from the left side of the frame and flew to the right side.",
     "bird", RIGHTWARD),
    ("Another day up here. Watching a flying bird fly from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Once upon a time a moving ball rolled from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Diary entry, evening up here: a moving ball rolls from the right side of the frame across to the left side.",
     "ball", LEFTWARD),
    ("Item: ball. Observed: a moving ball rolls from the left side of the frame to the right side. Recommendation: no "
     "action.",
     "ball", RIGHTWARD),
    ("And so it was that a moving ball rolled from the right side of the frame all the way to the left side.",
     "ball", LEFTWARD),
    ("From orbit, tonight's clip: a moving ball rolling across the frame, left side to right side.",
     "ball", RIGHTWARD),
    ("Item: ball movement. A moving ball travels from the right side of the frame to the left side. Deficiencies: "
     "none noted.",
     "ball", LEFTWARD),
    ("Diary, late shift. The clip: a walking dog walks from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Item: dog. Observed: a walking dog walks from the right side of the frame to the left side. Recommendation: "
     "none.",
     "dog", LEFTWARD),
    ("Once upon a time a walking dog walked from the left side of the frame to the right side, paw after paw.",
     "dog", RIGHTWARD),
    ("Another evening up here, and the clip shows a walking dog crossing the frame from the right side to the left "
     "side.",
     "dog", LEFTWARD),
    ("Inspector's comment: a walking dog crosses from the left side of the frame to the right side, as expected. No "
     "action required.",
     "dog", RIGHTWARD),
    ("And so it was that a walking dog set out from the right side of the frame and walked to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Once upon a time a ball stayed still while a bird flew from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Diary from orbit: the ball stays still, and a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Item: car. Observed: a car drives from the left of the ball to the right of the ball; the ball stays still. "
     "Recommendation: none.",
     "car", "ball", RIGHTWARD),
    ("And so it was that the dog stayed still, and a bird flew from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Another evening up here. The clip: the car stays still while a dog walks from the left of the car to the right "
     "of the car.",
     "dog", "car", RIGHTWARD),
    ("Observed: a bird flying from the right of the ball to the left of the ball. The ball stays still. "
     "Recommendation: accept.",
     "bird", "ball", LEFTWARD),
    ("Once upon a time a cat stayed still as a dog walked from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Diary, late shift. A dog walks from the right of the car to the left of the car, and the car stays still.",
     "dog", "car", LEFTWARD),
    ("Item: cat. Observed: a cat moves from the left of the dog to the right of the dog; the dog stays still. "
     "Recommendation: no action.",
     "cat", "dog", RIGHTWARD),
    ("Long ago, a ball stayed still, and a cat ran from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("From orbit, tonight's clip: a cat runs from the left of the dog to the right of the dog while the dog stays "
     "still.",
     "cat", "dog", RIGHTWARD),
    ("Item: ball and dog. Finding: the dog stays still throughout, and a ball rolls from the right of the dog to the "
     "left of the dog. Status: satisfactory.",
     "ball", "dog", LEFTWARD),
    ("Once upon a time a bird stayed perfectly still, and a dog walked from the left of the bird to the right of the "
     "bird.",
     "dog", "bird", RIGHTWARD),
    ("Diary from orbit. The cat stays still; a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Item: cat. Observed: a cat runs from the left of the bird to the right of the bird while the bird stays still. "
     "Recommendation: none.",
     "cat", "bird", RIGHTWARD),
    ("And so it was that the cat sat still while a bird flew from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Another day up here. The clip: the cat stays still and a dog walks from the left of the cat to the right of the "
     "cat.",
     "dog", "cat", RIGHTWARD),
    ("Observed: a bird flies from the right of the dog to the left of the dog; the dog stays still. Recommendation: "
     "accept as is.",
     "bird", "dog", LEFTWARD),
    ("Once upon a time a dog walked from the left of a cat to the right of the cat, and the cat stayed still all the "
     "while.",
     "dog", "cat", RIGHTWARD),
    ("Diary, late shift. The car stays still, and a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("Item: bird. Observed: a bird flies from the left of the car to the right of the car; the car stays still. "
     "Recommendation: no action.",
     "bird", "car", RIGHTWARD),
    ("Long ago, a bird stayed still, and a car drove from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("From orbit: a bird flies from the left of the cat to the right of the cat, and the cat stays still the whole "
     "time.",
     "bird", "cat", RIGHTWARD),
    ("Summary: a car drives from the right of the bird to the left of the bird; the bird stays still. No deficiencies "
     "noted.",
     "car", "bird", LEFTWARD),
    ("Once upon a time the dog stayed still while a bird flew from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Another evening up here. A dog walks from the right of the cat to the left of the cat; the cat stays still.",
     "dog", "cat", LEFTWARD),
    ("Item: ball. Observed: a ball rolls from the left of the dog to the right of the dog, the dog staying still. "
     "Recommendation: none.",
     "ball", "dog", RIGHTWARD),
    ("And so it was that a bird flew from the right of the cat to the left of the cat, and the cat stayed still.",
     "bird", "cat", LEFTWARD),
    ("Diary from orbit. The ball stays still while a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Inspector's note: the bird stays still while a cat runs from the right of the bird to the left of the bird. "
     "Condition: acceptable.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Once upon a time, seen from above, a moving car drove from the lower left corner to the lower right corner, and "
     "then on to the upper right corner.",
     "car", BL_BR_TR),
    ("Top-down clip, just like the view from the cupola: a moving car drives from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("Item: car route, top-down view. Observed: a moving car drives from the lower right corner to the lower left "
     "corner, then to the upper left corner. Recommendation: none.",
     "car", BR_BL_TL),
    ("And so it was, seen from above, that a moving car left the lower right corner, drove to the upper right corner, "
     "and came to rest in the upper left corner.",
     "car", BR_TR_TL),
    ("Diary from orbit. Looking straight down in tonight's clip, a lively cat runs from the lower left corner to the "
     "lower right corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Observed, from a top-down view: a lively cat runs from the lower left corner to the upper left corner, then to "
     "the upper right corner. Recommendation: accept.",
     "cat", BL_TL_TR),
    ("Once upon a time, seen from high above, a lively cat ran from the lower right corner to the lower left corner, "
     "and from there to the upper left corner.",
     "cat", BR_BL_TL),
    ("Another evening up here. Seen from above, a lively cat goes from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Item: bird path, viewed from overhead. Observed: a flying bird goes from the lower left corner to the lower "
     "right corner, then to the upper right corner. Recommendation: no action.",
     "bird", BL_BR_TR),
    ("Long ago, seen from above, a flying bird flew from the lower left corner to the upper left corner, and at last "
     "to the upper right corner.",
     "bird", BL_TL_TR),
    ("Diary, late shift. Top-down view: a flying bird flies from the lower right corner to the lower left corner, "
     "then on to the upper left corner.",
     "bird", BR_BL_TL),
    ("Finding, viewed from above: a flying bird travels from the lower right corner to the upper right corner, then "
     "to the upper left corner. No deficiencies noted.",
     "bird", BR_TR_TL),
    ("Once upon a time, seen from overhead, a moving ball rolled from the lower left corner to the lower right "
     "corner, then up to the upper right corner.",
     "ball", BL_BR_TR),
    ("From orbit everything looks top-down, and so does this clip: a moving ball rolls from the lower left corner to "
     "the upper left corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Item: ball route, top-down. Observed: a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner. Recommendation: none.",
     "ball", BR_BL_TL),
    ("And so it was, seen from above, that a moving ball rolled from the lower right corner to the upper right "
     "corner, and ended in the upper left corner.",
     "ball", BR_TR_TL),
    ("Another day up here. Seen from directly above, a walking dog walks from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Observed, top-down view: a walking dog walks from the lower left corner to the upper left corner, then to the "
     "upper right corner. Recommendation: accept as is.",
     "dog", BL_TL_TR),
    ("Once upon a time, seen from above, a walking dog walked from the lower right corner to the lower left corner, "
     "and then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Diary from orbit. Looking down from above: a walking dog walks from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Item: car. Observed from overhead: a moving car drives from the bottom left corner to the bottom right corner, "
     "then to the top right corner. Recommendation: no action.",
     "car", BL_BR_TR),
    ("Long ago, seen from above, a lively cat ran from the bottom left corner to the top left corner and then to the "
     "top right corner.",
     "cat", BL_TL_TR),
    ("Tonight's clip, seen from above like the view from the cupola: a flying bird flies from the bottom right corner "
     "to the bottom left corner, then to the top left corner.",
     "bird", BR_BL_TL),
    ("Inspection summary (top-down view): a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Condition: satisfactory.",
     "ball", BR_TR_TL),
    ("And so it was, seen from overhead, that a walking dog walked from the lower left corner to the lower right "
     "corner, and on to the upper right corner.",
     "dog", BL_BR_TR),
    ("Diary, late shift. Top-down clip: a moving car drives from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "car", BL_TL_TR),
    ("Item: cat route, viewed from above. Observed: a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner. Recommendation: none.",
     "cat", BR_BL_TL),
    ("Once upon a time, seen from above, a flying bird flew from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Another evening up here. Looking straight down: a moving ball rolls from the lower left corner to the lower "
     "right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Item: dog route. Seen from overhead, a walking dog walks from the lower left corner to the upper left corner "
     "and then to the upper right corner. Status: acceptable.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
