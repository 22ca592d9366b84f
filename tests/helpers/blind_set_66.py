"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a voicemail message left for a friend or a colleague ("Hi, it's me.", "Just calling about the clip
  ...", "Call me back when you get this.", "Okay, bye!"), where the caller, the listener and the phone
  are never in the video, and the clip the caller describes is the clip itself;
- a town crier's proclamation in the square ("Hear ye, hear ye!", "Oyez, oyez!", "Be it known that
  ...", "So it is proclaimed!"), where the crier, the townsfolk, the bell and the square are never in
  the video, and every proclamation states a plain fact about the clip;
- a stand-up comedian's bit about a clip they watched ("So, folks, ...", "No, seriously.", "Am I wrong?",
  "Thank you, you've been great!"), where the comedian, the stage and the audience are never in the
  video, the jokes add no object to the scene, and the comedian never says "right" for "correct".

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no "one" as a pronoun, no "wait a second"). No voice uses a
colour word for its own props. A relation names its second object at both ends and says that object
stays still. It takes LVD's next draws: attribution pairs 20-49, and two-object relations 10-39 (in
LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 6612e89: 175/180 = 97.2% (numeracy 30, attribution 30, visibility 27, one-object 30, two-object 30,
sequential 28 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Hi, it's me. Just calling about the clip: I need one moving car in the frame from start to finish, and "
     "nothing else. Call me back when you get this!",
     "car", 1),
    ("Hear ye, hear ye! Be it known that two moving cars stay in the frame from the first moment to the last, "
     "and nothing else is there!",
     "car", 2),
    ("So, folks, I watched this clip. Three moving cars. In the frame the whole time. Nothing else. That's "
     "the whole plot! Am I wrong?",
     "car", 3),
    ("Hey, it's me again. The clip should show four moving cars, in the frame from beginning to end, with "
     "nothing else in it. Okay, bye!",
     "car", 4),
    ("Oyez, oyez! Let all know: a lively cat, just one, is in the frame from start to end, and nothing else "
     "besides! So it is proclaimed!",
     "cat", 1),
    ("No, seriously, folks: two lively cats, in the frame from start to finish, and nothing else. That was "
     "the entire clip!",
     "cat", 2),
    ("Hi, quick message about the clip. Three lively cats, in the frame the whole way through, and nothing "
     "else at all. Talk soon!",
     "cat", 3),
    ("Hear ye! Four lively cats shall stay in the frame from the beginning to the end, and nothing else "
     "shall appear!",
     "cat", 4),
    ("So I'm watching this clip, and it's a flying bird. Only the bird, in the frame start to finish, "
     "nothing else. Thank you, you've been great!",
     "bird", 1),
    ("Hi, it's me. For the clip, two flying birds in the frame from the first moment to the last, and "
     "nothing else, please. Call me back!",
     "bird", 2),
    ("Oyez! Be it known that three flying birds are in the frame the whole clip long, and nothing else is "
     "seen!",
     "bird", 3),
    ("Folks, four flying birds. In the frame the whole clip. Nothing else. Who films this? Am I wrong?",
     "bird", 4),
    ("Hey, just a quick message. The clip is one moving ball in the frame from start to end, and nothing "
     "else. Okay, bye!",
     "ball", 1),
    ("Hear ye, hear ye! Two moving balls are in the frame from the start of the clip to its end, and nothing "
     "else!",
     "ball", 2),
    ("So this clip, folks: three moving balls, in the frame from beginning to end, and nothing else. That's "
     "it. That's the show!",
     "ball", 3),
    ("Hi, it's me. I need four moving balls in the frame for the whole clip, and nothing else in it. Call me "
     "back when you can.",
     "ball", 4),
    ("Oyez, oyez! A walking dog, and only that dog, is in the frame from the first moment to the last! So it "
     "is proclaimed!",
     "dog", 1),
    ("No, seriously: two walking dogs in the frame, start to finish, nothing else. I've seen thrillers with "
     "less going on!",
     "dog", 2),
    ("Hey, it's me. The clip we talked about has three walking dogs in the frame from start to end, and "
     "nothing else. Bye for now!",
     "dog", 3),
    ("Be it known to all: four walking dogs stay in the frame from the beginning of the clip to its end, and "
     "nothing else is there!",
     "dog", 4),
    ("Folks, picture this: one moving car. In the frame the whole clip. Nothing else. And they call that "
     "cinema!",
     "car", 1),
    ("Hi, calling about the clip again. Just one lively cat in the frame from start to finish, nothing else. "
     "Okay, talk later!",
     "cat", 1),
    ("Hear ye, hear ye! Three flying birds, in the frame from the start of the clip to its end, and nothing "
     "else!",
     "bird", 3),
    ("So there are two moving balls, folks. In the frame the whole time. Nothing else. Gripping stuff. "
     "Thank you, you've been great!",
     "ball", 2),
    ("Hi, it's me. Four walking dogs in the frame from beginning to end, and nothing else in the clip. Call "
     "me back!",
     "dog", 4),
    ("Oyez! Two moving cars are in the frame for the whole clip, and nothing else is seen! So it is "
     "proclaimed!",
     "car", 2),
    ("Folks, four lively cats in the frame from start to end, nothing else, and no plot twist at all. Am "
     "I wrong?",
     "cat", 4),
    ("Hey, quick message. The clip needs one flying bird in the frame from the first moment to the last, and "
     "nothing else. Bye!",
     "bird", 1),
    ("Be it known that four moving balls stay in the frame the whole clip, and nothing else appears! Hear "
     "ye!",
     "ball", 4),
    ("So I watched three walking dogs, folks. In the frame the whole clip. Nothing else. Nothing! Thank you, "
     "goodnight!",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 20-49, in order.
_ATTRIBUTION = [
    ("Hi, it's me. For the clip, a brown ball and an orange cat side by side in the frame the whole time. "
     "Call me back!",
     "ball", "brown", "cat", "orange"),
    ("Hear ye, hear ye! Be it known that a gray dog and an orange ball stay next to each other in the frame "
     "from start to end!",
     "dog", "gray", "ball", "orange"),
    ("So, folks, a yellow ball sits next to an orange cat. The whole clip. Side by side. Am I wrong, or is "
     "that the best film this year?",
     "ball", "yellow", "cat", "orange"),
    ("Hey, it's me. The clip has a purple dog beside a brown car, both in the frame from start to finish. "
     "Okay, bye!",
     "dog", "purple", "car", "brown"),
    ("Oyez, oyez! A gray dog and a blue car, side by side in the frame for the whole clip! So it is "
     "proclaimed!",
     "dog", "gray", "car", "blue"),
    ("No, seriously, folks: a white car with an orange bird next to it, in the frame the whole clip. That's "
     "the story!",
     "car", "white", "bird", "orange"),
    ("Hi, quick message about the clip. A brown car and a blue bird, next to each other, in the frame from "
     "beginning to end. Talk soon!",
     "car", "brown", "bird", "blue"),
    ("Hear ye! Let it be known that a blue car stands beside a yellow cat in the frame from the first moment "
     "to the last!",
     "car", "blue", "cat", "yellow"),
    ("So I'm watching a gray cat next to a yellow bird, folks, side by side for the whole clip. Thank you, "
     "you've been great!",
     "cat", "gray", "bird", "yellow"),
    ("Hey, it's me again. I need a white dog and a black car side by side in the frame from start to end. "
     "Call me back when you get this.",
     "dog", "white", "car", "black"),
    ("Be it known to all: a red car and a brown bird stand next to each other in the frame the whole clip!",
     "car", "red", "bird", "brown"),
    ("Folks, a purple cat beside a green car. Start to finish. Side by side. Who paints a cat purple? Am I "
     "wrong?",
     "cat", "purple", "car", "green"),
    ("Hi, it's me. The clip shows a gray car with an orange dog beside it, in the frame the whole time. Okay, "
     "bye!",
     "car", "gray", "dog", "orange"),
    ("Oyez! A red cat and a gray dog, side by side in the frame from the start of the clip to its end! Hear "
     "ye, hear ye!",
     "cat", "red", "dog", "gray"),
    ("So there's a red dog, folks, and a gray car next to it, both in the frame the whole clip. Riveting. "
     "Thank you!",
     "dog", "red", "car", "gray"),
    ("Hey, quick message. A purple dog and a yellow car next to each other in the frame from beginning to "
     "end, please. Bye!",
     "dog", "purple", "car", "yellow"),
    ("Hear ye, hear ye! A red cat sits beside a gray ball in the frame the whole clip! So it is proclaimed!",
     "cat", "red", "ball", "gray"),
    ("No, seriously: a brown cat and a blue dog, side by side, in the frame from start to end. I've had "
     "dates like that. Am I wrong?",
     "cat", "brown", "dog", "blue"),
    ("Hi, it's me. For the clip, a white dog next to a red cat, both in the frame from start to finish. "
     "Call me back!",
     "dog", "white", "cat", "red"),
    ("Be it known that a yellow bird and an orange car stay side by side in the frame from the first moment "
     "to the last! Oyez!",
     "bird", "yellow", "car", "orange"),
    ("So, folks, a green dog beside a blue car. The whole clip. Next to each other. Don't ask me why. "
     "Thank you, you've been great!",
     "dog", "green", "car", "blue"),
    ("Hey, it's me. The clip has a black cat and a brown ball side by side in the frame the whole time. "
     "Okay, talk later!",
     "cat", "black", "ball", "brown"),
    ("Hear ye! Let it be known that a purple car and a red cat stand next to each other in the frame from "
     "start to end!",
     "car", "purple", "cat", "red"),
    ("Folks, a gray dog with a brown cat next to it, side by side for the whole clip. And they get along! "
     "Am I wrong?",
     "dog", "gray", "cat", "brown"),
    ("Hi, quick message about the clip. A black car and a brown dog, next to each other in the frame from "
     "beginning to end. Bye!",
     "car", "black", "dog", "brown"),
    ("Oyez, oyez! A yellow ball beside a pink dog, both in the frame the whole clip! So it is proclaimed!",
     "ball", "yellow", "dog", "pink"),
    ("So I watched a gray cat next to a white dog, folks. Side by side. The whole clip. Thank you, "
     "goodnight!",
     "cat", "gray", "dog", "white"),
    ("Hey, it's me again. I need a yellow dog and an orange car side by side in the frame from start to "
     "finish. Call me back!",
     "dog", "yellow", "car", "orange"),
    ("Be it known to all the town: a black bird and a brown cat stand side by side in the frame the whole "
     "clip! Hear ye!",
     "bird", "black", "cat", "brown"),
    ("No, seriously, folks: a white ball next to a red car, in the frame from start to end. That's the whole "
     "film!",
     "ball", "white", "car", "red"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Hi, it's me. In the first half of the clip there's no car. In the second half a moving car appears "
     "and stays. Call me back!",
     "car"),
    ("Hear ye, hear ye! Be it known that no car is in the first half, and in the second half a moving car "
     "appears and stays!",
     "car"),
    ("So, folks, the first half: no car. Nothing. Then in the second half a moving car shows up and stays. "
     "Plot twist! Am I wrong?",
     "car"),
    ("Hey, quick message about the clip. No cat in the first half; a lively cat appears in the second half "
     "and stays to the end. Bye!",
     "cat"),
    ("Oyez! In the first half there is no cat, but in the second half a lively cat appears and stays! So it "
     "is proclaimed!",
     "cat"),
    ("No, seriously: first half, no cat. Second half, a lively cat appears and stays. Cats, folks. They "
     "arrive when they like!",
     "cat"),
    ("Hi, it's me. The clip starts with no bird for the first half, and then a flying bird appears in the "
     "second half and stays. Okay, bye!",
     "bird"),
    ("Be it known that the first half holds no bird, and that a flying bird appears in the second half and "
     "stays! Hear ye!",
     "bird"),
    ("Folks, first half of the clip: no bird. Second half: a flying bird appears and sticks around. Thank "
     "you, you've been great!",
     "bird"),
    ("Hey, it's me. No ball in the first half, please. In the second half a moving ball appears and stays in "
     "the frame. Call me back.",
     "ball"),
    ("Hear ye, hear ye! No ball in the first half! In the second half, a moving ball appears and stays!",
     "ball"),
    ("So the first half has no ball, folks. Then, second half, a moving ball appears and stays. Suspense! "
     "Am I wrong?",
     "ball"),
    ("Hi, quick message. In the clip there's no dog during the first half, then a walking dog appears in the "
     "second half and stays. Talk soon!",
     "dog"),
    ("Oyez, oyez! Let it be known: no dog in the first half, and a walking dog appears in the second half "
     "and stays to the end!",
     "dog"),
    ("No, seriously, folks: no dog in the first half. Second half, a walking dog appears and stays. Dogs "
     "always come back! Thank you!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Hi, it's me. A moving car is in the frame in the first half of the clip, and in the second half there's "
     "no car. Call me back!",
     "car"),
    ("Hear ye! Be it known that a moving car is in the frame in the first half, and that the second half has "
     "no car!",
     "car"),
    ("So, folks, a moving car, first half. Second half: no car. Gone. Like my last paycheck. Am I wrong?",
     "car"),
    ("Hey, quick message. A lively cat is in the frame during the first half, then it disappears; no cat in "
     "the second half. Bye!",
     "cat"),
    ("Oyez, oyez! A lively cat is in the frame for the first half, and there is no cat in the second half! So "
     "it is proclaimed!",
     "cat"),
    ("No, seriously: a lively cat in the first half, and in the second half, no cat. Classic cat move, "
     "folks!",
     "cat"),
    ("Hi, it's me. For the clip, a flying bird in the frame in the first half, and no bird in the second "
     "half. Okay, bye!",
     "bird"),
    ("Be it known to all: a flying bird is in the frame in the first half, and in the second half there is "
     "no bird! Hear ye!",
     "bird"),
    ("Folks, a flying bird in the first half of the clip, then in the second half, no bird. It just "
     "disappears! Thank you, you've been great!",
     "bird"),
    ("Hey, it's me. A moving ball is in the frame for the first half, and the second half has no ball. Call "
     "me back when you get this.",
     "ball"),
    ("Hear ye, hear ye! A moving ball is in the frame in the first half! In the second half there is no "
     "ball!",
     "ball"),
    ("So there's a moving ball in the first half, folks, and in the second half, no ball. Where did it go? "
     "Am I wrong?",
     "ball"),
    ("Hi, quick message about the clip. A walking dog is in the frame during the first half, then it "
     "disappears, and there's no dog in the second half. Talk soon!",
     "dog"),
    ("Oyez! Let it be known that a walking dog is in the frame in the first half, and no dog is in the "
     "second half!",
     "dog"),
    ("No, seriously, folks: a walking dog in the first half, then the second half, no dog. Ghosted by a dog! "
     "Thank you!",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Hi, it's me. In the clip, a moving car drives from the left side of the frame to the right side. Call "
     "me back!",
     "car", RIGHTWARD),
    ("Hear ye, hear ye! A moving car shall cross from the right side of the frame to the left side!",
     "car", LEFTWARD),
    ("So, folks, a moving car starts on the left side of the frame and ends up on the right side. That's the "
     "whole ride!",
     "car", RIGHTWARD),
    ("Hey, quick message. The moving car should start on the right side of the frame and finish on the left "
     "side. Bye!",
     "car", LEFTWARD),
    ("Oyez! Be it known that a moving car goes from the left side of the frame to the right side! So it is "
     "proclaimed!",
     "car", RIGHTWARD),
    ("No, seriously: a moving car, right side of the frame to the left side. No chase, no explosions. Am I "
     "wrong?",
     "car", LEFTWARD),
    ("Hi, it's me. A lively cat runs from the left side of the frame to the right side. Okay, talk later!",
     "cat", RIGHTWARD),
    ("Be it known that a lively cat runs from the right side of the frame to the left side! Hear ye!",
     "cat", LEFTWARD),
    ("Folks, a lively cat starts on the left side of the frame and runs all the way to the right side. "
     "Thank you, you've been great!",
     "cat", RIGHTWARD),
    ("Hey, it's me again. The lively cat begins on the right side of the frame and ends on the left side. "
     "Call me back when you get this.",
     "cat", LEFTWARD),
    ("Hear ye, hear ye! A lively cat goes from the left side of the frame to the right side!",
     "cat", RIGHTWARD),
    ("So this lively cat, folks, crosses from the right side of the frame to the left side. Won't come when "
     "called, though. Am I wrong?",
     "cat", LEFTWARD),
    ("Hi, quick message about the clip. A flying bird flies from the left side of the frame to the right "
     "side. Bye!",
     "bird", RIGHTWARD),
    ("Oyez, oyez! A flying bird crosses from the right side of the frame to the left side! So it is "
     "proclaimed!",
     "bird", LEFTWARD),
    ("No, seriously, folks: a flying bird starts on the left side of the frame and ends on the right side. "
     "That's the movie!",
     "bird", RIGHTWARD),
    ("Hi, it's me. For the clip, a flying bird starts on the right side of the frame and finishes on the left "
     "side. Call me back!",
     "bird", LEFTWARD),
    ("Let it be known to all that a flying bird flies from the left side of the frame to the right side! "
     "Hear ye!",
     "bird", RIGHTWARD),
    ("So a flying bird goes from the right side of the frame to the left side, folks. I paid for this! "
     "Thank you!",
     "bird", LEFTWARD),
    ("Hey, it's me. The moving ball rolls from the left side of the frame to the right side. Okay, bye!",
     "ball", RIGHTWARD),
    ("Hear ye! A moving ball shall roll from the right side of the frame to the left side! So it is "
     "proclaimed!",
     "ball", LEFTWARD),
    ("Folks, a moving ball starts on the left side of the frame and rolls to the right side. Edge of my "
     "seat! Am I wrong?",
     "ball", RIGHTWARD),
    ("Hi, quick message. A moving ball starts on the right side of the frame and stops on the left side. "
     "Talk soon!",
     "ball", LEFTWARD),
    ("Oyez! Be it known that a moving ball goes from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("No, seriously: a moving ball rolls from the right side of the frame to the left side. That's it, "
     "folks. Thank you, goodnight!",
     "ball", LEFTWARD),
    ("Hi, it's me. A walking dog walks from the left side of the frame to the right side. Call me back when "
     "you can.",
     "dog", RIGHTWARD),
    ("Hear ye, hear ye! A walking dog goes from the right side of the frame to the left side!",
     "dog", LEFTWARD),
    ("So, folks, a walking dog starts on the left side of the frame and ends on the right side. Best "
     "performance all year! Am I wrong?",
     "dog", RIGHTWARD),
    ("Hey, quick message about the clip: the walking dog begins on the right side of the frame and ends on "
     "the left side. Bye!",
     "dog", LEFTWARD),
    ("Be it known that a walking dog crosses from the left side of the frame to the right side! Oyez, oyez!",
     "dog", RIGHTWARD),
    ("Folks, a walking dog crosses from the right side of the frame to the left side. Slowly. Very slowly. "
     "Thank you, you've been great!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Hi, it's me. The car stays still, and a dog walks from the left of the car to the right of the car. "
     "Call me back!",
     "dog", "car", RIGHTWARD),
    ("Hear ye, hear ye! The bird stays still, and a ball rolls from the right of the bird to the left of the "
     "bird!",
     "ball", "bird", LEFTWARD),
    ("So, folks, the dog just stands there, not moving, and a ball rolls from the left of the dog to the "
     "right of the dog. Am I wrong?",
     "ball", "dog", RIGHTWARD),
    ("Hey, quick message. The cat stays still while a ball rolls from the right of the cat to the left of "
     "the cat. Bye!",
     "ball", "cat", LEFTWARD),
    ("Oyez! Be it known that the ball stays still, and a car drives from the left of the ball to the right "
     "of the ball!",
     "car", "ball", RIGHTWARD),
    ("No, seriously: the cat doesn't move, and a bird flies from the right of the cat to the left of the "
     "cat. The cat doesn't even look! Thank you!",
     "bird", "cat", LEFTWARD),
    ("Hi, it's me. For the clip, the bird stays still and a dog walks from the left of the bird to the right "
     "of the bird. Okay, bye!",
     "dog", "bird", RIGHTWARD),
    ("Be it known to all: the cat stays still, and a dog walks from the right of the cat to the left of the "
     "cat! Hear ye!",
     "dog", "cat", LEFTWARD),
    ("Folks, the car stays still. A ball rolls from the left of the car to the right of the car. Thrilling. "
     "Am I wrong?",
     "ball", "car", RIGHTWARD),
    ("Hey, it's me again. The cat stays put, and a dog walks from the right of the cat to the left of the "
     "cat. Call me back when you get this.",
     "dog", "cat", LEFTWARD),
    ("Hear ye! The ball stays still, and a bird flies from the left of the ball to the right of the ball! So "
     "it is proclaimed!",
     "bird", "ball", RIGHTWARD),
    ("So the ball stays still, folks, and a bird flies from the right of the ball to the left of the ball. "
     "The ball wins the staring contest!",
     "bird", "ball", LEFTWARD),
    ("Hi, quick message about the clip. The dog stays still while a bird flies from the left of the dog to "
     "the right of the dog. Talk soon!",
     "bird", "dog", RIGHTWARD),
    ("Oyez, oyez! The car stays still, and a bird flies from the right of the car to the left of the car!",
     "bird", "car", LEFTWARD),
    ("No, seriously, folks: the cat stays still and a car drives from the left of the cat to the right of "
     "the cat. Brave cat! Thank you, you've been great!",
     "car", "cat", RIGHTWARD),
    ("Hi, it's me. The ball stays still, and a dog walks from the right of the ball to the left of the ball. "
     "Call me back!",
     "dog", "ball", LEFTWARD),
    ("Let it be known that the ball stays still while a cat moves from the left of the ball to the right of "
     "the ball! Hear ye!",
     "cat", "ball", RIGHTWARD),
    ("So, folks, the ball doesn't move, and a dog walks from the right of the ball to the left of the ball. "
     "Doesn't even fetch it! Am I wrong?",
     "dog", "ball", LEFTWARD),
    ("Hey, it's me. The bird stays still, and a cat moves from the left of the bird to the right of the "
     "bird. Okay, bye!",
     "cat", "bird", RIGHTWARD),
    ("Hear ye, hear ye! The car stays still, and a dog walks from the right of the car to the left of the "
     "car! So it is proclaimed!",
     "dog", "car", LEFTWARD),
    ("Folks, the ball stays still. A bird flies from the left of the ball to the right of the ball. And "
     "that's the entire clip. Thank you!",
     "bird", "ball", RIGHTWARD),
    ("Hi, quick message. The ball stays put while a bird flies from the right of the ball to the left of the "
     "ball. Bye!",
     "bird", "ball", LEFTWARD),
    ("Oyez! Be it known that the ball stays still, and a car drives from the left of the ball to the right "
     "of the ball! Hear ye!",
     "car", "ball", RIGHTWARD),
    ("No, seriously: the dog stays still, and a bird flies from the right of the dog to the left of the dog. "
     "The dog couldn't care less, folks. Am I wrong?",
     "bird", "dog", LEFTWARD),
    ("Hi, it's me. In the clip the car stays still, and a dog walks from the left of the car to the right "
     "of the car. Call me back when you can.",
     "dog", "car", RIGHTWARD),
    ("Be it known to all the town: the ball stays still, and a bird flies from the right of the ball to the "
     "left of the ball!",
     "bird", "ball", LEFTWARD),
    ("So the cat stays still, folks, and a dog walks from the left of the cat to the right of the cat. No "
     "fight, nothing! Thank you, goodnight!",
     "dog", "cat", RIGHTWARD),
    ("Hey, quick message about the clip. The car stays still, and a dog walks from the right of the car to "
     "the left of the car. Talk soon!",
     "dog", "car", LEFTWARD),
    ("Hear ye! The dog stays still, and a cat moves from the left of the dog to the right of the dog! So it "
     "is proclaimed!",
     "cat", "dog", RIGHTWARD),
    ("Folks, the ball stays still, and a cat moves from the right of the ball to the left of the ball. "
     "Doesn't even swat it! Am I wrong?",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Hi, it's me. The clip is seen from directly above: a moving car starts in the lower left corner, drives "
     "to the lower right corner, then to the upper right corner. Call me back!",
     "car", BL_BR_TR),
    ("Hear ye, hear ye! Seen from above, a moving car goes from the lower left corner to the upper left "
     "corner, and then on to the upper right corner!",
     "car", BL_TL_TR),
    ("So, folks, top-down view. A moving car starts in the lower right corner, drives to the lower left "
     "corner, then ends in the upper left corner. Worst parking ever! Am I wrong?",
     "car", BR_BL_TL),
    ("Hey, quick message. Looking straight down, a moving car goes from the lower right corner to the upper "
     "right corner, then to the upper left corner. Bye!",
     "car", BR_TR_TL),
    ("Oyez! Be it known that, seen from overhead, a lively cat goes from the lower left corner to the lower "
     "right corner, and then to the upper right corner!",
     "cat", BL_BR_TR),
    ("No, seriously: seen from above, a lively cat starts in the lower left corner, runs to the upper left "
     "corner, then to the upper right corner. Cats, folks! Thank you!",
     "cat", BL_TL_TR),
    ("Hi, it's me. Top-down view for the clip: a lively cat begins in the lower right corner, goes to the "
     "lower left corner, and ends in the upper left corner. Okay, bye!",
     "cat", BR_BL_TL),
    ("Be it known to all: viewed from directly above, a lively cat goes from the lower right corner to the "
     "upper right corner, then to the upper left corner! Hear ye!",
     "cat", BR_TR_TL),
    ("Folks, picture it from above. A flying bird starts in the lower left corner, flies to the lower right "
     "corner, then to the upper right corner. Am I wrong?",
     "bird", BL_BR_TR),
    ("Hey, it's me again. Seen from overhead, a flying bird goes from the lower left corner to the upper left "
     "corner, and then to the upper right corner. Call me back when you get this.",
     "bird", BL_TL_TR),
    ("Hear ye, hear ye! Seen from above, a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner! So it is proclaimed!",
     "bird", BR_BL_TL),
    ("So the camera looks straight down, folks, and a flying bird goes from the lower right corner to the "
     "upper right corner, then to the upper left corner. That's it! Thank you!",
     "bird", BR_TR_TL),
    ("Hi, quick message about the clip. Top-down view: a moving ball rolls from the lower left corner to the "
     "lower right corner, then to the upper right corner. Talk soon!",
     "ball", BL_BR_TR),
    ("Oyez, oyez! Viewed from above, a moving ball starts in the lower left corner, rolls to the upper left "
     "corner, and ends in the upper right corner!",
     "ball", BL_TL_TR),
    ("No, seriously, folks: seen from above, a moving ball goes from the lower right corner to the lower "
     "left corner, then to the upper left corner. Busy little ball! Am I wrong?",
     "ball", BR_BL_TL),
    ("Hi, it's me. Looking down from directly above, a moving ball rolls from the lower right corner to the "
     "upper right corner, then to the upper left corner. Call me back!",
     "ball", BR_TR_TL),
    ("Let it be known that, seen from overhead, a walking dog goes from the lower left corner to the lower "
     "right corner, and then to the upper right corner! Hear ye!",
     "dog", BL_BR_TR),
    ("So, folks, top-down view: a walking dog starts in the lower left corner, walks to the upper left "
     "corner, then to the upper right corner. Busy dog! Thank you, you've been great!",
     "dog", BL_TL_TR),
    ("Hey, it's me. Seen from above, a walking dog begins in the lower right corner, walks to the lower left "
     "corner, and ends in the upper left corner. Okay, bye!",
     "dog", BR_BL_TL),
    ("Hear ye! Viewed from directly above, a walking dog goes from the lower right corner to the upper right "
     "corner, then to the upper left corner! So it is proclaimed!",
     "dog", BR_TR_TL),
    ("Folks, seen from above, a moving car goes from the lower left corner to the lower right corner, then "
     "to the upper right corner. Just like my commute! Am I wrong?",
     "car", BL_BR_TR),
    ("Hi, quick message. The clip is a top-down view: a moving car starts in the lower left corner, drives to "
     "the upper left corner, then to the upper right corner. Bye!",
     "car", BL_TL_TR),
    ("Oyez! Be it known that, looking straight down, a lively cat goes from the lower right corner to the "
     "lower left corner, then to the upper left corner!",
     "cat", BR_BL_TL),
    ("No, seriously: from overhead, a lively cat goes from the lower right corner to the upper right corner, "
     "then to the upper left corner. Then it sits. Thank you, goodnight!",
     "cat", BR_TR_TL),
    ("Hi, it's me. Seen from directly above, a flying bird starts in the lower left corner, flies to the "
     "lower right corner, and ends in the upper right corner. Call me back when you can.",
     "bird", BL_BR_TR),
    ("Hear ye, hear ye! Top-down view: a flying bird goes from the lower left corner to the upper left "
     "corner, then to the upper right corner!",
     "bird", BL_TL_TR),
    ("So, folks, from above: a moving ball rolls from the lower right corner to the lower left corner, then "
     "to the upper left corner. Nobody kicked it! Am I wrong?",
     "ball", BR_BL_TL),
    ("Hey, quick message about the clip. Viewed from overhead, a moving ball goes from the lower right corner "
     "to the upper right corner, then to the upper left corner. Talk soon!",
     "ball", BR_TR_TL),
    ("Be it known to all the town: seen from above, a walking dog walks from the lower left corner to the "
     "lower right corner, and then to the upper right corner! Oyez!",
     "dog", BL_BR_TR),
    ("Folks, top-down view. A walking dog starts in the lower left corner, walks to the upper left corner, "
     "then ends in the upper right corner. Good boy! Thank you, you've been great!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
