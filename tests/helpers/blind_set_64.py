"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a drill sergeant's orders ("Listen up, recruits!", "Eyes front!", "Eyes on the screen!", "You will
  see ...", "Is that clear?", "Dismissed!"), where the sergeant, the recruits, the screen they watch and
  the parade ground are never in the video, and each order names a plain fact about the clip (no
  marching cadence, so no stray "left" or "right"; numeracy orders never mention the screen);
- a haiku sequence, its short lines joined by " / " (two verses joined by " // " where one will not
  hold the facts), where no pond, moon or blossom is named and every line speaks of the clip itself;
- a mobile game's tutorial pop-ups ("TUTORIAL:", "TIP:", "Tap to continue", "Swipe to go on", "Tap OK",
  "Nice work!", "Got it?"), where the phone, its buttons and the player are never in the video, and each
  pop-up says what the clip shows.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (the sergeant gives no ranks or drill counts, the haiku no
syllable counts, the game no levels or scores). No voice uses a colour word for its own props. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 60-89, and two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on b707e9d 166/180 = 92.2% (numeracy 25, sequential 21, the rest 30 of 30); on 1920abf 171/180
(sequential 21, the rest 30); 178/180 after the fixes of its own commit (sequential 28, the rest 30); 180/180 on 9a005fc (the next
session's route reading).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Listen up, recruits! You will see one moving car in the frame from start to finish, and nothing else. "
     "Is that clear?",
     "car", 1),
    ("Two moving cars / hold the frame from start to end; / nothing else is there.",
     "car", 2),
    ("TUTORIAL: This clip shows three moving cars, in the frame the whole time. Nothing else is in it. Tap to "
     "continue.",
     "car", 3),
    ("Eyes front! Four moving cars, in the frame from the first moment to the last. Nothing else! "
     "Dismissed!",
     "car", 4),
    ("A lively cat, / only one, from start to end; / the frame holds no more.",
     "cat", 1),
    ("TIP: Watch the two lively cats. They stay in the frame from start to end, and nothing else shows up. "
     "Got it?",
     "cat", 2),
    ("Listen up! Three lively cats in the frame, beginning to end. Nothing else in there, recruits. Is that "
     "understood?",
     "cat", 3),
    ("Four lively cats / fill the frame the whole clip through. / Nothing else at all.",
     "cat", 4),
    ("TUTORIAL: Meet the flying bird! Just one, in the frame from the start of the clip to its end, with "
     "nothing else around. Tap to continue.",
     "bird", 1),
    ("Recruits, eyes front! Two flying birds in the frame from start to finish. Nothing else. Move it!",
     "bird", 2),
    ("Three flying birds / stay in the frame all the clip; / nothing else is seen.",
     "bird", 3),
    ("Nice work! Now spot the four flying birds: in the frame the whole clip long, and nothing else. Tap to "
     "continue.",
     "bird", 4),
    ("You will watch one moving ball, recruits, in the frame from start to end! No other object! Is that "
     "clear?",
     "ball", 1),
    ("Two moving balls / in the frame from first to last, / and nothing else there.",
     "ball", 2),
    ("TIP: Three moving balls stay in the frame from beginning to end. Nothing else appears. Got it?",
     "ball", 3),
    ("Listen up! Four moving balls in the frame for the whole clip, and nothing else in it. Dismissed!",
     "ball", 4),
    ("One walking dog / in the frame from start to end; / no other thing there.",
     "dog", 1),
    ("TUTORIAL: This clip has two walking dogs in the frame from the start to the end. Nothing else is in the "
     "frame. Tap to continue.",
     "dog", 2),
    ("Eyes front, recruits! Three walking dogs, in the frame start to finish. Nothing else. Is that "
     "clear?",
     "dog", 3),
    ("Four walking dogs / walk in frame the whole clip long; / nothing else in sight.",
     "dog", 4),
    ("Nice work! One moving car is in the frame from the first moment to the last, and nothing else. Tap to "
     "continue.",
     "car", 1),
    ("Recruits, you are looking at four lively cats, in the frame the whole clip through, and nothing else! "
     "Move out!",
     "cat", 4),
    ("Two flying birds / in the frame from start to end; / nothing else beside.",
     "bird", 2),
    ("TIP: Keep your eye on one moving ball, in the frame from start to finish. There is nothing else. Got it?",
     "ball", 1),
    ("Listen up! Two walking dogs in the frame from beginning to end. No other object. Dismissed!",
     "dog", 2),
    ("Three moving cars / in the frame the whole clip through. / Nothing else is there.",
     "car", 3),
    ("TUTORIAL: One lively cat is in the frame from the clip's start to its end. Nothing else. Tap to "
     "continue.",
     "cat", 1),
    ("Eyes front! Three flying birds in the frame from start to finish, and nothing else, recruits!",
     "bird", 3),
    ("Four moving balls / in the frame from first to last; / that is all there is.",
     "ball", 4),
    ("Nice work! Four walking dogs stay in the frame the whole clip, with nothing else in it. Swipe to go on.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Listen up, recruits! A brown bird and a black ball, side by side in the frame from start to finish!",
     "bird", "brown", "ball", "black"),
    ("A brown bird rests / beside a blue cat in frame / from start to the end.",
     "bird", "brown", "cat", "blue"),
    ("TUTORIAL: A blue bird and a red car sit next to each other in the frame the whole clip. Tap to continue.",
     "bird", "blue", "car", "red"),
    ("Eyes on the screen! A purple ball next to a pink cat, both in the frame the whole clip! Is that clear?",
     "ball", "purple", "cat", "pink"),
    ("A yellow dog waits / beside a red cat in frame, / start to end, side by side.",
     "dog", "yellow", "cat", "red"),
    ("TIP: Find the green bird and the yellow dog. They stay side by side in the frame from start to end. "
     "Got it?",
     "bird", "green", "dog", "yellow"),
    ("Recruits! A gray car with a red cat beside it, in the frame from beginning to end! Dismissed!",
     "car", "gray", "cat", "red"),
    ("A red bird stands close / to a black cat, side by side, / the whole clip in frame.",
     "bird", "red", "cat", "black"),
    ("Nice work! Now look at the white bird and the orange cat, next to each other in the frame the whole "
     "clip. Tap to continue.",
     "bird", "white", "cat", "orange"),
    ("Listen up! A green bird beside a black ball, both in the frame start to finish! Is that understood?",
     "bird", "green", "ball", "black"),
    ("A white cat sits near / a purple bird, side by side, / in frame start to end.",
     "cat", "white", "bird", "purple"),
    ("TUTORIAL: Say hello to a green bird and a purple dog! They are side by side in the frame for the whole "
     "clip. Tap to continue.",
     "bird", "green", "dog", "purple"),
    ("Eyes on the screen, recruits! An orange bird next to a brown car, in the frame the whole clip through!",
     "bird", "orange", "car", "brown"),
    ("A blue car waits still / with a brown bird at its side, / in frame all the clip.",
     "car", "blue", "bird", "brown"),
    ("Here is a TIP: a red dog and a purple cat stay side by side in the frame from start to finish. Tap OK.",
     "dog", "red", "cat", "purple"),
    ("Recruits, you will see a purple dog beside a brown cat, in the frame from start to end! Move it!",
     "dog", "purple", "cat", "brown"),
    ("A black cat, and near / a blue ball, side by side there, / in frame the whole clip.",
     "cat", "black", "ball", "blue"),
    ("Nice work! A yellow cat and a black dog are next to each other in the frame from beginning to end. Tap "
     "to continue.",
     "cat", "yellow", "dog", "black"),
    ("Listen up! A green cat with a white bird beside it, both in the frame start to finish! Dismissed!",
     "cat", "green", "bird", "white"),
    ("A purple car waits / with a pink cat at its side / from start to the end.",
     "car", "purple", "cat", "pink"),
    ("TUTORIAL: A purple bird and a red dog share the frame, side by side, the whole clip. Tap to continue.",
     "bird", "purple", "dog", "red"),
    ("Eyes on the screen! A red dog next to a yellow car, in the frame from start to finish! Is that clear?",
     "dog", "red", "car", "yellow"),
    ("An orange dog stands / beside a brown car in frame, / first moment to last.",
     "dog", "orange", "car", "brown"),
    ("TIP: Spot the gray cat and the orange dog side by side. Both stay in the frame the whole clip. Got it?",
     "cat", "gray", "dog", "orange"),
    ("Recruits! A green ball beside a pink dog, in the frame the whole clip long! Is that understood?",
     "ball", "green", "dog", "pink"),
    ("A white dog and, near, / a pink bird, side by side, / in frame start to end.",
     "dog", "white", "bird", "pink"),
    ("Nice work! A purple car and a gray ball stay next to each other in the frame from start to end. Tap to "
     "continue.",
     "car", "purple", "ball", "gray"),
    ("Listen up, recruits! A yellow dog with a brown cat beside it, in the frame start to finish! Move it!",
     "dog", "yellow", "cat", "brown"),
    ("A brown ball lies near / a green cat, side by side there, / the whole clip in frame.",
     "ball", "brown", "cat", "green"),
    ("TUTORIAL: A brown cat sits beside an orange car in the frame from beginning to end. Tap to continue.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Listen up! First half of the clip: no car. Second half: a moving car appears in the frame and stays! Is "
     "that clear?",
     "car"),
    ("First half: no car. / Then, in the second half, comes / a moving car; it stays.",
     "car"),
    ("TUTORIAL: There is no car in the first half. In the second half, a moving car appears and stays in the "
     "frame. Tap to continue.",
     "car"),
    ("Eyes on the screen, recruits! No cat in the first half. A lively cat appears in the second half and "
     "stays!",
     "cat"),
    ("No cat in the first half. / In the second half appears / a lively cat; it stays.",
     "cat"),
    ("TIP: The first half has no cat. Wait for the second half: a lively cat appears and stays to the end. "
     "Got it?",
     "cat"),
    ("Recruits! No bird in the frame in the first half! In the second half, a flying bird appears and stays! "
     "Dismissed!",
     "bird"),
    ("The first half: no bird. / A flying bird then appears / in the second half.",
     "bird"),
    ("Nice work! In the first half there is no bird. In the second half a flying bird appears in the frame "
     "and stays. Tap to continue.",
     "bird"),
    ("Listen up! The first half has no ball. In the second half a moving ball appears in the frame and stays "
     "there!",
     "ball"),
    ("No ball, the first half. / In the second half, a ball, / moving, comes and stays.",
     "ball"),
    ("TUTORIAL: No ball in the first half of the clip. A moving ball appears in the second half and stays. "
     "Tap to continue.",
     "ball"),
    ("Eyes on the screen! No dog during the first half! In the second half a walking dog appears and stays! "
     "Is that understood?",
     "dog"),
    ("No dog, the first half. / The second half: a walking dog / appears and then stays.",
     "dog"),
    ("TIP: Nothing to see in the first half, with no dog. In the second half a walking dog appears and stays "
     "to the end. Got it?",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Listen up! A moving car in the frame for the first half. No car in the second half! Is that clear?",
     "car"),
    ("A moving car, first half; / in the second half, no car: / the frame is empty.",
     "car"),
    ("TUTORIAL: A moving car is in the frame during the first half. In the second half, the car is gone. Tap "
     "to continue.",
     "car"),
    ("Eyes on the screen, recruits! A lively cat in the frame in the first half! In the second half, no cat!",
     "cat"),
    ("A lively cat plays / in the first half only; / no cat in the second half.",
     "cat"),
    ("TIP: A lively cat is in the frame for the first half, and there is no cat in the second half. Got it?",
     "cat"),
    ("Recruits! A flying bird in the frame for the first half. Second half: no bird! Dismissed!",
     "bird"),
    ("A flying bird, first half; / in the second half, no bird: / gone from the frame.",
     "bird"),
    ("Nice work! A flying bird is in the frame in the first half. It disappears, and the second half has no "
     "bird. Tap to continue.",
     "bird"),
    ("Listen up! A moving ball in the frame during the first half! No ball in the second half! Is that "
     "understood?",
     "ball"),
    ("A moving ball rolls / in the first half; the second half / holds no ball at all.",
     "ball"),
    ("TUTORIAL: A moving ball is in the frame for the first half. In the second half there is no ball. Tap to "
     "continue.",
     "ball"),
    ("Eyes on the screen! A walking dog in the frame for the first half, recruits! No dog in the second half!",
     "dog"),
    ("A walking dog, first half; / the second half has no dog: / the frame is empty.",
     "dog"),
    ("TIP: A walking dog is in the frame in the first half, then disappears. No dog in the second half. Got "
     "it?",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Listen up, recruits! A moving car goes from the left side of the frame to the right side! Is that clear?",
     "car", RIGHTWARD),
    ("A moving car starts / on the right side of the frame, / ends on the left side.",
     "car", LEFTWARD),
    ("TUTORIAL: Watch the moving car drive from the left side of the frame to the right side. Tap to continue.",
     "car", RIGHTWARD),
    ("Eyes on the screen! A moving car starts on the right side of the frame and ends on the left side! "
     "Dismissed!",
     "car", LEFTWARD),
    ("From the left side / a moving car drives across / to the right side.",
     "car", RIGHTWARD),
    ("TIP: The moving car begins on the right side of the frame and finishes on the left side. Got it?",
     "car", LEFTWARD),
    ("Recruits! A lively cat runs from the left side of the frame to the right side! Move it!",
     "cat", RIGHTWARD),
    ("A lively cat runs / from the right side of the frame / to the left side.",
     "cat", LEFTWARD),
    ("Nice work! A lively cat crosses from the left side of the frame to the right side. Tap to continue.",
     "cat", RIGHTWARD),
    ("Listen up! A lively cat starts on the right side of the frame and finishes on the left side! Is that "
     "understood?",
     "cat", LEFTWARD),
    ("A lively cat starts / on the left side of the frame, / ends on the right side.",
     "cat", RIGHTWARD),
    ("TUTORIAL: A lively cat goes from the right side of the frame to the left side. Tap to continue.",
     "cat", LEFTWARD),
    ("Eyes on the screen, recruits! A flying bird flies from the left side of the frame to the right side!",
     "bird", RIGHTWARD),
    ("A flying bird goes / from the right side of the frame / to the left side.",
     "bird", LEFTWARD),
    ("TIP: Follow the flying bird from the left side of the frame to the right side. Got it?",
     "bird", RIGHTWARD),
    ("Recruits! A flying bird begins on the right side of the frame and ends on the left side! Dismissed!",
     "bird", LEFTWARD),
    ("A flying bird starts / on the left side of the frame, / ends on the right side.",
     "bird", RIGHTWARD),
    ("Nice work! A flying bird crosses from the right side of the frame to the left side. Tap to continue.",
     "bird", LEFTWARD),
    ("Listen up! A moving ball rolls from the left side of the frame to the right side! Is that clear?",
     "ball", RIGHTWARD),
    ("A moving ball rolls / from the right side of the frame / to the left side.",
     "ball", LEFTWARD),
    ("TUTORIAL: A moving ball starts on the left side of the frame and stops on the right side. Tap to "
     "continue.",
     "ball", RIGHTWARD),
    ("Eyes on the screen! A moving ball goes from the right side of the frame to the left side, recruits!",
     "ball", LEFTWARD),
    ("A moving ball starts / on the left side of the frame, / rolls to the right side.",
     "ball", RIGHTWARD),
    ("TIP: The moving ball rolls from the right side of the frame to the left side. Got it?",
     "ball", LEFTWARD),
    ("Recruits, I want a walking dog going from the left side of the frame to the right side, and I want it now!",
     "dog", RIGHTWARD),
    ("A walking dog starts / on the right side of the frame, / ends on the left side.",
     "dog", LEFTWARD),
    ("Nice work! A walking dog goes from the left side of the frame to the right side. Tap to continue.",
     "dog", RIGHTWARD),
    ("Listen up! A walking dog begins on the right side of the frame and ends on the left side! Is that "
     "understood?",
     "dog", LEFTWARD),
    ("A walking dog walks / from the left side of the frame / to the right side.",
     "dog", RIGHTWARD),
    ("TUTORIAL: Your walking dog crosses from the right side of the frame to the left side. Swipe to go on.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Listen up! The car stays still! A bird flies from the left of the car to the right of the car! Is that "
     "clear?",
     "bird", "car", RIGHTWARD),
    ("The bird stays still. / A car drives from the right of the bird / to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("TUTORIAL: The cat stays still while a bird flies from the left of the cat to the right of the cat. Tap "
     "to continue.",
     "bird", "cat", RIGHTWARD),
    ("Eyes on the screen, recruits! The bird does not move! A car goes from the right of the bird to the left "
     "of the bird!",
     "car", "bird", LEFTWARD),
    ("The dog stays still. / A bird flies from the dog's left / to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("TIP: The cat stays put. A dog walks from the right of the cat to the left of the cat. Got it?",
     "dog", "cat", LEFTWARD),
    ("Recruits! The dog holds still! A ball rolls from the left of the dog to the right of the dog! "
     "Dismissed!",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still. / A bird flies from the cat's right / to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Nice work! The ball stays still while a car drives from the left of the ball to the right of the ball. "
     "Tap to continue.",
     "car", "ball", RIGHTWARD),
    ("Listen up! The bird stays still! A cat moves from the right of the bird to the left of the bird! Is "
     "that understood?",
     "cat", "bird", LEFTWARD),
    ("The car stays still. / A dog walks from the car's left / to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("TUTORIAL: The bird does not move. A ball rolls from the right of the bird to the left of the bird. Tap "
     "to continue.",
     "ball", "bird", LEFTWARD),
    ("Eyes on the screen! The dog stays put, recruits! A ball rolls from the left of the dog to the right of "
     "the dog!",
     "ball", "dog", RIGHTWARD),
    ("The cat stays still. / A ball rolls from the cat's right / to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("TIP: Did you see that? The ball stays still, and a car drives from the left of the ball to the right of the "
     "ball. Tap OK.",
     "car", "ball", RIGHTWARD),
    ("Recruits! The cat does not move! A bird flies from the right of the cat to the left of the cat! Move it!",
     "bird", "cat", LEFTWARD),
    ("The bird stays still. / A dog walks from the bird's left / to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Nice work! The cat stays still as a dog walks from the right of the cat to the left of the cat. Tap to "
     "continue.",
     "dog", "cat", LEFTWARD),
    ("Listen up! The car stays still, and a ball rolls from the left of the car to the right of the car! Repeat "
     "it back to me!",
     "ball", "car", RIGHTWARD),
    ("The cat stays still. / A dog walks from the cat's right / to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("TUTORIAL: The ball stays still. A bird flies from the left of the ball to the right of the ball. Tap to "
     "continue.",
     "bird", "ball", RIGHTWARD),
    ("Eyes on the screen! The ball does not move! A bird flies from the right of the ball to the left of the "
     "ball, recruits!",
     "bird", "ball", LEFTWARD),
    ("The dog does not move; / a bird starts on the dog's left, / ends on the dog's right.",
     "bird", "dog", RIGHTWARD),
    ("TIP: The car stays put while a bird flies from the right of the car to the left of the car. Got it?",
     "bird", "car", LEFTWARD),
    ("Recruits! The cat holds still! A car drives from the left of the cat to the right of the cat! Is that "
     "clear?",
     "car", "cat", RIGHTWARD),
    ("The ball stays still. / A dog walks from the ball's right / to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("Nice work! The ball stays still while a cat moves from the left of the ball to the right of the ball. "
     "Tap to continue.",
     "cat", "ball", RIGHTWARD),
    ("Listen up! The ball does not move! A dog walks from the right of the ball to the left of the ball! Is "
     "that understood?",
     "dog", "ball", LEFTWARD),
    ("The bird stays still. / A cat moves from the bird's left / to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("TUTORIAL: The car stays still. A dog walks from the right of the car to the left of the car. Tap to "
     "continue.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Listen up! Seen from directly above: a moving car goes from the lower left corner to the lower right "
     "corner, then to the upper right corner! Is that clear?",
     "car", BL_BR_TR),
    ("Seen from above: / a moving car, lower left corner, / upper left corner, // then the upper right corner, "
     "/ where its drive ends.",
     "car", BL_TL_TR),
    ("TUTORIAL: Top-down view! A moving car starts in the lower right corner, drives to the lower left corner, "
     "and ends in the upper left corner. Tap to continue.",
     "car", BR_BL_TL),
    ("Eyes on the screen, recruits! Viewed from overhead, a moving car goes from the lower right corner to the "
     "upper right corner, then to the upper left corner!",
     "car", BR_TR_TL),
    ("Looking down from above: / a lively cat, lower left corner, / then lower right corner, // then the upper "
     "right corner, / where it ends its walk.",
     "cat", BL_BR_TR),
    ("TIP: Seen from directly above, a lively cat begins in the lower left corner, goes to the upper left "
     "corner, and finishes in the upper right corner. Got it?",
     "cat", BL_TL_TR),
    ("Recruits! Top-down view! A lively cat starts in the lower right corner, goes to the lower left corner, "
     "and ends in the upper left corner! Dismissed!",
     "cat", BR_BL_TL),
    ("From overhead, see / a lively cat, lower right corner, / then upper right corner, // and at last the "
     "upper left corner, / where the cat stops.",
     "cat", BR_TR_TL),
    ("Nice work! Seen from above, a flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner. Tap to continue.",
     "bird", BL_BR_TR),
    ("Listen up! Looking straight down: a flying bird goes from the lower left corner to the upper left "
     "corner, then to the upper right corner! Is that understood?",
     "bird", BL_TL_TR),
    ("Seen from above: / a flying bird, lower right corner, / then lower left corner, // then the upper left "
     "corner, / the end of its flight.",
     "bird", BR_BL_TL),
    ("TUTORIAL: Viewed from overhead, a flying bird starts in the lower right corner, flies to the upper right "
     "corner, and ends in the upper left corner. Tap to continue.",
     "bird", BR_TR_TL),
    ("Eyes on the screen! Seen from directly above, a moving ball rolls from the lower left corner to the "
     "lower right corner, then to the upper right corner, recruits!",
     "ball", BL_BR_TR),
    ("Top-down, a ball: / a moving ball, lower left corner, / upper left corner, // then the upper right "
     "corner, / where it stops rolling.",
     "ball", BL_TL_TR),
    ("TIP: Seen from above, a moving ball starts in the lower right corner, rolls to the lower left corner, "
     "then to the upper left corner. Got it?",
     "ball", BR_BL_TL),
    ("Recruits! Viewed from overhead, a moving ball goes from the lower right corner to the upper right "
     "corner, and ends in the upper left corner! Move it!",
     "ball", BR_TR_TL),
    ("Seen from above: / a walking dog, lower left corner, / lower right corner, // then the upper right "
     "corner, / the end of its walk.",
     "dog", BL_BR_TR),
    ("Nice work! Top-down view: a walking dog starts in the lower left corner, walks to the upper left corner, "
     "and ends in the upper right corner. Tap to continue.",
     "dog", BL_TL_TR),
    ("Listen up! Seen from directly above, a walking dog goes from the lower right corner to the lower left "
     "corner, then to the upper left corner! Is that clear?",
     "dog", BR_BL_TL),
    ("Looking straight down: / a walking dog, lower right corner, / upper right corner, // then the upper left "
     "corner, / where the dog stops.",
     "dog", BR_TR_TL),
    ("TUTORIAL: Seen from above, a moving car drives from the lower left corner to the lower right corner, "
     "then to the upper right corner. Tap to continue.",
     "car", BL_BR_TR),
    ("Eyes on the screen, recruits! Top-down view: a moving car goes from the lower left corner to the upper "
     "left corner, then to the upper right corner!",
     "car", BL_TL_TR),
    ("From overhead, see / a lively cat, lower right corner, / then lower left corner, // then the upper left "
     "corner, / where its walk ends.",
     "cat", BR_BL_TL),
    ("TIP: Viewed from directly above, a lively cat goes from the lower right corner to the upper right "
     "corner, then to the upper left corner. Got it?",
     "cat", BR_TR_TL),
    ("Recruits! Seen from above, a flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner! Dismissed!",
     "bird", BL_BR_TR),
    ("Seen from above: / a flying bird, lower left corner, / upper left corner, // then the upper right "
     "corner, / the last of its stops.",
     "bird", BL_TL_TR),
    ("Nice work! Looking straight down, a moving ball goes from the lower right corner to the lower left "
     "corner, then to the upper left corner. Tap to continue.",
     "ball", BR_BL_TL),
    ("Listen up! Viewed from overhead, a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner! Is that understood?",
     "ball", BR_TR_TL),
    ("Top-down, a dog: / a walking dog, lower left corner, / then lower right corner, // then the upper right "
     "corner, / where it ends its walk.",
     "dog", BL_BR_TR),
    ("TUTORIAL: Seen from directly above, a walking dog starts in the lower left corner, walks to the upper "
     "left corner, and ends in the upper right corner. Tap to continue.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
