"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a ninja's scroll of teachings ("The shadow student observes", "lesson", "silent", "master"), where the
  ninja, the master, the dojo and the scroll are never in the video, and the lesson is what the clip shows;
- a real-estate listing ("Charming", "must see", "open house", "motivated seller"), where the agent, the
  house and the buyers are never in the video, and the feature being sold is the clip itself; the listing
  gives no sizes or prices, since it writes no numbers;
- a tour-bus guide on a microphone ("folks", "if you look out the window", "next stop"), where the guide,
  the bus, the tourists and the window are never in the video, and the sight pointed out is the clip; the
  vehicle the tourists ride is only ever the bus or the coach.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
dojo, house, window or bus beside the count) and put no other number word beside it (no "first lesson",
no "one-of-a-kind", no "a couple of"). No voice gives its own props a colour (no belts, paint or trim),
no idiom hides a class noun or a side (no "carport", "ballroom", "right this way", "what's left"), "half"
is only said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a
relation's second object. A relation names its second object at both ends and says that object stays
still; a route is always seen from above. It takes LVD's attribution pairs 80-99 and 0-9 and its
two-object relations 0-29 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 174/180 on 0792a44 (numeracy 25, dynamic_one 29, the rest 30), kept off main until its fixes were
in; 180/180 after the fixes of its own commit (a person told as one known already who only watches what "nothing
else" fences, "the shadow student observes three flying birds", "the student sees nothing else", is the clip's
audience, and so is the one waiting on that sight, "the master waits for the student to see it"; "they remain, and
nothing joins them" fences the things counted before; "keep an eye on the lively cat" is watching it).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("The shadow student observes: one moving car, from the opening of the clip to its close, and nothing beside "
     "it. The lesson is silent, as lessons should be.",
     "car", 1),
    ("Charming and move-in ready: this clip offers two moving cars, in view from start to finish, with nothing else "
     "to clutter the scene. Must see!",
     "car", 2),
    ("Folks, if you look now you'll see three moving cars, and they stay in view from the start of the clip to the "
     "end. Nothing else out there, just those moving cars.",
     "car", 3),
    ("Lesson of the empty mind: four moving cars cross the whole clip, start to finish, and the student sees nothing "
     "else. So the master teaches.",
     "car", 4),
    ("Folks, eyes front, please. What we've got here is one lively cat, in view the whole time, and honestly nothing "
     "else to see.",
     "cat", 1),
    ("The master speaks in silence: two lively cats, seen from beginning to end, and no other thing. Observe, and "
     "say nothing.",
     "cat", 2),
    ("Motivated seller! Three lively cats, on show from the start of the clip to its end, and absolutely nothing "
     "else. Priced to go.",
     "cat", 3),
    ("Now, folks, this is a treat: four lively cats, all in view from start to finish, and nothing else in "
     "the whole clip.",
     "cat", 4),
    ("Must see: one flying bird, in view from opening to close, in a clip with nothing else in it. Clean, airy, "
     "uncluttered.",
     "bird", 1),
    ("Folks, here comes the highlight of the tour: two flying birds, in sight the whole clip long, and nothing else "
     "to look at.",
     "bird", 2),
    ("The shadow student observes three flying birds. From the start of the clip to its end they remain, and "
     "nothing joins them. Thus ends the lesson.",
     "bird", 3),
    ("Showings this weekend, featuring four flying birds, visible from start to finish. Nothing else is included. "
     "Don't miss it!",
     "bird", 4),
    ("Lesson of patience: one moving ball, present from the clip's opening to its close, and nothing "
     "else. The master waits for the student to see it.",
     "ball", 1),
    ("Heads up, folks: two moving balls, in view from start to finish, and that's the whole show. Nothing else out "
     "there.",
     "ball", 2),
    ("Charming clip, lovingly kept: three moving balls, on screen the whole way through, and nothing more. Must "
     "see to believe.",
     "ball", 3),
    ("Silent as the night, the lesson is this: four moving balls, from beginning to end, and nothing else in the "
     "clip.",
     "ball", 4),
    ("Motivated seller, priced to move: the clip shows one walking dog from start to finish, and nothing else at "
     "all.",
     "dog", 1),
    ("Folks, take a good look: two walking dogs, there from the start of the clip to the end, and nothing else to "
     "see. Beautiful, isn't it?",
     "dog", 2),
    ("The shadow student observes and is silent: three walking dogs, in view from start to finish. Nothing else "
     "enters the clip. The master nods.",
     "dog", 3),
    ("Just listed! Four walking dogs, in view for the whole clip, and nothing else whatsoever. Won't last.",
     "dog", 4),
    ("Folks, coming up now, four moving cars, in view from start to finish. That's all there is; nothing else "
     "out there.",
     "car", 4),
    ("The master's lesson on patience: two lively cats, present for the whole clip, and nothing else. Watch them "
     "without a sound.",
     "cat", 2),
    ("Rare find: one flying bird, on view from the start of the clip to the end, and nothing else. Viewings "
     "Sunday, must see.",
     "bird", 1),
    ("Folks, if you're just waking up, you haven't missed a thing: two moving balls, in view from start to "
     "finish, nothing else.",
     "ball", 2),
    ("Lesson: the student watches one walking dog from the opening of the clip to its close. Nothing else is "
     "there. Silence is the answer.",
     "dog", 1),
    ("Motivated seller. Three moving cars, in view from the beginning of the clip to its end, with nothing else "
     "included. Bring your offers.",
     "car", 3),
    ("And now, folks: three lively cats, on view from start to finish. Nothing else in the clip, so enjoy the "
     "lively cats.",
     "cat", 3),
    ("The shadow student observes four flying birds, there from start to finish, and nothing besides. The master "
     "says: count them silently.",
     "bird", 4),
    ("Charming! Three moving balls, in view for the entire clip, and nothing else to distract you. Must see.",
     "ball", 3),
    ("Folks, the moment you've been waiting for: four walking dogs, in view the whole clip, and nothing "
     "else at all.",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 80-99 and 0-9, in order.
_ATTRIBUTION = [
    ("The shadow student observes a purple bird and a red dog, side by side, from the start of the clip to its end. "
     "The lesson: see each colour truly.",
     "bird", "purple", "dog", "red"),
    ("Charming scene, must see: a red dog sits beside a yellow car, and both stay in view the whole clip.",
     "dog", "red", "car", "yellow"),
    ("Folks, if you look out the window now, there's an orange dog next to a brown car, and they're in view from "
     "start to finish.",
     "dog", "orange", "car", "brown"),
    ("Lesson of the keen eye: a gray cat and an orange dog beside it, both present from beginning to end. The "
     "master asks only that you notice.",
     "cat", "gray", "dog", "orange"),
    ("Motivated seller! The clip features a green ball with a pink dog beside it, both on view from start to "
     "finish.",
     "ball", "green", "dog", "pink"),
    ("Coming up, folks: a white dog, and next to it a pink bird. They'll both be there from start to finish, so "
     "no rush.",
     "dog", "white", "bird", "pink"),
    ("The master is silent and points: a purple car, a gray ball beside it, both in the clip from its opening to its "
     "close.",
     "car", "purple", "ball", "gray"),
    ("Just listed: a yellow dog beside a brown cat, in view for the entire clip. Open house Saturday.",
     "dog", "yellow", "cat", "brown"),
    ("Now, folks, this is a funny sight: a brown ball, and sitting beside it a green cat, both there the whole way "
     "through.",
     "ball", "brown", "cat", "green"),
    ("The shadow student observes a brown cat beside an orange car. Neither leaves the clip from start to finish. "
     "Such is the lesson.",
     "cat", "brown", "car", "orange"),
    ("Must see! A white cat with an orange dog at its side, both in view from the start of the clip to the end. "
     "Motivated seller.",
     "cat", "white", "dog", "orange"),
    ("If you look out the window, folks, you'll spot a green bird perched beside an orange car, and they stay put "
     "from start to finish.",
     "bird", "green", "car", "orange"),
    ("Lesson: a brown dog and a red ball, side by side, in the clip from beginning to end. The student watches "
     "without a word.",
     "dog", "brown", "ball", "red"),
    ("Charming and rare: a yellow car with a white bird beside it, both visible throughout the clip. Must see to "
     "appreciate.",
     "car", "yellow", "bird", "white"),
    ("Folks, next stop has a blue cat sitting next to a brown bird, and they're both in view from start to finish. "
     "Don't miss it.",
     "cat", "blue", "bird", "brown"),
    ("The master teaches by showing: a black bird, an orange cat beside it, both there from the opening of the clip "
     "to its close.",
     "bird", "black", "cat", "orange"),
    ("Open house today! Featured: a black ball beside a red dog, both in view from start to finish.",
     "ball", "black", "dog", "red"),
    ("And here we are, folks: a brown bird next to an orange dog, both of them in view the whole clip.",
     "bird", "brown", "dog", "orange"),
    ("Silent lesson: a red ball lies beside a purple car, and both stay in the clip from start to finish. The "
     "shadow student observes and learns.",
     "ball", "red", "car", "purple"),
    ("Motivated seller, priced to sell: a purple car with a white bird beside it, in view from the start of the clip "
     "to its end.",
     "car", "purple", "bird", "white"),
    ("Folks, take a look: a blue cat, and beside it a white bird, both in view from start to finish. Lovely, "
     "isn't it?",
     "cat", "blue", "bird", "white"),
    ("The shadow student observes a yellow dog next to a green ball, both present for the whole clip. The master "
     "asks nothing more.",
     "dog", "yellow", "ball", "green"),
    ("Must see: a blue dog beside an orange car, both shown from start to finish. Charming, and ready now.",
     "dog", "blue", "car", "orange"),
    ("If you look out the window, folks, there's a purple ball sitting beside a blue car, and neither budges from "
     "start to finish.",
     "ball", "purple", "car", "blue"),
    ("Lesson of the quiet eye: a green dog beside a black bird, both in view from beginning to end.",
     "dog", "green", "bird", "black"),
    ("Just reduced: a purple ball with a black cat beside it, both in view for the whole clip. Motivated seller.",
     "ball", "purple", "cat", "black"),
    ("Folks, coming up: a black car with an orange bird sitting next to it. You'll have them both in view from "
     "start to finish.",
     "car", "black", "bird", "orange"),
    ("The master says: see a black ball and a purple cat beside it, from the clip's opening to its close, and be "
     "silent.",
     "ball", "black", "cat", "purple"),
    ("Charming pairing, must see: a pink bird beside a brown dog, both on view from start to finish. Open house "
     "Sunday.",
     "bird", "pink", "dog", "brown"),
    ("Folks, this is our next stop: a brown ball next to a blue dog, both in view the whole clip. Take your time.",
     "ball", "brown", "dog", "blue"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("The shadow student observes an empty first half: no car. In the second half a moving car appears and stays "
     "until the end. The lesson is patience.",
     "car"),
    ("Folks, keep your eyes peeled: no car during the first half of the clip, but in the second half a moving car "
     "shows up and sticks around to the end.",
     "car"),
    ("Worth the wait! The first half of the clip has no car; in the second half a moving car appears and remains "
     "through the end. Must see.",
     "car"),
    ("Charming surprise: no cat at all in the first half, then a lively cat appears in the second half and stays "
     "for the rest of the clip.",
     "cat"),
    ("Lesson of the hidden: in the first half there is no cat. In the second half a lively cat appears, and it "
     "remains to the end. The master smiles.",
     "cat"),
    ("Now, folks, during the first half you won't see a cat anywhere, but hang on: in the second half a lively cat "
     "appears, and it stays to the end.",
     "cat"),
    ("If you look out the window, folks, there's no bird yet; that's the first half. In the second half a flying "
     "bird appears and stays till the end.",
     "bird"),
    ("The master teaches: the first half holds no bird. Then, in the second half, a flying bird appears and does "
     "not leave before the end.",
     "bird"),
    ("Motivated seller, and here's the twist: no bird in the first half, and a flying bird that appears in the second "
     "half and stays to the end.",
     "bird"),
    ("Open house feature: no ball in the first half. In the second half a moving ball appears, staying until the "
     "end.",
     "ball"),
    ("The shadow student observes: no ball while the first half lasts; in the second half, a moving ball appears "
     "and remains. Silent, it arrives.",
     "ball"),
    ("Folks, watch closely, there's no ball in the first half of this one, and then a moving ball appears in the "
     "second half and stays all the way to the end.",
     "ball"),
    ("Lesson: a walking dog appears only in the second half. In the first half there is no dog. When it appears, it "
     "stays until the end.",
     "dog"),
    ("Next stop, folks: no dog in the first half, and in the second half a walking dog appears and stays with us to "
     "the end.",
     "dog"),
    ("Just listed and won't last: the first half shows no dog, the second half a walking dog that appears and "
     "stays to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Folks, there's a moving car in the first half of the clip, but in the second half it's gone: no car at all.",
     "car"),
    ("The shadow student observes a moving car in the first half. In the second half there is no car. The lesson: "
     "nothing stays.",
     "car"),
    ("Charming first impression: a moving car in the first half. By the second half it is gone, and there is no "
     "car at all. Motivated seller.",
     "car"),
    ("Must see while it lasts: a lively cat in the first half, and no cat anywhere in the second half.",
     "cat"),
    ("Lesson of vanishing: a lively cat in the first half; in the second half it is gone, and no cat can be found. "
     "The master is silent.",
     "cat"),
    ("Look quick, folks! A lively cat in the first half, and then in the second half, poof, no cat.",
     "cat"),
    ("The master points to a flying bird in the first half; in the second half there is no bird. Learn from its "
     "going.",
     "bird"),
    ("Folks, if you look out the window, that's a flying bird in the first half, and in the second half it's gone, "
     "no bird anywhere.",
     "bird"),
    ("Open house bonus: a flying bird in the first half of the clip. In the second half it is gone: no bird.",
     "bird"),
    ("A moving ball in the first half; no ball in the second half. Priced to sell, so don't "
     "wait.",
     "ball"),
    ("Folks, don't miss the moving ball in the first half, because in the second half it's gone and there's no ball at "
     "all.",
     "ball"),
    ("Lesson: a moving ball is present in the first half and gone in the second half, where there is no ball. The "
     "shadow student observes its absence.",
     "ball"),
    ("The shadow student observes a walking dog in the first half. In the second half the dog is gone; no dog "
     "remains.",
     "dog"),
    ("Motivated seller: a walking dog in the first half, and in the second half no dog at all. Must see.",
     "dog"),
    ("Folks, there's a walking dog in the first half, and in the second half it's gone, not a dog in sight. Next "
     "stop coming up.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("The shadow student observes a moving car travel from the left side of the frame to the right side, silent as "
     "a thought.",
     "car", RIGHTWARD),
    ("Folks, on the right of the frame there's a moving car, and watch it go all the way across to the left side.",
     "car", LEFTWARD),
    ("Charming drive-by: a moving car crosses from the left side of the frame to the right side. Must see.",
     "car", RIGHTWARD),
    ("Lesson of the road: a moving car enters on the right side of the frame and departs on the left side.",
     "car", LEFTWARD),
    ("If you look out the window, folks, a moving car is heading from the left side of the frame over to the right "
     "side.",
     "car", RIGHTWARD),
    ("Motivated seller! A moving car, driving from the right side of the frame across to the left side.",
     "car", LEFTWARD),
    ("Folks, keep an eye on the lively cat: it runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("The master says: follow the lively cat as it runs from the right side of the frame to the left side, and "
     "make no sound.",
     "cat", LEFTWARD),
    ("Open house highlight: a lively cat dashes from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("On the right of the frame, folks, a lively cat, and off it goes, running over to the left side.",
     "cat", LEFTWARD),
    ("The shadow student observes a lively cat crossing from the left side of the frame to the right side. The "
     "lesson is in its quick feet.",
     "cat", RIGHTWARD),
    ("Just listed: a lively cat running from the right side of the frame to the left side. Won't last!",
     "cat", LEFTWARD),
    ("Lesson of the wind: a flying bird flies from the left side of the frame to the right side, and the student "
     "watches in silence.",
     "bird", RIGHTWARD),
    ("Must see, and charming too: a flying bird gliding from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ("Folks, up there now, a flying bird going from the left side of the frame across to the right side. Beautiful.",
     "bird", RIGHTWARD),
    ("The master points: a flying bird crosses from the right side of the frame to the left side. Observe, do not "
     "speak.",
     "bird", LEFTWARD),
    ("Motivated seller: a flying bird travels across the frame, left side to right side.",
     "bird", RIGHTWARD),
    ("If you look out the window, folks, you'll spot a flying bird going from the right side of the frame to the "
     "left side.",
     "bird", LEFTWARD),
    ("Folks, a moving ball, rolling from the left side of the frame to the right side. Next stop after this one.",
     "ball", RIGHTWARD),
    ("Lesson: a moving ball rolls from the right side of the frame to the left side, and does not stop to ask why.",
     "ball", LEFTWARD),
    ("Charming detail: a moving ball rolls from the left side of the frame all the way to the right side.",
     "ball", RIGHTWARD),
    ("On your left, folks, the left side of the frame, that's where the moving ball ends up, rolling in from the "
     "right side.",
     "ball", LEFTWARD),
    ("The shadow student observes a moving ball as it rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Open house today: a moving ball rolling across from the right side of the frame to the left side.",
     "ball", LEFTWARD),
    ("Must see: a walking dog strolls from the left side of the frame to the right side. Motivated seller.",
     "dog", RIGHTWARD),
    ("The master teaches the silent step: a walking dog walks from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Folks, there's a walking dog starting on the left side of the frame, and he's making his way to the right "
     "side.",
     "dog", RIGHTWARD),
    ("Just reduced! A walking dog, walking from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Lesson of the path: a walking dog walks from the left side of the frame to the right side. The shadow "
     "student observes each step.",
     "dog", RIGHTWARD),
    ("On the right side of the frame, folks, a walking dog, and he's walking across to the left side now.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 0-29, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The shadow student observes: the car stays still, and a bird flies from the left of the car to the right of "
     "the car. The lesson is in the contrast.",
     "bird", "car", RIGHTWARD),
    ("Folks, the bird there is staying still, and here comes a car driving from the right of the bird to the left "
     "of the bird.",
     "car", "bird", LEFTWARD),
    ("Charming moment: the cat stays still while a bird flies from the left of the cat to the right of the cat. "
     "Must see.",
     "bird", "cat", RIGHTWARD),
    ("The master is silent. The bird stays still. A car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("If you look out the window, folks, the dog is staying still, and a bird flies from the left of the dog to the "
     "right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Motivated seller: a dog walks from the right of the cat to the left of the cat, and the cat stays still the "
     "whole time.",
     "dog", "cat", LEFTWARD),
    ("Lesson: the dog stays still as a ball rolls from the left of the dog to the right of the dog. Be like the "
     "dog, says the master.",
     "ball", "dog", RIGHTWARD),
    ("Folks, the cat sits still, and watch that bird fly from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Open house feature: the ball stays still and a car drives from the left of the ball to the right of the "
     "ball.",
     "car", "ball", RIGHTWARD),
    ("The shadow student observes a cat running from the right of the bird to the left of the bird, while the bird "
     "stays still.",
     "cat", "bird", LEFTWARD),
    ("Next stop, folks: the car stays still, and a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("Just listed: a ball rolls from the right of the bird to the left of the bird, with the bird staying still. "
     "Charming!",
     "ball", "bird", LEFTWARD),
    ("The master teaches: while the dog stays still, a ball rolls from the left of the dog to the right of the dog. "
     "Observe in silence.",
     "ball", "dog", RIGHTWARD),
    ("Folks, see the cat staying still? A ball is rolling from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("Must see: the ball stays still, and a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Lesson of the patient cat: the cat stays still, and a bird flies from the right of the cat to the left of "
     "the cat.",
     "bird", "cat", LEFTWARD),
    ("If you look out the window, folks, a dog is walking from the left of the bird to the right of the bird, and "
     "the bird stays still.",
     "dog", "bird", RIGHTWARD),
    ("Motivated seller, must go: the cat stays still while a dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("The shadow student observes the car staying still, and a ball rolling from the left of the car to the right "
     "of the car.",
     "ball", "car", RIGHTWARD),
    ("Folks, the cat is holding still there, and a dog walks from the right of the cat over to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("Charming! The ball stays still, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("The master says: the ball stays still; a bird flies from the right of the ball to the left of the ball. "
     "Silent, both.",
     "bird", "ball", LEFTWARD),
    ("Folks, coming up: the dog stays still while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Open house this weekend: a bird flies from the right of the car to the left of the car, and the car stays "
     "still.",
     "bird", "car", LEFTWARD),
    ("Lesson: the cat stays still. A car drives from the left of the cat to the right of the cat. The shadow student "
     "observes without moving.",
     "car", "cat", RIGHTWARD),
    ("Folks, the ball is staying still, and there goes a dog, walking from the right of the ball to the left of the "
     "ball.",
     "dog", "ball", LEFTWARD),
    ("Just reduced: the ball stays still as a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("The master points: a dog walks from the right of the ball to the left of the ball, and the ball stays still.",
     "dog", "ball", LEFTWARD),
    ("If you look out the window, folks, the bird stays still, and a cat runs from the left of the bird to the "
     "right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Must see: the car stays still while a dog walks from the right of the car to the left of the car. Motivated "
     "seller.",
     "dog", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("The shadow student observes from above: a moving car drives from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("Folks, this one's shot from directly above: a moving car goes from the lower left corner up to the upper left "
     "corner, then over to the upper right corner.",
     "car", BL_TL_TR),
    ("Must see aerial view, looking straight down: a moving car drives from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "car", BR_BL_TL),
    ("Lesson of the path, seen from above: a moving car starts in the lower right corner, drives to the upper right "
     "corner, and ends in the upper left corner.",
     "car", BR_TR_TL),
    ("Charming top-down view: a lively cat runs from the lower left corner to the lower right corner, and then to "
     "the upper right corner.",
     "cat", BL_BR_TR),
    ("The master watches from above as a lively cat runs from the lower left corner to the upper left corner, then "
     "to the upper right corner.",
     "cat", BL_TL_TR),
    ("Folks, we're looking down from above here: a lively cat runs from the lower right corner to the lower left "
     "corner, and then on to the upper left corner.",
     "cat", BR_BL_TL),
    ("Motivated seller! Seen from overhead, a lively cat runs from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "cat", BR_TR_TL),
    ("If you look down, folks, the view is straight from above: a flying bird flies from the lower left corner to "
     "the lower right corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("Lesson, viewed from above: a flying bird goes from the lower left corner to the upper left corner, then to "
     "the upper right corner. The student follows in silence.",
     "bird", BL_TL_TR),
    ("Open house special, filmed top-down: a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "bird", BR_BL_TL),
    ("Folks, from above now: a flying bird starts at the lower right corner, goes to the upper right corner, and "
     "finishes at the upper left corner.",
     "bird", BR_TR_TL),
    ("The shadow student observes, looking down from above, a moving ball rolling from the lower left corner to "
     "the lower right corner, then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Just listed, with a top-down view: a moving ball rolls from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "ball", BL_TL_TR),
    ("Folks, we're seeing this from directly overhead: a moving ball rolls from the lower right corner to the lower "
     "left corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("The master, from above, shows the way: a moving ball rolls from the lower right corner to the upper right "
     "corner, then to the upper left corner.",
     "ball", BR_TR_TL),
    ("Must see, viewed from above: a walking dog walks from the lower left corner to the lower right corner, and "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Folks, looking straight down on this one: a walking dog goes from the lower left corner to the upper left "
     "corner, then to the upper right corner.",
     "dog", BL_TL_TR),
    ("Lesson of the patrol, seen from above: a walking dog walks from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Charming overhead view: a walking dog walks from the lower right corner to the upper right corner, then to "
     "the upper left corner. Motivated seller.",
     "dog", BR_TR_TL),
    ("Folks, top-down shot coming up: a moving car drives from the bottom left corner to the bottom right corner, "
     "then to the top right corner.",
     "car", BL_BR_TR),
    ("The shadow student observes from above: a lively cat runs from the bottom left corner to the top left corner, "
     "then to the top right corner.",
     "cat", BL_TL_TR),
    ("Open house today, and the view is from above: a flying bird flies from the bottom right corner to the bottom "
     "left corner, then to the top left corner.",
     "bird", BR_BL_TL),
    ("Folks, seen from directly above, a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Next stop after that.",
     "ball", BR_TR_TL),
    ("Silent lesson, viewed from above: a walking dog walks from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("Must see, from a top-down view: a moving car drives from the lower left corner to the upper left corner, and "
     "on to the upper right corner.",
     "car", BL_TL_TR),
    ("Folks, look down from above with me: a lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("The master asks the student to watch from above: a flying bird flies from the lower right corner to the upper "
     "right corner, then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Just reduced! Seen from overhead, a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "ball", BL_BR_TR),
    ("Folks, last sight before lunch, and it's filmed from above: a walking dog walks from the lower left corner to "
     "the upper left corner, then to the upper right corner.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
