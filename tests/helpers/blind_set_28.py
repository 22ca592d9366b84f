"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three further new voices.

Like sets 20-27 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- scene-scripting commands as for a game engine or animation tool, written in words: "spawn", "place",
  "add", "despawn", "hide ... until the midpoint", "move the bird from the left edge to the right edge
  over the clip", "walk cycle", "tween";
- second-person immersive narration: "You stand at the edge of a field. You notice ...; as you watch,
  it ...", where "you" is the onlooker and the camera, never drawn in the scene;
- social-media captions: short, lower-case, "POV:", "wait for it...", "when the ... finally ...", one
  emoji (never an animal or a thing to draw) and hashtags that carry only style words (#realistic
  #lively), never a class noun or a count.

LVD's class nouns and colour words are kept, since its predicates look objects up by them, and no prompt
names a class noun its check does not ask for; every count is written as a word; numeracy prompts name
nothing else a reader would draw as an object (only scenery: a road, a lawn, the sky, a court); 12 to 33
words each. It takes LVD's next draws: attribution pairs 80-99 then 0-9 and two-object relations 20-49
(in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day (after the fixes for sets 25-27), 163/180 = 90.6% (numeracy 27,
attribution 30, visibility 25, one-object 30, two-object 25, sequential 26 of 30): scripting verbs ("spawn", "hide
... until") and captions ("POV:", "wait for it...") were the misses; read fixes followed, so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Spawn one car on an empty road and keep it moving; spawn nothing else. Render style: realistic, lively.",
     "car", 1),
    ("You stand beside an empty road. You notice two cars, and only two, rolling along; as you watch, they keep "
     "moving, real and full of life.", "car", 2),
    ("wait for it... three cars cruising down the same empty road 🔥 nothing else in shot #realistic #lively",
     "car", 3),
    ("Scene setup: spawn four cars, give each one a driving motion, add no other objects. Look: realistic and "
     "lively.", "car", 4),
    ("You step onto a quiet lawn. You notice one cat, lively and alone; as you watch, it pads about in the grass.",
     "cat", 1),
    ("POV: your two cats get the zoomies at the same time 😂 just the two of them #lively #realistic", "cat", 2),
    ("Spawn three cats on an open lawn, animate them as lively, spawn nothing else; realistic render.", "cat", 3),
    ("You wander into an empty yard. You notice four lively cats there, no more and no fewer; as you watch, they "
     "play together.", "cat", 4),
    ("when the sky is empty except for one bird flying across it ✨ #realistic #lively", "bird", 1),
    ("Spawn two birds in an open sky, set both to flying, add nothing else. Realistic, lively look.", "bird", 2),
    ("You look up at a clear sky. You notice three birds flying, only three; as you watch, they circle overhead.",
     "bird", 3),
    ("four birds flying in formation and nothing else in the sky 😍 #lively #realistic", "bird", 4),
    ("Spawn a single ball, give it a rolling motion, spawn no other objects; render it realistic and lively.",
     "ball", 1),
    ("You stand on a bare patch of tarmac. You notice two balls, just two, bouncing; as you watch, they keep on "
     "moving.", "ball", 2),
    ("POV: three balls rolling across an empty court at once and nothing else in frame 👀 #realistic #lively",
     "ball", 3),
    ("Spawn four balls on an empty floor, set all four in motion, add nothing else. Realistic, lively.", "ball", 4),
    ("You walk along a quiet path. You notice one dog walking ahead, the only one there; as you watch, it trots "
     "along, lively and real.", "dog", 1),
    ("two dogs on their morning walk, and that's the whole video 🥰 #realistic #lively", "dog", 2),
    ("Spawn three dogs on a dirt path, play a walk cycle on each, spawn nothing else; realistic, lively.",
     "dog", 3),
    ("You stand at the edge of an open field. You notice four dogs walking, exactly four; as you watch, they "
     "stroll across the grass.", "dog", 4),
    ("when there's only one car moving on the whole road 😌 #realistic #lively #quiet", "car", 1),
    ("Add one cat to the empty scene, set it to a lively idle loop, add nothing else. Realistic render.", "cat", 1),
    ("You lie back in a wide meadow and look up. You notice three birds in flight and nothing else up there; as "
     "you watch, they glide about.", "bird", 3),
    ("two balls bouncing at once on an empty court, wait for it... 🔥 #lively #realistic", "ball", 2),
    ("Instantiate two dogs, loop a walking animation on both, and add no other objects. Realistic, lively.",
     "dog", 2),
    ("You stand at a wide, empty crossroads. You notice three cars driving through, only three; as you watch, "
     "they keep moving.", "car", 3),
    ("POV: you have four cats and they're all lively at once, all four in frame 😅 #realistic #lively #chaos", "cat", 4),
    ("Place four birds in an empty sky, set each to a flying loop, place nothing else. Realistic and lively.",
     "bird", 4),
    ("You stand on an empty court. You notice one ball, only one, rolling; as you watch, it keeps moving.",
     "ball", 1),
    ("just one dog out for a walk on an empty beach, living its best life 🌊 #realistic #lively", "dog", 1),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 then 0-9, in order.
_ATTRIBUTION = [
    ("Place a purple bird and a red dog in the scene; keep both in view for the whole clip. Realistic render.",
     "bird", "purple", "dog", "red"),
    ("You walk down a quiet street. You notice a red dog sitting next to a yellow car; as you watch, the dog "
     "sniffs at the car's tyre.", "dog", "red", "car", "yellow"),
    ("POV: an orange dog guarding a brown car like it owns it 😂 #realistic #lively", "dog", "orange", "car", "brown"),
    ("Add a gray cat and an orange dog, set both to idle, add nothing else. Realistic.",
     "cat", "gray", "dog", "orange"),
    ("You step onto a lawn. You notice a pink dog nudging a green ball with its nose; as you watch, the ball "
     "wobbles.", "ball", "green", "dog", "pink"),
    ("when a white dog makes friends with a pink bird 🥹 #lively #realistic", "dog", "white", "bird", "pink"),
    ("Spawn a purple car, then spawn a gray ball beside its front bumper. Realistic render, lively.",
     "car", "purple", "ball", "gray"),
    ("You step into a sunny yard. You notice a yellow dog lying beside a brown cat; as you watch, they nap side "
     "by side.", "dog", "yellow", "cat", "brown"),
    ("a green cat vs a brown ball, round one 🥊 #realistic #lively", "ball", "brown", "cat", "green"),
    ("Place a brown cat on the roof of an orange car; keep both static. Realistic, lively.",
     "cat", "brown", "car", "orange"),
    ("You sit down on a porch step. You notice a white cat and an orange dog sharing the sun; as you watch, they "
     "ignore each other.", "cat", "white", "dog", "orange"),
    ("wait for it... a green bird just landed on an orange car 😳 #realistic #lively",
     "bird", "green", "car", "orange"),
    ("Spawn a brown dog and a red ball; have the dog chase the ball around. Realistic, lively.",
     "dog", "brown", "ball", "red"),
    ("You pause in an empty parking lot. You notice a white bird perched on a yellow car; as you watch, it preens "
     "its feathers.", "car", "yellow", "bird", "white"),
    ("POV: a blue cat staring down a brown bird 👀 #lively #realistic", "cat", "blue", "bird", "brown"),
    ("Add a black bird and an orange cat to the scene, both idle, both visible throughout. Realistic render.",
     "bird", "black", "cat", "orange"),
    ("You reach a grassy clearing. You notice a red dog dropping a black ball at your feet; as you watch, it "
     "waits for a throw.", "ball", "black", "dog", "red"),
    ("an orange dog and a brown bird, unlikely besties ✨ #realistic #lively", "bird", "brown", "dog", "orange"),
    ("Place a red ball in front of a purple car and leave both in view for the whole clip. Realistic, lively.",
     "ball", "red", "car", "purple"),
    ("You turn a corner. You notice a purple car with a white bird on its hood; as you watch, the bird hops along "
     "it.", "car", "purple", "bird", "white"),
    ("when a blue cat finally meets a white bird on the lawn 😍 #realistic #lively", "cat", "blue", "bird", "white"),
    ("Spawn a yellow dog and a green ball; loop the dog pawing at the ball. Realistic render, lively.",
     "dog", "yellow", "ball", "green"),
    ("You cross a quiet lane. You notice a blue dog waiting beside an orange car; as you watch, it wags its tail.",
     "dog", "blue", "car", "orange"),
    ("a purple ball rolling past a blue car, oddly satisfying 🤌 #realistic #lively",
     "ball", "purple", "car", "blue"),
    ("Add a green dog and a black bird; keep both in view the whole time. Realistic, lively.",
     "dog", "green", "bird", "black"),
    ("You kneel on a soft rug. You notice a black cat batting a purple ball; as you watch, the ball rolls a "
     "little.", "ball", "purple", "cat", "black"),
    ("POV: an orange bird chose your black car as its perch 😅 #realistic #lively", "car", "black", "bird", "orange"),
    ("Spawn a purple cat with a black ball next to it; animate the cat batting the ball. Realistic.",
     "ball", "black", "cat", "purple"),
    ("You rest on a grassy hill. You notice a brown dog sitting calmly as a pink bird lands nearby; as you watch, "
     "they look at each other.", "bird", "pink", "dog", "brown"),
    ("a blue dog who refuses to share its brown ball 😤 #lively #realistic", "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Hide the car for the first half of the clip; at the midpoint, spawn it and keep it moving to the end.",
     "car"),
    ("You stand by an empty road and notice nothing at first; only when half the video has passed does a moving "
     "car come into view, and it stays.", "car"),
    ("wait for it... no car for the whole first half, then a car rolls in and stays 😎 #realistic #lively", "car"),
    ("Keep the cat despawned until the midpoint, then spawn it, lively, for the whole second half.", "cat"),
    ("You gaze across an empty garden. You notice no cat there during the first half; as you watch the second "
     "half, a lively cat appears and stays.", "cat"),
    ("when the cat finally joins halfway through and stays till the end 😌 #lively #realistic", "cat"),
    ("Start with an empty sky; at the halfway mark, spawn the bird flying and keep it there until the end.",
     "bird"),
    ("You watch an empty sky for the first half of the video. Then you notice a bird flying in; as you watch, it "
     "stays for the rest.", "bird"),
    ("POV: you wait half the video and a bird finally flies in and sticks around ✨ #realistic #lively", "bird"),
    ("Hide the ball until the midpoint, then show it rolling through the whole second half.", "ball"),
    ("You look at an empty court. You notice no ball in the first half; as you watch the second half, a moving "
     "ball appears and keeps rolling.", "ball"),
    ("first half: nothing. second half: a ball rolls in and stays 👀 #lively #realistic", "ball"),
    ("Leave the dog out of the scene for the first half; spawn it at the midpoint and play its walk cycle to the "
     "end.", "dog"),
    ("You stand on an empty path for the first half of the video. Then you notice a walking dog arrive; as you "
     "watch, it stays until the end.", "dog"),
    ("when the dog finally shows up for its walk halfway through and stays for the rest 🥰 #realistic #lively",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Spawn a moving car at the start, despawn it at the midpoint, and leave the second half empty.", "car"),
    ("You watch a moving car on the road during the first half. Then you notice it is gone; as you watch the "
     "second half, no car returns.", "car"),
    ("POV: the car was there the whole first half and then just... gone 😶 #realistic #lively", "car"),
    ("Show a lively cat from the first frame; despawn it at the halfway mark; no cat in the second half.", "cat"),
    ("You notice a lively cat on the windowsill in the first half; as you watch the second half, it has gone and "
     "does not come back.", "cat"),
    ("when the cat leaves halfway through and never comes back 💔 #lively #realistic", "cat"),
    ("Animate a flying bird through the first half, then despawn it at the midpoint; the sky stays empty after.",
     "bird"),
    ("You look up and notice a bird flying overhead in the first half; as you watch the second half, the sky is "
     "empty.", "bird"),
    ("the bird was right there for the first half and then poof, gone for the second 🫥 #realistic #lively",
     "bird"),
    ("Spawn a moving ball at frame one, despawn it at the midpoint; keep the second half empty.", "ball"),
    ("You notice a ball rolling in front of you during the first half; as you watch the second half, the ball is "
     "nowhere to be seen.", "ball"),
    ("wait for it... the ball disappears halfway through and the second half is empty 😳 #lively #realistic",
     "ball"),
    ("Play a walking dog from the start, despawn it at the midpoint, and show no dog for the second half.", "dog"),
    ("You notice a dog walking beside you in the first half; as you watch the second half, it is gone and stays "
     "gone.", "dog"),
    ("POV: your dog walks with you for the first half, then vanishes for the entire second half 😭 #realistic "
     "#lively", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Move the car from the left edge to the right edge over the clip.", "car", RIGHTWARD),
    ("You stand beside a road. You notice a car on your left; as you watch, it drives across to the right side "
     "of the view.", "car", RIGHTWARD),
    ("POV: a car cruising from left to right across the screen 😎 #realistic #lively", "car", RIGHTWARD),
    ("Spawn a car at the right edge and move it to the left edge over the whole clip.", "car", LEFTWARD),
    ("You look out over an empty road. You notice a car on the right; as you watch, it drives all the way to the "
     "left.", "car", LEFTWARD),
    ("when the car finally drives from the right side to the left side 🏁 #lively #realistic", "car", LEFTWARD),
    ("You sit in a quiet garden. You notice a lively cat on the left; as you watch, it trots over to the right.",
     "cat", RIGHTWARD),
    ("this cat strutting from the left side of the frame to the right like a runway model 💅 #lively #realistic",
     "cat", RIGHTWARD),
    ("Animate the cat walking from the left edge of the frame to the right edge.", "cat", RIGHTWARD),
    ("wait for it... the cat dashes from right to left across the whole frame 💨 #realistic #lively",
     "cat", LEFTWARD),
    ("Place the cat at the right edge, then move it to the left edge by the end of the clip.", "cat", LEFTWARD),
    ("You watch from a hallway. You notice a lively cat at the right; as you watch, it pads across to the left.",
     "cat", LEFTWARD),
    ("POV: a bird gliding from the left of the screen to the right ✨ #realistic #lively", "bird", RIGHTWARD),
    ("Move the bird from the left edge to the right edge over the clip, flying the whole way.", "bird", RIGHTWARD),
    ("You look up at the sky. You notice a bird on the left; as you watch, it flies across to the right.",
     "bird", RIGHTWARD),
    ("Spawn the bird at the right edge, flying, and move it to the left edge by the last frame.", "bird", LEFTWARD),
    ("You scan the sky. You notice a bird at the right side; as you watch, it flies all the way to the left side.",
     "bird", LEFTWARD),
    ("when the bird flies right to left across the whole sky 😍 #lively #realistic", "bird", LEFTWARD),
    ("You stand at the edge of a field. You notice a ball on the left; as you watch, it rolls across to the right.",
     "ball", RIGHTWARD),
    ("Roll the ball from the left edge of the frame to the right edge across the clip.", "ball", RIGHTWARD),
    ("a ball rolling from left to right and it's weirdly calming 😌 #realistic #lively", "ball", RIGHTWARD),
    ("You watch an empty court. You notice a ball on the right; as you watch, it rolls over to the left.",
     "ball", LEFTWARD),
    ("wait for it... the ball rolls from the right side all the way to the left 🎯 #lively #realistic",
     "ball", LEFTWARD),
    ("Tween the ball from the right edge to the left edge over the full duration.", "ball", LEFTWARD),
    ("Play the dog's walk cycle from the left edge to the right edge in one continuous take.", "dog", RIGHTWARD),
    ("You stand on a quiet sidewalk. You notice a dog on the left; as you watch, it walks over to the right.",
     "dog", RIGHTWARD),
    ("POV: your dog walking left to right across the screen like it owns the place 😤 #realistic #lively",
     "dog", RIGHTWARD),
    ("Start the dog at the right edge and have it walk to the left edge by the end.", "dog", LEFTWARD),
    ("You look across a park lawn. You notice a dog at the right; as you watch, it walks to the left.",
     "dog", LEFTWARD),
    ("when the dog strolls from the right side to the left side, no rush 😌 #realistic #lively", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order.
_DYNAMIC_TWO = [
    ("Keep the ball static; move the bird from the ball's left side to its right side.", "bird", "ball", RIGHTWARD),
    ("You notice a ball resting on the grass and a bird to the right of it; as you watch, the bird flies over to the "
     "ball's left.", "bird", "ball", LEFTWARD),
    ("POV: a bird flying from the dog's left to its right while the dog just sits there 😂 #lively #realistic",
     "bird", "dog", RIGHTWARD),
    ("Place a static car; fly the bird from the right of the car to the left of the car.", "bird", "car", LEFTWARD),
    ("You notice a cat sitting still and a car to the left of it; as you watch, the car drives past to the cat's right.",
     "car", "cat", RIGHTWARD),
    ("when the dog walks from the right of the ball to its left and totally ignores it 💀 #realistic #lively",
     "dog", "ball", LEFTWARD),
    ("Static ball. Move the cat from the ball's left to the ball's right.", "cat", "ball", RIGHTWARD),
    ("You see a ball lying still. You notice a dog to the right of it; as you watch, the dog walks across to the left of "
     "the ball.", "dog", "ball", LEFTWARD),
    ("wait for it... the cat sneaks from the bird's left to the bird's right while the bird stays put 👀 #lively "
     "#realistic", "cat", "bird", RIGHTWARD),
    ("Keep the car parked; have the dog walk from the car's right side to its left side.", "dog", "car", LEFTWARD),
    ("You notice a ball on the ground and a bird to the left of it; as you watch, the bird flies over to the ball's "
     "right.", "bird", "ball", RIGHTWARD),
    ("POV: a bird hopping from the right of a ball to its left 🥹 #realistic #lively", "bird", "ball", LEFTWARD),
    ("Leave the ball static; drive the car from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("You notice a dog sitting calmly with a bird to the right of it; as you watch, the bird flies to the dog's left.",
     "bird", "dog", LEFTWARD),
    ("when the dog walks from the left of the car to its right like it's on a mission 😤 #lively #realistic",
     "dog", "car", RIGHTWARD),
    ("Static ball. Fly the bird from the right of the ball to its left.", "bird", "ball", LEFTWARD),
    ("You notice a cat sitting still and a dog to the left of it; as you watch, the dog walks past to the cat's right.",
     "dog", "cat", RIGHTWARD),
    ("POV: the dog walks from the car's right side to its left side, totally unbothered 😌 #realistic #lively",
     "dog", "car", LEFTWARD),
    ("Keep the dog idle; move the cat from the dog's left to the dog's right.", "cat", "dog", RIGHTWARD),
    ("You notice a ball resting on a rug and a cat to the right of it; as you watch, the cat pads over to the ball's "
     "left.", "cat", "ball", LEFTWARD),
    ("wait for it... the cat strolls from the dog's left to its right and the dog doesn't even move 😂 #lively "
     "#realistic", "cat", "dog", RIGHTWARD),
    ("Static dog. Roll the ball from the right of the dog to the left of the dog.", "ball", "dog", LEFTWARD),
    ("You notice a bird perched low and a dog to the left of it; as you watch, the dog walks past to the bird's right.",
     "dog", "bird", RIGHTWARD),
    ("POV: a bird flies from the cat's right to its left, right past its nose 😳 #realistic #lively",
     "bird", "cat", LEFTWARD),
    ("Keep the bird still; move the cat from the bird's left side to its right side.", "cat", "bird", RIGHTWARD),
    ("You notice a cat sitting still with a bird to the right of it; as you watch, the bird flies across to the cat's "
     "left.", "bird", "cat", LEFTWARD),
    ("when the dog walks from the left of the cat to its right and the cat doesn't care 💅 #lively #realistic",
     "dog", "cat", RIGHTWARD),
    ("The dog stays put. Fly the bird from the dog's right to the dog's left.", "bird", "dog", LEFTWARD),
    ("You notice a resting cat and, to the left of it, a dog; as you watch, the dog trots along to the cat's right.",
     "dog", "cat", RIGHTWARD),
    ("POV: a bird swooping from the right of the car to its left ✨ #realistic #lively", "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Top-down camera. Spawn the car at the lower left corner, move it to the lower right, then to the upper "
     "right.", "car", BL_BR_TR),
    ("You look straight down on the scene from above. You notice a car at the lower left; as you watch, it "
     "drives up to the upper left, then over to the upper right.", "car", BL_TL_TR),
    ("top-down POV: a car goes lower right, then lower left, then upper left 🔁 #realistic #lively",
     "car", BR_BL_TL),
    ("Overhead camera. Start the car at the lower right, move it to the upper right, then to the upper left.",
     "car", BR_TR_TL),
    ("You gaze down from high above. You notice a cat in the lower left; as you watch, it walks to the lower "
     "right and then up to the upper right.", "cat", BL_BR_TR),
    ("wait for it... seen from straight above, the cat goes lower left, upper left, then upper right 🔄 "
     "#lively #realistic", "cat", BL_TL_TR),
    ("Top-down view. Place the cat at the lower right, have it walk to the lower left, then to the upper left.",
     "cat", BR_BL_TL),
    ("You look down on the scene from directly overhead. You notice a cat at the lower right; as you watch, it "
     "walks up to the upper right, then across to the upper left.", "cat", BR_TR_TL),
    ("POV from above: a bird flies lower left → lower right → upper right ✨ #realistic #lively",
     "bird", BL_BR_TR),
    ("Overhead camera. Spawn the bird at the lower left, fly it to the upper left, then to the upper right.",
     "bird", BL_TL_TR),
    ("You look straight down from above. You notice a bird at the lower right; as you watch, it flies to the "
     "lower left and then up to the upper left.", "bird", BR_BL_TL),
    ("top-down view and the bird goes lower right, upper right, upper left in that order 😍 #lively #realistic",
     "bird", BR_TR_TL),
    ("Top-down camera. Roll the ball from the lower left to the lower right, then on to the upper right.",
     "ball", BL_BR_TR),
    ("You peer down on the scene from overhead. You notice a ball in the lower left; as you watch, it rolls up to "
     "the upper left, then over to the upper right.", "ball", BL_TL_TR),
    ("when the ball finally visits its three corners in order, seen from above: lower right, lower left, upper left 🎯 "
     "#realistic #lively", "ball", BR_BL_TL),
    ("Overhead view. Tween the ball from the lower right to the upper right, then to the upper left.",
     "ball", BR_TR_TL),
    ("You look down on the scene from above. You notice a dog at the lower left; as you watch, it walks to the "
     "lower right and then up to the upper right.", "dog", BL_BR_TR),
    ("POV from straight overhead: a dog walks lower left, then upper left, then upper right 😌 #lively #realistic",
     "dog", BL_TL_TR),
    ("Top-down camera. Have the dog walk from the lower right to the lower left, then up to the upper left.",
     "dog", BR_BL_TL),
    ("You watch from directly overhead. You notice a dog in the lower right; as you watch, it walks up to the "
     "upper right, then across to the upper left.", "dog", BR_TR_TL),
    ("seen from above, a car drives lower left → lower right → upper right, wait for it... 🔥 #realistic #lively",
     "car", BL_BR_TR),
    ("Overhead camera. Place the cat at the lower left, have it walk to the upper left, then to the upper right.",
     "cat", BL_TL_TR),
    ("You look down from above the scene. You notice a bird in the lower right; as you watch, it flies up to the "
     "upper right, then over to the upper left.", "bird", BR_TR_TL),
    ("top-down POV: a ball rolls lower left, then lower right, then upper right 👀 #lively #realistic",
     "ball", BL_BR_TR),
    ("Top-down view. Spawn the dog at the lower right, have it walk to the upper right, then to the upper left.",
     "dog", BR_TR_TL),
    ("You gaze straight down on the scene. You notice a car at the lower right; as you watch, it drives to the "
     "lower left, then up to the upper left.", "car", BR_BL_TL),
    ("from above, the cat goes lower right, upper right, then upper left, no detours 💅 #realistic #lively",
     "cat", BR_TR_TL),
    ("Overhead camera. Move the bird from the lower left to the lower right, then up to the upper right.",
     "bird", BL_BR_TR),
    ("You look down on the scene from high overhead. You notice a ball at the lower right; as you watch, it rolls "
     "up to the upper right, then over to the upper left.", "ball", BR_TR_TL),
    ("top-down POV: a dog walks lower right → lower left → upper left 😎 #lively #realistic", "dog", BR_BL_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
