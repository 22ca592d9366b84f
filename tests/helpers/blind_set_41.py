"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a real-estate or holiday-rental listing describing its view ("From the balcony you can watch ...",
  "Cosy flat, great views: ..."); the flat, the balcony and the guests are never things in the video,
  only the animals, vehicles and balls the view shows;
- a radio play's sound-effects and stage cues written for a visual adaptation ("SFX: ...", "CUE: ...",
  "VISUAL: ..."), where only the VISUAL lines describe the clip;
- a sober insurance claim or incident statement ("At the start of the recording, ...", "I then observed
  ...", "The recording ends with ..."), where the claimant is never in the video.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object. A
relation names its second object at both ends and says that object stays still. It takes LVD's next
draws: attribution pairs 70-99, and two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched on 839bcc9 167/180 = 92.8% (numeracy 22, attribution 30, visibility 26, one-object 30,
two-object 29, sequential 30 of 30); 180/180 after the fixes of its own commit.
"""

from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Cosy flat, great views: the view itself is just one moving car, with nothing else in sight.", "car", 1),
    ("SFX: two engines humming. VISUAL: two moving cars, nothing else in frame.", "car", 2),
    ("At the start of the recording, three moving cars are visible. Nothing else appears in the recording at any point.",
     "car", 3),
    ("From the balcony you can watch four moving cars go by; the view shows those four cars and nothing else.", "car", 4),
    ("CUE: soft purring. VISUAL: one lively cat, alone in frame, nothing else.", "cat", 1),
    ("The recording shows two lively cats throughout. I observed nothing else in the recording.", "cat", 2),
    ("Holiday rental, charming outlook: the view is of three lively cats and nothing else.", "cat", 3),
    ("SFX: several meows. VISUAL: four lively cats, only them, nothing else in frame.", "cat", 4),
    ("At the start of the recording, one flying bird is visible; it is the only thing in the recording.", "bird", 1),
    ("From the balcony you can watch two flying birds, and nothing else is in the view.", "bird", 2),
    ("SFX: wingbeats. VISUAL: three flying birds, nothing else.", "bird", 3),
    ("The recording shows four flying birds and nothing else from beginning to end.", "bird", 4),
    ("Cosy studio, great views: the view shows one moving ball and nothing else at all.", "ball", 1),
    ("SFX: two soft bounces. VISUAL: two moving balls, nothing else in frame.", "ball", 2),
    ("For the whole recording, three moving balls are visible and nothing else.", "ball", 3),
    ("Sunny holiday let: from the terrace you can watch four moving balls, with nothing else in the view.", "ball", 4),
    ("CUE: a single bark. VISUAL: one walking dog, alone, nothing else in frame.", "dog", 1),
    ("At the start of the recording, two walking dogs are visible; nothing else appears at any point.", "dog", 2),
    ("Cosy flat, great views: three walking dogs and nothing else in sight.", "dog", 3),
    ("SFX: footsteps and panting. VISUAL: four walking dogs, nothing else.", "dog", 4),
    ("The recording shows exactly two moving cars; no other object appears in it.", "car", 2),
    ("From the balcony you can watch a single lively cat, and nothing else is in the view.", "cat", 1),
    ("VISUAL: four flying birds, nothing else in frame. SFX: wind.", "bird", 4),
    ("At the start of the recording, one moving ball is visible, and it remains the only thing recorded.", "ball", 1),
    ("Holiday flat, lovely outlook: two walking dogs, and nothing else to see in the view.", "dog", 2),
    ("SFX: traffic hum. VISUAL: three moving cars only, nothing else.", "car", 3),
    ("I observed four lively cats in the recording and nothing else.", "cat", 4),
    ("Cosy flat, great views: one flying bird, alone, with nothing else in the view.", "bird", 1),
    ("CUE: three bounces. VISUAL: three moving balls, nothing else in frame.", "ball", 3),
    ("The recording ends as it began, showing four walking dogs and nothing else.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("From the balcony you can watch a white cat and a purple bird perched beside it, both in view the whole time.",
     "cat", "white", "bird", "purple"),
    ("VISUAL: a green bird beside a purple dog, both in frame throughout. SFX: chirping.", "bird", "green", "dog", "purple"),
    ("At the start of the recording, an orange bird is perched beside a brown car; both remain visible until the recording "
     "ends.", "bird", "orange", "car", "brown"),
    ("Cosy flat, great views: a blue car parked and a brown bird perched next to it, both in sight all the time.",
     "car", "blue", "bird", "brown"),
    ("SFX: a low growl. VISUAL: a red dog and a purple cat side by side, both stay in frame.", "dog", "red", "cat", "purple"),
    ("The recording shows a purple dog and a brown cat next to each other throughout.", "dog", "purple", "cat", "brown"),
    ("Holiday rental with a view: a black cat playing beside a blue ball, both in view the whole time.",
     "cat", "black", "ball", "blue"),
    ("VISUAL: a yellow cat and a black dog together, both in frame from start to end.", "cat", "yellow", "dog", "black"),
    ("At the start of the recording, a green cat and a white bird are visible side by side; I observed both until the "
     "recording ends.", "cat", "green", "bird", "white"),
    ("From the balcony you can watch a purple car with a pink cat sitting next to it, both there the whole time.",
     "car", "purple", "cat", "pink"),
    ("SFX: birdsong. VISUAL: a purple bird perched near a red dog, both in frame throughout.", "bird", "purple", "dog", "red"),
    ("The recording shows a red dog sitting beside a yellow car for its full length.", "dog", "red", "car", "yellow"),
    ("Cosy flat, great views: an orange dog lying beside a brown car, both in sight throughout.",
     "dog", "orange", "car", "brown"),
    ("VISUAL: a gray cat next to an orange dog, both stay in frame. CUE: quiet.", "cat", "gray", "dog", "orange"),
    ("At the start of the recording, a green ball lies beside a pink dog; both remain visible throughout.",
     "ball", "green", "dog", "pink"),
    ("From the balcony you can watch a white dog with a pink bird perched nearby, both in view the whole time.",
     "dog", "white", "bird", "pink"),
    ("SFX: idling engine. VISUAL: a purple car and a gray ball beside it, both in frame throughout.",
     "car", "purple", "ball", "gray"),
    ("The recording shows a yellow dog and a brown cat side by side from beginning to end.", "dog", "yellow", "cat", "brown"),
    ("Holiday let, lovely outlook: a brown ball with a green cat batting at it, both in view throughout.",
     "ball", "brown", "cat", "green"),
    ("VISUAL: a brown cat sitting by an orange car, both in frame the whole time.", "cat", "brown", "car", "orange"),
    ("At the start of the recording, a white cat and an orange dog are visible together; both are still there when the "
     "recording ends.", "cat", "white", "dog", "orange"),
    ("Cosy flat, great views: a green bird perched near an orange car, both in sight all the time.",
     "bird", "green", "car", "orange"),
    ("SFX: panting. VISUAL: a brown dog beside a red ball, both stay in frame.", "dog", "brown", "ball", "red"),
    ("The recording shows a yellow car with a white bird perched near it throughout.", "car", "yellow", "bird", "white"),
    ("From the balcony you can watch a blue cat and a brown bird side by side, both in view the whole time.",
     "cat", "blue", "bird", "brown"),
    ("VISUAL: a black bird and an orange cat together, both in frame throughout. SFX: a soft chirp.",
     "bird", "black", "cat", "orange"),
    ("At the start of the recording, a black ball lies beside a red dog; I observed both until the recording ends.",
     "ball", "black", "dog", "red"),
    ("Holiday rental, great views: a brown bird perched near an orange dog, both in sight the whole time.",
     "bird", "brown", "dog", "orange"),
    ("SFX: tyres on tarmac. VISUAL: a red ball beside a purple car, both stay in frame.", "ball", "red", "car", "purple"),
    ("The recording shows a purple car and a white bird perched beside it, both visible from beginning to end.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Cosy flat, great views: for the first half of the clip nothing is in view, then in the second half a moving car appears "
     "and stays until the end.", "car"),
    ("VISUAL, FIRST HALF: no car. SFX: an engine approaching. VISUAL, SECOND HALF: a moving car appears and stays to the end.",
     "car"),
    ("At the start of the recording, no car is visible. I then observed a moving car appear in the second half, and it "
     "remained until the recording ends.", "car"),
    ("From the balcony you can watch the view with no cat in it for the first half; in the second half a lively cat appears "
     "and stays.", "cat"),
    ("CUE: silence. VISUAL, FIRST HALF: no cat. VISUAL, SECOND HALF: a lively cat enters and stays in frame.", "cat"),
    ("For the first half of the recording there is no cat. In the second half I observed a lively cat appear; it is still "
     "visible when the recording ends.", "cat"),
    ("Holiday rental, lovely outlook: no bird for the first half of the clip, then in the second half a flying bird arrives "
     "and stays.", "bird"),
    ("VISUAL, FIRST HALF: no bird. SFX: wingbeats. VISUAL, SECOND HALF: a flying bird flies in and stays to the end.", "bird"),
    ("At the start of the recording, no bird is present. I then observed a flying bird appear in the second half and remain "
     "until the end.", "bird"),
    ("Cosy flat, great views: the first half of the clip shows no ball; in the second half a moving ball rolls into view and "
     "stays.", "ball"),
    ("VISUAL, FIRST HALF: no ball. SFX: a bounce. VISUAL, SECOND HALF: a moving ball rolls in and stays.", "ball"),
    ("No ball is visible in the first half of the recording. In the second half a moving ball appears, and it remains until "
     "the recording ends.", "ball"),
    ("From the balcony you can watch the second half of the clip bring a walking dog into view; in the first half there is no "
     "dog.", "dog"),
    ("VISUAL, FIRST HALF: no dog. CUE: footsteps. VISUAL, SECOND HALF: a walking dog walks in and stays to the end.", "dog"),
    ("At the start of the recording, no dog is visible. I then observed a walking dog enter in the second half; it stayed "
     "until the recording ends.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Cosy flat, great views: a moving car is in view for the first half of the clip, and in the second half there is no car.",
     "car"),
    ("VISUAL, FIRST HALF: a moving car. SFX: engine fading away. VISUAL, SECOND HALF: no car.", "car"),
    ("At the start of the recording, a moving car is visible. It is gone by the second half; I observed no car for the rest of "
     "the recording.", "car"),
    ("From the balcony you can watch a lively cat during the first half; in the second half the cat is gone and does not "
     "return.", "cat"),
    ("VISUAL, FIRST HALF: a lively cat. CUE: a fading meow. VISUAL, SECOND HALF: no cat.", "cat"),
    ("A lively cat is visible in the first half of the recording. In the second half there is no cat, and the recording ends "
     "without it.", "cat"),
    ("Holiday rental, lovely outlook: a flying bird in view for the first half of the clip, then no bird for the second half.",
     "bird"),
    ("VISUAL, FIRST HALF: a flying bird. SFX: wingbeats fading. VISUAL, SECOND HALF: no bird.", "bird"),
    ("At the start of the recording, a flying bird is present. I then observed that in the second half no bird is visible.",
     "bird"),
    ("Cosy flat, great views: a moving ball in sight for the first half of the clip; the second half shows no ball.", "ball"),
    ("VISUAL, FIRST HALF: a moving ball. SFX: bouncing stops. VISUAL, SECOND HALF: no ball.", "ball"),
    ("A moving ball is visible during the first half of the recording. The recording ends with a second half that shows no "
     "ball.", "ball"),
    ("From the balcony you can watch a walking dog for the first half of the clip; by the second half the dog is gone.", "dog"),
    ("VISUAL, FIRST HALF: a walking dog. CUE: footsteps fading. VISUAL, SECOND HALF: no dog.", "dog"),
    ("At the start of the recording, a walking dog is visible. In the second half there is no dog, and it does not come back.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Cosy flat, great views: from the balcony you can watch a moving car drive from the left side of the view to the right "
     "side.", "car", RIGHTWARD),
    ("SFX: engine passing. VISUAL: a car drives from the left side of the frame to the right side.", "car", RIGHTWARD),
    ("At the start of the recording, a car is on the left side of the frame. I then observed it drive across; the recording "
     "ends with the car on the right side.", "car", RIGHTWARD),
    ("Holiday let, great outlook: a moving car crosses the view from right to left.", "car", LEFTWARD),
    ("VISUAL: a car, starting at the right side of frame, drives to the left side. SFX: engine.", "car", LEFTWARD),
    ("At the start of the recording, a car is on the right side of the frame. The recording ends with the car on the left "
     "side, having driven across.", "car", LEFTWARD),
    ("From the balcony you can watch a lively cat walk from the left of the view to the right.", "cat", RIGHTWARD),
    ("CUE: purring. VISUAL: a cat walks from left to right across the frame.", "cat", RIGHTWARD),
    ("The recording shows a cat walking steadily from the left side of the frame to the right side.", "cat", RIGHTWARD),
    ("Cosy flat, great views: a lively cat strolls from the right side of the view to the left side.", "cat", LEFTWARD),
    ("VISUAL: a cat walks from the right side of frame to the left side. SFX: soft paws.", "cat", LEFTWARD),
    ("At the start of the recording, a cat is on the right side of the frame. I then observed it walk to the left side, where "
     "it stays until the recording ends.", "cat", LEFTWARD),
    ("Holiday rental, lovely outlook: a flying bird passes from the left of the view to the right.", "bird", RIGHTWARD),
    ("SFX: wingbeats. VISUAL: a bird flies from the left side of frame to the right side.", "bird", RIGHTWARD),
    ("At the start of the recording, a bird is at the left side of the frame. The recording ends with the bird at the right "
     "side, after flying across.", "bird", RIGHTWARD),
    ("From the balcony you can watch a flying bird glide from right to left.", "bird", LEFTWARD),
    ("VISUAL: a bird flies from right to left across the frame. CUE: wind.", "bird", LEFTWARD),
    ("The recording shows a bird flying from the right side of the frame to the left side without turning back.",
     "bird", LEFTWARD),
    ("Cosy flat, great views: a moving ball rolls across the view from left to right.", "ball", RIGHTWARD),
    ("SFX: rolling. VISUAL: a ball rolls from the left side of frame to the right side.", "ball", RIGHTWARD),
    ("At the start of the recording, a ball is on the left side of the frame. I then observed it roll to the right side.",
     "ball", RIGHTWARD),
    ("From the balcony you can watch a moving ball roll from the right of the view to the left.", "ball", LEFTWARD),
    ("VISUAL: a ball rolls from right to left across the frame. SFX: a soft rumble.", "ball", LEFTWARD),
    ("The recording shows a ball rolling from the right side of the frame to the left side, where it is when the recording "
     "ends.", "ball", LEFTWARD),
    ("Holiday let, great outlook: a walking dog trots from the left side of the view to the right side.", "dog", RIGHTWARD),
    ("CUE: footsteps. VISUAL: a dog walks from left to right across the frame.", "dog", RIGHTWARD),
    ("At the start of the recording, a dog is on the left side of the frame. The recording ends with the dog on the right "
     "side, having walked across.", "dog", RIGHTWARD),
    ("From the balcony you can watch a walking dog make its way from right to left.", "dog", LEFTWARD),
    ("VISUAL: a dog walks from the right side of frame to the left side. SFX: panting.", "dog", LEFTWARD),
    ("The recording shows a dog walking from the right side of the frame to the left side; I observed it the whole way.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order.
_DYNAMIC_TWO = [
    ("From the balcony you can watch a car parked still while a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("VISUAL: a bird stays perched, still. SFX: rolling. VISUAL: a ball rolls from the right of the bird to the left of the "
     "bird.", "ball", "bird", LEFTWARD),
    ("At the start of the recording, a dog is standing still and a ball is to the left of the dog. I then observed the ball "
     "roll past; the recording ends with the ball to the right of the dog.", "ball", "dog", RIGHTWARD),
    ("Cosy flat, great views: a cat sits still as a ball rolls from the right of the cat to the left of the cat.",
     "ball", "cat", LEFTWARD),
    ("VISUAL: a ball, still. SFX: engine. VISUAL: a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The recording shows a cat sitting still while a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("Holiday rental, lovely outlook: a bird stays still while a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("VISUAL: a cat sits still. CUE: footsteps. VISUAL: a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
    ("At the start of the recording, a car is stationary and a ball is to the left of the car. The recording ends with the "
     "ball to the right of the car, the car not having moved.", "ball", "car", RIGHTWARD),
    ("From the balcony you can watch a dog walk from the right of a cat to the left of the cat, the cat staying still.",
     "dog", "cat", LEFTWARD),
    ("VISUAL: a ball lies still. SFX: wingbeats. VISUAL: a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("The recording shows a ball lying still and a bird flying from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("Cosy flat, great views: a dog stands still as a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("VISUAL: a car parked, still. SFX: birdsong. VISUAL: a bird flies from the right of the car to the left of the car.",
     "bird", "car", LEFTWARD),
    ("At the start of the recording, a cat is sitting still and a car is to the left of the cat. I then observed the car drive "
     "past; the recording ends with the car to the right of the cat.", "car", "cat", RIGHTWARD),
    ("Holiday let, great outlook: a ball rests still while a dog walks from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("VISUAL: a ball stays still. CUE: soft paws. VISUAL: a cat walks from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("The recording shows a ball that does not move and a dog walking from the right of the ball to the left of the ball.",
     "dog", "ball", LEFTWARD),
    ("From the balcony you can watch a bird perched still while a cat walks from the left of the bird to the right of the "
     "bird.", "cat", "bird", RIGHTWARD),
    ("VISUAL: a car, stationary. SFX: panting. VISUAL: a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("At the start of the recording, a ball is lying still and a bird is to the left of the ball. The recording ends with the "
     "bird to the right of the ball; the ball never moved.", "bird", "ball", RIGHTWARD),
    ("Cosy flat, great views: a ball lies still as a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("VISUAL: a ball stays put. SFX: engine revving. VISUAL: a car drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("The recording shows a dog standing still while a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ("Holiday rental, lovely outlook: a car stays parked as a dog walks from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("VISUAL: a ball, still. SFX: wingbeats. VISUAL: a bird flies from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("At the start of the recording, a cat is sitting still and a dog is to the left of the cat. I then observed the dog walk "
     "past; the recording ends with the dog to the right of the cat.", "dog", "cat", RIGHTWARD),
    ("From the balcony you can watch a car stay parked while a dog walks from the right of the car to the left of the car.",
     "dog", "car", LEFTWARD),
    ("VISUAL: a dog stands still. CUE: purring. VISUAL: a cat walks from the left of the dog to the right of the dog.",
     "cat", "dog", RIGHTWARD),
    ("The recording shows a ball lying still and a cat walking from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Top-floor flat, views straight down from above: a car starts in the lower left corner of the view, drives to the lower "
     "right corner, then to the upper right corner.", "car", BL_BR_TR),
    ("VISUAL: top-down view. A cat starts in the bottom left corner, walks up to the top left corner, then across to the top "
     "right corner. SFX: soft paws.", "cat", BL_TL_TR),
    ("The recording is a top-down view. At the start of the recording, a bird is in the lower right corner. I then observed it "
     "fly to the lower left corner, and the recording ends with it in the upper left corner.", "bird", BR_BL_TL),
    ("From the rooftop terrace you look straight down on a ball that rolls from the bottom right corner of the view up to the "
     "top right corner, then over to the top left corner.", "ball", BR_TR_TL),
    ("VISUAL: seen from directly above. A dog starts in the lower left corner, walks to the lower right corner, then up to the "
     "upper right corner. CUE: footsteps.", "dog", BL_BR_TR),
    ("The recording looks straight down from overhead. At the start of the recording, a car is in the bottom left corner; I "
     "then observed it drive to the top left corner, and the recording ends with it in the top right corner.", "car", BL_TL_TR),
    ("Penthouse listing, views straight down from above: a cat walks from the lower right corner of the view to the lower left "
     "corner, then up to the upper left corner.", "cat", BR_BL_TL),
    ("SFX: wingbeats. VISUAL: top-down view. A bird starts in the bottom right corner, flies up to the top right corner, then "
     "to the top left corner.", "bird", BR_TR_TL),
    ("The recording is filmed from directly above. At the start of the recording, a ball is in the lower left corner. I then "
     "observed it roll to the lower right corner; the recording ends with the ball in the upper right corner.", "ball", BL_BR_TR),
    ("Top-floor flat, overhead views: from above you can watch a dog walk from the bottom left corner of the view up to the "
     "top left corner, then across to the top right corner.", "dog", BL_TL_TR),
    ("VISUAL: view from straight above. A car starts in the lower right corner, drives to the lower left corner, then up to "
     "the upper left corner. SFX: engine.", "car", BR_BL_TL),
    ("The recording is a top-down view. At the start of the recording, a cat is in the bottom right corner. I then observed it "
     "walk up to the top right corner, and the recording ends with it in the top left corner.", "cat", BR_TR_TL),
    ("From the rooftop terrace you look straight down as a bird flies from the lower left corner of the view to the lower "
     "right corner, then up to the upper right corner.", "bird", BL_BR_TR),
    ("VISUAL: seen from overhead. A ball starts in the bottom left corner, rolls up to the top left corner, then across to the "
     "top right corner. SFX: rolling.", "ball", BL_TL_TR),
    ("The recording looks straight down from above. At the start of the recording, a dog is in the lower right corner; I then "
     "observed it walk to the lower left corner, and the recording ends with it in the upper left corner.", "dog", BR_BL_TL),
    ("Penthouse listing, views straight down: a car drives from the bottom right corner of the view up to the top right "
     "corner, then over to the top left corner.", "car", BR_TR_TL),
    ("CUE: purring. VISUAL: top-down view. A cat starts in the lower left corner, walks to the lower right corner, then up to "
     "the upper right corner.", "cat", BL_BR_TR),
    ("The recording is filmed from directly overhead. At the start of the recording, a bird is in the bottom left corner. I "
     "then observed it fly up to the top left corner; the recording ends with the bird in the top right corner.",
     "bird", BL_TL_TR),
    ("Top-floor flat, views straight down from above: a ball rolls from the lower right corner of the view to the lower left "
     "corner, then up to the upper left corner.", "ball", BR_BL_TL),
    ("VISUAL: view from straight above. A dog starts in the bottom right corner, walks up to the top right corner, then to the "
     "top left corner. CUE: panting.", "dog", BR_TR_TL),
    ("The recording is a top-down view. At the start of the recording, a car is in the lower left corner. I then observed it "
     "drive to the lower right corner, and the recording ends with it in the upper right corner.", "car", BL_BR_TR),
    ("From the rooftop terrace you look straight down on a cat walking from the bottom left corner of the view up to the top "
     "left corner, then across to the top right corner.", "cat", BL_TL_TR),
    ("SFX: birdsong. VISUAL: seen from directly above. A bird starts in the lower right corner, flies to the lower left "
     "corner, then up to the upper left corner.", "bird", BR_BL_TL),
    ("The recording looks straight down from overhead. At the start of the recording, a ball is in the bottom right corner; I "
     "then observed it roll up to the top right corner, and the recording ends with it in the top left corner.",
     "ball", BR_TR_TL),
    ("Penthouse listing, overhead views: from above you can watch a dog walk from the lower left corner of the view to the "
     "lower right corner, then up to the upper right corner.", "dog", BL_BR_TR),
    ("VISUAL: top-down view. A car starts in the bottom left corner, drives up to the top left corner, then across to the top "
     "right corner. SFX: engine hum.", "car", BL_TL_TR),
    ("The recording is filmed from directly above. At the start of the recording, a cat is in the lower right corner. I then "
     "observed it walk to the lower left corner; the recording ends with the cat in the upper left corner.", "cat", BR_BL_TL),
    ("Top-floor flat, views straight down: a bird flies from the bottom right corner of the view up to the top right corner, "
     "then over to the top left corner.", "bird", BR_TR_TL),
    ("VISUAL: view from straight above. A ball starts in the lower left corner, rolls to the lower right corner, then up to "
     "the upper right corner. CUE: a bounce.", "ball", BL_BR_TR),
    ("The recording is a top-down view. At the start of the recording, a dog is in the bottom left corner. I then observed it "
     "walk up to the top left corner, and the recording ends with it in the top right corner.", "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
