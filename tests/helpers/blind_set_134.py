"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a travel agent's itinerary ("Morning:", "Afternoon:", "Departure:", "Arrival:", "Transfer:"), where
  the agent, the travellers, the hotels, the coaches and the places on the tour are never in the video,
  and the trip laid out is the clip itself; the itinerary numbers no days ("Day one" is never written)
  and its "Traveller:" is always the clip's own moving thing;
- a church hymn sheet with verses and a refrain ("Verse:", "Refrain:", "Amen"), lines broken by " / ",
  where the congregation, the choir, the organ, the church and whatever is praised are never in the
  video, and what the hymn sings of is the clip; its verses are never numbered and it never bids
  anyone "be still";
- a software project's commit log ("feat:", "fix:", "chore:", short imperative messages), where the
  developers, the code, the repository and the screen are never in the video, and the change the
  message asks for is the clip; it writes no hashes, versions or issue numbers, so no digit at all.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
coach, no choir, no screen beside the count) and put no other number word beside it (no "first stop",
no "single room", no "off-by-one"). No voice gives its own props a colour (no golden gates, no green
build, no blue-sky plans), no idiom hides a class noun or a side (no "catalogue", no "car park", no
"nothing left", no "right away"), "half" is only said of the clip's halves, "upper", "lower" and
"corner" only of a route, and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes
LVD's attribution pairs 40-69 and its two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 168/180 on 79af9d15 (dynamic_one 27, dynamic_two 28, sequential 23); 180/180 after the fixes of its
own branch (an itinerary's journey labels over a place, "Departure: right side of the frame. Arrival: left side.",
"Transfer: lower right corner.", read as its traveller's start, stop and end rather than the watcher's arrival and
leaving, with "Traveller: a lively cat" the route's thing and a thing named only by its side, "Departure: right of the
dog.", a place; a change on the way, "transfers at the upper right corner", a stop there).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Morning: one moving car in view from the clip's start. Afternoon: it stays in view to the end. Nothing else "
     "on the programme.",
     "car", 1),
    ("Verse: Two moving cars go on their way / from the clip's beginning to its close; / nothing else is there. "
     "Refrain: two moving cars, and nothing more. Amen.",
     "car", 2),
    ("feat: show three moving cars for the whole clip, start to end; drop everything else from the frame",
     "car", 3),
    ("Arrival: four moving cars, in view from the opening of the clip to its end. Extras: none. Nothing else "
     "booked, nothing else included.",
     "car", 4),
    ("Verse: Behold one lively cat, / in view from start to finish; / nothing else beside it, nothing else at "
     "all. Amen.",
     "cat", 1),
    ("fix: clip must contain exactly two lively cats from start to finish and nothing else",
     "cat", 2),
    ("Itinerary in brief: three lively cats, visible the whole clip, start to end. Optional extras: none "
     "whatsoever.",
     "cat", 3),
    ("Refrain: Four lively cats, four lively cats, / from the clip's beginning to its end, / and nothing else at "
     "all. Amen.",
     "cat", 4),
    ("feat: add one flying bird, visible for the whole clip; nothing else in view",
     "bird", 1),
    ("Morning to evening: two flying birds, in view from start to finish. Nothing else included in the package.",
     "bird", 2),
    ("Verse: Three flying birds we praise / from the clip's start until its end; / there is nothing else. Amen.",
     "bird", 3),
    ("chore: render four flying birds from start to finish, remove anything else",
     "bird", 4),
    ("Arrival: one moving ball, and it stays in view for the whole clip. Nothing else on the agenda.",
     "ball", 1),
    ("Verse: Two moving balls roll on, / from the clip's beginning to its end, / with nothing else beside. Amen.",
     "ball", 2),
    ("fix: keep three moving balls on screen from start to end, and nothing else",
     "ball", 3),
    ("Full programme: four moving balls, start to finish. Nothing else included. Enjoy the trip!",
     "ball", 4),
    ("Refrain: One walking dog, / from the clip's beginning to its close, / and nothing else in sight. Amen.",
     "dog", 1),
    ("feat: two walking dogs visible the whole clip; nothing else in the scene",
     "dog", 2),
    ("Morning: three walking dogs set out at the clip's start. Afternoon: the same three walking dogs, in view "
     "until the end. Nothing else.",
     "dog", 3),
    ("Verse: Four walking dogs go forth / and stay from start to finish; / nothing else is there. Amen.",
     "dog", 4),
    ("fix: the clip shows only three moving cars, start to finish, with nothing else in frame",
     "car", 3),
    ("Arrival: two lively cats, who remain in view from start to finish. Nothing else scheduled.",
     "cat", 2),
    ("Verse: Four flying birds, O sing, / in view from start to finish; / nothing else beside them. Amen.",
     "bird", 4),
    ("chore: clip = two moving balls from start to end, nothing else",
     "ball", 2),
    ("Transfer: none needed. One walking dog, in view from start to finish, and nothing else.",
     "dog", 1),
    ("Refrain: Four moving cars roll on / from the clip's beginning to its close, / and nothing else is there. "
     "Amen.",
     "car", 4),
    ("feat: one lively cat for the whole clip, start to finish; nothing else",
     "cat", 1),
    ("Afternoon: two flying birds, visible from the clip's start to its end. Nothing else on the itinerary.",
     "bird", 2),
    ("Verse: Three moving balls, we sing, / from start to finish in the clip, / and nothing else at all. Amen.",
     "ball", 3),
    ("fix: four walking dogs, in view start to finish, nothing else rendered",
     "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 40-69, in order.
_ATTRIBUTION = [
    ("Morning: a green dog and a blue car, side by side, both in view from start to finish. Afternoon: same pair, "
     "same spot.",
     "dog", "green", "car", "blue"),
    ("Verse: A black cat and a brown ball / abide together, side by side, / from the clip's beginning to its end. "
     "Amen.",
     "cat", "black", "ball", "brown"),
    ("feat: add a purple car and a red cat next to it, both visible the whole clip",
     "car", "purple", "cat", "red"),
    ("Arrival: a gray dog with a brown cat beside it; both stay in view from start to finish.",
     "dog", "gray", "cat", "brown"),
    ("Refrain: A black car and a brown dog, / together all the clip long, / from start to finish. Amen.",
     "car", "black", "dog", "brown"),
    ("fix: yellow ball and pink dog must both appear, side by side, from start to end",
     "ball", "yellow", "dog", "pink"),
    ("Transfer: a gray cat and a white dog, side by side, in view the whole clip. Please keep them together.",
     "cat", "gray", "dog", "white"),
    ("Verse: A yellow dog, an orange car, / beside each other they remain / from start to finish. Amen.",
     "dog", "yellow", "car", "orange"),
    ("feat: show a black bird beside a brown cat for the entire clip",
     "bird", "black", "cat", "brown"),
    ("Departure and arrival alike: a white ball next to a red car, both visible from start to finish.",
     "ball", "white", "car", "red"),
    ("Verse: A white ball and a black cat / rest side by side from start to end. / Refrain: both abide. Amen.",
     "ball", "white", "cat", "black"),
    ("fix: keep the yellow cat and the pink ball side by side from start to finish",
     "cat", "yellow", "ball", "pink"),
    ("Morning through evening: a black car with an orange bird perched beside it, both in view from start to "
     "finish.",
     "car", "black", "bird", "orange"),
    ("Refrain: An orange ball, a brown car near, / from the clip's beginning to its close. Amen.",
     "ball", "orange", "car", "brown"),
    ("chore: place a gray bird next to a green cat, both in frame for the whole clip",
     "bird", "gray", "cat", "green"),
    ("Arrival: a blue car and a red cat, side by side, staying from start to finish. No changes to the booking.",
     "car", "blue", "cat", "red"),
    ("Verse: A white ball lies beside a black car, / together from start to finish. Amen.",
     "ball", "white", "car", "black"),
    ("feat: green bird + white ball, side by side, visible start to end",
     "bird", "green", "ball", "white"),
    ("Transfer: a blue ball next to a yellow dog; both stay in view from the clip's start to its end.",
     "ball", "blue", "dog", "yellow"),
    ("Verse: A yellow bird, a blue ball by, / both in view from start to finish. Amen.",
     "bird", "yellow", "ball", "blue"),
    ("fix: brown bird and black ball next to each other for the whole clip",
     "bird", "brown", "ball", "black"),
    ("Morning through to departure: a brown bird and a blue cat, side by side, both in view the whole clip.",
     "bird", "brown", "cat", "blue"),
    ("Refrain: A blue bird and a red car / abide side by side, start to finish. Amen.",
     "bird", "blue", "car", "red"),
    ("feat: render a purple ball beside a pink cat from start to finish",
     "ball", "purple", "cat", "pink"),
    ("Arrival: a yellow dog with a red cat next to it; both present from start to finish.",
     "dog", "yellow", "cat", "red"),
    ("Verse: A green bird and a yellow dog / stay side by side from start to end. Amen.",
     "bird", "green", "dog", "yellow"),
    ("fix: gray car and red cat both visible, side by side, whole clip",
     "car", "gray", "cat", "red"),
    ("Departure: a red bird beside a black cat, both in view from the clip's start to its end.",
     "bird", "red", "cat", "black"),
    ("Verse: A white bird and an orange cat / together from start to finish, / side by side they stay. Amen.",
     "bird", "white", "cat", "orange"),
    ("chore: put a green bird next to a black ball, both in frame from start to end",
     "bird", "green", "ball", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Morning (first half of the clip): no car anywhere. Afternoon (second half): a moving car arrives and stays to "
     "the end.",
     "car"),
    ("Verse: In the first half no car is seen; / Refrain: then in the second half a moving car appears / and stays "
     "until the end. Amen.",
     "car"),
    ("feat: no car in the first half; a moving car appears in the second half and stays till the end",
     "car"),
    ("Verse: No cat is in the first half; / but in the second half a lively cat appears / and abides to the end. "
     "Amen.",
     "cat"),
    ("fix: lively cat should appear only in the second half (none in the first half)",
     "cat"),
    ("Arrival: a lively cat, but only in the second half of the clip; during the first half there is no cat at "
     "all.",
     "cat"),
    ("feat: hide the bird for the first half; a flying bird appears in the second half and stays",
     "bird"),
    ("First half of the clip: no bird on the itinerary. Second half: a flying bird appears and remains until the "
     "end.",
     "bird"),
    ("Refrain: No bird in the first half; / in the second half a flying bird appears / and stays there to the end. "
     "Amen.",
     "bird"),
    ("Afternoon only: a moving ball appears in the second half of the clip and stays; no ball in the first half.",
     "ball"),
    ("Verse: The first half holds no ball; / then in the second half a moving ball appears / and stays unto the "
     "end. Amen.",
     "ball"),
    ("fix: moving ball appears only in the second half; no ball during the first half",
     "ball"),
    ("Verse: No dog walks in the first half; / in the second half a walking dog appears / and stays until the end. "
     "Amen.",
     "dog"),
    ("feat: walking dog appears in the second half and stays; no dog in the first half",
     "dog"),
    ("Transfer: none in the first half (no dog). Arrival: a walking dog in the second half, staying to the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("fix: moving car in the first half only; no car in the second half",
     "car"),
    ("Morning (first half): a moving car in view. Afternoon (second half): departure complete, no car at all.",
     "car"),
    ("Verse: A moving car in the first half is seen; / Refrain: in the second half no car remains. Amen.",
     "car"),
    ("First half of the clip: a lively cat. Second half: the lively cat has departed, and no cat is there.",
     "cat"),
    ("Verse: A lively cat is in the first half; / but in the second half no cat is there. Amen.",
     "cat"),
    ("feat: lively cat visible in the first half, gone in the second half (no cat)",
     "cat"),
    ("Refrain: A flying bird in the first half, / and in the second half no bird at all. Amen.",
     "bird"),
    ("chore: remove the bird in the second half; a flying bird is there only in the first half",
     "bird"),
    ("Departure: a flying bird, seen in the first half of the clip only; in the second half there is no bird.",
     "bird"),
    ("fix: moving ball in the first half, no ball in the second half",
     "ball"),
    ("Morning (first half): a moving ball. Afternoon (second half): no ball; it has gone from the programme.",
     "ball"),
    ("Verse: A moving ball the first half knows; / in the second half no ball is found. Amen.",
     "ball"),
    ("Checkout, first half: a walking dog in view. Second half: the walking dog has gone, and there is no dog.",
     "dog"),
    ("Verse: A walking dog in the first half walks; / in the second half no dog is there. Amen.",
     "dog"),
    ("feat: walking dog in the first half only; drop the dog for the second half",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Departure: left side of the frame. Arrival: right side of the frame. Traveller: a moving car.",
     "car", RIGHTWARD),
    ("Verse: A moving car goes on its way / from the right side of the frame to the left side. Amen.",
     "car", LEFTWARD),
    ("feat: moving car travels from the left side of the frame to the right side",
     "car", RIGHTWARD),
    ("Transfer: a moving car, from the right side of the frame over to the left side.",
     "car", LEFTWARD),
    ("Refrain: From the left side of the frame / a moving car goes to the right side. Amen.",
     "car", RIGHTWARD),
    ("fix: moving car should drive from the right side of the frame to the left side, not the other way",
     "car", LEFTWARD),
    ("Morning: a lively cat runs from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("Verse: A lively cat doth run / from the right side of the frame unto the left side. Amen.",
     "cat", LEFTWARD),
    ("feat: lively cat runs from the left side of the frame to the right side",
     "cat", RIGHTWARD),
    ("Departure: right side of the frame. Arrival: left side. Traveller: a lively cat, on foot.",
     "cat", LEFTWARD),
    ("Refrain: A lively cat runs on, / from the left side of the frame to the right side. Amen.",
     "cat", RIGHTWARD),
    ("fix: reverse the lively cat's run so it goes from the right side of the frame to the left side",
     "cat", LEFTWARD),
    ("Afternoon flight: a flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Verse: A flying bird on wing / from the right side of the frame to the left side. Amen.",
     "bird", LEFTWARD),
    ("feat: flying bird crosses from the left side of the frame to the right side",
     "bird", RIGHTWARD),
    ("Departure: right side of the frame. Arrival: left side of the frame. Traveller: a flying bird.",
     "bird", LEFTWARD),
    ("Refrain: Fly, flying bird, from the left side of the frame / across to the right side. Amen.",
     "bird", RIGHTWARD),
    ("chore: flying bird now flies right side of the frame -> left side",
     "bird", LEFTWARD),
    ("Transfer: a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Verse: A moving ball doth roll / from the right side of the frame to the left side. Amen.",
     "ball", LEFTWARD),
    ("feat: moving ball rolls from the left side of the frame to the right side",
     "ball", RIGHTWARD),
    ("Departure: right side of the frame; arrival: left side. Traveller: a moving ball, rolling the whole way.",
     "ball", LEFTWARD),
    ("Refrain: A moving ball rolls on, / from the left side of the frame unto the right side. Amen.",
     "ball", RIGHTWARD),
    ("fix: moving ball must roll from the right side of the frame to the left side",
     "ball", LEFTWARD),
    ("Morning walk: a walking dog, from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Verse: A walking dog walks on / from the right side of the frame to the left side. Amen.",
     "dog", LEFTWARD),
    ("feat: walking dog walks from the left side of the frame to the right side",
     "dog", RIGHTWARD),
    ("Transfer on foot: a walking dog goes from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("Refrain: From the left side of the frame, / a walking dog walks to the right side. Amen.",
     "dog", RIGHTWARD),
    ("fix: walking dog heads from the right side of the frame to the left side",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Transfer: a bird flies from the left of the ball to the right of the ball; the ball stays still.",
     "bird", "ball", RIGHTWARD),
    ("Verse: The ball stays still; / a bird flies from the right of the ball / to the left of the ball. Amen.",
     "bird", "ball", LEFTWARD),
    ("feat: car drives from the left of the ball to the right of the ball; ball stays still",
     "car", "ball", RIGHTWARD),
    ("Departure: right of the dog. Arrival: left of the dog. Traveller: a bird, flying. The dog stays still.",
     "bird", "dog", LEFTWARD),
    ("Refrain: The car stays still, / and a dog walks from the left of the car / to the right of the car. Amen.",
     "dog", "car", RIGHTWARD),
    ("fix: bird flies from the right of the ball to the left of the ball, ball stays still",
     "bird", "ball", LEFTWARD),
    ("Morning: the cat stays still while a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Verse: A dog walks from the right of the car / to the left of the car; / the car stays still. Amen.",
     "dog", "car", LEFTWARD),
    ("feat: cat runs from the left of the dog to the right of the dog (dog stays still)",
     "cat", "dog", RIGHTWARD),
    ("Transfer: a cat runs from the right of the ball to the left of the ball. The ball stays still throughout.",
     "cat", "ball", LEFTWARD),
    ("Refrain: The dog stays still, / a cat runs from the left of the dog / to the right of the dog. Amen.",
     "cat", "dog", RIGHTWARD),
    ("fix: ball rolls from the right of the dog to the left of the dog; dog stays still",
     "ball", "dog", LEFTWARD),
    ("Departure: left of the bird. Arrival: right of the bird. Traveller: a dog, walking; the bird stays still.",
     "dog", "bird", RIGHTWARD),
    ("Verse: The cat stays still; a bird flies / from the right of the cat to the left of the cat. Amen.",
     "bird", "cat", LEFTWARD),
    ("feat: cat runs from the left of the bird to the right of the bird while the bird stays still",
     "cat", "bird", RIGHTWARD),
    ("Afternoon: a bird flies from the right of the cat to the left of the cat; the cat stays still.",
     "bird", "cat", LEFTWARD),
    ("Verse: A dog walks from the left of the cat / to the right of the cat, / and the cat stays still. Amen.",
     "dog", "cat", RIGHTWARD),
    ("chore: bird flies right of the dog -> left of the dog; dog stays still",
     "bird", "dog", LEFTWARD),
    ("Transfer: the cat stays still; a dog walks from the left of the cat over to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ("Refrain: The car stays still; / a bird flies from the right of the car / to the left of the car. Amen.",
     "bird", "car", LEFTWARD),
    ("feat: bird flies from the left of the car to the right of the car; car stays still",
     "bird", "car", RIGHTWARD),
    ("Departure: right of the bird. Arrival: left of the bird. Traveller: a car, driving. The bird stays still.",
     "car", "bird", LEFTWARD),
    ("Verse: The cat stays still, / and a bird flies from the left of the cat / to the right of the cat. Amen.",
     "bird", "cat", RIGHTWARD),
    ("fix: car drives from the right of the bird to the left of the bird, bird stays still",
     "car", "bird", LEFTWARD),
    ("Morning: the dog stays still while a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("Verse: A dog walks from the right of the cat / to the left of the cat; the cat stays still. Amen.",
     "dog", "cat", LEFTWARD),
    ("feat: ball rolls from the left of the dog to the right of the dog; dog stays still",
     "ball", "dog", RIGHTWARD),
    ("Transfer: a bird flies from the right of the cat to the left of the cat, and the cat stays still.",
     "bird", "cat", LEFTWARD),
    ("Refrain: The ball stays still; / a car drives from the left of the ball / to the right of the ball. Amen.",
     "car", "ball", RIGHTWARD),
    ("fix: cat runs from the right of the bird to the left of the bird; bird stays still",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above. Departure: lower left corner. Transfer: lower right corner. Arrival: upper right corner. "
     "Traveller: a moving car.",
     "car", BL_BR_TR),
    ("Verse: Seen from above, a moving car goes / from the lower left corner to the upper left corner, / then to "
     "the upper right corner. Amen.",
     "car", BL_TL_TR),
    ("feat: top-down view from above; moving car goes lower right corner -> lower left corner -> upper left corner",
     "car", BR_BL_TL),
    ("Overview, seen from above: a moving car departs the lower right corner, transfers at the upper right "
     "corner and arrives at the upper left corner.",
     "car", BR_TR_TL),
    ("Refrain: Seen from above, a lively cat runs / from the lower left corner to the lower right corner, / then to "
     "the upper right corner. Amen.",
     "cat", BL_BR_TR),
    ("fix: seen from above, lively cat runs lower left corner -> upper left corner -> upper right corner",
     "cat", BL_TL_TR),
    ("Route map, seen from above. Departure: lower right corner. Transfer: lower left corner. Arrival: upper left "
     "corner. Traveller: a lively cat.",
     "cat", BR_BL_TL),
    ("Verse: From above we see a lively cat / run from the lower right corner to the upper right corner, / and on "
     "to the upper left corner. Amen.",
     "cat", BR_TR_TL),
    ("feat: view from above; flying bird flies from the lower left corner to the lower right corner, then to the "
     "upper right corner",
     "bird", BL_BR_TR),
    ("Seen from above: a flying bird departs the lower left corner, stops over at the upper left corner and "
     "arrives at the upper right corner.",
     "bird", BL_TL_TR),
    ("Refrain: Seen from above, a flying bird / flies from the lower right corner to the lower left corner, / then "
     "to the upper left corner. Amen.",
     "bird", BR_BL_TL),
    ("chore: camera from above; flying bird path is lower right corner -> upper right corner -> upper left corner",
     "bird", BR_TR_TL),
    ("Overhead, seen from above. Departure: lower left corner. Transfer: lower right corner. Arrival: upper right "
     "corner. Traveller: a moving ball.",
     "ball", BL_BR_TR),
    ("Verse: Seen from above, a moving ball doth roll / from the lower left corner to the upper left corner, / "
     "then to the upper right corner. Amen.",
     "ball", BL_TL_TR),
    ("fix: from above, moving ball should roll lower right corner -> lower left corner -> upper left corner",
     "ball", BR_BL_TL),
    ("Seen from above: a moving ball rolls out of the lower right corner, transfers at the upper right corner and "
     "arrives at the upper left corner.",
     "ball", BR_TR_TL),
    ("Refrain: Seen from above, a walking dog / walks from the lower left corner to the lower right corner, / then "
     "to the upper right corner. Amen.",
     "dog", BL_BR_TR),
    ("feat: top-down from above; walking dog walks lower left corner -> upper left corner -> upper right corner",
     "dog", BL_TL_TR),
    ("Seen from above. Departure: lower right corner. Transfer: lower left corner. Arrival: upper left corner. "
     "Traveller: a walking dog.",
     "dog", BR_BL_TL),
    ("Verse: From above, a walking dog / walks from the lower right corner to the upper right corner, / then to "
     "the upper left corner. Amen.",
     "dog", BR_TR_TL),
    ("fix: seen from above, moving car drives from the lower right corner to the lower left corner, then the upper "
     "left corner",
     "car", BR_BL_TL),
    ("Walking tour, seen from above: a lively cat sets off from the lower right corner, on to the upper right "
     "corner, ending at the upper left corner.",
     "cat", BR_TR_TL),
    ("Verse: Seen from above, a flying bird / goes from the lower left corner to the lower right corner, / then to "
     "the upper right corner. Amen.",
     "bird", BL_BR_TR),
    ("feat: from above, moving ball rolls lower left corner -> upper left corner -> upper right corner",
     "ball", BL_TL_TR),
    ("Seen from above. Departure: lower right corner. Via: lower left corner. Arrival: upper left corner. "
     "Traveller: a walking dog, on foot.",
     "dog", BR_BL_TL),
    ("Refrain: From above, a moving car / drives from the lower left corner to the upper left corner, / then to the "
     "upper right corner. Amen.",
     "car", BL_TL_TR),
    ("chore: seen from above, lively cat runs from the lower left corner to the lower right corner and then the "
     "upper right corner",
     "cat", BL_BR_TR),
    ("Seen from above: a flying bird leaves the lower right corner, transfers at the upper right corner, and "
     "lands at the upper left corner.",
     "bird", BR_TR_TL),
    ("Verse: Seen from above, a moving ball / rolls from the lower right corner to the lower left corner, / then "
     "to the upper left corner. Amen.",
     "ball", BR_BL_TL),
    ("fix: from above, walking dog goes lower left corner -> lower right corner -> upper right corner",
     "dog", BL_BR_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
