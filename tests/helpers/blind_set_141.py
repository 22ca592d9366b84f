"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an SQL query with -- comments ("SELECT ... FROM clip WHERE ...", "IS NULL", "ORDER BY time"), where
  the database, its tables, the analyst and the server are never in the video, and the rows the query
  asks for are the clip's own content; it writes counts and sides as words in its clauses or comments,
  never a digit, and numbers no rows;
- legal fine print under an advertisement ("Void where prohibited.", "Results may vary.", "*See terms",
  "Closed course. Do not attempt."), where the advertiser, the lawyers, the terms and the customer are
  never in the video, and what the advertisement shows is the clip; the fine print says "remains" or
  "stays", never "still", except of a relation's second object;
- an Australian bush yarn-spinner ("fair dinkum", "mate", "reckon", "arvo", "strewth"), where the
  teller, his mates, the fire he sits at and the bush around him are never in the video, and the yarn
  he spins is the clip; he names no beast besides LVD's classes (no roos, no galahs, no kookaburras
  looking down on a route) and no motor but LVD's car (no ute).

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
table, row, fire or bush beside the count) and put no other number word beside it (no "first come",
no "third party", no "one per customer", no "pair of 'em" or "no one"). No voice gives its own props a
colour (no "true blue", no "black stump", no red dirt), no idiom hides a class noun or a side (no
"catalog", "cardinality", "dog's breakfast", "stone the crows", "LEFT JOIN", "all rights reserved",
"she'll be right" or "too right"), "half" is only said of the clip's halves (never "half a tick"),
"upper", "lower" and "corner" only of a route (never UPPER() or "lower your sights"), and "still" only
of a relation's second object. A relation names its second object at both ends and says that object
stays still; a route is always seen from above. It takes LVD's attribution pairs 90-99 and 0-19 and its
two-object relations 40-49 and 0-19 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 169/180 (93.9%) on 9323db86 (numeracy 27, visibility 29, dynamic_one 28, dynamic_two 29, sequential
26); held back from every fixer of its session and scored again on its last code (34520b3f): 169/180. They wait for the
next session: an SQL query whose content sits in its clauses and its "--" comment, "SELECT moving car FROM clip -- seen
from above: lower left corner, then lower right corner, then upper right corner ORDER BY time", lost the route; "SELECT
four moving balls FROM clip WHERE on_screen BETWEEN 'start' AND 'finish'"; fine print's "*Results may vary. Void where
prohibited." after a count; 180/180 after the fixes of the next session (a query read as the scene it asks for, its
things selected, its WHERE conditions and its "--" comment, "SELECT moving ball FROM clip WHERE rolls_from = 'left' AND
rolls_to = 'right' -- left side of the frame to the right side"; a thing that appears "in this clip" the whole time
there from the start; a hedge, "and I reckon nothing else showed up", no bar to its fence; a bare "not visible in the
second half" at the later half; an ad's fine print, "Some restrictions apply.", no thing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("SELECT one moving car FROM clip WHERE visible = 'start to finish' AND nothing_else_in_view; -- just the "
     "moving car, the whole clip",
     "car", 1),
    ("Two moving cars appear in this clip from start to finish.* Nothing else is shown. *Results may vary. Void "
     "where prohibited.",
     "car", 2),
    ("Fair dinkum, mate, three moving cars in the clip from start to finish and nothing else, I reckon that's the "
     "lot.",
     "car", 3),
    ("SELECT four moving cars FROM clip -- all of them in view start to finish WHERE nothing else appears;",
     "car", 4),
    ("This clip depicts one lively cat, visible from beginning to end, and nothing else.* *See terms. Offer not "
     "transferable.",
     "cat", 1),
    ("Two lively cats, mate, in it the whole time from start to finish and not a thing else. Fair dinkum.",
     "cat", 2),
    ("SELECT three lively cats FROM clip WHERE present_from = 'start' AND present_until = 'finish' -- and nothing "
     "else in view, cheers",
     "cat", 3),
    ("Featuring four lively cats, shown throughout the clip from start to finish. No other objects are "
     "included.* *Terms and conditions apply.",
     "cat", 4),
    ("Reckon you'd want it plain: one flying bird, start to finish of the clip, and nothing else at all. No "
     "worries.",
     "bird", 1),
    ("SELECT two flying birds FROM clip -- in view the entire clip, beginning to end; exclude everything else",
     "bird", 2),
    ("Three flying birds are visible from the start of the clip to its end, and nothing else appears. Results may "
     "vary. Void where prohibited.",
     "bird", 3),
    ("Strewth, four flying birds the whole clip long, start to finish, and nothing else in it. True story.",
     "bird", 4),
    ("SELECT one moving ball FROM clip WHERE nothing_else = TRUE; -- the moving ball stays in view from start to "
     "finish",
     "ball", 1),
    ("Two moving balls, in view for the entire clip from start to finish; nothing else included.* *See terms. No "
     "purchase necessary.",
     "ball", 2),
    ("Three moving balls this arvo, start to finish of the clip, and bugger all else. Fair dinkum.",
     "ball", 3),
    ("SELECT four moving balls FROM clip WHERE on_screen BETWEEN 'start' AND 'finish' -- nothing else, mind",
     "ball", 4),
    ("One walking dog is visible from start to finish. Nothing else appears in this clip. Void where prohibited.",
     "dog", 1),
    ("Two walking dogs, mate, there from start to finish, and I reckon nothing else showed up the whole clip.",
     "dog", 2),
    ("SELECT three walking dogs FROM clip -- from the start to the end, and NOT EXISTS anything else",
     "dog", 3),
    ("Four walking dogs are shown throughout the clip, start to finish, and nothing else.* *Results may vary.",
     "dog", 4),
    ("Crikey, two moving cars from start to finish, nothing else in the clip. Reckon that's a ripper.",
     "car", 2),
    ("SELECT one lively cat FROM clip WHERE visible_throughout AND nothing_else; -- start to finish",
     "cat", 1),
    ("Clip contains three flying birds, visible start to finish, and nothing else.* *Subject to change without "
     "notice.",
     "bird", 3),
    ("Fair dinkum, just the one moving ball, mate, from start to finish, and nothing else the whole clip.",
     "ball", 1),
    ("SELECT two walking dogs FROM clip -- whole clip, start to finish; nothing else allowed in view",
     "dog", 2),
    ("Three moving cars are featured from the start of the clip to its end. Nothing else is depicted. Void where "
     "prohibited. Results may vary.",
     "car", 3),
    ("I reckon it's four lively cats you're after, start to finish, and not a thing else in the clip. Good on ya.",
     "cat", 4),
    ("SELECT two flying birds FROM clip WHERE nothing_else_visible -- in view from opening to close",
     "bird", 2),
    ("Four moving balls remain visible from start to finish of the clip; no other objects appear.* *See terms "
     "for details.",
     "ball", 4),
    ("Three walking dogs, start to finish, fair dinkum, and nothing else in the whole clip, mate. Hooroo.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 90-99 and 0-19, in order.
_ATTRIBUTION = [
    ("SELECT * FROM clip WHERE cat.colour = 'white' AND dog.colour = 'orange' -- a white cat and an orange dog, "
     "both in view",
     "cat", "white", "dog", "orange"),
    ("Clip features a green bird and an orange car, shown together throughout.* *Void where prohibited.",
     "bird", "green", "car", "orange"),
    ("Had a brown dog, mate, and a red ball beside him, the pair of 'em in the clip start to finish. Fair dinkum.",
     "dog", "brown", "ball", "red"),
    ("SELECT yellow car, white bird FROM clip -- both on screen the whole way through, side by side",
     "car", "yellow", "bird", "white"),
    ("Depicted: a blue cat and a brown bird, together for the length of the clip.* *See terms. Results may vary.",
     "cat", "blue", "bird", "brown"),
    ("Reckon I saw a black bird sittin' next to an orange cat, mate, start to finish of the clip, fair dinkum.",
     "bird", "black", "cat", "orange"),
    ("SELECT * FROM clip WHERE ball = 'black' AND dog = 'red'; -- a black ball and a red dog, both there for the "
     "whole clip",
     "ball", "black", "dog", "red"),
    ("This clip shows a brown bird beside an orange dog from start to finish.* *Terms and conditions apply. No "
     "animals were harmed.",
     "bird", "brown", "dog", "orange"),
    ("A red ball and a purple car, side by side, mate, and there they stayed the whole clip. Purple! Fair dinkum.",
     "ball", "red", "car", "purple"),
    ("SELECT purple car, white bird FROM clip WHERE both_visible = TRUE -- side by side, start to finish",
     "car", "purple", "bird", "white"),
    ("Featuring a blue cat and a white bird, both in view throughout the clip.* *Void where prohibited. Results "
     "may vary.",
     "cat", "blue", "bird", "white"),
    ("So there's this yellow dog, mate, with a green ball next to him, the both of 'em in the clip from start to "
     "finish. Reckon it's a ripper.",
     "dog", "yellow", "ball", "green"),
    ("SELECT blue dog, orange car FROM clip -- a blue dog next to an orange car, whole clip",
     "dog", "blue", "car", "orange"),
    ("A purple ball and a blue car appear together from start to finish.* *See terms. Offer not valid with any "
     "other promotion.",
     "ball", "purple", "car", "blue"),
    ("Green dog, mate! Fair dinkum, a green dog with a black bird beside him, start to finish of the clip.",
     "dog", "green", "bird", "black"),
    ("SELECT * FROM clip WHERE ball.colour = 'purple' AND cat.colour = 'black' -- a purple ball and a black cat, "
     "next to each other, in view throughout",
     "ball", "purple", "cat", "black"),
    ("Clip includes a black car and an orange bird, side by side for its full length.* *Results may vary.",
     "car", "black", "bird", "orange"),
    ("Reckon this is a beauty: a black ball and a purple cat beside it, the whole clip through, start to finish.",
     "ball", "black", "cat", "purple"),
    ("SELECT pink bird, brown dog FROM clip WHERE on_screen = 'start to finish' -- side by side",
     "bird", "pink", "dog", "brown"),
    ("Shown: a brown ball next to a blue dog, visible throughout the clip.* *Void where prohibited.",
     "ball", "brown", "dog", "blue"),
    ("Pink dog, mate, I kid you not, and a yellow ball at his feet, the pair of 'em in the clip from start to "
     "finish.",
     "ball", "yellow", "dog", "pink"),
    ("SELECT pink bird, gray ball FROM clip -- the pink bird and the gray ball next to each other, in view the "
     "whole time",
     "bird", "pink", "ball", "gray"),
    ("A gray dog and a purple car appear together for the duration of the clip.* *Terms apply. Results may vary.",
     "dog", "gray", "car", "purple"),
    ("Ever seen a green cat, mate? Fair dinkum, a green cat with a purple ball beside it, start to finish of the "
     "clip.",
     "cat", "green", "ball", "purple"),
    ("SELECT * FROM clip WHERE dog = 'green' AND ball = 'gray' -- a green dog beside a gray ball for the whole clip",
     "dog", "green", "ball", "gray"),
    ("Featuring a yellow ball and a pink bird side by side, from the start of the clip to its end.* *See terms.",
     "ball", "yellow", "bird", "pink"),
    ("A pink cat and a yellow dog, mate, sittin' next to each other the whole arvo, start to finish of the clip, I "
     "reckon.",
     "cat", "pink", "dog", "yellow"),
    ("SELECT brown car, yellow ball FROM clip WHERE visible_throughout -- the yellow ball beside the brown car",
     "car", "brown", "ball", "yellow"),
    ("This clip depicts a brown car with a white dog beside it, both visible throughout.* *Void where prohibited.",
     "car", "brown", "dog", "white"),
    ("Orange dog next to a brown car, mate, the whole clip from start to finish. Fair dinkum, that's the yarn.",
     "dog", "orange", "car", "brown"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("SELECT moving car FROM clip WHERE half = 'second' -- no car at all in the first half; the moving car shows "
     "up in the second half only",
     "car"),
    ("A moving car appears only in the second half of the clip. No car is shown in the first half.* *Results may "
     "vary.",
     "car"),
    ("First half of the clip, mate, not a car to be seen. Then in the second half a moving car turns up, fair "
     "dinkum, and stays till the end.",
     "car"),
    ("No cat is present during the first half. A lively cat appears in the second half only.* *Void where "
     "prohibited.",
     "cat"),
    ("Reckon there's no cat in the first half, see, then in the second half a lively cat pops in and hangs about "
     "to the end.",
     "cat"),
    ("SELECT lively cat FROM clip -- appears in the second half only WHERE cat IS NULL in the first half",
     "cat"),
    ("No bird in the first half, mate. Second half, a flying bird shows up, and she stays till the end. Fair "
     "dinkum.",
     "bird"),
    ("SELECT * FROM clip WHERE first_half HAS no bird AND second_half HAS flying bird -- the flying bird appears "
     "only in the second half",
     "bird"),
    ("A flying bird appears solely in the second half of the clip.* *No bird appears in the first half. See terms.",
     "bird"),
    ("SELECT moving ball FROM clip -- only in the second half; first half: no ball, NULL",
     "ball"),
    ("Moving ball appears in second half only. No ball in the first half. Subject to change without notice.",
     "ball"),
    ("The first half there's no ball, mate, none at all, and then in the second half, strewth, a moving ball rolls "
     "in and stays to the end.",
     "ball"),
    ("The walking dog appears only during the second half of the clip; no dog appears in the first half.* *Terms "
     "and conditions apply.",
     "dog"),
    ("No dog in the first half, I reckon, but come the second half a walking dog wanders in and sticks around to "
     "the end.",
     "dog"),
    ("SELECT walking dog FROM clip WHERE dog NOT IN first_half AND dog IN second_half; -- shows up in the second "
     "half, stays",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Moving car in the first half, mate, then in the second half she's gone, no car at all. Fair dinkum.",
     "car"),
    ("SELECT moving car FROM clip WHERE half = 'first' -- in the first half only; no car in the second half",
     "car"),
    ("A moving car is visible in the first half only. No car appears in the second half.* *Results may vary.",
     "car"),
    ("SELECT lively cat FROM clip -- there in the first half, gone in the second half: no cat, NULL",
     "cat"),
    ("Lively cat shown in the first half of the clip only; the second half contains no cat. Void where prohibited.",
     "cat"),
    ("There's a lively cat in the first half, mate, and by the second half she's shot through, no cat anywhere. "
     "Reckon that's the yarn.",
     "cat"),
    ("A flying bird appears in the first half; in the second half, no bird is shown.* *See terms.",
     "bird"),
    ("Flying bird about in the first half, then, strewth, gone in the second half, mate, no bird at all.",
     "bird"),
    ("SELECT flying bird FROM clip WHERE visible IN (first half) AND NOT visible IN (second half) -- no bird after "
     "that",
     "bird"),
    ("A moving ball in the first half, fair dinkum, and in the second half it's vanished, no ball to be found.",
     "ball"),
    ("SELECT * FROM clip WHERE moving_ball IN first_half; -- moving ball visible in the first half, no ball in the "
     "second half",
     "ball"),
    ("Moving ball visible during the first half only. The second half contains no ball.* *Offer void where "
     "prohibited.",
     "ball"),
    ("SELECT walking dog FROM clip -- the walking dog is in the first half, but the second half has no dog",
     "dog"),
    ("A walking dog appears in the first half of the clip and no dog appears in the second half. Results may vary.",
     "dog"),
    ("Walking dog in the first half, mate, then in the second half he's gone walkabout, no dog anywhere. Fair "
     "dinkum.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("SELECT moving car FROM clip WHERE start_side = 'left' AND end_side = 'right' -- drives from the left side of "
     "the frame to the right side",
     "car", RIGHTWARD),
    ("A moving car travels from the right side of the frame to the left side.* *Closed course. Do not attempt.",
     "car", LEFTWARD),
    ("This moving car, mate, comes tearing from the left side of the frame over to the right side. Fair dinkum.",
     "car", RIGHTWARD),
    ("SELECT moving car FROM clip -- starts on the right side of the frame, ends on the left side ORDER BY time",
     "car", LEFTWARD),
    ("Moving car shown traveling from the left side of the frame to the right side. Closed course. Results may "
     "vary.",
     "car", RIGHTWARD),
    ("Reckon the moving car went from the right side of the frame to the left side, mate, quick as you like.",
     "car", LEFTWARD),
    ("SELECT lively cat FROM clip WHERE path = 'left side of the frame to the right side' -- running the whole way",
     "cat", RIGHTWARD),
    ("A lively cat runs from the right side of the frame to the left side.* *No animals were harmed. See terms.",
     "cat", LEFTWARD),
    ("Lively cat, mate, belting flat chat from the left side of the frame to the right side.",
     "cat", RIGHTWARD),
    ("SELECT lively cat FROM clip -- runs right to left: right side of the frame at the start, left side at the "
     "end",
     "cat", LEFTWARD),
    ("Lively cat depicted moving from the left side of the frame to the right side.* *Void where prohibited.",
     "cat", RIGHTWARD),
    ("Fair dinkum, a lively cat from the right side of the frame to the left side, mate, and she never looked "
     "back.",
     "cat", LEFTWARD),
    ("SELECT flying bird FROM clip WHERE direction = 'left to right' -- from the left side of the frame over to "
     "the right side",
     "bird", RIGHTWARD),
    ("A flying bird crosses from the right side of the frame to the left side. Results may vary.",
     "bird", LEFTWARD),
    ("A flying bird, mate, comes in from the left side of the frame and flies on to the right side, I reckon.",
     "bird", RIGHTWARD),
    ("SELECT flying bird FROM clip -- heading right to left, from the right side of the frame to the left side",
     "bird", LEFTWARD),
    ("Depicts a flying bird moving from the left side of the frame to the right side.* *See terms. Void where "
     "prohibited.",
     "bird", RIGHTWARD),
    ("Strewth, a flying bird from the right side of the frame across to the left side, mate.",
     "bird", LEFTWARD),
    ("SELECT moving ball FROM clip WHERE rolls_from = 'left' AND rolls_to = 'right' -- left side of the frame to "
     "the right side",
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side.* *Results may vary. Terms apply.",
     "ball", LEFTWARD),
    ("Moving ball, mate, rollin' from the left side of the frame over to the right side. Fair dinkum.",
     "ball", RIGHTWARD),
    ("SELECT moving ball FROM clip -- starts on the right side of the frame, finishes on the left side",
     "ball", LEFTWARD),
    ("Shown: a moving ball traveling from the left side of the frame to the right side. Void where prohibited.",
     "ball", RIGHTWARD),
    ("Reckon the moving ball rolls from the right side of the frame to the left side, mate, easy as.",
     "ball", LEFTWARD),
    ("SELECT walking dog FROM clip WHERE direction = 'left to right' -- walks from the left side of the frame to "
     "the right side",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side.* *No animals were harmed. Results "
     "may vary.",
     "dog", LEFTWARD),
    ("Walking dog, mate, ambling from the left side of the frame to the right side of a warm arvo.",
     "dog", RIGHTWARD),
    ("SELECT walking dog FROM clip -- right side of the frame at the start, left side by the end; walking the "
     "whole time",
     "dog", LEFTWARD),
    ("Walking dog shown moving from the left side of the frame to the right side.* *See terms.",
     "dog", RIGHTWARD),
    ("Fair dinkum, a walking dog, right side of the frame to the left side, mate, takin' his time.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 40-49 and 0-19, in order; the reference stays
# still.
_DYNAMIC_TWO = [
    ("SELECT cat, dog FROM clip WHERE dog.moving = FALSE -- the dog stays still; a cat runs from the left of the "
     "dog to the right of the dog",
     "cat", "dog", RIGHTWARD),
    ("A ball rolls from the right of the dog to the left of the dog. The dog remains still throughout.* *Results "
     "may vary.",
     "ball", "dog", LEFTWARD),
    ("There's this bird, mate, sittin' dead still, and a dog walks from the left of the bird to the right of the "
     "bird. Fair dinkum.",
     "dog", "bird", RIGHTWARD),
    ("SELECT bird, cat FROM clip -- cat stays still; bird flies from the right of the cat to the left of the cat",
     "bird", "cat", LEFTWARD),
    ("The bird shall remain still while a cat runs from the left of the bird to the right of the bird.* *Void "
     "where prohibited.",
     "cat", "bird", RIGHTWARD),
    ("Reckon the cat stayed still as anything, mate, while a bird flew from the right of the cat to the left of "
     "the cat.",
     "bird", "cat", LEFTWARD),
    ("SELECT * FROM clip WHERE cat IS still -- a dog walks from the left of the cat to the right of the cat",
     "dog", "cat", RIGHTWARD),
    ("A bird flies from the right of the dog to the left of the dog; the dog stays still.* *No animals were "
     "harmed. See terms.",
     "bird", "dog", LEFTWARD),
    ("Fair dinkum, the cat keeps still and a dog wanders from the left of the cat to the right of the cat, mate.",
     "dog", "cat", RIGHTWARD),
    ("SELECT bird FROM clip WHERE car.state = 'still' -- bird flies past the car, from the right of the car to the "
     "left of the car",
     "bird", "car", LEFTWARD),
    ("The car remains still. A bird flies from the left of the car to the right of the car.* *Results may vary.",
     "bird", "car", RIGHTWARD),
    ("The bird sits still, mate, and a car drives from the right of the bird to the left of the bird. Reckon she "
     "didn't even flinch.",
     "car", "bird", LEFTWARD),
    ("SELECT bird, cat FROM clip -- the cat stays still while the bird flies from the left of the cat to the "
     "right of the cat",
     "bird", "cat", RIGHTWARD),
    ("A car drives from the right of the bird to the left of the bird. The bird remains still at all times.* "
     "*Closed course. Do not attempt.",
     "car", "bird", LEFTWARD),
    ("Dog stays still, mate, good boy, and a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("SELECT dog FROM clip WHERE cat.moving = FALSE -- cat keeps still; dog walks from the right of the cat to "
     "the left of the cat",
     "dog", "cat", LEFTWARD),
    ("A ball rolls from the left of the dog to the right of the dog while the dog remains still.* *See terms.",
     "ball", "dog", RIGHTWARD),
    ("Cat sittin' still, mate, and a bird flies from the right of the cat across to the left of the cat. Strewth.",
     "bird", "cat", LEFTWARD),
    ("SELECT car, ball FROM clip -- ball stays still; car drives from the left of the ball to the right of the "
     "ball",
     "car", "ball", RIGHTWARD),
    ("A cat runs from the right of the bird to the left of the bird. The bird stays still.* *No animals were "
     "harmed.",
     "cat", "bird", LEFTWARD),
    ("The car sits still, mate, and a dog trots from the left of the car to the right of the car.",
     "dog", "car", RIGHTWARD),
    ("SELECT ball FROM clip WHERE bird IS still -- ball rolls from the right of the bird to the left of the bird",
     "ball", "bird", LEFTWARD),
    ("The dog remains still while a ball rolls from the left of the dog to the right of the dog. Results may vary.",
     "ball", "dog", RIGHTWARD),
    ("Fair dinkum, a ball rolls from the right of the cat to the left of the cat, and the cat stays still, mate, "
     "doesn't budge.",
     "ball", "cat", LEFTWARD),
    ("SELECT car FROM clip -- the ball stays still and a car drives from the left of the ball to the right of the "
     "ball",
     "car", "ball", RIGHTWARD),
    ("A bird flies from the right of the cat to the left of the cat; the cat remains still.* *Void where "
     "prohibited.",
     "bird", "cat", LEFTWARD),
    ("The bird keeps still, mate, and a dog walks from the left of the bird to the right of the bird. Reckon he "
     "never noticed.",
     "dog", "bird", RIGHTWARD),
    ("SELECT dog, cat FROM clip WHERE cat.still = TRUE -- dog walks from the right of the cat to the left of the "
     "cat",
     "dog", "cat", LEFTWARD),
    ("A ball rolls from the left of the car to the right of the car. The car stays still.* *Results may vary. See "
     "terms.",
     "ball", "car", RIGHTWARD),
    ("Cat stays still, mate, fair dinkum, and a dog walks from the right of the cat to the left of the cat.",
     "dog", "cat", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("SELECT moving car FROM clip -- seen from above: lower left corner, then lower right corner, then upper right "
     "corner ORDER BY time",
     "car", BL_BR_TR),
    ("Viewed from above, a moving car travels from the lower left corner to the upper left corner, then to the "
     "upper right corner.* *Closed course.",
     "car", BL_TL_TR),
    ("Looking straight down from up high, mate, a moving car goes from the lower right corner to the lower left "
     "corner, then on to the upper left corner.",
     "car", BR_BL_TL),
    ("SELECT moving car FROM clip WHERE view = 'from above' -- route: lower right corner, upper right corner, upper "
     "left corner",
     "car", BR_TR_TL),
    ("As seen from above: a lively cat runs from the lower left corner to the lower right corner, then to the "
     "upper right corner. Results may vary.",
     "cat", BL_BR_TR),
    ("From up above, I reckon, a lively cat bolts from the lower left corner up to the upper left corner, then "
     "over to the upper right corner.",
     "cat", BL_TL_TR),
    ("SELECT lively cat FROM clip -- top-down view, from above; lower right corner -> lower left corner -> upper "
     "left corner",
     "cat", BR_BL_TL),
    ("Top-down view from above. A lively cat runs from the lower right corner to the upper right corner and then "
     "to the upper left corner.* *Void where prohibited.",
     "cat", BR_TR_TL),
    ("Seen from above, mate, a flying bird goes from the lower left corner to the lower right corner, then to the "
     "upper right corner. Fair dinkum.",
     "bird", BL_BR_TR),
    ("SELECT flying bird FROM clip WHERE seen_from = 'above' -- lower left corner, then upper left corner, then "
     "upper right corner",
     "bird", BL_TL_TR),
    ("Overhead view, from above: a flying bird flies from the lower right corner to the lower left corner, then to "
     "the upper left corner.* *See terms.",
     "bird", BR_BL_TL),
    ("Lookin' down from above, a flying bird starts in the lower right corner, mate, flies to the upper right "
     "corner, then the upper left corner.",
     "bird", BR_TR_TL),
    ("SELECT moving ball FROM clip -- viewed from above, rolls lower left corner to lower right corner to upper "
     "right corner",
     "ball", BL_BR_TR),
    ("Viewed from above, a moving ball rolls from the lower left corner to the upper left corner, then to the "
     "upper right corner. Results may vary.",
     "ball", BL_TL_TR),
    ("From above, fair dinkum, a moving ball rolls from the lower right corner to the lower left corner, and then "
     "up to the upper left corner.",
     "ball", BR_BL_TL),
    ("SELECT moving ball FROM clip WHERE camera = 'overhead' -- from above: lower right corner, upper right corner, "
     "then upper left corner",
     "ball", BR_TR_TL),
    ("Seen from above, a walking dog walks from the lower left corner to the lower right corner, then to the upper "
     "right corner.* *No animals were harmed.",
     "dog", BL_BR_TR),
    ("Seen from above, mate, a walking dog wanders from the lower left corner to the upper left corner, then to "
     "the upper right corner.",
     "dog", BL_TL_TR),
    ("SELECT walking dog FROM clip -- seen from above; path lower right corner, lower left corner, upper left "
     "corner",
     "dog", BR_BL_TL),
    ("From above: a walking dog walks from the lower right corner to the upper right corner, then to the upper "
     "left corner. Void where prohibited.",
     "dog", BR_TR_TL),
    ("Reckon from above it looks like this, mate: a moving car from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "car", BL_BR_TR),
    ("SELECT lively cat FROM clip WHERE view = 'top-down' -- from above: bottom left corner, then top left corner, "
     "then top right corner",
     "cat", BL_TL_TR),
    ("Viewed from above, a flying bird moves from the bottom right corner to the bottom left corner, then to the "
     "top left corner.* *See terms.",
     "bird", BR_BL_TL),
    ("Seen from above, a moving ball, mate, rolls from the lower right corner to the upper right corner, then on "
     "to the upper left corner. Ripper.",
     "ball", BR_TR_TL),
    ("SELECT walking dog FROM clip -- from above, walking lower left corner to lower right corner and then upper "
     "right corner",
     "dog", BL_BR_TR),
    ("Seen from above, a moving car drives from the lower left corner to the upper left corner, then to the upper "
     "right corner. Results may vary.",
     "car", BL_TL_TR),
    ("From above, mate, a lively cat runs from the lower right corner to the lower left corner, then to the upper "
     "left corner, fair dinkum.",
     "cat", BR_BL_TL),
    ("SELECT flying bird FROM clip -- viewed from above, flies lower right corner, upper right corner, upper left "
     "corner, in that order",
     "bird", BR_TR_TL),
    ("From above: a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner.* *See terms.",
     "ball", BL_BR_TR),
    ("Seen from above, a walking dog, mate, goes from the lower left corner to the upper left corner, then to the "
     "upper right corner. Hooroo.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
