"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a three-year-old dictating to a parent ("write it down", "and then", "okay that's it", "my teddy"),
  where the parent, the teddy, the crayons and the bedtime are never in the video, and the story told is
  the clip;
- an emergency broadcast alert ("This is an emergency alert", "this is not a drill", "stay tuned",
  "residents are advised"), where the announcer, the residents and the shelters are never in the video, and
  the event reported is the clip;
- a therapist's session notes ("Client reports", "Observed:", "Affect:", "Plan:"), where the client, the
  therapist and the office are never in the video, and the image the client describes is the clip.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
parent, teddy, resident or client beside the count) and put no other number word beside it (no "first
responders", no "one more time", no "a couple of"). No voice gives its own props a colour or a count, no
idiom hides a class noun or a side (no "on behalf", no "right now", no "has left"), "half" is only said of
the clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a relation's second
object. A relation names its second object at both ends and says that object stays still; a route is
always seen from above. It takes LVD's attribution pairs 0-29 and its two-object relations 40-49 and 10-29
(in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 177/180 on 43964f8 (attribution, visibility, sequential 29, the rest 30), and the same 177/180 on
54dcf91, after every fix of the session before for sets 98, 102-105 and 107 (none carried over): held back in
UNFIXED_SETS to measure that; 180/180 after the fixes of its own branch (a child's "Write a pink cat, and a yellow dog
by it." dictates scene things, no mark on a sheet; an assurance denying no thing, "This is not a drill:", casts no
absence; "Image reported, from a top-down view:" is a heading, never a thing in view).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Write it down! One moving car. Just one moving car the whole time, from the start to the end. Nothing else.",
     "car", 1),
    ("THIS IS AN EMERGENCY ALERT. Two moving cars are in view from the start of the clip to its end. Nothing else "
     "is in view. Stay tuned.",
     "car", 2),
    ("Session notes. The image described today: three moving cars, present from beginning to end, and nothing "
     "else in it. Affect: calm.",
     "car", 3),
    ("And there's four moving cars! Four moving cars, there all the time, start to end, and nothing else, okay?",
     "car", 4),
    ("Observed in the imagery exercise: one lively cat, in view the entire clip, with nothing else present.",
     "cat", 1),
    ("This is not a drill: two lively cats, visible from the start of the clip until the end. Nothing else is "
     "visible. Stay tuned for updates.",
     "cat", 2),
    ("Three lively cats. Yeah. Three lively cats from the start till the end, and nothing else is there. Write "
     "that!",
     "cat", 3),
    ("Reported image, recurring: four lively cats, there from start to finish, and nothing else in view. "
     "Affect: warm, tearful.",
     "cat", 4),
    ("ALERT. Repeat, alert. One flying bird is in view from the beginning of the clip to the end, and nothing "
     "else.",
     "bird", 1),
    ("Can you write two flying birds? Two flying birds, and they stay the whole time, start to end. No other "
     "stuff.",
     "bird", 2),
    ("Imagery described: three flying birds, visible from the opening of the clip to its close, with nothing else "
     "in the scene.",
     "bird", 3),
    ("Emergency broadcast: four flying birds are in view for the entire clip, start to finish. Nothing else is "
     "reported in view.",
     "bird", 4),
    ("A moving ball! One moving ball, the whole time, start to the end. And nothing else. That's all.",
     "ball", 1),
    ("Observed: two moving balls, in view from beginning to end. Nothing else appears. Plan: revisit this image.",
     "ball", 2),
    ("This is an emergency alert. Three moving balls have been in view from the start of the clip through its "
     "end. There is nothing else in view.",
     "ball", 3),
    ("Okay so, four moving balls, and they're there the whole time, from start to end, and there's nothing else. "
     "Nothing!",
     "ball", 4),
    ("Nothing else is visible. Only one walking dog, in view from the start of the clip to its end. This is not "
     "a drill.",
     "dog", 1),
    ("Session summary: the image is two walking dogs, present from start to finish, nothing else in it. "
     "Affect: brighter.",
     "dog", 2),
    ("Three walking dogs! From the start to the end, three walking dogs, and not any other thing. Write it "
     "big.",
     "dog", 3),
    ("In view for the whole clip, beginning to end: four walking dogs. Nothing else is in view. Stay tuned for "
     "updates.",
     "dog", 4),
    ("Described, with some hesitation: two moving cars, there from start to finish, and nothing beside them.",
     "car", 2),
    ("Um, one lively cat. And it's there all the time till the end. And nothing else. Just the lively cat.",
     "cat", 1),
    ("Alert in effect: three flying birds are in view from start to finish. No other thing is in view.",
     "bird", 3),
    ("Notes: image of four moving balls, visible for the whole clip, start to finish, and nothing else. Plan: "
     "continue.",
     "ball", 4),
    ("Two walking dogs, two! They're there from the start to the end. Nothing else in it, no.",
     "dog", 2),
    ("Emergency alert. One moving car is in view from the beginning of the clip to its end. Nothing else is in "
     "view. Stay tuned.",
     "car", 1),
    ("Reported: four lively cats, present throughout the clip, with nothing else present. Affect: flat, then "
     "amused.",
     "cat", 4),
    ("A flying bird, one flying bird, and it stays the whole clip, from start to end, and that's all there is.",
     "bird", 1),
    ("This is not a drill. Two moving balls, in view from the start of the clip to the end, and nothing else.",
     "ball", 2),
    ("Image held through the session: three walking dogs, in view from start to finish, and nothing else around "
     "them.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Write this: a blue cat! And a white bird next to it. They're there the whole time, start to end.",
     "cat", "blue", "bird", "white"),
    ("EMERGENCY ALERT: a yellow dog and a green ball are side by side, in view from the start of the clip to "
     "its end. Stay tuned.",
     "dog", "yellow", "ball", "green"),
    ("Client describes a blue dog beside an orange car, both present from beginning to end. Affect: curious.",
     "dog", "blue", "car", "orange"),
    ("And a purple ball, and a blue car by it, and they stay there the whole time. Purple is my best!",
     "ball", "purple", "car", "blue"),
    ("Observed image: a green dog with a black bird beside it, both in view from start to finish. Plan: "
     "explore.",
     "dog", "green", "bird", "black"),
    ("This is not a drill. A purple ball and a black cat beside it are in view for the whole clip.",
     "ball", "purple", "cat", "black"),
    ("Residents are advised: a black car with an orange bird next to it, both in view from start to finish.",
     "car", "black", "bird", "orange"),
    ("A black ball. Next to it a purple cat! Purple cats are silly. They're there the whole time, till the end.",
     "ball", "black", "cat", "purple"),
    ("Client reports an image of a pink bird beside a brown dog, both there from the opening of the clip to its "
     "close.",
     "bird", "pink", "dog", "brown"),
    ("Alert update: a brown ball beside a blue dog, both in view from the beginning of the clip to its end.",
     "ball", "brown", "dog", "blue"),
    ("Mommy, write a yellow ball and a pink dog, sitting together, and they don't go away, the whole time.",
     "ball", "yellow", "dog", "pink"),
    ("Described in session: a pink bird next to a gray ball, both visible throughout the clip. Affect: "
     "settled.",
     "bird", "pink", "ball", "gray"),
    ("THIS IS AN EMERGENCY ALERT. A gray dog is beside a purple car. Both remain in view from start to "
     "finish.",
     "dog", "gray", "car", "purple"),
    ("A green cat! And a purple ball beside the green cat. All the time, from the start to the end.",
     "cat", "green", "ball", "purple"),
    ("Notes: client pictures a green dog beside a gray ball, in view from start to finish. Plan: return to "
     "this.",
     "dog", "green", "ball", "gray"),
    ("Stay tuned: a yellow ball with a pink bird beside it is in view for the whole clip.",
     "ball", "yellow", "bird", "pink"),
    ("Is a pink cat real? Write a pink cat, and a yellow dog by it. They stay the whole time, okay?",
     "cat", "pink", "dog", "yellow"),
    ("Image reported: a brown car beside a yellow ball, both present from beginning to end. Client smiled.",
     "car", "brown", "ball", "yellow"),
    ("This is not a drill: a brown car and a white dog beside it, both in view from the start of the clip "
     "to the end.",
     "car", "brown", "dog", "white"),
    ("An orange dog and a brown car, next to each other, all the time to the end. The end. No, not yet.",
     "dog", "orange", "car", "brown"),
    ("Observed: the client describes a brown ball beside an orange cat, both in view from start to finish.",
     "ball", "brown", "cat", "orange"),
    ("Emergency broadcast: a gray dog beside an orange ball, both in view for the entire clip. Stay tuned.",
     "dog", "gray", "ball", "orange"),
    ("A yellow ball, and an orange cat by it. Write orange cat. They stay there the whole time, from start to "
     "end.",
     "ball", "yellow", "cat", "orange"),
    ("Client's image: a purple dog next to a brown car, both present throughout the clip. Affect: bemused.",
     "dog", "purple", "car", "brown"),
    ("Residents are advised that a gray dog and a blue car beside it remain in view from start to finish.",
     "dog", "gray", "car", "blue"),
    ("A white car and an orange bird on it, no, next to it, and they stay the whole time till the end!",
     "car", "white", "bird", "orange"),
    ("Session notes: a brown car with a blue bird beside it, in view from beginning to end. Plan: continue "
     "imagery work.",
     "car", "brown", "bird", "blue"),
    ("ALERT: a blue car beside a yellow cat, both in view from the start of the clip through the end.",
     "car", "blue", "cat", "yellow"),
    ("A gray cat! And a yellow bird next to the gray cat. They stay, they stay the whole time, to the end.",
     "cat", "gray", "bird", "yellow"),
    ("Client describes a white dog beside a black car, both present from start to finish. Affect: steady.",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("In the first half there's no car. No car! Then in the second half a moving car comes, and it stays to the "
     "end.",
     "car"),
    ("Emergency alert: no car is in view during the first half. In the second half a moving car appears and "
     "remains until the end.",
     "car"),
    ("Client notes an empty first half, no car. In the second half a moving car appears and stays through the "
     "end.",
     "car"),
    ("This is not a drill. During the first half no cat is in view; in the second half a lively cat appears and "
     "stays until the end.",
     "cat"),
    ("No cat in the first half. Where is it? Then, the second half, a lively cat comes and stays till the end. "
     "Yay!",
     "cat"),
    ("Observed: the first half holds no cat. A lively cat appears in the second half and remains to the end.",
     "cat"),
    ("First half, no bird, no bird at all. Second half, a flying bird comes! And stays to the end.",
     "bird"),
    ("Image described: no bird in the first half; a flying bird appears in the second half and stays until the "
     "end.",
     "bird"),
    ("Stay tuned. In the first half there is no bird. A flying bird appears in the second half and remains until "
     "the end.",
     "bird"),
    ("Residents are advised: no ball during the first half. In the second half a moving ball appears and stays "
     "to the end.",
     "ball"),
    ("Client reports the first half with no ball, then a moving ball that appears in the second half and stays to "
     "the end.",
     "ball"),
    ("There's no ball in the first half. And then in the second half, a moving ball! It stays all the way to the "
     "end.",
     "ball"),
    ("Notes: a walking dog appears only in the second half and stays to the end. In the first half, no dog.",
     "dog"),
    ("Alert: no dog in the first half. In the second half a walking dog appears and remains until the end.",
     "dog"),
    ("No dog in the first half. Then a walking dog comes in the second half and he stays till the end. Write "
     "it!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car in the first half, vroom! And the second half, no car. All gone.",
     "car"),
    ("Emergency alert: a moving car is in view during the first half. In the second half there is no car.",
     "car"),
    ("Client describes a moving car in the first half, and in the second half no car at all. Affect: sad.",
     "car"),
    ("This is not a drill: a lively cat in the first half of the clip, no cat in the second half.",
     "cat"),
    ("Observed: a lively cat during the first half. By the second half it is gone; no cat remains.",
     "cat"),
    ("A lively cat is in the first half. Then in the second half, bye bye, no cat.",
     "cat"),
    ("Image reported: a flying bird in the first half, and no bird in the second half. Plan: discuss loss.",
     "bird"),
    ("A flying bird in the first half! Then the second half, no bird. Where did it go?",
     "bird"),
    ("Stay tuned: a flying bird is in view in the first half; in the second half there is no bird.",
     "bird"),
    ("Residents are advised: a moving ball during the first half, and in the second half no ball is in view.",
     "ball"),
    ("A moving ball in the first half, and in the second half no ball. It's gone!",
     "ball"),
    ("Notes: a moving ball present in the first half; in the second half, no ball. Affect: wistful.",
     "ball"),
    ("A walking dog in the first half. In the second half no dog. No more dog.",
     "dog"),
    ("Client describes a walking dog in the first half and no dog in the second half.",
     "dog"),
    ("ALERT: a walking dog is in view in the first half. In the second half, no dog is in view.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A moving car goes from the left side of the frame to the right side. Vroom vroom!",
     "car", RIGHTWARD),
    ("Emergency alert: a moving car is traveling from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("Client describes a moving car crossing from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("And the moving car goes from the right side of the frame all the way to the left side. Write that.",
     "car", LEFTWARD),
    ("This is not a drill. A moving car, left side of the frame to the right side. Stay tuned.",
     "car", RIGHTWARD),
    ("Observed image: a moving car drives from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("The lively cat runs! From the left side of the frame to the right side. Fast!",
     "cat", RIGHTWARD),
    ("Residents are advised: a lively cat is running from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Notes: a lively cat runs from the left side of the frame to the right side. Affect: animated.",
     "cat", RIGHTWARD),
    ("Client reports a lively cat running from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("ALERT: a lively cat is crossing from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("A lively cat on the right side of the frame, and it runs, runs, runs to the left side.",
     "cat", LEFTWARD),
    ("Stay tuned: a flying bird is moving from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("A flying bird, flap flap, from the right side of the frame to the left side!",
     "bird", LEFTWARD),
    ("Image described: a flying bird crosses from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("This is an emergency alert. A flying bird is flying from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("The flying bird goes from the left side of the frame to the right side. Write it with a swoosh.",
     "bird", RIGHTWARD),
    ("Observed: a flying bird gliding from the right side of the frame to the left side. Plan: follow up.",
     "bird", LEFTWARD),
    ("Client describes a moving ball rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side. Roll roll roll.",
     "ball", LEFTWARD),
    ("This is not a drill: a moving ball is rolling from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Notes: a moving ball rolls from the right side of the frame to the left side. Affect: playful.",
     "ball", LEFTWARD),
    ("Then the moving ball goes from the left side of the frame to the right side. Boing!",
     "ball", RIGHTWARD),
    ("Emergency broadcast: a moving ball rolling from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Residents are advised: a walking dog is walking from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side. Good doggy.",
     "dog", LEFTWARD),
    ("Image reported: a walking dog walking from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Recurring image, per client: a walking dog; its path, from the right side of the frame to the left side. "
     "Plan: revisit.",
     "dog", LEFTWARD),
    ("The walking dog walks from the left side of the frame to the right side, and that's it!",
     "dog", RIGHTWARD),
    ("ALERT: a walking dog is moving from the right side of the frame to the left side. Stay tuned.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 10-29, in order; the reference
# stays still.
_DYNAMIC_TWO = [
    ("The dog stays still. And a cat runs from the left of the dog to the right of the dog!",
     "cat", "dog", RIGHTWARD),
    ("Emergency alert: the dog stays still while a ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Client describes the bird staying still as a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("The cat stays still, and a bird flies from the right of the cat to the left of the cat. Whoosh.",
     "bird", "cat", LEFTWARD),
    ("This is not a drill: a cat runs from the left of the bird to the right of the bird. The bird stays still.",
     "cat", "bird", RIGHTWARD),
    ("Observed: the cat stays still; a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("A dog walks from the left of the cat to the right of the cat, and the cat stays still. Shh!",
     "dog", "cat", RIGHTWARD),
    ("Stay tuned: the dog stays still as a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Notes: the cat stays still while a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still. A bird flies from the right of the car to the left of the car. Okay that's it.",
     "bird", "car", LEFTWARD),
    ("Residents are advised: the car stays still, and a dog walks from the left of the car to the right of the "
     "car.",
     "dog", "car", RIGHTWARD),
    ("Client reports a ball rolling from the right of the bird to the left of the bird, with the bird staying "
     "still.",
     "ball", "bird", LEFTWARD),
    ("The dog stays still and a ball rolls from the left of the dog to the right of the dog. Boing boing.",
     "ball", "dog", RIGHTWARD),
    ("ALERT: the cat stays still; a ball is rolling from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Image described: the ball stays still while a car drives from the left of the ball to the right of the "
     "ball.",
     "car", "ball", RIGHTWARD),
    ("The cat stays still and a bird flies from the right of the cat to the left of the cat. Bye bird!",
     "bird", "cat", LEFTWARD),
    ("This is an emergency alert. The bird stays still. A dog walks from the left of the bird to the right of "
     "the bird.",
     "dog", "bird", RIGHTWARD),
    ("Observed: a dog walks from the right of the cat to the left of the cat, and the cat stays still. Affect: "
     "even.",
     "dog", "cat", LEFTWARD),
    ("The car stays still! And a ball rolls from the left of the car to the right of the car.",
     "ball", "car", RIGHTWARD),
    ("Stay tuned: the cat stays still as a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("Client describes the ball staying still and a bird flying from the left of the ball to the right of the "
     "ball.",
     "bird", "ball", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball. The ball stays still, it's sleepy.",
     "bird", "ball", LEFTWARD),
    ("Residents are advised: the dog stays still while a bird flies from the left of the dog to the right of "
     "the dog.",
     "bird", "dog", RIGHTWARD),
    ("Notes: the car stays still; a bird flies from the right of the car to the left of the car. Plan: "
     "continue.",
     "bird", "car", LEFTWARD),
    ("The cat stays still, and a car drives from the left of the cat to the right of the cat. Beep beep!",
     "car", "cat", RIGHTWARD),
    ("This is not a drill: the ball stays still as a dog walks from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Image reported: the ball stays still, and a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("The ball stays still. A dog walks from the right of the ball to the left of the ball. Good doggy.",
     "dog", "ball", LEFTWARD),
    ("ALERT. The bird stays still, reason unknown. A cat runs from the left of the bird to the right of the "
     "bird.",
     "cat", "bird", RIGHTWARD),
    ("Client describes the car staying still and a dog walking from the right of the car to the left of the "
     "car.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): one object visits three corners in order, seen from above.
_SEQUENTIAL = [
    ("Looking down from way up high: a moving car drives from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "car", BL_BR_TR),
    ("Emergency alert, seen from above: a moving car drives from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "car", BL_TL_TR),
    ("Client describes a view from above: a moving car drives from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("From up high, looking down, a moving car goes from the lower right corner to the upper right corner, then "
     "to the upper left corner!",
     "car", BR_TR_TL),
    ("This is not a drill. Viewed from above, a lively cat runs from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "cat", BL_BR_TR),
    ("Observed, from a top-down view: a lively cat runs from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "cat", BL_TL_TR),
    ("Looking down from the top: the lively cat runs from the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("Stay tuned. Seen from overhead, a lively cat runs from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Image described from above: a flying bird flies from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "bird", BL_BR_TR),
    ("From way up top, looking down: a flying bird flies from the lower left corner to the upper left corner, "
     "then to the upper right corner. Wheee!",
     "bird", BL_TL_TR),
    ("Residents are advised, view from above: a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Notes, top-down view: a flying bird flies from the lower right corner to the upper right corner, then to "
     "the upper left corner.",
     "bird", BR_TR_TL),
    ("Looking down from up high, a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("ALERT, aerial view from above: a moving ball rolls from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Client pictures it from above: a moving ball rolls from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Can you look from the top, looking down? A moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("This is an emergency alert. From above, a walking dog walks from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Observed from overhead: a walking dog walks from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "dog", BL_TL_TR),
    ("Up high looking down, a walking dog walks from the lower right corner to the lower left corner, and then "
     "to the upper left corner.",
     "dog", BR_BL_TL),
    ("Stay tuned, seen from above: a walking dog walks from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "dog", BR_TR_TL),
    ("Image reported, from a top-down view: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Looking down from up top, the moving car goes from the lower left corner to the upper left corner, then "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("Residents are advised, from overhead: a lively cat runs from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Client describes, from above, a lively cat running from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "cat", BR_TR_TL),
    ("From way up, looking down: a flying bird flies from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "bird", BL_BR_TR),
    ("This is not a drill. From above, a flying bird flies from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Notes, view from above: a moving ball rolls from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "ball", BR_BL_TL),
    ("Looking down from the top, a moving ball rolls from the lower right corner to the upper right corner, then "
     "to the upper left corner. Roll!",
     "ball", BR_TR_TL),
    ("ALERT, seen from overhead: a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ("Client pictures it from above: a walking dog walks from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
