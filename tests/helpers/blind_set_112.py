"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a tax auditor's memo ("Memo", "Finding:", "Per our review", "for the record", "no discrepancies"), where
  the auditor, the taxpayer, the ledger and the file are never in the video, and the finding is what the
  clip shows; the memo cites no form or line numbers, since it writes no numbers;
- a carnival barker ("Step up, step up!", "Hurry, hurry!", "ladies and gentlemen", "feast your eyes"), where
  the barker, the crowd, the tent and the midway are never in the video, and the marvel on offer is the
  clip; the barker never says "step right up";
- a children's picture book read aloud with its page turns ("Look!", "Turn the page.", "Can you see it?",
  "Good night, ..."), where the reader, the child and the book are never in the video, and the story's
  picture is the clip; a page turn is only ever said, never shown.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
tent, no ledger, no page beside the count) and put no other number word beside it (no "once upon a
time", no "one and all", no "first" or "last"). No voice gives its own props a colour (no red ink, no
balloons, no candy), no idiom hides a class noun or a side (no "dog-eared", no "step right up", no
"have a ball", nothing "left" over), "half" is only said of the clip's halves, "upper", "lower" and
"corner" only of a route, and "still" only of a relation's second object. A relation names its second
object at both ends and says that object stays still; a route is always seen from above. It takes LVD's
attribution pairs 60-89 and its two-object relations 30-49 and 0-9 (in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 172/180 on 54dcf91 (visibility 29, dynamic_two 28, sequential 25, the rest 30); 180/180 after its
own fixes (a call opening the prompt, "Hurry, hurry!", "Roll, ball, roll!", adds no first leg to the route told next;
"From the right of the cat to the left of the cat walks a dog" is the dog's path; a thing greeted by its bare name,
"Hello, bird!", is the "you" told after it; a bidding on the listener's own thing, "Turn the page!", is an aside);
179/180 (dynamic_two 29) once the review narrowed them: a thing greeted is the "you" only where the scene names it
again, so "Hello, bird! You fly ... of the car" is lost again, and "Oh boy!", "Holy cow!" draw no thing; 180/180 again
once a thing called is also the "you" whose move goes by a side of another thing ("You fly from the left of the car").
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("Memo, re: clip review. Observed from the opening of the clip to its close: one moving car. Nothing else "
     "recorded. No discrepancies.",
     "car", 1),
    ("Step up, step up! Feast your eyes on two moving cars, there from start to finish, and nothing else, I "
     "promise you!",
     "car", 2),
    ("Look! Three moving cars. They are there at the start, and they are there at the end. Is there anything "
     "else? No, nothing else.",
     "car", 3),
    ("Finding: four moving cars, substantiated for the full duration of the clip, start to finish. No other items "
     "claimed.",
     "car", 4),
    ("Hurry, hurry! Inside you'll see one lively cat, on show from start to finish, and nothing else at all. Don't "
     "be shy!",
     "cat", 1),
    ("Here are two lively cats. Do you see them at the start? Do you see them at the end? Yes! And nothing else is "
     "there. Hooray!",
     "cat", 2),
    ("For the record, the clip contains three lively cats, present from start to finish. Nothing else was found on "
     "examination.",
     "cat", 3),
    ("Ladies and gentlemen, never before seen: four lively cats, in view from the opening of the clip to its "
     "close, and not a thing else! Amazing!",
     "cat", 4),
    ("Up, up, up! Do you see it? One flying bird, from the start of the clip to the end. Nothing else. Shh, it's "
     "flying.",
     "bird", 1),
    ("Review complete. Two flying birds observed, start to finish; nothing else reported. Please advise if you "
     "disagree.",
     "bird", 2),
    ("Wonder of wonders! Three flying birds, aloft from start to finish, and nothing else to see. Come see, come "
     "see!",
     "bird", 3),
    ("Four flying birds went up into the air, and there they stayed, from the beginning to the end. Nobody else "
     "came.",
     "bird", 4),
    ("Audit note: one moving ball, accounted for from the start of the clip to its close, and nothing else. "
     "Reconciled.",
     "ball", 1),
    ("Is it magic? No, ladies and gents, it's two moving balls, in view the whole clip long, and nothing else in "
     "the show!",
     "ball", 2),
    ("Bounce, bounce, bounce! Three moving balls, all through the clip, from the start to the very end. What else "
     "is there? Nothing!",
     "ball", 3),
    ("Findings, in brief: four moving balls; present throughout, start to finish; nothing else documented.",
     "ball", 4),
    ("Come see, come see, the marvel of the age: one walking dog, start to finish, nothing else in "
     "view!",
     "dog", 1),
    ("Pitter, patter. Two walking dogs, there at the beginning and there at the end, and nothing else at all. Can "
     "you count them?",
     "dog", 2),
    ("Per our review, three walking dogs are present from the clip's opening to its close. Nothing else noted. No "
     "adjustment proposed.",
     "dog", 3),
    ("Don't be shy, don't be shy! Four walking dogs, in view from start to finish, and nothing else, I guarantee "
     "it!",
     "dog", 4),
    ("Vroom, vroom. One moving car, from the start to the end, and nothing else. Where is it going? We'll see.",
     "car", 1),
    ("Memo, clip audit: two lively cats, verified from start to finish. Nothing else claimed, nothing else found.",
     "cat", 2),
    ("Ladies and gentlemen, feast your eyes: one flying bird, soaring from start to finish, and nothing else "
     "besides!",
     "bird", 1),
    ("Here come four moving balls! Rolling, rolling, from the start to the end. Is anything else there? No.",
     "ball", 4),
    ("Clean audit. The clip shows one walking dog from start to finish and nothing else. Closed without change.",
     "dog", 1),
    ("Hurry, hurry! Three moving cars, racing from start to finish, and nothing else on the program! You won't "
     "believe your eyes!",
     "car", 3),
    ("Meow! Three lively cats play from the start to the end. Nothing else comes to play. Shh, now.",
     "cat", 3),
    ("Observation: four flying birds, present for the entire clip. No other items identified. Matter closed.",
     "bird", 4),
    ("Gather round, gather round! Behold one moving ball, rolling from start to finish, and nothing else in the "
     "act!",
     "ball", 1),
    ("Beep, beep! Two moving cars drive all through the clip, from the start to the end. Anything else? Nothing "
     "at all.",
     "car", 2),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Memo. Items on record for the full clip: a brown bird and a black ball, side by side, both present from "
     "start to finish.",
     "bird", "brown", "ball", "black"),
    ("Step up and see it! A brown bird and a blue cat, together from start to finish. Astonishing!",
     "bird", "brown", "cat", "blue"),
    ("Look, a blue bird! And who is next to it? A red car. They stay together all through the clip. Turn the "
     "page.",
     "bird", "blue", "car", "red"),
    ("Per the attached schedule, the clip shows a purple ball beside a pink cat from start to finish. Verified.",
     "ball", "purple", "cat", "pink"),
    ("Ladies and gentlemen, a yellow dog and a red cat, side by side, the whole clip through! Have you ever seen "
     "the like?",
     "dog", "yellow", "cat", "red"),
    ("A green bird sat beside a yellow dog. Did they go away? No! They stayed there all through the clip.",
     "bird", "green", "dog", "yellow"),
    ("Finding: a gray car with a red cat next to it, present for the entire clip. Documentation is in order.",
     "car", "gray", "cat", "red"),
    ("Hurry, hurry! A red bird perched beside a black cat, in view from start to finish, and it's yours for a "
     "look!",
     "bird", "red", "cat", "black"),
    ("Who is this? It's a white bird. And who is beside it? An orange cat! They are there from the start to the "
     "end.",
     "bird", "white", "cat", "orange"),
    ("Re: clip contents. A green bird and a black ball, adjacent, from the opening of the clip to its close. No "
     "variance.",
     "bird", "green", "ball", "black"),
    ("Never before seen, not anywhere on earth: a white cat and a purple bird, side by side, the whole show long!",
     "cat", "white", "bird", "purple"),
    ("In this story there is a green bird, and next to it a purple dog. They stay together from the start to the "
     "end. Turn the page!",
     "bird", "green", "dog", "purple"),
    ("Audit note: an orange bird beside a brown car, both observed throughout the clip. Nothing further.",
     "bird", "orange", "car", "brown"),
    ("Come see, come see! A blue car with a brown bird at its side, in view from start to finish! Marvelous!",
     "car", "blue", "bird", "brown"),
    ("A red dog and a purple cat sit side by side. Are they there at the end? Yes, they are!",
     "dog", "red", "cat", "purple"),
    ("For the record, a purple dog and a brown cat are present side by side for the full duration of the clip.",
     "dog", "purple", "cat", "brown"),
    ("Gather round! A black cat beside a blue ball, from the start of the clip to its end. Don't be shy!",
     "cat", "black", "ball", "blue"),
    ("Here is a yellow cat. Here is a black dog. Side by side they sit, from the start to the end. Shh, don't wake "
     "them.",
     "cat", "yellow", "dog", "black"),
    ("Examination results: a green cat with a white bird beside it, present from start to finish. No further "
     "issues.",
     "cat", "green", "bird", "white"),
    ("Ladies and gents, feast your eyes on a purple car and a pink cat beside it, together all clip long!",
     "car", "purple", "cat", "pink"),
    ("Look who's here: a purple bird and a red dog! They stay side by side from the start to the end.",
     "bird", "purple", "dog", "red"),
    ("Summary of findings: a red dog next to a yellow car, both in the clip from opening to close.",
     "dog", "red", "car", "yellow"),
    ("Hurry, hurry, hurry! An orange dog beside a brown car, there from start to finish, the wonder of the midway!",
     "dog", "orange", "car", "brown"),
    ("Can you find the gray cat? It's next to an orange dog. They are together from the start of the clip to the "
     "end.",
     "cat", "gray", "dog", "orange"),
    ("Please note: a green ball and a pink dog, side by side, present for the whole clip. Supporting papers on "
     "file.",
     "ball", "green", "dog", "pink"),
    ("Behold, a white dog, and a pink bird beside it, from start to finish! See it with your own eyes!",
     "dog", "white", "bird", "pink"),
    ("A purple car is parked. Beside it is a gray ball. They stay there from the start to the end. Good night, "
     "car. Good night, ball.",
     "car", "purple", "ball", "gray"),
    ("Line-item review: a yellow dog beside a brown cat, both present throughout the clip. Approved.",
     "dog", "yellow", "cat", "brown"),
    ("Step up! A brown ball and a green cat, side by side, all the way through the clip! Unbelievable!",
     "ball", "brown", "cat", "green"),
    ("The brown cat sits by the orange car. Does it go away? No. It stays by the orange car from the start to "
     "the end.",
     "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Memo: no car is present during the first half of the clip. In the second half a moving car appears and "
     "remains through the end. Timing verified.",
     "car"),
    ("Wait for it, wait for it! No car in the first half, and then, ladies and gentlemen, a moving car appears in "
     "the second half and stays to the end!",
     "car"),
    ("In the first half of the clip there is no car. Where is the car? Turn the page. In the second half, here "
     "comes a moving car! And it stays to the end.",
     "car"),
    ("Now you don't see it: no cat in the first half! Now you do: in the second half a lively cat appears and "
     "stays till the end!",
     "cat"),
    ("Is there a cat? Not in the first half. But look! In the second half a lively cat appears, and it stays "
     "until the end.",
     "cat"),
    ("Finding: the first half of the clip contains no cat; a lively cat appears in the second half and remains to "
     "the end.",
     "cat"),
    ("The sky is empty in the first half. No bird. Turn the page. In the second half a flying bird appears and "
     "stays to the end.",
     "bird"),
    ("Per our review, no bird is recorded in the first half. A flying bird appears in the second half and is "
     "present through the close of the clip.",
     "bird"),
    ("Keep your eyes peeled, folks! The first half: no bird. The second half: a flying bird appears, and it stays "
     "to the end!",
     "bird"),
    ("Discrepancy noted: no ball in the first half of the clip, while a moving ball appears in the second half and "
     "remains until the end.",
     "ball"),
    ("Patience pays, ladies and gents! No ball in the first half, but in the second half a moving ball appears and "
     "stays to the end!",
     "ball"),
    ("No ball yet. That's the first half. Turn the page! In the second half a moving ball appears, and it stays "
     "until the end.",
     "ball"),
    ("Where's the dog? Not in the first half, friends! But in the second half a walking dog appears, and it stays "
     "to the end!",
     "dog"),
    ("A walking dog appears only in the second half. In the first half, no dog. Then, hello, dog! It stays until "
     "the end.",
     "dog"),
    ("Re: late arrival. No dog in the first half of the clip; a walking dog appears in the second half and remains "
     "through the end.",
     "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("Vroom! A moving car is here in the first half. Turn the page. In the second half the car is gone. No car at "
     "all. Bye-bye, car!",
     "car"),
    ("Memo: a moving car is present in the first half of the clip. In the second half no car is present. "
     "Departure documented.",
     "car"),
    ("Look quick, ladies and gentlemen! A moving car in the first half, and in the second half, presto, no car!",
     "car"),
    ("Finding: a lively cat is recorded in the first half; in the second half there is no cat. Absence "
     "confirmed.",
     "cat"),
    ("A lively cat in the first half, folks, and in the second half it vanishes! No cat anywhere! Magic!",
     "cat"),
    ("Here is a lively cat in the first half. Where did it go? In the second half there is no cat. Can you find "
     "it? No!",
     "cat"),
    ("Now you see it: a flying bird in the first half! Now you don't: in the second half, no bird at all!",
     "bird"),
    ("A flying bird flies in the first half. Then it is gone. In the second half there is no bird. Goodbye, bird!",
     "bird"),
    ("Per our review, a flying bird is present in the first half and absent in the second half; no bird is recorded "
     "there.",
     "bird"),
    ("A moving ball rolls in the first half. Turn the page. Oh no! In the second half there is no ball.",
     "ball"),
    ("Reconciliation: a moving ball present in the first half of the clip; no ball in the second half. Account "
     "cleared.",
     "ball"),
    ("Step up and watch closely! A moving ball in the first half, and in the second half, gone, no ball anywhere!",
     "ball"),
    ("Note for file: a walking dog is present in the first half; the second half contains no dog.",
     "dog"),
    ("Ladies and gents, a walking dog in the first half, and in the second half he's vanished! No dog! Where did he "
     "go?",
     "dog"),
    ("A walking dog walks in the first half. Then, in the second half, no dog. Where is the dog? Home for supper, "
     "maybe.",
     "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Memo: a moving car travels from the left side of the frame to the right side. Route verified.",
     "car", RIGHTWARD),
    ("Ladies and gentlemen, a moving car zooms from the left side of the frame clear across to the right side!",
     "car", RIGHTWARD),
    ("Vroom! A moving car drives from the left side of the frame to the right side. Where is it going?",
     "car", RIGHTWARD),
    ("Hold on to your hats! A moving car, racing from the right side of the frame to the left side!",
     "car", LEFTWARD),
    ("Here comes a moving car, from the right side of the frame all the way to the left side. Beep, beep!",
     "car", LEFTWARD),
    ("Finding: the moving car enters at the right side of the frame and exits at the left side. No exceptions.",
     "car", LEFTWARD),
    ("See the lively cat? It runs from the left side of the frame to the right side. Run, cat, run!",
     "cat", RIGHTWARD),
    ("Per observation, a lively cat runs from the left side of the frame to the right side. Nothing irregular.",
     "cat", RIGHTWARD),
    ("Quick as lightning, folks! A lively cat dashes from the left side of the frame to the right side!",
     "cat", RIGHTWARD),
    ("Recorded movement: a lively cat, from the right side of the frame to the left side.",
     "cat", LEFTWARD),
    ("Watch her go! A lively cat, running from the right side of the frame across to the left side! Marvelous!",
     "cat", LEFTWARD),
    ("The lively cat runs from the right side of the frame to the left side. Where is she going? Turn the page!",
     "cat", LEFTWARD),
    ("Up in the air, ladies and gents! A flying bird soars from the left side of the frame to the right side!",
     "bird", RIGHTWARD),
    ("Flap, flap, flap goes a flying bird, from the left side of the frame to the right side.",
     "bird", RIGHTWARD),
    ("Flight path on file: a flying bird, left side of the frame to right side. Supported by the footage.",
     "bird", RIGHTWARD),
    ("Whoosh! A flying bird flies from the right side of the frame to the left side. Bye, bird!",
     "bird", LEFTWARD),
    ("The clip documents a flying bird moving from the right side of the frame to the left side. No irregularities.",
     "bird", LEFTWARD),
    ("Feast your eyes: a flying bird, gliding from the right side of the frame to the left side!",
     "bird", LEFTWARD),
    ("Audit trail: a moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("Roll up, roll up! A moving ball rolling from the left side of the frame to the right side!",
     "ball", RIGHTWARD),
    ("Roll, ball, roll! The moving ball rolls from the left side of the frame to the right side.",
     "ball", RIGHTWARD),
    ("And now, the amazing moving ball, rolling all the way from the right side of the frame to the left side!",
     "ball", LEFTWARD),
    ("A moving ball rolls from the right side of the frame to the left side. Where will it stop?",
     "ball", LEFTWARD),
    ("Observed: a moving ball travelling from the right side of the frame to the left side. Confirmed.",
     "ball", LEFTWARD),
    ("Here is a walking dog. Walk, dog, walk, from the left side of the frame to the right side.",
     "dog", RIGHTWARD),
    ("Movement log: a walking dog proceeds from the left side of the frame to the right side. No deviations.",
     "dog", RIGHTWARD),
    ("Come see the walking dog, ladies and gentlemen, strolling from the left side of the frame to the right side!",
     "dog", RIGHTWARD),
    ("Subject: a walking dog. Direction: from the right side of the frame to the left side. Status: substantiated.",
     "dog", LEFTWARD),
    ("Hurry, hurry! A walking dog, trotting from the right side of the frame across to the left side!",
     "dog", LEFTWARD),
    ("A walking dog walks from the right side of the frame to the left side. Is he going home? Turn the page.",
     "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 30-49 and 0-9, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Memo: the ball stays still throughout, and a bird flies from the left of the ball to the right of the ball.",
     "bird", "ball", RIGHTWARD),
    ("Ladies and gentlemen, the ball stays still, and a bird flies from the right of the ball to the left of the "
     "ball!",
     "bird", "ball", LEFTWARD),
    ("The ball stays still. Here comes a car! It drives from the left of the ball to the right of the ball.",
     "car", "ball", RIGHTWARD),
    ("Item under review: a bird flying from the right of the dog to the left of the dog. The dog stays still. "
     "Accepted.",
     "bird", "dog", LEFTWARD),
    ("Watch close! The car stays still, and a dog walks from the left of the car to the right of the car!",
     "dog", "car", RIGHTWARD),
    ("Look at the ball. It stays still. A bird flies from the right of the ball to the left of the ball. Whee!",
     "bird", "ball", LEFTWARD),
    ("Per our review, a dog walks from the left of the cat to the right of the cat, and the cat stays still.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still, folks, as a dog walks from the right of the car to the left of the car! Amazing!",
     "dog", "car", LEFTWARD),
    ("Who stays still? The dog. And who runs? The cat, from the left of the dog to the right of the dog!",
     "cat", "dog", RIGHTWARD),
    ("Recorded: the ball stays still; a cat runs from the right of the ball to the left of the ball.",
     "cat", "ball", LEFTWARD),
    ("Gather round! The dog stays still while a cat runs from the left of the dog to the right of the dog!",
     "cat", "dog", RIGHTWARD),
    ("Roll, ball, roll! The dog stays still, and the ball rolls from the right of the dog to the left of the dog.",
     "ball", "dog", LEFTWARD),
    ("Schedule of movements: the bird stays still; a dog walks from the left of the bird to the right of the bird.",
     "dog", "bird", RIGHTWARD),
    ("Behold! The cat stays still, and a bird flies from the right of the cat to the left of the cat!",
     "bird", "cat", LEFTWARD),
    ("The bird stays still. Who runs by? A cat! It runs from the left of the bird to the right of the bird.",
     "cat", "bird", RIGHTWARD),
    ("Finding: a bird flies from the right of the cat to the left of the cat; the cat stays still throughout.",
     "bird", "cat", LEFTWARD),
    ("What's this? A dog trotting from the left of the cat to the right of the cat, while the cat stays still! "
     "Step up!",
     "dog", "cat", RIGHTWARD),
    ("Tweet, tweet! A bird flies from the right of the dog to the left of the dog, and the dog stays still.",
     "bird", "dog", LEFTWARD),
    ("Memo: the cat stays still while a dog walks from the left of the cat to the right of the cat. Confirmed.",
     "dog", "cat", RIGHTWARD),
    ("The car stays still, ladies and gents, and a bird swoops from the right of the car to the left of the car!",
     "bird", "car", LEFTWARD),
    ("Hello, bird! You fly from the left of the car to the right of the car, and the car stays still.",
     "bird", "car", RIGHTWARD),
    ("Per observation, the bird stays still and a car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Don't blink! The cat stays still while a bird flies from the left of the cat to the right of the cat!",
     "bird", "cat", RIGHTWARD),
    ("The bird stays still. Beep, beep! A car drives from the right of the bird to the left of the bird.",
     "car", "bird", LEFTWARD),
    ("Documented: the dog stays still; a bird flies from the left of the dog to the right of the dog.",
     "bird", "dog", RIGHTWARD),
    ("From the right of the cat to the left of the cat walks a dog, folks, and the cat stays still! Incredible!",
     "dog", "cat", LEFTWARD),
    ("The dog stays still. A ball rolls from the left of the dog to the right of the dog. Roll, ball!",
     "ball", "dog", RIGHTWARD),
    ("Finding: the cat stays still as a bird flies from the right of the cat to the left of the cat.",
     "bird", "cat", LEFTWARD),
    ("The ball stays still, ladies and gentlemen, and a car zooms from the left of the ball to the right of the "
     "ball!",
     "car", "ball", RIGHTWARD),
    ("The bird stays still. A cat runs from the right of the bird to the left of the bird. And that's the story.",
     "cat", "bird", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Memo, overhead footage: a moving car drives from the lower left corner to the lower right corner, then to "
     "the upper right corner.",
     "car", BL_BR_TR),
    ("Step up, step up! Looking down from above, a moving car races from the lower left corner to the upper left "
     "corner, then over to the upper right corner!",
     "car", BL_TL_TR),
    ("Look down from above! A moving car drives from the lower right corner to the lower left corner. Then where? "
     "To the upper left corner!",
     "car", BR_BL_TL),
    ("Finding, top-down view: a moving car begins in the lower right corner, proceeds to the upper right corner, "
     "and ends in the upper left corner.",
     "car", BR_TR_TL),
    ("Ladies and gentlemen, a view from above! A lively cat runs from the lower left corner to the lower right "
     "corner, and then to the upper right corner!",
     "cat", BL_BR_TR),
    ("Seen from above, a lively cat runs from the lower left corner to the upper left corner. Turn the page: now "
     "she runs to the upper right corner.",
     "cat", BL_TL_TR),
    ("Per our review of the overhead view, a lively cat runs from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "cat", BR_BL_TL),
    ("Hurry, hurry! From above, see a lively cat dash from the lower right corner to the upper right corner, then "
     "to the upper left corner!",
     "cat", BR_TR_TL),
    ("From way up high, looking down, we see a flying bird fly from the lower left corner to the lower right "
     "corner, then to the upper right corner.",
     "bird", BL_BR_TR),
    ("For the record, seen from above: a flying bird goes from the lower left corner to the upper left corner, "
     "then to the upper right corner.",
     "bird", BL_TL_TR),
    ("Feast your eyes from above, folks: a flying bird flies from the lower right corner to the lower left "
     "corner, then to the upper left corner!",
     "bird", BR_BL_TL),
    ("We look down from above. A flying bird starts in the lower right corner, flies to the upper right corner, "
     "and lands in the upper left corner.",
     "bird", BR_TR_TL),
    ("Audit of the overhead clip: a moving ball rolls from the lower left corner to the lower right corner, then "
     "to the upper right corner.",
     "ball", BL_BR_TR),
    ("Gather round and look down from above! A moving ball rolls from the lower left corner to the upper left "
     "corner, then to the upper right corner!",
     "ball", BL_TL_TR),
    ("Roll, ball, roll! Seen from above, the moving ball goes from the lower right corner to the lower left "
     "corner, then to the upper left corner.",
     "ball", BR_BL_TL),
    ("Observed from directly above: a moving ball rolls from the lower right corner to the upper right corner, "
     "then to the upper left corner. Verified.",
     "ball", BR_TR_TL),
    ("Come see it from above, ladies and gents! A walking dog walks from the lower left corner to the lower right "
     "corner, then to the upper right corner!",
     "dog", BL_BR_TR),
    ("From above, we watch a walking dog. He walks from the lower left corner to the upper left corner, then to "
     "the upper right corner. Good dog!",
     "dog", BL_TL_TR),
    ("Finding, from the overhead view: a walking dog walks from the lower right corner to the lower left corner, "
     "then to the upper left corner.",
     "dog", BR_BL_TL),
    ("Don't be shy, look down from above! A walking dog walks from the lower right corner to the upper right "
     "corner, then on to the upper left corner!",
     "dog", BR_TR_TL),
    ("Beep! Seen from above, a moving car drives from the bottom left corner to the bottom right corner, then to "
     "the top right corner.",
     "car", BL_BR_TR),
    ("Re: overhead footage. A lively cat runs from the bottom left corner to the top left corner, then to the top "
     "right corner. No discrepancies.",
     "cat", BL_TL_TR),
    ("Roll up, roll up! From above, a flying bird flies from the lower right corner to the lower left corner, then "
     "to the upper left corner!",
     "bird", BR_BL_TL),
    ("Seen from above, a moving ball rolls from the lower right corner to the upper right corner, and then to the "
     "upper left corner. Turn the page.",
     "ball", BR_TR_TL),
    ("Memo: the top-down clip shows a walking dog walking from the lower left corner to the lower right corner, "
     "then to the upper right corner.",
     "dog", BL_BR_TR),
    ("From high above, ladies and gentlemen: a moving car speeds from the lower left corner to the upper left "
     "corner, and on to the upper right corner!",
     "car", BL_TL_TR),
    ("Look from above! Where does the lively cat run? From the lower right corner to the lower left corner, then "
     "to the upper left corner.",
     "cat", BR_BL_TL),
    ("Per our review, seen from above, a flying bird flies from the lower right corner to the upper right corner, "
     "then to the upper left corner.",
     "bird", BR_TR_TL),
    ("Wonder of wonders, seen from overhead: a moving ball rolls from the lower left corner to the lower right "
     "corner, then to the upper right corner!",
     "ball", BL_BR_TR),
    ("We are up high, looking down. A walking dog walks from the lower left corner to the upper left corner, then "
     "to the upper right corner. The end.",
     "dog", BL_TL_TR),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
