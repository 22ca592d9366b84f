"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a grandfather texting in all capitals with almost no punctuation ("HI ITS GRANDPA", "LOVE GRANDPA",
  "CANT FIGURE OUT THE CAPS"), where the grandfather, the grandmother, the family he texts and his phone
  are never in the video, and the clip he asks for is the video; he types no digits and, in numeracy
  prompts, names nobody but himself;
- a museum conservator's condition report ("Condition:", "Surface stable", "no losses", "Recommend no
  treatment"), where the conservator, the file, the museum and the tools of the trade are never in the
  video, and the object under examination is the clip's own content; the report calls a thing "stable"
  or "sound", never "still";
- a fantasy novel's omniscient prologue narrator ("Before the realm had a name", "It is written", "as
  the prophecy foretold"), where the realm, the gods, the mountains, the stars and the prophecy are never
  in the video, and the tale of the elder days is the clip; the narrator never numbers an age and names
  no beast besides LVD's classes (no hawks or eagles looking down on a route).

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
grandmother, no museum, no mountains beside the count) and put no other number word beside it (no
"first moment", no "single", no "a thousand years"). No voice gives its own props a colour (no white
gloves, no golden age), no idiom hides a class noun or a side (no "catalogue", no "neither left", no
"did I do this right"), "half" is only said of the clip's halves, "upper", "lower" and "corner" only of
a route, and "still" only of a relation's second object. A relation names its second object at both
ends and says that object stays still; a route is always seen from above. It takes LVD's attribution
pairs 70-99 and its two-object relations 10-39 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 174/180 on 039bcb0 (visibility 28, dynamic_one 29, sequential 27); 180/180 after the fixes of its
own branch (a record's field naming its thing said after its route's fields, "Direction of movement: A to B. Subject:
a cat, running.", and a route's heading naming its thing before a view, "Route of a dog, seen from above:"; a state
heading before its thing, "Absent in the first half: any cat."; a further presence denied after a going, "it was gone,
and no dog walked there ever after").
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("HI ITS GRANDPA MAKE ME A CLIP WITH ONE MOVING CAR IN VIEW FROM START TO FINISH AND NOTHING ELSE AT ALL LOVE "
     "GRANDPA",
     "car", 1),
    ("Condition report. Subject: two moving cars, present and intact from the opening of the clip to its close. No "
     "other object observed. Condition: good.",
     "car", 2),
    ("Before the realm had a name, there were three moving cars, and they were seen from the clip's beginning to "
     "its end. Nothing else was there, nor ever would be.",
     "car", 3),
    ("OK HERE IS WHAT I WANT FOUR MOVING CARS THE WHOLE CLIP FROM START TO END AND NOTHING ELSE NOTHING",
     "car", 4),
    ("Examined under magnification: one lively cat, visible throughout the clip, start to finish. Nothing else "
     "present. Surface stable; no intervention advised.",
     "cat", 1),
    ("Hear now of two lively cats, who stayed in the clip from its opening to its close; and of nothing else, for "
     "nothing else was there.",
     "cat", 2),
    ("THREE LIVELY CATS FROM START TO FINISH THATS IT NOTHING ELSE IN THE VIDEO YOUR GRANDPA KNOWS WHAT HE LIKES",
     "cat", 3),
    ("Item: four lively cats. Extent: the whole clip, beginning to end. Accretions, additions or other objects: "
     "none found.",
     "cat", 4),
    ("It is told that one flying bird held the clip from its beginning to its end, and nothing stood beside it in "
     "all that time.",
     "bird", 1),
    ("CAN YOU DO TWO FLYING BIRDS FROM START TO FINISH NOTHING ELSE IN IT JUST THE BIRDS PLEASE!!",
     "bird", 2),
    ("Condition noted: three flying birds, in view from start to finish. Nothing else in the clip. Losses: none. "
     "Stable.",
     "bird", 3),
    ("Four flying birds there were, in the days before memory, and they stayed from the clip's beginning to its "
     "end, and nothing else came.",
     "bird", 4),
    ("ONE MOVING BALL THATS ALL I NEED START TO FINISH NOTHING ELSE DONT ADD ANYTHING",
     "ball", 1),
    ("Two moving balls, documented from the opening of the clip to its close; no other object present. Handle with "
     "care.",
     "ball", 2),
    ("And the old tale says: three moving balls, from the clip's dawn to its dusk, and nothing else in all the "
     "clip.",
     "ball", 3),
    ("GRANDPA HERE FOUR MOVING BALLS IN THE CLIP START TO FINISH AND NOTHING ELSE NOT A THING",
     "ball", 4),
    ("Assessment: one walking dog, in view from start to finish, and nothing else in the clip. Overall condition: "
     "sound.",
     "dog", 1),
    ("When the world was young, two walking dogs roamed the clip from its beginning to its end, and nothing else "
     "was there to see them.",
     "dog", 2),
    ("THREE WALKING DOGS START TO FINISH AND NOTHING ELSE IN THE VIDEO IS THIS HOW YOU DO IT",
     "dog", 3),
    ("Four walking dogs, present throughout the clip from start to finish. No other object recorded. Report filed; "
     "no further action.",
     "dog", 4),
    ("Two moving cars, and only those, dwelt in the clip from the opening to the close; so it was, and so the tale "
     "begins.",
     "car", 2),
    ("ONE LIVELY CAT IN VIEW THE WHOLE CLIP START TO END NOTHING ELSE OK",
     "cat", 1),
    ("Observed in even lighting: three flying birds, visible from the clip's opening to its close, with nothing "
     "else present.",
     "bird", 3),
    ("Long ago, a moving ball was all there was: one moving ball, from the clip's beginning to its end, and "
     "nothing else.",
     "ball", 1),
    ("TWO WALKING DOGS PLEASE START TO FINISH AND NOTHING ELSE AT ALL THANK YOU SWEETHEART",
     "dog", 2),
    ("Condition summary: three moving cars, in view throughout, start to finish. Nothing else in the clip. "
     "Recommend no treatment.",
     "car", 3),
    ("Mark this well: in that clip dwelt four lively cats, present from its opening to its close, and nothing else "
     "at all.",
     "cat", 4),
    ("TWO FLYING BIRDS THE WHOLE CLIP START TO FINISH NOTHING ELSE HOPE THIS MAKES SENSE",
     "bird", 2),
    ("Four moving balls, all in view from start to finish. No other object present in the clip. Condition: "
     "excellent.",
     "ball", 4),
    ("So it was written: three walking dogs, from the clip's beginning to its end, and nothing else in it.",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 70-99, in order.
_ATTRIBUTION = [
    ("A WHITE CAT AND A PURPLE BIRD NEXT TO EACH OTHER THE WHOLE CLIP START TO FINISH LOVE GRANDPA",
     "cat", "white", "bird", "purple"),
    ("Condition report. Objects: a green bird and a purple dog, side by side, both present from start to finish. "
     "Pigment even; no fading.",
     "bird", "green", "dog", "purple"),
    ("In the elder days an orange bird perched beside a brown car, and both remained from the clip's beginning to "
     "its end.",
     "bird", "orange", "car", "brown"),
    ("BLUE CAR WITH A BROWN BIRD BESIDE IT BOTH IN THE VIDEO START TO END CANT FIGURE OUT THE CAPS SORRY",
     "car", "blue", "bird", "brown"),
    ("Recorded side by side: a red dog and a purple cat, each visible throughout the clip. Colours true to the "
     "original; no retouching.",
     "dog", "red", "cat", "purple"),
    ("Long before the mountains were named, a purple dog lay beside a brown cat, and neither departed the clip "
     "from start to finish.",
     "dog", "purple", "cat", "brown"),
    ("A BLACK CAT NEXT TO A BLUE BALL BOTH THERE THE WHOLE TIME FROM START TO FINISH GRANDMA WANTS TO SEE IT TOO",
     "cat", "black", "ball", "blue"),
    ("Pairing under review: a yellow cat with a black dog beside it, both in view from the opening of the clip to "
     "its close. Condition good.",
     "cat", "yellow", "dog", "black"),
    ("A green cat, the tale tells, and beside it a white bird; from the clip's beginning to its end they did not "
     "part.",
     "cat", "green", "bird", "white"),
    ("PURPLE CAR AND A PINK CAT BESIDE IT IN VIEW START TO FINISH WHO EVER HEARD OF A PINK CAT HA!",
     "car", "purple", "cat", "pink"),
    ("Note for the file: a purple bird beside a red dog, both present throughout the clip. No abrasion, no loss of "
     "colour.",
     "bird", "purple", "dog", "red"),
    ("There came a red dog to rest beside a yellow car, and there they stayed, from the clip's beginning to its "
     "end, as the prophecy foretold.",
     "dog", "red", "car", "yellow"),
    ("AN ORANGE DOG BESIDE A BROWN CAR FROM START TO FINISH BOTH OF THEM IN VIEW THE WHOLE TIME",
     "dog", "orange", "car", "brown"),
    ("Is the pairing intact? Yes: a gray cat and an orange dog beside it, both visible from start to finish. "
     "Condition: stable.",
     "cat", "gray", "dog", "orange"),
    ("Of a green ball and a pink dog at its side the songs are sung; from the clip's opening to its close both "
     "remained.",
     "ball", "green", "dog", "pink"),
    ("WHITE DOG AND A PINK BIRD NEXT TO IT IN THE WHOLE VIDEO START TO END YOUR AUNT WOULD LOVE THIS",
     "dog", "white", "bird", "pink"),
    ("Examined: a purple car with a gray ball beside it, both in view throughout the clip. Minor surface dust "
     "only; otherwise sound.",
     "car", "purple", "ball", "gray"),
    ("Hear, and remember: a yellow dog, a brown cat beside it, and both in the clip from beginning to end.",
     "dog", "yellow", "cat", "brown"),
    ("A BROWN BALL AND A GREEN CAT SITTING BESIDE IT START TO FINISH BOTH THE WHOLE CLIP",
     "ball", "brown", "cat", "green"),
    ("Condition report, in brief: a brown cat beside an orange car, both present from the start of the clip to its "
     "end. No action needed.",
     "cat", "brown", "car", "orange"),
    ("Ere the great war of the old powers, a white cat sat beside an orange dog, and from start to finish neither "
     "passed from view.",
     "cat", "white", "dog", "orange"),
    ("GREEN BIRD PERCHED NEXT TO AN ORANGE CAR BOTH IN VIEW THE WHOLE TIME THATS WHAT I WANT",
     "bird", "green", "car", "orange"),
    ("Side by side, as accessioned: a brown dog and a red ball, both visible throughout the clip. Colour shows no "
     "fading.",
     "dog", "brown", "ball", "red"),
    ("A yellow car stood in the clip, and beside it a white bird, from the beginning to the end; thus the age "
     "began.",
     "car", "yellow", "bird", "white"),
    ("CAN YOU MAKE A BLUE CAT WITH A BROWN BIRD BESIDE IT BOTH THERE START TO FINISH THANKS KIDDO",
     "cat", "blue", "bird", "brown"),
    ("Objects examined: a black bird, an orange cat beside it. Both present throughout the clip, start to finish. "
     "No cracking, no flaking.",
     "bird", "black", "cat", "orange"),
    ("Who can say how long a black ball lay beside a red dog? The whole clip, from its beginning to its end, it is "
     "written.",
     "ball", "black", "dog", "red"),
    ("A BROWN BIRD NEXT TO AN ORANGE DOG BOTH IN THE CLIP START TO FINISH OK GOT TO GO GRANDMA NEEDS THE PHONE",
     "bird", "brown", "dog", "orange"),
    ("Condition noted: a red ball resting beside a purple car, both in view from the opening of the clip to its "
     "close. Stable; monitor annually.",
     "ball", "red", "car", "purple"),
    ("In those forgotten years a purple car stood with a white bird beside it, and the clip held them both from "
     "beginning to end.",
     "car", "purple", "bird", "white"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("FIRST HALF NO CAR THEN IN THE SECOND HALF A MOVING CAR SHOWS UP AND STAYS TILL THE END",
     "car"),
    ("Condition over time: no car during the first half of the clip. In the second half a moving car appears, and "
     "it remains present through the end.",
     "car"),
    ("For the first half of the clip there was no car in all the land; then, in the second half, a moving car "
     "appeared, and it stayed until the end.",
     "car"),
    ("Absent in the first half: any cat. Present from the second half onward: a lively cat, which appears and "
     "remains to the end.",
     "cat"),
    ("No cat walked the first half of the clip. But in the second half, as was foretold, a lively cat appeared and "
     "stayed to the end.",
     "cat"),
    ("NO CAT IN THE FIRST HALF THEN A LIVELY CAT POPS UP IN THE SECOND HALF AND STAYS TO THE END JUST LIKE THAT",
     "cat"),
    ("The first half was empty of any bird. Then, in the second half, a flying bird appeared out of the long "
     "silence and stayed until the end.",
     "bird"),
    ("NO BIRD FIRST HALF SECOND HALF A FLYING BIRD APPEARS AND STAYS THERE TO THE END OK",
     "bird"),
    ("Was a bird present in the first half? No. In the second half a flying bird appears and remains until the end "
     "of the clip.",
     "bird"),
    ("NO BALL IN THE FIRST HALF AND THEN A MOVING BALL COMES IN THE SECOND HALF AND STAYS ALL THE WAY TO THE END",
     "ball"),
    ("First half: no ball. Second half: a moving ball appears and stays through to the end. Recorded for the file.",
     "ball"),
    ("In the first half of the clip no ball was known. In the second half a moving ball came into being, and it "
     "remained to the end.",
     "ball"),
    ("Observed in sequence: the first half holds no dog; in the second half a walking dog appears, remaining to "
     "the end. No damage.",
     "dog"),
    ("The first half passed without a dog. Then, in the second half, a walking dog appeared, and it stayed until "
     "the clip's end.",
     "dog"),
    ("NO DOG IN THE FIRST HALF SECOND HALF HERE COMES A WALKING DOG AND HE STAYS TO THE END GOOD BOY",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car is present in the first half of the clip. In the second half there is no car. Loss noted; cause "
     "unknown.",
     "car"),
    ("In the first half a moving car was in the clip; but in the second half it was gone, and there was no car, as "
     "if it had never been.",
     "car"),
    ("MOVING CAR IN THE FIRST HALF THEN IN THE SECOND HALF ITS GONE NO CAR AT ALL",
     "car"),
    ("A lively cat dwelt in the first half; yet by the second half it had passed out of the clip, and no cat "
     "remained.",
     "cat"),
    ("A LIVELY CAT IN THE FIRST HALF AND THEN IN THE SECOND HALF NO CAT ANYWHERE WHERE DID IT GO??",
     "cat"),
    ("First half: a lively cat, present. Second half: no cat. The object is missing from the second half entirely.",
     "cat"),
    ("FLYING BIRD IN THE FIRST HALF AND IN THE SECOND HALF NO BIRD ITS GONE",
     "bird"),
    ("A flying bird is documented in the first half; the second half shows no bird at all. Flagged for review.",
     "bird"),
    ("In the first half a flying bird was seen; in the second half it was gone, and no bird was found in all the "
     "realm.",
     "bird"),
    ("A moving ball held the first half of the clip. In the second half it was no more, and no ball was seen "
     "again.",
     "ball"),
    ("A MOVING BALL IN THE FIRST HALF BUT NO BALL IN THE SECOND HALF GONE JUST LIKE THAT",
     "ball"),
    ("Inventory check: a moving ball in the first half; no ball in the second half. Item unaccounted for.",
     "ball"),
    ("A walking dog appears in the first half; in the second half no dog is present. Absence confirmed on "
     "re-examination.",
     "dog"),
    ("A WALKING DOG IN THE FIRST HALF AND IN THE SECOND HALF NO DOG HES GONE HOME I GUESS",
     "dog"),
    ("A walking dog roamed the first half of the clip; in the second half it was gone, and no dog walked there "
     "ever after.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("A MOVING CAR GOING FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE",
     "car", RIGHTWARD),
    ("Movement recorded: a moving car travels from the right side of the frame to the left side. No damage in "
     "transit.",
     "car", LEFTWARD),
    ("From the left side of the frame came a moving car, and it journeyed to the right side, as the old roads "
     "demanded.",
     "car", RIGHTWARD),
    ("MOVING CAR RIGHT SIDE OF THE FRAME OVER TO THE LEFT SIDE DRIVES BETTER THAN ME HA",
     "car", LEFTWARD),
    ("Transit observed: a moving car, from the left side of the frame to the right side.",
     "car", RIGHTWARD),
    ("And lo, a moving car set out from the right side of the frame and came at last to the left side.",
     "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side. Gait even; no losses.",
     "cat", RIGHTWARD),
    ("Swift was the lively cat that ran from the right side of the frame to the left side, and the ages remember "
     "it.",
     "cat", LEFTWARD),
    ("LIVELY CAT RUNNING FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE FAST LITTLE THING",
     "cat", RIGHTWARD),
    ("Direction of movement: right side of the frame to the left side. Subject: a lively cat, running.",
     "cat", LEFTWARD),
    ("A lively cat, it is said, ran from the left side of the frame to the right side, and the wind followed "
     "after.",
     "cat", RIGHTWARD),
    ("CAN YOU SHOW A LIVELY CAT RUNNING FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE",
     "cat", LEFTWARD),
    ("Across the frame a flying bird passed, from the left side to the right side, bearing tidings of the age to "
     "come.",
     "bird", RIGHTWARD),
    ("FLYING BIRD GOING FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE PRETTY AS A PICTURE",
     "bird", LEFTWARD),
    ("Flight path documented: a flying bird, left side of the frame to the right side. Wings intact.",
     "bird", RIGHTWARD),
    ("From the right side of the frame a flying bird took wing and flew to the left side, and so the prophecy "
     "began.",
     "bird", LEFTWARD),
    ("A FLYING BIRD FROM THE LEFT SIDE OF THE FRAME ALL THE WAY TO THE RIGHT SIDE",
     "bird", RIGHTWARD),
    ("Is the flight complete? A flying bird crosses from the right side of the frame to the left side; yes.",
     "bird", LEFTWARD),
    ("MOVING BALL ROLLING FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE",
     "ball", RIGHTWARD),
    ("Rolling movement noted: a moving ball, right side of the frame to the left side. Surface unmarked.",
     "ball", LEFTWARD),
    ("A moving ball rolled from the left side of the frame to the right side, in the time before time.",
     "ball", RIGHTWARD),
    ("A MOVING BALL ROLLS FROM THE RIGHT SIDE OF THE FRAME TO THE LEFT SIDE DONT ASK ME HOW TO SEND THIS",
     "ball", LEFTWARD),
    ("A moving ball travels from the left side of the frame to the right side; condition unchanged throughout.",
     "ball", RIGHTWARD),
    ("Rolling ever onward, a moving ball went from the right side of the frame to the left side, as all things "
     "must.",
     "ball", LEFTWARD),
    ("Subject: a walking dog. Route: from the left side of the frame to the right side. Condition: sound.",
     "dog", RIGHTWARD),
    ("A walking dog, faithful as in the old stories, walked from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ("A WALKING DOG FROM THE LEFT SIDE OF THE FRAME TO THE RIGHT SIDE TAKING HIS TIME LIKE ME",
     "dog", RIGHTWARD),
    ("A walking dog walks from the right side of the frame to the left side. Observed and recorded.",
     "dog", LEFTWARD),
    ("Then did a walking dog walk from the left side of the frame to the right side, and the tale moved on with "
     "it.",
     "dog", RIGHTWARD),
    ("WALKING DOG GOING FROM THE RIGHT SIDE OF THE FRAME OVER TO THE LEFT SIDE LOVE YOU",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 10-39, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("THE CAR STAYS STILL AND A DOG WALKS FROM THE LEFT OF THE CAR TO THE RIGHT OF THE CAR",
     "dog", "car", RIGHTWARD),
    ("The bird stays still throughout. A ball rolls from the right of the bird to the left of the bird. Both "
     "objects intact.",
     "ball", "bird", LEFTWARD),
    ("The dog stayed still as stone, and a ball rolled from the left of the dog to the right of the dog.",
     "ball", "dog", RIGHTWARD),
    ("CAT STAYS STILL BALL ROLLS FROM THE RIGHT OF THE CAT TO THE LEFT OF THE CAT",
     "ball", "cat", LEFTWARD),
    ("Relative movement: the ball stays still while a car drives from the left of the ball to the right of the "
     "ball. No contact observed.",
     "car", "ball", RIGHTWARD),
    ("The cat stayed still, watching, and a bird flew from the right of the cat to the left of the cat, as the "
     "omens said it would.",
     "bird", "cat", LEFTWARD),
    ("THE BIRD STAYS STILL AND A DOG WALKS FROM THE LEFT OF THE BIRD TO THE RIGHT OF THE BIRD DONT WORRY HE DOESNT "
     "BOTHER IT",
     "dog", "bird", RIGHTWARD),
    ("Does the cat move? No: the cat stays still, and a dog walks from the right of the cat to the left of the "
     "cat.",
     "dog", "cat", LEFTWARD),
    ("The car stayed still, and a ball rolled from the left of the car to the right of the car, and the tale "
     "turned.",
     "ball", "car", RIGHTWARD),
    ("A DOG WALKING FROM THE RIGHT OF THE CAT TO THE LEFT OF THE CAT AND THE CAT STAYS STILL",
     "dog", "cat", LEFTWARD),
    ("Reference object: the ball, which stays still. Moving object: a bird, flying from the left of the ball to "
     "the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("The ball stayed still upon the ground, and a bird flew from the right of the ball to the left of the ball.",
     "bird", "ball", LEFTWARD),
    ("DOG STAYS STILL WHILE A BIRD FLIES FROM THE LEFT OF THE DOG TO THE RIGHT OF THE DOG",
     "bird", "dog", RIGHTWARD),
    ("A bird flies from the right of the car to the left of the car; the car stays still. Recorded without "
     "incident.",
     "bird", "car", LEFTWARD),
    ("The cat stayed still and unafraid while a car drove from the left of the cat to the right of the cat.",
     "car", "cat", RIGHTWARD),
    ("THE BALL STAYS STILL A DOG WALKS FROM THE RIGHT OF THE BALL TO THE LEFT OF THE BALL",
     "dog", "ball", LEFTWARD),
    ("Movement log: the ball stays still; a cat runs from the left of the ball to the right of the ball.",
     "cat", "ball", RIGHTWARD),
    ("A dog walked from the right of the ball to the left of the ball, and the ball stayed still, as it had since "
     "the beginning of days.",
     "dog", "ball", LEFTWARD),
    ("CAT RUNS FROM THE LEFT OF THE BIRD TO THE RIGHT OF THE BIRD AND THE BIRD STAYS STILL",
     "cat", "bird", RIGHTWARD),
    ("The car stays still. A dog walks from the right of the car to the left of the car. No contact, no damage.",
     "dog", "car", LEFTWARD),
    ("A bird flew from the left of the ball to the right of the ball, and the ball stayed still, unmoved by its "
     "passing.",
     "bird", "ball", RIGHTWARD),
    ("BALL STAYS STILL AND A BIRD FLIES FROM THE RIGHT OF THE BALL TO THE LEFT OF THE BALL",
     "bird", "ball", LEFTWARD),
    ("The ball stays still. A car drives from the left of the ball to the right of the ball. Clearance adequate.",
     "car", "ball", RIGHTWARD),
    ("The dog stayed still, and a bird flew from the right of the dog to the left of the dog, as it was written.",
     "bird", "dog", LEFTWARD),
    ("A DOG WALKS FROM THE LEFT OF THE CAR TO THE RIGHT OF THE CAR AND THE CAR STAYS STILL",
     "dog", "car", RIGHTWARD),
    ("With the ball staying still, a bird flies from the right of the ball to the left of the ball. Observed in "
     "full.",
     "bird", "ball", LEFTWARD),
    ("While the cat stayed still, a dog walked from the left of the cat to the right of the cat, and no quarrel "
     "came of it.",
     "dog", "cat", RIGHTWARD),
    ("THE CAR STAYS STILL WHILE A DOG WALKS FROM THE RIGHT OF THE CAR TO THE LEFT OF THE CAR",
     "dog", "car", LEFTWARD),
    ("The dog stays still; a cat runs from the left of the dog to the right of the dog. Both subjects undamaged.",
     "cat", "dog", RIGHTWARD),
    ("A cat ran from the right of the ball to the left of the ball, and the ball stayed still, as fate required.",
     "cat", "ball", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("SEEN FROM ABOVE A MOVING CAR GOES FROM THE LOWER LEFT CORNER TO THE LOWER RIGHT CORNER THEN TO THE UPPER "
     "RIGHT CORNER",
     "car", BL_BR_TR),
    ("Viewed from directly above: a moving car drives from the lower left corner to the upper left corner, then to "
     "the upper right corner. Route recorded.",
     "car", BL_TL_TR),
    ("Seen from on high, as the old gods saw all things, a moving car drove from the lower right corner to the "
     "lower left corner, and then to the upper left corner.",
     "car", BR_BL_TL),
    ("FROM ABOVE LOOKING DOWN A MOVING CAR STARTS IN THE LOWER RIGHT CORNER GOES TO THE UPPER RIGHT CORNER THEN "
     "THE UPPER LEFT CORNER",
     "car", BR_TR_TL),
    ("Top-down view. A lively cat runs from the lower left corner to the lower right corner, then to the upper "
     "right corner. Path unobstructed.",
     "cat", BL_BR_TR),
    ("From above, where the watchers of the sky looked down, a lively cat ran from the lower left corner to the "
     "upper left corner, then to the upper right corner.",
     "cat", BL_TL_TR),
    ("LOOKING STRAIGHT DOWN FROM ABOVE A LIVELY CAT RUNS FROM THE LOWER RIGHT CORNER TO THE LOWER LEFT CORNER THEN "
     "UP TO THE UPPER LEFT CORNER",
     "cat", BR_BL_TL),
    ("Overhead view, seen from above, route as follows: lower right corner, upper right corner, upper left corner. "
     "Subject: a lively cat, running.",
     "cat", BR_TR_TL),
    ("Seen from above, a flying bird flew from the lower left corner to the lower right corner, then to the upper "
     "right corner, tracing the ancient sign.",
     "bird", BL_BR_TR),
    ("FROM ABOVE A FLYING BIRD GOES FROM THE LOWER LEFT CORNER TO THE UPPER LEFT CORNER AND THEN THE UPPER RIGHT "
     "CORNER",
     "bird", BL_TL_TR),
    ("Flight path, viewed from above: from the lower right corner to the lower left corner, then to the upper left "
     "corner. Subject: a flying bird.",
     "bird", BR_BL_TL),
    ("Looking down from the heavens, it was seen: a flying bird flew from the lower right corner to the upper "
     "right corner, and then to the upper left corner.",
     "bird", BR_TR_TL),
    ("TOP DOWN VIEW FROM ABOVE A MOVING BALL ROLLS FROM THE LOWER LEFT CORNER TO THE LOWER RIGHT CORNER THEN TO "
     "THE UPPER RIGHT CORNER",
     "ball", BL_BR_TR),
    ("Seen from above: a moving ball rolls from the lower left corner to the upper left corner, then to the upper "
     "right corner. No scuffing.",
     "ball", BL_TL_TR),
    ("From above, in the long ago, a moving ball rolled from the lower right corner to the lower left corner, and "
     "on to the upper left corner.",
     "ball", BR_BL_TL),
    ("SEEN FROM ABOVE A MOVING BALL ROLLS FROM THE LOWER RIGHT CORNER TO THE UPPER RIGHT CORNER AND THEN THE UPPER "
     "LEFT CORNER",
     "ball", BR_TR_TL),
    ("Viewed overhead, from above, a walking dog walks from the lower left corner to the lower right corner, then "
     "to the upper right corner. Gait steady.",
     "dog", BL_BR_TR),
    ("Seen from above, a walking dog set out from the lower left corner, came to the upper left corner, and ended "
     "its journey at the upper right corner.",
     "dog", BL_TL_TR),
    ("LOOKING DOWN FROM ABOVE A WALKING DOG WALKS FROM THE LOWER RIGHT CORNER TO THE LOWER LEFT CORNER THEN TO THE "
     "UPPER LEFT CORNER",
     "dog", BR_BL_TL),
    ("Route of a walking dog, seen from directly above: lower right corner to upper right corner, then to upper "
     "left corner.",
     "dog", BR_TR_TL),
    ("From above, as the stars look down, a moving car drove from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "car", BL_BR_TR),
    ("FROM ABOVE A LIVELY CAT RUNS FROM THE BOTTOM LEFT CORNER TO THE TOP LEFT CORNER THEN THE TOP RIGHT CORNER",
     "cat", BL_TL_TR),
    ("Overhead documentation, from above: a flying bird flies from the bottom right corner to the bottom left "
     "corner, then to the top left corner.",
     "bird", BR_BL_TL),
    ("It was seen from above: a moving ball rolled from the lower right corner to the upper right corner, then on "
     "to the upper left corner, and the age turned.",
     "ball", BR_TR_TL),
    ("WALKING DOG SEEN FROM ABOVE GOES FROM THE LOWER LEFT CORNER TO THE LOWER RIGHT CORNER THEN TO THE UPPER "
     "RIGHT CORNER",
     "dog", BL_BR_TR),
    ("Plan view, from above: a moving car drives from the lower left corner to the upper left corner, and on to "
     "the upper right corner.",
     "car", BL_TL_TR),
    ("Looking down from above, the tale records a lively cat running from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "cat", BR_BL_TL),
    ("FROM ABOVE A FLYING BIRD FLIES FROM THE LOWER RIGHT CORNER UP TO THE UPPER RIGHT CORNER THEN OVER TO THE "
     "UPPER LEFT CORNER",
     "bird", BR_TR_TL),
    ("Seen from above, a moving ball rolls from the lower left corner to the lower right corner, then to the upper "
     "right corner. Condition unchanged.",
     "ball", BL_BR_TR),
    ("From high above, a walking dog walked from the lower left corner to the upper left corner, then to the upper "
     "right corner, and the journey was done.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
