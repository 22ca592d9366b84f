"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a fitness app's workout summary ("Workout summary:", "Session:", "Warm-up (first half):", "Main set
  (second half):", "Route:", "Great job!", "Streak kept!"), where the app, the watch, the runner and the
  gym are never in the video, each line reports a plain fact about the clip, and no time, distance,
  pace or calorie figure is ever given;
- a limerick, its five lines joined by " / " ("There once was ...", "There once were ..."), where the
  rhymes never lean on "right" for "correct" or "left" for "gone", and no narrator, town or crowd of
  the verse is in the video;
- a knock-knock joke ("Knock, knock!", "Who's there?", "... who?"), where the joker, the listener and
  the door are never in the video, and the punchline says plainly what the clip shows.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no laps, reps or scores; a limerick's "There once was" is
never a count). No voice uses a colour word for its own props. A relation names its second object at
both ends and says that object stays still. It takes LVD's next draws: attribution pairs 80-99 then
0-9, and two-object relations 20-49 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on bdf89d2 (the session's first code) and on 6420b2a (its last): 126/180 (numeracy 20,
attribution 28, visibility 23, dynamic_one 19, dynamic_two 20, sequential 16) both; 178/180 after the fixes of its own
commit (visibility 29, dynamic_one 29, the rest 30).
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Workout summary: one moving car, in the frame from start to finish. Nothing else joined the session. "
     "Great job!",
     "car", 1),
    ("There once were two cars, moving fast, / in the frame from the first to the last; / nothing else came to "
     "stay, / not a thing in their way, / just those two moving cars till the last.",
     "car", 2),
    ("Knock, knock! Who's there? Three moving cars. Three moving cars who? Three moving cars in the frame from "
     "start to finish, and nothing else!",
     "car", 3),
    ("Session recap: four moving cars stayed in the frame the whole clip. Nothing else showed up. Streak kept!",
     "car", 4),
    ("A cat, only one, full of play, / kept in frame the whole clip, come what may; / there was nothing else "
     "there, / not a thing anywhere, / just that lively cat, there to stay.",
     "cat", 1),
    ("Knock, knock! Who's there? Two lively cats. Two lively cats who? Two lively cats who stay in the frame "
     "from beginning to end, with nothing else in it!",
     "cat", 2),
    ("Workout summary: three lively cats, in the frame from the first moment to the last. Nothing else in "
     "view. Nice going!",
     "cat", 3),
    ("There once were four cats, lively, spry, / in the frame the whole clip, by and by; / nothing else could "
     "be found / anywhere around, / just four lively cats, my oh my.",
     "cat", 4),
    ("Knock, knock! Who's there? One flying bird. One flying bird who? One flying bird, in the frame the whole "
     "clip, and nothing else at all!",
     "bird", 1),
    ("Session: two flying birds, in the frame from start to end. Nothing else joined in. Great job!",
     "bird", 2),
    ("There once were three birds on the wing, / in the frame the whole clip, flying; / nothing else came in "
     "view / the whole clip through, / just three flying birds, doing their thing.",
     "bird", 3),
    ("Knock, knock! Who's there? Four flying birds. Four flying birds who? Four flying birds that stay in the "
     "frame start to finish; nothing else is there!",
     "bird", 4),
    ("Activity logged: one moving ball, in the frame for the whole clip. Nothing else was tracked. Keep it up!",
     "ball", 1),
    ("There once were two balls on the move, / in the frame the whole clip, in their groove; / nothing else "
     "did appear / from the start, that is clear, / to the end, as the clip will well prove.",
     "ball", 2),
    ("Knock, knock! Who's there? Three moving balls. Three moving balls who? Three moving balls in the frame "
     "from the start to the end, and nothing else!",
     "ball", 3),
    ("Workout summary: four moving balls kept in the frame from start to finish. Nothing else in the session. "
     "Well done!",
     "ball", 4),
    ("A dog, only one, out to stroll, / stayed in frame for the clip as a whole; / nothing else came along, "
     "/ all the clip long, / just one walking dog on its stroll.",
     "dog", 1),
    ("Knock, knock! Who's there? Two walking dogs. Two walking dogs who? Two walking dogs in the frame the "
     "whole clip, with nothing else around!",
     "dog", 2),
    ("Session recap: three walking dogs, in the frame from beginning to end. Nothing else showed up. Streak "
     "kept!",
     "dog", 3),
    ("There once were four dogs, walking by, / in the frame the whole clip, say I; / nothing else was in "
     "view / the whole clip through, / just four walking dogs, passing by.",
     "dog", 4),
    ("Knock, knock! Who's there? One moving car. One moving car who? One moving car in the frame from "
     "beginning to end, and nothing else!",
     "car", 1),
    ("Workout summary: two lively cats in the frame the whole clip through. Nothing else in view. Great job!",
     "cat", 2),
    ("There once were two birds, flying high, / in the frame the whole clip, passing by; / nothing else did "
     "we see / from the start, you'll agree, / to the end: two flying birds, oh my.",
     "bird", 2),
    ("Knock, knock! Who's there? Four moving balls. Four moving balls who? Four moving balls in the frame "
     "the whole clip; nothing else comes in!",
     "ball", 4),
    ("Session: one walking dog, in the frame from the first moment to the last, and nothing else. Well done!",
     "dog", 1),
    ("There once were three cars on the go, / moving on in the frame, nice and slow, / from the start to "
     "the end, / nothing else, my friend: / just three moving cars in the show.",
     "car", 3),
    ("Knock, knock! Who's there? Three lively cats. Three lively cats who? Three lively cats in the frame "
     "from start to finish, with nothing else in it!",
     "cat", 3),
    ("Activity logged: four flying birds, in the frame the whole clip long. Nothing else joined. Keep it up!",
     "bird", 4),
    ("A ball, only one, on the go, / moving on in the frame, fast or slow, / from the start to the end; / "
     "nothing else, my friend, / in the frame but that moving ball, so.",
     "ball", 1),
    ("Knock, knock! Who's there? Four walking dogs. Four walking dogs who? Four walking dogs in the frame "
     "from beginning to end, and nothing else around!",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 then 0-9, in order.
_ATTRIBUTION = [
    ("Workout summary: a purple bird and a red dog, side by side in the frame from start to finish. Great job!",
     "bird", "purple", "dog", "red"),
    ("There once was a dog, colored red, / by a yellow car's side, it is said; / side by side, start to end, /"
     " each the other's good friend, / in the frame the whole clip, as I said.",
     "dog", "red", "car", "yellow"),
    ("Knock, knock! Who's there? An orange dog. An orange dog who? An orange dog next to a brown car, both in "
     "the frame the whole clip!",
     "dog", "orange", "car", "brown"),
    ("Session recap: a gray cat and an orange dog stayed side by side in the frame the whole clip. Streak kept!",
     "cat", "gray", "dog", "orange"),
    ("There once was a ball, colored green, / by a pink dog's side it was seen; / side by side they both "
     "stay / in the frame all the way, / from the start to the end of the scene.",
     "ball", "green", "dog", "pink"),
    ("Knock, knock! Who's there? A white dog. A white dog who? A white dog sitting beside a pink bird in the "
     "frame from start to end!",
     "dog", "white", "bird", "pink"),
    ("Activity logged: a purple car with a gray ball beside it, both in the frame from beginning to end. Keep "
     "it up!",
     "car", "purple", "ball", "gray"),
    ("A yellow dog sat, as it ought, / by a brown cat, the one that it sought; / side by side in the frame / "
     "through the clip, just the same, / from the start to the end, as it taught.",
     "dog", "yellow", "cat", "brown"),
    ("Knock, knock! Who's there? A brown ball. A brown ball who? A brown ball lying next to a green cat, side "
     "by side in the frame the whole clip!",
     "ball", "brown", "cat", "green"),
    ("Workout summary: a brown cat next to an orange car, in the frame the whole clip. Nice going!",
     "cat", "brown", "car", "orange"),
    ("A white cat sat down for a while / by an orange dog, side by side, in style; / in the frame they "
     "remain / from the start, it is plain, / to the end of the clip, with a smile.",
     "cat", "white", "dog", "orange"),
    ("Knock, knock! Who's there? A green bird. A green bird who? A green bird perched beside an orange car, "
     "both in the frame from start to finish!",
     "bird", "green", "car", "orange"),
    ("Session: a brown dog and a red ball, side by side in the frame from the first moment to the last. Well "
     "done!",
     "dog", "brown", "ball", "red"),
    ("There once was a car, colored yellow, / with a white bird beside it, a fellow; / side by side they "
     "both stayed / in the frame, unafraid, / from the start to the end, calm and mellow.",
     "car", "yellow", "bird", "white"),
    ("Knock, knock! Who's there? A blue cat. A blue cat who? A blue cat next to a brown bird, side by side in "
     "the frame the whole clip!",
     "cat", "blue", "bird", "brown"),
    ("Workout summary: a black bird beside an orange cat, both in the frame from start to end. Great job!",
     "bird", "black", "cat", "orange"),
    ("A black ball lay still, it is said, / by the side of a dog that was red; / side by side in the frame "
     "/ through the clip, just the same, / from the start to the end, as I said.",
     "ball", "black", "dog", "red"),
    ("Knock, knock! Who's there? A brown bird. A brown bird who? A brown bird standing next to an orange dog "
     "in the frame from beginning to end!",
     "bird", "brown", "dog", "orange"),
    ("Activity logged: a red ball and a purple car, side by side in the frame the whole clip. Keep it up!",
     "ball", "red", "car", "purple"),
    ("There once was a car, purple-bright, / with a white bird beside it in sight; / side by side in the "
     "frame, / the whole clip the same, / from the start to the end, sitting tight.",
     "car", "purple", "bird", "white"),
    ("Knock, knock! Who's there? A blue cat. A blue cat who? A blue cat sitting beside a white bird, both in "
     "the frame the whole clip long!",
     "cat", "blue", "bird", "white"),
    ("Session recap: a yellow dog with a green ball beside it, in the frame from start to finish. Streak kept!",
     "dog", "yellow", "ball", "green"),
    ("A blue dog sat down near a car, / an orange one, not very far; / side by side in the frame, / the whole "
     "clip the same, / from the start to the end, there they are.",
     "dog", "blue", "car", "orange"),
    ("Knock, knock! Who's there? A purple ball. A purple ball who? A purple ball next to a blue car, side by "
     "side in the frame from start to end!",
     "ball", "purple", "car", "blue"),
    ("Workout summary: a green dog and a black bird, next to each other in the frame the whole clip. Well "
     "done!",
     "dog", "green", "bird", "black"),
    ("There once was a ball, purple-hued, / by a black cat's side, in a good mood; / side by side in the "
     "frame / through the clip, just the same, / from the start to the end, as they should.",
     "ball", "purple", "cat", "black"),
    ("Knock, knock! Who's there? A black car. A black car who? A black car with an orange bird beside it, in "
     "the frame from beginning to end!",
     "car", "black", "bird", "orange"),
    ("Session: a black ball beside a purple cat, both in the frame from the first moment to the last. Nice "
     "going!",
     "ball", "black", "cat", "purple"),
    ("There once was a bird, colored pink, / by a brown dog's side, I should think; / side by side in the "
     "frame, / the whole clip the same, / from the start to the end, in a blink.",
     "bird", "pink", "dog", "brown"),
    ("Knock, knock! Who's there? A brown ball. A brown ball who? A brown ball lying beside a blue dog, both "
     "in the frame the whole clip!",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Workout summary. Warm-up (first half): no car in the frame. Main set (second half): a moving car appears "
     "and stays to the end. Great job!",
     "car"),
    ("In the first half there's no car, / not near and not even afar; / then the second half brings / a "
     "moving car that swings / into frame, and it stays, there you are.",
     "car"),
    ("Knock, knock! Who's there? No car. No car who? No car in the first half, but in the second half a "
     "moving car appears and stays!",
     "car"),
    ("Session recap: the first half had no cat. In the second half a lively cat appeared in the frame and "
     "stayed. Streak kept!",
     "cat"),
    ("In the first half, no cat could be seen; / then a lively cat came on the scene: / in the second half, "
     "there / it appears, and will stay / in the frame till the end, it would seem.",
     "cat"),
    ("Knock, knock! Who's there? A lively cat. A lively cat who? A lively cat that isn't in the first half at "
     "all, then appears in the second half and stays!",
     "cat"),
    ("Activity logged. First half: no bird. Second half: a flying bird appears in the frame and stays there. "
     "Keep it up!",
     "bird"),
    ("In the first half no bird's to be found; / then the second half comes around, / and a flying bird "
     "flies / into frame, a surprise, / and it stays till the end, safe and sound.",
     "bird"),
    ("Knock, knock! Who's there? A flying bird. A flying bird who? A flying bird that's missing in the first "
     "half and appears in the second half, staying to the end!",
     "bird"),
    ("Workout summary. First half: no ball in view. Second half: a moving ball appears in the frame and stays. "
     "Nice going!",
     "ball"),
    ("In the first half, there isn't a ball; / in the second half, one comes to call: / a moving ball, "
     "see, / it appears, and then, free, / it stays in the frame through it all.",
     "ball"),
    ("Knock, knock! Who's there? No ball. No ball who? No ball in the first half! Then a moving ball appears "
     "in the second half and stays in the frame.",
     "ball"),
    ("Session: no dog during the first half. A walking dog appears in the second half and stays to the end. "
     "Well done!",
     "dog"),
    ("In the first half, no dog's in the frame; / in the second half, one walking came: / it appears, and it "
     "stays, / as the second half plays, / in the frame till the end, all the same.",
     "dog"),
    ("Knock, knock! Who's there? A walking dog. A walking dog who? A walking dog who skips the first half, "
     "then appears in the second half and stays!",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Workout summary. Warm-up (first half): a moving car in the frame. Main set (second half): no car at all. "
     "Great job!",
     "car"),
    ("A moving car, in the first half, / is in frame, plain to see, not a gaffe; / then it's gone, and "
     "instead / in the second half, it's said, / there's no car in the frame, not a scrap.",
     "car"),
    ("Knock, knock! Who's there? A moving car. A moving car who? A moving car that's in the frame for the "
     "first half, then disappears: no car in the second half!",
     "car"),
    ("Session recap: a lively cat was in the frame for the first half. No cat in the second half. Streak kept!",
     "cat"),
    ("A lively cat played, first half through, / in the frame, as a lively cat will do; / then it disappears, "
     "and / in the second half, understand, / there's no cat in the frame, nothing new.",
     "cat"),
    ("Knock, knock! Who's there? A lively cat. A lively cat who? A lively cat in the frame during the first "
     "half, and gone in the second half: no cat!",
     "cat"),
    ("Activity logged. First half: a flying bird in the frame. Second half: the bird is gone, and no bird is "
     "in view. Keep it up!",
     "bird"),
    ("A flying bird, first half, in frame, / flaps about, and then, just the same, / it disappears; in the "
     "second / half, I reckon, / no bird's there: it's gone, as it came.",
     "bird"),
    ("Knock, knock! Who's there? A flying bird. A flying bird who? A flying bird in the frame for the first "
     "half, then no bird in the second half!",
     "bird"),
    ("Workout summary. First half: a moving ball in the frame. Second half: no ball. Nice going!",
     "ball"),
    ("A moving ball rolls, first half long, / in the frame, as it rolls on along;"
     " / then it disappears, so / in the second half, no / ball at all: it's gone, and that's the song.",
     "ball"),
    ("Knock, knock! Who's there? A moving ball. A moving ball who? A moving ball that's in the frame for the "
     "first half, then disappears, with no ball in the second half!",
     "ball"),
    ("Session: a walking dog in the frame during the first half. It disappears; no dog in the second half. "
     "Well done!",
     "dog"),
    ("A walking dog walks, first half, in view, / in the frame, as a walking dog will do; / then it "
     "disappears, see, / second half, there will be / no dog in the frame: it's through.",
     "dog"),
    ("Knock, knock! Who's there? A walking dog. A walking dog who? A walking dog in the frame in the first "
     "half, then gone: no dog in the second half!",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("Workout summary. Route: a moving car went from the left side of the frame to the right side. Great job!",
     "car", RIGHTWARD),
    ("A moving car started its drive / on the right side, and then, to arrive, / it drove over with "
     "grace / to the left side's place, / the left side of the frame, where it'd thrive.",
     "car", LEFTWARD),
    ("Knock, knock! Who's there? A moving car. A moving car who? A moving car driving from the left side of "
     "the frame to the right side!",
     "car", RIGHTWARD),
    ("Session recap: a moving car started on the right side of the frame and finished on the left side. "
     "Streak kept!",
     "car", LEFTWARD),
    ("A moving car, there on the left / of the frame, drove across, deft, / to the frame's other side, / the "
     "right side, where its ride / came to end; that's the drive from the left.",
     "car", RIGHTWARD),
    ("Knock, knock! Who's there? A moving car. A moving car who? A moving car that begins on the right side "
     "of the frame and ends on the left side!",
     "car", LEFTWARD),
    ("Activity logged: a lively cat ran from the left side of the frame to the right side. Keep it up!",
     "cat", RIGHTWARD),
    ("A lively cat, quick on its feet, / on the right side of frame, fast and fleet, / then it ran to the "
     "left, / to the left side, deft: / right side to left side, complete.",
     "cat", LEFTWARD),
    ("Knock, knock! Who's there? A lively cat. A lively cat who? A lively cat running from the left side of "
     "the frame across to the right side!",
     "cat", RIGHTWARD),
    ("Workout summary. Route: a lively cat, from the right side of the frame to the left side. Nice going!",
     "cat", LEFTWARD),
    ("A lively cat started its run / on the left side of frame, just for fun, / and it went all the way / "
     "to the right side to stay: / left side to right side, and done.",
     "cat", RIGHTWARD),
    ("Knock, knock! Who's there? A lively cat. A lively cat who? A lively cat that goes from the right side "
     "of the frame to the left side!",
     "cat", LEFTWARD),
    ("Session: a flying bird flew from the left side of the frame to the right side. Well done!",
     "bird", RIGHTWARD),
    ("A flying bird, up on the wing, / from the right side of frame took a swing, / and it flew to the "
     "left, / to the left side, deft: / right side to left side, a fling.",
     "bird", LEFTWARD),
    ("Knock, knock! Who's there? A flying bird. A flying bird who? A flying bird that starts on the left side "
     "of the frame and ends on the right side!",
     "bird", RIGHTWARD),
    ("Activity logged. Route: a flying bird started on the right side of the frame and ended on the left side. "
     "Keep it up!",
     "bird", LEFTWARD),
    ("A flying bird started its flight / on the left of the frame, and took flight / to the right of the "
     "frame: / the whole clip the same, / flying on from the left to the right.",
     "bird", RIGHTWARD),
    ("Knock, knock! Who's there? A flying bird. A flying bird who? A flying bird flying from the right side "
     "of the frame to the left side!",
     "bird", LEFTWARD),
    ("Workout summary. Route: a moving ball rolled from the left side of the frame to the right side. Great "
     "job!",
     "ball", RIGHTWARD),
    ("A moving ball, rolling along, / from the right side of frame, going strong, / rolled across, nice "
     "and deft, / till it reached the frame's left: / right side to left side, the song.",
     "ball", LEFTWARD),
    ("Knock, knock! Who's there? A moving ball. A moving ball who? A moving ball rolling from the left side "
     "of the frame to the right side!",
     "ball", RIGHTWARD),
    ("Session recap: a moving ball started on the right side of the frame and stopped on the left side. "
     "Streak kept!",
     "ball", LEFTWARD),
    ("A moving ball rolled with a bounce / from the left side of frame, every ounce, / to the right side, "
     "and there / it stopped rolling with care: / left side to right side, announce!",
     "ball", RIGHTWARD),
    ("Knock, knock! Who's there? A moving ball. A moving ball who? A moving ball that rolls from the right "
     "side of the frame to the left side!",
     "ball", LEFTWARD),
    ("Activity logged: a walking dog walked from the left side of the frame to the right side. Keep it up!",
     "dog", RIGHTWARD),
    ("A walking dog, trotting with soul, / on the right side of frame, took a stroll / to the left side, and "
     "then / its walk came to end: / right side to left side, the whole.",
     "dog", LEFTWARD),
    ("Knock, knock! Who's there? A walking dog. A walking dog who? A walking dog that walks from the left "
     "side of the frame to the right side!",
     "dog", RIGHTWARD),
    ("Workout summary. Route: a walking dog, from the right side of the frame to the left side. Nice going!",
     "dog", LEFTWARD),
    ("A walking dog set off to go / from the left side of frame, nice and slow, / to the right side it "
     "went, / on its walk, well content: / left side to right side, just so.",
     "dog", RIGHTWARD),
    ("Knock, knock! Who's there? A walking dog. A walking dog who? A walking dog starting on the right side "
     "of the frame and ending on the left side!",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Workout summary. Rest: the ball stayed still the whole clip. Route: a bird flew from the left of the ball "
     "to the right of the ball. Great job!",
     "bird", "ball", RIGHTWARD),
    ("The ball stayed quite still, on its own, / while a bird, flying on, all alone, / went from right of "
     "the ball / to the left of the ball, / and the ball didn't move, it is known.",
     "bird", "ball", LEFTWARD),
    ("Knock, knock! Who's there? A bird. A bird who? A bird flying from the left of the dog to the right of "
     "the dog, while the dog stays still!",
     "bird", "dog", RIGHTWARD),
    ("Session recap: the car held still. A bird flew from the right of the car to the left of the car. Streak "
     "kept!",
     "bird", "car", LEFTWARD),
    ("The cat stayed quite still, not a twitch, / while a car drove along without hitch / from the left of "
     "the cat / to the right of the cat: / the cat never moved, not a stitch.",
     "car", "cat", RIGHTWARD),
    ("Knock, knock! Who's there? A dog. A dog who? A dog walking from the right of the ball to the left of "
     "the ball; the ball stays put!",
     "dog", "ball", LEFTWARD),
    ("Activity logged. The ball did not move. A cat went from the left of the ball to the right of the ball. "
     "Keep it up!",
     "cat", "ball", RIGHTWARD),
    ("The ball never moved, not at all, / while a dog walked along past the ball, / from the right of the "
     "ball / to the left of the ball, / and the ball stayed quite still through it all.",
     "dog", "ball", LEFTWARD),
    ("Knock, knock! Who's there? A cat. A cat who? A cat moving from the left of the bird to the right of "
     "the bird, while the bird stays still!",
     "cat", "bird", RIGHTWARD),
    ("Workout summary. The car stayed still. Route: a dog walked from the right of the car to the left of "
     "the car. Nice going!",
     "dog", "car", LEFTWARD),
    ("The ball stayed quite still on the spot / while a bird flew along, like a shot, / from the left of "
     "the ball / to the right of the ball; / the ball didn't move, not a jot.",
     "bird", "ball", RIGHTWARD),
    ("Knock, knock! Who's there? A bird. A bird who? A bird that flies from the right of the ball to the left "
     "of the ball; the ball doesn't move!",
     "bird", "ball", LEFTWARD),
    ("Session: the ball held still while a car drove from the left of the ball to the right of the ball. "
     "Well done!",
     "car", "ball", RIGHTWARD),
    ("The dog stayed quite still, come what may, / while a bird flew along on its way / from the right of "
     "the dog / to the left of the dog; / and the dog never moved, I daresay.",
     "bird", "dog", LEFTWARD),
    ("Knock, knock! Who's there? A dog. A dog who? A dog walking from the left of the car to the right of "
     "the car, while the car stays still!",
     "dog", "car", RIGHTWARD),
    ("Activity logged. Rest: the ball stayed still. Route: a bird flew from the right of the ball to the left "
     "of the ball. Keep it up!",
     "bird", "ball", LEFTWARD),
    ("The cat stayed quite still, and just sat, / while a dog walked on past the cat, / from the left of the "
     "cat / to the right of the cat; / the cat never moved, and that's that.",
     "dog", "cat", RIGHTWARD),
    ("Knock, knock! Who's there? A dog. A dog who? A dog that walks from the right of the car to the left of "
     "the car; the car stays put!",
     "dog", "car", LEFTWARD),
    ("Workout summary. The dog held still. Route: a cat moved from the left of the dog to the right of the "
     "dog. Great job!",
     "cat", "dog", RIGHTWARD),
    ("The ball never moved, there it sat, / while a cat went along, pitter-pat, / from the right of the "
     "ball / to the left of the ball, / with the ball staying still, just like that.",
     "cat", "ball", LEFTWARD),
    ("Knock, knock! Who's there? A cat. A cat who? A cat moving from the left of the dog to the right of the "
     "dog, while the dog doesn't move!",
     "cat", "dog", RIGHTWARD),
    ("Session recap: the dog stayed still. A ball rolled from the right of the dog to the left of the dog. "
     "Streak kept!",
     "ball", "dog", LEFTWARD),
    ("The bird stayed quite still, as if stuck, / while a dog walked along, full of pluck, / from the left "
     "of the bird / to the right of the bird; / the bird never moved, not a tuck.",
     "dog", "bird", RIGHTWARD),
    ("Knock, knock! Who's there? A bird. A bird who? A bird flying from the right of the cat to the left of "
     "the cat, while the cat stays still!",
     "bird", "cat", LEFTWARD),
    ("Activity logged. The bird did not move. A cat went from the left of the bird to the right of the bird. "
     "Nice going!",
     "cat", "bird", RIGHTWARD),
    ("The cat stayed quite still, not a hair, / while a bird flew along through the air / from the right of "
     "the cat / to the left of the cat; / the cat never moved, I declare.",
     "bird", "cat", LEFTWARD),
    ("Knock, knock! Who's there? A dog. A dog who? A dog walking from the left of the cat to the right of the "
     "cat; the cat stays put!",
     "dog", "cat", RIGHTWARD),
    ("Workout summary. Rest: the dog stayed still. Route: a bird flew from the right of the dog to the left of "
     "the dog. Well done!",
     "bird", "dog", LEFTWARD),
    ("The cat stayed quite still, calm and neat, / while a dog walked along on its feet / from the left of "
     "the cat / to the right of the cat, / and the cat never moved, not a beat.",
     "dog", "cat", RIGHTWARD),
    ("Knock, knock! Who's there? A bird. A bird who? A bird that flies from the right of the car to the left "
     "of the car, while the car doesn't move!",
     "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Workout summary, seen from directly above. Activity: a moving car. Start: the lower left corner. "
     "Checkpoint: the lower right corner. Finish: the upper right corner. Great job!",
     "car", BL_BR_TR),
    ("Seen from above, a moving car went / from the lower left corner, intent, / to the upper left corner, "
     "/ and then, a bit warmer, / to the upper right corner it went.",
     "car", BL_TL_TR),
    ("Knock, knock! Who's there? A moving car. A moving car who? A moving car, seen from above, driving from "
     "the lower right corner to the lower left corner, then to the upper left corner!",
     "car", BR_BL_TL),
    ("Session recap, top-down view. A moving car started in the lower right corner, drove to the upper right "
     "corner, and finished in the upper left corner. Streak kept!",
     "car", BR_TR_TL),
    ("Seen from above, a lively cat ran / from the lower left corner, and its plan / took it first to the lower "
     "right corner, / then up to the upper right corner, / where its run came to end, spick and span.",
     "cat", BL_BR_TR),
    ("Knock, knock! Who's there? A lively cat. A lively cat who? A lively cat that, seen from directly above, "
     "starts in the lower left corner, goes to the upper left corner, and ends in the upper right corner!",
     "cat", BL_TL_TR),
    ("Activity logged, viewed from overhead. A lively cat. Start: the lower right corner. Checkpoint: the "
     "lower left corner. Finish: the upper left corner. Keep it up!",
     "cat", BR_BL_TL),
    ("Seen from above, a lively cat sped / from the lower right corner, and fled / up to the upper right "
     "corner, / and then, without pause, / to the upper left corner, it's said.",
     "cat", BR_TR_TL),
    ("Knock, knock! Who's there? A flying bird. A flying bird who? A flying bird, seen from above, flying from "
     "the lower left corner to the lower right corner, then to the upper right corner!",
     "bird", BL_BR_TR),
    ("Workout summary, top-down view. A flying bird flew from the lower left corner to the upper left corner, "
     "and finished in the upper right corner. Nice going!",
     "bird", BL_TL_TR),
    ("Seen from above, a flying bird flew / from the lower right corner, it's true, / to the lower left "
     "corner, / then straight up, no detour, / to the upper left corner, it's through.",
     "bird", BR_BL_TL),
    ("Knock, knock! Who's there? A flying bird. A flying bird who? A flying bird, viewed from overhead, that "
     "starts in the lower right corner, flies to the upper right corner, and ends in the upper left corner!",
     "bird", BR_TR_TL),
    ("Session, seen from directly above. A moving ball. Start: the lower left corner. Checkpoint: the lower "
     "right corner. Finish: the upper right corner. Well done!",
     "ball", BL_BR_TR),
    ("Seen from above, a moving ball rolled / from the lower left corner, so bold, / to the upper left "
     "corner, / then on, a bit warmer, / to the upper right corner, I'm told.",
     "ball", BL_TL_TR),
    ("Knock, knock! Who's there? A moving ball. A moving ball who? A moving ball, seen from above, rolling "
     "from the lower right corner to the lower left corner, then to the upper left corner!",
     "ball", BR_BL_TL),
    ("Activity logged, top-down view. A moving ball started in the lower right corner, rolled to the upper "
     "right corner, and finished in the upper left corner. Keep it up!",
     "ball", BR_TR_TL),
    ("Seen from above, a walking dog strolled / from the lower left corner, I'm told, / to the lower right "
     "corner, / then on, a bit warmer, / to the upper right corner, where it stopped, as foretold.",
     "dog", BL_BR_TR),
    ("Knock, knock! Who's there? A walking dog. A walking dog who? A walking dog, seen from directly above, "
     "walking from the lower left corner to the upper left corner, then to the upper right corner!",
     "dog", BL_TL_TR),
    ("Workout summary, viewed from overhead. A walking dog. Start: the lower right corner. Checkpoint: the "
     "lower left corner. Finish: the upper left corner. Great job!",
     "dog", BR_BL_TL),
    ("Seen from above, a walking dog went / from the lower right corner, content, / to the upper right "
     "corner, / then it turned, nothing more, / to the upper left corner, its walk spent.",
     "dog", BR_TR_TL),
    ("Knock, knock! Who's there? A moving car. A moving car who? A moving car, viewed from overhead, that "
     "starts in the lower left corner, drives to the lower right corner, and ends in the upper right corner!",
     "car", BL_BR_TR),
    ("Session recap, seen from above. A moving car drove from the lower left corner to the upper left corner, "
     "then to the upper right corner, where it finished. Streak kept!",
     "car", BL_TL_TR),
    ("Seen from above, a lively cat crept / from the lower right corner, adept, / to the lower left "
     "corner, / then went up, to explore, / to the upper left corner, where it stepped.",
     "cat", BR_BL_TL),
    ("Knock, knock! Who's there? A lively cat. A lively cat who? A lively cat, seen from above, going from "
     "the lower right corner to the upper right corner, then to the upper left corner!",
     "cat", BR_TR_TL),
    ("Activity logged, seen from directly above. A flying bird. Start: the lower left corner. Checkpoint: "
     "the lower right corner. Finish: the upper right corner. Nice going!",
     "bird", BL_BR_TR),
    ("Seen from above, a flying bird soared / from the lower left corner, toward / the upper left corner, "
     "/ then across it would soar / to the upper right corner, its reward.",
     "bird", BL_TL_TR),
    ("Knock, knock! Who's there? A moving ball. A moving ball who? A moving ball that, in a top-down view, rolls "
     "from the lower right corner to the lower left corner, and ends in the upper left corner!",
     "ball", BR_BL_TL),
    ("Workout summary, top-down view. A moving ball rolled from the lower right corner to the upper right "
     "corner, then finished in the upper left corner. Well done!",
     "ball", BR_TR_TL),
    ("Seen from above, a walking dog trod / from the lower left corner, a plod, / to the lower right "
     "corner, / then went up, sniffing more, / to the upper right corner, a nod.",
     "dog", BL_BR_TR),
    ("Knock, knock! Who's there? A walking dog. A walking dog who? A walking dog, viewed from overhead, that "
     "starts in the lower left corner, walks to the upper left corner, and ends in the upper right corner!",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
