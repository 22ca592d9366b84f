"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a sommelier's tasting notes ("On the nose:", "Palate:", "Finish:", "pairs well with", "a cheeky little
  clip"), where the sommelier, the glasses, the bottles and the cellar are never in the video, and each
  note only ever describes the clip being tasted;
- a lifeguard's shift log ("Shift start", "Tower two", "All clear", times of day written in words),
  where the lifeguard, the tower, the swimmers and the beach are never in the video, and each entry
  logs what the clip on the monitor shows;
- a physics professor lecturing at the board ("Now, class,", "Observe", "Note carefully", "as you will
  recall"), where the professor, the students, the chalk and the board are never in the video, and the
  lecture only ever describes the clip being shown.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object and
put no other number word beside the count (no tower number, no time of day, no "pairs well with", no
"this one" for anything but a single object). No voice uses a colour word for its own props (the wine
is never named by its colour, the board is only "the board"), no idiom hides a class noun or a side
("all right", "what is left"), and "still" is only ever said of a relation's second object. A relation
names its second object at both ends and says that object stays still; a route names its corners
"lower" and "upper", and is always seen from above. It takes LVD's attribution pairs 40-69 and its
two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 177/180 on 6bd52b3 (numeracy 28, sequential 29, the rest 30); 180/180 after the fixes of its own
commit (what occupies the picture is its things, so the picture is the clip; "note carefully the turns" names the turns,
no move undoing the route; "Shift start." is the start of the shift, its "shift" no move; with set 80's fixes beside
them); every family 30.
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("On the nose: one moving car, and only the moving car, in view from the opening to the close. Palate: clean, "
     "nothing else crowding the picture. A cheeky little clip.",
     "car", 1),
    ("Shift start. Quiet on the monitor: two moving cars in the clip, in view from start to finish, nothing else in "
     "the picture. All clear.",
     "car", 2),
    ("Now, class, observe the clip. Three moving cars, and they remain in view from the very start to the very end. "
     "Note carefully: nothing else is shown.",
     "car", 3),
    ("A cheeky little clip. Four moving cars, there the whole way through, with nothing else on the palate. Finish: "
     "long and uncluttered.",
     "car", 4),
    ("Shift start, early. Logged the clip: a lively cat, alone, in view from start to finish. Nothing else to report. "
     "All clear.",
     "cat", 1),
    ("Observe. Two lively cats occupy the picture from beginning to end, and, as you will recall from my warning, "
     "nothing else appears. Nothing at all, class.",
     "cat", 2),
    ("Tasting notes. Three lively cats from the moment the clip opens until it closes, and nothing else whatsoever. "
     "Bright, playful, very drinkable.",
     "cat", 3),
    ("Watched the monitor during the lull. Four lively cats, on screen the whole clip, and nothing else in it. Logged "
     "and signed. All clear.",
     "cat", 4),
    ("Now, class, a simple case. One flying bird, in view from start to finish. Note carefully that nothing else is in "
     "the picture.",
     "bird", 1),
    ("On the nose: two flying birds, present throughout, start to finish. Nothing else intrudes. Finish: airy and "
     "light.",
     "bird", 2),
    ("Slow afternoon. The clip on the monitor shows three flying birds, in view from beginning to end, and nothing "
     "else. All clear.",
     "bird", 3),
    ("Observe: four flying birds, and they stay in the picture for the entire clip. Nothing else is shown, as you "
     "will see if you look closely.",
     "bird", 4),
    ("Palate: one moving ball, rolling through the whole clip from start to finish, and nothing else to distract. "
     "Simple, honest, a cheeky little clip.",
     "ball", 1),
    ("Shift start. Clip logged: two moving balls, in view from start to finish. Nothing else in the picture. "
     "All clear.",
     "ball", 2),
    ("Now, class, count with me as I point. Three moving balls, visible from the start of the clip to its end, "
     "and nothing else.",
     "ball", 3),
    ("On the nose: four moving balls, bouncing through the whole clip, start to finish. Nothing else at all. "
     "Finish: lively.",
     "ball", 4),
    ("Logged at dusk: the clip shows a walking dog, just the one walking dog, in view from start to finish, and "
     "nothing else. All clear.",
     "dog", 1),
    ("Note carefully, class: two walking dogs, in the picture from beginning to end, and nothing else in the "
     "picture at any moment.",
     "dog", 2),
    ("A cheeky little clip: three walking dogs, in view from the opening frame to the last, and not a thing "
     "else on the palate.",
     "dog", 3),
    ("Shift start. Reviewed the clip: four walking dogs, on screen the whole time, nothing else anywhere. "
     "All clear, nothing to add.",
     "dog", 4),
    ("Now, class, observe. Two moving cars, present from start to finish. Nothing else enters the picture, and I "
     "will hear no argument on that.",
     "car", 2),
    ("On the nose: a single lively cat, in view from start to finish, and nothing else. Restrained, elegant, "
     "a cheeky little clip.",
     "cat", 1),
    ("Midmorning. Clip on the monitor: four flying birds, in view from start to finish, and nothing else in it. "
     "All clear.",
     "bird", 4),
    ("As you will recall, I promised you something simple. Here it is: three moving balls, in view the whole clip, "
     "and nothing else.",
     "ball", 3),
    ("Finish: two walking dogs, in view from the start of the clip to the end, and nothing else to speak of. A "
     "modest, charming clip.",
     "dog", 2),
    ("Logged at noon: four moving cars in the clip, on screen from start to finish, nothing else. All clear.",
     "car", 4),
    ("Observe, class. Three lively cats, in view for the whole clip, and note carefully that nothing else is "
     "present.",
     "cat", 3),
    ("Palate: one flying bird, from the opening to the close, and nothing else in the picture. Finish: clean.",
     "bird", 1),
    ("Shift start. Quiet monitor. Two moving balls in the clip, in view from start to finish, and nothing else. "
     "All clear.",
     "ball", 2),
    ("Now, class, four walking dogs. They stay in view from beginning to end. Observe that nothing else is shown.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("On the nose: a green dog beside a blue car, both in view for the whole clip. Pairs well with a quiet evening.",
     "dog", "green", "car", "blue"),
    ("Shift start, six fifteen. Clip on the monitor: a black cat and a brown ball, side by side, the whole clip "
     "through. All clear.",
     "cat", "black", "ball", "brown"),
    ("Now, class, observe the clip. A purple car, and next to it a red cat. Both remain in view from start to "
     "finish.",
     "car", "purple", "cat", "red"),
    ("Palate: a gray dog and a brown cat, sharing the picture from start to finish. A cheeky little clip.",
     "dog", "gray", "cat", "brown"),
    ("Tower two, seven o'clock. Logged a clip with a black car and a brown dog beside it, both in view throughout. "
     "All clear.",
     "car", "black", "dog", "brown"),
    ("Note carefully: a yellow ball and a pink dog, together in the picture for the whole clip. That is all there "
     "is to it.",
     "ball", "yellow", "dog", "pink"),
    ("A cheeky little clip: a gray cat curled beside a white dog, both there throughout. Finish: soft and warm.",
     "cat", "gray", "dog", "white"),
    ("Eight thirty. The clip shows a yellow dog next to an orange car, in view from start to finish. Logged. "
     "All clear.",
     "dog", "yellow", "car", "orange"),
    ("As you will recall, colour is no property of motion. Observe a black bird and a brown cat, side by side, "
     "in view for the entire clip.",
     "bird", "black", "cat", "brown"),
    ("On the nose: a white ball resting by a red car, both in the picture from the opening to the close. Pairs "
     "well with patience.",
     "ball", "white", "car", "red"),
    ("Tower two, nine o'clock sharp. Clip logged: a white ball and a black cat, together for the whole clip. "
     "All clear.",
     "ball", "white", "cat", "black"),
    ("Now, class, a yellow cat and a pink ball. Observe that both stay in view from the beginning of the clip to "
     "its end.",
     "cat", "yellow", "ball", "pink"),
    ("Palate: a black car with an orange bird perched nearby, both present throughout. A cheeky little clip, "
     "surprisingly complex.",
     "car", "black", "bird", "orange"),
    ("Shift start, a quarter to ten. The monitor clip: an orange ball beside a brown car, both in view the whole "
     "time. All clear.",
     "ball", "orange", "car", "brown"),
    ("Observe, class: a gray bird and a green cat, sharing the picture for the whole clip. Note carefully which is "
     "which.",
     "bird", "gray", "cat", "green"),
    ("On the nose: a blue car and a red cat, together from start to finish. Finish: bold, a touch of mischief.",
     "car", "blue", "cat", "red"),
    ("Ten o'clock. Clip logged from Tower two: a white ball next to a black car, both in view throughout. "
     "All clear.",
     "ball", "white", "car", "black"),
    ("Now, class, as you will recall from our last clip, a green bird and a white ball sat together. Here they are "
     "again, in view for the whole clip.",
     "bird", "green", "ball", "white"),
    ("A cheeky little clip: a blue ball at the feet of a yellow dog, both there for the whole clip. Pairs well with "
     "a lazy afternoon.",
     "ball", "blue", "dog", "yellow"),
    ("Half past ten. Monitor shows a yellow bird and a blue ball, side by side, the whole clip through. All clear.",
     "bird", "yellow", "ball", "blue"),
    ("Observe a brown bird beside a black ball. Note carefully: both remain in the picture from start to finish.",
     "bird", "brown", "ball", "black"),
    ("Palate: a brown bird and a blue cat, eyeing each other for the whole clip. Finish: tense, then charming.",
     "bird", "brown", "cat", "blue"),
    ("Eleven o'clock, Tower two. Clip on the monitor has a blue bird and a red car in it, both in view throughout. "
     "All clear.",
     "bird", "blue", "car", "red"),
    ("Now, class, a purple ball and a pink cat. Observe them together in the picture for the entire clip.",
     "ball", "purple", "cat", "pink"),
    ("On the nose: a yellow dog and a red cat, both present from the opening to the close. A cheeky little clip "
     "with real character.",
     "dog", "yellow", "cat", "red"),
    ("Noon. The clip logged at Tower two shows a green bird beside a yellow dog for the whole clip. All clear.",
     "bird", "green", "dog", "yellow"),
    ("As you will recall, I asked you to watch closely. A gray car and a red cat, next to each other, in view from "
     "start to finish. Observe.",
     "car", "gray", "cat", "red"),
    ("Tasting notes: a red bird and a black cat, side by side throughout. Pairs well with a good story.",
     "bird", "red", "cat", "black"),
    ("Shift start, one o'clock. Clip: a white bird and an orange cat, both in view the whole time. Logged. "
     "All clear.",
     "bird", "white", "cat", "orange"),
    ("Note carefully, class: a green bird and a black ball, sharing the picture from the beginning of the clip to "
     "the end.",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("On the nose: nothing at first; for the whole first half of the clip there is no car. Then, in the second "
     "half, a moving car arrives and stays to the finish. A cheeky little clip.",
     "car"),
    ("Shift start, seven forty. Clip on the monitor: no car in the first half. Second half, a moving car shows up "
     "and stays until the end. All clear.",
     "car"),
    ("Now, class, observe. Throughout the first half of the clip, no car. In the second half, a moving car appears, "
     "and note carefully that it remains to the end.",
     "car"),
    ("Palate: a slow opening, with no cat anywhere in the first half. Then a lively cat appears in the second half "
     "and lingers to the end. Finish: playful.",
     "cat"),
    ("Tower two, eight o'clock. First half of the clip: empty, no cat. Second half: a lively cat appears and stays "
     "in view to the end. Logged.",
     "cat"),
    ("Observe, class: the first half of the clip contains no cat whatsoever. Only in the second half does a lively "
     "cat appear, and it stays until the clip ends.",
     "cat"),
    ("A cheeky little clip that makes you wait: no bird in the first half, then a flying bird appears in the second "
     "half and stays to the very end.",
     "bird"),
    ("Nine o'clock. Monitor clip: first half, no bird. Then a flying bird appears for the second half and stays "
     "through the end. All clear.",
     "bird"),
    ("As you will recall, absence is also an observation. In the first half of the clip there is no bird; in the "
     "second half a flying bird appears and remains.",
     "bird"),
    ("On the nose: restraint. No ball in the first half of the clip. In the second half a moving ball rolls in and "
     "stays to the end. Pairs well with patience.",
     "ball"),
    ("Shift start. Clip logged: no ball during the first half; in the second half a moving ball appears and stays "
     "in view to the end. All clear.",
     "ball"),
    ("Now, class, note carefully. The first half of the clip holds no ball. The second half brings a moving ball, "
     "which remains until the end.",
     "ball"),
    ("Tasting notes: the first half is bare, no dog at all. In the second half a walking dog wanders in and stays "
     "to the finish. A cheeky little clip.",
     "dog"),
    ("Ten fifteen. Clip on the monitor: no dog through the first half. A walking dog appears in the second half and "
     "stays till the end. Logged, all clear.",
     "dog"),
    ("Observe: during the first half of the clip, no dog. During the second half, a walking dog appears and remains "
     "in view to the end, as you will see.",
     "dog"),
]

# (prompt, query): the object is present in the first half and gone in the second.
_VANISHES = [
    ("On the nose: a moving car, front and centre, through the first half of the clip. Then it is gone, and the second "
     "half has no car at all. Finish: abrupt.",
     "car"),
    ("Tower two, eleven o'clock. Clip: a moving car in the first half. By the second half, no car. Gone. All clear.",
     "car"),
    ("Now, class, observe a moving car during the first half of the clip. Note carefully that in the second half "
     "there is no car whatsoever.",
     "car"),
    ("Palate: a lively cat through the first half of the clip, then nothing; the second half has no cat. A cheeky "
     "little clip with a short finish.",
     "cat"),
    ("Shift start, noon. Clip logged: a lively cat in view for the first half, no cat in the second half. "
     "All clear.",
     "cat"),
    ("As you will recall, things do leave. A lively cat is present in the first half of the clip and absent in the "
     "second half: there is no cat.",
     "cat"),
    ("A cheeky little clip: a flying bird through the first half, then gone, with no bird in the whole second half. "
     "Pairs well with a sigh.",
     "bird"),
    ("Twelve thirty on the log. Monitor clip: a flying bird during the first half, no bird in the second half. "
     "All clear.",
     "bird"),
    ("Observe, class: in the first half of the clip, a flying bird. In the second half, no bird. It is gone, and "
     "does not return.",
     "bird"),
    ("On the nose: a moving ball, present for the first half of the clip and gone in the second half, where there is "
     "no ball. Finish: quick.",
     "ball"),
    ("Two o'clock. Clip on the monitor shows a moving ball in the first half; the second half has no ball. Logged. "
     "All clear.",
     "ball"),
    ("Now, class, a moving ball in the first half of the clip. Note carefully: no ball at all in the second half.",
     "ball"),
    ("Tasting notes: a walking dog during the first half of the clip, and then no dog for the second half. "
     "A cheeky little clip, over too soon.",
     "dog"),
    ("Shift start, three o'clock. Clip: a walking dog in view in the first half. Second half, no dog. All clear.",
     "dog"),
    ("Observe a walking dog through the first half of the clip. As you will recall from the setup, the second half "
     "has no dog in it at all.",
     "dog"),
]

# (prompt, query, leftward): the object crosses the frame in one direction.
_DYNAMIC_ONE = [
    ("On the nose: a moving car, entering at the left side of the frame and driving all the way across to the right "
     "side. A cheeky little clip.",
     "car", RIGHTWARD),
    ("Shift start, six o'clock. Clip on the monitor: a moving car drives from the right side of the frame over to the "
     "left side. All clear.",
     "car", LEFTWARD),
    ("Now, class, observe the velocity. A moving car travels from the left edge of the frame to the right edge, at a "
     "steady pace.",
     "car", RIGHTWARD),
    ("Palate: a moving car sweeping across the clip, right side of the frame to the left side. Finish: quick and "
     "clean.",
     "car", LEFTWARD),
    ("Tower two, seven o'clock. Logged a clip of a moving car driving across from the left side of the picture to "
     "the right side. All clear.",
     "car", RIGHTWARD),
    ("Note carefully the direction, class: a moving car goes from the right side of the frame to the left side.",
     "car", LEFTWARD),
    ("A cheeky little clip: a lively cat trots across from the left side of the frame to the right side. Pairs well "
     "with a lazy morning.",
     "cat", RIGHTWARD),
    ("Eight o'clock. Monitor clip: a lively cat runs from the right side of the frame across to the left side. "
     "All clear.",
     "cat", LEFTWARD),
    ("Observe: a lively cat crosses the frame from left to right. As you will recall, we call this positive "
     "displacement.",
     "cat", RIGHTWARD),
    ("On the nose: a lively cat, darting from the right side of the frame to the left side. Finish: mischievous.",
     "cat", LEFTWARD),
    ("Shift start. Clip logged: a lively cat crosses from the left side of the picture to the right side. "
     "All clear.",
     "cat", RIGHTWARD),
    ("Now, class, a lively cat moves from the right edge of the frame to the left edge. Note carefully which way it "
     "goes.",
     "cat", LEFTWARD),
    ("Palate: a flying bird gliding from the left side of the frame clear across to the right side. Airy, "
     "effortless.",
     "bird", RIGHTWARD),
    ("Tower two, nine fifteen. Clip: a flying bird crosses the frame from the right side to the left side. Logged. "
     "All clear.",
     "bird", LEFTWARD),
    ("Observe, class, a flying bird crossing from the left side of the frame to the right side, in a straight line.",
     "bird", RIGHTWARD),
    ("Tasting notes: a flying bird sweeps from the right side of the frame over to the left side. A cheeky little "
     "clip.",
     "bird", LEFTWARD),
    ("Ten o'clock. Monitor clip shows a flying bird going from the left side of the picture to the right side. "
     "All clear.",
     "bird", RIGHTWARD),
    ("As you will recall, a projectile need not fall. Here a flying bird travels from the right side of the frame to "
     "the left side.",
     "bird", LEFTWARD),
    ("On the nose: a moving ball rolling from the left side of the frame across to the right side. Finish: round "
     "and smooth.",
     "ball", RIGHTWARD),
    ("Shift start, half past ten. Clip on the monitor: a moving ball rolls from the right side of the frame to the "
     "left side. All clear.",
     "ball", LEFTWARD),
    ("Now, class, observe the rolling motion: a moving ball goes from the left edge of the frame to the right edge.",
     "ball", RIGHTWARD),
    ("A cheeky little clip: a moving ball, rolling from the right side of the frame to the left side. Pairs well "
     "with a long lunch.",
     "ball", LEFTWARD),
    ("Eleven o'clock. Logged a clip of a moving ball crossing from the left side of the picture to the right side. "
     "All clear.",
     "ball", RIGHTWARD),
    ("Note carefully: a moving ball travels from the right side of the frame to the left side, decelerating only "
     "slightly.",
     "ball", LEFTWARD),
    ("Palate: a walking dog ambles from the left side of the frame to the right side. Unhurried, friendly finish.",
     "dog", RIGHTWARD),
    ("Tower two, noon. Clip: a walking dog walks across from the right side of the frame to the left side. "
     "All clear.",
     "dog", LEFTWARD),
    ("Observe, class: a walking dog moving from the left side of the frame to the right side at constant speed.",
     "dog", RIGHTWARD),
    ("On the nose: a walking dog, strolling from the right side of the frame to the left side. A cheeky little clip.",
     "dog", LEFTWARD),
    ("Shift start, one fifteen. Monitor clip: a walking dog goes from the left side of the frame over to the right "
     "side. All clear.",
     "dog", RIGHTWARD),
    ("Now, class, as you will recall from the last clip, direction matters. This walking dog goes from the right "
     "side of the frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("On the nose: a car that stays still the whole clip, and a bird flying from the left of the car to the right of "
     "the car. A cheeky little clip.",
     "bird", "car", RIGHTWARD),
    ("Shift start, six thirty. Clip on the monitor: the bird stays still; a car drives from the right of the bird to "
     "the left of the bird. All clear.",
     "car", "bird", LEFTWARD),
    ("Now, class, observe. The cat stays still, our frame of reference. A bird flies from the left of the cat to the "
     "right of the cat.",
     "bird", "cat", RIGHTWARD),
    ("Palate: a car drives from the right of a bird to the left of the bird, while the bird stays still throughout. "
     "Finish: smooth.",
     "car", "bird", LEFTWARD),
    ("Tower two, seven o'clock. Clip: a dog stays still; a bird flies from the left of the dog over to the right of "
     "the dog. Logged.",
     "bird", "dog", RIGHTWARD),
    ("Note carefully, class: the cat stays still, and the dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("A cheeky little clip: a ball rolls from the left of a dog to the right of the dog, and the dog stays still, "
     "unimpressed.",
     "ball", "dog", RIGHTWARD),
    ("Eight o'clock. Monitor clip shows a cat that stays still and a bird flying from the right of the cat to the left "
     "of the cat. All clear.",
     "bird", "cat", LEFTWARD),
    ("Observe: the ball stays still. A car drives from the left of the ball to the right of the ball. As you will "
     "recall, only the car has velocity here.",
     "car", "ball", RIGHTWARD),
    ("On the nose: the bird stays still, and a cat slips from the right of the bird to the left of the bird. "
     "Pairs well with suspense.",
     "cat", "bird", LEFTWARD),
    ("Shift start. Clip logged: a car stays still while a dog walks from the left of the car to the right of the car. "
     "All clear.",
     "dog", "car", RIGHTWARD),
    ("Now, class, the bird stays still. Note carefully that a ball rolls from the right of the bird to the left of "
     "the bird.",
     "ball", "bird", LEFTWARD),
    ("Palate: a dog that stays still, and a ball rolling from the left of the dog to the right of the dog. "
     "A cheeky little clip.",
     "ball", "dog", RIGHTWARD),
    ("Tower two, nine o'clock. Clip: a ball rolls from the right of a cat to the left of the cat; the cat stays "
     "still. All clear.",
     "ball", "cat", LEFTWARD),
    ("Observe, class: a ball stays still while a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Tasting notes: the cat stays still, and a bird flies from the right of the cat to the left of the cat. "
     "Finish: a flutter.",
     "bird", "cat", LEFTWARD),
    ("Half past nine. Monitor clip: the bird stays still; a dog walks from the left of the bird to the right of the "
     "bird. All clear.",
     "dog", "bird", RIGHTWARD),
    ("As you will recall, relative motion needs a reference. The cat stays still; the dog walks from the right of "
     "the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("On the nose: a car that stays still, and a ball rolling from the left of the car to the right of the car. "
     "Pairs well with a quiet street.",
     "ball", "car", RIGHTWARD),
    ("Shift start, ten o'clock. Clip: a dog walks from the right of a cat to the left of the cat, and the cat stays "
     "still. Logged.",
     "dog", "cat", LEFTWARD),
    ("Now, class, observe a ball that stays still, and a bird flying from the left of the ball to the right of the "
     "ball.",
     "bird", "ball", RIGHTWARD),
    ("A cheeky little clip: the ball stays still, and a bird flies from the right of the ball to the left of the "
     "ball. Finish: light.",
     "bird", "ball", LEFTWARD),
    ("Tower two, eleven o'clock. Clip: the dog stays still; a bird flies from the left of the dog to the right of the "
     "dog. All clear.",
     "bird", "dog", RIGHTWARD),
    ("Note carefully: the car stays still. A bird flies from the right of the car to the left of the car, and only "
     "the bird moves.",
     "bird", "car", LEFTWARD),
    ("Palate: a cat that stays still, and a car driving from the left of the cat to the right of the cat. Bold, "
     "a little cheeky.",
     "car", "cat", RIGHTWARD),
    ("Noon. Monitor clip shows a ball that stays still and a dog walking from the right of the ball to the left of "
     "the ball. All clear.",
     "dog", "ball", LEFTWARD),
    ("Observe, class, the ball stays still while a cat moves from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("On the nose: the ball stays still, and a dog walks from the right of the ball to the left of the ball. "
     "A cheeky little clip.",
     "dog", "ball", LEFTWARD),
    ("Shift start, one o'clock. Clip: a cat creeps from the left of a bird to the right of the bird; the bird stays "
     "still. All clear.",
     "cat", "bird", RIGHTWARD),
    ("Now, class, the car stays still, as you will recall from the setup. A dog walks from the right of the car to "
     "the left of the car.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("On the nose: a top-down clip, seen from directly above. A moving car drives from the lower left corner to the "
     "lower right corner, then on to the upper right corner. A cheeky little clip.",
     "car", BL_BR_TR),
    ("Shift start, six o'clock. Clip on the monitor, shot from above: a moving car goes from the lower left corner to "
     "the upper left corner, then to the upper right corner. All clear.",
     "car", BL_TL_TR),
    ("Now, class, observe this view from directly above. A moving car drives from the lower right corner to the "
     "lower left corner, and then to the upper left corner.",
     "car", BR_BL_TL),
    ("Palate: seen from above, a moving car starting in the lower right corner, driving up to the upper right corner, "
     "then across to the upper left corner. Finish: tidy.",
     "car", BR_TR_TL),
    ("Tower two, seven fifteen. Top-down clip: a moving car from the lower left corner to the lower right corner, "
     "then to the upper right corner. Logged.",
     "car", BL_BR_TR),
    ("Note carefully, class, that we look straight down from above. A moving car goes from the lower left corner to "
     "the upper left corner, then to the upper right corner.",
     "car", BL_TL_TR),
    ("A cheeky little clip, seen from directly above: a lively cat runs from the lower right corner to the lower left "
     "corner, then up to the upper left corner.",
     "cat", BR_BL_TL),
    ("Eight o'clock. Overhead clip on the monitor: a lively cat goes from the lower right corner to the upper right "
     "corner, then to the upper left corner. All clear.",
     "cat", BR_TR_TL),
    ("Observe, from above, a lively cat: from the lower left corner to the lower right corner, and then to the upper "
     "right corner. As you will recall, a path with turns.",
     "cat", BL_BR_TR),
    ("On the nose: a top-down view. A lively cat dashes from the lower left corner to the upper left corner, then "
     "over to the upper right corner. Pairs well with a nap.",
     "cat", BL_TL_TR),
    ("Shift start. Clip logged, viewed from above: a lively cat from the lower right corner to the lower left corner, "
     "then to the upper left corner. All clear.",
     "cat", BR_BL_TL),
    ("Now, class, seen from directly above, a lively cat moves from the lower right corner to the upper right corner, "
     "and then to the upper left corner.",
     "cat", BR_TR_TL),
    ("Palate: looking straight down from above, a flying bird glides from the lower left corner to the lower right "
     "corner, then to the upper right corner. Finish: airy.",
     "bird", BL_BR_TR),
    ("Tower two, nine o'clock. Top-down clip: a flying bird flies from the lower left corner to the upper left "
     "corner, then to the upper right corner. All clear.",
     "bird", BL_TL_TR),
    ("Observe, class, the view from directly above. A flying bird goes from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Tasting notes: a clip seen from above. A flying bird flies from the lower right corner to the upper right "
     "corner, then on to the upper left corner. A cheeky little clip.",
     "bird", BR_TR_TL),
    ("Ten o'clock. Monitor clip from overhead: a flying bird goes from the lower left corner to the lower right "
     "corner, then to the upper right corner. Logged.",
     "bird", BL_BR_TR),
    ("As you will recall, a top-down view flattens height. Here a flying bird moves from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "bird", BL_TL_TR),
    ("On the nose: seen from directly above, a moving ball rolls from the lower right corner to the lower left "
     "corner, then to the upper left corner. Finish: round.",
     "ball", BR_BL_TL),
    ("Shift start, eleven o'clock. Overhead clip: a moving ball from the lower right corner to the upper right "
     "corner, then to the upper left corner. All clear.",
     "ball", BR_TR_TL),
    ("Now, class, from above: a moving ball rolls from the lower left corner to the lower right corner, and then to "
     "the upper right corner. Note carefully the order.",
     "ball", BL_BR_TR),
    ("A cheeky little clip in top-down view: a moving ball rolls from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Noon, Tower two. Clip seen from above: a moving ball goes from the lower right corner to the lower left corner, "
     "then to the upper left corner. All clear.",
     "ball", BR_BL_TL),
    ("Observe, from directly above, a moving ball: lower right corner, then the upper right corner, then the upper "
     "left corner. Note carefully the turns.",
     "ball", BR_TR_TL),
    ("Palate: a top-down clip. A walking dog walks from the lower left corner to the lower right corner, then to the "
     "upper right corner. Pairs well with a stroll.",
     "dog", BL_BR_TR),
    ("Shift start, one o'clock. Clip viewed from above: a walking dog from the lower left corner to the upper left "
     "corner, then to the upper right corner. All clear.",
     "dog", BL_TL_TR),
    ("Now, class, seen from above, a walking dog goes from the lower right corner to the lower left corner, and then "
     "to the upper left corner.",
     "dog", BR_BL_TL),
    ("On the nose: looking down from above, a walking dog walks from the lower right corner to the upper right "
     "corner, then to the upper left corner. A cheeky little clip.",
     "dog", BR_TR_TL),
    ("Two o'clock. Overhead clip on the monitor: a walking dog from the lower left corner to the lower right corner, "
     "then to the upper right corner. Logged.",
     "dog", BL_BR_TR),
    ("As you will recall, the camera looks down from above. Observe a walking dog going from the lower left corner to "
     "the upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
