"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a late-night infomercial presenter ("Folks, ...", "But wait, there's more!", "Introducing ...",
  "Order today!", "Act now!", "Isn't that amazing?"), where the presenter, the studio and whatever
  is on sale are never in the video, and the pitch says plainly what the clip shows (no prices, no
  "right now", no "half price");
- a town crier's proclamation ("Hear ye, hear ye!", "Oyez, oyez!", "Be it known that ...", "naught
  else", "So it is proclaimed!"), where the crier, the crowd and the square are never in the video,
  and each proclamation names a plain fact about the clip;
- a voicemail left for a friend making the clip ("Hi, it's Jo.", "Hey, Sam here.", "Call me back!",
  "Talk soon.", "Okay, bye!"), where the caller and the phone are never in the video and the message
  says what the clip should show.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no "one more thing" on the voicemail, no payments in the
pitch). No voice uses a colour word for its own props, and none says "right" or "left" but for a
direction. A relation names its second object at both ends and says that object stays still. It takes
LVD's next draws: attribution pairs 90-99 then 0-19, and two-object relations 30-49 then 0-9 (in LVD's
order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 6612e89: 176/180 = 97.8% (numeracy 30, attribution 30, visibility 29, one-object 30, two-object 30,
sequential 27 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Folks, are you tired of busy clips? Here is the answer: one moving car, in the frame from start to "
     "finish, and nothing else! Order today!",
     "car", 1),
    ("Hear ye, hear ye! Be it known that two moving cars shall be in the frame from the start to the end, "
     "and nothing else besides!",
     "car", 2),
    ("Hi, it's Jo. Just calling about the clip: I need three moving cars in the frame from start to end, "
     "nothing else in it. Call me back, okay? Bye.",
     "car", 3),
    ("Introducing the clip with four moving cars! They stay in the frame the whole time, and there is "
     "nothing else in it. Isn't that amazing?",
     "car", 4),
    ("Oyez, oyez! Let it be known: one lively cat, in the frame from beginning to end, and naught else! So "
     "it is proclaimed!",
     "cat", 1),
    ("Hey, it's me again. For the clip, picture two lively cats in the frame the whole time, and nothing "
     "else at all. Talk soon!",
     "cat", 2),
    ("But wait, there's more! Three lively cats, in the frame from the opening moment to the last, with "
     "nothing else to get in the way! Act now!",
     "cat", 3),
    ("Hear ye! The clip shall show four lively cats in the frame from start to finish, and nothing else. So "
     "it is proclaimed!",
     "cat", 4),
    ("Hi, Sam here. About the video: one flying bird, in the frame from start to end. Nothing else. Give me "
     "a call when you get this.",
     "bird", 1),
    ("Folks, look at this! Two flying birds, in the frame the whole clip long, and nothing else! Order "
     "yours today!",
     "bird", 2),
    ("Oyez! Know ye all that three flying birds are in the frame from the start of the clip to its end, and "
     "nothing more!",
     "bird", 3),
    ("Hey, it's Jo. Quick message: the clip should have four flying birds in the frame the whole time, and "
     "nothing else. Okay, bye!",
     "bird", 4),
    ("Have you ever wished for a simpler clip? Now you can have it: one moving ball, in the frame from start "
     "to end, nothing else! Act now!",
     "ball", 1),
    ("Hear ye, hear ye! Two moving balls shall stay in the frame from beginning to end, and there shall be "
     "nothing else!",
     "ball", 2),
    ("Hi, it's me. So for the clip I'm thinking three moving balls, in the frame from start to finish, and "
     "nothing else. Call me back!",
     "ball", 3),
    ("But wait, there's more! Four moving balls in the frame the whole clip, and absolutely nothing else! "
     "Isn't that incredible?",
     "ball", 4),
    ("Oyez, oyez! Let all good folk know: one walking dog in the frame from the start to the end, and "
     "nothing else!",
     "dog", 1),
    ("Hey, Sam here. About the video: two walking dogs in the frame from start to end, nothing else. Talk "
     "to you later!",
     "dog", 2),
    ("Folks, this is the clip you've been waiting for: three walking dogs, in the frame from beginning to "
     "end, and nothing else! Order today!",
     "dog", 3),
    ("Hear ye! Be it known that four walking dogs are in the frame for the whole clip, and naught else "
     "besides! So it is proclaimed!",
     "dog", 4),
    ("Hi, it's Jo again. I forgot to say: the clip has one moving car in the frame from start to end, and "
     "nothing else. Bye for now!",
     "car", 1),
    ("Introducing four lively cats, in the frame from the opening moment to the last, and nothing else! "
     "Don't wait, act now!",
     "cat", 4),
    ("Oyez! Two flying birds shall be in the frame from start to finish, and nothing else. Hear ye, hear ye!",
     "bird", 2),
    ("Hey, it's me. The clip: one moving ball in the frame the whole time, and that's all, nothing else. "
     "Call me when you can.",
     "ball", 1),
    ("But wait, there's more! Two walking dogs in the frame from start to end, and nothing else in sight! "
     "Order now!",
     "dog", 2),
    ("Hear ye, hear ye! Three moving cars in the frame from the start to the end, and nothing else! So it "
     "is proclaimed!",
     "car", 3),
    ("Hi, Sam here. For the video, just one lively cat in the frame from start to finish, nothing else. "
     "Okay, talk soon, bye!",
     "cat", 1),
    ("Folks, you asked for it! Three flying birds in the frame the whole clip through, and nothing else! "
     "Isn't that amazing?",
     "bird", 3),
    ("Oyez, oyez! Be it known: four moving balls in the frame from beginning to end, and nothing else!",
     "ball", 4),
    ("Hey, it's Jo. Last message, I promise: four walking dogs in the frame from start to end, and nothing "
     "else. Bye!",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19.
_ATTRIBUTION = [
    ("Folks, look at this pair: a white cat and an orange dog, side by side in the frame from start to "
     "finish! Order today!",
     "cat", "white", "dog", "orange"),
    ("Hear ye, hear ye! A green bird and an orange car stand side by side in the frame for the whole clip!",
     "bird", "green", "car", "orange"),
    ("Hi, it's Jo. For the clip: a brown dog next to a red ball, both in the frame the whole time. Call me "
     "back!",
     "dog", "brown", "ball", "red"),
    ("But wait, there's more! A yellow car with a white bird beside it, in the frame from start to end! Act "
     "now!",
     "car", "yellow", "bird", "white"),
    ("Oyez! Be it known that a blue cat and a brown bird are side by side in the frame from beginning to "
     "end!",
     "cat", "blue", "bird", "brown"),
    ("Hey, it's me. Picture a black bird beside an orange cat, both of them in the frame start to finish. "
     "Bye!",
     "bird", "black", "cat", "orange"),
    ("Introducing a black ball and a red dog, side by side in the frame the whole clip long! Isn't that "
     "amazing?",
     "ball", "black", "dog", "red"),
    ("Hear ye! A brown bird beside an orange dog, in the frame from the start to the end! So it is "
     "proclaimed!",
     "bird", "brown", "dog", "orange"),
    ("Hi, Sam here. The clip should show a red ball next to a purple car, both in the frame the whole time. "
     "Talk soon!",
     "ball", "red", "car", "purple"),
    ("Folks, you won't believe it: a purple car and a white bird, side by side in the frame from start to "
     "finish! Order now!",
     "car", "purple", "bird", "white"),
    ("Oyez, oyez! A blue cat and a white bird shall be side by side in the frame for the whole clip!",
     "cat", "blue", "bird", "white"),
    ("Hey, it's Jo. I need a yellow dog with a green ball beside it, in the frame from start to end. Call "
     "me back when you can.",
     "dog", "yellow", "ball", "green"),
    ("But wait, there's more! A blue dog next to an orange car, both in the frame the whole clip! Act now!",
     "dog", "blue", "car", "orange"),
    ("Hear ye, hear ye! Be it known: a purple ball and a blue car, side by side in the frame from start to "
     "finish!",
     "ball", "purple", "car", "blue"),
    ("Hi, it's me again. A green dog and a black bird, side by side, in the frame from beginning to end. "
     "Okay, bye!",
     "dog", "green", "bird", "black"),
    ("Introducing a purple ball with a black cat beside it, in the frame from the opening moment to the "
     "last! Order today!",
     "ball", "purple", "cat", "black"),
    ("Oyez! A black car with an orange bird at its side, in the frame the whole clip through! So it is "
     "proclaimed!",
     "car", "black", "bird", "orange"),
    ("Hey, Sam here. For the video: a black ball next to a purple cat, both in the frame start to finish. "
     "Talk to you later.",
     "ball", "black", "cat", "purple"),
    ("Folks, have you ever seen a pink bird beside a brown dog? Here they are, side by side in the frame "
     "the whole clip!",
     "bird", "pink", "dog", "brown"),
    ("Hear ye! A brown ball and a blue dog stay side by side in the frame from start to end!",
     "ball", "brown", "dog", "blue"),
    ("Hi, it's Jo. Quick message: a yellow ball and a pink dog, side by side in the frame the whole time. "
     "Bye!",
     "ball", "yellow", "dog", "pink"),
    ("But wait, there's more! A pink bird next to a gray ball, in the frame from start to finish! Isn't "
     "that incredible?",
     "bird", "pink", "ball", "gray"),
    ("Oyez, oyez! Let it be known that a gray dog and a purple car are side by side in the frame for the "
     "whole clip!",
     "dog", "gray", "car", "purple"),
    ("Hey, it's me. The clip: a green cat with a purple ball beside it, both in the frame from start to "
     "end. Call me!",
     "cat", "green", "ball", "purple"),
    ("Introducing a green dog and a gray ball, side by side in the frame from beginning to end! Act now!",
     "dog", "green", "ball", "gray"),
    ("Hear ye, hear ye! A yellow ball beside a pink bird, in the frame the whole clip long!",
     "ball", "yellow", "bird", "pink"),
    ("Hi, Sam here. I'd like a pink cat next to a yellow dog, in the frame from start to finish. Talk soon, "
     "bye!",
     "cat", "pink", "dog", "yellow"),
    ("Folks, look at this: a brown car and a yellow ball, side by side in the frame the whole clip! Order "
     "now!",
     "car", "brown", "ball", "yellow"),
    ("Oyez! Be it known: a brown car with a white dog beside it, in the frame from start to end!",
     "car", "brown", "dog", "white"),
    ("Hey, it's Jo, last thing: an orange dog next to a brown car, both in the frame the whole time. Bye!",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Folks, the first half of the clip has no car. But wait, there's more! In the second half a moving car "
     "appears in the frame and stays!",
     "car"),
    ("Hear ye, hear ye! In the first half there is no car. In the second half a moving car appears and "
     "stays in the frame!",
     "car"),
    ("Hi, it's Jo. So, no car in the first half of the clip, and then in the second half a moving car "
     "appears and stays. Call me back!",
     "car"),
    ("Oyez! Be it known that no cat is in the first half, and that a lively cat appears in the second half "
     "and stays!",
     "cat"),
    ("Hey, it's me. First half of the clip: no cat. Second half: a lively cat appears in the frame and "
     "stays there. Bye!",
     "cat"),
    ("Introducing the surprise clip! No cat in the first half, then in the second half a lively cat appears "
     "and stays! Isn't that amazing?",
     "cat"),
    ("Hi, Sam here. The video has no bird in the first half, and a flying bird appears in the second half "
     "and stays. Talk soon.",
     "bird"),
    ("Watch closely, folks: no bird during the first half! Then in the second half a flying bird appears "
     "and stays in the frame! Order today!",
     "bird"),
    ("Hear ye! The first half shows no bird. In the second half a flying bird appears in the frame and "
     "stays! So it is proclaimed!",
     "bird"),
    ("But wait, there's more! No ball in the first half, and in the second half a moving ball appears and "
     "stays in the frame! Act now!",
     "ball"),
    ("Oyez, oyez! No ball in the first half of the clip! A moving ball appears in the second half and stays "
     "to the end!",
     "ball"),
    ("Hey, it's Jo. Quick message: there's no ball in the first half, then a moving ball appears in the "
     "second half and stays. Bye!",
     "ball"),
    ("Hear ye, hear ye! No dog in the first half! In the second half a walking dog appears and stays in the "
     "frame!",
     "dog"),
    ("Hi, it's me again. For the clip: no dog in the first half, and in the second half a walking dog "
     "appears and stays. Call me!",
     "dog"),
    ("Folks, the first half has no dog at all. Then, in the second half, a walking dog appears and stays! "
     "Isn't that incredible?",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Hear ye! A moving car is in the frame in the first half. In the second half there is no car! So it is "
     "proclaimed!",
     "car"),
    ("Hi, it's Jo. A moving car in the frame for the first half, then no car in the second half. Call me "
     "back!",
     "car"),
    ("Folks, a moving car in the frame for the first half, and then, like magic, no car in the second half! "
     "Order now!",
     "car"),
    ("Hey, it's me. A lively cat is in the frame during the first half, and the second half has no cat. "
     "Talk soon!",
     "cat"),
    ("But wait, there's more! A lively cat in the frame in the first half disappears, and the second half "
     "has no cat! Act now!",
     "cat"),
    ("Oyez, oyez! A lively cat is in the frame for the first half, and there is no cat in the second half!",
     "cat"),
    ("Introducing the vanishing bird! A flying bird in the frame for the first half, and no bird in the "
     "second half! Isn't that amazing?",
     "bird"),
    ("Hear ye, hear ye! A flying bird is in the frame in the first half. In the second half, no bird!",
     "bird"),
    ("Hi, Sam here. The clip: a flying bird in the frame for the first half, then no bird in the second "
     "half. Bye!",
     "bird"),
    ("Oyez! Be it known that a moving ball is in the frame for the first half and that there is no ball in "
     "the second half!",
     "ball"),
    ("Folks, watch this! A moving ball in the frame in the first half, and in the second half, no ball at "
     "all! Order today!",
     "ball"),
    ("Hey, it's Jo. A moving ball in the frame during the first half, and no ball in the second half. Call "
     "me when you get this.",
     "ball"),
    ("Hi, it's me again. A walking dog is in the frame for the first half, then it disappears: no dog in "
     "the second half. Okay, bye!",
     "dog"),
    ("Hear ye! A walking dog in the frame for the first half! No dog in the second half! So it is "
     "proclaimed!",
     "dog"),
    ("But wait, there's more! A walking dog in the frame for the first half, and no dog in the second half! "
     "Act now!",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Folks, watch this moving car go from the left side of the frame to the right side! Order today!",
     "car", RIGHTWARD),
    ("Hear ye, hear ye! A moving car goes from the right side of the frame to the left side!",
     "car", LEFTWARD),
    ("Hi, it's Jo. A moving car that starts on the left side of the frame and ends on the right side. Call "
     "me back!",
     "car", RIGHTWARD),
    ("But wait, there's more! A moving car starts on the right side of the frame and ends on the left side! "
     "Act now!",
     "car", LEFTWARD),
    ("Oyez! Be it known: a moving car drives from the left side of the frame to the right side!",
     "car", RIGHTWARD),
    ("Hey, it's me. The moving car goes from the right side of the frame over to the left side. Bye!",
     "car", LEFTWARD),
    ("Hear ye! A lively cat runs from the left side of the frame to the right side! So it is proclaimed!",
     "cat", RIGHTWARD),
    ("Hi, Sam here. A lively cat running from the right side of the frame to the left side, okay? Talk "
     "soon.",
     "cat", LEFTWARD),
    ("Introducing a lively cat that runs from the left side of the frame to the right side! Isn't that "
     "amazing?",
     "cat", RIGHTWARD),
    ("Oyez, oyez! A lively cat starts on the right side of the frame and ends on the left side!",
     "cat", LEFTWARD),
    ("Hey, it's Jo. A lively cat, starting on the left side of the frame and finishing on the right side. "
     "Call me!",
     "cat", RIGHTWARD),
    ("Folks, look! A lively cat crosses from the right side of the frame to the left side! Order now!",
     "cat", LEFTWARD),
    ("Hi, it's me again. A flying bird goes from the left side of the frame to the right side. Bye for now!",
     "bird", RIGHTWARD),
    ("But wait, there's more! A flying bird flies from the right side of the frame to the left side! Act "
     "now!",
     "bird", LEFTWARD),
    ("Hear ye, hear ye! A flying bird flies from the left side of the frame to the right side!",
     "bird", RIGHTWARD),
    ("Hey, Sam here. The flying bird should start on the right side of the frame and end on the left side. "
     "Talk to you later.",
     "bird", LEFTWARD),
    ("Folks, you asked for it: a flying bird crossing from the left side of the frame to the right side! "
     "Order today!",
     "bird", RIGHTWARD),
    ("Oyez! A flying bird begins on the right side of the frame and ends on the left side! So it is "
     "proclaimed!",
     "bird", LEFTWARD),
    ("Introducing a moving ball that rolls from the left side of the frame to the right side! Isn't that "
     "incredible?",
     "ball", RIGHTWARD),
    ("Hear ye! A moving ball rolls from the right side of the frame to the left side!",
     "ball", LEFTWARD),
    ("Hi, it's Jo. A moving ball rolling from the left side of the frame to the right side. Call me back "
     "when you can.",
     "ball", RIGHTWARD),
    ("But wait, there's more! A moving ball starts on the right side of the frame and stops on the left "
     "side! Act now!",
     "ball", LEFTWARD),
    ("Oyez, oyez! A moving ball goes from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("Hey, it's me. So the moving ball rolls from the right side of the frame to the left side. Okay, bye!",
     "ball", LEFTWARD),
    ("Hear ye, hear ye! A walking dog walks from the left side of the frame to the right side!",
     "dog", RIGHTWARD),
    ("Hi, Sam here. A walking dog going from the right side of the frame to the left side. Talk soon!",
     "dog", LEFTWARD),
    ("Folks, here it is: a walking dog that goes from the left side of the frame to the right side! Order "
     "now!",
     "dog", RIGHTWARD),
    ("Oyez! Be it known that a walking dog starts on the right side of the frame and ends on the left side!",
     "dog", LEFTWARD),
    ("Hey, it's Jo. A walking dog that begins on the left side of the frame and ends on the right side. "
     "Bye!",
     "dog", RIGHTWARD),
    ("But wait, there's more! A walking dog crosses from the right side of the frame to the left side! "
     "Isn't that amazing?",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("Folks, the ball stays still, and a bird flies from the left of the ball to the right of the ball! "
     "Order today!",
     "bird", "ball", RIGHTWARD),
    ("Hear ye, hear ye! The ball does not move, and a bird flies from the right of the ball to the left of "
     "the ball!",
     "bird", "ball", LEFTWARD),
    ("Hi, it's Jo. The ball stays still while a car drives from the left of the ball to the right of the "
     "ball. Call me back!",
     "car", "ball", RIGHTWARD),
    ("But wait, there's more! The dog stays put as a bird flies from the right of the dog to the left of "
     "the dog! Act now!",
     "bird", "dog", LEFTWARD),
    ("Oyez! Be it known that the car stays still and a dog walks from the left of the car to the right of "
     "the car!",
     "dog", "car", RIGHTWARD),
    ("Hey, it's me. The ball doesn't move. A bird flies from the right of the ball to the left of the ball. "
     "Bye!",
     "bird", "ball", LEFTWARD),
    ("Introducing a cat that never moves, and a dog that walks from the left of the cat to the right of the "
     "cat! Isn't that amazing?",
     "dog", "cat", RIGHTWARD),
    ("Hear ye! The car stays still, and a dog walks from the right of the car to the left of the car! So it "
     "is proclaimed!",
     "dog", "car", LEFTWARD),
    ("Hi, Sam here. The dog stays still, and a cat moves from the left of the dog to the right of the dog. "
     "Talk soon.",
     "cat", "dog", RIGHTWARD),
    ("Folks, look at this: the ball stays put while a cat runs from the right of the ball to the left of "
     "the ball! Order now!",
     "cat", "ball", LEFTWARD),
    ("Oyez, oyez! The dog shall not move, and a cat shall run from the left of the dog to the right of the "
     "dog!",
     "cat", "dog", RIGHTWARD),
    ("Hey, it's Jo. The dog stays still, and a ball rolls from the right of the dog to the left of the dog. "
     "Call me!",
     "ball", "dog", LEFTWARD),
    ("But wait, there's more! The bird stays still while a dog walks from the left of the bird to the right "
     "of the bird! Act now!",
     "dog", "bird", RIGHTWARD),
    ("Hear ye, hear ye! The cat stays still, and a bird flies from the right of the cat to the left of the "
     "cat!",
     "bird", "cat", LEFTWARD),
    ("Hi, it's me again. The bird doesn't move, and a cat goes from the left of the bird to the right of "
     "the bird. Okay, bye!",
     "cat", "bird", RIGHTWARD),
    ("Introducing a cat that stays still, while a bird flies from the right of the cat to the left of the "
     "cat! Isn't that incredible?",
     "bird", "cat", LEFTWARD),
    ("Oyez! The cat stays still, and a dog walks from the left of the cat to the right of the cat! So it is "
     "proclaimed!",
     "dog", "cat", RIGHTWARD),
    ("Hey, Sam here. The dog stays put. A bird flies from the right of the dog to the left of the dog. Talk "
     "to you later.",
     "bird", "dog", LEFTWARD),
    ("Folks, the cat stays still as a dog walks from the left of the cat to the right of the cat! Order "
     "today!",
     "dog", "cat", RIGHTWARD),
    ("Hear ye! Be it known that the car does not move, and a bird flies from the right of the car to the "
     "left of the car!",
     "bird", "car", LEFTWARD),
    ("Hi, it's Jo. The car stays still, and a bird flies from the left of the car to the right of the car. "
     "Call me back when you can.",
     "bird", "car", RIGHTWARD),
    ("But wait, there's more! The bird stays still while a car drives from the right of the bird to the "
     "left of the bird! Act now!",
     "car", "bird", LEFTWARD),
    ("Oyez, oyez! The cat stays still, and a bird flies from the left of the cat to the right of the cat!",
     "bird", "cat", RIGHTWARD),
    ("Hey, it's me. The bird doesn't move. A car drives from the right of the bird to the left of the bird. "
     "Bye!",
     "car", "bird", LEFTWARD),
    ("Introducing a dog that stays still, and a bird that flies from the left of the dog to the right of "
     "the dog! Order now!",
     "bird", "dog", RIGHTWARD),
    ("Hear ye, hear ye! The cat stays put, and a dog walks from the right of the cat to the left of the "
     "cat!",
     "dog", "cat", LEFTWARD),
    ("Hi, Sam here. The dog stays still while a ball rolls from the left of the dog to the right of the "
     "dog. Talk soon!",
     "ball", "dog", RIGHTWARD),
    ("Folks, the cat stays still, and a bird flies from the right of the cat to the left of the cat! Isn't "
     "that amazing?",
     "bird", "cat", LEFTWARD),
    ("Oyez! The ball shall stay still, and a car shall drive from the left of the ball to the right of the "
     "ball!",
     "car", "ball", RIGHTWARD),
    ("Hey, it's Jo, last thing: the bird stays still, and a cat goes from the right of the bird to the left "
     "of the bird. Bye!",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Folks, seen from directly above: a moving car goes from the lower left corner to the lower right "
     "corner, then to the upper right corner! Order today!",
     "car", BL_BR_TR),
    ("Hear ye, hear ye! Viewed from overhead, a moving car starts in the lower left corner, drives to the "
     "upper left corner, and ends in the upper right corner!",
     "car", BL_TL_TR),
    ("Hi, it's Jo. Top-down view: a moving car starts in the lower right corner, goes to the lower left "
     "corner, then ends in the upper left corner. Call me back!",
     "car", BR_BL_TL),
    ("But wait, there's more! Seen from above, a moving car drives from the lower right corner to the upper "
     "right corner, and then to the upper left corner! Act now!",
     "car", BR_TR_TL),
    ("Oyez! Be it known: seen from directly above, a lively cat goes from the lower left corner to the "
     "lower right corner, then to the upper right corner!",
     "cat", BL_BR_TR),
    ("Hey, it's me. Looking straight down, a lively cat starts in the lower left corner, runs to the upper "
     "left corner, and ends in the upper right corner. Bye!",
     "cat", BL_TL_TR),
    ("Introducing the view from above! A lively cat starts in the lower right corner, runs to the lower "
     "left corner, and finishes in the upper left corner! Isn't that amazing?",
     "cat", BR_BL_TL),
    ("Hear ye! Viewed from overhead, a lively cat goes from the lower right corner to the upper right "
     "corner, then to the upper left corner! So it is proclaimed!",
     "cat", BR_TR_TL),
    ("Hi, Sam here. Seen from above, a flying bird flies from the lower left corner to the lower right "
     "corner, then on to the upper right corner. Talk soon.",
     "bird", BL_BR_TR),
    ("Folks, a top-down view: a flying bird goes from the lower left corner to the upper left corner, then "
     "to the upper right corner! Order now!",
     "bird", BL_TL_TR),
    ("Oyez, oyez! Seen from directly above, a flying bird starts in the lower right corner, flies to the "
     "lower left corner, and ends in the upper left corner!",
     "bird", BR_BL_TL),
    ("Hey, it's Jo. Viewed from overhead, a flying bird begins in the lower right corner, flies to the "
     "upper right corner, and ends in the upper left corner. Call me!",
     "bird", BR_TR_TL),
    ("But wait, there's more! Seen from above, a moving ball rolls from the lower left corner to the lower "
     "right corner, then to the upper right corner! Act now!",
     "ball", BL_BR_TR),
    ("Hear ye, hear ye! Looking straight down, a moving ball starts in the lower left corner, rolls to the "
     "upper left corner, and stops in the upper right corner!",
     "ball", BL_TL_TR),
    ("Hi, it's me again. Top-down view: a moving ball goes from the lower right corner to the lower left "
     "corner, then to the upper left corner. Okay, bye!",
     "ball", BR_BL_TL),
    ("Introducing a moving ball seen from directly above! It rolls from the lower right corner to the upper "
     "right corner, and then to the upper left corner! Isn't that incredible?",
     "ball", BR_TR_TL),
    ("Oyez! Viewed from overhead, a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner! So it is proclaimed!",
     "dog", BL_BR_TR),
    ("Hey, Sam here. Seen from above, a walking dog starts in the lower left corner, walks to the upper "
     "left corner, and ends in the upper right corner. Talk to you later.",
     "dog", BL_TL_TR),
    ("Folks, from directly above: a walking dog goes from the lower right corner to the lower left corner, "
     "then to the upper left corner! Order today!",
     "dog", BR_BL_TL),
    ("Hear ye! Top-down view: a walking dog starts in the lower right corner, walks to the upper right "
     "corner, and finishes in the upper left corner!",
     "dog", BR_TR_TL),
    ("Hi, it's Jo. Looking straight down, a moving car drives from the lower left corner to the lower right "
     "corner, and then to the upper right corner. Bye for now!",
     "car", BL_BR_TR),
    ("But wait, there's more! Viewed from overhead, a lively cat goes from the lower left corner to the "
     "upper left corner, then to the upper right corner! Order now!",
     "cat", BL_TL_TR),
    ("Oyez, oyez! Seen from above, a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner!",
     "bird", BR_BL_TL),
    ("Hey, it's me. Seen from directly above, a moving ball starts in the lower right corner, rolls to the "
     "upper right corner, and ends in the upper left corner. Call me back!",
     "ball", BR_TR_TL),
    ("Introducing a top-down view of a walking dog! It goes from the lower left corner to the lower right "
     "corner, then to the upper right corner! Act now!",
     "dog", BL_BR_TR),
    ("Hear ye, hear ye! Seen from above, a moving car starts in the lower right corner, drives to the lower "
     "left corner, and ends in the upper left corner!",
     "car", BR_BL_TL),
    ("Hi, Sam here. Top-down view: a lively cat goes from the lower right corner to the upper right corner, "
     "then to the upper left corner. Talk soon!",
     "cat", BR_TR_TL),
    ("Folks, look from overhead: a flying bird starts in the lower left corner, flies to the upper left "
     "corner, and ends in the upper right corner! Isn't that amazing?",
     "bird", BL_TL_TR),
    ("Oyez! Viewed from directly above, a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner! So it is proclaimed!",
     "ball", BL_BR_TR),
    ("Hey, it's Jo, last message: seen from above, a walking dog walks from the lower right corner to the "
     "upper right corner, then to the upper left corner. Bye!",
     "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
