"""A held-out set for the layout planner: LVD's stage-1 prompts retold in three more new voices.

Like the sets before it, it keeps LVD's content exactly (its five classes, counts one to four, its
colours, the halves, the two directions, the relations to a second object and the four three-stop
routes); each prompt is one concrete LVD prompt rewritten by hand in one of three voices, mixed through
every family at about a third each:

- a schoolteacher's report-card comments ("Term 2", "Shows great effort", "Areas to work on"), where the
  teacher, the pupils, their parents, the classroom and the report card are never in the video, and
  the one being graded is the clip's object, whatever its class; the term is numbered only outside
  numeracy prompts, and never beside a class noun;
- a ham-radio operator's contest log ("CQ contest", "five by nine", "QSL", "seventy-three", callsigns
  spelled like "KB-seven-JQ"), where the operators, their stations, radios and antennas are never in
  the video, and the contact logged is the clip; the log writes no digits at all, keeps its number
  words (callsigns, signal reports, "seventy-three") away from the class nouns, and in numeracy prompts
  has no callsign and no number word but the count;
- a love letter ("My dearest", "Darling", "Forever yours"), where the writer, the beloved, their
  memories and the letter itself are never in the video, and the clip is what the writer watched and
  longs to share.

LVD's class nouns and colour words are kept, since its predicates look objects up by them; counts are
always written as words, and numeracy prompts name nothing else a reader would draw as an object (no
pupil, classroom, radio, antenna, rose or moon beside the count) and put no other number word beside it
(no "first time we met", no "single", no "five by nine", no "top of the class"). No voice gives its own
props a colour (no red pen, no red roses, no golden hours, no feeling blue), no idiom hides a class noun
or a side (no "teacher's pet", "lovebirds", "puppy love", "carefully", "you were right", "left a
message"), "half" is only said of the clip's halves (never half-term or a better half), "upper",
"lower" and "corner" only of a route, and "still" only of a relation's second object (never "I still
love you"). A relation names its second object at both ends and says that object stays still; a route
is always seen from above. It takes LVD's attribution pairs 60-89 and its two-object relations 20-49
(in LVD's order).

Each prompt is checked by the same LVD predicate as the other sets. The set was written without running
the planner on it, so its first score is an honest held-out measure; it is not tuned against.

Scores: untouched, 179/180 on 79af9d15 (visibility 29); held back from every fixer of its session and scored again on
its last code (dff4ea7b): 179/180, the same miss, which waits for the next session: a ham operator's sign-off after an
absence, "roger, a lively cat in the first half, but in the second half no cat, lost it, nothing there. seventy-three es
gl", drew twelve "gl"s; 180/180 after the fixes of its own branch (a shorthand farewell of a number and letter groups
closing the prompt, "... nothing there. seventy-three es gl", is the writer's sign-off, no thing).
"""

# Long file: 180 hand-written prompts kept in one place, so each family's balance of the three voices reads at a glance
from __future__ import annotations

from tests.helpers.lvd_benchmark import SEQUENTIAL_ROUTES, Case, hand_written_cases

LEFTWARD, RIGHTWARD = True, False

# LVD's four three-stop routes, named by their stops.
BL_BR_TR, BL_TL_TR, BR_BL_TL, BR_TR_TL = SEQUENTIAL_ROUTES

# (prompt, query, count): exactly `count` objects of LVD's class, nothing else countable named.
_NUMERACY = [
    ("This term: one moving car, in the clip from start to finish, and nothing else. Shows great effort. Areas to "
     "work on: none at present.", "car", 1),
    ("cq contest cq contest pse copy... two moving cars in the clip start to finish, nothing else on frequency. qsl? "
     "k", "car", 2),
    ("My dearest, I watched a clip tonight and thought of you the whole time: three moving cars, there from its "
     "beginning to its end, and nothing else at all. Forever yours.", "car", 3),
    ("Effort: excellent. Four moving cars, visible for the whole clip from start to end, with nothing else added. "
     "Areas to work on: keep it this tidy.", "car", 4),
    ("QRZ? Roger, copy you loud and clear: one lively cat, start to finish of the clip, nothing else heard or seen. "
     "Tnx es gl in the contest.", "cat", 1),
    ("My love, do you remember the clip with two lively cats? Just those, from its opening to its close, nothing "
     "else. Forever yours, always.", "cat", 2),
    ("Three lively cats, in view throughout the clip, start to finish; nothing else in it. Shows great effort and "
     "real focus. Areas to work on: none.", "cat", 3),
    ("Contest log, new entry -- four lively cats, whole clip start to finish, nothing else copied. Fb, QSL, over.",
     "cat", 4),
    ("Dearest, I could watch it forever: one flying bird, from the clip's start to its finish, and nothing else. "
     "Yours, now and always.", "bird", 1),
    ("Report: two flying birds, present from start to finish, and nothing else in the clip. A joy to watch. Areas to "
     "work on: none this term.", "bird", 2),
    ("CQ CQ contest. Copying three flying birds in the clip, from the start all the way to the end, nothing else. "
     "Roger roger, QRZ?", "bird", 3),
    ("My darling, picture it with me: four flying birds, the whole clip through, from start to finish, and nothing "
     "more. Ever and forever yours.", "bird", 4),
    ("One moving ball, visible from start to finish, nothing else in the clip. Shows great effort; exceeding "
     "expectations this term.", "ball", 1),
    ("hw copy? two moving balls in the clip start to finish and nothing else on the freq. qsl es tnx fer the contact",
     "ball", 2),
    ("My dearest, three moving balls, from the clip's beginning to its end, and nothing else; I cannot stop thinking "
     "of it, or of you. Forever yours.", "ball", 3),
    ("Areas to work on: none. Four moving balls, in view for the whole clip, start to end, and nothing else. Shows "
     "great effort.", "ball", 4),
    ("Roger, copy: one walking dog in the clip from start to finish, nothing else at all. Good luck in the contest, "
     "over.", "dog", 1),
    ("Sweetheart, the clip I dream of: two walking dogs, there from start to finish, nothing else beside them. All "
     "my love, forever yours.", "dog", 2),
    ("Three walking dogs, present throughout the clip, from start to finish. Nothing else. Shows great effort in "
     "staying on task.", "dog", 3),
    ("CQ contest, CQ contest: four walking dogs, the whole clip, start to end, nothing else in it. How copy? K",
     "dog", 4),
    ("My love, four moving cars, all through the clip from start to end and nothing else at all, just as you said it "
     "should be. Forever yours.", "car", 4),
    ("Comment: three lively cats, visible the whole clip through; nothing else present. Shows great effort. Areas to "
     "work on: none noted this term.", "cat", 3),
    ("QSL QSL. Log it as one flying bird, in the clip from start to finish, and nothing else on the air. Fb, over.",
     "bird", 1),
    ("Darling, two moving balls and nothing else, from the very start of the clip to its very end: that is all I "
     "wanted to tell you. Forever yours.", "ball", 2),
    ("Shows great effort: one walking dog, in view from start to finish, and nothing else in the clip. Areas to work "
     "on: nothing to add.", "dog", 1),
    ("Contest exchange copied, roger: one moving car, start to finish of the clip, and nothing else. Qsl, k.",
     "car", 1),
    ("My dearest, two lively cats, from the clip's start to its finish, and nothing else in it; it made me smile for "
     "days. Forever yours.", "cat", 2),
    ("Four flying birds, present from the opening of the clip to its close, with nothing else in it. Shows great "
     "effort. Areas to work on: none.", "bird", 4),
    ("QRZ contest? Copy three moving balls in the clip, start to finish, nothing else heard. Tnx, over and out.",
     "ball", 3),
    ("My own dear love, four walking dogs, from start to finish of the clip, and nothing else at all. Forever and "
     "ever yours.", "dog", 4),
]

# (prompt, first query, its colour, second query, its colour): LVD's attribution draws 60-89, in order.
_ATTRIBUTION = [
    ("Term 2: a brown bird and a black ball, side by side from start to finish. Shows great effort. Areas to work "
     "on: none.", "bird", "brown", "ball", "black"),
    ("Copy a brown bird with a blue cat beside it, both in the clip the whole way through. Five by nine, "
     "KB-seven-JQ, seventy-three.", "bird", "brown", "cat", "blue"),
    ("My dearest, a blue bird sat beside a red car in the clip, both there from start to finish, and all I could "
     "think of was you. Forever yours.", "bird", "blue", "car", "red"),
    ("A purple ball next to a pink cat, both of them in view for the whole clip. Areas to work on: none; a lovely "
     "pairing.", "ball", "purple", "cat", "pink"),
    ("de W-four-ZQ: got a yellow dog and a red cat side by side, start to finish, solid copy. Tnx fer the QSO, "
     "seventy-three.", "dog", "yellow", "cat", "red"),
    ("My love, a green bird perched beside a yellow dog, and neither went away, start to finish. Think of us like "
     "that. Forever yours.", "bird", "green", "dog", "yellow"),
    ("Term 2 comments. A gray car with a red cat beside it, both present throughout the clip. Shows great effort; a "
     "calm presence.", "car", "gray", "cat", "red"),
    ("CQ contest, logging a red bird and a black cat together for the whole clip. Roger, five by nine both ways. "
     "N-two-ELQ, clear.", "bird", "red", "cat", "black"),
    ("Dearest, a white bird and an orange cat, side by side from the opening frame to the end of the clip. I keep it "
     "close. Forever yours.", "bird", "white", "cat", "orange"),
    ("Shows great effort: a green bird next to a black ball, both visible from start to finish. Areas to work on: "
     "none this term.", "bird", "green", "ball", "black"),
    ("QSO logged. A white cat with a purple bird close beside it, the whole clip, start to end. Fb OM, seventy-three "
     "de K-six-QX.", "cat", "white", "bird", "purple"),
    ("My darling, a green bird beside a purple dog, together for the entire clip, as we will be. Forever yours.",
     "bird", "green", "dog", "purple"),
    ("An orange bird and a brown car side by side in the clip, start to finish. Term 2: shows great effort. Areas to "
     "work on: neatness.", "bird", "orange", "car", "brown"),
    ("roger roger -- a blue car with a brown bird perched beside it, both in the clip start to finish. qsl via "
     "direct, seventy-three", "car", "blue", "bird", "brown"),
    ("My dearest, a red dog lay beside a purple cat all through the clip, start to finish, and I wished it were us. "
     "Forever yours.", "dog", "red", "cat", "purple"),
    ("Report comment: a purple dog and a brown cat, next to each other from start to finish. Shows great effort. "
     "Areas to work on: sharing.", "dog", "purple", "cat", "brown"),
    ("Contest exchange: a black cat next to a blue ball, both there the whole clip. Copy five by nine from "
     "VE-three-XT, seventy-three.", "cat", "black", "ball", "blue"),
    ("My love, a yellow cat curled beside a black dog, both there from start to finish. Is that not how we are? "
     "Forever yours.", "cat", "yellow", "dog", "black"),
    ("Term 2. A green cat and a white bird, side by side for the whole clip. Shows great effort. Areas to work on: "
     "none at all.", "cat", "green", "bird", "white"),
    ("qrz? a purple car and a pink cat beside it, start to finish in the clip, fb copy. seventy-three es gud dx de "
     "AB-six-KW", "car", "purple", "cat", "pink"),
    ("Dearest, a purple bird next to a red dog the whole clip long, from start to finish. I thought of you. Forever "
     "yours.", "bird", "purple", "dog", "red"),
    ("A red dog and a yellow car beside it, both in view from start to finish. Shows great effort this term. Areas "
     "to work on: none.", "dog", "red", "car", "yellow"),
    ("CQ CQ: copy an orange dog beside a brown car, both in the clip start to end. Signal five by nine, tnx es "
     "seventy-three.", "dog", "orange", "car", "brown"),
    ("My darling, a gray cat and an orange dog, next to each other for the whole clip, start to finish, close as can "
     "be. Forever yours.", "cat", "gray", "dog", "orange"),
    ("Term 2 report: a green ball with a pink dog beside it, both present throughout. Shows great effort. Areas to "
     "work on: none.", "ball", "green", "dog", "pink"),
    ("logging it: a white dog and a pink bird side by side, whole clip, solid copy. five by nine, KC-eight-LZ, "
     "seventy-three, k", "dog", "white", "bird", "pink"),
    ("My dearest, a purple car with a gray ball beside it, both there from start to finish; I could not look away. "
     "Forever yours.", "car", "purple", "ball", "gray"),
    ("A yellow dog next to a brown cat for the whole clip, start to finish. Shows great effort. Areas to work on: "
     "nothing this term.", "dog", "yellow", "cat", "brown"),
    ("Roger: a brown ball and a green cat beside it, both there the whole clip. Contest number copied, seventy-three "
     "de N-five-RJ.", "ball", "brown", "cat", "green"),
    ("My love, a brown cat beside an orange car, both in the clip from start to finish, quiet and content. Forever "
     "and always yours.", "cat", "brown", "car", "orange"),
]

# (prompt, query): the object is absent in the first half and present in the second.
_APPEARS = [
    ("Term 2 progress: no car at all in the first half of the clip; in the second half a moving car appears and "
     "stays to the end. Shows great effort, if a little late.", "car"),
    ("cq contest... first half of the clip nothing, no car on frequency. second half a moving car comes in and stays "
     "till the end. qsl? seventy-three", "car"),
    ("My dearest, the first half of the clip had no car in it, and I waited as I wait for you; then in the second "
     "half a moving car appeared and stayed to the end. Forever yours.", "car"),
    ("Areas to work on: punctuality. No cat in the first half; a lively cat only appears in the second half, then "
     "stays until the end of the clip.", "cat"),
    ("Log: first half, no cat copied. Second half, a lively cat arrives and holds on to the end of the clip. Roger, "
     "five by nine, KD-nine-PW.", "cat"),
    ("My love, there was no cat in the first half, only an empty wait; in the second half a lively cat came, and it "
     "stayed to the very end. Forever yours.", "cat"),
    ("Term 2: the first half of the clip shows no bird. In the second half a flying bird appears and remains until "
     "the end. Shows great effort.", "bird"),
    ("No bird heard in the first half of the clip. Second half: a flying bird pops in and is there till the end. Fb, "
     "tnx es seventy-three de W-eight-TJ.", "bird"),
    ("Darling, in the first half of the clip no bird at all; then, in the second half, a flying bird, and it stayed "
     "until the end, the way you arrived in my life. Forever yours.", "bird"),
    ("No ball during the first half. In the second half a moving ball appears and stays to the end of the clip. "
     "Shows great effort. Areas to work on: arriving sooner.", "ball"),
    ("Roger: first half nothing, no ball at all. second half a moving ball comes in and stays to the end. qsl, over",
     "ball"),
    ("My dearest, the first half of the clip held no ball; the second half brought a moving ball, which stayed to "
     "the end. I thought of you the whole time. Forever yours.", "ball"),
    ("Comment: there is no dog in the first half of the clip. A walking dog appears in the second half and stays to "
     "the end. Shows great effort.", "dog"),
    ("QSO note: no dog in the first half. In the second half a walking dog appears and stays put to the end. Copy "
     "five by nine, seventy-three.", "dog"),
    ("My love, no dog in the first half, and then in the second half a walking dog wandered in and stayed until the "
     "end, as faithful as my love for you. Forever yours.", "dog"),
]

# (prompt, query): the object is present in the first half and absent in the second.
_VANISHES = [
    ("A moving car is there in the first half of the clip; in the second half there is no car. Term 2 comment: shows "
     "great effort, but does not stay the course.", "car"),
    ("Copied a moving car in the first half, five by nine, then in the second half no car at all, gone. qrz? "
     "seventy-three", "car"),
    ("My dearest, a moving car in the first half, and in the second half no car anywhere; it was gone, as you are "
     "gone when I wake. Forever yours.", "car"),
    ("First half: a lively cat, present and busy. Second half: no cat. Areas to work on: staying until the end of "
     "the clip.", "cat"),
    ("roger, a lively cat in the first half, but in the second half no cat, lost it, nothing there. seventy-three es "
     "gl", "cat"),
    ("My love, a lively cat was in the first half of the clip, and then, in the second half, no cat at all. I missed "
     "it as I miss you. Forever yours.", "cat"),
    ("A flying bird is visible in the first half of the clip and gone in the second half; no bird after that. Shows "
     "great effort nonetheless.", "bird"),
    ("Contest log: flying bird in the first half, then the second half, no bird, faded out completely. Tnx, "
     "KE-four-MV.", "bird"),
    ("Dearest, a flying bird crossed the first half of the clip, and in the second half there was no bird, only the "
     "ache of its absence. Forever yours.", "bird"),
    ("Term 2: a moving ball in the first half of the clip; no ball in the second half. Areas to work on: finishing "
     "what it starts.", "ball"),
    ("Moving ball in the first half, copy fine; second half, no ball, nil, gone. Qsl, over.", "ball"),
    ("My darling, a moving ball in the first half, and in the second half no ball, as though it had never been. "
     "Forever yours.", "ball"),
    ("A walking dog appears in the first half, but in the second half there is no dog. Shows great effort. Areas to "
     "work on: attendance in the second half.", "dog"),
    ("First half, a walking dog, solid copy. Second half, no dog, nothing on frequency. Five by nine till then, "
     "seventy-three de N-six-QR.", "dog"),
    ("My dearest, a walking dog in the first half of the clip, and none in the second half, no dog at all; how empty "
     "it was without it. Forever yours.", "dog"),
]

# (prompt, query, leftward): one object crosses the frame.
_DYNAMIC_ONE = [
    ("Term 2: a moving car drives from the left side of the frame to the right side. Shows great effort; keeps a "
     "steady pace.", "car", RIGHTWARD),
    ("copy a moving car going from the right side of the frame over to the left side, five by nine. tnx es "
     "seventy-three", "car", LEFTWARD),
    ("My dearest, a moving car crossing from the left side of the frame to the right side, the way I would cross any "
     "distance to you. Forever yours.", "car", RIGHTWARD),
    ("A moving car travels from the right side of the frame to the left side. Areas to work on: none; direction is "
     "clear.", "car", LEFTWARD),
    ("CQ contest: moving car, left side of the frame to the right side, clean crossing. Roger, QSL, de WA-two-FJ.",
     "car", RIGHTWARD),
    ("My love, I watched a moving car go from the right edge of the frame all the way to the left edge, and wished "
     "it were bringing you home. Forever yours.", "car", LEFTWARD),
    ("A lively cat runs from the left side of the frame to the right side. Shows great effort. Areas to work on: "
     "pacing itself.", "cat", RIGHTWARD),
    ("Lively cat copied running right side of the frame to left side, fast signal, five by nine. Seventy-three, k",
     "cat", LEFTWARD),
    ("Darling, a lively cat ran from the left side of the frame to the right side, quick as my heart when you smile. "
     "Forever yours.", "cat", RIGHTWARD),
    ("Term 2 comment. A lively cat runs across the frame from the right side to the left side. Shows great effort.",
     "cat", LEFTWARD),
    ("qso log: lively cat starts at the left edge of the frame, runs to the right edge. roger, fb, seventy-three",
     "cat", RIGHTWARD),
    ("My dearest, a lively cat running from the right side of the frame to the left side; I laughed and wanted you "
     "beside me. Forever yours.", "cat", LEFTWARD),
    ("A flying bird flies from the left side of the frame to the right side. Shows great effort; flies with "
     "confidence.", "bird", RIGHTWARD),
    ("Roger that, flying bird from the right side of the frame to the left side, copy solid. QSL de KB-seven-JQ.",
     "bird", LEFTWARD),
    ("My love, a flying bird from the left side of the frame to the right side, free as I feel with you. Forever "
     "yours.", "bird", RIGHTWARD),
    ("Areas to work on: none. A flying bird crosses from the right side of the frame to the left side, beautifully.",
     "bird", LEFTWARD),
    ("CQ CQ contest. Flying bird moving left to right across the frame, left side to right side. Tnx, seventy-three.",
     "bird", RIGHTWARD),
    ("Dearest, a flying bird passed from the right side of the frame to the left side, and I thought of your letters "
     "arriving. Forever yours.", "bird", LEFTWARD),
    ("Term 2: a moving ball rolls from the left side of the frame to the right side. Shows great effort; never "
     "quits.", "ball", RIGHTWARD),
    ("moving ball rolling from the right side of the frame to the left side, copy, over. seventy-three es gud dx",
     "ball", LEFTWARD),
    ("My darling, a moving ball rolled from the left side of the frame to the right side, as simple and sure as my "
     "love. Forever yours.", "ball", RIGHTWARD),
    ("A moving ball rolls from the right side of the frame to the left side. Areas to work on: none this term.",
     "ball", LEFTWARD),
    ("Logged: moving ball, left edge of the frame across to the right edge. Roger, five by nine, W-three-HD.",
     "ball", RIGHTWARD),
    ("My dearest, a moving ball rolling from the right side of the frame to the left side, and my thoughts rolling "
     "toward you. Forever yours.", "ball", LEFTWARD),
    ("A walking dog walks from the left side of the frame to the right side. Shows great effort; a steady worker.",
     "dog", RIGHTWARD),
    ("Contest QSO: walking dog, right side of the frame to the left side, slow and steady. QSL, seventy-three.",
     "dog", LEFTWARD),
    ("My love, a walking dog strolled from the left side of the frame to the right side, in no hurry, like our "
     "Sundays. Forever yours.", "dog", RIGHTWARD),
    ("Term 2 report: a walking dog walks from the right side of the frame to the left side. Areas to work on: none.",
     "dog", LEFTWARD),
    ("de N-four-PK: copy a walking dog going left side of the frame to right side, fb. Seventy-three, over.",
     "dog", RIGHTWARD),
    ("Darling, a walking dog, walking from the right side of the frame to the left side, patient as I am for you. "
     "Forever yours.", "dog", LEFTWARD),
]

# (prompt, mover, reference, leftward): LVD's two-object relations 20-49, in order; the reference stays still.
_DYNAMIC_TWO = [
    ("Term 2: the ball stays still while a bird flies from the left of the ball to the right of the ball. Shows "
     "great effort; keeps a tidy distance.", "bird", "ball", RIGHTWARD),
    ("copy: ball holding still, bird flying from the right of the ball over to the left of the ball. fb, qsl, "
     "seventy-three", "bird", "ball", LEFTWARD),
    ("My dearest, the dog stayed still, and a bird flew from the left of the dog to the right of the dog, light as "
     "your laugh. Forever yours.", "bird", "dog", RIGHTWARD),
    ("A bird flies from the right of the car to the left of the car; the car stays still throughout. Areas to work "
     "on: none.", "bird", "car", LEFTWARD),
    ("CQ contest. The cat stays still; a car drives from the left of the cat to the right of the cat. Roger, five by "
     "nine.", "car", "cat", RIGHTWARD),
    ("My love, the ball lay still, and a dog walked from the right of the ball to the left of the ball, so calmly. "
     "Forever yours.", "dog", "ball", LEFTWARD),
    ("The ball stays still. A cat runs from the left of the ball to the right of the ball. Shows great effort this "
     "term.", "cat", "ball", RIGHTWARD),
    ("logged: dog walks from the right of the ball to the left of the ball, ball stays still the whole time. tnx es "
     "seventy-three", "dog", "ball", LEFTWARD),
    ("Darling, a cat ran from the left of the bird to the right of the bird, and the bird stayed still, unafraid, as "
     "I am with you. Forever yours.", "cat", "bird", RIGHTWARD),
    ("Term 2 report: the car stays still, and a dog walks from the right of the car to the left of the car. Areas to "
     "work on: none.", "dog", "car", LEFTWARD),
    ("Roger, a bird flying from the left of the ball to the right of the ball, and the ball stays still. QSL, over.",
     "bird", "ball", RIGHTWARD),
    ("My dearest, with the ball still on the ground, a bird flew from the right of the ball to the left of the ball. "
     "Forever yours.", "bird", "ball", LEFTWARD),
    ("A car drives from the left of the ball to the right of the ball, while the ball stays still. Shows great "
     "effort.", "car", "ball", RIGHTWARD),
    ("Contest log: dog stays still, bird flies from the right of the dog across to the left of the dog. Copy five by "
     "nine.", "bird", "dog", LEFTWARD),
    ("My love, the car stood still while a dog walked from the left of the car to the right of the car, in no hurry. "
     "Forever yours.", "dog", "car", RIGHTWARD),
    ("Term 2: a bird flies from the right of the ball to the left of the ball; the ball keeps still. Shows great "
     "effort.", "bird", "ball", LEFTWARD),
    ("cq cq: cat stays still, dog walking from the left of the cat to the right of the cat, solid copy. "
     "seventy-three de W-six-TZ", "dog", "cat", RIGHTWARD),
    ("Dearest, a dog walked from the right of the car to the left of the car, and the car stayed still, patient as "
     "my love. Forever yours.", "dog", "car", LEFTWARD),
    ("The dog stays still while a cat runs from the left of the dog to the right of the dog. Areas to work on: none "
     "this term.", "cat", "dog", RIGHTWARD),
    ("QSO: ball stays still, cat running from the right of the ball to the left of the ball. Roger, fb, "
     "seventy-three.", "cat", "ball", LEFTWARD),
    ("My darling, the dog stayed still as a cat ran from the left of the dog to the right of the dog. I smiled for "
     "hours. Forever yours.", "cat", "dog", RIGHTWARD),
    ("Term 2 comment: the dog stays still and a ball rolls from the right of the dog to the left of the dog. Shows "
     "great effort.", "ball", "dog", LEFTWARD),
    ("copy a dog walking from the left of the bird to the right of the bird, bird holding still. qsl es tnx, k",
     "dog", "bird", RIGHTWARD),
    ("My dearest, the cat sat still while a bird flew from the right of the cat to the left of the cat. Forever and "
     "always yours.", "bird", "cat", LEFTWARD),
    ("A cat runs from the left of the bird to the right of the bird; the bird stays still. Areas to work on: none.",
     "cat", "bird", RIGHTWARD),
    ("Roger: cat stays still, bird flying from the right of the cat to the left of the cat. Five by nine, "
     "seventy-three.", "bird", "cat", LEFTWARD),
    ("My love, a dog walked from the left of the cat to the right of the cat, and the cat stayed still and watched. "
     "Forever yours.", "dog", "cat", RIGHTWARD),
    ("Term 2: the dog stays still; a bird flies from the right of the dog to the left of the dog. Shows great "
     "effort; graceful.", "bird", "dog", LEFTWARD),
    ("contest log: the cat staying still, dog walking from the left of the cat to the right of the cat. fb copy, "
     "over", "dog", "cat", RIGHTWARD),
    ("Darling, the car stayed still and a bird flew from the right of the car to the left of the car, gentle as your "
     "goodbye. Forever yours.", "bird", "car", LEFTWARD),
]

# (prompt, query, route): seen from above, the object visits three corners in order.
_SEQUENTIAL = [
    ("Term 2, seen from above: a moving car drives from the lower left corner to the lower right corner, then on to "
     "the upper right corner. Shows great effort; follows the route.", "car", BL_BR_TR),
    ("cq contest, view from above: moving car starts lower left corner, goes to upper left corner, then upper right "
     "corner. roger, qsl", "car", BL_TL_TR),
    ("My dearest, seen from above, a moving car went from the lower right corner to the lower left corner and then "
     "to the upper left corner, the long way round, as love goes. Forever yours.", "car", BR_BL_TL),
    ("Seen from directly above, a moving car travels from the lower right corner to the upper right corner, then to "
     "the upper left corner. Areas to work on: none.", "car", BR_TR_TL),
    ("Overhead view, from above: lively cat from the lower left corner to the lower right corner, then the upper "
     "right corner. Copy five by nine.", "cat", BL_BR_TR),
    ("My love, from above I watched a lively cat run from the lower left corner to the upper left corner, then to "
     "the upper right corner. Forever yours.", "cat", BL_TL_TR),
    ("Top-down view: a lively cat runs from the lower right corner to the lower left corner, then to the upper left "
     "corner. Shows great effort this term.", "cat", BR_BL_TL),
    ("Logged, seen from above: lively cat, lower right corner, then upper right corner, then upper left corner. Tnx "
     "es seventy-three.", "cat", BR_TR_TL),
    ("Darling, seen from above, a flying bird flew from the lower left corner to the lower right corner, then to the "
     "upper right corner, and my heart followed it. Forever yours.", "bird", BL_BR_TR),
    ("Term 2 comment, viewed from above: a flying bird goes from the lower left corner to the upper left corner, "
     "then the upper right corner. Shows great effort.", "bird", BL_TL_TR),
    ("roger, from above: flying bird lower right corner to lower left corner then upper left corner, solid copy. "
     "seventy-three", "bird", BR_BL_TL),
    ("My dearest, seen from above, a flying bird from the lower right corner to the upper right corner and on to the "
     "upper left corner. Forever yours.", "bird", BR_TR_TL),
    ("Seen from above: a moving ball rolls from the bottom left corner to the bottom right corner, then to the top "
     "right corner. Areas to work on: none.", "ball", BL_BR_TR),
    ("QSO note, top-down view: moving ball, lower left corner to upper left corner to upper right corner. Fb, over.",
     "ball", BL_TL_TR),
    ("My love, from above, a moving ball rolled from the lower right corner to the lower left corner, then to the "
     "upper left corner. Forever yours.", "ball", BR_BL_TL),
    ("Term 2, seen from above: a moving ball rolls from the lower right corner to the upper right corner, then to "
     "the upper left corner. Shows great effort.", "ball", BR_TR_TL),
    ("CQ contest, looking down from above: walking dog from the lower left corner to the lower right corner, then to "
     "the upper right corner. QSL, seventy-three.", "dog", BL_BR_TR),
    ("Dearest, seen from above, a walking dog walked from the lower left corner to the upper left corner, then on to "
     "the upper right corner. Forever yours.", "dog", BL_TL_TR),
    ("Viewed from above, a walking dog walks from the lower right corner to the lower left corner, then to the upper "
     "left corner. Areas to work on: none.", "dog", BR_BL_TL),
    ("copy from above: walking dog, lower right corner, upper right corner, upper left corner, in that order. tnx, k",
     "dog", BR_TR_TL),
    ("My darling, seen from above, a moving car from the lower left corner up to the upper left corner, then across "
     "to the upper right corner. Forever yours.", "car", BL_TL_TR),
    ("Seen from above, a lively cat runs from the lower right corner to the upper right corner, then to the upper "
     "left corner. Term 2: shows great effort.", "cat", BR_TR_TL),
    ("Top-down, from above: flying bird, lower left corner to lower right corner, then upper right corner. Roger, "
     "five by nine.", "bird", BL_BR_TR),
    ("My dearest, from above, a moving ball rolling from the lower right corner to the lower left corner and then "
     "the upper left corner. Forever yours.", "ball", BR_BL_TL),
    ("Seen from above: a walking dog walks from the lower left corner to the upper left corner, then to the upper "
     "right corner. Areas to work on: none this term.", "dog", BL_TL_TR),
    ("qso log, seen from above: moving car goes lower right corner to lower left corner to upper left corner. "
     "seventy-three de KF-five-NB", "car", BR_BL_TL),
    ("My love, seen from above, a lively cat from the lower left corner to the lower right corner, then to the upper "
     "right corner. Forever yours.", "cat", BL_BR_TR),
    ("Term 2, seen from above: a flying bird flies from the lower right corner to the upper right corner, then the "
     "upper left corner. Shows great effort.", "bird", BR_TR_TL),
    ("Roger, overhead view from above: moving ball, lower left corner, then upper left corner, then upper right "
     "corner. QSL.", "ball", BL_TL_TR),
    ("Darling, seen from above, a walking dog from the lower right corner to the upper right corner and then the "
     "upper left corner. Forever yours.", "dog", BR_TR_TL),
]


def blind_set() -> list[Case]:
    """180 hand-rewritten LVD prompts in three voices, 30 per family (visibility: 15 appear, 15 vanish)."""
    return hand_written_cases(_NUMERACY, _ATTRIBUTION, _APPEARS, _VANISHES, _DYNAMIC_ONE, _DYNAMIC_TWO, _SEQUENTIAL)
