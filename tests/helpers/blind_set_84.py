"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a bedtime lullaby ("Hush now", "close your eyes", "sleep tight", "my darling"), where the parent, the
  child and the nursery are never in the video, and the dream the child is sung to sleep with is the clip;
- a hotel concierge's recommendations ("May I suggest", "Madam will find", "with our compliments"), where
  the concierge, the guest and the hotel (its guests, its dinner) are never in the video, and the clip
  recommended is the clip;
- a software error log ("[WARN]", "[INFO]", "Expected ... got ...", "Stack trace omitted", "Retrying"),
  where the program, the server and the developer are never in the video; what a line says it got is
  what the clip shows, and what it expected (an empty frame, nothing) is not in the clip; log lines carry
  no numbers, codes or timestamps.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no "little one" in the lullaby, no ordinals, no "first" or
"second" at all; the log never counts lines or retries). No voice uses a colour word for its own props,
and no idiom hides a class noun or a side (no "all right", "right away", "nothing left"); "half" is only
said where a half of the clip is meant, "above" and "top" only where the view is seen from above, and
"still" is only ever said of a relation's second object (the lullaby never says "lie still"). A relation
names its second object at both ends and says that object stays still; a route names its corners
"lower" and "upper", now and then "bottom" and "top", and is always seen from above. It takes LVD's
attribution pairs 0-29 and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 175/180 on d75c763 (sequential 27, visibility 29, dynamic_one 29, the rest 30), kept off main until
its fixes were in; 179/180 after the fixes of its own commit (sequential 29: "Sleep tight, little love:" bids the listener
it names to sleep, no thing; a label's verb before its colon, "path check passed:", moves nothing, and a thing named bare
after the colon with a corner set off starts there; "Expected: X. Got: Y." tells the clip in Y); 180/180 after the next
("Expected the lively cat to stay put, got a route. Top-down: A, then B, then C" is the cat's route by those places).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Hush now, close your eyes, and dream of a clip with one moving car in it, there from the very start to the very "
     "end, and nothing else at all. Sleep tight.",
     "car", 1),
    ("May I suggest, Sir, a clip of two moving cars, in view from its opening to its close, with nothing else to "
     "distract you? It comes with our compliments.",
     "car", 2),
    ("[INFO] Clip validated: three moving cars, present in every frame, nothing else detected. Stack trace omitted.",
     "car", 3),
    ("Hush-a-bye, sweetheart: four moving cars go humming through the clip from beginning to end, and there is "
     "nothing else to see. Close your eyes.",
     "car", 4),
    ("Madam will find the clip most restful: one lively cat, present throughout, and nothing else whatsoever. I do "
     "recommend it.",
     "cat", 1),
    ("[WARN] Expected an empty frame, got two lively cats. They remain in view from start to finish; nothing else is "
     "present. Stack trace omitted.",
     "cat", 2),
    ("Close your eyes, my darling, and see three lively cats playing in the clip from its start to its end, with "
     "nothing else beside them. Sleep tight.",
     "cat", 3),
    ("For this evening, may I suggest a clip with four lively cats, all in view from start to finish and nothing "
     "more? Madam will find it charming.",
     "cat", 4),
    ("[ERROR] Scene check failed. Expected a busy frame, got one flying bird and nothing else, in view from start to "
     "finish. Retrying.",
     "bird", 1),
    ("Hush now. Two flying birds glide through the clip from beginning to end, and nothing else comes by. Close your "
     "eyes and sleep.",
     "bird", 2),
    ("Madam will find, in the clip I have set aside for her, three flying birds, visible from the opening to the "
     "close, and nothing else at all.",
     "bird", 3),
    ("[INFO] Render finished. Detected: four flying birds, present from start to end. Nothing else detected. "
     "Warnings: none.",
     "bird", 4),
    ("Sleep tight, my love: in your dream there is a clip with one moving ball, there from start to finish, and "
     "nothing else in it.",
     "ball", 1),
    ("If I may suggest, Sir: a short clip of two moving balls, in view from start to end, and nothing else. It is "
     "offered with our compliments.",
     "ball", 2),
    ("[WARN] Unexpected content: three moving balls, in frame from start to finish. Expected: nothing. Got: those "
     "moving balls and nothing else.",
     "ball", 3),
    ("Hush, hush, close your eyes: four moving balls roll softly through the clip from beginning to end, with nothing "
     "else there. Sleep tight.",
     "ball", 4),
    ("Madam will find the clip delightful: one walking dog, in view from beginning to end, and nothing else to see.",
     "dog", 1),
    ("[INFO] Clip summary: two walking dogs, visible throughout; nothing else in frame. Assertion passed.",
     "dog", 2),
    ("Close your eyes, sweetheart. Three walking dogs walk through the clip from its start to its end, and nothing "
     "else walks with them. Hush now.",
     "dog", 3),
    ("May I suggest four walking dogs, Sir? The clip keeps them in view from start to finish and shows nothing else, "
     "with our compliments.",
     "dog", 4),
    ("[ERROR] Assertion failed: expected an empty clip, got two moving cars in view throughout, nothing else present. "
     "Stack trace omitted.",
     "car", 2),
    ("Hush now, my darling: just one lively cat, from the start of the clip to its end, and nothing else at all. "
     "Close your eyes.",
     "cat", 1),
    ("With our compliments, Madam: a clip of three flying birds, in view for its whole length, and nothing else "
     "besides.",
     "bird", 3),
    ("[WARN] Expected: empty scene. Got: four moving balls, present from start to finish, with nothing else. "
     "Continuing anyway.",
     "ball", 4),
    ("Sleep tight, little love. In the clip you dream of, two walking dogs stay in view from beginning to end, and "
     "there is nothing else.",
     "dog", 2),
    ("Sir will find exactly what he asked for: a clip with one moving car, present throughout, and nothing else. "
     "Shall I send it up?",
     "car", 1),
    ("[INFO] Detection complete: four lively cats, visible in every frame; nothing else found.",
     "cat", 4),
    ("Close your eyes and picture it, sweetheart: two flying birds in the clip from its opening to its close, and "
     "nothing else anywhere. Hush now.",
     "bird", 2),
    ("Might I recommend, Madam, a clip of three moving balls, in view from beginning to end, with nothing else in it?",
     "ball", 3),
    ("[WARN] Expected an empty frame, got three walking dogs. All remain in view from start to finish; nothing else "
     "detected. Stack trace omitted.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Hush now, close your eyes: a blue cat curls up beside a white bird, and both stay in the clip from start to "
     "finish. Sleep tight.",
     "cat", "blue", "bird", "white"),
    ("May I suggest, Madam, a clip of a yellow dog sitting beside a green ball, both in view from beginning to end? "
     "With our compliments.",
     "dog", "yellow", "ball", "green"),
    ("[WARN] Expected an empty frame, got a blue dog and an orange car side by side, both present throughout. Stack "
     "trace omitted.",
     "dog", "blue", "car", "orange"),
    ("Sleep tight, sweetheart, and dream of a purple ball resting next to a blue car, the pair of them there from the "
     "beginning of the clip to its end.",
     "ball", "purple", "car", "blue"),
    ("Sir will find the clip charming: a green dog with a black bird at its side, both visible throughout. May I "
     "suggest it?",
     "dog", "green", "bird", "black"),
    ("[INFO] Attributes resolved: a purple ball beside a black cat, both in frame from start to finish. Warnings: "
     "none.",
     "ball", "purple", "cat", "black"),
    ("Close your eyes, my darling. There is a black car, and perched near it an orange bird, and both stay in the "
     "clip all the way through. Hush now.",
     "car", "black", "bird", "orange"),
    ("With our compliments, Madam: a clip in which a black ball lies beside a purple cat, both in view from start to "
     "finish.",
     "ball", "black", "cat", "purple"),
    ("[ERROR] Unexpected content: a pink bird next to a brown dog, both visible throughout. Expected nothing. Stack "
     "trace omitted.",
     "bird", "pink", "dog", "brown"),
    ("Hush now: a brown ball and, beside it, a blue dog, both in the clip from its beginning to its end. Close your "
     "eyes and sleep tight.",
     "ball", "brown", "dog", "blue"),
    ("May I suggest a yellow ball with a pink dog beside it, Sir, both on screen from start to finish? It is a clip "
     "our guests adore.",
     "ball", "yellow", "dog", "pink"),
    ("[WARN] Expected: empty clip. Got: a pink bird beside a gray ball, both present from start to finish.",
     "bird", "pink", "ball", "gray"),
    ("Close your eyes, little love, and see a gray dog lying by a purple car; both stay there from start to finish. "
     "Sleep tight.",
     "dog", "gray", "car", "purple"),
    ("Madam will find a green cat beside a purple ball, both in view throughout the clip, and I recommend it warmly.",
     "cat", "green", "ball", "purple"),
    ("[INFO] Scene parsed: a green dog, and next to it a gray ball; both persist from start to finish. Stack trace "
     "omitted.",
     "dog", "green", "ball", "gray"),
    ("Hush now, sweetheart: a yellow ball sits beside a pink bird, and neither leaves the clip from beginning to end. "
     "Sleep tight.",
     "ball", "yellow", "bird", "pink"),
    ("With our compliments, Sir: a pink cat and a yellow dog, side by side, in view for the whole clip.",
     "cat", "pink", "dog", "yellow"),
    ("[WARN] Unrequested content: a brown car with a yellow ball beside it, both in view throughout. Proceeding "
     "anyway.",
     "car", "brown", "ball", "yellow"),
    ("Close your eyes: a brown car, and a white dog dozing beside it, both there from the start of the clip to its "
     "end. Hush now, sleep tight.",
     "car", "brown", "dog", "white"),
    ("May I suggest, Madam, an orange dog beside a brown car, both visible from start to finish? The clip is quiet "
     "and quite lovely.",
     "dog", "orange", "car", "brown"),
    ("[INFO] Attribute check passed. Expected: a brown ball and an orange cat. Got: a brown ball and an orange cat, "
     "side by side, present throughout.",
     "ball", "brown", "cat", "orange"),
    ("Hush, my darling. A gray dog rests by an orange ball, and both stay in the clip from beginning to end. Close "
     "your eyes.",
     "dog", "gray", "ball", "orange"),
    ("Sir will find in the clip a yellow ball lying next to an orange cat, both in view from start to finish, with "
     "our compliments.",
     "ball", "yellow", "cat", "orange"),
    ("[ERROR] Unexpected pair in frame: a purple dog beside a brown car, both visible from start to finish. Retrying.",
     "dog", "purple", "car", "brown"),
    ("Sleep tight, sweetheart, and dream of a gray dog next to a blue car, both in the clip from its start all the "
     "way to its end.",
     "dog", "gray", "car", "blue"),
    ("Madam will find a white car with an orange bird beside it, both in view throughout. May I suggest she watches "
     "it before dinner?",
     "car", "white", "bird", "orange"),
    ("[WARN] Expected: nothing. Got: a brown car and, beside it, a blue bird, both in frame from start to finish. "
     "Stack trace omitted.",
     "car", "brown", "bird", "blue"),
    ("Hush now: a blue car, and curled up beside it a yellow cat, and both stay in the clip from start to finish. "
     "Close your eyes.",
     "car", "blue", "cat", "yellow"),
    ("With our compliments, Madam: a clip of a gray cat beside a yellow bird, both in view from its opening to its "
     "close.",
     "cat", "gray", "bird", "yellow"),
    ("[INFO] Clip validated: a white dog next to a black car, both present in every frame. Stack trace omitted.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Hush now, close your eyes. In the first half of the clip there is no car; in the second half a moving car "
     "appears, and it stays to the end. Sleep tight.",
     "car"),
    ("May I suggest a clip, Sir, in which no car is seen in the first half, and a moving car appears only in the "
     "second half? With our compliments.",
     "car"),
    ("[WARN] Expected a car in the first half, got nothing. [INFO] A moving car appears in the second half and stays "
     "to the end.",
     "car"),
    ("Madam will find the first half of the clip empty of any cat; a lively cat appears only in the second half and "
     "stays until the end.",
     "cat"),
    ("[INFO] lively cat detected only in the second half; absent throughout the first half. Stack trace omitted.",
     "cat"),
    ("Close your eyes, sweetheart: no cat in the first half, and then, in the second half, a lively cat pads in and "
     "stays to the end. Hush now.",
     "cat"),
    ("[WARN] Expected a flying bird from the start, got an empty first half. The flying bird appears only in the "
     "second half. Retrying.",
     "bird"),
    ("Hush, my darling: through the first half there is no bird at all, and only in the second half does a flying "
     "bird appear. Sleep tight.",
     "bird"),
    ("Sir will find no bird in the first half of the clip; in the second half, with our compliments, a flying bird "
     "appears and remains.",
     "bird"),
    ("Sleep tight, little love. A moving ball rolls in only in the second half; in the first half there is no ball. "
     "Close your eyes.",
     "ball"),
    ("May I suggest, Madam, the clip where the first half has no ball, and a moving ball appears in the second half "
     "and stays?",
     "ball"),
    ("[ERROR] Frame check failed: ball absent in the first half. Got: a moving ball appearing in the second half, "
     "present until the end.",
     "ball"),
    ("Madam will find that a walking dog appears only in the second half of the clip; the first half has no dog at "
     "all.",
     "dog"),
    ("[INFO] walking dog enters in the second half and remains to the end; no dog in the first half. Assertion "
     "passed.",
     "dog"),
    ("Hush now: no dog in the first half, but in the second half a walking dog appears and stays. Close your eyes, "
     "sleep tight.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("[WARN] moving car lost after the first half: present in the first half, absent in the second half. Stack trace "
     "omitted.",
     "car"),
    ("Hush now: a moving car hums through the first half, and in the second half it is gone, no car at all. Close "
     "your eyes.",
     "car"),
    ("Madam will find a moving car in the first half of the clip only; in the second half there is no car. May I "
     "suggest it?",
     "car"),
    ("Close your eyes, sweetheart: a lively cat plays in the first half, and by the second half it has gone away, no "
     "cat anywhere. Sleep tight.",
     "cat"),
    ("May I suggest, Sir, a clip in which a lively cat appears only in the first half and is nowhere in the second "
     "half?",
     "cat"),
    ("[ERROR] Tracking lost: lively cat visible in the first half, no cat in the second half. Stack trace omitted.",
     "cat"),
    ("With our compliments, Madam: a flying bird in the first half, and no bird at all in the second half.",
     "bird"),
    ("[WARN] Expected a flying bird in the second half, got none: it is present only in the first half. Retrying.",
     "bird"),
    ("Hush, my darling: a flying bird sings in the first half, then flies off, and in the second half there is no "
     "bird. Sleep tight.",
     "bird"),
    ("[INFO] moving ball present in the first half; no ball in the second half. Warnings: none.",
     "ball"),
    ("Sleep tight, little love: a moving ball rolls through the first half, and in the second half it is gone, no "
     "ball at all.",
     "ball"),
    ("Sir will find a moving ball in the first half of the clip and none in the second half; no ball remains, I am "
     "afraid.",
     "ball"),
    ("Close your eyes: a walking dog walks through the first half, and in the second half there is no dog anywhere. "
     "Hush now.",
     "dog"),
    ("May I suggest a clip, Madam, in which a walking dog is seen only in the first half, with no dog in the second "
     "half?",
     "dog"),
    ("[WARN] walking dog missing in the second half; visible in the first half only. Stack trace omitted.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Hush now: a moving car drives from the left side of the frame to the right side, humming softly. Close your "
     "eyes.",
     "car", RIGHTWARD),
    ("May I suggest, Sir, a clip in which a moving car drives from the right side of the frame to the left side? With "
     "our compliments.",
     "car", LEFTWARD),
    ("[INFO] Motion detected: a moving car travels from the left side of the frame to the right side. Stack trace "
     "omitted.",
     "car", RIGHTWARD),
    ("Close your eyes, sweetheart, and watch a moving car go from the right side of the frame over to the left side. "
     "Sleep tight.",
     "car", LEFTWARD),
    ("Madam will find a moving car crossing the frame from the left side to the right side; I do recommend it.",
     "car", RIGHTWARD),
    ("[WARN] Expected an empty frame, got a moving car driving from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Hush, my darling: a lively cat runs from the left side of the frame to the right side, and then the clip is "
     "done. Sleep tight.",
     "cat", RIGHTWARD),
    ("With our compliments, Madam: a lively cat running from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("[INFO] Track summary: lively cat, starts on the left side of the frame, ends on the right side. Assertion "
     "passed.",
     "cat", RIGHTWARD),
    ("Sleep tight, little love: a lively cat scampers from the right side of the frame all the way to the left side.",
     "cat", LEFTWARD),
    ("Sir will find the clip amusing: a lively cat dashes from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("[WARN] lively cat crosses the frame from the right side to the left side; no handler registered for this event. "
     "Stack trace omitted.",
     "cat", LEFTWARD),
    ("Hush now, close your eyes: a flying bird flies from the left side of the frame to the right side, and sings as "
     "it goes.",
     "bird", RIGHTWARD),
    ("May I suggest a flying bird, Madam, crossing from the right side of the frame to the left side? It is a clip "
     "our guests find soothing.",
     "bird", LEFTWARD),
    ("[INFO] flying bird detected on the left side of the frame at the start and on the right side at the end.",
     "bird", RIGHTWARD),
    ("Close your eyes, sweetheart: a flying bird glides from the right side of the frame to the left side. Hush now.",
     "bird", LEFTWARD),
    ("Madam will find a flying bird flying from the left side of the frame to the right side, with our compliments.",
     "bird", RIGHTWARD),
    ("[ERROR] Expected the flying bird to stay put, got motion from the right side of the frame to the left side. "
     "Stack trace omitted.",
     "bird", LEFTWARD),
    ("Hush, my darling: a moving ball rolls from the left side of the frame to the right side. Sleep tight.",
     "ball", RIGHTWARD),
    ("Sir will find a moving ball rolling from the right side of the frame to the left side. May I suggest it?",
     "ball", LEFTWARD),
    ("[WARN] Unexpected motion: moving ball rolls from the left side of the frame to the right side. Retrying.",
     "ball", RIGHTWARD),
    ("Sleep tight, little love: a moving ball rolls from the right side of the frame to the left side, slow and soft.",
     "ball", LEFTWARD),
    ("With our compliments, Sir: a clip of a moving ball rolling across the frame from the left side to the right "
     "side.",
     "ball", RIGHTWARD),
    ("[INFO] moving ball: start position on the right side of the frame, end position on the left side. Stack trace "
     "omitted.",
     "ball", LEFTWARD),
    ("Close your eyes: a walking dog walks from the left side of the frame to the right side, tail wagging. Hush now.",
     "dog", RIGHTWARD),
    ("May I suggest, Madam, a walking dog that walks from the right side of the frame to the left side?",
     "dog", LEFTWARD),
    ("[INFO] walking dog walks from the left side of the frame to the right side. Assertion passed.",
     "dog", RIGHTWARD),
    ("Hush now, sweetheart: a walking dog pads from the right side of the frame to the left side. Sleep tight.",
     "dog", LEFTWARD),
    ("Sir will find a walking dog strolling from the left side of the frame to the right side, with our compliments.",
     "dog", RIGHTWARD),
    ("[ERROR] Expected: walking dog on the right side at the end. Got: walking dog moving from the right side of the "
     "frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Hush now: the ball stays still, and a bird flies from the left of the ball to the right of the ball. Close your "
     "eyes.",
     "bird", "ball", RIGHTWARD),
    ("May I suggest, Madam, a clip where a bird flies from the right of the ball to the left of the ball while the "
     "ball stays still?",
     "bird", "ball", LEFTWARD),
    ("[INFO] Reference: the dog stays still. Mover: a bird flies from the left of the dog to the right of the dog. "
     "Stack trace omitted.",
     "bird", "dog", RIGHTWARD),
    ("Close your eyes, sweetheart: the car stays still, and a bird flies from the right of the car to the left of the "
     "car. Sleep tight.",
     "bird", "car", LEFTWARD),
    ("Sir will find a car driving from the left of the cat to the right of the cat, while the cat stays still. With "
     "our compliments.",
     "car", "cat", RIGHTWARD),
    ("[WARN] Expected no motion, got a dog walking from the right of the ball to the left of the ball; the ball stays "
     "still.",
     "dog", "ball", LEFTWARD),
    ("Hush, my darling: the ball stays still while a cat runs from the left of the ball to the right of the ball. "
     "Sleep tight.",
     "cat", "ball", RIGHTWARD),
    ("Madam will find the ball staying still and a dog walking from the right of the ball to the left of the ball; I "
     "recommend it.",
     "dog", "ball", LEFTWARD),
    ("[INFO] cat moves from the left of the bird to the right of the bird; the bird stays still. Assertion passed.",
     "cat", "bird", RIGHTWARD),
    ("Sleep tight, little love: a dog walks from the right of the car to the left of the car, and the car stays "
     "still.",
     "dog", "car", LEFTWARD),
    ("With our compliments, Sir: the ball stays still, and a bird flies from the left of the ball to the right of the "
     "ball.",
     "bird", "ball", RIGHTWARD),
    ("[WARN] bird crosses from the right of the ball to the left of the ball; the ball stays still. Stack trace "
     "omitted.",
     "bird", "ball", LEFTWARD),
    ("Hush now: a car drives slowly from the left of the ball to the right of the ball, and the ball stays still. "
     "Close your eyes.",
     "car", "ball", RIGHTWARD),
    ("May I suggest, Madam, a bird flying from the right of the dog to the left of the dog, the dog staying still "
     "throughout?",
     "bird", "dog", LEFTWARD),
    ("[ERROR] Expected the dog to stop, got a dog walking from the left of the car to the right of the car. The car "
     "stays still. Retrying.",
     "dog", "car", RIGHTWARD),
    ("Close your eyes: a bird flies from the right of the ball to the left of the ball while the ball stays still. "
     "Hush now, sleep tight.",
     "bird", "ball", LEFTWARD),
    ("Sir will find the cat staying still while a dog walks from the left of the cat to the right of the cat, with "
     "our compliments.",
     "dog", "cat", RIGHTWARD),
    ("[INFO] Reference: car, stays still. Mover: dog, from the right of the car to the left of the car. Warnings: "
     "none.",
     "dog", "car", LEFTWARD),
    ("Hush, my darling: the dog stays still, and a cat runs from the left of the dog to the right of the dog. Sleep "
     "tight.",
     "cat", "dog", RIGHTWARD),
    ("Madam will find a cat running from the right of the ball to the left of the ball, and the ball staying still. "
     "May I suggest it?",
     "cat", "ball", LEFTWARD),
    ("[WARN] cat runs from the left of the dog to the right of the dog; expected the dog to give chase, got a dog "
     "that stays still.",
     "cat", "dog", RIGHTWARD),
    ("Sleep tight, sweetheart: the dog stays still, and a ball rolls from the right of the dog to the left of the "
     "dog.",
     "ball", "dog", LEFTWARD),
    ("May I suggest, Sir, a dog walking from the left of the bird to the right of the bird while the bird stays "
     "still?",
     "dog", "bird", RIGHTWARD),
    ("[INFO] bird flies from the right of the cat to the left of the cat; the cat stays still. Stack trace omitted.",
     "bird", "cat", LEFTWARD),
    ("Hush now, close your eyes: the bird stays still, and a cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("With our compliments, Madam: the cat stays still while a bird flies from the right of the cat to the left of "
     "the cat.",
     "bird", "cat", LEFTWARD),
    ("[ERROR] Unexpected motion: dog walks from the left of the cat to the right of the cat. The cat stays still. "
     "Stack trace omitted.",
     "dog", "cat", RIGHTWARD),
    ("Close your eyes, little love: a bird flies from the right of the dog to the left of the dog, and the dog stays "
     "still.",
     "bird", "dog", LEFTWARD),
    ("Sir will find the clip gentle: the cat stays still, and a dog walks from the left of the cat to the right of "
     "the cat.",
     "dog", "cat", RIGHTWARD),
    ("[WARN] Expected: car only. Got: the car stays still and a bird flies from the right of the car to the left of "
     "the car.",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Hush now, and look down from high above: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner. Sleep tight.",
     "car", BL_BR_TR),
    ("May I suggest, Sir, a top-down clip in which a moving car drives from the lower left corner to the upper left "
     "corner, then on to the upper right corner?",
     "car", BL_TL_TR),
    ("[INFO] View: top-down. Path: moving car, lower right corner, then lower left corner, then upper left corner. "
     "Stack trace omitted.",
     "car", BR_BL_TL),
    ("Close your eyes, sweetheart, and see it from above: a moving car goes from the lower right corner to the upper "
     "right corner, and then to the upper left corner.",
     "car", BR_TR_TL),
    ("Madam will find, seen from directly above, a lively cat running from the lower left corner to the lower right "
     "corner and then to the upper right corner.",
     "cat", BL_BR_TR),
    ("[WARN] Overhead view: lively cat starts in the lower left corner, moves to the upper left corner, then to the "
     "upper right corner. Retrying.",
     "cat", BL_TL_TR),
    ("Hush, my darling, and look from up above: a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("With our compliments, Sir: a clip seen from above, where a lively cat runs from the lower right corner to the "
     "upper right corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("[INFO] Projection: top-down. flying bird route: lower left corner, lower right corner, upper right corner, in "
     "that order.",
     "bird", BL_BR_TR),
    ("Sleep tight, little love: seen from high above, a flying bird flies from the lower left corner to the upper "
     "left corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("May I suggest, Madam, a view from directly above: a flying bird flies from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("[ERROR] Expected a straight path, got corners. Top-down view: a flying bird flies from the lower right corner "
     "to the upper right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Close your eyes: from above, a moving ball rolls from the bottom left corner to the bottom right corner, then "
     "to the top right corner. Hush now.",
     "ball", BL_BR_TR),
    ("Sir will find, in a top-down clip, a moving ball rolling from the lower left corner to the upper left corner "
     "and on to the upper right corner.",
     "ball", BL_TL_TR),
    ("[WARN] Top-down scene: moving ball rolls from the lower right corner to the lower left corner, then to the "
     "upper left corner. Stack trace omitted.",
     "ball", BR_BL_TL),
    ("Hush, my darling: looking down from above, a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Madam will find, seen from overhead, a walking dog walking from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("[INFO] Top-down view. walking dog starts in the lower left corner, walks to the upper left corner, and ends in "
     "the upper right corner. Assertion passed.",
     "dog", BL_TL_TR),
    ("Sleep tight, sweetheart, and look down from above: a walking dog walks from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("With our compliments, Madam: from directly above, a walking dog walks from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "dog", BR_TR_TL),
    ("[WARN] Overhead view: moving car drives from the bottom left corner to the bottom right corner, then to the top "
     "right corner. Stack trace omitted.",
     "car", BL_BR_TR),
    ("Hush now, close your eyes: seen from above, a lively cat runs from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("May I suggest a top-down clip, Sir: a flying bird flies from the bottom right corner to the bottom left corner, "
     "then to the top left corner.",
     "bird", BR_BL_TL),
    ("[INFO] Top-down path check passed: moving ball, lower right corner to upper right corner, then upper left "
     "corner.",
     "ball", BR_TR_TL),
    ("Close your eyes, little love, and look from high above: a walking dog walks from the lower left corner to the "
     "lower right corner, and then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Madam will find, viewed from above, a moving car driving from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "car", BR_BL_TL),
    ("[ERROR] Expected the lively cat to stay put, got a route. Top-down: lower right corner, then upper right "
     "corner, then upper left corner.",
     "cat", BR_TR_TL),
    ("Hush, my darling: from above, a flying bird flies from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "bird", BL_BR_TR),
    ("With our compliments, Sir: seen from directly above, a moving ball rolls from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "ball", BL_TL_TR),
    ("[WARN] Top-down view: walking dog walks from the lower right corner to the lower left corner, then on to the "
     "upper left corner. Retrying.",
     "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
