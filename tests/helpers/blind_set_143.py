"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- an American Southern drawl ("y'all", "fixin' to", "I reckon", "might could", "moseyin'"), where the
  speaker and whoever is spoken to are never in the video, and the clip asked for is the video; the
  drawl types no digits, and its sayings name no side ("right nice", "right quick") and nothing else a
  reader would draw;
- a command-line invocation with --flags and a man-page NOTES or EXAMPLES section
  (`$ render --scene "..." --whole-clip`, `--view top-down`, `--hold cat`), where the program, the
  shell, the flags and the manual are never in the video, and the scene the command renders is the
  clip; it puts no digit anywhere, so none stands beside a class noun;
- an e-mail thread with quoted replies ("On Mon, Ana wrote:", lines starting "> "), where the senders,
  their mail and the thread are never in the video, and what the messages agree on is the clip; a
  quoted line repeats the same content or a part of it, never anything else, and in numeracy prompts
  the sender lines name nobody ("On Tue, you wrote:").

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
named sender, no porch, no shell beside the count) and put no other number word beside it (no "first
off", no "single", no "both"). No voice gives its own props a colour (no red carpet, no green light), no
idiom hides a class noun or a side (no "catalogue", no "right nice", no "that's right"), "half" is only
said of the clip's halves, "upper", "lower" and "corner" only of a route, and "still" only of a
relation's second object. A relation names its second object at both ends and says that object stays
still; a route is always seen from above. It takes LVD's attribution pairs 0-29 and its two-object
relations 30-49 then 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 162/180 on 6ced5f04 (numeracy 24, visibility 27, dynamic_two 28, sequential 23); 180/180 after the
fixes of its own branch (an e-mail thread tells one scene: its sender and subject lines are the mail's, a quoted "> "
block the reply names again is told once and a reply's "Yes, and the dog stays still." completes the quoted request; a
command line '$ render --scene "a lively cat" --absent first-half --present second-half' renders its scene with what its
flags say, its NOTES restating it; "walking dog seen from above, A, B, C" is that dog's route).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Y'all, I'm fixin' to need a clip with one moving car in it from start to finish, and I reckon nothing else "
     "oughta be in there. Nothing.",
     "car", 1),
    ('$ render --scene "two moving cars" --from-start --to-end --nothing-else\nNOTES\n  The moving cars stay in '
     'view for the whole clip; --nothing-else means no other object is drawn.',
     "car", 2),
    ("Re: the clip\nYes, three moving cars from start to finish, and nothing else in it.\nOn Wed, you wrote:\n> "
     "three moving cars, the whole way through?\n> nothing else at all, please",
     "car", 3),
    ("Four moving cars, darlin', the whole clip long from start to finish, and not a thing else. I reckon that'll "
     "do.",
     "car", 4),
    ('$ render --scene "one lively cat" --whole-clip\nEXAMPLES\n  Draws one lively cat, in view from start to '
     'finish, and nothing else.',
     "cat", 1),
    ("It can be done: two lively cats, start to finish, nothing else in the clip.\nOn Thu, you wrote:\n> can it "
     "be just two lively cats?\n> the whole clip, nothing else",
     "cat", 2),
    ("Now I might could use three lively cats in the clip from start to finish, and nothing else, y'all hear?",
     "cat", 3),
    ('$ render --scene "four lively cats" --duration full --exclusive\nNOTES\n  --exclusive: nothing else is '
     'drawn. The four lively cats are in view from start to finish.',
     "cat", 4),
    ("Subject: just a flying bird\nOne flying bird, start to finish, and nothing else.\nOn Fri, you wrote:\n> one "
     "flying bird for the whole clip?",
     "bird", 1),
    ("Two flying birds is all I'm askin' for, from start to finish of the clip, and I reckon nothing else needs "
     "to be in it.",
     "bird", 2),
    ('$ render --scene "three flying birds" --keep-all --nothing-else\nNOTES\n  The three flying birds stay in '
     'view from start to finish.',
     "bird", 3),
    ("Four flying birds from start to finish, yes, and nothing else.\nOn Sat, I wrote:\n> four flying birds, "
     "whole clip?\n> and nothing else in it",
     "bird", 4),
    ("Just one moving ball, start to finish, hon. Nothing else. I reckon that's simple enough.",
     "ball", 1),
    ('$ render --scene "two moving balls" --whole-clip --nothing-else\nEXAMPLES\n  The two moving balls are in '
     'view from start to finish; no other object.',
     "ball", 2),
    ("Three moving balls, start to finish, nothing else.\nOn Sun, you wrote:\n> three moving balls the whole "
     "way?\n> and nothing else at all?",
     "ball", 3),
    ("Well I'll be. Four moving balls, y'all, from start to finish, and nothing else in the whole clip.",
     "ball", 4),
    ('$ render --scene "one walking dog" --from-start --to-end\nNOTES\n  Nothing else is drawn; the walking dog '
     'stays in view throughout.',
     "dog", 1),
    ("On Mon, you wrote:\n> two walking dogs, start to finish?\nYes: two walking dogs from start to finish, and "
     "nothing else in the clip.",
     "dog", 2),
    ("Three walking dogs, start to finish, just a-moseyin', and nothing else. I reckon that's the whole of it.",
     "dog", 3),
    ('$ render --scene "four walking dogs" --exclusive --whole-clip\nNOTES\n  All four walking dogs are in view '
     'from start to finish. --exclusive: nothing else.',
     "dog", 4),
    ("On Tue, you wrote:\n> two moving cars and nothing else?\nCorrect. Two moving cars, from start to finish, "
     "and nothing else.",
     "car", 2),
    ("Y'all make me a clip with one lively cat, from start to finish, and nothing else, ya hear?",
     "cat", 1),
    ('$ render --nothing-else --scene "three flying birds in view from start to finish"',
     "bird", 3),
    ("Quick follow-up, same as before.\nOn Wed, I wrote:\n> one moving ball, from start to finish\n> and nothing "
     "else",
     "ball", 1),
    ("Two walking dogs, moseyin' along from start to finish, and nothing else, I reckon.",
     "dog", 2),
    ('$ render --scene "three moving cars" --from-start --to-end --exclusive',
     "car", 3),
    ("Yep, four lively cats, and nothing else in the clip from start to finish.\nOn Thu, you wrote:\n> four "
     "lively cats, start to finish",
     "cat", 4),
    ("I'm fixin' to see two flying birds, start to finish, and nothing else, now.",
     "bird", 2),
    ('$ render --scene "four moving balls" --nothing-else\nNOTES\n  The four moving balls stay in view from start '
     'to finish.',
     "ball", 4),
    ("Three walking dogs, from start to finish, and nothing else.\nOn Fri, I wrote:\n> three walking dogs and "
     "nothing else, start to finish",
     "dog", 3),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 0-29, in order.
_ATTRIBUTION = [
    ("Y'all, I reckon I need a blue cat and a white bird side by side, the both of 'em there the whole clip.",
     "cat", "blue", "bird", "white"),
    ('$ render --scene "a yellow dog and a green ball"\nNOTES\n  Both objects appear together, from start to '
     'finish.',
     "dog", "yellow", "ball", "green"),
    ("Yes, a blue dog beside an orange car, both in the clip the whole time.\nOn Mon, Ana wrote:\n> a blue dog "
     "and an orange car?",
     "dog", "blue", "car", "orange"),
    ("Fixin' to film a purple ball sittin' by a blue car, y'all, both of 'em there from start to finish.",
     "ball", "purple", "car", "blue"),
    ('$ render --scene "a green dog next to a black bird" --whole-clip',
     "dog", "green", "bird", "black"),
    ("Ana,\nA purple ball and a black cat, together for the whole clip.\nOn Tue, Ben wrote:\n> purple ball, black "
     "cat: did I get that?",
     "ball", "purple", "cat", "black"),
    ("Now a black car with an orange bird perched near it, the both of 'em in the clip start to finish, I reckon.",
     "car", "black", "bird", "orange"),
    ('$ render --scene "a black ball beside a purple cat"\nEXAMPLES\n  Both stay in view the whole clip; no '
     'recolouring.',
     "ball", "black", "cat", "purple"),
    ("Confirmed: a pink bird and a brown dog, both in the clip from start to finish.\nOn Wed, Cole wrote:\n> pink "
     "bird, brown dog",
     "bird", "pink", "dog", "brown"),
    ("A brown ball and a blue dog, hon. Might could put 'em side by side, start to finish.",
     "ball", "brown", "dog", "blue"),
    ('$ render --scene "a yellow ball and a pink dog" --together',
     "ball", "yellow", "dog", "pink"),
    ("Agreed, a pink bird next to a gray ball, start to finish.\nOn Thu, Dee wrote:\n> a pink bird and a gray "
     "ball, both the whole clip",
     "bird", "pink", "ball", "gray"),
    ("Y'all, a gray dog restin' by a purple car, the both of 'em there the whole clip long.",
     "dog", "gray", "car", "purple"),
    ('$ render --scene "a green cat and a purple ball" --from-start --to-end',
     "cat", "green", "ball", "purple"),
    ("On Fri, Eli wrote:\n> green dog? gray ball?\nYes: a green dog and a gray ball beside it, whole clip.",
     "dog", "green", "ball", "gray"),
    ("I reckon a yellow ball and a pink bird would look mighty fine together, start to finish.",
     "ball", "yellow", "bird", "pink"),
    ('$ render --scene "a pink cat beside a yellow dog"\nNOTES\n  Both objects are drawn for the whole clip.',
     "cat", "pink", "dog", "yellow"),
    ("Fay,\nA brown car with a yellow ball next to it, from start to finish.\nOn Sat, Gus wrote:\n> brown car and "
     "yellow ball, yes?",
     "car", "brown", "ball", "yellow"),
    ("A brown car and a white dog sittin' by it, y'all, there from start to finish, I do declare.",
     "car", "brown", "dog", "white"),
    ('$ render --scene "an orange dog and a brown car" --whole-clip',
     "dog", "orange", "car", "brown"),
    ("On Sun, Hal wrote:\n> brown ball, orange cat\nGot it. A brown ball beside an orange cat, the whole clip "
     "through.",
     "ball", "brown", "cat", "orange"),
    ("Fixin' to need a gray dog and an orange ball by its side, start to finish, y'all.",
     "dog", "gray", "ball", "orange"),
    ('$ render --scene "a yellow ball next to an orange cat"\nEXAMPLES\n  The pair stays in view from start to '
     'finish.',
     "ball", "yellow", "cat", "orange"),
    ("Yes, that's the pair: a purple dog beside a brown car, whole clip.\nOn Mon, Ivy wrote:\n> a purple dog and "
     "a brown car",
     "dog", "purple", "car", "brown"),
    ("Might could y'all do a gray dog alongside a blue car? The both of 'em, start to finish.",
     "dog", "gray", "car", "blue"),
    ('$ render --scene "a white car and an orange bird" --together --whole-clip',
     "car", "white", "bird", "orange"),
    ("On Tue, Jo wrote:\n> brown car and a blue bird next to it?\nYes, a brown car and a blue bird, both there "
     "start to finish.",
     "car", "brown", "bird", "blue"),
    ("A blue car with a yellow cat nappin' beside it, y'all, the whole clip, I reckon.",
     "car", "blue", "cat", "yellow"),
    ('$ render --scene "a gray cat and a yellow bird"\nNOTES\n  Both are in view from start to finish.',
     "cat", "gray", "bird", "yellow"),
    ("Kit,\nA white dog beside a black car, start to finish.\nOn Wed, Lou wrote:\n> white dog and black car, the "
     "whole clip?",
     "dog", "white", "car", "black"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Y'all, first half there ain't no car at all. Then in the second half a moving car shows up and stays put "
     "till the end.",
     "car"),
    ('$ render --scene "a moving car" --appear second-half\nNOTES\n  No car in the first half; in the second half '
     'the moving car appears and remains to the end.',
     "car"),
    ("Correct, no car in the first half. A moving car appears in the second half and stays to the end.\nOn Mon, "
     "Ana wrote:\n> no car in the first half?",
     "car"),
    ("No cat in the first half, I reckon, then a lively cat comes a-struttin' in for the second half and stays "
     "till the end.",
     "cat"),
    ('$ render --scene "a lively cat" --absent first-half --present second-half',
     "cat"),
    ("Yes. First half: no cat. Second half: a lively cat appears and stays.\nOn Tue, Ben wrote:\n> lively cat "
     "only in the second half?",
     "cat"),
    ("Now there ain't no bird in the first half, y'all. Second half, a flying bird comes on in and stays to the "
     "end.",
     "bird"),
    ('$ render --scene "a flying bird" --enter-at second-half\nNOTES\n  The first half has no bird. The flying '
     'bird appears in the second half and stays.',
     "bird"),
    ("No bird during the first half; then a flying bird appears in the second half.\nOn Wed, Cole wrote:\n> the "
     "flying bird should only show in the second half, yes?",
     "bird"),
    ("Y'all hold on: no ball in the first half. Second half, a moving ball rolls on in and stays till the end.",
     "ball"),
    ('$ render --scene "a moving ball" --appear second-half --until end\nEXAMPLES\n  No ball is drawn in the '
     'first half.',
     "ball"),
    ("On Thu, Dee wrote:\n> moving ball appears only in the second half\nAgreed. No ball in the first half; the "
     "moving ball appears in the second half and stays.",
     "ball"),
    ("First half, no dog nowheres. Second half, here comes a walking dog, and he's fixin' to stay till the end.",
     "dog"),
    ('$ render --scene "a walking dog" --absent first-half\nNOTES\n  The walking dog appears only in the second '
     'half and stays to the end.',
     "dog"),
    ("Yes: no dog in the first half, then a walking dog appears in the second half.\nOn Fri, Eli wrote:\n> "
     "walking dog only in the second half",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ('$ render --scene "a moving car" --exit-at second-half\nNOTES\n  The moving car is in the first half only; '
     'in the second half there is no car.',
     "car"),
    ("On Sat, Fay wrote:\n> moving car in the first half, gone in the second?\nYes. A moving car in the first "
     "half, and no car in the second half.",
     "car"),
    ("A moving car's there in the first half, y'all, and come the second half it's plumb gone. No car.",
     "car"),
    ('$ render --scene "a lively cat" --present first-half --absent second-half',
     "cat"),
    ("A lively cat in the first half; no cat in the second half.\nOn Sun, Gus wrote:\n> so the lively cat "
     "disappears for the second half?",
     "cat"),
    ("I reckon a lively cat's around for the first half, then she up and vanishes. Second half, no cat.",
     "cat"),
    ('$ render --scene "a flying bird" --visible first-half\nNOTES\n  In the second half there is no bird; the '
     'flying bird is gone.',
     "bird"),
    ("That's it. A flying bird in the first half, and no bird in the second half.\nOn Mon, Hal wrote:\n> flying "
     "bird in the first half only?",
     "bird"),
    ("A flying bird's up there in the first half, y'all. Second half, that bird's done flown off, and there ain't "
     "no bird.",
     "bird"),
    ('$ render --scene "a moving ball" --exit-at second-half\nEXAMPLES\n  The moving ball is in view in the first '
     'half; no ball in the second half.',
     "ball"),
    ("On Tue, Ivy wrote:\n> moving ball first half, none second half\nConfirmed: a moving ball in the first half; "
     "the second half has no ball.",
     "ball"),
    ("There's a moving ball in the first half, y'all, then it's gone for the second half. No ball nowhere.",
     "ball"),
    ('$ render --scene "a walking dog" --present first-half\nNOTES\n  No dog is drawn in the second half.',
     "dog"),
    ("A walking dog in the first half, then no dog in the second half.\nOn Wed, Jo wrote:\n> walking dog gone "
     "after the first half?",
     "dog"),
    ("A walking dog moseys round in the first half, and come the second half he's done gone. No dog.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Y'all, a moving car's fixin' to drive from the left side of the frame clean over to the right side.",
     "car", RIGHTWARD),
    ('$ render --scene "a moving car" --direction right-to-left\nNOTES\n  The moving car starts at the right side '
     'of the frame and ends at the left side.',
     "car", LEFTWARD),
    ("On Mon, Ana wrote:\n> moving car, left to right?\nYes, a moving car from the left side of the frame to the "
     "right side.",
     "car", RIGHTWARD),
    ("A moving car comin' from the right side of the frame, headed to the left side, I reckon.",
     "car", LEFTWARD),
    ('$ render --scene "a moving car crossing the frame" --from left --to right',
     "car", RIGHTWARD),
    ("A moving car goes from the right side of the frame to the left side.\nOn Tue, Ben wrote:\n> the moving car "
     "drives right to left, correct?",
     "car", LEFTWARD),
    ("Lord, a lively cat tearin' from the left side of the frame to the right side, y'all.",
     "cat", RIGHTWARD),
    ('$ render --scene "a lively cat" --direction right-to-left',
     "cat", LEFTWARD),
    ("Correct: a lively cat from the left side of the frame to the right side.\nOn Wed, Cole wrote:\n> lively cat "
     "runs left to right",
     "cat", RIGHTWARD),
    ("Might could show a lively cat scootin' from the right side of the frame to the left side?",
     "cat", LEFTWARD),
    ('$ render --scene "a lively cat" --from left --to right\nEXAMPLES\n  The lively cat runs from the left side '
     'of the frame to the right side.',
     "cat", RIGHTWARD),
    ("On Thu, Dee wrote:\n> lively cat going right to left\nYes, the lively cat runs from the right side of the "
     "frame to the left side.",
     "cat", LEFTWARD),
    ("A flying bird flappin' from the left side of the frame over to the right side, y'all.",
     "bird", RIGHTWARD),
    ('$ render --scene "a flying bird" --direction right-to-left\nNOTES\n  Enters on the right side of the frame, '
     'exits on the left side.',
     "bird", LEFTWARD),
    ("A flying bird crosses from the left side of the frame to the right side.\nOn Fri, Eli wrote:\n> flying "
     "bird, left to right, yes?",
     "bird", RIGHTWARD),
    ("I reckon a flying bird's fixin' to go from the right side of the frame to the left side.",
     "bird", LEFTWARD),
    ('$ render --scene "a flying bird" --from left --to right',
     "bird", RIGHTWARD),
    ("Sure: a flying bird from the right side of the frame to the left side.\nOn Sat, Fay wrote:\n> flying bird "
     "from right to left",
     "bird", LEFTWARD),
    ("A moving ball rollin' from the left side of the frame plumb to the right side, y'all.",
     "ball", RIGHTWARD),
    ('$ render --scene "a moving ball" --direction right-to-left\nEXAMPLES\n  The moving ball rolls from the '
     'right side of the frame to the left side.',
     "ball", LEFTWARD),
    ("On Sun, Gus wrote:\n> moving ball, left to right\nConfirmed: a moving ball from the left side of the frame "
     "to the right side.",
     "ball", RIGHTWARD),
    ("Moving ball goes a-rollin' from the right side of the frame to the left side, I reckon.",
     "ball", LEFTWARD),
    ('$ render --scene "a moving ball" --from left --to right',
     "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side.\nOn Mon, Hal wrote:\n> the moving "
     "ball rolls right to left?",
     "ball", LEFTWARD),
    ("A walking dog moseyin' from the left side of the frame to the right side, y'all.",
     "dog", RIGHTWARD),
    ('$ render --scene "a walking dog" --direction right-to-left',
     "dog", LEFTWARD),
    ("Yes: a walking dog from the left side of the frame to the right side.\nOn Tue, Ivy wrote:\n> walking dog "
     "left to right",
     "dog", RIGHTWARD),
    ("Fixin' to see a walking dog amble from the right side of the frame to the left side.",
     "dog", LEFTWARD),
    ('$ render --scene "a walking dog" --from left --to right\nNOTES\n  The walking dog walks from the left side '
     'of the frame to the right side.',
     "dog", RIGHTWARD),
    ("On Wed, Jo wrote:\n> walking dog going right to left\nAgreed, a walking dog from the right side of the "
     "frame to the left side.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 then 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("The ball stays still, y'all, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ('$ render --scene "a bird flies from the right of the ball to the left of the ball"\nNOTES\n  The ball stays '
     'still.',
     "bird", "ball", LEFTWARD),
    ("Yes, the ball stays still while a car drives from the left of the ball to the right of the ball.\nOn Mon, "
     "Ana wrote:\n> does the ball stay still?",
     "car", "ball", RIGHTWARD),
    ("That dog stays still as can be, and a bird flies from the right of the dog to the left of the dog.",
     "bird", "dog", LEFTWARD),
    ('$ render --scene "the car stays still; a dog walks from the left of the car to the right of the car"',
     "dog", "car", RIGHTWARD),
    ("A bird flies from the right of the ball to the left of the ball; the ball stays still.\nOn Tue, Ben "
     "wrote:\n> bird goes from the right of the ball to its left, ball stays still?",
     "bird", "ball", LEFTWARD),
    ("The cat stays still, y'all, and a dog walks from the left of the cat to the right of the cat.",
     "dog", "cat", RIGHTWARD),
    ('$ render --scene "a dog walks from the right of the car to the left of the car"\nNOTES\n  The car stays '
     'still.',
     "dog", "car", LEFTWARD),
    ("Yes: a cat runs from the left of the dog to the right of the dog, and the dog stays still.\nOn Wed, Cole "
     "wrote:\n> cat from the left of the dog to the right of the dog",
     "cat", "dog", RIGHTWARD),
    ("A cat's fixin' to run from the right of the ball to the left of the ball, and the ball stays still.",
     "cat", "ball", LEFTWARD),
    ('$ render --scene "a cat runs from the left of the dog to the right of the dog" --hold dog\nNOTES\n  --hold: '
     'the dog stays still.',
     "cat", "dog", RIGHTWARD),
    ("On Thu, Dee wrote:\n> does the dog stay still?\nIt does. The dog stays still and a ball rolls from the "
     "right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("The bird stays still, bless it, and a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ('$ render --scene "a bird flies from the right of the cat to the left of the cat"\nEXAMPLES\n  The cat stays '
     'still the whole clip.',
     "bird", "cat", LEFTWARD),
    ("A cat runs from the left of the bird to the right of the bird. The bird stays still.\nOn Fri, Eli wrote:\n> "
     "cat passes the bird, going from its left to its right?",
     "cat", "bird", RIGHTWARD),
    ("Y'all, the cat stays still and a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ('$ render --scene "the cat stays still while a dog walks from the left of the cat to the right of the cat"',
     "dog", "cat", RIGHTWARD),
    ("On Sat, Fay wrote:\n> bird from the right of the dog to the left of the dog\nYes, and the dog stays still "
     "throughout.",
     "bird", "dog", LEFTWARD),
    ("I reckon a dog moseys from the left of the cat to the right of the cat, and the cat stays still.",
     "dog", "cat", RIGHTWARD),
    ('$ render --scene "a bird flies from the right of the car to the left of the car" --static car\nNOTES\n  '
     '--static: the car stays still.',
     "bird", "car", LEFTWARD),
    ("Correct, and the car stays still.\nOn Sun, Gus wrote:\n> bird goes from the left of the car to the right of "
     "the car",
     "bird", "car", RIGHTWARD),
    ("The bird stays still, y'all, and a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ('$ render --scene "a bird flies from the left of the cat to the right of the cat"\nNOTES\n  The cat stays '
     'still.',
     "bird", "cat", RIGHTWARD),
    ("On Mon, Hal wrote:\n> car from the right of the bird to the left of the bird?\nYes. The bird stays still; "
     "the car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("A bird's fixin' to fly from the left of the dog to the right of the dog, and the dog stays still.",
     "bird", "dog", RIGHTWARD),
    ('$ render --scene "a dog walks from the right of the cat to the left of the cat" --hold cat\nNOTES\n  '
     '--hold: the cat stays still.',
     "dog", "cat", LEFTWARD),
    ("A ball rolls from the left of the dog to the right of the dog; the dog stays still.\nOn Tue, Ivy wrote:\n> "
     "ball rolls past the dog, from its left to its right",
     "ball", "dog", RIGHTWARD),
    ("Might could have a bird fly from the right of the cat to the left of the cat while the cat stays still?",
     "bird", "cat", LEFTWARD),
    ('$ render --scene "a car drives from the left of the ball to the right of the ball"\nNOTES\n  The ball stays '
     'still.',
     "car", "ball", RIGHTWARD),
    ("On Wed, Jo wrote:\n> cat from the right of the bird to its left?\nYes, a cat runs from the right of the "
     "bird to the left of the bird, and the bird stays still.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Seen from above, y'all, a moving car drives from the lower left corner to the lower right corner, then on "
     "to the upper right corner.",
     "car", BL_BR_TR),
    ('$ render --view top-down --scene "a moving car" --route "lower left corner, upper left corner, upper right '
     'corner"',
     "car", BL_TL_TR),
    ("Yes, seen from above: a moving car from the lower right corner to the lower left corner, then to the upper "
     "left corner.\nOn Mon, Ana wrote:\n> seen from above?",
     "car", BR_BL_TL),
    ("Lookin' down from above, I reckon a moving car goes from the lower right corner to the upper right corner "
     "and then the upper left corner.",
     "car", BR_TR_TL),
    ('$ render --view from-above --scene "a lively cat runs from the lower left corner to the lower right corner, '
     'then to the upper right corner"',
     "cat", BL_BR_TR),
    ("Seen from above, a lively cat runs from the lower left corner to the upper left corner, then to the upper "
     "right corner.\nOn Tue, Ben wrote:\n> overhead view, lower left, upper left, upper right?",
     "cat", BL_TL_TR),
    ("From above, y'all, a lively cat scoots from the lower right corner to the lower left corner, then up to the "
     "upper left corner.",
     "cat", BR_BL_TL),
    ('$ render --scene "a lively cat" --view top-down --stops "lower right corner" "upper right corner" "upper '
     'left corner"\nNOTES\n  Stops are visited in the order given.',
     "cat", BR_TR_TL),
    ("Yes, a flying bird along that route, seen from above.\nOn Wed, Cole wrote:\n> from above: lower left "
     "corner, lower right corner, upper right corner",
     "bird", BL_BR_TR),
    ("Seen from above, a flying bird's fixin' to go from the lower left corner to the upper left corner, then "
     "over to the upper right corner.",
     "bird", BL_TL_TR),
    ('$ render --view top-down --scene "a flying bird" --route "lower right corner, lower left corner, upper left '
     'corner"',
     "bird", BR_BL_TL),
    ("On Thu, Dee wrote:\n> flying bird, seen from above, lower right corner to upper right corner to upper left "
     "corner\nConfirmed, in that order.",
     "bird", BR_TR_TL),
    ("Lookin' down from above, y'all, a moving ball rolls from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "ball", BL_BR_TR),
    ('$ render --view top-down --scene "a moving ball rolls from the lower left corner to the upper left corner, '
     'then to the upper right corner"',
     "ball", BL_TL_TR),
    ("Seen from above: a moving ball from the lower right corner to the lower left corner, then the upper left "
     "corner.\nOn Fri, Eli wrote:\n> from above, the moving ball goes lower right, lower left, upper left?",
     "ball", BR_BL_TL),
    ("From above, I reckon a moving ball rolls from the lower right corner up to the upper right corner, then on "
     "over to the upper left corner.",
     "ball", BR_TR_TL),
    ('$ render --scene "a walking dog" --view top-down --route "lower left corner, lower right corner, upper '
     'right corner"\nNOTES\n  The walking dog visits the corners in the order given.',
     "dog", BL_BR_TR),
    ("Yes: seen from above, a walking dog walks from the lower left corner to the upper left corner, then the "
     "upper right corner.\nOn Sat, Fay wrote:\n> walking dog from above",
     "dog", BL_TL_TR),
    ("Seen from above, y'all, a walking dog moseys from the lower right corner to the lower left corner, then to "
     "the upper left corner.",
     "dog", BR_BL_TL),
    ('$ render --view from-above --scene "a walking dog walks from the lower right corner to the upper right '
     'corner, then to the upper left corner"',
     "dog", BR_TR_TL),
    ("On Sun, Gus wrote:\n> seen from above, the moving car: lower left corner, lower right corner, upper right "
     "corner\nYes, that route, in that order.",
     "car", BL_BR_TR),
    ("From up above, a lively cat runs from the lower left corner to the upper left corner and on to the upper "
     "right corner, I reckon.",
     "cat", BL_TL_TR),
    ('$ render --view top-down --scene "a flying bird flies from the lower right corner to the lower left corner, '
     'then to the upper left corner"',
     "bird", BR_BL_TL),
    ("Seen from above, a moving ball rolls from the lower right corner to the upper right corner, then to the "
     "upper left corner.\nOn Mon, Hal wrote:\n> the moving ball, seen from above?",
     "ball", BR_TR_TL),
    ("Seen from above, a walking dog's fixin' to walk from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "dog", BL_BR_TR),
    ('$ render --view from-above --scene "a moving car drives from the lower left corner to the upper left '
     'corner, then the upper right corner"',
     "car", BL_TL_TR),
    ("Yes, from above: a lively cat runs from the lower right corner to the lower left corner, then the upper "
     "left corner.\nOn Tue, Ivy wrote:\n> seen from above, a lively cat",
     "cat", BR_BL_TL),
    ("Lookin' down from above, y'all, a flying bird goes from the lower right corner to the upper right corner, "
     "then the upper left corner.",
     "bird", BR_TR_TL),
    ('$ render --scene "a moving ball" --view top-down --stops "lower left corner" "lower right corner" "upper '
     'right corner"',
     "ball", BL_BR_TR),
    ("On Wed, Jo wrote:\n> walking dog seen from above, lower left corner, upper left corner, upper right "
     "corner\nCorrect, in that order.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
