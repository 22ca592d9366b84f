"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like sets 20-24 it keeps LVD's content exactly (its five classes, counts one to four, its colours, the
halves, the two directions, the relations to a second object and the four three-stop routes); each
prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through every family
at about a third each:

- a non-native English writer: dropped or wrong articles, "in first half of video", simple present for
  everything, "which" for "who", verb-agreement slips that never blur a count ("two dogs is walking");
- storyboard and shot-list notes: fragments with colons, dashes, semicolons and parentheses, arrows
  ("→", "->"), percentages of the clip's time and a few readable abbreviations ("L→R", "btm left");
- chatty spoken requests with fillers and hedges ("um", "like", "ok so basically", "I'd love to see",
  "could you maybe"), where the hedges never change the content.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; 6 to 30
words each. It takes LVD's next draws: attribution pairs 90-99 then 0-19, two-object relations 30-49
then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on the planner of its day, 163/180 = 90.6% (numeracy 29, attribution 29, visibility 24,
one-object 28, two-object 25, sequential 28 of 30); read fixes followed, so it is a development set now.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Please make video where is only one car which is moving, it look real and lively.", "car", 1),
    ("Shot list — subject: 2 moving cars; nothing else in frame; look: realistic, lively.", "car", 2),
    ("Um, so could you maybe do a realistic clip with, like, three cars driving around? Just those.", "car", 3),
    ("I want see four cars, all of them is moving, in realistic and lively video.", "car", 4),
    ("Scene: one lively cat (sole subject). Style: realistic, full of life.", "cat", 1),
    ("Okay so basically I'd love two cats, lively ones, and honestly nothing else in the shot.", "cat", 2),
    ("In video there are three cats who is very lively, please make it look like real.", "cat", 3),
    ("Cast — 4 cats (lively). Look — realistic. No other subjects.", "cat", 4),
    ("Hey, could you just show me one bird flying, like, realistic-looking, nothing fancy?", "bird", 1),
    ("Two birds is flying, please make the video realistic and lively, nothing other.", "bird", 2),
    ("Wide shot — three flying birds; realistic; no other subjects.", "bird", 3),
    ("I'd really love to see four birds flying around, you know, something lively and realistic?", "bird", 4),
    ("Make realistic video with one ball that moving all time, and no other thing.", "ball", 1),
    ("Subject: 2 balls, both in motion. Mood: lively. Finish: photoreal.", "ball", 2),
    ("So, um, three balls bouncing around would be cool, and, like, keep it realistic and lively.", "ball", 3),
    ("Four balls is moving in scene, video must look real and lively, no more object.", "ball", 4),
    ("Framing: a single dog, walking — nothing else in frame; realistic, lively.", "dog", 1),
    ("Could you maybe make a lively, realistic video of two dogs just walking along? That's all.", "dog", 2),
    ("There is three dogs which walk together, make video realistic and lively please.", "dog", 3),
    ("Subjects: four walking dogs. Tone: realistic, lively. No extra objects.", "dog", 4),
    ("Just a video of two cars moving, I guess, nice and realistic, no other stuff around.", "car", 2),
    ("Only one cat in video, it is lively cat and look very real.", "cat", 1),
    ("Opening beat: one flying bird, alone in frame — realistic, lively.", "bird", 1),
    ("Okay so I'm picturing four moving balls, like rolling around, and nothing else, super realistic.", "ball", 4),
    ("Please generate two dogs who walks, realistic and lively, and no other animal.", "dog", 2),
    ("Shot — four moving cars; locked-off framing; realistic, lively look.", "car", 4),
    ("Um, I'd love something with exactly three cats, lively and real-looking, that's it really.", "cat", 3),
    ("Four birds fly in the video, it need look realistic and lively, only birds.", "bird", 4),
    ("Insert shot: 1 moving ball, nothing else; realistic; lively.", "ball", 1),
    ("Honestly just three dogs out walking, kinda lively, realistic, no other animals or anything.", "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 then 0-19, in order.
_ATTRIBUTION = [
    ("There is white cat and orange dog in the scene, please make it look real.", "cat", "white", "dog", "orange"),
    ("Frame — green bird, orange car; both in view throughout; realistic.", "bird", "green", "car", "orange"),
    ("Um, could you show like a brown dog playing with a red ball? Realistic, if you can.",
     "dog", "brown", "ball", "red"),
    ("Please show yellow car, and near it is a white bird which sit, realistic video.",
     "car", "yellow", "bird", "white"),
    ("Shot 2 — blue cat (foreground), brown bird (background). Realistic.", "cat", "blue", "bird", "brown"),
    ("So basically I'd love a black bird and an orange cat hanging out together, nice and lively.",
     "bird", "black", "cat", "orange"),
    ("A red dog play with black ball, video should be realistic and lively.", "ball", "black", "dog", "red"),
    ("Cast: brown bird; orange dog. Action: none in particular. Look: lifelike.", "bird", "brown", "dog", "orange"),
    ("Could you maybe just do a red ball next to, um, a purple car? Realistic is good.",
     "ball", "red", "car", "purple"),
    ("The car have purple color and the bird have white color, please realistic scene.",
     "car", "purple", "bird", "white"),
    ("Subjects — cat: blue; bird: white. Lively, realistic, no other subjects.", "cat", "blue", "bird", "white"),
    ("Ok so I'm thinking a yellow dog chasing a green ball, like, super realistic?", "dog", "yellow", "ball", "green"),
    ("Blue dog is sitting beside orange car, make video like real life.", "dog", "blue", "car", "orange"),
    ("Shot: blue car parked; purple ball rolls past it; realistic, lively.", "ball", "purple", "car", "blue"),
    ("I'd love to see a green dog and, um, a black bird, just the two of them, realistic.",
     "dog", "green", "bird", "black"),
    ("Black cat is look at purple ball, video realistic and lively please.", "ball", "purple", "cat", "black"),
    ("Frame: black car (static); orange bird perched nearby. Realistic, lively.", "car", "black", "bird", "orange"),
    ("Just a video of a purple cat batting at a black ball, maybe kinda playful, you know?",
     "ball", "black", "cat", "purple"),
    ("There is one pink bird and one brown dog, they are together in realistic scene.",
     "bird", "pink", "dog", "brown"),
    ("Shot 5 — blue dog nosing a brown ball; lively; photoreal.", "ball", "brown", "dog", "blue"),
    ("Um, so maybe a pink dog with, like, a yellow ball? Keep it realistic and lively.",
     "ball", "yellow", "dog", "pink"),
    ("Pink bird stand near gray ball, please make video realistic.", "bird", "pink", "ball", "gray"),
    ("Cast — gray dog, purple car. Setting: open scene. Tone: realistic.", "dog", "gray", "car", "purple"),
    ("Could you show a green cat and a purple ball? Just, like, the two of them, realistic.",
     "cat", "green", "ball", "purple"),
    ("A green dog which is playing with gray ball, make it lively and real.", "dog", "green", "ball", "gray"),
    ("Close-up: yellow ball; pink bird hops beside it — lifelike, lively.", "ball", "yellow", "bird", "pink"),
    ("Okay so basically a pink cat and a yellow dog, chilling together, nice and realistic.",
     "cat", "pink", "dog", "yellow"),
    ("Brown car is stop and yellow ball is in front of it, realistic video.", "car", "brown", "ball", "yellow"),
    ("Wide: brown car; white dog walking past (L→R). Realistic.", "car", "brown", "dog", "white"),
    ("I'd love just a video of an orange dog sitting by a brown car, if that's okay?",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("In first half of video there is no car; moving car come only in second half.", "car"),
    ("0–50%: empty frame. 50–100%: a moving car enters and stays.", "car"),
    ("Um, so could the car, like, not show up at all until the second half of the video?", "car"),
    ("First half — no cat. Second half — lively cat in frame.", "cat"),
    ("Ok so basically the cat should only pop in during the second half, nowhere before that.", "cat"),
    ("Lively cat appear only in second half of video; before that the scene is empty.", "cat"),
    ("I'd love a bird that, um, only shows up in the second half, with no bird at all in the first.", "bird"),
    ("Flying bird is come in the video only after half of video is finish.", "bird"),
    ("Bird — absent (1st half) → in view (2nd half).", "bird"),
    ("Ball which is moving appear only in second half, in first half there is no ball.", "ball"),
    ("Timeline: first half, empty; second half, a moving ball comes in.", "ball"),
    ("Just a video where a ball, um, shows up in the second half only? Nothing before that.", "ball"),
    ("Dog — off-screen for first half; enters at midpoint, stays to the end.", "dog"),
    ("So, could you maybe keep the walking dog out of the first half, and then, like, have it walk in for the "
     "second half?", "dog"),
    ("Walking dog is appear only in second half of the video, not in first.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Um, could you show a moving car in the first half and then, like, it's just gone in the second?", "car"),
    ("Moving car is there only in first half of video, after that it disappear.", "car"),
    ("0–50%: moving car in frame; 50–100%: no car.", "car"),
    ("The cat is in first half of video only, in second half cat go away.", "cat"),
    ("Shot note — lively cat visible until the midpoint, then out of frame for good.", "cat"),
    ("So basically a lively cat that's there for the first half and, um, then disappears for the rest.", "cat"),
    ("First half: flying bird. Second half: bird gone, frame empty.", "bird"),
    ("I'd love a flying bird that's only around for the first half and then, like, gone.", "bird"),
    ("Bird is visible at first half only, in second half there is not any bird.", "bird"),
    ("Ball which move is appear in first half, but in second half it is not there.", "ball"),
    ("Ball — in frame 1st half only; exits at midpoint; 2nd half empty.", "ball"),
    ("Ok so just a moving ball in the first half, and then, um, no ball at all after the halfway point.", "ball"),
    ("Could you maybe have a walking dog only in the first half? Then, like, it leaves and that's it.", "dog"),
    ("Dog (walking): on screen first half → off screen second half.", "dog"),
    ("Walking dog is there in first half of video, then in second half he is gone.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Car is drive from left side to right side of the video.", "car", RIGHTWARD),
    ("Shot: a car crosses frame L→R at a steady pace.", "car", RIGHTWARD),
    ("Um, so maybe just a car driving from the left over to the right? Like, nothing fancy.", "car", RIGHTWARD),
    ("Car — starts right, ends left. Locked-off frame.", "car", LEFTWARD),
    ("Could you do a car going from the right side to the left side, kinda slow?", "car", LEFTWARD),
    ("The car move from right to the left in the video, please.", "car", LEFTWARD),
    ("Ok so basically a cat walking from the left side over to the right side, super lively.", "cat", RIGHTWARD),
    ("Lively cat go from the left to right side, make it real.", "cat", RIGHTWARD),
    ("Cat, lively — path: left side → right side.", "cat", RIGHTWARD),
    ("Cat is walk from right side to left side of scene.", "cat", LEFTWARD),
    ("Move: cat, right → left; frame static.", "cat", LEFTWARD),
    ("I'd love to see, um, a lively cat trotting from the right over to the left.", "cat", LEFTWARD),
    ("Bird (in flight): left → right across the frame.", "bird", RIGHTWARD),
    ("Just a video of a bird flying from the left to the right, you know, nice and simple.", "bird", RIGHTWARD),
    ("Flying bird go from left part to right part of video.", "bird", RIGHTWARD),
    ("So, um, a bird flying from the right side over to the left, could you do that?", "bird", LEFTWARD),
    ("A bird fly from right to left, it is flying all the time.", "bird", LEFTWARD),
    ("Shot: one bird in flight, R→L, wide framing.", "bird", LEFTWARD),
    ("Ball is rolling from the left to right, video is lively.", "ball", RIGHTWARD),
    ("Action — ball rolls left-to-right; ends on the right.", "ball", RIGHTWARD),
    ("Okay so a ball rolling from the left to the right, maybe a bit bouncy?", "ball", RIGHTWARD),
    ("Ball: starts right; finishes left (rolling).", "ball", LEFTWARD),
    ("Um, I'd love a ball that, like, rolls from the right all the way over to the left.", "ball", LEFTWARD),
    ("Please make ball which move from right side to left side.", "ball", LEFTWARD),
    ("Could you just show a dog walking from the left over to the right? That'd be great.", "dog", RIGHTWARD),
    ("There is dog walking, he go from the left to the right.", "dog", RIGHTWARD),
    ("Dog walk cycle: left → right across the frame.", "dog", RIGHTWARD),
    ("Walking dog is going to left side, it start from right side.", "dog", LEFTWARD),
    ("Shot: walking dog — right side to left side, one take.", "dog", LEFTWARD),
    ("So, um, basically a dog that walks from the right to the left, kinda casual?", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order.
_DYNAMIC_TWO = [
    ("Bird fly from left of ball to right of ball, ball stay in same place.", "bird", "ball", RIGHTWARD),
    ("Ball: static. Bird: ball's right → ball's left.", "bird", "ball", LEFTWARD),
    ("Um, could a car drive from the left of a ball to, like, the ball's right side?", "car", "ball", RIGHTWARD),
    ("From right side of dog, bird fly over to left side of dog.", "bird", "dog", LEFTWARD),
    ("Car parked (static). Dog walks: left of car → right of car.", "dog", "car", RIGHTWARD),
    ("So basically a bird that starts on the right of a ball and ends up on its left?", "bird", "ball", LEFTWARD),
    ("Dog walk from left side of cat to right side of cat, cat stay.", "dog", "cat", RIGHTWARD),
    ("Dog: right of car → left of car. Car doesn't move.", "dog", "car", LEFTWARD),
    ("I'd love a cat sneaking past a dog, like, from the dog's left over to its right?", "cat", "dog", RIGHTWARD),
    ("Cat is begin on right of ball and go to left of ball.", "cat", "ball", LEFTWARD),
    ("Shot 4 — dog holds still; cat moves from dog's left to dog's right.", "cat", "dog", RIGHTWARD),
    ("Could you maybe have a ball roll from the right of a dog to its left?", "ball", "dog", LEFTWARD),
    ("Dog walk and pass the bird: first he is left of bird, at the end right of bird.", "dog", "bird", RIGHTWARD),
    ("Cat: static. Bird path: right of cat → left of cat.", "bird", "cat", LEFTWARD),
    ("Um, so like, a cat that starts left of a bird and ends up to the bird's right?", "cat", "bird", RIGHTWARD),
    ("A bird go from right side of the cat until left side of the cat.", "bird", "cat", LEFTWARD),
    ("Beat: dog passes cat — from cat's left to cat's right. Cat stays.", "dog", "cat", RIGHTWARD),
    ("Okay so a bird flying from the right of a dog over to the dog's left, that's the idea.",
     "bird", "dog", LEFTWARD),
    ("There is cat which not move, and dog go from left of cat to right of cat.", "dog", "cat", RIGHTWARD),
    ("Car: static, centre. Bird: car's right side → car's left side.", "bird", "car", LEFTWARD),
    ("Just a video of a bird flying from the left of a car to, um, the car's right?", "bird", "car", RIGHTWARD),
    ("Car drive from right of the bird to left of the bird, bird is stay.", "car", "bird", LEFTWARD),
    ("Bird — starts cat's left, ends cat's right; cat motionless.", "bird", "cat", RIGHTWARD),
    ("So could you make a car go from the right of a bird to its left, maybe slowly?", "car", "bird", LEFTWARD),
    ("The bird fly from the left of dog to the right of dog.", "bird", "dog", RIGHTWARD),
    ("Dog: cat's right → cat's left (walking). Cat holds.", "dog", "cat", LEFTWARD),
    ("Um, I'd love to see a ball rolling from the left of a dog over to its right.", "ball", "dog", RIGHTWARD),
    ("Bird is start at right of cat, after it fly to left of cat.", "bird", "cat", LEFTWARD),
    ("Ball static. Car drives: ball's left → ball's right.", "car", "ball", RIGHTWARD),
    ("Okay so basically a cat going from a bird's right side to the bird's left side, like, slowly.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Video from top view. Car start at lower left, go to lower right, then go to upper right.", "car", BL_BR_TR),
    ("Overhead. Car: lower left → upper left → upper right.", "car", BL_TL_TR),
    ("Um, could you do a top-down shot where a car starts bottom right, drives to bottom left, then, like, up to "
     "top left?", "car", BR_BL_TL),
    ("From top view, car begin in lower right, move to upper right and finish in upper left.", "car", BR_TR_TL),
    ("Top-down — cat: btm left → btm right → top right.", "cat", BL_BR_TR),
    ("So, seen from straight above, a cat starts lower left, goes up to the upper left, then over to the upper "
     "right?", "cat", BL_TL_TR),
    ("Scene is view from above. Cat is first at lower right, then go lower left, then upper left.", "cat", BR_BL_TL),
    ("Overhead shot — cat route: lower right, then upper right, then upper left.", "cat", BR_TR_TL),
    ("I'd love a top-down view of a bird starting down in the lower left, flying to the lower right, then the "
     "upper right.", "bird", BL_BR_TR),
    ("Look from above: bird stay at lower left first, it fly to upper left, after to upper right.", "bird", BL_TL_TR),
    ("Top view. Bird: start lower right; then lower left; end upper left.", "bird", BR_BL_TL),
    ("Ok so from overhead, a bird in the bottom right flies up to the top right and then, um, over to the top "
     "left.", "bird", BR_TR_TL),
    ("Top view video, ball roll from lower left to lower right, after that to upper right.", "ball", BL_BR_TR),
    ("Overhead — ball: bottom-left → top-left → top-right.", "ball", BL_TL_TR),
    ("Could you maybe show, from above, a ball rolling from the lower right to the lower left and then up to the "
     "upper left?", "ball", BR_BL_TL),
    ("From above we see ball; it is at lower right, go to upper right, then go to upper left.", "ball", BR_TR_TL),
    ("Top-down shot. Dog path: lower left -> lower right -> upper right.", "dog", BL_BR_TR),
    ("Just a top-down video of a dog walking from the bottom left up to the top left, then across to the top "
     "right.", "dog", BL_TL_TR),
    ("Dog walk in scene view from top: start lower right, then lower left, last upper left.", "dog", BR_BL_TL),
    ("Overhead. Dog: starts lower right; walks up to upper right; ends upper left.", "dog", BR_TR_TL),
    ("Um, so a car seen from directly overhead, starting bottom left, then bottom right, then, like, top right?",
     "car", BL_BR_TR),
    ("View from top. Cat walk from lower left up to upper left, and then go to upper right.", "cat", BL_TL_TR),
    ("Overhead — bird: lower right (start) → lower left → upper left (end).", "bird", BR_BL_TL),
    ("Okay so basically from above, a ball goes bottom right, then top right, then top left, in that order.",
     "ball", BR_TR_TL),
    ("Top view: dog is walking from lower left to lower right, after it go to upper right.", "dog", BL_BR_TR),
    ("Top-down. Car positions in order: lower right; upper right; upper left.", "car", BR_TR_TL),
    ("I'd love an overhead view where a cat starts in the bottom right, walks to the bottom left, then up to the "
     "top left.", "cat", BR_BL_TL),
    ("From above, the bird is first in lower left, fly to upper left, and in the end upper right.",
     "bird", BL_TL_TR),
    ("Overhead. Ball: bottom left → bottom right → top right (rolling).", "ball", BL_BR_TR),
    ("Could you show from overhead a dog that starts bottom right, walks up to top right, and then over to top "
     "left?", "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
